"""Clause words learned from the labelled questions (query/learned.py, bri_kb/data/learned_terms.json):
the word channel scores them at a low weight when Settings.learned_weight > 0, and only then."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources
from pathlib import Path

import numpy as np

from bri_kb.index.tokenize import tokenize
from bri_kb.query.learned import LearnedTerms, bundled, learned_expansions, parse_learned
from bri_kb.query.ranking import Settings

TABLE = LearnedTerms({"公司": (("企业", 0.9), ("境外", 0.05), ("人员", 0.01)), "老外": (("外国人", 1.0),)})


def test_each_known_word_adds_its_clause_words_at_the_weight() -> None:
    got = learned_expansions(["国外", "公司"], "在国外开公司", TABLE, 0.3)
    assert got == [("企业", 0.3), ("境外", 0.3), ("人员", 0.3)]
    assert learned_expansions(["国外", "公司"], "在国外开公司", TABLE, 0.3, top=1) == [("企业", 0.3)]


def test_a_clause_word_the_question_already_has_is_not_added() -> None:
    got = learned_expansions(["公司", "企业"], "公司和企业", TABLE, 0.3, top=1)
    assert got == [("境外", 0.3)]  # 企业 is asked already: the next word takes its place


def test_no_weight_or_no_known_word_adds_nothing() -> None:
    assert learned_expansions(["公司"], "公司", TABLE, 0.0) == []
    assert learned_expansions(["港口", "航线"], "港口航线", TABLE, 0.3) == []


def test_the_shipped_table_is_plain_json_of_counted_pairs() -> None:
    text = resources.files("bri_kb").joinpath("data/learned_terms.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["terms"], "the table learned nothing"
    for word, entry in data["terms"].items():
        assert entry["pairs"] >= 2, word  # a word seen in one question only is not learned
        assert all(n >= 2 and 0.0 <= t <= 1.0 for _, t, n in entry["targets"]), word
    assert parse_learned(data) == bundled()


def test_the_benchmark_script_writes_what_the_package_reads() -> None:
    import benchmarks.learned_terms as script

    # three questions that say 老外 where their answers say 外国人 (and one that says neither)
    pairs = [script.Pair(("老外", "签证"), ("外国人", "签证便利")), script.Pair(("老外", "工作"), ("外国人", "就业")),
             script.Pair(("老外", "读书"), ("外国人", "留学生")), script.Pair(("港口",), ("航线",))]
    table = parse_learned(json.loads(script.readable_json(script.table_json(script.model1(pairs)))))
    assert table.targets["老外"][0][0] == "外国人"
    assert "港口" not in table.targets  # seen once
    assert ("外国人", 0.3) in learned_expansions(["老外", "来"], "老外来这里", table, 0.3)


def test_the_word_channel_scores_the_learned_words_and_the_char_channel_does_not(corpus_kb: Path) -> None:
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(corpus_kb)
    try:
        question = "老外在这儿能不能办"
        off = kb.first_stage(question, settings=Settings(rerank=False))
        kb.learned_terms = TABLE
        on = kb.first_stage(question, settings=replace(Settings(rerank=False), learned_weight=0.3))
        clauses = {c.text: r for r, c in enumerate(kb.store.all_clauses())}
        with_word = [r for t, r in clauses.items() if "外国人" in tokenize(t)]
        assert with_word
        gained = on.channels["bm25"][with_word] - off.channels["bm25"][with_word]
        assert (gained > 0).all()  # every clause with 外国人 now scores in the word channel
        np.testing.assert_array_equal(on.channels["bm25_char"], off.channels["bm25_char"])
    finally:
        kb.close()


def test_the_bundled_table_changes_the_expansions_of_a_word_it_learned(corpus_kb: Path) -> None:
    from bri_kb.query.search import KnowledgeBase

    word, targets = next((w, t) for w, t in bundled().targets.items() if len(w) >= 2 and t)
    question = f"{word}怎么办理"
    assert word in tokenize(question)
    kb = KnowledgeBase(corpus_kb)
    try:
        off = kb.first_stage(question, settings=Settings(rerank=False))
        on = kb.first_stage(question, settings=replace(Settings(rerank=False), learned_weight=0.3))
        assert not np.array_equal(on.channels["bm25"], off.channels["bm25"])
        expected = learned_expansions([word], question, bundled(), 0.3)
        assert expected and expected[0][0] == next(t for t, _ in targets if t not in question)
    finally:
        kb.close()
