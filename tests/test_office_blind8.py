"""Five more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind8, made by make_blind8.py): a chain of
three 转发, a 十四五 规划 with a cover, 专栏 and a long 附表, an 意见 with its
政策解读, 若干措施 whose 文号 and date stand only in the page header and footer,
a 权责清单. Each test is a problem a first reading showed."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind8"


def test_an_attachment_list_wrapped_under_its_items_in_a_pdf() -> None:
    """Regression: the PDF sets each 附件说明 item's wrapped line under the item's text ("2.…重点项" /
    "目清单"); each such line was read as a new paragraph, so the attachments were cut ("…重点项"), the later
    ones lost, and the last swallowed the signature ("…业务办理指南西安市人民政府")."""
    (doc,) = ingest_file(BLIND / "r_xian_opinion_interpretation.pdf").documents[:1]
    assert doc.attachments == (
        "中欧班列（西安）集结中心建设重点任务分工表", "中欧班列（西安）集结中心2023—2025年重点项目清单",
        "西安市支持中欧班列“长安号”开行的资金奖补标准、申报条件及办理流程",
        "中国（陕西）自由贸易试验区西安区域与中欧班列沿线国家（地区）经贸合作重点城市名录",
        "西安国际港务区跨境电商监管中心业务办理指南")
    assert doc.signed == "2023-06-01"
    parsed = ingest_file(BLIND / "t_hunan_power_list.pdf")
    assert parsed.documents[0].attachments == ("中国（湖南）自由贸易试验区长沙片区管理委员会权责清单（2023年版）",)
    assert [c.text for c in parsed.clauses if c.kind == "signature"] == [
        "中国（湖南）自由贸易试验区长沙片区管理委员会", "2023年6月1日"]


def test_the_attachment_list_and_signature_belong_to_the_whole_text() -> None:
    """Regression: the 附件说明 and the signature under the last item (三、本通知自公布之日起施行…) were filed
    under that item."""
    for fmt in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"t_hunan_power_list.{fmt}")
        assert {c.path for c in parsed.clauses if c.kind in ("attachment", "signature")} == {()}, fmt


def test_an_appended_table_atop_its_page_after_a_finished_sentence() -> None:
    """Regression: "附表" opening a page right after a sentence ending in 。 was glued to that paragraph
    ("…2025年开展总结评估。附表"), and the 附表's 48 rows sat under 第四章."""
    parsed = ingest_file(BLIND / "q_ningbo_plan_14th.pdf")
    heading = next(c for c in parsed.clauses if c.label == "附表")
    assert heading.text == "附表\n宁波市“十四五”时期参与“一带一路”建设重大项目表"
    assert not [c for c in parsed.clauses if c.text.endswith("附表")]
    rows = [c for c in parsed.clauses if c.kind == "table_row" and c.path and c.path[0].startswith("附表")]
    assert len(rows) == 49 and rows[-1].fields["序号"] == "合计"  # 48 projects and the total


def test_word_bullets_and_their_wrapped_lines() -> None:
    """Regression: Word's Symbol-font bullet came out as U+F0B7 at the start of every 专栏 item, and in the
    PDF each wrapped line of a bulleted item was a paragraph of its own ("…进出口额3112.6亿" / "元，占…")."""
    for fmt in ("docx", "pdf"):
        clauses = ingest_file(BLIND / f"q_ningbo_plan_14th.{fmt}").clauses
        assert not [c for c in clauses if "\uf0b7" in c.text], fmt
        item = next(c for c in clauses if "经贸合作：" in c.text and c.kind == "paragraph")
        assert item.text.replace(" ", "") == "•经贸合作：2020年对“一带一路”沿线国家进出口额3112.6亿元，占全市外贸比重31.8%。", fmt


def test_a_chain_of_forwarded_documents_each_with_its_number_above_its_title() -> None:
    """Regression: a forwarded 公文 set as GB/T 9704 sets it (its mark, its 文号, then its 标题) was not split
    off; only one whose 标题 stood above its 文号 was. The three levels of 转发 were one document, cited as
    常政办发〔2023〕45号, with the innermost's attachments and the middle's 附注; in the PDF the middle's 主送,
    wrapped after a comma ("…南京、苏州、" / "连云港片区综合协调局："), was not read as one."""
    for fmt in ("docx", "pdf"):
        docs = ingest_file(BLIND / f"p_changzhou_forward_chain.{fmt}").documents
        assert [d.doc_number.text if d.doc_number else None for d in docs] == [
            "常政办发〔2023〕45号", "苏商自贸〔2023〕61号", "商自贸函〔2023〕118号"], fmt
        assert [d.level for d in docs] == ["municipal", "provincial", "ministry"], fmt
        assert [len(d.attachments) for d in docs] == [0, 0, 2], fmt
        assert docs[1].addressees == "各设区市商务局，中国（江苏）自由贸易试验区南京、苏州、连云港片区综合协调局", fmt
        assert docs[1].remarks == "（联系人：吴磊，联系电话：025-57710000）", fmt


def test_a_number_and_a_date_printed_only_in_the_page_header_and_footer() -> None:
    """Regression: 若干措施 whose 文号 stands only in the page header ("广州市商务局规范性文件	穗商务规字〔2023〕3号")
    and its date only in the footer ("广州市商务局　2023年6月1日发布") had neither: headers and footers were
    dropped and nothing of them was kept. (The PDF's footer is dropped by the text's own repeat check, and
    its date is still not read.)"""
    for fmt in ("docx", "pdf"):
        (doc,) = ingest_file(BLIND / f"s_guangzhou_measures_header.{fmt}").documents
        assert doc.doc_number is not None and doc.doc_number.text == "穗商务规字〔2023〕3号", fmt
    (doc,) = ingest_file(BLIND / "s_guangzhou_measures_header.docx").documents
    assert doc.published == "2023-06-01"
    for fmt in ("docx", "pdf"):  # the fifth round's plan: its 文号 in the running header only
        (plan,) = ingest_file(DATA / "office" / "blind5" / f"c_hubei_plan_headings.{fmt}").documents
        assert plan.doc_number is not None and plan.doc_number.text == "鄂自贸办发〔2023〕12号", fmt


def test_a_policy_interpretation_printed_after_the_policy() -> None:
    """Regression: the 政策解读 printed after the 意见 in the same file ("《…的意见》政策解读", its questions 一、…？
    and 解读机关) was read as more items of the 意见 (一、第2处 …) under its last attachment."""
    for fmt in ("docx", "pdf"):
        policy, reading = ingest_file(BLIND / f"r_xian_opinion_interpretation.{fmt}").documents
        assert policy.doc_number is not None and policy.doc_number.text == "市政发〔2023〕12号", fmt
        assert reading.title == ("《西安市人民政府关于加快中欧班列（西安）集结中心建设助力中国（陕西）自由贸易试验区"
                                 "高质量发展的意见》政策解读"), fmt
        assert reading.issuers == ("西安市发展和改革委员会",), fmt


def test_a_plan_s_cover_names_the_organs_that_drew_it_up() -> None:
    """Regression: the cover under the 规划's title (宁波市发展和改革委员会 / 宁波市商务局 / 二〇二一年八月) gave no
    issuer and became the first three paragraphs; in the Word file the title printed again atop the first
    page was two more."""
    for fmt in ("docx", "pdf"):
        parsed = ingest_file(BLIND / f"q_ningbo_plan_14th.{fmt}")
        (doc,) = parsed.documents
        assert doc.issuers == ("宁波市发展和改革委员会", "宁波市商务局"), fmt
        assert parsed.clauses[0].text.startswith("“十四五”时期是宁波高水平建设“一带一路”综合试验区"), fmt


def test_paragraphs_inside_one_cell_keep_a_break_before_their_number() -> None:
    """Regression: a 职权依据 cell of two paragraphs ("1.《中华人民共和国邮政法》第五十一条" / "2.《快递暂行条例》
    第十七条") read "…第五十一条2.《快递暂行条例》…", the second item's number run into the first article's."""
    rows = [c for c in ingest_file(BLIND / "t_hunan_power_list.docx").clauses if c.kind == "table_row"]
    assert rows[0].fields["职权依据"] == "1.《中华人民共和国邮政法》第五十一条 2.《快递暂行条例》第十七条"
