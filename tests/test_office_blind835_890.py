"""Rounds 835–890, written by someone who had not read the reader (tests/data/office/blind835 … blind890, each made by
its make_blindNNN.py): replies to 政府信息公开 requests and their 补正 and 延期 notices; 行政复议决定书; a zone's yearly
report; meeting notices with their 回执 and schedules; 督查通报 and 督办单; a 联席会议's rules; 表彰 decisions with their
名单; a press conference's 文字实录 and Q&A (835–842); 一次性告知单 and 办事指南; 友城 请示 and 批复; 境外经贸合作区 assessment;
port-fee lists; 制度创新案例; a standing committee's 执法检查 report; 跨境电商 plans; 首违不罚 lists (843–850); investment
agreements; 常务会议纪要; 境外投资 备案 and 告知书 (851–858); 提案 and replies; 三定 rules; land approvals; forum invitations;
IP work points; port campaigns; outward-investment statistics; business-climate scores (859–866); topic 纪要;
procurement intentions; market-access self-checks; exhibition subsidies; legal-service lists; port emergency plans; tax
Q&A; press releases and briefings (867–874); 政府令 with their rules; 领导小组 changes; complaint reports; 首席服务官
plans; overseas-warehouse funds; project lists; draft regulations; mid-term evaluations (875–882); 联动创新区 lists;
中欧班列 subsidy audits; foreign-investment databases; aid training; monitoring bulletins; 容错免责 rules; AEO plans; trade
offices abroad (883–890).
One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.ingest.fieldlines import units_listed
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_list_of_units_and_persons_a_paragraph_each() -> None:
    """Regression: a 表彰's 名单 typed in Word a unit a paragraph (长沙经济技术开发区管理委员会 / 长沙黄花综合保税区管理委员会 /
    岳阳市商务局) and a person and post a paragraph (周建湘　…局长 / 李卫东　…局长), lines of about one width, was run
    together three and two at a time, as lines a column wraps are."""
    clauses = [c.text for c in ingest_file(OFFICE / "blind841" / "blind841_hunan_jueding.docx").clauses]
    assert "长沙黄花综合保税区管理委员会" in clauses and "岳阳市商务局" in clauses
    assert any(c.startswith("李卫东") for c in clauses) and not any("局长李卫东" in c for c in clauses)


def test_a_person_and_post_spaced_apart_is_a_listed_entry() -> None:
    assert units_listed("周建湘　长沙黄花综合保税区管委会招商合作局局长", "刘海燕（女）　长沙片区工作办公室综合协调部部长")
    assert not units_listed("各成员单位要按照职责分工，主动谋划", "推进相关工作，形成工作合力")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_supplementary_notice_after_the_schedule_the_first_attaches(suffix: str) -> None:
    """Regression: a 补充通知 (湘商外经函〔2026〕29号 / its title / its 主送), printed after the first notice's 落款 and its
    attachments, whose last line is a schedule's entry (14:30—17:30　专题对接（…）), was read as that attachment's text."""
    docs = ingest_file(OFFICE / "blind838" / f"blind838_hunan_buchong{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["湘商外经函〔2026〕23号", "湘商外经函〔2026〕29号"]
    assert docs[1].title.endswith("的补充通知")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_organs_duban_dan_head(suffix: str) -> None:
    """Regression: a 督办单's head (四川省人民政府督查室 / 督　办　单 / 川府督办〔2026〕28号⇥督办日期：2026年4月3日) was read as
    its title, and its number, beside a dated field, was lost."""
    doc = ingest_file(OFFICE / "blind839" / f"blind839_dubandan{suffix}").documents[0]
    assert doc.title == "关于加快推进川南临港片区改革试点滞后任务整改落实的督办单"
    assert doc.doc_number is not None and doc.doc_number.text == "川府督办〔2026〕28号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_organ_over_a_transcripts_title(suffix: str) -> None:
    """Regression: a press office's name alone at the top (四川省人民政府新闻办公室) over a transcript's title of its own
    (四川省“…”新闻发布会文字实录, over two lines in the Word file) was read as the title's first words."""
    doc = ingest_file(OFFICE / "blind842" / f"blind842_sc_shilu{suffix}").documents[0]
    assert doc.title == "四川省“实施自由贸易试验区提升战略”新闻发布会文字实录"
    assert doc.issuers == ("四川省人民政府新闻办公室",) and doc.published == "2026-03-19"


def test_a_notice_after_a_reply_slips_blank_fields() -> None:
    """Regression: a 告知书 printed after a 函's reply slip, whose last fields are blanks to fill in (单位名称（盖章）：____ /
    … / 填报日期：2026年____月____日), took those fields for the lines of its title."""
    docs = ingest_file(OFFICE / "blind835" / "blind835_urumqi_zhengxun_yanqi.docx").documents
    assert [d.title for d in docs] == ["关于征求政府信息公开第三方意见的函", "政府信息公开延期答复告知书"]
    assert docs[1].doc_number is not None and docs[1].doc_number.text == "乌自贸片管延告〔2026〕5号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_body_the_adoption_note_names_by_its_level(suffix: str) -> None:
    """Regression: a 联席会议's rules adopted at its meeting (（2026年2月26日市推进“一带一路”建设工作联席会议第一次全体会议审议
    通过）) were issued by 市推进…联席会议, which names no city; the title names it in full."""
    doc = ingest_file(OFFICE / "blind840" / f"blind840_lianyungang_guize{suffix}").documents[0]
    assert doc.issuers == ("连云港市推进“一带一路”建设工作联席会议",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_session_papers_mark_over_two_lines(suffix: str) -> None:
    """Regression: a standing committee's paper whose mark wraps (湖南省第十四届人民代表大会 / 常务委员会第二十次会议文件（17）)
    was read as the title's first lines, and the inspection group that reports was lost as its issuer."""
    doc = ingest_file(OFFICE / "blind848" / f"blind848_hunan_huiyi{suffix}").documents[0]
    assert doc.title.startswith("湖南省人民代表大会常务委员会执法检查组关于检查")
    assert doc.issuers == ("湖南省人民代表大会常务委员会执法检查组",) and doc.signed == "2025-11-25"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_notice_form_and_a_receipt_each_numbered_in_its_field(suffix: str) -> None:
    """Regression: a 一次性告知单 numbered beside the part of the form it is on (第一联（申请人留存）⇥编号：青西审外告〔2026〕0318号)
    had no number, and the 接收凭证 after its 落款 (its organ, title and 编号：… over the party it goes to) was read as its
    text."""
    docs = ingest_file(OFFICE / "blind843" / f"blind843_qingdao_gaozhidan{suffix}").documents
    assert [d.title for d in docs] == ["外商投资企业设立登记一次性告知单", "外商投资企业登记申请材料接收凭证"]
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["青西审外告〔2026〕0318号", "青西审外收〔2026〕0318号"]
    assert all(d.issuers == ("青岛西海岸新区行政审批服务局",) for d in docs)


def test_a_guides_start_in_its_last_numbered_item() -> None:
    """Regression: （三）本指南自2026年3月16日起施行，《…办事指南（2024年版）》同时废止。 was taken for a sentence about the
    guide it repeals (a 《》 and 废止 in it), its own start lost: an item's number before 本指南 was not allowed."""
    doc = ingest_file(OFFICE / "blind843" / "blind843_kunming_zhinan.docx").documents[0]
    assert doc.effective == "2026-03-16"


def test_a_joint_mark_whose_word_a_pdf_read_into_two_rows() -> None:
    """Regression: four organs a row beside one tall 文件, which the PDF read into two rows (…发展和改革委员会 文 /
    广西壮族自治区财政厅 件中华人民共和国南宁海关), were read as the title."""
    doc = ingest_file(OFFICE / "blind849" / "blind849_guangxi_pinggu.pdf").documents[0]
    assert doc.title == "广西壮族自治区商务厅等4部门关于印发广西跨境电子商务综合试验区建设发展评估办法的通知"
    assert len(doc.issuers) == 4 and doc.issuers[-1] == "中华人民共和国南宁海关"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_agreements_signing_day_before_its_attachment(suffix: str) -> None:
    """Regression: an investment agreement's parties sign side by side (签署日期：2026年3月18日⇥签署日期：2026年3月18日), its
    schedule attached after them: the day was looked for only in the text's last lines, and the foreign party kept its
    name in Latin letters, （GOLDEN MEKONG GROUP PUBLIC COMPANY LIMITED）, as part of its name."""
    doc = ingest_file(OFFICE / "blind851" / f"blind851_kunming_xieyishu{suffix}").documents[0]
    assert doc.signed == "2026-03-18"
    assert doc.issuers == ("昆明经济技术开发区管理委员会", "泰国金湄集团股份有限公司")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_organ_over_its_notices_to_a_party(suffix: str) -> None:
    """Regression: an office's name over a 告知书 to a firm, its title opening with 关于 or wrapped over two lines
    (义乌市商务局 / 境外投资变更备案及 / 证书换发告知书 / 义商务告〔2026〕19号), was read as the title's first words."""
    docs = ingest_file(OFFICE / "blind853" / f"blind853_yw_gaozhi{suffix}").documents
    assert [d.title for d in docs] == ["关于换发《企业境外投资证书》的告知书", "境外投资变更备案及证书换发告知书"]
    assert all(d.issuers == ("义乌市商务局",) for d in docs)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_proposal_and_the_reply_to_it(suffix: str) -> None:
    """Regression: a 提案's head (中国人民政治协商会议…第四次会议 / 提　　案 / 类别：经济建设⇥第0318号) was read as its title,
    and the reply after it (A类 / 广西壮族自治区商务厅 / 桂商提〔2026〕41号 / …的答复 / 民盟广西区委会：) as its text: a
    party's committee named short, …区委会, was no 主送."""
    docs = ingest_file(OFFICE / "blind859" / f"blind859_guangxi_tian_dafu{suffix}").documents
    assert [d.title for d in docs] == ["关于推进自贸试验区与综合保税区联动发展的提案",
                                       "广西壮族自治区商务厅关于自治区政协十三届四次会议第0318号提案的答复"]
    assert docs[1].doc_number is not None and docs[1].doc_number.text == "桂商提〔2026〕41号"


def test_a_replys_class_spaced_out_beside_its_number() -> None:
    """Regression: a PDF's head line "B 类 川商提函〔2026〕23 号" gave the number 类川商提函〔2026〕23号."""
    doc = ingest_file(OFFICE / "blind859" / "blind859_sichuan_dafuhan.pdf").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "川商提函〔2026〕23号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_notice_after_the_imprint_of_the_approval_before_it(suffix: str) -> None:
    """Regression: a 批后公告 printed after the 批复's 版记 (…办公室⇥2026年5月12日印发), its title over two lines and its
    opening sentence under it, was read as the 批复's text (the imprint's 印发 was taken for the 批复 issuing it)."""
    docs = ingest_file(OFFICE / "blind861" / f"blind861_sanya_guihua{suffix}").documents
    assert len(docs) == 2 and docs[1].title == "深海装备研发及测试基地项目建设用地规划许可批后公告"
    assert docs[1].signed == "2026-05-15"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_who_came_for_each_unit_a_line_each(suffix: str) -> None:
    """Regression: a 纪要's attendance under 参会人员：, a unit and its people a line each (片区管委会：黄立军 / 片区规划建设局：
    陈家宝 韦小兰 / …), was run together: in the PDF, twelve short lines taken for a table's cells; in the Word file, two
    firms' long lines taken for a wrapped column."""
    clauses = [c.text for c in ingest_file(OFFICE / "blind867" / f"blind867_qinzhou_jiyao{suffix}").clauses]
    assert "片区管委会：黄立军" in clauses
    assert "中国铁路南宁局集团有限公司钦州东站：罗永刚" in clauses and "广西北部湾国际港务集团有限公司：周文杰" in clauses


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_next_meeting_paper_under_its_label(suffix: str) -> None:
    """Regression: a press release labelled 材料之二 (材料之二 / 新 闻 通 稿 / …政策吹风会) after the policy reading of
    材料之一 was read as that reading's last lines."""
    docs = ingest_file(OFFICE / "blind874" / f"blind874_nb_chuifeng{suffix}").documents
    assert len(docs) == 2 and docs[1].title.endswith("政策吹风会")
    assert docs[1].issuers == ("宁波市人民政府新闻办公室",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_reports_cover_and_its_title_again_over_the_text(suffix: str) -> None:
    """Regression: an evaluation report's cover (its title, 委托单位：… / 评估单位：…, 二〇二五年十月) and 目录, then its title
    again over its text, was read as two documents, the cover one with no text and the report with no issuer."""
    docs = ingest_file(OFFICE / "blind882" / f"blind882_nansha_pinggu{suffix}").documents
    assert len(docs) == 1 and docs[0].issuers == ("岭南开放经济研究院",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_second_notice_after_one_that_cites_an_issuing_notice(suffix: str) -> None:
    """Regression: a second 公示 after the first's 落款 was read as the first's text: the first cites
    《义乌市人民政府办公室关于印发…的通知》, and that 印发 was taken for the first issuing what follows."""
    docs = ingest_file(OFFICE / "blind879" / f"blind879_yiwu_fenpi{suffix}").documents
    assert [d.title[-12:] for d in docs] == ["（第三批）拨付名单的公示", "（第四批）拨付名单的公示"]


def test_a_joint_signatures_wrapped_name_is_no_organ_of_its_own() -> None:
    """Regression: a PDF read a joint 落款's first organ, wrapped in its cell (福建省推进“一带一路” / … / 建设工作领导小组办公室),
    apart from its name's head, and the tail stood as a third issuer."""
    doc = ingest_file(OFFICE / "blind880" / "blind880_fujian_jingwai.pdf").documents[0]
    assert doc.issuers == ("福建省推进“一带一路”建设工作领导小组办公室", "福建省商务厅")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_monthly_bulletin_edited_by_a_division(suffix: str) -> None:
    """Regression: a 月报's head whose editing line names a division of the department (福建省商务厅综合处编⇥2026年5月20日)
    was read as the article's title: only an organ's name was known to edit one."""
    doc = ingest_file(OFFICE / "blind887" / f"blind887_fj_jianbao{suffix}").documents[0]
    assert doc.title == "2026年1—4月全省开放型经济运行情况"
    assert doc.issuers == ("福建省商务厅",) and doc.published == "2026-05-20"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_universitys_name_over_its_number(suffix: str) -> None:
    """Regression: a university's notice (上海对外经贸大学 / 上经贸大研〔2026〕12号 / its title) had no issuer and its mark
    read into its title: a university was no organ nor firm that prints its name over its 文号."""
    doc = ingest_file(OFFICE / "blind886" / f"blind886_suibe_mib{suffix}").documents[0]
    assert doc.title.startswith("上海对外经贸大学关于2026年援外学历学位教育项目")
    assert doc.issuers == ("上海对外经贸大学",)
    assert doc.doc_number is not None and doc.doc_number.text == "上经贸大研〔2026〕12号"
