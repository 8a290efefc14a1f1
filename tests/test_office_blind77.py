"""Outlines numbered as planning offices number them (第一部分 / 1 / 1.1 / 1.1.1 typed, ①②③ under lead-ins, a
专栏 box) and items that enumerate inline (一是…二是…, 首先…其次…), each as .docx and as the LibreOffice PDF, by
someone who had not read the reader (tests/data/office/blind77, made by make_blind77.py). The text is read whole;
what the labels of this outline still get wrong is listed in docs/quality.md (round 77)."""

from __future__ import annotations

import json
import re

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind77"
EXPECTED = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))


def _plain(text: str) -> str:
    return re.sub(r"[\s：:；;]", "", text)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_every_printed_clause_is_read_whole(stem: str, suffix: str) -> None:
    """Every clause the writer expected is in the clauses read, in order (a 专栏's title and lines, an
    unnumbered paragraph between numbered ones, the ①②③ under a lead-in), whatever their labels."""
    parsed = ingest_file(BLIND / f"{stem}.{suffix}")
    read = _plain("".join(c.text for c in parsed.clauses))
    at = 0
    for expected in EXPECTED[stem][0]["clauses"]:
        # (the 专栏 box is expected as "title：line；line": its lines are checked one by one)
        for piece in filter(None, re.split(r"[：；]", expected) if expected.startswith("专栏") else [expected]):
            found = read.find(_plain(piece), at)
            assert found >= 0, piece
            at = found


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_items_that_enumerate_inline_stay_whole(suffix: str) -> None:
    """一、 with its 一是…二是…三是… and 二、 with 首先…其次…最后… are one item each, not split at the enumerations."""
    parsed = ingest_file(BLIND / f"blind77_zhengzhou_guanweihui.{suffix}")
    items = {c.label: c.text for c in parsed.clauses if c.label in ("一、", "二、")}
    assert "二是推动郑州新郑综合保税区" in items["一、"] and "三是鼓励企业开行" in items["一、"]
    assert "其次，对成效明显的案例" in items["二、"] and "最后，每半年组织一次" in items["二、"]
