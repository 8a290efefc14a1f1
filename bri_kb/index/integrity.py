"""Checks that a knowledge-base generation is whole: files, checksums,
SQLite integrity, and that every engine holds one entry per clause."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

REBUILD = "run `bri ingest --rebuild`"


def file_checksums(directory: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            out[path.relative_to(directory).as_posix()] = {"sha256": digest, "bytes": path.stat().st_size}
    return out


# Below this total size every open also verifies checksums (a few ms here);
# above it, opening checks presence and sizes and `bri check` does the rest.
FULL_CHECK_BYTES = 256 * 2**20


def quick_problems(directory: Path, manifest: dict[str, Any]) -> list[str]:
    """Missing, resized or (for a small KB) altered files: run on every open."""
    problems = []
    listed = manifest.get("checksums", {})
    small = sum(info["bytes"] for info in listed.values()) <= FULL_CHECK_BYTES
    for name, info in listed.items():
        path = directory / name
        if not path.exists():
            problems.append(f"{name} is missing")
        elif path.stat().st_size != info["bytes"]:
            problems.append(f"{name} has {path.stat().st_size} bytes, the manifest says {info['bytes']}")
        elif small and hashlib.sha256(path.read_bytes()).hexdigest() != info["sha256"]:
            problems.append(f"{name} does not match its checksum")
    if not manifest.get("checksums"):
        problems.append("the manifest lists no checksums")
    return problems


def full_problems(directory: Path) -> list[str]:
    """Everything `bri check` verifies."""
    import sqlite3

    from bri_kb import KB_FORMAT, __version__

    try:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"manifest.json is unreadable ({exc})"]
    problems = quick_problems(directory, manifest)
    if manifest.get("kb_format") != KB_FORMAT or manifest.get("bri_kb") != __version__:
        problems.append(f"written by bri-kb {manifest.get('bri_kb')} (format {manifest.get('kb_format')}), "
                        f"this is {__version__} (format {KB_FORMAT})")
    for name, info in manifest.get("checksums", {}).items():
        path = directory / name
        mismatch = f"{name} does not match its checksum"
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
        return [f"kb.sqlite is not a readable database ({exc})"]
    if verdict != "ok":
        problems.append(f"SQLite integrity check: {verdict}")
    import faiss

    vectors = faiss.read_index(str(directory / "dense.faiss")).ntotal
    lexical = [json.loads((directory / name / "params.index.json").read_text(encoding="utf-8"))["num_docs"]
               for name in ("bm25", "bm25_char")]
    if not clauses == vectors == lexical[0] == lexical[1]:
        problems.append(f"{clauses} clauses but {vectors} vectors and {' / '.join(map(str, lexical))} lexical entries")
    return problems
