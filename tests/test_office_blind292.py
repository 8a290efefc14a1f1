"""PDFs made by typesetting and printing tools, not Word (characters placed one by one, text drawn out of reading
order, an invisible text layer over a scan, a squeezed 版头) — written by someone who had not read the reader
(tests/data/office/blind292, made by make_blind292.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind292"


def test_a_gazettes_running_head_with_its_column_on_either_side_is_no_title() -> None:
    """Regression: 市政府令 西安市人民政府公报 2024年第14期 atop one page and …第14期 市政府令 atop the next (two pages,
    no two alike) stood over the 令: its 栏目 市政府令 was read as the organ (市政府) and the 令's number was lost."""
    document = ingest_file(BLIND / "blind292_xian_gongbao.pdf").documents[0]
    assert document.title == "西安市中欧班列集结中心运营服务管理办法"
    assert document.issuers == ("西安市人民政府",)
    assert document.doc_number is not None and document.doc_number.text == "西安市人民政府令第158号"


def test_the_paragraph_after_a_list_of_materials_is_the_sections_not_the_last_entrys() -> None:
    """Regression: （一）…；（二）…；…（五）申报单位信用承诺书（附件2）。 then 申报材料一式两份，按上述顺序装订成册: the last
    entry, short and closed by 。, was read as a heading over that paragraph, which became its text."""
    clauses = ingest_file(BLIND / "blind292_liuzhou_tongzhi.pdf").clauses
    last = next(c for c in clauses if c.text.startswith("（五）申报单位信用承诺书"))
    assert last.text == "（五）申报单位信用承诺书（附件2）。"
    bound = next(c for c in clauses if c.text.startswith("申报材料一式两份"))
    assert bound.path == ("三、申报材料",)
