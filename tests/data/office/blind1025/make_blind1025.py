# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1025: 省政府印发自贸试验区新片区总体方案的通知.

Word files typed with section breaks, different odd/even running heads
(short title on even pages, organ name on odd pages), page numbers
"— N —" alternating right/left, and a landscape attachment section with
its own header.  Writes .docx, .pdf and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(container, runs, **kw):
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = container.add_paragraph()
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


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, indent=False, line=line)


def scale(run, pct):
    """character scaling (w:w), used to squeeze a long red 版头 onto one line."""
    rpr = run._element.get_or_add_rPr()
    rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), pct)))


def page_field(p, size=14, left="— ", right=" —"):
    font(p.add_run(left), SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = p.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(right), SONG, size)


def footer_num(hf, align, size=14, indent_pt=14, use_tab=False):
    """odd page: number at right, one char in; even page: at left, one char in."""
    hf.is_linked_to_previous = False
    p = hf.paragraphs[0]
    p.text = ""
    pf = p.paragraph_format
    if use_tab and align == R:
        # clerk's way: a right tab stop instead of right alignment
        pf.tab_stops.add_tab_stop(Cm(15.2), 2)
        font(p.add_run("\t"), SONG, size)
    else:
        p.alignment = align
    if align == R:
        pf.right_indent = Pt(indent_pt)
    else:
        pf.left_indent = Pt(indent_pt)
    page_field(p, size)


def header_text(hf, text, align, name=SONG, size=10.5, rule=True):
    hf.is_linked_to_previous = False
    p = hf.paragraphs[0]
    p.text = ""
    p.alignment = align
    font(p.add_run(text), name, size)
    if rule:
        border(p, "bottom", "000000", 6, 1)


def portrait(s):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(2.2), Cm(2.5)


def landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(1.4)


def new_doc():
    doc = Document()
    portrait(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # 奇偶页不同 is a document-wide setting in Word
    doc.settings.odd_and_even_pages_header_footer = True
    return doc


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(container, cc, printer, date_txt, tab_cm=15.0, left_pt=14):
    """版记: 抄送 + 印发 between black rules; date pushed right with a tab."""
    p = add_par(container, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(left_pt)
    p.paragraph_format.right_indent = Pt(left_pt)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(container, [(printer, FS, 14, False), ("\t", FS, 14, False),
                             (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(left_pt)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1025", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


# ---- VML text box (落款 typed inside a floating box) ------------------------
def textbox_par(doc, lines, left_pt=235, width_pt=190, height_pt=66):
    inner = ""
    for t in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/>'
                  '</w:pPr><w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>').format(f=FS, t=t)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:4pt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (nsdecls("w"), left_pt, width_pt, height_pt, inner))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


# ======================================================================= A
def doc_yunnan():
    """云南：红头文件 + 附件1 总体方案（第2节）+ 附件2 任务清单（第3节，横向）."""
    stem = "blind1025_yunnan_mohan"
    doc = new_doc()
    clauses = []
    s1 = doc.sections[0]
    # 首页不同: no running head over the 红头; page number still printed
    s1.different_first_page_header_footer = True
    s1.first_page_header.is_linked_to_previous = False
    footer_num(s1.first_page_footer, R)
    header_text(s1.header, "云南省人民政府", R)            # odd pages
    header_text(s1.even_page_header, "磨憨片区总体方案", L)  # even pages
    footer_num(s1.footer, R)
    footer_num(s1.even_page_footer, L)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    # ---- 版头
    add_par(doc, [("云南省人民政府文件", XBS, 42, False, RED)], align=C, indent=False,
            line=52)
    empty(doc, 1)
    add_par(doc, "云政发〔2026〕9号", align=C, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title wrapped by the clerk in the middle of 自由贸易
    add_par(doc, [("云南省人民政府关于印发中国（云南）自由", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("贸易试验区磨憨片区总体方案的通知", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)
    body("经国务院同意，中国（云南）自由贸易试验区扩展设立磨憨片区。现将《中国（云南）自由贸易试验区磨憨片区总体方案》和《磨憨片区首批重点改革任务清单》印发给你们，请认真贯彻执行。")
    body("各地、各有关部门要按照职责分工抓好各项任务落实。")
    empty(doc, 1)
    add_par(doc, "附件：1．中国（云南）自由贸易试验区磨憨片区总体方案")
    # continuation line lined up with typed full-width spaces
    add_par(doc, IND + "\u3000\u3000\u3000" + "2．磨憨片区首批重点改革任务清单", indent=False)
    empty(doc, 1)
    p = add_par(doc, "云南省人民政府", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- section 2: 附件1, same running heads (linked), no 首页不同
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(s2)
    s2.different_first_page_header_footer = False
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（云南）自由贸易试验区", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("磨憨片区总体方案", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def sub(t):
        add_par(doc, [(t, KT, 16, False)])

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("为高质量建设中老经济走廊和中国—老挝磨憨—磨丁经济合作区，根据《国务院关于同意中国（云南）自由贸易试验区扩展区域的批复》（国函〔2025〕118号），制定本方案。")
    head("一、总体要求")
    runin("（一）战略定位。", "以制度创新为核心，依托中老铁路大通道，建设面向东盟的陆路国际物流枢纽、中老跨境产业合作示范区和共建“一带一路”高质量发展标杆。")
    runin("（二）发展目标。", "到2028年，片区进出口总额突破600亿元，中老铁路磨憨站年货物吞吐量达到800万吨，累计形成制度创新成果30项以上；到2030年，建成贸易投资便利、监管安全高效的高水平自由贸易园区。")
    head("二、实施范围")
    body("磨憨片区实施范围11.86平方公里，涵盖磨憨口岸功能区、磨憨站国际物流园区和尚勇产业合作区三个区块（四至范围另行公布），其中海关特殊监管区域2.37平方公里。")
    head("三、主要任务")
    sub("（一）提升跨境贸易便利化水平")
    body("1．深化“智慧口岸”建设。对中老铁路进出境货物实施“铁路快通”模式，推动中老双方海关监管互认，进出口整体通关时间压缩30%以上。")
    body("2．创新边民互市贸易。支持边民互市商品落地加工，推动互市贸易由“通道经济”向“口岸经济”转变。")
    runin("（二）打造国际物流枢纽。", "加快磨憨站扩能改造，常态化开行“澜湄快线”跨境货运班列，推动中老铁路与中欧班列、西部陆海新通道班列衔接联运。")
    runin("（三）深化金融开放创新。", "支持在片区开展人民币与老挝基普直接汇率形成机制试点，鼓励金融机构为中老跨境贸易提供人民币结算和跨境融资服务。")
    head("四、保障措施")
    runin("（一）加强组织领导。", "昆明市人民政府、西双版纳州人民政府共同推进磨憨片区建设，片区管理委员会具体负责日常建设管理工作。")
    runin("（二）做好风险防控。", "建立健全安全审查、事中事后监管等制度，严厉打击走私、洗钱等违法犯罪活动。")

    # ---- section 3: 附件2 landscape with its own header
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s3)
    s3.different_first_page_header_footer = False
    header_text(s3.header, "附件2　磨憨片区首批重点改革任务清单", C)
    header_text(s3.even_page_header, "附件2　磨憨片区首批重点改革任务清单", C)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("磨憨片区首批重点改革任务清单", XBS, 20, False)], align=C, indent=False,
            line=32, after=6)
    header = ["序号", "改革任务", "主要内容", "牵头单位", "完成时限"]
    rows = [
        ["1", "中老铁路国际联运“一单制”", "推行中老铁路国际联运“一次委托、一单到底、一次结算”，探索铁路运单物权化", "省交通运输厅、昆明海关、中国铁路昆明局集团有限公司", "2026年12月底前"],
        ["2", "边民互市商品落地加工", "建立互市商品落地加工企业白名单，简化原料进口申报手续", "省商务厅、昆明海关、西双版纳州人民政府", "2026年9月底前"],
        ["3", "跨境人民币结算便利化", "支持银行凭收付款指令为优质企业直接办理跨境人民币结算", "中国人民银行云南省分行", "2026年10月底前"],
        ["4", "口岸查验结果互认", "与老挝方面探索农产品检验检疫结果互认，推广“一地两检”查验模式", "昆明海关、省商务厅", "2027年6月底前"],
        ["5", "片区管理权限下放", "向片区管理委员会下放省级行政许可和公共服务事项", "省司法厅、省政务服务局", "2026年6月底前"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (2,) else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.3, 4.6, 8.6, 5.6, 4.2])
    empty(doc, 1, line=16)
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，云南省军区。",
          "云南省人民政府办公厅", "2026年3月13日印发", tab_cm=23.8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省人民政府关于印发中国（云南）自由贸易试验区磨憨片区总体方案的通知",
            "doc_number": "云政发〔2026〕9号",
            "issuer": ["云南省人民政府"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（云南）自由贸易试验区磨憨片区总体方案",
                            "磨憨片区首批重点改革任务清单"],
            "doc_type": "通知",
            "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================================= B
def doc_guangxi():
    """广西：通知（首页）+ 总体方案紧跟其后（第2节，Word自动编号）+ 附件横向表（第3节）."""
    stem = "blind1025_guangxi_beihai"
    doc = new_doc()
    clauses = []
    s1 = doc.sections[0]
    s1.different_first_page_header_footer = True
    s1.first_page_header.is_linked_to_previous = False
    footer_num(s1.first_page_footer, R, use_tab=True)
    # running heads without a rule under them, 楷体
    header_text(s1.header, "广西壮族自治区人民政府", R, KT, 10.5, rule=False)
    header_text(s1.even_page_header, "北海片区总体方案", L, KT, 10.5, rule=False)
    footer_num(s1.footer, R, use_tab=True)
    footer_num(s1.even_page_footer, L)

    n_head = make_numbering(doc, "%1、")

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    cur = {"nid": None, "n": 0}

    def new_items():
        cur["nid"] = make_numbering(doc, "（%1）")
        cur["n"] = 0

    def item(h, t):
        cur["n"] += 1
        clauses.append("（%s）%s%s" % (CN[cur["n"] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, cur["nid"])

    # ---- 版头 (long organ name squeezed with character scaling)
    p = doc.add_paragraph()
    r = font(p.add_run("广西壮族自治区人民政府文件"), XBS, 40, False, RED)
    scale(r, 78)
    fmt(p, align=C, indent=False, line=52)
    empty(doc, 1)
    add_par(doc, "桂政发〔2025〕41号", align=C, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title: one paragraph, Shift+Enter inside
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区人民政府关于印发"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（广西）自由贸易试验区北海片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("总体方案的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构：", indent=False)
    body("现将《中国（广西）自由贸易试验区北海片区总体方案》印发给你们，请结合实际认真组织实施。")
    empty(doc, 2)
    # 落款 lined up with typed half-width spaces
    add_par(doc, " " * 30 + "广西壮族自治区人民政府", indent=False)
    add_par(doc, " " * 30 + "二〇二五年十二月二十六日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- section 2: 方案 (no 附件 label), running heads inherited
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(s2)
    s2.different_first_page_header_footer = False
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 22, False)], align=C, indent=False,
            line=34)
    add_par(doc, [("北海片区总体方案", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    body("经国务院同意，设立中国（广西）自由贸易试验区北海片区（以下简称北海片区）。为高标准建设北海片区，制定本方案。")
    head("总体要求")
    new_items()
    item("功能定位。", "坚持以制度创新为核心，主动服务和融入共建“一带一路”，建设向海经济发展示范区和中国—东盟产业合作重要平台。")
    item("发展目标。", "经过3至5年改革探索，向海经济规模突破1500亿元，铁山港集装箱吞吐量达到120万标箱，电子信息产业产值突破2500亿元。")
    head("实施范围")
    body("北海片区实施范围19.96平方公里，涵盖铁山港临港产业区块、北海综合保税区区块、北海工业园区块和银海数字经济区块，具体区划见附件。")
    head("主要任务和措施")
    new_items()
    item("推动向海经济高质量发展。", "支持发展海洋工程装备、绿色化工新材料等产业，探索海域使用权立体分层设权，推行“标准海域”出让。")
    item("打造电子信息产业集群。", "依托北海综合保税区，支持企业开展保税研发、保税维修业务，对符合条件的企业实施“保税+ERP”联网监管。")
    item("深化与东盟经贸合作。", "对接《区域全面经济伙伴关系协定》(RCEP)规则，推进原产地证书“智能审核+自助打印”，开通北海至胡志明市、巴生港集装箱航线。")
    item("提升西部陆海新通道服务能力。", "推动铁山港铁路支线扩能改造，发展海铁联运“一单制”，开行北海—重庆、北海—成都海铁联运班列。")
    head("保障机制")
    new_items()
    item("加强组织实施。", "北海市人民政府承担主体责任，自治区有关部门按照职责分工加强指导支持。")
    item("加强评估督查。", "建立北海片区建设评估机制，每年开展一次第三方评估。")
    body("本方案自2026年1月1日起施行，有效期至2030年12月31日。")
    empty(doc, 1)
    add_par(doc, "附件：北海片区功能区划表")

    # ---- section 3: landscape attachment with own header
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s3)
    s3.different_first_page_header_footer = False
    header_text(s3.header, "附件　北海片区功能区划表", R, KT, 10.5, rule=False)
    header_text(s3.even_page_header, "附件　北海片区功能区划表", L, KT, 10.5, rule=False)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("北海片区功能区划表", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("单位：平方公里", FS, 12, False)], align=R, indent=False, line=20)
    t = doc.add_table(rows=7, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header: 面积 over 规划 / 已开发
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "功能区", HT, 12)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(a, "区块", HT, 12)
    a = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(a, "面积", HT, 12)
    set_cell(t.cell(1, 2), "规划", HT, 12)
    set_cell(t.cell(1, 3), "已开发", HT, 12)
    a = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(a, "主要功能", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["功能区", "区块", "面积／规划", "面积／已开发", "主要功能"]
    data = [
        ["临港产业区", "铁山港临港产业区块", "8.62", "5.17", "绿色化工、新材料、海洋工程装备制造和港口物流"],
        ["临港产业区", "北海综合保税区区块", "2.28", "1.94", "保税加工、保税物流、保税研发和跨境电商"],
        ["城市功能区", "北海工业园区块", "6.43", "4.86", "电子信息、智能终端制造和配套服务"],
        ["城市功能区", "银海数字经济区块", "2.63", "0.92", "数字贸易、跨境金融、服务外包和文旅消费"],
        ["合计", "—", "19.96", "12.89", "—"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            if ci == 0 and ri in (3, 5):
                continue  # filled by the vertical merge
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 4 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    # vertically merged 功能区 cells
    a = t.cell(2, 0).merge(t.cell(3, 0))
    set_cell(a, "临港产业区", FS, 12)
    a = t.cell(4, 0).merge(t.cell(5, 0))
    set_cell(a, "城市功能区", FS, 12)
    col_widths(t, [3.4, 5.4, 2.6, 2.6, 10.3])
    note = "注：北海综合保税区区块已纳入海关特殊监管区域管理，各区块四至范围以国务院批准的为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)
    empty(doc, 1, line=20)
    banji(doc, "抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，自治区监委，自治区高级法院，自治区检察院。",
          "广西壮族自治区人民政府办公厅", "2025年12月29日印发", tab_cm=23.8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区北海片区总体方案的通知",
            "doc_number": "桂政发〔2025〕41号",
            "issuer": ["广西壮族自治区人民政府"],
            "date": "2025-12-26",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-01-01",
            "expires": "2030-12-31",
            "attachments": ["北海片区功能区划表"],
            "doc_type": "通知",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================================= C
def doc_heilongjiang():
    """黑龙江：紧急；首页也带页眉（未设首页不同）；全角空格缩进；落款在文本框里；
    附件1接在通知后（分页符，不分节）；附件2 横向（第2节）."""
    stem = "blind1025_heilongjiang_tongjiang"
    doc = new_doc()
    clauses = []
    s1 = doc.sections[0]
    header_text(s1.header, "黑龙江省人民政府", R, SONG, 9)
    header_text(s1.even_page_header, "同江片区总体方案", L, SONG, 9)
    footer_num(s1.footer, R)
    footer_num(s1.even_page_footer, L)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t, name=HT):
        add_par(doc, [(IND + t, name, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("黑龙江省人民政府文件", XBS, 40, False, RED)], align=C, indent=False,
            line=46)
    add_par(doc, "黑政发〔2026〕4号", align=C, indent=False, before=14)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    add_par(doc, [("黑龙江省人民政府关于印发中国（黑龙江）", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("自由贸易试验区同江片区总体方案", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("的通知", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（地）、县（市）人民政府（行署），省政府各直属单位：", indent=False)
    body("现将《中国（黑龙江）自由贸易试验区同江片区总体方案》印发给你们，请认真组织实施。")
    empty(doc, 1, line=20)
    add_par(doc, IND + "附件：1.中国（黑龙江）自由贸易试验区同江片区总体方案", indent=False)
    add_par(doc, IND + "\u3000\u3000\u3000" + "2.同江片区主要发展指标（2026—2028年）", indent=False)
    empty(doc, 1)
    textbox_par(doc, ["黑龙江省人民政府", "2026年2月9日"])
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件1 after a plain page break (same section)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    font(p.add_run("附件1"), HT, 16)
    fmt(p, indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（黑龙江）自由贸易试验区", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("同江片区总体方案", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    body("为发挥同江口岸在中俄经贸合作中的通道作用，依据《中国（黑龙江）自由贸易试验区总体方案》，制定本方案。")
    head("一、总体要求")
    runin("（一）功能定位。", "建设中俄跨境物流枢纽、对俄农业合作先行区和沿边开放制度创新示范区。")
    runin("（二）实施范围。", "同江片区实施范围8.42平方公里，涵盖同江口岸及铁路大桥桥头区块、哈鱼岛进出口加工区块两个区块。")
    head("二、重点任务")
    head("（一）畅通跨境物流通道", KT)
    # two items typed in one paragraph with Shift+Enter
    t1 = "1.提升同江中俄铁路大桥通行能力。推动同江—下列宁斯阔耶铁路口岸扩大开放，增加宽准轨换装能力。"
    t2 = "2.发展江海联运。开通同江至哈巴罗夫斯克江海联运航线，推进冬季浮箱固冰通道建设，实现口岸全年通关。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    head("（二）发展进出口加工", KT)
    body("1.建设对俄农产品进口加工基地。支持企业利用俄罗斯远东地区大豆、油菜籽等资源开展落地加工，对进口粮食实行“附条件提离”。")
    body("2.培育木材加工产业。支持哈鱼岛进出口加工区块发展进口木材精深加工，探索开展保税加工贸易。")
    runin("（三）创新边境贸易方式。", "支持发展“互市贸易+跨境电商”，探索开展对俄易货贸易，允许符合条件的企业以易货方式结算。")
    head("三、保障措施")
    runin("（一）完善管理体制。", "设立同江片区管理委员会，作为佳木斯市人民政府派出机构，依法行使片区经济管理权限。")
    runin("（二）强化要素保障。", "省级财政通过自由贸易试验区发展专项资金对同江片区给予支持。")
    body("本方案自2026年3月1日起实施。《黑龙江省人民政府办公厅关于支持同江对俄经贸合作示范区建设的若干意见》（黑政办规〔2019〕27号）同时废止。")

    # ---- section 2: 附件2 landscape, own header
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s2)
    header_text(s2.header, "同江片区主要发展指标（2026—2028年）", C, SONG, 9)
    header_text(s2.even_page_header, "同江片区主要发展指标（2026—2028年）", C, SONG, 9)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("同江片区主要发展指标（2026—2028年）", XBS, 20, False)], align=C,
            indent=False, line=32, after=6)
    t = doc.add_table(rows=2 + 5, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(["序号", "指标名称", "单位", "2025年基数"]):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(a, h, HT, 12)
    a = t.cell(0, 4).merge(t.cell(0, 6))
    set_cell(a, "目标值", HT, 12)
    for ci, h in zip((4, 5, 6), ("2026年", "2027年", "2028年")):
        set_cell(t.cell(1, ci), h, HT, 12)
    a = t.cell(0, 7).merge(t.cell(1, 7))
    set_cell(a, "责任单位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "指标名称", "单位", "2025年基数", "目标值／2026年", "目标值／2027年",
           "目标值／2028年", "责任单位"]
    data = [
        ["1", "进出口总额", "亿元", "96.3", "115", "138", "165", "佳木斯市人民政府、省商务厅"],
        ["2", "同江铁路口岸过货量", "万吨", "412", "480", "560", "650", "哈尔滨海关、中国铁路哈尔滨局集团有限公司"],
        ["3", "实际使用外资", "万美元", "3850", "4500", "5200", "6000", "省商务厅"],
        ["4", "新增经营主体", "户", "1260", "1500", "1700", "2000", "省市场监管局"],
        ["5", "形成制度创新成果", "项", "—", "5", "8", "10", "同江片区管理委员会"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 7 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.4, 5.0, 2.2, 3.2, 2.1, 2.1, 2.1, 6.2])
    empty(doc, 2, line=20)
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，省军区。",
          "黑龙江省人民政府办公厅", "2026年2月11日印发", tab_cm=23.8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "黑龙江省人民政府关于印发中国（黑龙江）自由贸易试验区同江片区总体方案的通知",
            "doc_number": "黑政发〔2026〕4号",
            "issuer": ["黑龙江省人民政府"],
            "date": "2026-02-09",
            "published": None,
            "level": "provincial",
            "region": "黑龙江省",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["中国（黑龙江）自由贸易试验区同江片区总体方案",
                            "同江片区主要发展指标（2026—2028年）"],
            "doc_type": "通知",
            "recipients": ["各市（地）、县（市）人民政府（行署）", "省政府各直属单位"],
            "publicity": "此件主动公开",
            "repeals": "《黑龙江省人民政府办公厅关于支持同江对俄经贸合作示范区建设的若干意见》（黑政办规〔2019〕27号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_guangxi(), doc_heilongjiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
