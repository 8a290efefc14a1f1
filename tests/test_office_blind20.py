"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind20, made by make_blind20.py): a provincial
条例 as amended (inserted 第十二条之一, an adoption note set line by line, a 目录
without page numbers) printed to PDF, a WeChat post carrying a 通知, and a 通知
with a full 版记 and dates typed in full-width digits."""

from __future__ import annotations

from bri_kb.query.labels import label_variants
from bri_kb.query.parse import parse_question
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind20"


def test_an_inserted_article_is_an_article_of_its_own() -> None:
    """Regression: 第十二条之一, 第二十条之一 and 第二十条之二 were read into the article before them."""
    clauses = ingest_file(BLIND / "blind20_tiaoli_amend.pdf").clauses
    labels = [c.label for c in clauses if c.kind == "article"]
    assert labels[labels.index("第十二条") + 1] == "第十二条之一"
    assert labels[labels.index("第二十条") + 1 : labels.index("第二十条") + 3] == ["第二十条之一", "第二十条之二"]
    inserted = next(c for c in clauses if c.label == "第二十条之二")
    assert inserted.text.startswith("第二十条之二") and "第二十条之一" not in inserted.text
    twelve = next(c for c in clauses if c.label == "第十二条")
    assert "之一" not in twelve.text


def test_an_inserted_article_is_found_as_people_write_it() -> None:
    assert parse_question("江川自贸试验区条例第20条之2").labels == ("第二十条之二",)
    assert parse_question("第二十条之二规定了什么").labels == ("第二十条之二",)
    assert "第二十条之二" in label_variants("第20条之2")
    assert parse_question("第二十条").labels == ("第二十条",)


def test_an_adoption_note_set_line_by_line_gives_the_issuer_and_the_amended_date() -> None:
    """Regression: the note's five centred lines (and the 目录 heading under them) were glued into one
    clause, and neither the 人大常委会 nor a date was read from it; a rule amended since is dated by its
    last amendment (二〇二四年十一月二十八日…修正)."""
    parsed = ingest_file(BLIND / "blind20_tiaoli_amend.pdf")
    doc = parsed.documents[0]
    assert doc.issuers == ("江川省人民代表大会常务委员会",)
    assert doc.published == "2024-11-28"
    texts = [c.text for c in parsed.clauses]
    assert texts[0].startswith("（二〇一九年九月二十六日") and texts[0].endswith("的决定》修正）")
    assert texts[1].replace(" ", "") == "目录"
    assert [c.label for c in parsed.clauses[2:4]] == ["目录·第一章", "目录·第二章"]


def test_dates_in_full_width_digits() -> None:
    """Regression: "２０２５年３月５日" under the signature gave no date. (Published: the day the 版记 says it was
    printed, 2025年3月6日印发; see test_office_blind191.)"""
    doc = ingest_file(BLIND / "blind20_banji.docx").documents[0]
    assert (doc.signed, doc.published, doc.printed_date) == ("2025-03-05", "2025-03-06", "2025-03-06")
    from bri_kb.ingest.metadata import iso_date

    assert iso_date("２０２５年３月５日") == "2025-03-05"


def test_a_wechat_post_keeps_the_notice_it_carries_as_a_document() -> None:
    """Regression: the post's headline (glued to its 原创 line) titled the file, the 通知's title, 文号
    and 主送 were kept as clauses, and the account page's chrome (关注我们, 编辑/审核, 阅读原文,
    往期推荐 and its links, 阅读 3256, 写留言) and photo captions were clauses; the tail was filed
    under the last item."""
    parsed = ingest_file(BLIND / "blind20_wechat.txt")
    # Regression (round 155's stop): the post, its headline (重磅！…复制推广→) and its lead (【导读】…, ● bullets, 全文如下：
    # 👇👇👇), was a document of its own; it only carries the 通知, and its lines are left out and counted.
    (notice,) = parsed.documents
    assert notice.title == "江川省人民政府办公厅关于复制推广中国（江川）自由贸易试验区第五批改革创新经验的通知"
    assert notice.doc_number is not None and notice.doc_number.text == "江政办发〔2025〕8号"
    assert notice.addressees == "各市、县（区）人民政府，省政府各部门、各直属机构"
    assert notice.signed == "2025-03-07"
    texts = [c.text for c in parsed.clauses]
    for noise in ("点击上方", "编辑：", "审核：", "阅读原文", "往期推荐", "👉", "二维码", "微信号", "写留言", "阅读 3256",
                  "图为", "END"):
        assert not any(noise in t for t in texts), noise
    assert "江政办发〔2025〕8号" not in texts and not any(t.startswith("各市、县（区）") for t in texts)
    assert texts[-2:] == ["江川省人民政府办公厅", "2025年3月7日"]
    assert parsed.report.removed["social_media"] >= 15
    assert parsed.report.removed["photo_caption"] == 2
    assert not any(t.startswith("【导读】") for t in texts) and parsed.report.removed["carrier_post"] == 9
