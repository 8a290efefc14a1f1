"""Where each clause applies, and why: decided from the text (scope sentences,
the jurisdictions a decision addresses, notes on table rows) and from the
issuing level and region, never from per-document rules."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bri_kb.gazetteer import NATIONAL, Gazetteer, Place, ftz_short
from bri_kb.ingest.conventions import SENT_BY
from bri_kb.ingest.copied import NUMERAL as _NUMERAL
from bri_kb.ingest.copied import every_ftz, nationwide_copy
from bri_kb.ingest.jurisdiction import joint_places
from bri_kb.ingest.openings import opening
from bri_kb.ingest.place_cues import (
    FTZ_COLUMN,
    other_place_columns,
    place_column,
)
from bri_kb.ingest.place_names import each_area, ftzs_named, ftzs_set_up, host_of, names_of, places_in, within, zones_in
from bri_kb.ingest.segment import Segment
from bri_kb.model import Document
from bri_kb.vocabulary import LEVEL_NAMES, Kind

_SCOPE = re.compile(r"本(?:条例|办法|规定|决定|细则|规则|方案|意见|通知)(?:的规定)?适用于([^。；]{2,80})"
                    # (or the place first: 第二条　自贸试验区内跨境贸易便利化的促进、服务和监督管理，适用本办法。)
                    r"|(?:^|[。；\n])\s*(?:第[一二三四五六七八九十百]+条\s*)?(?:在)?([^。；，\n]{2,40}?)(?:内|范围内)[^。；\n]{0,40}?，"
                    r"\s*适用本(?:条例|办法|规定|细则|规则)")
# (本市, or the level alone before its area: 在自治区行政区域内, 在省内)
_BARE_FTZ = re.compile(r"(?:(?<=^)|(?<=[的在于，、]))(?:自贸试验区|自由贸易试验区)(?=[，。；、（(和及内]|$)")  # (the zone, no 片区 of it)
_LOCAL_SELF = re.compile(r"本(?:市|省|自治区|区|县)|^(?:在|于)?(?:省|自治区|市|县|区)(?:行政区域|辖区|范围|内)")
_ROW_RANGE = re.compile(r"第\s*(\d+)\s*项至第\s*(\d+)\s*项([^。]*。(?:[^。第]*。)?)")
_ALREADY = re.compile(r"此前已(?:经)?在(.{2,60}?)自由贸易试验区")
_ALL_FTZ = "所有自由贸易试验区"
_OTHERS_FOLLOW = re.compile(r"其他(?:自由贸易|自贸)试验区[^。；]{0,10}参照")  # 首批在…实施，其他自由贸易试验区可参照执行
_FTZ = "自由贸易试验区"
_PORT = "自由贸易港"
# 其中，第五条、第六条仅在…实施: articles the scope sentence sends somewhere narrower
_ASSIGNED = re.compile(rf"((?:第{_NUMERAL}条[、，和及]?)+)(?:仅|只)(?:在|于|适用于)([^，。；]{{2,80}}?)(?:实施|适用|执行|试行)")
_INCLUDED = re.compile(r"[（(]\s*(?:含|包括)[^（）()]{1,40}[)）]")
_UNDER = (Kind.ITEM, Kind.TABLE_ROW, Kind.NOTE, Kind.HEADING, Kind.TABLE_HEADER)  # what takes its place from the clause it is under
# (a heading too: a sheet's 一、商务和投资（3项） under the sheet's 片区, whose rows then take that 片区)
_COUNTED = re.compile(r"等(\d{1,2}|[两二三四五六七八九十])个(片区|自由贸易试验区|自贸试验区)")
_ADJUSTED_IN = re.compile(r"暂时调整|暂停实施|暂时停止实施|调整实施|开展试点|试点地区")  # (where a measure is tried)
_REPLY = re.compile(r"(?:批复|复函)$")  # (an answer to one government's 请示)
# a measure for all 片区 but some (除横琴片区外，其他片区…), or one that leaves out where the rules reach beyond their
# 片区 (本条不适用于联动发展区内企业)
_BUT = re.compile(r"除([^，。；]{2,30}?片区)(?:以)?外[，,]?\s*(?:其他|其余)(?:各)?片区")
_NOT_LINKED = re.compile(r"不适用于[^。；]{0,10}联动(?:发展|创新)区|联动(?:发展|创新)区[^。；]{0,30}另行(?:制定|部署|规定)")
@dataclass(frozen=True)
class Applicability:
    places: tuple[str, ...]
    reason: str
    earlier: tuple[str, ...] = ()  # of places, those where it was in force before this document


def _short(names: Sequence[str], limit: int = 11) -> str:
    """中国（河南）自由贸易试验区 -> 河南 in a list of FTZs, for a one-line reason."""
    short = [ftz_short(n) for n in names]
    shown = "、".join(short[:limit])
    return shown + (f" 等{len(names)}处" if len(names) > limit else "")


def answered_place(title: str, addressees: str, gaz: Gazetteer) -> str | None:
    """The one province or city whose government a 批复 or 复函 answers (主送 广西壮族自治区人民政府): where a
    central organ's answer rules; None for any other document."""
    if not _REPLY.search(title):
        return None
    asked = names_of([p for p in places_in(addressees, gaz) if p.kind in ("province", "city")])
    return asked[0] if len(asked) == 1 else None


_NAMED_FTZ = re.compile(r"中国[（(]([\u4e00-\u9fff]{2,8})[)）](?:自由贸易试验区|自贸试验区)")


def _unlisted_ftz(title: str, gaz: Gazetteer) -> tuple[str, Place] | None:
    """The one zone a title names in full (中国（江西）自由贸易试验区) when the gazetteer lists no such zone, with its
    province; None otherwise."""
    named = {m.group(0): m.group(1) for m in _NAMED_FTZ.finditer(title)}
    if len(named) != 1 or gaz.resolve(zone := next(iter(named))) is not None:
        return None
    province = gaz.resolve(named[zone])
    return (zone, province) if province is not None and province.kind == "province" else None


def document_scope(doc: Document, body: str, gaz: Gazetteer) -> Applicability:
    """Where a document's rules apply, with the evidence."""
    on = doc.signed or doc.published
    # (not a sentence the text quotes from another's draft: “本办法适用于钦州综合保税区内企业”)
    if m := next((x for x in _SCOPE.finditer(body) if body.count("“", 0, x.start()) <= body.count("”", 0, x.start())), None):
        sentence = m.group(0).lstrip("。；\n \u3000")
        if _LOCAL_SELF.search(m.group(1) or m.group(2)) and doc.region:
            return Applicability((doc.region,), f"适用范围条款「{sentence[:50]}」指发文机关本地")
        scope = _EXCEPT.sub("", m.group(1) or m.group(2))  # 在金华市行政区域内（义乌市除外）: 义乌市 is where it does not apply
        # (not what the sentence goes on to say of their goods: …的企业，对其生产的…在海南自由贸易港加工增值…的货物)
        scope = re.split(r"[，,](?=对)", scope)[0]
        if len(titled := ftzs_named(doc.title, gaz, on)) == 1:
            # (the zone a rule of one zone calls 自贸试验区 short: 本条例适用于经国务院批准设立的自贸试验区，包括…片区)
            scope = _BARE_FTZ.sub(titled[0].name, scope)
        # (not a namesake in another province: 红河片区河口区块 is no 河口区 of 东营市)
        home = gaz.places[doc.region].province if doc.region in gaz.places else None
        found = [p for p in places_in(scope, gaz) if not home or p.province in (home, None)]
        places = names_of([p for p in found if not (p.kind == "area" and any(z.name == p.zone for z in found))])
        if places and not _unknown_part(scope, gaz):
            return Applicability(places, f"适用范围条款「{sentence[:50]}」")
    if doc.level in ("state_council", "ministry") and len(zones := names_of(ftzs_named(doc.title, gaz, on))) > 1:
        # a central organ's text for the zones its title names (在中国（新疆）…和中国（广西）自由贸易试验区开展…试点)
        return Applicability(zones, f"标题所称{len(zones)}个自由贸易试验区（{_short(zones)}）")
    if doc.region != NATIONAL and doc.level in ("state_council", "ministry"):
        # a central organ's document on one place: its 批复 or 复函 to the province that asked (answered_place)
        return Applicability((doc.region,), f"中央机关针对{doc.region}发布（{LEVEL_NAMES.get(doc.level, doc.level)}）")
    if (doc.level in ("state_council", "ministry") and not _COUNTED.search(doc.title)
            and len(zones := names_of(ftzs_named(doc.title, gaz, on))) == 1):
        # a central organ's text for the one zone its title names, addressed to all (国务院关于印发《中国（云南）自由
        # 贸易试验区提升…方案》的通知): that zone, not every one
        return Applicability(zones, f"标题所称自由贸易试验区（{zones[0]}）")
    if doc.level in ("state_council", "ministry") and (unlisted := _unlisted_ftz(doc.title, gaz)) is not None:
        # (a zone the gazetteer does not list yet, as a founding plan names it before the data does: its province,
        # not every zone listed)
        return Applicability((unlisted[1].name,), f"标题所称{unlisted[0]}地名录尚未收录，按其所在的{unlisted[1].name}")
    if _FTZ in doc.title and doc.region == NATIONAL and nationwide_copy(doc.title):
        # what the zones tried, now copied beyond them (国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知):
        # nationwide, but where an item or a row names a narrower place
        return Applicability((NATIONAL,), "复制推广自由贸易试验区改革试点经验的全国性文件")
    if _FTZ in doc.title and doc.region == NATIONAL:
        # a 自由贸易港 the title names beside the zones (…自由贸易试验区和海南自由贸易港…)
        ports = names_of([p for p in gaz.mentions(doc.title) if p.kind == "zone" and _PORT in p.name])
        if counted := _COUNTED.search(doc.title):
            # (…武汉片区等3个片区开展…试点的批复: the three its text names together, not every zone)
            word = counted.group(1).replace("两", "二")
            n = int(word) if word.isdigit() else "一二三四五六七八九十".index(word) + 1
            for sentence in re.split(r"[。；]", body):
                named = [p for p in places_in(sentence, gaz) if p.kind == "area"] if counted.group(2) == "片区" \
                    else ftzs_named(sentence, gaz, on)
                if len(zones := names_of(named)) == n:
                    return Applicability(zones, f"标题所称{n}个{counted.group(2)}（{_short(zones)}）")
        for sentence in re.split(r"[。；]", body):
            if _ALREADY.search(sentence) or _OTHERS_FOLLOW.search(sentence):
                continue  # zones where a measure was in force before, or a first batch the others may follow
            provinces = {p.province for p in gaz.mentions(sentence) if p.kind == "province"}
            # (a 决定 that adjusts rules in the zones it names; not an 意见 whose one measure names some zones)
            if len(provinces) >= 2 and ("决定" in doc.title or _ADJUSTED_IN.search(sentence)):
                zones = names_of(ftzs_named(sentence, gaz, on))
                if zones:
                    return Applicability(
                        zones + ports, f"决定针对{len(zones)}个省市的自由贸易试验区（{_short(zones)}）"
                        + (f"和{'、'.join(ports)}" if ports else "")
                    )
        zones = ftzs_set_up(gaz, on)
        when = f"（截至{on}已设立的）" if on else ""
        return Applicability(zones, f"面向自由贸易试验区的全国性措施：全部{len(zones)}个自贸试验区{when}")
    if doc.region == NATIONAL:
        return Applicability((NATIONAL,), f"中央机关发布（{LEVEL_NAMES.get(doc.level, doc.level)}）")
    if _REPLY.search(doc.title) and doc.addressees and doc.region and doc.region in gaz.places:
        # a 批复 answers the one government that asked (岳阳市人民政府): it rules there, not province-wide
        asked = names_of([p for p in places_in(doc.addressees, gaz) if p.name != doc.region])
        # (the city's government and its 片区's committee together: the city, which holds the 片区)
        asked = tuple(a for a in asked if not any(b != a and within(gaz.places[a], (b,)) for b in asked))
        if len(asked) == 1 and within(gaz.places[asked[0]], (doc.region,)):
            return Applicability(asked, f"批复主送{doc.addressees[:30]}")
    if len(joint := joint_places(doc.issuers, gaz)) > 1:
        names = tuple(name for name, _ in joint)
        return Applicability(names, f"{'、'.join(names)}联合发文（{LEVEL_NAMES.get(doc.level, doc.level)}）")
    if area := _committees_area(doc, gaz):  # a 片区's committee rules in its 片区, not in all its city
        return Applicability((area,), f"{area}管理机构发布")
    if doc.level in ("provincial", "municipal", "county") and doc.region:
        return Applicability((doc.region,), f"面向{doc.region}发布（{LEVEL_NAMES.get(doc.level, doc.level)}）")
    if doc.region:
        return Applicability((doc.region,), f"非规范性文件，内容涉及{doc.region}")
    return Applicability((), "不明：既无发文地区，也无适用范围条款")


# (or what it leaves out first, a bracket inside: （不含中国（上海）自由贸易试验区临港新片区浦东区域）)
_INNER = r"[^（）()]*(?:[（(][^（）()]{1,12}[)）][^（）()]*)*"
_EXCEPT = re.compile(rf"[（(]{_INNER}除外[)）]|[（(](?:不含|不包括|不包含){_INNER}[)）]|[，,][^，,。；]{{2,40}}除外")
_PARTS = re.compile(r"[、，,]|(?:以及|和|及|与)")
_AREA_WORD = re.compile(r"(?:区|县|市|省|港|园)(?:[（(][^）)]*[)）])?$")


def _unknown_part(scope: str, gaz: Gazetteer) -> bool:
    """Does a scope sentence name, beside known places, an area the gazetteer does not know
    (…和自贸试验区协同改革先行区)? Narrowing the document to the known ones would hide it there."""
    return any(_AREA_WORD.search(part) and not places_in(part, gaz)
               for part in (x.strip() for x in _PARTS.split(scope)) if len(part) >= 3)


def assigned_articles(body: str, gaz: Gazetteer) -> dict[str, Applicability]:
    """Articles a scope sentence sends to a part of the document's area
    (其中，第五条、第六条仅在宁波片区实施，第八条仅在杭州市实施): by label."""
    out: dict[str, Applicability] = {}
    for m in _ASSIGNED.finditer(body):
        places = names_of(places_in(m.group(2), gaz))
        if places:
            for label in re.findall(rf"第{_NUMERAL}条", m.group(1)):
                out[label] = Applicability(places, f"适用范围条款「{m.group(0)[:50]}」")
    return out


# An entry limited to some places in brackets after its text: （限…）, （仅限…）, （限于…） (a zone's name may hold brackets)
_LIMITED = re.compile(r"[（(]\s*(?:仅限|限于|限)\s*((?:[^（）()]|[（(][^（）()]{1,10}[)）]){2,80}?)\s*[)）]")


def clause_scope(scope: Applicability, text: str, label: str, fields: Mapping[str, str],
                 assigned: Mapping[str, Applicability], gaz: Gazetteer, on: str | None = None,
                 spread: bool = False) -> Applicability:
    """Where one clause applies: where the document's scope sentence sends it,
    where its table row's 适用区域 column says, or where it opens by saying it
    applies (二、在海南自由贸易港暂时调整…); only ever narrower than the document,
    so a place the document does not cover is never added. Else the document's scope. `on`: the document's day;
    `spread`: the document copies the zones' experience (复制推广, see copies_experience)."""
    if label in assigned:
        return assigned[label]
    text = each_area(text)  # (在广州南沙、深圳前海蛇口片区: two 片区, the last naming what both are)
    if left := _all_but(scope, text, gaz):
        return left
    named: Sequence[Place] = ()
    column = place_column(fields)
    national = scope.places == (NATIONAL,)
    if national and (every := every_ftz(text, fields.get(column, "") if column else "", gaz, on)):
        return Applicability(*every)
    if column and (cell := fields.get(column, "")):
        host = host_of(scope.places)  # (a bonded zone without its city: 梅山综保区)
        # (a place the cell names as what another holds, 临空区块（含长沙黄花综合保税区）: the holder is where, not the part)
        where = holder if (holder := _INCLUDED.sub("", cell)).strip() else cell
        named, why = zones_in(each_area(where), gaz, host) or _own_zone(where, scope, gaz), f"表中「{column}」列：{cell[:30]}"
        if FTZ_COLUMN.fullmatch(column):  # (a row per zone, named by its province: 上海（含临港新片区）)
            named = [z for p in named for z in ([p] if p.kind in ("ftz", "area") else gaz.ftzs_of(p.name))]
        broad = _broad(named)
        for other in other_place_columns(fields, column):
            found = zones_in(each_area(fields[other]), gaz, host)
            # (the first other column that names a place known, where the column names none; or, where it names only
            # cities or provinces, the narrowest that names places in them: 地市 广州市 beside 所在区域
            # 广州白云机场综合保税区; 省份 河北省 beside 城市 石家庄市 beside 场所名称 石家庄综合保税区)
            if found and (not named or broad and all(_inside(q, broad) for q in found)):
                named, why = found, f"表中「{other}」列：{fields[other][:30]}"
                broad = _broad(named)
    elif label.startswith("案例") and (sent := SENT_BY.search(text)):
        # (a 案例汇编's case is its submitting 片区's or 综保区's: 案例二：…（报送单位：杭州片区管委会）)
        unit = sent.group(1) or sent.group(2)
        named, why = zones_in(each_area(unit), gaz, host_of(scope.places)), f"案例的报送单位：{unit[:30]}"
    else:
        named, why = opening(text, label, fields.values(), scope.places, national, spread, gaz)
    if not named and (limited := _LIMITED.search(text)):
        # (an entry of a list noted as limited to some places: …精深加工（限昆明综合保税区、红河综合保税区）)
        named, why = places_in(each_area(limited.group(1)), gaz, host_of(scope.places)), f"条目注明「限{limited.group(1)[:30]}」"
    # (a city and its county or district or 片区 named together, 太原市清徐县, 郑州片区（郑州经开区）, a zone and its
    # 片区, in a nationwide text a province and its city: the narrower one)
    places = names_of([p for p in named if not any(q.city == p.name and q.kind in ("county", "area") or q.zone == p.name
                                                    or national and p.kind == "province" and q.province == p.name and q is not p
                                                    for q in named)])
    # (only ever narrower: places of the scope, or inside them; several zones, some by a 片区 of theirs)
    if places and set(places) != set(scope.places) and (national or all(
            p in scope.places and len(scope.places) > 1 or within(gaz.places[p], scope.places)
            or gaz.parent_of(p) in scope.places  # (a county-level city listed beside its city: 新郑市)
            or _holds_area(p, scope.places, gaz)  # (in a zone's rule, a city that holds a 片区 of it)
            or _zone_of_area(p, scope.places, gaz) or _named_after_county(p, scope.places, gaz)
            or _in_county_city(p, scope.places, gaz) for p in places)):
        return Applicability(places, f"{scope.reason}；{why}")
    return scope


def inherited(scope: Applicability, own: Sequence[Applicability], segments: Sequence[Segment],
              gaz: Gazetteer) -> list[Applicability]:
    """Each clause's place with its items': an item under a clause that says where it applies (（四）在舟山片区…
    then 1.… 2.…) applies there too, unless it says where itself; a paragraph of its own does not (it may
    speak of other places). own: each segment's place, as clause_scope gives it."""
    out: list[Applicability] = []
    cases: dict[str, Applicability] = {}  # (a 案例汇编's cases by label: what stands under one is its 片区's)
    for n, (where, seg) in enumerate(zip(own, segments, strict=True)):
        path = seg.path
        if case := next((cases[h] for h in reversed(path) if h in cases), None):
            out.append(case if where is scope else where)
            continue
        if seg.label.startswith("案例") and where is not scope:
            cases[seg.label] = where
        parent = next((k for k in range(n - 1, -1, -1) if segments[k].path == path[:-1]), None) if path else None
        if parent is None or where is not scope or not segments[parent].text.startswith(path[-1][:6]):
            out.append(where)  # (no clause above it here, or it says where itself)
            continue
        # (an item that names a 片区 of its own, not among its parent's, keeps its own place)
        takes = out[parent] is not scope and seg.kind in _UNDER and {
            p.name for p, _, _ in gaz.areas_in(seg.text)} <= set(out[parent].places)
        out.append(out[parent] if takes else where)
    return out


def _all_but(scope: Applicability, text: str, gaz: Gazetteer) -> Applicability | None:
    """A measure for every 片区 of its zone but those it names (除横琴片区外，其他片区…), or for the 片区 and not the
    联动发展区 the scope adds (本条不适用于联动发展区内企业): where it applies then, when the scope allows it."""
    if m := _BUT.search(text):
        left_out = {p.name for p, _, _ in gaz.areas_in(each_area(m.group(1)))}
        zones = {p.zone for name in left_out if (p := gaz.places.get(name)) is not None and p.zone}
        rest = names_of([p for z in zones for p in gaz.area_places(z) if p.name not in left_out])
        if left_out and len(zones) == 1 and rest and all(within(gaz.places[r], scope.places) or r in scope.places
                                                          for r in rest):
            return Applicability(tuple(rest), f"{scope.reason}；除{'、'.join(sorted(left_out))}外")
    if _NOT_LINKED.search(text) and (areas := [p for p in scope.places if gaz.places.get(p, None) is not None
                                               and gaz.places[p].kind == "area"]) and len(areas) < len(scope.places):
        return Applicability(tuple(areas), f"{scope.reason}；本条不适用于联动发展区")
    return None


def _broad(named: Sequence[Place]) -> set[str]:
    """The names of places a row's column names when they are all cities or provinces (a narrower column may say more
    within them), else none."""
    return {p.name for p in named} if all(p.kind in ("city", "province") for p in named) else set()


def _inside(place: Place, broad: set[str]) -> bool:
    """Does a place lie inside one of the cities or provinces `broad` names: a zone, 片区 or county in it, or a city
    in a province?"""
    return (place.kind in ("zone", "area", "county") and (place.city in broad or place.province in broad)
            or place.kind == "city" and place.province in broad)


def _holds_area(city: str, zones: Sequence[str], gaz: Gazetteer) -> bool:
    """Does a city hold a 片区 of one of the zones (武汉市 of 中国（湖北）自由贸易试验区)?"""
    return any(area.city == city for zone in zones for area in gaz.area_places(zone))


def _zone_of_area(name: str, scope: Sequence[str], gaz: Gazetteer) -> bool:
    """In a 片区's rule, a bonded zone or park of the 片区's city (襄阳综合保税区 in the 襄阳片区's list, 钦州保税港区 in
    the 钦州港片区's guide): the 片区's part, as its rule, which holds only there, places it (where.coverage agrees)."""
    place = gaz.places.get(name) or gaz.bonded_zone(name)
    return place is not None and place.kind == "zone" and place.city is not None and any(
        (area := gaz.places.get(s)) is not None and area.kind == "area" and area.city == place.city for s in scope)


def _in_county_city(name: str, scope: Sequence[str], gaz: Gazetteer) -> bool:
    """A bonded zone in a county-level city of a city of the scope (义乌综合保税区 in 义乌市, in 金华市's rule)."""
    place = gaz.places.get(name) or gaz.bonded_zone(name)
    return place is not None and place.kind == "zone" and place.city is not None and gaz.parent_of(place.city) in scope


def _named_after_county(name: str, scope: Sequence[str], gaz: Gazetteer) -> bool:
    """In a county's or district's rule, a bonded zone or 片区 named after it (曹妃甸综合保税区, 曹妃甸片区 in 曹妃甸区's):
    inside it, though the data knows only its city."""
    place = gaz.places.get(name) or gaz.bonded_zone(name)
    return place is not None and any((county := gaz.places.get(s)) is not None and gaz.named_after_county(place, county)
                                     for s in scope)


def _committees_area(doc: Document, gaz: Gazetteer) -> str | None:
    """The one 片区 whose committee or office issued the document alone (…南宁片区管理委员会, 南宁片区管委会, …武汉片区
    工作办公室), in its region."""
    if not doc.issuers or not all(_COMMITTEE.search(i) for i in doc.issuers):
        return None
    areas = {p.name: p for i in doc.issuers for p, _, _ in gaz.areas_in(i)}
    if len(areas) != 1:
        return None
    (name, place), = areas.items()
    return name if doc.region in (place.city, place.province) else None


# (or the 片区's office where it has no committee of its own: 武汉片区工作办公室)
_COMMITTEE = re.compile(r"片区(?:(?:管理委员会|管委会|管理局|工作委员会|工委)(?:办公室|[\u4e00-\u9fff]{2,8}(?:局|处|部|中心))?"
                        r"|工作办公室|办公室)$")


def _own_zone(cell: str, scope: Applicability, gaz: Gazetteer) -> list[Place]:
    """A column's 自贸试验区（各片区） with no province named, in a province's document: that province's zone's 片区."""
    if not re.fullmatch(r"(?:本省|全省)?(?:自由贸易试验区|自贸试验区)(?:各片区|所有片区|全域)?", cell.strip()) or len(scope.places) != 1:
        return []
    return [p for zone in gaz.ftzs_of(scope.places[0]) for p in gaz.area_places(zone.name)]  # (each of its 片区)


def row_notes(texts: Sequence[str]) -> dict[int, str]:
    """Per table row, what a note such as '第1项至第9项此前已经在…' says of it."""
    notes: dict[int, str] = {}
    for text in texts:
        for m in _ROW_RANGE.finditer(re.sub(r"\s+", "", text)):
            first, last, said = int(m.group(1)), int(m.group(2)), m.group(3)
            for n in range(first, last + 1):
                notes[n] = f"第{first}项至第{last}项{said}"
    return notes


def row_applicability(scope: Applicability, row: int, notes: dict[int, str], gaz: Gazetteer) -> Applicability:
    note = notes.get(row)
    if not note:
        return scope
    if m := _ALREADY.search(note):
        earlier = names_of(ftzs_named(m.group(1), gaz, None))
        return Applicability(
            scope.places,
            f"{scope.reason}；表注：此前已在{_short(earlier)}自贸试验区实施，本决定推广至其他自贸试验区",
            tuple(p for p in earlier if p in scope.places),
        )
    if _ALL_FTZ in note:
        return Applicability(scope.places, f"{scope.reason}；表注：适用于所有自由贸易试验区")
    return Applicability(scope.places, f"{scope.reason}；注：{note[:40]}")
