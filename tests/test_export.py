from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.export.compare import Cell, Sheet
from bri_kb.export.writers import write

runner = CliRunner()
HENAN_PLAN = "河南省参与建设“一带一路”实施方案"
TIANJIN_PLAN = "天津市“一带一路”科技创新合作行动计划（2017—2020年）"


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_compare_provincial_plans_in_xlsx(kb_env: Path, tmp_path: Path) -> None:
    out = tmp_path / "compare.xlsx"
    run("export", "compare", "--topic", "跨境电商=跨境电子商务", "--topic", "金融合作=金融机构,人民币跨境",
        "--level", "provincial", "-o", str(out))
    wb = load_workbook(out)
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    assert header == ["文件", "跨境电商", "金融合作"]
    assert ws.freeze_panes == "B2"
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    henan = rows[HENAN_PLAN]
    assert "跨境电子商务" in henan[1].value and HENAN_PLAN in henan[1].value  # the citation names the plan
    tianjin = next(r for k, r in rows.items() if k.endswith(TIANJIN_PLAN))
    assert tianjin[1].value == "未涉及"
    sources = wb.worksheets[1]
    cited = [r[0].value for r in sources.iter_rows(min_row=2)]
    assert any(HENAN_PLAN in c for c in cited)
    assert all(r[1].value for r in sources.iter_rows(min_row=2))  # full text of every clause cited


def test_not_covered_is_honest(kb_env: Path, tmp_path: Path) -> None:
    """未涉及 only where the document really never mentions the topic."""
    out = tmp_path / "c.json"
    run("export", "compare", "--topic", "跨境电商=跨境电子商务", "--doc", "天津市“一带一路”科技创新", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["rows"][0]["跨境电商"] == "未涉及"
    clauses = tmp_path / "tianjin.jsonl"
    run("export", "clauses", "--doc", "天津市“一带一路”科技创新", "-o", str(clauses))
    texts = [json.loads(x)["text"] for x in clauses.read_text(encoding="utf-8").splitlines()]
    assert texts and not any("跨境电子商务" in t or "跨境电商" in t for t in texts)


def test_matrix_of_the_ftz_table_tells_already_in_force_from_extended(kb_env: Path, tmp_path: Path) -> None:
    out = tmp_path / "matrix.csv"
    run("export", "matrix", "国发〔2017〕57号", "-o", str(out))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    zones = header[2:-1]
    assert header[:2] == ["条款", "内容"]
    assert len(body) == 16 and len(zones) == 11 and "中国（河南）自由贸易试验区" in zones
    # each row is named by the regulation it adjusts, not only 第N项
    assert body[4][0] == "第5项" and body[4][1].startswith("《娱乐场所管理条例》")
    # the table note: items 1–9 were in force in 上海, 广东, 天津 and 福建 before; this decision extends them
    first_four = {"中国（上海）自由贸易试验区", "中国（广东）自由贸易试验区", "中国（天津）自由贸易试验区", "中国（福建）自由贸易试验区"}
    for row in body[:9]:
        for zone, cell in zip(zones, row[2:-1], strict=True):
            assert cell == ("此前已适用" if zone in first_four else "本文件推广适用"), (row[0], zone, cell)
    # items 10–16 apply in every FTZ, with no earlier/extended distinction
    assert all(cell == "适用" for row in body[9:] for cell in row[2:-1])


def test_table_export_has_columns_and_applicability(kb_env: Path, tmp_path: Path) -> None:
    out = tmp_path / "table.md"
    run("export", "table", "国发〔2017〕57号", "-o", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| 条款 | 序号 | 有关行政法规、国务院文件和经国务院批准的部门规章规定 | 调整情况 | 适用范围")
    assert len(lines) == 2 + 16
    assert "允许外商以独资形式从事加油站建设" in lines[2 + 8]


def test_spec_file_reruns_byte_identical(kb_env: Path, tmp_path: Path) -> None:
    spec = tmp_path / "briefing.toml"
    spec.write_text('outputs = ["out/b.xlsx", "out/b.csv", "out/b.html"]\nby = "region"\nlevel = "provincial"\n'
                    '[[topic]]\nname = "跨境电商"\nsynonyms = ["跨境电子商务"]\n'
                    '[[topic]]\nname = "教育合作"\nsynonyms = ["留学", "教育"]\n', encoding="utf-8")
    run("export", "compare", "--spec", str(spec))
    first = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    run("export", "compare", "--spec", str(spec))
    assert first == {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    page = first["b.html"].decode("utf-8")
    assert "河南省" in page and "http" not in page  # standalone, by region


def test_writers_escape() -> None:
    sheet = Sheet("t", ("a", "b"), ((Cell("x|y"), Cell("<script>alert(1)</script>")),))
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        write(sheet, Path(d) / "t.md")
        write(sheet, Path(d) / "t.html")
        assert "x\\|y" in (Path(d) / "t.md").read_text(encoding="utf-8")
        assert "<script>" not in (Path(d) / "t.html").read_text(encoding="utf-8")


def test_export_errors(kb_env: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "compare", "--topic", "金融", "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2 and "文件后缀须为" in result.stderr
    result = runner.invoke(app, ["export", "table", "中国（浙江）自由贸易试验区条例", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 2 and "没有表格" in result.stderr
