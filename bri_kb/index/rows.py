"""Per-clause columns the filters need, as small arrays beside the store.

    rows/doc.npy     int32  the document (its position in `documents`) of each row
    rows/kind.npy    int16  the clause kind, as a position in `kinds`
    rows/scope.npy   int32  the clause's applies_to, as a position in `scopes`
    rows/codes.json  {"documents": [doc_id…], "kinds": [kind…], "scopes": [[place…]…]}

Clauses share few distinct kinds and applicability sets, so a filter decides
once per code and then selects rows with one numpy lookup, which keeps
`--where` fast at a million clauses. The arrays are memory-mapped on open.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bri_kb.model import Clause
from bri_kb.vocabulary import Kind


class RowsBuilder:
    def __init__(self) -> None:
        self.doc, self.kind, self.scope = array("i"), array("h"), array("i")
        self.documents: dict[str, int] = {}
        self.kinds: dict[Kind, int] = {}
        self.scopes: dict[tuple[str, ...], int] = {}

    def add(self, clause: Clause) -> None:
        self.doc.append(self.documents.setdefault(clause.doc_id, len(self.documents)))
        self.kind.append(self.kinds.setdefault(clause.kind, len(self.kinds)))
        self.scope.append(self.scopes.setdefault(tuple(clause.applies_to), len(self.scopes)))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for name, column, dtype in (("doc", self.doc, np.int32), ("kind", self.kind, np.int16), ("scope", self.scope, np.int32)):
            np.save(directory / f"{name}.npy", np.array(column, dtype=dtype))
        codes = {"documents": list(self.documents), "kinds": list(self.kinds), "scopes": [list(s) for s in self.scopes]}
        (directory / "codes.json").write_text(json.dumps(codes, ensure_ascii=False), encoding="utf-8")


@dataclass(frozen=True)
class Rows:
    doc: np.ndarray
    kind: np.ndarray
    scope: np.ndarray
    documents: tuple[str, ...]
    kinds: tuple[Kind, ...]
    scopes: tuple[tuple[str, ...], ...]

    def __len__(self) -> int:
        return len(self.doc)

    def doc_id(self, row: int) -> str:
        return self.documents[int(self.doc[row])]

    def kind_of(self, row: int) -> Kind:
        return self.kinds[int(self.kind[row])]

    def applies_to(self, row: int) -> tuple[str, ...]:
        return self.scopes[int(self.scope[row])]


def load_rows(directory: Path) -> Rows:
    codes = json.loads((directory / "codes.json").read_text(encoding="utf-8"))

    def arr(name: str) -> np.ndarray:
        return np.asarray(np.load(directory / name, mmap_mode="r", allow_pickle=False))

    return Rows(arr("doc.npy"), arr("kind.npy"), arr("scope.npy"), tuple(codes["documents"]),
                tuple(Kind(k) for k in codes["kinds"]), tuple(tuple(s) for s in codes["scopes"]))
