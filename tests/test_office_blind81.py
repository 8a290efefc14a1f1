"""Two 政府公报 issues set in two columns, as .docx and as the LibreOffice PDF (a masthead, a 目录 in two
columns, documents back to back each starting mid-column, a small ruled table inside one column with the other
column's text beside it, alternating running headers), by someone who had not read the reader
(tests/data/office/blind81, made by make_blind81.py)."""

from __future__ import annotations

import pytest

from bri_kb.model import Kind
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind81"


def _by_number(suffix: str, stem: str) -> dict[str, list[str]]:
    parsed = ingest_file(BLIND / f"{stem}.{suffix}")
    return {d.doc_number.text: [c.text for c in parsed.clauses if c.doc_id == d.doc_id]
            for d in parsed.documents if d.doc_number}


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_table_in_the_right_column_keeps_both_columns_whole(suffix: str) -> None:
    """Regression: in the PDF, a ruled table in the right column beside the left column's text cut the page across
    both columns (the columns' lines do not share baselines), so the 批复 took half of the 商务局 notice, table
    rows and all, and the notice lost its 文号 and 主送."""
    texts = _by_number(suffix, "blind81_xiamen_gazette")
    reply, notice = texts["厦府〔2024〕91号"], texts["厦商务规〔2024〕3号"]
    assert reply[0].startswith("你区《关于申请设立") and reply[0].endswith("现批复如下：") and len(reply) == 6
    assert notice[0].startswith("为深入贯彻落实共建“一带一路”倡议")
    assert sum("｜" in t or "补助标准" in t for t in notice) >= 3


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_gazettes_bracketed_date_under_the_number_is_the_documents_date(suffix: str) -> None:
    """Regression: a provincial gazette prints each document's date in brackets under its 文号 and no 落款
    (闽政办规〔2024〕7号 / （2024年5月8日）): the documents had no date, and the date was glued to the 主送."""
    documents = {d.doc_number.text: d for d in ingest_file(BLIND / f"blind81_fujian_gazette.{suffix}").documents
                 if d.doc_number}
    notice = documents["闽政办规〔2024〕7号"]
    assert (notice.published, notice.effective, notice.expires) == ("2024-05-08", "2024-05-08", "2027-05-07")
    assert notice.addressees == "各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构"
    assert documents["闽政文〔2024〕102号"].published == "2024-05-22"


def test_a_gazettes_masthead_across_the_columns_is_read_before_them() -> None:
    """Regression: in the PDF, the masthead set across a page whose table stands in the right column made no
    columns (a line crossed the gutter), so the right column's measures made a document titled 2024年5月30日出版
    and the last 目录 entry, wrapped, titled another."""
    parsed = ingest_file(BLIND / "blind81_fujian_gazette.pdf")
    assert [d.doc_number and d.doc_number.text for d in parsed.documents] == [
        "闽政办规〔2024〕7号", "闽政文〔2024〕102号", "闽政任〔2024〕15号"]
    first = [(c.kind, c.text) for c in parsed.clauses if c.doc_id == parsed.documents[0].doc_id]
    assert [t[:4] for k, t in first if k == Kind.ITEM][:4] == ["（一）推", "（二）扩", "（三）对", "（四）同"]
    assert not any("2024年第15期" in t or "出版" in t for _, t in first)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_reply_to_a_special_zones_committee_applies_in_that_zone(suffix: str) -> None:
    """Regression: the 批复 to 平潭综合实验区管委会 applied in all of 福建省 (a special zone was not among the
    places a 批复 may answer)."""
    parsed = ingest_file(BLIND / f"blind81_fujian_gazette.{suffix}")
    reply = next(d for d in parsed.documents if d.doc_number and d.doc_number.text == "闽政文〔2024〕102号")
    assert {c.applies_to for c in parsed.clauses if c.doc_id == reply.doc_id} == {("平潭综合实验区",)}


def test_a_mastheads_line_centred_across_two_columns_is_no_columns_text() -> None:
    """Regression: on a page with no table, the masthead's line 厦门市人民政府办公厅主办　2024年6月28日出版, its
    halves either side of the gutter, was read with the columns, and 2024年6月28日出版 became a clause."""
    texts = [c.text for c in ingest_file(BLIND / "blind81_xiamen_gazette.pdf").clauses]
    assert not any("出版" in t for t in texts)
