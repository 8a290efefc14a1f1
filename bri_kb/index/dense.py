"""Dense vectors in FAISS (inner product over L2-normalised vectors)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb.index.encoders import Encoder

INDEX_FILE = "dense.faiss"


class DenseIndex:
    name = "dense"

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self._index: Any = None

    def __len__(self) -> int:
        return int(self._index.ntotal) if self._index is not None else 0

    def build(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> None:
        import faiss

        vecs = self.encoder.encode(texts) if vectors is None else vectors
        vecs = np.ascontiguousarray(vecs, dtype=np.float32)
        faiss.normalize_L2(vecs)
        index = faiss.IndexFlatIP(vecs.shape[1] if len(vecs) else self.encoder.dim)
        index.add(vecs)
        self._index = index

    def vectors(self) -> np.ndarray:
        return self._index.reconstruct_n(0, len(self)) if len(self) else np.zeros((0, self.encoder.dim), np.float32)

    def save(self, directory: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(directory / INDEX_FILE))

    def load(self, directory: Path) -> None:
        import faiss

        self._index = faiss.read_index(str(directory / INDEX_FILE))

    def scores(self, query: str, expansions: Sequence[tuple[str, float]] = ()) -> np.ndarray:
        n = len(self)
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        q = self.encoder.encode([query])
        sims, ids = self._index.search(np.ascontiguousarray(q, dtype=np.float32), n)
        out = np.zeros(n, dtype=np.float32)
        out[ids[0][ids[0] >= 0]] = sims[0][ids[0] >= 0]
        return out
