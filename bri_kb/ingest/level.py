"""An issuer's level and the place it governs: state_council, ministry,
provincial, municipal, county or other, read from the issuers' names, the
title and the 文号's code (豫政 -> 河南省)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.gazetteer import NATIONAL, Gazetteer, Place
from bri_kb.ingest.jurisdiction import (
    PLACE_LEVELS,
    area_city,
    city_organ,
    county_of,
    customs_province,
    joint_places,
    one_place,
    organ_named_in,
)
from bri_kb.vocabulary import DocNumber

# (the parties of an agreement or talks' 纪要: a foreign side the gazetteer places nowhere is no issuer's place)
_SIDES = re.compile(r"(?:协议|备忘录|合同|意向书|议定书|纪要|联合声明)(?:[（(][^（）()]{1,16}[)）])?$")

STATE_COUNCIL_ORGANS = ("国务院", "国务院办公厅")
_ZONE_COMMITTEE = re.compile(r"(?:开发区|经济区|高新区|新区|园区|保税区|港务区|港区|合作区|示范区|片区)(?:管理委员会|管委会)")
_LOCAL_PARTY = re.compile(r"^(?:中共|中国共产党)(?!中央)")
NATIONAL_ORGAN_HINTS = ("部", "委", "总局", "国务院", "人民银行", "保监会", "银监会", "证监会", "国家", "中国", "海关", "署")
# A division of a company or a zone's service centre (招商服务部, 市场部, 运营部): no ministry, whatever its 部
_DIVISION = re.compile(r"(?:服务|营业|事业|市场|综合|业务|项目|招商|运营|财务|人事)部$")


def _central(organ: str) -> bool:
    """Does an organ's name read as a central organ's (商务部, 国家发展改革委, 海关总署), not a division's (招商服务部)?"""
    return any(h in organ for h in NATIONAL_ORGAN_HINTS) and not _DIVISION.search(organ)


_LOCAL_LEVELS = {"省": "provincial", "市": "municipal", "州": "municipal", "县": "county", "区": "county"}


def _province_code(code: str, gaz: Gazetteer) -> str | None:
    """豫政 -> 河南省; 津科规 -> 天津市 (the first character of a local 文号 code)."""
    return gaz.abbreviations.get(code[:1]) if code else None


_COMPANY = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团公司|集团|分行|支行|分公司)$")


def _province_organ(issuer: str, gaz: Gazetteer) -> str | None:
    """The province whose organ an issuer is (江苏省贸促会, 中国国际贸易促进委员会山东省委员会): the one place its name
    holds, a province; None if it names a city or several places, or none."""
    places = [p for p in gaz.mentions(issuer) if p.kind != "national"]  # (中国… names the state, no place)
    return places[0].name if len(places) == 1 and places[0].kind == "province" else None


def level_and_region(
    title: str, issuers: Sequence[str], doc_number: DocNumber | None, gaz: Gazetteer
) -> tuple[str, str]:
    """The document's level and the place its issuers govern ("" when none is printed; NATIONAL for the state)."""
    if any(i in STATE_COUNCIL_ORGANS for i in issuers) or (
        doc_number and doc_number.issuer_code.startswith(("国发", "国办发", "国函", "国办函"))
    ):
        return "state_council", NATIONAL
    # (a local Party committee's office is its place's as its government's is: 中共龙州县委办公室 is 龙州县's)
    issuers = [organ_named_in(_LOCAL_PARTY.sub("", i), gaz) for i in issuers]
    # (a company that signs an agreement with an organ, 绥芬河片区管理委员会 and …供应链集团有限公司: the organ's place and
    # level are the agreement's)
    issuers = [i for i in issuers if not _COMPANY.search(i)] or issuers
    # (nor does a foreign side the gazetteer places nowhere, 老挝万象赛色塔综合开发区管理委员会, in an agreement or talks' 纪要)
    if _SIDES.search(title):
        issuers = [i for i in issuers if gaz.mentions(i)] or issuers
    # Every issuer one 直属海关 named by its seat (南宁海关): its 关区, the province around it; one 片区's
    # committee: its city's rules; one county's or district's organs (河口瑶族自治县人民政府, 海沧区商务局).
    if province := one_place(issuers, lambda i: customs_province(i, gaz)):
        return "provincial", province
    # (a 直属海关 with its province's organ, 南京海关 and 江苏省贸促会: that province's)
    if any(customs_province(i, gaz) for i in issuers) and (
            province := one_place(issuers, lambda i: customs_province(i, gaz) or _province_organ(i, gaz))):
        return "provincial", province
    # (a 片区's committee with its city's bureau, 厦门片区管理委员会 and 厦门市商务局: that city's rules too)
    beside = any(area_city(i, gaz) for i in issuers)
    if area := one_place(issuers, lambda i: area_city(i, gaz) or (city_organ(i, gaz) if beside else None)):
        return "municipal", area
    if county := one_place(issuers, lambda i: county_of(i, gaz)):
        return "county", county
    # (every issuer a province's own organ, 江苏省发展和改革委员会, or named by its level over a 文号 that names the province,
    # 省发展改革委 and 苏发改外资发〔2026〕137号: the province's, whatever city its title names)
    if (province := one_place(issuers, lambda i: _province_organ(i, gaz))) or issuers and all(
            i.startswith("省") for i in issuers) and doc_number and (province := _province_code(doc_number.issuer_code, gaz)):
        return "provincial", province
    if len(places := joint_places(issuers, gaz)) > 1:
        # organs of several places issuing together (川渝: 四川省商务厅 and 重庆市商务委员会): the lead organ's
        # level and place here; applicability keeps every place
        return PLACE_LEVELS[places[0][1]], places[0][0]
    if not issuers and (area := area_city(title[:40], gaz)):
        return "municipal", area  # (no issuer printed, a title for one 片区: …长沙片区2024年重点任务分工表)
    head = "".join(issuers) + title[:30]
    # A central organ (商务部办公厅, named without a place) issues at ministry level, even to one province
    # (its reply on 陕西's zone): the place the title names is where it applies, not who issued it.
    # (not one named by its level alone, 省发展改革委: a province's, as its own papers name it)
    central = bool(issuers) and all(_central(i) and not gaz.mentions(i)
                                    and i[:1] not in _LOCAL_LEVELS for i in issuers)
    mentioned = gaz.mentions(head)
    for place in mentioned:
        if place.kind == "zone" and issuers and all(_ZONE_COMMITTEE.search(i) and place in gaz.mentions(i) for i in issuers):
            # (a zone's own committee, 洋浦经济开发区管理委员会, 河北雄安新区管理委员会 after its province's name: its
            # rules are for the zone)
            return "municipal", place.name
    for place in mentioned:
        region = place.province if place.kind in ("ftz", "zone") and place.province else place.name
        if central and place.kind in ("city", "province", "ftz", "zone") and region:
            return "ministry", region
        if place.kind == "city":
            return "county" if place.name in gaz.county_level else "municipal", place.name
        if place.kind == "province" and not _qualifies_city(place.name, head, mentioned):
            return "provincial", place.name
        if place.kind in ("ftz", "zone") and place.province:
            return "provincial", place.province
    if doc_number and (province := _province_code(doc_number.issuer_code, gaz)):
        return "provincial", province
    if issuers and all(_ZONE_COMMITTEE.search(i) for i in issuers):
        # a development zone's committee whose name holds no place the gazetteer knows (洋浦经济开发区管理委员会):
        # a local organ, as a 片区's committee is (where, the text tells), not a central 委员会
        return "municipal", ""
    if issuers and all(_TOWNSHIP.search(i) for i in issuers):
        return "other", ""  # (a township's government, 峒岭镇人民政府, below any level a rule is read at)
    if issuers and all(_central(i) for i in issuers):
        return "ministry", NATIONAL
    if doc_number and doc_number.issuer_code.startswith(("国", "财", "商", "发改", "科", "保监", "银", "教")):
        return "ministry", NATIONAL
    if issuers and all(i[:1] in _LOCAL_LEVELS or i.startswith("自治区") for i in issuers):
        # an office that names itself by its level only (市政府办公室, 省商务厅, 自治区人民政府): local, where is not printed
        return "provincial" if issuers[0].startswith("自治区") else _LOCAL_LEVELS[issuers[0][:1]], ""
    if re.search(r"(?:办法|规定|通知|意见|条例|决定|细则|规则|方案|规划|公告|汇编)$", title) and not any(
            _DIVISION.search(i) for i in issuers):
        # a normative document that names no place is a national one (not a page a centre's division put out)
        return "ministry", NATIONAL
    return "other", ""


def _qualifies_city(province: str, head: str, mentioned: Sequence[Place]) -> bool:
    """Does the province's name only qualify one of its cities, printed right after it (陕西省西安市 与…)?"""
    return any(p.kind == "city" and p.province == province and (province + p.name in head
                                                                 or province + p.name.removesuffix("市") in head)
               for p in mentioned)


_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,6}(?:镇|乡)(?:人民政府|政府)$|街道办事处$")


def dominant_place(text: str, gaz: Gazetteer) -> str:
    """The place an unofficial text (a report, an essay) is mostly about: the
    province holding most mentions, or its city when that city dominates."""
    by_province: dict[str, list[str]] = {}
    for place in gaz.all_mentions(text):
        if place.province:
            by_province.setdefault(place.province, []).append(place.name)
    total = sum(len(v) for v in by_province.values())
    if not total:
        return ""
    province, names = max(by_province.items(), key=lambda kv: len(kv[1]))
    if len(names) < 3 or len(names) * 10 < total * 6:
        return ""
    cities = [n for n in names if gaz.places[n].kind == "city"]
    if cities:
        city = max(set(cities), key=cities.count)
        if cities.count(city) * 2 >= len(names):
            return city
    return province
