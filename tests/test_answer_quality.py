"""Answer quality: the character channel, the reranker, `answered` and
`confidence`, `matched` and the focus sentence, and a place named in the
question acting as a soft filter."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from bri_kb.cli import app
from bri_kb.index.tokenize import char_tokens
from bri_kb.model import Clause, Source
from bri_kb.query.features import ANSWER_NAMES, NAMES, common_spans, counts_in, focus_sentence, pair_weights, question_view
from bri_kb.query.ranking import (
    Scored,
    asks_issue_date,
    attributed_task,
    introduces,
    is_attribution,
    is_heading_line,
    is_lead_in,
    issue_date,
    named_first,
    with_attributions,
    with_items,
)
from bri_kb.query.render import NOT_ANSWERED
from bri_kb.vocabulary import Kind, fold

from .conftest import ROOT

runner = CliRunner()
# Questions about daily life that no clause of the corpus answers (written for this test).
OUT_OF_DOMAIN = ["微波炉加热带壳的鸡蛋会爆炸吗", "家里的猫多久剪一次指甲比较好？"]
GAS_STATION = "河南自贸试验区允许外商独资开加油站吗？"


@given(st.text(max_size=40))
def test_char_tokens_are_characters_bigrams_and_words_of_the_text(text: str) -> None:
    tokens = char_tokens(text)
    folded = fold(text)
    assert all(t in folded for t in tokens)
    cjk = [t for t in tokens if not t.isascii()]
    assert all(len(t) in (1, 2) for t in cjk)


@given(st.text(alphabet="外商独资加油站允许a1（）。 ", max_size=30), st.text(alphabet="外商独资加油站允许a1（）。 ", max_size=30))
def test_bigram_cover_by_substring_is_the_cover_of_the_bigram_sets(question: str, text: str) -> None:
    from bri_kb.query.features import _cover, bigrams

    wanted = frozenset(bigrams(question))
    expected = len(wanted & bigrams(text)) / len(wanted) if wanted else 0.0
    assert _cover(wanted, text) == expected


@given(st.lists(st.text(alphabet="自贸区外资加油站锂矿", max_size=12), min_size=1, max_size=30),
       st.text(alphabet="自贸区外资加油站锂矿", min_size=2, max_size=2))
def test_a_pair_weighs_less_the_more_candidates_hold_it(texts: list[str], pair: str) -> None:
    held = sum(pair in t for t in texts)
    weight = pair_weights([pair], texts)[pair]
    assert weight > 0
    if held < len(texts):  # one more candidate holding the pair lowers its weight
        more = [*texts, pair]
        assert pair_weights([pair], more)[pair] < pair_weights([pair], [*texts, "无关"])[pair]


def test_the_reranker_compares_a_candidate_with_the_others_of_its_question(kb_env: Path) -> None:
    """Among candidates that all name the same document, the pairs every one holds
    weigh least; the question's pairs beyond its document's title are what rest_cover counts."""
    from bri_kb.query.features import features, pool
    from bri_kb.query.search import KnowledgeBase

    kb = KnowledgeBase(kb_env)
    view, candidates = kb.candidates(kb.first_stage("浙江自贸试验区条例对油品储运有什么规定", 10), 30)
    among = pool(view, candidates)
    texts = [fold(c.clause.text) for c in candidates]
    everywhere = [b for b in view.bigrams if all(b in t for t in texts)]
    rare = [b for b in view.bigrams if sum(b in t for t in texts) == 1]
    assert rare and all(among.weight[b] < among.weight[r] for b in everywhere for r in rare)
    rows = {c.clause.clause_id: dict(zip(NAMES, features(view, c, among), strict=True)) for c in candidates}
    for c in candidates:
        title = fold(c.document.title)
        rest = [b for b in view.bigrams if b not in title]
        held = [b for b in rest if b in fold(c.clause.text)]
        assert rows[c.clause.clause_id]["rest_cover"] == pytest.approx(len(held) / len(rest) if rest else 0.0)
        assert 0.0 <= rows[c.clause.clause_id]["rest_pool_cover"] <= 1.0


def test_char_tokens_of_a_phrase() -> None:
    assert char_tokens("外商独资 KTV") == ["外", "商", "独", "资", "外商", "商独", "独资", "ktv"]



def test_a_question_asking_a_count_looks_for_that_measure_word_after_a_numeral() -> None:
    view = question_view("江西在国外结了几对友好省份？要建多少家中心", ["江西"], {}, [], False)
    assert view.units == ("对", "家")
    assert counts_in(view.units, fold("已与8对省州建立友好关系")) and counts_in(view.units, fold("建设三十余家中心"))
    assert not counts_in(view.units, fold("2017年建立友好关系，配对交流"))  # a year, and 对 after no numeral
    assert question_view("外资能开加油站吗", ["外资"], {}, [], False).units == ()

def test_common_spans_and_focus_sentence() -> None:
    assert common_spans("外资能开加油站吗", "允许外商以独资形式从事加油站建设") == ["加油站"]
    text = "一、总体要求。" + "坚持开放合作。" * 20 + "允许外商以独资形式从事加油站建设、经营。其他事项另行规定。"
    assert focus_sentence("外商独资加油站", text) == "允许外商以独资形式从事加油站建设、经营。"
    assert focus_sentence("外商独资加油站", "允许外商以独资形式从事加油站建设。") is None  # short: no need



def test_a_question_asking_when_a_document_was_issued_is_recognised() -> None:
    assert asks_issue_date("那份行动计划是什么时候印发的？", False)
    assert asks_issue_date("国发〔2017〕57号哪天发布", True)  # the 文号 names the document
    assert not asks_issue_date("自贸试验区的负面清单什么时候发布？", False)  # no document asked about
    assert not asks_issue_date("行动计划里的项目什么时候开工？", False)  # not its issue
    body = Clause("c1", "d", 1, "第1段", Kind.PARAGRAPH, (), "2017年开始实施。", Source("f", None, 1, 1))
    organ = Clause("c2", "d", 2, "落款", Kind.SIGNATURE, (), "天津市科学技术委员会", Source("f", None, 2, 2))
    date = Clause("c3", "d", 3, "落款", Kind.SIGNATURE, (), "2017年11月 2日", Source("f", None, 3, 3))
    assert issue_date([body, organ, date]) == date
    assert issue_date([body, organ]) is None


def test_the_issue_date_of_the_document_asked_about_comes_first(kb_env: Path) -> None:
    data = json.loads(runner.invoke(app, ["ask", "天津市“一带一路”科技创新合作行动计划是哪一天印发的",
                                          "--format", "json", "--k", "3"]).stdout)
    assert data["results"][0]["text"].replace(" ", "") == "2017年11月2日"
    assert data["answered"] is True

def test_out_of_domain_questions_are_not_answered_and_the_cli_says_so(kb_env: Path) -> None:
    for question in OUT_OF_DOMAIN:
        data = json.loads(runner.invoke(app, ["ask", question, "--format", "json", "--k", "3"]).stdout)
        assert data["answered"] is False, question
        assert len(data["results"]) == 3  # the closest clauses are still shown
        assert all(0 <= r["confidence"] < 0.5 for r in data["results"])
    md = runner.invoke(app, ["ask", OUT_OF_DOMAIN[0], "--format", "md", "--k", "2"])
    table = runner.invoke(app, ["ask", OUT_OF_DOMAIN[0], "--k", "2"])
    assert NOT_ANSWERED in md.stdout and NOT_ANSWERED in table.stdout


def test_an_answered_question_carries_confidence_and_what_matched(kb_env: Path) -> None:
    data = json.loads(runner.invoke(app, ["ask", GAS_STATION, "--format", "json", "--k", "3"]).stdout)
    assert data["answered"] is True
    top = data["results"][0]
    assert "加油站" in top["text"] and top["confidence"] >= 0.5
    assert all(0 <= r["confidence"] <= 1 for r in data["results"])
    terms = {m["term"]: m for m in top["matched"]}
    assert "bm25" in terms["加油站"]["channels"] and "bm25_char" in terms["加油站"]["channels"]
    md = runner.invoke(app, ["ask", GAS_STATION, "--format", "md", "--k", "1"]).stdout
    assert NOT_ANSWERED not in md


def test_batch_lines_say_whether_each_question_is_answered(kb_env: Path, tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text(json.dumps({"question": GAS_STATION}) + "\n" + OUT_OF_DOMAIN[1] + "\n", encoding="utf-8")
    lines = runner.invoke(app, ["ask", "--batch", str(batch), "--format", "jsonl", "--k", "2"]).stdout.splitlines()
    assert [json.loads(x)["answered"] for x in lines] == [True, False]


def test_a_place_in_the_question_ranks_its_rules_first(kb_env: Path) -> None:
    data = json.loads(runner.invoke(app, ["ask", "跨境电商在河南有什么支持政策", "--format", "json", "--k", "3"]).stdout)
    top = data["results"][0]
    assert "河南省" in top["applies_to"] or "全国" in top["applies_to"], top["applies_to"]


def test_the_bundled_reranker_matches_the_features_and_gives_probabilities() -> None:
    import numpy as np

    from bri_kb.query.rerank import bundled

    model = bundled()
    assert model is not None and model.names == NAMES
    p = model.probabilities([[0.0] * len(NAMES), [1.0] * len(NAMES)])
    assert np.all((p > 0) & (p < 1))
    assert 0 < model.threshold < 1
    cv = model.info["cross_validated"]
    assert cv["kinds"]["formal"]["n"] >= 150 and cv["kinds"]["colloquial"]["n"] >= 150
    assert model.order_coef is not None and len(model.order_coef) == len(NAMES) and model.info["reorders"]
    assert model.answerability is not None and len(model.answerability.coef) == len(ANSWER_NAMES)
    assert 0 < model.answerability.probability([0.0] * len(ANSWER_NAMES)) < 1


def test_a_model_whose_answerability_features_differ_is_refused_in_chinese() -> None:
    from bri_kb.errors import QueryError
    from bri_kb.query.rerank import bundled, from_json

    model = bundled()
    assert model is not None
    data = json.loads(json.dumps(model.to_json()))
    assert from_json(data) == model  # the JSON round trip keeps all three models
    data["answerability"]["features"] = ["top_logit"]
    with pytest.raises(QueryError, match="重新训练"):
        from_json(data)


def test_the_pairwise_model_orders_within_a_question_where_the_pointwise_one_cannot() -> None:
    """Feature 0 says which candidate of a question is right, but only relative to the
    others of that question (each question has its own level); feature 1 is noise."""
    import numpy as np

    from bri_kb.query.rerank import fit, fit_pairwise, from_json

    rng = np.random.default_rng(7)
    xs, ys, groups = [], [], []
    for g in range(60):
        level = rng.normal(0, 5)
        for i in range(6):
            xs.append([level + (1.0 if i == 0 else 0.0) + rng.normal(0, 0.1), rng.normal()] + [0.0] * (len(NAMES) - 2))
            ys.append(int(i == 0))
            groups.append(g)
    x, y, group = np.asarray(xs), np.asarray(ys), np.asarray(groups)
    model = fit_pairwise(fit(x, y, 6), x, y, group)
    assert model.order_coef is not None and model.order_coef[0] > 0 and abs(model.order_coef[0]) > abs(model.order_coef[1])
    scores = model.order_scores(x.tolist())
    assert all(int(np.argmax(scores[group == g])) == 0 for g in range(60))
    assert from_json(json.loads(json.dumps(model.to_json()))).order_coef == model.order_coef


@pytest.mark.slow
def test_eval_retrains_the_reranker_and_scores_with_it(kb_env: Path, tmp_path: Path) -> None:
    labelled = (ROOT / "benchmarks" / "questions_labelled.jsonl").read_text(encoding="utf-8").splitlines()
    ood = (ROOT / "benchmarks" / "questions_ood.jsonl").read_text(encoding="utf-8").splitlines()
    questions, out_of_domain, model = tmp_path / "q.jsonl", tmp_path / "ood.jsonl", tmp_path / "model.json"
    questions.write_text("\n".join(labelled[::12]) + "\n", encoding="utf-8")
    out_of_domain.write_text("\n".join(ood[::12]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(questions), "--train", "--ood", str(out_of_domain), "--save", str(model)])
    assert result.exit_code == 0, result.output
    assert "交叉验证" in result.stderr and "阈值" in result.stderr and result.stdout.startswith("all ")
    data = json.loads(model.read_text(encoding="utf-8"))
    assert data["features"] == list(NAMES) and len(data["coef"]) == len(NAMES)
    assert len(data["order"]["coef"]) == len(NAMES)  # the pairwise model that orders the candidates
    again = runner.invoke(app, ["eval", str(questions), "--model", str(model)])
    assert again.exit_code == 0 and again.stdout.splitlines()[0] == result.stdout.splitlines()[0]


def _clause(ordinal: int, label: str, text: str, path: tuple[str, ...] = ()) -> Clause:
    return Clause(f"d-{ordinal:04d}", "d", ordinal, label, Kind.ITEM, path, text, Source("f.txt", None, ordinal, ordinal))


def test_a_lead_in_comes_with_its_items() -> None:
    lead = _clause(1, "2、", "2、合作方的下列行为：", ("四、下列行为应当列入记录",))
    items = [_clause(2, "（1）", "（1）通过欺骗手段合作；", (*lead.path, "2、合作方的下列行为")),
             _clause(3, "（2）", "（2）其他行为。", (*lead.path, "2、合作方的下列行为")),
             _clause(4, "3、", "3、境外雇主的下列行为：", lead.path)]
    assert is_lead_in(lead) and not is_lead_in(items[0])
    shown = with_items(lead, items)
    assert shown.text == "2、合作方的下列行为：\n（1）通过欺骗手段合作；\n（2）其他行为。"
    assert (shown.source.line_start, shown.source.line_end) == (1, 3)
    assert with_items(lead, items[2:]) == lead  # no items under it: shown as it is


def _paragraph(ordinal: int, text: str, path: tuple[str, ...] = ()) -> Clause:
    return replace(_clause(ordinal, f"第{ordinal}段", text, path), kind=Kind.PARAGRAPH)


def test_a_speaker_line_comes_with_what_the_speaker_said() -> None:
    """Regression: a speaker's name and title with a colon, then a heading line, then the remarks, as three
    paragraphs the structure does not nest: the speaker line was shown alone, with no answer in it."""
    speaker = _paragraph(1, "某园区管委会主任王某：")
    after = [_paragraph(2, "园区发展亟待三个松绑"), _paragraph(3, "第一建议放宽管理。第二建议放宽用地。"),
             _paragraph(4, "第三建议放宽审批。"), _paragraph(5, "另一园区副主任李某："), _paragraph(6, "他说的话。")]
    assert introduces(speaker) and is_heading_line(after[0]) and not introduces(after[1])
    shown = with_items(speaker, after)
    assert shown.text.splitlines() == [x.text for x in [speaker, *after[:3]]]  # up to the next speaker
    assert (shown.source.line_start, shown.source.line_end) == (1, 4)
    assert with_items(speaker, after, limit=10).text.count("\n") == 2  # the first remarks at least, in full


def test_an_answer_that_lists_comes_with_the_list() -> None:
    """A lead-in paragraph whose items the structure set beside it, not under it, shows the run of items."""
    lead = _paragraph(1, "问：要交哪些材料？\n答：提交以下材料：", ("四、其他问题",))
    items = [_clause(2, "1.", "1.申请表；", ("四、其他问题",)), _clause(3, "2.", "2.发票。", ("四、其他问题",)),
             _paragraph(4, "问：有效期多长？\n答：三年。", ("四、其他问题",))]
    assert with_items(lead, items).text.splitlines()[2:] == ["1.申请表；", "2.发票。"]


def test_a_heading_line_comes_with_its_paragraph() -> None:
    heading = _paragraph(1, "三大平台", ("二、主要内容",))
    after = [_paragraph(2, "着力打造经济、文化和经贸合作三大战略平台。", ("二、主要内容",)),
             _paragraph(3, "五大重点工程", ("二、主要内容",)), _paragraph(4, "确定了五个方面。", ("二、主要内容",))]
    assert with_items(heading, after).text == "三大平台\n着力打造经济、文化和经贸合作三大战略平台。"
    assert with_items(heading, [_paragraph(2, "下一节。", ("三、其他",))]) == heading  # not past its section
    assert not is_heading_line(_paragraph(1, "这是一句完整的话。")) and not is_heading_line(_paragraph(1, "一" * 17))
    assert not is_heading_line(_clause(1, "一、", "一、总则"))  # a numbered heading is structured already


def test_a_question_about_a_speaker_gets_the_remarks(kb_env: Path) -> None:
    """Regression: the top hit was "辽宁北方新材料园区管委会主任王志学：" alone."""
    data = json.loads(runner.invoke(app, ["ask", "辽宁北方新材料园区管委会主任王志学提了哪些建议？", "--format", "json",
                                          "--k", "3"]).stdout)
    speaker = [r["text"] for r in data["results"] if r["text"].startswith("辽宁北方新材料园区管委会主任王志学：")]
    assert speaker and "第五建议全面加速行政体制改革建设步伐" in speaker[0].replace(" ", "")


def test_a_task_comes_with_who_leads_it() -> None:
    task = _clause(5, "5.", "5.发掘优势产业。推动传统优势产业布局。", ("五、明确工作责任",))
    under = (*task.path, "5.发掘优势产业")
    after = [_paragraph(6, "牵头单位：省发改委、省商务厅。", under), _paragraph(7, "配合单位：省农委。", under),
             _paragraph(8, "另一段说明。", under), _paragraph(9, "责任单位：省财政厅。", under)]
    shown = with_attributions(task, after)
    assert shown.text.splitlines() == [task.text, after[0].text, after[1].text]
    assert shown.source.line_end == 7
    other = _clause(5, "6.", "6.培育市场主体。", ("五、明确工作责任",))
    assert with_attributions(other, after) == other  # the lines are another task's
    assert with_attributions(task, after[2:]) == task


def test_an_attribution_line_belongs_to_the_task_above_it() -> None:
    task = _clause(5, "5.", "5.发掘优势产业。推动传统优势产业布局。", ("五、明确工作责任",))
    under = (*task.path, "5.发掘优势产业")
    lead, helpers = _paragraph(6, "牵头单位：省发改委、省商务厅。", under), _paragraph(7, "配合单位：省农委。", under)
    assert is_attribution(helpers) and not is_attribution(task)
    assert attributed_task(helpers, [task, lead]) is task  # past the task's other line
    assert attributed_task(lead, [task]) is task
    other = _clause(4, "4.", "4.推动贸易畅通。", ("五、明确工作责任",))
    assert attributed_task(lead, [other]) is None  # the line is not nested under it
    assert attributed_task(lead, []) is None
    assert attributed_task(lead, [replace(task, doc_id="another")]) is None


def test_who_leads_a_task_never_gets_a_bare_attribution_line(kb_env: Path) -> None:
    """Regression: "牵头单位：省发改委、省交通运输厅。" alone came first, and the same task's 配合单位 line third:
    the lines do not say which task they are for. Each now gives way to its task, shown with its lines."""
    data = json.loads(runner.invoke(app, ["ask", "湖南推进设施联通谁牵头？", "--format", "json", "--k", "5"]).stdout)
    texts = [r["text"] for r in data["results"]]
    assert texts[0].startswith("3.推进设施联通") and "牵头单位：省发改委、省交通运输厅。" in texts[0]
    assert not [t for t in texts if t.startswith(("牵头单位", "配合单位"))]
    assert len({t.splitlines()[0] for t in texts}) == len(texts)


def test_a_question_who_leads_a_task_gets_the_task_with_its_lead(kb_env: Path) -> None:
    """Regression: the task came first without the 牵头单位 line under it, which answers the question."""
    data = json.loads(runner.invoke(app, ["ask", "湖南省做好资金融通这项工作由哪些单位牵头？", "--format", "json",
                                          "--k", "3"]).stdout)
    texts = [r["text"] for r in data["results"]]
    assert "牵头单位：省财政厅、人民银行长沙中心支行" in texts[0]
    task = [t for t in texts if t.startswith("2.做好资金融通")]
    assert task and "牵头单位：省财政厅、人民银行长沙中心支行" in task[0]


def test_a_document_named_by_its_number_comes_first(kb_env: Path) -> None:
    """Regression: a question naming 赣府发〔2015〕26号 got 甘肃's and 河南's 远期目标 ahead of 江西's."""
    data = json.loads(runner.invoke(app, ["ask", "赣府发〔2015〕26号里的远期目标要到哪一年？", "--format", "json",
                                          "--k", "5"]).stdout)
    numbers = [r["doc_number"] for r in data["results"]]
    assert numbers == ["赣府发〔2015〕26号"] * 5 and "远期（至2050年）" in data["results"][0]["text"]


def test_named_first_keeps_each_group_in_order() -> None:
    scored = [Scored(row, 1.0 / row, 0.5) for row in (3, 1, 4, 2, 5)]
    clauses = [Clause(f"c{row}", "named" if row % 2 == 0 else "other", row, "第1段", Kind.PARAGRAPH, (), "…",
                      Source("f", None, row, row)) for row in (3, 1, 4, 2, 5)]
    assert [s.row for s in named_first(scored, clauses, {"named"}, "问")] == [4, 2, 3, 1, 5]
    assert named_first(scored, clauses, set(), "问") == scored


def test_a_question_about_a_lead_in_gets_the_items(kb_env: Path) -> None:
    data = json.loads(runner.invoke(app, ["ask", "境外投资合资合作方哪些行为会被列入不良信用记录？", "--format", "json",
                                          "--k", "3"]).stdout)
    texts = [r["text"] for r in data["results"]]
    lead_ins = [t for t in texts if t.startswith("2、境外投资合资合作方的下列行为：")]
    assert lead_ins and "（1）通过欺骗手段与境内企业合资合作" in lead_ins[0]


def test_without_out_of_domain_questions_the_top_hit_s_probability_decides(kb_env: Path) -> None:
    """Regression: the question-level model needs out-of-domain questions to learn from; trained without
    them, the reranker falls back to the top hit's probability instead of failing."""
    from bri_kb.query.search import KnowledgeBase
    from bri_kb.query.training import train

    lines = (ROOT / "benchmarks" / "questions_labelled.jsonl").read_text(encoding="utf-8").splitlines()
    model = train(KnowledgeBase(kb_env), [json.loads(x) for x in lines[::15]])
    assert model.answerability is None and model.order_coef is not None
    assert 0 < model.threshold < 1 and model.info["cross_validated"]["ood_not_answered"] is None
