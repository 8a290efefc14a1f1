"""Ordinary pages of four more government sites saved from the browser — an old ASP.NET page of a 省商务厅, a 市人民政府
规范性文件库 page, a 片区's 公众号 article and a 海关 公告 with its table in a div that replaced an iframe
(tests/data/office/blind176, made by make_blind176.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind176"


def test_a_page_whose_body_sits_in_a_form_is_read() -> None:
    """Regression: an ASP.NET page wraps all its body in <form id="form1">, and forms were dropped whole (for the
    search boxes): the page gave its <title> as its only clause, all 17 clauses lost without a word."""
    parsed = ingest_file(BLIND / "blind176_hunan_swt.html")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "湘商合〔2024〕21号"
    assert doc.signed == "2024-04-10"
    texts = [c.text for c in parsed.clauses]
    assert any(t.startswith("（三）推动对非易货贸易试点。") for t in texts)
    assert not any(t.endswith("-湖南省商务厅") for t in texts)


def test_a_table_inside_an_inline_element_is_read_as_rows() -> None:
    """Regression: the 展会 table sits inside ASP.NET's <span id="lblContent"> and was read as one run-together
    paragraph (2024年对非经贸重点展会安排表序号展会名称…), so which 片区 hosts which 展会, and when, was in no row."""
    parsed = ingest_file(BLIND / "blind176_hunan_swt.html")
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert len(rows) == 4
    assert "展会名称：中国（湖南）—南非经贸合作对接会" in rows[1].text and "时间：7月" in rows[1].text
    assert not any("序号展会名称" in c.text for c in parsed.clauses)


def test_a_validity_badge_in_the_heading_is_no_part_of_the_title() -> None:
    """Regression: the 规范性文件库 sets 现行有效 in a badge inside its <h1>: the title read …的通知现行有效."""
    doc = ingest_file(BLIND / "blind176_chengdu_gfxwj.html").documents[0]
    assert doc.title == "成都市人民政府关于印发《成都国际铁路港“一带一路”多式联运发展促进办法》的通知"


def test_a_posts_comments_and_tags_are_no_clauses() -> None:
    """Regression: the 公众号 article's #tags, 在看 count and readers' comments (one with a telephone number) were
    read as clauses of its last measure 四、强化要素保障."""
    texts = [c.text for c in ingest_file(BLIND / "blind176_honghe_wechat.html").clauses]
    assert not [t for t in texts if "精选留言" in t or t.startswith("#") or "在看" in t or "河口小李" in t]


def test_a_post_names_the_document_it_carries() -> None:
    """Regression: the post's headline (重磅｜红河片区出台12条措施…) was the title, its number (in the editor's lead:
    印发《…若干措施》（红自贸片管发〔2024〕6号）) none, its date the 落款's instead of the post's."""
    doc = ingest_file(BLIND / "blind176_honghe_wechat.html").documents[0]
    assert doc.title == "中国（云南）自由贸易试验区红河片区支持跨境贸易高质量发展若干措施"
    assert doc.doc_number is not None and doc.doc_number.text == "红自贸片管发〔2024〕6号"
    assert doc.published == "2024-05-28" and doc.signed == "2024-05-24"


def test_measures_under_badges_are_items() -> None:
    """Regression: the twelve measures, each under a badge (01 … 12) above its heading and its text, were 36
    paragraphs: a number alone, a heading alone, a text no number named."""
    clauses = ingest_file(BLIND / "blind176_honghe_wechat.html").clauses
    items = [c for c in clauses if c.label.isdigit()]
    assert [c.label for c in items] == [f"{n:02d}" for n in range(1, 13)]
    # (each heads its text, a clause of its own since round 348)
    assert items[0].text == "01　支持互市商品落地加工" and items[0].path == ("一、做强边民互市贸易",)
    text = clauses[clauses.index(items[0]) + 1]
    assert text.text.startswith("对在红河片区内落地加工") and text.path == ("一、做强边民互市贸易", "01　支持互市商品落地加工")
    assert not [c for c in clauses if c.text.strip().isdigit()]


def test_a_pilot_period_in_years_ends_the_document() -> None:
    """Regression: 本公告自2024年9月1日起施行，试点期限2年。 gave no end (only 有效期 and 试行期 were read)."""
    assert ingest_file(BLIND / "blind176_urumqi_customs.html").documents[0].expires == "2026-08-31"
