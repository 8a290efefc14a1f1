"""Five more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind9, made by make_blind9.py): a notice
carrying a 办法 (as Word, PDF and a text copied out of the PDF), a 实施方案 with
its task table, a 管理办法 saved as its own attachment, a joint 公告 of 200
names, a portal page. Each test is a problem a first reading showed."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind9"
MEASURES = "中国（山东）自由贸易试验区制度创新成果评估认定办法"


def test_the_attachment_list_does_not_swallow_the_signature_and_the_attachment() -> None:
    """Regression: the 附件说明, the signature, its date, the "附件" line and the attached 办法's title were one
    clause ("附件：…评估认定办法山东省商务厅2023年6月1日附件中国（山东）…"): short lines in a run were taken for a
    table printed cell by cell. In the PDF the 附件说明 stood atop page 2, its wrap set under its text; in
    Word and the text copy the attached 办法's title took two paragraphs and was cut."""
    for name in ("y_shandong_notice_measures.docx", "y_shandong_notice_measures.pdf", "y_shandong_notice_copy.txt"):
        parsed = ingest_file(BLIND / name)
        doc = parsed.documents[0]
        assert (doc.attachments, doc.signed) == ((MEASURES,), "2023-06-01"), name
        assert [c.text for c in parsed.clauses if c.kind == "signature"] == ["山东省商务厅", "2023年6月1日"], name
        heading = next(c for c in parsed.clauses if c.kind == "heading" and c.text.startswith("附件\n"))
        assert heading.text == f"附件\n{MEASURES}", name
        articles = [c for c in parsed.clauses if c.kind == "article"]
        assert len(articles) == 11, name


def test_an_addressee_list_ending_with_colleges() -> None:
    """Regression: Fujian's 主送 ends "…各大企业，各高等院校："; 院校 was no organ ending, so the 主送 was a
    paragraph and the document had no addressees."""
    for fmt in ("docx", "pdf"):
        (doc,) = ingest_file(BLIND / f"u_fujian_plan_tasks.{fmt}").documents
        assert doc.addressees == ("各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构，各大企业，"
                                  "各高等院校"), fmt


def test_an_attachment_saved_as_a_file_of_its_own() -> None:
    """Regression: a 管理办法 saved as the attachment of its notice opens with "附件" above its title: the title
    was "附件" (Word) or "附件中国（广西）…管理办法" (PDF), and the level was 'other'."""
    for fmt in ("docx", "pdf"):
        (doc,) = ingest_file(BLIND / f"v_guangxi_measures_items.{fmt}").documents
        assert doc.title == "中国（广西）自由贸易试验区跨境电子商务公共海外仓认定管理办法", fmt
        assert (doc.level, doc.region, doc.expires) == ("provincial", "广西壮族自治区", "2028-06-30"), fmt


def test_a_joint_announcement_with_its_organs_stacked_over_its_number() -> None:
    """Regression: 中华人民共和国商务部 / 中华人民共和国海关总署 / 公　告 / 2023年第21号 over the 公告's own title gave
    the title "中华人民共和国商务部" in Word, and in the PDF (where the two organ lines were joined as one
    wrapped heading) the issuer "商务部中华人民共和国海关总署"."""
    for fmt in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"w_mofcom_announcement_200.{fmt}")
        (doc,) = parsed.documents
        assert doc.title == "关于公布自由贸易试验区跨境电子商务重点培育企业名单的公告", fmt
        assert (doc.issuers, doc.level) == (("商务部", "海关总署"), "ministry"), fmt
        assert doc.wrapper == "中华人民共和国商务部 中华人民共和国海关总署公告（2023年第21号）", fmt
        assert len([c for c in parsed.clauses if c.kind == "table_row"]) == 200, fmt


def test_a_portal_page_repeating_its_title_over_several_lines() -> None:
    """Regression: the page's body repeats its title broken over three lines (河南省人民政府办公厅 / 关于推进… /
    …联动发展的通知); they were three clauses, and the 主送 under them was a paragraph, not the addressees."""
    parsed = ingest_file(BLIND / "x_henan_portal_page.html")
    (doc,) = parsed.documents
    assert doc.addressees == "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门"
    assert doc.doc_number is not None and doc.doc_number.text == "豫政办〔2023〕28号"
    assert parsed.clauses[0].text.startswith("为深入贯彻落实习近平总书记关于支持建设郑州—卢森堡")


def test_an_inline_item_number_wrapped_to_the_start_of_a_pdf_line() -> None:
    """Regression: in the PDF, 第七条's line wrapped right before its inline "（三）"; the line was read as a new
    paragraph and the article held "…面积不符的；\\n（三）近一年内…", unlike the Word file."""
    pdf = next(c for c in ingest_file(BLIND / "v_guangxi_measures_items.pdf").clauses if c.label == "第七条")
    word = next(c for c in ingest_file(BLIND / "v_guangxi_measures_items.docx").clauses if c.label == "第七条")
    assert "面积不符的；（三）近一年内" in pdf.text and pdf.text.split("\n")[0] == word.text.split("\n")[0]
