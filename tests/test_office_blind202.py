"""Ordinary pages of four more sites — a 省商务厅 notice with its 细则 under the 落款, a 市人民政府 page with its record
above the title, a 区 page of <section>s with <h2> and <ol>, a 片区's 制度创新成果 table (tests/data/office/blind202,
made by make_blind202.py by someone who had not read the reader): read right but for places named mid-sentence."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind202"


def test_a_record_above_the_title_gives_the_metadata_and_the_repeal() -> None:
    doc = ingest_file(BLIND / "blind202_xiamen_cuoshi.html").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "厦府规〔2024〕6号"
    assert "厦府规〔2021〕4号" in doc.repeals


def test_a_table_with_cells_merged_down_keeps_every_row() -> None:
    rows = [c for c in ingest_file(BLIND / "blind202_harbin_chengguo.html").clauses if c.kind == "table_row"]
    assert len(rows) == 12 and all(c.fields.get("牵头单位") for c in rows)
