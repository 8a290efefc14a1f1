# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 750: 政府信息公开工作年度报告 (市商务局 / 自贸片区管委会), Word + PDF + expected.json."""
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
IND = "\u3000\u3000"
SZ = [16]  # current body font size
LN = [28]  # current body line spacing
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


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


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = LN[0]
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(2 * SZ[0])
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, SZ[0], False)]
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(fp, instr, size=14, name=SONG, shown="1"):
    r = fp.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr)))
    r = fp.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run(shown), name, size)
    r = fp.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, line=14):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def new_table(doc, nrows, widths):
    t = doc.add_table(rows=nrows, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    return t


def repeat_header(t, nrows):
    for i in range(nrows):
        trPr = t.rows[i]._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(t):
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def mcell(t, r1, c1, r2, c2, text, **kw):
    m = t.cell(r1, c1).merge(t.cell(r2, c2)) if (r1, c1) != (r2, c2) else t.cell(r1, c1)
    set_cell(m, text, **kw)
    return m


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_750", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


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

# ================================================================ 标准表格
APP_COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
APP_HDR = ["申请人情况／自然人"] + ["申请人情况／法人或其他组织／" + x for x in APP_COLS[1:6]] + ["申请人情况／总计"]
GROUPS = [
    ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                    "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
                    "7.属于行政执法案卷", "8.属于行政查询事项"]),
    ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
                    "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]),
    ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "3.其他"]),
]
BUFEN = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
Z6 = [0] * 6


def app_rows(d):
    """d: dict with keys new, carry, open, part, and per-item lists (6 numbers) keyed by item label.
    Returns list of (label_parts, values7)."""
    def v(x):
        return list(x) + [sum(x)]
    rows = [(["一、本年新收政府信息公开申请数量"], v(d["new"])),
            (["二、上年结转政府信息公开申请数量"], v(d["carry"]))]
    res = [d["open"], d["part"]]
    rows.append((["三、本年度办理结果", "（一）予以公开"], v(d["open"])))
    rows.append((["三、本年度办理结果", BUFEN], v(d["part"])))
    for g, items in GROUPS:
        for it in items:
            x = d.get(it, Z6)
            res.append(x)
            rows.append((["三、本年度办理结果", g, it], v(x)))
    tot = [sum(col) for col in zip(*res)]
    rows.append((["三、本年度办理结果", "（七）总计"], v(tot)))
    left = [a + b - c for a, b, c in zip(d["new"], d["carry"], tot)]
    assert all(x >= 0 for x in left), left
    rows.append((["四、结转下年度继续办理"], v(left)))
    return rows


def row_clause(labels, vals):
    return "／".join(labels) + "；" + "；".join("%s：%s" % (h, x) for h, x in zip(APP_HDR, vals))


def table_zhudong(doc, z, clauses, size=10.5):
    """z: dict gz=(a,b,c) gf=(a,b,c) xk xc qz sf"""
    t = new_table(doc, 15, [4.4, 3.7, 3.7, 3.7])
    rows = []
    # (section, header, data rows)
    mcell(t, 0, 0, 0, 3, "第二十条第（一）项", name=HT, size=size)
    for i, h in enumerate(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]):
        set_cell(t.cell(1, i), h, name=HT, size=size)
    for r, (name, vals) in zip((2, 3), (("规章", z["gz"]), ("行政规范性文件", z["gf"]))):
        set_cell(t.cell(r, 0), name, size=size)
        for i, x in enumerate(vals):
            set_cell(t.cell(r, i + 1), x, size=size)
        clauses.append("信息内容：%s；本年制发件数：%s；本年废止件数：%s；现行有效件数：%s" % ((name,) + tuple(vals)))
    sec = [(4, "第二十条第（五）项", "本年处理决定数量", [("行政许可", z["xk"])]),
           (7, "第二十条第（六）项", "本年处理决定数量", [("行政处罚", z["xc"]), ("行政强制", z["qz"])]),
           (11, "第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", z["sf"])])]
    for r0, title, h2, data in sec:
        mcell(t, r0, 0, r0, 3, title, name=HT, size=size)
        set_cell(t.cell(r0 + 1, 0), "信息内容", name=HT, size=size)
        mcell(t, r0 + 1, 1, r0 + 1, 3, h2, name=HT, size=size)
        for k, (name, val) in enumerate(data):
            rr = r0 + 2 + k
            set_cell(t.cell(rr, 0), name, size=size)
            mcell(t, rr, 1, rr, 3, val, size=size)
            clauses.append("信息内容：%s；%s：%s" % (name, h2, val))
    cant_split(t)
    return t


def _app_header(t, size, corner):
    mcell(t, 0, 0, 2, 2, corner, size=size, line=12)
    mcell(t, 0, 3, 0, 9, "申请人情况", name=HT, size=size, line=12)
    mcell(t, 1, 3, 2, 3, "自然人", name=HT, size=size, line=12)
    mcell(t, 1, 4, 1, 8, "法人或其他组织", name=HT, size=size, line=12)
    mcell(t, 1, 9, 2, 9, "总计", name=HT, size=size, line=12)
    for i, h in enumerate(APP_COLS[1:6]):
        set_cell(t.cell(2, 4 + i), h, name=HT, size=size, line=12)


APP_W = [1.0, 1.3, 5.7] + [1.08] * 7


def _app_body(t, rows, start, size, clauses):
    """rows: list of (labels, vals) to place from table row `start`."""
    r = start
    # group vertical merges
    i = 0
    n = len(rows)
    while i < n:
        labels, vals = rows[i]
        if len(labels) == 1:
            mcell(t, r + i, 0, r + i, 2, labels[0], size=size, align=L, line=12)
            i += 1
            continue
        # block of rows sharing labels[0]
        j = i
        while j < n and len(rows[j][0]) > 1 and rows[j][0][0] == labels[0]:
            j += 1
        mcell(t, r + i, 0, r + j - 1, 0, labels[0], size=size, line=12)
        k = i
        while k < j:
            lk = rows[k][0]
            if len(lk) == 2:
                mcell(t, r + k, 1, r + k, 2, lk[1], size=size, align=L, line=12)
                k += 1
            else:
                m = k
                while m < j and len(rows[m][0]) == 3 and rows[m][0][1] == lk[1]:
                    m += 1
                mcell(t, r + k, 1, r + m - 1, 1, lk[1], size=size, line=12)
                for q in range(k, m):
                    set_cell(t.cell(r + q, 2), rows[q][0][2], size=size, align=L, line=12)
                k = m
        i = j
    for q, (labels, vals) in enumerate(rows):
        for c, x in enumerate(vals):
            set_cell(t.cell(r + q, 3 + c), str(x), size=size, line=12)
        clauses.append(row_clause(labels, vals))


def table_shenqing(doc, d, clauses, size=9, corner=NOTE, split_at=None, before_cont=None):
    rows = app_rows(d)
    if split_at is None:
        t = new_table(doc, 3 + len(rows), APP_W)
        _app_header(t, size, corner)
        _app_body(t, rows, 3, size, clauses)
        repeat_header(t, 3)
        cant_split(t)
        return [t]
    t1 = new_table(doc, 3 + split_at, APP_W)
    _app_header(t1, size, corner)
    _app_body(t1, rows[:split_at], 3, size, clauses)
    cant_split(t1)
    before_cont(doc)
    t2 = new_table(doc, 3 + len(rows) - split_at, APP_W)
    _app_header(t2, size, corner)
    _app_body(t2, rows[split_at:], 3, size, clauses)
    cant_split(t2)
    return [t1, t2]


FY_H = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def table_fuyi(doc, fy, ss1, ss2, clauses, size=9):
    t = new_table(doc, 4, [1.04] * 15)
    mcell(t, 0, 0, 0, 4, "行政复议", name=HT, size=size, line=12)
    mcell(t, 0, 5, 0, 14, "行政诉讼", name=HT, size=size, line=12)
    for i, h in enumerate(FY_H):
        mcell(t, 1, i, 2, i, h, name=HT, size=size, line=12)
    mcell(t, 1, 5, 1, 9, "未经复议直接起诉", name=HT, size=size, line=12)
    mcell(t, 1, 10, 1, 14, "复议后起诉", name=HT, size=size, line=12)
    for i, h in enumerate(FY_H * 2):
        set_cell(t.cell(2, 5 + i), h, name=HT, size=size, line=12)
    vals = list(fy) + [sum(fy)] + list(ss1) + [sum(ss1)] + list(ss2) + [sum(ss2)]
    for i, x in enumerate(vals):
        set_cell(t.cell(3, i), str(x), size=10.5)
    hdr = (["行政复议／" + h for h in FY_H] + ["行政诉讼／未经复议直接起诉／" + h for h in FY_H]
           + ["行政诉讼／复议后起诉／" + h for h in FY_H])
    clauses.append("；".join("%s：%s" % (h, x) for h, x in zip(hdr, vals)))
    cant_split(t)
    return t


def tbl_gap(doc):
    fmt(doc.add_paragraph(), indent=False, line=10)


# =================================================================== DOC A
def doc_ningbo():
    def tbl_gap(doc):
        pass

    stem = "blind750_ningbo_baosong"
    SZ[0], LN[0] = 16, 28
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("宁波市商务局文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("甬商务〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("徐立新", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=20)
    # title wrapped at an odd place, two paragraphs
    add_par(doc, [("宁波市商务局关于报送2025年度政府信息", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("公开工作年度报告的报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=20)
    add_par(doc, "宁波市人民政府办公厅：", indent=False)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    body("根据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号文件要求，我局编制完成了《宁波市商务局2025年度政府信息公开工作年度报告》，经2026年1月12日局党组会议审议通过，已于1月16日在局门户网站“政府信息公开”专栏向社会公开。现将报告报送你办，请予审核。")
    empty(doc, 1, line=14)
    p = add_par(doc, "附件：宁波市商务局2025年度政府信息公开工作年度", indent=True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "报告"), FS, 16)
    empty(doc, 1)
    p = add_par(doc, "宁波市商务局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年1月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")
    add_par(doc, "（联系人：胡晓蕾，联系电话：0574-89186213）")

    # ---------------- attachment on its own page (typed in 四号 to save paper)
    SZ[0], LN[0] = 14, 22
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("宁波市商务局2025年度政府信息公开", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("工作年度报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=10)

    def head(t):
        add_par(doc, [(t, HT, SZ[0], False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, SZ[0], False), (t, FS, SZ[0], False)])

    body("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制，所列数据的统计期限自2025年1月1日起至2025年12月31日止。本报告电子版可在宁波市商务局门户网站（http://swj.ningbo.gov.cn）“政府信息公开”专栏下载。如对本报告有疑问，请与宁波市商务局办公室联系（地址：宁波市鄞州区宁穿路2001号；邮编：315066；电话：0574-89186213）。")
    head("一、总体情况")
    body("2025年，我局紧紧围绕稳外贸稳外资、促消费扩内需、高质量共建“一带一路”等中心工作，持续深化政府信息公开，不断提升政务公开质效。")
    runin("（一）主动公开。", "全年通过门户网站主动公开政府信息1862条，其中政策文件及解读86条、工作动态1124条、通知公告317条、人事信息21条、财政预决算信息8条、其他信息306条。围绕《宁波市推动跨境电商高质量发展若干措施》等4件行政规范性文件开展图文、视频解读12次。")
    runin("（二）依申请公开。", "全年新收政府信息公开申请23件，上年结转2件，办结24件，结转下年度继续办理1件，所有申请均在法定期限内答复。因政府信息公开被申请行政复议1件，复议结果为维持；复议后被提起行政诉讼1件，目前尚未审结。")
    runin("（三）政府信息管理。", "严格落实公文公开属性源头认定和公开前保密审查制度，全年开展保密审查1903件次。开展行政规范性文件清理，废止《宁波市外贸稳增长专项资金管理办法》等2件。")
    runin("（四）平台建设。", "新增“宁波舟山港‘一带一路’综合试验区”“RCEP企业服务”2个专题专栏；“宁波商务”微信公众号全年发布信息1436条。")
    runin("（五）监督保障。", "将政务公开工作纳入处室绩效考核，组织业务培训2次，参训160人次，全年未发生被追究责任的情况。")
    head("二、主动公开政府信息情况")
    table_zhudong(doc, {"gz": ("0", "0", "0"), "gf": ("4", "2", "17"), "xk": "412",
                        "xc": "26", "qz": "0", "sf": "0"}, clauses)
    tbl_gap(doc)
    head("三、收到和处理政府信息公开申请情况")
    table_shenqing(doc, {
        "new": [17, 5, 0, 0, 1, 0], "carry": [2, 0, 0, 0, 0, 0],
        "open": [6, 2, 0, 0, 1, 0], "part": [2, 1, 0, 0, 0, 0],
        "4.保护第三方合法权益": [0, 1, 0, 0, 0, 0],
        "5.属于三类内部事务信息": [1, 0, 0, 0, 0, 0],
        "8.属于行政查询事项": [1, 0, 0, 0, 0, 0],
        "1.本机关不掌握相关政府信息": [4, 1, 0, 0, 0, 0],
        "2.没有现成信息需要另行制作": [1, 0, 0, 0, 0, 0],
        "1.信访举报投诉类申请": [1, 0, 0, 0, 0, 0],
        "2.重复申请": [1, 0, 0, 0, 0, 0],
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": [1, 0, 0, 0, 0, 0],
    }, clauses)
    tbl_gap(doc)
    head("四、政府信息公开行政复议、行政诉讼情况")
    table_fuyi(doc, (1, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 1), clauses)
    tbl_gap(doc)
    head("五、存在的主要问题及改进情况")
    body("存在的主要问题：一是政策解读形式还不够丰富，部分解读材料通俗性不足；二是个别依申请公开答复文书说理不够充分。2026年，我局将创新政策解读方式，更多运用图解、短视频等形式；完善答复文书模板，加强与法律顾问的会商研判，提高答复质量。")
    head("六、其他需要报告的事项")
    body("本年度我局未收取信息处理费。全年承办市人大代表建议38件、市政协提案45件，办理复文均已按规定主动公开。")

    banji(doc, "抄送：市委网信办，市大数据局。", "宁波市商务局办公室", "2026年1月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于报送2025年度政府信息公开工作年度报告的报告",
            "doc_number": "甬商务〔2026〕6号",
            "issuer": ["宁波市商务局"],
            "date": "2026-01-16",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["宁波市商务局2025年度政府信息公开工作年度报告"],
            "doc_type": "报告",
            "recipients": ["宁波市人民政府办公厅"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    stem = "blind750_qinzhou_nianbao"
    SZ[0], LN[0] = 14, 24  # web version typed in 四号
    doc = Document()
    setup(doc, footer="page_of")
    clauses = []
    ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"

    p = doc.add_paragraph()
    font(p.add_run(ORG), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2025年度政府信息公开工作年度报告"), XBS, 18)
    fmt(p, align=C, indent=False, line=34, before=6)
    add_par(doc, [("发布日期：2026年1月26日", KT, 14, False)], align=C, indent=False, line=26, after=6)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, SZ[0], False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, SZ[0], False), (h, KT, SZ[0], True), (t, FS, SZ[0], False)], indent=False)

    body("本报告由中国（广西）自由贸易试验区钦州港片区管理委员会（以下简称片区管委会）根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。本报告电子版可在钦州市人民政府门户网站“政府信息公开”专栏下载。如对本报告有任何疑问，请与片区管委会党政办公室联系(地址:钦州市钦州港区滨海大道6号;邮编:535008;电话:0777-3882716)。")
    head("一、总体情况")
    body("2025年，片区管委会深入贯彻落实党中央、国务院和自治区、钦州市关于政务公开工作的部署要求，围绕高水平建设西部陆海新通道、打造面向东盟的国际门户港等重点任务，以公开促落实、以公开优服务，推动政府信息公开工作取得新成效。")
    runin("（一）主动公开情况。", "全年通过钦州市人民政府门户网站片区管委会专栏、“钦州港片区发布”微信公众号等渠道主动公开政府信息1,286条，其中机构职能、领导信息等基础信息32条，政策文件及解读64条，制度创新案例、项目建设、招商引资等重点领域信息517条，工作动态673条。及时公开《钦州港片区促进西部陆海新通道海铁联运发展若干措施》等2件行政规范性文件，同步发布政策解读2篇。")
    runin("(二)依申请公开情况。", "全年新收政府信息公开申请13件，其中自然人申请9件、法人或其他组织申请4件，无上年结转申请；本年度办结12件，结转下年度继续办理1件。全年未发生因政府信息公开引起的行政复议和行政诉讼。")
    runin("（三）政府信息管理情况。", "落实政府信息公开属性源头认定机制，对制发的公文逐件明确公开属性；严格执行“先审查、后公开”和“一事一审”制度，全年审查拟公开信息1,300余条。")
    runin("（四）平台建设情况。", "完善片区管委会信息公开专栏，设置“制度创新”“中国—东盟合作”“RCEP服务专区”等栏目；依托钦州港片区政务服务中心设立政府信息公开查阅点，提供政策咨询和信息查阅服务。")
    runin("(五)监督保障情况。", "片区管委会主要负责同志专题研究政务公开工作2次，将政务公开工作纳入年度绩效考评；开展政务公开专题培训1次，培训人员85人次。")
    head("二、主动公开政府信息情况")
    table_zhudong(doc, {"gz": ("0", "0", "0"), "gf": ("2", "0", "9"), "xk": "4,517",
                        "xc": "58", "qz": "3", "sf": "0"}, clauses)
    tbl_gap(doc)
    head("三、收到和处理政府信息公开申请情况")
    table_shenqing(doc, {
        "new": [9, 3, 0, 0, 0, 1], "carry": Z6,
        "open": [4, 1, 0, 0, 0, 1], "part": [1, 0, 0, 0, 0, 0],
        "6.属于四类过程性信息": [0, 1, 0, 0, 0, 0],
        "1.本机关不掌握相关政府信息": [2, 1, 0, 0, 0, 0],
        "1.信访举报投诉类申请": [1, 0, 0, 0, 0, 0],
    }, clauses)
    tbl_gap(doc)
    head("四、政府信息公开行政复议、行政诉讼情况")
    table_fuyi(doc, (0, 0, 0, 0), (0, 0, 0, 0), (0, 0, 0, 0), clauses)
    tbl_gap(doc)
    head("五、存在的主要问题及改进情况")
    body("2025年片区管委会政府信息公开工作仍存在一些不足：一是政策解读的形式较为单一，以文字解读为主，图解、视频等多元化解读较少；二是部分领域信息更新不够及时，对企业关注的通关便利、物流成本等信息的集中发布还有待加强。")
    body("下一步，片区管委会将围绕西部陆海新通道建设和面向东盟开放合作，一是丰富政策解读形式，推行“政策+解读+问答”同步发布；二是健全信息发布协调机制，明确各部门信息更新责任和时限，确保信息公开及时、准确、完整。")
    head("六、其他需要报告的事项")
    body("本年度片区管委会未收取信息处理费。2025年片区管委会共承办自治区、钦州市人大代表建议和政协提案7件，均已按时办结并按规定公开办理结果。")
    empty(doc, 2)
    p = add_par(doc, ORG, indent=False, align=R)
    p = add_par(doc, "2026年1月22日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(72)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": ORG + "2025年度政府信息公开工作年度报告",
            "doc_number": None,
            "issuer": [ORG],
            "date": "2026-01-22",
            "published": "2026-01-26",
            "level": "municipal",
            "region": "钦州市",
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


# =================================================================== DOC C
def doc_xiamen():
    stem = "blind750_xiamen_nianbao"
    SZ[0], LN[0] = 16, 26
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("管理委员会2025年度政府信息公开工作", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("年度报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def head(t):
        p = add_par(doc, [(t, HT, SZ[0], False)], first=Pt(2 * SZ[0]))
        apply_num(p, n_head)

    cnt = [0]

    def item(h, t):
        cnt[0] += 1
        clauses.append("（%s）%s%s" % (CN[cnt[0] - 1], h, t))
        p = add_par(doc, [(h, KT, SZ[0], False), (t, FS, SZ[0], False)], first=Pt(2 * SZ[0]))
        apply_num(p, n_item)

    body("本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）及《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。如对本报告有疑问，请与厦门片区管委会综合处联系（电话：0592－6012835）。")
    head("总体情况")
    body("2025年，厦门片区管委会坚持以公开为常态、不公开为例外，围绕打造“一带一路”互联互通重要枢纽、建设金砖国家新工业革命伙伴关系创新基地和深化两岸融合发展等重点工作，持续加大政府信息公开力度，以公开促落实、促规范、促服务。")
    item("主动公开。", "全年主动公开政府信息2,043条。重点公开制度创新、航运物流、招商引资、政务服务等领域信息，发布“丝路海运”“中欧（厦门）班列”运行情况和自贸试验区制度创新成果信息186条；公开《厦门片区促进航运物流高质量发展若干措施》等行政规范性文件5件，均同步发布政策解读。")
    item("依申请公开。", "全年新收政府信息公开申请33件，上年结转4件，本年度办结35件，结转下年度继续办理2件。申请内容主要集中在企业扶持资金、土地房屋征收、项目审批等方面。")
    item("政府信息管理。", "健全政府信息公开审查机制，坚持“谁公开、谁审查、谁负责”，全年开展公开前保密审查2,100余条次；对片区管委会及原厦门象屿保税区管委会制发的行政规范性文件进行全面清理，废止3件。")
    item("平台建设。", "做好厦门自贸片区门户网站和“厦门自贸片区”微信公众号建设管理，开设“金砖创新基地”“台胞台企服务”专栏，全年发布信息3,215条。")
    item("监督保障。", "成立由管委会主要负责同志任组长的政务公开工作领导小组，制定年度政务公开工作任务分工，组织政务公开业务培训2场，开展网站信息内容季度自查4次，发现并整改问题11个。")
    head("主动公开政府信息情况")
    table_zhudong(doc, {"gz": ("0", "0", "0"), "gf": ("5", "3", "21"), "xk": "8,862",
                        "xc": "127", "qz": "0", "sf": "0"}, clauses)
    tbl_gap(doc)
    head("收到和处理政府信息公开申请情况")

    def xubiao(d):
        add_par(d, [("续表", HT, 12, False)], indent=False, line=20, before=6)

    table_shenqing(doc, {
        "new": [21, 8, 1, 0, 2, 1], "carry": [3, 1, 0, 0, 0, 0],
        "open": [7, 3, 1, 0, 1, 0], "part": [2, 1, 0, 0, 0, 0],
        "3.危及“三安全一稳定”": [1, 0, 0, 0, 0, 0],
        "4.保护第三方合法权益": [1, 1, 0, 0, 0, 0],
        "6.属于四类过程性信息": [1, 0, 0, 0, 0, 0],
        "7.属于行政执法案卷": [0, 0, 0, 0, 1, 0],
        "8.属于行政查询事项": [2, 0, 0, 0, 0, 0],
        "1.本机关不掌握相关政府信息": [5, 2, 0, 0, 0, 1],
        "2.没有现成信息需要另行制作": [1, 1, 0, 0, 0, 0],
        "3.补正后申请内容仍不明确": [1, 0, 0, 0, 0, 0],
        "1.信访举报投诉类申请": [1, 0, 0, 0, 0, 0],
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": [1, 0, 0, 0, 0, 0],
    }, clauses, corner="", split_at=12, before_cont=xubiao)
    tbl_gap(doc)
    head("政府信息公开行政复议、行政诉讼情况")
    table_fuyi(doc, (2, 1, 0, 0), (1, 0, 0, 0), (0, 0, 0, 1), clauses)
    add_par(doc, [("注：“未经复议直接起诉”栏中“结果维持”的1件为2024年度结转案件，于本年度审结。", FS, 12, False)],
            indent=False, line=20, before=4)
    clauses.append("注：“未经复议直接起诉”栏中“结果维持”的1件为2024年度结转案件，于本年度审结。")
    head("存在的主要问题及改进情况")
    body("2025年，厦门片区管委会政府信息公开工作虽取得一定成效，但仍存在政策解读的互动性不够强、依申请公开答复的规范性有待进一步提升等问题。对于2024年度报告中提出的问题，已通过编制依申请公开办理指引、开展答复文书交叉评查等方式进行整改。")
    body("2026年，我们将进一步加强政策解读回应，推动重要政策“图文+视频+问答”多维解读；强化依申请公开办理全流程管理，严格落实法律顾问审核制度，切实降低行政复议纠错率。")
    head("其他需要报告的事项")
    # two numbered items typed in one paragraph with a manual line break
    t1 = "1.本年度未收取信息处理费。"
    t2 = "2.本年度共办理市人大代表建议12件、市政协提案19件，办理结果均已按规定主动公开。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, SZ[0])
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, SZ[0])
    fmt(p)
    clauses.extend([t1, t2])
    empty(doc, 2)
    # 落款 aligned with typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 5 + ORG, indent=False)
    add_par(doc, "\u3000" * 16 + "二〇二六年一月十九日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": ORG + "2025年度政府信息公开工作年度报告",
            "doc_number": None,
            "issuer": [ORG],
            "date": "2026-01-19",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
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
    paths = [doc_ningbo(), doc_qinzhou(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
