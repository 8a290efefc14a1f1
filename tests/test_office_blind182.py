"""Ordinary pages of four more sites saved from the browser — a 省人民政府 page with tabs hidden by a stylesheet's
class, a 市人民政府 notice printing its 实施细则 after the 落款, a 区 notice with a table pasted from WPS, and a 片区's
bilingual page (tests/data/office/blind182, made by make_blind182.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind182"


def test_a_record_of_label_and_value_cells_names_the_document() -> None:
    """Regression: the page's <title> is the site's name and it has no heading; its record table (索引号：｜…｜分类：｜… /
    发布机构：｜… / 文号：｜… / 名称：｜…) was not read as one, so the title was 连云港市人民政府 and the issuer the web
    publisher 市政府办公室."""
    doc = ingest_file(BLIND / "blind182_lianyungang.html").documents[0]
    assert doc.title == "市政府关于印发连云港市促进国际班列和海铁联运高质量发展实施细则的通知"
    assert doc.issuers == ("连云港市人民政府",)


def test_an_english_paragraph_is_no_clause() -> None:
    """Regression: a bilingual page's eleven English paragraphs were clauses of their own (一、第2段 …), and its
    文号 Document No.：… line gave no 文号. (Then each was the Chinese one's before it; since round 276 a translation
    is left out: tests/test_translation.py.)"""
    parsed = ingest_file(BLIND / "blind182_kunming.html")
    assert parsed.documents[0].doc_number is not None
    assert parsed.documents[0].doc_number.text == "昆自贸片管发〔2024〕11号"
    first = next(c for c in parsed.clauses if c.label == "一、")
    assert first.text.startswith("一、支持国际货物列车稳定开行。") and first.text.endswith("年度补助总额不超过3000万元。")
    assert not [c for c in parsed.clauses if c.text.startswith(("I. ", "II. ", "In order to"))]
