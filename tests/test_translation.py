"""A Chinese document's English translation printed with it (中英对照), as free trade zones publish for foreign
investors — round 276 (tests/data/office/blind276, written by someone who had not read the reader) and the bilingual
files of earlier rounds (22, 88, 182, 199). The knowledge base reads and cites the Chinese text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bri_kb.ingest.conventions import CELL
from bri_kb.ingest.translation import is_translation, without_translations
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind276"
LATIN_RUN = re.compile(r"[A-Za-z]{4,}(?:\s+[A-Za-z]{2,}){2,}")  # three English words in a row


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_guides_english_paragraphs_are_left_out(suffix: str) -> None:
    """Regression: each English paragraph of a 中英对照 guide was glued to the Chinese clause before it
    ((一）区位优势。…\\n(I) Location. Situated at …); its cover's English title ran into the document's title."""
    parsed = ingest_file(BLIND / f"blind276_qinzhou_zhinan{suffix}")
    (doc,) = parsed.documents
    assert doc.title == "中国（广西）自由贸易试验区钦州港片区外商投资服务指南（2025年版）"
    first = next(c.text for c in parsed.clauses if c.text.startswith("（一）区位优势。"))
    assert first.endswith("18个省（区、市）。")
    assert not any(LATIN_RUN.search(c.text) for c in parsed.clauses)
    rows = [c.text for c in parsed.clauses if c.kind == "table_row"]
    # (a cell's English after its Chinese: 服务事项Service / 企业设立登记Company Registration)
    assert rows[0] == "服务事项：企业设立登记\n受理部门：片区行政审批局\n咨询电话：0777-3880516"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_measures_set_chinese_left_and_english_right_read_as_measures(suffix: str) -> None:
    """Regression: a 若干措施 set as a table, Chinese left and English right, gave rows 中 文：…\\nEnglish：… (headings
    among them), and its dates in force, in a cell, were not read."""
    parsed = ingest_file(BLIND / f"blind276_yantai_cuoshi{suffix}")
    (doc,) = parsed.documents
    assert (doc.effective, doc.expires) == ("2025-03-01", "2027-12-31")
    items = [c for c in parsed.clauses if c.kind == "item"]
    assert [c.label for c in items] == [f"{n}." for n in range(1, 10)]
    assert items[0].text.startswith("1.支持重大外资项目落地。") and items[0].path[-1] == "一、加大外资招引力度"
    assert not any(c.kind == "table_row" or "English" in c.text or "中 文" in c.text for c in parsed.clauses)
    note = next(c.text for c in parsed.clauses if c.text.startswith("注："))
    assert note == "注：本措施英文文本为参考译文，如中英文文本存在歧义，以中文文本为准。"


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_an_english_only_attachment_is_no_clause_and_an_address_stays(suffix: str) -> None:
    """Regression: the notice's 附件, its English translation alone ("Unofficial Translation"), gave 12 (Word) or 19
    (PDF) clauses of English; an e-mail address a wrap left alone on its line is the notice's, kept."""
    parsed = ingest_file(BLIND / f"blind276_yunnan_tongzhi{suffix}")
    assert not any(LATIN_RUN.search(c.text) or "Translation" in c.text for c in parsed.clauses)
    assert any(c.text.endswith("邮箱：wzc@ynswt-example.cn") for c in parsed.clauses)
    assert sum(c.kind == "item" for c in parsed.clauses) == 8


def test_a_pages_hidden_english_version_and_its_breadcrumb() -> None:
    """Regression: a page with a 中文|English switch read its hidden English version as nine clauses; and its
    breadcrumb inside the article (当前位置：…) took the page's title and date with it as the site's head, the
    opening paragraph becoming the title."""
    parsed = ingest_file(BLIND / "blind276_ningbo_gonggao.html")
    (doc,) = parsed.documents
    assert doc.title == "中国（浙江）自由贸易试验区宁波片区管理委员会关于支持外商投资企业发展跨境电子商务的公告"
    assert doc.published == "2025-05-16"
    assert parsed.clauses[0].text.startswith("为贯彻落实《中国（浙江）自由贸易试验区扩展区域方案》")
    assert not any(LATIN_RUN.search(c.text) for c in parsed.clauses)


def test_a_portuguese_term_a_wrap_cut_from_its_sentence_stays() -> None:
    """Held (a first version left it out): 澳门…登记的商业企业主 / （empresário comercial）。 — a term in brackets a wrap put
    on its own line ends the Chinese sentence above it."""
    clauses = ingest_file(DATA / "office" / "blind212" / "blind212_hengqin_banfa.pdf").clauses
    # (the file prints the 办法 twice, 简体 then 繁體; the second read in simplified characters since round 298)
    texts = [c.text.replace("\n", "") for c in clauses if c.text.startswith("第十六条")]
    assert len(texts) == 2 and all("企业主（empresário comercial）。" in t for t in texts)


def test_earlier_bilingual_files_keep_only_their_chinese() -> None:
    """Regression (rounds 22, 182, 199): a guide, a page and an announcement with each paragraph's English under it
    had the English in every clause, and the signature's English and its date (July 15, 2024) as clauses."""
    for path in (DATA / "office" / "blind22" / "blind22_bilingual.pdf", DATA / "office" / "blind182" / "blind182_kunming.html",
                 DATA / "office" / "blind199" / "blind199_mofcom_bilingual.html"):
        clauses = ingest_file(path).clauses
        assert not any(LATIN_RUN.search(c.text) for c in clauses), path.name
        assert not any(re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", c.text) for c in clauses), path.name


@given(st.text())
def test_a_line_with_a_chinese_character_is_no_translation(text: str) -> None:
    assert not is_translation(text + "的")


@pytest.mark.parametrize(("line", "translated"), [
    ("(I) Location. Situated at the core of the Beibu Gulf Economic Zone", True),
    ("III. Requirements", True), ("March 2025", True), ("20 May 2024", True),
    ("RCEP", False), ("CBAM RCEP", False), ("Tel: 0777-3880516", False), ("wzc@ynswt-example.cn", False),
    ("https://www.nbftz-pq.gov.cn/art/2025/5/16/", False), ("9610 9710 9810", False)])
def test_what_a_translation_line_is(line: str, translated: bool) -> None:
    assert is_translation(line) is translated


def test_a_table_loses_its_english_column_and_its_language_head() -> None:
    rows = [f"中 文{CELL}English", f"一、加大外资招引力度{CELL}I. Intensifying Efforts to Attract Foreign Investment",
            f"1.支持重大外资项目落地。{CELL}1. Supporting the landing of major projects."]
    assert without_translations(rows) == [None, "一、加大外资招引力度", "1.支持重大外资项目落地。"]
    mixed = [f"服务事项Service{CELL}受理部门Department", f"企业设立登记Company Registration{CELL}片区行政审批局"]
    assert without_translations(mixed) == [f"服务事项{CELL}受理部门", f"企业设立登记{CELL}片区行政审批局"]
    # (a table of Chinese and foreign names is no translation: its names stay)
    names = [f"企业名称{CELL}国别", f"Siemens Energy Global GmbH{CELL}德国"]
    assert without_translations(names) == names
