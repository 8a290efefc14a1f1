"""Documents that answer other documents (a city's 请示, the province's 批复 to it, a 商务部办公厅 复函 to a
province's 商务厅, a 领导小组's 会议纪要), by someone who had not read the reader (tests/data/office/blind78,
made by make_blind78.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind78"


def test_a_reply_to_one_citys_government_applies_in_that_city() -> None:
    """Regression: the province's 批复 to 岳阳市人民政府 applied in all of 湖南省, so its rules came back for
    --where 长沙市."""
    parsed = ingest_file(BLIND / "blind78_hunan_pifu.docx")
    (doc,) = parsed.documents
    assert (doc.level, doc.region, doc.addressees) == ("provincial", "湖南省", "岳阳市人民政府")
    assert {c.applies_to for c in parsed.clauses} == {("岳阳市",)}


def test_a_minutes_number_by_issue_is_its_number_and_its_own_title_names_it() -> None:
    """Regression: the 纪要's number 〔2024〕3期 (an issue, not a 号) was a clause and no number, and its title was
    the letter-spaced 版头 (湖南省…领导小组会 议 纪 要) with its own title under it a clause."""
    parsed = ingest_file(BLIND / "blind78_hunan_jiyao.docx")
    (doc,) = parsed.documents
    assert doc.doc_number is not None and doc.doc_number.text == "〔2024〕3期"
    assert doc.title == "省自贸试验区工作领导小组2024年第二次会议纪要"
    assert doc.issuing_mark == "湖南省自由贸易试验区工作领导小组会议纪要"
    texts = [c.text for c in parsed.clauses]
    assert texts[0].startswith("2024年7月5日，副省长") and "〔2024〕3期" not in texts


def test_a_replys_own_period_to_a_day_is_its_end() -> None:
    """Regression: 试点期限暂定三年，自本函印发之日起至2027年6月30日止 gave the 复函 no end, so it stood in force
    under any --as-of."""
    (doc,) = ingest_file(BLIND / "blind78_mofcom_fuhan.docx").documents
    assert (doc.effective, doc.expires) == ("2024-06-12", "2027-06-30")
    assert (doc.level, doc.region) == ("ministry", "湖南省")


@pytest.fixture(scope="module")
def answers_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind78"), sorted(BLIND.glob("*.docx")))


def test_a_question_asked_for_another_city_is_told_the_reply_was_left_out(
        answers_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--where 长沙市 leaves the 批复 to 岳阳市 out and lists it as filtered out; --where 岳阳市 answers with it first."""
    monkeypatch.setenv("BRI_KB_HOME", str(answers_kb))
    question = "岳阳片区扩区范围内能不能新上高耗能项目"

    def asked(where: str) -> dict[str, Any]:
        shown = CliRunner().invoke(app, ["ask", question, "--where", where, "--format", "json", "--k", "5"])
        assert shown.exit_code == 0, shown.output
        data: dict[str, Any] = json.loads(shown.stdout)
        return data

    there, elsewhere = asked("岳阳市"), asked("长沙市")
    assert there["results"][0]["doc_number"] == "湘政函〔2024〕45号"
    assert all(h["doc_number"] != "湘政函〔2024〕45号" for h in elsewhere["results"])
    assert any(h["doc_number"] == "湘政函〔2024〕45号" for h in elsewhere["filtered_out"])
