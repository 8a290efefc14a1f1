"""Case compilations and work reports that FTZ offices circulate, by someone who had
not read the reader (tests/data/office/blind58, made by make_blind58.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind58"


def test_a_compilations_repeated_subheadings_are_no_running_headers() -> None:
    """Regression: in the PDF of five 最佳实践案例, each case's 一、主要做法 and 二、实践效果 (printed five times,
    near page breaks) were removed as running headers, and each 实践效果 became a paragraph of the item above."""
    parsed = ingest_file(BLIND / "blind58_shandong_anli.pdf")
    assert parsed.report.removed.get("running_header", 0) == 0
    texts = [c.text for c in parsed.clauses]
    assert sum(t.startswith("一、主要做法") for t in texts) == 5
    assert sum(t.startswith("二、实践效果") for t in texts) == 5


def test_a_heading_opening_with_a_year_is_a_heading_and_an_attached_table_is_listed() -> None:
    """Regression: 一、2023年工作成效 and 三、2024年工作要点 were no headings (a number after 一、 was taken for a
    figure), so the 2024 items stood under 二、存在的问题; 附表：… was no 附件说明 line."""
    parsed = ingest_file(BLIND / "blind58_nanning_zongjie.docx")
    (doc,) = parsed.documents
    labels = {c.label: c for c in parsed.clauses}
    assert labels["三、"].text == "三、2024年工作要点" and labels["三、"].kind.value == "heading"
    assert labels["三、（一）"].path == ("三、2024年工作要点",)
    assert doc.attachments == ("南宁市2023年商务主要指标完成情况及2024年目标",)


def test_a_compilations_title_over_two_lines_under_its_attachment_label() -> None:
    parsed = ingest_file(BLIND / "blind58_shandong_anli.docx")
    heading = next(c for c in parsed.clauses if c.kind.value == "heading" and c.text.startswith("附件\n"))
    assert heading.text == "附件\n中国（山东）自由贸易试验区第五批最佳实践案例"
