# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 927: 政协提案办理情况答复函（A类/B类，领导署名，抄送政协提案委）.

Writes blind927_*.docx, the PDF of each (LibreOffice) and expected.json
into the directory of this script.
"""
import json
import os
import subprocess

from docx import Document
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
BR = object()          # marker: manual line break (Shift+Enter) inside a paragraph
TEXT_W = 8844          # 15.6 cm text width in twips (for right tab stops)
SP = "\u3000"


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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None,
        right=None, left=None):
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
    if right is not None:
        pf.right_indent = right
    if left is not None:
        pf.left_indent = left
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]) / BR / '\t'."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r is BR:
            rr = p.add_run()
            rr.add_break(WD_BREAK.LINE)
            continue
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def runs_text(runs):
    if isinstance(runs, str):
        return runs
    return "".join(r[0] for r in runs if r is not BR)


def clause(doc, clauses, runs, **kw):
    """A body paragraph that is one clause of the answer key."""
    p = add_par(doc, runs, **kw)
    clauses.append(runs_text(runs))
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def right_tab(p, pos=TEXT_W):
    ppr = p._p.get_or_add_pPr()
    tabs = parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="%d"/></w:tabs>'
                     % (nsdecls("w"), pos))
    ppr.insert(0, tabs)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def new_page(p):
    """Start paragraph p on a new page (page break before)."""
    p.paragraph_format.page_break_before = True
    return p


def setup(doc, author="Administrator"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    doc.core_properties.author = author
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind, payload in (("begin", None), ("instr", " PAGE "), ("separate", None),
                          ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), payload)))
        elif kind == "text":
            r.text = payload
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>'
                                  % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


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


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def caption(doc, text, size=14):
    return add_par(doc, [(text, HT, size, False)], indent=False,
                   align=WD_ALIGN_PARAGRAPH.CENTER, line=24, before=6)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24,
                left=Pt(14), right=Pt(14))
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24,
                 left=Pt(14), right=Pt(14))
    right_tab(p2, TEXT_W - 280)
    border(p2, "bottom", "000000", 8, 4)


def luokuan(doc, organ, date_txt, right_chars=4, gap=2):
    empty(doc, gap)
    add_par(doc, [(organ, FS, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
            right=Pt(16 * right_chars))
    add_par(doc, [(date_txt, FS, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
            right=Pt(16 * (right_chars + 1)))


def red_organ(doc, name, size=30, rule="thickThinSmallGap", spacing=None):
    p = add_par(doc, [(name, XBS, size, False, RED)], indent=False,
                align=WD_ALIGN_PARAGRAPH.CENTER, line=size + 16, after=4)
    if spacing:
        for r in p.runs:
            rpr = r._element.get_or_add_rPr()
            rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    if rule:
        border(p, "bottom", "FF0000", 24, 6, rule)
    return p


def title(doc, parts, size=22):
    """parts: list of str lines; joined with a manual line break if >1."""
    runs = []
    for i, t in enumerate(parts):
        if i:
            runs.append(BR)
        runs.append((t, XBS, size, False))
    add_par(doc, runs, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)


def text_box(doc, text):
    """Floating VML text box with a frame (used for the A类 mark)."""
    p = doc.add_paragraph()
    fmt(p, indent=False, line=20)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox927" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0pt;margin-top:-18pt;width:56pt;height:28pt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" strokecolor="#000000" strokeweight="0.75pt">'
        '<v:textbox inset="2pt,1pt,2pt,1pt"><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>'
        '<w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % text)
    p._p.append(parse_xml(xml))
    return p


# ---- Word automatic numbering (chineseCounting "一、") ----------------------
_next_abs = [930]


def make_numbering(doc, lvl_text="%1、"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


def heading(doc, text, name=HT):
    """Heading-only line (not a clause)."""
    return add_par(doc, [(text, name, 16, False)])


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_927", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =====================================================================
# File 1: 广西壮族自治区商务厅 — A类答复函（信函式红头，领导署名，手动换行）
# =====================================================================
def make_gx():
    doc = Document()
    setup(doc)
    cl = []

    add_par(doc, [("A类", HT, 16, False)], indent=False)
    red_organ(doc, "广西壮族自治区商务厅", size=30)
    p = add_par(doc, [("桂商函〔2026〕87号", FS, 16, False), ("\t", FS, 16, False),
                      ("领导署名：", FS, 16, False), ("韦志刚", KT, 16, False)],
                indent=False, before=6)
    right_tab(p)
    empty(doc)
    t1 = "广西壮族自治区商务厅关于自治区政协"
    t2 = "十三届四次会议第0412号提案答复的函"
    title(doc, [t1, t2])
    empty(doc)
    add_par(doc, "黄丽娟委员：", indent=False)

    # body — some paragraphs indented with two full-width spaces instead of
    # a first-line indent (typed by the clerk)
    clause(doc, cl, SP * 2 + "您提出的《关于加快建设中国—东盟跨境电商综合服务枢纽助力高质量共建“一带一路”的提案》（第0412号）收悉。经商自治区发展改革委、南宁海关、自治区邮政管理局，现答复如下：", indent=False)
    cl[-1] = cl[-1].lstrip(SP)
    heading(doc, "一、关于推动跨境电商综合试验区提质扩容")
    clause(doc, cl, "您提出要发挥南宁、崇左、柳州、贺州4个跨境电商综试区叠加效应、打造面向东盟的跨境电商枢纽的建议，与我厅工作思路高度契合。2025年，全区跨境电商进出口额486.3亿元，同比增长21.7%，其中对东盟进出口312.5亿元，占全区跨境电商进出口额的64.3%。")
    clause(doc, cl, [("（一）完善综试区考核评价机制。", KT, 16, False),
                     ("2025年，我厅会同自治区发展改革委等12个部门印发《广西跨境电子商务综合试验区提质增效三年行动方案(2025—2027年)》，对各综试区实行“一区一策”分类评价，将海外仓建设、品牌出海、主体培育等指标纳入年度考核。南宁综试区在商务部2025年度综试区评估中位列第二档，较上年提升一档。", FS, 16, False)])
    clause(doc, cl, [("（二）推进海外仓布局建设。", KT, 16, False),
                     ("截至2025年底，我区企业在越南、泰国、马来西亚、印度尼西亚等东盟国家建设运营海外仓58个，总面积42.6万平方米，比2024年底新增14个。我厅已将海外仓纳入自治区外经贸发展专项资金支持范围，2025年共安排资金3200万元，支持海外仓企业23家。", FS, 16, False)])
    heading(doc, "二、关于优化跨境物流和通关服务")
    clause(doc, cl, [("（一）提升跨境物流通道效率。", KT, 16, False),
                     ("2025年，中越跨境班列（南宁—河内）开行1126列，同比增长18.4%；", FS, 16, False),
                     BR,
                     ("西部陆海新通道海铁联运班列开行1.12万列。凭祥友谊关口岸“智慧口岸”一期工程建成投用，货车平均通关时间由2024年的4.5小时压缩至2.1小时。", FS, 16, False)])
    clause(doc, cl, [("（二）推广跨境电商便利化监管模式。", KT, 16, False),
                     ("南宁海关在全区推广跨境电商出口“9710”“9810”模式，实施“提前申报、运抵验放”，2025年全区跨境电商B2B出口申报清单382.6万票，同比增长33.2%。我厅将会同南宁海关、自治区邮政管理局，积极争取在中国（广西）自由贸易试验区南宁片区开展跨境电商零售进口退货中心仓试点。", FS, 16, False)])
    clause(doc, cl, [("三、关于加强人才和金融支撑。", HT, 16, False),
                     ("2025年，我厅联合自治区教育厅认定跨境电商产教融合实训基地16个，培训跨境电商从业人员1.8万人次；推动中国出口信用保险公司广西分公司推出“跨境e贷保”产品，为中小跨境电商企业提供保单融资9.7亿元。", FS, 16, False)])
    clause(doc, cl, SP * 2 + "下一步，我厅将认真吸纳您的意见建议，重点抓好三方面工作：一是推动出台《广西加快发展跨境电商新业态新模式若干措施》，力争2026年全区跨境电商进出口额突破550亿元；二是新建面向东盟的公共海外仓10个以上；三是办好2026中国—东盟跨境电商交易会，搭建更多企业对接平台。", indent=False)
    cl[-1] = cl[-1].lstrip(SP)
    clause(doc, cl, "感谢您对全区商务工作的关心和支持。")
    clause(doc, cl, "联系人：覃海燕，联系电话：0771-2828163。")

    luokuan(doc, "广西壮族自治区商务厅", "2026年5月18日")
    empty(doc)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：自治区政协提案委员会，自治区人民政府办公厅，自治区发展改革委，南宁海关，自治区邮政管理局。",
          "广西壮族自治区商务厅办公室", "2026年5月18日印发")

    stem = "blind927_gxreply"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title=t1 + t2, doc_number="桂商函〔2026〕87号",
             issuer=["广西壮族自治区商务厅"], date="2026-05-18", level="provincial",
             region="广西壮族自治区", doc_type="函", recipients=["黄丽娟委员"],
             publicity="此件主动公开")
    return stem, path, [{"meta": m, "clauses": cl}]


# =====================================================================
# File 2: 西安市发展和改革委员会 — B类答复函（签发人，多级表头表格，附件征询意见表）
# =====================================================================
def make_xa():
    doc = Document()
    setup(doc, author="fgw-bgs")
    cl = []

    add_par(doc, [("B类", HT, 16, True)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    red_organ(doc, "西安市发展和改革委员会", size=28, rule=None, spacing=-10)
    p = add_par(doc, [("市发改函〔2026〕236号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("杜建平", KT, 16, False)],
                indent=False, before=12, left=Pt(16), right=Pt(16))
    right_tab(p, TEXT_W - 320)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 2)
    # title typed as two separate paragraphs (Enter pressed mid-title)
    t1 = "西安市发展和改革委员会关于市政协十五届"
    t2 = "五次会议第150号提案的答复函"
    add_par(doc, [(t1, XBS, 22, False)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    add_par(doc, [(t2, XBS, 22, False)], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    empty(doc)
    add_par(doc, "九三学社西安市委员会：", indent=False)

    clause(doc, cl, "贵委提出的《关于推动中欧班列（西安）集结中心高质量发展 更好服务共建“一带一路”的提案》(第150号)收悉。我委高度重视，会同市商务局、市交通局、西安海关、西安国际港务区管委会认真研究办理，并于2026年4月22日与贵委进行了面商。现将办理情况答复如下：")
    heading(doc, "一、中欧班列长安号运行基本情况")
    clause(doc, cl, "近年来，我市持续推进中欧班列（西安）集结中心建设，长安号开行线路已达18条，覆盖亚欧大陆45个国家和地区。2025年，长安号开行5867列，同比增长10.0%；运送货物504.0万吨，同比增长9.9%，开行量、货运量、重箱率等核心指标继续保持全国前列。具体情况见表1。")

    caption(doc, "表1　2024—2025年中欧班列长安号分方向开行情况（单位：列、万吨）")
    rows = [
        ("中亚方向", "1862", "2047", "158.6", "176.3"),
        ("欧洲方向", "2735", "2810", "246.2", "251.9"),
        ("跨里海方向", "406", "621", "31.4", "48.7"),
        ("“+西欧”集结线路", "332", "389", "22.5", "27.1"),
        ("合计", "5335", "5867", "458.7", "504.0"),
    ]
    keys = ["线路方向", "开行量／2024年", "开行量／2025年", "货运量／2024年", "货运量／2025年"]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "线路方向", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "开行量", HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "货运量", HT, 12)
    for i, h in enumerate(["2024年", "2025年", "2024年", "2025年"], 1):
        set_cell(t.cell(1, i), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        bold = row[0] == "合计"
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if bold else FS, 12)
        cl.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(t, [4.4, 2.8, 2.8, 2.8, 2.8])
    clause(doc, cl, [("注：“+西欧”集结线路指省外城市货源经西安集结后开往欧洲的班列；货运量含回程货物。", FS, 12, False)],
           line=20, before=4)

    heading(doc, "二、存在的问题")
    clause(doc, cl, "贵委在提案中指出的回程货源不足、通道运输成本偏高、数字化服务水平不高等问题客观存在。2025年长安号回程重箱率为86.2%，低于去程重箱率13.1个百分点，跨里海方向全程运输成本较中欧北通道高出约18%。")
    heading(doc, "三、下一步工作打算")
    clause(doc, cl, [("（一）拓展回程货源组织。", KT, 16, False),
                     ("推动在哈萨克斯坦、乌兹别克斯坦、德国、波兰等国设立海外集货点，2026年力争新增海外集货点6个；支持长安号运营平台与中亚、欧洲大型贸易商签订长期运输协议，提高回程重箱率。", FS, 16, False)])
    clause(doc, cl, [("（二）降低通道综合物流成本。", KT, 16, False),
                     ("积极争取国家有关部委支持，推动跨里海通道“一单制”全程运输，协调沿线国家铁路部门优化运价；对开行跨里海班列的平台企业，按照《西安市支持国际物流通道建设若干措施》给予运费补贴。", FS, 16, False)])
    clause(doc, cl, [("（三）提升数字化服务水平。", KT, 16, False),
                     ("重点推进以下工作：", FS, 16, False)])
    clause(doc, cl, "1.建设长安号数字化综合服务平台，实现订舱、报关、结算、追踪“一网通办”，计划2026年底前上线运行。")
    clause(doc, cl, "2.推广“铁路快通”“关铁通”等监管模式，进一步压缩口岸通关时间。")
    clause(doc, cl, "3.依托中国（陕西）自由贸易试验区西安国际港务区片区，探索开展铁路运输单证物权化试点。")
    clause(doc, cl, "由于上述部分事项涉及国家事权，需争取国家有关部委支持，我委将持续跟踪推进，及时向贵委通报进展情况。")
    clause(doc, cl, "衷心感谢贵委对我市发展改革工作的关心和支持，欢迎继续提出宝贵意见建议。")
    add_par(doc, "特此函复。")
    empty(doc)
    add_par(doc, "附件：西安市政协提案办理情况征询意见表")

    luokuan(doc, "西安市发展和改革委员会", "二〇二六年五月二十六日", right_chars=3)
    empty(doc)
    add_par(doc, "（此件依申请公开）")

    # ---- 附件 on its own page
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc)
    add_par(doc, [("西安市政协提案办理情况征询意见表", XBS, 20, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc, line=20)
    clause(doc, cl, [("提案编号：第150号" + SP * 4 + "提案人：九三学社西安市委员会", FS, 14, False)],
           indent=False, line=26)
    hdr = ["序号", "征询项目", "满意", "基本满意", "不满意"]
    frows = [("1", "办理前与提案人沟通协商情况"), ("2", "办理工作态度"),
             ("3", "办理结果"), ("4", "答复函规范性及时限")]
    ft = doc.add_table(rows=1 + len(frows), cols=5)
    ft.style = "Table Grid"
    ft.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(ft.cell(0, i), h, HT, 14)
    repeat_header(ft.rows[0])
    for ri, (no, item) in enumerate(frows, 1):
        vals = [no, item, "□", "□", "□"]
        for ci, v in enumerate(vals):
            set_cell(ft.cell(ri, ci), v, FS, 14,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        for cell in ft.rows[ri].cells:
            cell.paragraphs[0].paragraph_format.line_spacing = Pt(30)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, vals)))
    col_widths(ft, [1.6, 7.2, 2.2, 2.4, 2.2])
    empty(doc, line=20)
    clause(doc, cl, [("请于收到答复函之日起15日内将本表填写后反馈我委，联系人：张蕾，联系电话：029-86787150。", FS, 14, False)],
           line=26)

    banji(doc, "抄送：市政协提案委员会，市政府办公厅，市商务局，市交通局，西安海关，西安国际港务区管委会。",
          "西安市发展和改革委员会办公室", "2026年5月26日印发")

    stem = "blind927_xareply"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    m = meta(title=t1 + t2, doc_number="市发改函〔2026〕236号",
             issuer=["西安市发展和改革委员会"], date="2026-05-26", level="municipal",
             region="西安市", doc_type="函", recipients=["九三学社西安市委员会"],
             publicity="此件依申请公开",
             attachments=["西安市政协提案办理情况征询意见表"])
    return stem, path, [{"meta": m, "clauses": cl}]


# =====================================================================
# File 3: 义乌市商务局 — two answer letters in one Word file (A类 in a text box,
# auto-numbered headings; B类 with a table split by hand into 续表)
# =====================================================================
def make_yw():
    doc = Document()
    setup(doc, author="swj")
    docs = []

    # ---------------- letter 1 (A类)
    cl = []
    text_box(doc, "A类")
    empty(doc)
    red_organ(doc, "义乌市商务局", size=32, spacing=60)
    add_par(doc, [("义商务函〔2026〕31号", FS, 16, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    # right part pushed over with spaces by the clerk
    add_par(doc, [(SP * 19 + "领导署名：吴立新", FS, 16, False)], indent=False)
    empty(doc)
    ttl1 = "义乌市商务局关于市政协十六届五次会议第27号提案答复的函"
    title(doc, [ttl1])
    empty(doc)
    add_par(doc, "楼晓东委员：", indent=False)
    clause(doc, cl, "您提出的《关于推动市场采购贸易与跨境电商融合发展的提案》（第27号）收悉。现答复如下：")
    nid = make_numbering(doc)
    h = heading(doc, "融合发展工作成效")
    apply_num(h, nid)
    clause(doc, cl, "2025年，我市市场采购贸易方式出口4682.3亿元，同比增长12.6%，占全市出口总额的78.4%；跨境电商交易额1412.7亿元，同比增长11.3%。我局牵头制定《义乌市市场采购贸易与跨境电商融合发展试点工作方案》，在全国率先开展“市场采购+跨境电商”组货拼箱试点，全年累计出口拼箱货物2.3万标箱，惠及市场经营户6100余户。")
    h = heading(doc, "关于您提出的具体建议")
    apply_num(h, nid)
    clause(doc, cl, [("（一）关于建设“义乌好货”跨境直播基地的建议。", KT, 16, False),
                     ("我局已会同市市场发展委、义乌国际陆港集团在国际商贸城五区建成跨境直播基地2个，入驻直播机构47家，2025年实现跨境直播带货成交额36.5亿元。", FS, 16, False)])
    clause(doc, cl, [("（二）关于开通“义新欧”跨境电商专列的建议。", KT, 16, False),
                     ("2025年“义新欧”中欧班列开行2518列，其中跨境电商专列186列，已实现对西班牙马德里、德国杜伊斯堡、波兰华沙等站点的常态化运行。", FS, 16, False)])
    clause(doc, cl, [("（三）关于加大跨境电商金融支持的建议。", KT, 16, False),
                     ("我局联合中国人民银行义乌市分行推广“义支付”跨境人民币结算，2025年结算金额达到82.4亿元，同比增长27.1%。", FS, 16, False)])
    h = heading(doc, "下一步工作")
    apply_num(h, nid)
    clause(doc, cl, "我局将以中国（浙江）自由贸易试验区金义片区建设为契机，进一步扩大“市场采购+跨境电商”试点范围，力争2026年拼箱出口突破3万标箱，推动更多市场主体拓展“一带一路”共建国家市场。")
    clause(doc, cl, "感谢您对我市商务工作的关心和支持！")
    luokuan(doc, "义乌市商务局", "2026年6月3日", gap=1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市政协提案委员会，市政府办公室，市市场发展委。",
          "义乌市商务局办公室", "2026年6月3日印发")
    docs.append({"meta": meta(title=ttl1, doc_number="义商务函〔2026〕31号",
                              issuer=["义乌市商务局"], date="2026-06-03", level="county",
                              region="义乌市", doc_type="函", recipients=["楼晓东委员"],
                              publicity="此件公开发布"),
                 "clauses": cl})

    # ---------------- letter 2 (B类)
    cl = []
    new_page(add_par(doc, [("B类", HT, 16, False)], indent=False))
    red_organ(doc, "义乌市商务局", size=32, spacing=60)
    add_par(doc, [("义商务函〔2026〕34号", FS, 16, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    add_par(doc, [(SP * 19 + "领导署名：吴立新", FS, 16, False)], indent=False)
    empty(doc)
    ttl2 = "义乌市商务局关于市政协十六届五次会议第58号提案答复的函"
    title(doc, [ttl2])
    empty(doc)
    add_par(doc, "民革义乌市基层委员会：", indent=False)
    clause(doc, cl, "贵委提出的《关于支持外贸企业开拓“一带一路”新兴市场的提案》（第58号）收悉。经商市发改局、市财政局、义乌海关，现答复如下：")
    heading(doc, "一、主要工作情况")
    clause(doc, cl, "2025年，我市对“一带一路”共建国家进出口5127.6亿元，同比增长14.2%，占全市进出口总额的69.8%。我局全年组织企业参加境外重点展会38场次，参展企业1264家次，现场意向成交额9.6亿美元。")
    heading(doc, "二、关于加大境外展会支持力度")
    clause(doc, cl, "根据贵委建议，我局拟将境外展会补助比例由展位费的50%提高至70%，单个企业年度补助上限由20万元提高至30万元，具体政策待市政府研究后出台。2026年拟组织参加的境外重点展会见下表。")

    hdr = ["序号", "展会名称", "举办地", "举办时间", "计划组织企业（家）"]
    part1 = [
        ("1", "中国（阿联酋）贸易博览会", "阿联酋迪拜", "2026年6月", "80"),
        ("2", "中国（哈萨克斯坦）商品展览会", "哈萨克斯坦阿拉木图", "2026年7月", "45"),
        ("3", "中国（越南）国际贸易博览会", "越南胡志明市", "2026年8月", "60"),
        ("4", "中国（波兰）贸易博览会", "波兰华沙", "2026年9月", "50"),
        ("5", "中国（沙特）贸易博览会", "沙特利雅得", "2026年10月", "40"),
    ]
    part2 = [
        ("6", "中国（土耳其）贸易博览会", "土耳其伊斯坦布尔", "2026年11月", "35"),
        ("7", "中国（巴西）进出口商品展览会", "巴西圣保罗", "2026年11月", "30"),
        ("8", "中国（南非）贸易博览会", "南非约翰内斯堡", "2026年12月", "25"),
        ("合计", "8场", "—", "—", "365"),
    ]

    def exhibit_table(rows):
        tb = doc.add_table(rows=1 + len(rows), cols=5)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, hh in enumerate(hdr):
            set_cell(tb.cell(0, i), hh, HT, 12)
        repeat_header(tb.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(tb.cell(ri, ci), v, FS, 12)
            cl.append("；".join("%s：%s" % (k, v) for k, v in zip(hdr, row)))
        col_widths(tb, [1.2, 5.2, 3.8, 2.8, 2.6])
        return tb

    caption(doc, "2026年义乌市组织参加境外重点展会计划表")
    exhibit_table(part1)
    new_page(add_par(doc, [("续表", HT, 14, False)], indent=False, line=24))
    exhibit_table(part2)
    clause(doc, cl, [("注：展会名称及举办时间以主办方最终公布为准。", FS, 12, False)],
           line=20, before=4)

    heading(doc, "三、下一步工作")
    clause(doc, cl, "下一步，我局将会同义乌海关、中国出口信用保险公司义乌营业部，加大出口信用保险对新兴市场的覆盖力度，2026年力争短期险承保规模突破45亿美元；同时加快“义新欧”班列沿线海外仓建设，为企业开拓新兴市场提供支撑。")
    clause(doc, cl, "由于展会补助政策调整需经市政府常务会议研究，相关工作正在推进中，我局将及时向贵委通报进展情况。")
    clause(doc, cl, "感谢贵委对我市商务工作的关心和支持！")
    add_par(doc, "特此函复。")
    luokuan(doc, "义乌市商务局", "2026年6月5日")
    empty(doc)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市政协提案委员会，市政府办公室，市发改局，市财政局，义乌海关。",
          "义乌市商务局办公室", "2026年6月5日印发")
    docs.append({"meta": meta(title=ttl2, doc_number="义商务函〔2026〕34号",
                              issuer=["义乌市商务局"], date="2026-06-05", level="county",
                              region="义乌市", doc_type="函",
                              recipients=["民革义乌市基层委员会"],
                              publicity="此件公开发布"),
                 "clauses": cl})

    stem = "blind927_ywreplies"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return stem, path, docs


def main():
    expected = {}
    for maker in (make_gx, make_xa, make_yw):
        stem, path, docs = maker()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
