"""Rounds 312–315, written by someone who had not read the reader (tests/data/office/blind312 … blind315, each made by
its make_blindNNN.py): who does the work (领导小组, 联席会议), 公示 and 通报, 请示 and the 批复 and 函 that answer them, a
district's 公报. With them, what the news rounds (309) and the older rounds showed. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.members import member_lists
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_districts_gazette_with_a_dated_interpretation_last_is_its_five_documents(suffix: str) -> None:
    """Regression: the 解读 closing the issue carries a 发布日期 line, and the four red-header 公文 before it were read as
    one document (titled by the cover's 准印证号 line)."""
    docs = ingest_file(OFFICE / "blind315" / f"blind315_huangdao_gongbao{suffix}").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == [
        "青黄政发〔2025〕7号", "青黄政发〔2025〕9号", "青黄政办字〔2025〕23号", "青黄商规〔2025〕1号", None]
    assert docs[0].title == "青岛市黄岛区人民政府关于加快跨境电子商务发展深度融入共建“一带一路”的通知"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_leading_groups_members_are_a_line_each(suffix: str) -> None:
    """Regression: in Word two members' lines ran together (刘志刚　省委宣传部副部长吴晓东…); in the PDF, their name and
    post set far apart, they were read as a table whose header was the 组长's line."""
    parsed = ingest_file(OFFICE / "blind312" / f"blind312_jiangxi_tongzhi{suffix}")
    texts = [c.text.replace("\u3000", " ") for c in parsed.clauses]
    for member in ("吴晓东 省委网信办副主任", "欧阳志远 省地方金融管理局副局长", "刘 洋 中国信保江西分公司总经理"):
        assert member in texts
    assert not any(str(c.kind) in ("table_row", "table_header") for c in parsed.clauses[:30])


def test_member_lists_set_back_only_a_list_with_its_roles() -> None:
    rows = [f"组　长：叶国安{CELL}省长", f"周明远{CELL}副省长", f"陈立平{CELL}省人民政府秘书长"]
    assert member_lists(rows) == ["组　长：叶国安\u3000省长", "周明远\u3000副省长", "陈立平\u3000省人民政府秘书长"]
    table = [f"姓名{CELL}职务", f"叶国安{CELL}省长", f"周明远{CELL}副省长"]  # (a table with its head: left alone)
    assert member_lists(table) == table


def test_a_letters_closing_formula_is_no_clause() -> None:
    """Regression: 专此函复。 (a 函's 特此函复) was a paragraph of item 五. (A 请示's 妥否，请批示。 stays a clause: seven of
    the eight keys that hold one count it so.)"""
    parsed = ingest_file(OFFICE / "blind314" / "blind314_guangxi_fuhan.docx")
    assert not any("专此函复" in c.text for c in parsed.clauses)
    assert parsed.report.removed.get("closing_formula", 0) >= 1


@pytest.mark.parametrize(("path", "span"), [
    ("blind165/blind165_mot_fuhan.docx", ("2024-12-01", "2026-11-30")),  # 试点期限为2年，自…起至…止
    ("blind184/blind184_qingdao_swj.html", ("2024-09-01", "2027-08-31")),  # 认定有效期3年，自…起至…止
    ("blind241/blind241_guoban_han.html", ("2026-02-01", "2028-12-31")),  # 试点期限自…至…
    ("blind151/blind151_pifu.docx", (None, None)),  # (one item's 试点期为…至…: not the document's)
    ("blind269/blind269_xinjiang_tongzhi.docx", ("2024-07-01", "2026-12-31")),  # (its own 有效期至 wins over an item's)
])
def test_a_pilots_or_a_lists_term_dates_the_document_that_dates_itself_no_other_way(
        path: str, span: tuple[str | None, str | None]) -> None:
    doc = ingest_file(OFFICE / path).documents[0]
    assert (doc.effective, doc.expires) == span


def test_the_pictures_captions_after_a_reposted_notice_are_no_clauses() -> None:
    """Regression: ▲ captions after the notice (no credit, or a name with brackets) were clauses, and so were the 版记's
    lines above them."""
    parsed = ingest_file(OFFICE / "blind309" / "blind309_linyi_gongzhonghao.html")
    assert not any(c.text.startswith("▲") or c.text.startswith("抄送") for c in parsed.clauses)
    assert parsed.documents[0].printed_date == "2025-04-21"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_zone_committees_mark_wrapped_beside_its_upright_file_word(suffix: str) -> None:
    """Regression: the mark 中国（广西）自由贸易试验区 / 钦州港片区管理委员会 beside 文件 (a merged cell in Word, a line
    of its own between the name's lines in the PDF) was the title."""
    doc = ingest_file(OFFICE / "blind312" / f"blind312_qinzhougang_zhidu{suffix}").documents[0]
    assert doc.title == "中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《钦州港片区管理委员会主任办公会议制度》的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "钦港片管发〔2025〕9号"


def test_a_member_units_duties_under_its_places_government_apply_there() -> None:
    """Regression: （十二）奎文区政府：负责… and （十三）寿光市政府：负责… applied in all of 潍坊市."""
    parsed = ingest_file(OFFICE / "blind312" / "blind312_weifang_zhidu.docx")
    assert next(c for c in parsed.clauses if c.text.startswith("（十二）奎文区政府")).applies_to == ("奎文区",)
    assert next(c for c in parsed.clauses if c.text.startswith("（十三）寿光市政府")).applies_to == ("寿光市",)


def test_an_attachment_lists_name_with_its_period_wrapped_to_the_next_line() -> None:
    """Regression (round 319): in the PDF, 附件：1．…实施方案 / （2025—2027年） / 2．…重点任务 / 分工表 / 3．… became one
    attachment cut short and three clauses, the last holding the 落款's organ."""
    parsed = ingest_file(OFFICE / "blind319" / "blind319_shaanxi_tongzhi.pdf")
    assert parsed.documents[0].attachments == (
        "陕西省跨境电子商务产业园区提质升级实施方案（2025—2027年）", "陕西省跨境电子商务产业园区提质升级重点任务分工表",
        "2025年度省级跨境电子商务示范园区申报指南")
    assert not any(c.text.startswith(("（2025", "2．陕西", "3．2025")) for c in parsed.clauses)


def test_a_city_supported_to_build_around_its_parks_is_where_the_item_applies() -> None:
    parsed = ingest_file(OFFICE / "blind319" / "blind319_shaanxi_tongzhi.docx")
    assert next(c for c in parsed.clauses if c.text.startswith("1.强化综试区核心园区引领")).applies_to == ("西安市",)


@pytest.mark.parametrize(("scope", "text", "places"), [
    # (the places an opening sentence supports next, each for a measure of its own: rounds 316, 203, 221, 279)
    (("营口市",), "3.发展县域货源集散。支持大石桥市建设镁质材料铁路集货站，支持盖州市建设果蔬冷链集货中心。", ("大石桥市", "盖州市")),
    # (a company newly brought in and registered there: round 317)
    (("湛江市",), "（二）引进培育龙头企业。对新引进并在湛江综合保税区内注册开展跨境电商业务的企业给予奖励。", ("湛江综合保税区",)),
])
def test_where_an_item_applies_rounds_316_317(scope: tuple[str, ...], text: str, places: tuple[str, ...]) -> None:
    from bri_kb.gazetteer import gazetteer
    from bri_kb.ingest.applicability import Applicability, clause_scope

    assert clause_scope(Applicability(scope, "面向发布"), text, text[:3], {}, {}, gazetteer()).places == places


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_two_organs_signing_side_by_side_with_their_names_wrapped(suffix: str) -> None:
    """Regression (round 318): the 落款's two organs, each name wrapped in its column, were a clause of item 三 (in the PDF
    read line by line across the columns: 中国（云南）自由贸易试验区 红河哈尼族彝族自治州 / 红河片区管理委员会 商务局)."""
    parsed = ingest_file(OFFICE / "blind318" / f"blind318_honghe_banfa{suffix}")
    signature = next(c for c in parsed.clauses if str(c.kind) == "signature")
    assert signature.text == "中国（云南）自由贸易试验区红河片区管理委员会 红河哈尼族彝族自治州商务局"
    assert not any("红河片区管理委员会" in c.text and str(c.kind) == "paragraph" for c in parsed.clauses)
