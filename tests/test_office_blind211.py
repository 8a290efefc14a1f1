"""Plain-text files as analysts save them — a page copied into Notepad, a 公众号 post reprinting a 通知, a 办法 copied
out of a PDF, a 汇编 of three short documents (tests/data/office/blind211, made by make_blind211.py by someone who had
not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind211"


def test_a_post_that_reprints_a_notice_in_full_is_no_document_of_its_own() -> None:
    """Regression: a 公众号 post saying 印发《…方案（2024—2026年）》 over ——全文如下—— was a document of its own (the
    《》 hid that it names the 关于印发…方案…的通知 it carries); 🔹一、 headings were paragraphs; the account's 编辑：刘 畅,
    its 往期推荐 links and 分享　收藏　赞 186 were clauses."""
    parsed = ingest_file(BLIND / "blind211_hubei_wechat.txt")
    (doc,) = parsed.documents
    assert doc.title == "湖北省人民政府办公厅关于印发中国（湖北）自由贸易试验区提升行动方案（2024—2026年）的通知"
    labels = [c.label for c in parsed.clauses]
    assert "一、" in labels and "三、" in labels
    texts = "\n".join(c.text for c in parsed.clauses)
    for furniture in ("🔹", "编辑：", "▶", "赞186", "全文如下", "划重点"):
        assert furniture not in texts
    assert parsed.report.removed.get("carrier_post") and parsed.report.removed.get("social_media")


def test_a_notices_day_in_brackets_under_its_number() -> None:
    """Regression: a 公告's （2024年9月2日） under its 2024年第3号 was a clause; it had no date."""
    parsed = ingest_file(BLIND / "blind211_kunming_huibian.txt")
    notice = next(d for d in parsed.documents if d.title.endswith("企业服务的公告"))
    assert notice.published == "2024-09-02" and notice.effective == "2024-09-02"
    assert not any(c.text == "（2024年9月2日）" for c in parsed.clauses)
