# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 191: the documents that spread pilot free trade zone experience.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind191_guowuyuan_fuzhi.docx / .pdf   国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知
      (国函〔2024〕163号), 信函格式; 附件 任务分工表 (序号/改革事项/主要内容/负责单位/推广范围) in a
      landscape section, 推广范围 and 负责单位 merged vertically, category rows merged across.
  blind191_jiangxi_fuzhi.docx / .pdf     江西省人民政府办公厅关于复制推广自由贸易试验区第八批改革试点经验的通知
      (赣府厅字〔2025〕7号); 一、全省 / 二、特定区域 (南昌、九江、赣州 …) + 任务分工表 (portrait, 5 columns).
  blind191_sichuan_tongbao.docx / .pdf   四川省商务厅关于中国（四川）自由贸易试验区第五批最佳实践案例的通报
      (川商自贸〔2024〕19号); 附件 6 cases, case headings numbered by Word (numbering.xml), each with
      （一）主要做法 （二）实践效果 （三）推广建议; an electronic seal floats over the 落款.
  blind191_xuzhou_fangan.docx / .pdf     徐州市人民政府关于印发《徐州市在综合保税区和开发区复制推广自由贸易试验区
      改革试点经验实施方案》的通知 (徐政发〔2025〕8号); the 方案 follows the 落款 with no 附件 label.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind191.py
"""
import copy
import io
import json
import math
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def soft(container, parts, east=FS, size=SAN, align=J, indent=2):
    """One paragraph whose parts are separated by manual line breaks (Shift+Enter)."""
    p = P(container, "", east, size, align, indent)
    for i, t in enumerate(parts):
        r = fnt(p.add_run(t), east, size)
        if i < len(parts) - 1:
            r.add_break()
    return p


def runin(doc, head, body, head_font=KT, bold=False, body_font=FS):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    if isinstance(body, (list, tuple)):
        for i, t in enumerate(body):
            r = fnt(p.add_run(t), body_font, SAN)
            if i < len(body) - 1:
                r.add_break()
    else:
        fnt(p.add_run(body), body_font, SAN)
    return p


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI):
    fnt(p.add_run("— "), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(" —"), ST, size)


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def portrait(s):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)


def landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(37), Mm(35)
    s.footer_distance = Mm(15)


def new_doc(odd_even=True, first_page_blank_footer=False, centered_numbers=False):
    doc = Document()
    s = doc.sections[0]
    portrait(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    if centered_numbers:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        if odd_even:
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep)
    if first_page_blank_footer:
        s.different_first_page_header_footer = True
    return doc


def banhead(doc, text, size=48, width_scale=None, spacing=None):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    if spacing:
        r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


def docnum_rule(doc, num, blank_before=2):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft_breaks=True):
    if soft_breaks:
        p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)


def attach_note(doc, items):
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", seal=None):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    if seal:
        float_seal(p, seal)
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, FS, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0, chaosong_lines=None):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    if chaosong_lines:
        for i, t in enumerate(chaosong_lines):
            r = fnt(p.add_run(("抄送：" if i == 0 else "") + t), FS, SI)
            if i < len(chaosong_lines) - 1:
                r.add_break()
    else:
        fnt(p.add_run("抄送：" + chaosong), FS, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), FS, SI)
        fnt(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    """text: str, or list of str = separate paragraphs in the cell, or tuple of str = soft breaks."""
    p = cell.paragraphs[0]
    paras = text if isinstance(text, list) else [text]
    for k, t in enumerate(paras):
        if k:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = None
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = line if line else 1.0
        parts = t if isinstance(t, tuple) else (t,)
        for i, s in enumerate(parts):
            r = fnt(p.add_run(s), east, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def flat(v):
    if isinstance(v, list):
        return "".join(flat(x) for x in v)
    if isinstance(v, tuple):
        return "".join(v)
    return v


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, flat(v)) for h, v in zip(header, row) if flat(v).strip())


def make_seal(name):
    """A round red seal PNG (electronic seal) — furniture only."""
    from PIL import Image, ImageDraw, ImageFont
    S = 420
    im = Image.new("RGBA", (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    red = (230, 0, 18, 235)
    d.ellipse((8, 8, S - 8, S - 8), outline=red, width=12)
    cx = cy = S / 2
    rr = 48
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = rr if k % 2 == 0 else rr * 0.38
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 46) if os.path.exists(
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc") else ImageFont.truetype(
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 46)
    n = len(name)
    span = math.radians(220)
    for i, ch in enumerate(name):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x = cx + 150 * math.cos(ang)
        y = cy + 150 * math.sin(ang)
        g = Image.new("RGBA", (64, 64), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((32, 32), ch, font=font, fill=red, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - 32), int(y - 32)))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


def float_seal(p, name):
    """Add the seal to paragraph p as an inline picture, then turn it into a floating anchor behind text."""
    run = p.add_run()
    run.add_picture(make_seal(name), width=Mm(42))
    inline = run._r.find(".//" + qn("wp:inline"))
    extent = inline.find(qn("wp:extent"))
    docPr = inline.find(qn("wp:docPr"))
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" '
        'behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%s" cy="%s"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '</wp:anchor>' % (nsdecls("wp", "a", "pic", "r"), int(Mm(92)), -int(Mm(14)), extent.get("cx"), extent.get("cy")))
    anchor.append(copy.deepcopy(docPr))
    anchor.append(parse_xml('<wp:cNvGraphicFramePr %s/>' % nsdecls("wp")))
    anchor.append(copy.deepcopy(graphic))
    inline.getparent().replace(inline, anchor)


def add_numbering(doc, fmt="chineseCounting", text="%1、", indent_chars=2, size=SAN):
    """Define a one-level list in numbering.xml and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
        '<w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/><w:sz w:val="%d"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt, text, indent_chars * size * 20, size * 2))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, aid)))
    return nid


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


def vmerge_fill(tbl, col, r0, r1, value, **kw):
    m = tbl.cell(r0, col).merge(tbl.cell(r1, col)) if r1 > r0 else tbl.cell(r0, col)
    cell_text(m, value, **kw)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return m


# ================================================================ shared: the 8th batch
# (name, 主要内容, 负责单位, 推广范围)
EXP_NATIONAL = [
    ("跨境电商零售进口退货中心仓模式", "允许跨境电商企业在海关特殊监管区域内设立退货中心仓，将区外退货商品集中运至区内分拣、查验和处置，实现退货商品“一次申报、集中退运”。", "海关总署"),
    ("进口货物“船边直提”和出口货物“抵港直装”", "对符合条件的进口货物在船舶靠泊后直接提离码头，对出口货物在运抵港区后直接装船，压缩货物在港停留时间。", "海关总署、交通运输部"),
    ("国际航行船舶保税加油“一船多供”", "允许同一保税燃料油加注企业在一次作业中为多艘国际航行船舶供油，海关实施“一次申报、分船核放”。", "海关总署、商务部"),
    ("外商投资企业登记“一件事”集成办理", "将外商投资企业设立登记、外商投资信息报告、银行开户、社保登记等事项整合为“一件事”，一表申请、一次办结。", "市场监管总局、商务部、人民银行"),
    ("工程建设项目“用地清单制”", "土地出让前由有关部门完成区域评估和现状普查，形成用地清单随土地出让方案一并交付受让人，项目后续审批不再重复评估。", "自然资源部"),
    ("涉企经营许可“一业一证”", "将一个行业准入涉及的多项许可整合为一张行业综合许可证，实现“一证准营”。", "国务院办公厅、市场监管总局"),
    ("市场主体歇业备案“一网通办”", "市场主体可通过全国一体化政务服务平台办理歇业备案，歇业期间可以法律文书送达地址代替住所。", "市场监管总局"),
    ("跨境人民币“首办户”拓展机制", "银行业金融机构建立首办户清单，对首次办理跨境人民币业务的中小微外贸企业提供“一对一”服务。", "人民银行"),
    ("知识产权证券化融资模式", "以多家科技型中小企业的专利许可费收益为基础资产发行资产支持证券，拓宽企业融资渠道。", "国家知识产权局、证监会"),
    ("外籍高端人才工作许可和居留许可“一窗受理、并联审批”", "外籍高端人才工作许可和居留许可实行一窗受理、并联审批，审批时限压缩至7个工作日。", "科技部（国家外国专家局）、国家移民局"),
]
EXP_SPECIAL = [
    ("国际船舶登记“一站式”服务", "在船籍港设立国际船舶登记服务窗口，集中办理船舶所有权、国籍、抵押权登记和船舶检验等事项。", "交通运输部", "自贸试验区"),
    ("跨境服务贸易负面清单管理模式下的“承诺即入”", "对负面清单以外的跨境服务贸易领域，境外服务提供者书面承诺符合相关条件的，即可开展业务。", "商务部", "自贸试验区"),
    ("保税展示交易常态化", "允许区内企业在区外常态化开展保税货物展示交易，海关以担保方式实施监管，货物售出后再办理进口手续。", "海关总署、商务部", "自贸试验区"),
    ("综合保税区“四自一简”监管", "对综合保税区内符合条件的企业实行自主备案、自定核销周期、自主核报、自主补缴税款、简化业务核准手续。", "海关总署", "海关特殊监管区域"),
    ("保税维修“一企一案”管理", "对区内开展保税维修业务的企业，海关按照“一企一案”原则制定监管方案，维修产品目录实行动态调整。", "海关总署", "海关特殊监管区域"),
    ("铁路运单物权化", "在国际铁路联运中探索赋予铁路运单物权凭证功能，银行可凭铁路运单为企业提供融资。", "交通运输部、人民银行、国铁集团", "具备条件的地区"),
    ("中欧班列“多式联运一单制”", "推行“一次委托、一单到底、一次结算”的多式联运服务模式，由多式联运经营人签发全程提单。", "交通运输部、商务部", "具备条件的地区"),
    ("边民互市贸易商品落地加工“一站式”监管", "对边民互市进口商品在边境地区落地加工的，实行申报、查验、税收征管“一站式”办理。", "海关总署、商务部", "沿边重点开发开放试验区、边境经济合作区"),
]


def q(name):
    return "“" + name.replace("“", "‘").replace("”", "’") + "”"


# ================================================================ (a) 国务院 通知 (信函格式)
GW_NUM = "国函〔2024〕163号"
GW_TITLE = "国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知"
GW_ATT = "自由贸易试验区第八批改革试点经验复制推广工作任务分工表"
GW_MAIN_TO = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
GW_INTRO = "设立自由贸易试验区（以下简称自贸试验区）是党中央、国务院在新时代推进改革开放的重要战略举措。近年来，各自贸试验区以制度创新为核心，围绕投资贸易便利化、政府职能转变、金融开放创新、人力资源等领域开展差别化探索，形成了一批新的改革试点经验。经国务院同意，现将自贸试验区第八批改革试点经验复制推广工作有关事项通知如下："
GW_ITEMS_NAT = [
    "1．投资贸易便利化领域：" + "".join(q(x[0]) for x in EXP_NATIONAL[0:4]) + "等4项。",
    "2．政府管理创新领域：" + "".join(q(x[0]) for x in EXP_NATIONAL[4:7]) + "等3项。",
    "3．金融开放创新领域：" + "".join(q(x[0]) for x in EXP_NATIONAL[7:9]) + "等2项。",
    "4．人力资源领域：" + "".join(q(x[0]) for x in EXP_NATIONAL[9:10]) + "1项。",
]
GW_ITEMS_SP = [
    "1．在自贸试验区复制推广" + "".join(q(x[0]) for x in EXP_SPECIAL[0:3]) + "等3项。",
    "2．在海关特殊监管区域复制推广" + "".join(q(x[0]) for x in EXP_SPECIAL[3:5]) + "等2项。",
    "3．在具备条件的地区复制推广" + "".join(q(x[0]) for x in EXP_SPECIAL[5:7]) + "等2项。",
    "4．在沿边重点开发开放试验区、边境经济合作区复制推广" + "".join(q(x[0]) for x in EXP_SPECIAL[7:8]) + "1项。",
]
GW_PART2 = "各省、自治区、直辖市人民政府要将自贸试验区改革试点经验复制推广工作列为本地区重点工作，加强组织领导，加大实施力度，强化督促检查，确保复制推广工作取得实效。国务院各有关部门要按照《" + GW_ATT + "》（见附件）要求，于2025年3月31日前发布相关文件，明确复制推广的范围和条件。"
GW_PART3 = [
    "商务部要会同有关部门加强统筹协调，跟踪复制推广工作进展，及时开展总结评估。对在特定区域复制推广的改革事项，有关部门要加强指导，在风险可控的前提下，适时研究在更大范围推广。",
    "各地区、各部门在复制推广工作中遇到的重大问题，要及时向国务院请示报告。",
]
GW_HEADER = ["序号", "改革事项", "主要内容", "负责单位", "推广范围"]
GW_CHAOSONG = "党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院。"


def gw_rows():
    rows = []
    for i, (n, c, u) in enumerate(EXP_NATIONAL):
        rows.append([str(i + 1), n, c, u, "全国"])
    for i, (n, c, u, s) in enumerate(EXP_SPECIAL):
        rows.append([str(i + 11), n, c, u, s])
    return rows


def build_guowuyuan():
    doc = new_doc(odd_even=True, first_page_blank_footer=True)
    s = doc.sections[0]
    s.top_margin = Mm(30)
    # first page footer: the red thin-thick double rule of the 信函格式, no page number
    fp = s.first_page_footer.paragraphs[0]
    pborder(fp, "top", 24, "FF0000", 1, val="thinThickSmallGap")
    banhead(doc, "国务院", 60, spacing=480)
    p = P(doc, indent=0, line=Pt(10))
    pborder(p, "bottom", 24, "FF0000", 1, val="thickThinSmallGap")
    p = P(doc, GW_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title(doc, ["国务院关于做好自由贸易试验区第八批", "改革试点经验复制推广工作的通知"], soft_breaks=True)
    P(doc, GW_MAIN_TO, indent=0)
    P(doc, GW_INTRO)
    P(doc, "一、复制推广的改革事项", HT)
    P(doc, "（一）在全国范围内复制推广的改革事项。", KT)
    for t in GW_ITEMS_NAT:
        P(doc, t)
    P(doc, "（二）在特定区域复制推广的改革事项。", KT)
    for t in GW_ITEMS_SP:
        P(doc, t)
    P(doc, "二、高度重视复制推广工作", HT)
    P(doc, GW_PART2)
    P(doc, "三、切实抓好贯彻落实", HT)
    for t in GW_PART3:
        P(doc, t)
    attach_note(doc, [GW_ATT])
    signoff(doc, "国务院", "2024年11月25日", right_chars=6, blank=2)
    # 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    sec.different_first_page_header_footer = False
    grid(sec, "default")
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, GW_ATT, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(16))
    rows = gw_rows()
    nrows = 1 + 2 + len(rows)
    tbl = doc.add_table(rows=nrows, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [12, 52, 95, 38, 28]
    col_widths(tbl, widths)
    for i, h in enumerate(GW_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XS, C, line=Pt(20))
    repeat_header(tbl.rows[0])
    cat_rows = {1: "一、在全国范围内复制推广的改革事项（10项）", 12: "二、在特定区域复制推广的改革事项（8项）"}
    ri = 1
    rowpos = {}
    for k, r in enumerate(rows):
        if ri in cat_rows:
            m = tbl.cell(ri, 0).merge(tbl.cell(ri, 4))
            cell_text(m, cat_rows[ri], HT, XS, L, line=Pt(20))
            cant_split(tbl.rows[ri])
            ri += 1
        rowpos[k] = ri
        for ci in (0, 1, 2):
            cell_text(tbl.cell(ri, ci), r[ci], FS, XS, C if ci == 0 else L, line=Pt(20))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cant_split(tbl.rows[ri])
        ri += 1
    # 负责单位: merged for rows 14–15 (both 海关总署); 推广范围: merged runs 11–13, 14–15, 16–17
    merges_unit = [(13, 14)]
    merges_scope = [(10, 12), (13, 14), (15, 16)]
    done_u, done_s = set(), set()
    for a, b in merges_unit:
        vmerge_fill(tbl, 3, rowpos[a], rowpos[b], rows[a][3], east=FS, size=XS, align=C, line=Pt(20))
        done_u |= set(range(a, b + 1))
    for a, b in merges_scope:
        vmerge_fill(tbl, 4, rowpos[a], rowpos[b], rows[a][4], east=FS, size=XS, align=C, line=Pt(20))
        done_s |= set(range(a, b + 1))
    for k, r in enumerate(rows):
        if k not in done_u:
            vmerge_fill(tbl, 3, rowpos[k], rowpos[k], r[3], east=FS, size=XS, align=C, line=Pt(20))
        if k not in done_s:
            vmerge_fill(tbl, 4, rowpos[k], rowpos[k], r[4], east=FS, size=XS, align=C, line=Pt(20))
    # 版记 (信函格式: 抄送 only) on a portrait last page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec2)
    sec2.different_first_page_header_footer = False
    grid(sec2, "lines")
    banji(doc, GW_CHAOSONG, None, None, blank=15)
    out = os.path.join(HERE, "blind191_guowuyuan_fuzhi.docx")
    doc.save(out)
    return out


# ================================================================ (b) 江西省人民政府办公厅 通知
JX_NUM = "赣府厅字〔2025〕7号"
JX_TITLE = "江西省人民政府办公厅关于复制推广自由贸易试验区第八批改革试点经验的通知"
JX_ATT = "江西省复制推广自由贸易试验区第八批改革试点经验任务分工表"
JX_MAIN_TO = "各设区市人民政府，赣江新区管委会，省政府各部门："
JX_INTRO = "为贯彻落实《国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知》（国函〔2024〕163号）精神，进一步深化我省改革开放，打造内陆开放型经济试验区升级版，经省政府同意，现就我省复制推广自由贸易试验区（以下简称自贸试验区）第八批改革试点经验有关事项通知如下："
JX_S1_LEAD = "国务院明确在全国范围内复制推广的10项改革事项，在我省全面复制推广，具体任务分工见附件。各设区市人民政府、省直有关部门要于2025年6月底前完成复制推广工作，其中以下事项要重点推进："
JX_S1 = [
    ("（一）进口货物“船边直提”和出口货物“抵港直装”。", "由南昌海关牵头，在九江港城西港区、南昌港龙头岗综合码头全面推行，2025年6月底前实现常态化运作。"),
    ("（二）外商投资企业登记“一件事”集成办理。", "由省市场监管局牵头，依托“赣服通”平台在全省推行，实现外商投资企业设立登记、信息报告、银行开户等事项一次办结。"),
    ("（三）工程建设项目“用地清单制”。", "由省自然资源厅牵头，在全省各类开发区全面实施，土地出让前完成区域评估和现状普查，形成用地清单随出让方案一并交付。"),
    ("（四）跨境人民币“首办户”拓展机制。", "由中国人民银行江西省分行牵头，2025年内全省新增跨境人民币首办户不少于300户。"),
]
JX_S2 = [
    ("（一）", "“综合保税区‘四自一简’监管”“保税维修‘一企一案’管理”2项改革事项，由南昌海关牵头，在南昌综合保税区、九江综合保税区、赣州综合保税区、井冈山综合保税区复制推广。"),
    ("（二）", "“铁路运单物权化”“中欧班列‘多式联运一单制’”2项改革事项在南昌、赣州复制推广。南昌市依托南昌向塘国际陆港、赣州市依托赣州国际陆港开展试点，2025年底前签发多式联运一单制提单不少于500票。"),
    ("（三）", "“保税展示交易常态化”在南昌、九江复制推广，依托南昌综合保税区、九江综合保税区建设进口商品保税展示交易中心。"),
    ("（四）", "“跨境服务贸易负面清单管理模式下的‘承诺即入’”在赣江新区先行先试，条件成熟后在全省推广。"),
    ("（五）", "“国际船舶登记‘一站式’服务”“边民互市贸易商品落地加工‘一站式’监管”2项改革事项，我省暂不具备实施条件，暂不复制推广。"),
]
JX_S3 = [
    ("（一）加强组织领导。", "省商务厅（省自贸试验区工作办公室）要会同有关部门建立复制推广工作台账，实行清单化管理、项目化推进，及时协调解决复制推广中的困难和问题。"),
    ("（二）强化督促落实。", "各设区市人民政府、赣江新区管委会、省直有关部门要于每年6月30日和12月31日前将复制推广工作进展情况报送省商务厅。"),
    ("（三）做好总结评估。", "省商务厅要会同有关部门对复制推广成效开展评估，对成效明显的地区和单位予以通报表扬，评估结果纳入全省开放型经济考核。"),
]
JX_HEADER = ["序号", "改革事项", "推广范围", "责任单位", "完成时限"]
JX_ROWS = [
    ["1", EXP_NATIONAL[0][0], "全省", "南昌海关、省商务厅", "2025年6月底前"],
    ["2", EXP_NATIONAL[1][0], "全省", ["南昌海关、省交通运输厅，", "南昌市、九江市人民政府"], "2025年6月底前"],
    ["3", EXP_NATIONAL[2][0], "全省", "南昌海关、省商务厅", "2025年12月底前"],
    ["4", EXP_NATIONAL[3][0], "全省", "省市场监管局、省商务厅、人民银行江西省分行", "2025年6月底前"],
    ["5", EXP_NATIONAL[4][0], "全省", "省自然资源厅", "2025年6月底前"],
    ["6", EXP_NATIONAL[5][0], "全省", "省政务服务办、省市场监管局", "2025年6月底前"],
    ["7", EXP_NATIONAL[6][0], "全省", "省市场监管局", "2025年3月底前"],
    ["8", EXP_NATIONAL[7][0], "全省", "人民银行江西省分行", "2025年12月底前"],
    ["9", EXP_NATIONAL[8][0], "全省", "省知识产权局、江西证监局", "2025年12月底前"],
    ["10", EXP_NATIONAL[9][0], "全省", "省科技厅、省公安厅", "2025年6月底前"],
    ["11", EXP_SPECIAL[3][0], ("南昌综合保税区、九江综合保税区、", "赣州综合保税区、井冈山综合保税区"), ["南昌海关，", "南昌市、九江市、赣州市、吉安市人民政府"], "2025年6月底前"],
    ["12", EXP_SPECIAL[4][0], ("南昌综合保税区、九江综合保税区、", "赣州综合保税区、井冈山综合保税区"), "南昌海关", "2025年6月底前"],
    ["13", EXP_SPECIAL[5][0], "南昌市、赣州市", "省交通运输厅、人民银行江西省分行，南昌市、赣州市人民政府", "2025年12月底前"],
    ["14", EXP_SPECIAL[6][0], "南昌市、赣州市", "省交通运输厅、省商务厅、中国铁路南昌局集团有限公司", "2025年12月底前"],
    ["15", EXP_SPECIAL[2][0], "南昌市、九江市", "省商务厅、南昌海关，南昌市、九江市人民政府", "2025年9月底前"],
    ["16", EXP_SPECIAL[1][0], "赣江新区", "省商务厅、赣江新区管委会", "2025年12月底前"],
]
JX_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，南昌海关，中国人民银行江西省分行。"
JX_PRINTER = "江西省人民政府办公厅秘书处"
JX_PRINTDATE = "2025年1月17日"


def build_jiangxi():
    doc = new_doc(odd_even=True)
    banhead(doc, "江西省人民政府办公厅文件", 42, width_scale=75)
    docnum_rule(doc, JX_NUM)
    title(doc, ["江西省人民政府办公厅关于复制推广自由贸易", "试验区第八批改革试点经验的通知"], soft_breaks=False)
    P(doc, JX_MAIN_TO, indent=0)
    P(doc, JX_INTRO)
    P(doc, "一、在全省范围内复制推广的改革事项", HT)
    P(doc, JX_S1_LEAD)
    for h, t in JX_S1:
        runin(doc, h, t, KT)
    P(doc, "二、在特定区域复制推广的改革事项", HT)
    for h, t in JX_S2:
        runin(doc, h, t, FS)
    P(doc, "三、工作要求", HT)
    for h, t in JX_S3:
        runin(doc, h, t, KT)
    attach_note(doc, [JX_ATT])
    signoff(doc, "江西省人民政府办公厅", "2025年1月16日", right_chars=2, blank=3)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, "江西省复制推广自由贸易试验区第八批", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "改革试点经验任务分工表", XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(16))
    tbl = doc.add_table(rows=1 + len(JX_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [11, 50, 38, 38, 22])
    for i, h in enumerate(JX_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XS, C, line=Pt(18))
    repeat_header(tbl.rows[0])
    for k, r in enumerate(JX_ROWS):
        ri = k + 1
        for ci in (0, 1, 3, 4):
            cell_text(tbl.cell(ri, ci), r[ci], FS, XS, C if ci in (0, 4) else L, line=Pt(18))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # 推广范围: rows 11–12 share one merged cell (4 综保区, typed with a soft line break)
    vmerge_fill(tbl, 2, 11, 12, JX_ROWS[10][2], east=FS, size=XS, align=L, line=Pt(18))
    for k, r in enumerate(JX_ROWS):
        if k not in (10, 11):
            vmerge_fill(tbl, 2, k + 1, k + 1, r[2], east=FS, size=XS, align=C, line=Pt(18))
    page_break(doc)
    banji(doc, JX_CHAOSONG, JX_PRINTER, JX_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind191_jiangxi_fuzhi.docx")
    doc.save(out)
    return out


# ================================================================ (c) 四川省商务厅 通报
SC_NUM = "川商自贸〔2024〕19号"
SC_TITLE = "四川省商务厅关于中国（四川）自由贸易试验区第五批最佳实践案例的通报"
SC_ATT = "中国（四川）自由贸易试验区第五批最佳实践案例"
SC_MAIN_TO = "各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管委会，各协同改革先行区管理机构："
SC_BODY = [
    "2024年以来，中国（四川）自由贸易试验区（以下简称自贸试验区）各片区和协同改革先行区坚持以制度创新为核心，大胆试、大胆闯、自主改，形成了一批具有较强示范效应的制度创新成果。为及时总结推广改革经验，省商务厅（省自贸试验区工作办公室）组织开展了第五批最佳实践案例评选工作。",
    "经各片区、协同改革先行区申报，省直有关部门初审和专家评审，确定“铁路运单物权化赋能陆港物流金融”等6个案例为自贸试验区第五批最佳实践案例，现予以通报。",
    "希望各地各有关部门认真学习借鉴最佳实践案例的经验做法，结合本地实际，积极推动复制推广。各市（州）商务主管部门要于2025年3月31日前将复制推广工作进展情况报送省商务厅。",
]
SC_CASES = [
    ("成都青白江铁路港片区：铁路运单物权化赋能陆港物流金融", [
        "片区联合中欧班列（成都）运营平台和6家银行，制定铁路提单签发、流转、质押操作规范，在成都国际铁路港推行“铁路提单+信用证”结算方式，银行凭铁路提单为进口企业开具信用证、提供货押融资。",
        "截至2024年10月，累计签发铁路提单1.2万余票，带动银行授信融资36.8亿元，进口整车企业资金周转周期由45天缩短至12天。",
        "建议在全省具备条件的铁路物流枢纽复制推广。",
    ]),
    ("川南临港片区：长江水铁联运“一次申报、全程通关”", [
        "片区依托泸州港和泸州综合保税区，推动成都海关与重庆海关、上海海关建立通关协作机制，水铁联运货物在泸州港一次申报，铁路、水路转运环节不再重复申报。",
        "货物在港平均滞留时间压缩至1.5天，集装箱综合物流成本下降约18%，2024年前三季度泸州港集装箱吞吐量同比增长21%。",
        "建议在宜宾港、乐山港等长江沿线港口复制推广。",
    ]),
    ("成都天府新区片区：跨境服务贸易“一站式”综合服务平台", [
        "在天府国际基金小镇建设跨境服务贸易综合服务平台，集成外汇结算、税务备案、人才签证、知识产权等15项服务，实行“一窗受理、限时办结”。",
        "平台上线以来服务企业860余家，服务贸易企业备案时间由5个工作日压缩至1个工作日。",
        "建议在自贸试验区各片区及协同改革先行区复制推广。",
    ]),
    ("成都高新综合保税区：保税研发“白名单”动态管理", [
        "对区内集成电路、生物医药企业开展保税研发所需的研发料件实行“白名单”管理，名单内料件免于逐票审批，研发耗用料件按实际耗用核销。",
        "已有42家企业纳入白名单，研发料件通关时间平均缩短70%，为企业节约资金成本约2.3亿元。",
        "建议在全省综合保税区复制推广。",
    ]),
    ("德阳协同改革先行区：重大技术装备出口“一站式”服务", [
        "依托德阳经济技术开发区，整合商务、海关、税务、外汇等部门资源，为重大技术装备出口企业提供出口信用保险、通关、退税“一站式”服务，对大型成套设备实行“分批出运、集中申报”。",
        "2024年1—10月，德阳市重大技术装备出口额同比增长27%，企业出口退税办理时间由10个工作日压缩至3个工作日。",
        "建议在全省装备制造业集聚的国家级、省级开发区复制推广。",
    ]),
    ("宜宾协同改革先行区：综合保税区“保税+跨境电商”融合发展", [
        "宜宾综合保税区推行跨境电商网购保税进口与保税加工“同仓共管”，企业可在同一仓库内开展保税加工和跨境电商“1210”业务。",
        "2024年前三季度，宜宾综合保税区跨境电商进出口额达9.6亿元，同比增长46%，仓储利用率提高约30%。",
        "建议在绵阳综合保税区、泸州综合保税区复制推广。",
    ]),
]
SC_SUBS = ["（一）主要做法。", "（二）实践效果。", "（三）推广建议。"]
SC_CHAOSONG = "商务部自贸区港司，省委改革办，省政府办公厅，省发展改革委，成都海关，省直有关部门。"
SC_PRINTER = "四川省商务厅办公室"
SC_PRINTDATE = "2024年12月19日"


def build_sichuan():
    doc = new_doc(centered_numbers=True)
    banhead(doc, "四川省商务厅文件", 52, width_scale=90)
    docnum_rule(doc, SC_NUM)
    title(doc, [SC_TITLE], soft_breaks=False)            # wraps by itself
    P(doc, SC_MAIN_TO, indent=0)
    for t in SC_BODY:
        P(doc, t)
    attach_note(doc, [SC_ATT])
    signoff(doc, "四川省商务厅", "2024年12月18日", right_chars=4, blank=3, public="（此件主动公开）", seal="四川省商务厅")
    # 附件 after a section break (next page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    grid(sec, "lines")
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, "中国（四川）自由贸易试验区", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "第五批最佳实践案例", XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    nid = add_numbering(doc)
    for head, paras in SC_CASES:
        hp = P(doc, head, HT, SAN, J, 0)
        numbered(hp, nid)
        hp.paragraph_format.keep_with_next = True
        for sub, t in zip(SC_SUBS, paras):
            runin(doc, sub, t, KT)
    page_break(doc)
    banji(doc, SC_CHAOSONG, SC_PRINTER, SC_PRINTDATE, blank=18)
    out = os.path.join(HERE, "blind191_sichuan_tongbao.docx")
    doc.save(out)
    return out


# ================================================================ (d) 徐州市人民政府 印发实施方案的通知
XZ_NUM = "徐政发〔2025〕8号"
XZ_FANGAN = "徐州市在综合保税区和开发区复制推广自由贸易试验区改革试点经验实施方案"
XZ_TITLE = "徐州市人民政府关于印发《" + XZ_FANGAN + "》的通知"
XZ_MAIN_TO = "各县（市）、区人民政府，徐州经济技术开发区、徐州高新技术产业开发区、徐州淮海国际港务区管委会，市各委办局（公司），市各直属单位："
XZ_NOTICE = "现将《" + XZ_FANGAN + "》印发给你们，请认真贯彻执行。"
XZ_INTRO = "为深入贯彻落实《国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知》（国函〔2024〕163号）和《江苏省人民政府办公厅关于复制推广自由贸易试验区第八批改革试点经验的通知》（苏政办发〔2025〕5号）精神，发挥徐州综合保税区和各类开发区开放平台作用，加快复制推广自由贸易试验区（以下简称自贸试验区）改革试点经验，结合我市实际，制定本方案。"
XZ_GOAL = "坚持以制度创新为核心，以徐州综合保税区和国家级、省级开发区为主要载体，坚持“能复制的尽快复制、需协调的加快推进”，分类推进、压茬落实。到2025年底，全市累计复制推广自贸试验区改革试点经验不少于260项，综合保税区、开发区营商环境和开放水平明显提升。"
# (sub-heading, [(run-in head, body-or-soft-break-tuple)])
XZ_TASKS = [
    ("（一）在徐州综合保税区复制推广的事项", [
        ("1.推行“四自一简”监管。", "对徐州综合保税区内符合条件的企业实行自主备案、自定核销周期、自主核报、自主补缴税款和简化业务核准手续，2025年6月底前覆盖区内海关高级认证企业。（责任单位：徐州海关、徐州综合保税区管委会）"),
        ("2.开展保税维修“一企一案”管理。", "支持区内工程机械企业开展全球保税维修和再制造业务，海关按照“一企一案”原则实施监管。（责任单位：徐州海关、市商务局、徐州综合保税区管委会）"),
        ("3.推动保税展示交易常态化。", "在徐州综合保税区设立进口商品保税展示交易中心，并在徐州淮海国际港务区设立展示交易分中心，货物以担保方式出区展示，售出后再办理进口手续。（责任单位：市商务局、徐州海关、徐州淮海国际港务区管委会）"),
    ]),
    ("（二）在开发区复制推广的事项", [
        ("1.全面推行工程建设项目“用地清单制”。", "在徐州经济技术开发区、徐州高新技术产业开发区、邳州经济开发区、新沂经济开发区先行实施，2025年底前覆盖全市省级以上开发区。（责任单位：市自然资源和规划局、各开发区管委会）"),
        ("2.推行涉企经营许可“一业一证”。", ("在徐州经济技术开发区、徐州高新技术产业开发区率先推行", "便利店、药店、健身房等20个行业“一业一证”改革，实现“一证准营”。（责任单位：市政务办、市市场监管局）")),
        ("3.推进多式联运“一单制”。", "依托徐州淮海国际港务区（徐州国际陆港）和邳州港、新沂港，推动中欧班列与内河航运、公路运输有效衔接，2025年签发多式联运“一单制”提单不少于300票。（责任单位：市交通运输局、徐州淮海国际港务区管委会，邳州市、新沂市人民政府）"),
    ]),
    ("（三）在全市范围复制推广的事项", [
        ("1.推行外商投资企业登记“一件事”集成办理。", "依托徐州市政务服务网开设外商投资企业开办专区，实现设立登记、信息报告、银行开户一次办结。（责任单位：市市场监管局、市商务局）"),
        ("2.拓展跨境人民币“首办户”。", "2025年全市新增跨境人民币首办户不少于120户，其中综合保税区、开发区内企业不少于80户。（责任单位：人民银行徐州市分行）"),
    ]),
]
XZ_GUARANTEE = [
    ("（一）加强统筹推进。", "市自贸试验区改革试点经验复制推广工作由市商务局牵头，建立工作台账，实行“月调度、季通报”。"),
    ("（二）强化激励考核。", "将复制推广工作纳入开发区高质量发展考核，对复制推广成效突出的开发区，市财政给予每个100万元奖励。"),
    ("（三）明确实施期限。", "本方案自2025年3月1日起施行，有效期至2027年12月31日。"),
]
XZ_CHAOSONG_LINES = ["市委各部门，市人大常委会办公室，市政协办公室，市监委，", "市法院，市检察院，徐州军分区，徐州海关。"]
XZ_PRINTER = "徐州市人民政府办公室"
XZ_PRINTDATE = "2025年2月26日"


def build_xuzhou():
    doc = new_doc(odd_even=True)
    banhead(doc, "徐州市人民政府文件", 48, width_scale=85)
    docnum_rule(doc, XZ_NUM)
    title(doc, ["徐州市人民政府关于印发《徐州市在综合", "保税区和开发区复制推广自由贸易试验区", "改革试点经验实施方案》的通知"], soft_breaks=True)
    P(doc, XZ_MAIN_TO, indent=0)
    P(doc, XZ_NOTICE)
    signoff(doc, "徐州市人民政府", "2025年2月24日", right_chars=4, blank=3)
    page_break(doc)
    P(doc, "徐州市在综合保税区和开发区复制推广", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "自由贸易试验区改革试点经验实施方案", XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    P(doc, XZ_INTRO)
    P(doc, "一、总体要求", HT)
    P(doc, XZ_GOAL)
    P(doc, "二、重点任务", HT)
    for sub, items in XZ_TASKS:
        P(doc, sub, KT)
        for h, t in items:
            runin(doc, h, t, FS, bold=True)
    P(doc, "三、保障措施", HT)
    for h, t in XZ_GUARANTEE:
        runin(doc, h, t, KT)
    page_break(doc)
    banji(doc, None, XZ_PRINTER, XZ_PRINTDATE, blank=14, chaosong_lines=XZ_CHAOSONG_LINES)
    out = os.path.join(HERE, "blind191_xuzhou_fangan.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_191", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 国务院
    rows = gw_rows()
    gw_cl = [GW_INTRO] + GW_ITEMS_NAT + GW_ITEMS_SP + [GW_PART2] + GW_PART3 + [row_clause(GW_HEADER, r) for r in rows]
    out["blind191_guowuyuan_fuzhi"] = [{
        "meta": {
            "title": GW_TITLE, "doc_number": GW_NUM, "issuer": ["国务院"],
            "date": "2024-11-25", "published": None, "level": "national", "region": "全国",
            "effective": None, "expires": None, "attachments": [GW_ATT], "doc_type": "通知",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"], "publicity": "此件公开发布",
        },
        "clauses": gw_cl,
        "applies_to": {
            "default": "全国",
            "specific": {
                "一、（二）1．": "自贸试验区",
                "一、（二）2．": "海关特殊监管区域",
                "一、（二）3．": "具备条件的地区",
                "一、（二）4．": "沿边重点开发开放试验区、边境经济合作区",
                "附件 序号11–13": "自贸试验区 (推广范围, one cell merged over 3 rows)",
                "附件 序号14–15": "海关特殊监管区域 (merged over 2 rows)",
                "附件 序号16–17": "具备条件的地区 (merged over 2 rows)",
                "附件 序号18": "沿边重点开发开放试验区、边境经济合作区",
            },
            "note": "序号1–10 推广范围 全国 → nationwide, even where the 主要内容 mentions 海关特殊监管区域 (序号1) or 港区 (序号2). 船籍港 / 边境地区 in 主要内容 are not places.",
        },
        "_note": (
            "信函格式: red 发文机关标志 国务院 (letter-spaced, no 文件), a red thick-thin double rule (paragraph border) under it, 文号 国函〔2024〕163号 right-aligned under the rule; page 1 has a different first-page footer holding only a red thin-thick rule (no page number); later pages “— N —” odd right / even left. "
            "Title one paragraph with one soft break (…第八批 / 改革试点经验复制推广工作的通知). 主送 2 items. Clauses: the intro; 一、 heading; （一）/（二） 楷体 sub-headings that are own paragraphs ending in 。 (headings; as clauses tolerable low) each followed by items 1．–4． (paragraphs; labels 一、（一）1． ≠ 一、（二）1．); 二、 and 三、 headings each followed by plain paragraphs (3 clauses). "
            "附件说明 → attachments; 落款 国务院 / 2024年11月25日; （此件公开发布）. Then a NEW landscape section: 附件 label, table title (heading), a 5-column table 序号/改革事项/主要内容/负责单位/推广范围 with a repeated header row, 2 category rows merged across all 5 columns (一、在全国范围内…（10项） / 二、在特定区域…（8项）), and 18 rows. "
            "推广范围 is merged VERTICALLY over rows 11–13 (自贸试验区), 14–15 (海关特殊监管区域), 16–17 (具备条件的地区); 负责单位 merged over 14–15 (海关总署): every row must carry the merged value. "
            "Last portrait section: 版记 of the 信函格式 = 抄送 only (no 印发 line) → published unknown (null). No effective/expires (a 通知 of this kind has none). 2025年3月31日 is a deadline. "
            "One document: the 附件 table belongs to the notice."
        ),
        "_pdf": {"note": "Page 1 has no number and a red double rule at the foot; the 附件 prints on landscape pages with the header row repeated on the 2nd landscape page (must not become a row); the merged 推广范围 cell prints once, centred vertically across its rows (in PDF it may seem to belong to the middle row only). The 版记 is alone on a portrait last page. Same expected meta and clauses."},
    }]
    # ---- (b) 江西
    jx_cl = ([JX_INTRO, JX_S1_LEAD] + [h + t for h, t in JX_S1] + [h + t for h, t in JX_S2] + [h + t for h, t in JX_S3]
             + [row_clause(JX_HEADER, r) for r in JX_ROWS])
    out["blind191_jiangxi_fuzhi"] = [{
        "meta": {
            "title": JX_TITLE, "doc_number": JX_NUM, "issuer": ["江西省人民政府办公厅"],
            "date": "2025-01-16", "published": "2025-01-17", "level": "provincial", "region": "江西省",
            "effective": None, "expires": None, "attachments": [JX_ATT], "doc_type": "通知",
            "recipients": ["各设区市人民政府", "赣江新区管委会", "省政府各部门"], "publicity": "此件公开发布",
        },
        "clauses": jx_cl,
        "applies_to": {
            "default": "江西省",
            "specific": {
                "一、（一）": "九江港城西港区（九江市）、南昌港龙头岗综合码头（南昌市）",
                "一、（三）": "全省各类开发区 (= 江西省; tagging 开发区 is a bonus)",
                "二、（一）": "南昌综合保税区、九江综合保税区、赣州综合保税区、井冈山综合保税区（南昌、九江、赣州、吉安）",
                "二、（二）": "南昌、赣州（南昌向塘国际陆港、赣州国际陆港）",
                "二、（三）": "南昌、九江（南昌综合保税区、九江综合保税区）",
                "二、（四）": "赣江新区",
                "二、（五）": "none — the 2 items are NOT spread in 江西 (江西省 as default is acceptable)",
                "附件 序号2": "全省 (the row names 南昌市、九江市 only as responsible governments: tagging them is fine)",
                "附件 序号11–12": "南昌/九江/赣州/井冈山综合保税区 (one vertically merged 推广范围 cell)",
                "附件 序号13–14": "南昌市、赣州市",
                "附件 序号15": "南昌市、九江市",
                "附件 序号16": "赣江新区",
            },
            "note": "国函〔2024〕163号 in the intro is the cited State Council notice, not this document's 文号. 推广范围 全省 = 江西省.",
        },
        "_note": (
            "文件格式: red 版头 江西省人民政府办公厅文件 (condensed), 文号 赣府厅字〔2025〕7号 + red rule; the title typed as TWO centred paragraphs that split a word (…复制推广自由贸易 / 试验区第八批改革试点经验的通知) — joined with no space. "
            "主送 3 items; intro; 一、 heading + a lead paragraph ending in a colon + run-in 楷体 （一）–（四）; 二、 heading + （一）–（五） run-in in the SAME 仿宋 font as the text (no heading, the item begins with a quoted name); 三、 heading + run-in 楷体 （一）–（三）. Labels with parent (一、（一） ≠ 二、（一） ≠ 三、（一）). "
            "附件说明 → 1 attachment; 落款 江西省人民政府办公厅 / 2025年1月16日; （此件公开发布）. After a page break (same portrait section): 附件 label, table title in two paragraphs (heading), 5-column table 序号/改革事项/推广范围/责任单位/完成时限 with repeated header, 16 rows; "
            "row 2 and row 11 have a 责任单位 cell of TWO paragraphs (first ends with “，”: join without adding anything); rows 11–12 share ONE vertically merged 推广范围 cell typed with a soft line break (南昌综合保税区、九江综合保税区、⏎赣州综合保税区、井冈山综合保税区) — both rows carry it, joined without a space. "
            "完成时限 values are deadlines. 版记 after a page break: 抄送 … / 江西省人民政府办公厅秘书处 2025年1月17日印发 → published 2025-01-17. No effective/expires."
        ),
        "_pdf": {"note": "The 5-column portrait table wraps most cells on 2–3 lines; it runs over 2 pages with the header repeated. The merged 推广范围 cell of rows 11–12 prints once across both rows. Same expected meta and clauses."},
    }]
    # ---- (c) 四川
    sc_cl = list(SC_BODY)
    for head, paras in SC_CASES:
        sc_cl += [s + t for s, t in zip(SC_SUBS, paras)]
    out["blind191_sichuan_tongbao"] = [{
        "meta": {
            "title": SC_TITLE, "doc_number": SC_NUM, "issuer": ["四川省商务厅"],
            "date": "2024-12-18", "published": "2024-12-19", "level": "provincial", "region": "四川省",
            "effective": None, "expires": None, "attachments": [SC_ATT], "doc_type": "通报",
            "recipients": ["各市（州）商务主管部门", "中国（四川）自由贸易试验区各片区管委会", "各协同改革先行区管理机构"],
            "publicity": "此件主动公开",
        },
        "clauses": sc_cl,
        "applies_to": {
            "default": "四川省（中国（四川）自由贸易试验区）",
            "specific": {
                "附件 一、（一）（二）": "成都青白江铁路港片区（成都国际铁路港，成都市青白江区）",
                "附件 一、（三）": "全省具备条件的铁路物流枢纽 (= 四川省)",
                "附件 二、（一）（二）": "川南临港片区（泸州港、泸州综合保税区，泸州市）",
                "附件 二、（三）": "宜宾港、乐山港（宜宾市、乐山市）",
                "附件 三、（一）（二）": "成都天府新区片区（天府国际基金小镇）",
                "附件 三、（三）": "自贸试验区各片区及协同改革先行区",
                "附件 四、（一）（二）": "成都高新综合保税区",
                "附件 四、（三）": "全省综合保税区",
                "附件 五、（一）（二）": "德阳协同改革先行区（德阳经济技术开发区，德阳市）",
                "附件 五、（三）": "全省国家级、省级开发区（装备制造业集聚）",
                "附件 六、（一）（二）": "宜宾协同改革先行区（宜宾综合保税区，宜宾市）",
                "附件 六、（三）": "绵阳综合保税区、泸州综合保税区（绵阳市、泸州市）",
            },
            "note": "Each case's 主要做法/实践效果 apply where the case was done (the heading names it); the 推广建议 applies where it is to be spread. 重庆海关/上海海关 (二、（一）) are partner customs, not places of application. A reader that tags the whole case with its 片区 only is medium for the 推广建议 paragraphs.",
        },
        "_note": (
            "文件格式 with red 版头 四川省商务厅文件; 文号 川商自贸〔2024〕19号 + red rule; title ONE paragraph with NO manual break (wraps by itself over two lines). 主送 3 items; 3 body paragraphs (clauses); 附件说明; 落款 四川省商务厅 / 2024年12月18日 with an electronic seal: a PNG floating behind the text (wp:anchor, behindDoc) — not text, not a clause; （此件主动公开） (publicity wording differs from 此件公开发布). "
            "Page numbers “— N —” centred on every page. A NEXT-PAGE section break starts the 附件: label 附件, title in two paragraphs (heading). "
            "The 6 case headings carry Word AUTOMATIC numbering (numbering.xml, chineseCounting, lvlText “%1、”): the XML text has NO “一、”, Word/LibreOffice print 一、…六、 — the reader must label them 一、…六、 (or at least keep them as headings in order). "
            "Each case heading (黑体, own paragraph: place：name) is a heading, not a clause (tolerable low as a clause); under it three run-in 楷体 paragraphs （一）主要做法。/（二）实践效果。/（三）推广建议。 — 18 clauses, labels unique with their case (一、（一） ≠ 二、（一）). "
            "版记 after a page break: 抄送 … / 四川省商务厅办公室 2024年12月19日印发. 2025年3月31日 is a deadline; no effective/expires (a 通报 has none)."
        ),
        "_pdf": {"note": "In the PDF the automatic numbers 一、…六、 are printed text at the start of each case heading. The seal image prints over the 落款 (red, not text). Same expected meta and clauses."},
    }]
    # ---- (d) 徐州
    xz_cl = [XZ_NOTICE, XZ_INTRO, XZ_GOAL]
    for sub, items in XZ_TASKS:
        xz_cl += [h + flat(t) for h, t in items]
    xz_cl += [h + t for h, t in XZ_GUARANTEE]
    out["blind191_xuzhou_fangan"] = [{
        "meta": {
            "title": XZ_TITLE, "doc_number": XZ_NUM, "issuer": ["徐州市人民政府"],
            "date": "2025-02-24", "published": "2025-02-26", "level": "municipal", "region": "江苏省徐州市",
            "effective": "2025-03-01", "expires": "2027-12-31", "attachments": [], "doc_type": "通知（印发实施方案）",
            "recipients": ["各县（市）、区人民政府", "徐州经济技术开发区、徐州高新技术产业开发区、徐州淮海国际港务区管委会", "市各委办局（公司）", "市各直属单位"],
            "publicity": "此件公开发布",
        },
        "clauses": xz_cl,
        "applies_to": {
            "default": "江苏省徐州市",
            "specific": {
                "二、（一）1.": "徐州综合保税区",
                "二、（一）2.": "徐州综合保税区",
                "二、（一）3.": "徐州综合保税区、徐州淮海国际港务区",
                "二、（二）1.": "徐州经济技术开发区、徐州高新技术产业开发区、邳州经济开发区（邳州市）、新沂经济开发区（新沂市）; later all 省级以上开发区",
                "二、（二）2.": "徐州经济技术开发区、徐州高新技术产业开发区",
                "二、（二）3.": "徐州淮海国际港务区（徐州国际陆港）、邳州港（邳州市）、新沂港（新沂市）",
                "二、（三）1.、2.": "全市 (= 徐州市)",
                "三、（二）": "全市各开发区",
            },
            "note": "国函〔2024〕163号 and 苏政办发〔2025〕5号 in the 方案 intro are cited documents. 徐州海关 in 责任单位 is an organ.",
        },
        "_note": (
            "Red 版头 徐州市人民政府文件; 文号 徐政发〔2025〕8号; title ONE paragraph with TWO soft breaks (…印发《徐州市在综合 / 保税区和开发区复制推广自由贸易试验区 / 改革试点经验实施方案》的通知 — the first splits 综合|保税区 inside the book title) joined with no space. 主送 4 items; one notice paragraph; NO 附件说明 and NO 附件 label: the 方案 follows the 落款 (徐州市人民政府 / 2025年2月24日, （此件公开发布）) after a page break, its title in two paragraphs. "
            "attachments: [] (listing the 方案 as the attachment is tolerable). One document: the 方案 clauses belong to it (a reader that splits the 方案 into its own document — same issuer/date — is tolerable). "
            "方案: intro; 一、 heading + 1 paragraph; 二、 heading + 楷体 sub-headings （一）（二）（三） on their own lines (headings) with run-in items “1.推行…。” (half-width 1. with no space; bold 仿宋 lead) — labels 二、（一）1. ≠ 二、（二）1.; item 二、（二）2. contains a soft line break in the middle of a sentence (…率先推行⏎便利店…) — join with no space; 三、 heading + run-in 楷体 （一）–（三）. "
            "三、（三）: 自2025年3月1日起施行，有效期至2027年12月31日 → effective 2025-03-01, expires 2027-12-31. 版记 after a page break: 抄送 typed on two lines with a soft break / 徐州市人民政府办公室 2025年2月26日印发."
        ),
        "_pdf": {"note": "Footer “— N —” odd right / even left. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_guowuyuan(), build_jiangxi(), build_sichuan(), build_xuzhou()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
