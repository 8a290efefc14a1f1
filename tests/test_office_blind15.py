"""Four more files written the way offices make them by someone who had not
read the reader (tests/data/office/blind15, made by make_blind15.py): a policy
compilation, an old table-laid ministry page in GBK, a 实施方案 with outline
numbering, and a legal database's text export."""

from __future__ import annotations

from tests.helpers import ingest_file

from .conftest import DATA

BLIND = DATA / "office" / "blind15"


def test_a_compilation_s_documents_under_their_date_and_number_notes() -> None:
    """Regression: a 汇编 prints each document's date and 文号 in brackets under its title
    (（2024年5月10日 鄂政发〔2024〕9号）) instead of a 文号 line; its three documents were read as one,
    titled by the compilation, their titles, notes and 主送 as clauses."""
    parsed = ingest_file(BLIND / "a_huibian.pdf")
    docs = {d.doc_number.text: d for d in parsed.documents if d.doc_number}
    assert set(docs) == {"鄂政发〔2024〕9号", "鄂政办发〔2024〕21号", "鄂商务发〔2024〕35号"}
    first = docs["鄂政发〔2024〕9号"]
    assert first.title == "湖北省人民政府关于进一步推进中国（湖北）自由贸易试验区高质量发展的若干意见"
    assert first.published == "2024-05-10" and first.issuers == ("湖北省人民政府",)
    assert first.addressees == "各市、州、县人民政府，省政府各部门"
    assert docs["鄂商务发〔2024〕35号"].issuers == ("湖北省商务厅",)
    assert not any(c.text.startswith("（2024年") for c in parsed.clauses)
    assert parsed.report.lost_lines == ()


def test_a_wrapped_line_that_starts_with_the_word_attachment_goes_on() -> None:
    """Regression: "…部分文件的" / "附件未予收录。…": a line opening with 附件 in a sentence was taken
    for an 附件说明 and cut the paragraph."""
    texts = [c.text for c in ingest_file(BLIND / "a_huibian.pdf").clauses]
    assert "本汇编所收文件以正式印发的文本为准。因篇幅所限，部分文件的附件未予收录。如有疏漏之处，敬请批评指正。" in texts


def test_a_legal_database_export_s_issuing_department_and_empty_last_field() -> None:
    """Regression: 【发布部门】 gave no issuer, and the export's empty 【相关附件】 at the end was read into
    the last article."""
    parsed = ingest_file(BLIND / "d_pkulaw.txt")
    assert parsed.documents[0].issuers == ("广西壮族自治区商务厅",)
    assert parsed.clauses[-1].text == "第十条 本办法自2024年7月18日起施行，有效期5年。"
