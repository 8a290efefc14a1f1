"""惠企政策汇编 as 片区 and 开发区 offices make them (tests/data/office/blind238, made by make_blind238.py by someone who had
not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind238"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_compilations_preface_is_no_document(suffix: str) -> None:
    """Regression: the cover and the 编印说明 after it (为便于…，本汇编收录…) were a document of their own, the
    preface's paragraphs its clauses; they are the book's, left out and counted."""
    parsed = ingest_file(BLIND / f"blind238_xian_huibian{suffix}")
    assert len(parsed.documents) == 4
    assert not [d for d in parsed.documents if "汇编" in d.title]
    assert not [c for c in parsed.clauses if "本汇编" in c.text]
    assert parsed.report.removed["compilation_title"] >= 3


def test_a_workbook_compilation_a_sheet_a_policy() -> None:
    """Regression: a 汇编 laid out as a workbook — a 政策清单 sheet, then a sheet a policy, each titled, 文号：…　发布单位：…
    发布日期：… under its title — was one document titled by the book, no 文号, the policies' organs and days mixed. Each
    policy is a document of its own; the list, whose 兑现方式 and 联系电话 no policy sheet repeats, stays the first."""
    parsed = ingest_file(BLIND / "blind238_nanjing_huibian.xlsx")
    numbers = [d.doc_number.text if d.doc_number else None for d in parsed.documents]
    assert numbers == [None, "宁新区管发〔2024〕8号", "宁新区管发〔2023〕56号", "宁新区工发〔2024〕5号"]
    assert parsed.documents[1].title == "南京江北新区关于促进跨境电子商务高质量发展的若干政策"
    assert parsed.documents[2].issuers == ("南京江北新区管理委员会", "中国（江苏）自由贸易试验区南京片区管理委员会")
    assert [c for c in parsed.clauses if c.doc_id == parsed.documents[0].doc_id and "025-58390126" in c.text]
