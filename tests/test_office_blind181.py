"""The most ordinary documents of central offices — a 国务院 批复, a 国务院办公厅 转发 notice, a 商务部等9部门 joint 意见
and a 海关总署 公告 with its 商品清单 (tests/data/office/blind181, made by make_blind181.py by someone who had not read the
reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind181"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_nine_organs_signing_three_a_line_issue_it(suffix: str) -> None:
    """Regression: nine organs typed three a line with tabs over the date crashed the Word file's reading (IndexError
    in signature.organ_tables), and in the PDF they were read as a table whose last row swallowed the date (no date,
    one issuer, 商务部：财政部 as a clause); the long 主送 (six groups of organs) was a clause."""
    doc = ingest_file(BLIND / f"blind181_yijian.{suffix}").documents[0]
    assert len(doc.issuers) == 9 and doc.issuers[-1] == "国家外汇局" and "海关总署" in doc.issuers
    assert doc.signed == "2024-07-12"
    assert doc.addressees is not None and doc.addressees.startswith("各省、自治区、直辖市及计划单列市")
    assert not any("商务部：财政部" in c.text for c in ingest_file(BLIND / f"blind181_yijian.{suffix}").clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_reply_for_three_areas_applies_in_those(suffix: str) -> None:
    """Regression: 国务院关于同意在…武汉片区等3个片区开展…试点的批复 applied in all 22 自贸试验区."""
    clauses = ingest_file(BLIND / f"blind181_pifu.{suffix}").clauses
    assert clauses[1].applies_to == ("中国（湖北）自由贸易试验区武汉片区", "中国（湖南）自由贸易试验区长沙片区",
                                     "中国（广西）自由贸易试验区南宁片区")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_central_notice_for_two_zones_applies_in_both(suffix: str) -> None:
    """Regression: 海关总署's 公告 关于在中国（新疆）…和中国（广西）自由贸易试验区开展…试点 applied in 新疆 alone."""
    clauses = ingest_file(BLIND / f"blind181_gonggao.{suffix}").clauses
    assert clauses[0].applies_to == ("中国（新疆）自由贸易试验区", "中国（广西）自由贸易试验区")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_item_naming_two_areas_applies_in_both(suffix: str) -> None:
    """Regression: …前海蛇口片区、南沙新区片区 (the second by its short name) and …中心片区（西安国际港务区）、…郑州片区 (a
    name in brackets between) each applied in the first 片区 alone."""
    applies = {c.label: c.applies_to for c in ingest_file(BLIND / f"blind181_zhuanfa.{suffix}").clauses}
    assert applies["2．"] == ("中国（广东）自由贸易试验区深圳前海蛇口片区", "中国（广东）自由贸易试验区广州南沙新区片区")
    assert applies["（五）"] == ("中国（陕西）自由贸易试验区中心片区", "中国（河南）自由贸易试验区郑州片区")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_forwarding_notice_naming_what_it_forwards_keeps_its_own_title(suffix: str) -> None:
    """Regression: 国务院办公厅转发商务部关于推进…高质量发展若干意见的通知 names the 意见 it forwards without the 意见's
    的 (…高质量发展的若干意见); it was taken for a wrapper and the document titled by the 意见."""
    doc = ingest_file(BLIND / f"blind181_zhuanfa.{suffix}").documents[0]
    assert doc.title == "国务院办公厅转发商务部关于推进自由贸易试验区服务共建“一带一路”高质量发展若干意见的通知"
    assert doc.wrapper is None
