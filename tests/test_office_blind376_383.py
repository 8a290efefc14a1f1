"""Rounds 376–383, written by someone who had not read the reader (tests/data/office/blind376 … blind383, each made by
its make_blindNNN.py): customs 公告 and 细则, 版头 in Word's page header, 规划 with 专栏 boxes, bilingual guides,
portal pages saved with their record grid, calls for applications with forms, an amending 决定 with the 条例 re-published,
a policy compilation. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_portals_record_grid_is_the_documents_header(suffix: str) -> None:
    """Regression: a page saved with the portal's record grid over the document (索引号：｜…, 标 题：｜…｜｜, 有 效 性：｜已废止,
    and the portal's note 注：本文件已被…宣布废止) was read as a document of its own titled "｜…的通知｜｜" (or titled by the
    note), before the document itself; the grid's 发布日期 was lost."""
    docs = ingest_file(OFFICE / "blind380" / f"blind380_chengdu_tongzhi{suffix}").documents
    assert len(docs) == 1
    assert docs[0].title == "成都市口岸与物流办公室 成都市商务局关于做好2024年中欧班列（成都）集结中心建设有关工作的通知"
    assert docs[0].published == "2024-04-17"


def test_a_grid_over_a_documents_own_version_head() -> None:
    """Regression: under the grid, the document's 版头 (…办公厅文件 / 成办规〔2026〕3号) was read into its title."""
    doc = ingest_file(OFFICE / "blind380" / "blind380_chengdu_banfa.docx").documents[0]
    assert doc.title == "成都市人民政府办公厅关于印发《成都市中欧班列高质量发展扶持办法》的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "成办规〔2026〕3号"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_rule_republished_after_the_decision_that_amends_it(suffix: str) -> None:
    """Regression: …根据本决定作相应修改…，重新公布。 then the 条例 printed whole (its title, the note of its adoption and
    amendment, 目录, articles) was read as more of the 决定, so 《中国（广西）自由贸易试验区条例》第三十条 was cited as the 决定's."""
    parsed = ingest_file(OFFICE / "blind382" / f"blind382_guangxi_xiuzheng{suffix}")
    docs = parsed.documents
    assert [d.title for d in docs][-1] == "中国（广西）自由贸易试验区条例"
    article = next(c for c in parsed.clauses if c.label == "第三十条")
    assert article.doc_id == docs[-1].doc_id


def test_a_handling_mark_on_a_compilations_cover_is_no_title_line() -> None:
    """Regression: 内部资料　免费交流 at the foot of a 汇编's cover was read as the first line of the first document's
    title, so the cover became a document of its own titled 内部资料 免费交流."""
    docs = ingest_file(OFFICE / "blind383" / "blind383_ningbo_huibian.docx").documents
    assert len(docs) == 4
    assert docs[0].title == "宁波市人民政府办公厅关于推进中欧班列（宁波）高质量发展的实施意见"


@pytest.mark.parametrize(("path", "start", "end"), [
    ("blind383/blind383_ningbo_huibian.docx", "4．强化外资项目服务保障。", "对列入清单的重点项目实行全流程跟踪服务。"),
    ("blind240/blind240_pingxiang_gonggao.docx", "3．鲜活农产品", "开展分拨和加工的东盟水果，实行“入区即查、查验即放”。")])
def test_a_sentence_cut_by_an_enter_after_a_whole_one(path: str, start: str, end: str) -> None:
    """Regression: an item whose second sentence an Enter cut mid-word (…服务机制，对列入 / 清单的重点项目…) was read as
    the item and a paragraph: the line ran on only when longer than 40 characters or ending on a comma."""
    parsed = ingest_file(OFFICE / path)
    item = next(c.text for c in parsed.clauses if c.text.startswith(start))
    assert item.endswith(end)


@pytest.mark.parametrize(("path", "start", "end"), [
    ("blind377/blind377_chengdu_fuhan.pdf", "你办《关于征求", "收悉。经研究，现函复如下："),
    ("blind142/blind142_hlj_booklet.pdf", "1.建设跨境电商公共海外仓。", "单个海外仓补助最高不超过300万元。")])
def test_a_note_in_the_margin_does_not_make_every_line_indented(path: str, start: str, end: str) -> None:
    """Regression: a text box in the page's left margin (此件 / 公开发布 beside the title) set the page's left edge, so
    every line of the body looked indented and each was read as a paragraph of its own."""
    parsed = ingest_file(OFFICE / path)
    first = next(c.text for c in parsed.clauses if c.text.startswith(start))
    assert first.endswith(end)
