"""Documents as offices make them (tests/data/office/gongwen, made by
make_gongwen.py with python-docx and LibreOffice): red-header 公文, a 公告 that
carries a regulation, gov.cn-style pages. Each part of a 公文 (GB/T 9704) is
the document's metadata, never a clause, whichever format it comes in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.index.store import Store
from bri_kb.ingest.clean import Line
from bri_kb.ingest.gongwen import body_parts, masthead
from bri_kb.ingest.imprint import imprint_fields, imprint_start
from bri_kb.model import OFFICE_FIELDS, document_json
from bri_kb.vocabulary import squash
from tests.helpers import Parsed, ingest_file, ingest_text, write_store

from .conftest import COMPILATION, DATA, GOLDEN

OFFICE = DATA / "office" / "gongwen"
FORMATS = ("txt", "docx", "pdf")

GUOFA_TITLE = "国务院关于在自由贸易试验区暂时调整有关行政法规、国务院文件和经国务院批准的部门规章规定的决定"
GUOFA_ANNEX = "国务院决定在自由贸易试验区暂时调整有关行政法规、国务院文件和经国务院批准的部门规章规定目录"
GUOFA_ADDRESSEES = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"
GUOFA_CC = "党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，最高人民法院，最高人民检察院，各民主党派中央。"
TIANJIN_PLAN = "天津市“一带一路”科技创新合作行动计划（2017—2020年）"
TIANJIN_TITLE = f"天津市科学技术委员会关于印发《{TIANJIN_PLAN}》的通知"
ZJ_TITLE = "中国（浙江）自由贸易试验区条例"
ZJ_WRAPPER = "浙江省人民代表大会常务委员会公告（第六十七号）"
# What the 版头, 主送, 附注 and 版记 print: none of it may reach a clause.
OFFICE_TEXT = ("抄送", "日印发", "签发人", "000126", "000035", "秘密★", "加急", "此件公开发布", "此件发至", "各有关单位：",
               "直属机构：")
WEB_FURNITURE = ("索 引 号", "主题分类", "来源", "字体", "打印", "分享", "责任编辑", "相关链接", "关闭窗口", "版权所有", "ICP",
                 "当前位置", "微博")


def _one(path: Path) -> tuple[Parsed, object]:
    parsed = ingest_file(path)
    assert len(parsed.documents) == 1, [d.title for d in parsed.documents]
    assert parsed.report.lost_lines == ()
    return parsed, parsed.documents[0]


def _leaks(parsed: Parsed, words: tuple[str, ...]) -> list[tuple[str, str]]:
    """Clauses holding any of these words, or opening with a 发文机关标志 or a 文号."""
    marks = ("国务院文件", "天津市科学技术委员会文件", "国发〔2017〕57号", "津科规〔2017〕5号")
    return [(w, c.text[:60]) for c in parsed.clauses for w in words + marks
            if w in c.text and (w in words or c.text.startswith(w))]


@pytest.mark.parametrize("fmt", FORMATS)
def test_red_header_decision_keeps_its_parts_as_metadata(fmt: str) -> None:
    parsed, doc = _one(OFFICE / f"guofa_decision.{fmt}")
    assert doc.title == GUOFA_TITLE  # never "国务院文件"
    assert doc.doc_number is not None and doc.doc_number.text == "国发〔2017〕57号"
    assert (doc.issuers, doc.level, doc.signed) == (("国务院",), "state_council", "2017-12-25")
    assert (doc.issuing_mark, doc.copy_number, doc.secrecy, doc.urgency) == ("国务院文件", "000126", None, None)
    assert (doc.addressees, doc.remarks) == (GUOFA_ADDRESSEES, "（此件公开发布）")
    assert (doc.cc, doc.printed_by, doc.printed_date) == (GUOFA_CC, "国务院办公厅", "2017-12-27")
    assert doc.attachments == (GUOFA_ANNEX,)
    assert doc.wrapper is None
    assert _leaks(parsed, OFFICE_TEXT) == []
    first = parsed.clauses[0]
    assert first.text.startswith("为保障自由贸易试验区有关改革开放措施依法顺利实施")


@pytest.mark.parametrize("fmt", FORMATS)
def test_red_header_notice_with_secrecy_urgency_and_signer(fmt: str) -> None:
    parsed, doc = _one(OFFICE / f"tianjin_notice.{fmt}")
    assert doc.title == TIANJIN_TITLE  # never "天津市科学技术委员会文件"
    assert doc.doc_number is not None and doc.doc_number.text == "津科规〔2017〕5号"
    assert (doc.level, doc.region, doc.issuers) == ("provincial", "天津市", ("天津市科学技术委员会",))
    assert (doc.copy_number, doc.secrecy, doc.urgency, doc.signatory) == ("000035", "秘密★1年", "加急", "李明")
    assert (doc.issuing_mark, doc.addressees, doc.remarks) == ("天津市科学技术委员会文件", "各有关单位", "（此件发至各区科委）")
    assert doc.cc == "市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，科技部国际合作司。"
    assert (doc.printed_by, doc.printed_date, doc.signed) == ("天津市科学技术委员会办公室", "2017-11-03", "2017-11-02")
    assert _leaks(parsed, OFFICE_TEXT) == []
    # The carried plan's title line heads its items (round 223: a heading labelled by its 文种), no paragraph.
    heading = next(c for c in parsed.clauses if c.text == TIANJIN_PLAN)
    assert (heading.kind, heading.label) == ("heading", "计划")
    labels = [c.label for c in parsed.clauses]
    assert {"一、", "二、", "三、", "1.", "2.", "3."} <= set(labels)
    last = parsed.clauses[-1]
    assert last.label == "3.第1段" and last.text.endswith("组织策划以“一带一路”为主题的重大国际科技交流活动。")
    assert parsed.clauses[-2].label == "3." and last.path[-1] == parsed.clauses[-2].text  # (3.'s heading heads it)


@pytest.fixture(scope="module")
def zhejiang_articles() -> list[str]:
    compilation = ingest_file(COMPILATION)
    doc = next(d for d in compilation.documents if d.title == ZJ_TITLE)
    return [c.text for c in compilation.clauses if c.doc_id == doc.doc_id and c.kind == "article"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_announcement_hands_its_title_to_the_regulation_it_carries(fmt: str, zhejiang_articles: list[str]) -> None:
    parsed, doc = _one(OFFICE / f"zhejiang_announcement.{fmt}")
    assert (doc.title, doc.wrapper) == (ZJ_TITLE, ZJ_WRAPPER)
    assert (doc.level, doc.region, doc.issuers) == ("provincial", "浙江省", ("浙江省人民代表大会常务委员会",))
    assert (doc.signed, doc.effective) == ("2017-12-28", "2018-01-01")
    articles = [c.text for c in parsed.clauses if c.kind == "article"]
    assert articles == zhejiang_articles and len(articles) == 59
    texts = [c.text for c in parsed.clauses]
    assert ZJ_TITLE not in texts and "第六十七号" not in texts and "浙江省人民代表大会常务委员会公告" not in texts


def test_web_page_furniture_is_dropped_and_the_attachment_kept() -> None:
    parsed, doc = _one(OFFICE / "guofa_decision_page.html")
    assert parsed.report.encoding == "html/utf-8"
    assert doc.title == GUOFA_TITLE
    assert doc.doc_number is not None and doc.doc_number.text == "国发〔2017〕57号"
    # The page's date ("2018-01-09 17:00来源：中国政府网") is the 发布日期; the document prints its 成文日期.
    assert (doc.published, doc.signed, doc.source_name) == ("2018-01-09", "2017-12-25", "中国政府网")
    assert doc.attachments == (GUOFA_ANNEX,)
    assert (doc.addressees, doc.remarks) == (GUOFA_ADDRESSEES, "（此件公开发布）")
    assert _leaks(parsed, WEB_FURNITURE + OFFICE_TEXT) == []
    assert [c.kind for c in parsed.clauses][-1] == "attachment"


def test_gb18030_page_takes_its_date_from_the_meta_tags() -> None:
    parsed, doc = _one(OFFICE / "tianjin_notice_page.html")
    assert parsed.report.encoding.startswith("html/gb")
    assert doc.title == TIANJIN_TITLE
    assert doc.doc_number is not None and doc.doc_number.text == "津科规〔2017〕5号"
    assert (doc.published, doc.signed) == ("2017-11-06", "2017-11-02")  # <meta name="PubDate">
    assert doc.attachments == (TIANJIN_PLAN, "天津市“一带一路”科技创新合作项目申报表")
    assert _leaks(parsed, WEB_FURNITURE + OFFICE_TEXT) == []


@pytest.mark.parametrize("fmt", ("txt", "docx", "pdf"))
def test_word_table_with_repeated_header_row_gives_16_rows(fmt: str) -> None:
    """The red-header decision's annex table, whose header row Word repeats on
    every page: one header and the 16 rows of the golden file, in each format
    (the PDF, exported by LibreOffice, gave 23 wrong rows before the layout reader)."""
    parsed, _ = _one(OFFICE / f"guofa_decision.{fmt}")
    golden = json.loads((GOLDEN / "guofa_2017_57_rows.json").read_text(encoding="utf-8"))
    headers = [c for c in parsed.clauses if c.kind == "table_header"]
    assert [h.text for h in headers] == ["序号｜有关行政法规、国务院文件和经国务院批准的部门规章规定｜调整情况"]
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert [r.label for r in rows] == [g["label"] for g in golden]
    for row, gold in zip(rows, golden, strict=True):
        assert list(row.fields) == ["序号", "有关行政法规、国务院文件和经国务院批准的部门规章规定", "调整情况"]
        assert {k: squash(v) for k, v in row.fields.items()} == {k: squash(v) for k, v in gold.items() if k != "label"}


def test_word_header_row_copied_down_the_table_is_kept_once(tmp_path: Path) -> None:
    """Regression: a header row repeated inside the table (pasted at each page,
    or several rows marked w:tblHeader) made extra rows; text above the table
    is never a column header."""
    import docx

    document = docx.Document()
    document.add_paragraph("国务院")
    document.add_paragraph("2017年12月25日")
    document.add_paragraph("附件")
    table = document.add_table(rows=0, cols=3)
    header = ["序号", "有关规定", "调整情况"]
    for cells in [header, ["1", "《旅行社条例》第二十三条", "暂时停止实施"], header, ["2", "《印刷业管理条例》第十四条", "暂时停止实施"]]:
        row = table.add_row()
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    merged = table.add_row()
    merged.cells[0].text = "3"
    merged.cells[1].merge(merged.cells[2]).text = "已废止"
    path = tmp_path / "table.docx"
    document.save(str(path))
    parsed = ingest_file(path)
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert [r.label for r in rows] == ["第1项", "第2项", "第3项"]
    assert rows[1].fields == {"序号": "2", "有关规定": "《印刷业管理条例》第十四条", "调整情况": "暂时停止实施"}
    assert rows[2].fields == {"序号": "3", "有关规定": "已废止", "调整情况": ""}


def test_office_fields_survive_the_store_and_the_json(tmp_path: Path) -> None:
    parsed, doc = _one(OFFICE / "tianjin_notice.docx")
    wrapped, _ = _one(OFFICE / "zhejiang_announcement.docx")
    store_path = tmp_path / "kb.sqlite"
    write_store(store_path, [doc, *wrapped.documents], [*parsed.clauses, *wrapped.clauses], [])  # type: ignore[list-item]
    store = Store(store_path)
    try:
        assert store.documents[doc.doc_id] == doc  # type: ignore[attr-defined]
        assert store.documents[wrapped.documents[0].doc_id].wrapper == ZJ_WRAPPER
    finally:
        store.close()
    data = document_json(doc)  # type: ignore[arg-type]
    assert {k: data[k] for k in ("secrecy", "urgency", "signatory", "printed_date")} == {
        "secrecy": "秘密★1年", "urgency": "加急", "signatory": "李明", "printed_date": "2017-11-03"}
    assert set(OFFICE_FIELDS) <= set(data)


def test_notice_with_an_attached_form_is_not_a_wrapper() -> None:
    """Regression: a form named in the 附件 line and printed after the notice is
    an attachment, not a document the notice carries."""
    (doc,) = ingest_file(DATA / "external" / "xinjiang-qts-publicity-2012.txt").documents
    assert doc.title == "新疆维吾尔自治区质监局关于进一步加强新闻宣传工作的通知" and doc.wrapper is None


def _lines(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, 1)]


def test_masthead_parts_and_what_is_no_masthead() -> None:
    head = masthead(_lines("000126", "机密★1年 特急", "国务院办公厅文件", "国办发〔2018〕1号", "━━━━━━━━",
                           "国务院办公厅关于…的通知"))
    assert head.lines == 5
    assert head.fields == {"copy_number": "000126", "secrecy": "机密★1年", "urgency": "特急",
                           "issuing_mark": "国务院办公厅文件", "doc_number": "国办发〔2018〕1号"}
    # A 文号 above the title (its red 发文机关标志 an image) is the 文号, never the title.
    assert masthead(_lines("国发〔2017〕57号", "国务院关于…的决定")).fields == {"doc_number": "国发〔2017〕57号"}
    joint = masthead(_lines("科学技术部", "财政部", "文件", "国科发资〔2017〕152号", "科技部 财政部关于…的通知"))
    assert (joint.lines, joint.fields["issuing_mark"]) == (4, "科学技术部 财政部文件")
    assert masthead(_lines("000126", "关于…的通知")).lines == 0  # a number alone is no 版头
    assert masthead(_lines("国务院关于印发文件", "正文。")).lines == 0


def test_imprint_with_a_wrapped_cc_list() -> None:
    body = _lines("一、加强领导。", "国务院", "2017年12月25日", "抄送：党中央各部门，中央军委办公厅，全国人大常委会办",
                  "公厅，全国政协办公厅。", "国务院办公厅 2017年12月27日印发")
    assert imprint_start(body) == 3
    assert imprint_fields(body[3:]) == {"cc": "党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅。",
                                        "printed_by": "国务院办公厅", "printed_date": "2017-12-27"}
    assert imprint_start(_lines("一、加强领导。", "二、抄送有关部门的文件应当及时归档。")) == 2
    # a 版记 typed as a Word table between rules
    table = _lines("一、加强领导。", "──────────", "抄送：市委办公厅。", "市政府办公厅｜2018年1月5日印发", "──────────")
    assert imprint_start(table) == 1
    assert imprint_fields(table[1:]) == {"cc": "市委办公厅。", "printed_by": "市政府办公厅", "printed_date": "2018-01-05"}


_TYPICAL = st.sampled_from([
    "各有关单位：", "一、总体要求", "为推进合作，制定本方案。", "国务院", "2017年12月25日", "（此件公开发布）",
    "附件：《方案》", "方案", "抄送：各部门，", "各直属机构。", "国务院办公厅 2017年12月27日印发", "第一条 为了规范管理，制定本条例。",
    "序号｜任务", "国发〔2017〕57号", "第六十七号",
])


@given(st.lists(_TYPICAL, max_size=14), st.sampled_from(["关于印发方案的通知", "某某公告", "某某决定"]))
def test_body_parts_account_for_every_line(texts: list[str], title: str) -> None:
    """Each body line is either still body, metadata, or the carried title, once."""
    body = _lines(*texts)
    parts = body_parts(title, body, {})
    out = [*parts.body, *parts.metadata, *parts.title_lines]
    assert sorted(x.no for x in out) == [x.no for x in body]
    assert [x.no for x in parts.body] == sorted(x.no for x in parts.body)


def test_word_header_of_two_rows_marked_to_repeat_is_one_header(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("暂时调整的行政法规目录")
    table = document.add_table(rows=0, cols=3)
    for n, cells in enumerate([["序号", "规定", ""], ["", "名称", "条款"], ["1", "《旅行社条例》", "第二十三条"]]):
        row = table.add_row()
        if n < 2:
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            assert row._tr.trPr.find(qn("w:tblHeader")) is not None
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "two_headers.docx"
    document.save(str(path))
    (row,) = [c for c in ingest_file(path).clauses if c.kind == "table_row"]
    assert row.label == "第1项" and row.fields == {"序号": "1", "规定／名称": "《旅行社条例》", "条款": "第二十三条"}


ORDER = """中华人民共和国国务院令
第691号
《外商投资安全审查条例》已经2017年11月1日国务院第190次常务会议通过，现予公布，自2018年1月1日起施行。
总理　李克强
2017年11月20日
外商投资安全审查条例
第一章　总则
第一条　为了规范外商投资安全审查，制定本条例。
第二条　本条例适用于外商投资。
第三条　国务院建立外商投资安全审查工作机制。
"""

LETTER = """中华人民共和国商务部
商合函〔2017〕12号
商务部关于支持境外经贸合作区建设的函
国家发展改革委、财政部：
为推进境外经贸合作区建设，现将有关事项函告如下：
一、加强统筹协调。
二、完善支持政策。
商务部
2017年3月1日
（联系人：张三；电话：010-12345678）
抄送：各省、自治区、直辖市商务主管部门，新疆生产建设兵团商务局，
各驻外使馆经商处。
"""


def test_state_council_order_hands_its_title_to_the_regulation() -> None:
    """(Invented order text, laid out as 国务院令 are.)"""
    parsed = ingest_text_doc(ORDER)
    (doc,) = parsed.documents
    assert (doc.title, doc.wrapper) == ("外商投资安全审查条例", "中华人民共和国国务院令（第691号）")
    assert (doc.issuers, doc.level, doc.effective) == (("国务院",), "state_council", "2018-01-01")
    assert [c.label for c in parsed.clauses if c.kind == "article"] == ["第一条", "第二条", "第三条"]
    assert [c.text for c in parsed.clauses if c.kind == "signature"] == ["总理 李克强", "2017年11月20日"]


def test_letter_format_masthead_remarks_and_cc_without_printer() -> None:
    """(Invented letter, in the 信函格式: the organ's name as 发文机关标志, a 附注 with a contact, a wrapped 抄送.)"""
    parsed = ingest_text_doc(LETTER)
    (doc,) = parsed.documents
    assert doc.title == "商务部关于支持境外经贸合作区建设的函"
    assert doc.doc_number is not None and doc.doc_number.text == "商合函〔2017〕12号"
    assert (doc.issuing_mark, doc.addressees) == ("中华人民共和国商务部", "国家发展改革委、财政部")
    assert doc.remarks == "（联系人：张三；电话：010-12345678）"
    assert doc.cc == "各省、自治区、直辖市商务主管部门，新疆生产建设兵团商务局，各驻外使馆经商处。"
    assert doc.printed_by is None and doc.signed == "2017-03-01"
    last_item = next(c for c in parsed.clauses if c.label == "二、")
    assert last_item.text == "二、完善支持政策。"  # the 署名 below it is no part of it
    assert _leaks(parsed, ("抄送", "使馆")) == []
    # whom to call is the document's remark, and a clause of its own too, which a question may find
    assert [c.text for c in parsed.clauses if "联系人" in c.text] == ["（联系人：张三；电话：010-12345678）"]


def ingest_text_doc(text: str) -> Parsed:
    parsed = ingest_text(text, "office.txt")
    assert parsed.report.lost_lines == ()
    return parsed


def test_attachment_list_of_several_names_is_one_attachment_clause() -> None:
    """(Invented notice.) "附件：1.…" with "2.…" below names two attachments;
    neither is an item, and the last item keeps its own text."""
    text = (Path(__file__).parent / "data" / "office" / "gongwen" / "guofa_decision.txt").read_text(encoding="utf-8")
    head = text.split("各省、自治区、直辖市人民政府")[0]
    body = """各省、自治区、直辖市人民政府：
一、加强统筹协调。各地区、各部门要按照党中央、国务院的统一部署，加强对境外投资的宏观指导，优化境外投资综合服务，完善全程监管。
二、完善支持政策。
（一）加大财税支持力度。对符合条件的境外投资项目，按规定给予财政贴息和税收优惠，鼓励金融机构创新金融产品和服务方式。
（二）完善境外投资保险制度。支持保险机构开发适应境外投资需要的保险产品，为企业境外投资提供风险保障。
附件：1.境外投资敏感行业目录
2.境外投资项目核准办法
国务院
2017年12月25日
（此件公开发布）
国务院办公厅 2017年12月27日印发
"""
    parsed = ingest_text_doc(head.replace(GUOFA_TITLE, "国务院关于加强境外投资管理的通知") + body)
    (doc,) = parsed.documents
    assert doc.title == "国务院关于加强境外投资管理的通知"
    assert doc.attachments == ("境外投资敏感行业目录", "境外投资项目核准办法")
    assert [c.text for c in parsed.clauses if c.kind == "attachment"] == ["附件：1.境外投资敏感行业目录\n2.境外投资项目核准办法"]
    assert [c.text for c in parsed.clauses if c.kind == "signature"] == ["国务院", "2017年12月25日"]
    assert (doc.printed_by, doc.remarks) == ("国务院办公厅", "（此件公开发布）")


def test_word_masthead_and_imprint_laid_out_as_tables(tmp_path: Path) -> None:
    """(Invented notice.) Offices align 份号/密级/紧急程度 and the 版记 with
    Word tables; their cells are 公文 parts all the same, never table rows."""
    import docx

    document = docx.Document()
    top = document.add_table(rows=2, cols=2)
    top.rows[0].cells[0].merge(top.rows[0].cells[1]).text = "000126"
    top.rows[1].cells[0].text, top.rows[1].cells[1].text = "机密★1年", "特急"
    for text in ("中华人民共和国商务部文件", "商资发〔2018〕3号", "商务部关于外商投资企业设立及变更备案的通知",
                 "各省、自治区、直辖市商务主管部门：", "为进一步扩大对外开放，现就外商投资企业设立及变更备案有关事项通知如下。",
                 "一、不涉及特别管理措施的，适用备案管理。", "二、本通知自印发之日起施行。", "商务部", "2018年1月5日"):
        document.add_paragraph(text)
    foot = document.add_table(rows=2, cols=2)
    foot.rows[0].cells[0].merge(foot.rows[0].cells[1]).text = "抄送：国家发展改革委，海关总署。"
    foot.rows[1].cells[0].text, foot.rows[1].cells[1].text = "商务部办公厅", "2018年1月8日印发"
    path = tmp_path / "notice.docx"
    document.save(str(path))
    parsed, doc = _one(path)
    assert doc.title == "商务部关于外商投资企业设立及变更备案的通知"
    assert (doc.copy_number, doc.secrecy, doc.urgency, doc.issuing_mark) == ("000126", "机密★1年", "特急", "中华人民共和国商务部文件")
    assert (doc.cc, doc.printed_by, doc.printed_date) == ("国家发展改革委，海关总署。", "商务部办公厅", "2018-01-08")
    assert [c.kind for c in parsed.clauses] == ["paragraph", "item", "item", "signature", "signature"]


@pytest.mark.parametrize(
    ("lines", "title"),
    [(("国务院关于", "加强境外投资管理的通知"), "国务院关于加强境外投资管理的通知"),  # 正梯形: the short line first
     (("国务院办公厅关于加强计划", "管理的通知"), "国务院办公厅关于加强计划管理的通知"),
     (("国务院关于在自由贸易试验区暂时调整有关行", "政法规、国务院文件和经国务院批准的部门规", "章规定的决定"), GUOFA_TITLE)],
)
def test_wrapped_title_under_a_masthead_runs_to_its_genre(lines: tuple[str, ...], title: str) -> None:
    body = "为加强管理，根据有关法律法规，结合实际情况，现就有关事项通知如下，请认真贯彻执行。"
    text = "\n".join(["国务院文件", "国发〔2018〕1号", *lines, body, "国务院", "2018年1月2日"]) + "\n"
    (doc,) = ingest_text_doc(text).documents
    assert doc.title == title


def _article_page(path: Path, title: str, published: str, paragraphs: list[str]) -> Path:
    """A site's article page: the title as <title> and <h1>, a 发布日期 line, one <p> per paragraph."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                    f"<div>发布日期：{published}</div><div>{body}</div></body></html>", encoding="utf-8")
    return path


def test_web_page_that_prints_the_masthead_under_its_title(tmp_path: Path) -> None:
    """(Invented page.) Some sites copy the 版头 and 版记 into the page as text."""
    paragraphs = ["天津市科学技术委员会文件", "津科规〔2017〕5号", "各有关单位：",
                  "为推动全市开放型创新体系建设，现将有关事项通知如下，请结合本部门、本地区实际情况贯彻执行。",
                  "天津市科学技术委员会", "2017年11月2日", "抄送：市政府办公厅。", "天津市科学技术委员会办公室 2017年11月3日印发"]
    parsed, doc = _one(_article_page(tmp_path / "page.html", TIANJIN_TITLE, "2017-11-06", paragraphs))
    assert (doc.title, doc.published, doc.issuing_mark) == (TIANJIN_TITLE, "2017-11-06", "天津市科学技术委员会文件")
    assert (doc.cc, doc.printed_date) == ("市政府办公厅。", "2017-11-03")
    assert [c.kind for c in parsed.clauses] == ["paragraph", "signature", "signature"]


def test_web_page_titled_by_the_regulation_keeps_the_order_as_its_wrapper(tmp_path: Path) -> None:
    """(Invented page.) A site titles the page by the regulation and prints the 令 above it."""
    parsed, doc = _one(_article_page(tmp_path / "order.html", "外商投资安全审查条例", "2017-11-22", ORDER.splitlines()))
    assert (doc.title, doc.wrapper, doc.published) == ("外商投资安全审查条例", "中华人民共和国国务院令（第691号）", "2017-11-22")
    assert (doc.issuers, doc.level) == (("国务院",), "state_council")
    texts = [c.text for c in parsed.clauses]
    assert "外商投资安全审查条例" not in texts and "第691号" not in texts and "中华人民共和国国务院令" not in texts
