"""Five-year plans and action plans as provincial and municipal offices print them (专栏 boxes, a 主要指标
table with its 注, a figure's caption, footnotes, a 分工表 with two organs in a cell), as .docx and
LibreOffice PDF, by someone who had not read the reader (tests/data/office/blind91, made by make_blind91.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind91"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_figures_caption_and_a_boxs_title_name_what_they_stand_by(suffix: str) -> None:
    """Regression: 图1　…进出口额 (the picture is not read) and 专栏1　重点项目 were paragraphs of the text, the caption
    taking the label of the section's next paragraph (第一章第一节), which became 第一节第2处."""
    clauses = ingest_file(BLIND / f"blind91_yunnan_plan.{suffix}").clauses
    by_label = {c.label: c for c in clauses}
    assert by_label["图1"].kind == "heading" and "进出口额" in by_label["图1"].text
    assert by_label["专栏1"].kind == "heading" and "重点项目" in by_label["专栏1"].text
    # the paragraphs of 第一节 go on across the caption and the footnotes set between them
    assert by_label["第一节第2段"].text.startswith("互联互通取得突破")
    assert by_label["第一节第3段"].text.startswith("“走出去”步伐加快")
    assert not any(label.endswith("第2处") for label in by_label)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_two_organs_one_under_the_other_in_a_pdf_cell_stay_two(suffix: str) -> None:
    """Regression (PDF): 市商务局 over 昆明海关 in a narrow 牵头单位 cell read 市商务局昆明海关, one name."""
    rows = [c for c in ingest_file(BLIND / f"blind91_kunming_actionplan.{suffix}").clauses if c.kind == "table_row"]
    leads = [r.fields["牵头单位"] for r in rows]
    assert leads[0] == "市商务局 昆明海关" and leads[5] == "市司法局 昆明片区管委会"
    assert leads[1] == "昆明海关"


def test_a_line_wrapped_in_a_pdf_cell_runs_on() -> None:
    """A sentence wrapped in a wide cell (its first line indented) is one sentence: the line break is kept
    only where a line stops short of the cell's right edge by more than the next line's first word."""
    clauses = ingest_file(DATA / "office" / "blind57" / "blind57_yunnan_jueding.pdf").clauses
    text = "".join(c.text for c in clauses)
    assert "片区管理机构应当建立沿边跨境合作项目库" in text and "应当于每年1月31日前" in text


def _word(text: str, x0: float, top: float, size: float = 14.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + size * len(text), "top": top, "bottom": top + size, "size": size}


def test_cell_lines() -> None:
    """Rows that reach the cell's right edge run on; a row short by more than the next row's first
    unbreakable run (a number with the character and comma before it) ended its line."""
    from bri_kb.ingest.words import cell_lines

    full = [_word("在南沙前海蛇口横琴", 100, 0)]
    assert cell_lines([full, [_word("片区开展", 100, 20)]], 230) == [["在南沙前海蛇口横琴", "片区开展"]]
    organs = [[_word("市商务局", 100, 0)], [_word("昆明海关", 100, 20)]]
    assert cell_lines(organs, 200) == [["市商务局"], ["昆明海关"]]
    # "大，2023" went down together: 40 points short is less than that run and the padding; 90 is more
    cut = [[_word("规模逐步扩", 100, 0)], [_word("大，", 100, 20), _word("2023", 128, 20, 14.0)]]
    assert cell_lines(cut, 210) == [["规模逐步扩", "大，2023"]]
    assert cell_lines(cut, 260) == [["规模逐步扩"], ["大，2023"]]
