# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 921: 口岸收费目录清单公示（收费项目表、收费依据、投诉电话，分港口多表格）.

Writes blind921_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
    """runs: plain str, or list of (text, font, size, bold[, color])."""
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
    fmt(p, indent=False)


def _field(par, instr, name=SONG, size=14):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
    font(r, name, size)
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
    if footer == "dash":            # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "hyphen":        # - 1 -
        font(fp.add_run("- "), SONG, 12)
        _field(fp, "PAGE", SONG, 12)
        font(fp.add_run(" -"), SONG, 12)
    else:                           # 第 1 页 共 3 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=None):
    line = line or size * 1.4
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def set_widths(t, widths):
    """Word keeps widths in tcW, LibreOffice reads w:tblGrid: set both."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for ci, cell in enumerate(row.cells):
            if ci < len(widths):
                cell.width = Cm(widths[ci])
    tblpr = t._tbl.tblPr
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def grid_table(doc, top, rows, clauses, widths, sub=None, vmerge=(), size=12,
               repeat=False, hfont=HT, line=None):
    """top: header names of the first header row; sub: {name: [sub names]} for a
    second header row (merged header).  vmerge: column indexes whose equal
    consecutive values are typed once in a vertically merged cell."""
    sub = sub or {}
    two = bool(sub)
    headers = []
    for h in top:
        if h in sub:
            headers += ["%s／%s" % (h, s) for s in sub[h]]
        else:
            headers.append(h)
    ncol = len(headers)
    nhead = 2 if two else 1
    t = doc.add_table(rows=nhead + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    # header
    ci = 0
    for h in top:
        if h in sub:
            n = len(sub[h])
            a = t.cell(0, ci)
            if n > 1:
                a = a.merge(t.cell(0, ci + n - 1))
            set_cell(a, h, hfont, size, line=line)
            for k, s in enumerate(sub[h]):
                set_cell(t.cell(1, ci + k), s, hfont, size, line=line)
            ci += n
        else:
            a = t.cell(0, ci)
            if two:
                a = a.merge(t.cell(1, ci))
            set_cell(a, h, hfont, size, line=line)
            ci += 1
    for r in range(nhead):
        repeat_header(t.rows[r]) if repeat else None
    # body
    for ri, row in enumerate(rows):
        assert len(row) == ncol, row
        for cj, v in enumerate(row):
            set_cell(t.cell(nhead + ri, cj), v, FS, size, line=line)
        no_split(t.rows[nhead + ri])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    for cj in vmerge:
        ri = 0
        while ri < len(rows):
            rj = ri
            while rj + 1 < len(rows) and rows[rj + 1][cj] == rows[ri][cj]:
                rj += 1
            if rj > ri:
                m = t.cell(nhead + ri, cj).merge(t.cell(nhead + rj, cj))
                set_cell(m, rows[ri][cj], FS, size, line=line)
            ri = rj + 1
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    return p2


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_921", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 广西 两厅联合发文 通知，附件为分港区收费目录清单（横向页，合并表头）
YJ = "《港口收费计费办法》（交水规〔2019〕2号）"


def doc_beibuwan():
    stem = "blind921_beibuwan_tongzhi"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # joint 红头: organs stacked on the left, big 文件 on the right (layout table)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [11.8, 3.8])
    left, right = t.rows[0].cells
    left.text = ""
    for i, org in enumerate(["广西壮族自治区商务厅", "广西壮族自治区发展和改革委员会"]):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        font(p.add_run(org), XBS, 20, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(32)
    set_cell(right, "文件", XBS, 42, False, C, RED, line=56)
    p = add_par(doc, "桂商口岸发〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title typed as 3 separate paragraphs, broken at odd places
    for line in ("自治区商务厅\u3000自治区发展改革委", "关于公布北部湾港口岸收费目录清单", "（2026年版）的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "北海市商务局、钦州市商务局、防城港市商务局，南宁海关，广西海事局，"
                 "广西北部湾国际港务集团有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("为进一步规范口岸收费行为，根据" + YJ + "等规定，我们对北部湾港口岸收费项目进行了梳理更新，"
         "形成了《北部湾港口岸收费目录清单（2026年版）》（以下简称《清单》），现予以公布，并就有关事项通知如下：")
    runin("一、清单范围。", "《清单》分钦州港区、防城港区、北海港区3张表，共列明收费项目18项。", HT)
    head("二、工作要求")
    runin("（一）严格执行清单。", "各口岸经营服务单位要严格按照《清单》所列项目和标准收费，清单之外不得收取任何费用。")
    runin("（二）全面公开公示。", "各收费主体要在经营场所醒目位置和国际贸易“单一窗口”广西分站公示收费项目、标准、依据和投诉举报电话。")
    runin("（三）加强监督检查。", "各市要建立口岸收费联合检查机制，重点检查清单外收费、超标准收费以及查验没有问题"
          "免除吊装移位仓储费用政策落实情况。")
    runin("三、投诉举报。", "对违规收费行为，可拨打以下电话投诉举报，也可拨打12345政务服务便民热线：", HT)
    body("自治区商务厅（口岸管理处）：0771-2113952")
    body("自治区发展改革委（价格收费处）：0771-2808736")
    runin("四、执行时间。", "《清单》自2026年3月1日起执行，有效期至2027年2月28日。《关于公布北部湾港口岸收费目录清单"
          "（2025年版）的通知》（桂商口岸发〔2025〕4号）同时废止。", HT)
    empty(doc, 1, line=20)
    add_par(doc, "附件：北部湾港口岸收费目录清单（2026年版）")
    empty(doc, 1)
    # 落款: two organs side by side (layout table), date under the right one
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [7.0, 8.6])
    set_cell(t.cell(0, 0), "广西壮族自治区商务厅", FS, 16, line=28)
    set_cell(t.cell(0, 1), "广西壮族自治区发展和改革委员会", FS, 16, line=28)
    set_cell(t.cell(1, 1), "2026年2月10日", FS, 16, line=28)
    add_par(doc, "（此件主动公开）")

    # ---- 附件: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("北部湾港口岸收费目录清单（2026年版）", XBS, 20, False)],
            align=C, indent=False, line=34, after=6)
    top = ["序号", "收费类别", "收费项目", "收费主体", "收费标准（元）", "计费单位", "收费依据"]
    sub = {"收费标准（元）": ["外贸", "内贸"]}
    W = [0.9, 1.9, 3.0, 4.6, 3.0, 3.0, 1.9, 6.4]

    def caption(t):
        p = add_par(doc, [(t, HT, 14, False)], indent=False, line=24, before=4, after=2)
        p.paragraph_format.keep_with_next = True

    caption("表1\u3000钦州港区")
    grid_table(doc, top, [
        ["1", "政府定价", "货物港务费", "钦州市港口管理局（委托港口经营人代收）", "5.6", "2.8", "标准箱", YJ],
        ["2", "政府定价", "港口设施保安费", "北部湾港钦州码头有限公司", "6", "—", "标准箱", YJ],
        ["3", "政府定价", "引航费", "广西北部湾引航站", "0.5", "0.25", "净吨", YJ],
        ["4", "政府指导价", "拖轮费", "钦州港拖轮作业企业", "5800", "4600", "艘次", YJ + "，实行上限管理"],
        ["5", "市场调节价", "港口作业包干费", "北部湾港钦州码头有限公司", "520", "430", "20英尺重箱", "经营者自主定价"],
        ["6", "市场调节价", "库场使用费", "北部湾港钦州码头有限公司", "免费堆存期7天，期满后4元/天",
         "免费堆存期10天，期满后2元/天", "20英尺箱", "经营者自主定价"],
        ["7", "市场调节价", "吊装移位费", "北部湾港钦州码头有限公司", "280", "—", "标准箱",
         "经营者自主定价，查验没有问题的免收"],
    ], clauses, W, sub=sub, vmerge=(1, 3, 7), size=10, repeat=True, line=14)
    caption("表2\u3000防城港区")
    grid_table(doc, top, [
        ["1", "政府定价", "货物港务费", "防城港市港口管理局（委托港口经营人代收）", "0.5", "0.25", "吨", YJ],
        ["2", "政府定价", "港口设施保安费", "广西北部湾国际港务集团防城港分公司", "0.3", "—", "吨", YJ],
        ["3", "政府定价", "停泊费", "广西北部湾国际港务集团防城港分公司", "0.15", "0.08", "计费吨·日", YJ],
        ["4", "政府指导价", "拖轮费", "防城港拖轮作业企业", "6200", "4800", "艘次", YJ + "，实行上限管理"],
        ["5", "市场调节价", "散货装卸包干费", "广西北部湾国际港务集团防城港分公司", "23.5", "19.8", "吨", "经营者自主定价"],
        ["6", "市场调节价", "堆存费", "广西北部湾国际港务集团防城港分公司", "免费堆存期15天，期满后0.3元/吨·天",
         "免费堆存期15天，期满后0.2元/吨·天", "吨", "经营者自主定价"],
    ], clauses, W, sub=sub, vmerge=(1, 3, 7), size=10, repeat=True, line=14)
    caption("表3\u3000北海港区（含铁山港区）")
    grid_table(doc, top, [
        ["1", "政府定价", "货物港务费", "北海市港口管理局（委托港口经营人代收）", "5.6", "2.8", "标准箱", YJ],
        ["2", "政府定价", "港口设施保安费", "北部湾港北海码头有限公司", "6", "—", "标准箱", YJ],
        ["3", "政府指导价", "拖轮费", "北海港拖轮作业企业", "5200", "4100", "艘次", YJ + "，实行上限管理"],
        ["4", "市场调节价", "港口作业包干费", "北部湾港北海码头有限公司（铁山港区）", "480", "400", "20英尺重箱", "经营者自主定价"],
        ["5", "市场调节价", "理货服务费", "北海外轮理货有限公司", "12", "—", "标准箱", "经营者自主定价"],
    ], clauses, W, sub=sub, vmerge=(1, 3, 7), size=10, repeat=True, line=14)
    note = ("注：1．收费标准中“—”表示该项目不适用或不收取。2．市场调节价收费项目标准为上限标准，实际收费不得高于表列标准。"
            "3．查验没有问题的外贸集装箱，吊装移位仓储费用由自治区财政按规定承担，港口经营人不得向企业收取。")
    clauses.append(note)
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)

    empty(doc, 1)
    p = banji(doc, "抄送：商务部口岸司，海关总署综合业务司，自治区人民政府办公厅，自治区交通运输厅、市场监管局。",
              "广西壮族自治区商务厅办公室", "2026年2月11日印发")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(24.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="自治区商务厅\u3000自治区发展改革委关于公布北部湾港口岸收费目录清单（2026年版）的通知",
            doc_number="桂商口岸发〔2026〕7号",
            issuer=["广西壮族自治区商务厅", "广西壮族自治区发展和改革委员会"],
            date="2026-02-10",
            level="provincial",
            region="广西壮族自治区",
            effective="2026-03-01",
            expires="2027-02-28",
            attachments=["北部湾港口岸收费目录清单（2026年版）"],
            doc_type="通知",
            recipients=["北海市商务局", "钦州市商务局", "防城港市商务局", "南宁海关", "广西海事局",
                        "广西北部湾国际港务集团有限公司"],
            publicity="此件主动公开",
            repeals="《关于公布北部湾港口岸收费目录清单（2025年版）的通知》（桂商口岸发〔2025〕4号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门 公示（网页打印稿：发布日期行，无红头，全角空格缩进，半角标点混用，手工续表）
def doc_xiamen():
    stem = "blind921_xiamen_gongshi"
    doc = Document()
    setup(doc, "pages")
    clauses = []

    add_par(doc, [("发布日期：2026-01-16\u3000\u3000\u3000\u3000来源：厦门市口岸管理办公室", KT, 12, False)],
            align=C, indent=False, line=20)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "999999", 6, 1)
    empty(doc, 1)
    # title with a manual line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("关于厦门港口岸收费目录清单"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2026年版）的公示"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):  # indentation typed with full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    def caption(t):
        p = add_par(doc, [(t, HT, 14, False)], align=C, indent=False, line=24, before=6, after=3)
        p.paragraph_format.keep_with_next = True

    body("为进一步规范口岸收费行为,提升厦门港口岸收费透明度,持续优化口岸营商环境,根据《福建省口岸收费目录清单管理办法》"
         "和交通运输部、国家发展改革委关于港口收费的有关规定,我办会同厦门港口管理局对厦门港各港区码头经营单位及班轮公司、"
         "船舶代理企业的收费项目进行了梳理,形成《厦门港口岸收费目录清单(2026年版)》,现予以公示。")
    runin("一、公示范围。", "本次公示的清单涵盖海天港区、海沧港区、东渡港区（含厦门国际邮轮中心）三个港区码头经营单位的收费项目，"
          "以及在厦门港经营的班轮公司、船舶代理企业收取的口岸相关费用，具体见表1至表4。")

    H = ["序号", "收费项目", "收费主体", "收费标准", "收费依据", "备注"]
    W = [0.9, 3.0, 3.6, 3.5, 2.8, 1.8]
    SJ = "市场调节价，经营者自主定价"
    ZF = "政府定价，《港口收费计费办法》"
    HTM = "厦门集装箱码头集团有限公司海天码头分公司"
    YH = "厦门远海集装箱码头有限公司"
    YL = "厦门国际邮轮母港集团有限公司"

    caption("表1\u3000海天港区集装箱码头收费目录清单（单位：元）")
    grid_table(doc, H, [
        ["1", "港口作业包干费（外贸）", HTM, "20英尺重箱460，40英尺重箱690", SJ, "含装卸、搬移、堆存3天"],
        ["2", "港口作业包干费（内贸）", "同上", "20英尺重箱350，40英尺重箱525", SJ, "—"],
    ], clauses, W, size=10.5)
    page_break(doc)
    # clerk split the table by hand and typed 续表 with the header again
    add_par(doc, [("续表1", HT, 14, False)], align=L, indent=False, line=26, after=4)
    grid_table(doc, H, [
        ["3", "港口设施保安费", HTM, "20英尺箱6，40英尺箱9", ZF, "仅外贸"],
        ["4", "库场使用费", "同上", "免费期满后，20英尺箱每天8，40英尺箱每天16", SJ, "外贸免费堆存7天"],
        ["5", "吊装移位费（查验）", "同上", "每箱次230", SJ, "查验没有问题的免收"],
        ["6", "冷藏箱电费及监控费", "同上", "20英尺箱每天150，40英尺箱每天200", SJ, "—"],
    ], clauses, W, size=10.5)

    caption("表2\u3000海沧港区集装箱码头收费目录清单（单位：元）")
    grid_table(doc, H, [
        ["1", "港口作业包干费（外贸）", YH, "20英尺重箱470，40英尺重箱705", SJ, "含装卸、搬移、堆存3天"],
        ["2", "港口设施保安费", YH, "20英尺箱6，40英尺箱9", ZF, "仅外贸"],
        ["3", "库场使用费", YH, "免费期满后，20英尺箱每天8，40英尺箱每天16", SJ, "外贸免费堆存7天"],
        ["4", "集装箱称重费（VGM）", YH, "每箱次80", SJ, "企业自愿委托"],
    ], clauses, W, size=10.5)

    caption("表3\u3000东渡港区（厦门国际邮轮中心）收费目录清单（单位：元）")
    grid_table(doc, H, [
        ["1", "旅客港务费", YL + "（代收）", "国际航线每人次20", ZF, "—"],
        ["2", "邮轮停泊费", YL, "每总吨每日0.25", ZF, "—"],
        ["3", "行李搬运服务费", YL, "每件10", SJ, "旅客自愿选择"],
    ], clauses, W, size=10.5)

    caption("表4\u3000班轮公司及船舶代理企业主要收费项目（单位：元）")
    grid_table(doc, H, [
        ["1", "码头操作费（THC）", "各班轮公司", "20英尺箱790，40英尺箱1180", SJ, "以各船公司公示为准"],
        ["2", "提单费（文件费）", "各班轮公司及其代理", "每票450", SJ, "—"],
        ["3", "设备交接单费", "各班轮公司及其代理", "每箱50", SJ, "—"],
        ["4", "船舶代理费", "各船舶代理企业", "按《国际船舶代理费收费标准》协商确定", SJ, "—"],
    ], clauses, W, size=10.5)
    note = ("注：班轮公司收取的码头操作费、文件费等以各船公司在官网和国际贸易“单一窗口”公示的标准为准，"
            "标准调整的应提前30日公示。")
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    empty(doc, 1)

    runin("二、公示时间。", "2026年1月16日至2026年1月25日，共10天。")
    runin("三、意见反馈。", "公示期间，如对公示内容有异议，请以书面或电话方式向我办反映。")
    body("联系人：陈志远\u3000\u3000联系电话：0592-5391263")
    runin("四、投诉举报。", "清单执行过程中，发现违规收费或清单外收费的，可通过以下电话投诉举报：")
    caption("表5\u3000厦门港口岸收费投诉举报电话")
    grid_table(doc, ["序号", "受理单位", "受理范围", "投诉电话", "受理时间"], [
        ["1", "厦门市口岸管理办公室", "口岸收费综合协调", "0592-5391263", "工作日8:00—12:00，15:00—18:00"],
        ["2", "厦门港口管理局", "港口经营收费", "0592-2681527", "工作日8:00—12:00，15:00—18:00"],
        ["3", "厦门市市场监督管理局", "价格违法行为", "12315", "24小时"],
        ["4", "厦门海关", "海关监管作业场所收费", "12360", "24小时"],
        ["5", "厦门市政务服务便民热线", "各类口岸收费问题", "12345", "24小时"],
    ], clauses, [0.9, 3.9, 3.6, 2.6, 4.6], size=10.5)
    empty(doc, 1)
    runin("五、执行时间。", "本清单自2026年2月1日起执行,《厦门港口岸收费目录清单(2025年版)》同时废止。"
          "清单所列市场调节价收费标准为最高标准,各经营单位不得超标准收费。")
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, "\u3000" * 14 + "厦门市口岸管理办公室", indent=False)
    add_par(doc, "\u3000" * 14 + "厦门港口管理局", indent=False)
    add_par(doc, "\u3000" * 14 + "2026年1月15日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于厦门港口岸收费目录清单（2026年版）的公示",
            doc_number=None,
            issuer=["厦门市口岸管理办公室", "厦门港口管理局"],
            date="2026-01-15",
            published="2026-01-16",
            level="municipal",
            region="厦门市",
            effective="2026-02-01",
            expires=None,
            attachments=[],
            doc_type="公示",
            recipients=[],
            publicity=None,
            repeals="《厦门港口岸收费目录清单(2025年版)》",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 霍尔果斯 两份公告印在同一文件（公路口岸、铁路口岸两张表 + 投诉电话公告）
def gonggao_head(doc, number):
    add_par(doc, [("霍尔果斯市口岸管理办公室公告", XBS, 28, False, RED)],
            align=C, indent=False, line=38)
    p = add_par(doc, number, align=C, indent=False, line=30, before=4)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1, line=20)


def luokuan_tab(doc, org, date):
    for t in (org, date):
        p = add_par(doc, "\t" + t, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.0), WD_TAB_ALIGNMENT.CENTER)


def doc_horgos():
    stem = "blind921_horgos_gonggao"
    doc = Document()
    setup(doc, "hyphen")
    docs = []

    # ---------------- 公告 2026年第2号
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    gonggao_head(doc, "2026年第2号")
    add_par(doc, [("关于公布霍尔果斯口岸收费目录清单", XBS, 22, False)], align=C, indent=False, line=32)
    add_par(doc, [("（2026年版）的公告", XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    body("为深入贯彻《优化营商环境条例》，落实自治区关于口岸收费目录清单管理的有关要求，进一步规范口岸经营服务性收费行为，"
         "助力中国（新疆）自由贸易试验区霍尔果斯片区和丝绸之路经济带核心区建设，经商霍尔果斯海关、"
         "霍尔果斯出入境边防检查站、市发展和改革委员会等单位，现将霍尔果斯公路口岸、铁路口岸收费目录清单（2026年版）公告如下：")
    head("一、霍尔果斯公路口岸收费目录清单")
    WY = "霍尔果斯国际公路物流园运营有限公司"
    ZZ = "经营者自主定价，明码标价"
    grid_table(doc, ["序号", "收费项目", "收费主体", "收费标准（元）", "计费单位", "定价方式", "收费依据"], [
        ["1", "车辆进出场费", WY, "30", "车次", "市场调节价", ZZ],
        ["2", "停车费", WY, "首4小时免费，超过4小时每小时5元，每日最高50元", "车次", "市场调节价", ZZ],
        ["3", "过磅费", WY, "20", "车次", "市场调节价", ZZ],
        ["4", "装卸费", "口岸装卸服务企业", "机械18，人工25", "吨", "市场调节价", ZZ],
        ["5", "查验场地吊装移位仓储费", "海关监管作业场所经营单位", "查验没有问题的免除", "—", "—",
         "财政部、海关总署有关规定，费用由地方财政承担"],
    ], clauses, [0.9, 2.6, 3.0, 3.0, 1.3, 1.6, 3.2], vmerge=(2, 5, 6), size=10.5)
    head("二、霍尔果斯铁路口岸收费目录清单")
    ZT = "中国铁路乌鲁木齐局集团有限公司霍尔果斯站"
    grid_table(doc, ["序号", "收费项目", "收费主体", "收费标准（元）", "计费单位", "定价方式"], [
        ["1", "换装作业费", ZT, "1500", "1800", "40英尺箱", "市场调节价"],
        ["2", "口岸站场作业费", ZT, "260", "320", "40英尺箱", "市场调节价"],
        ["3", "货物暂存保管费", ZT, "免费暂存5天，超期每箱每天20", "免费暂存3天，超期每箱每天30", "40英尺箱", "市场调节价"],
        ["4", "铁路货车延期使用费", ZT, "—", "按国家铁路局规定标准执行", "车·日", "政府指导价"],
    ], clauses, [0.9, 2.9, 3.4, 2.6, 2.6, 1.5, 1.7],
        sub={"收费标准（元）": ["中欧班列", "其他国际联运货物"]}, vmerge=(2, 6), size=10.5)
    head("三、有关要求")
    body("（一）除上述清单所列项目外，口岸经营服务单位不得向企业收取其他费用，不得只收费不服务。")
    body("（二）口岸经营服务单位应当在收费场所显著位置公示收费项目、收费标准、收费依据和投诉举报电话。")
    body("（三）对违反本公告规定收费的，企业可拨打霍尔果斯市口岸管理办公室投诉电话0999-8796315或12345政务服务便民热线反映，"
         "也可向霍尔果斯市市场监督管理局举报。")
    body("（四）本公告自2026年4月1日起执行，有效期至2028年3月31日。")
    add_par(doc, "特此公告。")
    luokuan_tab(doc, "霍尔果斯市口岸管理办公室", "二〇二六年三月二十日")
    docs.append({
        "meta": meta(
            title="关于公布霍尔果斯口岸收费目录清单（2026年版）的公告",
            doc_number="2026年第2号",
            issuer=["霍尔果斯市口岸管理办公室"],
            date="2026-03-20",
            level="county",
            region="霍尔果斯市",
            effective="2026-04-01",
            expires="2028-03-31",
            doc_type="公告",
        ),
        "clauses": clauses,
    })

    # ---------------- 公告 2026年第3号 (printed right after, new page)
    page_break(doc)
    clauses = []
    gonggao_head(doc, "2026年第3号")
    add_par(doc, [("关于公布霍尔果斯口岸收费", XBS, 22, False)], align=C, indent=False, line=32)
    add_par(doc, [("投诉举报电话的公告", XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    body("为畅通口岸收费投诉举报渠道，切实维护进出口企业合法权益，现将霍尔果斯口岸收费投诉举报电话公布如下：")
    GZ = "工作日10:00—14:00，16:00—19:30"
    grid_table(doc, ["序号", "受理单位", "受理事项", "投诉举报电话", "受理时间"], [
        ["1", "霍尔果斯市口岸管理办公室", "口岸收费综合协调、清单外收费", "0999-8796315", GZ],
        ["2", "霍尔果斯市发展和改革委员会", "政府定价、政府指导价收费", "0999-8796208", GZ],
        ["3", "霍尔果斯市市场监督管理局", "价格违法、乱收费行为", "12315", "24小时"],
        ["4", "霍尔果斯海关", "海关监管作业场所收费", "12360", "24小时"],
        ["5", "霍尔果斯市政务服务便民热线", "各类口岸收费问题", "12345", "24小时"],
    ], clauses, [0.9, 4.0, 3.0, 2.4, 5.3], size=10, line=13)
    body("各受理单位对接到的投诉举报，应当在5个工作日内予以回复；涉及其他部门职责的，应当在2个工作日内转交有关部门办理"
         "并告知投诉举报人。")
    body("此前公布的霍尔果斯口岸收费投诉电话与本公告不一致的，以本公告为准。")
    add_par(doc, "特此公告。")
    for t in ("霍尔果斯市口岸管理办公室", "2026年3月25日"):
        p = add_par(doc, t, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(48)
    docs.append({
        "meta": meta(
            title="关于公布霍尔果斯口岸收费投诉举报电话的公告",
            doc_number="2026年第3号",
            issuer=["霍尔果斯市口岸管理办公室"],
            date="2026-03-25",
            level="county",
            region="霍尔果斯市",
            doc_type="公告",
        ),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_beibuwan(), doc_xiamen(), doc_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
