"""What a reader must know of a document's force beside any clause of it, in Chinese:
a draft, repealed, expired, not yet in force, a plan whose period is over, and what other
documents in the knowledge base changed (an extension, a postponed start, an end,
articles suspended or resumed). Pure functions of the stored documents."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.model import Change, Document, reference
from bri_kb.vocabulary import draft_of


def status_note(doc: Document, repealer: Document | None, today: str, label: str = "",
                path: Sequence[str] = ()) -> str:
    """The document's force on `today` (ISO; the date asked with --as-of, else today), beside a
    clause of it (`label` and `path`, the headings above it): repealed (by which document),
    expired, not yet in force, its dates changed by another document, the clause suspended."""
    if draft := draft_of(doc.title):  # (its dates, if it prints any, are what it proposes)
        return f"{draft}：尚未施行，不是现行规定"
    if doc.repealed_by:
        by = reference(repealer) if repealer is not None else "另一份文件"
        if reported_repeal(doc):  # (a catalogue lists it as repealed: by what, and from when, it does not say)
            return f"已废止：据 {by} 所列（未载明由哪份文件废止）"
        if doc.expires and today <= doc.expires:  # (asked of a day before the repeal took effect)
            return f"将被 {by} 废止，效力止于 {doc.expires}"
        return f"已废止：被 {by} 废止" + (f"，效力止于 {doc.expires}" if doc.expires else "")
    # (beside a clause, what was done to it; of the document alone, to which of its articles)
    of_articles = clause_note(doc, label, path, today) if label or path else article_changes(doc)
    out = [x for x in (changes_note(doc), of_articles) if x]
    if doc.expires and doc.expires < today:
        out.insert(0, f"已失效：有效期至 {doc.expires}")
    elif doc.effective and doc.effective > today:
        out.insert(0, f"尚未施行：自 {doc.effective} 起施行")
    elif not doc.expires and (end := plan_end(doc.title)) and end < today[:4]:
        out.insert(0, f"计划期至 {end} 年，已过（文件未载明终止日期）")
    return "；".join(out)


def reported_repeal(doc: Document) -> Change | None:
    """The repeal, when the document that repealed this one only lists it as repealed (a catalogue's 状态：已废止)."""
    return next((c for c in doc.changed_by if c.action == "repeal" and c.reported and c.by == doc.repealed_by), None)


def repeal_phrase(doc: Document, by: str) -> str:
    """被 粤府办〔2018〕3号 废止, or 据《…目录》所列已废止 when that document only reports the repeal."""
    return f"据 {by} 所列已废止" if reported_repeal(doc) else f"被 {by} 废止"


def changes_note(doc: Document) -> str:
    """有效期经 湘政办发〔2024〕7号 延长至 2026-12-31（原至 2024-03-31）, a postponed start, an end:
    the changes to the whole document."""
    out = []
    for c in doc.changed_by:
        by = c.by_name or "另一份文件"
        if c.action == "extend":
            out.append(f"有效期经 {by} 延长至 {c.date}" + (f"（原至 {c.was}）" if c.was else ""))
        elif c.action == "continue":
            out.append(f"经 {by} 继续执行，不再以原有效期为止" + (f"（原至 {c.was}）" if c.was else ""))
        elif c.action == "end" and not c.articles:
            out.append(f"经 {by} 自 {c.date} 起停止执行")
        elif c.action == "amend" and not c.articles:
            out.append(f"经 {by} 修改" + (f"（自 {c.date} 起施行）" if c.date else ""))
        elif c.action == "postpone" and not c.articles:
            end = c.until or (doc.expires if c.shifted else None)
            out.append(f"施行日期经 {by} 推迟至 {c.date}" + (f"（原定 {c.was}）" if c.was else "")
                       + (f"，有效期{'相应顺延' if c.shifted and not c.until else ''}至 {end}" if end else ""))
    return "；".join(out)


def clause_note(doc: Document, label: str, path: Sequence[str], today: str) -> str:
    """本条自 2024-04-01 起暂停执行（湘政办发〔2024〕7号）: what other documents did to this
    clause (suspended, resumed, its start postponed) or to all of the document's clauses."""
    out = []
    for c in doc.changed_by:
        if c.action not in _OF_ARTICLES or c.action != "suspend" and not c.articles:
            continue
        if c.articles and not any(covers(a, label, path) for a in c.articles):
            continue
        who, by = ("本条" if c.articles else "本文件"), c.by_name or "另一份文件"
        if c.action == "postpone":
            out.append(f"{who}施行日期经 {by} 推迟至 {c.date}")
        elif c.action == "amend":
            parts = "、".join(p for a in c.articles if covers(a, label, path) and (p := _within(a, label)))
            out.append(f"{who}{parts}已经 {by} 修改" + (f"（自 {c.date} 起施行）" if c.date else "") + "，此处为修改前的文本")
        elif c.action == "delete":
            out.append(f"{who}已由 {by} 删去" + (f"（自 {c.date} 起）" if c.date else ""))
        elif c.action == "end":
            out.append(f"{who}{'将' if c.date and c.date > today else ''}自 {c.date or '（日期不明）'} 起停止执行（{by}）")
        elif c.action == "repeal":
            out.append(f"{who}{'将' if c.date and c.date > today else ''}自 {c.date or '（日期不明）'} 起由 {by} 废止")
        elif c.action == "extend":  # (some items kept on after the document's end: 第（五）项继续执行至…)
            out.append(f"{who}经 {by} 继续执行至 {c.date or '（日期不明）'}")
        elif c.until and c.until < today:
            out.append(f"{who}曾于 {c.date} 至 {c.until} 暂停执行（{by}），已恢复")
        elif c.date and c.date > today:
            out.append(f"{who}将自 {c.date} 起暂停执行（{by}）")
        else:
            out.append(f"{who}{_suspension(c)}")
    return "；".join(out)


def not_in_force_on(doc: Document, label: str, path: Sequence[str], day: str) -> str:
    """Why a clause of an otherwise applicable document did not hold on `day` (ISO) because of another
    document: suspended everywhere then, deleted, or its start postponed past it; "" when it held.
    (A suspension for some places only is not a reason: the clause still held elsewhere.)"""
    for c in doc.changed_by:
        if not c.articles and c.action != "suspend" or c.articles and not any(covers(a, label, path) for a in c.articles):
            continue
        by = c.by_name or "另一份文件"
        if c.action == "suspend" and not c.where and c.date and c.date <= day and (not c.until or day <= c.until):
            return f"{day}时{'本条' if c.articles else '本文件'}暂停执行（自 {c.date} 起，{by}）"
        if c.action == "amend" and all(_within(a, label) for a in c.articles if covers(a, label, path)):
            continue  # (one item of the article amended: the rest of it still held; the note says which)
        if c.action in _VERBS and c.articles and c.date and c.date <= day:
            return f"{day}时本条已由 {by} {_VERBS[c.action]}（自 {c.date} 起）" + ("，此为修改前的文本" if c.action == "amend" else "")
        if c.action == "postpone" and c.articles and c.date and day < c.date:
            return f"{day}时本条尚未施行（经 {by} 推迟至 {c.date}）"
    return ""


def _within(ref: str, label: str) -> str:
    """The part of an article a reference names inside the clause that is the whole article
    (第七条第（二）项 of 第七条: 第（二）项), or ""."""
    m = _REF.fullmatch(ref)
    if m and m.group(2) and label == f"第{m.group(1)}条":
        return ref.removeprefix(label)
    return ""


_REF = re.compile(r"第([一二三四五六七八九十百零]+)条(?:第[（(]?([一二三四五六七八九十百零]+)[)）]?项)?"
                  r"|第[（(]([一二三四五六七八九十百零]+)[)）]项")


def covers(ref: str, label: str, path: Sequence[str]) -> bool:
    """Whether an article as another document names it (第五条; 第二条第（二）项, which in an
    outline is 二、（二）) is this clause or holds it: its label, or a heading above it."""
    m = _REF.fullmatch(ref)
    if not m:
        return label == ref
    article, item, alone = m.groups()
    if alone:  # 第（五）项 of an outline numbered straight through: the item （五）, wherever it stands
        return any(re.match(rf"(?:[一二三四五六七八九十]+、)?[（(]{alone}[)）]", h) for h in (*path, label))
    if label.startswith(f"第{article}条"):
        return True
    heads = [*path, label]
    top = next((n for n, h in enumerate(heads) if h.startswith(f"{article}、")), None)
    if top is None:
        return False
    return not item or any(re.match(rf"(?:{article}、)?[（(]{item}[)）]", h) for h in heads[top:])


_OF_ARTICLES = ("suspend", "postpone", "amend", "delete", "repeal", "end", "extend")


_VERBS = {"amend": "修改", "delete": "删去", "repeal": "废止", "end": "停止执行"}  # what another document did to some articles


def article_changes(doc: Document) -> str:
    """第五条、第六条自 2024-04-01 起暂停执行（湘政办发〔2024〕7号）; 第九条施行日期经 … 推迟至 …; 第三条、第七条
    经 … 修改: what other documents did to some of this one's articles (one entry per amending document)."""
    out = [_article_change(c) for c in doc.changed_by if c.action == "suspend" or c.action == "postpone" and c.articles]
    amended: dict[tuple[str, str | None], list[Change]] = {}
    for c in doc.changed_by:
        if c.action in _VERBS and c.articles:
            amended.setdefault((c.action, c.by), []).append(c)
    for (action, _), changes in amended.items():
        which = "、".join(a for c in changes for a in c.articles)
        first = changes[0]
        out.append(f"{which}经 {first.by_name or '另一份文件'} {_VERBS[action]}"
                   + (f"（自 {first.date} 起）" if first.date else ""))
    out += [f"{'、'.join(c.articles)}经 {c.by_name or '另一份文件'} 继续执行至 {c.date or '（日期不明）'}"
            for c in doc.changed_by if c.action == "extend" and c.articles]
    return "；".join(out)


def _article_change(c: Change) -> str:
    which, by = "、".join(c.articles) or "全文", c.by_name or "另一份文件"
    if c.action == "postpone":
        return f"{which}施行日期经 {by} 推迟至 {c.date}"
    return f"{which}{_suspension(c)}"


def _suspension(c: Change) -> str:
    """自 2024-07-01 至 2024-12-31 在…暂停执行（成办函〔2024〕57号）: a suspension's span, places and source."""
    span = f"自 {c.date or '（日期不明）'}" + (f" 至 {c.until} " if c.until else " 起")
    return f"{span}{f'在{c.where}' if c.where else ''}暂停执行（{c.by_name or '另一份文件'}）"


# A plan's period in its title: …行动计划（2017—2020年）, …2016年行动计划.
_PERIOD_END = re.compile(r"(?:19|20)\d{2}\s*[—–\-－~～至]+\s*((?:19|20)\d{2})\s*年")
_PLAN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?[^（）()]{0,20}?(?:计划|规划|方案|要点)")


def plan_end(title: str) -> str | None:
    """The last year of the period a plan's title names (2020 for （2017—2020年）), if it names one."""
    if not re.search(r"计划|规划|方案|要点", title):
        return None
    m = _PERIOD_END.search(title) or _PLAN_YEAR.search(title)
    return m.group(1) if m else None
