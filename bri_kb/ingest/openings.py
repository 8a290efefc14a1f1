"""Clauses that open by naming where they apply: 二、在海南自由贸易港暂时调整…, （三）支持钦州港片区…, 1.青白江区要…,
（一）衢州联动创新区要…, 支持黄岛区依托…; the places, and the words that said so, for applicability.clause_scope."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bri_kb.gazetteer import Gazetteer, Place
from bri_kb.ingest.copied import ITEM_NUMBER as _ITEM_NUMBER
from bri_kb.ingest.copied import NUMERAL as _NUMERAL
from bri_kb.ingest.copied import copied_into
from bri_kb.ingest.place_cues import APART as _APART
from bri_kb.ingest.place_cues import DETAILS_LATER, FOR_PLACE, PLACE_HEADING, PLACE_LABEL, PLACES_FIRST, PLACES_OPENING
from bri_kb.ingest.place_names import host_of, named_run, places_in, within, zones_in

# a clause that opens by saying where it applies: 二、在海南自由贸易港暂时调整实施…
_OPENS_IN = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])?\s*"
                       r"(?:自[^，。；在]{2,30}?起(?:至[^，。；在]{2,20}?)?[，,]?)?(?:仅|同意)?在([^，。；]{2,60}?)"
                       r"(?:暂时调整|暂时停止|暂停|试点|先行先试|开展试点)")
# an article that opens by saying where it alone applies: 第八条 下列措施仅在青白江铁路港片区实施：,
# 第十一条 在天府新区片区内，…, 第九条 天府新区片区、青白江铁路港片区实施以下措施：
_OPENS_ONLY = re.compile(
    rf"^(?:第{_NUMERAL}条\s*)?(?:(?:下列|以下|上述|本条)(?:措施|政策|规定)?)?(?:仅|只)(?:在|于|适用于)([^，。；：]{{2,60}}?)"
    r"(?:实施|适用|执行|试行)"
    rf"|^(?:第{_NUMERAL}条\s*)?在([^，。；：]{{2,40}}?片区)(?:内|范围内)[，,]"
    rf"|^(?:第{_NUMERAL}条\s*)?([^，。；：]{{2,60}}?片区)(?:实施|执行)(?:以下|下列)(?:措施|政策)")

# an item that opens with the 片区 its measure is for (（三）支持钦州港片区、崇左片区与…, 在南宁片区开展…, 武汉片区要…),
# after its run-in heading if it has one (（一）提升中欧班列运营水平。支持武汉片区依托…)
_ZONES = r"((?:[\u4e00-\u9fff（）]{2,24}?片区[、和及与]?)+)"
_ZONES_ACT = re.compile(_ITEM_NUMBER +
                        r"\s*(?:[^。；：\n]{2,32}(?:。|\n)\s*)?"  # (a run-in heading, or a heading on the line above;
                        # the measure's first phrase before 在…片区: 深化闽台通关合作，在平潭片区开展…, or what a 解读
                        # quotes it from: 《办法》第十条明确，支持蚌埠片区…)
                        rf"(?:(?:(?!片区)[^。；：，\n]){{2,16}}，)?"  # (naming no 片区 itself)
                        rf"(?:(?:对(?:注册)?)?在{_ZONES}|对?(?:支持|鼓励|允许|推动|推进|依托|建设)(?:[^。；，：]{{0,12}}?在)?{_ZONES}"
                        rf"|请{_ZONES}(?:管委会|管理委员会|管理机构)"  # (a task asked of them: 请…德宏片区管委会于…前报送)
                        rf"|对?{_ZONES}(?:管委会|管理委员会|管理机构)?"
                        r"(?:要|应当|应|可以|可|负责|率先|先行|依托|开展|建设|探索|试点|实施|内|与|：|。|注册|落户"
                        r"|优化|拓展|打造|发展|加快|深化|创新|提升|完善|引进|培育|对接|设立|争取|用好"
                        r"|推进|推动|扩大|加强|做强|做大|申报|举办|承办|围绕"
                        r"|年度|全年|年内|重点|力争|持续|着力|继续|积极|全面|大力|进一步|分别|拟|将|计划"
                        # (the 片区 then a place inside it: 崇左片区凭祥综合保税区与…)
                        r"|[\u4e00-\u9fff]{2,10}?(?:综合保税区|保税港区|开发区|合作区|园区|口岸)))")
# an item of a national text that opens with the zones it is for, named in full, 片区 or not (（三）…业务。在中国（天津）
# 自由贸易试验区、中国（湖北）自由贸易试验区武汉片区，允许…)
_FTZ_NAMED = r"中国[（(][\u4e00-\u9fff]{2,8}[)）]自由贸易试验区(?:[\u4e00-\u9fff]{2,12}?片区)?"
# zones listed by their provinces' short names under one word (在上海、浙江、广东自贸试验区和海南自由贸易港…)
# (or what it does there, after its run-in heading: （一）推进通关模式创新。支持上海、广东、天津自贸试验区开展…)
_SHORTS = (r"(?:在|支持|鼓励|允许|推动|推进)((?:[\u4e00-\u9fff]{2,3}[、和及与])*[\u4e00-\u9fff]{2,3})(自贸试验区|自由贸易试验区)"
           r"(?:[、和及与](海南自由贸易港))?")
_SHORTS_OPENING = re.compile(_ITEM_NUMBER + r"\s*(?:[^。；：\n]{2,32}。\s*)?" + _SHORTS)
_SHORTS_MORE = re.compile(_SHORTS)


def _zones_listed(m: re.Match[str], gaz: Gazetteer) -> list[Place]:
    """The zones of an opening listing their provinces short (广西、云南自贸试验区), each known, else none."""
    zones = [gaz.resolve(f"{short}{m.group(2)}") for short in re.split(r"[、和及与]", m.group(1))]
    port = [gaz.resolve(m.group(3))] if m.group(3) else []
    found = [z for z in zones + port if z is not None]
    return found if len(found) == len(zones) + len(port) else []


_ALSO_CALLED = r"(?:[（(][^（）()，。]{1,20}[)）])?"  # (…中心片区（西安国际港务区）: the name it also goes by)
_FTZS_OPENING = re.compile(_ITEM_NUMBER + r"\s*(?:[^。；：\n]{2,32}(?:。|\n)\s*)?"
                           rf"(?:在|对|支持|允许|鼓励)((?:{_FTZ_NAMED}{_ALSO_CALLED}(?:[、和及与][\u4e00-\u9fff]{{2,10}}?片区{_ALSO_CALLED})*[、和及与]?)+)")
# an item whose measure opens with the district, county or city that is to carry it out (1.青白江区要…, 义乌市要…)
# (黄陂区人民政府要…; several: 泸州市、宜宾市要…)
_ACTOR = r"((?:[\u4e00-\u9fff]{2,6}?(?:区|县|市)[、和及])*[\u4e00-\u9fff]{2,6}?(?:区|县|市))(?:人民政府|政府)?(?:要|应当|应|负责|牵头)"
_DISTRICT_ACTS = re.compile(_ITEM_NUMBER + r"\s*(?:[^。；：\n]{2,24}。)?" + _ACTOR)
# an item that opens with the cities' areas that work beside the zone (（一）衢州联动创新区要…, 湖州联动创新区、台州联动
# 创新区存在…, 对德阳、绵阳、宜宾、内江等协同改革先行区…): it applies in those cities
_BESIDE = r"(?:联动创新区|联动发展区|协同改革先行区|协同发展区)"
_CITIES_BESIDE = re.compile(_ITEM_NUMBER +
                            rf"\s*(?:[^。；：]{{2,24}}。)?对?((?:[\u4e00-\u9fff]{{2,4}}?{_BESIDE}?[、和及与]){{0,8}}"
                            rf"[\u4e00-\u9fff]{{2,4}}?)等?{_BESIDE}")


# a question and the label of its answer, before the answer's text (18.问：…？\n答：在三亚市注册…)
_ANSWER_AFTER = re.compile(r"(?:\d{1,3}\s*[.．、])?\s*问\s*\d{0,3}\s*[:：][^\n]*\n\s*答\s*[:：]\s*")


_ONLY_WITHIN = re.compile(r"(?<![期时])(?:仅限|只限|限)(?:在|于)?([^，。；：“”《》适用]{2,30}?)(?:范围)?内"
                          r"(?:注册|登记|设立|的|企业|开展|进口|使用|实施)")
_ONE_PART = re.compile(r"第\s*[\d一二三四五六七八九十]{1,3}\s*项")
_IN_CELL = re.compile(r"\s*对(?:注册)?在")  # (a table cell's measure for what is in a place: 对在沙坪坝区…试点市场内…)


def opening(text: str, label: str, cells: Iterable[str], own: Sequence[str], national: bool, spread: bool,
            gaz: Gazetteer) -> tuple[Sequence[Place], str]:
    """The places a clause opens by naming as where it applies, and why (the words that say so); ([], "") if it
    opens with none. `cells`: its table row's cells; `own`: the document's places; `national`: the document is
    nationwide; `spread`: it copies the zones' experience (copied.copied_into)."""
    named: Sequence[Place] = ()
    why = ""
    host = host_of(own)
    if answered := _ANSWER_AFTER.match(text):  # (a 问答's item: its answer opens with where it applies)
        text = text[answered.end():]
    if m := _OPENS_IN.match(text):
        named, why = zones_in(m.group(1), gaz, host), f"条文开头：{m.group(0)[:30]}"
    elif m := _OPENS_ONLY.match(text):
        named, why = zones_in(next(g for g in m.groups() if g), gaz, host), f"条文开头：{m.group(0)[:30]}"
    elif (m := _DISTRICT_ACTS.match(text)) and (acting := _acting(m.group(1), own, gaz)):
        # (1.青白江区要…: the district that is to act; and each that a later sentence sets a task: …；大同市要…)
        named, why = _actors(text, acting, own, gaz), f"条文开头：{m.group(0)[:30]}"
    elif (m := _CITIES_BESIDE.match(text)) and (cities := _cities(m.group(1), gaz)):
        named, why = cities, f"条文开头：{m.group(0)[:30]}"
    elif (len(own) > 1 or national) and (m := _FTZS_OPENING.match(text)):
        named, why = zones_in(m.group(1), gaz), f"条文开头：{m.group(0)[:30]}"
    elif (len(own) > 1 or national) and (m := _SHORTS_OPENING.match(text)) and (
            named := [z for z in _zones_listed(m, gaz) if z.name in own or national and z.kind == "ftz"]):
        why = f"条文开头：{m.group(0)[:30]}"  # (3.在广西、云南自贸试验区复制推广…; 海南自由贸易港 beside them, no zone of the scope)
        # (and the zones its sentence goes on to: …支持重庆、四川、陕西自由贸易试验区…，推动广西、云南自由贸易试验区…)
        rest = re.split(r"[。；]", text[m.end():], maxsplit=1)[0]
        named = [*named, *(z for more in _SHORTS_MORE.finditer(rest) for z in _zones_listed(more, gaz)
                           if z not in named and (z.name in own or national and z.kind == "ftz"))]
    elif (m := copied_into(text, national, spread)) and (named := places_in(m.group(1), gaz)):
        # (2.在西安、重庆、成都…等中欧班列集结中心所在城市复制推广…: those cities; in a province's text copying the
        # zones' experience, where its item's first sentence copies it: （二）…2项改革事项在南昌、赣州复制推广。)
        why = f"条文：{m.group(0)[:30]}"
    elif opened_by := _zones_opening([text, *cells], gaz):  # (an item, or a table row's cell)
        # (every 片区 the item names, not the first alone; none if one it opens with is unknown)
        # (not those a sentence leaves out or puts off: 横琴片区…另行部署，不适用本项规定; 满一年后…可扩大至横琴片区)
        apart = {p.name for s in re.split(r"[。；]", opened_by) if _APART.search(DETAILS_LATER.sub("", s))
                 for p in places_in(s, gaz)}
        # (and a 综保区 listed with a 片区, inside the document's place: 对…南宁片区和南宁综合保税区内…; not a partner,
        # 崇左片区与凭祥综合保税区联动)
        named = [p for p in places_in(opened_by, gaz, host) if p.name not in apart and (p.kind == "area" or p.kind == "zone"
                 and re.search(rf"片区[、和及]{re.escape(p.name)}", opened_by) and within(p, own))]
        why = f"条文开头：{opened_by[:30]}"
    elif opened := next(((found, t) for t in (text, *(c for c in cells if _IN_CELL.match(c)))
                         if (found := _opening_places(t, gaz, "段" in label, host))), None):
        # (（一）建设跨境电商产业园区。支持黄岛区依托…: the districts, cities and zones its first phrase is for; or a table
        # row's measure cell: 对在重庆西永综合保税区…开展…)
        (named, end), opens = opened
        why = f"条文开头：{opens[:end + 12][:30]}" if opens is text else f"表中：{opens[:end + 12][:30]}"
    elif (m := _ONLY_WITHIN.search(text)) and not (cells and _ONE_PART.search(_sentence_before(text, m.start()))) \
            and (named := zones_in(m.group(1), gaz, host)):
        # (a measure limited to what is within a place, wherever the sentence says so: …商品，仅限在洋浦经济开发区内注册
        # 登记的企业进口; a list's 备注 限洋浦经济开发区内企业进口; not a row's condition on one part of it, 第3项仅限…)
        why = f"条文：{m.group(0)[:30]}"
    elif (m := PLACE_LABEL.match(text)) and (place := gaz.resolve(m.group(1))) is not None:
        # (an item labelled by its place, as a list by province sets them: （一）上海市：上海外高桥港综合保税区…)
        named, why = [place], f"条文开头：{m.group(0)[:30]}"
    elif (heading := PLACE_HEADING.fullmatch(text)) and (place := gaz.resolve(heading.group(1))) is not None:
        # (a heading that is a place and no more, a group of a 名单's rows or a sheet's: 南宁片区, 一、郑州市（18家）)
        named, why = [place], f"标题：{text[:30]}"
    return named, why


def _sentence_before(text: str, at: int) -> str:
    """The text of the sentence (or line, or ；-part) that `at` is in, up to `at`."""
    return text[max(text.rfind(mark, 0, at) for mark in "。；\n") + 1:at]


def _opening_places(text: str, gaz: Gazetteer, paragraph: bool, host: str | None) -> tuple[list[Place], int] | None:
    """The places a measure opens with after its verb (支持黄岛区依托…), else with no verb before them (南昌、赣州…综试区
    要…), and where the run starts; None if neither."""
    for pattern in (PLACES_OPENING, PLACES_FIRST):
        if (m := pattern.match(text)) and (found := _named_opening(text[m.end():], gaz, paragraph, host)):
            return found, m.end()
    return None


def _named_opening(rest: str, gaz: Gazetteer, paragraph: bool, host: str | None) -> list[Place]:
    """The places named in full where a measure opens (named_run), when what follows makes it theirs (FOR_PLACE), its
    sentence does not put it off (在湟中区设立…的建议暂不采纳), and, in a paragraph of a plan (no item of its own), no later
    sentence turns to other places (支持泉州市建设…。…发挥莆田、宁德深水港口优势…: the paragraph is no one city's)."""
    found, end = named_run(rest, gaz, host)
    first, _, later = rest.partition("。")
    if not found or not FOR_PLACE.match(rest[end:]) or _APART.search(DETAILS_LATER.sub("", re.split(r"[；]", first)[0])):
        return []
    if not paragraph:  # (an item's or an article's later sentences go on with its measure: 依托湛江综合保税区…)
        return [*found, *_supported_next(first, found, gaz, host)]
    named = {p.name for p in found} | {p.city for p in found if p.city}
    others = [p for p in places_in(later, gaz) if p.kind in ("city", "county", "zone", "area") and p.name not in named]
    return [] if others else found


_SUPPORTED_NEXT = re.compile(r"[，；]\s*(?:支持|推动|鼓励)")


def _supported_next(sentence: str, found: Sequence[Place], gaz: Gazetteer, host: str | None) -> list[Place]:
    """The places the opening sentence supports next, each for a measure of its own (支持大石桥市建设…，支持盖州市建设…)."""
    more: list[Place] = []
    for m in _SUPPORTED_NEXT.finditer(sentence):
        places, end = named_run(sentence[m.end():], gaz, host)
        if places and FOR_PLACE.match(sentence[m.end() + end:]):
            more += [p for p in places if p not in found and p not in more]
    return more


def _zones_opening(texts: Sequence[str], gaz: Gazetteer) -> str | None:
    """The first text that opens with the 片区 its measure is for (_ZONES_ACT), each one known."""
    return next((t for t in texts if (m := _ZONES_ACT.match(t)) and _only_zones(next(g for g in m.groups() if g), gaz)), None)


_ACTS_NEXT = re.compile(r"[。；]\s*" + _ACTOR)


def _acting(run: str, own: Sequence[str], gaz: Gazetteer) -> list[Place]:
    """The counties or cities a sentence sets a task (青白江区要…, 泸州市、宜宾市要…), each one and none the document's own
    place; else none."""
    places = [gaz.resolve(name) for name in re.split(r"[、和及]", run)]
    return [p for p in places if p is not None] if all(
        p is not None and p.kind in ("county", "city") and p.name not in own for p in places) else []


def _actors(text: str, first: Sequence[Place], own: Sequence[str], gaz: Gazetteer) -> list[Place]:
    """The places an item opens with as the ones to act, and the others its later sentences open with so."""
    return [*first, *(p for m in _ACTS_NEXT.finditer(text) for p in _acting(m.group(1), own, gaz))]


def _cities(run: str, gaz: Gazetteer) -> list[Place]:
    """The cities a run names, one each between its 、 (湖州、台州; 湖州联动创新区、台州): [] if any is no city."""
    names = [re.sub(rf"{_BESIDE}$", "", n) for n in re.split(r"[、和及与]", run) if n]
    places = [gaz.resolve(n) for n in names]
    return [p for p in places if p is not None] if all(p is not None and p.kind == "city" for p in places) else []


def _only_zones(run: str, gaz: Gazetteer) -> bool:
    """Does a run of words hold 片区 names alone (with their zone's or province's name before them), every one
    known: 中国（云南）自由贸易试验区德宏片区、红河片区, 广西自贸试验区钦州港片区; not 本公告适用于在…片区."""
    for _, start, end in reversed(gaz.areas_in(run)):
        run = run[:start] + run[end:]
    rest = re.sub(r"[、和及与]|中国（[^（）]{2,4}）|自由贸易试验区|自贸试验区|自贸区", "", run)
    return "片区" not in rest and (not rest or (place := gaz.resolve(rest)) is not None and place.kind == "province")
