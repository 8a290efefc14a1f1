"""A joint 令's head as a PDF prints it, 令 beside the first organ (bri_kb.ingest.marks.decree_beside)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.marks import decree_beside


def test_the_organs_then_decree_as_the_word_file_reads() -> None:
    lines = ["中华人民共和国国家发展和改革委员会 令", "中华人民共和国商务部", "第 67 号", "现予公布。"]
    assert decree_beside(lines) == ["中华人民共和国国家发展和改革委员会", "中华人民共和国商务部", "令", "第 67 号", "现予公布。"]


def test_a_line_ending_in_decree_without_organs_under_it_stays() -> None:
    lines = ["福建省人民政府 令", "第 241 号", "现予公布。"]
    assert decree_beside(lines) == lines
    assert decree_beside(["关于执行 令", "商务部", "第1号"]) == ["关于执行 令", "商务部", "第1号"]


@given(st.lists(st.sampled_from(["商务部 令", "海关总署", "第3号", "现予公布。", "令", " "]), max_size=7))
def test_only_the_decree_word_moves(lines: list[str]) -> None:
    out = decree_beside(lines)
    assert sorted("".join(out).replace(" ", "")) == sorted("".join(lines).replace(" ", ""))  # (nothing lost or added)
