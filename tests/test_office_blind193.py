"""Ordinary pages of four more sites — a 黑龙江省商务厅 notice with 正文 / 附件 tabs, a 海关总署公告 with a 商品编码 table,
a 西安 政策文件 page with its record as a <dl> list, and a 融媒体 article reprinting a 通知 (tests/data/office/blind193, made
by make_blind193.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind193"


def test_a_tab_hidden_until_clicked_is_read() -> None:
    """Regression: the 附件 tab (style="display: none" until its label is clicked) was dropped as hidden text: the
    重点任务清单 and its 11 rows were lost without a word; the tab bar's labels are no clauses."""
    parsed = ingest_file(BLIND / "blind193_hlj_tabs.html")
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert len(rows) == 11
    assert not any(c.text in ("正文", "附件") for c in parsed.clauses)
    assert [c.label for c in parsed.clauses][:3] == ["第1段", "一、", "二、"]


def test_a_hidden_copy_for_another_screen_stays_out() -> None:
    """(round 190's Vue page hides a mobile copy of its text: not a tab, no second reading)"""
    parsed = ingest_file(DATA / "office" / "blind190" / "blind190_vue.html")
    texts = [c.text for c in parsed.clauses]
    assert len(texts) == len(set(texts))


def test_a_record_as_a_list_of_terms_is_the_pages_metadata() -> None:
    """Regression: the 信息公开 record typed as <dl><dt>发文字号：</dt><dd>…</dd>… was one run-together clause, the body's
    主送 a clause and the recipients lost."""
    parsed = ingest_file(BLIND / "blind193_xian_zhengce.html")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "市政发〔2024〕6号"
    assert doc.addressees == "各区、县人民政府，西咸新区、各开发区管委会，市人民政府各工作部门、各直属机构"
    assert not any("索" in c.text and "引" in c.text and "号" in c.text[:12] for c in parsed.clauses)


def test_a_notice_issuing_its_citys_measures_keeps_its_own_title() -> None:
    """Regression: 西安市人民政府关于印发加快建设…若干措施的通知 printed 西安市加快建设…若干措施 after its 落款; the notice
    was taken for a wrapper (its title leaves out the measures' 西安市) and the page titled by the measures."""
    doc = ingest_file(BLIND / "blind193_xian_zhengce.html").documents[0]
    assert doc.title == "西安市人民政府关于印发加快建设中欧班列（西安）集结中心若干措施的通知"
    assert doc.wrapper is None


def test_names_carried() -> None:
    from bri_kb.ingest.carried import names_carried

    assert names_carried("西安市加快建设中欧班列（西安）集结中心若干措施",
                         "西安市人民政府关于印发加快建设中欧班列（西安）集结中心若干措施的通知")
    assert names_carried("青岛片区支持海外仓发展若干措施", "关于印发《青岛片区支持海外仓发展若干措施》的通知")
    # (a 公告 that does not name the rule it carries)
    assert not names_carried("上海市外商投资项目核准和备案管理办法", "上海市人民政府公告")


def test_a_news_story_reprinting_a_notice_whole_is_read_as_the_notice() -> None:
    """Regression: a 融媒体 story (headline, two lead paragraphs, a photo's caption, 以下为《通知》全文：) then the 通知
    itself: the document was titled by the headline, had no 文号 or 主送, and the story's lead and the notice's head
    lines were its clauses."""
    parsed = ingest_file(BLIND / "blind193_yiwu_news.html")
    doc = parsed.documents[0]
    assert doc.title == "金华市人民政府关于进一步支持“义新欧”中欧班列高质量发展的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "金政发〔2024〕21号"
    assert doc.addressees == "各县（市、区）人民政府，金华开发区管委会，市政府各部门"
    assert parsed.clauses[0].text.startswith("为深入贯彻落实党中央")
    assert not any("记者" in c.text or "全文" in c.text for c in parsed.clauses)


def test_a_posts_label_over_the_document_it_carries_is_no_reprint() -> None:
    """(round 126's 头条 post labels the document 政策原文 and prints it as a 公文: read as before)"""
    doc = ingest_file(DATA / "office" / "blind126" / "blind126_fujian_toutiao.html").documents[0]
    assert doc.addressees is not None and doc.addressees.startswith("各设区市商务局")
