"""A saved page's own fields, apart from the document it shows: its dateline (发布时间, 来源, a view counter), the
site's 信息公开 record table (名称, 发文机关, 文号, 成文日期, 发布日期), the organ whose site it is, the <meta> dates.
Pure functions over the page's text and tree (lxml), which webpage.read_html uses."""

from __future__ import annotations

import re
from typing import Any

_DAY = r"((?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?)"
_PUBLISHED = re.compile(rf"发布(?:时间|日期)\s*[:：]\s*{_DAY}")
# a page's date, not the document's 成文日期 or 印发日期, nor a time the text sets (一、公示时间：…至…)
PAGE_DATE = re.compile(rf"(?:(?:发布|更新)(?:时间|日期)|(?<![\u4e00-\u9fff])(?:日期|时间))\s*[:：]\s*{_DAY}")
# The policy library's record of a document (gov.cn and provincial sites): metadata, not text.
_RECORD_LABELS = ("索引号", "主题分类", "发文机关", "成文日期", "发文字号", "发布日期", "标题", "有效性")
# "2018-01-09 17:00来源：中国政府网" at the head of a dateline
_PUBLISH_MARK = re.compile(r"publish[_-]?time|pub[_-]?time|publish[_-]?date|pub[_-]?date", re.IGNORECASE)
_DATELINE = re.compile(r"^\s*((?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?)(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?")
_DATELINE_SOURCE = re.compile(
    r"((?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*来源\s*[:：]\s*([^\s【|｜]+)"
)
_SOURCE_THEN_DATE = re.compile(r"(?<![\u4e00-\u9fff])(?:信息)?来源\s*[:：]\s*([^\s【|｜]+?)[\s\u3000]*"
                               r"(?:发布(?:时间|日期)|时间|日期)\s*[:：]")
# (the fields a dateline sets in spans with no space between them end the 来源 too: 来源：厦门市商务局发布时间：…)
_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s【|｜]+?)(?=(?:发布|更新)(?:时间|日期)|浏览次数|阅读次数|点击数|访问量|字体|字号|[\s【|｜]|$)")
# A 来源 naming a division alone, and the organ whose site the page is on, at the end of its <title>
# (…常见问题解答_常见问题_广西壮族自治区商务厅).
_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,16}(?:处|司|科)")
_SITE_ORGAN = re.compile(r"[_|｜－-]\s*([\u4e00-\u9fff（）]{2,30}?(?:人民政府|委员会|办公厅|局|厅|部|委|署))(?:门户网站|网站)?\s*$")
_META_DATES = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date", "dcterms.issued",
               "releasedate", "publishtime")


_RECORD_FIELD = {"名称": "标题", "标题": "标题", "文件名称": "标题", "发文机关": "发文机关", "发文单位": "发文机关",
                 "发布机构": "发文机关", "文号": "文号", "发文字号": "文号", "成文日期": "成文日期", "发布日期": "发布日期",
                 "有效期": "有效期"}


_BRACKETED = re.compile(r"【([^】]{2,6})】\s*([^【]*)")


def bracketed_fields(line: str) -> dict[str, str] | None:
    """A line of a site's record set as 【label】value (【发布文号】商务部公告2025年第76号【发文日期】2025年12月18日): its
    fields by the names `_page_text` uses (a 发布单位, a ministry's department, names no issuer); None if the line is
    anything else."""
    parts = _BRACKETED.findall(line.strip())
    if not parts or "".join(f"【{k}】{v}" for k, v in parts).replace(" ", "") != line.strip().replace(" ", ""):
        return None
    known = {**_RECORD_FIELD, "发布文号": "文号", "发文日期": "成文日期", "发布单位": ""}
    if not all(k in known for k, _ in parts):
        return None
    return {known[k]: v.strip() for k, v in parts if known[k] and v.strip()}


def record_fields(table: Any) -> dict[str, str]:
    """The fields of a site's 信息公开 record table (label cell, value cell, …) or list (<dl>, <ul>): its 名称,
    发文机关, 文号, 成文日期 and 发布日期, by the names `_page_text` uses."""
    out: dict[str, str] = {}
    if table.tag in ("dl", "ul"):
        for label, value in _listed(table):
            if (key := _RECORD_FIELD.get(label)) and value:
                out.setdefault(key, value)
        return out
    for row in table.iter("tr"):
        cells = [re.sub(r"\s+", " ", c.text_content()).strip() for c in row if c.tag in ("td", "th")]
        for label, value in zip(cells[::2], cells[1::2], strict=False):
            if (key := _RECORD_FIELD.get(re.sub(r"[\s:：]", "", label))) and value:
                out.setdefault(key, value)
    return out


_PLAIN_FIELD = re.compile(r"^\s*([\u4e00-\u9fff ]{2,8}?)\s*[:：]\s*(.*)$", re.S)


def _listed(items: Any) -> list[tuple[str, str]]:
    """A record set as a list, each (label, value): a <dl>'s terms and what follows each (<dt>发文字号：</dt><dd>…</dd>),
    a <ul>'s items, the item's first <span> the label and the rest its value (<li><span>成文日期</span>…</li>)."""
    out = []
    if items.tag == "dl":
        for term in items.iter("dt"):
            value = term.getnext()
            out.append((re.sub(r"[\s:：]", "", term.text_content()),
                        re.sub(r"\s+", " ", value.text_content()).strip() if value is not None and value.tag == "dd" else ""))
        return out
    for li in items.iter("li"):
        label = li.find("span")
        if label is not None and (name := re.sub(r"[\s:：]", "", label.text_content())):
            value = li.text_content().replace(label.text_content(), "", 1)
            out.append((name, re.sub(r"\s+", " ", value).strip().lstrip(":：").strip()))
        elif m := _PLAIN_FIELD.match(li.text_content()):  # (an item typed as label and value: 发文字号：赣府厅发…)
            out.append((re.sub(r"\s", "", m.group(1)), re.sub(r"\s+", " ", m.group(2)).strip()))
    return out


def _own_text(table: Any) -> str:
    """A table's text without the tables inside it (an old site's layout table holds the record and the body in
    tables of their own: the record's labels are the inner table's, and only it is dropped)."""
    inner = [t for t in table.iter("table") if t is not table]
    own = table.text_content()
    for t in inner:
        own = own.replace(t.text_content(), "", 1)
    return re.sub(r"\s+", "", own)


# An organ named as the page's issuer on its dateline (发布机构：厦门市商务局　发布日期：…　信息来源：12345知识库)
_ISSUED_BY = re.compile(r"(?:发布机构|发文机关|发文单位)\s*[:：]\s*([\u4e00-\u9fff（）]{2,30}?)(?=发布|成文|[\s【|｜]|$)")


def dateline_issuer(meta: list[str]) -> str | None:
    """The organ a page's dateline names as its issuer (发布机构：…), if it names one."""
    return next((m.group(1) for ln in meta if (m := _ISSUED_BY.search(ln))), None)


def page_date(everything: str, meta: list[str], root: Any) -> tuple[str | None, str | None]:
    """The page's 发布日期 and 来源: a labelled date (发布日期：…) on the page,
    else the date a dateline starts with, else the page's <meta> dates."""
    source = next((m.group(1) for ln in meta if (m := _SOURCE.search(ln))), None)
    dateline = _DATELINE_SOURCE.search(everything)
    source = source or (dateline.group(2) if dateline else None)
    if source is None and (m := _SOURCE_THEN_DATE.search(everything)):
        source = m.group(1)  # (a dateline above the article, outside its body: 来源：厦门市商务局　发布时间：…)
    if m := _PUBLISHED.search(everything) or PAGE_DATE.search(everything):
        return m.group(1), source
    if dateline:
        return dateline.group(1), source
    for ln in meta:
        if m := _DATELINE.match(ln):
            return m.group(1), source
    for el in root.iter("em", "span", "div", "p", "time"):
        # the time a platform sets by the byline, marked by its id or class (a 公众号's <em id="publish_time">)
        if _PUBLISH_MARK.search(f"{el.get('id') or ''} {el.get('class') or ''}") \
                and (m := _DATELINE.match(el.text_content())):
            return m.group(1), source
    for el in root.iter("meta"):
        name = (el.get("name") or el.get("property") or "").lower()
        if name in _META_DATES and (m := _DATELINE.match(el.get("content") or "")):
            return m.group(1), source
    return None, source


def is_record(table: Any) -> bool:
    """Is a table the site's 信息公开 record: three of its labels in its own cells, or three of its fields each
    a label cell beside its value, on two rows or more (索引号：｜…｜分类：｜… / 发布机构：｜…｜发文日期：｜… / 文号：｜…;
    not a list of documents, whose 名称 and 文号 head columns)?"""
    if table.tag in ("dl", "ul"):  # (a list of terms or of labelled items: three of the record's labels)
        return sum(label in _RECORD_LABELS or label in _RECORD_FIELD for label, _ in _listed(table)) >= 3
    if sum(label in _own_text(table) for label in _RECORD_LABELS) >= 3:
        return True
    if table.find(".//table") is not None or len(table.text_content()) > 600:
        return False  # (a layout table holding the record and the body: not dropped whole)
    rows = set()
    for n, row in enumerate(table.iter("tr")):
        cells = [re.sub(r"[\s:：]", "", c.text_content()) for c in row if c.tag in ("td", "th")]
        if any(_RECORD_FIELD.get(a) or a in _RECORD_LABELS for a, b in zip(cells[::2], cells[1::2], strict=False)
               if b and not (_RECORD_FIELD.get(b) or b in _RECORD_LABELS)):
            rows.add(n)
    labelled = sum(1 for row in table.iter("tr") for c in row if c.tag in ("td", "th")
                   and (t := re.sub(r"\s", "", c.text_content())).endswith(("：", ":"))
                   and (_RECORD_FIELD.get(t[:-1]) or t[:-1] in _RECORD_LABELS))
    return len(rows) >= 2 and labelled >= 3


def site_division(source: str, page_title: str) -> str:
    """A 来源 naming a division alone (自由贸易试验区工作处) as that division of the organ whose site the page is on,
    named at the end of its <title> (…_广西壮族自治区商务厅); any other 来源 as it is (str, str -> str)."""
    if _DIVISION.fullmatch(source) and (site := _SITE_ORGAN.search(page_title)):
        return site.group(1) + source
    return source


# The day a page says the document it prints was repealed: its record's 废止日期, or the note over the text
# (本文件已于2025年3月1日废止).
_REPEALED_ON = re.compile(r"(?:废止|失效)(?:日期|时间)\s*[:：]\s*((?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}日?)"
                          r"|本(?:文件|办法|规定|通知|措施|意见)(?:已)?于\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?:起)?(?:废止|失效)")
_MARKED_REPEALED = re.compile(r"(?:有\s*效\s*性|效力状态|时效性)\s*[:：]\s*(?:已废止|已失效|废止|失效)")


def repealed_on(everything: str) -> str | None:
    """The day a page says the document it prints was repealed: its record's 废止日期 where the record marks it
    repealed (有效性：已废止), or the note over the text (本文件已于2025年3月1日废止). A 废止日期 a page gives a document
    still in force is the last day of its term, which its text sets: None."""
    if (repealed := _REPEALED_ON.search(everything)) and (repealed.group(2) or _MARKED_REPEALED.search(everything)):
        return repealed.group(1) or repealed.group(2)
    return None
