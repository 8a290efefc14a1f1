"""Office-made layout fixtures: Word files written with python-docx, PDFs
exported from them by LibreOffice, as offices make them.

    python tests/data/office/layout/make_layout.py   (needs soffice and fonts-noto-cjk)

The text is the bundled corpus's (corpus/002_*.txt, read through the text
path) and the golden rows of 国发〔2017〕57号; only the layout is made here.

- guofa_ruled_repeat: the decision with its 16-row attachment as a ruled
  table whose header row repeats at the top of every page (Word's "重复标题行"),
  rows allowed to break across pages, text above the table.
- guofa_borderless_a5: the same on A5 paper, the table without any rulings.
- guofa_borderless_repeat: A4, no rulings, the header row repeated on every
  page, under a running header.
- zhejiang_gazette: the 浙江 regulation (59 articles) in a gazette's two
  columns under a one-column masthead, with a running header and page numbers.
- compilation: seven documents of the 增刊, each on a new page under its title
  and 发布时间/来源/文件名称 block, as the printed compilation has them.
- crossed_gutter: two columns in which every third left paragraph runs across
  the gutter into the right column (a negative right indent), so that the
  reading order cannot be known: the ingest must say so.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

HERE = Path(__file__).parent
ROOT = HERE.parents[3]
FONT = "Droid Sans Fallback"
LEFT = "有关行政法规、国务院文件和经国务院批准的部门规章规定"
RIGHT = "调整情况"


def corpus() -> Any:
    sys.path.insert(0, str(ROOT))
    from tests.helpers import ingest_file

    return ingest_file(ROOT / "corpus/002_1ad516d9e8aad59b.txt")


def new_document(size: float = 12, a5: bool = False) -> Any:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.line_spacing = 1.15
    section = doc.sections[0]
    if a5:
        section.page_width, section.page_height = Mm(148), Mm(210)
        section.left_margin = section.right_margin = Mm(15)
        section.top_margin = section.bottom_margin = Mm(18)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(26)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    return doc


def page_number_footer(section: Any, header: str | None = None) -> None:
    """A centred "- n -" footer (a PAGE field) and, if given, a running header."""
    para = section.footer.paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run("- ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    para._p.append(field)
    para.add_run(" -")
    if header:
        section.header.paragraphs[0].text = header
        section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def heading(doc: Any, text: str, size: float = 18) -> None:
    para = doc.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = para.add_run(text)
    run.font.size = Pt(size)
    run.bold = True


def body(doc: Any, text: str, indent: bool = True) -> Any:
    para = doc.add_paragraph(text)
    para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        para.paragraph_format.first_line_indent = Pt(2 * doc.styles["Normal"].font.size.pt)
    return para


def right(doc: Any, text: str) -> None:
    doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def clauses_of(parsed: Any, title: str) -> list[Any]:
    doc = next(d for d in parsed.documents if d.title == title)
    return [c for c in parsed.clauses if c.doc_id == doc.doc_id]


def decision_front(doc: Any, parsed: Any) -> None:
    """Title, 文号 and the decision's text down to the table's own title."""
    first = parsed.documents[0]
    heading(doc, first.title)
    doc.add_paragraph(first.doc_number.text).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for clause in clauses_of(parsed, first.title):
        if clause.kind in ("table_header", "table_row", "note"):
            continue
        if clause.kind == "signature":
            right(doc, clause.text)
            if clause.text.endswith("日"):
                right(doc, "（此件公开发布）")
        elif clause.kind == "attachment":
            body(doc, clause.text.rstrip("：") , indent=False)
        elif clause.text.startswith("国务院决定在自由贸易试验区"):
            heading(doc, clause.text, size=doc.styles["Normal"].font.size.pt + 2)
        else:
            body(doc, clause.text, indent=not clause.text.endswith("："))


def set_widths(table: Any, widths: Sequence[float]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width)


def ftz_table(doc: Any, widths: Sequence[float], ruled: bool, repeat_header: bool) -> None:
    rows = json.loads((ROOT / "tests/golden/guofa_2017_57_rows.json").read_text(encoding="utf-8"))
    table = doc.add_table(rows=1, cols=3)
    if ruled:
        table.style = doc.styles["Table Grid"]
    header = table.rows[0]
    for cell, text in zip(header.cells, ("序号", LEFT, RIGHT), strict=True):
        cell.text = text
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if repeat_header:  # Word's "在各页顶端以标题行形式重复出现"
        mark = OxmlElement("w:tblHeader")
        mark.set(qn("w:val"), "true")
        header._tr.get_or_add_trPr().append(mark)
    for gold in rows:
        cells = table.add_row().cells
        cells[0].text = gold["序号"]
        cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for cell, key in ((cells[1], LEFT), (cells[2], RIGHT)):
            paragraphs = gold[key].split("\n")
            cell.text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
            for para in cell.paragraphs:
                para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    set_widths(table, widths)


def decision(parsed: Any, name: str, ruled: bool, repeat_header: bool, a5: bool, header: str | None = None) -> Path:
    doc = new_document(size=9 if a5 else 11, a5=a5)
    page_number_footer(doc.sections[0], header)
    decision_front(doc, parsed)
    ftz_table(doc, (12, 70, 36) if a5 else (14, 96, 48), ruled, repeat_header)
    note = clauses_of(parsed, parsed.documents[0].title)
    body(doc, next(c.text for c in note if c.kind == "note"))
    return save(doc, name)


def two_columns(section: Any, space_mm: float = 7) -> None:
    cols = section._sectPr.xpath("./w:cols")
    node = cols[0] if cols else OxmlElement("w:cols")
    node.set(qn("w:num"), "2")
    node.set(qn("w:space"), str(int(space_mm * 56.7)))
    if not cols:
        section._sectPr.append(node)


def gazette(parsed: Any) -> Path:
    title = "中国（浙江）自由贸易试验区条例"
    doc = new_document(size=9)
    page_number_footer(doc.sections[0], header="浙江省人民代表大会常务委员会公报")
    heading(doc, title, size=16)
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    two_columns(section)
    for clause in clauses_of(parsed, title):
        if clause.kind == "heading" or clause.text == "目 录":
            doc.add_paragraph(clause.text).alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            for para in clause.text.split("\n"):
                body(doc, para)
    return save(doc, "zhejiang_gazette")


COMPILED = (  # seven documents of the 增刊, short and long, in its order (few pages: the PDF stays small)
    "中国人民银行关于进一步完善人民币跨境业务政策促进贸易投资便利化的通知",
    "国家标准委 国家发展改革委 商务部关于印发《外商投资企业参与我国标准化工作的指导意见》的通知",
    "中国保监会关于保险业服务“一带一路”建设的指导意见",
    "关于提高科技型中小企业研究开发费用税前加计扣除比例的通知",
    "国家质量监督检验检疫总局“一带一路”计量合作愿景与行动",
    "天津市“一带一路”科技创新合作行动计划（2017—2020年）",
    "浙江省发展改革委关于印发《宁波“一带一路”建设综合试验区总体方案》的通知",
)


def compilation(parsed: Any) -> Path:
    doc = new_document(size=10.5)
    page_number_footer(doc.sections[0], header="科技信息参考·一带一路增刊")
    for n, title in enumerate(COMPILED):
        if n:
            doc.add_page_break()
        meta = next(d for d in parsed.documents if d.title == title)
        heading(doc, title, size=15)
        doc.add_paragraph(f"发布时间：{meta.published}")
        doc.add_paragraph(f"来源：{meta.source_name}")
        if meta.doc_number:
            doc.add_paragraph(f"文件名称：{meta.doc_number.text}")
        for clause in clauses_of(parsed, title):
            for para in clause.text.split("\n"):
                body(doc, para, indent=clause.kind != "heading")
    return save(doc, "compilation")


def crossed_gutter(parsed: Any) -> Path:
    title = "中国（浙江）自由贸易试验区条例"
    doc = new_document(size=9)
    heading(doc, title, size=16)
    section = doc.add_section(WD_SECTION.CONTINUOUS)
    two_columns(section, space_mm=5)
    articles = [c for c in clauses_of(parsed, title) if c.kind == "article"][:16]
    for n, clause in enumerate(articles):
        para = body(doc, clause.text.split("\n")[0])
        if n % 3 == 1:  # set wider than its column: it runs over the gutter
            para.paragraph_format.right_indent = Mm(-45)
    return save(doc, "crossed_gutter")


def save(doc: Any, name: str) -> Path:
    path = HERE / f"{name}.docx"
    doc.core_properties.author = "bri-kb tests"
    doc.save(str(path))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                   check=True, capture_output=True)
    return path


if __name__ == "__main__":
    text = corpus()
    decision(text, "guofa_ruled_repeat", ruled=True, repeat_header=True, a5=False)
    decision(text, "guofa_borderless_a5", ruled=False, repeat_header=False, a5=True)
    decision(text, "guofa_borderless_repeat", ruled=False, repeat_header=True, a5=False, header="中华人民共和国国务院公报")
    gazette(text)
    compilation(text)
    crossed_gutter(text)
