"""Red-header 公文 in the 版头 variants GB/T 9704 allows (tests/data/office/blind235, made by make_blind235.py by
someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind235"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_letters_copy_number_and_number_on_one_line(suffix: str) -> None:
    """Regression: a 信函格式's 份号 and 文号 on one line (000012⇥渝府办函〔2025〕58号) were read as neither: the 版头 ran
    into the title (重庆市人民政府办公厅000012渝府办函〔2025〕58号重庆市…的函) and the letter had no number."""
    (doc,) = ingest_file(BLIND / f"blind235_chongqing_han{suffix}").documents
    assert doc.title == "重庆市人民政府办公厅关于商请支持重庆建设西部陆海新通道物流和运营组织中心的函"
    assert doc.doc_number is not None and doc.doc_number.text == "渝府办函〔2025〕58号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_minutes_with_a_copy_number_over_their_mark(suffix: str) -> None:
    """Regression: a 纪要 whose 份号 (000041) stands over its mark was titled by the mark, its number 〔2025〕3号 and
    its own title were clauses, and its issuer was the short name of the line that edits it."""
    parsed = ingest_file(BLIND / f"blind235_sichuan_jiyao{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "关于推进川渝自贸试验区协同开放示范区建设和中欧班列（成渝）提质增效有关事项的会议纪要"
    assert doc.doc_number is not None and doc.doc_number.text == "〔2025〕3号"
    assert doc.issuers == ("中国（四川）自由贸易试验区工作领导小组办公室",)
    assert not [c for c in parsed.clauses if c.text == "〔2025〕3号"]
