"""Ordinary pages of four 政务服务 and 政策兑现 sites — a 政策兑现 page for one measure, a 免申即享 清单, a 政策文件 split by
its CMS into three numbered pages within one saved page, a video 解读 with its transcript (tests/data/office/blind201,
made by make_blind201.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind201"


def test_a_sentence_citing_a_document_by_a_linked_title_is_read() -> None:
    """Regression: the 政策依据 (《…若干措施》（南自贸管发〔2024〕12号）第五条、第六条, its title a link) was taken for a
    list of links and dropped without a word; the blocks' titles (<div class="sx-tit"><span>政策依据</span></div>) were
    paragraphs, so 申报时间 and the sections after it fell under 申报材料's last item."""
    parsed = ingest_file(BLIND / "blind201_nanning_duixian.html")
    cited = next(c for c in parsed.clauses if "南自贸管发〔2024〕12号" in c.text)
    assert cited.text.endswith("第五条、第六条。") and cited.path == ("政策依据",)
    headings = [c.text for c in parsed.clauses if c.kind == "heading"]
    assert {"政策依据", "兑现条件", "申报材料"} <= set(headings)


def test_a_list_of_related_links_stays_out() -> None:
    """(a box of several links, each a document with its 文号, is the site's related links, not the text)"""
    from bri_kb.ingest.webpage import html_to_text

    html = ("<html><body><h1>某市商务局关于开展申报的通知</h1><div><p>现将有关事项通知如下。各单位要认真组织申报工作，"
            "按时报送材料，确保申报工作顺利完成。</p></div><div><p><a href='a.html'>关于甲的通知（某商发〔2024〕1号）</a>"
            "<a href='b.html'>关于乙的通知（某商发〔2024〕2号）</a></p></div></body></html>")
    assert "某商发〔2024〕1号" not in html_to_text(html)
