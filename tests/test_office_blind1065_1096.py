"""Rounds 1065–1096 of stop 71, written by someone who had not read the reader (tests/data/office/blind1065 …, each
made by its make_blindNNN.py): 通报 on inspections and reform progress; 实施细则 and 管理办法 issued by a notice; meeting
and training notices with their 回执; pages printed from a portal's 政府信息公开 column; customs and market 通告 and
公告; amending decisions with their comparison tables; decisions clearing rules; 简报 and 信息专报 (1065–1072);
penalty and licence decisions; work reports; agreements; application guides; 一图读懂 and 明白纸; rules numbered by
Word's lists; policy lists in landscape tables; seals and text boxes over the 落款 (1073–1080); initiatives and joint
statements; investment policies; speeches and press releases; a township's unstyled notice; outbound-investment
papers; development reports; procurement notices; review opinions (1081–1088); forwarding chains; project lists; deep
numbering; city rules with a numbered running head; service guides; text retyped from scans; a charter; bilingual
tables (1089–1096).
One test per fix, each failing before it; the tests named as bounds keep a fix within them.
"""

from __future__ import annotations

import pytest

from bri_kb.vocabulary import Kind
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_breadcrumb_alone_over_a_portals_record(suffix: str) -> None:
    """Regression: a page saved from a portal opens with its breadcrumb alone, no 当前位置 before it (厦门市商务局 >
    政府信息公开 > 法定主动公开内容 > 规范性文件); it was taken as the title and the 文号 was lost. In the PDF the record's
    two columns come out a field a line (索 引 号：… / 发文机关：… / 主题分类：…), and its last field was the title."""
    doc = ingest_file(OFFICE / "blind1068" / f"blind1068_xiamen_banfa{suffix}").documents[0]
    assert doc.title.replace("\u3000", " ") == "厦门市商务局 厦门市财政局关于印发厦门市“丝路海运”航线发展扶持办法的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "厦商务规〔2026〕2号"
    assert (doc.signed, doc.published) == ("2026-01-26", "2026-02-05")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_sites_name_over_its_breadcrumb(suffix: str) -> None:
    """Regression: a portal's name alone over its breadcrumb (凭祥市人民政府门户网站 / 您当前所在位置：首页 > …) was the
    title; both are the page's, and the notice under its record is read."""
    doc = ingest_file(OFFICE / "blind1068" / f"blind1068_pingxiang_gonggao{suffix}").documents[0]
    assert doc.title == "凭祥市商务和口岸管理局关于公布2026年第一批边民互市贸易进口商品落地加工企业名单的公告"
    assert doc.doc_number is not None and doc.doc_number.text == "凭商口公告〔2026〕3号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_special_reports_box_for_a_leaders_instruction(suffix: str) -> None:
    """Regression: a 信息专报 leaves a box for a leader's 批示 under its head (领 导 批 示｜), and its one article's title
    was read as two paragraphs, the 专报 titled by its mark; the box is the head's, the article's title the title."""
    parsed = ingest_file(OFFICE / "blind1072" / f"blind1072_ydyl_zhuanbao{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "我市以西部陆海新通道为牵引深化与共建“一带一路”国家经贸合作取得新成效"
    assert doc.issuing_mark == "信息专报"
    assert doc.doc_number is not None and doc.doc_number.text == "第7期"
    assert not any("批示" in c.text or c.text.startswith("我市以西部") for c in parsed.clauses)


def test_contacts_a_line_each_closed_with_semicolons() -> None:
    """Regression: contacts set under one another with Shift+Enter, each closed with a semicolon
    (自治区商务厅对外贸易处：黄丽萍，0771-2109536；), were read as one paragraph. (The PDF is not read so: there the lines
    look as one paragraph wrapped after its semicolons does, as round 715's, which its office keys as one clause.)"""
    texts = [c.text for c in ingest_file(OFFICE / "blind1067" / "blind1067_gx_peixun.docx").clauses]
    for line in ("自治区商务厅对外贸易处：黄丽萍，0771-2109536；", "自治区口岸办通关协调处：覃海峰，0771-5587123；",
                 "培训中心会务组：韦小雨，13878112034。"):
        assert line in texts


def test_contacts_wrapped_after_a_semicolon_in_a_pdf() -> None:
    """Bound of the fix above: in a PDF, one paragraph of contacts that wraps after a semicolon
    (省商务厅外国投资管理处：李　静，0871-63210457； / 省司法厅…) stays one clause."""
    texts = [c.text for c in ingest_file(OFFICE / "blind715" / "blind715_kunming_tongzhi.pdf").clauses]
    assert any(t.startswith("省商务厅外国投资管理处：") and t.endswith("杨成武，0871-63187620。") for t in texts)


def test_a_contact_inside_an_items_sentence_stays_in_it() -> None:
    """Bound of the fix above: an item's sentence that wraps after a contact's semicolon (四、咨询电话。东兴海关综合业务科：
    0770-7689126； / 东兴海关北仑河二桥监管科：…) is one clause; the line does not open as a contact's."""
    texts = [c.text for c in ingest_file(OFFICE / "blind1069" / "blind1069_nanning_tonggao.pdf").clauses]
    assert "四、咨询电话。东兴海关综合业务科：0770-7689126；东兴海关北仑河二桥监管科：0770-7685302。" in texts


def test_sessions_of_one_day_parted_by_a_page_break() -> None:
    """Regression: in a PDF, a timetable's day merged down over its sessions, the page breaking between two of them
    (09:00—12:00 / 14:30—16:00), had the two sessions read as one row; hours are whole values no break cuts."""
    rows = [c.text for c in ingest_file(OFFICE / "blind1067" / "blind1067_gx_peixun.pdf").clauses
            if c.kind == Kind.TABLE_ROW and "5月13日" in c.text]
    assert len(rows) == 4
    assert "时间：09:00—12:00" in rows[0] and "覃海峰" in rows[0] and "农建华" not in rows[0]
    assert "时间：14:30—16:00" in rows[1] and "农建华" in rows[1]


def test_a_telegrams_grid_read_without_colons() -> None:
    """Regression: in the PDF of a 明传电报, its grid's cells come out as words apart by spaces (发电单位 厦门市商务局 签 发
    林志强 / 等 级 特急 明电编号 厦商明电〔2026〕11号); they were read into the title and the number was lost."""
    doc = ingest_file(OFFICE / "blind1067" / "blind1067_xm_mingdian.pdf").documents[0]
    assert doc.title == "关于召开“丝路海运”港航物流企业暨跨境电商出海服务座谈会的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "厦商明电〔2026〕11号"
    assert doc.issuers == ("厦门市商务局",)


def test_the_same_head_over_the_next_attachments_table() -> None:
    """Regression: in a PDF, 附件2's table had the same head row as 附件1's (序号｜文件名称｜文号｜发文日期｜处理意见); it was
    taken for 附件1's head repeated atop a page and dropped, and 附件2's first row read as its head."""
    rows = [c.text for c in ingest_file(OFFICE / "blind1071" / "blind1071_fujian_sifa_tongzhi.pdf").clauses
            if c.kind == Kind.TABLE_ROW]
    amended = [r for r in rows if "处理意见：1.将" in r]
    assert len(amended) == 3
    assert amended[0].startswith("序号：1\n文件名称：福建省司法厅 福建省商务厅关于印发《中国（福建）自由贸易试验区外国法律查明工作办法》")


def test_a_list_of_contacts_under_its_label_stays_one() -> None:
    """Bound of the contacts fix: a list under its label, the next contact set under the first with Shift+Enter
    (联系人：省商务厅自贸处王磊，电话：0871-63110245； / 会务组李敏，…), stays one clause, as the office keys it."""
    texts = [c.text for c in ingest_file(OFFICE / "blind277" / "blind277_yunnan_tongzhi.docx").clauses]
    assert any(t.startswith("联系人：省商务厅自贸处王磊，电话：0871-63110245；") and "会务组李敏" in t for t in texts)


@pytest.mark.parametrize(("stem", "title"), [
    ("blind29/blind29_oa_export.txt", "海南省商务厅关于组织申报2024年度海南自由贸易港“一带一路”经贸合作专项资金项目的通知"),
    ("blind136/blind136_cq_measures.docx",
     "重庆市人民政府办公厅关于印发中国（重庆）自由贸易试验区西部陆海新通道多式联运“一单制”改革试点管理办法的通知"),
])
def test_a_record_whose_title_is_not_printed_again(stem: str, title: str) -> None:
    """Bound of the record-grid fix: an export's record a field a line whose 标题 is the only title (no title line
    under it), and a page's record with two fields a line apart by spaces, keep their titles from the record."""
    assert ingest_file(OFFICE / stem).documents[0].title == title


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_form_fields_with_units_and_boxes_a_line_each(suffix: str) -> None:
    """Regression: an application form's fields a line each, a blank followed by its unit (海外仓面积：____平方米
    投资额：____万元) or a line of boxes to tick (申报事项：□…　□…), then a field whose label opens with its year
    (2025年服务外贸企业数量：____家), were read two fields to a paragraph."""
    texts = [c.text for c in ingest_file(OFFICE / "blind1076" / f"blind1076_bh_jjtz{suffix}").clauses]
    assert any(t.startswith("海外仓面积：") and t.endswith("万元") for t in texts)
    assert "2025年服务外贸企业数量：__________家" in texts
    texts = [c.text for c in ingest_file(OFFICE / "blind1076" / f"blind1076_cd_zhinan{suffix}").clauses]
    assert "所属区（市）县：______________________" in texts
    assert any(t.startswith("申报事项：□跨境电商主体培育") and t.endswith("□公共海外仓建设") for t in texts)


def test_a_tables_caption_inside_an_article() -> None:
    """Regression: a table's caption typed as a paragraph under the article that points to it (第七条 …补贴标准见下表。
    / 西部陆海新通道班列补贴标准 / 运输方式｜…) was read as the article's second paragraph; it heads the table."""
    clauses = ingest_file(OFFICE / "blind1078" / "blind1078_chongqing_banfa.docx").clauses
    assert "第七条 西部陆海新通道班列补贴标准见下表。" in [c.text for c in clauses]
    assert any(c.kind == Kind.HEADING and c.text == "西部陆海新通道班列补贴标准" for c in clauses)


def test_a_unit_merged_down_across_a_page_break() -> None:
    """Regression: in a PDF, a table's last two rows share a cell merged down across the page break (跨境公路班车),
    each its own unit (车次 over 车次): they were read as one row; one unit on each side is two rows."""
    rows = [c.text for c in ingest_file(OFFICE / "blind1078" / "blind1078_chongqing_banfa.pdf").clauses
            if c.kind == Kind.TABLE_ROW and "跨境公路班车" in c.text]
    assert [("老挝万象" in r, "越南河内" in r) for r in rows] == [(True, False), (False, True)]


def test_a_bank_branch_beside_a_zone_committee() -> None:
    """Regression: a memorandum of a 片区管委会 and a bank's branch (…股份有限公司钦州分行) was read as the province's;
    the branch is no organ, and the committee's city is the memorandum's place."""
    doc = ingest_file(OFFICE / "blind1075" / "blind1075_qz_beiwanglu.docx").documents[0]
    assert (doc.level, doc.region) == ("municipal", "钦州市")


def test_a_bilingual_signature_table() -> None:
    """Regression: an agreement's signature table with each label's English beside it (甲方（盖章）： Party A (Seal):)
    and the day and place signed in one cell was read as table rows, and the agreement had no date."""
    doc = ingest_file(OFFICE / "blind1075" / "blind1075_wlmq_youhaoyuanqu.docx").documents[0]
    assert (doc.signed, doc.effective, doc.expires) == ("2026-06-26", "2026-06-26", "2031-06-25")


def test_a_titles_second_part_on_its_own_line() -> None:
    """Regression: a title typed as two paragraphs, its second part opening with 和 (合肥市商务局2025年工作总结 /
    和2026年工作思路), ended after the first."""
    doc = ingest_file(OFFICE / "blind1074" / "blind1074_hefei_zongjie.docx").documents[0]
    assert doc.title == "合肥市商务局2025年工作总结和2026年工作思路"


def test_an_amount_in_brackets_moved_to_the_next_line() -> None:
    """Regression: in a PDF, an amount in brackets LibreOffice moved whole to the next line (…贰元肆角 / （¥11862.40）。)
    was read as a paragraph of its own."""
    texts = [c.text for c in ingest_file(OFFICE / "blind1073" / "blind1073_nanning_chufa.pdf").clauses]
    assert "以上罚没款合计人民币壹万壹仟捌佰陆拾贰元肆角（¥11862.40）。" in texts


def test_a_special_report_with_an_editors_note_under_its_head() -> None:
    """Bound of the 专报 fix: a 专报 whose head has an 编者按 under it, not its article's title, keeps the note as a
    clause; the note is no title."""
    parsed = ingest_file(OFFICE / "blind915" / "blind915_hainan_xinxi.docx")
    assert not parsed.documents[0].title.startswith("编者按")
    assert any(c.text.startswith("编者按：2025年12月18日") for c in parsed.clauses)


def test_a_provincial_organ_named_by_its_level_over_a_city_in_its_title() -> None:
    """Regression: a 批复 of 省发展改革委 (苏发改外资发〔2026〕137号, signed 江苏省发展和改革委员会) on a project of a
    company in 无锡 was read as 无锡市's; the organ and its 文号 are the province's."""
    doc = ingest_file(OFFICE / "blind1085" / "blind1085_hezhun_pifu.docx").documents[0]
    assert (doc.level, doc.region) == ("provincial", "江苏省")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_press_releases_head_and_its_release_time(suffix: str) -> None:
    """Regression: a 新闻通稿's head (新 闻 通 稿 / 广西壮族自治区商务厅⇥2026年3月18日) and the time it may be released
    from (（发布时间：2026年3月18日18:00以后）) were not read as its head, and the release time was the title; its
    headline under them (broken after 暨, the next line wider) is."""
    doc = ingest_file(OFFICE / "blind1083" / f"blind1083_gx_tonggao{suffix}").documents[0]
    assert doc.title == "全区深入推进自贸试验区提升战略暨共建“一带一路”高质量发展大会在南宁召开"
    assert doc.issuing_mark == "新闻通稿"
    assert doc.issuers == ("广西壮族自治区商务厅",)


def test_sentences_ended_with_half_width_stops() -> None:
    """Regression: a rule typed with half-width punctuation (…自2026年4月1日起施行,有效期至2028年3月31日.《…》同时废止.)
    had its start and end read as part of the sentence that repeals another rule, and lost them."""
    doc = ingest_file(OFFICE / "blind1084" / "blind1084_banfa.docx").documents[0]
    assert (doc.effective, doc.expires) == ("2026-04-01", "2028-03-31")


def test_an_item_after_a_half_width_stop() -> None:
    """Regression: in a PDF typed with half-width punctuation, an item that ends …共计63家. was run on into the next
    item, (2)2025年…, read as the sentence wrapped before its number."""
    texts = [c.text for c in ingest_file(OFFICE / "blind1084" / "blind1084_zoufang.pdf").clauses]
    assert "(1)2025年度进出口实绩在500万美元以上的生产型外贸企业,共计63家." in texts
    assert "(2)2025年新增备案并已产生进出口实绩的企业,共计21家." in texts


def test_a_procurement_notices_parties_a_field_a_line() -> None:
    """Regression: a tender notice's 采购人信息 (名　　称：… / 地　　址：…, Shift+Enter between them) was read as one
    paragraph."""
    texts = [c.text.replace("\u3000", " ") for c in ingest_file(OFFICE / "blind1087" / "blind1087_qinzhou_zhaobiao.pdf").clauses]
    assert "名 称：中国（广西）自由贸易试验区钦州港片区管理委员会" in texts
    assert "地 址：钦州市钦州港区滨海大道18号片区综合服务中心" in texts


def test_a_province_that_only_qualifies_its_city() -> None:
    """Regression: a joint statement titled 中华人民共和国陕西省西安市与…撒马尔罕市… was read as the province's; the
    province's name only qualifies the city that signs."""
    doc = ingest_file(OFFICE / "blind1081" / "blind1081_xian_samarkand.docx").documents[0]
    assert (doc.level, doc.region) == ("municipal", "西安市")


def test_a_review_under_the_plan_it_names() -> None:
    """Regression: a title over three paragraphs whose last names the review of the plan above it
    (…产业发展规划（2026—2035年） / 专家评审意见) ended with the plan's name, the review's line read as a paragraph (the
    PDF was read right)."""
    doc = ingest_file(OFFICE / "blind1088" / "blind1088_qinzhou_pingshen.docx").documents[0]
    assert doc.title == "中国（广西）自由贸易试验区钦州港片区产业发展规划（2026—2035年）专家评审意见"


def test_a_tables_caption_with_its_unit_inside_an_article() -> None:
    """Regression: a caption with its unit in brackets (…补贴标准（单位：元／标准箱）) under the article that points to
    the table was read as the article's second paragraph."""
    clauses = ingest_file(OFFICE / "blind1092" / "blind1092_xian_banlie.docx").clauses
    assert any(c.text.startswith("第四条") and c.text.endswith("补贴标准见下表。") for c in clauses)
    assert any(c.kind == Kind.HEADING and c.text == "中欧班列（西安）货源组织补贴标准（单位：元／标准箱）" for c in clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_charter_voted_by_its_members_first_assembly(suffix: str) -> None:
    """Regression: a 章程 adopted by vote at its members' first assembly (（2026年3月18日联盟成立大会暨第一届会员大会
    表决通过）) and in force from then (自通过之日起生效) had no date; the joined meeting's name is no issuer."""
    doc = ingest_file(OFFICE / "blind1095" / f"blind1095_sl_zhangcheng{suffix}").documents[0]
    assert (doc.published, doc.effective) == ("2026-03-18", "2026-03-18")
    assert not any("大会" in i for i in doc.issuers)


def test_a_start_with_a_space_before_its_verb() -> None:
    """Regression: a text retyped from a scan, a space left before the verb (本办法自2026年3月1日起 施行), had no start."""
    doc = ingest_file(OFFICE / "blind1094" / "blind1094_ningbo_zijin.docx").documents[0]
    assert (doc.effective, doc.expires) == ("2026-03-01", "2028-02-29")
