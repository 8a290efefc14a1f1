"""Rounds 540–563, written by someone who had not read the reader (tests/data/office/blind540 … blind563, each made by
its make_blindNNN.py): 告知承诺制 办法 with 承诺书 and 解读, 出海 service guides, a 执法检查 report with 审议意见 and the
government's reply in one file, 综保区 操作规程, a seven-organ 若干措施, 制度创新成果 lists, 督查 通报, documents re-typed
line by line (540–547); 专项资金 办法 with forms, a 批复 with its 请示, 通关 handbooks, replies to 人大 suggestions, forum
方案 with 日程, WPS-typed notices, 规划 mid-term reviews, 征求意见 公告 with their drafts (548–555); customs 公告 series,
政务服务 lists in wide tables, 简报, 申报指南, 案例 compilations, 政府令 with their 规章, web pages saved as Word, 市场准入
措施 with their 解读 (556–563).
One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _texts(path: str) -> list[str]:
    return [c.text for c in ingest_file(OFFICE / path).clauses]


def test_a_table_retyped_with_tabs_in_a_pdf_keeps_its_columns() -> None:
    """Regression: the 附件's table, re-typed as text with tab stops, came out of the PDF as rows of three columns
    (序号 线路名称｜始发站 境外目的地 计划开行（列）｜责任单位) under the 附件 line taken for its header: a long cell
    comes within a character of the next column, too close for a gutter found from gaps alone."""
    texts = _texts("blind547/blind547_chongqing_tongzhi.pdf")
    assert ("序号：７\n线路名称：重庆—伊斯坦布尔（跨里海）\n始发站：团结村站\n境外目的地：土耳其伊斯坦布尔\n"
            "计划开行（列）：８０\n责任单位：平台公司") in texts


@pytest.mark.parametrize("name", ["chongqing_tongzhi", "zhengzhou_fangan"])
def test_a_word_file_retyped_line_by_line_joins_its_paragraphs(name: str) -> None:
    """Regression: a Word file an office re-typed from print, a paragraph for each printed line, its paragraphs'
    first lines opened with two typed spaces, was cut where a full line ended with ；or 。 or a 《》 title left a line
    short (…已经 / 市人民政府同意，…): the typed indent now says where a paragraph opens."""
    texts = _texts(f"blind547/blind547_{name}.docx")
    if name == "chongqing_tongzhi":
        assert ("２０２６年，力争中欧班列（成渝）全年开行２４００列以上，其中回程班列占比不低于４５％，重箱率保持在９５％以上；"
                "新开辟至中亚、西亚及欧洲方向线路不少于３条，定制化专列开行不少于１５０列，全程时效较２０２５年压缩１０％以上。") in texts
    else:
        assert ("《郑州市跨境电子商务综合试验区提质升级行动方案》已经市人民政府同意，现印发给你们，请结合实际，认真贯彻落实。"
                in texts)
        assert "郑州市人民政府办公室" in texts  # (its 落款 still apart)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_left_columns_organ_wrapped_under_it_in_a_two_column_signature(suffix: str) -> None:
    """Regression: 重庆市人民政府口岸　　重庆市商务委员会 / 和物流办公室 gave the issuer 和物流办公室."""
    doc = ingest_file(OFFICE / "blind547" / f"blind547_chongqing_tongzhi.{suffix}").documents[0]
    assert doc.issuers == ("重庆市人民政府口岸和物流办公室", "重庆市商务委员会")


def test_an_organ_cut_mid_word_where_a_right_aligned_signature_wraps() -> None:
    """Regression: …片区管理委员会政 / 务服务和数据管理局 gave the issuer 务服务和数据管理局."""
    doc = ingest_file(OFFICE / "blind540" / "blind540_nansha_jiedu.pdf").documents[0]
    assert doc.issuers == ("中国（广东）自由贸易试验区广州南沙新区片区管理委员会政务服务和数据管理局",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_reports_printed_one_after_another_each_with_its_dated_subtitle(suffix: str) -> None:
    """Regression: a 执法检查 report, the 常委会's 审议意见 on it and the government's report on what it did about them,
    printed one after another (each a title over ——2025年7月29日在…会议上), were one document: the first's issuer
    the 办公厅 of the second's 落款, its 施行 date the 条例's it reports on. A report's title names its organ, whoever
    reads it to the hall (湖北省商务厅厅长 under 湖北省人民政府关于…的报告)."""
    docs = ingest_file(OFFICE / "blind542" / f"blind542_hubei_zhifajiancha.{suffix}").documents
    assert [d.title for d in docs] == [
        "湖北省人大常委会执法检查组关于检查《中国（湖北）自由贸易试验区条例》实施情况的报告",
        "湖北省人大常委会组成人员关于《中国（湖北）自由贸易试验区条例》实施情况执法检查报告的审议意见",
        "湖北省人民政府关于《中国（湖北）自由贸易试验区条例》实施情况执法检查报告审议意见研究处理情况的报告",
    ]
    assert [d.issuers for d in docs] == [("湖北省人大常委会执法检查组",), ("湖北省人大常委会办公厅",), ("湖北省人民政府",)]
    assert [d.effective for d in docs] == [None, None, None]
    assert docs[1].signed == "2025-08-12"


@pytest.mark.parametrize("path", ["blind550/blind550_qinzhou_shouce.pdf", "blind550/blind550_chongqing_shouce.docx"])
def test_a_glossarys_english_column_is_what_it_lists(path: str) -> None:
    """Regression: a handbook's glossary (术语｜英文｜释义) lost its English column, taken for a translation printed
    beside the Chinese; a glossary gives its terms' English names, which an analyst looks up."""
    assert any(t.startswith("术语：多式联运\n英文：Multimodal Transport\n释义：") or
               t.startswith("术语：海外仓\n英文：Overseas Warehouse\n释义：") for t in _texts(path))


def test_an_organ_and_its_date_in_one_cell_of_a_layout_table_sign() -> None:
    """Regression: a report signed in a borderless table's cell, ｜河南省…办公室 2026年9月15日, named no issuer."""
    doc = ingest_file(OFFICE / "blind554" / "blind554_henan_pinggu.docx").documents[0]
    assert doc.issuers == ("河南省自由贸易试验区工作领导小组办公室",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_approval_and_the_request_it_answers_printed_under_it(suffix: str) -> None:
    """Regression: a 批复 and, under 附：, the city's 请示 with its own 版头 (衢州市人民政府文件 / 衢政〔2026〕4号
    签发人：陈　晖) were one document: a 文号 with its 签发人 beside it was no 文号 line."""
    docs = ingest_file(OFFICE / "blind549" / f"blind549_quzhou_pifu.{suffix}").documents
    assert [(d.title, d.doc_number and d.doc_number.text) for d in docs] == [
        ("浙江省人民政府关于同意设立中国（浙江）自由贸易试验区衢州联动创新区的批复", "浙政函〔2026〕17号"),
        ("衢州市人民政府关于申请设立中国（浙江）自由贸易试验区衢州联动创新区的请示", "衢政〔2026〕4号"),
    ]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_replies_printed_one_after_another_each_under_its_class(suffix: str) -> None:
    """Regression: two replies to 人大 suggestions in one file, the second under its class (B类) after the first's 抄送,
    were one document."""
    docs = ingest_file(OFFICE / "blind551" / f"blind551_ningbo_dafu.{suffix}").documents
    assert [d.doc_number and d.doc_number.text for d in docs] == ["甬商建〔2026〕31号", "甬商建〔2026〕44号"]


def test_a_draft_is_put_out_with_the_notice_that_asks_comments_on_it() -> None:
    """Regression: the draft and its 起草说明, printed after the 公告 that asks comments on them, had no date at all."""
    docs = ingest_file(OFFICE / "blind555" / "blind555_wuhan_gonggao.docx").documents
    assert [(d.signed, d.published) for d in docs] == [
        ("2026-03-30", "2026-04-02"), (None, "2026-04-02"), (None, "2026-04-02")]


def test_organs_spread_letter_by_letter_over_the_title_are_its_mark() -> None:
    """Regression: 厦 门 市 商 务 局 / 厦 门 市 财 政 局 over 关于公开征求…的公告 were read as the title's first lines."""
    doc = ingest_file(OFFICE / "blind555" / "blind555_xiamen_gonggao.docx").documents[0]
    assert doc.title == "关于公开征求《厦门市跨境电子商务发展专项资金管理办法（征求意见稿）》意见的公告"
    assert doc.issuers == ("厦门市商务局", "厦门市财政局")


def test_an_attachment_note_spaced_out_opens_its_own_line() -> None:
    """Regression: 附 件：…, spaced out as WPS sets it and atop a PDF page, ran on into the paragraph above."""
    texts = _texts("blind553/blind553_chongqing_tongzhi.pdf")
    assert "附 件：重庆市中欧班列（成渝）运营补贴管理办法" in texts


def test_a_joint_mark_whose_merged_file_cell_repeats_on_each_row() -> None:
    """Regression: a joint 版头 as a Word table, 文件 merged down beside the organs' rows (…厦门片区管理委员会｜文件 /
    厦门市商务局｜文件), gave the title 厦门市商务局｜文件."""
    doc = ingest_file(OFFICE / "blind545" / "blind545_xiamen_tongzhi.docx").documents[0]
    assert doc.title == "关于印发2025年度厦门片区制度创新成果清单的通知"


def test_a_joint_announcement_numbered_with_a_doc_number() -> None:
    """Regression: two organs over 公告 and a 文号 (厦自贸委〔2026〕5号), then the title 关于公布…的公告: the title was
    the organs' 公告, and the real one ran into the first paragraph."""
    doc = ingest_file(OFFICE / "blind540" / "blind540_xiamen_gonggao.docx").documents[0]
    assert doc.title == "关于公布中国（福建）自由贸易试验区厦门片区第二批实行告知承诺制的备案事项目录的公告"
    assert doc.doc_number is not None and doc.doc_number.text == "厦自贸委〔2026〕5号"


def test_a_companys_and_a_customs_sections_joint_mark_over_a_procedure() -> None:
    """Regression: 郑州新郑综合保税区运营管理有限公司 新郑海关监管科｜文件 was taken for the title, and no issuer was
    read; an 操作规程 names its genre (规程), so the 修订记录 under it is no line of its title."""
    doc = ingest_file(OFFICE / "blind543" / "blind543_zhengzhou_1210guicheng.docx").documents[0]
    assert doc.title == "郑州新郑综合保税区跨境电商网购保税进口（1210）业务操作规程"
    assert doc.issuers == ("郑州新郑综合保税区运营管理有限公司", "新郑海关监管科")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_checklists_open_box_stays_before_its_numbered_entry(suffix: str) -> None:
    """Regression: □ 1.营业执照复印件（加盖企业公章） lost its □, taken for a post's decoration before a number."""
    assert "□ 1.营业执照复印件（加盖企业公章）" in _texts(f"blind543/blind543_qingdao_baoshuiyanfa.{suffix}")


def test_a_forms_first_blank_field_is_no_part_of_its_title() -> None:
    """Regression: in the PDF, the attached 承诺书's title ran on into its first field (…（参考文本）备案机关：＿＿＿),
    the field's line not indented under the centred title."""
    assert "备案机关：＿＿＿＿＿＿＿＿＿＿＿＿＿＿" in _texts("blind540/blind540_xiamen_gonggao.pdf")


def test_a_figures_caption_opens_its_own_line_under_a_note() -> None:
    """Regression: the captions of two figures set side by side ran on into the 注： under the table above them."""
    assert "注：标★的为核心指标。2026年完成值为2026年1—8月数据按全年测算。" in _texts(
        "blind554/blind554_sichuan_tongzhi.pdf")


def test_a_customs_sites_announcements_titled_over_two_lines_broken_after_about() -> None:
    """Regression: 郑州海关关于中欧班列（郑州） / “班列+跨境电商”…有关事项的公告 over its number and 发布时间 lost its
    first line: a title broken by hand after its organ's 关于… widens as it goes down."""
    docs = ingest_file(OFFICE / "blind556" / "blind556_zhengzhou_gonggao.docx").documents
    assert docs[1].title == "郑州海关关于中欧班列（郑州）“班列+跨境电商”出口业务监管有关事项的公告"


def test_a_number_with_its_title_in_brackets_names_its_genre() -> None:
    """Regression: 南宁海关公告〔2026〕1号（关于…的公告） ran on into the PDF's first lines of text."""
    doc = ingest_file(OFFICE / "blind556" / "blind556_nanning_gonggao.pdf").documents[0]
    assert doc.title == "关于公布2026年边民互市贸易进口商品落地加工商品目录的公告"


@pytest.mark.parametrize("name", ["xiamen_jianbao", "qingdao_gongzuodongtai", "xian_zhengwuxinxi"])
def test_a_bulletins_number_office_and_day_on_one_line(name: str) -> None:
    """Regression: a 简报's 第12期　　市政府办公室编　　2026年5月20日 (spaced, in a table's cells or on tab stops) gave
    it no number, no issuer and no date; its office is the city's, named in full."""
    doc = ingest_file(OFFICE / "blind558" / f"blind558_{name}.docx").documents[0]
    city = {"xiamen_jianbao": "厦门市人民政府办公室", "qingdao_gongzuodongtai": "青岛市人民政府办公厅",
            "xian_zhengwuxinxi": "西安市人民政府办公厅"}[name]
    assert doc.issuers == (city,)
    assert doc.doc_number is not None and doc.published is not None


def test_word_letters_numbering_a_list_under_an_item() -> None:
    """Regression: a list numbered by Word with letters, a) b) c), read 1) 2) 3)."""
    assert "a)通道建设类提供班列开行清单、运输合同、运费结算凭证；" in _texts("blind559/blind559_guangxi_tongzhi.docx")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_announcements_organs_and_its_word_on_one_row(suffix: str) -> None:
    """Regression: …管理委员会办公室 广州市南沙区政务服务数据管理局｜公告 over its 文号 was the title, no issuer read; in
    the PDF the two names run together were cut after 管理委员会, its 办公室 taken for the second organ's start."""
    doc = ingest_file(OFFICE / "blind557" / f"blind557_nansha_gonggao.{suffix}").documents[0]
    assert doc.title == "关于公布南沙自贸片区涉企高频政务服务事项“一窗通办”清单的公告"
    assert doc.issuers == ("中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室", "广州市南沙区政务服务数据管理局")


def test_a_saved_pages_record_grid_under_its_sites_head_gives_number_issuer_and_dates() -> None:
    """Regression: a web page saved as Word, its site's head and breadcrumb over the record grid (发文字号, 发布机构,
    成文日期, 生效日期), gave no 文号, its 来源 (投资促进部) as the issuer and no 成文日期."""
    doc = ingest_file(OFFICE / "blind562" / "blind562_qingdao_banfa.docx").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "青自贸管发〔2026〕5号"
    assert doc.issuers == ("中国（山东）自由贸易试验区青岛片区管理委员会",)
    assert (doc.signed, doc.effective) == ("2026-01-20", "2026-03-01")


def test_a_pages_sidebar_of_columns_is_no_part_of_its_document() -> None:
    """Regression: 栏目导航 / 政府信息公开指南 / 政策文件 / … beside the article, read first, titled the document."""
    doc = ingest_file(OFFICE / "blind562" / "blind562_chongqing_yijian.docx").documents[0]
    assert doc.title == "重庆市人民政府办公厅关于推动中欧班列（成渝）高质量发展的实施意见"


def test_a_comparison_table_names_its_genre() -> None:
    """Regression: …政策对照表 over 说　明 was titled …政策对照表说 明."""
    doc = ingest_file(OFFICE / "blind569" / "blind569_chongqing_duizhaobiao.docx").documents[0]
    assert doc.title == "中欧班列沿线重点城市物流及外贸招商政策对照表"


def test_minutes_meeting_fields_set_in_a_borderless_table() -> None:
    """Regression: a 纪要's 时间：｜… 地点：｜… rows in a borderless table were a table's rows, its first row the title."""
    parsed = ingest_file(OFFICE / "blind567" / "blind567_xiamen_changwu.docx")
    assert parsed.documents[0].title == "厦门市人民政府常务会议纪要"
    texts = [c.text for c in parsed.clauses]
    assert "时间：2026年2月25日上午" in texts and "主持：黄振宇" in texts


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_interpretation_after_the_announcements_notes(suffix: str) -> None:
    """Regression: 关于海关总署公告2025年第186号的解读, printed after the 公告's table and its 注3：…。, was part of the 公告."""
    docs = ingest_file(OFFICE / "blind571" / f"blind571_haiguanzongshu_gonggao.{suffix}").documents
    assert [d.title for d in docs][1:] == ["关于海关总署公告2025年第186号的解读"]


def test_a_parts_label_opens_its_paragraph() -> None:
    """Regression: a case's 【基本案情】 ran on into the case's title above it (典型案例四 …纠纷案【基本案情】…); so did
    a press conference's 【主持人】 into the 发布人： line above it, once its fields were read as lines."""
    texts = _texts("blind412/blind412_chongqing_tongzhi.docx")
    assert "典型案例四 某建设集团有限公司诉某（哈萨克斯坦）能源有限公司、某银行重庆分行独立保函欺诈纠纷案" in texts
    assert "【主持人】" in _texts("blind529/blind529_chongqing_fabuhui.docx")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_councils_branch_wrapped_in_a_joint_title_is_one_organ(suffix: str) -> None:
    """Regression: 福建省商务厅 中国国际贸易促进委员会 / 福建省分会关于… gave three issuers, the 贸促会 and its 分会 apart."""
    doc = ingest_file(OFFICE / "blind575" / f"blind575_fujian_tongzhi.{suffix}").documents[0]
    assert doc.issuers == ("福建省商务厅", "中国国际贸易促进委员会福建省分会")


def test_a_leaflets_qr_caption_beside_its_text_is_no_label() -> None:
    """Regression: a 明白纸's panel, its QR code's caption (扫码在线申报物流补贴) beside the topic's items, was read as a
    table's row, the items one cell; a caption that asks to scan is no label of a field."""
    texts = _texts("blind565/blind565_fuzhou_mingbaizhi.docx")
    assert "咨询电话：0591-2836 7162（片区管委会口岸物流局）" in texts
