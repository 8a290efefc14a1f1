"""Notices calling people to events (tests/data/office/blind250, made by make_blind250.py by someone who had not read
the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind250"


def test_a_joint_mark_read_as_one_line_with_its_wen_glued_to_the_first_organ() -> None:
    """Regression (PDF): the joint 版头, two organs beside an upright 文件, read as 云南省商务厅文云南省发展和改革委员会 件,
    was taken into the title with the 文号, which was lost."""
    (doc,) = ingest_file(BLIND / "blind250_yunnan_huiyi.pdf").documents
    assert doc.title == "关于召开全省中国（云南）自由贸易试验区建设推进会的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "云商自贸〔2025〕21号"
    assert doc.issuers == ("云南省商务厅", "云南省发展和改革委员会")


def test_tasks_set_for_named_cities_and_zones_apply_there() -> None:
    """Regression: （四）天水市、酒泉市作为…重点地区，当地商务局要… and （二）…。请昆明、红河、德宏片区管委会于…前将…报送 were
    the province's."""
    gansu = ingest_file(BLIND / "blind250_gansu_zhanhui.docx")
    (item,) = [c for c in gansu.clauses if c.text.startswith("（四）天水市、酒泉市")]
    assert item.applies_to == ("天水市", "酒泉市")
    yunnan = ingest_file(BLIND / "blind250_yunnan_huiyi.docx")
    (item,) = [c for c in yunnan.clauses if c.text.startswith("（二）准备发言材料")]
    assert len(item.applies_to) == 3 and all(p.endswith("片区") for p in item.applies_to)
