"""Who issued a document: the organs its title, signature, byline or page source names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bri_kb.ingest.conventions import CELL, SEAL_NOTE, ZONE_NAME
from bri_kb.ingest.metadata import ORGAN, PUT_OUT, STANDALONE_DATE, hanzi_date_to_digits
from bri_kb.ingest.speeches import speakers_organ
from bri_kb.ingest.text import CJK, flat
from bri_kb.vocabulary import ORGAN_CHARS, ORGAN_END

# A title that names its issuers before 关于/印发/转发: 商务部 海关总署关于…
# (two parties of an agreement are joined by 与: 陕西省商务厅与…州政府关于…的合作备忘录)
_TITLE_ISSUERS = re.compile(rf"^((?:[\u4e00-\u9fff（）()]{{2,20}}?{ORGAN}[\s、与]*)+?)(?:关于|印发|转发)")


def organs_alone(line: str) -> bool:
    """A signature line: organs' names alone (an organ's name may hold its place in brackets:
    中国（湖北）自由贸易试验区武汉片区管理委员会, or a quoted word: …推进“一带一路”建设工作领导小组办公室)."""
    line = line.strip()
    if len(line) <= 40 and re.fullmatch(rf"(?:[{ORGAN_CHARS}]{{1,30}}{ORGAN}\s*)+", line):
        return True
    # (or many side by side, as a borderless table of them is read, a state-owned firm among them: …商务厅 成都海关
    # 中国出口信用保险公司四川分公司 …)
    names = line.split()
    organs = sum(bool(re.fullmatch(rf"[{ORGAN_CHARS}]{{1,30}}{ORGAN}", x)) for x in names)
    return len(names) >= 2 and organs >= 1 and organs + sum(bool(FIRM.fullmatch(x)) for x in names) == len(names)


# A speech's speaker under its title: the office (a place for a governor or mayor), the post, the name.
_SPEAKER = re.compile(rf"([\u4e00-\u9fff（）]{{2,30}}?{ORGAN}?)(副?(?:省长|市长|州长|县长|区长|主席|主任|厅长|局长|署长|部长|行长|书记))"
                      r"([\u4e00-\u9fff]{2,4})")


def _zone_joined(line: str) -> str:
    """The line with a zone's name joined to the committee after it (中国（山东）自由贸易试验区 青岛片区管理委员会 ->
    one name), when the two make an organ's name and the zone's name alone does not."""
    words = line.split()
    if len(words) < 2 or not any(ZONE_NAME.fullmatch(w) for w in words[:-1]):
        return line
    out: list[str] = []
    for w in words:
        # (not the organ of another column beside it: 中国（广西）自由贸易试验区　钦州市发展和改革委员会)
        if out and ZONE_NAME.fullmatch(out[-1]) and "片区" in w and organs_alone(out[-1] + w):
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def title_organs(title: str) -> tuple[str, ...]:
    """The organs a title opens with ('X Y关于印发…'); () when it names none, or names the organ it forwards
    (市政府办公室转发市商务局关于…: its 落款 names it in full)."""
    m = _TITLE_ISSUERS.match(title) or _PARTIES_MET.match(title) or _OWN_BUDGET.match(title)
    if m and not re.search(r"转发|印发|批转", m.group(1)):
        return bodies_joined(tuple(x for x in re.split(r"[\s、]+|(?<=[局厅委办府院署部会行关])与", m.group(1)) if x))
    return ()


# (or the two sides of talks or an agreement, their subject and its 文种 after them: 云南省商务厅与老挝…工业和商务厅经贸合作
# 会谈纪要)
_PARTIES_MET = re.compile(rf"^([\u4e00-\u9fff（）()]{{2,20}}?{ORGAN}与[\u4e00-\u9fff（）()]{{2,24}}{ORGAN})"
                          r"(?=[^与]{2,30}(?:会谈纪要|会议纪要|纪要|备忘录|协议|联合声明)$)")

# (or the organ whose own budget or final accounts it is: …岳阳片区管理委员会2026年部门预算)
_OWN_BUDGET = re.compile(rf"^([\u4e00-\u9fff（）()]{{2,40}}{ORGAN})(?=(?:19|20)\d{{2}}年度?部门(?:预算|决算))")


def issuers_of(title: str, body: Sequence[str]) -> tuple[str, ...]:
    """Issuing organs from the title prefix ('X Y关于印发…'), else the
    signature: an organ line right above the closing date. A title that names its organs short (浙江省贸促会关于…)
    gives way to the signature's full names (浙江省国际贸易促进委员会)."""
    if named := title_organs(title):
        signed = _signers(title, body)
        if len(signed) == len(named) and all(_abbreviates(n, f) for n, f in zip(named, signed, strict=True)):
            return signed
        return named
    return _signers(title, body)


def _labelled_signers(body: Sequence[str]) -> tuple[str, ...]:
    """The organs a labelled block names over a labelled day: at the end, the first beside its label and the others one a
    line under it (发布单位：广州市南沙区人民法院 / 广州市南沙区人民检察院 / 广州市南沙区司法局 / 成稿日期：2026年3月16日), as a
    white paper closes; or the parties' seals one under the other, each over its signer's field, over the day an
    agreement was signed, wherever they stand (its attachments may follow them); () if no block does."""
    tail = [x.strip() for x in body[-8:] if x.strip()]
    for n, line in enumerate(tail):
        if (m := _PUT_OUT_BY.fullmatch(flat(line))) and organs_alone(m.group(1)):
            k = n + 1
            while k < len(tail) and organs_alone(tail[k]):
                k += 1
            if k < len(tail) and _DAY_LABELLED.fullmatch(hanzi_date_to_digits(flat(tail[k]))):
                return (m.group(1), *tail[n + 1 : k])
    # (…发展管理局（盖章） / 负责人（签字）： / … / 签订日期：2026年3月18日　签订地点：…)
    # (or side by side in a signing table's row, each seal beside its signer's field or the next seal: 厦门市中级人民法院（盖章）
    # 代表（签字）：____｜厦门仲裁委员会（盖章） 代表（签字）：____)
    beside = [x for x in body if len(x.split()) > 1 and _SEAL_BESIDE.search(x.split()[0])]
    lines = [flat(_SEAL_BESIDE.sub("", part)) for x in body if x.strip() for part in (x.split() if x in beside else [x])]
    ends = [n for n, x in enumerate(lines) if "日期" in x and _DAY_LABELLED.match(hanzi_date_to_digits(x))]
    if ends:
        k = end = ends[-1]
        # (the seal's note taken off by now, _SEAL_BESIDE: the organ alone over its signer's field)
        while k > 0 and (organs_alone(lines[k - 1]) or _SIGNER_FIELD.fullmatch(lines[k - 1])):
            k -= 1
        sealed = tuple(x for x in lines[k:end] if organs_alone(x))
        # (a PDF may leave the signers' blank fields out: the seals side by side say as much)
        if len(sealed) >= 2 and (beside or any(_SIGNER_FIELD.fullmatch(x) for x in lines[k:end])):
            return sealed
    return ()


_PUT_OUT_BY = re.compile(r"(?:发布|编制|制定|编写)单位[:：](.+)")
_SIGNER_FIELD = re.compile(r"[\u4e00-\u9fff]{0,12}[（(](?:签字|签名)[)）][:：]?(?:\S{0,8}|[_＿]{3,})")
_DAY_LABELLED = re.compile(r"[\u4e00-\u9fff]{0,6}日期[:：](?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def _abbreviates(short: str, full: str) -> bool:
    """Is `short` an organ's short name for `full`, its characters in order, the same last (贸促会 ⊂ 国际贸易促进委员会)?"""
    # (a zone's committee named short by its zone first, 厦门自贸片区管委会 for 中国（福建）自由贸易试验区厦门片区管理委员会)
    if "自由贸易试验区" in full:
        short = short.replace("自贸片区", "片区")
    rest = iter(full)
    return len(short) < len(full) and short[-1:] == full[-1:] and all(c in rest for c in short)


def _signers(title: str, body: Sequence[str]) -> tuple[str, ...]:
    """The organs the signature names (issuers_of), or who else the text says put it out."""
    # (organs signing side by side in a layout table's cells: 厦门市商务局｜厦门市财政局; a zone's committee named over
    # two lines in its cell, 中国（山东）自由贸易试验区 / 青岛片区管理委员会｜青岛市市场监督管理局, one organ)
    # (and the place of its seal beside the organ: 江苏省商务厅（印章）)
    body = [_zone_joined(_SEAL_BESIDE.sub("", x.replace(CELL, " "))) for x in body]
    if labelled := _labelled_signers(body):
        return labelled
    for i, line in enumerate(body):
        if STANDALONE_DATE.match(hanzi_date_to_digits(line)) and i > 0:
            # a joint signature stacks its organs one line (or two) each above the date
            # (a bilingual text signs in English under each: those lines are passed over)
            k = i
            # (and the note where its seal goes, under the organ: （行政复议专用章）)
            while k > 0 and i - k < 8 and (organs_alone(body[k - 1]) or not CJK.search(body[k - 1])
                                           or SEAL_NOTE.fullmatch(body[k - 1].strip())):
                k -= 1
            if found := bodies_joined(tuple(x for prev in body[k:i] if organs_alone(prev) for x in prev.split())):
                # (one organ's long name wrapped over two lines, as its title names it: 中国（内蒙古）自由贸易试验区 /
                # 二连浩特片区管理委员会)
                above = flat(body[k - 1]) if k else ""
                # (or a zone's name, its 管理委员会 under it, over the note where its seal goes)
                # (or an organ's name cut mid-word where a right-aligned 落款 wrapped, an organ whole in the line above:
                # …片区管理委员会政 / 务服务和数据管理局)
                # (or an event's committee named over two lines, the event as the title opens: 首届“一带一路”跨境电商 /
                # 创新创业大赛组委会)
                if len(found) == 1 and len(above) >= 4 and (f"{above}{found[0]}" in flat(title) or ZONE_NAME.fullmatch(above)
                                                            or _cut_organ(above, title)
                                                            or flat(title).startswith(above) and not organs_alone(above)) \
                        and organs_alone(above + found[0]):
                    return (f"{above}{found[0]}",)
                # (or the first of organs side by side, its zone's name on the row above, the others' cells merged down:
                # 中国（江苏）自由贸易试验区｜连云港市连云区人民政府 / 连云港片区管理委员会｜连云港市连云区人民政府)
                # (or a two-column 落款 read row by row, the zone's name over the other column's organ and its
                # committee under that: 中国（山东）自由贸易试验区 / 青岛市市场监督管理局 / 青岛片区管理委员会)
                zoned = [f for f in found if "片区" in f and f.endswith(("管理委员会", "管委会"))]
                if len(found) > 1 and ZONE_NAME.fullmatch(above) and len(zoned) == 1 and organs_alone(above + zoned[0]):
                    return (above + zoned[0], *(f for f in found if f != zoned[0]))  # (the left column's first)
                # (or the zone's name beside the other columns' first organs on its row: 中国（山东）自由贸易试验区　青岛市
                # 公安局出入境管理支队 / 青岛片区管理委员会 / 青岛市人民政府外事办公室)
                words = body[k - 1].split() if k else []
                if (len(zoned) == 1 and len(words) > 1 and ZONE_NAME.fullmatch(words[0])
                        and all(organs_alone(w) for w in words[1:]) and organs_alone(words[0] + zoned[0])):
                    return (words[0] + zoned[0], *words[1:], *(f for f in found if f != zoned[0]))
                if len(found) > 1 and words[1:] == list(found[1:]) and words and ZONE_NAME.fullmatch(words[0]):
                    return (words[0] + found[0], *found[1:])
                # (or the left column's long name wrapped under it, the right column's organ beside its first line:
                # 重庆市人民政府口岸　　重庆市商务委员会 / 和物流办公室)
                if (len(found) == 1 and len(words) > 1 and not organs_alone(words[0]) and re.search(ORGAN_END, words[0][1:])
                        and organs_alone(words[0] + found[0]) and all(organs_alone(w) for w in words[1:])):
                    return (words[0] + found[0], *words[1:])
                return found
    for line in reversed(body[-6:]):  # (an organ and its date in one cell of a layout table: ｜…办公室 2026年9月15日)
        if (m := _SIGNED_BESIDE.fullmatch(hanzi_date_to_digits(line.strip()))) and organs_alone(m.group(1)):
            return bodies_joined(tuple(m.group(1).split()))
    for line in body:  # a 政策解读 names who explains it: 解读机关：西安市发展和改革委员会 (perhaps among other fields)
        if m := _EXPLAINED_BY.search(line):
            return (m.group(1),)
    for line in body[-4:]:  # a page signed by who put it out, with the day: …烟台片区管理委员会　2024年10月16日发布
        if m := PUT_OUT.fullmatch(hanzi_date_to_digits(line.strip())):
            return (m.group(1),)
    if re.search(r"新闻发布会|吹风会", title):  # a press conference is its host's: 省人民政府新闻办公室举行新闻发布会
        for line in (title, *body[:12]):
            if m := _HOSTS.search(line):
                return (m.group(1),)
    if re.search(r"(?:讲话|致辞|发言)$", title):  # a speech is its speaker's office's: 厦门市副市长　陈建华 under the title
        for line in body[:3]:
            if m := _SPEAKER.fullmatch(flat(line)):
                return (speakers_organ(m.group(1) + m.group(2)) or m.group(1)),
    last = next((x.strip() for x in reversed(body) if x.strip()), "")  # …or signs it in brackets: （海关总署监管司）
    if "解读" in title and (m := re.fullmatch(rf"[（(]([\u4e00-\u9fff]{{1,30}}(?:{ORGAN}|司|处))[)）]", last)):
        return (m.group(1),)
    if m := _SPOKESPERSON.match(title):  # 省发展改革委负责同志就《…》答记者问: that organ explains
        return (m.group(1),)
    lines = [x.replace(CELL, " ").strip() for x in body if x.strip()][-3:]
    for above, line in zip(lines, lines[1:], strict=False):  # (a company signing what it puts out: a 招标代理's 公告)
        if STANDALONE_DATE.match(hanzi_date_to_digits(line)) and FIRM.fullmatch(above):
            # (with the organ it buys for on the line above it: …管理委员会 / 云南滇信招标代理有限公司 / 2026年5月8日)
            first = lines[-3] if len(lines) == 3 and above == lines[-2] else ""
            return (first, above) if first and organs_alone(first) and " " not in first else (above,)
    for line in body[:12]:  # (an application's cover: who applies, not who made the form, 申报单位（盖章）：钦州市人民政府)
        if (m := _APPLICANT.fullmatch(flat(line.replace(CELL, "")))) and organs_alone(m.group(1)):
            return (m.group(1),)
    for line in body[:12]:  # (a cover's maker: 湖南省商务厅制 under a template's fields; 编制单位：…, 评价机构：…)
        if not (m := _MADE_BY.fullmatch(flat(line.replace(CELL, "")))):
            continue
        made = m.group(1) or m.group(2)
        # (a firm's name too; not a name its cell wrapped: 编制单位：中国（山东）自由贸易试验区 / 青岛片区管理委员会)
        if organs_alone(made) or m.group(2) and re.search(r"(?:所|公司|合伙[)）])$", made):
            return (made,)
    return ()


_APPLICANT = re.compile(r"(?:申报|申请)单位(?:[（(](?:盖章|公章)[)）])?[:：](.{4,40})")
_MADE_BY = re.compile(r"([\u4e00-\u9fff（）()]{4,30})(?:制定|制)|(?:编制单位|评价机构|起草单位)[:：]([\u4e00-\u9fff（）()]{4,40})")


_SEAL_BESIDE = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(](?:印章|盖章|公章|章)[)）]\s*$")
# A firm's name (…有限公司, or a state-owned firm's branch: 中国出口信用保险公司四川分公司)
FIRM = re.compile(r"[\u4e00-\u9fff（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|分公司)")


_SIGNED_BESIDE = re.compile(r"(.{2,60}?)\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def _cut_organ(line: str, title: str) -> bool:
    """Is a 落款's line a full line that ends an organ's name and wraps the next organ's first characters (…片区管理委员会政,
    its 务服务和数据管理局 under it), not the title's last line printed over the signature?"""
    return (len(line) >= 16 and not organs_alone(line) and line not in flat(title)
            and bool(re.fullmatch(rf"[{ORGAN_CHARS}]{{2,30}}?{ORGAN_END}[\u4e00-\u9fff]{{1,3}}", line)))


_NATIONAL_BODY = re.compile(r"(?:中国|中华)[\u4e00-\u9fff]{2,16}(?:委员会|总会|商会)")
_ITS_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|自治区)(?:委员会|分会)")
# (a national organ's branch named by its place alone under it: 国家外汇管理局 / 新疆维吾尔自治区分局; not an organ's own
# branch named in full, 中国人民银行浙江省分行, signing beside another)
_NATIONAL_PARENT = re.compile(r"(?:国家|中国)[\u4e00-\u9fff]{2,12}(?:局|银行|署)")
_PLACE_BRANCH = re.compile(r"[^\W\d局行署银]{2,10}?(?:省|市|自治区)(?:分局|分行|分署)")


def bodies_joined(organs: tuple[str, ...]) -> tuple[str, ...]:
    """A congress committee's working body signed on the line under it (南宁市人民代表大会常务委员会 / 法制工作委员会) is
    one organ, the committee's, not two; so is a national body's branch (str tuple -> str tuple)."""
    out: list[str] = []
    for organ in organs:
        if out and out[-1].endswith("常务委员会") and re.fullmatch(r"[\u4e00-\u9fff]{2,8}工作委员会", organ):
            out[-1] += organ
        elif out and _NATIONAL_BODY.fullmatch(out[-1]) and _ITS_BRANCH.fullmatch(organ):
            out[-1] += organ  # (a national body's branch in a province, its name over two lines: 中国国际贸易促进委员会 / 山东省委员会)
        elif out and _NATIONAL_PARENT.fullmatch(out[-1]) and _PLACE_BRANCH.fullmatch(organ):
            out[-1] += organ  # (a branch named by its place alone is its parent's: 国家外汇管理局 / 新疆维吾尔自治区分局)
        else:
            out.append(organ)
    return tuple(out)


_EXPLAINED_BY = re.compile(rf"解读(?:机关|单位|部门)\s*[:：]\s*([\u4e00-\u9fff（）]{{1,30}}?{ORGAN})(?=[\s　）)，,；;]|$)")
_HOSTS = re.compile(r"(?:^|[，。▲\s])((?:[\u4e00-\u9fff]{1,12}?)?(?:人民政府)?新闻办公室)(?:举行|召开)")
# An organ's spokesperson answering the press on a document: 省发展改革委负责同志就…答记者问, …有关负责人解读…
_SPOKESPERSON = re.compile(rf"([\u4e00-\u9fff（）]{{1,30}}?{ORGAN})(?:有关|相关|主要)?(?:负责同志|负责人|新闻发言人)(?:就|对|解读|答)")


_SOURCE = re.compile(rf"([\u4e00-\u9fff（）]{{2,30}}{ORGAN_END})(?:[\u4e00-\u9fff]{{2,12}}(?:处|科|室|司))?")


def source_organ(source: str) -> str | None:
    """The organ a page's 来源 names: its name without the other name it goes by in brackets after it
    (深圳市前海深港现代服务业合作区管理局（中国（广东）…片区管理委员会） -> …管理局), or the organ one of its divisions
    belongs to (福建省商务厅政策法规处 -> 福建省商务厅); None if it names none."""
    depth = 0
    for i in range(len(source) - 1, -1, -1):  # (the brackets may hold brackets)
        depth += {"）": 1, ")": 1, "（": -1, "(": -1}.get(source[i], 0)
        if depth == 0:
            source = source[:i] if i and source[-1:] in "）)" else source
            break
    m = _SOURCE.fullmatch(source)
    return m.group(1) if m else None


def placed_organ(organ: str, region: str) -> str:
    """An organ named by its level alone, as its own province's or city's papers name it (省发展改革委, 市商务局), with
    the place's name: 安徽省发展改革委. Any other name unchanged."""
    for level in ("省", "自治区", "市"):
        if organ.startswith(level) and region.endswith(level) and not organ.startswith(region):
            return region + organ[len(level):]
    return organ
