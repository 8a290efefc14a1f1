# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1028: 市人民政府办公室通知, 版头 built in a floating text box / a page
header (different first page) / a borderless Word table. Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"

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


def add_par(container, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, indent=False, line=line)


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


def page_number(footer, left="— ", right=" —"):
    fp = footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def col_widths(table, widths):
    """Set the grid (what LibreOffice/Word use) and every cell's width."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(Cm(w).twips))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def page_break_before(p):
    p.paragraph_format.page_break_before = True


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1028", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- floating DrawingML shapes ------------------------------------------
def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run(p, text, name, size_pt, color, width_cm, height_cm, shape_id,
                pos_v_cm=0.0, wrap="topAndBottom"):
    """Append a run holding a floating text box (wps:wsp, txBox) to paragraph p."""
    cx, cy = int(Cm(width_cm)), int(Cm(height_cm))
    half = int(size_pt * 2)
    wrap_xml = "<wp:wrapTopAndBottom/>" if wrap == "topAndBottom" else "<wp:wrapNone/>"
    xml = (
        '<w:r xmlns:w="%(w)s" xmlns:wp="%(wp)s" xmlns:a="%(a)s" xmlns:wps="%(wps)s">'
        '<w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%(rh)d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%(pv)d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%(cx)d" cy="%(cy)d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '%(wrap)s<wp:docPr id="%(id)d" name="文本框 %(id)d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="%(wps)s"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%(cx)d" cy="%(cy)d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/>'
        '<w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%(f)s" w:hAnsi="%(f)s" w:eastAsia="%(f)s" w:cs="%(f)s"/>'
        '<w:color w:val="%(col)s"/><w:w w:val="90"/><w:sz w:val="%(hs)d"/><w:szCs w:val="%(hs)d"/></w:rPr>'
        '<w:t>%(t)s</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" '
        'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % dict(w=NS_W, wp=NS_WP, a=NS_A, wps=NS_WPS, rh=251659264 + shape_id,
               pv=int(Cm(pos_v_cm)), cx=cx, cy=cy, wrap=wrap_xml, id=shape_id, f=name,
               col=str(color), hs=half, t=_esc(text)))
    p._p.append(parse_xml(xml))


def line_run(p, width_cm, shape_id, pos_v_cm=0.0, color="FF0000", w_pt=2.25):
    """Append a run holding a floating straight connector (the red rule)."""
    cx = int(Cm(width_cm))
    xml = (
        '<w:r xmlns:w="%(w)s" xmlns:wp="%(wp)s" xmlns:a="%(a)s" xmlns:wps="%(wps)s">'
        '<w:rPr><w:noProof/></w:rPr><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%(rh)d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%(pv)d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%(cx)d" cy="0"/><wp:effectExtent l="0" t="12700" r="0" b="12700"/>'
        '<wp:wrapNone/><wp:docPr id="%(id)d" name="直接连接符 %(id)d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="%(wps)s"><wps:wsp><wps:cNvCnPr/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%(cx)d" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        '<a:ln w="%(lw)d"><a:solidFill><a:srgbClr val="%(col)s"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></w:r>'
        % dict(w=NS_W, wp=NS_WP, a=NS_A, wps=NS_WPS, rh=251659264 + shape_id,
               pv=int(Cm(pos_v_cm)), cx=cx, id=shape_id, lw=int(Pt(w_pt)), col=color))
    p._p.append(parse_xml(xml))


class Body:
    """Collects clauses while writing body text."""

    def __init__(self, doc, typed_indent=False):
        self.doc = doc
        self.clauses = []
        self.typed = typed_indent

    def para(self, t, record=True):
        if record:
            self.clauses.append(t)
        if self.typed:
            return add_par(self.doc, IND + t, indent=False)
        return add_par(self.doc, t)

    def head(self, t, name=HT):
        if self.typed:
            return add_par(self.doc, [(IND + t, name, 16, False)], indent=False)
        return add_par(self.doc, [(t, name, 16, False)])

    def runin(self, h, t, hname=KT, bold=False):
        self.clauses.append(h + t)
        runs = [(h, hname, 16, bold), (t, FS, 16, False)]
        if self.typed:
            return add_par(self.doc, [(IND, FS, 16, False)] + runs, indent=False)
        return add_par(self.doc, runs)

    def table(self, header, rows, widths=None, size=12, hdr_repeat=False):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, size)
        if hdr_repeat:
            repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, size)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            col_widths(t, widths)
        return t


def title_par(doc, lines, size=22, soft=True):
    """Title in 方正小标宋; lines joined by soft breaks (one paragraph) or separate paragraphs."""
    if soft:
        p = doc.add_paragraph()
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(ln), XBS, size)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    else:
        for ln in lines:
            add_par(doc, [(ln, XBS, size, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                    indent=False, line=36)


# =================================================================== DOC A
def doc_quanzhou():
    """版头 in a floating text box, 文号 right via tab, red rule = drawn line shape,
    落款 placed with a center tab stop; notice issuing 若干措施 (rule follows)."""
    stem = "blind1028_quanzhou_textbox"
    doc = Document()
    sec = setup(doc)
    page_number(sec.footer)
    b = Body(doc)

    # anchor paragraph for the text box (empty paragraph, box wraps top and bottom)
    p = doc.add_paragraph()
    fmt(p, indent=False, line=28)
    textbox_run(p, "泉州市人民政府办公室文件", XBS, 36, "FF0000", 15.6, 2.0, 1, pos_v_cm=0.3)
    empty(doc, 1)
    # 文号 pushed to the right margin with a right tab stop
    p = add_par(doc, [("\t", FS, 16, False), ("泉政办规〔2025〕9号", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    # red rule: a drawn connector anchored in an otherwise empty paragraph
    p = doc.add_paragraph()
    fmt(p, indent=False, line=20)
    line_run(p, 15.6, 2, pos_v_cm=0.1)
    empty(doc, 1)
    title_par(doc, ["泉州市人民政府办公室关于印发泉州市支持",
                    "“丝路海运”港航物流高质量发展",
                    "若干措施的通知"])
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市直有关单位：",
            indent=False)
    b.para("经市人民政府同意，现将《泉州市支持“丝路海运”港航物流高质量发展若干措施》印发给你们，请认真贯彻执行。")
    empty(doc, 3)
    # 落款 with a center tab stop (organ) and the date under it
    for txt in ("泉州市人民政府办公室", "2025年11月20日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), WD_TAB_ALIGNMENT.CENTER)
    add_par(doc, "（此件主动公开）")

    # the measures, on a new page (clerk typed a page break)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    title_par(doc, ["泉州市支持“丝路海运”港航物流", "高质量发展若干措施"])
    empty(doc, 1)
    b.para("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快建设21世纪海上丝绸之路核心区先行区，做大做强“丝路海运”品牌，推动我市港航物流高质量发展，结合我市实际，制定以下措施。")
    b.head("一、拓展国际航线网络")
    b.runin("（一）支持开辟国际集装箱航线。", "对在泉州港新开辟并稳定运营6个月以上、纳入“丝路海运”命名航线的国际集装箱航线，按照航线类型和实际运营航次给予船公司奖励，奖励标准见下表。（责任单位：市交通运输局、市财政局，泉州港口发展中心）")
    add_par(doc, [("国际集装箱航线奖励标准（单位：万元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    b.table(["航线类型", "每航次奖励", "单条航线年度奖励上限"], [
        ["日韩、东南亚航线", "1", "50"],
        ["中东、南亚航线", "1.5", "80"],
        ["欧洲、地中海、非洲、美洲航线", "3", "150"],
    ], widths=[7.2, 3.0, 5.4], size=12)
    b.runin("（二）支持发展内外贸同船运输。", "对在泉州港开展内外贸同船运输业务的航运企业，按照年度同船运输量给予每标准箱50元奖励，每家企业年度奖励不超过200万元。（责任单位：市交通运输局、泉州海关）")
    b.head("二、壮大港航物流市场主体")
    b.runin("（三）引进培育航运龙头企业。", "对新落户我市、注册资本5000万元以上的航运企业、国际货运代理企业和供应链管理企业，自营业之日起三年内，按其对我市地方财政贡献的一定比例给予奖励。（责任单位：市商务局、市财政局、市税务局）")
    b.runin("（四）支持多式联运发展。", "对经泉州港中转、通过铁路运输至江西、湖南等内陆地区的集装箱，给予货主企业每标准箱300元补助；推动“丝路海运”与“丝路飞翔”联动，支持泉州晋江国际机场开通至东南亚国家的国际货运航线。（责任单位：市交通运输局、市发展改革委，泉州港口发展中心）")
    b.head("三、提升口岸通关便利化水平")
    b.runin("（五）深化通关模式改革。", "全面推广进口货物“船边直提”和出口货物“抵港直装”作业模式，推行进出口货物“提前申报”，力争2026年底前泉州港进口、出口整体通关时间分别压缩至30小时和1小时以内。（责任单位：泉州海关、泉州海事局、市商务局）")
    b.runin("（六）推进智慧口岸建设。", "依托国际贸易“单一窗口”，建设“丝路海运”泉州港航物流信息服务平台，实现港口、船公司、货代、海关、海事等数据互联共享，推动集装箱提单、设备交接单等单证电子化率达到90%以上。（责任单位：市数据管理局、泉州港口发展中心）")
    b.head("四、强化要素保障")
    b.runin("（七）加大资金支持。", "市级财政每年统筹安排港航物流发展专项资金不少于1.5亿元，用于支持本措施各项政策落实。各县（市、区）可结合实际出台配套扶持措施。（责任单位：市财政局、各县〔市、区〕人民政府）")
    b.runin("（八）强化人才和用地保障。", "将港航物流高层次人才纳入我市“港城英才”人才计划支持范围；对港航物流重点项目优先保障建设用地指标。（责任单位：市委人才办、市自然资源和规划局）")
    b.head("五、附则")
    b.para("本措施自2026年1月1日起施行，有效期至2027年12月31日。《泉州市人民政府办公室关于加快港口物流发展的若干意见》（泉政办〔2021〕33号）同时废止。")
    b.para("同一项目、同一事项符合本措施和我市其他同类扶持政策的，按照“从优、就高、不重复”原则予以支持，不得重复享受。本措施由市交通运输局会同市财政局负责解释。")
    banji(doc, "抄送：市委各部门，泉州军分区，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院，各人民团体。",
          "泉州市人民政府办公室", "2025年11月21日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "泉州市人民政府办公室关于印发泉州市支持“丝路海运”港航物流高质量发展若干措施的通知",
            "doc_number": "泉政办规〔2025〕9号",
            "issuer": ["泉州市人民政府办公室"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "泉州市",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "泉州开发区管委会", "泉州台商投资区管委会",
                           "市直有关单位"],
            "publicity": "此件主动公开",
            "repeals": "《泉州市人民政府办公室关于加快港口物流发展的若干意见》（泉政办〔2021〕33号）",
        },
        "clauses": b.clauses,
    }]
    return path


# =================================================================== DOC B
def doc_kunming():
    """版头 (特急, organ + 文件, 文号, red rule as paragraph border) lives in the
    FIRST-PAGE HEADER (different first page); later pages have an empty header."""
    stem = "blind1028_kunming_header"
    doc = Document()
    sec = setup(doc)
    sec.different_first_page_header_footer = True
    sec.header_distance = Cm(1.2)
    page_number(sec.footer)
    page_number(sec.first_page_footer)
    # empty default header (pages 2..n)
    sec.header.paragraphs[0].text = ""
    hdr = sec.first_page_header
    hp = hdr.paragraphs[0]
    font(hp.add_run("特急"), HT, 16)
    fmt(hp, indent=False, line=28)
    hp.paragraph_format.left_indent = Pt(16)
    add_par(hdr, [("昆明市人民政府办公室文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=18)
    empty(hdr, 1)
    add_par(hdr, "昆政办〔2026〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = add_par(hdr, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    b = Body(doc)

    title_par(doc, ["昆明市人民政府办公室关于做好2026年",
                    "中国—南亚博览会服务保障工作的通知"], soft=False)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，各开发（度假）区管委会，市政府各委、办、局：", indent=False)
    b.para("2026年中国—南亚博览会暨第30届中国昆明进出口商品交易会（以下简称南博会）定于2026年6月12日至16日在昆明滇池国际会展中心举办。本届南博会以“团结协作、共谋发展”为主题，设主题国馆、南亚国家馆、东南亚国家馆、“一带一路”国际合作馆等15个展馆，预计参展企业2600家以上,境内外客商和观众超过40万人次。为确保南博会安全、有序、高效举办，经市人民政府同意，现就做好服务保障工作有关事项通知如下：")
    b.head("一、提高政治站位，强化组织领导")
    b.para("南博会是经党中央、国务院批准举办的国家级展会，是我国面向南亚东南亚开放合作的重要平台，也是推进高质量共建“一带一路”的重要载体。各地、各部门要充分认识做好南博会服务保障工作的重要意义，切实把思想和行动统一到市委、市政府的部署要求上来。市人民政府成立2026年南博会服务保障工作领导小组，由分管副市长任组长，领导小组办公室设在市商务局，负责统筹协调服务保障各项工作。")
    b.head("二、突出工作重点，全力做好各项保障")
    b.runin("（一）安全保卫。", "市公安局要会同有关单位制定安全保卫工作方案，严格落实展馆安检、人员证件管理和重点区域巡逻防控措施，全面排查会展中心及周边区域安全隐患，确保不发生影响展会举办的安全事件。")
    b.runin("（二）交通保障。", "市交通运输局要优化展会期间公共交通运力配置，开通长水国际机场、昆明南站至滇池国际会展中心的南博会公交专线不少于6条，地铁4号线、5号线在展会期间延长运营时间至23:30。市公安局交警支队要科学设置交通管制和临时停车区域，保障嘉宾车辆和展品运输车辆通行。")
    b.runin("（三）城市环境。", "市城市管理局要牵头开展城市环境综合整治，重点抓好长水国际机场、昆明南站至会展中心沿线道路的市容市貌、绿化美化和亮化工作，于2026年5月31日前完成整治任务。")
    b.runin("（四）接待服务。", "市外办、市商务局要统筹做好境外政要、驻华使节和境内外重要客商的接待工作。市文化和旅游局要督促指导全市宾馆酒店做好住宿保障，严禁哄抬价格。")
    b.runin("（五）医疗卫生和食品安全。", "市卫生健康委要在展馆内设立医疗救护点，落实定点医院和急救车辆。市市场监管局要加强展会期间餐饮服务单位食品安全监督检查，确保食品安全。")
    b.para("各项保障任务的牵头单位、配合单位和完成时限详见附件。")
    b.head("三、严格工作纪律，确保取得实效")
    b.para("各责任单位要按照任务分工，细化工作措施，落实工作责任，主要负责同志要亲自研究部署、亲自协调推动。展会期间，各单位要严格执行24小时值班和领导带班制度，遇有重大突发情况要第一时间向领导小组办公室报告，不得迟报、漏报、瞒报。")
    b.para("请各有关单位于2026年4月20日前确定1名联络员，并将联络员姓名、职务和联系方式报送领导小组办公室（联系人：杨丽萍，联系电话：0871-63136528）。")
    empty(doc, 1)
    add_par(doc, "附件：2026年中国—南亚博览会服务保障任务分工表")
    empty(doc, 2)
    for txt in ("昆明市人民政府办公室", "2026年4月10日"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1: own page, two-level merged header repeated on every page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    page_break_before(p)
    title_par(doc, ["2026年中国—南亚博览会服务保障任务分工表"], size=20)
    empty(doc, 1, line=16)
    hdr_cols = ["序号", "保障任务", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    rows = [
        ["1", "制定南博会安全保卫工作方案，落实展馆、酒店及周边重点区域安保措施", "市公安局", "官渡区政府、呈贡区政府、市应急局", "2026年5月20日前"],
        ["2", "制定展会期间交通组织方案，开通南博会公交专线，保障交通秩序", "市交通运输局", "市公安局交警支队、昆明公交集团", "2026年5月25日前"],
        ["3", "开展城市环境综合整治，重点抓好机场、火车站至会展中心沿线环境提升", "市城市管理局", "市住房城乡建设局、市园林绿化局、各相关县（市、区）政府", "2026年5月31日前"],
        ["4", "做好境内外嘉宾接待服务，统筹酒店住宿、餐饮保障", "市外办", "市商务局、市文化和旅游局", "2026年6月5日前"],
        ["5", "设立展会医疗救护点，做好食品安全监督检查", "市卫生健康委", "市市场监管局", "展会期间"],
        ["6", "组织采购商和专业观众，做好市内签约项目储备", "市商务局", "市投资促进局、各开发（度假）区管委会", "2026年6月1日前"],
        ["7", "保障会展中心周边电力、通信、供水、燃气稳定供应", "市工业和信息化局", "昆明供电局、各通信运营企业、昆明滇池水务公司", "展会期间"],
        ["8", "加强南博会宣传报道和网络舆情监测", "市政府新闻办", "市融媒体中心", "2026年6月20日前"],
        ["9", "做好口岸通关和入境人员便利服务", "昆明海关", "昆明长水机场边检站、市商务局", "展会期间"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.3, 5.9, 2.8, 3.9, 2.6]
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(a, "保障任务", HT, 12)
    a = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(a, "责任单位", HT, 12)
    set_cell(t.cell(1, 2), "牵头单位", HT, 12)
    set_cell(t.cell(1, 3), "配合单位", HT, 12)
    a = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(a, "完成时限", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11, line=16,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr_cols, row)))
    col_widths(t, widths)
    b.para("注：各牵头单位于展会结束后5个工作日内将工作总结报送市商务局（市南博会服务保障工作领导小组办公室）。")

    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室。",
          "昆明市人民政府办公室", "2026年4月11日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "昆明市人民政府办公室关于做好2026年中国—南亚博览会服务保障工作的通知",
            "doc_number": "昆政办〔2026〕12号",
            "issuer": ["昆明市人民政府办公室"],
            "date": "2026-04-10",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年中国—南亚博览会服务保障任务分工表"],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "各开发（度假）区管委会", "市政府各委、办、局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return path


# =================================================================== DOC C
def doc_zhengzhou():
    """版头 in a borderless 2x2 Word table (organ | 文件, then merged row with the
    文号 right-aligned), red rule = paragraph bottom border, body indented with typed
    full-width spaces, soft line breaks, 落款 pushed right with many spaces, date in
    Chinese numerals."""
    stem = "blind1028_zhengzhou_table"
    doc = Document()
    sec = setup(doc)
    page_number(sec.footer, "- ", " -")
    b = Body(doc, typed_indent=True)

    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_cell(t.cell(0, 0), "郑州市人民政府办公室", XBS, 30, color=RED,
             align=WD_ALIGN_PARAGRAPH.RIGHT, line=48)
    set_cell(t.cell(0, 1), "文件", XBS, 46, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    set_cell(m, "", FS, 16)
    set_cell(m, "郑政办〔2026〕19号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28)
    m.paragraphs[0].paragraph_format.space_before = Pt(24)
    col_widths(t, (11.6, 4.0))
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 18, 1)
    border(p, "top", "FFFFFF", 4, 1)
    empty(doc, 1)
    title_par(doc, ["郑州市人民政府办公室关于组织开展2026年",
                    "“郑品出海”外贸拓市场专项行动的通知"])
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市人民政府各部门，各开发区管委会：", indent=False)
    b.para("为深入贯彻落实党中央、国务院关于推动外贸稳规模优结构的决策部署，依托中国（河南）自由贸易试验区郑州片区、郑州航空港经济综合实验区和中欧班列(中豫号)等开放平台，支持外贸企业开拓多元化国际市场，经市人民政府同意，决定在全市组织开展2026年“郑品出海”外贸拓市场专项行动（以下简称专项行动）。现将有关事项通知如下：")
    b.head("一、工作目标")
    b.para("通过专项行动，全年组织全市外贸企业参加境外重点展会不少于40场次，组织“一带一路”经贸对接活动不少于15场次，服务企业2000家次以上，推动全市货物贸易进出口保持稳定增长，对共建“一带一路”国家进出口占全市比重提高到45%以上。")
    b.head("二、重点任务")
    b.runin("（一）组织企业参加境外重点展会。", "市商务局、市贸促会要聚焦重点市场和优势产业，编制年度重点境外展会计划，组织企业以“郑州展团”形式集中参展。", KT, False)
    # 1. and 2. typed in ONE paragraph separated by Shift+Enter
    t1 = "1.欧洲市场。依托中欧班列(中豫号)和郑州—卢森堡“空中丝绸之路”，重点组织装备制造、汽车及零部件、食品加工等企业参加德国、波兰等国家的专业展会。"
    t2 = "2.中亚和西亚市场。围绕共建“一带一路”重点国家，组织企业参加哈萨克斯坦、乌兹别克斯坦、沙特阿拉伯等国家的综合性展会，扩大电工电器、建材、纺织服装等产品出口。"
    t3 = "3.东盟和南亚市场。用好《区域全面经济伙伴关系协定》（RCEP）原产地累积规则，组织企业参加印度尼西亚、泰国等国家的展会，推动中间品贸易和产能合作。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    b.clauses.extend([t1, t2])
    b.para(t3)
    add_par(doc, [("2026年“郑品出海”重点境外展会计划表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    header = ["序号", "区域", "展会名称", "举办地", "举办时间", "组展单位"]
    rows = [
        ["1", "欧洲", "德国汉诺威工业博览会", "德国汉诺威", "4月", "市商务局"],
        ["2", "欧洲", "波兰波兹南国际博览会", "波兰波兹南", "6月", "市商务局、郑州国际陆港开发建设有限公司"],
        ["3", "中亚和西亚", "哈萨克斯坦中国商品展览会", "哈萨克斯坦阿拉木图", "6月", "市商务局"],
        ["4", "中亚和西亚", "乌兹别克斯坦国际工业展", "乌兹别克斯坦塔什干", "9月", "市贸促会"],
        ["5", "中亚和西亚", "沙特国际贸易博览会", "沙特阿拉伯利雅得", "10月", "市贸促会"],
        ["6", "东盟和南亚", "印度尼西亚雅加达国际贸易展", "印度尼西亚雅加达", "10月", "市贸促会"],
        ["7", "东盟和南亚", "泰国曼谷国际汽车零配件展", "泰国曼谷", "11月", "市商务局"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(tb.cell(0, i), h, HT, 12)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(tb.cell(ri, ci), v, FS, 12)
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # region column: vertically merged cells
    for r0, r1, name in ((1, 2, "欧洲"), (3, 5, "中亚和西亚"), (6, 7, "东盟和南亚")):
        mc = tb.cell(r0, 1).merge(tb.cell(r1, 1))
        set_cell(mc, name, FS, 12)
    col_widths(tb, (1.3, 2.4, 4.4, 3.0, 2.0, 2.5))
    b.para("注：展会具体时间以主办方最终公布为准，市商务局将根据实际情况动态调整。")
    b.runin("（二）开展“一带一路”经贸对接活动。", "依托中国（河南）自由贸易试验区郑州片区，举办“郑品出海·丝路行”系列经贸对接活动，邀请共建“一带一路”国家采购商来郑采购洽谈；支持企业赴境外开展“小分队”式精准对接。", KT, False)
    b.runin("（三）强化“四条丝路”物流支撑。", "推动“空中丝绸之路”“陆上丝绸之路”“网上丝绸之路”“海上丝绸之路”协同发展，支持中欧班列(中豫号)开行“郑品出海”定制专列，支持郑州新郑国际机场加密至欧洲、中亚的全货机航线，降低企业跨境物流成本。", KT, False)
    b.runin("（四）加大政策支持力度。", "对企业参加列入计划的境外展会，按照展位费的70%给予补助，单个企业年度补助不超过30万元；对中小微外贸企业投保出口信用保险的保费给予50%补助。", KT, False)
    b.head("三、保障措施")
    b.runin("（一）加强组织领导。", "市商务局牵头建立专项行动工作专班，会同市财政局、郑州海关、市贸促会等单位定期会商，协调解决企业出海拓市场中的困难和问题。", KT, False)
    b.runin("（二）强化服务保障。", "郑州海关要为参展企业展品出境提供ATA单证册等通关便利；市外办要为企业人员因公出国（境）参展开辟绿色通道。", KT, False)
    b.runin("（三）做好总结评估。", "各县（市、区）、各开发区要于2026年7月10日、2027年1月10日前，分别将专项行动上半年、全年工作开展情况报送市商务局。", KT, False)
    empty(doc, 2)
    # 落款: pushed right with typed half-width spaces
    add_par(doc, " " * 34 + "郑州市人民政府办公室", indent=False)
    add_par(doc, " " * 35 + "二〇二六年三月六日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    banji(doc, "抄送：市委各部门，郑州警备区，市人大常委会办公室，市政协办公室，市法院，市检察院。",
          "郑州市人民政府办公室", "2026年3月9日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "郑州市人民政府办公室关于组织开展2026年“郑品出海”外贸拓市场专项行动的通知",
            "doc_number": "郑政办〔2026〕19号",
            "issuer": ["郑州市人民政府办公室"],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市人民政府各部门", "各开发区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return path


def main():
    paths = [doc_quanzhou(), doc_kunming(), doc_zhengzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
