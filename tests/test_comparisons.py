"""A 修订对照表's rows quote texts and state nothing of their own (bri_kb.ingest.rows.without_comparisons)."""

from __future__ import annotations

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.rows import without_comparisons


def test_a_comparisons_rows_are_left_out_and_the_text_after_it_kept() -> None:
    lines = ["现将对照表报送如下：", f"原条款{CELL}修订后条款{CELL}修订理由",
             f"第二十二条　…原办法同时废止。{CELL}第二十二条　…同时废止。{CELL}文字调整", "本办法自印发之日起施行。"]
    assert without_comparisons(lines) == [lines[0], lines[3]]


def test_other_tables_stay() -> None:
    lines = [f"序号{CELL}文件名称{CELL}文号", f"1{CELL}某办法{CELL}某商规〔2021〕3号"]
    assert without_comparisons(lines) == lines
