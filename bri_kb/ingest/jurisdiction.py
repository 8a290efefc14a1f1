"""Whose place an issuing organ is: a county's or a district's organ, a city's bureau, a 片区's committee, a
直属海关 named by its seat, a province's department; and organs of several places issuing together. Pure
functions over the gazetteer, which metadata (level and region) and applicability (where a document applies)
share."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bri_kb.gazetteer import Gazetteer

PLACE_LEVELS = {"province": "provincial", "city": "municipal", "county": "county"}


def joint_places(issuers: Sequence[str], gaz: Gazetteer) -> list[tuple[str, str]]:
    """The places (name, kind) of organs of different places that issue together
    (成都市青白江区人民政府 and 重庆市沙坪坝区人民政府 -> 青白江区, 沙坪坝区), in the
    issuers' order; [] unless every issuer is one place's organ and no place lies
    within another (a city's bureau with its district's issues for the city)."""
    places: list[tuple[str, str]] = []
    for issuer in issuers:
        if county := county_of(issuer, gaz):
            place = (county, "county")
        elif city := city_organ(issuer, gaz):
            place = (city, "city")
        elif (first := next(iter(gaz.mentions(issuer)), None)) and first.kind == "province" and issuer.startswith(first.name):
            place = (first.name, "province")
        else:
            return []
        if place not in places:
            places.append(place)
    named = [gaz.places.get(name) for name, _ in places]
    if any(p is None for p in named) or any(
        a is not b and b is not None and a is not None and b.name in (a.city, a.province) for a in named for b in named
    ):
        return []
    return places


def one_place(issuers: Sequence[str], place_of: Callable[[str], str | None]) -> str | None:
    """The one place `place_of` gives for every issuer; None when an issuer gives none,
    or the issuers give several (or there is no issuer)."""
    found = set()
    for issuer in issuers:
        if (place := place_of(issuer)) is None:
            return None
        found.add(place)
    return found.pop() if len(found) == 1 else None


_CUSTOMS = re.compile(r"^(?:中华人民共和国)?([\u4e00-\u9fff]{2,6}?)海关$")


def customs_province(issuer: str, gaz: Gazetteer) -> str | None:
    """The province of the city a customs district is named by (南宁海关 -> 广西壮族自治区): its
    公告 rule in its 关区, which reaches beyond the city (钦州, 崇左 under 南宁海关), so the
    province is where they may apply."""
    m = _CUSTOMS.match(issuer)
    place = gaz.resolve(m.group(1)) if m else None
    return place.province if place is not None and place.kind == "city" and place.province else None


def county_of(issuer: str, gaz: Gazetteer) -> str | None:
    """The county or district whose organ this is (its name first, after its city's or
    province's if printed: 河口瑶族自治县人民政府, 厦门市海沧区商务局)."""
    if vertical := _VERTICAL.match(issuer):
        issuer = issuer[vertical.end():]  # (a national organ's branch in the county: 国家税务总局杭州市滨江区税务局)
    m = _COUNTY_ORGAN.match(issuer)
    if not m:
        # (a county-level city's organ, 昆山市人民政府: its name a county's in the divisions, not a city's)
        city = _COUNTY_CITY_ORGAN.match(issuer)
        place = gaz.resolve(city.group(1)) if city else None
        return place.name if place is not None and place.kind == "county" else None
    name = m.group(1)
    for prefix in [p.name for p in gaz.mentions(name) if name.startswith(p.name) and p.kind in ("province", "city")]:
        if name != prefix:  # (广州市南沙区: 广州市 leads it; 南沙区 is the district itself)
            name = name.removeprefix(prefix)
    place = gaz.resolve(name)
    return place.name if place is not None and (place.kind == "county" or place.name in gaz.districts) else None


# A national organ whose branches are named after it, then the place (国家税务总局…税务局, 中国人民银行…分行)
_VERTICAL = re.compile(r"^(?:国家|中国)[\u4e00-\u9fff]{2,12}?(?:总局|银行|管理局)(?=[\u4e00-\u9fff]{2,14}?(?:省|市|自治区|县|区|旗))")
# A county's or a district's organ: its name up to 县/区/旗 (自治县…), then the organ.
_COUNTY_CITY_ORGAN = re.compile(r"^([\u4e00-\u9fff]{2,6}?市)(?:人民政府|政府|[\u4e00-\u9fff]{1,8}(?:局|委|办|办公室))")
# (a county's name may be one character and 县: 泸县人民政府办公室)
_COUNTY_ORGAN = re.compile(r"^([\u4e00-\u9fff]{2,14}?(?:自治县|县|区|旗)|[\u4e00-\u9fff]县)"
                           r"(?:人民政府|政府|办公室|委员会|人民法院|人民检察院|[\u4e00-\u9fff]{1,8}(?:局|委|办))")


def city_organ(issuer: str, gaz: Gazetteer) -> str | None:
    """The city whose organ this is, its name first (厦门市商务局 -> 厦门市; not a district's, 厦门市海沧区商务局)."""
    place = next(iter(gaz.mentions(issuer)), None)
    if place is None or place.kind != "city" or not issuer.startswith(place.name) or county_of(issuer, gaz):
        return None
    return place.name


def area_city(issuer: str, gaz: Gazetteer) -> str | None:
    """The city of the free trade zone's 片区 whose organ this is, when its name says the
    city (…自由贸易试验区苏州片区管理委员会 -> 苏州市; …德宏片区… -> 德宏傣族景颇族自治州)."""
    ftzs = [p.name for p in gaz.mentions(issuer) if p.kind == "ftz"]
    named = [city for ftz in ftzs for area, city in gaz.area_cities(ftz) if area in issuer]
    if not named and (m := _AREA_OF_UNKNOWN_ZONE.search(issuer)) and (place := gaz.resolve(m.group(1))) is not None \
            and place.kind in ("city", "county"):
        return place.name  # (a 片区 of a zone the data does not hold, named after its city: …试验区二连浩特片区管理委员会)
    if "片区" not in issuer or len(named) != 1 or not (named[0] or "").endswith(("市", "州", "盟", "地区")):
        return None
    return named[0]


_AREA_OF_UNKNOWN_ZONE = re.compile(r"(?:自由贸易试验区|自贸试验区)([\u4e00-\u9fff]{2,6}?)片区(?:管理委员会|管委会)")


def organ_named_in(issuer: str, gaz: Gazetteer) -> str:
    """An organ named with the state and province around its city, as an agreement with a foreign city signs it
    (中华人民共和国浙江省温州市人民政府 -> 温州市人民政府): the city's; any other name as it is."""
    name = issuer.removeprefix("中华人民共和国")
    places = gaz.mentions(name)
    if (len(places) > 1 and places[0].kind == "province" and places[1].kind == "city" and name.startswith(places[0].name)
            and name[len(places[0].name):].startswith(places[1].name)):
        return name[len(places[0].name):]
    return issuer
