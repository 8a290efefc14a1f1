"""Plain-text copies, by someone who had not read the reader (tests/data/office/
blind45, made by make_blind45.py): a 公众号 post carrying a notice, a 政策问答 in
GB18030 with CRLF line ends, and a 政府规章 copied out of a gazette's PDF."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind45"


def test_a_post_carrying_a_notice_under_its_label() -> None:
    """Regression: the notice a post carries under 📄政策原文 was read as paragraphs of the post, titled by the
    post's headline, with no 文号 or 主送; and the post's chrome (收录于合集…, ⭐星标公众号…, ▼ 长按识别二维码…,
    点赞 在看, a photo's caption with its credit) were clauses."""
    parsed = ingest_file(BLIND / "blind45_gongzhonghao.txt")
    # (the post's headline, account lines and lead are furniture, counted, not a second document: round 155's stop)
    (notice,) = parsed.documents
    assert parsed.report.removed["carrier_post"] == 5
    assert notice.title == "广西壮族自治区商务厅关于支持中国（广西）自由贸易试验区拓展西部陆海新通道跨境贸易的通知"
    assert notice.doc_number is not None and notice.doc_number.text == "桂商自贸发〔2024〕27号"
    assert notice.addressees is not None and notice.addressees.startswith("各设区市商务局")
    assert notice.signed == "2024-06-12"
    texts = [c.text for c in parsed.clauses]
    for chrome in ("收录于合集", "星标公众号", "长按识别二维码", "点赞", "图片来源"):
        assert not [t for t in texts if chrome in t], chrome
    assert [c.label for c in parsed.clauses if c.doc_id == notice.doc_id][:6] == ["第1段", "一、", "二、", "三、", "四、", "五、"]


def test_questions_are_not_swallowed_by_their_groups_heading() -> None:
    """Regression: 一、适用范围 took 问1 as its paragraph (问1： was not read as a question, only 问：), and 问6
    was labelled under the list item of the answer before it."""
    parsed = ingest_file(BLIND / "blind45_zhengce_wenda.txt")
    heading = next(c for c in parsed.clauses if c.label == "一、")
    assert heading.text == "一、适用范围"
    q1 = next(c for c in parsed.clauses if c.text.startswith("问1："))
    assert "\n答：" in q1.text
    q6 = next(c for c in parsed.clauses if c.text.startswith("问6："))
    assert "（" not in q6.label


def test_a_rule_promulgated_by_a_decree_is_dated_and_named_by_it() -> None:
    """Regression: the 题注 （…常务会议通过　2024年6月3日钦州市人民政府令第12号公布　自…起施行） gave the
    meeting's date as the rule's and named no 令."""
    parsed = ingest_file(BLIND / "blind45_banfa_pdfcopy.txt")
    (doc,) = parsed.documents
    assert (doc.published, doc.effective) == ("2024-06-03", "2024-07-01")
    assert doc.wrapper == "钦州市人民政府令（第12号）"
