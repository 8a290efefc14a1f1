"""What one document does to another's force: repeals it (…同时废止, 自…起废止) or some
of its articles, extends its validity (有效期延长至…, 继续执行至…), postpones its start
(推迟至…起施行), ends it (自…起停止执行), suspends or resumes some of its articles (暂停执行
《…》第五条), or amends them (a 修改决定's 将第五条修改为…, 删去第八条). Read from the changing
document's sentences and table rows here; applied to the changed documents once the whole
knowledge base is read (link_repeals, link_changes)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from bri_kb.ingest.amendments import (
    AMEND,
    AMEND_LEAD,
    DELETE,
    NUM,
    amendments,
    articles_named,
    listed_items,
    named_edit,
)
from bri_kb.ingest.metadata import iso_date
from bri_kb.model import Change, Document, reference
from bri_kb.vocabulary import ANY_DOC_NUMBER, parse_doc_number, ref_key, start_of

_DAY = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_PERIOD = "(?:有效期限?|执行期限|实施期限)"  # a document's own period, as offices name it
# (有效期 must be named with 延长: 补贴期限延长至… extends a deadline the document sets, not the document)
# (有效期延长至…, 延长《…》有效期至…, 有效期延长1年，至…, 继续执行至…, 继续执行，有效期至…)
_EXTEND = re.compile(rf"(?:{_PERIOD}再?(?:延长|顺延|延续|延期)(?:[一二两三四五六七八九十\d]{{1,2}}年)?[，,]?(?:至|到)"
                     rf"|(?:延长|顺延)[^。；，]{{0,80}}?{_PERIOD}(?:至|到)|继续(?:执行|有效|实施)(?:至|到|[，,]有效期至))"
                     rf"[:：]?\s*({_DAY})")  # (a table's cell: 延长后有效期至：2026年12月31日)
# 《…》（…）自2024年1月1日起停止执行: the document ends the day before
# (or from the day this one takes effect: 《…》（…）自本通知施行之日起废止)
_END = re.compile(rf"[》号][)）]?\s*(?:同时)?自\s*({_DAY}|本[\u4e00-\u9fff]{{1,4}}(?:施行|实施|印发|发布|公布)之日)\s*起\s*"
                  r"((?:停止|不再)(?:执行|实施)|废止)")
# 《…》（…）继续执行 (no end given): in force with no end, until another document says otherwise
_CONTINUE = re.compile(r"[》号][)）]?\s*继续(?:执行|有效|实施)(?![^。；，]{0,4}至)")
# 自…起废止 with no document right before it: a row's (its document in its own cell), or some articles' or items'
# (《通知》第（二）项…自2025年1月1日起废止: the document named before them)
_END_OF = re.compile(rf"自\s*({_DAY})\s*起\s*((?:停止|不再)(?:执行|实施)|废止)")
# 自2025年1月1日起，废止下列规范性文件：（一）《…》（…）；（二）…: the items after it name what it repeals
_REPEAL_LEAD = re.compile(r"废止(?:下列|以下|如下)")
_REPEALS = re.compile(r"废止(?=《)")  # 废止《…》（…）所附《若干规定》第三条、第四条
_LISTED = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])")
_POSTPONE = re.compile(rf"(?:推迟|延后|推后|延期|暂缓)(?:至|到)\s*({_DAY})\s*起?\s*(?:施行|实施|执行)"
                       rf"|推迟(?:施行|实施|执行)[^。；]{{0,80}}?自\s*({_DAY})\s*起\s*(?:施行|实施|执行)")
_SHIFTED = re.compile(r"有效期(?:相应)?顺延(?!至)")  # (the end moves as far as the start did)
# 自2024年7月1日起至2024年12月31日, 自本公告发布之日起至…: a suspension's first and last days
_SPAN = re.compile(rf"自\s*({_DAY}|本[\u4e00-\u9fff]{{1,4}}(?:发布|印发|公布|施行)之日)\s*起?\s*(?:至|到)\s*({_DAY})")
_POSTPONED_END = re.compile(rf"(?:顺延|延长|调整)至\s*({_DAY})")
# (not 暂停实施期间…, 暂停实施前已受理的…: times named by the suspension, not one)
_SUSPEND = re.compile(r"(?:暂停(?:执行|实施|适用)|暂缓(?:执行|实施)(?![^。；，]{0,20}?(?:至|到)\s*(?:19|20)\d{2}))"
                      r"(?![前后的]|期间|时间)")
_WHERE = re.compile(r"在([^，。；在]{2,80}?)(?:范围)?内?$")  # 在…自由贸易试验区暂停实施: where it is suspended
_CONTINUED_TO = re.compile(r"[^。；]{0,6}(?:有效期|至|到)")  # (继续执行至…, 继续执行，有效期至…: an extension)
_SOME = re.compile(r"^[^，。；]{0,60}?(?:部分|有关|相关|个别)(?:条款|内容|规定|措施)")
# (not 恢复执行时间另行通知; where it resumes may stand between: 自…起，洛阳片区恢复实施《办法》第八条)
_RESUME = re.compile(rf"自\s*{_DAY}\s*起\s*(?:[，,][^，。；《]{{1,20}}?)?(?:全面)?恢复(?:执行|实施|适用)")
# 第五条、第六条; 第九条至第十二条; 第二条第（二）项 (an outline's 二、（二）)
# (an outline's item alone: 第（五）项, 第五项)
_ARTICLES = re.compile(rf"(?:(?:第{NUM}条(?:第[（(]?{NUM}[)）]?[项款])?|第[（(]?{NUM}[)）]?项)[、，和及与至—－~～-]*)+")
_ADJUST = re.compile(r"(?:修改|调整|更正)为")  # 《通知》第（三）项中“…”调整为“…” (or 更正为, a correction's)
_FROM = re.compile(rf"自\s*({_DAY})\s*起")
_TITLE = re.compile(r"《([^》]{2,80})》")
# 《…》（湘政办发〔2021〕12号，以下简称《若干措施》）: the short name stands for the number (or the title)
_ALIAS = re.compile(r"《([^》]{2,80})》\s*[（(]([^）)]{0,40}?)[，,、]?\s*(?:以下简称|下称|简称)\s*《([^》]{1,30})》")
# (a lead's colon ends a sentence before its first item: …作如下修改：一、将第五条修改为…)
_SENTENCE_END = re.compile(r"[。；;]|：(?=[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]{1,3}[)）])")
_ROW_NUMBER = re.compile(r"^(?:文号|发文字号|文件编号|发文文号)\s*[:：]\s*(.+)$", re.MULTILINE)
_ROW_TITLE = re.compile(r"^(?:文件名称|文件标题|名称|标题|政策名称)\s*[:：]\s*(.+)$", re.MULTILINE)


def _aliases(text: str) -> dict[str, str]:
    out = {}
    for m in _ALIAS.finditer(text):
        number = parse_doc_number(m.group(2))
        out[m.group(3)] = number.text if number else m.group(1)
        if number:  # (the full title, said again further on, is that number too)
            out[m.group(1)] = number.text
    return out


def _references(sentence: str, aliases: dict[str, str]) -> list[tuple[int, str]]:
    """The documents a sentence names, by position: 文号 (a number right after a
    title stands for it), else titles (short names resolved)."""
    found = [(m.start(), dn.text) for m in ANY_DOC_NUMBER.finditer(sentence) if (dn := parse_doc_number(m.group(0)))]
    for m in _TITLE.finditer(sentence):
        if not any(m.end() <= at <= m.end() + 2 for at, _ in found):
            found.append((m.start(), aliases.get(m.group(1), m.group(1))))
    return sorted(found)


def _masked(sentence: str) -> str:
    """The sentence with what 《》 quote blanked out (lengths kept): a title that names a verb
    (《关于暂停实施〈…〉部分条款的公告》) changes nothing."""
    return re.sub(r"《[^》]*》", lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", sentence)


def _change_in(sentence: str, target: str | None, refs: list[tuple[int, str]], own: str | None) -> list[Change]:
    """The changes one sentence makes; `target` when the sentence's document is
    known (a table row, or the sentence before named it), else the document named
    nearest before the verb (after it, for 暂停执行《…》第五条)."""
    plain = _masked(sentence)

    def named_before(at: int) -> tuple[int, str] | None:
        return _named_before(refs, at)

    def before(at: int) -> str | None:
        found = named_before(at)
        return target or (found[1] if found else None)

    def after(at: int) -> str | None:
        found = [r for pos, r in refs if pos > at]
        return target or (found[0] if found else before(at))

    out = []
    if m := _POSTPONE.search(plain):
        if m.group(1):  # 《…》第九条原定…，推迟至2025年1月1日起实施
            who, day = before(m.start()), m.group(1)
            at = named_before(m.start())
            articles = _last(_ARTICLES.finditer(plain, at[0] if at else 0, m.start()))
        else:  # 推迟实施《…》第九条，自2025年1月1日起实施
            who, day = after(m.start()), m.group(2)
            articles = _ARTICLES.search(plain, m.start(), m.start(2))
        end = _POSTPONED_END.search(plain, m.end())
        if who:
            out.append(Change(who, "postpone", iso_date(day), iso_date(end.group(1)) if end else None,
                              articles_named(articles.group(0)) if articles else (), shifted=bool(_SHIFTED.search(plain))))
    elif m := _EXTEND.search(plain):
        if who := before(m.start(1)):  # (the document named nearest before the new date: 延长《…》有效期至…)
            # (or some of its items only, named before the verb: 《实施意见》第二部分第（五）项…继续执行至…)
            at = named_before(m.start())
            kept = _ARTICLES.search(plain, at[0] if at else 0, m.start()) if "继续" in m.group(0) else None
            out.append(Change(who, "extend", iso_date(m.group(1)), articles=articles_named(kept.group(0)) if kept else ()))
    # Some articles or items named before the verb end, are repealed or amended (第十二条自…起停止执行; 《通知》第（三）项
    # 中“…”调整为“…”), besides an extension a row may also make; else the whole document ends or is repealed.
    some = [(m, at, articles) for m in (_END_OF.search(plain), _ADJUST.search(plain))
            if m and (at := named_before(m.start()) or ((0, target) if target else None))
            and (articles := _last(_ARTICLES.finditer(plain, at[0], m.start())))]
    for m, at, articles in some:
        start = _FROM.search(plain, m.start() if m.re is _ADJUST else 0)
        action = "amend" if m.re is _ADJUST else "repeal" if m.group(2) == "废止" else "end"
        out.append(Change(target or at[1], action, iso_date(start.group(1)) if start else own,
                          articles=articles_named(articles.group(0))))
    whole = not some and not (out and out[0].action == "postpone")
    if whole and (m := (_END_OF if target else _END).search(plain)):
        if who := before(m.start() + 1):
            out.append(Change(who, "repeal" if m.group(2) == "废止" else "end", iso_date(m.group(1)) or own))
    elif whole and (m := _CONTINUE.search(plain)) and (who := before(m.start() + 1)) \
            and not _CONTINUED_TO.match(plain, m.end()):
        out.append(Change(who, "continue", own))
    elif whole and (m := _REPEALS.search(plain)) and (who := after(m.start())) and not target:
        articles, start = _ARTICLES.search(plain, m.end()), _FROM.search(plain)
        out.append(Change(who, "repeal", iso_date(start.group(1)) if start else own,
                          articles=articles_named(articles.group(0)) if articles else ()))
    for verb, action in ((_SUSPEND, "suspend"), (_RESUME, "resume")):
        if (m := verb.search(plain)) and (who := after(m.start())):
            # (the articles after the verb, 暂停执行《…》第五条; else before it, 第二条第（二）项…自…起暂缓执行)
            articles = _ARTICLES.search(plain, m.end()) or _last(_ARTICLES.finditer(plain, 0, m.start()))
            if not articles and _SOME.search(re.sub(r"[（(][^）)]*[)）]", "", plain[m.end():])):
                continue  # (暂停实施《…》部分条款: a lead; the articles are named further on)
            span, start = _SPAN.search(plain), _FROM.search(plain)
            first = span.group(1) if span else start.group(1) if start else None
            where = _WHERE.search(plain[:m.start()]) if action == "suspend" else None
            out.append(Change(who, action, (iso_date(first) if first else None) or own,
                              iso_date(span.group(2)) if span and action == "suspend" else None,
                              articles_named(articles.group(0)) if articles else (), where=where.group(1) if where else None))
    return out


def _named_before(refs: list[tuple[int, str]], at: int) -> tuple[int, str] | None:
    """The document a sentence names nearest before a position, with where it is named."""
    found = [(pos, r) for pos, r in refs if pos < at]
    return found[-1] if found else None


def _last(found: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for m in found:
        last = m
    return last


def changes_of(body: str, rows: Sequence[str] = (), own_date: str | None = None) -> tuple[Change, ...]:
    """The changes a document makes to others, from its text and its table rows
    ("文号：…" or "文件名称：…" with the change in another cell). `own_date` is
    when a change with no date of its own begins (the document's own start)."""
    text = re.sub(r"\s+", "", body)  # (a PDF's line may break inside a number or a verb: 有效\n期延长)
    aliases = _aliases(text)
    found: list[Change] = []
    last: str | None = None  # the document the sentence before changed: 其中，第二条…暂缓执行 speaks of it
    amended: str | None = None  # the document a 修改决定 amends (对《…》作如下修改), for the items that follow
    listed: str | None = None  # the date a 废止下列… lead repeals the documents its items name from
    for s in filter(None, _SENTENCE_END.split(text)):
        refs = _references(s, aliases)
        said = _change_in(s, None if refs else last, refs, own_date)
        if not said and refs and (edit := named_edit(_masked(s), refs[0][1], own_date)):
            said = [edit]  # (（二）删去《…办法》第十二条: an item of a 决定 that amends several rules)
        elif not said and refs and listed and _LISTED.match(s):
            said = [Change(who, "repeal", listed) for who in listed_items(s, refs)]
        elif _REPEAL_LEAD.search(_masked(s)):
            start = _FROM.search(s)
            listed = iso_date(start.group(1)) if start else own_date
        else:
            listed = None
        if m := AMEND_LEAD.search(_masked(s)):
            amended = (named[1] if (named := _named_before(refs, m.end())) else None) or amended
            said.append(Change(amended, "amend", own_date)) if amended else None
        elif amended and (not refs or AMEND.match(_masked(s)) or DELETE.match(_masked(s))):
            # (an item may quote another law in its new words: 将第二十条中的“…”修改为“依照《…处罚法》…”)
            said += amendments(_masked(s), amended, own_date)
        found += said
        last = said[-1].target if said else None
    for row in rows:
        m = _ROW_NUMBER.search(row)
        number = parse_doc_number(re.sub(r"\s+", "", m.group(1))) if m else None
        title = _ROW_TITLE.search(row)
        if who := number.text if number else (title.group(1).strip() if title else None):
            cells = re.sub(r"\s+", "", row)
            found += _change_in(cells, who, [], own_date) or _repealed_row(cells, who, own_date)
    seen: dict[tuple[str, str, tuple[str, ...]], Change] = {}
    for c in found:  # a change said in the text and again in its table is one change
        seen.setdefault((ref_key(c.target), c.action, c.articles), c)
    return tuple(seen.values())


def _repealed_row(cells: str, who: str, own: str | None) -> list[Change]:
    """A 废止 list's row: 处理结果：废止 (or 部分废止（第三条、第四条）) and its 废止日期, if it gives one.
    A catalogue's row whose status is 已废止 reports a repeal another document made: kept as reported."""
    if "废止" not in cells or "修改" in cells:
        return []
    day = _ROW_DAY.search(cells)
    articles = _ARTICLES.search(_masked(cells))
    reported = not _REPORTED.sub("", cells).count("废止")
    return [Change(who, "repeal", iso_date(day.group(1)) if day else own,
                   articles=articles_named(articles.group(0)) if articles else (), reported=reported)]


# 状态：已废止, 已被《…》废止: what the row reports of the document, not what this one does to it
_REPORTED = re.compile(r"已(?:被[^；。]{0,40}?)?废止")


_ROW_DAY = re.compile(rf"(?:废止日期|废止时间|失效日期)[:：]({_DAY})")


# (海关总署公告2021年第47号（关于…的公告）同时废止: the number, then the title it names in brackets)
_REPEAL_NUMBER = re.compile(rf"[（(]?({ANY_DOC_NUMBER.pattern})[)）]?(?:[（(][^（）()]{{2,80}}[)）])?\s*(?:文件)?\s*"
                            r"(?:同时|予以|即行)?废止")  # (…〔2025〕14号文件同时废止)
_REPEAL_TITLE = re.compile(r"《([^》]{4,60})》(?:[（(][^）)]{0,30}[)）])?\s*(?:同时|予以|即行)?废止")


# A note that this document was repealed by another (注：本办法已由《…办法》（…2号）废止…, a 汇编 printing it for
# reference): the other repeals this one, not this one the other
_REPEALED_BY = re.compile(r"(?:已|业已)?(?:由|被)《[^》]{2,80}》(?:[（(][^）)]{0,40}[)）])?[^。；《]{0,10}?废止")


# 决定废止《…》（厦府〔2016〕215号）、《…》（…）等3件: the documents named after the verb
_REPEAL_LIST = re.compile(r"(?:决定|现|予以)废止((?:《[^》]{2,80}》(?:[（(][^）)]{4,40}[)）])?[、，和及]?){1,20})")


def repeals_of(body: str) -> tuple[str, ...]:
    """Documents this one repeals: '（国科发资〔2015〕423号）同时废止', '《…》同时废止',
    '决定废止《…》（文号）、《…》（文号）'."""
    text = _REPEALED_BY.sub("", re.sub(r"\s+", "", body))
    found = [dn.text for m in _REPEAL_NUMBER.finditer(text) if (dn := parse_doc_number(m.group(1)))]
    for m in _REPEAL_LIST.finditer(text):
        found += [dn.text for x in re.findall(r"[（(]([^）)]{4,40})[)）]", m.group(1)) if (dn := parse_doc_number(x))]
    found += [m.group(1) for m in _REPEAL_TITLE.finditer(text)]
    return tuple(dict.fromkeys(found))


def repealed_rows(rows: Sequence[tuple[Sequence[str], str]], title: str = "") -> tuple[str, ...]:
    """Documents a 废止 list repeals: the rows (headings above, text) of a table
    under a heading that names 废止 (附件1 …决定废止的规范性文件目录), or in a
    document whose title does (关于废止3件市政府规范性文件的通知), each by its
    文号 column, else its title column."""
    out = []
    for path, text in rows:
        if not any("废止" in h and "修改" not in h for h in (*path, title)) or re.search(r"部分废止|第[一二三四五六七八九十百]+条", text):
            continue  # (a row that repeals some articles only: relations.changes_of reads it)
        inner = [h for h in (title, *path) if "废止" in h][-1]  # the heading nearest the row that names 废止
        if _KEPT.search(text) or _KEPT.search(inner) and "废止" not in text:
            continue  # (a list of documents repealed and kept, 废止和继续执行: a row that says it is kept, or says nothing)
        if (m := _ROW_NUMBER.search(text)) and (dn := parse_doc_number(re.sub(r"\s+", "", m.group(1)))):
            out.append(dn.text)
        elif m := _ROW_TITLE.search(text):
            out.append(m.group(1).strip())
    return tuple(out)


_KEPT = re.compile(r"继续(?:执行|有效|实施)|延长|保留|修改|修订")


def _names(doc: Document, ref: str) -> bool:
    key = ref_key(ref)
    return bool(doc.doc_number and ref_key(doc.doc_number.text) == key) or key in ref_key(doc.title)


def link_repeals(documents: Sequence[Document]) -> list[Document]:
    """A document repealed by another in the knowledge base ends the day
    before the repealing one takes effect (when that date is printed)."""
    out = list(documents)
    for repealer in documents:
        for ref in repealer.repeals:
            # (some articles only, 部分废止（第三条、第四条）: those articles, kept as changes, not the document)
            if any(c.action == "repeal" and c.articles and ref_key(c.target) == ref_key(ref) for c in repealer.changes):
                continue
            for n, doc in enumerate(out):
                if not _names(doc, ref) or doc.doc_id == repealer.doc_id or doc.repealed_by:
                    continue
                expires = doc.expires
                if repealer.effective:  # (a later printed end is cut short by the repeal)
                    cut = (date.fromisoformat(repealer.effective) - timedelta(days=1)).isoformat()
                    expires = min(cut, expires) if expires else cut
                out[n] = dataclasses.replace(doc, repealed_by=repealer.doc_id, expires=expires)
    return out


def _changed(doc: Document, change: Change, by: Document) -> Document:
    """The document as the change leaves it; the change is kept on it with the date it replaced."""
    if change.action == "continue":  # (继续执行, no end given: no end)
        kept = dataclasses.replace(change, by=by.doc_id, by_name=reference(by), was=doc.expires)
        return dataclasses.replace(doc, expires=None, changed_by=(*doc.changed_by, kept))
    if change.action == "extend" and not change.articles:  # (some items kept on: their own end, not the document's)
        if change.date and change.date == doc.expires and doc.changed_by:
            return doc  # (an extension made before, restated: 该措施已延长至…, no change of its own)
        kept = dataclasses.replace(change, by=by.doc_id, by_name=reference(by), was=doc.expires)
        return dataclasses.replace(doc, expires=change.date or doc.expires, changed_by=(*doc.changed_by, kept))
    if change.action == "repeal" and not change.articles:  # (自…起废止: repealed, in force to the day before)
        last = (date.fromisoformat(change.date) - timedelta(days=1)).isoformat() if change.date else doc.expires
        kept = dataclasses.replace(change, by=by.doc_id, by_name=reference(by), was=doc.expires)
        return dataclasses.replace(doc, expires=min(filter(None, (last, doc.expires)), default=None),
                                   repealed_by=doc.repealed_by or by.doc_id, changed_by=(*doc.changed_by, kept))
    if change.action == "end" and not change.articles:  # (自…起停止执行: in force to the day before)
        last = (date.fromisoformat(change.date) - timedelta(days=1)).isoformat() if change.date else doc.expires
        kept = dataclasses.replace(change, by=by.doc_id, by_name=reference(by), was=doc.expires)
        return dataclasses.replace(doc, expires=min(filter(None, (last, doc.expires)), default=None),
                                   changed_by=(*doc.changed_by, kept))
    if change.action == "postpone" and not change.articles:
        was = start_of(doc)[0]
        kept = dataclasses.replace(change, by=by.doc_id, by_name=reference(by), was=was)
        end = change.until or doc.expires
        if change.shifted and not change.until and doc.expires and was and change.date:  # 有效期相应顺延
            end = (date.fromisoformat(doc.expires) + (date.fromisoformat(change.date) - date.fromisoformat(was))).isoformat()
        return dataclasses.replace(doc, effective=change.date or doc.effective, expires=end,
                                   changed_by=(*doc.changed_by, kept))
    kept = dataclasses.replace(change, by=by.doc_id, by_name=reference(by))
    earlier = doc.changed_by
    if change.action == "resume" and change.date:  # the suspension it lifts ends the day before
        last = (date.fromisoformat(change.date) - timedelta(days=1)).isoformat()
        earlier = tuple(dataclasses.replace(c, until=last) if c.action == "suspend" and not c.until and
                        (not change.articles or set(change.articles) & set(c.articles)) else c for c in earlier)
    return dataclasses.replace(doc, changed_by=(*earlier, kept))


def _later(doc: Document, than: Document) -> bool:
    """Was the document issued after the changing one (a text republished as amended), so the change is in it?"""
    mine, theirs = doc.signed or doc.published, than.signed or than.published
    return bool(mine and theirs and mine >= theirs)  # (the same day: a text republished with its amendment)


def link_changes(documents: Sequence[Document]) -> list[Document]:
    """Each document as the changes other documents in the knowledge base make to
    it leave it, the earlier changes first (a later extension wins). A document
    named by 文号 is that one; one named by title is the one of that title, else
    those whose titles quote it (the 印发 notice), never another changing document."""
    out = list(documents)
    changers = sorted((d for d in documents if d.changes), key=lambda d: start_of(d)[0] or "")
    for by in changers:
        for change in by.changes:
            named = [n for n, d in enumerate(out) if d.doc_id != by.doc_id and _names(d, change.target)
                     and not any(ref_key(c.target) == ref_key(change.target) for c in d.changes)
                     and not _later(d, by)]
            exact = [n for n in named if ref_key(out[n].title) == ref_key(change.target)]
            for n in exact or named:
                out[n] = _changed(out[n], change, by)
    return out
