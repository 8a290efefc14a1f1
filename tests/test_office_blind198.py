"""Word documents typed by a hurried clerk — numbering by hand, indents of spaces, manual line breaks inside
sentences, a title over three paragraphs, a 落款 pushed right with spaces — printed to PDF (tests/data/office/blind198,
made by make_blind198.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind198"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_period_in_force_from_one_day_until_another(suffix: str) -> None:
    """Regression: 本通知自2024年6月1日起执行，至2025年5月31日止 gave the start and no end."""
    doc = ingest_file(BLIND / f"blind198_hekou_notice.{suffix}").documents[0]
    assert (doc.effective, doc.expires) == ("2024-06-01", "2025-05-31")


def test_runs_to() -> None:
    from bri_kb.ingest.metadata import dates_of

    dates = dates_of({}, ["本办法自2024年3月1日起施行，有效期至2026年2月28日止。"])
    assert (dates.effective, dates.expires) == ("2024-03-01", "2026-02-28")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_minutes_are_issued_by_the_organ_whose_meeting_they_record(suffix: str) -> None:
    """Regression: the 纪要's mark (中国（湖北）自由贸易试验区宜昌片区管理委员会 / 会议纪要) names the organ; its issuer was
    the office on the line under it that edits the minutes (宜昌片区管委会办公室). So for rounds 167 and 185 (…人民政府
    专题会议纪要, edited by its 办公厅 or 办公室)."""
    doc = ingest_file(BLIND / f"blind198_yichang_jiyao.{suffix}").documents[0]
    assert doc.issuers == ("中国（湖北）自由贸易试验区宜昌片区管理委员会",)
    assert ingest_file(DATA / "office" / "blind185" / f"blind185_jiyao.{suffix}").documents[0].issuers == ("郴州市人民政府",)


def test_a_cells_line_left_open_on_its_comma_runs_on() -> None:
    """Regression: the clerk broke a cell's list after its 、 (县商务局、 / 河口镇): read 县商务局、 河口镇, with a space
    the printed table does not have (the PDF read it without); round 191's cells likewise."""
    rows = [c for c in ingest_file(BLIND / "blind198_hekou_notice.docx").clauses if c.kind == "table_row"]
    assert any("县商务局、河口镇" in c.text for c in rows) and not any("、 " in c.text for c in rows)
    from bri_kb.ingest.conventions import cell_text

    assert cell_text("省商务厅\n省财政厅") == "省商务厅 省财政厅"  # (two organs, one under the other: apart)
