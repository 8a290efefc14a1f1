"""Words that head the same clauses, as expansions: measured on the two halves.

    python benchmarks/heading_terms.py --home KB

The corpus's own headings are short summaries of the clauses under them
(（三）提升金融扶持效能 over a clause about 银团贷款 and 出口信贷). From every
(nearest heading, clause) pair of the knowledge base, IBM Model 1 learns
t(clause word | heading word) by EM (the same trainer as learned_terms.py, on
pairs the corpus gives instead of our labelled questions: nothing here is
learned from a question). A question word that heads clauses then adds its
best clause words to the word channel at a low weight. Measured on the first
stage (no reranker), against the same code without them, on both halves and
both kinds of benchmarks/questions_labelled.jsonl.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from learned_terms import (  # noqa: E402
    BASE,
    LABELLED,
    CachedEngine,
    Pair,
    Variant,
    learned_expansions,
    load,
    model1,
    run,
    with_learned,
)

from bri_kb.evaluate import summarise  # noqa: E402
from bri_kb.index.tokenize import tokenize  # noqa: E402
from bri_kb.model import Clause  # noqa: E402
from bri_kb.query.search import KnowledgeBase  # noqa: E402
from bri_kb.query.training import fold_of  # noqa: E402
from bri_kb.vocabulary import fold  # noqa: E402

VARIANTS = {
    "weight 0.3": Variant(method="m1", weight=0.3),
    "weight 0.15": Variant(method="m1", weight=0.15),
    "weight 0.3, content words of 2+ characters in 3+ pairs": Variant(
        method="m1", weight=0.3, min_pairs=3, min_both=3, content=True, min_len=2),
}


def heading_pairs(clauses: Sequence[Clause]) -> list[Pair]:
    """One pair per clause under a heading: the nearest heading's words, and the
    clause's words that the heading does not already hold (two characters or more)."""
    pairs = []
    for c in clauses:
        heads = [h for h in c.path if h]
        if not heads:
            continue
        head = heads[-1]
        head_words = tuple(dict.fromkeys(w for w in tokenize(head) if len(w) > 1))
        folded = fold(head)
        clause_words = tuple(dict.fromkeys(w for w in tokenize(c.text) if len(w) > 1 and w not in folded))
        if head_words and clause_words:
            pairs.append(Pair(head_words, clause_words))
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path, default=None)
    args = ap.parse_args()
    kb = KnowledgeBase(args.home)
    engine = CachedEngine(kb.engine)
    kb.engine = engine
    clauses = list(kb.store.all_clauses())
    pairs = heading_pairs(clauses)
    df: Counter[str] = Counter()
    for c in clauses:
        df.update(set(tokenize(c.text)))
    model = model1(pairs)
    print(f"{len(pairs)} (heading, clause) pairs")
    questions = load(LABELLED)
    parts = {(h, k): [q for q in questions if fold_of(q, 2) == h and q.get("kind") == k]
             for h in (0, 1) for k in ("colloquial", "formal")}

    def measure(name: str, v: Variant | None) -> None:
        with_learned(engine, None if v is None else (lambda q: learned_expansions(q, model, df, v)))
        cells = []
        for (h, k), part in sorted(parts.items()):
            s = summarise(run(kb, part, BASE))
            cells.append(f"{k} {'AB'[h]} {s['R@1']:.3f}/{s['MRR']:.3f}")
        print(f"{name:58} " + "  ".join(cells), flush=True)

    measure("first stage", None)
    for name, v in VARIANTS.items():
        measure(name, v)


if __name__ == "__main__":
    main()
