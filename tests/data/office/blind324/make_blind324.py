# ruff: noqa
# -*- coding: utf-8 -*-
"""Write three fictional district-level 公文 of the four 直辖市 (Word + PDF) and expected.json.

Run:  . /work/venv/bin/activate && python make_blind324.py
All files are written next to this script.  LibreOffice profile: /tmp/lo_324.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, exact=28.95, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, parts, size=16):
    """parts: list of (text, font, bold) ; text may contain '\v' = soft line break."""
    for text, font, bold in parts:
        chunks = text.split("\v")
        for i, ch in enumerate(chunks):
            if i:
                r = p.add_run()
                set_font(r, font, size, bold)
                r.add_break(WD_BREAK.LINE)
            if ch:
                r = p.add_run(ch)
                set_font(r, font, size, bold)


def para(doc, text="", font=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         first=32, left=None, color=None, exact=28.95, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, first, left, exact, before, after)
    if text:
        for i, ch in enumerate(text.split("\v")):
            if i:
                r = p.add_run()
                set_font(r, font, size, bold, color)
                r.add_break(WD_BREAK.LINE)
            if ch:
                r = p.add_run(ch)
                set_font(r, font, size, bold, color)
    return p


def bottom_rule(p, color="FF0000", sz=18, side="bottom"):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p, size=14):
    def r(text=None):
        run = p.add_run(text) if text else p.add_run()
        set_font(run, "宋体", size)
        return run
    r("— ")
    run = r()
    f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "begin"); run._element.append(f)
    run = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    run._element.append(it)
    run = r()
    f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "separate"); run._element.append(f)
    r("1")
    run = r()
    f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "end"); run._element.append(f)
    r(" —")


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
    sec.footer_distance = Mm(20)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    setup_section(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    return doc


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, 0, None, exact=None)
    p.paragraph_format.line_spacing = 1.0
    for i, ch in enumerate(text.split("\v")):
        if i:
            r = p.add_run(); set_font(r, font, size, bold); r.add_break(WD_BREAK.LINE)
        r = p.add_run(ch)
        set_font(r, font, size, bold)


def set_cell_borders(cell, **kw):
    tcpr = cell._element.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, val in kw.items():
        e = OxmlElement("w:" + side)
        if val:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(val)); e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcpr.append(b)


def grid_table(doc, header, rows, widths_mm, merges=(), size=12, left_cols=()):
    """rows: list of lists of str.  merges: list of (col, r0, r1) vertical merges (data-row indices)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i + 1, j), v, FS, size, align=al)
    for col, r0, r1 in merges:
        keep = rows[r0][col]
        c = t.cell(r0 + 1, col).merge(t.cell(r1 + 1, col))
        cell_text(c, keep, FS, size)
    t.autofit = False
    for j, w in enumerate(widths_mm):
        t.columns[j].width = Mm(w)
    for row in t.rows:
        for j, w in enumerate(widths_mm):
            row.cells[j].width = Mm(w)
    # repeat header row
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
    return t


def row_clauses(header, rows):
    out = []
    for row in rows:
        out.append("；".join(f"{h}：{v.replace(chr(11), '')}" for h, v in zip(header, row)))
    return out


def banji_table(doc, cc, printer, pdate, width_mm=156):
    """版记 as a borderless-sided two-row table with horizontal rules (a common office habit)."""
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(c, cc, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    c.paragraphs[0].paragraph_format.first_line_indent = Pt(-0)
    cell_text(t.cell(1, 0), printer, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 1), pdate, FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t.cell(1, 0).paragraphs[0].paragraph_format.left_indent = Pt(14)
    t.cell(1, 1).paragraphs[0].paragraph_format.right_indent = Pt(14)
    set_cell_borders(c, top=12, bottom=6, left=0, right=0)
    set_cell_borders(t.cell(1, 0), top=6, bottom=12, left=0, right=0)
    set_cell_borders(t.cell(1, 1), top=6, bottom=12, left=0, right=0)
    t.autofit = False
    t.columns[0].width = Mm(width_mm * 0.55)
    t.columns[1].width = Mm(width_mm * 0.45)
    t.cell(1, 0).width = Mm(width_mm * 0.55)
    t.cell(1, 1).width = Mm(width_mm * 0.45)
    return t


def banji_paras(doc, cc, printer, pdate):
    """版记 typed as paragraphs with rules (another common habit)."""
    p = para(doc, cc, size=14, first=0, left=14, align=WD_ALIGN_PARAGRAPH.LEFT, exact=None, before=6, after=6)
    bottom_rule(p, "000000", 12, "top")
    bottom_rule(p, "000000", 6, "bottom")
    p = para(doc, printer + "\t" + pdate, size=14, first=0, left=14,
             align=WD_ALIGN_PARAGRAPH.LEFT, exact=None, before=6, after=6)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    bottom_rule(p, "000000", 12, "bottom")


def header_block(doc, organ_line, number, size=36, gap=2):
    for _ in range(gap):
        para(doc, "", first=0)
    p = para(doc, organ_line, XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, color=RED, exact=None)
    for r in p.runs:
        r.font.color.rgb = RED
    para(doc, "", first=0)
    p = para(doc, number, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    bottom_rule(p, "FF0000", 24, "bottom")
    para(doc, "", first=0)


class Body:
    """Renders body items and records the expected clauses at the same time."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.specific = {}

    def _rec(self, text, places):
        t = text.replace("\v", "")
        self.clauses.append(t)
        if places:
            self.specific[t[:22]] = places

    def h1(self, text):  # heading alone on its line: not a clause
        para(self.doc, text, HT, 16)

    def h_center(self, text, font=HT):
        para(self.doc, text, font, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)

    def p(self, text, places=None):
        para(self.doc, text)
        self._rec(text, places)

    def runin(self, head, rest, places=None, head_font=KT, head_bold=False):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 32)
        add_runs(p, [(head, head_font, head_bold), (rest, FS, False)])
        self._rec(head + rest, places)

    def article(self, label, paras, places=None):
        """第X条 with one or more paragraphs -> one clause joined by \\n."""
        first = True
        for t in paras:
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 32)
            if first:
                add_runs(p, [(label, HT, False), ("\u3000" + t, FS, False)])
                first = False
            else:
                add_runs(p, [(t, FS, False)])
        self._rec(label + "\u3000" + "\n".join(x.replace("\v", "") for x in paras), places)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_324",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def luokuan(doc, organ, date, right_chars=4, blanks=2):
    for _ in range(blanks):
        para(doc, "", first=0)
    para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, first=0).paragraph_format.right_indent = Pt(16 * right_chars)
    para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, first=0).paragraph_format.right_indent = Pt(16 * (right_chars + 1))


EXPECTED = {}


# ===================================================================== 1 大兴
def make_daxing():
    stem = "blind324_daxing_tongzhi"
    doc = new_doc()
    header_block(doc, "北京市大兴区人民政府文件", "京兴政发〔2025〕6号")
    # title broken over two separate paragraphs
    para(doc, "北京市大兴区人民政府", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, "关于推进自贸试验区片区和综合保税区", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, "高水平开放发展若干措施的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, "", first=0)
    para(doc, "各镇人民政府，各街道办事处，区政府各委、办、局，各区属机构，北京大兴国际机场临空经济区（大兴）管理委员会：",
         first=0)
    b = Body(doc)
    b.p("为深入贯彻党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，落实本市“两区”建设工作要求，"
        "充分发挥北京大兴国际机场国际航空枢纽作用，推动我区开放型经济高质量发展，经区政府同意，现就有关事项通知如下。")
    b.h1("一、总体要求")
    b.p("以制度创新为核心，以北京大兴国际机场综合保税区（以下简称综保区）和自贸试验区片区为主要载体，聚焦跨境电商、保税维修、"
        "国际物流等重点领域，到2027年，力争综保区进出口总额突破500亿元，全区跨境电商进出口额年均增长15%以上，培育跨境电商"
        "龙头企业10家以上，初步建成服务“一带一路”的国际消费枢纽和开放门户。")
    b.h1("二、支持综保区提质增效")
    b.runin("（一）拓展保税业务新模式。", "支持综保区内企业开展保税维修、保税研发、融资租赁等业务，对首次开展“两头在外”保税维修"
            "业务且年度维修货值超过1亿元的企业，一次性给予50万元奖励。", ["北京大兴国际机场综合保税区"])
    b.runin("（二）发展跨境电商特殊区域出口。", "对在综保区内开展跨境电商特殊区域出口（1210）、跨境电商出口海外仓（9810）"
            "业务的企业，按照以下标准给予支持：", ["北京大兴国际机场综合保税区"])
    b.p("1.年度出口额首次超过5000万元的，给予30万元奖励；", ["北京大兴国际机场综合保税区"])
    b.p("2.年度出口额首次超过2亿元的，给予100万元奖励，已获得本条第1项奖励的，差额补足。", ["北京大兴国际机场综合保税区"])
    b.runin("（三）完善区港一体化通关服务。", "推动综保区与北京大兴国际机场口岸“区港一体化”运作，推广“空空中转”“空陆联运”"
            "等模式，对在综保区内新建跨境电商监管作业场所并通过海关验收的运营主体，按照建设投入的20%给予最高200万元补贴。",
            ["北京大兴国际机场综合保税区"])
    b.h1("三、发挥自贸试验区片区制度创新优势")
    b.runin("（四）开展首创性改革探索。", "支持中国（河北）自由贸易试验区大兴机场片区（北京大兴区域）围绕跨境资金流动、"
            "数据跨境流动、国际人才服务等领域先行先试，每年形成不少于5项可复制推广的制度创新成果。对入选国家级、市级最佳"
            "实践案例的牵头单位，分别给予30万元、10万元工作经费支持。",
            ["中国（河北）自由贸易试验区大兴机场片区（北京大兴区域）"])
    b.runin("（五）提升生物医药开放水平。", "在中国（北京）自由贸易试验区高端产业片区大兴组团，落实研发用物品进口“白名单”"
            "制度，对北京大兴生物医药产业基地内企业经“白名单”通关的研发用物品货值，按照5%给予最高50万元物流补贴。",
            ["中国（北京）自由贸易试验区高端产业片区大兴组团", "北京大兴生物医药产业基地"])
    b.runin("（六）拓展“一带一路”经贸合作。", "支持区内企业在共建“一带一路”国家布局海外仓、营销网络和售后服务中心，"
            "对经认定的公共海外仓，按照实际投入的20%给予最高200万元补贴；对在匈牙利、阿联酋等中欧班列和航空货运重要节点"
            "国家设立的海外仓，补贴上限提高至300万元。")
    b.h1("四、强化镇街和园区承载")
    b.runin("（七）建设礼贤镇临空跨境电商产业园。", "支持礼贤镇依托临空区位，盘活存量产业用地和闲置厂房，建设跨境电商"
            "产业园，对园区运营主体按照以下方式给予支持：", ["礼贤镇"])
    b.p("1.新引进跨境电商企业年度纳税额超过100万元的，按照每家5万元给予运营主体奖励，单个运营主体年度奖励最高100万元；",
        ["礼贤镇"])
    b.p("2.改造提升仓储、分拨设施的，按照实际投资额的10%给予补贴，其中：", ["礼贤镇"])
    b.p("（1）建设高标准冷链仓储设施的，补贴比例提高至15%；", ["礼贤镇"])
    b.p("（2）建设智能分拣、无人仓等数字化设施的，单个项目补贴最高300万元。", ["礼贤镇"])
    b.runin("（八）推动榆垡镇发展航空物流配套。", "在榆垡镇规划建设航空物流配套服务区，优先保障综保区外延仓储、冷链"
            "分拨项目用地需求，对入驻服务区的国际货运代理企业，前两年按照实际租金的50%给予补贴。", ["榆垡镇"])
    b.runin("（九）优化街道外贸服务。", "在兴丰街道设立“一带一路”外贸综合服务站，为辖区中小外贸企业提供政策咨询、"
            "出口信用保险、跨境结算等“一站式”服务，服务站运营经费由区级财政\v给予保障。", ["兴丰街道"])
    b.h1("五、保障措施")
    b.runin("（十）加强组织领导。", "区商务局牵头建立联席会议制度，会同区发展改革委、区财政局、北京大兴国际机场临空经济区"
            "（大兴）管理委员会等单位统筹推进各项措施落实，重大事项及时报区政府研究。")
    b.runin("（十一）强化资金保障。", "本通知所需资金由区级财政统筹安排。同一项目同一事项符合本区其他同类政策的，按照"
            "“从优、就高、不重复”原则执行。")
    b.p("本通知自2025年4月1日起施行，有效期至2027年12月31日，由区商务局负责解释。")
    para(doc, "", first=0)
    para(doc, "附件：大兴区推进开放型经济高质量发展重点任务分工表", first=32, left=0)
    luokuan(doc, "北京市大兴区人民政府", "2025年3月14日")
    para(doc, "（此件公开发布）", first=32)

    # attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    para(doc, "附件", HT, 16, first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "大兴区推进开放型经济高质量发展重点任务分工表", XBS, 20, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, exact=32,
         after=8)
    header = ["序号", "工作领域", "重点任务", "责任单位", "完成时限"]
    rows = [
        ["1", "综保区提质增效", "在综保区内建成跨境电商监管作业场所并投入运营", "区商务局、临空经济区（大兴）管委会", "2025年12月底前"],
        ["2", "综保区提质增效", "推动综保区内保税维修、保税研发业务落地，形成首批示范项目", "临空经济区（大兴）管委会", "2025年12月底前"],
        ["3", "综保区提质增效", "推广“空空中转”“空陆联运”模式，压缩进出口整体通关时间", "区商务局", "持续推进"],
        ["4", "片区制度创新", "大兴机场片区（北京大兴区域）每年形成5项以上制度创新成果", "临空经济区（大兴）管委会", "每年12月底前"],
        ["5", "片区制度创新", "在高端产业片区大兴组团落实研发用物品进口“白名单”制度", "区科委、生物医药基地管委会", "2025年9月底前"],
        ["6", "镇街园区承载", "礼贤镇跨境电商产业园完成一期改造并开园运营", "礼贤镇人民政府", "2026年6月底前"],
        ["7", "镇街园区承载", "兴丰街道“一带一路”外贸综合服务站挂牌运行", "兴丰街道办事处、区商务局", "2025年6月底前"],
    ]
    grid_table(doc, header, rows, [14, 30, 100, 55, 30], merges=[(1, 0, 2), (1, 3, 4), (1, 5, 6)], size=12,
               left_cols=(2,))
    tc = row_clauses(header, rows)
    b.clauses.extend(tc)
    b.specific[tc[0][:22]] = ["北京大兴国际机场综合保税区"]
    b.specific[tc[1][:22]] = ["北京大兴国际机场综合保税区"]
    b.specific[tc[3][:22]] = ["中国（河北）自由贸易试验区大兴机场片区（北京大兴区域）"]
    b.specific[tc[4][:22]] = ["中国（北京）自由贸易试验区高端产业片区大兴组团"]
    b.specific[tc[5][:22]] = ["礼贤镇"]
    b.specific[tc[6][:22]] = ["兴丰街道"]

    # 版记 at the foot of the (landscape) last page
    for _ in range(2):
        para(doc, "", first=0)
    banji_table(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。",
                "北京市大兴区人民政府办公室", "2025年3月17日印发", width_mm=225)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "北京市大兴区人民政府关于推进自贸试验区片区和综合保税区高水平开放发展若干措施的通知",
            "doc_number": "京兴政发〔2025〕6号",
            "issuer": ["北京市大兴区人民政府"],
            "date": "2025-03-14",
            "published": "2025-03-17",
            "level": "county",
            "region": "北京市大兴区",
            "effective": "2025-04-01",
            "expires": "2027-12-31",
            "attachments": ["大兴区推进开放型经济高质量发展重点任务分工表"],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "各街道办事处", "区政府各委、办、局", "各区属机构",
                           "北京大兴国际机场临空经济区（大兴）管理委员会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]


# ===================================================================== 2 浦东
def make_pudong():
    stem = "blind324_pudong_xize"
    doc = new_doc()
    header_block(doc, "上海市浦东新区商务委员会文件", "浦商委规〔2025〕2号", size=30, gap=1)
    # title with a soft line break (Shift+Enter)
    para(doc, "上海市浦东新区商务委员会关于印发\v《浦东新区促进跨境电子商务高质量发展\v实施细则》的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, "", first=0)
    para(doc, "各街道办事处、各镇人民政府，各开发区管委会，各有关单位：", first=0)
    b = Body(doc)
    b.p("为贯彻落实《上海市浦东新区人民政府关于促进跨境电子商务高质量发展的若干意见》（浦府规〔2024〕9号），推进浦东新区"
        "建设跨境电商高质量发展示范区，更好服务高质量共建“一带一路”，我委制定了《浦东新区促进跨境电子商务高质量发展实施"
        "细则》，现印发给你们，请认真按照执行。")
    luokuan(doc, "上海市浦东新区商务委员会", "2025年4月18日", blanks=1)
    para(doc, "（此件公开发布）", first=32)
    page_break(doc)

    para(doc, "浦东新区促进跨境电子商务\v高质量发展实施细则", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35,
         after=14)
    b.h_center("第一章　总　则")
    b.article("第一条", ["为加快发展跨境电子商务新业态新模式，推动浦东新区外贸稳规模优结构，根据《上海市浦东新区人民政府关于"
                        "促进跨境电子商务高质量发展的若干意见》（浦府规〔2024〕9号）等规定，结合浦东新区实际，制定本细则。"])
    b.article("第二条", ["本细则适用于在浦东新区（不含中国（上海）自由贸易试验区临港新片区浦东区域）依法注册登记、具有独立"
                        "法人资格、从事跨境电子商务及相关服务的企业和机构。"])
    b.article("第三条", ["区商务委负责专项资金的项目申报受理、审核和绩效管理。",
                        "区财政局负责专项资金的预算安排、资金拨付和监督检查。"])
    b.h_center("第二章　支持内容")
    b.article("第四条", ["对新引进的跨境电商平台企业，年度跨境电商交易额首次超过10亿元的，按照其对区级地方财力贡献给予"
                        "最高不超过500万元奖励。"])
    b.article("第五条", ["在外高桥港综合保税区、浦东机场综合保税区内开展跨境电商网购保税进口（1210）业务的企业，按照下列"
                        "规定给予支持：",
                        "（一）年度进口申报单量超过100万单的，给予50万元奖励；",
                        "（二）年度进口申报单量超过500万单的，给予150万元奖励。",
                        "同一企业按照就高原则，不重复享受。"],
              ["外高桥港综合保税区", "浦东机场综合保税区"])
    b.article("第六条", ["对开展跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）业务且年度出口额超过1亿元的企业，"
                        "按照出口额的0.5%给予奖励，最高不超过200万元。经洋山港、浦东国际机场口岸出口的货物，出口额以海关"
                        "统计数据为准。"])
    b.article("第七条", ["鼓励企业在共建“一带一路”国家和地区布局海外仓。对经认定的公共海外仓，按照租赁、改建费用的30%给予"
                        "补贴，单个海外仓最高不超过300万元；对位于匈牙利布达佩斯、阿联酋迪拜等中欧班列、海铁联运重要节点"
                        "城市的公共海外仓，补贴比例提高至40%。"])
    b.article("第八条", ["对经区商务委认定的跨境电商示范园区，按照下表标准给予园区运营主体一次性奖励："])
    header = ["园区类别", "星级", "入驻跨境电商企业数", "奖励金额（万元）"]
    rows = [
        ["区级示范园区", "一星级", "20家以上", "50"],
        ["区级示范园区", "二星级", "50家以上", "100"],
        ["市级示范园区", "—", "经市商务委认定", "200"],
    ]
    para(doc, "跨境电商示范园区奖励标准", HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None, after=4)
    grid_table(doc, header, rows, [40, 25, 50, 40], merges=[(0, 0, 1)], size=14)
    b.clauses.extend(row_clauses(header, rows))
    para(doc, "园区升级认定的，按照差额给予奖励。", first=32, before=4)
    # the sentence typed after the table is the second paragraph of 第八条 (the table rows are clauses of their own)
    i8 = next(i for i, c in enumerate(b.clauses) if c.startswith("第八条"))
    b.clauses[i8] += "\n园区升级认定的，按照差额给予奖励。"
    b.article("第九条", ["对在川沙新镇、祝桥镇范围内依托浦东国际机场建设跨境电商航空物流分拨中心的项目，按照固定资产投资额"
                        "的10%给予补贴，最高不超过1000万元。",
                        "对在张江科学城内开展“跨境电商+直播”业务的直播基地，按照实际运营费用的30%给予最高100万元补贴。"],
              ["川沙新镇", "祝桥镇", "张江科学城"])
    b.article("第十条", ["对为跨境电商企业提供通关、物流、支付、海外法律咨询等服务的公共服务平台，按照其年度服务投入的30%"
                        "给予最高100万元补贴。"])
    b.article("第十一条", ["支持高校、职业院校与跨境电商企业共建实训基地，对经认定的跨境电商人才实训基地，每家给予最高30万元"
                          "补贴；对企业引进的跨境电商高层次人才，按照本区人才政策给予落户、住房等支持。"])
    b.h_center("第三章　申报与管理")
    b.article("第十二条", ["申报主体应当符合下列条件：",
                          "（一）在浦东新区依法注册登记，财务管理制度健全；",
                          "（二）近三年内无严重失信行为记录；",
                          "（三）依法纳税，无违法违规经营行为。"])
    b.article("第十三条", ["专项资金实行年度申报制度。区商务委每年发布申报指南，明确申报时间、申报材料和办理流程。申报单位"
                          "通过“浦东新区企业服务平台”在线提交申报材料。"])
    b.article("第十四条", ["区商务委会同区财政局对申报项目进行审核，必要时委托第三方机构评审。审核结果在浦东新区人民政府门户"
                          "网站公示5个工作日，公示无异议的，按照程序拨付资金。"])
    b.article("第十五条", ["对以虚报、冒领等手段骗取专项资金的，依法追回资金，并按照规定将相关信息纳入公共信用信息服务平台；"
                          "涉嫌犯罪的，移送司法机关处理。"])
    b.h_center("第四章　附　则")
    b.article("第十六条", ["同一项目已获得市级同类资金支持的，区级资金按照“就高不重复”原则执行。"])
    b.article("第十七条", ["本细则由上海市浦东新区商务委员会负责解释。"])
    b.article("第十八条", ["本细则自2025年5月20日起施行，有效期至2030年5月19日。《浦东新区跨境电子商务发展专项资金管理办法》"
                          "（浦商委规〔2021〕5号）同时废止。"])
    for _ in range(3):
        para(doc, "", first=0)
    banji_paras(doc, "抄送：区政府办公室，区财政局，区市场监管局，上海浦东海关，外高桥海关。",
                "上海市浦东新区商务委员会办公室", "2025年4月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "上海市浦东新区商务委员会关于印发《浦东新区促进跨境电子商务高质量发展实施细则》的通知",
            "doc_number": "浦商委规〔2025〕2号",
            "issuer": ["上海市浦东新区商务委员会"],
            "date": "2025-04-18",
            "published": "2025-04-21",
            "level": "county",
            "region": "上海市浦东新区",
            "effective": "2025-05-20",
            "expires": "2030-05-19",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各街道办事处", "各镇人民政府", "各开发区管委会", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《浦东新区跨境电子商务发展专项资金管理办法》（浦商委规〔2021〕5号）",
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]


# ===================================================================== 3 两江
def make_liangjiang():
    stem = "blind324_liangjiang_gonggao"
    doc = new_doc()
    header_block(doc, "重庆两江新区管理委员会", "渝两江管告〔2025〕3号", size=34)
    para(doc, "重庆两江新区管理委员会", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, "关于支持跨境电商和内陆开放平台建设", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, "若干政策措施的公告", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, "", first=0)
    b = Body(doc)
    b.p("为深入贯彻落实国家关于高质量共建“一带一路”和推进西部陆海新通道建设的部署要求，加快建设内陆开放高地，推动中国"
        "（重庆）自由贸易试验区两江片区、重庆两路果园港综合保税区高质量发展，现将有关政策措施公告如下：")
    b.h1("一、适用范围")
    b.p("本公告适用于在两江新区直管区依法注册登记、纳入统计的企业和机构。两江新区与渝北区、北碚区共管区域内的企业参照执行。")
    b.h1("二、支持政策")
    b.runin("（一）支持综保区加工贸易和保税物流。", "对在重庆两路果园港综合保税区内新设立的加工贸易企业，年度进出口额首次"
            "超过1亿美元的，给予100万元奖励；对区内新开展跨境电商网购保税进口（1210）业务的企业，年度申报单量超过50万单的，"
            "给予30万元奖励。", ["重庆两路果园港综合保税区"])
    b.runin("（二）支持跨境电商集聚发展。", "对入驻两江数字经济产业园的跨境电商企业，自入驻之日起三年内按照实际租金的50%"
            "给予补贴，单个企业每年最高50万元。", ["两江数字经济产业园"])
    b.runin("（三）支持多式联运和通道建设。", "对通过中欧班列（成渝）、西部陆海新通道铁海联运班列从果园港发运跨境电商货物"
            "的企业，按照每标准箱500元给予运费补贴，单个企业年度最高200万元。运费补贴按季度预拨、年度清算。")
    b.runin("（四）支持自贸片区制度创新。", "对在中国（重庆）自由贸易试验区两江片区内开展数据跨境流动、跨境贸易投资高水平"
            "开放等改革试点的企业，形成经国家部委复制推广创新案例的，给予牵头企业50万元奖励。",
            ["中国（重庆）自由贸易试验区两江片区"])
    b.runin("（五）支持街道打造国际消费服务阵地。", "支持礼嘉街道、悦来街道建设“一带一路”国际消费和会展服务集聚区，对"
            "街道范围内新认定的进口商品直营中心，按照装修投入的30%给予最高30万元补贴，同一直营中心只享受一次。", ["礼嘉街道", "悦来街道"])
    b.runin("（六）支持汽车出口。", "鼓励整车及零部件企业拓展共建“一带一路”国家市场，按照以下标准给予支持：")
    b.p("1.对年度整车出口量超过1万辆的企业，给予200万元奖励；")
    b.p("2.对在鱼复工业开发区建设汽车出口集拼、检测分拨中心的项目，按照设备投资额的15%给予补贴，最高500万元。",
        ["鱼复工业开发区"])
    b.h1("三、申报兑现")
    b.runin("（七）", "政策兑现实行“免申即享”与“依申请兑现”相结合。符合条件的企业可通过“两江企业服务平台”提出申请，"
            "具体申报指南由两江新区开放型经济发展局另行发布。对纳入“免申即享”的事项，由两江新区开放型经济发展局依托"
            "数据比对主动确定兑现对象，企业无需提出申请。", head_font=FS)
    b.runin("（八）", "同一企业同一项目符合两江新区其他同类政策的，按照“就高不重复”原则执行。企业应当对申报材料的真实性"
            "负责，对弄虚作假骗取奖补资金的，依法追回并纳入失信名单。", head_font=FS)
    b.runin("（九）", "两江新区开放型经济发展局会同两江新区财政局建立政策兑现台账，对奖补资金使用情况开展绩效评价，"
            "评价结果作为后续政策调整和资金安排的重要依据。对连续两年绩效评价不合格的政策事项，及时予以调整或者停止执行。",
            head_font=FS)
    b.h1("四、其他")
    b.p("本公告自2026年1月1日起施行，有效期至2027年12月31日。《重庆两江新区管理委员会关于支持跨境电子商务发展的公告》"
        "（渝两江管告〔2022〕2号）同时废止。")
    b.p("本公告施行期间，国家、重庆市出台相关规定的，从其规定。")
    b.p("本公告由两江新区开放型经济发展局负责解释。")
    para(doc, "特此公告。")
    para(doc, "", first=0)
    para(doc, "附件：两江新区开放平台政策兑现事项一览表", first=32)
    luokuan(doc, "重庆两江新区管理委员会", "2025年12月19日")

    page_break(doc)
    para(doc, "附件", HT, 16, first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "两江新区开放平台政策兑现事项一览表", XBS, 20, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, exact=32, after=8)
    header = ["序号", "政策事项", "适用区域", "支持标准", "兑现方式"]
    rows = [
        ["1", "加工贸易企业进出口奖励", "重庆两路果园港综合保税区", "年度进出口额首次超过1亿美元的，奖励100万元", "依申请兑现"],
        ["2", "网购保税进口业务奖励", "重庆两路果园港综合保税区", "年度申报单量超过50万单的，奖励30万元", "依申请兑现"],
        ["3", "跨境电商企业租金补贴", "两江数字经济产业园", "按照实际租金的50%补贴，每年最高50万元", "免申即享"],
        ["4", "跨境电商运费补贴", "直管区全域", "每标准箱500元，年度最高200万元", "免申即享"],
        ["5", "制度创新案例奖励", "中国（重庆）自由贸易\v试验区两江片区", "奖励牵头企业50万元", "依申请兑现"],
        ["6", "汽车出口分拨中心补贴", "鱼复工业开发区", "按照设备投资额的15%补贴，最高500万元", "依申请兑现"],
    ]
    grid_table(doc, header, rows, [15, 36, 36, 48, 25], merges=[(2, 0, 1), (4, 2, 3)], size=12, left_cols=(3,))
    tc = row_clauses(header, rows)
    b.clauses.extend(tc)
    b.specific[tc[0][:22]] = ["重庆两路果园港综合保税区"]
    b.specific[tc[1][:22]] = ["重庆两路果园港综合保税区"]
    b.specific[tc[2][:22]] = ["两江数字经济产业园"]
    b.specific[tc[4][:22]] = ["中国（重庆）自由贸易试验区两江片区"]
    b.specific[tc[5][:22]] = ["鱼复工业开发区"]

    for _ in range(4):
        para(doc, "", first=0)
    banji_table(doc, "抄送：市商务委，市政府口岸物流办，重庆海关，渝北区人民政府，北碚区人民政府。",
                "重庆两江新区管理委员会办公室", "2025年12月22日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "重庆两江新区管理委员会关于支持跨境电商和内陆开放平台建设若干政策措施的公告",
            "doc_number": "渝两江管告〔2025〕3号",
            "issuer": ["重庆两江新区管理委员会"],
            "date": "2025-12-19",
            "published": "2025-12-22",
            "level": "zone",
            "region": "重庆两江新区",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": ["两江新区开放平台政策兑现事项一览表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "《重庆两江新区管理委员会关于支持跨境电子商务发展的公告》（渝两江管告〔2022〕2号）",
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]


if __name__ == "__main__":
    make_daxing()
    make_pudong()
    make_liangjiang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("written:", ", ".join(sorted(EXPECTED)))
