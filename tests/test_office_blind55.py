"""Local legislation as legislatures and governments publish it: a 人大常委会's 公告 over
the 条例 it announces (with a 题注 and a 目录), a 政府令 over the 规章 it publishes, a
决定 amending a 条例, by someone who had not read the reader (tests/data/office/blind55,
made by make_blind55.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind55"


def test_a_decree_and_the_rule_it_publishes_are_one_document() -> None:
    """Regression: 厦门市人民政府令 第188号 and the 办法 it publishes were two documents, the 令 one with no
    issuer, titled 厦门市人民政府令（第188号）, because the 办法's 题注 (…令第188号公布 根据…修正) under its title
    read as a compilation's next document."""
    parsed = ingest_file(BLIND / "blind55_xiamen_guizhang.docx")
    (doc,) = parsed.documents
    assert doc.title == "厦门市促进“丝路海运”发展办法" and doc.wrapper == "厦门市人民政府令（第188号）"
    assert doc.issuers == ("厦门市人民政府",) and (doc.published, doc.effective) == ("2021-06-18", "2021-08-01")
    assert not any(c.text.startswith("（2021年6月18日") for c in parsed.clauses)  # the 题注: metadata
    assert [c.label for c in parsed.clauses if c.kind.value == "article"][-1] == "第十四条"


@pytest.mark.parametrize(("stem", "wrapper"), [
    ("blind55_yunnan_tiaoli", "云南省人民代表大会常务委员会公告（〔十四届〕第12号）"),
    ("blind55_qinzhou_jueding", "钦州市人民代表大会常务委员会公告（〔七届〕第15号）"),
])
@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_legislatures_announcement_numbered_by_its_term_names_the_rule(stem: str, wrapper: str, suffix: str) -> None:
    """Regression: the number line of a 人大常委会公告 (〔十四届〕第12号) was the first clause, and the 公告
    named by nothing."""
    parsed = ingest_file(BLIND / f"{stem}.{suffix}")
    (doc,) = parsed.documents
    assert doc.wrapper == wrapper
    assert not any("届〕第" in c.text and len(c.text) < 12 for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_chapter_keeps_its_label_when_its_line_in_the_contents_has_sections_under_it(suffix: str) -> None:
    """Regression: the 目录 line of 第三章 (with 第一节 and 第二节 under it) took the label 第三章, and the chapter
    itself was 第三章第2处: `bri clause … 第三章` named the 目录 line."""
    parsed = ingest_file(BLIND / f"blind55_yunnan_tiaoli.{suffix}")
    labels = {c.label: c for c in parsed.clauses}
    assert labels["目录·第三章"].kind.value == "heading"
    chapter = labels["第三章"]
    after = parsed.clauses[parsed.clauses.index(chapter) + 1]
    assert after.label == "第一节" and after.path == ("第三章 经贸合作",)
    assert "第三章第2处" not in labels
