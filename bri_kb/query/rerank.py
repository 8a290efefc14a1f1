"""The second-stage reranker: logistic regression over features.py's features
of the first stage's top candidates (a pointwise learning-to-rank model:
Cossock and Zhang, "Subset Ranking Using Regression", COLT 2006).

Its output for a candidate is the probability that the clause answers the
question, calibrated on labelled questions (with out-of-domain ones, which
no clause answers): it ranks the candidates, is each hit's `confidence`, and
decides `answered` against the model's threshold.

The model ships as JSON (bri_kb/data/reranker.json): feature names, the
standardisation, the coefficients, the threshold, and the figures measured
when it was trained. `bri eval --train` retrains it (training needs
scikit-learn, which only training imports).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb.errors import QueryError
from bri_kb.query.features import ANSWER_NAMES, NAMES

MODEL_FILE = "reranker.json"


@dataclass(frozen=True)
class Answerability:
    """Whether the top hit answers the question at all: logistic regression over
    question-level features (features.ANSWER_NAMES), trained on questions answered
    right at rank 1 against out-of-domain ones, on the reranker's out-of-fold
    probabilities. It sees what a single candidate's probability cannot: how far
    the first hit stands above the second, and question words the corpus never uses."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def probability(self, row: Sequence[float]) -> float:
        z = float(((np.asarray(row) - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.coef))
        return 1.0 / (1.0 + math.exp(-(z + self.intercept)))


def _logistic(x: np.ndarray, y: np.ndarray, c: float) -> tuple[tuple[float, ...], tuple[float, ...],
                                                                  tuple[float, ...], float]:
    """Logistic regression (L2, C=c, balanced nowhere: the probabilities stay
    calibrated) on standardised features: the mean, scale, coefficients and intercept."""
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, y)
    return (tuple(map(float, mean)), tuple(map(float, scale)), tuple(map(float, model.coef_[0])),
            float(model.intercept_[0]))


def fit_answerability(x: np.ndarray, y: np.ndarray) -> Answerability:
    """Answerability by logistic regression (L2, C=1) on standardised features."""
    return Answerability(*_logistic(x, y, 1.0))


@dataclass(frozen=True)
class Reranker:
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float  # at or above this probability (the answerability's, else the top hit's) it answers
    depth: int  # candidates of the first stage that are reranked
    info: dict[str, Any] = field(default_factory=dict)  # how it was trained and what it scored
    # A second, pairwise model over the same standardised features that orders the candidates
    # (RankNet's linear case: logistic regression on feature differences of right minus wrong
    # candidates of one question); None: the probabilities order them.
    order_coef: tuple[float, ...] | None = None
    answerability: Answerability | None = None  # None: the top hit's probability decides `answered`

    def probabilities(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        """P(the clause answers the question) for each candidate's features."""
        if not rows:
            return np.zeros(0)
        x = (np.asarray(rows, dtype=np.float64) - np.asarray(self.mean)) / np.asarray(self.scale)
        z = x @ np.asarray(self.coef) + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def order_scores(self, rows: Sequence[Sequence[float]]) -> np.ndarray:
        """A score per candidate whose order is the model's ranking (higher first)."""
        if self.order_coef is None or not rows:
            return self.probabilities(rows)
        x = (np.asarray(rows, dtype=np.float64) - np.asarray(self.mean)) / np.asarray(self.scale)
        return np.asarray(x @ np.asarray(self.order_coef))

    def to_json(self) -> dict[str, Any]:
        out = {"model": "logistic regression over standardised features", "features": list(self.names),
               "mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef),
               "intercept": self.intercept, "threshold": self.threshold, "depth": self.depth, "info": self.info}
        if self.order_coef is not None:
            out["order"] = {"model": "pairwise logistic regression (right minus wrong candidate of one question)",
                            "coef": list(self.order_coef)}
        if self.answerability is not None:
            a = self.answerability
            out["answerability"] = {"model": "logistic regression over question-level features",
                                    "features": list(ANSWER_NAMES), "mean": list(a.mean), "scale": list(a.scale),
                                    "coef": list(a.coef), "intercept": a.intercept}
        return out


def from_json(data: dict[str, Any]) -> Reranker:
    names = tuple(data["features"])
    order = data.get("order")
    answer = data.get("answerability")
    if names != NAMES or (answer is not None and tuple(answer["features"]) != ANSWER_NAMES):
        raise QueryError("重排序模型的特征与本版本不符；请用 `bri eval --train` 重新训练")
    return Reranker(names, tuple(data["mean"]), tuple(data["scale"]), tuple(data["coef"]), float(data["intercept"]),
                    float(data["threshold"]), int(data["depth"]), dict(data.get("info", {})),
                    tuple(map(float, order["coef"])) if order else None,
                    Answerability(tuple(answer["mean"]), tuple(answer["scale"]), tuple(answer["coef"]),
                                  float(answer["intercept"])) if answer else None)


@cache
def bundled() -> Reranker | None:
    """The model that ships with bri-kb, or None when there is none yet."""
    path = resources.files("bri_kb").joinpath(f"data/{MODEL_FILE}")
    if not path.is_file():
        return None
    return from_json(json.loads(path.read_text(encoding="utf-8")))


def load(path: Path) -> Reranker:
    try:
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError) as exc:
        raise QueryError(f"{path}：不是重排序模型（{exc}）") from exc


def fit(x: np.ndarray, y: np.ndarray, depth: int, c: float = 1.0) -> Reranker:
    """The pointwise model: logistic regression (L2, C=c) on standardised features."""
    mean, scale, coef, intercept = _logistic(x, y, c)
    return Reranker(NAMES, mean, scale, coef, intercept, 0.5, depth)


# The share of questions answered right at rank 1 that must count as answered. The targets are 95 % of
# those answered and 90 % of out-of-domain questions refused; 0.965 leaves both a margin in cross-validation
# (0.966 and 0.927; 0.96 gives 0.961 and 0.931, 0.97 gives 0.972 and 0.912), and on the sets written blind
# it answers as many right questions and refuses as many out-of-domain ones as the model before the title
# feature did at 0.96, while the halves gain on both sides (docs/quality.md).
KEEP_RIGHT = 0.965


def choose_threshold(top_p: Sequence[float], top_right: Sequence[bool], out_of_domain: Sequence[bool],
                     keep_right: float = KEEP_RIGHT) -> float:
    """The highest threshold that still marks `keep_right` of the questions
    answered right at rank 1 as answered: it refuses as many out-of-domain
    questions as that allows."""
    right = sorted(p for p, ok, ood in zip(top_p, top_right, out_of_domain, strict=True) if ok and not ood)
    if not right:
        return 0.5
    at = min(len(right) - 1, math.floor(len(right) * (1 - keep_right)))  # this many may fall below it
    return float(right[at])


PAIRWISE_C = 0.1  # docs/quality.md: 0.03-0.1 helped both halves, 0.01 and 0.3 cost one cell each


def fit_pairwise(model: Reranker, x: np.ndarray, y: np.ndarray, group: np.ndarray, c: float = PAIRWISE_C) -> Reranker:
    """The model with a pairwise ordering added: logistic regression without
    intercept on (right - wrong) and (wrong - right) differences of the
    standardised features of candidates of the same question (Herbrich et al.'s
    ranking SVM with a logistic loss; Burges et al.'s RankNet, linear)."""
    from sklearn.linear_model import LogisticRegression

    z = (x - np.asarray(model.mean)) / np.asarray(model.scale)
    pairs = []
    for g in np.unique(group):
        idx = np.flatnonzero(group == g)
        right, wrong = idx[y[idx] == 1], idx[y[idx] == 0]
        if len(right) and len(wrong):
            pairs.append((z[right][:, None, :] - z[wrong][None, :, :]).reshape(-1, z.shape[1]))
    if not pairs:
        return model
    diff = np.vstack(pairs)
    ranker = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    ranker.fit(np.vstack([diff, -diff]), np.r_[np.ones(len(diff)), np.zeros(len(diff))])
    return replace(model, order_coef=tuple(map(float, ranker.coef_[0])))
