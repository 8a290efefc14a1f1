"""The most ordinary documents of 西北 offices — a 陕西 若干措施, a 新疆 three-organ 申报通知 with a form, a 银川市人民政府令
and its 管理办法, a 兰州新区综保区 工作要点 (tests/data/office/blind206, made by make_blind206.py by someone who had not
read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind206"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_organs_a_title_ran_together_are_apart_as_the_signature_names_them(suffix: str) -> None:
    """Regression: the title's line broke between …财政厅 and 乌鲁木齐海关 with nothing between them, so the two were
    one issuer (新疆维吾尔自治区财政厅乌鲁木齐海关), though the 落款 signs 乌鲁木齐海关 on a line of its own."""
    (doc,) = ingest_file(BLIND / f"blind206_xinjiang_shenbao.{suffix}").documents
    assert doc.issuers == ("新疆维吾尔自治区商务厅", "新疆维吾尔自治区财政厅", "乌鲁木齐海关")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_decree_signed_by_its_spaced_out_mayor(suffix: str) -> None:
    """Regression: the 令's signer 市　长　　赵　明 (the title spaced out too) was a paragraph of the text, and the 令's
    number (第5号 under 银川市人民政府令) was no 文号."""
    parsed = ingest_file(BLIND / f"blind206_yinchuan_banfa.{suffix}")
    (doc,) = parsed.documents
    assert doc.doc_number is not None and doc.doc_number.text == "银川市人民政府令第5号"
    signer = next(c for c in parsed.clauses if c.text.replace(" ", "").replace("\u3000", "") == "市长赵明")
    assert signer.kind == "signature"
