"""Fuzz the text ingest path with hypothesis and a large example budget.

    python benchmarks/fuzz_ingest.py [--examples 20000]

Every generated document must ingest without an exception other than a clean
IngestError, and must account for every line (no body line lost or doubled),
both whole and cleaned in blocks of a few lines (as a large file is).
"""

from __future__ import annotations

import argparse
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bri_kb.errors import IngestError
from bri_kb.ingest.pipeline import FileReport, ingest_parts
from bri_kb.ingest.read import decode_bytes

PIECES = ["第一章 总则", "第三条 本办法适用于本市。", "一、总体要求", "（二）发展目标。", "1. 设立单位", "（3）其他",
          "㈠合作", "序号", "1", "0", "发布时间：2017-1-2", "来源：某网", "文件名称：国发〔2017〕57号", "注：附注。",
          " 2 ", "http://example.cn/a", "科技信息参考一带一路增刊", "附件：方案", "国务院", "2017年12月25日",
          "甲｜乙｜丙", "", " ", "\f"]
line = st.one_of(st.sampled_from(PIECES), st.text(max_size=50))


def whole_report(text: str) -> FileReport:
    """The report of a text ingested whole (one block), as a file is."""
    report = list(ingest_parts(text.split("\n"), "fuzz.txt", formfeeds="\f" in text))[-1]
    assert isinstance(report, FileReport)
    return report


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=20_000)
    args = ap.parse_args()
    runs = {"n": 0}

    @settings(max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(line, max_size=80), st.binary(max_size=64), st.integers(1, 30), st.integers(0, 10))
    def fuzz(lines: list[str], noise: bytes, block: int, margin: int) -> None:
        runs["n"] += 1
        assert whole_report("\n".join(lines)).lost_lines == ()
        blocks = list(ingest_parts(lines, "fuzz.txt", formfeeds=any("\f" in x for x in lines), block=block, margin=margin))
        report = blocks[-1]
        assert isinstance(report, FileReport) and report.lost_lines == () and report.lines == len(lines)
        try:
            decoded = decode_bytes(noise + "\n".join(lines).encode("utf-8"))
        except IngestError:
            return
        assert whole_report(decoded.text).lost_lines == ()

    start = time.perf_counter()
    fuzz()
    print(f"{runs['n']} documents ingested without a crash or a lost line in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
