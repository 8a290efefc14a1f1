"""Real processes: asking while an ingest runs, and an ingest killed with -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import CORPUS, decision_folder

BRI = [sys.executable, "-m", "bri_kb.cli"]


def bri(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRI_KB_HOME": str(home), "BRI_WORKERS": "1"}
    result = subprocess.run([*BRI, *args], capture_output=True, text=True, env=env, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def spawn(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "BRI_KB_HOME": str(home), "BRI_WORKERS": "1"}
    return subprocess.Popen([*BRI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_asking_during_an_ingest_sees_one_whole_generation(corpus_kb: Path, tmp_path: Path) -> None:
    home = tmp_path / "kb"
    small = decision_folder(tmp_path / "small")
    bri(home, "ingest", str(small))
    ingest = spawn(home, "ingest", str(CORPUS))  # the other generation: the whole corpus
    files_seen = []
    try:
        while ingest.poll() is None:
            result = bri(home, "ask", "自由贸易试验区", "--k", "10", "--format", "json")
            files = {hit["source"]["file"] for hit in json.loads(result.stdout)["results"]}
            assert files == {"decision.txt"} or "decision.txt" not in files  # never a mixture
            files_seen.append(files)
    finally:
        ingest.wait(timeout=300)
    assert ingest.returncode == 0
    assert files_seen and files_seen[0] == {"decision.txt"}
    after = bri(home, "ask", "自由贸易试验区", "--format", "json")
    assert "decision.txt" not in {h["source"]["file"] for h in json.loads(after.stdout)["results"]}


def test_a_second_ingest_waits_its_turn_with_a_clear_message(tmp_path: Path) -> None:
    home = tmp_path / "kb"
    first = spawn(home, "ingest", str(CORPUS))
    deadline = time.time() + 120
    while not list(home.glob("gen-*.building")) and time.time() < deadline:
        time.sleep(0.05)  # the first one holds the lock once it builds
    second = bri(home, "ingest", str(CORPUS), check=False)
    first.wait(timeout=300)
    assert first.returncode == 0
    assert second.returncode != 0 and "另一个导入正在运行" in second.stderr
    assert bri(home, "check").returncode == 0


# What marks each phase of a build in its directory: parsing has begun, vectors
# are being written, the index is being built from them.
PHASES = {"parse": "kb.sqlite", "encode": "vectors.f32.part", "index": "vectors.npy"}


@pytest.mark.parametrize("phase", list(PHASES))
def test_kill_9_during_ingest_leaves_the_previous_kb_answering(tmp_path: Path, phase: str) -> None:
    home = tmp_path / "kb"
    small = decision_folder(tmp_path / "small")
    bri(home, "ingest", str(small))
    before = bri(home, "ask", "自由贸易试验区", "--format", "json").stdout
    victim = spawn(home, "ingest", "--rebuild", str(CORPUS))
    deadline = time.time() + 300
    while not list(home.glob(f"gen-*.building/{PHASES[phase]}")) and time.time() < deadline:
        assert victim.poll() is None, f"the ingest ended before its {phase} phase was seen"
        time.sleep(0.002)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=60)
    assert list(home.glob("gen-*.building")), "killed mid-build: its debris is still there"
    assert bri(home, "ask", "自由贸易试验区", "--format", "json").stdout == before
    assert bri(home, "check").returncode == 0
    bri(home, "ingest", str(small))  # the next ingest cleans the debris
    assert not list(home.glob("gen-*.building"))
