"""Rounds 939 onwards of this stop, written by someone who had not read the reader (tests/data/office/blind939 …, each
made by its make_blindNNN.py): an assessment 通报 of a zone's innovations and a city's forwarding notice; 实施细则
issued by cities; a 综合保税区's 批复, the province's notice and the city's 请示; 中欧班列 subsidy allocations; a
county's project 通报 and report; a forum's 会议通知 and its 补充通知; 征求意见 letters with 修订对照表; answers to
requests for government information (939–946); customs and market decisions; a province's 令 and its copy on a
gazette's site; 纪要 of a joint working group; 公示 of overseas zones; a city's plan; statistics letters and reports;
lists of powers; delegations' 公示 and their report (947–954); overseas warehouses; fee adjustments; a State Council
reply letter; a city's work report and its reading; customs 公告; 简报 issues; work plans; a legislature's decision and
the 说明 on its draft (955–962); forwarding chains; a six-ministry 公告 and its goods list; service guides;
administrative review decisions; memoranda with a partner country; performance reports; a zone's credit rules; a
外事办's yearly report (963–970); fair subsidies; a State Council 批复 with its plan from a ministry's site; a
city's measures and their gazette reprint; 工作要点 and a group's members; complaints; a joint 厅字 notice; maritime and
port 通告; answers to deputies' and members' proposals (971–978); innovation cases; cooperation-zone statistics;
border-zone 批复 and staffing plans; negative-list 说明; coordinated-innovation zones; export-insurance subsidies; 中欧班列
reports; customs AEO lists and credit notices (979–986).
One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.vocabulary import Kind
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_second_notice_under_a_joint_mark_with_its_word_between(suffix: str) -> None:
    """Regression: a second notice of two 厅 after the first's 版记, its joint mark's 文件 in a text box between the
    organs (江西省财政厅 / 文件 / 江西省商务厅 / 赣财贸指〔2026〕13号), was read into the first (Word), or started at 文件
    with the mark and number in its title (PDF: the first organ, atop a page, and the 印发 line the two notices share
    were dropped as a running header and footer)."""
    docs = ingest_file(OFFICE / "blind942" / f"blind942_jiangxi_liangtong{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["赣财贸指〔2026〕12号", "赣财贸指〔2026〕13号"]
    assert docs[1].title == "江西省财政厅 江西省商务厅关于收回2025年度中欧班列运营补贴结余资金的通知"
    assert docs[1].issuing_mark == "江西省财政厅 江西省商务厅文件"
    assert docs[0].published == "2026-02-28"  # (the 版记's 印发 line, kept)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_answer_titled_under_its_organs_name(suffix: str) -> None:
    """Regression: 郑州市商务局 / 政府信息公开申请答复书 / 郑商信答〔2026〕第15号 was titled 政府信息公开申请答复书 alone, the
    organ over it taken for a letterhead; over its number (as 591 prints it) the organ stays the letterhead."""
    docs = ingest_file(OFFICE / "blind946" / f"blind946_zhengzhou_two{suffix}").documents
    assert [d.title for d in docs] == ["郑州市商务局政府信息公开申请答复书"] * 2
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["郑商信答〔2026〕第15号", "郑商信答〔2026〕第16号"]
    letterhead = ingest_file(OFFICE / "blind591" / f"blind591_nansha_dafushu{suffix}").documents[0]
    assert letterhead.title == "政府信息公开申请答复书"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_attachment_quoting_two_articles_of_a_law(suffix: str) -> None:
    """Regression: an answer's 附件 quoting two articles of a law (《…政府信息公开条例》 / 相关条款摘录 / 第十五条… /
    第三十六条…（一）…（七）) was read as items, 第三十六条's 项 apart from it; and the title's second line was a clause."""
    clauses = ingest_file(OFFICE / "blind946" / f"blind946_kunming_ftz{suffix}").clauses
    article = next(c for c in clauses if c.label == "第三十六条")
    assert article.kind == Kind.ARTICLE
    assert "（一）所申请公开信息已经主动公开的" in article.text and "（七）所申请公开信息属于工商" in article.text
    assert not any(c.text == "相关条款摘录" for c in clauses)
    heading = next(c for c in clauses if c.kind == Kind.HEADING and "摘录" in c.text)
    assert heading.text.replace("\n", "").endswith("《中华人民共和国政府信息公开条例》相关条款摘录")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_article_typed_with_no_space_after_its_number(suffix: str) -> None:
    """Regression: 第十二条对负面清单以外的…, typed with no space after its number, was read into 第十一条."""
    clauses = ingest_file(OFFICE / "blind948" / f"blind948_hlj_gongbao{suffix}").clauses
    articles = [c.label for c in clauses if c.kind == Kind.ARTICLE]
    assert articles == [f"第{n}条" for n in "一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七".split()]
    assert next(c for c in clauses if c.label == "第十一条").text.endswith("国别地区等情况。")


def test_a_dateline_whose_font_tools_a_pdf_wrapped() -> None:
    """Regression: a gazette page's dateline (…浏览次数：1862 【字体：大中 / 小】) wrapped in the PDF, and its last line
    hid the 令 under it: no number, and the 来源's 办公厅 taken for the issuer."""
    doc = ingest_file(OFFICE / "blind948" / "blind948_hlj_gongbao.pdf").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "黑龙江省人民政府令第11号"
    assert doc.issuers == ("黑龙江省人民政府",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_joint_mark_beside_its_upright_word_under_an_internal_mark(suffix: str) -> None:
    """Regression: 000012 / 内部 / 义乌市商务局 … 中共…办公室 beside an upright 文件 in a merged cell: 内部 was taken for an
    issuer (Word); in the PDF the large 文件 beside the names was read as the body, the page's text as a box beside it,
    and the head came after the body (title 文件, no number)."""
    doc = ingest_file(OFFICE / "blind954" / f"blind954_yiwu_chufang_baogao{suffix}").documents[0]
    assert doc.title == "关于义乌市赴哈萨克斯坦、乌兹别克斯坦经贸交流团出访情况的报告"
    assert doc.doc_number is not None and doc.doc_number.text == "义商〔2026〕38号"
    assert doc.issuers == ("义乌市商务局", "中共义乌市委外事工作委员会办公室")
    assert doc.secrecy == "内部"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_partys_fields_with_bracketed_labels(suffix: str) -> None:
    """Regression: a decision's party fields, 住所（主要经营场所）：…806号 / 法定代表人（负责人、经营者）：赵思远, were one
    clause (the address, unpunctuated, ran on)."""
    texts = [c.text for c in ingest_file(OFFICE / "blind947" / f"blind947_qingbaijiang_buyu{suffix}").clauses]
    assert "法定代表人（负责人、经营者）：赵思远" in texts
    assert any(t.startswith("住所（主要经营场所）：") and t.endswith("806号") for t in texts)


def test_the_sentence_under_a_minutes_attendance_list() -> None:
    """Regression: the 纪要's sentence under its 出席 line (2026年3月12日，联合工作组…现纪要如下：), the list taken out as
    who attended, ran on into the 主持 line above it in the PDF."""
    texts = [c.text for c in ingest_file(OFFICE / "blind949" / "blind949_jiangsu_uae_jiyao.pdf").clauses]
    assert "主持：周立新（江苏省商务厅副厅长）、赛义夫·马哈茂德（哈利法经济区首席执行官）" in texts
    assert any(t.startswith("2026年3月12日，联合工作组第三次全体会议") for t in texts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_bulletin_is_titled_by_its_mark_its_number_apart(suffix: str) -> None:
    """Regression: a 简报 was titled by its mark and number (自贸试验区工作简报 第3期（总第27期）) and numbered without its
    running count (第3期)."""
    docs = ingest_file(OFFICE / "blind960" / f"blind960_xiamen_jianbao_heding{suffix}").documents
    assert [d.title for d in docs] == ["自贸试验区工作简报"] * 2
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["第3期（总第27期）", "第4期（总第28期）"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_congress_standing_committee_is_one_organ_whatever_its_session(suffix: str) -> None:
    """Regression: a decision its 公告 published (云南省第十四届人民代表大会 / 常务委员会公告 / 第19号) was issued by
    云南省第十四届人民代表大会常务委员会, as the 公告's mark names it, not by the committee that signs it."""
    doc = ingest_file(OFFICE / "blind962" / f"blind962_yunnan_jueding{suffix}").documents[0]
    assert doc.issuers == ("云南省人民代表大会常务委员会",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_explanation_given_by_a_committees_chair(suffix: str) -> None:
    """Regression: a 说明 on a draft given by 云南省人民代表大会财政经济委员会主任委员 had no issuer (主任委员 was no post)."""
    doc = ingest_file(OFFICE / "blind962" / f"blind962_yunnan_shuoming{suffix}").documents[0]
    assert doc.issuers == ("云南省人民代表大会财政经济委员会",)
    assert doc.signed == "2026-01-14"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_work_report_in_part_under_a_sessions_mark(suffix: str) -> None:
    """Regression: 政府工作报告 / （摘要） under a session's mark: （摘要）, the dated subtitle and the mayor's byline were
    clauses, and the report had no issuer and no date."""
    parsed = ingest_file(OFFICE / "blind958" / f"blind958_baogao{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "政府工作报告（摘要）"
    assert doc.issuers == ("南宁市人民政府",) and doc.signed == "2026-01-13"
    assert not any(c.text in ("（摘要）", "南宁市市长 韦国栋") or c.text.startswith("——") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_six_ministries_announcement_named_short_in_its_mark(suffix: str) -> None:
    """Regression: six ministries one a line over 公告 (商务部 / 国家发展改革委 / … / 市场监管总局 / 公告 / 2026年第18号)
    were no head past the fourth (title 商务部, Word); in the PDF two of them on one line were one organ. Their 落款
    names them in full, over two lines: those are the issuers."""
    doc = ingest_file(OFFICE / "blind964" / f"blind964_lianhe_gonggao{suffix}").documents[0]
    assert doc.title.startswith("关于扩大跨境电子商务零售进口试点城市范围") and doc.title.endswith("商品清单的公告")
    assert doc.doc_number is not None and doc.doc_number.text.endswith("市场监管总局公告2026年第18号")
    assert doc.issuers == ("商务部", "国家发展和改革委员会", "财政部", "海关总署", "国家税务总局", "国家市场监督管理总局")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_memorandum_signed_on_a_day_written_in_hanzi(suffix: str) -> None:
    """Regression: 本备忘录于二〇二六年三月十八日在万象签署 gave no date (only figures were read), so 自双方签字之日起生效
    gave no 施行; and in the PDF its title's break before the second party (…商务厅 / 与老挝…) made an issuer 与老挝…."""
    doc = ingest_file(OFFICE / "blind967" / f"blind967_yn_mou{suffix}").documents[0]
    assert (doc.signed, doc.effective) == ("2026-03-18", "2026-03-18")
    assert doc.issuers == ("中华人民共和国云南省商务厅", "老挝人民民主共和国工业与贸易部")


def test_a_joint_mark_beside_its_word_a_space_apart() -> None:
    """Regression: 中国（浙江）自由贸易试验区 文 / 宁波片区管理委员会 件 (the PDF of a mark beside its big 文件) was no mark:
    the title was 中国（浙江）自由贸易试验区 文."""
    doc = ingest_file(OFFICE / "blind965" / "blind965_ningbo_tongzhi.pdf").documents[0]
    assert doc.issuing_mark == "中国（浙江）自由贸易试验区宁波片区管理委员会文件"
    assert doc.title.startswith("中国（浙江）自由贸易试验区宁波片区管理委员会关于印发")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_service_guide_under_its_item_code(suffix: str) -> None:
    """Regression: a guide's item code in its corner (事项编码：450700-ZMQ-XK-0117) opened its title; and its 施行 sentence
    (本指南自2026年4月1日起执行。) ran on from the complaints line above it."""
    parsed = ingest_file(OFFICE / "blind965" / f"blind965_qinzhou_sheli{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "中国（广西）自由贸易试验区钦州港片区外商投资企业设立登记办事指南（2026年版）"
    assert doc.effective == "2026-04-01"
    texts = [c.text for c in parsed.clauses]
    assert "本指南自2026年4月1日起执行。" in texts and "监督投诉：0777-3695018；12345政务服务便民热线" in texts


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_decisions_parties_labelled_with_spaces(suffix: str) -> None:
    """Regression: a complaint decision's parties (投 诉 人：… / 统一社会信用代码：… / 住 所：… / 法定代表人：…) ran
    together: a line each that ends unpunctuated, its label spaced out, was read as a table's cells."""
    texts = [c.text for c in ingest_file(OFFICE / "blind975" / f"blind975_kunming_jueding{suffix}").clauses]
    assert "负 责 人：杨明辉，局长" in texts
    assert any(t.startswith("住 所：") and t.endswith("顺通大道99号") for t in texts)
    assert any(t.startswith("法定代表人：颂猜") for t in texts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_replys_class_beside_its_number_under_a_letterhead(suffix: str) -> None:
    """Regression: 四川省商务厅 / 答复类别：A类⇥川商建〔2026〕47号 / 签发人：… was no head: the title was the organ's name
    (and in the PDF, A 类 spaced, the number began 类)."""
    doc = ingest_file(OFFICE / "blind978" / f"blind978_sc_rendai{suffix}").documents[0]
    assert doc.title == "四川省商务厅关于省十四届人大四次会议第1128号代表建议答复的函"
    assert doc.doc_number is not None and doc.doc_number.text == "川商建〔2026〕47号"
    assert doc.reply_class == "A类"


def test_a_joint_notice_whose_word_falls_between_its_organs() -> None:
    """Regression: 连云港市交通运输局 / 通告 / 连云港市公安局 / 连交通告〔2026〕2 号 (the PDF of a joint head set as a
    table, numbered by a 文号) was titled 连云港市交通运输局通告."""
    doc = ingest_file(OFFICE / "blind977" / "blind977_lyg_lianhe_tonggao.pdf").documents[0]
    assert doc.title.startswith("关于连云港港至达曼、杰贝阿里国际集装箱航线开通期间")
    assert doc.doc_number is not None and doc.doc_number.text == "连交通告〔2026〕2号"
    assert doc.issuers == ("连云港市交通运输局", "连云港市公安局")


def test_a_gazettes_column_over_its_first_document() -> None:
    """Regression: a 公报's column label (部门文件) over the first document opened its title and its first issuer."""
    doc = ingest_file(OFFICE / "blind973" / "blind973_gongbao.docx").documents[0]
    assert doc.title == "泉州市商务局 泉州市财政局关于实施2026年外贸稳增长若干措施的通知"
    assert doc.issuers == ("泉州市商务局", "泉州市财政局")


def test_a_ministrys_site_banner_over_its_breadcrumb() -> None:
    """Regression: a ministry site's banner (中华人民共和国商务部　Ministry of Commerce of …) over its breadcrumb was taken
    for the title of the State Council's 批复 under it."""
    doc = ingest_file(OFFICE / "blind972" / "blind972_sichuan_kuoqu.docx").documents[0]
    assert doc.title == "国务院关于中国（四川）自由贸易试验区扩展区域总体方案的批复"
    assert doc.doc_number is not None and doc.doc_number.text == "国函〔2026〕61号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_title_whose_last_line_opens_with_de(suffix: str) -> None:
    """Regression: …特别管理措施（负面清单） / 的说明: the title stopped at the bracketed 清单, and 的说明 opened its 主送."""
    doc = ingest_file(OFFICE / "blind982" / f"blind982_fumian_shuoming{suffix}").documents[0]
    assert doc.title == "关于在中国（四川）自由贸易试验区实施外商投资准入特别管理措施（负面清单）的说明"
    assert doc.addressees is not None and doc.addressees.startswith("各市（州）商务主管部门")


def test_a_notices_company_fields_a_line_each() -> None:
    """Regression: a customs notice's fields on the firm (企业名称：… / 海关编码：…), a line each, ran together in the PDF."""
    texts = [c.text for c in ingest_file(OFFICE / "blind986" / "blind986_nn_gaozhi_liangfen.pdf").clauses]
    assert "企业名称：广西凭祥友谊关通达进出口贸易有限公司" in texts and "海关编码：4514960327" in texts
