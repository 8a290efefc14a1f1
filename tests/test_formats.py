"""HTML and Word files, and bad input, through the same clause model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.errors import IngestError
from bri_kb.ingest.readers import read_document
from tests.helpers import ingest_file

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
    [("empty.txt", b"", "空文件"), ("junk.txt", bytes(range(256)) * 8, "二进制"),
     ("broken.docx", b"PK\x03\x04 not really a zip", "无法读取的 Word 文件"),
     ("notes.rtf", b"{\\rtf1 hello}", "不支持的文件类型 .rtf"), ("empty.html", b"", "空文件")],
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
    shutil.copy(FORMATS / "zhejiang_regulation.pdf", folder)
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.docx").write_bytes(b"")
    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    result = runner.invoke(app, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert "junk.txt：二进制内容，不是文本" in result.stdout
    assert "empty.docx：空文件" in result.stdout
    assert "4 个文件，4 份文件" in result.stdout and "2 个失败" in result.stdout
    hits = json.loads(runner.invoke(app, ["ask", "发展海外仓", "--format", "json", "--k", "1"]).stdout)["results"]
    assert hits[0]["fields"]["责任单位"] == "宁波市商务委"
    art = json.loads(runner.invoke(app, ["clause", "浙江）自由贸易试验区条例", "32", "--format", "json"]).stdout)
    assert art["source"]["file"] == "zhejiang_regulation.pdf" and art["source"]["page"] >= 1


# ---- PDF ----------------------------------------------------------------

def _fp(text: str) -> str:
    from bri_kb.vocabulary import squash as fingerprint

    return fingerprint(text)


def test_pdf_ftz_table_gives_the_same_16_rows_as_the_text_path() -> None:
    from .conftest import GOLDEN

    result = ingest_file(FORMATS / "guofa_2017_57_table.pdf")
    rows = [c for c in result.clauses if c.kind == "table_row"]
    golden = json.loads((GOLDEN / "guofa_2017_57_rows.json").read_text(encoding="utf-8"))
    assert [c.label for c in rows] == [g["label"] for g in golden]
    for row, gold in zip(rows, golden, strict=True):
        assert {k: _fp(v) for k, v in row.fields.items()} == {k: _fp(v) for k, v in gold.items() if k != "label"}
    assert [r.source.page for r in rows] == [1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]
    notes = [c for c in result.clauses if c.kind == "note"]
    assert len(notes) == 1 and notes[0].text.endswith("第10项至第16项适用于所有自由贸易试验区。")
    text = "\n".join(c.text for c in result.clauses)
    assert "科技信息参考一带一路增刊" not in text  # running header dropped by position and repetition
    assert result.documents[0].title.endswith("部门规章规定的决定")


@pytest.mark.parametrize(
    ("pdf", "title"),
    [("zhejiang_regulation.pdf", "中国（浙江）自由贸易试验区条例"), ("henan_plan.pdf", "河南省参与建设“一带一路”实施方案")],
)
def test_pdf_gives_the_same_clauses_as_the_text_path(compilation, pdf: str, title: str) -> None:  # type: ignore[no-untyped-def]
    doc = next(d for d in compilation.documents if d.title == title)
    expected = [(c.label, c.kind, _fp(c.text)) for c in compilation.clauses if c.doc_id == doc.doc_id]
    result = ingest_file(FORMATS / pdf)
    assert result.documents[0].title == title
    assert [(c.label, c.kind, _fp(c.text)) for c in result.clauses] == expected
    assert all(c.source.page for c in result.clauses)
    assert result.clauses[-1].source.page > 1


def test_bad_pdfs_are_named_with_their_reason(tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.pdf"
    raw = (FORMATS / "henan_plan.pdf").read_bytes()
    truncated.write_bytes(raw[: len(raw) // 3])
    cases = {FORMATS / "encrypted.pdf": "加密的 PDF", FORMATS / "scanned.pdf": "需要先做 OCR",
             truncated: "损坏或不完整的 PDF"}
    for path, reason in cases.items():
        with pytest.raises(IngestError, match=reason):
            read_document(path)
