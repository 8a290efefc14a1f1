"""Three 公文 genres, by someone who had not read the reader (tests/data/office/
blind40, made by make_blind40.py): a 批复 (Word and its PDF), a 复函 with its
contact lines, and a 会议纪要 whose 主送 stands in its 版记."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind40"


def test_a_reply_letters_contact_lines_are_remarks() -> None:
    """Regression: "联系人：林志强，电话：…" under 特此函复。 were read as clauses of the 复函 only. They are its 附注, and
    each stays a clause of its own as well (round 108: a question may ask whom to call), not part of the closing."""
    parsed = ingest_file(BLIND / "blind40_guangdong_fuhan.pdf")
    (doc,) = parsed.documents
    texts = [c.text for c in parsed.clauses]
    assert [t for t in texts if "联系人" in t] == ["联系人：林志强，电话：020－38819261", "联系人：黄敏，电话：020－38819275"]
    assert "特此函复。" not in texts  # (the closing formula alone is left out, since round 290)
    assert doc.remarks is not None and "联系人：林志强，电话：020－38819261" in doc.remarks
    assert "黄敏" in doc.remarks


def test_minutes_name_their_addressees_in_the_imprint() -> None:
    """Regression: a 纪要's 主送 printed beside its 分送 at the foot was a clause of item 四, and the
    document had no addressees."""
    parsed = ingest_file(BLIND / "blind40_chongqing_jiyao.docx")
    (doc,) = parsed.documents
    assert doc.addressees == "市自由贸易试验区工作领导小组各成员单位"
    assert doc.cc is not None and doc.cc.startswith("市委办公厅")
    assert not [c for c in parsed.clauses if c.text.startswith("主送")]


def test_a_reply_from_word_and_from_its_pdf_reads_the_same() -> None:
    """Held, not fixed: the 批复's 文号 is its own, not the 请示's it quotes, from both files."""
    docx, pdf = (ingest_file(BLIND / f"blind40_sichuan_pifu.{x}") for x in ("docx", "pdf"))
    for parsed in (docx, pdf):
        (doc,) = parsed.documents
        assert doc.doc_number is not None and doc.doc_number.text == "川府函〔2024〕97号"
        assert doc.addressees == "泸州市人民政府"
    assert [c.text for c in docx.clauses] == [c.text for c in pdf.clauses]


def test_who_attended_is_no_part_of_the_minutes_last_item() -> None:
    """Regression: 出席：… and 列席：… after the last agreed item were labelled 四、第3段 and 四、第4段, as if
    item 四 said who attended."""
    parsed = ingest_file(BLIND / "blind40_chongqing_jiyao.docx")
    # (since round 328 the lists are the 纪要's attendance, not clauses)
    assert not any("出席：" in c.text or "列席：" in c.text for c in parsed.clauses)
    attendance = parsed.documents[0].attendance or ""
    assert attendance.startswith("出席：") and "；列席：" in attendance
    led = [c for c in parsed.clauses if c.text.startswith("牵头单位：市财政局")]
    assert led and led[0].label == "四、第2段"  # the item's own line stays its own
