"""Five more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind5, made by make_blind5.py): PDFs of a
borderless landscape table, a merged-cell 公告 table and a plan under a
"第 X 页 共 Y 页" footer, a GB18030 text copy hard-wrapped from a PDF, and a
UTF-16 text copy of a web page. Each test is a problem a first reading showed."""

from __future__ import annotations

import re

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind5"


def test_a_web_page_copied_as_text() -> None:
    """Regression: the site's menu line ("首页 | 机构概况 | …") was taken for the title, the title was glued to
    the 发布日期 line, the pasted tab-separated table ran together, and 扫一扫/打印本页 were clauses."""
    parsed = ingest_file(BLIND / "e_anhui_web_utf16.txt")
    (doc,) = parsed.documents
    assert doc.title == "安徽省商务厅关于组织开展2023年度中国（安徽）自由贸易试验区制度创新案例申报工作的通知"
    assert (doc.published, doc.source_name) == ("2023-06-01", "安徽省商务厅")
    assert doc.doc_number is not None and doc.doc_number.text == "皖商自贸函〔2023〕156号"
    assert doc.addressees is not None and doc.addressees.startswith("合肥、芜湖、蚌埠市商务局")
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert [r.fields["申报单位"] for r in rows[:2]] == ["合肥片区管委会", "芜湖片区管委会"] and len(rows) >= 8
    assert not [c for c in parsed.clauses if "扫一扫" in c.text or "打印本页" in c.text or "首页" in c.text]


def test_a_running_header_printed_twice_beside_page_numbers() -> None:
    """Regression: a short text copy prints its running header ("黑龙江省人民政府行政规范性文件") twice, each
    time next to "- N -": below the three repeats a header needed, it stayed inside 二、 and 七、 and cut them."""
    parsed = ingest_file(BLIND / "d_heilongjiang_notice_gb18030.txt")
    assert not [c for c in parsed.clauses if "行政规范性文件" in c.text]
    second = next(c for c in parsed.clauses if c.label == "二、")
    assert "支持黑河片区建设对俄农产品加工基地" in second.text
    assert parsed.report.removed == {"page_number": 3, "running_header": 2}


def test_a_page_of_pages_footer_is_a_page_number() -> None:
    """Regression: "第1页 共4页" … "第4页 共4页" were four paragraph clauses of the plan."""
    parsed = ingest_file(BLIND / "c_hubei_plan_headings.pdf")
    assert not [c for c in parsed.clauses if "共4页" in c.text.replace(" ", "")]
    assert parsed.report.removed.get("page_number", 0) >= 4


def test_a_signature_naming_its_place_in_brackets_gives_the_issuer() -> None:
    """Regression: the plan is signed "中国（湖北）自由贸易试验区武汉片区管理委员会" over 二〇二三年六月一日; an organ
    name with brackets (or of more than 20 characters before 委员会) was not read as the issuer."""
    for fmt in ("docx", "pdf"):
        (doc,) = ingest_file(BLIND / f"c_hubei_plan_headings.{fmt}").documents
        assert doc.issuers == ("中国（湖北）自由贸易试验区武汉片区管理委员会",)


def test_a_page_number_under_a_borderless_table_is_no_part_of_a_cell() -> None:
    """Regression: the footer "— 3 —" sits under the columns of the borderless 附件 table and was read into
    the cells: "…应用场景，年—3—内落地试点业务不少于20笔。", "…择优向商务部推荐。—4—"."""
    parsed = ingest_file(BLIND / "a_hunan_notice_borderless.pdf")
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert len(rows) == 26 and not [r.text for r in rows if re.search(r"[—－-]\s*\d{1,2}\s*[—－-]", r.text)]
    assert any("年内落地试点业务不少于20笔" in r.text for r in rows)


def test_a_borderless_tables_rows_keep_their_wrapped_lines() -> None:
    """Regression: the header's 序 / 号, wrapped in its narrow column, was read as a header 序 and a heading 号, and a
    row's last cell lost the line it wrapped to (完成时限：2023年1): a line with no number in the first column of a
    table whose rows open with their numbers goes on with the row above."""
    parsed = ingest_file(BLIND / "a_hunan_notice_borderless.pdf")
    assert any(c.kind == "table_header" and c.text.startswith("序号｜任务名称") for c in parsed.clauses)
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert rows[0].fields["完成时限"] == "2023年12月底前" and rows[2].fields["完成时限"] == "2023年12月底前"
