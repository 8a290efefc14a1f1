"""Rounds 348–351, written by someone who had not read the reader (tests/data/office/blind348 … blind351, each made by
its make_blindNNN.py): ordinary 公文 of 华北 and 中部 offices; a provincial gazette in two columns; a city's policy
compilation; notices that carry their substance in tables and lists. One test per fix; each failed before it."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

OFFICE = DATA / "office"
_YUEYANG = ("湖南省人民政府办公厅关于推动综合保税区高质量发展的实施意见",
            "岳阳市人民政府办公室关于印发《岳阳市深度融入共建“一带一路”推动高水平对外开放若干措施》的通知",
            "岳阳市跨境电子商务发展专项资金管理办法",
            "岳阳市外经贸高质量发展奖励标准（2025—2026年度）",
            "中国（湖南）自由贸易试验区岳阳片区促进口岸通关和跨境贸易便利化十条措施")


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_compilations_parts_in_its_contents_head_no_entry(suffix: str) -> None:
    """Regression: 一、省级文件 over the 目录's first entry was read as the start of that entry's title (省级文件湖南省…), so
    no title matched the text and five documents were read as three, the first titled 前言."""
    parsed = ingest_file(OFFICE / "blind350" / f"blind350_yueyang_huibian{suffix}")
    assert tuple(d.title for d in parsed.documents) == _YUEYANG


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_number_and_day_in_brackets_under_a_title_are_its_own(suffix: str) -> None:
    """Regression: （湘政办发〔2025〕18号　2025年4月22日） under a compiled document's title, the 文号 first, was a clause."""
    parsed = ingest_file(OFFICE / "blind350" / f"blind350_yueyang_huibian{suffix}")
    first = parsed.documents[0]
    assert first.doc_number is not None and first.doc_number.text == "湘政办发〔2025〕18号"
    assert "2025-04-22" in (first.signed, first.published)
    assert not any(c.text.startswith(("（湘政办发", "（岳")) for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_compilers_preface_and_afterword_are_no_document(suffix: str) -> None:
    """Regression: the book's 前言 was a document of its own (its 岳阳市商务局 / 2026年1月 clauses), and the 编印说明 after
    the last document were clauses of that document."""
    parsed = ingest_file(OFFICE / "blind350" / f"blind350_yueyang_huibian{suffix}")
    assert not any("本汇编" in c.text or c.text in ("编印说明", "2026年1月") for c in parsed.clauses)
    last = parsed.documents[-1]
    assert last.issuers == ("中国（湖南）自由贸易试验区岳阳片区管理委员会",)


def test_an_organ_over_its_day_set_apart_by_a_manual_line_break_is_the_signature() -> None:
    """Regression: in Word, 中国（湖南）自由贸易试验区岳阳片区管理委员会 / 2025年8月5日 in one paragraph (Shift+Enter)
    was joined into one line, no signature, and the 措施 had no issuer."""
    parsed = ingest_file(OFFICE / "blind350" / "blind350_yueyang_huibian.docx")
    last = parsed.documents[-1]
    signature = [c.text for c in parsed.clauses if c.doc_id == last.doc_id and str(c.kind) == "signature"]
    assert signature == ["中国（湖南）自由贸易试验区岳阳片区管理委员会", "2025年8月5日"]


def test_a_titles_years_of_a_period_on_a_line_of_their_own_are_the_titles() -> None:
    """Regression: …奖励标准 / （2025—2026年度）, broken by Shift+Enter, left the years out of the title and made them
    a clause."""
    parsed = ingest_file(OFFICE / "blind350" / "blind350_yueyang_huibian.docx")
    assert "岳阳市外经贸高质量发展奖励标准（2025—2026年度）" in {d.title for d in parsed.documents}
    assert not any(c.text == "（2025—2026年度）" for c in parsed.clauses)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_gazettes_section_bar_with_its_block_is_no_document(suffix: str) -> None:
    """Regression: ■ 省政府文件, the bar of a 栏目 its 目录 names 【省政府文件】, was an empty document, and the other bars
    were glued to the titles under them (■ 部门文件云南省商务厅关于…); the 人事任免 lines were clauses of the 解读."""
    parsed = ingest_file(OFFICE / "blind349" / f"blind349_yunnan_gongbao{suffix}")
    titles = [d.title for d in parsed.documents]
    assert titles[:4] == ["云南省人民政府关于深入实施自由贸易试验区提升战略推动高水平制度型开放的通知",
                          "云南省人民政府办公厅关于加快发展跨境电子商务促进外贸新业态新模式的实施意见",
                          "云南省商务厅关于组织开展2026年“一带一路”重点市场贸易促进活动的通知",
                          "《云南省人民政府办公厅关于加快发展跨境电子商务促进外贸新业态新模式的实施意见》政策解读"]
    assert not any("■" in c.text for c in parsed.clauses)
    interpretation = parsed.documents[3]
    assert not any(c.text.startswith("任命") for c in parsed.clauses if c.doc_id == interpretation.doc_id)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_organ_under_an_interpretations_title_is_its_issuer(suffix: str) -> None:
    """Regression: 云南省商务厅 alone under 《…实施意见》政策解读 was a clause (in Word, with the title's last line 政策解读
    read as the gazette's 栏目 bar, the 解读's title)."""
    parsed = ingest_file(OFFICE / "blind349" / f"blind349_yunnan_gongbao{suffix}")
    interpretation = next(d for d in parsed.documents if d.title.endswith("政策解读"))
    assert interpretation.issuers == ("云南省商务厅",)
    assert not any(c.text == "云南省商务厅" for c in parsed.clauses if c.doc_id == interpretation.doc_id)


@pytest.mark.parametrize(("round_", "stem"), [("blind349", "blind349_yunnan_gongbao"), ("blind348", "blind348_wuhu_fangan")])
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_heading_over_a_paragraph_heads_it(round_: str, stem: str, suffix: str) -> None:
    """Regression: 一、总体要求 on its line was glued to the paragraph under it (一、总体要求\\n坚持…), where the heading
    heads and the paragraph is the clause, as under the other headings."""
    parsed = ingest_file(OFFICE / round_ / f"{stem}{suffix}")
    heading = next(c for c in parsed.clauses if c.text.startswith("一、总体要求"))
    assert heading.text == "一、总体要求" and str(heading.kind) == "heading"
    under = parsed.clauses[parsed.clauses.index(heading) + 1]
    assert str(under.kind) == "paragraph" and under.path[-1:] == ("一、总体要求",) and under.label.endswith("第1段")


def test_a_numbered_line_a_hard_wrap_cut_before_its_last_characters_is_one_item() -> None:
    """Regression: 1、…擅自开展对外承包工 / (blank line) / 程。 in a text file stays one item, its words joined."""
    parsed = ingest_file(DATA.parent.parent / "corpus" / "002_1ad516d9e8aad59b.txt")
    item = next(c for c in parsed.clauses if "擅自开展对外承包工" in c.text)
    assert item.text.endswith("擅自开展对外承包工程。") and str(item.kind) == "item"
    assert not any(c.text == "程。" for c in parsed.clauses)


def test_a_checklists_entry_wrapped_in_a_pdf_is_one_clause() -> None:
    """Regression: ☐ 《2026年度…扶持资金申报 / 表》（附件1）；, an entry of a list indented whole, was two paragraphs."""
    parsed = ingest_file(OFFICE / "blind351" / "blind351_huli_shenbao.pdf")
    entries = [c.text for c in parsed.clauses if c.text.startswith("☐")]
    assert len(entries) == 6
    assert entries[0].endswith("申报表》（附件1）；")
