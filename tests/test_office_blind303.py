"""A province's 法规规章汇编 (a cover, 编辑说明, a 目录 set as a borderless table with its parts' rows, then 条例 with their
题注, a 决定, a city's 条例 approved by the province, 规章 made by 省政府令, one repealed) — written by someone who had not
read the reader (tests/data/office/blind303, made by make_blind303.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.contents import entry_titles
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind303"

TITLES = ["中国（安徽）自由贸易试验区条例", "安徽省人民代表大会常务委员会关于促进开放型经济高质量发展的决定",
          "芜湖市跨境电子商务促进条例", "安徽省口岸管理办法", "安徽省综合保税区管理办法", "安徽省海关特殊监管区域管理暂行办法"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_compilations_contents_set_as_a_table_name_its_texts(suffix: str) -> None:
    """Regression: the 目录 a borderless table (title｜page, its parts' rows 一、地方性法规｜) named nothing: texts whose 题注
    says …会议通过 ran into the text before (the PDF one document, the Word file four), the cover titling the first."""
    documents = ingest_file(BLIND / f"blind303_anhui_huibian{suffix}").documents
    assert [d.title for d in documents] == TITLES
    assert documents[2].region == "芜湖市"


def test_a_contents_tables_rows() -> None:
    rows = ["目　录｜", "一、地方性法规｜", "中国（安徽）自由贸易试验区条例｜1", "安徽省人民代表大会常务委员会关于促进开放型经济高｜6",
            "质量发展的决定｜", "二、政府规章｜", "安徽省海关特殊监管区域管理暂行办法（已废止）｜16"]
    assert entry_titles(rows) == [TITLES[0], TITLES[1], TITLES[5]]
