"""Offices explaining policy to the public: a 解读, a 问答, a 常见问题 page and a 发布会 transcript
(tests/data/office/blind245, made by make_blind245.py by someone who had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind245"


def test_answers_an_accordion_folds_all_away_are_read() -> None:
    """Regression: a 常见问题 page folds every answer under its question (<div class="acc-title" onclick=…> then
    <div class="acc-body" style="display:none">), none open when it was saved: the four answers were lost, and each
    question began with the title's + sign."""
    parsed = ingest_file(BLIND / "blind245_xiamen_faq.html")
    (ninth,) = [c for c in parsed.clauses if c.text.startswith("9.问：旅客从境外携带个人物品入境")]
    assert "总值在5000元人民币以内" in ninth.text and "全额征税" in ninth.text
    assert not [c for c in parsed.clauses if c.text.startswith("+")]
    assert len([c for c in parsed.clauses if "问：" in c.text and "\n答：" in c.text]) == 10


def test_the_organ_a_pages_dateline_names_issued_it() -> None:
    """Regression: 发布机构：厦门市商务局　发布日期：2024-07-08　信息来源：12345知识库 over the page's text: no issuer, and
    so no level (other)."""
    (doc,) = ingest_file(BLIND / "blind245_xiamen_faq.html").documents
    assert (doc.issuers, doc.level, doc.published) == (("厦门市商务局",), "municipal", "2024-07-08")


def test_a_centred_title_over_soft_breaks_naming_an_event_is_one_title() -> None:
    """Regression (Word): 云南省推进自贸试验区提升发展 / 高质量共建“一带一路”新闻发布会, one centred paragraph over a soft
    break: the first line was the title and the second a paragraph; and the list of speakers, 职务　姓名 a line, ran
    two people into one line (…常务副主任 岩罕云南省商务厅副厅长 赵雅琴)."""
    parsed = ingest_file(BLIND / "blind245_yunnan_fabuhui.docx")
    (doc,) = parsed.documents
    assert doc.title == "云南省推进自贸试验区提升发展高质量共建“一带一路”新闻发布会"
    assert not [c for c in parsed.clauses if c.text.startswith("高质量共建")]
    assert [c.text for c in parsed.clauses if c.text.endswith("岩罕")] == ["中国（云南）自由贸易试验区德宏片区管委会常务副主任 岩罕"]


def test_a_qa_items_answer_opens_with_where_it_applies() -> None:
    """Regression: 18.问：三亚市对跨境电商企业有哪些支持政策？ 答：根据《…办法》，在三亚市注册并开展…的企业… was the
    province's (the answer's opening was not read, nor a measure opening after the rule it cites)."""
    parsed = ingest_file(BLIND / "blind245_hainan_wenda.docx")
    (item,) = [c for c in parsed.clauses if c.text.startswith("18.问：")]
    assert item.applies_to == ("三亚市",)
    faq = ingest_file(BLIND / "blind245_xiamen_faq.html")
    (item,) = [c for c in faq.clauses if c.text.startswith("5.问：")]
    assert item.applies_to == ("中国（福建）自由贸易试验区厦门片区",)


def test_a_long_run_in_heading_before_the_zones_a_measure_is_for() -> None:
    """Regression: （四）发挥自贸试验区和综合保税区平台作用（第10—13条）。支持…广州南沙新区片区、深圳前海蛇口片区、
    珠海横琴新区片区开展… was the province's: a run-in heading over 24 characters hid the opening."""
    parsed = ingest_file(BLIND / "blind245_guangdong_jiedu.html")
    (item,) = [c for c in parsed.clauses if c.text.startswith("（四）发挥自贸试验区")]
    assert "中国（广东）自由贸易试验区深圳前海蛇口片区" in item.applies_to and "广东省" not in item.applies_to
