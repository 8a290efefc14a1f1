"""A city's 惠企政策 booklet of one-page policy cards (【政策名称】… over its fields and a table of what it offers) — written
by someone who had not read the reader (tests/data/office/blind307, made by make_blind307.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.cards import card_head
from bri_kb.ingest.clean import Line
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind307"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_each_policy_card_is_a_document_named_and_dated_by_its_fields(suffix: str) -> None:
    """Regression: the booklet was one document (芜湖市惠企政策汇编, no 文号, organ or day), one card's validity and repeal
    set on all nine, the cards' 【文　号】/【发文单位】 lines read as clauses."""
    parsed = ingest_file(BLIND / f"blind307_wuhu_huiqi{suffix}")
    assert len(parsed.documents) == 9
    first = parsed.documents[0]
    assert first.title == "芜湖市进一步稳外贸促增长若干政策措施"
    assert first.doc_number is not None and first.doc_number.text == "芜政办秘〔2024〕11号"
    assert first.issuers == ("芜湖市人民政府办公室",) and first.signed == "2024-02-26"
    assert not any(c.text.startswith("【") for c in parsed.clauses)
    assert parsed.report.lost_lines == ()


def test_a_cards_fields_several_to_a_line() -> None:
    lines = [Line(1, "【政策名称】芜湖市外贸企业出口信用保险保费扶持政策"), Line(2, "【文\u3000\u3000号】芜商〔2024〕27号"),
             Line(3, "【发文单位】芜湖市商务局\u3000芜湖市财政局\u3000\u3000【发文日期】2024年3月20日"), Line(4, "政策依据｜…")]
    assert card_head(lines) == ("芜湖市外贸企业出口信用保险保费扶持政策", 3, {
        "发文字号": "芜商〔2024〕27号", "发布部门": "芜湖市商务局 芜湖市财政局", "成文日期": "2024年3月20日"})
