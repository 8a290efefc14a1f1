"""Rank fusion.

Convex combination of normalised scores (TM2C2): Bruch, Gai and Ingber, "An
Analysis of Fusion Functions for Hybrid Retrieval", ACM TOIS 42(1), 2023. Each
engine's scores are scaled by (s - theoretical min) / (observed max -
theoretical min) and mixed with weights; they find it beats RRF and is robust
to the choice of weight. BM25 has a theoretical minimum of 0, cosine of -1.

Reciprocal rank fusion, kept for comparison: Cormack, Clarke and Büttcher, "Reciprocal Rank Fusion
outperforms Condorcet and individual Rank Learning Methods", SIGIR 2009.
score(d) = sum over engines e of w_e / (k + rank_e(d)), k = 60 in the paper.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np


def ranks(scores: np.ndarray, depth: int) -> dict[int, int]:
    """Row -> 1-based rank, for the top `depth` rows with a positive score."""
    if scores.size == 0:
        return {}
    depth = min(depth, scores.size)
    top = np.argpartition(-scores, depth - 1)[:depth]
    top = top[np.argsort(-scores[top], kind="stable")]
    return {int(r): n for n, r in enumerate(top, 1) if scores[r] > 0}


def reciprocal_rank_fusion(
    rankings: Mapping[str, Mapping[int, int]], weights: Mapping[str, float], k: float = 60.0
) -> dict[int, float]:
    fused: dict[int, float] = {}
    for engine, ranking in rankings.items():
        w = weights.get(engine, 1.0)
        for row, rank in ranking.items():
            fused[row] = fused.get(row, 0.0) + w / (k + rank)
    return fused


def convex_combination(
    scores: Mapping[str, np.ndarray], weights: Mapping[str, float], floors: Mapping[str, float]
) -> np.ndarray:
    """sum_e w_e * (s_e - floor_e) / (max(s_e) - floor_e), over all rows."""
    total: np.ndarray | None = None
    for engine, s in scores.items():
        floor = floors.get(engine, 0.0)
        top = float(s.max()) if s.size else floor
        part = (s - floor) / (top - floor) if top > floor else np.zeros_like(s)
        part = np.clip(part, 0.0, None) * weights.get(engine, 1.0)
        total = part if total is None else total + part
    return total if total is not None else np.zeros(0)
