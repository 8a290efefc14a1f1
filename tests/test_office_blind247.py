"""PDFs whose pages are not simple portrait text (tests/data/office/blind247, made by make_blind247.py by someone who
had not read the reader)."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind247"


def test_a_table_printed_turned_on_a_portrait_page_is_read_as_laid_out() -> None:
    """Regression: the 附件's landscape table turned a quarter onto a portrait page (its text running upwards) came out
    as four rows of sideways, reversed text, rows and columns swapped; its nine rows were lost. Now read as on its
    landscape page: the same rows as the Word file's."""
    pdf = [c.text for c in ingest_file(BLIND / "blind247_xiamen_fangan.pdf").clauses if c.kind == "table_row"]
    word = [c.text for c in ingest_file(BLIND / "blind247_xiamen_fangan.docx").clauses if c.kind == "table_row"]
    assert len(pdf) == 9 and pdf == word


def test_a_bulletins_articles_are_headed_and_signed_and_its_baosong_is_whom_it_goes_to() -> None:
    """Regression: a 工作简报's article headlines, its bylines （…供稿） and its 报送 line were paragraphs like the
    articles' text; now the headlines head their paragraphs, the bylines sign them, and 报送：… is the addressees."""
    for fmt in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"blind247_suifenhe_jianbao.{fmt}")
        (doc,) = parsed.documents
        assert doc.addressees == "省自贸办，市委、市人大、市政府、市政协主要领导"
        headings = [c.text for c in parsed.clauses if c.kind == "heading"]
        assert headings == ["片区跨境电商“1210”保税进口业务实现常态化运营", "绥芬河公路口岸推行货运车辆“预约通关”",
                            "片区召开对俄经贸合作企业座谈会", "片区出台支持综合保税区跨境电商发展措施", "简 讯"]
        assert [c.kind for c in parsed.clauses if "供稿" in c.text] == ["signature"] * 3
        paragraphs = [c for c in parsed.clauses if c.kind == "paragraph"]
        assert len(paragraphs) == 10 and paragraphs[-1].path == ("简 讯",)
