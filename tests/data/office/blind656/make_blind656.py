# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 656: OA-issued 公文 with electronic seals, footer 本文件共X页 第X页,
OA 流水号 header and a 统计表 attachment.  Writes .docx, .pdf and expected.json
next to this script."""
import io
import json
import math
import os
import random
import subprocess

from PIL import Image, ImageDraw, ImageFont, ImageChops
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SEAL_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


# ---------------------------------------------------------------- seal PNG
def make_seal(name, bottom="", size=620, seed=1):
    rnd = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (228, 16, 30, 255)
    c = size / 2
    r = size / 2 - 10
    d.ellipse([c - r, c - r, c + r, c + r], outline=red, width=int(size * 0.028))
    # five-pointed star
    ro, ri = size * 0.15, size * 0.15 * 0.382
    pts = []
    for k in range(10):
        ang = math.radians(-90 + k * 36)
        rr = ro if k % 2 == 0 else ri
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # organ name along the upper arc
    n = len(name)
    span = min(300.0, 26.0 * n + 40)
    rr = r - size * 0.115
    chord = rr * math.radians(span / n)
    fsz = int(min(size * 0.13, chord * 0.92))
    try:
        font = ImageFont.truetype(SEAL_FONT, fsz, index=2)
    except Exception:
        font = ImageFont.load_default()
    start = -90 - span / 2
    for i, ch in enumerate(name):
        ang = start + span * (i + 0.5) / n
        rad = math.radians(ang)
        x = c + rr * math.cos(rad)
        y = c + rr * math.sin(rad)
        box = int(fsz * 1.5)
        chi = Image.new("RGBA", (box, box), (0, 0, 0, 0))
        cd = ImageDraw.Draw(chi)
        cd.text((box / 2, box / 2), ch, font=font, fill=red, anchor="mm")
        chi = chi.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(chi, (int(x - box / 2), int(y - box / 2)))
    if bottom:
        bf = ImageFont.truetype(SEAL_FONT, int(size * 0.075), index=2)
        d.text((c, c + size * 0.28), bottom, font=bf, fill=red, anchor="mm")
    # stamp texture: knock out random specks of ink
    noise = Image.effect_noise((size, size), 60).point(lambda v: 255 if v > 70 else 110)
    rnd_dots = Image.new("L", (size, size), 255)
    dd = ImageDraw.Draw(rnd_dots)
    for _ in range(260):
        x, y = rnd.uniform(0, size), rnd.uniform(0, size)
        s = rnd.uniform(1, 4)
        dd.ellipse([x - s, y - s, x + s, y + s], fill=rnd.randint(40, 160))
    a = img.getchannel("A")
    a = ImageChops.multiply(a, noise)
    a = ImageChops.multiply(a, rnd_dots)
    a = a.point(lambda v: int(v * 0.92))
    img.putalpha(a)
    bio = io.BytesIO()
    img.save(bio, "PNG")
    bio.seek(0)
    return bio


def float_seal(run, png, x_cm, y_cm, size_cm=4.2, hrel="margin", vrel="paragraph"):
    """Insert the seal PNG as a floating picture (wrapNone, in front of text)."""
    run.add_picture(png, width=Cm(size_cm))
    inline = run._r.find(".//" + qn("wp:inline"))
    extent = inline.find(qn("wp:extent"))
    docpr = inline.find(qn("wp:docPr"))
    graphic = inline.find(qn("a:graphic"))
    cx, cy = extent.get("cx"), extent.get("cy")
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%s" cy="%s"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        "<wp:wrapNone/></wp:anchor>"
        % (nsdecls("wp", "a", "pic", "r"), hrel, int(Cm(x_cm)), vrel, int(Cm(y_cm)), cx, cy)
    )
    anchor.append(docpr)
    anchor.append(parse_xml('<wp:cNvGraphicFramePr %s/>' % nsdecls("wp")))
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


# ---------------------------------------------------------------- docx helpers
def rfont(run, cn=FS, size=16, bold=False, color=None, en="Times New Roman"):
    run.font.name = en
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), cn)
    rf.set(qn("w:ascii"), en)
    rf.set(qn("w:hAnsi"), en)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def pfmt(p, align=None, first=0.0, left=0.0, right=0.0, line=28, before=0, after=0, hanging=None):
    f = p.paragraph_format
    if align is not None:
        p.alignment = align
    f.space_before = Pt(before)
    f.space_after = Pt(after)
    if line:
        f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        f.line_spacing = Pt(line)
    f.left_indent = Pt(left)
    f.right_indent = Pt(right)
    if hanging is not None:
        f.first_line_indent = Pt(-hanging)
    else:
        f.first_line_indent = Pt(first)
    return p


def para(doc, text="", cn=FS, size=16, bold=False, color=None, **kw):
    p = doc.add_paragraph()
    kw.setdefault("first", 32 if text else 0)
    pfmt(p, **kw)
    if text:
        rfont(p.add_run(text), cn, size, bold, color)
    return p


def border(p, side="bottom", color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must precede spacing/ind/jc in CT_PPr; insert near the start
        ppr.insert(0, bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def fix_ppr_order(doc):
    """Put w:pBdr / w:numPr / w:tabs in schema order inside every pPr."""
    order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
             "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
             "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
             "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]
    rank = {qn("w:" + k): i for i, k in enumerate(order)}
    parts = [doc.element.body]
    for s in doc.sections:
        parts += [s.header._element, s.footer._element]
    for root in parts:
        for ppr in root.iter(qn("w:pPr")):
            kids = list(ppr)
            kids.sort(key=lambda e: rank.get(e.tag, 99))
            for k in kids:
                ppr.remove(k)
            for k in kids:
                ppr.append(k)


def add_field(p, instr, cn=FS, size=14):
    def r():
        run = p.add_run()
        rfont(run, cn, size)
        return run
    b = r()._r
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); b.append(fc)
    i = r()._r
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; i.append(it)
    s = r()._r
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); s.append(fc)
    t = r(); t.text = "1"
    e = r()._r
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); e.append(fc)


def setup(doc, oa_text, header_left=None):
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.5), Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.style = doc.styles["Normal"]
    pfmt(hp, line=None)
    if header_left:
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
        rfont(hp.add_run(header_left + "\t" + oa_text), FS, 10.5)
    else:
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rfont(hp.add_run(oa_text), FS, 10.5)
    border(hp, "bottom", "808080", 4)
    fp = sec.footer.paragraphs[0]
    pfmt(fp, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    rfont(fp.add_run("本文件共"), FS, 14)
    add_field(fp, "NUMPAGES")
    rfont(fp.add_run("页 第"), FS, 14)
    add_field(fp, "PAGE")
    rfont(fp.add_run("页"), FS, 14)


class Body:
    """Writes body paragraphs and records the clause list for the key."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def p(self, text, clause=True, **kw):
        pr = para(self.doc, text, **kw)
        if clause:
            self.clauses.append(text)
        return pr

    def h1(self, text):  # 一、… on its own line, 黑体
        return para(self.doc, text, cn=HT)

    def h2(self, text):  # （一）… on its own line, 楷体
        return para(self.doc, text, cn=KT)

    def runin(self, head, rest, head_cn=FS, bold=True):
        p = self.doc.add_paragraph()
        pfmt(p, first=32)
        rfont(p.add_run(head), head_cn, 16, bold)
        rfont(p.add_run(rest), FS, 16)
        self.clauses.append(head + rest)
        return p

    def softbreak(self, parts):
        p = self.doc.add_paragraph()
        pfmt(p, first=32)
        for i, t in enumerate(parts):
            r = rfont(p.add_run(t), FS, 16)
            if i < len(parts) - 1:
                r.add_break()
        self.clauses.append("".join(parts))
        return p

    def auto(self, num_id, n, text):
        p = self.doc.add_paragraph()
        pfmt(p, first=32)
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                             % (nsdecls("w"), num_id)))
        rfont(p.add_run(text), FS, 16)
        self.clauses.append("%d.%s" % (n, text))
        return p

    def empty(self, n=1):
        for _ in range(n):
            para(self.doc, "")


def add_numbering(doc, ids):
    """Decimal list '%1.' with no suffix (so it renders 1.xxx), one abstractNum per list."""
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for num_id in ids:
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id + 100, FS))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (nsdecls("w"), num_id, num_id + 100)))


def cell_text(cell, text, size=12, bold=False, cn=FS, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    pfmt(p, align=align, line=20)
    parts = text.split("\n")
    for i, t in enumerate(parts):
        r = rfont(p.add_run(t), cn, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths[j]) / 635)))
    for row in t.rows:
        idx = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(widths[idx:idx + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW"); tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w) / 635)))
            tcw.set(qn("w:type"), "dxa")
            idx += span


def stat_table(doc, headers, rows, widths, clauses, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(headers):
        cell_text(t.cell(0, j), h, size, True, HT)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i + 1, j), str(v), size)
        clauses.append("；".join("%s：%s" % (h.replace("\n", ""), v) for h, v in zip(headers, row)))
    set_widths(t, widths)
    # repeat header row
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    return t


def title(doc, lines, size=22):
    """Title lines; a list of lists means soft line breaks inside one paragraph."""
    for ln in lines:
        p = doc.add_paragraph()
        pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
        segs = ln if isinstance(ln, list) else [ln]
        for i, s in enumerate(segs):
            r = rfont(p.add_run(s), XBS, size)
            if i < len(segs) - 1:
                r.add_break()


def banji(doc, chaosong, org, date, manual_spaces=False):
    para(doc, "")
    p = para(doc, "", line=28)
    border(p, "top", "000000", 12, 1)
    pfmt(p, left=14, right=14, hanging=None, first=0)
    rfont(p.add_run("抄送："), FS, 14)
    rfont(p.add_run(chaosong), FS, 14)
    border(p, "bottom", "000000", 4, 1)
    q = doc.add_paragraph()
    pfmt(q, left=14, right=14)
    if manual_spaces:
        rfont(q.add_run(org + "                  " + date + "印发"), FS, 14)
    else:
        q.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
        rfont(q.add_run(org + "\t" + date + "印发"), FS, 14)
    border(q, "bottom", "000000", 12, 1)


def convert(paths):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_656", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE] + paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =========================================================== document 1: 重庆
def doc_chongqing():
    doc = Document()
    setup(doc, "OA流水号：OA-2026-001234")
    # 版头: two organs stacked, 文件 merged on the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["重庆市商务委员会", "重庆市人民政府口岸和物流办公室"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        pfmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
        rfont(p.add_run(org), XBS, 21, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    rfont(p.add_run("文件"), XBS, 36, False, RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, [12.4, 3.2])
    para(doc, "")
    p = para(doc, "渝商务发〔2026〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, first=0, after=6)
    border(p, "bottom", "E60012", 18, 8)
    para(doc, "")
    title(doc, [["关于做好2026年中欧班列（成渝）外贸货源", "组织和统计监测工作的通知"]])
    para(doc, "")
    para(doc, "各区县（自治县）商务主管部门，各开发开放平台管理机构，重庆国际物流集团有限公司，有关外贸企业：", first=0)

    b = Body(doc)
    b.p("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，进一步发挥中欧班列（成渝）国际物流大通道作用，稳定和扩大外贸货源，提升班列统计监测的及时性和准确性，根据商务部、海关总署等部门有关工作要求，现就做好2026年中欧班列（成渝）外贸货源组织和统计监测工作有关事项通知如下。")
    b.h1("一、工作目标")
    b.p("2026年，全市中欧班列（成渝）力争开行2600列以上，其中本地外贸货源占比提升至45%以上，回程班列占比保持在40%左右，进出口货值达到900亿元。各区县（自治县）、各开发开放平台要对照2025年开行情况（见附件），科学确定本地区年度货源组织目标，并于2026年3月31日前报市商务委。")
    b.h1("二、重点任务")
    b.runin("（一）加强外贸货源组织。", "各区县（自治县）商务主管部门要建立重点外贸企业班列运输需求清单，每季度更新一次，重点做好以下工作：")
    b.p("1.摸清货源底数。对年进出口额5000万元以上的笔记本电脑、汽车及零部件、摩托车、化工材料等重点企业逐户走访，掌握其欧洲、中亚方向运输需求。")
    b.p("2.推动“班列+贸易”融合。支持重庆国际物流集团有限公司与外贸企业签订年度运输协议，对签订协议且年度运量达到100标准箱以上的企业，在舱位保障、运费结算等方面给予便利。")
    b.softbreak(["3.拓展回程货源。积极组织进口肉类、葡萄酒、汽车整车、木材等回程货源，支持在西部（重庆）科学城综合保税区、重庆两路果园港综合保",
                 "税区开展保税展示交易，提高回程班列重箱率。"])
    b.runin("（二）优化通关物流服务。", "会同重庆海关推广“铁路快通”“一单制”等便利化模式，将班列在团结村中心站的平均停留时间压缩至12小时以内。对时效要求高的跨境电商货物，实行优先装车、优先发运。")
    b.runin("（三）规范统计监测。", "各报送单位要严格执行以下统计要求：")
    b.p("1.统计口径。本通知所称中欧班列（成渝）开行列数，以重庆国际物流集团有限公司确认的实际发运列数为准；进出口货值以海关申报数据为准；本地外贸货源是指由注册在本市的企业组织、在本市完成装箱或集拼的货物。")
    b.p("2.报送时限。各区县（自治县）商务主管部门于每月5日前通过“重庆市商务运行监测系统”报送上月货源组织情况，每季度首月10日前报送上季度分析报告。")
    b.p("3.数据质量。各报送单位要落实统计数据审核责任，不得虚报、瞒报、迟报。对连续两次迟报或数据明显异常的，由市商务委予以通报。")
    b.empty()
    b.h1("三、保障措施")
    b.runin("（一）强化组织领导。", "各区县（自治县）要将中欧班列货源组织纳入稳外贸工作重要内容，明确分管负责同志和工作专班，加强与市级部门的工作衔接。")
    b.runin("（二）落实资金支持。", "对符合《重庆市外经贸发展专项资金管理办法》规定条件的班列货源组织项目，按程序予以支持，具体申报事项另行通知。")
    b.runin("（三）加强宣传推广。", "充分利用中国西部国际投资贸易洽谈会等平台，宣传推介中欧班列（成渝）线路、时效和价格优势，引导更多外贸企业选择班列运输。")
    b.p("联系人及电话：市商务委对外贸易处王磊，023-63662218；市政府口岸物流办通道建设处陈晓敏，023-63896475。")
    para(doc, "")
    p = para(doc, "", first=32, left=0, hanging=None)
    pfmt(p, left=80, hanging=80)
    rfont(p.add_run("附件：2025年中欧班列（成渝）重庆各区县外贸货源组织情况统计表"), FS, 16)
    para(doc, "")
    para(doc, "")
    # 落款: two organs side by side in a borderless table, each with a seal
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    orgs = ["重庆市商务委员会", "重庆市人民政府口岸和物流办公室"]
    for j, org in enumerate(orgs):
        c = lt.cell(0, j)
        p = c.paragraphs[0]
        pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        rfont(p.add_run(org), FS, 16)
        r = p.add_run()
        float_seal(r, make_seal(org, "", seed=11 + j), [1.3, 2.5][j], -1.3, hrel="column")
    set_widths(lt, [6.8, 9.0])
    para(doc, "2026年3月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=64, first=0)
    para(doc, "（本文件经电子签章系统签发，与纸质文件具有同等效力）", cn=KT, size=14,
         align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16)
    para(doc, "（此件公开发布）", first=32)

    # 附件
    doc.add_page_break()
    para(doc, "附件", cn=HT, first=0)
    para(doc, "")
    title(doc, [["2025年中欧班列（成渝）重庆各区县", "外贸货源组织情况统计表"]], size=20)
    para(doc, "")
    headers = ["区县（平台）", "开行列数\n（列）", "其中：回程\n（列）", "本地货源占比\n（%）", "进出口货值\n（亿元）"]
    rows = [
        ["沙坪坝区（西部物流园）", "980", "402", "41.2", "336.5"],
        ["两江新区", "420", "168", "52.6", "161.8"],
        ["九龙坡区", "186", "71", "38.4", "58.3"],
        ["江津区", "214", "95", "35.7", "62.9"],
        ["渝北区", "158", "60", "47.9", "55.1"],
        ["璧山区", "97", "36", "44.5", "29.6"],
        ["涪陵区", "75", "33", "30.2", "21.4"],
        ["其他区县", "130", "49", "33.8", "40.2"],
        ["合计", "2260", "914", "42.3", "765.8"],
    ]
    stat_table(doc, headers, rows, [4.6, 2.6, 2.6, 3.0, 2.8], b.clauses)
    para(doc, "")
    para(doc, "")
    banji(doc, "市发展改革委，市财政局，重庆海关，中国铁路成都局集团有限公司重庆货运中心。",
          "重庆市商务委员会办公室", "2026年3月13日", manual_spaces=True)
    fix_ppr_order(doc)
    meta = {
        "title": "关于做好2026年中欧班列（成渝）外贸货源组织和统计监测工作的通知",
        "doc_number": "渝商务发〔2026〕15号",
        "issuer": ["重庆市商务委员会", "重庆市人民政府口岸和物流办公室"],
        "date": "2026-03-12",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": ["2025年中欧班列（成渝）重庆各区县外贸货源组织情况统计表"],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）商务主管部门", "各开发开放平台管理机构",
                       "重庆国际物流集团有限公司", "有关外贸企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, meta, b.clauses


# =========================================================== document 2: 杭州
def doc_hangzhou():
    doc = Document()
    setup(doc, "OA-2026-002816", header_left="杭州市商务局协同办公系统")
    add_numbering(doc, [41, 42])
    p = para(doc, "杭州市商务局文件", cn=XBS, size=40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
             first=0, line=60)
    para(doc, "")
    p = para(doc, "杭商务〔2026〕41号", align=WD_ALIGN_PARAGRAPH.CENTER, first=0, after=6)
    border(p, "bottom", "E60012", 18, 8)
    para(doc, "")
    title(doc, ["杭州市商务局关于开展2026年度跨境电商", "重点企业统计监测工作的通知"])
    para(doc, "")
    para(doc, "各区、县（市）商务主管部门，中国（杭州）跨境电子商务综合试验区各线下产业园区管理机构：", first=0)
    b = Body(doc)
    b.p("为全面准确掌握我市跨境电子商务发展情况，服务中国（杭州）跨境电子商务综合试验区建设，根据省商务厅关于跨境电子商务统计监测工作的部署，市商务局决定开展2026年度跨境电商重点企业统计监测工作。现将有关事项通知如下：")
    b.h1("一、监测对象")
    b.p("在我市注册，2025年度跨境电商进出口额（含B2B出口、B2C零售进出口和海外仓出口）达到1000万元人民币以上的企业，以及在境外设立公共海外仓、运营跨境电商独立站的重点企业，纳入2026年度统计监测范围。各区、县（市）可结合实际，将成长性较好的中小跨境电商企业一并纳入。")
    b.h1("二、监测内容")
    b.auto(41, 1, "企业基本情况，包括统一社会信用代码、主营品类、主要目的市场、从业人员数量等。")
    b.auto(41, 2, "跨境电商进出口情况，按9610、9710、9810、1210等海关监管方式分别填报。")
    b.auto(41, 3, "海外仓建设运营情况，包括海外仓数量、面积、所在国家（地区）以及服务企业数量。")
    b.auto(41, 4, "独立站、自主品牌建设和境外商标注册情况。")
    b.h1("三、工作要求")
    b.runin("（一）压实报送责任。", "各区、县（市）商务主管部门是本辖区统计监测工作的责任主体，要指定专人负责企业名录确认、数据催报和审核，确保重点企业应报尽报。", head_cn=KT, bold=False)
    b.runin("（二）严格时间节点。", "具体安排如下：", head_cn=KT, bold=False)
    b.auto(42, 1, "2026年4月30日前，各区、县（市）商务主管部门完成本辖区重点企业名录确认，并报市商务局电子商务处。")
    b.auto(42, 2, "自2026年5月起，重点企业于每月10日前通过“杭州跨境电商综试区线上综合服务平台”填报上月数据。")
    b.auto(42, 3, "每季度结束后15日内，各区、县（市）商务主管部门报送本辖区季度运行分析。")
    b.runin("（三）加强数据运用。", "市商务局定期汇总分析监测数据，形成全市跨境电商运行报告，作为跨境电商产业园区评价、专项资金安排和“跨境电商+产业带”培育的重要参考。2025年各区、县（市）跨境电商进出口情况见附件。", head_cn=KT, bold=False)
    b.runin("（四）做好信息保密。", "各级商务主管部门和平台运营单位对企业报送的商业数据负有保密义务，未经企业同意不得对外提供。", head_cn=KT, bold=False)
    b.p("联系人：市商务局电子商务处刘婧，联系电话：0571-85252736。")
    para(doc, "")
    p = doc.add_paragraph()
    pfmt(p, left=80, hanging=80)
    rfont(p.add_run("附件：2025年杭州市各区、县（市）跨境电商进出口统计表"), FS, 16)
    para(doc, "")
    para(doc, "")
    # 落款 aligned with manual full-width spaces
    p = para(doc, "", first=0)
    rfont(p.add_run("　" * 17 + "杭州市商务局"), FS, 16)
    float_seal(p.add_run(), make_seal("杭州市商务局", "", seed=21), 9.3, -1.1)
    p = para(doc, "", first=0)
    rfont(p.add_run("　" * 16 + "2026年4月8日"), FS, 16)
    para(doc, "（本文件经电子签章系统签发，与纸质文件具有同等效力）", cn=FS, size=12,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0)

    doc.add_page_break()
    para(doc, "附件", cn=HT, first=0)
    para(doc, "")
    title(doc, ["2025年杭州市各区、县（市）跨境电商进出口统计表"], size=18)
    para(doc, "")
    headers = ["序号", "地区", "进出口额\n（亿元）", "其中：出口\n（亿元）", "同比增长\n（%）", "纳入监测企业\n（家）"]
    rows = [
        ["1", "上城区", "68.4", "52.1", "12.6", "38"],
        ["2", "拱墅区", "41.2", "30.8", "9.4", "27"],
        ["3", "西湖区", "55.7", "41.3", "15.2", "33"],
        ["4", "滨江区", "96.3", "78.5", "18.7", "61"],
        ["5", "萧山区", "212.5", "176.4", "14.1", "142"],
        ["6", "余杭区", "158.9", "121.6", "16.3", "97"],
        ["7", "临平区", "74.6", "63.2", "11.8", "45"],
        ["8", "钱塘区", "133.8", "112.7", "20.4", "76"],
        ["9", "富阳区", "28.1", "24.9", "8.2", "19"],
        ["10", "临安区", "19.5", "17.6", "6.9", "14"],
        ["11", "桐庐县", "12.3", "11.1", "10.5", "9"],
        ["12", "淳安县", "3.2", "2.4", "-2.1", "3"],
        ["13", "建德市", "6.8", "6.1", "7.3", "6"],
    ]
    stat_table(doc, headers, rows, [1.4, 2.6, 2.8, 2.8, 2.4, 3.2], b.clauses)
    para(doc, "")
    banji(doc, "省商务厅，市发改委，市财政局，市统计局，杭州海关。",
          "杭州市商务局办公室", "2026年4月9日")
    fix_ppr_order(doc)
    meta = {
        "title": "杭州市商务局关于开展2026年度跨境电商重点企业统计监测工作的通知",
        "doc_number": "杭商务〔2026〕41号",
        "issuer": ["杭州市商务局"],
        "date": "2026-04-08",
        "published": None,
        "level": "municipal",
        "region": "杭州市",
        "effective": None,
        "expires": None,
        "attachments": ["2025年杭州市各区、县（市）跨境电商进出口统计表"],
        "doc_type": "通知",
        "recipients": ["各区、县（市）商务主管部门",
                       "中国（杭州）跨境电子商务综合试验区各线下产业园区管理机构"],
        "publicity": None,
        "repeals": None,
    }
    return doc, meta, b.clauses


# =========================================================== document 3: 青岛片区
def doc_qingdao():
    doc = Document()
    setup(doc, "OA流水号：OA-2026-004871", header_left="青岛片区协同办公平台")
    para(doc, "中国（山东）自由贸易试验区", cn=XBS, size=30, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=46)
    para(doc, "青岛片区管理委员会文件", cn=XBS, size=30, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=46)
    para(doc, "")
    p = para(doc, "青自贸发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, first=0, after=6)
    border(p, "bottom", "E60012", 18, 8)
    para(doc, "")
    # title typed as three separate paragraphs
    title(doc, ["中国（山东）自由贸易试验区青岛片区", "管理委员会关于进一步规范综合保税区",
                "重点业务统计报送工作的通知"])
    para(doc, "")
    para(doc, "片区各部门，各功能区管理机构，区内各有关企业：", first=0)
    b = Body(doc)
    b.p("为落实国家关于推进综合保税区高水平开放高质量发展的部署要求，准确掌握青岛前湾综合保税区、青岛西海岸综合保税区（以下统称综保区）保税维修、保税研发、跨境电商等重点业务运行情况，提升统计数据质量，为政策制定和绩效评估提供支撑，经研究，现就进一步规范综保区重点业务统计报送工作通知如下。")
    b.h1("一、统计范围和指标")
    b.h2("（一）统计范围")
    b.p("1.在综保区内注册并实际开展业务的加工制造、保税物流、保税维修、保税研发、跨境电商、融资租赁等各类企业。")
    b.p("2.未在综保区内注册，但依托综保区海关特殊监管区域账册开展业务的区外企业，由其业务所在功能区负责纳入统计。")
    b.h2("（二）统计指标")
    b.p("1.基础指标。包括企业进出口额、区内企业营业收入、实际使用外资、新增注册企业数等。")
    b.p("2.重点业务指标。包括：")
    b.p("（1）保税维修业务货值及维修项目数量；")
    b.p("（2）跨境电商网购保税进口（1210）和特殊区域出口（1210出口、9810）单量及货值；")
    b.p("（3）保税研发物料进口货值；")
    b.p("（4）融资租赁飞机、船舶及大型设备的租赁资产规模。")
    b.p("3.企业经营预警指标。对进出口额同比下降30%以上或者连续两个月无业务的企业，由所在功能区列入重点关注名单，并于次月报送片区经济发展部。")
    b.h1("二、报送要求")
    b.runin("（一）报送方式。", "区内企业通过“青岛片区综保区统计直报系统”在线填报，系统未覆盖的指标由各功能区汇总后以电子表格形式报送片区经济发展部，表式见附件。", head_cn=KT, bold=True)
    b.runin("（二）报送时限。", "月度数据于次月8日前报送；季度数据于季后首月12日前报送；年度数据于次年1月20日前报送。遇法定节假日顺延。", head_cn=KT, bold=True)
    b.runin("（三）数据审核。", "各功能区对企业填报数据进行初审，片区经济发展部会同青岛海关驻区机构开展比对核验。对数据差异超过5%的，相关企业应当在3个工作日内书面说明原因。", head_cn=KT, bold=True)
    b.h1("三、保障措施")
    b.runin("（一）明确责任分工。", "片区经济发展部负责统计报送工作的统筹协调和数据汇总发布；各功能区明确1名分管负责人和1名统计联络员，确保报送工作有人抓、有人管。", head_cn=KT, bold=True)
    b.runin("（二）强化结果运用。", "统计数据作为综保区绩效评估、企业分类评价和政策兑现的重要依据。对拒不报送、虚报瞒报的企业，暂停其享受片区相关扶持政策资格，并依照《中华人民共和国统计法》有关规定处理。", head_cn=KT, bold=True)
    b.runin("（三）加强培训指导。", "片区经济发展部每年至少组织2次统计业务培训，对新入区企业实行“一对一”填报辅导。", head_cn=KT, bold=True)
    b.h1("四、其他事项")
    b.p("本通知自2026年6月1日起施行，有效期至2028年5月31日。《关于做好综合保税区业务数据报送工作的通知》（青自贸发〔2024〕19号）同时废止。")
    b.p("执行中如有问题，请及时与片区经济发展部联系（联系电话：0532-86989213）。")
    para(doc, "")
    p = doc.add_paragraph()
    pfmt(p, left=80, hanging=80)
    rfont(p.add_run("附件：综合保税区重点业务统计表（2026年一季度）"), FS, 16)
    para(doc, "")
    para(doc, "")
    p = para(doc, "中国（山东）自由贸易试验区青岛片区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    float_seal(p.add_run(), make_seal("中国（山东）自由贸易试验区青岛片区管理委员会", "", seed=31),
               7.3, -1.5)
    para(doc, "二〇二六年五月二十日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=64)
    para(doc, "（本文件经电子签章系统签发，与纸质文件具有同等效力）", cn=KT, size=14,
         align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    para(doc, "（此件公开发布）", first=32)

    doc.add_page_break()
    para(doc, "附件", cn=HT, first=0)
    para(doc, "")
    title(doc, [["综合保税区重点业务统计表", "（2026年一季度）"]], size=20)
    para(doc, "")
    headers = ["指标名称", "计量单位", "青岛前湾\n综合保税区", "青岛西海岸\n综合保税区", "合计"]
    rows = [
        ["进出口总额", "亿元", "312.6", "58.4", "371.0"],
        ["保税维修货值", "亿元", "18.7", "4.2", "22.9"],
        ["保税维修项目", "个", "36", "11", "47"],
        ["跨境电商网购保税进口单量", "万单", "426.5", "87.3", "513.8"],
        ["跨境电商网购保税进口货值", "亿元", "9.8", "2.1", "11.9"],
        ["保税研发物料进口货值", "亿元", "3.6", "1.5", "5.1"],
        ["融资租赁资产规模", "亿元", "64.0", "—", "64.0"],
        ["新增注册企业", "家", "42", "19", "61"],
    ]
    stat_table(doc, headers, rows, [5.0, 2.2, 3.0, 3.0, 2.4], b.clauses)
    para(doc, "")
    para(doc, "")
    banji(doc, "青岛市商务局，青岛海关，黄岛海关，青岛西海岸新区管委。",
          "青岛片区管委党政办公室", "2026年5月21日")
    fix_ppr_order(doc)
    meta = {
        "title": "中国（山东）自由贸易试验区青岛片区管理委员会关于进一步规范综合保税区重点业务统计报送工作的通知",
        "doc_number": "青自贸发〔2026〕7号",
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2026-05-20",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": "2026-06-01",
        "expires": "2028-05-31",
        "attachments": ["综合保税区重点业务统计表（2026年一季度）"],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各功能区管理机构", "区内各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《关于做好综合保税区业务数据报送工作的通知》（青自贸发〔2024〕19号）",
    }
    return doc, meta, b.clauses


def main():
    expected = {}
    paths = []
    for stem, fn in [("blind656_chongqing_tongzhi", doc_chongqing),
                     ("blind656_hangzhou_tongzhi", doc_hangzhou),
                     ("blind656_qingdao_tongzhi", doc_qingdao)]:
        doc, meta, clauses = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        paths.append(path)
        expected[stem] = [{"meta": meta, "clauses": clauses}]
    convert(paths)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
