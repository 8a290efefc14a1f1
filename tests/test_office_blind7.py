"""Five more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind7, made by make_blind7.py): a 条例
with its 目录, a 公告 with its own title and a list of 40 names in two columns,
a 令 carrying a 修改决定, a 函 with contacts and a 回执, a report saved by WPS.
Each test is a problem a first reading showed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.text import join_wrapped
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind7"


def test_a_table_ending_a_page_does_not_go_on_below_the_top_of_the_next() -> None:
    """Regression: the 目录 (a borderless two-column table) ended page 1; its gutter was applied to the whole
    of page 2, so 第一条–第五条 ("第一条　为了…", cut at the gutter) became rows of tables and were no articles."""
    parsed = ingest_file(BLIND / "l_fujian_regulation_toc.pdf")
    articles = [c for c in parsed.clauses if c.kind == "article"]
    assert [c.label for c in articles[:6]] == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]
    assert articles[1].text == "第二条 本省行政区域内推进核心区建设及其相关服务保障活动，适用本条例。"
    assert articles[0].path == ("第一章 总 则",)
    assert not [c for c in parsed.clauses if c.kind == "table_row" and "第一条" in c.text]


def test_the_note_of_the_meeting_that_adopted_a_rule_gives_its_issuer_and_date() -> None:
    """Regression: "（2023年5月30日福建省第十四届人民代表大会常务委员会第三次会议通过）" left the 条例 without
    issuer or date. The note stays a clause: which meeting adopted a rule is asked."""
    for fmt in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"l_fujian_regulation_toc.{fmt}")
        (doc,) = parsed.documents
        assert (doc.issuers, doc.published) == (("福建省人民代表大会常务委员会",), "2023-05-30"), fmt
        assert any("第三次会议通过" in c.text for c in parsed.clauses), fmt


def test_an_announcement_with_its_own_title_under_its_mark_and_number() -> None:
    """Regression: "上海市商务委员会公告" over "2023年第5号" over the 公告's own title gave the title
    "上海市商务委员会公告（2023年第5号）", and the real title was the first paragraph."""
    for fmt in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"m_shanghai_announcement_columns.{fmt}")
        (doc,) = parsed.documents
        assert doc.title == "上海市商务委员会关于公布第一批“丝路电商”合作先行区重点企业名单的公告", fmt
        assert doc.wrapper == "上海市商务委员会公告（2023年第5号）", fmt
        assert not [c for c in parsed.clauses if c.text == doc.title], fmt


def test_the_paragraph_after_a_list_of_names_follows_the_list() -> None:
    """Regression: names 1.–39. were headings over nothing, and the paragraph after the list (入选企业应当…),
    特此公告 and the signature were filed under 40.上海跨境电商人才培训中心有限公司."""
    for fmt in ("docx", "pdf"):
        clauses = ingest_file(BLIND / f"m_shanghai_announcement_columns.{fmt}").clauses
        names = [c for c in clauses if c.label[:-1].isdigit()]
        assert len(names) == 40 and {c.kind for c in names} == {"item"}, fmt
        assert names[-1].text == "40.上海跨境电商人才培训中心有限公司", fmt
        after = next(c for c in clauses if c.text.startswith("入选企业应当发挥示范引领作用"))
        assert (after.kind, after.path) == ("paragraph", ()), fmt
    first = ingest_file(BLIND / "m_shanghai_announcement_columns.pdf").clauses[0]
    assert "（沪商电商〔2023〕88号）要求" in first.text  # the PDF line stopped short before "〔2023〕88号"


def test_a_decree_carrying_a_decision_whose_title_quotes_a_rule() -> None:
    """Regression: the 令 names 《福建省人民政府关于修改〈…管理办法〉的决定》, the decision's title prints
    …关于修改《…管理办法》的决定; they did not match, so the title was "福建省人民政府令（第241号）"."""
    for fmt in ("docx", "pdf"):
        (doc,) = ingest_file(BLIND / f"n_fujian_decree_amendment.{fmt}").documents
        assert doc.title == "福建省人民政府关于修改《中国（福建）自由贸易试验区管理办法》的决定", fmt
        assert (doc.wrapper, doc.issuers) == ("福建省人民政府令（第241号）", ("福建省人民政府",)), fmt


def test_an_e_mail_address_wrapped_in_a_pdf() -> None:
    """Regression: "…，联系邮箱" / "ftzpx_training2023@mofcom.gov.cn。" (the line stopped short before an
    address it could not break) became a paragraph of its own, and an address wrapped in a table cell was
    joined with a space ("xmswj_px@163.co m")."""
    parsed = ingest_file(BLIND / "o_mofcom_letter_receipt.pdf")
    assert any("，联系邮箱ftzpx_training2023@mofcom.gov.cn。" in c.text for c in parsed.clauses)
    assert "xmswj_px@163.com" in {c.fields.get("电子邮箱") for c in parsed.clauses if c.kind == "table_row"}


@given(st.sampled_from(["xmswj_px@163.co", "见https://www.mofcom.gov", "电话010-8509345", "www.example.c"]),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789.", min_size=1, max_size=8))
def test_an_address_or_number_wrapped_anywhere_is_joined_whole(before: str, after: str) -> None:
    """Whatever the wrap leaves on the next line of an address or a telephone number, it joins without a space;
    two Latin words still keep theirs."""
    if before.startswith("电话") and not after[0].isdigit():
        return
    assert join_wrapped([before, after]) == before + after
    assert join_wrapped(["free", "trade"]) == "free trade"


def test_a_signatory_set_with_a_space_inside_the_name() -> None:
    """Regression: a two-character name is set 王　勇 (with a full-width space, as offices print it); the
    signatory was "王\u3000勇" in the Word file and "王 勇" in the PDF."""
    for fmt in ("docx", "pdf"):
        (doc,) = ingest_file(BLIND / f"k_hainan_report_wps.{fmt}").documents
        assert doc.signatory == "王勇", fmt


def test_a_contents_page_laid_out_in_two_columns_in_a_pdf() -> None:
    """Regression: the 条例's 目录 (第一章 | 总 则 …, set in two columns) was read as a table whose header was
    第一章｜总 则 and whose rows paired the chapters; it reads as the Word file's does, one line a chapter."""
    pdf = [(c.label, c.text) for c in ingest_file(BLIND / "l_fujian_regulation_toc.pdf").clauses if c.label.startswith("目录·")]
    word = [(c.label, c.text) for c in ingest_file(BLIND / "l_fujian_regulation_toc.docx").clauses if c.label.startswith("目录·")]
    assert pdf == word and pdf[0] == ("目录·第一章", "第一章 总 则") and len(pdf) == 6
