"""Scanned 公文 made searchable — each page a picture of the printed page, an invisible text layer that character
recognition laid over it, with its misreadings — written by someone who had not read the reader
(tests/data/office/blind134, made by make_blind134.py)."""

from __future__ import annotations

import pytest

from bri_kb.ingest.text import ocr_misreads
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind134"


def test_the_gaps_recognition_left_between_characters() -> None:
    """Regression: the layer's narrow gaps between Chinese characters were read as spaces (（ 三 ）, 第 七 条,
    培育资 金, 一 带 一 路), so the item's number and the article's were not found and words were cut; the space after
    an article's number, a character wide, stays a space."""
    notice = ingest_file(BLIND / "blind134_jxsw_notice.pdf")
    assert any(c.label == "三、（三）" and c.text.startswith("（三）做好宣传总结") for c in notice.clauses)
    assert not any("一 带" in c.text for c in notice.clauses)
    rules = ingest_file(BLIND / "blind134_fzpq_rules.pdf")
    assert rules.documents[0].title == "中国（福建）自由贸易试验区福州片区“丝路海运”航线培育资金实施细则"
    assert [c.label for c in rules.clauses if c.kind == "article"] == [
        f"第{n}条" for n in "一二三四五六七八九十"] + ["第十一条", "第十二条", "第十三条"]


def test_dates_and_figures_recognition_misread() -> None:
    """Regression: 2024年4月18曰 (曰 for 日) gave the notice no 成文日期, 有效期至2026年6月3〇日 the rules no end, and
    l.2亿元, 55〇列 and 己在 stayed as misread."""
    notice = ingest_file(BLIND / "blind134_jxsw_notice.pdf")
    assert notice.documents[0].signed == "2024-04-18"
    text = "\n".join(c.text for c in notice.clauses)
    assert "1.2亿元" in text and "己" not in text
    assert ingest_file(BLIND / "blind134_fzpq_rules.pdf").documents[0].expires == "2026-06-30"


@pytest.mark.parametrize(("read", "meant"), [
    ("2024年4月18曰", "2024年4月18日"), ("6月3〇日", "6月30日"), ("开行55〇列", "开行550列"), ("资金l.2亿元", "资金1.2亿元"),
    ("突破l万标箱", "突破1万标箱"), ("企业己在", "企业已在"), ("追回己拨付资金", "追回已拨付资金"), ("早己", "早已"),
    ("企业自己", "企业自己"), ("以服务为己任", "以服务为己任"), ("二〇二四年", "二〇二四年"), ("PI值", "PI值"),
    ("www.a.com/l2", "www.a.com/l2"), ("I类", "I类")])
def test_what_recognition_misreads(read: str, meant: str) -> None:
    assert ocr_misreads(read) == meant


def test_the_seal_as_recognition_read_it() -> None:
    """Regression: the red seal's ring and star, read as a line (沣西省商夯斤一 ★ ·), stood between the last item and
    the 落款, so the organ and the date were clauses of （三） (or ran into 第十三条); it is left out and counted."""
    for name, organ in (("blind134_jxsw_notice.pdf", "江西省商务厅"),
                        ("blind134_fzpq_rules.pdf", "中国（福建）自由贸易试验区福州片区管理委员会")):
        parsed = ingest_file(BLIND / name)
        assert not any("★" in c.text for c in parsed.clauses), name
        assert [c.text for c in parsed.clauses if c.kind == "signature"][0] == organ, name
        assert parsed.report.removed.get("seal_text") == 1, name


def test_a_borderless_table_with_centred_cells_in_a_recognised_layer() -> None:
    """Regression: the 重点项目表's cells are vertically centred, so a row's one-line cells (所在地, 总投资) stand half a line
    below the first of its wrapped ones: the columns 项目名称 to 总投资 ran together under one header (项目名称 所在地 合作国别
    总投资赣州国际陆港…) and every row held pieces of its neighbours' (…兰8600印度尼西亚中爪)."""
    rows = [c.fields for c in ingest_file(BLIND / "blind134_jxsw_notice.pdf").clauses if c.kind == "table_row"]
    assert rows[0] == {"序号": "1", "项目名称": "赣州国际陆港中欧班列集结中心扩能项目", "所在地": "赣州市南康区",
                       "合作国别": "哈萨克斯坦、波兰", "总投资": "8600", "建设期限": "2024—2025年"}
    assert [r["总投资"] for r in rows] == ["8600", "12500", "3200", "15800", "1800", "2400", "6700", "51000"]
