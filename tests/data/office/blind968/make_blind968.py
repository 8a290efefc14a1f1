# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 968: 商务局专项资金绩效自评报告 + 财政局绩效评价结果通报 (Word + PDF + expected.json)."""
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
IND = "\u3000\u3000"
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

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


def page_field(fp, size=14, left="— ", right=" —"):
    font(fp.add_run(left), SONG, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(right), SONG, size)


def setup(doc, left="— ", right=" —", footer_align=C):
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
    fp.alignment = footer_align
    page_field(fp, 14, left, right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    tw.set(qn("w:type"), "dxa")
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    look = tblpr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(lay)
    else:
        tblpr.append(lay)
    for tr in tbl.tr_lst:
        for i, tc in enumerate(tr.tc_lst):
            span = tc.grid_span
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            col = _grid_index(tr, tc)
            w = sum(widths_cm[col:col + span])
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


def _grid_index(tr, tc):
    idx = 0
    for other in tr.tc_lst:
        if other is tc:
            return idx
        idx += other.grid_span
    return idx


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, lines):
    """版记: lines of (left_text, right_text_or_None), first gets top rule, last bottom."""
    empty(doc, 2)
    for i, (lt, rt) in enumerate(lines):
        runs = [(lt, FS, 14, False)]
        if rt:
            runs += [("\t", FS, 14, False), (rt, FS, 14, False)]
        p = add_par(doc, runs, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 8 if i == len(lines) - 1 else 4, 4)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


# Word automatic numbering -------------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
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
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, FS, FS, FS))
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


CN = "一二三四五六七八九十"


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_968", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ DOC A
# 厦门市商务局 绩效自评报告（上行文, 红头, 签发人, 合并单元格绩效目标表, 附件另页）
def doc_xiamen_ziping():
    stem = "blind968_xm_ziping"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门市商务局文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, [("厦商务〔2026〕27号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("林志强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in two paragraphs, broken at an odd place
    add_par(doc, [("厦门市商务局关于2025年度“一带一路”经贸", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("合作发展专项资金绩效自评情况的报告", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "市财政局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《厦门市财政局关于开展2025年度市级财政专项资金绩效自评工作的通知》（厦财绩〔2026〕2号）要求，我局对2025年度“一带一路”经贸合作发展专项资金开展了绩效自评。现将有关情况报告如下：")
    head("一、项目基本情况")
    runin("（一）项目概况。", "根据《厦门市“一带一路”经贸合作发展专项资金管理办法》（厦商务规〔2023〕4号），市级财政设立该专项资金，主要用于支持企业参加境外展会、开展境外投资合作、建设海外仓以及“丝路海运”航线发展等。")
    runin("（二）资金安排及使用情况。", "2025年度专项资金年初预算5000万元，年中追加预算800万元，调整后预算5800万元；全年实际支出5512.36万元，预算执行率95.04%。专项资金共支持项目236个，惠及企业189家，分方向支出情况详见附件。")
    head("二、绩效目标完成情况")
    body("经自评，该项目2025年度绩效自评得分为94.5分，评价等级为“优”。各项绩效指标完成情况如下：")
    add_par(doc, [("表1　2025年度“一带一路”经贸合作发展专项资金绩效目标完成情况", HT, 14, False)],
            align=C, indent=False, line=26, before=6)

    header = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    rows = [
        ["预算执行", "资金执行", "预算执行率", "100%", "95.04%", "10", "9.5"],
        ["产出指标", "数量指标", "支持企业参加境外重点展会场次", "≥60场次", "68场次", "10", "10"],
        ["产出指标", "数量指标", "新增海外仓数量", "≥5个", "4个", "10", "8"],
        ["产出指标", "数量指标", "新增“丝路海运”航线", "≥3条", "5条", "10", "10"],
        ["产出指标", "质量指标", "项目验收合格率", "≥95%", "97.8%", "5", "5"],
        ["产出指标", "时效指标", "资金拨付及时率", "100%", "92.5%", "10", "8.5"],
        ["产出指标", "成本指标", "单个标准展位补助标准", "≤3万元/个", "2.6万元/个", "5", "5"],
        ["效益指标", "经济效益指标", "对共建“一带一路”国家进出口额增长率", "≥5%", "7.3%", "10", "10"],
        ["效益指标", "经济效益指标", "境外展会现场意向成交额", "≥8亿美元", "9.26亿美元", "5", "5"],
        ["效益指标", "社会效益指标", "新开拓共建“一带一路”国家市场企业数", "≥150家", "171家", "10", "10"],
        ["效益指标", "可持续影响指标", "海外仓年度仓储利用率", "≥70%", "64.8%", "5", "3.5"],
        ["满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%", "92.4%", "10", "10"],
        ["合计", "—", "—", "—", "—", "100", "94.5"],
    ]
    assert abs(sum(float(r[6]) for r in rows[:-1]) - 94.5) < 1e-9
    assert sum(int(r[5]) for r in rows[:-1]) == 100
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=L if ci == 2 else C, line=14)
        clauses.append(row_clause(header, row))
    # vertical merges (一级 / 二级 columns), text re-set on the top cell
    for col, r0, r1 in [(0, 2, 7), (1, 2, 4), (0, 8, 11), (1, 8, 9)]:
        top = t.cell(r0, col)
        top.merge(t.cell(r1, col))
        set_cell(t.cell(r0, col), rows[r0 - 1][col], FS, 10.5, line=14)
    col_widths(t, [2.1, 2.6, 4.2, 2.0, 2.2, 1.1, 1.3])

    head("三、存在问题")
    runin("（一）部分项目资金拨付不够及时。", "受申报材料补正等因素影响，全年有17个项目验收后超过30个工作日才完成拨付。")
    runin("（二）海外仓建设进度滞后于预期。", "受外资审查趋严影响，原计划在沙特阿拉伯新建的海外仓未能按期投入运营。")
    runin("（三）部分绩效指标设置不够科学。", "“海外仓年度仓储利用率”等指标值设定偏高；部分效益指标以企业自报数据为主，核实手段不足。")
    head("四、改进措施")
    runin("（一）加快资金拨付进度。", "优化申报审核流程，推行“免申即享”，对已验收项目在20个工作日内完成资金拨付。")
    runin("（二）强化项目跟踪管理。", "建立海外仓等重点项目季度调度机制，对连续两年未完成建设任务的项目，按规定收回补助资金。")
    runin("（三）完善指标体系和结果应用。", "科学设置2026年度绩效目标，将自评结果作为资金分配的重要依据，对成效明显的方向加大支持力度。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    # 附件 line with hanging indent
    p = add_par(doc, "附件：2025年度“一带一路”经贸合作发展专项资金支出明细表", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    p = add_par(doc, "厦门市商务局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（联系人：陈晓蕾，联系电话：0592-2855316）")

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2025年度“一带一路”经贸合作发展专项资金", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("支出明细表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    h2 = ["支持方向", "支持项目数（个）", "预算金额（万元）", "实际支出（万元）", "预算执行率"]
    r2 = [
        ["境外展会", "112", "1850.00", "1796.42", "97.10%"],
        ["境外投资合作", "38", "1200.00", "1103.58", "91.97%"],
        ["海外仓建设", "12", "1100.00", "986.20", "89.65%"],
        ["“丝路海运”航线及中欧（厦门）班列", "41", "1300.00", "1289.16", "99.17%"],
        ["贸易促进及公共服务", "33", "350.00", "337.00", "96.29%"],
        ["合计", "236", "5800.00", "5512.36", "95.04%"],
    ]
    t2 = doc.add_table(rows=1 + len(r2), cols=len(h2))
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h2):
        set_cell(t2.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(r2, 1):
        for ci, v in enumerate(row):
            set_cell(t2.rows[ri].cells[ci], v, FS, 12, bold=(ri == len(r2)))
        clauses.append(row_clause(h2, row))
    col_widths(t2, [5.2, 2.6, 2.6, 2.6, 2.4])
    p = add_par(doc, [("注：实际支出数据截至2025年12月31日，以国库集中支付系统数据为准。", FS, 12, False)],
                indent=False, line=22, before=4)
    clauses.append("注：实际支出数据截至2025年12月31日，以国库集中支付系统数据为准。")

    banji(doc, [("厦门市商务局办公室", "2026年3月16日印发")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市商务局关于2025年度“一带一路”经贸合作发展专项资金绩效自评情况的报告",
            "doc_number": "厦商务〔2026〕27号",
            "issuer": ["厦门市商务局"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度“一带一路”经贸合作发展专项资金支出明细表"],
            "doc_type": "报告",
            "recipients": ["市财政局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ================================================================ DOC B
# 厦门市财政局 绩效评价结果通报（红头, 自动编号, 手工拆分续表, 表注软回车, 主动公开, 版记）
def doc_xiamen_tongbao():
    stem = "blind968_xm_tongbao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("厦门市财政局文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=30)
    empty(doc, 2)
    p = add_par(doc, "厦财绩〔2026〕9号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("厦门市财政局关于2025年度市级财政专项"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("资金绩效评价结果的通报"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "市直各有关部门（单位）：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    cnt = [0]

    def item(h, t, restart=False):
        nonlocal n_item
        if restart:
            n_item = make_numbering(doc, "（%1）")
            cnt[0] = 0
        cnt[0] += 1
        clauses.append("（%s）%s%s" % (CN[cnt[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("为全面实施预算绩效管理，提高财政资金使用效益，根据《中华人民共和国预算法》及其实施条例、《厦门市市级预算绩效管理办法》等规定，我局在各部门（单位）开展绩效自评的基础上，委托第三方机构对2025年度8项市级财政专项资金开展了重点绩效评价。现将评价结果通报如下：")
    head("一、评价基本情况")
    body("本次重点绩效评价围绕专项资金的决策、过程、产出和效益四个方面，采取资料核查、现场勘验、问卷调查、数据比对等方式进行，共抽查项目312个，涉及资金4.86亿元，发放调查问卷2150份，回收有效问卷2037份。评价结果分为“优”（90分（含）以上）、“良”（80分（含）—90分）、“中”（60分（含）—80分）、“差”（60分以下）四个等级。")
    head("二、评价结果")
    item("总体情况。", "8项专项资金重点评价平均得分85.3分，其中评价等级为“优”的3项，“良”的3项，“中”的2项，无评价等级为“差”的专项资金。具体评价结果见下表。")
    item("主要成效。", "多数专项资金实现了预期绩效目标，资金使用效益总体较好。“一带一路”经贸合作发展专项资金支持企业参加境外重点展会68场次，带动全市对共建“一带一路”国家进出口额增长7.3%；“丝路海运”港口发展专项资金支持新增“丝路海运”命名航线5条，厦门港集装箱吞吐量同比增长4.8%。")

    add_par(doc, [("2025年度市级财政专项资金重点绩效评价结果汇总表", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    add_par(doc, [("单位：万元、分", FS, 12, False)], align=R, indent=False, line=20)
    header = ["序号", "主管部门", "专项资金名称", "预算金额", "部门自评得分", "重点评价得分", "评价等级"]
    rows = [
        ["1", "厦门市商务局", "“一带一路”经贸合作发展专项资金", "5800", "94.5", "91.2", "优"],
        ["2", "厦门市工业和信息化局", "工业企业技术改造专项资金", "12000", "92.0", "88.4", "良"],
        ["3", "厦门市科学技术局", "科技创新引导专项资金", "9500", "95.0", "92.6", "优"],
        ["4", "厦门港口管理局", "“丝路海运”港口发展专项资金", "6200", "93.8", "90.5", "优"],
        ["5", "厦门市交通运输局", "中欧（厦门）班列运营补贴资金", "4300", "90.5", "84.7", "良"],
        ["6", "厦门市农业农村局", "农业产业化龙头企业扶持资金", "3600", "88.0", "76.3", "中"],
        ["7", "厦门市文化和旅游局", "文旅产业发展专项资金", "4500", "91.0", "83.5", "良"],
        ["8", "厦门市人力资源和社会保障局", "就业创业补助资金", "2700", "89.5", "75.2", "中"],
        ["合计", "—", "—", "48600", "—", "—", "—"],
    ]
    assert sum(int(r[3]) for r in rows[:-1]) == 48600
    assert abs(sum(float(r[5]) for r in rows[:-1]) / 8 - 85.3) < 1e-9
    widths = [1.1, 3.3, 4.4, 1.7, 1.7, 1.8, 1.4]

    def part(rs):
        t = doc.add_table(rows=1 + len(rs), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 11)
        for ri, row in enumerate(rs, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 11, align=L if ci == 2 else C)
            clauses.append(row_clause(header, row))
        col_widths(t, widths)
        return t

    part(rows[:5])
    # clerk split the table by hand and typed 续表 on the next page
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    part(rows[5:])
    # table notes: one paragraph, items separated by manual line breaks
    n1 = "注：1.部门自评得分为各主管部门报送的绩效自评得分，重点评价得分为第三方机构复核评价得分。"
    n2 = "2.评价等级按重点评价得分确定；预算金额为2025年度调整后预算数。"
    p = doc.add_paragraph()
    font(p.add_run(n1), FS, 12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + n2), FS, 12)
    fmt(p, indent=False, line=20, before=4)
    clauses.extend([n1, n2])

    head("三、评价发现的主要问题")
    item("绩效目标设置不够精准。", "部分部门绩效目标与预算资金规模、工作任务不够匹配，如农业产业化龙头企业扶持资金“带动农户增收”指标未设定量化目标值。", restart=True)
    item("部门自评质量有待提高。", "8项专项资金部门自评得分与重点评价得分平均相差6.5分，其中就业创业补助资金相差14.3分，部分部门自评存在“重打分、轻分析”问题，对未完成指标的原因分析不够深入。")
    item("部分资金支出进度偏慢。", "个别专项资金存在“前松后紧”现象，四季度支出占比超过50%。")
    head("四、有关要求")
    item("抓好问题整改。", "各有关部门（单位）要对照评价报告反馈的问题，认真研究制定整改措施，于2026年6月30日前将整改情况书面报送市财政局。", restart=True)
    item("强化结果应用。", "评价结果将作为2027年度预算安排、政策调整和改进管理的重要依据。对评价等级为“优”的专项资金，在编制2027年度预算时予以优先保障；对评价等级为“中”的专项资金，原则上按不低于10%的比例压减预算规模；对评价等级为“差”的专项资金，原则上予以取消或大幅压减。")
    item("推进信息公开。", "各主管部门要按规定将本部门专项资金绩效评价结果随部门决算向社会公开，主动接受社会监督。")
    empty(doc, 1)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 42 + "厦门市财政局", indent=False)
    add_par(doc, " " * 40 + "2026年5月20日", indent=False)
    add_par(doc, "（此件主动公开）")
    banji(doc, [("抄送：市人民政府办公厅，市人大常委会预算工作委员会，市审计局。", None),
                ("厦门市财政局办公室", "2026年5月21日印发")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市财政局关于2025年度市级财政专项资金绩效评价结果的通报",
            "doc_number": "厦财绩〔2026〕9号",
            "issuer": ["厦门市财政局"],
            "date": "2026-05-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["市直各有关部门（单位）"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ================================================================ DOC C
# 宁波市商务局 网站公开版自评报告（无红头无文号, 发布日期行, 三行标题软回车, 全角空格缩进,
# 两级合并表头, 半角"1."与全角"（1）"混用, 中文数字日期）
def doc_ningbo():
    stem = "blind968_nb_ziping"
    doc = Document()
    setup(doc, left="- ", right=" -", footer_align=C)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t, name=HT):
        p = add_par(doc, [(IND + t, name, 16, False)], indent=False)
        p.paragraph_format.keep_with_next = True

    p = doc.add_paragraph()
    font(p.add_run("宁波市商务局2025年度中国—中东欧"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("国家经贸合作示范区建设专项资金项目"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("支出绩效自评报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, before=12)
    add_par(doc, [("发布日期：2026-04-08", KT, 14, False), ("\t", KT, 14, False),
                  ("来源：宁波市商务局", KT, 14, False)], indent=False, align=C, line=24)
    empty(doc, 1)

    head("一、基本情况")
    head("（一）项目概况", KT)
    body("中国—中东欧国家经贸合作示范区建设专项资金（以下简称“专项资金”）是市级财政为推进中国—中东欧国家经贸合作示范区建设、深化与共建“一带一路”国家经贸合作而设立的专项资金，由市商务局负责归口管理，市财政局负责资金安排和监督。2025年度专项资金主要用于支持中东欧商品进口贸易促进、中国—中东欧国家博览会招商招展、中东欧商品常年馆运营及对中东欧国家投资合作等方面。")
    head("（二）资金投入和使用情况", KT)
    body("2025年度专项资金预算3000万元，实际支出2874.5万元，预算执行率95.82%。其中：")
    # four items typed in one paragraph with Shift+Enter
    its = ["1.中东欧商品进口贸易促进1260万元；",
           "2.中国—中东欧国家博览会招商招展890万元；",
           "3.中东欧商品常年馆运营补助456.5万元；",
           "4.对中东欧国家投资合作奖励268万元。"]
    p = doc.add_paragraph()
    for i, s in enumerate(its):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + s), FS, 16)
    fmt(p, indent=False)
    clauses.extend(its)

    head("二、绩效目标及完成情况")
    clauses.append("（一）总体目标完成情况。2025年，全市与中东欧国家进出口额达到512.6亿元，同比增长9.4%，其中自中东欧国家进口额86.3亿元，同比增长15.2%；中国—中东欧国家博览会期间达成意向采购额108.6亿元，中东欧商品常年馆累计引进中东欧商品5280种，示范区对中东欧国家经贸合作的辐射带动作用进一步增强。")
    add_par(doc, [(IND + "（一）总体目标完成情况。", KT, 16, False),
                  ("2025年，全市与中东欧国家进出口额达到512.6亿元，同比增长9.4%，其中自中东欧国家进口额86.3亿元，同比增长15.2%；中国—中东欧国家博览会期间达成意向采购额108.6亿元，中东欧商品常年馆累计引进中东欧商品5280种，示范区对中东欧国家经贸合作的辐射带动作用进一步增强。", FS, 16, False)],
            indent=False)
    clauses.append("（二）绩效指标完成情况。经自评，专项资金2025年度绩效自评得分92.3分，评价等级为“优”。具体如下：")
    add_par(doc, [(IND + "（二）绩效指标完成情况。", KT, 16, False),
                  ("经自评，专项资金2025年度绩效自评得分92.3分，评价等级为“优”。具体如下：", FS, 16, False)],
            indent=False)

    # two-level header
    top = ["一级指标", "二级指标", "三级指标", "指标值", "指标值", "分值", "得分", "偏差原因分析"]
    sub = ["", "", "", "年度指标值", "实际完成值", "", "", ""]
    keys = ["一级指标", "二级指标", "三级指标", "指标值／年度指标值", "指标值／实际完成值",
            "分值", "得分", "偏差原因分析"]
    rows = [
        ["产出指标", "数量指标", "支持中东欧商品进口企业数", "≥80家", "93家", "10", "10", "—"],
        ["产出指标", "数量指标", "博览会中东欧国家参展企业数", "≥400家", "436家", "10", "10", "—"],
        ["产出指标", "质量指标", "常年馆中东欧商品品类数", "≥5000种", "5280种", "10", "10", "—"],
        ["产出指标", "时效指标", "资金兑付完成时间", "2025年12月底前", "2026年1月中旬", "10", "7", "部分项目验收材料补正时间较长"],
        ["产出指标", "成本指标", "标准展位补助标准", "≤6000元/个", "6000元/个", "10", "10", "—"],
        ["效益指标", "经济效益指标", "自中东欧国家进口额增长率", "≥10%", "15.2%", "10", "10", "—"],
        ["效益指标", "经济效益指标", "博览会意向采购额", "≥120亿元", "108.6亿元", "10", "7.8", "部分采购商意向转为后续分批签约"],
        ["效益指标", "社会效益指标", "中东欧国家来甬经贸团组数", "≥60批次", "72批次", "10", "10", "—"],
        ["效益指标", "可持续影响指标", "在中东欧国家设立境外投资企业数", "≥8家", "6家", "10", "7.5", "受地缘政治等因素影响，部分项目推迟"],
        ["满意度指标", "服务对象满意度指标", "参展参会企业满意度", "≥90%", "93.1%", "10", "10", "—"],
    ]
    assert abs(sum(float(r[6]) for r in rows) - 92.3) < 1e-9
    t = doc.add_table(rows=2 + len(rows), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(8):
        set_cell(t.rows[0].cells[i], top[i], HT, 10.5)
        set_cell(t.rows[1].cells[i], sub[i], HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci in (2, 7) else C)
        clauses.append(row_clause(keys, row))
    # header merges
    for c in (0, 1, 2, 5, 6, 7):
        t.cell(0, c).merge(t.cell(1, c))
        set_cell(t.cell(0, c), top[c], HT, 10.5)
    t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(t.cell(0, 3), "指标值", HT, 10.5)
    # body vertical merges
    for col, r0, r1 in [(0, 2, 6), (1, 2, 3), (0, 7, 10), (1, 7, 8)]:
        t.cell(r0, col).merge(t.cell(r1, col))
        set_cell(t.cell(r0, col), rows[r0 - 2][col], FS, 10.5)
    col_widths(t, [1.8, 2.0, 3.0, 1.9, 1.9, 0.9, 1.0, 3.1])

    empty(doc, 1, line=14)
    head("三、存在的问题")
    body("1.部分效益指标未达预期。受国际市场需求不振、部分中东欧国家经贸政策调整等因素影响，博览会意向采购额、在中东欧国家设立境外投资企业数2项指标未完成年度目标。")
    body("2.资金兑付时效有待提升。部分项目申报材料不规范，需多次补正，导致资金兑付完成时间晚于预期。")
    body("3.绩效运行监控不够到位。对项目实施过程中的绩效运行情况跟踪不够及时，偏差发现和纠正相对滞后。")
    head("四、改进措施及结果应用")
    body("1.优化资金支持方向。聚焦中东欧商品进口和双向投资合作，调整资金支持重点：")
    body("（1）加大对中东欧特色商品进口分拨中心、跨境电商进口平台的支持力度，推动中东欧商品进口规模持续扩大；")
    body("（2）对博览会招商招展实行“以效定补”，将补助资金与意向采购额、实际成交额挂钩。")
    body("2.加快资金兑付进度。简化申报材料，推行专项资金网上申报和线上审核，力争2026年度资金在12月20日前全部兑付到位。")
    body("3.加强绩效运行监控。建立专项资金绩效运行季度监控机制，对偏离绩效目标的项目及时预警纠偏，确保年度绩效目标如期实现。")
    body("4.做好自评结果应用。将本次自评发现的问题纳入2026年度整改清单，并将自评结果作为2027年度专项资金预算申报和分配的重要依据。")
    empty(doc, 2)
    # 落款 with tabs
    for s in ("宁波市商务局", "二〇二六年三月二十五日"):
        p = add_par(doc, [("\t", FS, 16, False), (s, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), 1)  # 1 = CENTER

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局2025年度中国—中东欧国家经贸合作示范区建设专项资金项目支出绩效自评报告",
            "doc_number": None,
            "issuer": ["宁波市商务局"],
            "date": "2026-03-25",
            "published": "2026-04-08",
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen_ziping(), doc_xiamen_tongbao(), doc_ningbo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
