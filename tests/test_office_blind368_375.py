"""Rounds 368–375, written by someone who had not read the reader (tests/data/office/blind368 … blind375, each made by
its make_blindNNN.py): 权责清单 and 调整 notices, a 负面清单 with its notice and 解读, a 片区's annual reports, speeches
and a news release, a city's 若干措施 and its 申报通知, a 征求意见 package, 合作框架协议 between zones, a 督查通报 and the
整改报告 answering it. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"


def test_a_joint_mark_whose_large_wen_and_jian_stand_one_on_each_organs_row() -> None:
    """Regression: …片区管委会 文 / 连云港市连云区人民政府 件 (文件 set 40 pt in a merged cell beside two organs, so the PDF
    prints 文 on the first organ's row and 件 on the second's) was no mark: the two rows, the 文号 and the title were read
    as one title and the document had no 文号."""
    doc = ingest_file(OFFICE / "blind368" / "blind368_lianyungang_qingdan.pdf").documents[0]
    assert doc.title == "关于印发《连云港片区政务服务事项清单（2026年版）》的通知"
    assert doc.doc_number is not None and doc.doc_number.text == "连自贸发〔2026〕2号"


@pytest.mark.parametrize(("stem", "organ"), [("blind371/blind371_chongqing_tonggao", "重庆市人民政府口岸和物流办公室"),
                                              ("blind369/blind369_hubei_jiedu", "湖北省商务厅")])
def test_a_source_in_a_layout_tables_cell_names_the_issuer(stem: str, organ: str) -> None:
    """Regression: 来源：… ｜ 发布时间：… typed into a borderless table of one row was read as a 来源 running on into the
    next cell (…办公室｜发布), so the news release and the 解读 had no issuer in Word; the PDF had it."""
    doc = ingest_file(OFFICE / f"{stem}.docx").documents[0]
    assert doc.issuers == (organ,)


def test_a_draft_after_a_signature_set_in_a_layout_table_is_a_document_of_its_own() -> None:
    """Regression: the 公告's 落款 in a borderless table read as one row (｜宁波市商务局 2025年11月20日), which was not taken
    to close the 公告, so the 办法（征求意见稿） under 附件1 was read as part of the 公告 in Word (the PDF split it)."""
    docs = ingest_file(OFFICE / "blind373" / "blind373_ningbo_zhengqiuyijian.docx").documents
    assert [d.title for d in docs][1:] == ["宁波市跨境电子商务公共海外仓认定和管理办法（征求意见稿）",
                                          "关于《宁波市跨境电子商务公共海外仓认定和管理办法（征求意见稿）》的起草说明"]


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_speakers_name_alone_by_the_day_of_the_speech(suffix: str) -> None:
    """Regression: a speech's byline with the speaker's name and no post (覃志刚 / （2025年11月6日）; （2025年3月18日） /
    王　辉) was not read: the first speech had no date, and both names were clauses."""
    nanning = ingest_file(OFFICE / "blind371" / f"blind371_nanning_jianghua{suffix}")
    assert nanning.documents[0].signed == "2025-11-06"
    chongqing = ingest_file(OFFICE / "blind371" / f"blind371_chongqing_jianghua{suffix}")
    for parsed in (nanning, chongqing):
        assert not any(c.text.replace(" ", "") in ("覃志刚", "王辉", "（2025年11月6日）") for c in parsed.clauses)


def test_a_hand_break_before_a_paragraphs_last_words() -> None:
    """Regression: …融资累计突破 / 80亿元。 (a Shift+Enter mid-sentence, the rest of the paragraph a short last line) was
    read as two paragraphs in the PDF: the run-on needed the line under the break to be full."""
    parsed = ingest_file(OFFICE / "blind371" / "blind371_chongqing_jianghua.pdf")
    third = next(c.text for c in parsed.clauses if c.text.startswith("第三，枢纽功能明显增强。"))
    assert third.endswith("铁路运单物权化融资累计突破80亿元。")
    assert not any(c.text == "80亿元。" for c in parsed.clauses)


def test_lines_of_unit_names_stay_lines() -> None:
    """Regression: a 表扬名单 typed a line of names each (…大数据管理局　　东湖海关 / 武汉经开区商务局　　襄阳海关…): the first
    line, long and ending on no mark, was read as a sentence running on into the second in Word."""
    parsed = ingest_file(OFFICE / "blind375" / "blind375_hubei_tongbao.docx")
    texts = [c.text for c in parsed.clauses]
    assert "武汉东湖高新区政务服务和大数据管理局 东湖海关" in texts
    assert "武汉经开区商务局 襄阳海关 宜昌海关" in texts


@pytest.mark.parametrize("stem", ["blind374_xiamen_qinzhou_xieyi", "blind374_xian_chongqing_xieyi"])
def test_an_agreements_parties_with_wrapped_names_and_spaced_labels(stem: str) -> None:
    """Regression: the parties' block of an agreement in a PDF, its labels spaced out (甲　　方：, 地　　址：, read as a
    table of two columns) or a party's name wrapped (…西安国际港务区片区管 / 理委员会), was no block: the agreement had
    no issuer, or the first party's name cut short, and the block's lines were clauses."""
    parsed = ingest_file(OFFICE / "blind374" / f"{stem}.pdf")
    doc = parsed.documents[0]
    assert len(doc.issuers) == 2 and all(x.endswith("片区管理委员会") for x in doc.issuers)
    assert not any("法定代表人：" in c.text.replace(" ", "") for c in parsed.clauses)


def test_parties_names_wrapped_under_their_seals() -> None:
    """Regression: 甲方（盖章）：　乙方（盖章）： over two names side by side, the first wrapped (…片区管理委员 / 会), read row
    by row in the PDF: the rows became two clauses (…西安国际港务区片区管理委员　西永片区管理委员会, and 会)."""
    parsed = ingest_file(OFFICE / "blind374" / "blind374_xian_chongqing_xieyi.pdf")
    assert not any(c.text == "会" for c in parsed.clauses)
    signed = next(c.text for c in parsed.clauses if c.text.startswith("甲方（盖章）"))
    assert "中国（陕西）自由贸易试验区西安国际港务区片区管理委员会 中国（重庆）自由贸易试验区西永片区管理委员会" in signed


def test_two_organs_signing_whose_names_wrap_unevenly() -> None:
    """Regression: a 落款 of two organs side by side, the first name over three lines and the second over two, a page
    break after the first row, read row by row: two clauses, and the first issuer cut (成都青白江铁路港片区管理委)."""
    parsed = ingest_file(OFFICE / "blind370" / "blind370_qingbaijiang_baogao.pdf")
    assert parsed.documents[0].issuers == ("中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会",
                                           "成都国际铁路港经济技术开发区管理委员会")
    assert not any(c.text == "员会" for c in parsed.clauses)
