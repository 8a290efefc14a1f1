"""Word documents full of fields (a table of contents, SEQ captions, REF cross references, hyperlinks, PAGE / NUMPAGES
footers; a DATE field and a mail merge's field left in a 主送 line), as .docx and LibreOffice PDF, by someone who had
not read the reader (tests/data/office/blind102, made by make_blind102.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind102"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_address_a_wrap_cut_keeps_the_rest_of_its_sentence(suffix: str) -> None:
    """Regression (PDF): a line break after https:// left "www.investsc.cn/在线申报。" on a line of its own, dropped as
    an address alone, so the sentence ended …企业可通过https://."""
    parsed = ingest_file(BLIND / f"blind102_四川_一带一路三年行动计划.{suffix}")
    assert any(c.text.endswith("企业可通过https://www.investsc.cn/在线申报。") for c in parsed.clauses)
    assert "url" not in parsed.report.removed
    assert parsed.report.removed.get("table_of_contents") == 12 if suffix == "pdf" else True


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_mail_merge_field_left_in_the_addressee_line_is_the_addressee(suffix: str) -> None:
    """Regression: «单位名称»： was the notice's first clause."""
    parsed = ingest_file(BLIND / f"blind102_泸州_制度创新案例征集通知.{suffix}")
    assert parsed.documents[0].addressees == "«单位名称»"
    assert not any("«" in c.text for c in parsed.clauses)
