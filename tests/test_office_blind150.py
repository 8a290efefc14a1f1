"""A provincial 人民政府公报 issue set in two columns — a cover, a two-column 目录 with 栏目 labels (【省政府令】,
【部门文件】), four documents each starting mid-column under its 栏目's bar, a table across both columns, a boxed 解读 —
made in Word and printed to PDF, written by someone who had not read the reader (tests/data/office/blind150, made by
make_blind150.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.contents import entry_titles, section_names
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind150"
NOTICE = "湖南省商务厅关于开展2024年度中国（湖南）自由贸易试验区制度创新案例评选工作的公告"
APPOINTMENTS = "湖南省人民政府关于刘建华等同志职务任免的通知"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_each_document_under_its_bar(suffix: str) -> None:
    """Regression: the 商务厅's 公告 was read as more of the 办公厅's 通知 before it (its title, number, date and issuer
    inside 湘政办发〔2024〕41号), the 任免 notice was titled and issued by 人事任免湖南省人民政府 (its 栏目's bar), and in the
    PDF the 令 and its 规章 were part of the cover. A 栏目's bar is no document's line, and a document starts under it."""
    parsed = ingest_file(BLIND / f"blind150_gazette.{suffix}")
    by_title = {d.title: d for d in parsed.documents}
    notice = by_title[NOTICE]
    assert notice.doc_number is not None and notice.doc_number.text == "湖南省商务厅公告2024年第6号"
    assert by_title[APPOINTMENTS].issuers == ("湖南省人民政府",)
    assert "湖南省推进中国（湖南）自由贸易试验区制度创新办法" in by_title
    assert parsed.report.removed.get("section_label", 0) >= 4
    circular = next(d for d in parsed.documents if d.title.startswith("湖南省人民政府办公厅关于加快推进"))
    assert not any(c.doc_id == circular.doc_id and "评选范围" in c.text for c in parsed.clauses)


def test_a_contents_entry_with_an_announcements_number() -> None:
    """Regression: the 目录's entry kept its bracketed 公告 number (（湖南省商务厅公告2024年第6号）), so the title it
    names was found nowhere in the text."""
    lines = ["【部门文件】", f"{NOTICE}（湖南省商务厅公告2024年第6号）\t3", "【人事任免】", f"{APPOINTMENTS}（湘政任〔2024〕22号）\t4"]
    assert entry_titles(lines) == [NOTICE, APPOINTMENTS]
    assert section_names(lines) == {"部门文件", "人事任免"}


def test_a_decree_under_its_bar_carries_its_rule() -> None:
    """Regression: in the Word file the 令 (湖南省人民政府令 / 第328号 / 《…办法》已经…通过，现予公布 / 省长 / date), opening
    under its 栏目's bar, was a document of its own and the 办法 after it another, without the 令 that made it; the rule
    a 令 carries is one document with it, as where no gazette prints them."""
    parsed = ingest_file(BLIND / "blind150_gazette.docx")
    rule = next(d for d in parsed.documents if d.title == "湖南省推进中国（湖南）自由贸易试验区制度创新办法")
    assert rule.wrapper == "湖南省人民政府令（第328号）" and rule.issuers == ("湖南省人民政府",)
    assert not [d for d in parsed.documents if d.title.startswith("湖南省人民政府令")]


def test_a_columns_last_line_set_low_is_no_paragraph() -> None:
    """Regression: in the PDF the right column's last line on a page (…全生产等领域，…守住不) stood in the footer's zone,
    so it was measured against the page's left edge, read as indented and set apart: item （七） was cut in two, its
    rest a paragraph of its own. A lone line going on in the column above at its pitch is measured in that column."""
    parsed = ingest_file(BLIND / "blind150_gazette.pdf")
    item = next(c for c in parsed.clauses if c.label == "（七）" and "风险防控" in c.text)
    assert item.text.endswith("数据安全、安全生产等领域，每半年开展一次风险评估，守住不发生系统性风险的底线。")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_covers_highlights_and_publisher_are_no_document(suffix: str) -> None:
    """Regression: the cover's 本期要目 (◆ the issue's main pieces) and the publisher's block (编辑出版：…, 地　　址：…,
    国内统一连续出版物号：…) were a document of their own, titled 本期要目◆…; in the PDF an entry of the two-column 目录
    whose title filled its line, so that no dot leaders stood before its page (…公告2024年第6号）3), stayed too."""
    parsed = ingest_file(BLIND / f"blind150_gazette.{suffix}")
    assert [d.title[:10] for d in parsed.documents] == ["湖南省推进中国（湖南", "湖南省人民政府办公厅", "湖南省商务厅关于开展",
                                                        "湖南省人民政府关于刘", "《湖南省推进中国（湖"]
    assert parsed.report.removed["gazette_cover"] >= 7
    assert not any("编辑出版" in c.text or c.text.startswith("◆") for c in parsed.clauses)
