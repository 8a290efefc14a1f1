"""A national-level 政策文件汇编 as a book prints it (title page, 出版说明, 目录, four parts, documents run on one after
another, running heads: the book's title on even pages, the part's name on odd ones) — written by someone who had not
read the reader (tests/data/office/blind287, made by make_blind287.py)."""

from __future__ import annotations

from bri_kb.ingest.pdf import pdf_text
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


def test_the_books_parts_named_in_its_contents_are_no_document_and_no_clause() -> None:
    """Regression (Word and PDF): the parts the 目录 groups its entries under (一、总体方案 … 四、改革试点经验复制推广)
    were headings inside the document before each part (their 版记 read as clauses, 商务部办公厅2024年7月24日印发), and
    the last part, its entry run into the title under it, was a document of no clause."""
    for suffix in (".docx", ".pdf"):
        parsed = ingest_file(BLIND / f"blind287_guojia_huibian{suffix}")
        assert "四、改革试点经验复制推广" not in [d.title for d in parsed.documents]
        assert not any(c.text in ("一、总体方案", "二、贸易便利化", "三、财税政策", "四、改革试点经验复制推广")
                       for c in parsed.clauses)
        notice = next(d for d in parsed.documents if d.title.startswith("商务部 发展改革委 财政部 海关总署 税务总局"))
        assert notice.published == "2024-07-24"


def test_a_part_printed_atop_one_odd_page_where_the_parts_run_is_a_running_head() -> None:
    """Regression (PDF): the last parts' names atop their one or two odd pages (三、财税政策, 四、…), printed where the
    earlier parts' running heads are, stayed in the page's text (a heading inside the 国函, between its 二、 and 三、,
    in a book without the 目录 that names the parts)."""
    pages = pdf_text(BLIND / "blind287_guojia_huibian.pdf").pages
    assert [line for line in pages[18] if "改革试点经验复制推广" in line and len(line.strip()) < 16] == []
    assert not any(line.strip() == "三、财税政策" for line in pages[16])
