"""Tables typed without a table — columns lined up with tabs (with and without dot leaders), runs of spaces or
full-width spaces, names wrapped by hand under their column — written by someone who had not read the reader
(tests/data/office/blind135, made by make_blind135.py)."""

from __future__ import annotations

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.spaced import tabbed_tables
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind135"


def _rows(name: str) -> list[dict[str, str]]:
    return [dict(c.fields) for c in ingest_file(BLIND / name).clauses if c.kind == "table_row"]


def test_a_list_typed_with_tabs_and_wrapped_by_hand() -> None:
    """Regression: the 企业名单 typed as 序号⇥企业名称⇥所在区⇥项目类别, long names wrapped onto a line that opens with a
    tab (or after a soft break), two rows lined up with spaces, fell apart: rows read as headers, later rows keyed with
    a company's cells, wrapped ends as clauses of their own (1 row of 12 right). Now 12 rows, each name whole."""
    rows = [r for r in _rows("blind135_zhengzhou_list.docx") if "企业名称" in r]
    assert len(rows) == 12
    assert rows[2] == {"序号": "3", "企业名称": "郑州航空港区国际跨境电商供应链管理有限公司", "所在区": "航空港区",
                       "项目类别": "跨境电商"}
    assert rows[4]["企业名称"] == "郑州中亚（哈萨克斯坦）农业产业园开发有限公司" and rows[4]["项目类别"] == "境外经贸合作区建设"
    assert rows[11] == {"序号": "12", "企业名称": "河南豫航机电进出口有限公司", "所在区": "管城回族区", "项目类别": "机电产品出口"}


def test_a_list_of_counts_is_no_table_of_contents() -> None:
    """Regression: 经开区⇥3 / 郑东新区⇥3 / 航空港区⇥2 … (on a tab, or dot leaders in the PDF) was removed as a 目录, so
    how many companies each 区 has was lost without a word: page numbers never go down, and with no 目录 over them
    these are kept; typed on a tab, they are a table of two columns."""
    rows = [r for r in _rows("blind135_zhengzhou_list.docx") if "入选企业（家）" in r]
    assert rows[0] == {"所在区（开发区）": "经开区", "入选企业（家）": "3"} and len(rows) == 6
    pdf = ingest_file(BLIND / "blind135_zhengzhou_list.pdf")
    assert "table_of_contents" not in pdf.report.removed
    assert any(c.text.startswith("管城回族区") and c.text.endswith("1") for c in pdf.clauses)


def test_a_task_list_typed_with_tabs_under_group_headings() -> None:
    """Regression: in the 分工 typed as 任务⇥牵头单位⇥配合单位⇥完成时限 (the header reached with runs of tabs), each
    wrapped unit was lost to its column (⇥⇥武汉海关, ⇥片区经发局⇥市科技局) or a clause of its own (市贸促会)."""
    rows = _rows("blind135_wuhan_fengong.docx")
    assert len(rows) == 10
    assert rows[2]["配合单位"] == "天河机场公司、武汉海关、市口岸办"
    assert rows[7]["牵头单位"] == "片区科创局、片区经发局" and rows[7]["配合单位"] == "片区财金局、市科技局"
    assert rows[8]["任务"] == "9．举办“一带一路”光谷国际合作论坛" and rows[8]["配合单位"] == "片区综协局、市外办、市贸促会"
    heading = next(c for c in ingest_file(BLIND / "blind135_wuhan_fengong.docx").clauses if "任务" in c.fields
                   and c.fields["任务"].startswith("7．"))
    assert heading.path[-1] == "（三）深化国际产能和科技合作"


def test_a_list_lined_up_with_full_width_spaces() -> None:
    """Regression: the 资金安排 lined up with full-width spaces (１．…　海沧港区　620) read as items with the amount glued
    to the place (东渡港区850) and the wrapped rest of a name after it (海沧港区760货源组织); its 合　计 line apart."""
    rows = _rows("blind135_xiamen_funds.docx")
    assert rows[3] == {"项目名称": "４．中欧（厦门）班列回程货源组织", "实施区域": "海沧港区", "金额": "760"}
    assert rows[-1] == {"项目名称": "合计", "实施区域": "", "金额": "3260"}


def test_a_typed_row_wrapped_in_several_columns() -> None:
    lines = ["序号\t企业名称\t所在区\t项目类别", "1\t郑州某某开发\t经开区\t境外经贸合作区", "\t有限公司\t\t建设",
             "2\t河南某某公司\t金水区\t海外仓", "其他文字"]
    assert tabbed_tables(lines) == [CELL.join(["序号", "企业名称", "所在区", "项目类别"]),
                                    CELL.join(["1", "郑州某某开发有限公司", "经开区", "境外经贸合作区建设"]),
                                    CELL.join(["2", "河南某某公司", "金水区", "海外仓"]), "其他文字"]


def test_a_borderless_table_in_the_pdf_whose_names_wrap() -> None:
    """Regression: in the PDF the wrapped rest of a numbered row's first cell (货源组织, 服务中心运营) started a row of
    its own, read as a category heading over the rows after it, and the next section's heading (二、资金拨付和管理) was
    taken in under the table's last row, so 二、's items stood under 一、."""
    parsed = ingest_file(BLIND / "blind135_xiamen_funds.pdf")
    rows = [dict(c.fields) for c in parsed.clauses if c.kind == "table_row"]
    assert rows[3] == {"项目名称": "４．中欧（厦门）班列回程货源组织", "实施区域": "海沧港区", "金额": "760"}
    assert len(rows) == 6
    item = next(c for c in parsed.clauses if c.text.startswith("（一）资金由市财政局拨付"))
    assert item.path == ("二、资金拨付和管理",)
