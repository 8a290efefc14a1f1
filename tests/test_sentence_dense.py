"""Sentence vectors (index/sentences.py): the splitter, the files a generation
built with them holds, and the dense channel as the better of the clause's
vector and its best sentence's."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.index.engine import Probe
from bri_kb.index.kb import build
from bri_kb.index.sentences import STARTS_FILE, best_per_clause, sentence_texts, split_sentences
from bri_kb.query.ranking import Settings
from bri_kb.query.search import KnowledgeBase
from tests.conftest import CORPUS


def test_a_long_clause_is_cut_into_its_sentences_and_a_label_stays_with_its_sentence() -> None:
    text = ("（一）提出申请前在中华人民共和国境内开业1年以上；\n（二）国务院银行业监督管理机构规定的其他审慎性条件。"
            "第十一条：台湾地区的投资者可以在内地投资设立合资经营的演出经纪机构！")
    assert split_sentences(text) == [
        "（一）提出申请前在中华人民共和国境内开业1年以上；",
        "（二）国务院银行业监督管理机构规定的其他审慎性条件。",
        "第十一条：台湾地区的投资者可以在内地投资设立合资经营的演出经纪机构！",
    ]
    assert split_sentences("完成各项交流活动。建设俄语中心。") == ["完成各项交流活动。建设俄语中心。"]  # short: whole
    assert sentence_texts("条例", ["第一章"], "短条款。") == ["条例\n第一章\n短条款。"]


@given(st.text(alphabet="自贸试验区外资企业。；！？\n 12（）", max_size=300))
def test_the_sentences_hold_the_clause_text_in_order(text: str) -> None:
    pieces = split_sentences(text)
    assert pieces and all(p or not text.strip() for p in pieces)
    assert re.sub(r"\s", "", "".join(pieces)) == re.sub(r"\s", "", text)


def test_best_per_clause_takes_the_maximum_over_each_clause_s_sentences() -> None:
    sims = np.array([0.125, 0.5, 0.25, 0.75, 0.375, 0.4375], dtype=np.float32)
    assert best_per_clause(sims, np.array([0, 2, 3, 4])).tolist() == [0.5, 0.25, 0.75, 0.4375]


def test_a_generation_with_sentence_vectors_scores_a_clause_by_its_best_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "001_d5c8b349c851f970.txt", folder)  # 10 KB, clauses of several sentences
    home = tmp_path / "kb"
    assert not build([folder], home).reused
    plain = KnowledgeBase(home)
    assert plain.engine.sentences is None  # type: ignore[attr-defined]
    assert "sentences" not in plain.manifest
    plain.engine.top_k(Probe("外资"), 1)  # its vectors loaded before the next build retires the generation

    summary = build([folder], home, sentences=True)
    assert not summary.reused  # the same files, but asked for sentence vectors: a new generation
    kb = KnowledgeBase(home)
    engine = kb.engine
    index = engine.sentences  # type: ignore[attr-defined]
    clauses = kb.store.clauses_at(range(len(engine)))
    cuts = [split_sentences(c.text) for c in clauses]
    assert index is not None and len(index) == len(clauses) == len(plain.engine)
    assert kb.manifest["sentences"] == sum(len(s) for s in cuts)

    row = max(range(len(clauses)), key=lambda r: len(cuts[r]))
    assert len(cuts[row]) >= 2
    asked = cuts[row][-1]
    whole = engine.top_k(Probe(asked), 10).channels["dense"]
    best = engine.top_k(Probe(asked, sentences=True), 10).channels["dense"]
    assert np.all(best >= whole - 1e-6)
    # the clause's score is now its sentence's cosine, encoded as the build encodes it
    encoder = engine.dense.encoder  # type: ignore[attr-defined]
    title = kb.documents[clauses[row].doc_id].title
    vectors = encoder.encode([asked, *sentence_texts(title, clauses[row].path, clauses[row].text)])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    expected = max(float(whole[row]), float(np.max(vectors[1:] @ vectors[0])))
    assert best[row] > whole[row]
    assert abs(float(best[row]) - expected) < 1e-4
    # a generation without sentence vectors answers the option with the clause's vector
    assert np.array_equal(plain.engine.top_k(Probe(asked, sentences=True), 10).channels["dense"],
                          plain.engine.top_k(Probe(asked), 10).channels["dense"])
    hits = kb.ask(asked, 5, settings=Settings(sentences=True)).hits
    assert hits and hits[0].clause.clause_id == clauses[row].clause_id
    plain.close()

    starts = np.load(kb.directory / STARTS_FILE)
    kb.close()
    np.save(kb.directory / STARTS_FILE, starts[:-1])
    assert any("句子向量" in p for p in engine.problems(len(clauses)))  # type: ignore[attr-defined]
