"""HTML and Word files, and bad input, through the same clause model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.ingest.formats import read_document
from bri_kb.ingest.pipeline import ingest_file
from bri_kb.ingest.read import IngestError

from .conftest import DATA

FORMATS = DATA / "formats"
runner = CliRunner()


def test_html_page_gives_the_article_not_the_menus() -> None:
    result = ingest_file(FORMATS / "ningbo_notice.html")
    (doc,) = result.documents
    assert doc.title == "浙江省发展改革委关于印发《宁波“一带一路”建设综合试验区总体方案》的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "浙发改函〔2017〕166号"
    assert (doc.published, doc.level, doc.region) == ("2017-09-20", "provincial", "浙江省")
    text = "\n".join(c.text for c in result.clauses)
    for debris in ("政务公开", "分享到微信", "网站地图", "统计代码", "ICP备"):
        assert debris not in text
    rows = [c for c in result.clauses if c.kind == "table_row"]
    assert [c.label for c in rows] == ["第1项", "第2项", "第3项"]
    assert rows[1].fields == {"序号": "2", "任务": "推进跨境电子商务综合试验区建设，发展海外仓", "责任单位": "宁波市商务委"}
    assert rows[1].path == ("二、重点任务",)
    item = next(c for c in result.clauses if c.label == "（二）")
    assert item.path == ("一、总体要求",) and "2600万标准箱" in item.text


def test_word_file_numbering_headings_and_table() -> None:
    result = ingest_file(FORMATS / "hunan_plan.docx")
    (doc,) = result.documents
    assert doc.title == "湖南省推进国际产能合作三年行动计划（2018—2020年）"
    assert doc.doc_number is not None and doc.doc_number.text == "湘政办发〔2017〕88号"
    assert doc.effective == "2018-01-01"
    items = [c.label for c in result.clauses if c.kind == "item"]
    assert [x for x in items if x.endswith(".")] == ["1.", "2.", "3."]  # Word's automatic numbering, written out
    item = next(c for c in result.clauses if c.label == "2.")
    assert item.text == "2.支持轨道交通装备企业参与境外铁路建设。" and item.path == ("二、重点任务",)
    rows = [c for c in result.clauses if c.kind == "table_row"]
    assert [r.fields["重点国别"] for r in rows] == ["印度尼西亚", "哈萨克斯坦"]
    assert result.report.lost_lines == ()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [("empty.txt", b"", "empty file"), ("junk.txt", bytes(range(256)) * 8, "binary"),
     ("broken.docx", b"PK\x03\x04 not really a zip", "not a readable Word file"),
     ("notes.rtf", b"{\\rtf1 hello}", "unsupported file type .rtf"), ("empty.html", b"", "empty file")],
)
def test_bad_input_is_named_with_its_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(IngestError, match=reason):
        read_document(path)


def test_mixed_folder_ingests_and_bad_files_do_not_stop_the_batch(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FORMATS / "ningbo_notice.html", folder)
    shutil.copy(FORMATS / "hunan_plan.docx", folder)
    shutil.copy(DATA / "gb18030_crlf_decision.txt", folder)
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.docx").write_bytes(b"")
    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    result = runner.invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert "junk.txt: binary content, not text" in result.stdout
    assert "empty.docx: empty file" in result.stdout
    assert "3 files, 3 documents" in result.stdout and "2 failed" in result.stdout
    hits = json.loads(runner.invoke(app, ["ask", "发展海外仓", "--format", "json", "--k", "1"]).stdout)["results"]
    assert hits[0]["fields"]["责任单位"] == "宁波市商务委"
