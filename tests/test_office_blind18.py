"""Three more PDFs made the way offices make them by someone who had not read the
reader (tests/data/office/blind18, made by make_blind18.py): a 规划 with 章/节, a
专栏 and an indicator table; a 印发 notice and its 工作方案 with a contact table;
an 意见 with abbreviations and figures."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind18"


def test_a_line_spread_before_an_unbreakable_word_has_no_space_in_it() -> None:
    """Regression: a line spread to its width because "RCEP" could not follow on it, its characters
    set evenly apart but their glyphs of different widths, kept one space ("国际经贸 规则")."""
    texts = [c.text for c in ingest_file(BLIND / "blind18_opinion.pdf").clauses]
    assert any(t.startswith("（一）对标高标准国际经贸规则。主动对接RCEP、CPTPP、DEPA") for t in texts)
    assert not any("经贸 规则" in t for t in texts)
