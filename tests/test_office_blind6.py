"""Five more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind6, made by make_blind6.py): a joint
请示 with its 发文机关标志 and signature set in Word tables, a 办法 whose articles
run in after a bold 第X条, a statistical form and an Excel-like table under
headers of two rows, a CMS page and a text copy. Each test is a problem a first
reading showed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.webpage import shown_lines
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind6"


def _rows(name: str) -> list[dict[str, str]]:
    return [dict(c.fields) for c in ingest_file(BLIND / name).clauses if c.kind == "table_row"]


def test_two_columns_under_one_name_both_keep_their_cells() -> None:
    """Regression: in the PDF, 同比增长（%） stood under both 对东盟货物进出口 and 实际使用东盟外资; the second
    column overwrote the first, and 南宁片区's 18.6 (and 9.4, 35.1, 17.3) were in no clause."""
    for fmt in ("pdf", "docx"):
        nanning = next(r for r in _rows(f"h_guangxi_stat_form.{fmt}") if r.get("片区") == "南宁片区")
        assert nanning["对东盟货物进出口／同比增长（%）"] == "18.6", fmt
        assert nanning["实际使用东盟外资／同比增长（%）"] == "-3.2", fmt


def test_a_word_header_of_two_rows_without_the_repeat_mark() -> None:
    """Regression: a Word table whose first row spans columns (本季度 over 金额 and 同比增长) and reaches down
    (指标名称) had its second row read as data ("第1行") and columns named 列3, 列5, unless the rows were
    marked to repeat as header."""
    parsed = ingest_file(BLIND / "h_guangxi_stat_form.docx")
    headers = [c.text for c in parsed.clauses if c.kind == "table_header"]
    assert "指标名称｜代码｜本季度／金额｜本季度／同比增长（%）｜本年累计／金额｜本年累计／同比增长（%）" in headers
    assert not [c for c in parsed.clauses if c.kind == "table_row" and "列3" in c.fields]


def test_a_period_set_for_something_else_is_not_the_documents_own() -> None:
    """Regression: 第八条 gives a recognised enterprise's status 有效期3年; that was taken as the 办法's own
    period (expires 2026-12-31) where 第十五条 says 本办法自2024年1月1日起施行，有效期5年."""
    for fmt in ("docx", "pdf"):
        docs = ingest_file(BLIND / f"g_lingang_measures_runin.{fmt}").documents
        assert [(d.effective, d.expires) for d in docs] == [("2024-01-01", "2028-12-31")], fmt


def test_a_joint_masthead_and_signature_set_in_word_tables() -> None:
    """Regression: the two organs stacked beside one 文件 merged down (a table) gave the title
    "浙江省发展和改革委员会｜文件", the real title ran into "省政府：", and the signature table (two organs over
    the date) was a table row, so the date and the second issuer were lost."""
    (doc,) = ingest_file(BLIND / "f_zhejiang_joint_request.docx").documents
    assert doc.title == ("浙江省商务厅 浙江省发展和改革委员会关于支持中国（浙江）自由贸易试验区宁波片区建设"
                         "“一带一路”综合试验区的请示")
    assert doc.issuers == ("浙江省商务厅", "浙江省发展和改革委员会")
    assert (doc.signed, doc.addressees) == ("2023-06-01", "省政府")
    assert doc.doc_number is not None and doc.doc_number.text == "浙商务发〔2023〕45号"


def test_a_line_that_stops_short_before_a_number_goes_on() -> None:
    """Regression: a line ends short where the next one starts with a number that cannot be broken
    ("…同比增长" / "15.6%，占…"), and a sentence runs on to "附件 1。"; both were cut into a second paragraph."""
    first = next(c for c in ingest_file(BLIND / "f_zhejiang_joint_request.pdf").clauses if c.label == "一、第1段")
    assert "同比增长15.6%，占片区进出口总额的比重提高到41.3%" in first.text.replace(" ", "")
    parsed = ingest_file(BLIND / "h_guangxi_stat_form.pdf")
    assert any("具体见附件1。" in c.text.replace(" ", "") for c in parsed.clauses)
    assert not [c for c in parsed.clauses if c.text.replace(" ", "").startswith("附件1。")]


def test_a_cms_table_with_rowspan_and_colspan() -> None:
    """Regression: the 名单's two header rows were paragraphs, row 2 became the header of a new table
    ({'2': '3', '福建江阴港集装箱码头有限公司': '福州新区国际冷链物流有限公司', …}), again for 厦门 and 平潭, and the
    片区 merged down (rowspan) was in no row but the first of its group."""
    rows = _rows("i_fujian_cms_page.html")
    assert len(rows) == 16 and [r["片区"] for r in rows[:6]] == ["福州片区"] * 5 + ["厦门片区"]
    assert rows[1] == {"片区": "福州片区", "序号": "2", "企业名称": "福建江阴港集装箱码头有限公司",
                       "合作情况／主要合作国家（地区）": "越南、泰国", "合作情况／合作领域": "集装箱航线"}
    assert rows[-1]["片区"] == "合计"


def test_a_line_break_of_the_page_source_is_no_paragraph_break() -> None:
    """Regression: Word's HTML wraps its source inside a sentence ("…关于开展中国（福建）" / "自由贸易试验区…");
    the page shows one paragraph, the reader made two. An "附件" over the attachment's title, printed on the
    page, was joined to it as a second 附件说明 and listed the attachment twice."""
    parsed = ingest_file(BLIND / "i_fujian_cms_page.html")
    first = next(c for c in parsed.clauses if c.label == "第1段")
    assert "关于开展中国（福建）自由贸易试验区“丝路海运”重点合作企业遴选工作的通知》" in first.text
    assert first.text.endswith("现将有关事项通知如下：")
    (doc,) = parsed.documents
    assert doc.attachments == ("2023年度中国（福建）自由贸易试验区“丝路海运”重点合作企业名单",)
    assert [c.kind for c in parsed.clauses if c.text.startswith("附件")] == ["attachment", "heading"]
    assert [c.text for c in parsed.clauses if c.label in ("（一）", "（二）", "（三）")][1] == \
        "（二）优先纳入海关高级认证企业培育名单，享受通关便利措施；"


@given(st.lists(st.text(alphabet="自由贸易试验区丝路海运（）“”，。", min_size=1, max_size=12), min_size=1, max_size=6))
def test_the_source_line_breaks_of_chinese_text_vanish(pieces: list[str]) -> None:
    """A page's source wrapped anywhere between Chinese characters shows one line, its characters kept in order;
    a <br> (\u2028 once the page is parsed) still breaks it."""
    assert shown_lines("\n".join(pieces)) == ["".join(pieces)]
    assert shown_lines("\u2028".join(pieces)) == pieces
    assert shown_lines("附件：\n 1. 名单", keep_breaks=True) == ["附件：", "1. 名单"]


def test_the_closing_sentence_of_the_whole_text_is_under_no_item() -> None:
    """Regression: "妥否，请批示。" and "本实施意见自2023年7月1日起施行，…" were paragraphs of the last item
    (三、（三）第2段, 三.(二)第2段), and the 附件说明 and signature below them were filed under that item."""
    for name, closing in (("f_zhejiang_joint_request.docx", "妥否，请批示。"),
                          ("j_chongqing_web_text.txt", "本实施意见自2023年7月1日起施行，有效期至2027年12月31日。")):
        parsed = ingest_file(BLIND / name)
        clause = next(c for c in parsed.clauses if c.text == closing)
        assert (clause.kind, clause.path) == ("paragraph", ()), name
        assert all(c.path == () for c in parsed.clauses if c.kind in ("signature", "attachment")), name


def test_a_joint_masthead_spread_across_its_cells_in_a_pdf() -> None:
    """Regression: in the PDF, the organs spread evenly across their cell (分散对齐) left even gaps that were
    taken for a table's gutter ("浙 江 省浙 江 省 发 展 和" became the title), the two rows of the mark were
    joined as one wrapped heading, and the second 签发人 (孟　刚, under 韩　杰) was read into the title."""
    for fmt in ("pdf", "docx"):
        (doc,) = ingest_file(BLIND / f"f_zhejiang_joint_request.{fmt}").documents
        assert doc.title == ("浙江省商务厅 浙江省发展和改革委员会关于支持中国（浙江）自由贸易试验区宁波片区建设"
                             "“一带一路”综合试验区的请示"), fmt
        assert doc.issuing_mark == "浙江省商务厅 浙江省发展和改革委员会文件", fmt
        assert doc.signatory == "韩杰、孟刚", fmt
        assert doc.issuers == ("浙江省商务厅", "浙江省发展和改革委员会"), fmt
