"""The embedded engine: bm25s and FAISS files inside the generation's
directory, searched in this process. The default, and the only code that
knows these files:

    bm25/            bm25s's arrays over jieba words (memory-mapped when read)
    bm25_char/       the same over characters and character bigrams
    dense.faiss      the search index over the clauses' vectors (flat, fp16 or IVF-SQ8 by size: dense.py)
    sentences.faiss  optional: the clauses' sentences' vectors, and sentence_starts.npy (sentences.py)
    rows/            per-clause filter columns (see rows.py)

Every channel scores every row (an approximate dense index gives its nearest
rows and 0 elsewhere), so the channels' fusion sees the whole knowledge base.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb.errors import KBError
from bri_kb.index.dense import FLAT_LIMIT, INDEX_FILE, DenseIndex, write_flat
from bri_kb.index.encoders import Encoder, load_encoder, unit_vector
from bri_kb.index.engine import CHANNELS, Probe, Retrieved, RowFilter
from bri_kb.index.integrity import REBUILD
from bri_kb.index.lexical import LexicalIndex
from bri_kb.index.rows import Rows, RowsBuilder, load_rows
from bri_kb.index.sentences import SENTENCES_FILE, STARTS_FILE, SentenceIndex, has_sentences, sentence_texts
from bri_kb.model import Clause, Document

LEXICAL = "bm25s(k1=1.2,b=0.75) over jieba cut_for_search; and over character unigrams and bigrams"
LEXICAL_DIRS = {"bm25": "bm25", "bm25_char": "bm25_char"}


class EmbeddedEngine:
    """One generation's bm25s and FAISS indexes, opened read-only. The dense
    index (and its encoder) loads on the first question that needs it.

    Raises KBError on open when the files cannot be read."""

    uri = "embedded"

    def __init__(self, directory: Path, encoder_id: str, cache_dir: Path) -> None:
        self.directory, self.encoder_id, self.cache_dir = directory, encoder_id, cache_dir
        try:
            self.lexical = LexicalIndex()
            self.lexical.cache_dir = cache_dir
            self.lexical.load(directory / LEXICAL_DIRS["bm25"])
            self.chars = LexicalIndex(view="chars")
            self.chars.load(directory / LEXICAL_DIRS["bm25_char"])
            self.rows: Rows = load_rows(directory / "rows")
        except (OSError, ValueError, KeyError) as exc:
            raise KBError(f"{directory} 中的知识库无法读取（{exc}）；{REBUILD}") from None
        self._dense: DenseIndex | None = None
        self._sentences: SentenceIndex | None = None

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def dense(self) -> DenseIndex:
        if self._dense is None:
            dense = DenseIndex(load_encoder(self.encoder_id, self.cache_dir))
            try:
                dense.load(self.directory)
            except (RuntimeError, OSError) as exc:  # faiss reports damaged files as RuntimeError
                raise KBError(f"{self.directory}/{INDEX_FILE} 无法读取（{exc}）；{REBUILD}") from None
            if len(dense) != len(self.rows):
                raise KBError(f"{len(self.rows)} 条条款却有 {len(dense)} 个向量；{REBUILD}")
            self._dense = dense
        return self._dense

    @property
    def sentences(self) -> SentenceIndex | None:
        """The sentence vectors, when the generation was built with them."""
        if self._sentences is None and has_sentences(self.directory):
            try:
                found = SentenceIndex(self.directory)
            except (RuntimeError, OSError, ValueError) as exc:
                raise KBError(f"{self.directory}/{SENTENCES_FILE} 无法读取（{exc}）；{REBUILD}") from None
            if len(found) != len(self.rows):
                raise KBError(f"{len(self.rows)} 条条款却有 {len(found)} 组句子向量；{REBUILD}")
            self._sentences = found
        return self._sentences

    def dense_scores(self, probe: Probe) -> np.ndarray:
        """The clause vector's cosine per row; with `probe.sentences` and sentence
        vectors in the generation, the better of it and the clause's best sentence's."""
        sentences = self.sentences if probe.sentences else None
        if sentences is None:
            return self.dense.scores(probe.dense_query)
        q = unit_vector(self.dense.encoder, probe.dense_query)
        return np.asarray(np.maximum(self.dense.scores_for(q), sentences.scores_for(q)), dtype=np.float32)

    def top_k(self, probe: Probe, k: int, filters: RowFilter | None = None,
              channels: Sequence[str] = CHANNELS) -> Retrieved:
        """Every row's score in each channel (k does not cut them), and the
        filters as a mask over the rows."""
        scores: dict[str, np.ndarray] = {}
        for name in channels:
            if name == "bm25":
                scores[name] = self.lexical.scores(probe.text, probe.word_terms)
            elif name == "bm25_char":
                scores[name] = self.chars.scores(probe.text, probe.expansions if probe.char_expansions else ())
            elif name == "dense":
                scores[name] = self.dense_scores(probe)
            else:
                raise ValueError(f"unknown channel {name!r}")
        return Retrieved(scores, self.mask(filters or RowFilter()))

    def mask(self, f: RowFilter) -> np.ndarray:
        """The rows the filters admit: decided once per document and once per
        applicability set, then looked up per row (fast at a million clauses)."""
        rows = self.rows
        keep = np.ones(len(rows), dtype=bool)
        if f.documents is not None:
            doc_ok = np.array([d in f.documents for d in rows.documents] or [True])
            keep = doc_ok[rows.doc]
        if f.places is not None:
            scope_ok = np.array([f.admits_places(s) for s in rows.scopes] or [True])
            keep = keep & scope_ok[rows.scope]
        return np.asarray(keep, dtype=bool)

    def idf(self, token: str) -> float:
        return self.lexical.idf(token)

    def problems(self, clauses: int) -> list[str]:
        import faiss

        try:
            vectors = faiss.read_index(str(self.directory / INDEX_FILE)).ntotal
        except RuntimeError as exc:
            return [f"{INDEX_FILE} 无法读取（{exc}）"]
        lexical = [json.loads((self.directory / name / "params.index.json").read_text(encoding="utf-8"))["num_docs"]
                   for name in LEXICAL_DIRS.values()]
        if not clauses == vectors == lexical[0] == lexical[1]:
            return [f"{clauses} 条条款，却有 {vectors} 个向量、{' / '.join(map(str, lexical))} 个词法条目"]
        if has_sentences(self.directory):
            try:
                found = len(SentenceIndex(self.directory))
            except (RuntimeError, OSError, ValueError) as exc:
                return [f"{SENTENCES_FILE} 无法读取（{exc}）"]
            if found != clauses:
                return [f"{clauses} 条条款，却有 {found} 组句子向量"]
        return []

    def close(self) -> None:
        self._dense = None
        self._sentences = None


class EmbeddedBuilder:
    """Builds the embedded engine's files in a generation's directory: the
    lexical indexes from token ids added batch by batch, the filter columns,
    and the dense index from the vectors file at the end. With `sentences_in`
    (the generation's directory), also each clause's sentences' vectors
    (sentences.py), encoded as the batches come and appended to a file there,
    indexed at the end."""

    def __init__(self, encoder: Encoder, flat_limit: int = FLAT_LIMIT, sentences_in: Path | None = None) -> None:
        self.encoder, self.flat_limit = encoder, flat_limit
        self.lexical = LexicalIndex()
        self.chars = LexicalIndex(view="chars")
        self.rows = RowsBuilder()
        self.sentences = sentences_in is not None
        self._titles: dict[str, str] = {}
        self._starts: list[int] = []
        self._sentence_count = 0
        self._sentence_part = sentences_in / "sentences.f32.part" if sentences_in is not None else None
        self._sentence_out: Any = None

    def add(self, documents: Sequence[Document], texts: Sequence[str], clauses: Sequence[Clause],
            tokens: Iterable[Sequence[str]] | None = None) -> None:
        self.lexical.add(texts, tokens)
        self.chars.add(texts)
        for c in clauses:
            self.rows.add(c)
        if self.sentences:
            self._titles.update((d.doc_id, d.title) for d in documents)
            self._add_sentences(clauses)

    def _add_sentences(self, clauses: Sequence[Clause]) -> None:
        if self._sentence_out is None and self._sentence_part is not None:
            self._sentence_out = open(self._sentence_part, "wb")  # closed in finish() or discard()
        texts: list[str] = []
        for c in clauses:
            self._starts.append(self._sentence_count + len(texts))
            texts += sentence_texts(self._titles.get(c.doc_id, ""), c.path, c.text)
        if texts:
            self._sentence_out.write(np.ascontiguousarray(self.encoder.encode(texts), dtype=np.float32).tobytes())
        self._sentence_count += len(texts)

    def finish(self, directory: Path, vectors: Any, documents: Sequence[Document]) -> dict[str, Any]:
        for name, index in (("bm25", self.lexical), ("bm25_char", self.chars)):
            index.finish()
            (directory / LEXICAL_DIRS[name]).mkdir()
            index.save(directory / LEXICAL_DIRS[name])
        self.chars = LexicalIndex(view="chars")
        self.lexical = LexicalIndex()  # its arrays are on disk: free them before the dense index
        dense_kind = DenseIndex(self.encoder, self.flat_limit).write(directory, vectors)
        self.rows.save(directory / "rows")
        entry: dict[str, Any] = {"lexical": LEXICAL, "dense": dense_kind}
        if self._sentence_out is not None and self._sentence_part is not None:
            self._sentence_out.close()
            self._sentence_out = None
            shape = (self._sentence_count, self.encoder.dim)
            vectors_of = (np.memmap(self._sentence_part, np.float32, "r", shape=shape) if self._sentence_count
                          else np.zeros(shape, np.float32))
            write_flat(directory / SENTENCES_FILE, vectors_of)
            np.save(directory / STARTS_FILE, np.array(self._starts, dtype=np.int64))
            self._sentence_part.unlink()
            entry["sentences"] = self._sentence_count
        return entry

    def publish(self) -> None:
        """The files go live with their directory (CURRENT)."""

    def discard(self) -> None:
        """The files go with their directory."""
        if self._sentence_out is not None:
            self._sentence_out.close()
            self._sentence_out = None

