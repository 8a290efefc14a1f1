# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 501: 跨境电商重点企业名单 notices."""
import copy
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
IND = "\u3000\u3000"  # two full-width spaces typed by hand

# ---------------------------------------------------------------- credit codes
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
rng = random.Random(501)


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def make_code(region):
    if rng.random() < 0.75:
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = str(rng.choice([26, 30, 57, 67, 70, 73, 75, 79])) + "".join(rng.choice("0123456789") for _ in range(6))
    s = sum(_orgval(c) * w for c, w in zip(body, ORG_W))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    first17 = "91" + region + body + c9
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c18 = 31 - s % 31
    if c18 == 31:
        c18 = 0
    return first17 + USCC_CHARS[c18]


# ---------------------------------------------------------------- docx helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def para(container, parts, align=None, line=28, first=None, before=0, after=0, left=None):
    """parts: list of (text, font, size[, bold[, color]]) or a plain str (仿宋 16)."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if isinstance(parts, str):
        parts = [(parts, FS, 16)]
    for part in parts:
        text, font, size = part[0], part[1], part[2]
        bold = part[3] if len(part) > 3 else False
        color = part[4] if len(part) > 4 else None
        segs = text.split("\n")
        for i, seg in enumerate(segs):
            r = p.add_run(seg)
            set_font(r, font, size, bold, color)
            if i < len(segs) - 1:
                r.add_break()  # soft line break
    return p


def empty(container, n=1, size=16):
    for _ in range(n):
        p = container.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        r = p.add_run("")
        set_font(r, FS, size)


def border(p, side="bottom", sz=12, color="FF0000", space=1):
    pPr = p._p.get_or_add_pPr()
    pb = pPr.find(qn("w:pBdr"))
    if pb is None:
        pb = OxmlElement("w:pBdr")
        pPr.append(pb)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pb.append(e)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    for s in doc.sections:
        s.page_width = Mm(210)
        s.page_height = Mm(297)
        s.top_margin = Mm(37)
        s.bottom_margin = Mm(35)
        s.left_margin = Mm(28)
        s.right_margin = Mm(26)
        s.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number footer "— 1 —"
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        elif kind == "t":
            e = OxmlElement("w:t")
            e.text = txt
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def grid_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def fixed_layout(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Mm(w)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 56.7)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    segs = text.split("\n")
    for i, seg in enumerate(segs):
        r = p.add_run(seg)
        set_font(r, font, size, bold)
        if i < len(segs) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def add_numbering(doc, abs_id, levels):
    """levels: list of (numFmt, lvlText, jc, font). Returns numId."""
    numbering = doc.part.numbering_part.element
    lvls = ""
    for i, (fmt, txt, jc, font) in enumerate(levels):
        lvls += (
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/><w:suff w:val="nothing"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
            % (i, fmt, txt, jc, font, font, font)
        )
    absxml = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
        % (nsdecls("w"), abs_id, lvls)
    )
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absxml)
    else:
        numbering.append(absxml)
    num_id = abs_id + 100
    numxml = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, abs_id)
    )
    numbering.append(numxml)
    return num_id


def set_num(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)


def banji(doc, chaosong, yinfa_org, yinfa_date, gap=8):
    """版记: 抄送 and 印发 lines between rules."""
    empty(doc, 2)
    p = para(doc, [(chaosong, FS, 14)], line=24, left=Mm(5))
    p.paragraph_format.first_line_indent = Mm(-0)
    border(p, "top", 8, "000000")
    border(p, "bottom", 4, "000000")
    p = para(doc, [(yinfa_org, FS, 14), ("\u3000" * gap, FS, 14), (yinfa_date, FS, 14)], line=24, left=Mm(5))
    border(p, "bottom", 8, "000000")


CAT_ORDER = None


def meta(title, no, issuer, date, level, region, atts, rec, pub):
    return {
        "title": title,
        "doc_number": no,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": atts,
        "doc_type": "通知",
        "recipients": rec,
        "publicity": pub,
        "repeals": None,
    }


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))


# ======================================================================= 厦门
XM_REG = {"思明区": "350203", "湖里区": "350206", "海沧区": "350205", "集美区": "350211",
          "同安区": "350212", "翔安区": "350213"}
P, S, F, W = "跨境电商平台企业", "跨境电商卖家企业", "跨境电商服务企业", "海外仓企业"
XM = [
    ("思明区", [("厦门鹭海通跨境电子商务有限公司", S), ("厦门星屿数字科技有限公司", P),
             ("厦门嘉禾云帆供应链管理有限公司", F), ("厦门蓝湾优品进出口贸易有限公司", S),
             ("厦门市筼筜网络科技有限公司", S), ("厦门海峡汇付跨境支付服务有限公司", F),
             ("厦门沙坡尾文创电子商务有限公司", S), ("福建鹭岛远航国际物流有限公司", W),
             ("厦门千帆出海品牌管理有限公司", S)]),
    ("湖里区", [("厦门屿链智联跨境电商有限公司", P),
             ("闽航（厦门）国际跨境电子商务供应链\n管理有限公司", F),
             ("厦门东渡港湾进出口有限公司", S), ("厦门五缘湾科技发展有限公司", S),
             ("厦门优选万家数码科技有限公司", S), ("厦门高崎云仓物流有限公司", W),
             ("厦门湖里跨境电商产业园运营管理有限公司", F), ("厦门极光出海网络科技有限公司", P),
             ("厦门金砖数智贸易有限公司", S), ("厦门海天通达报关代理有限公司", F)]),
    ("海沧区", [("厦门海沧保税港区跨境电商综合服务有限公司", F), ("厦门嵩屿国际供应链有限公司", W),
             ("厦门天竺山户外用品有限公司", S), ("厦门海沧港湾智能家居有限公司", S),
             ("厦门新阳运通物流有限公司", W), ("厦门瑞航跨境网络科技有限公司", P),
             ("厦门青礁生物科技有限公司", S), ("厦门鼎海进出口贸易有限公司", S)]),
    ("集美区", [("厦门集美学村文化传媒有限公司", S), ("厦门杏林湾电子科技有限公司", S),
             ("厦门灵玲宠物用品有限公司", S), ("厦门中欧通跨境电子商务有限公司", P),
             ("厦门软件园数联信息技术有限公司", F), ("厦门后溪智造卫浴有限公司", S),
             ("厦门诚远海外仓储有限公司", W), ("厦门兴闽跨境物流有限公司", F)]),
    ("同安区", [("厦门同安茶业进出口有限公司", S), ("厦门莲花山竹木制品有限公司", S),
             ("厦门银城智汇电商产业发展有限公司", P), ("厦门亿联达工贸有限公司", S),
             ("厦门西柯海外仓管理有限公司", W)]),
    ("翔安区", [("厦门翔安新兴光电科技有限公司", S),
             ("厦门大嶝对台小额商品交易市场电子商务有限公司", P),
             ("厦门马巷鞋服进出口有限公司", S), ("厦门新店海运代理有限公司", F),
             ("厦门欧亚通达国际仓储有限公司", W), ("厦门舫山运动器材有限公司", S)]),
]


def build_xiamen():
    rows = []
    for dist, lst in XM:
        for name, cat in lst:
            region = XM_REG[dist] if rng.random() < 0.7 else "350200"
            rows.append((name, make_code(region), dist, cat))
    n = len(rows)
    cnt = {c: sum(1 for r in rows if r[3] == c) for c in (P, S, F, W)}

    doc = Document()
    setup(doc)
    # 版头
    empty(doc, 1)
    para(doc, [("厦门市商务局文件", XBS, 42, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    empty(doc, 1)
    p = para(doc, [("厦商务〔2026〕18号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", 18, "FF0000", 4)
    empty(doc, 1)
    title = "厦门市商务局关于公布2026年度第一批跨境电商重点企业名单的通知"
    para(doc, [("厦门市商务局关于公布2026年度第一批\n跨境电商重点企业名单的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    empty(doc, 1)
    para(doc, "各区商务主管部门，市直有关单位，各有关企业：")
    clauses = []

    def body(parts):
        # parts: list of (text, font[, bold]) ; first part gets typed indentation
        rp = []
        for i, pt in enumerate(parts):
            t = pt[0]
            if i == 0:
                t = IND + t
            rp.append((t, pt[1], 16, pt[2] if len(pt) > 2 else False))
        para(doc, rp)
        clauses.append("".join(pt[0] for pt in parts))

    body([("为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和《厦门市进一步促进跨境电子商务高质量发展若干措施》，"
           "培育壮大跨境电商经营主体，根据《厦门市商务局关于开展2026年度跨境电商重点企业认定工作的通知》（厦商务〔2025〕156号），"
           "经企业自主申报、各区商务主管部门初审、第三方机构评审、市商务局审核及网上公示等程序，现将厦门市2026年度第一批跨境电商"
           "重点企业名单（以下简称“名单”，见附件）予以公布，并就有关事项通知如下：", FS)])
    body([("一、名单情况。", HT),
          ("本批共认定跨境电商重点企业%d家，其中跨境电商平台企业%d家、跨境电商卖家企业%d家、跨境电商服务企业%d家、海外仓企业%d家。"
           "名单内企业按所在区排列，排名不分先后。" % (n, cnt[P], cnt[S], cnt[F], cnt[W]), FS)])
    # heading on its own line, typed bold
    para(doc, [(IND + "二、支持政策", HT, 16, True)])
    body([("（一）资金支持。", KT, True),
          ("对名单内企业，在申报市级跨境电商发展专项资金时予以优先支持；年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的，"
           "分别给予一次性奖励20万元、50万元、100万元，同一企业按差额补足方式兑现，不重复享受。", FS)])
    body([("（二）通关便利。", KT, True),
          ("协调厦门海关对名单内企业优先适用跨境电商B2B出口（9710、9810）监管模式，支持其在厦门海沧保税港区、"
           "厦门象屿综合保税区开展保税备货和出口海外仓业务，推动“清单核放、汇总申报”等便利化措施落地。", FS)])
    body([("（三）金融服务。", KT, True),
          ("引导驻厦银行机构为名单内企业提供跨境人民币结算、出口信用保险保单融资等服务，对符合条件的企业给予出口信用保险保费50%的补助，"
           "单家企业年度补助最高不超过30万元。", FS)])
    body([("（四）人才与品牌。", KT, True),
          ("支持名单内企业参加中国国际投资贸易洽谈会、海峡两岸跨境电商交易会等展会，组织开展跨境电商人才实训，"
           "对企业自主培育品牌在境外注册商标的费用给予补助。", FS)])
    body([("三、实施动态管理。", HT),
          ("重点企业实行动态管理，市商务局每年组织复核一次。名单内企业有下列情形之一的，经核实后移出名单，且两年内不得重新申报：", FS)])
    for t in ("1.在申报过程中提供虚假材料或者隐瞒真实情况的；",
              "2.发生重大安全生产、质量安全事故或者严重环境违法行为的；",
              "3.被列入严重失信主体名单或者经营异常名录的；",
              "4.连续12个月未开展跨境电商业务或者迁出本市的。"):
        body([(t, FS)])
    body([("四、工作要求。", HT),
          ("各区商务主管部门要加强对名单内企业的跟踪服务，建立“一企一专员”联系机制，于每季度结束后10个工作日内报送企业跨境电商"
           "业务数据及存在的困难问题。名单内企业应当依法合规经营，如实报送统计数据，发挥示范引领作用，带动我市跨境电商产业集聚发展。", FS)])
    body([("联系人及电话：市商务局电子商务处，林晓峰，0592-2853167。", FS)])
    empty(doc, 1)
    att = "厦门市2026年度第一批跨境电商重点企业名单"
    para(doc, [(IND + "附件：" + att, FS, 16)])
    empty(doc, 2)
    para(doc, [("\u3000" * 16 + "厦门市商务局", FS, 16)])
    para(doc, [("\u3000" * 15 + "2026年3月16日", FS, 16)])
    empty(doc, 1)
    para(doc, [(IND + "（此件公开发布）", FS, 16)])

    # ---- attachment
    page_break(doc)
    para(doc, [("附件", HT, 16)])
    empty(doc, 1)
    para(doc, [(att, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc, 1, 12)
    cols = ["序号", "企业名称", "统一社会信用代码", "所在区", "类别"]
    t = doc.add_table(rows=1 + n, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_borders(t)
    fixed_layout(t, [11, 53, 50, 20, 22])
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, HT, 12)
    repeat_header(t.rows[0])
    for i, (name, code, dist, cat) in enumerate(rows, 1):
        r = t.rows[i]
        cant_split(r)
        cell_text(r.cells[0], str(i))
        cell_text(r.cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(r.cells[2], code, size=10)
        cell_text(r.cells[3], dist)
        cell_text(r.cells[4], cat)
        clauses.append(row_clause(cols, [str(i), name.replace("\n", ""), code, dist, cat]))
    note = "备注：名单按企业所在区排列，同一区内排名不分先后；企业名称、统一社会信用代码以市场监督管理部门登记信息为准。"
    para(doc, [(note, FS, 14)], line=24, before=6)
    clauses.append(note)
    banji(doc, "抄送：厦门海关，市财政局，市市场监督管理局，中国出口信用保险公司厦门分公司。",
          "厦门市商务局办公室", "2026年3月17日印发")

    stem = "blind501_xiamen_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    m = meta(title, "厦商务〔2026〕18号", ["厦门市商务局"], "2026-03-16", "municipal", "厦门市", [att],
             ["各区商务主管部门", "市直有关单位", "各有关企业"], "此件公开发布")
    return stem, [{"meta": m, "clauses": clauses}]


# ======================================================================= 郑州
ZZ_REG = {"中原区": "410102", "二七区": "410103", "管城回族区": "410104", "金水区": "410105",
          "惠济区": "410108", "郑州经济技术开发区": "410171", "郑州高新技术产业开发区": "410172",
          "郑州航空港经济综合实验区": "410173", "郑东新区": "410100", "荥阳市": "410182", "新郑市": "410184"}
HK = "郑州航空港经济综合实验区"
JK = "郑州经济技术开发区"
GX = "郑州高新技术产业开发区"
ZZ = [
    ("跨境电商进口企业", [("郑州中原买全球跨境贸易有限公司", JK), ("河南保税优选供应链管理有限公司", HK),
                  ("郑州豫港通进口商品有限公司", "金水区"), ("郑州全球购进口母婴用品有限公司", "郑东新区"),
                  ("河南航港跨境电商进口贸易有限公司", HK), ("郑州新郑综保区优品汇国际贸易有限公司", HK),
                  ("郑州嵩岳进口食品有限公司", "二七区"), ("郑州中原乐购网络科技有限公司", "中原区")]),
    ("跨境电商出口企业", [("郑州宇辰发制品有限公司", "二七区"), ("河南许发出海贸易有限公司", "管城回族区"),
                  ("郑州绿城智能装备有限公司", GX), ("郑州黄河户外用品进出口有限公司", "惠济区"),
                  ("郑州中工机电跨境贸易有限公司", JK), ("郑州博远新能源科技有限公司", GX),
                  ("郑州商都服饰电子商务有限公司", "管城回族区"), ("河南豫品出海品牌运营有限公司", "金水区"),
                  ("郑州金岱轴承进出口有限公司", "管城回族区"), ("荥阳市豫西机械制造有限公司", "荥阳市"),
                  ("新郑市轩辕枣业电子商务有限公司", "新郑市"), ("郑州长鸿电动车配件有限公司", "中原区")]),
    ("跨境电商平台企业", [("郑州丝路云商信息技术有限公司", "郑东新区"), ("河南中欧数贸科技有限公司", HK),
                  ("郑州豫选全球网络科技有限公司", "金水区"), ("郑州跨境通达电子商务平台运营有限公司", "郑东新区"),
                  ("郑州易链国际电子商务有限公司", GX)]),
    ("跨境电商物流服务企业", [("郑州空港国际货运代理有限公司", HK), ("河南丝路通达国际多式联运有限公司", JK),
                    ("郑州速达跨境供应链管理有限公司", "二七区"), ("郑州国际陆港通关服务有限公司", JK),
                    ("郑州捷航报关代理有限公司", HK), ("河南卢郑空中丝路物流有限公司", HK)]),
    ("海外仓企业", [("郑州环球仓储物流有限公司", JK), ("河南豫欧海外仓运营管理有限公司", "金水区"),
               ("郑州恒泰国际仓储服务有限公司", "惠济区"), ("郑州万邦海外仓供应链有限公司", "郑东新区"),
               ("河南中亚通海外仓管理有限公司", "管城回族区")]),
]


def build_zhengzhou():
    groups = []
    for cat, lst in ZZ:
        g = []
        for name, dist in lst:
            region = ZZ_REG[dist] if rng.random() < 0.6 else "410100"
            g.append((name, make_code(region), dist, cat))
        groups.append(g)
    rows = [r for g in groups for r in g]
    n = len(rows)

    doc = Document()
    setup(doc)
    num_id = add_numbering(doc, 41, [("chineseCounting", "%1、", "left", HT),
                                    ("chineseCounting", "（%2）", "left", KT)])
    # 联合发文 版头 as a layout table
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t, [110, 40])
    for i, org in enumerate(("郑州市商务局", "郑州市财政局")):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(org)
        set_font(r, XBS, 36, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 42, False, RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(doc, 1)
    p = para(doc, [("郑商务〔2026〕9号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", 18, "FF0000", 4)
    empty(doc, 1)
    title = "郑州市商务局 郑州市财政局关于公布2026年度第一批跨境电商重点企业白名单的通知"
    para(doc, [("郑州市商务局 郑州市财政局\n关于公布2026年度第一批跨境电商重点企业\n白名单的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    empty(doc, 1)
    para(doc, "各开发区管委会，各区县（市）人民政府，市直有关单位：")
    clauses = []

    def body(parts, lvl=None, label=""):
        rp = []
        for pt in parts:
            rp.append((pt[0], pt[1], 16, pt[2] if len(pt) > 2 else False))
        p = para(doc, rp, first=Mm(11.2))  # indentation by style, not typed spaces
        if lvl is not None:
            set_num(p, num_id, lvl)
            p.paragraph_format.first_line_indent = Mm(11.2)
        clauses.append(label + "".join(pt[0] for pt in parts))
        return p

    body([("为加快推进中国（郑州）跨境电子商务综合试验区建设，巩固提升“买全球、卖全球”发展优势，根据《郑州市促进跨境电子商务"
           "高质量发展若干政策》（郑政〔2025〕21号）有关规定，市商务局、市财政局组织开展了2026年度跨境电商重点企业白名单遴选工作。"
           "经企业申报、属地推荐、专家评审和社会公示，确定%s等%d家企业为2026年度第一批跨境电商重点企业（白名单），现予以公布。"
           "有关事项通知如下：" % (rows[0][0], n), FS)])
    # auto-numbered heading (not a clause)
    p = para(doc, [("白名单企业支持措施", HT, 16)], first=Mm(11.2))
    set_num(p, num_id, 0)
    body([("规模奖励。", KT),
          ("对白名单企业年度跨境电商进出口额较上年增长20%以上且超过5000万元的，按照新增额的1%给予奖励，单家企业最高不超过200万元。", FS)],
         1, "（一）")
    body([("海外仓补贴。", KT),
          ("支持白名单企业在共建“一带一路”国家和地区新建或者租用公共海外仓，对仓储面积达到5000平方米以上且年服务企业超过30家的，"
           "按照实际投资额的20%给予补贴，最高不超过300万元。", FS)], 1, "（二）")
    body([("物流支持。", KT),
          ("对白名单企业通过中欧班列（郑州）、郑州—卢森堡“空中丝绸之路”航线运输跨境电商货物的，优先保障舱位和班列仓位，"
           "协调降低运输和场站费用。", FS)], 1, "（三）")
    body([("通关便利。", KT),
          ("协调郑州海关对白名单企业在郑州新郑综合保税区、郑州经开综合保税区开展的跨境电商网购保税进口（1210）业务，"
           "实行优先查验、快速放行。", FS)], 1, "（四）")
    body([("实行动态管理。", HT),
          ("市商务局会同市财政局每年对白名单企业开展一次评估，评估结果作为政策兑现的重要依据。对评估不合格、存在违法违规行为"
           "或者弄虚作假骗取财政资金的企业，取消其白名单资格，追回已拨付资金，并依法依规纳入信用记录。", FS)], 0, "二、")
    body([("强化属地服务。", HT),
          ("各开发区、区县（市）要明确专人对接白名单企业，及时协调解决企业在用地、用工、融资、物流等方面遇到的困难，"
           "每季度末将企业经营情况报送市商务局。", FS)], 0, "三、")
    body([("联系人：市商务局电子商务科，赵文博，联系电话：0371-67188293；市财政局经济建设科，刘佳，联系电话：0371-67181526。", FS)])
    empty(doc, 1)
    att = "郑州市2026年度第一批跨境电商重点企业白名单"
    para(doc, [("附件：" + att, FS, 16)], first=Mm(11.2))
    empty(doc, 3)
    # 落款 layout table: two organs side by side, date below
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    fixed_layout(t, [78, 78])
    for c, org in zip(t.rows[0].cells, ("郑州市商务局", "郑州市财政局")):
        cell_text(c, org, FS, 16)
    d = t.cell(1, 0).merge(t.cell(1, 1))
    cell_text(d, "2026年2月27日" + "\u3000" * 4, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    para(doc, [("(此件公开发布)", FS, 16)], first=Mm(11.2))

    # attachment
    page_break(doc)
    para(doc, [("附件", HT, 16)])
    para(doc, [(att, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32, before=12, after=12)
    cols = ["序号", "企业名称", "统一社会信用代码", "所在区", "类别"]
    t = doc.add_table(rows=1 + n, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_borders(t)
    fixed_layout(t, [11, 50, 49, 26, 20])
    for c, h in zip(t.rows[0].cells, ["序号", "企业名称", "统一社会\n信用代码", "所在区", "类别"]):
        cell_text(c, h, HT, 12)
    repeat_header(t.rows[0])
    i = 0
    for g in groups:
        start = i + 1
        for name, code, dist, cat in g:
            i += 1
            r = t.rows[i]
            cell_text(r.cells[0], str(i))
            cell_text(r.cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(r.cells[2], code, size=10)
            cell_text(r.cells[3], dist)
            clauses.append(row_clause(cols, [str(i), name, code, dist, cat]))
        mc = t.cell(start, 4).merge(t.cell(i, 4))
        cell_text(mc, g[0][3])
    note = "备注：白名单企业按类别排列，同一类别内排名不分先后。"
    para(doc, [(note, FS, 14)], line=24, before=6)
    clauses.append(note)
    banji(doc, "抄送：河南省商务厅，河南省财政厅，郑州海关。", "郑州市商务局办公室", "2026年2月28日印发")

    stem = "blind501_zhengzhou_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    m = meta(title, "郑商务〔2026〕9号", ["郑州市商务局", "郑州市财政局"], "2026-02-27", "municipal", "郑州市",
             [att], ["各开发区管委会", "各区县（市）人民政府", "市直有关单位"], "此件公开发布")
    return stem, [{"meta": m, "clauses": clauses}]


# ======================================================================= 青岛西海岸新区
ZMQ = "中国（山东）自由贸易试验区青岛片区"
QW = "青岛前湾综合保税区"
XHA = "青岛西海岸综合保税区"
KFQ = "青岛经济技术开发区"
LSW = "灵山湾影视文化产业区"
GZK = "古镇口融合创新区"
QP, QS, QF, QW_ = "跨境电商平台企业", "跨境电商卖家企业", "跨境电商综合服务企业", "跨境电商海外仓企业"
QD = [
    (ZMQ, [("青岛前湾港跨境电商供应链有限公司", QF), ("青岛自贸海程国际物流有限公司", QF),
           ("青岛鲁欧通跨境电子商务有限公司", QP), ("青岛片区日韩优品进出口有限公司", QS),
           ("青岛海嘉数字贸易有限公司", QS), ("山东上合跨境数字科技有限公司", QP),
           ("青岛远洋汇海外仓储有限公司", QW_)]),
    (QW, [("青岛前湾保税港跨境电商产业园运营有限公司", QF), ("青岛蓝海优选国际贸易有限公司", QS),
          ("青岛聚源保税仓储有限公司", QW_), ("青岛港通跨境商品交易中心有限公司", QP),
          ("青岛鑫泰轮胎进出口有限公司", QS)]),
    (XHA, [("青岛西海岸综保区跨境电商服务有限公司", QF), ("青岛瑞昌家居用品有限公司", QS),
           ("青岛凯航国际物流有限公司", QW_), ("青岛新丝路数字贸易有限公司", QP)]),
    (KFQ, [("青岛黄海智能家电进出口有限公司", QS), ("青岛东方云帆跨境电子商务有限公司", QS),
           ("青岛开发区隆昌假发制品有限公司", QS), ("青岛长江路网络科技有限公司", QP),
           ("青岛德远海外仓服务有限公司", QW_), ("青岛启航跨境企业服务有限公司", QF)]),
    (LSW, [("青岛灵山湾文旅电子商务有限公司", QS), ("青岛珠山创意工艺品有限公司", QS),
           ("青岛唐岛湾渔具有限公司", QS)]),
    (GZK, [("青岛古镇口海洋科技进出口有限公司", QS), ("青岛琅琊台海产品电子商务有限公司", QS),
           ("青岛融合海运服务有限公司", QF)]),
]
QD_STAFF = [(ZMQ, "王立群", "0532-86990112"), (QW, "孙晓冬", "0532-86887635"), (XHA, "韩雪", "0532-87107726"),
            (KFQ, "高明远", "0532-86981053"), (LSW, "赵宁", "0532-83171620"), (GZK, "刘海涛", "0532-80939251")]


def build_xihaian():
    rows = []
    for zone, lst in QD:
        for name, cat in lst:
            region = "370211" if rng.random() < 0.8 else "370200"
            rows.append((name, make_code(region), zone, cat))
    n = len(rows)
    cnt = {c: sum(1 for r in rows if r[3] == c) for c in (QP, QS, QF, QW_)}

    doc = Document()
    setup(doc)
    seq_id = add_numbering(doc, 42, [("decimal", "%1", "center", FS)])
    # web-posted version: no 版头, 文号 under the title
    title = "青岛西海岸新区商务局关于公布2026年度第一批跨境电商重点企业名单的通知"
    para(doc, [(title, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, [("青西新商发〔2026〕3号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    empty(doc, 1)
    para(doc, "各功能区管委，各镇街，区直有关部门，各有关企业：")
    clauses = []

    def body(text, font=FS):
        para(doc, [(text, font, 16)], first=Mm(11.2))
        clauses.append(text)

    def heading(text):
        para(doc, [(text, HT, 16)], first=Mm(11.2))

    body("为深入实施跨境电商“提质扩面”行动，推动中国（青岛）跨境电子商务综合试验区西海岸新区片区建设，根据《青岛西海岸新区促进"
         "跨境电子商务发展扶持办法》（青西新政办发〔2025〕14号），经企业申报、功能区推荐、专家评审和社会公示，认定%s等%d家企业为"
         "2026年度第一批跨境电商重点企业。现将有关事项通知如下：" % (rows[0][0], n))
    heading("一、认定结果")
    body("本批认定的%d家重点企业中，跨境电商平台企业%d家、跨境电商卖家企业%d家、跨境电商综合服务企业%d家、跨境电商海外仓企业%d家，"
         "分布于中国（山东）自由贸易试验区青岛片区、青岛前湾综合保税区、青岛西海岸综合保税区等6个功能区。具体名单见附件1。"
         % (n, cnt[QP], cnt[QS], cnt[QF], cnt[QW_]))
    heading("二、支持措施")
    body("（一）对重点企业开展跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）业务的，按照报关出口额每美元给予0.01元人民币奖励，"
         "单家企业年度奖励最高不超过100万元。")
    body("（二）支持重点企业在共建“一带一路”国家和RCEP成员国布局海外仓，对新增自建或者租赁面积1000平方米以上的，"
         "按照年度租金或者建设投入的30%给予补助，最高不超过50万元。")
    body("（三）重点企业入驻青岛前湾综合保税区、青岛西海岸综合保税区跨境电商监管中心的，前两年按照实际仓储租金的50%给予补贴。")
    body("（四）优先推荐重点企业参加中国—上海合作组织地方经贸合作示范区推介活动、东北亚跨境电商博览会等展会，并对展位费给予全额补助。")
    heading("三、管理要求")
    body("重点企业名单实行动态管理。重点企业应于每年1月31日前向所在功能区报送上一年度跨境电商业务开展情况，区商务局会同各功能区"
         "进行年度评估，对评估不合格的企业予以调整。")
    body("各功能区要落实服务专员制度（服务专员名单见附件2），主动对接重点企业需求，协调解决企业在通关、物流、融资、人才等方面的问题，"
         "重大事项及时报告区商务局。")
    body("重点企业存在提供虚假申报材料、发生严重失信行为或者重大安全生产事故等情形的，取消其重点企业资格，三年内不得再次申报，"
         "已享受的扶持资金依法予以追回。")
    body("联系人：区商务局电子商务科，周凯，电话：0532-86992257。")
    empty(doc, 1)
    att1 = "青岛西海岸新区2026年度第一批跨境电商重点企业名单"
    att2 = "青岛西海岸新区跨境电商重点企业服务专员名单"
    para(doc, [(IND + "附件：1." + att1, FS, 16)], left=Mm(0))
    para(doc, [("\u3000" * 5 + "2." + att2, FS, 16)])
    empty(doc, 3)
    para(doc, [("青岛西海岸新区商务局" + "\u3000" * 2, FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("二〇二六年四月八日" + "\u3000" * 3, FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    para(doc, [("（此件主动公开）", FS, 16)], first=Mm(11.2))

    # attachment 1
    page_break(doc)
    para(doc, [("附件1", HT, 16)])
    para(doc, [(att1, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32, before=12, after=12)
    cols = ["序号", "企业名称", "统一社会信用代码", "所在区", "类别"]
    t = doc.add_table(rows=2 + n, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_borders(t)
    fixed_layout(t, [12, 52, 46, 26, 20])
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, HT, 12)
    repeat_header(t.rows[0])
    for i, (name, code, zone, cat) in enumerate(rows, 1):
        r = t.rows[i]
        cant_split(r)
        p = cell_text(r.cells[0], "")  # Word automatic numbering, no typed digit
        set_num(p, seq_id, 0)
        cell_text(r.cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(r.cells[2], code, size=11)
        cell_text(r.cells[3], zone, size=11)
        cell_text(r.cells[4], cat, size=11)
        clauses.append(row_clause(cols, [str(i), name, code, zone, cat]))
    last = t.rows[n + 1]
    mc = last.cells[0].merge(last.cells[4])
    note = "备注：本名单按企业所在功能区排列，同一功能区内排名不分先后。"
    cell_text(mc, note, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    clauses.append(note)

    # attachment 2
    page_break(doc)
    para(doc, [("附件2", HT, 16)])
    para(doc, [(att2, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32, before=12, after=12)
    cols2 = ["序号", "功能区", "服务专员", "联系电话"]
    t = doc.add_table(rows=1 + len(QD_STAFF), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_borders(t)
    fixed_layout(t, [16, 70, 30, 40])
    for c, h in zip(t.rows[0].cells, cols2):
        cell_text(c, h, HT, 14)
    for i, (zone, who, tel) in enumerate(QD_STAFF, 1):
        r = t.rows[i]
        for c, v in zip(r.cells, (str(i), zone, who, tel)):
            cell_text(c, v, FS, 14)
        clauses.append(row_clause(cols2, [str(i), zone, who, tel]))
    banji(doc, "抄送：区委办公室，区政府办公室，黄岛海关。", "青岛西海岸新区商务局办公室", "2026年4月8日印发", 5)

    stem = "blind501_xihaian_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    m = meta(title, "青西新商发〔2026〕3号", ["青岛西海岸新区商务局"], "2026-04-08", "county", "青岛西海岸新区",
             [att1, att2], ["各功能区管委", "各镇街", "区直有关部门", "各有关企业"], "此件主动公开")
    return stem, [{"meta": m, "clauses": clauses}]


def main():
    expected = {}
    files = []
    for fn in (build_xiamen, build_zhengzhou, build_xihaian):
        stem, objs = fn()
        expected[stem] = objs
        files.append(os.path.join(HERE, stem + ".docx"))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_501", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE] + files, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
