"""Rounds 716–747, written by someone who had not read the reader (tests/data/office/blind716 … blind747, each made by
its make_blindNNN.py): a 贺信, a 致辞 and a 感谢信; 部令; 一次性告知单 set out in tables; joint notices of ten to twelve
organs; 党委 and 政府 joint office notices; statistics releases with a chart; 留言答复 compilations; an 进博会 notice
(716–723); then 活动方案, 大赛 公告, 推荐 notices, 风险预警, 统计报表制度, 应急预案, 批转 and 培训班 notices (724–731);
资金下达 notices, 境外投资 certificates, a bilingual 备忘录, 三定 规定, 招标公告, 通报表扬, 海关 公告s and 常务会议纪要
(732–739); 双随机 抽查 公示, an Excel 台账, a 地方标准, a 申报书 template, a 清理 决定, a 绩效评价报告, a 海关 AEO 公告 and
政协提案 答复 (740–747).
One test per fix; each failed before it, but for two that guard a step taken while building (their docstrings say so)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.clean import Line
from bri_kb.ingest.joint_marks import organs_run_together, tall_mark
from bri_kb.ingest.workbook import book_notes
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"

_SHAANXI = ("陕西省商务厅", "陕西省发展和改革委员会", "陕西省财政厅", "陕西省交通运输厅", "陕西省自然资源厅",
            "陕西省工业和信息化厅", "陕西省市场监督管理局", "中国人民银行陕西省分行", "国家金融监督管理总局陕西监管局",
            "西安海关", "国家税务总局陕西省税务局", "中国铁路西安局集团有限公司")


@pytest.mark.parametrize("path,title,number", [
    ("blind719/blind719_shaanxi_tongzhi.docx", "陕西省商务厅等十二部门关于推动中欧班列（长安号）高质量发展的若干措施的通知",
     "陕商发〔2026〕37号"),
    ("blind719/blind719_shaanxi_tongzhi.pdf", "陕西省商务厅等十二部门关于推动中欧班列（长安号）高质量发展的若干措施的通知",
     "陕商发〔2026〕37号"),
    ("blind719/blind719_henan_tongzhi.docx", "河南省商务厅等十一部门关于推动中欧班列（中豫号）高质量发展的若干措施的通知",
     "豫商开放〔2026〕4号"),
    ("blind719/blind719_henan_tongzhi.pdf", "河南省商务厅等十一部门关于推动中欧班列（中豫号）高质量发展的若干措施的通知",
     "豫商开放〔2026〕4号"),
    ("blind719/blind719_hubei_tongzhi.pdf", "湖北省商务厅等10部门关于推动中欧班列（武汉）高质量发展的若干措施的通知",
     "鄂商务发〔2025〕28号"),
])
def test_a_dozen_organs_mark_over_the_number(path: str, title: str, number: str) -> None:
    """Regression: a joint mark of ten to twelve organs, one a row beside 文件 (a cell merged down them, which Word repeats
    on each row; a PDF reads the big 文件 into the middle row, that row's names run together), was read as its first
    organ's mark: the second organ's row was taken for the title and the 文号, past the twelfth line, was not read."""
    doc = ingest_file(OFFICE / path).documents[0]
    assert doc.title == title
    assert doc.doc_number is not None and doc.doc_number.text == number
    if "shaanxi" in path:
        assert doc.issuers == _SHAANXI


def test_organs_run_together_are_split_where_the_next_opens_with_a_place() -> None:
    """The middle row of a tall joint mark as a PDF reads it: names split where the next opens with a place, not
    inside an organ's branch in a place (中国人民银行河南省分行 is one)."""
    assert organs_run_together("河南省工业和信息化厅河南省自然资源厅郑州海关") == [
        "河南省工业和信息化厅", "河南省自然资源厅", "郑州海关"]
    for one in ("中国人民银行河南省分行", "国家税务总局河南省税务局", "国家金融监督管理总局河南监管局", "中国铁路郑州局集团有限公司"):
        assert organs_run_together(one) == [one]
    assert organs_run_together("各设区市人民政府，杨凌示范区管委会") == []


def test_a_tall_mark_needs_its_number_and_its_word() -> None:
    """Three organs or more one a line with 文件 beside them, then the 文号: a mark; the same organs over a title (a
    signature's list, a 抄送 line) are none."""
    rows = ["陕西省商务厅｜文件", "陕西省财政厅｜文件", "西安海关｜文件", "陕商发〔2026〕37号", "关于…的通知"]
    assert tall_mark([Line(n, t) for n, t in enumerate(rows)], 0) == (3, "陕西省商务厅 陕西省财政厅 西安海关文件")
    plain = ["陕西省商务厅", "陕西省财政厅", "西安海关", "陕商发〔2026〕37号"]
    assert tall_mark([Line(n, t) for n, t in enumerate(plain)], 0) == (0, "")
    titled = ["陕西省商务厅｜文件", "陕西省财政厅｜文件", "西安海关｜文件", "关于推动中欧班列发展的通知"]
    assert tall_mark([Line(n, t) for n, t in enumerate(titled)], 0) == (0, "")


@given(st.lists(st.sampled_from(["河南省商务厅", "郑州海关", "河南省财政厅", "中国人民银行河南省分行",
                                 "河南省发展和改革委员会", "国家税务总局河南省税务局"]), min_size=1, max_size=4))
def test_organs_run_together_only_split(names: list[str]) -> None:
    """Property: splitting never loses, adds or reorders a character."""
    text = "".join(names)
    assert "".join(organs_run_together(text)) in ("", text)


@pytest.mark.parametrize("path,title", [
    ("blind716/blind716_shaanxi_hexin.docx", "陕西省人民政府致中欧班列（西安）开行第10000列的贺信"),
    ("blind716/blind716_xian_ganxiexin.docx", "西安市商务局致陕西丝路通达国际物流有限公司的感谢信"),
])
def test_a_letter_of_congratulation_is_titled_by_its_two_lines(path: str, title: str) -> None:
    """Regression: a 贺信 titled over two lines (陕西省人民政府 / 致…的贺信) was titled by the organ alone, the rest a
    clause: 贺信, 感谢信 and 慰问信 named no 文种."""
    result = ingest_file(OFFICE / path)
    assert result.documents[0].title == title
    assert not any(c.text.startswith("致") for c in result.clauses)


def test_a_tables_source_under_its_notes_is_no_notes_text() -> None:
    """Regression: the source line under a table's notes (注： / 1.… / 2.表中增速按可比口径计算。 / 数据来源：…) was read
    as the text of the last note."""
    clauses = [c.text for c in ingest_file(OFFICE / "blind721" / "blind721_henan_shuju.docx").clauses]
    assert "2.表中增速按可比口径计算。" in clauses
    assert "数据来源：郑州海关、河南省商务厅、河南省统计局。" in clauses


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_form_tables_nested_list_is_a_table_of_its_own(suffix: str) -> None:
    """Regression: a 告知单's 申请材料 row holding a table of its own (序号 / 材料名称 / 份数 / 材料形式 / 备注) was read as
    one cell, all its rows run together; and a second 告知单 after the first's 落款 was part of the first."""
    result = ingest_file(OFFICE / "blind718" / f"blind718_nansha_gaozhidan{suffix}")
    assert [d.title for d in result.documents] == [
        "中国（广东）自由贸易试验区广州南沙新区片区外商投资企业设立登记一次性告知单",
        "中国（广东）自由贸易试验区广州南沙新区片区外商投资企业变更登记一次性告知单"]
    if suffix == ".docx":
        rows = [c.text for c in result.clauses if c.text.startswith("序号：2\n")]
        assert rows and rows[0].startswith("序号：2\n材料名称：公司章程\n份数：1份")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_title_in_a_tables_first_row(suffix: str) -> None:
    """Regression: a 告知单 set wholly in a table, its title in a first row merged across it, was titled with the
    row's empty cells (…一次性告知单｜｜｜), and its 落款 in a layout table (｜…政务服务中心 / ｜二〇二五年十一月六日) was
    no signature."""
    docs = ingest_file(OFFICE / "blind718" / f"blind718_xian_gaozhidan{suffix}").documents
    assert [d.title for d in docs] == [
        "中国（陕西）自由贸易试验区西安国际港务区片区外商投资企业设立登记一次性告知单",
        "中国（陕西）自由贸易试验区西安国际港务区片区外商投资企业变更登记一次性告知单"]
    assert docs[0].signed == "2025-11-06"


def test_a_field_beside_its_value_in_a_two_column_table() -> None:
    """Regression: a 留言's fields in a two-column table (留言标题｜中欧班列（长安号）能否办理小批量拼箱货物 / 留言时间｜…)
    were read as a table under the first row as its header (留言标题：留言时间⏎中欧班列…：2026-03-04 10:26)."""
    clauses = [c.text for c in ingest_file(OFFICE / "blind722" / "blind722_xian_xuandeng.docx").clauses]
    assert "留言标题：中欧班列（长安号）能否办理小批量拼箱货物" in clauses


def test_a_workbooks_notes_sheet_titled_by_its_list() -> None:
    """Regression: a workbook's first sheet of notes titled by the list it explains (…重点项目清单填报说明) was taken for
    the book's title and first part (round 700)."""
    doc = ingest_file(OFFICE / "blind700" / "blind700_qingdao_xiangmu.xlsx").documents[0]
    assert doc.title == "青岛市2026年自贸试验区重点项目清单"
    assert book_notes([("说明", ["青岛市2026年自贸试验区重点项目清单填报说明", "1.本清单…"]),
                       ("项目清单", ["青岛市2026年自贸试验区重点项目清单", "序号｜项目名称"])]) == [
        ["青岛市2026年自贸试验区重点项目清单填报说明", "1.本清单…"]]


def test_a_line_over_a_forms_first_row_is_its_caption() -> None:
    """A form now read as labels beside values has no header row; the line over it (事项二　道路货物运输经营许可 over
    事项名称｜…) stays the form's caption (it had become a clause under the last item above while this was built), and the
    tail of a sentence a PDF's wrap cut above a form (…持办法》（芜商〔2021〕52号）同时废止) stays a clause."""
    segments = ingest_file(OFFICE / "blind644" / "blind644_xiamen_qingdan.docx").clauses
    caption = next(c for c in segments if c.text.startswith("事项二"))
    assert caption.kind == "heading"
    tail = next(c for c in ingest_file(OFFICE / "blind307" / "blind307_wuhu_huiqi.pdf").clauses
                if c.text.startswith("持办法》"))
    assert tail.kind == "paragraph"


# Rounds 724–731: an 活动方案, a 大赛 公告, a 推荐 notice, a 风险预警 提示函, a 统计报表制度, an 应急预案, a 批转 notice
# and a 培训班 notice.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_title_that_names_its_organ_short_gives_way_to_the_signature(suffix: str) -> None:
    """Regression: a 提示函 titled 浙江省贸促会关于… and signed 浙江省国际贸易促进委员会 was issued by the short name."""
    doc = ingest_file(OFFICE / "blind727" / f"blind727_zhejiang_tishihan{suffix}").documents[0]
    assert doc.issuers == ("浙江省国际贸易促进委员会",)


def test_an_organs_short_name_keeps_its_characters_in_order() -> None:
    """Only a name whose characters the full one holds in order, the same last, is its short name."""
    from bri_kb.ingest.issuers import _abbreviates

    assert _abbreviates("浙江省贸促会", "浙江省国际贸易促进委员会")
    assert not _abbreviates("浙江省商务厅", "浙江省国际贸易促进委员会")
    assert not _abbreviates("浙江省商务厅", "浙江省商务厅")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_events_committee_over_two_lines_and_its_organizers_place(suffix: str) -> None:
    """Regression: a 大赛组委会 signing over two lines (首届“一带一路”跨境电商 / 创新创业大赛组委会) was named by its
    second line, and, naming no place, its 公告 was read as national though its 主办单位 is a province's 商务厅."""
    doc = ingest_file(OFFICE / "blind725" / f"blind725_qinzhou_gonggao{suffix}").documents[0]
    assert doc.issuers == ("首届“一带一路”跨境电商创新创业大赛组委会",)
    assert (doc.level, doc.region) == ("provincial", "广西壮族自治区")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_rules_edition_in_brackets_and_its_issue_note(suffix: str) -> None:
    """Regression: a 统计报表制度's edition under its title (（2026年统计年报和定期报表）, 14 characters) was a clause, so
    the note under it (（2026年2月10日河南省商务厅　河南省统计局印发）) gave neither its organs nor its day."""
    doc = ingest_file(OFFICE / "blind728" / f"blind728_henan_zhidu{suffix}").documents[0]
    assert doc.title == "河南省跨境电子商务统计监测报表制度（2026年统计年报和定期报表）"
    assert doc.issuers == ("河南省商务厅", "河南省统计局")
    assert doc.published == "2026-02-10"


def test_an_organs_word_cut_by_the_titles_wrap_is_one_name() -> None:
    """Regression: a title wrapped inside 委员会 (…厦门片区管理委 / 员会办公室关于…) was read as two organs' names."""
    doc = ingest_file(OFFICE / "blind724" / "blind724_xiamen_tongzhi.pdf").documents[0]
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会办公室",)
    assert " " not in doc.title


def test_a_row_of_its_own_under_a_day_merged_across_the_break() -> None:
    """Regression: a 课程安排 whose day is merged over its 上午 and 下午 rows, the page breaking between them: the
    下午 row atop the next page was read as the rest of the 上午 row (上午下午, two courses run together)."""
    rows = [c.text for c in ingest_file(OFFICE / "blind731" / "blind731_henan_tongzhi.pdf").clauses
            if c.text.startswith("时间：5月20日")]
    assert len(rows) == 2
    assert "列2：上午\n" in rows[0] and "列2：下午\n" in rows[1]


# Rounds 732–739: 资金下达 notices, 境外投资 certificates, a bilingual 备忘录, 三定 规定, 招标公告, 通报表扬, 海关 公告s
# on 口岸 hours and 常务会议纪要.


def test_a_list_of_names_set_in_a_grid_has_no_header() -> None:
    """Regression: a 通报's 先进集体 set three to a row in a table with no header was read under its first row of names
    as the header (成都天府新区片区管理委员会：成都双流综合保税区管理局 …). Each row is now its names, one after
    another; organs signing in such a grid over their date stay a table (round 719's 落款)."""
    clauses = [c.text for c in ingest_file(OFFICE / "blind737" / "blind737_sichuan_tongbao.docx").clauses]
    assert "成都天府新区片区管理委员会；成都高新区自贸试验区建设办公室；成都天府国际机场海关" in clauses
    assert "成都海关自贸区和特殊区域发展处；中国人民银行四川省分行跨境人民币业务处" in clauses
    signing = [c.text for c in ingest_file(OFFICE / "blind719" / "blind719_henan_tongzhi.docx").clauses]
    assert "河南省商务厅；河南省发展和改革委员会；河南省财政厅" not in signing


def test_a_second_announcement_under_its_own_number() -> None:
    """Regression: a second 公告 printed after the first's 落款, its number under its title (…卡口作业时间的公告 /
    青岛海关公告2026年第3号), was part of the first in the Word file (the PDF's was already apart)."""
    docs = ingest_file(OFFICE / "blind738" / "blind738_qingdao_gonggao.docx").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["青岛海关公告2026年第2号", "青岛海关公告2026年第3号"]


@pytest.mark.parametrize("path,issuer", [
    ("blind736/blind736_zhengzhou_zhaobiao.docx", "河南中原信达招标代理有限公司"),
    ("blind736/blind736_fuzhou_zhaobiao.docx", "福建闽信招标咨询有限公司"),
])
def test_a_tender_put_out_by_its_agency(path: str, issuer: str) -> None:
    """Regression: a 招标代理's letterhead over the tender's title was taken for the title, and a company signing over
    the date (福建闽信招标咨询有限公司 / 2026年3月10日) was no issuer: the 公告 had none."""
    doc = ingest_file(OFFICE / path).documents[0]
    assert doc.title.endswith("公开招标公告") and doc.title.startswith("中国（")
    assert doc.issuers == (issuer,)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_correction_after_the_tender(suffix: str) -> None:
    """Regression: a 更正公告 printed after the tender's 落款 (its title 46 characters long, and the tender saying where
    it is 发布) was part of the tender."""
    docs = ingest_file(OFFICE / "blind736" / f"blind736_qingdao_zhaobiao{suffix}").documents
    assert [d.title[-6:] for d in docs] == ["公开招标公告", "项目更正公告"]


def test_an_organ_beside_its_seals_place_signs() -> None:
    """Regression: a certificate signed 江苏省商务厅（印章） over its date had no issuer."""
    doc = ingest_file(OFFICE / "blind733" / "blind733_jiangsu_zhengshu.docx").documents[0]
    assert doc.issuers == ("江苏省商务厅",)


def test_a_ruled_tables_numbers_are_no_line_numbers() -> None:
    """Regression: a ruled table's 序号 column atop a page (5, 6, 7 … left of all other text) was taken for Word's line
    numbers and dropped, so the rows under a category merged down were read as a header of two rows, joined with ／
    (round 712)."""
    rows = [c.text for c in ingest_file(OFFICE / "blind712" / "blind712_xiamen_tongzhi.pdf").clauses
            if c.text.startswith(("序号：4\n", "序号：5\n"))]
    assert [r.split("\n")[2] for r in rows] == ["政策名称：生物医药研发及产业化奖励", "政策名称：数字经济企业培育奖励"]


# Rounds 740–747: 双随机 抽查 公示, an Excel 台账, a 地方标准, a 申报书 template, a 规范性文件 清理 决定, a 绩效评价报告,
# a 海关 AEO 名单 公告 and 政协提案 答复.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_reports_number_in_its_covers_corner(suffix: str) -> None:
    """Regression: a report's number in the corner of its cover (报告编号：桂鼎绩评字〔2026〕第018号) was read as the
    first line of its title, and the firm that made it (评价机构：…) was no issuer."""
    doc = ingest_file(OFFICE / "blind745" / f"blind745_nanning_pingjia{suffix}").documents[0]
    assert doc.title == "中国（广西）自由贸易试验区南宁片区2025年度外经贸发展专项资金绩效评价报告"
    assert doc.doc_number is not None and doc.doc_number.text == "桂鼎绩评字〔2026〕第018号"
    assert doc.issuers == ("广西桂鼎会计师事务所（特殊普通合伙）",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_templates_cover_and_its_maker(suffix: str) -> None:
    """Regression: a 申报书 template's cover (编号：＿＿＿（由受理部门填写） / …专项资金 / 项目申报书 / （样式） / fields /
    广西壮族自治区商务厅制) was titled by its number's blank, 申报书 named no 文种, and its maker issued nothing."""
    doc = ingest_file(OFFICE / "blind743" / f"blind743_guangxi_shenbaoshu{suffix}").documents[0]
    assert doc.title == "广西壮族自治区外经贸发展专项资金项目申报书（样式）"
    assert doc.issuers == ("广西壮族自治区商务厅",)


def test_a_quoted_title_wrapped_before_its_edition_runs_on() -> None:
    """A sentence that quotes a template by name, wrapped right after its 文种 (…按照《湖南省外经贸发展专项资金项目申报书 /
    （样式）》（附件2）要求如实填报，并提供以下材料：), is one paragraph: with 申报书 a 文种, the wrap had read as a
    title over its 主送 while this was built."""
    clauses = [c.text for c in ingest_file(OFFICE / "blind743" / "blind743_hunan_tongzhi.pdf").clauses]
    assert any(c.startswith("申报单位按照《湖南省外经贸发展专项资金项目申报书（样式）》") for c in clauses)
