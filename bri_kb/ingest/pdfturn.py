"""A PDF page whose text is set turned a quarter (a landscape table printed on a portrait page): how far it is
turned, and its boxes turned back upright so that lines and cells are read as laid out."""

from __future__ import annotations

import math
from typing import Any

_QUARTER = {270: 3 * math.pi / 2, 90: math.pi / 2}  # PDFium's angle of a character set turned (radians)


def turned(textpage: Any, chars: list[dict[str, Any]]) -> int:
    """0, or how far a page's text is turned (270: it runs upwards, 90: downwards), when nearly all its characters
    are: a landscape table printed on a portrait page."""
    import pypdfium2.raw as raw

    shown = [c for c in chars if not c["text"].isspace()]
    sample = shown[:: max(1, len(shown) // 60)]
    angles = [raw.FPDFText_GetCharAngle(textpage.raw, c["index"]) for c in sample]
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
