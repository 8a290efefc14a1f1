"""City government gazettes printed from Word in two columns (tests/data/office/blind237, made by make_blind237.py by
someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind237"


def test_a_contents_entry_wrapped_before_its_page_number() -> None:
    """Regression: a Word 目录 entry whose 文号 a soft break sets on a line of its own before the tab and the page
    number (…的通知↵（青政发〔2025〕11号）⇥（1）) was joined into one line, the tab lost: the 目录 was read as a document
    titled 目录, its entries clauses."""
    parsed = ingest_file(BLIND / "blind237_qingdao_gongbao.docx")
    assert "目录" not in [d.title for d in parsed.documents]
    assert not [c for c in parsed.clauses if c.text.startswith("【") or c.text.endswith("（3）")]
    assert parsed.report.removed["table_of_contents"] >= 8


def test_a_gazettes_cover_is_no_document() -> None:
    """Regression: the cover of a 公报 issue (青岛市人民政府公报 / GAZETTE OF … / 2025 / 第12期（总第535期） / …主办 /
    …出版) was an empty document of its own."""
    parsed = ingest_file(BLIND / "blind237_qingdao_gongbao.pdf")
    assert not [d for d in parsed.documents if d.title == "青岛市人民政府公报" and d.doc_number is None]


def test_a_word_title_whose_soft_breaks_were_joined_over_its_number() -> None:
    """Regression: a gazette's notice titled 青岛市人民政府↵关于印发…推动高水平↵对外开放…的通知 (soft breaks, the last two
    lines joined as one of 50 characters) over its 文号 was titled 青岛市人民政府, the rest of its title a paragraph."""
    first = ingest_file(BLIND / "blind237_qingdao_gongbao.docx").documents[0]
    assert first.title == ("青岛市人民政府关于印发青岛市深度融入共建“一带一路”推动高水平对外开放三年行动方案（2025—2027年）"
                           "的通知")


def test_a_tables_last_row_is_no_line_of_the_next_title() -> None:
    """Regression: in a gazette's Word file the last row of one document's 附件 table (6｜站场建设｜…) was read as the
    first line of the next document's title."""
    parsed = ingest_file(BLIND / "blind237_xiamen_gongbao.docx")
    assert [d.title[:6] for d in parsed.documents] == ["厦门市促进跨", "厦门市人民政", "厦门市商务局"]
    assert [c for c in parsed.clauses if c.fields.get("序号") == "6" and c.fields.get("补助类别") == "站场建设"]
