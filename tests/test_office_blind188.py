"""Ordinary pages of four more sites saved from the browser — a 省发展改革委 notice of <div> paragraphs whose 附件 are a
picture and two unsaved downloads, a 市人民政府 规划 with footnotes, a 片区 page of a notice and its 解读 parted by <hr>,
and a county's mobile page (tests/data/office/blind188, made by make_blind188.py by someone who had not read the
reader)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import DATA

BLIND = DATA / "office" / "blind188"


def test_attachments_linked_and_not_saved_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: the notice's 附件1 and 附件2 are links to files on the site, not saved with the page; their content
    was missing and the ingest report said nothing. It now names them."""
    from typer.testing import CliRunner

    from bri_kb.cli import app

    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    result = CliRunner().invoke(app, ["ingest", str(BLIND / "blind188_henan_fgw.html")])
    assert result.exit_code == 0, result.output
    assert "附件未随网页保存：附件1.2024年度河南省“一带一路”建设重点项目申报名额分配表" in result.output
    assert "共 2 个" in result.output


def test_a_page_whose_attachment_is_saved_names_none() -> None:
    """(round 184's page: its 附件 is saved in its _files folder and read with it; nothing is named)"""
    from bri_kb.ingest.webpage import read_html

    assert read_html(DATA / "office" / "blind184" / "blind184_yunnan_swt.html").unsaved == ()
