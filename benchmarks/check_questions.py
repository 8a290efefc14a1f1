"""Check that every anchor of a labelled question set occurs verbatim in the corpus.

    python benchmarks/check_questions.py benchmarks/questions_labelled.jsonl [--corpus corpus]

Both the corpus text and each anchor are normalised the same way: Unicode NFKC,
then every whitespace character removed (so hard line wraps and the spaces that
PDF extraction puts around digits do not matter). Page numbers and the running
header of the PDF-extracted files are NOT removed, so an anchor that straddles a
page break is reported as not found: pick anchors inside one page.

Printed:
  NOT FOUND   anchor occurs nowhere in the corpus                  (error, exit 1)
  NOT UNIQUE  anchor occurs more than once                         (warning)
  REPEATED    anchor occurs twice or more, but only as copies of the same passage
              in one file (e.g. 004, whose article is printed twice)  (info)
  BAD         a line that is not valid JSON or lacks id/question/expect/kind,
              or an id used twice                                  (error, exit 1)
  KIND        kind is not "formal" or "colloquial"                 (warning)
Anchors shorter than 8 or longer than 20 characters are listed as LENGTH (warning).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

WS = re.compile(r"\s+")
KINDS = {"formal", "colloquial"}
CONTEXT = 60  # normalised characters compared on each side to recognise a repeated passage


def norm(text: str) -> str:
    return WS.sub("", unicodedata.normalize("NFKC", text))


def load_corpus(folder: Path) -> dict[str, str]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no *.txt files in {folder}")
    return {f.name: norm(f.read_text(encoding="utf-8")) for f in files}


def occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def same_passage(text: str, positions: list[int], n: int) -> bool:
    """True if every occurrence sits in an identical stretch of text (a duplicated passage)."""
    ctx = {text[max(0, p - CONTEXT): p + n + CONTEXT] for p in positions}
    return len(ctx) == 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("questions", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "corpus")
    ap.add_argument("--quiet", action="store_true", help="do not list REPEATED and LENGTH lines")
    args = ap.parse_args(argv)

    corpus = load_corpus(args.corpus)
    errors = warnings = 0
    n_q = 0
    anchors: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    docs: set[str] = set()
    ids: Counter[str] = Counter()
    with args.questions.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
                qid, expect, kind = q["id"], q["expect"], q["kind"]
                if not q["question"].strip() or not expect:
                    raise ValueError("empty question or expect")
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                print(f"BAD        line {lineno}: {exc}")
                errors += 1
                continue
            n_q += 1
            ids[qid] += 1
            kinds[kind] += 1
            if kind not in KINDS:
                print(f"KIND       {qid}: kind {kind!r} is not one of {sorted(KINDS)}")
                warnings += 1
            for e in expect:
                anchor, doc = e.get("anchor", ""), e.get("doc", "")
                docs.add(doc)
                a = norm(anchor)
                anchors[a] += 1
                if not a:
                    print(f"BAD        {qid}: empty anchor")
                    errors += 1
                    continue
                if not args.quiet and not 8 <= len(a) <= 20:
                    print(f"LENGTH     {qid}: {len(a)} chars  {anchor}")
                hits = {name: occurrences(text, a) for name, text in corpus.items()}
                hits = {name: pos for name, pos in hits.items() if pos}
                total = sum(len(p) for p in hits.values())
                if total == 0:
                    print(f"NOT FOUND  {qid}: {anchor}   ({doc})")
                    errors += 1
                elif total > 1:
                    where = ", ".join(f"{name[:3]}x{len(p)}" for name, p in hits.items())
                    if len(hits) == 1 and same_passage(*[(corpus[n], p) for n, p in hits.items()][0], len(a)):
                        if not args.quiet:
                            print(f"REPEATED   {qid}: {anchor}   [{where}, copies of one passage]")
                    else:
                        print(f"NOT UNIQUE {qid}: {anchor}   [{where}]")
                        warnings += 1
    for qid, n in ids.items():
        if n > 1:
            print(f"BAD        id {qid} used {n} times")
            errors += 1
    print(
        f"{n_q} questions ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
        f"{len(anchors)} distinct anchors; {len(docs)} documents; "
        f"{errors} errors, {warnings} warnings"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
