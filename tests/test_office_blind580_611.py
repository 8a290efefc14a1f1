"""Rounds 580–611, written by someone who had not read the reader (tests/data/office/blind580 … blind611, each made by
its make_blindNNN.py): 批转 notices, 前海 and 南沙 rules for Hong Kong and Macao professionals, published 行政处罚决定书,
章程 of 联盟 and 商会, 边民互市 办法, 合同示范文本, 对台 measures, 督查通报 (580–587); 版头 in text boxes, a 国务院 批复 with
the 方案 it approves, 地方标准, 政府信息公开 replies and 年报, speeches issued by notice, 收费 lists, 公示 of funds, 修改决定
with the rule reprinted (588–595); HS-coded goods lists, drafts with tracked changes and comments, a spreadsheet 清单,
倡议 and 备忘录 with signature grids, party–government 意见, 业务指引 with step boxes, 工作要点 of 45 items, bilingual
notices (596–603); 通告, running headers with the 文号, 双随机 plans, 明传电报, scoring tables, 办事指南 pages, Uyghur–Chinese
notices, two-column 工作动态 (604–611).
One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.ingest.cleaners import markdown_out
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _texts(path: str) -> list[str]:
    return [c.text for c in ingest_file(OFFICE / path).clauses]


@pytest.mark.parametrize("path", ["blind575/blind575_xian_tongzhi.docx", "blind575/blind575_fujian_tongzhi.pdf"])
def test_an_events_fields_each_on_a_line(path: str) -> None:
    """Regression: a trip's or a fair's fields set under one another (时间：… / 地点：… / 规模：…), by Shift+Enter in Word
    or wrapped unindented in a PDF, were read as one paragraph."""
    texts = _texts(path)
    place = next(t for t in texts if t.startswith("地点："))
    assert "规模：" not in place
    assert any(t.startswith("规模：") for t in texts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_charter_adopted_by_its_members(suffix: str) -> None:
    """Regression: a 章程 titled over two lines kept only the first (中国（四川）自由贸易试验区), and the note under its
    title (（2026年3月18日第一次会员大会通过）) dated nothing: 章程 names no 文种 the reader knew, and the note's meeting
    was a 会员大会, not a 会议."""
    doc = ingest_file(OFFICE / "blind583" / f"blind583_chengdu_zhangcheng{suffix}").documents[0]
    assert doc.title == "中国（四川）自由贸易试验区跨境电商产业联盟章程"
    assert doc.published == "2026-03-18"


def test_a_charter_revised_since_it_was_adopted() -> None:
    """Regression: a 章程 adopted in 2024 and revised in 2026 (…第一次会员大会通过 / 2026年1月15日第二次会员大会修订) is in
    force as revised: its text is of the later day."""
    doc = ingest_file(OFFICE / "blind583" / "blind583_xiamen_shanghui.docx").documents[0]
    assert doc.published == "2026-01-15"


def test_an_alliances_mark_and_number() -> None:
    """Regression: an alliance's 版头 over its 文号 (…青岛片区 / 国际物流产业联盟 / 青片物联〔2026〕2号) was read into
    the title: a 联盟 was no organ."""
    doc = ingest_file(OFFICE / "blind583" / "blind583_qingdao_tongzhi.docx").documents[0]
    assert doc.title == "关于印发《中国（山东）自由贸易试验区青岛片区国际物流产业联盟章程》的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "青片物联〔2026〕2号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_model_contracts_cover_names_who_drew_it_up(suffix: str) -> None:
    """Regression: a 示范文本's cover (深圳市市场监督管理局 / 深圳市商务局 / 制定 / 二〇二六年一月) named no issuer, and its
    lines were read as paragraphs of the contract."""
    parsed = ingest_file(OFFICE / "blind585" / f"blind585_shenzhen_hetong{suffix}")
    assert parsed.documents[0].issuers == ("深圳市市场监督管理局", "深圳市商务局")
    assert not any(c.text in ("深圳市商务局", "制定") for c in parsed.clauses)


def test_masked_names_keep_their_asterisks() -> None:
    """Regression: a published decision's masked name and number (王**, 5001**********3417) lost their asterisks,
    read as Markdown's bold marks around the text between them."""
    line = "当事人：王**，男，1991年4月出生，汉族公民身份号码：5001**********3417"
    assert markdown_out(line) == line
    assert markdown_out("**（一）提升口岸综合服务能力。**加快") == "（一）提升口岸综合服务能力。加快"
    assert "当事人：王**，男，1991年4月出生，汉族" in _texts("blind582/blind582_chongqing_chufa.docx")


@pytest.mark.parametrize("path,field", [("blind582/blind582_chongqing_chufa.docx", "公民身份号码：5001**********3417"),
                                        ("blind436/blind436_xiamen_chufa.docx", "统一社会信用代码：91350200MA8UX3KD2N")])
def test_a_partys_fields_set_under_one_another_in_word(path: str, field: str) -> None:
    """Regression: a party's fields typed in one Word paragraph, a Shift+Enter before each (当事人：… / 公民身份号码：… /
    住址：…; 地　　址： spaced), were joined into one paragraph."""
    assert field in _texts(path)


def test_an_address_field_stops_at_its_value() -> None:
    """Regression: a long 住所 field that ends without punctuation (…江滨东大道***号*号楼***室) ran on into the paragraph
    under it."""
    texts = _texts("blind582/blind582_fuzhou_chufa.docx")
    assert any(t.endswith("江滨东大道***号*号楼***室") for t in texts)


@pytest.mark.parametrize("path,title", [
    ("blind582/blind582_fuzhou_chufa.docx", "中华人民共和国福州海关行政处罚决定书"),
    ("blind582/blind582_chongqing_chufa.docx", "中华人民共和国重庆海关行政处罚决定书"),
    ("blind582/blind582_hangzhou_chufa.docx", "杭州市钱塘区市场监督管理局行政处罚决定书"),
])
def test_a_decision_titled_with_its_organ(path: str, title: str) -> None:
    """Regression: a 行政处罚决定书 under its organ's name was titled by the paper's name alone, so every decision of
    every organ read 行政处罚决定书 in a list of documents."""
    assert ingest_file(OFFICE / path).documents[0].title == title


def test_a_masthead_in_a_text_box_over_the_number() -> None:
    """Regression: the red 版头 in a floating text box anchored in the 文号's paragraph (福建省商务厅文件 over
    闽商务〔2025〕87号) was read after the number, into the title and the issuer."""
    doc = ingest_file(OFFICE / "blind588" / "blind588_fuzhou_tongzhi.docx").documents[0]
    assert doc.title == "福建省商务厅关于做好2026年中国（福建）自由贸易试验区制度创新成果复制推广工作的通知"
    assert doc.issuers == ("福建省商务厅",)


def test_a_quoted_request_runs_on_after_a_break() -> None:
    """Regression: an applicant's request quoted whole, a Shift+Enter before its second item (您申请公开：“1.…； / 2.…”),
    was cut in two; and the applicant's masked name over it (张**：) was read as a paragraph."""
    texts = _texts("blind591/blind591_nansha_dafushu.docx")
    assert texts[0].startswith("您于2026年3月2日") and "2.南沙综合保税区" in texts[0]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_two_marks_each_with_its_own_wenjian(suffix: str) -> None:
    """Regression: a joint 版头 of two red lines, each organ's with its own 文件 (中共泉州市委办公室文件 /
    泉州市人民政府办公室文件) over the 文号, was read as one organ's mark and the second line as the title."""
    doc = ingest_file(OFFICE / "blind600" / f"blind600_quanzhou_fangan{suffix}").documents[0]
    assert doc.title.startswith("中共泉州市委办公室 泉州市人民政府办公室关于印发")
    assert doc.doc_number is not None and doc.doc_number.text == "泉委办发〔2026〕8号"


def test_a_cells_english_paragraph_is_its_translation() -> None:
    """Regression: a bilingual table's cell, its Chinese over its English in a paragraph of its own (…12号窗口 / Window
    12, Zone A, …), was read as one text; an English name in brackets under a Chinese one stays (blind520)."""
    rows = [t for t in _texts("blind603/blind603_nansha_gonggao.docx") if t.startswith("服务事项：")]
    assert "办理地点：南沙区政务服务中心A区12号窗口\n" in rows[0]
    assert any("苏州市产品质量监督检验院（Suzhou Institute" in t for t in _texts("blind520/blind520_suzhou_tongzhi.docx"))


def test_a_wrapped_brackets_end_is_no_running_header() -> None:
    """Regression: the wrapped end of the bracket that closes many items of a 工作要点 (…完成时限：2026 / 年12月底前）),
    repeated near page breaks, was taken for a running header and left out: the items lost their deadlines."""
    texts = _texts("blind602/blind602_hefei_tongzhi.pdf")
    assert any(t.startswith("1.落实外商投资准入负面清单。") and t.endswith("完成时限：2026年12月底前）") for t in texts)
    assert any(t.startswith("20.发展跨境人民币业务。") and t.endswith("完成时限：持续推进）") for t in texts)


def test_a_title_line_ending_inside_a_quoted_name() -> None:
    """Regression: a title over three lines, one ending on the comma of a quoted name (…联合“双随机、 / 一公开”抽查计划》
    的通知), stopped at its first line."""
    doc = ingest_file(OFFICE / "blind606" / "blind606_yiwu_tongzhi.docx").documents[0]
    assert doc.title == "关于印发《义乌市2026年度跨境电商和市场采购贸易领域部门联合“双随机、一公开”抽查计划》的通知"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_telegram_with_its_sender_and_receipt_notes(suffix: str) -> None:
    """Regression: a 明传电报 whose mark has the sender in brackets under it (（福建省商务厅发电）) and a note to whoever
    receives it under its grid (注：收到本电后…) was read as no telegram: no number, and a note for its title."""
    doc = ingest_file(OFFICE / "blind607" / f"blind607_fuzhou_mingdian{suffix}").documents[0]
    assert doc.title == "关于做好中欧班列保通保畅工作的紧急通知"
    assert doc.doc_number is not None and doc.doc_number.text == "闽商务明电〔2026〕3号"


def test_two_organs_and_their_date_read_as_one_line() -> None:
    """Regression: a joint 落款 a PDF read as one line, the date glued on (宁波市商务局 宁波市市场监督管理局二〇二六年二月六日),
    dated nothing and named one organ."""
    doc = ingest_file(OFFICE / "blind606" / "blind606_ningbo_tongzhi.pdf").documents[0]
    assert doc.signed == "2026-02-06"
    assert doc.issuers == ("宁波市商务局", "宁波市市场监督管理局")


def test_a_uyghur_line_citing_a_chinese_number() -> None:
    """Regression: the Uyghur version printed first, its last article citing a Chinese 文号 in brackets
    (…(霍市政发〔2021〕35号)…), kept that line as Chinese text: it titled the document."""
    doc = ingest_file(OFFICE / "blind610" / "blind610_huoerguosi_banfa.docx").documents[0]
    assert doc.title == "霍尔果斯市人民政府关于印发《霍尔果斯市边民互市贸易管理办法》的通知"


@pytest.mark.parametrize("path,text", [
    ("blind611/blind611_xiamen_zhuankan.pdf", "1.推动中欧（厦门）班列开通至中亚的跨境电商定制专列，力争2026年开行跨境电商专列30列以上。"),
    ("blind240/blind240_pingxiang_gonggao.pdf", "3．鲜活农产品、水果等时效性强的货物开通“绿色通道”，实行优先预约、优先查验、优先放行。"
                                                 "对经友谊关口岸进口、在凭祥综合保税区内开展分拨和加工的东盟水果，实行“入区即查、查验即放”。"),
])
def test_an_item_set_with_a_hanging_indent(path: str, text: str) -> None:
    """Regression: an item whose number stands flush and whose wrapped lines are indented under its text (Word's list
    style in a narrow column) was cut at each wrapped line: the indent read as a new paragraph's."""
    assert text in _texts(path)


@pytest.mark.parametrize("path,count", [("blind613/blind613_xiamen_huibian.docx", 10), ("blind613/blind613_xiamen_huibian.pdf", 10),
                                        ("blind613/blind613_chongqing_huibian.docx", 8),
                                        ("blind613/blind613_chongqing_huibian.pdf", 8)])
def test_a_policy_compilations_extracts(path: str, count: int) -> None:
    """Regression: a 惠企政策汇编 whose 目录 and text name each policy in quotes, numbered, its 文号 and （节选） after
    the title (1．《…》（节选） / （渝商务规〔2025〕4号）), the compiler's fields under it (发文机关：…　成文日期：…) and notes
    after it (【政策来源】…, 政策咨询：…), was read as one document: the 目录's titles in quotes named no 文种."""
    parsed = ingest_file(OFFICE / path)
    assert len(parsed.documents) == count
    first = parsed.documents[0]
    if "xiamen" in path:
        assert first.title == "厦门市进一步优化外商投资环境加大吸引外商投资力度若干措施"
        assert first.doc_number is not None and first.doc_number.text == "厦府办规〔2024〕9号"
        assert first.issuers == ("厦门市人民政府办公厅",) and first.signed == "2024-08-26"
    else:
        assert first.title == "重庆市外资研发中心认定和支持办法"
        # (the PDF reads the borderless grid of fields out of order: its organs are not asserted)
        assert path.endswith(".pdf") or first.issuers == ("重庆市商务委员会", "重庆市科学技术局", "重庆市财政局")
    if path != "blind613/blind613_chongqing_huibian.pdf":  # (whose grids and notes the PDF reads out of order)
        assert not any(c.text.startswith(("【政策来源】", "【适用对象】", "政策咨询：", "发文机关")) for c in parsed.clauses)


@pytest.mark.parametrize("path,member", [("blind617/blind617_yiwu_tongzhi.pdf", "市发展和改革局局长 骆志明"),
                                         ("blind493/blind493_nanning_tongzhi.docx", "市委网信办副主任 覃 静")])
def test_members_listed_post_first(path: str, member: str) -> None:
    """Regression: a 领导小组's members listed post first, a line each (市公安局副局长　韩　冰), were joined into one
    paragraph: only a list of names first (name, then post) was known."""
    assert member in _texts(path)
