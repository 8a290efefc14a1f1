"""Recall@k and MRR over a question set, scored as ../shared/eval/score.py does:
a result answers when its text contains an expected anchor after NFKC
normalisation and whitespace removal."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from bri_kb.vocabulary import squash as norm


def first_hit(question: dict[str, Any], results: Sequence[dict[str, Any]], k: int = 10) -> int | None:
    anchors = [norm(e["anchor"]) for e in question["expect"]]
    for rank, r in enumerate(results[:k], 1):
        text = norm(r.get("text", ""))
        if any(a in text for a in anchors):
            return rank
    return None


def summarise(ranks: Sequence[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    return {
        "n": len(ranks),
        "R@1": sum(1 for r in ranks if r and r <= 1) / n,
        "R@5": sum(1 for r in ranks if r and r <= 5) / n,
        "R@10": sum(1 for r in ranks if r and r <= 10) / n,
        "MRR": sum(1 / r for r in ranks if r) / n,
    }


def score(questions: Sequence[dict[str, Any]], outputs: Sequence[dict[str, Any]], k: int = 10) -> dict[str, Any]:
    ranks: list[int | None] = []
    by_kind: dict[str, list[int | None]] = defaultdict(list)
    missed = []
    for q, out in zip(questions, outputs, strict=True):
        rank = first_hit(q, out.get("results", []), k)
        ranks.append(rank)
        by_kind[q.get("kind", "?")].append(rank)
        if rank is None:
            missed.append(q)
    return {
        "all": summarise(ranks),
        "kinds": {kind: summarise(r) for kind, r in sorted(by_kind.items())},
        "missed": missed,
        "ranks": ranks,
    }


def format_report(result: dict[str, Any]) -> str:
    def fmt(s: dict[str, float]) -> str:
        return "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in s.items())

    lines = ["all      " + fmt(result["all"])]
    lines += [f"{kind:8} " + fmt(s) for kind, s in result["kinds"].items()]
    lines += [f"missed {q.get('id', '?')}: {q['question']}" for q in result["missed"]]
    return "\n".join(lines)
