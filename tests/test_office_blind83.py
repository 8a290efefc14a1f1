"""公文 as they come out of an office's OA system, as .docx and LibreOffice PDF: a notice printed after its
发文稿纸 (the draft-approval form), and a 明传电报 under its header table, by someone who had not read the reader
(tests/data/office/blind83, made by make_blind83.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind83"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_draft_approval_form_before_the_notice_is_furniture(suffix: str) -> None:
    """Regression: the 发文稿纸 (浙江省商务厅发文稿纸, its 签发｜…｜会签｜… grid, 打字/校对/用印) titled the file and its
    fields were clauses, paired with the wrong labels; the notice after it had no 文号, no 主送 and its 版头,
    title and 主送 as clauses. The form is removed, and counted in the report as such."""
    parsed = ingest_file(BLIND / f"blind83_zhejiang_fawengaozhi.{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "浙江省商务厅关于开展中国（浙江）自由贸易试验区“一带一路”数字贸易便利化试点工作的通知"
    assert (doc.doc_number and doc.doc_number.text, doc.issuing_mark) == ("浙商务发〔2024〕37号", "浙江省商务厅文件")
    assert doc.addressees == "各设区市商务局，中国（浙江）自由贸易试验区各片区管委会"
    texts = [c.text for c in parsed.clauses]
    assert texts[0].startswith("为贯彻落实高质量共建") and not any("签发" in t or "OA流水号" in t for t in texts)
    assert parsed.report.removed.get("draft_form", 0) >= 12


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_telegrams_head_gives_its_number_and_its_title_is_its_own(suffix: str) -> None:
    """Regression: a 明传电报 was titled 明 传 电 报, its head table (发电单位｜…｜明电编号｜厦府明电〔2024〕19号) made
    three mispaired clauses, and its real title was glued to its 主送 in the first clause."""
    parsed = ingest_file(BLIND / f"blind83_xiamen_mingdian.{suffix}")
    (doc,) = parsed.documents
    assert doc.title.startswith("厦门市人民政府关于切实做好台风") and doc.title.endswith("外贸企业纾困工作的紧急通知")
    assert (doc.doc_number and doc.doc_number.text, doc.issuers) == ("厦府明电〔2024〕19号", ("厦门市人民政府",))
    assert doc.addressees == "各区人民政府，市直各委、办、局，中国（福建）自由贸易试验区厦门片区管委会，各有关单位"
    assert parsed.clauses[0].text.startswith("受第13号台风")


def test_the_ingest_report_names_the_removed_form_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lines of a 发文稿纸 are removed, not lost: `bri ingest` counts them under their Chinese name."""
    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    (tmp_path / "in").mkdir()
    shutil.copy(BLIND / "blind83_zhejiang_fawengaozhi.docx", tmp_path / "in")
    shown = CliRunner().invoke(app, ["ingest", str(tmp_path / "in")])
    assert shown.exit_code == 0, shown.output
    assert "发文稿纸、呈批件等办文表单 12" in shown.output and "draft_form" not in shown.output


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_measure_for_firms_in_a_zone_applies_in_that_zone(suffix: str) -> None:
    """Regression: an item that opens 对…片区内… or 对在…片区… (for firms in a 片区) applied city-wide (round 85's
    notices and this 明传电报's （一）对厦门片区内…); an item naming districts only keeps the city."""
    parsed = ingest_file(BLIND / f"blind83_xiamen_mingdian.{suffix}")
    places = {c.label: c.applies_to for c in parsed.clauses}
    assert places["（一）"] == ("中国（福建）自由贸易试验区厦门片区",)
    assert places["一、"] == ("厦门市",)
