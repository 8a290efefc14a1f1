# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 859: 政协提案与承办单位答复（自贸试验区与综保区联动发展）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    """Ctrl+Enter: a paragraph holding only a page break (used mid-page)."""
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
    for g, w in zip(grid, widths):
        g.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def setup(doc, dash="— ", dash2=" —"):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else "")
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(dash2), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths=None, repeat=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if (widths and len(v) > 12) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al)
        if clauses is not None:
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_859", "--headless",
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
def doc_sichuan():
    """四川省商务厅 答复函（信函格式，双红线，B类，合并表头表格，附件征询意见表）."""
    stem = "blind859_sichuan_dafuhan"
    doc = Document()
    setup(doc)
    clauses = []

    # 信函格式版头: organ name + 上粗下细 red double rule
    p = add_par(doc, [("四川省商务厅", XBS, 40, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    border(p, "bottom", "FF0000", 24, 8, "thickThinSmallGap")
    # B类 at left, 文号 at right via a right tab stop
    p = add_par(doc, [("B类", HT, 16, False), ("\t", FS, 16, False),
                      ("川商提函〔2026〕23号", FS, 16, False)], indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    empty(doc, 1)
    # title typed over three paragraphs, broken at odd places
    for t in ("四川省商务厅", "关于省政协十三届四次会议第0126号提案", "答复的函"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "杨文博委员、陈露委员：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("你们提出的《关于推进自贸试验区与综合保税区联动发展的提案》（第0126号）收悉。该提案由我厅主办，省发展改革委、省财政厅、成都海关、中国（四川）自由贸易试验区工作办公室会办。我厅高度重视，会同会办单位认真研究，并赴成都天府新区片区、成都青白江铁路港片区、川南临港片区开展实地调研，听取企业意见建议。现将办理情况答复如下：")
    head("一、我省自贸试验区与综合保税区联动发展基本情况")
    body("中国（四川）自由贸易试验区自2017年4月挂牌以来，累计形成制度创新成果800余项，其中21项在全国复制推广。全省现有综合保税区6个，其中成都高新综合保税区、成都国际铁路港综合保税区、泸州综合保税区位于自贸试验区实施范围内，成都高新西园综合保税区、宜宾综合保税区、绵阳综合保税区位于自贸试验区协同改革先行区。2025年，全省6个综合保税区实现进出口总额5682.3亿元，占全省外贸进出口总额的54.6%。各片区与综合保税区联动发展情况见表1。")

    # caption with unit
    add_par(doc, [("表1　2025年各片区与综合保税区联动发展情况（单位：亿元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=4)
    rows = [
        ["1", "成都天府新区片区", "成都高新综合保税区", "4216.8", "3.2",
         "集成电路保税研发、保税维修“一区多园”协同"],
        ["2", "成都青白江铁路港片区", "成都国际铁路港综合保税区", "386.5", "15.7",
         "中欧班列“班列+保税”分拨、进口汽车保税仓储"],
        ["3", "川南临港片区", "泸州综合保税区", "92.4", "21.3",
         "长江水运“港区联动”、白酒出口集拼"],
        ["4", "协同改革先行区", "成都高新西园、宜宾、绵阳综合保税区", "986.6", "8.9",
         "复制推广自贸试验区改革试点经验"],
        ["合计", "—", "6个综合保税区", "5682.3", "5.6", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [1.4, 3.0, 3.3, 2.1, 1.9, 3.9])
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for ci, txt in ((0, "序号"), (1, "片区"), (2, "联动综合保税区"), (5, "主要联动举措")):
        m = h0[ci].merge(h1[ci])
        set_cell(m, txt, HT, 12)
    m = h0[3].merge(h0[4])
    set_cell(m, "进出口额", HT, 12)
    set_cell(t.rows[1].cells[3], "总额", HT, 12)
    set_cell(t.rows[1].cells[4], "同比增长（%）", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "片区", "联动综合保税区", "进出口额／总额", "进出口额／同比增长（%）", "主要联动举措"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 5 and len(v) > 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note = "注：进出口数据来源于成都海关，同比增长按可比口径计算。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    head("二、已开展的主要工作")
    runin("（一）推动政策叠加。", "我厅会同成都海关制定《关于推进自贸试验区与综合保税区联动发展的若干措施》，明确22条具体举措，推动自贸试验区改革试点政策优先在综合保税区落地。目前，增值税一般纳税人资格试点已在全省6个综合保税区全面推开，共有47家企业获得试点资格。")
    runin("（二）推动业态联动。", "围绕提案提出的“区内区外协同、保税非保税联动”建议，重点推进以下工作：")
    body("1.保税研发。支持区内企业开展集成电路、生物医药保税研发，对研发用进口料件实行“一次备案、分批核销”，2025年新增保税研发项目14个。")
    body("2.保税维修。成都高新综合保税区获批开展航空发动机、笔记本电脑等产品全球保税维修，全年维修业务货值达到186.2亿元。")
    body("3.跨境电商。依托成都国际铁路港综合保税区开展跨境电商“网购保税+线下自提”业务，实现区内存储、区外展示、线上交易。")
    runin("（三）推动监管创新。", "成都海关在自贸试验区内综合保税区推广以下监管创新举措：")
    body("（1）“四自一简”监管。企业自主备案、自定核销周期、自主核报、自主补缴税款，海关简化业务核准手续，企业通关时间平均压缩35%。")
    body("（2）“区港联动”模式。在成都国际铁路港综合保税区与铁路口岸之间实行“一次申报、一次查验、一次放行”，进出区货物转关时间缩短至2小时以内。")
    head("三、存在的困难和问题")
    body("我们也认识到，提案中指出的问题客观存在。一是部分综合保税区与所在片区在规划、招商、政策等方面衔接不够紧密，“各自为战”现象仍未根本扭转；二是综合保税区产业结构较为单一，加工制造类企业占比偏高，研发、检测、维修等高附加值业态规模偏小；三是片区与综合保税区之间数据共享不充分，企业在区内区外之间往返办理业务仍存在“多头跑”问题。")
    head("四、下一步工作")
    body("下一步，我厅将认真吸纳提案建议，会同相关部门重点抓好以下工作：")
    runin("（一）健全联动工作机制。", "推动建立省级自贸试验区与综合保税区联动发展联席会议制度，由我厅牵头，成都海关、省发展改革委等部门参与，每半年召开一次会议，统筹解决联动发展中的重大问题。")
    runin("（二）开展联动创新试点。", "支持成都青白江铁路港片区与成都国际铁路港综合保税区开展“片区+综保区”联动创新试点，在期货保税交割、进口汽车保税展示交易等方面先行先试，力争2026年形成联动创新案例10个以上。")
    runin("（三）推动数据互联互通。", "依托国际贸易“单一窗口”四川平台，建设自贸试验区与综合保税区联动发展信息服务模块，实现企业备案、账册、物流等数据“一次录入、多方共享”。")
    runin("（四）加强共建“一带一路”开放合作。", "发挥中欧班列（成渝）和西部陆海新通道作用，支持综合保税区企业与共建“一带一路”国家开展保税加工、国际分拨业务，打造面向欧亚的进出口商品集散中心。")
    body("衷心感谢你们对我省自贸试验区和综合保税区建设的关心和支持，欢迎继续提出宝贵意见和建议。")
    empty(doc, 1)
    add_par(doc, "附件：提案办理情况征询意见表")
    empty(doc, 2)
    for txt in ("四川省商务厅", "2026年6月8日"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64 if txt.startswith("四川") else 48)
    empty(doc, 1)
    add_par(doc, "（联系人：王莉；联系电话：028-83225716）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("提案办理情况征询意见表", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    simple_table(doc, ["征询项目", "满意", "基本满意", "不满意"], [
        ["办理前与提案人沟通情况", "□", "□", "□"],
        ["办理过程中与提案人沟通情况", "□", "□", "□"],
        ["办理答复的及时性", "□", "□", "□"],
        ["对办理结果的总体评价", "□", "□", "□"],
    ], clauses, widths=[7.6, 2.6, 2.6, 2.6])
    note2 = "说明：请在相应栏内划“√”，并于收到答复之日起一个月内反馈至四川省商务厅自由贸易试验区工作处。"
    add_par(doc, [(note2, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note2)

    banji(doc, "抄送：省政协提案委员会，省政府督查室，省发展改革委，省财政厅，成都海关。",
          "四川省商务厅办公室", "2026年6月8日印发", gap=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="四川省商务厅关于省政协十三届四次会议第0126号提案答复的函",
            doc_number="川商提函〔2026〕23号",
            issuer=["四川省商务厅"],
            date="2026-06-08",
            level="provincial",
            region="四川省",
            attachments=["提案办理情况征询意见表"],
            doc_type="函",
            recipients=["杨文博委员", "陈露委员"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """提案原文 + 自治区商务厅答复，同一文件两份文件（half-width punctuation mixed）."""
    stem = "blind859_guangxi_tian_dafu"
    doc = Document()
    setup(doc, "- ", " -")

    # ---------------- document 1: the proposal
    c1 = []
    add_par(doc, [("中国人民政治协商会议广西壮族自治区第十三届委员会第四次会议", SONG, 14, True)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("提　　案", XBS, 36, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=50, before=6, after=6)
    p = add_par(doc, [("类别：经济建设", FS, 15, False), ("\t", FS, 15, False),
                      ("第0318号", FS, 15, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 12, 4)
    empty(doc, 1)
    p = add_par(doc, [("关于推进自贸试验区与综合保税区联动发展", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的提案"), XBS, 22)
    empty(doc, 1)

    def body1(t):
        c1.append(t)
        add_par(doc, t)

    body1("2025年，中国（广西）自由贸易试验区实现进出口总额3268.5亿元，区内南宁综合保税区、钦州综合保税区、凭祥综合保税区3个海关特殊监管区域进出口额合计1432.7亿元。自贸试验区与综合保税区“双区叠加”，是我区深度融入共建“一带一路”、服务西部陆海新通道建设、打造面向东盟开放合作高地的重要载体。但从调研情况看，两区联动发展还存在一些突出问题。")
    add_par(doc, [("一、存在的主要问题", HT, 16, False)])
    body1("（一）政策叠加效应释放不充分。自贸试验区的投资贸易便利化政策与综合保税区的保税政策衔接不够，部分改革试点事项仅在综合保税区围网内实施，未能辐射带动片区其他区域。")
    body1("（二）产业协同程度不高。三个综合保税区以保税物流和简单加工为主，与片区主导产业关联度不高，钦州综合保税区与钦州港片区石化、新能源材料等产业链上下游协作不足。")
    body1("（三）管理体制有待理顺。片区管委会与综合保税区管理机构职能交叉，在招商引资、项目审批、统计考核等方面存在“两张皮”现象。")
    add_par(doc, [("二、几点建议", HT, 16, False)])
    body1("（一）建立联动发展协调机制。建议由自治区商务厅牵头，会同南宁海关、自治区发展改革委等部门建立联席会议制度，统筹推进两区规划对接、政策衔接、产业协同。")
    body1("（二）推动“保税+”新业态发展。建议支持综合保税区开展保税研发、保税维修、保税展示交易、跨境电商等业务，推动区内加工制造向价值链中高端延伸。")
    body1("（三）深化面向东盟的开放合作。建议依托凭祥综合保税区和中越友谊关口岸，探索“两国双园”跨境产业链供应链合作新模式，推动中国—东盟产业合作区建设。")
    body1("（四）加大要素保障力度。建议设立自治区自贸试验区与综合保税区联动发展专项资金，在用地、用能、人才等方面给予倾斜支持。")
    empty(doc, 1)
    for txt in ("中国民主同盟广西壮族自治区委员会", "2026年1月8日"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(32 if txt.startswith("中国") else 80)

    # ---------------- document 2: the reply
    c2 = []
    p = add_par(doc, [("A类", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("广西壮族自治区商务厅", XBS, 38, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, "桂商提〔2026〕41号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    add_par(doc, [("广西壮族自治区商务厅关于自治区政协十三届", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("四次会议第0318号提案的答复", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "民盟广西区委会：", indent=False)

    def body2(t):
        c2.append(t)
        add_par(doc, t)

    def runin2(h, t):
        c2.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body2("贵会提出的《关于推进自贸试验区与综合保税区联动发展的提案》(第0318号)收悉。感谢贵会对我区自贸试验区和综合保税区建设的关心和支持。经商南宁海关、自治区发展改革委、自治区财政厅、中国（广西）自由贸易试验区工作办公室，现答复如下：")
    runin2("一、关于建立联动发展协调机制。", "2025年9月，经自治区人民政府同意，自治区商务厅、南宁海关联合印发《广西自由贸易试验区与综合保税区联动发展工作方案》，建立由自治区分管领导任召集人、18个部门和3个片区参加的联动发展联席会议制度，明确规划对接、政策衔接、产业协同、监管互认4方面16项任务。目前，南宁、钦州港、崇左3个片区均已建立片区管委会与综合保税区管理机构联合办公机制，实现招商信息共享、项目联合研判。")
    runin2("二、关于推动“保税+”新业态发展。", "我厅会同南宁海关积极推动综合保税区业态创新,2025年三个综合保税区新增保税研发、保税维修、保税展示交易等新业态项目23个,主要指标如下：")
    add_par(doc, [("2025年自贸试验区内综合保税区主要指标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=4)
    simple_table(doc, ["综合保税区", "所在片区", "进出口额（亿元）", "同比增长", "新增“保税+”项目（个）"], [
        ["南宁综合保税区", "南宁片区", "612.4", "11.2%", "9"],
        ["钦州综合保税区", "钦州港片区", "583.9", "18.6%", "8"],
        ["凭祥综合保税区", "崇左片区", "236.4", "7.9%", "6"],
        ["合计", "—", "1432.7", "13.1%", "23"],
    ], c2, widths=[3.6, 2.6, 3.0, 2.2, 4.2])
    empty(doc, 1, line=12)
    body2("1.南宁综合保税区重点发展电子信息保税加工和跨境电商,2025年跨境电商进出口额达到128.6亿元,同比增长26.4%。")
    body2("2.钦州综合保税区依托钦州港片区石化、新能源材料产业,开展大宗商品保税仓储和期货保税交割业务,获批开展铜精矿保税混矿试点。")
    body2("3.凭祥综合保税区积极发展东盟水果、红木等特色商品保税加工,打造面向东盟的农产品进出口集散中心。")
    runin2("三、关于深化面向东盟的开放合作。", "我区依托中国（广西）自由贸易试验区崇左片区和凭祥综合保税区，积极推进中越“两国双园”建设，探索“境内加工+境外组装”跨境产业链合作模式。2025年，经友谊关口岸进出口货物1186.3万吨，同比增长12.7%。同时，我区充分发挥西部陆海新通道作用，2025年西部陆海新通道海铁联运班列开行1.12万列，服务共建“一带一路”国家和地区的货物占比超过七成。")
    runin2("四、关于加大要素保障力度。", "自治区财政每年安排自贸试验区建设专项资金，2025年安排3.5亿元，其中1.2亿元用于支持综合保税区新业态发展和公共服务平台建设。下一步，我厅将会同自治区财政厅研究完善资金支持方式，对联动发展成效明显的片区和综合保税区给予倾斜支持，并积极争取自然资源、人才等要素保障政策。")
    body2("再次感谢贵会对我区商务工作的关心和支持！")
    empty(doc, 2)
    for txt in ("广西壮族自治区商务厅", "2026年5月26日"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48 if txt.startswith("广西") else 64)
    add_par(doc, "（此件公开发布）")
    add_par(doc, "（联系人：黄敏，联系电话：0771-2050318）")
    banji(doc, "抄送：自治区政协提案委员会，自治区人民政府办公厅，南宁海关。",
          "广西壮族自治区商务厅办公室", "2026年5月26日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": meta(
            title="关于推进自贸试验区与综合保税区联动发展的提案",
            doc_number="第0318号",
            issuer=["中国民主同盟广西壮族自治区委员会"],
            date="2026-01-08",
            level="provincial",
            region="广西壮族自治区",
            doc_type="提案",
        ), "clauses": c1},
        {"meta": meta(
            title="广西壮族自治区商务厅关于自治区政协十三届四次会议第0318号提案的答复",
            doc_number="桂商提〔2026〕41号",
            issuer=["广西壮族自治区商务厅"],
            date="2026-05-26",
            level="provincial",
            region="广西壮族自治区",
            doc_type="答复",
            recipients=["民盟广西区委会"],
            publicity="此件公开发布",
        ), "clauses": c2},
    ]
    return path


# =================================================================== DOC C
def doc_zhengzhou():
    """两部门联合答复：双红头、两位签发人（空格对齐）、空格缩进、段内软回车、中文数字日期、附件清单带续表."""
    stem = "blind859_zhengzhou_lianhe_dafu"
    doc = Document()
    setup(doc)
    clauses = []

    for name in ("郑州市商务局", "郑州市发展和改革委员会"):
        add_par(doc, [(name, XBS, 34, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=48)
    empty(doc, 1)
    p = add_par(doc, [("郑商提〔2026〕17号", FS, 16, False), (" " * 20, FS, 16, False),
                      ("签发人：", FS, 16, False), ("李卫民", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p = add_par(doc, [(" " * 56, FS, 16, False), ("张国庆", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = add_par(doc, [("关于市政协十五届五次会议第2036号提案的", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("答复"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "张红梅委员：", indent=False)

    SP = "    "  # clerk indents with typed half-width spaces

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(SP, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("您提出的《关于推动郑州片区与综合保税区联动发展打造内陆开放新高地的提案》（第2036号）收悉。该提案由市商务局、市发展改革委共同办理。经认真研究，并征求郑州海关、郑州航空港经济综合实验区管委会、郑州经济技术开发区管委会意见，现联合答复如下：")
    head("一、基本情况")
    # paragraph with a Shift+Enter typed in the middle of a sentence
    part1 = "中国（河南）自由贸易试验区郑州片区挂牌以来，累计形成制度创新成果312项，其中“跨境电商零售进口正面监管模式”“多式联运‘一单制’”等18项在全国复制推广。全市现有郑州新郑综合保税区、"
    part2 = "郑州经开综合保税区2个综合保税区，2025年合计完成进出口总额4126.7亿元，占全市外贸进出口总额的68.3%。其中，郑州经开综合保税区位于郑州片区范围内，郑州新郑综合保税区位于郑州航空港经济综合实验区，与郑州片区通过“空港+自贸”模式开展协同联动。"
    p = add_par(doc, SP + part1, indent=False)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(part2), FS, 16)
    clauses.append(part1 + part2)
    head("二、主要工作")
    runin("（一）推进“空港+自贸”协同。", "依托郑州—卢森堡“空中丝绸之路”，推动郑州片区改革试点经验在郑州新郑综合保税区复制推广。2025年，郑州机场完成货邮吞吐量81.6万吨，国际地区货运航线达到52条，通航城市覆盖共建“一带一路”国家和地区28个。")
    runin("（二）推进监管模式创新。", "郑州海关在两个综合保税区推行以下举措：")
    body("1、“批次进出、集中申报”。企业可先凭核放单分批进出区、再定期集中办理报关手续，2025年累计惠及企业96家。")
    body("2、“跨境电商+保税展示”。在郑州经开综合保税区设立进口商品保税展示交易中心，实现“区内展示、区外交易”。")
    body("3、“智慧卡口”建设。郑州新郑综合保税区卡口实现车辆“无感通关”，平均过卡时间缩短至15秒。")
    runin("（三）强化规划衔接和政策支持。", "市发展改革委将自贸试验区与综合保税区联动发展纳入《郑州市“十五五”开放型经济发展规划》重点内容统筹谋划，会同市商务局制定《郑州市支持综合保税区高质量发展若干政策措施》，对新引进的保税研发、保税维修、融资租赁等项目给予资金奖励。")
    head("三、下一步工作")
    body("您在提案中提出的建立联动发展工作专班、推动片区与综合保税区统一招商、探索“区内注册、区外经营”等建议，对我们改进工作具有重要参考价值。下一步，我们将重点做好以下工作：")
    runin("（一）建立联动工作专班。", "由市商务局、市发展改革委牵头，会同郑州海关、郑州航空港经济综合实验区管委会、郑州经济技术开发区管委会组建联动发展工作专班，按季度研究解决重点问题。")
    runin("（二）推进统一招商。", "编制自贸试验区与综合保税区联合招商图谱，围绕电子信息、生物医药、航空物流等产业链开展联合招商，2026年力争引进联动项目30个以上。")
    runin("（三）抓好重点任务落实。", "制定郑州市自贸试验区与综合保税区联动发展重点任务清单（见附件），逐项明确牵头单位、配合单位和完成时限，确保各项任务落地见效。")
    body("感谢您对我市开放型经济发展的关心和支持。")
    empty(doc, 1)
    p = add_par(doc, SP + "附件：郑州市自贸试验区与综合保税区联动发展重点任务清单", indent=False)
    empty(doc, 2)
    # joint 落款 typed with spaces, date in Chinese numerals
    add_par(doc, " " * 8 + "郑州市商务局" + " " * 12 + "郑州市发展和改革委员会", indent=False)
    add_par(doc, " " * 40 + "二〇二六年六月十二日", indent=False)
    empty(doc, 1)
    add_par(doc, SP + "（此件主动公开）", indent=False)
    add_par(doc, SP + "（联系人：赵磊，联系电话：0371-67181235）", indent=False)

    # ---- 附件: task list, split by hand with 续表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("郑州市自贸试验区与综合保税区联动发展重点任务清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    hdr = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    widths = [1.3, 5.4, 3.0, 3.9, 2.6]
    rows1 = [
        ["1", "建立自贸试验区与综合保税区联动发展工作专班", "市商务局、市发展改革委",
         "郑州海关、郑州航空港区管委会、郑州经开区管委会", "2026年6月底前"],
        ["2", "编制联合招商图谱，开展产业链联合招商", "市商务局",
         "郑州航空港区管委会、郑州经开区管委会", "2026年9月底前"],
        ["3", "推动郑州片区改革试点经验在郑州新郑综合保税区复制推广", "市商务局",
         "郑州海关、郑州航空港区管委会", "2026年12月底前"],
        ["4", "探索“区内注册、区外经营”企业管理模式", "市市场监管局",
         "市商务局、郑州经开区管委会", "2026年12月底前"],
        ["5", "支持综合保税区开展保税研发、保税维修业务", "市商务局",
         "郑州海关、市科技局", "持续推进"],
        ["6", "推进郑州—卢森堡“空中丝绸之路”货运航线加密", "郑州航空港区管委会",
         "市交通运输局、市发展改革委", "持续推进"],
    ]
    rows2 = [
        ["7", "建设跨境电商进口商品保税展示交易中心（二期）", "郑州经开区管委会",
         "市商务局、郑州海关", "2027年6月底前"],
        ["8", "推进综合保税区增值税一般纳税人资格试点扩面", "市税务局",
         "郑州海关、市商务局", "2026年12月底前"],
        ["9", "建设联动发展数据共享平台，实现企业备案、物流数据共享", "市大数据局",
         "郑州海关、市商务局", "2027年6月底前"],
        ["10", "开展联动发展成效评估", "市发展改革委", "市商务局", "2027年12月底前"],
    ]
    simple_table(doc, hdr, rows1, clauses, widths=widths)
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, after=4)
    p.paragraph_format.page_break_before = True
    simple_table(doc, hdr, rows2, clauses, widths=widths)
    note = "注：“持续推进”类任务每半年报送一次进展情况。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    banji(doc, "抄送：市政协提案委员会，市政府督查局。", "郑州市商务局办公室",
          "2026年6月12日印发", gap=8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于市政协十五届五次会议第2036号提案的答复",
            doc_number="郑商提〔2026〕17号",
            issuer=["郑州市商务局", "郑州市发展和改革委员会"],
            date="2026-06-12",
            level="municipal",
            region="郑州市",
            attachments=["郑州市自贸试验区与综合保税区联动发展重点任务清单"],
            doc_type="答复",
            recipients=["张红梅委员"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_guangxi(), doc_zhengzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
