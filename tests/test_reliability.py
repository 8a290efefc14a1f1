"""Damaged knowledge bases, hostile input, and property tests of the parsers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.gazetteer import gazetteer
from bri_kb.index.kb import KBError, live_dir
from bri_kb.query.parse import clean_question, parse_question
from bri_kb.query.search import KnowledgeBase
from bri_kb.vocabulary import parse_doc_number

runner = CliRunner()


@pytest.fixture()
def kb_copy(corpus_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "kb"
    shutil.copytree(corpus_kb, home)
    monkeypatch.setenv("BRI_KB_HOME", str(home))
    directory = live_dir(home)
    assert directory is not None
    return directory


def _damage(directory: Path, how: str) -> str:
    if how == "truncated":
        path = directory / "kb.sqlite"
        path.write_bytes(path.read_bytes()[:4096])
        return "kb.sqlite"
    if how == "altered":
        path = directory / "dense.faiss"
        raw = bytearray(path.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        path.write_bytes(bytes(raw))
        return "dense.faiss"
    (directory / "bm25" / "vocab.index.json").unlink()
    return "vocab.index.json"


@pytest.mark.parametrize("how", ["truncated", "altered", "missing"])
def test_damaged_kb_gives_a_clear_message_never_answers(kb_copy: Path, how: str) -> None:
    name = _damage(kb_copy, how)
    with pytest.raises(KBError, match="bri ingest --rebuild") as err:
        KnowledgeBase(kb_copy.parent)
    assert name in str(err.value)
    asked = runner.invoke(app, ["ask", "外商独资", "--format", "json"])
    assert asked.exit_code == 2 and name in asked.stderr and "Traceback" not in asked.stderr
    checked = runner.invoke(app, ["check"])
    assert checked.exit_code == 1 and name in checked.stderr and "bri ingest --rebuild" in checked.stderr


def test_check_passes_on_a_good_kb(kb_copy: Path) -> None:
    result = runner.invoke(app, ["check"])
    assert result.exit_code == 0 and result.stdout.startswith("完好：")
    manifest = json.loads((kb_copy / "manifest.json").read_text(encoding="utf-8"))
    assert {"kb.sqlite", "dense.faiss", "bm25/vocab.index.json"} <= set(manifest["checksums"])


def test_hostile_questions(kb_env: Path) -> None:
    long = runner.invoke(app, ["ask", "外商投资" * 25_000, "--k", "2", "--format", "json"])
    assert long.exit_code == 0 and "只使用前" in long.stderr and json.loads(long.stdout)["results"]
    for q in ["\x00\x07外资\x1b[31m企业", "🚀外资 KTV 👍 ÜTF-8 mixed", "外资'; DROP TABLE clauses; --"]:
        result = runner.invoke(app, ["ask", q, "--k", "1", "--format", "json"])
        assert result.exit_code == 0, result.output
    for q in ["", "   \t ", "\x00\x01"]:
        result = runner.invoke(app, ["ask", q])
        assert result.exit_code == 2 and "问题为空" in result.stderr
    sql = "x' OR '1'='1"
    for option in ["--doc", "--issuer", "--level", "--where", "--since"]:
        result = runner.invoke(app, ["ask", "外资", option, sql, "--format", "json"])
        assert "Traceback" not in result.output
        assert result.exit_code in (0, 2)
    assert runner.invoke(app, ["ask", "外资", "--format", "json"]).exit_code == 0  # the tables are still there
    near = runner.invoke(app, ["ask", "外资", "--where", "河南省郑"])
    assert near.exit_code == 2 and "是不是" in near.stderr


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_doc_number_parser_never_crashes_and_is_idempotent(text: str) -> None:
    dn = parse_doc_number(text)
    if dn is not None:
        again = parse_doc_number(dn.text)
        assert again is not None and again.text == dn.text and again.year == dn.year


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_place_resolver_and_query_parser_never_crash(text: str) -> None:
    gazetteer().resolve(text)
    gazetteer().mentions(text)
    parsed = parse_question(text)
    assert clean_question(parsed.text) == parsed.text
    assert clean_question(clean_question(text)) == clean_question(text)


def test_every_spelling_resolves_to_its_canonical_place() -> None:
    gaz = gazetteer()
    for spelling, name in gaz.spellings.items():
        place = gaz.resolve(spelling)
        assert place is not None and place.name == name
        assert gaz.resolve(place.name) == place  # canonical names are fixed points


def test_odd_documents(tmp_path: Path) -> None:
    from tests.helpers import ingest_file

    one_line = tmp_path / "one_line.txt"
    one_line.write_text("关于推进跨境电子商务发展的意见\n" + "支持企业建设海外仓，" * 500_000 + "\n", encoding="utf-8")
    result = ingest_file(one_line)
    assert result.report.lost_lines == () and len(result.clauses) == 1
    assert len(result.clauses[0].text) == 5_000_000
    numbering = tmp_path / "numbering.txt"
    numbering.write_text("目录\n" + "\n".join(["一、", "（一）", "1.", "（1）", "二、", "第一条", "第二条", "第三条"] * 20),
                         encoding="utf-8")
    result = ingest_file(numbering)
    assert result.report.lost_lines == () and result.clauses
