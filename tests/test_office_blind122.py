"""Notices to the public and results announced — a city's 通告 for a bonded area, a 通报 ranking the 片区 with praise
and criticism, and an alliance's 倡议书 saved from a portal — written by someone who had not read the reader
(tests/data/office/blind122, made by make_blind122.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind122"


def test_an_attachment_list_wrapped_under_a_hanging_indent() -> None:
    """Regression: in the PDF the 附件说明's first name went on under a hanging indent (…评估指 / 标体系), which read as a
    paragraph of its own: the attachments were cut to one, 标体系 became a clause labelled 四、（四）, and the second
    name took the 落款's organ with it."""
    parsed = ingest_file(BLIND / "blind122_zhejiang_report.pdf")
    assert parsed.documents[0].attachments == ("2024年度自由贸易试验区制度创新成果评估指标体系",
                                               "2024年度自由贸易试验区最佳制度创新案例名单")
    assert not any(c.text == "标体系" for c in parsed.clauses)
    assert [c.text for c in parsed.clauses if c.kind == "signature"][:1] == ["浙江省商务厅"]


def test_a_reports_closing_hope_is_no_part_of_its_last_point() -> None:
    """Regression: 希望受到表扬的单位珍惜荣誉… (the 通报's close, above the 附件说明) was （四）第2段."""
    clauses = ingest_file(BLIND / "blind122_zhejiang_report.pdf").clauses
    hope = next(c for c in clauses if c.text.startswith("希望受到表扬的单位"))
    assert hope.path == ()


def test_an_attachment_title_set_in_two_paragraphs_as_its_note_names_it() -> None:
    """Regression: the Word file set the attachment's title in two paragraphs (海沧保税港区围网区域四至范围 / 及卡口位置示意图);
    the second was a clause of its own. The 附件说明 names the whole title, so the two are one."""
    clauses = ingest_file(BLIND / "blind122_xiamen_notice.docx").clauses
    heading = next(c for c in clauses if c.kind == "heading" and c.text.startswith("附件"))
    assert heading.text.endswith("海沧保税港区围网区域四至范围及卡口位置示意图")
    assert not any(c.text == "及卡口位置示意图" for c in clauses)


def test_a_proposal_signed_by_an_alliance_under_a_portals_source_line() -> None:
    """Regression: the 倡议书's issuer was the portal's 来源 (陕西自贸办): the alliance that signs it
    (中国（陕西）自由贸易试验区企业联盟, over the date) was a paragraph of 倡议 五, and so was the closing call
    (让我们携起手来…！)."""
    parsed = ingest_file(BLIND / "blind122_shaanxi_proposal.html")
    assert parsed.documents[0].issuers == ("中国（陕西）自由贸易试验区企业联盟",)
    signature = [c.text for c in parsed.clauses if c.kind == "signature"]
    assert signature == ["中国（陕西）自由贸易试验区企业联盟", "2024年9月18日"]
    assert next(c for c in parsed.clauses if c.text.startswith("让我们")).path == ()


def test_zone_areas_that_each_did_something() -> None:
    """Regression: 杭州片区、金义片区分别在…形成一批首创性成果 applied in all 浙江 (分别 after the 片区 they name)."""
    clause = next(c for c in ingest_file(BLIND / "blind122_zhejiang_report.docx").clauses if c.text.startswith("杭州片区、金义片区"))
    assert clause.applies_to == ("中国（浙江）自由贸易试验区杭州片区", "中国（浙江）自由贸易试验区金义片区")


def test_items_for_the_cities_beside_the_zone() -> None:
    """Regression: （一）衢州联动创新区要… and （二）湖州联动创新区、台州联动创新区要… applied in all 浙江 (a 联动创新区 lies in
    the city it is named after), so `--where 湖州` also gave 衢州's 整改 item."""
    applies = {c.label: c.applies_to for c in ingest_file(BLIND / "blind122_zhejiang_report.docx").clauses}
    assert applies["（一）"] == ("衢州市",) and applies["（二）"] == ("湖州市", "台州市")


def test_a_heading_over_a_paragraph_that_opens_with_its_area() -> None:
    """Regression: the paragraph under 二、表扬情况 opening with the 片区 it is about (舟山片区围绕…) did not narrow it, so
    the praise of 舟山 applied in all 浙江. (The heading heads it: a clause of its own since round 348.)"""
    for name in ("blind122_zhejiang_report.docx", "blind122_zhejiang_report.pdf"):
        clause = next(c for c in ingest_file(BLIND / name).clauses if c.text.startswith("舟山片区围绕"))
        assert clause.path == ("二、表扬情况",), name
        assert clause.applies_to == ("中国（浙江）自由贸易试验区舟山片区",), name
