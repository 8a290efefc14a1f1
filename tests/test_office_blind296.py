"""Word files sent with their revisions and comments still in them, and the PDFs LibreOffice prints from them (the
revisions shown: deleted words struck through in the reviewer's colour, new words underlined) — written by someone
who had not read the reader (tests/data/office/blind296, made by make_blind296.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bri_kb.ingest.pdf import pdf_text
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind296"


def test_a_pdf_printed_with_its_revisions_reads_as_revised() -> None:
    """Regression (PDF): struck-out words stayed beside the words that replace them (第五四条, 2024年7月812日): the
    articles renumbered by the revision were no articles, the deleted ones came back, and the dates were lost."""
    parsed = ingest_file(BLIND / "blind296_qinzhou_banfa.pdf")
    labels = [c.label for c in parsed.clauses if c.kind == "article"]
    assert labels == [f"第{n}条" for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
                                           "十三", "十四")]
    notice = parsed.documents[0]
    assert (notice.signed, notice.effective) == ("2024-08-26", "2024-09-01")
    assert dict(parsed.report.removed).get("struck_text")


@pytest.mark.parametrize("path", ["blind4/s_tracked_changes", "blind296/blind296_qinzhou_banfa"])
def test_the_pdf_of_a_file_with_revisions_reads_as_the_file(path: str) -> None:
    """Regression: a struck run that opened a line left the rest of the line indented (a new paragraph: …已经区管委会 /
    同意，现印发…), and struck words at a line's end made it short."""
    word = [c.text.replace("\n", "") for c in ingest_file(DATA / "office" / f"{path}.docx").clauses]
    printed = [c.text.replace("\n", "") for c in ingest_file(DATA / "office" / f"{path}.pdf").clauses]
    assert printed == word


def test_black_strikes_are_the_documents_own() -> None:
    """A 修改对照表 strikes its old wording through in black (round 138): that text is kept."""
    text = "".join(line for page in pdf_text(Path(DATA / "office" / "blind138" / "blind138_hubei_duizhao.pdf")).pages
                   for line in page)
    assert "省人民政府设立自贸试验区工作办公室" in text.replace(" ", "")
