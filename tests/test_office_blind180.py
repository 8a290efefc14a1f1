"""Ordinary pages of four more sites saved from the browser — a 直属海关's 公告 with its 商品清单, a 省商务厅 通知 carrying
its 附件 table inline, a 市发展改革委 政策解读 of questions in bold and a county page whose body is one <p>
(tests/data/office/blind180, made by make_blind180.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind180"


def test_a_customs_page_titled_by_its_number_has_that_number() -> None:
    """Regression: the page's title 成都海关公告2024年第4号（关于…的公告） was the document's title whole, with no 文号;
    and 试点期限至2025年12月31日 gave it no end."""
    doc = ingest_file(BLIND / "blind180_chengdu_customs.html").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "成都海关公告2024年第4号"
    assert doc.title.startswith("关于在中国（四川）自由贸易试验区开展中欧班列进口货物") and doc.title.endswith("试点的公告")
    assert doc.expires == "2025-12-31"


def test_questions_numbered_yi_wen_close_the_list_before_them() -> None:
    """Regression: a 解读's questions 一问：…？ to 六问：…？ were no questions: 四问 to 六问 and their answers were filed
    under 三问's sixth task (6.第2段 … 6.第10段), and each question stood apart from its answer."""
    clauses = ingest_file(BLIND / "blind180_qingdao_ndrc.html").clauses
    fourth = next(c for c in clauses if c.text.startswith("四问："))
    assert fourth.path == () and "6." not in fourth.label
    assert "\n中国—上海合作组织地方经贸合作示范区（胶州市）" in fourth.text
    assert not any(c.path and c.path[-1].startswith("6.") for c in clauses)
