"""Access lists and catalogues as national and provincial offices publish them: a joint 令 publishing a 负面清单, a
catalogue, a 零关税 list, a licence decision page — written by someone who had not read the reader
(tests/data/office/blind258, made by make_blind258.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind258"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_decrees_head_gives_both_organs_and_its_number(suffix: str) -> None:
    """Regression: the 令's 版头 is a table of two organs beside one merged 令 cell; the Word file gave one organ (with
    a stray ｜), the PDF (令 beside the first organ) one too, neither its number, and the second organ's row and 第67号
    were clauses."""
    parsed = ingest_file(BLIND / f"blind258_national_fumianqingdan.{suffix}")
    doc = parsed.documents[0]
    assert doc.issuers == ("国家发展和改革委员会", "商务部")
    assert doc.doc_number is not None and doc.doc_number.text.endswith("商务部令第67号")
    assert doc.title == "自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）"
    texts = [c.text for c in parsed.clauses]
    assert not any(t.startswith("中华人民共和国商务部") or t == "第67号" for t in texts)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_joint_decrees_heads_sign_it(suffix: str) -> None:
    """Regression: the line the two heads sign the 令 on (主　任　林国栋　　部　长　周承远) was a paragraph."""
    parsed = ingest_file(BLIND / f"blind258_national_fumianqingdan.{suffix}")
    signer = next(c for c in parsed.clauses if "林国栋" in c.text)
    assert signer.kind.value == "signature"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_goods_limited_to_a_park_apply_there(suffix: str) -> None:
    """Regression: 三、附件所列第15项至第18项商品，仅限在洋浦经济开发区内注册登记…的企业进口 and the four rows whose 备注 says
    限洋浦经济开发区内企业进口 applied in all 海南省."""
    parsed = ingest_file(BLIND / f"blind258_hainan_lingguanshui.{suffix}")
    limited = [c for c in parsed.clauses if "洋浦经济开发区内" in c.text]
    assert len(limited) == 5
    assert all(c.applies_to == ("洋浦经济开发区",) for c in limited)
    assert next(c for c in parsed.clauses if c.label == "第1项").applies_to == ("海南省",)
