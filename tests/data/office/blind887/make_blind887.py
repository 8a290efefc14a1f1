# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 887: 开放型经济运行监测月报（统计简报，含多张指标表）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
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
L, C, R = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"


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


def setup(doc, footer_style="dash"):
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
    pre, post = ("— ", " —") if footer_style == "dash" else ("- ", " -")
    font(fp.add_run(pre), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(post), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, left_ind=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(16)
    p.paragraph_format.first_line_indent = Pt(0)
    if left_ind:
        p.paragraph_format.left_indent = Pt(left_ind)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, cols, rows, clauses, widths, vmerge_col=None, size=11,
               first_left=False, repeat=True):
    """cols: list of (top, [subs] or None).  rows: list of lists of str.
    A value starting with '>>' is shown indented (sub-item) without the marker.
    vmerge_col: index of a column whose consecutive equal values are merged."""
    keys, spans = [], []
    two = any(s for _, s in cols)
    for top, subs in cols:
        if subs:
            spans.append((top, subs))
            keys.extend("%s／%s" % (top, s) for s in subs)
        else:
            spans.append((top, None))
            keys.append(top)
    nh = 2 if two else 1
    t = doc.add_table(rows=nh + len(rows), cols=len(keys))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    c = 0
    for top, subs in spans:
        if subs:
            a = t.cell(0, c).merge(t.cell(0, c + len(subs) - 1))
            set_cell(a, top, HT, size)
            for j, s in enumerate(subs):
                set_cell(t.cell(1, c + j), s, HT, size)
            c += len(subs)
        else:
            a = t.cell(0, c).merge(t.cell(1, c)) if two else t.cell(0, c)
            set_cell(a, top, HT, size)
            c += 1
    for i in range(nh):
        if repeat:
            repeat_header(t.rows[i])
    # data
    for ri, row in enumerate(rows):
        vals = []
        for ci, v in enumerate(row):
            ind = None
            if v.startswith(">>"):
                v = v[2:]
                ind = 24
            vals.append(v)
            if vmerge_col is not None and ci == vmerge_col:
                continue
            al = L if (first_left and ci == 0) else C
            set_cell(t.cell(nh + ri, ci), v, FS, size, align=al, left_ind=ind)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, vals)))
    if vmerge_col is not None:
        ri = 0
        while ri < len(rows):
            rj = ri
            while rj + 1 < len(rows) and rows[rj + 1][vmerge_col] == rows[ri][vmerge_col]:
                rj += 1
            cell = t.cell(nh + ri, vmerge_col)
            if rj > ri:
                cell = cell.merge(t.cell(nh + rj, vmerge_col))
            set_cell(cell, rows[ri][vmerge_col], FS, size)
            ri = rj + 1
    for ci, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[ci] * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    return t


def caption(doc, text, before=6):
    p = add_par(doc, [(text, HT, 14, False)], align=C, indent=False, line=24, before=before, after=4)
    p.paragraph_format.keep_with_next = True


def note(doc, text, clauses, size=12):
    clauses.append(text)
    add_par(doc, [(text, KT, size, False)], indent=False, line=20, before=2)


def banji(doc, lines, printer=None, date_txt=None):
    first = True
    for ln in lines:
        p = add_par(doc, [(ln, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if first:
            border(p, "top", "000000", 8, 4)
            first = False
        border(p, "bottom", "000000", 4, 4)
    if printer:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
        p2.paragraph_format.left_indent = Pt(14)
        border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_887", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
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


CN = "一二三四五六七八九十"
expected = {}


# =================================================================== DOC A
def doc_ningbo():
    """宁波市商务局 通报: 一季度开放型经济运行监测情况（红头文件, 附件表）."""
    stem = "blind887_nb_tongbao"
    doc = Document()
    setup(doc)
    cl = []

    add_par(doc, [("宁波市商务局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, "甬商务发〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate centred paragraphs, wrapped oddly
    for part in ("宁波市商务局关于2026年一季度全市", "开放型经济运行监测", "情况的通报"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=16)
    add_par(doc, "各区（县、市）商务主管部门，宁波前湾新区、宁波国家高新区、东钱湖旅游度假区商务主管部门，市级有关单位：",
            indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《宁波市开放型经济运行监测工作制度》，市商务局会同宁波海关、市统计局、国家外汇管理局宁波市分局对2026年一季度全市开放型经济主要指标进行了监测分析。现将有关情况通报如下：")
    head("一、总体情况")
    body("一季度，全市认真落实稳外贸稳外资各项政策措施，开放型经济总体保持稳中有进态势。全市实现货物进出口总额3468.2亿元，同比增长6.4%，占全省比重28.1%；其中出口2271.5亿元，增长8.9%；进口1196.7亿元，增长1.9%。主要指标完成情况见表1。")
    caption(doc, "表1　2026年一季度全市开放型经济主要指标")
    grid_table(doc, [("指标", None), ("单位", None), ("1—3月", None), ("同比增长（%）", None),
                     ("占全省比重（%）", None)], [
        ["货物进出口总额", "亿元", "3468.2", "6.4", "28.1"],
        ["其中：出口", "亿元", "2271.5", "8.9", "24.6"],
        [">>进口", "亿元", "1196.7", "1.9", "37.3"],
        ["对共建“一带一路”国家进出口", "亿元", "1742.6", "10.2", "27.9"],
        ["跨境电商进出口", "亿元", "186.4", "15.7", "22.3"],
        ["服务贸易进出口", "亿元", "402.8", "9.6", "17.5"],
        ["实际使用外资", "亿美元", "9.36", "-4.1", "19.8"],
        ["对外直接投资备案额（中方）", "亿美元", "12.74", "21.3", "16.2"],
    ], cl, [5.6, 2.0, 2.4, 2.8, 2.8], first_left=True, size=10.5)
    note(doc, "注：货物进出口数据来源于宁波海关，服务贸易数据为国家外汇管理局宁波市分局初步统计数。", cl)
    head("二、主要特点")
    runin("（一）出口增势好于预期。", "机电产品出口1386.4亿元，增长11.3%，占出口总额的61.0%；其中新能源汽车、锂电池、光伏产品“新三样”合计出口96.2亿元，增长18.4%。民营企业出口1798.6亿元，增长10.5%，占全市出口的79.2%。")
    runin("（二）市场多元化取得新成效。", "对共建“一带一路”国家进出口1742.6亿元，增长10.2%，占全市进出口总额的50.2%，较上年同期提高1.8个百分点。主要市场进出口情况见表2。")
    caption(doc, "表2　2026年一季度全市对主要市场进出口情况（单位：亿元、%）")
    grid_table(doc, [("市场", None), ("进出口", ["金额", "同比"]), ("出口", ["金额", "同比"])], [
        ["欧盟", "562.3", "3.8", "418.6", "5.1"],
        ["美国", "431.7", "-6.2", "372.9", "-5.4"],
        ["东盟", "398.5", "12.6", "276.4", "14.3"],
        ["拉丁美洲", "286.1", "9.7", "201.8", "11.2"],
        ["中东", "205.4", "17.9", "163.2", "19.5"],
        ["非洲", "142.6", "13.1", "118.7", "15.8"],
        ["俄罗斯", "97.3", "-3.5", "61.4", "2.7"],
    ], cl, [3.6, 2.8, 2.4, 2.8, 2.4], size=10.5)
    runin("（三）利用外资和对外投资总体平稳。", "全市实际使用外资9.36亿美元，同比下降4.1%，降幅较1—2月收窄5.6个百分点；新设外商投资企业186家，增长9.4%。经备案核准的境外投资项目52个，中方投资额12.74亿美元，增长21.3%。")
    head("三、下一步工作要求")
    runin("（一）强化运行监测调度。", "各地要落实重点外贸企业、重点外资项目“一企一策”跟踪服务机制，每月10日前将监测分析报告报送市商务局，对进出口降幅超过10%的重点企业及时开展走访。")
    runin("（二）全力稳住外贸基本盘。", "用足用好出口信用保险、外贸稳增长专项资金等政策工具，支持企业开拓共建“一带一路”国家和RCEP成员国市场。")
    add_par(doc, "附件：2026年一季度各区（县、市）开放型经济主要指标完成情况表", before=14)
    # 落款 typed with spaces
    add_par(doc, " " * 38 + "宁波市商务局", indent=False).paragraph_format.keep_with_next = True
    add_par(doc, " " * 37 + "2026年4月15日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年一季度各区（县、市）开放型经济", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("主要指标完成情况表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    grid_table(doc, [("序号", None), ("类别", None), ("地区", None),
                     ("货物进出口", ["金额（亿元）", "同比（%）"]),
                     ("实际使用外资", ["金额（万美元）", "同比（%）"])], [
        ["1", "市辖区", "海曙区", "318.7", "4.2", "8740", "-12.1"],
        ["2", "市辖区", "江北区", "142.6", "3.1", "4350", "-9.8"],
        ["3", "市辖区", "北仑区", "1012.4", "7.8", "18650", "-6.2"],
        ["4", "市辖区", "镇海区", "268.9", "-2.3", "9860", "5.9"],
        ["5", "市辖区", "鄞州区", "586.3", "5.6", "16320", "3.5"],
        ["6", "市辖区", "奉化区", "96.4", "11.5", "3120", "15.2"],
        ["7", "县（市）", "余姚市", "356.8", "6.9", "6210", "-3.3"],
        ["8", "县（市）", "慈溪市", "402.5", "9.1", "7980", "8.6"],
        ["9", "县（市）", "宁海县", "112.7", "8.4", "2460", "-1.7"],
        ["10", "县（市）", "象山县", "58.3", "6.0", "1780", "22.4"],
        ["11", "功能区", "宁波前湾新区", "231.5", "12.3", "8920", "11.3"],
        ["12", "功能区", "宁波国家高新区", "88.9", "7.2", "5640", "6.8"],
    ], cl, [1.2, 2.0, 3.6, 2.4, 1.8, 2.8, 1.8], vmerge_col=1, size=12)
    note(doc, "注：宁波前湾新区、宁波国家高新区为功能区口径，数据与所在行政区有交叉，不参与全市汇总。", cl)
    empty(doc, 2)
    banji(doc, ["抄送：市政府办公厅，市发展改革委、市统计局，宁波海关，国家外汇管理局宁波市分局。"],
          "宁波市商务局办公室", "2026年4月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于2026年一季度全市开放型经济运行监测情况的通报",
            "doc_number": "甬商务发〔2026〕21号",
            "issuer": ["宁波市商务局"],
            "date": "2026-04-15",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年一季度各区（县、市）开放型经济主要指标完成情况表"],
            "doc_type": "通报",
            "recipients": ["各区（县、市）商务主管部门",
                           "宁波前湾新区、宁波国家高新区、东钱湖旅游度假区商务主管部门",
                           "市级有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# =================================================================== DOC B
def doc_fujian():
    """福建省商务厅 简报《开放型经济运行监测月报》2026年第4期."""
    stem = "blind887_fj_jianbao"
    doc = Document()
    setup(doc, footer_style="hyphen")
    cl = []

    add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False)
    add_par(doc, [("开放型经济运行监测月报", XBS, 36, False, RED)], align=C, indent=False,
            line=54, before=6)
    add_par(doc, [("2026年第4期（总第40期）", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    p = add_par(doc, [("福建省商务厅综合处编", FS, 16, False), ("\t", FS, 16, False),
                      ("2026年5月20日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    add_par(doc, [("2026年1—4月全省开放型经济运行情况", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=16)

    # clerk indents with typed full-width spaces throughout
    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False, line=26)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False, line=26)

    body("1—4月，全省开放型经济运行总体平稳、稳中有进。外贸进出口增速逐月回升,对共建“一带一路”国家贸易占比首次超过五成，新设外商投资企业数量保持较快增长，自贸试验区带动作用进一步增强。主要情况如下：")
    head("一、外贸进出口增速稳步回升")
    body("据海关统计，1—4月全省货物进出口6685.3亿元，同比增长3.9%,增速较一季度加快0.6个百分点。其中，出口4127.9亿元，增长6.1%；进口2557.4亿元，增长0.5%。4月当月进出口增长4.8%。(数据来源：福州海关、厦门海关，下同)")
    caption(doc, "表1　2026年1—4月全省外贸进出口主要指标（单位：亿元，%）")
    grid_table(doc, [("指标", None), ("4月", ["金额", "同比"]), ("1—4月", ["金额", "同比"])], [
        ["进出口", "1712.6", "4.8", "6685.3", "3.9"],
        ["出口", "1068.4", "7.2", "4127.9", "6.1"],
        ["进口", "644.2", "1.1", "2557.4", "0.5"],
        ["一般贸易", "1163.9", "5.6", "4538.2", "4.4"],
        ["加工贸易", "214.5", "-3.2", "857.1", "-2.6"],
        ["保税物流", "298.7", "8.1", "1163.5", "7.7"],
        ["民营企业", "1129.8", "9.3", "4398.6", "8.2"],
        ["机电产品出口", "412.6", "10.4", "1586.3", "9.5"],
        ["劳动密集型产品出口", "287.1", "-1.9", "1132.8", "-0.8"],
    ], cl, [4.6, 2.6, 2.0, 2.6, 2.0], first_left=True, size=10.5)
    body("分地区看，宁德、南平、平潭增速居前，莆田市进出口下降1.4%，主要是原油进口减少。")
    caption(doc, "表2　2026年1—4月各设区市及平潭综合实验区进出口情况（单位：亿元，%）")
    cols2 = [("地区", None), ("进出口", ["金额", "同比"]), ("出口", ["金额", "同比"])]
    w2 = [4.6, 2.6, 2.0, 2.6, 2.0]
    grid_table(doc, cols2, [
        ["全省", "6685.3", "3.9", "4127.9", "6.1"],
        ["厦门市", "2782.4", "3.1", "1480.1", "4.9"],
        ["福州市", "1421.7", "5.6", "903.2", "7.8"],
        ["泉州市", "1012.8", "4.2", "738.6", "6.3"],
        ["漳州市", "486.3", "2.7", "312.1", "5.2"],
    ], cl, w2, repeat=False, size=10.5)
    # clerk splits the table by hand and types 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表2", HT, 12, False)], indent=False, line=22)
    grid_table(doc, cols2, [
        ["莆田市", "218.9", "-1.4", "132.4", "1.6"],
        ["宁德市", "352.6", "8.9", "281.7", "10.5"],
        ["龙岩市", "139.2", "6.1", "102.8", "7.4"],
        ["三明市", "126.5", "3.8", "98.3", "4.6"],
        ["南平市", "68.4", "9.7", "56.9", "11.3"],
        ["平潭综合实验区", "76.5", "12.4", "21.8", "-6.7"],
    ], cl, w2, repeat=False, size=10.5)
    head("二、对共建“一带一路”国家贸易占比过半")
    body("1—4月，全省对共建“一带一路”国家进出口3412.6亿元，增长7.6%，占全省进出口总额的51.0%，比上年同期提高1.8个百分点。对RCEP其他成员国进出口1873.5亿元，增长5.1%，其中对东盟进出口1286.4亿元，增长9.8%，东盟继续保持我省第一大贸易伙伴地位。对美国进出口903.4亿元，下降4.7%。")
    caption(doc, "表3　2026年1—4月全省对主要市场进出口情况")
    grid_table(doc, [("市场", None), ("进出口额（亿元）", None), ("同比（%）", None), ("占全省比重（%）", None)], [
        ["共建“一带一路”国家", "3412.6", "7.6", "51.0"],
        ["其中：东盟", "1286.4", "9.8", "19.2"],
        ["RCEP其他成员国", "1873.5", "5.1", "28.0"],
        ["欧盟", "812.7", "1.3", "12.2"],
        ["美国", "903.4", "-4.7", "13.5"],
        ["金砖国家", "1015.2", "6.3", "15.2"],
    ], cl, [4.8, 3.4, 2.6, 3.4], first_left=True, size=10.5)
    head("三、利用外资和对外投资合作")
    body("1—4月，全省新设外商投资企业1126家，增长12.4%；实际使用外资96.8亿元人民币，下降6.3%，降幅较一季度收窄2.9个百分点。全省对外直接投资（非金融类）18.35亿美元，增长14.6%。")
    head("四、自贸试验区引领作用持续增强")
    body("中国（福建）自由贸易试验区1—4月新增企业7813户，其中外资企业276户；实现进出口1665.4亿元，增长5.0%，占全省的24.9%。")
    caption(doc, "表5　2026年1—4月中国（福建）自由贸易试验区各片区主要指标")
    grid_table(doc, [("片区", None), ("新增企业（户）", None), ("其中：外资企业（户）", None),
                     ("进出口额（亿元）", None), ("同比（%）", None)], [
        ["福州片区", "2814", "96", "402.6", "6.8"],
        ["厦门片区", "3967", "142", "1186.3", "4.1"],
        ["平潭片区", "1032", "38", "76.5", "12.4"],
        ["合计", "7813", "276", "1665.4", "5.0"],
    ], cl, [3.0, 3.0, 3.6, 3.0, 2.2], size=10.5)
    empty(doc, 1, line=14)
    head("五、值得关注的问题")
    t1 = "一是劳动密集型产品出口持续下降，鞋服、箱包、家具等传统优势产品1—4月出口下降0.8%，部分企业反映订单向东南亚转移。"
    t2 = "二是进口增长乏力，原油、铁矿砂、大豆进口值分别下降12.3%、8.7%和5.2%。"
    t3 = "三是利用外资仍面临较大压力，合同外资1亿美元以上大项目仅7个。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t3), FS, 16)
    fmt(p, indent=False, line=26)
    cl.extend([t1, t2, t3])
    banji(doc, ["报：商务部综合司，省委办公厅、省政府办公厅，省委财经办。",
                "送：省发展改革委、省工信厅、省统计局，福州海关、厦门海关，国家外汇管理局福建省分局。",
                "发：各设区市、平潭综合实验区商务主管部门，厅机关各处室、直属单位。"])
    add_par(doc, [("（共印60份）", FS, 14, False)], align=R, indent=False, line=24)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "2026年1—4月全省开放型经济运行情况",
            "doc_number": None,
            "issuer": ["福建省商务厅"],
            "date": "2026-05-20",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "简报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# =================================================================== DOC C
def doc_chongqing():
    """重庆市商务委员会 报告（上行文, 签发人, 加急, 自动编号, 两个附件表）."""
    stem = "blind887_cq_baogao"
    doc = Document()
    setup(doc)
    cl = []
    n_head = make_numbering(doc, "%1、")
    n_item1 = make_numbering(doc, "（%1）")
    n_item2 = make_numbering(doc, "（%1）")

    add_par(doc, [("000015", FS, 16, False)], indent=False)
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("重庆市商务委员会文件", XBS, 38, False, RED)], align=C, indent=False,
            line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, [("渝商务〔2026〕213号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("李　明", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("重庆市商务委员会关于2026年1—5月"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("全市开放型经济运行情况的报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "市政府：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    cnt = {}

    def item(nid, h, t):
        cnt[nid] = cnt.get(nid, 0) + 1
        cl.append("（%s）%s%s" % (CN[cnt[nid] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)

    body("按照市政府关于加强开放型经济运行监测调度的工作要求，我委会同重庆海关、市统计局、国家外汇管理局重庆市分局等单位，对1—5月全市开放型经济运行情况进行了监测分析。现将有关情况报告如下：")
    head("总体运行情况")
    body("1—5月，全市开放型经济主要指标总体好于预期，进度基本符合时序要求。全市货物进出口3186.4亿元，同比增长5.2%，完成全年目标的39.8%；其中出口2104.7亿元，增长8.3%，进口1081.7亿元，下降0.4%。实际使用外资9.82亿美元，增长3.6%；对外直接投资6.15亿美元，增长12.8%。各项指标监测情况详见附件。")
    head("主要特点")
    item(n_item1, "“渝车出海”带动出口较快增长。", "1—5月，全市汽车出口31.6万辆，增长27.4%，出口值486.2亿元，增长22.8%，拉动全市出口增长4.6个百分点；其中新能源汽车出口12.8万辆，增长63.5%。笔记本电脑出口2386万台，增长3.1%，出口值612.4亿元，基本保持稳定。")
    item(n_item1, "通道带动作用持续显现。", "西部陆海新通道班列开行4326列，增长11.4%，通达全球127个国家和地区的548个港口；中欧班列（成渝）重庆方向开行1318列，增长6.9%。依托通道开展的进出口额达到486.7亿元，增长13.2%，占全市进出口总额的15.3%。")
    item(n_item1, "外资外经稳中有进。", "全市新设外商投资企业168家，增长15.1%；制造业实际使用外资4.37亿美元，增长18.2%，占全市的44.5%。对外承包工程完成营业额3.76亿美元，下降5.2%，主要受个别大项目完工结算影响。")
    head("存在的困难和问题")
    body("一是外需不确定性增加，部分订单转移和贸易壁垒对笔记本电脑、摩托车等优势产品出口形成压力。二是区域发展不平衡，沙坪坝区、渝北区、九龙坡区三个区进出口合计占全市的52.8%，渝东北、渝东南地区外贸规模偏小。三是外资大项目支撑不足，实际使用外资超过5000万美元的项目仅3个。")
    head("下一步工作打算")
    item(n_item2, "强化监测调度。", "建立重点外贸企业“白名单”动态监测机制，对全市进出口额前200名企业实行周调度，及时协调解决企业在通关、物流、融资等方面的困难。")
    item(n_item2, "扩大优势产品出口。", "实施“渝车出海”行动，支持整车企业在东南亚、中东、中亚布局海外仓和售后服务网点；推动笔记本电脑企业拓展共建“一带一路”国家市场。")
    item(n_item2, "提升通道和平台能级。", "加快西部陆海新通道、中欧班列（成渝）与长江黄金水道联动发展，推动中国（重庆）自由贸易试验区、两江新区、重庆高新区等开放平台提质增效，力争全年外贸进出口增长5%以上。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：2026年1—5月重庆市开放型经济主要指标监测表")
    empty(doc, 2)
    p = add_par(doc, "重庆市商务委员会", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年六月十二日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(32)
    empty(doc, 1)
    add_par(doc, "（联系人：周晓岚，联系电话：023-63662184）")

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=18)
    add_par(doc, [("2026年1—5月重庆市开放型经济主要指标监测表", XBS, 18, False)], align=C,
            indent=False, line=30)
    empty(doc, 1, line=12)
    grid_table(doc, [("序号", None), ("指标名称", None), ("单位", None), ("1—5月", None),
                     ("同比（%）", None), ("全年目标", None), ("目标完成进度（%）", None)], [
        ["1", "货物进出口总额", "亿元", "3186.4", "5.2", "8000", "39.8"],
        ["2", "其中：出口", "亿元", "2104.7", "8.3", "—", "—"],
        ["3", ">>进口", "亿元", "1081.7", "-0.4", "—", "—"],
        ["4", "跨境电商进出口", "亿元", "168.9", "18.6", "420", "40.2"],
        ["5", "服务贸易进出口", "亿美元", "68.4", "9.7", "170", "40.2"],
        ["6", "实际使用外资", "亿美元", "9.82", "3.6", "25", "39.3"],
        ["7", "对外直接投资", "亿美元", "6.15", "12.8", "14", "43.9"],
        ["8", "对外承包工程完成营业额", "亿美元", "3.76", "-5.2", "10", "37.6"],
        ["9", "西部陆海新通道班列开行量", "列", "4326", "11.4", "10500", "41.2"],
        ["10", "中欧班列（成渝）开行量（重庆方向）", "列", "1318", "6.9", "3000", "43.9"],
        ["11", "国际航空货邮吞吐量", "万吨", "8.74", "14.2", "20", "43.7"],
    ], cl, [1.2, 5.0, 1.8, 1.8, 1.8, 1.8, 2.2], size=11)
    note(doc, "注：1.货物进出口、跨境电商数据来源于重庆海关，服务贸易数据来源于国家外汇管理局重庆市分局。", cl)
    note(doc, "2.“—”表示该项指标未设全年目标。", cl)

    empty(doc, 2)
    banji(doc, ["抄送：市委办公厅，市发展改革委、市经济信息委、市统计局，重庆海关。"],
          "重庆市商务委员会办公室", "2026年6月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市商务委员会关于2026年1—5月全市开放型经济运行情况的报告",
            "doc_number": "渝商务〔2026〕213号",
            "issuer": ["重庆市商务委员会"],
            "date": "2026-06-12",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年1—5月重庆市开放型经济主要指标监测表"],
            "doc_type": "报告",
            "recipients": ["市政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_fujian(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
