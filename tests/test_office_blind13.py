"""Four more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind13, made by make_blind13.py): a joint
决定 with its 文号 in the page header, a portal page, a 办法 with Word's automatic
numbering, and a 转发 notice."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind13"


def test_a_joint_signature_with_a_bank_s_branch() -> None:
    """Regression: "中国人民银行江苏省分行" was no organ's name (分行), so the borderless signature table
    of the Word file was read as a table (表头 江苏省人民政府｜中国人民银行江苏省分行) and no date was
    signed; in the PDF the two organs were a paragraph."""
    for suffix in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"a_joint_decision.{suffix}")
        signature = [c.text for c in parsed.clauses if c.kind == "signature"]
        assert "".join(signature).replace(" ", "") == "江苏省人民政府中国人民银行江苏省分行2025年3月18日", suffix
        assert parsed.documents[0].signed == "2025-03-18"
        assert parsed.documents[0].issuers == ("江苏省人民政府", "中国人民银行江苏省分行")


def test_a_line_that_stops_before_a_bracketed_abbreviation_goes_on() -> None:
    """Regression: a PDF line stopped short before "（QFLP）", which cannot be broken, and the item was
    cut in two."""
    texts = [c.text for c in ingest_file(BLIND / "a_joint_decision.pdf").clauses]
    assert ("（二）便利跨境投融资。开展合格境外有限合伙人（QFLP）试点，试点规模不超过50亿元人民币。"
            "支持符合条件的区内企业在境外发行人民币债券，募集资金可按规定调回境内使用。") in texts


def test_word_s_tab_after_an_item_number_makes_no_table() -> None:
    """Regression: in the PDF, the gap Word leaves after an automatic "（一）" lined up like a table's
    gutter, and 第四条 to 第七条 became one clause of "｜"-joined cells."""
    parsed = ingest_file(BLIND / "c_measures_articles.pdf")
    articles = {c.label: c.text for c in parsed.clauses if c.kind == "article"}
    assert len(articles) == 13 and not any("｜" in t for t in articles.values())
    assert articles["第五条"] == ("第五条 材料齐全、符合法定形式的，备案机关应当自收到备案表之日起3个工作日内予以备案，"
                                 "并颁发《企业境外投资证书》。")
    assert articles["第六条"].endswith("（三）违反我国缔结或者参加的国际条约、协定的。")  # (no gap after the number)


def test_attachment_note_signature_and_date_after_the_last_article() -> None:
    """Regression: the 附件说明, the signing organ and the date were read into the last article."""
    for suffix in ("docx", "pdf"):
        clauses = ingest_file(BLIND / f"c_measures_articles.{suffix}").clauses
        last = next(c for c in clauses if c.label == "第十三条")
        assert last.text == "第十三条 本办法自2025年5月1日起施行，有效期5年。", suffix
        signed = [c.text for c in clauses if c.kind == "signature"]  # (and the attached form's fields to fill in)
        assert signed == ["四川省商务厅", "2025年4月9日", "填报单位（盖章）： 填报日期： 年 月 日"]
        assert any(c.kind == "attachment" and c.text.startswith("附件：1.境外投资备案表填报说明") for c in clauses)


def test_a_soft_hyphen_prints_nothing() -> None:
    """Regression: Word's optional hyphen (U+00AD) stayed in the text ("跨境电\\xad商")."""
    texts = [c.text for c in ingest_file(BLIND / "d_forwarding_notice.docx").clauses]
    assert any(t.startswith("（一）支持跨境电商发展。") for t in texts)
    assert not any("\xad" in t for t in texts)


def test_a_code_wrapped_in_a_narrow_cell_is_joined_without_a_space() -> None:
    """Regression: a 统一社会信用代码 wrapped in its cell read "91510100MA6 C8X2K3Q" (a space is kept
    only between two words, as "Silk Road")."""
    from bri_kb.ingest.text import join_wrapped

    assert join_wrapped(["91510100MA6", "C8X2K3Q"]) == "91510100MA6C8X2K3Q"
    assert join_wrapped(["（Silk Road", "E-commerce）"]) == "（Silk Road E-commerce）"
    assert join_wrapped(["RCEP", "Agreement"]) == "RCEP Agreement"
    rows = [c.fields for c in ingest_file(BLIND / "c_measures_articles.pdf").clauses if c.kind == "table_row"]
    assert [r["申报主体／统一社会信用代码"] for r in rows] == ["91510100MA6C8X2K3Q", "91510100MA6DQ5L71W", "91510500MA68N3P29E"]
