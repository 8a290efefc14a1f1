"""Rounds 472–511, written by someone who had not read the reader (tests/data/office/blind472 … blind511, each made by
its make_blindNNN.py): 规范性文件清理结果, 文号 and dates typed every way, a PDF-to-Word converter's file, 审计结果公告,
a 调解中心's rules, notes and their marks, letters to the public, 产业指导目录 (472–479); 行政复议, 营商环境 通报,
转发 of a ministry's 公告, hand-formatted Word files, 证照分离 lists, forum packages, reports to the 人大常委会, two-column
sections (480–487); 应急预案, budgets, reviewers' comments and highlights, 警示通报, Gantt tables, leading groups, 收费公示,
visa-free guides (488–495); agreements, customs 公告, 常务会议纪要, WPS habits, cases, 名单, duty brackets and
formulas (496–503); later rounds 504–511 (portal lists, revision drafts, FAQs, summaries, 统计 forms,
copy-paste whitespace, 考核 results, 批复 with boundaries). One test per fix; each failed before it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.cleaners import note_marks_out
from bri_kb.ingest.text import ocr_misreads
from bri_kb.vocabulary import parse_doc_number
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_doc_number_whose_year_is_in_chinese_numerals(suffix: str) -> None:
    """Regression: 南自贸管发[二〇二六]3号 was no 文号 (its year in Chinese numerals), so the mark, the number and the
    title ran together into the title; and the adoption note's short name (南宁片区管委会) was the issuer over the
    落款's full one."""
    doc = ingest_file(OFFICE / "blind473" / f"blind473_nanning_shishixize.{suffix}").documents[0]
    assert doc.title == "中国（广西）自由贸易试验区南宁片区促进外商投资若干措施实施细则"
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.year) == ("南自贸管发〔二〇二六〕3号", 2026)
    assert doc.issuers == ("中国（广西）自由贸易试验区南宁片区管理委员会",)


def test_doc_numbers_as_small_offices_type_them() -> None:
    numbers = [parse_doc_number(t) for t in ("南自贸管发[二〇二六]3号", "青商务字【2026】15号", "渝口岸物流函(2026)23号")]
    assert [(n.text, n.year) for n in numbers if n] == [
        ("南自贸管发〔二〇二六〕3号", 2026), ("青商务字〔2026〕15号", 2026), ("渝口岸物流函〔2026〕23号", 2026)]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_mediation_centre_is_an_organ_with_a_mark(suffix: str) -> None:
    """Regression: a 国际商事调解中心's red name over its number (南沙商调公告〔2026〕1号) was no 版头, so both ran into
    the title, and the centre signing it was no issuer."""
    doc = ingest_file(OFFICE / "blind476" / f"blind476_nansha_gonggao.{suffix}").documents[0]
    assert doc.title == "关于发布《中国（广东）自由贸易试验区南沙片区国际商事调解中心调解规则》的公告"
    assert doc.doc_number is not None and doc.doc_number.text == "南沙商调公告〔2026〕1号"
    assert doc.issuers == ("中国（广东）自由贸易试验区南沙片区国际商事调解中心",)


def test_a_rules_note_naming_the_centres_council_short_names_no_issuer() -> None:
    """Regression: （…中心第二届理事会第三次会议审议通过…） gave 中心理事会 as the rules' issuer."""
    doc = ingest_file(OFFICE / "blind476" / "blind476_nansha_guize.docx").documents[0]
    assert "中心理事会" not in doc.issuers


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_audit_offices_results_announcement(suffix: str) -> None:
    """Regression: 厦门市审计局审计结果公告 / 2026年第3号 gave the issuer 厦门市审计局审计结果 (the 公告's kind taken
    for part of the organ's name)."""
    doc = ingest_file(OFFICE / "blind475" / f"blind475_xiamen_gonggao.{suffix}").documents[0]
    assert doc.issuers == ("厦门市审计局",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_note_marks_are_not_part_of_the_text(suffix: str) -> None:
    """Regression: notes' marks, raised (…负面清单²，), raised in brackets (…备案的135家[¹]。) or typed in brackets
    (…压缩约30%[2]。), stayed in the clauses' text, and the title of a 解读 carried its footnote's mark."""
    texts = [c.text for c in ingest_file(OFFICE / "blind477" / f"blind477_tianjin_baogao.{suffix}").clauses]
    assert any(t.endswith("完成个人信息出境标准合同备案的135家。") for t in texts)
    assert any(t.endswith("平均通关时间较2023年压缩约30%。") for t in texts)
    texts = [c.text for c in ingest_file(OFFICE / "blind477" / f"blind477_fujian_tongzhi.{suffix}").clauses]
    assert any("研究制定自贸试验区数据出境负面清单，报省网络安全" in t for t in texts)
    assert any("（机房面积约1.2万m²）" in t for t in texts)  # (a unit's power stays)
    doc = ingest_file(OFFICE / "blind477" / f"blind477_lingang_jiedu.{suffix}").documents[0]
    assert doc.title.endswith("政策解读")


def test_note_marks_out() -> None:
    assert note_marks_out("要素。²近年来") == "要素。近年来"
    assert note_marks_out("负面清单 ²，报") == "负面清单，报"
    assert note_marks_out("约30%[²]。") == "约30%。"
    assert note_marks_out("1.2万m²，10⁴吨") == "1.2万m²，10⁴吨"
    assert note_marks_out("[1]数据来源于") == "[1]数据来源于"  # (a note's own number, at the line's start)


@given(st.text(alphabet="家服务。，%m 2¹²³⁴[]［］1万", max_size=30))
def test_note_marks_out_is_done_once_and_keeps_what_is_no_mark(text: str) -> None:
    once = note_marks_out(text)
    assert note_marks_out(once) == once
    assert once.count("m²") >= text.count("m²") and [c for c in once if c in "家服务。，%"] == \
        [c for c in text if c in "家服务。，%"]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_study_in_a_decision_bulletin(suffix: str) -> None:
    """Regression: 天津自贸试验区决策参考 / 2025年第6期（总第38期） / 天津市商务局编 date over a study was no
    bulletin's head: its lines were the title, no issuer; and the study's authors (天津市商务局课题组) a clause."""
    parsed = ingest_file(OFFICE / "blind477" / f"blind477_tianjin_baogao.{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "天津自贸试验区跨境数据流动便利化政策研究报告"
    assert doc.issuers == ("天津市商务局",) and doc.published == "2025-09-26"
    authors = next(c for c in parsed.clauses if c.text == "天津市商务局课题组")
    assert authors.kind == "signature"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_companys_letterhead_over_its_number(suffix: str) -> None:
    """Regression: a 中欧班列 company's letterhead over its 文号, then 感　谢　信: the company's name was the title and
    no one issued it."""
    doc = ingest_file(OFFICE / "blind478" / f"blind478_zhengzhou_ganxiexin.{suffix}").documents[0]
    assert doc.title == "感谢信"
    assert doc.issuers == ("河南豫欧国际班列运营有限公司",)


def test_an_industry_code_is_not_an_ocr_misread() -> None:
    """Regression: （I6510、I6450）, industries' codes, read as OCR's 1 for I: （16510、16450）."""
    assert ocr_misreads("服务（I6510、I6450）") == "服务（I6510、I6450）"
    assert ocr_misreads("产值l.2亿元，I万标箱") == "产值1.2亿元，1万标箱"
    texts = [c.text for c in ingest_file(OFFICE / "blind479" / "blind479_xiamen_gonggao.docx").clauses]
    assert any("（I6510）" in t for t in texts)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_announcement_whose_mark_is_a_table(suffix: str) -> None:
    """Regression: three organs' names in a borderless table's rows beside 公告 in a cell merged down: the Word file
    repeats 公告 on every row (钦州市商务局｜公告), which was no joint 公告's head, so its first row was the title; in
    the PDF, the large 公告 joined the two letter-spaced rows it spans into one, read across character by character
    (钦中国（州广西市）…)."""
    doc = ingest_file(OFFICE / "blind479" / f"blind479_qinzhou_gonggao.{suffix}").documents[0]
    assert doc.title == "关于发布《中国（广西）自由贸易试验区钦州港片区鼓励类产业目录（2026年版）》的公告"
    assert doc.issuers == ("钦州市发展和改革委员会", "钦州市商务局", "中国（广西）自由贸易试验区钦州港片区管理委员会")


def test_a_converters_running_headers_among_the_lines() -> None:
    """Regression: a PDF-to-Word converter's file, every printed line a paragraph, printed the shortened title under
    each page's number (— 3 —): it stayed in the text, and mid-sentence."""
    texts = [c.text for c in ingest_file(OFFICE / "blind474" / "blind474_henan_yijian_pdf2word.docx").clauses]
    assert not any("关于推进中欧班列（中豫号）高质量发展的实施意见" in t for t in texts)
    assert any(t.startswith("（七）培育枢纽经济产业集群。围绕汽车及零部件、电子信息、装备制造") for t in texts)


def test_codes_in_brackets_moved_whole_to_the_next_line() -> None:
    """Regression: LibreOffice moved （9610、9710、9810、1210） whole to the next line, leaving the line above short:
    the sentence was cut there."""
    texts = [c.text for c in ingest_file(OFFICE / "blind473" / "blind473_qingdao_tongzhi.pdf").clauses]
    assert any("通过海关跨境电商监管方式（9610、9710、9810、1210）开展进出口业务" in t for t in texts)


@pytest.mark.parametrize("name", ["blind486_henan_baogao.docx", "blind486_henan_baogao.pdf", "blind486_guangxi_baogao.docx",
                                  "blind486_guangxi_baogao.pdf"])
def test_a_governments_report_to_the_congress(name: str) -> None:
    """Regression (round 486): a report on a 条例's implementation, given by the vice governor: the subtitle saying when
    and where (——2026年3月26日在…常务委员会第二十二次会议上) was no subtitle when a PDF wrapped it past eight characters or
    when it ran past forty, so it gave no date and no issuer and its lines, the speaker's and the salutation were
    clauses; and the 条例's own start, as the report recounts it (《条例》于…审议通过，自2022年3月1日起施行), was the
    report's."""
    parsed = ingest_file(OFFICE / "blind486" / name)
    doc = parsed.documents[0]
    assert doc.issuers[0].endswith("人民政府") and doc.signed in ("2026-03-26", "2026-05-27")
    assert doc.effective is None
    assert not any("会议上" in c.text[:60] or c.text.startswith("主任、各位副主任") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_decision_signed_over_its_seals_note(suffix: str) -> None:
    """Regression (round 480): 厦门市人民政府 / （行政复议专用章） / 2026年3月18日: the note where the seal goes broke
    the 落款, so the organ's name and the note were clauses and the PDF's decision had no issuer."""
    parsed = ingest_file(OFFICE / "blind480" / f"blind480_xiamen_fuyijueding.{suffix}")
    assert parsed.documents[0].issuers == ("厦门市人民政府",)
    assert [c.kind for c in parsed.clauses[-3:]] == ["signature"] * 3


def test_highlighted_words_in_a_pdf_are_text() -> None:
    """Regression (round 490): words a reviewer highlighted (yellow boxes filled behind them, no sides drawn) were
    fenced into a 'table' of their boxes' sides and lost: …本地产业基础，于2025年10月31日前将… read …基础，前将…."""
    texts = [c.text for c in ingest_file(OFFICE / "blind490" / "blind490_fuzhou_tongzhi.pdf").clauses]
    assert any("要结合本地产业基础，于2025年10月31日前将本地区跨境电商重点企业名单" in t for t in texts)
    texts = [c.text for c in ingest_file(OFFICE / "blind461" / "blind461_fuzhou_tongzhi.pdf").clauses]
    assert any("面积在5000平方米以上、服务本市企业数量达到20家以上的" in t for t in texts)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_border_inspection_station_in_a_joint_mark(suffix: str) -> None:
    """Regression (round 495): 天津出入境边防检查总站 was no organ's name, so the joint mark's second row
    (…检查总站｜文件) was the title and the station no issuer."""
    doc = ingest_file(OFFICE / "blind495" / f"blind495_tianjin_gonggao.{suffix}").documents[0]
    assert doc.title == "关于天津口岸实施240小时过境免签政策有关事项的公告"
    assert doc.issuers == ("天津市人民政府口岸服务办公室", "天津出入境边防检查总站")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_companys_mark_with_wenjian(suffix: str) -> None:
    """Regression (round 494): 西安陆港班列运营有限公司文件 over its 文号 was no mark: mark, number and title ran
    together into the title, with no 文号 and no issuer."""
    doc = ingest_file(OFFICE / "blind494" / f"blind494_xian_gongshi.{suffix}").documents[0]
    assert doc.title.startswith("西安陆港班列运营有限公司关于中欧班列（西安）")
    assert doc.doc_number is not None and doc.doc_number.text == "陆港班列发〔2025〕47号"
    assert doc.issuers == ("西安陆港班列运营有限公司",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_standing_meetings_minutes_under_its_count(suffix: str) -> None:
    """Regression (round 498): 赣州市人民政府常务会议纪要 / 第 58 次 / the office and its date / the full title was no
    纪要's head (第58次 was no number a head knew): the mark was the title, the count and the full title clauses."""
    parsed = ingest_file(OFFICE / "blind498" / f"blind498_ganzhou_jiyao.{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "赣州市人民政府第58次常务会议纪要（摘要）" and doc.published == "2026-03-12"
    assert parsed.clauses[0].text.startswith("2026年3月10日上午，市长陈立新主持召开")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_revision_draft_for_comment(suffix: str) -> None:
    """Regression (round 505): a 条例's title over （修订草案征求意见稿） lost that line (no draft the title reader knew),
    and the note under it, （福建省人民代表大会法制委员会2026年3月20日提出）, gave neither the committee nor the day."""
    doc = ingest_file(OFFICE / "blind505" / f"blind505_fujian_xiudingcaoan.{suffix}").documents[0]
    assert doc.title == "中国（福建）自由贸易试验区条例（修订草案征求意见稿）"
    assert doc.issuers == ("福建省人民代表大会法制委员会",) and doc.published == "2026-03-20"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_congress_committees_working_body_is_one_organ(suffix: str) -> None:
    """Regression (round 505): 南宁市人民代表大会常务委员会 法制工作委员会 (the title's organs, the 落款's two lines) were
    two issuers."""
    doc = ingest_file(OFFICE / "blind505" / f"blind505_nanning_gonggao.{suffix}").documents[0]
    assert doc.issuers == ("南宁市人民代表大会常务委员会法制工作委员会",)
