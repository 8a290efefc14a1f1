"""The places a passage names, found with the gazetteer: 片区 (with those a list names under one word), free trade
zones (by name or by their province), cities and counties (by their suffix, in a scope sentence or a cell). Pure
functions that applicability (where a clause applies) builds on."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.gazetteer import Gazetteer, Place
from bri_kb.ingest.text import CJK

_COUNTY = re.compile(r"(?<=[\u4e00-\u9fff])[区县市]")  # (a county-level city too: 汨罗市)
# 片区 listed with the word once, after the last (广州南沙、深圳前海蛇口、珠海横琴片区)
# (or counted: 广州南沙、深圳前海蛇口、珠海横琴3个片区)
_SHARED_WORD = re.compile(r"((?:[\u4e00-\u9fff（）]{2,10}、)+)([\u4e00-\u9fff（）]{2,10}?)(?:\d{1,2}|[两三四五六七八九十])?个?片区")


def names_of(places: Sequence[Place]) -> tuple[str, ...]:
    """The places' names, each once, in order."""
    return tuple(dict.fromkeys(p.name for p in places))


def ftzs_named(text: str, gaz: Gazetteer, on: str | None) -> list[Place]:
    """FTZs a passage names, directly or as 'the FTZs of 上海、广东…', that exist on `on`."""
    out: list[Place] = []
    for place in gaz.mentions(text):
        if place.kind == "ftz":
            out.append(place)
        elif place.kind in ("province", "city") and place.province:
            out += gaz.ftzs_of(place.province)
    return [p for p in out if on is None or p.established is None or p.established <= on]


def ftzs_set_up(gaz: Gazetteer, on: str | None) -> tuple[str, ...]:
    """Every pilot free trade zone set up by `on` (all of them without a day), by name."""
    return names_of([p for p in gaz.places.values() if p.kind == "ftz" and (not on or (p.established or "") <= on)])


def host_of(own: Sequence[str]) -> str | None:
    """Where a bonded zone a document names without its city lies (西永综保区 in 重庆市's text): the document's one
    place, or None when it has several or none."""
    return own[0] if len(own) == 1 else None


def places_in(text: str, gaz: Gazetteer, host: str | None = None) -> list[Place]:
    """The places a scope sentence names, in order: the 片区 (中国（福建）自由贸易试验区厦门片区,
    not its zone and city as well) and bonded zones (天津东疆综合保税区, not 天津市 as well; one named without its
    city, 西永综保区, in the city or county `host`), then the other places, and districts or counties named with
    their suffix (海沧区), which are looked for in a scope sentence only."""
    found: list[tuple[int, Place]] = []
    masked = text
    for place, start, end in [*gaz.areas_in(text), *bonded_zones_in(text, gaz, host)]:
        found.append((start, place))
        masked = masked[:start] + "　" * (end - start) + masked[end:]
    found += [(masked.find(p.name) if p.name in masked else 0, p) for p in gaz.mentions(masked)]
    for m in _COUNTY.finditer(masked):  # the longest name before a 区, 县 or 市 that is a county's (和海沧区: 海沧区)
        end = m.end()
        # (塔什库尔干塔吉克自治县: eleven characters; 泸县, 沛县: one and 县)
        # (a name two cities' districts share, 海州区, is the one in the city of a place named beside it: 连云区、海州区)
        near = {p.city for _, p in found if p.city} | {p.name for _, p in found if p.kind == "city"}
        for start in range(max(0, end - 12), end - (1 if masked[end - 1] == "县" else 2)):
            name = masked[start:end]
            county = gaz.resolve(name) or next((c for city in sorted(near) if (c := gaz.resolve(city + name))), None)
            if county is not None and county.kind == "county":
                found.append((start, county))
                break
    return [p for _, p in sorted(found, key=lambda x: x[0])]


_BONDED_END = re.compile(r"综合保税区|综保区|保税港区")
_NO_NAME = re.compile(r"[、，。；：（）()和与及]|片区")  # (what a zone's own words never hold: 南宁片区和南宁综合保税区)
# (where a zone's own name starts when its city is not in it: after a mark, or a word a measure opens with)
_LEADS = (r"在|对|支持|推动|推进|依托|入驻|位于|落户|设在|进入|围绕|发挥|建设|加快|深化|鼓励|引导|同意|做强|做大|提升|打造"
          r"|用好|优化|拓展|聚焦|和|与|及|的|将|向|由|从|经")
_BEFORE_NAME = re.compile(rf"(?:[^\u4e00-\u9fff]|{_LEADS})$")
# (words that are no zone's own: 支持本…, 各…, 两个…)
_LED = re.compile(rf"(?:{_LEADS}|提升|推行|新入驻)|.?[本该各其此这那两几多全一二三四五六七八九十0-9]")


def bonded_zones_in(text: str, gaz: Gazetteer, near: str | None = None) -> list[tuple[Place, int, int]]:
    """The bonded zones a text names (gazetteer.bonded_zone), each with where it stands: the longest name before
    综合保税区, 综保区 or 保税港区 that leads with its city or county (天津东疆综合保税区), else, in the city or county
    `near`, the words after a mark or a verb (支持西永综合保税区: 西永)."""
    out: list[tuple[Place, int, int]] = []
    for m in _BONDED_END.finditer(text):
        starts = [k for k in range(max(0, m.start() - 8), m.start() - 1)
                  if not (out and k < out[-1][2]) and not _NO_NAME.search(text[k : m.start()])
                  and all(CJK.fullmatch(ch) for ch in text[k : m.start()])]
        zone = next(((z, k) for k in starts if (z := gaz.bonded_zone(text[k : m.end()])) is not None), None)
        if zone is None and near:
            zone = next(((z, k) for k in reversed(starts) if k >= m.start() - 4 and (k == 0 or _BEFORE_NAME.search(text[:k]))
                         and not _LED.match(text[k : m.start()])
                         and (z := gaz.bonded_zone(text[k : m.end()], near)) is not None), None)
        if zone is not None:
            out.append((zone[0], zone[1], m.end()))
    return out


def within(place: Place, scope: Sequence[str]) -> bool:
    """Does a 片区, a county, a city or a special zone (平潭综合实验区) lie inside one of the scope's places: its
    city, zone or province?"""
    return place.kind in ("area", "county", "city", "zone") and bool({place.city, place.zone, place.province} & set(scope))


def zones_in(text: str, gaz: Gazetteer, host: str | None = None) -> list[Place]:
    """Zones a passage names: 片区, zones and ports, FTZs named by province (上海、天津自由贸易试验区); a bonded zone
    named without its city in the city or county `host` (places_in)."""
    if "自由贸易试验区" in text or "自贸试验区" in text:
        return ftzs_named(text, gaz, None) + [p for p in places_in(text, gaz, host) if p.kind in ("area", "zone")]
    return places_in(text, gaz, host)


def each_area(text: str) -> str:
    """广州南沙、深圳前海蛇口、珠海横琴片区 -> 广州南沙片区、深圳前海蛇口片区、珠海横琴片区 (str -> str); a name listed
    beside them that ends as a place's does (南宁综合保税区、钦州港片区) shares no 片区; so 南昌、九江综合保税区 ->
    南昌综合保税区、九江综合保税区."""
    # (南昌、九江综合保税区: two bonded zones, each named after its city)
    # (not a place of its own beside it: 金华区块、义乌综合保税区)
    # (nor an open list, 泸州、宜宾等综合保税区: 等 names no zone)
    text = _SHARED_BONDED.sub(lambda m: m.group(0) if any(x.endswith(_PLACE_ENDS) for x in m.group(1).split("、"))
                              or m.group(2).endswith("等") else "、".join(
        f"{x}{m.group(3)}" for x in [*m.group(1).rstrip("、").split("、"), m.group(2)]), text)
    return _SHARED_WORD.sub(_each_listed, text)


_PLACE_ENDS = ("区", "块", "园", "县", "市", "镇", "省")


_SHARED_BONDED = re.compile(r"(?<![\u4e00-\u9fff])((?:[\u4e00-\u9fff]{2,8}、)+)([\u4e00-\u9fff]{2,4}?)(综合保税区|综保区|保税港区)")


def _each_listed(m: re.Match[str]) -> str:
    listed = [p if p.endswith(("区", "县", "市")) else f"{p}片区" for p in m.group(1).rstrip("、").split("、")]
    return "、".join([*listed, f"{m.group(2)}片区"])


# a park or zone named after a city (沈阳综合保税区, 贵阳经济技术开发区): the city's short name is part of its name
_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:园区|开发区|综合保税区|保税区|保税港区|新城|新区|产业园|示范区|实验区|合作区|片区)"
                          # (or an organ, a school or a company named after it: 南宁海关, 宁波大学)
                          r"|(?:海关|海事|边检|税务|[\u4e00-\u9fff]{0,4}?(?:局|厅|委员会|委|办公室|大学|学院|银行|公司|集团))")
_JOINERS = "、和及与"
_NAMED_KINDS = ("county", "city", "zone", "area", "ftz")


def named_run(text: str, gaz: Gazetteer, host: str | None = None) -> tuple[list[Place], int]:
    """The places a phrase opens with, named in full or a city by its short name, and listed (黄岛区依托… -> 黄岛区;
    同安区、翔安区新设立的… -> both; 南昌、赣州、九江跨境电商综试区… -> the three cities;
    郑州航空港经济综合实验区与郑州片区… -> both): each the longest name ending in 区, 县, 市 or 旗 that is a county, a
    city, a zone or a 片区; none unless the first is one (a name two counties share, or no place, is none). With
    them, where the run ends in the text."""
    found: list[Place] = []
    at = end_of_run = 0
    zones = {(start, end): zone for zone, start, end in bonded_zones_in(text[:48], gaz, host)} if host else {}
    while at < len(text):
        best: tuple[int, Place] | None = None
        for end in range(at + 2, min(len(text), at + 24) + 1):
            # (a bonded zone named without its city, 西永综保区, in the city or county `host`)
            place = gaz.resolve(text[at:end]) or zones.get((at, end))
            if place is None or place.kind not in _NAMED_KINDS:
                continue
            # (named in full, its 区, 县, 市 or 旗 last, a park's 城 or 园 (三亚崖州湾科技城), a prefecture's 州 or 盟
            # (西双版纳州); or a city by its short name, 广州、深圳综试区)
            if end - at >= 3 and text[end - 1] in "区县市旗城园州盟" or end - at <= 3 and place.kind == "city" and not (
                    _NAMED_AFTER.match(text, end)):
                best = (end, place)
        if best is None:  # (a listed name that is no place known: the list is not read in part)
            return ([], 0) if found else (found, end_of_run)
        found.append(best[1])
        at = end_of_run = best[0]
        if at >= len(text) or text[at] not in _JOINERS:
            break
        at += 1
    return found, end_of_run
