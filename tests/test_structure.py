from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from bri_kb.ingest.clean import Line
from bri_kb.ingest.numbering import marker_of
from bri_kb.ingest.reflow import reflow
from bri_kb.ingest.structure import structure
from bri_kb.ingest.table import find_table
from bri_kb.vocabulary import cn_to_int, int_to_cn

from .conftest import CORPUS, GOLDEN

ZHEJIANG = "中国（浙江）自由贸易试验区条例"
HENAN = "河南省参与建设“一带一路”实施方案"
FTZ_DECISION = "国务院关于在自由贸易试验区暂时调整有关行政法规、国务院文件和经国务院批准的部门规章规定的决定"


def clauses_of(compilation, title):  # type: ignore[no-untyped-def]
    doc = next(d for d in compilation.documents if d.title == title)
    return [c for c in compilation.clauses if c.doc_id == doc.doc_id]


def as_golden(clauses):  # type: ignore[no-untyped-def]
    return [
        {"label": c.label, "kind": c.kind, "path": list(c.path), "start": c.text[:24],
         "line_start": c.source.line_start, "line_end": c.source.line_end}
        for c in clauses
    ]


def test_zhejiang_regulation_matches_golden(compilation) -> None:  # type: ignore[no-untyped-def]
    clauses = clauses_of(compilation, ZHEJIANG)
    golden = json.loads((GOLDEN / "zhejiang_ftz_regulation_clauses.json").read_text(encoding="utf-8"))
    assert as_golden(clauses) == golden
    articles = [c.label for c in clauses if c.kind == "article"]
    assert articles == [f"第{int_to_cn(n)}条" for n in range(1, 60)]
    art32 = next(c for c in clauses if c.label == "第三十二条")
    assert "为船籍港的国际船舶登记制度" in art32.text.replace(" ", "")
    assert art32.path == ("第五章 交流合作与航运服务",)


def test_henan_plan_matches_golden(compilation) -> None:  # type: ignore[no-untyped-def]
    clauses = clauses_of(compilation, HENAN)
    golden = json.loads((GOLDEN / "henan_plan_clauses.json").read_text(encoding="utf-8"))
    assert as_golden(clauses) == golden
    # the plan nests 1、 under (一) under 一、
    item = next(c for c in clauses if c.label == "(一)2、" and c.text.startswith("2、信息通信"))
    assert item.path == ("三、重点任务", "(一)促进基础设施互联互通")


def test_ftz_table_has_16_rows_matching_golden(compilation) -> None:  # type: ignore[no-untyped-def]
    clauses = clauses_of(compilation, FTZ_DECISION)
    rows = [c for c in clauses if c.kind == "table_row"]
    golden = json.loads((GOLDEN / "guofa_2017_57_rows.json").read_text(encoding="utf-8"))
    assert [{"label": c.label, **c.fields} for c in rows] == golden
    assert [c.label for c in rows] == [f"第{n}项" for n in range(1, 17)]
    note = [c for c in clauses if c.kind == "note"]
    assert len(note) == 1 and note[0].text.startswith("注：第1项至第9项")


def _lines(texts: list[str], page: int | None = None) -> list[Line]:
    return [Line(n, t, page) for n, t in enumerate(texts, 1)]


def test_second_two_column_table() -> None:
    """A table unlike 57号: other headers, a row broken across a page."""
    texts = ["序号", "现行规定", "改革措施", "1", "《某某管理办法》第三条：外商投资企业应当", "由中方控股。",
             "取消中方控股", "要求，实行备案管理", "2", "《另一条例》第九条：境外机构不得", "从事本项业务。",
             "允许境外机构在", "试验区内从事本"]
    lines = _lines(texts, 1) + [Line(20, "业务", 2), Line(21, "注：以上措施适用于试验区。", 2)]
    table = find_table(lines)
    assert table is not None
    assert table.columns == ("序号", "现行规定", "改革措施")
    assert [r.cells["改革措施"] for r in table.rows] == [
        "取消中方控股要求，实行备案管理",
        "允许境外机构在试验区内从事本业务",
    ]
    assert table.rows[0].cells["现行规定"] == "《某某管理办法》第三条：外商投资企业应当由中方控股。"


def test_markers_and_numerals() -> None:
    assert marker_of("第三十二条 自贸试验区") == ("article", "第三十二条")
    assert marker_of("（三）战略定位") == ("paren_cn", "（三）")
    assert marker_of("1. 设立发起单位") == ("arabic", "1.")
    assert marker_of("㈡加强合作") == ("circled_cn", "㈡")
    assert marker_of("2017年5月") is None
    assert marker_of("1.5亿元") is None
    assert [cn_to_int(x) for x in ("十", "十二", "三十二", "一百零五")] == [10, 12, 32, 105]
    assert all(cn_to_int(int_to_cn(n)) == n for n in range(1, 200))


def test_newspaper_columns_are_reflowed() -> None:
    texts = ["此次峰会宣布组建成立中国", "企业园区国际合作联盟和中国企", "业培训国际合作联盟（下称“联", "盟”）。",
             "“联盟”将为园区招商和产业", "链企业提供金融、品牌、技术、培", "训、会展等方面深度服务。"]
    paragraphs = reflow(_lines(texts))
    assert [p.text for p in paragraphs] == [
        "此次峰会宣布组建成立中国企业园区国际合作联盟和中国企业培训国际合作联盟（下称“联盟”）。",
        "“联盟”将为园区招商和产业链企业提供金融、品牌、技术、培训、会展等方面深度服务。",
    ]



def test_a_narrow_column_inside_a_wide_file_is_reflowed() -> None:
    """Regression: a newspaper page (中国企业园区国际合作联盟出发) changes from a
    14-character column to a 32-character one; the column width was taken as
    the widest line nearby, so the narrow lines before the change stayed one
    clause per line ("镇银行联盟、 农商银行发展联盟")."""
    wide = ["针对企业的需求以及科技成果转化难，知识产权保护难，融资难和老",
            "的企业产品升级难，销售渠道受限制等问题，集团在园区里搭建平台解决", "中小企业发展遇到的问题。"]
    texts = ["有出席“联盟”仪式的企业负", "责人表示， 产业园区发展不但能", "够有效地带动区域经济发展。",
             "会议期间， 主办方还就中国", "企业园区国际合作联盟、 中国村", "镇银行联盟、 农商银行发展联盟",
             "全面战略合作举行了签约仪式。", "天津鑫茂科技投资集团党委书记、执行总裁孙昭慧：", "搭建全方位平台解决中小企业难题",
             *wide]
    paragraphs = [p.text for p in reflow(_lines(texts))]
    assert "会议期间，主办方还就中国企业园区国际合作联盟、中国村镇银行联盟、农商银行发展联盟全面战略合作举行了签约仪式。" in [
        p.replace(" ", "") for p in paragraphs]
    assert "天津鑫茂科技投资集团党委书记、执行总裁孙昭慧：" in paragraphs
    assert "搭建全方位平台解决中小企业难题" in paragraphs


def test_wrapped_passage_of_a_file_with_one_paragraph_per_line() -> None:
    """Regression: the 不良信用记录 measures inside the compilation are wrapped at
    36 characters, while most of the file holds a paragraph per line; a line
    that fills that width and stops mid-sentence runs on."""
    texts = ["一、为促进对外投资合作和对外贸易规范发展，强化政府服务，有效提示风险，",
             "根据《中华人民共和国对外贸易法》等法律法规制定本办法。",
             "二、本办法称对外投资合作是指在中国境内合法注册的企业在境外开展投资、",
             "承包工程和劳务合作等对外经济技术合作业务。对外贸易是指货物进出口、技术进",
             "出口和国际服务贸易。",
             "四、下列行为应当列入对外投资合作不良信用记录：",
             "（1）不为境内派出人员办理合法出入境手续、健康体检、预防接种和工作许可；",
             "（2）不尊重当地风俗习惯、宗教信仰和生活习惯，导致与当地民众发生冲突；"]
    paragraphs = [p.text for p in reflow(_lines(texts))]
    assert paragraphs[1] == ("二、本办法称对外投资合作是指在中国境内合法注册的企业在境外开展投资、承包工程和劳务合作等对外经济"
                             "技术合作业务。对外贸易是指货物进出口、技术进出口和国际服务贸易。")
    assert paragraphs[0].endswith("制定本办法。")
    assert len(paragraphs) == 5  # each numbered item stays whole and apart



def test_a_line_ending_on_a_comma_runs_on() -> None:
    """Regression (设立“一带一路”产业园区发展联盟): a paragraph broke after "一方面，"
    in a file with a paragraph per line; no paragraph ends on a comma."""
    texts = ["三、设立“一带一路”产业园区发展联盟政策启示", "在全球化背景下，许多国家政府对产业联盟产生了新的认识：一方面，",
             "经济全球化弱化了政府对市场垄断的担忧。", "四、下一步工作思路"]
    assert [p.text for p in reflow(_lines(texts), wrapped=False)] == [
        texts[0], texts[1] + texts[2], texts[3]]

def test_short_items_and_a_signature_are_not_taken_for_a_column() -> None:
    """Lines of about equal width that are a list, or an issuer over its date,
    are not a wrapped column: each stays a paragraph."""
    items = ["六大窗口", "新亚欧大陆桥经济走廊", "中蒙俄经济走廊", "中国-中亚-西亚经济走廊", "中国-中南半岛经济走廊",
             "中巴经济走廊", "孟中印缅经济走廊", "八大节点城市"]
    assert [p.text for p in reflow(_lines(items), wrapped=False)] == items
    signed = ["请认真贯彻执行。", "国家体育总局 国家旅游局", "2017年6月29日"]
    assert [p.text for p in reflow(_lines(signed), wrapped=False)] == signed


def test_the_corpus_keeps_wrapped_sentences_in_one_clause(compilation) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import ingest_file

    clauses = ingest_file(CORPUS / "001_d5c8b349c851f970.txt").clauses
    assert any(c.text.replace(" ", "").startswith("会议期间，主办方还就中国企业园区国际合作联盟、中国村镇银行联盟")
               for c in clauses)
    assert not any(c.text.strip() in ("手。", "远的蓝图。") for c in clauses)
    measures = [c.text for c in clauses_of(compilation, "对外投资合作和对外贸易领域不良信用记录试行办法")]
    assert not any(t.startswith(("出口和国际服务贸易", "集、整理、发布")) for t in measures)

body_line = st.one_of(
    st.text(alphabet=list("推进合作建设园区贸易，。、"), min_size=1, max_size=40),
    st.sampled_from(["一、总体要求", "（一）重点任务。", "1. 设立单位", "第三条 本办法适用于全国。", "第一章 总则",
                     "（2）其他事项；", "㈠合作", "序号", "1", "2", "注：附注。"]),
)


@given(st.lists(body_line, min_size=1, max_size=60))
@settings(max_examples=300, deadline=None)
def test_every_body_line_lands_in_exactly_one_clause(texts: list[str]) -> None:
    lines = [ln for ln in _lines(texts) if ln.text.strip()]
    result = structure(lines)
    placed = [ln.no for seg in result.segments for ln in seg.lines]
    removed = [n for n, _ in result.removed]
    assert sorted(placed + removed) == sorted(ln.no for ln in lines)
    again = structure(lines)
    assert [s.text for s in again.segments] == [s.text for s in result.segments]


def test_cell_by_cell_table_rows_keep_organ_date_and_title(compilation) -> None:  # type: ignore[no-untyped-def]
    clauses = clauses_of(compilation, "企业对外投资政策文件汇编")
    row = next(c for c in clauses if "《关于严禁向境外博彩色情经营场所派遣劳务人员的通知》" in c.text)
    assert row.text.startswith("商务部、公安部2005年6月30日")
    assert len(clauses) < 40  # rows, not one clause per cell fragment


@given(st.lists(st.text(alphabet=list("一带路合作。，、（）《》 12ab"), min_size=1, max_size=45), min_size=1, max_size=50))
@settings(max_examples=300, deadline=None)
def test_reflow_partitions_lines_and_keeps_every_character(texts: list[str]) -> None:
    lines = [ln for ln in _lines([t.strip() for t in texts]) if ln.text]
    paragraphs = reflow(lines)
    assert [ln.no for p in paragraphs for ln in p.lines] == [ln.no for ln in lines]
    for p in paragraphs:
        assert p.text.replace(" ", "") == "".join(ln.text for ln in p.lines).replace(" ", "")
    assert [p.text for p in reflow(lines)] == [p.text for p in paragraphs]


def test_every_label_names_one_clause_of_its_document(compilation) -> None:  # type: ignore[no-untyped-def]
    """保监发〔2017〕38号 had two clauses labelled （七） and two （八） (the item and
    its further paragraph); the 浙江 regulation's 目录 repeated 第一章 … 第八章."""
    from collections import Counter

    per_doc = Counter((c.doc_id, c.label) for c in compilation.clauses if c.kind != "table_header")
    assert [k for k, n in per_doc.items() if n > 1] == []
    insurance = next(d for d in compilation.documents if d.doc_number and d.doc_number.text == "保监发〔2017〕38号")
    labels = [c.label for c in compilation.clauses if c.doc_id == insurance.doc_id]
    assert labels[labels.index("（七）") + 1] == "（七）第2段" and "（八）第2段" in labels
    zhejiang = clauses_of(compilation, ZHEJIANG)
    chapter = next(c for c in zhejiang if c.label == "第一章")
    assert chapter.source.line_start == 991  # the chapter itself, not its line in the 目录
    assert [c.label for c in zhejiang if c.label.startswith("目录·")][:2] == ["目录·第一章", "目录·第二章"]
