# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 577: 自贸片区 高层次人才 认定及支持办法.

Writes three Word files (python-docx), their PDFs (LibreOffice) and expected.json
next to this script.
"""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

RPR_AFTER_W = ("w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
               "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
               "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish")
PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                 "w:pPrChange")


# --------------------------------------------------------------------------
# low level helpers
# --------------------------------------------------------------------------
def style_run(run, font=FS, size=16, bold=None, color=None, scale=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if font in (HT, XBS):
        rfonts.set(qn("w:ascii"), font)
        rfonts.set(qn("w:hAnsi"), font)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.insert_element_before(w, *RPR_AFTER_W)
    return run


def fmt_para(p, align=None, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(bdr, *PPR_AFTER_BDR)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def set_cell_borders(cell, **kw):
    """kw: top/bottom/left/right = 'single' | 'nil'"""
    tcpr = cell._tc.get_or_add_tcPr()
    b = tcpr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcpr.append(b)
    for side in ("top", "left", "bottom", "right"):
        if side in kw:
            el = OxmlElement("w:" + side)
            val = kw[side]
            el.set(qn("w:val"), val)
            if val != "nil":
                el.set(qn("w:sz"), "8")
                el.set(qn("w:space"), "0")
                el.set(qn("w:color"), "000000")
            b.append(el)


def table_no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblpr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def set_widths(table, widths):
    """fix column widths in tblGrid + every cell (LibreOffice reads the grid)."""
    table.autofit = False  # writes <w:tblLayout w:type="fixed"/>
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        idx = 0
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths[idx:idx + n])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")
            idx += n


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
              line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if text:
        style_run(p.add_run(text), font, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def add_page_number_footer(section, style="dash"):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def fld(instr):
        r1 = p.add_run()
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "begin")
        r1._element.append(fc)
        style_run(r1, ST, 14)
        r2 = p.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._element.append(it)
        style_run(r2, ST, 14)
        r3 = p.add_run()
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "separate")
        r3._element.append(fc)
        r4 = p.add_run("1")
        style_run(r4, ST, 14)
        r5 = p.add_run()
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "end")
        r5._element.append(fc)

    if style == "dash":
        style_run(p.add_run("— "), ST, 14)
        fld(" PAGE ")
        style_run(p.add_run(" —"), ST, 14)
    else:
        style_run(p.add_run("第 "), ST, 10.5)
        fld(" PAGE ")
        style_run(p.add_run(" 页 共 "), ST, 10.5)
        fld(" NUMPAGES ")
        style_run(p.add_run(" 页"), ST, 10.5)


def setup_page(doc):
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    normal.element.get_or_add_rPr()
    rf = normal.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        normal.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return sec


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt_para(p, indent=False)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt_para(doc.add_paragraph(), indent=False, line=line)


# --------------------------------------------------------------------------
# Word numbering (for the Xiamen file)
# --------------------------------------------------------------------------
def add_abstract_num(doc, abs_id, lvl_text, fmt="chineseCounting", font=None,
                     first_line=640):
    numbering = doc.part.numbering_part.element
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(first_line))
    ppr.append(ind)
    lvl.append(ppr)
    if font:
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for k in ("w:ascii", "w:eastAsia", "w:hAnsi"):
            rf.set(qn(k), font)
        rpr.append(rf)
        lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)


def add_num(doc, abs_id, restart=True):
    numbering = doc.part.numbering_part.element
    num = numbering.add_num(abs_id)
    if restart:
        lo = OxmlElement("w:lvlOverride")
        lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        lo.append(so)
        num.append(lo)
    return num.numId


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


# --------------------------------------------------------------------------
# clause-recording builder
# --------------------------------------------------------------------------
class Rec:
    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def para(self, parts, clause=True, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
             line=28, key_prefix=""):
        """parts: list of (text, font, bold) or plain str (仿宋)."""
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, indent=indent, line=line)
        txt = ""
        for part in parts:
            if isinstance(part, str):
                part = (part, FS, False)
            t, f, b = part
            style_run(p.add_run(t), f, 16, bold=b or None)
            txt += t
        if clause:
            self.clauses.append(key_prefix + txt)
        return p

    def heading(self, text, font=HT, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True,
                bold=False, size=16):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, indent=indent)
        style_run(p.add_run(text), font, size, bold=bold or None)
        return p

    def table(self, header, rows, widths, merge_cols=(), size=12, header_font=HT,
              repeat=True, center_cols=()):
        """rows: list of lists (full values; merged cells repeat value in the key)."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], h, header_font, size,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        if repeat:
            repeat_header(t.rows[0])
        for r, row in enumerate(rows, start=1):
            for c, val in enumerate(row):
                if c in merge_cols and r > 1 and rows[r - 2][c] == val:
                    continue  # filled by merge
                al = WD_ALIGN_PARAGRAPH.CENTER if c in center_cols else WD_ALIGN_PARAGRAPH.JUSTIFY
                cell_text(t.rows[r].cells[c], val, FS, size, align=al)
            self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        # vertical merges
        for c in merge_cols:
            start = 1
            for r in range(2, len(rows) + 2):
                if r == len(rows) + 1 or rows[r - 1][c] != rows[start - 1][c]:
                    if r - 1 > start:
                        a = t.cell(start, c)
                        b = t.cell(r - 1, c)
                        a.merge(b)
                        # merge() leaves empty paragraphs from merged cells; trim
                        ps = a.paragraphs
                        for extra in ps[1:]:
                            if not extra.text:
                                extra._p.getparent().remove(extra._p)
                        a.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    start = r
        set_widths(t, widths)
        return t


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 / 印发 lines in a borderless table with rules."""
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_no_borders(t)
    c0 = t.rows[0].cells[0]
    c1 = t.rows[1].cells[0]
    set_cell_borders(c0, top="single", bottom="single")
    set_cell_borders(c1, bottom="single")
    p = c0.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-0)
    style_run(p.add_run(chaosong), FS, 14)
    p = c1.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    style_run(p.add_run(yinfa_org + "\t" + yinfa_date), FS, 14)
    set_widths(t, [15.6])


# ==========================================================================
# FILE 1: Wuhan — 通知 印发 办法 (manual numbering)
# ==========================================================================
def make_wuhan():
    doc = Document()
    sec = setup_page(doc)
    add_page_number_footer(sec, "dash")
    R = Rec(doc)

    ORG = "中国（湖北）自由贸易试验区武汉片区管理委员会"
    BF = "中国（湖北）自由贸易试验区武汉片区高层次人才认定及支持办法"
    WENHAO = "武自贸管发〔2025〕15号"

    # 版头
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=None)
    style_run(p.add_run(ORG + "文件"), XBS, 26, color=RED, scale=62)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    style_run(p.add_run(WENHAO), FS, 16)
    add_border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1)

    # 标题 (soft line break inside)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = style_run(p.add_run("中国（湖北）自由贸易试验区武汉片区"), XBS, 22)
    r.add_break()
    r = style_run(p.add_run("管理委员会关于印发《中国（湖北）自由"), XBS, 22)
    r.add_break()
    r = style_run(p.add_run("贸易试验区武汉片区高层次人才认定及"), XBS, 22)
    r.add_break()
    style_run(p.add_run("支持办法》的通知"), XBS, 22)
    empty(doc, 1)

    p = R.para(["片区各部门、各功能区，各有关单位："], clause=False, indent=False)

    R.para(["《" + BF + "》已经片区管委会2025年第9次主任办公会议审议通过，现印发给你们，请结合实际认真贯彻执行。"])
    # run split in odd places (typical after tracked edits)
    R.para(["各部门要按照职责分工，加强协", "同配合，做好政策宣传、申报受理和资金兑现等工作，确保各项支持措施落地见效。",
            "执行中遇到的问题，请及时向片区管委会人力资源和社会保障局反映。"])
    R.para(["联系人：人才开发科　张　磊，联系电话：027-67880512。"])
    empty(doc, 3)
    # 落款 typed with leading spaces
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    style_run(p.add_run(ORG + "\u3000\u3000"), FS, 16)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    style_run(p.add_run("\u3000" * 16 + "2025年9月12日"), FS, 16)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, indent=True)
    style_run(p.add_run("（此件公开发布）"), FS, 16)
    notice_clauses = R.clauses
    R.clauses = []

    # ---------------- 办法 ----------------
    page_break(doc)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = style_run(p.add_run("中国（湖北）自由贸易试验区武汉片区"), XBS, 22)
    r.add_break()
    style_run(p.add_run("高层次人才认定及支持办法"), XBS, 22)
    empty(doc, 1)

    def chap(t):
        R.heading(t, HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(num, text, sep="\u3000", runin=None):
        parts = [("第" + num + "条", HT, False), (sep, FS, False)]
        if runin:
            parts.append((runin, KT, True))
        parts.append(text)
        R.para(parts)

    def item(text):
        R.para([text])

    chap("第一章　总　　则")
    art("一", "为深入贯彻人才强国战略，加快建设中国（湖北）自由贸易试验区武汉片区（以下简称“片区”）人才高地，集聚一批支撑片区制度创新和产业发展的高层次人才，根据《中国（湖北）自由贸易试验区条例》等有关规定，结合片区实际，制定本办法。")
    art("二", "本办法所称高层次人才，是指在片区注册登记、依法纳税的企业、科研机构、新型研发机构和社会组织（以下统称“用人单位”）全职引进或者培养，符合《中国（湖北）自由贸易试验区武汉片区高层次人才分类目录》（见附件1，以下简称《分类目录》）相应条件，并经片区管委会认定的人才。")
    art("三", "高层次人才认定及支持工作遵循以下原则：")
    item("（一）坚持党管人才，突出用人单位主体作用；")
    item("（二）坚持需求导向，重点支持片区主导产业和制度创新急需紧缺人才；")
    item("（三）坚持公开公平，实行个人申报、单位推荐、专家评审、社会公示；")
    item("（四）坚持动态管理，支持期内实行年度考核、跟踪服务。")
    art("四", "片区人才工作领导小组负责统筹高层次人才认定及支持工作。片区管委会人力资源和社会保障局（以下简称“人社局”）具体负责受理、审核、认定、发放等日常工作；片区管委会财政局负责资金保障和监督管理；其他有关部门按照职责分工做好相关工作。")

    chap("第二章　认定条件")
    art("五", "高层次人才分为A类（国际顶尖人才）、B类（国内领军人才）、C类（地方高级人才）三个层次，具体认定标准按照《分类目录》执行。", sep="  ")
    art("六", "申请认定高层次人才，应当同时符合以下基本条件：")
    item("（一）遵守中华人民共和国法律法规，具有良好的职业道德和学术诚信；")
    item("（二）与片区用人单位签订3年以上劳动合同或者聘用协议，且在片区实际工作；")
    item("（三）申报时在片区用人单位连续缴纳社会保险6个月以上（外籍人才及港澳台人才除外）；")
    item("（四）年龄一般不超过55周岁，A类人才或者特别优秀的人才可适当放宽。")
    art("七", "有下列情形之一的，不予认定：")
    item("（一）党政机关、事业单位在编在职人员（经批准离岗创新创业的科研人员除外）；")
    item("（二）被列入严重失信主体名单且尚未移出的；")
    item("（三）申报材料存在弄虚作假情形的。")

    chap("第三章　认定程序")
    art("八", "高层次人才认定原则上每年集中开展两次，一般在每年3月和9月受理申报，具体时间以人社局发布的申报通知为准。A类人才可随时申报、即时认定。")
    art("九", "认定按照以下程序进行：")
    R.para(["（一）", ("个人申报。", KT, False), "申报人通过片区人才服务平台填写《高层次人才认定申报表》（见附件2），上传相关证明材料。"])
    R.para(["（二）", ("单位推荐。", KT, False), "用人单位对申报材料的真实性进行审核，出具推荐意见。"])
    R.para(["（三）", ("部门审核。", KT, False), "人社局会同有关部门在15个工作日内完成资格审查。"])
    R.para(["（四）", ("专家评审。", KT, False), "对需要综合评价的人才，组织同行专家进行评审。"])
    R.para(["（五）", ("公示认定。", KT, False), "拟认定名单在片区门户网站公示5个工作日，公示无异议的，由片区管委会发文认定并颁发《武汉片区高层次人才证书》。"])
    art("十", "高层次人才认定有效期为5年。有效期内人才工作单位在片区内变动的，应当在30日内向人社局办理变更手续；离开片区的，认定资格自动失效。")

    chap("第四章　支持措施")
    art("十一", "对新引进的高层次人才，按照层次给予安家补贴：A类人才最高给予100万元，B类人才最高给予60万元，C类人才最高给予20万元。安家补贴分3年按照40%、30%、30%的比例发放。", runin="安家补贴。")
    art("十二", "在片区首次购买自住商品住房的高层次人才，可按照购房合同金额的10%给予购房补助，A类、B类、C类人才分别最高不超过50万元、30万元、15万元。购房补助与安家补贴不重复享受，按照就高原则执行。", runin="购房支持。")
    art("十三", "高层次人才在片区无自有住房的，可申请入住片区人才公寓。A类人才可免租金入住面积不超过150平方米的人才公寓，B类、C类人才在支持期内分别按照市场租金的30%、50%缴纳租金。", runin="人才公寓。")
    art("十四", "用人单位支付高层次人才年度工资薪金收入在50万元以上的，按照其个人年度工资薪金收入形成的片区地方财力贡献的80%给予奖励，每人每年最高不超过200万元，连续支持3年。", runin="薪酬奖励。")
    art("十五", "高层次人才领衔承担的创新创业项目，经评审后给予最高500万元的项目资助；对特别重大的项目，可采取“一事一议”方式给予支持。", runin="项目资助。")
    art("十六", "片区为高层次人才提供以下服务保障：", runin="生活服务。")
    item("（一）子女教育。协调安排其子女在片区内公办中小学、幼儿园就读；")
    item("（二）医疗保健。A类、B类人才可享受片区合作医院绿色通道服务，每年安排1次健康体检；")
    item("（三）出入境便利。为外籍高层次人才办理工作许可、居留许可等提供“一站式”服务，符合条件的可推荐申请在华永久居留；")
    item("（四）配偶就业。协助推荐配偶就业，配偶未就业的，给予每月3000元的生活补贴，最长不超过24个月。")
    art("十七", "对年度内新引进A类人才的用人单位，给予每人50万元的引才奖励；新引进B类人才的，给予每人20万元的引才奖励。单个用人单位每年获得引才奖励累计不超过300万元。", runin="用人单位奖励。")

    chap("第五章　管理与监督")
    art("十八", "人社局建立高层次人才档案和年度考核制度。支持期内考核不合格的，暂停发放当年度补贴；连续两年考核不合格的，终止支持。")
    art("十九", "享受本办法补贴的高层次人才在支持期内离开片区或者与用人单位解除劳动关系的，停止发放剩余补贴；在片区服务未满5年的，应当按照未服务年限比例退还已发放的安家补贴。", sep="  ")
    art("二十", "申报人或者用人单位采取弄虚作假等不正当手段骗取认定资格或者补贴资金的，撤销其认定资格，追回已发放资金，5年内不得申报片区各类人才项目，并依法纳入信用记录；涉嫌犯罪的，移送司法机关依法处理。")
    art("二十一", "有关工作人员在认定和资金管理工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。")

    chap("第六章　附　　则")
    art("二十二", "同一人才符合片区多项同类政策的，按照“从优、就高、不重复”原则予以支持。国家、省、市另有规定的，从其规定。")
    art("二十三", "本办法所称“以上”“以下”“不超过”均含本数。")
    art("二十四", "本办法由片区管委会人力资源和社会保障局负责解释。")
    art("二十五", "本办法自2025年10月1日起施行，有效期至2028年9月30日。《中国（湖北）自由贸易试验区武汉片区人才引进支持暂行办法》（武自贸管发〔2022〕7号）同时废止。")
    empty(doc, 1)
    # 附件 list: soft break + manual spaces
    A1 = "中国（湖北）自由贸易试验区武汉片区高层次人才分类目录"
    A2 = "中国（湖北）自由贸易试验区武汉片区高层次人才认定申报表"
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    p.paragraph_format.left_indent = Pt(0)
    r = style_run(p.add_run("附件：1．" + A1), FS, 16)
    r.add_break()
    style_run(p.add_run("\u3000" * 5 + "2．" + A2), FS, 16)

    # ---------------- 附件1 ----------------
    page_break(doc)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    style_run(p.add_run("附件1"), HT, 16)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = style_run(p.add_run("中国（湖北）自由贸易试验区武汉片区"), XBS, 22)
    r.add_break()
    style_run(p.add_run("高层次人才分类目录"), XBS, 22)
    empty(doc, 1)
    R.table(
        ["序号", "人才类别", "认定标准", "安家补贴标准"],
        [
            ["1", "A类（国际顶尖人才）",
             "符合下列条件之一：①诺贝尔奖、图灵奖、菲尔兹奖等国际顶级奖项获得者；②中国科学院院士、中国工程院院士；③美国、英国、德国、法国、日本等发达国家国家级科学院、工程院院士；④国家最高科学技术奖获得者；⑤经片区人才工作领导小组认定的其他相当层次人才。",
             "最高100万元"],
            ["2", "B类（国内领军人才）",
             "符合下列条件之一：①国家级重点人才工程入选者；②国家杰出青年科学基金获得者、“长江学者奖励计划”特聘教授；③国家级科学技术奖二等奖以上获奖项目的主要完成人（排名前3位）；④在世界500强企业或者中国500强企业担任过总部高级管理职务的人才；⑤在片区企业工作，上一年度工资薪金收入达到200万元以上的人才。",
             "最高60万元"],
            ["3", "C类（地方高级人才）",
             "符合下列条件之一：①省级重点人才工程入选者；②具有博士学位且在片区从事研发工作的人才；③具有正高级专业技术职称的人才；④在片区从事跨境电商、中欧班列、供应链金融、数字贸易等领域工作，具有8年以上相关从业经历且上一年度工资薪金收入达到60万元以上的高级经营管理人才。",
             "最高20万元"],
        ],
        widths=[1.3, 3.0, 8.6, 2.7], center_cols=(0, 1, 3))
    p = R.para(["注：本目录由片区管委会根据产业发展需要适时调整，并向社会公布。"], indent=False, line=22)
    for r in p.runs:
        r.font.size = Pt(12)

    # ---------------- 附件2 申报表 (blank form) ----------------
    page_break(doc)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    style_run(p.add_run("附件2"), HT, 16)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = style_run(p.add_run("中国（湖北）自由贸易试验区武汉片区"), XBS, 22)
    r.add_break()
    style_run(p.add_run("高层次人才认定申报表"), XBS, 22)
    empty(doc, 1, line=20)
    form = doc.add_table(rows=9, cols=6)
    form.style = "Table Grid"
    form.alignment = WD_TABLE_ALIGNMENT.CENTER
    lab = [
        ["姓　　名", "", "性　　别", "", "出生年月", ""],
        ["国　　籍", "", "证件号码", "", "最高学历", ""],
        ["用人单位", "", "", "", "单位性质", ""],
        ["现任职务", "", "职　　称", "", "入职时间", ""],
        ["申报类别", "□A类　　□B类　　□C类", "", "", "", ""],
        ["符合《分类目录》的具体条款", "", "", "", "", ""],
        ["主要业绩（近5年）", "", "", "", "", ""],
        ["申报人承诺", "本人承诺所填内容及所附材料真实有效，如有虚假，愿承担相应责任。\n申报人签名：　　　　　　　年　　月　　日", "", "", "", ""],
        ["用人单位意见", "（盖章）\n　　　　　　　　　　　年　　月　　日", "", "", "", ""],
    ]
    for ri, row in enumerate(lab):
        for ci, v in enumerate(row):
            if v:
                c = form.rows[ri].cells[ci]
                lines = v.split("\n")
                cell_text(c, lines[0], FS, 12,
                          align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 or ci % 2 == 0 else WD_ALIGN_PARAGRAPH.LEFT)
                for extra in lines[1:]:
                    pp = c.add_paragraph()
                    style_run(pp.add_run(extra), FS, 12)
    form.cell(2, 1).merge(form.cell(2, 3))
    for ri in (4, 5, 6, 7, 8):
        form.cell(ri, 1).merge(form.cell(ri, 5))
    set_widths(form, [2.6, 2.6, 2.4, 2.6, 2.4, 3.0])
    for ri, h in ((5, 1.2), (6, 4.5), (7, 2.2), (8, 2.2)):
        form.rows[ri].height = Cm(h)
    p = doc.add_paragraph()
    fmt_para(p, indent=False, line=24, before=6)
    style_run(p.add_run("填表说明："), HT, 14)
    for t in ["1．本表由申报人如实填写，经用人单位审核盖章，一式两份。",
              "2．“申报类别”栏按照《分类目录》勾选一项，不得多选。",
              "3．“主要业绩”栏应当重点填写近5年取得的代表性成果，篇幅不够的可另附页。",
              "4．未经申报人本人签名或者未加盖用人单位公章的申报表，不予受理。"]:
        p = doc.add_paragraph()
        fmt_para(p, indent=True, line=24)
        style_run(p.add_run(t), FS, 14)
        R.clauses.append(t)

    # 版记
    empty(doc, 2)
    banji(doc, "抄送：片区人才工作领导小组各成员单位，武汉东湖新技术开发区管委会。",
          "武汉片区管理委员会办公室", "2025年9月12日印发")

    banfa_clauses = R.clauses
    doc.save(os.path.join(HERE, "blind577_wuhan_tongzhi.docx"))

    notice = {
        "meta": {
            "title": ORG + "关于印发《" + BF + "》的通知",
            "doc_number": WENHAO, "issuer": [ORG], "date": "2025-09-12", "published": None,
            "level": "zone", "region": "中国（湖北）自由贸易试验区武汉片区",
            "effective": None, "expires": None, "attachments": [],
            "doc_type": "通知", "recipients": ["片区各部门", "各功能区", "各有关单位"],
            "publicity": "此件公开发布", "repeals": None,
        },
        "clauses": notice_clauses,
    }
    banfa = {
        "meta": {
            "title": BF, "doc_number": None, "issuer": [ORG], "date": "2025-09-12",
            "published": None, "level": "zone", "region": "中国（湖北）自由贸易试验区武汉片区",
            "effective": "2025-10-01", "expires": "2028-09-30",
            "attachments": [A1, A2], "doc_type": "办法", "recipients": [],
            "publicity": None,
            "repeals": "《中国（湖北）自由贸易试验区武汉片区人才引进支持暂行办法》（武自贸管发〔2022〕7号）",
        },
        "clauses": banfa_clauses,
    }
    return "blind577_wuhan_tongzhi", [notice, banfa]


# ==========================================================================
# FILE 2: Nansha — joint 申报通知 with tables, 申报表, 材料清单
# ==========================================================================
def make_nansha():
    doc = Document()
    sec = setup_page(doc)
    add_page_number_footer(sec, "dash")
    R = Rec(doc)
    ORG1 = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会"
    ORG2 = "广州市南沙区人力资源和社会保障局"
    WENHAO = "穗南自贸〔2026〕6号"
    TITLE = "关于开展2026年度南沙片区高层次人才认定及安家补贴申报工作的通知"

    # joint 版头 as a layout table: organs left (distributed), 文件 right
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_no_borders(t)
    for ri, org in enumerate((ORG1, ORG2)):
        c = t.rows[ri].cells[0]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        style_run(p.add_run(org), XBS, 20, color=RED, scale=60 if ri == 0 else None)
    right = t.cell(0, 1).merge(t.cell(1, 1))
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(p.add_run("文件"), XBS, 36, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, [12.6, 3.0])
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    style_run(p.add_run(WENHAO), FS, 16)
    add_border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = style_run(p.add_run("关于开展2026年度南沙片区高层次人才认定"), XBS, 22)
    r.add_break()
    style_run(p.add_run("及安家补贴申报工作的通知"), XBS, 22)
    empty(doc, 1)
    R.para(["各镇（街）、区属各单位，片区各有关企业："], clause=False, indent=False)

    R.para(["为深入实施新时代人才强国战略，贯彻落实《中国（广东）自由贸易试验区广州南沙新区片区高层次人才认定及支持办法》（穗南自贸〔2025〕21号，以下简称《办法》），现就做好2026年度南沙片区高层次人才认定及安家补贴申报工作有关事项通知如下："])

    H = lambda t: R.heading(t, HT)  # noqa: E731

    def runin(num, head, text):
        R.para([num, (head, KT, True), text])

    H("一、申报对象")
    R.para(["2025年1月1日至2025年12月31日期间由南沙片区内注册登记、依法纳税的用人单位全职引进，或者在南沙片区创办企业，且符合《办法》附件《南沙片区高层次人才分类目录》A类、B类、C类认定条件的人才。"])
    H("二、申报条件")
    runin("（一）", "基本条件。", "申报人应当遵纪守法、诚实守信，与南沙片区用人单位签订3年以上劳动合同并在南沙片区实际工作，申报时已在南沙片区连续缴纳社会保险或者个人所得税满6个月。")
    runin("（二）", "分类条件。", "申报人应当符合下列条件之一：")
    R.para(["1．A类人才：诺贝尔奖获得者，中国科学院院士、中国工程院院士，或者国家最高科学技术奖获得者等国际顶尖人才；"])
    R.para(["2．B类人才：国家级重点人才工程入选者，或者在粤港澳大湾区重点产业企业担任核心高管、年薪不低于100万元的领军人才；"])
    R.para(["3．C类人才：具有博士学位或者正高级专业技术职称，在南沙片区从事航运物流、跨境电商、数字贸易、人工智能等产业工作的高级人才。"])
    runin("（三）", "不予受理情形。", "有下列情形之一的，不予受理：")
    R.para(["1．已享受南沙区其他同类安家补贴政策的；"])
    R.para(["2．属于机关事业单位在编人员的；"])
    R.para(["3．存在严重失信行为尚未完成信用修复的。"])
    H("三、支持标准")
    R.para(["经认定的高层次人才，按照下列标准给予支持（安家补贴按年度分期发放）："])
    R.table(["人才类别", "安家补贴", "发放方式", "其他支持措施"], [
        ["A类", "最高100万元", "分5年发放，每年20万元", "提供不少于120平方米的人才公寓，开通子女入学、医疗保障“绿色通道”"],
        ["B类", "最高60万元", "分3年发放，每年20万元", "提供不少于90平方米的人才公寓，享受“穗南人才卡”服务"],
        ["C类", "最高20万元", "分2年发放，每年10万元", "优先申请人才公寓，或者给予每月2000元租房补贴"],
    ], widths=[2.0, 2.8, 4.2, 6.6], center_cols=(0, 1), size=14)
    R.para(["同一人才同时符合多个类别条件的，按照就高原则认定，不重复享受。"])
    H("四、申报程序")
    runin("（一）", "网上申报。", "申报人于2026年4月1日至4月30日登录“南沙人才通”服务平台如实填写《南沙片区高层次人才认定申报表》，上传证明材料，逾期不予受理。")
    runin("（二）", "单位审核。", "用人单位对申报材料的真实性、完整性进行审核，于2026年5月10日前在平台提交审核意见，并将加盖单位公章的纸质材料一式两份报送区人力资源和社会保障局。")
    runin("（三）", "部门复核。", "区人力资源和社会保障局会同片区管委会按照以下程序进行复核：")
    R.para(["1．资格审查。对申报人的基本条件进行审查，必要时征求有关部门意见："])
    R.para(["（1）社会保险缴纳情况由区社会保险基金管理中心核查；"])
    R.para(["（2）个人所得税缴纳情况由国家税务总局广州市南沙区税务局核查；"])
    R.para(["（3）信用情况通过“信用中国（广东）”平台核查。"])
    R.para(["2．专家评审。对B类、C类人才中需要综合评价的，组织专家进行评审。"])
    runin("（四）", "公示发放。", "复核通过的人才名单在南沙区人民政府门户网站公示5个工作日。公示无异议的，于2026年7月31日前完成首期安家补贴拨付。")
    H("五、工作要求")
    runin("（一）", "加强组织实施。", "各镇（街）、各有关单位要高度重视，认真做好政策宣传解读，组织符合条件的人才及时申报。")
    runin("（二）", "严格审核把关。", "用人单位要切实履行审核主体责任，对弄虚作假的，依照《办法》有关规定严肃处理。")
    runin("（三）", "优化申报服务。", "片区管委会、区人力资源和社会保障局要依托“南沙人才通”平台推行“一网通办”，实现申报材料“免提交”“容缺办”。")
    R.para(["联系人：区人力资源和社会保障局人才服务科　林晓峰，电话：020-39012345；片区管委会人才发展处　陈　颖，电话：020-39876543。"])
    empty(doc, 1)
    AT1 = "南沙片区高层次人才认定申报表"
    AT2 = "南沙片区高层次人才认定申报材料清单"
    p = doc.add_paragraph()
    fmt_para(p, indent=True)
    style_run(p.add_run("附件：1．" + AT1), FS, 16)
    p = doc.add_paragraph()
    fmt_para(p, indent=False, left=Pt(32 + 48))
    style_run(p.add_run("2．" + AT2), FS, 16)
    empty(doc, 3)
    # 落款: two organs side by side in a layout table, date centred under right
    t = doc.add_table(rows=2, cols=2)
    table_no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, (l1, l2) in enumerate((("中国（广东）自由贸易试验区", "广州南沙新区片区管理委员会"),
                                    ("广州市南沙区人力资源", "和社会保障局"))):
        p = t.rows[0].cells[ci].paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = style_run(p.add_run(l1), FS, 16)
        r.add_break()
        style_run(p.add_run(l2), FS, 16)
    p = t.rows[1].cells[1].paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(p.add_run("2026年3月18日"), FS, 16)
    set_widths(t, [8.2, 7.4])
    for row in t.rows:
        cs = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(cs)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, indent=True)
    style_run(p.add_run("（此件主动公开）"), FS, 16)

    # 附件1 blank form
    page_break(doc)
    p = doc.add_paragraph()
    fmt_para(p, indent=False)
    style_run(p.add_run("附件1"), HT, 16)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    style_run(p.add_run(AT1), XBS, 22)
    p = doc.add_paragraph()
    fmt_para(p, indent=False, line=24)
    style_run(p.add_run("申报单位（盖章）：" + "\u3000" * 9 + "填报日期：　　年　　月　　日"), FS, 12)
    form = doc.add_table(rows=8, cols=5)
    form.style = "Table Grid"
    cells = [
        ["姓名", "", "性别", "", "（照片）"],
        ["出生年月", "", "国籍（地区）", "", ""],
        ["证件类型及号码", "", "", "", ""],
        ["申报类别", "□A类　□B类　□C类", "", "", ""],
        ["引进时间", "", "劳动合同期限", "", ""],
        ["社保（个税）缴纳起始月份", "", "", "", ""],
        ["符合认定条件情况", "", "", "", ""],
        ["单位推荐意见", "（公章）　　年　　月　　日", "", "", ""],
    ]
    for ri, row in enumerate(cells):
        for ci, v in enumerate(row):
            if v:
                cell_text(form.rows[ri].cells[ci], v, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    form.cell(0, 4).merge(form.cell(2, 4))
    form.cell(2, 1).merge(form.cell(2, 3))
    form.cell(3, 1).merge(form.cell(3, 4))
    form.cell(4, 3).merge(form.cell(4, 4))
    form.cell(5, 1).merge(form.cell(5, 4))
    form.cell(6, 1).merge(form.cell(6, 4))
    form.cell(7, 1).merge(form.cell(7, 4))
    set_widths(form, [3.2, 3.4, 2.8, 3.4, 2.8])
    form.rows[6].height = Cm(6)
    form.rows[7].height = Cm(3)
    p = R.para(["说明：本表一式两份，须用A4纸双面打印，由申报人本人签字并加盖用人单位公章。"], indent=False, line=24)
    for r in p.runs:
        r.font.size = Pt(12)

    # 附件2 清单
    page_break(doc)
    p = doc.add_paragraph()
    fmt_para(p, indent=False)
    style_run(p.add_run("附件2"), HT, 16)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    style_run(p.add_run(AT2), XBS, 22)
    empty(doc, 1, line=20)
    R.table(["序号", "材料名称", "具体要求", "适用对象"], [
        ["1", "申报表", "平台在线生成后打印，申报人签字、用人单位盖章", "全部申报人"],
        ["2", "身份证明", "居民身份证、护照或者港澳台居民居住证复印件", "全部申报人"],
        ["3", "劳动合同", "与南沙片区用人单位签订的3年以上劳动合同复印件", "全部申报人"],
        ["4", "社保或者个税缴纳证明", "申报前连续6个月的社会保险或者个人所得税缴纳证明", "全部申报人"],
        ["5", "学历学位及职称证书", "学历学位证书、职称证书复印件，境外学历学位须提供教育部留学服务中心认证材料", "C类人才"],
        ["6", "人才称号或者奖项证明", "国家级、省级人才工程入选文件或者获奖证书复印件", "A类、B类人才"],
        ["7", "薪酬证明", "2025年度个人所得税完税证明", "按年薪条件申报的B类人才"],
        ["8", "信用承诺书", "按照平台模板填写并签字", "全部申报人"],
    ], widths=[1.3, 3.6, 7.4, 3.3], center_cols=(0,), size=12)

    empty(doc, 2)
    banji(doc, "抄送：区委组织部，区财政局，国家税务总局广州市南沙区税务局。",
          "南沙片区管理委员会综合办公室", "2026年3月19日印发")
    doc.save(os.path.join(HERE, "blind577_nansha_tongzhi.docx"))
    return "blind577_nansha_tongzhi", [{
        "meta": {
            "title": TITLE, "doc_number": WENHAO, "issuer": [ORG1, ORG2],
            "date": "2026-03-18", "published": None, "level": "zone",
            "region": "中国（广东）自由贸易试验区广州南沙新区片区",
            "effective": None, "expires": None, "attachments": [AT1, AT2],
            "doc_type": "通知", "recipients": ["各镇（街）", "区属各单位", "片区各有关企业"],
            "publicity": "此件主动公开", "repeals": None,
        },
        "clauses": R.clauses,
    }]


# ==========================================================================
# FILE 3: Xiamen — standalone 办法, Word auto-numbering, merged-cell 目录
# ==========================================================================
def make_xiamen():
    doc = Document()
    sec = setup_page(doc)
    add_page_number_footer(sec, "pages")
    R = Rec(doc)
    ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
    BF = "中国（福建）自由贸易试验区厦门片区高层次人才认定及支持办法"
    add_abstract_num(doc, 90, "第%1条\u3000", font=HT)
    add_abstract_num(doc, 91, "（%1）")
    ART = add_num(doc, 90, restart=False)
    counter = {"art": 0}

    # title split over two real paragraphs
    for t in ("中国（福建）自由贸易试验区厦门片区", "高层次人才认定及支持办法"):
        p = doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
        style_run(p.add_run(t), XBS, 22)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, before=6)
    style_run(p.add_run("（2024年11月8日" + ORG + "第12次主任办公会议审议通过）"), KT, 16)
    empty(doc, 1)

    def chap(t):
        R.heading(t, HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(text):
        counter["art"] += 1
        p = R.para([text], key_prefix="第" + cn_num(counter["art"]) + "条\u3000")
        set_num(p, ART)
        return p

    def items(texts):
        nid = add_num(doc, 91, restart=True)
        for i, t in enumerate(texts, start=1):
            p = R.para([t], key_prefix="（" + cn_num(i) + "）")
            set_num(p, nid)

    chap("第一章　总则")
    art("为加快建设海峡两岸人才交流合作高地，吸引集聚高层次人才到中国（福建）自由贸易试验区厦门片区（以下简称“厦门片区”）创新创业，根据《中国（福建）自由贸易试验区条例》及厦门市人才政策有关规定，制定本办法。")
    art("本办法适用于在厦门片区内依法注册、实际经营并纳税的企业、科研机构、社会组织等用人单位全职引进或者自主培养的高层次人才，以及在厦门片区创办企业的高层次人才。")
    art("厦门片区管理委员会（以下简称“片区管委会”）人才服务中心负责高层次人才认定申报的受理、审核和日常服务管理工作；片区管委会财政金融局负责资金保障；片区管委会其他有关部门按照职责做好配合工作。")
    chap("第二章　人才分类与认定")
    art("高层次人才按照专业水平、业绩贡献和产业急需程度，分为A类、B类、C类。各类人才的具体认定标准见《中国（福建）自由贸易试验区厦门片区高层次人才分类目录》（以下简称《分类目录》）。")
    art("申请认定的人才应当具备下列条件：")
    items(["拥护中国共产党的领导，遵纪守法，品行端正；",
           "与厦门片区用人单位签订不少于3年的劳动合同，或者在厦门片区创办企业且个人实际出资额不低于100万元；",
           "在厦门片区全职工作，每年在片区工作时间不少于6个月；",
           "符合《分类目录》规定的相应条件。"])
    art("台湾地区人才在厦门片区就业创业的，可参照本办法申请认定；其在台湾地区取得的专业技术资格、职业技能等级和获得的奖项，经片区管委会组织评估后，可作为认定依据。")
    art("对未列入《分类目录》但确属厦门片区重点产业发展急需紧缺的人才，可由用人单位提出申请，经片区人才工作领导小组会议研究，采取“一事一议”方式认定。")
    art("高层次人才认定实行常态化受理、按季度集中评审。片区管委会人才服务中心应当自受理申请之日起20个工作日内完成审核；需要组织专家评审的，评审时间不计入审核期限。")
    art("经审核拟认定的人才名单，在片区管委会门户网站公示，公示期不少于5个工作日。公示无异议或者异议不成立的，由片区管委会予以认定，认定有效期为3年。")
    chap("第三章　支持政策")
    art("新引进的高层次人才可申请安家补贴，标准如下：")
    items(["A类人才最高给予100万元安家补贴；",
           "B类人才最高给予50万元安家补贴；",
           "C类人才最高给予30万元安家补贴。"])
    R.para(["安家补贴分3年发放，首年发放50%，第二年、第三年各发放25%。"])
    art("高层次人才在厦门片区无自有住房的，可申请入住片区人才公寓或者享受租房补贴。租房补贴标准为A类人才每月8000元、B类人才每月5000元、C类人才每月3000元，补贴期限最长不超过36个月。")
    art("对高层次人才在厦门片区创办的企业，给予以下支持：")
    items(["入驻片区创业孵化载体的，3年内免收办公用房租金，面积不超过200平方米；",
           "获得社会资本股权投资的，按照实际到位投资额的10%给予配套奖励，最高不超过200万元；",
           "优先推荐申报国家、省、市各类科技计划项目和人才项目。"])
    art("高层次人才子女申请就读厦门片区内公办幼儿园、义务教育阶段学校的，由片区管委会会同教育部门按照就近就便原则统筹安排。")
    art("高层次人才可按照规定享受医疗保健、交通出行、出入境和停居留等便利服务。片区管委会人才服务中心为高层次人才提供“一对一”专员服务。")
    art("用人单位引进A类、B类人才的，分别按照每人30万元、10万元给予用人单位引才奖励；通过市场化人力资源服务机构引进的，按照实际支付引才服务费的50%给予服务机构补贴，每人最高不超过10万元。")
    chap("第四章　监督管理")
    art("高层次人才享受安家补贴期间，应当在厦门片区全职工作。未满3年离开厦门片区的，停止享受各项支持政策，并按照未满服务期比例退回已领取的安家补贴。")
    art("用人单位应当如实出具有关证明材料，并对引进人才的在岗情况负责。用人单位及申报人提供虚假材料骗取支持资金的，由片区管委会追回已拨付资金，取消其3年内申报厦门片区各类扶持政策的资格，并依法追究有关责任。")
    art("片区管委会对高层次人才支持资金实行全过程绩效管理，定期对政策实施效果进行评估。")
    chap("第五章　附则")
    art("本办法与厦门片区其他同类政策有重叠的，按照就高不重复的原则执行。")
    art("本办法由片区管委会人才服务中心负责解释。")
    art("本办法自2024年12月1日起施行，有效期5年。")
    empty(doc, 1)
    AT = "中国（福建）自由贸易试验区厦门片区高层次人才分类目录"
    p = doc.add_paragraph()
    fmt_para(p, indent=True)
    style_run(p.add_run("附件：" + AT), FS, 16)

    # 附件 — landscape-ish table with vertical merges
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    p = doc.add_paragraph()
    fmt_para(p, indent=False)
    style_run(p.add_run("附件"), HT, 16)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    style_run(p.add_run(AT), XBS, 20)
    empty(doc, 1, line=16)
    R.table(["人才类别", "领域", "认定标准", "安家补贴"], [
        ["A类", "学术技术", "中国科学院院士、中国工程院院士；国家最高科学技术奖获得者；国家自然科学奖、技术发明奖、科学技术进步奖一等奖以上获奖项目的第一完成人；相当于上述层次的海外知名科学家。", "最高100万元"],
        ["A类", "产业创新", "近3年在厦门片区创办企业，企业年营业收入达到10亿元以上或者年纳税额达到5000万元以上的企业创始人或者实际控制人；在世界500强企业担任过全球副总裁以上职务的高级管理人才。", "最高100万元"],
        ["B类", "学术技术", "国家级重点人才工程入选者；国家杰出青年科学基金获得者；省部级科学技术奖一等奖获奖项目的第一完成人；国家重点实验室、国家工程研究中心主任。", "最高50万元"],
        ["B类", "产业创新", "在厦门片区企业担任高级管理职务，上一年度个人工资薪金收入达到150万元以上的人才；主持完成的项目在厦门片区实现产业化、年销售收入达到1亿元以上的核心技术人才。", "最高50万元"],
        ["B类", "对台交流", "在台湾地区知名高校担任教授职务，或者在台湾地区上市公司担任高级管理职务满5年，且在厦门片区从事两岸经贸合作、航运物流等领域工作的人才。", "最高50万元"],
        ["C类", "学术技术", "具有正高级专业技术职称，或者具有博士学位并在国内外知名高校、科研机构从事科研工作满3年的人才；省级重点人才计划入选者。", "最高30万元"],
        ["C类", "产业创新", "在厦门片区重点产业企业担任中层以上管理职务或者核心技术岗位，上一年度个人工资薪金收入达到50万元以上的人才；跨境电商、航运物流、融资租赁等领域具有5年以上从业经历的高级专业人才。", "最高30万元"],
    ], widths=[2.2, 2.2, 8.2, 3.0], merge_cols=(0, 3), center_cols=(0, 1, 3), size=12)
    p = R.para(["注：本目录所称“近3年”“上一年度”，均以申报截止之日为基准计算。"], indent=False, line=22)
    for r in p.runs:
        r.font.size = Pt(12)
    doc.save(os.path.join(HERE, "blind577_xiamen_banfa.docx"))
    return "blind577_xiamen_banfa", [{
        "meta": {
            "title": BF, "doc_number": None, "issuer": [ORG], "date": "2024-11-08",
            "published": None, "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": "2024-12-01", "expires": "2029-11-30", "attachments": [AT],
            "doc_type": "办法", "recipients": [], "publicity": None, "repeals": None,
        },
        "clauses": R.clauses,
    }]


def main():
    expected = {}
    files = []
    for fn in (make_wuhan, make_nansha, make_xiamen):
        stem, docs = fn()
        expected[stem] = docs
        files.append(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for path in files:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_577", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)


if __name__ == "__main__":
    main()
