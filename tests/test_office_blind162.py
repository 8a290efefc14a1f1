"""The most ordinary documents of eastern and central offices — a 上海市人民政府 通知 印发 临港新片区 measures, a 北京 joint
资金申报 通知, an 安徽 实施方案 with its 任务分工 table and a 长沙市商务局 公告 — in Word and PDF, written by someone who had
not read the reader (tests/data/office/blind162, made by make_blind162.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind162"


@pytest.mark.parametrize("name", ["blind162/blind162_changsha_gonggao.docx", "blind162/blind162_changsha_gonggao.pdf",
                                  "blind5/b_shaanxi_announcement_merged.docx"])
def test_a_notice_titled_by_what_it_announces_keeps_its_number(name: str) -> None:
    """Regression: a 公告 titled 长沙市商务局关于…的公告 with its number centred under the title (2025年第2号) had no
    文号, the number glued to the title in brackets."""
    doc = ingest_file(DATA / "office" / name).documents[0]
    assert doc.doc_number is not None and doc.doc_number.text.endswith(("公告2025年第2号", "公告2023年第4号"))
    assert doc.title.endswith("的公告")
    assert doc.doc_number.issuer_code == f"{doc.issuers[0]}公告"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_every_measure_of_the_shanghai_notice_is_read(suffix: str) -> None:
    """The 通知 and its 18 measures numbered straight through under 一、…五、 (1.–18.), with their paths."""
    parsed = ingest_file(BLIND / f"blind162_shanghai_lingang.{suffix}")
    measures = [c for c in parsed.clauses if c.kind == "item" and c.label.rstrip(".").isdigit()]
    assert [c.label for c in measures] == [f"{n}." for n in range(1, 19)]
    assert measures[12].path[-1].startswith("四、")


@pytest.mark.parametrize(("name", "marker", "rest"), [
    ("blind162/blind162_beijing_zijin.pdf", "2．", "营业执照复印件；"),
    ("blind116/blind116_nansha_plan.pdf", "（一）", "提升国际航运物流枢纽功能"),
    ("blind106/blind106_nanning_meeting.docx", "三、", "参会人员"),
])
def test_no_space_after_an_items_number(name: str, marker: str, rest: str) -> None:
    """Regression: the tab a word processor sets after an automatic number (2．→营业执照…), printed as a space, or a
    space typed there, stayed in the clause (2． 营业执照复印件；) and in the paths under it."""
    clauses = ingest_file(DATA / "office" / name).clauses
    assert any(c.text.split("\n")[0] == marker + rest for c in clauses)
    assert not any(c.text.startswith(marker + " ") or any(p.startswith(marker + " ") for p in c.path) for c in clauses)
