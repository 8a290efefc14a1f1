# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 256: State Council founding documents of pilot free trade zones
and what the ministries issue on them (national level).

Writes next to itself:
  blind256_jiangxi_fangan.docx / .pdf   国发 notice printing a 总体方案 (+ 附件 table, 版记)
  blind256_jiangxi_wangye.html          the same notice as gov.cn publishes it (saved page)
  blind256_hunan_pifu.docx / .pdf       国函 批复 to 湖南省人民政府 (信函 layout)
  blind256_shangwubu_cuoshi.docx / .pdf 商务部等7部门 joint 通知 (joint 版头 and 落款 tables)
  expected.json
Run: . /work/venv/bin/activate && python make_blind256.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

EXPECTED = {}


# ------------------------------------------------------------------ basics
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(21)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    doc.settings.odd_and_even_pages_header_footer = True
    page_footers(sec)
    return doc


def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    rpr = run._r.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), font)
    rpr.rFonts.set(qn("w:ascii"), font)
    rpr.rFonts.set(qn("w:hAnsi"), font)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color
    return run


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    return set_font(p.add_run(text), font, size, bold, color)


def add_text_with_breaks(p, text, font=FS, size=16, bold=False, color=None):
    """'\n' inside text becomes a soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            r = add_run(p, "", font, size)
            r.add_break()
        if part:
            add_run(p, part, font, size, bold, color)


def para(container, text="", font=FS, size=16, indent=True, align=None, bold=False,
         color=None, left_chars=0, right_chars=0, exact=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    if align is not None:
        p.alignment = align
    if exact is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if text:
        add_text_with_breaks(p, text, font, size, bold, color)
    return p


def _pbdr(p):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr"):
            anchor = pPr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            pPr.append(bdr)
    return bdr


def border(p, side, color="000000", sz=8, val="single", space=1):
    bdr = _pbdr(p)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    order = ["top", "left", "bottom", "right", "between", "bar"]
    for child in list(bdr):
        if order.index(child.tag.split("}")[1]) > order.index(side):
            child.addprevious(b)
            return
    bdr.append(b)


def _field_page(p, font=SONG, size=14):
    r = add_run(p, "", font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r = add_run(p, "", font, size)
    it = OxmlElement("w:instrText")
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = add_run(p, "", font, size)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r._r.append(f2)
    add_run(p, "1", font, size)
    r = add_run(p, "", font, size)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r._r.append(f3)


def page_footers(section):
    """GB/T 9704: 4号半角宋体 “— N —”, odd pages right, even pages left, 空一字."""
    for ft, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                      (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        ft.is_linked_to_previous = False
        p = ft.paragraphs[0]
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            pf.right_indent = Pt(14)
        else:
            pf.left_indent = Pt(14)
        add_run(p, "— ", SONG, 14)
        _field_page(p)
        add_run(p, " —", SONG, 14)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def blank(doc, n=1, size=16):
    for _ in range(n):
        para(doc, "", size=size, indent=False)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(20)
    add_text_with_breaks(p, text, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def all_borders(table):
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


def col_widths(table, widths_mm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def red_rule(doc, double=False):
    p = para(doc, "", indent=False, exact=6)
    if double:
        border(p, "bottom", "E60012", 18, "thickThinSmallGap", 1)
    else:
        border(p, "bottom", "E60012", 12, "single", 1)
    return p


def title(doc, lines, soft=False):
    """lines: list of title lines. soft=True -> one paragraph with soft breaks."""
    if soft:
        para(doc, "\n".join(lines), XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    else:
        for ln in lines:
            para(doc, ln, XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=35)


def signature(doc, organ, date, right_chars=4):
    p = para(doc, organ, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=right_chars)
    p = para(doc, date, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=right_chars - 0)
    return p


def banji(doc, chaosong_lines, printer, pdate):
    """版记: 抄送 between rules, then 印发机关 and 印发日期 with a thick bottom rule."""
    blank(doc, 1)
    first = True
    for i, ln in enumerate(chaosong_lines):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(24)
        if first:
            border(p, "top", "000000", 12)
            pf.left_indent = Pt(14 * 4)
            pf.right_indent = Pt(14)
            pf.first_line_indent = Pt(-14 * 3)
            add_run(p, "抄送：", FS, 14)
            add_run(p, ln, FS, 14)
            first = False
        else:
            pf.left_indent = Pt(14 * 4)
            pf.right_indent = Pt(14)
            add_run(p, ln, FS, 14)
        if i == len(chaosong_lines) - 1:
            border(p, "bottom", "000000", 4)
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(24)
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    pf.tab_stops.add_tab_stop(Mm(156) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    add_run(p, printer, FS, 14)
    add_run(p, "\t" + pdate + "印发", FS, 14)
    border(p, "bottom", "000000", 12)


# ------------------------------------------------------------------ body blocks
# ('h1', text)              heading alone on its line, 黑体 (not a clause)
# ('h2', text)              （一）heading alone on its line, 楷体 (not a clause)
# ('ri', lead, rest, places, leadfont)  run-in heading + text (a clause); rest may hold
#                           '\n' (soft line break) ; '\P' splits into separate paragraphs
# ('p', text, places)       plain paragraph clause
def render_blocks(doc, blocks, clauses, specific):
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            para(doc, b[1], HT, 16)
        elif kind == "h2":
            para(doc, b[1], KT, 16)
        elif kind == "ri":
            lead, rest, places = b[1], b[2], b[3]
            leadfont = b[4] if len(b) > 4 else KT
            chunks = rest.split("\\P")
            p = para(doc, "")
            if leadfont == "bold":
                add_run(p, lead, FS, 16, bold=True)
            else:
                add_run(p, lead, leadfont, 16)
            add_text_with_breaks(p, chunks[0])
            for ch in chunks[1:]:
                para(doc, ch)
            text = lead + "\n".join(chunks)
            clauses.append(text)
            if places:
                specific[text[:20]] = places
        elif kind == "p":
            chunks = b[1].split("\\P")
            for ch in chunks:
                para(doc, ch)
            text = "\n".join(chunks)
            clauses.append(text)
            if b[2]:
                specific[text[:20]] = b[2]


def clauses_of(blocks):
    clauses, specific = [], {}
    for b in blocks:
        if b[0] == "ri":
            chunks = b[2].split("\\P")
            text = b[1] + "\n".join(chunks)
            clauses.append(text)
            if b[3]:
                specific[text[:20]] = b[3]
        elif b[0] == "p":
            text = "\n".join(b[1].split("\\P"))
            clauses.append(text)
            if b[2]:
                specific[text[:20]] = b[2]
    return clauses, specific


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_256",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================== 1. 江西 总体方案
JX_TITLE = "国务院关于印发中国（江西）自由贸易试验区总体方案的通知"
JX_NO = "国发〔2024〕17号"
JX_RECIP = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
JX_NOTICE = ("国务院同意设立中国（江西）自由贸易试验区。现将《中国（江西）自由贸易试验区总体方案》"
             "印发给你们，请认真贯彻执行。")
JX_PLAN_TITLE = "中国（江西）自由贸易试验区总体方案"
JX_BLOCKS = [
    ("p", "建立中国（江西）自由贸易试验区（以下简称自贸试验区）是党中央、国务院作出的重大决策，"
          "是新时代推进中部地区高水平对外开放、深度融入共建“一带一路”的战略举措。"
          "为高标准高质量建设自贸试验区，制定本方案。", None),
    ("h1", "一、总体要求"),
    ("ri", "（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
     "完整、准确、全面贯彻新发展理念，加快构建新发展格局，坚持以制度创新为核心，以可复制可推广为基本要求，"
     "充分发挥江西联通长江经济带和粤港澳大湾区的区位优势，打造内陆开放型经济新高地。", None),
    ("ri", "（二）战略定位。", "立足江西资源禀赋和产业基础，着力打造中部地区承接产业转移示范区、长江中游航运物流枢纽、"
     "赣粤港澳开放合作桥头堡和内陆地区融入共建“一带一路”重要节点。", None),
    ("ri", "（三）发展目标。", "经过三至五年改革探索，对标国际高标准经贸规则，形成更多有国际竞争力的制度创新成果，"
     "推动贸易投资便利、产业集聚高效、监管安全有效、辐射带动作用突出，努力建成高水平自由贸易园区。", None),
    ("h1", "二、区位布局"),
    ("ri", "（一）实施范围。", "自贸试验区的实施范围119.86平方公里，涵盖三个片区：南昌片区59.34平方公里"
     "（含南昌综合保税区2.00平方公里），九江片区29.87平方公里（含九江综合保税区1.44平方公里），"
     "赣州片区30.65平方公里（含赣州综合保税区4.00平方公里）。"
     "\\P自贸试验区的开发利用须遵守土地利用、生态环境保护、规划有关法律法规，符合国土空间规划，"
     "并符合节约集约用地的有关要求；涉及长江岸线的，须符合长江保护法和岸线保护利用有关规定。", None),
    ("ri", "（二）功能划分。", "南昌片区重点发展航空制造、电子信息、生物医药、跨境电商等产业，打造航空产业创新高地和"
     "内陆开放型经济核心区；九江片区重点发展港口物流、新材料、绿色石化等产业，建设长江中游区域航运中心；"
     "赣州片区重点发展稀土新材料、现代家居、国际陆港物流等产业，打造对接粤港澳大湾区的桥头堡。",
     ["南昌片区", "九江片区", "赣州片区"]),
    ("h1", "三、主要任务和措施"),
    ("h2", "（一）加快转变政府职能。"),
    ("ri", "1.深化“放管服”改革。", "在自贸试验区全面实施“证照分离”改革全覆盖，推行极简审批、告知承诺制和“一业一证”，"
     "将省级经济社会管理权限依法下放至各片区。", None, "bold"),
    ("ri", "2.推进投资自由化便利化。", "支持南昌片区开展外商投资企业“一照通办”试点，推行外资项目“拿地即开工”，"
     "完善外商投资权益保护机制。", ["南昌片区"], "bold"),
    ("h2", "（二）推进贸易高质量发展。"),
    ("ri", "3.提升贸易便利化水平。", "深化国际贸易“单一窗口”建设，推广“两步申报”“提前申报”等便利化措施，"
     "提升口岸通关效率。", None, "bold"),
    ("ri", "4.发展跨境电商新业态。", "支持赣州片区建设跨境电商产业园，开展跨境电商零售进口“网购保税+线下自提”业务，"
     "探索建设面向粤港澳大湾区的跨境电商分拨中心。", ["赣州片区"], "bold"),
    ("ri", "5.推动综合保税区高质量发展。", "支持南昌综合保税区开展航空器材、电子信息产品全球保税维修业务。"
     "\n在九江综合保税区探索开展大宗商品保税混兑和期货保税交割业务。",
     ["南昌综合保税区", "九江综合保税区"], "bold"),
    ("h2", "（三）深化对外开放合作。"),
    ("ri", "6.深度融入共建“一带一路”。", "推动中欧班列（南昌）扩量提质，加密至俄罗斯莫斯科、白俄罗斯明斯克等方向线路，"
     "打造面向共建“一带一路”国家的物流集散中心。", None, "bold"),
    ("ri", "7.打造长江中游航运物流枢纽。", "支持九江片区开展江海联运、铁水联运“一单制”试点，"
     "加密九江至上海洋山港、宁波舟山港的江海直达航线。", ["九江片区"], "bold"),
    ("ri", "8.深化赣粤港澳开放合作。", "支持赣州片区与粤港澳大湾区共建产业合作园区，推进赣州国际陆港与深圳盐田港、"
     "广州南沙港“同港同价同效率”。", ["赣州片区"], "bold"),
    ("h2", "（四）推动产业创新和金融服务。"),
    ("ri", "9.做强航空产业。", "支持南昌片区建设国家航空产业创新基地，开展国产民用飞机及零部件保税维修和航材保税试点。",
     ["南昌片区"], "bold"),
    ("ri", "10.推进跨境金融服务创新。", "支持符合条件的外资金融机构在自贸试验区设立分支机构，"
     "开展本外币合一银行结算账户体系试点，依法有序开展跨境贸易投资高水平开放试点。", None, "bold"),
    ("h1", "四、保障机制"),
    ("ri", "（一）坚持和加强党的领导。", "把党的领导贯穿自贸试验区建设全过程，坚持党中央对自贸试验区建设的集中统一领导，"
     "以高质量党建引领高质量发展。", None),
    ("ri", "（二）强化法治保障。", "本方案提出的各项改革政策措施，凡涉及调整现行法律或行政法规的，按规定程序办理。"
     "江西省要加强地方立法。", None),
    ("ri", "（三）加强组织实施。", "江西省要完善工作机制，落实主体责任，加强风险防控体系建设。重大事项及时向党中央、国务院请示报告。", None),
]
JX_ANNEX = "中国（江西）自由贸易试验区改革试点任务清单"
JX_TABLE_HEAD = ["序号", "任务", "实施片区", "责任部门"]
JX_TABLE = [
    ["1", "开展外商投资企业“一照通办”试点", "南昌片区", "市场监管总局、江西省人民政府"],
    ["2", "开展国产民用飞机维修和航材保税试点", "南昌片区", "工业和信息化部、海关总署、中国民航局"],
    ["3", "开展江海联运、铁水联运“一单制”试点", "九江片区", "交通运输部、国家铁路局"],
    ["4", "开展跨境电商零售进口“网购保税+线下自提”业务", "赣州片区", "商务部、海关总署"],
    ["5", "推进赣州国际陆港与粤港澳大湾区港口“同港同价同效率”", "赣州片区", "商务部、海关总署"],
    ["6", "开展本外币合一银行结算账户体系试点", "全域", "中国人民银行、国家外汇局"],
    ["7", "开展跨境贸易投资高水平开放试点", "全域", "中国人民银行、国家外汇局"],
    ["8", "实施“证照分离”改革全覆盖", "全域", "市场监管总局、江西省人民政府"],
]
# vertical merges (0-based data rows, column): 实施片区 rows 0-1, 3-4, 5-7; 责任部门 rows 3-4, 5-6
JX_VMERGE = [(0, 1, 2), (3, 4, 2), (5, 7, 2), (3, 4, 3), (5, 6, 3)]
JX_CHAOSONG = ["党中央各部门，中央军委办公厅，各战区，各军兵种，武警部队。",
               "全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院。",
               "各民主党派中央。"]


def jx_meta(published):
    return {
        "title": JX_TITLE, "doc_number": JX_NO, "issuer": ["国务院"], "date": "2024-09-12",
        "published": published, "level": "national", "region": "中国（江西）自由贸易试验区",
        "effective": None, "expires": None, "attachments": [JX_ANNEX], "doc_type": "通知",
        "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
        "publicity": "此件公开发布", "repeals": None,
    }


def build_jiangxi():
    doc = new_doc()
    # 版头
    para(doc, "国务院文件", XBS, 48, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=60)
    blank(doc, 1)
    para(doc, JX_NO, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    blank(doc, 1)
    title(doc, ["国务院关于印发中国（江西）自由贸易试验区", "总体方案的通知"])
    blank(doc, 1)
    para(doc, JX_RECIP, indent=False)
    clauses, specific = [JX_NOTICE], {}
    para(doc, JX_NOTICE)
    blank(doc, 2)
    signature(doc, "国务院", "2024年9月12日")
    blank(doc, 1)
    p = para(doc, "（此件公开发布）")
    p.add_run().add_break(WD_BREAK.PAGE)      # clerk's Ctrl+Enter at the end of the line
    # 总体方案
    title(doc, [JX_PLAN_TITLE])
    c, s = [], {}
    render_blocks(doc, JX_BLOCKS, c, s)
    clauses += c
    specific.update(s)
    blank(doc, 1)
    p = para(doc, "", indent=True)
    add_run(p, "附件：" + JX_ANNEX)
    # 附件 in its own section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    para(doc, "附件", HT, 16, indent=False)
    blank(doc, 1)
    para(doc, JX_ANNEX, XBS, 20, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=32)
    blank(doc, 1)
    t = doc.add_table(rows=1 + len(JX_TABLE), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    all_borders(t)
    for i, h in enumerate(JX_TABLE_HEAD):
        cell_text(t.rows[0].cells[i], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    merged_tail = set()
    for (a, b_, col) in JX_VMERGE:
        for r in range(a + 1, b_ + 1):
            merged_tail.add((r, col))
    for r, row in enumerate(JX_TABLE):
        for ci, v in enumerate(row):
            if (r, ci) in merged_tail:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[r + 1].cells[ci], v, FS, 12, al)
    for (a, b_, col) in JX_VMERGE:
        t.cell(a + 1, col).merge(t.cell(b_ + 1, col))
    col_widths(t, [14, 74, 26, 42])
    for r, row in enumerate(JX_TABLE):
        txt = "；".join(f"{h}：{v}" for h, v in zip(JX_TABLE_HEAD, row))
        clauses.append(txt)
        if row[2] != "全域":
            specific[txt[:20]] = [row[2]]
    banji(doc, JX_CHAOSONG, "国务院办公厅", "2024年9月14日")
    path = os.path.join(HERE, "blind256_jiangxi_fangan.docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED["blind256_jiangxi_fangan"] = [{"meta": jx_meta("2024-09-14"), "clauses": clauses,
                                           "applies_to": {"specific": specific}}]


# ================================================================== 2. gov.cn page
def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_jiangxi_html():
    P = []
    for b in JX_BLOCKS:
        if b[0] == "h1":
            P.append(f'<p style="text-indent: 2em;">{html_esc(b[1])}</p>')
        elif b[0] == "h2":
            P.append(f'<p style="text-indent: 2em;">{html_esc(b[1])}</p>')
        elif b[0] == "ri":
            chunks = b[2].split("\\P")
            first = html_esc(chunks[0]).replace("\n", "<br/>")
            P.append(f'<p style="text-indent: 2em;">{html_esc(b[1])}{first}</p>')
            for ch in chunks[1:]:
                P.append(f'<p style="text-indent: 2em;">{html_esc(ch)}</p>')
        elif b[0] == "p":
            for ch in b[1].split("\\P"):
                P.append(f'<p style="text-indent: 2em;">{html_esc(ch)}</p>')
    plan_html = "\n".join(P)
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://www.gov.cn/zhengce/zhengceku/202409/content_6974218.htm -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>国务院关于印发中国（江西）自由贸易试验区总体方案的通知_对外经贸合作_中国政府网</title>
<meta name="keywords" content="自由贸易试验区,江西,总体方案">
<meta name="description" content="国务院关于印发中国（江西）自由贸易试验区总体方案的通知">
<meta name="firstpublishedtime" content="2024-09-20-17:00:00">
<meta name="lastmodifiedtime" content="2024-09-20-17:06:31">
<meta name="catalogs" content="7854">
<meta name="contentid" content="6974218">
<meta name="publishdate" content="2024-09-20">
<meta name="author" content="">
<meta name="source" content="中国政府网">
<link rel="stylesheet" href="./blind256_jiangxi_wangye_files/common.css">
<link rel="stylesheet" href="./blind256_jiangxi_wangye_files/zhengceku.css">
<script src="./blind256_jiangxi_wangye_files/jquery.min.js"></script>
<style>.bd1 td{{border:1px solid #d8d8d8;padding:6px 10px;font-size:14px}} .pages_content p{{font-size:16px;line-height:2}}</style>
</head>
<body>
<div class="header">
  <div class="header_top"><a href="https://www.gov.cn/">中国政府网</a> | <a href="https://www.gov.cn/guowuyuan/">国务院</a> | <a href="https://www.gov.cn/zhengce/">政策</a> | <a href="https://www.gov.cn/hudong/">互动</a> | <a href="https://www.gov.cn/fuwu/">服务</a> | <a href="https://www.gov.cn/shuju/">数据</a> | <a href="https://english.www.gov.cn/">EN</a></div>
  <div class="search"><input type="text" placeholder="请输入搜索内容"><button>搜索</button></div>
</div>
<div class="BreadcrumbNav"><a href="https://www.gov.cn/">首页</a> &gt; <a href="https://www.gov.cn/zhengce/">政策</a> &gt; <a href="https://www.gov.cn/zhengce/zhengceku/">国务院政策文件库</a> &gt; <a href="https://www.gov.cn/zhengce/xxgk/gjgzk/">国务院文件</a></div>
<div class="policyLibraryOverview_header">
<table class="bd1" width="100%" cellspacing="0" cellpadding="0" border="0">
<tbody>
<tr><td width="92"><b>索 引 号：</b></td><td width="340">000014349/2024-00098</td><td width="92"><b>主题分类：</b></td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td><b>发文机关：</b></td><td>国务院</td><td><b>成文日期：</b></td><td>2024年09月12日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">国务院关于印发中国（江西）自由贸易试验区总体方案的通知</td></tr>
<tr><td><b>发文字号：</b></td><td>国发〔2024〕17号</td><td><b>发布日期：</b></td><td>2024年09月20日</td></tr>
</tbody></table>
</div>
<div class="share"><span>【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span> <a href="javascript:window.print()">打印</a> <span class="wx">分享到：微信 微博</span></div>
<div class="pages_content mhide" id="UCAP-CONTENT">
<p style="text-align: center;"><strong>国务院关于印发中国（江西）自由贸易试验区总体方案的通知</strong></p>
<p style="text-align: center;">国发〔2024〕17号</p>
<p>{html_esc(JX_RECIP)}</p>
<p style="text-indent: 2em;">{html_esc(JX_NOTICE)}</p>
<p style="text-align: right;">国务院　　　　</p>
<p style="text-align: right;">2024年9月12日　　</p>
<p style="text-indent: 2em;">（此件公开发布）</p>
<p style="text-align: center;"><strong>{JX_PLAN_TITLE}</strong></p>
{plan_html}
<p style="text-indent: 2em;">附件：<a href="https://www.gov.cn/zhengce/zhengceku/202409/P020240920579916422118.pdf" target="_blank">{JX_ANNEX}.pdf</a></p>
</div>
<div class="editor">【我要纠错】　责任编辑：王洋</div>
<div class="related"><h3>相关稿件</h3>
<ul>
<li><a href="https://www.gov.cn/zhengce/202409/content_6974226.htm">商务部有关负责人就《中国（江西）自由贸易试验区总体方案》答记者问</a></li>
<li><a href="https://www.gov.cn/zhengce/202409/content_6974231.htm">图解：中国（江西）自由贸易试验区总体方案</a></li>
<li><a href="https://www.gov.cn/yaowen/202409/content_6974240.htm">我国自由贸易试验区增至23个</a></li>
</ul></div>
<div class="qrcode"><img src="./blind256_jiangxi_wangye_files/qr.png" alt="">扫一扫在手机打开当前页</div>
<div class="footer">
<p><a href="https://www.gov.cn/hudong/">链接</a> | <a href="https://www.gov.cn/">网站说明</a> | <a href="https://www.gov.cn/">联系我们</a></p>
<p>版权所有：中国政府网　|　中文域名：中国政府网.政务</p>
<p>网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p>
<p>国务院办公厅主办　中国政府网运行中心负责运行维护</p>
</div>
<script>$(function(){{ /* statistics */ }});</script>
</body></html>
"""
    with open(os.path.join(HERE, "blind256_jiangxi_wangye.html"), "w", encoding="utf-8") as f:
        f.write(page)
    clauses, specific = clauses_of(JX_BLOCKS)
    clauses = [JX_NOTICE] + clauses
    EXPECTED["blind256_jiangxi_wangye"] = [{"meta": jx_meta("2024-09-20"), "clauses": clauses,
                                           "applies_to": {"specific": specific}}]


# ================================================================== 3. 湖南 批复
HN_TITLE = ("国务院关于同意在中国（湖南）自由贸易试验区开展对非经贸合作与跨境贸易便利化改革试点的批复")
HN_NO = "国函〔2025〕38号"
HN_TWO = ["长沙片区", "岳阳片区"]
HN_BLOCKS = [
    ("p", "你省《关于在中国（湖南）自由贸易试验区开展对非经贸合作与跨境贸易便利化改革试点的请示》"
          "（湘政〔2025〕6号）收悉。现批复如下：", None),
    ("p", "一、同意在中国（湖南）自由贸易试验区长沙片区、岳阳片区（以下统称试点片区）开展对非经贸合作与"
          "跨境贸易便利化改革试点（以下简称试点），试点期限自本批复印发之日起3年。", HN_TWO),
    ("p", "二、试点要以习近平新时代中国特色社会主义思想为指导，坚持以制度创新为核心，统筹发展和安全，"
          "着力探索中非经贸合作新路径，重点开展以下工作：", None),
    ("ri", "（一）建设非洲非资源性产品集散交易加工中心。", "支持长沙片区依托中国—非洲经贸博览会永久性会址，"
     "建设非洲咖啡、坚果、可可等非资源性产品集散交易和加工中心，对非洲农产品准入实行“一事一议”。",
     ["长沙片区"]),
    ("ri", "（二）拓展对非物流通道。", "支持岳阳片区依托城陵矶港开行至南非德班、坦桑尼亚达累斯萨拉姆的江海联运航线，"
     "探索“岳阳—非洲”集装箱江海直达模式，完善对非物流集疏运体系。", ["岳阳片区"]),
    ("ri", "（三）开展保税维修和再制造试点。", "支持岳阳城陵矶综合保税区开展工程机械、轨道交通装备"
     "保税维修和再制造业务，维修和再制造产品以出口为主，不得开展国家禁止进口的旧机电产品业务。",
     ["岳阳城陵矶综合保税区"]),
    ("ri", "（四）提升跨境贸易便利化水平。", "在试点片区推行对非贸易“提前申报”“两段准入”等便利化措施，"
     "开展对非贸易人民币跨境结算便利化试点，支持金融机构创新对非贸易融资产品。", HN_TWO),
    ("p", "三、湖南省人民政府要加强对试点工作的组织领导，完善工作机制，细化实施方案，"
          "强化风险防控，及时总结评估试点成效，形成可复制可推广的制度创新成果。", None),
    ("p", "四、商务部要会同外交部、国家发展改革委、财政部、交通运输部、农业农村部、中国人民银行、海关总署、"
          "国家外汇局等部门，按照职责分工加强对试点工作的指导和支持，协调解决试点中遇到的困难和问题。", None),
    ("p", "五、试点实施中的重大问题，湖南省人民政府和商务部要及时向国务院请示报告。", None),
]


def build_hunan():
    doc = new_doc()
    # 信函式版头
    para(doc, "国　务　院", XBS, 42, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=56)
    red_rule(doc, double=True)
    para(doc, HN_NO, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=1)
    blank(doc, 1)
    title(doc, ["国务院关于同意在中国（湖南）自由贸易",
                "试验区开展对非经贸合作与跨境贸易",
                "便利化改革试点的批复"], soft=True)
    blank(doc, 1)
    para(doc, "湖南省人民政府：", indent=False)
    clauses, specific = [], {}
    render_blocks(doc, HN_BLOCKS, clauses, specific)
    blank(doc, 2)
    signature(doc, "国务院", "2025年3月26日")
    blank(doc, 1)
    para(doc, "（此件公开发布）")
    blank(doc, 4)
    banji(doc, ["商务部，外交部，国家发展改革委，财政部，交通运输部，农业农村部，中国人民银行，"
                "海关总署，国家外汇局。"], "国务院办公厅", "2025年3月28日")
    path = os.path.join(HERE, "blind256_hunan_pifu.docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": HN_TITLE, "doc_number": HN_NO, "issuer": ["国务院"], "date": "2025-03-26",
        "published": "2025-03-28", "level": "national", "region": "中国（湖南）自由贸易试验区",
        "effective": "2025-03-28", "expires": "2028-03-27", "attachments": [], "doc_type": "批复",
        "recipients": ["湖南省人民政府"], "publicity": "此件公开发布", "repeals": None,
    }
    EXPECTED["blind256_hunan_pifu"] = [{"meta": meta, "clauses": clauses,
                                       "applies_to": {"specific": specific}}]


# ================================================================== 4. 商务部等7部门
SW_TITLE = "商务部等7部门关于支持自由贸易试验区深度服务共建“一带一路”高质量发展若干措施的通知"
SW_NO = "商自贸发〔2025〕112号"
SW_ORGANS = ["商务部", "外交部", "国家发展改革委", "财政部", "交通运输部", "中国人民银行", "海关总署"]
SW_RECIP = ("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、外事、发展改革、财政、交通运输主管部门，"
            "中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行，海关总署广东分署，各直属海关：")
SW_REPEALED = "《商务部 海关总署关于支持自由贸易试验区开展对外贸易创新发展的通知》（商自贸函〔2021〕205号）"
SW_BLOCKS = [
    ("p", "为深入贯彻党中央、国务院关于高质量共建“一带一路”的决策部署，充分发挥自由贸易试验区（以下简称自贸试验区）"
          "改革开放综合试验平台作用，推动自贸试验区更好服务共建“一带一路”，经国务院同意，现提出以下措施。", None),
    ("h1", "一、提升贸易投资便利化水平"),
    ("ri", "（一）推进通关模式创新。", "支持上海、广东、天津自贸试验区开展进口货物“船边直提”和出口货物“抵港直装”"
     "组合试点，对来自共建“一带一路”国家的货物实施“智慧申报”。试点成熟后在各自贸试验区复制推广。",
     ["上海自贸试验区", "广东自贸试验区", "天津自贸试验区"]),
    ("ri", "（二）发展跨境电商新业态。", "支持自贸试验区内跨境电商企业在共建“一带一路”国家布局海外仓，"
     "推广中国（杭州）跨境电子商务综合试验区“六体系两平台”经验，完善跨境电商出口退货监管措施。", None),
    ("ri", "（三）扩大服务贸易开放。", "鼓励自贸试验区与共建“一带一路”国家开展检验检测、认证认可、"
     "工程咨询等服务贸易合作，在符合条件的自贸试验区开展跨境服务贸易负面清单压力测试。", None),
    ("h1", "二、畅通国际物流通道"),
    ("ri", "（四）提升中欧班列运行质效。", "支持重庆、四川、陕西自贸试验区依托中欧班列集结中心，"
     "开展铁路运输单证物权化试点，探索“一单制”融资结算模式。", ["重庆自贸试验区", "四川自贸试验区", "陕西自贸试验区"]),
    ("ri", "（五）建设西部陆海新通道。", "支持广西、云南自贸试验区深化与东盟国家口岸合作，"
     "推进中老铁路、中越跨境铁路国际联运“一次报关、一次查验、全程放行”。", ["广西自贸试验区", "云南自贸试验区"]),
    ("ri", "（六）拓展沿边开放合作。", "支持新疆自贸试验区喀什片区发展面向中亚、西亚、南亚的国际物流和商品集散业务。"
     "\n支持新疆自贸试验区霍尔果斯片区依托中哈霍尔果斯国际边境合作中心，创新边民互市贸易监管模式。",
     ["新疆自贸试验区喀什片区", "新疆自贸试验区霍尔果斯片区"]),
    ("h1", "三、深化金融开放合作"),
    ("ri", "（七）便利跨境投融资。", "支持自贸试验区内符合条件的企业在共建“一带一路”国家开展跨境融资，"
     "简化境外投资外汇登记手续，允许境外项目贷款资金按规定调回境内使用。", None),
    ("ri", "（八）扩大本币跨境使用。", "在福建自贸试验区厦门片区开展与共建“一带一路”国家贸易本币结算便利化试点，"
     "支持银行凭企业收付款指令直接办理跨境人民币结算。", ["福建自贸试验区厦门片区"]),
    ("h1", "四、加强组织实施"),
    ("ri", "（九）压实工作责任。", "各地商务主管部门要会同有关部门建立工作推进机制，细化工作举措，"
     "加强政策协同，确保各项措施落地见效。", None),
    ("ri", "（十）加强经验总结推广。", "各自贸试验区要参照上海自贸试验区临港新片区做法，建立服务共建“一带一路”"
     "制度创新案例库，及时总结提炼可复制可推广经验。", None),
    ("p", "本通知自印发之日起施行，有效期至2027年12月31日。" + SW_REPEALED + "同时废止。"
          "执行中遇到的问题请及时报商务部（自贸区港建设协调司）。", None),
]


def build_shangwubu():
    doc = new_doc()
    blank(doc, 1)
    # joint 版头: organ names in two columns, 文件 merged on the right
    t = doc.add_table(rows=4, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    names = [("商务部", "外交部"), ("国家发展改革委", "财政部"), ("交通运输部", "中国人民银行"), ("海关总署", "")]
    for r, (a, b) in enumerate(names):
        for ci, n in enumerate((a, b)):
            cell = t.cell(r, ci)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            p.paragraph_format.first_line_indent = None
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(30)
            if n:
                add_run(p, n, XBS, 20, color=RED)
    m = t.cell(0, 2).merge(t.cell(3, 2))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = None
    add_run(p, "文件", XBS, 40, color=RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    col_widths(t, [56, 56, 44])
    blank(doc, 1)
    para(doc, SW_NO, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    blank(doc, 1)
    title(doc, ["商务部等7部门关于支持自由贸易试验区", "深度服务共建“一带一路”高质量发展", "若干措施的通知"], soft=True)
    blank(doc, 1)
    para(doc, SW_RECIP, indent=False)
    clauses, specific = [], {}
    render_blocks(doc, SW_BLOCKS, clauses, specific)
    blank(doc, 2)
    # joint 落款 without seals: organ names in a borderless table, date below
    t2 = doc.add_table(rows=4, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t2)
    pairs = [("商务部", "外交部"), ("国家发展改革委", "财政部"), ("交通运输部", "中国人民银行"), ("海关总署", "")]
    for r, (a, b) in enumerate(pairs):
        for ci, n in enumerate((a, b)):
            p = t2.cell(r, ci).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.first_line_indent = None
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(44)
            if n:
                add_run(p, n, FS, 16)
    col_widths(t2, [75, 75])
    para(doc, "2025年6月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    blank(doc, 1)
    para(doc, "（此件公开发布）")
    banji(doc, ["国务院办公厅，自由贸易试验区工作部际联席会议各成员单位，"
                "各自由贸易试验区所在省、自治区、直辖市人民政府。"], "商务部办公厅", "2025年6月20日")
    path = os.path.join(HERE, "blind256_shangwubu_cuoshi.docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": SW_TITLE, "doc_number": SW_NO, "issuer": SW_ORGANS, "date": "2025-06-18",
        "published": "2025-06-20", "level": "national", "region": "全国",
        "effective": "2025-06-20", "expires": "2027-12-31", "attachments": [], "doc_type": "通知",
        "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、外事、发展改革、财政、交通运输主管部门",
                       "中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行",
                       "海关总署广东分署，各直属海关"],
        "publicity": "此件公开发布", "repeals": SW_REPEALED,
    }
    EXPECTED["blind256_shangwubu_cuoshi"] = [{"meta": meta, "clauses": clauses,
                                             "applies_to": {"specific": specific}}]


if __name__ == "__main__":
    build_jiangxi()
    build_jiangxi_html()
    build_hunan()
    build_shangwubu()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("ok:", ", ".join(sorted(EXPECTED)))
