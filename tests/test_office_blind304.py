"""Fast formats offices send urgent notices in (a 明传电报 with its 发电单位 / 明电编号 table, a 传真电报, a 工作提示 of
one page, a 会议通知 with its 回执 and 日程) — written by someone who had not read the reader
(tests/data/office/blind304, made by make_blind304.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind304"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize(("name", "number", "organ"), [
    ("blind304_guangxi_mingdian", "桂政办明电〔2025〕23号", "广西壮族自治区人民政府办公厅"),
    ("blind304_yunnan_chuanzhen", "云商传〔2025〕12号", "云南省商务厅"),
])
def test_a_telegrams_head_table_gives_its_organ_and_number(suffix: str, name: str, number: str, organ: str) -> None:
    """Regression: under 明传电报 (or …传真电报) the table's first row (发电单位｜…｜签批盘｜…) was the title, the number
    printed only in the table (明电编号｜桂政办明电〔2025〕23号) was lost, and the table's rows and the real title were
    clauses."""
    parsed = ingest_file(BLIND / f"{name}{suffix}")
    telegram = parsed.documents[0]
    assert telegram.title.endswith("紧急通知") and telegram.title.startswith(organ)
    assert telegram.doc_number is not None and telegram.doc_number.text == number
    assert telegram.issuers == (organ,)
    assert not any("｜" in c.text and ("签批盘" in c.text or "签 发 人" in c.text) for c in parsed.clauses)


def test_a_work_reminders_head_names_its_issue_and_office() -> None:
    """Regression: 工　作　提　示 / 第5期 / 青岛市商务局　2025年5月20日 over a titled reminder: 工作提示 was the title and
    第5期 a clause."""
    reminder = ingest_file(BLIND / "blind304_qingdao_tishi.docx").documents[0]
    assert reminder.title == "关于做好跨境电商出口申报和海外仓备案有关工作的提示"
    assert reminder.issuers == ("青岛市商务局",) and reminder.published == "2025-05-20"
