"""The one small protocol every retrieval engine implements."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np


class Engine(Protocol):
    """Scores the indexed clauses (rows 0..n-1, in store order) for a query."""

    name: str

    def build(self, texts: Sequence[str]) -> None: ...

    def save(self, directory: Path) -> None: ...

    def load(self, directory: Path) -> None: ...

    def __len__(self) -> int: ...

    def scores(self, query: str, expansions: Sequence[tuple[str, float]] = ()) -> np.ndarray:
        """A score per row (higher is better); expansions are extra
        (text, weight) pairs from the domain thesaurus."""
        ...
