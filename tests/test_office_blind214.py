"""Documents that change other documents' time in force — a 钦州 延长有效期 notice, a 四川 废止和修改 decision, a 岳阳片区
办法（修订） with its 修订说明, a 河口县 征求意见 公告 with its draft and 起草说明 (tests/data/office/blind214, made by
make_blind214.py by someone who had not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind214"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_revision_account_after_the_rule_is_no_part_of_its_last_article(suffix: str) -> None:
    """Regression: the 修订说明 printed after 第十五条 (its three-line title, 一、…四、) ran on into 第十五条: a 修订说明
    was not known for an account of the text before it."""
    parsed = ingest_file(BLIND / f"blind214_yueyang_xiuding.{suffix}")
    last = next(c for c in parsed.clauses if c.label == "第十五条")
    assert "修订说明" not in last.text and last.text.endswith("同时废止。")
    account = parsed.documents[-1]
    assert account.title == "关于《中国（湖南）自由贸易试验区岳阳片区外贸企业培育扶持办法（修订）》的修订说明"
    assert account.issuers == ("中国（湖南）自由贸易试验区岳阳片区管理委员会",)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_draft_repeals_nothing(suffix: str) -> None:
    """Regression: a draft put out for comment (…（征求意见稿）) and its 起草说明 were read as repealing 河政发〔2020〕18号,
    which the draft only proposes to repeal; the 起草说明 had no issuer."""
    docs = ingest_file(BLIND / f"blind214_hekou_zhengqiu.{suffix}").documents
    assert all(not d.repeals for d in docs)
    assert docs[-1].issuers == ("河口瑶族自治县人民政府",)


def test_an_extension_table_extends_each_document_it_lists() -> None:
    """Regression: a table of 文号 / 原有效期至 / 延长后有效期至：2026年12月31日 extended nothing."""
    (doc,) = ingest_file(BLIND / "blind214_qinzhou_yanchang.docx").documents
    assert {(c.target, c.action, c.date) for c in doc.changes} >= {
        ("钦政办规〔2022〕2号", "extend", "2026-12-31"), ("钦政办规〔2021〕9号", "extend", "2025-12-31")}
