"""The domain's shared vocabulary: clause kinds, 文号, Chinese numerals, the
normal forms texts are compared in, and whether a document is in force.

Every stage uses these, so they live in one leaf module that imports nothing
else of bri-kb but the records in model.py: the question path can use them
without loading any ingestion code.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Kind(StrEnum):
    """What a clause is. Stored as its value in SQLite and in JSON."""

    ARTICLE = "article"  # 第X条 of a regulation
    ITEM = "item"  # a numbered item of an outline (一、（一）1.…)
    PARAGRAPH = "paragraph"  # unnumbered prose
    HEADING = "heading"  # a heading line that opens further clauses
    TABLE_HEADER = "table_header"
    TABLE_ROW = "table_row"
    NOTE = "note"  # 注：/说明： under a table or at the end
    ATTACHMENT = "attachment"  # 附件：… naming an attachment
    SIGNATURE = "signature"  # 落款: the signing organ and date


# The issuing levels, as a reader names them.
LEVEL_NAMES = {"state_council": "国务院", "ministry": "部委", "provincial": "省级", "municipal": "市级", "county": "县级",
               "other": "其他"}

# Kinds of removed lines in the ingest report (report.json keeps the keys), as a reader names them.
REMOVED_NAMES = {"page_number": "页码", "running_header": "页眉页脚", "url": "链接", "navigation": "导航",
                 "no_body_note": "此页无正文", "table_of_contents": "目录", "duplicate_paragraph": "重复段落",
                 "duplicate_document": "重复文件", "section_label": "栏目名", "web_debris": "网页杂项", "blank": "空行",
                 "empty_table_row": "空白表格行", "social_media": "公众号页面元素", "separator_line": "分隔线", "photo_caption": "图片说明",
                 "box_table_line": "字符表格的框线（表格内容已按行读入）",
                 "compilation_title": "汇编标题", "gazette_masthead": "公报刊头", "watermark": "水印（页）",
                 "draft_form": "发文稿纸、呈批件等办文表单",
                 "line_numbers": "行号（页）", "gazette_column": "公报栏目名",
                 "other_script": "民族文字译文（行）",
                 "translation": "外文译文（行）",
                 "gazette_cover": "公报封面（本期要目、出版信息）", "carrier_post": "转载文章的标题和导语",
                 "seal_text": "印章文字（识别）", "comment": "批注（条）",
                 "struck_text": "修订删除的文字（页）", "web_sidebar": "网页侧栏的相关链接（行）",
                 "blank_form_row": "空白表格（待填写的栏目）", "omission_mark": "省略标记（附件略、……）",
                 "closing_formula": "结束语（特此通知等）", "editor_note": "编者按（汇编者在文件之间的说明）"}

# Clauses that point at content rather than hold it.
POINTERS = frozenset({Kind.HEADING, Kind.TABLE_HEADER, Kind.SIGNATURE, Kind.ATTACHMENT})

# How an organ's name ends, as a 发文机关标志 or an editing office prints it (…管理委员会, …办公厅, …商务厅, …街道办事处; a
# ministry's 司 after its ministry, 海关总署口岸监管司, never a 公司; a 秘书处, 中国—东盟博览会秘书处).
ORGAN_END = (r"(?:人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|委员会|办公厅|办公室|街道办事处|督查室|研究室|总局|海关"
             r"|党组"
             r"|检查总站|检查站|执法检查组|支队|总队|银行|分行|联盟|秘书处|政府|部|委|局|厅|院|署|会|办|府|(?<=[部署局委])[\u4e00-\u9fff]{2,8}(?<!公)司|(?<=海关|分局)[\u4e00-\u9fff]{2,6}科)")
# The characters an organ's name is written in: its place in brackets (中国（湖北）自由贸易试验区武汉片区管理委员会), a quoted
# word (湖南省推进“一带一路”建设工作领导小组办公室), a dash between two places (中国—东盟博览会秘书处). For a character
# class: [{ORGAN_CHARS}].
ORGAN_CHARS = "\u4e00-\u9fff（）“”—"
# A public-service unit that signs what it issues as an organ does (…片区政务服务中心, …投资促进中心); not in ORGAN_END, which
# reads a name in running text, where 中心 ends many a word.
SERVICE_CENTRE = r"(?:政务服务|服务|促进|发展|交易|研究|信息|调解|仲裁)中心"  # (…国际商事调解中心: a body of the zone)
ENDS_AS_ORGAN = re.compile(rf"{ORGAN_END}$")  # (a name that ends as an organ's does: …商务厅, …管理委员会)
NOTE = re.compile(r"^(?:注\s*(?:\d{0,2}|[①-⑳])|说明)\s*[:：]")  # 注：, 说明：, and a footnote set as 注1：or 注①：

# ---- 文号 -----------------------------------------------------------------


@dataclass(frozen=True)
class DocNumber:
    """A 文号 such as 国发〔2017〕57号, split into its parts."""

    text: str
    issuer_code: str
    year: int
    serial: str


# (a year may be typed in Chinese numerals, 南自贸管发[二〇二六]3号, as some small offices do)
_YEAR = r"(?:19|20)\d{2}|[一二][〇零○九][〇零○一二三四五六七八九]{2}"
DOC_NUMBER = re.compile(
    rf"([\u4e00-\u9fff]{{1,10}}?)\s*[〔\[［﹝【(（]\s*({_YEAR})\s*[〕\]］﹞】)）]\s*(?:[\u4e00-\u9fff]{{0,2}}字)?第?\s*(\d{{1,4}})\s*[号號]"
)  # (號: as 横琴's and other documents for Macau and Hong Kong readers print it; 〔2024〕第17号: an answer's;
# 〔2025〕不字第3号: a decision's series, as a 不予行政许可决定书 is numbered apart from the grants)


# As people type a 文号: 国发2017年57号, 国发(2017)57号, 国发 2017 57号.
LOOSE_DOC_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,10}?)\s*[〔\[［﹝【(（]?\s*((?:19|20)\d{2})\s*[〕\]］﹞】)）]?\s*年?\s*第?\s*(\d{1,4})\s*号"
)
# Short forms a title is often typed with, as the documents themselves write them.
_TITLE_SHORT = (("自贸试验区", "自由贸易试验区"), ("自贸区", "自由贸易试验区"))


# A 公告's or 令's number as ministries and their branches print it, the year and the
# serial with no brackets: 海关总署公告2024年第45号, 国家税务总局云南省税务局公告2024年第3号, 商务部令2019年第1号.
ANNOUNCEMENT_NUMBER = re.compile(
    r"([\u4e00-\u9fff]{1,20}?(?:公告|通告|令))\s*[（(]?\s*((?:19|20)\d{2})\s*年\s*第\s*(\d{1,4})\s*号\s*[)）]?"
)
# A court's 案号: the year in brackets first, then the court's code and the kind of case, then the serial
# (（2025）沪0115民初58217号, （2024）最高法民终123号), as courts print it under a 判决书's or 裁定书's title.
# (a ruling made later in the case is numbered after it: （2026）粤0391民初512号之一)
CASE_NUMBER = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*[)）]\s*([\u4e00-\u9fff]{1,3}\d{0,4}[\u4e00-\u9fff]{1,4}?)(\d{1,6})\s*号"
                         r"(之[一二三四五六七八九十]{1,3})?")
# Either kind, to find one inside a longer pattern or a text (each match is read by parse_doc_number).
ANY_DOC_NUMBER = re.compile(rf"{DOC_NUMBER.pattern}|{ANNOUNCEMENT_NUMBER.pattern}")
# Words that lead into a number cited in a sentence (根据海关总署公告…, 按照…): not part of its issuer.
_LEAD_WORDS = re.compile(r"^.*(?:根据|按照|依据|依照|参照|详见|执行|落实|贯彻|见|的|(?<!共)和|及|与)")


FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def parse_doc_number(text: str) -> DocNumber | None:
    """The first 文号 in a text, split into issuer code, year and serial:
    '国发〔2017〕57号' -> DocNumber('国发〔2017〕57号', '国发', 2017, '57'), and so '国发[2017]57号';
    '海关总署公告2024年第45号' -> DocNumber('海关总署公告2024年第45号', '海关总署公告', 2024, '45'); its figures
    typed full-width (南自贸管发〔２０２４〕１２号) read as figures."""
    text = text.translate(FULLWIDTH_DIGITS)
    m = DOC_NUMBER.search(text)
    a = ANNOUNCEMENT_NUMBER.search(text)
    if a and (not m or a.start() < m.start()):
        code = _LEAD_WORDS.sub("", a.group(1))
        if len(code) > 2:  # (a bare 公告 or 令 names no issuer)
            return DocNumber(f"{code}{a.group(2)}年第{a.group(3)}号", code, int(a.group(2)), a.group(3))
    if not m:
        if case := CASE_NUMBER.search(text):
            return DocNumber(f"（{case.group(1)}）{case.group(2)}{case.group(3)}号{case.group(4) or ''}", case.group(2),
                             int(case.group(1)), case.group(3))
        return None
    code, year, serial = m.group(1), _year_of(m.group(2)), m.group(3)
    # The year in the brackets the standard sets (GB/T 9704: 〔〕), however it was typed: 闽政[2016]21号, 闽政（2016）21号.
    raw = _YEAR_BRACKETS.sub(r"〔\1〕", re.sub(r"\s+", "", m.group(0)), count=1)
    return DocNumber(raw, code, year, serial)


# A 令 that makes a rule, or a 人大常委会's 公告 that publishes one, numbered in one run over the years
# (云南省人民政府令（第231号）, 商务部令第3号, 陕西省人民代表大会常务委员会公告（第二十六号）; a government's 通告 too,
# 云南省人民政府通告（第2号）).
_DECREE = re.compile(r"([\u4e00-\u9fff][\u4e00-\u9fff ]{1,40}?(?:令|公告|通告))\s*[（(]?\s*"
                     r"第\s*(\d{1,4}|[一二三四五六七八九十百零〇]{1,6})\s*号\s*[)）]?")


def decree_number(text: str, year: int) -> DocNumber | None:
    """The number of the 令 or 公告 a text is (云南省人民政府令（第231号）), printed as cited: '云南省人民政府令第231号', of
    the year it was made (its number names none); None if the text is not one. A number in Chinese numerals
    (公告（第二十六号）) is printed so, its serial in figures."""
    # (joint organs keep the space between them: 国家发展改革委 商务部令第31号)
    m = _DECREE.fullmatch(re.sub(r"\s+", " ", text.translate(FULLWIDTH_DIGITS)).strip())
    if not m:
        return None
    serial = m.group(2) if m.group(2).isdigit() else str(cn_to_int(m.group(2)) or m.group(2))
    return DocNumber(f"{m.group(1)}第{m.group(2)}号", m.group(1), year, serial)


_YEAR_BRACKETS = re.compile(rf"[〔\[［﹝【(（]({_YEAR})[〕\]］﹞】)）]")
# A year written digit by digit in Chinese numerals (二〇二六, 二○一二; a 落款's too, metadata.hanzi_date_to_digits), as figures.
HANZI_DIGITS = str.maketrans("〇○零ＯO一二三四五六七八九", "00000123456789")


def _year_of(text: str) -> int:
    """A 文号's year as a number: '2026' and '二〇二六' -> 2026."""
    return int(text.translate(HANZI_DIGITS))


# ---- Chinese numerals -----------------------------------------------------

CN_DIGITS = "零〇一二三四五六七八九十百千两"
_CN_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(text: str) -> int | None:
    """一百二十三 -> 123; 十二 -> 12; None for text that is not a numeral."""
    if not text or any(c not in _CN_VALUES and c not in _CN_UNITS for c in text):
        return None
    total, current = 0, 0
    for c in text:
        if c in _CN_VALUES:
            current = _CN_VALUES[c]
        else:
            total += (current or 1) * _CN_UNITS[c]
            current = 0
    return total + current


def int_to_cn(n: int) -> str:
    """123 -> 一百二十三, the way article numbers are printed (10 -> 十, 20 -> 二十)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    head = digits[n // 100] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + digits[rest]
    return head + (digits[rest // 10] + "十" + (digits[rest % 10] if rest % 10 else ""))


# ---- normal forms ---------------------------------------------------------

_WS = re.compile(r"\s+")
_REF_MARKS = re.compile(r"[\s〔〕\[\]［］﹝﹞【】()（）《》〈〉<>]")


def squash(text: str) -> str:
    """NFKC with all whitespace removed: the form in which two printings of the
    same passage compare equal (wraps, full-width digits). The shared scorer
    matches anchors in this form."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


def ref_key(text: str) -> str:
    """A 文号 or title as people type it, without spaces, brackets or 《》:
    国发〔2017〕57号, 国发[2017]57号 and 国发（2017）57号 share one key."""
    return _REF_MARKS.sub("", unicodedata.normalize("NFKC", text or ""))


def order_key(text: str) -> str:
    """ref_key of a 令 or 公告, with or without the state's name its 版头 prints:
    中华人民共和国海关总署公告（2024年第45号） and 海关总署公告2024年第45号 share one key."""
    return ref_key(text).removeprefix("中华人民共和国")


def serial_key(serial: str) -> str:
    """A 文号's serial as compared: 057 and 57 are one (str -> str)."""
    return serial.lstrip("0") or "0"


def loose_doc_number(text: str) -> tuple[str, int, str] | None:
    """(issuer code, year, serial) of a 文号 as people type it, brackets or not."""
    m = LOOSE_DOC_NUMBER.search(text)
    return (m.group(1), int(m.group(2)), serial_key(m.group(3))) if m else None


_QUOTES = re.compile(r"[“”‘’\"'「」『』]")


def title_key(text: str) -> str:
    """A title as people type it: ref_key, with 自贸区/自贸试验区 written out, the
    中国 of 中国（浙江） dropped and no quotation marks (“一带一路” is typed 一带一路),
    so that 浙江自贸区条例 finds 中国（浙江）自由贸易试验区条例."""
    key = _QUOTES.sub("", ref_key(text))
    for short, full in _TITLE_SHORT:
        key = key.replace(short, full)
    return key.removeprefix("中国")


_TYPED_DATE = re.compile(r"\s*((?:19|20)\d{2})\s*[-年./／]\s*(\d{1,2})\s*[-月./／]\s*(\d{1,2})\s*日?\s*")


def iso_of(m: re.Match[str] | None) -> str | None:
    """A (year, month, day) match as an ISO date, or None when it is no date."""
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def typed_date(text: str) -> str | None:
    """A date as people type it (2018-06-01, 2018-6-1, 2018年6月1日, 2018/6/1, 2018.6.1) as ISO, or None."""
    return iso_of(_TYPED_DATE.fullmatch(unicodedata.normalize("NFKC", text)))


def fold(text: str) -> str:
    """NFKC and lower case: how words are compared for search."""
    return unicodedata.normalize("NFKC", text).lower()


# ---- in force ---------------------------------------------------------------


class Dated(Protocol):
    """What in_force reads of a document: its printed dates (ISO)."""

    @property
    def effective(self) -> str | None: ...

    @property
    def expires(self) -> str | None: ...

    @property
    def signed(self) -> str | None: ...

    @property
    def published(self) -> str | None: ...


# A draft's status at the end of its title (…办法（征求意见稿）): not a rule in force. A 试行 or
# 暂行 rule is in force; a title that quotes a draft (关于公开征求《…（征求意见稿）》意见的通知) is no draft.
_DRAFT_STATUS = re.compile(r"[（(]\s*(征求意见稿|送审稿|修订草案|草案|讨论稿|代拟稿)\s*[)）]$")


def draft_of(title: str) -> str | None:
    """The draft status a title ends with (征求意见稿, 送审稿, 草案 …), or None."""
    m = _DRAFT_STATUS.search(title.strip())
    return m.group(1) if m else None


def start_of(doc: Dated) -> tuple[str | None, str | None]:
    """When a document takes effect, and the date that rests on: its 施行 date
    when it prints one; else a decision or notice takes effect on its date, the
    成文 date (signed) or else the 发布 date (published)."""
    for date, basis in ((doc.effective, "施行日期"), (doc.signed, "成文日期"), (doc.published, "发布日期")):
        if date:
            return date, basis
    return None, None


def in_force(doc: Dated, on: str) -> bool | None:
    """Whether a document is in force on an ISO date: True or False when its
    dates decide it (see start_of), None when it has none."""
    if doc.expires and on > doc.expires:
        return False
    start, _ = start_of(doc)
    if not start:
        return None
    return start <= on
