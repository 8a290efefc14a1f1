"""Rank fusion.

Reciprocal rank fusion: Cormack, Clarke and Büttcher, "Reciprocal Rank Fusion
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
