"""Rounds 416–471, written by someone who had not read the reader (tests/data/office/blind416 … blind471, each made by
its make_blindNNN.py). Rounds 416–423: 政府令 and 起草说明, 办事指南, 会议通知 with their forms, 统计公报, joint party
and government notices, talent policies, 示范文本 contracts, 双随机 plans and credit rules. One test per fix; each
failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_decree_signed_in_a_layout_table() -> None:
    """Regression: a 令 whose 市长 and date (in Chinese numerals) sit in a borderless table's cells was read as a
    table row and a date: no signature, so the rule it makes (郑州市促进中欧班列高质量发展办法) was not its title and
    the 令's number (第２６８号, full-width figures) was no 文号."""
    doc = ingest_file(OFFICE / "blind416" / "blind416_zhengzhou_ling.docx").documents[0]
    assert doc.title == "郑州市促进中欧班列高质量发展办法"
    assert doc.doc_number is not None and doc.doc_number.text == "郑州市人民政府令第268号"
    assert doc.issuers == ("郑州市人民政府",)


def test_blanks_typed_as_underscores_are_kept() -> None:
    """Regression: a contract's blanks typed as underscores (之日起______日内…人民币______万元) were read as Markdown's
    bold marks around the words between two of them and taken out."""
    parsed = ingest_file(OFFICE / "blind422" / "blind422_xiamen_shifanwenben.docx")
    firsts = [c.text.split("\n")[0] for c in parsed.clauses]
    assert ("第四条 乙方应当于本协议签订之日起______日内在片区内注册设立项目公司，注册资本不低于人民币______万元"
            "（或者等值外币______万美元）。") in firsts


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_model_contracts_cover(suffix: str) -> None:
    """Regression: a 示范文本's cover (示范文本编号：XMZM-2026-01 / title / （示范文本） / 制定单位：… / date) was titled
    by the number line and the title run together; the number, by which it is cited, was none, its 制定单位 no issuer,
    and the contract's own 自双方…盖章之日起生效 gave it an effective date."""
    doc = ingest_file(OFFICE / "blind422" / f"blind422_xiamen_shifanwenben{suffix}").documents[0]
    assert doc.title == "厦门片区产业项目投资合作协议（示范文本）"
    assert doc.doc_number is not None and doc.doc_number.text == "XMZM-2026-01"
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会",)
    assert doc.effective is None


def test_fields_left_blank_stay_lines() -> None:
    """Regression: a contract's party fields, each a line with a blank to fill in (地址：____ / 法定代表人（负责人）：____),
    were run together as one paragraph; the signing page's note (（本页为《…》签署页）) ran into the last article."""
    texts = [c.text for c in ingest_file(OFFICE / "blind422" / "blind422_xiamen_shifanwenben.docx").clauses]
    assert "地址：________________________________" in texts
    assert "第二十二条 本协议一式______份，甲方执______份，乙方执______份，具有同等法律效力。" in texts


def test_the_drafters_account_of_a_draft_has_no_dates_in_force() -> None:
    """Regression: 关于《…办法（草案）》的说明 took the draft's 自2026年3月1日起施行 as its own effective date."""
    doc = ingest_file(OFFICE / "blind416" / "blind416_xiamen_shuoming.docx").documents[0]
    assert doc.effective is None


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_two_guides_one_after_the_other(suffix: str) -> None:
    """Regression: a second 办事指南 printed under the first's 落款 (…政务服务中心 / 2025年12月10日 / its title) was read
    as part of the first, and the 落款's organ (a 政务服务中心) ran into the first's last item."""
    docs = ingest_file(OFFICE / "blind417" / f"blind417_xiamen_banshizhinan{suffix}").documents
    assert [d.title for d in docs] == ["中国（福建）自由贸易试验区厦门片区外商投资企业设立登记办事指南",
                                       "中国（福建）自由贸易试验区厦门片区外商投资企业注销登记办事指南"]
    assert all(d.issuers == ("中国（福建）自由贸易试验区厦门片区政务服务中心",) for d in docs)


def test_a_meeting_note_naming_its_body_short() -> None:
    """Regression: a rule's adoption note naming the meeting's body short (片区管委会第12次主任办公会议审议通过) gave
    that short name as the issuer, over the 落款's full name."""
    doc = ingest_file(OFFICE / "blind421" / "blind421_wuhan_banfa.docx").documents[0]
    assert doc.issuers == ("中国（湖北）自由贸易试验区武汉片区管理委员会",)


def test_a_cell_cut_by_the_page_break() -> None:
    """Regression: a table's row whose first cell a page break cut (跨境电子商务企 / 业和行业协会), its other cells
    whole above the break, left the rest as a row of its own."""
    texts = [c.text for c in ingest_file(OFFICE / "blind416" / "blind416_xiamen_shuoming.pdf").clauses]
    assert any(t.startswith("征求意见对象：跨境电子商务企业和行业协会\n") for t in texts)
    assert "业和行业协会" not in texts


def test_codes_and_addresses_moved_whole_to_the_next_line() -> None:
    """Regression: LibreOffice moves a list of codes (9610、9710…) or an e-mail address whole onto the next line, however
    short that leaves the line above: the sentence was cut there."""
    texts = [c.text for c in ingest_file(OFFICE / "blind416" / "blind416_xiamen_shuoming.pdf").clauses]
    assert any("推行9610、9710、9810、1210等监管方式" in t for t in texts)
    texts = [c.text for c in ingest_file(OFFICE / "blind418" / "blind418_xiamen_tongzhi.pdf").clauses]
    assert "注：请于5月15日（星期五）前将回执加盖公章后扫描发送至xmftzmyc@163.com。" in texts


def test_a_page_of_indented_lines_and_a_contact_run_on() -> None:
    """Regression: a PDF page whose lines are all indented (numbered items wrapped under their text) was measured from
    its own leftmost line, so a paragraph's indent went unseen and it ran into the heading above (三、主要条款说明);
    and a 联系人 the paragraph's full line ran on into was read as a line of its own."""
    texts = [c.text for c in ingest_file(OFFICE / "blind422" / "blind422_xiamen_tongzhi.pdf").clauses]
    assert "《示范文本》主要条款及调整权限见下表：" in texts
    assert "执行中如有问题，请及时向片区管委会招商服务局反映。联系人：陈晓岚，电话：0592－5681234。" in texts


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_reports_cover_is_no_clause(suffix: str) -> None:
    """Regression (round 340, found with round 422's covers): a report's cover under its title (编制单位：… / 2026年3月)
    and the title printed again over the text were read as its first clauses."""
    parsed = ingest_file(OFFICE / "blind340" / f"blind340_heilongjiang_baogao{suffix}")
    assert parsed.clauses[0].text.startswith("2025年是中国（黑龙江）自由贸易试验区绥芬河片区")


# Rounds 424–431: tracked changes, Excel attachments, 表扬通报, 资金分配表, a WeChat post, 明白纸 leaflets, Word fields,
# 整改 documents.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_party_groups_mark_and_number(suffix: str) -> None:
    """Regression: a 党组's mark (中共广西壮族自治区商务厅党组文件) was no organ's, so the mark and the 文号 under it
    were read into the title, and the document had no 文号 and no issuer."""
    doc = ingest_file(OFFICE / "blind431" / f"blind431_guangxi_fangan{suffix}").documents[0]
    assert doc.title == "中共广西壮族自治区商务厅党组关于自治区党委第三巡视组巡视反馈意见整改工作方案"
    assert doc.doc_number is not None and doc.doc_number.text == "桂商党组发〔2025〕27号"
    assert doc.issuers == ("中共广西壮族自治区商务厅党组",)


def test_a_leaflets_panels_set_in_a_table() -> None:
    """Regression: a 明白纸 sets its panels in a borderless table (■ 政策要点 / （1）… / （2）… in one cell): each cell
    was read as one table cell, its items run together; and the title, in two lines, ended on 明白纸, no 文种."""
    parsed = ingest_file(OFFICE / "blind429" / "blind429_xiamen_mingbaizhi.docx")
    assert parsed.documents[0].title == "厦门片区跨境电商企业海关备案办事流程明白纸"
    texts = [c.text for c in parsed.clauses]
    assert "（1）备案免费：海关办理跨境电商企业备案不收取任何费用，也未委托任何中介机构代办。" in texts


def test_units_named_a_line_each() -> None:
    """Regression: a 通报's units, a name a line (片区管委会自贸创新局 / 片区管委会政务服务局（行政审批局） / …), were
    read in a PDF as a table printed cell by cell and run together into one clause."""
    texts = [c.text for c in ingest_file(OFFICE / "blind426" / "blind426_wuhan_biaoyang.pdf").clauses]
    assert "片区管委会自贸创新局" in texts
    assert "武汉海关所属东湖海关" in texts


def test_a_contact_the_paragraphs_full_line_runs_on_into() -> None:
    """Regression: in a PDF, a paragraph's full line ending …联系电话：0371-67181125； ran on, unindented, into 通信地址：…;
    the field was read as a line of its own."""
    texts = [c.text for c in ingest_file(OFFICE / "blind431" / "blind431_zhengzhou_tongbao.pdf").clauses]
    assert any(t.startswith("欢迎广大干部群众") and t.endswith("电子邮箱：zzswjxczg@126.com。") for t in texts)


# Rounds 432–439: 执法检查 reports, 政府信息公开 answers and reports, 繁體 documents, bilingual memoranda and 新闻通稿,
# 决定书, 台账, consultation packages, mixed character widths.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_press_releases_label_and_byline(suffix: str) -> None:
    """Regression: a 新闻通稿 opens with its label (新 闻 通 稿) and the office and day on one line over the headline:
    the three lines were read as the title, the release had no issuer and no date; and its table of figures, under a
    相关链接 heading, was taken for the page's links and left out."""
    parsed = ingest_file(OFFICE / "blind435" / f"blind435_heihe_xinwentonggao{suffix}")
    doc = parsed.documents[0]
    assert doc.title == "黑河市与布拉戈维申斯克市签署深化经贸合作备忘录"
    assert doc.issuers == ("黑河市人民政府新闻办公室",)
    assert doc.published == "2025-11-18"
    assert any(c.text.startswith("年份：2023年\n") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_decision_under_its_organs_name(suffix: str) -> None:
    """An organ's name in red over the 行政处罚决定书 it issues, its 文号 under the title: the organ issues it, and the
    decision is cited by both (中国（福建）…管理委员会行政处罚决定书), as rounds 480 and 582 write it (round 436's
    key, by which this test was first written, gave the paper's name alone)."""
    doc = ingest_file(OFFICE / "blind436" / f"blind436_xiamen_chufa{suffix}").documents[0]
    assert doc.title == "中国（福建）自由贸易试验区厦门片区管理委员会行政处罚决定书"
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会",)


def test_a_bilingual_table_headed_by_its_languages() -> None:
    """Regression: a memorandum set Chinese left and English right in a table headed 中文文本｜English Text was read as
    a table of two columns, every article a row with its translation; the signature row's Chinese in the English
    column kept the column from being read as the translation."""
    texts = [c.text for c in ingest_file(OFFICE / "blind435" / "blind435_qingbaijiang_beiwanglu.docx").clauses]
    assert ("第一条 双方同意建立友好交流关系，在平等互利、相互尊重的基础上，开展经济、贸易、物流、教育、文化、旅游等领域的"
            "交流与合作。") in texts


# Rounds 440–447: standards, 问答, plans with footnotes and 专栏 boxes, 申报指南, 联席会议纪要, attachments of attachments,
# speeches and 主持词, 工作要点 with 牵头单位 lines.


def test_a_standards_codes_in_a_layout_table() -> None:
    """Regression: a 团体标准's cover sets its codes in a borderless table (ICS 03.080.99 CCS A 16 ｜ T/ZJCEC): the row
    was no line of codes, so the cover went unread and the standard was titled 团体标准, with no number or dates."""
    doc = ingest_file(OFFICE / "blind440" / "blind440_hangzhou_tuantibiaozhun.docx").documents[0]
    assert doc.title == "跨境电子商务海外仓服务规范"
    assert doc.doc_number is not None and doc.doc_number.text == "T/ZJCEC 0012—2026"
    assert (doc.published, doc.effective) == ("2026-03-18", "2026-04-18")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_joint_mark_of_two_long_names(suffix: str) -> None:
    """Regression: a 党工委's and a 管委会's mark (中共中国（福建）…工作委员会 / 中国（福建）…管理委员会 beside 文件), too
    long for one organ's name and, in the PDF, run together, was read as the title; the 文号 under it was lost."""
    doc = ingest_file(OFFICE / "blind447" / f"blind447_fuzhou_tongzhi{suffix}").documents[0]
    assert doc.title.endswith("关于印发《中国（福建）自由贸易试验区福州片区2026年工作要点》的通知")
    assert doc.doc_number is not None and doc.doc_number.text == "榕自贸委〔2026〕5号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_signers_over_lines_beside_the_number(suffix: str) -> None:
    """Regression (round 347, found with round 447's marks): a joint 请示's six 签发人, two a line, the last two beside
    the 文号 (云商请〔2025〕14号⇥孙玉林　马振国): the 文号 line was no 文号, and the title was read from the head."""
    doc = ingest_file(OFFICE / "blind347" / f"blind347_yunnan_qingshi{suffix}").documents[0]
    assert doc.title == "关于加快中老铁路国际物流大通道建设有关支持政策的请示"
    assert doc.doc_number is not None and doc.doc_number.text == "云商请〔2025〕14号"


# Rounds 448–455: documents routed with a 呈批件, 办文单 or 发文稿纸, faxed and e-mailed ones, PDF bundles, 任务清单 tables,
# a 政府工作报告 excerpt, 投诉 rules, 业务指引, 明传电报.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_telegrams_grid_typed_on_lines(suffix: str) -> None:
    """Regression: a 明传电报 whose grid is typed with tabs (发电单位：⇥…⇥签批盘号：⇥…), the office's name over the mark,
    was read as a document titled by that name, with no 文号 (the 明电编号 printed in the grid only)."""
    doc = ingest_file(OFFICE / "blind455" / f"blind455_xian_mingdian{suffix}").documents[0]
    assert doc.title == "关于切实做好寒潮雨雪冰冻天气期间中欧班列长安号和国际物流通道保通保畅工作的紧急通知"
    assert doc.doc_number is not None and doc.doc_number.text == "市政办明电〔2025〕15号"


@pytest.mark.parametrize("stem", ["blind448/blind448_hangzhou_chengpijian", "blind448/blind448_chengdu_banwendan",
                                  "blind449/blind449_chongqing_chuanzhen", "blind449/blind449_xian_chuanzhen"])
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_form_a_document_is_routed_with(stem: str, suffix: str) -> None:
    """Regression: a 呈批件, a 收文办文单 or a 传真件's cover in front of the document it routes was read as the document:
    titled by the office's name or the form's, with no 文号. (A 发文稿纸's, round 448, was read right before.)"""
    expected = {"blind448/blind448_hangzhou_chengpijian": "浙政办发〔2025〕9号",
                "blind448/blind448_chengdu_banwendan": "川商务发〔2025〕21号",
                "blind449/blind449_chongqing_chuanzhen": "渝商务发〔2025〕87号",
                "blind449/blind449_xian_chuanzhen": "陕商办函〔2025〕214号"}
    doc = ingest_file(OFFICE / f"{stem}{suffix}").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == expected[stem]
    assert "关于" in doc.title


# Rounds 456–471: portal pages printed by a browser, template frames, 操作规程, procurement notices, 公示 and 公告,
# hidden and struck text, 绩效评价报告, 提案答复; city 条例 with their 批准决定, 国务院 批复 reprints, table-laid 纪要,
# 申报书 templates, outline-numbered rules, 统计快报, 解读 packages, three-party agreements.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_city_regulation_with_its_approval(suffix: str) -> None:
    """Regression: a city 人大常委会's 公告, the province's 批准决定 printed under its 成文日期 (关于批准《…条例》的决定 with
    its adoption note), then the 条例: all three were read as one document titled by the 公告."""
    docs = ingest_file(OFFICE / "blind464" / f"blind464_xian_tiaoli{suffix}").documents
    assert [d.title for d in docs] == ["西安市人民代表大会常务委员会公告（〔十七届〕第二十一号）",
                                       "陕西省人民代表大会常务委员会关于批准《西安市中欧班列（长安号）发展促进条例》的决定",
                                       "西安市中欧班列（长安号）发展促进条例"]
