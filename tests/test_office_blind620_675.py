"""Rounds 620–675, written by someone who had not read the reader (tests/data/office/blind620 … blind675, each made by
its make_blindNNN.py): a 价格听证 公告 and its report, a 大事记 and a 年鉴 entry, Korean–Chinese notices, a 下放 事项
清单, court 判决书 and 裁定书, a 培训班 notice with a QR code, tables with vertical cells, Tibetan–Chinese notices
(620–627); a 专报 and a 签报, 中欧班列 timetables, 规范性文件 with registration numbers, 一图读懂, credit lists,
目标责任书 and 督办, 境外经贸合作区 rules, 月报 and 周报 (628–635); 招标 notices, 修订对照表, 人才 guides, 应急预案,
横琴 notices in traditional characters, 12345 通报, forum invitations, 调研报告 (636–643); 事项 lists as forms, 名单 with
long names, 表彰 lists, nested 申报表, bilingual MOUs, a notice inside a 办文单, 整改 lists, 信函格式 (644–651);
监管场地 tables, open letters, AEO lists, 一张表, electronic seals, OA text exports, 批复 with the 请示, scanned
attachments (652–659); 联合公告 marks, tab-typed 分配表 (660–667); Russian and Vietnamese notices, 街道 and 镇
documents, content controls (668–675).
One test per fix; each failed before it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.text import other_script_out
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_OTHER = re.compile(r"[\uac00-\ud7af\u0600-\u06ff\u0f00-\u0fff]")


def test_a_tables_vertical_cells_read_whole() -> None:
    """Regression: a table's category cells set vertical (w:textDirection btLr, merged down the rows) were read in a
    PDF a character a line, out of order (阶段：年5 2）0月2（2段1阶 —署月部0 1动 启): each run of text turned a quarter
    is one word, read the way it runs."""
    texts = [c.text for c in ingest_file(OFFICE / "blind626" / "blind626_zhengzhou_fengong.pdf").clauses]
    stages = [t.split("\n")[0] for t in texts if t.startswith("阶段：")]
    assert stages[0] == "阶段：启动部署阶段（2025年10月—12月）"
    assert "阶段：攻坚突破阶段（2026年1月—6月）" in stages
    assert "阶段：常态推进" in stages


@pytest.mark.parametrize("path,title,number,level", [
    ("blind624/blind624_pudong_panjueshu.docx", "上海市浦东新区人民法院民事判决书", "（2025）沪0115民初58217号", "county"),
    ("blind624/blind624_pudong_panjueshu.pdf", "上海市浦东新区人民法院民事判决书", "（2025）沪0115民初58217号", "county"),
    ("blind624/blind624_nansha_caidingshu.docx", "广东自由贸易区南沙片区人民法院民事裁定书", "（2025）粤0115民初20486号", None),
])
def test_a_courts_judgment_under_its_name_and_case_number(path: str, title: str, number: str, level: str | None) -> None:
    """Regression: a court's 判决书 (上海市浦东新区人民法院 / 民 事 判 决 书 / （2025）沪0115民初58217号) was titled by
    the court alone, with no number and no issuer: a 案号 puts its year in brackets first, and 判决书 was no 文种."""
    doc = ingest_file(OFFICE / path).documents[0]
    assert doc.title == title
    assert doc.doc_number is not None and doc.doc_number.text == number
    assert doc.issuers == (title.removesuffix(title[-5:]),)
    if level:
        assert doc.level == level


def test_a_chronicle_titled_over_two_lines() -> None:
    """Regression: a 大事记 titled over two lines (…厦门片区 / 2025年大事记) kept its first line only."""
    doc = ingest_file(OFFICE / "blind621" / "blind621_xiamen_dashiji.docx").documents[0]
    assert doc.title == "中国（福建）自由贸易试验区厦门片区2025年大事记"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_korean_beside_the_chinese_of_a_mark(suffix: str) -> None:
    """Regression: a Korean–Chinese notice's 版头 set each organ's Korean name beside its Chinese one (延边朝鲜族自治州商务局
    연변조선족자치주상무국｜文件 문건): the mark was taken for the title. Words of another script beside Chinese ones are
    left out of the line, as a line in that script is."""
    result = ingest_file(OFFICE / "blind622" / f"blind622_yanbian_tongzhi{suffix}")
    doc = result.documents[0]
    assert doc.title == ("延边朝鲜族自治州商务局 珲春市人民政府关于进一步规范中俄朝边境互市贸易区运营管理推动边民互市贸易高质量发展"
                         "的通知")
    assert not any(_HANGUL.search(c.text) for c in result.clauses)


@pytest.mark.parametrize("path,header", [
    ("blind622/blind622_hunchun_gonggao.docx", "序号｜互市贸易点｜对应口岸｜开放时间"),
    ("blind627/blind627_jilong_gonggao.pdf", "序号｜互市贸易点名称｜所在位置｜开放时间｜主要交易商品"),
])
def test_a_header_cells_other_script_left_out(path: str, header: str) -> None:
    """Regression: a bilingual table's header cells (序号 번호, ཨང་རྟགས།序号) kept their Korean or Tibetan words, and
    so did every row's field names."""
    clauses = ingest_file(OFFICE / path).clauses
    assert next(c.text for c in clauses if c.kind == "table_header") == header


def test_a_uyghur_signature_run_on_after_its_date() -> None:
    """Regression: a Uyghur–Chinese notice printed to PDF ran the Uyghur signature on after the Chinese date, right to
    left (…2025年9月16日ىسىناخشىئ ەمىكھەم…), so the notice was dated nothing."""
    doc = ingest_file(OFFICE / "blind610" / "blind610_kashi_tongzhi.pdf").documents[0]
    assert doc.signed == "2025-09-16"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_start_proposed_is_not_the_documents(suffix: str) -> None:
    """Regression: a hearing report's proposal (建议市人民政府同意按上述建议标准调整…，自2026年7月1日起执行) was taken for
    the report's own start."""
    doc = ingest_file(OFFICE / "blind620" / f"blind620_qinzhou_baogao{suffix}").documents[0]
    assert doc.effective is None
    assert doc.signed == "2026-04-28"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_registration_number_beside_the_wenhao(suffix: str) -> None:
    """Regression: a Zhejiang 规范性文件's registration number beside its 文号 (ZJSP12-2026-0004　浙商务联发〔2026〕18号),
    under a joint mark, broke the 版头: the mark and the number were read into the title."""
    doc = ingest_file(OFFICE / "blind630" / f"blind630_zhejiang_tongzhi{suffix}").documents[0]
    assert doc.title == "浙江省商务厅 浙江省财政厅关于印发《浙江省跨境电子商务海外仓高质量发展扶持资金管理办法》的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "浙商务联发〔2026〕18号"
    assert doc.copy_number == "ZJSP12-2026-0004"


def test_a_responsibility_letter_titled_over_three_lines() -> None:
    """Regression: a 目标责任书 titled over three lines (…高质量发展 / 目标责任书 / （2026年度）) kept its first only: 责任书
    was no 文种."""
    doc = ingest_file(OFFICE / "blind633" / "blind633_zhengzhou_zerenshu.docx").documents[0]
    assert doc.title == "郑州市推进自贸片区高质量发展目标责任书（2026年度）"



@pytest.mark.parametrize("path,entries", [
    ("blind646/blind646_chengdu_jueding.pdf", ["成都国际铁路港经济技术开发区管理委员会投资服务局", "成都国际铁路港投资发展（集团）有限公司",
                                               "陈 静（四川天府新区成都管委会）", "杨光辉（青白江区人民政府）"]),
    ("blind267/blind267_pingxiang_jueding.pdf", ["国家税务总局凭祥市税务局第一税务分局", "广西凭祥恒通国际物流有限公司"]),
])
def test_a_list_of_units_a_line_each(path: str, entries: list[str]) -> None:
    """Regression: a 表彰's list of units or of persons with their units, set a line each in a PDF, was joined into one
    paragraph where the names ran near the width of the line."""
    texts = [c.text for c in ingest_file(OFFICE / path).clauses]
    for entry in entries:
        assert entry in texts


def test_a_title_over_a_spaced_out_word() -> None:
    """Regression: a title over a word spaced out to the line's width (2026丝路经贸合作论坛 / 日　　程) kept its first
    line only, and when joined kept the space (…论坛日 程)."""
    doc = ingest_file(OFFICE / "blind642" / "blind642_xian_richeng.docx").documents[0]
    assert doc.title == "2026丝路经贸合作论坛日程"


def test_a_joint_tonggao_numbered_under_its_mark() -> None:
    """Regression: a joint 通告 whose mark spaces out one organ's name (湛江市人民政府口岸办公室 / 湛　江　海　关 / 通　　告 /
    2026年第2号) is numbered as a joint 公告 is, its organs apart."""
    doc = ingest_file(OFFICE / "blind352" / "blind352_zhanjiang_tonggao.docx").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "湛江市人民政府口岸办公室 湛江海关通告2026年第2号"



@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_request_printed_after_its_reply(suffix: str) -> None:
    """Regression: a 批复 printed with the 请示 it answers after it, under 附：naming it (附：泉州市人民政府关于…的请示 /
    泉州市人民政府文件 / 泉政〔2026〕12号　签发人：… / title / 主送), was one document with it: 附： was known alone on its line
    only."""
    docs = ingest_file(OFFICE / "blind658" / f"blind658_quanzhou_pifu{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["闽政文〔2026〕37号", "泉政〔2026〕12号"]
    assert docs[1].title == "泉州市人民政府关于设立泉州跨境电商产业园的请示"


def test_an_open_letter_titled_over_two_lines() -> None:
    """Regression: an open letter titled over a soft break (青岛市商务局 / 致全市外贸企业的一封信) was titled by the organ:
    一封信 was no 文种."""
    doc = ingest_file(OFFICE / "blind653" / "blind653_qingdao_yifengxin.docx").documents[0]
    assert doc.title == "青岛市商务局致全市外贸企业的一封信"



@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_joint_announcements_mark_set_as_a_table(suffix: str) -> None:
    """Regression: a joint 公告's mark set as a table, each organ a row beside 联合公告 merged down them (海　关　总　署｜联合公告 /
    国家税务总局｜联合公告), was taken for the title; printed to PDF (海关总署 国家税务总局 联合公告), its 联合 was read as a third,
    empty issuer."""
    doc = ingest_file(OFFICE / "blind660" / f"blind660_quanguo_lianhegonggao{suffix}").documents[0]
    assert doc.title == "关于扩大综合保税区增值税一般纳税人资格试点范围的公告"
    assert doc.issuers == ("海关总署", "国家税务总局")
    assert doc.doc_number is not None and doc.doc_number.text == "海关总署 国家税务总局联合公告2026年第8号"


@pytest.mark.parametrize("path,row", [("blind661/blind661_henan_zijin.docx", "新郑市……………………………………310"),
                                      ("blind661/blind661_fujian_zijin.pdf", "闽侯县" + "." * 68 + "260")])
def test_a_dot_leader_row_is_a_line_of_its_own(path: str, row: str) -> None:
    """Regression: a 资金分配表 typed with tab stops and dot leaders (其中：巩义市………220 / 新郑市………310) ran its rows together,
    two or three to a paragraph."""
    texts = [c.text for c in ingest_file(OFFICE / path).clauses]
    assert row in texts



@pytest.mark.parametrize("path", ["blind670/blind670_guangzhou_sanyuanli_fangan.docx", "blind670/blind670_yiwu_futian_tongzhi.pdf"])
def test_a_street_offices_masthead(path: str) -> None:
    """Regression: a 街道办事处's 版头 (义乌市福田街道办事处 over 福街办〔2026〕9号) was read into the title with its number: an
    办事处 was no organ."""
    doc = ingest_file(OFFICE / path).documents[0]
    assert doc.title.endswith(("关于建设跨境电商直播基地的实施方案", "关于开展跨境电商直播基地首批入驻主体申报工作的通知"))
    assert doc.doc_number is not None and doc.doc_number.text in ("三元里街办发〔2026〕5号", "福街办〔2026〕9号")
    assert doc.issuers[0].endswith("街道办事处")


_MIXED = st.text(alphabet=st.sampled_from("延边商务局文件珲春市年月日〔〕号 \u3000｜，。0123456789연변조선족다ىسىناخشئ་རྟགས།"), max_size=40)


@given(_MIXED)
def test_other_script_words_out_keeps_every_chinese_character(line: str) -> None:
    """Leaving out words in another script never takes a Chinese character, and leaves a line without such words as
    it is."""
    out = other_script_out(line)
    assert _CHINESE.findall(out) == _CHINESE.findall(line)
    if not _OTHER.search(line):
        assert out == line
