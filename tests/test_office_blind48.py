"""PDF page layouts beyond one column of text, by someone who had not read the
reader (tests/data/office/blind48, made by make_blind48.py): a landscape page with
a borderless table, a notice with a sidebar and a pull-quote, a 政策一览表 that is
one borderless table with merged category cells."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind48"


def test_a_lists_organ_and_day_under_its_title_are_its_issuer_and_date() -> None:
    """Regression: 四川省自由贸易试验区工作办公室　2024年7月5日 under the 一览表's title was taken for the table's
    caption, so the list had no issuer and no date; （截至2024年6月30日） under the title was a clause."""
    parsed = ingest_file(BLIND / "blind48_sichuan_yilanbiao.docx")
    (doc,) = parsed.documents
    assert doc.title == "中国（四川）自由贸易试验区支持政策一览表（截至2024年6月30日）"
    assert doc.issuers == ("四川省自由贸易试验区工作办公室",) and doc.published == "2024-07-05"
    assert parsed.clauses[0].kind.value == "table_header"
    rows = [c for c in parsed.clauses if c.kind.value == "table_row"]
    assert len(rows) == 22 and all(r.fields.get("政策类别") for r in rows)


def test_a_landscape_borderless_table_reads_as_rows_in_both_formats() -> None:
    """Held, not fixed: the 方案's borderless table on a landscape page, a cell wrapped over three lines joined."""
    docx, pdf = (ingest_file(BLIND / f"blind48_chengdu_fangan.{x}") for x in ("docx", "pdf"))
    assert [c.text for c in docx.clauses] == [c.text for c in pdf.clauses]
    assert sum(c.kind.value == "table_row" for c in pdf.clauses) == 8


def test_a_sidebars_small_telephone_numbers_stay_digits() -> None:
    """Regression (of round forty-four's superscripts): the sidebar's 029-86781234, in small type on the rows of the
    body beside it, read as ⁰²⁹-86781234."""
    parsed = ingest_file(BLIND / "blind48_xian_tongzhi.pdf")
    texts = "\n".join(c.text for c in parsed.clauses)
    assert "029-86781234" in texts and "⁰" not in texts


def test_a_sidebar_beside_the_body_is_read_after_it_not_as_a_table() -> None:
    """Regression: a framed box in small type (政策咨询热线, 温馨提示) beside the notice's first lines was read with
    them as a two-column table: the lead-in was lost among its rows, and 一、 was buried in one."""
    parsed = ingest_file(BLIND / "blind48_xian_tongzhi.pdf")
    texts = [c.text for c in parsed.clauses]
    assert texts[0] == ("为加快建设中欧班列（西安）集结中心，更好服务共建“一带一路”和中国（陕西）自由贸易试验区建设，"
                        "经市政府同意，现就有关事项通知如下：")
    assert not [c for c in parsed.clauses if c.kind.value in ("table_row", "table_header")]
    assert texts[1] == "一、提升班列集结能力" and texts[2].startswith("支持西安国际港站扩能改造")
    assert "市商务局：029-86785678" in texts and "温馨提示：奖励资金申报请登录“秦务员”平台线上办理，无需提交纸质材料。" in texts


def test_a_borderless_table_with_vertically_centred_cells_reads_as_its_word_file() -> None:
    """Regression: in the PDF the 一览表's cells are vertically centred, so a row's lines in different columns stand half
    a line apart and each 政策类别 at the middle of the rows it spans (in the gap between two, or beside a middle row):
    no row was right, the columns interleaved (政策类别 政策名称 支持内容：出口整体通关时间较2021年压), the wrapped tails
    of cells were headings of their own (境促进跨境贸易便利化若干措, 施) and the categories were lost. Its rows are
    now bands of lines parted by the cells' padding, each category spread over the rows it stands in the middle of;
    金融创新, printed on page 1 only, carries on over page 2's first four rows."""
    rows = {x: [c.fields for c in ingest_file(BLIND / f"blind48_sichuan_yilanbiao.{x}").clauses
                if c.kind.value == "table_row"] for x in ("docx", "pdf")}
    assert rows["pdf"] == rows["docx"] and len(rows["pdf"]) == 22
    assert [r["政策类别"] for r in rows["pdf"]] == ["贸易便利化"] * 5 + ["投资开放"] * 4 + ["金融创新"] * 6 + ["物流通道"] * 4 + [
        "人才保障"] * 3
    assert rows["pdf"][0]["文号"] == "川府发〔2023〕8号"
    assert rows["pdf"][11]["政策名称"] == "关于支持融资租赁业发展的若干政策"
