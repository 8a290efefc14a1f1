"""Customs and commerce lists with codes and figures (a 海关总署公告 with a 商品清单 of tariff codes, a 商务厅公告 with
an 企业名单 of credit codes, a joint 通知 full of figures), as .docx and LibreOffice PDF, by someone who had not read
the reader (tests/data/office/blind87, made by make_blind87.py)."""

from __future__ import annotations

import pytest

from bri_kb.model import Kind
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind87"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_first_batch_the_other_zones_may_follow_is_no_limit_on_where(suffix: str) -> None:
    """Regression: 首批在上海、广东、重庆、广西、云南自由贸易试验区实施，其他自由贸易试验区可参照执行 limited the 公告 and its
    list to the five zones named, so a filter on any other zone missed it."""
    parsed = ingest_file(BLIND / f"blind87_haiguan_gonggao.{suffix}")
    places = {c.applies_to for c in parsed.clauses}
    assert len(places) == 1 and len(next(iter(places))) > 5


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_name_wrapped_in_its_cell_is_one_name(suffix: str) -> None:
    """Regression: in the Word file, a cell's two lines were joined with a space, which broke names a search
    looks for whole (长沙黄花综保区跨境电商产业园 运营管理有限公司, …发动机的 小轿车…); two organs one under the other in a
    cell keep theirs (round 9's 苏南硕放国际机场 无锡海关 is unchanged)."""
    names = [c.text for c in ingest_file(BLIND / f"blind87_hunan_mingdan.{suffix}").clauses if c.kind == Kind.TABLE_ROW]
    assert any("企业名称：长沙黄花综保区跨境电商产业园运营管理有限公司" in t for t in names)
    goods = [c.text for c in ingest_file(BLIND / f"blind87_haiguan_gonggao.{suffix}").clauses]
    assert any("仅装有点燃往复式活塞内燃发动机的小轿车（1500ml＜排量≤2000ml）" in t for t in goods)
    assert any("鲜或干的柑橘（包括小蜜橘及萨摩蜜柑橘）" in t for t in goods)


def test_two_organs_one_under_the_other_in_a_cell_stay_apart() -> None:
    from bri_kb.ingest.conventions import cell_text

    assert cell_text("苏南硕放国际机场\n无锡海关") == "苏南硕放国际机场 无锡海关"
    assert cell_text("省商务厅（省口岸办）\n海关总署广东分署") == "省商务厅（省口岸办） 海关总署广东分署"
    listed = "下列船舶应当登记：\n（一）中国公民的船舶；\n（二）中国法人的船舶。"
    assert cell_text(listed) == "下列船舶应当登记： （一）中国公民的船舶； （二）中国法人的船舶。"
    assert cell_text("湖南郴州跨境电商综合服务\n有限公司") == "湖南郴州跨境电商综合服务有限公司"


def test_an_imprints_office_wrapped_under_the_cc_list_is_the_printing_office() -> None:
    """Regression: in the PDF the 印发 line wraps (湖南省商务厅办公室 / 2024年9月4日印发), and the office was read into
    the 抄送 list, with no 印发 office."""
    (doc,) = ingest_file(BLIND / "blind87_hunan_tongzhi.pdf").documents
    assert (doc.cc, doc.printed_by) == ("商务部自贸区港司，财政部湖南监管局，省发展改革委，长沙海关。", "湖南省商务厅办公室")
