"""Word files as offices e-mail them — a 长沙 报告 with its 版头 in a table, a 青岛 通知 with a landscape 附件, a 海南
实施细则 with a 题注 and footnotes, a 钦州 请示 and its 批复 in one file (tests/data/office/blind207, made by
make_blind207.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind207"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_note_under_the_title_names_the_office_meeting_and_the_number(suffix: str) -> None:
    """Regression: （…海南省商务厅2024年第11次厅务会议审议通过　2024年6月20日以琼商务规〔2024〕4号印发…） was not taken
    for an adoption note (a 厅务会议 was not a meeting it knew), so its pieces became issuers ('…厅务会议审议通过',
    '2024年6月20') and the 文号 took two characters of the date before it (日以琼商务规〔2024〕4号)."""
    (doc,) = ingest_file(BLIND / f"blind207_hainan_xize.{suffix}").documents
    assert doc.doc_number is not None and doc.doc_number.text == "琼商务规〔2024〕4号"
    assert doc.issuers == ("海南省商务厅",)
    assert doc.published == "2024-06-20" and doc.effective == "2024-07-01"


def test_footnotes_numbered_close_to_their_text_go_with_the_articles_that_cite_them() -> None:
    """Regression: a PDF's footnotes whose raised number is set close to the text (2加工增值率…) were not taken for
    footnotes, so notes 2 and 3 ran into 第五条 where the page broke, and 第三条 lost its note."""
    clauses = {c.label: c.text for c in ingest_file(BLIND / "blind207_hainan_xize.pdf").clauses}
    assert "注2：加工增值率" in clauses["第三条"] and "注2" not in clauses["第五条"]
    fifth = clauses["第五条"]
    assert fifth.index("（二）") < fifth.index("注3：指国家发展改革委") < fifth.index("（三）")
    assert "3指国家" not in "".join(clauses.values())


def test_a_pdfs_running_header_is_counted_in_the_report() -> None:
    """Regression: the header each page prints (海南省商务厅行政规范性文件) was left out of the text and not said in the
    report, which counted only the page numbers."""
    assert ingest_file(BLIND / "blind207_hainan_xize.pdf").report.removed.get("running_header") == 4
