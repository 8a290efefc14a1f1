"""Rounds 748–779, written by someone who had not read the reader (tests/data/office/blind748 … blind779, each made by
its make_blindNNN.py): 任免 notices; 依申请公开 answers and 告知书; 政府信息公开 annual reports with their standard
tables; 准予 and 不予行政许可决定书; 督办 notices marked 急件; a 资金池 实施细则; press conferences' transcripts;
investment agreements with their 补充协议 (748–755); customs 预裁定 决定书; meeting notices with their 回执; 征求意见
notices; yearly summaries; 领导小组 changes; 公示 of recommended projects; 通关时效 通报s; 告知承诺 notices (756–763);
收费目录清单 公示 and 合法性审查 papers among 764–771; study papers, 执法检查 reports, 补充公告 and 成交 results among
772–779.
One test per fix; each failed before it, but one, which guards a step taken while building (its docstring says so)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.blocks import _lead_width
from bri_kb.ingest.endings import closes as _closes
from bri_kb.ingest.rows import heads_again, stub_width
from bri_kb.vocabulary import parse_doc_number
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _clauses(path: str) -> list[str]:
    return [c.text for c in ingest_file(OFFICE / path).clauses]


def test_a_header_inside_the_table_reads_the_rows_under_it() -> None:
    """Regression: a 政府信息公开 report's first table gives each part its own columns (信息内容｜本年处理决定数量 under
    第二十条第（五）项); its rows were read by the table's first header (信息内容：信息内容⏎本年制发件数：本年处理决定数量,
    信息内容：行政许可⏎本年制发件数：8,862)."""
    clauses = _clauses("blind750/blind750_xiamen_nianbao.docx")
    assert "信息内容：行政许可\n本年处理决定数量：8,862" in clauses
    assert "信息内容：行政事业性收费\n本年收费金额（单位：万元）：0" in clauses
    assert not any(c.startswith("信息内容：信息内容") for c in clauses)


def test_heads_again_needs_the_first_name_and_no_figure() -> None:
    header = ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
    assert heads_again(("信息内容", "本年处理决定数量", "", ""), header)
    assert not heads_again(("信息内容", "8,862", "", ""), header)  # (a figure: a row)
    assert not heads_again(("行政许可", "本年处理决定数量", "", ""), header)  # (another first name)
    assert not heads_again(header, header)  # (the header itself, typed again)


def test_the_rows_own_names_under_no_header() -> None:
    """Regression: the columns on the left a header names none of (empty, or a note in brackets: （本列数据的勾稽关系为：
    …）) were named 列1, 列2 or by the note in each row; the row's names now come first, one after another."""
    clauses = _clauses("blind750/blind750_ningbo_baosong.docx")
    assert any(c.startswith("三、本年度办理结果／（三）不予公开／1.属于国家秘密\n申请人情况／自然人：0") for c in clauses)
    assert not any("勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）：" in c for c in clauses)
    assert stub_width(("", "", "", "申请人情况／自然人")) == 3
    assert stub_width(("（本列数据的勾稽关系为：第一项加第二项之和）", "", "自然人")) == 2
    assert stub_width(("指标", "2025年")) == 0
    assert stub_width(("", "")) == 0


def test_a_header_of_three_rows_whose_first_reaches_down_nowhere() -> None:
    """Regression: a table of reviews and suits (行政复议｜行政诉讼 over 结果维持 … 未经复议直接起诉｜复议后起诉 over their
    结果维持 …) was read as lines of cells, its one row of figures no row under names."""
    clauses = _clauses("blind750/blind750_xiamen_nianbao.docx")
    row = next(c for c in clauses if c.startswith("行政复议／结果维持："))
    assert row.startswith("行政复议／结果维持：2\n行政复议／结果纠正：1")
    assert "行政诉讼／未经复议直接起诉／结果维持：1" in row


@pytest.mark.parametrize("path", ["blind752/blind752_fujian_ftz.docx", "blind752/blind752_chongqing_zaiduban.pdf"])
def test_urgent_as_offices_type_it(path: str) -> None:
    """Regression: a 督办 notice marked 急件 (or 急 件) over its 版头 was titled 急件."""
    doc = ingest_file(OFFICE / path).documents[0]
    assert doc.title.endswith("督办的通知") or doc.title.endswith("督办通知")
    assert doc.urgency is not None and doc.urgency.replace(" ", "") == "急件"


def test_a_decisions_series_in_its_number() -> None:
    """Regression: 昆自贸管许〔2025〕不字第3号 (a 不予行政许可决定书, numbered apart from the grants) was no 文号."""
    number = parse_doc_number("昆自贸管许〔2025〕不字第3号")
    assert number is not None and (number.text, number.year, number.serial) == ("昆自贸管许〔2025〕不字第3号", 2025, "3")
    doc = ingest_file(OFFICE / "blind751" / "blind751_kunming_buyu.pdf").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "昆自贸管许〔2025〕不字第3号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_number_in_its_field_over_the_title(suffix: str) -> None:
    """Regression: a 补正告知书 and the 答复书 after it, each numbered in a field over its title (编号：厦自贸委依申补〔2026〕3号),
    were one document: the field was read as no 文号, so the second title was none."""
    docs = ingest_file(OFFICE / "blind749" / f"blind749_xm_buzheng_dafu{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["厦自贸委依申补〔2026〕3号", "厦自贸委依申复〔2026〕11号"]
    assert docs[0].title.endswith("补正告知书") and docs[1].signed == "2026-02-12"


def test_a_cited_item_cut_after_its_di() -> None:
    """Regression: a PDF line cut after 第 (…第三十六条第 / （一）项的规定…) opened an item （一） there."""
    clauses = _clauses("blind749/blind749_xm_buzheng_dafu.pdf")
    assert any(c.startswith("根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，您可以登录") for c in clauses)


@pytest.mark.parametrize("path,start,rest", [
    ("blind747/blind747_wuhan_dafu.pdf", "近年来，我市坚持", "持续优化线路布局。2025年"),
    ("blind745/blind745_nanning_pingjia.pdf", "评价结果采用百分制", "以上为“优”，80分"),
])
def test_a_line_short_of_the_edge_by_what_went_down_whole(path: str, start: str, rest: str) -> None:
    """Regression: LibreOffice takes a character down with the full stop and the number after it (布 / 局。2025) and with
    a quotation it opens (以上 / 为“优”，), leaving the line above short; its paragraph was cut there."""
    assert any(c.startswith(start) and rest in c for c in _clauses(path))


def test_what_goes_down_whole_is_measured() -> None:
    assert _lead_width("局。2025年，中欧班列", 16.0) > 4 * 16.0
    assert _lead_width("为“优”，80分（含）", 16.0) > 4 * 16.0
    assert _lead_width("近年来，我市", 16.0) == 0.0


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_press_conferences_transcript(suffix: str) -> None:
    """Regression: transcripts titled over two lines (中国（广西）自由贸易试验区 / 挂牌六周年新闻发布会文字实录) were titled
    by the first; one in its 新闻办's series (新闻发布会实录 / 第37期 / …编 date) by the series; and none was dated by
    its table of facts (发布时间｜…) or its first sentence (2025年9月24日上午，…举行…), nor issued by its 举办单位."""
    guangxi = ingest_file(OFFICE / "blind754" / f"blind754_guangxi_zmq{suffix}").documents[0]
    assert guangxi.title == "中国（广西）自由贸易试验区挂牌六周年新闻发布会文字实录"
    assert guangxi.issuers == ("广西壮族自治区人民政府新闻办公室",) and guangxi.signed == "2025-08-28"
    hunan = ingest_file(OFFICE / "blind754" / f"blind754_hunan_zmq{suffix}").documents[0]
    assert hunan.title == "“中国（湖南）自由贸易试验区挂牌五周年”新闻发布会实录"
    assert hunan.signed == "2025-09-24"
    zhengzhou = ingest_file(OFFICE / "blind754" / f"blind754_zhengzhou_banlie{suffix}").documents[0]
    assert zhengzhou.title == "郑州市人民政府新闻办公室“中欧班列（中豫号）2025年运营成绩”新闻发布会实录"
    assert zhengzhou.signed == "2026-01-15"


def test_speakers_turns_set_flush_in_a_pdf() -> None:
    """Regression: a transcript's turns indented by half-width spaces (a little over a character) were read as one
    paragraph (…下面请各位记者提问。记者：请问…), atop a page too."""
    clauses = _clauses("blind754/blind754_guangxi_zmq.pdf")
    assert "主持人：谢谢韦海燕女士的介绍。下面请各位记者提问。" in clauses
    assert "记者：请问南宁片区在服务中国—东盟开放合作方面有哪些新进展？" in clauses


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_agreement_signed_in_a_table_of_names(suffix: str) -> None:
    """Regression: an agreement's signing table naming its parties alone in a row (…管理委员会｜…科技有限公司) was no
    signature, so it had no date; and its PDF's title (…投资合作协议书, no 文种 known) ran on into the parties under it."""
    doc = ingest_file(OFFICE / "blind755" / f"blind755_xiamen_xieyi{suffix}").documents[0]
    assert doc.title == "厦门自贸片区新型储能系统集成及电芯制造项目投资合作协议书"
    assert doc.signed == "2026-03-18"
    assert doc.doc_number is not None and doc.doc_number.text == "厦自贸投协〔2026〕17号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_supplementary_agreement_after_the_signing(suffix: str) -> None:
    """Regression: a 补充协议 printed after the agreement's signing (签订地点：河南省郑州市) was part of it; the agreement's
    parties, named in a table (甲方｜…｜住所…), were no issuers."""
    docs = ingest_file(OFFICE / "blind755" / f"blind755_zhengzhou_zbq{suffix}").documents
    assert [d.title for d in docs] == ["郑州经开综合保税区中亚跨境电商保税分拨中心项目投资合作协议",
                                       "郑州经开综合保税区中亚跨境电商保税分拨中心项目投资合作协议之补充协议"]
    assert docs[0].issuers == ("郑州经开综合保税区管理委员会", "河南丝路远通供应链管理有限公司")
    assert docs[0].signed == "2026-05-20" and docs[1].signed == "2026-06-25"


@pytest.mark.parametrize("line", ["签订日期：2026年5月20日", "　　签订地点：河南省郑州市｜",
                                  "签订日期：2026年5月20日｜签订日期：2026年5月20日"])
def test_a_signings_last_field_closes(line: str) -> None:
    """An agreement's date or place signed, alone or in a table's cells, closes what it signs."""
    assert _closes(line)


def test_a_signing_field_among_other_cells_closes_nothing() -> None:
    """Guards the step above (it passed before it): a row with a cell of anything else, or no text, closes nothing."""
    assert not _closes("签订日期：2026年5月20日｜备注")
    assert not _closes("｜")


# Rounds 756–771: 预裁定 决定书, meeting notices with their 回执, 征求意见 notices, yearly summaries, 领导小组 changes,
# 公示 of recommended projects, 通关时效 通报s and 告知承诺 notices.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_telegrams_number_in_a_cell_of_its_own(suffix: str) -> None:
    """Regression: a 明传电报's grid giving its number in a cell with no label (等级｜特急·明电｜湘商明电〔2026〕9号｜) gave
    the document no 文号."""
    doc = ingest_file(OFFICE / "blind757" / f"blind757_hunan_mingdian{suffix}").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "湘商明电〔2026〕9号"
    assert doc.title == "湖南省商务厅关于召开全省自贸试验区建设暨“一带一路”经贸合作工作推进会的通知"


def test_a_mark_over_two_lines_over_a_title_that_stops_inside_its_name() -> None:
    """Regression: a 片区's mark over two lines (中国（广西）自由贸易试验区 / 钦州港片区管理委员会) over a title whose first
    line stops inside the organ's name (…试验区钦州港片区 / 管理委员会关于《…》…) was taken for the title."""
    doc = ingest_file(OFFICE / "blind758" / "blind758_qinzhou_pianqu.docx").documents[0]
    assert doc.title.startswith("中国（广西）自由贸易试验区钦州港片区管理委员会关于《钦州港片区西部陆海新通道跨境物流发展扶持办法")
    assert doc.issuers == ("中国（广西）自由贸易试验区钦州港片区管理委员会",) and doc.signed == "2026-04-09"


def test_a_second_organs_title_over_its_opening_sentence() -> None:
    """Regression: a second 公示 printed after the first's 落款, its title naming its organ (湖北省商务厅关于…的公示) over
    its opening sentence, was read into the first in the PDF."""
    docs = ingest_file(OFFICE / "blind761" / "blind761_hb_liangxiang.pdf").documents
    assert [d.title for d in docs] == ["湖北省商务厅关于2026年度省级重点外资项目拟推荐名单的公示",
                                       "湖北省商务厅关于2026年度省级外资研发中心拟认定名单的公示"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_notices_own_start_after_a_decisions(suffix: str) -> None:
    """Regression: a 公告 saying first when the decisions it lists start (撤销决定自作出之日起生效, no day) and then its
    own (本公告自2026年3月1日起施行) had no 施行 date: only the first such phrase was read (and it ran on past a 。)."""
    doc = ingest_file(OFFICE / "blind756" / f"blind756_wulumuqi_gonggao{suffix}").documents[0]
    assert doc.effective == "2026-03-01"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_account_of_how_an_opinion_was_taken(suffix: str) -> None:
    """Regression: the Word file's title over four paragraphs ending …合法性审查意见 / 采纳情况的说明 stopped at its first
    line (no 文种 known: 情况的说明), and at …意见 when it was known. (The PDF, its title one line, read it whole before.)"""
    doc = ingest_file(OFFICE / "blind770" / f"blind770_xiamen_caina{suffix}").documents[0]
    assert doc.title == ("关于《中国（福建）自由贸易试验区厦门片区支持航运物流企业高质量发展若干措施（送审稿）》"
                         "合法性审查意见采纳情况的说明")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_list_a_notice_publishes_named_without_brackets(suffix: str) -> None:
    """Regression: a notice publishing a list named in its title without 《》 (关于公布厦门口岸进出口环节收费目录清单（2026年版）
    的通知), its start given as the list's (《清单》自2026年3月1日起施行，有效期至2027年12月31日), had no dates: the sentence
    was taken for another document's."""
    doc = ingest_file(OFFICE / "blind767" / f"blind767_xiamen_qingdan{suffix}").documents[0]
    assert (doc.effective, doc.expires) == ("2026-03-01", "2027-12-31")


# Rounds 772–779: 招聘 notices, 裁量基准, 听证 notices, 调研 notices, 政府工作报告 摘编, 执法检查 reports, 受理回执,
# 中标 and 成交 results.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_study_papers_head_over_its_issues_title(suffix: str) -> None:
    """Regression: an office's study papers (内部资料 / 商务学习参考 / 2026年第2期（总第37期） / …办公室编印⇥2026年2月16日)
    were titled by their name, with no issuer or day; the issue's own title under the head is its title."""
    doc = ingest_file(OFFICE / "blind776" / f"blind776_qingdao_jianbao{suffix}").documents[0]
    assert doc.title == "青岛市2026年政府工作报告中自贸试验区和“一带一路”相关内容摘编"
    assert doc.issuers == ("青岛市商务局办公室",) and doc.published == "2026-02-16"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_session_paper_numbered_in_its_session(suffix: str) -> None:
    """Regression: a report's session mark named short and numbered (省十四届人大常委会第十九次会议文件（11）) was taken
    for its title."""
    doc = ingest_file(OFFICE / "blind777" / f"blind777_hunan_jcbg{suffix}").documents[0]
    assert doc.title == "湖南省人民代表大会常务委员会执法检查组关于检查《中国（湖南）自由贸易试验区条例》实施情况的报告"
    assert doc.issuers == ("湖南省人民代表大会常务委员会执法检查组",) and doc.signed == "2025-09-24"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_opinions_after_the_report_they_review(suffix: str) -> None:
    """Regression: a gazette's 审议意见 printed after the report it reviews (以上报告,请审议。 / …常务委员会关于…的审议意见 /
    自治区人民政府：) was part of the report."""
    docs = ingest_file(OFFICE / "blind777" / f"blind777_guangxi_gongbao{suffix}").documents
    assert len(docs) == 2 and docs[1].title.endswith("执法检查报告的审议意见")
    assert (docs[0].signed, docs[1].signed) == ("2026-03-25", "2026-04-09")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_organs_announcement_head_over_its_number_and_title(suffix: str) -> None:
    """Regression: 厦门市商务局公告 / 2026年第5号 over a title of three lines (…成交结果公告) was titled by its head."""
    doc = ingest_file(OFFICE / "blind779" / f"blind779_xiamen_chengjiao{suffix}").documents[0]
    assert doc.title == "厦门市商务局2026年“丝路海运”国际航线推介及“一带一路”经贸合作服务项目成交结果公告"
    assert doc.doc_number is not None and doc.doc_number.text == "厦门市商务局公告2026年第5号"


def test_a_supplement_after_a_forms_last_row() -> None:
    """Regression: a 补充公告 printed after the 登记表 its 公告 attaches (its last row 审核意见｜审核人（签名）： 年 月 日｜…)
    was part of that 公告."""
    docs = ingest_file(OFFICE / "blind772" / "blind772_honghe.docx").documents
    assert len(docs) == 2 and docs[1].title.endswith("有关事项调整的补充公告")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_urgency_and_number_on_one_line(suffix: str) -> None:
    """Regression: 特急 and the 文号 on one line, a tab apart, read as the number 特急鲁政研函〔2026〕6号."""
    doc = ingest_file(OFFICE / "blind775" / f"blind775_sd_ydyl_diaoyan{suffix}").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "鲁政研函〔2026〕6号"
    assert doc.urgency == "特急"
