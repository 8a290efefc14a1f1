"""The one contract every index engine keeps, and what passes through it.

An engine holds a generation's clauses as rows (a clause's row is its row in
the store, kb.sqlite) and answers `top_k`: for a question, each channel's
score per row, among the rows the filters admit. Fusing the channels, the
boosts and the reranker happen above it, in query/, and are the same for
every engine. An engine is the only code that knows its files or its server:
it reports its own integrity problems and its entry in the manifest.

Two engines keep the contract: the embedded one (bm25s + FAISS files in the
generation's directory, index/embedded.py) and Milvus (index/milvus.py). The
manifest's "engine" entry says which a generation uses; none means embedded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from bri_kb.model import Clause, Document

CHANNELS = ("bm25", "bm25_char", "dense")


@dataclass(frozen=True)
class Probe:
    """What the channels are asked: the question, the thesaurus' terms with
    their weights, the text the dense channel encodes, and terms for the word
    channel alone (the clause words learned from labelled questions)."""

    text: str
    expansions: tuple[tuple[str, float], ...] = ()
    char_expansions: bool = True  # the character channel also scores the expansions
    dense_text: str | None = None  # default: the question
    word_expansions: tuple[tuple[str, float], ...] = ()  # scored by the word channel only
    sentences: bool = False  # dense: the better of the clause's vector and its best sentence's, where indexed

    @property
    def word_terms(self) -> tuple[tuple[str, float], ...]:
        """Every expansion the word channel scores."""
        return self.expansions + self.word_expansions

    @property
    def dense_query(self) -> str:
        return self.text if self.dense_text is None else self.dense_text


@dataclass(frozen=True)
class RowFilter:
    """The rows a question may return, as bri-kb decided them: the documents
    that pass the document filters, and the places a clause must apply to one
    of (a clause whose applicability is unknown is always admitted). None
    admits everything."""

    documents: frozenset[str] | None = None
    places: frozenset[str] | None = None

    def __bool__(self) -> bool:
        return self.documents is not None or self.places is not None

    def admits(self, doc_id: str, applies_to: Sequence[str]) -> bool:
        """Whether a clause of this document, applying to these places, passes."""
        if self.documents is not None and doc_id not in self.documents:
            return False
        return self.admits_places(applies_to)

    def admits_places(self, applies_to: Sequence[str]) -> bool:
        """Whether a clause applying to these places passes the place filter."""
        return self.places is None or not applies_to or any(p in self.places for p in applies_to)


@dataclass(frozen=True)
class Retrieved:
    """An engine's answer to `top_k`: each channel's score per row (unfiltered,
    0 for a row the engine did not return), and which rows the filters keep.
    Arrays have one entry per row of the generation."""

    channels: dict[str, np.ndarray]
    keep: np.ndarray


class Engine(Protocol):
    """An opened generation's index, read-only."""

    uri: str  # "embedded" or "milvus://host:port/alias": where the index lives

    def __len__(self) -> int:
        """Rows (clauses) it holds."""
        ...

    def top_k(self, probe: Probe, k: int, filters: RowFilter | None = None,
              channels: Sequence[str] = CHANNELS) -> Retrieved:
        """Each channel's scores for at least the k best rows the filters
        admit (an engine may return more; the embedded one returns every row),
        and the unfiltered scores of the k best rows, so that what the filters
        hid can be told. Raises KBError when the index cannot be reached."""
        ...

    def idf(self, token: str) -> float:
        """The word channel's idf of a token (Lucene's BM25 idf); 0 if unknown."""
        ...

    def problems(self, clauses: int) -> list[str]:
        """What is wrong with the index, in Chinese (nothing when it is whole
        and holds one entry per clause)."""
        ...

    def close(self) -> None: ...


class EngineBuilder(Protocol):
    """Builds one generation's index while the clauses stream in."""

    def add(self, documents: Sequence[Document], texts: Sequence[str], clauses: Sequence[Clause],
            tokens: Iterable[Sequence[str]] | None = None) -> None:
        """Add a batch of clauses in row order, with the documents the batch
        brings, the texts the engine indexes (and the word channel's tokens,
        when already cut)."""
        ...

    def finish(self, directory: Path, vectors: Any, documents: Sequence[Document]) -> dict[str, Any]:
        """Build the index from everything added and the clauses' vectors (row
        order); returns the manifest's entries for it."""
        ...

    def publish(self) -> None:
        """Make the built index the live one, atomically (a no-op for an engine
        whose files switch with the generation's directory)."""
        ...

    def discard(self) -> None:
        """Remove a build that will not be published."""
        ...


def engine_entry(manifest: dict[str, Any]) -> dict[str, Any]:
    """The manifest's engine entry; a generation without one is embedded."""
    entry = manifest.get("engine")
    return entry if isinstance(entry, dict) else {"kind": "embedded"}
