from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.gazetteer import gazetteer
from bri_kb.ingest.relations import link_repeals
from bri_kb.model import DocNumber, Document
from bri_kb.query.where import COVERS, NO, PART, coverage
from bri_kb.vocabulary import in_force

from .conftest import GOLDEN
from .test_structure import FTZ_DECISION, clauses_of

runner = CliRunner()
ELEVEN = [f"中国（{p}）自由贸易试验区" for p in "上海 广东 天津 福建 辽宁 浙江 河南 湖北 重庆 四川 陕西".split()]


def test_ftz_rows_apply_to_the_eleven_zones_named_in_the_decision(compilation) -> None:  # type: ignore[no-untyped-def]
    rows = [c for c in clauses_of(compilation, FTZ_DECISION) if c.kind == "table_row"]
    golden = json.loads((GOLDEN / "guofa_2017_57_applicability.json").read_text(encoding="utf-8"))
    got = [{"label": c.label, "applies_to": list(c.applies_to),
            "already_in_force_before": "此前已在" in c.applies_reason,
            "regulations": [{"name": n, "articles": list(a)} for n, a in c.regulations]} for c in rows]
    assert got == golden
    assert all(sorted(c.applies_to) == sorted(ELEVEN) for c in rows)
    assert all("上海、广东、天津、福建" in c.applies_reason for c in rows[:9])
    assert all("适用于所有自由贸易试验区" in c.applies_reason for c in rows[9:])


def test_scope_sentence_decides_the_regulation(compilation) -> None:  # type: ignore[no-untyped-def]
    art = next(c for c in clauses_of(compilation, "中国（浙江）自由贸易试验区条例") if c.label == "第三十二条")
    assert art.applies_to == ("中国（浙江）自由贸易试验区",)
    assert "本条例适用于" in art.applies_reason


@pytest.mark.parametrize("spelling", ["河南", "豫", "河南省", "郑州", "河南自贸区", "中国（河南）自由贸易试验区"])
def test_place_spellings_resolve(spelling: str) -> None:
    place = gazetteer().resolve(spelling)
    assert place is not None and place.province == "河南省"


@pytest.mark.parametrize(("spelling", "area"), [
    ("临港新片区", "中国（上海）自由贸易试验区临港新片区"), ("上海临港新片区", "中国（上海）自由贸易试验区临港新片区"),
    ("科技创新片区", "中国（北京）自由贸易试验区科技创新片区"), ("两江片区", "中国（重庆）自由贸易试验区两江片区"),
    ("天津港东疆片区", "中国（天津）自由贸易试验区天津港东疆片区"),
    ("南沙自贸区", "中国（广东）自由贸易试验区广州南沙新区片区"), ("宁波自贸片区", "中国（浙江）自由贸易试验区宁波片区"),
])
def test_a_zones_one_area_resolves_by_its_name_alone(spelling: str, area: str) -> None:
    """Regression (round 162): --where 临港新片区 was an unknown place (only 上海自贸试验区临港新片区 resolved): a 片区
    whose name holds no city's resolved only after its zone's name."""
    gaz = gazetteer()
    assert (place := gaz.resolve(spelling)) is not None and place.name == area
    assert coverage(["上海市"], gaz.resolve("临港新片区") or place, gaz)[0] == COVERS  # the city's rules apply there


def test_coverage_rules() -> None:
    gaz = gazetteer()
    henan, zhengzhou, jiangxi = gaz.resolve("河南"), gaz.resolve("郑州"), gaz.resolve("江西")
    assert henan and zhengzhou and jiangxi
    assert coverage(["全国"], jiangxi, gaz)[0] == COVERS  # national rule covers every province
    assert coverage(["河南省"], zhengzhou, gaz)[0] == COVERS  # provincial rule covers its cities
    assert coverage(["西安市"], gaz.resolve("陕西") or henan, gaz) == (PART, "西安市")  # city rule: part of province
    assert coverage(ELEVEN, henan, gaz) == (PART, "中国（河南）自由贸易试验区")  # FTZ rule: part of its province
    assert coverage(ELEVEN, jiangxi, gaz)[0] == NO
    assert coverage(["河南省"], jiangxi, gaz)[0] == NO


def ask(*args: str) -> list[dict]:
    result = runner.invoke(app, ["ask", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["results"]


def test_where_filter_on_the_ftz_table(kb_env: Path) -> None:
    row5 = "允许设立外商独资经营的娱乐场所"
    assert not any(row5 in h["text"] for h in ask("外商独资经营娱乐场所", "--where", "江西"))
    for spelling in ["河南", "豫", "河南省", "郑州", "河南自贸区"]:
        hits = ask("外商独资经营娱乐场所", "--where", spelling, "--k", "3")
        top = next(h for h in hits if row5 in h["text"])
        if spelling != "河南自贸区":
            assert "中国（河南）自由贸易试验区" in top["note"]


def test_where_filter_keeps_national_and_drops_other_provinces(kb_env: Path) -> None:
    hits = ask("一带一路 建设 实施方案", "--where", "江西", "--k", "20")
    regions = {h["region"] for h in hits}
    assert regions <= {"江西省", "全国", ""} and "江西省" in regions
    city = ask("一带一路 行动计划", "--where", "陕西", "--k", "20")
    assert any(h["region"] == "西安市" and "属陕西省的一部分" in h["note"] for h in city)


def test_bri_where_command(kb_env: Path) -> None:
    result = runner.invoke(app, ["where", "国发〔2017〕57号", "5"])
    assert result.exit_code == 0, result.output
    assert "中国（河南）自由贸易试验区" in result.stdout and "上海、广东、天津、福建" in result.stdout
    data = json.loads(runner.invoke(app, ["where", "浙江）自由贸易试验区条例", "第三十二条", "--format", "json"]).stdout)
    assert data["applies_to"] == ["中国（浙江）自由贸易试验区"] and data["from"] == "2018-01-01"


def test_as_of_keeps_only_rules_known_in_force(kb_env: Path) -> None:
    before = ask("船籍港 国际船舶登记", "--as-of", "2017-06-01")
    assert not any("第三十二条" == h["label"] for h in before)
    after = ask("船籍港 国际船舶登记", "--as-of", "2018-06-01")
    assert after and after[0]["label"] == "第三十二条"
    assert all(h["in_force"]["from"] and h["in_force"]["from"] <= "2018-06-01" for h in after)


def _doc(doc_id: str, number: str | None, effective: str | None, repeals: tuple[str, ...] = ()) -> Document:
    dn = DocNumber(number, "国科发资", 2015, "1") if number else None
    return Document(doc_id, f"文件{doc_id}", dn, (), "ministry", "全国", None, None, effective, None, None, "f", 1, 2,
                    repeals=repeals)


def test_repeal_links_and_time_rules() -> None:
    old = _doc("a", "国科发资〔2015〕423号", "2015-12-06")
    new = _doc("b", None, "2017-06-22", repeals=("国科发资〔2015〕423号",))
    old2, new2 = link_repeals([old, new])
    assert old2.repealed_by == "b" and old2.expires == "2017-06-21" and new2.repealed_by is None
    assert in_force(old2, "2016-01-01") is True and in_force(old2, "2017-07-01") is False
    assert in_force(_doc("c", None, None), "2017-01-01") is None  # unknown is never "in force"


def test_counties_and_prefectures_resolve_from_the_division_codes() -> None:
    """Regression: --where 敦煌 or 汶川 was an unknown place (a hand list of 388 cities)."""
    from bri_kb.gazetteer import DIVISIONS_SOURCE, gazetteer
    from bri_kb.query.where import COVERS, NO, coverage

    gaz = gazetteer()
    dunhuang, wenchuan = gaz.resolve("敦煌"), gaz.resolve("汶川县")
    assert dunhuang is not None and (dunhuang.name, dunhuang.province, dunhuang.city) == ("敦煌市", "甘肃省", "酒泉市")
    assert wenchuan is not None and (wenchuan.kind, wenchuan.province) == ("county", "四川省")
    assert sum(1 for p in gaz.places.values() if p.kind == "county") > 2500, DIVISIONS_SOURCE
    assert gaz.resolve("鼓楼区") is None and "南京市鼓楼区" in gaz.near("鼓楼区")  # several share the name
    assert coverage(["甘肃省"], dunhuang, gaz)[0] == COVERS
    assert coverage(["酒泉市"], dunhuang, gaz)[0] == COVERS
    assert coverage(["中国（四川）自由贸易试验区"], wenchuan, gaz)[0] == NO
    assert not [p for p in gaz.mentions("城关镇东城区的河东街道") if p.kind == "county"]  # never found inside texts


def test_a_chongqing_district_is_chongqings() -> None:
    """Regression: 沙坪坝区 and 渝中区 resolved to no place: the division codes keep them twice, under 500000 重庆市
    and under 5102, from when 重庆 was a city of 四川, and the two readings were taken for two places."""
    from bri_kb.gazetteer import gazetteer
    from bri_kb.query.where import COVERS, coverage

    gaz = gazetteer()
    for name in ("沙坪坝区", "渝中区", "九龙坡区"):
        place = gaz.resolve(name)
        assert place is not None and (place.kind, place.province) == ("county", "重庆市")
        assert coverage(["重庆市"], place, gaz)[0] == COVERS
    assert gaz.resolve("江北区") is None and "重庆市江北区" in gaz.near("江北区")  # 宁波's shares the name


def test_filters_say_what_they_hid(kb_env: Path) -> None:
    """Regression: --where 江西 hid 国发〔2017〕57号 第5项 without a word."""
    data = json.loads(runner.invoke(app, ["ask", "外商能独资开娱乐场所吗", "--where", "江西", "--format", "json", "--k", "5"]).stdout)
    hidden = {(h["doc_number"], h["label"]): h["reason"] for h in data["filtered_out"]}
    reason = hidden[("国发〔2017〕57号", "第5项")]
    assert reason.startswith("仅适用于") and "11个自贸试验区，不含江西省" in reason
    assert set(data["filtered_out"][0]) == {"clause_id", "doc_number", "label", "reason"}
    md = runner.invoke(app, ["ask", "外商能独资开娱乐场所吗", "--where", "江西", "--format", "md", "--k", "3"]).stdout
    table = runner.invoke(app, ["ask", "外商能独资开娱乐场所吗", "--where", "江西", "--k", "3"]).stdout
    assert "筛选条件隐去了" in md and "国发〔2017〕57号 第5项" in md and "筛选条件隐去了" in table
    plain = json.loads(runner.invoke(app, ["ask", "外资能开KTV吗", "--format", "json", "--k", "3"]).stdout)
    assert plain["filtered_out"] == []


def test_a_decision_without_a_start_date_is_in_force_from_its_date(kb_env: Path) -> None:
    """Regression: --as-of dropped 国发〔2017〕57号 (no 施行 date printed); it takes effect on its 成文 date."""
    hits = ask("外商独资经营娱乐场所", "--as-of", "2018-06-01")
    row = next(h for h in hits if h["doc_number"] == "国发〔2017〕57号")
    assert row["in_force"]["from"] == "2017-12-25" and row["in_force"]["from_basis"] == "成文日期"
    before = json.loads(runner.invoke(app, ["ask", "外商独资经营娱乐场所", "--as-of", "2017-06-01", "--format", "json"]).stdout)
    assert not any(h["doc_number"] == "国发〔2017〕57号" for h in before["results"])
    assert any("尚未施行" in h["reason"] for h in before["filtered_out"])
    where = runner.invoke(app, ["where", "国发〔2017〕57号", "5"]).stdout
    assert "效力：自2017-12-25起（依据成文日期）" in where and "in force" not in where


def test_a_zone_and_a_city_are_related_by_the_zones_areas() -> None:
    """Regression: --where 郑州 said the 河南 FTZ rule applies in 'a part of 郑州市' from the province alone;
    the zone spans the 郑州, 开封 and 洛阳 片区."""
    from bri_kb.gazetteer import gazetteer
    from bri_kb.query.where import NO, PART, coverage

    gaz = gazetteer()
    zone = ["中国（河南）自由贸易试验区"]
    assert coverage(zone, gaz.resolve("郑州"), gaz) == (PART, "中国（河南）自由贸易试验区郑州片区")
    assert coverage(zone, gaz.resolve("洛阳"), gaz) == (PART, "中国（河南）自由贸易试验区洛阳片区")
    assert coverage(zone, gaz.resolve("新乡"), gaz)[0] == NO  # no 片区 there
    assert coverage(zone, gaz.resolve("河南"), gaz) == (PART, "中国（河南）自由贸易试验区")


def test_where_groups_clauses_that_apply_alike(kb_env: Path) -> None:
    """Regression: `bri where 国发〔2017〕57号` printed the same eleven zones 26 times."""
    text = runner.invoke(app, ["where", "国发〔2017〕57号"]).stdout
    assert "第1项至第9项（9条）" in text and "第10项至第16项（7条）" in text
    assert text.count("中国（陕西）自由贸易试验区") <= 5
