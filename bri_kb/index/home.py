"""Where the knowledge base lives and which generation is live. Kept apart
from the builder so that opening a KB for a question imports no ingest code."""

from __future__ import annotations

import os
from pathlib import Path


def kb_home() -> Path:
    return Path(os.environ.get("BRI_KB_HOME", ".bri_kb"))


def current_generation(home: Path) -> str | None:
    pointer = home / "CURRENT"
    return pointer.read_text(encoding="utf-8").strip() if pointer.exists() else None


def live_dir(home: Path) -> Path | None:
    gen = current_generation(home)
    return home / gen if gen and (home / gen).is_dir() else None
