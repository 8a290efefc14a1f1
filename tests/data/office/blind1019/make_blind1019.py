# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1019: 自贸片区制度创新评估表 / 督查评分表 with vertical-text table cells,
Roman-numeral headings (Ⅰ、/ I. / Ⅰ．) and (i)/（ⅰ） sub-items, plus the notices
and report that carry them.  Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
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
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        # character scaling (Word: 字符缩放), typical for long red 版头
        sz = rpr.find(qn("w:sz"))
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    if _pending_break[0]:
        p.paragraph_format.page_break_before = True
        _pending_break[0] = False
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


_pending_break = [False]


def page_break(doc):
    """next paragraph starts a new page (段前分页)."""
    _pending_break[0] = True


def _page_field(fp, size=14):
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


def setup(doc, odd_even=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    # margins squeezed from 3.7/3.5 cm to fit the pages, as offices often do
    s.top_margin, s.bottom_margin = Cm(3.0), Cm(2.5)
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
    if odd_even:
        # 单页码居右、双页码居左 (GB/T 9704 style)
        doc.settings.odd_and_even_pages_header_footer = True
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(14)
        _page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(14)
        _page_field(ep)
    else:
        fp.alignment = C
        _page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def vertical(cell, direction="tbRl"):
    """Word 文字方向: tbRl = 竖排从上到下, btLr = 从下到上."""
    tcPr = cell._tc.get_or_add_tcPr()
    old = tcPr.find(qn("w:vAlign"))
    if old is not None:
        tcPr.remove(old)
    tcPr.append(parse_xml('<w:textDirection %s w:val="%s"/>' % (nsdecls("w"), direction)))
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1019", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values) if h is not None)


def category_table(doc, headers, widths, groups, direction, clauses, total=None,
                   header_rows=None, size=12):
    """groups: list of (category, [row values without category]).
    The category column is vertically merged per group with vertical text.
    total: (label, span, [remaining values]) -> 合计 row, label merged over `span` cols.
    header_rows: optional custom header builder(table) returning number of header rows
    and the flat list of key headers."""
    nrows = sum(len(g[1]) for g in groups) + (1 if total else 0)
    ncols = len(widths)
    if header_rows is None:
        nh = 1
        keyh = headers
    else:
        nh = header_rows[0]
        keyh = header_rows[1]
    t = doc.add_table(rows=nh + nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    if header_rows is None:
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, size)
        repeat_header(t.rows[0])
    else:
        header_rows[2](t)
    r = nh
    for cat, rows in groups:
        top = r
        for vals in rows:
            for ci, v in enumerate(vals, 1):
                al = L if ci in (2, 3) and len(v) > 8 else C
                set_cell(t.rows[r].cells[ci], v, FS, size, align=al)
            cant_split(t.rows[r])
            t.rows[r].height = Cm(0.9)
            t.rows[r].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            clauses.append(row_clause(keyh, [cat] + list(vals)))
            r += 1
        m = t.cell(top, 0).merge(t.cell(r - 1, 0)) if r - 1 > top else t.cell(top, 0)
        set_cell(m, cat, HT, size)
        vertical(m, direction)
    if total:
        label, span, rest = total
        m = t.cell(r, 0).merge(t.cell(r, span - 1))
        set_cell(m, label, HT, size)
        for ci, v in enumerate(rest, span):
            set_cell(t.rows[r].cells[ci], v, FS, size)
        clauses.append(row_clause([keyh[0]] + keyh[span:], [label] + list(rest)))
    return t


# =================================================================== DOC A
def doc_hunan():
    """Joint notice (湖南省商务厅 + 湖南省司法厅) sending the 制度创新成果评估表."""
    stem = "blind1019_hunan_pinggu"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []

    # joint red 版头: two organ names stacked, 文件 on the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [10.6, 4.6])
    for i, org in enumerate(["湖南省商务厅", "湖南省司法厅"]):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(org), XBS, 32, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(46)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, 32, False, RED)
    p.alignment = C
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    empty(doc, 1)
    p = add_par(doc, "湘商自贸〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title split into two paragraphs at an odd place
    add_par(doc, [("湖南省商务厅　湖南省司法厅关于开展", XBS, 22, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("中国（湖南）自由贸易试验区2025年度", XBS, 22, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("制度创新成果评估工作的通知", XBS, 22, False)],
            align=C, indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "各自贸片区管委会，省自贸试验区工作领导小组有关成员单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动形成更多首创性、集成性制度创新成果，经研究，决定开展中国（湖南）自由贸易试验区2025年度制度创新成果评估工作。现将有关事项通知如下：")
    head("一、评估范围")
    body("2025年度各自贸片区及省直有关单位在中国（湖南）自由贸易试验区范围内首创实施、已取得实际成效的制度创新成果。已纳入往年评估的成果，不再重复申报。")
    head("二、评估内容")
    body("评估围绕制度创新、实施成效、复制推广3个类别9项指标进行，具体指标及分值见附件。各自贸片区要组织开展自评，如实填写评估表，不得夸大成效。")
    head("三、工作步骤")
    runin("（一）组织申报。", "各自贸片区管委会、省直有关单位于2026年3月31日前将申报材料报送省商务厅（省自贸办）。申报材料包括：")
    body("1．制度创新成果评估表；")
    body("2．成果说明（每项不超过3000字）；")
    body("3．相关文件、数据统计等佐证材料。")
    runin("（二）专家评审。", "省商务厅会同省司法厅于2026年4月组织专家开展评审，重点审核成果的首创性和合法合规性。")
    runin("（三）结果运用。", "评估结果报省自贸试验区工作领导小组审定后印发，作为年度自贸片区考核评价的重要依据。")
    head("四、工作要求")
    body("各单位要指定专人负责，确保申报材料真实准确。对弄虚作假的，取消当年评估资格并予以通报。")
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（湖南）自由贸易试验区制度创新成果评估表", indent=False)
    empty(doc, 1)
    # joint 落款 typed with spaces on one line
    add_par(doc, "\u3000\u3000\u3000湖南省商务厅" + "\u3000" * 7 + "湖南省司法厅", indent=False)
    empty(doc, 1)
    add_par(doc, "\u3000" * 19 + "2026年3月2日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（湖南）自由贸易试验区制度创新成果评估表", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, [("Ⅰ、评估指标及分值", HT, 16, False)])
    category_table(doc, ["类别", "序号", "评估指标", "评估要点", "分值"],
                   [1.6, 1.2, 2.8, 8.2, 1.6], [
        ("制度创新", [
            ["1", "创新程度", "属全国首创或在国内具有领先性，突破现行体制机制障碍", "15"],
            ["2", "系统集成", "涉及多部门协同、多环节集成，形成制度闭环", "10"],
            ["3", "风险防控", "建立与改革相适应的风险识别、评估和防控机制", "10"],
            ["4", "国际规则对接", "对标RCEP、CPTPP、DEPA等高标准经贸规则开展探索", "10"],
        ]),
        ("实施成效", [
            ["5", "企业获得感", "降低企业制度性交易成本，缩短办理时限，企业满意度高", "15"],
            ["6", "经济效益", "带动贸易、投资、产业发展的量化成效明显", "15"],
            ["7", "社会评价", "获得国家部委、省委省政府肯定或主流媒体报道", "5"],
        ]),
        ("复制推广", [
            ["8", "可复制性", "具备在其他地区复制推广的条件，操作流程清晰", "10"],
            ["9", "推广情况", "已在省内或全国范围内复制推广", "10"],
        ]),
    ], "tbRl", clauses, total=("合计", 4, ["100"]))
    p = add_par(doc, [("注：1.同一成果涉及多个片区的，由牵头片区申报；2.已获国务院或国家部委复制推广的成果，“推广情况”项直接计满分。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：1.同一成果涉及多个片区的，由牵头片区申报；2.已获国务院或国家部委复制推广的成果，“推广情况”项直接计满分。")
    empty(doc, 1, line=14)
    add_par(doc, [("Ⅱ、评分方法", HT, 16, False)])
    for t_ in ["(i)评估采取片区自评、专家评审和部门会审相结合的方式，总分100分。",
               "(ii)专家评审得分占60%，部门会审得分占40%，片区自评得分作为参考，不计入总分。",
               "(iii)成果未涉及国际经贸规则的，“国际规则对接”项按0分计，不影响其他指标评分。"]:
        body(t_)
    add_par(doc, [("Ⅲ、等次划分", HT, 16, False)])
    for t_ in ["(i)总分85分（含）以上的，评为“优秀成果”；",
               "(ii)总分70分（含）至85分的，评为“良好成果”，在全省复制推广；",
               "(iii)总分70分以下的，不予认定。"]:
        body(t_)

    banji(doc, "抄送：商务部自贸区港司，省委改革办，省人民政府办公厅。",
          "湖南省商务厅办公室", "2026年3月3日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省商务厅　湖南省司法厅关于开展中国（湖南）自由贸易试验区2025年度制度创新成果评估工作的通知",
            "doc_number": "湘商自贸〔2026〕9号",
            "issuer": ["湖南省商务厅", "湖南省司法厅"],
            "date": "2026-03-02",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（湖南）自由贸易试验区制度创新成果评估表"],
            "doc_type": "通知",
            "recipients": ["各自贸片区管委会", "省自贸试验区工作领导小组有关成员单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """督查室 notice (特急) with a landscape 督查评分表 split over two pages (续表)."""
    stem = "blind1019_guangxi_ducha"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区人民政府督查室"), XBS, 34, False, RED, scale=85)
    fmt(p, align=C, indent=False, line=50, before=6)
    empty(doc, 1)
    p = add_par(doc, "桂政督函〔2026〕11号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区人民政府督查室关于开展"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（广西）自由贸易试验区提升战略"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("重点任务落实情况专项督查的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "南宁市、钦州市、崇左市人民政府，自治区商务厅、发展改革委、司法厅，南宁海关：",
            indent=False)

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                indent=False)

    body("为贯彻落实自由贸易试验区提升战略部署要求，经自治区人民政府同意，定于2026年5月至6月开展中国（广西）自由贸易试验区提升战略重点任务落实情况专项督查。现将有关事项通知如下：")
    head("一、督查内容")
    runin("（一）制度创新任务落实情况。", "重点督查高标准经贸规则试点措施落地和制度创新成果培育情况。")
    runin("（二）开放平台建设情况。", "重点督查跨境贸易便利化、中国—东盟跨境合作和西部陆海新通道建设情况。")
    runin("（三）营商环境优化情况。", "重点督查赋权事项承接和政务服务“一网通办”情况。")
    runin("（四）组织保障情况。", "重点督查推进机制和风险防控情况。")
    head("二、方法步骤")
    runin("（一）自查自评（5月20日前）。", "各有关单位对照专项督查评分表（见附件）开展自查，形成自查报告报自治区人民政府督查室。")
    runin("（二）实地督查（5月下旬至6月中旬）。", "督查组采取听取汇报、查阅资料、实地查看、随机抽查企业等方式开展督查，每个片区督查时间不少于3天。")
    runin("（三）综合评分（6月30日前）。", "督查组对照评分表逐项评分，形成督查报告报自治区人民政府。督查结果纳入年度绩效考评。")
    head("三、有关要求")
    body("各有关单位要如实反映情况，切实减轻基层负担。对督查发现的问题，要于督查结束后15个工作日内报送整改情况。")
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（广西）自由贸易试验区提升战略重点任务落实情况专项督查评分表",
            indent=False)
    empty(doc, 1)
    p = add_par(doc, "广西壮族自治区人民政府督查室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年四月十五日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    # 版记 right after the notice, before the attachment
    banji(doc, "抄送：自治区党委办公厅督查室，自治区人民政府办公厅秘书处。",
          "广西壮族自治区人民政府办公厅秘书处", "2026年4月15日印发", gap=1)

    # ---- 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.6)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（广西）自由贸易试验区提升战略重点任务落实情况专项督查评分表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("I. 基本指标评分（满分100分）", HT, 16, False)], indent=False, line=26)
    hdr = ["类别", "序号", "督查内容", "评分标准", "分值", "评分方式"]
    widths = [1.6, 1.3, 5.2, 11.2, 1.6, 2.6]
    category_table(doc, hdr, widths, [
        ("制度创新", [
            ["1", "对接国际高标准经贸规则试点措施落实", "试点措施全部落地的得满分；每有1项未落地扣1分，扣完为止", "12", "查阅资料"],
            ["2", "制度创新成果培育", "年度新形成制度创新成果不少于15项的得满分；每少1项扣0.5分", "10", "查阅资料"],
            ["3", "改革试点任务推进", "深化改革试点任务按时序进度完成的得满分；每滞后1项扣1分", "8", "数据比对"],
        ]),
        ("开放平台", [
            ["4", "跨境贸易便利化", "进出口整体通关时间较上年压缩10%以上的得满分；压缩不足10%的按比例得分", "10", "数据比对"],
            ["5", "中国—东盟跨境合作", "面向东盟的跨境产业链供应链合作项目取得实质进展的得满分", "10", "实地核查"],
            ["6", "西部陆海新通道建设", "海铁联运班列开行量、集装箱吞吐量完成年度目标的得满分", "10", "数据比对"],
        ]),
    ], "btLr", clauses)
    # manual 续表: page break, "续表" label, new table with header again
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    category_table(doc, hdr, widths, [
        ("营商环境", [
            ["7", "政务服务", "片区赋权事项承接到位、政务服务“一网通办”办件率达到95%以上的得满分", "10", "实地核查"],
            ["8", "企业满意度", "随机抽查企业满意度达到90%以上的得满分；每低1个百分点扣0.5分", "10", "企业访谈"],
        ]),
        ("组织保障", [
            ["9", "工作机制", "建立片区主要负责同志牵头的推进机制，定期研究重点任务的得满分", "10", "查阅资料"],
            ["10", "风险防控", "建立风险防控清单并动态更新，未发生重大风险事件的得满分", "10", "查阅资料"],
        ]),
    ], "btLr", clauses, total=("合计", 4, ["100", "—"]))
    note = "注：评分由督查组根据自查报告、实地督查和第三方评估情况综合确定，计分保留一位小数；加分、扣分后总分不超过110分。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    add_par(doc, [("II. 加分项（最高加10分）", HT, 16, False)], indent=False, line=26, before=6)

    def item(t):
        clauses.append(t)
        add_par(doc, [(t, FS, 14, False)], indent=False, line=24)
        doc.paragraphs[-1].paragraph_format.left_indent = Pt(28)

    item("（ⅰ）形成的制度创新成果被国务院或国家部委发文复制推广的，每项加2分，最高加6分；")
    item("（ⅱ）改革经验被国家部委简报刊发或通报表扬的，每项加1分，最高加4分。")
    add_par(doc, [("III. 扣分项", HT, 16, False)], indent=False, line=26)
    item("（ⅰ）重点任务未按时序进度推进且未说明原因的，每项扣2分；")
    item("（ⅱ）督查发现弄虚作假、数据不实的，总分扣10分并予以通报。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民政府督查室关于开展中国（广西）自由贸易试验区提升战略重点任务落实情况专项督查的通知",
            "doc_number": "桂政督函〔2026〕11号",
            "issuer": ["广西壮族自治区人民政府督查室"],
            "date": "2026-04-15",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["中国（广西）自由贸易试验区提升战略重点任务落实情况专项督查评分表"],
            "doc_type": "通知",
            "recipients": ["南宁市人民政府", "钦州市人民政府", "崇左市人民政府",
                           "自治区商务厅", "自治区发展改革委", "自治区司法厅", "南宁海关"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_ningbo():
    """上行 报告 with 签发人, carrying the filled-in 自评估表 (two-level header)."""
    stem = "blind1019_ningbo_zipinggu"
    doc = Document()
    setup(doc)
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("宁波市商务局"), XBS, 42, False, RED)
    fmt(p, align=C, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, [("甬商务〔2026〕21号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("林国栋", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("宁波市商务局关于报送中国（浙江）自由贸易", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("试验区宁波片区2025年度制度创新成果", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("自评估情况的报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "浙江省商务厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("根据《浙江省商务厅关于开展中国（浙江）自由贸易试验区2025年度制度创新成果评估工作的通知》（浙商务发〔2026〕18号）要求，我局会同宁波片区各功能区块和市级有关部门，对宁波片区2025年度形成的制度创新成果开展了梳理和自评估。现将有关情况报告如下：")
    head("一、总体情况")
    body("2025年，宁波片区围绕油气全产业链开放发展、国际航运和物流枢纽建设等重点方向，累计形成制度创新成果42项，其中2项由商务部在全国复制推广。本次推荐申报成果3项。")
    head("二、推荐成果自评情况")
    body("推荐成果自评得分汇总如下（单位：分）：")
    hdr = ["序号", "成果名称", "牵头单位", "自评得分"]
    rows = [
        ["1", "油气贸易“保税+混兑”监管模式", "宁波海关、宁波片区管委会", "89"],
        ["2", "国际航行船舶“一次申报、并联审批”", "宁波海事局、市口岸办", "82"],
        ["3", "跨境电商“数字清关+海外仓”一体化服务", "市商务局、宁波海关", "84"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.4, 7.0, 5.0, 2.2])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 2) else C)
        clauses.append(row_clause(hdr, row))
    body("各成果分项自评情况详见附件。")
    head("三、存在的问题")
    body("一是部分成果系统集成度不高，跨部门协同仍有不足；二是成果效益量化评估方法尚不完善；三是联动创新不够，复制推广范围有待拓展。")
    head("四、下一步打算")
    body("我局将加强与宁波海关、宁波海事局等单位的协同，着力培育首创性、集成性制度创新成果，力争2026年新增省级以上最佳实践案例5项以上。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, IND + "附件：宁波片区2025年度制度创新成果自评估表", indent=False)
    empty(doc, 1)
    add_par(doc, " " * 44 + "宁波市商务局", indent=False)
    add_par(doc, " " * 42 + "2026年3月25日", indent=False)
    add_par(doc, "（联系人：周敏，联系电话：0574-89186257）")

    # ---- 附件 (own page)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("宁波片区2025年度制度创新成果自评估表", XBS, 20, False)],
            align=C, indent=False, line=32, after=6)
    add_par(doc, [("Ⅰ．成果自评得分", HT, 16, False)])

    keyh = ["类别", "序号", "评估指标", "分值",
            "自评得分／成果一", "自评得分／成果二", "自评得分／成果三"]

    def two_level(t):
        for ci, h in enumerate(["类别", "序号", "评估指标", "分值"]):
            m = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(m, h, HT, 12)
            if ci == 0:
                vertical(m, "tbRl")
        m = t.cell(0, 4).merge(t.cell(0, 6))
        set_cell(m, "自评得分", HT, 12)
        for ci, h in enumerate(["成果一", "成果二", "成果三"], 4):
            set_cell(t.cell(1, ci), h, HT, 12)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])

    category_table(doc, None, [1.4, 1.2, 5.0, 1.6, 2.2, 2.2, 2.2], [
        ("制度创新", [
            ["1", "首创性", "20", "18", "17", "16"],
            ["2", "系统集成性", "10", "9", "8", "9"],
            ["3", "风险可控性", "10", "9", "9", "8"],
        ]),
        ("实施成效", [
            ["4", "企业获益程度", "20", "18", "17", "17"],
            ["5", "经济社会效益", "15", "14", "12", "13"],
            ["6", "社会认可度", "5", "4", "4", "5"],
        ]),
        ("复制推广", [
            ["7", "可复制性", "10", "9", "8", "9"],
            ["8", "推广范围", "10", "8", "7", "7"],
        ]),
    ], "tbRl", clauses, total=("合计", 3, ["100", "89", "82", "84"]),
        header_rows=(2, keyh, two_level))
    empty(doc, 1, line=14)
    add_par(doc, [("Ⅱ．成果简要说明", HT, 16, False)])

    def sub(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    sub("(ⅰ)成果一：油气贸易“保税+混兑”监管模式。",
        "允许不同税号的保税油品在同一储罐内混兑调和，海关实施“分类监管、按比例核销”，企业混兑作业时间由5天缩短至1天。")
    sub("(ⅱ)成果二：国际航行船舶“一次申报、并联审批”。",
        "整合海关、海事、边检船舶进出境申报事项，通过“单一窗口”一次提交、并联审批，船舶在港停时平均压缩4.5小时。")
    sub("(ⅲ)成果三：跨境电商“数字清关+海外仓”一体化服务。",
        "打通出口申报与海外仓入库数据，实现“一次录入、全程共享”，惠及企业1260余家。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于报送中国（浙江）自由贸易试验区宁波片区2025年度制度创新成果自评估情况的报告",
            "doc_number": "甬商务〔2026〕21号",
            "issuer": ["宁波市商务局"],
            "date": "2026-03-25",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["宁波片区2025年度制度创新成果自评估表"],
            "doc_type": "报告",
            "recipients": ["浙江省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_guangxi(), doc_ningbo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
