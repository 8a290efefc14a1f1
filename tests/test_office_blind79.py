"""Government web pages saved as PDF by printing from a browser (the site's head, breadcrumb, 信息公开 grid,
tools, share buttons, related links and footer around a notice, a 解读 and a call for applications), with the
HTML pages themselves, by someone who had not read the reader (tests/data/office/blind79, made by
make_blind79.py with headless Chromium)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.applicability import Applicability, inherited
from bri_kb.ingest.gazette import site_head
from bri_kb.ingest.segment import Segment
from bri_kb.vocabulary import Kind
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind79"
AREAS = ("中国（浙江）自由贸易试验区舟山片区", "中国（浙江）自由贸易试验区宁波片区", "中国（浙江）自由贸易试验区杭州片区")


def test_a_sites_head_and_record_grid_over_a_printed_page_are_no_document() -> None:
    """Regression: in the browser's PDF, the site's name, English name, menu and breadcrumb made a document of
    their own with the 信息公开 grid (索引号｜…｜主题分类｜…) as its rows, and the notice lost its 文号 to it."""
    parsed = ingest_file(BLIND / "blind79_zhejiang_notice.pdf")
    (doc,) = parsed.documents
    assert doc.title == "浙江省商务厅关于支持中国（浙江）自由贸易试验区深度融入高质量共建“一带一路”的通知"
    assert (doc.doc_number and doc.doc_number.text, doc.published, doc.signed) == (
        "浙商务发〔2024〕37号", "2024-05-24", "2024-05-20")
    texts = [c.text for c in parsed.clauses]
    assert texts[0].startswith("为深入贯彻落实党中央") and not any("索引号" in t or "分享到" in t for t in texts)


@pytest.mark.parametrize("stem", ["blind79_qinzhou_attach", "blind79_xiamen_jiedu"])
def test_a_sites_head_is_not_the_title_of_the_page_it_prints(stem: str) -> None:
    """Regression: the site's name (中国（广西）自由贸易试验区钦州港片区, 厦门市人民政府 with its menu) was the title of
    the browser's PDF, and the notice's own title, 文号 and 主送 were clauses; the related links, the download list
    and the footer (主办：…承办：…) were clauses too."""
    (doc,) = ingest_file(BLIND / f"{stem}.pdf").documents
    html = ingest_file(BLIND / f"{stem}.html").documents[0]
    assert doc.title == html.title and (doc.doc_number and doc.doc_number.text) == (
        html.doc_number and html.doc_number.text)
    texts = [c.text for c in ingest_file(BLIND / f"{stem}.pdf").clauses]
    assert not any(t.startswith(("首页", "China", "相关解读", "主办：")) or "KB）" in t for t in texts)


def test_a_sites_head_is_the_short_lines_above_a_breadcrumb_at_the_top() -> None:
    """Only short lines, no sentence among them, above a breadcrumb within the first lines are the site's head."""
    head = ["浙江省商务厅", "Department of Commerce", "首页 机构概况 政务公开", "您当前的位置：首页>政务公开", "正文。"]
    assert site_head(head, [None] * 5) == [0, 1, 2]
    assert site_head(["关于做好申报工作的通知。", "当前位置：首页", "正文"], [None] * 3) == []
    assert site_head(["标题", "正文一", "正文二", "正文三", "正文四", "正文五", "当前位置：首页"], [None] * 7) == []


def test_items_under_a_measure_for_named_zones_apply_there() -> None:
    """Regression: （四）…支持舟山片区、宁波片区、杭州片区开展…试点，具体包括： applied in the three 片区, its items
    1. and 2. (the pilot's measures) province-wide."""
    parsed = ingest_file(BLIND / "blind79_zhejiang_notice.pdf")
    places = {c.label: c.applies_to for c in parsed.clauses}
    assert places["（四）"] == places["1."] == places["2."] == AREAS
    assert places["（五）"] == ("浙江省",)


def test_an_item_naming_a_zone_of_its_own_keeps_its_own_place() -> None:
    """An item under a clause for some zones takes their place only if it names no other zone, and a paragraph
    of its own never does."""
    from bri_kb.gazetteer import gazetteer

    scope = Applicability(("江苏省",), "面向江苏省发布")
    zones = Applicability(("中国（江苏）自由贸易试验区苏州片区",), "条文开头")
    paths = [(), ("（六）",), ("（六）",), ("（六）",)]
    texts = ["（六）在苏州片区开展试点", "（1）南京片区：建设…", "（2）开展…", "专栏2 …"]
    kinds = [Kind.ITEM, Kind.ITEM, Kind.ITEM, Kind.PARAGRAPH]
    segments = [Segment(f"第{n}项", kind, path, text, ())
                for n, (path, text, kind) in enumerate(zip(paths, texts, kinds, strict=True))]
    got = inherited(scope, [zones, scope, scope, scope], segments, gazetteer())
    assert [g.places for g in got] == [zones.places, scope.places, zones.places, scope.places]
