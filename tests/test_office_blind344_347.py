"""Rounds 344–347, written by someone who had not read the reader (tests/data/office/blind344 … blind347, each made by
its make_blindNNN.py): 规划 in 部分 and 节; Word notes, comments and text boxes; lists of places; documents of many
organs together. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_rows_narrowest_place_column_says_where(suffix: str) -> None:
    """Regression: a customs list's rows (省份 河北省 / 城市 石家庄市 / 场所名称 石家庄综合保税区) applied in the province."""
    parsed = ingest_file(OFFICE / "blind346" / f"blind346_haiguan_gonggao{suffix}")
    rows = {c.text.split("\n")[0]: c for c in parsed.clauses if str(c.kind) == "table_row"}
    assert rows["序号：1"].applies_to == ("石家庄综合保税区",)
    assert rows["序号：2"].applies_to == ("曹妃甸区",)


def test_a_list_run_on_inline_after_a_colon_stays_in_its_item() -> None:
    """Regression: in the PDF, ①推动…；②建设…；③推广… starting a printed line under …重点抓好三方面工作： was a clause of
    its own, apart from its item 1.完善铁路骨干网络 (in Word one paragraph)."""
    parsed = ingest_file(OFFICE / "blind344" / "blind344_guangxi_guihua.pdf")
    item = next(c for c in parsed.clauses if c.text.startswith("1.完善铁路骨干网络"))
    assert "三方面工作：①推动北部湾港" in item.text and "③推广“一单制”" in item.text
    assert not any(c.text.startswith("①") for c in parsed.clauses)


def test_organs_signing_with_their_day_on_one_line_are_the_signature() -> None:
    """Regression: 商务部等9部门's 落款, the nine organs a Word table sets out and their day read as one line (…国家外汇局
    2025年6月20日), was a paragraph of （十）, and the 意见 had one issuer, 中华人民共和国商务部 from its mark."""
    parsed = ingest_file(OFFICE / "blind347" / "blind347_shangwubu_yijian.docx")
    assert parsed.documents[0].issuers == ("商务部", "外交部", "国家发展改革委", "财政部", "中国人民银行", "海关总署",
                                           "税务总局", "市场监管总局", "国家外汇局")
    assert [str(c.kind) for c in parsed.clauses if c.text.startswith("商务部 外交部")] == ["signature"]
