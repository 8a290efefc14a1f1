"""Train the reranker that ships (bri_kb/data/reranker.json) on our labelled
questions and the out-of-domain ones, and print its cross-validated figures.

    python benchmarks/train_reranker.py [--home KB] [--out bri_kb/data/reranker.json]

The same as `bri eval benchmarks/questions_labelled.jsonl --train --ood
benchmarks/questions_ood.jsonl --save bri_kb/data/reranker.json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bri_kb.query.search import KnowledgeBase  # noqa: E402
from bri_kb.query.training import train  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=ROOT / "bri_kb" / "data" / "reranker.json")
    args = ap.parse_args()
    questions = []
    for name in ("questions_labelled.jsonl", "questions_ood.jsonl"):
        path = ROOT / "benchmarks" / name
        questions += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    model = train(KnowledgeBase(args.home), questions)
    args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model.info["cross_validated"], ensure_ascii=False, indent=1))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
