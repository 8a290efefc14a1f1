"""Learned word associations as expansions, out of sample on the two halves.

    python benchmarks/learned_terms.py --home KB [--variants all|NAME|NAME...] [--json out.json]

From our labelled pairs (a question and the clause that holds its anchor) a
model learns which clause words go with a question word (a "translation
model", Berger and Lafferty 1999): either IBM Model 1's t(clause word |
question word) by EM, or plain co-occurrence counts over the pairs corrected
by the word's share of the corpus (lift). At question time each question
word the model knows adds its top clause words to the Probe's expansions at
a low weight (word channel; the character channel optionally).

Strictly out of sample: the model trained on half A is measured on half B
and the other way round (`fold_of(q, 2)`), everyday and formal questions
apart, against the shipped first stage (`Settings(rerank=False)`) on the same
code. Each question's dense scores are cached (they do not depend on the
expansions), so a variant costs only the lexical channels and the boosts.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bri_kb.query.search as search_module  # noqa: E402
from bri_kb.errors import QueryError  # noqa: E402
from bri_kb.evaluate import first_hit, summarise  # noqa: E402
from bri_kb.index.engine import Probe, Retrieved, RowFilter  # noqa: E402
from bri_kb.index.tokenize import tokenize  # noqa: E402
from bri_kb.query.lexicon import QUESTION_FORMS  # noqa: E402
from bri_kb.query.ranking import Settings  # noqa: E402
from bri_kb.query.search import Filters, KnowledgeBase  # noqa: E402
from bri_kb.query.training import fold_of  # noqa: E402
from bri_kb.vocabulary import fold, squash  # noqa: E402

LABELLED = ROOT / "benchmarks" / "questions_labelled.jsonl"
BASE = Settings(rerank=False)


# ---- the pairs --------------------------------------------------------------------------------


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


_SQUASHED: dict[str, str] = {}
_ANSWERS: dict[str, list[str]] = {}


def answering_texts(clauses: Sequence[str], question: dict[str, Any]) -> list[str]:
    """The clause texts that hold one of the question's anchors (as the scorer decides)."""
    key = question["id"]
    if key not in _ANSWERS:
        anchors = [squash(e["anchor"]) for e in question.get("expect", [])]
        _ANSWERS[key] = [t for t in clauses if any(a in _SQUASHED.setdefault(t, squash(t)) for a in anchors)]
    return _ANSWERS[key]


@dataclass(frozen=True)
class Pair:
    question: tuple[str, ...]  # the question's distinct words
    clause: tuple[str, ...]  # the answering clauses' distinct words, those not in the question


def make_pairs(questions: Sequence[dict[str, Any]], clause_texts: Sequence[str],
               anchor: bool = False, gap: bool = False) -> list[Pair]:
    """`anchor`: the clause side is the anchor's words only (the answering span, not the
    whole clause); `gap`: the question side keeps only words its answer does not contain."""
    out = []
    for q in questions:
        texts = answering_texts(clause_texts, q)
        if not texts:
            continue
        answer = fold("".join(texts))
        qwords = tuple(dict.fromkeys(w for w in tokenize(q["question"]) if not gap or w not in answer))
        if anchor:
            texts = [e["anchor"] for e in q["expect"]]
        folded = fold(q["question"])
        cwords = tuple(dict.fromkeys(w for t in texts for w in tokenize(t) if w not in folded))
        if qwords and cwords:
            out.append(Pair(qwords, cwords))
    return out


# ---- the models -------------------------------------------------------------------------------


@dataclass
class Association:
    """Per question word: its clause words by score, and in how many pairs it occurred."""

    targets: dict[str, list[tuple[str, float, int]]] = field(default_factory=dict)  # (word, score, pairs with both)
    seen: Counter[str] = field(default_factory=Counter)


def counted(pairs: Sequence[Pair]) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """How many pairs each question word is in, and the clause words it meets there."""
    seen: Counter[str] = Counter()
    both: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pairs:
        seen.update(p.question)
        for q in p.question:
            both[q].update(p.clause)
    return seen, both


def cooccurrence(pairs: Sequence[Pair], df: Counter[str], n_clauses: int) -> Association:
    """P(c | q) over the pairs, times log lift against c's share of the corpus's clauses."""
    seen, both = counted(pairs)
    out = Association(seen=seen)
    for q, counts in both.items():
        scored = []
        for c, n in counts.items():
            p_cq = n / seen[q]
            p_c = (df.get(c, 0) + 1) / (n_clauses + 1)
            lift = p_cq / p_c
            if lift > 1:
                scored.append((c, p_cq * math.log(lift), n))
        scored.sort(key=lambda x: (-x[1], x[0]))
        out.targets[q] = scored[:20]
    return out


def log_likelihood(pairs: Sequence[Pair]) -> Association:
    """Dunning's log-likelihood ratio (G²) of each (question word, clause word)
    over the pairs' 2x2 table: whether the question has q, whether its answer
    has c. Only positive associations (c more often with q than without)."""
    seen: Counter[str] = Counter()
    answers: Counter[str] = Counter()
    both: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pairs:
        seen.update(p.question)
        answers.update(p.clause)
        for q in p.question:
            both[q].update(p.clause)
    n = len(pairs)

    def term(k: float, expected: float) -> float:
        return k * math.log(k / expected) if k > 0 else 0.0

    out = Association(seen=seen)
    for q, counts in both.items():
        scored = []
        for c, k11 in counts.items():
            k12, k21 = seen[q] - k11, answers[c] - k11
            k22 = n - k11 - k12 - k21
            if k11 / seen[q] <= answers[c] / n:
                continue
            row1, row2, col1, col2 = k11 + k12, k21 + k22, k11 + k21, k12 + k22
            g2 = 2 * (term(k11, row1 * col1 / n) + term(k12, row1 * col2 / n)
                      + term(k21, row2 * col1 / n) + term(k22, row2 * col2 / n))
            scored.append((c, g2, k11))
        scored.sort(key=lambda x: (-x[1], x[0]))
        out.targets[q] = scored[:20]
    return out


NULL = "<null>"


def reverse_model1(pairs: Sequence[Pair], iterations: int = 10) -> Association:
    """Berger and Lafferty's direction: t(question word | clause word), the
    clause generating the question; a question word's targets are the clause
    words most likely to have produced it."""
    flipped = [Pair(p.clause, p.question) for p in pairs]
    forward = model1(flipped, iterations, table=True)
    seen, both = counted(pairs)
    out = Association(seen=seen)
    by_q: dict[str, list[tuple[str, float, int]]] = defaultdict(list)
    for w, row in forward.items():
        if w == NULL:
            continue
        for q, pr in row.items():
            by_q[q].append((w, pr, both[q][w]))
    for q, scored in by_q.items():
        scored.sort(key=lambda x: (-x[1], x[0]))
        out.targets[q] = scored[:20]
    return out


def model1(pairs: Sequence[Pair], iterations: int = 10, table: bool = False) -> Any:
    """IBM Model 1: t(clause word | question word) by EM, each clause word
    generated by one of the question's words or by NULL (which soaks up the
    words every clause has)."""
    seen: Counter[str] = Counter()
    for p in pairs:
        seen.update(p.question)
    t: dict[str, dict[str, float]] = defaultdict(dict)
    for p in pairs:  # uniform start over co-occurring pairs
        for e in (NULL, *p.question):
            for f in p.clause:
                t[e][f] = 1.0
    for _ in range(iterations):
        count: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for p in pairs:
            sources = (NULL, *p.question)
            for f in p.clause:
                probs = [t[e][f] for e in sources]
                z = sum(probs)
                for e, pr in zip(sources, probs, strict=True):
                    count[e][f] += pr / z
        t = defaultdict(dict)
        for e, fs in count.items():
            total = sum(fs.values())
            t[e] = {f: v / total for f, v in fs.items()}
    if table:
        return t
    both: dict[str, Counter[str]] = defaultdict(Counter)
    for p in pairs:
        for q in p.question:
            both[q].update(p.clause)
    out = Association(seen=seen)
    for q in seen:
        scored = sorted(((c, pr, both[q][c]) for c, pr in t[q].items()), key=lambda x: (-x[1], x[0]))
        out.targets[q] = scored[:20]
    return out


# ---- a variant ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    method: str = "cooc"  # cooc | m1
    rare: int = -1  # only question words with corpus df <= rare (-1: all words)
    weight: float = 0.3
    top: int = 3
    min_pairs: int = 2  # the question word in at least this many training pairs
    min_both: int = 2  # and the clause word with it in at least this many
    char: bool = False  # the character channel also scores the learned words
    train: str = "all"  # all | colloquial | anchor | gap | anchor+gap: the pairs the model learns from
    scaled: bool = False  # weight times the target's score relative to the word's best
    min_len: int = 1  # question words of at least this many characters
    content: bool = False  # skip question-form words (能不能, 什么, 哪些 … lexicon.QUESTION_FORMS)
    min_score: float = 0.0  # the association's score at least this (G²: 3.84 is p < 0.05 by chi-square)


def learned_expansions(question: str, model: Association, df: Counter[str], v: Variant) -> list[tuple[str, float]]:
    folded = fold(question)
    out: dict[str, float] = {}
    for q in dict.fromkeys(tokenize(question)):
        if v.rare >= 0 and df.get(q, 0) > v.rare:
            continue
        if model.seen[q] < v.min_pairs or q not in model.targets or len(q) < v.min_len:
            continue
        if v.content and QUESTION_FORMS.fullmatch(q):
            continue
        chosen = [x for x in model.targets[q]
                  if x[2] >= v.min_both and x[1] >= v.min_score and x[0] not in folded][: v.top]
        best = chosen[0][1] if chosen else 1.0
        for c, score, _ in chosen:
            w = v.weight * (score / best if v.scaled else 1.0)
            out[c] = max(out.get(c, 0.0), w)
    return list(out.items())


# ---- measuring ---------------------------------------------------------------------------------


class CachedEngine:
    """The KB's embedded engine with each question's dense scores remembered, and
    the learned terms kept out of the character channel unless asked."""

    def __init__(self, engine: Any) -> None:
        self.inner = engine
        self.dense: dict[str, np.ndarray] = {}
        self.learned: set[str] = set()
        self.char_learned = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def top_k(self, probe: Probe, k: int, filters: RowFilter | None = None,
              channels: Sequence[str] = ("bm25", "bm25_char", "dense")) -> Retrieved:
        inner = self.inner
        char_terms = probe.expansions if probe.char_expansions else ()
        if not self.char_learned:
            char_terms = tuple(e for e in char_terms if e[0] not in self.learned)
        dq = probe.dense_query
        if dq not in self.dense:
            self.dense[dq] = inner.dense.scores(dq)
        scores = {"bm25": inner.lexical.scores(probe.text, probe.word_terms),
                  "bm25_char": inner.chars.scores(probe.text, char_terms), "dense": self.dense[dq]}
        return Retrieved(scores, inner.mask(filters or RowFilter()))


def run(kb: KnowledgeBase, questions: Sequence[dict[str, Any]], settings: Settings = BASE) -> list[int | None]:
    ranks = []
    for q in questions:
        where = q.get("where")
        try:
            answer = kb.ask(q["question"], 10, Filters(where=where) if where else None, settings)
        except QueryError:
            answer = kb.ask(q["question"], 10, None, settings)
        ranks.append(first_hit(q, [{"text": h.clause.text} for h in answer.hits]))
    return ranks


def with_learned(engine: CachedEngine, extra: Callable[[str], list[tuple[str, float]]] | None) -> None:
    """Route the first stage's expansions through the learned terms (None: the thesaurus alone)."""
    original = search_module.__dict__.setdefault("_original_expansions", search_module.__dict__["expansions"])

    def patched(question: str, *args: Any, **kwargs: Any) -> list[tuple[str, float]]:
        base = original(question, *args, **kwargs)
        if extra is None:
            return list(base)
        have = {t for t, _ in base}
        more = [(t, w) for t, w in extra(question) if t not in have]
        engine.learned = {t for t, _ in more}
        return [*base, *more]

    search_module.__dict__["expansions"] = patched


VARIANTS: dict[str, Variant] = {
    "cooc all w0.3 top3 min2": Variant(),
    "cooc all w0.1 top3 min2": Variant(weight=0.1),
    "cooc all w0.5 top3 min2": Variant(weight=0.5),
    "cooc all w0.3 top1 min2": Variant(top=1),
    "cooc all w0.3 top5 min2": Variant(top=5),
    "cooc all w0.3 top3 min3": Variant(min_pairs=3, min_both=3),
    "cooc rare<=2 w0.3 top3 min2": Variant(rare=2),
    "cooc rare<=0 w0.3 top3 min2": Variant(rare=0),
    "cooc rare<=5 w0.3 top3 min2": Variant(rare=5),
    "cooc all w0.3 top3 min2 +char": Variant(char=True),
    "cooc all w0.3 top3 min2 scaled": Variant(scaled=True),
    "m1 all w0.3 top3 min2": Variant(method="m1"),
    "m1 all w0.1 top3 min2": Variant(method="m1", weight=0.1),
    "m1 all w0.5 top3 min2": Variant(method="m1", weight=0.5),
    "m1 all w0.3 top1 min2": Variant(method="m1", top=1),
    "m1 all w0.3 top5 min2": Variant(method="m1", top=5),
    "m1 rare<=2 w0.3 top3 min2": Variant(method="m1", rare=2),
    "m1 all w0.3 top3 min2 +char": Variant(method="m1", char=True),
    "m1 all w0.3 top3 min1": Variant(method="m1", min_pairs=1, min_both=1),
    "cooc all w0.3 top3 min1": Variant(min_pairs=1, min_both=1),
    "g2 all w0.3 top3 min2": Variant(method="g2"),
    "g2 all w0.3 top3 min2 G2>=10": Variant(method="g2", min_score=10),
    "g2 content len>=2 w0.3 top3 min2": Variant(method="g2", content=True, min_len=2),
    "g2 content len>=2 w0.3 top3 min2 G2>=10": Variant(method="g2", content=True, min_len=2, min_score=10),
    "g2 rare<=2 content len>=2 w0.3 top3 min2": Variant(method="g2", rare=2, content=True, min_len=2),
    "g2 rare<=2 content len>=2 w0.2 top2 min2": Variant(method="g2", rare=2, content=True, min_len=2, weight=0.2, top=2),
    "g2 rare<=0 content len>=2 w0.3 top3 min2": Variant(method="g2", rare=0, content=True, min_len=2),
    "g2 rare<=2 content len>=2 w0.3 top3 min3": Variant(method="g2", rare=2, content=True, min_len=2, min_pairs=3, min_both=3),
    "m1 rare<=2 content len>=2 w0.3 top3 min2": Variant(method="m1", rare=2, content=True, min_len=2),
    "cooc rare<=2 content len>=2 w0.3 top3 min2": Variant(rare=2, content=True, min_len=2),
    "m1r all w0.3 top3 min2": Variant(method="m1r"),
    "m1r all w0.1 top3 min2": Variant(method="m1r", weight=0.1),
    "m1r rare<=2 content len>=2 w0.3 top3 min2": Variant(method="m1r", rare=2, content=True, min_len=2),
    "m1r content len>=2 w0.2 top2 min2": Variant(method="m1r", content=True, min_len=2, weight=0.2, top=2),
    "everyday-trained m1 all w0.3 top3 min2": Variant(method="m1", train="colloquial"),
    "everyday-trained m1 all w0.1 top3 min2": Variant(method="m1", train="colloquial", weight=0.1),
    "everyday-trained m1r all w0.2 top3 min2": Variant(method="m1r", train="colloquial", weight=0.2),
    "everyday-trained g2 content len>=2 w0.3 top3 min2": Variant(method="g2", train="colloquial", content=True, min_len=2),
    "everyday-trained g2 rare<=2 content len>=2 w0.3 top3 min2": Variant(method="g2", train="colloquial", rare=2, content=True, min_len=2),
    "everyday-trained cooc rare<=2 w0.3 top3 min2": Variant(train="colloquial", rare=2),
    "rare<=2 content len>=2 w0.3 top3 min2/1 g2": Variant(method="g2", rare=2, content=True, min_len=2, min_both=1, min_score=6),
    "rare<=2 content len>=2 w0.1 top3 min2/1 m1": Variant(method="m1", rare=2, content=True, min_len=2, min_both=1, weight=0.1),
    "rare<=2 content len>=2 w0.15 top3 min2 g2": Variant(method="g2", rare=2, content=True, min_len=2, weight=0.15),
    "rare<=2 content len>=2 w0.5 top3 min2 g2": Variant(method="g2", rare=2, content=True, min_len=2, weight=0.5),
    "rare<=10 content len>=2 w0.3 top3 min2 g2": Variant(method="g2", rare=10, content=True, min_len=2),
    "rare<=30 content len>=2 w0.2 top2 min2 g2": Variant(method="g2", rare=30, content=True, min_len=2, weight=0.2, top=2),
}
VARIANTS |= {  # the neighbours of the one variant that helped both halves by a question each
    f"anchor+gap-trained m1 all w{w} top{t} min{m}": Variant(method="m1", train="anchor+gap", weight=w, top=t,
                                                          min_pairs=m, min_both=m)
    for w, t, m in ((0.2, 3, 2), (0.4, 3, 2), (0.5, 3, 2), (0.3, 2, 2), (0.3, 5, 2), (0.3, 3, 3), (0.3, 3, 1))
}
VARIANTS["anchor+gap-trained m1 all w0.3 top3 min2 +char"] = Variant(method="m1", train="anchor+gap", char=True)
for _train in ("anchor", "gap", "anchor+gap"):
    VARIANTS |= {
        f"{_train}-trained m1 all w0.3 top3 min2": Variant(method="m1", train=_train),
        f"{_train}-trained m1 all w0.1 top3 min2": Variant(method="m1", train=_train, weight=0.1),
        f"{_train}-trained m1 content len>=2 w0.2 top2 min2": Variant(method="m1", train=_train, content=True, min_len=2,
                                                                  weight=0.2, top=2),
        f"{_train}-trained g2 content len>=2 w0.3 top3 min2": Variant(method="g2", train=_train, content=True, min_len=2),
        f"{_train}-trained g2 rare<=2 content len>=2 w0.3 top3 min2": Variant(method="g2", train=_train, rare=2,
                                                                          content=True, min_len=2),
        f"{_train}-trained cooc content len>=2 w0.2 top2 min2": Variant(train=_train, content=True, min_len=2,
                                                                    weight=0.2, top=2),
    }


SHIPPED = Variant(method="m1", train="anchor+gap")  # the one family that helped both halves (docs/quality.md)
KEEP = 5  # clause words kept per question word in the file (the question may already hold some)


def table_json(model: Association, v: Variant = SHIPPED, keep: int = KEEP) -> dict[str, Any]:
    """The learned table as the package reads it (query/learned.py): the question
    words seen in at least `v.min_pairs` pairs, each with its clause words that
    co-occurred in at least `v.min_both`, best first."""
    terms = {}
    for q in sorted(model.seen):
        if model.seen[q] < v.min_pairs or len(q) < v.min_len or (v.content and QUESTION_FORMS.fullmatch(q)):
            continue
        targets = [[c, round(score, 4), n] for c, score, n in model.targets.get(q, [])
                   if n >= v.min_both and score >= v.min_score][:keep]
        if targets:
            terms[q] = {"pairs": model.seen[q], "targets": targets}
    return {"about": "question word -> clause words, IBM Model 1 t(clause word | question word) over "
                     "(question words its answer lacks, anchor words the question lacks) pairs of "
                     "benchmarks/questions_labelled.jsonl; [word, t, pairs with both]",
            "method": f"model1 iterations=10 min_pairs={v.min_pairs} min_both={v.min_both} keep={keep}",
            "terms": terms}


def readable_json(data: dict[str, Any]) -> str:
    """The table as JSON with one question word per line, to read and diff by hand."""
    head = {k: v for k, v in data.items() if k != "terms"}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "terms": {']
    words = list(data["terms"].items())
    lines += [f"{json.dumps(w, ensure_ascii=False)}: {json.dumps(e, ensure_ascii=False)}"
              + ("," if i < len(words) - 1 else "") for i, (w, e) in enumerate(words)]
    return "\n".join([*lines, "}}"]) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--home", type=Path, default=None)
    ap.add_argument("--variants", default="all", help="'all' or names separated by |")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--show", type=int, default=0, help="print this many learned words per model")
    ap.add_argument("--write", type=Path, default=None,
                    help="train the shipped variant on every labelled question and write its table here")
    ap.add_argument("--shipped", action="store_true",
                    help="also the shipped code path: Settings(learned_weight=WEIGHT) with each half's table "
                         "trained on the other half, as the package reads it")
    ap.add_argument("--folds", type=int, default=2,
                    help="> 2: also k-fold out-of-fold figures (every question scored by a model trained on the other folds)")
    args = ap.parse_args()
    kb = KnowledgeBase(args.home)
    engine = CachedEngine(kb.engine)
    kb.engine = engine
    questions = load(LABELLED)
    halves = {h: [q for q in questions if fold_of(q, 2) == h] for h in (0, 1)}
    clauses = [c.text for c in kb.store.all_clauses()]
    df: Counter[str] = Counter()
    for t in clauses:
        df.update(set(tokenize(t)))
    pairs = {h: make_pairs(halves[h], clauses) for h in (0, 1)}
    everyday = {h: make_pairs([q for q in halves[h] if q.get("kind") == "colloquial"], clauses) for h in (0, 1)}
    anchored = {h: make_pairs(halves[h], clauses, anchor=True) for h in (0, 1)}
    gapped = {h: make_pairs(halves[h], clauses, gap=True) for h in (0, 1)}
    both_ways = {h: make_pairs(halves[h], clauses, anchor=True, gap=True) for h in (0, 1)}
    answer_sets = {h: {t for q in halves[h] for t in answering_texts(clauses, q)} for h in (0, 1)}
    print(f"pairs: A {len(pairs[0])}/{len(halves[0])}, B {len(pairs[1])}/{len(halves[1])}", flush=True)
    if args.write:
        data = table_json(model1(make_pairs(questions, clauses, anchor=True, gap=True)))
        args.write.write_text(readable_json(data), encoding="utf-8")
        print(f"wrote {args.write}: {len(data['terms'])} question words", flush=True)
        return
    models: dict[tuple[str, int], Association] = {}
    for h in (0, 1):
        for train, ps in (("all", pairs[h]), ("colloquial", everyday[h]), ("anchor", anchored[h]),
                          ("gap", gapped[h]), ("anchor+gap", both_ways[h])):
            models[(f"cooc {train}", h)] = cooccurrence(ps, df, len(clauses))
            models[(f"m1 {train}", h)] = model1(ps)
            models[(f"m1r {train}", h)] = reverse_model1(ps)
            models[(f"g2 {train}", h)] = log_likelihood(ps)
    if args.show:
        for (method, h), m in models.items():
            if not method.endswith("all"):
                continue
            known = sorted((q for q in m.seen if m.seen[q] >= 2), key=lambda q: -m.seen[q])[: args.show]
            print(method, "AB"[h], "; ".join(f"{q}({m.seen[q]},df{df.get(q, 0)})→" + ",".join(
                f"{c}:{s:.2f}/{n}" for c, s, n in m.targets[q][:3]) for q in known))

    def cells(ranks_by_half: dict[int, list[int | None]]) -> dict[str, Any]:
        row: dict[str, Any] = {}
        for h in (0, 1):
            qs = halves[h]
            other = answer_sets[1 - h]
            for kind, label in (("colloquial", "everyday"), ("formal", "formal")):
                idx = [i for i, q in enumerate(qs) if q.get("kind") == kind]
                row[f"{label} {'AB'[h]}"] = summarise([ranks_by_half[h][i] for i in idx])
                # the questions whose answering clause the other half never trained on
                new = [i for i in idx if not set(answering_texts(clauses, qs[i])) & other]
                row[f"{label} {'AB'[h]} unseen clause"] = summarise([ranks_by_half[h][i] for i in new])
        return row

    table_row: dict[str, Any] = {}
    start = time.perf_counter()
    with_learned(engine, None)
    table_row["baseline (shipped first stage)"] = base = cells({h: run(kb, halves[h]) for h in (0, 1)})
    print_row("baseline (shipped first stage)", base, None, time.perf_counter() - start)
    chosen = VARIANTS if args.variants == "all" else {k: VARIANTS[k] for k in args.variants.split("|")}
    for name, v in chosen.items():
        start = time.perf_counter()
        engine.char_learned = v.char
        ranks: dict[int, list[int | None]] = {}
        for h in (0, 1):
            model = models[(f"{v.method} {v.train}", 1 - h)]  # trained on the other half

            def extra(question: str, model: Association = model, v: Variant = v) -> list[tuple[str, float]]:
                return learned_expansions(question, model, df, v)

            with_learned(engine, extra)
            ranks[h] = run(kb, halves[h])
            fired = sum(1 for q in halves[h] if extra(q["question"]))
            print(f"    half {'AB'[h]}: {fired} of {len(halves[h])} questions get learned terms", flush=True)
        table_row[name] = row = cells(ranks)
        print_row(name, row, base, time.perf_counter() - start)
    if args.shipped:
        from bri_kb.query.learned import parse_learned

        start = time.perf_counter()
        shipped: dict[int, list[int | None]] = {}
        with_learned(engine, None)
        for h in (0, 1):
            table = table_json(model1(make_pairs(halves[1 - h], clauses, anchor=True, gap=True)))
            kb.learned_terms = parse_learned(table)
            shipped[h] = run(kb, halves[h], replace(BASE, learned_weight=SHIPPED.weight))
        kb.learned_terms = None
        name = f"shipped path: Settings(learned_weight={SHIPPED.weight}), table from the other half"
        table_row[name] = row = cells(shipped)
        print_row(name, row, base, time.perf_counter() - start)
    if args.folds > 2:
        for name, v in chosen.items():
            out_of_fold(kb, engine, questions, clauses, df, v, args.folds, name)
    with_learned(engine, None)
    if args.json:
        args.json.write_text(json.dumps(table_row, ensure_ascii=False, indent=1), encoding="utf-8")


TRAINERS: dict[str, Callable[..., Association]] = {
    "m1": model1, "m1r": reverse_model1, "g2": log_likelihood,
}


def out_of_fold(kb: KnowledgeBase, engine: CachedEngine, questions: Sequence[dict[str, Any]], clauses: Sequence[str],
                df: Counter[str], v: Variant, folds: int, name: str) -> None:
    """Every question scored with and without the learned terms of a model trained on the other k-1 folds."""
    ranks: dict[str, list[tuple[dict[str, Any], int | None, int | None]]] = {"colloquial": [], "formal": []}
    for f in range(folds):
        test = [q for q in questions if fold_of(q, folds) == f]
        train = [q for q in questions if fold_of(q, folds) != f
                 and (v.train != "colloquial" or q.get("kind") == "colloquial")]
        ps = make_pairs(train, clauses, anchor="anchor" in v.train, gap="gap" in v.train)
        model = cooccurrence(ps, df, len(clauses)) if v.method == "cooc" else TRAINERS[v.method](ps)
        with_learned(engine, None)
        base = run(kb, test)
        engine.char_learned = v.char

        def extra(question: str, model: Association = model) -> list[tuple[str, float]]:
            return learned_expansions(question, model, df, v)

        with_learned(engine, extra)
        new = run(kb, test)
        for q, b, n in zip(test, base, new, strict=True):
            ranks[q.get("kind", "?")].append((q, b, n))
    cells = []
    for kind, rows in ranks.items():
        before, after = summarise([r[1] for r in rows]), summarise([r[2] for r in rows])
        cells.append(f"{kind} {before['R@1']:.3f}/{before['MRR']:.3f} -> {after['R@1']:.3f}/{after['MRR']:.3f}")
    print(f"{folds}-fold {name}: " + "  ".join(cells), flush=True)


def print_row(name: str, row: dict[str, Any], base: dict[str, Any] | None, seconds: float) -> None:
    parts = []
    passed = True
    for key in ("everyday A", "everyday B", "formal A", "formal B"):
        r, m = row[key]["R@1"], row[key]["MRR"]
        parts.append(f"{key} {r:.3f}/{m:.3f}")
        if base is not None:
            br, bm = base[key]["R@1"], base[key]["MRR"]
            passed &= r >= br and m >= bm - 0.005 and (key.startswith("formal") or r > br)
    unseen = "  ".join(f"{k.split()[0][0]}{k.split()[1]}-new {row[k]['R@1']:.3f}(n={row[k]['n']})"
                       for k in row if k.endswith("unseen clause"))
    verdict = "" if base is None else ("  PASSES" if passed else "")
    print(f"{name} ({seconds:.0f} s){verdict}\n    {'  '.join(parts)}\n    {unseen}", flush=True)


if __name__ == "__main__":
    main()
