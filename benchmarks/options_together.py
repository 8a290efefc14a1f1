"""The two ranking options (learned clause words, sentence vectors) alone and
together, out of sample on the two halves of our labelled questions: each
half's learned table is trained on the other half (docs/quality.md).

    python benchmarks/options_together.py --home KB    # KB built with build([...], KB, sentences=True)
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from learned_terms import BASE, LABELLED, SHIPPED, load, make_pairs, model1, run, table_json  # noqa: E402

from bri_kb.evaluate import summarise  # noqa: E402
from bri_kb.query.learned import parse_learned  # noqa: E402
from bri_kb.query.search import KnowledgeBase  # noqa: E402
from bri_kb.query.training import fold_of  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path, required=True)
    args = ap.parse_args()
    kb = KnowledgeBase(args.home)
    questions = load(LABELLED)
    halves = {h: [q for q in questions if fold_of(q, 2) == h] for h in (0, 1)}
    clauses = [c.text for c in kb.store.all_clauses()]
    tables = {h: parse_learned(table_json(model1(make_pairs(halves[1 - h], clauses, anchor=True, gap=True))))
              for h in (0, 1)}
    sentences = replace(BASE, sentences=True, weights=(("bm25", 1.0), ("bm25_char", 1.5), ("dense", 1.25)))
    configs = {"shipped first stage": (BASE, False),
               "learned clause words": (replace(BASE, learned_weight=SHIPPED.weight), True),
               "sentence vectors, dense 1.25": (sentences, False),
               "both": (replace(sentences, learned_weight=SHIPPED.weight), True)}
    for name, (settings, learned) in configs.items():
        cells = []
        for h in (0, 1):
            kb.learned_terms = tables[h] if learned else None
            ranks = run(kb, halves[h], settings)
            for kind, label in (("colloquial", "everyday"), ("formal", "formal")):
                m = summarise([r for r, q in zip(ranks, halves[h], strict=True) if q.get("kind") == kind])
                cells.append(f"{label} {'AB'[h]} {m['R@1']:.3f} / {m['MRR']:.3f}")
        print(f"{name}: " + " | ".join(cells), flush=True)
    kb.close()


if __name__ == "__main__":
    main()
