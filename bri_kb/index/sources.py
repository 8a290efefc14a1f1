"""The files an ingest reads, collected from the files and folders a person
names: those a reader takes, those that cannot be read (failed), and those a
folder holds that no reader takes (skipped, each with what to do instead)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bri_kb.ingest.pagefiles import embedded_files
from bri_kb.ingest.readers import FOLDER_NOTE, is_folder_note, is_office_lock, is_supported, unsupported


@dataclass
class Sources:
    files: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, why): named and not readable
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why): in a folder, of a type no reader takes


def collect_files(paths: Sequence[Path], kept: Mapping[str, str] | None = None) -> Sources:
    """The files to ingest from `paths` (folders searched recursively; hidden
    files and Office's lock files left out without a word), then the files of
    `kept` (name -> path: a previous generation's, for `bri ingest --add`) that
    are not among them; one of those no longer there fails, named."""
    out = Sources()
    for p in paths:
        if p.is_dir():
            for x in sorted(x for x in p.rglob("*") if x.is_file()):
                if x.name.startswith(".") or is_office_lock(x) or _page_asset(x):
                    continue
                if is_folder_note(x):
                    out.skipped.append((str(x), FOLDER_NOTE))
                elif is_supported(x):
                    out.files.append(x)
                else:
                    out.skipped.append((str(x), unsupported(x)))
        elif not p.exists():
            out.failed.append((str(p), "没有这个文件或目录"))
        elif not is_supported(p):
            out.failed.append((str(p), unsupported(p)))
        else:
            out.files.append(p)
    given = {f.resolve() for f in out.files}
    for page in [f for f in out.files if f.suffix.lower() in (".html", ".htm")]:
        # (a saved page's 附件 shown in an embedded viewer, from its _files folder: read too, once)
        for shown in embedded_files(page):
            if shown not in given and is_supported(shown):
                out.files.append(shown)
                given.add(shown)
    for name, where in (kept or {}).items():
        path = Path(where)
        if path.resolve() in given:
            continue
        if path.is_file():
            out.files.append(path)
        else:
            out.failed.append((where, f"知识库上一版的文件「{name}」已找不到，没有保留；请重新给出它的位置"))
    return out


def _page_asset(path: Path) -> bool:
    """Is a file in the folder a browser saved beside a page (页面_files/ next to 页面.html): the page's frames,
    scripts' pages and 附件 copies, read with the page (a frame in its place, a shown or linked 附件 as the page's
    embedded files), not as documents of their own?"""
    return any(folder.name.endswith("_files") and any(
        (folder.parent / f"{folder.name.removesuffix('_files')}{ext}").is_file() for ext in (".html", ".htm"))
        for folder in path.parents)
