# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 989: 市人民政府实施意见（共建“一带一路”贸易）, Word automatic multilevel
numbering (numPr) + running header + PAGE field footer; Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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

expected = {}


# ---------------------------------------------------------------- helpers
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
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
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


def page_field(p, size=14, name=SONG):
    """PAGE field as begin / instr / separate / result / end runs."""
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def footer_pageno(footer, align=WD_ALIGN_PARAGRAPH.CENTER, left="— ", right=" —", ind=None):
    fp = footer.paragraphs[0]
    fp.alignment = align
    font(fp.add_run(left), SONG, 14)
    page_field(fp)
    font(fp.add_run(right), SONG, 14)
    if ind is not None:
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            fp.paragraph_format.right_indent = ind
        else:
            fp.paragraph_format.left_indent = ind
    return fp


def header_text(header, runs, align=WD_ALIGN_PARAGRAPH.CENTER, rule=True, tabs=None):
    hp = header.paragraphs[0]
    hp.alignment = align
    if tabs:
        for pos, al in tabs:
            hp.paragraph_format.tab_stops.add_tab_stop(pos, al)
    for t in runs:
        font(hp.add_run(t), SONG, 10.5)
    if rule:
        border(hp, "bottom", "000000", 6, 1)
    return hp


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_989", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic multilevel numbering --------------------------------------
CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


# (numFmt, lvlText, font, bold)
LEVELS = [
    ("chineseCounting", "%1、", HT, False),
    ("chineseCounting", "（%2）", KT, False),
    ("decimal", "%3.", FS, False),
    ("decimal", "（%4）", FS, False),
]

_next_abs = [970]


def make_multilevel(doc, no_restart_lvl1=False, lvl1_bold=False):
    """Build one abstractNum (一、/（一）/1./（1）) + num; returns numId."""
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    lv = []
    for i, (nf, txt, fn, bold) in enumerate(LEVELS):
        restart = '<w:lvlRestart w:val="0"/>' if (i == 1 and no_restart_lvl1) else ""
        b = "<w:b/><w:bCs/>" if (i == 1 and lvl1_bold) else ""
        lv.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:hint="eastAsia"/>%s'
            '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:lvl>'
            % (i, nf, restart, txt, fn, fn, fn, b))
    absx = parse_xml('<w:abstractNum %s w:abstractNumId="%d">'
                     '<w:nsid w:val="5A3C%04X"/><w:multiLevelType w:val="multilevel"/>'
                     '<w:tmpl w:val="0F1C%04X"/>%s</w:abstractNum>'
                     % (nsdecls("w"), aid, aid, aid, "".join(lv)))
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


class AutoList:
    """Applies numPr to paragraphs and tracks what Word will print for them."""

    def __init__(self, doc, no_restart_lvl1=False, lvl1_bold=False):
        self.doc = doc
        self.nid = make_multilevel(doc, no_restart_lvl1, lvl1_bold)
        self.no_restart_lvl1 = no_restart_lvl1
        self.cnt = [0, 0, 0, 0]

    def label(self, ilvl):
        self.cnt[ilvl] += 1
        for d in range(ilvl + 1, 4):
            if d == 1 and self.no_restart_lvl1:
                continue
            self.cnt[d] = 0
        nf, txt = LEVELS[ilvl][:2]
        n = self.cnt[ilvl]
        val = cn_num(n) if nf == "chineseCounting" else str(n)
        return txt.replace("%%%d" % (ilvl + 1), val)

    def par(self, ilvl, runs, **kw):
        p = add_par(self.doc, runs, **kw)
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                % (nsdecls("w"), ilvl, self.nid)))
        return p, self.label(ilvl)


def make_single(doc, nf, txt, fn, bold=False):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    b = "<w:b/><w:bCs/>" if bold else ""
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="6B2D%04X"/>'
        '<w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="1E2F%04X"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:hint="eastAsia"/>%s'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), aid, aid, aid, nf, txt, fn, fn, fn, b))
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


class SimpleList:
    """One single-level automatic list; numbers run on through the whole document."""

    def __init__(self, doc, nf, txt, fn, bold=False):
        self.doc, self.nf, self.txt = doc, nf, txt
        self.nid = make_single(doc, nf, txt, fn, bold)
        self.n = 0

    def par(self, runs, **kw):
        p = add_par(self.doc, runs, **kw)
        p._p.get_or_add_pPr().insert(0, parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
            % (nsdecls("w"), self.nid)))
        self.n += 1
        val = cn_num(self.n) if self.nf == "chineseCounting" else str(self.n)
        return p, self.txt.replace("%1", val)


def meta(title, num, issuer, date, region, recipients, publicity, attachments=(),
         effective=None, expires=None, repeals=None, doc_type="意见"):
    return {
        "title": title, "doc_number": num, "issuer": issuer, "date": date,
        "published": None, "level": "municipal", "region": region,
        "effective": effective, "expires": expires, "attachments": list(attachments),
        "doc_type": doc_type, "recipients": recipients, "publicity": publicity,
        "repeals": repeals,
    }


# =================================================================== DOC A 赣州
def doc_ganzhou():
    stem = "blind989_ganzhou_lugang"
    doc = Document()
    s = setup(doc)
    # running header from page 2 on (首页不同), page number on every page
    s.different_first_page_header_footer = True
    header_text(s.header, ["赣州市人民政府"], align=WD_ALIGN_PARAGRAPH.CENTER)
    footer_pageno(s.footer)
    footer_pageno(s.first_page_footer)
    clauses = []
    L = AutoList(doc)

    # ---- 版头
    add_par(doc, [("000086", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("赣州市人民政府文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    empty(doc, 1)
    p = add_par(doc, "赣市府发〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in three lines, wrapped where the drafter pressed Enter
    for t in ("赣州市人民政府", "关于加快赣州国际陆港建设深度融入共建",
              "“一带一路”的实施意见"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市政府各部门，市直各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def h1(t):  # auto 一、 heading (heading only)
        L.par(0, [(t, HT, 16, False)])

    def item(h, t, lvl=1):
        hf = KT if lvl == 1 else FS
        _, lab = L.par(lvl, [(h, hf, 16, False), (t, FS, 16, False)])
        clauses.append(lab + h + t)

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，"
         "加快赣州国际陆港建设，推动我市更深层次融入共建“一带一路”，结合我市实际，"
         "提出如下实施意见。")
    h1("总体要求")
    body("坚持以习近平新时代中国特色社会主义思想为指导，以赣州国际陆港为核心平台，"
         "统筹推进“港、贸、产、城”融合发展，把赣州建设成为连接粤港澳大湾区和共建“一带一路”"
         "国家的重要节点城市。")
    # goal paragraph with a manual line break (Shift+Enter) between the two sentences
    g1 = ("到2027年，赣州国际陆港年集装箱吞吐量突破80万标准箱，中欧（中亚）班列年开行量达到"
          "600列以上，铁海联运班列年开行量达到1800列以上；全市外贸进出口总额突破1200亿元，"
          "对共建“一带一路”国家进出口占比提高到45%以上。")
    g2 = "到2030年，基本建成辐射全国、联通全球的内陆开放型枢纽港。"
    p = add_par(doc, g1)
    p.runs[0].add_break()
    font(p.add_run(g2))
    clauses.append(g1 + g2)

    h1("提升陆港枢纽功能")
    item("完善口岸功能。", "加快赣州国际陆港口岸扩能改造，推动进口肉类、水果、粮食、木材等指定监管"
         "场地常态化运营，深化与盐田港、厦门港合作，推动“同港同价同效率”。"
         "（责任单位：赣州国际陆港管委会、赣州海关、市商务局）")
    item("建设区域分拨中心。", "支持赣州综合保税区、龙南综合保税区拓展保税物流、保税维修等功能，"
         "建设面向赣粤闽湘四省边际的进口商品分拨中心。"
         "（责任单位：市商务局、赣州经开区管委会、龙南经开区管委会）")
    item("推进多式联运发展。", "大力发展“铁海联运+中欧班列”国际多式联运，推广“一单制”“一箱制”，"
         "对新开通的铁海联运线路按照有关规定给予适当运费补贴。"
         "（责任单位：市交通运输局、市发展改革委、市财政局）")
    # the clerk pasted this item from another draft: number typed by hand,
    # indent made with two full-width spaces, no numPr
    t4 = ("（四）强化数字赋能。建设赣州国际陆港智慧物流信息平台，推动与国际贸易“单一窗口”、"
          "铁路95306系统数据互联互通，实现订舱、报关、查验、放行全流程“一网通办”。"
          "（责任单位：市数据局、赣州国际陆港管委会）")
    add_par(doc, "\u3000\u3000" + t4, indent=False)
    clauses.append(t4)

    h1("拓展国际贸易通道")
    item("加密中欧（中亚）班列。", "重点推进以下工作：")
    item("优化线路布局。", "巩固赣州至莫斯科、明斯克、阿拉木图、塔什干等既有线路，"
         "新开通至匈牙利布达佩斯、波兰马拉舍维奇等线路。", lvl=2)
    item("提高回程比例。", "组织木材、粮食、汽车整车等回程货源，到2027年回程班列占比达到40%以上。",
         lvl=2)
    item("强化运营服务。", "引导班列运营企业与境外铁路、物流企业合作，在沿线重要节点布局集结中心和"
         "海外仓。", lvl=2)
    item("拓展南向通道。", "依托赣深高铁、京九铁路，常态化开行“湾区号”铁海联运班列，积极对接"
         "西部陆海新通道，拓展至东盟国家的国际物流线路。（责任单位：赣州国际陆港管委会、市交通运输局）")

    h1("培育外贸新动能")
    item("壮大外贸经营主体。", "实施外贸主体培育行动，每年新增有进出口实绩企业150家以上，"
         "支持家具、稀土新材料、电子信息等优势产业企业开拓共建“一带一路”国家市场。"
         "（责任单位：市商务局、市工业和信息化局）")
    item("发展跨境电商。", "支持中国（赣州）跨境电子商务综合试验区建设，推广跨境电商B2B直接出口"
         "(9710)和出口海外仓(9810)模式，到2027年跨境电商进出口额达到150亿元。"
         "（责任单位：市商务局、赣州海关）")

    h1("强化保障措施")
    item("加强组织领导。", "市推进开放型经济发展领导小组统筹推进各项工作，"
         "各地各部门要细化工作举措，确保各项任务落到实处。")
    item("加大政策支持。", "统筹用好中央外经贸发展专项资金和市级开放型经济发展资金，"
         "重点支持通道建设和主体培育。")
    item("强化考核督导。", "将本意见落实情况纳入全市高质量发展综合考核，市商务局要会同有关部门"
         "定期开展督导调度，每年年底前将落实情况报市政府。")

    empty(doc, 1)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 44 + "赣州市人民政府", indent=False)
    add_par(doc, " " * 43 + "2026年1月26日", indent=False)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，赣州军分区，市中级法院，市检察院。",
          "赣州市人民政府办公室", "2026年1月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("赣州市人民政府关于加快赣州国际陆港建设深度融入共建“一带一路”的实施意见",
                     "赣市府发〔2026〕4号", ["赣州市人民政府"], "2026-01-26", "赣州市",
                     ["各县（市、区）人民政府", "市政府各部门", "市直各单位"], "此件公开发布"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B 钦州
def doc_qinzhou():
    stem = "blind989_qinzhou_tongdao"
    doc = Document()
    s = setup(doc)
    # header: organ name at left, 文号 pushed right with two tabs (past the style's centre stop), every page
    header_text(s.header, ["钦州市人民政府", "\t\t", "钦政发〔2025〕21号"],
                align=WD_ALIGN_PARAGRAPH.LEFT,
                tabs=[(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)])
    footer_pageno(s.footer, left="— ", right=" —")
    clauses = []
    # the clerk numbered 一、 headings and （一） items with two separate automatic
    # lists, so （一）…（十一） run on across the 一、二、三 sections
    LH = SimpleList(doc, "chineseCounting", "%1、", HT)
    LI = SimpleList(doc, "chineseCounting", "（%1）", KT, bold=True)

    # no 红头: the version prepared for 政府信息公开 — title, 文号, 主送
    for t in ("钦州市人民政府关于推动西部陆海新通道", "与共建“一带一路”贸易高质量发展", "的实施意见"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    add_par(doc, [("钦政发〔2025〕21号", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各县（区）人民政府，市直各委、办、局，中国（广西）自由贸易试验区钦州港片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def h1(t):
        LH.par([(t, HT, 16, False)])

    def item(h, t):
        _, lab = LI.par([(h, KT, 16, True), (t, FS, 16, False)])
        clauses.append(lab + h + t)

    body("为深入贯彻落实《西部陆海新通道总体规划》和自治区关于加快建设西部陆海新通道的部署要求，"
         "充分发挥我市陆海交汇门户港优势，推动与共建“一带一路”国家贸易高质量发展，现提出以下实施意见。")
    h1("总体要求")
    item("指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，深入落实党中央、国务院和"
         "自治区党委、自治区人民政府决策部署，以西部陆海新通道建设为牵引，以向海经济为特色，"
         "推动通道、物流、贸易、产业融合发展。")
    item("发展目标。", "到2027年，钦州港集装箱吞吐量达到1200万标准箱，海铁联运班列开行量达到"
         "1.2万列；全市外贸进出口总额突破1000亿元，其中对东盟进出口占比达到50%以上。")
    h1("重点任务")
    item("做强门户港枢纽。", "加快钦州港自动化集装箱码头三期、大榄坪南作业区等项目建设，"
         "加密至东盟、中东、非洲等地的远洋航线，到2027年集装箱航线达到90条以上。")
    item("提升海铁联运效能。", "推动钦州港东站集装箱办理站扩能，加密钦州港至重庆、成都、"
         "昆明、兰州等地的海铁联运班列，推广“一单到底、全程负责”的多式联运服务模式。")
    item("大力发展临港产业。", "依托中国（广西）自由贸易试验区钦州港片区，做大做强绿色化工、"
         "新能源材料、粮油加工等临港产业集群，推动“通道+产业+贸易”联动发展。")
    item("承接加工贸易梯度转移。", "加强与粤港澳大湾区、长三角地区产业对接，对新引进的加工贸易"
         "企业在用地、用工、融资等方面给予支持。")
    item("培育贸易新业态。", "建设钦州跨境电商产业园，发展保税维修、离岸贸易、"
         "市场采购贸易等新业态，到2027年跨境电商进出口额达到80亿元。")
    item("深化与东盟经贸合作。", "用好《区域全面经济伙伴关系协定》（RCEP）规则，组织企业参加"
         "中国—东盟博览会等重点展会，推动与越南、泰国、马来西亚等国港口城市开展经贸合作。")
    item("优化口岸营商环境。", "深化国际贸易“单一窗口”建设，推广“提前申报”“两段准入”等便利化措施，"
         "进口、出口整体通关时间保持在全国沿海港口先进水平。")
    h1("保障措施")
    item("加强统筹协调。", "市推进西部陆海新通道建设领导小组负责统筹协调，研究解决通道建设和"
         "贸易发展中的重大问题，重大事项及时报市人民政府。")
    item("强化要素保障。", "统筹用好自治区和市级相关专项资金，优先保障通道和临港产业重大项目"
         "用地用海需求，鼓励金融机构创新供应链金融产品。")
    # last item typed by hand after the list was interrupted: number is text
    t12 = ("（十二）抓好跟踪落实。各牵头单位要按照重点任务分工表明确时间表、路线图，"
           "每年12月10日前将工作进展情况报送市商务局，由市商务局汇总后报市人民政府。")
    add_par(doc, [("（十二）抓好跟踪落实。", KT, 16, True), (t12[len("（十二）抓好跟踪落实。"):], FS, 16, False)])
    clauses.append(t12)

    empty(doc, 1)
    att = "钦州市推动共建“一带一路”贸易高质量发展重点任务分工表"
    add_par(doc, "附件：" + att)
    empty(doc, 2)
    p = add_par(doc, "钦州市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二五年十一月十八日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(40)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    for t in ("钦州市推动共建“一带一路”贸易高质量发展", "重点任务分工表"):
        add_par(doc, [(t, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=20)

    H = ["序号", "重点任务／任务类别", "重点任务／具体任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ("1", "通道建设", "加快钦州港自动化集装箱码头三期建设", "市交通运输局",
         "钦州港片区管委会、北部湾港钦州码头有限公司", "2027年12月"),
        ("2", "通道建设", "加密远洋航线，集装箱航线达到90条以上", "市交通运输局",
         "钦州港片区管委会", "2027年12月"),
        ("3", "通道建设", "海铁联运班列开行量达到1.2万列", "市交通运输局",
         "市发展改革委、钦州港片区管委会", "2027年12月"),
        ("4", "产业培育", "做大绿色化工、新能源材料等临港产业集群", "市工业和信息化局",
         "市发展改革委、市投资促进局", "持续推进"),
        ("5", "产业培育", "承接加工贸易梯度转移", "市商务局", "市工业和信息化局、钦州海关",
         "持续推进"),
        ("6", "贸易促进", "建设钦州跨境电商产业园", "市商务局", "钦州港片区管委会、钦州海关",
         "2026年12月"),
        ("7", "贸易促进", "组织企业参加中国—东盟博览会等重点展会", "市商务局", "市贸促会",
         "持续推进"),
        ("8", "口岸环境", "压缩进出口整体通关时间", "钦州海关", "市商务局、钦州港片区管委会",
         "持续推进"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Cm(1.3), Cm(2.2), Cm(4.3), Cm(2.6), Cm(3.8), Cm(2.2)]
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    # two-level header
    for ci, txt in ((0, "序号"), (3, "牵头单位"), (4, "配合单位"), (5, "完成时限")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, txt, HT, 12)
    m = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(m, "重点任务", HT, 12)
    set_cell(t.cell(1, 1), "任务类别", HT, 12)
    set_cell(t.cell(1, 2), "具体任务", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 4) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(H, row)))
    # vertically merged 任务类别 cells
    for a, b, txt in ((2, 4, "通道建设"), (5, 6, "产业培育"), (7, 8, "贸易促进"), (9, 9, "口岸环境")):
        m = t.cell(a, 1).merge(t.cell(b, 1)) if b > a else t.cell(a, 1)
        set_cell(m, txt, FS, 10.5)
    note = "注：完成时限为“持续推进”的，牵头单位每年12月10日前报送年度进展情况。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("钦州市人民政府关于推动西部陆海新通道与共建“一带一路”贸易高质量发展的实施意见",
                     "钦政发〔2025〕21号", ["钦州市人民政府"], "2025-11-18", "钦州市",
                     ["各县（区）人民政府", "市直各委、办、局",
                      "中国（广西）自由贸易试验区钦州港片区管委会"], "此件公开发布",
                     attachments=[att]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C 连云港
def doc_lianyungang():
    stem = "blind989_lianyungang_shanghe"
    doc = Document()
    s = setup(doc)
    # 奇偶页不同: odd pages number at right, even pages at left; header on all pages
    doc.settings.odd_and_even_pages_header_footer = True
    header_text(s.header, ["连云港市人民政府"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    header_text(s.even_page_header, ["连云港市人民政府"], align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_pageno(s.footer, align=WD_ALIGN_PARAGRAPH.RIGHT, ind=Pt(14))
    footer_pageno(s.even_page_footer, align=WD_ALIGN_PARAGRAPH.LEFT, ind=Pt(14))
    clauses = []
    L = AutoList(doc)

    add_par(doc, [("连云港市人民政府文件", XBS, 38, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=36)
    empty(doc, 1)
    p = add_par(doc, "连政发〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for t in ("连云港市人民政府关于支持上合组织", "（连云港）国际物流园提升能级服务共建",
              "“一带一路”贸易畅通的实施意见"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，市各委、办、局，市各直属单位：", indent=False)

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    def h1(t):
        L.par(0, [(t, HT, 16, False)])

    def item(h, t, lvl=1):
        hf = KT if lvl == 1 else FS
        _, lab = L.par(lvl, [(h, hf, 16, False), (t, FS, 16, False)])
        clauses.append(lab + h + t)

    body("为更好发挥上合组织（连云港）国际物流园在服务共建“一带一路”中的支点作用，"
         "推动国际贸易畅通和开放型经济高质量发展，根据《江苏省推进“一带一路”交汇点建设"
         "若干措施》等文件精神，结合我市实际，制定本实施意见。")
    h1("提升物流园枢纽能级")
    item("做大中欧（中亚）班列规模。", "对从连云港始发的中欧（中亚）班列给予运营补贴，"
         "具体标准如下：")
    H = ["线路类别", "去程补贴（元／标准箱）", "回程补贴（元／标准箱）"]
    rows = [("中亚线路", "1500", "2000"), ("欧洲线路", "2500", "3500"),
            ("“连新亚”过境班列", "1800", "2500")]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(H):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(H, row)))
    body("补贴资金由市、区两级财政按5:5比例分担，年度补贴总额不超过5000万元。", before=6)
    item("完善海河联运体系。", "支持连云港港与徐州港、宿迁港、淮安港开展内河集装箱运输合作，"
         "对新开通的海河联运集装箱航线，按实际运量给予每标准箱100元补贴，单条航线每年最高不超过"
         "200万元。")

    h1("支持国际贸易主体发展")
    item("培育外贸龙头企业。", "对年度进出口额首次突破以下规模的企业给予一次性奖励：")
    item("首次突破1亿美元的，", "奖励100万元；", lvl=2)
    item("首次突破5000万美元的，", "奖励50万元；", lvl=2)
    # third level-2 item typed by hand (full-width dot), no numPr
    t3 = "3．首次突破1000万美元的，奖励20万元。"
    add_par(doc, t3)
    clauses.append(t3)
    item("支持企业开拓市场。", "对企业参加市商务部门确定的共建“一带一路”国家重点境外展会，"
         "按展位费的70%给予补助，每家企业每年最高不超过30万元。")

    h1("优化贸易服务环境")
    item("提升通关便利化水平。", "支持连云港海关在物流园推行以下便利措施：")
    item("深化通关模式改革。", "推动“智慧海关”建设，重点实施以下措施：", lvl=2)
    item("", "推广进口货物“提前申报”模式，提前申报率保持在70%以上；", lvl=3)
    item("", "对中欧（中亚）班列过境货物实行“铁路快通”模式，实现一次申报、一次查验、一次放行。",
         lvl=3)
    item("压缩单证办理时间。", "推行原产地证书“自助打印”、进出口许可证件无纸化申领，"
         "出口退税平均办理时间压缩至3个工作日以内。", lvl=2)
    item("加强金融保险支持。", "鼓励金融机构开展跨境人民币结算、出口信用保险保单融资等业务，"
         "对小微外贸企业投保短期出口信用保险的保费给予全额补助。")

    body("本意见由市商务局负责解释，自2026年5月1日起施行，有效期至2030年12月31日。"
         "《连云港市人民政府关于加快中哈（连云港）物流合作基地建设的实施意见》"
         "（连政发〔2021〕36号）同时废止。")

    empty(doc, 2)
    # 落款 via a right tab stop
    for txt in ("连云港市人民政府", "2026年3月20日"):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), WD_TAB_ALIGNMENT.RIGHT)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，连云港军分区，市法院，市检察院，"
          "连云港海关。", "连云港市人民政府办公室", "2026年3月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("连云港市人民政府关于支持上合组织（连云港）国际物流园提升能级服务共建“一带一路”"
                     "贸易畅通的实施意见", "连政发〔2026〕9号", ["连云港市人民政府"], "2026-03-20",
                     "连云港市", ["各县、区人民政府", "市各委、办、局", "市各直属单位"], "此件主动公开",
                     effective="2026-05-01", expires="2030-12-31",
                     repeals="《连云港市人民政府关于加快中哈（连云港）物流合作基地建设的实施意见》"
                             "（连政发〔2021〕36号）"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ganzhou(), doc_qinzhou(), doc_lianyungang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
