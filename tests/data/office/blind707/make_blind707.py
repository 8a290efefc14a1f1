# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 707: 通知 with deep mixed numbering
(hand-typed and Word multilevel numbering), continuation paragraphs,
quoted 一是/二是 lists and an 附件 通讯录 table (30 rows, merged 类别 rows).
Writes .docx, .pdf (LibreOffice) and expected.json next to this script."""
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(paragraph, text, east=FS, size=16, bold=False, color=None):
    """Add text; '\n' inside text becomes a soft line break (w:br)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = paragraph.add_run(part)
        set_font(r, east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    return paragraph


def p_border(paragraph, side, color="FF0000", sz=12, space=1):
    ppr = paragraph._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        # pBdr must come before spacing/ind/jc; insert right after pStyle/numPr
        anchor = None
        for tag in ("w:spacing", "w:ind", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def add_page_field(paragraph, size=14):
    def r(xml):
        paragraph._p.append(parse_xml(xml))
    fr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>'
          % ("宋体", "宋体", "宋体", size * 2))
    r('<w:r %s>%s<w:t xml:space="preserve">— </w:t></w:r>' % (nsdecls("w"), fr))
    r('<w:r %s>%s<w:fldChar w:fldCharType="begin"/></w:r>' % (nsdecls("w"), fr))
    r('<w:r %s>%s<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % (nsdecls("w"), fr))
    r('<w:r %s>%s<w:fldChar w:fldCharType="separate"/></w:r>' % (nsdecls("w"), fr))
    r('<w:r %s>%s<w:t>1</w:t></w:r>' % (nsdecls("w"), fr))
    r('<w:r %s>%s<w:fldChar w:fldCharType="end"/></w:r>' % (nsdecls("w"), fr))
    r('<w:r %s>%s<w:t xml:space="preserve"> —</w:t></w:r>' % (nsdecls("w"), fr))


def set_widths(t, widths):
    t.autofit = False
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    # per-cell widths (merged cells get the sum of spanned columns)
    for row in t.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[col:col + span]))
            col += span


class GwDoc:
    def __init__(self, stem):
        self.stem = stem
        self.d = Document()
        self.clauses = []
        self.next_abs = 20
        self.next_num = 50
        sec = self.d.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.d.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing = Pt(28)
        # footer page number
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)

    # ---------------- numbering -----------------
    def add_abstract(self, levels, multilevel=True):
        """levels: list of dicts fmt,text,font,(pstyle),(suff),(first)"""
        aid = self.next_abs
        self.next_abs += 1
        lv = []
        for i, L in enumerate(levels):
            pst = '<w:pStyle w:val="%s"/>' % L["pstyle"] if L.get("pstyle") else ""
            lv.append(
                '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s'
                '<w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
                '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:hint="eastAsia"/>'
                '%s<w:sz w:val="32"/></w:rPr></w:lvl>'
                % (i, L["fmt"], pst, L.get("suff", "nothing"), L["text"], L.get("first", 640),
                   L["font"], "<w:b/>" if L.get("bold") else ""))
        for i in range(len(levels), 9):
            lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                      '<w:lvlText w:val="%%%d."/><w:lvlJc w:val="left"/>'
                      '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>' % (i, i + 1))
        xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="%08X"/>'
               '<w:multiLevelType w:val="%s"/><w:tmpl w:val="%08X"/>%s</w:abstractNum>'
               % (nsdecls("w"), aid, 0x3A5C0000 + aid * 7919, "multilevel" if multilevel else "singleLevel",
                  0x1B2C0000 + aid * 104729, "".join(lv)))
        numbering = self.d.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        el = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
        return aid

    def add_num(self, aid, restart_levels=()):
        nid = self.next_num
        self.next_num += 1
        ov = "".join('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="1"/></w:lvlOverride>' % l
                     for l in restart_levels)
        xml = '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (nsdecls("w"), nid, aid, ov)
        self.d.part.numbering_part.element.append(parse_xml(xml))
        return nid

    @staticmethod
    def set_numpr(paragraph, num_id, ilvl=0):
        ppr = paragraph._p.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                          % (nsdecls("w"), ilvl, num_id))
        pstyle = ppr.find(qn("w:pStyle"))
        if pstyle is not None:
            pstyle.addnext(numpr)
        else:
            ppr.insert(0, numpr)

    # ---------------- paragraphs -----------------
    def para(self, runs=(), align=None, first=True, style=None, num=None, line=28,
             before=0, after=0, clause=None, left=None):
        """runs: list of (text, font, bold) or str. num=(numId, ilvl).
        clause: None -> not recorded; str prefix -> record prefix + text."""
        p = self.d.add_paragraph(style=style) if style else self.d.add_paragraph()
        pf = p.paragraph_format
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if first is True:
            pf.first_line_indent = Pt(32)
        elif first:
            pf.first_line_indent = Pt(first)
        if left is not None:
            pf.left_indent = Pt(left)
        if line:
            pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        text = ""
        for r in runs:
            if isinstance(r, str):
                r = (r, FS, False)
            t, font, bold = r[0], r[1], r[2]
            size = r[3] if len(r) > 3 else 16
            color = r[4] if len(r) > 4 else None
            add_text(p, t, font, size, bold, color)
            text += t.replace("\n", "")
        if num is not None:
            self.set_numpr(p, num[0], num[1])
        if clause is not None:
            self.clauses.append(clause + text)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.d.add_paragraph()

    def page_break(self):
        p = self.d.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def body(self, text, **kw):
        """plain body paragraph recorded as clause"""
        return self.para([text], align="j", clause="", **kw)

    def runin(self, head, rest, head_font=KT, bold=False, prefix="", **kw):
        return self.para([(head, head_font, bold), rest], align="j", clause=prefix, **kw)

    def heading1(self, text, num=None, prefix=""):
        return self.para([(text, HT, False)], align="j", num=num)

    # ---------------- tables -----------------
    @staticmethod
    def cell_text(cell, text, east=FS, size=10.5, bold=False, align="c"):
        cell.text = ""
        p = cell.paragraphs[0]
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        p.paragraph_format.space_before = Pt(2)
        p.paragraph_format.space_after = Pt(2)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "l":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        add_text(p, text, east, size, bold)
        tcpr = cell._tc.get_or_add_tcPr()
        if tcpr.find(qn("w:vAlign")) is None:
            tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))

    def contact_table(self, cols, widths, groups, serial=False, vmerge_units=(), size=10.5):
        """groups: list of (category_title, rows); rows: list of tuples in cols order
        (without 序号 when serial=True). Records each data row as a clause."""
        allcols = (["序号"] if serial else []) + cols
        nrows = 1 + sum(1 + len(r) for _, r in groups)
        t = self.d.add_table(rows=nrows, cols=len(allcols))
        t.style = self.d.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0]
        for i, c in enumerate(allcols):
            self.cell_text(hdr.cells[i], c, HT, size)
        trpr = hdr._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
        ri = 1
        seq = 0
        for cat, rows in groups:
            crow = t.rows[ri]
            merged = crow.cells[0].merge(crow.cells[len(allcols) - 1])
            self.cell_text(merged, cat, HT, size, align="l")
            ri += 1
            first_row_of_unit = {}
            for row in rows:
                seq += 1
                vals = ([str(seq)] if serial else []) + list(row)
                tr = t.rows[ri]
                tr._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
                for i, v in enumerate(vals):
                    self.cell_text(tr.cells[i], v, FS, size, align="c")
                self.clauses.append("；".join("%s：%s" % (c, v.replace("\n", ""))
                                             for c, v in zip(allcols, vals)))
                unit = row[0]
                if unit in vmerge_units:
                    if unit in first_row_of_unit:
                        ci = 1 if serial else 0
                        top = t.rows[first_row_of_unit[unit]].cells[ci]
                        bottom = tr.cells[ci]
                        self.cell_text(bottom, "")
                        m = top.merge(bottom)
                        self.cell_text(m, unit, FS, size)
                    else:
                        first_row_of_unit[unit] = ri
                ri += 1
        set_widths(t, widths)
        return t

    def save(self):
        path = os.path.join(OUT, self.stem + ".docx")
        self.d.save(path)
        return path


# ---------------------------------------------------------------------------
# common pieces
# ---------------------------------------------------------------------------
SURN = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = ["伟", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英",
         "晨", "浩", "婷", "雪", "鹏", "宇", "博", "欣怡", "子涵", "文博", "思远", "海燕", "建华", "志强", "晓东",
         "丽华", "俊杰", "振宇", "亚楠", "一鸣", "佳琪", "梦瑶", "国栋", "立新", "红梅", "春雨", "天宇", "凯", "琳"]


def gen_people(seed, n):
    rnd = random.Random(seed)
    seen = set()
    out = []
    while len(out) < n:
        nm = rnd.choice(SURN) + rnd.choice(GIVEN)
        if nm in seen:
            continue
        seen.add(nm)
        mob = "1" + rnd.choice(["38", "39", "36", "35", "58", "59", "87", "88", "80", "89", "77", "99"]) + \
              "".join(rnd.choice("0123456789") for _ in range(8))
        out.append((nm, mob))
    return out


def phone(rnd, area, digits=8, lead="6"):
    return "%s-%s%s" % (area, lead, "".join(rnd.choice("0123456789") for _ in range(digits - 1)))


def red_header_line(g):
    p = g.para([("", FS, False)], first=False, line=None, after=6)
    p_border(p, "bottom", "FF0000", 18, 1)
    return p


def banji(g, chaosong, office, printed):
    """版记 as paragraphs with borders (not clauses)."""
    p = g.para([("抄送：", FS, False, 14), (chaosong, FS, False, 14)], first=False, left=14, align="j")
    p_border(p, "top", "000000", 12, 1)
    p_border(p, "bottom", "000000", 4, 1)
    p2 = g.para([("  " + office + "          " + printed, FS, False, 14)], first=False)
    p_border(p2, "bottom", "000000", 12, 1)


# ---------------------------------------------------------------------------
# Document 1: 河南 — hand-typed 一、（一）, Word-numbered 1., hand-typed （1）① a)
# ---------------------------------------------------------------------------
def make_henan():
    g = GwDoc("blind707_henan_tongzhi")
    d = g.d
    # layout table for joint red header
    g.blank(1)
    ht = d.add_table(rows=3, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    organs = ["河南省商务厅", "河南省发展和改革委员会", "郑州海关"]
    for i, o in enumerate(organs):
        c = ht.rows[i].cells[0]
        c.text = ""
        pp = c.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        pp.paragraph_format.first_line_indent = Pt(0)
        pp.paragraph_format.line_spacing = 1.0
        add_text(pp, o, XBS, 24, False, RED)
    right = ht.rows[0].cells[1].merge(ht.rows[2].cells[1])
    right.text = ""
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp.paragraph_format.first_line_indent = Pt(0)
    add_text(rp, "文件", XBS, 40, False, RED)
    right._tc.get_or_add_tcPr().append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    set_widths(ht, [11.8, 3.8])
    g.blank(1)
    g.para([("豫商务〔2026〕7号", FS, False)], align="c", first=False)
    red_header_line(g)
    g.blank(1)
    g.para([("关于做好2026年全省跨境电子商务\n综合试验区建设工作的通知", XBS, False, 22)],
           align="c", first=False, line=35)
    g.blank(1)
    g.para(["各省辖市、济源示范区商务局、发展改革委，郑州海关各隶属海关，省直有关单位："], first=False, align="j")

    g.body("为深入贯彻党中央、国务院关于促进跨境电子商务高质量发展的决策部署，落实《河南省人民政府办公厅关于加快"
           "跨境电子商务高质量发展的实施意见》要求，推动全省跨境电子商务综合试验区（以下简称综试区）扩量提质、"
           "创新发展，现就做好2026年综试区建设工作通知如下。")

    # Word single-level decimal list "1." restarted under each （一）
    dec = g.add_abstract([{"fmt": "decimal", "text": "%1.", "font": FS}], multilevel=False)

    g.para([("一、总体要求", HT, False)], align="j")
    g.body("坚持以制度创新为核心、以主体培育为重点、以平台建设为支撑，统筹推进郑州、洛阳、南阳、许昌、焦作、商丘等"
           "综试区协同发展，推动跨境电商与产业带、中欧班列（中豫号）、“空中丝绸之路”深度融合。到2026年底，全省跨境电商"
           "进出口额力争达到2800亿元，培育年交易额超亿元的跨境电商企业60家以上，认定省级跨境电商示范园区20个，"
           "建设运营海外仓100个以上。")

    g.para([("二、重点任务", HT, False)], align="j")
    g.runin("（一）壮大跨境电商经营主体。", "各地要把主体培育作为综试区建设的首要任务，重点抓好以下工作：")
    n1 = g.add_num(dec, restart_levels=(0,))
    g.para(["引育龙头企业。支持郑州、洛阳综试区引进国内头部跨境电商平台设立区域总部、结算中心和运营中心，对新引进的"
            "年交易额超10亿元的企业，按照“一企一策”给予支持。"], align="j", num=(n1, 0), clause="1.")
    g.para(["推动传统外贸企业转型。组织开展“跨境电商+产业带”对接活动，每个省辖市全年不少于2场，重点围绕以下产业带推进："],
           align="j", num=(n1, 0), clause="2.")
    g.body("（1）许昌发制品、南阳艾草制品、鹿邑化妆刷等特色产业带，推动企业开设跨境电商自营店铺和独立站；")
    g.body("（2）郑州服装、洛阳装备制造、焦作汽车零部件等优势产业带，推动“品牌出海”；")
    g.body("（3）商丘、周口、驻马店等地农副产品加工产业带，推动发展跨境电商B2B出口。")
    g.body("各地要建立产业带企业转型台账，于每季度结束后次月10日前报送省商务厅。")
    g.para(["培育综合服务企业。支持物流、支付、营销推广、代运营等跨境电商综合服务企业做大做强，2026年新培育省级"
            "跨境电商综合服务企业15家以上。"], align="j", num=(n1, 0), clause="3.")

    g.runin("（二）完善跨境电商公共服务体系。", "各综试区要坚持线上线下融合，提升公共服务能力，具体包括：")
    n2 = g.add_num(dec, restart_levels=(0,))
    g.para(["提升线上综合服务平台功能。依托中国（河南）国际贸易“单一窗口”，推动跨境电商线上综合服务平台与海关、"
            "税务、外汇、市场监管等部门数据互联互通，实现“一次申报、一次查验、一次放行”。"],
           align="j", num=(n2, 0), clause="1.")
    g.para(["建设线下产业园区。支持各地依托综合保税区、物流园区建设跨境电商产业园区，省级跨境电商示范园区应当"
            "同时具备以下条件："], align="j", num=(n2, 0), clause="2.")
    g.body("①园区内入驻跨境电商企业不少于30家；")
    g.body("②园区上年度跨境电商交易额不低于5亿元；")
    g.body("③具备通关、仓储、物流、人才培训等公共服务设施。")
    g.body("已认定的示范园区实行动态管理，年度考核不合格的限期整改，连续两年考核不合格的撤销认定。")
    g.para(["推进海外仓建设。支持企业在共建“一带一路”国家和RCEP成员国布局海外仓，重点支持以下类型："],
           align="j", num=(n2, 0), clause="3.")
    g.body("（1）位于中欧班列（中豫号）沿线节点城市的公共海外仓；")
    g.body("（2）提供退换货、售后维修等服务的功能型海外仓，应当符合以下要求：")
    g.body("①年服务国内企业不少于50家，其中：")
    g.body("a)服务省内企业不少于30家；")
    g.body("b)服务中小微企业占比不低于60%。")
    g.body("②自营或租赁仓储面积不少于5000平方米。")
    g.body("（3）与郑州—卢森堡“空中丝绸之路”航线配套的航空货运海外仓。")

    g.runin("（三）优化跨境电商通关监管服务。",
            "郑州海关各隶属海关要持续深化跨境电商监管模式创新，围绕“一是压缩整体通关时间，二是降低企业通关成本，"
            "三是提高查验作业效率”的目标，支持跨境电商B2B直接出口（9710）和跨境电商出口海外仓（9810）业务扩大规模，"
            "推进跨境电商零售进口退货中心仓模式在郑州经开综合保税区、郑州新郑综合保税区常态化运作。")
    g.body("对跨境电商零售进口商品，严格落实跨境电子商务零售进口商品清单管理，加强质量安全风险监测，"
           "守住不发生系统性风险的底线。")

    g.runin("（四）强化要素保障。", "各地、各有关单位要加大对综试区建设的支持力度。")
    g.body("1.强化资金支持。统筹用好省级外经贸发展专项资金，对综试区公共服务平台、示范园区、公共海外仓建设给予支持，"
           "具体支持标准另行制定。")
    g.body("2.强化金融服务。鼓励金融机构开发“跨境电商贷”“海外仓贷”等信贷产品，支持符合条件的跨境电商企业"
           "使用跨境人民币结算。")
    g.body("3.强化人才培养。支持高校、职业院校与跨境电商企业共建实训基地，全年培训跨境电商从业人员2万人次以上。")

    g.para([("三、工作要求", HT, False)], align="j")
    g.runin("（一）加强组织领导。", "各省辖市要将综试区建设纳入本地区外贸工作重要议事日程，建立由政府分管负责同志牵头的"
            "工作推进机制，细化年度目标任务，明确责任单位和完成时限。")
    g.runin("（二）强化监测评估。", "省商务厅会同省发展改革委、郑州海关对各综试区开展年度评估，评估结果作为分配专项资金的"
            "重要依据。各地于2026年6月30日、12月31日前分别报送半年和全年工作总结。")
    g.runin("（三）做好信息报送。", "请各地、各有关单位于2026年4月15日前将本单位联络员信息报送省商务厅电子商务处"
            "（通讯录见附件1），并于每季度结束后次月10日前按附件2要求报送重点任务推进情况。")
    g.body("联系人：省商务厅电子商务处刘洋，电话：0371-63576218；省发展改革委经济贸易处赵敏，电话：0371-69690135；"
           "郑州海关综合业务处孙浩，电话：0371-65832146。")
    g.blank(1)
    g.para(["附件：1．2026年全省跨境电商综试区联络员通讯录"], first=32, align="j")
    g.para(["　　　2．2026年全省跨境电商综试区建设重点任务推进表"], first=32, align="j")
    g.blank(2)
    g.para(["河南省商务厅　　　　　　　河南省发展和改革委员会"], first=48, align="j")
    g.blank(2)
    g.para(["郑州海关"], first=False, align="r", left=0).paragraph_format.right_indent = Pt(96)
    g.para(["2026年3月18日"], first=False, align="r").paragraph_format.right_indent = Pt(64)
    g.para(["（此件公开发布）"], first=True, align="j")

    # ---- 附件1 ----
    g.page_break()
    g.para([("附件1", HT, False)], first=False, align="j")
    g.blank(1)
    g.para([("2026年全省跨境电商综试区联络员通讯录", XBS, False, 20)], first=False, align="c", line=None, after=10)
    rnd = random.Random(70701)
    people = iter(gen_people(707011, 30))
    dom = ["126.com", "163.com"]

    def row(unit, pos, area, digits, email_pfx, domain=None, lead="6"):
        nm, mob = next(people)
        return (unit, nm, pos, phone(rnd, area, digits, lead), mob,
                "%s@%s" % (email_pfx, domain or rnd.choice(dom)))

    grp1 = [
        row("省商务厅电子商务处", "一级主任科员", "0371", 8, "hnswt_dzswc", "hncom.gov.cn"),
        row("省发展改革委经济贸易处", "四级调研员", "0371", 8, "hnfgw_jmc"),
        row("省财政厅经济建设处", "副处长", "0371", 8, "hnczt_jjjs"),
        row("省邮政管理局市场监管处", "二级主任科员", "0371", 8, "hnyz_scjg"),
        row("国家外汇管理局\n河南省分局经常项目处", "副处长", "0371", 8, "hnwh_jcxm"),
        row("中国（河南）自由贸易试验区\n工作办公室", "一级主任科员", "0371", 8, "hnzmq_gzb"),
    ]
    grp2 = [
        row("郑州海关综合业务处", "副处长", "0371", 8, "zzhg_zhyw"),
        row("郑州海关口岸监管处", "科长", "0371", 8, "zzhg_kajg"),
        row("郑州新郑国际机场海关", "副科长", "0371", 8, "xzjchg"),
        row("郑州经开区海关", "科长", "0371", 8, "zzjkhg"),
        row("洛阳海关", "副科长", "0379", 8, "lyhg_zh"),
        row("南阳海关", "科长", "0377", 8, "nyhg_zh"),
    ]
    cities = [("郑州市商务局", "0371", 8), ("开封市商务局", "0371", 8), ("洛阳市商务局", "0379", 8),
              ("平顶山市商务局", "0375", 7), ("安阳市商务局", "0372", 7), ("鹤壁市商务局", "0392", 7),
              ("新乡市商务局", "0373", 7), ("焦作市商务局", "0391", 7), ("濮阳市商务局", "0393", 7),
              ("许昌市商务局", "0374", 7), ("漯河市商务局", "0395", 7), ("三门峡市商务局", "0398", 7),
              ("南阳市商务局", "0377", 8), ("商丘市商务局", "0370", 7), ("信阳市商务局", "0376", 7),
              ("周口市商务局", "0394", 7), ("驻马店市商务局", "0396", 7), ("济源示范区商务局", "0391", 7)]
    pfx = ["zzsw", "kfsw", "lysw", "pdssw", "aysw", "hbsw", "xxsw", "jzsw", "pysw", "xcsw", "lhsw", "smxsw",
           "nysw", "sqsw", "xysw", "zksw", "zmdsw", "jysw"]
    poss = ["电子商务科科长", "外贸科副科长", "电子商务科副科长", "四级主任科员", "电商中心主任"]
    grp3 = []
    for (u, a, dg), pf_ in zip(cities, pfx):
        grp3.append(row(u, rnd.choice(poss), a, dg, pf_ + "_dzsw", lead=rnd.choice("2356")))
    g.contact_table(["单位", "联系人", "职务", "办公电话", "手机", "邮箱"], [3.2, 1.5, 2.2, 2.6, 2.3, 3.8],
                    [("一、省直有关单位", grp1), ("二、郑州海关及有关隶属海关", grp2), ("三、各省辖市、济源示范区商务局", grp3)], size=9)

    # ---- 附件2 ----
    g.page_break()
    g.para([("附件2", HT, False)], first=False, align="j")
    g.blank(1)
    g.para([("2026年全省跨境电商综试区建设重点任务推进表", XBS, False, 20)], first=False, align="c", line=None, after=10)
    tasks = [
        ("1", "引进跨境电商平台区域总部、结算中心", "郑州市、洛阳市人民政府", "2026年12月底"),
        ("2", "开展“跨境电商+产业带”对接活动", "各省辖市商务局", "2026年11月底"),
        ("3", "新培育省级跨境电商综合服务企业15家以上", "省商务厅", "2026年12月底"),
        ("4", "跨境电商线上综合服务平台数据互联互通", "省商务厅、郑州海关", "2026年9月底"),
        ("5", "认定省级跨境电商示范园区", "省商务厅、省发展改革委", "2026年10月底"),
        ("6", "新增海外仓20个以上", "各省辖市商务局", "2026年12月底"),
        ("7", "跨境电商零售进口退货中心仓模式常态化运作", "郑州海关", "2026年6月底"),
        ("8", "培训跨境电商从业人员2万人次以上", "各省辖市商务局", "2026年12月底"),
    ]
    cols = ["序号", "重点任务", "牵头单位", "完成时限"]
    t = d.add_table(rows=1 + len(tasks), cols=4)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.4, 7.2, 4.2, 2.8]
    for i, c in enumerate(cols):
        g.cell_text(t.rows[0].cells[i], c, HT, 12)
    for ri, tk in enumerate(tasks, start=1):
        vals = list(tk)
        for i, v in enumerate(vals):
            g.cell_text(t.rows[ri].cells[i], v, FS, 12, align="l" if i == 1 else "c")
        g.clauses.append("；".join("%s：%s" % (c, v) for c, v in zip(cols, vals)))
    set_widths(t, widths)
    g.blank(2)
    banji(g, "商务部电子商务司，海关总署综合业务司，省人民政府办公厅。", "河南省商务厅办公室", "2026年3月19日印发")

    meta = {
        "title": "关于做好2026年全省跨境电子商务综合试验区建设工作的通知",
        "doc_number": "豫商务〔2026〕7号",
        "issuer": ["河南省商务厅", "河南省发展和改革委员会", "郑州海关"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年全省跨境电商综试区联络员通讯录", "2026年全省跨境电商综试区建设重点任务推进表"],
        "doc_type": "通知",
        "recipients": ["各省辖市、济源示范区商务局、发展改革委", "郑州海关各隶属海关", "省直有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return g, meta


# ---------------------------------------------------------------------------
# Document 2: 成都 — everything numbered by one Word multilevel list;
# levels 一、 and （一） come from paragraph styles linked to the list
# ---------------------------------------------------------------------------
def make_chengdu():
    from docx.enum.style import WD_STYLE_TYPE
    g = GwDoc("blind707_chengdu_tongzhi")
    d = g.d
    h1 = d.styles.add_style("GW Heading 1", WD_STYLE_TYPE.PARAGRAPH)
    h2 = d.styles.add_style("GW Heading 2", WD_STYLE_TYPE.PARAGRAPH)
    aid = g.add_abstract([
        {"fmt": "chineseCounting", "text": "%1、", "font": HT, "pstyle": h1.style_id},
        {"fmt": "chineseCounting", "text": "（%2）", "font": KT, "pstyle": h2.style_id},
        {"fmt": "decimal", "text": "%3.", "font": FS},
        {"fmt": "decimal", "text": "（%4）", "font": FS},
        {"fmt": "decimalEnclosedCircle", "text": "%5", "font": FS},
        {"fmt": "lowerLetter", "text": "%6)", "font": FS},
    ])
    L = g.add_num(aid)
    for st, ilvl, font in ((h1, 0, HT), (h2, 1, KT)):
        st.base_style = d.styles["Normal"]
        ppr = st.element.get_or_add_pPr()
        ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                % (nsdecls("w"), ilvl, L)))
        st.paragraph_format.first_line_indent = Pt(32)
        st.paragraph_format.line_spacing = Pt(28)
        rpr = st.element.get_or_add_rPr()
        rpr.insert(0, parse_xml('<w:rFonts %s w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
                                % (nsdecls("w"), font)))
        st.font.size = Pt(16)

    # red header
    g.blank(1)
    g.para([("成都市口岸与物流办公室文件", XBS, False, 34, RED)], align="c", first=False, line=None)
    g.blank(1)
    g.para([("成口岸物流〔2026〕15号", FS, False)], align="c", first=False)
    red_header_line(g)
    g.blank(1)
    # title typed as two separate paragraphs
    g.para([("成都市口岸与物流办公室", XBS, False, 22)], align="c", first=False, line=35)
    g.para([("关于做好2026年中欧班列（成渝）开行", XBS, False, 22)], align="c", first=False, line=35)
    g.para([("服务保障工作的通知", XBS, False, 22)], align="c", first=False, line=35)
    g.blank(1)
    g.para(["各区（市）县人民政府，成都高新区、成都天府国际空港新城、四川天府新区成都直管区管委会，市级有关部门，有关单位："],
           first=False, align="j")
    g.body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和推进中欧班列高质量发展的决策部署，巩固提升"
           "中欧班列（成渝）开行质效，加快建设国际门户枢纽城市，经市政府同意，现就做好2026年中欧班列（成渝）"
           "开行服务保障工作有关事项通知如下。")

    H1 = lambda t: g.para([(t, HT, False)], style="GW Heading 1", align="j", first=None)
    H2 = lambda t: g.para([(t, KT, False)], style="GW Heading 2", align="j", first=None)

    def item(lvl, prefix, text):
        return g.para([text], align="j", num=(L, lvl), clause=prefix)

    def h2runin(prefix, head, rest):
        return g.para([(head, KT, False), (rest, FS, False)], style="GW Heading 2", align="j",
                      first=None, clause=prefix)

    H1("目标任务")
    g.body("2026年，中欧班列（成渝）成都方向力争开行1300列以上，回程班列占比稳定在45%以上，班列全程运输时效较2025年"
           "提升5%以上；新开辟国际线路3条以上，成都国际铁路港进出口货值力争突破1200亿元。")

    H1("重点工作")
    H2("拓展国际通道网络")
    item(2, "1.", "稳定欧洲主干线路。巩固经阿拉山口、霍尔果斯、二连浩特、满洲里出境的西、中、东通道，保持至罗兹、"
                  "杜伊斯堡、汉堡、布达佩斯等节点城市班列高频稳定开行，全年欧洲方向开行不少于800列。")
    item(2, "2.", "加密中亚和跨里海线路。重点拓展以下方向：")
    item(3, "（1）", "中亚方向：加密至阿拉木图、塔什干、比什凯克的班列，推动开行至阿什哈巴德的定制班列；")
    item(3, "（2）", "跨里海方向：推进跨里海国际运输走廊常态化运营，经阿克套港、巴库港中转至格鲁吉亚、土耳其；")
    item(3, "（3）", "南向方向：依托西部陆海新通道，推动中欧班列与陆海新通道班列在成都国际铁路港无缝衔接。")
    g.body("各运营平台要于每月5日前将上月新线路开行情况报市口岸物流办。")
    item(2, "3.", "发展多式联运“一单制”。推动中欧班列与国际海运、国际航空高效衔接，重点推进以下工作：")
    item(3, "（1）", "深化铁路运输单证物权化改革，具体包括：")
    item(4, "①", "支持企业以铁路提单办理进口押汇、质押融资等业务，并按照以下标准给予贴息：")
    item(5, "a)", "单笔融资金额500万元以下的，按实际支付利息的30%给予贴息；")
    item(5, "b)", "单笔融资金额500万元以上的，按实际支付利息的20%给予贴息，单个企业年度贴息总额不超过100万元。")
    item(4, "②", "推动铁路提单在青白江区、双流区、新都区等区域推广应用，年内签发铁路提单不少于500单。")
    item(3, "（2）", "推广“铁海联运”“铁空联运”全程提单，实现“一次委托、一单到底、一次结算”。")
    H2("提升枢纽集散能级")
    item(2, "1.", "完善成都国际铁路港功能。加快推进铁路港集装箱中心站扩能改造，推动成都国际铁路港综合保税区与站场"
                  "一体化运营，提升班列集结编组能力。")
    item(2, "2.", "建设中欧班列集结中心。发挥中欧班列（成渝）集结中心示范工程作用，引导省内外货源向成都集结，"
                  "全年组织省外货源班列不少于200列。")
    H2("优化通关物流服务")
    g.body("成都海关要会同有关部门，围绕“一是推进‘铁路快通’模式全覆盖，二是对中欧班列进口货物实施‘提前申报、抵港直装’，"
           "三是在成都国际铁路港实施‘7×24小时’预约通关”的工作思路，进一步压缩班列通关时间。")
    g.body("对运输鲜活农产品、跨境电商商品、高附加值电子产品的班列，优先安排查验和放行。")
    H2("强化货源组织培育")
    item(2, "1.", "培育外贸主体。引导电子信息、装备制造、汽车整车及零部件等重点产业企业使用中欧班列运输，推动“班列+产业”"
                  "融合发展。")
    item(2, "2.", "拓展回程货源。扩大进口葡萄酒、木材、平行进口汽车、跨境电商零售进口商品等回程货源，提升回程班列重箱率。")
    # paragraph in the heading-2 style with its numbering switched off (numId 0)
    p = g.para([("各区（市）县要结合本地产业实际，细化货源组织措施，于2026年3月31日前报市口岸物流办备案。", FS, False)],
               style="GW Heading 2", align="j", first=None, clause="")
    g.set_numpr(p, 0, 0)

    H1("保障措施")
    h2runin("（一）", "加强统筹协调。", "市中欧班列工作专班要发挥统筹作用，每季度召开一次工作推进会，协调解决班列开行中的"
            "重大问题。各区（市）县、市级有关部门要明确分管负责同志和联络员，形成工作合力。")
    h2runin("（二）", "落实资金政策。", "严格按照《成都市中欧班列高质量发展专项资金管理办法》规定，规范使用班列运营补贴资金。"
            "补贴资金实行退坡机制，2026年补贴标准较2025年下降不低于10%。")
    h2runin("（三）", "强化安全管理。", "各运营平台、场站企业要落实安全生产主体责任，严格执行危险货物、锂电池等特殊货物"
            "运输管理规定，做好境外沿线安全风险监测预警。")
    h2runin("（四）", "做好信息报送。", "请各单位于2026年3月10日前将联络员信息按附件格式报送市口岸物流办物流发展处，"
            "人员变动的及时更新。")
    g.blank(1)
    g.para(["附件：2026年中欧班列（成渝）开行服务保障工作联络员通讯录"], first=32, align="j")
    g.blank(3)
    g.para(["成都市口岸与物流办公室"], first=False, align="r").paragraph_format.right_indent = Pt(64)
    g.para(["2026年2月26日"], first=False, align="r").paragraph_format.right_indent = Pt(96)
    g.para(["（此件主动公开）"], first=True, align="j")

    # ---- 附件 ----
    g.page_break()
    g.para([("附件", HT, False)], first=False, align="j")
    g.blank(1)
    g.para([("2026年中欧班列（成渝）开行服务保障工作\n联络员通讯录", XBS, False, 20)], first=False, align="c",
           line=None, after=10)
    rnd = random.Random(70702)
    people = iter(gen_people(707022, 30))

    def row(unit, pos, email, lead="8"):
        nm, mob = next(people)
        return (unit, nm, pos, phone(rnd, "028", 8, lead), mob, email)

    grp1 = [
        row("市口岸物流办物流发展处", "一级主任科员", "cdkawl_wlfz@163.com", "6"),
        row("市口岸物流办口岸管理处", "副处长", "cdkawl_kagl@163.com", "6"),
        row("市发展改革委", "二级调研员", "cdfgw_wlc@126.com", "6"),
        row("市经信局（市新经济委）", "四级调研员", "cdjxj_cyc@126.com", "6"),
        row("市商务局", "外贸处副处长", "cdswj_wmc@163.com", "6"),
        row("市交通运输局", "一级主任科员", "cdjtj_zhys@126.com", "6"),
        row("市财政局", "经建处副处长", "cdczj_jjc@163.com", "6"),
        row("成都海关", "口岸监管处科长", "cdhg_kajg@126.com"),
        row("中国铁路成都局集团有限公司", "货运部副主任", "cdtlj_hyb@163.com"),
        row("国家外汇管理局四川省分局", "经常项目处副处长", "scwh_jcxm@126.com"),
    ]
    grp2 = [
        row("青白江区人民政府", "区口岸物流办主任", "qbj_kawl@163.com"),
        row("新都区人民政府", "区商务局副局长", "xdq_swj@126.com"),
        row("双流区人民政府", "区口岸物流办副主任", "slq_kawl@163.com"),
        row("龙泉驿区人民政府", "区经信局副局长", "lqy_jxj@126.com"),
        row("郫都区人民政府", "区商务局科长", "pdq_swj@163.com"),
        row("温江区人民政府", "区商务局科长", "wjq_swj@126.com"),
        row("简阳市人民政府", "市商务局副局长", "jys_swj@163.com"),
        row("成都高新区管委会", "科技和人才工作局处长", "cdgx_kjrc@126.com"),
        row("成都天府国际空港新城管委会", "产业发展局副局长", "kgxc_cyfz@163.com"),
        row("四川天府新区成都直管区管委会", "商务局处长", "tfxq_swj@126.com"),
    ]
    grp3 = [
        row("成都国际陆港运营有限公司", "运营部部长", "cdlg_yyb@163.com"),
        row("成都国际铁路港投资发展（集团）\n有限公司", "副总经理", "tlg_tzfz@126.com"),
        row("中铁联合国际集装箱有限公司\n成都分公司", "市场部经理", "zlgs_cd@163.com"),
        row("成都铁路集装箱中心站", "站长助理", "cdjzxzx@126.com"),
        row("成都国际铁路港综合保税区运营管理有限公司", "综合部经理", "tlgzb_yy@163.com"),
        row("蓉欧国际物流有限公司", "总经理助理", "rongou_wl@126.com"),
        row("四川陆海联运供应链管理有限公司", "业务总监", "scluhai_gyl@163.com"),
        row("成都港投国际多式联运有限公司", "运营主管", "cdgt_dsly@126.com"),
        row("中国外运四川有限公司", "铁路事业部经理", "sinotrans_sc@163.com"),
        row("成都铁路口岸公共服务平台运营中心", "主任", "cdtlka_fw@126.com"),
    ]
    g.contact_table(["单位", "联系人", "职务", "办公电话", "手机", "邮箱"], [3.2, 1.5, 2.2, 2.6, 2.3, 3.8],
                    [("一、市级有关部门及驻蓉单位", grp1), ("二、有关区（市）县及功能区", grp2),
                     ("三、班列运营平台及场站企业", grp3)], size=9)

    # 版记 as a one-column layout table with horizontal rules
    g.blank(2)
    bt = d.add_table(rows=2, cols=1)
    bt.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bt._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="12" w:color="000000"/>'
        '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="12" w:color="000000"/>'
        '<w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))
    set_widths(bt, [15.6])
    g.cell_text(bt.rows[0].cells[0], "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，成都海关，中国铁路成都局集团有限公司。",
                FS, 14, align="l")
    g.cell_text(bt.rows[1].cells[0], "成都市口岸与物流办公室综合处　　　　　2026年2月27日印发", FS, 14, align="l")

    meta = {
        "title": "成都市口岸与物流办公室关于做好2026年中欧班列（成渝）开行服务保障工作的通知",
        "doc_number": "成口岸物流〔2026〕15号",
        "issuer": ["成都市口岸与物流办公室"],
        "date": "2026-02-26",
        "published": None,
        "level": "municipal",
        "region": "成都市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年中欧班列（成渝）开行服务保障工作联络员通讯录"],
        "doc_type": "通知",
        "recipients": ["各区（市）县人民政府", "成都高新区、成都天府国际空港新城、四川天府新区成都直管区管委会",
                       "市级有关部门", "有关单位"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return g, meta


# ---------------------------------------------------------------------------
# Document 3: 南宁片区 — Word numbering for 一、 and (1); hand-typed （一） in
# bold runs, 1． with full-width dot, ① and a); 落款 in a layout table;
# attachment in a landscape section with a 序号 column and a vertical merge
# ---------------------------------------------------------------------------
def make_nanning():
    from docx.enum.section import WD_SECTION
    g = GwDoc("blind707_nanning_tongzhi")
    d = g.d
    zh = g.add_abstract([{"fmt": "chineseCounting", "text": "%1、", "font": HT}], multilevel=False)
    paren = g.add_abstract([{"fmt": "decimal", "text": "(%1)", "font": FS}], multilevel=False)
    LH = g.add_num(zh)

    g.blank(1)
    g.para([("中国（广西）自由贸易试验区\n南宁片区管理委员会文件", XBS, False, 30, RED)], align="c", first=False, line=None)
    g.blank(1)
    g.para([("南自贸管发〔2026〕3号", FS, False)], align="c", first=False)
    red_header_line(g)
    g.blank(1)
    g.para([("中国（广西）自由贸易试验区南宁片区\n管理委员会关于进一步做好外商投资企业\n服务工作的通知", XBS, False, 22)],
           align="c", first=False, line=35)
    g.blank(1)
    g.para(["片区各部门、各直属单位，各服务中心，驻区有关单位："], first=False, align="j")
    g.body("为贯彻落实《中华人民共和国外商投资法》及其实施条例，深入实施《中国（广西）自由贸易试验区总体方案》，"
           "进一步优化南宁片区外商投资环境，稳住外资基本盘，经片区管委会研究同意，现就进一步做好外商投资企业"
           "服务工作有关事项通知如下：")

    def H(t):
        return g.para([(t, HT, False)], align="j", num=(LH, 0))

    def runin(head, rest):
        return g.para([(head, FS, True), (rest, FS, False)], align="j", clause="")

    def sub(nid, prefix, text):
        return g.para([text], align="j", num=(nid, 0), clause=prefix)

    H("健全服务工作机制")
    runin("（一）全面推行服务专员制度。", "片区各部门、各直属单位要按照“一企一专员”原则，为片区内外商投资企业"
          "（以下简称外资企业）确定服务专员，服务专员名单见附件。服务专员主要履行以下职责：")
    g.body("1．政策宣传解读。及时向外资企业推送国家、自治区、南宁市和片区出台的稳外资政策，每半年至少上门走访一次。")
    g.body("2．诉求收集办理。对企业反映的诉求实行台账管理，按照以下时限办理：")
    n = g.add_num(paren, restart_levels=(0,))
    sub(n, "(1)", "属于片区权限范围的，原则上5个工作日内办结；")
    sub(n, "(2)", "需协调南宁市或自治区有关部门的，10个工作日内反馈办理进展；")
    sub(n, "(3)", "涉及政策调整的，纳入片区制度创新事项清单统筹推进。")
    g.body("诉求办理情况纳入服务专员年度考核，办理不及时、企业不满意的，由片区管委会督查室督办。")
    g.body("3．跟踪服务重点项目。对合同外资1000万美元以上的项目，实行“一项目一方案”，由服务专员全程跟踪项目签约、"
           "注册、建设和投产。")
    runin("（二）建立外资企业圆桌会议制度。", "片区每季度召开一次外资企业圆桌会议，由片区管委会分管负责同志主持，"
          "重点听取企业关于“一是市场准入和公平竞争，二是跨境资金流动和结算便利，三是外籍人员入境和居留便利，"
          "四是知识产权保护”等方面的意见建议。")
    g.body("圆桌会议议定事项实行清单化管理，明确责任单位和完成时限，办理结果在下一次会议上通报。")
    runin("（三）完善投诉处理机制。", "依托片区外商投资企业投诉工作机构，畅通线上线下投诉渠道，对外资企业投诉事项"
          "应当自受理之日起30个工作日内办结，情况复杂的经批准可以延长15个工作日。")

    H("提升投资便利化水平")
    runin("（一）落实外资准入政策。", "严格执行《外商投资准入特别管理措施（负面清单）》和《自由贸易试验区外商投资准入"
          "特别管理措施（负面清单）》，负面清单之外的领域按照内外资一致原则实施管理，不得对外资企业设置歧视性条件。")
    runin("（二）优化外资企业登记服务。", "具体措施如下：")
    g.body("1．推行外资企业设立登记“全程网办”，实现营业执照、外商投资信息报告、银行开户预约“一表申请、一日办结”。")
    g.body("2．对境外投资者主体资格证明文件，实行以下便利措施：")
    n = g.add_num(paren, restart_levels=(0,))
    sub(n, "(1)", "来自《区域全面经济伙伴关系协定》（RCEP）成员国的投资者，主体资格证明文件可采用电子公证件，"
                  "具体情形包括：")
    g.body("①已在片区设立企业的境外投资者再投资的，可免于重复提交主体资格证明文件；")
    g.body("②境外投资者为世界500强企业或其全资子公司的，可提交经其所在国公证的简化版主体资格证明，其中：")
    g.body("a)中文译本可由投资者自行翻译并加盖公章；")
    g.body("b)有效期内的证明文件可在片区各部门间共享互认。")
    g.body("③其他情形按照国家有关规定办理。")
    sub(n, "(2)", "来自东盟国家的投资者，可依托中国—东盟经贸合作平台，通过“跨境通办”渠道远程办理登记手续。")
    g.body("3．推进外资项目备案、环评、施工许可等审批事项“容缺受理、并联审批”，审批时限压缩至法定时限的50%以内。")
    runin("（三）便利跨境资金流动。", "支持片区内银行机构为外资企业提供跨境人民币结算、本外币一体化资金池等服务，"
          "推动外商投资企业境内再投资免于办理外汇登记，外资企业利润汇出“即来即办”。")

    H("强化要素服务保障")
    runin("（一）保障项目用地。", "对符合片区产业导向的外资重大项目，优先纳入自治区和南宁市重大项目用地保障清单，"
          "支持采取长期租赁、先租后让、弹性年期出让等方式供应工业用地。")
    runin("（二）优化外籍人才服务。", "为外资企业外籍高层次人才提供以下服务：")
    g.body("1．外国人工作许可和居留许可“一窗受理、并联办理”，办理时限压缩至7个工作日。")
    g.body("2．为外籍人才子女入学、医疗保障、住房等提供“绿色通道”服务。")
    runin("（三）加强知识产权保护。", "依托中国（南宁）知识产权保护中心，为外资企业提供专利快速预审、快速维权服务，"
          "依法平等保护外资企业知识产权和商业秘密。")

    H("其他事项")
    g.body("本通知自2026年5月1日起施行，有效期至2028年4月30日。《中国（广西）自由贸易试验区南宁片区管理委员会关于"
           "建立外商投资企业服务专员制度的通知》（南自贸管发〔2024〕11号）同时废止。")
    g.body("本通知由片区管委会投资促进局负责解释。")
    g.blank(1)
    g.para(["附件：南宁片区外商投资企业服务专员通讯录"], first=32, align="j")
    g.blank(2)
    # 落款 in a borderless layout table
    lt = d.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(lt, [6.0, 9.6])
    c = lt.rows[0].cells[1]
    g.cell_text(c, "中国（广西）自由贸易试验区", FS, 16)
    for t in ("南宁片区管理委员会", "2026年4月8日"):
        pp = c.add_paragraph()
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(pp, t, FS, 16)
    g.para(["（此件公开发布）"], first=True, align="j")

    # ---- 附件 in a landscape section ----
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21.0)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    g.para([("附件", HT, False)], first=False, align="j")
    g.para([("南宁片区外商投资企业服务专员通讯录", XBS, False, 20)], first=False, align="c", line=None, after=10)
    rnd = random.Random(70703)
    people = iter(gen_people(707033, 30))

    def row(unit, pos, email, lead="5"):
        nm, mob = next(people)
        return (unit, nm, pos, phone(rnd, "0771", 7, lead), mob, email)

    grp1 = [
        row("党政办公室", "副主任", "nnzmq_dzb@163.com"),
        row("投资促进局", "局长", "nnzmq_tcj@163.com"),
        row("投资促进局", "外资服务科科长", "nnzmq_wzfw@163.com"),
        row("产业发展局", "副局长", "nnzmq_cyfz@126.com"),
        row("金融服务局", "副局长", "nnzmq_jrfw@163.com"),
        row("行政审批局", "一级主任科员", "nnzmq_xzsp@126.com"),
        row("规划建设局", "科长", "nnzmq_ghjs@163.com"),
        row("自然资源局", "副局长", "nnzmq_zrzy@126.com"),
        row("人力资源和社会保障局", "科长", "nnzmq_rsj@163.com"),
        row("市场监督管理局", "副局长", "nnzmq_scjg@126.com"),
        row("政策研究和制度创新局", "四级调研员", "nnzmq_zdcx@163.com"),
        row("法制和营商环境局", "科长", "nnzmq_yshj@126.com"),
    ]
    grp2 = [
        row("南宁海关综合保税区办事处", "副主任", "nnhg_zbq@126.com", "2"),
        row("国家税务总局南宁市良庆区税务局", "副局长", "lqsw_zmq@163.com", "2"),
        row("南宁市公安局出入境管理支队\n自贸区服务站", "站长", "nncrj_zmq@126.com", "2"),
        row("南宁市良庆区市场监督管理局", "科长", "lqscj_wz@163.com", "2"),
        row("国家外汇管理局广西壮族自治区分局\n经常项目处", "副处长", "gxwh_jcxm@126.com", "2"),
        row("中国国际贸易促进委员会南宁市委员会", "联络部部长", "nnccpit_ll@163.com", "2"),
        row("中国（南宁）知识产权保护中心", "综合部部长", "nnipc_zh@126.com", "2"),
        row("南宁仲裁委员会", "中国—东盟国际商事仲裁院秘书", "nnac_asean@163.com", "2"),
    ]
    grp3 = [
        row("中国—东盟金融城服务中心", "主任", "jrc_fwzx@163.com", "8"),
        row("五象总部基地服务中心", "副主任", "wxzb_fwzx@126.com", "8"),
        row("中国—东盟信息港南宁核心基地服务中心", "主任", "xxg_fwzx@163.com", "8"),
        row("南宁综合保税区服务中心", "副主任", "nnzbq_fwzx@126.com", "8"),
        row("中新南宁国际物流园服务中心", "主任", "zxwly_fwzx@163.com", "8"),
        row("临空经济示范区服务中心", "副主任", "lkjj_fwzx@126.com", "8"),
        row("五象新区国际商务区服务中心", "主任", "gjsw_fwzx@163.com", "8"),
        row("那洪生态科技园服务中心", "副主任", "nhst_fwzx@126.com", "8"),
        row("东盟跨境电商产业园服务中心", "主任", "dmkj_fwzx@163.com", "8"),
        row("中国—东盟商品交易中心", "招商部经理", "dmspjy_zs@126.com", "8"),
    ]
    g.contact_table(["单位", "联系人", "职务", "办公电话", "手机", "邮箱"], [1.4, 5.8, 2.0, 3.6, 3.4, 3.4, 5.1],
                    [("一、片区管委会各部门", grp1), ("二、驻区有关单位", grp2), ("三、各服务中心及园区", grp3)],
                    serial=True, vmerge_units=("投资促进局",), size=12)

    meta = {
        "title": "中国（广西）自由贸易试验区南宁片区管理委员会关于进一步做好外商投资企业服务工作的通知",
        "doc_number": "南自贸管发〔2026〕3号",
        "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
        "date": "2026-04-08",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": "2026-05-01",
        "expires": "2028-04-30",
        "attachments": ["南宁片区外商投资企业服务专员通讯录"],
        "doc_type": "通知",
        "recipients": ["片区各部门、各直属单位", "各服务中心", "驻区有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《中国（广西）自由贸易试验区南宁片区管理委员会关于建立外商投资企业服务专员制度的通知》"
                   "（南自贸管发〔2024〕11号）",
    }
    return g, meta


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_707", "--headless", "--convert-to", "pdf",
                    "--outdir", OUT, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    expected = {}
    for maker in (make_henan, make_chengdu, make_nanning):
        g, meta = maker()
        path = g.save()
        to_pdf(path)
        expected[g.stem] = [{"meta": meta, "clauses": g.clauses}]
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
