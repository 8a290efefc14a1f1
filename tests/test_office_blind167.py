"""The most ordinary working papers of provincial offices — a 河南 专题会议纪要, a 四川 商务工作要点, a 湖北 征求意见函 with
its draft 办法 and a 福建 自贸试验区工作简报 — in Word and PDF, written by someone who had not read the reader
(tests/data/office/blind167, made by make_blind167.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind167"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_bulletins_first_piece_keeps_its_title(suffix: str) -> None:
    """Regression: the 简报's first piece, titled as the last 本期要目 entry above it is long, was read as that entry's
    wrapped rest and removed with the 要目 (厦门片区上线“丝路海运”国际航运服务专区 was in no clause)."""
    texts = [c.text for c in ingest_file(BLIND / f"blind167_fujian_jianbao.{suffix}").clauses]
    assert "厦门片区上线“丝路海运”国际航运服务专区" in texts
    assert not any(t.startswith("◆") for t in texts)


def test_an_attached_tables_line_opens_its_own_paragraph_in_the_pdf() -> None:
    """Regression: in the PDF, 附表：2024年1—5月…主要指标 ran on at the end of the last piece's paragraph, and the
    document named no attachment."""
    parsed = ingest_file(BLIND / "blind167_fujian_jianbao.pdf")
    assert parsed.documents[0].attachments == ("2024年1—5月福建自贸试验区各片区主要指标",)
    assert not any(c.text.endswith("主要指标") and c.text.startswith("平潭片区") for c in parsed.clauses)


@pytest.mark.parametrize("name", ["blind167/blind167_hubei_zhengqiu.docx", "blind167/blind167_hubei_zhengqiu.pdf",
                                  "blind56/blind56_hubei_tongzhi.docx"])
def test_an_organ_named_short_in_the_title_is_named_as_it_signs(name: str) -> None:
    """Regression: 省发展改革委关于…的函, signed 湖北省发展和改革委员会, had the short name as its issuer, so
    --issuer 湖北省发展和改革委员会 did not find it."""
    assert ingest_file(DATA / "office" / name).documents[0].issuers == ("湖北省发展和改革委员会",)
