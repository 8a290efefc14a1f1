"""How a question's candidates are ranked, after the channels have scored
every row: convex fusion of the channels, the first stage's boosts, then the
reranker over the top of that list. Pure functions over arrays and records."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from bri_kb.model import Clause
from bri_kb.query.features import Candidate, QuestionView, answer_features, features, known_words, pool, title_cover
from bri_kb.query.fuse import convex_combination, ranks, reciprocal_rank_fusion
from bri_kb.query.rerank import Reranker
from bri_kb.vocabulary import Kind, fold

# Cosine between unrelated texts sits near 0 for the bundled encoder, so 0 is
# the practical floor that spreads the dense scores over [0, 1]; BM25's is 0.
# (The theoretical -1 and floors of 0.1-0.3 lose everyday questions: docs/quality.md.)
FLOORS = {"bm25": 0.0, "bm25_char": 0.0, "dense": 0.0}


@dataclass(frozen=True)
class Settings:
    """How questions are ranked. The defaults are what docs/quality.md measured best:
    the character channel weighted 1.5 against 1 for the word and dense channels,
    the dense channel encoding the bare question, and the reranker giving each
    hit its confidence and putting the top 30 in its pairwise model's order. The
    order helps both halves of both kinds since the reranker compares each candidate
    with the others of its question (features.Pool): everyday and formal, A and B
    (docs/quality.md, "Comparing the candidates with each other").
    """

    weights: tuple[tuple[str, float], ...] = (("bm25", 1.0), ("bm25_char", 1.5), ("dense", 1.0))
    dense_expansions: bool = False  # encode the question with the thesaurus' terms appended
    char_expansions: bool = True  # the character channel also scores the thesaurus' terms
    plain: str = ""  # non-empty: the channels score the question without its question-form words (no gain: off)
    rrf: float = 0.0  # > 0: reciprocal rank fusion with this k instead of the convex combination
    # > 0: clause words learned from the labelled questions (query/learned.py) in the word channel at this
    # weight; 0.3 lifts everyday R@1 by one question on each half but costs one on questions_own (docs/quality.md)
    learned_weight: float = 0.0
    mined_weight: float = 0.0  # the corpus's own abbreviations (terms.json) as expansions: 0.15-0.6 cost both halves (docs/quality.md)
    rerank: bool = True  # the reranker scores the top candidates (confidence, answered)
    reorder: bool = True  # put the top candidates in the reranker's pairwise order
    depth: int = 100  # rows kept after fusion
    # The dense channel as the better of the clause's vector and its best sentence's, on a generation built
    # with sentence vectors (build(..., sentences=True)); with the dense weight at 1.25 it won everyday
    # questions on both halves (+1/+2) and lost no formal one, at 2.6 times the vectors (docs/quality.md).
    sentences: bool = False


@dataclass(frozen=True)
class Scored:
    """One candidate row after the first stage (and the reranker, if any)."""

    row: int
    score: float  # the first stage's boosted fused score
    confidence: float | None  # the reranker's probability, when it ran


def fuse(channels: Mapping[str, np.ndarray], keep: np.ndarray, settings: Settings) -> np.ndarray:
    """The channels' convex combination (Bruch et al. 2023) over the kept rows; 0 elsewhere.
    With `settings.rrf` > 0, reciprocal rank fusion with that k instead (measured, not shipped)."""
    weights = {name: w for name, w in settings.weights if w > 0 and name in channels}
    masked = {name: np.where(keep, channels[name], FLOORS[name]) for name in weights}
    if settings.rrf > 0:
        fused = reciprocal_rank_fusion({n: ranks(s, RRF_DEPTH) for n, s in masked.items()}, weights, settings.rrf)
        out = np.zeros(keep.shape, dtype=np.float64)
        if fused:
            out[np.fromiter(fused.keys(), dtype=np.int64)] = np.fromiter(fused.values(), dtype=np.float64)
        return np.where(keep, out, 0.0)
    return np.where(keep, convex_combination(masked, weights, FLOORS), 0.0)


RRF_DEPTH = 200  # rows of each channel that rank fusion reads


def first_stage(candidates: Iterable[int], combined: np.ndarray, factors: Mapping[int, float]) -> list[int]:
    """The candidate rows by fused score times their boost factor."""
    return sorted(candidates, key=lambda r: (-combined[r] * factors.get(r, 1.0), r))


def channel_maxima(channels: Mapping[str, np.ndarray], keep: np.ndarray) -> dict[str, float]:
    return {name: float(np.max(np.where(keep, s, 0.0))) if s.size else 0.0 for name, s in channels.items()}


def normalised(channels: Mapping[str, np.ndarray], maxima: Mapping[str, float], row: int) -> dict[str, float]:
    return {name: float(s[row]) / maxima[name] if maxima[name] > 0 else 0.0 for name, s in channels.items()}


LEAD_IN_ITEMS = 600  # characters of items shown under a lead-in


def is_lead_in(clause: Clause) -> bool:
    """A clause that only introduces the items after it ("2、…的下列行为：")."""
    return clause.kind in (Kind.ITEM, Kind.PARAGRAPH) and clause.text.rstrip().endswith(("：", ":"))


def _under(c: Clause, parent: Clause) -> bool:
    """Is c nested under parent: in its document, with a heading of its path that parent's text opens with?"""
    return c.doc_id == parent.doc_id and any(parent.text.startswith(p.rstrip("…")) for p in c.path if p)


def with_items(lead: Clause, following: Sequence[Clause], limit: int = LEAD_IN_ITEMS) -> Clause:
    """A lead-in is no answer on its own: the lead-in with the items under it
    (the clauses right after it whose headings include it), up to `limit`
    characters of items, as one clause that cites the lines of all of them."""
    items: list[Clause] = []
    size = 0
    for c in following:
        if not _under(c, lead):
            break
        if items and size + len(c.text) > limit:
            break
        items.append(c)
        size += len(c.text)
    if not items and lead.kind is Kind.PARAGRAPH:
        items = what_follows(lead, following, limit)
    return _together(lead, items)


def _together(clause: Clause, after: Sequence[Clause]) -> Clause:
    """The clause with the clauses after it as one, citing the lines of all of them."""
    if not after:
        return clause
    text = "\n".join([clause.text, *(c.text for c in after)])
    return replace(clause, text=text, source=replace(clause.source, line_end=after[-1].source.line_end))


# A line naming who carries a task out, set under the task in a work plan ("牵头单位：省发改委、省商务厅。").
_ATTRIBUTION = re.compile(r"(?:牵头|责任|配合|协办|主办|承办|参与|实施)(?:单位|部门)[：:]")
ATTRIBUTIONS_READ = 4  # clauses read after a hit for its attribution lines


def is_attribution(clause: Clause) -> bool:
    """A line naming who carries out the task above it (牵头单位：…, 配合单位：…)."""
    return _ATTRIBUTION.match(clause.text.lstrip()) is not None


def attributed_task(line: Clause, before: Sequence[Clause]) -> Clause | None:
    """The task an attribution line is set under: the nearest clause before it,
    past the task's other attribution lines, that it is nested under (None: the
    line stands alone). `before`: the clauses right before the line, in order."""
    for c in reversed(before):
        if c.doc_id != line.doc_id:
            return None
        if not is_attribution(c):
            return c if _under(line, c) else None
    return None


def attributed_hits(scored: list[Scored], clauses_at: Callable[[Sequence[int]], list[Clause]],
                    keep: np.ndarray) -> list[Scored]:
    """The hits with each attribution line (牵头单位：…) in its task's place, or
    dropped when its task ranks higher: the line alone does not say which task
    it is for, and the task is shown with its lines (with_attributions)."""
    rows = [s.row for s in scored]
    clauses = clauses_at(rows)
    lines = [r for r, c in zip(rows, clauses, strict=True) if is_attribution(c)]
    if not lines:
        return scored
    wanted = sorted({r - j for r in lines for j in range(1, ATTRIBUTIONS_READ + 1) if r - j >= 0})
    before = dict(zip(wanted, clauses_at(wanted), strict=True))
    out: dict[int, Scored] = {}
    for hit, clause in zip(scored, clauses, strict=True):
        if is_attribution(clause):
            back = [r for r in range(hit.row - ATTRIBUTIONS_READ, hit.row) if r in before]
            task = attributed_task(clause, [before[r] for r in back])
            task_row = next((r for r in back if before[r] is task), None)
            if task_row is not None and keep[task_row]:
                hit = replace(hit, row=task_row)
        out.setdefault(hit.row, hit)
    return list(out.values())


def with_attributions(clause: Clause, following: Sequence[Clause]) -> Clause:
    """A task with the lines right after it that name who leads it and who
    helps (牵头单位, 配合单位 …), as one clause: a task's answer to "哪个部门牵头"
    is in those lines, and the lines alone do not say which task they are for."""
    lines: list[Clause] = []
    for c in following:
        if not is_attribution(c) or not _under(c, clause):
            break
        lines.append(c)
    return _together(clause, lines)


HEADING_LINE = 16  # characters: the longest unpunctuated paragraph read as a heading ("三大平台")
_MARKS = frozenset("。，；：！？、,;:!?")


def is_heading_line(clause: Clause) -> bool:
    """A short paragraph without a single punctuation mark: a heading an office
    set as a plain line ("三大平台", "园区发展亟待五个松绑"), no answer on its own."""
    text = clause.text.strip()
    return clause.kind is Kind.PARAGRAPH and 0 < len(text) <= HEADING_LINE and _MARKS.isdisjoint(text)


def introduces(clause: Clause) -> bool:
    """A clause shown with what comes after it: a lead-in, a heading line, or a heading (一、总体要求 over its
    paragraphs, （一）继续扩大平台效应 over its own: no answer alone)."""
    return is_lead_in(clause) or is_heading_line(clause) or clause.kind is Kind.HEADING


def what_follows(lead: Clause, following: Sequence[Clause], limit: int = LEAD_IN_ITEMS) -> list[Clause]:
    """What a paragraph that introduces (a speaker's name and title with a colon,
    a heading line) introduces, when the structure nests nothing under it: the
    heading lines right after it and the first clause of substance, then further
    clauses of that kind (paragraphs after a speaker, the items after "以下材料：")
    up to `limit` characters, until the next introduction or section."""
    items: list[Clause] = []
    size = 0
    substance: Kind | None = None  # the kind of the first clause of substance: the run goes on in that kind
    for c in following:
        if c.doc_id != lead.doc_id or c.path[:len(lead.path)] != lead.path:
            break
        if substance and (introduces(c) or c.kind is not substance or size + len(c.text) > limit):
            break
        items.append(c)
        if not is_heading_line(c):
            substance = substance or c.kind
            size += len(c.text)
    return items if substance else []


def rerank(model: Reranker, view: QuestionView, candidates: Sequence[Candidate],
           reorder: bool = True) -> list[tuple[Candidate, float]]:
    """Candidates with the model's probability that each answers the question;
    best first in the model's order when `reorder` (its pairwise model's, or the
    probabilities when it has none; first-stage order breaks ties), else in
    their first-stage order."""
    among = pool(view, candidates)
    rows = [features(view, c, among) for c in candidates]
    probs = model.probabilities(rows)
    order: Sequence[int] = range(len(candidates))
    if reorder:
        by = model.order_scores(rows)  # the pairwise model's order when it has one
        order = sorted(order, key=lambda i: (-by[i], i))
    return [(candidates[i], float(probs[i])) for i in order]


def answer_probability(model: Reranker, view: QuestionView, ranked: Sequence[tuple[Candidate, float]]) -> float:
    """How likely the first of the reranked candidates answers the question: the
    model's answerability over question-level features when it has one, else the
    first candidate's own probability. `answered` compares it with model.threshold."""
    if not ranked:
        return 0.0
    top, p = ranked[0]
    if model.answerability is None:
        return p
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    best_word = max(math.log1p(c.word_raw) for c, _ in ranked)
    return model.answerability.probability(answer_features(known_words(view), p, second, best_word, top.dense,
                                                           title_cover(view, fold(top.document.title))))


# "那份指导意见是哪天印发的？": a verb of issuing, a when, and a document (a word for
# one, or a 文号 / 《title》): the answer is the document's date under its signature.
_ISSUED = re.compile(r"印发|发布|发文|落款|签发|出台|颁布|下发|发的|发出|公布")
_WHEN = re.compile(r"哪天|哪一天|什么时候|啥时候|何时|日期|几月几[日号]|哪年|哪一年|什么时间")
_A_DOCUMENT = re.compile(r"文件|方案|规划|计划|意见|办法|通知|决定|条例|纲要|愿景|公告|细则|规定|指南|这份|那份")
_DATE_ALONE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def asks_issue_date(question: str, names_document: bool) -> bool:
    """Whether a question asks when a document was issued (…是哪天印发的)."""
    return bool(_ISSUED.search(question) and _WHEN.search(question)
                and (names_document or _A_DOCUMENT.search(question)))


def issue_date(clauses: Sequence[Clause]) -> Clause | None:
    """A document's date under its signature (落款的成文日期): its last signature
    clause that is a date and nothing else; None when it has none."""
    dated = [c for c in clauses if c.kind == Kind.SIGNATURE and _DATE_ALONE.fullmatch("".join(c.text.split()))]
    return dated[-1] if dated else None


def date_first(scored: Sequence[Scored], date_row: int, score: float) -> list[Scored]:
    """The list with the document's date clause first, carrying the confidence
    the reranker gave the hit that named the document (the date is as sure as
    the document is)."""
    rest = [s for s in scored if s.row != date_row]
    return [Scored(date_row, score, scored[0].confidence), *rest]


def named_first(scored: Sequence[Scored], clauses: Sequence[Clause], numbered: Collection[str], question: str) -> list[Scored]:
    """The hits from the documents a question names by 文号 (`numbered`; `clauses`: the hits' clauses) ahead of the
    others, each group in its own order: a reader who names a document by its number asks about it, and a like-worded
    clause of another document is no answer. (A title in 《》 is not enough: documents cite each other's titles, and the
    question may ask what one says of the other.) Its 落款 lines go ahead only when the question asks who or when."""
    signed = asks_signature(question)
    named = {s.row for s, c in zip(scored, clauses, strict=True)
             if c.doc_id in numbered and (signed or c.kind is not Kind.SIGNATURE)}
    return sorted(scored, key=lambda s: s.row not in named)


_SIGNED = re.compile(r"谁|哪个部门|哪些部门|什么部门|哪个单位|哪家|发文|印发|发布|落款|署名|签发|机关"
                     r"|日期|哪天|哪一天|哪年|哪一年|什么时候|何时|时间")


def asks_signature(question: str) -> bool:
    """Whether a question may be answered by a signature (who issued a document, or when): its 落款 lines are put
    first with the rest of a document named by 文号 only then (云商自贸〔2024〕6号 …通关能力目标 asks neither)."""
    return bool(_SIGNED.search(question))
