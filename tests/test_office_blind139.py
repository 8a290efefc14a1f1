"""A city's 惠企政策包 as offices compile it in Word — a cover, a 目录, a 编制说明, one big table whose cells hold their
own numbered points, group rows across the table, rows over page breaks — written by someone who had not read the
reader (tests/data/office/blind139, made by make_blind139.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind139"


@pytest.mark.parametrize("name", ["blind139_hefei_waimao.docx", "blind139_hefei_waimao.pdf"])
def test_a_booklets_cover_titles_the_booklet(name: str) -> None:
    """Regression: the cover ((企业服务版) over 合肥市2024年 / 稳外贸政策包, then 合肥市商务局　编印 and the month) was a
    document of its own, titled （企业服务版）, and the booklet was a second one titled 编制说明 (a preface right under a
    cover explains no document above it; a 目录 naming one 文种 among its sections makes no compilation)."""
    parsed = ingest_file(BLIND / name)
    assert len(parsed.documents) == 1
    doc = parsed.documents[0]
    assert doc.title == "合肥市2024年稳外贸政策包（企业服务版）" and doc.issuers == ("合肥市商务局",)
    assert sum(c.kind == "table_row" for c in parsed.clauses) == 12


@pytest.mark.parametrize("name", ["blind139_qingdao_chuhai.docx", "blind139_qingdao_chuhai.pdf"])
def test_a_cover_title_over_three_lines(name: str) -> None:
    """Regression: the 青岛 Word file's title was its cover's first line (中国（山东）自由贸易试验区青岛片区), the other two
    lines clauses; the PDF's, on one line, lacked the edition under it ((2024 版)), and the cover's organ and month
    were clauses."""
    parsed = ingest_file(BLIND / name)
    assert parsed.documents[0].title == "中国（山东）自由贸易试验区青岛片区“一带一路”企业出海服务包（2024版）"
    assert not any(c.text in ("（2024版）", "2024年7月") for c in parsed.clauses)


def test_a_compilations_cover_subtitle_goes_with_its_title() -> None:
    """Round 82's compilation: its subtitle (——共建“一带一路”与自由贸易试验区专辑) and the organ that compiled it (云南省商务厅
    编) were clauses; they are the cover's. Since round 238 the cover (and its 编印说明) is no document: its lines are
    left out and counted, and the first document is the first the book prints."""
    parsed = ingest_file(DATA / "office" / "blind82" / "blind82_yunnan_huibian.docx")
    assert parsed.documents[0].title == "中国（云南）自由贸易试验区跨境投资服务促进规定"
    assert not [c for c in parsed.clauses if "专辑" in c.text or c.text.strip() in ("云南省商务厅 编", "云南省商务厅　编")]
    assert parsed.report.removed["compilation_title"] >= 3


def test_a_cells_points_numbered_by_word() -> None:
    """Regression: the 支持内容 cells number their points with Word's automatic numbering, which the Word file's table
    lost (帮办代办。… 联审联办。…, the numbers only in the PDF): a cell's paragraphs take the numbers Word shows; round
    15's cells take their bullets (•施工许可) so."""
    row = next(c for c in ingest_file(BLIND / "blind139_qingdao_chuhai.docx").clauses if c.kind == "table_row")
    assert row.fields["支持内容"].startswith("1.帮办代办。") and " 2.联审联办。" in row.fields["支持内容"]
    row = next(c for c in ingest_file(DATA / "office" / "blind15" / "c_fangan.docx").clauses
               if c.fields.get("序号") == "1")
    assert "•施工许可" in row.fields["具体内容"]
