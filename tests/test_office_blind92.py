"""Documents whose status an analyst must not miss: a draft for comment behind the notice that asks for
comments, a 试行 rule, a reply to a deputy's proposal, as .docx and LibreOffice PDF, by someone who had not
read the reader (tests/data/office/blind92, made by make_blind92.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bri_kb.query.filters import Filters
from tests.helpers import built_kb, ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind92"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_draft_attached_to_the_notice_asking_for_comments_is_a_document_of_its_own(suffix: str) -> None:
    """Regression: the draft (附件1 …办法（征求意见稿）) and its 起草说明 were read as part of the notice, under its 文号,
    and the draft's 第二条 (本办法适用于…武汉片区、襄阳片区、宜昌片区) narrowed the notice's own paragraphs to those zones."""
    parsed = ingest_file(BLIND / f"blind92_hubei_zqyj.{suffix}")
    notice, draft, explained = parsed.documents
    assert notice.doc_number is not None and notice.doc_number.text == "鄂商务函〔2024〕87号"
    assert draft.title == "中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）"
    # (no 文号 of its own; drafted by the office that asks comments on it: tests/test_office_issuers.py)
    assert draft.doc_number is None and draft.issuers == notice.issuers
    assert explained.title.endswith("起草说明")
    articles = [c.label for c in parsed.clauses if c.doc_id == draft.doc_id and c.kind == "article"]
    assert articles == [f"第{n}条" for n in "一二三四五六七八九十"] + ["第十一条"]
    own = [c for c in parsed.clauses if c.doc_id == notice.doc_id]
    assert not any("第六条" in c.text for c in own)
    assert all(c.applies_to == ("湖北省",) for c in own)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_public_as_addressees_is_the_notices_head(suffix: str) -> None:
    """Regression: 各有关单位、社会各界人士： was the notice's first clause, not its 主送."""
    parsed = ingest_file(BLIND / f"blind92_hubei_zqyj.{suffix}")
    assert parsed.documents[0].addressees == "各有关单位、社会各界人士"
    assert not any("社会各界人士" in c.text for c in parsed.clauses)


def test_a_line_left_short_before_a_comma_and_a_number_runs_on() -> None:
    """Regression (PDF): "…规模逐步扩" stopped short because "大，2023" could not be split, and the rest of the
    sentence became a paragraph of its own."""
    parsed = ingest_file(BLIND / "blind92_hubei_zqyj.pdf")
    assert any("业务规模逐步扩大，2023年三个片区" in c.text for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_replys_class_is_kept(suffix: str) -> None:
    """Regression: the A类 at the top of a reply to a deputy's proposal was recognised and then dropped."""
    (doc,) = ingest_file(BLIND / f"blind92_shandong_dafu.{suffix}").documents
    assert doc.reply_class == "A类"
    assert doc.signatory == "王志刚" and doc.addressees == "孙立华代表"


@pytest.fixture(scope="module")
def status_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_kb(tmp_path_factory.mktemp("blind92"), sorted(BLIND.glob("*.docx")))


def test_a_drafts_clause_says_it_is_not_in_force_and_no_day_admits_it(status_kb: Path) -> None:
    """A draft's article answers with 征求意见稿：尚未施行 beside it; asked as of any day it is left out, and the
    answer says why."""
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(status_kb)
    question = "离岸贸易结算额增长部分按每1美元奖励多少"
    answer = kb.ask(question, 3)
    top = answer.hits[0]
    assert top.clause.label == "第六条" and top.document.title.endswith("（征求意见稿）")
    assert "征求意见稿：尚未施行" in top.note
    dated = kb.ask(question, 3, Filters(as_of="2025-01-01"))
    assert all(not h.document.title.endswith("（征求意见稿）") for h in dated.hits)
    assert any(h.clause.label == "第六条" and h.reason == "是征求意见稿，未施行" for h in dated.filtered_out)


@pytest.mark.parametrize(("title", "status"), [
    ("中国（湖北）自由贸易试验区离岸贸易发展促进办法（征求意见稿）", "征求意见稿"),
    ("某某条例（草案）", "草案"),
    ("某某办法（送审稿）", "送审稿"),
    ("湖北省商务厅关于公开征求《某某办法（征求意见稿）》意见的通知", None),  # a notice about a draft
    ("中国（四川）自由贸易试验区协同改革先行区建设支持办法（试行）", None),  # a trial rule is in force
    ("《某某办法（征求意见稿）》起草说明", None),
])
def test_draft_of(title: str, status: str | None) -> None:
    from bri_kb.vocabulary import draft_of

    assert draft_of(title) == status
