"""Three compilations made the way offices publish them, by someone who had not
read the reader (tests/data/office/blind31, made by make_blind31.py): a
provincial gazette's issue in two columns, a Word 汇编 of three documents, and a
portal's page of three documents copied as text."""

from __future__ import annotations

from bri_kb.ingest.clean import classify
from bri_kb.ingest.metadata import dates_of
from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind31"


def test_a_portal_page_of_several_documents_gives_each_its_own() -> None:
    """Regression: a title, its 发布日期 line and its 文号 did not open a document (only 发布时间 did), so
    the three documents were one, titled by the page's headline, with the page's 来源 line glued to the
    first title and the site's footer (分享到, 相关链接, 网站标识码) glued to the last article."""
    parsed = ingest_file(BLIND / "blind31_web_compilation.txt")
    numbers = [d.doc_number.text if d.doc_number else None for d in parsed.documents]
    assert numbers == ["辽政办发〔2024〕9号", "大政发〔2024〕12号", "辽商外经〔2024〕31号"]
    first = parsed.documents[0]
    assert first.title == "辽宁省人民政府办公厅关于加快建设中欧班列（沈阳）集结中心的实施意见"
    assert first.expires is None and first.signed == "2024-03-08"
    texts = [c.text for c in parsed.clauses]
    assert not any("网站标识码" in t or "分享到" in t or "浏览次数" in t or t.startswith("发布日期") for t in texts)
    assert "第四条 本办法由省商务厅负责解释，自2024年7月1日起施行。" in texts
    assert parsed.report.removed.get("compilation_title") == 2


def test_a_site_footer_is_page_furniture_but_a_related_document_is_not() -> None:
    lines = ["第四条　本办法自2024年7月1日起施行。", "分享到：微信　微博　QQ空间",
             "相关链接：国家发展改革委　辽宁省人民政府　中国一带一路网",
             "主办单位：辽宁省发展和改革委员会　　网站标识码：2100000022　　辽ICP备05001234号-1",
             "相关链接：甘肃省人民政府办公厅关于推进中欧班列和国际陆港高质量发展的实施意见"]
    kinds, _ = classify(lines)
    assert kinds == [None, "navigation", "navigation", "navigation", None]


def test_a_word_compilation_splits_at_each_bracketed_number_and_decree_note() -> None:
    """Regression: a document whose title stood over its 文号 in brackets and no 主送 (（浙商务规〔2024〕3号）)
    was glued onto the notice before it (its 有效期 leaking into the notice), and the regulation under the
    cover and 编者按, whose note names the 令 that made it, was titled by the cover's first line."""
    parsed = ingest_file(BLIND / "blind31_ftz_compilation.docx")
    titles = [d.title for d in parsed.documents]
    # (the cover and its 编者按 are no document since round 238: their lines are left out and counted)
    assert titles == ["中国（浙江）自由贸易试验区金义片区管理办法",
                      "浙江省人民政府办公厅关于支持中国（浙江）自由贸易试验区宁波片区建设大宗商品资源配置枢纽的通知",
                      "中国（浙江）自由贸易试验区制度创新成果评估和复制推广办法"]
    rule, notice, measures = parsed.documents
    assert parsed.report.removed["compilation_title"] >= 2
    assert rule.issuers == ("浙江省人民政府",) and rule.published == "2024-03-20"
    assert notice.expires is None
    assert measures.doc_number is not None and measures.doc_number.text == "浙商务规〔2024〕3号"
    assert measures.issuers == ("浙江省商务厅",) and measures.signed == "2024-06-05"
    kinds = {c.label: c.kind for c in parsed.clauses if c.doc_id == notice.doc_id}
    assert kinds["（一）"] == "item" and kinds["一、"] == "heading"


def test_a_gazette_masthead_and_its_contents_are_not_clauses() -> None:
    """Regression: the gazette's name, pinyin, issue and publisher lines and its 目录 (page numbers in
    brackets, ……（3）) were clauses, and the first document (a 令 and the regulation it made) was titled
    福建省人民政府公报."""
    parsed = ingest_file(BLIND / "blind31_gazette_twocol.pdf")
    first = parsed.documents[0]
    assert first.title == "福建省促进中国（福建）自由贸易试验区发展规定" and first.issuers == ("福建省人民政府",)
    assert len(parsed.documents) == 4
    texts = [c.text for c in parsed.clauses]
    assert not any("GONGBAO" in t or "总第1086期" in t or "......" in t for t in texts)
    assert parsed.report.removed["gazette_masthead"] == 4
    # (and the 令's signer, a two-character name set spaced out, signs it)
    assert [c.text for c in parsed.clauses if c.doc_id == first.doc_id and c.kind == "signature"] == [
        "省长 赵 龙", "2024年5月28日"]


def test_the_left_column_alone_on_a_gazettes_last_page_is_read_as_paragraphs() -> None:
    """Regression: on the last page only the left column held text; the running header, set across the
    page, made every line of the column look short, so each wrapped line was a clause of its own."""
    parsed = ingest_file(BLIND / "blind31_gazette_twocol.pdf")
    texts = [c.text for c in parsed.clauses]
    assert "林建华同志任中国（福建）自由贸易试验区福州片区管理委员会副主任；" in texts
    assert any(t.endswith("每半年通报一次工作进展。") and "重点工作，省推进" in t for t in texts)


def test_a_date_wrapped_over_two_pdf_lines_still_gives_the_effective_date() -> None:
    """Regression: "…现予公布，自2024年7" / "月1日起施行。" on two lines of a PDF gave no 施行 date (five
    earlier PDFs had lost theirs the same way while their Word files had them)."""
    dates = dates_of({}, ["《某规定》已经省人民政府常务会议通过，现予公布，自2024年7", "月1日起施行。", "2024年5月28日"])
    assert (dates.effective, dates.signed) == ("2024-07-01", "2024-05-28")
    assert ingest_file(BLIND / "blind31_gazette_twocol.pdf").documents[0].effective == "2024-07-01"
    for name in ("blind5/c_hubei_plan_headings", "blind3/l_layout_table_list"):
        pdf, docx = (ingest_file(DATA / "office" / f"{name}.{fmt}").documents[0] for fmt in ("pdf", "docx"))
        assert (pdf.effective, pdf.expires) == (docx.effective, docx.expires) != (None, None)
