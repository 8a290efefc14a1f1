"""What ingest says about files as people drop them in (round forty-seven, written
blind: a truncated download, a renamed .doc or text file, Office's lock files,
.doc/.wps/.xlsx in a folder), and what a second ingest does to the first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.errors import IngestError, QueryError
from bri_kb.ingest.readers import read_document
from bri_kb.query.filters import level_key

from .conftest import DATA

FORMATS = DATA / "formats"
runner = CliRunner()


def _docx(path: Path) -> Path:
    shutil.copy(FORMATS / "hunan_plan.docx", path)
    return path


@pytest.mark.parametrize(("make", "says"), [
    (lambda p: p.write_bytes(_docx(p).read_bytes()[:2000]), "文件已损坏或不完整（可能下载中断）；请重新下载"),
    (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), "旧版 Word（.doc）或 WPS 格式的文件，只是后缀为 .docx"),
    (lambda p: p.write_text("关于支持跨境电商发展的通知\n一、支持企业。", encoding="utf-8"),
     "纯文本文件，只是后缀为 .docx；请把后缀改为 .txt"),
])
def test_a_word_file_that_is_not_says_what_it_is(tmp_path: Path, make, says: str) -> None:  # type: ignore[no-untyped-def]
    """Regression: every unreadable .docx said only 无法读取的 Word 文件（PackageNotFoundError）."""
    path = tmp_path / "通知.docx"
    make(path)
    with pytest.raises(IngestError) as err:
        read_document(path)
    assert says in str(err.value) and "Error" not in str(err.value)


def test_a_folder_names_what_it_skips_and_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: .doc, .wps, .xls and a file without a suffix in a folder were skipped without a word, and Word's
    lock file (~$…docx) counted as a failed file."""
    folder = tmp_path / "in"
    folder.mkdir()
    _docx(folder / "湖南方案.docx")
    (folder / "旧版公文.doc").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    (folder / "统计表.xls").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    (folder / "没有后缀").write_text("正文", encoding="utf-8")
    (folder / "~$湖南方案.docx").write_bytes(b"\x00" * 162)
    (folder / ".~lock.湖南方案.docx#").write_text("user", encoding="utf-8")
    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    result = runner.invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 0, result.stdout
    assert "0 个失败" in result.stdout and "~$" not in result.stdout and "lock" not in result.stdout
    assert "跳过 1 个文件（旧版公文.doc）：不支持的文件类型 .doc；旧版 Word 文件，请用 Word 或 WPS 打开后另存为 .docx" in result.stdout
    assert "统计表.xls）：不支持的文件类型 .xls；旧版表格文件，请用 Excel 或 WPS 另存为 .xlsx" in result.stdout
    assert "没有后缀）：没有后缀的文件" in result.stdout


def test_a_second_ingest_says_what_it_dropped_and_add_keeps_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: `bri ingest B` after `bri ingest A` left A out of the knowledge base without a word."""
    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    first, second, third = FORMATS / "ningbo_notice.html", FORMATS / "hunan_plan.docx", DATA / "gb18030_crlf_decision.txt"
    assert runner.invoke(app, ["ingest", str(first)]).exit_code == 0
    replaced = runner.invoke(app, ["ingest", str(second)])
    assert "上一版中的 1 个文件不再在其中：ningbo_notice.html" in replaced.stdout and "--add" in replaced.stdout
    added = runner.invoke(app, ["ingest", "--add", str(third)])
    assert added.exit_code == 0 and "2 个文件" in added.stdout and "不再在其中" not in added.stdout
    docs = runner.invoke(app, ["docs"]).stdout
    assert "湖南省推进国际产能合作" in docs and "国务院关于在自由贸易试验区暂时调整" in docs
    assert "宁波“一带一路”建设综合试验区总体方案" not in docs  # dropped by the second ingest, as it said


def test_levels_are_named_in_chinese() -> None:
    assert level_key("省级") == level_key("provincial") == "provincial"
    assert level_key("国务院") == "state_council"
    with pytest.raises(QueryError, match="国家级的文件分属国务院和部委两级.*国务院（state_council）"):
        level_key("国家级")
