"""Clause words learned from our own labelled questions: for a word that
questions use, the words of the clauses that answered them (a translation
model, Berger and Lafferty 1999: IBM Model 1's t(clause word | question word)).

The table is bri_kb/data/learned_terms.json, written by
`python benchmarks/learned_terms.py --home KB --write bri_kb/data/learned_terms.json`
from benchmarks/questions_labelled.jsonl: plain JSON, one entry per question
word, readable by hand. It is read on the first question that asks for it
(`Settings.learned_weight` > 0), never at import.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from bri_kb.vocabulary import fold

LEARNED_FILE = "data/learned_terms.json"
TOP = 3  # clause words added per question word


@dataclass(frozen=True)
class LearnedTerms:
    """Per question word, its clause words best first, each with t(clause word | question word)."""

    targets: Mapping[str, tuple[tuple[str, float], ...]]


def parse_learned(data: Mapping[str, Any]) -> LearnedTerms:
    """The table from the JSON object the benchmark script writes ({"terms": {word: {"targets": [[w, t, n], …]}}})."""
    terms = data.get("terms", {})
    return LearnedTerms({word: tuple((str(t[0]), float(t[1])) for t in entry["targets"])
                         for word, entry in terms.items()})


@cache
def bundled() -> LearnedTerms:
    """The table shipped with the package (empty if the file is absent)."""
    path = resources.files("bri_kb").joinpath(LEARNED_FILE)
    if not path.is_file():
        return LearnedTerms({})
    return parse_learned(json.loads(path.read_text(encoding="utf-8")))


def learned_expansions(words: Sequence[str], question: str, table: LearnedTerms, weight: float,
                       top: int = TOP) -> list[tuple[str, float]]:
    """For each question word the table knows, its `top` clause words that the
    question does not already contain, all at `weight` (a word reached from two
    question words is added once)."""
    if weight <= 0:
        return []
    asked = fold(question)
    out: dict[str, float] = {}
    for word in dict.fromkeys(words):
        chosen = [t for t, _ in table.targets.get(word, ()) if t not in asked][:top]
        for term in chosen:
            out.setdefault(term, weight)
    return list(out.items())
