"""Rounds 352–355, written by someone who had not read the reader (tests/data/office/blind352 … blind355, each made by
its make_blindNNN.py): ordinary 公文 of 华东 and 华南 cities; Word's automatic list numbering; a city gazette in two
columns; a 片区's 惠企政策汇编. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_gazettes_notice_about_itself_is_no_part_of_the_last_document(suffix: str) -> None:
    """Regression: 本刊启事 at the end of the issue (《合肥市人民政府公报》是…的政府出版物…, 合肥市人民政府公报编辑部 and its
    day) were clauses and a second signature of the 商务局's 办法."""
    parsed = ingest_file(OFFICE / "blind354" / f"blind354_hefei_gongbao{suffix}")
    assert not any("本刊" in c.text.replace(" ", "") or "公报编辑部" in c.text for c in parsed.clauses)
    last = parsed.documents[-1]
    assert [c.text for c in parsed.clauses if c.doc_id == last.doc_id][-1].startswith("附件")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_compilations_parts_named_by_number_head_no_entry(suffix: str) -> None:
    """Regression: 第一部分　国家政策 over the 目录's entries was read as the start of the entry under it, so the booklet's
    five documents were three (the first titled with its cover, 内部资料　免费赠阅…)."""
    parsed = ingest_file(OFFICE / "blind355" / f"blind355_luzhou_huibian{suffix}")
    assert [d.title for d in parsed.documents] == [
        "国务院办公厅关于加快跨境电子商务高质量发展更好服务共建“一带一路”的若干意见（摘录）",
        "四川省人民政府办公厅关于深化中国（四川）自由贸易试验区改革创新更好服务共建“一带一路”的若干措施",
        "《关于深化中国（四川）自由贸易试验区改革创新更好服务共建“一带一路”的若干措施》政策解读",
        "中国（四川）自由贸易试验区川南临港片区管理委员会关于支持外贸新业态新模式发展的若干措施",
        "川南临港片区2026年度惠企政策奖补标准一览表"]
    assert not any(c.text.replace(" ", "").startswith("第二部分") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_organ_and_its_number_in_brackets_under_a_title_are_its_own(suffix: str) -> None:
    """Regression: （国务院办公厅　国办发〔2025〕37号） under a compiled title was a clause, or a 文号 coded
    国务院办公厅国办发."""
    parsed = ingest_file(OFFICE / "blind355" / f"blind355_luzhou_huibian{suffix}")
    first = parsed.documents[0]
    assert first.doc_number is not None and first.doc_number.text == "国办发〔2025〕37号"
    assert first.issuers == ("国务院办公厅",)
    assert not any(c.text.startswith("（国务院办公厅") for c in parsed.clauses)
