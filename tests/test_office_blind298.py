"""Documents in traditional characters (繁體字) as the 横琴, 前海 and 南沙 bodies and a Macau office publish them: a 繁體
web page, a Word file and its PDF, a 简体 original with its 繁體 copy after it, a Big5 text file — written by someone
who had not read the reader (tests/data/office/blind298, made by make_blind298.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bri_kb.ingest.read import open_text
from bri_kb.script import simplified, traditional
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind298"


def test_a_big5_text_file_is_read_as_big5() -> None:
    """Regression: a Macau page saved as Big5 decoded as GB18030 without an error (its bytes are GB18030's too), as
    characters of the private use area and others at random: no title, organ, date or clause."""
    assert open_text(BLIND / "blind298_macau_tonggao.txt").encoding in ("cp950", "big5hkscs")
    parsed = ingest_file(BLIND / "blind298_macau_tonggao.txt")
    notice = next(d for d in parsed.documents if "通告" in d.title)
    assert notice.title.startswith("关于受理「横琴粤澳深度合作区支持澳门企业")
    assert notice.signed == "2025-04-14"
    assert any(c.text.startswith("（一）政策咨询") for c in parsed.clauses)


@pytest.mark.parametrize("name", ["blind298_hengqin_tongzhi.html", "blind298_qianhai_banfa.docx", "blind298_qianhai_banfa.pdf"])
def test_a_document_in_traditional_characters_is_read_in_simplified_ones(name: str) -> None:
    """Regression: 琴執委〔2025〕12號, 第一條, 發文字號, 澳門特別行政區, 版記's 印發 were matched by nothing the reader
    knows in simplified characters: no 文号 or organ (the 横琴 page was national, 全国), no articles, no place."""
    parsed = ingest_file(BLIND / name)
    document = parsed.documents[0]
    assert document.doc_number is not None and not traditional(document.doc_number.text)
    assert document.issuers and not any(traditional(i) for i in document.issuers)
    assert document.region != "全国" and parsed.report.converted > 0
    if "qianhai" in name:
        assert "第一条" in [c.label for c in parsed.clauses]
        assert document.published == "2025-06-23"


def test_a_copy_in_the_other_script_after_its_original_is_a_duplicate() -> None:
    """Regression (Word): the 繁體中文版本 printed after the 简体 original was a second document of the same
    clauses (its own 版记 moving the original's 印发 date)."""
    parsed = ingest_file(BLIND / "blind298_nansha_yijian.docx")
    assert len(parsed.documents) == 1 and parsed.report.duplicates == ("繁体中文版本",)
    assert parsed.documents[0].published == "2025-02-20"


def test_traditional_lines_and_simplified_ones() -> None:
    assert simplified("第十五條　本辦法自發佈之日起施行。") == "第十五条　本办法自发布之日起施行。"
    assert simplified("著作权登记和乾隆年间的档案") == "著作权登记和乾隆年间的档案"  # (no traditional line)
    assert not traditional("关于推进自由贸易试验区建设的通知（澳門）")


def test_a_clause_asked_for_in_traditional_characters(tmp_path: Path) -> None:
    """`bri clause 琴合經〔2024〕8號 第三條` (typed as the page prints it) finds the article the base holds in
    simplified characters; a question typed so is read so too."""
    from bri_kb.query.parse import parse_question
    from bri_kb.query.search import KnowledgeBase

    home = built_kb(tmp_path, [DATA / "office" / "blind25" / "blind25_traditional.txt"])
    kb = KnowledgeBase(home)
    try:
        (found,) = kb.clause("琴合經〔2024〕8號", "第三條")
        assert found.label == "第三条"
    finally:
        kb.close()
    assert parse_question("琴合經〔2024〕8號第三條怎麼規定？").doc_numbers == ("琴合经〔2024〕8号",)
