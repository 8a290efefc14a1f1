"""Rules that define their terms and refer to their own articles (a 政府令 publishing a 管理办法, a notice that
abbreviates it as 《办法》 and cites its articles), as .docx and LibreOffice PDF, by someone who had not read the
reader (tests/data/office/blind90, made by make_blind90.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bri_kb.errors import QueryError
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind90"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_start_of_a_document_a_notice_names_and_abbreviates_is_not_the_notices(suffix: str) -> None:
    """Regression: 《西安市跨境电子商务海外仓管理办法》（…以下简称《办法》）自2024年11月1日起施行 gave the notice that
    speaks of the 办法 the 办法's start, so under --as-of 2024-10-20 every clause of the notice was left out."""
    (doc,) = ingest_file(BLIND / f"blind90_xian_tongzhi.{suffix}").documents
    assert (doc.signed, doc.effective) == ("2024-10-15", None)


@pytest.fixture(scope="module")
def rules_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind90"), sorted(BLIND.glob("*.docx")))


def test_a_title_named_whole_is_that_document_not_one_quoting_it(rules_kb: Path) -> None:
    """Regression: bri clause 西安市跨境电子商务海外仓管理办法 第十二条 answered that two documents match (the 办法, and
    the notice whose title quotes it); a title named whole is the document of that title."""
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(rules_kb)
    (clause,) = kb.clause("西安市跨境电子商务海外仓管理办法", "第十二条")
    assert clause.text.startswith("第十二条")
    with pytest.raises(QueryError, match="个文件相符"):
        kb.clause("海外仓", None)
