"""Writes one generation of the knowledge base while documents stream in.

Each file's clauses go to SQLite, the index engine's builder and the encoder
(in batches, vectors appended to a file) as soon as the file is parsed, so a
build holds one file's clauses at a time, not the corpus's.

    kb.sqlite        documents, clauses, files
    vectors.npy      one normalised float32 vector per clause (also the re-use cache)
    text_hashes.npy  hash of each clause's indexed text, to re-use its vector
    ...              the engine's files, if it keeps any here (embedded.py)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb.index.dense import FLAT_LIMIT
from bri_kb.index.embedded import EmbeddedBuilder
from bri_kb.index.encoders import Encoder
from bri_kb.index.engine import EngineBuilder
from bri_kb.index.store import create_store, insert_clauses, insert_documents, insert_files
from bri_kb.ingest.attached_files import link_attachments
from bri_kb.ingest.relations import link_changes, link_repeals
from bri_kb.model import Clause, Document

Progress = Callable[[str, int, int], None]
ENCODE_BATCH = 256
VECTOR_BLOCK = 8192  # rows normalised at a time when vectors.npy is written


def index_text(clause: Clause, title: str) -> str:
    """What the engines see: the clause with its document's title and its headings."""
    return "\n".join([title, *clause.path, clause.text])


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class VectorCache:
    """Vectors a previous generation computed with the same encoder, by text hash."""

    def __init__(self, directory: Path | None = None) -> None:
        self._rows: dict[str, int] = {}
        self._vectors: np.ndarray | None = None
        if directory is None:
            return
        try:
            keys = np.load(directory / "text_hashes.npy", allow_pickle=False)
            self._vectors = np.load(directory / "vectors.npy", mmap_mode="r", allow_pickle=False)
            if len(keys) == len(self._vectors):
                self._rows = {k: n for n, k in enumerate(keys.tolist())}
        except (OSError, ValueError):
            self._rows, self._vectors = {}, None

    def get(self, key: str) -> np.ndarray | None:
        row = self._rows.get(key)
        return None if row is None or self._vectors is None else np.asarray(self._vectors[row])


class GenerationWriter:
    def __init__(self, directory: Path, encoder: Encoder, cache: VectorCache | None = None,
                 progress: Progress | None = None, flat_limit: int = FLAT_LIMIT,
                 engine: EngineBuilder | None = None) -> None:
        self.directory, self.encoder = directory, encoder
        self.cache = cache or VectorCache()
        self.progress, self.flat_limit = progress, flat_limit
        self.con = create_store(directory / "kb.sqlite")
        self.engine: EngineBuilder = engine or EmbeddedBuilder(encoder, flat_limit)
        self.engine_entry: dict[str, Any] = {}
        self.documents: list[Document] = []
        self._titles: dict[str, str] = {}
        self.keys: list[str] = []
        self.count = 0
        self.encoded = 0  # vectors computed (the rest came from the cache)
        self.written = 0
        self._raw_path = directory / "vectors.f32.part"
        self._raw = open(self._raw_path, "wb")  # closed in finish()
        self._buffer: list[tuple[str, np.ndarray | None]] = []  # row order: (text, vector if known)
        self._to_encode = 0

    def add(self, documents: Sequence[Document], clauses: Sequence[Clause], vectors: np.ndarray | None = None,
            tokens: Sequence[Sequence[str]] | None = None) -> None:
        """Add a batch of clauses (one file's, or one document's) and the documents
        they belong to, unless an earlier batch brought them. `vectors` and
        `tokens`, when given, are used instead of encoding and cutting the
        clauses' texts (the synthetic benchmark corpus has both ready)."""
        self.documents += documents
        self._titles.update((d.doc_id, d.title) for d in documents)
        texts = [index_text(c, self._titles[c.doc_id]) for c in clauses]
        insert_clauses(self.con, self.count, clauses)
        self.engine.add(documents, texts, clauses, tokens)
        self._vectors(texts, vectors)
        self.count += len(clauses)

    def _vectors(self, texts: Sequence[str], vectors: np.ndarray | None) -> None:
        keys = [text_key(t) for t in texts]
        self.keys += keys
        if vectors is not None:
            self._flush()
            self._raw.write(np.ascontiguousarray(vectors, dtype=np.float32).tobytes())
            self.written += len(texts)
            return
        for t, k in zip(texts, keys, strict=True):
            known = self.cache.get(k)
            self._buffer.append((t, known))
            self._to_encode += known is None
            if self._to_encode >= ENCODE_BATCH:
                self._flush()

    def _flush(self) -> None:
        todo = [t for t, v in self._buffer if v is None]
        fresh = iter(self.encoder.encode(todo)) if todo else iter(())
        for _, known in self._buffer:
            vec = known if known is not None else next(fresh)
            self._raw.write(np.asarray(vec, dtype=np.float32).tobytes())
        self.encoded += len(todo)
        self.written += len(self._buffer)
        self._buffer, self._to_encode = [], 0
        if self.progress and todo:
            self.progress("encode", self.written, len(self.keys))

    def finish(self, files: Iterable[tuple[str, str, str, dict[str, Any]]]) -> list[Document]:
        """Write what only the whole corpus gives (documents as what changes or
        repeals them leaves them, the engine's index); returns the documents. The engine's manifest
        entries are then in `engine_entry`."""
        self._flush()
        self._raw.close()
        vectors = self._vectors_file()
        documents = link_repeals(link_changes(link_attachments(self.documents)))
        insert_documents(self.con, documents)
        insert_files(self.con, files)
        self.con.commit()
        self.con.close()
        if self.progress:
            self.progress("index", 0, 2)
        self.engine_entry = self.engine.finish(self.directory, vectors, documents)
        np.save(self.directory / "text_hashes.npy", np.array(self.keys, dtype="U16"))
        if self.progress:
            self.progress("index", 2, 2)
        return documents

    def _vectors_file(self) -> VectorFile:
        """The appended float32 rows, rewritten as vectors.npy (normalised), in
        blocks read with plain file reads: a memory map would keep every page it
        touched resident, and at a million clauses that is 2 GB."""
        from numpy.lib.format import write_array_header_1_0

        dim = self.encoder.dim
        path = self.directory / "vectors.npy"
        with open(path, "wb") as out:
            write_array_header_1_0(out, {"descr": "<f4", "fortran_order": False, "shape": (self.count, dim)})
            offset = out.tell()
            raw = VectorFile(self._raw_path, self.count, dim, 0)
            for s in range(0, self.count, VECTOR_BLOCK):
                block = raw[s : s + VECTOR_BLOCK]
                norms = np.linalg.norm(block, axis=1, keepdims=True)
                out.write((block / np.where(norms > 0, norms, 1.0)).astype("<f4").tobytes())
        self._raw_path.unlink()
        return VectorFile(path, self.count, dim, offset)


class VectorFile:
    """Rows of a float32 matrix on disk, read on demand (slices and row lists)
    without mapping the file, for building the dense index in bounded memory."""

    def __init__(self, path: Path, rows: int, dim: int, offset: int) -> None:
        self.path, self.rows, self.dim, self.offset = path, rows, dim, offset
        self.shape = (rows, dim)

    def __len__(self) -> int:
        return self.rows

    def __getitem__(self, key: slice | np.ndarray) -> np.ndarray:
        width = self.dim * 4
        if isinstance(key, slice):
            start, stop, _ = key.indices(self.rows)
            count = max(0, stop - start)
            return np.fromfile(self.path, dtype="<f4", count=count * self.dim,
                               offset=self.offset + start * width).reshape(count, self.dim)
        out = np.empty((len(key), self.dim), dtype=np.float32)
        with open(self.path, "rb") as fh:
            for n, row in enumerate(np.asarray(key).tolist()):
                fh.seek(self.offset + row * width)
                out[n] = np.frombuffer(fh.read(width), dtype="<f4")
        return out
