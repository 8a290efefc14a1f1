"""An issue of the 中华人民共和国国务院公报 as it prints (its cover's 目录, two columns, sections 国务院令 / 国务院文件 /
国务院办公厅文件 / 国务院部门文件) — written by someone who had not read the reader (tests/data/office/blind301,
made by make_blind301.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind301"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_gazettes_cover_contents_read_as_a_tables_column_still_name_its_documents(suffix: str) -> None:
    """Regression (PDF): the cover's 目录 came out as a table's first column, its other cells empty (目｜录, …的决定…289｜):
    no entry was known, the cover was a document titled 中华人民共和国国务院公报 that swallowed the 令, and the 商务部令's
    办法 and the 海关总署公告 ran into the documents before them (three documents of five)."""
    documents = ingest_file(BLIND / f"blind301_guowuyuan_gongbao{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in documents] == [
        "中华人民共和国国务院令第821号", "国函〔2026〕21号", "国办发〔2026〕9号", "中华人民共和国商务部令2026年第2号",
        "海关总署公告2026年第31号"]
    assert documents[-1].expires == "2028-03-31" and documents[2].effective is None


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_decisions_closing_sentences_are_no_part_of_its_last_item(suffix: str) -> None:
    """Regression: 六、删去第四十六条第二款。 (short, so read as a heading over what follows) took 本决定自2026年5月1日起施行。 as
    its paragraph, and …重新公布。 under it: both close the 决定, under no item (round 274's 决定 read so too)."""
    clauses = ingest_file(BLIND / f"blind301_guowuyuan_gongbao{suffix}").clauses
    six = next(c for c in clauses if c.text.startswith("六、删去第四十六条"))
    assert six.text == "六、删去第四十六条第二款。"
    in_force = next(c for c in clauses if c.text == "本决定自2026年5月1日起施行。")
    assert in_force.path == ()
