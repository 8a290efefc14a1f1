"""A province's compilation of six documents (a memorandum with a signature page, a policy whose
文号 is a bracketed line under its title, a notice that extends and suspends another) behind a
cover, a 编印说明 and a 目录, by someone who had not read the reader
(tests/data/office/blind68, made by make_blind68.py)."""

from __future__ import annotations

import json

import pytest

from bri_kb.vocabulary import squash, start_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind68"
EXPECTED = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_each_document_the_contents_names_is_one_with_its_own_metadata(suffix: str) -> None:
    """Regression: the memorandum (no 文号, no 主送) and the 长沙片区 policy (文号 only in brackets under its title)
    after a regulation's last article were text of that article, so they had its 文号, issuers, dates and
    places; the 目录's titles say where each document starts."""
    parsed = ingest_file(BLIND / f"blind68_hunan_compilation.{suffix}")
    found = [d for d in parsed.documents if "汇编" not in d.title]
    wanted = [d["meta"] for d in EXPECTED["blind68_hunan_compilation"]]
    assert [squash(d.title) for d in found] == [squash(m["title"]) for m in wanted]
    for doc, meta in zip(found, wanted, strict=True):
        issuers = tuple(str(meta.get("issuer") or "").split("、"))
        assert (doc.doc_number.text if doc.doc_number else None) == meta["doc_number"], meta["title"]
        assert (doc.issuers, doc.signed, doc.level) == (issuers, meta["date"], meta["level"]), meta["title"]
    memo, policy = found[2], found[3]
    assert (start_of(memo)[0], memo.expires) == ("2022-11-08", "2025-11-07")
    assert (start_of(policy)[0], policy.expires, policy.region) == ("2023-04-01", "2025-12-31", "长沙市")


def test_the_cover_and_its_note_change_nothing() -> None:
    """Regression: the 编印说明, which tells of 第七条's suspension, was read as suspending it (date unknown). Since
    round 238 the cover and the 编印说明 are no document at all: their lines are left out and counted."""
    parsed = ingest_file(BLIND / "blind68_hunan_compilation.docx")
    assert not [d for d in parsed.documents if "汇编" in d.title]
    assert all(not d.changes or d.title.endswith(("通知", "决定")) for d in parsed.documents)
    assert parsed.report.removed["compilation_title"] >= 4
