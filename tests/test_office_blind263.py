"""自贸试验区 best-practice cases, an assessment 通报, a 片区's 工作简报 and a 复制推广 list — written by someone who had
not read the reader (tests/data/office/blind263, made by make_blind263.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind263"


def test_a_paragraph_the_page_break_cuts_is_one_clause() -> None:
    """Regression: the 简报's last item, cut by the page break (…通报各部门制度创新任务完成 / 情况，部署…) was two clauses:
    the next page's lines were read as one block, and only a block equal to its first line was joined on."""
    parsed = ingest_file(BLIND / "blind263_qinzhougang_jianbao.pdf")
    item = next(c.text for c in parsed.clauses if c.text.startswith("片区召开上半年制度创新工作推进会"))
    assert item.endswith("9月底前完成不少于8项创新成果的总结申报工作。")
    assert not any(c.text.startswith("情况，部署") for c in parsed.clauses)
