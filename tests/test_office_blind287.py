"""A national-level 政策文件汇编 as a book prints it (title page, 出版说明, 目录, four parts, documents run on one after
another, running heads: the book's title on even pages, the part's name on odd ones) — written by someone who had not
read the reader (tests/data/office/blind287, made by make_blind287.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind287"


def test_a_books_alternating_running_heads_are_left_out() -> None:
    """Regression (PDF): the book's title atop its even pages and the part's name atop its odd ones (each on fewer
    than half the pages) stayed in the text: glued onto clauses at page breaks (…绿色信贷产品。自由贸易试验区政策文件汇编)
    and, as 二、贸易便利化 over a document's title, swallowing the 国办发〔2024〕23号 意见 into the document before it."""
    parsed = ingest_file(BLIND / "blind287_guojia_huibian.pdf")
    assert not any(c.text.endswith("自由贸易试验区政策文件汇编") or "一、总体方案对经" in c.text for c in parsed.clauses)
    assert "国务院办公厅关于进一步优化口岸营商环境促进跨境贸易便利化的意见" in [d.title for d in parsed.documents]


def test_a_numbered_announcement_under_the_books_divider_is_its_own_document() -> None:
    """Regression (Word and PDF): 三、财税政策 (the book's part) over 国家税务总局关于…的公告 / 国家税务总局公告2024年第11号 (a
    公告: no 主送) after the document before's 版记: the 公告 was read into the 五部门 notice's 附件, which took its dates."""
    for suffix in (".docx", ".pdf"):
        parsed = ingest_file(BLIND / f"blind287_guojia_huibian{suffix}")
        announcement = next(d for d in parsed.documents if d.title.startswith("国家税务总局关于进一步便利自由贸易试验区"))
        assert announcement.doc_number is not None and announcement.doc_number.text == "国家税务总局公告2024年第11号"
        notice = next(d for d in parsed.documents if d.title.startswith("商务部 发展改革委 财政部 海关总署 税务总局"))
        assert notice.effective != "2024-10-01"
