"""The domain thesaurus (bri_kb/data/thesaurus.tsv): everyday words that
analysts type, mapped onto the formal terms the documents use."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from bri_kb.vocabulary import fold


@cache
def thesaurus() -> tuple[tuple[str, tuple[str, ...]], ...]:
    text = resources.files("bri_kb").joinpath("data/thesaurus.tsv").read_text(encoding="utf-8")
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        formal, variants = line.split("\t", 1)
        entries.append((formal.strip(), tuple(v.strip() for v in variants.split("|") if v.strip())))
    return tuple(entries)


@cache
def _normalised() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The thesaurus normalised once: normalising it for every question cost
    more than the rest of the query's lexical side."""
    return tuple((formal, fold(formal), tuple(fold(v) for v in variants)) for formal, variants in thesaurus())


MINED_WEIGHT = 0.3  # the corpus's own abbreviations, when asked for: below the thesaurus' 0.6


def expansions(question: str, weight: float = 0.6, mined: Sequence[tuple[str, str]] = (),
               mined_weight: float = MINED_WEIGHT) -> list[tuple[str, float]]:
    """Formal terms for the everyday words found in a question, and the other
    side of each abbreviation the corpus defines (`mined`: (short, long) pairs
    from the knowledge base's terms.json) that the question uses one side of."""
    q = fold(question)
    out: dict[str, float] = {}
    for formal, norm_formal, variants in _normalised():
        if norm_formal in q:
            continue
        if any(v in q for v in variants):
            out[formal] = weight
    if mined_weight > 0:
        for short, full in mined:
            s, f = fold(short), fold(full)
            if s in q and f not in q:
                out.setdefault(full, mined_weight)
            elif f in q and s not in q:
                out.setdefault(short, mined_weight)
    return list(out.items())
