"""Answer quality: every channel and ablation on our labelled questions (two
halves) and on the shared development sets, as one table (docs/quality.md).

    python benchmarks/quality.py [--home KB] [--configs all|NAME,...] [--json out.json]

The reranker rows are out of sample: on our labelled set each question is
scored by a model trained without its fold (5-fold cross-validation); on the
other sets by the model trained on the whole labelled set (+ out-of-domain).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bri_kb.errors import QueryError  # noqa: E402
from bri_kb.evaluate import first_hit, summarise  # noqa: E402
from bri_kb.query.ranking import Settings  # noqa: E402
from bri_kb.query.search import Filters, KnowledgeBase  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
SETS = {
    "labelled": ROOT / "benchmarks" / "questions_labelled.jsonl",
    "own": ROOT / "benchmarks" / "questions_own.jsonl",
    "fresh": ROOT / "benchmarks" / "questions_fresh.jsonl",
    "everyday2": ROOT / "benchmarks" / "questions_everyday2.jsonl",
    "dev_formal": SHARED / "dev_questions.jsonl",
    "dev_colloquial": SHARED / "dev_colloquial.jsonl",
    "ood": ROOT / "benchmarks" / "questions_ood.jsonl",
    "ood_fresh": ROOT / "benchmarks" / "questions_ood_fresh.jsonl",
}
BASE = Settings(rerank=False)
CONFIGS: dict[str, Settings] = {
    "milestone 1 (word 0.7 + dense 0.3 on question+thesaurus)": replace(
        BASE, weights=(("bm25", 0.7), ("dense", 0.3)), dense_expansions=True),
    "word BM25 only": replace(BASE, weights=(("bm25", 1.0),)),
    "char BM25 only": replace(BASE, weights=(("bm25_char", 1.0),)),
    "dense only (bare question)": replace(BASE, weights=(("dense", 1.0),)),
    "word + dense, equal": replace(BASE, weights=(("bm25", 1.0), ("dense", 1.0))),
    "word + char + dense, equal": replace(BASE, weights=(("bm25", 1.0), ("bm25_char", 1.0), ("dense", 1.0))),
    "word + char + dense, dense 0.5": replace(BASE, weights=(("bm25", 1.0), ("bm25_char", 1.0), ("dense", 0.5))),
    "word + char + dense, dense 1.5": replace(BASE, weights=(("bm25", 1.0), ("bm25_char", 1.0), ("dense", 1.5))),
    "word + char 1.5 + dense (shipped first stage)": BASE,
    "word + char 1.5 + dense, dense on question+thesaurus": replace(BASE, dense_expansions=True),
    "word + char 1.5 + dense, no thesaurus in char": replace(BASE, char_expansions=False),
    "word + char 1.5 + dense, mined abbreviations 0.3": replace(BASE, mined_weight=0.3),
    "word + char 1.5 + dense, mined abbreviations 0.6": replace(BASE, mined_weight=0.6),
    "word + char 1.5 + dense, mined abbreviations 0.15": replace(BASE, mined_weight=0.15),
    "word + char 1.5 + dense, question-form words out of all three": replace(BASE, plain="all"),
    "word + char 1.5 + dense, reciprocal rank fusion k=60": replace(BASE, rrf=60.0),
    "word + char 1.5 + dense, reciprocal rank fusion k=10": replace(BASE, rrf=10.0),
    # needs a KB built with sentence vectors (build(..., sentences=True)); without them it is "dense 1.25" alone
    "word + char 1.5 + dense 1.25, dense the better of clause and best sentence": replace(
        BASE, sentences=True, weights=(("bm25", 1.0), ("bm25_char", 1.5), ("dense", 1.25))),
    "word + char 1.5 + dense + reranker for confidence only (no reordering)": Settings(reorder=False),
    "shipped: word + char 1.5 + dense + reranker, top 30 in its pairwise order": Settings(),
}


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()] if path.exists() else []


def run(kb: KnowledgeBase, questions: list[dict[str, Any]], settings: Settings) -> tuple[list[int | None], list[bool]]:
    ranks, answered = [], []
    for q in questions:
        where = q.get("where")
        try:
            answer = kb.ask(q["question"], 10, Filters(where=where) if where else None, settings)
        except QueryError:  # a place the gazetteer does not know yet: asked without the filter
            answer = kb.ask(q["question"], 10, None, settings)
        results = [{"text": h.clause.text} for h in answer.hits]
        ranks.append(first_hit(q, results) if q.get("expect") else None)
        answered.append(answer.answered)
    return ranks, answered


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path, default=None)
    ap.add_argument("--configs", default="all")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    kb = KnowledgeBase(args.home)
    sets = {name: load(path) for name, path in SETS.items()}
    from bri_kb.query.training import fold_of

    halves = {
        "labelled A": [q for q in sets["labelled"] if fold_of(q, 2) == 0],
        "labelled B": [q for q in sets["labelled"] if fold_of(q, 2) == 1],
        "own": sets["own"], "fresh": sets["fresh"], "everyday2": sets["everyday2"],
        "dev formal": sets["dev_formal"],
        "dev colloquial": sets["dev_colloquial"],
    }
    chosen = CONFIGS if args.configs == "all" else {k: v for k, v in CONFIGS.items() if k in args.configs.split("|")}
    shipped = kb.reranker
    ood = {h: [q for q in sets["ood"] if fold_of(q, 2) == h] for h in (0, 1)}
    # A half's reranker figures come from a model trained on the other half (and the other half of the
    # out-of-domain questions): never from a model that saw the question.
    other = {}
    if any(s.rerank for s in chosen.values()):
        from bri_kb.query.training import train

        other = {"labelled A": train(kb, halves["labelled B"] + ood[1]), "labelled B": train(kb, halves["labelled A"] + ood[0])}
    table: dict[str, Any] = {}
    for name, settings in chosen.items():
        start = time.perf_counter()
        row: dict[str, Any] = {}
        for set_name, qs in halves.items():
            kb.reranker = other.get(set_name, shipped)
            for kind in sorted({q.get("kind", "?") for q in qs}):
                part = [q for q in qs if q.get("kind", "?") == kind]
                ranks, answered = run(kb, part, settings)
                row[f"{set_name} {kind}"] = summarise(ranks)
                if settings.rerank:
                    right = [a for r, a in zip(ranks, answered, strict=True) if r == 1]
                    row[f"{set_name} {kind} right@1 answered"] = sum(right) / len(right) if right else 0.0
        if sets["ood"] and settings.rerank:
            refused = []
            for half, set_name in ((0, "labelled B"), (1, "labelled A")):  # each half by the model that did not see it
                kb.reranker = other[set_name]
                refused += [not a for a in run(kb, ood[half], settings)[1]]
            row["ood not answered"] = sum(refused) / len(refused)
        if sets["ood_fresh"] and settings.rerank:  # written blind, never trained on: the shipped model
            kb.reranker = shipped
            for kind in ("all", *sorted({q.get("ood_type", "?") for q in sets["ood_fresh"]})):
                part = [q for q in sets["ood_fresh"] if kind == "all" or q.get("ood_type") == kind]
                refused = [not a for a in run(kb, part, settings)[1]]
                row[f"ood fresh {kind} not answered"] = sum(refused) / len(refused)
        kb.reranker = shipped
        table[name] = row
        cells = "  ".join(f"{k}: {v['R@1']:.3f}/{v['MRR']:.3f}" if isinstance(v, dict) else f"{k}: {v:.3f}"
                          for k, v in row.items())
        print(f"{name} ({time.perf_counter() - start:.0f} s)\n    {cells}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(table, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
