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
from bri_kb.query.features import features
from bri_kb.query.rerank import Reranker, choose_threshold, fit, fit_pairwise
from bri_kb.query.search import Filters, KnowledgeBase
from bri_kb.vocabulary import squash as norm

DEPTH = 30


@dataclass(frozen=True)
class Rows:
    x: np.ndarray  # one row of features per candidate
    y: np.ndarray  # 1 when the candidate answers
    group: np.ndarray  # the question's index, per candidate
    first: list[int]  # per question: the first-stage rank of its first answer (0: none in the top)


def collect(kb: KnowledgeBase, questions: Sequence[dict[str, Any]], depth: int = DEPTH) -> Rows:
    """Feature rows of every question's top `depth` first-stage candidates."""
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[int] = []
    first: list[int] = []
    for n, q in enumerate(questions):
        where = q.get("where")
        try:
            stage = kb.first_stage(q["question"], 10, Filters(where=where) if where else None)
        except QueryError:  # a place the gazetteer does not know: asked without the filter
            stage = kb.first_stage(q["question"], 10)
        view, candidates = kb.candidates(stage, depth)
        anchors = [norm(e["anchor"]) for e in q.get("expect", [])]
        best = max((c.dense for c in candidates), default=0.0)
        found = 0
        for c in candidates:
            ok = any(a in norm(c.clause.text) for a in anchors)
            found = found or (c.rank if ok else 0)
            xs.append(features(view, c, best))
            ys.append(int(ok))
            groups.append(n)
        first.append(found)
    return Rows(np.asarray(xs, dtype=np.float64), np.asarray(ys), np.asarray(groups), first)


def rank_with(model: Reranker, rows: Rows, n_questions: int,
              reorder: bool = False) -> tuple[list[int | None], list[float], list[bool]]:
    """Per question: the rank of its first answer (in the model's order when
    `reorder`, else the first stage's), the top hit's probability, and whether
    the top hit is right."""
    probs = model.probabilities(rows.x.tolist()) if len(rows.x) else np.zeros(0)
    by = model.order_scores(rows.x.tolist()) if len(rows.x) else np.zeros(0)
    ranks: list[int | None] = []
    top_p: list[float] = []
    top_ok: list[bool] = []
    for n in range(n_questions):
        idx = np.flatnonzero(rows.group == n)
        if not len(idx):
            ranks.append(None)
            top_p.append(0.0)
            top_ok.append(False)
            continue
        order = idx[np.argsort(-by[idx], kind="stable")] if reorder else idx  # rows come in first-stage order
        hits = [r for r, i in enumerate(order, 1) if rows.y[i]]
        ranks.append(hits[0] if hits and hits[0] <= 10 else None)
        top_p.append(float(probs[order[0]]))
        top_ok.append(bool(rows.y[order[0]]))
    return ranks, top_p, top_ok


def fold_of(question: dict[str, Any], folds: int) -> int:
    """A question's fold, from its id (or text): stable across runs and machines."""
    key = str(question.get("id") or question["question"])
    return zlib.crc32(key.encode("utf-8")) % folds


def subset(rows: Rows, keep: np.ndarray) -> tuple[Rows, np.ndarray]:
    """The rows of the questions where keep[group] is true, regrouped from 0."""
    mask = keep[rows.group]
    renumber = np.cumsum(keep) - 1
    first = [f for f, k in zip(rows.first, keep, strict=True) if k]
    return Rows(rows.x[mask], rows.y[mask], renumber[rows.group[mask]], first), np.flatnonzero(keep)


def cross_validate(rows: Rows, questions: Sequence[dict[str, Any]], folds: int = 5, depth: int = DEPTH,
                   c: float = 1.0, keep_right: float = 0.95, reorder: bool = False) -> dict[str, Any]:
    """Train on all folds but one and score the one left out, for each fold:
    R@1/MRR per kind, and the answered rates, out of sample."""
    fold = np.array([fold_of(q, folds) for q in questions])
    ranks: list[int | None] = [None] * len(questions)
    top_p = [0.0] * len(questions)
    top_ok = [False] * len(questions)
    for f in range(folds):
        train, _ = subset(rows, fold != f)
        test, which = subset(rows, fold == f)
        model = fit_pairwise(fit(train.x, train.y, depth, c), train.x, train.y, train.group)
        r, p, ok = rank_with(model, test, len(which), reorder)
        for i, q in enumerate(which):
            ranks[q], top_p[q], top_ok[q] = r[i], p[i], ok[i]
    return report(questions, ranks, top_p, top_ok, keep_right=keep_right)


def report(questions: Sequence[dict[str, Any]], ranks: Sequence[int | None], top_p: Sequence[float],
           top_ok: Sequence[bool], threshold: float | None = None, keep_right: float = 0.95) -> dict[str, Any]:
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
          keep_right: float = 0.95, reorder: bool | None = None) -> Reranker:
    """The reranker trained on all these questions, its threshold set so that
    `keep_right` of the questions it answers right at rank 1 count as answered
    (on cross-validated probabilities), and the cross-validated figures kept in
    its `info`."""
    rows = collect(kb, questions, depth)
    reorder = kb.settings.reorder if reorder is None else reorder
    cv = cross_validate(rows, questions, depth=depth, c=c, keep_right=keep_right, reorder=reorder)
    model = fit_pairwise(fit(rows.x, rows.y, depth, c), rows.x, rows.y, rows.group)
    first_stage = [f if f and f <= 10 else None for f in rows.first]
    info = {"questions": len(questions), "candidates": int(len(rows.y)), "cross_validated": cv,
            "first_stage": summarise(first_stage), "C": c, "keep_right": keep_right, "reorders": reorder}
    return replace(model, threshold=cv["threshold"], info=info)
