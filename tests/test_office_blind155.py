"""PDFs whose characters are not the ones the eye reads — a provincial notice and a city's measures written with
Kangxi radicals (⽇ ⽉ ⼈ ⾏), CJK radicals (⻔ ⻓) and compatibility ideographs for some of their characters, full-width
digits, a page set with a space after every character and a title drawn character by character — written by
someone who had not read the reader (tests/data/office/blind155, made by make_blind155.py)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.text import equivalent_ideographs
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind155"


def test_radicals_read_as_the_ideographs_they_print() -> None:
    """Regression: the code points were kept as written, so a search for 日, 月, 人民政府 or 门户网站 found none of
    the clauses that print them; 第⼀条 was no article (第⼋条 ran on into 第七条), the 版头's 文件 and the dates
    (6⽉18⽇) were not read, so the notice had no title of its own, no issuer and no date."""
    notice = ingest_file(BLIND / "blind155_sichuan_notice.pdf")
    doc = notice.documents[0]
    assert doc.title == "四川省自由贸易试验区工作办公室关于做好2024年自贸试验区提升行动重点工作的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "川自贸办〔2024〕11号"
    assert doc.issuers == ("四川省自由贸易试验区工作办公室",) and doc.signed == "2024-06-18"
    assert [c.label for c in notice.clauses if c.kind == "heading"][:3] == ["一、", "二、", "三、"]
    measures = ingest_file(BLIND / "blind155_lianyungang_measures.pdf")
    articles = [c.label for c in measures.clauses if c.kind == "article"]
    assert articles == [f"第{n}条" for n in "一二三四五六七八九十"] + ["第十一条", "第十二条", "第十三条", "第十四条"]
    assert measures.documents[0].effective == "2024-08-01" and measures.documents[0].expires == "2026-12-31"
    texts = "".join(c.text for c in [*notice.clauses, *measures.clauses])
    assert not any(0x2E80 <= ord(ch) <= 0x2FDF or 0xF900 <= ord(ch) <= 0xFAFF for ch in texts)


def test_known_pairs() -> None:
    # Kangxi radicals and compatibility ideographs by NFKC, the radicals it leaves by Equivalent_Unified_Ideograph
    assert equivalent_ideographs("⽇⽉⼈⾏ ⻔户⽹站 ⺠族 \uf967同") == "日月人行 门户网站 民族 不同"
    assert equivalent_ideographs("２０２４年（试行）") == "２０２４年（试行）"  # (full-width digits and brackets stay)


@given(st.text())
def test_folding_keeps_every_other_character_and_is_settled(text: str) -> None:
    folded = equivalent_ideographs(text)
    assert len(folded) == len(text) and equivalent_ideographs(folded) == folded
    for a, b in zip(text, folded, strict=True):
        assert a == b or 0x2E80 <= ord(a) <= 0x2FDF or 0x31C0 <= ord(a) <= 0x31EF or unicodedata.normalize("NFKC", a) == b
