"""Four more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind14, made by make_blind14.py): a 请示 with
its 签发人 and 版记, a 会议纪要, a 通报 with statistical tables and a landscape
page, and a 函 with Word's heading styles and bullets."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind14"


def test_the_attendance_lists_of_minutes_are_one_clause_each() -> None:
    """Regression: in the PDF, 出席, 列席 and 请假, each set with a hanging indent (its wrapped lines
    indented three characters), were glued into one clause."""
    # (since round 328 the lists are the 纪要's attendance, each whole and apart, not clauses)
    parsed = ingest_file(BLIND / "b_jiyao.pdf")
    lists = (parsed.documents[0].attendance or "").split("；")
    assert len(lists) == 3 and not any(c.text.startswith(("出席", "列席", "请假")) for c in parsed.clauses)
    assert lists[0].startswith("出席：市政府副市长王建国") and lists[0].endswith("宁波海关副关长钱卫东")
    assert lists[1] == "列席：宁波舟山港集团副总经理周海涛，市口岸办副主任吴晓玲，北仑区人民政府副区长郑国华"
    assert lists[2] == "请假：市财政局局长冯志远（出差）"


def test_the_issue_number_of_minutes_is_their_number() -> None:
    """Regression: the 纪要's number under its mark (第23期) was taken out of the text and kept nowhere."""
    for suffix in ("pdf", "docx"):
        doc = ingest_file(BLIND / f"b_jiyao.{suffix}").documents[0]
        assert doc.doc_number is not None and doc.doc_number.text == "第23期" and doc.doc_number.year == 2024


def test_each_bullet_opens_its_own_line_in_a_pdf() -> None:
    """Regression: a bullet line after a bullet line that stopped short (but not short enough to end a
    paragraph) went on from it: "…不少于20列；• 优先保障…"."""
    texts = [c.text for c in ingest_file(BLIND / "d_han.pdf").clauses]
    assert "• 优先保障义乌至马拉舍维奇方向回程班列运行线；" in texts
    assert not any("；•" in t for t in texts)
