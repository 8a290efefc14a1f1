"""Rounds 356–359, written by someone who had not read the reader (tests/data/office/blind356 … blind359, each made by
its make_blindNNN.py): a 自治区 gazette in two columns; 公文 whose 附件 are documents of their own; a province's
policy compilation as a book; Word files typed as busy offices type them. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_organs_listed_with_a_pause_mark_in_a_note_are_each_an_issuer(suffix: str) -> None:
    """Regression: （2025年11月20日湖南省商务厅、湖南省财政厅印发　湘商规〔2025〕4号） gave one issuer,
    湖南省商务厅、湖南省财政厅."""
    parsed = ingest_file(OFFICE / "blind358" / f"blind358_hunan_huibian{suffix}")
    rule = next(d for d in parsed.documents if d.title == "湖南省外商投资促进奖励办法")
    assert rule.issuers == ("湖南省商务厅", "湖南省财政厅")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_compilers_note_between_two_documents_is_neither_documents(suffix: str) -> None:
    """Regression: 编者按：现将《…实施方案》印发通知全文及…节选刊发，供参考。, between the 办法 and the notice it speaks
    of, was read into the 办法's last article."""
    parsed = ingest_file(OFFICE / "blind358" / f"blind358_hunan_huibian{suffix}")
    assert not any("编者按" in c.text for c in parsed.clauses)
    last = next(c for c in parsed.clauses if c.text.startswith("第十一条 本办法自2026年1月1日起施行"))
    assert last.text.endswith("同时废止。")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_forms_rows_left_blank_are_no_clauses(suffix: str) -> None:
    """Regression: the blank 申报表 of 附件3 gave its labels as clauses (申报单位名称, 联系人｜联系电话, 项目名称, 备注);
    what the form asks the applicant to tick or seal stays."""
    parsed = ingest_file(OFFICE / "blind357" / f"blind357_sichuan_tongzhi{suffix}")
    texts = [c.text.replace(" ", "") for c in parsed.clauses]
    assert not any(t in ("申报单位名称", "联系人｜联系电话", "项目名称", "备注") for t in texts)
    assert any("□海外仓建设" in t for t in texts)
    assert parsed.report.removed["blank_form_row"] >= 5


def test_an_item_cut_at_a_comma_by_a_page_break_is_one_clause() -> None:
    """Regression: （3）鼓励市场经营户… ending a page with …数据互联互通， (a manual page break), its sentence going on
    indented on the next page (对通过该模式…), was two clauses."""
    parsed = ingest_file(OFFICE / "blind359" / "blind359_yiwu_fangan.pdf")
    item = next(c for c in parsed.clauses if c.text.startswith("（3）鼓励市场经营户"))
    assert "数据互联互通，对通过该模式年度出口超过50标箱的经营户" in item.text.replace(" ", "")
    assert not any(c.label.startswith("（3）第2段") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_marks_of_what_a_reprint_left_out_are_no_clauses(suffix: str) -> None:
    """Regression: a gazette's （附件略） and an excerpt's …… between its parts were clauses (…（十）第2段 ……);
    they are left out and counted as 省略标记."""
    parsed = ingest_file(OFFICE / "blind358" / f"blind358_hunan_huibian{suffix}")
    assert not any(c.text.strip() in ("……", "（附件略）") for c in parsed.clauses)
    assert parsed.report.removed["omission_mark"] >= 2
