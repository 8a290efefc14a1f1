"""Who issued papers that are no 公文 — a 解读, a 一图读懂, a press conference's transcript, a draft for comment —
as earlier rounds' files print it (found by benchmarks/office_expected.py, which checks every round's expected.json)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


@pytest.mark.parametrize(("name", "issuer"), [
    # (解读机关：四川省商务厅　解读人：…　咨询电话：…) in brackets, among other fields
    ("blind125/blind125_sichuan_jiedu.html", "四川省商务厅"),
    # signed by who put it out, with the day: …烟台片区管理委员会　2024年10月16日发布
    ("blind143/blind143_yantai_yitu.docx", "中国（山东）自由贸易试验区烟台片区管理委员会"),
    ("blind143/blind143_yantai_yitu.pdf", "中国（山东）自由贸易试验区烟台片区管理委员会"),
    # a press conference is its host's: ▲9月12日，省人民政府新闻办公室举行新闻发布会 (given its province)
    ("blind141/blind141_fabuhui.docx", "湖南省人民政府新闻办公室"),
    ("blind46/blind46_fabuhui.docx", "四川省人民政府新闻办公室"),
    # 来源：福建省商务厅政策法规处, one of the organ's divisions
    ("blind71/blind71_fujian_qingli_jiedu.docx", "福建省商务厅"),
    # 来源：自由贸易试验区工作处, a division named alone, on the site of 广西壮族自治区商务厅 (its <title>'s end)
    ("blind131/blind131_guangxi_faq.html", "广西壮族自治区商务厅"),
])
def test_who_put_it_out(name: str, issuer: str) -> None:
    """Regression: these had no issuer at all."""
    doc = ingest_file(OFFICE / name).documents[-1 if "qingli" in name else 0]
    assert doc.issuers == (issuer,)


@pytest.mark.parametrize("name", ["blind92/blind92_hubei_zqyj.docx", "blind92/blind92_hubei_zqyj.pdf",
                                  "blind23/blind23_draft_for_comment.docx"])
def test_a_draft_is_drafted_by_who_asks_comments_on_it(name: str) -> None:
    """Regression: a draft printed after the notice that asks comments on it (…（征求意见稿）) had no issuer."""
    docs = ingest_file(OFFICE / name).documents
    draft = next(d for d in docs if "征求意见稿" in d.title and "征求" not in d.title.split("（")[0])
    asker = next(d for d in docs if d is not draft)
    assert draft.issuers == asker.issuers and draft.issuers
