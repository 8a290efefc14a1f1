# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1040: 省商务厅 通知 with embedded-form attachments (申报书封面 / 申报表 / 承诺书),
"一带一路" 外经贸 project funding.  Writes Word + PDF + expected.json next to this script."""
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
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


def add_par(container, runs, **kw):
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = container.add_paragraph()
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


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=28)
    p.add_run().add_break(WD_BREAK.PAGE)


def att_head(doc, label):
    """'附件N' typed after a hard page break inside the same paragraph (Ctrl+Enter)."""
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    font(p.add_run(label), HT, 16)
    fmt(p, indent=False)
    return p


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer "— 1 —"
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    """text may be a list -> several paragraphs in the cell."""
    cell.text = ""
    texts = text if isinstance(text, list) else [text]
    for i, t in enumerate(texts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if t:
            font(p.add_run(t), name, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_height(row, cm, exact=False):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>'
                          % (nsdecls("w"), int(cm * 567), "exact" if exact else "atLeast")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cell_borders(cell, **sides):
    """sides: top/bottom/left/right = 'nil' or (sz, color)."""
    tcpr = cell._tc.get_or_add_tcPr()
    b = parse_xml('<w:tcBorders %s/>' % nsdecls("w"))
    for side, v in sides.items():
        if v == "nil":
            b.append(parse_xml('<w:%s %s w:val="nil"/>' % (side, nsdecls("w"))))
        else:
            b.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:color="%s"/>'
                               % (side, nsdecls("w"), v[0], v[1])))
    tcpr.append(b)


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1040", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ---------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, first))
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


def form_table(doc, rows, widths, clauses, size=12, heights=None, h=1.0):
    """Label/value form.  rows: list of lists of cell specs; a spec is
    ('L', text) label cell, ('V', text_or_list) value cell; ('V', x, span) value merged over span cols.
    Each row gives one clause 'label：value；label：value'."""
    ncols = len(widths)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, spec in enumerate(rows):
        ci = 0
        pairs = []
        label = None
        for cs in spec:
            kind, text = cs[0], cs[1]
            span = cs[2] if len(cs) > 2 else 1
            cell = t.cell(ri, ci)
            if span > 1:
                cell = cell.merge(t.cell(ri, ci + span - 1))
            if kind == "L":
                set_cell(cell, text, FS, size, False, C, line=18)
                label = text
            else:
                al = R if isinstance(text, list) else L
                set_cell(cell, text, FS, size, False, al, line=18)
                val = "".join(text) if isinstance(text, list) else text
                pairs.append("%s：%s" % (label, val))
            ci += span
        clauses.append("；".join(pairs))
        if heights and ri in heights:
            row_height(t.rows[ri], heights[ri])
        else:
            row_height(t.rows[ri], h)
    col_widths(t, widths)
    return t


def red_head(doc, name, size=36, spacing=None):
    p = doc.add_paragraph()
    font(p.add_run(name), XBS, size, False, RED, spacing)
    fmt(p, align=C, indent=False, line=size + 16, before=24)
    return p


# =================================================================== DOC A  浙江
def doc_zhejiang():
    stem = "blind1040_zhejiang"
    doc = Document()
    setup(doc)
    clauses = []

    red_head(doc, "浙江省商务厅文件", 38, spacing=-20)
    empty(doc, 1)
    p = add_par(doc, "浙商务发〔2026〕18号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title broken by hand at an odd place (inside “一带一路”)
    add_par(doc, [("浙江省商务厅关于组织申报2026年度“一带", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("一路”外经贸发展专项资金项目的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，义乌市商务局，中国（浙江）自由贸易试验区各片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为支持我省企业高质量共建“一带一路”，根据《浙江省商务发展专项资金管理办法》（浙财企〔2024〕21号），现就组织申报2026年度“一带一路”外经贸发展专项资金项目有关事项通知如下：")
    head("一、支持方向")
    runin("（一）境外经贸合作区建设。", "支持我省企业在共建“一带一路”国家建设的境外经贸合作区开展基础设施和公共服务平台建设，重点支持泰中罗勇工业园、越南龙江工业园等。")
    runin("（二）对外承包工程。", "支持合同额500万美元以上的对外承包工程项目，对前期费用、境外人员人身意外伤害保险费用给予补助。")
    runin("（三）境外投资。", "支持中方实际投资额1000万美元以上的新设、并购类境外投资项目，给予贷款贴息。")
    runin("（四）公共服务平台。", "支持各地建设运营对外投资合作公共服务平台。")
    head("二、支持标准")
    body("各类项目的支持方式和支持标准如下：")
    # caption with the unit
    add_par(doc, [("表1　2026年度专项资金支持标准", HT, 14, False),
                  ("（金额单位：万元）", KT, 12, False)], align=C, indent=False, line=24)
    hdr_top = ["序号", "支持方向", "支持方式", "支持标准", ""]
    hdr_sub = ["", "", "", "支持比例", "单个项目支持上限"]
    rows = [
        ["1", "境外经贸合作区建设", "事后补助", "不超过实际投入的20%", "500"],
        ["2", "对外承包工程", "事后补助", "不超过前期费用的50%", "200"],
        ["3", "境外投资", "贷款贴息", "按实际贷款利息的50%贴息", "300"],
        ["4", "公共服务平台", "项目补助", "不超过建设运营费用的30%", "100"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(3):
        c = t.cell(0, i).merge(t.cell(1, i))
        set_cell(c, hdr_top[i], HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "支持标准", HT, 12)
    set_cell(t.cell(1, 3), "支持比例", HT, 12)
    set_cell(t.cell(1, 4), "单个项目支持上限", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["序号", "支持方向", "支持方式", "支持标准／支持比例", "支持标准／单个项目支持上限"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    col_widths(t, [1.5, 4.0, 2.2, 4.9, 3.0])
    note = "注：同一企业同一项目已获得中央财政资金支持的，省级资金不再重复支持；单个企业年度支持总额原则上不超过800万元。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    head("三、申报条件")
    body("申报企业应为在浙江省内（不含宁波市）注册的独立法人企业，近三年内无严重违法失信行为；申报项目应在2025年度发生实际支出。")
    head("四、申报程序")
    runin("（一）企业申报。", "申报企业将以下材料（一式两份）报送所在地设区市商务局：")
    body("1.项目申报书（附件1）；")
    body("2.项目申报表（附件2）；")
    body("3.申报单位承诺书（附件3）及费用支出凭证等证明材料。")
    runin("（二）地市审核。", "各设区市商务局于2026年4月30日前将审核意见和项目汇总表报送省商务厅。")
    head("五、有关要求")
    body("对弄虚作假、骗取套取专项资金的，一经查实，收回已拨付资金，取消其三年内申报资格。联系人：沈晓东，电话：0571-87706352。")
    # 附件 list aligned with typed full-width spaces
    att = ["2026年度“一带一路”外经贸发展专项资金项目申报书",
           "2026年度“一带一路”外经贸发展专项资金项目申报表",
           "申报单位承诺书"]
    p = add_par(doc, "附件：1." + att[0], indent=False)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    for i, a in enumerate(att[1:], 2):
        p = add_par(doc, "\u3000\u3000\u3000%d.%s" % (i, a), indent=False)
        p.paragraph_format.left_indent = Pt(32)
    empty(doc, 1)
    for t_ in ("浙江省商务厅", "2026年3月12日"):
        p = add_par(doc, t_, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(64 if t_.startswith("浙") else 48)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件1: 申报书封面 (starts on a new page)
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 3)
    add_par(doc, [("2026年度“一带一路”外经贸发展", XBS, 26, False)], align=C, indent=False, line=44)
    add_par(doc, [("专项资金项目申报书", XBS, 26, False)], align=C, indent=False, line=44)
    empty(doc, 5)
    fields = ["项目名称：________________________",
              "申报单位（盖章）：________________",
              "项目类别：________________________",
              "所在设区市：______________________",
              "联\u3000系\u3000人：________________________",
              "联系电话：________________________",
              "填报日期：____年__月__日"]
    for f in fields:
        clauses.append(f)
        p = add_par(doc, f, indent=False, line=40)
        p.paragraph_format.left_indent = Cm(2.2)

    # ---------------- 附件2: 申报表
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2026年度“一带一路”外经贸发展专项资金", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("项目申报表", XBS, 20, False)], align=C, indent=False, line=30, after=8)
    form_table(doc, [
        [("L", "申报单位名称"), ("V", "", 3)],
        [("L", "统一社会信用代码"), ("V", ""), ("L", "企业性质"), ("V", "□国有 □民营 □外资 □其他")],
        [("L", "法定代表人"), ("V", ""), ("L", "联系人及电话"), ("V", "")],
        [("L", "项目名称"), ("V", "", 3)],
        [("L", "项目类别"), ("V", "□境外经贸合作区建设 □对外承包工程 □境外投资 □公共服务平台", 3)],
        [("L", "项目所在国别（地区）"), ("V", ""), ("L", "是否位于境外经贸合作区"), ("V", "□是 □否")],
        [("L", "项目总投资（万美元）"), ("V", ""), ("L", "2025年度实际支出（万元）"), ("V", "")],
        [("L", "申请支持金额（万元）"), ("V", ""), ("L", "是否已获其他财政资金支持"), ("V", "□是 □否")],
        [("L", "项目主要内容及实施进展（限500字）"), ("V", "", 3)],
        [("L", "设区市商务局审核意见"), ("V", ["", "", "（盖章）", "____年__月__日"], 3)],
    ], [3.6, 4.2, 3.6, 4.2], clauses, heights={8: 5.0, 9: 3.0})
    for n in ("注：1.项目类别、是否位于境外经贸合作区等选项请在对应“□”内打“√”。",
              "2.本表一式两份，须加盖申报单位公章。"):
        clauses.append(n)
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=2)
        if n.startswith("2."):
            p.paragraph_format.left_indent = Pt(24)

    # ---------------- 附件3: 承诺书
    p = add_par(doc, [("附件3", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("申报单位承诺书", XBS, 22, False)], align=C, indent=False, line=36, after=12)
    body("本单位自愿申报2026年度“一带一路”外经贸发展专项资金项目，现就有关事项郑重承诺如下：")
    body("一、本单位提交的申报材料及相关证明文件真实、准确、完整，不存在虚报、瞒报、伪造等情况。")
    body("二、申报项目未重复申报其他同类财政资金，不存在以同一项目多头申报的情况。")
    body("三、本单位近三年无严重违法失信行为，未被列入严重失信主体名单。")
    body("四、如获得专项资金支持，将严格按规定使用资金，自觉接受财政、审计、商务等部门的监督检查。")
    body("如有违反上述承诺，本单位愿意承担相应法律责任，并接受有关部门依法依规作出的处理。")
    empty(doc, 1)
    for s in ("申报单位（盖章）：", "法定代表人（签字）：", "____年__月__日"):
        clauses.append(s)
        p = add_par(doc, s, indent=False, line=28)
        p.paragraph_format.left_indent = Cm(7.5)

    banji(doc, "抄送：省财政厅，省发展改革委。", "浙江省商务厅办公室", "2026年3月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于组织申报2026年度“一带一路”外经贸发展专项资金项目的通知",
            "doc_number": "浙商务发〔2026〕18号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": att,
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "义乌市商务局",
                           "中国（浙江）自由贸易试验区各片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  四川 (联合行文)
def doc_sichuan():
    stem = "blind1040_sichuan"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_prom = make_numbering(doc, "%1.", "decimal")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 红头: two organ names stacked on the left, “文件” on the right (layout table)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.text = ""
    for i, nm in enumerate(("四川省商务厅", "四川省财政厅")):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        font(p.add_run(nm), XBS, 34, False, RED, 20)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(48)
    c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    c1.text = ""
    font(c1.paragraphs[0].add_run("文件"), XBS, 40, False, RED)
    c1.paragraphs[0].alignment = C
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    col_widths(t, [11.0, 4.0])
    empty(doc, 1)
    p = add_par(doc, "川商对外〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph with Shift+Enter breaks
    p = doc.add_paragraph()
    font(p.add_run("四川省商务厅\u3000四川省财政厅"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于做好2026年度外经贸发展专项资金"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（“一带一路”经贸合作方向）项目申报工作的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门、财政局，中国（四川）自由贸易试验区各片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        p.paragraph_format.keep_with_next = True
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为支持我省企业深度融入共建“一带一路”，根据《四川省外经贸发展专项资金管理办法》（川财规〔2023〕4号），现将2026年度项目申报工作有关事项通知如下。")
    head("支持范围")
    runin("（一）中欧班列（成渝）拓展市场项目。", "支持企业依托中欧班列（成渝）、西部陆海新通道开展境外展会、境外营销网络建设等活动。")
    runin("（二）境外经贸合作区项目。", "对我省企业在共建“一带一路”国家建设的境外经贸合作区基础设施建设费用给予支持。")
    runin("（三）对外承包工程项目。", "重点支持带动国产设备、材料和标准“走出去”的项目。")
    runin("（四）境外人员安全保障项目。", "支持企业为外派人员购买境外人身意外伤害保险。")
    head("申报材料及程序")
    runin("（一）申报材料。", "项目申报书（附件1）、项目申报表（附件2）、申报单位承诺书（附件3）及备案文件、费用凭证等，一式三份。")
    runin("（二）申报时间。", "申报企业应于2026年5月15日前将申报材料报送所在市（州）商务主管部门，逾期不予受理。")
    runin("（三）审核推荐。", "各市（州）商务主管部门会同同级财政部门初审后，于2026年5月29日前行文报送省商务厅。")
    head("工作要求")
    # two items typed in one paragraph separated by a manual line break
    t1 = "（一）强化审核把关。对存在弄虚作假行为的企业，三年内不再受理其专项资金申请。"
    t2 = "（二）加强绩效管理。获得支持的企业应按要求报送绩效自评报告。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    body("联系人：省商务厅对外投资和经济合作处　李静，028-83225517；省财政厅经济建设处　王海，028-86671203。")
    att = ["2026年度外经贸发展专项资金（“一带一路”经贸合作方向）项目申报书",
           "2026年度外经贸发展专项资金（“一带一路”经贸合作方向）项目申报表",
           "申报单位承诺书"]
    # hanging indent list
    for i, a in enumerate(att, 1):
        lead = "附件：" if i == 1 else ""
        p = add_par(doc, lead + "%d．%s" % (i, a), indent=False)
        p.paragraph_format.left_indent = Pt(32 + 48 + 24)
        p.paragraph_format.first_line_indent = Pt(-24 if i > 1 else -72)
    empty(doc, 2)
    # joint 落款 in a layout table, date in Chinese numerals
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "四川省商务厅", FS, 16, line=28)
    set_cell(t.cell(0, 1), "四川省财政厅", FS, 16, line=28)
    set_cell(t.cell(1, 1), "二〇二六年四月三日", FS, 16, line=28)
    col_widths(t, [7.6, 7.6])
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1: cover as a layout table with underline cells
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 2)
    for s in ("2026年度外经贸发展专项资金", "（“一带一路”经贸合作方向）", "项目申报书"):
        add_par(doc, [(s, XBS, 24, False)], align=C, indent=False, line=42)
    empty(doc, 4)
    cover = [("项目名称：", ""), ("项目类别：", ""), ("申报单位（盖章）：", ""),
             ("推荐单位：", ""), ("项目联系人：", ""), ("联系电话：", ""),
             ("填报日期：", "____年__月__日")]
    t = doc.add_table(rows=len(cover), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, (lab, val) in enumerate(cover):
        set_cell(t.cell(ri, 0), lab, FS, 16, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=28)
        set_cell(t.cell(ri, 1), val, FS, 16, align=C, line=28)
        if not val:
            cell_borders(t.cell(ri, 1), bottom=(6, "000000"))
        row_height(t.rows[ri], 1.3)
        clauses.append(lab + val)
    col_widths(t, [6.2, 7.2])

    # ---------------- 附件2: 申报表 in two parts with section headings between
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度外经贸发展专项资金（“一带一路”", XBS, 18, False)], align=C, indent=False, line=26)
    add_par(doc, [("经贸合作方向）项目申报表", XBS, 18, False)], align=C, indent=False, line=26)
    add_par(doc, [("一、企业基本情况", HT, 14, False)], indent=False, line=22)
    W = [3.8, 4.0, 3.8, 4.0]
    form_table(doc, [
        [("L", "企业名称"), ("V", "", 3)],
        [("L", "统一社会信用代码"), ("V", ""), ("L", "注册地（市、州）"), ("V", "")],
        [("L", "企业类型"), ("V", "□国有企业 □民营企业 □外商投资企业 □其他", 3)],
        [("L", "2025年营业收入（万元）"), ("V", ""), ("L", "2025年对外投资合作业务额（万美元）"), ("V", "")],
        [("L", "联系人"), ("V", ""), ("L", "手机号码"), ("V", "")],
    ], W, clauses, size=11, h=0.8)
    add_par(doc, [("二、项目基本情况", HT, 14, False)], indent=False, line=22)
    form_table(doc, [
        [("L", "项目名称"), ("V", "", 3)],
        [("L", "项目所在国别"), ("V", ""), ("L", "项目所在城市"), ("V", "")],
        [("L", "项目类别"), ("V", "□中欧班列（成渝）拓展市场 □境外经贸合作区 □对外承包工程 □境外人员安全保障", 3)],
        [("L", "项目合同额或投资额（万美元）"), ("V", ""), ("L", "申请资金额（万元）"), ("V", "")],
        [("L", "是否已完成境外投资备案（核准）"), ("V", "□是 □否"), ("L", "是否带动国产设备材料出口"), ("V", "□是 □否")],
        [("L", "项目简介（300字以内）"), ("V", "", 3)],
        [("L", "市（州）商务主管部门意见"), ("V", ["", "（盖章）", "____年__月__日"], 3)],
        [("L", "市（州）财政部门意见"), ("V", ["", "（盖章）", "____年__月__日"], 3)],
    ], W, clauses, size=11, heights={5: 2.2, 6: 1.5, 7: 1.5}, h=0.7)
    n = "注：本表须由企业法定代表人签字并加盖公章，涉及金额的栏目请保留两位小数。"
    clauses.append(n)
    add_par(doc, [(n, FS, 11, False)], indent=False, line=18, before=2)

    # ---------------- 附件3: 承诺书 (auto-numbered 1. 2. ...)
    att_head(doc, "附件3")
    empty(doc, 1)
    add_par(doc, [("承\u3000诺\u3000书", XBS, 22, False)], align=C, indent=False, line=36, after=12)
    body("本单位郑重承诺：")
    proms = ["所提交的申报材料内容真实、数据准确，复印件与原件一致。",
             "申报项目符合国家对外投资合作有关政策规定，已依法办理境外投资备案（核准）或对外承包工程项目备案手续。",
             "同一项目未同时申报其他中央或省级财政专项资金。",
             "严格按照规定使用专项资金，自觉接受并配合财政、商务、审计等部门的监督检查和绩效评价。"]
    for i, pr in enumerate(proms, 1):
        clauses.append("%d.%s" % (i, pr))
        p = add_par(doc, pr, first=Pt(32))
        apply_num(p, n_prom)
    body("若有违反，本单位自愿承担由此产生的一切法律责任，并退回已获得的专项资金。")
    empty(doc, 1)
    sig = ["申报单位（盖章）：", "法定代表人（签字）：", "____年__月__日"]
    t = doc.add_table(rows=len(sig), cols=2)
    for ri, s in enumerate(sig):
        set_cell(t.cell(ri, 1), s, FS, 16, align=L, line=30)
        clauses.append(s)
    col_widths(t, [6.5, 9.0])

    banji(doc, "抄送：商务部对外投资和经济合作司，财政部四川监管局。", "四川省商务厅办公室",
          "2026年4月3日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅\u3000四川省财政厅关于做好2026年度外经贸发展专项资金（“一带一路”经贸合作方向）项目申报工作的通知",
            "doc_number": "川商对外〔2026〕7号",
            "issuer": ["四川省商务厅", "四川省财政厅"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": att,
            "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门", "各市（州）财政局",
                           "中国（四川）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  云南 (网站版, 无红头)
def doc_yunnan():
    stem = "blind1040_yunnan"
    doc = Document()
    setup(doc)
    clauses = []

    # website print: 索引号 / 发布日期 header lines
    add_par(doc, [("索 引 号：115300000150973460/2026-00312", SONG, 10.5, False)], indent=False, line=18)
    p = add_par(doc, [("发布机构：云南省商务厅\u3000\u3000\u3000\u3000发布日期：2026年05月20日", SONG, 10.5, False)],
                indent=False, line=18)
    border(p, "bottom", "999999", 6, 4)
    empty(doc, 1)
    add_par(doc, [("云南省商务厅关于开展2026年度", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("对外投资合作（“一带一路”）专项资金项目", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("申报工作的通知", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("云商外经〔2026〕21号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各州（市）商务局，中国（云南）自由贸易试验区各片区管委会，有关企业：", indent=False)

    # body typed with full-width spaces instead of paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("为加快建设我国面向南亚东南亚辐射中心，支持我省企业参与高质量共建“一带一路”，根据《云南省省级商务发展专项资金管理办法》(云财规〔2024〕3号)，现就2026年度对外投资合作(“一带一路”)专项资金项目申报工作通知如下。")
    head("一、支持重点")
    body("1、境外经贸合作区和产业园区建设。重点支持我省企业在老挝、缅甸等国建设的境外经贸合作区及中老铁路沿线境外产业园区项目。")
    body("2、境外农业和资源合作。支持企业在周边国家开展替代种植、农产品加工等合作项目。")
    body("3、对外承包工程。支持合同额不低于300万美元的基础设施类对外承包工程项目。")
    head("二、支持方式")
    body("采取事后补助方式，单个企业支持金额原则上不超过300万元。已享受其他省级财政资金支持的同一项目，不得重复申报。")
    head("三、申报要求")
    body("1、申报企业须在云南省内注册，且近3年未发生严重失信行为。")
    body("2、申报材料包括项目申报书、项目申报表、承诺书(见附件1-3),一式两份报送所在州（市）商务局。")
    body("3、各州(市)商务局于2026年6月30日(星期二)前将审核推荐意见及申报材料报送省商务厅对外投资和经济合作处,逾期不予受理。")
    body("联系人：杨丽萍，联系电话：0871-63134512。")
    empty(doc, 1)
    att = ["2026年度对外投资合作（“一带一路”）专项资金项目申报书",
           "2026年度对外投资合作（“一带一路”）专项资金项目申报表",
           "申报单位承诺书"]
    add_par(doc, IND + "附件：1." + att[0], indent=False)
    add_par(doc, IND + "\u3000\u3000\u30002." + att[1], indent=False)
    add_par(doc, IND + "\u3000\u3000\u30003." + att[2], indent=False)
    empty(doc, 1)
    # 落款 pushed right with typed half-width spaces
    add_par(doc, " " * 44 + "云南省商务厅", indent=False)
    add_par(doc, " " * 42 + "2026年5月18日", indent=False)

    # ---------------- 附件1
    att_head(doc, "附件1")
    empty(doc, 3)
    add_par(doc, [("2026年度对外投资合作（“一带一路”）", XBS, 24, False)], align=C, indent=False, line=42)
    add_par(doc, [("专项资金项目申报书", XBS, 24, False)], align=C, indent=False, line=42)
    empty(doc, 5)
    fields = ["项目名称：______________________________",
              "申报单位(盖章):__________________________",
              "所在州（市）：__________________________",
              "法定代表人：____________________________",
              "联系人及电话：__________________________",
              "填报日期：____年__月__日"]
    for f in fields:
        clauses.append(f)
        add_par(doc, IND + IND + f, indent=False, line=40)

    # ---------------- 附件2: two-column form
    att_head(doc, "附件2")
    add_par(doc, [("2026年度对外投资合作（“一带一路”）", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("专项资金项目申报表", XBS, 20, False)], align=C, indent=False, line=30, after=8)
    form_table(doc, [
        [("L", "申报单位"), ("V", "")],
        [("L", "统一社会信用代码"), ("V", "")],
        [("L", "项目名称"), ("V", "")],
        [("L", "项目所在国家"), ("V", "□老挝 □缅甸 □柬埔寨 □越南 □泰国 □其他：______")],
        [("L", "是否为中老铁路沿线项目"), ("V", "□是\u3000□否")],
        [("L", "是否纳入境外经贸合作区"), ("V", "□是\u3000□否")],
        [("L", "项目总投资（万美元）"), ("V", "")],
        [("L", "2025年度实际支出（万元）"), ("V", "")],
        [("L", "申请补助金额（万元）"), ("V", "")],
        [("L", "项目进展情况"), ("V", "")],
        [("L", "州（市）商务局推荐意见"), ("V", ["", "（盖章）", "____年__月__日"])],
    ], [5.2, 10.4], clauses, size=12, heights={9: 5.0, 10: 3.0})

    # ---------------- 附件3
    att_head(doc, "附件3")
    empty(doc, 1)
    add_par(doc, [("承诺书", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    body("我单位对本次申报的2026年度对外投资合作（“一带一路”）专项资金项目作出如下承诺：")
    body("一、所填报的信息和提交的材料真实、准确、完整，无虚假内容。")
    body("二、申报项目符合国家和我省对外投资合作有关规定，不存在违规开展境外投资或承揽工程的情形。")
    body("三、获得的专项资金将按规定用途使用，配合做好绩效评价和监督检查工作。")
    body("以上承诺如有违反，愿承担相应法律责任。")
    empty(doc, 3)
    for s in ("申报单位（盖章）：", "法定代表人（签字）：", "日期：____年__月__日"):
        clauses.append(s)
        add_par(doc, "\u3000" * 10 + s, indent=False, line=36)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省商务厅关于开展2026年度对外投资合作（“一带一路”）专项资金项目申报工作的通知",
            "doc_number": "云商外经〔2026〕21号",
            "issuer": ["云南省商务厅"],
            "date": "2026-05-18",
            "published": "2026-05-20",
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": att,
            "doc_type": "通知",
            "recipients": ["各州（市）商务局", "中国（云南）自由贸易试验区各片区管委会", "有关企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_sichuan(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
