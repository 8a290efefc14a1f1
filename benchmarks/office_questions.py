"""Questions asked of the office files, written from their expected.json by a
writer who had not run the engine: `questions_office.jsonl` (rounds 20 … 36, 80
questions, each naming the file its document is in) and `questions_office2.jsonl`
(rounds 91 … 98, 60 questions, each naming its round: the round's PDFs and
spreadsheets are asked, not the Word files the PDFs were made from) and
`questions_office3.jsonl` (100 questions on 25 documents of rounds 200 … 253 in
every format the reader takes, 50 formal and 50 everyday, each naming its file;
written blind from the rounds' expected.json, never trained on), and
`questions_office4.jsonl` (100 more, the same way, on 25 documents of rounds
100 … 199; no text files there), and `questions_office5.jsonl` (100 more on 25
documents of rounds 200 … 263, 12 of them from rounds 254 … 263, none asked by
the third set).

    python benchmarks/office_questions.py [--home KB] [--questions FILE]

Builds a knowledge base from corpus/ and those files (into --home, default a
temporary directory), asks every question, and prints R@1/5/10 and MRR by kind.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bri_kb.evaluate import first_hit, summarise  # noqa: E402
from bri_kb.index.kb import build  # noqa: E402
from bri_kb.query.search import KnowledgeBase  # noqa: E402

QUESTIONS = ROOT / "benchmarks" / "questions_office.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path, default=None)
    ap.add_argument("--questions", type=Path, default=QUESTIONS)
    args = ap.parse_args()
    questions = [json.loads(x) for x in args.questions.read_text(encoding="utf-8").splitlines() if x.strip()]
    office = ROOT / "tests" / "data" / "office"
    files = sorted({office / q["file"] for q in questions if "file" in q}
                   | {f for q in questions if "round" in q for f in (office / f"blind{q['round']}").iterdir()
                      if f.suffix in (".pdf", ".xlsx")})
    home = args.home or Path(tempfile.mkdtemp(prefix="bri-office-")) / "kb"
    build([ROOT / "corpus", *files], home)
    kb = KnowledgeBase(home)
    by_kind: dict[str, list[int | None]] = {}
    for q in questions:
        results = [{"text": h.clause.text} for h in kb.ask(q["question"], 10).hits]
        by_kind.setdefault(q["kind"], []).append(first_hit(q, results))
    for kind, ranks in sorted(by_kind.items()):
        s = summarise(ranks)
        print(f"{kind:10} n {s['n']}  R@1 {s['R@1']:.3f}  R@5 {s['R@5']:.3f}  R@10 {s['R@10']:.3f}  MRR {s['MRR']:.3f}")


if __name__ == "__main__":
    main()
