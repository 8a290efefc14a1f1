# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1038: 市商务局政策解读 / 新闻稿 / 一图读懂 (web-editor style), Word + PDF + expected.json."""
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
YH = "微软雅黑"
RED = RGBColor(0xC0, 0x00, 0x00)
GRAY = RGBColor(0x66, 0x66, 0x66)
BLUE = RGBColor(0x1F, 0x4E, 0x79)

C = "\u3000"  # full-width space

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


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
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


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def _field(p, instr, name, size):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash", body_font=FS, body_size=16, margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":        # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "of":        # 第 1 页 共 2 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)
    else:                       # plain number
        _field(fp, "PAGE", SONG, 12)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def grid(t, widths):
    """fixed layout + tblGrid widths so LibreOffice keeps the column widths"""
    t.autofit = False
    tg = t._tbl.tblGrid
    for gc, w in zip(tg.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in t.rows:
        for c, w in zip(r._tr.findall(qn("w:tc")), widths):
            tcpr = c.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w.twips)))
            tcw.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def shade(cell, fill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1038", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": "municipal", "region": None,
            "effective": None, "expires": None, "attachments": [],
            "doc_type": None, "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


BS = 14  # body size (四号) used by the web editors in docs 1 and 3
LN = 24
POLICY_XM = "厦门市支持外贸企业深度拓展“一带一路”市场若干措施"


# =================================================================== DOC 1
def doc_jiedu():
    """厦门市商务局 文字解读: ■ headings, 01/02/03 on own lines, bold lead sentences, table."""
    stem = "blind1038_xiamen_jiedu"
    doc = Document()
    setup(doc, footer="dash", body_size=BS, margins=(2.54, 2.3, 2.8, 2.6))
    clauses = []
    LN = 22

    def body(t, lead=None):
        """lead: bold lead sentence typed before t in the same paragraph."""
        if lead:
            clauses.append(lead + t)
            add_par(doc, [(lead, FS, BS, True), (t, FS, BS, False)], first=Pt(2 * BS), line=LN)
        else:
            clauses.append(t)
            add_par(doc, [(t, FS, BS, False)], first=Pt(2 * BS), line=LN)

    def sq_head(t):  # ■ 一、出台背景
        add_par(doc, [("■ ", HT, BS, False, RED), (t, HT, BS, False)], indent=False,
                line=LN, before=6, after=3)

    def point_head(num, t):  # 01 on its own line, then the short heading line
        add_par(doc, [(num, "Arial Black", 22, True, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=28, before=4)
        add_par(doc, [(t, HT, BS, True, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=LN, after=4)

    # breadcrumb pasted from the website
    add_par(doc, [("您当前的位置：首页 > 政务公开 > 政策解读", SONG, 10.5, False, GRAY)],
            indent=False, line=18)
    empty(doc, 1)
    # title, wrapped with a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("《厦门市支持外贸企业深度拓展“一带一路”"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("市场若干措施》政策解读"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    # source / time line, typed with full-width spaces, grey rule under it
    p = add_par(doc, [("来源：厦门市商务局" + C * 2 + "发布时间：2026-03-18 10:25" + C * 2
                       + "【字体：大 中 小】", SONG, 10.5, False, GRAY)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=20, before=6)
    border(p, "bottom", "BFBFBF", 6, 4)
    empty(doc, 1, line=14)

    body("近日，厦门市商务局、厦门市财政局联合印发《厦门市支持外贸企业深度拓展“一带一路”市场若干措施》（厦商务规〔2026〕2号，以下简称《若干措施》）。为便于社会公众和企业准确理解、用好用足政策，现就有关内容解读如下。")

    sq_head("一、出台背景")
    body("2025年，我市对共建“一带一路”国家进出口4186.3亿元，同比增长9.7%，占全市外贸总值的46.2%，较上年提高2.1个百分点。东盟、中东、中亚、拉美等新兴市场已成为我市外贸增长的重要引擎。与此同时，部分外贸企业特别是中小微企业仍面临境外市场信息不对称、参展成本高、海外仓储物流体系不健全、汇率和收汇风险加大等困难。")
    body("为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，落实《福建省推动外贸稳规模优结构若干措施》有关要求，发挥厦门作为21世纪海上丝绸之路战略支点城市和中国（福建）自由贸易试验区厦门片区的优势，市商务局会同市财政局在深入调研、广泛征求意见的基础上，研究制定了《若干措施》。")

    sq_head("二、主要内容")
    body("《若干措施》围绕“拓市场、强通道、优服务、防风险”四个方面，提出12条具体支持措施。")

    point_head("01", "拓市场" + C + "支持企业“走出去”抢订单")
    body("对企业参加市商务局公布的共建“一带一路”国家重点展会目录内展会的，按展位费的70%给予补助，单个展位最高补助5万元，单家企业年度补助最高50万元。",
         "支持参加境外重点展会。")
    body("对企业赴东盟、中东、中亚、拉美等新兴市场开展商务洽谈、拓展订单的，按实际发生的国际往返机票费用的50%给予补助，单家企业年度补助最高10万元。",
         "支持开展境外商务洽谈。")
    body("对企业取得目标市场所需的产品认证、体系认证（含清真认证、CE认证、SASO认证等）的，按认证费用的50%给予补助，单家企业年度补助最高20万元。",
         "支持获取国际认证。")

    point_head("02", "强通道" + C + "畅通海陆空多式联运")
    body("对在厦门港新开辟至共建“一带一路”国家港口的集装箱班轮航线、且年度挂靠不少于24航次的航运企业，每条航线给予一次性奖励100万元。",
         "支持拓展海上丝路航线。")
    body("对通过中欧（厦门）班列发运本市出口货物的企业，按每标准箱（TEU）1000元给予运费补助，单家企业年度补助最高200万元。",
         "支持中欧（厦门）班列扩量提质。")
    body("对企业在共建“一带一路”国家新建或租用、面积不少于2000平方米且被认定为市级公共海外仓的，按实际投入的30%给予一次性补助，最高300万元。",
         "支持建设公共海外仓。")

    point_head("03", "优服务" + C + "提升贸易便利化水平")
    body("推动“丝路海运”信息平台与国际贸易“单一窗口”数据互联互通，实现订舱、报关、物流追踪“一站式”办理。",
         "深化“丝路海运”与“单一窗口”融合。")
    body("鼓励银行机构为对共建“一带一路”国家贸易提供跨境人民币结算便利化服务，对企业年度跨境人民币结算额首次超过1亿元的，给予一次性奖励5万元。",
         "推广跨境贸易人民币结算。")
    body("对年度对共建“一带一路”国家进出口额超过5亿元的重点企业，实行“一企一专员”服务，协调解决通关、物流、融资等问题。",
         "建立重点企业服务专员制度。")

    point_head("04", "防风险" + C + "为企业出海保驾护航")
    body("对企业投保短期出口信用保险、出口至共建“一带一路”国家的，按实际缴纳保费的50%给予补助，单家企业年度补助最高80万元；对小微企业实行“统保平台”全额保费支持。",
         "扩大出口信用保险覆盖面。")
    body("依托厦门市“出海”综合服务平台，定期发布共建“一带一路”国家市场动态、贸易壁垒和合规风险提示。",
         "加强境外风险预警。")
    body("对企业积极应对国外反倾销、反补贴、保障措施调查并取得有利结果的，按实际律师费用的50%给予补助，单个案件最高50万元。",
         "支持应对贸易摩擦。")

    sq_head("三、资金支持标准一览")
    add_par(doc, [("表：《若干措施》资金支持标准一览（单位：万元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=4, after=4)

    rows = [
        ["1", "拓市场", "参加境外重点展会", "展位费的70%", "5", "50"],
        ["2", "拓市场", "赴新兴市场商务洽谈", "国际往返机票费用的50%", "—", "10"],
        ["3", "拓市场", "取得国际认证", "认证费用的50%", "—", "20"],
        ["4", "强通道", "新辟海上丝路集装箱航线", "一次性奖励", "100", "—"],
        ["5", "强通道", "中欧（厦门）班列运费", "每标准箱1000元", "—", "200"],
        ["6", "强通道", "市级公共海外仓", "实际投入的30%", "300", "—"],
        ["7", "优服务", "跨境人民币结算", "一次性奖励", "5", "—"],
        ["8", "防风险", "短期出口信用保险", "保费的50%", "—", "80"],
        ["9", "防风险", "应对贸易摩擦", "律师费用的50%", "50", "—"],
    ]
    headers = ["序号", "支持方向", "支持事项", "支持标准／补助标准", "支持标准／单项上限",
               "支持标准／企业年度上限"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid(t, [Cm(1.2), Cm(1.8), Cm(4.2), Cm(3.8), Cm(2.0), Cm(2.6)])
    # two-level header with merged cells
    for ci, h in enumerate(["序号", "支持方向", "支持事项"]):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 10.5)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(m, "支持标准", HT, 10.5)
    for ci, h in zip((3, 4, 5), ("补助标准", "单项上限", "企业年度上限")):
        set_cell(t.cell(1, ci), h, HT, 10.5)
    for ri in (0, 1):
        repeat_header(t.rows[ri])
        for c in t.rows[ri].cells:
            shade(c)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 10.5)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    # vertically merged 支持方向 cells
    for a, b, name in ((2, 4, "拓市场"), (5, 7, "强通道"), (8, 8, "优服务"), (9, 10, "防风险")):
        m = t.cell(a, 1).merge(t.cell(b, 1)) if b > a else t.cell(a, 1)
        set_cell(m, name, FS, 10.5)
    # notes under the table, smaller font, indented with typed spaces
    n1 = "注：1.同一事项已获得国家、省级同类资金支持的，市级不再重复支持。"
    n2 = "2.小微企业通过“统保平台”投保的保费由市级财政全额承担，不计入企业年度上限。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    add_par(doc, [(C * 2 + n2, FS, 12, False)], indent=False, line=20)
    clauses.extend([n1, n2])

    sq_head("四、申报要求")
    add_par(doc, [("◆ 支持对象", HT, BS, False)], first=Pt(2 * BS), line=LN)
    body("在厦门市依法登记注册、具有独立法人资格，且上一年度对共建“一带一路”国家有进出口实绩的外贸企业（含跨境电商企业）。航线奖励、海外仓补助的支持对象另按《若干措施》相关条款执行。")
    add_par(doc, [("◆ 申报方式", HT, BS, False)], first=Pt(2 * BS), line=LN)
    body("资金采取“免申即享”与“网上申报”相结合的方式兑现。出口信用保险保费补助实行“免申即享”，由市商务局会同中国出口信用保险公司厦门分公司直接核定兑付；其他事项由企业通过“厦门市商务发展专项资金管理系统”在线申报，申报时间以市商务局当年发布的申报通知为准。")
    add_par(doc, [("◆ 施行时间", HT, BS, False)], first=Pt(2 * BS), line=LN)
    body("《若干措施》自2026年4月1日起施行，有效期至2028年3月31日。原《厦门市支持企业开拓“一带一路”市场若干措施》（厦商务规〔2023〕1号）同时废止。")

    sq_head("五、政策咨询")
    body("厦门市商务局对外贸易处，联系电话:0592-2852136；厦门市财政局经济建设处，联系电话：0592-2855417。")

    empty(doc, 1)
    # 落款 pushed right with typed spaces
    p = add_par(doc, [(" " * 40 + "厦门市商务局", FS, BS, False)], indent=False, line=LN)
    p.paragraph_format.keep_with_next = True
    add_par(doc, [(" " * 39 + "2026年3月17日", FS, BS, False)], indent=False, line=LN)
    empty(doc, 1)
    add_par(doc, [("【责任编辑：陈思雨】", SONG, 10.5, False, GRAY)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="《厦门市支持外贸企业深度拓展“一带一路”市场若干措施》政策解读",
            doc_number=None,
            issuer=["厦门市商务局"],
            date="2026-03-17",
            published="2026-03-18",
            region="厦门市",
            effective="2026-04-01",
            expires="2028-03-31",
            doc_type="解读",
            repeals="《厦门市支持企业开拓“一带一路”市场若干措施》（厦商务规〔2023〕1号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC 2
def doc_xinwen():
    """Two web items in one Word file: 新闻稿 + 【一图读懂】 text version."""
    stem = "blind1038_xiamen_xinwen"
    doc = Document()
    setup(doc, footer="of", body_font=SONG, body_size=12, margins=(2.54, 2.54, 3.0, 3.0))
    docs = []

    # ---------------- item 1: 新闻稿
    clauses = []

    def body(t, runs=None):
        clauses.append(t)
        if runs is None:
            runs = [(t, SONG, 12, False)]
        add_par(doc, runs, first=Pt(24), line=22, after=6)

    def dia(t):  # ◆ sub-heading, web style
        add_par(doc, [("◆ " + t, YH, 12, True, BLUE)], indent=False, line=22, before=6, after=6)

    p = doc.add_paragraph()
    font(p.add_run("市商务局举行《厦门市支持外贸企业深度拓展"), YH, 18, True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("“一带一路”市场若干措施》新闻发布会"), YH, 18, True)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    # source / time typed with a centre tab
    p = add_par(doc, [("来源：厦门市商务局\t发布时间：2026-03-18 16:40", SONG, 9, False, GRAY)],
                indent=False, line=18, after=2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5), 0)
    border(p, "bottom", "1F4E79", 12, 4)
    empty(doc, 1, line=10)

    lead = "本网讯（通讯员 厦商宣）"
    rest = "3月18日下午，厦门市商务局举行新闻发布会，正式发布《厦门市支持外贸企业深度拓展“一带一路”市场若干措施》（以下简称《若干措施》）。市商务局党组成员、副局长黄志明介绍了《若干措施》的主要内容，市财政局、厦门海关、中国出口信用保险公司厦门分公司有关负责人出席发布会并回答记者提问。"
    body(lead + rest, [(lead, KT, 12, True), (rest, SONG, 12, False)])
    body("黄志明表示，共建“一带一路”国家已成为厦门外贸发展的重要增长极。2025年，全市对共建“一带一路”国家进出口4186.3亿元，同比增长9.7%。出台《若干措施》，就是要进一步帮助企业降成本、拓市场、防风险，推动我市外贸在“一带一路”市场实现稳规模、优结构。")
    dia("四个方面12条“真金白银”")
    body("据介绍，《若干措施》聚焦企业最关心、最直接的问题，从“拓市场、强通道、优服务、防风险”四个方面推出12条措施，预计每年安排专项资金约2.3亿元，惠及外贸企业3000家以上。")
    b1 = "在拓市场方面，"
    b2 = "对企业参加共建“一带一路”国家重点展会的，按展位费的70%给予补助，单家企业年度最高补助50万元，补助比例较原政策提高20个百分点。"
    b3 = "在强通道方面，"
    b4 = "对通过中欧（厦门）班列发运出口货物的企业，按每标准箱1000元给予运费补助；对新建或租用市级公共海外仓的，最高给予300万元一次性补助。"
    body(b1 + b2 + b3 + b4, [(b1, SONG, 12, True), (b2, SONG, 12, False),
                            (b3, SONG, 12, True), (b4, SONG, 12, False)])
    b1 = "在防风险方面，"
    b2 = "《若干措施》将短期出口信用保险保费补助比例提高至50%，并对小微企业通过“统保平台”投保实行保费全额支持。"
    body(b1 + b2, [(b1, SONG, 12, True), (b2, SONG, 12, False)])
    dia("补助资金“免申即享”")
    body("“今年我们将在出口信用保险保费补助上率先实行‘免申即享’，企业无需提交任何材料，符合条件的资金直接拨付到企业账户。”市商务局对外贸易处处长吴丽萍在回答记者提问时说。")
    body("厦门海关副关长陈建平介绍，厦门海关将同步推出支持“一带一路”贸易的10项通关便利举措，包括对RCEP原产地证书实行“智能审核+自助打印”、对鲜活农产品实施“6小时通关”等。")
    body("据悉，《若干措施》自2026年4月1日起施行，有效期至2028年3月31日。市商务局将于4月中旬在各区举办政策宣讲会，并通过“厦门商务”微信公众号同步发布政策解读和申报指南。")
    add_par(doc, [("责任编辑：郑晓峰", SONG, 10.5, False, GRAY)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20, before=6)
    docs.append({
        "meta": meta(
            title="市商务局举行《厦门市支持外贸企业深度拓展“一带一路”市场若干措施》新闻发布会",
            issuer=["厦门市商务局"],
            date="2026-03-18",
            published="2026-03-18",
            region="厦门市",
            effective="2026-04-01",
            expires="2028-03-31",
            doc_type="新闻稿",
        ),
        "clauses": clauses,
    })

    # ---------------- item 2: 【一图读懂】 text version, next page
    page_break(doc)
    clauses = []

    def star(t):
        add_par(doc, [("★ " + t + " ★", YH, 14, True, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=24, before=4, after=2)

    def num(n, t):  # 01　拓市场 on one line
        add_par(doc, [(n, "Arial Black", 16, True, RED), (C + t, YH, 14, True, BLUE)],
                indent=False, line=24, before=2, after=0)

    def tri(t):
        clauses.append(t)
        add_par(doc, [(t, SONG, 12, False)], first=Pt(24), line=20)

    p = doc.add_paragraph()
    font(p.add_run("【一图读懂】"), YH, 18, True, RED)
    font(p.add_run("《厦门市支持外贸企业深度拓展“一带一路”市场若干措施》"), YH, 18, True)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    p = add_par(doc, [("来源：厦门市商务局\t发布时间：2026-03-19 08:30", SONG, 9, False, GRAY)],
                indent=False, line=18, after=2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5), 0)
    border(p, "bottom", "1F4E79", 12, 4)

    star("四大方面" + C + "12条措施")
    num("01", "拓市场")
    tri("▲境外展会：展位费补助70%，单个展位最高5万元，企业年度最高50万元")
    tri("▲商务洽谈：国际往返机票补助50%，企业年度最高10万元")
    tri("▲国际认证：认证费用补助50%，企业年度最高20万元")
    num("02", "强通道")
    tri("▲新辟航线：每条航线一次性奖励100万元")
    tri("▲中欧班列：每标准箱补助1000元，企业年度最高200万元")
    tri("▲公共海外仓：按实际投入30%补助，最高300万元")
    num("03", "优服务")
    tri("▲“丝路海运”+“单一窗口”：订舱、报关、物流追踪一站式办理")
    tri("▲跨境人民币结算：首次超1亿元，一次性奖励5万元")
    tri("▲服务专员：进出口额超5亿元的重点企业“一企一专员”")
    num("04", "防风险")
    tri("▲出口信保：保费补助50%，企业年度最高80万元；小微企业“统保平台”全额支持")
    tri("▲风险预警：定期发布市场动态和合规风险提示")
    tri("▲贸易摩擦应对：律师费补助50%，单案最高50万元")
    star("施行时间")
    tri("2026年4月1日起施行，有效期至2028年3月31日")
    star("政策咨询")
    tri("市商务局对外贸易处" + C + "0592-2852136")
    add_par(doc, [("责任编辑：郑晓峰", SONG, 10.5, False, GRAY)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20, before=4)
    docs.append({
        "meta": meta(
            title="【一图读懂】《厦门市支持外贸企业深度拓展“一带一路”市场若干措施》",
            issuer=["厦门市商务局"],
            date="2026-03-19",
            published="2026-03-19",
            region="厦门市",
            effective="2026-04-01",
            expires="2028-03-31",
            doc_type="解读",
        ),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC 3
def doc_wenda():
    """郑州市商务局 问答式解读 with 附件 清单 (续表) after the 落款."""
    stem = "blind1038_zhengzhou_wenda"
    doc = Document()
    setup(doc, footer="plain", body_size=12, margins=(2.54, 2.54, 3.0, 2.8))
    doc.styles["Normal"].font.size = Pt(12)
    clauses = []
    BS, LN = 12, 22  # this editor types 小四
    SP = "    "  # editor indents with 4 half-width spaces

    def body(t, bold_prefix=None):
        clauses.append(t)
        if bold_prefix and t.startswith(bold_prefix):
            add_par(doc, [(SP, FS, BS, False), (bold_prefix, HT, BS, False),
                          (t[len(bold_prefix):], FS, BS, False)], indent=False, line=LN)
        else:
            add_par(doc, [(SP + t, FS, BS, False)], indent=False, line=LN)

    def question(t):
        clauses.append(t)
        add_par(doc, [(SP, FS, BS, False), (t, FS, BS, True)], indent=False, line=LN, before=4)

    # title in two paragraphs, broken at an odd place
    add_par(doc, [("《郑州市推动“丝路电商”合作高质量发展若干", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("政策》问答", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("发布日期：2026年04月09日" + C * 2 + "来源：郑州市商务局" + C * 2
                   + "【字体：大" + C + "中" + C + "小】", KT, 10.5, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, before=6)
    empty(doc, 1)

    body("2026年4月，郑州市商务局印发《郑州市推动“丝路电商”合作高质量发展若干政策》（郑商务规〔2026〕1号，以下简称《若干政策》）。为帮助企业及时了解政策内容、便捷享受政策红利，现就企业关注的主要问题解答如下。")

    question("◆问题一：什么是“丝路电商”？《若干政策》出台的背景是什么？")
    body("答：“丝路电商”是我国与共建“一带一路”国家开展电子商务合作的重要平台和机制。截至2025年底，我国已与33个国家建立双边电子商务合作机制。郑州是跨境电商零售进口“1210”模式的发源地，2025年全市跨境电商进出口额达到1386.7亿元，同比增长15.2%，其中对共建“一带一路”国家跨境电商进出口额512.4亿元，同比增长23.6%。为抢抓“丝路电商”合作机遇，发挥郑州“空中丝绸之路”“陆上丝绸之路”“网上丝绸之路”“海上丝绸之路”四路协同优势，市商务局研究制定了《若干政策》。",
         "答：")

    question("◆问题二：《若干政策》的主要内容有哪些？")
    # one Word paragraph, items separated with Shift+Enter (manual line breaks)
    intro = "答：《若干政策》共5个部分15条，主要包括："
    items = [
        ("（1）培育“丝路电商”经营主体。", "支持企业在共建“一带一路”国家主流电商平台开设店铺、建设独立站，对年度跨境电商出口额首次突破1000万元、5000万元、1亿元的企业，分别给予10万元、30万元、50万元一次性奖励。"),
        ("（2）建设“丝路电商”公共服务平台。", "支持建设面向中亚、东盟、中东欧的“丝路电商”国别馆和选品中心，经认定的，按建设投入的30%给予补助，最高200万元。"),
        ("（3）畅通“丝路电商”物流通道。", "对依托郑州—卢森堡“空中丝绸之路”、中欧班列（中豫号）开展跨境电商货物运输的，按实际运费的20%给予补助，单家企业年度最高100万元。"),
        ("（4）完善海外仓网络。", "对企业在共建“一带一路”国家建设运营、面积1000平方米以上的海外仓，按租金或建设投入的20%给予补助，最高150万元。"),
        ("（5）强化人才和金融支撑。", "支持高校、培训机构开展“丝路电商”人才培训，按每人次500元给予培训补助；鼓励金融机构开发“跨境电商贷”等产品，对企业贷款按实际利息的30%给予贴息，单家企业年度最高50万元。"),
    ]
    p = doc.add_paragraph()
    font(p.add_run(SP), FS, BS)
    font(p.add_run("答："), HT, BS)
    font(p.add_run(intro[2:]), FS, BS)
    clauses.append(intro)
    for h, t in items:
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(SP), FS, BS)
        font(p.add_run(h), FS, BS, True)
        font(p.add_run(t), FS, BS)
        clauses.append(h + t)
    fmt(p, indent=False, line=LN)

    question("◆问题三：哪些企业可以申请支持？")
    body("答：在郑州市行政区域内（含郑州航空港经济综合实验区）依法注册登记、具有独立法人资格、信用状况良好，且近三年未发生重大安全生产、环境污染事故和严重违法失信行为的企业，可按规定申请《若干政策》相关支持。同一企业同一项目已获得国家、省级资金支持的，市级按“就高不重复”原则执行。",
         "答：")
    question("◆问题四：如何申报？")
    body("答：申报工作每年集中开展一次，原则上于每年6月启动。企业通过“郑好办”APP或郑州市商务局门户网站“专项资金申报系统”在线填报，并按照附件所列清单上传申报材料。各区县（市）商务主管部门负责初审，市商务局会同市财政局组织复核、公示后拨付资金。",
         "答：")
    question("◆问题五：《若干政策》什么时候开始执行？")
    body("答：《若干政策》自2026年5月1日起施行，有效期至2029年4月30日。《郑州市促进跨境电子商务发展若干措施》（郑商务〔2022〕35号）与《若干政策》不一致的，以《若干政策》为准。",
         "答：")
    question("◆问题六：政策咨询渠道有哪些？")
    body("答：企业可拨打郑州市商务局电子商务处咨询电话0371-67186523(工作日9:00-12:00，13:00-17:00)，或通过12345政务服务便民热线咨询。",
         "答：")

    empty(doc, 1, line=LN)
    add_par(doc, [(SP + "附件：郑州市“丝路电商”合作项目申报材料清单", FS, BS, False)], indent=False, line=LN)
    empty(doc, 1, line=LN)
    # 落款 with tabs to a right-aligned stop; date in Chinese numerals
    for txt in ("郑州市商务局", "二〇二六年四月八日"):
        p = add_par(doc, [("\t" + txt, FS, BS, False)], indent=False, line=LN)
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), 2)
    empty(doc, 1)
    add_par(doc, [("（责任编辑：王珂）", KT, 14, False)], indent=False)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("郑州市“丝路电商”合作项目申报材料清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    headers = ["序号", "材料名称", "具体要求", "适用事项"]
    part1 = [
        ["1", "项目申报表", "加盖企业公章，法定代表人签字", "全部事项"],
        ["2", "营业执照复印件", "加盖企业公章", "全部事项"],
        ["3", "信用承诺书", "按统一格式填写", "全部事项"],
        ["4", "跨境电商出口额证明材料", "海关出口报关数据或平台交易流水，须经第三方审计", "经营主体培育奖励"],
        ["5", "国别馆、选品中心建设投入凭证", "合同、发票及付款凭证", "公共服务平台补助"],
        ["6", "运费结算凭证", "运输合同、发票及班列（航班）运单", "物流通道补助"],
    ]
    part2 = [
        ["7", "海外仓租赁或建设合同", "须附中文译本", "海外仓补助"],
        ["8", "海外仓运营情况说明", "含面积、服务企业数量、照片等", "海外仓补助"],
        ["9", "培训人员名单及签到表", "每期培训不少于30人次", "人才培训补助"],
        ["10", "贷款合同及付息凭证", "由贷款银行出具", "贷款贴息"],
    ]
    widths = [Cm(1.4), Cm(4.4), Cm(6.2), Cm(3.2)]

    def tbl(rows):
        t = doc.add_table(rows=1 + len(rows), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        grid(t, widths)
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, 14)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.rows[ri].cells[ci], v, FS, 14, align=al)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        for r in t.rows:
            r.height = Cm(1.6)

    tbl(part1)
    # office splits the table by hand: page break, “续表”, header typed again
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24, after=4)
    tbl(part2)
    note = "注：所有复印件须加盖企业公章；外文材料须附中文译本。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="《郑州市推动“丝路电商”合作高质量发展若干政策》问答",
            issuer=["郑州市商务局"],
            date="2026-04-08",
            published="2026-04-09",
            region="郑州市",
            effective="2026-05-01",
            expires="2029-04-30",
            attachments=["郑州市“丝路电商”合作项目申报材料清单"],
            doc_type="解读",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_jiedu(), doc_xinwen(), doc_wenda()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
