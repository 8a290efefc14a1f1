"""Documents that end, replace or amend others, by someone who had not read the
reader (tests/data/office/blind49, made by make_blind49.py): a 决定 repealing
four documents listed in a table and amending three, a 办法 repealing the one it
replaces, and one of the repealed documents as a file of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind49"
runner = CliRunner()
REPEALED = "已废止：被 豫政〔2024〕18号 废止，效力止于 2024-06-27"


def test_an_item_naming_a_document_by_its_number_opens_no_document() -> None:
    """Regression: in the PDF, 附件2's heading 二、…的意见（豫政〔2022〕9号）, wrapped so that its 文号 opened a
    line, was taken for a new document's title over its 文号, which took the rest of 附件2 with that 文号."""
    for suffix in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"blind49_henan_feizhi.{suffix}")
        (doc,) = parsed.documents
        assert doc.doc_number is not None and doc.doc_number.text == "豫政〔2024〕18号"
        assert len(doc.repeals) >= 4


@pytest.fixture(scope="module")
def repeal_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bri_kb.index.kb import build

    home = tmp_path_factory.mktemp("repeals") / "kb"
    build([BLIND / "blind49_henan_feizhi.pdf", BLIND / "blind49_henan_kuajing2018.docx",
           BLIND / "blind49_luoyang_banfa.docx"], home)
    return home


def test_a_repealed_documents_clauses_say_so(repeal_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: asked without --as-of, the repealed 豫政〔2018〕25号's clauses came first with no word that
    they were repealed (only the JSON's in_force said so); `bri docs` and `bri where` named the repealing
    document by its internal id, or not at all."""
    monkeypatch.setenv("BRI_KB_HOME", str(repeal_kb))
    data = json.loads(runner.invoke(app, ["ask", "郑州片区跨境电商平台企业年进出口额首次超过1亿美元奖励多少",
                                          "--format", "json", "--k", "5"]).stdout)
    old = [r for r in data["results"] if r["doc_number"] == "豫政〔2018〕25号"]
    assert old and all(REPEALED in r["note"] for r in old)
    shown = runner.invoke(app, ["ask", "郑州片区跨境电商平台企业年进出口额首次超过1亿美元奖励多少", "--format", "md"])
    assert REPEALED in shown.stdout
    assert "已废止" in runner.invoke(app, ["docs"]).stdout
    where = runner.invoke(app, ["where", "豫政〔2018〕25号"]).stdout
    assert "被 豫政〔2024〕18号 废止" in where
