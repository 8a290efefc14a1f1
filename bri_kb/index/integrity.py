"""Checks that a knowledge-base generation is whole: files, checksums,
SQLite integrity, and that every engine holds one entry per clause."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

REBUILD = "请运行 `bri ingest --rebuild`"


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
            problems.append(f"缺少 {name}")
        elif path.stat().st_size != info["bytes"]:
            problems.append(f"{name} 有 {path.stat().st_size} 字节，清单记为 {info['bytes']}")
        elif small and hashlib.sha256(path.read_bytes()).hexdigest() != info["sha256"]:
            problems.append(f"{name} 与校验和不符")
    if not manifest.get("checksums"):
        problems.append("清单中没有校验和")
    return problems


def full_problems(directory: Path) -> list[str]:
    """Everything `bri check` verifies."""
    import sqlite3

    from bri_kb import KB_FORMAT, __version__

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
    import faiss

    vectors = faiss.read_index(str(directory / "dense.faiss")).ntotal
    lexical = [json.loads((directory / name / "params.index.json").read_text(encoding="utf-8"))["num_docs"]
               for name in ("bm25", "bm25_char")]
    if not clauses == vectors == lexical[0] == lexical[1]:
        problems.append(f"{clauses} 条条款，却有 {vectors} 个向量、{' / '.join(map(str, lexical))} 个词法条目")
    return problems
