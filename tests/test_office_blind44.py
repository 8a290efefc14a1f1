"""Drafts and working papers, by someone who had not read the reader (tests/data/
office/blind44, made by make_blind44.py, Word files and their LibreOffice PDFs):
a 征求意见稿 with a watermark and its 起草说明, a report with Word footnotes and a
table under its caption and unit, a notice with a form to fill in."""

from __future__ import annotations

import pytest

from bri_kb.ingest.pdfpage import superscripts
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind44"
DRAFT = "中国（广西）自由贸易试验区钦州港片区西部陆海新通道物流枢纽建设促进办法（征求意见稿）"


def test_a_watermark_stays_out_of_the_text() -> None:
    """Regression: the 72 pt light-grey 征求意见稿 across every page was read into the body, so 第二条 and 第三条
    (and 第七条 and 第八条) came out as one scrambled clause and 100万元 was lost."""
    parsed = ingest_file(BLIND / "blind44_qinzhou_zhengqiu.pdf")
    articles = {c.label: c.text for c in parsed.clauses if c.kind.value == "article"}
    assert len(articles) == 14
    assert articles["第三条"].startswith("第三条 片区管理委员会（以下简称管委会）负责统筹推进物流枢纽建设")
    assert "100万元" in articles["第七条"]
    assert not any("征求意见稿" in c.text and c.kind.value == "article" for c in parsed.clauses)
    assert parsed.report.removed["watermark"] == 5  # said: one per page


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_draft_keeps_its_status_in_its_title_and_its_explanation_apart(suffix: str) -> None:
    """Regression: （征求意见稿） under a title the PDF's reflow had joined into one line was a clause; the
    起草说明 after the draft (its title in 《…》, wrapped over three lines in Word) was glued into 第十四条, and
    the draft took the 说明's signature and date."""
    parsed = ingest_file(BLIND / f"blind44_qinzhou_zhengqiu.{suffix}")
    draft, note = parsed.documents
    assert draft.title == DRAFT
    assert draft.signed is None and draft.issuers == ()
    assert note.title == f"《{DRAFT}》起草说明"
    assert note.signed == "2024-09-12"
    last = [c for c in parsed.clauses if c.doc_id == draft.doc_id][-1]
    assert last.label == "第十四条" and "起草说明" not in last.text


def test_word_footnotes_in_a_pdf_are_notes_and_their_marks_no_figures() -> None:
    """Regression: a footnote whose number Word sets at body size beside its small text was read as body text
    (under 三、, or glued into the heading 二、 that ended the page), and the marks ran into the figures (亿元1，)."""
    parsed = ingest_file(BLIND / "blind44_nanning_baogao.pdf")
    notes = [c.text for c in parsed.clauses if c.kind.value == "note"]
    assert notes[:3] == ["注1：地区生产总值为南宁片区统计口径初步核算数，下同。", "注2：其中在全国复制推广4项，在自治区复制推广19项。",
                         "注3：中国—东盟跨境数据服务中心由南宁片区管委会与中国电信广西分公司共建，2024年3月投入试运行。"]
    heading = next(c for c in parsed.clauses if c.label == "二、")
    assert heading.text == "二、主要工作进展"
    texts = "\n".join(c.text for c in parsed.clauses)
    # (the marks are raised, not figures run into the figures; and as notes' marks they are out of the text)
    assert "218.6亿元，" in texts and "86项，" in texts and "亿元1" not in texts


def test_a_table_caption_and_its_unit_are_one_heading() -> None:
    """Regression: 表1 … and 单位：亿元 above the table's header were two paragraphs."""
    for suffix in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"blind44_nanning_baogao.{suffix}")
        caption = next(c for c in parsed.clauses if "主要经济指标" in c.text)
        assert caption.kind.value == "heading" and caption.text.endswith("\n单位：亿元")
        assert not any(c.text == "单位：亿元" for c in parsed.clauses)


def test_a_forms_fields_are_not_its_title() -> None:
    """Regression: 填报单位（盖章）：… under the 报名表's title in the PDF was joined onto the title."""
    parsed = ingest_file(BLIND / "blind44_guangxi_peixun.pdf")
    heading = next(c for c in parsed.clauses if c.label == "附件1")
    assert heading.text.endswith("培训班报名表")


def test_superscript_digits() -> None:
    row = [{"text": t, "size": s, "bottom": b, "x0": x, "x1": x + s * 0.6} for t, s, b, x in
           [("1", 16.0, 430.0, 0), ("0", 16.0, 430.0, 9), ("4", 9.0, 424.0, 18.6), ("1", 9.0, 424.0, 24),
            ("单", 16.0, 430.5, 30), ("2", 9.0, 433.0, 46)]]
    assert "".join(c["text"] for c in superscripts(row)) == "10⁴¹单2"  # a digit set low stays a digit


def test_small_digits_beside_text_are_no_superscripts() -> None:
    """Regression: a sidebar's telephone number in small type, on the rows of the body's larger text beside it,
    read as superscripts (⁰²⁹-86781234)."""
    row = [{"text": t, "size": s, "bottom": b, "x0": x, "x1": x + 8} for t, s, b, x in
           [("中", 16.0, 430.0, 0), ("心", 16.0, 430.0, 16), ("0", 11.0, 424.0, 300), ("2", 11.0, 424.0, 306)]]
    assert "".join(c["text"] for c in superscripts(row)) == "中心02"
