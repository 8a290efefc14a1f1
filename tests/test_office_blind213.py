"""Pages of central government sites — a 国务院 政策文件库 page, a 商务部 公告, a 国家发展改革委 通知 with its 附件 on the
page, a 国务院新闻办 吹风会 transcript (tests/data/office/blind213, made by make_blind213.py by someone who had not read
the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind213"


def test_a_state_council_notice_for_one_zone_applies_in_that_zone() -> None:
    """Regression: 国务院关于印发《中国（云南）自由贸易试验区提升…方案》的通知, addressed to every province, applied in all
    22 zones wherever an item named no 片区."""
    parsed = ingest_file(BLIND / "blind213_gwy_yunnan.html")
    zones = {p for c in parsed.clauses for p in c.applies_to}
    assert zones and all(p.startswith("中国（云南）自由贸易试验区") for p in zones)


def test_a_joint_announcements_number_over_its_title_in_the_heading() -> None:
    """Regression: the heading 商务部 海关总署公告2024年第47号<br>关于…的公告 was the title, number and all; the 公告 had
    no 文号. Its items labelled by province (（一）上海市：…) applied nationwide."""
    parsed = ingest_file(BLIND / "blind213_mofcom_gonggao.html")
    (doc,) = parsed.documents
    assert doc.title == "关于在部分综合保税区开展保税再制造业务试点的公告"
    assert doc.doc_number is not None and doc.doc_number.text == "商务部海关总署公告2024年第47号"
    first = next(c for c in parsed.clauses if c.text.startswith("（一）上海市："))
    assert first.applies_to == ("上海市",)


def test_a_photo_caption_ending_with_its_credit_is_no_text() -> None:
    """Regression: a caption opening with the day (2024年12月6日，…。图为…。　中国网　陈　晨/摄) was glued to the speech
    paragraph after it."""
    parsed = ingest_file(BLIND / "blind213_scio_chuifenghui.html")
    assert not any("/摄" in c.text for c in parsed.clauses)
    assert any(c.text.startswith("第一，聚焦边民互市贸易创新发展。") for c in parsed.clauses)
    assert parsed.report.removed.get("photo_caption") == 2
