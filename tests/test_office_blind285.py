"""A 省人民政府公报 issue in two columns (令 and 规章, a 下放 决定 with its table, a 表彰 决定, a 批复, a 通知 with its
方案) — written by someone who had not read the reader (tests/data/office/blind285, made by make_blind285.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind285"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_gazette_numbered_by_hao_has_its_cover_and_first_rule(suffix: str) -> None:
    """Regression: 云南省人民政府公报 / 2025年第9号（总第1041号） (numbered 号, not 期) was no masthead: the first
    document, 令第236号 and its 《云南省口岸管理办法》, was titled 云南省人民政府公报, with no 文号 or issuer, and the cover's
    lines and its publisher's fields (run together on one line) were its clauses."""
    parsed = ingest_file(BLIND / f"blind285_yunnan_gongbao{suffix}")
    first = parsed.documents[0]
    assert first.title == "云南省口岸管理办法"
    assert first.doc_number is not None and first.doc_number.text == "云南省人民政府令第236号"
    assert len(parsed.documents) == 5
    assert not any("出版物号" in c.text or "GONGBAO" in c.text or c.text.startswith("2025年第9号") for c in parsed.clauses)


# (the PDF of round 274 prints the 公告 over its 条例 as the 条例's wrapper: one document, as designed)
@pytest.mark.parametrize(("path", "count"), [("blind264/blind264_guangxi_gongbao.docx", 4),
                                             ("blind264/blind264_guangxi_gongbao.pdf", 4),
                                             ("blind274/blind274_heilongjiang_gongbao.docx", 5),
                                             ("blind274/blind274_heilongjiang_gongbao.pdf", 4)])
def test_a_gazettes_name_over_two_lines_and_its_spaced_highlights(path: str, count: int) -> None:
    """Regression (rounds 264 and 274): a gazette's name set over two lines (广西壮族自治区 / 人民政府公报), its 本　期　要　目
    spaced out over the 目录, and its publisher's block opened by 《…公报》 and （旬刊…创刊）, made a document of their own
    (titled 广西壮族自治区, 本期要目 or 黑龙江省人民代表大会)."""
    parsed = ingest_file(DATA / "office" / path)
    titles = [d.title for d in parsed.documents]
    assert not any(t in ("广西壮族自治区", "本期要目", "黑龙江省人民代表大会") for t in titles)
    assert len(titles) == count
    assert not any("创刊" in c.text or "赠" in c.text[:3] for c in parsed.clauses)
