"""Score where clauses apply against the blind office rounds' expected applies_to.specific.

    python benchmarks/office_places.py [--list]

For every file of a round whose expected.json lists, for a document, the clauses that apply in a narrower place
than the whole document (`applies_to.specific`: the start of a clause's text -> its places), the reader's clauses
are matched by their text's start and their places compared (the expected names resolved by the gazetteer):

* narrower clauses placed exactly: the expected places and the reader's are the same set;
* other clauses given a place of their own: a content clause the expected does not list whose places share none
  with its file's most common places (the document's scope). Not all are wrong: the writers listed only what
  they were asked to look at, and some list none of a kind (a table row per province).

--list prints each narrower clause the reader places otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OFFICE = ROOT / "tests" / "data" / "office"
EXTS = (".docx", ".pdf", ".html", ".htm", ".xlsx", ".txt", ".md")
_CONTENT = {"item", "article", "table_row", "paragraph"}


def _squash(text: str) -> str:
    return re.sub(r"[\s：；|｜:;，,。]", "", text)


def _specific(expected: Any) -> dict[str, dict[str, list[str]]]:
    """stem -> {clause start: places}, for the rounds that write applies_to.specific as a dict."""
    out: dict[str, dict[str, list[str]]] = {}
    if not isinstance(expected, dict):
        return out
    for stem, docs in expected.items():
        for doc in docs if isinstance(docs, list) else []:
            where = doc.get("applies_to") if isinstance(doc, dict) else None
            if isinstance(where, dict) and isinstance(where.get("specific"), dict):
                out.setdefault(stem, {}).update({k: [p for p in v if isinstance(p, str)]
                                                 for k, v in where["specific"].items() if isinstance(v, list)})
    return out


def score_file(job: tuple[str, dict[str, list[str]]]) -> tuple[int, int, int, int, list[str]]:
    from bri_kb.gazetteer import gazetteer
    from tests.helpers import ingest_file

    path, specific = job
    gaz = gazetteer()

    def canon(name: str) -> str:
        place = gaz.resolve(name)
        areas = gaz.areas_in(name)
        return place.name if place else areas[0][0].name if len(areas) == 1 else name

    clauses = ingest_file(Path(path)).clauses
    scope = Counter(c.applies_to for c in clauses).most_common(1)[0][0] if clauses else ()
    total = exact = others = narrowed = 0
    misses: list[str] = []
    used: set[str] = set()
    for c in clauses:
        key = next((k for k in specific if len(_squash(k)) >= 6 and _squash(k)[:14] in _squash(c.text)), None)
        if key is not None and key not in used:
            used.add(key)
            total += 1
            want = {canon(p) for p in specific[key]}
            if want == set(c.applies_to):
                exact += 1
            else:
                misses.append(f"{Path(path).name}: {c.text[:30]} | expected {sorted(want)} | got {list(c.applies_to)}")
        elif key is None and str(c.kind) in _CONTENT:
            others += 1
            narrowed += bool(c.applies_to) and not set(c.applies_to) & set(scope)
    return total, exact, others, narrowed, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="print the narrower clauses placed otherwise")
    args = parser.parse_args()
    jobs: list[tuple[str, dict[str, list[str]]]] = []
    for expected in sorted(OFFICE.glob("blind*/expected.json")):
        try:
            specific = _specific(json.loads(expected.read_text(encoding="utf-8")))
        except json.JSONDecodeError:
            continue
        for stem, starts in specific.items():
            jobs += [(str(f), starts) for f in sorted(expected.parent.glob(f"{stem}.*")) if f.suffix in EXTS]
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(score_file, jobs))
    total, exact, others, narrowed = (sum(r[k] for r in results) for k in range(4))
    print(f"{len(jobs)} files; narrower clauses placed exactly: {exact}/{total} ({exact / max(total, 1):.3f}); "
          f"other clauses given a place of their own: {narrowed}/{others} ({narrowed / max(others, 1):.3f})")
    if args.list:
        for r in results:
            for line in r[4]:
                print("  " + line)


if __name__ == "__main__":
    main()
