"""Bilingual documents for foreign investors (a guide in parallel Chinese and English columns, a notice whose
paragraphs each have their English after them, a guide whose English follows a column break), as .docx and
LibreOffice PDF, by someone who had not read the reader (tests/data/office/blind88, made by make_blind88.py).
Most of what the round found is left (docs/quality.md); these pin what was mended."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind88"


def test_an_english_paragraph_ending_its_sentence_runs_into_no_chinese_paragraph() -> None:
    """Regression: in the Word file each English paragraph (ending with a full stop) was joined to the Chinese
    paragraph after it, and the validity sentence ended up inside an English clause."""
    texts = [c.text for c in ingest_file(BLIND / "blind88_hainan_notice.docx").clauses]
    # (its English translation after it is the Chinese clause's since round 182: a bilingual text's translation)
    assert any(t.split("\n")[0] == "本通知自印发之日起施行，有效期至2025年12月31日。" for t in texts)
    assert not any(t[:1].isascii() and "为落实《外商投资信息报告办法》" in t for t in texts)


def test_a_zones_committee_whose_city_the_data_names_by_its_district() -> None:
    """Regression: the 广州南沙新区片区 committee's guide was provincial, in 广东省: the data names the 片区's place
    南沙区, a district listed beside the cities, and its city was not looked up. And so --where 广州市 found no part of
    中国（广东）自由贸易试验区 in 广州."""
    from bri_kb.gazetteer import gazetteer
    from bri_kb.query.where import PART, coverage

    doc = ingest_file(BLIND / "blind88_nansha_guide.docx").documents[0]
    assert (doc.level, doc.region) == ("municipal", "广州市")
    gaz = gazetteer()
    guangzhou = gaz.resolve("广州市")
    assert guangzhou is not None and coverage(["中国（广东）自由贸易试验区"], guangzhou, gaz)[0] == PART


def test_a_signature_wrapped_in_a_narrow_column() -> None:
    """Regression: in the two-column PDF the 落款 wraps (中国（福建）自由贸易试验区厦门 / 片区管理委员会), so the guide's
    issuer was 片区管理委员会, no place's organ, and it was a ministry's, in 福建省; the 版头 names the organ whole."""
    doc = ingest_file(BLIND / "blind88_xiamen_guide.pdf").documents[0]
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会",)
    assert (doc.level, doc.region) == ("municipal", "厦门市")
