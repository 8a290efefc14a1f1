"""Four more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind12, made by make_blind12.py): a red-header
notice with a table over a page break, a two-column 公报, a 实施细则 with a form,
and a Word file pasted from a PDF with its line breaks."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind12"


def test_a_numbered_row_after_the_page_break_is_a_row_of_its_own_under_the_merged_cell() -> None:
    """Regression: the first row on the next page (序号 9, under a repeated header) had its 片区 cell
    merged down from page 2, so it came empty and the row was joined to row 8 ("序号：8 9"); row 10 had
    no 片区 at all."""
    rows = [c for c in ingest_file(BLIND / "blind12_a_redheader.pdf").clauses if c.kind == "table_row"]
    by_number = {c.fields.get("序号"): c.fields for c in rows}
    assert len(rows) == 12
    assert by_number["8"]["完成时限"] == "2025年7月底"
    assert by_number["9"]["片区"] == "郴州片区" and by_number["9"]["完成时限"] == "2025年11月底"
    assert by_number["10"]["片区"] == "郴州片区"


def test_a_sentence_ending_short_in_justified_text_ends_its_paragraph() -> None:
    """Regression: the table's caption, set almost as wide as the text, was glued to the paragraph
    above it, whose last line ended with 。 a character and a half short of the edge."""
    texts = [c.text for c in ingest_file(BLIND / "blind12_a_redheader.pdf").clauses]
    assert any(t.endswith("力争全年形成在全国范围内复制推广的制度创新成果不少于5项。") for t in texts)


def test_gazette_first_document_after_its_cover_and_contents() -> None:
    """Regression: the 公报's first document (title over two columns, then its 文号 and 主送 on a new
    page after the cover's 目录) was read as part of the cover: title 广西壮族自治区人民政府公报, no 文号."""
    docs = ingest_file(BLIND / "blind12_b_gongbao.pdf").documents
    first = next(d for d in docs if d.doc_number and d.doc_number.text == "桂政办发〔2025〕21号")
    assert first.title == "广西壮族自治区人民政府办公厅关于加快推进中国（广西）自由贸易试验区提升发展的通知"
    assert first.issuers == ("广西壮族自治区人民政府办公厅",) and first.signed == "2025-03-28"


def test_a_date_in_two_fonts_beside_the_other_column_is_one_line() -> None:
    """Regression: "2025年3月28日" with its digits set a little lower (another font) beside a line of the
    left column set a little higher came out as two lines, "年 月 日" and "2025 3 28"."""
    texts = [c.text for c in ingest_file(BLIND / "blind12_b_gongbao.pdf").clauses]
    assert "2025年3月28日" in texts and "年 月 日" not in texts


def test_a_line_spread_to_the_full_width_has_no_spaces_between_characters() -> None:
    """Regression: justified lines spread character by character kept a space in every gap
    ("起 施 行 ， 有 效 期 至"), and the 施行 date was not found."""
    parsed = ingest_file(BLIND / "blind12_b_gongbao.pdf")
    texts = [c.text for c in parsed.clauses]
    assert any(t.startswith("四、本措施自2025年5月1日起施行，有效期至2027年12月31日。") for t in texts)
    assert any("推动中越跨境班列常态化开行" in t for t in texts)
    assert parsed.documents[-1].expires == "2027-12-31"


def test_the_attachment_note_after_the_last_article_is_no_part_of_it() -> None:
    """Regression (PDF and Word): the 附件说明 under the last article was read into it."""
    for suffix in ("pdf", "docx"):
        parsed = ingest_file(BLIND / f"blind12_c_xize.{suffix}")
        last = next(c for c in parsed.clauses if c.label == "第十二条")
        assert last.text == "第十二条 本细则自2025年6月1日起施行，有效期5年。"
        assert any(c.kind == "attachment" and c.text == "附件：“一带一路”服务贸易创新示范企业申请表" for c in parsed.clauses)


def test_a_form_has_no_header_row_and_no_empty_rows() -> None:
    """Regression: a 申请表 (labels beside blanks) had its first row "企业名称" taken for a header, so each
    row read "企业名称：统一社会信用代码"; in the PDF the blank rows left to fill in were six empty clauses."""
    for suffix in ("pdf", "docx"):
        parsed = ingest_file(BLIND / f"blind12_c_xize.{suffix}")
        rows = [c.text for c in parsed.clauses if c.kind in ("table_row", "table_header")]
        assert rows[:4] == ["企业名称", "统一社会信用代码｜所属片区", "注册地址", "联系人｜联系电话"], suffix
        assert all(rows) and not any(c.text == "" for c in parsed.clauses)
    assert ingest_file(BLIND / "blind12_c_xize.pdf").report.removed.get("empty_table_row") == 6


def test_manual_line_breaks_that_only_wrap_are_joined() -> None:
    """Regression: a Word paragraph pasted from a PDF keeps a manual line break (Shift+Enter) at the end
    of each line; a line that stopped a little short ended a paragraph ("…2025年度“一带一路”" /
    "经贸合作重点项目申报工作。…"), also between two Latin words ("（Silk Road" / "E-commerce）")."""
    parsed = ingest_file(BLIND / "blind12_d_linebreaks.docx")
    texts = [c.text for c in parsed.clauses]
    assert texts[0].endswith("市商务委决定组织开展2025年度“一带一路”经贸合作重点项目申报工作。现将有关事项通知如下：")
    assert any(t.endswith("“丝路电商”（Silk Road E-commerce）合作项目。") for t in texts)
    assert any(t.startswith("3.深化“丝路电商”合作。支持企业在共建“一带一路”国家开展") for t in texts)
    # a break after a short line stays: the organ over its date
    assert [c.text for c in parsed.clauses if c.kind == "signature"] == ["重庆市商务委员会", "2025年6月3日"]


@given(st.lists(st.text(alphabet="一二三四五。：；1.（）ab \u3000", max_size=30), min_size=1, max_size=6))
def test_joining_soft_breaks_loses_no_character_and_is_stable(parts: list[str]) -> None:
    """Joining a paragraph's wrapping breaks keeps every printed character, and joining again changes nothing."""
    from bri_kb.ingest.word import soft_breaks

    text = "\n".join(parts)
    joined = soft_breaks(text)
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", text)
    assert soft_breaks(joined) == joined


def test_a_contents_with_short_leaders_is_no_document() -> None:
    """Regression: in the gazette's PDF the 目录's entries end with a leader of three dots or one (…21 号）...2, 号）. 3),
    too short for an entry: the 目录 was a document of its own titled 目录, its entries clauses. Among entries, under
    the 目录's heading, a title's closing bracket before its page is one."""
    parsed = ingest_file(BLIND / "blind12_b_gongbao.pdf")
    assert [d.title[:11] for d in parsed.documents] == ["广西壮族自治区人民政府", "广西壮族自治区商务厅关"]
    assert parsed.report.removed["table_of_contents"] == 7
