"""Outlines numbered by Word itself — a multilevel list in numbering.xml, restarts, a start overridden by hand, a
paragraph whose numbering is taken off, heading styles numbered in an attachment, bullets mixed in — written by
someone who had not read the reader (tests/data/office/blind130, made by make_blind130.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind130"


def test_a_paragraph_whose_numbering_is_taken_off() -> None:
    """Regression: a paragraph in a list with its numbering taken off (w:numId 0, Word's "none") was given the list's
    next number (二、1. 对开行至中亚方向的回程班列…), so the Word file and its PDF differed and were kept as two documents."""
    clause = next(c for c in ingest_file(BLIND / "blind130_henan_opinion.docx").clauses if "对开行至中亚方向" in c.text)
    assert clause.text.startswith("对开行至中亚方向") and clause.kind == "paragraph"
