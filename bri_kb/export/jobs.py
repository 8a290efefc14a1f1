"""The export use cases behind `bri export …`, including TOML briefing specs."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bri_kb.errors import QueryError
from bri_kb.export.compare import Topic, applicability_matrix, compare, document_table, parse_topic, select_documents
from bri_kb.export.writers import write
from bri_kb.model import clause_json
from bri_kb.query.search import KnowledgeBase


@dataclass(frozen=True)
class CompareJob:
    topics: tuple[Topic, ...]
    outputs: tuple[Path, ...]
    documents: tuple[str, ...] = ()
    level: str | None = None
    where: str | None = None
    by: str = "doc"
    per_cell: int = 1
    extra: dict[str, str] = field(default_factory=dict)


def load_spec(path: Path) -> CompareJob:
    """A briefing spec:

        outputs = ["briefing.xlsx", "briefing.md"]   # relative to the spec file
        level = "provincial"                          # or documents = [...], where = "…"
        by = "doc"                                    # or "region"
        per_cell = 1
        [[topic]]
        name = "跨境电商"
        synonyms = ["跨境电子商务", "海外仓"]
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise QueryError(f"{path}：没有这个规格文件") from None
    except tomllib.TOMLDecodeError as exc:
        raise QueryError(f"{path}：不是有效的 TOML（{exc}）") from None
    try:
        topics = tuple(Topic(str(t["name"]), tuple(map(str, t.get("synonyms", ())))) for t in data.get("topic", []))
        per_cell = int(data.get("per_cell", 1))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise QueryError(f"{path}：每个 [[topic]] 都需要 name，per_cell 须为数字（{exc!r}）") from exc
    if not topics:
        raise QueryError(f"{path}：规格文件中没有 [[topic]]")
    outputs = tuple(path.parent / o for o in data.get("outputs", []))
    if not outputs:
        raise QueryError(f"{path}：规格文件中没有 outputs")
    return CompareJob(topics, outputs, tuple(data.get("documents", ())), data.get("level"), data.get("where"),
                      data.get("by", "doc"), per_cell)


def job_from_options(topics: Sequence[str], out: Path | None, documents: Sequence[str], level: str | None,
                     where: str | None, by: str, per_cell: int) -> CompareJob:
    if not topics:
        raise QueryError("请至少给出一个 --topic（或 --spec 文件.toml）")
    if out is None:
        raise QueryError("请用 -o 给出输出文件")
    return CompareJob(tuple(parse_topic(t) for t in topics), (out,), tuple(documents), level, where, by, per_cell)


def run_compare(kb: KnowledgeBase, job: CompareJob, progress: Callable[[str, int, int], None] | None = None) -> list[Path]:
    """Build the comparison a job describes and write it to each of its outputs;
    returns the paths written. Raises QueryError for a job that selects nothing
    or an output that cannot be written."""
    if job.per_cell < 1:
        raise QueryError("--per-cell 至少为 1")
    docs = select_documents(kb, job.documents, job.level, job.where)
    sheet = compare(kb, job.topics, docs, job.by, job.per_cell, progress)
    for out in job.outputs:
        write(sheet, out)
    return list(job.outputs)


def run_clauses(kb: KnowledgeBase, out: Path, documents: Sequence[str], level: str | None, where: str | None) -> Path:
    """Every clause of the chosen documents, with all its fields, as JSON lines."""
    keep = {d.doc_id for d in select_documents(kb, documents, level, where)}
    try:
        with out.open("w", encoding="utf-8") as fh:
            for c in kb.store.all_clauses():
                if c.doc_id in keep:
                    fh.write(json.dumps(clause_json(c, kb.documents[c.doc_id]), ensure_ascii=False) + "\n")
    except OSError as exc:
        raise QueryError(f"无法写入 {out}：{exc.strerror or exc}") from exc
    return out


def run_table(kb: KnowledgeBase, ref: str, out: Path) -> Path:
    """Write a document's table (its rows with their columns and applicability) to `out`."""
    write(document_table(kb, ref), out)
    return out


def run_matrix(kb: KnowledgeBase, ref: str, out: Path) -> Path:
    """Write a document's clauses × jurisdictions matrix to `out`."""
    write(applicability_matrix(kb, ref), out)
    return out
