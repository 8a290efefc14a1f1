"""A column of line numbers in a PDF page's margin (bri_kb.ingest.linenumbers)."""

from __future__ import annotations

from typing import Any

from bri_kb.ingest.linenumbers import without_line_numbers


def _char(text: str, x0: float, bottom: float, size: float = 16.0) -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + size * (0.5 if text.isdigit() else 1), "top": bottom - size,
            "bottom": bottom, "size": size}


def _page(numbered: bool, starts: list[float]) -> list[dict[str, Any]]:
    chars = []
    for n, start in enumerate(starts, 1):
        bottom = 100.0 + 29 * n
        if numbered:
            chars += [_char(d, 60 + 5.5 * k - 5.5 * (len(str(n)) - 1), bottom, 11) for k, d in enumerate(str(n))]
        chars += [_char(t, start + 16 * k, bottom) for k, t in enumerate("本办法适用于片区")]
    return chars


def test_numbers_beside_prose_are_left_out() -> None:
    chars = _page(True, [111.5, 79.5, 79.5, 79.5, 111.5, 79.5, 79.5, 111.5, 79.5, 79.5, 79.5, 79.5])
    kept, found = without_line_numbers(chars)
    assert found
    assert not any(c["text"].isdigit() for c in kept)
    assert len(kept) == 12 * 8


def test_a_tables_serial_numbers_stay() -> None:
    """Found right: a borderless table's 序号 column beside rows whose next cell starts at one place."""
    chars = _page(True, [120.0] * 12)
    assert without_line_numbers(chars) == (chars, False)


def test_a_page_without_numbers_is_unchanged() -> None:
    chars = _page(False, [111.5, 79.5, 79.5])
    assert without_line_numbers(chars) == (chars, False)


def test_superscript_and_circled_figures_in_the_margin_are_no_line_numbers() -> None:
    """Regression: a footnote's ² or a ① in the margin was taken for a figure of a line number, and int("²") raised."""
    chars = _page(False, [111.5, 79.5, 79.5, 79.5, 111.5, 79.5])
    marks = [_char(t, 60, 100.0 + 29 * n, 11) for n, t in enumerate("²①³④⁵⑥", 1)]
    assert without_line_numbers(chars + marks) == (chars + marks, False)
