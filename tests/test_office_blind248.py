"""Plain-text files as analysts and offices save them (tests/data/office/blind248, made by make_blind248.py by someone
who had not read the reader)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.boxtable import box_tables
from bri_kb.ingest.conventions import CELL
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind248"


def test_a_table_drawn_in_characters_is_read_row_by_row() -> None:
    """Regression: the 附件's table drawn with ┌─┬─┐ / │ / ├─┼─┤ was thirteen paragraphs of its lines (cells cut where
    they wrapped, 拓展监管业务模 / 式, the merged 昆明海关 on a rule's line): now a header and five rows, each cell's
    lines joined, a cell merged down over two rows given to both."""
    parsed = ingest_file(BLIND / "blind248_yunnan_tongzhi.txt")
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert [c.text.split("\n")[1] for c in rows] == [
        "重点任务：拓展监管业务模式", "重点任务：优化通关作业流程", "重点任务：完善口岸基础设施", "重点任务：建设跨境电商集聚区",
        "重点任务：布局海外仓网络"]
    assert [c.fields["牵头单位"] for c in rows] == ["昆明海关", "昆明海关", "省口岸办", "昆明市人民政府", "省商务厅"]
    assert [c.fields["完成时限"] for c in rows][3:] == ["持续推进", "持续推进"]
    assert "具体内容：昆明片区新引进年进出口额超5000万元的跨境电商企业20家以上" in rows[3].text
    assert not [c for c in parsed.clauses if "│" in c.text or "─" in c.text]


_CELL_TEXT = st.text(alphabet="跨境电商海外仓口岸0123456789", min_size=1, max_size=6)


@given(st.lists(st.lists(_CELL_TEXT, min_size=3, max_size=3), min_size=1, max_size=5))
def test_any_plain_box_reads_back_its_cells(body: list[list[str]]) -> None:
    """A box of three columns, a rule under every row: each row reads back as its cells, every other line is the
    box's."""
    rule = "───"
    lines = [f"┌{rule}┬{rule}┬{rule}┐", "│序号│名称│内容│"]
    for row in body:
        lines += [f"├{rule}┼{rule}┼{rule}┤", "│" + "│".join(row) + "│"]
    lines.append(f"└{rule}┴{rule}┴{rule}┘")
    (box,) = box_tables(lines)
    assert list(box.rows.values()) == [CELL.join(["序号", "名称", "内容"]), *(CELL.join(r) for r in body)]
    assert set(box.rows) | box.others == set(range(len(lines)))


def test_a_sites_menu_copied_a_word_a_line_over_the_breadcrumb_is_no_document() -> None:
    """Regression: a page copied by select-all, its site's name, a menu a word a line and a search box over the
    breadcrumb (当前位置：首页 > 政务公开 > 政策文件), was two documents, the first titled 成都市人民政府 with the menu and the
    page's record as its clauses."""
    parsed = ingest_file(BLIND / "blind248_chengdu_tongzhi.txt")
    (doc,) = parsed.documents
    assert doc.title == "成都市人民政府办公厅关于印发《成都市推动中欧班列与跨境电商融合发展若干措施》的通知"
    assert not [c for c in parsed.clauses if c.text in ("首页", "政务公开", "搜索") or "索" in c.text and "引" in c.text]
