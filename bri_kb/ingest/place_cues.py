"""Where a clause's own form says it applies: a table's place column (适用区域, 所在市县, 所在片区 …), an item
labelled by its place (（一）上海市：…), a heading that is a place and no more (南宁片区, 一、长沙市（18家）). Patterns
and pure functions; applicability weighs them."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bri_kb.ingest.copied import ITEM_NUMBER

# An item labelled by its place: （一）上海市：…
# (or its run-in heading the place alone: （一）洋浦经济开发区。重点发展…)
# (or by its government or committee, a 联席会议's member: （十二）奎文区政府：负责…)
PLACE_LABEL = re.compile(ITEM_NUMBER + r"\s*([\u4e00-\u9fff]{2,16}?)(?:人民政府|政府|管委会|管理委员会)?(?:[:：]|。(?=\S))")
# An item whose measure opens with where it is for, the places named in full in its first phrase (（一）建设跨境电商
# 产业园区。支持黄岛区依托…, 推动望城区建设…, 对在同安区、翔安区新设立的…): what follows is read by place_names.named_run
PLACES_OPENING = re.compile(ITEM_NUMBER + r"\s*(?:[^。；：\n]{2,32}(?:。|\n)\s*)?"
                            r"(?:根据《[^》]{2,40}》(?:的?规定)?[，,])?"  # (根据《…办法》，在三亚市注册…; 注册在…片区的企业…)
                            r"(?:对(?:[^。；，、在]{1,8}?并)?(?:注册)?在|(?:注册|登记)?在|[\u4e00-\u9fff]{2,10}?(?:海关|局|厅|委|办)(?:要|应当|负责)在|对?位于|(?:支持|鼓励|推动|推进|引导)(?:[^。；，：\n]{0,6}?在)?)(?=[\u4e00-\u9fff])")
# …or with them alone (（一）推动综试区差异化发展。南昌、赣州、九江跨境电商综试区要…, 第六条 武汉市、襄阳市人民政府应当…)
PLACES_FIRST = re.compile(ITEM_NUMBER + r"\s*(?:[^。；：\n]{2,24}(?:。|\n)\s*)?(?=[\u4e00-\u9fff])")
# what says the measure is the places' own after they are named: an action they take, where it is done, their
# companies or parks (黄岛区依托…, 同安区、翔安区新设立的…, 洋浦经济开发区内…, 玉溪市研和工业园区…); not an organ or an
# event there (在青岛市政府的支持下, 在郑州市举办), nor what comes from them (鹰潭市铜产品)
# (（以下简称…） after the names, or 等边境县（市）)
FOR_PLACE = re.compile(r"(?:[（(][^（）()]{1,20}[)）])?(?:等?(?:[\u4e00-\u9fff]{0,6}(?:县|市|地区|城市))?"
                       # (a list counted whole, not one 等 ends: …连云港、宿迁5市的园区)
                       r"|(?:\d{1,2}|[两二三四五六七八九十]{1,2})个?(?:县|市|地区|城市))?"
                       r"(?:自贸试验区|自由贸易试验区)?"  # (the areas beside the zone they hold: 胶州市、即墨区自贸试验区联动创新区)
                       r"(?:各|均)?"  # (each its own: 支持灵山县、浦北县各建设1个…)
                       r"(?:内|范围|政策|结合|复制|联动|协同|全域|依托|围绕|建设|开展|发展|加快|打造|新?设立|新设|新建|承接|集聚|培育|实施|推进|推动|拓展|作为"
                       r"|开行|始发|探索|创建|申报|申建|稳定|注册|登记|率先|先行|试点|争创|做强|做大|用好|优化|提升|完善|引进|构建|布局"
                       r"|规划|对接|扩大|深化|创新|统筹|加密|组织|工作|推广|发挥|全面(?:推广|推行|实施|开展)"
                       # (what they do somewhere of theirs: 支持凭祥市、东兴市在边民互市贸易区开展…)
                       r"|在[^。；，、]{2,20}?(?:开展|建设|设立|试点|探索)"
                       # (what it builds around: 支持西安市以西安国际港务区…为核心)
                       r"|以[^。；，]{2,40}?为(?:核心|龙头|主体|依托|重点|载体|引领)|[^。；，、]{0,10}?企业|的[^。；，、]{0,8}?(?:项目|资金|单位)"
                       # (what stands within it: 在即墨区市场采购贸易方式试点范围内新增备案的…)
                       # (not 内容, 内部, 内陆, 内地, nor a name that starts so: 内罗毕, 内蒙古, 内江)
                       r"|[^。；，、“”《]{0,16}?(?:范围)?内(?![容部外陆地需罗蒙江])"
                       r"|(?:跨境电商|跨境电子商务)?(?:综试区|综合试验区)|(?:人民政府|政府|[\u4e00-\u9fff]{1,6}?(?:局|委|办))?(?:应当|要|负责)|可以依法"
                       r"|[\u4e00-\u9fff]{0,12}?(?:园区|开发区|综合保税区|保税区|新城|产业园))")
# a sentence that leaves a place out or puts it off (横琴片区…另行部署，不适用本项规定; 满一年后…可扩大至横琴片区)
# …but not one saying who sets the details later (具体监管办法由天津海关另行制定)
DETAILS_LATER = re.compile(r"[^，。；]{0,12}(?:办法|细则|规则|标准|方案)(?:由[^，。；]{1,20})?另行(?:制定|规定)")
APART = re.compile(r"不适用|暂不|不纳入|除外|另行(?:部署|制定|安排)|(?:后|时)[^。；]{0,12}(?:可|再)?(?:扩大|推广|延伸)至")
# A heading that is a place and no more, perhaps numbered and counted: 南宁片区, 一、郑州市（含…）（18家）
PLACE_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])?\s*"
                           r"([\u4e00-\u9fff]{2,20}?)(?:[（(][^（）()]{0,30}[)）])*")
# A column saying where a row applies (适用区域, 推广范围 …), or else the 片区 it is for (申报片区, 所在片区, 片区;
# not the one a result came from, 首创片区)
_SCOPE_COLUMN = re.compile(r"(?:适用|实施|试点|暂停|推广|复制)(?:区域|范围|地区|片区)")
# (a 分配表's rows, one a city; a 名单's, one a district: 所在区县（片区）)
_CITY_COLUMN = re.compile(r"(?:市别|市州|州市|州|地市|所在市|所属市|省辖市|(?:所在|所属)?城市|板块|所在板块|所在地区|地区|市县|县市区|区县"
                          r"|所在区县|所属区县|口岸|所在口岸"
                          r"|旗县(?:市|区|市区)?|盟市|(?:所在|所属)?旗"  # (内蒙古's: 旗县市, 盟市)
                          r"|(?:责任|所在|所属)?县|(?:所在|所属)区|所在区域|所属区域"
                          r"|建设地点|项目地点|实施地点|所在地|项目所在地"
                          r"|(?:监管)?场所(?:名称)?|(?:特殊区域|综合保税区|综保区)(?:名称)?"  # (a site's name: 石家庄综合保税区)
                          r"|(?:所在|所属)?[市州县区](?:[（(][市州县区、]{1,4}[)）])?[市州县区]{1,2}"  # (所在市县, 区（市）县)
                          r"|(?:所在|所属)?[县区][（(][市区、]{1,4}[)）]"  # (区（市）, 县（市、区）: a 名单's district)
                          r"|(?:所在|所属)?省(?:份|[（(]区、?市[)）])?)"  # (省（区、市）: a national table's row, a province's)
                          r"(?:[（(][^（）()]{1,6}[)）])?"  # (a 口岸 named by its city: 满洲里口岸)
                          r"(?:[、/／](?:园区|开发区|片区|口岸))?")  # (县（市）、园区: a row a county's or a park's)
# (a row per zone: 上海, 广东, …; or per 片区: 所在自由贸易试验区（片区）)
FTZ_COLUMN = re.compile(r"(?:所在|所属)?(?:自由贸易|自贸)试验区(?:名称)?(?:[（(]片区[)）])?")
_ZONE_COLUMN = re.compile(r"(?<!首创)(?<!原创)(?<!来源)(?<!形成)片区(?:[（(][^（）()]{1,6}[)）])?$")  # (所在片区（区域）)


# The kinds of place column in the order they say where a row applies, each with how its name is matched (whole
# or in part): a scope column first (适用区域), then a 片区 column, a zone column, a place column (所在市县).
_COLUMN_KINDS = ((_SCOPE_COLUMN, False), (_ZONE_COLUMN, False), (FTZ_COLUMN, True), (_CITY_COLUMN, True))


def _place_columns(fields: Mapping[str, str]) -> list[str]:
    """A table row's place columns, kind by kind in _COLUMN_KINDS's order."""
    return list(dict.fromkeys(k for pattern, whole in _COLUMN_KINDS for k in fields
                              if (pattern.fullmatch(k) if whole else pattern.search(k))))


def place_column(fields: Mapping[str, str]) -> str | None:
    """The column of a table row that says where it applies: a scope column first (适用区域), then a 片区 column, a
    zone column, a place column (所在市县); None if the row has none."""
    return next(iter(_place_columns(fields)), None)


def other_place_columns(fields: Mapping[str, str], column: str) -> list[str]:
    """The row's other filled place columns, in place_column's order, to read where `column` names no place known (a
    片区 column's 协同改革先行区 beside 所在地 德阳市旌阳区; 口岸 呼玛口岸 beside 所在县（市） 呼玛县); none after a scope
    column (适用区域, 推广范围), whose 全省 says where."""
    if _SCOPE_COLUMN.search(column):
        return []
    return [k for k in _place_columns(fields) if k != column and fields[k]]
