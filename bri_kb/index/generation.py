"""Opening the live generation of a knowledge base for questions: its
manifest, checked; its store (kb.sqlite, the clause records); and its index
engine, as the manifest names it. Kept apart from the builder, so that a
question loads no ingest code."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bri_kb import KB_FORMAT, __version__
from bri_kb.errors import KBError
from bri_kb.index.engine import Engine, engine_entry
from bri_kb.index.home import live_dir
from bri_kb.index.integrity import REBUILD, quick_problems
from bri_kb.index.store import Store


@dataclass(frozen=True)
class Generation:
    """One opened generation: where it is, its manifest, its clause records and its index."""

    home: Path
    directory: Path
    manifest: dict[str, Any]
    store: Store
    engine: Engine

    def close(self) -> None:
        self.engine.close()
        self.store.close()


def read_manifest(home: Path, directory: Path) -> dict[str, Any]:
    """A generation's manifest, refused (KBError) when another version of bri-kb wrote it."""
    try:
        manifest: dict[str, Any] = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KBError(f"{directory}/manifest.json 无法读取（{exc}）；{REBUILD}") from None
    if manifest.get("kb_format") != KB_FORMAT or manifest.get("bri_kb") != __version__:
        raise KBError(
            f"{home} 中的知识库由 bri-kb {manifest.get('bri_kb')}（格式 {manifest.get('kb_format')}）"
            f"写成；当前是 {__version__}（格式 {KB_FORMAT}）。{REBUILD}"
        )
    return manifest


def open_engine(home: Path, directory: Path, manifest: dict[str, Any]) -> Engine:
    """The index engine the manifest names, opened. Raises KBError when it
    cannot be (damaged files, a server that does not answer)."""
    entry = engine_entry(manifest)
    if entry.get("kind") == "milvus":
        from bri_kb.index.milvus import MilvusEngine

        return MilvusEngine.open(entry, manifest, home)
    from bri_kb.index.embedded import EmbeddedEngine

    return EmbeddedEngine(directory, manifest["encoder"], home / "cache")


def open_generation(home: Path) -> Generation:
    """The live generation of the knowledge base in `home`, ready for questions.

    With a remote engine, the live generation is the one its alias points at
    (the alias switches before CURRENT does, so after an ingest killed between
    the two the alias is right and CURRENT one behind).

    Raises KBError when there is none, it was written by another version, or
    its files (or its engine's index) are damaged or out of reach."""
    directory = live_dir(home)
    if directory is None:
        raise KBError(f"{home} 中没有知识库；请先运行 `bri ingest`")
    manifest = read_manifest(home, directory)
    _check_files(directory, manifest)
    engine = open_engine(home, directory, manifest)
    live = getattr(engine, "generation", None)  # a remote engine's live generation, by its alias
    if live and live != directory.name and (home / live).is_dir():
        engine.close()
        directory = home / live
        manifest = read_manifest(home, directory)
        _check_files(directory, manifest)
        engine = open_engine(home, directory, manifest)
    try:
        store = Store(directory / "kb.sqlite")
    except sqlite3.DatabaseError as exc:
        engine.close()
        raise KBError(f"{directory} 中的知识库无法读取（{exc}）；{REBUILD}") from None
    return Generation(home, directory, manifest, store, engine)


def _check_files(directory: Path, manifest: dict[str, Any]) -> None:
    problems = quick_problems(directory, manifest)
    if problems:
        raise KBError(f"{directory} 中的知识库已损坏：{'；'.join(problems)}；{REBUILD}")


def full_problems(directory: Path) -> list[str]:
    """Everything `bri check` verifies."""
    try:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"manifest.json 无法读取（{exc}）"]
    problems = quick_problems(directory, manifest)
    if manifest.get("kb_format") != KB_FORMAT or manifest.get("bri_kb") != __version__:
        problems.append(f"由 bri-kb {manifest.get('bri_kb')}（格式 {manifest.get('kb_format')}）写成，"
                        f"当前是 {__version__}（格式 {KB_FORMAT}）")
    for name, info in manifest.get("checksums", {}).items():
        path = directory / name
        mismatch = f"{name} 与校验和不符"
        if path.exists() and mismatch not in problems and hashlib.sha256(path.read_bytes()).hexdigest() != info["sha256"]:
            problems.append(mismatch)
    if problems:
        return problems
    try:
        con = sqlite3.connect(f"file:{directory / 'kb.sqlite'}?mode=ro", uri=True)
        verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
        clauses = con.execute("SELECT COUNT(*) FROM clauses").fetchone()[0]
        con.close()
    except sqlite3.DatabaseError as exc:
        return [f"kb.sqlite 不是可读的数据库（{exc}）"]
    if verdict != "ok":
        problems.append(f"SQLite 完整性检查：{verdict}")
    try:
        engine = open_engine(directory.parent, directory, manifest)
    except KBError as exc:
        return [*problems, str(exc)]
    try:
        problems += engine.problems(clauses)
    finally:
        engine.close()
    return problems
