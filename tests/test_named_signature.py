"""A document named by its 文号 puts its clauses first; its 落款 lines only when the question asks who issued it or when
(office question set 4: a question naming a notice by number and asking its plan's target got the notice's date and
organ as its first two hits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bri_kb.query.ranking import asks_signature
from bri_kb.vocabulary import Kind

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.fixture(scope="module")
def notice_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from bri_kb.index.kb import build

    home = tmp_path_factory.mktemp("named_signature") / "kb"
    build([OFFICE / "blind184" / "blind184_yunnan_swt.html", OFFICE / "blind105" / "blind105_全国_海关总署铁路快通公告.pdf"], home)
    return home


def test_a_named_documents_signature_is_not_what_a_question_about_its_content_gets_first(notice_kb: Path) -> None:
    """Regression: 云商自贸〔2024〕6号 河口、瑞丽口岸货运通道日均通关能力目标 got 2024年5月17日 and 云南省商务厅 first."""
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(notice_kb)
    hits = kb.ask("云商自贸〔2024〕6号 河口、瑞丽口岸货运通道日均通关能力目标", 5).hits
    assert hits[0].document.doc_number is not None and hits[0].document.doc_number.text == "云商自贸〔2024〕6号"
    assert not [h for h in hits if h.clause.kind is Kind.SIGNATURE]
    dated = kb.ask("云商自贸〔2024〕6号是哪天印发的", 5).hits
    assert dated[0].clause.kind is Kind.SIGNATURE and dated[0].clause.text == "2024年5月17日"


@pytest.mark.parametrize(("question", "asks"), [
    ("云商自贸〔2024〕6号 通关能力目标", False),
    ("豫政〔2017〕31号是谁发的", True),
    ("国发〔2017〕57号的成文日期", True),
    ("商务部令2024年第3号什么时候印发", True),
])
def test_which_questions_a_signature_may_answer(question: str, asks: bool) -> None:
    assert asks_signature(question) is asks
