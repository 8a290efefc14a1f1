"""FTZ measures that apply in some places and not others — a 省政府办公厅 实施意见 naming its 片区 every way, a 市商务局
notice on a 综保区, a 片区 细则 whose scope adds two counties' 联动发展区 — written by someone who had not read the
reader (tests/data/office/blind113, made by make_blind113.py)."""

from __future__ import annotations

import pytest

from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.place_names import each_area
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind113"
NANSHA, QIANHAI, HENGQIN = (f"中国（广东）自由贸易试验区{a}" for a in ("广州南沙新区片区", "深圳前海蛇口片区", "珠海横琴新区片区"))


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_items_for_some_zone_areas_and_not_others(suffix: str) -> None:
    """Regression: 在广州南沙、深圳前海蛇口、珠海横琴片区试点… (the word 片区 once, after the last) and 南沙片区, 横琴片区
    (the names people use for 广州南沙新区片区, 珠海横琴新区片区) narrowed nothing; 除横琴片区外，其他片区… applied in
    横琴 too; （五） lost 南沙, and an item whose last sentence puts 横琴 off (另行部署，不适用本项规定) kept it."""
    clauses = {c.label: c for c in ingest_file(BLIND / f"blind113_guangdong_opinions.{suffix}").clauses}
    assert set(clauses["（一）"].applies_to) == {NANSHA, QIANHAI, HENGQIN}
    assert set(clauses["（二）"].applies_to) == {NANSHA, QIANHAI}
    assert set(clauses["（三）"].applies_to) == {NANSHA, QIANHAI}
    assert clauses["（四）"].applies_to == (HENGQIN,)
    assert set(clauses["（五）"].applies_to) == {NANSHA, QIANHAI}


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_article_that_leaves_out_the_linked_counties(suffix: str) -> None:
    """Regression: 第六条 (本条不适用于联动发展区内企业) and 第八条 (联动发展区…由所在县人民政府…另行制定) applied in the
    two counties the scope article adds, so `--where 陇川县` answered with 第六条 first."""
    clauses = {c.label: c for c in ingest_file(BLIND / f"blind113_dehong_rules.{suffix}").clauses}
    assert clauses["第六条"].applies_to == clauses["第八条"].applies_to == ("中国（云南）自由贸易试验区德宏片区",)
    assert set(clauses["第十条"].applies_to) == {"中国（云南）自由贸易试验区德宏片区", "陇川县", "盈江县"}


def test_zone_areas_as_people_name_them() -> None:
    assert each_area("在福州、厦门片区推广") == "在福州片区、厦门片区推广"
    assert each_area("支持钦州港片区、崇左片区与东盟") == "支持钦州港片区、崇左片区与东盟"
    gaz = gazetteer()
    assert [p.name for p, _, _ in gaz.areas_in("南沙片区和横琴片区")] == [NANSHA, HENGQIN]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_rows_scope_of_the_zone_with_no_province_named(suffix: str) -> None:
    """Regression: a 复制推广清单 row whose 推广范围 is 自贸试验区各片区 applied in all 广东省 (the column named no
    province: in a province's document it is that province's zone, each of its 片区); 全省 stays the province."""
    rows = [c for c in ingest_file(BLIND / f"blind113_guangdong_opinions.{suffix}").clauses if c.fields.get("推广范围")]
    zone = {c.fields["序号"]: set(c.applies_to) for c in rows}
    assert zone["4"] == zone["6"] == {NANSHA, QIANHAI, HENGQIN}
    assert zone["1"] == {"广东省"}
