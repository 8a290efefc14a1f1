"""The domain thesaurus (bri_kb/data/thesaurus.tsv): everyday words that
analysts type, mapped onto the formal terms the documents use."""

from __future__ import annotations

import re
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


# How a question is asked rather than what it asks about: A-not-A forms (能不能, 有没有),
# question particles and pronouns, hedges. General Chinese question grammar, no domain words;
# longest first so that 能不能 goes before 能.
QUESTION_FORMS = re.compile("|".join(sorted((
    "能不能", "可不可以", "可以吗", "是不是", "有没有", "会不会", "要不要", "用不用", "算不算", "给不给", "让不让",
    "行不行", "管不管", "认不认", "还是", "怎么办", "怎么样", "怎么", "怎样", "如何", "什么样", "什么", "为什么",
    "哪些", "哪个", "哪里", "哪儿", "请问", "一下", "咱们", "我们", "我", "你们", "你", "他们", "大家", "想问",
    "到底", "究竟", "是否", "能否", "可否", "吗", "呢", "吧", "啊", "呀", "嘛", "么",
), key=len, reverse=True)))


def plain_question(question: str) -> str:
    """The question without the words that only make it a question (能不能, 有没有, 吗 …),
    each replaced by a space so that no new character pair forms across the gap."""
    return QUESTION_FORMS.sub(" ", question)
