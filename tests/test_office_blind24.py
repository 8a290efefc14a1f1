"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind24, made by make_blind24.py): a 实施方案 with
Word footnotes printed to PDF, a 工作动态 issue with its 本期要目, and a notice
printed inside a one-cell box over two pages."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind24"


def test_a_paragraph_cut_by_a_page_break_under_footnotes_is_whole() -> None:
    """Regression: the page's footnote area (①②, 10.5 pt under 16 pt text) stood between the halves of
    （一）, whose second half was read into footnote ②; the same for （三） and ⑤. The footnotes now follow
    the paragraph the page break cut."""
    clauses = ingest_file(BLIND / "blind24_footnotes.pdf").clauses
    texts = [c.text for c in clauses]
    one = next(t for t in texts if t.startswith("（一）提升国际物流通道能级"))
    assert "班列线路，推动" in one and one.endswith("按职责分工负责)")
    three = next(t for t in texts if t.startswith("（三）扩大服务业和数字贸易开放"))
    assert three.endswith("(省商务厅、省委网信办、省司法厅按职责分工负责)")
    two = next(t for t in texts if t.startswith("注②："))
    assert two.endswith("依托西安国际港站运营。")
    # every footnote is kept, as a note (注①：…, as the reader writes footnotes); since round 97 each follows the
    # paragraph that cites it (② is cited in 一、总体要求, before （一）), not the one the page break interrupted
    notes = [c.text for c in clauses if c.kind == "note"]
    assert [t[:3] for t in notes] == [f"注{m}：" for m in "①②③④⑤⑥"]
    assert "②" in texts[texts.index(two) - 1] and texts.index(two) < texts.index(one)


def test_a_bulletins_issue_line_and_editor_line_are_its_head() -> None:
    """Regression: "2024年第9期（总第87期）" and "重庆市商务委员会编印<tab>2024年9月20日" were clauses,
    giving no number, issuer or date; the 本期要目 entries (◆ …) ran on into each other and into the first
    news item's title."""
    parsed = ingest_file(BLIND / "blind24_work_bulletin.docx")
    doc = parsed.documents[0]
    # (its year as printed, since stop 67; and its running count, since stop 68, as most analysts' keys cite an issue)
    assert doc.doc_number is not None and doc.doc_number.text == "2024年第9期（总第87期）"
    assert doc.issuers == ("重庆市商务委员会",)
    assert doc.published == "2024-09-20"
    texts = [c.text for c in parsed.clauses]
    # (the 本期要目 and its entries, the issue's list of contents, are left out and counted: round 150)
    assert not any(t.startswith("◆") or t == "本期要目" for t in texts)
    assert parsed.report.removed.get("gazette_cover") == 6
    assert "西部陆海新通道班列1—8月开行量同比增长21%" in texts
    assert not any("编印" in t or "总第87期" in t for t in texts)


def test_a_notice_in_a_box_reads_as_a_notice() -> None:
    """Read right at first reading: the body in a one-cell table over two pages, then an 8-row table."""
    parsed = ingest_file(BLIND / "blind24_boxed_notice.pdf")
    assert parsed.documents[0].doc_number is not None
    assert sum(c.kind == "table_row" for c in parsed.clauses) == 8
