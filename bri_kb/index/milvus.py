"""The Milvus engine: a generation's index as one Milvus collection, reached
through an alias that `bri ingest --engine milvus://HOST:PORT[/ALIAS]` switches
when the collection is complete (the atomic counterpart of CURRENT).

One row per clause, its primary key the clause's row in kb.sqlite:

    row          INT64 primary key
    words        VARCHAR, jieba analyzer (search mode, bri-kb's user dictionary
                 and stop words) -> words_bm25 (SPARSE, BM25 function)
    chars        VARCHAR, the character unigrams and bigrams, one per token
                 -> chars_bm25 (SPARSE, BM25 function)
    vector       FLOAT_VECTOR, the clause's normalised sentence vector (IP)
                 (FLAT below dense.FLAT_LIMIT rows, IVF_SQ8 above: the embedded
                 engine's choice)
    document, kind, level, date, issuers, applies_to: scalar and array fields
                 for the filters
    scope        INT64, the clause's applies_to set as its number in
                 scopes.json: --where is sent as `scope in [...]`, decided
                 once per set, as the embedded engine decides it (an array
                 test per row is slow on milvus-lite)

The clause records stay in kb.sqlite; the word channel's document
frequencies (for the reranker's features) in terms.sqlite beside it, and the
numbered applies_to sets in scopes.json. pymilvus
is imported only through pymilvus_module() here, and only when a Milvus
generation is used. The builder is milvus_builder.py.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb import KB_FORMAT, __version__
from bri_kb.errors import KBError
from bri_kb.index.encoders import Encoder
from bri_kb.index.engine import CHANNELS, Probe, Retrieved, RowFilter
from bri_kb.index.integrity import REBUILD
from bri_kb.index.tokenize import STOPWORDS, char_tokens, tokenize, user_dictionary_text
from bri_kb.vocabulary import fold

DEFAULT_ALIAS = "bri_kb"
TERMS_FILE = "terms.sqlite"
SCOPES_FILE = "scopes.json"
NPROBE = 32  # the embedded engine's (dense.NPROBE)
INSERT_BATCH = 512
BM25 = {"bm25_k1": 1.2, "bm25_b": 0.75}  # the embedded engine's k1 and b
SPARSE_FIELDS = {"bm25": "words_bm25", "bm25_char": "chars_bm25"}
# Punctuation jieba gives as tokens; bri-kb's own cut drops it (tokenize._kept).
PUNCTUATION = list("，。、；：？！“”‘’（）《》〈〉【】〔〕—…·,.;:?!\"'()[]<>-_/\\|%*+=#&@~`^{}")


@dataclass(frozen=True)
class Address:
    host: str
    port: int
    alias: str

    @property
    def uri(self) -> str:
        return f"milvus://{self.host}:{self.port}/{self.alias}"

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}"


def parse_uri(uri: str) -> Address:
    """milvus://HOST:PORT[/ALIAS]; raises KBError for anything else."""
    m = re.fullmatch(r"milvus://([\w.\-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})(?:/([A-Za-z_][A-Za-z0-9_]*))?/?", uri.strip())
    if not m:
        raise KBError(f"无法识别的引擎地址「{uri}」；应为 milvus://主机:端口[/别名]，如 milvus://127.0.0.1:19530")
    return Address(m.group(1), int(m.group(2)), m.group(3) or DEFAULT_ALIAS)


def pymilvus_module() -> Any:
    """pymilvus, imported on first use, with its logging quietened."""
    # gRPC's C core writes its own log lines to stderr (a GOAWAY from the server, a lost
    # connection); the engine reports what matters in one line (KBError). Set before grpc loads.
    os.environ.setdefault("GRPC_VERBOSITY", "NONE")
    try:
        import pymilvus
    except ImportError as exc:  # an extra: pip install -e ".[milvus]"
        raise KBError('Milvus 引擎需要 pymilvus；请安装：pip install -e ".[milvus]"') from exc

    # pymilvus logs every failed call with a traceback; bri-kb says it in one line instead.
    logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
    return pymilvus


def connect(address: Address) -> Any:
    """A client for the server; KBError naming the address when it does not answer."""
    pymilvus = pymilvus_module()
    timeout = float(os.environ.get("BRI_MILVUS_TIMEOUT", "5"))
    try:
        # A dedicated channel: one that saw the server go away keeps backing off
        # after it is back, and pymilvus would otherwise share it per address.
        return pymilvus.MilvusClient(uri=address.endpoint, token=os.environ.get("BRI_MILVUS_TOKEN", ""), timeout=timeout,
                                     dedicated=True)
    except pymilvus.exceptions.MilvusException as exc:
        raise unreachable(address) from exc


def unreachable(address: Address) -> KBError:
    return KBError(f"无法连接 Milvus 服务 {address.host}:{address.port}；请确认服务已启动且可从本机访问")


def analyzer() -> dict[str, Any]:
    """The word field's analyzer: jieba in search mode, as bri-kb cuts words,
    with its user dictionary and its stop words."""
    words = [line.split()[0] for line in user_dictionary_text().splitlines() if line.split() and not line.startswith("#")]
    return {"tokenizer": {"type": "jieba", "mode": "search", "dict": ["_default_", *words]},
            "filter": [{"type": "stop", "stop_words": sorted(STOPWORDS) + PUNCTUATION}]}


def char_text(text: str) -> str:
    """The character view, one token per space: each Chinese character, each
    pair of adjacent ones, and whole Latin words and numbers."""
    return " ".join(t.replace(".", "").replace("%", "") or t for t in char_tokens(text))


def collection_name(alias: str, generation: str) -> str:
    return f"{alias}_{generation.replace('-', '_')}"


class MilvusEngine:
    """One generation's collection on a Milvus server, read-only. Calls that
    fail because the server is away raise KBError naming its address, and the
    next call connects afresh, so a long-running `bri serve` recovers by itself."""

    def __init__(self, address: Address, collection: str, generation: str, rows: int, home: Path, encoder_id: str) -> None:
        self.address, self.collection, self.generation, self.rows = address, collection, generation, rows
        self.uri = address.uri
        self.terms_path = home / generation / TERMS_FILE
        self.scopes_path = home / generation / SCOPES_FILE
        self._scopes: list[tuple[str, ...]] | None = None
        self.encoder_id, self.cache_dir = encoder_id, home / "cache"
        self._encoder: Encoder | None = None
        self._client: Any = None
        self._terms: sqlite3.Connection | None = None
        self._idf_n: int | None = None

    @classmethod
    def open(cls, entry: dict[str, Any], manifest: dict[str, Any], home: Path) -> MilvusEngine:
        """The collection the alias points at, checked against this bri-kb and
        the manifest's encoder. Raises KBError when the server does not answer
        or the collection is of another format or encoder."""
        address = parse_uri(entry["uri"])
        client = connect(address)
        pymilvus = pymilvus_module()
        try:
            target = client.describe_alias(address.alias)["collection_name"]
            props = client.describe_collection(target).get("properties", {})
        except pymilvus.exceptions.MilvusException as exc:
            if _is_connection(exc):
                raise unreachable(address) from exc
            raise KBError(f"Milvus 服务 {address.host}:{address.port} 上没有别名 {address.alias}；{REBUILD}") from None
        fmt, encoder = props.get("bri_kb.kb_format"), props.get("bri_kb.encoder")
        if fmt != str(KB_FORMAT) or props.get("bri_kb.version") != __version__ or encoder != manifest["encoder"]:
            raise KBError(f"Milvus 集合 {target} 由 bri-kb {props.get('bri_kb.version')}（格式 {fmt}，编码器 {encoder}）写成；"
                          f"当前是 {__version__}（格式 {KB_FORMAT}，编码器 {manifest['encoder']}）。{REBUILD}")
        generation = props.get("bri_kb.generation", "")
        engine = cls(address, target, generation, int(props.get("bri_kb.rows", "0")), home, manifest["encoder"])
        engine._client = client
        return engine

    def __len__(self) -> int:
        return self.rows

    # -- calls to the server ---------------------------------------------------------------

    def _call(self, method: str, *args: Any, **kw: Any) -> Any:
        """A client call; a lost connection is made afresh once (the server may
        be back) before it is reported as KBError naming the address."""
        pymilvus = pymilvus_module()
        for attempt in (1, 2):
            try:
                if self._client is None:
                    self._client = connect(self.address)
                return self._loaded(method, *args, **kw)
            except KBError:
                if attempt == 2:
                    raise
            except pymilvus.exceptions.MilvusException as exc:
                if not _is_connection(exc):
                    raise KBError(f"Milvus 服务 {self.address.host}:{self.address.port} 拒绝了请求（{exc.message}）") from exc
                if attempt == 2:
                    raise unreachable(self.address) from exc
            self._drop_client()
            time.sleep(0.5)
        raise AssertionError("unreachable")

    def _drop_client(self) -> None:
        """Close the client and its channel; the next call opens a new one."""
        client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - a dead channel may fail to close; it is dropped either way
                pass

    def _loaded(self, method: str, *args: Any, **kw: Any) -> Any:
        try:
            return getattr(self._client, method)(*args, **kw)
        except pymilvus_module().exceptions.MilvusException as exc:
            if "load" not in str(exc).lower():
                raise
            # A restarted server may hold the collection released: load it, once.
            self._client.load_collection(self.collection)
            return getattr(self._client, method)(*args, **kw)

    def _search(self, channel: str, queries: Sequence[Any], limit: int, expr: str,
                fields: dict[int, dict[str, Any]] | None = None) -> list[dict[int, float]]:
        """Each query's best `limit` rows and their scores in one channel; with
        `fields`, each row's document and scope are put there too."""
        if limit <= 0 or not queries:
            return [{} for _ in queries]
        field = SPARSE_FIELDS.get(channel, "vector")
        params: dict[str, Any] = {"metric_type": "BM25" if channel in SPARSE_FIELDS else "IP"}
        if channel == "dense":
            params["params"] = {"nprobe": NPROBE}  # used by IVF_SQ8, ignored by FLAT
        output = ["row", "document", "scope"] if fields is not None else ["row"]
        found = self._call("search", self.collection, data=list(queries), anns_field=field, limit=min(limit, 16384),
                           filter=expr, output_fields=output, search_params=params)
        if fields is not None:
            for hits in found:
                fields.update((int(h["row"]), h.get("entity", h)) for h in hits)
        # BM25 is never negative; milvus-lite reports it negated as a distance.
        return [{int(h["row"]): abs(float(h["distance"])) if channel in SPARSE_FIELDS else float(h["distance"])
                 for h in hits} for hits in found]

    def _channel(self, channel: str, probe: Probe, query_vector: np.ndarray | None, limit: int, expr: str,
                 fields: dict[int, dict[str, Any]] | None = None) -> dict[int, float]:
        """One channel's scores: the question, plus the thesaurus' terms at their weight."""
        if channel == "dense":
            assert query_vector is not None
            return self._search(channel, [query_vector.tolist()], limit, expr, fields)[0]
        cut = tokenize if channel == "bm25" else char_tokens
        own = set(cut(probe.text))
        text = fold(probe.text) if channel == "bm25" else char_text(probe.text)
        parts: list[tuple[str, float]] = [(text, 1.0)] if own else []
        if channel == "bm25" or probe.char_expansions:
            by_weight: dict[float, list[str]] = {}
            for term, weight in probe.word_terms if channel == "bm25" else probe.expansions:
                # a term the question has keeps the question's weight
                by_weight.setdefault(weight, []).extend(t for t in cut(term) if t not in own)
            parts += [(" ".join(dict.fromkeys(toks)), w) for w, toks in by_weight.items() if toks]
        scores: dict[int, float] = {}
        for (_, weight), hits in zip(parts, self._search(channel, [t for t, _ in parts], limit, expr), strict=True):
            for row, s in hits.items():
                scores[row] = scores.get(row, 0.0) + weight * s
        return scores

    def top_k(self, probe: Probe, k: int, filters: RowFilter | None = None,
              channels: Sequence[str] = CHANNELS) -> Retrieved:
        """Each channel's k best rows under the filters (and without them, when
        there are filters), then every channel's score for all those rows, so
        the fusion sees each candidate in every channel."""
        f = filters or RowFilter()
        expr = filter_expression(f, self.scopes())
        vector = self._query_vector(probe) if "dense" in channels else None
        candidates: set[int] = set()
        for channel in channels:
            candidates |= set(self._channel(channel, probe, vector, k, expr))
            if expr:
                candidates |= set(self._channel(channel, probe, vector, k, ""))
        scores = {name: np.zeros(self.rows, dtype=np.float32) for name in channels}
        keep = np.ones(self.rows, dtype=bool)
        if not candidates:
            return Retrieved(scores, keep if not expr else np.zeros(self.rows, dtype=bool))
        within = f"row in {sorted(candidates)}"
        # The dense search returns every candidate: with its document and scope, the
        # filters are decided here, with no query to the server for them.
        fields: dict[int, dict[str, Any]] | None = {} if expr and "dense" in channels else None
        for name in channels:
            for row, s in self._channel(name, probe, vector, len(candidates), within,
                                        fields if name == "dense" else None).items():
                scores[name][row] = s
        if expr:
            keep[:] = False
            if fields is not None and candidates <= fields.keys():
                scopes = self.scopes()
                passed = [r for r in candidates
                          if f.admits(str(fields[r]["document"]), scopes[int(fields[r]["scope"])])]
            else:
                found = self._call("query", self.collection, filter=f"({within}) and ({expr})", output_fields=["row"])
                passed = [int(r["row"]) for r in found]
            keep[passed] = True
        return Retrieved(scores, keep)

    def _query_vector(self, probe: Probe) -> np.ndarray:
        from bri_kb.index.encoders import load_encoder, unit_vector

        if self._encoder is None:
            self._encoder = load_encoder(self.encoder_id, self.cache_dir)
        return unit_vector(self._encoder, probe.dense_query)

    def scopes(self) -> list[tuple[str, ...]]:
        """The numbered applies_to sets (the `scope` field's values)."""
        if self._scopes is None:
            try:
                self._scopes = [tuple(s) for s in json.loads(self.scopes_path.read_text(encoding="utf-8"))]
            except (OSError, ValueError) as exc:
                raise KBError(f"{self.scopes_path} 无法读取（{exc}）；{REBUILD}") from None
        return self._scopes

    # -- the word channel's statistics ---------------------------------------------------

    def idf(self, token: str) -> float:
        """Lucene's BM25 idf, from the document frequencies kept beside kb.sqlite."""
        if self._terms is None:
            try:
                self._terms = sqlite3.connect(f"file:{self.terms_path}?mode=ro", uri=True, check_same_thread=False)
                self._idf_n = int(self._terms.execute("SELECT df FROM terms WHERE word = ''").fetchone()[0])
            except sqlite3.DatabaseError as exc:
                raise KBError(f"{self.terms_path} 无法读取（{exc}）；{REBUILD}") from None
        row = self._terms.execute("SELECT df FROM terms WHERE word = ?", (token,)).fetchone() if token else None
        if row is None or self._idf_n is None:
            return 0.0
        df = int(row[0])
        return math.log(1 + (self._idf_n - df + 0.5) / (df + 0.5))

    def problems(self, clauses: int) -> list[str]:
        counted = self._call("query", self.collection, filter="", output_fields=["count(*)"])
        n = int(counted[0]["count(*)"]) if counted else 0
        problems = [] if n == clauses == self.rows else [f"{clauses} 条条款，Milvus 集合 {self.collection} 却有 {n} 行"]
        problems += [f"缺少 {p.name}" for p in (self.terms_path, self.scopes_path) if not p.exists()]
        return problems

    def close(self) -> None:
        if self._terms is not None:
            self._terms.close()
            self._terms = None
        self._drop_client()


def _is_connection(exc: Any) -> bool:
    """A failure to reach the server, not a refusal by it. (A call cut off by
    the server going away comes as a MilvusException with no message.)"""
    text = str(getattr(exc, "message", "") or "").lower()
    unavailable = pymilvus_module().exceptions.MilvusUnavailableException
    return isinstance(exc, unavailable) or not text or any(
        w in text for w in ("unavailable", "connect", "deadline", "timeout", "timed out", "not ready", "refused"))


def filter_expression(f: RowFilter, scopes: Sequence[Sequence[str]]) -> str:
    """bri-kb's filter decisions as a Milvus filter expression ('' for none):
    the documents that pass, and the applies_to sets (by number) that pass."""
    parts = []
    if f.documents is not None:
        parts.append(f"document in {json.dumps(sorted(f.documents), ensure_ascii=False)}")
    if f.places is not None:
        parts.append(f"scope in {[n for n, s in enumerate(scopes) if f.admits_places(s)]}")
    return " and ".join(parts)
