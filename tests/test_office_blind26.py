"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind26, made by make_blind26.py): an upward 报告
with its 文号 and 签发人 on one line (PDF), a State Council document copied from
the central government's site, and a 实施细则 with 章, 节, 条, 款 and 项."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind26"


def test_a_sites_related_reports_are_no_document() -> None:
    """Regression: the page's "相关报道" and the two headlines under it were read as a second document
    titled 相关报道, its headlines glued into one clause; "【我要纠错】 责任编辑：赵某某" was a clause."""
    parsed = ingest_file(BLIND / "blind26_govcn_copy.txt")
    assert len(parsed.documents) == 1
    doc = parsed.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "国办发〔2024〕15号"
    texts = [c.text for c in parsed.clauses]
    assert texts[-2:] == ["国务院办公厅", "2024年3月28日"]
    assert not any("答记者问" in t or "一图读懂" in t or "纠错" in t for t in texts)
    assert parsed.report.removed["navigation"] == 4
    assert sum(c.kind == "table_row" for c in parsed.clauses) == 3


def test_an_upward_report_and_a_rule_with_sections_read_right() -> None:
    """Read right at first reading: the 文号 beside the 签发人 in a borderless table, 第一节 inside 第二章."""
    report = ingest_file(BLIND / "blind26_upward_report.pdf").documents[0]
    assert report.doc_number is not None and report.doc_number.text == "津商务自贸〔2024〕23号"
    assert report.signatory == "王某某"
    rules = ingest_file(BLIND / "blind26_rules_sections.docx")
    assert (rules.documents[0].effective, rules.documents[0].expires) == ("2024-10-01", "2029-09-30")
    assert any(c.kind == "heading" and c.text.startswith("第一节") for c in rules.clauses)


def test_the_closing_call_to_all_recipients_is_the_whole_texts() -> None:
    """Regression: "各地区、各部门要充分认识…" right above the signature was labelled （六）第2段, a second
    paragraph of the last item (also "各地区、各有关部门要…" of round 24's boxed notice, under 三、（二））."""
    clauses = ingest_file(BLIND / "blind26_govcn_copy.txt").clauses
    closing = next(c for c in clauses if c.text.startswith("各地区、各部门要充分认识"))
    assert closing.path == () and "（六）" not in closing.label
    boxed = ingest_file(DATA / "office" / "blind24" / "blind24_boxed_notice.pdf").clauses
    assert next(c for c in boxed if c.text.startswith("各地区、各有关部门要")).path == ()
    # an item's own second paragraph that calls on the regions stays the item's
    from tests.helpers import ingest_text

    parsed = ingest_text("关于某事的通知\n各有关单位：\n一、总体要求\n（一）加强领导。建立机制。\n各地要认真落实。\n"
                         "（二）强化保障。安排资金。\n二、其他\n本通知自印发之日起施行。\n某某省商务厅\n2024年1月2日\n",
                         "t.txt", wrapped=False)
    inner = next(c for c in parsed.clauses if c.text.startswith("各地要认真落实"))
    assert inner.path != ()
