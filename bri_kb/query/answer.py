"""The use cases behind `bri ask` and `bri eval`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bri_kb.errors import QueryError
from bri_kb.evaluate import format_report, score
from bri_kb.model import hit_json
from bri_kb.query.parse import MAX_QUESTION
from bri_kb.query.render import hits_json, hits_markdown, print_hits_table
from bri_kb.query.search import Filters, KnowledgeBase

__all__ = ["Filters", "batch_lines", "evaluate_file", "show"]


def read_batch(path: Path) -> list[dict[str, Any]]:
    """JSONL objects with `question` (and optional `where`), or plain lines."""
    if not path.is_file():
        raise QueryError(f"{path}: no such file")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise QueryError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or not isinstance(row.get("question"), str):
                raise QueryError(f"{path}:{n}: a JSON line needs a string 'question'")
            rows.append(row)
        else:
            rows.append({"question": line.strip()})
    return rows


def batch_results(kb: KnowledgeBase, rows: list[dict[str, Any]], k: int) -> Iterator[dict[str, Any]]:
    for row in rows:
        warn_if_long(row["question"])
        where = row.get("where")
        hits = kb.search(row["question"], k, Filters(where=where) if where else None)
        yield {"question": row["question"], "results": [hit_json(h) for h in hits]}


def batch_lines(kb: KnowledgeBase, path: Path, k: int) -> Iterator[str]:
    for out in batch_results(kb, read_batch(path), k):
        yield json.dumps(out, ensure_ascii=False)


def warn_if_long(question: str) -> None:
    if len(question) > MAX_QUESTION:
        print(f"bri: warning: the question has {len(question)} characters; only the first {MAX_QUESTION} are used",
              file=sys.stderr)


def show(kb: KnowledgeBase, question: str, k: int, filters: Filters, fmt: str) -> None:
    warn_if_long(question)
    hits = kb.search(question, k, filters)
    if fmt == "json":
        print(hits_json(question, hits))
    elif fmt == "jsonl":
        print(json.dumps({"question": question, "results": [hit_json(h) for h in hits]}, ensure_ascii=False))
    elif fmt == "md":
        print(hits_markdown(question, hits))
    else:
        print_hits_table(question, hits)
        if not hits:
            print("no clause matched; try other words or fewer filters")


def evaluate_file(kb: KnowledgeBase, questions: Path, k: int, results: Path | None = None) -> str:
    rows = read_batch(questions)
    outputs = list(batch_results(kb, rows, k))
    if results is not None:
        results.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in outputs), encoding="utf-8")
    return format_report(score(rows, outputs, k))
