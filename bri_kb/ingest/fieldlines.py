"""Lines that stand on their own in a wrapped text: a contact's or a form's field, a meeting's, organs side by side,
a signature over its date, a list's units or persons a line each, a table's row set with a dot leader.

The reflow (reflow.py) asks these before joining a line to the one above; they only look at the line and its
neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.clean import Line
from bri_kb.ingest.conventions import ATTENDED, BLANK, LIST_LABEL, NUMERIC_DATE, PHONE_END, ZONE_NAME
from bri_kb.ingest.text import COMMAS, PARAGRAPH_ENDS
from bri_kb.vocabulary import ORGAN_CHARS, ORGAN_END, SERVICE_CENTRE

# A 成文日期 alone on its line (2026年3月5日, 二〇二六年三月五日).
DATE_LINE = re.compile(rf"^(?:(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{NUMERIC_DATE}"
                       r"|[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)$")
# A form's field left blank to fill in, then the next field (甲方（园区运营主体）：______ / 乙方（入驻企业）：______): lines.
# (or a blank and its unit, 海外仓面积：____平方米, its note, ____（盖章）, or a line of options to tick; a field's label may
# open with its year, 2025年服务外贸企业数量：)
_UNIT = r"(?:万元|亿元|元|万美元|美元|平方米|平方公里|亩|万吨|吨|标箱|人|家|个|项|次|件|份|名|辆|列|天|日|%|％)"
_BLANK_END = re.compile(rf"{BLANK}\s*(?:[)）]|{_UNIT}|[（(][\u4e00-\u9fff]{{1,4}}[)）])?\s*$"
                        r"|(?:[□☐]\s*[\u4e00-\u9fff（）()]{1,20}[\s\u3000]*){2,}$")
_FIELD_OPENS = re.compile(r"(?:(?:19|20)\d{2}\s*年度?)?[\u4e00-\u9fff（）()]{2,24}[:：]")
_ORGAN_ALONE = re.compile(rf"[\u4e00-\u9fff（）]{{2,30}}(?:厅|局|委员会|政府|办公室|办公厅|海关|部|委|院|署|行|会|{SERVICE_CENTRE})")


# A contact's fields, each on a line of its own (联系电话：… / 电子邮箱：…), a form's fields to fill in above
# it (填报单位（盖章）：　填报日期：　年　月　日), and a meeting's (时间：… 地点：… 主持人：…).
CONTACT = re.compile(r"(?:联系人|联系电话|电子邮箱|电子信箱|邮箱|通讯地址|通信地址|传真|邮政编码"
                     r"|(?:填报|填表|报送|申报)(?:单位|日期|人)(?:（盖章）|\(盖章\))?"
                     r"|(?:会议)?(?:时间|地点)|主持人|发布人"
                     rf"|(?:{ATTENDED})(?:人员|单位)?)\s*[:：]")  # (a 纪要's lists of who attended)
MEETING_FIELD = re.compile(rf"(?:主持(?:人)?|(?:参加|参会)(?:人员|单位)?|(?:{ATTENDED})(?:人员|单位)?)\s*[:：]")


def blank_field(line: str, nxt: str) -> bool:
    """Does a line end on a field left blank to fill in, the next opening a field of its own?"""
    return bool(_BLANK_END.search(line) and _FIELD_OPENS.match(nxt.strip()))


def form_opens(line: str, nxt: str) -> bool:
    """Is the next line a whole field left blank (备案机关：＿＿＿), under a line that holds no field (a form's title,
    …告知承诺书（参考文本）)? It opens the form's first paragraph."""
    return bool(_FIELD_OPENS.match(nxt.strip()) and _BLANK_END.search(nxt)) and not re.search(r"[:：，、]", line)


def organs_spaced(line: str) -> bool:
    """Is a line organs' names alone, two or more spaced apart (东湖高新区政务服务和大数据管理局　　东湖海关)?"""
    return len(names := line.split()) > 1 and all(_ORGAN_ALONE.fullmatch(x) for x in names)


def contact_field(line: str, nxt: str) -> bool:
    """Does the next line open a contact's field after a line that ends no sentence on a comma?"""
    return bool(CONTACT.match(nxt)) and line[-1:] not in COMMAS


def next_contact(line: str, nxt: str) -> bool:
    """Does a line end with a telephone number and the next go on with no digit or mark: the next contact of a list
    (联系人：…处　乌　云　0471-6945213 / 自治区财政厅经济建设处　李　哲　0471-6282476)? (Not one closed with a semicolon:
    in a PDF, contacts a line each, …对外贸易处：黄丽萍，0771-2109536；, look as one paragraph wrapped after its
    semicolon does; only a Word file's manual breaks tell them apart, word.soft_breaks.)"""
    return bool(PHONE_END.search(line)) and not nxt[:1].isdigit() and nxt[:1] not in PARAGRAPH_ENDS + COMMAS


def signs(lines: Sequence[Line], i: int) -> bool:
    """Is line i an organ's name alone above a 成文日期 (a signature, which no sentence runs on into), or the first
    of two lines of organs side by side over it (商务部　外交部 / 国家发展改革委　财政部 / 2024年8月26日)?"""
    def organs(k: int, zone: bool = False) -> bool:
        return k < len(lines) and all(_ORGAN_ALONE.fullmatch(x) or zone and ZONE_NAME.fullmatch(x) for x in lines[k].text.split())
    # (up to four lines of organs: a joint signature whose zone committee's name wraps, 中国（广西）自由贸易试验区　钦州市商务局 /
    # 钦州港片区管理委员会 / 钦州市市场监督管理局 / 2025年8月12日)
    if (organs(i) and i + 1 < len(lines) and bool(DATE_LINE.match(lines[i + 1].text))
            or organs(i) and organs(i + 1) and i + 2 < len(lines) and bool(DATE_LINE.match(lines[i + 2].text))):
        return True
    k = i
    while k < len(lines) and k - i < 4 and organs(k, True):
        k += 1
    return k > i and any(ZONE_NAME.fullmatch(x) for x in lines[i].text.split()) and k < len(lines) and bool(
        DATE_LINE.match(lines[k].text))


# A unit's name alone on its line, as a list of units sets them (a 表彰's 先进集体, a 名单): its suffix an organ's, an
# office's or a company's. (Not 会, 部 or 行 alone: many a sentence's wrapped line ends on 机会, 全部 or 运行.)
_UNIT_ALONE = re.compile(r"[\u4e00-\u9fff（）()]{2,40}(?:厅|局|委员会|管委会|政府|办公室|办公厅|海关|中心|公司|集团|处|支队|总队)")


# (or a person's name and unit: 陈　静（四川天府新区成都管委会）, 赵明亮（成都国际铁路港投资发展（集团）有限公司）)
_PERSON_OF_UNIT = re.compile(r"[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3}"
                             r"[（(][^（）()]{2,40}(?:[（(][^（）()]{1,10}[)）][^（）()]{0,30})?[)）]"
                             # (or a 名单's person and post, spaced or tabbed apart: 周建湘　…管委会招商合作局局长, 刘海燕（女）　…部长,
                             # under its label or not: 成　　员：⇥陈文彬⇥省委台港澳办副主任)
                             rf"|(?:{LIST_LABEL}[ \u3000\t]*)?"
                             r"[\u4e00-\u9fff][ \u3000]?[\u4e00-\u9fff]{1,3}(?:[（(][男女][)）])?[ \u3000\t]+"
                             r"[^。；！？\s]{2,40}(?:长|主任|书记|总监|经理|科员|调研员|巡视员|专员|委员|主席)")


# Who came for a unit, a line each under 参会人员： (片区规划建设局：陈家宝　韦小兰)
# (a unit's name, not a field's label: 职务：厅长 and 日期：… are a signing page's)
_UNIT_ATTENDEES = re.compile(rf"[{ORGAN_CHARS}]{{1,28}}(?:{ORGAN_END}|公司|站|处|中心)[:：]\s*[\u4e00-\u9fff·]{{2,5}}"
                       r"(?:[ \u3000]+[\u4e00-\u9fff·]{2,5})*")


def unit_attendees(line: str) -> bool:
    """Is a line a unit's name and those who came for it (片区规划建设局：陈家宝　韦小兰), a meeting's attendance?"""
    return bool(_UNIT_ATTENDEES.fullmatch(line.strip()))


def units_listed(line: str, nxt: str) -> bool:
    """Are a line and the next each a unit's name alone (成都市商务局自贸试验区工作处 / 成都海关综合业务处), or a person's
    with their unit: a list's entries, a line each, however wide?"""
    return all(_UNIT_ALONE.fullmatch(x.strip()) or _PERSON_OF_UNIT.fullmatch(x.strip()) for x in (line, nxt))


# A line of a list set with a dot leader to its figure, as a 资金分配表 typed with tab stops is (郑州市……………5600, or
# 其中：巩义市………220): a row of its own, whatever its width.
LEADER_ROW = re.compile(r"[^。；]{1,40}?(?:…{2,}|\.{4,}|·{4,}|．{3,})\s*[-−]?[\d,，.．]+\s*(?:万元|亿元|元|%)?")

