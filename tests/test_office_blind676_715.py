"""Rounds 676–715, written by someone who had not read the reader (tests/data/office/blind676 … blind715, each made by
its make_blindNNN.py): 工作总结 reports sent up, 权力清单 and 责任清单 tables, 领导 分工 and 任免 notices, speeches and a
主持词 printed as 会议材料, 通报 and 约谈 纪要, 团体标准, 调研报告, a 明传电报 and a fax's cover (676–683); 立法工作计划,
审计 notices, 中欧班列 timetables, 税务 问答 and a 税务事项通知书, RCEP 签证 指引 of a customs district with its province's
贸促会, invitations, 外汇 指引, 月报 (684–691).
One test per fix; each failed before it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.clean import Line
from bri_kb.ingest.definitions import term_entries
from bri_kb.ingest.reflow import Paragraph
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("path,title", [
    ("blind679/blind679_xian_zhuchici.docx", "2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式主持词"),
    ("blind679/blind679_xian_zhuchici.pdf", "2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式主持词"),
    ("blind679/blind679_xian_jianghua.docx", "在2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式上的讲话"),
    ("blind679/blind679_xian_jianghua.pdf", "在2026年中欧班列（西安）“长安号”跨里海通道常态化开行仪式上的讲话"),
])
def test_a_meeting_papers_marks_are_no_title(path: str, title: str) -> None:
    """Regression: a meeting paper's marks over its title (内部资料　注意保存｜会议材料　材料之一, a layout table's cells;
    材料之三 / 会议材料) were taken for the title, or glued to it (会议材料在2026年…的讲话)."""
    assert ingest_file(OFFICE / path).documents[0].title == title


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_ceremonys_host_line_names_its_organ_and_day(suffix: str) -> None:
    """Regression: a 主持词 was no speech, and its host's line in brackets under the title (（主持人：西安市人民政府常务副市长
    孙　浩）, the name spaced out) gave no issuer and the day under it none either."""
    result = ingest_file(OFFICE / "blind679" / f"blind679_xian_zhuchici{suffix}")
    doc = result.documents[0]
    assert doc.issuers == ("西安市人民政府",)
    assert doc.signed == "2026-05-18"
    assert not any(c.text.startswith(("（主持人", "（2026")) for c in result.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_second_speech_in_the_meetings_papers_is_its_own_document(suffix: str) -> None:
    """Regression: two speeches printed one after the other (…致辞 … 谢谢大家！ / …首发仪式上的发言 / …董事长　周明哲 /
    （2026年6月26日　根据录音整理）) were read as one document, the second's title a paragraph of the first."""
    docs = ingest_file(OFFICE / "blind679" / f"blind679_chengdu_cailiao{suffix}").documents
    assert [d.title for d in docs] == ["在2026年中欧班列（成渝）“蓉欧+”冷链专列首发仪式上的致辞",
                                       "在2026年中欧班列（成渝）“蓉欧+”冷链专列首发仪式上的发言"]
    assert docs[1].signed == "2026-06-26"
    # (and not the head of a 领导讲话 series, …办公厅 2025年6月20日, over the one speech it prints)
    docs = ingest_file(OFFICE / "blind294" / "blind294_henan_jianghua.pdf").documents
    assert [d.title for d in docs] == ["在全省自由贸易试验区建设推进会上的讲话"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_fax_cover_over_the_notice(suffix: str) -> None:
    """Regression: a fax's cover (…办公室 / 传　　真 / 收件单位｜… / 页数｜共5页（含本页）, its note wrapped in a PDF:
    …收到后请回 / 电确认。) was taken for the notice's head: the sending office for its title, and no 文号."""
    doc = ingest_file(OFFICE / "blind683" / f"blind683_zhanjiang_chuanzhen{suffix}").documents[0]
    assert doc.title == "关于做好湛江综合保税区封关验收材料报送工作的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "湛综保管〔2025〕17号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_telegrams_number_after_a_mark_in_its_grid(suffix: str) -> None:
    """Regression: a 明传电报's grid with a cell of its own for its mark (等　级｜特急｜★明电｜编号｜郑政办明电〔2025〕5号)
    was read in pairs of cells, so its 编号 paired with nothing: no 文号."""
    doc = ingest_file(OFFICE / "blind683" / f"blind683_zhengzhou_mingdian{suffix}").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "郑政办明电〔2025〕5号"


def test_a_pdf_tables_rows_under_its_title_row_carry_on_across_pages() -> None:
    """Regression: a 权力清单 whose table opens with its title row across all columns repeated its header row on every
    page, which was read as a row, so the rest of a row the page break cut stood alone and a 职权类别 merged down across
    the break was lost (12 of 35 rows read right). A 合计 row atop the page takes no cell from the row above."""
    rows = [c.text for c in ingest_file(OFFICE / "blind677" / "blind677_qingdao_tongzhi.pdf").clauses
            if c.text.startswith("序号：")]
    assert len(rows) == 25
    assert all("\n职权类别：" in r for r in rows)
    assert not any(r.startswith("序号：序号") for r in rows)
    eight = [r for r in rows if r.startswith("序号：8\n")]
    assert len(eight) == 2 and all("职权名称：对港口经营人违法经营行为的处罚" in r for r in eight)
    total = next(c.text for c in ingest_file(OFFICE / "blind119" / "blind119_guangxi_zijin.pdf").clauses
                 if c.text.startswith("市别：合"))
    assert "项目单位" not in total


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_standards_cover_in_a_layout_table(suffix: str) -> None:
    """Regression: a 团体标准's cover set in a borderless table (团 体 标 准｜ / T/SZCEA 023—2025｜ / …｜) was not read
    as a cover: its kind was taken for the title, with no number, publisher or dates; its 目次 (entries typed with tab
    stops, their dot leaders a cell of their own: 前言⇥……⇥II) was read as a table."""
    result = ingest_file(OFFICE / "blind681" / f"blind681_shenzhen_biaozhun{suffix}")
    doc = result.documents[0]
    assert doc.title == "跨境电商海外仓服务质量评价规范"
    assert doc.doc_number is not None and doc.doc_number.text == "T/SZCEA 023—2025"
    assert doc.issuers == ("深圳市跨境电子商务协会",)
    assert (doc.published, doc.effective) == ("2025-11-28", "2025-12-28")
    assert not any("…………" in c.text or c.text.replace(" ", "") == "目次" for c in result.clauses)


@pytest.mark.parametrize("path", ["blind681/blind681_shenzhen_biaozhun.docx", "blind681/blind681_shenzhen_biaozhun.pdf",
                                  "blind290/blind290_shandong_difangbiaozhun.docx"])
def test_a_standards_term_entry_is_one_clause(path: str) -> None:
    """Regression: a term entry typed as GB/T 1.1 sets it (3.1 / 服务质量评价  service quality evaluation / its definition)
    was read as three clauses, the number alone one of them."""
    texts = [c.text for c in ingest_file(OFFICE / path).clauses]
    assert "3.1" not in texts
    entry = next(t for t in texts if t.startswith("3.1 "))
    assert "overseas warehouse" in entry or "service quality evaluation" in entry
    assert entry.endswith("。")


@pytest.mark.parametrize("path,region", [
    ("blind688/blind688_nanjing_zhiyin.docx", "江苏省"),
    ("blind688/blind688_nanning_zhiyin.docx", "广西壮族自治区"),
    ("blind688/blind688_qingdao_zhiyin.docx", "山东省"),
])
def test_a_customs_district_with_its_provinces_organ(path: str, region: str) -> None:
    """Regression: a 直属海关 issuing with its province's 贸促会 (南京海关 and 江苏省贸促会) was placed in the city that
    names the customs district; CCPIT's provincial committee, its name over two lines of the mark (中国国际贸易促进委员会 /
    山东省委员会), was read as two organs."""
    doc = ingest_file(OFFICE / path).documents[0]
    assert (doc.level, doc.region) == ("provincial", region)
    if "qingdao" in path:
        assert doc.issuers == ("青岛海关", "中国国际贸易促进委员会山东省委员会")


def test_a_joint_mark_with_no_number_under_it() -> None:
    """Regression: a joint mark whose 文件 a PDF reads between its organs (南宁海关 / 文件 / 广西壮族自治区贸促会), the
    title right under it with no 文号: the second organ was glued to the title."""
    doc = ingest_file(OFFICE / "blind688" / "blind688_nanning_zhiyin.pdf").documents[0]
    assert doc.title == "南宁海关 广西壮族自治区贸促会关于RCEP原产地证书签证工作的指引"
    assert doc.issuers == ("南宁海关", "广西壮族自治区贸促会")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_tax_bureaus_notice_to_a_company(suffix: str) -> None:
    """Regression: a 税务事项通知书 under its bureau's name (国家税务总局杭州市滨江区税务局 / 税务事项通知书 / 文号) was
    titled by the bureau (通知书 was no 文种), its district's bureau placed in the city; its field lines ran together in
    Word (纳税人名称：… / 统一社会信用代码：…, a label of eight characters)."""
    result = ingest_file(OFFICE / "blind687" / f"blind687_hangzhou_tongzhishu{suffix}")
    doc = result.documents[0]
    assert doc.title == "税务事项通知书"
    assert (doc.level, doc.region) == ("county", "滨江区")
    assert "统一社会信用代码：91330108MA2J7K5X3R" in [c.text for c in result.clauses]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_monthly_report_titled_by_its_one_analysis(suffix: str) -> None:
    """Regression: a 月报's head (…经济运行月报 / 2026年第10期 / …经济发展局　编　2026年11月15日) was not read as a
    periodical's: its name was the title, with no issuer. Carrying one analysis titled under its head, the analysis
    names it; one whose 本期要目 lists several is named by its head."""
    doc = ingest_file(OFFICE / "blind691" / f"blind691_tianfu_yuebao{suffix}").documents[0]
    assert doc.title == "2026年1—10月天府自贸片区经济运行简析"
    assert doc.issuers == ("天府自贸片区管委会经济发展局",)
    assert doc.published == "2026-11-15"
    several = ingest_file(OFFICE / "blind691" / f"blind691_zhengzhou_yuebao{suffix}").documents[0]
    assert several.title.startswith("郑州自贸片区经济运行月报")


_PARAGRAPH = st.text(alphabet=st.sampled_from("3.1 海外仓服务质量abcde。，"), min_size=1, max_size=12)


@given(st.lists(_PARAGRAPH, max_size=8))
def test_term_entries_lose_no_text(texts: list[str]) -> None:
    """term_entries only ever joins paragraphs: nothing is lost or reordered, and a paragraph stays whole."""
    paragraphs = [Paragraph((Line(no=n, text=t),), t) for n, t in enumerate(texts)]
    out = term_entries(paragraphs)
    assert [ln.no for p in out for ln in p.lines] == list(range(len(texts)))
    assert "".join(p.text.replace(" ", "") for p in out) == "".join(t.strip().replace(" ", "") for t in texts)


def test_latin_words_a_narrow_gap_apart_in_a_pdf() -> None:
    """Regression: English words that a PDF sets a gap apart with no space character, the gap narrower than the word
    gap in 10.5 pt type (海外仓 overseas warehouse, 2.7 pt apart), were read as one word: overseaswarehouse."""
    texts = [c.text for c in ingest_file(OFFICE / "blind681" / "blind681_zhejiang_tongzhi.pdf").clauses]
    entry = next(t for t in texts if t.startswith("3.2 "))
    assert "overseas warehouse service provider" in entry


# Rounds 692–699: 工作规则 and 议事规则 issued together, 论证 opinions and 评估 reports, 采纳情况 说明 and a 公平竞争审查
# form, a 市委 and 市政府 joint notice, an investment 意向书 and a 新闻通稿, a 联席会议 制度, form samples, a 公示 list.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_investment_letter_of_intent(suffix: str) -> None:
    """Regression: 意向书 was no 文种, so an investment 意向书 titled over two lines (…青岛片区 / …投资合作意向书) was
    titled by its first line, and its parties (甲方：…, 乙方：…) were no issuers."""
    doc = ingest_file(OFFICE / "blind696" / f"blind696_qingdao_yixiangshu{suffix}").documents[0]
    assert doc.title == "中国（山东）自由贸易试验区青岛片区跨境冷链供应链基地项目投资合作意向书"
    assert doc.issuers == ("中国（山东）自由贸易试验区青岛片区管理委员会", "青岛中冷海通供应链管理有限公司")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_press_release_head_with_its_kind_over_the_organ(suffix: str) -> None:
    """Regression: a 新闻通稿's head with its kind over the organ's name and its number beside the day (新 闻 通 稿 /
    …管理委员会 / 第37期　2025年9月19日) was not read as a head: the organ (and in a PDF the number and day) was the
    title. The headline under it titles it, the organ issues it that day."""
    doc = ingest_file(OFFICE / "blind696" / f"blind696_qingdao_xinwengao{suffix}").documents[0]
    assert doc.title == "青岛片区与中冷海通签署跨境冷链供应链基地项目投资合作意向书"
    assert doc.issuers == ("中国（山东）自由贸易试验区青岛片区管理委员会",)
    assert doc.published == "2025-09-19"


@pytest.mark.parametrize("path", ["blind692/blind692_xiamen_tongzhi.docx", "blind692/blind692_xiamen_tongzhi.pdf",
                                  "blind692/blind692_nanning_tongzhi.docx"])
def test_two_rules_a_notice_issues(path: str) -> None:
    """Regression: a notice issuing two rules, naming them short in its title (印发《厦门片区管委会工作规则》和《…议事
    规则》) over rules titled in full, was titled by the first rule; the second rule's title (over two lines, or over its
    题注) ran on inside the first rule's last article."""
    result = ingest_file(OFFICE / path)
    assert "关于印发" in result.documents[0].title
    headings = [c.text for c in result.clauses if c.kind == "heading"]
    assert any(h.endswith("主任办公会议议事规则") for h in headings)
    article_lines = [line for c in result.clauses if c.kind == "article" for line in c.text.split("\n")[1:]]
    assert not any(line.endswith("议事规则") or line.startswith("（2024年10月29日") for line in article_lines)


# Rounds 700–707: an Excel 项目清单, portal pages saved as HTML, 条例 with 章 and 节, 管理办法 with flow charts, a 请示
# and its 批复, 答记者问 and 一图读懂, 发展报告 booklets, deep mixed numbering.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_one_pagers_bullets_are_no_photo_captions(suffix: str) -> None:
    """Regression: a 一图读懂's ▲ bullets (▲培育省级公共海外仓示范企业50家…) were left out as photo captions, 20 of them,
    and its kind over its quoted title (一图读懂 / 《…若干措施》) was no part of the title. A ▲ among other ▲ lines is
    a list's bullet; a caption stands alone under its picture."""
    result = ingest_file(OFFICE / "blind705" / f"blind705_henan_yitududong{suffix}")
    assert result.documents[0].title == "一图读懂《河南省支持跨境电商海外仓建设若干措施》"
    texts = [c.text for c in result.clauses]
    assert "▲培育省级公共海外仓示范企业50家、海外智慧物流平台10个" in texts
    assert "photo_caption" not in result.report.removed
    older = ingest_file(OFFICE / "blind470" / f"blind470_henan_tuwenjiedu{suffix}").documents[0]
    assert older.title == "一图读懂《河南省促进跨境电商与中欧班列融合发展若干措施》"


# Rounds 708–715: 遴选 notices with 岗位表, a customs 处罚 公示 and 决定书, 工作要点 with owners, a 转发 chain, 惠企政策
# 清单, 考核评分表, a 复函 and the 咨询函 it answers, a 投诉 办法 with its forms.


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_letterhead_over_a_title_naming_its_organ_wrapped(suffix: str) -> None:
    """Regression: an organ's red letterhead over a title that names it again, wrapped, with no 关于 (…厦门片区管理委员会 /
    …厦门片区 / 管理委员会2026年公开遴选工作人员公告) was taken into the title: the organ twice."""
    doc = ingest_file(OFFICE / "blind708" / f"blind708_xiamen_linxuan{suffix}").documents[0]
    assert doc.title == "中国（福建）自由贸易试验区厦门片区管理委员会2026年公开遴选工作人员公告"


def test_a_decision_titled_spaced_out_under_its_organ() -> None:
    """Regression: a 行政处罚决定书 whose title is spaced out with seven characters (行 政 处 罚 决 定 书, under
    中华人民共和国宁波海关) kept its spaces and was not titled with its organ, as its PDF was."""
    doc = ingest_file(OFFICE / "blind709" / "blind709_ningbo_juedingshu.docx").documents[0]
    assert doc.title == "中华人民共和国宁波海关行政处罚决定书"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_company_letterhead_over_its_letter(suffix: str) -> None:
    """Regression: a company's letterhead over the 咨询函 it sends an organ (its logo's letters and name, its name in
    English, then 地址：…　邮编：… / 电话：…　传真：…) was taken for the title, and the company sent nothing."""
    doc = ingest_file(OFFICE / "blind714" / f"blind714_ningbo_zixunhan{suffix}").documents[0]
    assert doc.title == "关于跨境电商零售进口业务有关政策问题的咨询函"
    assert doc.issuers == ("宁波优选汇跨境电子商务有限公司",)
