"""PDF parsing speed: pages per second with 1 and 2 worker processes.

    python benchmarks/pdf_ingest.py [--copies 12]

Copies the test PDFs (typeset with reportlab, tests/data/formats/) into a
temporary folder and parses them the way `bri ingest` does (one process per
file). Writes JSON to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

import pdfplumber

from bri_kb.index.kb import parse_files

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["guofa_2017_57_table.pdf", "zhejiang_regulation.pdf", "henan_plan.pdf"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=12)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bri-pdf-"))
    files = []
    for n in range(args.copies):
        for name in SOURCES:
            dest = folder / f"{n:03d}_{name}"
            shutil.copy(ROOT / "tests/data/formats" / name, dest)
            files.append(dest)
    pages = 0
    for f in files:
        with pdfplumber.open(str(f)) as pdf:
            pages += len(pdf.pages)
    result = {"machine": platform.platform(), "cores": os.cpu_count(), "date": time.strftime("%Y-%m-%d"),
              "files": len(files), "pages": pages}
    for workers in (1, 2):
        os.environ["BRI_WORKERS"] = str(workers)
        t0 = time.perf_counter()
        parsed = list(parse_files(files, {f: f.name for f in files}))
        seconds = time.perf_counter() - t0
        assert all(not isinstance(p, str) for _, p in parsed)
        result[f"workers_{workers}_s"] = round(seconds, 2)
        result[f"workers_{workers}_pages_per_s"] = round(pages / seconds, 1)
    for k, v in result.items():
        print(f"{k:<22} {v}")
    out = ROOT / "benchmarks" / "results" / f"pdf-ingest-{result['date']}.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
