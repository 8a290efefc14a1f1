"""Sentence vectors beside the clause vectors (optional, off by default):
each clause cut into its sentences, every sentence encoded with the
document's title and the clause's headings before it (as the clause's own
vector has them), and a clause's sentence score the best cosine over its
sentences ("MaxP", Dai and Callan, SIGIR 2019). An everyday question tends to
ask about one sentence of a long clause, which one vector for the whole
clause blurs. Measured in docs/quality.md (benchmarks/sentence_dense.py).

    sentences.faiss         the sentences' vectors, flat inner product, in row order
    sentence_starts.npy     each clause's first sentence (int64, one per row)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb.index.dense import flat_scores

SENTENCES_FILE = "sentences.faiss"
STARTS_FILE = "sentence_starts.npy"
SHORT = 40  # characters: a clause this short is one sentence whatever its punctuation
MIN_PIECE = 8  # characters: a shorter piece (（一）, 第三条) joins the sentence before it
_CUT = re.compile(r"(?<=[。；！？;!?])|\n+")


def split_sentences(text: str) -> list[str]:
    """A clause's sentences, in order: cut after 。；！？ and at line breaks,
    short pieces joined to the one before; the clause itself when it is short."""
    text = text.strip()
    if len(text) < SHORT:
        return [text]
    out: list[str] = []
    for piece in (p.strip() for p in _CUT.split(text)):
        if not piece:
            continue
        if out and (len(piece) < MIN_PIECE or len(out[-1]) < MIN_PIECE):
            out[-1] += piece
        else:
            out.append(piece)
    return out or [text]


def sentence_texts(title: str, path: Sequence[str], text: str) -> list[str]:
    """What is encoded for each sentence: the title and headings, then the sentence."""
    return ["\n".join([title, *path, s]) for s in split_sentences(text)]


def best_per_clause(sims: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Each clause's best sentence score, from the scores of all sentences in row order."""
    if starts.size == 0:
        return np.zeros(0, dtype=np.float32)
    return np.asarray(np.maximum.reduceat(sims, starts), dtype=np.float32)


class SentenceIndex:
    """A generation's sentence vectors, read-only (a flat FAISS index)."""

    def __init__(self, directory: Path) -> None:
        import faiss

        self._index: Any = faiss.read_index(str(directory / SENTENCES_FILE))
        self.starts = np.load(directory / STARTS_FILE)
        if self.starts.size and (self.starts[-1] >= self._index.ntotal or np.any(np.diff(self.starts) < 1)):
            raise ValueError(f"{STARTS_FILE} 与 {self._index.ntotal} 个句子向量对不上")

    def __len__(self) -> int:
        return int(self.starts.size)

    def scores_for(self, query_vector: np.ndarray) -> np.ndarray:
        """Each row's best sentence cosine for a unit query vector."""
        if int(self._index.ntotal) == 0:
            return np.zeros(len(self), dtype=np.float32)
        return best_per_clause(flat_scores(self._index, query_vector), self.starts)


def has_sentences(directory: Path) -> bool:
    return (directory / SENTENCES_FILE).exists() and (directory / STARTS_FILE).exists()
