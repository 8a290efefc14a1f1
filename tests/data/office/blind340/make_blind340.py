# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 340: FTZ annual report, provincial BRI statistical bulletin, municipal
open-economy work report.  Writes .docx (python-docx), .pdf (LibreOffice) and
expected.json next to this script.

Run:  . /work/venv/bin/activate && python make_blind340.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

EXPECTED = {}


# ----------------------------------------------------------------- helpers
def set_run_font(run, name, size, bold=False, color=None):
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


def fmt(p, align=None, indent=True, exact=28.95, before=0, after=0):
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    if align is not None:
        p.alignment = align


def add_runs(p, parts, size=16):
    """parts: list of (text, font[, bold[, color]]); '\n' inside text => soft line break."""
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        color = part[3] if len(part) > 3 else None
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_run_font(r, font, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)


def para(doc, parts, align=None, indent=True, size=16, exact=28.95, before=0, after=0):
    if isinstance(parts, str):
        parts = [(parts, FS)]
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    add_runs(p, parts, size)
    return p


def empty(doc, n=1, exact=28.95):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, exact=exact)


def red_rule(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def rule_top_bottom(p, top=True, bottom=True, sz=4):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_run_font(r, "宋体", size)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", size)
    r = p.add_run()
    set_run_font(r, "宋体", size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", size)


def footer_pagenum(section, odd_even=False):
    section.footer.is_linked_to_previous = False
    ft = section.footer.paragraphs[0]
    if odd_even:
        ft.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        ft.paragraph_format.right_indent = Pt(14)
        add_page_field(ft)
        section.even_page_footer.is_linked_to_previous = False
        ev = section.even_page_footer.paragraphs[0]
        ev.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ev.paragraph_format.left_indent = Pt(14)
        add_page_field(ev)
    else:
        ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(ft)


def restart_numbering(section, start=1):
    sp = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    sp.append(pg)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(28)
    section.bottom_margin = Mm(26)
    section.left_margin = Mm(37)
    section.right_margin = Mm(35)
    section.footer_distance = Mm(15)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size + 4)
    add_runs(p, [(text, font, bold)], size)


def set_widths(table, widths):
    """Fixed column widths (tblGrid + every cell) so LibreOffice does not shrink the table."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Mm(sum(w.mm for w in widths[col:col + span]))
            col += span


def new_doc():
    doc = Document()
    a4_portrait(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def row_clause(cols, vals):
    return "；".join(f"{c}：{v}" for c, v in zip(cols, vals) if v != "")


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_340",
         "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Collector:
    """Writes a clause paragraph and records it for expected.json."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.specific = {}

    def clause(self, parts, places=None, **kw):
        if isinstance(parts, str):
            parts = [(parts, FS)]
        p = para(self.doc, parts, **kw)
        text = "".join(x[0] for x in parts).replace("\n", "")
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = places
        return p

    def add_row(self, text, places=None):
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = places

    def h1(self, text):
        para(self.doc, [(text, HT)])

    def h2(self, text):
        para(self.doc, [(text, KT)])

    def h3(self, text):
        para(self.doc, [(text, FS, True)])


def runin(label_title, rest, title_font=KT, bold=False):
    return [(label_title, title_font, bold), (rest, FS)]


# ===================================================================== (a)
def make_heilongjiang():
    stem = "blind340_heilongjiang_baogao"
    doc = new_doc()
    c = Collector(doc)
    # ---- cover (section 1, no page number)
    empty(doc, 5)
    para(doc, [("中国（黑龙江）自由贸易试验区\n绥芬河片区2025年建设发展报告", XBS)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=26, exact=44)
    empty(doc, 9)
    para(doc, [("编制单位：中国（黑龙江）自由贸易试验区绥芬河片区管理委员会", KT)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14)
    para(doc, [("2026年3月", KT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(s2)
    footer_pagenum(s2)
    restart_numbering(s2, 1)

    # ---- body
    para(doc, [("中国（黑龙江）自由贸易试验区绥芬河片区\n2025年建设发展报告", XBS)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=36, after=16)
    c.clause("2025年是中国（黑龙江）自由贸易试验区绥芬河片区（以下简称片区）挂牌运行以来的第六个完整年度。"
             "片区坚持以制度创新为核心，以对俄及东北亚开放合作为主线，深度融入共建“一带一路”和中蒙俄经济走廊建设，"
             "主要经济指标保持较快增长，各项改革试点任务有序推进。现将2025年建设发展情况报告如下。")
    c.h1("一、总体情况")
    c.clause(runin("（一）主要经济指标稳中有进。",
                   "2025年，片区实现地区生产总值128.6亿元，同比增长6.2%，高于全省平均水平1.0个百分点；"
                   "规模以上工业增加值21.4亿元，同比增长8.9%；固定资产投资46.3亿元，同比增长11.5%；"
                   "一般公共预算收入9.87亿元，同比增长5.1%。"))
    c.clause(runin("（二）对外贸易规模再创新高。",
                   "全年实现外贸进出口总额236.5亿元，同比增长14.3%，其中对俄进出口198.2亿元，同比增长12.7%，"
                   "占片区外贸总额的83.8%。进口木材、粮食、能源资源类商品稳定增长，出口机电产品、农产品、"
                   "日用消费品分别增长21.6%、17.3%和9.4%。跨境电商交易额31.2亿元，同比增长42.8%，"
                   "对俄跨境电商海外仓增至14个。"))
    c.clause(runin("（三）市场主体持续壮大。",
                   "全年新设市场主体2147家，同比增长18.6%，其中新设企业836家、外商投资企业23家。"
                   "截至2025年底，片区累计注册企业达6892家，是挂牌前的3.1倍；有进出口实绩的外贸企业412家，"
                   "比上年增加57家。实际使用外资3860万美元，同比增长21.4%。"))
    c.clause(runin("（四）综合保税区发展提速。",
                   "绥芬河综合保税区全年实现进出口总额57.3亿元，同比增长26.5%，在全国综合保税区发展绩效评估中的位次"
                   "较上年前移12位；新引进保税加工、保税物流类项目11个，区内木材精深加工、粮油加工等产业集聚效应初步显现。"),
             places=["绥芬河综合保税区"])

    # ---- 表1
    para(doc, [("表1　2025年片区主要经济指标", HT)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=14, exact=24, before=6)
    cols = ["指标", "单位", "2025年", "同比增长（%）"]
    rows = [
        ("G", "经济规模"),
        ("地区生产总值", "亿元", "128.6", "6.2"),
        ("规模以上工业增加值", "亿元", "21.4", "8.9"),
        ("固定资产投资", "亿元", "46.3", "11.5"),
        ("一般公共预算收入", "亿元", "9.87", "5.1"),
        ("G", "对外开放"),
        ("外贸进出口总额", "亿元", "236.5", "14.3"),
        ("其中：对俄进出口", "亿元", "198.2", "12.7"),
        ("跨境电商交易额", "亿元", "31.2", "42.8"),
        ("实际使用外资", "万美元", "3860", "21.4"),
        ("G", "市场主体"),
        ("新设市场主体", "家", "2147", "18.6"),
        ("其中：外商投资企业", "家", "23", "—"),
        ("累计注册企业", "家", "6892", "—"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(cols):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    for i, r in enumerate(rows, start=1):
        cells = t.rows[i].cells
        if r[0] == "G":
            m = cells[0].merge(cells[3])
            cell_text(m, r[1], HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        for j, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER
            name = ("　" + v) if (j == 0 and v.startswith("其中")) else v
            cell_text(cells[j], name, FS, 11, align=al)
        c.add_row(row_clause(cols, r))
    set_widths(t, [Mm(62), Mm(24), Mm(30), Mm(36)])
    para(doc, [("注：1.地区生产总值、规模以上工业增加值增速按可比价格计算，其余指标增速按现价计算。"
                "2.外贸进出口数据由绥芬河海关提供；跨境电商交易额为片区管委会统计口径。3.“—”表示无可比数据。", FS)],
         indent=False, size=12, exact=20, before=4)
    para(doc, [("图1　2021—2025年片区外贸进出口总额及增速", HT)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=14, exact=24, after=6)

    # ---- 二、制度创新
    c.h1("二、制度创新")
    c.clause("2025年，片区聚焦贸易投资自由化便利化，全年形成制度创新成果26项，其中3项在全国复制推广、"
             "9项在全省复制推广，累计形成制度创新成果121项。")
    c.clause(runin("（一）贸易便利化改革持续深化。",
                   "一是创新铁路口岸进口货物“先放行、后检测”监管模式，进口粮食、木材平均通关时间压缩至4.6小时，"
                   "比上年缩短31%。二是在全省率先开展对俄公路口岸“智慧卡口”改造，实现车辆信息自动采集、电子闸口自动核放，"
                   "货车过境时间由平均40分钟缩短至15分钟。三是推行边民互市贸易“线上申报、集中查验”模式，"
                   "互市商品申报效率提高50%以上。"))
    c.clause(runin("（二）投资和金融领域改革取得突破。",
                   "一是实施外商投资准入“一窗受理、同步审批”，外资企业开办时间压缩至1个工作日。"
                   "二是推进卢布现钞跨境调运常态化，全年调运卢布现钞折合人民币18.4亿元，同比增长35.2%。"
                   "三是开展对俄贸易本币结算便利化试点，全年办理人民币和卢布结算业务186.5亿元，"
                   "占片区对俄跨境结算总额的97.3%。"))
    c.h2("（三）对俄合作机制创新")
    c.clause("一是建立中俄边境地方政府“双月会商”机制，与俄罗斯滨海边疆区波格拉尼奇内区围绕口岸通关、物流运输等事项"
             "会商协调12次，协调解决问题37个。")
    c.clause("二是牵头组建对俄经贸合作企业联盟，吸纳成员企业186家，搭建商品展示、订单对接、法律咨询等公共服务平台，"
             "全年促成合作项目41个、合同金额23.7亿元。")
    c.clause("三是探索“境内加工+境外种植”农业合作模式，支持企业在俄罗斯远东地区建设大豆、玉米种植基地56万亩，"
             "返销粮食21.3万吨。")
    para(doc, [("图2　2025年片区制度创新成果分领域构成", HT)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=14, exact=24, after=6)

    # ---- 三、存在问题
    c.h1("三、存在问题")
    c.clause("片区建设发展仍存在一些短板和不足。一是产业支撑能力不强，落地加工产业规模偏小、链条偏短，"
             "“通道经济”向“产业经济”转型仍需加力。二是对俄贸易商品结构较为单一，进口以资源类商品为主，"
             "受国际市场价格波动影响较大。三是高水平专业人才和国际化运营人才短缺，改革系统集成不够。")

    # ---- 四、2026年工作安排
    c.h1("四、2026年工作安排")
    c.clause("2026年，片区将以提升战略功能为重点，以制度型开放为引领，着力打造对俄及东北亚开放合作的重要平台，"
             "力争外贸进出口总额增长10%以上、实际使用外资增长15%以上。重点抓好以下工作：")
    c.clause(runin("（一）深化制度创新。",
                   "围绕口岸通关、跨境物流、跨境金融等重点领域，开展首创性、差异化改革探索，全年形成制度创新成果20项以上，"
                   "力争2项以上在全国复制推广。"))
    c.clause(runin("（二）畅通对外通道。",
                   "推动绥芬河铁路口岸扩能改造，提升宽准轨换装能力；加密“哈绥俄亚”陆海联运班列，全年开行班列200列以上。"))
    c.clause(runin("（三）推动综合保税区提质升级。",
                   "支持绥芬河综合保税区拓展保税维修、保税研发、跨境电商保税备货等新业态，引进加工贸易项目8个以上，"
                   "力争综合保税区进出口总额突破70亿元。"),
             places=["绥芬河综合保税区"])
    c.clause(runin("（四）做强边民互市贸易。",
                   "在绥芬河中俄边民互市贸易区推进互市商品落地加工试点，培育互市商品加工企业10家以上，"
                   "推动互市贸易由“旅游购物型”向“加工贸易型”转变。"),
             places=["绥芬河中俄边民互市贸易区"])
    c.clause(runin("（五）持续优化营商环境。",
                   "深化“证照分离”改革，完善外籍人才出入境、停居留便利措施，全年引进各类专业人才300名以上。"))

    empty(doc, 1)
    p = para(doc, [("中国（黑龙江）自由贸易试验区绥芬河片区管理委员会", FS)],
             align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p = para(doc, [("2026年3月16日", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)

    path = HERE / f"{stem}.docx"
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "中国（黑龙江）自由贸易试验区绥芬河片区2025年建设发展报告",
            "doc_number": None,
            "issuer": ["中国（黑龙江）自由贸易试验区绥芬河片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "zone",
            "region": "中国（黑龙江）自由贸易试验区绥芬河片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c.clauses,
        "applies_to": {"specific": c.specific},
    }]
    return path


# ===================================================================== (b)
def make_sichuan():
    stem = "blind340_sichuan_gongbao"
    doc = new_doc()
    footer_pagenum(doc.sections[0])
    c = Collector(doc)
    para(doc, [("2025年四川省对共建“一带一路”国家\n投资和贸易统计公报", XBS)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=36, before=12, after=6)
    para(doc, [("四川省商务厅　四川省统计局", KT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("（2026年2月26日）", KT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)

    c.clause("2025年，全省深入贯彻落实高质量共建“一带一路”各项部署，持续深化与共建“一带一路”国家（以下简称共建国家）"
             "经贸合作，货物贸易、双向投资和对外承包工程实现较快增长。现将主要统计数据公布如下。")
    c.h1("一、货物贸易")
    c.clause(runin("1.总体规模。",
                   "2025年，全省对共建国家进出口4215.3亿元，同比增长9.6%，高于全省外贸整体增速3.8个百分点，"
                   "占全省进出口总额的40.8%，比上年提高2.1个百分点。其中，出口2563.8亿元，增长11.2%；"
                   "进口1651.5亿元，增长7.2%。", FS, True))
    c.clause(runin("2.区域分布。",
                   "东盟是全省在共建国家中的第一大贸易伙伴，全年进出口1352.6亿元，增长8.4%，占对共建国家进出口总额的32.1%。"
                   "对中亚五国进出口268.9亿元，增长23.7%，增速居各区域首位；对西亚、中东欧进出口分别增长10.5%和13.9%。"
                   "分区域情况见表1。", FS, True))
    c.clause(runin("3.商品结构。",
                   "出口方面，机电产品出口1826.4亿元，增长12.6%，占对共建国家出口总额的71.2%，"
                   "其中集成电路、笔记本电脑、锂离子蓄电池出口分别增长9.8%、6.3%和28.5%。"
                   "进口方面，金属矿砂、农产品和集成电路合计进口1104.6亿元，占对共建国家进口总额的66.9%。", FS, True))
    c.clause(runin("4.贸易方式和经营主体。",
                   "一般贸易进出口2318.2亿元，增长13.1%，占55.0%；加工贸易进出口1527.6亿元，增长4.2%。"
                   "全年有对共建国家进出口实绩的企业8736家，比上年增加612家，其中民营企业6952家，"
                   "进出口1683.9亿元，增长16.4%。", FS, True))
    c.clause(runin("5.市（州）分布。",
                   "成都市对共建国家进出口3318.7亿元，增长8.1%，占全省的78.7%；宜宾、绵阳、德阳、达州4市进出口均超过60亿元，"
                   "其中宜宾市增长27.4%，增速居全省前列。", FS, True))
    c.clause(runin("6.开放平台。",
                   "中国（四川）自由贸易试验区对共建国家进出口1186.3亿元，增长12.8%，占全省对共建国家进出口的28.1%；"
                   "其中成都青白江铁路港片区依托中欧班列开展进出口贸易412.5亿元，增长19.6%。", FS, True),
             places=["中国（四川）自由贸易试验区"])

    # ---- 表1 (page break before, two-row merged header)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("表1　2025年四川省对共建“一带一路”国家分区域进出口情况", HT)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14, exact=24, after=4)
    data = [
        ("合计", "4215.3", "9.6", "2563.8", "11.2", "1651.5", "7.2"),
        ("东盟", "1352.6", "8.4", "812.4", "10.1", "540.2", "5.9"),
        ("中亚", "268.9", "23.7", "231.5", "25.2", "37.4", "15.1"),
        ("西亚", "603.7", "10.5", "344.6", "12.8", "259.1", "7.6"),
        ("南亚", "371.2", "6.3", "318.7", "7.1", "52.5", "1.8"),
        ("中东欧", "214.5", "13.9", "160.3", "15.4", "54.2", "9.7"),
        ("俄罗斯及其他独联体国家", "456.8", "9.2", "213.9", "11.6", "242.9", "7.2"),
        ("非洲", "392.4", "7.6", "231.6", "9.8", "160.8", "4.6"),
        ("拉丁美洲", "445.3", "5.8", "207.2", "6.9", "238.1", "4.9"),
        ("其他", "109.9", "3.1", "43.6", "4.5", "66.3", "2.2"),
    ]
    # consistency check of the sums
    for k in (1, 3, 5):
        s = round(sum(float(r[k]) for r in data[1:]), 1)
        assert abs(s - float(data[0][k])) < 0.05, (k, s)
    cols = ["区域", "进出口金额（亿元）", "进出口同比增长（%）", "出口金额（亿元）", "出口同比增长（%）",
            "进口金额（亿元）", "进口同比增长（%）"]
    t = doc.add_table(rows=2 + len(data), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    m = h0[0].merge(h1[0])
    cell_text(m, "区域", HT, 11)
    for k, name in ((1, "进出口"), (3, "出口"), (5, "进口")):
        m = h0[k].merge(h0[k + 1])
        cell_text(m, name, HT, 11)
        cell_text(h1[k], "金额（亿元）", HT, 11)
        cell_text(h1[k + 1], "同比增长（%）", HT, 11)
    for i, r in enumerate(data, start=2):
        cells = t.rows[i].cells
        for j, v in enumerate(r):
            cell_text(cells[j], v, HT if r[0] == "合计" else FS, 11,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        c.add_row(row_clause(cols, r))
    set_widths(t, [Mm(40), Mm(20), Mm(19), Mm(20), Mm(19), Mm(20), Mm(19)])
    empty(doc, 1)

    c.h1("二、双向投资")
    c.clause(runin("1.对外直接投资。",
                   "全省企业对共建国家非金融类直接投资18.6亿美元，同比增长12.3%，占全省对外非金融类直接投资的63.5%。"
                   "投资主要流向东盟、中亚和中东欧，分别占58.2%、14.6%和8.9%；行业以制造业、批发和零售业、"
                   "租赁和商务服务业为主。", FS, True))
    c.clause(runin("2.吸收外资。",
                   "共建国家投资者在川新设外商投资企业186家，增长15.5%；实际使用外资4.3亿美元，增长6.9%，"
                   "其中来自新加坡、马来西亚、阿联酋的实际投资合计占72.4%。", FS, True))
    c.h1("三、对外承包工程")
    c.clause(runin("1.完成营业额。",
                   "全省企业在共建国家完成对外承包工程营业额52.7亿美元，增长7.8%，占全省对外承包工程完成营业额的81.3%。",
                   FS, True))
    c.clause(runin("2.新签合同额。",
                   "在共建国家新签对外承包工程合同额68.4亿美元，增长10.2%；新签合同额5000万美元以上项目37个，"
                   "主要集中在电力工程、交通运输和水利建设领域。", FS, True))
    c.clause(runin("3.外派人员。",
                   "年末在共建国家从事对外承包工程和劳务合作的各类人员1.26万人，比上年末增加1100人。", FS, True))
    c.h1("四、国际物流通道")
    c.clause(runin("1.中欧班列。",
                   "全年从四川始发的中欧班列（成渝）开行2486列，增长6.7%，通达境外城市110余个，"
                   "回程班列占比提高到46.3%。", FS, True))
    c.clause(runin("2.西部陆海新通道。",
                   "全年开行西部陆海新通道班列3812列，增长14.1%，货物运输覆盖东盟全部10国；"
                   "国际航空货邮吞吐量41.6万吨，增长9.3%。", FS, True))

    empty(doc, 1)
    para(doc, [("注1：共建“一带一路”国家指截至2025年12月31日与我国签署共建“一带一路”合作文件的国家；"
                "区域划分参照商务部统计口径，“其他”含大洋洲等区域的共建国家。", FS)],
         indent=False, size=12, exact=20)
    para(doc, [("注2：货物贸易数据来源于成都海关，按人民币计价；双向投资和对外承包工程数据来源于商务部对外投资和经济合作"
                "统计系统及外商投资信息报告系统，按美元计价。部分数据因四舍五入原因，分项之和与合计略有出入。", FS)],
         indent=False, size=12, exact=20)

    path = HERE / f"{stem}.docx"
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "2025年四川省对共建“一带一路”国家投资和贸易统计公报",
            "doc_number": None,
            "issuer": ["四川省商务厅", "四川省统计局"],
            "date": "2026-02-26",
            "published": "2026-02-26",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c.clauses,
        "applies_to": {"specific": c.specific},
    }]
    return path


# ===================================================================== (c)
def make_ganzhou():
    stem = "blind340_ganzhou_zongjie"
    doc = new_doc()
    doc.settings.odd_and_even_pages_header_footer = True
    footer_pagenum(doc.sections[0], odd_even=True)
    c = Collector(doc)

    # ---- 版头 (上行文: 签发人)
    para(doc, [("赣州市人民政府文件", XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=42, exact=60)
    empty(doc, 1)
    p = para(doc, [("赣市府字〔2026〕7号", FS), ("\t", FS), ("签发人：", FS), ("刘志强", KT)],
             indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    red_rule(p)
    empty(doc, 1)
    para(doc, [("赣州市人民政府关于2025年全市开放型", XBS)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=36)
    para(doc, [("经济工作情况及2026年工作安排的报告", XBS)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=36)
    empty(doc, 1)
    para(doc, [("省人民政府：", FS)], indent=False)

    c.clause("2025年，我市深入贯彻落实省委、省政府关于高水平对外开放的决策部署，主动融入共建“一带一路”和粤港澳大湾区建设，"
             "坚持以开放促改革、促发展，全市开放型经济呈现稳中有进、量质齐升的良好态势。现将有关情况报告如下。")
    c.h1("一、2025年工作情况")
    c.h2("（一）外贸外资稳中提质")
    c.clause(runin("1.外贸规模再创新高。",
                   "全年实现外贸进出口总额812.4亿元，同比增长11.7%，增速高于全省平均水平5.2个百分点；"
                   "其中出口596.8亿元，增长13.5%，进口215.6亿元，增长7.0%。对共建“一带一路”国家进出口367.5亿元，"
                   "增长18.3%，占全市外贸总额的45.2%。", FS))
    c.clause(runin("2.利用外资质量提升。",
                   "全年新设外商投资企业68家，实际使用外资4.86亿美元，同比增长9.4%，其中制造业实际使用外资占比达71.2%。", FS))
    c.h2("（二）开放平台能级持续提升")
    c.h3("1.海关特殊监管区域提质增效。")
    c.clause("（1）赣州综合保税区全年实现进出口总额186.2亿元，同比增长15.8%，在全国综合保税区发展绩效评估中获评A类；"
             "新落户加工贸易企业9家，保税维修、跨境电商保税备货业务实现零的突破。",
             places=["赣州综合保税区"])
    c.clause("（2）龙南保税物流中心（B型）全年实现进出口总额23.5亿元，同比增长31.2%，入驻企业增至47家，"
             "冷链查验设施建成投用。",
             places=["龙南保税物流中心（B型）"])
    c.clause(runin("2.赣州国际陆港功能不断拓展。",
                   "赣州国际陆港全年开行中欧（亚）班列426列、铁海联运“三同”班列1862列，分别增长12.1%和16.5%；"
                   "进口肉类、粮食指定监管场地业务量分别增长23%和18%，获批开展汽车平行进口试点。", FS),
             places=["赣州国际陆港"])
    c.clause(runin("（三）深度融入共建“一带一路”。",
                   "全年组织企业赴东盟、中东、中亚等地参加境外展会63场次，达成意向订单12.8亿美元；"
                   "稀土永磁材料、钨制品、家具、电子信息产品对共建国家出口分别增长26.4%、14.7%、9.1%和21.3%。"))
    c.clause(runin("（四）新业态新模式加快发展。\n",
                   "全年跨境电商进出口78.6亿元，同比增长36.9%；市场采购贸易方式出口42.3亿元，增长28.4%。"
                   "培育跨境电商产业园7个、年进出口额超亿元的跨境电商企业15家，南康家具跨境电商出口占全市跨境电商出口的43.5%。"))
    c.h1("二、存在的问题")
    c.clause("在肯定成绩的同时，我们也清醒认识到，全市开放型经济发展仍存在一些困难和问题：一是外贸主体规模偏小，"
             "进出口额超10亿元的企业仅9家，抗风险能力较弱。二是外资利用总量不大，重大外资项目和世界500强企业投资项目偏少。"
             "三是开放平台发展不够平衡，部分县（市、区）开放平台功能发挥不充分，通道优势尚未充分转化为产业优势。")
    c.h1("三、2026年工作安排")
    c.clause("2026年，我市将坚持把扩大高水平对外开放作为推动高质量发展的关键一招，力争全年外贸进出口增长8%以上、"
             "实际使用外资增长10%以上。重点抓好以下工作：")
    c.clause(runin("（一）稳住外贸基本盘。",
                   "实施外贸主体培育行动，新增有进出口实绩企业200家以上；加大出口信用保险支持力度，扩大短期险覆盖面；"
                   "用好广交会、中国—东盟博览会、中国—亚欧博览会等展会平台，支持企业开拓共建“一带一路”国家市场。"))
    c.clause(runin("（二）提升开放平台能级。",
                   "支持赣州综合保税区加快二期建设，大力发展保税研发、保税维修和检测认证等新业态，"
                   "力争综合保税区进出口总额突破210亿元；推动龙南保税物流中心（B型）与赣州综合保税区联动发展。"),
             places=["赣州综合保税区", "龙南保税物流中心（B型）"])
    c.clause(runin("（三）推进赣粤产业合作区建设。",
                   "支持龙南市、定南县、全南县共建赣粤产业合作区，承接粤港澳大湾区电子信息、新能源、新材料产业转移，"
                   "全年引进亿元以上项目30个以上。"),
             places=["龙南市", "定南县", "全南县"])
    c.clause(runin("（四）加快跨境电商高质量发展。",
                   "推进中国（赣州）跨境电子商务综合试验区建设，支持企业在共建国家新建海外仓5个以上，"
                   "力争全年跨境电商进出口突破100亿元。"))
    c.h1("四、请求支持事项")
    c.clause(runin("（一）",
                   "恳请省政府支持赣州国际陆港申建进口药品口岸，并在中欧班列运营补贴方面予以倾斜。", FS),
             places=["赣州国际陆港"])
    c.clause(runin("（二）",
                   "恳请省政府在省级外经贸发展专项资金分配中，加大对我市跨境电商、海外仓项目的支持力度。", FS))
    para(doc, "特此报告。")
    empty(doc, 1)
    p = para(doc, [("附件：2025年赣州市开放型经济重点项目进展情况表", FS)])
    empty(doc, 2)
    para(doc, [("赣州市人民政府", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, [("2026年1月23日", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, [("（此件公开发布）", FS)])

    # ---- 附件 in a landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(s2)
    para(doc, [("附件", HT)], indent=False)
    para(doc, [("2025年赣州市开放型经济重点项目进展情况表", XBS)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=18, exact=30, after=6)
    cols = ["序号", "项目名称", "建设地点", "总投资（亿元）", "年度进展"]
    groups = [
        ("一、开放平台类", [
            ("1", "赣州综合保税区二期保税加工厂房项目", "赣州经济技术开发区", "12.6",
             "完成主体结构封顶，年度完成投资4.2亿元，累计完成投资7.8亿元"),
            ("2", "赣州综合保税区跨境电商监管中心（二期）", "赣州经济技术开发区", "3.2", "已竣工验收并投入使用"),
            ("3", "龙南保税物流中心（B型）冷链查验设施项目", "龙南市", "1.8", "完成设备安装调试，12月通过海关验收"),
        ]),
        ("二、通道物流类", [
            ("4", "赣州国际陆港多式联运中心扩建项目", "南康区", "18.5", "完成集装箱堆场及仓储设施建设，年度完成投资6.1亿元"),
            ("5", "赣州国际陆港铁路专用线（三期）工程", "南康区", "6.4", "完成路基工程80%，计划2026年6月通车"),
            ("6", "瑞金市内陆港物流园项目", "瑞金市", "5.3", "一期仓储物流中心建成，开通至厦门港铁海联运线路"),
        ]),
        ("三、外资外贸类", [
            ("7", "赣州稀土永磁新材料中外合资产业园（一期）", "赣县区", "25.0", "3栋标准厂房投产，年度实现产值9.6亿元"),
            ("8", "信丰县鸿晟电子信息外资制造基地项目", "信丰县", "15.0", "完成厂房建设，生产线进入设备调试阶段"),
            ("9", "赣粤（全南）产业合作园标准厂房项目", "全南县", "4.1", "建成标准厂房12万平方米，入驻企业14家"),
            ("10", "安远县跨境电商产业园项目", "安远县", "2.6", "园区建成运营，入驻跨境电商企业36家"),
        ]),
    ]
    nrows = 1 + sum(1 + len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(cols):
        cell_text(t.rows[0].cells[j], h, HT, 10.5)
    i = 1
    for gname, items in groups:
        cells = t.rows[i].cells
        m = cells[0].merge(cells[4])
        cell_text(m, gname, HT, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
        i += 1
        prev_place, prev_i = None, None
        for r in items:
            cells = t.rows[i].cells
            for j, v in enumerate(r):
                if j == 2:
                    continue
                al = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(cells[j], v, FS, 10.5, align=al)
            if r[2] == prev_place:  # same 建设地点 as the row above: vertically merged cell
                m = t.rows[prev_i].cells[2].merge(cells[2])
                cell_text(m, r[2], FS, 10.5)
            else:
                cell_text(cells[2], r[2], FS, 10.5)
                prev_place, prev_i = r[2], i
            c.add_row(row_clause(cols, r), places=[r[2]])
            i += 1
    set_widths(t, [Mm(16), Mm(78), Mm(42), Mm(30), Mm(59)])

    # ---- 版记 on a final portrait page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(s3)
    empty(doc, 19)
    p = para(doc, [("抄送：省商务厅，省发展改革委，南昌海关。", FS)], indent=False, size=14, exact=28)
    p.paragraph_format.left_indent = Pt(14)
    rule_top_bottom(p, top=True, bottom=True, sz=6)
    p = para(doc, [("赣州市人民政府办公室", FS), ("\t", FS), ("2026年1月26日印发", FS)], indent=False, size=14, exact=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(146), WD_TAB_ALIGNMENT.RIGHT)
    rule_top_bottom(p, top=False, bottom=True, sz=12)

    path = HERE / f"{stem}.docx"
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "赣州市人民政府关于2025年全市开放型经济工作情况及2026年工作安排的报告",
            "doc_number": "赣市府字〔2026〕7号",
            "issuer": ["赣州市人民政府"],
            "date": "2026-01-23",
            "published": "2026-01-26",
            "level": "municipal",
            "region": "赣州市",
            "effective": None,
            "expires": None,
            "attachments": ["2025年赣州市开放型经济重点项目进展情况表"],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": c.clauses,
        "applies_to": {"specific": c.specific},
    }]
    return path


def main():
    os.chdir(HERE)
    for make in (make_heilongjiang, make_sichuan, make_ganzhou):
        path = make()
        to_pdf(path)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for stem, docs in EXPECTED.items():
        print(stem, "clauses:", len(docs[0]["clauses"]), "specific:", len(docs[0]["applies_to"]["specific"]))


if __name__ == "__main__":
    main()
