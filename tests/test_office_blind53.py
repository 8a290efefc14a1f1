"""Word files as they leave a desk: unaccepted tracked changes and comments, web text
pasted into Word, a 特急 notice whose 版头 is a borderless table, by someone who had
not read the reader (tests/data/office/blind53, made by make_blind53.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind53"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_two_organs_stacked_in_one_cell_of_the_masthead_are_two_issuers(suffix: str) -> None:
    """Regression: the Word file's 版头 set 钦州市商务局 over 钦州市交通运输局 in one cell (文件 in the next);
    the mark was read as one name, 钦州市商务局钦州市交通运输局文件, and the second issuer became
    "钦州市商务局钦州市交通运输局" (an --issuer 钦州市交通运输局 filter missed the notice)."""
    (doc,) = ingest_file(BLIND / f"blind53_qinzhou_jinji.{suffix}").documents
    assert doc.issuers == ("钦州市商务局", "钦州市交通运输局")
    assert doc.issuing_mark == "钦州市商务局 钦州市交通运输局文件"
    assert doc.doc_number is not None and doc.doc_number.text == "钦商务发〔2024〕27号"


def test_tracked_changes_read_as_the_final_text_and_comments_stay_out() -> None:
    """Held: insertions kept, deletions dropped, comments (批注) not in the body, as the PDF prints it."""
    docx, pdf = (ingest_file(BLIND / f"blind53_shaanxi_tongzhi.{x}") for x in ("docx", "pdf"))
    for parsed in (docx, pdf):
        (doc,) = parsed.documents
        assert doc.doc_number is not None and doc.doc_number.text == "陕商发〔2024〕118号"
        assert doc.signed == "2024-06-12" and "进一步" in doc.title
        texts = "".join(c.text for c in parsed.clauses)
        assert "原稿50列偏低" not in texts and "请与省交通运输厅核对" not in texts
