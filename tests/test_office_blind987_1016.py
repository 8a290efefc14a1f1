"""Rounds 987 onwards of stop 69, written by someone who had not read the reader (tests/data/office/blind987 …, each
made by its make_blindNNN.py): model contracts and the notices that issue them; work ledgers; a city's 实施意见 numbered
by Word's own lists; policy compilations; 揭榜挂帅 lists; research reports with footnotes, in a 研究室's periodical and
sent up with a report; ministries' joint 令; dispatch forms in front of the notice (987–994); 明传电报; annual reports
on information disclosure; a 座谈会's record and summary; a recruitment notice; an incoming-document slip in front of the
notice; a price hearing's 公告 and report; a provincial gazette's issues; a fair-competition review (995–1002);
appointments; pictures in a notice; bilingual guides; reports on a leader's 批示; a court's judgment; a border
township's papers; a work report made like slides; answers to petitions (1003–1010); feasibility studies; a city's
Party and government papers; procurement notices; assessment rules; risk warnings; legality reviews (1011–1016); a
draft with tracked changes; a memorandum in traditional characters; vertical text in tables; full-width figures; an
alliance's resolutions; administrative interviews; credit restoration; nested attachments (1017–1024).
One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.ingest.cleaners import note_marks_out
from bri_kb.vocabulary import Kind
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_contracts_number_to_fill_in_over_its_title(suffix: str) -> None:
    """Regression: a model contract's cover under its 附件 label, 合同编号：______ over the contract's title, was read
    as the attachment's title with the title run on after it; the number's field is a clause, the title the heading."""
    clauses = ingest_file(OFFICE / "blind987" / f"blind987_zhejiang_hetong{suffix}").clauses
    heading = next(c for c in clauses if c.kind == Kind.HEADING and c.text.startswith("附件\n"))
    assert heading.text == "附件\n跨境电商海外仓服务合同（示范文本）"
    assert any(c.text == "合同编号：______________" and c.kind != Kind.HEADING for c in clauses)


def test_a_blank_field_over_the_next_on_a_contracts_cover() -> None:
    """Regression: in the PDF of a contract whose blanks are underlined spaces, 合同编号： over 甲方（委托方）： was read as
    one paragraph (the second line not indented): each is a field of its own."""
    texts = [c.text for c in ingest_file(OFFICE / "blind987" / "blind987_guangdong_shifan.pdf").clauses]
    assert "合同编号：" in texts
    assert "甲方（委托方）：" in texts


def test_a_joint_decree_mark_set_beside_two_organs() -> None:
    """Regression: in the PDF of a joint 令 whose 令 is set large in a cell beside two ministries' names, the two names'
    lines and the 令 were read as one row (中中华人民共和国海关总署华人民共和国商务部 令): the title was the mark, no 令 number
    and no issuer; the 令 now reads after both names."""
    doc = ingest_file(OFFICE / "blind993" / "blind993_bianmin.pdf").documents[0]
    assert doc.title == "边民互市贸易管理规定"
    assert doc.doc_number is not None and doc.doc_number.text == "商务部 海关总署令2026年第2号"
    assert doc.issuers == ("商务部", "海关总署")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_study_titled_with_its_subtitle_and_dated_by_its_authors(suffix: str) -> None:
    """Regression: a research report's title typed over two paragraphs, the first stopping on 的, lost its second; its
    subtitle (——基于…问卷调查) was left out of it; its authors' line (浙江省商务厅研究室课题组*) and its day in brackets
    under it, past a footnote, gave no issuer and no date (the team is the issuer, as round 643's keys name it)."""
    doc = ingest_file(OFFICE / "blind992" / f"blind992_zj_minqi_touzi{suffix}").documents[0]
    assert doc.title == ("我省民营企业参与共建“一带一路”投资的新特点、新问题与对策建议"
                         "——基于全省326家境外投资民营企业的问卷调查")
    assert doc.issuers == ("浙江省商务厅研究室课题组",)
    assert doc.signed == "2026-03-16"
    assert doc.level == "provincial"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_research_periodical_carrying_one_study(suffix: str) -> None:
    """Regression: a 研究室's periodical (内部资料 / 商务调研 / 2026年第6期（总第94期） / 四川省商务厅研究室编⇥2026年5月8日)
    was titled 商务调研 with its head read as paragraphs; it carries one study, titled under its head."""
    doc = ingest_file(OFFICE / "blind992" / f"blind992_sc_fengxian{suffix}").documents[0]
    assert doc.title.startswith("民营企业投资共建“一带一路”国家面临的风险挑战及应对建议——基于成都")
    assert doc.issuing_mark == "商务调研"
    assert doc.issuers == ("四川省商务厅研究室",)
    assert doc.published == "2026-05-08"


def test_an_assessment_reports_subtitle_in_its_title() -> None:
    """Regression (round 554): an assessment report's subtitle (——以制度型开放引领…建设) is part of its title as cited;
    a forum's outcome named so (——第三届…论坛成果文件, round 331) stays apart."""
    doc = ingest_file(OFFICE / "blind554" / "blind554_fujian_pinggu.pdf").documents[0]
    assert doc.title == ("中国（福建）自由贸易试验区“十四五”发展规划中期评估报告"
                         "——以制度型开放引领闽台融合发展和“海丝”核心区建设")
    titles = [d.title for d in ingest_file(OFFICE / "blind331" / "blind331_lanzhou_changyi.docx").documents]
    assert "丝绸之路经济带节点城市共建开放通道兰州倡议" in titles


def test_a_notes_raised_mark_after_an_acronym() -> None:
    """Regression: a note's raised number after an acronym (ESG⁴信息披露) stayed in the text; a unit's power stays, and
    so does a circled number, which offices type in the text (调研①，)."""
    assert note_marks_out("开展专题调研①，回收有效问卷") == "开展专题调研①，回收有效问卷"
    assert note_marks_out("欧美市场的ESG⁴信息披露") == "欧美市场的ESG信息披露"
    assert note_marks_out("面积1.2万m²，") == "面积1.2万m²，"


def test_a_footnote_marked_in_a_table_cell() -> None:
    """Regression: a Word footnote marked in a table's cell (该园区于2024年通过…考核确认) was lost; it is a note under the
    table, as one marked in a paragraph is under that paragraph."""
    texts = [c.text for c in ingest_file(OFFICE / "blind992" / "blind992_fj_jingwai_yuanqu.docx").clauses]
    assert any(t.endswith("该园区于2024年通过商务部、财政部境外经贸合作区考核确认。") for t in texts)


def test_a_footnotes_mark_raised_at_four_fifths_of_the_size() -> None:
    """Regression: a footnote's number raised after 统计整理 at about four fifths of the text's size stayed a digit in
    the sentence (统计整理3。)."""
    texts = [c.text for c in ingest_file(OFFICE / "blind992" / "blind992_sc_fengxian.pdf").clauses]
    assert "资料来源：课题组根据企业问卷及四川省对外投资合作业务统计整理。" in texts


def test_a_records_title_and_its_spaced_fields() -> None:
    """Regression: in the PDF of a 座谈会's 发言摘要, the title ran on into the 时 间：… line under it (发言摘要 named no
    文种), and 时 间：… and 地 点：…, their labels spaced, were read as one paragraph."""
    result = ingest_file(OFFICE / "blind997" / "blind997_ningbo_fayan.pdf")
    assert result.documents[0].title == "宁波市外资企业共建“一带一路”投资合作座谈会发言摘要"
    texts = [c.text for c in result.clauses]
    assert "时 间：2026年3月12日（星期四）下午2:30" in texts
    assert "地 点：市行政中心2号楼2409会议室" in texts


def test_a_meeting_records_title_broken_in_a_word() -> None:
    """Regression: a 会议记录's title typed over two paragraphs, broken inside 座谈会, lost its second line."""
    doc = ingest_file(OFFICE / "blind997" / "blind997_xiamen_jilu.docx").documents[0]
    assert doc.title == "厦门市共建“一带一路”外资企业座谈会会议记录"


def test_an_organ_over_a_hearings_report() -> None:
    """Regression: in the PDF, an organ's name over a 听证报告 whose title opens with the meeting it reports on
    (…收费标准调整听证会听证报告) was read into the title, the 听证会 taken for an organ's name: the organ issues it."""
    doc = ingest_file(OFFICE / "blind1000" / "blind1000_baogao.pdf").documents[0]
    assert doc.title == "钦州港区港口设施保安费收费标准调整听证会听证报告"
    assert doc.issuers == ("广西壮族自治区发展和改革委员会",)


def test_a_review_conclusions_title_over_its_fields() -> None:
    """Regression: in the PDF, a 公平竞争审查结论's title ran on into the field under it (政策措施名称：《…》): neither
    审查结论 nor a label of six characters stopped it."""
    result = ingest_file(OFFICE / "blind1002" / "blind1002_qingdao_jielun.pdf")
    assert result.documents[0].title.endswith("若干政策措施》的公平竞争审查结论")
    assert any(c.text.startswith("政策措施名称：《青岛市支持") for c in result.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_gazettes_contents_set_as_a_table(suffix: str) -> None:
    """Regression: a gazette's 目录 set as a borderless table, each entry's page in brackets in the cell beside it
    (…的通知｜（2）; in the PDF the page between the entry's wrapped lines), was read as a document of its own."""
    docs = ingest_file(OFFICE / "blind1001" / f"blind1001_yunnan_gongbao{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == [
        "云政发〔2026〕11号", "云政办发〔2026〕9号", "云南省商务厅公告2026年第2号"]
    assert docs[0].title == "云南省人民政府关于复制推广中国（云南）自由贸易试验区第三批改革试点经验的通知"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_leaders_instruction_quoted_over_the_reports_title(suffix: str) -> None:
    """Regression: a leader's 批示 quoted between a report's 版头 and its title (省领导批示：…) was read as the title; it
    is the report's first text, under its 主送, and the title is the one under it."""
    result = ingest_file(OFFICE / "blind1006" / f"blind1006_kunming_zhonglao{suffix}")
    assert result.documents[0].title == "关于落实省领导批示精神加快建设中老铁路国际物流枢纽有关情况的报告"
    assert result.documents[0].addressees == "云南省人民政府办公厅"
    assert result.clauses[0].text.startswith("省领导批示：中老铁路开通以来带动效应明显")


def test_two_instructions_under_their_label() -> None:
    """Regression: 省领导批示： alone, then the two leaders' 批示 a paragraph each, over the report's title."""
    result = ingest_file(OFFICE / "blind1006" / "blind1006_lianyungang_luhai.docx")
    assert result.documents[0].title == "连云港市商务局关于贯彻落实省领导批示精神推动新亚欧陆海联运通道建设情况的报告"
    texts = [c.text for c in result.clauses]
    assert any(t.startswith("省政府主要领导批示：连云港要在") for t in texts)
    assert any(t.startswith("省政府分管领导批示：请省商务厅") for t in texts)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_townships_government_is_below_any_level(suffix: str) -> None:
    """Regression: a township's government (峒岭镇人民政府, a place no gazetteer holds) issuing a 通知 was read as a
    ministry's, national."""
    doc = ingest_file(OFFICE / "blind1008" / f"blind1008_tongling_tongzhi{suffix}").documents[0]
    assert (doc.level, doc.region) == ("other", "")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_work_reports_outline_titled_over_two_lines(suffix: str) -> None:
    """Regression: …钦州港片区工作 / 情况汇报提纲 ran on into the byline under it (汇报提纲 named no 文种)."""
    doc = ingest_file(OFFICE / "blind1009" / f"blind1009_huibao_tigang{suffix}").documents[0]
    assert doc.title == "中国（广西）自由贸易试验区钦州港片区工作情况汇报提纲"
    assert doc.published == "2026-03-18"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_petitioners_fields_a_line_each(suffix: str) -> None:
    """Regression: a 信访事项处理意见书's 信访人 block, its fields typed with Shift+Enter, ran 住所：… on into
    委托代理人：…."""
    texts = [c.text for c in ingest_file(OFFICE / "blind1010" / f"blind1010_ningbo_chuli{suffix}").clauses]
    assert "住所：浙江省宁波市海曙区药行街128号恒远大厦15楼" in texts
    assert "委托代理人：李文静，宁波恒远进出口有限公司外贸部经理" in texts


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_ruling_after_the_judgment_it_corrects(suffix: str) -> None:
    """Regression: a 民事裁定书 printed after the 民事判决书 it corrects, numbered after it (（2026）粤0391民初512号之一),
    was read into the judgment (its number no 案号); in Word its start then took in the judgment's signature block
    (本件与原本核对无异 / 法官助理… / 书记员…)."""
    docs = ingest_file(OFFICE / "blind1007" / f"blind1007_qianhai_pv{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == [
        "（2026）粤0391民初512号", "（2026）粤0391民初512号之一"]
    assert docs[1].title == "深圳前海合作区人民法院民事裁定书"


def test_a_party_organs_star_rule_set_in_a_table() -> None:
    """Regression: a party organ's red rule with its star made of a table's borders (｜★｜ in its cells) was read as
    the title, the notice's own title under it read as paragraphs."""
    doc = ingest_file(OFFICE / "blind1012" / "blind1012_lyg_fengong_tongzhi.docx").documents[0]
    assert doc.title == ("中共连云港市委办公室 连云港市人民政府办公室印发《连云港市新亚欧陆海联运通道标杆示范项目建设"
                         "重点任务分工方案》的通知")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_feasibility_studys_number_in_its_covers_corner(suffix: str) -> None:
    """Regression: a study's cover with its 工程编号：… in the corner over the title took the number into the title."""
    doc = ingest_file(OFFICE / "blind1011" / f"blind1011_yn_kybg{suffix}").documents[0]
    assert doc.title.startswith("中老铁路（昆明）国际陆港多式联运物流中心项目可行性研究报告")


@pytest.mark.parametrize("name", ["blind1017_qingjiegao.docx", "blind1017_xiudinggao.docx", "blind1017_xiudinggao.pdf"])
def test_a_drafts_state_beside_its_attachment_label(name: str) -> None:
    """Regression: a draft sent for comments as 附件1 / 清洁稿 (or 附件 2　修订稿 on one line, in the PDF) took its state
    into its title; the state labels the copy, and the title is the draft's."""
    doc = ingest_file(OFFICE / "blind1017" / name).documents[0]
    assert doc.title == "中国（广西）自由贸易试验区南宁片区跨境电子商务管理办法（征求意见稿）"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_articles_numbered_in_full_width_figures(suffix: str) -> None:
    """Regression: a rule's articles numbered in figures (第４条, typed full-width) were no articles: an article's
    items （一）… stood apart from it."""
    clauses = ingest_file(OFFICE / "blind1020" / f"blind1020_banfa{suffix}").clauses
    article = next(c for c in clauses if c.text.startswith("第４条"))
    assert article.kind == Kind.ARTICLE
    assert "（一）在本县依法注册" in article.text
