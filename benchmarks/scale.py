"""Scale: a synthetic knowledge base (benchmarks/synth.py) of 100k or 1M
clauses, its build, size and memory, and query latency in a fresh process.

    python benchmarks/scale.py --scale 100k     (also: python benchmarks/run.py --scale 100k)

Reports build time, index size, build peak RSS; query p50/p95/p99 warm, with
and without --where, and the query process's RSS; the recall@10 of the dense
index against exact flat search (when it is approximate); the time of one
exact flat scan next to the memory-bandwidth limit measured on this machine;
and, at 100k, jieba + rank_bm25 on the same clauses (latency and dev recall).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
SCALES = {"100k": 100_000, "1m": 1_000_000}


def bandwidth_gb_s() -> float:
    """Sequential read bandwidth of this machine as numpy sees it (sum of a 1 GB array)."""
    block = np.ones(2**28, dtype=np.float32)
    block.sum()
    t0 = time.perf_counter()
    for _ in range(3):
        block.sum()
    return round(3 * block.nbytes / (time.perf_counter() - t0) / 1e9, 1)


def query_phase(home: Path, with_peer: bool) -> dict[str, object]:
    """Runs in a fresh process: open, warm queries, ANN recall, peers."""
    from run import DEV, latencies, pct, questions, recall
    from soak import rss_mb

    from bri_kb.query.search import Filters, KnowledgeBase

    out: dict[str, object] = {}
    t0 = time.perf_counter()
    kb = KnowledgeBase(home)
    kb.search("预热", 10)
    out["open_and_first_query_s"] = round(time.perf_counter() - t0, 2)
    out.update(latencies(kb))
    out["query_rss_mb"] = round(rss_mb("VmRSS"), 1)
    out["query_peak_rss_mb"] = round(rss_mb("VmHWM"), 1)

    # Dense: approximate index against an exact scan of the same vectors.
    vectors = np.load(kb.directory / "vectors.npy", mmap_mode="r")
    qs = [kb.engine.dense.encoder.encode([q])[0] for q, _ in questions(100)]
    agree, scan_ms = [], []
    for qv in qs:
        qv = qv / np.linalg.norm(qv)
        t0 = time.perf_counter()
        exact = np.argsort(-(vectors @ qv))[:10]
        scan_ms.append((time.perf_counter() - t0) * 1000)
        approx = np.argsort(-kb.engine.dense.scores_for(qv))[:10]
        agree.append(len(set(exact.tolist()) & set(approx.tolist())) / 10)
    out["dense_index"] = kb.engine.dense.kind
    out["dense_recall_at_10_vs_flat"] = round(float(np.mean(agree)), 3)
    out["flat_scan_ms_p50"] = pct(scan_ms, 50)
    t0 = time.perf_counter()
    for qv in qs[:20]:
        kb.engine.dense.scores_for(qv)
    out["dense_index_ms_mean"] = round((time.perf_counter() - t0) / 20 * 1000, 2)

    if DEV.exists():
        gold = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
        ours = [[h.clause.text for h in kb.search(q["question"], 10, Filters(where=q.get("where")))] for q in gold]
        out["recall_dev_bri_kb"] = recall(ours, gold)
    if with_peer:
        out.update(peer(kb, gold if DEV.exists() else []))
    return out


def peer(kb, gold: list[dict]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """jieba + rank_bm25 over the same clause texts, as a generic pipeline would do it."""
    import jieba
    from rank_bm25 import BM25Okapi
    from run import pct, questions, recall

    from bri_kb.index.writer import index_text

    clauses = list(kb.store.all_clauses())
    t0 = time.perf_counter()
    model = BM25Okapi([list(jieba.cut(index_text(c, kb.documents[c.doc_id].title))) for c in clauses])
    out: dict[str, object] = {"peer_build_s": round(time.perf_counter() - t0, 1)}
    lat = []
    for q, _ in questions(50):
        t0 = time.perf_counter()
        np.argsort(-model.get_scores(list(jieba.cut(q))))[:10]
        lat.append((time.perf_counter() - t0) * 1000)
    out["peer_rank_bm25_ms_p50"], out["peer_rank_bm25_ms_p95"] = pct(lat, 50), pct(lat, 95)
    if gold:
        ranked = [[clauses[i].text for i in np.argsort(-model.get_scores(list(jieba.cut(q["question"]))))[:10]]
                  for q in gold]
        out["recall_dev_peer_rank_bm25"] = recall(ranked, gold)
    return out


def run_scale(scale: str, home: Path | None = None) -> dict[str, object]:
    from synth import generate

    n = SCALES[scale]
    home = home or Path(tempfile.mkdtemp(prefix=f"bri-scale-{scale}-"))
    source = Path(tempfile.mkdtemp(prefix="bri-src-"))
    out: dict[str, object] = {"scale": scale}
    built = home / "build.json"  # build figures kept beside a reused synthetic KB
    if not built.exists():
        built.parent.mkdir(parents=True, exist_ok=True)
        built.write_text(json.dumps(generate(n, home, source)), encoding="utf-8")
    out.update(json.loads(built.read_text(encoding="utf-8")))
    done = subprocess.run([sys.executable, __file__, "--query-phase", str(home)] + (["--peer"] if n <= 100_000 else []),
                          capture_output=True, text=True, check=True)
    out.update(json.loads(done.stdout.strip().splitlines()[-1]))
    out["bandwidth_gb_s"] = bandwidth_gb_s()
    gb = n * 512 * 4 / 1e9
    out["flat_scan_limit_ms"] = round(gb / float(out["bandwidth_gb_s"]) * 1000, 1)  # type: ignore[arg-type]
    if "peer_rank_bm25_ms_p50" in out:
        out["throughput_ratio_vs_rank_bm25_p50"] = round(
            float(out["peer_rank_bm25_ms_p50"]) / float(out["query_ms_p50"]), 1)  # type: ignore[arg-type]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", choices=list(SCALES), default="100k")
    ap.add_argument("--home", type=Path, default=None, help="reuse (or create) the synthetic KB here")
    ap.add_argument("--query-phase", type=Path, default=None, help=argparse.SUPPRESS)
    ap.add_argument("--peer", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.query_phase:
        print(json.dumps(query_phase(args.query_phase, args.peer), ensure_ascii=False))
        return
    out = run_scale(args.scale, args.home)
    for k, v in out.items():
        print(f"{k:<36} {v}")
    dest = ROOT / "benchmarks" / "results" / f"scale-{args.scale}-{time.strftime('%Y-%m-%d')}.json"
    dest.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
