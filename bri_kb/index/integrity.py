"""Checks that a knowledge-base generation's files are whole: checksums
recorded at build time, verified on open. `bri check` adds SQLite's
integrity and the engine's own check (generation.full_problems)."""

from __future__ import annotations

import hashlib
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
