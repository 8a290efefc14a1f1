"""The use cases behind `bri ask` and `bri eval`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bri_kb.errors import QueryError
from bri_kb.evaluate import format_report, score
from bri_kb.query.parse import MAX_QUESTION
from bri_kb.query.render import answer_json, hits_json, hits_markdown, print_hits_table
from bri_kb.query.rerank import Reranker
from bri_kb.query.search import Filters, KnowledgeBase

__all__ = ["Filters", "batch_lines", "evaluate_file", "show"]


def read_batch(path: Path) -> list[dict[str, Any]]:
    """JSONL objects with `question` (and optional `where`), or plain lines."""
    if not path.is_file():
        raise QueryError(f"{path}：没有这个文件")
    rows: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                rows.append({"question": line.strip(), "error": f"第 {n} 行不是有效的 JSON（{exc.msg}）"})
                continue
            if not isinstance(row, dict) or not isinstance(row.get("question"), str):
                rows.append({"question": line.strip(), "error": f"第 {n} 行缺少字符串字段 question"})
                continue
            rows.append(row)
        else:
            rows.append({"question": line.strip()})
    return rows


def batch_results(kb: KnowledgeBase, rows: list[dict[str, Any]], k: int) -> Iterator[dict[str, Any]]:
    """One output per input line, in order. A line that cannot be answered (not
    JSON, an unknown place, an empty question) gets {"question", "error"} and
    the batch goes on."""
    for row in rows:
        if "error" in row:
            yield {"question": row["question"], "error": row["error"]}
            continue
        warn_if_long(row["question"])
        where = row.get("where")
        try:
            answer = kb.ask(row["question"], k, Filters(where=where) if where else None)
        except QueryError as exc:
            yield {"question": row["question"], "error": str(exc)}
            continue
        yield answer_json(row["question"], answer.hits, answer.answered, answer.filtered_out)


def batch_lines(kb: KnowledgeBase, path: Path, k: int) -> Iterator[str]:
    for out in batch_results(kb, read_batch(path), k):
        yield json.dumps(out, ensure_ascii=False)


def warn_if_long(question: str) -> None:
    if len(question) > MAX_QUESTION:
        print(f"bri：注意：问题有 {len(question)} 个字符，只使用前 {MAX_QUESTION} 个",
              file=sys.stderr)


def show(kb: KnowledgeBase, question: str, k: int, filters: Filters, fmt: str) -> None:
    warn_if_long(question)
    answer = kb.ask(question, k, filters)
    hits, answered, hidden = answer.hits, answer.answered, answer.filtered_out
    if fmt == "json":
        print(hits_json(question, hits, answered, hidden))
    elif fmt == "jsonl":
        print(json.dumps(answer_json(question, hits, answered, hidden), ensure_ascii=False))
    elif fmt == "md":
        print(hits_markdown(question, hits, answered, hidden))
    else:
        print_hits_table(question, hits, answered, hidden)
        if not hits:
            print("没有找到匹配的条款；试试换个说法或减少筛选条件")


def load_model(path: Path) -> Reranker:
    from bri_kb.query.rerank import load

    return load(path)


def retrain(kb: KnowledgeBase, questions: Path, ood: list[Path], save: Path) -> Reranker:
    """Train the reranker on these questions (and out-of-domain ones), print
    its cross-validated figures, and write it to `save` as JSON."""
    from bri_kb.query.training import train

    rows = read_batch(questions) + [{**q, "expect": []} for p in ood for q in read_batch(p)]
    if any("expect" not in q for q in rows):
        raise QueryError(f"{questions}：训练需要每行都有 expect")
    model = train(kb, rows)
    cv = model.info["cross_validated"]
    kinds = {"colloquial": "日常表述", "formal": "正式表述"}
    for kind, s in cv["kinds"].items():
        print(f"交叉验证 {kinds.get(kind, kind)}：{s['n']} 题  R@1 {s['R@1']:.3f}  MRR {s['MRR']:.3f}", file=sys.stderr)
    print(f"阈值 {model.threshold:.3f}：首条即正确的问题判为“已回答” {cv['right_at_1_answered']:.3f}"
          + (f"，领域外问题判为“未回答” {cv['ood_not_answered']:.3f}" if cv["ood_not_answered"] is not None else ""),
          file=sys.stderr)
    try:
        save.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"无法写入 {save}：{exc.strerror or exc}") from exc
    return model


def evaluate_file(kb: KnowledgeBase, questions: Path, k: int, results: Path | None = None) -> str:
    rows = read_batch(questions)
    outputs = list(batch_results(kb, rows, k))
    if results is not None:
        results.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in outputs), encoding="utf-8")
    return format_report(score(rows, outputs, k))
