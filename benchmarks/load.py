"""Load: concurrent clients asking the web API over loopback.

    python benchmarks/load.py [--clients 20] [--seconds 30] [--think 0] [--workers 1] [--url http://127.0.0.1:8765]

Without --url it builds the bundled corpus into a temporary KB and starts
`bri serve` on a free loopback port in its own process, as an analyst would.
Each client keeps one HTTP connection and asks back to back (`--think 0`, the
default: a saturation test, where latency is mostly queueing) or waits a random
0–2×THINK seconds between requests, as a reading analyst does: templated
questions over real topics and places, half of them with a place filter, plus
some document views. Reports p50/p95/p99 latency, requests/s, errors and the
machine's load average (the figures depend on what else runs), and writes JSON
to benchmarks/results/. Exit code 1 if any request failed or p95 > --target-ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ["跨境电商", "外资准入", "船舶登记", "人民币结算", "留学生奖学金", "中欧班列", "境外经贸合作区", "文化交流",
          "信用记录", "旅行社", "演出经纪", "加油站", "海关通关", "航空物流", "产能合作", "科技园区", "金融机构", "签证便利"]
PLACES = ["河南", "浙江", "陕西", "天津", "江西", "郑州", "西安", "豫", "广东", "湖南"]
TEMPLATES = ["{p}在{t}方面有什么规定？", "{t}有哪些支持措施", "{p}{t}", "外资能否在{p}从事{t}", "{t}的政策依据是什么"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(home: Path, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "BRI_KB_HOME": str(home)}
    command = [sys.executable, "-m", "bri_kb.cli", "serve", "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(command, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(url + "/api/meta", timeout=1).status_code == 200:
                return proc, url
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start in 120 s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its live children (Linux /proc):
    what the requests cost the server, its worker processes included."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return own + sum(cpu_seconds(int(c)) for c in children)


def client(url: str, until: float, seed: int, doc_ids: list[str], think: float, out: list[tuple[str, float, bool]]) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=url, timeout=30) as http:
        while time.perf_counter() < until:
            if think:
                time.sleep(rng.uniform(0, 2 * think))
            if rng.random() < 0.1:
                kind, path, params = "document", f"/api/document/{rng.choice(doc_ids)}", {}
            else:
                place, topic = rng.choice(PLACES), rng.choice(TOPICS)
                params = {"q": rng.choice(TEMPLATES).format(p=place, t=topic), "k": 10}
                if rng.random() < 0.5:
                    params["where"] = place
                kind, path = "ask", "/api/ask"
            start = time.perf_counter()
            try:
                ok = http.get(path, params=params).status_code == 200
            except httpx.HTTPError:
                ok = False
            out.append((kind, (time.perf_counter() - start) * 1000, ok))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


def summary(samples: list[tuple[str, float, bool]]) -> dict[str, float | int]:
    ms = [m for _, m, _ in samples]
    return {"requests": len(samples), "errors": sum(not ok for *_, ok in samples),
            "p50_ms": round(percentile(ms, 50), 1), "p95_ms": round(percentile(ms, 95), 1),
            "p99_ms": round(percentile(ms, 99), 1), "max_ms": round(max(ms, default=0), 1),
            "mean_ms": round(statistics.fmean(ms), 1) if ms else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--think", type=float, default=0.0, help="mean seconds between a client's requests")
    ap.add_argument("--workers", type=int, default=1, help="`bri serve --workers` (server processes)")
    ap.add_argument("--url", help="an already running `bri serve` (default: start one on the bundled corpus)")
    ap.add_argument("--target-ms", type=float, default=100)
    args = ap.parse_args()
    proc = None
    url = args.url
    if url is None:
        from bri_kb.index.kb import build

        home = Path(tempfile.mkdtemp(prefix="bri-load-"))
        build([ROOT / "corpus"], home)
        proc, url = start_server(home, args.workers)
    try:
        doc_ids = [d["doc_id"] for d in httpx.get(url + "/api/docs", timeout=30).json()["results"]]
        samples: list[tuple[str, float, bool]] = []  # list.append is atomic: one list for all threads
        until = time.perf_counter() + args.seconds
        threads = [threading.Thread(target=client, args=(url, until, n, doc_ids, args.think, samples)) for n in range(args.clients)]
        started = time.perf_counter()
        load_before = os.getloadavg()[0]
        server_cpu = cpu_seconds(proc.pid) if proc else None
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        if proc is not None and server_cpu is not None:
            server_cpu = cpu_seconds(proc.pid) - server_cpu
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)
    result = {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "clients": args.clients, "seconds": args.seconds,
              "think_s": args.think, "server_workers": None if args.url else args.workers,
              "loadavg_1min_before": round(load_before, 2), "loadavg_1min_after": round(os.getloadavg()[0], 2),
              **summary(samples), "requests_per_s": round(len(samples) / elapsed, 1),
              "server_cpu_ms_per_request": round(server_cpu * 1000 / max(1, len(samples)), 2) if server_cpu is not None else None,
              "by_route": {kind: summary([s for s in samples if s[0] == kind]) for kind in ("ask", "document")}}
    print(json.dumps(result, indent=1, ensure_ascii=False))
    mode = (f"think{args.think:g}s" if args.think else "back-to-back") + (f"-workers{args.workers}" if args.workers > 1 else "")
    dest = ROOT / "benchmarks" / "results" / f"load-{mode}-{result['date']}.json"
    dest.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if result["errors"] == 0 and result["p95_ms"] <= args.target_ms else 1


if __name__ == "__main__":
    sys.exit(main())
