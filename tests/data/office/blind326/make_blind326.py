# ruff: noqa
# -*- coding: utf-8 -*-
"""Write the 326th round of blind test documents next to this script.

Three fictional 公文 of 自治区 / 盟 / 县 organs (Word + LibreOffice PDF) and
expected.json.  Run:  . /work/venv/bin/activate && python make_blind326.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

BODY_PT = 16
LINE_PT = 28.9


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=BODY_PT, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=True, line=LINE_PT, before=0, after=0,
        left=None, right=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(BODY_PT * 2)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if align is not None:
        p.alignment = align


def add_par(doc_or_cell, text="", font=FS, size=BODY_PT, bold=False, color=None,
            align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=True, line=LINE_PT,
            before=0, after=0, left=None, right=None):
    p = doc_or_cell.add_paragraph()
    fmt(p, align, first_indent, line, before, after, left, right)
    if text:
        # "\n" inside text = soft line break (w:br) inside one paragraph
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def add_run(p, text, font=FS, size=BODY_PT, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def border(p, sides, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in sides:
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        bdr.append(el)
    ppr.append(bdr)


def page_break(doc):
    """Ctrl+Enter at the end of the last paragraph (break run, no new paragraph)."""
    p = doc.paragraphs[-1]
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p, size=14):
    r = add_run(p, "— ", SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, t, e):
        r._element.append(el)
    add_run(p, " —", SONG, size)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28) if not landscape else Mm(15)
    sec.header_distance = Mm(15)


def setup_footers(doc, sec):
    """odd pages: number right; even pages: number left (— N —)."""
    doc.settings.odd_and_even_pages_header_footer = True
    sec.footer.is_linked_to_previous = False
    f = sec.footer.paragraphs[0]
    fmt(f, WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, line=18, right=14)
    add_page_field(f)
    sec.even_page_footer.is_linked_to_previous = False
    f = sec.even_page_footer.paragraphs[0]
    fmt(f, WD_ALIGN_PARAGRAPH.LEFT, first_indent=False, line=18, left=14)
    add_page_field(f)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY_PT)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    setup_section(sec)
    setup_footers(doc, sec)
    return doc


def banner(doc, organ_lines, docno, wenjian=True):
    """红头: 发文机关标志 + 发文字号 + 红色分隔线."""
    if isinstance(organ_lines, str):
        size = 40 if len(organ_lines) <= 8 else 28
        add_par(doc, organ_lines + ("文件" if wenjian else ""), XBS, size, color=RED,
                align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=60, before=24)
    else:
        # 联合行文: organs stacked on the left, "文件" on the right (borderless table)
        t = doc.add_table(rows=len(organ_lines), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        t.columns[0].width = Mm(118)
        t.columns[1].width = Mm(38)
        for i, o in enumerate(organ_lines):
            c = t.cell(i, 0)
            c.width = Mm(118)
            p = c.paragraphs[0]
            fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, first_indent=False, line=44)
            add_run(p, o, XBS, 22, color=RED)
        m = t.cell(0, 1).merge(t.cell(len(organ_lines) - 1, 1))
        m.width = Mm(38)
        p = m.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=88)
        add_run(p, "文件", XBS, 40, color=RED)
    add_par(doc, "", first_indent=False)
    add_par(doc, "", first_indent=False)
    p = add_par(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border(p, ["bottom"], sz=18)
    add_par(doc, "", first_indent=False)


def title(doc, lines, soft=False):
    if soft:
        add_par(doc, "\n".join(lines), XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
                first_indent=False, line=35)
    else:
        for ln in lines:
            add_par(doc, ln, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
                    first_indent=False, line=35)
    add_par(doc, "", first_indent=False)


def zhusong(doc, text):
    add_par(doc, text, first_indent=False)


def signature(doc, organs, date_cn, right_chars=4):
    add_par(doc, "", first_indent=False)
    if len(organs) == 1:
        add_par(doc, organs[0], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False,
                right=BODY_PT * (right_chars + 1))
    else:
        t = doc.add_table(rows=1, cols=len(organs))
        t.autofit = False
        t.columns[0].width, t.columns[1].width = Mm(62), Mm(94)
        for i, o in enumerate(organs):
            t.cell(0, i).width = t.columns[i].width
            p = t.cell(0, i).paragraphs[0]
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
            add_run(p, o)
        add_par(doc, "", first_indent=False)
    add_par(doc, date_cn, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False,
            right=BODY_PT * right_chars)


def fuzhu(doc, text):
    add_par(doc, text, first_indent=True)


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    add_par(doc, "", first_indent=False)
    p = add_par(doc, chaosong, size=14, first_indent=False, left=14, right=14,
                align=WD_ALIGN_PARAGRAPH.LEFT)
    border(p, ["top"], color="000000", sz=8)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=False, left=14, right=14)
    add_run(p, yinfa_organ, size=14)
    pf = p.paragraph_format
    # 印发日期 right-aligned by a right tab stop
    pf.tab_stops.add_tab_stop(Mm(154), alignment=2)
    add_run(p, "\t" + yinfa_date, size=14)
    border(p, ["top", "bottom"], color="000000", sz=8)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trpr.append(el)


def cell_text(cell, text, bold=False, size=12, font=FS, align=WD_ALIGN_PARAGRAPH.CENTER):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    fmt(p, align, first_indent=False, line=18)
    add_run(p, text, HT if bold else font, size)


def make_table(doc, header_rows, rows, widths_mm, vmerge_cols=(), font_size=12,
               left_cols=()):
    """header_rows: list of lists ("" = merged with previous to the left,
    None = merged with the one above).  rows: list of lists; a cell equal to
    the one above in a column listed in vmerge_cols is merged vertically."""
    nh = len(header_rows)
    ncols = len(widths_mm)
    t = doc.add_table(rows=nh + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ci in range(ncols):
        t.columns[ci].width = Mm(widths_mm[ci])
    for ri in range(nh + len(rows)):
        for ci in range(ncols):
            t.cell(ri, ci).width = Mm(widths_mm[ci])
    # headers
    for ri, hr in enumerate(header_rows):
        repeat_header(t.rows[ri])
        for ci, v in enumerate(hr):
            if v:
                cell_text(t.cell(ri, ci), v, bold=True, size=font_size)
                shade(t.cell(ri, ci))
    for ri, hr in enumerate(header_rows):
        ci = 0
        while ci < ncols:
            v = hr[ci]
            if v:
                cj = ci + 1
                while cj < ncols and hr[cj] == "":
                    cj += 1
                if cj - 1 > ci:
                    m = t.cell(ri, ci).merge(t.cell(ri, cj - 1))
                    cell_text(m, v, bold=True, size=font_size)
                rj = ri + 1
                while rj < nh and header_rows[rj][ci] is None:
                    rj += 1
                if rj - 1 > ri:
                    m = t.cell(ri, ci).merge(t.cell(rj - 1, ci))
                    cell_text(m, v, bold=True, size=font_size)
                ci = cj
            else:
                ci += 1
    # body
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(nh + ri, ci), v, size=font_size, align=al)
    for ci in vmerge_cols:
        ri = 0
        while ri < len(rows):
            rj = ri + 1
            while rj < len(rows) and rows[rj][ci] == rows[ri][ci]:
                rj += 1
            if rj - 1 > ri:
                m = t.cell(nh + ri, ci).merge(t.cell(nh + rj - 1, ci))
                cell_text(m, rows[ri][ci], size=font_size)
            ri = rj
    return t


# --------------------------------------------------------------- body model
class Body:
    """Collects the body blocks and the clause list for expected.json."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.specific = {}

    def _clause(self, text, places):
        self.clauses.append(text)
        if places:
            key = text[:22]
            assert key not in self.specific, key
            self.specific[key] = places

    def h1(self, text):
        add_par(self.doc, text, HT)

    def h2(self, text):
        add_par(self.doc, text, KT)

    def p(self, text, places=None, soft_at=None):
        """plain paragraph clause; soft_at: insert a soft line break (w:br)
        after that substring (the clause text itself is unchanged)."""
        if soft_at:
            i = text.index(soft_at) + len(soft_at)
            add_par(self.doc, text[:i] + "\n" + text[i:])
        else:
            add_par(self.doc, text)
        self._clause(text, places)

    def runin(self, head, body, places=None, head_font=KT):
        """（一）小标题。正文…  run-in heading in 楷体, body in 仿宋."""
        p = add_par(self.doc, "")
        add_run(p, head, head_font)
        add_run(p, body)
        self._clause(head + body, places)

    def multi(self, paras, places=None, head=None):
        """one clause spread over several paragraphs."""
        for i, t in enumerate(paras):
            if i == 0 and head:
                p = add_par(self.doc, "")
                add_run(p, head, KT)
                add_run(p, t[len(head):])
            else:
                add_par(self.doc, t)
        self._clause("\n".join(paras), places)

    def rows(self, header, rows, places_col=None, skip_empty=True):
        for r in rows:
            parts = []
            for h, v in zip(header, r):
                if skip_empty and (v == "" or v is None):
                    continue
                parts.append("%s：%s" % (h, v))
            text = "；".join(parts)
            places = None
            if places_col is not None:
                pv = r[places_col]
                if isinstance(pv, list):
                    places = pv
                elif pv:
                    places = [pv]
            self.clauses.append(text)
            if places:
                self.specific[text[:22]] = places


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_326",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ document 1
def doc_xilinguole():
    stem = "blind326_xilinguole_tongzhi"
    doc = new_doc()
    banner(doc, "锡林郭勒盟行政公署办公室", "锡署办发〔2025〕47号")
    title(doc, ["锡林郭勒盟行政公署办公室关于进一步提升",
                "口岸通关效能促进边民互市贸易发展的通知"])
    zhusong(doc, "各旗县市（区）人民政府，盟行政公署各委办局，各有关单位：")
    b = Body(doc)
    b.p("为深入贯彻落实高质量共建“一带一路”决策部署，进一步发挥二连浩特、珠恩嘎达布其口岸的"
        "通道作用，推动口岸经济和边民互市贸易高质量发展，经盟行政公署同意，现就有关事项通知如下。")
    b.h1("一、提升口岸通关效能")
    b.runin("（一）推进口岸基础设施提档升级。",
            "加快二连浩特公路口岸货运通道智能化改造，2025年底前建成并投用“智慧口岸”监管平台一期工程；"
            "推进珠恩嘎达布其口岸联检查验场地扩建。各旗县市（区）要将口岸"
            "配套基础设施项目优先纳入年度重点项目计划。")
    # soft line break in the middle of this clause (copied-from-WeChat habit)
    b.p("（二）深化通关便利化改革。全面推广“提前申报”“两步申报”“先放后检”等便利化措施，"
        "推行进出口货物“7×24小时”预约通关。口岸查验单位要进一步压缩进口、出口整体通关时间，"
        "力争2025年底前较2024年分别压缩10%和5%以上。",
        soft_at="便利化措施，")
    b.h2("（三）提高中欧班列和跨境运输效率")
    b.p("1．二连浩特市要会同二连浩特铁路口岸相关单位，优化中欧班列换装作业组织，推行“一次申报、"
        "一次查验、一次放行”，确保中欧班列在口岸站平均换装时间控制在6小时以内。",
        places=["二连浩特市"])
    b.p("2．鼓励盟内物流企业开展中蒙国际道路运输和甩挂运输试点，按规定给予运营补助。")
    b.h1("二、促进边民互市贸易转型发展")
    b.runin("（一）规范边民互市贸易管理。",
            "严格落实边民互市贸易管理有关规定，边民每人每日通过互市贸易进口的生活用品，在人民币8000元"
            "以内的免征进口关税和进口环节税。推广使用边民互市贸易服务平台，实现交易申报、"
            "资金结算线上办理。")
    b.h2("（二）推动互市商品落地加工")
    b.p("1．二连浩特市要依托边民互市贸易区，建设互市商品落地加工园区，重点发展肉类、饲草等"
        "互市进口商品精深加工，2026年底前引进落地加工企业不少于5家。", places=["二连浩特市"])
    b.p("2．东乌珠穆沁旗要结合珠恩嘎达布其口岸实际，研究设立边民互市贸易点，积极申报互市商品落地"
        "加工试点。", places=["东乌珠穆沁旗"])
    b.p("3．对新认定的互市商品落地加工企业，按其年度实际加工互市商品货值给予一次性奖励，具体标准为：")
    b.p("（1）年加工货值1000万元（含）至5000万元的，奖励20万元；")
    b.p("（2）年加工货值5000万元（含）以上的，奖励50万元。")
    b.multi(["（三）培育边民互市经营主体。鼓励边民通过组建互助组、合作社等方式参与互市贸易，引导有条件"
             "的企业与边民合作社开展互市商品收购。",
             "对带动边民参与互市贸易成效明显的合作社，由所在旗县市给予适当奖励，所需资金由盟、旗县市两级"
             "财政按5∶5比例分担。"], head="（三）培育边民互市经营主体。")
    b.h1("三、拓展开放型经济新空间")
    b.runin("（一）发展跨境电商和海外仓。",
            "鼓励盟内外贸企业在蒙古国乌兰巴托、扎门乌德等地建设海外仓和商品展示中心，对经认定的海外仓"
            "按照自治区有关政策给予支持。")
    b.runin("（二）建设锡林浩特航空物流枢纽。",
            "支持锡林浩特市依托锡林浩特机场发展航空物流和口岸后方加工。",
            places=["锡林浩特市"])
    b.runin("（三）推动边境旗发展口岸配套产业。",
            "阿巴嘎旗、苏尼特左旗要发挥毗邻口岸和资源优势，重点发展畜产品精深加工、进口饲草储备和"
            "边境旅游，主动对接二连浩特口岸物流通道。",
            places=["阿巴嘎旗", "苏尼特左旗"])
    b.h1("四、强化组织保障")
    b.runin("（一）加强统筹协调。",
            "盟商务局（口岸办）要牵头建立口岸工作联席会议制度，协调解决重大问题。"
            "各有关旗县市要落实属地责任，制定具体工作方案，于2025年9月30日"
            "前报盟行政公署办公室。")
    b.runin("（二）强化资金保障。",
            "盟财政每年统筹安排口岸发展专项资金，重点支持口岸基础设施和互市商品落地加工。")
    b.runin("（三）明确执行期限。",
            "本通知自2025年9月1日起施行，有效期至2028年8月31日。执行期间如遇国家和自治区政策调整，"
            "按新规定执行。")
    add_par(doc, "", first_indent=False)
    # 附件说明 with soft line break between items
    add_par(doc, "附件：1．2025—2026年锡林郭勒盟口岸经济重点项目清单\n"
                 "　　　2．锡林郭勒盟边民互市贸易服务平台操作指引（另发）", first_indent=True,
            align=WD_ALIGN_PARAGRAPH.LEFT)
    signature(doc, ["锡林郭勒盟行政公署办公室"], "2025年8月12日")
    fuzhu(doc, "（此件公开发布）")
    page_break(doc)
    add_par(doc, "附件1", HT, first_indent=False)
    add_par(doc, "", first_indent=False)
    add_par(doc, "2025—2026年锡林郭勒盟口岸经济重点项目清单", XBS, 18,
            align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=32)
    add_par(doc, "", first_indent=False)
    header = ["序号", "旗县市", "项目名称", "主要建设内容", "责任单位", "完成时限"]
    rows = [
        ["1", "二连浩特市", "二连浩特公路口岸智慧口岸监管平台（一期）",
         "建设车辆智能识别、电子闸口和查验集中管理系统", "二连浩特市人民政府", "2025年12月"],
        ["2", "二连浩特市", "二连浩特边民互市商品落地加工园区",
         "建设标准化厂房3万平方米及冷链仓储设施", "二连浩特市人民政府", "2026年12月"],
        ["3", "二连浩特市", "中欧班列换装能力提升工程",
         "改造换装线2条，新增龙门吊2台", "二连浩特市人民政府", "2026年6月"],
        ["4", "东乌珠穆沁旗", "珠恩嘎达布其口岸联检查验场地扩建",
         "扩建查验场地2.5万平方米，配套建设查验仓库", "东乌珠穆沁旗人民政府", "2026年10月"],
        ["5", "东乌珠穆沁旗", "珠恩嘎达布其边民互市贸易点",
         "完成选址论证，建设交易服务中心", "东乌珠穆沁旗人民政府", "2026年12月"],
        ["6", "锡林浩特市", "锡林浩特航空物流园",
         "建设航空货运站及分拨中心", "锡林浩特市人民政府", "2026年12月"],
        ["7", "阿巴嘎旗", "阿巴嘎旗进口饲草储备基地",
         "建设饲草储备库，储备能力5万吨", "阿巴嘎旗人民政府", "2026年9月"],
    ]
    make_table(doc, [header], rows, [12, 24, 40, 46, 26, 20], vmerge_cols=(1, 4),
               font_size=12, left_cols=(2, 3))
    b.rows(header, rows, places_col=1)
    banji(doc, "抄送：盟委各部门，盟人大工委、政协办公室，盟中级人民法院、检察分院，二连浩特海关，"
               "锡林郭勒军分区。",
          "锡林郭勒盟行政公署办公室", "2025年8月13日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "锡林郭勒盟行政公署办公室关于进一步提升口岸通关效能促进边民互市贸易发展的通知",
        "doc_number": "锡署办发〔2025〕47号",
        "issuer": ["锡林郭勒盟行政公署办公室"],
        "date": "2025-08-12",
        "published": "2025-08-13",
        "level": "municipal",
        "region": "锡林郭勒盟",
        "effective": "2025-09-01",
        "expires": "2028-08-31",
        "attachments": ["2025—2026年锡林郭勒盟口岸经济重点项目清单",
                        "锡林郭勒盟边民互市贸易服务平台操作指引"],
        "doc_type": "通知",
        "recipients": ["各旗县市（区）人民政府", "盟行政公署各委办局", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses,
                         "applies_to": {"specific": b.specific}}]


# ============================================================ document 2
def doc_jilong():
    stem = "blind326_jilong_fangan"
    doc = new_doc()
    banner(doc, "吉隆县人民政府", "吉政发〔2025〕21号")
    title(doc, ["吉隆县人民政府",
                "关于印发《吉隆县推进口岸经济高质量发展和",
                "边民互市贸易转型升级实施方案",
                "（2025—2027年）》的通知"], soft=True)
    zhusong(doc, "各乡（镇）人民政府，县直各单位，驻县各单位：")
    b = Body(doc)
    b.p("现将《吉隆县推进口岸经济高质量发展和边民互市贸易转型升级实施方案（2025—2027年）》印发给你们，"
        "请结合实际，认真抓好贯彻落实。")
    signature(doc, ["吉隆县人民政府"], "2025年6月16日")
    fuzhu(doc, "（此件公开发布）")
    page_break(doc)
    title(doc, ["吉隆县推进口岸经济高质量发展和",
                "边民互市贸易转型升级实施方案",
                "（2025—2027年）"])
    b.p("为深入贯彻落实共建“一带一路”倡议和自治区、日喀则市关于建设面向南亚开放重要通道的部署要求，"
        "充分发挥吉隆口岸作为中尼陆路主要通道的作用，推动口岸经济高质量发展和边民互市贸易转型升级，"
        "结合我县实际，制定本方案。")
    b.h1("一、总体要求")
    b.h2("（一）指导思想")
    b.p("坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，以吉隆口岸为依托，"
        "以中尼跨境经济合作区建设为牵引，统筹口岸发展和边境安全，推动“通道经济”向“口岸经济”转变，"
        "为建设面向南亚开放重要通道贡献吉隆力量。")
    b.h2("（二）主要目标")
    b.p("到2027年，吉隆口岸进出口货运量力争达到25万吨，边民互市贸易额年均增长15%以上；建成边民互市"
        "商品落地加工园区1个，培育边民互市合作社20家以上，口岸经济带动边民增收致富的作用明显增强。")
    b.h1("二、重点任务")
    b.runin("（一）提升口岸通关保障能力。",
            "配合做好吉隆口岸货运通道和查验设施改造提升，推动口岸联检设施智能化建设，推行“提前申报”"
            "“预约通关”，进一步压缩通关时间。加强冬春季节口岸公路保通保畅，确保口岸常年稳定通关。")
    b.h2("（二）推动边民互市贸易转型升级")
    b.p("1．在吉隆镇建设边民互市商品交易中心，完善交易、结算、仓储、检验检测等功能，2026年6月底前"
        "建成投入运营。", places=["吉隆镇"])
    b.p("2．规范边民互助组和合作社管理，推行边民互市“线上申报、集中交易”模式，引导互市商品由“边民"
        "自用”向“落地加工”转变。")
    b.p("3．支持宗嘎镇依托县城区位优势，建设互市商品分拨仓储中心，承接口岸进口商品集散和分拨配送。",
        places=["宗嘎镇"])
    b.runin("（三）发展口岸特色产业。",
            "依托互市进口的农副产品和手工艺品，发展特色食品加工、民族手工艺品制作等产业；推动“口岸+旅游”"
            "融合发展，打造吉隆沟生态文化旅游线路，以产业发展带动边民就业。")
    b.runin("（四）拓展跨境物流和电商。",
            "支持县内物流企业开展中尼跨境公路运输，探索开通吉隆—加德满都跨境电商物流专线；鼓励电商企业"
            "在县城设立跨境电商服务站，带动本地特色农畜产品“走出去”。")
    b.h1("三、保障措施")
    b.runin("（一）加强组织领导。",
            "成立由县人民政府主要负责同志任组长的吉隆县口岸经济发展工作领导小组，领导小组办公室设在县"
            "商务局（口岸办），负责统筹协调、调度推进和督促落实。")
    b.multi(["（二）强化要素保障。县财政每年安排口岸经济发展资金不少于500万元，重点支持边民互市合作社"
             "培育、落地加工企业引进和跨境物流发展。",
             "各乡（镇）要优先保障互市商品落地加工和仓储物流项目用地，县自然资源局要做好用地预审和规划"
             "衔接。"], head="（二）强化要素保障。")
    b.runin("（三）加强边境安全管理。",
            "严格落实边境管控各项措施，加强对边民互市贸易的监管，严厉打击走私和以边民互市名义从事违法"
            "贸易活动，确保边境稳定和口岸安全。")
    b.runin("（四）严格督查考核。",
            "县商务局（口岸办）要会同县政府督查室，每半年对方案落实情况开展一次督查，督查结果纳入年度"
            "目标责任考核。")
    add_par(doc, "", first_indent=False)
    add_par(doc, "附件：吉隆县推进口岸经济高质量发展重点任务责任分工表")
    # landscape section for the 责任分工表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    add_par(doc, "附件", HT, first_indent=False)
    add_par(doc, "吉隆县推进口岸经济高质量发展重点任务责任分工表", XBS, 18,
            align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=32)
    add_par(doc, "", first_indent=False, line=14)
    header = ["序号", "任务类别", "具体任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "提升口岸通关保障能力", "配合推进吉隆口岸查验设施智能化改造",
         "县商务局（口岸办）", "吉隆海关、吉隆出入境边防检查站、县发展改革委", "2026年12月"],
        ["2", "提升口岸通关保障能力", "做好口岸公路冬春季节保通保畅",
         "县交通运输局", "吉隆镇人民政府、县应急管理局", "长期坚持"],
        ["3", "推动边民互市贸易转型升级", "建设吉隆镇边民互市商品交易中心",
         "吉隆镇人民政府", "县商务局（口岸办）、县财政局", "2026年6月"],
        ["4", "推动边民互市贸易转型升级", "规范边民互助组和合作社管理",
         "县商务局（口岸办）", "各乡（镇）人民政府、县农业农村局", "2025年12月"],
        ["5", "推动边民互市贸易转型升级", "建设宗嘎镇互市商品分拨仓储中心",
         "宗嘎镇人民政府", "县发展改革委、县自然资源局", "2027年6月"],
        ["6", "发展口岸特色产业", "打造吉隆沟生态文化旅游线路",
         "县文化和旅游局", "吉隆镇人民政府、差那乡人民政府", "2027年12月"],
        ["7", "拓展跨境物流和电商", "探索开通吉隆—加德满都跨境电商物流专线",
         "县商务局（口岸办）", "县交通运输局、县邮政分公司", "2027年12月"],
        ["8", "拓展跨境物流和电商", "在县城设立跨境电商服务站",
         "县商务局（口岸办）", "宗嘎镇人民政府、县市场监管局", "2026年12月"],
    ]
    make_table(doc, [header], rows, [14, 40, 64, 36, 56, 24], vmerge_cols=(1,),
               font_size=12, left_cols=(2, 4))
    places = {"3": ["吉隆镇"], "5": ["宗嘎镇"]}
    b.rows(header, [r for r in rows], places_col=None)
    # mark specific rows
    for r in rows:
        if r[0] in places:
            text = "；".join("%s：%s" % (h, v) for h, v in zip(header, r))
            b.specific[text[:22]] = places[r[0]]
    # back to portrait for the 版记 (its own last page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=False)
    for _ in range(14):
        add_par(doc, "", first_indent=False)
    banji(doc, "抄送：日喀则市人民政府办公室，县委各部门，县人大常委会办公室，县政协办公室，县人武部。",
          "吉隆县人民政府办公室", "2025年6月17日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "吉隆县人民政府关于印发《吉隆县推进口岸经济高质量发展和边民互市贸易转型升级实施方案"
                 "（2025—2027年）》的通知",
        "doc_number": "吉政发〔2025〕21号",
        "issuer": ["吉隆县人民政府"],
        "date": "2025-06-16",
        "published": "2025-06-17",
        "level": "county",
        "region": "吉隆县",
        "effective": None,
        "expires": None,
        "attachments": ["吉隆县推进口岸经济高质量发展重点任务责任分工表"],
        "doc_type": "通知",
        "recipients": ["各乡（镇）人民政府", "县直各单位", "驻县各单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses,
                         "applies_to": {"specific": b.specific}}]


# ============================================================ document 3
def doc_neimenggu():
    stem = "blind326_neimenggu_tongzhi"
    doc = new_doc()
    banner(doc, ["内蒙古自治区商务厅", "内蒙古自治区发展和改革委员会"], "内商外经字〔2026〕9号")
    title(doc, ["内蒙古自治区商务厅",
                "内蒙古自治区发展和改革委员会",
                "关于推动中欧班列扩量提质和跨境电商",
                "协同发展的通知"], soft=True)
    zhusong(doc, "各盟市商务局、发展改革委，满洲里市、二连浩特市商务局、发展改革委：")
    b = Body(doc)
    b.p("为深入贯彻落实高质量共建“一带一路”和中蒙俄经济走廊建设部署，加快建设国家向北开放重要桥头堡，"
        "推动我区中欧班列扩量提质、跨境电商与班列物流协同发展，经自治区人民政府同意，现就有关事项通知"
        "如下：")
    b.h1("一、优化中欧班列线路布局")
    b.runin("（一）巩固提升过境班列通道能力。",
            "满洲里市、二连浩特市要会同铁路部门优化口岸站场作业组织，提升换装和通关效率，力争2026年经"
            "满洲里、二连浩特口岸进出境中欧班列分别达到5500列和3800列以上。",
            places=["满洲里市", "二连浩特市"])
    b.runin("（二）培育区内始发中欧班列。",
            "支持呼和浩特市、包头市、乌兰察布市、鄂尔多斯市稳定开行始发中欧班列，打造“内蒙古号”中欧班列"
            "品牌。呼和浩特市、乌兰察布市要加快建设中欧班列集结中心，提高区域货源集聚能力。",
            places=["呼和浩特市", "包头市", "乌兰察布市", "鄂尔多斯市"])
    b.runin("（三）拓展回程班列货源。",
            "鼓励各盟市组织本地企业利用回程班列扩大木材、矿产品、粮油等资源性产品进口，提高回程班列"
            "重载率，推动进口资源在区内落地加工。")
    b.h1("二、推动班列与跨境电商协同发展")
    b.runin("（一）发展“班列+跨境电商”模式。",
            "支持跨境电商企业利用中欧班列开展跨境电商出口业务，推广跨境电商“9610”“9710”“9810”等监管"
            "模式在陆路口岸的应用，实现班列运输与跨境电商通关无缝衔接。")
    b.h2("（二）提升跨境电商综合试验区发展水平")
    b.p("1．呼和浩特、赤峰、满洲里、鄂尔多斯跨境电子商务综合试验区要围绕班列物流需求，完善线上综合服务"
        "平台和线下产业园区，2026年底前各培育跨境电商年交易额超亿元企业不少于2家。",
        places=["呼和浩特市", "赤峰市", "满洲里市", "鄂尔多斯市"])
    b.p("2．支持二连浩特市、乌兰察布市申建跨境电子商务综合试验区，开展跨境电商零售进口试点。",
        places=["二连浩特市", "乌兰察布市"])
    b.runin("（三）布局海外仓。",
            "鼓励有条件的企业在俄罗斯、蒙古国以及中亚、欧洲中欧班列沿线重要节点城市建设海外仓，对符合"
            "条件的海外仓项目，按照自治区外经贸发展专项资金管理有关规定给予支持。")
    b.h1("三、完善支持政策")
    b.runin("（一）加大资金支持。",
            "自治区商务发展专项资金对中欧班列集结中心建设、跨境电商公共服务平台建设给予支持，单个项目"
            "支持额度原则上不超过300万元。")
    b.h2("（二）规范班列运营补贴")
    b.p("1．区内始发中欧班列运营补贴实行退坡机制，2026年度补贴标准在2025年度基础上下调20%，2027年度"
        "在2026年度基础上再下调20%。")
    b.p("2．回程班列全年平均重载率低于60%的，不享受当年度运营补贴。")
    b.runin("（三）加强用地和金融保障。",
            "各盟市发展改革部门要将中欧班列集结中心、海外仓配套项目纳入重点项目库，优先保障用地需求；"
            "鼓励金融机构开发“班列运单融资”等金融产品，缓解外贸企业资金压力。")
    b.h1("四、工作要求")
    b.runin("（一）加强调度报送。",
            "各盟市商务、发展改革部门要于每季度结束后10日内，将中欧班列开行和跨境电商发展情况报送自治区"
            "商务厅、发展改革委。")
    b.runin("（二）探索公铁联运衔接。",
            "阿拉善盟、巴彦淖尔市要结合策克、甘其毛都口岸实际，研究推动中蒙跨境公铁联运，探索与中欧班列"
            "衔接的可行路径，有关进展情况于2026年6月30日前报送自治区商务厅。",
            places=["阿拉善盟", "巴彦淖尔市"])
    b.runin("（三）施行日期。",
            "本通知自2026年3月1日起施行，有效期至2027年12月31日。《内蒙古自治区商务厅关于促进中欧班列和"
            "跨境电商协同发展的通知》（内商外经字〔2023〕41号）同时废止。")
    add_par(doc, "（联系人：自治区商务厅对外贸易处　乌云其其格，联系电话：0471-6951238）")
    add_par(doc, "", first_indent=False)
    add_par(doc, "附件：2026年区内始发中欧班列开行目标任务分解表")
    signature(doc, ["内蒙古自治区商务厅", "内蒙古自治区发展和改革委员会"], "2026年2月10日")
    fuzhu(doc, "（此件主动公开）")
    page_break(doc)
    add_par(doc, "附件", HT, first_indent=False)
    add_par(doc, "", first_indent=False)
    add_par(doc, "2026年区内始发中欧班列开行目标任务分解表", XBS, 18,
            align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=32)
    add_par(doc, "", first_indent=False)
    hdr1 = ["序号", "盟市", "2026年开行目标（列）", "", "责任单位"]
    hdr2 = [None, None, "开行总量", "其中回程", None]
    rows = [
        ["1", "呼和浩特市", "360", "120", "呼和浩特市商务局"],
        ["2", "包头市", "150", "40", "包头市商务局"],
        ["3", "乌兰察布市", "420", "160", "乌兰察布市商务局"],
        ["4", "鄂尔多斯市", "120", "30", "鄂尔多斯市商务局"],
        ["5", "赤峰市", "60", "20", "赤峰市商务局"],
        ["6", "通辽市", "50", "15", "通辽市商务局"],
    ]
    total = ["合计", "", "1160", "385", ""]
    t = make_table(doc, [hdr1, hdr2], rows + [total], [16, 36, 34, 34, 40], font_size=13)
    # merge 合计 across 序号+盟市
    last = len(rows) + 2
    m = t.cell(last, 0).merge(t.cell(last, 1))
    cell_text(m, "合计", size=13)
    header = ["序号", "盟市", "开行总量", "其中回程", "责任单位"]
    b.rows(header, rows, places_col=1)
    b.clauses.append("序号：合计；开行总量：1160；其中回程：385")
    banji(doc, "抄送：自治区人民政府办公厅，呼和浩特海关，满洲里海关，中国铁路呼和浩特局集团有限公司。",
          "内蒙古自治区商务厅办公室", "2026年2月11日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "内蒙古自治区商务厅 内蒙古自治区发展和改革委员会关于推动中欧班列扩量提质和跨境电商协同"
                 "发展的通知",
        "doc_number": "内商外经字〔2026〕9号",
        "issuer": ["内蒙古自治区商务厅", "内蒙古自治区发展和改革委员会"],
        "date": "2026-02-10",
        "published": "2026-02-11",
        "level": "provincial",
        "region": "内蒙古自治区",
        "effective": "2026-03-01",
        "expires": "2027-12-31",
        "attachments": ["2026年区内始发中欧班列开行目标任务分解表"],
        "doc_type": "通知",
        "recipients": ["各盟市商务局、发展改革委", "满洲里市、二连浩特市商务局、发展改革委"],
        "publicity": "此件主动公开",
        "repeals": "《内蒙古自治区商务厅关于促进中欧班列和跨境电商协同发展的通知》（内商外经字〔2023〕41号）",
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses,
                         "applies_to": {"specific": b.specific}}]


def main():
    expected = {}
    for fn in (doc_xilinguole, doc_jilong, doc_neimenggu):
        stem, path, docs = fn()
        to_pdf(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem, docs in expected.items():
        print(stem, len(docs[0]["clauses"]), "clauses,",
              len(docs[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
