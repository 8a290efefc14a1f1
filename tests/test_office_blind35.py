"""Character-level fidelity of Word-made PDFs and their Word files, by someone who
had not read the reader (tests/data/office/blind35, made by make_blind35.py):
fonts mixed as offices mix them (digits, quotes and dashes in a Latin font),
symbols, separators, ranges, dates in two forms, English inside Chinese."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind35"

# What the pages print, each kept whole in some clause (read right at first reading; a guard for the
# row-grouping change of round 34, which moved quotation marks back into their lines).
PRINTED = {
    "blind35_tongzhi_items": ["6,000亿元", "“Silk Road E-commerce”", "0571－87051234"],
    "blind35_xize_articles": ["≤-18℃", "0℃～10℃", "HACCP", "1‰"],
    "blind35_fangan_table": ["5,351", "≥6,000", "下降10%～15%", "1∶1", "-25℃～5℃", "西安—青岛—东南亚", "“班列+海运”"],
}


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("name", sorted(PRINTED))
def test_symbols_numbers_and_latin_words_are_read_as_printed(name: str, fmt: str) -> None:
    text = "\n".join(c.text for c in ingest_file(BLIND / f"{name}.{fmt}").clauses)
    for printed in PRINTED[name]:
        assert printed in text, (printed, fmt)
