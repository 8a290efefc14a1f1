"""Word files made by copying a PDF's text into Word — every printed line a paragraph or closed by a manual break,
the running header and page numbers pasted where the pages broke, a browser's print header and address, a portal's
record grid — and their PDFs, written by someone who had not read the reader (tests/data/office/blind136, made by
make_blind136.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind136"
CQ_TITLE = "重庆市人民政府办公厅关于印发中国（重庆）自由贸易试验区西部陆海新通道多式联运“一单制”改革试点管理办法的通知"


def test_a_page_printed_from_a_browser_and_copied_into_word() -> None:
    """Regression: the browser's print header (2024/7/3 10:15 …_重庆市人民政府网) was the title and its address with a
    page count (https://… 1/4) stood inside 第一条; the record grid's 标题, wrapped onto a second line, was cut
    (…多式联运“一), two fields on one line (发文字号：… 发布日期：…) were one, and the 文号 and 主送 were clauses."""
    parsed = ingest_file(BLIND / "blind136_cq_measures.docx")
    doc = parsed.documents[0]
    assert doc.title == CQ_TITLE
    assert doc.doc_number is not None and doc.doc_number.text == "渝府办发〔2024〕46号"
    assert doc.published == "2024-06-24" and doc.addressees.startswith("各区县（自治县）人民政府")
    texts = [c.text for c in parsed.clauses]
    assert not any("https://" in t or "10:15" in t or t == "渝府办发〔2024〕46号" for t in texts)
    assert any(t.startswith("第一条 为深化") and t.endswith("制定本办法。") for t in texts)
    assert parsed.report.removed.get("running_header", 0) >= 4


def test_a_gazettes_running_header_pasted_mid_sentence() -> None:
    """Regression: the gazette's header (广西壮族自治区人民政府公报 2024年第15期, and on even pages the other way round)
    stood inside items, parting 太平船务（Pacific / International Lines）; a task's units wrapped inside their bracket
    ((责任 / 单位：…) were cut at the colon, and units set as a paragraph of their own stood apart from their task."""
    texts = [c.text for c in ingest_file(BLIND / "blind136_gx_opinion.docx").clauses]
    assert not any("公报" in t for t in texts)
    assert any("太平船务（Pacific International Lines）等国际航运企业合作" in t for t in texts)
    assert any(t.startswith("1.加快港口基础设施建设") and t.endswith("（责任单位：自治区交通运输厅、北部湾港口管理局，钦州市、"
                                                            "北海市人民政府）") for t in texts)
    assert any(t.startswith("2.完善铁路和公路网络") and t.endswith("（责任单位：自治区发展改革委、交通运输厅，国铁南宁局集团）")
               for t in texts)
    assert not any(t.startswith("（责任") for t in texts)


def test_the_pdf_of_lines_broken_by_hand() -> None:
    """Regression: in the PDF of a text whose every line ends with a manual break, no wrapped line reaches the column's
    edge, so each paragraph was cut into two to four clauses at its printed lines, and a page number pasted into the
    text (— 1 —) cut one more: lines broken by hand are measured against where they end."""
    parsed = ingest_file(BLIND / "blind136_nn_notice.pdf")
    texts = [c.text for c in parsed.clauses]
    assert any(t.startswith("为贯彻落实") and t.endswith("现将2024年南宁市西部陆海新通道和“一带一路”经贸合作重点项目计划"
                                                   "（见附件）下达给你们，并就有关事项通知如下。") for t in texts)
    assert any(t.startswith("（二）强化要素保障。") and t.endswith("压缩至法定时限的50%以内。") for t in texts)


def test_the_browser_printed_page_as_a_pdf() -> None:
    """Regression: in the PDF the browser's header wraps (…多式 / 联运“一单制”…的通知_行政规范性文件_重庆市人民政府网) and
    so does the breadcrumb (…行政规范性文 / 件): the title was 件, and the record grid's lines were clauses. A page's
    title printed with its site after an underscore is furniture, and so is the wrapped end of a breadcrumb."""
    parsed = ingest_file(BLIND / "blind136_cq_measures.pdf")
    doc = parsed.documents[0]
    assert doc.title == CQ_TITLE
    assert doc.doc_number is not None and doc.doc_number.text == "渝府办发〔2024〕46号"
    assert not any("人民政府网" in c.text or "索引号" in c.text for c in parsed.clauses)
