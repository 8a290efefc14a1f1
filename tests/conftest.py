from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
COMPILATION = CORPUS / "002_1ad516d9e8aad59b.txt"


def decision_folder(folder: Path, *names: str) -> Path:
    """A folder holding the small GB18030 decision excerpt under each name."""
    import shutil

    folder.mkdir(parents=True)
    for name in names or ("decision.txt",):
        shutil.copy(DATA / "gb18030_crlf_decision.txt", folder / name)
    return folder


@pytest.fixture(scope="session")
def corpus_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole bundled corpus, ingested once with the real encoder."""
    from bri_kb.index.kb import build

    home = tmp_path_factory.mktemp("kb")
    build([CORPUS], home)
    return home


@pytest.fixture()
def kb_env(corpus_kb: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRI_KB_HOME", str(corpus_kb))
    return corpus_kb


@pytest.fixture(scope="session")
def compilation():  # type: ignore[no-untyped-def]
    from tests.helpers import ingest_file

    return ingest_file(COMPILATION)


os.environ.setdefault("HYPOTHESIS_PROFILE", "default")


SCRIPT_TEXT = "<script>alert(1)</script>"
ESCAPE_DOC = f"""关于页面转义检验的通知

各有关单位：

一、本通知用于检验页面是否转义原文：{SCRIPT_TEXT} 与 <b>加粗</b> 都应原样显示为文字。

二、页面转义检验按本通知执行。

本通知自2018年1月1日起施行。
"""


@pytest.fixture(scope="session")
def web_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus plus one document whose text holds markup, for the web tests."""
    from bri_kb.index.kb import build

    extra = tmp_path_factory.mktemp("escape")
    (extra / "escape_test.txt").write_text(ESCAPE_DOC, encoding="utf-8")
    home = tmp_path_factory.mktemp("webkb")
    build([CORPUS, extra], home)
    return home


@pytest.fixture(scope="session")
def milvus_server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A milvus-lite server on the loopback interface for the session (skipped without the [milvus] extra)."""
    from tests.milvus_server import MilvusServer, require_milvus

    require_milvus()
    server = MilvusServer(tmp_path_factory.mktemp("milvus") / "data")
    server.start()
    yield server
    server.stop()
