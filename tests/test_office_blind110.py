"""Documents that answer a person rather than an office — a 政府信息公开申请答复书, a 片区's 答复函 to a company, a 司法局
合法性审查意见书 on a draft — written by someone who had not read the reader (tests/data/office/blind110, made by
make_blind110.py)."""

from __future__ import annotations

import pytest

from bri_kb.vocabulary import parse_doc_number
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind110"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
@pytest.mark.parametrize("stem", ["zhejiang_disclosure", "nanning_reply", "xiamen_review"])
def test_an_answer_takes_no_dates_from_the_policies_it_cites(stem: str, suffix: str) -> None:
    """Regression: 该办法自2022年7月1日起施行，有效期至2025年6月30日 (the policy an answer cites), 《若干措施》自…起施行
    and the draft's words quoted in a review (“本措施自2024年11月1日起施行，有效期至2027年10月31日”) gave the answers
    their own period, so each was said to have expired, or to run to the draft's end."""
    (doc,) = ingest_file(BLIND / f"blind110_{stem}.{suffix}").documents
    assert (doc.effective, doc.expires) == (None, None)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_answer_to_a_persons_request(suffix: str) -> None:
    """Regression: the 版头 浙江省商务厅 was the title, 浙商务依申复〔2024〕第17号 no 文号 (a 第 before the serial), the title
    …政府信息公开申请答复书 and the applicant 张某某： clauses."""
    parsed = ingest_file(BLIND / f"blind110_zhejiang_disclosure.{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "浙江省商务厅政府信息公开申请答复书"
    assert doc.doc_number is not None and doc.doc_number.text == "浙商务依申复〔2024〕第17号"
    assert doc.addressees == "张某某" and not any(c.text == "张某某：" for c in parsed.clauses)
    assert parse_doc_number("国发〔2017〕第57号") is not None


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_labels_beside_their_values_with_no_header(suffix: str) -> None:
    """Regression: the review's table of 送审文件｜《…（送审稿）》, 送审单位｜…, two columns and no header, took its first row
    for the header: every row read 送审文件：送审单位 / 《…》：…管理委员会."""
    clauses = ingest_file(BLIND / f"blind110_xiamen_review.{suffix}").clauses
    rows = [c.text for c in clauses if c.kind == "table_row" and c.text.startswith("送审")]
    assert rows[:2] == ["送审文件：《中国（福建）自由贸易试验区厦门片区关于支持融资租赁业服务“一带一路”建设的若干措施（送审稿）》",
                        "送审单位：中国（福建）自由贸易试验区厦门片区管理委员会"]
    assert not any(c.kind == "table_header" and c.text.startswith("送审文件") for c in clauses)
