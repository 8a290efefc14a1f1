# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 908: 市政府办公室转发市商务局意见的通知（多层转发，原文号括注）.

Writes blind908_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
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


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def add_lines(doc, lines, name=XBS, size=22, line=36, align=C):
    """One paragraph, lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size)
    fmt(p, align=align, indent=False, line=line)
    p.paragraph_format.keep_with_next = True
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
    fmt(p, indent=False)


def _field_page(fp, size=14, name=SONG):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left="— ", right=" —", start=None):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, 14)
    _field_page(fp)
    font(fp.add_run(right), SONG, 14)
    if start is not None:
        sectPr = s._sectPr
        sectPr.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start)))
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, header, rows, clauses, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_908", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (chineseCounting) -------------------------------
_next_abs = [800]


def make_numbering(doc, lvl_text):
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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "municipal", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "通知", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# ================================================================ FILE 1
def doc_jiaxing():
    stem = "blind908_jiaxing_kjds"
    doc = Document()
    setup(doc)
    cl = []

    def body(t, typed=False):
        cl.append(t)
        if typed:  # indent typed with full-width spaces
            add_par(doc, IND + t, indent=False)
        else:
            add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, typed=False):
        cl.append(h + t)
        runs = [(h, KT, 16, False), (t, FS, 16, False)]
        if typed:
            add_par(doc, [(IND, FS, 16, False)] + runs, indent=False)
        else:
            add_par(doc, runs)

    # 版头
    add_par(doc, [("嘉兴市人民政府办公室文件", XBS, 34, False, RED)],
            align=C, indent=False, line=50, before=6, after=12)
    p = add_par(doc, "嘉政办发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_lines(doc, ["嘉兴市人民政府办公室转发市商务局关于加快",
                    "发展跨境电子商务推动外贸稳规模优结构意见",
                    "的通知"])
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市政府各部门、各直属单位：", indent=False)
    body("市商务局《关于加快发展跨境电子商务推动外贸稳规模优结构的意见》（嘉商务发〔2026〕11号）已经市政府同意，现转发给你们，请结合实际认真贯彻执行。")
    body("各县（市、区）要将跨境电子商务发展纳入稳外贸工作重点，细化工作举措，落实工作责任，于每季度结束后10日内将工作推进情况报送市商务局，由市商务局汇总后报市政府。", typed=True)
    empty(doc, 1)
    add_par(doc, " " * 38 + "嘉兴市人民政府办公室", indent=False)
    add_par(doc, " " * 42 + "2026年3月16日", indent=False)
    add_par(doc, "（此件公开发布）")

    p = add_lines(doc, ["关于加快发展跨境电子商务推动外贸", "稳规模优结构的意见"])
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    body("为深入贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》，充分发挥中国（嘉兴）跨境电子商务综合试验区和中国（浙江）自由贸易试验区嘉兴联动创新区作用，加快发展跨境电子商务，推动我市外贸稳规模、优结构，现提出如下意见。")
    head("一、总体要求")
    body("坚持政策引导与市场主导相结合、线上线下融合发展，以“跨境电商+产业带”为主线。到2027年底，全市跨境电商进出口额力争突破520亿元，年均增长15%以上；培育年进出口额超亿元的跨境电商企业80家以上，省级公共海外仓达到20个。")
    head("二、重点任务")
    runin("（一）实施“跨境电商+产业带”行动。", "聚焦时尚服装、箱包皮革、五金工具、家居家纺等传统优势产业带，每个县（市、区）至少培育1个跨境电商产业带示范基地，推动5000家以上传统外贸和生产企业“触网出海”。对新认定的省级跨境电商产业园，市级财政按照有关规定给予一次性奖励。")
    runin("（二）加快海外仓布局建设。", "支持企业在共建“一带一路”国家和RCEP成员国建设运营海外仓，重点布局中东欧、东南亚、中东等新兴市场。推进海外仓与嘉兴港、嘉兴国际陆港数据互联互通。")
    # half-width brackets typed by the clerk
    runin("(三)提升通关便利化水平。", "嘉兴海关全面推广跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，推行“提前申报+抵港直装”，实现跨境电商出口货物“即到即查即放”。")
    runin("（四）强化金融和人才支撑。", "鼓励金融机构开发“跨境电商贷”“海外仓贷”等信贷产品，扩大出口信用保险覆盖面。依托嘉兴大学、嘉兴职业技术学院等院校，每年培训跨境电商实用人才3000人次以上。", typed=True)
    head("三、保障措施")
    body("建立由市商务局牵头，市发展改革委、市财政局、嘉兴海关、中国人民银行嘉兴市分行等部门参加的跨境电商发展工作专班，定期研究解决重大问题。将跨境电商发展主要指标纳入对各县（市、区）稳外贸工作考核，指标分解见附件。")
    body("本意见自2026年4月1日起施行，有效期至2028年3月31日。")
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("附件：2026年嘉兴市跨境电商发展主要指标分解表"), FS, 16)
    fmt(p, indent=True)
    empty(doc, 1)
    add_par(doc, " " * 44 + "嘉兴市商务局", indent=False)
    add_par(doc, " " * 42 + "2026年3月2日", indent=False)

    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_lines(doc, ["2026年嘉兴市跨境电商发展主要指标分解表"], size=20)
    empty(doc, 1, line=20)
    header = ["地区", "跨境电商进出口额（亿元）", "新培育超亿元跨境电商企业（家）",
              "新增省级公共海外仓（个）"]
    rows = [
        ["南湖区", "48", "4", "1"],
        ["秀洲区", "52", "5", "1"],
        ["嘉善县", "41", "4", "1"],
        ["平湖市", "56", "5", "1"],
        ["海盐县", "23", "2", "0"],
        ["海宁市", "86", "8", "2"],
        ["桐乡市", "92", "9", "2"],
        ["嘉兴经济技术开发区", "17", "2", "0"],
        ["嘉兴港区", "15", "1", "1"],
        ["合计", "430", "40", "9"],
    ]
    grid_table(doc, header, rows, cl, size=14, widths=[4.4, 3.6, 4.2, 3.6])
    note = "注：嘉兴经济技术开发区、嘉兴港区指标单列，不计入所在县（市、区）。"
    cl.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。",
          "嘉兴市人民政府办公室", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="嘉兴市人民政府办公室转发市商务局关于加快发展跨境电子商务推动外贸稳规模优结构意见的通知",
            doc_number="嘉政办发〔2026〕9号",
            issuer=["嘉兴市人民政府办公室"],
            date="2026-03-16",
            region="嘉兴市",
            effective="2026-04-01",
            expires="2028-03-31",
            attachments=["2026年嘉兴市跨境电商发展主要指标分解表"],
            recipients=["各县（市、区）人民政府", "市政府各部门、各直属单位"],
            publicity="此件公开发布"),
        "clauses": cl,
    }]
    return path


# ================================================================ FILE 2
def doc_yiwu():
    stem = "blind908_yiwu_taozhuan"
    doc = Document()
    setup(doc)
    cl = []

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT):
        cl.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("义乌市人民政府办公室文件", XBS, 34, False, RED)],
            align=C, indent=False, line=50, before=6, after=12)
    p = add_par(doc, "义政办发〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for t in ["义乌市人民政府办公室关于转发《金华市人民",
              "政府办公室转发市商务局关于深化内外贸一体",
              "化试点工作实施意见的通知》的通知"]:
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各镇人民政府、街道办事处，市政府各部门、各直属单位：", indent=False)
    body("现将《金华市人民政府办公室转发市商务局关于深化内外贸一体化试点工作实施意见的通知》（金政办发〔2026〕7号）转发给你们，并结合我市实际提出以下贯彻意见，请一并认真抓好落实。")
    # 一、and 二、typed in one paragraph with a manual line break
    t1 = "一、提高思想认识。内外贸一体化试点是深化国际贸易综合改革的重要内容，各地各部门要把深化内外贸一体化作为推动“世界小商品之都”建设的重要抓手，加快形成内外贸相互促进的发展格局。"
    t2 = "二、明确责任分工。市商务局负责牵头推进试点工作，市发展改革局、市经信局、市财政局、市市场监管局、义乌海关、市场发展委等单位按照职责分工抓好落实，组织企业积极参与“同线同标同质”、内外贸产品认证等试点项目。"
    p = doc.add_paragraph()
    font(p.add_run(t1[:9]), HT, 16)
    font(p.add_run(t1[9:]), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2[:9]), HT, 16)
    font(p.add_run(t2[9:]), FS, 16)
    fmt(p)
    cl.extend([t1, t2])
    runin("三、加强督查落实。", "市商务局要会同市政府督查室加强对试点任务推进情况的跟踪督查，每半年向市政府报告一次工作进展。")
    empty(doc, 1)
    # 落款 aligned with a right tab + right indent
    for t in ["义乌市人民政府办公室", "二〇二六年四月八日"]:
        p = add_par(doc, [("\t" + t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(13.6), 2)
    add_par(doc, "（此件主动公开）")

    # ---- layer 1: 金华市政府办公室 forwarding notice (typed straight on, no page break)
    empty(doc, 1)
    add_lines(doc, ["金华市人民政府办公室转发市商务局关于深化", "内外贸一体化试点工作实施意见的通知"])
    add_par(doc, [("（金政办发〔2026〕7号）", KT, 16, False)], align=C, indent=False)
    add_par(doc, "各县（市、区）人民政府，市政府各部门，金华开发区管委会：", indent=False)
    body("市商务局《关于深化内外贸一体化试点工作的实施意见》已经市政府同意，现转发给你们，请认真组织实施。")
    empty(doc, 1)
    p = add_par(doc, "金华市人民政府办公室", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月20日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)

    # ---- layer 2: 金华市商务局 意见
    add_lines(doc, ["金华市商务局关于深化内外贸一体化", "试点工作的实施意见"])
    add_par(doc, [("（金商务〔2026〕5号）", KT, 16, False)], align=C, indent=False)
    body("为贯彻落实《国务院办公厅关于促进内外贸一体化发展的意见》，推动我市内外贸高效运行、融合发展，结合金华实际，提出如下实施意见。")
    head("一、主要目标")
    body("到2027年，全市培育内外贸一体化“领跑者”企业100家以上，新增“同线同标同质”产品500个以上，建设内外贸融合发展平台15个，内外贸一体化发展水平走在全省前列。")
    head("二、重点任务")
    runin("（一）推动内外贸标准认证衔接。", "支持企业对标国际先进标准组织生产，鼓励行业协会、龙头企业参与制定国际标准和团体标准。", KT)
    body("1.扩大“三同”产品供给。引导出口企业在内销产品中推广“同线同标同质”生产模式，2026年新增“三同”企业100家。")
    runin("（二）打造内外贸融合发展平台。", "依托义乌国际商贸城、金华义乌国际陆港、中国（浙江）自由贸易试验区金义片区等平台，支持建设一批集展示交易、品牌孵化、供应链服务于一体的内外贸融合市场。", KT)
    runin("（三）拓展多元化国际市场。", "深化与共建“一带一路”国家经贸合作，稳定“义新欧”中欧班列运行质量，2026年开行班列2800列以上；支持企业参加中国进出口商品交易会、中国国际进口博览会等重点展会。", KT)
    head("三、任务分工")
    body("各项重点任务分工如下：")

    # table with two-level merged header, header rows repeated
    rows = [
        ["1", "培育内外贸一体化“领跑者”企业", "市商务局", "市经信局、市市场监管局", "2027年12月底"],
        ["2", "新增“同线同标同质”产品", "市市场监管局", "市商务局、金华海关", "2026年12月底"],
        ["3", "建设内外贸融合发展平台", "市商务局", "市发展改革委，各县（市、区）人民政府", "2027年6月底"],
        ["4", "保障“义新欧”中欧班列稳定开行", "义乌市人民政府", "市交通运输局、金华海关", "持续推进"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "重点任务", HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "责任单位", HT, 12)
    set_cell(t.cell(1, 2), "牵头单位", HT, 12)
    set_cell(t.cell(1, 3), "配合单位", HT, 12)
    d = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(d, "完成时限", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["序号", "重点任务", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    set_widths(t, [1.2, 5.6, 2.8, 4.6, 2.6])

    runin("四、强化保障。", "各县（市、区）、各有关部门要将内外贸一体化试点工作纳入年度重点工作，市商务局要建立工作台账，定期通报进展情况。")
    p = add_par(doc, "金华市商务局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月12日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院，市人武部。",
          "义乌市人民政府办公室", "2026年4月8日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="义乌市人民政府办公室关于转发《金华市人民政府办公室转发市商务局关于深化内外贸一体化试点工作实施意见的通知》的通知",
            doc_number="义政办发〔2026〕21号",
            issuer=["义乌市人民政府办公室"],
            date="2026-04-08",
            level="county",
            region="义乌市",
            recipients=["各镇人民政府、街道办事处", "市政府各部门、各直属单位"],
            publicity="此件主动公开"),
        "clauses": cl,
    }]
    return path


# ================================================================ FILE 3
def doc_qinzhou():
    stem = "blind908_qinzhou_gongbao"
    doc = Document()
    s = setup(doc, left="· ", right=" ·", start=17)
    # gazette running header
    hp = s.header.paragraphs[0]
    font(hp.add_run("钦州市人民政府公报"), SONG, 10.5)
    font(hp.add_run("\t\t"), SONG, 10.5)
    font(hp.add_run("2026年第4期"), SONG, 10.5)
    border(hp, "bottom", "000000", 6, 1)
    nid = make_numbering(doc, "%1、")

    add_par(doc, [("【市政府办公室文件】", HT, 14, False)], indent=False)
    empty(doc, 1)

    # ----- document A
    ca = []

    def body(cl, t):
        cl.append(t)
        add_par(doc, t)

    add_lines(doc, ["钦州市人民政府办公室转发市商务局关于推进", "中国（广西）自由贸易试验区钦州港片区",
                    "跨境贸易高质量发展意见的通知"], size=20, line=32)
    add_par(doc, [("（钦政办发〔2026〕14号）", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，市直各委、办、局，钦州港经济技术开发区管委会：", indent=False)
    body(ca, "市商务局《关于推进中国（广西）自由贸易试验区钦州港片区跨境贸易高质量发展的意见》（钦商务发〔2026〕6号）已经市人民政府同意，现转发给你们，请认真贯彻执行。")
    body(ca, "原《钦州市人民政府办公室转发市商务局关于促进钦州港片区外贸发展若干措施的通知》（钦政办发〔2023〕31号）同时废止。")
    empty(doc, 1)
    for t in ["钦州市人民政府办公室", "2026年4月22日"]:
        p = add_par(doc, [("\t" + t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)
    add_par(doc, "（此件公开发布）")
    empty(doc, 1)

    add_lines(doc, ["关于推进中国（广西）自由贸易试验区钦州港片区", "跨境贸易高质量发展的意见"],
              size=20, line=32)
    add_par(doc, [("钦州市商务局", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)
    body(ca, "为深入落实《中国（广西）自由贸易试验区总体方案》，发挥钦州港片区作为西部陆海新通道门户港的核心作用，推进跨境贸易高质量发展，结合我市实际，提出以下意见。")

    def numbered(h, t):
        n = len([x for x in ca if x.startswith(tuple("一二三四五六七八九"))])
        ca.append("一二三四五六七八九"[n] + "、" + h + t)
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)

    numbered("提升港口通道能级。", "加快推进钦州港东航道扩建、大榄坪南作业区自动化集装箱码头建设，2026年钦州港集装箱吞吐量力争达到1000万标准箱。加密钦州港至东盟国家主要港口航线，新开通至中东、南亚的远洋航线3条以上。")
    numbered("推进海铁联运扩量增效。", "依托西部陆海新通道，稳定开行钦州港至重庆、成都、昆明、贵阳等地的海铁联运班列，推广“一单制”“一箱到底”服务模式，2026年海铁联运班列开行量达到1.2万列。")
    numbered("深化对东盟贸易合作。", "发挥《区域全面经济伙伴关系协定》（RCEP）政策红利，支持企业扩大对东盟国家农产品、矿产品、机电产品进出口，2026年片区对东盟重点国别贸易目标如下：")
    cap = doc.add_paragraph()
    font(cap.add_run("表1　2026年钦州港片区对东盟重点国别贸易目标（单位：亿元）"), HT, 14)
    fmt(cap, align=C, indent=False, line=24, before=6)
    grid_table(doc, ["序号", "国别", "2025年完成", "2026年目标", "增长（%）"], [
        ["1", "越南", "86.4", "95.0", "10.0"],
        ["2", "泰国", "42.7", "47.0", "10.1"],
        ["3", "马来西亚", "38.2", "42.0", "9.9"],
        ["4", "印度尼西亚", "51.5", "57.0", "10.7"],
        ["5", "新加坡", "19.6", "22.0", "12.2"],
    ], ca, size=12)
    empty(doc, 1, line=12)
    numbered("优化跨境贸易营商环境。", "钦州港海关深化“两步申报”“船边直提”“抵港直装”改革，进口、出口整体通关时间分别压缩至20小时、1小时以内；规范港口收费，严格执行政府定价收费项目目录清单。")
    numbered("加强组织保障。", "市商务局会同市发展改革委、市交通运输局、市财政局、钦州港海关等单位建立跨境贸易工作协调机制，及时协调解决企业反映的困难和问题。")
    body(ca, "本意见自2026年5月1日起施行，有效期至2029年4月30日。")
    empty(doc, 1)
    for t in ["钦州市商务局", "2026年4月10日"]:
        p = add_par(doc, [("\t" + t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)

    # ----- document B (gazette runs on)
    empty(doc, 1)
    cb = []
    add_lines(doc, ["钦州市人民政府办公室关于转发自治区人民政府", "办公厅转发自治区商务厅加快发展面向东盟",
                    "跨境电子商务意见的通知"], size=20, line=32)
    add_par(doc, [("（钦政办发〔2026〕17号）", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，市直各委、办、局，钦州港经济技术开发区管委会：", indent=False)
    body(cb, "现将《广西壮族自治区人民政府办公厅转发自治区商务厅关于加快发展面向东盟跨境电子商务意见的通知》（桂政办发〔2026〕12号）转发给你们，并提出以下要求，请一并贯彻执行。")
    body(cb, "（一）各县、区人民政府要结合本地特色产业，培育一批面向东盟市场的跨境电商经营主体，灵山县、浦北县要重点推动荔枝、红椎菌、香料等特色农产品通过跨境电商拓展东盟市场。")
    body(cb, "（二）钦州港经济技术开发区管委会要依托钦州综合保税区，加快建设中国—东盟跨境电商监管中心，推动跨境电商“9610”“9710”“9810”“1210”业务全模式运作。")
    body(cb, "（三）市商务局要加强统筹协调和跟踪问效，每季度汇总全市跨境电商发展情况报市人民政府。")
    empty(doc, 1)
    p = add_par(doc, "附件：广西壮族自治区人民政府办公厅转发自治区商务厅关于加快发展面向东盟跨境电子商务意见的通知（略）")
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    empty(doc, 1)
    for t in ["钦州市人民政府办公室", "2026年5月9日"]:
        p = add_par(doc, [("\t" + t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), 2)
    add_par(doc, "（此件公开发布）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    common = dict(issuer=["钦州市人民政府办公室"], region="钦州市",
                  recipients=["各县、区人民政府", "市直各委、办、局", "钦州港经济技术开发区管委会"],
                  publicity="此件公开发布")
    expected[stem] = [
        {"meta": meta(
            title="钦州市人民政府办公室转发市商务局关于推进中国（广西）自由贸易试验区钦州港片区跨境贸易高质量发展意见的通知",
            doc_number="钦政办发〔2026〕14号", date="2026-04-22",
            effective="2026-05-01", expires="2029-04-30",
            repeals="《钦州市人民政府办公室转发市商务局关于促进钦州港片区外贸发展若干措施的通知》（钦政办发〔2023〕31号）",
            **common),
         "clauses": ca},
        {"meta": meta(
            title="钦州市人民政府办公室关于转发自治区人民政府办公厅转发自治区商务厅加快发展面向东盟跨境电子商务意见的通知",
            doc_number="钦政办发〔2026〕17号", date="2026-05-09",
            attachments=["广西壮族自治区人民政府办公厅转发自治区商务厅关于加快发展面向东盟跨境电子商务意见的通知"],
            **common),
         "clauses": cb},
    ]
    return path


def main():
    paths = [doc_jiaxing(), doc_yiwu(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
