"""A PDF page whose text is set turned a quarter (a landscape table printed on a portrait page): how far it is
turned, and its boxes turned back upright so that lines and cells are read as laid out; and on an upright page, the
runs of text turned a quarter (a table's cell set vertical), each made one word."""

from __future__ import annotations

import math
from typing import Any

_QUARTER = {270: 3 * math.pi / 2, 90: math.pi / 2}  # PDFium's angle of a character set turned (radians)


def turned(chars: list[dict[str, Any]]) -> int:
    """0, or how far a page's text is turned (270: it runs upwards, 90: downwards), when nearly all its characters
    are: a landscape table printed on a portrait page (each character's "angle" as PDFium gives it)."""
    shown = [c for c in chars if not c["text"].isspace()]
    sample = shown[:: max(1, len(shown) // 60)]
    angles = [c["angle"] for c in sample]
    return next((turn for turn, angle in _QUARTER.items()
                 if sample and sum(abs(a - angle) < 0.1 for a in angles) >= 0.8 * len(angles)), 0)


def turned_corners(box: dict[str, Any], turn: int, width: float, height: float) -> tuple[float, float, float, float]:
    """A box's x0, x1, top and bottom on the page turned back upright (its width and height then swapped)."""
    if turn == 270:  # (text running upwards: its lines stack from the page's left edge)
        return height - box["bottom"], height - box["top"], box["x0"], box["x1"]
    return box["top"], box["bottom"], width - box["x1"], width - box["x0"]


def turned_box(box: dict[str, Any], turn: int, width: float, height: float) -> dict[str, Any]:
    """A character's box on the page turned back upright (turn: as `turned` gives it)."""
    x0, x1, top, bottom = turned_corners(box, turn, width, height)
    return {**box, "x0": x0, "x1": x1, "top": top, "bottom": bottom}


def turned_runs(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The characters of an upright page with each run of text turned a quarter (a table's category cell set
    vertical, 启动部署阶段 running up its merged cell) made one word, its characters in the order they were set, on
    one line at the run's middle: read across, the run's characters would be taken for lines of one character each,
    or joined with the cells beside them."""
    quarter = [not c["text"].isspace() and any(abs(c["angle"] - q) < 0.1 for q in _QUARTER.values()) for c in chars]
    if not any(quarter):
        return chars
    out: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = []
    upwards = False
    for k, c in enumerate([*chars, None]):
        if c is not None and not c["text"].isspace() and run and (quarter[k] and _beside(run, c) or _within(run, c)):
            run.append(c)
            continue
        if run:
            out.append(_one_word(run, upwards))
            run = []
        if c is not None and quarter[k]:
            run, upwards = [c], abs(c["angle"] - _QUARTER[270]) < 0.1
        elif c is not None:
            out.append(c)
    return out


def _beside(run: list[dict[str, Any]], c: dict[str, Any]) -> bool:
    """Is c within two or three characters of the run (its next character, or the first of its next line in the
    cell, or the next after a dash that the PDF sets out of order)?"""
    size = max(c["size"], 1.0)
    return bool(min(r["x0"] for r in run) - 2 * size <= c["x0"] <= max(r["x1"] for r in run) + 2 * size
            and min(r["top"] for r in run) - 3 * size <= c["top"] <= max(r["bottom"] for r in run) + 3 * size)


def _within(run: list[dict[str, Any]], c: dict[str, Any]) -> bool:
    """Is c, set upright, inside the run's column, next on its line (a dash or bracket a vertical line sets
    upright: 2025年10月—12月)?"""
    return bool(min(r["x0"] for r in run) - 1 <= (c["x0"] + c["x1"]) / 2 <= max(r["x1"] for r in run) + 1
            and _beside(run, c))


def _one_word(run: list[dict[str, Any]], upwards: bool) -> dict[str, Any]:
    """The run's characters as one word, read line by line the way the run is turned (upwards: its lines stack
    from the left, each read from the bottom; downwards: from the right, each from the top), since the PDF's own
    order may set a line's upright dash before the character above it."""
    if len(run) == 1:
        return run[0]
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(run, key=lambda c: (c["x0"] + c["x1"]) / 2, reverse=not upwards):
        centre = (c["x0"] + c["x1"]) / 2
        if lines and abs(centre - (lines[-1][0]["x0"] + lines[-1][0]["x1"]) / 2) < 0.6 * c["size"]:
            lines[-1].append(c)
        else:
            lines.append([c])
    ordered = [c for line in lines for c in sorted(line, key=lambda c: -c["top"] if upwards else c["top"])]
    middle = (min(c["top"] for c in run) + max(c["bottom"] for c in run)) / 2
    size = sorted(c["size"] for c in run)[len(run) // 2]
    return {**run[0], "text": "".join(c["text"] for c in ordered), "x0": min(c["x0"] for c in run),
            "x1": max(c["x1"] for c in run), "top": middle - size / 2, "bottom": middle + size / 2, "size": size}
