"""A city's 政府公报 issue whose sections hold more than policy (市政府文件, 办公室文件, 部门文件, 政策解读, 人事任免, 大事记) in
two columns — written by someone who had not read the reader (tests/data/office/blind306, made by make_blind306.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind306"


def test_a_sections_name_atop_a_column_starts_no_document() -> None:
    """Regression (PDF): the section's name printed atop a right-hand column (部门文件, 政策解读: the 目录's 栏目, read as a bar)
    started a document under it: 第六章　附　　则 with its two articles, and the 解读's last question, were documents of their
    own (eight, not six), the 办法 losing its dates and the repeal its 第十八条 makes."""
    documents = ingest_file(BLIND / "blind306_yueyang_gongbao.pdf").documents
    assert len(documents) == 6
    rule = next(d for d in documents if "示范企业认定和管理办法" in d.title)
    assert rule.effective == "2026-04-05" and rule.repeals
