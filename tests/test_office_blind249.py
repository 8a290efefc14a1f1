"""Internal reporting documents: a 简报, a 专报, a 工作动态 page and a 督查通报 (tests/data/office/blind249, made by
make_blind249.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind249"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_mark_naming_an_office_without_wenjian_heads_its_notice(fmt: str) -> None:
    """Regression: the 版头 钦州市人民政府督查室 (an office's name alone, no 文件) over the 文号 was read into the title
    (Word: mark, 文号 and title as one title; PDF: the mark as the title), and the 落款's office was a paragraph, so
    the 通报 had no issuer."""
    (doc,) = ingest_file(BLIND / f"blind249_qinzhou_tongbao.{fmt}").documents
    assert doc.title == "关于中国（广西）自由贸易试验区钦州港片区2024年第三季度重点任务推进情况的督查通报"
    assert doc.doc_number is not None and doc.doc_number.text == "钦政督通〔2024〕9号"
    assert doc.issuers == ("钦州市人民政府督查室",)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_zhuanbao_head_its_number_office_and_day_and_its_own_headline(fmt: str) -> None:
    """Regression: a 要情专报's head (内部资料　注意保存　编号：新商专报〔2024〕31号 / 商务要情专报 / 2024年第31期 / the office
    with its 签发人 / the day) was read as its title, no number and no issuer; its issue, 签发人 line and headline were
    clauses, and in the PDF the headline ran on into the first paragraph."""
    parsed = ingest_file(BLIND / f"blind249_xinjiang_zhuanbao.{fmt}")
    (doc,) = parsed.documents
    assert doc.title == "我区跨境电商对中亚出口快速增长亟需破解海外仓和物流通道瓶颈"
    assert doc.doc_number is not None and doc.doc_number.text == "新商专报〔2024〕31号"
    assert (doc.issuers, doc.signed, doc.level) == (("新疆维吾尔自治区商务厅",), "2024-09-12", "provincial")
    assert parsed.clauses[0].text.startswith("今年以来，我区抢抓丝绸之路经济带核心区建设机遇")
    assert not [c for c in parsed.clauses if "签发人" in c.text or c.text == "2024年第31期"]
