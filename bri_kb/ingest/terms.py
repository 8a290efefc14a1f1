"""Enrich: the vocabulary a corpus defines for itself.

Policy documents name a long term once and then use a short one
(中国（浙江）自由贸易试验区（以下简称自贸试验区）), or define a term
(本办法所称对外投资合作是指…). A question may use either side, a clause the
other; the pairs found here are stored with the knowledge base (terms.json)
and expand a question's words at a low weight.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bri_kb.model import Clause, Term

# （以下简称“自贸试验区”）, (以下简称《愿景与行动》), （简称“合营”）
_ABBREVIATION = re.compile(r"[（(]\s*(?:以下|下文)?(?:简称|称)\s*[:：]?\s*[“\"《「]?([^）)”\"》」，,。；]{1,16})[”\"》」]?\s*[）)]")
# 本条例所称X，是指…; 本办法称X是指…; X是指… at the start of a sentence
_DEFINED = re.compile(r"(?:^|[。；：\n])\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+条\s*)?"
                      r"(?:本(?:条例|办法|规定|决定|规划|意见|通知|细则|方案)(?:所)?称)?\s*"
                      r"[“\"]?([\u4e00-\u9fffA-Za-z0-9“”]{2,16}?)[”\"]?\s*[，,]?\s*(?:是指|系指)([^。；]{4,60})")
# Where the long form of an abbreviation starts at the latest: after these.
_BREAK = re.compile(r"[，,。；;：:、！？!?“”\"《》\s]|^\s*第[一二三四五六七八九十百零\d]+条")
_LABEL = re.compile(r"^(?:第[一二三四五六七八九十百零\d]+[条项章节]|[一二三四五六七八九十]+、"
                    r"|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*")
# Verbs that open a sentence before a name (建设丝绸之路经济带…（以下简称“一带一路”）).
_VERBS = ("建设", "推进", "推动", "设立", "加快", "实施", "开展", "制定", "印发", "关于", "按照", "国家批复", "批复")


def _long_form(before: str, short: str) -> str | None:
    """The long form that ends right before '（以下简称…）': from the last break in
    the sentence, trimmed to start at the short form's first character when
    that keeps every character of the short form in order (管理委员会 for 管委会)."""
    before = before.rstrip("”\"》」 ")
    starts = [m.end() for m in _BREAK.finditer(before)]
    span = _LABEL.sub("", before[max(starts, default=0):].strip())
    while span.startswith(_VERBS):
        span = span[next(len(v) for v in _VERBS if span.startswith(v)):]
    if len(span) < 2 or len(span) > 40:
        return None
    for i, ch in enumerate(span):
        if ch == short[0] and _in_order(short, span[i:]):
            trimmed = span[i:]
            # never cut inside a bracket: 中国（福建）自由贸易试验区, not 福建）自由贸易试验区
            if trimmed.count("）") + trimmed.count(")") == trimmed.count("（") + trimmed.count("("):
                span = trimmed
            elif (bracket := span.rfind("（", 0, i)) >= 2:  # 中国（河南）自由贸易试验区: the name starts before its bracket
                span = span[bracket - 2:]
            break
    return span if span != short else None


def _in_order(short: str, text: str) -> bool:
    it = iter(text)
    return all(ch in it for ch in short)


def mine(clause: Clause) -> list[Term]:
    """The abbreviations and defined terms one clause introduces."""
    text = clause.text
    out: list[Term] = []
    for m in _ABBREVIATION.finditer(text):
        short = m.group(1).strip()
        full = _long_form(text[: m.start()], short)
        if full and len(short) >= 2 and short not in ("本办法", "本条例", "本规定", "本决定"):
            out.append(Term("abbreviation", short, full, clause.clause_id))
    for m in _DEFINED.finditer(text):
        term = m.group(1).strip("“”\"")
        if len(term) >= 2:
            out.append(Term("defined", term, m.group(2).strip(), clause.clause_id))
    return out


def mine_all(clauses: Iterable[Clause]) -> list[Term]:
    """Each (kind, term, long form) the clauses introduce, once, where it first occurs."""
    return unique(t for clause in clauses for t in mine(clause))


def unique(terms: Iterable[Term]) -> list[Term]:
    """Each (kind, term, long form) once, the first occurrence kept."""
    seen: dict[tuple[str, str, str], Term] = {}
    for t in terms:
        seen.setdefault((t.kind, t.term, t.full), t)
    return list(seen.values())
