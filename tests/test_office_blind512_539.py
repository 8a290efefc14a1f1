"""Rounds 512–539, written by someone who had not read the reader (tests/data/office/blind512 … blind539, each made by
its make_blindNNN.py): bilingual investment leaflets, 十五五 plans with 专栏 boxes, 政策兑现 flows with ☐ lists, a city
人大常委会 决定 with its 公告 and 说明 (512–515); 知识产权 measures, 航运 support, replies to 政协 proposals and 人大
suggestions, 离岸贸易 办法 with a 解读, customs 采信 公告, 国际医疗 方案, 数字人民币 scene lists, 表彰通报 (516–523); a
政府工作报告 and its 决议, 专项资金 办法, 保税维修 公告, 免罚清单, 海外仓 申报, press conference transcripts, notices in
Chinese and Russian or Kazakh, 规范性文件 清理 公告 (524–531); notices forwarding several documents, tax Q&A tables,
投资协议 templates, 境外经贸合作区 考核, mixed Word numbering, 四自一简 方案 with 问答, policy booklets, exit-entry 通告
(532–539).
One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.ingest.cleaners import strip_line
from bri_kb.ingest.translation import without_translations
from bri_kb.vocabulary import Kind
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _texts(path: str) -> list[str]:
    return [c.text for c in ingest_file(OFFICE / path).clauses]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_checklists_box_stays_before_a_numbered_entry(suffix: str) -> None:
    """Regression: ☐1.政策兑现申报表（加盖企业公章）； lost its ☐, taken for a post's decoration before a number; and in
    the PDF the lead-in …材料前的“☐”内 / 打“√”）： was two paragraphs (a page of short lines took its full line for a
    heading set across columns)."""
    texts = _texts(f"blind514/blind514_xian_gangwuqu_tongzhi.{suffix}")
    assert "☐1.政策兑现申报表（加盖企业公章）；" in texts
    assert "申报企业应提交以下材料（请在已提交材料前的“☐”内打“√”）：" in texts


def test_decoration_before_a_heading_number_still_goes() -> None:
    assert strip_line("🔹一、总体目标") == "一、总体目标"
    assert strip_line("☑2.营业执照副本复印件；") == "☑2.营业执照副本复印件；"


def test_a_column_boxs_entries_set_apart_by_shift_enter() -> None:
    """Regression: a 专栏 box's entries (01 成都国际铁路港… / 02 天府国际机场…), set under one another with Shift+Enter
    in a one-cell table, were one paragraph."""
    texts = _texts("blind513/blind513_sichuan_guihua.docx")
    assert "01成都国际铁路港国家物流枢纽：建设多式联运中心和国际班列集结中心。" in texts
    assert "02天府国际机场临空经济区：发展航空物流、跨境电商和临空制造，打造国际航空货运枢纽。" in texts


def test_a_congress_decision_under_its_announcement_signed_in_a_table_row() -> None:
    """Regression: the 公告's 落款 set in a Word table's row (｜南宁市人民代表大会常务委员会 2026年6月29日) was no 成文日期,
    so the 决定 printed under it was not carried and the file was titled by the 公告 alone."""
    doc = ingest_file(OFFICE / "blind515" / "blind515_nanning_jueding.docx").documents[0]
    assert doc.title == "南宁市人民代表大会常务委员会关于促进和保障中国（广西）自由贸易试验区南宁片区改革创新的决定"


def test_an_explanations_dated_subtitle_is_no_part_of_its_title() -> None:
    """Regression: in the PDF, the 说明's subtitle (——2026年6月23日在…常务委员 / 会第三十六次会议上) ran into its title,
    and the speaker's committee and the day were lost with it."""
    doc = ingest_file(OFFICE / "blind515" / "blind515_nanning_jueding.pdf").documents[-1]
    assert doc.title == ("关于《南宁市人民代表大会常务委员会关于促进和保障中国（广西）自由贸易试验区南宁片区改革创新的决定（草案）》"
                         "的说明")
    assert doc.issuers == ("南宁市人民代表大会常务委员会经济工作委员会",)
    assert doc.signed == "2026-06-23"


@pytest.mark.parametrize(("name", "title"), [
    ("hefei_tiandafu", "关于市政协十四届四次会议第0123号提案的答复"),
    ("nanning_tiandafu", "关于对市政协十三届五次会议第0087号提案的答复")])
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_replys_class_is_no_part_of_its_title(name: str, title: str, suffix: str) -> None:
    """Regression: 办理结果：A类 over the 版头 (or under the 文号) ran into the title with the mark and the 文号."""
    doc = ingest_file(OFFICE / "blind518" / f"blind518_{name}.{suffix}").documents[0]
    assert doc.title == title
    assert doc.doc_number is not None


def test_a_joint_announcements_word_between_its_two_organs() -> None:
    """Regression: 公告 centred beside two organs fell between their lines in the PDF (合肥海关 / 公告 / 安徽省市场监督管理局
    / 2026 年第 7 号), and the document was titled 合肥海关公告."""
    doc = ingest_file(OFFICE / "blind520" / "blind520_hefei_gonggao.pdf").documents[0]
    assert doc.title == "关于在合肥经济技术开发区综合保税区开展进口商品检验检测结果采信试点的公告"
    assert doc.issuers == ("合肥海关", "安徽省市场监督管理局")


def test_people_with_their_posts_a_line_each_in_a_pdf() -> None:
    """Regression: the 先进个人, one a line (林志坚（…处长） / 江 涛（…）), were read as a table printed cell by cell and
    joined into one clause."""
    texts = _texts("blind523/blind523_fujian_tongbao.pdf")
    assert "林志坚（福建省商务厅自由贸易试验区综合处处长）" in texts
    assert "郑丽娟（厦门海关口岸监管处副处长）" in texts


def test_groups_of_units_a_paragraph_each() -> None:
    """Regression: 先进集体 listed by 片区 (成都天府新区片区：…、成都天府机场海关 / 成都青白江铁路港片区：…), none ending with
    a stop, ran together as a paragraph broken mid-sentence."""
    texts = _texts("blind523/blind523_sichuan_tongbao.docx")
    assert sum(t.startswith(("成都天府新区片区：", "成都青白江铁路港片区：", "川南临港片区：", "省直部门和协同改革先行区："))
               for t in texts) == 4


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_zone_committee_named_over_two_lines_of_its_signature_cell(suffix: str) -> None:
    """Regression: the committee named over two lines of its cell (中国（山东）自由贸易试验区 / 青岛片区管理委员会｜青岛市
    市场监督管理局) gave no issuer in the Word file (and 青自贸片发 then made it 青海's), and a short one in the PDF."""
    doc = ingest_file(OFFICE / "blind516" / f"blind516_qingdao_cuoshi.{suffix}").documents[0]
    assert set(doc.issuers) == {"中国（山东）自由贸易试验区青岛片区管理委员会", "青岛市市场监督管理局"}
    assert doc.region == "青岛市"


def test_a_committee_named_in_full_by_its_mark_and_short_by_its_signature_once() -> None:
    """Regression: the PDF's 落款, its zone name read apart, gave 青岛片区管理委员会 beside the mark's full name."""
    doc = ingest_file(OFFICE / "blind517" / "blind517_qingdao_tongzhi.pdf").documents[0]
    assert doc.issuers == ("中国（山东）自由贸易试验区青岛片区管理委员会", "青岛西海岸新区交通运输局")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_central_banks_branch_wrapped_in_a_joint_title(suffix: str) -> None:
    """Regression: 厦门市地方金融管理局　中国人民银行 / 厦门市分行关于… made three issuers, 中国人民银行 one of them."""
    doc = ingest_file(OFFICE / "blind522" / f"blind522_xiamen_tongzhi.{suffix}").documents[0]
    assert doc.title.startswith("厦门市地方金融管理局 中国人民银行厦门市分行关于")
    assert doc.issuers == ("厦门市地方金融管理局", "中国人民银行厦门市分行")


def test_branch_wrapped() -> None:
    from bri_kb.ingest.conventions import branch_wrapped

    assert branch_wrapped("厦门市地方金融管理局　中国人民银行", "厦门市分行关于推进…")
    assert not branch_wrapped("中国人民银行", "国家外汇管理局福建省分局关于…")
    assert not branch_wrapped("厦门市商务局", "厦门市财政局关于…")


def test_the_paragraph_after_a_lists_last_entry_follows_the_list() -> None:
    """Regression: 数据应于每季度结束后…报送… after 3.试点中遇到的问题和意见建议。 was read as item 3's, because entry 1
    held entries of its own ((1) …； (2) …；)."""
    clauses = ingest_file(OFFICE / "blind520" / "blind520_suzhou_tongzhi.docx").clauses
    item = next(c for c in clauses if c.text.startswith("3.试点中遇到"))
    assert item.text == "3.试点中遇到的问题和意见建议。"
    after = next(c for c in clauses if c.text.startswith("数据应于每季度"))
    assert after.kind == Kind.PARAGRAPH


def test_a_bracketed_gloss_a_pdf_wrapped_is_kept() -> None:
    """Regression: in the PDF, a bullet's English gloss in brackets wrapped onto lines of English alone, which were left
    out as the translation (●…仲裁、调解服务 / （International arbitration … foreign-related / commercial disputes）)."""
    texts = _texts("blind512/blind512_nansha_zhiyin.pdf")
    assert any(t.endswith("（International arbitration and mediation for foreign-related commercial disputes）")
               for t in texts)
    assert any(t.endswith("（High-end Equipment and Intelligent Connected Vehicles）") for t in texts)


def test_without_translations_keeps_a_gloss_and_drops_a_translation() -> None:
    chinese = "为进一步稳外资、促发展，打造市场化、法治化、国际化一流营商环境，制定以下措施。" * 3
    lines = [chinese, "These Measures are formulated in light of the actual conditions of the Area.",
             "●南沙国际仲裁中心提供涉外商事纠纷仲裁、调解服务", "（International arbitration and mediation for",
             "commercial disputes）", "●外资项目落地实行“首席服务官”制度，全程跟踪服务"]
    assert without_translations(lines) == [chinese, None, *lines[2:]]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_congress_sessions_mark_over_the_report_it_hears(suffix: str) -> None:
    """Regression (round 524): 连云港市第十五届人民代表大会第五次会议文件 over 政府工作报告 ran into its title."""
    doc = ingest_file(OFFICE / "blind524" / f"blind524_lianyungang_baogao.{suffix}").documents[0]
    assert doc.title == "政府工作报告"
    assert doc.issuers == ("连云港市人民政府",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_press_offices_transcript_under_its_series_name(suffix: str) -> None:
    """Regression (round 529): the 新闻办's name over its series (新闻发布会文字实录) was a document of its own, and the
    note under the title (（根据现场录音整理）) ran into the title, or in the PDF was the title."""
    parsed = ingest_file(OFFICE / "blind529" / f"blind529_fujian_fabuhui.{suffix}")
    assert [d.title for d in parsed.documents] == ["《中国（福建）自由贸易试验区提升行动方案（2025—2027年）》新闻发布会实录"]
    assert parsed.documents[0].issuers == ("福建省人民政府新闻办公室",)


def test_a_pages_information_source_names_its_organ() -> None:
    """Regression (round 529): 发布时间：…　　信息来源：青岛市人民政府新闻办公室 read 信息来源 into the 发布时间 field, so the
    press conference had no issuer."""
    doc = ingest_file(OFFICE / "blind529" / "blind529_qingdao_fabuhui.docx").documents[0]
    assert doc.issuers == ("青岛市人民政府新闻办公室",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_pages_dateline_above_its_organ_and_title(suffix: str) -> None:
    """Regression (round 533): 发布时间：…　来源：… atop the text, the organ's name and the title under it
    (国家税务总局杭州市税务局 / 跨境电子商务出口退（免）税 / 政策问答): the document had no title but the file's name."""
    doc = ingest_file(OFFICE / "blind533" / f"blind533_hangzhou_wenda.{suffix}").documents[0]
    assert doc.title == "跨境电子商务出口退（免）税政策问答"
    assert doc.published == "2025-06-18"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_issued_documents_short_name_dates_the_notice(suffix: str) -> None:
    """Regression (round 533): 《问答》自2026年2月1日起执行 in the notice that issues the 问答 was read as another
    document's start, so the notice (one document with the 问答) had no 施行 date."""
    doc = ingest_file(OFFICE / "blind533" / f"blind533_xiamen_tongzhi.{suffix}").documents[0]
    assert doc.effective == "2026-02-01"


@pytest.mark.parametrize(("name", "issuers"), [
    ("qingdao", ("中国（山东）自由贸易试验区青岛片区管理委员会", "青岛市公安局出入境管理支队", "青岛市人民政府外事办公室")),
    ("xiamen", ("厦门市公安局出入境管理支队", "厦门市人民政府外事办公室")),
    ("nanning", ("南宁市公安局出入境管理支队", "南宁市人民政府外事办公室"))])
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_exit_entry_detachment_is_an_organ(name: str, issuers: tuple[str, ...], suffix: str) -> None:
    """Regression (round 539): a 公安局出入境管理支队 was no organ, so a joint mark of three ran into the title and the 文号
    was lost; in the PDF the detachment signing atop the last page was taken for the file's head printed again, and the
    zone's name beside it on the 落款's first row was lost."""
    doc = ingest_file(OFFICE / "blind539" / f"blind539_{name}_tonggao.{suffix}").documents[0]
    assert doc.issuers == issuers
    assert doc.doc_number is not None


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_booklets_contents_set_as_a_table_splits_its_policies(suffix: str) -> None:
    """Regression (round 538): a booklet's 目录 set as a borderless table (…若干措施……｜1) named no titles, its leaders
    left on them, nor did an entry wrapped over two rows of it (…功能区制度｜5 / 创新奖励办｜ / 法……｜), nor one named
    by its count (…纾困解难“十条”): two policies ran into the ones before them."""
    titles = [d.title for d in ingest_file(OFFICE / "blind538" / f"blind538_xian_huibian.{suffix}").documents]
    assert "中国（陕西）自由贸易试验区西安国际港务区功能区制度创新奖励办法" in titles
    assert "西安国际港务区中小微企业纾困解难“十条”" in titles
    assert len(titles) == 8


def test_entry_titles_of_a_contents_table() -> None:
    from bri_kb.ingest.contents import entry_titles

    rows = ["目 录｜", "关于支持中欧班列“长安号”高质量发展的若干措施……｜1", "中国（陕西）自由贸易试验区西安国际港务区功能区制度｜5",
            "创新奖励办｜", "法……………………｜", "西安综合保税区促进加工贸易和保税物流发展扶持办｜6", "法……｜"]
    assert entry_titles(rows) == ["关于支持中欧班列“长安号”高质量发展的若干措施",
                                  "中国（陕西）自由贸易试验区西安国际港务区功能区制度创新奖励办法",
                                  "西安综合保税区促进加工贸易和保税物流发展扶持办法"]
