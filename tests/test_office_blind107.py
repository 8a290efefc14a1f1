"""The working papers of FTZ and 一带一路 leadership groups — a 领导小组办公室 会议纪要, a vice-mayor's 讲话 at a 片区
推进会, a 市自贸办 督查通报 — written by someone who had not read the reader (tests/data/office/blind107, made by
make_blind107.py)."""

from __future__ import annotations

import pytest

from bri_kb.query.lookup import find_documents
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind107"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_minutes_head_whose_organ_quotes_a_programme(suffix: str) -> None:
    """Regression: the 纪要's 版头 (福建省推进“一带一路”建设工作领导小组办公室 / 会议纪要) was taken for its title, its
    第3期 and the line of its organ and date were clauses, and it had no issuer and no date: the quotation marks
    in the organ's name were no part of a name."""
    parsed = ingest_file(BLIND / f"blind107_fujian_minutes.{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "关于研究丝路海港建设和中欧（亚）班列发展等事项的会议纪要"
    assert doc.issuers == ("福建省推进“一带一路”建设工作领导小组办公室",)
    assert doc.published == "2024-04-18" and doc.doc_number is not None and doc.doc_number.text == "第3期"
    assert not any(c.text in ("第3期", "会议纪要") or c.text.startswith("福建省推进") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_who_attended_one_line_each_with_labels_spread_apart(suffix: str) -> None:
    """Regression: 出　席：… / 列　席：… / 请　假：… (labels spread over two characters, a hanging indent) ran into one
    clause under item 四、 in Word; in the PDF the lone 出, 列, 请 made a table's first column (出：列 / 席：…)."""
    parsed = ingest_file(BLIND / f"blind107_fujian_minutes.{suffix}")
    # (since round 328 the lists are the 纪要's attendance, kept whole and apart, not clauses)
    assert not any(c.text[:1] in "出列请" and c.text[2:3] in ("席", "假") for c in parsed.clauses)
    lists = (parsed.documents[0].attendance or "").split("；")
    assert [t[:3] for t in lists] == ["出席：", "列席：", "请假："]
    assert lists[0].endswith("省港口集团周斌") and lists[2] == "请假：省外办周明华（公务）"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_speech_as_the_office_circulates_it(suffix: str) -> None:
    """Regression: the handling mark 内部资料　注意保存 was the title (讲话 named no 文种), the day under the title
    （2024年3月6日） no date, the speaker's post no issuer; the note （根据录音整理，已经本人审阅） and the office's line
    …秘书一处　2024年3月8日印 were clauses."""
    parsed = ingest_file(BLIND / f"blind107_xiamen_speech.{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "在中国（福建）自由贸易试验区厦门片区2024年工作推进会上的讲话"
    assert (doc.published, doc.issuers, doc.level, doc.region) == ("2024-03-06", ("厦门市人民政府",), "municipal", "厦门市")
    texts = [c.text for c in parsed.clauses]
    assert not any("内部资料" in t or "录音整理" in t or t.endswith("日印") or t == "（2024年3月6日）" for t in texts)
    # who spoke is the speech's metadata, its office the issuer (the keys of rounds 46, 107 and 342), no clause
    assert "厦门市副市长 陈建华" not in texts


def test_a_document_named_by_part_of_its_number() -> None:
    """Regression: `bri where 成自贸办` (its organ's code, as `bri where --help` allows a unique part) found nothing."""
    docs = ingest_file(BLIND / "blind107_chengdu_bulletin.docx").documents
    for ref in ("成自贸办", "成自贸办15号", "成自贸办〔2024〕15号"):
        assert [d.doc_number.text for d in find_documents(docs, ref) if d.doc_number] == ["成自贸办〔2024〕15号"], ref
    assert find_documents(docs, "成自贸办16号") == []
