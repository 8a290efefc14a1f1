"""Four more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind11, made by make_blind11.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind11"


def test_a_line_that_leaves_a_quotation_open_goes_on() -> None:
    """Regression: a 专栏 item's line stopped four characters short inside a quotation ("…打通港口与铁路“最后一公"
    / "里”，2026年建成投用。") and was read as the end of a paragraph: the item was cut in two."""
    clauses = ingest_file(BLIND / "tc_chongqing_plan_box.pdf").clauses
    item = next(c for c in clauses if c.text.startswith("3.江津珞璜港铁路专用线工程"))
    assert item.text == "3.江津珞璜港铁路专用线工程。打通港口与铁路“最后一公里”，2026年建成投用。"


def test_word_s_automatic_numbering_comments_and_a_footnote() -> None:
    """Read right at first reading, kept as it is: numbers Word generates (一、/（一）/1., restarting in each
    section) are written out, comments stay out of the text, a footnote is a note after its paragraph."""
    auto = ingest_file(BLIND / "ta_hainan_notice_autonumber.docx").clauses
    assert [c.text.split("\n")[0][:4] for c in auto if c.kind in ("heading", "item")][:2] == ["一、明确", "（一）扩"]
    notes = [c.text for c in ingest_file(BLIND / "td_sichuan_notice_comments.docx").clauses if c.kind == "note"]
    assert notes == ["注1：首次进口药品和生物制品，是指在我国境内首次申请进口注册的药品和生物制品。"]
