# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 100: a notice and its attachments uploaded as separate files, the way a provincial site publishes them.

浙江省商务厅 浙商务函〔2025〕46号 关于组织开展2025年度“一带一路”境外经贸合作区申报工作的通知 (.docx + PDF), and as separate uploads:
  附件1：2025年境外经贸合作区申报指南 (.docx + PDF; first line "附件1" above the title, no 版头/落款),
  附件2：2025年境外经贸合作区申报汇总表 (.xlsx, openpyxl re-saved by LibreOffice Calc: row 1 "附件2", title row,
         填报单位/填报日期 row, header, one 示例 row, blank rows, 注 rows; a visible 填表说明 sheet and a hidden 下拉选项 sheet),
  附件3：信用承诺书 (.docx + PDF template: ____ blanks, □ checkboxes, 承诺单位（盖章）/ 年 月 日 lines).

Writes the files, and expected.json keyed by file stem, next to itself.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS, HT, KT, XBS, SONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"


def font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=0, size=16, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None: p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.widow_control = False


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr"); ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    bdr.append(e)


class Doc:
    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = FS; st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        s = self.d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
        s.footer_distance = Mm(24)
        self.d.settings.odd_and_even_pages_header_footer = True
        self._footers(s)
        self.footnotes = []  # (id, text)

    def _pagefield(self, p):
        def r(t=None):
            run = p.add_run(t or ""); font(run, SONG, 14); return run
        r("— ")
        for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
            run = r()
            if kind:
                fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._r.append(fc)
            elif instr:
                it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; run._r.append(it)
            else:
                run.text = "1"
        r(" —")

    def _footers(self, s):
        p = s.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(14); self._pagefield(p)
        p = s.even_page_footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Pt(14); self._pagefield(p)

    # ---- furniture
    def masthead(self, org, size, docno):
        fmt(self.d.add_paragraph(), exact=12)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=size * 1.3)
        font(p.add_run(org), XBS, size, color=RED)
        for _ in range(1):
            fmt(self.d.add_paragraph(), exact=28.9)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=6)
        font(p.add_run(docno), FS, 16)
        border(p, "bottom", "FF0000", 18)
        fmt(self.d.add_paragraph(), exact=28.9)

    def title(self, text, pagebreak=False):
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
        if pagebreak: p.paragraph_format.page_break_before = True
        font(p.add_run(text), XBS, 22)
        fmt(self.d.add_paragraph(), exact=28.9)

    def plain(self, text, name=FS, indent=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=16, bold=False, pagebreak=False):
        p = self.d.add_paragraph(); fmt(p, align, indent, size)
        if pagebreak: p.paragraph_format.page_break_before = True
        self._runs(p, text, name, size, bold)
        return p

    def _runs(self, p, text, name, size, bold=False):
        # {fn:...} marks a footnote
        while "{fn:" in text:
            a, rest = text.split("{fn:", 1)
            fn, text = rest.split("}", 1)
            if a: font(p.add_run(a), name, size, bold)
            self._fnref(p, fn)
        if text: font(p.add_run(text), name, size, bold)

    def run_in(self, head, headfont, body):
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 2)
        font(p.add_run(head), headfont, 16, bold=(headfont == FS))
        if body: self._runs(p, body, FS, 16)
        return p

    def _fnref(self, p, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        r = p.add_run(); font(r, FS, 16)
        r.font.superscript = True
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid)); r._r.append(ref)

    def blank(self, n=1):
        for _ in range(n): fmt(self.d.add_paragraph(), exact=28.9)

    def sign(self, org, date):
        self.blank(1)
        ri = Pt(64) if len(org) <= 16 else Pt(0)  # long organ names sit flush right rather than wrap
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = ri
        font(p.add_run(org), FS, 16)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
        font(p.add_run(date), FS, 16)

    def banji(self, cc, printer, pdate):
        self.blank(1)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, size=14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8); border(p, "bottom", "000000", 4)
        font(p.add_run(cc), FS, 14)
        p.paragraph_format.keep_with_next = True
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, size=14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        border(p, "bottom", "000000", 8)
        font(p.add_run(printer + "\u3000" * 2 + pdate), FS, 14)

    def save(self, path):
        if self.footnotes:
            self._write_footnotes()
        self.d.save(path)

    def _write_footnotes(self):
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        items = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.footnotes:
            rpr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr>'
            items.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="24"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r>{rpr}<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' + "".join(items) + "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def cell_text(cell, text, name=FS, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        fmt(p, align, size=size, exact=size * 1.45)
        if ln: font(p.add_run(ln), name, size, bold)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def convert(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def heading(doc, text, level, name=HT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT):
    """A real Word heading style (Heading N) dressed in the official fonts."""
    p = doc.d.add_paragraph(style="Heading %d" % level)
    fmt(p, align, 0, size, before=6, after=6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text); font(r, name, size, bold=False, color=RGBColor(0, 0, 0))
    r.font.italic = False
    return p


def boldpara(doc, text, name=FS, size=16, indent=0):
    """A heading typed as a plain Normal paragraph in bold."""
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent, size, before=6)
    font(p.add_run(text), name, size, bold=True)
    return p


def table(doc, header, rows, widths):
    t = doc.d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, FS, 12, WD_ALIGN_PARAGRAPH.CENTER if i else WD_ALIGN_PARAGRAPH.LEFT)
    set_widths(t, widths)
    return t


def caption(doc, text):
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, size=14, before=6)
    font(p.add_run(text), HT, 14)


def rowclause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


# ============================================================ content
import shutil
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

ORG = "浙江省商务厅"
A_STEM = "浙江省商务厅关于组织开展2025年度“一带一路”境外经贸合作区申报工作的通知"
B_STEM = "附件1：2025年境外经贸合作区申报指南"
C_STEM = "附件2：2025年境外经贸合作区申报汇总表"
D_STEM = "附件3：信用承诺书"
A_TITLE = "浙江省商务厅关于组织开展2025年度“一带一路”境外经贸合作区申报工作的通知"
A_NO = "浙商务发〔2025〕46号"
ATT = ["2025年境外经贸合作区申报指南", "2025年境外经贸合作区申报汇总表", "信用承诺书"]

A_PRE = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动我省境外经贸合作区提质升级，根据《浙江省境外经贸合作区管理办法》（浙商务发〔2023〕58号），省商务厅决定组织开展2025年度省级境外经贸合作区申报和复核工作。现将有关事项通知如下："
# (kind, head, body)  kind: h1 黑体 line / h2 楷体 run-in / p plain
A_BODY = [
    ("h1", "一、申报范围", None),
    ("h2", "（一）新申报。", "由我省企业作为实施主体在境外投资建设、已完成主要基础设施建设并有企业入驻的合作区，可申报省级境外经贸合作区。"),
    ("h2", "（二）复核。", "2022年认定的省级境外经贸合作区须参加本次复核，复核结果分为“通过”“限期整改”“撤销认定”三档。"),
    ("h1", "二、申报条件", None),
    ("p", None, "申报合作区应同时符合以下条件："),
    ("p", None, "1．实施企业为在我省注册的独立法人，近三年无重大违法违规记录，未被列入严重失信主体名单。"),
    ("p", None, "2．合作区规划面积不低于1平方公里，已开发面积不低于0.5平方公里，累计投资额不低于3000万美元。"),
    ("p", None, "3．入区企业不少于10家，其中中资企业不少于5家，带动当地就业不少于500人。"),
    ("p", None, "4．合作区所在国已与我国签署共建“一带一路”合作文件。"),
    ("h1", "三、申报材料", None),
    ("p", None, "申报企业应按照《2025年境外经贸合作区申报指南》（附件1）要求，提交以下材料："),
    ("h2", "（一）", "申请报告（含合作区基本情况、建设运营情况、发展规划等）；"),
    ("h2", "（二）", "《2025年境外经贸合作区申报汇总表》（附件2）；"),
    ("h2", "（三）", "《信用承诺书》（附件3），须由法定代表人签字并加盖企业公章；"),
    ("h2", "（四）", "企业境外投资备案（核准）文件、营业执照复印件；"),
    ("h2", "（五）", "经会计师事务所审计的合作区近两年财务报告。"),
    ("p", None, "申报材料一式三份，A4纸双面打印、装订成册，并提供电子版（PDF格式）。"),
    ("h1", "四、时间安排", None),
    ("h2", "（一）企业申报。", "申报企业于2025年6月20日前将申报材料报送所在设区市商务局。"),
    ("h2", "（二）市级初审。", "各设区市商务局对申报材料进行初审，于2025年6月30日17:00前将初审意见、汇总表及申报材料报送省商务厅（对外投资和经济合作处），逾期不予受理。"),
    ("h2", "（三）评审认定。", "省商务厅会同省财政厅组织专家评审，评审结果在省商务厅门户网站公示5个工作日。"),
    ("h1", "五、工作要求", None),
    ("h2", "（一）", "各设区市商务局要高度重视，认真组织辖区企业申报，严格审核把关。"),
    ("h2", "（二）", "申报企业对所提交材料的真实性、合法性负责。对弄虚作假的，取消申报资格，3年内不得再次申报，并纳入信用记录。"),
    ("p", None, "联系人：省商务厅对外投资和经济合作处　陈晓东，联系电话：0571-87059312。"),
]


def body(doc, items):
    for kind, head, text in items:
        if kind == "h1":
            doc.plain(head, name=HT)
        elif kind == "h2":
            doc.run_in(head, KT if head.endswith("。") else FS, text)
        else:
            doc.plain(text)


def attach_note(doc, titles):
    for i, t in enumerate(titles, 1):
        p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
        if i == 1:
            p.paragraph_format.left_indent = Pt(32); font(p.add_run("附件：%d．%s" % (i, t)), FS, 16)
            p.paragraph_format.first_line_indent = None
        else:
            p.paragraph_format.left_indent = Pt(80); font(p.add_run("%d．%s" % (i, t)), FS, 16)


def build_a(path):
    doc = Doc()
    doc.masthead("浙江省商务厅文件", 48, A_NO)
    doc.title("浙江省商务厅关于组织开展2025年度“一带一路”\n境外经贸合作区申报工作的通知".replace("\n", ""))
    doc.plain("各设区市商务局，有关企业：", indent=0)
    doc.plain(A_PRE)
    body(doc, A_BODY)
    doc.blank(1)
    attach_note(doc, ATT)
    doc.blank(2)
    doc.sign(ORG, "2025年5月20日")
    doc.plain("（此件公开发布）")
    doc.blank(3)
    doc.banji("抄送：商务部对外投资和经济合作司，省财政厅，省外办。", "浙江省商务厅办公室", "2025年5月20日印发")
    doc.save(path)


def expected_a():
    cl = [A_PRE]
    for kind, head, text in A_BODY:
        if kind == "h1":
            continue
        cl.append((head or "") + text)
    return [{"meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": [ORG], "date": "2025-05-20", "level": "provincial",
                      "region": "浙江省", "effective": None, "expires": None, "attachments": ATT},
             "clauses": cl,
             "_note": "Furniture: 版头 浙江省商务厅文件, 文号 line, 主送 各设区市商务局，有关企业：, 附件说明 (3 lines -> attachments meta), 落款/日期, "
                      "（此件公开发布）, 版记 抄送/印发, page numbers. 一、… lines are headings (not clauses; labels 一/（一）). "
                      "三、(一)…(五) items may be clauses or one list; items 1．-4. under 二、 are separate conditions. The 联系人 line is tolerable as a clause. "
                      "The attachments are NOT in this file (uploaded separately): no text of 附件1-3 should appear; ideally the reader links the "
                      "separately uploaded 附件 files to this notice by title."}]


B_TITLE = "2025年境外经贸合作区申报指南"
B_TAB_H = ["指标类别", "具体指标", "分值"]
B_TAB = [["建设规模", "规划面积、已开发面积、累计投资额", "25"],
         ["招商运营", "入区企业数、中资企业占比、总产值", "30"],
         ["社会效益", "带动当地就业、纳税、社会责任履行", "20"],
         ["服务功能", "一站式服务、融资、法律咨询等公共服务平台", "15"],
         ["风险防控", "安全生产、合规经营、应急预案", "10"],
         ["合计", "—", "100"]]
B_BODY1 = [
    ("h1", "一、申报主体", None),
    ("p", None, "申报主体为在浙江省内注册、作为合作区实施企业的独立法人。两家以上企业共同投资建设的，由控股企业作为申报主体。"),
    ("h1", "二、认定条件", None),
    ("p", None, "申报合作区应符合《浙江省商务厅关于组织开展2025年度“一带一路”境外经贸合作区申报工作的通知》规定的申报条件，并按下表评分："),
]
B_BODY2 = [
    ("p", None, "评审得分60分以上（含60分）的，认定为省级境外经贸合作区；复核得分低于60分的，限期整改一年，整改后仍不达标的撤销认定。"),
    ("h1", "三、申报材料", None),
    ("h2", "（一）申请报告。", "主要包括："),
    ("p", None, "1．实施企业基本情况；"),
    ("p", None, "2．合作区建设运营情况；"),
    ("p", None, "3．入区企业名单；"),
    ("p", None, "4．下一步发展规划。"),
    ("h2", "（二）申报汇总表。", "按附件2格式填写，由设区市商务局汇总后报送。"),
    ("h2", "（三）信用承诺书。", "按附件3格式填写，由法定代表人签字并加盖企业公章。"),
    ("h2", "（四）证明材料。", "企业境外投资备案（核准）文件（《企业境外投资证书》）、营业执照复印件、合作区土地使用权证明、近两年审计报告。"),
    ("h1", "四、申报程序", None),
    ("h2", "（一）", "企业于2025年6月20日前向所在设区市商务局提交申报材料。"),
    ("h2", "（二）", "设区市商务局于2025年6月30日17:00前完成初审并报省商务厅。"),
    ("h2", "（三）", "省商务厅于2025年7月组织专家评审，8月公示认定结果。"),
    ("h1", "五、其他事项", None),
    ("h2", "（一）", "已通过商务部确认考核的国家级境外经贸合作区，不再重复申报省级境外经贸合作区。"),
    ("h2", "（二）", "本指南由浙江省商务厅负责解释。"),
]


def build_b(path):
    doc = Doc()
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT); font(p.add_run("附件1"), HT, 16)
    doc.blank(1)
    doc.title(B_TITLE)
    body(doc, B_BODY1)
    caption(doc, "省级境外经贸合作区评价指标")
    table(doc, B_TAB_H, B_TAB, [40, 95, 25])
    body(doc, B_BODY2)
    doc.save(path)


def expected_b():
    cl = [t for k, h, t in B_BODY1 if k != "h1"]
    cl += [rowclause(B_TAB_H, r) for r in B_TAB]
    for kind, head, text in B_BODY2:
        if kind != "h1":
            cl.append((head or "") + text)
    return [{"meta": {"title": B_TITLE, "doc_number": None, "issuer": [], "date": None, "level": "provincial", "region": "浙江省",
                      "effective": None, "expires": None, "attachments": [], "attachment_of": A_TITLE, "attachment_no": "附件1"},
             "clauses": cl,
             "_note": "The first line '附件1' is an attachment marker, not the title and not a clause (title '附件1' is high). No 版头, 文号, 落款 or "
                      "date: doc_number/date must stay empty (a date invented from 2025年6月20日 is wrong). Issuer not stated in the file; "
                      "浙江省商务厅 inferred from the parent notice or from '本指南由浙江省商务厅负责解释' is fine, empty is tolerable. "
                      "Caption '省级境外经贸合作区评价指标' is furniture; 合计 row tolerable either way. '（一）申请报告。主要包括：' and its 1.-4. "
                      "may be merged into one clause (tolerable)."}]


C_TITLE = "2025年境外经贸合作区申报汇总表"
C_H = ["序号", "合作区名称", "所在国家（地区）", "实施企业", "企业所在地", "规划面积（平方公里）", "已开发面积（平方公里）",
       "累计投资额（万美元）", "入区企业数（家）", "其中：中资企业（家）", "年总产值（万美元）", "带动当地就业（人）", "申报类型", "联系人及电话"]
C_EX = ["示例", "中国—印度尼西亚（苏拉威西）浙商产业园", "印度尼西亚", "浙江××实业投资有限公司", "浙江省××市", "5.2", "2.8",
        "18600", "36", "21", "42500", "3200", "新申报", "张××  1385712××××"]
C_NOTES = ["注：1．金额按2024年12月31日中国人民银行公布的人民币汇率中间价折算为美元。",
           "2．数据统计截至2024年12月31日。",
           "3．“申报类型”请从下拉列表中选择“新申报”或“复核”；“示例”行仅供参考，报送时请删除。"]
C_GUIDE = ["1．“合作区名称”应与企业境外投资备案文件所载名称一致。",
           "2．“规划面积”“已开发面积”单位为平方公里，保留一位小数。",
           "3．“入区企业数”指在合作区内注册并实际经营的企业数量，其中中资企业包括我国企业在东道国设立的子公司。",
           "4．“带动当地就业”指合作区内企业雇用的东道国员工人数。",
           "5．本表由设区市商务局汇总填报，加盖公章后随初审意见一并报送。"]


def build_c(path):
    wb = Workbook(); ws = wb.active; ws.title = "申报汇总表"
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    n = len(C_H); last = get_column_letter(n)
    ws["A1"] = "附件2"; ws["A1"].font = Font(name="黑体", size=14)
    ws.merge_cells(f"A2:{last}2"); ws["A2"] = C_TITLE
    ws["A2"].font = Font(name="方正小标宋简体", size=20); ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 40
    ws.merge_cells("A3:G3"); ws["A3"] = "填报单位（盖章）："
    ws.merge_cells(f"H3:{last}3"); ws["H3"] = "填报日期：　　　　年　　月　　日"
    ws["H3"].alignment = Alignment(horizontal="right")
    for c in ("A3", "H3"): ws[c].font = Font(name="仿宋_GB2312", size=12)
    for i, h in enumerate(C_H, 1):
        c = ws.cell(4, i, h); c.font = Font(name="黑体", size=11); c.border = B
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[4].height = 48
    for i, v in enumerate(C_EX, 1):
        try:
            v = float(v) if "." in v else int(v)
        except ValueError:
            pass
        c = ws.cell(5, i, v); c.border = B; c.font = Font(name="仿宋_GB2312", size=11, italic=True, color="808080")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r in range(6, 16):
        for i in range(1, n + 1):
            ws.cell(r, i).border = B
        ws.row_dimensions[r].height = 24
    for k, t in enumerate(C_NOTES):
        r = 17 + k
        ws.merge_cells(f"A{r}:{last}{r}"); ws[f"A{r}"] = t; ws[f"A{r}"].font = Font(name="仿宋_GB2312", size=11)
    ws.merge_cells(f"A21:{last}21"); ws["A21"] = "填表人：　　　　　　　　联系电话：　　　　　　　　审核人："
    ws["A21"].font = Font(name="仿宋_GB2312", size=12)
    widths = [6, 26, 12, 22, 14, 10, 10, 12, 10, 10, 12, 10, 10, 18]
    for i, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    # hidden list sheet + validation
    hs = wb.create_sheet("下拉选项")
    hs["A1"] = "申报类型"; hs["A2"] = "新申报"; hs["A3"] = "复核"
    hs["B1"] = "所在大洲"; hs["B2"] = "亚洲"; hs["B3"] = "非洲"; hs["B4"] = "欧洲"; hs["B5"] = "拉丁美洲"
    hs.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=下拉选项!$A$2:$A$3", allow_blank=True); ws.add_data_validation(dv); dv.add("M5:M15")
    gs = wb.create_sheet("填表说明", 1)
    gs["A1"] = "填表说明"; gs["A1"].font = Font(name="黑体", size=16)
    for k, t in enumerate(C_GUIDE, 2):
        gs.cell(k, 1, t).font = Font(name="仿宋_GB2312", size=12)
    gs.column_dimensions["A"].width = 110
    wb.save(path)


def expected_c():
    ex = "；".join(f"{h}：{v}" for h, v in zip(C_H, C_EX))
    return [{"meta": {"title": C_TITLE, "doc_number": None, "issuer": [], "date": None, "level": "provincial", "region": "浙江省",
                      "effective": None, "expires": None, "attachments": [], "attachment_of": A_TITLE, "attachment_no": "附件2"},
             "clauses": C_NOTES,
             "_note": "Row 1 '附件2' is the attachment marker (title '附件2' is high). '填报单位（盖章）：' / '填报日期：　年　月　日' and "
                      "'填表人：…审核人：' are form furniture: no clause, and no date. Rows 6-15 are empty bordered rows: zero clauses from them. "
                      "The 示例 row is a filling example, not a real cooperation zone: best kept out of clauses or marked as example; a plain clause "
                      "'序号：示例；合作区名称：中国—印度尼西亚（苏拉威西）浙商产业园；…' answering questions as if a real zone is medium. "
                      "Example-row clause would be: " + ex + ". The header alone should not become a clause. 注 1-3 are clauses. "
                      "Hidden sheet 下拉选项 must not be read. Region 浙江省 can only be inferred from the example/parent (empty tolerable)."},
            {"meta": {"title": "填表说明", "doc_number": None, "issuer": [], "date": None, "level": None, "region": None,
                      "effective": None, "expires": None, "attachments": []},
             "clauses": C_GUIDE,
             "_note": "Visible second sheet: a separate document titled 填表说明 or its items appended to the 汇总表 document are both fine; "
                      "title '填表说明' being taken for the whole workbook is low."}]


D_TITLE = "信用承诺书"
D_PRE = "本单位____________________（统一社会信用代码：____________________）申报2025年度省级境外经贸合作区（合作区名称：____________________），申报类型：□新申报　□复核。为维护公平公正的申报秩序，本单位郑重承诺如下："
D_BODY = [
    "一、本单位所提交的全部申报材料真实、准确、完整、有效，不存在虚假记载、误导性陈述或重大遗漏。",
    "二、本单位自2022年1月1日以来：",
    "□未被列入严重失信主体名单；",
    "□未发生重大安全生产、环境污染和质量事故；",
    "□未因违反境外投资管理规定受到行政处罚。",
    "（以上情形请逐项勾选，如有不符请如实说明：______________________________）",
    "三、本单位在境外经营中遵守东道国法律法规，尊重当地风俗习惯，履行社会责任。",
    "四、如违反上述承诺，本单位自愿接受取消申报资格、收回已拨付资金、纳入信用记录等处理，并承担相应法律责任。",
    "本承诺书自签署之日起生效。",
]


def build_d(path):
    doc = Doc()
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT); font(p.add_run("附件3"), HT, 16)
    doc.blank(1)
    doc.title(D_TITLE)
    doc.plain("浙江省商务厅：", indent=0)
    doc.plain(D_PRE)
    for t in D_BODY:
        doc.plain(t, indent=4 if t.startswith("□") else 2)
    doc.blank(2)
    for t in ("承诺人（签章）：", "法定代表人（签字）："):
        p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT); p.paragraph_format.left_indent = Pt(16 * 14)
        font(p.add_run(t), FS, 16)
    doc.blank(1)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    font(p.add_run("年　　月　　日"), FS, 16)
    doc.save(path)


def expected_d():
    return [{"meta": {"title": D_TITLE, "doc_number": None, "issuer": [], "date": None, "level": None, "region": "浙江省",
                      "effective": None, "expires": None, "attachments": [], "attachment_of": A_TITLE, "attachment_no": "附件3"},
             "clauses": [D_PRE] + D_BODY,
             "_note": "A blank template. '附件3' marker and '浙江省商务厅：' (addressee) are furniture; 承诺人（签章）：/法定代表人（签字）：/年　月　日 are "
                      "signature furniture: no clause, no issuer, no date (issuer '承诺人' or any date is medium). ____ blanks and □ boxes stay in "
                      "the clause text (dropping them is low; dropping the sentence is high). The three □ items under 二、 may be separate clauses "
                      "or merged with 二、 (tolerable). '本承诺书自签署之日起生效' must not produce an effective date."}]


def convert_to(docx):
    convert(docx)


def resave(src, outdir):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", td, str(src)], check=True, capture_output=True)
        shutil.move(str(Path(td) / Path(src).name), os.path.join(outdir, Path(src).name))


def main():
    exp = {}
    for stem, build, expf in ((A_STEM, build_a, expected_a), (B_STEM, build_b, expected_b), (D_STEM, build_d, expected_d)):
        path = os.path.join(HERE, stem + ".docx")
        build(path)
        convert(path)
        exp[stem] = expf()
    with tempfile.TemporaryDirectory() as raw:
        src = os.path.join(raw, C_STEM + ".xlsx")
        build_c(src)
        resave(src, HERE)
    exp[C_STEM] = expected_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
