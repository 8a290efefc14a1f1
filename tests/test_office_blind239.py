"""Provincial gazettes printed from Word in two columns, documents run on under their 栏目 (tests/data/office/blind239,
made by make_blind239.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind239"


def test_a_title_under_a_gazettes_column_label_is_whole() -> None:
    """Regression: in the Word file the first document under 【省政府文件】 lost its title's last line, （2025—2027年）的
    通知 (a clause), and the last document's title took the line above and its 栏目: （附件略）【人事任免】广东省…"""
    parsed = ingest_file(BLIND / "blind239_guangdong_gongbao.docx")
    titles = [d.title for d in parsed.documents]
    assert titles[0] == "广东省人民政府关于印发广东省推动自由贸易试验区提升战略深度融入共建“一带一路”行动方案（2025—2027年）的通知"
    assert titles[3] == "广东省人民政府关于黄嘉明等同志职务任免的通知"
    assert not [c for c in parsed.clauses if c.text in ("（2025—2027年）的通知", "【人事任免】")]
