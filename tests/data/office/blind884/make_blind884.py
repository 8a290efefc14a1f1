# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 884: 中欧班列运营补贴清算审核结果通知（含审核明细表）.

Writes three Word files, their PDFs (LibreOffice) and expected.json
into the directory of this script.
"""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
SP = "\u3000"  # full-width space

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


def fmt(p, align=None, first=Pt(32), line=28, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def par(doc, runs, **kw):
    """runs: str, or list of (text, font, size[, bold[, color]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16)]
    for r in runs:
        text, name, size = r[:3]
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def blank(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), first=None, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, first=None, line=12)


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def field(p, instr, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.2)
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":
        font(fp.add_run("- "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" -"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def cell_text(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    # drop any extra paragraphs (left over from merging)
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(16)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def grid_table(doc, cols, rows, widths, clauses, vmerge=(), size=10.5,
               hfont=HT, left_cols=(), add_clauses=True):
    """cols: list of (top, sub_or_None). rows: list of value lists.
    vmerge: list of (col, first_data_row, last_data_row) merged vertically;
    the value is written once but belongs to every row it covers."""
    two = any(sub for _, sub in cols)
    nh = 2 if two else 1
    t = doc.add_table(rows=nh + len(rows), cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w  # w:gridCol, which LibreOffice honours
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    keys = []
    if two:
        i = 0
        while i < len(cols):
            top, sub = cols[i]
            if sub is None:
                m = t.cell(0, i).merge(t.cell(1, i))
                cell_text(m, top, hfont, size)
                keys.append(top)
                i += 1
            else:
                j = i
                while j + 1 < len(cols) and cols[j + 1][0] == top and cols[j + 1][1]:
                    j += 1
                m = t.cell(0, i).merge(t.cell(0, j)) if j > i else t.cell(0, i)
                cell_text(m, top, hfont, size)
                for k in range(i, j + 1):
                    cell_text(t.cell(1, k), cols[k][1], hfont, size)
                    keys.append(top + "／" + cols[k][1])
                i = j + 1
    else:
        for i, (top, _) in enumerate(cols):
            cell_text(t.cell(0, i), top, hfont, size)
            keys.append(top)
    for r in range(nh):
        repeat_header(t.rows[r])
    covered = set()
    for (c, a, b) in vmerge:
        m = t.cell(nh + a, c).merge(t.cell(nh + b, c))
        cell_text(m, rows[a][c], FS, size)
        for r in range(a, b + 1):
            covered.add((r, c))
    for ri, vals in enumerate(rows):
        cant_split(t.rows[nh + ri])
        for ci, v in enumerate(vals):
            if (ri, ci) in covered:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(nh + ri, ci), v, FS, size, align=al)
        if add_clauses:
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, vals)))
    return t


def banji(doc, cc, printer, date_txt, tab=Cm(15.2), gap=1):
    blank(doc, gap, line=20)
    p = par(doc, [(cc, FS, 14)], first=None, line=26, left=Pt(14), right=Pt(14))
    p.paragraph_format.first_line_indent = Pt(-42)
    p.paragraph_format.left_indent = Pt(56)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, 14), ("\t", FS, 14), (date_txt, FS, 14)],
             first=None, line=26, left=Pt(14))
    p2.paragraph_format.tab_stops.add_tab_stop(tab, 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_884", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wan(x):
    return "%.2f" % x


def thousands(n):
    return "{:,}".format(n)


# ======================================================== DOC A  河南（省级联合）
def doc_henan():
    stem = "blind884_henan_qingsuan"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # joint red masthead: two organ names (distributed) + "文件" merged at right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(10.5), Cm(4.5)
    for row in t.rows:
        row.cells[0].width = Cm(10.5)
        row.cells[1].width = Cm(4.5)
    for i, name in enumerate(["河南省财政厅", "河南省商务厅"]):
        c = t.cell(i, 0)
        cell_text(c, name, XBS, 34, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        c.paragraphs[0].runs[0].font.color.rgb = RED
        c.paragraphs[0].paragraph_format.line_spacing = Pt(48)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 48)
    m.paragraphs[0].runs[0].font.color.rgb = RED
    blank(doc, 1)
    p = par(doc, "豫财建〔2026〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, first=None)
    border(p, "bottom", "FF0000", 24, 8)
    blank(doc, 1)
    # title broken over three paragraphs at odd places
    for line in ["河南省财政厅 河南省商务厅关于2025年度",
                 "中欧班列（郑州）运营补贴清算审核结",
                 "果的通知"]:
        par(doc, [(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=34)
    blank(doc, 1)
    par(doc, "郑州市财政局、商务局，郑州国际陆港开发建设有限公司：", first=None)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16)])

    def runin(h, t):
        clauses.append(h + t)
        par(doc, [(h, KT, 16, True), (t, FS, 16)])

    # ---- data (万元 / 列)
    detail = [
        # 线路, 方向, 申报列, 申报额, 认定列, 认定额, 备注, 项目
        ("郑州—汉堡", "去程", 412, "1648.00", 410, "1640.00", "2列重复申报", "go"),
        ("汉堡—郑州", "回程", 356, "1780.00", 356, "1780.00", "—", "back"),
        ("郑州—慕尼黑", "去程", 188, "752.00", 188, "752.00", "—", "go"),
        ("郑州—列日", "去程", 96, "422.40", 93, "409.20", "3列装载率不足70%", "go"),
        ("郑州—布达佩斯", "去程", 74, "325.60", 74, "325.60", "—", "go"),
        ("郑州—华沙", "去程", 132, "528.00", 131, "524.00", "1列运单信息不符", "go"),
        ("华沙—郑州", "回程", 118, "590.00", 115, "575.00", "3列重箱率不足50%", "back"),
        ("郑州—米兰", "去程", 45, "216.00", 45, "216.00", "—", "go"),
        ("马拉舍维奇—郑州", "回程", 63, "315.00", 60, "300.00", "3列未提供境外发站证明", "back"),
        ("杜伊斯堡—郑州", "回程", 87, "435.00", 87, "435.00", "—", "back"),
        ("郑州—莫斯科", "去程", 205, "738.00", 205, "738.00", "—", "go"),
        ("郑州—伊斯坦布尔（跨里海通道）", "去程", 18, "162.00", 18, "162.00", "新开线路", "new"),
    ]
    D = Decimal
    tot = {"n1": 0, "a1": D(0), "n2": 0, "a2": D(0)}
    grp = {}
    for (_, _, n1, a1, n2, a2, _, g) in detail:
        tot["n1"] += n1
        tot["a1"] += D(a1)
        tot["n2"] += n2
        tot["a2"] += D(a2)
        gg = grp.setdefault(g, [0, D(0), 0, D(0)])
        gg[0] += n1
        gg[1] += D(a1)
        gg[2] += n2
        gg[3] += D(a2)
    cut_n = tot["n1"] - tot["n2"]
    cut_a = tot["a1"] - tot["a2"]
    prov = (tot["a2"] * D("0.6")).quantize(D("0.01"))
    city = tot["a2"] - prov
    pre_prov, pre_city = D("3000.00"), D("2000.00")

    body("根据《河南省中欧班列（郑州）运营补贴资金管理办法》（豫财建〔2024〕56号，以下简称《办法》）规定，省财政厅、省商务厅委托河南中审华信会计师事务所（特殊普通合伙）对郑州国际陆港开发建设有限公司申报的2025年度中欧班列（郑州）运营补贴进行了清算审核。现将审核结果通知如下：")
    head("一、清算审核基本情况")
    body("本次清算审核范围为2025年1月1日至12月31日期间由中欧班列（郑州）集结中心组织开行的中欧班列，重点核查开行列数、装载率、运单信息、境外到站（发站）证明和运费结算凭证等内容。")
    body("经审核，郑州国际陆港开发建设有限公司2025年度共申报中欧班列%d列，申报补贴资金%s万元；审核认定%d列，认定补贴资金%s万元；核减%d列、补贴资金%s万元。分项目审核情况如下："
         % (tot["n1"], wan(tot["a1"]), tot["n2"], wan(tot["a2"]), cut_n, wan(cut_a)))
    par(doc, [("表1" + SP + "2025年度运营补贴清算审核汇总表（单位：列、万元）", HT, 14)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=None, before=4)
    rows = []
    for g, label in [("go", "去程班列运营补贴"), ("back", "回程班列运营补贴"), ("new", "新开线路补贴")]:
        n1, a1, n2, a2 = grp[g]
        rows.append([label, str(n1), wan(a1), str(n2), wan(a2), wan(a1 - a2)])
    rows.append(["合计", str(tot["n1"]), wan(tot["a1"]), str(tot["n2"]), wan(tot["a2"]), wan(cut_a)])
    grid_table(doc, [("补贴项目", None), ("申报列数", None), ("申报金额", None),
                     ("认定列数", None), ("认定金额", None), ("核减金额", None)],
               rows, [Cm(4.0), Cm(2.2), Cm(2.4), Cm(2.2), Cm(2.4), Cm(2.4)], clauses, size=12)
    head("二、清算资金拨付")
    runin("（一）认定补贴资金。", "认定资金%s万元由省级财政和郑州市财政按6:4比例分担，其中省级承担%s万元，郑州市承担%s万元。"
          % (wan(tot["a2"]), wan(prov), wan(city)))
    runin("（二）已预拨资金。", "省级已预拨%s万元（豫财建〔2025〕33号），郑州市已预拨%s万元，合计%s万元。"
          % (wan(pre_prov), wan(pre_city), wan(pre_prov + pre_city)))
    runin("（三）清算应拨付资金。", "扣除已预拨资金后，本次应清算拨付%s万元，其中省级%s万元、郑州市%s万元。省级资金通过转移支付下达郑州市财政局，由郑州市财政局会同市商务局于收到资金后30日内拨付至郑州国际陆港开发建设有限公司。"
          % (wan(tot["a2"] - pre_prov - pre_city), wan(prov - pre_prov), wan(city - pre_city)))
    head("三、有关工作要求")
    runin("（一）及时拨付资金。", "郑州市财政局、商务局要按照预算管理有关规定，及时将清算资金拨付到位，不得截留、挤占、挪用，确保资金专款专用。")
    runin("（二）落实核减事项整改。", "郑州国际陆港开发建设有限公司要对照审核明细表认真梳理核减原因，完善班列开行台账和单证归档管理，于2026年4月30日前将整改情况书面报送省商务厅。对核减事项有异议的，可于2026年3月31日前向省商务厅提出书面复核申请。")
    runin("（三）加强绩效管理。", "按照中欧班列补贴逐步退坡的要求，2026年度补贴标准在2025年度基础上再下调10%。对虚报冒领、重复申报等骗取补贴资金行为，依照《财政违法行为处罚处分条例》等规定严肃处理。")
    par(doc, "特此通知。")
    blank(doc, 1)
    # 附件 list: hanging indent, second line aligned under first title
    p = par(doc, "附件：2025年度中欧班列（郑州）运营补贴清算审核明细表", first=Pt(-48), left=Pt(80))
    blank(doc, 1)
    # joint 落款 with tabs
    p = par(doc, [("河南省财政厅", FS, 16), ("\t", FS, 16), ("河南省商务厅", FS, 16)], first=None,
            left=Pt(48))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    p.paragraph_format.keep_with_next = True
    par(doc, "2026年3月16日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, right=Pt(48))
    blank(doc, 1)
    par(doc, "（此件主动公开）")

    # ---- 附件: landscape section (表格横排)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    sec.footer_distance = Cm(1.2)
    par(doc, [("附件", HT, 16)], first=None)
    par(doc, [("2025年度中欧班列（郑州）运营补贴清算审核明细表", XBS, 18)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=30)
    par(doc, [("单位：列、万元", FS, 12)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, line=20)
    drows = []
    for i, (l, d, n1, a1, n2, a2, note, _) in enumerate(detail, 1):
        drows.append([str(i), l, d, str(n1), a1, str(n2), a2, wan(D(a1) - D(a2)), note])
    drows.append(["合计", "—", "—", str(tot["n1"]), wan(tot["a1"]), str(tot["n2"]),
                  wan(tot["a2"]), wan(cut_a), "—"])
    grid_table(doc, [("序号", None), ("线路", None), ("方向", None),
                     ("申报情况", "开行列数"), ("申报情况", "补贴金额"),
                     ("审核认定情况", "开行列数"), ("审核认定情况", "补贴金额"),
                     ("核减金额", None), ("备注", None)],
               drows, [Cm(1.2), Cm(4.6), Cm(1.4), Cm(1.9), Cm(2.4), Cm(1.9), Cm(2.4),
                       Cm(2.0), Cm(4.7)], clauses, size=10.5, left_cols=(1, 8))
    n1 = "注：1．补贴金额＝认定开行列数×对应线路单列补贴标准（按《办法》规定执行）。"
    n2 = "2．核减原因见备注栏。"
    par(doc, [(n1, FS, 12)], first=None, line=20, before=4, left=Pt(36)).paragraph_format.first_line_indent = Pt(-36)
    par(doc, [(n2, FS, 12)], first=None, line=20, left=Pt(36))
    clauses.extend([n1, n2])

    banji(doc, "抄送：财政部河南监管局，省发展改革委，中国铁路郑州局集团有限公司。",
          "河南省财政厅办公室", "2026年3月17日印发", tab=Cm(22.1), gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河南省财政厅 河南省商务厅关于2025年度中欧班列（郑州）运营补贴清算审核结果的通知",
            "doc_number": "豫财建〔2026〕18号",
            "issuer": ["河南省财政厅", "河南省商务厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度中欧班列（郑州）运营补贴清算审核明细表"],
            "doc_type": "通知",
            "recipients": ["郑州市财政局", "郑州市商务局", "郑州国际陆港开发建设有限公司"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================== DOC B  义乌（县级市）
def doc_yiwu():
    stem = "blind884_yiwu_yixinou"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []

    par(doc, [("特急", HT, 16)], first=None)
    par(doc, [("义乌市商务局文件", XBS, 44, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
        first=None, line=56)
    blank(doc, 1)
    p = par(doc, "义商务〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, first=None)
    border(p, "bottom", "FF0000", 24, 8)
    blank(doc, 1)
    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("义乌市商务局关于2025年度“义新欧”"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中欧班列运营补贴清算审核结果的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=34)
    blank(doc, 1)
    par(doc, "各有关班列运营企业：", first=None)

    def body(t):
        clauses.append(t)
        par(doc, t)

    # headings typed with full-width spaces instead of a first-line indent
    def head(t):
        par(doc, [(SP * 2 + t, HT, 16)], first=None)

    data = [
        # 企业, 线路, 申报, 审核, 标准, 意见
        ("义乌新欧国际物流有限公司", [
            ("义乌—马德里（去程）", 3860, 3812, 1200, "核减48标箱（重复申报）"),
            ("义乌—杜伊斯堡（去程）", 4520, 4520, 1000, "通过"),
            ("马德里—义乌（回程）", 1236, 1180, 800, "核减56标箱（重箱率不足）"),
            ("义乌—华沙（去程）", 2104, 2104, 1000, "通过"),
        ]),
        ("浙江陆港通供应链管理有限公司", [
            ("义乌—莫斯科（去程）", 3318, 3318, 600, "通过"),
            ("义乌—明斯克（去程）", 1452, 1410, 800, "核减42标箱（境外到站证明缺失）"),
            ("义乌—布达佩斯（去程）", 986, 986, 1000, "通过"),
        ]),
        ("金华欧亚班列集运有限公司", [
            ("义乌—维尔纽斯（去程）", 742, 742, 1000, "通过"),
            ("义乌—米兰（去程）", 610, 596, 1200, "核减14标箱（运单信息不符）"),
            ("杜伊斯堡—义乌（回程）", 528, 528, 800, "通过"),
        ]),
        ("义乌市跨境通物流有限公司", [
            ("义乌—列日（去程）", 884, 860, 1000, "核减24标箱（装载率不足）"),
            ("义乌—伦敦（去程）", 316, 316, 1200, "通过"),
        ]),
    ]
    n_ent = len(data)
    n_line = sum(len(x[1]) for x in data)
    t_dec = sum(r[1] for x in data for r in x[1])
    t_aud = sum(r[2] for x in data for r in x[1])
    t_amt = sum(r[2] * r[3] for x in data for r in x[1])

    body("根据《义乌市“义新欧”中欧班列发展专项资金管理办法》（义商务〔2024〕47号，以下简称《办法》）和《关于做好2025年度“义新欧”中欧班列运营补贴清算申报工作的通知》要求，我局会同市财政局委托浙江信远会计师事务所有限公司对各运营企业申报的2025年度运营补贴进行了清算审核。现将有关事项通知如下：")
    head("一、审核结果")
    body("本次共有%d家运营企业申报2025年度运营补贴，涉及线路%d条，申报箱量%s标箱。经审核，认定补贴箱量%s标箱，核减%s标箱；认定补贴资金%s元。各企业审核结果详见附件。"
         % (n_ent, n_line, thousands(t_dec), thousands(t_aud), thousands(t_dec - t_aud),
            thousands(t_amt)))
    head("二、资金拨付")
    body("补贴资金由市财政局按照审核认定金额扣除已预拨资金后的差额据实拨付。已预拨资金超过认定金额的企业，应于2026年4月30日前退回超拨部分。")
    head("三、异议处理")
    body("对审核结果有异议的企业，请于2026年4月10日（星期五）17:00前向市商务局对外贸易科提交书面复核申请，并附相关证明材料；逾期未提出异议的，视为无异议。联系人：王晓东，联系电话：0579-85523617。")
    head("四、有关要求")
    body("1.各运营企业要如实申报班列开行数据，对申报材料的真实性、完整性负责。")
    body("2.各运营企业要加强回程货源组织。自2026年度起，回程班列重箱率低于60%的，不再给予回程补贴。")
    body("3.对弄虚作假、骗取补贴资金的企业，一经查实，全额追回补贴资金，3年内取消其申报资格。")
    par(doc, "附件：2025年度“义新欧”中欧班列运营补贴清算审核明细表", first=Pt(32))
    blank(doc, 1)
    par(doc, "义乌市商务局", align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, right=Pt(72))
    par(doc, "二〇二六年四月二日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, right=Pt(56))
    par(doc, "（此件依申请公开）", first=Pt(32))

    # ---- 附件 : table split by hand with 续表
    page_break(doc)
    par(doc, [("附件", HT, 16)], first=None)
    par(doc, [("2025年度“义新欧”中欧班列运营补贴清算审核明细表", XBS, 18)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=32, before=6, after=6)
    cols = [("序号", None), ("运营企业", None), ("线路", None), ("申报箱量（标箱）", None),
            ("审核箱量（标箱）", None), ("补贴标准（元/标箱）", None),
            ("审核补贴金额（元）", None), ("审核意见", None)]
    widths = [Cm(1.0), Cm(2.2), Cm(2.3), Cm(1.7), Cm(1.7), Cm(1.6), Cm(2.5), Cm(2.6)]

    def part(ents, start_no, total=False):
        rows, vm = [], []
        for k, (ent, lines) in enumerate(ents):
            a = len(rows)
            for (ln, dec, aud, std, op) in lines:
                rows.append([str(start_no + k), ent, ln, thousands(dec), thousands(aud),
                             thousands(std), thousands(aud * std), op])
            vm += [(0, a, len(rows) - 1), (1, a, len(rows) - 1)]
        if total:
            rows.append(["合计", "—", "—", thousands(t_dec), thousands(t_aud), "—",
                         thousands(t_amt), "核减%s标箱" % thousands(t_dec - t_aud)])
        grid_table(doc, cols, rows, widths, clauses, vmerge=vm, size=10.5, left_cols=(7,))

    part(data[:3], 1)
    page_break(doc)
    par(doc, [("续表", HT, 12)], first=None, line=22)
    part(data[3:], 4, total=True)
    note = "注：审核补贴金额＝审核箱量×补贴标准；补贴标准依据《办法》第十二条确定。"
    par(doc, [(note, FS, 12)], first=None, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：金华市商务局，义乌市人民政府办公室，义乌海关。",
          "义乌市商务局办公室", "2026年4月2日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌市商务局关于2025年度“义新欧”中欧班列运营补贴清算审核结果的通知",
            "doc_number": "义商务〔2026〕21号",
            "issuer": ["义乌市商务局"],
            "date": "2026-04-02",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度“义新欧”中欧班列运营补贴清算审核明细表"],
            "doc_type": "通知",
            "recipients": ["各有关班列运营企业"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================== DOC C  长沙（网页另存，两件）
def doc_changsha():
    stem = "blind884_changsha_jidu"
    doc = Document()
    setup(doc, "pages")
    IND = SP * 2

    # ------------------------------------------------ 第一件
    c1 = []

    def body(cl, t, runs=None):
        cl.append(t)
        if runs is None:
            par(doc, IND + t, first=None)
        else:
            p = doc.add_paragraph()
            font(p.add_run(IND), FS, 16)
            for k, seg in enumerate(runs):
                if k:
                    p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(seg), FS, 16)
            fmt(p, first=None)

    def head(t):
        par(doc, [(IND + t, HT, 16)], first=None)

    par(doc, [("发布日期：2026-01-22" + SP * 2 + "来源：长沙市商务局", SONG, 10.5)],
        align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, line=18)
    blank(doc, 1, line=18)
    par(doc, [("长沙市商务局关于2025年第四季度中欧班列（长沙）运营补贴审核结果的通知", XBS, 22)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=34)
    par(doc, [("长商通〔2026〕4号", KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, first=None)
    blank(doc, 1)
    par(doc, "各有关企业：", first=None)

    ents = [
        ["湖南湘欧国际物流有限公司", 128, 126],
        ["长沙金霞陆港供应链有限公司", 86, 86],
        ["湖南星沙国际货运代理有限公司", 42, 40],
        ["长沙中南班列集货服务有限公司", 35, 35],
        ["湖南和顺达跨境物流有限公司", 18, 17],
    ]
    TEU = 88
    D = Decimal

    def amt(teu):
        return D(teu) * D("0.1")

    s_n1 = sum(e[1] for e in ents)
    s_n2 = sum(e[2] for e in ents)
    body(c1, "根据《长沙市中欧班列运营补贴资金管理办法》（长商发〔2024〕21号）规定,我局委托第三方机构对2025年第四季度(2025年10月1日-12月31日)中欧班列(长沙)运营补贴申报材料进行了审核。现将审核结果通知如下:")
    head("一、审核总体情况")
    body(c1, "2025年第四季度，共有%d家企业申报运营补贴，申报中欧班列%d列、%d标箱。经审核，认定%d列、%d标箱，认定补贴资金%s万元。具体如下："
         % (len(ents), s_n1, s_n1 * TEU, s_n2, s_n2 * TEU, wan(amt(s_n2 * TEU))))
    par(doc, [("2025年第四季度中欧班列（长沙）运营补贴审核结果明细表（单位：列、标箱、万元）", HT, 12)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=24, before=6)
    rows = []
    for i, (n, a, b) in enumerate(ents, 1):
        rows.append([str(i), n, str(a), str(a * TEU), str(b), str(b * TEU), wan(amt(b * TEU))])
    rows.append(["合计", "—", str(s_n1), str(s_n1 * TEU), str(s_n2), str(s_n2 * TEU),
                 wan(amt(s_n2 * TEU))])
    grid_table(doc, [("序号", None), ("企业名称", None), ("申报情况", "列数"), ("申报情况", "标箱数"),
                     ("审核情况", "列数"), ("审核情况", "标箱数"), ("认定补贴金额", None)],
               rows, [Cm(1.2), Cm(5.4), Cm(1.4), Cm(1.6), Cm(1.4), Cm(1.6), Cm(2.4)], c1,
               size=10.5, hfont=SONG, left_cols=(1,))
    note = "注：认定补贴金额按审核标箱数×1000元/标箱计算。"
    par(doc, [(note, SONG, 10.5)], first=None, line=20, before=4)
    c1.append(note)
    head("二、资金拨付")
    t = ("认定补贴资金在审核结果公示期满无异议后，由市财政局于2026年2月底前拨付至企业账户，"
         "第四季度已预拨资金在本次拨付中予以扣减。")
    # clerk forced a line break in the middle of the sentence
    body(c1, t, runs=["认定补贴资金在审核结果公示期满无异议后，由市财政局于2026年2月底前拨付至企业",
                      "账户，第四季度已预拨资金在本次拨付中予以扣减。"])
    head("三、其他事项")
    body(c1, "企业对审核结果有异议的，可于本通知发布之日起7个工作日内向市商务局口岸物流处提出复核申请(联系电话:0731-88665217)。")
    blank(doc, 1)
    par(doc, "长沙市商务局", align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, right=Pt(40))
    par(doc, "2026年1月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, right=Pt(32))
    par(doc, IND + "（此件主动公开）", first=None)

    # ------------------------------------------------ 第二件 (更正通知)
    c2 = []
    page_break(doc)
    par(doc, [("发布日期：2026-02-06" + SP * 2 + "来源：长沙市商务局", SONG, 10.5)],
        align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, line=18)
    par(doc, [("长沙市商务局关于更正2025年第四季度中欧班列（长沙）运营补贴审核结果的通知", XBS, 22)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=34)
    par(doc, [("长商通〔2026〕9号", KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, first=None)
    par(doc, "湖南星沙国际货运代理有限公司、湖南和顺达跨境物流有限公司：", first=None)
    body(c2, "我局于2026年1月20日印发《长沙市商务局关于2025年第四季度中欧班列（长沙）运营补贴审核结果的通知》（长商通〔2026〕4号）。公示期内，你们提出复核申请并补充提交了铁路运单、境外到站证明等材料。经复核，现将审核结果更正如下：")
    par(doc, [("审核结果更正对照表（单位：列、标箱、万元）", HT, 12)],
        align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=24, before=6)
    corr = {2: 41, 4: 18}  # index in ents -> corrected 列数
    rows = []
    for k, (idx, nn) in enumerate(sorted(corr.items()), 1):
        n, _, b = ents[idx]
        rows.append([str(k), n, str(b), str(b * TEU), wan(amt(b * TEU)),
                     str(nn), str(nn * TEU), wan(amt(nn * TEU))])
    grid_table(doc, [("序号", None), ("企业名称", None), ("更正前", "列数"), ("更正前", "标箱数"),
                     ("更正前", "补贴金额"), ("更正后", "列数"), ("更正后", "标箱数"),
                     ("更正后", "补贴金额")],
               rows, [Cm(1.2), Cm(4.5), Cm(1.3), Cm(1.6), Cm(1.9), Cm(1.3), Cm(1.6), Cm(1.9)],
               c2, size=10.5, hfont=SONG, left_cols=(1,))
    new_n2 = s_n2 + sum(nn - ents[i][2] for i, nn in corr.items())
    body(c2, "更正后，2025年第四季度共认定中欧班列%d列、%d标箱，认定补贴资金合计%s万元。长商通〔2026〕4号文件明细表中上述2家企业的审核数据同时废止，其他内容不变。"
         % (new_n2, new_n2 * TEU, wan(amt(new_n2 * TEU))))
    par(doc, IND + "特此通知。", first=None)
    par(doc, "长沙市商务局", align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, right=Pt(48))
    par(doc, "二〇二六年二月五日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=None, right=Pt(32))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "长沙市商务局关于2025年第四季度中欧班列（长沙）运营补贴审核结果的通知",
            "doc_number": "长商通〔2026〕4号",
            "issuer": ["长沙市商务局"],
            "date": "2026-01-20",
            "published": "2026-01-22",
            "level": "municipal",
            "region": "长沙市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各有关企业"],
            "publicity": "此件主动公开",
            "repeals": None},
         "clauses": c1},
        {"meta": {
            "title": "长沙市商务局关于更正2025年第四季度中欧班列（长沙）运营补贴审核结果的通知",
            "doc_number": "长商通〔2026〕9号",
            "issuer": ["长沙市商务局"],
            "date": "2026-02-05",
            "published": "2026-02-06",
            "level": "municipal",
            "region": "长沙市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["湖南星沙国际货运代理有限公司", "湖南和顺达跨境物流有限公司"],
            "publicity": None,
            "repeals": "《长沙市商务局关于2025年第四季度中欧班列（长沙）运营补贴审核结果的通知》（长商通〔2026〕4号）明细表中湖南星沙国际货运代理有限公司、湖南和顺达跨境物流有限公司的审核数据"},
         "clauses": c2},
    ]
    return path


def main():
    paths = [doc_henan(), doc_yiwu(), doc_changsha()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
