"""The conventions by which one ingest stage hands text to the next.

The readers (text, HTML, Word, PDF) all produce plain lines; what the later
stages need to know about layout travels inside those lines, in these forms:

- a table row is one line of cells joined by CELL;
- a page break is PAGE_BREAK (a form feed) before the first line of the page;
- a document's own metadata is a block of header lines (发布时间：…, 来源：…,
  文件名称：…) under its title, as compilations print them and as the HTML
  reader writes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bri_kb.ingest.text import open_quote
from bri_kb.vocabulary import ORGAN_END, SERVICE_CENTRE

CELL = "｜"  # full-width bar: it survives the space clean-up of Chinese text
# The glyphs that bullet a list's entries, as Word and WPS set them (○ left out: it also stands for 〇 in years).
BULLETS = "◆◇●■□►▶•★☆※▪"
PAGE_BREAK = "\f"
# A 目录 entry's page: a page number (Arabic or Roman, perhaps in brackets), or a merged file's range of pages (3—7).
PAGE_REF = r"(?:\d{1,4}(?:\s*[—–\-－~～]\s*\d{1,4})?|[IVXivx]{1,4}|[（(]\d{1,4}[)）])"
FIRST_HEADER = "发布时间"  # the header field that opens a document in a compilation
HEADER_FIELDS = ("发布时间", "来源", "文件名称", "发文字号", "发布日期", "日期", "成文日期", "发布部门", "废止日期", "有效期")
HEADER_LINE = re.compile(rf"^({'|'.join(HEADER_FIELDS)})\s*[:：]\s*(.*)$")
# A day written in figures alone, as some offices date a signature (2024/7/15, 2024.9.30, 2024-05-20).
NUMERIC_DATE = r"(?:19|20)\d{2}\s*[./／-]\s*\d{1,2}\s*[./／-]\s*\d{1,2}"
# A field left blank to fill in, typed as underscores (之日起______日内, 甲方：____________)
BLANK = r"(?:_{3,}|＿{2,})"
# An e-mail or web address (xmftzmyc@163.com, www.singlewindow.cn, https://…, ….gov.cn)
WEB_ADDRESS = re.compile(r"[\w.%+\-]*@|www\.|https?://|\w\.(?:cn|com|org|net|gov)\b", re.IGNORECASE)
_DAY = r"[\d一二三四五六七八九十]{1,3}"
# A 成文日期 as a 落款 gives it, in figures or in Chinese numerals (二〇二六年二月二十八日), or with dots.
SIGNED_DATE = rf"(?:(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*{_DAY}\s*月\s*{_DAY}\s*日|{NUMERIC_DATE})"
# The posts of the heads who sign a 令 (a two-character post or name may be set spaced out: 市　长　赵立群).
HEADS = "|".join(r"\s?".join(title) for title in ("总理", "主席", "委员长", "省长", "市长", "主任", "部长", "署长", "局长", "行长"))
HEAD_SIGNS = rf"(?:{HEADS})\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,3}}"
# The 附件说明 under a 公文's text: 附件：…, 附件1：…, 附表：…, a web page's 相关附件：/附件下载：
ATTACHMENT_NOTE = r"(?:相关)?附[ \u3000]{0,2}[件表](?:下载)?\s*\d*\s*[:：]"  # (附  件：, spaced out as WPS sets it)
# Who drew a list or form up, as its form names them (填报单位（盖章）：…, 编制单位：…), and the place left for a
# seal after a name (…办公厅（盖章）): the seal's place, no part of the name.
FORM_FILLER = r"(?:填报|编制|制表)单位"
# A line of a contact list ends with its telephone number (联系人：…处　乌　云　0471-6945213 / 自治区财政厅…): the next
# line is the next contact, not the rest of this one.
PHONE_END = re.compile(r"(?:\d{3,4}\s*[-－—]\s*)?\d{7,8}$|1\d{10}$")
# Contacts a line each, each line a unit's, its person and phone number after it and closed with a semicolon
# (自治区商务厅对外贸易处：黄丽萍，0771-2109536； / 自治区口岸办通关协调处：覃海峰，…): not one sentence that goes on, as
# 四、咨询电话。…科：0770-7689126； or 联系人：省商务厅自贸处王磊，电话：…； / 会务组李敏，… do
_UNIT_OPENS = re.compile(r"(?![^：:]*(?:联系|电话|邮箱|传真|咨询))[\u4e00-\u9fff（）()]{2,30}[:：]")


def contacts_listed(line: str, nxt: str) -> bool:
    """Are two lines contacts of a list a line each, each a unit's and the first closed by a semicolon after its phone
    number (自治区商务厅对外贸易处：黄丽萍，0771-2109536； / 自治区口岸办通关协调处：覃海峰，0771-5587123；)?"""
    first = line.strip()
    return (first[-1:] in "；;" and bool(PHONE_END.search(first[:-1].rstrip())) and bool(_UNIT_OPENS.match(first))
            and bool(_UNIT_OPENS.match(nxt.strip())))


_SEALED = "盖章|签章|公章"
SEAL_PLACE = re.compile(rf"[（(](?:{_SEALED})[)）]")
# The note where an organ's seal is put, under its name in a 落款: （行政复议专用章）, （公章）, （印章）
SEAL_NOTE = re.compile(rf"[（(][\u4e00-\u9fff]{{0,8}}(?:专用章|印章|{_SEALED})[)）]")
# The placeholder Word shows in an empty content control, printed as it stands when no one filled it in.
WORD_PLACEHOLDER = re.compile(r"(?:单击|点击)(?:或(?:点击|点按|轻击))?(?:此处|以)输入(?:文字|日期|文本)。?"
                              r"|Click (?:or tap )?here to enter (?:text|a date)\.")
# A template's fields left to fill in, and nothing else on the line: 承诺人（签章）：, 填表人：　联系电话：　审核人：,
# 年　月　日 (two fields at least, or one to sign or seal, or the date's blanks; a label alone, 备注：, is no blank).
_TO_SIGN = r"[（(](?:盖章|签章|公章|签字|签名)[)）]"
_FIELD = rf"[\u4e00-\u9fff]{{1,10}}(?:{_TO_SIGN})?\s*[:：][\s_＿]*"
_SIGNED_FIELD = rf"[\u4e00-\u9fff]{{1,10}}{_TO_SIGN}\s*[:：][\s_＿]*"
_DATE_BLANKS = r"[\s_＿]*年[\s_＿]+月[\s_＿]+日[\s_＿]*"
# A day alone in brackets, as printed under a 公告's number, a study's authors or a bulletin's organs: （2026年3月16日）
BRACKETED_DAY = re.compile(r"[（(]((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[)）]")
# One such field alone on its line, its blank typed or not (合同编号：______, 合同编号：)
BLANK_FIELD = re.compile(_FIELD)
FORM_BLANKS = re.compile(rf"(?:{_FIELD}){{2,6}}(?:{_DATE_BLANKS})?|(?:{_FIELD})*(?:{_SIGNED_FIELD}|{_DATE_BLANKS})(?:{_FIELD})*"
                         rf"(?:{_DATE_BLANKS})?")
# A field's short label and its colon, spaced out or not (当事人：, 当 事 人：, 开　本：, 公民身份号码：)
SPACED_LABEL = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{0,4}[\u4e00-\u9fff]){1,7}[：:]")
# A 名单's label over its entries, spaced out or not (召 集 人：, 成　　员：, 副召集人：)
LIST_LABEL = r"[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,5}[:：]"
# A footnote as the readers write it under its paragraph (注1：, 注①：)
FOOTNOTE = re.compile(r"注(?:\d{1,2}|[①-⑳])[:：]")
# A section's numbered heading alone in a cell beside its text (一、基本情况｜2025年，全县…: a report laid out as a table)
SECTION_CELL = re.compile(r"[一二三四五六七八九十]{1,3}、[^。；，]{1,14}")
# An event's fields, each on a line of its own under the item that announces it (时间：… / 地点：… / 规模：…): the first
# names when or where, the next opens with a short label of its own.
# (their labels' characters may be spaced out: 时　　间：…, 地 点：…)
_EVENT_FIELD = re.compile(r"(?:会议|活动|展会|展览)?(?:时\s*间|日\s*期|地\s*点|地\s*址)\s*[:：]")
_SHORT_LABEL = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{0,4}[\u4e00-\u9fff]){1,3}\s*[:：]\s*[^\s:：]")
# A field's label, spaced out or with its qualifier in brackets (甲方（委托方）：)
_ANY_LABEL = re.compile(rf"{SPACED_LABEL.pattern}|[\u4e00-\u9fff]{{1,8}}[（(][^（）()]{{1,8}}[)）]\s*[:：]")


def next_field(first: str, line: str) -> bool:
    """Does line open the next field of a list that first (the paragraph so far) opened with when or where
    (时间：2025年10月13日至20日 / 地点：阿拉木图 / 规模：代表团…)? It is a line of its own, not first's wrap."""
    # (or a party's, as a decision names it: 住所（主要经营场所）：…806号 / 法定代表人（负责人、经营者）：…)
    # (or a form's field left blank over the next: 合同编号： / 甲方（委托方）：, on a contract's cover)
    return bool(_EVENT_FIELD.match(first.strip()) and _SHORT_LABEL.match(line.strip())
                or PARTY_FIELD.match(first.strip()) and PARTY_FIELD.match(line.strip())
                # (not a signer's, 甲方代表（签字）： / 姓名：…: a signature block, read as one)
                or BLANK_FIELD.fullmatch(first.strip()) and not re.search(_TO_SIGN, first)
                and bool(_ANY_LABEL.match(line.strip()))) and first.rstrip()[-1:] not in "，、,"


# A party's fields at the head of a decision on its case (当事人：…, 住所（主要经营场所）：…, 法定代表人（负责人）：…), as the
# forms of 市场监管 and 海关 decisions print them (and a petition's answer or a judgment: 信访人：…, 委托代理人：…, 原告：…).
# (its label's characters may be spaced out to the width of the longest: 住　　所：…, 负 责 人：…)
PARTY_FIELD = re.compile("(?:" + "|".join(r"\s*".join(label) for label in (
    "当事人", "住所", "地址", "法定代表人", "负责人", "经营者", "统一社会信用代码", "主体资格证照名称", "身份证件号码",
    "海关编码", "企业名称", "联系电话", "申请人", "被申请人", "投诉人", "被投诉人", "信访人", "委托代理人", "委托诉讼代理人",
    "原告", "被告", "第三人",
    # (and a procurement notice's parties, 采购人信息 / 名　　称：… / 地　　址：… / 联系方式：…)
    "名称", "联系方式", "联系人", "项目联系人")) + r")(?:[（(][^（）()]{1,12}[)）])?\s*[:：]")


# What an organ or a court issues to a party, named by its paper (…行政处罚决定书, …一次性告知单, …接收凭证): a title that
# ends so may stand under the organ's name as its letterhead, and its number under it.
INSTRUMENT = re.compile(r"(?:决定书|告知书|告知单|通知书|答复书|意见书|建议书|判决书|裁定书|调解书|凭证)$")
# A 纪要's lists of who attended, their labels as typed (出席, 列　席, 请假).
ATTENDED = r"(?:出|列|缺)\s*席|请\s*假"
# The formula that closes a 公文's text (特此通知。, 特此函复。, 此复。): what follows is no item's.
# A 公文's 附注 in brackets under its 落款: （此件公开发布）, （联系人：…）
# (公开方式：主动公开, as some offices print the 附注 after the 落款 or in the 版记)
PUBLICITY = re.compile(r"^公开(?:方式|属性|类型|选项)\s*[:：]\s*[\u4e00-\u9fff]{2,12}[。]?$")
# (a bracket inside it: （此件发至各市（州）分行及辖内银行业金融机构）)
REMARK = re.compile(rf"^[（(](?:此件|本件|此文|本文|联系人|根据录音整理)[^（）()]{{0,60}}(?:[（(][^（）()]{{1,10}}[)）][^（）()]{{0,60}})*"
                    rf"[)）]$|{PUBLICITY.pattern}")
# A 案例汇编's case's submitting unit in brackets (（报送单位：杭州片区管委会）), or its 片区 or 综保区 alone in brackets under its
# title (（中国（湖南）自由贸易试验区岳阳片区）): the unit (group 1) or the zone (group 2)
SENT_BY = re.compile(r"[（(](?:(?:报送|申报|推荐)单位[：:]([^）)]{2,80})|((?:中国（[^（）]{2,8}）自由贸易试验区)?[^（）()]{2,30}?"
                     r"(?:片区|综合保税区|综保区)))[）)]")
# (and a 函's, as 特此函复: 专此函复。; a 请示's 妥否，请批示。 stays a clause, as the offices' own keys count it)
CLOSING_FORMULA = (r"(?:特此(?:通知|公告|通告|通报|报告|函告|函复|函达|函询|批复|说明)|此复|专此(?:函复|函告|函达|函询|复函))"
                   r"[。！!]?")


def cell_text(text: str) -> str:
    """A cell's text on one line, with the separator it might hold replaced; its lines joined by a space (two
    organs one under the other), or by nothing where the first line wrapped a name or phrase (a bracket left
    open, a line ending on 的 or 及, the next opening with a bracket or a company's 有限公司)."""
    out = ""
    for part in (p.strip() for p in text.replace(CELL, "／").split("\n")):
        if part:
            out = f"{out}{'' if out and _runs_on(out, part) else ' '}{part}"
    return re.sub(r"\s+", " ", out).strip()


def _runs_on(line: str, nxt: str) -> bool:
    opened = line.count("（") + line.count("(") > line.count("）") + line.count(")")
    # (a quotation or a title left open, 共建“一带一 / 路”国家, or a line opening with what closes one)
    quoted = open_quote(line) or nxt[0] in "”’》，。、；：！？"
    # (or a list or a sentence the line leaves open on its comma, 县商务局、 / 河口镇, not before a numbered item)
    return (opened or quoted or line[-1] in "的及和与或之" or line[-1] in "、，；" and not _ITEM.match(nxt)
            or nxt[0] in "（(" and not _ITEM.match(nxt)
            or bool(_NAME_TAIL.match(nxt)) or bool(_COMPANY_END.search(nxt) and _CJK_END.search(line)
                                                   and not _ORGAN_AT_END.search(line)))


_NAME_TAIL = re.compile(r"(?:股份|有限|责任)*(?:公司|集团)")  # a company's name wrapped before its form
# (a company's name wrapped in its cell: 长沙黄花综保区跨境电商产业园 / 运营管理有限公司, not a name over another)
_COMPANY_END = re.compile(r"(?:公司|集团)$")
_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
_ORGAN_AT_END = re.compile(r"(?:公司|集团|中心|银行|海关|政府|机场|委员会|局|厅|委|办|部|署|院|会|处|所|站)$")
_ITEM = re.compile(r"[（(][一二三四五六七八九十\d]{1,3}[)）]")  # an item of a list in the cell, a line of its own


def joined_header(upper: Sequence[str], *lower: Sequence[str]) -> list[str]:
    """A table's header rows (two or more) as one, column by column (新设企业／户数,
    2023年／增速及占比（%）／同比增长); a cell merged down the rows keeps its name
    once (片区)."""
    return ["／".join(dict.fromkeys(x for c in column for x in c.strip().split("／") if x))
            for column in zip(upper, *lower, strict=True)]


def table_lines(rows: Iterable[Iterable[str]]) -> list[str]:
    """Table rows as CELL-joined lines; empty rows are dropped."""
    out = []
    for row in rows:
        cells = [cell_text(c) for c in row]
        if any(cells):
            out.append(CELL.join(cells))
    return out


def header_lines(title: str, date: str | None, source: str | None, number: str | None) -> list[str]:
    """A title and its header block, as the splitter reads them (a headline's ｜, 政策问答｜…, as an ASCII bar: the
    full-width one parts a table's cells)."""
    lines = [title.replace(CELL, "|")]
    if date:
        lines.append(f"{FIRST_HEADER}：{date}")
    if source:
        lines.append(f"来源：{source}")
    if number:
        lines.append(f"文件名称：{number}")
    return lines


# An 附件's label alone on its line, its number in figures or in words (附件1, 附件二): what a picture under it shows.
ATTACHMENT_LABEL = re.compile(r"附\s*件\s*[\d一二三四五六七八九十]{0,3}")
# (附录A: a standard's annex; 附件1-2: an attachment's own attachment)
# A draft's state, labelling the copy a notice asking comments attaches (清洁稿, 修订稿)
DRAFT_STATE = re.compile(r"(?:清洁|修订|对照|送审|报批|讨论)稿")
# (with the draft's state beside or under it: 附件2　修订稿, 附件1 / 清洁稿)
ATTACHMENT_PAGE = re.compile(r"附\s*[件录表]\s*(?:\d{1,2}\s*[-－—]\s*\d{1,2}|\d{0,2}|[A-Z](?![A-Za-z]))"
                             rf"(?:\s*{DRAFT_STATE.pattern})?")

# The label over a list of those who sign together (倡议城市（排名不分先后）：, 签署单位：): the signature's, no clause
SIGNERS_LABEL = re.compile(r"[\u4e00-\u9fff]{0,10}(?:城市|单位|成员|机构|部门|省份|地区|发起方|签署方)(?:[（(][^）)]{2,12}[)）])?\s*[:：]")

# A zone's name on a line of its own, the first line of its committee's name where a signature wraps it
# (中国（广西）自由贸易试验区 / 钦州港片区管理委员会)
ZONE_NAME = re.compile(r"[\u4e00-\u9fff（）]{2,12}自由贸易(?:试验区|港)")

# An agreement's party over its field to seal or sign (甲方（盖章）：…): its signature block opens there
SIGN_FIELD = r"[（(]\s*(?:签字|盖章|签章|签名)\s*[)）]"  # (the field a party seals or signs: （盖章）, （签字）)
PARTY_SEALS = re.compile(rf"[甲乙丙丁]方\s*{SIGN_FIELD}")


# A central organ whose local branch is named after it (中国人民银行厦门市分行, 国家外汇管理局福建省分局): a title's line may
# break between the two.
_PARENT_END = re.compile(r"(?:中国人民银行|国家外汇管理局|国家金融监督管理总局|国家税务总局|中国证券监督管理委员会"
                         r"|中国国际贸易促进委员会)$")
# (its branch named by its place: 厦门市分行, 福建省分局; not another central organ's, 国家外汇管理局福建省分局)
_BRANCH = re.compile(r"(?!中国|国家)[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|州|县|区)(?:分行|分局|分会|监管局|税务局|中心支行|营业管理部)")


def branch_wrapped(above: str, below: str) -> bool:
    """Does a title's line end with a central organ and the next open with its branch (厦门市地方金融管理局　中国人民银行 /
    厦门市分行关于…): one organ's name wrapped, not two organs?"""
    return bool(_PARENT_END.search(re.sub(r"\s+", "", above)) and _BRANCH.match(re.sub(r"\s+", "", below).split("关于")[0]))


# An organ's or a unit's name (成都天府国际机场海关, …运营有限公司), or a person's with the post in brackets
# (唐志远（成都天府新区片区管理委员会副主任）)
LISTED_NAME = re.compile(rf"[\u4e00-\u9fff（）()“”A-Za-z0-9]{{2,40}}?(?:{ORGAN_END}|{SERVICE_CENTRE}|公司|中心|处|科|室|站|院|所|部)"
                         r"|[\u4e00-\u9fff]{2,4}[（(][^（）()]{2,40}(?:[（(][^（）()]{1,12}[)）][^（）()]*)?[)）]")


def names_listed(line: str) -> bool:
    """Is a line names alone, two or more one after another (a grid of names read row by row: A；B；C)?"""
    return len(names := line.strip().split("；")) > 1 and all(LISTED_NAME.fullmatch(n) for n in names)


# (an organ's word a wrap cut in two: …管理委 / 员会办公室, …人民政 / 府)
_ORGAN_WORDS = ("委员会", "管委会", "办公室", "办公厅", "人民政府", "管理局", "商务局", "商务厅")


def word_cut(above: str, below: str) -> bool:
    """Does a line end inside an organ's word that the next line finishes (…厦门片区管理委 / 员会办公室关于…)?"""
    tail, head = re.sub(r"\s+", "", above)[-3:], re.sub(r"\s+", "", below)[:3]
    return any(w in tail + head and w not in tail and w not in head for w in _ORGAN_WORDS)


# A group's label over its list of names (成都青白江铁路港片区：…管委会改革创新局、…有限公司、…): a 通报's 先进集体 by
# 片区, a paragraph each, none ending with a stop.
_GROUP_LABEL = re.compile(r"[\u4e00-\u9fff（）()]{2,14}[:：]")


def _listed(text: str) -> bool:
    """Is the text a list of names apart by 、, no sentence (no comma, no stop)?"""
    return text.count("、") >= 2 and not re.search(r"[，。；,;]", text)


def group_listed(above: str, line: str) -> bool:
    """Does `line` open another group's list of names (成都青白江铁路港片区：…、…、…) under a line that is such a list?"""
    return _listed(above) and bool(_GROUP_LABEL.match(line.strip())) and _listed(line)


# A 纪要's or 简报's number, its issue of the year (2026年第12期, 第7期（总第58期）): the year, the issue and the running
# count as groups
ISSUE_NO = re.compile(r"(?:((?:19|20)\d{2})年)?第(\d{1,4})期(?:[（(]总第(\d{1,5})期[)）])?")
