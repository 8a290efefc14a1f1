"""BM25 over jieba tokens, built with bm25s and stored as its .npy/.json files.

Scoring reads bm25s's precomputed (row, term) score matrix directly, so that
thesaurus expansions can carry a weight below the user's own words.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bri_kb.index.tokenize import tokenize


class LexicalIndex:
    name = "bm25"

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self._vocab: dict[str, int] = {}
        self._matrix = None  # scipy.sparse.csc_matrix, rows = clauses
        self._rows = 0

    def __len__(self) -> int:
        return self._rows

    def build(self, texts: Sequence[str]) -> None:
        import bm25s

        tokens = [tokenize(t) or [""] for t in texts]
        model = bm25s.BM25(k1=self.k1, b=self.b)
        model.index(tokens, show_progress=False)
        self._model = model
        self._adopt(model.scores, model.vocab_dict)

    def _adopt(self, scores: dict, vocab: dict[str, int]) -> None:
        from scipy.sparse import csc_matrix

        self._rows = int(scores["num_docs"])
        self._vocab = vocab
        shape = (self._rows, len(scores["indptr"]) - 1)
        self._matrix = csc_matrix((scores["data"], scores["indices"], scores["indptr"]), shape=shape)

    def save(self, directory: Path) -> None:
        self._model.save(directory, show_progress=False)

    def load(self, directory: Path) -> None:
        data = np.load(directory / "data.csc.index.npy", mmap_mode="r", allow_pickle=False)
        indices = np.load(directory / "indices.csc.index.npy", mmap_mode="r", allow_pickle=False)
        indptr = np.load(directory / "indptr.csc.index.npy", mmap_mode="r", allow_pickle=False)
        params = json.loads((directory / "params.index.json").read_text(encoding="utf-8"))
        vocab = json.loads((directory / "vocab.index.json").read_text(encoding="utf-8"))
        self.k1, self.b = params["k1"], params["b"]
        self._adopt({"data": data, "indices": indices, "indptr": indptr, "num_docs": params["num_docs"]}, vocab)

    def term_weights(self, query: str, expansions: Sequence[tuple[str, float]] = ()) -> dict[int, float]:
        weights: dict[int, float] = {}
        for text, weight in [(query, 1.0), *expansions]:
            for tok in tokenize(text):
                if tok in self._vocab:
                    col = self._vocab[tok]
                    weights[col] = max(weights.get(col, 0.0), weight)
        return weights

    def scores(self, query: str, expansions: Sequence[tuple[str, float]] = ()) -> np.ndarray:
        weights = self.term_weights(query, expansions)
        if not weights or self._matrix is None:
            return np.zeros(self._rows, dtype=np.float32)
        cols = list(weights)
        sub = self._matrix[:, cols]
        return np.asarray(sub @ np.array([weights[c] for c in cols], dtype=np.float32)).ravel()
