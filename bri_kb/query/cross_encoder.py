"""A cross-encoder that reorders the top of the list, for those who have one:
`--reranker ce:/local/model/dir` (offline) or `ce:HUB/ID` on a machine that
reaches a model hub (for example BAAI/bge-reranker-base). It reads the
question and each clause together, which the bundled channels cannot, and
costs one model pass per candidate; the bundled reranker's `confidence` and
`answered` stay as they are."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np

from bri_kb.errors import EncoderError
from bri_kb.model import Clause
from bri_kb.query.ranking import Scored

PREFIX = "ce:"
RERANKER_ENV = "BRI_KB_RERANKER"  # how `bri serve --reranker` reaches its worker processes
DEPTH = 20  # candidates of the list that the cross-encoder reads
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")


class CrossEncoderReranker:
    """A sentence-transformers CrossEncoder from a local directory or a hub id.

    Raises EncoderError (one Chinese line) when the spec is not ce:…, the
    [st] extra is not installed, or the model cannot be loaded."""

    def __init__(self, spec: str, depth: int = DEPTH) -> None:
        if not spec.startswith(PREFIX) or not spec[len(PREFIX):].strip():
            raise EncoderError(f"未知的重排序模型「{spec}」：请用 ce:/本地模型目录，或能访问模型仓库时的 ce:仓库/模型id")
        path = spec[len(PREFIX):].strip()
        local = Path(path).is_dir()
        if not local and not _HUB_ID.fullmatch(path):
            raise EncoderError(f"交叉编码器「{path}」不是目录，也不是 BAAI/bge-reranker-base 这样的模型仓库 id")
        try:
            from sentence_transformers import CrossEncoder
        except ImportError as exc:
            raise EncoderError("交叉编码器需要 sentence-transformers 和 torch：pip install -e '.[st]'") from exc
        if local:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            self._model: Any = CrossEncoder(path, device="cpu", local_files_only=local)
        except (OSError, ValueError) as exc:  # huggingface_hub's and transformers' errors derive from these
            raise EncoderError(f"无法加载交叉编码器 {path}：{exc.__class__.__name__}。按模型仓库的 id 加载需要能访问该仓库"
                               "（或设置 HF_HUB_OFFLINE=1 从本机缓存加载）；也可以把模型下载到本地目录后用 ce:/目录") from exc
        self.spec = f"{PREFIX}{Path(path).resolve()}" if local else f"{PREFIX}{path}"
        self.depth = depth

    def scores(self, question: str, texts: Sequence[str]) -> np.ndarray:
        """The model's relevance score of each text for the question (higher is better)."""
        if not texts:
            return np.zeros(0)
        out = self._model.predict([(question, t) for t in texts], batch_size=32, show_progress_bar=False)
        return np.asarray(out, dtype=np.float64).reshape(len(texts), -1)[:, -1]

    def reorder(self, question: str, ranked: Sequence[Scored],
                clauses_at: Callable[[list[int]], list[Clause]]) -> list[Scored]:
        """The first `depth` entries in the order of the model's scores (ties keep
        their order), the rest as they were."""
        head = list(ranked[: self.depth])
        scores = self.scores(question, [c.text for c in clauses_at([r.row for r in head])])
        order = sorted(range(len(head)), key=lambda i: (-scores[i], i))
        return [head[i] for i in order] + list(ranked[self.depth :])


class _Holder(Protocol):
    cross_encoder: CrossEncoderReranker | None


K = TypeVar("K", bound=_Holder)


def with_cross_encoder(kb: K, spec: str | None) -> K:
    """The knowledge base with `--reranker ce:…` loaded (EncoderError, one Chinese line, when it cannot be)."""
    if spec:
        kb.cross_encoder = CrossEncoderReranker(spec)
    return kb
