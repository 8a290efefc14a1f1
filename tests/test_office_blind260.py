"""PDFs analysts make themselves: a page printed from the browser, a Word file with a download watermark in its
header, one with line numbers (行号) in the margin, a hand-made 汇编 — written by someone who had not read the reader
(tests/data/office/blind260, made by make_blind260.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind260"


def test_line_numbers_in_the_margin_are_left_out_and_said() -> None:
    """Regression: every line's margin number was read as text: no article was found, 3亿元 read 320亿元 and
    有效期至15 2028年4月14日, the title 1中国（广西）…; now the column is left out, and the report says so."""
    parsed = ingest_file(BLIND / "blind260_qinzhou_banfa.pdf")
    doc = parsed.documents[0]
    assert doc.title.startswith("中国（广西）自由贸易试验区钦州港片区管理委员会关于印发")
    assert (doc.signed, doc.expires) == ("2025-03-12", "2028-04-14")
    articles = [c for c in parsed.clauses if c.kind.value == "article"]
    assert len(articles) == 15
    fourth = next(c.text for c in articles if c.label == "第四条")
    assert "3亿元" in fourth and "320亿元" not in fourth
    assert parsed.report.removed.get("line_numbers") == 5


def test_short_articles_one_under_another_are_no_table() -> None:
    """Regression: 第十四条　本办法由…解释。 over 第十五条　本办法自…有效期至 / 2028年4月14日。 read as a two-column table
    without rulings (三 rows 第十四条｜…); they are two articles."""
    parsed = ingest_file(BLIND / "blind260_qinzhou_banfa.pdf")
    last = [c for c in parsed.clauses if c.label in ("第十四条", "第十五条")]
    assert [c.kind.value for c in last] == ["article", "article"]
    assert "有效期至2028年4月14日。" in last[1].text


def test_a_download_watermark_at_body_size_is_left_out() -> None:
    """Regression: 泉州市商务局 2025-03-10 下载, set three times a page in pale grey text boxes of the header, was woven
    into the title, the 主送 and six clauses (落实跨境泉州市商务局电2商0综2试5区…)."""
    parsed = ingest_file(BLIND / "blind260_fujian_fangan.pdf")
    doc = parsed.documents[0]
    assert doc.title.startswith("福建省商务厅 福建省财政厅 福州海关 厦门海关关于印发")
    assert not any("下载" in c.text or "泉州市商务局" in c.text for c in parsed.clauses)
    assert any(c.text.startswith("3.落实税收政策。落实跨境电商综试区") for c in parsed.clauses)
    assert parsed.report.removed.get("watermark", 0) >= 1
