# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 566: 跨境人民币便利化 实施细则 (Word + PDF + answer key)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

CN = "一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n - 1] if n < 10 else "十"
    if n < 20:
        return "十" + CN[n - 11]
    t, o = divmod(n, 10)
    return CN[t - 1] + "十" + (CN[o - 1] if o else "")


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def border(par, side="bottom", color="FF0000", sz=12):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def chars_indent(par, first_chars=200, left_chars=None):
    ppr = par._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    if first_chars is not None:
        ind.set(qn("w:firstLineChars"), str(first_chars))
        ind.set(qn("w:firstLine"), str(int(first_chars * 3.2)))
    if left_chars is not None:
        ind.set(qn("w:leftChars"), str(left_chars))
        ind.set(qn("w:left"), str(int(left_chars * 3.2)))


def add_page_number(section, style="dash"):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_font(r, ST, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, ST, 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = p.add_run("1")
    set_font(r, ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = p.add_run(" —")
    set_font(r, ST, 14)


def cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_cell_text(cell, text, font=FS, size=14, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return p


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths_cm):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w * 567)))
            tcW.set(qn("w:type"), "dxa")


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        sec = self.doc.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        add_page_number(sec)
        self.objs = []
        self.cur = None
        self.num_abs = {}
        self.next_num_id = 50

    # --- documents in this file
    def begin(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objs.append(self.cur)

    # --- paragraphs
    def p(self, runs, clause=True, indent=True, align=None, font=FS, size=16,
          line=28, bold=False, color=None, prefix="", numpr=None, key_text=None,
          before=0, after=0):
        """runs: str or list of (text, font, bold). '\n' inside text = soft break."""
        doc = self.doc
        par = doc.add_paragraph()
        pf = par.paragraph_format
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if align is not None:
            par.alignment = align
        if indent:
            chars_indent(par, 200)
        if numpr is not None:
            ppr = par._p.get_or_add_pPr()
            n = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), str(numpr[1]))
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(numpr[0]))
            n.append(il)
            n.append(ni)
            ppr.insert(0, n)
        if isinstance(runs, str):
            runs = [(runs, font, bold)]
        full = ""
        for item in runs:
            text, rf, rb = (item + (None, None))[:3] if len(item) < 3 else item
            rf = rf or font
            rb = bold if rb is None else rb
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    br = par.add_run()
                    set_font(br, rf, size, rb, color)
                    br.add_break(WD_BREAK.LINE)
                if part:
                    r = par.add_run(part)
                    set_font(r, rf, size, rb, color)
            full += text.replace("\n", "")
        if clause:
            self.cur["clauses"].append(key_text if key_text is not None else prefix + full)
        return par

    def blank(self, n=1):
        for _ in range(n):
            par = self.doc.add_paragraph()
            par.paragraph_format.line_spacing = Pt(28)
            par.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    def title(self, text, size=22, line=36):
        return self.p(text, clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
                      font=XBS, size=size, line=line)

    def heading(self, text, font=HT):
        return self.p(text, clause=False, font=font)

    def table(self, header, rows, widths=None, font_size=14, style="Table Grid"):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = style
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            set_cell_text(t.rows[0].cells[j], h, HT, font_size, False, WD_ALIGN_PARAGRAPH.CENTER)
        repeat_header(t.rows[0])
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.CENTER if (j == 0 and header[0] == "序号") or "□" in v else None
                set_cell_text(t.rows[i + 1].cells[j], v, FS, font_size, False, al)
            self.cur["clauses"].append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        if widths:
            set_col_widths(t, widths)
        return t

    # --- Word automatic numbering
    def abstract(self, key, levels):
        """levels: list of (numFmt, lvlText, firstLineTwips)."""
        numbering = self.doc.part.numbering_part.element
        aid = 90 + len(self.num_abs)
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
        a.append(mlt)
        for i, (fmt, txt, fl) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(i))
            s = OxmlElement("w:start")
            s.set(qn("w:val"), "1")
            lvl.append(s)
            nf = OxmlElement("w:numFmt")
            nf.set(qn("w:val"), fmt)
            lvl.append(nf)
            sf = OxmlElement("w:suff")
            sf.set(qn("w:val"), "nothing")
            lvl.append(sf)
            lt = OxmlElement("w:lvlText")
            lt.set(qn("w:val"), txt)
            lvl.append(lt)
            lj = OxmlElement("w:lvlJc")
            lj.set(qn("w:val"), "left")
            lvl.append(lj)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "0")
            ind.set(qn("w:firstLine"), str(fl))
            ppr.append(ind)
            lvl.append(ppr)
            a.append(lvl)
        # abstractNums must precede nums
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
        self.num_abs[key] = aid

    def new_num(self, key, restart=True):
        numbering = self.doc.part.numbering_part.element
        nid = self.next_num_id
        self.next_num_id += 1
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(self.num_abs[key]))
        n.append(an)
        if restart:
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            ov.append(so)
            n.append(ov)
        numbering.append(n)
        return nid

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# ------------------------------------------------------------- red headers
def red_header_table(b, organs, word="文件"):
    """Joint 版头 typed as a borderless layout table: organ names left, 文件 right."""
    t = b.doc.add_table(rows=len(organs), cols=2)
    cell_borders_none(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(40)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        r = p.add_run(o)
        set_font(r, XBS, 26, False, RED)
    m = t.rows[0].cells[1].merge(t.rows[-1].cells[1])
    m.text = ""
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(word)
    set_font(r, XBS, 40, False, RED)
    set_col_widths(t, [11.8, 3.8])
    tcPr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcPr.append(va)


def docnum_line(b, text, red_rule=True):
    b.blank(1)
    par = b.p(text, clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    if red_rule:
        border(par, "bottom", "FF0000", 18)
    b.blank(1)
    return par


def banji_paragraphs(b, cc, office, date):
    b.blank(2)
    p1 = b.p([("抄送：", FS, None), (cc, FS, None)], clause=False, indent=False, size=14)
    chars_indent(p1, None, 100)
    border(p1, "top", "000000", 8)
    border(p1, "bottom", "000000", 4)
    p2 = b.p(office + "　　　　　" + date + "印发", clause=False, indent=False, size=14)
    chars_indent(p2, None, 100)
    border(p2, "bottom", "000000", 8)


# ======================================================================
# 1. 福州：中国人民银行福建省分行 国家外汇管理局福建省分局 印发细则的通知
# ======================================================================
def make_fuzhou():
    b = Builder()
    issuers = ["中国人民银行福建省分行", "国家外汇管理局福建省分局"]
    xize_title = "福建省优质企业跨境人民币结算便利化业务实施细则"
    notice_title = ("中国人民银行福建省分行 国家外汇管理局福建省分局关于印发"
                    "《" + xize_title + "》的通知")
    att1 = "优质企业跨境人民币结算便利化业务办理流程"
    att2 = "优质企业跨境人民币结算便利化业务申请表"
    repealed = "《中国人民银行福州中心支行关于开展优质企业跨境人民币结算便利化业务的通知》（福州银发〔2021〕112号）"
    recips = ["中国人民银行福建省各市分行", "国家外汇管理局福建省各市分局", "国家开发银行福建省分行",
              "各政策性银行福建省分行", "各国有商业银行福建省分行", "各股份制商业银行福州分行",
              "兴业银行", "福建海峡银行", "福建省农村信用社联合社", "各外资银行福州分行"]

    b.begin({
        "title": notice_title, "doc_number": "闽银发〔2025〕36号", "issuer": issuers,
        "date": "2025-07-10", "published": None, "level": "provincial", "region": "福建省",
        "effective": None, "expires": None, "attachments": [xize_title], "doc_type": "通知",
        "recipients": recips, "publicity": "此件公开发布", "repeals": None,
    })

    b.blank(1)
    red_header_table(b, issuers)
    docnum_line(b, "闽银发〔2025〕36号")
    b.p("中国人民银行福建省分行\n国家外汇管理局福建省分局\n关于印发《福建省优质企业跨境人民币\n结算便利化业务实施细则》的通知",
        clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=36)
    b.blank(1)
    b.p("、".join(recips[:2]) + "，" + "、".join(recips[2:6]) + "，" + "、".join(recips[6:8]) + "，"
        + recips[8] + "，" + recips[9] + "：", clause=False, indent=False)
    b.p("为贯彻落实《中国人民银行关于进一步优化跨境人民币政策 支持稳外贸稳外资的通知》（银发〔2022〕139号）等文件精神，"
        "进一步便利经营主体在跨境贸易投资中使用人民币，服务福建“海丝核心区”和中国（福建）自由贸易试验区建设，"
        "中国人民银行福建省分行、国家外汇管理局福建省分局制定了《福建省优质企业跨境人民币结算便利化业务实施细则》"
        "（以下简称《细则》），现印发给你们，请遵照执行，并就有关事项通知如下：")
    items = [
        ("一、加强组织实施。", "各人民银行市分行、外汇局市分局要高度重视便利化业务推进工作，明确牵头部门和责任人，"
         "结合辖区外向型经济特点制定具体推进措施，于2025年8月31日前将工作安排报送人民银行福建省分行。"),
        ("二、做好政策宣导。", "各银行要通过“政策直通车”“金融服务外贸企业专场”等形式，加大对外贸企业特别是中小微企业、"
         "跨境电商企业的政策宣传力度，主动摸排符合条件的企业，做到“应知尽知、应享尽享”。"),
        ("三、强化风险防控。", "各银行要坚持便利与风险防控并重，落实“展业三原则”，加强对异常交易的监测分析，"
         "发现可疑情况及时报告，切实防范虚假贸易、资金违规跨境流动等风险。"),
        ("四、及时报送情况。", "各银行省级分行（法人银行）应于每季度结束后10个工作日内，将上季度便利化业务开展情况"
         "及典型案例报送人民银行福建省分行，同时抄送外汇局福建省分局。执行中遇到问题，请及时向人民银行福建省分行、"
         "外汇局福建省分局反映。"),
    ]
    for h, t in items:
        b.p([(h, HT, False), (t, FS, None)])
    b.p("联系人：人民银行福建省分行跨境人民币业务处陈晓琳，电话：0591-87836215；外汇局福建省分局经常项目管理处林鹏，"
        "电话：0591-87836342。")
    b.blank(1)
    b.p("附件：福建省优质企业跨境人民币结算便利化业务实施细则", clause=False)
    b.blank(3)
    b.p("中国人民银行福建省分行　　　　国家外汇管理局福建省分局", clause=False, indent=False,
        align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("2025年7月10日　　　　　　", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.blank(1)
    b.p("（此件公开发布）", clause=False)

    # ------------------------------------------------------------ 细则
    b.begin({
        "title": xize_title, "doc_number": None, "issuer": issuers,
        "date": "2025-07-10", "published": None, "level": "provincial", "region": "福建省",
        "effective": "2025-08-01", "expires": "2027-07-31", "attachments": [att1, att2],
        "doc_type": "细则", "recipients": [], "publicity": None, "repeals": repealed,
    })
    b.page_break()
    b.p("附件", clause=False, indent=False, font=HT)
    b.blank(1)
    b.title("福建省优质企业跨境人民币结算便利化\n业务实施细则")
    b.blank(1)

    def art(n, text, brk=None):
        head = "第" + cn_num(n) + "条"
        if brk:
            text = text.replace(brk, brk + "\n", 1)
        b.p([(head, HT, False), ("　" + text, FS, None)])

    def item(text):
        b.p(text)

    art(1, "为进一步便利经营主体在跨境贸易和投资中使用人民币，提升跨境人民币结算效率，服务福建“海丝核心区”和中国（福建）"
        "自由贸易试验区建设，根据《中国人民银行关于进一步优化跨境人民币政策 支持稳外贸稳外资的通知》（银发〔2022〕139号）"
        "等有关规定，结合福建省实际，制定本细则。")
    art(2, "本细则适用于福建省辖内（不含厦门市，下同）银行业金融机构（以下简称银行）为优质企业办理的跨境人民币结算便利化业务。")
    art(3, "本细则所称“优质企业”，是指符合本细则第七条规定条件，经银行按照展业原则审核并向中国人民银行福建省分行"
        "（以下简称人民银行福建省分行）报备后纳入便利化业务名单的境内企业。")
    art(4, "本细则所称“便利化业务”，是指银行在切实履行“了解你的客户”“了解你的业务”和“尽职审查”义务的基础上，"
        "凭优质企业提交的收付款指令或《跨境人民币结算收/付款说明》，直接为其办理的跨境人民币结算业务，"
        "无需事前逐笔审核合同、发票、报关单等交易单证。", brk="基础上，")
    art(5, "本细则所称“主办银行”，是指优质企业自主选择并为其办理便利化业务的银行。一家优质企业原则上选择不超过三家主办银行。")
    art(6, "便利化业务范围包括：")
    item("（一）货物贸易跨境人民币结算，含跨境电子商务、市场采购贸易等贸易新业态项下结算；")
    item("（二）服务贸易跨境人民币结算，含运输、旅游、建筑、技术服务等项目；")
    item("（三）新型离岸国际贸易跨境人民币结算；")
    item("（四）外商直接投资人民币资本金、境外借款等资本项目人民币收入在境内的依法合规使用；")
    item("（五）人民银行福建省分行认可的其他业务。")
    art(7, "优质企业应当同时符合下列条件：")
    item("（一）在福建省辖内依法注册并实际经营，且具有真实合法的跨境贸易投资背景；")
    item("（二）近两年内无外汇、跨境人民币、反洗钱等方面重大违法违规记录，且未被列入以下名单：")
    item("1．海关失信企业名单；")
    item("2．国家外汇管理局货物贸易外汇管理分类“C类”企业名单；")
    item("3．人民银行及其分支机构确定的重点监管企业名单；")
    item("4．严重失信主体名单。")
    item("（三）上一年度跨境人民币结算金额不低于等值500万美元，或者属于下列情形之一：")
    item("1．高新技术企业、专精特新“小巨人”企业；")
    item("2．经商务主管部门认定的跨境电子商务、外贸综合服务等外贸新业态重点企业；")
    item("3．在中国（福建）自由贸易试验区、综合保税区内注册的企业。")
    item("（四）内控制度健全，能够按照规定报送跨境人民币业务信息。")
    art(8, "银行应当按照下列程序审核并报备优质企业：")
    item("（一）企业向主办银行提交《优质企业跨境人民币结算便利化业务申请表》（见附件2）及相关证明材料；")
    item("（二）主办银行自收到完整申请材料之日起5个工作日内完成审核；")
    item("（三）审核通过的，主办银行应当在3个工作日内将企业名单报送所在地人民银行市分行，由人民银行市分行汇总后报人民银行福建省分行备案。")
    b.p("具体办理流程见附件1。")
    art(9, "主办银行为优质企业办理便利化业务时，可以按照以下方式简化流程：")
    item("（一）货物贸易项下，凭企业提交的收付款指令直接办理资金收付，无需事前逐笔审核报关单、合同等单证；")
    item("（二）服务贸易项下，单笔等值5万美元以上的对外支付，企业可以通过主办银行线上渠道提交相关材料；")
    item("（三）资本项目人民币收入在境内使用的，企业可以凭《资本项目人民币收入使用说明》直接办理。")
    art(10, "主办银行应当建立健全便利化业务内控制度，明确业务流程、审核标准和责任分工，并报所在地人民银行市分行备案。")
    art(11, "主办银行应当通过事后抽查、交叉核验等方式，对优质企业交易的真实性、合规性进行审核。抽查比例原则上不低于当年便利化业务笔数的5%。")
    art(12, "主办银行应当按照有关规定，及时、准确、完整地向人民币跨境收付信息管理系统（RCPMIS）报送便利化业务信息，"
        "并在“交易附言”栏中注明“便利化”字样。", brk="完整地")
    art(13, "优质企业应当如实向主办银行提供交易信息，并对所提交材料的真实性、合法性负责。交易单证等相关材料应当留存五年备查。")
    art(14, "优质企业发生下列情形之一的，主办银行应当暂停为其办理便利化业务，并在5个工作日内报告所在地人民银行市分行：")
    item("（一）出现本细则第七条第（二）项所列情形的；")
    item("（二）经事后抽查发现交易背景存疑，且未能在规定期限内作出合理说明的；")
    item("（三）企业主动申请退出的；")
    item("（四）其他不宜继续办理便利化业务的情形。")
    art(15, "被暂停办理便利化业务的企业，自暂停之日起一年内不得重新申请纳入优质企业名单。")
    art(16, "人民银行福建省分行建立优质企业名单动态管理机制，每半年对名单进行一次复核，复核结果通报各主办银行。")
    art(17, "人民银行福建省分行、国家外汇管理局福建省分局（以下简称外汇局福建省分局）依法对银行开展便利化业务情况进行监督检查。"
        "银行违反本细则规定的，依照《中华人民共和国中国人民银行法》等有关规定予以处理。")
    art(18, "各人民银行市分行、外汇局市分局应当加强与商务、海关、税务等部门的信息共享，联合开展政策宣讲和“一对一”辅导，"
        "推动便利化政策惠及更多中小微外贸企业。")
    art(19, "银行可以结合本行实际制定便利化业务操作规程，但不得低于本细则规定的审核和管理要求。")
    art(20, "本细则由人民银行福建省分行、外汇局福建省分局负责解释。")
    art(21, "本细则自2025年8月1日起施行，有效期至2027年7月31日。" + repealed + "同时废止。")
    b.blank(1)
    b.p("附件：1．" + att1, clause=False)
    b.p("　　　2．" + att2, clause=False)   # aligned with typed full-width spaces

    # 附件1 流程
    b.page_break()
    b.p("附件1", clause=False, indent=False, font=HT)
    b.blank(1)
    b.title(att1)
    b.blank(1)
    b.heading("一、名单准入")
    b.p("企业提交申请→主办银行审核→人民银行市分行汇总→人民银行福建省分行备案→通知企业纳入名单")
    b.p("1．企业提交申请：企业向主办银行提交申请表、营业执照、近一年跨境收付情况说明等材料。")
    b.p("2．主办银行审核：主办银行自收到完整材料之日起5个工作日内完成审核→不符合条件的，一次性告知企业并说明理由。")
    b.p("3．报备：审核通过后3个工作日内，主办银行将企业名单报送所在地人民银行市分行→人民银行市分行每月5日前汇总报人民银行福建省分行备案。")
    b.heading("二、业务办理")
    b.p("企业提交收付款指令→主办银行核对名单及指令要素→办理资金收付→报送RCPMIS（注明“便利化”）→单证留存备查")
    b.p("4．事后抽查：主办银行按季度开展抽查，抽查比例不低于5%→发现异常的，暂停便利化业务并报告所在地人民银行市分行。")

    # 附件2 申请表
    b.page_break()
    b.p("附件2", clause=False, indent=False, font=HT)
    b.blank(1)
    b.title(att2)
    b.blank(1)
    header = ["序号", "申请事项", "企业填报", "备注"]
    rows = [
        ["1", "企业是否在福建省辖内（不含厦门市）依法注册并实际经营", "□是 □否", "提供营业执照复印件"],
        ["2", "近两年内是否存在外汇、跨境人民币、反洗钱等方面重大违法违规记录", "□是 □否", "由主办银行查询核实"],
        ["3", "是否被列入海关失信企业名单", "□是 □否", "由主办银行查询核实"],
        ["4", "是否为货物贸易外汇管理分类“C类”企业", "□是 □否", "由主办银行查询核实"],
        ["5", "上一年度跨境人民币结算金额是否不低于等值500万美元", "□是 □否", "需附结算金额明细"],
        ["6", "是否为高新技术企业或专精特新“小巨人”企业", "□是 □否", "需附认定证书复印件"],
        ["7", "是否为跨境电商、外贸综合服务等外贸新业态重点企业", "□是 □否", "需附商务主管部门认定文件"],
        ["8", "是否在自贸试验区或综合保税区内注册", "□是 □否", "注明所在区域"],
        ["9", "拟申请便利化业务类型", "□货物贸易 □服务贸易 □新型离岸国际贸易 □资本项目收入使用", "可多选"],
    ]
    b.table(header, rows, widths=[1.4, 7.2, 4.2, 3.0], font_size=12)
    b.p("企业承诺：本企业已知悉《福建省优质企业跨境人民币结算便利化业务实施细则》有关规定，承诺所填信息及提交材料真实、准确、完整，"
        "如有虚假，自愿承担相应法律责任。", size=14, line=24)

    banji_paragraphs(b, "中国人民银行福建省分行各内设部门，福建省商务厅，福州海关、厦门海关，国家税务总局福建省税务局。",
                     "中国人民银行福建省分行办公室", "2025年7月14日")
    return b


# ======================================================================
# 2. 南宁：中国人民银行广西壮族自治区分行 印发《细则（试行）》的通知（分章，自动编号）
# ======================================================================
def make_nanning():
    b = Builder()
    issuer = ["中国人民银行广西壮族自治区分行"]
    xize_title = "广西面向东盟跨境人民币结算便利化实施细则（试行）"
    att1 = "广西面向东盟跨境人民币结算便利化业务办理流程"
    att2 = "广西面向东盟跨境人民币结算便利化白名单企业申请表"
    recips = ["中国人民银行广西壮族自治区各市分行", "国家开发银行广西壮族自治区分行", "各政策性银行广西壮族自治区分行",
              "各国有商业银行广西壮族自治区分行", "各股份制商业银行南宁分行", "广西北部湾银行", "桂林银行", "柳州银行",
              "广西农村商业联合银行"]
    b.abstract("mu", [("decimal", "%1.", 640)])

    b.begin({
        "title": "中国人民银行广西壮族自治区分行关于印发《" + xize_title + "》的通知",
        "doc_number": "桂银发〔2025〕21号", "issuer": issuer, "date": "2025-03-18", "published": None,
        "level": "provincial", "region": "广西壮族自治区", "effective": None, "expires": None,
        "attachments": [xize_title], "doc_type": "通知", "recipients": recips,
        "publicity": "此件公开发布", "repeals": None,
    })
    b.blank(2)
    b.p("中国人民银行广西壮族自治区分行文件", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
        font=XBS, size=24, line=48, color=RED)
    b.blank(1)
    par = b.p("桂银发〔2025〕21号", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(par, "bottom", "FF0000", 24)
    b.blank(1)
    b.p("中国人民银行广西壮族自治区分行关于印发\n《广西面向东盟跨境人民币结算便利化\n实施细则（试行）》的通知",
        clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=36)
    b.blank(1)
    b.p("，".join(recips) + "：", clause=False, indent=False)
    b.p("为深入贯彻落实党中央、国务院关于建设面向东盟的金融开放门户的决策部署，推动人民币在中国—东盟经贸往来中的使用，"
        "进一步提升跨境人民币结算便利化水平，中国人民银行广西壮族自治区分行制定了《广西面向东盟跨境人民币结算便利化实施细则（试行）》。"
        "现印发给你们，请结合实际认真贯彻执行。")
    b.p("各市分行要将本通知转发至辖内地方法人银行，并于2025年4月30日前将转发及落实情况报送中国人民银行广西壮族自治区分行"
        "（跨境人民币业务处）。执行中如遇问题，请及时反映。")
    b.blank(1)
    b.p("附件：广西面向东盟跨境人民币结算便利化实施细则（试行）", clause=False)
    b.blank(3)
    b.p("中国人民银行广西壮族自治区分行", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("2025年3月18日　　　　", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("（此件公开发布）", clause=False)

    b.begin({
        "title": xize_title, "doc_number": None, "issuer": issuer, "date": "2025-03-18", "published": None,
        "level": "provincial", "region": "广西壮族自治区", "effective": "2025-04-01", "expires": "2027-03-31",
        "attachments": [att1, att2], "doc_type": "细则", "recipients": [], "publicity": None, "repeals": None,
    })
    b.page_break()
    b.p("附件", clause=False, indent=False, font=HT)
    b.blank(1)
    b.title("广西面向东盟跨境人民币结算便利化实施细则")
    b.p("（试行）", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=KT, size=16)
    b.blank(1)

    counter = [0]

    def chapter(text):
        b.blank(1)
        b.p(text, clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=HT)
        b.blank(1)

    def art(text):
        counter[0] += 1
        head = "第" + cn_num(counter[0]) + "条"
        b.p([(head, HT, True), (" " + text, FS, False)])

    def auto_list(texts):
        nid = b.new_num("mu")
        for i, t in enumerate(texts, 1):
            b.p(t, indent=False, numpr=(nid, 0), prefix=f"{i}.")

    chapter("第一章　总　　则")
    art("为推动人民币在中国—东盟贸易投资中的使用，便利经营主体开展跨境人民币结算，根据跨境人民币业务有关规定，结合广西实际，制定本细则。")
    art("本细则所称“便利化业务”，是指辖内银行为白名单企业办理的与东盟国家（地区）之间货物贸易、服务贸易、直接投资项下的跨境人民币结算业务，"
        "以及边民互市贸易项下的人民币结算业务。")
    art("本细则所称“白名单企业”，是指符合本细则第八条规定条件，经银行审核并报中国人民银行广西壮族自治区分行"
        "（以下简称人民银行广西分行）备案的企业。")
    art("本细则所称“边民互市贸易”，是指边境地区边民在国务院批准的边民互市贸易区（点）内，在规定金额或者数量范围内进行的商品交换活动。")
    art("银行开展便利化业务，应当遵循“展业三原则”，坚持实质重于形式，不得以便利化为由降低交易真实性审核要求。")

    chapter("第二章　业务范围")
    art("便利化业务包括：")
    b.p("（一）货物贸易项下：")
    auto_list(["一般贸易、加工贸易项下跨境人民币结算；",
               "边民互市贸易项下人民币结算；",
               "经友谊关、东兴等口岸进出口的跨境电子商务人民币结算。"])
    b.p("（二）服务贸易项下：")
    auto_list(["国际物流、西部陆海新通道海铁联运等运输服务人民币结算；",
               "跨境旅游、教育、医疗等服务人民币结算。"])
    b.p("（三）直接投资项下：")
    auto_list(["外商直接投资人民币资本金的汇入和境内使用；",
               "境外直接投资人民币前期费用汇出。"])
    b.p("（四）人民银行广西分行规定的其他业务。")
    art("银行可以为白名单企业与越南、老挝、柬埔寨等东盟国家（地区）企业之间的人民币与当地货币直接结算提供报价和清算服务。")

    chapter("第三章　白名单企业管理")
    art("申请纳入白名单的企业应当同时符合下列条件：")
    b.p("（一）在广西壮族自治区辖内依法注册，近一年与东盟国家（地区）存在真实跨境收支；")
    b.p("（二）近两年内无外汇、跨境人民币、反洗钱等方面重大违法违规记录；")
    b.p("（三）货物贸易外汇管理分类为A类，且未被列入严重失信主体名单；")
    b.p("（四）具备健全的财务制度和内控制度。")
    art("企业申请纳入白名单，应当向银行提交下列材料：")
    b.p("（一）《广西面向东盟跨境人民币结算便利化白名单企业申请表》；")
    b.p("（二）营业执照；")
    b.p("（三）近一年与东盟国家（地区）跨境收支情况说明。")
    art("银行应当自收到企业完整申请材料之日起5个工作日内完成审核，审核通过的，于次月5日前报所在地人民银行市分行汇总后报人民银行广西分行备案。"
        "具体流程见附件1。")
    art("白名单实行动态管理。银行应当每季度对白名单企业开展一次事后抽查，抽查情况纳入年度报告。")

    chapter("第四章　业务办理")
    art("对白名单企业，银行可以凭企业提交的《跨境人民币结算收/付款说明》或者收付款指令，直接办理货物贸易、服务贸易项下跨境人民币结算。")
    art("边民互市贸易项下，银行可以通过边民互市贸易结算平台，凭互市交易数据为边民或者边民互助组批量办理人民币结算。")
    art("银行应当在收到白名单企业结算指令后当日办理；因特殊原因不能当日办理的，应当向企业说明原因。")
    art("银行应当按照规定及时、准确、完整地向人民币跨境收付信息管理系统报送便利化业务信息。")

    chapter("第五章　监督管理")
    art("白名单企业有下列情形之一的，银行应当将其移出白名单，并报告所在地人民银行市分行：")
    b.p("（一）不再符合本细则第八条规定条件的；")
    b.p("（二）提供虚假材料或者虚构交易背景的；")
    b.p("（三）拒不配合银行事后抽查的。")
    art("人民银行广西分行及各市分行依法对银行开展便利化业务情况进行监督检查。银行未按照本细则规定履行审核、报送义务的，依法予以处理。")

    chapter("第六章　附　　则")
    art("本细则由人民银行广西分行负责解释。")
    art("本细则自2025年4月1日起施行，有效期至2027年3月31日。")
    b.blank(1)
    b.p("附件：1." + att1, clause=False)
    b.p("      2." + att2, clause=False)   # half-width spaces for alignment

    b.page_break()
    b.p("附件1", clause=False, indent=False, font=HT)
    b.title(att1)
    b.blank(1)
    b.p("（一）白名单准入：企业提交申请→银行审核（5个工作日）→报所在地人民银行市分行→人民银行广西分行备案→纳入白名单")
    b.p("（二）结算办理：企业提交收付款指令或《跨境人民币结算收/付款说明》→银行核对白名单及交易要素→当日办理资金收付→报送人民币跨境收付信息管理系统")
    b.p("（三）边民互市结算：边民在互市贸易结算平台申报交易→平台推送交易数据→银行批量办理人民币结算→按月汇总报送")
    b.p("（四）动态管理：银行按季度开展事后抽查→发现异常的移出白名单→报告所在地人民银行市分行")

    b.page_break()
    b.p("附件2", clause=False, indent=False, font=HT)
    b.title(att2)
    b.p("申请企业（盖章）：　　　　　　　　　　　　填表日期：　　年　　月　　日", clause=False, indent=False, size=12, line=24)
    header = ["审核要素", "企业自评", "银行审核意见"]
    rows = [
        ["企业在广西壮族自治区辖内依法注册", "□是 □否", "□符合 □不符合"],
        ["近一年与东盟国家（地区）存在真实跨境收支", "□是 □否", "□符合 □不符合"],
        ["近两年内无外汇、跨境人民币、反洗钱等方面重大违法违规记录", "□是 □否", "□符合 □不符合"],
        ["货物贸易外汇管理分类为A类", "□是 □否", "□符合 □不符合"],
        ["未被列入严重失信主体名单", "□是 □否", "□符合 □不符合"],
        ["具备健全的财务制度和内控制度", "□是 □否", "□符合 □不符合"],
    ]
    b.table(header, rows, widths=[8.4, 3.6, 3.8], font_size=12)
    return b


# ======================================================================
# 3. 厦门：跨境电商和中欧班列跨境人民币结算便利化通知（自动编号一、（一））
# ======================================================================
def make_xiamen():
    b = Builder()
    issuers = ["中国人民银行厦门市分行", "国家外汇管理局厦门市分局"]
    att1 = "跨境电商及中欧班列跨境人民币结算便利化业务办理流程"
    att2 = "跨境人民币结算便利化企业信息登记表"
    recips = ["国家开发银行厦门市分行", "各政策性银行厦门市分行", "各国有商业银行厦门市分行", "各股份制商业银行厦门分行",
              "厦门国际银行", "厦门银行", "厦门农村商业银行", "各有关支付机构"]
    repealed = "《中国人民银行厦门市中心支行关于支持跨境电子商务人民币结算有关事项的通知》（厦银发〔2022〕61号）"
    b.abstract("ml", [("chineseCounting", "%1、", 640), ("chineseCounting", "（%2）", 640)])
    nid = b.new_num("ml", restart=False)

    b.begin({
        "title": "中国人民银行厦门市分行 国家外汇管理局厦门市分局关于进一步便利跨境电商和中欧班列跨境人民币结算的通知",
        "doc_number": "厦银发〔2026〕8号", "issuer": issuers, "date": "2026-02-12", "published": None,
        "level": "municipal", "region": "厦门市", "effective": "2026-03-01", "expires": None,
        "attachments": [att1, att2], "doc_type": "通知", "recipients": recips, "publicity": None,
        "repeals": repealed,
    })
    b.blank(1)
    for o in issuers:
        b.p(o, clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, font=XBS, size=26, line=40, color=RED)
    b.blank(1)
    par = b.p("厦银发〔2026〕8号", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(par, "bottom", "FF0000", 18)
    b.blank(1)
    b.p("中国人民银行厦门市分行", clause=False, indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=36)
    b.p("国家外汇管理局厦门市分局", clause=False, indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=36)
    b.p("关于进一步便利跨境电商和中欧班列\n跨境人民币结算的通知", clause=False, indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, line=36)
    b.blank(1)
    b.p("，".join(recips) + "：", clause=False, indent=False)
    b.p("为贯彻落实《中国人民银行关于支持外贸新业态跨境人民币结算的通知》（银发〔2022〕152号）要求，支持厦门建设“丝路海运”"
        "国际航运枢纽和中欧（厦门）班列国际物流通道，推动跨境电商、市场采购贸易等外贸新业态高质量发展，进一步提升跨境人民币结算"
        "便利化水平，现就有关事项通知如下：")

    cnt = {"h": 0, "i": 0}

    def head(text):
        cnt["h"] += 1
        cnt["i"] = 0
        b.p(text, clause=False, indent=False, font=HT, numpr=(nid, 0))

    def itm(h, t):
        cnt["i"] += 1
        b.p([(h, KT, False), (t, FS, None)], indent=False, numpr=(nid, 1),
            prefix="（" + cn_num(cnt["i"]) + "）")

    head("总体要求")
    b.p("坚持以服务实体经济为导向，按照“便利优先、风险可控、稳步推进”的原则，支持银行和非银行支付机构为跨境电商、中欧班列相关"
        "经营主体提供安全、高效、低成本的跨境人民币结算服务，力争到2026年底，辖区跨境电商人民币结算占比较2025年提高5个百分点以上。")
    head("主要措施")
    itm("支持跨境电商人民币结算。", "境内银行可以与依法取得互联网支付业务许可的非银行支付机构（以下简称支付机构）合作，"
        "为跨境电商经营主体提供经常项下跨境人民币结算服务。具体要求如下：")
    b.p("1．银行应当对合作支付机构开展尽职调查，评估其交易真实性审核能力和风险管理水平；")
    b.p("2．支付机构应当按照“了解你的客户”原则，采集跨境电商交易订单、物流、支付等信息，确保交易真实；")
    b.p("3．对单笔金额不超过等值5000美元的跨境电商零售进出口交易，银行可以凭支付机构提供的交易电子信息批量办理资金收付。")
    itm("支持中欧班列运费人民币结算。", "鼓励中欧（厦门）班列运营平台公司与境外合作伙伴在运费、代理费、仓储费等结算中使用人民币。"
        "银行可以凭平台公司提交的运输合同和收付款指令为其办理跨境人民币结算，无需逐笔审核发票、提单等单证。")
    itm("优化市场采购贸易结算服务。", "对在厦门市市场采购贸易联网信息平台备案的经营主体，银行可以凭平台推送的交易信息为其办理"
        "跨境人民币结算。个体工商户可以通过其在境内银行开立的个人人民币结算账户办理市场采购贸易项下跨境人民币结算。")
    itm("便利外贸综合服务企业结算。", "外贸综合服务企业可以以自身名义为其服务的中小微外贸企业代办跨境人民币收付，"
        "银行应当核验代办交易的真实性，并在人民币跨境收付信息管理系统中准确报送实际收付款人信息。")
    head("业务办理要求")
    itm("做好企业准入。", "银行为企业办理本通知规定的便利化业务前，应当请企业填写《跨境人民币结算便利化企业信息登记表》"
        "（见附件2），对企业身份和业务背景进行审核。")
    itm("规范业务流程。", "银行应当按照附件1所列流程办理业务，并对业务办理情况逐笔登记，相关资料留存五年备查。")
    itm("加强数据报送。", "银行应当于每月10日前，向人民银行厦门市分行报送上月跨境电商、中欧班列和市场采购贸易项下跨境人民币结算数据。")
    head("保障措施")
    itm("加强组织协调。", "人民银行厦门市分行、外汇局厦门市分局将会同厦门市商务局、厦门海关等部门建立工作协调机制，"
        "定期通报政策落实情况，协调解决重点难点问题。")
    itm("强化风险防控。", "银行和支付机构要建立健全交易监测机制，对交易金额、频率、对手方等异常的交易加强审核，"
        "发现涉嫌虚构交易、拆分交易等情况的，应当暂停办理相关业务，并及时报告人民银行厦门市分行。")
    itm("开展宣传培训。", "各银行要深入跨境电商产业园、象屿综合保税区、海沧港综合保税区等重点区域开展政策宣传，"
        "每半年至少组织一次面向企业的业务培训。")
    # these two typed with manual full-width spaces instead of paragraph indent
    t = "本通知自2026年3月1日起施行。" + repealed + "同时废止。"
    b.p("　　" + t, indent=False, key_text=t)
    t = ("联系人：人民银行厦门市分行跨境人民币业务处黄晓薇，电话：0592-2173526；外汇局厦门市分局经常项目管理处吴志强，"
         "电话：0592-2173618。")
    b.p("　　" + t, indent=False, key_text=t)
    b.blank(1)
    b.p("附件：1．" + att1, clause=False)
    b.p("　　　2．" + att2, clause=False)
    b.page_break()
    b.p("（此页无正文）", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    b.blank(4)
    b.p("中国人民银行厦门市分行　　　　国家外汇管理局厦门市分局", clause=False, indent=False,
        align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.p("2026年2月12日　　　　　　", clause=False, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # 附件1
    b.page_break()
    b.p("附件1", clause=False, indent=False, font=HT)
    b.blank(1)
    b.title("跨境电商及中欧班列跨境人民币结算\n便利化业务办理流程")
    b.blank(1)
    b.heading("一、跨境电商人民币结算")
    b.p("1.企业在合作支付机构注册并提交身份信息→2.支付机构审核交易订单、物流信息→3.支付机构向合作银行推送交易电子信息→"
        "4.银行批量办理跨境人民币收付→5.银行报送人民币跨境收付信息管理系统")
    b.heading("二、中欧班列运费人民币结算")
    b.p("1.平台公司向开户银行提交运输合同和收付款指令→2.银行核对企业登记信息→3.银行办理资金收付→"
        "4.银行报送人民币跨境收付信息管理系统→5.资料留存备查")
    b.heading("三、办理时限")
    b.p("资料齐全的，银行应当在收到指令后1个工作日内办理完毕。")

    # 附件2
    b.page_break()
    b.p("附件2", clause=False, indent=False, font=HT)
    b.blank(1)
    b.title(att2)
    b.blank(1)
    header = ["序号", "登记事项", "填报内容"]
    rows = [
        ["1", "是否为跨境电商企业", "□是 □否"],
        ["2", "是否为中欧班列运营平台公司或货运代理企业", "□是 □否"],
        ["3", "是否在市场采购贸易联网信息平台备案", "□是 □否"],
        ["4", "是否为外贸综合服务企业", "□是 □否"],
        ["5", "是否已在海关办理进出口货物收发货人备案", "□是 □否"],
        ["6", "是否已开立人民币银行结算账户", "□是 □否"],
        ["7", "近两年是否受到外汇、跨境人民币业务相关行政处罚", "□是 □否"],
        ["8", "拟办理的便利化业务", "□跨境电商 □中欧班列运费 □市场采购贸易 □外贸综合服务"],
    ]
    b.table(header, rows, widths=[1.5, 8.0, 6.3], font_size=12)
    b.p("注：本表一式两份，企业和银行各留存一份。", size=12, line=22)

    # 版记 typed as a 1-column table with top/bottom rules only
    b.blank(1)
    t = b.doc.add_table(rows=2, cols=1)
    tblPr = t._tbl.tblPr
    bd = OxmlElement("w:tblBorders")
    for side, sz in (("top", 8), ("bottom", 8), ("insideH", 4)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        bd.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        bd.append(e)
    tblPr.append(bd)
    set_col_widths(t, [15.6])
    set_cell_text(t.rows[0].cells[0], "抄送：厦门市商务局，厦门海关，国家税务总局厦门市税务局，厦门市地方金融管理局。", FS, 14)
    set_cell_text(t.rows[1].cells[0], "中国人民银行厦门市分行办公室　　　　　　2026年2月13日印发", FS, 14)
    return b


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_566", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for stem, fn in (("blind566_fuzhou_tongzhi", make_fuzhou),
                     ("blind566_nanning_xize", make_nanning),
                     ("blind566_xiamen_tongzhi", make_xiamen)):
        b = fn()
        path = b.save(stem)
        to_pdf(path)
        expected[stem] = b.objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
