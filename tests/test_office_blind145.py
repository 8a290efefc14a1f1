"""Chains of 转发 as they reach a county — a county's notice forwarding a city's forwarding the province's
forwarding the State Council's, all in one Word file (and its PDF) — written by someone who had not read the reader
(tests/data/office/blind145, made by make_blind145.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind145"


@pytest.mark.parametrize("name", ["blind145_hejiang_chain.docx", "blind145_hejiang_chain.pdf"])
def test_a_forwarded_notice_after_the_forwarders_table(name: str) -> None:
    """Regression: the county's notice ends with its 附件 table; the city's notice it forwards, its 文号 above its
    title and its 主送 under it, was read as more of the county's 附件 (its deadlines and contact the county's): a
    table's numbered last row ends the document before, as a 成文日期 does."""
    parsed = ingest_file(BLIND / name)
    titles = [d.title for d in parsed.documents]
    assert "泸州市人民政府办公室关于转发川办发〔2024〕38号文件的通知" in titles and len(titles) == 4
    city = parsed.documents[titles.index("泸州市人民政府办公室关于转发川办发〔2024〕38号文件的通知")]
    assert city.doc_number is not None and city.doc_number.text == "泸市府办发〔2024〕57号"


@pytest.mark.parametrize("name", ["blind145_yueyang_chain.docx", "blind145_yueyang_chain.pdf"])
def test_a_national_opinion_is_not_the_zones_one_measure_names(name: str) -> None:
    """Regression: the 国务院办公厅's 意见 for all the zones applied in the five its item （七） names (支持重庆、四川、陕西、
    河南、新疆自贸试验区建设中欧班列集结中心), as a 决定 adjusting rules in the zones it names would: only a 决定 or a
    sentence that tries a measure somewhere (暂时调整, 开展试点) narrows a national document so (round 37's 意见 reads so
    too)."""
    parsed = ingest_file(BLIND / name)
    opinion = next(d for d in parsed.documents if d.title.startswith("国务院办公厅关于"))
    first = next(c for c in parsed.clauses if c.doc_id == opinion.doc_id)
    assert len(first.applies_to) > 5 and "中国（湖南）自由贸易试验区" in first.applies_to


def test_each_notices_publicity_note_is_its_own() -> None:
    """Regression: in the PDF the four （此件公开发布） under each level's 落款 repeat near page breaks and were taken for a
    running header, so no document kept its publicity note (rounds 46's and 112's PDFs lost theirs so too)."""
    parsed = ingest_file(BLIND / "blind145_hejiang_chain.pdf")
    assert all(d.remarks == "（此件公开发布）" for d in parsed.documents)
    assert "running_header" not in parsed.report.removed
    assert all(d.remarks for d in ingest_file(DATA / "office" / "blind46" / "blind46_huibian.pdf").documents[1:])
