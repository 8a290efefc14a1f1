"""When documents take effect and end, written every way offices write it (a 印发 notice with 有效期3年 and a
成文日期 in Chinese numerals, a 办法 that starts 30 days after its issue and its 细则 over a page break, a 补充通知
extending another document's 执行期限), as .docx and LibreOffice PDF, by someone who had not read the reader
(tests/data/office/blind95, made by make_blind95.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind95"
XIAMEN = ("中国（福建）自由贸易试验区厦门片区管理委员会关于印发《中国（福建）自由贸易试验区厦门片区“丝路海运”国际航线"
          "培育扶持办法（试行）》及申报审核细则的通知")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_title_over_five_lines_is_whole(suffix: str) -> None:
    """Regression (Word): a title set over five lines (a 片区 committee's long name) stopped after four, and its
    last line (审核细则的通知) was glued onto the 主送."""
    (doc,) = ingest_file(BLIND / f"blind95_xiamen_banfa.{suffix}").documents
    assert doc.title == XIAMEN
    assert doc.addressees == "片区各部门，厦门港口管理局，各有关航运企业"
    assert (doc.effective, doc.signed) == ("2024-10-10", "2024-09-10")  # 自发布之日起30日后施行


def test_a_printing_line_wrapped_after_its_month_is_the_imprint() -> None:
    """Regression (PDF): "…管理委员会办公室 2024年9月" / "11日印发" was read into the 抄送 list."""
    (doc,) = ingest_file(BLIND / "blind95_xiamen_banfa.pdf").documents
    assert doc.cc == "厦门市人民政府办公厅，福建省自贸办，厦门海关。"
    assert (doc.printed_by, doc.printed_date) == ("中国（福建）自由贸易试验区厦门片区管理委员会办公室", "2024-09-11")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_extended_execution_period_is_an_extension(suffix: str) -> None:
    """Regression: 《若干措施》执行期限延长至2027年12月31日 was not read as extending the document (only 有效期 was)."""
    (doc,) = ingest_file(BLIND / f"blind95_fuzhou_buchong.{suffix}").documents
    extend = [c for c in doc.changes if c.action == "extend"]
    assert [(c.target, c.date) for c in extend] == [("榕政办规〔2024〕6号", "2027-12-31")]
    assert (doc.effective, doc.expires) == ("2025-03-12", None)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_valid_for_three_years_from_a_date_in_chinese_numerals(suffix: str) -> None:
    (doc,) = ingest_file(BLIND / f"blind95_fujian_tongzhi.{suffix}").documents
    assert (doc.signed, doc.effective, doc.expires) == ("2024-06-18", "2024-06-18", "2027-06-17")


@pytest.fixture(scope="module")
def periods_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind95"), sorted(BLIND.glob("*.docx")))


def test_the_list_of_documents_says_when_each_is_in_force(periods_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: bri docs said when a document was issued, not from when and until when it is in force."""
    monkeypatch.setenv("BRI_KB_HOME", str(periods_kb))
    monkeypatch.setenv("COLUMNS", "60")  # one block a document
    shown = CliRunner().invoke(app, ["docs"]).stdout
    assert "有效期 2024-10-10 至 2027-12-31" in shown and "有效期 2025-03-12 起" in shown
