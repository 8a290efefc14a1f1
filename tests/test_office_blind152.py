"""Joint 公文 of many organs — a notice of four provincial organs whose 版头 is a 2 × 2 table of names with 文件 beside
them and whose title opens with the four names over two lines, and a 函 of two district governments of two
provinces — written by someone who had not read the reader (tests/data/office/blind152, made by make_blind152.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind152"
FOUR = ("四川省商务厅", "四川省发展和改革委员会", "四川省财政厅", "国家税务总局四川省税务局")


def test_a_joint_title_over_two_lines_of_names() -> None:
    """Regression: the title's first two lines, each two organs' names (四川省商务厅　四川省发展和改革委员会 /
    四川省财政厅　国家税务总局…关于…), were joined with nothing between them, so the notice had three issuers, one of them
    四川省发展和改革委员会四川省财政厅; round 34's PDF had 财政部海关总署 so."""
    doc = ingest_file(BLIND / "blind152_joint_notice.docx").documents[0]
    assert doc.issuers == FOUR
    assert doc.title.startswith("四川省商务厅 四川省发展和改革委员会 四川省财政厅 国家税务总局四川省税务局关于")
    older = ingest_file(DATA / "office" / "blind34" / "blind34_joint_notice.pdf").documents[0]
    assert "海关总署" in older.issuers and "财政部" in older.issuers


def test_a_two_by_two_mark_beside_its_wen_jian() -> None:
    """Regression: in the PDF the 2 × 2 版头 reads as one line with 文 and 件 between the names (…发展和改革委员会 文四川省
    财政厅 … 件): it was the title, and the real title was glued to the 主送."""
    doc = ingest_file(BLIND / "blind152_joint_notice.pdf").documents[0]
    assert doc.issuers == FOUR
    assert doc.title.endswith("制度创新案例申报工作的通知")
    assert doc.addressees is not None and doc.addressees.startswith("各市（州）商务主管部门")
