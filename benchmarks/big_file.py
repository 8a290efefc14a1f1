"""One very large text file through `bri ingest`, with the peak memory of the
whole process tree (the CLI and its parse workers) sampled from /proc.

    python benchmarks/big_file.py [--mb 50] [--files 1] [--max-rss-mb 800]

The file is made of copies of the bundled 汇编 (002, 27 documents) with every
digit randomised, so no copy is a duplicate of another and every one is parsed,
structured and encoded. Exit code 1 if the ingest fails, loses a line, or its
peak RSS exceeds --max-rss-mb: the build streams clauses to disk file by file
and encodes in batches, and a text file is parsed in blocks, so memory must
not follow the size of a file (`--files N` spreads the same text over N
files, for comparison).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "corpus" / "002_1ad516d9e8aad59b.txt"


def make_files(folder: Path, megabytes: float, files: int = 1, seed: int = 7) -> list[Path]:
    """The copies, in one file or spread in order over `files` files: the same
    text either way, so the two runs differ only in the size of a file."""
    text = SOURCE.read_text(encoding="utf-8")
    rng = random.Random(seed)
    copies = math.ceil(megabytes * 1e6 / len(text.encode("utf-8")))  # a digit stays one byte
    paths = [folder / (f"big-{megabytes:g}mb.txt" if files == 1 else f"big-{megabytes:g}mb-{n:03d}.txt")
             for n in range(files)]
    outs = [p.open("w", encoding="utf-8") for p in paths]
    for k in range(copies):
        outs[k * files // copies].write(re.sub(r"\d", lambda _: str(rng.randint(0, 9)), text))
    for out in outs:
        out.close()
    return paths


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            status = (proc / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(proc.name)] = int(fields.get("PPid", "0").strip())
        rss[int(proc.name)] = int(fields.get("VmRSS", "0 kB").split()[0])
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return sum(rss.get(p, 0) for p in tree) / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--files", type=int, default=1, help="spread the same text over this many files")
    ap.add_argument("--max-rss-mb", type=float, default=800)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bri-big-"))
    (work / "docs").mkdir()
    paths = make_files(work / "docs", args.mb, args.files)
    big = paths[0]
    env = {**os.environ, "BRI_KB_HOME": str(work / "kb")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bri_kb.cli", "ingest", str(big.parent)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = {"parse_and_encode": 0.0, "index_build": 0.0}
    while proc.poll() is None:
        # the writer creates vectors.npy when every file is parsed and encoded
        phase = "index_build" if any((work / "kb").glob("*.building/vectors.npy")) else "parse_and_encode"
        peak[phase] = max(peak[phase], tree_rss_mb(proc.pid))
        time.sleep(0.5)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    summary = out.strip().splitlines()[-1] if out.strip() else err.strip()[-300:]
    clauses = int(m.group(1)) if (m := re.search(r"(\d+) clauses", summary)) else 0
    lost = [line for line in out.splitlines() if line.startswith("big-") and line.split()[3] != "0"]
    result = {"file_mb": round(big.stat().st_size / 1e6, 1), "files": len(paths),
              "total_mb": round(sum(p.stat().st_size for p in paths) / 1e6, 1), "clauses": clauses, "seconds": round(seconds, 1),
              "peak_rss_mb": round(max(peak.values()), 1),
              "peak_rss_mb_by_phase": {k: round(v, 1) for k, v in peak.items()}, "limit_mb": args.max_rss_mb, "exit_code": proc.returncode,
              "summary": summary, "date": time.strftime("%Y-%m-%d")}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(exist_ok=True)
    (out_dir / f"big-file-{args.mb:g}mb{f'-{args.files}files' if args.files > 1 else ''}-{time.strftime('%Y-%m-%d')}.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    ok = proc.returncode == 0 and not lost and max(peak.values()) <= args.max_rss_mb
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
