# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 207: Word files as offices e-mail them.

Four Word files (python-docx), each also printed to PDF by LibreOffice, written next to itself:
  blind207_changsha_baogao.docx / .pdf   长沙市人民政府 报告 to 湖南省人民政府 (长政报〔2025〕3号):
      版头 (发文机关标志 + 文号 + 签发人) laid out in a borderless table; 一、 headings styled Heading 1;
      run-in 楷体 （一）; 特此报告; 联系人 line; 版记 as bordered paragraphs.
  blind207_qingdao_qingdan.docx / .pdf   青岛市人民政府办公厅 印发《…重点任务清单》的通知 (青政办字〔2024〕21号);
      the 附件 starts after a NEXT-PAGE section break on a landscape page: a 5-column table with a
      vertically merged 类别 column and a repeated header row; back to portrait for the 版记.
  blind207_hainan_xize.docx / .pdf       海南省商务厅 实施细则 (琼商务规〔2024〕4号) as published: title in two
      Heading 1 paragraphs, a 题注 (Caption style) under it giving the 通过/印发/施行 dates, Heading 2
      chapters, bold-typed 第X条, four real Word FOOTNOTES explaining terms, page header text.
  blind207_qinzhou_qingshi_pifu.docx / .pdf   钦州市人民政府 请示 (钦政报〔2024〕15号, 签发人) and, after a page
      break, 广西壮族自治区人民政府 批复 (桂政函〔2024〕38号, 信函格式) — two documents in one file, each
      ending with a 版记 drawn as a bordered table; 请示 paragraphs indented with typed full-width spaces.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind207.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BLACK = RGBColor(0, 0, 0)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else (Pt(0) if style else None)
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, bold=False, body_font=FS):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), body_font, SAN)
    return p


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI):
    fnt(p.add_run("— "), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(" —"), ST, size)


def grid(section):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), "579")


def a4(s, landscape=False):
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.top_margin, s.bottom_margin = Mm(28), Mm(26)
        s.left_margin, s.right_margin = Mm(37), Mm(35)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)


def new_doc(numbers="alternate", first_page_blank_footer=False):
    doc = Document()
    s = doc.sections[0]
    a4(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    if numbers == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    if first_page_blank_footer:
        s.different_first_page_header_footer = True
    return doc


def heading_as_clerk(doc, text, level, align=L, indent=2, east=HT, size=SAN, before=0, after=0):
    """A Heading 1/2 paragraph whose look the clerk overrode by hand (黑体 三号, black, no spacing)."""
    p = doc.add_paragraph(style="Heading %d" % level)
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else Pt(0)
    pf.line_spacing = LINE
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    r = fnt(p.add_run(text), east, size, False, BLACK)
    r.font.italic = False
    return p


def banhead(doc, text, size=48, width_scale=None):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def red_rule(doc, sz=18):
    p = P(doc, indent=0, line=Pt(8))
    pborder(p, "bottom", sz, "FF0000", 1)
    return p


def title(doc, lines, soft=True, style=None):
    if soft:
        p = P(doc, "", XBZ, ER, C, 0, line=Pt(35), style=style)
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, ER, color=BLACK if style else None)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            p = P(doc, "", XBZ, ER, C, 0, line=Pt(35), style=style)
            fnt(p.add_run(t), XBZ, ER, color=BLACK if style else None)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）"):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, FS, SAN, L, 2)


def banji_paras(doc, chaosong, printer=None, printdate=None, blank=0):
    """版记 as paragraphs with top/bottom borders (the usual template)."""
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), FS, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), FS, SI)
        fnt(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def tbl_borders(tbl, top="nil", bottom="nil", insideH="nil", left="nil", right="nil", insideV="nil"):
    def b(name, spec):
        if spec == "nil":
            return '<w:%s w:val="nil"/>' % name
        sz = spec
        return '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % (name, sz)
    tblPr = tbl._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(parse_xml('<w:tblBorders %s>%s%s%s%s%s%s</w:tblBorders>' % (
        nsdecls("w"), b("top", top), b("left", left), b("bottom", bottom), b("right", right),
        b("insideH", insideH), b("insideV", insideV))))


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def col_widths(tbl, widths_mm):
    """Fixed layout: tblW, tblGrid/gridCol and every tcW (LibreOffice reads the grid)."""
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_207", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- footnotes (python-docx has no API for them)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, paragraph, text):
        """Append a footnote reference (superscript number) to paragraph; text goes to footnotes.xml."""
        self.notes.append(text)
        nid = len(self.notes)
        r = paragraph.add_run()
        fnt(r, FS, SAN)
        rpr = r._element.get_or_add_rPr()
        rpr.append(parse_xml('<w:vertAlign %s w:val="superscript"/>' % nsdecls("w")))
        r._element.append(parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls("w"), nid)))
        return nid

    def write(self):
        def esc(s):
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        rpr = ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
               '<w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>' % FS)
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, t in enumerate(self.notes, 1):
            body.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="21"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r>%s<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, rpr, esc(t)))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>' % (W_NS, "".join(body))).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # settings: declare the separator notes as Word does
        st = self.doc.settings.element
        fp = parse_xml('<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % nsdecls("w"))
        anchor = None
        for tag in ("w:compat", "w:rsids", "m:mathPr", "w:themeFontLang", "w:clrSchemeMapping", "w:shapeDefaults", "w:decimalSymbol", "w:listSeparator"):
            try:
                anchor = st.find(qn(tag))
            except Exception:
                anchor = None
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(fp)
        else:
            st.append(fp)


# ================================================================ (a) 长沙市人民政府 报告 (版头 in a borderless table)
CS_NUM = "长政报〔2025〕3号"
CS_SIGNER = "周　剑"
CS_TITLE = "长沙市人民政府关于中国（湖南）自由贸易试验区长沙片区2024年建设情况和2025年工作安排的报告"
CS_TITLE_LINES = ["长沙市人民政府关于中国（湖南）自由贸易", "试验区长沙片区2024年建设情况和", "2025年工作安排的报告"]
CS_MAIN_TO = "湖南省人民政府："
CS_INTRO = "2024年，我市深入落实省委、省政府关于高水平建设中国（湖南）自由贸易试验区的部署要求，以制度创新为核心，推动长沙片区在对非经贸合作、先进制造业集群和开放通道建设等方面取得新进展。现将有关情况报告如下。"
CS_SECTIONS = [
    ("一、2024年建设情况", [
        ("（一）制度创新成果持续涌现。", "全年形成制度创新成果28项，其中“工程机械二手设备出口全链条监管服务模式”等3项在全国复制推广。长沙经济技术开发区率先实行企业投资项目“拿地即开工”，平均审批时限由45个工作日压减至15个工作日。"),
        ("（二）对非经贸合作走深走实。", "依托中非经贸深度合作先行区，全年对非进出口额达到420亿元，同比增长18.6%。雨花区高桥大市场非洲非资源性产品集散交易中心新增入驻商户136家，非洲咖啡、坚果、干辣椒等产品进口额突破30亿元。"),
        ("（三）开放通道能级稳步提升。", "中欧班列（长沙）全年开行1132列，新开通至老挝万象、越南河内的跨境班列线路；长沙黄花国际机场新开通至内罗毕、亚的斯亚贝巴的国际货运航线2条，全年国际货邮吞吐量达到5.8万吨。长沙黄花综合保税区全年完成进出口额365亿元。"),
        ("（四）重点产业加快集聚。", "长沙经济技术开发区工程机械产业集群产值突破2000亿元；长沙临空经济示范区引进跨境电商、航空物流项目21个，总投资186亿元。"),
    ]),
    ("二、存在的主要问题", [
        ("", "对照国家赋予的改革试点任务，长沙片区仍存在首创性、集成性制度创新成果偏少，对非贸易结构较为单一，中欧班列回程货源不足，金霞保税物流中心与长沙黄花综合保税区功能联动不够等问题，需要在下一步工作中着力加以解决。"),
    ]),
    ("三、2025年工作安排", [
        ("（一）深化首创性制度探索。", "聚焦对非易货贸易、二手工程机械出口、跨境数据流动等领域，全年力争形成制度创新成果30项以上，争取5项以上在全国或全省复制推广。"),
        ("（二）做强对非经贸合作平台。", "办好第四届中国—非洲经贸博览会配套活动，推动雨花区建设非洲非资源性产品集散交易中心二期，力争全年对非进出口额增长10%以上。"),
        ("（三）提升开放通道功能。", "支持开福区金霞保税物流中心申报升级为综合保税区，推动中欧班列（长沙）在霞凝货场开展“班列+保税”集拼业务；支持长沙县加快建设长沙黄花国际机场东货运区，2025年底前国际货运航线达到15条。"),
        ("（四）推动片区与周边区域联动发展。", "推动长沙片区与望城经济技术开发区、浏阳经济技术开发区建立联动创新机制，在宁乡经济技术开发区复制推广不少于10项改革试点经验。"),
    ]),
]
CS_CLOSE = "特此报告。"
CS_CONTACT = "（联系人：陈晓阳，联系电话：0731-88665312）"
CS_CHAOSONG = "省商务厅（省自贸办），省发展改革委，省财政厅，长沙海关。"
CS_PRINTER = "长沙市人民政府办公厅"
CS_PRINTDATE = "2025年1月21日"


def build_changsha():
    doc = new_doc(numbers="alternate")
    # 版头 as a borderless 2×2 table: row 1 merged = 发文机关标志, row 2 = 文号 | 签发人
    P(doc, indent=0, line=Pt(20))
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(tbl)
    col_widths(tbl, [78, 78])
    top = tbl.cell(0, 0).merge(tbl.cell(0, 1))
    p = cell_text(top, "", XBZ, 48, C, line=Pt(90))
    r = fnt(p.add_run("长沙市人民政府文件"), XBZ, 48, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="80"/>' % nsdecls("w")))
    p = cell_text(tbl.cell(1, 0), CS_NUM, FS, SAN, L, line=LINE)
    p.paragraph_format.left_indent = Pt(SAN)
    p = cell_text(tbl.cell(1, 1), "", FS, SAN, R, line=LINE)
    p.paragraph_format.right_indent = Pt(SAN)
    fnt(p.add_run("签发人："), FS, SAN)
    fnt(p.add_run(CS_SIGNER), KT, SAN)
    for c in tbl.rows[1].cells:
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    red_rule(doc)
    P(doc, indent=0)
    title(doc, CS_TITLE_LINES, soft=True)
    P(doc, indent=0)
    P(doc, CS_MAIN_TO, indent=0)
    P(doc, CS_INTRO)
    for head, items in CS_SECTIONS:
        heading_as_clerk(doc, head, 1)
        for h, t in items:
            if h:
                runin(doc, h, t, KT, bold=True)
            else:
                P(doc, t)
    P(doc, CS_CLOSE)
    signoff(doc, "长沙市人民政府", "2025年1月20日", right_chars=4, blank=3, public=None)
    P(doc, indent=0)
    P(doc, CS_CONTACT, FS, SAN, L, 2)
    page_break(doc)
    banji_paras(doc, CS_CHAOSONG, CS_PRINTER, CS_PRINTDATE, blank=18)
    out = os.path.join(HERE, "blind207_changsha_baogao.docx")
    doc.save(out)
    return out


# ================================================================ (b) 青岛 通知 + landscape 任务清单 after a section break
QD_NUM = "青政办字〔2024〕21号"
QD_LIST = "青岛市推动中国—上海合作组织地方经贸合作示范区与自贸试验区青岛片区联动发展重点任务清单"
QD_TITLE = "青岛市人民政府办公厅关于印发《" + QD_LIST + "》的通知"
QD_TITLE_LINES = ["青岛市人民政府办公厅关于印发", "《青岛市推动中国—上海合作组织地方", "经贸合作示范区与自贸试验区青岛片区", "联动发展重点任务清单》的通知"]
QD_MAIN_TO = "各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位："
QD_INTRO = "《" + QD_LIST + "》已经市政府同意，现印发给你们，请结合实际认真组织实施。"
QD_REQS = [
    ("一、压实工作责任。", "各牵头单位要会同配合单位细化工作措施，明确时间节点，确保各项任务按期完成。上合示范区管委、青岛片区管委要分别建立任务台账，实行清单化管理。"),
    ("二、强化协同联动。", "建立上合示范区与青岛片区联席会议制度，每半年召开1次会议，协调解决跨区域政策衔接、数据共享、监管互认等问题。胶州市、青岛西海岸新区要在用地、用能等要素保障方面给予支持。"),
    ("三、做好督导评估。", "市商务局负责对任务落实情况进行跟踪调度，每季度末月20日前汇总报送市政府。本清单执行期至2025年12月31日。"),
]
QD_HEADER = ["类别", "序号", "重点任务", "责任单位", "完成时限"]
QD_ROWS = [
    ("通道联动", [
        ("1", "推动上合示范区多式联运中心与青岛港前湾港区、董家口港区开展“一单制”联运业务，2024年底前开行上合示范区至前湾港区海铁联运班列不少于500列", "上合示范区管委，山东港口青岛港集团，胶州市政府", "2024年12月"),
        ("2", "支持青岛胶东国际机场开通至中亚、西亚国家的国际货运航线，在上合示范区设立航空货运前置货站，实现“一次安检、直装上机”", "胶东临空经济示范区管委，青岛海关，胶州市政府", "2025年6月"),
        ("3", "深化中欧班列（齐鲁号）上合示范区集结中心建设，全年开行至阿拉木图、塔什干等中亚城市班列不少于800列", "市交通运输局，上合示范区管委", "2024年12月"),
        ("4", "推动青岛前湾综合保税区与上合示范区海关监管作业场所实现查验结果互认、物流信息共享", "青岛海关，青岛片区管委", "2024年10月"),
    ]),
    ("贸易投资", [
        ("5", "在青岛片区复制推广上合示范区“上合·银企通”跨境金融服务模式，为对上合组织国家贸易企业提供跨境人民币结算便利，全年结算量突破100亿元", "市地方金融管理局，人民银行青岛市分行，青岛片区管委", "2025年3月"),
        ("6", "支持即墨综合保税区、青岛胶州湾综合保税区开展保税维修、保税研发业务，每个综合保税区年内新增保税维修企业不少于3家", "即墨区政府，胶州市政府，青岛海关", "2024年12月"),
        ("7", "依托上合组织国家商品展示交易中心，在青岛片区设立进口商品分拨中心，年进口上合组织国家商品额达到50亿元", "市商务局，青岛片区管委，上合示范区管委", "2025年6月"),
        ("8", "建立上合组织国家投资项目库，推动青岛西海岸新区、胶州市每年各引进上合组织国家投资项目不少于5个", "市投资促进局，青岛西海岸新区管委，胶州市政府", "2024年12月"),
    ]),
    ("制度创新", [
        ("9", "梳理青岛片区可在上合示范区复制推广的改革试点经验清单，年内复制推广不少于15项", "市商务局（市自贸办），上合示范区管委", "2024年9月"),
        ("10", "探索建立上合示范区与青岛片区企业信用信息互认机制，实现两区企业登记“一照通行”", "市市场监管局，市行政审批局", "2025年3月"),
        ("11", "在平度市、莱西市各选择1个省级开发区开展联动创新试点，承接两区产业转移项目", "平度市政府，莱西市政府，市发展改革委", "2025年12月"),
    ]),
]
QD_CHAOSONG = "市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，青岛警备区。"
QD_PRINTER = "青岛市人民政府办公厅"
QD_PRINTDATE = "2024年5月17日"


def vmerge(cell, kind):
    tcPr = cell._tc.get_or_add_tcPr()
    if kind == "restart":
        tcPr.append(parse_xml('<w:vMerge %s w:val="restart"/>' % nsdecls("w")))
    else:
        tcPr.append(parse_xml('<w:vMerge %s/>' % nsdecls("w")))


def build_qingdao():
    doc = new_doc(numbers="alternate")
    banhead(doc, "青岛市人民政府办公厅文件", 42, width_scale=80)
    for _ in range(2):
        P(doc, indent=0)
    P(doc, QD_NUM, FS, SAN, C, 0)
    red_rule(doc)
    P(doc, indent=0)
    title(doc, QD_TITLE_LINES, soft=False)
    P(doc, indent=0)
    P(doc, QD_MAIN_TO, indent=0)
    P(doc, QD_INTRO)
    for h, t in QD_REQS:
        runin(doc, h, t, FS, bold=True)        # typed bold, style Normal
    P(doc, indent=0)
    p = P(doc, "附件：" + QD_LIST, indent=0)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, "青岛市人民政府办公厅", "2024年5月16日", right_chars=4, blank=3)
    # ---- section break: next page, landscape
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s2, landscape=True)
    grid(s2)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["青岛市推动中国—上海合作组织地方经贸合作示范区与", "自贸试验区青岛片区联动发展重点任务清单"], soft=True)
    P(doc, indent=0, line=Pt(12))
    nrows = 1 + sum(len(r) for _, r in QD_ROWS)
    tbl = doc.add_table(rows=nrows, cols=5)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [20, 12, 112, 56, 25])
    for i, h in enumerate(QD_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(22))
        tbl.cell(0, i).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(tbl.rows[0])
    ri = 1
    for cat, rows in QD_ROWS:
        for k, (no, task, dept, when) in enumerate(rows):
            cells = tbl.rows[ri].cells
            if k == 0:
                vmerge(cells[0], "restart")
                cell_text(cells[0], cat, HT, SI, C, line=Pt(22))
            else:
                vmerge(cells[0], "continue")
                cell_text(cells[0], "", FS, SI, C, line=Pt(22))
            cells[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_text(cells[1], no, FS, SI, C, line=Pt(22))
            cell_text(cells[2], task, FS, SI, J, line=Pt(22))
            cell_text(cells[3], dept, FS, SI, L, line=Pt(22))
            cell_text(cells[4], when, FS, SI, C, line=Pt(22))
            for c in cells[1:]:
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cant_split(tbl.rows[ri])
            ri += 1
    # ---- back to portrait for the 版记
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s3, landscape=False)
    grid(s3)
    banji_paras(doc, QD_CHAOSONG, QD_PRINTER, QD_PRINTDATE, blank=15)
    out = os.path.join(HERE, "blind207_qingdao_qingdan.docx")
    doc.save(out)
    return out


# ================================================================ (c) 海南 实施细则 with 题注 and footnotes
HN_TITLE = "海南自由贸易港加工增值货物内销免征关税企业备案管理实施细则"
HN_TITLE_LINES = ["海南自由贸易港加工增值货物内销免征关税", "企业备案管理实施细则"]
HN_CAPTION = "（2024年6月12日海南省商务厅2024年第11次厅务会议审议通过　2024年6月20日以琼商务规〔2024〕4号印发　自2024年7月1日起施行）"
HN_NUM = "琼商务规〔2024〕4号"
FN = {
    "zone": "海关特殊监管区域，是指经国务院批准，设立在中华人民共和国关境内，赋予承接国际产业转移、连接国内国际两个市场的特殊功能和政策，由海关实施封闭监管的特定经济功能区域，包括保税港区、综合保税区等。",
    "rate": "加工增值率＝（内销货物价格－境外进口料件价格）÷境外进口料件价格×100%。境外进口料件价格以海关审定的完税价格为准。",
    "list": "指国家发展改革委会同有关部门发布的《海南自由贸易港鼓励类产业目录》现行有效版本，包括《产业结构调整指导目录》中的鼓励类产业和海南自由贸易港新增鼓励类产业。",
    "sw": "海南国际贸易“单一窗口”是海南省建设的国际贸易数据交换和业务办理平台，网址为https://www.singlewindow.hn.cn。",
}
# articles: (num, [text segments, with ("FN", key) markers], [items])
HN_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", ["为规范海南自由贸易港加工增值货物内销免征关税政策（以下简称加工增值免关税政策）的企业备案管理，根据《中华人民共和国海南自由贸易港法》《海南自由贸易港加工增值货物内销免征关税管理办法（试行）》等有关规定，结合本省实际，制定本细则。"], []),
        ("第二条", ["本细则适用于在洋浦保税港区、海口综合保税区、海口空港综合保税区以及经海关总署批准开展加工增值业务的其他海关特殊监管区域", ("FN", "zone"), "内注册登记，申请享受加工增值免关税政策的企业（以下简称申请企业）。"], []),
        ("第三条", ["本细则所称加工增值", ("FN", "rate"), "，是指申请企业对进口料件进行实质性加工后，货物价值增加部分占进口料件价格的比例达到或者超过30%的情形。"], []),
        ("第四条", ["省商务厅负责全省申请企业备案管理的统筹协调和监督指导。洋浦经济开发区管理委员会、海口综合保税区管理委员会、海口空港综合保税区管理委员会（以下统称区域管理机构）负责本区域申请企业的备案受理、审核和日常管理。海口海关及其隶属海关依职责做好货物监管。"], []),
    ]),
    ("第二章　备案条件", [
        ("第五条", ["申请企业应当同时符合下列条件："], [
            ["（一）在海关特殊监管区域内依法注册登记，具有独立法人资格；"],
            ["（二）主营业务属于《海南自由贸易港鼓励类产业目录》", ("FN", "list"), "所列产业，且主营业务收入占企业收入总额60%以上；"],
            ["（三）具备与加工增值业务相适应的生产场所、设备和专业技术人员；"],
            ["（四）已建立符合海关监管要求的信息化管理系统，能够对料件进出、生产加工、成品内销实现全过程记录；"],
            ["（五）近2年内未被列入失信联合惩戒对象名单。"],
        ]),
        ("第六条", ["在洋浦保税港区内从事食品加工、高端装备制造的申请企业，其加工场所可以设在洋浦经济开发区内海关特殊监管区域以外的区域，但应当按照海关要求实施围网或者视频监控等监管措施。"], []),
    ]),
    ("第三章　备案程序", [
        ("第七条", ["申请企业通过海南国际贸易“单一窗口”", ("FN", "sw"), "向区域管理机构提交备案申请，并提供下列材料："], [
            ["（一）备案申请表；"],
            ["（二）加工增值业务说明，包括产品名称、主要进口料件、生产工艺流程和预计加工增值率；"],
            ["（三）生产场所权属证明或者租赁合同。"],
        ]),
        ("第八条", ["区域管理机构应当自收到完整申请材料之日起5个工作日内完成审核。符合条件的，予以备案并将备案信息推送海口海关；不符合条件的，书面告知申请企业并说明理由。"], []),
        ("第九条", ["备案有效期为3年。有效期届满需要继续享受政策的，申请企业应当在届满前30日内申请延续备案。"], []),
    ]),
    ("第四章　监督管理", [
        ("第十条", ["已备案企业应当于每年4月30日前通过“单一窗口”报送上一年度加工增值业务情况报告，如实说明内销货物数量、加工增值率及免征关税金额。"], []),
        ("第十一条", ["区域管理机构会同海口海关每年对不少于20%的已备案企业开展实地核查，核查结果抄送省商务厅。"], []),
        ("第十二条", ["已备案企业有下列情形之一的，由区域管理机构撤销备案，并通报海口海关："], [
            ["（一）以欺骗等不正当手段取得备案的；"],
            ["（二）连续2年未开展加工增值内销业务的；"],
            ["（三）不再符合本细则第五条规定条件的。"],
        ]),
        ("第十三条", ["被撤销备案的企业，自撤销之日起2年内不得重新申请备案。"], []),
    ]),
    ("第五章　附　　则", [
        ("第十四条", ["三亚崖州湾科技城、博鳌乐城国际医疗旅游先行区内的企业经海关总署批准开展加工增值业务的，参照本细则执行。"], []),
        ("第十五条", ["本细则由省商务厅负责解释。"], []),
        ("第十六条", ["本细则自2024年7月1日起施行，有效期5年。"], []),
    ]),
]


def plain(segs):
    return "".join(s for s in segs if isinstance(s, str))


def write_segs(p, segs, fns, east=FS):
    for s in segs:
        if isinstance(s, str):
            fnt(p.add_run(s), east, SAN)
        else:
            fns.ref(p, FN[s[1]])


def build_hainan():
    doc = new_doc(numbers="center")
    s = doc.sections[0]
    hp = s.header.paragraphs[0]
    hp.alignment = R
    fnt(hp.add_run("海南省商务厅行政规范性文件"), ST, 10.5)
    pborder(hp, "bottom", 6, "000000", 1)
    fns = Footnotes(doc)
    P(doc, indent=0)
    title(doc, HN_TITLE_LINES, soft=False, style="Heading 1")
    cap = P(doc, "", KT, SAN, C, 0, style="Caption", before=6, after=12)
    fnt(cap.add_run(HN_CAPTION), KT, SAN, color=BLACK).font.italic = False
    cap.paragraph_format.left_indent = Pt(SAN * 2)
    cap.paragraph_format.right_indent = Pt(SAN * 2)
    for chap, arts in HN_CHAPTERS:
        heading_as_clerk(doc, chap, 2, align=C, indent=0, before=12, after=6)
        for num, segs, items in arts:
            p = P(doc)
            fnt(p.add_run(num), FS, SAN, bold=True)    # typed bold 第X条
            fnt(p.add_run("　"), FS, SAN)
            write_segs(p, segs, fns)
            for it in items:
                q = P(doc)
                write_segs(q, it, fns)
    fns.write()
    out = os.path.join(HERE, "blind207_hainan_xize.docx")
    doc.save(out)
    return out


# ================================================================ (d) 钦州 请示 + 自治区 批复 in one file
QZ_NUM = "钦政报〔2024〕15号"
QZ_SIGNER = "黄志强"
QZ_SUBJ = "支持中国（广西）自由贸易试验区钦州港片区建设中马“两国双园”跨境产业链合作示范区"
QZ_TITLE = "钦州市人民政府关于" + QZ_SUBJ + "的请示"
QZ_TITLE_LINES = ["钦州市人民政府关于支持中国（广西）", "自由贸易试验区钦州港片区建设中马", "“两国双园”跨境产业链合作示范区的请示"]
QZ_MAIN_TO = "自治区人民政府："
QZ_INTRO = "中马“两国双园”是中国与马来西亚两国政府合作共建“一带一路”的旗舰项目。近年来，中马钦州产业园区与中国（广西）自由贸易试验区钦州港片区协同发展，跨境产业链初具规模，2023年园区规模以上工业产值突破400亿元。为进一步发挥钦州港片区和中马钦州产业园区的叠加优势，打造中国—东盟跨境产业链合作示范区，现将有关事项请示如下："
QZ_ITEMS = [
    "一、恳请自治区支持将中马钦州产业园区内符合条件的区域纳入钦州港片区扩区范围，统筹开展制度创新试点。",
    "二、恳请自治区支持在钦州保税港区开展马来西亚燕窝、棕榈油等进口产品专项监管试点，推动马中关丹产业园区生产的产品经钦州港入境后实行“先放后检”。",
    "三、恳请自治区每年从自贸试验区专项资金中安排不少于1亿元，支持钦州港大榄坪港区自动化集装箱码头和钦州港东站集装箱办理站扩能改造。",
    "四、恳请自治区支持钦南区、钦北区、灵山县承接“两国双园”配套产业转移，将相关产业园区纳入自治区产业园区高质量发展重点支持范围。",
    "五、恳请自治区协调南宁海关在钦州港口岸推行“船边直提”“抵港直装”作业模式全覆盖。",
]
QZ_CLOSE = "以上请示妥否，请批示。"
QZ_CONTACT = "（联系人：梁晓峰，联系电话：0777-3685021）"
QZ_CHAOSONG = "自治区商务厅（自治区自贸办）、发展改革委、财政厅，南宁海关，中国（广西）自由贸易试验区钦州港片区管委会。"
QZ_PRINTER = "钦州市人民政府办公室"
QZ_PRINTDATE = "2024年4月23日"

GX_NUM = "桂政函〔2024〕38号"
GX_TITLE = "广西壮族自治区人民政府关于" + QZ_SUBJ + "的批复"
GX_MAIN_TO = "钦州市人民政府："
GX_OPEN = "你市《关于" + QZ_SUBJ + "的请示》（" + QZ_NUM + "）收悉。经研究，现批复如下："
GX_ITEMS = [
    ["一、同意钦州港片区建设中马“两国双园”跨境产业链合作示范区（以下简称示范区）。示范区以钦州港片区和中马钦州产业园区为核心区，以钦南区、钦北区、灵山县相关产业园区为拓展区。"],
    ["二、关于钦州港片区扩区事宜，由自治区商务厅（自治区自贸办）会同自然资源厅等部门按照国家有关规定开展评估论证，符合条件的按程序报商务部。"],
    ["三、支持在钦州保税港区开展进口马来西亚燕窝、棕榈油等产品监管创新试点，具体方案由南宁海关会同钦州市人民政府研究制定，于2024年9月30日前报自治区人民政府。"],
    ["四、2024年至2026年，自治区每年从自贸试验区专项资金中安排5000万元，用于支持钦州港大榄坪港区、钦州港东站等示范区基础设施项目建设。", "钦州市要按照不低于1∶1的比例安排配套资金。"],   # soft break between the two sentences
    ["五、将钦南区、钦北区、灵山县承接“两国双园”配套产业转移的项目纳入自治区重大项目库，在用地、用能指标上予以倾斜。"],
    ["六、钦州市人民政府要切实履行主体责任，抓紧制定示范区建设实施方案，明确年度目标和责任分工，重大事项及时向自治区人民政府请示报告。自治区各有关部门要按照职责分工加强指导支持。"],
]
GX_CLOSE = "此复。"
GX_CHAOSONG = "自治区党委办公厅，自治区人大常委会办公厅，自治区政协办公厅，商务部，南宁海关。"
GX_PRINTER = "广西壮族自治区人民政府办公厅"
GX_PRINTDATE = "2024年6月6日"


def P_spaces(doc, text, size=SAN, east=FS):
    """Clerk's indent: two typed full-width spaces, no paragraph indent."""
    p = P(doc, "", east, size, J, 0)
    fnt(p.add_run("　　" + text), east, size)
    return p


def banji_table(doc, chaosong, printer, printdate):
    """版记 drawn as a 2-row table: thick top/bottom rules, thin rule between, no verticals."""
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(tbl, top=12, bottom=12, insideH=4)
    col_widths(tbl, [96, 60])
    c = tbl.cell(0, 0).merge(tbl.cell(0, 1))
    p = cell_text(c, "", FS, SI, L, line=Pt(26))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), FS, SI)
    p = cell_text(tbl.cell(1, 0), printer, FS, SI, L, line=Pt(26))
    p.paragraph_format.left_indent = Pt(SI)
    p = cell_text(tbl.cell(1, 1), printdate + "印发", FS, SI, R, line=Pt(26))
    p.paragraph_format.right_indent = Pt(SI)
    return tbl


def build_qinzhou():
    doc = new_doc(numbers="alternate")
    # ---------------- 请示 (文件格式, 文号 left and 签发人 right on one line with a tab)
    banhead(doc, "钦州市人民政府文件", 48, width_scale=85)
    for _ in range(2):
        P(doc, indent=0)
    p = P(doc, "", FS, SAN, L, 0)
    p.paragraph_format.left_indent = Pt(SAN)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    fnt(p.add_run(QZ_NUM + "\t签发人："), FS, SAN)
    fnt(p.add_run(QZ_SIGNER), KT, SAN)
    red_rule(doc)
    P(doc, indent=0)
    title(doc, QZ_TITLE_LINES, soft=True)
    P(doc, indent=0)
    P(doc, QZ_MAIN_TO, indent=0)
    P_spaces(doc, QZ_INTRO)
    for t in QZ_ITEMS:
        P_spaces(doc, t)
    P_spaces(doc, QZ_CLOSE)
    signoff(doc, "钦州市人民政府", "2024年4月22日", right_chars=4, blank=3, public=None)
    P(doc, indent=0)
    P_spaces(doc, QZ_CONTACT)
    for _ in range(4):
        P(doc, indent=0)
    banji_table(doc, QZ_CHAOSONG, QZ_PRINTER, QZ_PRINTDATE)
    # ---------------- 批复 after a page break (信函格式)
    page_break(doc)
    banhead(doc, "广西壮族自治区人民政府", 40, width_scale=90)
    p = P(doc, indent=0, line=Pt(6))
    pborder(p, "bottom", 24, "FF0000", 1, val="thickThinSmallGap")
    p = P(doc, GX_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title(doc, [GX_TITLE], soft=True)
    P(doc, indent=0)
    P(doc, GX_MAIN_TO, indent=0)
    P(doc, GX_OPEN)
    for segs in GX_ITEMS:
        p = P(doc)
        for i, s in enumerate(segs):
            r = fnt(p.add_run(s), FS, SAN)
            if i < len(segs) - 1:
                r.add_break()
    P(doc, GX_CLOSE)
    signoff(doc, "广西壮族自治区人民政府", "2024年6月5日", right_chars=3, blank=3)
    for _ in range(3):
        P(doc, indent=0)
    banji_table(doc, GX_CHAOSONG, GX_PRINTER, GX_PRINTDATE)
    out = os.path.join(HERE, "blind207_qinzhou_qingshi_pifu.docx")
    doc.save(out)
    return out


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 长沙
    cs_cl = [CS_INTRO] + [h + t for _, items in CS_SECTIONS for h, t in items]
    out["blind207_changsha_baogao"] = [{
        "meta": {
            "title": CS_TITLE, "doc_number": CS_NUM, "issuer": ["长沙市人民政府"],
            "date": "2025-01-20", "published": "2025-01-21", "level": "municipal", "region": "湖南省长沙市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "报告",
            "recipients": ["湖南省人民政府"], "publicity": None, "signer": "周剑",
        },
        "clauses": cs_cl,
        "applies_to": {
            "default": "中国（湖南）自由贸易试验区长沙片区（湖南省长沙市）",
            "specific": {
                "一、（一）": "长沙经济技术开发区（长沙县）",
                "一、（二）": "雨花区（高桥大市场，中非经贸深度合作先行区）",
                "一、（三）": "长沙黄花国际机场、长沙黄花综合保税区（长沙县）; 老挝万象、越南河内、内罗毕、亚的斯亚贝巴 are destinations",
                "一、（四）": "长沙经济技术开发区、长沙临空经济示范区（长沙县）",
                "二、": "金霞保税物流中心（开福区）、长沙黄花综合保税区",
                "三、（二）": "雨花区",
                "三、（三）": "开福区（金霞保税物流中心、霞凝货场）、长沙县（黄花国际机场东货运区）",
                "三、（四）": "望城经济技术开发区（望城区）、浏阳经济技术开发区（浏阳市）、宁乡经济技术开发区（宁乡市） — outside the 片区",
            },
            "note": "A 报告 from 长沙市 to the province: it is about 长沙片区; 非洲 / 东盟 / 老挝 / 越南 / 内罗毕 are trade partners and destinations, not places of application.",
        },
        "_note": (
            "版头 in a BORDERLESS 2×2 TABLE: row 1 merged = red 长沙市人民政府文件 (condensed 80%); row 2 = 长政报〔2025〕3号 (left cell) | 签发人：周　剑 (right cell, name in 楷体 with a full-width space). "
            "Then an empty paragraph carrying the red rule. The table is furniture — not a clause, not table rows, not the title; 文号 from the left cell; 签发人 周剑 is the signer, not an issuer. "
            "Title ONE paragraph with two soft breaks (…自由贸易 / 试验区长沙片区2024年建设情况和 / 2025年工作安排的报告 — the first splits 自由贸易|试验区) → joined without spaces. 主送 湖南省人民政府 (上行文). "
            "1 intro paragraph (clause); 一、二、三、 headings styled **Heading 1** (direct formatting 黑体 black) — headings, not clauses (as heading clauses: low); run-in bold 楷体 （一）… under 一、 and 三、 (heading + text = one clause; （一） restarts); "
            "二、 has no sub-items: its single body paragraph is one clause under 二、. 特此报告。 closing formula (furniture; as a clause low). 落款 长沙市人民政府 / 2025年1月20日, NO （此件公开发布） (a 报告 is not published: publicity null). "
            "（联系人：陈晓阳，联系电话：0731-88665312） is furniture (contact line), not a clause. 版记 (抄送 / 长沙市人民政府办公厅 2025年1月21日印发) alone on the last page after a page break + 18 empty paragraphs. "
            "No effective/expires (a 报告 has none). 2025年底, 2024 figures are not document dates. 10 clauses."
        ),
        "_pdf": {"note": "4 pages. The 版头 table prints as plain lines (长沙市人民政府文件 / 长政报〔2025〕3号 … 签发人：周 剑 on one line) above the red rule; the title prints on three lines; 落款 + contact line at the foot of page 3; 版记 alone at the foot of page 4. Footer “— N —” alternating sides. Same expected meta and clauses."},
    }]
    # ---- (b) 青岛
    qd_cl = [QD_INTRO] + [h + t for h, t in QD_REQS]
    spec_rows = {}
    for cat, rows in QD_ROWS:
        for no, task, dept, when in rows:
            qd_cl.append(row_clause(QD_HEADER, [cat, no, task, dept, when]))
    out["blind207_qingdao_qingdan"] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": QD_NUM, "issuer": ["青岛市人民政府办公厅"],
            "date": "2024-05-16", "published": "2024-05-17", "level": "municipal", "region": "山东省青岛市",
            "effective": None, "expires": "2025-12-31", "attachments": [QD_LIST], "doc_type": "通知（印发任务清单）",
            "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"], "publicity": "此件公开发布",
        },
        "clauses": qd_cl,
        "applies_to": {
            "default": "青岛市（中国—上海合作组织地方经贸合作示范区 / 中国（山东）自由贸易试验区青岛片区）",
            "specific": {
                "二、": "胶州市、青岛西海岸新区 (要素保障) besides 上合示范区 / 青岛片区",
                "序号1": "上合示范区（胶州市）、青岛港前湾港区、董家口港区（青岛西海岸新区）",
                "序号2": "青岛胶东国际机场（胶州市）、上合示范区; 中亚、西亚 are destinations",
                "序号3": "上合示范区（胶州市）; 阿拉木图、塔什干 are destinations",
                "序号4": "青岛前湾综合保税区（青岛片区，西海岸新区）、上合示范区",
                "序号5": "青岛片区",
                "序号6": "即墨综合保税区（即墨区）、青岛胶州湾综合保税区（胶州市）",
                "序号7": "青岛片区",
                "序号8": "青岛西海岸新区、胶州市",
                "序号9": "上合示范区（复制地）, from 青岛片区",
                "序号10": "上合示范区、青岛片区",
                "序号11": "平度市、莱西市",
            },
            "note": "上合组织国家 / 中亚 / 阿拉木图 / 塔什干 do not move a row abroad. Rows naming a 区/市 only in 责任单位 (胶州市政府 in 1/2/6/8, 即墨区政府 in 6) still concern that place.",
        },
        "_note": (
            "Red 版头 青岛市人民政府办公厅文件 (condensed), 文号 青政办字〔2024〕21号 centred + red rule (an empty paragraph with a bottom border). Title typed as FOUR centred paragraphs (…关于印发 / 《青岛市推动中国—上海合作组织地方 / 经贸合作示范区与自贸试验区青岛片区 / 联动发展重点任务清单》的通知 — the second break splits 地方|经贸合作示范区) → one title without spaces. "
            "主送 (4 parts); 1 intro paragraph + 3 requirements 一、二、三、 typed BOLD run-in in style Normal (heading + text = one clause); "
            "三、 says 本清单执行期至2025年12月31日 → expires 2025-12-31 (no start date: effective null; 2024-05-16 tolerable low). 附件说明 (one attachment), 落款 青岛市人民政府办公厅 / 2024年5月16日, （此件公开发布）. "
            "Then a NEXT-PAGE SECTION BREAK into a LANDSCAPE section: label 附件, the list title (one paragraph with a soft break, a heading not a clause), and a bordered 5-column table 类别/序号/重点任务/责任单位/完成时限 with 11 rows; "
            "the 类别 column is VERTICALLY MERGED (vMerge) over 4/4/3 rows (通道联动 / 贸易投资 / 制度创新): the continuing cells are empty in the XML but an analyst reads the category for every row. "
            "Header row repeats (tblHeader); rows cantSplit. Each row = one clause 类别：…；序号：N；重点任务：…；责任单位：…；完成时限：… (类别 missing on continuation rows: low; a row glued to the next or columns shifted: high). "
            "Another next-page section break back to PORTRAIT for the 版记 (抄送… / 青岛市人民政府办公厅 2024年5月17日印发) after 15 empty paragraphs. 完成时限 values are deadlines, not document dates. 15 clauses."
        ),
        "_pdf": {"note": "7 pages. Pages 1–2 portrait (notice; 落款 and （此件公开发布） on page 2), pages 3–6 landscape (附件 label + title + table; the header row 类别/序号/重点任务/责任单位/完成时限 is printed again at the top of pages 4, 5 and 6 — it must not become a row clause), page 7 portrait with only the 版记. The merged 类别 cells break across pages: 通道联动 prints on page 3 next to row 1 only, rows 2–4 on page 4 show an empty 类别 cell; 贸易投资 prints next to row 5 (page 4) and rows 6–8 on page 5 show none; 制度创新 next to row 9 (page 5), rows 10–11 on page 6 none. Cells wrap to 2–3 lines and must be re-joined without spaces. Same expected meta and clauses."},
    }]
    # ---- (c) 海南
    hn_cl = []
    for chap, arts in HN_CHAPTERS:
        for num, segs, items in arts:
            hn_cl.append(num + "　" + plain(segs))
            for it in items:
                hn_cl.append(plain(it))
    out["blind207_hainan_xize"] = [{
        "meta": {
            "title": HN_TITLE, "doc_number": HN_NUM, "issuer": ["海南省商务厅"],
            "date": "2024-06-20", "published": "2024-06-20", "level": "provincial", "region": "海南省",
            "effective": "2024-07-01", "expires": "2029-06-30", "attachments": [], "doc_type": "实施细则",
            "recipients": [], "publicity": None, "adopted": "2024-06-12",
        },
        "clauses": hn_cl,
        "footnotes": {
            "第二条 (after 海关特殊监管区域)": FN["zone"],
            "第三条 (after 加工增值)": FN["rate"],
            "第五条（二） (after 《海南自由贸易港鼓励类产业目录》)": FN["list"],
            "第七条 (after “单一窗口”)": FN["sw"],
        },
        "applies_to": {
            "default": "海南省（海南自由贸易港；洋浦保税港区、海口综合保税区、海口空港综合保税区）",
            "specific": {
                "第二条": "洋浦保税港区、海口综合保税区、海口空港综合保税区（and other 海关特殊监管区域 approved）",
                "第四条": "洋浦经济开发区、海口综合保税区、海口空港综合保税区 (their 管理委员会)",
                "第六条": "洋浦保税港区 / 洋浦经济开发区（儋州市）",
                "第十四条": "三亚崖州湾科技城（三亚市）、博鳌乐城国际医疗旅游先行区（琼海市）",
            },
            "note": "The whole 细则 is limited to the three 海关特殊监管区域 of 第二条; default = 海南省 with those zones is right, 海南省 alone is low. 马来西亚 etc. do not occur.",
        },
        "_note": (
            "A 规范性文件 as published: no 版头; page HEADER text 海南省商务厅行政规范性文件 (furniture); footer “— N —” centred. "
            "Title in TWO paragraphs both styled **Heading 1** (海南自由贸易港加工增值货物内销免征关税 / 企业备案管理实施细则) → one title, no space. "
            "Under it a 题注 in the **Caption** style (楷体, centred, in parentheses): （2024年6月12日海南省商务厅2024年第11次厅务会议审议通过　2024年6月20日以琼商务规〔2024〕4号印发　自2024年7月1日起施行） — "
            "the 题注 gives issuer 海南省商务厅, 文号 琼商务规〔2024〕4号, adopted 2024-06-12, published/date 2024-06-20 (date = 2024-06-12 tolerable low), effective 2024-07-01; it is not a clause. "
            "第十六条 有效期5年 → expires 2029-06-30 (2029-07-01 tolerable low; null medium). Chapters 第一章…第五章 styled **Heading 2** (headings; the path of 第X条 should carry its 章). "
            "第X条 typed BOLD (仿宋 bold) + full-width space + text in style Normal: one clause each. Items （一）… of 第五条/第七条/第十二条 as separate paragraphs (expected as separate clauses; merged into the article equally good; losing them medium). "
            "FOUR real Word FOOTNOTES (footnotes.xml; reference marks superscript 1–4 in 第二条, 第三条, 第五条（二）, 第七条): the footnote text must not be glued into the middle of a clause, nor become a clause of its own "
            "(kept as a note of its clause, or appended at the clause's end marked as a note: fine; dropped silently: low — they define 加工增值率 and 海关特殊监管区域). "
            "Clause text is given without the reference numbers (a trailing superscript digit left in the text, e.g. 海关特殊监管区域1内, is low-medium: it corrupts the text). 27 clauses. "
            "Deadlines (每年4月30日前, 5个工作日, 3年 备案有效期) are not document dates."
        ),
        "_pdf": {"note": "Footnotes print at the foot of their pages under a short separator rule, with superscript numbers in the text; in a PDF the footnote digit after 海关特殊监管区域 / 加工增值 / 目录》 / “单一窗口” is a smaller raised glyph that must not be read into the text, and the footnote lines at the page foot must not be glued to the last clause of the page. Same expected meta and clauses."},
    }]
    # ---- (d) 钦州 请示 + 批复
    out["blind207_qinzhou_qingshi_pifu"] = [
        {
            "meta": {
                "title": QZ_TITLE, "doc_number": QZ_NUM, "issuer": ["钦州市人民政府"],
                "date": "2024-04-22", "published": "2024-04-23", "level": "municipal", "region": "广西壮族自治区钦州市",
                "effective": None, "expires": None, "attachments": [], "doc_type": "请示",
                "recipients": ["自治区人民政府"], "publicity": None, "signer": "黄志强",
            },
            "clauses": [QZ_INTRO] + QZ_ITEMS,
            "applies_to": {
                "default": "中国（广西）自由贸易试验区钦州港片区 / 中马钦州产业园区（广西壮族自治区钦州市）",
                "specific": {
                    "一、": "中马钦州产业园区、钦州港片区",
                    "二、": "钦州保税港区（钦州港）; 马来西亚 / 马中关丹产业园区 are the origin, abroad",
                    "三、": "钦州港大榄坪港区、钦州港东站",
                    "四、": "钦南区、钦北区、灵山县",
                    "五、": "钦州港口岸",
                },
                "note": "马来西亚 / 马中关丹产业园区 / 东盟 never place a clause abroad.",
            },
            "_note": (
                "First of TWO documents in the file. Red 版头 钦州市人民政府文件; 文号 and 签发人 on ONE line separated by a TAB (钦政报〔2024〕15号⇥签发人：黄志强) — 文号 = 钦政报〔2024〕15号 only; 签发人 not in the 文号 nor the title. "
                "Title one paragraph with two soft breaks (…支持中国（广西） / 自由贸易试验区钦州港片区建设中马 / “两国双园”跨境产业链合作示范区的请示) — joined without spaces. 主送 自治区人民政府 (上行文). "
                "Paragraphs are indented with TWO TYPED FULL-WIDTH SPACES (no paragraph indent) — clause text given without them (leading 　　 kept: low). "
                "Clauses: intro (ends 请示如下：) + 一、…五、 whole-paragraph items. 以上请示妥否，请批示。 = closing formula (furniture; as a clause low). 落款 钦州市人民政府 / 2024年4月22日; no （此件公开发布） (publicity null); "
                "（联系人：梁晓峰，联系电话：0777-3685021） furniture. 版记 as a TABLE with horizontal rules (row 1 merged 抄送：…; row 2 钦州市人民政府办公室 | 2024年4月23日印发) → published 2024-04-23; the 版记 table is furniture, not table-row clauses. 6 clauses."
            ),
        },
        {
            "meta": {
                "title": GX_TITLE, "doc_number": GX_NUM, "issuer": ["广西壮族自治区人民政府"],
                "date": "2024-06-05", "published": "2024-06-06", "level": "provincial", "region": "广西壮族自治区",
                "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
                "recipients": ["钦州市人民政府"], "publicity": "此件公开发布",
                "replies_to": QZ_TITLE.replace("钦州市人民政府", "", 1) + "（" + QZ_NUM + "）",
            },
            "clauses": [GX_OPEN] + ["".join(s) for s in GX_ITEMS],
            "applies_to": {
                "default": "广西壮族自治区钦州市（钦州港片区 / 中马钦州产业园区 = 示范区）",
                "specific": {
                    "一、": "钦州港片区、中马钦州产业园区（核心区）; 钦南区、钦北区、灵山县（拓展区）",
                    "三、": "钦州保税港区",
                    "四、": "钦州港大榄坪港区、钦州港东站",
                    "五、": "钦南区、钦北区、灵山县",
                    "六、": "钦州市",
                },
                "note": "A provincial 批复 about one city's zone: default 钦州市/钦州港片区 (广西壮族自治区 alone too broad, low).",
            },
            "_note": (
                "Second document, after a PAGE BREAK (page numbering continues). 信函格式: red 广西壮族自治区人民政府 without 文件, red thick-thin double rule, 文号 桂政函〔2024〕38号 right-aligned under it. "
                "Title one long paragraph (wraps on its own, no breaks). 主送 钦州市人民政府. The 收悉 paragraph cites the 请示 and ITS number 钦政报〔2024〕15号 (not this document's number). "
                "Items 一、…六、 whole paragraphs; item 四、 has a SOFT LINE BREAK between its two sentences (…项目建设。⏎钦州市要…) — one clause, joined without space. 此复。 closing formula. "
                "落款 广西壮族自治区人民政府 / 2024年6月5日, （此件公开发布）, 版记 as a bordered table (抄送… / 广西壮族自治区人民政府办公厅 | 2024年6月6日印发). "
                "Must NOT inherit the 请示's 文号/issuer/signer, and the 请示's 版记 table must not be glued to the 批复. 2024年9月30日前, 2024年至2026年 are deadlines/periods, not document dates. 7 clauses."
            ),
        },
    ]
    out["blind207_qinzhou_qingshi_pifu"][0]["_pdf"] = {"note": "6 pages. The 请示 fills pages 1–2 and its 版记 table sits alone at the top of page 3 (it did not fit under the 落款 and contact line); the 批复 starts on page 4 (信函格式) and its 版记 table sits alone on page 6. Page numbers continue across both documents (— 1 — … — 6 —, alternating sides). Same expected meta and clauses."}
    out["blind207_qinzhou_qingshi_pifu"][1]["_pdf"] = {"note": "Same expected meta and clauses."}
    return out


def main():
    files = [build_changsha(), build_qingdao(), build_hainan(), build_qinzhou()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
