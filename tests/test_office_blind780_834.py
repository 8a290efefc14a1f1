"""Rounds 780–834, written by someone who had not read the reader (tests/data/office/blind780 … blind834, each made by
its make_blindNNN.py): 议案 with the drafts they submit; statistics 公报; 权力清单; forms a 办事指南 attaches; white papers;
倡议书; 新旧对照表 and 更正启事; letters to embassies (780–787); 询价 notices; 批前公示; talks' 纪要 and joint
statements; speeches and 主持词; a forum's 会务手册; a zone's plan; customs 公告 on ports and sites (788–794); maritime
通告 and 航行警告; work-permit measures; a data-export negative list; replies to proposals; land listings; penalty
disclosures; experts' opinions; 编办 批复 (795–802); 人大 inquiries; budgets; 审计整改 reports; local standards; framework
agreements; statistical survey systems; support-fund 公示; clean-ups of 规范性文件 (803–810); 申报书; fund guides;
evaluation reports; 中欧班列 通报s; enforcement 公示 and 责令整改 notices; complaint 告知书; country guides; 纪要 (811–818);
重大行政决策 catalogues; complaint rules and 决定书; RCEP plans; bonded-repair 公告; 商事登记确认制 rules; talent-flat
公告; 跨省通办 lists and agreements; 备案 of foreign accounting firms (819–826); customs 归类 and 预裁定 decisions; signing
ceremonies; special bonds; cross-border RMB; 工作动态 and 信息专报; commercial courts' and arbitrators' rules; incentive
兑现 rules; 边民互市 lists (827–834).
One test per fix; each failed before it, but two, which guard steps taken while building (their docstrings say so)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.blocks import _lead_width
from bri_kb.ingest.endings import closes as _closes
from bri_kb.ingest.issuers import title_organs
from bri_kb.ingest.table_of_contents import _quotes_in_cells
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _clauses(path: str) -> list[str]:
    return [c.text for c in ingest_file(OFFICE / path).clauses]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_correction_notices_rows_that_quote_with_an_ellipsis(suffix: str) -> None:
    """Regression: a 更正启事's rows quoting the text they correct (…｜第十八条　自贸试验区依托西部陆海新通道……｜第十九条
    …通道……) ended in dot leaders as a 目录's entries do, and were dropped as one: nothing of rows 1 and 2 was kept. Its
    title, 更正启事, was read on into the PDF's first line of text."""
    parsed = ingest_file(OFFICE / "blind786" / f"blind786_gongbao_gengzheng{suffix}")
    rows = [c.text for c in parsed.clauses if c.text.startswith("序号：")]
    assert [r.split("\n")[0] for r in rows] == ["序号：1", "序号：2", "序号：3"]
    assert parsed.documents[0].title == "更正启事"


def test_cells_that_quote_are_no_contents_entry() -> None:
    assert _quotes_in_cells("1｜第18页表格序号3｜第十八条 自贸试验区依托西部陆海新通道……｜第十九条 自贸试验区……")
    assert not _quotes_in_cells("关于印发《中国（广西）自由贸易试验区条例》的通知……………………3")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_motion_and_the_draft_it_submits(suffix: str) -> None:
    """Regression: a 议案 asking a standing committee to deliberate the draft it attaches (…关于提请审议《…条例（草案）》的议案,
    附件 …条例（草案）) was read as two documents, the draft apart, as a draft a notice asks comments on is."""
    docs = ingest_file(OFFICE / "blind780" / f"blind780_yn_caoan{suffix}").documents
    assert len(docs) == 1 and docs[0].title.endswith("的议案")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_two_organs_over_their_joint_title(suffix: str) -> None:
    """Regression: two organs, one a line, over the title of their statistics 公报 (昆明市统计局 / …管理委员会 / …昆明片区 /
    2025年…统计公报), no 文件 under them, were read into the title."""
    doc = ingest_file(OFFICE / "blind781" / f"blind781_kunming_gongbao{suffix}").documents[0]
    assert doc.title == "中国（云南）自由贸易试验区昆明片区2025年国民经济和社会发展统计公报"
    assert doc.issuers == ("昆明市统计局", "中国（云南）自由贸易试验区昆明片区管理委员会")


def test_a_firm_among_organs_signing_side_by_side() -> None:
    """Regression: six units signing an initiative two a row in a borderless table, a state-owned firm's branch among
    them (成都海关｜中国出口信用保险公司四川分公司), were read as the last row's two."""
    doc = ingest_file(OFFICE / "blind785" / "blind785_sichuan_lianhe.docx").documents[0]
    assert doc.issuers == ("四川省商务厅", "中国国际贸易促进委员会四川省委员会", "成都海关", "中国出口信用保险公司四川分公司",
                           "国家外汇管理局四川省分局", "四川省市场监督管理局")


def test_a_figure_and_its_per_cent_sign_went_down_whole() -> None:
    """Regression: a PDF line left short by a figure LibreOffice moved down whole (…比上年增长 / 7.9%。分门类看…) ended
    its paragraph there: the per cent sign was measured as half a character, DejaVu Sans's being nearly a whole one."""
    assert any(c.startswith("全年规模以上工业增加值893.5亿元，比上年增长7.9%。分门类看")
               for c in _clauses("blind781/blind781_ningbo_gongbao.pdf"))
    assert _lead_width("7.9%。分门类看", 16.0) > 54.0


def test_a_zones_committee_named_short_by_its_zone() -> None:
    """Regression: 厦门自贸片区管委会 in a title stood for the committee its 落款 names in full (中国（福建）自由贸易试验区 /
    厦门片区管理委员会); the short name was kept as the issuer."""
    doc = ingest_file(OFFICE / "blind784" / "blind784_xiamen_tongzhi.docx").documents[0]
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会",)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_minutes_after_the_signing_of_the_minutes_before(suffix: str) -> None:
    """Regression: two talks' 纪要 printed one after the other, the second's title and opening sentence under the first's
    signing (its parties' dates side by side, 2025年11月18日｜2025年11月18日), were one document; neither named its two
    sides as issuers (云南省商务厅与老挝…工业和商务厅经贸合作会谈纪要)."""
    docs = ingest_file(OFFICE / "blind790" / f"blind790_yn_laos_vietnam_jiyao{suffix}").documents
    assert len(docs) == 2 and all(d.title.endswith("经贸合作会谈纪要") for d in docs)
    assert docs[1].issuers == ("云南省商务厅", "越南社会主义共和国老街省工贸厅")
    assert docs[0].effective == "2025-11-18"


def test_the_sides_of_talks_and_a_date_row() -> None:
    assert title_organs("浙江省人民政府与乌兹别克斯坦共和国撒马尔罕州政府经贸合作会谈纪要") == (
        "浙江省人民政府", "乌兹别克斯坦共和国撒马尔罕州政府")
    assert title_organs("关于加强经贸合作的会谈纪要") == ()
    assert _closes("2025年11月18日｜2025年11月18日")
    assert not _closes("2025年11月18日｜签约仪式")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_speakers_byline_in_brackets_with_the_day(suffix: str) -> None:
    """Regression: a speech's byline on one line in brackets (（四川省人民政府副省长　罗振华　2026年3月12日）) gave neither
    the organ nor the day; a 主持词's title over two lines was cut after the first (在全区自由贸易试验区 / 建设推进大会上的
    主持词), and its speaker's 自治区人民政府 gave no level."""
    speech = ingest_file(OFFICE / "blind791" / f"blind791_sichuan_jianghua{suffix}").documents[0]
    assert (speech.issuers, speech.signed) == (("四川省人民政府",), "2026-03-12")
    chair = ingest_file(OFFICE / "blind791" / f"blind791_guangxi_zhuchici{suffix}").documents[0]
    assert chair.title == "在全区自由贸易试验区建设推进大会上的主持词"
    assert (chair.signed, chair.level) == ("2026-04-09", "provincial")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_organ_and_its_procurement_agent_sign(suffix: str) -> None:
    """Regression: a 询价 公告 signed by the zone's committee and, under it, the agency that runs the purchase for it
    (…管理委员会 / 云南滇信招标代理有限公司 / 2026年5月8日) was issued by the agency alone."""
    docs = ingest_file(OFFICE / "blind788" / f"blind788_kunming_gonggao{suffix}").documents
    assert [d.issuers for d in docs] == [("中国（云南）自由贸易试验区昆明片区管理委员会", "云南滇信招标代理有限公司")] * 2
    assert docs[0].level == "municipal"


def test_an_organ_named_with_a_dash() -> None:
    """Regression: 中国—东盟博览会秘书处, one of two organs in a joint 版头 (…商务厅｜文件 / 中国—东盟博览会秘书处｜文件), was
    no organ's name (a dash in it, and 秘书处 no organ's end), so the head was read as the title."""
    doc = ingest_file(OFFICE / "blind792" / "blind792_nanning_yaoqing.docx").documents[0]
    assert doc.issuers == ("广西壮族自治区商务厅", "中国—东盟博览会秘书处")
    assert doc.title.replace(" ", "").endswith("中国—东盟博览会秘书处关于邀请参加2026中国—东盟自由贸易区论坛的通知")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_meetings_papers_each_paper_a_document(suffix: str) -> None:
    """Regression: a meeting's papers (会 议 材 料 / …建设推进大会 / …办公厅⇥2026年5月20日 / 材料一 / …主持词 … 材料二 / …讲话)
    were one document titled by the head; the second speech, its title over two lines under its label, opened none."""
    docs = ingest_file(OFFICE / "blind791" / f"blind791_xiamen_huiyi_cailiao{suffix}").documents
    assert [d.title[-3:] for d in docs] == ["主持词", "的讲话"]
    assert all(d.signed == "2026-05-20" for d in docs)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_second_opinion_after_the_first_ones_signing_line(suffix: str) -> None:
    """Regression: two experts' opinions from one review meeting, the second's title and opening sentence under the
    first's line to sign and date (专家组组长（签字）：⇥日期：2026年4月16日), were one document."""
    docs = ingest_file(OFFICE / "blind801" / f"blind801_honghe_anli{suffix}").documents
    assert len(docs) == 2 and all(d.title.endswith("制度创新案例专家评审意见") for d in docs)
    assert _closes("专家组组长（签字）：\t日期：2026年4月16日")
    assert not _closes("专家组组长（签字）：")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_warnings_one_after_another_with_a_rule_between(suffix: str) -> None:
    """Regression: two 航行警告 one after the other, a typed rule (------) between them and each one's number in its
    series in brackets under its title (（厦航警0048/26）), were one document: 航行警告 named no 文种. (The number is no
    edition of the title, （2026年版）, to be read into it.)"""
    docs = ingest_file(OFFICE / "blind795" / f"blind795_xiamen_hangjing{suffix}").documents
    assert [d.title for d in docs] == ["海沧航道维护性疏浚作业航行警告", "厦门自贸片区大嶝岛—翔安海底电缆敷设施工航行警告"]
    assert docs[1].signed == "2026-04-14"


def test_a_second_announcement_numbered_under_its_title() -> None:
    """Regression: a second 公告 after the first's （此件公开发布）, its organ and title over its number (…监督管理局 /
    关于停止公示…的公告 / 霍市监公告〔2026〕8号) and no 主送, was read into the first."""
    docs = ingest_file(OFFICE / "blind800" / "blind800_khorgos_scjg.docx").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["霍市监公告〔2026〕7号", "霍市监公告〔2026〕8号"]


def test_a_joint_announcements_title_wrapped() -> None:
    """Regression: two organs over 公告 and its 文号, then a title wrapped over two lines (…喀什片区2026 / 年第一批…挂牌出让
    公告), was titled by the head (喀什市自然资源局 喀什市公共资源交易中心公告)."""
    doc = ingest_file(OFFICE / "blind799" / "blind799_kashi_lianhe.docx").documents[0]
    assert doc.title == "中国（新疆）自由贸易试验区喀什片区2026年第一批国有建设用地使用权挂牌出让公告"
    assert doc.issuers == ("喀什市自然资源局", "喀什市公共资源交易中心")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_request_and_the_draft_it_submits_for_review(suffix: str) -> None:
    """Regression: a 请示 asking for the review of the list it attaches (…关于报请审核《…清单（负面清单）（送审稿）》的请示)
    was read as two documents, the list apart, as a draft a notice asks comments on is."""
    docs = ingest_file(OFFICE / "blind797" / f"blind797_dalian_qingshi{suffix}").documents
    assert len(docs) == 1 and docs[0].title.endswith("的请示")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_committees_budget_titled_on_its_cover(suffix: str) -> None:
    """Regression: a committee's budget booklet (中国（湖南）自由贸易试验区 / 岳阳片区管理委员会 / 2026年部门预算 / 二〇二六年二月)
    was titled by its first line: 部门预算 named no 文种, nor did 调查制度; the committee whose budget it is was no issuer."""
    budget = ingest_file(OFFICE / "blind804" / f"blind804_yueyang_yusuan{suffix}").documents[0]
    assert budget.title == "中国（湖南）自由贸易试验区岳阳片区管理委员会2026年部门预算"
    assert budget.issuers == ("中国（湖南）自由贸易试验区岳阳片区管理委员会",)
    survey = ingest_file(OFFICE / "blind808" / f"blind808_hb_zhidu{suffix}").documents[0]
    assert survey.title == "中国（湖北）自由贸易试验区外商投资统计调查制度"
    assert survey.issuers == ("湖北省商务厅",)  # (湖北省商务厅　制定 / 湖北省统计局　批准)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_city_standards_cover(suffix: str) -> None:
    """Regression: a city's standard (DB3502 / 厦门市地方标准 / DB3502/T 172—2026) was no standard's cover: its code has
    four figures, a province's two; it was titled 厦门市地方标准, with no number, issuer or days."""
    doc = ingest_file(OFFICE / "blind806" / f"blind806_xm_silu{suffix}").documents[0]
    assert (doc.title, doc.doc_number.text if doc.doc_number else None) == (
        "自由贸易试验区“丝路海运”航线港口服务规范", "DB3502/T 172—2026")
    assert (doc.issuers, doc.signed, doc.effective) == (("厦门市市场监督管理局",), "2026-02-10", "2026-05-01")


def test_thanks_that_end_a_speech_open_no_title() -> None:
    """Guard (read right before this round): the closing line of a speech (预祝首发仪式圆满成功！谢谢大家！) and the next
    speech's one-line title under it are not a title over two lines, now that a speech's title may take two."""
    docs = ingest_file(OFFICE / "blind679" / "blind679_chengdu_cailiao.docx").documents
    assert [d.title[-3:] for d in docs] == ["的致辞", "的发言"]


def test_a_joint_mark_names_every_organ_above_a_firm() -> None:
    """Guard (read right before this round): ten organs signing in a borderless table, a railway firm last, under a joint
    版头 that names them all: the issuers are the ten, not a row of them joined into one name."""
    doc = ingest_file(OFFICE / "blind719" / "blind719_hubei_tongzhi.docx").documents[0]
    assert len(doc.issuers) == 10 and doc.issuers[0] == "湖北省商务厅" and doc.issuers[-1] == "中国铁路武汉局集团有限公司"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_urgent_typed_as_jinji(suffix: str) -> None:
    """Regression: a report marked 紧急 over its 版头 (as offices type it, for GB/T 9704's 特急 or 加急) was titled 紧急."""
    doc = ingest_file(OFFICE / "blind805" / f"blind805_ningbo_zhenggai{suffix}").documents[0]
    assert doc.title.startswith("关于2024—2025年度") and doc.title.endswith("整改情况的报告")
    assert doc.urgency == "紧急"


def test_a_signing_table_naming_a_zones_committee_over_two_lines() -> None:
    """Regression: an agreement's signing table whose first party's cell names its committee over two lines (中国（广西）
    自由贸易试验区 / 钦州港片区管理委员会) was read as rows, so the agreement had no day signed nor any start."""
    doc = ingest_file(OFFICE / "blind807" / "blind807_qinzhou_zhongjiao.docx").documents[0]
    assert (doc.signed, doc.effective) == ("2026-03-18", "2026-03-18")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_signing_page_naming_the_parties_and_posts(suffix: str) -> None:
    """Regression: a 签署页 table naming each party by its role (甲方：…管理委员会｜乙方：…管理委员会) and its signer's post
    (职务：主任) was read as rows: no day signed, and neither party was an issuer."""
    doc = ingest_file(OFFICE / "blind807" / f"blind807_kunming_saisheta{suffix}").documents[0]
    assert doc.signed == "2025-11-20"
    assert doc.issuers == ("中国（云南）自由贸易试验区昆明片区管理委员会", "老挝万象赛色塔综合开发区管理委员会")
    assert (doc.level, doc.region) == ("municipal", "昆明市")  # (the foreign side, placed nowhere, sets no level)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_white_papers_labelled_publishers_and_day(suffix: str) -> None:
    """Regression: a white paper closing with its publishers under a label, the first beside it (发布单位：广州市南沙区人民法院
    / …人民检察院 / …司法局), over its labelled day (成稿日期：2026年3月16日), had no issuer, no date and a province's level."""
    doc = ingest_file(OFFICE / "blind784" / f"blind784_nansha_fazhi{suffix}").documents[0]
    assert doc.issuers == ("广州市南沙区人民法院", "广州市南沙区人民检察院", "广州市南沙区司法局")
    assert (doc.signed, doc.level) == ("2026-03-16", "county")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_minutes_head_is_no_document(suffix: str) -> None:
    """Regression: a 纪要's head (内部资料　注意保存 / …管理委员会 / 会　议　纪　要 / 2026年第12期 / …办公室　2026年5月18日)
    over its organ's line and title was read as a document of its own, untitled, the minutes after it undated."""
    docs = ingest_file(OFFICE / "blind818" / f"blind818_urumqi_jiyao{suffix}").documents
    assert len(docs) == 1 and docs[0].title.endswith("联动发展的专题会议纪要")
    assert docs[0].signed == "2026-05-18"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_second_notice_numbered_over_its_title_and_addressee(suffix: str) -> None:
    """Regression: a second 通知书 after the first's attachment table, its organ, 文号, title and addressee one under the other
    (…执法局 / 钦港执法责改〔2026〕8号 / 责令限期改正通知书 / …公司：), was read into the first."""
    docs = ingest_file(OFFICE / "blind815" / f"blind815_qinzhou_zhenggai{suffix}").documents
    assert [d.title for d in docs] == ["责令限期整改通知书", "责令限期改正通知书"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_applications_cover(suffix: str) -> None:
    """Regression: a 申报书's cover, its number's field left blank (编号：) over the title, was titled 编号：…; and the office
    that made the form (广西壮族自治区商务厅制) was taken for the issuer, not the applicant (申报单位（盖章）：钦州市人民政府)."""
    doc = ingest_file(OFFICE / "blind811" / f"blind811_qinzhou_shenbaoshu{suffix}").documents[0]
    assert (doc.title, doc.issuers, doc.level) == ("国家进口贸易促进创新示范区申报书", ("钦州市人民政府",), "municipal")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_addressee_naming_a_zones_office_in_full(suffix: str) -> None:
    """Regression: a second 公文 after the first's 印发 line, its 主送 naming a zone's office in full (…，中国（广西）自由贸易
    试验区钦州港片区管理委员会经济发展局，各有关企业：), was read into the first: no 主送 names an organ that long."""
    docs = ingest_file(OFFICE / "blind817" / f"blind817_qz_malaixiya{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["钦商报〔2026〕7号", "钦商函〔2026〕21号"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_notices_to_parties_one_after_another(suffix: str) -> None:
    """Regression: a second 备案通知书 after the first's 备注, its number in its field under its title (编号：沪财会境备〔2026〕
    第0032号) over the firm it goes to, and a second 决定书 after the first's 抄送, its number under its title over 投 诉 人：…,
    were read into the first: neither had a 主送 a notice has."""
    notices = ingest_file(OFFICE / "blind826" / f"blind826_sh_tongzhishu{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in notices] == ["沪财会境备〔2026〕第0031号", "沪财会境备〔2026〕第0032号"]
    decisions = ingest_file(OFFICE / "blind820" / f"blind820_chengdu_jueding{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in decisions] == ["成商投诉决〔2026〕5号", "成商投诉决〔2026〕6号"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_supplementary_announcement_numbered_in_its_series(suffix: str) -> None:
    """Regression: a 补充公告 after the first 公告's 印发 line, numbered in the committee's series of 公告 (舟自贸管告〔2026〕7号)
    over its title, was read into the first: only a number naming 公告 counted."""
    docs = ingest_file(OFFICE / "blind824" / f"blind824_zhoushan_gonggao{suffix}").documents
    assert len(docs) == 2 and docs[1].title.endswith("配租的补充公告")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_parties_sealing_one_under_another(suffix: str) -> None:
    """Regression: five parties sealing an agreement one under the other, each over its signer's field (…发展管理局（盖章） /
    负责人（签字）： / …), over the line of its day and place (签订日期：2026年3月18日　　签订地点：…), before its 附件: no party
    was an issuer, and the agreement had no day signed."""
    doc = ingest_file(OFFICE / "blind825" / f"blind825_luhai_xieyi{suffix}").documents[0]
    assert doc.issuers == ("重庆市大数据应用发展管理局", "四川省政务服务和公共资源交易服务中心", "贵州省政务服务中心",
                           "广西壮族自治区大数据发展局", "云南省政务服务管理局")
    assert doc.signed == "2026-03-18"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_request_to_approve_the_rule_it_attaches(suffix: str) -> None:
    """Regression: a 请示 asking its government to approve the rule it attaches as a 送审稿 (…关于审定《…衔接规则（试行）》的
    请示) was read as two documents, the rule apart, as a draft a notice asks comments on is."""
    docs = ingest_file(OFFICE / "blind832" / f"blind832_nanning_qingshi{suffix}").documents
    assert len(docs) == 1 and docs[0].title.endswith("的请示")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_letter_after_the_plan_it_goes_with(suffix: str) -> None:
    """Regression: a 承诺书 printed after a plan's 落款, its title over its 主送 (…专项债券申报承诺书 / 钦州市财政局：), was read
    into the plan."""
    docs = ingest_file(OFFICE / "blind829" / f"blind829_qinzhou_fangan{suffix}").documents
    assert len(docs) == 2 and docs[0].title.endswith("专项债券实施方案") and docs[1].title.endswith("申报承诺书")
