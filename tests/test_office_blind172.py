"""Ordinary pages of four more government sites saved from the browser — a 商务部 政策发布 page, a 湖南 政策文件库 page
of one cell per paragraph, a mobile page and a 郑州市商务局 公示 (tests/data/office/blind172, made by make_blind172.py
by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind172"


def test_a_time_the_text_sets_is_no_dateline() -> None:
    """Regression: 一、公示时间：2024年10月14日至2024年10月18日（5个工作日）。 was taken for the page's dateline (时间：…)
    and dropped, silently: the 公示期, what a reader of a 公示 most needs, was in no clause."""
    parsed = ingest_file(BLIND / "blind172_zhengzhou_gongshi.html")
    assert any(c.text.startswith("一、公示时间：2024年10月14日至2024年10月18日") for c in parsed.clauses)
    assert parsed.documents[0].published == "2024-10-14"  # (the page's own 发布时间 still read)


def test_a_county_level_city_listed_beside_its_city_places_a_row() -> None:
    """Regression: a row whose 所在县（市、区） is 新郑市 (listed beside 郑州市 as a city of its own) applied in all 郑州市."""
    rows = [c for c in ingest_file(BLIND / "blind172_zhengzhou_gongshi.html").clauses if c.kind == "table_row"]
    assert next(c for c in rows if "所在县（市、区）：新郑市" in c.text).applies_to == ("新郑市",)


def test_a_table_inside_a_layout_table_is_read_once_as_rows() -> None:
    """Regression: the 政策文件库 page sets each paragraph in a cell of one layout table, and the 重点项目 table inside
    one of those cells was read twice: as its rows and, before them, as one paragraph of all its cells run together
    (序号项目名称所在片区…1中非经贸…), so a search for a project found an unreadable clause as well."""
    parsed = ingest_file(BLIND / "blind172_hunan_zcwjk.html")
    assert not [c for c in parsed.clauses if "序号项目名称" in c.text]
    rows = [c for c in parsed.clauses if c.kind == "table_row"]
    assert [c.text.splitlines()[1] for c in rows] == [
        "项目名称：中非经贸合作促进创新示范园二期", "项目名称：非洲非资源性产品集散交易加工中心",
        "项目名称：城陵矶港对非江海联运航线加密", "项目名称：湘粤非铁海联运郴州集结中心"]
    assert any(c.text.startswith("九、本措施自2024年9月1日起施行") for c in parsed.clauses)


def test_whom_to_call_under_the_last_item_is_the_whole_notices() -> None:
    """Regression: 联系人及电话：商务部自贸区港司 陈晓… under the last item （九）做好评估总结 was read as that item's second
    paragraph (label （九）第2段), so a citation of the contact line named the evaluation item."""
    parsed = ingest_file(BLIND / "blind172_mofcom_notice.html")
    contact = next(c for c in parsed.clauses if c.text.startswith("联系人及电话："))
    assert contact.path == () and "（九）" not in contact.label


def test_contact_lines_under_a_section_for_them_stay_there() -> None:
    """(三、联系方式 / 受理部门：… / 联系电话：…: the lines are that section's own)"""
    parsed = ingest_file(BLIND / "blind172_zhengzhou_gongshi.html")
    phone = next(c for c in parsed.clauses if c.text.startswith("联系电话："))
    assert phone.path == ("三、联系方式",)
