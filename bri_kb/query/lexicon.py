"""The domain thesaurus (bri_kb/data/thesaurus.tsv): everyday words that
analysts type, mapped onto the formal terms the documents use."""

from __future__ import annotations

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


def expansions(question: str, weight: float = 0.6) -> list[tuple[str, float]]:
    """Formal terms for the everyday words found in a question."""
    q = fold(question)
    out: dict[str, float] = {}
    for formal, norm_formal, variants in _normalised():
        if norm_formal in q:
            continue
        if any(v in q for v in variants):
            out[formal] = weight
    return list(out.items())
