"""Rounds 332–335, written by someone who had not read the reader (tests/data/office/blind332 … blind335, each made by
its make_blindNNN.py): 典型案例; 扶持资金 and 奖补 documents; 政府规章 and 条例 with their amendment history; bilingual
documents for foreign investors. With them, what round 331's agreements and 倡议 left open. One test per fix; each
failed before it."""

from __future__ import annotations

import pytest

from bri_kb.model import Clause
from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"
R331 = OFFICE / "blind331"


def _kind(clause: Clause) -> str:
    return str(clause.kind)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_subtitle_under_the_title_is_the_documents_not_a_clause(suffix: str) -> None:
    """Regression: ——第三届丝绸之路经济带城市开放合作论坛成果文件 under a 倡议's title was its first clause."""
    parsed = ingest_file(R331 / f"blind331_lanzhou_changyi{suffix}")
    assert parsed.documents[0].subtitle == "第三届丝绸之路经济带城市开放合作论坛成果文件"
    assert not any(c.text.startswith("——") for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_agreements_parties_block_is_its_parties_not_clauses(suffix: str) -> None:
    """Regression: 甲方：… 住所：… 负责人：… 乙方：… 法定代表人：… under an agreement's title were six clauses (one in the
    PDF)."""
    parsed = ingest_file(R331 / f"blind331_suifenhe_xieyi{suffix}")
    parties = parsed.documents[0].parties
    assert parties is not None and parties.startswith("甲方：中国（黑龙江）自由贸易试验区绥芬河片区管理委员会；住所：")
    assert parties.endswith("法定代表人：刘海峰")
    assert not any(c.text.startswith(("甲方：", "住所：", "负责人：", "乙方：", "法定代表人：")) for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_agreements_signature_block_gives_its_day_and_is_no_clause(suffix: str) -> None:
    """Regression: the parties' signature table (甲方（盖章）｜乙方（盖章）, 代表（签字）, 日期：…) before the attachment was
    three rows under 第十三条; in the PDF its columns, read one after the other under a wrapped （本页无正文，为《…》签署页）,
    were glued to 第十三条. The agreement had no day signed, and so none in force (签字并加盖公章之日起生效) nor an end."""
    parsed = ingest_file(R331 / f"blind331_suifenhe_xieyi{suffix}")
    doc = parsed.documents[0]
    assert (doc.signed, doc.effective, doc.expires) == ("2024-11-08", "2024-11-08", "2029-11-07")
    last = next(c for c in parsed.clauses if c.label == "第十三条")
    assert last.text.endswith("甲乙双方各执二份，具有同等法律效力。") or last.text.endswith("签约地点：黑龙江省绥芬河市")
    assert not any("盖章" in c.text or "本页无正文" in c.text for c in parsed.clauses if _kind(c) != "signature")
    assert any("日期：2024年11月8日" in c.text for c in parsed.clauses if _kind(c) == "signature")


def test_an_application_forms_seal_rows_stay_rows() -> None:
    """The signing table above is a whole table of fields to sign; a form's last rows (片区管委会推荐意见：（盖章）…) are
    rows of the form."""
    parsed = ingest_file(OFFICE / "blind12" / "blind12_c_xize.docx")
    assert any(_kind(c) == "table_row" and "片区管委会推荐意见" in c.text for c in parsed.clauses)


def test_the_place_a_memorandum_was_signed_is_its_signature() -> None:
    """Regression: 签署地点：广西南宁 over the two provinces' signature table was a clause, and the table's rows
    (贵州省商务厅（盖章）｜…, 代表（签字）：｜…) were two more."""
    parsed = ingest_file(R331 / "blind331_qiangui_beiwanglu.docx")
    signed = [c.text for c in parsed.clauses if _kind(c) == "signature"]
    assert any(t.startswith("签署地点：广西南宁\n贵州省商务厅（盖章）") for t in signed)
    assert not any(("签署地点" in c.text or "签字" in c.text) for c in parsed.clauses if _kind(c) != "signature")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_signers_label_and_the_place_under_the_date_are_the_signature(suffix: str) -> None:
    """Regression: 倡议城市（排名不分先后）： over the twelve cities and 于甘肃兰州 under the date were clauses (in the PDF the
    label was glued to the closing paragraph)."""
    parsed = ingest_file(R331 / f"blind331_lanzhou_changyi{suffix}")
    signature = next(c.text for c in parsed.clauses if _kind(c) == "signature")
    assert signature.startswith("倡议城市（排名不分先后）：\n兰州市人民政府") and signature.endswith("2024年9月12日\n于甘肃兰州")
    closing = next(c for c in parsed.clauses if c.text.startswith("路虽远"))
    assert closing.text.endswith("为推动构建人类命运共同体贡献城市力量。")


@pytest.mark.parametrize(("name", "lead"), [("blind331_suifenhe_xieyi.docx", "鉴于："),
                                            ("blind331_lanzhou_changyi.pdf", "我们倡议：")])
def test_a_lead_in_alone_on_its_line_is_a_heading(name: str, lead: str) -> None:
    """Regression: a lead-in of a few words and a colon, alone on its line (鉴于：, 我们倡议：), was a clause of its own."""
    parsed = ingest_file(R331 / name)
    assert [_kind(c) for c in parsed.clauses if c.text == lead] == ["heading"]


def test_an_interpretations_dated_signature_dates_it() -> None:
    """Regression: a 解读 signed 解读单位：… 解读日期：2024年7月25日 had no date."""
    parsed = ingest_file(OFFICE / "blind188" / "blind188_xmpq_notice.html")
    explained = next(d for d in parsed.documents if d.title.endswith("政策解读"))
    assert explained.signed == "2024-07-25"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_chapters_numbered_as_parts_head_their_articles(suffix: str) -> None:
    """Regression: 一、壮大跨境电商经营主体 … 四、附则 over 第一条 … 第十三条 were a clause and three tails glued to the
    articles before them (第三条 ended with 二、完善跨境电商基础设施), and no article was under its chapter."""
    parsed = ingest_file(OFFICE / "blind333" / f"blind333_yinzhou_cuoshi{suffix}")
    by_label = {c.label: c for c in parsed.clauses}
    assert by_label["第三条"].text.endswith("给予一次性奖励20万元。")
    assert by_label["第四条"].path[-1] == "二、完善跨境电商基础设施"
    assert _kind(by_label["一、"]) == "heading"


def test_the_contents_label_of_a_rule_is_no_clause() -> None:
    """Regression: 目　录 over a rule's chapters was a clause (its entries were already headings)."""
    parsed = ingest_file(OFFICE / "blind334" / "blind334_hubei_ling.docx")
    assert [_kind(c) for c in parsed.clauses if c.text.replace(" ", "") == "目录"] == ["heading"]


def test_a_main_addressee_list_may_end_with_businesses() -> None:
    """Regression: 片区各部门、各有关单位，各跨境电子商务经营主体： was a clause, and the notice had no 主送."""
    parsed = ingest_file(OFFICE / "blind334" / "blind334_qinzhou_guiding.docx")
    assert parsed.documents[0].addressees == "片区各部门、各有关单位，各跨境电子商务经营主体"
    assert not any(c.text.startswith("片区各部门") for c in parsed.clauses)


def test_a_short_english_column_head_goes_with_the_translation() -> None:
    """Regression: a bilingual table's 序号No. kept its English in the header and in every row (序号No.：1)."""
    parsed = ingest_file(OFFICE / "blind335" / "blind335_kunming_zhinan.docx")
    header = next(c for c in parsed.clauses if _kind(c) == "table_header")
    assert header.text.startswith("序号｜服务事项｜")
    assert not any("No." in c.text for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_bulletins_special_issue_line_is_part_of_its_mark(suffix: str) -> None:
    """Regression: （创新实践案例专刊） between a 简报's mark and its 第5期 hid the whole head: the title was the mark, the
    number, the editing office, the day and the issue's headline run together, with no issuer and no date."""
    doc = ingest_file(OFFICE / "blind332" / f"blind332_qinzhou_jianbao{suffix}").documents[0]
    assert doc.title == "钦州港片区工作简报（创新实践案例专刊）"  # (its number apart, since round 960)
    assert doc.doc_number is not None and doc.doc_number.text == "第5期（总第41期）"
    assert doc.issuers == ("钦州港片区管委会办公室",) and doc.published == "2024-09-20"


def test_a_cases_next_run_in_part_after_a_soft_break_opens_a_clause() -> None:
    """Regression: in the PDF, 【实践效果】… on the line after a part ending 。 (a soft break in Word) was glued to 【主要做法】."""
    parsed = ingest_file(OFFICE / "blind332" / "blind332_henan_tongzhi.pdf")
    assert any(c.text.startswith("【实践效果】模式运行以来") for c in parsed.clauses)
    assert not any("【主要做法】" in c.text and "【实践效果】" in c.text for c in parsed.clauses)


def test_bonded_zones_listed_under_one_name_are_each_placed() -> None:
    """Regression: 南昌、九江综合保税区 (two bonded zones sharing their last word) placed a row at 南昌市 and one zone."""
    parsed = ingest_file(OFFICE / "blind332" / "blind332_jiangxi_tongbao.docx")
    row = next(c for c in parsed.clauses if "复制推广范围：南昌、九江综合保税区" in c.text)
    assert set(row.applies_to) == {"南昌综合保税区", "九江综合保税区"}


def test_a_joint_signature_whose_zone_name_wraps_stays_apart_from_the_attachment_list() -> None:
    """Regression: in the PDF the first line of three organs signing (中国（广西）自由贸易试验区　钦州市商务局 / 钦州港片区管理委员会
    / 钦州市市场监督管理局) was glued to the last attachment's name, and 钦州市商务局 was lost from the issuers the joint
    版头 names."""
    parsed = ingest_file(OFFICE / "blind334" / "blind334_qinzhou_guiding.pdf")
    listed = next(c for c in parsed.clauses if str(c.kind) == "attachment")
    assert listed.text.endswith("2．跨境电子商务经营主体分类管理标准")
    # (the committee by its full name, its zone's name read on the line above it: round 512–523's fix)
    assert parsed.documents[0].issuers == ("中国（广西）自由贸易试验区钦州港片区管理委员会", "钦州市商务局", "钦州市市场监督管理局")
    assert any(c.text == "中国（广西）自由贸易试验区钦州港片区管理委员会 钦州市商务局" for c in parsed.clauses
               if str(c.kind) == "signature")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_statements_subtitle_gives_its_day_and_the_byline_its_organ(suffix: str) -> None:
    """Regression: a 说明 to a standing committee, ——2025年4月24日在…第十七次会议上 and …财政经济工作委员会主任　赵立群 under
    its title, had them as two clauses, no date and no issuer."""
    parsed = ingest_file(OFFICE / "blind274" / f"blind274_heilongjiang_gongbao{suffix}")
    doc = next(d for d in parsed.documents if d.title.endswith("的说明"))
    assert doc.signed == "2025-04-24" and doc.issuers == ("黑龙江省人民代表大会常务委员会财政经济工作委员会",)
    assert not any(c.text.startswith(("——2025年4月24日", "黑龙江省人民代表大会常务委员会财政经济工作委员会主任"))
                   for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_lists_notes_heading_is_no_clause(suffix: str) -> None:
    """Regression: 说　明 over a negative list's numbered notes was a clause of its own."""
    parsed = ingest_file(OFFICE / "blind330" / f"blind330_national_fumianqingdan{suffix}")
    assert [_kind(c) for c in parsed.clauses if c.text.replace(" ", "") == "说明"] == ["heading"]
