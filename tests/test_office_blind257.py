"""What an analyst downloads in an afternoon on 跨境电商, 海外仓 and 市场采购贸易 support (tests/data/office/blind257, made
by make_blind257.py by someone who had not read the reader): measures for what stands within a place."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def _place(name: str, start: str) -> tuple[str, ...]:
    return next(c.applies_to for c in ingest_file(OFFICE / name).clauses if c.text.startswith(start))


@pytest.mark.parametrize(("name", "start", "places"), [
    # (a district named without its city, the measure for what stands within it)
    ("blind257/blind257_qingdao_shenbao.pdf", "（三）市场采购贸易主体培育", ("即墨区",)),
    ("blind257/blind257_wuhan_xize.docx", "第七条", ("黄陂区",)),
    # (a table row's measure cell: 对在…内)
    ("blind257/blind257_chongqing_qingdan.pdf", "类别：跨境电商\n序号：3", ("重庆西永综合保税区", "重庆两路果园港综合保税区")),
    ("blind257/blind257_chongqing_qingdan.docx", "类别：市场采购贸易\n序号：11", ("沙坪坝区",)),
    # (earlier rounds' files read better the same way)
    ("blind203/blind203_suifenhe_banfa.pdf", "第八条", ("绥芬河综合保税区",)),
])
def test_a_measure_for_what_stands_within_a_place_applies_there(name: str, start: str, places: tuple[str, ...]) -> None:
    """Regression: 对在即墨区市场采购贸易方式试点范围内新增备案的…, 在绥芬河综合保税区标准厂房内开展落地加工的企业… applied in
    the document's whole city or province."""
    assert _place(name, start) == places


def test_a_name_that_only_opens_with_nei_is_no_within() -> None:
    """A guard: 支持长沙黄花国际机场加密至内罗毕…的航线 is for no place within 长沙 (内罗毕 is a city abroad)."""
    assert _place("blind94/blind94_hunan_shishiyijian.pdf", "3.拓展国际航空货运网络") == ("湖南省",)
