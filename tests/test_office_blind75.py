"""Questions and answers as FTZ offices publish them (a 片区's 政策问答 with numbered questions, a 商务厅's
政策解读 in 问：/答： form, and the notice it explains), by someone who had not read the reader
(tests/data/office/blind75, made by make_blind75.py)."""

from __future__ import annotations

from bri_kb.ingest.paragraphs import question_answers
from bri_kb.ingest.reflow import Paragraph
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind75"


def test_a_sites_source_line_under_the_title_is_metadata_not_the_first_question() -> None:
    """Regression: 发布单位：广西壮族自治区商务厅　发布时间：2024-03-12　【字体：大 中 小】 under a 解读's title was glued
    to the first 问：, which was cut from its 答：."""
    parsed = ingest_file(BLIND / "blind75_guangxi_jiedu.docx")
    (doc,) = parsed.documents
    assert (doc.published, doc.issuers) == ("2024-03-12", ("广西壮族自治区商务厅",))
    texts = [c.text for c in parsed.clauses if c.doc_id == doc.doc_id]
    assert texts[0].startswith("问：《通知》出台的背景是什么？\n答：2023年以来")
    assert not any("发布单位" in t or "字体" in t for t in texts)


def test_an_answers_second_paragraph_stays_with_its_question() -> None:
    """Regression: 各设区市可参照《通知》精神… (the second paragraph of the answer to 《通知》适用于哪些地区？) was a clause
    of its own, apart from the question it answers."""
    parsed = ingest_file(BLIND / "blind75_guangxi_jiedu.docx")
    texts = [c.text for c in parsed.clauses]
    (asked,) = [t for t in texts if t.startswith("问：《通知》适用于哪些地区？")]
    assert asked.endswith("崇左片区。\n各设区市可参照《通知》精神，结合本地实际支持自贸试验区协同发展区建设。")
    assert sum(t.startswith("问：") for t in texts) == 6


def _p(text: str) -> Paragraph:
    return Paragraph((), text)


def test_a_table_or_the_text_after_the_last_answer_is_no_part_of_an_answer() -> None:
    """An answer's table keeps its rows (a table row is no further paragraph of the answer), and the paragraphs
    after the last question (a closing note, the signature) are not taken into its answer."""
    got = question_answers([_p("问：补助标准是什么？"), _p("答：标准如下："), _p("类别｜标准"), _p("问：何时施行？"),
                            _p("答：自印发之日起施行。"), _p("本问答仅供参考。")])
    assert [p.text for p in got] == ["问：补助标准是什么？\n答：标准如下：", "类别｜标准", "问：何时施行？\n答：自印发之日起施行。",
                                     "本问答仅供参考。"]


def test_a_measure_for_named_zones_applies_in_them() -> None:
    """Regression: （三）…支持钦州港片区、崇左片区与东盟国家口岸开展…试点 applied in all of 广西 (returned for
    --where 南宁); an item opening with the 片区 it is for applies there, an item naming none where the notice does."""
    parsed = ingest_file(BLIND / "blind75_guangxi_notice.docx")
    places = {c.label: c.applies_to for c in parsed.clauses}
    assert places["（三）"] == ("中国（广西）自由贸易试验区钦州港片区", "中国（广西）自由贸易试验区崇左片区")
    assert places["（一）"] == places["（四）"] == ("广西壮族自治区",)
