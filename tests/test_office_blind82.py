"""A province's 政策文件汇编 as one .docx and its LibreOffice PDF (cover, 编印说明, 目录 with page numbers, five
documents that do not each start a page: a 令 with its 规章, a 通知 whose 文号 stands above its title with its 附件
方案, an 意见 with a bracketed 文号 line, a 商务厅 通知 with a table and a 联系人 line, a 政策解读), by someone who
had not read the reader (tests/data/office/blind82, made by make_blind82.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind82"
TITLES = [
    # (the cover and its 编印说明 are no document since round 238; before, the cover was one titled 云南省对外开放政策文件
    # 汇编——共建“一带一路”与自由贸易试验区专辑（2024年第二辑）, with its subtitle, round 139)
    "中国（云南）自由贸易试验区跨境投资服务促进规定",
    "云南省人民政府办公厅关于印发中国（云南）自由贸易试验区深化面向南亚东南亚开放行动方案的通知",
    "中共云南省委 云南省人民政府关于高质量共建“一带一路”加快建设面向南亚东南亚辐射中心的意见",
    "云南省商务厅关于公布2024年度中国（云南）自由贸易试验区第一批制度创新案例的通知",
    "《中国（云南）自由贸易试验区跨境投资服务促进规定》政策解读",
]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_each_document_the_contents_names_starts_where_it_is_printed(suffix: str) -> None:
    """Regression: the 目录 names the 规章 with its 令 in brackets (…规定（云南省人民政府令第231号）), so the 令
    and 规章 were text of the cover, titled by the compilation and with no issuer; the 通知 whose 文号 stands above
    its title left the 文号 in the 规章's last article; the signature under a 联系人 line, over its date and the
    解读's title, was taken for a title and made a sixth document."""
    parsed = ingest_file(BLIND / f"blind82_yunnan_huibian.{suffix}")
    assert [d.title for d in parsed.documents] == TITLES
    rule, notice = parsed.documents[0], parsed.documents[1]
    assert (rule.issuers, rule.wrapper, rule.effective) == (("云南省人民政府",), "云南省人民政府令（第231号）", "2024-04-01")
    assert notice.doc_number is not None and notice.doc_number.text == "云政办发〔2024〕15号"
    last = [c.text for c in parsed.clauses if c.doc_id == rule.doc_id][-1]
    assert last == "第八条 本规定自2024年4月1日起施行。"
    assert parsed.documents[3].published == "2024-06-18"


def test_a_front_matters_roman_page_numbers_are_furniture() -> None:
    """Regression: the PDF's front matter numbers its pages —i— and —ii—; they were kept as text."""
    texts = [c.text for c in ingest_file(BLIND / "blind82_yunnan_huibian.pdf").clauses]
    assert not any("—i—" in t or "—ii—" in t for t in texts)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_article_for_named_zones_and_a_table_by_zone_apply_there(suffix: str) -> None:
    """Regression: 第五条 支持红河片区、德宏片区依托… applied in all three 片区, and the rows of a table whose
    申报片区 column names one applied province-wide."""
    parsed = ingest_file(BLIND / f"blind82_yunnan_huibian.{suffix}")
    places = {(c.doc_id, c.label): c.applies_to for c in parsed.clauses}
    rule, cases = parsed.documents[0].doc_id, parsed.documents[3].doc_id
    assert places[(rule, "第五条")] == ("中国（云南）自由贸易试验区红河片区", "中国（云南）自由贸易试验区德宏片区")
    assert places[(cases, "第2项")] == ("中国（云南）自由贸易试验区红河片区",)
