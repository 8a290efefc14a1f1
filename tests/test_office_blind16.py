"""Four more PDFs made the way offices make them by someone who had not read the
reader (tests/data/office/blind16, made by make_blind16.py): a 实施意见 with its
分工表, a 通知 with four levels of numbering, a 公告 listing enterprises, a 办法."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind16"


def test_a_centred_title_wrapped_under_its_attachment_line_is_one_title() -> None:
    """Regression: the attachment's title, centred and wrapped ("…重点任务分" / "工表"), was cut, its
    last two characters a paragraph of their own."""
    clauses = ingest_file(BLIND / "a_shishi_yijian.pdf").clauses
    assert any(c.kind == "heading" and c.text == "附件\n中国（河南）自由贸易试验区深化改革创新重点任务分工表" for c in clauses)
    assert "工表" not in [c.text for c in clauses]


def test_a_full_title_is_the_organ_s_under_its_issuing_mark() -> None:
    """Regression: a title naming its organ short (省商务厅关于…) gave the issuer "省商务厅" under a 版头
    that names it in full (江苏省商务厅文件)."""
    assert ingest_file(BLIND / "b_tongzhi.pdf").documents[0].issuers == ("江苏省商务厅",)


def test_a_finished_sentence_closed_by_the_next_number_is_an_item() -> None:
    """Regression: the last of a list of items ("（3）项目已完成境外投资备案。"), followed by the next
    number of its parent's list, was read as a heading over nothing."""
    clauses = {c.text: c.kind for c in ingest_file(BLIND / "b_tongzhi.pdf").clauses}
    assert clauses["（3）项目已完成境外投资备案。"] == "item"
    assert clauses["（2）营业执照复印件。"] == "item"


def test_the_line_under_a_table_is_no_part_of_its_last_row() -> None:
    """Regression: "特此公告。" under the list of 30 enterprises was read into the last row's last cell."""
    clauses = ingest_file(BLIND / "c_gonggao.pdf").clauses
    last = [c for c in clauses if c.kind == "table_row"][-1]
    assert last.fields["认定类别"] == "示范企业"
    assert "特此公告" not in last.text and not any(c.text == "特此公告。" for c in clauses)  # (left out since round 290)
