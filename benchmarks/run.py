"""Benchmarks on the bundled corpus, with a peer pipeline in the same run.

    python benchmarks/run.py [--scale 100k|1m]

Prints one table and writes JSON (machine, commit, date) to benchmarks/results/.
- ingest: cold (with embeddings) and unchanged re-ingest, clauses/s, index size;
- query latency, warm and in-process, p50/p95/p99 over 200 templated questions
  (real topics × places, not the evaluation questions), with and without --where;
- CLI cold start: `bri ask` on an existing KB and `bri --help`, wall time;
- a 100,000-character question: warm in-process and cold through `bri ask --batch`;
- peak RSS of each CLI phase (child processes);
- peers on the same clauses and questions: jieba + rank_bm25 (a generic
  pipeline) and brute-force dense scoring in numpy; latency ratios, and each
  engine's Recall@1/5/10 and MRR on ../shared/eval/dev_questions.jsonl when present;
- with --scale: a synthetic KB of 100k or 1M clauses (benchmarks/synth.py,
  measured by benchmarks/scale.py), rows prefixed scale_.
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"
TOPICS = ["跨境电子商务", "金融合作", "人文交流", "国际产能合作", "外商投资", "签证便利", "科技合作", "中欧班列",
          "教育合作", "自由贸易试验区", "加油站", "娱乐场所", "旅行社", "人民币跨境结算", "标准化", "不良信用记录"]
PLACES = ["河南", "浙江", "天津", "陕西", "广东", "湖南", "", "", "", ""]
TEMPLATES = ["{p}关于{t}有哪些政策", "{p}{t}的主要措施是什么", "{t} {p}", "{p}如何推进{t}"]


def questions(n: int = 200) -> list[tuple[str, str]]:
    combos = itertools.cycle(itertools.product(TEMPLATES, TOPICS, PLACES))
    return [(t.format(p=p, t=topic), p) for t, topic, p in itertools.islice(combos, n)]


def pct(values: list[float], q: int) -> float:
    return round(statistics.quantiles(values, n=100)[q - 1], 2)


def latencies(kb, n: int = 200) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Warm in-process query latency (ms) over n templated questions, with and without --where."""
    from bri_kb.query.search import Filters

    plain, where = [], []
    for q, place in questions(n):
        t0 = time.perf_counter()
        kb.search(q, 10)
        plain.append((time.perf_counter() - t0) * 1000)
        if place:
            t0 = time.perf_counter()
            kb.search(q, 10, Filters(where=place))
            where.append((time.perf_counter() - t0) * 1000)
    return {"query_ms_p50": pct(plain, 50), "query_ms_p95": pct(plain, 95), "query_ms_p99": pct(plain, 99),
            "where_ms_p50": pct(where, 50), "where_ms_p95": pct(where, 95), "where_ms_p99": pct(where, 99)}


def timed_cli(home: Path, *args: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `bri` process."""
    env = {**os.environ, "BRI_KB_HOME": str(home)}
    # A small wrapper process forks `bri`, so the child's peak RSS is not
    # inflated by a copy of this (large) benchmark process.
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
               "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    done = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "bri_kb.cli", *args],
                          env=env, capture_output=True, text=True, check=True)
    wall, peak, code = done.stdout.split()
    if code != "0":
        raise RuntimeError(f"bri {' '.join(args)} failed")
    return round(float(wall), 3), round(int(peak) / 1024, 1)


def recall(ranked: list[list[str]], gold: list[dict]) -> dict[str, float]:
    from bri_kb.evaluate import first_hit, summarise

    ranks = [first_hit(q, [{"text": t} for t in texts]) for q, texts in zip(gold, ranked, strict=True)]
    return {k: round(v, 3) for k, v in summarise(ranks).items() if k != "n"}


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", choices=["100k", "1m"], default=None, help="also measure a synthetic KB of this size")
    ap.add_argument("--scale-home", type=Path, default=None, help="reuse (or create) the synthetic KB here")
    args = ap.parse_args()
    from bri_kb.index.kb import build
    from bri_kb.index.writer import index_text
    from bri_kb.query.search import Filters, KnowledgeBase

    home = Path(tempfile.mkdtemp(prefix="bri-bench-"))
    out: dict[str, object] = {"machine": platform.platform(), "cores": os.cpu_count(), "python": platform.python_version(),
                              "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                                       capture_output=True, text=True).stdout.strip(),
                              "date": time.strftime("%Y-%m-%d")}
    t0 = time.perf_counter()
    cold = build([ROOT / "corpus"], home)
    out["ingest_cold_s"] = round(time.perf_counter() - t0, 2)
    out["clauses"] = cold.clauses
    out["clauses_per_s"] = round(cold.clauses / float(out["ingest_cold_s"]), 1)  # type: ignore[arg-type]
    t0 = time.perf_counter()
    build([ROOT / "corpus"], home)
    out["reingest_unchanged_s"] = round(time.perf_counter() - t0, 3)
    from bri_kb.index.home import live_dir

    generation = live_dir(home)
    assert generation is not None
    # The generation is the index; cache/ holds the load caches (encoder state,
    # jieba's frequency table), shared by every generation.
    out["index_bytes"] = sum(f.stat().st_size for f in generation.rglob("*") if f.is_file())
    out["cache_bytes"] = sum(f.stat().st_size for f in (home / "cache").rglob("*") if f.is_file())

    kb = KnowledgeBase(home)
    kb.search("预热", 10)
    out.update(latencies(kb))
    out["cli_help_s"], out["cli_help_rss_mb"] = timed_cli(home, "--help")
    out["cli_ask_s"], out["cli_ask_rss_mb"] = timed_cli(home, "ask", "河南自贸试验区允许外商独资开加油站吗", "--format", "json")
    # A 100,000-character question is cut to the first MAX_QUESTION characters;
    # argv cannot carry 300 KB on Linux, so the CLI gets it through --batch.
    long_question = ("外商投资企业设立加油站" * 9_091)[:100_000]
    t0 = time.perf_counter()
    kb.search(long_question, 10)
    out["long_question_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    batch = home / "long_question.jsonl"
    batch.write_text(json.dumps({"id": "long", "question": long_question}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    out["cli_long_question_s"], _ = timed_cli(home, "ask", "--batch", str(batch), "--format", "jsonl")

    # Peers on the same clauses: a generic jieba + rank_bm25 pipeline, and numpy brute force.
    import jieba
    from rank_bm25 import BM25Okapi

    clauses = list(kb.store.all_clauses())
    texts = [index_text(c, kb.documents[c.doc_id].title) for c in clauses]
    t0 = time.perf_counter()
    peer = BM25Okapi([list(jieba.cut(t)) for t in texts])
    out["peer_bm25_build_s"] = round(time.perf_counter() - t0, 2)
    lat = []
    for q, _ in questions():
        t0 = time.perf_counter()
        np.argsort(-peer.get_scores(list(jieba.cut(q))))[:10]
        lat.append((time.perf_counter() - t0) * 1000)
    out["peer_bm25_ms_p50"], out["peer_bm25_ms_p95"] = pct(lat, 50), pct(lat, 95)
    vectors = kb.engine.dense.vectors()
    lat = []
    for q, _ in questions():
        t0 = time.perf_counter()
        qv = kb.engine.dense.encoder.encode([q])[0]
        np.argsort(-(vectors @ qv))[:10]
        lat.append((time.perf_counter() - t0) * 1000)
    out["peer_numpy_dense_ms_p50"], out["peer_numpy_dense_ms_p95"] = pct(lat, 50), pct(lat, 95)
    out["throughput_ratio_vs_rank_bm25_p50"] = round(float(out["peer_bm25_ms_p50"]) / float(out["query_ms_p50"]), 2)  # type: ignore[arg-type]

    for name, path in (("dev", DEV), ("own", ROOT / "benchmarks" / "questions_own.jsonl")):
        if not path.exists():
            continue
        gold = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        ours = [[h.clause.text for h in kb.search(q["question"], 10, Filters(where=q.get("where")))] for q in gold]
        bm25 = [[clauses[i].text for i in np.argsort(-peer.get_scores(list(jieba.cut(q["question"]))))[:10]] for q in gold]
        dense = [[clauses[i].text for i in np.argsort(-(vectors @ kb.engine.dense.encoder.encode([q["question"]])[0]))[:10]]
                 for q in gold]
        out[f"recall_{name}_bri_kb"] = recall(ours, gold)
        out[f"recall_{name}_peer_rank_bm25"] = recall(bm25, gold)
        out[f"recall_{name}_peer_numpy_dense"] = recall(dense, gold)

    if args.scale:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from scale import run_scale

        out.update({f"scale_{k}": v for k, v in run_scale(args.scale, args.scale_home).items()})
    for k, v in out.items():
        print(f"{k:<36} {v}")
    suffix = f"-{args.scale}" if args.scale else ""
    dest = ROOT / "benchmarks" / "results" / f"run{suffix}-{out['date']}.json"
    dest.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
