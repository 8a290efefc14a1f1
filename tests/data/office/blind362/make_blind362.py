# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 362: one issue of 青岛市人民政府公报 (2026年第4期), two-column gazette.

Writes next to itself:
  blind362_qingdao_gongbao.docx / .pdf
  expected.json
"""
import json
import os
import re
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind362_qingdao_gongbao"

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xC0, 0x00, 0x00)
BODY = 10.5
FSP = "　"  # full-width space


# ---------------------------------------------------------------- helpers
def set_run(run, east=FS, size=BODY, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_par(p, align=None, first=None, before=0, after=0, line=None, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
    else:
        pf.line_spacing = Pt(BODY * 1.55)


def shade(el_pr, fill):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    el_pr.append(shd)


def bottom_border(p, color="C00000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_field(p, instr, placeholder="1", **kw):
    def fld(t):
        r = p.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), t)
        r._r.append(e)
        set_run(r, **kw)
    fld("begin")
    r = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._r.append(it)
    set_run(r, **kw)
    fld("separate")
    set_run(p.add_run(placeholder), **kw)
    fld("end")


def cell_width(cell, cm):
    cell.width = Cm(cm)
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcpr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


# ---------------------------------------------------------------- builder
class Gazette:
    def __init__(self, toc_pages):
        self.doc = Document()
        self.objs = []
        self.cur = None
        self.toc_pages = toc_pages
        st = self.doc.styles["Normal"]
        st.font.size = Pt(BODY)
        st.font.name = "Times New Roman"
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)

    # -- objects / clauses
    def new_obj(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objs.append(self.cur)

    def clause(self, text):
        self.cur["clauses"].append(text)

    # -- paragraph kinds
    def empty(self):
        p = self.doc.add_paragraph()
        fmt_par(p)
        return p

    def body(self, text, clause=True, lead_spaces=False, segs=None, indent=True):
        """Plain body paragraph.  segs: list of strings separated by soft line breaks."""
        p = self.doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                first=(None if lead_spaces or not indent else Pt(BODY * 2)))
        if segs is None:
            segs = [text]
        for i, s in enumerate(segs):
            r = p.add_run((FSP * 2 if (lead_spaces and i == 0) else "") + s)
            set_run(r)
            if i < len(segs) - 1:
                r.add_break()
        if clause:
            self.clause("".join(segs))
        return p

    def runin(self, head, rest, head_font=KT, bold=False):
        """Run-in heading: （一）加强组织领导。rest..."""
        p = self.doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Pt(BODY * 2))
        set_run(p.add_run(head), east=head_font, bold=bold)
        set_run(p.add_run(rest))
        self.clause(head + rest)
        return p

    def article(self, num, rest):
        p = self.doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Pt(BODY * 2))
        set_run(p.add_run(num), east=HT)
        set_run(p.add_run(FSP + rest))
        self.clause(num + FSP + rest)
        return p

    def heading(self, text, font=HT, align=None, size=BODY, bold=False):
        p = self.doc.add_paragraph()
        fmt_par(p, align=align, first=(None if align == WD_ALIGN_PARAGRAPH.CENTER else Pt(BODY * 2)),
                before=2, after=2)
        set_run(p.add_run(text), east=font, size=size, bold=bold)
        return p

    def title(self, lines, size=15, color=None, after=4):
        for i, t in enumerate(lines):
            p = self.doc.add_paragraph()
            fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=(8 if i == 0 else 0),
                    after=(after if i == len(lines) - 1 else 0), line=size * 1.45)
            set_run(p.add_run(t), east=XBS, size=size, color=color)

    def docno(self, text):
        p = self.doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
        set_run(p.add_run(text), east=KT)

    def recipients(self, text):
        p = self.doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.LEFT)
        set_run(p.add_run(text))

    def sign(self, lines, spaces=0):
        for t in lines:
            p = self.doc.add_paragraph()
            if spaces:
                fmt_par(p, align=WD_ALIGN_PARAGRAPH.LEFT)
                set_run(p.add_run(FSP * spaces + t))
            else:
                fmt_par(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
                set_run(p.add_run(t + FSP * 2))

    def lanmu_table(self, text):
        t = self.doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        t.columns[0].width = Cm(7.9)
        c = t.rows[0].cells[0]
        cell_width(c, 7.9)
        shade(c._tc.get_or_add_tcPr(), "C00000")
        p = c.paragraphs[0]
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=18)
        set_run(p.add_run(text), east=HT, size=12, color=RGBColor(0xFF, 0xFF, 0xFF))
        self.empty()

    def lanmu_par(self, text):
        p = self.doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6, line=18)
        shade(p._p.get_or_add_pPr(), "D9D9D9")
        set_run(p.add_run(text), east=HT, size=12, color=RED)

    def grid_table(self, header, rows, widths, size=8.5):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for ci, w in enumerate(widths):
            t.columns[ci].width = Cm(w)
        for ri, vals in enumerate([header] + rows):
            for ci, v in enumerate(vals):
                c = t.rows[ri].cells[ci]
                cell_width(c, widths[ci])
                p = c.paragraphs[0]
                fmt_par(p, align=(WD_ALIGN_PARAGRAPH.CENTER if (ri == 0 or ci == 0) else WD_ALIGN_PARAGRAPH.LEFT),
                        line=size * 1.35)
                set_run(p.add_run(v), east=(HT if ri == 0 else FS), size=size)
        for vals in rows:
            self.clause("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        return t


# ---------------------------------------------------------------- content
def build(toc_pages):
    g = Gazette(toc_pages)
    doc = g.doc

    # ---------- section 1: cover + 目录 (one column, no header)
    s1 = doc.sections[0]
    s1.page_width, s1.page_height = Cm(21), Cm(29.7)
    s1.left_margin = s1.right_margin = Cm(2.2)
    s1.top_margin, s1.bottom_margin = Cm(2.5), Cm(2.2)
    for _ in range(3):
        g.empty()
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=64)
    set_run(p.add_run("青岛市人民政府公报"), east=XBS, size=44, color=RED)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    set_run(p.add_run("QINGDAO MUNICIPAL PEOPLE'S GOVERNMENT GAZETTE"), size=12, color=RED)
    bottom_border(p, sz="24")
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
    set_run(p.add_run("2026年第4期（总第412期）"), east=HT, size=16)
    for _ in range(10):
        g.empty()
    for t in ("青岛市人民政府办公厅　主办", "2026年4月15日出版"):
        p = doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_run(p.add_run(t), east=KT, size=14)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 目录 page
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=12, line=30)
    set_run(p.add_run("目" + FSP * 2 + "录"), east=XBS, size=22)

    def toc_lanmu(t):
        p = doc.add_paragraph()
        fmt_par(p, before=8, after=2)
        set_run(p.add_run(t), east=HT, size=12, color=RED)

    def toc_line(text, key, indent=False):
        p = doc.add_paragraph()
        fmt_par(p, left=(Cm(0.74) if indent else None), line=20)
        tabs = p.paragraph_format.tab_stops
        from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
        tabs.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        set_run(p.add_run(text), size=12)
        set_run(p.add_run("\t（%d）" % toc_pages.get(key, 0)), size=12)

    toc_lanmu("【市政府文件】")
    toc_line("青岛市人民政府令（第318号）", "ling")
    toc_line("青岛市跨境电子商务发展促进办法", "banfa", indent=True)
    toc_line("青岛市人民政府关于胶州市跨境电商产业园建设方案的批复（青政字〔2026〕11号）", "pifu")
    toc_line("青岛市人民政府办公厅关于印发青岛市推进中欧班列高质量发展行动方案（2026—2028年）的通知（青政办字〔2026〕9号）", "tongzhi")
    toc_lanmu("【部门文件】")
    toc_line("青岛市商务局　青岛海关　青岛市财政局关于支持综合保税区保税维修和跨境电商新业态发展有关事项的通知（青商字〔2026〕21号）", "lianhe")
    toc_lanmu("【政策解读】")
    toc_line("《青岛市跨境电子商务发展促进办法》政策解读", "jiedu")
    for _ in range(6):
        g.empty()
    imp = doc.add_table(rows=5, cols=2)
    no_borders(imp)
    imp.autofit = False
    for ci in range(2):
        imp.columns[ci].width = Cm(8.3)
    info = [("主管单位：青岛市人民政府", "主办单位：青岛市人民政府办公厅"),
            ("编辑出版：《青岛市人民政府公报》编辑部", "地　　址：青岛市香港中路11号"),
            ("邮政编码：266071", "电　　话：0532-85911026"),
            ("印　　刷：青岛报业印刷有限公司", "发送对象：全市各级国家机关、社会团体"),
            ("准印证号：鲁青内资字第2026-0041号", "免费赠阅")]
    for ri, (a, b) in enumerate(info):
        for ci, v in enumerate((a, b)):
            c = imp.rows[ri].cells[ci]
            cell_width(c, 8.3)
            fmt_par(c.paragraphs[0], line=16)
            set_run(c.paragraphs[0].add_run(v), east=KT, size=9)

    # ---------- section 2: two columns, headers/footers, numbering restarts
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sp = s2._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")
    cols.set(qn("w:sep"), "1")
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    pg.set(qn("w:fmt"), "decimal")
    cols.addprevious(pg)
    doc.settings.odd_and_even_pages_header_footer = True
    s2.header.is_linked_to_previous = False
    s2.even_page_header.is_linked_to_previous = False
    s2.footer.is_linked_to_previous = False
    s2.even_page_footer.is_linked_to_previous = False
    hp = s2.header.paragraphs[0]
    fmt_par(hp, align=WD_ALIGN_PARAGRAPH.LEFT, line=14)
    set_run(hp.add_run("青岛市人民政府公报" + FSP * 18 + "2026年第4期"), east=KT, size=9, color=RED)
    bottom_border(hp)
    hp = s2.even_page_header.paragraphs[0]
    fmt_par(hp, align=WD_ALIGN_PARAGRAPH.LEFT, line=14)
    set_run(hp.add_run("2026年第4期" + FSP * 18 + "青岛市人民政府公报"), east=KT, size=9, color=RED)
    bottom_border(hp)
    for ft, al in ((s2.footer, WD_ALIGN_PARAGRAPH.RIGHT), (s2.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        fp = ft.paragraphs[0]
        fmt_par(fp, align=al, line=14)
        set_run(fp.add_run("— "), size=10.5)
        add_field(fp, "PAGE", size=10.5)
        set_run(fp.add_run(" —"), size=10.5)

    # ===================================================== 【市政府文件】
    g.lanmu_table("【市政府文件】")

    # ---------- A 市政府令
    g.new_obj({
        "title": "青岛市人民政府令",
        "doc_number": "青岛市人民政府令第318号",
        "issuer": ["青岛市人民政府"],
        "date": "2026-03-05",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [],
        "doc_type": "令",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    g.title(["青岛市人民政府令"], size=18, color=RED, after=0)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    set_run(p.add_run("第318号"), east=KT, size=12)
    g.body(None, segs=["《青岛市跨境电子商务发展促进办法》已经2026年2月27日十七届市政府第52次常务会议审议通过，",
                       "现予公布，自2026年4月1日起施行。"])
    g.sign(["市长" + FSP + "王建平", "2026年3月5日"], spaces=8)
    g.empty()

    # ---------- B 办法
    g.new_obj({
        "title": "青岛市跨境电子商务发展促进办法",
        "doc_number": "青岛市人民政府令第318号",
        "issuer": ["青岛市人民政府"],
        "date": "2026-03-05",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《青岛市跨境电子商务综合试验区发展促进若干措施》（青政办发〔2019〕7号）",
    })
    g.title(["青岛市跨境电子商务发展促进办法"], size=14)
    C = WD_ALIGN_PARAGRAPH.CENTER
    g.heading("第一章" + FSP + "总" + FSP * 2 + "则", align=C)
    g.article("第一条", "为了促进本市跨境电子商务高质量发展，推进中国（青岛）跨境电子商务综合试验区建设，培育外贸新动能，根据《中华人民共和国电子商务法》《中华人民共和国海关法》等法律、法规，结合本市实际，制定本办法。")
    g.article("第二条", "本办法适用于本市行政区域内跨境电子商务经营、服务、监管以及相关促进活动。")
    g.body("本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动。")
    g.article("第三条", "市人民政府应当加强对跨境电子商务发展工作的领导，建立跨境电子商务综合试验区建设协调推进机制，统筹解决发展中的重大问题。")
    g.body("区（市）人民政府应当结合本区域产业特点，制定跨境电子商务发展规划和扶持措施，做好本区域跨境电子商务促进工作。")
    g.article("第四条", "市商务部门是本市跨境电子商务发展的主管部门，负责综合协调、产业促进和统计监测等工作。")
    g.body("发展改革、工业和信息化、财政、交通运输、市场监管、税务、外汇管理等部门和海关按照各自职责，做好跨境电子商务相关工作。")
    g.heading("第二章" + FSP + "主体培育", align=C)
    g.article("第五条", "鼓励国内外知名跨境电子商务平台、品牌企业和服务企业在本市设立总部、区域总部或者功能性机构。对符合条件的企业，按照本市有关规定给予落户、办公用房和人才引进等方面的支持。")
    g.article("第六条", "支持本市传统外贸企业、生产制造企业应用跨境电子商务拓展国际市场，开展品牌出海、独立站建设和海外社交媒体营销。")
    g.article("第七条", "市商务部门应当会同有关部门建立跨境电子商务重点企业培育库，对入库企业实施分类指导，并在下列方面给予支持：")
    g.body("（一）参加境内外重点展会和线上对接活动；")
    g.body("（二）申请境外商标注册、专利和产品认证；")
    g.body("（三）开展海外仓、展示中心等境外营销网络建设；")
    g.body("（四）引进跨境电子商务运营、数字营销等专业人才。")
    g.article("第八条", "鼓励高等学校、职业院校与跨境电子商务企业合作，开设相关专业和课程，建设实训基地，培养跨境电子商务实用人才。")
    g.heading("第三章" + FSP + "平台和载体建设", align=C)
    g.article("第九条", "市人民政府统筹规划建设跨境电子商务产业园区，推动园区在仓储物流、通关服务、金融服务、人才培训等方面实现功能集成。")
    g.article("第十条", "支持青岛前湾综合保税区、青岛胶州湾综合保税区、青岛西海岸综合保税区、青岛即墨综合保税区开展跨境电子商务网购保税进口、特殊区域出口、保税维修等业务。")
    g.article("第十一条", "市人民政府依托国际贸易“单一窗口”建设跨境电子商务线上综合服务平台，实现与海关、税务、外汇管理、市场监管等部门的信息互联互通，为企业提供通关、物流、金融、退税等一站式服务。")
    g.article("第十二条", "鼓励企业在共建“一带一路”国家和地区、《区域全面经济伙伴关系协定》（RCEP）成员国等重点市场建设海外仓。对经认定的公共海外仓，按照规定给予支持。")
    g.heading("第四章" + FSP + "通关和物流便利", align=C)
    g.article("第十三条", "海关应当推广跨境电子商务企业对企业直接出口（9710）、跨境电子商务出口海外仓（9810）监管模式，优化申报、查验和放行流程，提高通关效率。")
    g.article("第十四条", "市交通运输、商务等部门应当会同有关单位，推动中欧班列（齐鲁号）、海铁联运、国际航空货运与跨境电子商务融合发展，开行跨境电子商务专列、专线。")
    g.article("第十五条", "支持邮政、快递和物流企业在本市建设国际快件监管中心、跨境电子商务分拨中心，拓展国际邮路和航线。")
    g.heading("第五章" + FSP + "金融和服务保障", align=C)
    g.article("第十六条", "鼓励银行业金融机构开发适合跨境电子商务特点的信贷、结算和保险产品，依法为跨境电子商务企业提供跨境人民币结算、外汇收支等便利化服务。")
    g.article("第十七条", "支持符合条件的非银行支付机构依法开展跨境支付业务。外汇管理部门应当指导银行为跨境电子商务企业办理外汇结算提供便利。")
    g.article("第十八条", "税务部门应当落实跨境电子商务零售出口货物免税、综合试验区核定征收企业所得税等政策，优化出口退税办理流程。")
    g.article("第十九条", "市商务部门应当会同有关部门建立跨境电子商务统计监测制度，定期发布本市跨境电子商务发展报告。")
    g.heading("第六章" + FSP + "风险防控", align=C)
    g.article("第二十条", "跨境电子商务经营者应当遵守法律、法规和国家有关规定，依法履行商品质量安全、知识产权保护、个人信息保护和消费者权益保护等责任。")
    g.article("第二十一条", "市场监管、海关等部门应当建立跨境电子商务信用评价体系，依法对跨境电子商务经营者实施信用分类监管，对守信主体在通关、检查等方面给予便利。")
    g.article("第二十二条", "有关部门及其工作人员在跨境电子商务促进工作中滥用职权、玩忽职守、徇私舞弊的，由有权机关依法给予处分；构成犯罪的，依法追究刑事责任。")
    g.heading("第七章" + FSP + "附" + FSP * 2 + "则", align=C)
    g.article("第二十三条", "本办法自2026年4月1日起施行。2019年5月20日市人民政府办公厅印发的《青岛市跨境电子商务综合试验区发展促进若干措施》（青政办发〔2019〕7号）同时废止。")
    g.empty()
    g.empty()

    # ---------- C 批复
    g.new_obj({
        "title": "青岛市人民政府关于胶州市跨境电商产业园建设方案的批复",
        "doc_number": "青政字〔2026〕11号",
        "issuer": ["青岛市人民政府"],
        "date": "2026-03-09",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["胶州市人民政府"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    g.title(["青岛市人民政府关于胶州市", "跨境电商产业园建设方案的批复"], size=13)
    g.docno("（青政字〔2026〕11号）")
    g.recipients("胶州市人民政府：")
    # typed with hand spaces instead of first-line indent
    g.body("你市《关于申请批准胶州市跨境电商产业园建设方案的请示》（胶政发〔2026〕3号）收悉。经研究，现批复如下：", lead_spaces=True)
    g.body("一、原则同意《胶州市跨境电商产业园建设方案》（以下简称《方案》），请认真组织实施。", lead_spaces=True)
    g.body("二、胶州市跨境电商产业园规划面积约1.2平方公里，依托青岛胶州湾综合保税区和中国—上海合作组织地方经贸合作示范区多式联运中心建设，重点发展跨境电商出口、海外仓服务、保税仓储和国际物流等业态，打造面向上海合作组织国家和共建“一带一路”国家的跨境电商集聚区。", lead_spaces=True)
    g.body("三、胶州市人民政府要切实履行主体责任，加强组织领导，完善园区基础设施和公共服务配套，严格落实耕地保护、生态环境保护和安全生产等要求，不得以园区名义违规举债融资。", lead_spaces=True)
    g.body("四、市有关部门要按照职责分工，在政策、资金、项目等方面给予积极支持。市商务局要加强统筹协调和跟踪指导，重大事项及时向市政府报告。", lead_spaces=True)
    g.empty()
    g.sign(["青岛市人民政府", "2026年3月9日"])
    p = doc.add_paragraph()
    fmt_par(p, first=Pt(BODY * 2))
    set_run(p.add_run("（此件公开发布）"))
    g.empty()

    # ---------- D 办公厅通知
    g.new_obj({
        "title": "青岛市人民政府办公厅关于印发青岛市推进中欧班列高质量发展行动方案（2026—2028年）的通知",
        "doc_number": "青政办字〔2026〕9号",
        "issuer": ["青岛市人民政府办公厅"],
        "date": "2026-03-12",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    # title broken by hand into two paragraphs in the middle of a word group
    g.title(["青岛市人民政府办公厅关于印发",
             "青岛市推进中欧班列高质量发展",
             "行动方案（2026—2028年）的通知"], size=13)
    g.docno("（青政办字〔2026〕9号）")
    g.recipients("各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位：")
    g.body("《青岛市推进中欧班列高质量发展行动方案（2026—2028年）》已经市政府同意，现印发给你们，请认真组织实施。")
    g.empty()
    g.sign(["青岛市人民政府办公厅", "2026年3月12日"])
    p = doc.add_paragraph()
    fmt_par(p, first=Pt(BODY * 2))
    set_run(p.add_run("（此件公开发布）"))
    g.empty()

    # ---------- E 方案
    g.new_obj({
        "title": "青岛市推进中欧班列高质量发展行动方案（2026—2028年）",
        "doc_number": None,
        "issuer": ["青岛市人民政府办公厅"],
        "date": "2026-03-12",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    g.title(["青岛市推进中欧班列", "高质量发展行动方案", "（2026—2028年）"], size=13)
    g.body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快建设中欧班列（齐鲁号）青岛集结中心，提升国际物流通道能级，服务构建新发展格局，结合我市实际，制定本方案。")
    g.heading("一、总体要求")
    g.body("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持市场主导、政府引导、通道引领、产业联动，以提升班列开行质量和效益为核心，推动中欧班列由“通道经济”向“枢纽经济”“产业经济”转变，为我市建设国际门户枢纽城市提供有力支撑。")
    g.heading("二、主要目标")
    g.body("到2028年，全市中欧班列年开行量稳定在1000列以上，国际线路达到30条以上，通达境外城市60个以上；班列回程比例提高到40%以上，“班列+跨境电商”“班列+保税”等新模式规模化发展，基本建成辐射日韩、联通欧亚的国际物流枢纽。")
    g.heading("三、重点任务")
    g.runin("（一）拓展国际通道网络。", "巩固提升中亚、中欧主干线路，加密至阿拉木图、塔什干、莫斯科、杜伊斯堡等方向班列频次，积极开拓经跨里海国际运输走廊至土耳其、格鲁吉亚等国家的新线路，推动形成“东接日韩、西联欧亚”的国际物流大通道。")
    g.heading("（二）提升集结中心能级", font=KT)
    g.runin("1.完善场站设施。", "加快上合示范区多式联运中心二期、董家口港铁路专用线等项目建设，2027年底前新增集装箱堆场面积15万平方米。", head_font=FS, bold=True)
    g.runin("2.优化集结组织。", "推行“一单制”多式联运，推动省内货源向青岛集结中心集中，提高班列满载率和时效稳定性。", head_font=FS, bold=True)
    g.runin("3.发展海铁联运。", "深化港口与铁路协作，推进“海铁联运+中欧班列”中转模式，打造日韩货物经青岛中转至中亚、欧洲的过境通道。", head_font=FS, bold=True)
    g.runin("（三）促进班列与产业融合发展。", "依托青岛胶州湾综合保税区、青岛前湾综合保税区，发展“班列+保税”“班列+跨境电商”“班列+海外仓”等模式，支持开行汽车整车、新能源产品、跨境电商专列，培育一批班列经济产业项目。")
    g.runin("（四）提升通关便利化水平。", "推广“铁路快通”“提前申报”等通关模式，推动中欧班列运输单证金融化试点，支持企业依托铁路运单开展融资业务。")
    g.runin("（五）加强国际合作交流。", "与沿线国家和地区的主要节点城市、物流园区建立合作机制，支持企业在中亚、欧洲布局海外仓和集散分拨中心，构建境内外协同的物流服务网络。")
    g.heading("四、保障措施")
    g.runin("（一）加强组织领导。", "在市推进“一带一路”建设工作领导小组框架下，建立中欧班列高质量发展工作专班，统筹推进各项任务落实。")
    g.runin("（二）强化政策支持。", "统筹用好市级服务业发展专项资金等，对班列运营、回程货源组织和新线路开辟给予支持，具体办法由市交通运输局会同市财政局另行制定。")
    g.runin("（三）做好监测评估。", "市交通运输局要会同有关部门对本方案实施情况开展年度评估，评估结果报市政府。")
    g.runin("（四）明确任务分工。", "重点任务的牵头单位和完成时限见下表，各责任单位要细化工作举措，按期推进落实。")
    g.grid_table(
        ["序号", "重点任务", "牵头单位", "完成时限"],
        [["1", "加密中亚、欧洲方向班列频次，开拓跨里海国际运输走廊线路", "市交通运输局", "2028年底"],
         ["2", "推进上合示范区多式联运中心二期建设", "上合示范区管委", "2027年底"],
         ["3", "推行“一单制”多式联运", "市交通运输局、山东港口青岛港", "2026年底"],
         ["4", "开行汽车整车、新能源产品、跨境电商专列", "市商务局", "持续推进"],
         ["5", "推广“铁路快通”“提前申报”通关模式", "青岛海关", "2026年底"],
         ["6", "开展中欧班列运输单证金融化试点", "市委金融办", "2027年底"]],
        [0.9, 3.7, 2.0, 1.3])
    g.empty()

    # ===================================================== 【部门文件】
    g.lanmu_par("【部门文件】")

    # ---------- F 联合通知
    g.new_obj({
        "title": "青岛市商务局 青岛海关 青岛市财政局关于支持综合保税区保税维修和跨境电商新业态发展有关事项的通知",
        "doc_number": "青商字〔2026〕21号",
        "issuer": ["青岛市商务局", "青岛海关", "青岛市财政局"],
        "date": "2026-03-20",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": "2026-03-20",
        "expires": "2026-12-31",
        "attachments": ["2026年综合保税区外贸新业态支持资金申报表", "企业信用承诺书"],
        "doc_type": "通知",
        "recipients": ["各区（市）商务主管部门、财政局", "各综合保税区管理机构", "有关企业"],
        "publicity": None,
        "repeals": None,
    })
    g.title(["青岛市商务局" + FSP + "青岛海关",
             "青岛市财政局关于支持综合保税区",
             "保税维修和跨境电商新业态",
             "发展有关事项的通知"], size=13)
    g.docno("（青商字〔2026〕21号）")
    g.recipients("各区（市）商务主管部门、财政局，各综合保税区管理机构，有关企业：")
    g.body("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》和《青岛市跨境电子商务发展促进办法》，推动综合保税区发展保税维修、跨境电商等外贸新业态，现就有关事项通知如下：")
    g.heading("一、支持范围")
    g.body("（一）在本市综合保税区内开展全球维修、再制造业务的企业，包括航空器材、船舶配件、工程机械、电子信息产品等保税维修项目。")
    g.body("（二）在本市综合保税区内开展跨境电商网购保税进口（1210）、特殊区域出口海外仓业务的企业。")
    g.body("（三）为上述业务提供保税仓储、分拨配送、供应链管理等服务的公共服务平台运营企业。")
    g.heading("二、支持标准")
    g.body("对符合条件的项目，按照下表标准给予支持，同一企业同一年度获得本通知支持资金累计不超过300万元：")
    g.grid_table(
        ["支持事项", "支持标准", "备注"],
        [["保税维修业务", "按企业年度维修业务货值的1%给予奖励，最高100万元", "新开展业务的企业首年奖励比例提高至1.5%"],
         ["跨境电商网购保税进口", "年度进口单量超过100万单的，按每单0.2元给予奖励，最高80万元", "以海关统计数据为准"],
         ["特殊区域出口海外仓", "年度出口货值超过5000万元的，给予30万元一次性奖励", "—"],
         ["公共服务平台", "按平台年度信息化建设投入的30%给予补助，最高50万元", "须经市商务局认定"]],
        [1.9, 3.6, 2.4])
    g.empty()
    g.heading("三、申报条件")
    g.body("申报企业应当同时符合下列条件：")
    # Word automatic numbering (List Number) - the numbers are not in the text
    for t in ("在本市依法注册登记，具有独立法人资格，在综合保税区内实际开展经营活动；",
              "海关信用等级为一般信用及以上，近两年内无走私违法记录；",
              "财务管理制度健全，按规定报送商务、海关统计数据；",
              "未列入严重失信主体名单。"):
        p = doc.add_paragraph(style="List Number")
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        set_run(p.add_run(t))
    for i, t in enumerate(("在本市依法注册登记，具有独立法人资格，在综合保税区内实际开展经营活动；",
                           "海关信用等级为一般信用及以上，近两年内无走私违法记录；",
                           "财务管理制度健全，按规定报送商务、海关统计数据；",
                           "未列入严重失信主体名单。"), 1):
        g.clause("%d.%s" % (i, t))
    g.heading("四、申报材料")
    g.body("（一）2026年综合保税区外贸新业态支持资金申报表（附件1）；")
    g.body("（二）企业营业执照、海关报关单位备案信息等证明材料复印件；")
    g.body("（三）经会计师事务所审计的2025年度财务报告；")
    g.body("（四）企业信用承诺书（附件2）；")
    g.body("（五）其他需要提供的证明材料。")
    g.heading("五、申报程序")
    g.runin("（一）企业申报。", "符合条件的企业于2026年4月1日至4月30日，通过青岛市商务公共服务平台在线填报，并将纸质材料（一式两份）报送所在综合保税区管理机构。", head_font=FS, bold=True)
    g.runin("（二）初审推荐。", "各综合保税区管理机构会同所在区（市）商务、财政部门对申报材料进行初审，于2026年5月15日前将初审意见报市商务局。", head_font=FS, bold=True)
    g.runin("（三）审核拨付。", "市商务局会同青岛海关、市财政局对申报项目进行审核，必要时委托第三方机构进行专项审计，审核结果在市商务局网站公示5个工作日。公示无异议的，由市财政局按程序拨付资金。", head_font=FS, bold=True)
    g.heading("六、有关要求")
    g.body("申报企业对申报材料的真实性负责。对弄虚作假、骗取支持资金的，依法追回已拨付资金，3年内取消其申报资格，并按规定纳入信用记录。")
    g.body("本通知自印发之日起施行，有效期至2026年12月31日。")
    g.body(None, segs=["联系人：市商务局对外贸易处王晓明，电话：0532-85911234；",
                       "青岛海关综合业务处李静，电话：0532-82998765；",
                       "市财政局经济建设处张伟，电话：0532-85912345。"])
    g.empty()
    p = doc.add_paragraph()
    fmt_par(p, first=Pt(BODY * 2))
    set_run(p.add_run("附件：1.2026年综合保税区外贸新业态支持资金申报表"))
    p = doc.add_paragraph()
    fmt_par(p)
    set_run(p.add_run(FSP * 5 + "2.企业信用承诺书"))
    p = doc.add_paragraph()
    fmt_par(p, first=Pt(BODY * 2))
    set_run(p.add_run("（附件略）"), east=KT)
    g.empty()
    # 落款 typed in a borderless layout table
    lt = doc.add_table(rows=2, cols=3)
    no_borders(lt)
    lt.autofit = False
    for ci in range(3):
        lt.columns[ci].width = Cm(2.63)
    for ci, v in enumerate(("青岛市商务局", "青岛海关", "青岛市财政局")):
        c = lt.rows[0].cells[ci]
        cell_width(c, 2.63)
        fmt_par(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER)
        set_run(c.paragraphs[0].add_run(v))
    m = lt.rows[1].cells[1].merge(lt.rows[1].cells[2])
    fmt_par(m.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER)
    set_run(m.paragraphs[0].add_run("2026年3月20日"))
    g.empty()

    # ===================================================== 【政策解读】
    # starts in a new column (column break typed by hand)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.COLUMN)
    g.lanmu_par("【政策解读】")

    # ---------- G 政策解读
    g.new_obj({
        "title": "《青岛市跨境电子商务发展促进办法》政策解读",
        "doc_number": None,
        "issuer": ["青岛市商务局"],
        "date": "2026-03-10",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    g.title(["《青岛市跨境电子商务", "发展促进办法》政策解读"], size=13)
    g.heading("一、制定背景")
    g.body("跨境电子商务是发展速度快、潜力大、带动作用强的外贸新业态。2016年1月，国务院批复同意设立中国（青岛）跨境电子商务综合试验区。近年来，我市跨境电子商务规模持续扩大，2025年全市跨境电商进出口额同比增长18.6%，形成了“跨境电商+产业带”“跨境电商+中欧班列”等特色发展模式。")
    g.body("为固化综合试验区建设经验，破解企业在通关、物流、金融等方面遇到的难点问题，市商务局牵头起草了《青岛市跨境电子商务发展促进办法》（以下简称《办法》），经市政府常务会议审议通过，以市政府令形式公布。")
    g.heading("二、主要内容")
    g.body("《办法》共7章23条，主要包括以下内容：")
    g.runin("（一）明确管理体制。", "《办法》规定市人民政府建立综合试验区建设协调推进机制，明确市商务部门为主管部门，发展改革、财政、税务等部门和海关按照职责分工协同推进（第三条、第四条）。")
    g.runin("（二）加强主体培育。", "《办法》鼓励知名平台和品牌企业在青设立总部或者功能性机构，支持传统外贸企业和生产制造企业“触网出海”，建立重点企业培育库并从参展、境外商标注册、海外营销网络建设和人才引进等方面给予支持（第五条至第八条）。")
    g.runin("（三）完善平台载体。", "《办法》明确统筹建设跨境电子商务产业园区，支持各综合保税区开展网购保税进口、保税维修等业务，依托国际贸易“单一窗口”建设线上综合服务平台，鼓励企业在共建“一带一路”国家和RCEP成员国建设海外仓（第九条至第十二条）。")
    g.runin("（四）推进通关物流便利。", "《办法》要求推广9710、9810监管模式，推动中欧班列（齐鲁号）、海铁联运和国际航空货运与跨境电子商务融合发展（第十三条至第十五条）。")
    g.runin("（五）强化金融服务保障。", "《办法》从信贷结算、跨境支付、出口退税、统计监测等方面作出规定，着力降低企业经营成本（第十六条至第十九条）。")
    g.runin("（六）防范经营风险。", "《办法》明确经营者主体责任，要求建立跨境电子商务信用评价体系，实施信用分类监管（第二十条至第二十二条）。")
    g.heading("三、有关说明")
    g.body("《办法》自2026年4月1日起施行。2019年印发的《青岛市跨境电子商务综合试验区发展促进若干措施》同时废止，此前市级层面出台的跨境电子商务支持政策与《办法》不一致的，以《办法》为准。")
    g.empty()
    g.sign(["青岛市商务局", "2026年3月10日"])
    return g


# ---------------------------------------------------------------- page numbers for 目录
MARKERS = {
    "ling": "第318号",
    "banfa": "第一章总则",
    "pifu": "（青政字〔2026〕11号）",
    "tongzhi": "（青政办字〔2026〕9号）",
    "lianhe": "（青商字〔2026〕21号）",
    "jiedu": "一、制定背景",
}


def find_pages(pdf):
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer
    except Exception:
        return None
    texts = []
    for page in extract_pages(pdf):
        t = "".join(e.get_text() for e in page if isinstance(e, LTTextContainer))
        texts.append(re.sub(r"\s+", "", t))
    out = {}
    for k, m in MARKERS.items():
        for i, t in enumerate(texts[2:]):  # skip cover + 目录
            if m in t:
                out[k] = i + 1
                break
    return out


def convert(docx_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    pdf_path = os.path.join(HERE, STEM + ".pdf")
    toc = {"ling": 1, "banfa": 1, "pifu": 4, "tongzhi": 4, "lianhe": 6, "jiedu": 8}
    g = build(toc)
    g.doc.save(docx_path)
    convert(docx_path)
    found = find_pages(pdf_path)
    if found and len(found) == len(MARKERS) and found != toc:
        g = build(found)
        g.doc.save(docx_path)
        convert(docx_path)
    expected = {STEM: g.objs}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", docx_path, pdf_path, "expected.json; toc pages:", found or toc)


if __name__ == "__main__":
    main()
