"""Hits, clauses and documents as terminal tables, Markdown or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from bri_kb.gazetteer import ftz_short
from bri_kb.model import (
    Clause,
    Document,
    Hit,
    citation,
    clause_json,
    document_json,
    hit_json,
    place_in_file,
    reference,
)
from bri_kb.query.force import article_changes, changes_note, covers, repeal_phrase
from bri_kb.vocabulary import LEVEL_NAMES, start_of

if TYPE_CHECKING:
    from bri_kb.query.search import Hidden


def places_short(names: Sequence[str], limit: int = 4) -> str:
    """中国（河南）自由贸易试验区 -> 河南自贸试验区; a long list is cut with its count."""
    short = [f"{s}自贸试验区" if (s := ftz_short(n)) != n else n for n in names]
    return "、".join(short[:limit]) + (f" 等{len(short)}处" if len(short) > limit else "")


NOT_ANSWERED = "没有条款明确回答这个问题，以下是最接近的条款"
NOT_CHINESE = "提示：问题中没有汉字。本库收录的是中文文件，用中文提问才能按词义检索（现只能按字面匹配个别字母和数字）"


def language_hint(question: str) -> str:
    """NOT_CHINESE for a question written without one Chinese character (an English
    question matches the clauses only by the odd Latin word or figure), else ""."""
    has_han = any("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in question)
    return "" if has_han or not any(ch.isalpha() for ch in question) else NOT_CHINESE


def with_focus(hit: Hit, mark: Callable[[str], str]) -> str:
    """The clause's text with its best-matching sentence marked (a long clause)."""
    text = hit.clause.text
    return text.replace(hit.focus, mark(hit.focus), 1) if hit.focus else text


def hidden_json(hidden: Sequence[Hidden]) -> list[dict[str, Any]]:
    return [{"clause_id": h.clause.clause_id, "doc_number": h.document.doc_number.text if h.document.doc_number else None,
             "label": h.clause.label, "reason": h.reason} for h in hidden]


def hidden_line(hidden: Sequence[Hidden]) -> str:
    """One line on the clauses the filters hid, or nothing."""
    if not hidden:
        return ""
    named = "；".join(f"{reference(h.document)} {h.clause.label}（{h.reason}）" for h in hidden[:3])
    more = f"等{len(hidden)}条" if len(hidden) > 3 else ""
    return f"筛选条件隐去了{len(hidden)}条可能相关的条款：{named}{more}"


def hits_markdown(question: str, hits: Sequence[Hit], answered: bool = True, hidden: Sequence[Hidden] = ()) -> str:
    lines = [f"**{question}**", ""]
    if hint := language_hint(question):
        lines += [f"*{hint}*", ""]
    if hits and not answered:
        lines += [f"*{NOT_ANSWERED}*", ""]
    if hidden:
        lines += [f"*{hidden_line(hidden)}*", ""]
    for h in hits:
        lines.append(f"{h.rank}. {citation(h.clause, h.document)} — {h.document.title}")
        if h.clause.applies_to:
            lines.append(f"   适用：{places_short(h.clause.applies_to)}")
        if h.note:
            lines.append(f"   *{h.note}*")
        lines.append("   > " + with_focus(h, lambda s: f"**{s}**").replace("\n", "\n   > "))
        lines.append("")
    return "\n".join(lines)


def answer_json(question: str, hits: Sequence[Hit], answered: bool, hidden: Sequence[Hidden] = ()) -> dict[str, Any]:
    """The JSON of one answered question: `answered` is false when no clause
    clearly answers it; `filtered_out` lists what the filters hid, and why."""
    return {"question": question, "answered": answered, "results": [hit_json(h) for h in hits],
            "filtered_out": hidden_json(hidden)}


def hits_json(question: str, hits: Sequence[Hit], answered: bool = True, hidden: Sequence[Hidden] = ()) -> str:
    return json.dumps(answer_json(question, hits, answered, hidden), ensure_ascii=False, indent=1)


NARROW = 120  # below this many columns a two-column table breaks 文号 and file names: stack instead


def print_hits_table(question: str, hits: Sequence[Hit], answered: bool = True, hidden: Sequence[Hidden] = ()) -> None:
    """Hits for the terminal: a table on a wide one; on a narrow one (under
    NARROW columns) one block per hit, whose head lines keep 文号 and file
    names whole and whose text wraps at the terminal's width."""
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    if hint := language_hint(question):
        console.print(hint)
    if hits and not answered:
        console.print(NOT_ANSWERED)
    if hidden:
        console.print(escape(hidden_line(hidden)))
    if console.width < NARROW:
        _print_hit_blocks(console, question, hits)
        return
    from rich.table import Table

    table = Table(title=question, show_lines=True, expand=True)
    table.add_column("#", width=3)
    table.add_column("出处", ratio=1, overflow="fold")
    table.add_column("条款", ratio=3, overflow="fold")
    for h in hits:
        src = f"{h.document.title}\n{citation(h.clause, h.document)}"
        if h.clause.applies_to:
            src += "\n适用: " + places_short(h.clause.applies_to)
        if h.note:
            src += f"\n{h.note}"
        table.add_row(str(h.rank), escape(src), _clause_markup(h))
    console.print(table)


def _clause_markup(h: Hit) -> str:
    from rich.markup import escape

    text = escape(h.clause.text)
    if h.focus:
        text = text.replace(escape(h.focus), f"[bold underline]{escape(h.focus)}[/]", 1)
    return text if len(h.clause.text) <= 600 else _cut(text, 600)


def _print_hit_blocks(console: Any, question: str, hits: Sequence[Hit]) -> None:
    from rich.markup import escape
    from rich.padding import Padding
    from rich.rule import Rule

    console.print(Rule(escape(question)))
    for h in hits:
        console.print(f"[bold]{h.rank}. {escape(reference(h.document))} {escape(h.clause.label)}[/]")
        lines = [h.document.title] if h.document.doc_number else []
        lines.append(place_in_file(h.clause))
        if h.clause.applies_to:
            lines.append("适用：" + places_short(h.clause.applies_to))
        if h.note:
            lines.append(h.note)
        for line in lines:
            console.print(Padding(escape(line), (0, 0, 0, 3)), style="dim")
        console.print(Padding(_clause_markup(h), (0, 0, 1, 3)))


def _cut(markup: str, limit: int) -> str:
    """A long clause cut for the terminal, keeping its marked sentence whole."""
    end = markup.find("[/]")
    return markup[: max(limit, end + 3)] + "…"


def clauses_text(clauses: Sequence[Clause], doc: Document, notes: Sequence[str] = ()) -> str:
    """The clauses as text, each with where it applies and (`notes`, one a clause) its force today when other
    documents changed it (已废止, 本条自…起暂停执行)."""
    out = []
    for n, c in enumerate(clauses):
        head = " > ".join(c.path)
        out.append(f"[{citation(c, doc)}]" + (f"\n{head}" if head else ""))
        out.append(c.text)
        if c.fields:
            out += [f"  {k}: {v}" for k, v in c.fields.items()]
        if c.applies_to:
            out.append(f"  适用：{'、'.join(c.applies_to)}（{c.applies_reason}）")
        if n < len(notes) and notes[n]:
            out.append(f"  效力：{notes[n]}")
        out.append("")
    return "\n".join(out)


def clauses_json(clauses: Sequence[Clause], doc: Document) -> str:
    data: Any = [clause_json(c, doc) for c in clauses]
    return json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=1)


def print_docs_table(docs: Sequence[tuple[Document, int]], statuses: Sequence[str] = ()) -> None:
    """The documents as a table; 文号, dates and counts are never broken across lines.
    `statuses`: each document's force today (已废止…, 已失效…), "" when in force."""
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table

    force = [*statuses, *[""] * (len(docs) - len(statuses))]
    rows = [(d.doc_number.text if d.doc_number else "", d.title, LEVEL_NAMES.get(d.level, d.level), d.region or "",
             d.published or "", period(d), str(n), _short_force(state)) for (d, n), state in zip(docs, force, strict=True)]
    console = Console()
    if console.width < NARROW:  # one block per document: the title gets the whole width
        from rich.markup import escape
        from rich.padding import Padding

        for (number, title, level, region, published, valid, n, _), state in zip(rows, force, strict=True):
            console.print(f"[bold]{escape(title)}[/]")
            meta = " · ".join(x for x in (number, level, region, published and f"发布 {published}",
                                          valid and f"有效期 {valid}", f"{n}条", state) if x)
            console.print(Padding(escape(meta), (0, 0, 0, 3)), style="dim")
        return
    table = Table(show_lines=False, expand=True)
    for i, col in enumerate(("文号", "标题", "层级", "地区", "发布", "有效期", "条款数", "效力")):
        if col == "标题":
            table.add_column(col, ratio=1, overflow="fold")
        else:  # as wide as its longest cell: these are short, and useless broken
            width = max([cell_len(col), *(cell_len(r[i]) for r in rows)])
            table.add_column(col, width=width, no_wrap=True, justify="right" if col == "条款数" else "left")
    for r in rows:
        table.add_row(*r)
    console.print(table)


def period(d: Document) -> str:
    """When a document is in force as it prints it: 2024-10-10 至 2027-12-31, 2024-10-10 起, 至 2027-12-31, or ""."""
    if d.effective and d.expires:
        return f"{d.effective} 至 {d.expires}"
    return f"{d.effective} 起" if d.effective else f"至 {d.expires}" if d.expires else ""


def _short_force(state: str) -> str:
    """已废止, 已失效, 尚未施行 or 计划期已过, for a table's column."""
    return "计划期已过" if state.startswith("计划期") else state.split("：")[0]


def docs_rows(docs: Sequence[tuple[Document, int]]) -> list[dict[str, Any]]:
    return [{**document_json(d), "clauses": n} for d, n in docs]


def docs_json(docs: Sequence[tuple[Document, int]]) -> str:
    return json.dumps(docs_rows(docs), ensure_ascii=False, indent=1)


def period_text(doc: Document, repealer: str | None = None) -> str:
    """施行：自2018-01-01起（施行日期）至2020-12-31; in Chinese, saying which date the start rests on
    (`repealer`: how the document that repealed it is named, 文号 or title)."""
    start, basis = start_of(doc)
    begin = f"自{start}起（依据{basis}）" if start else "起始日期不明"
    if doc.expires:
        end = f"至{doc.expires}止"
    elif doc.repealed_by:
        end = "已被废止"
    else:
        end = "未载明终止日期"
    repealed = f"；{repeal_phrase(doc, repealer or '另一份文件')}" if doc.repealed_by else ""
    changed = "".join(f"；{x}" for x in (changes_note(doc), article_changes(doc)) if x)
    return f"效力：{begin}，{end}{repealed}{changed}"


def where_text(clauses: Sequence[Clause], doc: Document, repealer: str | None = None) -> str:
    """Where a document's clauses apply; clauses in a row that apply alike are one entry (第1项至第9项)."""
    out = [f"{doc.title}  {doc.doc_number.text if doc.doc_number else ''}".rstrip(), period_text(doc, repealer)]
    groups: list[list[Clause]] = []
    for c in clauses:
        if groups and (groups[-1][-1].applies_to, groups[-1][-1].applies_reason) == (c.applies_to, c.applies_reason):
            groups[-1].append(c)
        else:
            groups.append([c])
    for group in groups:
        first = group[0]
        labels = first.label if len(group) == 1 else f"{first.label}至{group[-1].label}（{len(group)}条）"
        places = "、".join(first.applies_to) or "不明"
        out.append(f"{labels}：{places}\n    依据：{first.applies_reason}")
    return "\n".join(out)


def where_rows(clauses: Sequence[Clause], doc: Document) -> list[dict[str, Any]]:
    start, basis = start_of(doc)
    return [{"clause_id": c.clause_id, "label": c.label, "applies_to": list(c.applies_to), "why": c.applies_reason,
             "from": start, "from_basis": basis, "until": doc.expires, "repealed_by": doc.repealed_by,
             "suspended": [{"from": x.date, "until": x.until, "by": x.by} for x in doc.changed_by
                           if x.action == "suspend" and (not x.articles or any(covers(a, c.label, c.path) for a in x.articles))]}
            for c in clauses]


def where_json(clauses: Sequence[Clause], doc: Document) -> str:
    rows = where_rows(clauses, doc)
    return json.dumps(rows[0] if len(rows) == 1 else rows, ensure_ascii=False, indent=1)
