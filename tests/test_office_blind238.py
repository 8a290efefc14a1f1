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


def test_a_text_compilation_numbers_its_policies_titles_as_its_contents_does() -> None:
    """Regression: a clerk's text 汇编 numbers each policy's title in the text as its 目录 does (二、…奖励办法); the
    titles were not found under their numbers, so the book was one document, its policies' titles and articles its
    paragraphs. Each policy is a document, titled without the book's number."""
    parsed = ingest_file(BLIND / "blind238_zhengzhou_huibian.txt")
    assert [d.title for d in parsed.documents] == [
        "郑州经济技术开发区关于支持跨境电子商务和海外仓发展的若干措施",
        "郑州经济技术开发区“一带一路”国际物流枢纽建设奖励办法",
        "郑州经济技术开发区促进外贸稳增长政策要点",
    ]
    assert not [c for c in parsed.clauses if c.text.endswith("奖励办法")]
    second = [c for c in parsed.clauses if c.doc_id == parsed.documents[1].doc_id]
    assert second[0].label == "第一条" and second[-1].kind != "article" and "第九条" in [c.label for c in second]


@pytest.mark.parametrize(("name", "issuer"), [("blind238_zhengzhou_huibian.txt", "郑州经济技术开发区管理委员会"),
                                              ("blind238_xian_huibian.docx", "西安国际港务区管理委员会")])
def test_a_policys_issue_line_in_a_compilation_names_its_organ(name: str, issuer: str) -> None:
    """Regression: the line under a policy's title saying who issued it and the month (（…管理委员会2024年1月印发）) was a
    clause, and a policy that is not signed (政策要点) had no issuer. It is the policy's issuer (a 管委会 by its full
    name), and no clause; a month alone gives no date."""
    parsed = ingest_file(BLIND / name)
    assert not [c for c in parsed.clauses if c.text.endswith("月印发）")]
    assert all(d.issuers == (issuer,) for d in parsed.documents)
    assert parsed.documents[-2 if name.endswith("docx") else -1].signed is None
