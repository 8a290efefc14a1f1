"""The numbering schemes offices really type beyond 一、（一）1.（1）— Roman Ⅰ、, lettered A. and a), 第一步 over 步骤1,
half brackets 一）and 1), paragraphs opening 其一, and a decimal outline's 1 / 1.1 / 1.1.1 — in a 办事指南, a 工作要点
and a 实施方案 typed in Word and printed to PDF, written by someone who had not read the reader
(tests/data/office/blind149, made by make_blind149.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.numbering import marker_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind149"


def _spaced(text: str) -> str:
    return text.replace("\u3000", " ")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_guides_roman_sections_letters_and_steps(suffix: str) -> None:
    """Regression: none of Ⅰ、, A., a), 第一步 or 步骤1 was a number, so every clause after ③ was ③第3段 … ③第16段 under
    item ③, the table's rows and the closing paragraph too."""
    clauses = ingest_file(BLIND / f"blind149_sc_guide.{suffix}").clauses
    labels = [c.label for c in clauses]
    assert {"Ⅰ、", "Ⅵ、", "A.", "C.", "a)", "b)", "第一步", "第二步", "第三步", "步骤1"} <= set(labels)
    assert not any(label.startswith("③第") for label in labels)
    step = next(c for c in clauses if c.label == "步骤1")
    assert step.path[-1] == "第一步"
    assert next(c for c in clauses if c.label == "a)").path[-1].startswith("C.")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_half_brackets_and_qi(suffix: str) -> None:
    """Regression: 三）, 四） and 其一–其三 were paragraphs of item 3) under 二）, so the e-commerce and sea-route tasks
    read as the rail item's."""
    clauses = ingest_file(BLIND / f"blind149_zz_points.{suffix}").clauses
    by_label = {c.label: c for c in clauses}
    assert by_label["三）"].path[-1:] == ("二、重点任务",) and by_label["四）"].path[-1:] == ("二、重点任务",)
    assert by_label["其二"].path[-1].startswith("三）")
    assert not any(c.label.startswith("3)第") for c in clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_decimal_outlines_first_level(suffix: str) -> None:
    """Regression: the annex's 1　提升港口航线能级 (a number, a full-width space, a short heading) was glued to the list's
    title or read as a paragraph of the item before (1.2.2第2段), so 2.1.x and 3.x stood under 1; in the PDF the
    numbers standing apart from their text like a table's first column made a table of the list."""
    clauses = ingest_file(BLIND / f"blind149_fz_plan.{suffix}").clauses
    item = next(c for c in clauses if c.label == "3.1")
    assert _spaced(item.path[-1]) == "3 优化口岸营商环境"  # (the space as typed: full-width in Word, plain in the PDF)
    path = next(c for c in clauses if c.label == "2.1.2").path[-2:]
    assert (_spaced(path[0]), path[1]) == ("2 促进港航贸深度融合", "2.1集聚高端航运服务")
    assert not any(c.kind == "table_row" for c in clauses)


def test_new_schemes_and_what_they_are_not() -> None:
    """The new markers, and lines that only look like them: a count (3 家企业), a year (21 世纪…), a letter not set off."""
    assert marker_of("Ⅳ、申请材料") == ("roman", "Ⅳ、")
    assert marker_of("第二步：线上初审") == ("stage", "第二步")
    assert marker_of("步骤二 现场核验") == ("step", "步骤二")
    assert marker_of("一）推进中欧班列") == ("half_paren_cn", "一）")
    assert marker_of("B. 境外投资备案表") == ("latin", "B.")
    assert marker_of("其三，强化人才支撑") == ("qi", "其三")
    assert marker_of("2　促进港航贸深度融合") == ("decimal1", "2")
    assert marker_of("3 家企业完成备案") is None
    assert marker_of("21 世纪海上丝绸之路核心区建设") is None
    assert marker_of("A类企业享受便利") is None


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_lists_last_entry_before_the_next_heading(suffix: str) -> None:
    """Regression: round 77's list 1.…4. of short entries ends where the outline's next heading (2　培育枢纽经济) opens;
    its last entry, 4.万象南站中老物流合作园（老挝万象）, was read as a heading over nothing."""
    clauses = ingest_file(DATA / "office" / "blind77" / f"blind77_yunnan_fagaiwei.{suffix}").clauses
    assert next(c for c in clauses if c.text.startswith("4.万象南站")).kind == "item"
    assert next(c for c in clauses if _spaced(c.text) == "2 培育枢纽经济").kind == "heading"


def test_a_headings_space_is_kept_as_typed() -> None:
    """Regression (found by the reflow property test): the space after a decimal outline's first number was written
    as a full-width space whatever was typed, a character the source did not hold (1 一a became 1\\u3000一a)."""
    from bri_kb.ingest.text import collapse_spaces

    assert collapse_spaces("1 一a") == "1 一a"
    assert collapse_spaces("1\\u3000提升港口航线能级") == "1\\u3000提升港口航线能级"


def test_an_items_tail_after_a_colon_inside_its_bracket() -> None:
    """Regression: in the PDF a task set indented as a whole broke after （责任单位： and after 福州海关；, and what came
    after (片区经济发展局…完成时限：2025年12 / 月）) was set apart as paragraphs: a colon or a semicolon inside a bracket
    the line leaves open ends no sentence."""
    parsed = ingest_file(BLIND / "blind149_fz_plan.pdf")
    texts = {c.label: c.text for c in parsed.clauses}
    assert texts["2.1.1"].endswith("（责任单位：片区经济发展局、马尾区人民政府；完成时限：2025年12月）")
    assert texts["3.2"].endswith("（责任单位：福州海关；完成时限：2025年12月）")
    assert not [c for c in parsed.clauses if c.label.startswith(("2.1.1第", "3.2第"))]
