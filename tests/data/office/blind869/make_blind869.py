# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 869: 市场准入效能评估与负面清单落实情况自查报告 — Word + PDF + expected.json."""
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
J = WD_ALIGN_PARAGRAPH.JUSTIFY
IND = "\u3000\u3000"

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


def add_runs(p, runs):
    for r in runs:
        if r == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    add_runs(p, runs)
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


def new_page(p):
    p.paragraph_format.page_break_before = True
    return p


def setup(doc):
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
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths[i]).twips)))
    for row in table.rows:
        for i, tc in enumerate(row._tr.tc_lst):
            span = tc.grid_span
            w = sum(widths[i2] for i2 in range(_col_index(row, tc), _col_index(row, tc) + span))
            tc.width = Cm(w)


def _col_index(row, tc):
    idx = 0
    for t in row._tr.tc_lst:
        if t is tc:
            return idx
        idx += t.grid_span
    return idx


def fill_rows(table, start, header, rows, clauses, size=11):
    for ri, row in enumerate(rows, start):
        for ci, v in enumerate(row):
            al = L if (len(v) > 14) else C
            set_cell(table.rows[ri].cells[ci], v, FS, size, align=al, line=18)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))


def banji(doc, lines):
    """版记: lines of (text) between black rules; first line gets the thick top rule.
    A "\t" run in a line jumps to a right tab stop (印发 date flush right)."""
    empty(doc, 1)
    for i, runs in enumerate(lines):
        p = add_par(doc, runs, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), 2)
        if i == 0:
            border(p, "top", "000000", 12, 4)
        border(p, "bottom", "000000", 12 if i == len(lines) - 1 else 4, 4)


# Word automatic numbering (chineseCounting) ---------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, KT, KT, KT))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_869", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 广西 发改委 + 商务厅 联合上报 国家发展改革委、商务部 的自查报告（上行文）
GX_SCORES = [
    ("南宁市", "27.8", "27.5", "18.4", "17.6"),
    ("柳州市", "27.2", "26.9", "18.1", "17.4"),
    ("桂林市", "26.5", "26.3", "17.6", "16.8"),
    ("梧州市", "25.9", "25.4", "16.9", "16.3"),
    ("北海市", "26.4", "26.0", "17.5", "17.0"),
    ("防城港市", "26.0", "25.6", "17.0", "16.5"),
    ("钦州市", "27.0", "26.4", "17.9", "17.1"),
    ("贵港市", "25.3", "24.9", "16.6", "15.9"),
    ("玉林市", "25.7", "25.3", "16.8", "16.2"),
    ("百色市", "25.1", "24.6", "16.4", "15.8"),
    ("贺州市", "24.8", "24.2", "16.1", "15.5"),
    ("河池市", "24.5", "24.0", "15.9", "15.4"),
    ("来宾市", "24.6", "24.1", "16.0", "15.5"),
    ("崇左市", "25.6", "25.0", "16.9", "16.1"),
]


def gx_rows():
    rows = []
    tot = 0
    for i, (city, a, b, c, d) in enumerate(GX_SCORES, 1):
        t10 = sum(int(round(float(x) * 10)) for x in (a, b, c, d))
        tot += t10
        t = "%.1f" % (t10 / 10)
        grade = "优秀" if t10 >= 880 else ("良好" if t10 >= 800 else "一般")
        rows.append([str(i), city, a, b, c, d, t, grade])
    avg = "%.1f" % (tot / 10 / len(GX_SCORES) + 1e-9)
    return rows, avg


def doc_guangxi():
    stem = "blind869_guangxi_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    rows1, avg = gx_rows()

    # 份号 + 紧急程度
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=28)
    # joint 版头: borderless table, two organ names left, 文件 right (merged)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "广西壮族自治区发展和改革委员会", XBS, 22, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.cell(1, 0), "广西壮族自治区商务厅", XBS, 22, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 36, color=RED, line=44)
    col_widths(t, [12.6, 2.8])
    empty(doc, 1)
    # 文号 left, 签发人 right, second 签发人 under the first via a left tab stop
    p = add_par(doc, [("桂发改体改〔2026〕87号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("李　明", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.6))
    p.paragraph_format.left_indent = Pt(16)
    p = add_par(doc, [("\t", FS, 16, False), ("\u3000\u3000\u3000\u3000", FS, 16, False),
                      ("王建华", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.6))
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs (clerk pressed Enter), wrapped at odd places
    for part in ("关于2025年度市场准入负面清单落实", "情况和市场准入效能评估自查", "工作的报告"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "国家发展改革委、商务部：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=J)

    body("按照《国家发展改革委 商务部 市场监管总局关于开展2025年度市场准入效能评估和违背市场准入负面清单案例排查工作的通知》（发改体改〔2025〕1432号）要求，自治区发展改革委、商务厅会同自治区市场监管局、司法厅、政务服务监管办等部门，组织14个设区市和中国（广西）自由贸易试验区南宁、钦州港、崇左片区，采取“地市自评、部门核查、第三方评估、实地抽查”相结合的方式，对2025年度市场准入负面清单落实情况和市场准入效能开展了全面自查评估，共抽查市场准入事项办件2316件，走访经营主体418家。现将有关情况报告如下：")
    head("一、负面清单落实基本情况")
    runin("（一）“全国一张清单”管理模式全面落实。", "全区严格执行《市场准入负面清单（2025年版）》，清单所列106项禁止和许可准入事项均已在广西数字政务一体化平台完成事项要素对应和办事指南编制，实现清单事项与政务服务事项“一一对应”。2025年，全区共清理与负面清单不符的规章和规范性文件27件，其中废止9件、修订18件，未发现各地区各部门自行发布具有市场准入性质的负面清单的情况。")
    runin("（二）市场准入效能评估试点扎实推进。", "在南宁市、柳州市和自贸试验区钦州港片区开展自治区级市场准入效能评估试点，围绕准入规则、准入环境、准入服务、准入效果4个维度，细化形成32项评估指标。评估结果显示，14个设区市平均得分为%s分，较上年提高3.1分，南宁市、柳州市、钦州市评估等次为“优秀”。" % avg)
    runin("（三）面向东盟的开放准入持续扩大。", "依托西部陆海新通道建设和中国—东盟自由贸易区3.0版升级，在跨境物流、跨境金融、跨境电商等领域推出准入便利化举措21项。2025年，全区新设外商投资企业1206家，同比增长11.8%，其中东盟国家投资企业438家；西部陆海新通道海铁联运班列开行1.23万列。主要评估指标完成情况如下：")
    # caption
    add_par(doc, [("表1　2025年度全区市场准入效能评估主要指标完成情况", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    hdr = ["序号", "评估维度", "主要指标", "完成情况／2024年", "完成情况／2025年", "变动情况"]
    data = [
        ["1", "准入规则", "清理不符合负面清单的规章和规范性文件（件）", "19", "27", "增加8件"],
        ["2", "准入规则", "清单事项与政务服务事项对应率（%）", "96.2", "100", "提高3.8个百分点"],
        ["3", "准入环境", "经营主体准入满意度（%）", "91.7", "94.3", "提高2.6个百分点"],
        ["4", "准入服务", "许可准入事项平均办理时限（个工作日）", "8.6", "5.9", "压缩2.7个工作日"],
        ["5", "准入服务", "许可准入事项“一网通办”率（%）", "89.4", "95.1", "提高5.7个百分点"],
        ["6", "准入效果", "新设经营主体（万户）", "68.2", "73.5", "增长7.8%"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in ((0, "序号"), (1, "评估维度"), (2, "主要指标"), (5, "变动情况")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 11)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "完成情况", HT, 11)
    set_cell(t.cell(1, 3), "2024年", HT, 11)
    set_cell(t.cell(1, 4), "2025年", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    fill_rows(t, 2, hdr, data, clauses)
    col_widths(t, [1.2, 2.2, 6.0, 1.9, 1.9, 3.0])
    empty(doc, 1, line=14)
    head("二、自查发现的主要问题")
    body("一是隐性壁垒仍未完全破除。个别地方在工程建设招投标、政府采购等领域仍存在设置企业注册地、所有制形式等不合理限制条件的情况，自查共发现并督促整改违背市场准入负面清单问题13个。二是清单动态调整衔接不够及时，部分设区市对新增和调整事项的办事指南更新滞后。三是效能评估数据支撑不足，部分指标仍依赖人工统计填报，跨部门数据共享不充分。")
    head("三、下一步工作打算")
    runin("（一）深化违背市场准入负面清单案例排查。", "重点针对招投标、政府采购、医疗卫生等领域，每季度开展一次专项排查，发现一起、整改一起、通报一起。")
    runin("（二）完善效能评估指标体系。", "结合我区面向东盟开放合作实际，增设跨境投资准入便利度等特色指标，推动评估数据由“人工填报”向“系统自动采集”转变。")
    runin("（三）强化评估结果运用。", "将市场准入效能评估结果纳入自治区优化营商环境考核，对评估等次为“一般”的设区市进行约谈督办，推动问题整改到位。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    # 附件 line wrapped by hand, continuation aligned with typed full-width spaces
    add_par(doc, "附件：2025年度广西壮族自治区市场准入效能评估", align=L)
    add_par(doc, "\u3000" * 5 + "设区市得分情况表", indent=False, align=L)
    empty(doc, 1)
    # two-organ 落款 in a borderless table, date centred under
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), "广西壮族自治区发展和改革委员会", FS, 16, line=28)
    set_cell(t.cell(0, 1), "广西壮族自治区商务厅", FS, 16, line=28)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    set_cell(m, "2026年3月20日", FS, 16, align=R, line=28)
    m.paragraphs[0].paragraph_format.right_indent = Pt(80)
    col_widths(t, [9.0, 6.6])
    empty(doc, 1)
    add_par(doc, "（联系人：韦丽华，联系电话：0771-2802316）")
    banji(doc, [
        [("抄送：市场监管总局，自治区人民政府办公厅。", FS, 14, False)],
        [("广西壮族自治区发展和改革委员会办公室", FS, 14, False), ("\t", FS, 14, False),
         ("2026年3月20日印发", FS, 14, False)],
    ])

    # ---- 附件1 on its own page
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1, line=20)
    add_par(doc, [("2025年度广西壮族自治区市场准入效能评估", XBS, 20, False), "\n",
                  ("设区市得分情况表", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("单位：分", FS, 12, False)], align=R, indent=False, line=22)
    hdr = ["序号", "设区市", "分项得分／准入规则（30分）", "分项得分／准入环境（30分）",
           "分项得分／准入服务（20分）", "分项得分／准入效果（20分）", "总分", "等次"]
    t = doc.add_table(rows=2 + len(rows1), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in ((0, "序号"), (1, "设区市"), (6, "总分"), (7, "等次")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 11)
    m = t.cell(0, 2).merge(t.cell(0, 5))
    set_cell(m, "分项得分", HT, 11)
    for ci, h in zip(range(2, 6), ("准入规则（30分）", "准入环境（30分）", "准入服务（20分）", "准入效果（20分）")):
        set_cell(t.cell(1, ci), h, HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    fill_rows(t, 2, hdr, rows1, clauses)
    col_widths(t, [1.2, 2.4, 2.2, 2.2, 2.2, 2.2, 1.6, 1.6])
    note = "注：等次划分标准为：88分及以上为“优秀”，80分（含）至88分为“良好”，80分以下为“一般”。评估得分由自治区发展改革委委托第三方机构核定。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于2025年度市场准入负面清单落实情况和市场准入效能评估自查工作的报告",
            "doc_number": "桂发改体改〔2026〕87号",
            "issuer": ["广西壮族自治区发展和改革委员会", "广西壮族自治区商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度广西壮族自治区市场准入效能评估设区市得分情况表"],
            "doc_type": "报告",
            "recipients": ["国家发展改革委", "商务部"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门市政府办公厅 印发 评估实施办法（试行） 的通知 + 办法（章／条）
def doc_xiamen():
    stem = "blind869_xiamen_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    add_par(doc, [("厦门市人民政府办公厅文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=56, before=18)
    empty(doc, 2)
    p = add_par(doc, "厦府办规〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph, manual line break at an odd place
    add_par(doc, [("厦门市人民政府办公厅关于印发厦门市", XBS, 22, False), "\n",
                  ("市场准入效能评估实施办法（试行）的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市直各委、办、局，各开发区管委会：", indent=False)

    def sbody(t):  # indent typed with full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    sbody("《厦门市市场准入效能评估实施办法（试行）》已经市人民政府同意，现印发给你们，请认真贯彻执行。")
    sbody("各区、各部门要把市场准入效能评估作为落实市场准入负面清单制度、持续优化营商环境的重要举措，按照本办法要求做好年度自评估工作。中国（福建）自由贸易试验区厦门片区要结合制度创新，在评估指标、评估方式等方面先行先试。")
    empty(doc, 1)
    p = add_par(doc, "厦门市人民政府办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年4月8日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- the 办法 itself after a page break
    new_page(add_par(doc, [("厦门市市场准入效能评估实施办法（试行）", XBS, 22, False)],
                     align=C, indent=False, line=36, after=12))

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=6, after=6)

    def art(no, text, items=None, soft=False, tail=None):
        """no: 第X条; items: list of item texts (separate paragraphs or soft breaks)."""
        full = no + "\u3000" + text + "".join(items or []) + (tail or "")
        clauses.append(full)
        runs = [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)]
        if items and soft:
            for it in items:
                runs += ["\n", (IND + it, FS, 16, False)]
            add_par(doc, runs, align=J)
        else:
            add_par(doc, runs, align=J)
            for it in items or []:
                add_par(doc, it, align=J)
        if tail:
            add_par(doc, tail, align=J)

    chap("第一章　总　则")
    art("第一条", "为全面落实市场准入负面清单制度，科学评估市场准入效能，持续优化营商环境，根据《国务院关于实行市场准入负面清单制度的意见》（国发〔2015〕55号）等有关规定，结合本市实际，制定本办法。")
    art("第二条", "本办法所称市场准入效能评估，是指对本市各级行政机关及法律、法规授权的具有管理公共事务职能的组织（以下统称评估对象）落实市场准入负面清单制度、实施市场准入管理的规则、环境、服务和效果进行的综合评价。")
    art("第三条", "市发展改革委、市商务局会同市市场监管局、市司法局、市大数据管理局等部门负责统筹组织全市市场准入效能评估工作。",
        tail="各区人民政府、各开发区管委会负责本辖区评估工作的组织实施。中国（福建）自由贸易试验区厦门片区管委会负责片区范围内的评估工作。")
    chap("第二章　评估内容与指标")
    art("第四条", "市场准入效能评估主要包括以下内容：", [
        "（一）准入规则：负面清单事项落实、违背市场准入负面清单案例归集整改、涉及经营主体经济活动的政策措施公平竞争审查等情况；",
        "（二）准入环境：经营主体准入满意度、准入投诉处理、共建“一带一路”国家和地区投资者准入便利度等情况；",
        "（三）准入服务：许可准入事项办理时限、“一网通办”“高效办成一件事”集成办理等情况；",
        "（四）准入效果：新设经营主体数量、新业态新领域市场准入放宽成效等情况。",
    ])
    art("第五条", "评估指标体系由市发展改革委会同有关部门制定，实行百分制，其中准入规则30分、准入环境30分、准入服务20分、准入效果20分。评估指标实行动态调整，调整后的指标体系应当向社会公布。")
    chap("第三章　评估程序")
    art("第六条", "年度评估按照下列程序进行：", [
        "（一）自评估。评估对象于每年1月31日前完成上一年度自评估，形成自评估报告；",
        "（二）第三方评估。市发展改革委可以委托具备相应能力的第三方机构，采取问卷调查、实地走访、模拟办事、数据比对等方式开展评估；",
        "（三）综合评定。市发展改革委会同有关部门汇总自评估和第三方评估结果，于每年4月30日前形成年度评估报告，报市人民政府。",
    ], soft=True)
    art("第七条", "评估结果分为优秀、良好、一般、较差四个等次。得分90分以上(含90分)为优秀，80分以上（含80分）不满90分为良好，60分以上（含60分）不满80分为一般，不满60分为较差。")
    chap("第四章　结果运用")
    art("第八条", "评估结果纳入全市优化营商环境考核和绩效考评体系。对评估等次为优秀的，予以通报表扬；对评估等次为一般或者较差的，由市发展改革委会同有关部门进行约谈，督促限期整改。")
    art("第九条", "评估中发现的违背市场准入负面清单问题，纳入违背市场准入负面清单案例归集通报机制，整改情况在“信用中国（福建厦门）”网站公开。")
    chap("第五章　附　则")
    art("第十条", "本办法由市发展改革委负责解释。")
    art("第十一条", "本办法自2026年5月1日起施行，有效期至2028年4月30日。《厦门市市场准入负面清单实施情况评估暂行办法》（厦府办规〔2022〕11号）同时废止。")
    banji(doc, [
        [("抄送：市委各部门，厦门警备区，市人大常委会办公厅、市政协办公厅，市中级人民法院、市人民检察院。", FS, 14, False)],
        [("厦门市人民政府办公厅", FS, 14, False), ("\t", FS, 14, False),
         ("2026年4月8日印发", FS, 14, False)],
    ])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府办公厅关于印发厦门市市场准入效能评估实施办法（试行）的通知",
            "doc_number": "厦府办规〔2026〕4号",
            "issuer": ["厦门市人民政府办公厅"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会"],
            "publicity": "此件主动公开",
            "repeals": "《厦门市市场准入负面清单实施情况评估暂行办法》（厦府办规〔2022〕11号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 义乌市人民政府 向 金华市人民政府 的自查报告（县级，上行文）
YW_ROWS = [
    ("市发改局", 6, 412, "20", "3.2"),
    ("市商务局", 9, 2867, "20", "1.5"),
    ("市市场监管局", 31, 48215, "15", "0.8"),
    ("市自然资源和规划局", 18, 3562, "20", "6.4"),
    ("市住建局", 24, 6871, "20", "4.1"),
    ("市交通运输局", 15, 3108, "20", "2.7"),
    ("市卫生健康局", 22, 2946, "20", "3.5"),
    ("金华市生态环境局义乌分局", 12, 1286, "30", "9.2"),
    ("市文化和广电旅游体育局", 17, 1743, "20", "2.2"),
    ("市农业农村局", 14, 928, "20", "3.8"),
    ("市应急管理局", 8, 537, "30", "6.9"),
    ("市消防救援大队", 5, 1864, "10", "2.6"),
    ("其他部门", 33, 4217, "—", "2.9"),
]
YW_SPLIT = 6  # rows before the manual 续表 split


def textbox_header(doc, text, size=40):
    """红头 typed inside a VML text box (as some offices' templates do)."""
    p = doc.add_paragraph()
    fmt(p, align=C, indent=False, line=20)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:430pt;height:62pt" stroked="f" filled="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>'
        '<w:p><w:pPr><w:jc w:val="distribute"/><w:spacing w:line="1000" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{F}" w:hAnsi="{F}" w:eastAsia="{F}"/><w:color w:val="FF0000"/>'
        '<w:sz w:val="{S}"/></w:rPr><w:t>{T}</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % nsdecls("w"))
    xml = xml.replace("{F}", XBS).replace("{S}", str(size * 2)).replace("{T}", text)
    p._p.append(parse_xml(xml))
    return p


def doc_yiwu():
    stem = "blind869_yiwu_zicha"
    doc = Document()
    setup(doc)
    clauses = []
    n_a = make_numbering(doc, "（%1）")
    n_b = make_numbering(doc, "（%1）")

    empty(doc, 1)
    textbox_header(doc, "义乌市人民政府文件", 40)
    empty(doc, 1)
    # 文号 and 签发人 aligned with typed half-width spaces
    p = add_par(doc, [("义政〔2026〕21号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("王　健", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("义乌市人民政府关于2025年度市场准入", XBS, 22, False), "\n",
                  ("负面清单落实情况自查的报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "金华市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    cnt = {}

    def item(nid, h, t, soft_at=None):
        cnt[nid] = cnt.get(nid, 0) + 1
        clauses.append("（%s）%s%s" % (CN[cnt[nid] - 1], h, t))
        runs = [(h, KT, 16, False)]
        if soft_at:
            a, b = t.split(soft_at, 1)
            runs += [(a + soft_at, FS, 16, False), "\n", (b, FS, 16, False)]
        else:
            runs += [(t, FS, 16, False)]
        p = add_par(doc, runs, first=Pt(32), align=L if soft_at else J)
        apply_num(p, nid)

    body("根据《金华市发展和改革委员会 金华市商务局关于开展2025年度市场准入负面清单落实情况自查工作的通知》（金发改体改〔2025〕106号）要求，我市对照《市场准入负面清单（2025年版）》，组织市发改局、市商务局、市市场监管局等26个部门和14个镇街，对全市市场准入负面清单落实情况开展了全面自查。现将有关情况报告如下：")
    head("一、自查工作基本情况")
    item(n_a, "全面梳理清单事项。", "对照清单逐项梳理本地承接的许可准入事项，共梳理对应政务服务事项214项，均已纳入浙江政务服务网和“浙里办”统一受理，事项办理标准、申报材料、办理时限实现线上线下“一张表”。")
    item(n_a, "全面清理存量政策。", "对2015年以来市政府及其部门出台的涉及市场准入的规范性文件和政策措施开展全面清理，共审查文件386件，发现涉嫌违背市场准入负面清单要求的文件5件，已全部完成修订或废止。", soft_at="共审查文件386件，")
    item(n_a, "全面排查准入壁垒。", "聚焦工程建设招投标、政府采购、医疗卫生、商贸物流等重点领域，采取“线上监测+实地走访+企业问卷”方式排查隐性壁垒，走访经营主体326家，回收有效问卷2150份，收集问题线索17条，经核实属于违背市场准入负面清单情形的4条，已全部整改到位。")
    head("二、市场准入效能情况")
    body("2025年，我市新设经营主体14.8万户，同比增长9.6%，其中新设外商投资企业1872家。依托“义新欧”中欧班列和市场采购贸易方式试点，全年“义新欧”班列开行2968列，通达共建“一带一路”国家和地区50余个，境外客商来义采购准入“一件事”办理时间压缩至1个工作日。各部门许可准入事项办理情况见表1。")
    add_par(doc, [("表1　2025年义乌市市场准入许可事项办理情况", HT, 14, False), "\n",
                  ("（单位：项、件、个工作日）", KT, 12, False)], align=C, indent=False, line=24, before=6)
    hdr = ["序号", "责任部门", "对应清单事项", "办件量", "法定时限", "实际平均办理时限"]
    rows = [[str(i), d, str(n), str(v), lim, act] for i, (d, n, v, lim, act) in enumerate(YW_ROWS, 1)]
    tn = sum(r[1] for r in YW_ROWS)
    tv = sum(r[2] for r in YW_ROWS)
    assert tn == 214
    wavg = sum(r[2] * float(r[4]) for r in YW_ROWS) / tv  # 按办件量加权
    rows.append(["合计", "—", str(tn), str(tv), "—", "%.1f" % wavg])

    def mk_table(part):
        t = doc.add_table(rows=1 + len(part), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(hdr):
            set_cell(t.cell(0, ci), h, HT, 11)
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 11, line=18)
        col_widths(t, [1.3, 5.2, 2.2, 2.2, 2.2, 2.7])
        return t

    mk_table(rows[:YW_SPLIT])
    # clerk split the table by hand and typed 续表 + the header again on the next page
    p = add_par(doc, [("续表", KT, 12, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    mk_table(rows[YW_SPLIT:])
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note1 = "注：1．办件量统计时间为2025年1月1日至12月31日。"
    note2 = "2．“其他部门”包括市教育局、市民政局、市人力社保局等13个部门，其实际平均办理时限为加权平均数。"
    clauses.append(note1 + note2)
    add_par(doc, [(note1, FS, 12, False), "\n", ("\u3000\u3000" + note2, FS, 12, False)],
            indent=False, line=20, before=4)
    empty(doc, 1, line=14)
    head("三、存在的主要问题")
    body("一是部分镇街对负面清单“非禁即入”的理解不够到位，个别经办人员仍要求申请人提供清单外的证明材料。二是部分行业主管部门对新业态、新领域准入标准研究不够，直播电商、跨境数字贸易等领域经营主体反映准入指引不够明确。三是违背市场准入负面清单问题线索主要依靠企业反映，主动发现机制尚不健全。")
    head("四、下一步工作")
    item(n_b, "持续开展清单外壁垒清理。", "每半年组织一次违背市场准入负面清单问题专项排查，对清单外设置的准入条件、证明材料一律予以取消，做到“清单之外无审批”。")
    item(n_b, "探索新业态准入指引。", "以国际贸易综合改革试点为牵引，围绕直播电商、跨境数字贸易、市场采购贸易等领域，编制发布新业态市场准入指引，为经营主体提供明确预期。")
    item(n_b, "健全问题主动发现机制。", "依托“义企通”企业服务平台设立市场准入问题反映专区，建立问题线索受理、核查、整改、反馈闭环机制，确保问题在15个工作日内办结。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：义乌市违背市场准入负面清单问题整改台账")
    empty(doc, 2)
    add_par(doc, " " * 38 + "义乌市人民政府", indent=False)
    add_par(doc, " " * 34 + "二〇二六年五月十二日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：市发改局　陈晓峰，联系电话：0579-85523176）")
    banji(doc, [
        [("义乌市人民政府办公室", FS, 14, False), ("\t", FS, 14, False),
         ("2026年5月12日印发", FS, 14, False)],
    ])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌市人民政府关于2025年度市场准入负面清单落实情况自查的报告",
            "doc_number": "义政〔2026〕21号",
            "issuer": ["义乌市人民政府"],
            "date": "2026-05-12",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": ["义乌市违背市场准入负面清单问题整改台账"],
            "doc_type": "报告",
            "recipients": ["金华市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_xiamen(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
