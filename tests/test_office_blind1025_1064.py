"""Rounds 1025 onwards of stop 70, written by someone who had not read the reader (tests/data/office/blind1025 …, each
made by its make_blindNNN.py): notices with running heads that differ on odd and even pages; local regulations and
their amendments; a reform list over many pages; 版头 built in text boxes, borderless tables and the page's header;
answers to deputies' suggestions; task tables; text aligned with spaces; customs 公告 with goods lists (1025–1032);
meeting minutes; Q&A attachments and 解读; 批复 and the 请示 they answer; rules typed with manual line breaks; negative
lists; web editors' 解读 and news; text typed inside tables; application forms (1033–1040); gazettes in two columns;
compilations; the State Council's layout; long lists of firms; government rules; member and liaison lists; statistics
forms; commendations (1041–1048); 专栏 boxes; work plans; headers and watermarks; a 版头 or a 落款 as a picture; footnotes
and fields; text retyped line by line; 请示 and 批复 in one file; an old county template (1049–1056); forwarded 意见;
five-year plans; 答记者问; lists of powers; local standards; decisions devolving powers; joint notices of six organs;
drafting notes and review forms (1057–1064).
One test per fix, each failing before it; one more keeps a fix within its bounds (a single web article's dateline).
"""

from __future__ import annotations

import pytest

from bri_kb.ingest.cleaners import markdown_out
from bri_kb.vocabulary import Kind
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_long_name_wrapped_beside_a_large_upright_mark() -> None:
    """Regression: in the PDF of a notice whose organ's long name is spread over two rows beside 文件 set large and
    upright (文 by the first row, 件 by the second), the rows were read as one line (…试验区工作 文部际联席会议办公室 件) and
    taken as the title; the name is read whole, its 文件 after it."""
    doc = ingest_file(OFFICE / "blind1027" / "blind1027_lianxi_diba.pdf").documents[0]
    assert doc.issuing_mark == "国务院自由贸易试验区工作部际联席会议办公室文件"
    assert doc.title == "国务院自由贸易试验区工作部际联席会议办公室关于印发自由贸易试验区第八批改革试点经验复制推广清单的通知"


def test_a_second_organs_name_wrapped_round_its_marks_word() -> None:
    """Regression (round 1014): in the PDF of a joint 版头 whose second organ's name wraps in its cell, 文件 printed
    beside its first part (钦州市人民政府 / 中国（广西）自由贸易试验区 文件 / 钦州港片区管理委员会), the first organ was
    read as the title and the 文号 was lost; both organs now make the mark."""
    doc = ingest_file(OFFICE / "blind1014" / "blind1014_qz_zibao.pdf").documents[0]
    assert doc.issuing_mark == "钦州市人民政府 中国（广西）自由贸易试验区钦州港片区管理委员会文件"
    assert doc.doc_number is not None and doc.doc_number.text == "钦政报〔2026〕5号"
    assert doc.title.startswith("钦州市人民政府、中国（广西）自由贸易试验区钦州港片区管理委员会关于报送")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_report_laid_out_as_a_table_of_sections(suffix: str) -> None:
    """Regression: a report typed as a table of two columns, each section's heading (一、基本 / 情况, wrapped in its
    narrow cell) beside its paragraphs, was read as five table rows; it is read as headings and their paragraphs."""
    clauses = ingest_file(OFFICE / "blind1039" / f"blind1039_mlbg{suffix}").clauses
    headings = [c.text for c in clauses if c.kind == Kind.HEADING]
    assert headings[:5] == ["一、基本情况", "二、主要做法", "三、存在问题", "四、下一步工作打算", "五、意见建议"]
    texts = [c.text for c in clauses]
    assert ("中老磨憨—磨丁经济合作区建设稳步推进，合作区共同发展总体规划（修订稿）已报省人民政府审定；勐腊（磨憨）重点开发开放试验区"
            "全年新引进物流仓储、进口加工类项目19个，协议投资额42.6亿元。") in texts
    assert "二是市场主体偏小偏弱。全县年进出口额超1亿元的企业仅23家，抗风险能力不强。" in texts
    assert not any(c.kind == Kind.TABLE_ROW and "基本情况" in c.text for c in clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_two_web_articles_each_under_its_source_and_time(suffix: str) -> None:
    """Regression: a news piece and an 一图读懂 saved into one file, each titled over its dateline with the source first
    (来源：厦门市商务局⇥发布时间：…), were read as one document; each is its own, dated by its line."""
    docs = ingest_file(OFFICE / "blind1038" / f"blind1038_xiamen_xinwen{suffix}").documents
    assert [d.title for d in docs] == ["市商务局举行《厦门市支持外贸企业深度拓展“一带一路”市场若干措施》新闻发布会",
                                       "【一图读懂】《厦门市支持外贸企业深度拓展“一带一路”市场若干措施》"]
    assert [d.published for d in docs] == ["2026-03-18", "2026-03-19"]


def test_one_web_article_under_its_source_and_time_stays_one() -> None:
    """Bound: the source-first dateline splits a file only where two articles or more print one (round 958's 解读 keeps
    its title over its subtitle; taking every such line as a compilation's header retitled it, and four other files)."""
    docs = ingest_file(OFFICE / "blind958" / "blind958_jiedu.docx").documents
    assert [d.title for d in docs] == ["打造面向东盟开放合作高地——2026年南宁市政府工作报告对外开放部分解读"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_committees_office_meeting_minutes_issued_by_the_committee(suffix: str) -> None:
    """Regression: a 片区管委会's 办公会议纪要 (its mark over two lines, …洛阳片区管理委员会 / 办公会议纪要) was issued by the
    office that edits it (洛阳片区管委会综合办公室); the committee whose meeting it records issues it."""
    doc = ingest_file(OFFICE / "blind1033" / f"blind1033_luoyang_bangonghui{suffix}").documents[0]
    assert doc.issuers == ("中国（河南）自由贸易试验区洛阳片区管理委员会",)


def test_a_forms_blank_day_keeps_its_underscores() -> None:
    """Regression: a form's blank day, ____年__月__日, lost its short blanks (read as Markdown's bold marks round 月):
    ____年月日."""
    assert markdown_out("填报日期：____年__月__日") == "填报日期：____年__月__日"
    assert markdown_out("__一、总体要求__") == "一、总体要求"
    texts = [c.text for c in ingest_file(OFFICE / "blind1040" / "blind1040_zhejiang.docx").clauses]
    assert "填报日期：____年__月__日" in texts


def test_a_row_cut_between_two_items_of_its_cell() -> None:
    """Regression: in the PDF of a negative list whose every row has its own 序号, a row the page break cut between the
    two items of its measure's cell (1.国内水上运输… / 2.在钦州港片区…) was read as two rows, the second taking the first's
    序号 and 领域 as if merged down; it is one row."""
    rows = [c.text for c in ingest_file(OFFICE / "blind1037" / "blind1037_guangxi_gonggao.pdf").clauses
            if c.kind == Kind.TABLE_ROW and "水上运输" in c.text]
    assert len(rows) == 1
    assert "1.国内水上运输公司须由中方控股。2.在钦州港片区注册的外商投资国际集装箱班轮公司" in rows[0]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_gazette_issue_dated_by_a_named_field(suffix: str) -> None:
    """Regression: a gazette's head whose issue line names its day (2026年第10期（总第1038期）　出版日期：2026年5月15日),
    under the name in pinyin, was not taken as its head: the issue read as one document titled 云南省人民政府公报; it
    carries two, each with its own title and 文号."""
    docs = ingest_file(OFFICE / "blind1041" / f"blind1041_yunnan{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["云政复〔2026〕14号", "云商自贸〔2026〕9号"]
    assert docs[0].title == "云南省人民政府关于同意设立中国（云南）自由贸易试验区大理联动创新区的批复"


def test_two_columns_whose_lines_stand_at_different_heights() -> None:
    """Regression: in the PDF of a gazette set in two columns whose lines do not stand level (each paragraph's spacing
    its own), the columns were read across, line by line, interleaving the two documents; each column is read whole."""
    clauses = [c.text for c in ingest_file(OFFICE / "blind1041" / "blind1041_yunnan.pdf").clauses]
    assert any(t.startswith("大理州人民政府《关于申请设立中国（云南）自由贸易试验区大理联动创新区的请示》（大政请〔2026〕3号）")
               and t.endswith("现批复如下：") for t in clauses)
    assert "二、评估内容。主要包括制度创新、投资贸易便利化、产业发展、辐射带动和风险防控5个方面，具体评估指标见附件。" in clauses


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_compilations_preface_naming_what_it_gathers(suffix: str) -> None:
    """Regression: a compilation's cover and its 编者按 (…编印成《…汇编（三）》…收录文件以原件为准) were read as a document of
    their own, titled with the book's name; the cover is the book's, and its three documents are all it holds."""
    docs = ingest_file(OFFICE / "blind1042" / f"blind1042_yunnan_huibian{suffix}").documents
    assert len(docs) == 3
    assert docs[0].title == "云南省人民政府关于向中国（云南）自由贸易试验区下放第三批省级行政权力事项的决定"


def test_a_member_lists_posts_run_together_do_not_stall_the_reader() -> None:
    """Regression: in the PDF of a notice whose member list sets names and posts in two columns, the posts read as
    one long line of organs' names run together (…省人民政府副秘书长省商务厅厅长…) and the signature pattern, parting
    it in every way, did not finish; the file is now read."""
    doc = ingest_file(OFFICE / "blind1046" / "blind1046_hunan_tiaozheng.pdf").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "湘政办函〔2026〕58号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_notice_whose_signature_is_a_picture_dated_by_its_imprint(suffix: str) -> None:
    """Regression: a notice whose 落款 (organ, date and seal) is a picture printed no day in its text but its 版记's
    (钦州市商务局办公室⇥2026年4月20日印发), and had no date; it is made public that day."""
    doc = ingest_file(OFFICE / "blind1052" / f"blind1052_qinzhou_luokuantu{suffix}").documents[0]
    assert doc.signed is None
    assert doc.published == "2026-04-20"


def test_a_footnotes_cited_rule_does_not_date_the_plan() -> None:
    """Regression: a plan's footnote citing a rule (注4：国家发展和改革委员会令第11号，…自2018年3月1日起施行。) gave the
    plan that rule's start; the plan's own (本方案自2026年2月1日起实施) is its."""
    doc = ingest_file(OFFICE / "blind1053" / "blind1053_fujian_fangan.docx").documents[0]
    assert doc.effective == "2026-02-01"
    assert doc.expires == "2027-12-31"


def test_a_joint_signature_of_two_offices_still_reads_as_one() -> None:
    """Bound: the signature pattern, each organ now taken whole, still reads two offices a space apart (中共连云港市委办公室
    连云港市人民政府办公室; a first try, each organ the shortest name it could be, read 中共连云港市委 and left 办公室 over)
    as the two issuers."""
    from bri_kb.ingest.signature import SIGNATURE

    assert SIGNATURE.fullmatch("中共连云港市委办公室 连云港市人民政府办公室")
    assert SIGNATURE.fullmatch("中国（四川）自由贸易试验区\n成都青白江铁路港片区管理委员会")
    assert not SIGNATURE.fullmatch("省人民政府副秘书长省商务厅厅长省委外办副主任" * 6 + "副市长")
    doc = ingest_file(OFFICE / "blind1012" / "blind1012_lyg_fengong_tongzhi.pdf").documents[0]
    assert doc.issuers == ("中共连云港市委办公室", "连云港市人民政府办公室")


def test_a_member_list_typed_with_tabs_a_line_each() -> None:
    """Regression: a member list typed with tabs (召 集 人：⇥郑　华⇥省人民政府副省长 / 黄志鹏⇥省商务厅厅长) was read as a table
    of its labelled lines, the others run together (吴建平 省发展改革委副主任叶晓东 …); each entry is a line of its own."""
    texts = [c.text for c in ingest_file(OFFICE / "blind1046" / "blind1046_fujian_lxhy.docx").clauses]
    assert "黄志鹏 省商务厅厅长" in texts
    assert "吴建平 省发展改革委副主任" in texts
    assert any(t.startswith("成") and t.endswith("陈文彬 省委台港澳办副主任") for t in texts)
    assert not any("叶晓东" in t and "吴建平" in t for t in texts)
