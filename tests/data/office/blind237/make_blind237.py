# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 237: two city-government gazettes (市人民政府公报) laid out in
two columns in Word and printed to PDF by LibreOffice.

Writes next to itself:
  blind237_xiamen_gongbao.docx / .pdf   厦门市人民政府公报 2025年第3期
  blind237_qingdao_gongbao.docx / .pdf  青岛市人民政府公报 2025年第12期
  expected.json

Run:  . /work/venv/bin/activate && python make_blind237.py
The 目录 page numbers are found by a first print run (the script reads the
printed footer numbers back from the PDF) and then written into the final files.
"""
import copy
import json
import os
import re
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
BODY = 12
LINE = 20

# ---------------------------------------------------------------- helpers

def set_run_font(run, font=FS, size=BODY, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def add_text(par, text, font=FS, size=BODY, bold=False, color=None):
    """Add text; '\v' becomes a soft line break (Shift+Enter)."""
    parts = text.split("\v")
    for i, part in enumerate(parts):
        if i:
            r = par.add_run()
            set_run_font(r, font, size, bold, color)
            r.add_break()
        if part:
            r = par.add_run(part)
            set_run_font(r, font, size, bold, color)


def fmt(par, align=None, first=None, left=None, before=0, after=0, line=LINE, keep=False):
    pf = par.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if keep:
        pf.keep_with_next = True


def set_cols(section, n, space_cm=0.8):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if n > 1:
        cols.set(qn("w:equalWidth"), "1")


def set_page_start(section, start):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:pgNumType")):
        sectPr.remove(old)
    if start is not None:
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), str(start))
        # pgNumType must come before cols in the schema order
        cols = sectPr.find(qn("w:cols"))
        if cols is not None:
            cols.addprevious(pg)
        else:
            sectPr.append(pg)


def add_field(par, instr, font=FS, size=10.5):
    r1 = par.add_run()
    set_run_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = par.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = par.add_run()
    set_run_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = par.add_run("1")
    set_run_font(r4, font, size)
    r5 = par.add_run()
    set_run_font(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def bottom_border(par, color="000000", sz=6):
    ppr = par._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_footer(footer, align):
    p = footer.paragraphs[0]
    fmt(p, align=align, line=None)
    r = p.add_run("— ")
    set_run_font(r, "宋体", 10.5)
    add_field(p, "PAGE", "宋体", 10.5)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 10.5)


def page_header(header, text, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = header.paragraphs[0]
    fmt(p, align=align, line=None)
    add_text(p, text, KAI, 10.5)
    bottom_border(p)


def repeat_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = Pt(LINE)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.1)
    sec.right_margin = Cm(2.1)
    sec.header_distance = Cm(1.5)
    sec.footer_distance = Cm(1.4)
    return doc


# ---------------------------------------------------------------- block renderer

def render_blocks(doc, blocks, state):
    """Render a document's blocks.  state carries the section bookkeeping."""
    for b in blocks:
        t = b["t"]
        if t == "sec":
            start = WD_SECTION.NEW_PAGE if b.get("start") == "new" else WD_SECTION.CONTINUOUS
            sec = doc.add_section(start)
            set_page_start(sec, None)
            set_cols(sec, b["cols"])
            if state.get("first_numbered") is None:
                state["first_numbered"] = sec
                set_page_start(sec, 1)
                state["setup_headers"](doc, sec)
            continue
        if t == "redorgan":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=4, line=None)
            add_text(p, b["text"], XBS, b.get("size", 26), color=RED)
            continue
        if t == "redrule":
            p = doc.add_paragraph()
            fmt(p, line=6, after=8)
            bottom_border(p, "E60012", 12)
            continue
        if t == "title":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=b.get("before", 10), after=6, line=26, keep=True)
            add_text(p, b["text"], XBS, b.get("size", 16))
            continue
        if t == "center":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=b.get("after", 6), keep=True)
            add_text(p, b["text"], b.get("font", FS), b.get("size", BODY))
            continue
        if t == "chapter":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=4, keep=True)
            add_text(p, b["text"], HEI, BODY)
            continue
        if t == "h1":
            p = doc.add_paragraph()
            fmt(p, first=BODY * 2, keep=True)
            add_text(p, b["text"], HEI, BODY)
            continue
        if t == "h2":
            p = doc.add_paragraph()
            fmt(p, first=BODY * 2, keep=True)
            add_text(p, b["text"], KAI, BODY, bold=True)
            continue
        if t == "salute":
            p = doc.add_paragraph()
            fmt(p, before=4)
            add_text(p, b["text"])
            continue
        if t == "p":
            p = doc.add_paragraph()
            fmt(p, first=0 if b.get("noindent") else BODY * 2)
            if b.get("head"):
                hf = b.get("headfont", KAI)
                add_text(p, b["head"], hf, BODY, bold=(hf == KAI))
            add_text(p, b["text"])
            if b.get("colbreak"):
                r = p.add_run()
                r.add_break(WD_BREAK.COLUMN)
            continue
        if t == "attach":
            p = doc.add_paragraph()
            fmt(p, first=BODY * 2, before=6)
            add_text(p, b["text"])
            continue
        if t == "right":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, before=b.get("before", 0))
            p.paragraph_format.right_indent = Pt(b.get("rind", BODY * 2))
            add_text(p, b["text"])
            continue
        if t == "note":
            p = doc.add_paragraph()
            fmt(p, first=BODY * 2, before=2, after=8)
            add_text(p, b["text"])
            continue
        if t == "blank":
            p = doc.add_paragraph()
            fmt(p)
            continue
        if t == "label":
            p = doc.add_paragraph()
            fmt(p, before=6, keep=True)
            add_text(p, b["text"], HEI, 12)
            continue
        if t == "table":
            render_table(doc, b)
            continue
        raise ValueError(t)


def render_table(doc, b):
    header, rows, merges, widths = b["header"], b["rows"], b.get("merges", []), b["widths"]
    tbl = doc.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = tbl.cell(0, j)
        c.text = ""
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=15)
        add_text(p, h, HEI, 10)
    repeat_header_row(tbl.rows[0])
    # merges given as (col, first_row, last_row) on data rows
    skip = set()
    for col, r0, r1 in merges:
        a = tbl.cell(1 + r0, col)
        z = tbl.cell(1 + r1, col)
        a.merge(z)
        for r in range(r0 + 1, r1 + 1):
            skip.add((r, col))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in skip:
                continue
            c = tbl.cell(1 + i, j)
            for extra in c.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            p = c.paragraphs[0]
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            center = j in b.get("center_cols", [])
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT, line=15)
            add_text(p, v, FS, 10)
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)


# ---------------------------------------------------------------- clause extraction (answer key)

def clauses_of(blocks):
    out, places = [], {}
    for b in blocks:
        if b["t"] == "p" and b.get("clause", True):
            text = (b.get("head") or "") + b["text"]
            text = text.replace("\v", "\n")
            j = b.get("join")
            if j == "nl":
                out[-1] += "\n" + text
            elif j == "cat":
                out[-1] += text
            else:
                out.append(text)
            if b.get("places"):
                places[out[-1][:24]] = b["places"]
        elif b["t"] == "table":
            for i, row in enumerate(b["rows"]):
                vals = list(row)
                for col, r0, r1 in b.get("merges", []):
                    if r0 < i <= r1:
                        vals[col] = b["rows"][r0][col]
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(b["header"], vals)))
                if b.get("row_places", {}).get(i):
                    places[out[-1][:24]] = b["row_places"][i]
    return out, places


# ---------------------------------------------------------------- small constructors

def P(text, head=None, **kw):
    d = {"t": "p", "text": text}
    if head:
        d["head"] = head
    d.update(kw)
    return d


def ART(num, text, **kw):
    return P(text, head=num + "　", headfont=HEI, **kw)


def SEC(cols, start="cont"):
    return {"t": "sec", "cols": cols, "start": start}


def T(kind, text="", **kw):
    d = {"t": kind, "text": text}
    d.update(kw)
    return d


# ================================================================ XIAMEN
XM_SEZ = "中国（福建）自由贸易试验区厦门片区"

XM_RULE = [
    SEC(1, "new"),
    T("redorgan", "厦门市人民政府令", size=24),
    T("center", "第218号", size=12, after=2),
    T("redrule"),
    P("《厦门市促进跨境电子商务发展若干规定》已经2025年1月16日市人民政府第92次常务会议通过，现予公布，自2025年3月1日起施行。"),
    T("right", "市长　林志远", before=6, rind=BODY * 4),
    T("right", "2025年1月27日", rind=BODY * 4),
    T("title", "厦门市促进跨境电子商务发展若干规定", before=16),
    T("center", "（2025年1月27日厦门市人民政府令第218号公布　自2025年3月1日起施行）", font=KAI, size=10),
    SEC(2),
    T("chapter", "第一章　总　　则"),
    ART("第一条", "为了促进本市跨境电子商务健康有序发展，推进中国（厦门）跨境电子商务综合试验区建设，服务高质量共建“一带一路”和海峡两岸融合发展，根据有关法律、法规，结合本市实际，制定本规定。"),
    ART("第二条", "本市行政区域内跨境电子商务经营、服务、监督管理及其促进活动，适用本规定。"),
    P("本规定所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动。", join="nl"),
    ART("第三条", "市人民政府统筹全市跨境电子商务发展工作，建立跨境电子商务发展协调机制，研究解决跨境电子商务发展中的重大问题。"),
    P("区人民政府负责本辖区跨境电子商务发展的组织推进工作。", join="nl"),
    ART("第四条", "市商务主管部门负责跨境电子商务发展的综合协调、规划引导和促进工作。"),
    P("发展改革、工业和信息化、财政、自然资源、交通运输、市场监督管理、金融、口岸等部门按照各自职责，做好跨境电子商务促进相关工作。", join="nl"),
    P("厦门海关、国家税务总局厦门市税务局、国家外汇管理局厦门市分局等单位按照各自职责，依法做好跨境电子商务监督管理和服务工作。", join="nl"),
    T("chapter", "第二章　主体培育与载体建设"),
    ART("第五条", "市商务主管部门应当会同有关部门制定跨境电子商务主体培育计划，支持本市传统外贸、生产制造和商贸流通企业开展跨境电子商务业务，引进和培育跨境电子商务平台、龙头企业和综合服务企业。"),
    ART("第六条", "市、区人民政府应当统筹规划跨境电子商务产业园区布局，推动产业园区在办公场所、仓储物流、人才培训、公共服务等方面提供配套支持。"),
    P("对经认定的市级跨境电子商务产业园区，市商务主管部门可以按照规定给予扶持。", join="nl"),
    ART("第七条", "在" + XM_SEZ + "内，支持企业依托厦门象屿综合保税区、厦门海沧港综合保税区开展跨境电子商务保税备货、保税展示交易和退货中心仓业务，探索开展跨境电子商务零售进口药品、医疗器械等商品试点。",
        places=[XM_SEZ, "厦门象屿综合保税区", "厦门海沧港综合保税区"]),
    ART("第八条", "支持企业在共建“一带一路”国家和地区、《区域全面经济伙伴关系协定》成员国等重点市场建设、租赁公共海外仓，完善海外仓的仓储、配送、退换货和售后服务功能。"),
    P("对符合条件的公共海外仓，市商务主管部门会同市财政部门按照规定给予资金支持。", join="nl"),
    ART("第九条", "市口岸管理部门应当会同厦门海关等单位，依托国际贸易“单一窗口”完善跨境电子商务公共服务平台功能，推动通关、物流、支付、结汇、退税等环节信息互联共享。"),
    T("chapter", "第三章　物流通道与通关便利"),
    ART("第十条", "市交通运输、口岸管理等部门应当支持企业利用厦门港、厦门高崎国际机场以及中欧（厦门）班列拓展跨境电子商务物流通道，发展“海运快船”“空运专线”“跨境电商专列”等运输方式。"),
    ART("第十一条", "支持厦门海关在跨境电子商务企业对企业出口（9710、9810）、网购保税进口（1210）等业务中推行“提前申报”“分类通关”“合并查验”等便利措施，压缩跨境电子商务商品通关时间。"),
    # items of this article are separated by soft line breaks, not paragraphs
    ART("第十二条", "跨境电子商务企业在本市开展业务，应当履行下列义务：\v（一）依法办理市场主体登记和海关登记备案；\v（二）如实向海关传输交易、支付、物流等电子信息；\v（三）建立商品质量安全风险防控制度，落实消费者权益保护责任；\v（四）法律、法规规定的其他义务。"),
    T("chapter", "第四章　金融与人才支持"),
    ART("第十三条", "鼓励银行业金融机构、支付机构依法为跨境电子商务企业提供跨境收付、结售汇、出口信用保险保单融资等服务，支持符合条件的企业开展贸易外汇收支便利化试点。"),
    ART("第十四条", "市人力资源社会保障部门应当将跨境电子商务人才纳入本市紧缺急需人才目录，支持高等院校、职业院校与企业共建跨境电子商务实训基地。"),
    ART("第十五条", "对跨境电子商务领域引进的高层次人才，符合条件的，按照本市人才政策规定享受住房保障、子女入学、医疗保健等服务。"),
    T("chapter", "第五章　附　　则"),
    ART("第十六条", "本规定自2025年3月1日起施行。2018年5月8日厦门市人民政府令第171号公布的《厦门市跨境电子商务管理暂行办法》同时废止。"),
]

XM_BANLIE_TABLE = {
    "t": "table",
    "header": ["序号", "补助类别", "补助项目", "补助标准", "备注"],
    "rows": [
        ["1", "班列运营", "去程重箱", "每标准箱补助1500元", "以铁路运单为准"],
        ["2", "班列运营", "回程重箱", "每标准箱补助2000元", "含中亚方向回程班列"],
        ["3", "班列运营", "新开线路", "每条线路一次性补助50万元", "当年开行不少于12列"],
        ["4", "海铁联运", "过境中转箱", "每标准箱补助300元", "须经厦门港装卸"],
        ["5", "海铁联运", "本地集装箱", "每标准箱补助200元", "起运地或者目的地在本市"],
        ["6", "站场建设", "海关监管作业场所改造", "按照实际投资额的30%给予补助，最高不超过500万元", "限海沧铁路物流园区内项目"],
    ],
    "merges": [(1, 0, 2), (1, 3, 4)],
    "widths": [1.3, 2.4, 3.8, 6.0, 3.9],
    "center_cols": [0, 1],
    "row_places": {5: ["海沧铁路物流园区"]},
}

XM_BANLIE = [
    SEC(1, "new"),
    T("title", "厦门市人民政府办公厅关于进一步支持中欧（厦门）班列\v和海铁联运高质量发展的通知"),
    T("center", "厦府办规〔2025〕3号", font=KAI),
    SEC(2),
    T("salute", "各区人民政府，市直各委、办、局，各开发区管委会，有关单位："),
    P("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，发挥厦门“海丝”“陆丝”无缝衔接枢纽作用，推动中欧（厦门）班列和海铁联运高质量发展，经市政府同意，现就有关事项通知如下："),
    T("h1", "一、拓展班列线路和货源"),
    P("支持班列运营平台公司稳定开行厦门至波兰罗兹、德国汉堡、俄罗斯莫斯科等主线路，加密中亚方向班列，力争2025年全年开行班列超过300列。", head="（一）稳定运营主线路。"),
    P("鼓励企业组织欧洲、中亚地区进口商品通过回程班列运抵厦门，支持回程班列搭载跨境电子商务、汽车整车及零部件、冷链等特色货物。", head="（二）培育回程货源。"),
    P("推动中欧（厦门）班列与“丝路海运”航线联动，发展东南亚—厦门—欧洲、台湾地区—厦门—中亚等海铁联运过境线路。", head="（三）拓展“丝路海运”联动。"),
    T("h1", "二、加大政策支持力度"),
    P("对班列运营和海铁联运业务，按照附件所列标准给予补助。补助资金由市、区两级财政按照现行财政体制分担。", head="（四）实施分类补助。"),
    P("支持海沧区加快建设厦门海沧铁路物流园区，完善集装箱堆场、海关监管作业场所和多式联运设施，所需用地纳入国土空间规划统筹保障。", head="（五）支持站场建设。", places=["海沧区"]),
    P("推广“铁路快通”模式，对中欧班列进出口货物实行“一次申报、一次查验、一次放行”，压缩班列货物在厦门口岸的停留时间。", head="（六）优化通关服务。"),
    T("h1", "三、强化组织保障"),
    P("市商务局牵头建立中欧班列发展工作协调机制，市财政局、市交通运输局、市口岸办、厦门海关、中国铁路南昌局集团有限公司厦门货运中心等单位按照职责分工抓好落实。", head="（七）压实工作责任。"),
    P("补助资金实行“先运营、后补助”，由运营平台公司按季度申报，市商务局会同市财政局审核后拨付。对弄虚作假骗取补助资金的，依法追回并按照有关规定处理。", head="（八）加强资金监管。"),
    P("本通知自2025年3月10日起施行，有效期3年。"),
    T("attach", "附件：中欧（厦门）班列及海铁联运补助标准"),
    T("right", "厦门市人民政府办公厅", before=14),
    T("right", "2025年2月8日", rind=BODY * 3),
    T("note", "（此件主动公开）"),
    # the 附件 table spans both columns: one-column section inside the issue
    SEC(1),
    T("label", "附件"),
    T("title", "中欧（厦门）班列及海铁联运补助标准", size=14, before=2),
    XM_BANLIE_TABLE,
]

XM_SHANGWU = [
    SEC(1, "new"),
    T("title", "厦门市商务局关于组织申报2025年度\v跨境电商公共海外仓专项资金的通知"),
    T("center", "厦商务〔2025〕21号", font=KAI),
    SEC(2),
    T("salute", "各区商务主管部门，各有关企业："),
    P("为贯彻落实《厦门市促进跨境电子商务发展若干规定》（厦门市人民政府令第218号），支持企业在共建“一带一路”国家和地区布局公共海外仓，现将2025年度跨境电商公共海外仓专项资金申报工作有关事项通知如下："),
    T("h1", "一、支持对象"),
    P("在本市依法登记注册、具有独立法人资格，并在境外自建或者租赁公共海外仓的跨境电子商务企业、物流企业和综合服务企业。"),
    T("h1", "二、申报条件"),
    T("h2", "（一）企业基本条件"),
    P("1.申报企业2024年度跨境电子商务进出口额不低于2000万元人民币；"),
    P("2.近三年内无重大违法违规记录，未被列入严重失信主体名单；"),
    P("3.按时报送商务部门要求的统计数据。"),
    T("h2", "（二）海外仓条件"),
    P("1.海外仓位于共建“一带一路”国家或者《区域全面经济伙伴关系协定》成员国，单仓面积不低于3000平方米；"),
    P("2.海外仓为本市3家以上企业提供仓储、配送等服务，且服务本市企业的业务量占比不低于30%；"),
    P("3.海外仓具备信息管理系统，能够与厦门市跨境电子商务公共服务平台实现数据对接。"),
    T("h1", "三、支持标准"),
    P("（一）对新建或者新租赁的公共海外仓，按照2024年度实际发生的租赁费或者建设投资额的20%给予补助，单个企业最高不超过200万元。"),
    P("（二）对在自贸试验区厦门片区注册的企业，补助比例提高至25%，单个企业最高不超过250万元。", places=[XM_SEZ]),
    P("（三）同一海外仓项目已享受其他市级财政资金支持的，不得重复申报。"),
    T("h1", "四、申报程序"),
    P("申报企业于2025年3月31日前登录厦门市商务局网站“专项资金申报系统”填报申报信息，并上传相关证明材料。", head="（一）网上填报。"),
    P("各区商务主管部门对辖区企业申报材料进行初审，并于2025年4月15日前将初审意见报送市商务局。", head="（二）区级初审。"),
    P("申报材料一式两份，包括：", head="（三）材料要求。"),
    P("1.专项资金申报表（附件1）；"),
    P("2.证明材料，包括："),
    P("（1）海外仓租赁合同或者建设投资凭证；"),
    P("（2）海外仓运营情况说明及服务本市企业清单；"),
    P("（3）经审计的2024年度财务报表。"),
    P("3.企业信用承诺书（附件2）。"),
    T("h1", "五、其他事项"),
    P("（一）申报企业对申报材料的真实性负责。对弄虚作假的，取消申报资格，已拨付的资金予以追回，并依法依规处理。"),
    P("（二）专项资金实行“先建后补”，市商务局会同市财政局组织第三方机构对申报项目进行评审，评审结果在市商务局网站公示5个工作日，公示无异议的，按照程序拨付资金。"),
    P("（三）获得支持的企业应当于2026年3月31日前报送海外仓运营绩效报告。对绩效评价结果为“不合格”的，三年内不得申报市级商务发展专项资金。"),
    P("（四）联系人：市商务局对外贸易处陈明华，联系电话：0592-2855136。"),
    T("attach", "附件：1.2025年度跨境电商公共海外仓专项资金申报表\v　　　2.企业信用承诺书\v　　　（附件略）"),
    T("right", "厦门市商务局", before=14, rind=BODY * 4),
    T("right", "2025年2月14日", rind=BODY * 3),
    T("note", "（此件公开发布）"),
]


def xm_cover(doc, pages):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=30, line=None)
    add_text(p, "厦门市人民政府公报", XBS, 40, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, line=None)
    add_text(p, "XIAMEN MUNICIPAL PEOPLE'S GOVERNMENT GAZETTE", "Times New Roman", 11, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=2, line=None)
    add_text(p, "2025年第3期（总第512期）", HEI, 14)
    p = doc.add_paragraph()
    fmt(p, line=6, after=14)
    bottom_border(p, "E60012", 18)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=10, line=None)
    add_text(p, "目　　录", HEI, 16)
    entries = [
        ("【市政府文件】", None, None),
        ("厦门市促进跨境电子商务发展若干规定（厦门市人民政府令第218号）", "rule", 1),
        ("【市政府办公厅文件】", None, None),
        ("厦门市人民政府办公厅关于进一步支持中欧（厦门）班列和海铁联运高质量发展的通知（厦府办规〔2025〕3号）", "banlie", 1),
        ("【部门文件】", None, None),
        ("厦门市商务局关于组织申报2025年度跨境电商公共海外仓专项资金的通知（厦商务〔2025〕21号）", "shangwu", 1),
    ]
    for text, key, _ in entries:
        p = doc.add_paragraph()
        if key is None:
            fmt(p, before=8, after=2, line=22)
            add_text(p, text, HEI, 12)
        else:
            fmt(p, left=24, first=0, line=22)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            add_text(p, text + "\t" + str(pages.get(key, 0)), FS, 12)
    for _ in range(2):
        doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=60, line=None)
    add_text(p, "厦门市人民政府办公厅主办　　　　2025年2月28日出版", KAI, 12)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    add_text(p, "地址：厦门市思明区湖滨北路61号　邮编：361012　内部资料　免费交流", KAI, 10)


def build_xiamen(path, pages):
    doc = new_doc()
    xm_cover(doc, pages)

    def setup(doc, sec):
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        page_header(sec.header, "厦门市人民政府公报　　　　　　　　　　　　　　　　　　2025年第3期",
                    WD_ALIGN_PARAGRAPH.LEFT)
        page_footer(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)

    state = {"setup_headers": setup}
    for blocks in (XM_RULE, XM_BANLIE, XM_SHANGWU):
        render_blocks(doc, blocks, state)
    doc.save(path)


# ================================================================ QINGDAO
QD_SEZ = "中国（山东）自由贸易试验区青岛片区"
QD_SCO = "中国—上海合作组织地方经贸合作示范区"

QD_FANGAN = [
    SEC(1, "new"),
    T("title", "青岛市人民政府\v关于印发青岛市深度融入共建“一带一路”推动高水平\v对外开放三年行动方案（2025—2027年）的通知"),
    T("center", "青政发〔2025〕11号", font=KAI),
    SEC(2),
    T("salute", "各区、市人民政府，市政府各部门，市直各单位："),
    P("现将《青岛市深度融入共建“一带一路”推动高水平对外开放三年行动方案（2025—2027年）》印发给你们，请认真组织实施。"),
    T("right", "青岛市人民政府", before=14, rind=BODY * 3),
    T("right", "2025年5月20日", rind=BODY * 3),
    T("note", "（此件公开发布）"),
    T("title", "青岛市深度融入共建“一带一路”\v推动高水平对外开放三年行动方案\v（2025—2027年）", size=14, before=10),
    P("为深入贯彻落实习近平总书记关于高质量共建“一带一路”的重要指示精神，全面落实省委、省政府关于扩大高水平对外开放的部署要求，发挥我市“一带一路”新亚欧大陆桥经济走廊主要节点城市和海上合作战略支点作用，结合我市实际，制定本方案。"),
    T("h1", "一、总体目标"),
    P("到2027年，全市对共建“一带一路”国家进出口额年均增长8%以上，中欧班列年开行量稳定在900列以上，跨境电子商务进出口额突破600亿元，实际使用外资累计达到200亿美元，基本建成面向日韩、辐射共建“一带一路”国家的国际门户枢纽城市。"),
    T("h1", "二、重点任务"),
    P("推动航运、贸易、金融联动发展，支持航运企业设立区域总部，发展船舶融资租赁、航运保险、航运结算等业务，做大大宗商品贸易规模。（责任单位：市交通运输局、市商务局、市地方金融管理局）", head="（一）建设国际航运贸易金融创新中心。"),
    P("依托青岛港加密共建“一带一路”国家方向集装箱航线，推动胶东国际机场开通至中亚、东南亚的国际货运航线，构建“海陆空铁”多式联运体系。（责任单位：市交通运输局、市口岸办、山东港口青岛港集团）", head="（二）提升海陆空综合枢纽能级。"),
    P("支持" + QD_SCO + "建设上合国际能源交易中心、上合经贸商品展示中心，在上合示范区开展与上海合作组织国家本币结算、跨境投融资便利化试点，推动中欧班列（齐鲁号）上合示范区集结中心扩能。（责任单位：上合示范区管委会、市商务局）", head="（三）高水平建设上合示范区。", places=[QD_SCO]),
    P("在" + QD_SEZ + "开展大宗商品期现联动、国际船舶登记、数据跨境流动等制度创新试点，每年形成10项以上可复制推广的创新成果。（责任单位：青岛自贸片区管委会）", head="（四）深化自贸试验区青岛片区制度创新。", places=[QD_SEZ]),
    P("支持青岛前湾综合保税区、青岛胶州湾综合保税区发展保税维修、保税研发、保税展示交易和融资租赁等新业态，推动综合保税区加工制造和物流分拨业务转型升级。（责任单位：青岛海关、市商务局、有关区〈市〉政府）", head="（五）推动综合保税区提质升级。", places=["青岛前湾综合保税区", "青岛胶州湾综合保税区"]),
    # the editor broke this paragraph by hand at a column break, in mid-sentence
    P("深入推进中国（青岛）跨境电子商务综合试验区建设，支持企业在共建“一带一路”国家布局公共海外仓，推动“跨境电商+产业带”发展，培育", head="（六）做强跨境电子商务。", colbreak=True),
    P("一批年进出口额超过亿元的跨境电子商务企业。到2027年，全市公共海外仓数量达到80个以上。（责任单位：市商务局、青岛海关）", noindent=True, join="cat"),
    P("组织企业赴哈萨克斯坦、乌兹别克斯坦、马来西亚、沙特阿拉伯等国家参加重点展会，支持企业在共建“一带一路”国家建设境外经贸合作区，带动装备、技术和标准“走出去”。（责任单位：市商务局、市贸促会）", head="（七）拓展国际经贸合作。"),
    P("用好《区域全面经济伙伴关系协定》规则，深化与日本、韩国地方政府和经济团体交流合作，办好中日韩产业博览会，推动日韩产业园高质量发展。（责任单位：市商务局、市外办）", head="（八）深化与日韩地方经贸合作。"),
    T("h1", "三、保障措施"),
    P("市对外开放工作领导小组统筹推进本方案实施，研究解决重大问题。各区（市）、各有关部门要细化工作举措，明确时间节点，确保各项任务落地见效。", head="（一）加强组织领导。"),
    P("统筹用好市级外经贸发展专项资金，对符合条件的重点项目给予支持；强化用地、用海、能耗等要素保障。", head="（二）强化要素保障。"),
    P("各牵头部门每半年向市商务局报送工作进展情况，市商务局会同有关部门开展年度评估，评估结果报市政府。", head="（三）做好跟踪评估。"),
]

QD_CUOSHI = [
    SEC(1, "new"),
    T("title", "青岛市人民政府办公厅\v关于支持跨境电子商务高质量发展的若干措施"),
    T("center", "青政办字〔2025〕25号", font=KAI),
    SEC(2),
    T("salute", "各区、市人民政府，市政府各部门，市直各单位："),
    P("为加快发展跨境电子商务新业态，打造共建“一带一路”跨境电商枢纽城市，推动外贸保稳提质，经市政府同意，制定如下措施。"),
    T("h1", "一、壮大经营主体"),
    P("对年度跨境电商进出口额首次达到1亿元、5亿元、10亿元的企业，分别给予20万元、50万元、100万元一次性奖励。", head="（一）支持企业开展跨境电商业务。"),
    P("对企业在境外注册自主商标并通过跨境电商平台年销售额超过1000万元的，给予最高30万元奖励。", head="（二）培育跨境电商自主品牌。"),
    T("h1", "二、完善物流和海外仓体系"),
    P("对企业在共建“一带一路”国家新建或者租赁面积3000平方米以上的公共海外仓，按照实际投资额或者年租金的30%给予补助，单个企业年度补助最高300万元。", head="（三）支持海外仓建设。"),
    P("支持在青岛胶东国际机场开通跨境电商全货机航线，对每周执飞2班以上的航线，按照每班次最高10万元给予补助。", head="（四）发展跨境电商物流通道。"),
    T("h1", "三、提升园区和平台功能"),
    P("对经认定的市级跨境电商产业园，给予最高200万元一次性奖励，奖励资金主要用于公共服务平台建设和企业孵化。", head="（五）支持跨境电商产业园建设。"),
    P("对在青岛前湾综合保税区、青岛西海岸综合保税区开展跨境电商网购保税进口（1210）和特殊区域出口业务的企业，按照年度业务单量给予每单0.5元补助，单个企业年度最高100万元。", head="（六）支持综合保税区跨境电商业务。", places=["青岛前湾综合保税区", "青岛西海岸综合保税区"]),
    T("h1", "四、强化要素保障"),
    P("引导银行机构开发“跨境电商贷”等信贷产品，对企业获得的跨境电商相关贷款，按照贷款市场报价利率的50%给予贴息，单个企业年度贴息最高50万元。", head="（七）加强金融支持。"),
    P("支持本地高校设立跨境电子商务专业，对与企业共建跨境电商实训基地的高校，给予最高50万元一次性补助。", head="（八）加强人才培养。"),
    P("推行跨境电商出口商品“提前申报、抵港直装”和退货商品“一站式”通关，对跨境电商企业实行7×24小时预约通关服务。", head="（九）优化通关监管服务。"),
    P("市商务局会同青岛海关、市统计局建立跨境电商统计监测制度，按季度发布全市跨境电商发展指数，对重点企业实行“一企一策”跟踪服务。", head="（十）强化统计监测。"),
    T("h1", "五、附则"),
    P("本措施所称跨境电商进出口额以海关统计数据为准。同一企业同一项目符合本措施和本市其他政策规定的，按照就高原则给予支持，不重复享受。"),
    P("本措施自2025年7月1日起施行，有效期至2027年6月30日。《青岛市人民政府办公厅关于加快跨境电子商务发展的若干政策措施》（青政办字〔2022〕40号）同时废止。"),
    T("right", "青岛市人民政府办公厅", before=14),
    T("right", "2025年5月28日", rind=BODY * 3),
    T("note", "（此件公开发布）"),
]

QD_JIEDU = [
    # follows its policy on the same page: continuous one-column section for the title
    SEC(1),
    T("center", "【政策解读】", font=HEI, size=12, after=0),
    T("title", "《青岛市人民政府办公厅关于支持跨境电子商务\v高质量发展的若干措施》政策解读", size=14, before=4),
    SEC(2),
    T("h1", "一、制定背景"),
    P("跨境电子商务是发展速度最快、潜力最大、带动作用最强的外贸新业态。2024年，我市跨境电商进出口额达到468亿元，同比增长21.3%。为进一步巩固发展优势，打造共建“一带一路”跨境电商枢纽城市，市商务局会同有关部门起草了《若干措施》，经市政府同意，由市政府办公厅印发实施。"),
    T("h1", "二、主要内容"),
    P("《若干措施》共包括4个方面10条具体措施："),
    P("壮大经营主体。对跨境电商进出口额首次达到1亿元、5亿元、10亿元的企业给予一次性奖励，支持企业培育自主品牌。", head="一是", headfont=FS),
    P("完善物流和海外仓体系。支持企业在共建“一带一路”国家建设公共海外仓，支持开通跨境电商全货机航线。", head="二是", headfont=FS),
    P("提升园区和平台功能。支持市级跨境电商产业园建设，对综合保税区内开展跨境电商网购保税进口等业务的企业给予补助。", head="三是", headfont=FS),
    P("强化要素保障。对跨境电商相关贷款给予贴息，支持高校与企业共建跨境电商实训基地，优化通关监管服务，建立跨境电商统计监测制度。", head="四是", headfont=FS),
    T("h1", "三、适用范围和有效期"),
    P("《若干措施》适用于在青岛市依法注册、从事跨境电子商务业务的企业，自2025年7月1日起施行，有效期至2027年6月30日。"),
    T("right", "青岛市商务局", before=10, rind=BODY * 4),
    T("right", "2025年6月3日", rind=BODY * 3),
]

QD_ZIJIN = [
    SEC(1, "new"),
    T("title", "青岛市商务局　青岛市财政局\v关于组织申报2025年度跨境电子商务综合试验区\v建设专项资金项目的通知"),
    T("center", "青商务字〔2025〕32号", font=KAI),
    SEC(2),
    T("salute", "各区（市）商务主管部门、财政局，有关企业："),
    P("根据《青岛市人民政府办公厅关于支持跨境电子商务高质量发展的若干措施》（青政办字〔2025〕25号）和《中国（青岛）跨境电子商务综合试验区建设专项资金管理办法》有关规定，现就组织申报2025年度专项资金项目有关事项通知如下："),
    T("h1", "一、支持方向"),
    P("支持建设提供通关、物流、金融、数据等服务的跨境电商公共服务平台，按照平台建设投资额的30%给予补助，最高不超过200万元。", head="（一）跨境电商公共服务平台项目。"),
    P("支持跨境电商产业园区完善公共仓储、直播选品、培训孵化等配套设施，按照项目投资额的20%给予补助，最高不超过150万元。", head="（二）跨境电商产业园区项目。"),
    P("支持行业协会、培训机构开展跨境电商人才培训，按照每培训1人1000元的标准给予补助，单个机构最高不超过50万元。", head="（三）跨境电商人才培训项目。"),
    T("h1", "二、申报要求"),
    P("（一）申报单位应当在青岛市行政区域内依法注册，具有独立法人资格，财务管理制度健全。"),
    P("（二）申报项目应当于2024年1月1日至2025年6月30日期间实施，且已完成计划投资的50%以上。"),
    P("（三）同一项目已获得其他市级财政资金支持的，不得重复申报。"),
    T("h1", "三、申报时间和方式"),
    P("（一）申报时间：2025年6月16日至7月15日。"),
    P("（二）申报方式：申报单位通过“青岛市商务发展资金管理系统”在线填报，并将纸质材料一式三份报送注册地所在区（市）商务主管部门。"),
    P("（三）注册地位于上合示范区的申报单位，将纸质材料直接报送上合示范区管委会经济发展部，由其会同胶州市财政局进行初审。", places=[QD_SCO]),
    T("h1", "四、有关要求"),
    P("（一）各区（市）商务主管部门要会同财政部门认真做好项目初审，对申报材料的真实性、完整性进行审核，并于2025年7月31日前将初审意见和项目汇总表报送市商务局、市财政局。"),
    P("（二）市商务局会同市财政局委托第三方机构对项目进行评审，根据评审结果确定支持项目和资金额度，并在市商务局网站公示5个工作日。"),
    P("（三）项目单位应当按照规定使用专项资金，自觉接受财政、审计等部门的监督检查。对虚报冒领、截留挪用专项资金的，依法依规追回资金，并按照有关规定追究责任。"),
    P("（四）联系人：市商务局电子商务处王立新，联系电话：0532-85912361；市财政局经济建设处赵晓燕，联系电话：0532-85911457。"),
    T("attach", "附件：1.2025年度跨境电商综试区专项资金项目申报书\v　　　2.项目申报汇总表\v　　　（附件略）"),
    T("right", "青岛市商务局　　青岛市财政局", before=14, rind=BODY),
    T("right", "2025年6月6日", rind=BODY * 4),
    T("note", "（此件公开发布）"),
]


def qd_cover(doc, pages):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=80, line=None)
    add_text(p, "青岛市人民政府公报", XBS, 42, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, line=None)
    add_text(p, "GAZETTE OF THE PEOPLE'S GOVERNMENT OF QINGDAO MUNICIPALITY", "Times New Roman", 10, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=40, line=None)
    add_text(p, "2025", "Times New Roman", 28, bold=True)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, line=None)
    add_text(p, "第12期（总第535期）", HEI, 16)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=120, line=None)
    add_text(p, "青岛市人民政府办公厅　主办", KAI, 14)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, line=None)
    add_text(p, "2025年6月30日出版", KAI, 14)
    # back of the cover: the 目录
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, line=None)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=14, line=None)
    add_text(p, "目　　录", XBS, 22)
    entries = [
        ("【市政府文件】", None),
        ("青岛市人民政府关于印发青岛市深度融入共建“一带一路”推动高水平对外开放三年行动方案（2025—2027年）的通知\v（青政发〔2025〕11号）", "fangan"),
        ("【市政府办公厅文件】", None),
        ("青岛市人民政府办公厅关于支持跨境电子商务高质量发展的若干措施\v（青政办字〔2025〕25号）", "cuoshi"),
        ("【政策解读】", None),
        ("《青岛市人民政府办公厅关于支持跨境电子商务高质量发展的若干措施》政策解读", "jiedu"),
        ("【部门文件】", None),
        ("青岛市商务局　青岛市财政局关于组织申报2025年度跨境电子商务综合试验区建设专项资金项目的通知\v（青商务字〔2025〕32号）", "zijin"),
    ]
    for text, key in entries:
        p = doc.add_paragraph()
        if key is None:
            fmt(p, before=10, after=2, line=24)
            add_text(p, text, HEI, 13)
        else:
            fmt(p, left=26, line=24)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            add_text(p, text + "\t" + "（%d）" % pages.get(key, 0), FS, 12)


def build_qingdao(path, pages):
    doc = new_doc()
    doc.settings.odd_and_even_pages_header_footer = True
    qd_cover(doc, pages)

    def setup(doc, sec):
        for hdr, ftr, htext, halign, falign in (
            (sec.header, sec.footer, "青岛市人民政府公报", WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.RIGHT),
            (sec.even_page_header, sec.even_page_footer, "2025年第12期", WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.LEFT),
        ):
            hdr.is_linked_to_previous = False
            ftr.is_linked_to_previous = False
            page_header(hdr, htext, halign)
            page_footer(ftr, falign)

    state = {"setup_headers": setup}
    for blocks in (QD_FANGAN, QD_CUOSHI, QD_JIEDU, QD_ZIJIN):
        render_blocks(doc, blocks, state)
    doc.save(path)


# ================================================================ answer key

def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "municipal", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


def entry(m, blocks):
    cl, pl = clauses_of(blocks)
    return {"meta": m, "clauses": cl, "applies_to": {"specific": pl}}


def expected():
    xm = [
        entry(meta(title="厦门市促进跨境电子商务发展若干规定", doc_number="厦门市人民政府令第218号",
                   issuer=["厦门市人民政府"], date="2025-01-27", published="2025-01-27",
                   region="厦门市", effective="2025-03-01", doc_type="规章",
                   repeals="《厦门市跨境电子商务管理暂行办法》（厦门市人民政府令第171号）"), XM_RULE),
        entry(meta(title="厦门市人民政府办公厅关于进一步支持中欧（厦门）班列和海铁联运高质量发展的通知",
                   doc_number="厦府办规〔2025〕3号", issuer=["厦门市人民政府办公厅"], date="2025-02-08",
                   region="厦门市", effective="2025-03-10", expires="2028-03-09",
                   attachments=["中欧（厦门）班列及海铁联运补助标准"], doc_type="通知",
                   recipients=["各区人民政府", "市直各委、办、局", "各开发区管委会", "有关单位"],
                   publicity="主动公开"), XM_BANLIE),
        entry(meta(title="厦门市商务局关于组织申报2025年度跨境电商公共海外仓专项资金的通知",
                   doc_number="厦商务〔2025〕21号", issuer=["厦门市商务局"], date="2025-02-14",
                   region="厦门市", attachments=["2025年度跨境电商公共海外仓专项资金申报表", "企业信用承诺书"],
                   doc_type="通知", recipients=["各区商务主管部门", "各有关企业"], publicity="公开发布"), XM_SHANGWU),
    ]
    qd = [
        entry(meta(title="青岛市人民政府关于印发青岛市深度融入共建“一带一路”推动高水平对外开放三年行动方案（2025—2027年）的通知",
                   doc_number="青政发〔2025〕11号", issuer=["青岛市人民政府"], date="2025-05-20",
                   region="青岛市", doc_type="通知",
                   recipients=["各区、市人民政府", "市政府各部门", "市直各单位"], publicity="公开发布"), QD_FANGAN),
        entry(meta(title="青岛市人民政府办公厅关于支持跨境电子商务高质量发展的若干措施",
                   doc_number="青政办字〔2025〕25号", issuer=["青岛市人民政府办公厅"], date="2025-05-28",
                   region="青岛市", effective="2025-07-01", expires="2027-06-30", doc_type="若干措施",
                   recipients=["各区、市人民政府", "市政府各部门", "市直各单位"], publicity="公开发布",
                   repeals="《青岛市人民政府办公厅关于加快跨境电子商务发展的若干政策措施》（青政办字〔2022〕40号）"), QD_CUOSHI),
        entry(meta(title="《青岛市人民政府办公厅关于支持跨境电子商务高质量发展的若干措施》政策解读",
                   doc_number=None, issuer=["青岛市商务局"], date="2025-06-03",
                   region="青岛市", doc_type="政策解读"), QD_JIEDU),
        entry(meta(title="青岛市商务局 青岛市财政局关于组织申报2025年度跨境电子商务综合试验区建设专项资金项目的通知",
                   doc_number="青商务字〔2025〕32号", issuer=["青岛市商务局", "青岛市财政局"], date="2025-06-06",
                   region="青岛市", attachments=["2025年度跨境电商综试区专项资金项目申报书", "项目申报汇总表"],
                   doc_type="通知", recipients=["各区（市）商务主管部门、财政局", "有关企业"],
                   publicity="公开发布"), QD_ZIJIN),
    ]
    return {"blind237_xiamen_gongbao": xm, "blind237_qingdao_gongbao": qd}


# ================================================================ print + 目录 page numbers

def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_237",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(docx_path)[0] + ".pdf"


def find_pages(pdf_path, markers, front):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf_path) as pdf:
        texts = []
        for pg in pdf.pages:
            texts.append(re.sub(r"\s+", "", pg.extract_text() or ""))
    for key, marker in markers.items():
        for i in range(front, len(texts)):
            if marker in texts[i]:
                m = re.search(r"—(\d+)—", texts[i])
                found[key] = int(m.group(1)) if m else i - front + 1
                break
    return found, len(texts)


def make(name, builder, markers, front):
    docx_path = os.path.join(HERE, name + ".docx")
    pages = {}
    for _ in range(3):
        builder(docx_path, pages)
        pdf = to_pdf(docx_path)
        new, n = find_pages(pdf, markers, front)
        if new == pages:
            break
        pages = new
    print(name, "pages:", n, "目录:", pages)


def main():
    make("blind237_xiamen_gongbao", build_xiamen,
         {"rule": "第218号", "banlie": "厦府办规〔2025〕3号", "shangwu": "厦商务〔2025〕21号"}, 1)
    make("blind237_qingdao_gongbao", build_qingdao,
         {"fangan": "青政发〔2025〕11号", "cuoshi": "青政办字〔2025〕25号", "jiedu": "政策解读",
          "zijin": "青商务字〔2025〕32号"}, 2)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    print("expected.json written")


if __name__ == "__main__":
    main()
