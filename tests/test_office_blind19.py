"""Three more files made the way offices make them by someone who had not read
the reader (tests/data/office/blind19, made by make_blind19.py): a 政策解读 with
questions and answers, a text copied out of a PDF (wrapped at 30 characters, its
page number and masthead line at the page break), a 请示 and its 批复 in one Word
file."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind19"


def test_the_masthead_printed_again_under_a_page_number_is_a_running_header() -> None:
    """Regression: "浙江省人民政府文件", printed again atop page 2 under "- 1 -", was read into the item it
    interrupted (…每年形成浙江省人民政府文件 / 制度创新成果…), which was cut in two; at the top it stays
    the 发文机关标志."""
    parsed = ingest_file(BLIND / "blind19_wrapped.txt")
    texts = [c.text for c in parsed.clauses]
    assert any(t.endswith("每年形成制度创新成果不少于30项，其中向全国复制推广不少于3项。") for t in texts)
    assert not any("浙江省人民政府文件" in t for t in texts)
    assert parsed.documents[0].issuing_mark == "浙江省人民政府文件"
    assert parsed.report.removed.get("running_header") == 1


def test_a_number_cut_by_the_wrap_is_joined_without_a_space() -> None:
    """Regression: "…吞吐量达到4" / "200万标准箱" read "42 00万"."""
    from bri_kb.ingest.text import join_wrapped

    assert join_wrapped(["吞吐量达到4", "200万标准箱"]) == "吞吐量达到4200万标准箱"
    assert join_wrapped(["同比增长12.", "5%"]) == "同比增长12.5%"
    assert join_wrapped(["in 2015", "2016 was"]) == "in 2015 2016 was"
    texts = [c.text for c in ingest_file(BLIND / "blind19_wrapped.txt").clauses]
    assert any("宁波舟山港集装箱吞吐量达到4200万标准箱" in t for t in texts)


def test_an_indented_line_after_a_finished_short_sentence_opens_a_paragraph() -> None:
    """Regression: "　　本意见自2025年5月1日起施行。", indented under a finished sentence that stopped a
    little short, was read into the item above it."""
    texts = [c.text for c in ingest_file(BLIND / "blind19_wrapped.txt").clauses]
    assert "本意见自2025年5月1日起施行。" in texts
    assert any(t.endswith("加大高层次人才引进力度。") and t.startswith("（十）") for t in texts)


def test_a_request_and_its_reply_in_one_word_file() -> None:
    """Read right at first reading: the 请示 and, on a new page, the 批复, each with its own 文号."""
    docs = ingest_file(BLIND / "blind19_qingshi_pifu.docx").documents
    assert [d.doc_number.text if d.doc_number else None for d in docs] == ["甬政〔2025〕5号", "浙政函〔2025〕31号"]


def test_who_explains_a_policy_signs_its_interpretation() -> None:
    """Regression: a 政策解读's closing "解读机关：江苏省商务厅" and "解读人：…" lines were read as two
    paragraphs of its last item; they sign it, as an organ and a date sign a 通知."""
    parsed = ingest_file(BLIND / "blind19_jiedu.docx")
    signed = [c.text for c in parsed.clauses if c.kind == "signature"]
    assert signed == ["解读机关：江苏省商务厅", "解读人：自由贸易试验区建设处 陈某某", "2025年3月18日"]
    assert parsed.documents[0].issuers == ("江苏省商务厅",)
    assert not any("解读" in c.text for c in parsed.clauses if c.kind != "signature")
