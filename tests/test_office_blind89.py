"""PDFs with pages that hold no text, as offices make them (an 附件 printed as a picture on a page of its own, a
seal over the signature, a QR code with 扫码查看政策解读, a chart with its caption, a blank page), as .docx and
LibreOffice PDF, by someone who had not read the reader (tests/data/office/blind89, made by make_blind89.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind89"


def test_a_page_that_is_a_picture_is_reported_not_lost_silently(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: the notice's 附件, printed as a picture alone on page 4, was dropped without a word: the report
    said nothing lost and nothing removed. The page is named as holding no text, with what to do."""
    assert ingest_file(BLIND / "blind89_xiamen_notice.pdf").report.textless_pages == (4,)
    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    (tmp_path / "in").mkdir()
    shutil.copy(BLIND / "blind89_xiamen_notice.pdf", tmp_path / "in")
    shown = CliRunner().invoke(app, ["ingest", str(tmp_path / "in")])
    assert shown.exit_code == 0, shown.output
    assert "没有文字的页：第 4 页" in shown.output and "OCR" in shown.output


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_qr_codes_caption_is_no_document(suffix: str) -> None:
    """Regression: 扫码查看政策解读 under a QR code before the 版记 was taken for a 政策解读's title: a document of
    its own, which took the notice's 抄送 and 印发 office."""
    (doc,) = ingest_file(BLIND / f"blind89_guangxi_notice.{suffix}").documents
    assert doc.doc_number is not None and doc.doc_number.text == "桂商自贸发〔2024〕9号"
    assert doc.printed_by == "广西壮族自治区商务厅办公室" and doc.cc is not None and doc.cc.startswith("自治区发展改革委")
