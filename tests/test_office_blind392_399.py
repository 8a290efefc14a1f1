"""Rounds 392–399, written by someone who had not read the reader (tests/data/office/blind392 … blind399, each made by
its make_blindNNN.py): 海南自由贸易港 rules and lists, registered 规范性文件, a 综试区 细则 and the notice forwarding it,
deep outlines, case compilations, 常务会议 and 专题会议 纪要, 跨境服务贸易 negative lists, 请示 and 批复. One test per
fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize(("stem", "number"), [("blind393_zhejiang_yanchang", "浙商务规〔2026〕3号"),
                                              ("blind393_chengdu_tongzhi", "成商务发〔2026〕8号")])
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_registration_number_above_the_head(stem: str, number: str, suffix: str) -> None:
    """Regression: a 规范性文件's registration line above its 版头 typed with dashes (登记号：ZJSP08—2026—0004) or as a 规
    number (登记编号：成商务规〔2026〕2号) was taken for the title, and the 版头 under it was not read."""
    doc = ingest_file(OFFICE / "blind393" / f"{stem}{suffix}").documents[0]
    assert doc.title.startswith("关于") and doc.title.endswith("的通知")
    assert doc.doc_number is not None and doc.doc_number.text == number


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_minutes_with_no_title_of_their_own(suffix: str) -> None:
    """Regression: a 常务会议纪要 whose text starts right under its head (mark, 〔2026〕12号, the office's line) had its
    first sentence taken for its title."""
    parsed = ingest_file(OFFICE / "blind397" / f"blind397_ganzhou_changwu{suffix}")
    assert parsed.documents[0].title == "赣州市人民政府常务会议纪要"
    assert parsed.clauses[0].text.startswith("2026年3月16日，市长李国华主持召开市政府第四十一次常务会议")


def test_who_took_part_is_a_line_of_its_own() -> None:
    """Regression: a 专题会议纪要's 参加：… list, long and ending on no mark, ran on into the first paragraph of the text
    (2026年5月8日，副市长…主持召开专题会议…)."""
    parsed = ingest_file(OFFICE / "blind397" / "blind397_yiwu_zhuanti.docx")
    taking_part = next(c.text for c in parsed.clauses if c.text.startswith("参加："))
    assert "主持召开" not in taking_part
    assert any(c.text.startswith("2026年5月8日，副市长方晓东主持召开专题会议") for c in parsed.clauses)


def test_a_signature_read_as_one_line_dates_the_document() -> None:
    """Regression: the 落款's organ and its date in Chinese numerals read as one line from a borderless table in the
    PDF (洛阳市商务局二〇二六年三月二十日): the notice had no date."""
    doc = ingest_file(OFFICE / "blind394" / "blind394_luoyang_tongzhi.pdf").documents[0]
    assert doc.signed == "2026-03-20"
