"""The knowledge base on disk: one directory per generation, and a CURRENT
pointer switched atomically when a new generation is complete.

    $BRI_KB_HOME/CURRENT            name of the live generation
    $BRI_KB_HOME/gen-<id>/manifest.json, kb.sqlite, bm25/, dense.faiss, report.json
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import platform
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bri_kb import KB_FORMAT, __version__
from bri_kb.index.dense import DenseIndex
from bri_kb.index.encoders import DEFAULT_ENCODER, load_encoder
from bri_kb.index.integrity import file_checksums
from bri_kb.index.lexical import LexicalIndex
from bri_kb.index.store import write_store
from bri_kb.index.tokenize import dictionary_hash
from bri_kb.ingest.applicability import link_repeals
from bri_kb.ingest.formats import SUPPORTED
from bri_kb.ingest.pipeline import Ingested, drop_seen, ingest_file
from bri_kb.ingest.read import IngestError
from bri_kb.model import Clause, Document

Progress = Callable[[str, int, int], None]


class KBError(Exception):
    """A knowledge base that cannot be used; the message says what to do."""


def kb_home() -> Path:
    return Path(os.environ.get("BRI_KB_HOME", ".bri_kb"))


def default_corpus() -> Path:
    env = os.environ.get("BRI_CORPUS")
    if env:
        return Path(env)
    here = Path("corpus")
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "corpus"


def index_text(clause: Clause, doc: Document) -> str:
    """What the engines see: the clause with its document title and headings."""
    return "\n".join([doc.title, *clause.path, clause.text])


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def collect_files(paths: Sequence[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest, and (path, reason) for paths that cannot be."""
    files: list[Path] = []
    bad: list[tuple[str, str]] = []
    for p in paths:
        if p.is_dir():
            files += sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in SUPPORTED)
        elif not p.exists():
            bad.append((str(p), "no such file or directory"))
        elif p.suffix.lower() not in SUPPORTED:
            bad.append((str(p), f"unsupported file type {p.suffix or '(none)'}; supported: {', '.join(SUPPORTED)}"))
        else:
            files.append(p)
    return files, bad


@dataclass(frozen=True)
class IngestSummary:
    generation: str
    reused: bool
    files: int
    documents: int
    clauses: int
    failed: tuple[tuple[str, str], ...]
    reports: tuple[dict[str, Any], ...]
    seconds: float


@contextlib.contextmanager
def _lock(home: Path) -> Iterator[None]:
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise KBError(f"another ingest is running on {home}; wait for it to finish") from None
        yield


def parser_hash() -> str:
    """Hash of the ingest code and data files: a KB parsed by other code is rebuilt."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for f in sorted([*(root / "ingest").glob("*.py"), *(root / "data").glob("*"), root / "gazetteer.py"]):
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:16]


def _manifest(encoder_id: str, hashes: dict[str, str], counts: dict[str, int], directory: Path) -> dict[str, Any]:
    return {
        "bri_kb": __version__,
        "kb_format": KB_FORMAT,
        "encoder": encoder_id,
        "dictionary": dictionary_hash(),
        "parser": parser_hash(),
        "lexical": "bm25s(k1=1.2,b=0.75) over jieba cut_for_search",
        "files": hashes,
        "counts": counts,
        "python": platform.python_version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "checksums": file_checksums(directory),
    }


def build(
    paths: Sequence[Path],
    home: Path | None = None,
    encoder: str = DEFAULT_ENCODER,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IngestSummary:
    start = time.perf_counter()
    home = home or kb_home()
    files, failed = collect_files(paths)
    names = _unique_names(files)
    hashes = {names[f]: sha256_file(f) for f in files}
    with _lock(home):
        _clean_debris(home)
        current = _current_manifest(home)
        enc = load_encoder(encoder)
        if (
            not rebuild and current and not failed and current["files"] == hashes
            and current["encoder"] == enc.id and current["dictionary"] == dictionary_hash()
            and current.get("parser") == parser_hash()
            and current["kb_format"] == KB_FORMAT and current["bri_kb"] == __version__
        ):
            c = current["counts"]
            return IngestSummary(current_generation(home) or "", True, c["files"], c["documents"],
                                 c["clauses"], (), (), time.perf_counter() - start)
        documents: list[Document] = []
        clauses: list[Clause] = []
        reports: list[dict[str, Any]] = []
        ok_hashes: dict[str, str] = {}
        seen: set[str] = set()
        for f, parsed in parse_files(files, names, progress):
            if isinstance(parsed, str):
                failed.append((str(f), parsed))
                continue
            result = drop_seen(parsed, seen)
            documents += result.documents
            clauses += result.clauses
            reports.append(asdict(result.report))
            ok_hashes[names[f]] = hashes[names[f]]
        if not clauses:
            # Nothing usable: keep the live generation exactly as it was.
            failed = failed or [(", ".join(map(str, paths)), "no supported files found")]
            return IngestSummary(current_generation(home) or "", False, 0, 0, 0, tuple(failed),
                                 tuple(reports), time.perf_counter() - start)
        documents = link_repeals(documents)
        docs_by_id = {d.doc_id: d for d in documents}
        texts = [index_text(c, docs_by_id[c.doc_id]) for c in clauses]
        gen = "gen-" + hashlib.sha1(json.dumps([ok_hashes, enc.id, time.time()]).encode()).hexdigest()[:10]
        tmp = home / (gen + ".building")
        tmp.mkdir(parents=True)
        try:
            vectors = _vectors(texts, enc, None if rebuild else home, progress)
            write_store(tmp / "kb.sqlite", documents, clauses,
                        [(r["file"], ok_hashes[r["file"]], r["encoding"], r) for r in reports])
            lexical = LexicalIndex()
            lexical.build(texts)
            (tmp / "bm25").mkdir()
            lexical.save(tmp / "bm25")
            dense = DenseIndex(enc)
            dense.build(texts, vectors)
            dense.save(tmp)
            np.save(tmp / "text_hashes.npy", np.array([_text_key(t) for t in texts], dtype="U16"))
            counts = {"files": len(ok_hashes), "documents": len(documents), "clauses": len(clauses)}
            (tmp / "report.json").write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
            (tmp / "manifest.json").write_text(
                json.dumps(_manifest(enc.id, ok_hashes, counts, tmp), ensure_ascii=False, indent=1), encoding="utf-8")
            os.rename(tmp, home / gen)
            _switch(home, gen)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _clean_debris(home)  # keeps the previous generation for readers in flight
        return IngestSummary(gen, False, len(ok_hashes), len(documents), len(clauses), tuple(failed),
                             tuple(reports), time.perf_counter() - start)


def _parse_one(path: Path, name: str) -> Ingested | str:
    """A file's parse, or the one-line reason it failed (crosses process boundaries)."""
    try:
        return ingest_file(path, name)
    except (IngestError, UnicodeError, OSError) as exc:
        return str(exc)


def parse_files(
    files: Sequence[Path], names: dict[Path, str], progress: Progress | None = None
) -> list[tuple[Path, Ingested | str]]:
    """Parse files one process per file (BRI_WORKERS, default: the cores), in file order."""
    workers = int(os.environ.get("BRI_WORKERS", "0")) or (os.cpu_count() or 1)
    workers = min(workers, len(files))
    done: dict[Path, Ingested | str] = {}
    if workers <= 1:
        for n, f in enumerate(files, 1):
            done[f] = _parse_one(f, names[f])
            if progress:
                progress(f"parse {names[f]}", n, len(files))
    else:
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_parse_one, f, names[f]): f for f in files}
            for n, fut in enumerate(as_completed(futures), 1):
                done[futures[fut]] = fut.result()
                if progress:
                    progress(f"parse {names[futures[fut]]}", n, len(files))
    return [(f, done[f]) for f in files]


def _unique_names(files: Sequence[Path]) -> dict[Path, str]:
    """Files are cited by name; two files of one name get their parent folder too."""
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for f in files:
        name = f.name if f.name not in taken else f"{f.parent.name}/{f.name}"
        taken.add(name)
        names[f] = name
    return names


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _vectors(texts: Sequence[str], enc: Any, old_home: Path | None, progress: Progress | None) -> np.ndarray:
    """Encode only texts the live generation has not encoded with this encoder."""
    known: dict[str, np.ndarray] = {}
    gen_dir = live_dir(old_home) if old_home else None
    if gen_dir is not None:
        try:
            manifest = json.loads((gen_dir / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("encoder") == enc.id:
                old = DenseIndex(enc)
                old.load(gen_dir)
                keys = np.load(gen_dir / "text_hashes.npy", allow_pickle=False)
                known = dict(zip(keys.tolist(), old.vectors(), strict=False))
        except (OSError, ValueError, KeyError, RuntimeError):
            known = {}
    keys = [_text_key(t) for t in texts]
    todo = [i for i, k in enumerate(keys) if k not in known]
    out = np.zeros((len(texts), enc.dim), dtype=np.float32)
    batch = 64
    for s in range(0, len(todo), batch):
        if progress:
            progress("encode", min(s + batch, len(todo)), len(todo))
        chunk = todo[s : s + batch]
        out[chunk] = enc.encode([texts[i] for i in chunk])
    for i, k in enumerate(keys):
        if k in known:
            out[i] = known[k]
    return out


def current_generation(home: Path) -> str | None:
    pointer = home / "CURRENT"
    return pointer.read_text(encoding="utf-8").strip() if pointer.exists() else None


def live_dir(home: Path) -> Path | None:
    gen = current_generation(home)
    return home / gen if gen and (home / gen).is_dir() else None


def _current_manifest(home: Path) -> dict[str, Any] | None:
    d = live_dir(home)
    try:
        return json.loads((d / "manifest.json").read_text(encoding="utf-8")) if d else None
    except (OSError, ValueError):
        return None


def _switch(home: Path, gen: str) -> None:
    tmp = home / "CURRENT.tmp"
    tmp.write_text(gen + "\n", encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, home / "CURRENT")


def _clean_debris(home: Path) -> None:
    """Remove unfinished builds and old generations. The generation before the
    live one is kept, so that a reader that read CURRENT just before the
    switch still finds it; readers with open files keep them anyway (POSIX)."""
    live = current_generation(home)
    for p in home.glob("gen-*.building"):
        shutil.rmtree(p, ignore_errors=True)
    old = sorted((p for p in home.glob("gen-*") if p.is_dir() and p.name != live), key=lambda p: p.stat().st_mtime)
    for p in old[:-1]:
        shutil.rmtree(p, ignore_errors=True)


def exists(home: Path | None = None) -> bool:
    return live_dir(home or kb_home()) is not None
