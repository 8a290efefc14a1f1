"""Question latency through the Milvus engine beside the embedded engine, at
the same synthetic knowledge base (benchmarks/synth.py), in one run.

    python benchmarks/milvus_latency.py [--clauses 100000] [--questions 30] [--milvus milvus://HOST:PORT/ALIAS]

Without --milvus a milvus-lite server is started on the loopback interface
for the run (its data in a temporary directory) and stopped by its PID at the
end. The questions are the first N of benchmarks/questions_labelled.jsonl,
asked as `bri ask` asks them (k=10, reranker for confidence), each without a
filter and every third again with --where (河南, 浙江, 上海, 四川 in turn);
every case is asked once to warm up first. Written to
benchmarks/results/milvus-latency-<clauses>-<date>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synth import generate  # noqa: E402

from bri_kb.index.kb import exists  # noqa: E402
from bri_kb.query.search import Filters, KnowledgeBase  # noqa: E402


def start_server(data: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(data),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("milvus-lite server did not start")
        time.sleep(0.1)
    return proc, f"milvus://127.0.0.1:{port}/bri_bench"


def percentiles(ms: list[float]) -> dict[str, float]:
    ms = sorted(ms)
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 1),
            "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 1), "mean_ms": round(statistics.fmean(ms), 1)}


def timed(kb: KnowledgeBase, cases: list[tuple[str, Filters | None]]) -> tuple[dict[str, float], list[list[str]]]:
    for q, f in cases:  # warm: the encoder, jieba, SQLite pages, the server's caches
        kb.ask(q, 10, f)
    ms, tops = [], []
    for q, f in cases:
        start = time.perf_counter()
        answer = kb.ask(q, 10, f)
        ms.append((time.perf_counter() - start) * 1000)
        tops.append([h.clause.clause_id for h in answer.hits])
    return percentiles(ms), tops


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clauses", type=int, default=100_000)
    ap.add_argument("--questions", type=int, default=30)
    ap.add_argument("--milvus", default=None, help="milvus://HOST:PORT/ALIAS (default: start milvus-lite for the run)")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bri-milvus-latency")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    server, uri = None, args.milvus
    if uri is None:
        server, uri = start_server(Path(tempfile.mkdtemp(prefix="milvus-", dir=args.work)))
    try:
        source = args.work / "source"
        homes = {"embedded": args.work / f"embedded-{args.clauses}", "milvus": args.work / f"milvus-{args.clauses}"}
        builds: dict[str, Any] = {}
        for engine, home in homes.items():
            if home.exists() and engine == "milvus" and server is not None:  # a new server has none of its collections
                import shutil

                shutil.rmtree(home)
            if not exists(home):
                builds[engine] = generate(args.clauses, home, source, engine="embedded" if engine == "embedded" else uri)
        lines = (ROOT / "benchmarks" / "questions_labelled.jsonl").read_text(encoding="utf-8").splitlines()
        questions = [json.loads(x) for x in lines if x.strip()][: args.questions]
        cases: list[tuple[str, Filters | None]] = [(q["question"], None) for q in questions]
        places = ["河南", "浙江", "上海", "四川"]
        cases += [(q["question"], Filters(where=places[n % len(places)])) for n, q in enumerate(questions[::3])]
        out: dict[str, Any] = {"clauses": args.clauses, "questions": len(cases), "server": "milvus-lite (loopback)"
                               if server else uri, "builds": builds, "cpus": os.cpu_count()}
        tops = {}
        for engine, home in homes.items():
            kb = KnowledgeBase(home)
            out[engine], tops[engine] = timed(kb, cases)
            kb.close()
        same = sum(a[:1] == b[:1] for a, b in zip(tops["embedded"], tops["milvus"], strict=True))
        out["same_top1"] = f"{same}/{len(cases)}"
        dest = ROOT / "benchmarks" / "results" / f"milvus-latency-{args.clauses}-{time.strftime('%Y-%m-%d')}.json"
        dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(out, ensure_ascii=False, indent=1))
    finally:
        if server is not None:
            os.kill(server.pid, signal.SIGTERM)
            server.wait(30)


if __name__ == "__main__":
    main()
