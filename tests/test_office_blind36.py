"""Word features offices use that plain paragraphs do not show, by someone who had
not read the reader (tests/data/office/blind36, made by make_blind36.py): Word's
multi-level numbering with a level never restarting and a list restarted at 四,
fields, a nested table, a joint mark of two organs without 文件, a WPS-style file."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind36"


def test_words_numbering_counts_as_word_counts() -> None:
    """Regression: items numbered never to restart (w:lvlRestart 0) started again at （一） under each
    heading, and a heading of a list instance that sets its start at 4 (w:startOverride) read 一、."""
    parsed = ingest_file(BLIND / "blind36_autonum_tongzhi.docx")
    doc = parsed.documents[0]
    numbered = [c.text[:3] for c in parsed.clauses if c.doc_id == doc.doc_id and c.kind in ("item", "heading")]
    chinese = [t for t in numbered if t.startswith("（") and t[1] in "一二三四五六七八九"]
    assert chinese[:7] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）"]
    assert "四、组" in numbered
    assert any(c.text.startswith("一、支持对象") for c in parsed.clauses)  # the attachment's own list starts again


def test_a_table_nested_in_a_cell_is_read() -> None:
    """Regression: a 申报条件 cell listing its conditions in a table of its own was read empty (python-docx's
    cell text leaves nested tables out), and nothing said the six conditions were lost."""
    parsed = ingest_file(BLIND / "blind36_shenbao_qiantao.docx")
    rows = [c.text for c in parsed.clauses if c.kind == "table_row"]
    assert any("（1）在中国（四川）自由贸易试验区内依法注册，具有独立法人资格；" in r for r in rows)
    assert any("（2）项目实际投资额不低于300万元；" in r for r in rows)


def test_a_joint_mark_of_organs_alone_over_the_number() -> None:
    """Regression: two organs' names, one a line, over the 文号 and no 文件 (GB/T 9704 allows a mark without
    it) were no mark: the title was 四川省商务厅, and the real title was glued onto the 主送 as a clause."""
    doc = ingest_file(BLIND / "blind36_shenbao_qiantao.docx").documents[0]
    assert doc.issuing_mark == "四川省商务厅 四川省财政厅"
    assert doc.title.startswith("四川省商务厅 四川省财政厅关于组织申报2024年度")
    assert doc.addressees is not None and doc.addressees.startswith("成都市、泸州市、宜宾市")
