"""Soak: many questions in one process; RSS must not keep growing.

    python benchmarks/soak.py [--questions 10000]

Builds the bundled corpus into a temporary KB, warms up with 500 questions,
then asks the rest (templated questions over real topics and places, with and
without --where) and reports RSS after warm-up and at the end. Exit code 1 if
RSS grew by 50 MB or more after warm-up.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import tempfile
import time
from pathlib import Path

from bri_kb.index.kb import build
from bri_kb.query.search import Filters, KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
TOPICS = ["跨境电子商务", "金融合作", "人文交流", "国际产能合作", "外商投资", "签证", "科技合作", "中欧班列",
          "教育合作", "自由贸易试验区", "加油站", "娱乐场所", "旅行社", "人民币跨境结算", "标准化", "不良信用记录",
          "海外仓", "航空货运", "留学生", "税收优惠"]
PLACES = ["", "河南", "浙江", "天津", "陕西", "广东", "湖南", "郑州", "西安", "豫"]
TEMPLATES = ["{p}关于{t}有哪些政策？", "{p}{t}的主要措施", "{t} {p}", "{p}如何推进{t}？", "{t}的目标是多少"]


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident (VmRSS) or peak resident (VmHWM) memory, MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=int, default=10_000)
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="bri-soak-"))
    build([ROOT / "corpus"], home)
    kb = KnowledgeBase(home)
    combos = itertools.cycle(itertools.product(TEMPLATES, TOPICS, PLACES))
    start = time.perf_counter()
    warm = None
    for n in range(args.questions):
        template, topic, place = next(combos)
        kb.search(template.format(p=place, t=topic), 10, Filters(where=place) if place and n % 2 else None)
        if n == 499:
            warm = rss_mb()
    end = rss_mb()
    result = {"questions": args.questions, "seconds": round(time.perf_counter() - start, 1),
              "rss_after_warmup_mb": round(warm or end, 1), "rss_end_mb": round(end, 1),
              "growth_mb": round(end - (warm or end), 1)}
    print(json.dumps(result, indent=1))
    (ROOT / "benchmarks" / "results" / f"soak-{time.strftime('%Y-%m-%d')}.json").write_text(
        json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0 if result["growth_mb"] < 50 else 1


if __name__ == "__main__":
    raise SystemExit(main())
