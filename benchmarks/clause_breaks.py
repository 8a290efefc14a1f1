"""Count the sentences a knowledge base cuts between two clauses.

    python benchmarks/clause_breaks.py KB [KB ...] [--corpus corpus] [--show]

For every two consecutive non-blank lines of the corpus files where the first
stops mid-sentence (its last character is not 。！？；： or a closing mark), and
each line on its own is inside some clause: is there a clause that holds the two
together? If not, the knowledge base cut a sentence (or a heading that ends
without a mark, which is fine: the count is a measure to compare builds with,
not a count of errors). Text is compared after NFKC with all whitespace removed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bri_kb.index.home import live_dir  # noqa: E402
from bri_kb.index.store import Store  # noqa: E402
from bri_kb.vocabulary import squash  # noqa: E402

_ENDS = "。！？；：”」)）》"


def clause_texts(home: Path) -> str:
    directory = live_dir(home)
    if directory is None:
        raise SystemExit(f"{home} 中没有知识库")
    store = Store(directory / "kb.sqlite")
    try:
        return "\x00".join(squash(c.text) for c in store.all_clauses())
    finally:
        store.close()


def breaks(corpus: Path, texts: str) -> tuple[int, list[tuple[str, str, str]]]:
    """(pairs looked at, the pairs no clause holds together)."""
    looked, cut = 0, []
    for path in sorted(corpus.glob("*.txt")):
        lines = [x for x in (squash(line) for line in path.read_text(encoding="utf-8").splitlines()) if x]
        for a, b in zip(lines, lines[1:], strict=False):
            if len(a) < 6 or len(b) < 2 or a[-1] in _ENDS or a not in texts or b not in texts:
                continue
            looked += 1
            if a + b not in texts:
                cut.append((path.name, a, b))
    return looked, cut


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("homes", type=Path, nargs="+")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--show", action="store_true", help="print each cut pair")
    args = ap.parse_args()
    for home in args.homes:
        looked, cut = breaks(args.corpus, clause_texts(home))
        print(f"{home}: {len(cut)} of {looked} line pairs that run on are cut between clauses")
        if args.show:
            for name, a, b in cut:
                print(f"  {name}  …{a[-20:]} | {b[:20]}…")


if __name__ == "__main__":
    main()
