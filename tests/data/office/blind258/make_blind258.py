# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 258: foreign-investment / trade access lists and catalogues.

Writes, next to this script:
  blind258_national_fumianqingdan.docx/.pdf  国家发展和改革委员会 商务部令第67号 (自贸试验区负面清单2026年版)
  blind258_yunnan_mulu.docx/.pdf             云南省商务厅 跨境服务贸易鼓励发展目录 通知
  blind258_hainan_lingguanshui.docx/.pdf     财政部 海关总署 税务总局 增列“零关税”原辅料清单 通知
  blind258_sichuan_xuke.html                 四川省人民政府 决定 (web page saved from the browser)
  expected.json
Run:  . /work/venv/bin/activate && python make_blind258.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"

EXPECTED = {}


# --------------------------------------------------------------------------- helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)
    return run


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    doc.settings.odd_and_even_pages_header_footer = True
    add_page_numbers(sec)
    return doc


def _page_field(par, font=SONG, size=14):
    set_run_font(par.add_run("— "), font, size)
    r = par.add_run()
    set_run_font(r, font, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r2 = par.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = par.add_run()
    set_run_font(r3, font, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._element.append(s)
    r4 = par.add_run("1")
    set_run_font(r4, font, size)
    r5 = par.add_run()
    set_run_font(r5, font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._element.append(e)
    set_run_font(par.add_run(" —"), font, size)


def add_page_numbers(sec):
    """GB/T 9704: odd pages right (空一字), even pages left (空一字)."""
    odd = sec.footer.paragraphs[0]
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    odd.paragraph_format.right_indent = Pt(14)
    _page_field(odd)
    even = sec.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(14)
    _page_field(even)


def para(doc_or_cell, text="", font=FS, size=16, align=None, indent=True, bold=False,
         color=None, line=None, before=0, after=0, left=None, right=None, scale=None):
    p = doc_or_cell.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "dist":
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if text:
        parts = text.split("\n")  # "\n" inside a paragraph text = soft line break
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_run_font(r, font, size, bold, color, scale)
            if i < len(parts) - 1:
                r.add_break()
    return p


def runin(doc, head, rest, head_font=KAI, font=FS, size=16):
    """Run-in heading: 楷体 heading + 仿宋 body in one paragraph."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(size * 2)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    set_run_font(p.add_run(head), head_font, size)
    set_run_font(p.add_run(rest), font, size)
    return p


def border(p, side="bottom", color="E60012", sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def red_rule(doc):
    p = para(doc, "", indent=False, line=10)
    border(p, "bottom", "E60012", 12)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_text(cell, text, font=FS, size=12, bold=False, align=None, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(line)
    set_run_font(p.add_run(text), font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def col_widths(table, widths_mm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for tc in row._tr.findall(qn("w:tc")):
            pass
        seen = set()
        for i, w in enumerate(widths_mm):
            c = row.cells[i]
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            span = c._tc.grid_span
            c.width = Mm(sum(widths_mm[i:i + span]))


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    """版记: 抄送 + 印发机关/印发日期 between rules."""
    para(doc, "", indent=False)
    p1 = para(doc, chaosong, size=14, indent=False, left=14, right=14, line=24)
    border(p1, "top", "000000", 8, 4)
    border(p1, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.line_spacing = Pt(24)
    tab_pos = Mm(150)
    p2.paragraph_format.tab_stops.add_tab_stop(tab_pos, alignment=2)  # right tab
    set_run_font(p2.add_run(yinfa_organ + "\t" + yinfa_date), FS, 14)
    border(p2, "bottom", "000000", 8, 4)


def save(doc, stem):
    path = HERE / f"{stem}.docx"
    doc.save(path)
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_258",
         "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(cols, vals):
    return "；".join(f"{c}：{v}" for c, v in zip(cols, vals) if v)


# =========================================================================== doc 1
def make_national():
    stem = "blind258_national_fumianqingdan"
    title = "自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）"
    doc = new_doc()
    # 版头: two organs + 令 (联合令 layout in a borderless table)
    para(doc, "", indent=False, line=20)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "中华人民共和国国家发展和改革委员会", XBS, 20, color=RED, align="center", line=40)
    cell_text(t.cell(1, 0), "中华人民共和国商务部", XBS, 20, color=RED, align="center", line=40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "令", XBS, 48, color=RED, align="center", line=60)
    col_widths(t, [128, 28])
    para(doc, "", indent=False)
    para(doc, "第67号", align="center", indent=False)
    para(doc, "", indent=False)
    ling = ("《" + title + "》已经2025年12月12日国家发展和改革委员会第31次委务会议审议通过，"
            "并经党中央、国务院同意，现予公布，自2026年2月1日起施行。2021年12月27日国家发展和改革委员会、"
            "商务部令第48号公布的《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》同时废止。")
    para(doc, ling, align="justify")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "主　任　林国栋　　　　部　长　周承远", align="right", indent=False, right=32)
    para(doc, "", indent=False)
    para(doc, "2025年12月26日", align="right", indent=False, right=64)
    clauses = [ling]

    p = para(doc, "自由贸易试验区外商投资准入特别管理措施", XBS, 22, align="center", indent=False, line=36)
    p.paragraph_format.page_break_before = True
    para(doc, "（负面清单）（2026年版）", XBS, 22, align="center", indent=False, line=36)
    para(doc, "", indent=False)
    para(doc, "说　明", HEI, 16, align="center", indent=False)
    shuoming = [
        "一、《自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》（以下简称《自贸试验区负面清单》）统一列出股权要求、高管要求等外商投资准入方面的特别管理措施，适用于全国各自由贸易试验区。《自贸试验区负面清单》之外的领域，按照内外资一致原则实施管理。",
        "二、《自贸试验区负面清单》对部分领域列明了取消或放宽准入限制的过渡期，过渡期满后将按时取消或放宽其准入限制。",
        "三、境外投资者不得作为个体工商户、个人独资企业投资人、农民专业合作社成员，从事投资经营活动。",
        "四、有关主管部门在依法履行职责过程中，对境外投资者拟投资《自贸试验区负面清单》内领域但不符合其规定的，不予办理许可、企业登记注册等相关事项；涉及固定资产投资项目核准的，不予办理相关核准事项。投资有股权要求的领域，不得设立外商投资合伙企业。",
        "五、经国务院有关主管部门审核并报国务院批准，特定外商投资可以不适用《自贸试验区负面清单》中相关领域的规定。",
        "六、《自贸试验区负面清单》中未列出的文化、金融等领域与行政审批、资质条件、国家安全等相关措施，以及境外投资者在境内从事投资经营活动应当遵守的其他规定，按照现行规定执行。",
        "七、《内地与香港关于建立更紧密经贸关系的安排》《内地与澳门关于建立更紧密经贸关系的安排》及其后续协议、《海峡两岸经济合作框架协议》及其后续协议以及我国缔结或者参加的国际条约、协定对境外投资者准入待遇有更优惠规定的，可以按照相关规定执行。",
        "八、海南自由贸易港实施外商投资准入特别管理措施，按照《海南自由贸易港外商投资准入特别管理措施（负面清单）》执行；该清单未作规定的，适用《自贸试验区负面清单》。",
        "九、《自贸试验区负面清单》由国家发展和改革委员会、商务部会同有关部门负责解释。",
    ]
    for s in shuoming:
        para(doc, s, align="justify")
    clauses += shuoming
    specific = {shuoming[7][:24]: ["海南自由贸易港"]}

    groups = [
        ("一、农、林、牧、渔业", [
            "小麦、玉米新品种选育和种子生产须由中方控股。",
            "禁止投资中国稀有和特有的珍贵优良品种的研发、养殖、种植以及相关繁殖材料的生产（包括种植业、畜牧业、水产业的优良基因）。",
            "禁止投资农作物、种畜禽、水产苗种转基因品种选育及其转基因种子（苗）生产。",
        ]),
        ("二、采矿业", [
            "禁止投资稀土、放射性矿产、钨勘查、开采及选矿。未经允许，不得进入稀土矿区或者取得矿山地质资料、矿石样品及生产工艺技术。",
        ]),
        ("三、电力、热力、燃气及水生产和供应业", [
            "核电站的建设、经营须由中方控股。",
        ]),
        ("四、批发和零售业", [
            "禁止投资烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售。",
        ]),
        ("五、交通运输、仓储和邮政业", [
            "国内水上运输公司须由中方控股，且不得以租用中国籍船舶或者舱位等方式变相经营国内水路运输业务及其辅助业务。水路运输经营者不得使用外国籍船舶经营国内水路运输业务，但经中国政府批准，在国内没有能够满足所申请运输要求的中国籍船舶，并且船舶停靠的港口或者水域为对外开放的港口或者水域的情况下，水路运输经营者可以在中国政府规定的期限或者航次内，临时使用外国籍船舶经营中国港口之间的海上运输和拖航。",
            "公共航空运输公司须由中方控股，且一家外国投资者及其关联企业投资比例不得超过25%，法定代表人须由中国籍公民担任。通用航空公司的法定代表人须由中国籍公民担任，其中农、林、渔业通用航空公司限于合资，其他通用航空公司限于中方控股。",
            "民用机场的建设、经营须由中方相对控股。外方不得参与建设、运营机场塔台。",
            "禁止投资邮政公司、信件的国内快递业务。",
        ]),
        ("六、信息传输、软件和信息技术服务业", [
            "电信公司：限于中国入世承诺开放的电信业务，增值电信业务的外资股比不超过50%（电子商务、国内多方通信、存储转发类、呼叫中心、应用商店、信息服务业务除外），基础电信业务须由中方控股，且经营者须为依法设立的专门从事基础电信业务的公司。",
            "禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）、互联网公众发布信息服务（上述服务中，中国入世承诺中已开放的内容除外）。",
        ]),
        ("七、租赁和商务服务业", [
            "禁止投资中国法律事务（提供有关中国法律环境影响的信息除外），不得成为国内律师事务所合伙人。",
            "禁止投资社会调查。",
        ]),
        ("八、科学研究和技术服务业", [
            "禁止投资人体干细胞、基因诊断与治疗技术开发和应用。",
            "禁止投资人文社会科学研究机构。",
            "禁止投资大地测量、海洋测绘、测绘航空摄影、地面移动测量、行政区域界线测绘，地形图、世界政区地图、全国政区地图、省级及以下政区地图、全国性教学地图、地方性教学地图、真三维地图和导航电子地图编制，区域性的地质填图、矿产地质、地球物理、地球化学、水文地质、环境地质、地质灾害、遥感地质等调查（矿业权人在其矿业权范围内开展工作不受此特别管理措施限制）。",
        ]),
        ("九、教育", [
            "学前、普通高中和高等教育机构限于中外合作办学，须由中方主导（校长或者主要行政负责人应当具有中国国籍，理事会、董事会或者联合管理委员会的中方组成人员不得少于1/2）。",
            "禁止投资义务教育机构、宗教教育机构。",
        ]),
        ("十、卫生和社会工作", [
            "医疗机构限于合资，但经国务院批准开展外商独资医院试点的除外。",
        ]),
        ("十一、文化、体育和娱乐业", [
            "禁止投资新闻机构（包括但不限于通讯社）。",
            "禁止投资各级广播电台（站）、电视台（站）、广播电视频道（率）、广播电视传输覆盖网（发射台、转播台、广播电视卫星、卫星上行站、卫星收转站、微波站、监测台及有线广播电视传输覆盖网等），禁止从事广播电视视频点播业务和卫星电视广播地面接收设施安装服务。",
            "禁止投资广播电视节目制作经营（含引进业务）公司。",
            "禁止投资电影制作公司、发行公司、院线公司以及电影引进业务。",
            "禁止投资文物拍卖的拍卖公司、文物商店和国有文物博物馆。",
            "文艺表演团体须由中方控股。",
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    tb = doc.add_table(rows=nrows, cols=2, style="Table Grid")
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    cols = ["序号", "特别管理措施"]
    cell_text(tb.cell(0, 0), "序号", HEI, 14, align="center")
    cell_text(tb.cell(0, 1), "特别管理措施", HEI, 14, align="center")
    repeat_header(tb.rows[0])
    r = 1
    n = 0
    for g, items in groups:
        mc = tb.cell(r, 0).merge(tb.cell(r, 1))
        cell_text(mc, g, HEI, 14, line=24)
        r += 1
        for it in items:
            n += 1
            cell_text(tb.cell(r, 0), str(n), FS, 14, align="center", line=24)
            cell_text(tb.cell(r, 1), it, FS, 14, align="justify", line=24)
            clauses.append(row_clause(cols, [str(n), it]))
            r += 1
    col_widths(tb, [18, 138])
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "国家发展和改革委员会 商务部令第67号",
            "issuer": ["国家发展和改革委员会", "商务部"],
            "date": "2025-12-26",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": [],
            "doc_type": "令",
            "recipients": [],
            "publicity": None,
            "repeals": "《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》（国家发展和改革委员会、商务部令第48号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =========================================================================== doc 2
def make_yunnan():
    stem = "blind258_yunnan_mulu"
    att = "中国（云南）自由贸易试验区跨境服务贸易鼓励发展目录（2025年版）"
    title = "云南省商务厅关于印发《" + att + "》的通知"
    doc = new_doc()
    para(doc, "", indent=False, line=30)
    para(doc, "云南省商务厅文件", XBS, 42, align="center", indent=False, color=RED, line=60, scale=80)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "云商服贸〔2025〕37号", align="center", indent=False)
    red_rule(doc)
    para(doc, "", indent=False)
    para(doc, "云南省商务厅关于印发《中国（云南）\n自由贸易试验区跨境服务贸易鼓励发展目录\n（2025年版）》的通知",
         XBS, 22, align="center", indent=False, line=36)
    para(doc, "", indent=False)
    zhusong = "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会，各州（市）商务局，省直有关部门："
    para(doc, zhusong, indent=False, align="justify")
    C = []
    spec = {}

    def body(text):
        para(doc, text, align="justify")
        C.append(text)

    def rbody(head, rest, places=None):
        runin(doc, head, rest)
        C.append(head + rest)
        if places:
            spec[(head + rest)[:20]] = places

    def h1(text):
        para(doc, text, HEI, 16)

    body("为贯彻落实《国务院关于印发中国（云南）自由贸易试验区总体方案的通知》（国发〔2019〕16号）和省委、省政府关于推动服务贸易高质量发展的部署要求，发挥自由贸易试验区改革开放试验田作用，加快建设面向南亚东南亚的服务贸易开放门户，我厅研究制定了《"
         + att + "》（以下简称《目录》），现印发给你们，并就有关事项通知如下。")
    h1("一、充分发挥《目录》引导作用")
    rbody("（一）精准对接招商。", "各片区要对照《目录》梳理跨境服务贸易重点企业和项目清单，面向共建“一带一路”国家和《区域全面经济伙伴关系协定》（RCEP）成员国开展精准招商，每年至少组织1次专题推介活动。")
    rbody("（二）强化项目储备。", "各片区要建立《目录》内项目储备库，实行动态管理，每半年向省商务厅报送一次项目进展情况。")
    h1("二、推动片区差异化发展")
    rbody("（一）昆明片区。", "重点发展数字贸易、跨境金融服务、国际医疗健康服务，建设面向南亚东南亚的区域性国际数据服务中心和服务外包基地。", ["昆明片区"])
    rbody("（二）红河片区。", "重点发展跨境物流、保税维修、跨境电商综合服务，依托河口口岸和红河综合保税区推动中越跨境供应链服务一体化发展。", ["红河片区"])
    rbody("（三）德宏片区。", "重点发展跨境旅游、跨境人力资源服务、边境贸易结算服务，依托瑞丽口岸建设面向缅甸的跨境服务贸易合作平台。", ["德宏片区"])
    h1("三、加大政策支持力度")
    rbody("（一）资金支持。", "对《目录》内跨境服务贸易项目，省级商务发展专项资金按照以下标准给予支持：")
    body("1.对年度跨境服务贸易进出口额首次突破1亿美元、5000万美元的企业，分别给予一次性奖励50万元、30万元；")
    body("2.对新认定的省级服务贸易创新发展示范项目，按照以下标准给予补助：")
    body("（1）数字贸易类项目，按项目实际投资额的20%给予补助，最高不超过100万元；")
    body("（2）其他类项目，按项目实际投资额的10%给予补助，最高不超过50万元。")
    body("3.同一企业同一年度符合本条第1项、第2项支持条件的，按照“就高不重复”原则执行。")
    rbody("（二）金融支持。", "鼓励金融机构对《目录》内企业开展跨境人民币结算便利化试点，对符合条件的企业优先纳入优质企业贸易外汇收支便利化名单。")
    h1("四、认真组织实施")
    body("（一）各片区管委会要会同所在州（市）商务部门做好《目录》宣传解读和政策落实工作，执行中遇到的问题请及时向省商务厅服务贸易处反馈。")
    body("（二）本通知自2025年10月1日起施行，有效期至2028年9月30日。《目录》根据国家政策调整和片区发展情况适时修订。")
    para(doc, "", indent=False)
    p = para(doc, "附件：" + att[:13] + "\n" + att[13:], left=32 + 48, indent=False)
    p.paragraph_format.first_line_indent = Pt(-48)
    para(doc, "", indent=False)
    para(doc, "云南省商务厅", align="right", indent=False, right=64)
    para(doc, "2025年9月16日", align="right", indent=False, right=48)
    para(doc, "（此件公开发布）")

    # 附件: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(doc, "附件", HEI, 16, indent=False)
    para(doc, att, XBS, 20, align="center", indent=False, line=32)
    para(doc, "", indent=False, line=14)
    cats = [
        ("数字贸易", [
            ("软件和信息技术服务", "面向南亚东南亚国家提供软件开发、信息系统集成、云计算和数据处理服务，承接跨境信息技术外包业务。"),
            ("数字内容服务", "开展数字出版、网络游戏、动漫及影视后期制作等数字内容出口，支持小语种本地化翻译服务。"),
            ("跨境数据服务", "在依法合规前提下开展数据标注、数据存储及灾备等跨境数据服务。"),
        ]),
        ("运输与物流", [
            ("国际道路运输服务", "发展中老、中越、中缅国际道路货物运输，推动国际道路运输“门到门”全程服务。"),
            ("国际多式联运服务", "依托中老铁路发展铁公、铁海多式联运及“一单制”运输服务。"),
            ("供应链管理服务", "提供跨境采购、分拨配送、供应链金融等一体化供应链管理服务。"),
        ]),
        ("维修与检测", [
            ("保税维修服务", "按照海关监管要求开展航空器部件、工程机械、电子产品等保税维修和再制造业务。"),
            ("检验检测认证服务", "为进出口商品提供检验检测、计量校准、认证认可服务，推动检测结果国际互认。"),
        ]),
        ("金融服务", [
            ("跨境金融服务", "开展跨境人民币结算、跨境投融资、出口信用保险及跨境保理服务。"),
            ("货币兑换与结算服务", "发展人民币与周边国家货币的兑换、结算服务，推动边境贸易本币结算。"),
        ]),
        ("旅游与健康", [
            ("跨境旅游服务", "开发跨境自驾游、边境旅游精品线路，提供面向境外游客的旅行社、导游及在线旅游服务。"),
            ("国际医疗健康服务", "为境外患者提供诊疗、康复及中医药（民族医药）健康服务，发展远程医疗会诊服务。"),
        ]),
        ("专业服务", [
            ("法律与商事争端解决服务", "为涉外企业提供法律咨询、商事调解及仲裁服务。"),
            ("跨境人力资源服务", "提供跨境劳务合作、职业技能培训、人才中介及外籍人员服务。"),
            ("语言与会展服务", "提供南亚东南亚小语种翻译服务，承办国际性展览、会议及经贸洽谈活动。"),
        ]),
    ]
    cols = ["类别", "序号", "服务领域", "主要内容"]
    nrows = 1 + sum(len(c[1]) for c in cats)
    tb = doc.add_table(rows=nrows, cols=4, style="Table Grid")
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(tb.cell(0, i), c, HEI, 14, align="center")
    repeat_header(tb.rows[0])
    r, n = 1, 0
    for cat, items in cats:
        top = r
        for fld, txt in items:
            n += 1
            cell_text(tb.cell(r, 1), str(n), FS, 12, align="center", line=18)
            cell_text(tb.cell(r, 2), fld, FS, 12, line=18)
            cell_text(tb.cell(r, 3), txt, FS, 12, align="justify", line=18)
            C.append(row_clause(cols, [cat, str(n), fld, txt]))
            r += 1
        if r - 1 > top:
            mc = tb.cell(top, 0).merge(tb.cell(r - 1, 0))
        else:
            mc = tb.cell(top, 0)
        cell_text(mc, cat, FS, 12, align="center", line=18)
    col_widths(tb, [30, 16, 52, 127])
    para(doc, "注：", FS, 12, indent=False, before=4, line=20)
    notes = [
        "1.本目录所称跨境服务贸易，包括跨境交付、境外消费、商业存在和自然人移动四种提供模式。",
        "2.本目录所列领域涉及前置审批或者资质许可的，应当依法取得相关许可后方可开展业务。",
        "3.本目录由云南省商务厅负责解释。",
    ]
    for nt in notes:
        para(doc, nt, FS, 12, indent=False, left=24, line=20)
        C.append(nt)
    banji(doc, "抄送：商务部服务贸易和商贸服务业司，省人民政府办公厅，省发展改革委、省财政厅、省委金融办，昆明海关。",
          "云南省商务厅办公室", "2025年9月18日印发")
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "云商服贸〔2025〕37号",
            "issuer": ["云南省商务厅"],
            "date": "2025-09-16",
            "published": "2025-09-18",
            "level": "provincial",
            "region": "中国（云南）自由贸易试验区",
            "effective": "2025-10-01",
            "expires": "2028-09-30",
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会", "各州（市）商务局", "省直有关部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": C,
        "applies_to": {"specific": spec},
    }]


# =========================================================================== doc 3
def make_hainan():
    stem = "blind258_hainan_lingguanshui"
    title = "财政部 海关总署 税务总局关于增列海南自由贸易港原辅料“零关税”政策商品清单的通知"
    att = "增列海南自由贸易港“零关税”原辅料清单商品"
    doc = new_doc()
    para(doc, "", indent=False, line=20)
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["财　政　部", "海关总署", "税务总局"]):
        cell_text(t.cell(i, 0), org, XBS, 36, color=RED, align="center", line=46)
        t.cell(i, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    m = t.cell(0, 1).merge(t.cell(2, 1))
    cell_text(m, "文件", XBS, 36, color=RED, align="center", line=46)
    col_widths(t, [100, 44])
    para(doc, "", indent=False)
    para(doc, "财关税〔2025〕14号", align="center", indent=False)
    red_rule(doc)
    para(doc, "", indent=False)
    para(doc, "财政部 海关总署 税务总局\n关于增列海南自由贸易港原辅料“零关税”\n政策商品清单的通知",
         XBS, 22, align="center", indent=False, line=36)
    para(doc, "", indent=False)
    para(doc, "海南省财政厅，海关总署广东分署，海口海关，国家税务总局海南省税务局：", indent=False, align="justify")
    C = []
    spec = {}
    items = [
        "为进一步支持海南自由贸易港建设，促进海南加工增值产业发展，经国务院同意，现就增列海南自由贸易港原辅料“零关税”政策商品清单有关事项通知如下：",
        "一、在《财政部 海关总署 税务总局关于海南自由贸易港原辅料“零关税”政策的通知》（财关税〔2020〕42号）所附《海南自由贸易港“零关税”原辅料清单》基础上，增列咖啡生豆、可可豆、天然橡胶等18项商品（见附件）。",
        "二、增列商品的享受主体、适用范围和监管要求，按照财关税〔2020〕42号文件有关规定执行。",
        "三、附件所列第15项至第18项商品，仅限在洋浦经济开发区内注册登记并具有独立法人资格的企业进口，用于生产自用或者以“两头在外”模式进行生产加工活动。",
        "四、海南省相关部门应通过信息化等手段加强监管，防控可能的风险，及时查处违规行为，确保“零关税”原辅料仅在海南自由贸易港内用于规定的生产经营活动。",
        "五、本通知自2025年8月1日起执行。附件备注栏另有执行日期的，从其规定。",
    ]
    for it in items[:4]:
        para(doc, it, align="justify")
    # items 四 and 五 typed as one paragraph with a soft line break (Shift+Enter)
    para(doc, items[4] + "\n" + items[5], align="justify")
    C += items
    spec[items[3][:22]] = ["洋浦经济开发区"]
    para(doc, "", indent=False)
    para(doc, "附件：" + att, align="justify")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "财政部　　　　海关总署　　　　税务总局", align="right", indent=False, right=16)
    para(doc, "2025年7月3日", align="right", indent=False, right=96)
    para(doc, "（此件公开发布）")
    p = para(doc, "附件", HEI, 16, indent=False)
    p.paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    para(doc, att, XBS, 20, align="center", indent=False, line=32)
    para(doc, "", indent=False, line=14)
    YP = "限洋浦经济开发区内企业进口"
    rows = [
        ("0901.1100", "未浸除咖啡碱的未焙炒咖啡", ""),
        ("1801.0000", "整颗或破碎的可可豆，生的或焙炒的", ""),
        ("4001.2100", "天然橡胶烟胶片", ""),
        ("4001.2200", "技术分类天然橡胶（TSNR）", ""),
        ("1511.1000", "初榨的棕榈油", "自2025年10月1日起执行"),
        ("ex1513.1100", "初榨的椰子油", "用于食品加工"),
        ("0801.1900", "其他鲜或干的椰子", "不包括种用"),
        ("4403.4990", "其他热带原木", ""),
        ("5201.0000", "未梳的棉花", "自2025年10月1日起执行"),
        ("3901.1000", "初级形状的比重小于0.94的聚乙烯", ""),
        ("3902.1000", "初级形状的聚丙烯", ""),
        ("2901.2100", "乙烯", ""),
        ("2905.3100", "乙二醇", ""),
        ("7601.1090", "其他未锻轧非合金铝", ""),
        ("2711.1100", "液化天然气", YP),
        ("ex2707.5000", "其他芳烃混合物（用于生产对二甲苯）", YP),
        ("ex2710.1999", "其他重油（用作炼化原料）", YP),
        ("2902.4300", "对二甲苯", YP),
    ]
    cols = ["序号", "税则号列", "商品名称", "备注"]
    tb = doc.add_table(rows=1 + len(rows), cols=4, style="Table Grid")
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(tb.cell(0, i), c, HEI, 14, align="center")
    repeat_header(tb.rows[0])
    for k, (code, name, note) in enumerate(rows, 1):
        cell_text(tb.cell(k, 0), str(k), FS, 14, align="center", line=22)
        cell_text(tb.cell(k, 1), code, FS, 12, align="center", line=22)
        cell_text(tb.cell(k, 2), name, FS, 14, line=22)
        cell_text(tb.cell(k, 3), note, FS, 12, line=20)
        cl = row_clause(cols, [str(k), code, name, note])
        C.append(cl)
        if note == YP:
            spec[cl[:20]] = ["洋浦经济开发区"]
    col_widths(tb, [14, 34, 66, 42])
    para(doc, "注：1.税则号列为《中华人民共和国进出口税则（2025）》的税则号列。", FS, 14, indent=False, before=6, line=24)
    para(doc, "2.“ex”表示该税则号列项下的部分商品，以商品名称描述为准。", FS, 14, indent=False, left=28, line=24)
    C.append("1.税则号列为《中华人民共和国进出口税则（2025）》的税则号列。")
    C.append("2.“ex”表示该税则号列项下的部分商品，以商品名称描述为准。")
    banji(doc, "抄送：海南省人民政府，国家发展改革委，商务部，海关总署各直属海关，财政部海南监管局。",
          "财政部办公厅", "2025年7月8日印发")
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "财关税〔2025〕14号",
            "issuer": ["财政部", "海关总署", "税务总局"],
            "date": "2025-07-03",
            "published": "2025-07-08",
            "level": "national",
            "region": "海南自由贸易港",
            "effective": "2025-08-01",
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["海南省财政厅", "海关总署广东分署", "海口海关", "国家税务总局海南省税务局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": C,
        "applies_to": {"specific": spec},
    }]


# =========================================================================== doc 4 (HTML)
def make_sichuan():
    stem = "blind258_sichuan_xuke"
    title = "四川省人民政府关于在中国（四川）自由贸易试验区调整实施一批省级行政许可事项的决定"
    att = "中国（四川）自由贸易试验区调整实施的省级行政许可事项目录"
    C = []
    spec = {}
    paras = [
        "为深入实施自由贸易试验区提升战略，推动中国（四川）自由贸易试验区（以下简称四川自贸试验区）在深化“放管服”改革方面先行先试，根据《中华人民共和国行政许可法》和国务院关于在自由贸易试验区开展“证照分离”改革的有关规定，省政府决定，在四川自贸试验区取消、下放或者委托实施一批省级行政许可事项（目录附后）。",
        "省政府有关部门和四川自贸试验区各片区所在地市人民政府要加强工作衔接，及时调整完善相关配套制度，确保取消、下放或者委托实施的事项落得下、接得住、管得好。",
        "对取消审批的事项，有关部门要通过加强信用监管、“双随机、一公开”监管等方式强化事中事后监管；对下放或者委托实施的事项，承接单位要严格按照法定条件和程序办理，省级主管部门要加强业务指导和监督检查。",
        "川南临港片区承接的事项，由泸州市人民政府统筹明确承接主体，并报省政府推进政府职能转变和“放管服”改革协调小组办公室备案。",
        "本决定自2025年11月1日起施行。",
    ]
    C += paras
    spec[paras[3][:20]] = ["川南临港片区"]
    TF, QB, CN = "成都天府新区片区", "成都青白江铁路港片区", "川南临港片区"
    rows = [
        ("外商投资旅行社业务经营许可", "《旅行社条例》", "委托实施", TF),
        ("国际道路运输经营许可", "《中华人民共和国道路运输条例》", "下放实施", QB),
        ("对外劳务合作经营资格核准", "《对外劳务合作管理条例》", "委托实施", "各片区"),
        ("药品零售企业筹建审批", "《中华人民共和国药品管理法实施条例》", "取消审批", "各片区"),
        ("港口经营许可", "《中华人民共和国港口法》《港口经营管理规定》", "下放实施", CN),
        ("危险化学品经营许可（不带储存设施）", "《危险化学品安全管理条例》", "下放实施", CN),
        ("建筑业企业资质（施工总承包二级）核准", "《中华人民共和国建筑法》《建设工程质量管理条例》", "委托实施", TF + "、" + CN),
        ("外商投资人力资源服务机构设立许可", "《人力资源市场暂行条例》", "委托实施", TF),
        ("食品经营许可（仅销售预包装食品）", "《中华人民共和国食品安全法》", "取消审批，改为备案", "各片区"),
        ("中外合作职业技能培训机构设立审批", "《中华人民共和国中外合作办学条例》", "委托实施", TF + "、" + QB),
        ("企业投资铁路专用线项目核准", "《企业投资项目核准和备案管理条例》", "下放实施", QB),
        ("出版物批发业务许可", "《出版管理条例》", "委托实施", "各片区"),
    ]
    cols = ["序号", "事项名称", "设定依据", "调整方式", "实施片区"]
    trs = []
    for k, (name, basis, how, where) in enumerate(rows, 1):
        trs.append(
            "<tr><td align=\"center\">%d</td><td>%s</td><td>%s</td><td align=\"center\">%s</td><td>%s</td></tr>"
            % (k, name, basis, how, where))
        cl = row_clause(cols, [str(k), name, basis, how, where])
        C.append(cl)
        if where != "各片区":
            spec[cl[:20]] = [w for w in where.split("、")]
    body_ps = "\n".join(
        '<p style="text-indent:2em;">%s</p>' % p for p in paras)
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0072)https://www.sc.gov.cn/10462/zfwjts/2025/10/22/c3b8e61f02a4417fb2d6a2c1.shtml -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title} - 四川省人民政府网站</title>
<meta name="SiteName" content="四川省人民政府网站">
<meta name="ColumnName" content="省政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-10-22 16:30">
<meta name="ContentSource" content="四川省人民政府办公厅">
<link rel="stylesheet" href="./blind258_sichuan_xuke_files/common.css">
<style>
body{{font-family:"Microsoft YaHei",SimSun;margin:0;color:#333}}
.top{{background:#c00;color:#fff;padding:6px 40px;font-size:13px}}
.nav a{{margin:0 12px;color:#fff}}
.crumb{{width:1000px;margin:10px auto;font-size:13px;color:#666}}
.info{{width:1000px;margin:0 auto;border:1px solid #ddd;font-size:14px}}
.info td{{padding:6px 10px}}
.main{{width:1000px;margin:20px auto;font-size:18px;line-height:1.9}}
.main h1{{text-align:center;font-size:24px;color:#c00}}
.tb{{border-collapse:collapse;width:100%;font-size:15px}}
.tb td,.tb th{{border:1px solid #000;padding:4px 6px}}
.foot{{background:#f2f2f2;text-align:center;font-size:12px;padding:16px;color:#777}}
</style>
</head>
<body>
<div class="top">
 <span>四川省人民政府 www.sc.gov.cn</span>
 <span class="nav"><a href="#">首页</a><a href="#">省情</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">数据开放</a></span>
 <span style="float:right">无障碍 | 长者模式 | 繁體 | English</span>
</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">省政府文件</a></div>
<table class="info">
<tr><td>索 引 号：</td><td>11510000008179025X/2025-00317</td><td>主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td>发文机关：</td><td>四川省人民政府</td><td>成文日期：</td><td>2025年10月15日</td></tr>
<tr><td>标　　题：</td><td colspan="3">{title}</td></tr>
<tr><td>发文字号：</td><td>川府发〔2025〕21号</td><td>发布日期：</td><td>2025年10月22日</td></tr>
<tr><td>有 效 性：</td><td colspan="3">有效</td></tr>
</table>
<div class="main">
<h1>{title}</h1>
<div class="tool" style="text-align:center;font-size:13px;color:#888">发布时间：2025-10-22 16:30　来源：四川省人民政府办公厅　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="#">打印</a>　分享到：</div>
<div id="zoom" class="TRS_Editor">
<p style="text-align:center;">川府发〔2025〕21号</p>
<p>各市（州）人民政府，省政府各部门、各直属机构，有关单位：</p>
{body_ps}
<p style="text-indent:2em;">附件：{att}</p>
<p style="text-align:right;">四川省人民政府</p>
<p style="text-align:right;">2025年10月15日</p>
<p style="text-indent:2em;">（此件公开发布）</p>
<p><b>附件</b></p>
<p style="text-align:center;font-size:20px;"><b>{att}</b></p>
<table class="tb">
<tr><th>序号</th><th>事项名称</th><th>设定依据</th><th>调整方式</th><th>实施片区</th></tr>
{chr(10).join(trs)}
</table>
</div>
<div class="related" style="margin-top:30px;font-size:14px">
<p><b>相关链接：</b></p>
<ul>
<li><a href="#">【政策解读】《关于在中国（四川）自由贸易试验区调整实施一批省级行政许可事项的决定》政策解读</a> 2025-10-23</li>
<li><a href="#">四川省人民政府关于印发中国（四川）自由贸易试验区提升行动方案的通知</a> 2025-06-18</li>
<li><a href="#">四川省人民政府关于取消和调整一批行政权力事项的决定</a> 2024-12-30</li>
</ul>
</div>
<div style="text-align:center;font-size:14px;margin-top:20px">[<a href="#">打印本页</a>] [<a href="#">关闭窗口</a>]　扫一扫在手机打开当前页</div>
</div>
<div class="foot">
<p>主办：四川省人民政府办公厅　承办：四川省大数据中心　网站标识码：5100000062</p>
<p>蜀ICP备05003828号-2　川公网安备 51010402000207号</p>
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
</div>
</body></html>
"""
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "川府发〔2025〕21号",
            "issuer": ["四川省人民政府"],
            "date": "2025-10-15",
            "published": "2025-10-22",
            "level": "provincial",
            "region": "中国（四川）自由贸易试验区",
            "effective": "2025-11-01",
            "expires": None,
            "attachments": [att],
            "doc_type": "决定",
            "recipients": ["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": C,
        "applies_to": {"specific": spec},
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_national()
    make_yunnan()
    make_hainan()
    make_sichuan()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses")
