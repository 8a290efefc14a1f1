"""Ordinary pages of four 片区 and 综保区 sites — a 办事指南 of labelled blocks, a 常见问题 accordion, a 政策汇编 page
printing one of its documents, and a news page carrying a 办法 whole (tests/data/office/blind195, made by
make_blind195.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind195"


def test_an_accordions_folded_answers_are_read_each_with_its_question() -> None:
    """Regression: answers 02-12 of the 常见问题 were folded (style="display: none") and dropped without a word; each
    question, its 答 icon and its answer were three clauses; an answer quoting 第六条 made an article that swallowed
    the later questions."""
    parsed = ingest_file(BLIND / "blind195_qinzhou_faq.html")
    asked = [c for c in parsed.clauses if "问" in c.text[:4]]
    assert len(asked) == 12
    assert all("\n答：" in c.text for c in asked)  # (the 答 icon joined to its answer, as a 问答 prints it)
    third = next(c for c in asked if c.text.startswith("03问"))
    assert "第六条" in third.text and not any(c.label.startswith("第六条") for c in parsed.clauses)


def test_a_compilation_page_is_titled_by_the_document_it_prints() -> None:
    """Regression: the page's heading is the compilation's (…惠企政策汇编（2024年版）), its record and text the 通知's."""
    doc = ingest_file(BLIND / "blind195_xian_huibian.html").documents[0]
    assert doc.title == "西安国际港务区管理委员会关于印发《西安国际港务区支持中欧班列（西安）集结中心建设若干措施》的通知"


def test_a_news_page_carrying_a_rule_whole_is_read_as_the_rule() -> None:
    """Regression: titled by the headline, no 文号, its issuer the news desk (贸易发展局); the lead names the organ that
    issued it and its number (…管理委员会印发《…办法》（厦自贸委〔2024〕23号，以下简称《办法》））."""
    parsed = ingest_file(BLIND / "blind195_xiamen_news.html")
    doc = parsed.documents[0]
    assert doc.title == "中国（福建）自由贸易试验区厦门片区跨境电子商务公共海外仓认定和扶持管理办法"
    assert doc.doc_number is not None and doc.doc_number.text == "厦自贸委〔2024〕23号"
    assert doc.issuers == ("中国（福建）自由贸易试验区厦门片区管理委员会",)
    assert parsed.clauses[0].label == "第一章" and not any("全文如下" in c.text for c in parsed.clauses)


def test_a_guides_blocks_are_headings_and_its_record_grid_label_value_lines() -> None:
    """Regression: the 办事指南's block titles (<div class="block-tit">申请条件</div>) were no headings, so 申请条件
    fell under 设定依据's last item; its 基本信息 grid (th | td | th | td) was read with its first row as a header."""
    parsed = ingest_file(BLIND / "blind195_changsha_bszn.html")
    texts = [c.text for c in parsed.clauses]
    assert "事项名称：保税维修业务备案（长沙黄花综合保税区）" in texts and "事项编码：430121-ZB-QT-0108-00" in texts
    item = next(c for c in parsed.clauses if c.text.startswith("（一）在长沙黄花综合保税区"))
    assert item.path == ("申请条件",)
