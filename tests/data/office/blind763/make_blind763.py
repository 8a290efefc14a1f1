# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 763: 自贸片区管委会推行证明事项告知承诺制的通知（附清单表格、告知承诺书格式文本）.

Writes three .docx files, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"
SPLIT_C = 2  # rows of the stats table left on page 1 (before 续表)

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def add_lines(doc, lines, fontname=FS, size=16, **kw):
    """one paragraph, lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), fontname, size)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def footer_pageno(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    footer_pageno(s)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, line=16, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def widths(table, cms):
    """column widths: grid columns (LibreOffice reads these) plus every cell, fixed layout."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between rules (印发 line uses a right tab)."""
    empty(doc, 1, line=14)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def make_numbering(doc, lvl_text, first=640):
    numbering = doc.part.numbering_part.element
    aid = 800 + len(numbering.findall(qn("w:abstractNum")))
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, first, FS, FS, FS))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def textbox(doc, lines, left_pt, top_pt, width_pt, height_pt):
    """floating VML text box (no border) anchored in an empty paragraph."""
    ps = ""
    for text, fname, half, jc in lines:
        ps += ('<w:p><w:pPr><w:jc w:val="%s"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
               '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
               '<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
               % (jc, fname, fname, fname, half, text))
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
           'z-index:251659264;mso-position-horizontal-relative:margin;'
           'mso-position-vertical-relative:text" filled="f" stroked="f">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>' % (nsdecls("w"), left_pt, top_pt, width_pt, height_pt, ps))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_763", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ======================================================================= DOC A
def doc_qinzhou():
    """钦州港片区管委会通知：红头、三行标题、一（一）编号、附件1清单（纵向合并单元格）、附件2承诺书。"""
    stem = "blind763_qinzhou_tongzhi"
    doc = Document()
    setup(doc)
    cl = []

    # 版头: long organ name in two red lines, "文件" at the end of the second line
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区"), XBS, 30, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("钦州港片区管理委员会文件"), XBS, 30, False, RED)
    fmt(p, align=C, indent=False, line=44, before=20)
    empty(doc, 1)
    p = add_par(doc, "钦自贸管发〔2025〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs broken at odd places (inside the organ name)
    for t in ("中国（广西）自由贸易试验区钦州港片区",
              "管理委员会关于在涉企经营许可事项中推行",
              "证明事项告知承诺制的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区管委会各部门，各有关单位：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号），进一步优化中国（广西）自由贸易试验区钦州港片区（以下简称片区）营商环境，服务西部陆海新通道门户港建设，决定在涉企经营许可事项中推行证明事项告知承诺制。现将有关事项通知如下：")
    head("一、适用范围")
    runin("（一）适用事项。", "首批纳入告知承诺制的证明事项共8项，涉及6个涉企经营许可事项，具体见附件1。申请人可以自主选择是否采用告知承诺方式办理。")
    runin("（二）不适用情形。", "直接涉及国家安全、公共安全和人身健康、生命财产安全的，不适用告知承诺制。")
    head("二、办理流程")
    runin("（一）告知承诺。", "实施部门应当一次性告知证明事项名称、用途、依据和不实承诺的法律责任；申请人愿意承诺的，按照附件2签署告知承诺书。")
    runin("（二）核查处理。", "实施部门应当在作出许可决定之日起30个工作日内进行核查；申请人不实承诺的，依法撤销许可决定，并推送至广西公共信用信息平台。")
    head("三、工作要求")
    body("各部门要于2025年11月30日前完成办事指南修订。本通知自2025年12月1日起施行。")
    # 附件 list, second line aligned with typed full-width spaces
    add_par(doc, "附件：1．钦州港片区涉企经营许可证明事项告知承诺事项清单", indent=True, before=8)
    p = add_par(doc, "\u3000\u3000\u30002．证明事项告知承诺书（格式文本）", indent=True)
    empty(doc, 1, line=14)
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", align=R, indent=False)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2025年11月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------------------ 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("钦州港片区涉企经营许可证明事项", XBS, 20, False)],
            align=C, indent=False, line=32, before=8)
    add_par(doc, [("告知承诺事项清单", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    hdr = ["序号", "许可事项名称", "证明事项名称", "证明用途", "设定依据", "核查方式", "实施部门"]
    rows = [
        ["1", "港口经营许可", "港口经营场所、设施的产权证明或租赁证明", "证明申请人具有固定的经营场所和必要的港口设施", "《港口经营管理规定》第八条", "现场核查", "片区交通运输和港航管理局"],
        ["2", "港口经营许可", "安全生产管理人员考核合格证明", "证明申请人配备符合要求的安全生产管理人员", "《港口经营管理规定》第八条", "数据共享核查", "片区交通运输和港航管理局"],
        ["3", "道路货物运输经营许可", "驾驶人员从业资格证明", "证明聘用的驾驶人员取得相应从业资格", "《中华人民共和国道路运输条例》第二十二条", "数据共享核查", "片区行政审批局"],
        ["4", "危险化学品经营许可", "经营场所产权证明或租赁证明", "证明申请人具有符合国家标准的经营场所", "《危险化学品安全管理条例》第三十四条", "现场核查", "片区应急管理局"],
        ["5", "危险化学品经营许可", "储存设施产权证明或租赁证明", "证明申请人具有符合国家标准的储存设施", "《危险化学品安全管理条例》第三十四条", "现场核查", "片区应急管理局"],
        ["6", "劳务派遣经营许可", "经营场所使用证明", "证明申请人有与开展业务相适应的固定经营场所", "《劳务派遣行政许可实施办法》第七条", "现场核查", "片区行政审批局"],
        ["7", "旅行社业务经营许可", "经营场所证明", "证明申请人具有固定的经营场所", "《旅行社条例》第六条", "现场核查", "片区行政审批局"],
        ["8", "第三类医疗器械经营许可", "质量管理人员学历、职称证明", "证明质量管理人员具有相应的专业学历或者职称", "《医疗器械监督管理条例》第四十二条", "部门协查", "片区市场监督管理局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10, line=15)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10, align=C if ci in (0, 5) else L, line=15)
        cl.append(row_clause(hdr, row))
    widths(t, [0.9, 2.2, 3.0, 3.3, 2.7, 1.6, 2.1])
    # vertical merges: same 许可事项 / 实施部门 / 设定依据 typed once
    for r0, r1 in ((1, 2), (4, 5)):
        for ci in (1, 4, 6):
            val = rows[r0 - 1][ci]
            m = t.cell(r0, ci).merge(t.cell(r1, ci))
            set_cell(m, val, FS, 10, align=L, line=15)
    add_par(doc, [("注：1．本清单所列证明事项，申请人可以自主选择告知承诺方式或者提交证明材料方式办理。", FS, 12, False)],
            indent=False, line=20, before=6)
    cl.append("注：1．本清单所列证明事项，申请人可以自主选择告知承诺方式或者提交证明材料方式办理。")
    p = add_par(doc, [("2．核查方式为“现场核查”的，实施部门应当在作出许可决定之日起30个工作日内完成核查。", FS, 12, False)],
                indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    cl.append("2．核查方式为“现场核查”的，实施部门应当在作出许可决定之日起30个工作日内完成核查。")

    # ------------------------------------------------------------ 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("证明事项告知承诺书", XBS, 20, False), ("（格式文本）", KT, 16, False)],
            align=C, indent=False, line=32, after=4)

    def f(t, **kw):
        cl.append(t)
        add_par(doc, [(t, FS, 14, False)], line=20, **kw)

    add_par(doc, [("一、行政机关告知", HT, 14, False)], line=20)
    f("（一）申请事项：________________________________")
    f("（二）证明事项名称：____________________________")
    f("（三）证明内容：申请人应当符合________________________的条件、标准和要求。")
    f("（四）承诺方式：申请人自愿选择告知承诺方式的，应当在本告知承诺书上签字或者盖章；不愿承诺的，应当提交相关证明材料。")
    f("（五）核查方式：实施部门将在作出许可决定之日起30个工作日内，通过数据共享、部门协查、现场核查等方式进行核查。")
    f("（六）不实承诺的责任：申请人作出不实承诺的，实施部门将依法撤销许可决定，并记入申请人信用记录；涉嫌犯罪的，依法移送司法机关。")
    add_par(doc, [("二、申请人承诺", HT, 14, False)], line=20)
    f("申请人现作出下列承诺：")
    f("（一）已经知晓行政机关告知的全部内容；")
    f("（二）自身已符合行政机关告知的条件、标准和要求；")
    f("（三）愿意承担不实承诺、违反承诺的法律责任；")
    f("（四）所作承诺是申请人真实意思的表示。")
    empty(doc, 1, line=16)
    for t in ("申请人（签字或盖章）：", "法定代表人或委托代理人（签字）："):
        cl.append(t)
        p = add_par(doc, [(t, FS, 14, False)], indent=False, line=22)
        p.paragraph_format.left_indent = Pt(196)
    cl.append("年　月　日")
    p = add_par(doc, [("年　月　日", FS, 14, False)], align=R, indent=False, line=22)
    p.paragraph_format.right_indent = Pt(56)
    cl.append("行政机关（盖章）：")
    p = add_par(doc, [("行政机关（盖章）：", FS, 14, False)], indent=False, line=22, before=4)
    p.paragraph_format.left_indent = Pt(196)
    cl.append("年　月　日")
    p = add_par(doc, [("年　月　日", FS, 14, False)], align=R, indent=False, line=22)
    p.paragraph_format.right_indent = Pt(56)
    banji(doc, "抄送：钦州市人民政府办公室，钦州市司法局。",
          "钦州港片区管理委员会党政办公室", "2025年11月20日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于在涉企经营许可事项中推行证明事项告知承诺制的通知",
            "doc_number": "钦自贸管发〔2025〕21号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2025-12-01",
            "expires": None,
            "attachments": ["钦州港片区涉企经营许可证明事项告知承诺事项清单",
                            "证明事项告知承诺书（格式文本）"],
            "doc_type": "通知",
            "recipients": ["片区管委会各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# ======================================================================= DOC B
def doc_harbin():
    """哈尔滨片区管委会印发实施办法的通知：第X条、汉字日期、落款文本框、两级表头、自动编号。"""
    stem = "blind763_harbin_banfa"
    doc = Document()
    setup(doc)
    cl = []
    n_cn = make_numbering(doc, "（%1）", first=560)

    p = doc.add_paragraph()
    font(p.add_run("中国（黑龙江）自由贸易试验区"), XBS, 26, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("哈尔滨片区管理委员会文件"), XBS, 34, False, RED)
    fmt(p, align=C, indent=False, line=44, before=0)
    empty(doc, 1, line=20)
    p = add_par(doc, "哈自贸管规〔2026〕2号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title: one paragraph (20pt, long), manual line breaks at odd places
    add_lines(doc, ["中国（黑龙江）自由贸易试验区哈尔滨片区管理",
                    "委员会关于印发《哈尔滨片区涉企经营许可事项",
                    "证明事项告知承诺制实施办法》的通知"], XBS, 20, align=C, indent=False, line=29)
    empty(doc, 1, line=14)
    add_par(doc, "片区各部门，各功能区管理机构，各有关单位：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    body("为贯彻落实《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号），进一步减证便民、优化营商环境，片区管委会制定了《哈尔滨片区涉企经营许可事项证明事项告知承诺制实施办法》，现印发给你们，请认真贯彻执行。")
    body("《中国（黑龙江）自由贸易试验区哈尔滨片区证明事项告知承诺制试点工作方案》（哈自贸管发〔2023〕17号）同时废止。")
    # 落款 in a floating text box (the seal is usually pasted over it)
    textbox(doc, [("中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会", FS, 32, "right"),
                  ("二〇二六年二月十日", FS, 32, "right")], 20, 8, 420, 60)
    empty(doc, 1)
    empty(doc, 1, line=20)
    add_par(doc, "（此件主动公开）")

    # ---------------------------------------------------------- 办法
    page_break(doc)
    add_par(doc, [("哈尔滨片区涉企经营许可事项证明事项", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("告知承诺制实施办法", XBS, 20, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=12)

    def art(no, text, items=()):
        cl.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)], line=27)
        for it in items:
            add_par(doc, it, line=27)

    art("第一条", "为规范涉企经营许可事项中证明事项告知承诺制的实施，结合中国（黑龙江）自由贸易试验区哈尔滨片区（以下简称片区）实际，制定本办法。")
    art("第二条", "实行告知承诺制的证明事项以清单（附件1）为准，清单由片区行政审批局会同有关部门动态调整。")
    art("第三条", "行政机关应当一次性告知申请人证明义务、证明内容和不实承诺的法律责任。申请人选择告知承诺制的，应当签署告知承诺书（附件2）。")
    art("第四条", "有下列情形之一的，不适用告知承诺制：", [
        "（一）申请人在信用修复期内的；",
        "（二）申请人曾作出不实承诺的。"])
    art("第五条", "行政机关应当自作出许可决定之日起20个工作日内对承诺内容进行核查；发现不实承诺的，依法撤销许可决定并记入信用记录。")
    art("第六条", "本办法由片区行政审批局负责解释。")
    art("第七条", "本办法自2026年3月1日起施行，有效期至2028年2月29日。")
    add_par(doc, "附件：1．哈尔滨片区涉企经营许可事项证明事项告知承诺事项清单", indent=True, line=27, before=10)
    add_par(doc, "\u3000\u3000\u30002．证明事项告知承诺书（格式文本）", indent=True, line=27)

    # ---------------------------------------------------------- 附件1: two-level header
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("哈尔滨片区涉企经营许可事项", XBS, 20, False)], align=C, indent=False, line=30, before=6)
    add_par(doc, [("证明事项告知承诺事项清单", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("（承诺后办理时限单位：工作日）", KT, 12, False)], align=R, indent=False, line=22)
    keys = ["序号", "许可事项名称", "证明事项／名称", "证明事项／用途", "核查方式", "承诺后办理时限"]
    rows = [
        ["1", "道路旅客运输经营许可", "客运驾驶员从业资格证明", "证明聘用的驾驶员具备相应从业资格", "数据共享核查", "即办"],
        ["2", "国际道路运输经营许可", "车辆技术等级评定证明", "证明拟投入运输车辆的技术状况符合要求", "数据共享核查", "3"],
        ["3", "国际道路运输经营许可", "停车场地使用证明", "证明申请人具有与经营规模相适应的停车场地", "现场核查", "3"],
        ["4", "食品生产许可", "生产场所使用证明", "证明申请人具有与生产食品品种、数量相适应的生产场所", "现场核查", "5"],
        ["5", "出版物零售业务经营许可", "经营场所使用证明", "证明申请人具有固定的经营场所", "现场核查", "即办"],
        ["6", "人力资源服务许可", "经营场所使用证明", "证明申请人具有开展业务必备的固定场所", "现场核查", "即办"],
        ["7", "兽药经营许可", "质量管理人员学历证明", "证明质量管理人员具有相应专业学历", "部门协查", "5"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.1, 3.2, 3.3, 4.4, 2.0, 1.8])
    for ci, h in enumerate(["序号", "许可事项名称", "证明事项", "", "核查方式", "承诺后办理时限"]):
        set_cell(t.cell(0, ci), h, HT, 11)
    set_cell(t.cell(1, 2), "名称", HT, 11)
    set_cell(t.cell(1, 3), "用途", HT, 11)
    for ci in (0, 1, 4, 5):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, ["序号", "许可事项名称", "", "", "核查方式", "承诺后办理时限"][ci], HT, 11)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(m, "证明事项", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11, align=L if ci in (1, 2, 3) else C, line=18)
        cl.append(row_clause(keys, row))
    m = t.cell(3, 1).merge(t.cell(4, 1))
    set_cell(m, "国际道路运输经营许可", FS, 11, align=L, line=18)
    add_par(doc, [("备注：承诺后办理时限为“即办”的，申请人作出承诺且材料齐全后当场办结。", FS, 12, False)],
            indent=False, line=20, before=6)
    cl.append("备注：承诺后办理时限为“即办”的，申请人作出承诺且材料齐全后当场办结。")

    # ---------------------------------------------------------- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("证明事项告知承诺书（格式文本）", XBS, 20, False)], align=C, indent=False, line=32, before=6)
    empty(doc, 1, line=14)

    def f(t, bold_head=None):
        cl.append(t)
        add_par(doc, [(t, FS, 14, False)], line=21)

    f("申请人名称：____________________________________")
    f("统一社会信用代码：______________________________")
    f("申请事项：______________________________________")
    f("证明事项：______________________________________")
    f("行政机关告知：申请人可以选择以告知承诺方式替代提交上述证明。申请人作出承诺的，行政机关将在作出许可决定之日起20个工作日内进行核查；发现不实承诺的，依法撤销许可决定，并将不实承诺信息推送至黑龙江省公共信用信息平台。")
    f("申请人承诺：")
    # commitments use Word automatic numbering (（一）（二）…): the numbers are not typed
    commits = ["已经知晓行政机关告知的全部内容；",
               "自身已符合行政机关告知的条件、标准、要求；",
               "能够在约定期限内配合行政机关核查；",
               "愿意承担不实承诺、违反承诺的法律责任；",
               "所作承诺是申请人真实意思的表示。"]
    for i, c in enumerate(commits):
        cl.append("（%s）%s" % ("一二三四五"[i], c))
        p = add_par(doc, [(c, FS, 14, False)], line=21, first=Pt(28))
        apply_num(p, n_cn)
    empty(doc, 1, line=18)
    for t in ("申请人（签章）：", "法定代表人（签字）：", "日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日"):
        cl.append(t)
        p = add_par(doc, [(t, FS, 14, False)], indent=False, line=26)
        p.paragraph_format.left_indent = Pt(210)
    cl.append("（本告知承诺书一式两份，行政机关与申请人各执一份。）")
    add_par(doc, [("（本告知承诺书一式两份，行政机关与申请人各执一份。）", KT, 12, False)],
            indent=False, line=22, before=10)
    banji(doc, "抄送：哈尔滨市人民政府办公厅，哈尔滨市司法局。",
          "哈尔滨片区管理委员会综合办公室", "2026年2月10日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会关于印发《哈尔滨片区涉企经营许可事项证明事项告知承诺制实施办法》的通知",
            "doc_number": "哈自贸管规〔2026〕2号",
            "issuer": ["中国（黑龙江）自由贸易试验区哈尔滨片区管理委员会"],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "哈尔滨市",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["哈尔滨片区涉企经营许可事项证明事项告知承诺事项清单",
                            "证明事项告知承诺书（格式文本）"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各功能区管理机构", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": "《中国（黑龙江）自由贸易试验区哈尔滨片区证明事项告知承诺制试点工作方案》（哈自贸管发〔2023〕17号）",
        },
        "clauses": cl,
    }]
    return path


# ======================================================================= DOC C
def doc_luzhou():
    """川南临港片区管委会、泸州市市场监管局联合通知：联合版头（版式表格）、特急、空格缩进、
    半角全角标点混用、1.（1）编号、统计表续表、横向清单、承诺书软回车。"""
    stem = "blind763_luzhou_lianhe"
    doc = Document()
    setup(doc)
    cl = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头: borderless layout table, organs stacked left, "文件" merged on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    widths(t, [11.4, 3.8])
    for ri, org in enumerate(["川南临港片区管理委员会", "泸州市市场监督管理局"]):
        c0 = t.cell(ri, 0)
        set_cell(c0, org, XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, line=56, color=RED)
    empty(doc, 1, line=12)
    p = add_par(doc, "川南临港管发〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    add_lines(doc, ["中国（四川）自由贸易试验区川南临港片区管理",
                    "委员会\u3000泸州市市场监督管理局关于在涉企经营",
                    "许可事项中全面推行证明事项告知承诺制的通知"], XBS, 20, align=C, indent=False, line=28, after=8)
    add_par(doc, "片区管委会各部门，市市场监管局临港分局，各有关单位：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        cl.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)], indent=False)

    body("为推进“放管服”改革,服务西部陆海新通道建设,根据《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》(国办发〔2020〕42号),现就在中国（四川）自由贸易试验区川南临港片区全面推行证明事项告知承诺制有关事项通知如下。")
    head("一、试点基本情况")
    body("2025年，片区在5个许可事项中开展试点，告知承诺方式办件占比84.9%（见表1）。")
    add_par(doc, [("表1\u30002025年告知承诺制试点办件情况（单位：件）", HT, 13, False)],
            align=C, indent=False, line=20, before=2)
    hdr = ["许可事项", "办件总量", "告知承诺方式办件量", "核查发现不实承诺"]
    stats = [
        ["港口经营许可", "60", "37", "2"],
        ["食品生产许可", "174", "126", "1"],
        ["危险化学品经营许可", "104", "58", "1"],
        ["道路货物运输经营许可", "1114", "1043", "0"],
        ["药品零售许可", "205", "142", "1"],
        ["合计", "1657", "1406", "5"],
    ]
    split = SPLIT_C

    def stat_table(part):
        tt = doc.add_table(rows=1 + len(part), cols=4)
        tt.style = "Table Grid"
        tt.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(tt.rows[0].cells[i], h, HT, 12, line=18)
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                set_cell(tt.rows[ri].cells[ci], v, FS, 12, line=18)
            cl.append(row_clause(hdr, row))
        widths(tt, [4.8, 2.2, 4.5, 4.1])

    stat_table(stats[:split])
    # the clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    stat_table(stats[split:])
    p = add_par(doc, [("注：本表不含按原方式提交证明材料办理的件数。", FS, 12, False)], indent=False, line=18, before=2)
    cl.append("注：本表不含按原方式提交证明材料办理的件数。")
    head("二、主要任务")
    runin("（一）明确适用范围。", "全面推行告知承诺制的证明事项共10项，涉及9个涉企经营许可事项，见附件1。")
    runin("（二）规范办理流程。", "实施部门应当一次性告知证明义务和不实承诺的法律责任，申请人按照附件2签署告知承诺书。")
    runin("（三）强化核查监管。", "核查按照下列要求开展：")
    body("1．能够数据共享核查的，不得要求另行提交证明材料；")
    body("2.核查发现不实承诺的，依法撤销许可决定，并推送至全国信用信息共享平台（四川）。")
    runin("三、工作要求。", "各部门于2026年1月31日前修订办事指南。", HT)
    add_par(doc, IND + "附件：1．川南临港片区涉企经营许可证明事项告知承诺事项清单", indent=False, before=10)
    add_par(doc, IND + "\u3000\u3000\u30002．证明事项告知承诺书（格式文本）", indent=False)
    empty(doc, 1, line=16)
    add_par(doc, "中国（四川）自由贸易试验区川南临港片区管理委员会", indent=False)
    add_par(doc, "\u3000" * 14 + "泸州市市场监督管理局", indent=False)
    add_par(doc, "\u3000" * 15 + "2026年1月16日", indent=False)

    # ---------------------------------------------------------- 附件1 (landscape section)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.footer_distance = Cm(1.2)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("川南临港片区涉企经营许可证明事项告知承诺事项清单", XBS, 20, False)],
            align=C, indent=False, line=30, after=6)
    hdr = ["序号", "涉企经营许可事项", "证明事项名称", "证明内容", "核查方式", "核查时限", "实施部门"]
    rows = [
        ["1", "港口经营许可", "港口经营场所、设施产权或使用权证明", "申请人具有固定的经营场所和与经营范围、规模相适应的港口设施", "现场核查", "20个工作日内", "片区交通运输局"],
        ["2", "港口经营许可", "安全管理机构设置及人员配备证明", "申请人设有安全生产管理机构或者配备专职安全生产管理人员", "部门协查", "20个工作日内", "片区交通运输局"],
        ["3", "食品生产许可（白酒）", "生产场所使用证明", "申请人具有与生产白酒品种、数量相适应的生产场所", "现场核查", "20个工作日内", "市市场监督管理局临港分局"],
        ["4", "危险化学品经营许可（带储存设施）", "储存设施产权证明或租赁证明", "储存设施符合国家标准、行业标准的要求", "现场核查", "20个工作日内", "片区应急管理局"],
        ["5", "道路货物运输经营许可", "驾驶人员从业资格证明", "聘用的驾驶人员取得相应从业资格证件", "数据共享核查", "10个工作日内", "片区行政审批局"],
        ["6", "水路运输经营许可", "船舶所有权证明", "申请人自有适航船舶", "数据共享核查", "10个工作日内", "片区交通运输局"],
        ["7", "劳务派遣经营许可", "经营场所使用证明", "申请人有与开展业务相适应的固定经营场所", "现场核查", "20个工作日内", "片区行政审批局"],
        ["8", "人力资源服务许可", "经营场所使用证明", "申请人有开展业务必备的固定场所、办公设施", "现场核查", "20个工作日内", "片区行政审批局"],
        ["9", "药品零售许可", "执业药师注册证明", "申请人依法配备执业药师", "数据共享核查", "10个工作日内", "市市场监督管理局临港分局"],
        ["10", "公共场所卫生许可", "卫生检测报告", "公共场所空气、水质等卫生指标符合国家卫生标准", "现场核查", "20个工作日内", "片区社会事务局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10, align=L if ci in (1, 2, 3) else C, line=15)
        cl.append(row_clause(hdr, row))
    widths(t, [1.2, 3.6, 4.6, 6.4, 2.6, 3.0, 3.3])
    for ci in (1, 6):
        m = t.cell(1, ci).merge(t.cell(2, ci))
        set_cell(m, rows[0][ci], FS, 10, align=L if ci == 1 else C, line=15)
    # two notes typed in one paragraph, separated by Shift+Enter
    p = add_lines(doc, ["注：1.核查时限自作出许可决定之日起计算。",
                        "\u3000\u30002.申请人有较严重不良信用记录的，不适用告知承诺制。"],
                  FS, 12, indent=False, line=20, before=6)
    cl.append("注：1.核查时限自作出许可决定之日起计算。")
    cl.append("2.申请人有较严重不良信用记录的，不适用告知承诺制。")

    # ---------------------------------------------------------- 附件2 (portrait again)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("证明事项告知承诺书", XBS, 20, False)], align=C, indent=False, line=32, before=4)
    add_par(doc, [("（格式文本）", KT, 16, False)], align=C, indent=False, line=24, after=4)

    def f(t):
        cl.append(t)
        add_par(doc, [(IND + t, FS, 14, False)], indent=False, line=21)

    f("申请人：______________（统一社会信用代码：______________）")
    f("申请事项：________________\u3000证明事项：________________")
    add_par(doc, [(IND + "一、行政机关告知", HT, 14, False)], indent=False, line=21)
    f("1．证明用途及设定依据：______________________________。")
    f("2．证明内容：申请人应当符合______________的条件、标准和要求。")
    f("3．核查方式和时限：实施部门将在作出许可决定后按照清单所列核查方式和时限进行核查，申请人应当予以配合。")
    f("4．不实承诺的法律责任：申请人作出不实承诺的，实施部门将依法撤销许可决定，记入信用记录并依法实施联合惩戒；涉嫌犯罪的，依法移送司法机关。")
    add_par(doc, [(IND + "二、申请人承诺", HT, 14, False)], indent=False, line=21)
    # the commitments typed in one paragraph with Shift+Enter line breaks
    commits = ["本申请人郑重承诺：",
               "（一）已经知晓行政机关告知的全部内容；",
               "（二）自身已符合行政机关告知的条件、标准和要求；",
               "（三）愿意承担不实承诺、违反承诺的法律责任；",
               "（四）所作承诺是本申请人真实意思的表示。"]
    cl.extend(commits)
    add_lines(doc, [IND + c for c in commits], FS, 14, indent=False, line=21)
    empty(doc, 1, line=10)
    sig = ["申请人（盖章）：", "法定代表人或委托代理人（签字）：", "年\u3000\u3000月\u3000\u3000日"]
    cl.extend(sig)
    add_lines(doc, ["\u3000" * 12 + sig[0], "\u3000" * 12 + sig[1], "\u3000" * 19 + sig[2]],
              FS, 14, indent=False, line=21)
    cl.append("注：本告知承诺书一式两份，实施部门和申请人各执一份。")
    add_par(doc, [("注：本告知承诺书一式两份，实施部门和申请人各执一份。", FS, 12, False)],
            indent=False, line=22, before=10)
    banji(doc, "抄送：泸州市人民政府办公室，泸州市司法局。",
          "川南临港片区管理委员会党政办公室", "2026年1月16日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "中国（四川）自由贸易试验区川南临港片区管理委员会\u3000泸州市市场监督管理局关于在涉企经营许可事项中全面推行证明事项告知承诺制的通知",
            "doc_number": "川南临港管发〔2026〕4号",
            "issuer": ["中国（四川）自由贸易试验区川南临港片区管理委员会", "泸州市市场监督管理局"],
            "date": "2026-01-16",
            "published": None,
            "level": "municipal",
            "region": "泸州市",
            "effective": None,
            "expires": None,
            "attachments": ["川南临港片区涉企经营许可证明事项告知承诺事项清单",
                            "证明事项告知承诺书（格式文本）"],
            "doc_type": "通知",
            "recipients": ["片区管委会各部门", "市市场监管局临港分局", "各有关单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_harbin(), doc_luzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
