"""Long tables a page break cuts, as Word-made PDFs print them — a 政策兑现清单 with rows split over pages and cells
merged down across a break, a 项目表 cut by hand with 续表 typed and no header repeated, a landscape 任务台账 with lists
inside cells — written by someone who had not read the reader (tests/data/office/blind111, made by make_blind111.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind111"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_table_cut_by_hand_with_its_label_and_no_header_again(suffix: str) -> None:
    """Regression: in Word, the second table after 续表 (rows 9 to 14 and 合计, no header typed again) took row 9 for
    its header, so rows 10… read 9：10；中俄丝绸之路创新园二期：西安经开区汽车出口服务基地 and a question on row 9's 总投资
    got row 14's; in the PDF the label ran into row 8's last cell (…西安高新区管委会续表)."""
    parsed = ingest_file(BLIND / f"blind111_xian_notice.{suffix}")
    rows = {c.fields.get("序号"): c.fields for c in parsed.clauses if c.kind == "table_row"}
    assert rows["9"]["项目名称"] == "中俄丝绸之路创新园二期" and rows["9"]["总投资"] == "18.0"
    assert rows["8"]["责任单位"] == "西安高新区管委会" and rows["14"]["序号"] == "14"
    assert not any(c.kind == "table_header" and c.text.startswith("9") for c in parsed.clauses)
    assert not parsed.report.lost_lines


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_attachments_title_over_two_lines_naming_a_ledger(suffix: str) -> None:
    """Regression: the title under 附件, …青岛片区2024年 / 服务共建“一带一路”改革创新任务台账, lost its second line to a
    table caption (台账 and …分工表 named no 文种)."""
    clauses = ingest_file(BLIND / f"blind111_qingdao_tasks.{suffix}").clauses
    heading = next(c for c in clauses if c.kind == "heading" and c.text.startswith("附件"))
    assert heading.text == "附件\n中国（山东）自由贸易试验区青岛片区2024年服务共建“一带一路”改革创新任务台账"
