"""Agreements and memoranda governments sign, as their offices file them, by someone who
had not read the reader (tests/data/office/blind62, made by make_blind62.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.metadata import dates_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind62"
MEMO = "中华人民共和国陕西省商务厅与哈萨克斯坦共和国江布尔州政府关于深化共建“一带一路”经贸合作的合作备忘录"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_memorandums_title_over_four_paragraphs_and_its_two_parties(suffix: str) -> None:
    """Regression: the Word file's title was its first line (中华人民共和国陕西省商务厅), the other three
    clauses, and no issuer was read; joined, the two parties were one issuer (…商务厅与…州政府)."""
    (doc, *_) = ingest_file(BLIND / f"blind62_shaanxi_beiwanglu.{suffix}").documents
    assert doc.title.startswith(MEMO)
    assert doc.issuers == ("中华人民共和国陕西省商务厅", "哈萨克斯坦共和国江布尔州政府")


def test_an_agreements_number_field_is_no_title() -> None:
    """Regression: 协议编号：QBJZMQ-ZL-2024-06 above the title made the title "协议编号：…中国（四川）自由贸易试验区"."""
    (doc,) = ingest_file(BLIND / "blind62_qingbaijiang_kuangjia.docx").documents
    assert doc.title == "中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会与成都国际铁路班列有限公司战略合作框架协议"


def test_an_agreement_takes_effect_on_signing_and_runs_its_years() -> None:
    """Regression: 自双方签署之日起生效 gave no effective date though the signing date was read, and
    自2024年6月1日起生效，有效期五年 gave no expiry (生效 did not count as the document speaking of itself)."""
    (doc,) = ingest_file(BLIND / "blind62_chuangui_xieyi.pdf").documents
    assert (doc.signed, doc.effective) == ("2024-08-26", "2024-08-26")
    dates = dates_of({}, ["本协议自2024年6月1日起生效，有效期五年。"])
    assert (dates.effective, dates.expires) == ("2024-06-01", "2029-05-31")
