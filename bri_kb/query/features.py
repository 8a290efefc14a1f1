"""Cheap features of a (question, clause) pair for the second-stage reranker.

Each feature is a plain function of the question's parse, the clause and the
first stage's channel scores; the reranker (rerank.py) weighs them. Most are
absolute (how much of the question the clause covers, the cosine of their
vectors), not relative to the other candidates, so that the reranker's
probability can also say when no clause answers at all.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from bri_kb.model import Clause, Document
from bri_kb.query.lexicon import QUESTION_FORMS
from bri_kb.vocabulary import POINTERS, Kind, fold

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_ASKS_NUMBER = re.compile(r"多少|几[个项家条年天次种批所%]|几成|比例|多大|多高|多长|多久|规模|金额|上限|下限|不低于|不超过|百分之")
_ASKS_ORGAN = re.compile(r"哪个部门|哪些部门|哪家|谁|哪个机构|哪些机构|由谁|什么部门|什么机构|哪个单位|负责")
_ASKS_DATE = re.compile(r"什么时候|何时|哪年|哪一年|几月|哪天|起施行|生效|截止|期限|多久")
_ASKS_PLACE = re.compile(r"哪里|哪儿|在哪|哪个城市|哪些城市|哪个省|哪些地方|什么地方|哪些国家|哪个国家")
# Chinese measure words (量词): 几对 or 多少家 asks for a count of 对 or 家, which an
# answer gives as a numeral followed by the same measure word (8对, 三十家).
_MEASURE_WORDS = "个项家条年天次种批所对户名位座只人件处国省市县款类部台架艘列趟班届期轮场份本张笔元亿万成倍"
_ASKS_UNIT = re.compile(rf"(?:多少|几)([{_MEASURE_WORDS}])")
_NUMBER = re.compile(r"\d|[一二三四五六七八九十百千万亿]+(?:个|家|项|条|年|亿|万|%|倍|成)")
_ORGAN = re.compile(r"(?:部|委|局|厅|办|院|署|行|会|政府|中心|机构|单位|部门)(?:[、，和及]|负责|牵头|会同|$)")
_DATE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日|年底|年内|之日")
_LEAD_IN = re.compile(r"(?:下列|以下|如下)[^。]{0,20}[：:]$|[：:]$")

NAMES = (
    "fused", "boost", "rank", "word", "char", "dense", "dense_gap", "word_raw",
    "word_cover", "word_cover_idf", "bigram_cover", "title_cover", "path_cover",
    "place_match", "place_other", "expansion_hit", "named_doc", "label_match",
    "kind_table_row", "kind_article", "kind_item", "kind_paragraph", "kind_pointer", "kind_note",
    "length", "lead_in", "asks_number", "number_answer", "asks_organ", "organ_answer",
    "asks_date", "date_answer", "asks_place", "question_length",
    "pool_cover", "rest_cover", "rest_pool_cover", "asks_unit", "unit_answer",
)


# The question-level features of whether any candidate answers at all (rerank.Answerability).
ANSWER_NAMES = ("top_logit", "second_logit", "known_words", "unknown_words", "best_word_raw", "top_dense",
                "top_title_cover")


@dataclass(frozen=True)
class QuestionView:
    """What every candidate of one question is compared with, computed once."""

    text: str
    words: tuple[str, ...]  # the question's own word tokens (no expansions)
    idf: Mapping[str, float]  # word -> idf in the word channel (0 when unknown)
    bigrams: frozenset[str]
    expansions: tuple[str, ...]
    asks: tuple[bool, bool, bool, bool]  # number, organ, date, place
    has_place: bool
    units: tuple[str, ...] = ()  # the measure words the question asks a count of (几对 -> 对)


def bigrams(text: str) -> set[str]:
    """Adjacent pairs of Chinese characters."""
    out: set[str] = set()
    for run in _CJK_RUN.findall(text):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    return out


def question_view(text: str, words: Sequence[str], idf: Mapping[str, float], expansions: Sequence[str],
                  has_place: bool) -> QuestionView:
    folded = fold(text)
    asks = (bool(_ASKS_NUMBER.search(folded)), bool(_ASKS_ORGAN.search(folded)),
            bool(_ASKS_DATE.search(folded)), bool(_ASKS_PLACE.search(folded)))
    units = tuple(dict.fromkeys(m.group(1) for m in _ASKS_UNIT.finditer(folded)))
    return QuestionView(folded, tuple(dict.fromkeys(words)), idf, frozenset(bigrams(folded)), tuple(expansions),
                        asks, has_place, units)


def counts_in(units: Sequence[str], text: str) -> bool:
    """Whether the text gives a count in one of these measure words: a numeral
    (digits or Chinese) then the measure word (8对, 三十家, 100余个)."""
    return any(re.search(rf"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)\s*[多余]?{re.escape(u)}", text) for u in units)


def known_words(q: QuestionView) -> tuple[float, float]:
    """The share of the question's content words (two characters or more, no
    question-form words) that the corpus uses, and log(1 + how many it never
    uses): a question about 公积金 or 驾照 brings words no clause holds."""
    content = [w for w in q.words if len(w) > 1 and not QUESTION_FORMS.fullmatch(w)]
    known = sum(q.idf.get(w, 0.0) > 0 for w in content)
    return (known / len(content) if content else 0.0, math.log1p(len(content) - known))


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def answer_features(known: tuple[float, float], top: float, second: float, best_word_raw: float,
                    top_dense: float, top_title_cover: float) -> list[float]:
    """The features of whether the top hit answers the question, in the order
    of ANSWER_NAMES: the reranker's probabilities of the first two hits, the
    question's words the corpus knows, the best word-channel score among the
    candidates (log(1 + BM25)), the top hit's dense cosine, and how much of the
    question its document's title holds (a question near the domain but outside
    it shares the corpus's words, not a title's: docs/quality.md)."""
    return [_logit(top), _logit(second), known[0], known[1], best_word_raw, top_dense, top_title_cover]


def title_cover(q: QuestionView, folded_title: str) -> float:
    """The share of the question's character pairs that a document title (folded) holds."""
    return _cover(q.bigrams, folded_title)


def _pairs_in(wanted: frozenset[str] | set[str], text: str) -> int:
    """How many of the wanted character pairs occur in the text. (A pair of
    Chinese characters occurs in a text exactly when it is one of the text's
    `bigrams`; a substring test spares building that set.)"""
    return sum(b in text for b in wanted)


def _cover(wanted: frozenset[str] | set[str], text: str) -> float:
    """The share of the wanted character pairs that occur in the text."""
    return _pairs_in(wanted, text) / len(wanted) if wanted else 0.0


@dataclass(frozen=True)
class Pool:
    """What one candidate is compared with among the other candidates of its
    question, computed once per question: the best dense score, and each
    question character pair's weight within the pool, an inverse document
    frequency over the candidates' own texts (log((n + 1) / (df + 0.5)), the
    BM25 idf shape of Robertson and Zaragoza 2009, over the pool instead of the
    corpus). A pair that every candidate holds (the province, 自贸试验区, the
    topic that brought them all in) weighs almost nothing; a pair that few
    hold is what tells them apart. It also keeps each candidate's folded text,
    so that a question folds each clause once."""

    best_dense: float
    weight: Mapping[str, float]
    texts: Mapping[str, str]  # clause_id -> the clause's folded text


def pair_weights(pairs: Iterable[str], texts: Sequence[str]) -> dict[str, float]:
    """Each pair's inverse document frequency over these texts,
    log((n + 1) / (df + 0.5)): positive, and the fewer texts hold it the more it weighs."""
    return {b: math.log((len(texts) + 1) / (sum(b in t for t in texts) + 0.5)) for b in pairs}


def pool(q: QuestionView, candidates: Sequence[Candidate]) -> Pool:
    """The pool of one question's candidates (the reranker's top of the first stage)."""
    texts = {c.clause.clause_id: fold(c.clause.text) for c in candidates}
    weight = pair_weights(q.bigrams, list(texts.values()))
    return Pool(max((c.dense for c in candidates), default=0.0), weight, texts)


def _weighted_cover(weight: Mapping[str, float], wanted: Sequence[str], text: str) -> float:
    """The pool-weighted share of the wanted pairs that occur in the text."""
    total = sum(weight[b] for b in wanted)
    return sum(weight[b] for b in wanted if b in text) / total if total > 0 else 0.0


@dataclass(frozen=True)
class Candidate:
    """A first-stage candidate with the scores the features read."""

    clause: Clause
    document: Document
    rank: int  # 1-based, in the boosted first-stage order
    fused: float  # convex combination of the channels (before boosts)
    boost: float  # product of the first stage's boost factors
    channels: Mapping[str, float]  # each channel's score, normalised to its maximum over the kept rows
    word_raw: float  # BM25 score in the word channel
    dense: float  # cosine of the question's and the clause's vectors
    place: int  # 1: applies where the question names, -1: applies elsewhere only, 0: no place named
    named_doc: bool
    label_match: bool


def features(q: QuestionView, c: Candidate, p: Pool) -> list[float]:
    """The feature vector of one candidate of the pool `p`, in the order of NAMES."""
    text = p.texts[c.clause.clause_id]
    title = fold(c.document.title)
    # The question's pairs that its document's title does not already hold: what the question asks
    # of the document, beyond naming it (江西 and 丝绸之路 are in every clause's title of that plan).
    rest = [b for b in q.bigrams if b not in title]
    words_in = [w for w in q.words if w in text]
    idf_total = sum(q.idf.get(w, 0.0) for w in q.words)
    kind = c.clause.kind
    asks_number, asks_organ, asks_date, asks_place = q.asks
    return [
        c.fused,
        math.log(c.boost) if c.boost > 0 else 0.0,
        1.0 / c.rank,
        c.channels.get("bm25", 0.0),
        c.channels.get("bm25_char", 0.0),
        c.dense,
        p.best_dense - c.dense,
        math.log1p(c.word_raw),
        len(words_in) / len(q.words) if q.words else 0.0,
        sum(q.idf.get(w, 0.0) for w in words_in) / idf_total if idf_total else 0.0,
        _cover(q.bigrams, text),
        title_cover(q, title),
        _cover(q.bigrams, fold("".join(c.clause.path))),
        float(c.place == 1),
        float(c.place == -1),
        float(any(e in text for e in q.expansions)),
        float(c.named_doc),
        float(c.label_match),
        float(kind == Kind.TABLE_ROW),
        float(kind == Kind.ARTICLE),
        float(kind == Kind.ITEM),
        float(kind == Kind.PARAGRAPH),
        float(kind in POINTERS),
        float(kind == Kind.NOTE),
        math.log1p(len(text)),
        float(bool(_LEAD_IN.search(text.rstrip()))),
        float(asks_number),
        float(asks_number and bool(_NUMBER.search(text))),
        float(asks_organ),
        float(asks_organ and bool(_ORGAN.search(text))),
        float(asks_date),
        float(asks_date and bool(_DATE.search(text))),
        float(asks_place),
        math.log1p(len(q.text)),
        _weighted_cover(p.weight, tuple(q.bigrams), text),
        _pairs_in(frozenset(rest), text) / len(rest) if rest else 0.0,
        _weighted_cover(p.weight, rest, text),
        float(bool(q.units)),
        float(counts_in(q.units, text)),
    ]


def common_spans(question: str, text: str, shortest: int = 2) -> list[str]:
    """The longest stretches of the question's Chinese that the text contains
    (at least `shortest` characters), left to right: what the character
    channel matched."""
    out: list[str] = []
    for run in _CJK_RUN.findall(question):
        i = 0
        while i < len(run) - shortest + 1:
            j = i + shortest
            if run[i:j] not in text:
                i += 1
                continue
            while j < len(run) and run[i : j + 1] in text:
                j += 1
            out.append(run[i:j])
            i = j
    return list(dict.fromkeys(out))


def matched_terms(question: str, words: Sequence[str], expansions: Sequence[str], text: str) -> list[dict[str, object]]:
    """Why a clause was found: the question's words and the thesaurus' terms it
    contains (the word channel), and the stretches of the question it shares
    (the character channel)."""
    folded = fold(text)
    found: dict[str, dict[str, object]] = {}
    for w in words:
        if len(w) > 1 and w in folded:
            found[w] = {"term": w, "from": "question", "channels": ["bm25"]}
    for e in expansions:
        if fold(e) in folded:
            found.setdefault(e, {"term": e, "from": "thesaurus", "channels": ["bm25"]})
    for span in common_spans(fold(question), folded):
        entry = found.setdefault(span, {"term": span, "from": "question", "channels": []})
        channels = entry["channels"]
        assert isinstance(channels, list)
        channels.append("bm25_char")
    return list(found.values())


_SENTENCE = re.compile(r"[^。；！？\n]+[。；！？]?")


def focus_sentence(question: str, text: str, longer_than: int = 120) -> str | None:
    """In a long clause, the sentence that shares most of the question's
    character pairs (None for a short clause, or when none shares any)."""
    if len(text) <= longer_than:
        return None
    wanted = bigrams(fold(question))
    best, best_score = None, 0
    for m in _SENTENCE.finditer(text):
        score = _pairs_in(wanted, fold(m.group(0)))
        if score > best_score:
            best, best_score = m.group(0).strip(), score
    return best
