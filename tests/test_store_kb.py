from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bri_kb.index.kb import KBError, build, live_dir
from bri_kb.index.store import Store
from bri_kb.query.search import KnowledgeBase
from tests.helpers import write_store

from .conftest import decision_folder


def test_store_round_trip(compilation, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "kb.sqlite"
    write_store(path, compilation.documents, compilation.clauses, [])
    store = Store(path)
    assert list(store.documents.values()) == list(compilation.documents)
    assert list(store.all_clauses()) == list(compilation.clauses)
    assert store.integrity() == "ok"
    store.close()


def test_kb_of_another_version_is_refused(corpus_kb: Path, tmp_path: Path) -> None:
    home = tmp_path / "kb"
    shutil.copytree(corpus_kb, home)
    manifest = live_dir(home) / "manifest.json"  # type: ignore[operator]
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["kb_format"] = -1
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KBError, match="bri ingest --rebuild"):
        KnowledgeBase(home)


def test_reingest_unchanged_reuses_and_changed_rebuilds(tmp_path: Path) -> None:
    home = tmp_path / "kb"
    src = decision_folder(tmp_path / "docs")
    first = build([src], home)
    assert not first.reused and first.documents == 1
    again = build([src], home)
    assert again.reused and again.generation == first.generation
    (src / "more.txt").write_text("关于支持跨境电子商务发展的通知\n\n一、支持跨境电子商务企业建设海外仓。\n", encoding="utf-8")
    third = build([src], home)
    assert not third.reused and third.documents == 2
    # the generation before the live one stays for readers in flight; older ones go
    assert sorted(p.name for p in home.glob("gen-*")) == sorted([first.generation, third.generation])
    kb = KnowledgeBase(home)
    assert kb.search("海外仓", 1)[0].clause.text.startswith("一、支持跨境电子商务")


def test_duplicate_document_across_files_is_dropped_and_reported(tmp_path: Path) -> None:
    src = decision_folder(tmp_path / "docs", "a.txt", "b.txt")
    summary = build([src], tmp_path / "kb")
    assert summary.documents == 1
    reports = {r["file"]: r for r in summary.reports}
    assert reports["b.txt"]["documents"] == 0 and reports["b.txt"]["duplicates"]


def test_a_batch_of_only_bad_files_leaves_the_kb_answering(tmp_path: Path) -> None:
    from .test_formats import FORMATS

    home = tmp_path / "kb"
    first = build([decision_folder(tmp_path / "good")], home)
    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(FORMATS / "encrypted.pdf", bad)
    shutil.copy(FORMATS / "scanned.pdf", bad)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "junk.txt").write_bytes(bytes(range(256)) * 8)
    raw = (FORMATS / "henan_plan.pdf").read_bytes()
    (bad / "truncated.pdf").write_bytes(raw[: len(raw) // 3])
    (tmp_path / "notes.rtf").write_bytes(b"{\\rtf1 hello}")
    summary = build([bad, tmp_path / "missing.txt", tmp_path / "notes.rtf"], home)
    reasons = {Path(p).name: r for p, r in summary.failed}
    assert summary.clauses == 0 and len(reasons) == 7
    assert reasons["encrypted.pdf"].startswith("加密的 PDF")
    assert "需要先做 OCR" in reasons["scanned.pdf"] and reasons["empty.txt"].startswith("空文件：")
    assert reasons["junk.txt"].startswith("二进制") and "不完整" in reasons["truncated.pdf"]
    assert reasons["missing.txt"].startswith("没有这个文件") and "不支持的文件类型 .rtf" in reasons["notes.rtf"]
    assert KnowledgeBase(home).search("自由贸易试验区", 1)
    assert summary.generation == first.generation


def test_re_read_clauses_are_the_stored_ones_whatever_the_order(corpus_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Store keeps parsed clauses for re-reads; a small limit makes it clear
    them often, and every read still returns exactly the rows asked, in order."""
    import random

    import bri_kb.index.store as store_module

    monkeypatch.setattr(store_module, "RECENT", 16)
    store = Store(live_dir(corpus_kb) / "kb.sqlite")
    try:
        truth = dict(enumerate(store.all_clauses()))
        rng = random.Random(7)
        for _ in range(60):
            rows = [rng.randrange(len(truth)) for _ in range(rng.randrange(1, 30))]
            assert store.clauses_at(rows) == [truth[r] for r in rows]
        assert len(store._recent) <= 16 + 30
        lead = truth[5]
        after = store.clauses_after(lead.doc_id, lead.ordinal, 3)
        assert after == [c for c in store.clauses_of(lead.doc_id) if c.ordinal > lead.ordinal][:3]
        last = {c.doc_id: row for row, c in truth.items()}  # each document's last row
        rows = [5, *list(last.values())[:3], len(truth) - 1]
        for row, run in zip(rows, store.next_clauses(rows, 4), strict=True):
            c = truth[row]  # the clauses after it in its own document, never past its end
            assert run == store.clauses_after(c.doc_id, c.ordinal, 4)
        assert [len(r) for r in store.next_clauses(list(last.values()), 4)] == [0] * len(last)
    finally:
        store.close()
