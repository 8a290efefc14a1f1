"""A province's 政府公报 issue in two columns (a 令 with its 规章, notices, one that extends, amends,
suspends and repeals parts of an earlier document, a 人事任免) and that earlier document, by someone
who had not read the reader (tests/data/office/blind69, made by make_blind69.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind69"
EXPECTED = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_rule_under_its_order_is_a_document_of_its_own(suffix: str) -> None:
    """Regression: the masthead and 目录 (page numbers in brackets, （2）) were not removed in the Word file, and
    the 令 with its 规章 was part of a document titled 湖北省人民政府公报; the 目录 names the 规章."""
    documents = ingest_file(BLIND / f"blind69_hubei_gongbao.{suffix}").documents
    meta = EXPECTED["blind69_hubei_gongbao"][0]["meta"]
    (rule,) = [d for d in documents if d.title == meta["title"]]
    assert (rule.issuers, rule.signed, rule.effective, rule.wrapper) == (
        ("湖北省人民政府",), meta["date"], meta["effective"], "湖北省人民政府令（第471号）")


def test_a_quoted_documents_period_is_not_the_notices() -> None:
    """Regression: 《…办法》（鄂政办发〔2022〕27号，以下简称《办法》）有效期至2024年6月30日 gave the notice that extends
    it that end, so the notice lapsed while its changes stood."""
    documents = ingest_file(BLIND / "blind69_hubei_gongbao.docx").documents
    (notice,) = [d for d in documents if d.doc_number and d.doc_number.text == "鄂政办发〔2024〕19号"]
    assert notice.expires is None


@pytest.fixture(scope="module")
def linked_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind69"), [BLIND / "blind69_hubei_gongbao.docx", BLIND / "blind69_hubei_banfa.docx"])


def test_an_article_one_item_of_which_is_amended_still_holds(linked_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: 第七条第（二）项 amended (200→300万元) left out the whole 第七条 under --as-of, its unchanged
    （一） and （三） with it."""
    monkeypatch.setenv("BRI_KB_HOME", str(linked_kb))
    shown = CliRunner().invoke(app, ["ask", "新建或者扩建海外仓按照实际投资额的多少比例给予建设补助", "--doc",
                                     "鄂政办发〔2022〕27号", "--as-of", "2025-01-01", "--format", "json", "--k", "20"])
    assert shown.exit_code == 0, shown.output
    data: dict[str, Any] = json.loads(shown.stdout)
    notes = {h["label"]: h["note"] for h in data["results"]}
    hidden = {h["label"]: h["reason"] for h in data["filtered_out"]}
    assert "本条第（二）项已经 鄂政办发〔2024〕19号 修改" in notes["第七条"]
    assert hidden["第八条"].startswith("2025-01-01时本条已由 鄂政办发〔2024〕19号 废止")


def test_a_table_inside_one_column_of_a_two_column_page_keeps_the_columns_apart() -> None:
    """Regression: in the PDF, a ruled table set inside the left column cut the page across both columns, so the
    right column's text (the second notice's 一、…五、) was read before the first notice's table, and its changes
    were credited to the first notice."""
    parsed = ingest_file(BLIND / "blind69_hubei_gongbao.pdf")
    by_number = {d.doc_number.text: d for d in parsed.documents if d.doc_number}
    first, second = by_number["鄂政办发〔2024〕15号"], by_number["鄂政办发〔2024〕19号"]
    assert first.changes == ()
    assert [(c.action, c.articles) for c in second.changes] == [
        ("extend", ()), ("amend", ("第七条第（二）项",)), ("suspend", ("第九条",)), ("repeal", ("第八条",))]
    texts = [c.text for c in parsed.clauses if c.doc_id == first.doc_id]
    caption = texts.index("湖北自贸试验区各片区服务共建“一带一路”重点任务")
    assert texts[caption - 1].endswith("各片区重点任务见下表。") and texts[caption + 1] == "片区｜重点方向｜牵头单位"
    assert texts[-3].startswith("四、抓好组织实施。") and not any("2024年6月30日。为保持" in t for t in texts)
    opening = next(c.text for c in parsed.clauses if c.doc_id == second.doc_id)
    assert opening.endswith("有效期至2024年6月30日。为保持政策连续性和稳定性，经省人民政府同意，现将有关事项通知如下：")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_masthead_whose_issue_line_carries_its_day(suffix: str) -> None:
    """Regression: the masthead's issue line carries its day (2024年第8期（总第812期）　2024年4月30日), so it was no
    masthead: 湖北省人民政府公报 was a document of its own, its English name and issue line its clauses."""
    parsed = ingest_file(BLIND / f"blind69_hubei_gongbao.{suffix}")
    assert parsed.documents[0].title == "中国（湖北）自由贸易试验区跨境贸易投资便利化规定"
    assert parsed.report.removed["gazette_masthead"] == 3
    assert not any("GAZETTE" in c.text or "总第812期" in c.text for c in parsed.clauses)
