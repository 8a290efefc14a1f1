"""Training and cross-validating the reranker on labelled questions.

A labelled question is a line of the evaluation format ({"question", "expect":
[{"anchor"}], "where"?}); out-of-domain questions have an empty `expect`.
Each question's first-stage candidates become rows of features, labelled 1
when the clause holds an expected anchor (as the shared scorer decides).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from bri_kb.errors import QueryError
from bri_kb.evaluate import summarise
from bri_kb.query.features import ANSWER_NAMES, NAMES, answer_features, features, known_words, pool
from bri_kb.query.rerank import KEEP_RIGHT, Reranker, choose_threshold, fit, fit_answerability, fit_pairwise
from bri_kb.query.search import Filters, KnowledgeBase
from bri_kb.vocabulary import squash as norm

DEPTH = 30


@dataclass(frozen=True)
class Rows:
    x: np.ndarray  # one row of features per candidate
    y: np.ndarray  # 1 when the candidate answers
    group: np.ndarray  # the question's index, per candidate
    first: list[int]  # per question: the first-stage rank of its first answer (0: none in the top)
    known: np.ndarray  # per question: features.known_words


def collect(kb: KnowledgeBase, questions: Sequence[dict[str, Any]], depth: int = DEPTH) -> Rows:
    """Feature rows of every question's top `depth` first-stage candidates."""
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[int] = []
    first: list[int] = []
    known: list[tuple[float, float]] = []
    for n, q in enumerate(questions):
        where = q.get("where")
        try:
            stage = kb.first_stage(q["question"], 10, Filters(where=where) if where else None)
        except QueryError:  # a place the gazetteer does not know: asked without the filter
            stage = kb.first_stage(q["question"], 10)
        view, candidates = kb.candidates(stage, depth)
        known.append(known_words(view))
        anchors = [norm(e["anchor"]) for e in q.get("expect", [])]
        among = pool(view, candidates)
        found = 0
        for c in candidates:
            ok = any(a in norm(c.clause.text) for a in anchors)
            found = found or (c.rank if ok else 0)
            xs.append(features(view, c, among))
            ys.append(int(ok))
            groups.append(n)
        first.append(found)
    return Rows(np.asarray(xs, dtype=np.float64), np.asarray(ys), np.asarray(groups), first,
                np.asarray(known, dtype=np.float64).reshape(-1, 2))


_WORD_RAW, _DENSE, _TITLE = NAMES.index("word_raw"), NAMES.index("dense"), NAMES.index("title_cover")


@dataclass(frozen=True)
class Ranked:
    """Per question, as a model ranks its candidates."""

    ranks: list[int | None]  # the rank of its first answer (None: not in the top 10)
    top_p: list[float]  # the top hit's probability
    top_ok: list[bool]  # whether the top hit is right
    answer_rows: np.ndarray  # features.answer_features of the ranked list


def rank_with(model: Reranker, rows: Rows, n_questions: int, reorder: bool = False) -> Ranked:
    """Per question: the rank of its first answer (in the model's order when
    `reorder`, else the first stage's), the top hit's probability, whether the
    top hit is right, and the question-level features of whether it answers."""
    probs = model.probabilities(rows.x.tolist()) if len(rows.x) else np.zeros(0)
    by = model.order_scores(rows.x.tolist()) if len(rows.x) else np.zeros(0)
    out = Ranked([], [], [], np.zeros((n_questions, len(ANSWER_NAMES))))
    for n in range(n_questions):
        idx = np.flatnonzero(rows.group == n)
        if not len(idx):
            out.ranks.append(None)
            out.top_p.append(0.0)
            out.top_ok.append(False)
            out.answer_rows[n] = answer_features(tuple(rows.known[n]), 0.0, 0.0, 0.0, 0.0, 0.0)
            continue
        order = idx[np.argsort(-by[idx], kind="stable")] if reorder else idx  # rows come in first-stage order
        hits = [r for r, i in enumerate(order, 1) if rows.y[i]]
        out.ranks.append(hits[0] if hits and hits[0] <= 10 else None)
        out.top_p.append(float(probs[order[0]]))
        out.top_ok.append(bool(rows.y[order[0]]))
        second = float(probs[order[1]]) if len(order) > 1 else 0.0
        # the word_raw column already holds log(1 + BM25), as answer_probability computes it
        out.answer_rows[n] = answer_features(tuple(rows.known[n]), out.top_p[-1], second,
                                             float(rows.x[idx, _WORD_RAW].max()), float(rows.x[order[0], _DENSE]),
                                             float(rows.x[order[0], _TITLE]))
    return out


def fold_of(question: dict[str, Any], folds: int) -> int:
    """A question's fold, from its id (or text): stable across runs and machines."""
    key = str(question.get("id") or question["question"])
    return zlib.crc32(key.encode("utf-8")) % folds


def subset(rows: Rows, keep: np.ndarray) -> tuple[Rows, np.ndarray]:
    """The rows of the questions where keep[group] is true, regrouped from 0."""
    mask = keep[rows.group]
    renumber = np.cumsum(keep) - 1
    first = [f for f, k in zip(rows.first, keep, strict=True) if k]
    return Rows(rows.x[mask], rows.y[mask], renumber[rows.group[mask]], first, rows.known[keep]), np.flatnonzero(keep)


def cross_validate(rows: Rows, questions: Sequence[dict[str, Any]], folds: int = 5, depth: int = DEPTH,
                   c: float = 1.0, keep_right: float = KEEP_RIGHT, reorder: bool = False) -> dict[str, Any]:
    """Train on all folds but one and score the one left out, for each fold:
    R@1/MRR per kind, and the answered rates, out of sample. The answerability
    is learned from the out-of-fold rankings and cross-validated over the same
    folds again, so that its threshold and rates are out of sample too."""
    fold = np.array([fold_of(q, folds) for q in questions])
    ranks: list[int | None] = [None] * len(questions)
    top_p = [0.0] * len(questions)
    top_ok = [False] * len(questions)
    answer_rows = np.zeros((len(questions), len(ANSWER_NAMES)))
    for f in range(folds):
        train, _ = subset(rows, fold != f)
        test, which = subset(rows, fold == f)
        model = fit_pairwise(fit(train.x, train.y, depth, c), train.x, train.y, train.group)
        ranked = rank_with(model, test, len(which), reorder)
        for i, q in enumerate(which):
            ranks[q], top_p[q], top_ok[q] = ranked.ranks[i], ranked.top_p[i], ranked.top_ok[i]
            answer_rows[q] = ranked.answer_rows[i]
    labels = answer_labels(questions, top_ok)
    # Without out-of-domain questions (or right answers) in every fold there is nothing to tell apart:
    # the top hit's probability decides, as it did before the answerability model.
    learnable = all({0, 1} <= set(labels[(fold != f) & (labels >= 0)].tolist()) for f in range(folds))
    likely = np.asarray(top_p)
    if learnable:
        for f in range(folds):
            learn = (fold != f) & (labels >= 0)
            likely[fold == f] = [fit_answerability(answer_rows[learn], labels[learn]).probability(r)
                                 for r in answer_rows[fold == f]]
    out = report(questions, ranks, likely.tolist(), top_ok, keep_right=keep_right)
    out["answer_rows"], out["answer_labels"] = (answer_rows, labels) if learnable else (None, None)
    return out


def answer_labels(questions: Sequence[dict[str, Any]], top_ok: Sequence[bool]) -> np.ndarray:
    """What the answerability learns from: 1 for a question answered right at
    rank 1, 0 for an out-of-domain one, -1 (left out) for one answered wrong."""
    return np.array([0 if not q.get("expect") else (1 if ok else -1) for q, ok in zip(questions, top_ok, strict=True)])


def report(questions: Sequence[dict[str, Any]], ranks: Sequence[int | None], top_p: Sequence[float],
           top_ok: Sequence[bool], threshold: float | None = None, keep_right: float = KEEP_RIGHT) -> dict[str, Any]:
    ood = [not q.get("expect") for q in questions]
    kinds: dict[str, list[int | None]] = {}
    for q, r, o in zip(questions, ranks, ood, strict=True):
        if not o:
            kinds.setdefault(q.get("kind", "?"), []).append(r)
    out: dict[str, Any] = {"kinds": {k: summarise(v) for k, v in sorted(kinds.items())}}
    if threshold is None:
        threshold = choose_threshold(top_p, [bool(k) for k in top_ok], ood, keep_right)
    right = [p for p, ok, o in zip(top_p, top_ok, ood, strict=True) if ok and not o]
    refused = [p for p, o in zip(top_p, ood, strict=True) if o]
    out["threshold"] = threshold
    out["right_at_1_answered"] = sum(p >= threshold for p in right) / len(right) if right else None
    out["ood_not_answered"] = sum(p < threshold for p in refused) / len(refused) if refused else None
    return out


def train(kb: KnowledgeBase, questions: Sequence[dict[str, Any]], depth: int = DEPTH, c: float = 1.0,
          keep_right: float = KEEP_RIGHT, reorder: bool | None = None) -> Reranker:
    """The reranker trained on all these questions, its threshold set so that
    `keep_right` of the questions it answers right at rank 1 count as answered
    (on cross-validated probabilities), and the cross-validated figures kept in
    its `info`."""
    rows = collect(kb, questions, depth)
    reorder = kb.settings.reorder if reorder is None else reorder
    cv = cross_validate(rows, questions, depth=depth, c=c, keep_right=keep_right, reorder=reorder)
    answer_rows, labels = cv.pop("answer_rows"), cv.pop("answer_labels")
    model = fit_pairwise(fit(rows.x, rows.y, depth, c), rows.x, rows.y, rows.group)
    answerability = None if labels is None else fit_answerability(answer_rows[labels >= 0], labels[labels >= 0])
    first_stage = [f if f and f <= 10 else None for f in rows.first]
    info = {"questions": len(questions), "candidates": int(len(rows.y)), "cross_validated": cv,
            "first_stage": summarise(first_stage), "C": c, "keep_right": keep_right, "reorders": reorder}
    return replace(model, threshold=cv["threshold"], info=info, answerability=answerability)
