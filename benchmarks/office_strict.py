"""The blind office rounds' clauses counted word for word: how many of the clauses
each round's expected.json lists the reader produces exactly (whitespace and ；
aside), and how many content clauses it produces that match none.

    python benchmarks/office_strict.py [--rounds 348-359] [--jobs 2]

office_expected.py pairs clauses loosely (a heading glued to its paragraph, a
run of items grouped into one clause count as found or merged); this count does
not, so it shows what a scorer comparing texts exactly would see. Rounds whose
expected.json is not an object of file stems (the oldest layouts) are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from office_expected import EXTS, OFFICE, POINTER_KINDS  # noqa: E402  (the rounds, the formats and the pointer kinds it scores)


def norm(text: str) -> str:
    return re.sub(r"[\s；;]+", "", text)


def expected_clauses(entry: Any) -> list[str]:
    """The clause texts one file stem's expectation lists (one document or several)."""
    docs = entry if isinstance(entry, list) else [entry]
    out: list[str] = []
    for doc in docs:
        if isinstance(doc, dict) and isinstance(doc.get("clauses"), list):
            out += [c if isinstance(c, str) else str(c.get("text", "")) for c in doc["clauses"] if isinstance(c, (str, dict))]
    return [norm(c) for c in out if c]


def _produced(path: str) -> list[tuple[str, str]]:
    from tests.helpers import ingest_file

    try:
        return [(str(c.kind), norm(c.text)) for c in ingest_file(Path(path)).clauses]
    except Exception as exc:  # noqa: BLE001 - a file the reader refuses counts as producing nothing
        print(f"  {path}: {exc!r}"[:200], file=sys.stderr)
        return []


def _in_rounds(name: str, spec: str | None) -> bool:
    if not spec:
        return True
    number = int(m.group(1)) if (m := re.fullmatch(r"blind(\d+)", name)) else -1
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        if number >= 0 and int(lo) <= number <= int(hi or lo):
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", default=None, help="e.g. 348-359 or 20-99,200")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    pairs: list[tuple[list[str], str]] = []
    for key_file in sorted(OFFICE.glob("blind*/expected.json")):
        if not _in_rounds(key_file.parent.name, args.rounds):
            continue
        try:
            keys = json.loads(key_file.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if not isinstance(keys, dict):
            continue
        for stem, entry in keys.items():
            wanted = expected_clauses(entry)
            for f in sorted(key_file.parent.iterdir()):
                if f.suffix.lower() in EXTS and f.name.rsplit(".", 1)[0] == stem.rsplit(".", 1)[0] and wanted:
                    pairs.append((wanted, str(f)))
    with ProcessPoolExecutor(args.jobs) as pool:
        produced = list(pool.map(_produced, [f for _, f in pairs], chunksize=8))
    total = found = made = extra = 0
    for (wanted, _), got in zip(pairs, produced, strict=True):
        texts = {t for _, t in got}
        keyed = set(wanted)
        total += len(wanted)
        found += sum(w in texts for w in wanted)
        content = [t for kind, t in got if kind not in POINTER_KINDS]
        made += len(content)
        extra += sum(t not in keyed for t in content)
    print(f"files: {len(pairs)}")
    print(f"expected clauses found word for word: {found}/{total} ({found / max(total, 1):.1%})")
    print(f"produced content clauses matching no expected clause: {extra}/{made}")


if __name__ == "__main__":
    main()
