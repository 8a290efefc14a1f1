# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 829: 自贸片区基础设施专项债券项目申报 (请示+申报表 / 实施方案+承诺书 / 联合申报通知).

Writes blind829_*.docx, the matching PDFs (LibreOffice) and expected.json
into the directory holding this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        nxt = [e for e in rpr if e.tag in (qn("w:kern"), qn("w:position"), qn("w:sz"), qn("w:szCs"))]
        if nxt:
            nxt[0].addprevious(w)
        else:
            rpr.append(w)
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


def add_par(doc, runs, pbb=False, **kw):
    """runs: str or list of (text, font, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
    if pbb:
        p.paragraph_format.page_break_before = True
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        after = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
        nxt = [e for e in ppr if e.tag in [qn(a) for a in after]]
        if nxt:
            nxt[0].addprevious(bdr)
        else:
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


def page_field(fp, size=14, left="— ", right=" —"):
    font(fp.add_run(left), SONG, size)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, size)


def setup(doc, footer=("— ", " —")):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, 14, *footer)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Fix the grid and every cell width (LibreOffice honours tblGrid)."""
    table.autofit = False
    tbl = table._tbl
    tw = [int(round(w * 567)) for w in widths_cm]
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    tblpr = tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is not None:
        tblw.set(qn("w:w"), str(sum(tw)))
        tblw.set(qn("w:type"), "dxa")
    for tr in tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(tw[col:col + span])
            old = tcpr.find(qn("w:tcW"))
            if old is not None:
                tcpr.remove(old)
            tcpr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), w)))
            col += span


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, FS, FS, FS))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_829", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# ============================================================ DOC A 郑州 请示
def doc_zhengzhou():
    stem = "blind829_zhengzhou_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    # 紧急程度 top left
    add_par(doc, [("特急", HT, 16, False)], indent=False, align=L)
    # red 版头, long organ name squeezed with character scaling
    add_par(doc, [("中国（河南）自由贸易试验区郑州片区管理委员会", XBS, 30, False, RED, 62)],
            align=C, indent=False, line=40, before=0)
    empty(doc, 1, line=20)
    # 文号 left, 签发人 right with a right tab stop (上行文)
    p = add_par(doc, [("郑自贸管文〔2026〕18号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘卫东", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=20)
    # title: three separate paragraphs, broken at odd places
    for t in ("中国（河南）自由贸易试验区郑州片区",
              "管理委员会关于申报2026年第二批新增",
              "地方政府专项债券项目的请示"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "郑州市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为加快补齐郑州片区跨境物流基础设施短板，根据省财政厅、省发展改革委关于2026年新增地方政府专项债券项目申报工作的要求，我委组织编制了郑州片区跨境电商多式联运物流基础设施项目专项债券申报材料，现请示如下：")
    head("一、项目基本情况")
    body("项目位于郑州经济技术开发区国际物流园区，规划用地约412亩，总建筑面积约26.8万平方米，建设跨境电商监管仓库、多式联运转运中心、冷链查验设施及配套基础设施。项目单位为郑州自贸投资发展有限公司，前期手续已办结，具备2026年5月开工条件。")
    head("二、投融资及收益平衡情况")
    body("项目估算总投资18.60亿元，其中资本金3.80亿元（占20.43%），拟申请新增专项债券13.00亿元（2026年8.00亿元、2027年5.00亿元），期限20年，市场化融资1.80亿元。经河南正衡会计师事务所有限公司测算，项目运营期净收益29.75亿元，债券应付本息19.37亿元，本息覆盖倍数1.54倍，能够实现收益与融资自求平衡。")
    head("三、请示事项")
    runin("（一）", "恳请市政府将本项目纳入2026年第二批新增专项债券项目储备并报省财政厅、省发展改革委审核，在额度分配时予以倾斜支持。")
    runin("（二）", "我委承诺申报材料真实、准确、完整，将督促项目单位按照“专款专用、封闭运行”要求使用债券资金，确保项目收益优先用于偿还专项债券本息。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    # 附件 list: second item aligned with typed full-width spaces
    atts = ["郑州片区跨境电商多式联运物流基础设施项目基本情况表",
            "项目资金来源表"]
    add_par(doc, "附件：1．" + atts[0])
    add_par(doc, "\u3000\u3000\u30002．" + atts[1])
    empty(doc, 1)
    for t in ("中国（河南）自由贸易试验区郑州片区管理委员会", "2026年4月9日"):
        p = add_par(doc, t, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(16 if len(t) > 12 else 64)
    add_par(doc, "（联系人：赵静；联系电话：0371-55321876）")

    # ---------------- 附件1 (vertically merged 类别 column)
    add_par(doc, [("附件1", HT, 16, False)], indent=False, pbb=True)
    add_par(doc, [("郑州片区跨境电商多式联运物流基础设施项目", XBS, 20, False)],
            align=C, indent=False, line=30)
    add_par(doc, [("基本情况表", XBS, 20, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=12)
    hdr = ["序号", "类别", "项目", "内容"]
    rows = [
        ["1", "基本信息", "项目名称", "郑州片区跨境电商多式联运物流基础设施项目"],
        ["2", "基本信息", "项目单位", "郑州自贸投资发展有限公司"],
        ["3", "基本信息", "主管部门", "中国（河南）自由贸易试验区郑州片区管理委员会"],
        ["4", "基本信息", "项目代码", "2511-410171-04-01-583926"],
        ["5", "基本信息", "建设地点", "河南省郑州市郑州经济技术开发区国际物流园区"],
        ["6", "基本信息", "建设内容及规模",
         "规划用地约412亩，总建筑面积约26.8万平方米，建设跨境电商监管仓库、多式联运转运中心、冷链查验设施及园区道路、给排水、供电等配套基础设施"],
        ["7", "基本信息", "建设期限", "2026年5月至2028年4月"],
        ["8", "基本信息", "专项债券投向领域", "市政和产业园区基础设施"],
        ["9", "投融资信息", "总投资（亿元）", "18.60"],
        ["10", "投融资信息", "项目资本金（亿元）", "3.80"],
        ["11", "投融资信息", "申请专项债券（亿元）", "13.00（2026年8.00，2027年5.00）"],
        ["12", "投融资信息", "债券期限及偿还方式", "20年，按年付息，到期一次性偿还本金"],
        ["13", "投融资信息", "本息覆盖倍数", "1.54"],
        ["14", "前期工作", "前期手续办理情况",
         "已取得项目备案、用地预审与选址意见书、建设工程规划许可证、环境影响报告表批复"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 3 else C, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    for a, b, label in ((1, 8, "基本信息"), (9, 13, "投融资信息"), (14, 14, "前期工作")):
        cell = t.cell(a, 1).merge(t.cell(b, 1)) if b > a else t.cell(a, 1)
        set_cell(cell, label, FS, 10.5, line=16)
        cell.vertical_alignment = 1
    col_widths(t, [1.4, 2.6, 4.0, 7.6])
    note = "注：项目代码为全国投资项目在线审批监管平台赋码。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    # ---------------- 附件2  (two-row merged header)
    add_par(doc, [("附件2", HT, 16, False)], indent=False, pbb=True)
    add_par(doc, [("项目资金来源表", XBS, 20, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=12)
    t = doc.add_table(rows=2 + 6, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0).merge(t.cell(1, 0)), "资金来源", HT, 12)
    set_cell(t.cell(0, 1).merge(t.cell(1, 1)), "金额合计（亿元）", HT, 12)
    set_cell(t.cell(0, 2).merge(t.cell(0, 4)), "分年度安排（亿元）", HT, 12)
    set_cell(t.cell(0, 5).merge(t.cell(1, 5)), "占总投资比例", HT, 12)
    for i, y in enumerate(("2026年", "2027年", "2028年")):
        set_cell(t.cell(1, 2 + i), y, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["资金来源", "金额合计（亿元）", "分年度安排（亿元）／2026年",
            "分年度安排（亿元）／2027年", "分年度安排（亿元）／2028年", "占总投资比例"]
    data = [
        ["项目资本金", "3.80", "2.00", "1.20", "0.60", "20.43%"],
        ["（1）财政预算安排", "2.50", "1.30", "0.80", "0.40", "13.44%"],
        ["（2）项目单位自有资金", "1.30", "0.70", "0.40", "0.20", "6.99%"],
        ["专项债券资金", "13.00", "8.00", "5.00", "—", "69.89%"],
        ["市场化融资", "1.80", "—", "0.60", "1.20", "9.68%"],
        ["合计", "18.60", "10.00", "6.80", "1.80", "100%"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12,
                     align=L if (ci == 0 and v.startswith("（")) else C)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(t, [4.6, 2.4, 2.0, 2.0, 2.0, 2.6])
    for n_ in ("注：1.项目资本金中财政预算安排资金已列入郑州片区2026—2028年财政中期规划。",
               "2.市场化融资拟通过银行项目贷款解决，不以专项债券对应的项目收益重复质押。"):
        clauses.append(n_)
        add_par(doc, [(n_, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：郑州市财政局，郑州市发展和改革委员会。",
          "郑州片区管理委员会综合办公室", "2026年4月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（河南）自由贸易试验区郑州片区管理委员会关于申报2026年第二批新增地方政府专项债券项目的请示",
            "doc_number": "郑自贸管文〔2026〕18号",
            "issuer": ["中国（河南）自由贸易试验区郑州片区管理委员会"],
            "date": "2026-04-09",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": atts,
            "doc_type": "请示",
            "recipients": ["郑州市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ===================================================== DOC B 钦州 实施方案 + 承诺书
def qinzhou_rows():
    rows = []
    for yr in range(2026, 2042):
        if yr < 2028:
            a = b = 0
        elif yr == 2028:
            a, b = 8300, 2400
        elif yr <= 2033:
            k = yr - 2029
            a, b = round(14200 * 1.04 ** k), round(4100 * 1.05 ** k)
        else:
            a = round(14200 * 1.04 ** 4 * 1.02 ** (yr - 2033))
            b = round(4100 * 1.05 ** 4 * 1.02 ** (yr - 2033))
        s = a + b
        cost = round(s * 0.32)
        net = s - cost
        pr = 60000 if yr == 2040 else (36000 if yr == 2041 else 0)
        it = 1380 if yr == 2026 else (828 if yr == 2041 else 2208)
        rows.append(["%d年" % yr] + [str(v) for v in (a, b, s, cost, net, pr, it, pr + it)])
    tot = [sum(int(r[i]) for r in rows) for i in range(1, 9)]
    rows.append(["合计"] + [str(v) for v in tot])
    return rows, tot


def doc_qinzhou():
    stem = "blind829_qinzhou_fangan"
    doc = Document()
    setup(doc, footer=("- ", " -"))
    clauses = []
    rows, tot = qinzhou_rows()
    cover_s = "%.2f" % (tot[4] / tot[7])
    assert tot[7] == 129120 and tot[6] == 33120

    # title, no 红头, broken over three paragraphs
    for t_ in ("中国（广西）自由贸易试验区钦州港片区",
               "大榄坪南作业区配套基础设施项目",
               "专项债券实施方案"):
        add_par(doc, [(t_, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=20)

    # indentation typed as two full-width spaces instead of first-line indent
    def body(t_):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)

    def head(t_):
        add_par(doc, [(IND + t_, HT, 16, False)], indent=False)

    def runin(h, t_):
        clauses.append(h + t_)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t_, FS, 16, False)], indent=False)

    body("为加快西部陆海新通道钦州港枢纽建设，补齐中国（广西）自由贸易试验区钦州港片区港口集疏运和冷链物流基础设施短板，制定本实施方案。")
    head("一、项目概况")
    runin("（一）项目单位。", "项目单位为钦州港片区开发投资集团有限公司，主管部门为中国（广西）自由贸易试验区钦州港片区管理委员会。")
    runin("（二）建设内容。", "项目位于钦州港大榄坪南作业区后方陆域，建设集装箱堆场32.6万平方米、冷链仓储及查验中心4.2万平方米、进港道路6.8公里及配套设施，建设期2年，计划2026年6月开工、2028年5月建成运营。")
    head("二、投资估算与资金筹措")
    body("项目总投资120138万元，其中：建筑安装工程费98460万元，工程建设其他费用12540万元，基本预备费5550万元，建设期利息3588万元。申请专项债券资金96000万元，期限15年，票面利率按2.30%测算，按年付息、到期一次还本。资金筹措情况见表1。")
    p = add_par(doc, [("表1　项目资金筹措表", HT, 14, False)], align=C, indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    hdr = ["资金来源", "金额（万元）", "占总投资比例", "备注"]
    data = [
        ["项目资本金", "24138", "20.09%", "片区财政资金14000万元，项目单位自有资金10138万元"],
        ["专项债券资金", "96000", "79.91%", "2026年60000万元，2027年36000万元"],
        ["合计", "120138", "100.00%", "—"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 3 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [3.0, 3.0, 3.2, 6.4])

    head("三、项目收益与融资平衡测算")
    # soft line break (Shift+Enter) inside one paragraph holding two items
    i1 = "1.收入测算依据。堆场及仓储收入参照钦州港现行收费标准，按运营首年（2028年，运营7个月）利用率55%、2029年起利用率75%测算；冷链查验服务收入参照广西北部湾港现行收费标准测算。"
    i2 = "2.成本测算依据。运营成本及税费包括人工、水电、维修养护、保险、管理费用及税金附加等，按当年收入的32%计列。"
    p = doc.add_paragraph()
    font(p.add_run(IND + i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i1, i2])
    body("3.测算结果。经广西中衡会计师事务所有限公司测算，项目运营期内可实现收入%d万元，扣除运营成本及税费%d万元后，可用于资金平衡的净收益合计%d万元；专项债券存续期内还本付息合计%d万元，本息覆盖倍数为%s倍，可以实现项目收益与融资自求平衡。分年度测算情况见表2。"
         % (tot[2], tot[3], tot[4], tot[7], cover_s))

    keys = ["年度", "项目收入／堆场及仓储收入", "项目收入／冷链查验服务收入", "项目收入／小计",
            "运营成本及税费", "可用于资金平衡的净收益", "专项债券还本付息／还本",
            "专项债券还本付息／付息", "专项债券还本付息／小计"]

    def calc_table(part):
        t = doc.add_table(rows=2 + len(part), cols=9)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in ((0, "年度"), (4, "运营成本及税费"), (5, "可用于资金平衡的净收益")):
            c = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(c, h, HT, 10.5, line=14)
            c.vertical_alignment = 1
        set_cell(t.cell(0, 1).merge(t.cell(0, 3)), "项目收入", HT, 10.5, line=14)
        set_cell(t.cell(0, 6).merge(t.cell(0, 8)), "专项债券还本付息", HT, 10.5, line=14)
        for ci, h in zip((1, 2, 3, 6, 7, 8),
                         ("堆场及仓储收入", "冷链查验服务收入", "小计", "还本", "付息", "小计")):
            set_cell(t.cell(1, ci), h, HT, 10.5, line=14)
        for ri, row in enumerate(part, 2):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 10.5, line=15)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
        col_widths(t, [1.8, 1.9, 1.7, 1.8, 1.7, 1.9, 1.6, 1.4, 1.8])
        # narrow cell margins so six-digit figures stay on one line
        mar = parse_xml(
            '<w:tblCellMar %s><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            % nsdecls("w"))
        look = t._tbl.tblPr.find(qn("w:tblLook"))
        if look is not None:
            look.addprevious(mar)
        else:
            t._tbl.tblPr.append(mar)
        return t

    # measuring table typed in two pieces with a manual 续表 on a new page
    add_par(doc, [("表2　项目收益与融资平衡测算表(单位:万元)", HT, 14, False)], align=C,
            indent=False, line=24, pbb=True)
    calc_table(rows[:11])
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22, pbb=True)
    calc_table(rows[11:])
    for n_ in ("注：1.建设期（2026—2027年）专项债券利息3588万元已计入项目总投资，由项目资本金支付，不占用运营期收益。",
               "2.2026年发行部分于2040年到期、2027年发行部分于2041年到期，到期一次偿还本金。"):
        clauses.append(n_)
        add_par(doc, [(n_, FS, 12, False)], indent=False, line=18, before=2)

    head("四、风险分析及应对措施")
    runin("（一）收入不及预期风险。", "项目单位与北部湾港务集团、主要班轮公司签订堆场使用框架协议，锁定基础业务量；片区管委会统筹港口物流扶持资金，支持项目培育冷链货源。")
    runin("（二）偿债风险。", "项目单位开设债券资金专户和项目收入专户，实行收支封闭管理，按年计提偿债准备金，确保债券到期本息足额偿还。")
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, "\u3000" * 3 + "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月十六日", indent=False)

    meta_a = {
        "title": "中国（广西）自由贸易试验区钦州港片区大榄坪南作业区配套基础设施项目专项债券实施方案",
        "doc_number": None,
        "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
        "date": "2026-03-16",
        "published": None,
        "level": "municipal",
        "region": "钦州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    clauses_a = clauses

    # ---------------- second document: 承诺书 on a new page
    clauses = []
    add_par(doc, [("大榄坪南作业区配套基础设施项目", XBS, 22, False)], align=C, indent=False,
            line=34, pbb=True)
    add_par(doc, [("专项债券申报承诺书", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "钦州市财政局：", indent=False)
    body("我委作为中国（广西）自由贸易试验区钦州港片区大榄坪南作业区配套基础设施项目的主管部门，对该项目申报2026年新增地方政府专项债券有关事项作出如下承诺：")
    for t_ in (
        "一、项目实施方案、收益与融资平衡测算、财务评价报告和法律意见书等申报材料真实、准确、完整，所依据的收费标准、利用率等参数合理审慎。",
        "二、项目资本金24138万元来源合法、足额到位，不以债务性资金作为项目资本金。",
        "三、督促项目单位严格按照批准用途使用专项债券资金，不用于经常性支出和偿还存量债务。",
        "四、项目专项收入纳入项目收入专户管理，优先用于偿还专项债券本息；如项目收益暂时不足，由我委统筹片区可用财力予以保障。",
    ):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)
    body("以上承诺如有违反，我委愿意承担由此产生的一切责任。")
    empty(doc, 1)
    for t_ in ("主管部门（盖章）", "中国（广西）自由贸易试验区钦州港片区管理委员会", "2026年3月16日"):
        p = add_par(doc, [("\t", FS, 16, False), (t_, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)  # right tab

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta_a, "clauses": clauses_a},
        {"meta": {
            "title": "大榄坪南作业区配套基础设施项目专项债券申报承诺书",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "承诺书",
            "recipients": ["钦州市财政局"],
            "publicity": None,
            "repeals": None,
        }, "clauses": clauses},
    ]
    return path


# ====================================================== DOC C 福建 联合通知
def doc_fujian():
    stem = "blind829_fujian_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    n_a = make_numbering(doc, "（%1）")
    n_b = make_numbering(doc, "（%1）")

    # joint 版头: borderless layout table, two organ names left, 文件 right (merged)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, name in enumerate(("福建省财政厅", "福建省发展和改革委员会")):
        cell = t.cell(ri, 0)
        cell.text = ""
        p = cell.paragraphs[0]
        font(p.add_run(name), XBS, 30, False, RED, 80)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(42)
    cell = t.cell(0, 1).merge(t.cell(1, 1))
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run("文件"), XBS, 40, False, RED)
    p.alignment = C
    cell.vertical_alignment = 1  # center
    col_widths(t, [11.6, 3.8])
    empty(doc, 1)
    p = add_par(doc, "闽财债〔2026〕6号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=20)
    for t_ in ("福建省财政厅 福建省发展和改革委员会",
               "关于组织申报2026年自贸试验区基础设施",
               "领域专项债券项目的通知"):
        add_par(doc, [(t_, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "福州市、厦门市财政局、发展改革委，平潭综合实验区财政金融局、经济发展局：", indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, t_)

    def head(t_):
        add_par(doc, [(t_, HT, 16, False)])

    def auto(nid, idx, h, t_):
        # Word automatic （一） numbering: the number is rendered, not typed
        clauses.append("（%s）%s%s" % (CN[idx], h, t_))
        p = add_par(doc, [(h, KT, 16, False), (t_, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)

    body("为落实自由贸易试验区提升战略，支持中国（福建）自由贸易试验区福州、厦门、平潭三个片区加快补齐基础设施短板，现就组织申报2026年自贸试验区基础设施领域专项债券项目有关事项通知如下：")
    head("一、申报范围")
    auto(n_a, 0, "支持领域。", "重点支持片区内港口集疏运、多式联运、保税物流、冷链物流、跨境电商监管场所及产业园区基础设施，优先支持服务“丝路海运”和21世纪海上丝绸之路核心区建设的项目。")
    auto(n_a, 1, "负面清单。", "不得申报楼堂馆所、形象工程、房地产开发和一般性竞争性产业项目，不得将专项债券资金用于置换存量债务和经常性支出。")
    head("二、申报条件")
    for t_ in ("1．项目已纳入国家重大建设项目库，原则上年内开工。",
               "2．本息覆盖倍数原则上不低于1.2倍。",
               "3．资本金比例符合规定，不新增隐性债务。"):
        body(t_)
    head("三、申报材料及时间")
    body("各片区报送专项债券项目申报表（含项目基本情况表、资金来源表）、项目实施方案、收益与融资自求平衡测算表、财务评价报告、法律意见书及项目单位和主管部门承诺书等材料（清单见附件），经设区市财政、发展改革部门联合审核后，于2026年3月20日前报送省财政厅。")
    body("申报项目所需债券资金总额原则上不超过本地区指导额度的1.5倍。各片区指导额度如下：")
    add_par(doc, [("2026年各片区专项债券项目指导额度表（单位：亿元）", HT, 14, False)],
            align=C, indent=False, line=24)
    t = doc.add_table(rows=2 + 4, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in ((0, "设区市（实验区）"), (1, "片区"), (5, "备注")):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, 12)
        c.vertical_alignment = 1
    set_cell(t.cell(0, 2).merge(t.cell(0, 4)), "指导额度", HT, 12)
    for i, h in enumerate(("小计", "第一批", "第二批")):
        set_cell(t.cell(1, 2 + i), h, HT, 12)
    keys = ["设区市（实验区）", "片区", "指导额度／小计", "指导额度／第一批",
            "指导额度／第二批", "备注"]
    data = [
        ["福州市", "福州片区", "32.0", "20.0", "12.0", "含江阴港区集疏运项目"],
        ["厦门市", "厦门片区", "28.0", "18.0", "10.0", "含海沧港区冷链物流项目"],
        ["平潭综合实验区", "平潭片区", "15.0", "9.0", "6.0", "—"],
        ["合计", "3个片区", "75.0", "47.0", "28.0", "—"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(t, [3.6, 2.2, 1.8, 1.8, 1.8, 4.4])
    head("四、工作要求")
    auto(n_b, 0, "压实主体责任。", "项目主管部门和项目单位对申报材料的真实性、合规性负责，不得“带病”申报。")
    auto(n_b, 1, "严肃财经纪律。", "对弄虚作假、虚增项目收益的，一经查实，相应扣减下一年度专项债券额度，并按规定追究责任。")
    empty(doc, 1)
    atts = ["自贸试验区基础设施领域专项债券项目申报材料清单"]
    add_par(doc, "附件：" + atts[0])
    empty(doc, 2)
    # two 落款 organs on one line, spaced with typed blanks
    add_par(doc, "  福建省财政厅" + "\u3000" * 5 + "福建省发展和改革委员会", indent=True)
    add_par(doc, "\u3000" * 16 + "2026年3月2日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件
    add_par(doc, [("附件", HT, 16, False)], indent=False, pbb=True)
    add_par(doc, [("自贸试验区基础设施领域专项债券项目", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("申报材料清单", XBS, 20, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=12)
    hdr = ["序号", "材料名称", "主要内容及要求", "出具单位"]
    data = [
        ["1", "专项债券项目申报表", "包括项目基本情况表、资金来源表，须填写项目代码、建设内容、总投资、资本金及债券需求等信息", "项目单位"],
        ["2", "项目实施方案", "包括项目概况、投资估算与资金筹措、收益与融资平衡测算、风险分析及应对措施等", "项目单位、主管部门"],
        ["3", "收益与融资自求平衡测算表", "分年度测算项目收入、运营成本、债券还本付息，计算本息覆盖倍数", "第三方机构"],
        ["4", "财务评价报告", "对项目收益预测依据、测算方法和结论合理性出具意见", "会计师事务所"],
        ["5", "法律意见书", "对项目合法合规性、前期手续完备性出具意见", "律师事务所"],
        ["6", "承诺书", "对申报材料真实性、完整性、合规性及债券资金使用管理作出承诺", "项目单位、主管部门"],
        ["7", "前期手续文件", "立项（备案）、用地、规划、环评等批复文件复印件", "项目单位"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 2 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.2, 3.6, 7.8, 3.0])
    note = "注：以上材料须加盖出具单位公章，第2至第6项同时报送电子版（PDF格式）。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    banji(doc, "抄送：财政部福建监管局，省人民政府办公厅，中国（福建）自由贸易试验区工作领导小组办公室。",
          "福建省财政厅办公室", "2026年3月2日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省财政厅 福建省发展和改革委员会关于组织申报2026年自贸试验区基础设施领域专项债券项目的通知",
            "doc_number": "闽财债〔2026〕6号",
            "issuer": ["福建省财政厅", "福建省发展和改革委员会"],
            "date": "2026-03-02",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": atts,
            "doc_type": "通知",
            "recipients": ["福州市财政局", "福州市发展改革委", "厦门市财政局", "厦门市发展改革委",
                           "平潭综合实验区财政金融局", "平潭综合实验区经济发展局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhengzhou(), doc_qinzhou(), doc_fujian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
