"""Joint 公文 of many organs — a notice of four provincial organs whose 版头 is a 2 × 2 table of names with 文件 beside
them and whose title opens with the four names over two lines, and a 函 of two district governments of two
provinces — written by someone who had not read the reader (tests/data/office/blind152, made by make_blind152.py)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind152"
FOUR = ("四川省商务厅", "四川省发展和改革委员会", "四川省财政厅", "国家税务总局四川省税务局")


def test_a_joint_title_over_two_lines_of_names() -> None:
    """Regression: the title's first two lines, each two organs' names (四川省商务厅　四川省发展和改革委员会 /
    四川省财政厅　国家税务总局…关于…), were joined with nothing between them, so the notice had three issuers, one of them
    四川省发展和改革委员会四川省财政厅; round 34's PDF had 财政部海关总署 so."""
    doc = ingest_file(BLIND / "blind152_joint_notice.docx").documents[0]
    assert doc.issuers == FOUR
    assert doc.title.startswith("四川省商务厅 四川省发展和改革委员会 四川省财政厅 国家税务总局四川省税务局关于")
    older = ingest_file(DATA / "office" / "blind34" / "blind34_joint_notice.pdf").documents[0]
    assert "海关总署" in older.issuers and "财政部" in older.issuers


def test_a_two_by_two_mark_beside_its_wen_jian() -> None:
    """Regression: in the PDF the 2 × 2 版头 reads as one line with 文 and 件 between the names (…发展和改革委员会 文四川省
    财政厅 … 件): it was the title, and the real title was glued to the 主送."""
    doc = ingest_file(BLIND / "blind152_joint_notice.pdf").documents[0]
    assert doc.issuers == FOUR
    assert doc.title.endswith("制度创新案例申报工作的通知")
    assert doc.addressees is not None and doc.addressees.startswith("各市（州）商务主管部门")


def test_a_letter_of_two_district_governments_of_two_provinces() -> None:
    """Regression: a 函 of 成都市青白江区人民政府 and 重庆市沙坪坝区人民政府 applied in 成都市 alone and at city level
    (the first place its issuers name): 重庆's district was lost, and 沙坪坝区 was no place at all (the division codes
    hold it twice, once from when 重庆 was a city of 四川). Each issuer's district is kept, at county level."""
    for suffix in (".docx", ".pdf"):
        parsed = ingest_file(BLIND / f"blind152_cross_letter{suffix}")
        doc = parsed.documents[0]
        assert (doc.level, doc.region) == ("county", "青白江区")
        assert all(c.applies_to == ("青白江区", "沙坪坝区") for c in parsed.clauses)


def test_an_agreement_of_two_provinces_applies_in_both() -> None:
    """Regression: the 协议 of 四川省商务厅 and 广西壮族自治区商务厅 (round 62) applied in 四川省 alone."""
    parsed = ingest_file(DATA / "office" / "blind62" / "blind62_chuangui_xieyi.docx")
    assert parsed.clauses[0].applies_to == ("四川省", "广西壮族自治区")


def test_a_two_by_two_countersignature_table_is_the_signature() -> None:
    """Regression: the 会签 落款, the four organs' names in a borderless 2 × 2 table over the date, was read as two
    rows of a table under the last item (四川省商务厅｜四川省发展和改革委员会 …), to be answered with."""
    parsed = ingest_file(BLIND / "blind152_joint_notice.docx")
    signed = [c for c in parsed.clauses if c.kind == "signature"]
    assert signed[0].text == " ".join(FOUR) and signed[1].text == "2024年4月18日"
    assert not [c for c in parsed.clauses if c.kind == "table_row" and "四川省财政厅｜" in c.text]


def test_a_line_spread_to_its_width_is_no_column() -> None:
    """Regression: in the 函's PDF the contact line, justified so that its letters stand spread (联 系 人 ： 青 白 江 区 口 岸
    物 流 …), left an even gap between 岸 and 物 just where the next line and the 落款 leave theirs: the three rows were
    read as two columns (联系人：青白江区口岸83601527；沙坪坝区商务委员会成都市青白江区人民政府)."""
    parsed = ingest_file(BLIND / "blind152_cross_letter.pdf")
    texts = [c.text for c in parsed.clauses]
    assert "联系人：青白江区口岸物流办公室 孙浩028-83601527；沙坪坝区商务委员会 何婷023-65362019。" in texts
    assert "成都市青白江区人民政府 重庆市沙坪坝区人民政府" in texts
