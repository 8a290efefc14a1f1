"""Party and government documents issued jointly (中共湖南省委 湖南省人民政府, their 办公厅s, a 市委 and 市政府), as
.docx and LibreOffice PDF, by someone who had not read the reader (tests/data/office/blind94, made by
make_blind94.py)."""

from __future__ import annotations

import pytest

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind94"
TITLES = {
    "blind94_hunan_shishiyijian": "中共湖南省委 湖南省人民政府关于高质量共建“一带一路”深入实施自由贸易试验区提升战略的实施意见",
    "blind94_hunan_tongzhi": "中共湖南省委办公厅 湖南省人民政府办公厅印发"
                             "《湖南自贸试验区对接“一带一路”提升行动工作方案（2024—2026年）》的通知",
    "blind94_yueyang_cuoshi": "中共岳阳市委 岳阳市人民政府关于支持中国（湖南）自由贸易试验区岳阳片区高质量发展服务共建“一带一路”的若干措施",
}


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
@pytest.mark.parametrize("stem", sorted(TITLES))
def test_the_red_rule_with_its_star_is_no_part_of_the_title(stem: str, suffix: str) -> None:
    """Regression: a party organ's red rule under its 版头, with a ★ in its middle (typed as ____★____ in the PDF,
    a border and a ★ in Word), was read into the title (★中共湖南省委…, or the title ★ alone and its lines
    clauses)."""
    parsed = ingest_file(BLIND / f"{stem}.{suffix}")
    doc = parsed.documents[0]
    assert doc.title == TITLES[stem]
    assert not any("★" in c.text for c in parsed.clauses)
    assert doc.addressees and doc.addressees.endswith("各人民团体" if stem != "blind94_hunan_shishiyijian" else "中央在湘有关单位")


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_an_attachments_period_on_a_line_of_its_own_is_part_of_its_title(suffix: str) -> None:
    """Regression (Word): 附件：湖南自贸试验区对接“一带一路”提升行动工作方案 with （2024—2026年） typed on the line under
    it gave the attachment a title without its period, and the period a clause of its own."""
    parsed = ingest_file(BLIND / f"blind94_hunan_tongzhi.{suffix}")
    assert parsed.documents[0].attachments == ("湖南自贸试验区对接“一带一路”提升行动工作方案（2024—2026年）",)
    assert not any(c.text == "（2024—2026年）" for c in parsed.clauses)


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_party_marks_and_imprint_are_the_heads(suffix: str) -> None:
    (doc,) = ingest_file(BLIND / f"blind94_hunan_tongzhi.{suffix}").documents
    assert (doc.copy_number, doc.urgency, doc.printed_by) == ("000315", "特急", "中共湖南省委办公厅")
    assert doc.issuers == ("中共湖南省委办公厅", "湖南省人民政府办公厅")
