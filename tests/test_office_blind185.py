"""The working papers of 自贸试验区 offices — a 省自贸办 notice of three 制度创新案例, a 市自贸办 工作简报, a 片区 办法's
征求意见稿 with its 起草说明, and a 专题会议纪要 (tests/data/office/blind185, made by make_blind185.py by someone who had
not read the reader)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind185"


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_a_drafts_explanation_titled_about_it_is_a_document(suffix: str) -> None:
    """Regression: 关于《…管理办法（征求意见稿）》的起草说明 after the draft's last article was glued into 第十八条 (a clause of
    967 characters), its table rows under 第十八条 and its 落款 the draft's issuer and date."""
    docs = ingest_file(BLIND / f"blind185_zhengqiu.{suffix}").documents
    assert len(docs) == 2 and docs[1].title.startswith("关于《中国（湖南）自由贸易试验区岳阳片区") and docs[1].title.endswith("的起草说明")
    assert docs[0].signed is None  # (the draft is signed by no one; the 起草说明's 落款 is its own)
    last = next(c for c in ingest_file(BLIND / f"blind185_zhengqiu.{suffix}").clauses if c.label == "第十八条")
    assert last.text.endswith("同时废止。")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_minutes_numbered_with_their_code_keep_their_own_title(suffix: str) -> None:
    """Regression: under the 纪要's mark 郴州市人民政府专题会议纪要 the number 郴府阅〔2024〕31号 (its code before the year)
    was not read as the mark's, so the mark was the title and the real title (关于…的会议纪要) two paragraph clauses."""
    doc = ingest_file(BLIND / f"blind185_jiyao.{suffix}").documents[0]
    assert doc.title == "关于加快推进中国（湖南）自由贸易试验区郴州片区湘南国际物流园建设的会议纪要"
    assert doc.doc_number is not None and doc.doc_number.text == "郴府阅〔2024〕31号"
