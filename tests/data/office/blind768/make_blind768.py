# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 768: 跨境电商综试区考核评估结果通报 — Word + PDF + expected.json."""
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
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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
    """runs: str, or list of (text, font, size, bold[, color]); "\n" in text = Shift+Enter."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break(WD_BREAK.LINE)
            if part:
                font(p.add_run(part), name, size, bold, color)
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


def page_field(fp, size=14, odd_even=False):
    font(fp.add_run("— "), SONG, size)
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
    font(fp.add_run(" —"), SONG, size)


def setup(doc, footer_align=C):
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
    fp.alignment = footer_align
    page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths):
    """Fixed layout: tblW + tblGrid + every tcW (LibreOffice reads the grid)."""
    table.autofit = False
    tbl = table._tbl
    tblpr = tbl.tblPr
    tw = int(sum(widths) * 567)
    old = tblpr.find(qn("w:tblW"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), tw)))
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in tbl.findall(qn("w:tr")):
        ci = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths[ci:ci + n])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")
            ci += n


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=1):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=26)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_768", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def f1(x):
    return "%.1f" % x


# ==================================================================== DOC A
# 浙江省商务厅 通报 (红头“文件”, 附件排名表 two-level header + merged 等次 + repeated header rows)
def doc_zhejiang():
    stem = "blind768_zj_tongbao"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # 版头
    add_par(doc, [("浙江省商务厅文件", XBS, 44, False, RED)], align=C, indent=False,
            line=66, before=6)
    empty(doc, 1)
    p = add_par(doc, "浙商务发〔2026〕18号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: three paragraphs, wrapped at odd places
    add_par(doc, [("浙江省商务厅关于2025年度全省跨境", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("电子商务综合试验区考核评估", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("结果的通报", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，义乌市商务局：", indent=False)

    body("为推动全省跨境电子商务综合试验区（以下简称综试区）高质量发展，根据《浙江省跨境电子商务综合试验区考核评估办法》（浙商务发〔2023〕96号），我厅组织开展了2025年度全省综试区考核评估工作。现将有关情况通报如下：")
    head("一、考核评估总体情况")
    body("本次考核评估采取综试区自评、第三方机构数据核验和专家评审相结合的方式，围绕发展规模、创新发展、带动作用、营商环境4个一级指标、12个二级指标，对全省12个综试区进行综合评估。评估总分为100分，其中90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。")
    body("考核评估结果显示，2025年全省实现跨境电商进出口额4862.7亿元，同比增长15.8%；累计建成公共海外仓312个，其中在共建“一带一路”国家布局149个。")
    head("二、考核评估结果")
    body("经综合评定，中国（杭州）、中国（宁波）、中国（义乌）3个综试区考核评估等次为优秀；中国（温州）、中国（金华）、中国（嘉兴）、中国（绍兴）、中国（台州）5个综试区为良好；中国（湖州）、中国（衢州）、中国（丽水）、中国（舟山）4个综试区为合格。各综试区评估得分与等次排名情况详见附件。")
    head("三、主要经验做法")
    runin("（一）坚持制度创新引领。", "杭州综试区率先探索跨境电商出口海外仓（9810）“一次申报、分批出口”监管模式；宁波综试区依托中国（浙江）自由贸易试验区宁波片区开展“保税+直播”试点。")
    runin("（二）强化产业带动。", "义乌综试区推动小商品市场经营户“触网出海”，全年新增跨境电商经营主体1.1万家；金华综试区依托义新欧中欧班列开展“班列+海外仓”一体化服务。")
    head("四、存在的主要问题")
    body("一是发展不平衡，排名后4位的综试区跨境电商进出口额合计仅占全省的6.2%；二是创新动能不足，个别综试区全年未形成可复制推广的创新经验；三是统计监测基础薄弱，部分综试区数据报送不及时、口径不统一。")
    head("五、下一步工作要求")
    runin("（一）巩固提升优势。", "考核评估等次为优秀、良好的综试区要对标国内先进，在数字贸易规则对接、跨境数据流动等领域加大先行先试力度。")
    runin("（二）限期整改提高。", "考核评估等次为合格的湖州、衢州、丽水、舟山综试区所在地商务主管部门，要对照考核评估反馈问题，认真研究制定整改方案，明确整改目标、措施、责任单位和完成时限，于2026年4月30日前报送我厅（对外贸易发展处）。我厅将适时组织开展整改情况“回头看”，对连续两年考核评估等次为合格的综试区进行约谈。")
    runin("（三）加强统计监测。", "各综试区要按月报送跨境电商进出口、海外仓等数据。考核评估结果将作为省级外经贸发展专项资金分配的重要依据。")
    empty(doc, 1)
    # 附件 list with a Shift+Enter and full-width spaces to hang the wrapped part
    add_par(doc, "附件：2025年度全省跨境电子商务综合试验区考核评估\n"
                 "\u3000\u3000\u3000\u3000\u3000得分与等次排名表", indent=True)
    empty(doc, 1)
    p = add_par(doc, "浙江省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月9日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2025年度全省跨境电子商务综合试验区考核评估\n得分与等次排名表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("单位：分", FS, 14, False)], align=R, indent=False)

    data = [
        ("杭州", 29.2, 23.8, 23.5, 18.9),
        ("宁波", 28.6, 23.1, 22.9, 18.6),
        ("义乌", 28.1, 22.6, 23.2, 18.2),
        ("温州", 26.3, 21.4, 21.7, 17.5),
        ("金华", 25.8, 21.0, 21.2, 17.6),
        ("嘉兴", 25.1, 20.7, 20.9, 17.3),
        ("绍兴", 24.6, 20.2, 20.5, 17.1),
        ("台州", 24.2, 19.8, 20.1, 16.8),
        ("湖州", 22.7, 18.6, 18.9, 16.2),
        ("衢州", 21.4, 17.3, 17.6, 15.8),
        ("丽水", 20.6, 16.8, 16.9, 15.1),
        ("舟山", 19.8, 16.1, 16.2, 14.6),
    ]
    tiers = ["优秀"] * 3 + ["良好"] * 5 + ["合格"] * 4
    t = doc.add_table(rows=2 + len(data), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    subs = ["发展规模\n（30分）", "创新发展\n（25分）", "带动作用\n（25分）", "营商环境\n（20分）"]
    # header level 2
    for i, s_ in enumerate(subs):
        set_cell(t.cell(1, 2 + i), s_, HT, 11)
    hdr_keys = ["序号", "综试区", "总得分", "等次"]
    a = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(a, "序号", HT, 11)
    a = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(a, "综试区", HT, 11)
    a = t.cell(0, 2).merge(t.cell(0, 5)); set_cell(a, "分项得分", HT, 11)
    a = t.cell(0, 6).merge(t.cell(1, 6)); set_cell(a, "总得分", HT, 11)
    a = t.cell(0, 7).merge(t.cell(1, 7)); set_cell(a, "等次", HT, 11)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    headers = ["序号", "综试区"] + ["分项得分／" + s_.replace("\n", "") for s_ in subs] + ["总得分", "等次"]
    for ri, (name, *sc) in enumerate(data):
        total = round(sum(sc), 1)
        vals = [str(ri + 1), name] + [f1(x) for x in sc] + [f1(total)]
        for ci, v in enumerate(vals):
            set_cell(t.cell(2 + ri, ci), v, FS, 12, line=18)
        clauses.append(row_clause(headers, vals + [tiers[ri]]))
        cant_split(t.rows[2 + ri])
    # merged 等次 cells per tier
    start = 0
    for tier, n in (("优秀", 3), ("良好", 5), ("合格", 4)):
        a = t.cell(2 + start, 7).merge(t.cell(2 + start + n - 1, 7))
        set_cell(a, tier, FS, 11)
        start += n
    col_widths(t, [1.3, 2.2, 2.1, 2.1, 2.1, 2.1, 1.9, 1.8])
    note1 = "注：1．综试区按总得分由高到低排序；得分保留一位小数。"
    note2 = "2．跨境电商进出口额等统计数据由杭州海关、宁波海关和省商务厅跨境电商统计监测系统提供。"
    add_par(doc, [(note1, FS, 12, False)], indent=False, line=22, before=4)
    p = add_par(doc, [(note2, FS, 12, False)], indent=False, line=22)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([note1, note2])

    banji(doc, "抄送：商务部电子商务司、外贸司，杭州海关，宁波海关，省发展改革委，省财政厅。",
          "浙江省商务厅办公室", "2026年3月10日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于2025年度全省跨境电子商务综合试验区考核评估结果的通报",
            "doc_number": "浙商务发〔2026〕18号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-09",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度全省跨境电子商务综合试验区考核评估得分与等次排名表"],
            "doc_type": "通报",
            "recipients": ["各设区市商务局", "义乌市商务局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC B
# 四川省商务厅 函件格式通报 (双红线, 文号右对齐, 表格手工续表, 中文数字日期, 半角/全角混排)
SPLIT = 6


def doc_sichuan():
    stem = "blind768_sc_hanjian"
    doc = Document()
    setup(doc)
    clauses = []
    SP = "    "  # clerk indents with four half-width spaces

    def body(t, lead=SP):
        clauses.append(t)
        add_par(doc, lead + t, indent=False)

    def head(t, fnt=HT):
        add_par(doc, [(SP + t, fnt, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(SP, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)], indent=False)

    # 信函格式版头
    p = add_par(doc, [("四川省商务厅", XBS, 40, False, RED)], align=C, indent=False,
                line=56, before=0)
    border(p, "bottom", "FF0000", 30, 6, val="thickThinSmallGap")
    p = add_par(doc, "川商务函〔2026〕57号", align=R, indent=False, before=8)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    p = add_par(doc, [("四川省商务厅关于2025年度全省跨境\n电子商务综合试验区考核评估结果的通报",
                       XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各跨境电子商务综合试验区所在市（州）商务主管部门：", indent=False)

    body("按照《四川省跨境电子商务综合试验区建设考核评估实施细则（试行）》要求，2026年1月至2月，我厅会同成都海关、省发展改革委、省财政厅，委托第三方评估机构对全省8个跨境电子商务综合试验区（以下简称综试区）2025年度建设情况开展了考核评估。现将考核评估结果通报如下。")
    head("一、总体情况")
    body("2025年，全省各综试区深入落实省委、省政府关于推动高水平对外开放的决策部署，主动融入共建“一带一路”和西部陆海新通道建设，跨境电商发展呈现规模扩大、主体壮大、模式创新的良好态势。全省跨境电商进出口额达到1127.4亿元，同比增长19.6%，高于全省外贸增速12.3个百分点；新增跨境电商经营主体2416家，新建公共海外仓17个，其中在东盟、中亚国家布局10个。依托中国（四川）自由贸易试验区和成都国际铁路港，“跨境电商+中欧班列”“跨境电商+西部陆海新通道”等物流模式逐步成熟。")
    body("本次考核评估由综试区自评、市（州）初审、第三方机构实地核查和专家评审四个环节组成，重点考核发展规模、主体培育、创新发展、服务体系、风险防控5个方面，共设置一级指标5个、二级指标18个。评估过程中，各综试区共报送佐证材料1260余份，第三方机构对8个综试区逐一开展实地核查，抽查跨境电商企业64家、海外仓11个。")
    head("二、考核评估结果")
    body("本次考核评估满分为100分。经综合评定，成都综试区等次为优秀；泸州、宜宾、德阳、绵阳、南充综试区等次为良好；眉山、自贡综试区等次为合格。具体得分及排名情况如下：")
    add_par(doc, [("2025年度全省跨境电子商务综合试验区考核评估得分及等次排名表", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    add_par(doc, [("（单位：分）", FS, 12, False)], align=R, indent=False, line=20)

    hdr = ["序号", "综试区", "评估得分", "等次", "位次变化"]
    rows = [
        ["1", "中国（成都）跨境电子商务综合试验区", "94.6", "优秀", "持平"],
        ["2", "中国（泸州）跨境电子商务综合试验区", "87.3", "良好", "上升1位"],
        ["3", "中国（宜宾）跨境电子商务综合试验区", "85.9", "良好", "上升2位"],
        ["4", "中国（德阳）跨境电子商务综合试验区", "83.2", "良好", "下降2位"],
        ["5", "中国（绵阳）跨境电子商务综合试验区", "81.7", "良好", "下降1位"],
        ["6", "中国（南充）跨境电子商务综合试验区", "76.4", "良好", "持平"],
        ["7", "中国（眉山）跨境电子商务综合试验区", "71.8", "合格", "上升1位"],
        ["8", "中国（自贡）跨境电子商务综合试验区", "68.5", "合格", "下降1位"],
    ]

    def mk_table(rs):
        t = doc.add_table(rows=1 + len(rs), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(t.cell(0, i), h, HT, 12)
        for ri, row in enumerate(rs, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C)
            clauses.append(row_clause(hdr, row))
        col_widths(t, [1.3, 7.9, 2.2, 1.6, 2.6])
        return t

    mk_table(rows[:SPLIT])
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    mk_table(rows[SPLIT:])
    note = "注：位次变化为与2024年度考核评估排名相比较的情况；评估得分90分及以上为优秀，75分（含）至90分为良好，60分（含）至75分为合格。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)
    empty(doc, 1, line=14)
    head("三、存在的问题")
    body("从考核评估情况看，部分综试区在推进建设中还存在一些突出问题。")
    body("1.发展差距有所拉大。成都综试区跨境电商进出口额占全省的71.8%，其余7个综试区合计占比不足三成，眉山、自贡综试区全年跨境电商进出口额均低于30亿元。")
    body("2.主体培育力度不够。部分综试区年进出口额超亿元的跨境电商企业不足5家，本土品牌出海能力较弱，对传统外贸企业转型带动作用不明显。")
    body("3.平台功能发挥不充分。个别综试区线上综合服务平台与国际贸易“单一窗口”数据对接不畅，备案企业活跃度偏低，线下产业园区入驻率不足60%。")
    head("四、工作要求")
    body("(1)各综试区所在市（州）要高度重视考核评估结果运用，将其作为改进工作的重要抓手，认真对照评估指标查找差距，补齐短板弱项。")
    body("（2）考核评估等次为合格的眉山、自贡综试区所在市商务主管部门，要在本通报印发之日起30日内，向我厅书面报送整改方案；2026年9月底前报送整改进展情况。对整改不力、下一年度考核评估仍为合格及以下等次的，我厅将提请省政府对其所在市政府进行约谈，并相应核减省级外经贸发展专项资金支持额度。")
    body("（3）各综试区要围绕“一带一路”沿线重点市场，加快布局公共海外仓和境外展示中心，积极参与中国（四川）自由贸易试验区协同改革先行区建设，推动更多跨境电商创新举措落地见效。")
    body("联系人：省商务厅电子商务和信息化处　李婧，联系电话：028-83221976。")
    empty(doc, 2)
    # 落款: 单位 + 中文数字日期, aligned with typed spaces
    add_par(doc, "\u3000" * 16 + "四川省商务厅", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月十六日", indent=False)
    empty(doc, 1)
    add_par(doc, SP + "（此件主动公开）", indent=False)
    banji(doc, "抄送：商务部电子商务司，成都海关，省发展改革委，省财政厅。",
          "四川省商务厅办公室", "2026年3月16日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于2025年度全省跨境电子商务综合试验区考核评估结果的通报",
            "doc_number": "川商务函〔2026〕57号",
            "issuer": ["四川省商务厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各跨境电子商务综合试验区所在市（州）商务主管部门"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC C
# 洛阳市商务局 上行文 整改情况报告 (份号/特急, 签发人 tab, 附件整改清单表 repeated header)
def doc_luoyang():
    stem = "blind768_ly_zhenggai"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    add_par(doc, [("000015", FS, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("洛阳市商务局文件", XBS, 42, False, RED)], align=C, indent=False,
            line=62, before=18)
    empty(doc, 1)
    p = add_par(doc, [("洛商务〔2026〕21号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("赵卫民", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("洛阳市商务局关于中国（洛阳）跨境电子商务", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("综合试验区2025年度考核评估问题", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("整改情况的报告", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "河南省商务厅：", indent=False)

    body("根据《河南省商务厅关于2025年度全省跨境电子商务综合试验区考核评估结果的通报》（豫商电商〔2026〕9号）要求，我局会同洛阳海关、市发展改革委、中国（河南）自由贸易试验区洛阳片区管委会等单位，逐项对照反馈问题推进整改。现将有关情况报告如下：")
    head("一、考核评估基本情况")
    body("在2025年度全省跨境电子商务综合试验区考核评估中，中国（洛阳）跨境电子商务综合试验区（以下简称洛阳综试区）得分71.6分，等次为合格，在全省9个综试区中位列第7位，较上年下降2位。其中，发展规模得分20.3分（满分30分），创新发展得分16.9分（满分25分），两项指标失分较多。")
    head("二、存在问题及原因分析")
    runin("（一）跨境电商规模偏小、增速放缓。", "2025年全市跨境电商进出口额146.8亿元，同比增长6.4%，低于全省平均增速9.1个百分点。年进出口额超亿元的跨境电商企业仅9家，龙头带动作用有限。")
    runin("（二）制度创新成果不足。", "全年仅形成市级创新案例3项，无省级以上复制推广经验；“跨境电商+保税”等业态尚处起步阶段。")
    runin("（三）统计监测工作不规范。", "部分县（市、区）数据报送不及时，海外仓数据口径不一致，影响考核评估得分。")
    head("三、整改措施及进展")
    runin("（一）压实整改责任。", "市政府成立由分管副市长任组长的工作专班，印发整改方案，明确整改任务12项，实行“周调度、月通报”。截至2026年4月20日，已完成整改任务5项，其余7项正在按时序推进。")
    runin("（二）培育壮大经营主体。", "实施跨境电商“百企出海”行动，组织轴承、耐火材料、钢制家具等产业带企业开展跨境电商业务，一季度新增跨境电商备案企业87家，推动12家传统外贸企业开展跨境电商B2B出口（9710）业务。")
    runin("（三）推进制度和模式创新。", "会同洛阳海关在洛阳综合保税区开展跨境电商出口海外仓（9810）“集中申报、分批出区”试点，依托中欧班列（洛阳）开行跨境电商专列4列。")
    runin("（四）规范统计监测。", "修订《洛阳市跨境电子商务统计监测工作规程》，建立市、县两级统计联络员制度，2026年一季度数据已按时、完整报送。")
    head("四、下一步工作打算")
    body("下一步，我局将持续抓好整改落实，力争2026年全市跨境电商进出口额增长15%以上，推动洛阳综试区在2026年度考核评估中进入良好等次。对中欧班列（洛阳）运力不足等问题，恳请省商务厅给予指导支持。")
    add_par(doc, "特此报告。")  # closing formula: not a clause
    empty(doc, 1)
    add_par(doc, IND + "附件：洛阳综试区2025年度考核评估问题整改任务清单", indent=False)
    empty(doc, 3)
    # 落款: organ and date in one paragraph, Shift+Enter, right-aligned
    p = add_par(doc, "洛阳市商务局\u3000\u3000\n2026年4月22日\u3000", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "（联系人：孙海鹏，联系电话：0379-63918257）")

    # ------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    add_par(doc, [("洛阳综试区2025年度考核评估问题整改任务清单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    hdr = ["序号", "整改任务", "责任单位", "完成时限", "进展情况"]
    rows = [
        ["1", "制定年进出口额超亿元跨境电商企业培育计划，建立重点企业包联服务机制", "市商务局", "2026年5月底", "已完成"],
        ["2", "实施跨境电商“百企出海”行动，全年新增跨境电商备案企业200家以上", "市商务局、各县（市、区）政府", "2026年12月底", "推进中"],
        ["3", "开展跨境电商出口海外仓（9810）“集中申报、分批出区”试点", "洛阳海关、洛阳综合保税区管委会", "2026年6月底", "已完成"],
        ["4", "开行中欧班列（洛阳）跨境电商专列，全年不少于12列", "市发展改革委、市商务局", "2026年12月底", "推进中"],
        ["5", "申报“跨境电商+装备制造”省级制度创新案例", "自贸试验区洛阳片区管委会", "2026年9月底", "推进中"],
        ["6", "新建公共海外仓3个，重点布局中亚、东南亚市场", "市商务局", "2026年12月底", "推进中"],
        ["7", "修订跨境电子商务统计监测工作规程，建立市县两级统计联络员制度", "市商务局、市统计局", "2026年3月底", "已完成"],
        ["8", "推动线上综合服务平台与国际贸易“单一窗口”数据对接", "市商务局、洛阳海关", "2026年8月底", "推进中"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci in (1, 2) else C, line=16)
        clauses.append(row_clause(hdr, row))
        cant_split(t.rows[ri])
    col_widths(t, [1.2, 6.3, 3.6, 2.4, 2.1])
    note = "注：整改任务共12项，本表列出需跨部门协同推进的8项，其余4项由市商务局内部组织实施。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    banji(doc, "抄送：洛阳市人民政府办公室，洛阳海关。", "洛阳市商务局办公室",
          "2026年4月22日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "洛阳市商务局关于中国（洛阳）跨境电子商务综合试验区2025年度考核评估问题整改情况的报告",
            "doc_number": "洛商务〔2026〕21号",
            "issuer": ["洛阳市商务局"],
            "date": "2026-04-22",
            "published": None,
            "level": "municipal",
            "region": "洛阳市",
            "effective": None,
            "expires": None,
            "attachments": ["洛阳综试区2025年度考核评估问题整改任务清单"],
            "doc_type": "报告",
            "recipients": ["河南省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_sichuan(), doc_luoyang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
