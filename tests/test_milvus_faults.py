"""The Milvus engine when things go wrong, against a real milvus-lite server
that each test may stop, restart or have its collection altered: the server
away, back again, an ingest killed mid-way, a collection of another encoder."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from bri_kb.errors import KBError
from bri_kb.index.home import current_generation
from bri_kb.index.integrity import REBUILD
from bri_kb.index.kb import build
from bri_kb.query.search import KnowledgeBase
from tests.conftest import CORPUS, DATA, ROOT
from tests.milvus_server import MilvusServer, require_milvus

QUESTION = "产业园区发展联盟"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MilvusServer]:
    require_milvus()
    s = MilvusServer(tmp_path_factory.mktemp("milvus-faults") / "data")
    s.start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def home(server: MilvusServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("faults-src")
    shutil.copy(CORPUS / "000_a2f8e8638f3e6f7d.txt", src / "alliance.txt")
    shutil.copy(DATA / "gb18030_crlf_decision.txt", src / "decision.txt")
    home = tmp_path_factory.mktemp("faults-kb")
    build([src], home, engine=server.uri)
    return home


def client(server: MilvusServer) -> Any:
    from pymilvus import MilvusClient

    return MilvusClient(uri=f"http://127.0.0.1:{server.port}", timeout=10)


def bri(home: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRI_KB_HOME": str(home), "PYTHONPATH": str(ROOT), "BRI_MILVUS_TIMEOUT": "3"}
    return subprocess.run([sys.executable, "-c", "from bri_kb.cli import app; app()", *args],
                          capture_output=True, text=True, env=env, timeout=timeout)


def top_ids(kb: KnowledgeBase) -> list[str]:
    return [h.clause.clause_id for h in kb.search(QUESTION, 5)]


def test_ask_follows_the_manifest_to_milvus(home: Path, server: MilvusServer) -> None:
    manifest = json.loads((home / str(current_generation(home)) / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["engine"]["uri"] == server.uri
    done = bri(home, "ask", QUESTION, "--format", "json", "--k", "3")
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["results"]) == 3
    assert bri(home, "check").returncode == 0


def test_server_down_is_one_chinese_line_and_back_answers_without_a_restart(home: Path, server: MilvusServer) -> None:
    from bri_kb.web.app import create_app

    web = TestClient(create_app(home))
    assert web.get("/api/ask", params={"q": QUESTION}).status_code == 200
    kb = KnowledgeBase(home)
    before = top_ids(kb)
    server.stop()
    try:
        done = bri(home, "ask", QUESTION)
        assert done.returncode == 2
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and f"127.0.0.1:{server.port}" in lines[0] and "无法连接" in lines[0], done.stderr
        assert "Traceback" not in done.stderr + done.stdout
        down = web.get("/api/ask", params={"q": QUESTION})
        assert down.status_code == 503 and f"127.0.0.1:{server.port}" in down.text
        with pytest.raises(KBError, match="无法连接 Milvus"):
            kb.search(QUESTION, 5)
    finally:
        server.start()
    assert top_ids(kb) == before  # the same opened knowledge base, as `bri serve` holds it
    assert web.get("/api/ask", params={"q": QUESTION}).status_code == 200


def test_a_collection_of_another_encoder_is_refused_with_the_rebuild_message(home: Path, server: MilvusServer) -> None:
    c = client(server)
    name = c.describe_alias("bri_test")["collection_name"]
    encoder = c.describe_collection(name)["properties"]["bri_kb.encoder"]
    c.alter_collection_properties(name, properties={"bri_kb.encoder": "st:/another/model"})
    try:
        with pytest.raises(KBError, match="st:/another/model") as refused:
            KnowledgeBase(home)
        assert REBUILD in str(refused.value)
        done = bri(home, "ask", QUESTION)
        assert done.returncode == 2 and REBUILD in done.stderr and "Traceback" not in done.stderr
    finally:
        c.alter_collection_properties(name, properties={"bri_kb.encoder": encoder})
    KnowledgeBase(home).close()


@pytest.mark.slow
def test_kill_9_during_ingest_leaves_the_alias_and_the_answers(home: Path, server: MilvusServer,
                                                               tmp_path: Path) -> None:
    c = client(server)
    old = c.describe_alias("bri_test")["collection_name"]
    generation = current_generation(home)
    before = top_ids(KnowledgeBase(home))
    more = tmp_path / "more"
    more.mkdir()
    for f in sorted(CORPUS.glob("00[0134]_*.txt")):
        shutil.copy(f, more / f.name)
    env = {**os.environ, "BRI_KB_HOME": str(home), "PYTHONPATH": str(ROOT)}
    ingest = subprocess.Popen([sys.executable, "-c", "from bri_kb.cli import app; app()", "ingest", str(more),
                               "--engine", server.uri], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # Kill it while the new collection is being filled, before the alias could switch.
        deadline = time.monotonic() + 600
        while not any(n.startswith("bri_test_gen_") and n != old for n in c.list_collections()):
            assert ingest.poll() is None, "the ingest ended before its collection was seen"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(ingest.pid, signal.SIGKILL)
    finally:
        ingest.wait(30)
    assert c.describe_alias("bri_test")["collection_name"] == old
    assert current_generation(home) == generation
    assert top_ids(KnowledgeBase(home)) == before
