"""Does a clause's applicability cover a place?"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bri_kb.gazetteer import NATIONAL, Gazetteer, Place, gazetteer

COVERS = "covers"  # the rule applies throughout the place
PART = "part"  # the rule applies in a part of it (a city, an FTZ)
NO = "no"
UNKNOWN = "unknown"


def coverage(applies_to: Sequence[str], place: Place, gaz: Gazetteer, districts: bool = True) -> tuple[str, str]:
    """(verdict, the applicable jurisdiction that decided it). `districts`: a district or new area the gazetteer lists
    beside its city (南沙区, 横琴) lies in that city (the filters' reading; the ranking's place feature was trained
    without it)."""
    if not applies_to:
        return UNKNOWN, ""
    if place.name == NATIONAL:
        return (COVERS, NATIONAL) if NATIONAL in applies_to else (PART, applies_to[0])
    best: tuple[str, str] = (NO, "")
    for name in applies_to:
        target = gaz.places.get(name) or gaz.bonded_zone(name)
        if name == NATIONAL or name == place.name:
            return COVERS, name
        if target is None:
            continue
        # the rule's jurisdiction contains the asked place (province rule, city or county asked)
        if target.kind == "province" and place.province == target.name and place.kind != "province":
            return COVERS, name
        # a city's rule covers its counties and the 片区 in it, and the districts listed beside it (广州市: 南沙区);
        # a zone's rule covers its 片区
        if target.kind == "city" and (place.kind in ("county", "area", "zone") and place.city == target.name
                                      or districts and gaz.parent_of(place.name) == target.name):
            return COVERS, name
        if districts and gaz.parent_of(target.name) == place.name and best[0] == NO:
            best = (PART, name)  # (a district's rule, its city asked: part of it)
        if target.kind == "ftz" and place.kind == "area" and place.zone == target.name:
            return COVERS, name
        if target.kind == "area" and best[0] == NO and _area_in(target, place):
            best = (PART, name)
        # a district asked (南沙, 前海, 横琴), the 片区 named after it in its city: the 片区 lies there
        if (target.kind == "area" and best[0] == NO and districts and target.city
                and gaz.parent_of(place.name) == target.city and re.sub(r"(?:新区|区)$", "", place.name) in target.name):
            best = (PART, name)
        # a zone's rule lies inside its city (南宁综合保税区 in 南宁市, 上合示范区 in 青岛市)
        if target.kind == "zone" and place.kind == "city" and target.city == place.name and best[0] == NO:
            best = (PART, name)
        # a bonded zone's rule, a 片区 of its city asked: the zone lies in or beside it (a 片区's own rules place it there)
        # (the filters' reading, as districts: the ranking's place feature was trained without it)
        if (districts and target.kind == "zone" and place.kind == "area" and target.city and target.city == place.city
                and best[0] == NO):
            best = (PART, name)
        # a bonded zone or 片区 named after the county asked (曹妃甸综合保税区, 曹妃甸片区 in 曹妃甸区): it lies there
        # (the filters' reading, as districts)
        if districts and best[0] == NO and gaz.named_after_county(target, place):
            best = (PART, name)
        # a county's rule lies inside its city (asked the city, the county applies to part of it)
        if target.kind == "county" and place.kind == "city" and target.city == place.name:
            best = (PART, name)
        # the rule's jurisdiction lies inside the asked place (FTZ or city rule, province asked)
        if place.kind == "province" and target.province == place.name:
            best = (PART, name)
        # city (or county) asked, FTZ of its province: the zone's 片区 decide whether part of it lies there
        if place.kind in ("city", "county") and target.kind == "ftz" and target.province == place.province and best[0] == NO:
            city = place.name if place.kind == "city" else place.city
            areas = gaz.area_cities(name)
            inside = [area for area, area_city in areas if area_city == city]
            if inside:
                best = (PART, name + "、".join(inside))
            elif place.kind == "city" and any(area_city is None for _, area_city in areas) or not areas:
                best = (PART, name)  # a 片区 whose city the data does not say may lie there
    return best


@lru_cache(maxsize=512)
def _prefecture_of(name: str) -> str | None:
    """The prefecture a county-level city lies in, found among the divisions by its stem
    (瑞丽市 -> 德宏傣族景颇族自治州, through 瑞丽县 of the divisions), or None."""
    stem = re.sub(r"(?:市|县)$", "", name)
    found = {p.city for p in gazetteer().places.values()
             if p.kind == "county" and p.city and re.sub(r"(?:市|县|区)$", "", p.name) == stem}
    return found.pop() if len(found) == 1 else None


def _area_in(area: Place, place: Place) -> bool:
    """Does a 片区 lie in the asked place, or may it: its zone, its city (a county
    of its city may hold it), its province; a 片区 whose city the data does not
    say, anywhere in its province."""
    if place.kind == "ftz":
        return area.zone == place.name
    if place.kind in ("city", "county"):
        city = place.name if place.kind == "city" else place.city
        if place.kind == "city" and area.city != city and _prefecture_of(place.name) == area.city:
            return True  # (a county-level city the data lists as a city: 瑞丽市 in 德宏州, where the 德宏片区 lies)
        # (a 片区 named after the county it lies in: 平潭片区 in 平潭县, whatever city the data files it under)
        short = re.sub(r"^.*(?:试验区|自由贸易港)", "", area.name).removesuffix("片区")
        named = len(short) >= 2 and place.name.startswith(short) and area.province == place.province
        return named or (area.city == city if area.city else area.province == place.province)
    return False


def scope_note(applies_to: Sequence[str], place: Place | None) -> str:
    """Under --where, a note on a hit that covers the place only in part, or may not."""
    if place is None:
        return ""
    verdict, name = coverage(applies_to, place, gazetteer())
    if verdict == PART:
        if place.kind in ("city", "county") and not name.endswith("片区"):
            # A zone whose 片区 the data does not place: the city may lie in it, not the other way round.
            return f"适用于{name}，{place.name}可能在其范围内"
        return f"适用于{name}，属{place.name}的一部分"
    if verdict == UNKNOWN:
        return f"适用范围不明；可能涉及{place.name}，故列出"
    return ""


@lru_cache(maxsize=256)
def admitted_places(place: Place) -> frozenset[str]:
    """The places a clause may apply to and still be listed under --where:
    those where `coverage` finds the rule covers the place, or a part of it.
    coverage() looks at each place a clause applies to on its own, so a clause
    passes when one of its places is here (or it names none)."""
    gaz = gazetteer()
    names = {*gaz.places, place.name, NATIONAL}
    return frozenset(n for n in names if coverage([n], place, gaz)[0] != NO)
