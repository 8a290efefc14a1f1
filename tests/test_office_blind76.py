"""Word layout objects in red-header 公文 (版头 and signatures in borderless tables, header and footer fields,
a real footnote, a floating seal, a title in a text box, a landscape attachment), each as .docx and as the PDF
LibreOffice makes, by someone who had not read the reader (tests/data/office/blind76, made by make_blind76.py)."""

from __future__ import annotations

import pytest

from bri_kb.model import Kind
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind76"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_county_level_citys_government_issues_at_county_level(suffix: str) -> None:
    """Regression: 东兴市人民政府 (a county-level city under 防城港市, which the places list beside the cities) issued
    at municipal level; and its 主送 ending 东兴海关各科室： was a clause, not the addressees."""
    parsed = ingest_file(BLIND / f"blind76_dongxing_zhengfu.{suffix}")
    (doc,) = parsed.documents
    assert (doc.level, doc.region) == ("county", "东兴市")
    assert doc.addressees == "各镇人民政府，市直各有关单位，东兴海关各科室"
    first = next(c for c in parsed.clauses if c.doc_id == doc.doc_id)
    assert first.text.startswith("为深入落实《边民互市贸易管理办法》")


def test_a_joint_signature_with_its_dates_side_by_side_is_the_signature() -> None:
    """Regression: in the PDF the two organs signed side by side (东兴市人民政府 东兴海关) over their two dates on one
    line were a paragraph of the last item, since two dates on a line were not taken for a 成文日期."""
    parsed = ingest_file(BLIND / "blind76_dongxing_zhengfu.pdf")
    tail = [(c.kind, c.text) for c in parsed.clauses][-2:]
    assert tail[0] == (Kind.SIGNATURE, "东兴市人民政府 东兴海关") and tail[1][0] == Kind.SIGNATURE
    assert parsed.clauses[-3].text.endswith("自印发之日起施行，有效期3年。")


def test_a_word_footnote_at_the_foot_of_a_pdf_page_is_a_note_after_the_text_it_interrupted() -> None:
    """Regression: a footnote Word numbers 1, set small at the foot of the page that ends with the heading
    四、其他事项, was read into that heading's item, and the heading's text on the next page was cut off from it."""
    parsed = ingest_file(BLIND / "blind76_lianyungang_shangwuju.pdf")
    texts = [(c.kind, c.text) for c in parsed.clauses]
    (four,) = [c for c in parsed.clauses if c.path[-1:] == ("四、其他事项",)]
    assert four.text == ("本通知自2024年6月1日起施行，有效期至2026年5月31日。"
                         "同一事项已享受市级其他同类政策的，按照从高不重复原则执行。")
    (note,) = [(k, t) for k, t in texts if "海外仓是指" in t]
    assert note == (Kind.NOTE, "注1：海外仓是指企业在境外建设运营、为跨境电商和一般贸易提供仓储、分拣、配送等服务的仓储设施，"
                               "须经市商务局备案。")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_task_lists_implementing_zone_column_says_where_each_row_applies(suffix: str) -> None:
    """Regression: the 实施片区 column of a task list (崇左片区, 钦州港片区 …) was not read as the row's place, so
    every row applied province-wide; a row for 各片区 still applies where the document does."""
    parsed = ingest_file(BLIND / f"blind76_guangxi_zimaoban.{suffix}")
    rows = {c.label: c.applies_to for c in parsed.clauses if c.kind == Kind.TABLE_ROW}
    assert rows["第1项"] == ("中国（广西）自由贸易试验区崇左片区",)
    assert rows["第3项"] == ("中国（广西）自由贸易试验区南宁片区",)
    assert rows["第12项"] == ("广西壮族自治区",)
