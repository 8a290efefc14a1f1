# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 996: 政府信息公开工作年度报告 (自贸片区管委会 / 市商务局), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def setup(doc, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
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
    if footer_style == "dash":
        font(fp.add_run("— "), SONG, 14)
    page_field(fp)
    if footer_style == "dash":
        font(fp.add_run(" —"), SONG, 14)


def page_field(fp, size=14):
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def set_cell(cell, text, name=SONG, size=9, bold=False, align=C, line=12):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    # tblGrid
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    tblpr = t._tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(sum(widths_cm) * 567))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in t.rows:
        cant_split(row)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_996", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text))
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


# =========================================================== standard tables
# ---- 二、主动公开政府信息情况
def table_zhudong(doc, vals, clauses, cellfont=SONG, size=10.5):
    """vals: dict with guizhang(3), gfxwj(3), xuke, chufa, qiangzhi, shoufei."""
    rows_spec = [
        ("sec", "第二十条第（一）项"),
        ("hdr", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
        ("row4", ["规章"] + vals["guizhang"]),
        ("row4", ["行政规范性文件"] + vals["gfxwj"]),
        ("sec", "第二十条第（五）项"),
        ("hdr2", ["信息内容", "本年处理决定数量"]),
        ("row2", ["行政许可", vals["xuke"]]),
        ("sec", "第二十条第（六）项"),
        ("hdr2", ["信息内容", "本年处理决定数量"]),
        ("row2", ["行政处罚", vals["chufa"]]),
        ("row2", ["行政强制", vals["qiangzhi"]]),
        ("sec", "第二十条第（八）项"),
        ("hdr2", ["信息内容", "本年收费金额（单位：万元）"]),
        ("row2", ["行政事业性收费", vals["shoufei"]]),
    ]
    t = doc.add_table(rows=len(rows_spec), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [4.6, 3.6, 3.6, 3.6])
    cur_hdr = None
    for i, (kind, data) in enumerate(rows_spec):
        row = t.rows[i]
        if kind == "sec":
            m = row.cells[0].merge(row.cells[3])
            set_cell(m, data, HT, size, align=C, line=16)
            shade(m, "D9D9D9")
        elif kind == "hdr":
            for j, h in enumerate(data):
                set_cell(row.cells[j], h, HT, size, line=16)
            cur_hdr = data
        elif kind == "hdr2":
            set_cell(row.cells[0], data[0], HT, size, line=16)
            m = row.cells[1].merge(row.cells[3])
            set_cell(m, data[1], HT, size, line=16)
            cur_hdr = data
        elif kind == "row4":
            for j, v in enumerate(data):
                set_cell(row.cells[j], v, cellfont, size, line=16)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(cur_hdr, data)))
        elif kind == "row2":
            set_cell(row.cells[0], data[0], cellfont, size, line=16)
            m = row.cells[1].merge(row.cells[3])
            set_cell(m, data[1], cellfont, size, line=16)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(cur_hdr, data)))
    return t


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


# ---- 三、收到和处理政府信息公开申请情况
K0 = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPL = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
APPL_KEYS = (["申请人情况／自然人"]
             + ["申请人情况／法人或其他组织／" + x for x in APPL[1:]]
             + ["申请人情况／总计"])

# (top, mid, leaf); mid/leaf None => merged to the right
SHENQING_ROWS = [
    ("一、本年新收政府信息公开申请数量", None, None),
    ("二、上年结转政府信息公开申请数量", None, None),
    ("三、本年度办理结果", "（一）予以公开", None),
    ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"),
    ("三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"),
    ("三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"),
    ("三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"),
    ("三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"),
    ("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"),
    ("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"),
    ("三、本年度办理结果", "（五）不予处理", "2.重复申请"),
    ("三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"),
    ("三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("三、本年度办理结果", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("三、本年度办理结果", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("三、本年度办理结果", "（六）其他处理", "3.其他"),
    ("三、本年度办理结果", "（七）总计", None),
    ("四、结转下年度继续办理", None, None),
]


def shenqing_values(carry_in, carry_out, results):
    """results: {row_index: [6 values]} for rows 2..22 (办理结果 leaves).
    Returns list of 25 rows x 7 values (incl. 总计 column), all str, with the
    勾稽关系 satisfied: 一 + 二 = （七）总计 + 四."""
    n = len(SHENQING_ROWS)
    vals = [[0] * 6 for _ in range(n)]
    for ri, v in results.items():
        vals[ri] = list(v)
    # （七）总计 = sum of rows 2..22
    tot = [sum(vals[r][c] for r in range(2, 23)) for c in range(6)]
    vals[23] = tot
    vals[1] = list(carry_in)
    vals[24] = list(carry_out)
    vals[0] = [tot[c] + carry_out[c] - carry_in[c] for c in range(6)]
    assert all(x >= 0 for x in vals[0])
    out = []
    for r in vals:
        out.append([str(x) for x in r] + [str(sum(r))])
    return out


def table_shenqing(doc, values, clauses, row_range=None, size=9, leaf_sub=None,
                   repeat=True):
    """Big standard table.  row_range: (start, stop) subset of SHENQING_ROWS
    (for a table split with 续表); header is always written.
    leaf_sub: optional function to change how a leaf label is typed."""
    start, stop = row_range or (0, len(SHENQING_ROWS))
    spec = SHENQING_ROWS[start:stop]
    nh = 3
    t = doc.add_table(rows=nh + len(spec), cols=10)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.1, 1.4, 4.2] + [1.27] * 7
    col_widths(t, widths)
    # header
    m = t.cell(0, 0).merge(t.cell(2, 2))
    set_cell(m, K0, SONG, size)
    m = t.cell(0, 3).merge(t.cell(0, 9))
    set_cell(m, "申请人情况", HT, size)
    m = t.cell(1, 3).merge(t.cell(2, 3))
    set_cell(m, "自然人", HT, size)
    m = t.cell(1, 4).merge(t.cell(1, 8))
    set_cell(m, "法人或其他组织", HT, size)
    m = t.cell(1, 9).merge(t.cell(2, 9))
    set_cell(m, "总计", HT, size)
    for j, h in enumerate(APPL[1:]):
        set_cell(t.cell(2, 4 + j), h, HT, size)
    for i in range(nh):
        if repeat:
            repeat_header(t.rows[i])
    # label merges
    i = 0
    while i < len(spec):
        top, mid, leaf = spec[i]
        ri = nh + i
        if mid is None:
            m = t.cell(ri, 0).merge(t.cell(ri, 2))
            set_cell(m, top, SONG, size, align=L)
            i += 1
            continue
        # run of same top
        j = i
        while j < len(spec) and spec[j][0] == top:
            j += 1
        m = t.cell(ri, 0).merge(t.cell(nh + j - 1, 0))
        set_cell(m, top, SONG, size)
        k = i
        while k < j:
            _, mid_k, leaf_k = spec[k]
            if leaf_k is None:
                mm = t.cell(nh + k, 1).merge(t.cell(nh + k, 2))
                set_cell(mm, mid_k, SONG, size, align=L)
                k += 1
                continue
            e = k
            while e < j and spec[e][1] == mid_k:
                e += 1
            mm = t.cell(nh + k, 1).merge(t.cell(nh + e - 1, 1))
            set_cell(mm, mid_k, SONG, size)
            for q in range(k, e):
                lt = spec[q][2] if leaf_sub is None else leaf_sub(spec[q][2])
                set_cell(t.cell(nh + q, 2), lt, SONG, size, align=L)
            k = e
        i = j
    # values + clauses
    for i, (top, mid, leaf) in enumerate(spec):
        ri = nh + i
        row_vals = values[start + i]
        for c, v in enumerate(row_vals):
            set_cell(t.cell(ri, 3 + c), v, SONG, size)
        label = [top]
        if mid is not None:
            label.append(mid)
        if leaf is not None:
            label.append(leaf if leaf_sub is None else leaf_sub(leaf))
        parts = ["%s：%s" % (K0, "／".join(label))]
        parts += ["%s：%s" % (k, v) for k, v in zip(APPL_KEYS, row_vals)]
        clauses.append("；".join(parts))
    return t


# ---- 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况
FY = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
FY_KEYS = (["行政复议／" + x for x in FY]
           + ["行政诉讼／未经复议直接起诉／" + x for x in FY]
           + ["行政诉讼／复议后起诉／" + x for x in FY])


def table_fuyi(doc, fy, sx1, sx2, clauses, size=9):
    def tot(v):
        return [str(x) for x in v] + [str(sum(v))]
    row = tot(fy) + tot(sx1) + tot(sx2)
    t = doc.add_table(rows=4, cols=15)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.04] * 15)
    m = t.cell(0, 0).merge(t.cell(0, 4))
    set_cell(m, "行政复议", HT, size)
    m = t.cell(0, 5).merge(t.cell(0, 14))
    set_cell(m, "行政诉讼", HT, size)
    for j, h in enumerate(FY):
        m = t.cell(1, j).merge(t.cell(2, j))
        set_cell(m, h, HT, size)
    m = t.cell(1, 5).merge(t.cell(1, 9))
    set_cell(m, "未经复议直接起诉", HT, size)
    m = t.cell(1, 10).merge(t.cell(1, 14))
    set_cell(m, "复议后起诉", HT, size)
    for j, h in enumerate(FY):
        set_cell(t.cell(2, 5 + j), h, HT, size)
        set_cell(t.cell(2, 10 + j), h, HT, size)
    for j, v in enumerate(row):
        set_cell(t.cell(3, j), v, SONG, size)
    clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(FY_KEYS, row)))
    return t


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": "municipal", "region": None,
            "effective": None, "expires": None, "attachments": [],
            "doc_type": "报告", "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_ningbo():
    """自贸片区管委会年报, web-published copy: no 红头, 发布日期 line,
    auto-numbered 一、 headings, date in Chinese numerals."""
    stem = "blind996_nbpq_nianbao"
    doc = Document()
    setup(doc, footer_style="dash")
    cl = []
    n_head = make_numbering(doc, "%1、")

    # title typed as three separate paragraphs, broken at odd places
    add_par(doc, [("中国（浙江）自由贸易试验区", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("宁波片区管理委员会2025年政府信息", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("公开工作年度报告", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("发布日期：2026-01-23　　信息来源：片区管委会办公室", KT, 12, False)],
            align=C, indent=False, line=22, before=6, after=6)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本报告有疑问，请与宁波片区管委会办公室联系（地址：宁波市北仑区新碶街道明州路288号；邮编：315800；电话：0574-86881234）。")
    head("总体情况")
    body("2025年，中国（浙江）自由贸易试验区宁波片区管理委员会（以下简称片区管委会）认真贯彻落实《条例》和省、市政务公开工作部署，围绕油气全产业链开放发展、国际航运和物流枢纽建设等重点任务，以公开促落实、促规范、促服务。")
    runin("（一）主动公开。", "全年通过片区门户网站主动公开政府信息1386条，其中政策文件类信息68条、规划计划类信息21条、制度创新成果类信息116条、招商引资和项目建设类信息237条。围绕《中国（浙江）自由贸易试验区宁波片区深化提升行动方案（2025—2027年）》等重要政策发布图文解读、视频解读19篇，政策解读率达到100%。")
    runin("（二）依申请公开。", "全年共收到政府信息公开申请27件，上年结转2件。其中，予以公开11件，部分公开3件，不予公开2件，无法提供8件，不予处理1件，其他处理1件，结转下年度继续办理3件。申请内容主要集中在土地征收、项目审批、企业扶持资金兑现等方面。")
    runin("（三）政府信息管理。", "严格落实公开前保密审查制度。开展行政规范性文件集中清理，废止《宁波片区油气贸易企业培育扶持暂行办法》1件，现行有效行政规范性文件9件，均已在“行政规范性文件”栏目集中公开。")
    runin("（四）平台建设。", "完成片区门户网站集约化改造，迁移至宁波市政府网站集约化平台，优化“制度创新”“惠企政策”专栏，全年网站总访问量达到82.6万人次。")
    runin("（五）监督保障。", "成立由管委会分管领导任组长的政务公开工作领导小组，将政务公开纳入片区各部门年度绩效考核，全年组织专题培训2次。")
    head("主动公开政府信息情况")
    table_zhudong(doc, {"guizhang": ["0", "0", "0"], "gfxwj": ["2", "1", "9"],
                        "xuke": "1256", "chufa": "37", "qiangzhi": "0",
                        "shoufei": "0"}, cl)
    empty(doc, 1, line=14)
    head("收到和处理政府信息公开申请情况")
    vals = shenqing_values(
        carry_in=[1, 1, 0, 0, 0, 0],
        carry_out=[2, 1, 0, 0, 0, 0],
        results={
            2: [6, 4, 0, 0, 1, 0],
            3: [2, 1, 0, 0, 0, 0],
            7: [1, 0, 0, 0, 0, 0],
            8: [0, 1, 0, 0, 0, 0],
            12: [4, 2, 0, 0, 0, 0],
            13: [1, 0, 0, 0, 0, 0],
            14: [1, 0, 0, 0, 0, 0],
            15: [1, 0, 0, 0, 0, 0],
            20: [1, 0, 0, 0, 0, 0],
        })
    assert vals[0][6] == "27" and vals[1][6] == "2" and vals[23][6] == "26"
    table_shenqing(doc, vals, cl)
    empty(doc, 1, line=14)
    head("因政府信息公开工作被申请行政复议、提起行政诉讼情况")
    table_fuyi(doc, [1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], cl)
    empty(doc, 1, line=14)
    head("存在的主要问题及改进情况")
    runin("（一）上年度问题整改情况。", "针对2024年度报告中提出的部分栏目更新不及时问题，建立栏目更新月度巡查机制，相关问题已整改到位。")
    runin("（二）存在的主要问题。", "一是面向外资企业的政策信息外文版本偏少；二是依申请公开答复的规范化水平仍需提升。")
    runin("（三）改进措施。", "下一步，片区管委会将推动重点惠企政策同步发布英文版本，完善依申请公开答复文书模板，不断提升政务公开质量。")
    head("其他需要报告的事项")
    body("（一）本机关2025年度未收取信息处理费。")
    body("（二）2025年，片区管委会共承办市人大代表建议5件、市政协委员提案7件，均已按期办结，办结率100%。")
    empty(doc, 1)
    p = add_par(doc, "中国（浙江）自由贸易试验区宁波片区管理委员会", indent=False, align=R)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "二〇二六年一月十九日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（浙江）自由贸易试验区宁波片区管理委员会2025年政府信息公开工作年度报告",
            issuer=["中国（浙江）自由贸易试验区宁波片区管理委员会"],
            date="2026-01-19", published="2026-01-23", level="municipal",
            region="宁波市", doc_type="报告"),
        "clauses": cl,
    }]
    return path


# =================================================================== DOC B
def doc_zhengzhou():
    """市商务局 红头 上行报告 报送年报; the report itself is 附件 (one document)."""
    stem = "blind996_zzsw_baosong"
    doc = Document()
    setup(doc, footer_style="dash")
    cl = []

    add_par(doc, [("郑州市商务局文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=0, after=20)
    p = add_par(doc, [("郑商务〔2026〕5号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王志强", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title, manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("郑州市商务局关于报送2025年政府信息公开"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("工作年度报告的报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "市人民政府：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    body("按照《中华人民共和国政府信息公开条例》要求，我局编制了《郑州市商务局2025年政府信息公开工作年度报告》，经局党组会议审议通过，拟于2026年1月31日前在局门户网站向社会公开。现随文报送。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    p = add_par(doc, [("附件：郑州市商务局2025年政府信息公开工作年度报告", FS, 16, False)],
                indent=True)
    empty(doc, 1)
    p = add_par(doc, "郑州市商务局", indent=False, align=R, before=14)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年1月23日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")
    add_par(doc, "（联系人：李娜；联系电话：0371-67188265）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("郑州市商务局2025年政府信息公开", XBS, 22, False)],
            align=C, indent=False, line=34, before=10)
    add_par(doc, [("工作年度报告", XBS, 22, False)], align=C, indent=False, line=34,
            after=10)

    def h1(t):
        add_par(doc, [(t, HT, 16, False)])

    def h2(t):
        add_par(doc, [(t, KT, 16, False)])

    body("本报告由郑州市商务局根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限自2025年1月1日至2025年12月31日。")
    h1("一、总体情况")
    h2("（一）主动公开情况")
    body("2025年，我局围绕中国（河南）自由贸易试验区郑州片区建设、中欧班列（郑州）集结中心、跨境电商综合试验区等重点工作，通过局门户网站主动公开各类信息1127条，发布政策解读21篇，及时回应企业关切。")
    h2("（二）依申请公开情况")
    body("全年新收政府信息公开申请14件，上年结转1件，办结14件，结转下年度继续办理1件，所有申请均在法定期限内答复。")
    h2("（三）政府信息管理情况")
    body("修订《郑州市商务局政府信息公开工作制度》，全年制发行政规范性文件3件，废止2件，对现行有效的12件行政规范性文件实行目录化、动态化管理。")
    h1("二、主动公开政府信息情况")
    table_zhudong(doc, {"guizhang": ["0", "0", "0"], "gfxwj": ["3", "2", "12"],
                        "xuke": "126", "chufa": "9", "qiangzhi": "0",
                        "shoufei": "0"}, cl, cellfont=FS)
    h1("三、收到和处理政府信息公开申请情况")
    vals = shenqing_values(
        carry_in=[1, 0, 0, 0, 0, 0],
        carry_out=[0, 1, 0, 0, 0, 0],
        results={
            2: [4, 2, 0, 0, 0, 0],
            3: [1, 1, 0, 0, 0, 0],
            9: [0, 1, 0, 0, 0, 0],
            12: [2, 1, 0, 0, 0, 0],
            13: [0, 1, 0, 0, 0, 0],
            16: [1, 0, 0, 0, 0, 0],
        })
    assert vals[0][6] == "14" and vals[1][6] == "1" and vals[23][6] == "14"
    table_shenqing(doc, vals, cl, size=8)
    h1("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")
    table_fuyi(doc, [1, 0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0], cl, size=8)
    h1("五、存在的主要问题及改进情况")
    body("2025年，我局政府信息公开工作虽取得一定成效，但仍存在政策解读的针对性不强、依申请公开答复说理不够充分等问题。2026年，我局将围绕外贸稳规模优结构、跨境电商和“丝路电商”合作等企业关注的政策，加强多形式解读；规范依申请公开答复文书，提高答复质量。")
    h1("六、其他需要报告的事项")
    body("本机关2025年度未收取信息处理费。全年承办市人大代表建议11件、市政协委员提案16件，已全部办结，办理结果均已按规定公开。")
    # 版记
    p = add_par(doc, [("抄送：市政务服务和大数据管理局。", FS, 14, False)], indent=False, line=24,
                before=24)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("郑州市商务局办公室", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年1月23日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="郑州市商务局关于报送2025年政府信息公开工作年度报告的报告",
            doc_number="郑商务〔2026〕5号",
            issuer=["郑州市商务局"], date="2026-01-23", level="municipal",
            region="郑州市",
            attachments=["郑州市商务局2025年政府信息公开工作年度报告"],
            doc_type="报告", recipients=["市人民政府"], publicity="此件主动公开"),
        "clauses": cl,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """市商务局年报 typed with spaces for indents, soft line breaks, half-width
    numbering, big table split by hand with 续表, 单位 line, 注 under table."""
    stem = "blind996_xmsw_nianbao"
    doc = Document()
    setup(doc, footer_style="plain")
    cl = []
    IND = "\u3000\u3000"

    p = doc.add_paragraph()
    font(p.add_run("厦门市商务局"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2025年政府信息公开工作年度报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, after=12)

    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def h1(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        cl.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)],
                indent=False)

    body("根据《中华人民共和国政府信息公开条例》规定，现公布厦门市商务局2025年政府信息公开工作年度报告。本报告所列数据统计期限为2025年1月1日至2025年12月31日。如对本报告有任何疑问，请与厦门市商务局办公室联系（电话：0592-2855130）。")
    h1("一、总体情况")
    body("2025年，厦门市商务局认真贯彻落实国家、省、市关于政务公开的决策部署，紧扣中国（福建）自由贸易试验区厦门片区、金砖国家新工业革命伙伴关系创新基地、“丝路海运”等重点工作，推进政府信息公开工作规范化、标准化。")
    # two items typed into one paragraph with Shift+Enter
    t1 = "1.主动公开方面。全年在市商务局网站主动公开信息1563条，其中政策解读17篇；开展“政策进企业”宣讲12场,惠及企业2300余家。"
    t2 = "2.依申请公开方面。全年新收政府信息公开申请38件，上年结转3件，办结38件，结转下年度继续办理3件；被申请行政复议3件，被提起行政诉讼2件。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    cl.extend([t1, t2])
    runin("3.政府信息管理方面。", "落实行政规范性文件统一登记、统一编号、统一公布制度，全年制发行政规范性文件4件，废止3件，现行有效15件。")
    runin("4.平台建设方面。", "开设“金砖创新基地”栏目，网站英文版同步更新重点政策43条。")
    runin("5.监督保障方面。", "将政务公开工作纳入局机关年度绩效考核，开展网站常态化自查，全年组织政务公开培训3次、培训人员160人次。")
    h1("二、主动公开政府信息情况")
    table_zhudong(doc, {"guizhang": ["0", "0", "0"], "gfxwj": ["4", "3", "15"],
                        "xuke": "318", "chufa": "12", "qiangzhi": "0",
                        "shoufei": "0"}, cl, size=10)
    h1("三、收到和处理政府信息公开申请情况")
    add_par(doc, [("单位：件", FS, 12, False)], indent=False, align=R, line=20)
    vals = shenqing_values(
        carry_in=[2, 1, 0, 0, 0, 0],
        carry_out=[2, 0, 0, 0, 1, 0],
        results={
            2: [9, 5, 0, 0, 1, 0],
            3: [2, 1, 0, 0, 1, 0],
            7: [1, 1, 0, 0, 0, 0],
            11: [1, 0, 0, 0, 0, 0],
            12: [5, 2, 0, 1, 0, 0],
            13: [1, 1, 0, 0, 0, 0],
            14: [1, 0, 0, 0, 0, 0],
            15: [2, 0, 0, 0, 0, 0],
            19: [1, 0, 0, 0, 0, 0],
            20: [1, 0, 0, 0, 0, 0],
            22: [0, 1, 0, 0, 0, 0],
        })
    assert vals[0][6] == "38" and vals[1][6] == "3" and vals[23][6] == "38"
    assert vals[24][6] == "3"

    def leaf_fw(s):  # clerk typed full-width dot "1．" in the leaf labels
        return s.replace(".", "．", 1)
    table_shenqing(doc, vals, cl, row_range=(0, 4), leaf_sub=leaf_fw, repeat=False)
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    table_shenqing(doc, vals, cl, row_range=(4, 25), leaf_sub=leaf_fw, repeat=False)
    empty(doc, 1, line=14)
    h1("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")
    table_fuyi(doc, [2, 0, 0, 1], [1, 0, 0, 0], [1, 0, 0, 0], cl)
    p = add_par(doc, [("注：行政复议“尚未审结”1件为2025年12月申请、截至统计日尚在审理期限内的案件。", FS, 12, False)],
                indent=False, line=20, before=4)
    cl.append("注：行政复议“尚未审结”1件为2025年12月申请、截至统计日尚在审理期限内的案件。")
    empty(doc, 1, line=14)
    h1("五、存在的主要问题及改进情况")
    body("2025年，我局政府信息公开工作取得一定成效，但也存在一些不足：一是部分政策解读的通俗性和可读性有待提高;二是依申请公开答复中个别告知书说理不够充分。2026年，我局将从以下方面加以改进：一是丰富图解、短视频等解读形式，提升政策解读质量；二是加强对依申请公开工作人员的业务培训，严格执行法律顾问审核制度，提高答复文书规范化水平。")
    h1("六、其他需要报告的事项")
    body("1.本机关2025年度未收取信息处理费。")
    body("2.2025年，我局承办市人大代表建议9件、市政协提案14件，按时办结率100%，代表委员满意率100%。")
    empty(doc, 2)
    p = add_par(doc, "厦门市商务局" + "\u3000" * 2, indent=False, align=R)
    p = add_par(doc, "2026年1月20日" + " " * 3, indent=False, align=R)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门市商务局2025年政府信息公开工作年度报告",
            issuer=["厦门市商务局"], date="2026-01-20", level="municipal",
            region="厦门市", doc_type="报告"),
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_zhengzhou(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
