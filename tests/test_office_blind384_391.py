"""Rounds 384–391, written by someone who had not read the reader (tests/data/office/blind384 … blind391, each made by
its make_blindNNN.py): hotline FAQs, county plans numbered by Word, 惠企 notices with flow tables, press conference
transcripts, 工作要点 with their owners' notes, signed-project lists, letter-format 函 and 会议通知, replies to deputies'
proposals. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_note_of_who_carries_a_task_out_is_part_of_the_task(suffix: str) -> None:
    """Regression: a task of a 工作要点 with its owners in brackets on the line under it (1.系统推进…。 /
    （省商务厅、省发展改革委牵头，…按职责分工负责）) was read as the task and a paragraph of its own; a note of the whole
    text (（本规划由…负责解释）) stays apart."""
    parsed = ingest_file(OFFICE / "blind388" / f"blind388_hubei_gongzuoyaodian{suffix}")
    task = next(c.text for c in parsed.clauses if c.text.startswith("6.完善制度创新成果评估机制"))
    assert task.endswith("复制推广不少于15项。（省商务厅（省自贸办）负责）")
    assert not any(c.text.startswith("（省") for c in parsed.clauses)
    plan = ingest_file(OFFICE / "blind327" / f"blind327_qinzhou_guihua{suffix}")
    assert any(c.text == "（本规划由钦州市发展和改革委员会负责解释）" for c in plan.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_organ_whose_name_quotes_a_word(suffix: str) -> None:
    """Regression: 四川省推进“一带一路”建设工作领导小组办公室文件 was no 发文机关标志 (an organ's name held no quotes), so the
    mark was read as the title; under a 落款 wrapped over two lines (…推进“一带一路”建设 / 工作领导小组办公室) the issuer
    was 工作领导小组办公室 and the first line a clause."""
    doc = ingest_file(OFFICE / "blind388" / f"blind388_sichuan_gongzuoyaodian{suffix}").documents[0]
    assert doc.title.startswith("四川省推进“一带一路”建设工作领导小组办公室关于印发《2026年")
    assert doc.doc_number is not None and doc.doc_number.text == "川带路办〔2026〕4号"
    parsed = ingest_file(OFFICE / "blind296" / f"blind296_hunan_fengongbiao{suffix}")
    assert parsed.documents[0].issuers == ("湖南省推进“一带一路”建设工作领导小组办公室",)
    assert not any(c.text == "湖南省推进“一带一路”建设" for c in parsed.clauses)


@pytest.mark.parametrize(("stem", "number"), [("blind390_shandong_han", "鲁商函〔2025〕58号"),
                                              ("blind390_chongqing_huiyi", "渝商务函〔2026〕19号")])
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_letters_head_with_its_copy_number(stem: str, number: str, suffix: str) -> None:
    """Regression: a letter-format head (信函格式: the organ's name, or two organs one a line, over 份号 and 文号 on one
    line) was no 版头 when the organs stood alone over the 份号 or the 份号 was typed short (00036): the organ's name
    became the title and the 文号 was lost."""
    doc = ingest_file(OFFICE / "blind390" / f"{stem}{suffix}").documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == number
    assert doc.title.endswith(("的函", "的通知")) and "000" not in doc.title


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_dateline_with_its_time_before_the_source(suffix: str) -> None:
    """Regression: 2026-03-20 09:30　　来源：国务院新闻办公室网站 under a press conference's title was a clause: neither the
    date nor the 来源 was read (the source line was read only before its date), and the [图片] left where pictures were
    were clauses too."""
    parsed = ingest_file(OFFICE / "blind387" / f"blind387_guoxinban_fabuhui{suffix}")
    doc = parsed.documents[0]
    assert doc.issuers == ("国务院新闻办公室",) and doc.published == "2026-03-20" and doc.level == "ministry"
    assert not any("来源" in c.text or "[图片]" in c.text for c in parsed.clauses)


def test_a_number_column_numbered_by_word() -> None:
    """Regression: a table's 序号 cells numbered by Word's automatic numbering, no text typed, were read empty: the rows
    lost their number."""
    parsed = ingest_file(OFFICE / "blind385" / "blind385_lanling_tongzhi.docx")
    rows = [c.text for c in parsed.clauses if c.text.startswith("序号：")]
    assert [r.split("\n")[0] for r in rows] == ["序号：1", "序号：2", "序号：3", "序号：4", "序号：5"]
