# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 353: Word automatic (multilevel) list numbering.

Writes next to itself:
  blind353_hubei_tongzhi.docx/.pdf  (省商务厅 通知, 一、（一）1. from a multilevel list, list restarted in 附件)
  blind353_xiamen_banfa.docx/.pdf   (管委会 印发 办法, 第X条 from a list "第%1条", chapters typed)
  blind353_xian_tongzhi.docx/.pdf   (three-bureau joint 通知, typed + automatic numbers, list continued after a table)
  expected.json
Run:  . /work/venv/bin/activate && python make_blind353.py
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"

CN = "零一二三四五六七八九"


def cn_num(n):
    """1..99 -> 一 .. 九十九 (as Word's chineseCounting prints)."""
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    s = ("" if t == 1 else CN[t]) + "十"
    return s + (CN[u] if u else "")


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


BODY_LINE = [28]   # exact line pitch in pt; a document may tighten it ("调整行距") so that 落款 stays with the text


def fmt(p, align=None, first_line=None, line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if line == 28:
        line = BODY_LINE[0]
    if align is not None:
        p.alignment = align
    if first_line is not None:
        pf.first_line_indent = Pt(first_line)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_runs(p, runs):
    """runs: list of (text, font, size, bold) ; text may contain '\n' = soft line break."""
    for text, font, size, bold in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def mark_font(p, name, size):
    """Paragraph-mark run properties (Word uses them for the list label too)."""
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(parse_xml(
        f'<w:rFonts {nsdecls("w")} w:ascii="{name}" w:hAnsi="{name}" w:eastAsia="{name}" w:cs="{name}"/>'))
    rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{int(size * 2)}"/>'))


def set_num(p, num_id, ilvl=0):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come after numPr/keepNext etc. and before spacing/ind/jc
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_number_footer(footer, align):
    p = footer.paragraphs[0]
    p.text = ""
    p.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    r = p.add_run("— ")
    set_font(r, ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
    fc1 = OxmlElement("w:fldChar"); fc1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    fc2 = OxmlElement("w:fldChar"); fc2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    fc3 = OxmlElement("w:fldChar"); fc3.set(qn("w:fldCharType"), "end")
    for e in (fc1, it, fc2, t, fc3):
        r._r.append(e)
    r = p.add_run(" —")
    set_font(r, ST, 14)


def setup(doc, landscape=False, section=None):
    s = section or doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        s.top_margin, s.bottom_margin = Mm(28), Mm(26)
        s.left_margin, s.right_margin = Mm(37), Mm(35)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    s.header_distance = Mm(15)
    return s


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    setup(doc)
    doc.settings.odd_and_even_pages_header_footer = True
    s = doc.sections[0]
    page_number_footer(s.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_number_footer(s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    # docGrid 28 lines
    sectpr = s._sectPr
    g = sectpr.find(qn("w:docGrid"))
    if g is None:
        g = OxmlElement("w:docGrid")
        sectpr.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), str(BODY_LINE[0] * 20))
    # remove the template's empty first paragraph if any
    for p in list(doc.paragraphs):
        p._p.getparent().remove(p._p)
    return doc


def lvl_xml(ilvl, fmt_, text, font, size, first_line=640, suff="nothing", bold=False):
    b = "<w:b/>" if bold else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt_}"/>'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="{first_line}"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>{b}'
            f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr></w:lvl>')


def add_abstract(doc, abs_id, nsid, levels, multi=True):
    numbering = doc.part.numbering_part.element
    xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}"><w:nsid w:val="{nsid}"/>'
           f'<w:multiLevelType w:val="{"multilevel" if multi else "singleLevel"}"/>'
           + "".join(levels) + "</w:abstractNum>")
    el = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(doc, num_id, abs_id, restart_levels=()):
    numbering = doc.part.numbering_part.element
    ov = "".join(f'<w:lvlOverride w:ilvl="{l}"><w:startOverride w:val="1"/></w:lvlOverride>'
                 for l in restart_levels)
    el = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/>{ov}</w:num>')
    mac = numbering.find(qn("w:numIdMacAtCleanup"))
    if mac is not None:
        mac.addprevious(el)
    else:
        numbering.append(el)


# ------------------------------------------------------------ building blocks
def red_header(doc, organ_text, size=40):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=None, before=0, after=0)
    p.paragraph_format.line_spacing = 1.0
    r = p.add_run(organ_text)
    set_font(r, XBS, size, color=RED)
    # spacing to mimic the 版头 position
    p.paragraph_format.space_before = Pt(20)
    p.paragraph_format.space_after = Pt(34)


def doc_number_line(doc, number):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=28, after=18)
    add_runs(p, [(number, FS, 16, False)])
    border(p, "bottom", sz=18, color="FF0000", space=10)


def blank(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=28)
        mark_font(p, FS, size)


def title(doc, text):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=35, before=12, after=14)
    add_runs(p, [(text, XBS, 22, False)])
    return p


def recip(doc, text):
    p = doc.add_paragraph()
    fmt(p, line=28)
    add_runs(p, [(text, FS, 16, False)])


def body(doc, runs, num=None, ilvl=0, first_line=32, label_font=FS):
    """runs: str or list of (text, font, size, bold)."""
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=first_line, line=28)
    if num is not None:
        set_num(p, num, ilvl)
        mark_font(p, label_font, 16)
    add_runs(p, runs)
    return p


def heading_typed(doc, text, font=HT):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=32, line=28)
    add_runs(p, [(text, font, 16, False)])
    return p


def signature(doc, organ, date, right_chars=4, blanks=2):
    blank(doc, blanks)
    for t in (organ, date):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, line=28, right=16 * right_chars)
        add_runs(p, [(t, FS, 16, False)])


def publicity(doc, text="（此件公开发布）"):
    p = doc.add_paragraph()
    fmt(p, first_line=32, line=28)
    add_runs(p, [(text, FS, 16, False)])


def attach_note(doc, items):
    blank(doc)
    if len(items) == 1:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=32, line=28)
        add_runs(p, [("附件：" + items[0], FS, 16, False)])
    else:
        for i, it in enumerate(items, 1):
            p = doc.add_paragraph()
            if i == 1:
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_line=32, line=28)
                add_runs(p, [(f"附件：{i}.{it}", FS, 16, False)])
            else:
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=80, line=28)
                add_runs(p, [(f"{i}.{it}", FS, 16, False)])


def banji(doc, cc, printer, date, pagebreak=False, tab_mm=150):
    """版记: 抄送 + 印发机关 and 印发日期, framed by lines."""
    if pagebreak:
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
    else:
        blank(doc, 2)
    p = doc.add_paragraph()
    fmt(p, line=28, left=14, right=14)
    add_runs(p, [("抄送：" + cc, FS, 14, False)])
    border(p, "top", sz=12, space=4)
    border(p, "bottom", sz=4, space=4)
    p = doc.add_paragraph()
    fmt(p, line=28, left=14, right=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(tab_mm), alignment=2)  # right tab
    add_runs(p, [(printer + "\t" + date + "印发", FS, 14, False)])
    border(p, "bottom", sz=12, space=4)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, line=20)
    add_runs(p, [(text, font, size, bold)])
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_borders(table, on=True):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    v = "single" if on else "nil"
    xml = (f'<w:tblBorders {nsdecls("w")}>' +
           "".join(f'<w:{s} w:val="{v}" w:sz="4" w:space="0" w:color="000000"/>'
                   for s in ("top", "left", "bottom", "right", "insideH", "insideV")) +
           "</w:tblBorders>")
    tblpr.append(parse_xml(xml))


def set_widths(table, widths):
    """Set tblGrid and every cell's width (LibreOffice reads the grid)."""
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for tr in tbl.tr_lst:
        j = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = sum(widths[j:j + span], Mm(0))
            j += span
    tblpr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)


def pagebreak(doc):
    p = doc.add_paragraph()
    fmt(p, line=28)
    p.add_run().add_break(WD_BREAK.PAGE)


def attach_head(doc, label, ttl):
    p = doc.add_paragraph()
    fmt(p, line=28)
    add_runs(p, [(label, HT, 16, False)])
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=35, before=12, after=14)
    add_runs(p, [(ttl, XBS, 22, False)])


def to_pdf(docx_path):
    prof = "file:///tmp/lo_353"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={prof}", "--convert-to", "pdf",
                    "--outdir", str(HERE), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


EXPECTED = {}


# =========================================================== document (a)
def make_hubei():
    stem = "blind353_hubei_tongzhi"
    BODY_LINE[0] = 27
    doc = new_doc()
    # multilevel list like a 公文 template: 一、 / （一） / 1. / （1）
    add_abstract(doc, 20, "5A3C1E01", [
        lvl_xml(0, "chineseCounting", "%1、", HT, 16),
        lvl_xml(1, "chineseCounting", "（%2）", KT, 16),
        lvl_xml(2, "decimal", "%3.", FS, 16),
        lvl_xml(3, "decimal", "（%4）", FS, 16),
    ])
    add_num(doc, 31, 20)                     # body
    add_num(doc, 32, 20, restart_levels=(0, 1, 2))  # 附件: the same list restarted
    clauses = []

    red_header(doc, "湖北省商务厅文件", 40)
    doc_number_line(doc, "鄂商务发〔2025〕46号")
    title(doc, "湖北省商务厅关于做好中国（湖北）\n自由贸易试验区第六批制度创新成果\n复制推广工作的通知")
    recip(doc, "各市、州、直管市、神农架林区商务主管部门，中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区管委会：")

    t = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推进高水平对外开放，"
         "更好服务和融入共建“一带一路”，经省人民政府同意，现就做好中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）"
         "第六批制度创新成果复制推广工作有关事项通知如下。")
    body(doc, t); clauses.append(t)

    # 一、 heading alone (automatic 一、)
    body(doc, [("总体要求", HT, 16, False)], num=31, ilvl=0, label_font=HT)
    t = ("坚持以制度创新为核心，以可复制可推广为基本要求，对照《中国（湖北）自由贸易试验区第六批制度创新成果复制推广清单》"
         "（见附件），分类推进、应推尽推，推动自贸试验区改革红利由“盆景”变“风景”，力争到2026年6月底前，"
         "清单所列事项在适用范围内全面落地见效。")
    body(doc, t); clauses.append(t)

    body(doc, [("重点任务", HT, 16, False)], num=31, ilvl=0, label_font=HT)
    h, t = "抓好全省复制推广事项落实。", ("各市州商务主管部门要会同同级有关部门，逐项明确责任单位和完成时限，"
                                    "于2025年10月31日前制定本地区复制推广工作方案，报省商务厅备案；涉及需调整地方性法规、"
                                    "规章或规范性文件的，要及时提出修改意见。")
    body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=31, ilvl=1, label_font=KT)
    clauses.append("（一）" + h + t)
    # （二） heading alone, then 1. 2. 3. automatic
    body(doc, [("深化片区差异化改革探索", KT, 16, False)], num=31, ilvl=1, label_font=KT)
    items = [
        "武汉片区要聚焦光电子信息、生物医药等产业链开放创新，在跨境数据流动、研发用物品进口通关便利化等方面开展压力测试，"
        "2025年底前形成不少于5项首创性制度成果。",
        "襄阳片区要围绕汽车及零部件出口，深化“中欧班列+跨境电商”联运模式探索，推动二手车出口、汽车零部件保税维修等业务常态化运行。",
        "宜昌片区要依托三峡坝区和长江黄金水道，探索江海联运、多式联运“一单制”改革，在磷化工、新能源材料等领域开展产业链供应链协同创新试点。",
    ]
    for i, t in enumerate(items, 1):
        body(doc, t, num=31, ilvl=2)
        clauses.append(f"{i}." + t)
    h, t = "推进联动创新区协同发展。", ("各自贸试验区联动创新区要对标片区，主动承接本批复制推广事项，可参照武汉片区"
                                   "“研发用物品白名单”做法，结合本地产业实际开展集成创新；省商务厅将按年度对联动创新区复制推广情况进行评估。")
    body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=31, ilvl=1, label_font=KT)
    clauses.append("（三）" + h + t)
    h, t = "更好服务共建“一带一路”。", ("鼓励各地依托中欧班列（武汉）、江海直达航线和鄂州花湖国际机场货运航线，复制推广"
                                    "“提前申报”“两段准入”等通关便利化举措，支持企业拓展中亚、东盟等共建“一带一路”国家市场。")
    body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=31, ilvl=1, label_font=KT)
    clauses.append("（四）" + h + t)

    body(doc, [("工作要求", HT, 16, False)], num=31, ilvl=0, label_font=HT)
    req = [
        ("加强组织领导。", "各地要将复制推广工作纳入本地区深化改革和扩大开放重点任务，主要负责同志亲自部署，分管负责同志具体推进，"
                     "确保各项事项落地见效。"),
        ("做好跟踪评估。", "各地、各片区要建立复制推广工作台账，实行清单化管理、销号式推进，于2025年12月15日前将工作进展情况"
                     "（含典型案例）书面报送省商务厅（省自贸办）。"),
        ("强化总结宣传。", "各地要及时总结复制推广中的好经验好做法，加强政策解读和宣传引导，营造良好氛围。\n"
                     "联系人：省商务厅自贸试验区处　刘晓川，电话：027-87235618。"),
    ]
    for i, (h, t) in enumerate(req, 1):
        body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=31, ilvl=1, label_font=KT)
        clauses.append(f"（{cn_num(i)}）" + h + t.replace("\n", ""))

    att = "中国（湖北）自由贸易试验区第六批制度创新成果复制推广清单"
    attach_note(doc, [att])
    signature(doc, "湖北省商务厅", "2025年9月18日", right_chars=4, blanks=1)
    publicity(doc)

    # ----- 附件 on a new page, same list restarted at 一、
    pagebreak(doc)
    attach_head(doc, "附件", att)
    body(doc, [("在全省范围内复制推广的事项", HT, 16, False)], num=32, ilvl=0, label_font=HT)
    whole = [
        ("“自贸通”企业开办全程网办。", "将企业设立登记、公章刻制、涉税事项办理、社保登记等整合为“一件事”，实行一表申请、一网通办，"
                                  "企业开办时间压缩至1个工作日以内。责任单位：省市场监管局、省公安厅、省税务局、省人社厅。"),
        ("涉企经营许可“证照联办”。", "对食品经营、药品零售等高频涉企经营许可事项，推行营业执照与许可证“一次申请、并联审批、同步发证”。"
                                "责任单位：省市场监管局、省政务管理办。"),
        ("跨境电商出口退货“一站式”监管。", "对跨境电商出口退货商品实行集中申报、分类查验、快速复出口或入区维修，"
                                    "退货时限由6个月延长至1年。责任单位：武汉海关、省商务厅。"),
        ("国际航行船舶“船边直提、抵港直装”。", "对符合条件的进出口货物，允许在码头前沿直接提离或装船，实现港口作业与通关监管无缝衔接。"
                                        "责任单位：武汉海关、省交通运输厅。"),
    ]
    for i, (h, t) in enumerate(whole, 1):
        body(doc, [(h, FS, 16, True), (t, FS, 16, False)], num=32, ilvl=2)
        clauses.append(f"{i}." + h + t)
    body(doc, [("在特定区域复制推广的事项", HT, 16, False)], num=32, ilvl=0, label_font=HT)
    special = [
        ("综合保税区“保税维修+再制造”一体化监管。", "在武汉东湖综合保税区、武汉经开综合保税区和襄阳综合保税区复制推广，"
                                           "对区内企业开展全球维修和再制造业务实行“一次备案、全程监管、分类核销”。"
                                           "责任单位：武汉海关、相关综合保税区管理机构。"),
        ("进境保税货物“分送集报”。", "在宜昌三峡综合保税区和黄石棋盘洲综合保税区复制推广，允许区内企业先分批送货、"
                                  "后集中办理报关手续。责任单位：武汉海关、宜昌市人民政府、黄石市人民政府。"),
    ]
    for i, (h, t) in enumerate(special, 1):
        body(doc, [(h, FS, 16, True), (t, FS, 16, False)], num=32, ilvl=2)
        clauses.append(f"{i}." + h + t)

    banji(doc, "商务部自贸区港司，省人民政府办公厅，武汉海关。", "湖北省商务厅办公室", "2025年9月19日")

    path = HERE / f"{stem}.docx"
    doc.save(path)
    to_pdf(path)

    spec = {
        "1.武汉片区要聚焦光电子信息、生物医药等产": ["中国（湖北）自由贸易试验区武汉片区"],
        "2.襄阳片区要围绕汽车及零部件出口，深化“": ["中国（湖北）自由贸易试验区襄阳片区"],
        "3.宜昌片区要依托三峡坝区和长江黄金水道，": ["中国（湖北）自由贸易试验区宜昌片区"],
        "1.综合保税区“保税维修+再制造”一体化监": ["武汉东湖综合保税区", "武汉经开综合保税区", "襄阳综合保税区"],
        "2.进境保税货物“分送集报”。在宜昌三峡综": ["宜昌三峡综合保税区", "黄石棋盘洲综合保税区"],
    }
    for k in spec:
        assert sum(c.startswith(k) for c in clauses) == 1, k
    EXPECTED[stem] = [{
        "meta": {
            "title": "湖北省商务厅关于做好中国（湖北）自由贸易试验区第六批制度创新成果复制推广工作的通知",
            "doc_number": "鄂商务发〔2025〕46号",
            "issuer": ["湖北省商务厅"],
            "date": "2025-09-18",
            "published": "2025-09-19",
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各市、州、直管市、神农架林区商务主管部门",
                           "中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


# =========================================================== document (b)
def make_xiamen():
    stem = "blind353_xiamen_banfa"
    BODY_LINE[0] = 28
    doc = new_doc()
    # article list: 第%1条 (chineseCounting) + a second level （%2） for items inside an article
    add_abstract(doc, 21, "6B4D2F02", [
        lvl_xml(0, "chineseCounting", "第%1条", HT, 16, suff="space"),
        lvl_xml(1, "chineseCounting", "（%2）", FS, 16),
    ])
    add_num(doc, 41, 21)
    clauses = []
    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"

    red_header(doc, "厦门自贸片区管理委员会文件", 32)
    doc_number_line(doc, "厦自贸委〔2025〕27号")
    title(doc, "中国（福建）自由贸易试验区厦门片区\n管理委员会关于印发厦门片区促进跨境\n电子商务高质量发展扶持办法的通知")
    recip(doc, "片区各部门、各直属单位，各有关企业：")
    t = ("《厦门片区促进跨境电子商务高质量发展扶持办法》已经片区管委会2025年第9次主任办公会议研究通过，"
         "现印发给你们，请认真组织实施。")
    body(doc, t); clauses.append(t)
    signature(doc, organ, "2025年11月12日", right_chars=2)
    blank(doc)
    publicity(doc)

    # the 办法 in a new section (new page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup(doc, section=sec)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=35, before=0, after=14)
    add_runs(p, [("厦门片区促进跨境电子商务\n高质量发展扶持办法", XBS, 22, False)])

    n = [0]

    def chapter(text):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=28, before=8, after=8)
        add_runs(p, [(text, HT, 16, False)])

    def article(text, extra_paras=(), items=None, after_items=()):
        n[0] += 1
        body(doc, text, num=41, ilvl=0, label_font=HT)
        full = f"第{cn_num(n[0])}条 " + text
        if items:
            for j, it in enumerate(items, 1):
                body(doc, it, num=41, ilvl=1)
                full += f"\n（{cn_num(j)}）" + it
        for e in list(extra_paras) + list(after_items):
            body(doc, e)
            full += "\n" + e
        clauses.append(full)

    chapter("第一章　总　　则")
    article("为深入贯彻落实国家关于加快发展外贸新业态新模式的决策部署，用好中国（厦门）跨境电子商务综合试验区和自由贸易试验区"
            "政策叠加优势，推动跨境电商与“丝路海运”、中欧（厦门）班列融合发展，结合厦门片区实际，制定本办法。")
    article("本办法适用于在中国（福建）自由贸易试验区厦门片区（以下简称片区）内依法注册登记、具有独立法人资格、实行独立核算"
            "并在片区纳税的跨境电商企业、跨境电商平台企业、跨境电商服务企业和海外仓企业。")
    article("本办法所称跨境电商业务，是指以海关监管方式代码9610、9710、9810、1210申报的跨境电子商务进出口业务。")
    article("片区管委会经济发展局（以下简称经发局）负责本办法的组织实施、资金审核和绩效评价；片区财政金融局负责扶持资金的"
            "预算安排和拨付。")
    chapter("第二章　主体培育")
    article("对新引进的跨境电商平台企业，上一年度跨境电商进出口额首次达到1亿元、5亿元、10亿元的，分别给予一次性奖励30万元、"
            "80万元、150万元。同一企业按差额补足方式申领，最高不超过150万元。")
    article("对跨境电商企业年度跨境电商进出口额同比增长20%以上且达到2000万元的，按其新增部分每1美元给予0.02元人民币奖励，"
            "单个企业每年最高不超过100万元。")
    article("支持企业建设海外仓。对企业在共建“一带一路”国家和地区新建或租赁、面积达到3000平方米以上的海外仓，按其实际投入的30%"
            "给予补助，单个海外仓最高不超过200万元。",
            extra_paras=["企业在同一国家新增海外仓的，按照前款规定累计计算，每个企业每年补助总额不超过300万元。"])
    article("对跨境电商企业引进的年薪30万元以上的高级管理人才和技术人才，按其上一年度个人所得税片区留成部分的80%给予奖励，"
            "每个企业每年奖励人数不超过5人。")
    chapter("第三章　平台和载体建设")
    article("支持片区跨境电商公共服务平台建设，重点支持以下事项：",
            items=["建设跨境电商大数据监测和统计分析系统；",
                   "建设跨境电商通关、物流、支付、退税一站式服务系统；",
                   "开展跨境电商人才培训和企业孵化服务。"],
            after_items=["对经认定的公共服务平台，按其年度实际运营费用的50%给予补助，每个平台每年最高不超过100万元。"])
    article("对在厦门象屿综合保税区内开展跨境电商1210保税备货进口业务、年度进口单量达到100万单以上的企业，按每单0.5元给予"
            "物流补贴，单个企业每年最高不超过150万元。")
    article("对在海沧港区跨境电商监管中心开展9610、9710、9810出口业务，且通过“丝路海运”命名航线出运的企业，按出口货值的0.3%"
            "给予物流补贴，单个企业每年最高不超过80万元。")
    article("对通过中欧（厦门）班列运输跨境电商出口货物、发往中亚和欧洲国家的企业，按每标准箱1000元给予运费补贴，单个企业每年"
            "最高不超过50万元。企业享受本条补贴的，同一批货物不再享受第十一条规定的补贴。")
    article("支持跨境电商产业园区建设。对经片区认定的跨境电商产业园区，入驻跨境电商企业达到30家以上且园区年度跨境电商交易额"
            "达到10亿元的，给予园区运营主体一次性奖励100万元。")
    article("对跨境电商企业在片区新租用自用办公用房的，前两年按实际租金的50%给予补贴，每平方米每月补贴不超过30元，单个企业"
            "补贴面积不超过1000平方米。")
    chapter("第四章　服务保障")
    article("对跨境电商企业投保出口信用保险的，按其实际缴纳保费的50%给予补助，单个企业每年最高不超过30万元。")
    article("支持企业参加境内外重点跨境电商展会。对企业参加经经发局认定的境外展会的，按展位费的70%给予补助；参加中国国际投资"
            "贸易洽谈会、海峡两岸经贸交易会等境内展会的，按展位费的50%给予补助，单个企业每年最高不超过20万元。")
    article("鼓励金融机构针对跨境电商企业开发“跨境电商贷”“海外仓贷”等产品，对企业获得的贷款按实际支付利息的50%给予贴息，"
            "单个企业每年最高不超过50万元。")
    chapter("第五章　附　　则")
    article("同一企业同一事项符合本办法和片区其他扶持政策规定的，按照“就高不重复”原则执行。本办法扶持资金由片区财政预算安排，"
            "单个企业每年享受本办法扶持资金总额不超过500万元。")
    article("企业申报材料应当真实、准确、完整。对弄虚作假、骗取扶持资金的，由经发局追回已拨付资金，三年内取消其申报资格，"
            "并按规定纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。")
    article("本办法由片区管委会经济发展局负责解释。")
    article("本办法自2025年12月1日起施行，有效期至2027年12月31日。《厦门片区跨境电子商务发展扶持暂行办法》"
            "（厦自贸委〔2022〕15号）同时废止。")

    banji(doc, "厦门市商务局，厦门市财政局，厦门海关。", "厦门片区管委会办公室", "2025年11月13日")
    path = HERE / f"{stem}.docx"
    doc.save(path)
    to_pdf(path)

    spec = {
        "第十条 对在厦门象屿综合保税区内开展跨境电商": ["厦门象屿综合保税区"],
        "第十一条 对在海沧港区跨境电商监管中心开展9": ["海沧港区跨境电商监管中心"],
    }
    for k in spec:
        assert sum(c.startswith(k) for c in clauses) == 1, k
    EXPECTED[stem] = [{
        "meta": {
            "title": "中国（福建）自由贸易试验区厦门片区管理委员会关于印发厦门片区促进跨境电子商务高质量发展扶持办法的通知",
            "doc_number": "厦自贸委〔2025〕27号",
            "issuer": [organ],
            "date": "2025-11-12",
            "published": "2025-11-13",
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": "2025-12-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["片区各部门、各直属单位", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": "《厦门片区跨境电子商务发展扶持暂行办法》（厦自贸委〔2022〕15号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


# =========================================================== document (c)
def make_xian():
    stem = "blind353_xian_tongzhi"
    BODY_LINE[0] = 28
    doc = new_doc()
    # one single-level list （%1）; typed 一、二、三、 and 1. 2. around it
    add_abstract(doc, 22, "7C5E3A03", [lvl_xml(0, "chineseCounting", "（%1）", KT, 16)], multi=False)
    add_num(doc, 51, 22)                          # 二、 items, continued after the table
    add_num(doc, 52, 22, restart_levels=(0,))     # 三、 items, restarted by hand
    clauses = []
    organs = ["西安市商务局", "西安市发展和改革委员会", "西安市交通运输局"]

    # joint 版头 as a borderless table: three organ names + merged “文件”
    tb = doc.add_table(rows=3, cols=2)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tb, on=False)
    set_widths(tb, [Mm(112), Mm(40)])
    for i, o in enumerate(organs):
        c = tb.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = 1.0
        r = p.add_run(o)
        set_font(r, XBS, 26, color=RED)
    m = tb.cell(0, 1).merge(tb.cell(2, 1))
    m.text = ""
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 40, color=RED)
    blank(doc)
    doc_number_line(doc, "市商发〔2025〕112号")
    title(doc, "西安市商务局 西安市发展和改革委员会\n西安市交通运输局关于做好2025年第四季度\n中欧班列（西安）货源组织工作的通知")
    recip(doc, "各区县商务主管部门、发展改革部门、交通运输主管部门，西咸新区、各开发区管委会，有关企业：")

    t = ("为深入贯彻落实高质量共建“一带一路”部署要求，巩固中欧班列（西安）集结中心运行质效，确保完成全年开行目标，"
         "现就做好2025年第四季度货源组织工作通知如下：")
    body(doc, t); clauses.append(t)
    # typed 一、 run-in
    h, t = "一、明确工作目标。", ("第四季度全市计划开行中欧班列1300列以上，其中回程班列占比不低于40%，本地货源占比较上年同期"
                          "提高5个百分点；跨境电商专列开行不少于60列。")
    body(doc, [(h, HT, 16, False), (t, FS, 16, False)])
    clauses.append(h + t)
    heading_typed(doc, "二、重点任务")
    h, t = "稳定西向主通道运行。", ("依托阿拉山口、霍尔果斯、二连浩特口岸，稳定“长安号”西安至阿拉木图、塔什干、杜伊斯堡、汉堡等"
                           "干线运行，推动跨里海通道常态化开行，提升全程时效。")
    body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=51, label_font=KT)
    clauses.append("（一）" + h + t)
    h, t = "拓展跨境电商专列。", "支持平台企业与跨境电商企业联合开行定制专列，重点做好以下工作："
    body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=51, label_font=KT)
    clauses.append("（二）" + h + t)
    typed = [
        "1.在西安综合保税区、西安航空基地综合保税区内开展跨境电商“班列+海外仓”集拼业务，对集拼货物实行“先入区、后报关”。",
        "2.组织跨境电商企业参加“长安号”跨境电商专列推介对接活动，每月至少举办1场，全季度推介对接企业不少于200家。",
    ]
    for t in typed:
        body(doc, t); clauses.append(t)
    h, t = "落实重点线路开行目标。", "各运营主体按照下表组织货源，确保各线路按计划开行："
    body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=51, label_font=KT)
    clauses.append("（三）" + h + t)

    # table in the body (vertical merges + a horizontal merge)
    hdr = ["方向", "线路", "第四季度开行目标（列）", "牵头单位"]
    rows = [
        ("中亚方向", "西安—阿拉木图", "260", "西安长安号国际物流有限公司"),
        ("中亚方向", "西安—塔什干", "180", "陕西丝路班列运营有限公司"),
        ("欧洲方向", "西安—杜伊斯堡", "300", "西安长安号国际物流有限公司"),
        ("欧洲方向", "西安—汉堡", "220", "西安长安号国际物流有限公司"),
        ("欧洲方向", "西安—布达佩斯", "140", "陕西丝路班列运营有限公司"),
        ("跨里海方向", "西安—巴库—伊斯坦布尔", "40", "陕西丝路班列运营有限公司"),
        ("其他线路", "—", "160", "各运营主体"),
    ]
    tb = doc.add_table(rows=1 + len(rows) + 1, cols=4)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tb, on=True)
    widths = [Mm(26), Mm(40), Mm(29), Mm(61)]
    for j, h_ in enumerate(hdr):
        cell_text(tb.cell(0, j), h_, HT, 12)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, FS, 12)
    set_widths(tb, widths)
    # merge 方向: rows 1-2, 3-5
    for a, b in ((1, 2), (3, 5)):
        mc = tb.cell(a, 0).merge(tb.cell(b, 0))
        cell_text(mc, rows[a - 1][0], FS, 12)
    last = len(rows) + 1
    mc = tb.cell(last, 0).merge(tb.cell(last, 1))
    cell_text(mc, "合计", HT, 12)
    cell_text(tb.cell(last, 2), "1300", FS, 12)
    cell_text(tb.cell(last, 3), "", FS, 12)
    for row in rows:
        parts = [f"{hdr[j]}：{v}" for j, v in enumerate(row) if v]
        clauses.append("；".join(parts))
    clauses.append("方向：合计；第四季度开行目标（列）：1300")

    # list continues after the table: （四）（五）
    h, t = "强化多式联运衔接。", ("推动“中欧班列+跨境电商”“中欧班列+西部陆海新通道”联运，西安国际港务区要在西安铁路口岸"
                          "（西安国际港站）实行班列货物“一次申报、一次查验、一次放行”，压缩货物在港停留时间。")
    p = body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=51, label_font=KT)
    p.paragraph_format.space_before = Pt(6)
    clauses.append("（四）" + h + t)
    h, t = "做好运力和场站保障。", ("市交通运输局会同中国铁路西安局集团有限公司，统筹做好第四季度班列运力安排，优先保障回程班列"
                           "和跨境电商专列的车皮、箱源和场站作业需求。")
    body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=51, label_font=KT)
    clauses.append("（五）" + h + t)

    heading_typed(doc, "三、保障措施")
    sup = [
        ("加强统筹调度。", "建立市商务局、市发展改革委、市交通运输局和西安国际港务区管委会共同参与的周调度机制，及时协调解决"
                     "货源组织、运力调配和通关中的困难问题。"),
        ("落实资金支持。", "对第四季度开行的回程班列和跨境电商专列，按照《西安市中欧班列发展专项资金管理办法》有关规定给予支持，"
                     "所需资金在年度专项资金中统筹安排。"),
        ("及时报送信息。", "各区县、开发区于每月5日前将上月货源组织情况报送市商务局。\n"
                     "联系人：市商务局对外贸易处　王立新，电话：029-86785213。"),
    ]
    for i, (h, t) in enumerate(sup, 1):
        body(doc, [(h, KT, 16, False), (t, FS, 16, False)], num=52, label_font=KT)
        clauses.append(f"（{cn_num(i)}）" + h + t.replace("\n", ""))

    att = "各区县、开发区2025年第四季度中欧班列货源组织任务分解表"
    attach_note(doc, [att])
    # joint 落款: three organs side by side in a borderless table, date below
    blank(doc, 2)
    st = doc.add_table(rows=2, cols=2)
    table_borders(st, on=False)
    set_widths(st, [Mm(70), Mm(80)])
    for j, o in enumerate(organs):
        c = st.cell(j // 2, j % 2)
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, [(o, FS, 16, False)])
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, line=28, right=64, before=8)
    add_runs(p, [("2025年10月9日", FS, 16, False)])
    blank(doc)
    publicity(doc)

    # 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup(doc, landscape=True, section=sec)
    attach_head(doc, "附件", att)
    hdr2 = ["序号", "区县（开发区）", "重点货源品类", "第四季度货源任务（标准箱）", "责任单位"]
    rows2 = [
        ("1", "西安国际港务区", "跨境电商商品、汽车及零部件", "12000", "西安国际港务区管委会"),
        ("2", "西安经济技术开发区", "工程机械、新能源汽车", "8000", "西安经开区管委会"),
        ("3", "西安高新技术产业开发区", "电子信息产品、光伏组件", "9000", "西安高新区管委会"),
        ("4", "西咸新区", "食品、日用消费品", "6000", "西咸新区管委会"),
        ("5", "西安航空基地", "航空零部件", "2000", "西安航空基地管委会"),
        ("6", "鄠邑区", "农产品、木制家具", "1500", "鄠邑区人民政府"),
        ("7", "阎良区", "机电产品", "1500", "阎良区人民政府"),
    ]
    tb = doc.add_table(rows=2 + len(rows2), cols=5)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tb, on=True)
    w2 = [Mm(16), Mm(55), Mm(58), Mm(42), Mm(54)]
    for j, h_ in enumerate(hdr2):
        cell_text(tb.cell(0, j), h_, HT, 14)
    for i, row in enumerate(rows2, 1):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, FS, 14)
    last = len(rows2) + 1
    mc = tb.cell(last, 0).merge(tb.cell(last, 2))
    cell_text(mc, "合计", HT, 14)
    cell_text(tb.cell(last, 3), "40000", FS, 14)
    cell_text(tb.cell(last, 4), "", FS, 14)
    set_widths(tb, w2)
    for row in rows2:
        clauses.append("；".join(f"{hdr2[j]}：{v}" for j, v in enumerate(row) if v))
    clauses.append("序号：合计；第四季度货源任务（标准箱）：40000")

    banji(doc, "陕西省商务厅，市人民政府办公厅，西安海关，中国铁路西安局集团有限公司。", "西安市商务局办公室", "2025年10月10日", tab_mm=218)
    path = HERE / f"{stem}.docx"
    doc.save(path)
    to_pdf(path)

    spec = {
        "1.在西安综合保税区、西安航空基地综合保税区内": ["西安综合保税区", "西安航空基地综合保税区"],
        "（四）强化多式联运衔接。推动“中欧班列+跨境": ["西安国际港务区"],
    }
    for row in rows2:
        key = "；".join(f"{hdr2[j]}：{v}" for j, v in enumerate(row) if v)[:24]
        spec[key] = [row[1]]
    for k in spec:
        assert sum(c.startswith(k) for c in clauses) == 1, k
    EXPECTED[stem] = [{
        "meta": {
            "title": "西安市商务局 西安市发展和改革委员会 西安市交通运输局关于做好2025年第四季度中欧班列（西安）货源组织工作的通知",
            "doc_number": "市商发〔2025〕112号",
            "issuer": organs,
            "date": "2025-10-09",
            "published": "2025-10-10",
            "level": "municipal",
            "region": "西安市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各区县商务主管部门、发展改革部门、交通运输主管部门", "西咸新区、各开发区管委会", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_hubei()
    make_xiamen()
    make_xian()
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses")
