"""Dense vectors in FAISS (inner product over L2-normalised vectors).

The index type follows the size of the knowledge base: exact flat search
below FP16_LIMIT clauses, where a full scan costs a few milliseconds; from
there to FLAT_LIMIT still a full scan, but of half-precision vectors
(FAISS's fp16 scalar quantiser), which halves the memory read per question
(the scan is bound by memory bandwidth) for cosines within about 1e-3 of
exact; above FLAT_LIMIT an inverted file with 8-bit scalar quantisation
(IVF-SQ8), which keeps a quarter of the memory of flat float32 and scans only
`nprobe` of its lists. The two approximate kinds give their APPROX_DEPTH
nearest rows a score and the rest 0.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb.index.encoders import Encoder

INDEX_FILE = "dense.faiss"
FP16_LIMIT = 50_000
FLAT_LIMIT = 200_000
NPROBE = 32
# An approximate index returns this many neighbours; the rest of the rows get
# the fusion's floor (0), as a flat scan would give them nearly nothing anyway.
APPROX_DEPTH = 1000
ADD_BATCH = 8192  # rows normalised and added at a time: 16 MB at 512 dimensions


def index_kind(n: int, flat_limit: int = FLAT_LIMIT, fp16_limit: int = FP16_LIMIT) -> str:
    """'flat' (exact), 'flat-fp16' (a full scan of half-precision vectors) or 'ivf-sq8', by size."""
    if n >= flat_limit:
        return "ivf-sq8"
    return "flat-fp16" if n >= fp16_limit else "flat"


def ivf_lists(n: int) -> int:
    """An inverted file's lists for n vectors: sqrt(n), with at least 39
    training points each (FAISS's minimum)."""
    return max(1, min(int(math.sqrt(n)), n // 39))


def _normalised(block: np.ndarray) -> np.ndarray:
    import faiss

    out = np.array(block, dtype=np.float32, copy=True, order="C")
    faiss.normalize_L2(out)
    return out


class DenseIndex:
    """Sentence vectors in FAISS: exact inner product (flat) below fp16_limit
    clauses, a half-precision full scan below flat_limit, IVF-SQ8 above. Built
    from the vectors in row order, saved as dense.faiss, and scored per row
    for a question (`scores`: cosine, exact for flat; for the others the
    nearest APPROX_DEPTH rows, 0 elsewhere)."""

    name = "dense"

    def __init__(self, encoder: Encoder, flat_limit: int = FLAT_LIMIT, fp16_limit: int = FP16_LIMIT) -> None:
        self.encoder = encoder
        self.flat_limit, self.fp16_limit = flat_limit, fp16_limit
        self._index: Any = None

    def __len__(self) -> int:
        return int(self._index.ntotal) if self._index is not None else 0

    @property
    def kind(self) -> str:
        if self._index is not None and hasattr(self._index, "nprobe"):
            return "ivf-sq8"
        return "flat-fp16" if type(self._index).__name__ == "IndexScalarQuantizer" else "flat"

    def build(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> None:
        vecs = self.encoder.encode(texts) if vectors is None else vectors
        self.build_from(vecs)

    def build_from(self, vectors: Any) -> None:
        """Index vectors added in batches: an array, or anything with len, shape,
        slices and row lists (writer.VectorFile reads them from disk)."""
        import faiss

        n = len(vectors)
        dim = vectors.shape[1] if n else self.encoder.dim
        index: Any
        kind = index_kind(n, self.flat_limit, self.fp16_limit)
        if kind == "flat":
            index = faiss.IndexFlatIP(dim)
        elif kind == "flat-fp16":
            index = faiss.IndexScalarQuantizer(dim, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
        else:
            nlist = ivf_lists(n)
            index = faiss.index_factory(dim, f"IVF{nlist},SQ8", faiss.METRIC_INNER_PRODUCT)
            # k-means needs ~40-256 points per list; a sample spread over the whole corpus
            sample = np.linspace(0, n - 1, min(n, nlist * 64)).astype(np.int64)
            index.train(_normalised(vectors[sample]))
            index.nprobe = NPROBE
        for s in range(0, n, ADD_BATCH):
            index.add(_normalised(vectors[s : s + ADD_BATCH]))
        self._index = index

    def write(self, directory: Path, vectors: Any) -> str:
        """Build and save the index for these vectors; returns its kind. A flat
        index is written block by block, so the build never holds it whole."""
        if len(vectors) and index_kind(len(vectors), self.flat_limit, self.fp16_limit) == "flat":
            write_flat(directory / INDEX_FILE, vectors)
            return "flat"
        self.build_from(vectors)
        self.save(directory)
        return self.kind

    def vectors(self) -> np.ndarray:
        return self._index.reconstruct_n(0, len(self)) if len(self) else np.zeros((0, self.encoder.dim), np.float32)

    def save(self, directory: Path) -> None:
        import faiss

        faiss.write_index(self._index, str(directory / INDEX_FILE))

    def load(self, directory: Path) -> None:
        import faiss

        self._index = faiss.read_index(str(directory / INDEX_FILE))
        if hasattr(self._index, "nprobe"):
            self._index.nprobe = NPROBE

    def scores(self, query: str, expansions: Sequence[tuple[str, float]] = ()) -> np.ndarray:
        return self.scores_for(self.encoder.encode([query]))

    def scores_for(self, query_vector: np.ndarray) -> np.ndarray:
        """Cosine per row: exact for flat, the APPROX_DEPTH nearest for the others (0 elsewhere)."""
        n = len(self)
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        q = _normalised(np.asarray(query_vector, dtype=np.float32).reshape(1, -1))
        if self.kind == "flat":
            return flat_scores(self._index, q[0])
        sims, ids = self._index.search(q, min(n, APPROX_DEPTH))
        out = np.zeros(n, dtype=np.float32)
        found = ids[0] >= 0
        out[ids[0][found]] = sims[0][found]
        return out


def flat_scores(index: Any, unit_query: np.ndarray) -> np.ndarray:
    """Every row's inner product with the query in a flat FAISS index: a
    matrix-vector product over FAISS's own storage (no copy), the
    bandwidth-bound full scan without the k=n sort a search would do."""
    import faiss

    n, d = int(index.ntotal), int(index.d)
    if n == 0:
        return np.zeros(0, dtype=np.float32)
    xb = faiss.rev_swig_ptr(index.get_xb(), n * d).reshape(n, d)
    return np.asarray(xb @ unit_query, dtype=np.float32)


def write_flat(path: Path, vectors: Any) -> None:
    """The file faiss.write_index gives for an IndexFlatIP of these (normalised)
    vectors, written a block at a time: FAISS's own serialisation of an empty
    index of this dimension, with its row count and storage length set, then
    the rows. A test holds it byte for byte to faiss.write_index; here the file
    is read back (memory-mapped) to check that FAISS sees every row."""
    import faiss

    n, dim = len(vectors), int(vectors.shape[1])
    head = bytearray(faiss.serialize_index(faiss.IndexFlatIP(dim)).tobytes())
    head[8:16] = struct.pack("<q", n)  # ntotal, after the fourcc and d
    head[-8:] = struct.pack("<Q", n * dim)  # the storage's length in floats closes the header
    with open(path, "wb") as out:
        out.write(head)
        for s in range(0, n, ADD_BATCH):
            out.write(_normalised(vectors[s : s + ADD_BATCH]).tobytes())
    check = faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC)
    if (check.ntotal, check.d, path.stat().st_size) != (n, dim, len(head) + 4 * n * dim):
        raise ValueError(f"{path.name}: FAISS reads {check.ntotal} rows of {check.d}, expected {n} of {dim}")
