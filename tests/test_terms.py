"""The corpus's own vocabulary: abbreviations (以下简称) and defined terms
(本办法所称…是指…) mined at ingest, stored in terms.json, read on the question path."""

from __future__ import annotations

import json
from pathlib import Path

from bri_kb.ingest.terms import mine
from bri_kb.model import Clause, Source
from bri_kb.query.lexicon import expansions
from bri_kb.vocabulary import Kind


def clause(text: str) -> Clause:
    return Clause("c-1", "d-1", 1, "第一条", Kind.ARTICLE, (), text, Source("f.txt", None, 1, 1))


def pairs(text: str) -> list[tuple[str, str, str]]:
    return [(t.kind, t.term, t.full) for t in mine(clause(text))]


def test_an_abbreviation_and_its_long_form() -> None:
    assert pairs("第一条 为了推进和保障中国（浙江）自由贸易试验区（以下简称自贸试验区）建设，制定本条例。") == [
        ("abbreviation", "自贸试验区", "自由贸易试验区")]  # from the short form's first character on
    assert pairs("设立自由贸易试验区管理委员会（以下简称“管委会”），负责…") == [("abbreviation", "管委会", "管理委员会")]
    assert pairs("加快郑州新郑国际机场（以下简称郑州机场）建设") == [("abbreviation", "郑州机场", "郑州新郑国际机场")]


def test_the_long_form_is_not_cut_inside_a_bracket() -> None:
    assert pairs("国家批复中国（河南）自由贸易试验区（以下简称河南自贸试验区）") == [
        ("abbreviation", "河南自贸试验区", "中国（河南）自由贸易试验区")]


def test_a_defined_term() -> None:
    assert pairs("二、本办法称对外投资合作是指在中国境内合法注册的企业在境外开展投资") == [
        ("defined", "对外投资合作", "在中国境内合法注册的企业在境外开展投资")]


def test_nothing_is_mined_from_plain_text() -> None:
    assert pairs("支持企业开展对外投资（含并购），鼓励设立研发中心。") == []
    assert pairs("本条例（以下简称本条例）自公布之日起施行。") == []


def test_the_mined_pairs_expand_either_side_at_their_weight() -> None:
    mined = [("郑州机场", "郑州新郑国际机场")]
    assert ("郑州新郑国际机场", 0.3) in expansions("郑州机场的货运量", mined=mined, mined_weight=0.3)
    assert ("郑州机场", 0.3) in expansions("郑州新郑国际机场的货运量", mined=mined, mined_weight=0.3)
    assert not any(t == "郑州机场" for t, _ in expansions("郑州新郑国际机场的货运量", mined=mined, mined_weight=0.0))


def test_the_knowledge_base_stores_the_corpus_terms_and_reads_them_back(corpus_kb: Path) -> None:
    from bri_kb.index.home import live_dir
    from bri_kb.query.ranking import Settings
    from bri_kb.query.search import KnowledgeBase

    directory = live_dir(corpus_kb)
    assert directory is not None
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["terms"] == "terms.json" and "terms.json" in manifest["checksums"]
    stored = {(t["kind"], t["term"], t["full"]) for t in json.loads((directory / "terms.json").read_text(encoding="utf-8"))}
    assert {("abbreviation", "郑州机场", "郑州新郑国际机场"), ("abbreviation", "咨评委", "咨询与综合评审委员会"),
            ("defined", "科技人才", "具有专业知识或专门技能，具备科学思维和创新能力，"
                                    "从事科学技术创新活动，对科学技术事业及经济社会发展做出贡献的劳动者")} <= stored
    kb = KnowledgeBase(corpus_kb)
    stage = kb.first_stage("郑州新郑国际机场的货运量", 5, None, Settings(mined_weight=0.3))
    assert ("郑州机场", 0.3) in stage.extra
    assert all(t != "郑州机场" for t, _ in kb.first_stage("郑州新郑国际机场的货运量", 5).extra)
