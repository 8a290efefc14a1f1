"""Which sentences of a document speak of the document itself, and so can give its own dates: not one
article's (本条自…起实施), not another document's it names or quotes (《若干措施》自…起施行, 该办法…, “本措施自…”),
not a period it sets for something it rules on. Pure functions, str -> str."""

from __future__ import annotations

import re

from bri_kb.ingest.text import in_order

# A sentence about the document itself: its 施行, or 本办法/本通知/此件 … as its subject.
_OF_ITSELF = re.compile(r"本(?:办法|规定|通知|意见|实施意见|方案|细则|条例|决定|措施|公告|规则|指引|文件|政策|协议|备忘录|批复|复函|函)"
                        r"|此件|本件|施行|起实施|起执行|起生效")
# (or a half-width full stop after a word, as a text typed with half-width punctuation ends its sentences: …3月31日.《…》)
_SENTENCE_END = re.compile(r"[。；;]|(?<=[\u4e00-\u9fff）)》”])\.(?=[\u4e00-\u9fff《“（(]|$)")


def own_validity(text: str) -> str:
    """The sentences (wrapped lines joined) that can give the document's own
    有效期 in years: those about the document itself (本办法自…起施行，有效期5年),
    or that begin with 有效期; not a period the document sets for something it
    rules on (认定为重点企业，有效期3年)."""
    return "\n".join(s for s in _SENTENCE_END.split(text.replace("\n", ""))
                     if _PERIOD_WORD.search(s) and (_OF_ITSELF.search(s) or re.match(rf"\W{{0,3}}{_PERIOD_WORD.pattern}", s.strip())))


_PERIOD_WORD = re.compile(r"有效期|试行期|试点期|实施期")  # (本公告自…起施行，试点期限2年)


_OTHERS = re.compile(r"原定|延长|继续执行")


def not_of_others(text: str) -> str:
    """The sentences that do not give another document's period: 《…》原定有效期至2024年6月30日，继续执行至…
    or 《…》（…）有效期至… gives that document's end, not this one's."""
    return "。".join(s for s in _SENTENCE_END.split(text) if not _OTHERS.search(s) and not _QUOTED_VALIDITY.search(s))


# 《…》（鄂政办发〔2022〕27号，以下简称《办法》）有效期至…: the quoted document's period, not this one's
_QUOTED_VALIDITY = re.compile(r"^(?!\W{0,3}本).*《[^》]+》(?:[（(][^（）()]{0,40}[)）])?\s*(?:的)?有效期")


# A sentence that dates something else: one article (本条自…起实施), or another document a change names
# (《若干规定》第九条原定自…起实施，推迟至…; 自…起，暂停执行《…》第五条).
_OF_ONE_ARTICLE = re.compile(r"^\W{0,3}(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+条)?\s*本(?:条(?!例)|款|项(?!目))")
_CHANGES_ANOTHER = re.compile(r"原定|推迟|暂停|暂缓|恢复|顺延|延长|继续执行|废止|停止执行|调整为|修改为")


def own_start(text: str, issued: str = "") -> str:
    """The sentences that can date the document itself (not one article, not another document it names).
    `issued`: the name of the document a notice issues (关于印发《…政策问答（2026年版）》的通知), one document with it:
    《问答》自2026年2月1日起执行 dates it."""
    # (a sentence about the document itself keeps its dates: 本通知自…起施行，…，《…》自本通知施行之日起废止;
    # words quoted from another text, “本措施自…起施行”, are that text's)
    text = _QUOTED_WORDS.sub("", text)
    return "。".join(s for s in _SENTENCE_END.split(text) if not _OF_ONE_ARTICLE.search(s) and not _ANOTHER_NAMED.match(s)
                     and not (_ANOTHER_STARTS.match(s) and not _names_issued(s, issued))
                     and not ("《" in s and _CHANGES_ANOTHER.search(s) and not _ABOUT_ITSELF.match(s))
                     and not _PROPOSED.search(s))


# A start proposed, not set: a report's 建议市人民政府同意…自2026年7月1日起执行 to the government that decides, a draft's
# 拟自…起施行
_PROPOSED = re.compile(r"^\W{0,3}(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])?\s*建议"
                       r"|建议[^。；，]{0,12}(?:同意|批准)|拟(?:自|于)")


def _names_issued(sentence: str, issued: str) -> bool:
    """Does the sentence open with the issued document's name, in full or short (《问答》 of 《…政策问答（2026年版）》:
    its characters in order)?"""
    m = re.match(r"\W{0,3}《([^》]{2,60})》自", sentence)
    return bool(issued) and m is not None and in_order(m.group(1), issued)


_QUOTED_WORDS = re.compile(r"“[^“”]{0,300}”")
# a sentence whose subject is another document: 《若干措施》自…起施行, 该办法自…起施行 (not 《决定》已于…通过，现予公布，
# 自…起施行: the text this one publishes, dated)
# (or its adoption, then its start: 《条例》于2021年12月28日经…会议审议通过，自2022年3月1日起施行, as a report on it
# recounts; a heading on the line above may run into it, the lines joined: 一、《条例》实施的主要工作和成效《条例》于…)
_ANOTHER_STARTS = re.compile(r"\W{0,3}(?:(?:[一二三四五六七八九十]{1,3}、[^。；]{2,30}?)?《[^》]{2,60}》(?:[（(][^（）()]{0,40}[)）])?"
                             r"于[^。，]{4,60}?通过[，,]|(?:原|上述)?(?:《[^》]{2,60}》(?:[（(][^（）()]{0,40}[)）])?"
                             r"|该(?:办法|措施|规定|通知|意见|文件|政策|细则|方案)))自")


# a sentence about another document it names and abbreviates (《…办法》（…以下简称《办法》）自…起施行)
_ANOTHER_NAMED = re.compile(r"\W{0,3}《[^》]{4,}》[（(][^）)]*以下简称")
_ABOUT_ITSELF = re.compile(r"\W{0,3}(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+条|[（(][一二三四五六七八九十]{1,3}[)）]"
                           r"|\d{1,2}[.、．])?\s*本[\u4e00-\u9fff]{1,4}自")
