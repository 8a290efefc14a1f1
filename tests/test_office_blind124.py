"""One notice published as several files, as sites post them — the notice's PDF, 附件1 (a rule of articles) and
附件2 (a guide) as Word files named as downloads, 附件3 a workbook — and the same notice with its attachments in one
file, written by someone who had not read the reader (tests/data/office/blind124, made by make_blind124.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind124"


def test_an_article_for_what_relies_on_one_zone_area() -> None:
    """Regression: 第五条 …对依托岳阳片区城陵矶港开行… applied in all 湖南, so `--where 长沙片区` answered with it: 依托X片区
    narrows as 支持X片区 does (so do three items of earlier test files, 依托中国（辽宁）自由贸易试验区沈阳片区…)."""
    clauses = ingest_file(BLIND / "附件1：中国（湖南）自由贸易试验区中非经贸合作支持措施.docx").clauses
    assert next(c for c in clauses if c.label == "第五条").applies_to == ("中国（湖南）自由贸易试验区岳阳片区",)


def test_a_workbook_sent_as_an_attachment_keeps_its_title() -> None:
    """Regression: the form's 填报单位…填报日期 line, moved up under the title, went above it when the sheet opens with
    附件3, and the title began 填报单位（盖章）：…."""
    doc = ingest_file(BLIND / "附件3 申报汇总表.xlsx").documents[0]
    assert doc.title == "2024年度中国（湖南）自由贸易试验区中非经贸合作支持项目申报汇总表"
    assert doc.published == "2024-07-25"


def test_the_notices_own_points_keep_their_labels_before_an_attachments() -> None:
    """Regression: in the file holding the notice and its attachments, the notice's 三、 and 四、 were 三、第2处 and 四、第2处
    while 附件2's headings took the plain labels, so `bri clause 湘商自贸〔2024〕12号 三、` gave the guide's 三、申报材料."""
    clauses = ingest_file(BLIND / "blind124_hunan_combined.docx").clauses
    three = next(c for c in clauses if c.label == "三、")
    assert three.path == () and three.text.startswith("三、强化资金监管")
    assert next(c for c in clauses if c.text.startswith("三、申报材料")).label == "三、第2处"
