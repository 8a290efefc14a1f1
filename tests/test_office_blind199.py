"""Ordinary pages of four more sites — a 市商务局 page whose article is in an <iframe> saved in its _files folder, a
公报 page with its 目录 in a sidebar, a 解读 and its 政策原文 on one page, a 商务部 page in Chinese and English side by side
(tests/data/office/blind199, made by make_blind199.py by someone who had not read the reader)."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind199"


def test_an_article_shown_in_a_frame_is_read_in_its_place() -> None:
    """Regression: the page's article is an <iframe> whose page the browser saved in the _files folder; all 15
    clauses, the 文号, dates and 主送 were lost without a word (the site's greeting was the only clause)."""
    parsed = ingest_file(BLIND / "blind199_xiamen_iframe.html")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "厦商务规〔2024〕4号"
    assert (doc.signed, doc.effective, doc.expires) == ("2024-06-11", "2024-07-01", "2026-12-31")
    assert len(parsed.clauses) >= 15 and not any("欢迎访问" in c.text for c in parsed.clauses)


def test_a_saved_pages_assets_are_not_documents_of_their_own(tmp_path: Path) -> None:
    """(the frame's page in the _files folder is read in the page, not again as a page titled 正文; a saved 附件 in
    that folder is still read, once, as the page's)"""
    from bri_kb.index.sources import collect_files

    names = [f.name for f in collect_files([BLIND, DATA / "office" / "blind197"]).files]
    assert "W020240614_2851937_content.html" not in names and "saved_resource.html" not in names
    assert names.count("P020240620391558214906.docx") == 1


def test_chinese_and_english_side_by_side_are_one_text_with_its_translation() -> None:
    """Regression: a 商务部 公告 printed as a table of 中文 | English rows was read as a data table (each clause 中文：… /
    English：…, the header row and the title's rows clauses), its 文号, issuers and dates lost."""
    parsed = ingest_file(BLIND / "blind199_mofcom_bilingual.html")
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "商务部海关总署公告2024年第47号"
    assert doc.issuers == ("商务部", "海关总署")
    assert (doc.signed, doc.effective) == ("2024-11-06", "2024-12-01")
    fourth = next(c for c in parsed.clauses if c.label == "四、")
    # (its English, the translation, is left out since round 276: tests/test_translation.py)
    assert fourth.text == "四、维修所需进口料件予以保税；维修后的货物应当复运出境或者按照规定办理进口手续。"
    assert not any(c.kind == "table_row" or c.text.startswith(("中文", "Announcement")) for c in parsed.clauses)


def test_a_two_column_table_of_data_is_no_translation() -> None:
    from bri_kb.ingest.webpage import html_to_text

    html = ("<html><body><h1>某市商务局关于公布名单的通知</h1><div><p>名单如下。</p><table>"
            "<tr><td>企业名称</td><td>所在区</td></tr><tr><td>甲公司</td><td>南沙区</td></tr>"
            "<tr><td>乙公司</td><td>黄埔区</td></tr><tr><td>丙公司</td><td>番禺区</td></tr></table></div></body></html>")
    assert "甲公司｜南沙区" in html_to_text(html).replace(" ", "")


def test_a_document_carried_by_a_post_takes_the_pages_date() -> None:
    """Regression: a page printing the 解读 first and the 政策原文 under it (the 解读 left out as the post that carries
    the document): the document's published date was its 成文日期 (2024-04-18), not the page's 发布日期 (2024-04-23);
    so for round 126's 公众号 post (2024-06-18)."""
    doc = ingest_file(BLIND / "blind199_qingdao_jiedu.html").documents[0]
    assert (doc.signed, doc.published) == ("2024-04-18", "2024-04-23")
    assert ingest_file(DATA / "office" / "blind126" / "blind126_fujian_wechat.html").documents[0].published == "2024-06-18"
