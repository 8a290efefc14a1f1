# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 235: red-header 公文 in the 版头 variants of GB/T 9704, made in
Word (python-docx) and printed to PDF by LibreOffice.

Writes next to itself:
  blind235_guangdong_tongzhi.docx/.pdf  四机关联合行文 通知, 版头 is a Word table
                                        (four organs stacked, 文件 spanning them)
  blind235_hubei_ling.docx/.pdf         命令格式: 湖北省人民政府令第259号 + the 办法
  blind235_sichuan_jiyao.docx/.pdf      纪要格式: 自贸试验区工作领导小组办公室会议纪要
  blind235_chongqing_han.docx/.pdf      信函格式: 重庆市人民政府办公厅 上行函
  expected.json

Run:  . /work/venv/bin/activate && python make_blind235.py
"""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo_235"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = "FF0000"
IND = Pt(32)          # 首行缩进二字（三号字）


# ------------------------------------------------------------ low level
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt(p, align=None, first=None, left=None, right=None, line=Pt(28.95),
        before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def border(p, side="bottom", val="single", sz=12, color=RED, space=1):
    ppr = p._p.get_or_add_pPr()
    pb = ppr.find(qn("w:pBdr"))
    if pb is None:
        pb = OxmlElement("w:pBdr")
        ppr.append(pb)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pb.append(e)


def table_borders(tbl, spec):
    """spec: dict side -> (val, sz) ; sides top/left/bottom/right/insideH/insideV"""
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz = spec.get(side, ("nil", 0))
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    sort_tblpr(tbl)


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd",
               "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]


def sort_tblpr(tbl):
    """keep tblPr children in schema order (Word is strict about it)"""
    tblPr = tbl._tbl.tblPr
    kids = list(tblPr)
    for k in kids:
        tblPr.remove(k)
    kids.sort(key=lambda e: TBLPR_ORDER.index(e.tag.split("}")[1])
              if e.tag.split("}")[1] in TBLPR_ORDER else 99)
    for k in kids:
        tblPr.append(k)


def set_col_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    tblPr = tbl._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(w.twips for w in widths))))
    tw.set(qn("w:type"), "dxa")
    old = tblPr.find(qn("w:tblW"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(tw)
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    sort_tblpr(tbl)


def page_field(p, size=14):
    set_font(p.add_run("— "), ST, size)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    set_font(p.add_run(" —"), ST, size)


def a4(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(22)
    section.header_distance = Mm(15)


def page_numbers(doc, section):
    """单页码居右空一字，双页码居左空一字"""
    doc.settings.odd_and_even_pages_header_footer = True
    fp = section.footer.paragraphs[0]
    fmt(fp, WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(14), line=None)
    page_field(fp)
    ep = section.even_page_footer.paragraphs[0]
    fmt(ep, WD_ALIGN_PARAGRAPH.LEFT, left=Pt(14), line=None)
    page_field(ep)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    a4(doc.sections[0])
    return doc


# ------------------------------------------------------------ builder
class Builder:
    """Writes paragraphs into a docx and records the clauses of the key."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.specific = {}

    def _rec(self, text, places):
        self.clauses.append(text)
        if places:
            key = text[:18]
            assert len(key) >= 15
            self.specific[key] = places

    def blank(self, n=1, size=16):
        for _ in range(n):
            p = fmt(self.doc.add_paragraph())
            set_font(p.add_run(""), FS, size)

    def line(self, text, font=FS, size=16, align=None, color=None, bold=False,
             first=None, left=None, right=None, lsp=Pt(28.95)):
        p = fmt(self.doc.add_paragraph(), align, first, left, right, lsp)
        set_font(p.add_run(text), font, size, bold, color)
        return p

    def title(self, *lines, size=22):
        p = fmt(self.doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
        for i, ln in enumerate(lines):
            r = set_font(p.add_run(ln), XBS, size)
            if i < len(lines) - 1:
                r.add_break()            # soft line break (Shift+Enter)
        return p

    def to(self, text):
        return self.line(text)

    def h1(self, text):                  # 一、heading alone
        p = self.line(text, HT, first=IND)
        p.paragraph_format.keep_with_next = True
        return p

    def h2(self, text):                  # （一）heading alone
        p = self.line(text, KT, first=IND)
        p.paragraph_format.keep_with_next = True
        return p

    def chap(self, text):
        p = self.line(text, HT, align=WD_ALIGN_PARAGRAPH.CENTER)
        p.paragraph_format.keep_with_next = True
        return p

    def para(self, text, places=None, clause=True):
        self.line(text, first=IND)
        if clause:
            self._rec(text, places)

    def runin(self, head, rest, places=None, font=KT, bold=False):
        p = fmt(self.doc.add_paragraph(), first=IND)
        set_font(p.add_run(head), font, 16, bold)
        set_font(p.add_run(rest), FS, 16)
        self._rec(head + rest, places)

    def article(self, label, *paras, places=None):
        """第X条　text ; further paragraphs indented"""
        p = fmt(self.doc.add_paragraph(), first=IND)
        set_font(p.add_run(label), HT, 16)
        set_font(p.add_run("　" + paras[0]), FS, 16)
        for more in paras[1:]:
            self.line(more, first=IND)
        self._rec("\n".join([label + "　" + paras[0]] + list(paras[1:])), places)

    def softitems(self, head, rest, items, places=None):
        """a run-in item whose sub-items follow after soft line breaks"""
        p = fmt(self.doc.add_paragraph(), first=IND)
        set_font(p.add_run(head), HT, 16)
        r = set_font(p.add_run(rest), FS, 16)
        for it in items:
            r.add_break()
            r = set_font(p.add_run("　　" + it), FS, 16)
        self._rec("\n".join([head + rest] + items), places)

    def multi(self, paras, places=None, first_head=None):
        """an item whose sub-items （1）（2） are separate paragraphs"""
        head, rest = first_head
        p = fmt(self.doc.add_paragraph(), first=IND)
        set_font(p.add_run(head), FS, 16, bold=True)
        set_font(p.add_run(rest), FS, 16)
        for t in paras:
            self.line(t, first=IND)
        self._rec("\n".join([head + rest] + paras), places)

    def page_break(self):
        p = fmt(self.doc.add_paragraph())
        p.add_run().add_break(WD_BREAK.PAGE)

    def data_table(self, header, rows, widths, merges=(), places=None,
                   size=12, skip_empty=True):
        """rows: list of lists; merges: ((r1,c1),(r2,c2)) in body coordinates.
        Records one clause per body row: 列名：值；列名：值"""
        tbl = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(tbl, {s: ("single", 4) for s in
                            ("top", "left", "bottom", "right", "insideH", "insideV")})
        set_col_widths(tbl, widths)
        for i, h in enumerate(header):
            c = tbl.rows[0].cells[i]
            p = fmt(c.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER, line=Pt(20))
            set_font(p.add_run(h), HT, size)
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                c = tbl.rows[ri + 1].cells[ci]
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if val is None:
                    continue
                al = WD_ALIGN_PARAGRAPH.LEFT if len(val) > 12 else WD_ALIGN_PARAGRAPH.CENTER
                p = fmt(c.paragraphs[0], al, line=Pt(size * 1.5))
                set_font(p.add_run(val), FS, size)
        for (r1, c1), (r2, c2) in merges:
            a = tbl.cell(r1 + 1, c1)
            b = tbl.cell(r2 + 1, c2)
            # keep only the first cell's text
            for r in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    if (r, cc) != (r1, c1):
                        for p in tbl.cell(r + 1, cc).paragraphs:
                            for run in p.runs:
                                run.text = ""
            m = a.merge(b)
            # drop empty paragraphs left by merge
            ps = m.paragraphs
            for p in ps[1:]:
                if not p.text:
                    p._p.getparent().remove(p._p)
        # clauses
        filled = [list(r) for r in rows]
        for (r1, c1), (r2, c2) in merges:
            v = rows[r1][c1]
            for r in range(r1, r2 + 1):
                for cc in range(c1, c2 + 1):
                    if c1 == c2:          # vertical merge: repeat
                        filled[r][cc] = v
                    elif (r, cc) != (r1, c1):
                        filled[r][cc] = None   # horizontal: once
        for ri, r in enumerate(filled):
            parts = [f"{h}：{v}" for h, v in zip(header, r) if v]
            txt = "；".join(parts)
            pl = places[ri] if places else None
            self._rec(txt, pl)
        return tbl

    def banji(self, rows, thick=8, thin=4, rules=True):
        """版记: rows of (left, right) text in a table with rules"""
        tbl = self.doc.add_table(rows=len(rows), cols=1)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(tbl, {"top": ("single", thick), "bottom": ("single", thick),
                            "insideH": ("single", thin)} if rules else {})
        set_col_widths(tbl, [Mm(156)])
        for i, (left, right) in enumerate(rows):
            p = fmt(tbl.rows[i].cells[0].paragraphs[0], line=Pt(26))
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.right_indent = Pt(14)
            if right:
                # left text, then a right-aligned tab stop
                p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
                set_font(p.add_run(left + "\t" + right), FS, 14)
            else:
                set_font(p.add_run(left), FS, 14)
        return tbl


def red_rule(b, sz=18, val="single"):
    p = fmt(b.doc.add_paragraph(), line=Pt(6))
    border(p, "bottom", val, sz, RED)
    return p


def sign(b, organ, date, right_chars=4):
    """单一机关落款: organ centred over the date, date 右空四字"""
    b.blank(2)
    p = b.line(organ, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(16 * (right_chars + 1)))
    b.line(date, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(16 * right_chars))
    return p


# ====================================================================
# 1. 广东 four-organ joint 通知, 版头 as a Word table
# ====================================================================
def make_guangdong():
    doc = new_doc()
    sec = doc.sections[0]
    page_numbers(doc, sec)
    b = Builder(doc)

    b.line("000157", HT, 16)
    b.blank(1)
    organs = ["广东省商务厅", "广东省发展和改革委员会", "广东省财政厅",
              "中华人民共和国广州海关"]
    tbl = doc.add_table(rows=len(organs), cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, {})
    set_col_widths(tbl, [Mm(118), Mm(38)])
    for i, o in enumerate(organs):
        p = fmt(tbl.cell(i, 0).paragraphs[0], WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                line=Pt(40))
        set_font(p.add_run(o), XBS, 26, color=RED)
    right = tbl.cell(0, 1).merge(tbl.cell(len(organs) - 1, 1))
    for p in right.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = fmt(right.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER, line=Pt(80))
    set_font(p.add_run("文件"), XBS, 48, color=RED)

    b.blank(1)
    b.line("粤商务贸字〔2025〕21号", align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(b)
    b.blank(1)
    b.title("广东省商务厅　广东省发展和改革委员会",
            "广东省财政厅　中华人民共和国广州海关关于",
            "推动跨境电子商务与“丝路电商”合作",
            "高质量发展的通知")
    b.blank(1)
    b.to("各地级以上市商务主管部门、发展改革局、财政局，广州海关各隶属海关：")
    b.para("为深入贯彻落实党中央、国务院关于推动高质量共建“一带一路”和加快发展外贸"
           "新业态新模式的决策部署，扎实推进“丝路电商”合作，充分发挥我省跨境电子商务"
           "综合试验区（以下简称综试区）和中国（广东）自由贸易试验区的引领作用，经省人民"
           "政府同意，现就有关事项通知如下：")
    b.h1("一、总体要求")
    b.para("以高质量共建“一带一路”为引领，坚持市场主导、政府引导，坚持监管创新与风险防控"
           "并重，推动跨境电商与产业带、海外仓、“丝路电商”伙伴国市场深度融合。到2027年，"
           "全省跨境电商进出口额力争突破1万亿元，培育年进出口额超10亿元的跨境电商企业50家"
           "以上，在共建“一带一路”国家布局海外仓300个以上。")
    b.h1("二、重点任务")
    b.h2("（一）拓展“丝路电商”合作市场")
    b.runin("1.深耕共建“一带一路”重点市场。",
            "支持企业通过跨境电商B2B出口、海外仓出口等方式开拓东盟、中东、中亚、拉美和非洲"
            "市场，组织企业参加“丝路电商”云品海购、广交会跨境电商专区等活动。对在“丝路电商”"
            "伙伴国新设海外仓并实际运营满1年的企业，按不超过实际投入的30%给予支持，单个企业"
            "最高200万元。", font=FS, bold=True)
    b.runin("2.打造粤港澳大湾区跨境电商国际枢纽。",
            "支持广州、深圳综试区建设全球跨境电商集货分拨中心，推动南沙港区、盐田港区开通至"
            "东盟、中东的跨境电商海运快线，依托广州白云国际机场、深圳宝安国际机场加密共建"
            "“一带一路”国家国际货运航线。",
            places=["广州市", "深圳市"], font=FS, bold=True)
    b.runin("3.推动产业带“跨境电商+”转型。",
            "支持佛山、东莞、中山、汕头、揭阳等市围绕家具、小家电、灯饰、玩具、服装等特色产业"
            "带，每市培育1—2个跨境电商产业带示范园区，推动产业带企业“抱团出海”。",
            places=["佛山市", "东莞市", "中山市", "汕头市", "揭阳市"], font=FS, bold=True)
    b.h2("（二）完善跨境电商监管服务")
    b.runin("1.优化跨境电商通关监管。",
            "广州海关在关区内全面推广跨境电商出口商品“一次登记、一点对接、便利通关、简化申报”"
            "，对跨境电商B2B直接出口（9710）、出口海外仓（9810）货物实行优先查验、优先放行；"
            "支持跨境电商企业在关区内“一地注册、多地申报”。",
            places=["广州海关关区"], font=FS, bold=True)
    b.multi(["（1）支持广州南沙综合保税区、广州白云机场综合保税区开展跨境电商保税备货、"
             "保税展示交易和退货中心仓业务；",
             "（2）支持佛山综合保税区发展“跨境电商+保税维修”“跨境电商+保税研发”业务，对"
             "符合条件的企业开展“保税+”业务给予通关便利。"],
            places=["广州南沙综合保税区", "广州白云机场综合保税区", "佛山综合保税区"],
            first_head=("2.支持综合保税区发展跨境电商新业态。", ""))
    b.runin("3.建设跨境电商公共服务平台。",
            "依托中国（广东）国际贸易“单一窗口”完善跨境电商公共服务功能，推动与共建“一带一路”"
            "国家“单一窗口”互联互通，实现订单、物流、支付、通关数据“一次申报、共享共用”。",
            font=FS, bold=True)
    b.h1("三、保障措施")
    b.runin("（一）加大财政资金支持。",
            "省财政统筹中央外经贸发展专项资金和省级促进经济高质量发展专项资金（外贸发展方向），"
            "对本通知明确的重点事项给予支持，具体支持方向和标准见附件。各地级以上市财政部门可"
            "结合实际安排配套资金。")
    b.runin("（二）强化项目谋划储备。",
            "省发展改革委将跨境电商物流枢纽、海外仓和公共服务平台项目纳入省重点建设项目储备库，"
            "符合条件的积极争取中央预算内投资和地方政府专项债券支持。")
    b.runin("（三）加强统计监测。",
            "各地级以上市商务主管部门要于每季度结束后10个工作日内，通过广东省商务运行监测系统"
            "报送跨境电商进出口、海外仓建设运营等情况。")
    b.runin("（四）加强风险防控。",
            "各地要指导跨境电商企业依法合规经营，防范虚假贸易、骗取出口退税和违规套取财政资金"
            "等风险；海关要加强跨境电商进出口商品质量安全风险监测，对“刷单”、伪报贸易方式等"
            "违法行为依法严肃查处。")
    b.runin("（五）抓好组织实施。",
            "各地各部门要将本通知落实情况纳入推进高质量共建“一带一路”年度工作要点，省商务厅"
            "会同有关单位加强跟踪督导，重大问题及时报告省人民政府。本通知自印发之日起实施，"
            "有效期至2027年12月31日。")
    b.blank(1)
    p = fmt(doc.add_paragraph(), first=IND)
    set_font(p.add_run("附件：2025—2027年跨境电商重点支持方向及标准"), FS, 16)
    p.paragraph_format.keep_with_next = True
    b.blank(2)
    # joint 落款: borderless 2x2 table, date under it
    st = doc.add_table(rows=2, cols=2)
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(st, {})
    set_col_widths(st, [Mm(78), Mm(78)])
    for i, o in enumerate(organs):
        c = st.cell(i // 2, i % 2)
        p = fmt(c.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
        p.paragraph_format.keep_with_next = True
        set_font(p.add_run(o), FS, 16)
    b.blank(1)
    b.line("2025年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    b.blank(1)
    b.line("（此件公开发布）", first=IND)

    # 附件 in its own section
    doc.add_section(WD_SECTION.NEW_PAGE)
    b.line("附件", HT, 16)
    b.blank(1)
    b.title("2025—2027年跨境电商", "重点支持方向及标准")
    header = ["序号", "支持方向", "支持内容及标准", "牵头单位"]
    rows = [
        ["1", "海外仓建设",
         "对在“丝路电商”伙伴国新设海外仓并实际运营满1年的企业，按不超过实际投入的30%给予"
         "支持，单个企业最高200万元", "省商务厅、省财政厅"],
        ["2", None,
         "对纳入省级公共海外仓名单的企业，按年度服务本省外贸企业数量给予最高100万元奖励",
         None],
        ["3", "产业带示范园区",
         "对认定的跨境电商产业带示范园区，一次性给予最高300万元支持", "省商务厅"],
        ["4", "物流枢纽项目",
         "对纳入省重点建设项目储备库的跨境电商物流枢纽项目，优先推荐申报中央预算内投资",
         "省发展改革委"],
        ["5", "公共服务平台",
         "对综试区线上综合服务平台升级改造项目，按不超过项目投资额的50%给予支持，单个项目"
         "最高500万元", "省商务厅、省财政厅"],
    ]
    rows[1][1] = "海外仓建设"
    rows[1][3] = "省商务厅、省财政厅"
    b.data_table(header, rows, [Mm(14), Mm(30), Mm(80), Mm(32)],
                 merges=[((0, 1), (1, 1)), ((0, 3), (1, 3))], size=10.5)
    b.para("注：同一企业同一年度同一事项不重复享受省级财政资金支持；已获得中央财政资金支持"
           "的项目，省级不再重复支持。")
    b.blank(2)
    b.banji([("抄送：商务部、国家发展改革委、财政部、海关总署，省人民政府办公厅。", None),
             ("广东省商务厅办公室", "2025年3月20日印发")])

    meta = {
        "title": "广东省商务厅 广东省发展和改革委员会 广东省财政厅 中华人民共和国广州海关"
                 "关于推动跨境电子商务与“丝路电商”合作高质量发展的通知",
        "doc_number": "粤商务贸字〔2025〕21号",
        "issuer": organs,
        "date": "2025-03-18",
        "published": "2025-03-20",
        "level": "provincial",
        "region": "广东省",
        "effective": "2025-03-20",
        "expires": "2027-12-31",
        "attachments": ["2025—2027年跨境电商重点支持方向及标准"],
        "doc_type": "通知",
        "recipients": ["各地级以上市商务主管部门、发展改革局、财政局", "广州海关各隶属海关"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": b.clauses,
                  "applies_to": {"specific": b.specific}}]


# ====================================================================
# 2. 湖北省人民政府令 (命令格式) + 办法
# ====================================================================
def make_hubei():
    doc = new_doc()
    page_numbers(doc, doc.sections[0])
    b = Builder(doc)

    b.blank(1)
    b.line("湖北省人民政府令", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, RED,
           lsp=Pt(60))
    b.blank(2)
    b.line("第259号", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.blank(2)
    b.para("《中国（湖北）自由贸易试验区跨境贸易投资便利化办法》已经2025年4月28日省人民"
           "政府第61次常务会议审议通过，现予公布，自2025年7月1日起施行。")
    b.blank(3)
    b.line("省长　周鸿远", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    b.line("2025年5月9日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))

    doc.add_section(WD_SECTION.NEW_PAGE)
    b.title("中国（湖北）自由贸易试验区跨境贸易", "投资便利化办法")
    b.blank(1)
    b.chap("第一章　总　　则")
    b.article("第一条", "为了推进中国（湖北）自由贸易试验区（以下简称自贸试验区）跨境贸易和投资"
              "便利化，打造内陆开放新高地，服务高质量共建“一带一路”，根据《中国（湖北）自由"
              "贸易试验区条例》等法律法规，结合本省实际，制定本办法。")
    b.article("第二条", "本办法适用于自贸试验区武汉片区、襄阳片区、宜昌片区（以下统称片区）范围"
              "内的跨境贸易、跨境投资、跨境资金流动及其相关服务管理活动。",
              "自贸试验区联动创新区参照本办法执行。")
    b.article("第三条", "省人民政府统筹领导自贸试验区跨境贸易投资便利化工作。省商务主管部门"
              "（省自贸办）负责组织协调、督促指导；省发展改革、财政、交通运输、市场监督管理等"
              "部门和武汉海关、中国人民银行湖北省分行、国家外汇管理局湖北省分局等单位按照各自"
              "职责做好相关工作。",
              "武汉市、襄阳市、宜昌市人民政府和片区管理机构负责本片区跨境贸易投资便利化的具体"
              "实施工作。")
    b.chap("第二章　贸易便利化")
    b.article("第四条", "自贸试验区应当依托国际贸易“单一窗口”，推进口岸通关、物流运输、贸易"
              "结算、外汇收支等业务“一网通办”，推动与共建“一带一路”国家和地区“单一窗口”"
              "数据交换和互联互通。")
    b.article("第五条", "海关在片区内实施“提前申报”“两步申报”“两段准入”等便利化措施，对符合"
              "条件的企业推行“自报自缴”“汇总征税”。",
              "支持片区内企业开展跨境电子商务零售进口、保税维修、保税研发、融资租赁等新业态"
              "新模式。")
    b.article("第六条", "武汉片区应当依托武汉东湖综合保税区、武汉天河国际机场和阳逻港，建设"
              "国际物流枢纽，发展铁水、空铁多式联运，推动中欧班列（武汉）扩容提质，拓展至中亚、"
              "欧洲的国际货运通道。",
              places=["中国（湖北）自由贸易试验区武汉片区"])
    b.article("第七条", "襄阳片区应当发挥汽车及零部件产业优势，建设汽车整车及零部件进出口基地，"
              "支持开展二手车出口业务，推进襄阳综合保税区与片区功能叠加、政策联动。",
              places=["中国（湖北）自由贸易试验区襄阳片区", "襄阳综合保税区"])
    b.article("第八条", "宜昌片区应当依托长江黄金水道和三峡枢纽，发展江海联运和翻坝转运，推进"
              "宜昌综合保税区建设，扩大对共建“一带一路”国家磷化工、生物医药产品进出口规模。",
              places=["中国（湖北）自由贸易试验区宜昌片区", "宜昌综合保税区"])
    b.article("第九条", "对鲜活农产品、冷链货物等时效性强的商品，海关、边检等口岸查验单位应当"
              "实行预约通关、“7×24小时”通关保障，公开口岸作业时限，压缩整体通关时间。")
    b.chap("第三章　投资便利化")
    b.article("第十条", "自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单以外"
              "的领域，按照内外资一致原则实施管理。",
              "片区管理机构应当建立外商投资企业服务专员制度，为外商投资企业提供“一对一”咨询"
              "服务。")
    b.article("第十一条", "支持自贸试验区内企业参与共建“一带一路”境外经贸合作区、境外产业园区"
              "建设，开展对外承包工程和境外投资。对企业境外投资项目，依法实行备案管理，推行"
              "备案“全程网办”。")
    b.article("第十二条", "市场监督管理部门应当在自贸试验区推行企业登记“证照分离”“一业一证”"
              "改革，对外商投资企业设立登记实行“跨境通办”。")
    b.chap("第四章　资金流动便利化")
    b.article("第十三条", "金融机构可以按照规定为自贸试验区内符合条件的企业提供跨境人民币结算、"
              "跨境投融资等金融服务，支持开展本外币一体化资金池业务。")
    b.article("第十四条", "支持自贸试验区内跨境电子商务企业、外贸综合服务企业按照规定办理贸易"
              "外汇收支便利化业务；鼓励银行为新型离岸国际贸易提供结算便利。")
    b.article("第十五条", "武汉片区可以按照国家规定开展合格境外有限合伙人（QFLP）试点，吸引境外"
              "资金参与科技创新和先进制造业投资。",
              places=["中国（湖北）自由贸易试验区武汉片区"])
    b.chap("第五章　保障措施")
    b.article("第十六条", "省人民政府设立自贸试验区发展专项资金，重点支持片区制度创新、公共服务"
              "平台建设和重大开放项目。具体管理办法由省财政部门会同省商务主管部门制定。")
    b.article("第十七条", "省商务主管部门应当会同有关部门建立跨境贸易投资便利化评估制度，每年"
              "对片区便利化水平进行评估，评估结果向社会公布。")
    b.article("第十八条", "建立健全容错纠错机制。在跨境贸易投资便利化改革创新中出现失误或者偏差，"
              "符合规定条件的，对有关单位和个人从轻、减轻或者免予追究责任。")
    b.chap("第六章　附　　则")
    b.article("第十九条", "本办法自2025年7月1日起施行。2018年5月10日省人民政府公布的《中国"
              "（湖北）自由贸易试验区管理办法》（省人民政府令第203号）同时废止。")
    b.blank(5)
    b.banji([("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，"
              "武汉海关。", None),
             ("湖北省人民政府办公厅", "2025年5月12日印发")])

    meta = {
        "title": "中国（湖北）自由贸易试验区跨境贸易投资便利化办法",
        "doc_number": "湖北省人民政府令第259号",
        "issuer": ["湖北省人民政府"],
        "date": "2025-05-09",
        "published": "2025-05-12",
        "level": "provincial",
        "region": "中国（湖北）自由贸易试验区",
        "effective": "2025-07-01",
        "expires": None,
        "attachments": [],
        "doc_type": "规章（省政府令）",
        "recipients": [],
        "publicity": None,
        "repeals": "《中国（湖北）自由贸易试验区管理办法》（省人民政府令第203号）",
    }
    return doc, [{"meta": meta, "clauses": b.clauses,
                  "applies_to": {"specific": b.specific}}]


# ====================================================================
# 3. 四川 纪要格式
# ====================================================================
def make_sichuan():
    doc = new_doc()
    page_numbers(doc, doc.sections[0])
    b = Builder(doc)

    b.line("000041", HT, 16)
    b.blank(1)
    b.line("中国（四川）自由贸易试验区", XBS, 28, WD_ALIGN_PARAGRAPH.CENTER, RED,
           lsp=Pt(44))
    b.line("工作领导小组办公室会议纪要", XBS, 28, WD_ALIGN_PARAGRAPH.CENTER, RED,
           lsp=Pt(44))
    b.blank(1)
    b.line("〔2025〕3号", align=WD_ALIGN_PARAGRAPH.CENTER)
    b.blank(1)
    p = fmt(doc.add_paragraph(), line=Pt(28.95))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run("省自贸试验区工作领导小组办公室\t2025年6月16日"), FS, 16)
    red_rule(b, 18)
    b.blank(1)
    b.title("关于推进川渝自贸试验区协同开放示范区建设和",
            "中欧班列（成渝）提质增效有关事项的会议纪要", size=20)
    b.blank(1)
    b.para("2025年6月12日，省商务厅党组成员、副厅长，省自贸试验区工作领导小组办公室常务副主任"
           "刘子恒在成都主持召开专题会议，研究推进川渝自贸试验区协同开放示范区建设和中欧班列"
           "（成渝）提质增效有关工作。省发展改革委、省财政厅、省交通运输厅、成都海关和成都"
           "天府新区片区、成都青白江铁路港片区、川南临港片区管委会等单位负责同志参加会议。"
           "现将会议议定事项纪要如下：")
    b.runin("一、关于川渝自贸试验区协同开放示范区建设。",
            "会议听取了省自贸办关于川渝自贸试验区协同开放示范区建设进展情况的汇报，原则同意"
            "《川渝自贸试验区协同开放示范区2025年工作要点》，由省自贸办会同重庆市商务委于7月"
            "底前联合印发。会议要求，成都天府新区片区、成都青白江铁路港片区要分别与重庆两江"
            "片区、西永片区建立“一对一”结对协作机制，年内各推出不少于3项协同改革试点经验。",
            places=["中国（四川）自由贸易试验区成都天府新区片区",
                    "中国（四川）自由贸易试验区成都青白江铁路港片区"], font=HT)
    b.softitems("二、关于中欧班列（成渝）提质增效。",
                "会议指出，中欧班列（成渝）是我省融入共建“一带一路”的重要通道，要进一步优化线路"
                "布局、提升回程比例。会议明确：",
                ["（一）成都青白江铁路港片区要牵头优化中欧班列（成渝）去回程线路，2025年新增至"
                 "中亚、西亚的班列线路不少于2条；",
                 "（二）成都海关要在成都青白江铁路港片区全面推广“铁路快通”模式，实现班列货物"
                 "“一次申报、一次查验、一次放行”；",
                 "（三）省财政厅要在现有资金渠道内，对成都青白江铁路港片区开展的回程班列进口"
                 "货物集拼业务给予支持。"],
                places=["中国（四川）自由贸易试验区成都青白江铁路港片区"])
    b.runin("三、关于川南临港片区申建进境粮食指定监管场地。",
            "会议同意支持川南临港片区依托泸州港申建进境粮食指定监管场地，由泸州市人民政府、"
            "川南临港片区管委会牵头编制申报方案，成都海关给予业务指导，力争年底前通过预验收。",
            places=["中国（四川）自由贸易试验区川南临港片区"], font=HT)
    b.runin("四、关于协同改革先行区扩容。",
            "会议原则同意将德阳、宜宾两个协同改革先行区纳入2025年度制度创新成果复制推广重点"
            "区域，请德阳市、宜宾市人民政府于8月15日前报送年度制度创新工作方案。",
            places=["德阳市", "宜宾市"], font=HT)
    b.runin("五、关于制度创新成果评估。",
            "会议要求，各片区要对照国务院自由贸易试验区工作部际联席会议办公室部署，梳理形成"
            "2025年第一批制度创新案例，于7月10日前报省自贸办；省自贸办组织第三方评估，择优向"
            "国家层面推荐。", font=HT)
    b.runin("六、关于工作保障。",
            "会议明确，纪要议定事项由省自贸办负责跟踪督办，每月通报进展情况；涉及资金保障的"
            "事项，由省财政厅按程序报批。", font=HT)
    b.blank(1)
    # 出席 / 列席 lists (GB/T 9704: 出席 in 黑体, names after a colon)
    att = [("出席：", ["刘子恒　省商务厅副厅长、省自贸办常务副主任",
                      "王晓川　省发展改革委副主任",
                      "陈　敏　省财政厅副厅长",
                      "杨志刚　省交通运输厅副厅长",
                      "赵立新　成都海关副关长"]),
           ("列席：", ["李　峰　成都天府新区片区管委会副主任",
                      "何建国　成都青白江铁路港片区管委会副主任",
                      "罗文涛　川南临港片区管委会副主任",
                      "孙丽娟　省自贸办综合处处长"])]
    for head, names in att:
        for i, n in enumerate(names):
            p = fmt(doc.add_paragraph(), left=Pt(80) if i else Pt(32),
                    first=None if not i else None)
            if i == 0:
                set_font(p.add_run(head), HT, 16)
            set_font(p.add_run(n), FS, 16)
    b.blank(5)
    b.banji([("分送：省自贸试验区工作领导小组成员单位，成都市、泸州市、德阳市、宜宾市人民政府，"
              "各片区管委会。", None),
             ("省自贸试验区工作领导小组办公室", "2025年6月17日印发")])

    meta = {
        "title": "关于推进川渝自贸试验区协同开放示范区建设和中欧班列（成渝）提质增效有关事项的"
                 "会议纪要",
        "doc_number": "〔2025〕3号",
        "issuer": ["中国（四川）自由贸易试验区工作领导小组办公室"],
        "date": "2025-06-16",
        "published": "2025-06-17",
        "level": "provincial",
        "region": "中国（四川）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": b.clauses,
                  "applies_to": {"specific": b.specific}}]


# ====================================================================
# 4. 重庆 信函格式 上行函
# ====================================================================
def make_chongqing():
    doc = new_doc()
    sec = doc.sections[0]
    sec.top_margin = Mm(30)
    page_numbers(doc, sec)
    sec.different_first_page_header_footer = True
    # first page: no page number, red double line (上细下粗) 20mm above the bottom edge
    fp = sec.first_page_footer.paragraphs[0]
    fmt(fp, line=Pt(4))
    border(fp, "top", "thinThickSmallGap", 24, RED, 0)
    b = Builder(doc)

    b.line("重庆市人民政府办公厅", XBS, 30, WD_ALIGN_PARAGRAPH.CENTER, RED, lsp=Pt(50))
    p = fmt(doc.add_paragraph(), line=Pt(8))
    border(p, "bottom", "thickThinSmallGap", 24, RED, 1)       # 上粗下细
    p = fmt(doc.add_paragraph(), line=Pt(28.95))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run("000012\t渝府办函〔2025〕58号"), FS, 16)
    b.blank(1)
    b.title("重庆市人民政府办公厅关于商请支持重庆建设",
            "西部陆海新通道物流和运营组织中心的函")
    b.blank(1)
    b.to("国家发展改革委：")
    b.para("近年来，在贵委的大力支持下，我市深入实施《西部陆海新通道总体规划》，通道物流网络"
           "已覆盖127个国家和地区的580个港口，2024年经通道运输货物突破28万标箱。为加快建设"
           "西部陆海新通道物流和运营组织中心，更好服务高质量共建“一带一路”，现就有关事项商请"
           "如下：")
    b.runin("一、支持重大项目纳入国家规划和资金盘子。",
            "恳请将重庆国际物流枢纽园区扩能、果园港多式联运（二期）、江津珞璜港铁水联运等项目"
            "（详见附件）纳入西部陆海新通道“十五五”重点项目库，在中央预算内投资和超长期特别"
            "国债安排上给予倾斜支持。", font=HT)
    b.h1("二、支持通道运营组织机制创新")
    b.runin("（一）", "支持重庆牵头完善西部陆海新通道省际协商合作联席会议机制，推动沿线省"
            "（区、市）共建共享“13+2”通道运营平台，统一班列开行计划和运价体系。", font=FS)
    b.runin("（二）", "支持在中国（重庆）自由贸易试验区开展铁海联运“一单制”提单物权化试点，"
            "探索“一次委托、一单到底、一次结算”的全程运输组织模式。",
            places=["中国（重庆）自由贸易试验区"], font=FS)
    b.runin("三、支持开放平台能级提升。",
            "恳请贵委会同海关总署等部门，支持重庆西永综合保税区、重庆两路果园港综合保税区扩大"
            "保税维修和再制造业务试点范围，支持万州综合保税区建设西部陆海新通道渝东北分拨中心。",
            places=["重庆西永综合保税区", "重庆两路果园港综合保税区", "万州综合保税区"],
            font=HT)
    b.runin("四、支持通道沿线国际合作。",
            "支持我市企业在新加坡、越南河内、老挝万象等地布局海外仓和集结分拨中心，推动中老"
            "铁路与西部陆海新通道班列衔接，将重庆至东盟跨境公路班车纳入国际道路运输便利化"
            "协定框架。", font=HT)
    b.line("特此函商，请予支持。", first=IND)
    b.blank(1)
    p = fmt(doc.add_paragraph(), first=IND)
    set_font(p.add_run("附件：西部陆海新通道重庆段重点项目清单"), FS, 16)
    sign(b, "重庆市人民政府办公厅", "2025年7月15日")
    b.blank(1)
    b.line("（联系人：市发展改革委　陈立新，电话：023-67575123）", first=IND)

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.different_first_page_header_footer = False
    b.line("附件", HT, 16)
    b.blank(1)
    b.title("西部陆海新通道重庆段重点项目清单")
    b.blank(1)
    header = ["序号", "类别", "项目名称", "建设地点", "总投资（亿元）", "建设期限"]
    rows = [
        ["1", "枢纽设施", "重庆国际物流枢纽园区扩能工程", "沙坪坝区", "86.4", "2025—2028年"],
        ["2", "枢纽设施", "重庆航空物流园（二期）", "渝北区", "45.0", "2025—2027年"],
        ["3", "港口集疏运", "果园港多式联运（二期）工程", "江北区", "62.8", "2025—2029年"],
        ["4", "港口集疏运", "江津珞璜港铁水联运工程", "江津区", "38.6", "2025—2027年"],
        ["5", "通道线路", "渝贵铁路货运扩能改造工程", "綦江区、江津区", "93.7", "2026—2030年"],
        ["合计", None, None, None, "326.5", None],
    ]
    b.data_table(header, rows, [Mm(14), Mm(22), Mm(48), Mm(26), Mm(22), Mm(24)],
                 merges=[((0, 1), (1, 1)), ((2, 1), (3, 1)), ((5, 0), (5, 3))],
                 places=[["沙坪坝区"], ["渝北区"], ["江北区"], ["江津区"],
                         ["綦江区", "江津区"], None])
    b.blank(6)
    b.banji([("抄送：国家发展改革委基础设施发展司，市发展改革委、市交通运输委、市商务委、"
              "重庆海关。", None)], rules=False)

    meta = {
        "title": "重庆市人民政府办公厅关于商请支持重庆建设西部陆海新通道物流和运营组织中心的函",
        "doc_number": "渝府办函〔2025〕58号",
        "issuer": ["重庆市人民政府办公厅"],
        "date": "2025-07-15",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": ["西部陆海新通道重庆段重点项目清单"],
        "doc_type": "函",
        "recipients": ["国家发展改革委"],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": b.clauses,
                  "applies_to": {"specific": b.specific}}]


# ====================================================================
def to_pdf(docx):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for stem, fn in [("blind235_guangdong_tongzhi", make_guangdong),
                     ("blind235_hubei_ling", make_hubei),
                     ("blind235_sichuan_jiyao", make_sichuan),
                     ("blind235_chongqing_han", make_chongqing)]:
        doc, docs = fn()
        path = HERE / f"{stem}.docx"
        doc.save(path)
        to_pdf(path)
        expected[stem] = docs
        print(stem, sum(len(d["clauses"]) for d in docs), "clauses")
    (HERE / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
