"""Four documents written the way offices write them by someone who had not
seen the reader (tests/data/office/blind, made by make_blind.py with python-docx
and LibreOffice): a red-header 通知 with a landscape 任务分工表 attachment, a
令 carrying a regulation, a 报告 with a statistics table, and a gazette page
holding two documents. Each test is a problem that first reading showed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.ingest.structure import category_row
from bri_kb.query.labels import label_variants
from bri_kb.vocabulary import squash
from tests.helpers import Parsed, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind"


def _rows(parsed: Parsed) -> list[tuple[str, dict[str, str]]]:
    return [(c.label, {k: squash(v) for k, v in c.fields.items()}) for c in parsed.clauses if c.kind == "table_row"]


def test_task_table_reads_the_same_from_word_and_from_its_pdf() -> None:
    """Regression: in the PDF, a 牵头单位 or 完成时限 merged down several rows was
    in the first row only, and the header row repeated on the next page (under a
    "— 6 —" page number) became a data row."""
    word = _rows(ingest_file(BLIND / "a_notice_task_table.docx"))
    pdf = _rows(ingest_file(BLIND / "a_notice_task_table.pdf"))
    assert pdf == word
    tasks = {label: fields for label, fields in pdf if label.endswith("项")}
    assert len(tasks) == 16 and all(f["牵头单位"] and f["完成时限"] for f in tasks.values())
    assert tasks["第3项"]["完成时限"] == "2019年9月底前" and tasks["第9项"]["牵头单位"] == "海关总署广东分署"
    assert not [fields for _, fields in pdf if fields.get("序号") == "序号"]


@pytest.mark.parametrize("name", ["a_notice_task_table", "b_decree_regulation", "c_report_statistics",
                                  "d_gazette_two_items"])
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_blind_documents_lose_no_line(name: str, fmt: str) -> None:
    parsed = ingest_file(BLIND / f"{name}.{fmt}")
    assert parsed.report.lost_lines == () and parsed.clauses


def test_statistics_table_with_a_two_row_header_reads_the_same_from_its_pdf() -> None:
    """Regression: in the PDF the header's second row (户数, 注册资本（亿元）… under 新设企业) was a data
    row, the first header row had empty names (列3), and every row label was one off."""
    word = _rows(ingest_file(BLIND / "c_report_statistics.docx"))
    pdf = _rows(ingest_file(BLIND / "c_report_statistics.pdf"))
    assert pdf == word
    zones = [f for _, f in pdf if "片区" in f]
    assert [f["片区"] for f in zones] == ["昆明片区", "红河片区", "德宏片区", "合计"]
    assert zones[2]["新设企业／户数"] == "583" and zones[2]["其中：外商投资企业／实际利用外资（亿美元）"] == "0.20"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_attachment_is_its_own_section(fmt: str) -> None:
    """Regression: the 附件 page's title and its whole table sat under the body's last item
    (三、保障措施/（三）做好复制推广), and （此页无正文） was a clause or glued to the 附件说明."""
    parsed = ingest_file(BLIND / f"a_notice_task_table.{fmt}")
    heading = next(c for c in parsed.clauses if c.kind == "heading" and c.text.startswith("附件"))
    assert heading.text == "附件\n广东自贸试验区贸易投资便利化改革创新任务分工表" and heading.path == ()
    rows = [c for c in parsed.clauses if c.kind in ("table_header", "table_row")]
    assert len(rows) == 17 and {c.path[0] for c in rows} == {"附件 广东自贸试验区贸易投资便利化改革创新任务分工表"}
    assert not [c.text for c in parsed.clauses if "此页无正文" in c.text]
    assert parsed.documents[0].attachments == ("广东自贸试验区贸易投资便利化改革创新任务分工表",)
    assert parsed.report.removed["no_body_note"] == 1  # accounted for in the ingest report


def test_each_of_two_attachments_is_its_own_section() -> None:
    parsed = ingest_file(BLIND / "c_report_statistics.pdf")
    paths = {c.path for c in parsed.clauses if c.path and c.path[0].startswith("附件")}
    assert paths == {("附件1 云南自贸试验区首批制度创新案例清单",), ("附件2 云南自贸试验区改革试点任务推进情况表",)}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_gazette_page_with_two_documents_gives_two(fmt: str) -> None:
    """Regression: 川办函〔2019〕42号, printed on the same gazette page right after 川府发〔2019〕7号 under
    its own title and 文号, was read as clauses of 川府发〔2019〕7号 and cited with its number and date."""
    parsed = ingest_file(BLIND / f"d_gazette_two_items.{fmt}")
    docs = parsed.documents
    assert [(d.doc_number.text if d.doc_number else None, d.issuers, d.signed) for d in docs] == [
        ("川府发〔2019〕7号", ("四川省人民政府",), "2019-06-12"),
        ("川办函〔2019〕42号", ("四川省人民政府办公厅",), "2019-06-28")]
    assert docs[1].title == "四川省人民政府办公厅关于印发四川省进一步做好稳外资工作若干措施分工方案的通知"
    [clause] = [c for c in parsed.clauses if "总投资1亿美元以上" in c.text]
    assert clause.doc_id == docs[1].doc_id and clause.label == "三、"


def test_further_documents_needs_a_title_a_number_alone_and_an_addressee() -> None:
    from bri_kb.ingest.clean import Line
    from bri_kb.ingest.several import further_documents

    def lines(*texts: str) -> list[Line]:
        return [Line(n, t) for n, t in enumerate(texts, 1)]

    body = ("第一个文件的标题的通知", "甲发〔2019〕1号", "各有关单位：", "正文。")
    second = ("乙省人民政府办公厅关于某事的通知", "乙办函〔2019〕42号", "各市人民政府：", "正文。")
    assert further_documents(lines(*body, *second)) == [4]
    assert further_documents(lines(*body, "乙省人民政府办公厅关于某事", "的通知", *second[1:])) == [4]  # wrapped
    assert further_documents(lines(*body, "依据有关规定，", *second)) == []  # the "title" carries on a sentence
    assert further_documents(lines(*body, second[0], "乙办函〔2019〕42号印发", *second[2:])) == []
    # no 主送 under the 文号: no document, unless a compilation's (after the 成文日期 of the one before, or after a
    # sentence's end with an article or item opening under the 文号; round 178's 汇编 page)
    told = ("第一个文件的标题的通知", "甲发〔2019〕1号", "各有关单位：", "有关内容如下。")
    assert further_documents(lines(*told, *second[:2], "有关内容如下。")) == []
    assert further_documents(lines(*told, "2019年3月1日", *second[:2], "有关内容如下。")) == [5]
    assert further_documents(lines(*told, *second[:2], "第一条　为了…，制定本办法。")) == [4]


@pytest.fixture(scope="module")
def blind_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bri_kb.index.kb import build

    home = tmp_path_factory.mktemp("blind") / "kb"
    build([BLIND / "b_decree_regulation.docx", BLIND / "c_report_statistics.pdf"], home)
    return home


def test_a_regulation_is_found_by_the_order_that_made_it(blind_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: 海南省人民政府令第235号 has no 文号 of the 〔2019〕 kind; `bri clause` and `--doc`
    with the order's number found nothing."""
    monkeypatch.setenv("BRI_KB_HOME", str(blind_kb))
    runner = CliRunner()
    shown = runner.invoke(app, ["clause", "海南省人民政府令第235号", "第七条"])
    assert shown.exit_code == 0, shown.output
    assert "第七条" in shown.stdout and "单一窗口" in shown.stdout
    asked = runner.invoke(app, ["ask", "单一窗口暂停服务要提前几天公告？", "--doc", "海南省人民政府令（第235号）",
                                "--format", "json"])
    assert asked.exit_code == 0, asked.output


def test_a_label_typed_with_full_width_brackets_finds_a_half_width_one(blind_kb: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: the report numbers one heading "(三)" half width; `bri clause … （三）` found nothing."""
    monkeypatch.setenv("BRI_KB_HOME", str(blind_kb))
    for typed in ("（三）", "(三)"):
        shown = CliRunner().invoke(app, ["clause", "云商贸〔2019〕45号", typed])
        assert shown.exit_code == 0, shown.output
    assert {"(三)", "（三）"} <= label_variants("（三）") and {"1.", "1．"} <= label_variants("1．")


def test_a_city_inside_a_zone_is_not_called_a_part_of_it(blind_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: under --where 三亚, a rule of the 海南 zone (whose 片区 the data does not place) was
    noted "适用于中国（海南）自由贸易试验区，属三亚市的一部分", the relation the wrong way round."""
    monkeypatch.setenv("BRI_KB_HOME", str(blind_kb))
    out = CliRunner().invoke(app, ["ask", "单一窗口暂停服务要提前几天公告？", "--where", "三亚", "--format", "json"])
    notes = {h["note"] for h in json.loads(out.stdout)["results"]}
    assert notes == {"适用于中国（海南）自由贸易试验区，三亚市可能在其范围内"}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_category_row_heads_the_task_rows_under_it(fmt: str) -> None:
    """Regression: "二、贸易监管方式创新", a row of one cell across the task table, was a data row
    (序号：二、贸易监管方式创新) and the tasks under it did not say which category they were in."""
    parsed = ingest_file(BLIND / f"a_notice_task_table.{fmt}")
    table = ("附件 广东自贸试验区贸易投资便利化改革创新任务分工表",)
    headings = [(c.label, c.text) for c in parsed.clauses if c.kind == "heading" and c.path == table]
    assert headings == [("第1行", "一、投资管理体制改革"), ("第7行", "二、贸易监管方式创新"),
                        ("第13行", "三、金融领域开放创新"), ("第17行", "四、保障措施")]
    task = next(c for c in parsed.clauses if c.label == "第9项")
    assert task.path == (*table, "二、贸易监管方式创新") and task.kind == "table_row"
    assert category_row("二、贸易监管方式创新｜｜｜") == "二、贸易监管方式创新"
    assert category_row("9｜｜｜") is None and category_row("合计｜4237｜｜") is None


def test_an_organ_over_a_date_in_chinese_numerals_is_the_signature_whatever_follows() -> None:
    """Regression: with its 附注 （联系人：…） kept as a clause after the 成文日期 二〇一九年十一月二十日, the organ above that
    date ran on from the 附件说明 (…推进情况表云南省商务厅): a date in Chinese numerals was no date line."""
    parsed = ingest_file(BLIND / "c_report_statistics.docx")
    assert parsed.documents[0].attachments == ("云南自贸试验区首批制度创新案例清单", "云南自贸试验区改革试点任务推进情况表")
    assert "云南省商务厅" in [c.text for c in parsed.clauses if c.kind == "signature"]
    assert any("0871-63112345" in c.text for c in parsed.clauses)
