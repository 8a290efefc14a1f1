"""Speeches and reports offices circulate as documents (a 领导讲话 issue, a 工作总结, a 片区 主任办公会议纪要, a forum's
主旨演讲) — written by someone who had not read the reader (tests/data/office/blind294, made by make_blind294.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind294"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_speech_series_head_names_the_office_and_the_speech_its_title(suffix: str) -> None:
    """Regression: 领　导　讲　话 / 第12期 / 河南省人民政府办公厅　2025年6月20日 over the speech (a series the office
    circulates, as a 简报's head) was the title, with no organ or day; the byline's bracketed day is when it was given."""
    parsed = ingest_file(BLIND / f"blind294_henan_jianghua{suffix}")
    speech = parsed.documents[0]
    assert speech.title == "在全省自由贸易试验区建设推进会上的讲话"
    assert speech.issuers == ("河南省人民政府办公厅",)
    assert (speech.signed, speech.published) == ("2025-06-16", "2025-06-20")
    assert speech.level == "provincial"
    said = [c.text for c in parsed.clauses]
    assert not any(t in ("同志们：", "谢谢大家！", "（2025年6月16日）") or t.startswith("省委常委") for t in said)


def test_a_forum_speech_takes_its_day_and_the_organ_its_speakers_post_names() -> None:
    """Regression: 会议材料之二 over the title was glued onto it; the byline (新疆维吾尔自治区人民政府副主席　韩志远 /
    （2025年8月26日　乌鲁木齐）) gave no organ or day, and the greetings to the hall were clauses."""
    parsed = ingest_file(BLIND / "blind294_xinjiang_zhici.docx")
    speech = parsed.documents[0]
    assert speech.title.startswith("深化互联互通")
    assert speech.issuers == ("新疆维吾尔自治区人民政府",)
    assert speech.signed == "2025-08-26"
    assert not any(c.text in ("大家上午好！", "谢谢大家！") or c.text.startswith("尊敬的") for c in parsed.clauses)


def test_a_zones_directors_meeting_minutes_are_the_zones_committees() -> None:
    """Regression: …长沙片区 / 主任办公会议纪要 was issued by the office on its head line (长沙片区管委会办公室, which edits
    it), not by the 片区's committee whose meeting it records."""
    minutes = ingest_file(BLIND / "blind294_changsha_jiyao.docx").documents[0]
    assert minutes.issuers == ("中国（湖南）自由贸易试验区长沙片区管理委员会",)
