"""PDF parsing speed: pages per second, one figure per layout, with 1 and 2
worker processes.

    python benchmarks/pdf_ingest.py [--copies 12]

Copies the test PDFs into a temporary folder, one set per layout, and parses
them the way `bri ingest` does (one process per file, the whole pipeline up to
clauses; no encoding). The layouts: the reportlab-typeset fixtures
(tests/data/formats/) and the office-made ones (Word files exported by
LibreOffice, tests/data/office/layout/). Writes JSON to benchmarks/results/.
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
FORMATS = ROOT / "tests/data/formats"
OFFICE = ROOT / "tests/data/office/layout"
LAYOUTS = {
    "reportlab": [FORMATS / "guofa_2017_57_table.pdf", FORMATS / "zhejiang_regulation.pdf", FORMATS / "henan_plan.pdf"],
    "ruled_table_repeated_header": [OFFICE / "guofa_ruled_repeat.pdf"],
    "borderless_table_a5": [OFFICE / "guofa_borderless_a5.pdf"],
    "borderless_table_repeated_header": [OFFICE / "guofa_borderless_repeat.pdf"],
    "two_column_gazette": [OFFICE / "zhejiang_gazette.pdf"],
    "compilation": [OFFICE / "compilation.pdf"],
}


def pages_per_s(files: list[Path], pages: int, workers: int) -> tuple[float, float]:
    os.environ["BRI_WORKERS"] = str(workers)
    t0 = time.perf_counter()
    parsed = list(parse_files(files, {f: f.name for f in files}))
    seconds = time.perf_counter() - t0
    assert all(not isinstance(p, str) for _, p in parsed)
    return round(seconds, 2), round(pages / seconds, 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=12)
    args = ap.parse_args()
    result: dict[str, object] = {"machine": platform.platform(), "cores": os.cpu_count(), "date": time.strftime("%Y-%m-%d")}
    for layout, sources in LAYOUTS.items():
        folder = Path(tempfile.mkdtemp(prefix="bri-pdf-"))
        files = []
        for n in range(args.copies):
            for source in sources:
                dest = folder / f"{n:03d}_{source.name}"
                shutil.copy(source, dest)
                files.append(dest)
        pages = 0
        for f in files:
            with pdfplumber.open(str(f)) as pdf:
                pages += len(pdf.pages)
        figures: dict[str, object] = {"files": len(files), "pages": pages}
        for workers in (1, 2):
            seconds, rate = pages_per_s(files, pages, workers)
            figures[f"workers_{workers}_s"] = seconds
            figures[f"workers_{workers}_pages_per_s"] = rate
        result[layout] = figures
        print(f"{layout:<30} {pages:>4} pages  1 process {figures['workers_1_pages_per_s']:>6} pages/s"
              f"  2 processes {figures['workers_2_pages_per_s']:>6} pages/s")
        shutil.rmtree(folder)
    out = ROOT / "benchmarks" / "results" / f"pdf-ingest-{result['date']}.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
