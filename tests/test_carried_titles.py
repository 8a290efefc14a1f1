"""The title of the document a notice issues, printed again under the notice's signature, heads that document; it is
no clause of its own (it had drawn questions that name the document away from the clauses that answer them). A web
page titled otherwise (by the plan, or by the notice without its 的通知) keeps the line as it was: see docs/quality.md."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _lines_alone(name: str, title: str) -> list[str]:
    parsed = ingest_file(OFFICE / name)
    return [c.kind for c in parsed.clauses if c.text == title]


@pytest.mark.parametrize(("name", "title"), [
    # a PDF whose notice quotes the plan's name over three lines (现将《…加 / …工作方 / 案》印发给你们)
    ("blind61/blind61_nanning_gongzuofangan.pdf",
     "南宁市服务共建“一带一路”加快中国（广西）自由贸易试验区南宁片区建设2024年工作方案"),
    # a gazette's notice over the plan it issues, its name wrapped so too
    ("blind237/blind237_qingdao_gongbao.pdf", "青岛市深度融入共建“一带一路”推动高水平对外开放三年行动方案（2025—2027年）"),
])
def test_an_issued_documents_title_under_the_signature_is_its_heading(name: str, title: str) -> None:
    """Regression: the line was a paragraph clause (第4段)."""
    assert _lines_alone(name, title) == ["heading"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_rules_title_printed_again_atop_its_first_page_is_no_clause(suffix: str) -> None:
    """Regression: a 令 prints the rule's title under its date, and the rule's first page opens with it again; the
    second was a paragraph clause."""
    assert not [k for k in _lines_alone(f"blind80/blind80_hunan_guizhang{suffix}", "中国（湖南）自由贸易试验区管理办法")
                if k != "heading"]
