"""BM25 over jieba tokens, built with bm25s and stored as its .npy/.json files.

Texts are added in batches and kept only as token ids (4 bytes a token), so a
large build never holds the token strings of the whole corpus. Scoring reads
bm25s's precomputed (row, term) score matrix directly, memory-mapped, so that
thesaurus expansions can carry a weight below the user's own words.
"""

from __future__ import annotations

import json
import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, overload

import numpy as np

from bri_kb.index.tokenize import char_tokens, tokenize, tokenize_query

EMPTY = ""  # the one token of a clause with no words, so every row has an entry


class TokenIds(Sequence[list[int]]):
    """Every clause's token ids in one flat int32 array; bm25s reads it as a list of lists."""

    def __init__(self) -> None:
        self.flat = array("i")
        self.offsets = array("q", [0])
        self.vocab: dict[str, int] = {}

    @property
    def ids(self) -> TokenIds:
        return self

    def add(self, tokens: Sequence[str]) -> None:
        vocab = self.vocab
        for tok in tokens or [EMPTY]:
            self.flat.append(vocab.setdefault(tok, len(vocab)))
        self.offsets.append(len(self.flat))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @overload
    def __getitem__(self, i: int) -> list[int]: ...

    @overload
    def __getitem__(self, i: slice) -> list[list[int]]: ...

    def __getitem__(self, i: int | slice) -> list[int] | list[list[int]]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return self.flat[self.offsets[i] : self.offsets[i + 1]].tolist()

    def __iter__(self) -> Iterator[list[int]]:
        return (self[i] for i in range(len(self)))


VIEWS = ("words", "chars")


class LexicalIndex:
    """BM25 (bm25s, Lucene's variant) over one view of the text: jieba words
    ("words") or characters and their bigrams ("chars"). Built from batches of
    clause texts in row order, saved as bm25s's files, and scored per row for
    a question plus weighted expansion terms (`scores`)."""

    def __init__(self, k1: float = 1.2, b: float = 0.75, view: str = "words") -> None:
        if view not in VIEWS:
            raise ValueError(f"unknown lexical view {view!r}")
        self.view = view
        self.name = "bm25" if view == "words" else "bm25_char"
        self.k1, self.b = k1, b
        self._vocab: dict[str, int] = {}
        # bm25s's score matrix in CSC form (column = term): indptr, indices (rows), data
        self._postings: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._rows = 0
        self._pending = TokenIds()
        self.cache_dir: Path | None = None  # where the query-side dictionary table lives

    def __len__(self) -> int:
        return self._rows

    def add(self, texts: Iterable[str], tokens: Iterable[Sequence[str]] | None = None) -> None:
        """Cut a batch of clauses into tokens (or take `tokens`, already cut);
        `finish` builds the index from all batches."""
        if tokens is None or self.view == "chars":
            tokens = map(self.cut, texts)
        for toks in tokens:
            self._pending.add(toks)

    def cut(self, text: str) -> list[str]:
        """A clause's tokens in this view."""
        return tokenize(text) if self.view == "words" else char_tokens(text)

    def cut_query(self, text: str) -> list[str]:
        """A question's tokens in this view, cut as clauses are."""
        return tokenize_query(text, self.cache_dir) if self.view == "words" else char_tokens(text)

    def finish(self) -> None:
        import bm25s

        model = bm25s.BM25(k1=self.k1, b=self.b)
        model.index(self._pending, create_empty_token=False, show_progress=False)
        self._model = model
        self._pending = TokenIds()
        self._adopt(model.scores, model.vocab_dict)

    def build(self, texts: Sequence[str]) -> None:
        self.add(texts)
        self.finish()

    def _adopt(self, scores: dict[str, Any], vocab: dict[str, int]) -> None:
        # Plain arrays, not a scipy matrix: scoring reads a few columns, and
        # importing scipy.sparse would cost a cold `bri ask` 0.3 s.
        self._rows = int(scores["num_docs"])
        self._vocab = vocab
        self._postings = (scores["indptr"], scores["indices"], scores["data"])

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

    def idf(self, token: str) -> float:
        """Lucene's BM25 idf of a token, log(1 + (N - df + 0.5) / (df + 0.5)); 0 if unknown."""
        col = self._vocab.get(token)
        if col is None or self._postings is None:
            return 0.0
        indptr = self._postings[0]
        df = int(indptr[col + 1]) - int(indptr[col])
        return math.log(1 + (self._rows - df + 0.5) / (df + 0.5))

    def term_weights(self, query: str, expansions: Sequence[tuple[str, float]] = ()) -> dict[int, float]:
        weights: dict[int, float] = {}
        for text, weight in [(query, 1.0), *expansions]:
            for tok in self.cut_query(text):
                if tok in self._vocab:
                    col = self._vocab[tok]
                    weights[col] = max(weights.get(col, 0.0), weight)
        return weights

    def scores(self, query: str, expansions: Sequence[tuple[str, float]] = ()) -> np.ndarray:
        """A BM25 score per row (0 where no term matches). Each expansion
        (text, weight) adds its terms at that weight; a term keeps its largest."""
        weights = self.term_weights(query, expansions)
        if not weights or self._postings is None:
            return np.zeros(self._rows, dtype=np.float32)
        out = np.zeros(self._rows, dtype=np.float32)
        indptr, indices, data = self._postings
        for col, w in weights.items():
            # One posting list at a time reads only these columns of the memory-mapped
            # matrix; a column's rows are distinct, so += does not drop repeats.
            lo, hi = int(indptr[col]), int(indptr[col + 1])
            out[indices[lo:hi]] += data[lo:hi] * np.float32(w)
        return out
