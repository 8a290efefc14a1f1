"""Quick timings on the bundled corpus: cold ingest, re-ingest with nothing
changed, and warm in-process query latency over templated questions.

    python benchmarks/quick.py

Prints one table and writes JSON to benchmarks/results/quick-<date>.json.
Not part of the test suite: timings depend on the machine.
"""

from __future__ import annotations

import itertools
import json
import platform
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bri_kb.index.kb import build
from bri_kb.query.search import Filters, KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ["跨境电子商务", "金融合作", "人文交流", "国际产能合作", "外商投资", "签证便利", "科技合作", "物流通道",
          "教育合作", "自由贸易试验区", "加油站", "娱乐场所", "旅行社", "人民币跨境结算", "标准化", "不良信用记录"]
PLACES = ["河南", "浙江", "天津", "陕西", "广东", "湖南", "", "", "", ""]
TEMPLATES = ["{p}关于{t}有哪些政策", "{p}{t}的主要措施是什么", "{t} {p}", "{p}如何推进{t}"]


def questions(n: int = 200) -> list[tuple[str, str]]:
    combos = itertools.cycle(itertools.product(TEMPLATES, TOPICS, PLACES))
    out = []
    for template, topic, place in itertools.islice(combos, n):
        out.append((template.format(p=place, t=topic), place))
    return out


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="bri-bench-"))
    t0 = time.perf_counter()
    cold = build([ROOT / "corpus"], home)
    cold_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    build([ROOT / "corpus"], home)
    warm_s = time.perf_counter() - t0
    kb = KnowledgeBase(home)
    kb.search("预热", 10)
    plain, where = [], []
    for q, place in questions():
        t0 = time.perf_counter()
        kb.search(q, 10)
        plain.append((time.perf_counter() - t0) * 1000)
        if place:
            t0 = time.perf_counter()
            kb.search(q, 10, Filters(where=place))
            where.append((time.perf_counter() - t0) * 1000)
    size = sum(f.stat().st_size for f in home.rglob("*") if f.is_file())
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    result = {
        "machine": platform.platform(), "python": platform.python_version(), "commit": commit.strip(),
        "date": time.strftime("%Y-%m-%d"), "clauses": cold.clauses,
        "cold_ingest_s": round(cold_s, 2), "clauses_per_s": round(cold.clauses / cold_s, 1),
        "reingest_unchanged_s": round(warm_s, 3), "index_bytes": size,
        "query_ms_p50": round(statistics.median(plain), 2), "query_ms_p95": round(percentile(plain, 95), 2),
        "where_query_ms_p50": round(statistics.median(where), 2),
        "where_query_ms_p95": round(percentile(where, 95), 2),
    }
    for k, v in result.items():
        print(f"{k:<22} {v}")
    out = ROOT / "benchmarks" / "results" / f"quick-{result['date']}.json"
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
