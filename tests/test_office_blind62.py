"""Agreements and memoranda governments sign, as their offices file them, by someone who
had not read the reader (tests/data/office/blind62, made by make_blind62.py)."""

from __future__ import annotations

import json

import pytest

from bri_kb.ingest.metadata import dates_of
from bri_kb.vocabulary import Kind
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


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_memorandum_signed_on_its_signature_page_is_dated_by_its_signing_sentence(suffix: str) -> None:
    """Regression: a memorandum whose parties sign only on a 签字页 (a table in Word, two columns in the PDF)
    had no date at all, so no start or end (自双方签字之日起生效，有效期五年); its 第八条 says
    本备忘录于2024年5月20日在西安签署. The dates as the writer of the files recorded them."""
    expected = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))
    meta = expected["blind62_shaanxi_beiwanglu"][0]["meta"]
    (doc,) = ingest_file(BLIND / f"blind62_shaanxi_beiwanglu.{suffix}").documents
    assert (doc.signed, doc.effective, doc.expires) == (meta["date"], meta["effective"], meta["expires"])


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_the_signature_page_is_not_the_last_article(suffix: str) -> None:
    """Regression: （以下无正文）, （本页无正文，为《…》签字页） (over three lines in the PDF) and, in the PDF, the
    parties' two signature columns were text of 第八条."""
    parsed = ingest_file(BLIND / f"blind62_shaanxi_beiwanglu.{suffix}")
    (last,) = [c for c in parsed.clauses if c.label == "第八条"]
    assert last.text.endswith("如对解释发生分歧，以俄文文本为准。")
    assert parsed.report.removed.get("no_body_note", 0) >= 2
    if suffix == "pdf":
        assert parsed.clauses[-1].kind == Kind.SIGNATURE and "甲方代表（签字）" in parsed.clauses[-1].text


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_parties_seals_and_dates_laid_out_with_spaces_are_the_signature(suffix: str) -> None:
    """Regression: 四川省商务厅（盖章） 广西壮族自治区商务厅（盖章） / 代表（签字）： 代表（签字）： / the two dates
    were paragraphs of 四、附则, answers of their own."""
    parsed = ingest_file(BLIND / f"blind62_chuangui_xieyi.{suffix}")
    signed = [c for c in parsed.clauses if "（盖章）" in c.text or "（签字）" in c.text]
    assert signed and all(c.kind == Kind.SIGNATURE for c in signed)
    assert parsed.clauses[-1].kind == Kind.SIGNATURE


def test_a_signature_table_is_the_signature_and_its_last_date_the_signing() -> None:
    """Regression: the parties' signature table (甲方（盖章）｜乙方（盖章）, 代表（签字）：, 签订日期：2024年6月12日 /
    2024年6月14日) was three rows of item 5, and the agreement had no date, start or end (自双方签字并加盖公章之日起
    生效，有效期三年: in force once both had signed)."""
    expected = json.loads((BLIND / "expected.json").read_text(encoding="utf-8"))
    meta = expected["blind62_qingbaijiang_kuangjia"][0]["meta"]
    parsed = ingest_file(BLIND / "blind62_qingbaijiang_kuangjia.docx")
    (doc,) = parsed.documents
    assert (doc.signed, doc.effective, doc.expires) == (meta["date"], meta["effective"], meta["expires"])
    assert not [c for c in parsed.clauses if c.kind == Kind.TABLE_ROW and "签" in c.text]
    assert parsed.clauses[-1].kind == Kind.SIGNATURE and "签订日期：2024年6月14日" in parsed.clauses[-1].text
