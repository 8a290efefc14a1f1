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
