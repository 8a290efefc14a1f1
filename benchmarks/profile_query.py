"""Profile warm questions on a knowledge base with pyinstrument.

    python benchmarks/profile_query.py HOME [--questions 100]

Prints the call tree (where a question's time goes) and writes it to
benchmarks/results/profile-<clauses>-<date>.txt. Needs `pip install pyinstrument`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    from pyinstrument import Profiler
    from run import questions

    from bri_kb.query.search import KnowledgeBase

    ap = argparse.ArgumentParser()
    ap.add_argument("home", type=Path)
    ap.add_argument("--questions", type=int, default=100)
    args = ap.parse_args()
    kb = KnowledgeBase(args.home)
    kb.search("预热", 10)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for q, _ in questions(args.questions):
        kb.search(q, 10)
    profiler.stop()
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    print(text)
    dest = ROOT / "benchmarks" / "results" / f"profile-{len(kb.engine)}-{time.strftime('%Y-%m-%d')}.txt"
    dest.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
