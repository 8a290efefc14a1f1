"""Building a generation's Milvus collection (see milvus.py for its layout):
rows are spooled to a file as the clauses stream in and inserted with their
vectors at the end; `publish` switches the alias."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb import KB_FORMAT, __version__
from bri_kb.index.dense import FLAT_LIMIT, index_kind, ivf_lists
from bri_kb.index.encoders import Encoder
from bri_kb.index.milvus import (
    BM25,
    INSERT_BATCH,
    NPROBE,
    SCOPES_FILE,
    SPARSE_FIELDS,
    TERMS_FILE,
    analyzer,
    char_text,
    collection_name,
    connect,
    parse_uri,
    pymilvus_module,
)
from bri_kb.index.tokenize import tokenize
from bri_kb.model import Clause, Document
from bri_kb.vocabulary import fold


def _date(d: Document | None) -> int:
    day = (d.published or d.signed) if d else None
    return int(day.replace("-", "")) if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day) else 0


class MilvusBuilder:
    """Builds a generation's collection: rows are spooled to a file as the
    clauses stream in, and inserted with their vectors at the end; `publish`
    switches the alias to the new collection and drops all but the previous."""

    def __init__(self, uri: str, encoder: Encoder, generation: str, directory: Path, flat_limit: int = FLAT_LIMIT) -> None:
        self.address = parse_uri(uri)
        self.encoder, self.generation, self.directory, self.flat_limit = encoder, generation, directory, flat_limit
        self.client = connect(self.address)
        self.collection = collection_name(self.address.alias, generation)
        self.documents: dict[str, Document] = {}
        self.df: Counter[str] = Counter()
        # Each distinct applies_to set, numbered: the `scope` field, so that --where is
        # one `scope in [...]` test per row (an array test per row is slow in milvus-lite).
        self.scopes: dict[tuple[str, ...], int] = {}
        self.count = 0
        self._spool_path = directory / "milvus-rows.jsonl.part"
        self._spool = open(self._spool_path, "w", encoding="utf-8")  # closed in finish()
        self._created = False
        self.chars_tokenizer = ""
        self.dense_kind, self.nlist = "flat", 1

    def add(self, documents: Sequence[Document], texts: Sequence[str], clauses: Sequence[Clause],
            tokens: Iterable[Sequence[str]] | None = None) -> None:
        self.documents.update((d.doc_id, d) for d in documents)
        cut = tokens if tokens is not None else map(tokenize, texts)
        for text, clause, toks in zip(texts, clauses, cut, strict=False):
            self.df.update(set(toks))
            d = self.documents.get(clause.doc_id)
            row = {"row": self.count, "words": fold(text), "chars": char_text(text), "document": clause.doc_id,
                   "kind": clause.kind.value, "level": d.level if d else "", "date": _date(d),
                   "issuers": list(d.issuers)[:64] if d else [], "applies_to": list(clause.applies_to)[:256],
                   "scope": self.scopes.setdefault(tuple(clause.applies_to), len(self.scopes))}
            self._spool.write(json.dumps(row, ensure_ascii=False) + "\n")
            self.count += 1

    def _spooled(self) -> Iterator[dict[str, Any]]:
        with open(self._spool_path, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    def finish(self, directory: Path, vectors: Any, documents: Sequence[Document]) -> dict[str, Any]:
        self._spool.close()
        dim = int(vectors.shape[1]) if len(vectors) else self.encoder.dim
        self._create(dim)
        batch: list[dict[str, Any]] = []
        for row in self._spooled():
            batch.append(row)
            if len(batch) == INSERT_BATCH:
                self._insert(batch, vectors)
                batch = []
        if batch:
            self._insert(batch, vectors)
        self._spool_path.unlink()
        self.client.flush(self.collection)
        self.client.load_collection(self.collection)
        self._write_terms(directory / TERMS_FILE)
        (directory / SCOPES_FILE).write_text(json.dumps([list(s) for s in self.scopes], ensure_ascii=False), encoding="utf-8")
        dense = "FLAT (IP)" if self.dense_kind == "flat" else f"IVF_SQ8 (IP, nlist={self.nlist}, nprobe={NPROBE})"
        return {"engine": {"kind": "milvus", "uri": self.address.uri, "alias": self.address.alias,
                           "collection": self.collection},
                "lexical": f"Milvus BM25(k1={BM25['bm25_k1']},b={BM25['bm25_b']}) over jieba (search mode); "
                           f"and over character unigrams and bigrams ({self.chars_tokenizer} tokenizer)",
                "dense": f"milvus {dense}"}

    def _insert(self, batch: list[dict[str, Any]], vectors: Any) -> None:
        block = vectors[batch[0]["row"] : batch[-1]["row"] + 1]
        for row, v in zip(batch, block, strict=True):
            row["vector"] = np.asarray(v, dtype=np.float32).tolist()
        self.client.insert(self.collection, batch)

    def _create(self, dim: int) -> None:
        """The collection, its indexes and its properties (format, encoder,
        generation, rows: what `MilvusEngine.open` checks). The character
        field is cut on whitespace; milvus-lite knows no `whitespace`
        tokenizer (and a collection refused for it stays half-made), and its
        `standard` one cuts the same space-separated n-grams the same way."""
        if self.client.has_collection(self.collection):
            self.client.drop_collection(self.collection)
        lite = str(self.client.get_server_version()).lower().startswith("milvus_lite")
        self.chars_tokenizer = "standard" if lite else "whitespace"
        # FLAT or IVF_SQ8: Milvus has no half-precision scan of FLOAT_VECTOR, so FLAT below FLAT_LIMIT
        self.dense_kind = index_kind(self.count, self.flat_limit, fp16_limit=self.flat_limit)
        self.nlist = ivf_lists(self.count)
        self._create_with(dim, self.chars_tokenizer)
        self._created = True

    def _create_with(self, dim: int, chars_tokenizer: str) -> None:
        pymilvus = pymilvus_module()
        DataType, Function, FunctionType = pymilvus.DataType, pymilvus.Function, pymilvus.FunctionType
        schema = self.client.create_schema(auto_id=False, description=f"bri-kb {self.generation}")
        schema.add_field("row", DataType.INT64, is_primary=True)
        schema.add_field("words", DataType.VARCHAR, max_length=65535, enable_analyzer=True, analyzer_params=analyzer())
        schema.add_field("chars", DataType.VARCHAR, max_length=65535, enable_analyzer=True,
                         analyzer_params={"tokenizer": chars_tokenizer})
        schema.add_field("words_bm25", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("chars_bm25", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
        schema.add_field("document", DataType.VARCHAR, max_length=128)
        schema.add_field("kind", DataType.VARCHAR, max_length=32)
        schema.add_field("level", DataType.VARCHAR, max_length=32)
        schema.add_field("date", DataType.INT64)  # published (or signed) as YYYYMMDD; 0 when unknown
        schema.add_field("issuers", DataType.ARRAY, element_type=DataType.VARCHAR, max_capacity=64, max_length=256)
        schema.add_field("applies_to", DataType.ARRAY, element_type=DataType.VARCHAR, max_capacity=256, max_length=256)
        schema.add_field("scope", DataType.INT64)  # the applies_to set's number in scopes.json
        for name, source in (("words_bm25", "words"), ("chars_bm25", "chars")):
            schema.add_function(Function(name=f"{source}_to_bm25", function_type=FunctionType.BM25,
                                         input_field_names=[source], output_field_names=[name]))
        index = self.client.prepare_index_params()
        for name in SPARSE_FIELDS.values():
            index.add_index(name, index_type="SPARSE_INVERTED_INDEX", metric_type="BM25", params=dict(BM25))
        # The embedded engine's choice (dense.index_kind): exact below FLAT_LIMIT rows, IVF-SQ8 above.
        if self.dense_kind == "flat":
            index.add_index("vector", index_type="FLAT", metric_type="IP")
        else:
            index.add_index("vector", index_type="IVF_SQ8", metric_type="IP", params={"nlist": self.nlist})
        props = {"bri_kb.kb_format": str(KB_FORMAT), "bri_kb.version": __version__, "bri_kb.encoder": self.encoder.id,
                 "bri_kb.generation": self.generation, "bri_kb.rows": str(self.count),
                 "bri_kb.dense_index": self.dense_kind}
        self.client.create_collection(self.collection, schema=schema, index_params=index, properties=props)

    def _write_terms(self, path: Path) -> None:
        con = sqlite3.connect(path)
        try:
            con.execute("CREATE TABLE terms (word TEXT PRIMARY KEY, df INTEGER) WITHOUT ROWID")
            con.execute("INSERT INTO terms VALUES ('', ?)", (self.count,))  # '' holds the number of rows
            con.executemany("INSERT INTO terms VALUES (?, ?)", ((w, n) for w, n in self.df.items() if w))
            con.commit()
        finally:
            con.close()

    def publish(self) -> None:
        """Point the alias at the new collection (one call: readers see the
        old collection or the new one, never neither), then drop the older
        collections of this alias but the one it pointed at before."""
        previous = None
        try:
            previous = self.client.describe_alias(self.address.alias)["collection_name"]
            self.client.alter_alias(self.collection, self.address.alias)
        except pymilvus_module().exceptions.MilvusException:
            if previous is not None:
                raise
            self.client.create_alias(self.collection, self.address.alias)
        prefix = f"{self.address.alias}_gen_"
        for name in self.client.list_collections():
            if name.startswith(prefix) and name not in (self.collection, previous):
                self.client.drop_collection(name)

    def discard(self) -> None:
        if not self._spool.closed:
            self._spool.close()
        if self._created:
            self.client.drop_collection(self.collection)
