"""PDFs as offices make them (Word files exported by LibreOffice, made by
tests/data/office/layout/make_layout.py): layout read from positions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.vocabulary import squash
from tests.helpers import Parsed, ingest_file

from .conftest import DATA, GOLDEN

LAYOUT = DATA / "office" / "layout"
LEFT = "有关行政法规、国务院文件和经国务院批准的部门规章规定"
COLUMNS = ["序号", LEFT, "调整情况"]


@pytest.fixture(scope="module")
def parsed() -> dict[str, Parsed]:
    return {p.stem: ingest_file(p) for p in sorted(LAYOUT.glob("*.pdf"))}


@pytest.mark.parametrize("name", ["guofa_ruled_repeat", "guofa_borderless_a5", "guofa_borderless_repeat"])
def test_table_gives_its_16_rows_keyed_by_its_own_header(parsed: dict[str, Parsed], name: str) -> None:
    """Ruled with the header row repeated on every page, without any rulings
    on A5, or without rulings and the header repeated: the same 16 rows, rows
    cut by page breaks joined."""
    result = parsed[name]
    (doc,) = result.documents
    # The title set large and wrapped over two lines is read whole.
    assert doc.title == "国务院关于在自由贸易试验区暂时调整有关行政法规、国务院文件和经国务院批准的部门规章规定的决定"
    assert doc.doc_number is not None and doc.doc_number.text == "国发〔2017〕57号"
    rows = [c for c in result.clauses if c.kind == "table_row"]
    golden = json.loads((GOLDEN / "guofa_2017_57_rows.json").read_text(encoding="utf-8"))
    assert [c.label for c in rows] == [f"第{n}项" for n in range(1, 17)]
    for row, gold in zip(rows, golden, strict=True):
        assert list(row.fields) == COLUMNS  # the text above the table is no part of any key
        assert {k: squash(v) for k, v in row.fields.items()} == {k: squash(gold[k]) for k in COLUMNS}
    assert len({r.source.page for r in rows}) >= 4  # the table runs over several pages
    headers = [c for c in result.clauses if c.kind == "table_header"]
    assert len(headers) == 1  # the header repeated on later pages is dropped
    assert not any("序号" in c.text for c in result.clauses if c.kind not in ("table_header", "table_row"))
    assert rows[4].fields["调整情况"].startswith("暂时停止实施相关内容，允许设立外商独资经营的娱乐场所")
    note = [c for c in result.clauses if c.kind == "note"]
    assert len(note) == 1 and note[0].text.endswith("第10项至第16项适用于所有自由贸易试验区。")
    assert result.report.uncertain_pages == () and result.report.lost_lines == ()


def test_two_column_gazette_gives_each_article_its_own_text(parsed: dict[str, Parsed], compilation: Parsed) -> None:
    title = "中国（浙江）自由贸易试验区条例"
    doc = next(d for d in compilation.documents if d.title == title)
    expected = {c.label: squash(c.text) for c in compilation.clauses if c.doc_id == doc.doc_id and c.kind == "article"}
    result = parsed["zhejiang_gazette"]
    assert result.documents[0].title == title
    got = {c.label: squash(c.text) for c in result.clauses if c.kind == "article"}
    assert len(expected) == 59 and got == expected
    text = "\n".join(c.text for c in result.clauses)
    assert "公报" not in text  # the running header, dropped
    assert result.report.uncertain_pages == ()


def test_compilation_splits_into_its_documents(parsed: dict[str, Parsed], compilation: Parsed) -> None:
    titles = _compiled_titles(LAYOUT / "make_layout.py")
    result = parsed["compilation"]
    assert [d.title for d in result.documents] == titles
    by_title = {d.title: d for d in compilation.documents}
    for doc in result.documents:
        assert doc.published == by_title[doc.title].published
        assert doc.source_name == by_title[doc.title].source_name
    numbers = [d.doc_number.text if d.doc_number else None for d in result.documents]
    assert numbers == [None, None, "保监发〔2017〕38号", "财税〔2017〕34号", None, "津科规〔2017〕5号", "浙发改函〔2017〕166号"]
    assert all(c.source.page for c in result.clauses)
    assert result.report.lost_lines == () and result.report.uncertain_pages == ()


def _compiled_titles(generator: Path) -> list[str]:
    """The COMPILED titles as the generator lists them (read, not imported:
    importing it needs python-docx's writer and LibreOffice only to build)."""
    import ast

    tree = ast.parse(generator.read_text(encoding="utf-8"))
    node = next(n for n in tree.body if isinstance(n, ast.Assign) and getattr(n.targets[0], "id", "") == "COMPILED")
    value = ast.literal_eval(node.value)
    assert isinstance(value, tuple)
    return list(value)


def test_text_run_over_the_gutter_is_reported_as_uncertain_reading_order(parsed: dict[str, Parsed]) -> None:
    assert parsed["crossed_gutter"].report.uncertain_pages == (1,)
    clean = [name for name, result in parsed.items() if not result.report.uncertain_pages]
    assert sorted(clean) == ["compilation", "guofa_borderless_a5", "guofa_borderless_repeat", "guofa_ruled_repeat",
                             "zhejiang_gazette"]


def test_ingest_report_names_the_uncertain_pages_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(LAYOUT / "crossed_gutter.pdf", folder)
    shutil.copy(LAYOUT / "zhejiang_gazette.pdf", folder)
    monkeypatch.setenv("BRI_KB_HOME", str(tmp_path / "kb"))
    out = CliRunner().invoke(app, ["ingest", str(folder)]).stdout
    lines = out.splitlines()
    at = next(n for n, ln in enumerate(lines) if ln.startswith("crossed_gutter.pdf"))
    assert lines[at + 1].strip().startswith("阅读顺序不确定：第 1 页（共 1 页")
    assert sum("阅读顺序不确定：" in ln for ln in lines) == 1  # not for the clean gazette
    assert "1 页阅读顺序不确定" in lines[-1]


def test_compilation_documents_sharing_a_date_each_opening_a_page_are_all_found() -> None:
    """Regression: the 114-page compilation lost every document whose
    发布时间 line (2016-10-19, four documents) repeated next to page breaks:
    the line was taken for a running header."""
    from tests.helpers import ingest_text

    pages = []
    for n, place in enumerate(["河北省", "广西", "成都市", "广东省"], 1):
        pages.append("\n".join([
            f"{place}参与“一带一路”建设实施方案", "发布时间：2016-10-19", f"来源：{place}人民政府网站",
            f"一、{place}的总体要求和发展目标。", f"二、{place}的重点任务和保障措施。", f"- {n} -",
        ]))
    result = ingest_text("\n\f".join(pages) + "\n", "compilation.txt")
    assert [d.title for d in result.documents] == [f"{p}参与“一带一路”建设实施方案" for p in ["河北省", "广西", "成都市", "广东省"]]
    assert all(d.published == "2016-10-19" for d in result.documents)


def test_short_lines_above_a_table_never_join_its_header() -> None:
    """Regression: a signature, a date, 附件 and a two-line table title above
    the table made a run of short fragments that swallowed the header row,
    so the 序号 key read "国务院2017年12月25日（此件公开发布）附件…序号"."""
    from tests.helpers import ingest_text

    above = ["\u3000\u3000根据试验情况，本决定内容适时进行调整。", "\u3000\u3000国务院", "\u3000\u30002017年12月25日",
             "\u3000\u3000（此件公开发布）", "附件", "\u3000\u3000国务院决定在自由贸易试验区暂时调整有关行政法规目录",
             "\u3000\u3000批准的部门规章规定目录"]
    table = ["序号｜有关规定｜调整情况", "1｜《娱乐场所管理条例》第六条｜暂时停止实施", "2｜《旅行社条例》第二十三条｜暂时停止实施"]
    result = ingest_text("\n".join(["关于暂时调整有关规定的决定", *above, *table]) + "\n", "d.pdf", wrapped=True,
                         indent_opens=True)
    rows = [c for c in result.clauses if c.kind == "table_row"]
    assert [list(r.fields) for r in rows] == [["序号", "有关规定", "调整情况"]] * 2
    assert rows[1].fields["有关规定"] == "《旅行社条例》第二十三条"


def _word(text: str, x0: float, top: float, size: float = 10.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + size * len(text), "top": top, "bottom": top + size, "size": size}


def test_three_newspaper_columns_are_read_one_after_another() -> None:
    from bri_kb.ingest.layout import TextLine, page_layout

    words = [_word("报纸标题居中横跨三栏之上", 150, 60)]
    for col, x0 in enumerate((50, 230, 410)):
        words += [_word(f"第{col + 1}栏第{n + 1}行文字内容", x0, 100 + 14 * n) for n in range(6)]
    layout = page_layout(words, [], (40.0, 800.0))
    lines = [i.text for i in layout.items if isinstance(i, TextLine)]
    assert lines == ["报纸标题居中横跨三栏之上"] + [f"第{c}栏第{n}行文字内容" for c in (1, 2, 3) for n in range(1, 7)]
    assert not layout.uncertain


def test_two_lines_with_a_wide_gap_stay_lines() -> None:
    from bri_kb.ingest.layout import TextLine, page_layout

    words = [_word("联系人：张三", 50, 100), _word("电话：12345678", 300, 100),
             _word("联系人：李四", 50, 114), _word("电话：87654321", 300, 114)]
    layout = page_layout(words, [], (40.0, 800.0))
    assert [i.text for i in layout.items if isinstance(i, TextLine)] == ["联系人：张三 电话：12345678", "联系人：李四 电话：87654321"]


def test_cut_row_under_a_running_header_carries_on_the_table() -> None:
    """The rest of a row cut by the page break, below the running header, is
    the first row of the page's table (first cell empty), not loose lines."""
    from bri_kb.ingest.layout import Grid, page_layout

    words = [_word("中华人民共和国国务院公报", 200, 20)]
    words += [_word(f"上页第九项规定的后续文字第{n}行", 100, 60 + 14 * n) for n in range(3)]
    for n, row in enumerate((10, 11, 12)):
        top = 110 + 60 * n
        words += [_word(str(row), 52, top), _word(f"第{row}项规定的文字内容", 100, top),
                  _word(f"第{row}项规定的后续文字", 100, top + 14), _word(f"第{row}项调整情况", 380, top)]
    layout = page_layout(words, [], (50.0, 800.0), carried=(75.0, 330.0))
    grids = [i for i in layout.items if isinstance(i, Grid)]
    assert len(grids) == 1
    first, *rows = grids[0].rows
    assert first[0] == "" and first[1].startswith("上页第九项规定的后续文字第0行")
    assert [r[0] for r in rows] == ["10", "11", "12"]


def test_column_ending_inside_a_sentence_the_next_does_not_carry_on_is_uncertain() -> None:
    from bri_kb.ingest.layout import page_layout

    def column(x0: float, first_indent: bool, last: str) -> list[dict[str, object]]:
        lines = [_word("第一行文字内容较长足以成", x0 + (20 if first_indent else 0), 100)]
        lines += [_word("中间一行文字内容较长足以成行", x0, 100 + 14 * n) for n in range(1, 5)]
        return [*lines, _word(last, x0, 170)]

    clean = column(50, True, "这一行在此结束了它的句子。") + column(260, False, "右栏最后一行文字在此结束。")
    broken = column(50, True, "这一行在此还没有结束它的句") + column(260, True, "右栏最后一行文字在此结束。")
    assert not page_layout(clean, [], (40.0, 800.0)).uncertain
    assert page_layout(broken, [], (40.0, 800.0)).uncertain


@pytest.mark.parametrize("name", ["guofa_ruled_repeat", "guofa_borderless_a5", "guofa_borderless_repeat"])
def test_the_word_files_give_the_same_rows_as_their_pdfs(parsed: dict[str, Parsed], name: str) -> None:
    from_word = ingest_file(LAYOUT / f"{name}.docx")
    rows = [(c.label, {k: squash(v) for k, v in c.fields.items()}) for c in from_word.clauses if c.kind == "table_row"]
    assert rows == [(c.label, {k: squash(v) for k, v in c.fields.items()})
                    for c in parsed[name].clauses if c.kind == "table_row"]
    assert len(rows) == 16


def test_the_gazette_word_file_gives_the_same_articles_as_its_pdf(parsed: dict[str, Parsed]) -> None:
    from_word = ingest_file(LAYOUT / "zhejiang_gazette.docx")
    articles = [(c.label, squash(c.text)) for c in from_word.clauses if c.kind == "article"]
    assert len(articles) == 59
    assert articles == [(c.label, squash(c.text)) for c in parsed["zhejiang_gazette"].clauses if c.kind == "article"]


@given(st.lists(st.lists(st.tuples(st.integers(0, 40), st.text("政策条款规定办法实施", min_size=1, max_size=12)),
                         min_size=1, max_size=4), min_size=1, max_size=30))
@settings(max_examples=60, deadline=None)
def test_layout_loses_and_doubles_no_word(rows: list[list[tuple[int, str]]]) -> None:
    """Whatever the columns and tables found, every character of the page is
    read exactly once."""
    from collections import Counter

    from bri_kb.ingest.layout import Grid, page_layout

    words, x = [], 0.0
    for n, row in enumerate(rows):
        x = 50.0
        for gap, text in row:
            words.append(_word(text, x + gap, 100 + 14 * n))
            x += gap + 10 * len(text)
    layout = page_layout(words, [], (40.0, 800.0))
    out = "".join(i.text if not isinstance(i, Grid) else "".join("".join(r) for r in i.rows) for i in layout.items)
    assert Counter(out.replace(" ", "")) == Counter("".join(w["text"] for w in words))


def _word(text: str, x0: float, top: float) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 12.0 * len(text), "top": top, "bottom": top + 12.0, "size": 12.0}


def test_a_narrow_table_is_a_columns_table_only_with_the_other_columns_text_beside_it() -> None:
    """A ruled table in the left half of a page parts two columns only where text stands beside it in the right
    column; on a one-column page (nothing beside it) it parts nothing. A title across the page above the columns
    is read before them; a line across the gutter below the table's top means no columns there."""
    from bri_kb.ingest.columns import table_columns

    body = (40.0, 760.0)
    table = (60.0, 300.0, 280.0, 420.0)
    left = [_word("左栏正文左栏正文左栏", 60.0, y) for y in (100.0, 120.0, 140.0, 440.0)]
    right = [_word("右栏正文右栏正文右栏正文右栏正文右栏正", 310.0, y) for y in (100.0, 120.0, 140.0, 320.0, 360.0)]
    assert table_columns(left + right, [table], body) == (pytest.approx(295.0), 40.0)
    assert table_columns(left, [table], body) is None
    across = [_word("横跨两栏的标题横跨两栏的标题横跨两栏的标题", 60.0, 80.0)]
    assert table_columns(across + left + right, [table], body) == (pytest.approx(295.0), 92.0)
    below = [_word("横跨两栏的标题横跨两栏的标题横跨两栏的标题", 60.0, 500.0)]
    assert table_columns(left + right + below, [table], body) is None
