"""Rounds 320–323, written by someone who had not read the reader (tests/data/office/blind320 … blind323, each made by
its make_blindNNN.py): 华东 provinces' 若干政策措施, 华中 cities' documents, financial regulators' notices, ministries'
notices that name provinces, cities and zones. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_title_broken_inside_its_list_of_places() -> None:
    """Regression: 关于同意在上海、广东、天津、福建、 / 海南等…试点的通知, soft-broken after a 、, was cut there: the
    title was the organs alone and its lines became clauses."""
    doc = ingest_file(OFFICE / "blind323" / "blind323_zimaoqu_tongzhi.docx").documents[0]
    assert doc.title == ("商务部办公厅 海关总署办公厅关于同意在上海、广东、天津、福建、海南等自由贸易试验区开展保税维修和"
                         "再制造试点的通知")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_joint_signature_table_with_its_date_in_the_last_row(suffix: str) -> None:
    """Regression: the 落款 set as a table (国家金融监督管理总局 / 河南监管局｜河南省商务厅, then 2025年8月8日) was two
    clauses, and the document had no date."""
    parsed = ingest_file(OFFICE / "blind322" / f"blind322_henan_lianhe{suffix}")
    assert parsed.documents[0].signed == "2025-08-08"
    assert not any(str(c.kind) in ("table_row", "paragraph") and c.text.strip() == "2025年8月8日" for c in parsed.clauses)
    if suffix == ".docx":  # (the PDF's 版头 interleaves the two stacked names character by character: not read)
        assert parsed.documents[0].issuers == ("国家金融监督管理总局河南监管局", "河南省商务厅")


def test_a_distribution_note_with_a_bracket_inside() -> None:
    """Regression: （此件发至各市（州）分行及辖内银行业金融机构） was a clause, not the document's note."""
    parsed = ingest_file(OFFICE / "blind322" / "blind322_hubei_tongzhi.docx")
    assert parsed.documents[0].remarks == "（此件发至各市（州）分行及辖内银行业金融机构）"
    assert not any("此件发至" in c.text for c in parsed.clauses)


def test_a_list_of_codes_moved_whole_to_the_next_line() -> None:
    """Regression: LibreOffice moved 9610、9710、9810、1210 to the next line, and the short line before it ended item （一）."""
    parsed = ingest_file(OFFICE / "blind321" / "blind321_ganzhou_shenbao.pdf")
    assert any(c.text.startswith("（一）跨境电商主体培育。对2025年度通过9610、9710、9810、1210模式") for c in parsed.clauses)
