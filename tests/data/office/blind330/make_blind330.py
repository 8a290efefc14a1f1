# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 330: 清单 documents (negative list, 片区 service list,
province replication list).  Writes .docx + .pdf (LibreOffice) and expected.json next to itself.

Run:  . /work/venv/bin/activate && python make_blind330.py
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent_chars=0, line=28, before=0, after=0, right_chars=0, exact=True):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    else:
        pf.line_spacing = 1.0
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars or right_chars:
        pPr = p._p.get_or_add_pPr()
        ind = pPr.find(qn("w:ind"))
        if ind is None:
            ind = OxmlElement("w:ind")
            pPr.append(ind)
        if indent_chars:
            ind.set(qn("w:firstLineChars"), str(indent_chars * 100))
            ind.set(qn("w:firstLine"), str(indent_chars * 320))
        if right_chars:
            ind.set(qn("w:rightChars"), str(right_chars * 100))
            ind.set(qn("w:right"), str(right_chars * 320))
    return p


def add_par(container, runs, align=None, indent_chars=0, line=28, before=0, after=0, right_chars=0):
    """runs: list of (text, font, size, bold, color) or a plain string (仿宋 16)."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False, None)]
    for r in runs:
        text, font, size, bold, color = (list(r) + [None] * 5)[:5]
        parts = text.split("\v")  # \v = soft line break inside a paragraph
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break()
                set_font(br, font, size)
            run = p.add_run(part)
            set_font(run, font, size, bold, color)
    fmt(p, align, indent_chars, line, before, after, right_chars)
    return p


def blank(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, line=line)


def border_bottom(p, color="FF0000", sz=18, space=4):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pBdr.append(b)
    pPr.append(pBdr)


def page_setup(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(35), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(22)
    sec.header_distance = Mm(15)


def _page_field(p):
    def fld(kind):
        r = p.add_run()
        set_font(r, ST, 14)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._element.append(el)
    r = p.add_run("— ")
    set_font(r, ST, 14)
    fld("begin")
    r = p.add_run()
    set_font(r, ST, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    fld("separate")
    r = p.add_run("1")
    set_font(r, ST, 14)
    fld("end")
    r = p.add_run(" —")
    set_font(r, ST, 14)


def page_numbers(doc, sec):
    """GB/T 9704: odd pages right, even pages left, one character in."""
    doc.settings.odd_and_even_pages_header_footer = True
    p = sec.footer.paragraphs[0]
    _page_field(p)
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, exact=False)
    p.paragraph_format.right_indent = Pt(14)
    p = sec.even_page_footer.paragraphs[0]
    _page_field(p)
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, exact=False)
    p.paragraph_format.left_indent = Pt(14)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    page_numbers(doc, doc.sections[0])
    return doc


def set_cell_width(cell, mm):
    cell.width = Mm(mm)


def set_table_fixed(table, widths_mm):
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_mm):
                c.width = Mm(widths_mm[i])
    # grid
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_mm):
            gc.set(qn("w:w"), str(int(widths_mm[i] / 25.4 * 1440)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_write(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
               soft=False, line=None):
    """lines: str or list of str. soft=True -> one paragraph with soft breaks."""
    if isinstance(lines, str):
        lines = [lines]
    # clear
    for p in list(cell.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    ps = []
    if soft:
        for i, ln in enumerate(lines):
            if i:
                br = p0.add_run()
                br.add_break()
            set_font(p0.add_run(ln), font, size, bold)
        ps = [p0]
    else:
        for i, ln in enumerate(lines):
            p = p0 if i == 0 else cell.add_paragraph()
            set_font(p.add_run(ln), font, size, bold)
            ps.append(p)
    for p in ps:
        p.alignment = align
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        else:
            pf.line_spacing = 1.0
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def banji_table(doc, chaosong, yinfa_org, yinfa_date, width_mm):
    """版记: 抄送 row + 印发 row, horizontal rules only."""
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 8), ("insideH", 4), ("bottom", 8)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell_write(top, "抄送：" + chaosong, FS, 14, line=22)
    top.paragraphs[0].paragraph_format.left_indent = Pt(14)
    top.paragraphs[0].paragraph_format.right_indent = Pt(14)
    # 抄送 wraps: hanging indent under the colon
    top.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
    cell_write(t.rows[1].cells[0], yinfa_org, FS, 14, line=22)
    t.rows[1].cells[0].paragraphs[0].paragraph_format.left_indent = Pt(14)
    cell_write(t.rows[1].cells[1], yinfa_date + "印发", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT, line=22)
    t.rows[1].cells[1].paragraphs[0].paragraph_format.right_indent = Pt(14)
    set_table_fixed(t, [width_mm * 0.66, width_mm * 0.34])
    return t


def grid_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)


def row_clause(pairs):
    """pairs: list of (column name, value or list of lines). Empty values are left out."""
    out = []
    for k, v in pairs:
        if isinstance(v, list):
            v = "\n".join(v)
        if v is None or v == "":
            continue
        out.append(f"{k}：{v}")
    return "；".join(out)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_330",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def banner(doc, lines, size=30, spacing_before=0):
    for i, ln in enumerate(lines):
        p = add_par(doc, [(ln, XBS, size, False, RED)], WD_ALIGN_PARAGRAPH.CENTER,
                    line=size + 8, before=spacing_before if i == 0 else 0)


EXPECTED = {}


# ================================================================ (a) national negative list
def make_a():
    stem = "blind330_national_fumianqingdan"
    doc = new_doc()
    title = "自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）"
    clauses = []

    # 令 head: two organ names stacked left, big 令 on the right (borderless table)
    blank(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    cell_write(c0, ["中华人民共和国国家发展和改革委员会", "中华人民共和国商务部"], XBS, 19,
               align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    for p in c0.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RED
    cell_write(c1, "令", XBS, 52, align=WD_ALIGN_PARAGRAPH.CENTER, line=70)
    c1.paragraphs[0].runs[0].font.color.rgb = RED
    set_table_fixed(t, [130, 26])
    blank(doc, 1)
    add_par(doc, "2025年　第37号", WD_ALIGN_PARAGRAPH.CENTER)
    blank(doc, 1)
    body = ("《自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》已经国家发展和改革委员会"
            "2025年第12次委务会议审议通过，并经商务部同意，现予公布，自2026年3月1日起施行。"
            "2024年11月20日国家发展和改革委员会、商务部公布的《自由贸易试验区外商投资准入特别管理措施"
            "（负面清单）（2024年版）》同时废止。")
    add_par(doc, body, indent_chars=2)
    clauses.append(body)
    blank(doc, 2)
    add_par(doc, "主　任　林振邦", WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    add_par(doc, "部　长　韩启明", WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    blank(doc, 1)
    add_par(doc, "2025年12月26日", WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)

    # the list itself in its own section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    add_par(doc, [("自由贸易试验区外商投资准入特别管理措施\v（负面清单）（2026年版）", XBS, 22)],
            WD_ALIGN_PARAGRAPH.CENTER, line=34, after=10)
    add_par(doc, [("说　明", HT, 16)], WD_ALIGN_PARAGRAPH.CENTER, after=4)
    notes = [
        "一、《自由贸易试验区外商投资准入特别管理措施（负面清单）（2026年版）》（以下简称《自贸试验区负面清单》）集中列明股权比例要求、高级管理人员要求等外商投资准入方面的特别管理措施，在各自由贸易试验区统一适用。《自贸试验区负面清单》以外的领域，按照内外资一致原则实施管理。",
        "二、境外投资者不得以个体工商户、个人独资企业投资人或者农民专业合作社成员身份，在自由贸易试验区内从事投资经营活动。",
        "三、境外投资者不得投资《自贸试验区负面清单》中禁止外商投资的领域；投资《自贸试验区负面清单》中限制外商投资的领域，应当符合清单规定的股权要求、高级管理人员要求等条件；投资有股权要求的领域，不得设立外商投资合伙企业。",
        "四、境内公司、企业或者自然人以其在境外合法设立或者控制的公司并购与其有关联关系的境内公司的，涉及外商投资项目和企业设立及变更事项，按照现行规定办理。",
        "五、从事《自贸试验区负面清单》禁止投资领域业务的境内企业到境外发行股票并上市交易的，应当经国家有关主管部门审核同意，境外投资者不得参与企业经营管理，其持股比例参照境外投资者境内证券投资管理有关规定执行。",
        "六、《自贸试验区负面清单》未列出的文化、金融等领域与行政审批、资质条件、国家安全等相关措施，以及有关主管部门在依法履行职责过程中对境外投资者实施的管理措施，按照现行规定执行。",
        "七、《内地与香港关于建立更紧密经贸关系的安排》《内地与澳门关于建立更紧密经贸关系的安排》及其后续协议、《海峡两岸经济合作框架协议》及其后续协议，以及我国缔结或者参加的国际条约、协定对境外投资者准入待遇有更优惠规定的，可以按照相关规定执行。在自由贸易试验区内试点开放的特殊规定，从其规定。",
        "八、海南自由贸易港实施《海南自由贸易港外商投资准入特别管理措施（负面清单）》，不适用《自贸试验区负面清单》。",
        "九、《自贸试验区负面清单》由国家发展改革委、商务部会同有关部门负责解释。",
    ]
    for n in notes:
        add_par(doc, n, indent_chars=2)
        clauses.append(n)
    blank(doc, 1, line=14)

    # table: (section heading) or (no, field, [lines], merge_field_with_previous)
    rows = [
        "一、农、林、牧、渔业",
        ("1", "种业", ["小麦、玉米新品种选育和种子生产须由中方控股。"]),
        ("2", "种业", ["禁止投资我国稀有和特有的珍贵优良品种的研发、养殖、种植以及相关繁殖材料的生产（包括种植业、畜牧业、水产业的优良基因）。",
                      "禁止投资农作物、种畜禽、水产苗种转基因品种选育及其转基因种子（苗）生产。"]),
        ("3", "渔业", ["禁止投资我国管辖海域及内陆水域水产品捕捞。"]),
        "二、采矿业",
        ("4", "稀土、放射性矿产、钨勘查开采及选矿", ["禁止投资稀土、放射性矿产、钨勘查、开采及选矿。未经允许，不得进入稀土矿区或者取得矿山地质资料、矿石样品及生产工艺技术。"]),
        "三、制造业",
        ("5", "印刷业", ["出版物印刷须由中方控股。"]),
        ("6", "中药饮片、中成药生产", ["禁止投资中药饮片的蒸、炒、炙、煅等炮制技术的应用及中成药保密处方产品的生产。"]),
        "四、电力、热力、燃气及水生产和供应业",
        ("7", "核电", ["核电站的建设、经营须由中方控股。"]),
        "五、批发和零售业",
        ("8", "烟草制品批发零售", ["禁止投资烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售。"]),
        "六、交通运输、仓储和邮政业",
        ("9", "水上运输", ["国内水上运输公司须由中方控股，且不得经营或者以租用中国籍船舶、舱位等方式变相经营国内水路运输业务及其辅助业务。",
                        "水路运输经营者不得使用外国籍船舶经营国内水路运输业务，但经中国政府批准，在国内没有能够满足所申请运输要求的中国籍船舶，并且船舶停靠的港口或者水域为对外开放的港口或者水域的情况下，水路运输经营者可以在中国政府规定的期限或者航次内，临时使用外国籍船舶经营中国港口之间的海上运输和拖航。"]),
        ("10", "航空运输", ["公共航空运输公司须由中方控股，且一家外商及其关联企业投资比例不得超过25%，法定代表人须由中国籍公民担任。",
                         "只有中国公共航空运输企业才能经营国内航空服务，并作为中国指定承运人提供定期和不定期国际航空服务。"]),
        ("11", "航空运输", ["通用航空公司的法定代表人须由中国籍公民担任，其中农、林、渔业通用航空公司限于合资，其他通用航空公司限于中方控股。"]),
        ("12", "航空运输", ["民用机场的建设、经营须由中方相对控股。外方不得参与建设、运营机场塔台。"]),
        "七、信息传输、软件和信息技术服务业",
        ("13", "电信", ["电信公司：限于我国入世承诺开放的电信业务，增值电信业务的外资股比不超过50%（电子商务、国内多方通信、存储转发类、呼叫中心、互联网数据中心、内容分发网络业务除外），基础电信业务须由中方控股。"]),
        ("14", "互联网和相关服务", ["禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）、互联网公众发布信息服务（上述服务中，我国入世承诺中已开放的内容除外）。"]),
        "八、租赁和商务服务业",
        ("15", "法律服务", ["禁止投资中国法律事务（提供有关中国法律环境影响的信息除外），不得成为国内律师事务所合伙人。",
                         "外国律师事务所只能以代表机构的方式进入中国，其代表机构不得聘用中国执业律师，聘用的辅助人员不得为当事人提供法律服务。"]),
        ("16", "社会调查", ["禁止投资社会调查。"]),
        "九、科学研究和技术服务业",
        ("17", "人体干细胞、基因诊断与治疗技术", ["禁止投资人体干细胞、基因诊断与治疗技术开发和应用。"]),
        ("18", "测绘", ["禁止投资大地测量、海洋测绘、测绘航空摄影、地面移动测量、行政区域界线测绘，地形图、世界政区地图、全国政区地图、省级及以下政区地图、全国性教学地图、地方性教学地图、真三维地图和导航电子地图编制，区域性的地质填图、矿产地质、地球物理、地球化学、水文地质、环境地质、地质灾害、遥感地质等调查。",
                     "矿业权人在其矿业权范围内开展工作，不受本条特别管理措施限制。"]),
        "十、教育",
        ("19", "学前、普通高中和高等教育", ["学前、普通高中和高等教育机构限于中外合作办学，须由中方主导（校长或者主要行政负责人应当具有中国国籍，理事会、董事会或者联合管理委员会的中方组成人员不得少于1/2）。"]),
        ("20", "义务教育、宗教教育", ["禁止投资义务教育机构、宗教教育机构。"]),
        "十一、文化、体育和娱乐业",
        ("21", "新闻", ["禁止投资新闻机构（包括但不限于通讯社）。"]),
        ("22", "出版、广播电视", ["禁止投资图书、报纸、期刊、音像制品和电子出版物的编辑、出版、制作业务。",
                             "禁止投资各级广播电台（站）、电视台（站）、广播电视频道（率）、广播电视传输覆盖网（发射台、转播台、广播电视卫星、卫星上行站、卫星收转站、微波站、监测台及有线广播电视传输覆盖网等），禁止从事广播电视视频点播业务和卫星电视广播地面接收设施安装服务。",
                             "禁止投资广播电视节目制作经营（含引进业务）公司。"]),
        ("23", "电影", ["禁止投资电影制作公司、发行公司、院线公司以及电影引进业务。"]),
        ("24", "文艺表演", ["文艺表演团体须由中方控股。"]),
    ]
    widths = [12, 34, 110]
    t = doc.add_table(rows=1, cols=3)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ["序号", "领域", "特别管理措施"]):
        cell_write(c, h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=19)
    repeat_header(t.rows[0])
    prev_field_cell = None
    prev_field = None
    for r in rows:
        row = t.add_row()
        if isinstance(r, str):
            m = row.cells[0].merge(row.cells[2])
            cell_write(m, r, HT, 12, line=19)
            prev_field_cell, prev_field = None, None
            continue
        no, field, lines = r
        cell_write(row.cells[0], no, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=19)
        if prev_field == field and prev_field_cell is not None:
            merged = prev_field_cell.merge(row.cells[1])
            cell_write(merged, field, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=19)
            prev_field_cell = merged
        else:
            cell_write(row.cells[1], field, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=19)
            prev_field_cell = row.cells[1]
        prev_field = field
        # measure 9 and 22: soft line breaks; others: separate paragraphs
        cell_write(row.cells[2], lines, FS, 12, line=19, soft=(no in ("9", "22")))
        for p in row.cells[2].paragraphs:
            p.paragraph_format.first_line_indent = Pt(24)
        clauses.append(row_clause([("序号", no), ("领域", field), ("特别管理措施", lines)]))
    set_table_fixed(t, widths)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "2025年第37号",
            "issuer": ["国家发展和改革委员会", "商务部"],
            "date": "2025-12-26",
            "published": None,
            "level": "national",
            "region": "全国各自由贸易试验区",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": [],
            "doc_type": "令",
            "recipients": [],
            "publicity": None,
            "repeals": "《自由贸易试验区外商投资准入特别管理措施（负面清单）（2024年版）》",
        },
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]


# ================================================================ (b) 连云港片区 service list
def make_b():
    stem = "blind330_lianyungang_zhengwuqingdan"
    doc = new_doc()
    clauses = []
    specific = {}
    zone = "中国（江苏）自由贸易试验区连云港片区管理委员会"
    title = "中国（江苏）自由贸易试验区连云港片区管理委员会关于公布连云港片区政务服务事项清单（2025年版）的通知"
    att = "中国（江苏）自由贸易试验区连云港片区政务服务事项清单（2025年版）"

    blank(doc, 1)
    banner(doc, ["中国（江苏）自由贸易试验区", "连云港片区管理委员会文件"], size=26)
    blank(doc, 2)
    p = add_par(doc, "连自贸管发〔2025〕14号", WD_ALIGN_PARAGRAPH.CENTER)
    border_bottom(p, space=12)
    blank(doc, 1)
    add_par(doc, [("中国（江苏）自由贸易试验区连云港片区\v管理委员会关于公布连云港片区政务服务\v事项清单（2025年版）的通知", XBS, 22)],
            WD_ALIGN_PARAGRAPH.CENTER, line=34)
    blank(doc, 1)
    add_par(doc, "片区各局（办）、各直属单位，驻区各有关单位：")

    def body(runs, cl=None, places=None):
        if isinstance(runs, str):
            runs = [(runs, FS, 16)]
        add_par(doc, runs, indent_chars=2)
        text = "".join(r[0] for r in runs)
        if cl is not False:
            clauses.append(text)
            if places:
                specific[text[:24]] = places
        return text

    body("为深入推进政务服务标准化、规范化、便利化，根据《江苏省人民政府关于赋予中国（江苏）自由贸易试验区第三批省级管理事项的决定》和连云港市委、市政府有关工作部署，片区管委会对政务服务事项进行了全面梳理，编制形成《中国（江苏）自由贸易试验区连云港片区政务服务事项清单（2025年版）》，现予公布，并就有关事项通知如下。")
    body([("一、清单内容。", HT, 16),
          ("本次公布的政务服务事项共12项、子项25个，其中行政许可7项、其他行政权力4项、公共服务1项。清单逐项明确了事项名称、事项类型、实施依据和承办处室，是片区管委会依法提供政务服务的基本依据。", FS, 16)])
    body([("二、动态管理。", HT, 16),
          ("清单实行动态调整。因法律、法规、规章立改废释，上级赋权或者委托事项调整，以及片区机构职能调整等需要变更清单的，由承办处室提出意见，经片区行政审批局审核，报管委会主任办公会议审定后公布。", FS, 16)])
    add_par(doc, [("三、工作要求", HT, 16)], indent_chars=2)
    body([("（一）严格依单办事。", KT, 16),
          ("各承办处室要严格按照清单实施政务服务事项，不得擅自增加办理要件、环节和时限；清单之外，不得违规设定政务服务事项。", FS, 16)])
    body([("（二）综保区事项就近办理。", KT, 16),
          ("附件第9项、第10项事项仅在连云港综合保税区围网内实施，区内企业可在综合保税区企业服务中心窗口就近办理，实行“一窗受理、限时办结”。", FS, 16)],
         places=["连云港综合保税区"])
    add_par(doc, [("（三）提升服务效能。", KT, 16)], indent_chars=2)
    body("1.推动清单内事项全部接入江苏政务服务网，除法律法规另有规定或者涉及国家秘密等情形外，实现“全程网办”。")
    body("2.对投向共建“一带一路”国家和地区的企业境外投资备案事项，实行“专人辅导、容缺受理”，承诺办理时限压缩至3个工作日。")
    body([("四、", HT, 16),
          ("本清单自2025年8月1日起施行。《中国（江苏）自由贸易试验区连云港片区政务服务事项清单（2023年版）》（连自贸管发〔2023〕21号）同时废止。", FS, 16)])
    blank(doc, 1)
    add_par(doc, "附件：中国（江苏）自由贸易试验区连云港片区政务服务\v　　　事项清单（2025年版）", indent_chars=2)
    blank(doc, 2)
    add_par(doc, zone, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=2)
    add_par(doc, "2025年7月8日", WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    blank(doc, 1)
    add_par(doc, "（此件公开发布）", indent_chars=2)

    # attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    add_par(doc, [("附件", HT, 16)])
    add_par(doc, [("中国（江苏）自由贸易试验区连云港片区政务服务事项清单", XBS, 20)],
            WD_ALIGN_PARAGRAPH.CENTER, line=30)
    add_par(doc, [("（2025年版）", KT, 16)], WD_ALIGN_PARAGRAPH.CENTER, after=6)

    # items: no, 主项, [子项...], 类型, 依据 lines, 处室, 备注
    items = [
        ("1", "外商投资企业投资信息报告", ["无"], "公共服务",
         ["《中华人民共和国外商投资法》第三十四条", "《外商投资信息报告办法》（商务部 市场监管总局令2019年第2号）"],
         "经济发展局", ""),
        ("2", "企业投资项目核准", ["企业投资项目核准", "企业投资项目核准变更"], "行政许可",
         ["《企业投资项目核准和备案管理条例》第三条第一款", "《江苏省政府核准的投资项目目录》"],
         "经济发展局（发展改革处）", "省级赋权事项"),
        ("3", "企业投资项目备案", ["无"], "其他行政权力",
         ["《企业投资项目核准和备案管理条例》第三条第二款、第十三条"],
         "经济发展局（发展改革处）", ""),
        ("4", "建设工程规划许可", ["建筑工程规划许可", "市政工程规划许可", "建设工程规划许可变更"], "行政许可",
         ["《中华人民共和国城乡规划法》第四十条：在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。"],
         "行政审批局（规划建设审批处）", ""),
        ("5", "建筑工程施工许可", ["施工许可证核发", "施工许可证变更", "施工许可证延期"], "行政许可",
         ["《中华人民共和国建筑法》第七条、第九条", "《建筑工程施工许可管理办法》第二条"],
         "行政审批局（规划建设审批处）", ""),
        ("6", "港口经营许可", ["港口经营许可（新办）", "港口经营许可（变更）", "港口经营许可（延续）"], "行政许可",
         ["《中华人民共和国港口法》第二十二条", "《港口经营管理规定》第六条"],
         "行政审批局（交通港航审批处）", "省级赋权事项"),
        ("7", "食品经营许可", ["食品经营许可（新办）", "食品经营许可（变更）", "食品经营许可（延续）"], "行政许可",
         ["《中华人民共和国食品安全法》第三十五条第一款", "《食品经营许可和备案管理办法》"],
         "行政审批局（市场准入处）", ""),
        ("8", "外国人来华工作许可", ["外国人工作许可证核发", "外国人工作许可证延期"], "行政许可",
         ["《中华人民共和国出境入境管理法》第四十一条", "《外国人在中国就业管理规定》第五条"],
         "人才工作局", "受省科技厅委托实施"),
        ("9", "综合保税区企业入区备案", ["无"], "其他行政权力",
         ["《中华人民共和国海关综合保税区管理办法》", "《连云港综合保税区管理暂行办法》第十二条"],
         "综合保税区管理办公室", "仅在连云港综合保税区实施"),
        ("10", "综合保税区内企业维修业务项目审核", ["新增维修业务项目", "维修业务项目变更"], "其他行政权力",
         ["《商务部 生态环境部 海关总署关于支持综合保税区内企业开展维修业务的公告》（2020年第16号）第二条"],
         "综合保税区管理办公室", "仅在连云港综合保税区实施"),
        ("11", "国际道路运输经营许可", ["国际道路旅客运输经营许可", "国际道路货物运输经营许可"], "行政许可",
         ["《中华人民共和国道路运输条例》第四十八条、第四十九条", "《国际道路运输管理规定》第七条"],
         "行政审批局（交通港航审批处）", "省级赋权事项"),
        ("12", "企业境外投资备案", ["境外投资项目备案", "境外投资企业备案"], "其他行政权力",
         ["《企业境外投资管理办法》第十四条", "《境外投资管理办法》第六条"],
         "经济发展局", "投向共建“一带一路”国家和地区的项目实行专人辅导"),
    ]
    assert sum(len(i[2]) for i in items) == 25
    widths = [12, 40, 42, 22, 74, 32, 24]  # total 246? landscape text width 227
    widths = [10, 34, 46, 18, 64, 30, 25]
    t = doc.add_table(rows=2, cols=7)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    heads = {0: "序号", 3: "事项类型", 4: "实施依据", 5: "承办处室", 6: "备注"}
    for i, h in heads.items():
        m = h0[i].merge(h1[i])
        cell_write(m, h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    m = h0[1].merge(h0[2])
    cell_write(m, "事项名称", HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_write(t.rows[1].cells[1], "主项名称", HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_write(t.rows[1].cells[2], "子项名称", HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for no, main, subs, kind, basis, office, note in items:
        first = len(t.rows)
        for s in subs:
            row = t.add_row()
            cell_write(row.cells[2], s, FS, 11)
            clause = row_clause([("序号", no), ("主项名称", main), ("子项名称", s), ("事项类型", kind),
                                 ("实施依据", basis), ("承办处室", office), ("备注", note)])
            clauses.append(clause)
            if no in ("9", "10"):
                key = clause[:clause.index("；事项类型")]
                specific[key] = ["连云港综合保税区"]
        last = len(t.rows) - 1
        for col, val, al, soft in ((0, no, WD_ALIGN_PARAGRAPH.CENTER, False),
                                   (1, main, WD_ALIGN_PARAGRAPH.LEFT, False),
                                   (3, kind, WD_ALIGN_PARAGRAPH.CENTER, False),
                                   (4, basis, WD_ALIGN_PARAGRAPH.LEFT, no in ("2", "5", "11")),
                                   (5, office, WD_ALIGN_PARAGRAPH.LEFT, False),
                                   (6, note, WD_ALIGN_PARAGRAPH.LEFT, False)):
            c = t.cell(first, col)
            if last > first:
                c = c.merge(t.cell(last, col))
            cell_write(c, val if val else "", FS, 11, align=al, soft=soft)
    set_table_fixed(t, widths)

    # 版记 right after the table on the last landscape page
    blank(doc, 2)
    banji_table(doc, "江苏省商务厅（省自贸办），连云港市人民政府办公室，市委编办，市政务服务管理办公室。",
                "中国（江苏）自由贸易试验区连云港片区管理委员会办公室", "2025年7月10日", 227)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "连自贸管发〔2025〕14号",
            "issuer": [zone],
            "date": "2025-07-08",
            "published": "2025-07-10",
            "level": "zone",
            "region": "中国（江苏）自由贸易试验区连云港片区",
            "effective": "2025-08-01",
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["片区各局（办）、各直属单位", "驻区各有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《中国（江苏）自由贸易试验区连云港片区政务服务事项清单（2023年版）》（连自贸管发〔2023〕21号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ================================================================ (c) Fujian replication list
def make_c():
    stem = "blind330_fujian_tuiguangqingdan"
    doc = new_doc()
    clauses = []
    specific = {}
    title = "福建省人民政府办公厅关于复制推广中国（福建）自由贸易试验区第二十三批改革试点经验的通知"
    att = "中国（福建）自由贸易试验区第二十三批改革试点经验复制推广清单"

    blank(doc, 1)
    banner(doc, ["福建省人民政府办公厅文件"], size=30)
    blank(doc, 2)
    p = add_par(doc, "闽政办〔2025〕41号", WD_ALIGN_PARAGRAPH.CENTER)
    border_bottom(p, space=12)
    blank(doc, 1)
    add_par(doc, [("福建省人民政府办公厅关于复制推广\v中国（福建）自由贸易试验区第二十三批\v改革试点经验的通知", XBS, 22)],
            WD_ALIGN_PARAGRAPH.CENTER, line=34)
    blank(doc, 1)
    add_par(doc, "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构，各大企业，各高等院校：")

    def body(runs, places=None):
        if isinstance(runs, str):
            runs = [(runs, FS, 16)]
        add_par(doc, runs, indent_chars=2)
        text = "".join(r[0] for r in runs)
        clauses.append(text)
        if places:
            specific[text[:24]] = places
        return text

    body("中国（福建）自由贸易试验区（以下简称福建自贸试验区）设立以来，各片区坚持以制度创新为核心，主动服务21世纪海上丝绸之路核心区建设，形成了一批可复制可推广的改革试点经验。经省人民政府同意，现将福建自贸试验区第二十三批改革试点经验复制推广清单（共12项）印发给你们，并就有关事项通知如下。")
    body([("一、明确复制推广范围。", HT, 16),
          ("此次复制推广的12项改革试点经验中，在全省范围内复制推广5项，在各设区市复制推广2项，在特定区域复制推广5项（具体事项、推广范围和责任单位见附件）。", FS, 16)])
    add_par(doc, [("二、抓好组织实施", HT, 16)], indent_chars=2)
    body([("（一）压实工作责任。", KT, 16),
          ("各设区市人民政府、平潭综合实验区管委会和省直有关部门是复制推广工作的责任主体，要把复制推广工作列入重要议事日程，明确分管领导和责任处室，确保各项改革试点经验落地见效。", FS, 16)])
    add_par(doc, [("（二）分类推进落实。", KT, 16)], indent_chars=2)
    body("1.在全省范围内复制推广的事项，由责任单位于2025年10月底前制定具体实施方案，指导各地于2025年12月底前完成复制推广。")
    body("2.在各设区市复制推广的事项，由各设区市人民政府牵头组织实施，责任单位加强业务指导和跟踪督促。")
    body("3.在特定区域复制推广的事项，按照以下要求组织实施：")
    body("（1）附件第4项、第7项，由福州、厦门、泉州、漳州市人民政府按照推广范围，会同福州海关、厦门海关组织实施，结合港口功能布局逐步扩大适用范围。",
         places=["福州市", "厦门市", "泉州市", "漳州市"])
    body("（2）附件第6项、第10项、第12项，由相关综合保税区所在地设区市人民政府督促综合保税区管理机构具体落实，福州海关、厦门海关加强业务指导。",
         places=["全省综合保税区"])
    body([("（三）支持平潭先行先试。", KT, 16),
          ("平潭综合实验区要发挥对台区位优势，率先复制推广附件第3项、第4项、第9项改革事项，探索扩大对台适用范围，有关情况及时报省商务厅（省自贸办）。", FS, 16)],
         places=["平潭综合实验区"])
    body([("（四）加强宣传培训。", KT, 16),
          ("各地、各部门要加强政策解读和业务培训，可借鉴厦门片区“自贸政策进企业”系列培训的做法，提高经营主体的知晓度和获得感。", FS, 16)])
    body([("三、加强跟踪评估。", HT, 16),
          ("省商务厅（省自贸办）要会同有关部门建立复制推广工作台账，2026年3月底前对复制推广情况开展第三方评估，评估结果报省人民政府。各设区市人民政府、平潭综合实验区管委会和省直有关部门于每季度结束后10日内将工作进展情况报送省商务厅（省自贸办）。", FS, 16)])
    blank(doc, 1)
    add_par(doc, "附件：中国（福建）自由贸易试验区第二十三批改革\v　　　试点经验复制推广清单", indent_chars=2)
    blank(doc, 2)
    add_par(doc, "福建省人民政府办公厅", WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    add_par(doc, "2025年9月18日", WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    blank(doc, 1)
    add_par(doc, "（此件公开发布）", indent_chars=2)

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    add_par(doc, [("附件", HT, 16)])
    add_par(doc, [("中国（福建）自由贸易试验区第二十三批\v改革试点经验复制推广清单", XBS, 20)],
            WD_ALIGN_PARAGRAPH.CENTER, line=30, after=8)
    rows = [
        "一、投资管理领域（3项）",
        ("1", "外商投资企业登记注册“跨境通办”",
         ["境外投资者通过境外公证机构视频核验、电子签名等方式远程提交申请材料，在线办理外商投资企业设立、变更、注销登记，营业执照可邮寄送达或者由境内代理人代领，实现“足不出境”办理企业登记。"],
         "全省", "省市场监管局、省商务厅", None),
        ("2", "工业项目“用地清单制”",
         ["在土地出让前，由属地政府统一组织开展地质灾害、压覆矿产、文物考古、环境影响等区域评估，形成用地清单，随土地出让合同一并交付用地单位，企业拿地后即可开工建设。"],
         "各设区市", "省自然资源厅、省住房城乡建设厅", None),
        ("3", "台资企业投资“一件事”集成服务",
         ["整合台资企业设立登记、外商投资信息报告、银行开户、社保登记、公积金缴存登记等事项，实行“一表申请、一窗受理、并联审批”，办理时间压缩至2个工作日。"],
         "全省", "省台港澳办、省市场监管局、省商务厅", None),
        "二、贸易便利化领域（4项）",
        ("4", "对台海运快件“分类通关”模式",
         ["对经海运进出境的对台快件，按照文件类、个人物品类、低值货物类实施分类申报、分类验放，",
          "依托快件监管作业场所实现“船边直提、抵港直装”，通关时间压缩50%以上。"],
         "福州、厦门、泉州市，平潭综合实验区", "福州海关、厦门海关、省商务厅",
         ["福州市", "厦门市", "泉州市", "平潭综合实验区"]),
        ("5", "跨境电商出口海外仓“离境即退税”",
         ["对跨境电子商务企业以“9810”模式出口至海外仓的货物，在货物实际离境后即可申报出口退税，无需等待海外仓最终销售，加快企业资金周转。"],
         "全省", "省税务局、福州海关、厦门海关", None),
        ("6", "综合保税区“保税+检测维修”一体化监管",
         ["允许综合保税区内企业对境外入区的高附加值、高技术含量产品开展检测、维修后复运出境，实行维修耗材、旧件、待维修货物分账管理和“一账式”核销。"],
         "全省综合保税区", "福州海关、厦门海关，各综合保税区所在地设区市人民政府",
         ["全省综合保税区"]),
        ("7", "海铁联运“一单制”",
         ["以海铁联运提单作为全程运输单证，实现“一次委托、一口报价、一单到底、一票结算”，",
          "对接西部陆海新通道和中欧班列，推动提单物权化应用。"],
         "福州、厦门、泉州、漳州市", "省交通运输厅、中国铁路南昌局集团有限公司福州货运中心",
         ["福州市", "厦门市", "泉州市", "漳州市"]),
        "三、金融开放创新领域（2项）",
        ("8", "跨境贸易投资高水平开放试点“白名单”扩容",
         ["将符合条件的跨境电商、市场采购贸易、外贸综合服务等新型贸易企业纳入优质企业“白名单”，在贸易外汇收支、资本项目收入使用等方面享受便利化政策。"],
         "全省", "国家外汇管理局福建省分局", None),
        ("9", "台资企业跨境人民币资金池便利化",
         ["降低台资跨国企业集团跨境人民币资金池准入门槛，支持资金池内成员企业在额度内自主调拨境内外资金，优化资金集中收付业务流程。"],
         "全省", "中国人民银行福建省分行", None),
        "四、事中事后监管领域（3项）",
        ("10", "口岸货物“智慧查验”远程监管",
         ["运用智能卡口、视频监控和机检图像智能识别等手段，对进出综合保税区的货物实施远程查验、非侵入式查验，查验结果实时推送企业。"],
         "福州江阴港综合保税区、厦门海沧港综合保税区", "福州海关、厦门海关",
         ["福州江阴港综合保税区", "厦门海沧港综合保税区"]),
        ("11", "经营主体信用修复“一网通办”",
         ["依托“信用中国（福建）”网站，整合市场监管、税务、生态环境等部门信用修复渠道，实行信用修复申请“一网提交、结果互认”。"],
         "各设区市", "省发展改革委、省市场监管局", None),
        ("12", "保税货物“分送集报、自行运输”",
         ["区内企业在综合保税区与境内区外之间进出的保税货物，可先凭清单分批出入区，在规定期限内集中办理报关手续；",
          "符合条件的企业可使用自有车辆自行运输，不再强制使用海关监管车辆。"],
         "福州综合保税区、泉州综合保税区、厦门象屿综合保税区", "福州海关、厦门海关",
         ["福州综合保税区", "泉州综合保税区", "厦门象屿综合保税区"]),
    ]
    widths = [10, 42, 105, 36, 34]
    t = doc.add_table(rows=1, cols=5)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ["序号", "改革事项", "主要内容", "推广范围", "责任单位"]):
        cell_write(c, h, HT, 11, align=WD_ALIGN_PARAGRAPH.CENTER, line=17)
    repeat_header(t.rows[0])
    for r in rows:
        row = t.add_row()
        if isinstance(r, str):
            m = row.cells[0].merge(row.cells[4])
            cell_write(m, r, HT, 11, line=17)
            continue
        no, item, content, scope, resp, places = r
        cell_write(row.cells[0], no, FS, 11, align=WD_ALIGN_PARAGRAPH.CENTER, line=17)
        cell_write(row.cells[1], item, FS, 11, line=17)
        cell_write(row.cells[2], content, FS, 11, line=17, soft=(no == "7"))
        cell_write(row.cells[3], scope, FS, 11, line=17)
        cell_write(row.cells[4], resp, FS, 11, line=17)
        clause = row_clause([("序号", no), ("改革事项", item), ("主要内容", content),
                             ("推广范围", scope), ("责任单位", resp)])
        clauses.append(clause)
        if places:
            specific[clause[:clause.index("；主要内容")]] = places
    set_table_fixed(t, widths)

    # 版记 at the foot of the last landscape page
    blank(doc, 4)
    banji_table(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，福州海关，厦门海关。",
                "福建省人民政府办公厅", "2025年9月22日", 227)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "闽政办〔2025〕41号",
            "issuer": ["福建省人民政府办公厅"],
            "date": "2025-09-18",
            "published": "2025-09-22",
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各设区市人民政府", "平潭综合实验区管委会", "省人民政府各部门、各直属机构",
                           "各大企业", "各高等院校"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses,", len(v[0]["applies_to"]["specific"]), "specific")
