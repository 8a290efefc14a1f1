"""Typeset the test PDFs with reportlab's built-in CJK font (STSong-Light).

    pip install reportlab && python tests/data/formats/make_pdfs.py

- guofa_2017_57_table.pdf: the decision's 16-row two-column table (cells from
  tests/golden/guofa_2017_57_rows.json, read off the source), rows allowed to
  break across pages and the header not repeated, as in the published PDF.
- zhejiang_regulation.pdf / henan_plan.pdf: the paragraphs of two documents of
  the bundled corpus as the text path reads them (a 章/条 regulation and a
  一、（一） plan), with page numbers and a running header on every page.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
BODY = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=17, wordWrap="CJK", firstLineIndent=22)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=15, wordWrap="CJK")
TITLE = ParagraphStyle("title", fontName=FONT, fontSize=16, leading=24, alignment=1, wordWrap="CJK")


def running_header(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    canvas.saveState()
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(A4[0] / 2, A4[1] - 36, "科技信息参考一带一路增刊")
    canvas.drawCentredString(A4[0] / 2, 30, str(doc.page))
    canvas.restoreState()


def build(name: str, story: list) -> None:  # type: ignore[type-arg]
    doc = SimpleDocTemplate(str(HERE / name), pagesize=A4, topMargin=72, bottomMargin=72, title=name)
    doc.build(story, onFirstPage=running_header, onLaterPages=running_header)


def ftz_table() -> None:
    rows = json.loads((ROOT / "tests/golden/guofa_2017_57_rows.json").read_text(encoding="utf-8"))
    left, right = "有关行政法规、国务院文件和经国务院批准的部门规章规定", "调整情况"
    data = [[Paragraph("序号", CELL), Paragraph(left, CELL), Paragraph(right, CELL)]]
    for row in rows:
        data.append([
            Paragraph(row["序号"], CELL),
            [Paragraph(t, CELL) for t in row[left].split("\n")],
            [Paragraph(t, CELL) for t in row[right].split("\n")],
        ])
    table = Table(data, colWidths=[36, 270, 150], repeatRows=0, splitInRow=1)
    # A row cut by the page break is closed at the page foot and reopened at the
    # top of the next page, as the ruled tables of published PDFs are.
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, colors.black),
        ("LINEABOVE", (0, "splitfirst"), (-1, "splitfirst"), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story = [
        Paragraph("国务院关于在自由贸易试验区暂时调整有关行政法规、国务院文件和经国务院批准的部门规章规定的决定", TITLE),
        Spacer(1, 12),
        Paragraph("国务院决定在自由贸易试验区暂时调整有关行政法规、国务院文件和经国务院批准的部门规章规定目录", BODY),
        Spacer(1, 8),
        table,
        Spacer(1, 8),
        Paragraph("注：第1项至第9项此前已经在上海、广东、天津、福建自由贸易试验区作了暂时调整，此次暂时调整适用于其他自由贸易试验区。"
                  "第10项至第16项适用于所有自由贸易试验区。", BODY),
    ]
    build("guofa_2017_57_table.pdf", story)


def document_pdf(title: str, name: str) -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from tests.helpers import ingest_file

    result = ingest_file(ROOT / "corpus/002_1ad516d9e8aad59b.txt")
    doc = next(d for d in result.documents if d.title == title)
    story = [Paragraph(title, TITLE), Spacer(1, 12)]
    for clause in (c for c in result.clauses if c.doc_id == doc.doc_id):
        for para in clause.text.split("\n"):
            story.append(Paragraph(para, BODY))
    build(name, story)


def bad_pdfs() -> None:
    """An encrypted PDF and a 'scanned' one (graphics only, no text layer)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(HERE / "encrypted.pdf"), pagesize=A4, encrypt=StandardEncryption("secret", canPrint=0))
    c.setFont(FONT, 12)
    c.drawString(72, 760, "需要密码才能打开的文件")
    c.save()
    c = canvas.Canvas(str(HERE / "scanned.pdf"), pagesize=A4)
    for i in range(40):  # grey bars where a scanner would have put an image of the text
        c.setFillGray(0.3)
        c.rect(72, 760 - i * 16, 420 - (i % 5) * 30, 9, stroke=0, fill=1)
    c.save()


if __name__ == "__main__":
    bad_pdfs()
    ftz_table()
    document_pdf("中国（浙江）自由贸易试验区条例", "zhejiang_regulation.pdf")
    document_pdf("河南省参与建设“一带一路”实施方案", "henan_plan.pdf")
