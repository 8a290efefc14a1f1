# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 939: 省商务厅制度创新成果评估结果通报 + 市自贸办转发通知 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
C, L, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
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
    """runs: str or list of tuples (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, footer_style="dash"):
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
    if footer_style == "dash":
        fp.alignment = C
        pre, post, fnt = "— ", " —", SONG
    else:  # 市级办公室常用的 “- 1 -” 靠右
        fp.alignment = R
        pre, post, fnt = "- ", " -", SONG
    font(fp.add_run(pre), fnt, 14)
    r = font(fp.add_run(), fnt, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), fnt, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = font(fp.add_run(), fnt, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fnt, 14)
    r = font(fp.add_run(), fnt, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(post), fnt, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(t, cms):
    for row in t.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_939", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting "一、") -----------------------
def make_numbering(doc, lvl_text, abs_id):
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), abs_id, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, abs_id)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


expected = {}

TONGBAO_TITLE = "四川省商务厅关于中国（四川）自由贸易试验区2025年度制度创新成果评估结果的通报"


# ==================================================================== DOC A
def fixed_widths(t, cms):
    """Word-style fixed layout: tblGrid + tcW, so LibreOffice keeps the widths."""
    tbl = t._tbl
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(cms):
            try:
                row.cells[i].width = Cm(w)
            except IndexError:
                pass


def doc_sichuan():
    stem = "blind939_sc_tongbao"
    doc = Document()
    setup(doc, "dash")
    clauses = []
    n_head = make_numbering(doc, "%1、", 930)

    # ---- 红头
    p = doc.add_paragraph()
    font(p.add_run("四川省商务厅文件"), XBS, 46, False, RED, spacing=-10)
    fmt(p, align=C, indent=False, line=60, before=12)
    empty(doc, 1)
    add_par(doc, "川商自贸〔2026〕9号", align=C, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1, line=20)
    # ---- 标题：三段，断在奇怪的位置
    for t in ("四川省商务厅关于中国（四川）自由贸易", "试验区2025年度制度创新成果评估", "结果的通报"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=20)
    add_par(doc, "中国（四川）自由贸易试验区各片区管委会，各协同改革先行区所在市（州）商务主管部门，省自贸试验区工作领导小组成员单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        return add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("2025年，中国（四川）自由贸易试验区（以下简称四川自贸试验区）坚持以制度创新为核心，形成了一批具有四川特色的制度创新成果。根据《中国（四川）自由贸易试验区制度创新成果评估办法（试行）》，省商务厅（省自贸办）委托第三方机构，对各片区和协同改革先行区2025年度制度创新成果开展了评估。现将评估结果通报如下。")
    head("评估基本情况")
    body("本次评估从创新性、实效性、可复制推广性、风险防控四个维度进行，满分100分。各地共申报制度创新成果168项，经形式审查纳入评估142项；发放企业满意度问卷2860份，回收有效问卷2614份，企业总体满意度为93.6%。")
    body("经评估，成都天府新区片区、成都青白江铁路港片区获评“优秀”等次，川南临港片区和德阳、绵阳、宜宾、自贡4个协同改革先行区获评“良好”等次，眉山、南充、内江、达州4个协同改革先行区获评“合格”等次；评选出2025年度最佳制度创新成果10项（见附件）。各地得分及排名情况如下：")

    # ---- 表：类别列纵向合并，评估得分横向合并，两行表头重复
    add_par(doc, [("表1　2025年度制度创新成果评估得分及排名（单位：分）", HT, 14, False)],
            align=C, indent=False, line=24, before=4)
    subs = ["创新性", "实效性", "可复制推广性", "风险防控", "综合得分"]
    groups = [
        ("片区", [
            ["1", "成都天府新区片区", "27.4", "27.1", "18.2", "18.6", "91.3", "优秀"],
            ["2", "成都青白江铁路港片区", "26.8", "26.5", "17.9", "18.3", "89.5", "优秀"],
            ["3", "川南临港片区", "24.9", "25.2", "16.4", "17.8", "84.3", "良好"],
        ]),
        ("协同改革先行区", [
            ["1", "德阳", "25.6", "25.9", "16.8", "18.1", "86.4", "良好"],
            ["2", "绵阳", "25.1", "25.3", "16.5", "17.9", "84.8", "良好"],
            ["3", "宜宾", "24.7", "24.8", "16.1", "17.6", "83.2", "良好"],
            ["4", "自贡", "24.0", "24.3", "15.6", "17.5", "81.4", "良好"],
            ["5", "眉山", "23.2", "23.9", "15.0", "17.2", "79.3", "合格"],
            ["6", "南充", "22.8", "23.1", "14.7", "17.0", "77.6", "合格"],
            ["7", "内江", "21.9", "22.6", "14.2", "16.8", "75.5", "合格"],
            ["8", "达州", "20.6", "21.4", "13.5", "16.2", "71.7", "合格"],
        ]),
    ]
    nrows = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=2 + nrows, cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(t, [1.9, 1.0, 3.9, 1.35, 1.35, 1.6, 1.45, 1.45, 1.2])
    sz = 10.5
    for ci, h in ((0, "类别"), (1, "排名"), (2, "评估对象"), (8, "等次")):
        set_cell(t.cell(0, ci).merge(t.cell(1, ci)), h, HT, sz)
    set_cell(t.cell(0, 3).merge(t.cell(0, 7)), "评估得分", HT, sz)
    for i, h in enumerate(subs):
        set_cell(t.cell(1, 3 + i), h, HT, sz)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    r = 2
    for cat, rows in groups:
        top = r
        for row in rows:
            for ci, v in enumerate(row, 1):
                set_cell(t.cell(r, ci), v, FS, sz)
            parts = ["类别：%s" % cat, "排名：%s" % row[0], "评估对象：%s" % row[1]]
            parts += ["评估得分／%s：%s" % (h, v) for h, v in zip(subs, row[2:7])]
            parts.append("等次：%s" % row[7])
            clauses.append("；".join(parts))
            r += 1
        set_cell(t.cell(top, 0).merge(t.cell(r - 1, 0)), cat, FS, sz)
    for row in t.rows:
        for c in row.cells:
            c.paragraphs[0].paragraph_format.line_spacing = Pt(15)
    n1 = "注：1.综合得分为四项一级指标得分之和，保留一位小数。"
    n2 = "2.综合得分88分及以上为“优秀”，80分（含）至88分为“良好”，60分（含）至80分为“合格”，60分以下为“不合格”。"
    add_par(doc, [(n1, KT, 12, False)], indent=False, line=18, before=4)
    add_par(doc, [("      " + n2, KT, 12, False)], indent=False, line=18)  # 半角空格对齐
    clauses.extend([n1, n2])

    head("主要成效")
    runin("（一）首创性改革取得新突破。", "全年形成首创性制度创新成果57项，占纳入评估成果总数的40.1%，“知识产权证券化‘一站式’服务”等成果具有较强示范性。")
    runin("（二）服务共建“一带一路”成效明显。", "成都青白江铁路港片区深化“铁路运单物权化”改革，累计签发多式联运“一单制”提单1.86万单,为企业融资38.7亿元；川南临港片区推动泸州港至钦州港铁水联运班列常态化运行，全年开行612列。")
    head("工作要求")
    runin("（一）抓好复制推广。", "各地要认真学习借鉴最佳制度创新成果经验做法，省自贸办将择优推荐申报全国最佳实践案例。")
    runin("（二）抓好问题整改。", "针对评估发现的系统集成成果偏少、实效数据支撑不足等问题，各地要逐项制定整改措施，于2026年4月30日前将整改方案报送省商务厅（省自贸办）。")
    runin("（三）强化激励约束。", "评估结果纳入对各市（州）目标绩效考评；对连续两年评估等次为“合格”的协同改革先行区，由省自贸办进行约谈。")
    att1 = "2025年度四川自贸试验区最佳制度创新成果名单"
    add_par(doc, "附件：" + att1, before=14)
    empty(doc, 1)
    # 落款：空格推到右边
    add_par(doc, " " * 42 + "四川省商务厅", indent=False)
    add_par(doc, " " * 40 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件：另起一页
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [(att1, XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    hdr = ["序号", "成果名称", "申报单位", "创新领域"]
    rows = [
        ["1", "知识产权证券化“一站式”服务", "成都天府新区片区", "金融创新"],
        ["2", "铁路运单物权化与多式联运“一单制”融合改革", "成都青白江铁路港片区", "贸易便利化"],
        ["3", "跨境服务贸易负面清单“一张表”管理", "成都天府新区片区", "服务贸易"],
        ["4", "中欧班列（成渝）进口整车“保税+集拼”监管模式", "成都青白江铁路港片区", "贸易便利化"],
        ["5", "港口危险货物“联合查验+智慧监管”模式", "川南临港片区", "政府职能转变"],
        ["6", "外籍人才“一窗通办”服务机制", "成都天府新区片区", "人才服务"],
        ["7", "国际铁路港“智慧关务”一体化平台", "成都青白江铁路港片区", "贸易便利化"],
        ["8", "白酒出口“原产地+检验检测”集成服务", "川南临港片区", "贸易便利化"],
        ["9", "重大装备出口“产业链+供应链”通关协同机制", "德阳协同改革先行区", "贸易便利化"],
        ["10", "科技成果转化“先使用后付费”模式", "绵阳协同改革先行区", "科技创新"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_widths(t, [1.4, 7.1, 4.5, 2.6])
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))

    banji(doc, "抄送：商务部自贸区港司，省委改革办，省发展改革委，省司法厅，成都海关。",
          "四川省商务厅办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": TONGBAO_TITLE,
            "doc_number": "川商自贸〔2026〕9号",
            "issuer": ["四川省商务厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [att1],
            "doc_type": "通报",
            "recipients": ["中国（四川）自由贸易试验区各片区管委会",
                           "各协同改革先行区所在市（州）商务主管部门",
                           "省自贸试验区工作领导小组成员单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path



# ==================================================================== DOC B
def doc_chengdu():
    stem = "blind939_cd_zhuanfa"
    doc = Document()
    setup(doc, "right")
    clauses = []

    # 紧急程度（左上，黑体）
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    # 信函式版头：机构名称 + 红色双线
    p = doc.add_paragraph()
    font(p.add_run("成都市自由贸易试验区工作办公室"), XBS, 28, False, RED)
    fmt(p, align=C, indent=False, line=44, before=6)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    # 文号靠右（制表位）
    p = add_par(doc, [("\t", FS, 16, False), ("成自贸办〔2026〕4号", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    empty(doc, 1)
    # 标题：一个段落内手动换行
    p = doc.add_paragraph()
    lines = ["成都市自由贸易试验区工作办公室关于转发", "省商务厅2025年度自贸试验区制度创新",
             "成果评估结果通报的通知"]
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区（市）县自贸办，中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区管委会，市级有关部门：",
            indent=False)

    IND = "\u3000\u3000"  # 用全角空格代替首行缩进

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def item(num, h, t):
        clauses.append(num + h + t)
        add_par(doc, [(IND + num, FS, 16, False), (h, FS, 16, True), (t, FS, 16, False)], indent=False)

    body("现将《四川省商务厅关于中国（四川）自由贸易试验区2025年度制度创新成果评估结果的通报》（川商自贸〔2026〕9号）转发给你们，并结合我市实际提出如下要求，请一并抓好贯彻落实。")
    body("在此次评估中，成都天府新区片区、成都青白江铁路港片区分别以91.3分、89.5分位列全省片区第一、第二名，均获评“优秀”等次；我市报送的“知识产权证券化‘一站式’服务”“铁路运单物权化与多式联运‘一单制’融合改革”等6项成果入选全省最佳制度创新成果，占全省总数的六成。")
    item("1．", "认真总结推广。", "两个片区要牵头做好入选成果的宣传解读，推动在全市范围内复制推广。")
    item("2．", "抓好问题整改。", "各片区管委会要对照问题清单逐项明确整改措施，于2026年4月15日前将整改方案报送市自贸办（联系人：王敏，联系电话：028-61881234）。")
    item("3．", "加强成果培育。", "各区（市）县要建立制度创新成果培育库，实行“季度调度、年度评估”,2026年全市力争形成制度创新成果40项以上,其中首创性成果不少于15项。")
    item("4．", "强化工作保障。", "市级有关部门要在改革授权、政策配套等方面给予支持；市自贸办将把制度创新工作纳入年度目标考核。")
    empty(doc, 1)
    add_par(doc, IND + "附件：四川省商务厅关于中国（四川）自由贸易试验区2025年度制度创新成果评估结果的通报",
            indent=False)
    empty(doc, 1)
    # 落款：居中制表位对齐；日期用汉字
    for t in ("成都市自由贸易试验区工作办公室", "二〇二六年三月二十三日"):
        p = add_par(doc, [("\t" + t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), WD_TAB_ALIGNMENT.CENTER)
    empty(doc, 1)
    add_par(doc, IND + "（此件依申请公开）", indent=False)
    banji(doc, "抄送：省商务厅（省自贸办），市委改革办，市政府办公厅。",
          "成都市自由贸易试验区工作办公室", "2026年3月23日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市自由贸易试验区工作办公室关于转发省商务厅2025年度自贸试验区制度创新成果评估结果通报的通知",
            "doc_number": "成自贸办〔2026〕4号",
            "issuer": ["成都市自由贸易试验区工作办公室"],
            "date": "2026-03-23",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": [TONGBAO_TITLE],
            "doc_type": "通知",
            "recipients": ["各区（市）县自贸办",
                           "中国（四川）自由贸易试验区成都天府新区片区管委会",
                           "中国（四川）自由贸易试验区成都青白江铁路港片区管委会",
                           "市级有关部门"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_chengdu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
