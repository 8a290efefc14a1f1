# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 804: 自贸片区管委会2026年部门预算及说明 —— Word + PDF + expected.json."""
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
IND = "\u3000\u3000"
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(size * 2)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, size=16, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    fmt(p, size=size, **kw)
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
    fmt(p, indent=False, line=12)


def _field_run(fp, instr, name, size):
    for kind in ("begin", None, "separate", "text", "end"):
        r = fp.add_run("1" if kind == "text" else None)
        font(r, name, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                                  % (nsdecls("w"), instr)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))


def setup(doc, margins=(3.7, 3.5, 2.8, 2.6), body_size=16, dash="— ", dash2=" —",
          first_page_blank=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if first_page_blank:
        s.different_first_page_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(dash), SONG, 14)
    _field_run(fp, "PAGE", SONG, 14)
    font(fp.add_run(dash2), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths_cm[i]).twips)))
    # set every real cell (merged cells span several grid columns)
    for row in t.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")
            col += span


def grid_table(doc, header_rows, merges, keys, rows, clauses, widths=None, size=10.5,
               header_font=HT, aligns=None, repeat=True, line=18):
    """header_rows: list of lists of header texts (full grid, merged cells repeated),
    merges: list of ((r1,c1),(r2,c2)) inside the header block,
    keys: column keys used in the answer key (merged levels joined with ／)."""
    nh = len(header_rows)
    ncol = len(keys)
    t = doc.add_table(rows=nh + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    done = set()
    for (a, b) in merges:
        cell = t.cell(*a).merge(t.cell(*b))
        set_cell(cell, header_rows[a[0]][a[1]], header_font, size, line=line)
        for r in range(a[0], b[0] + 1):
            for c in range(a[1], b[1] + 1):
                done.add((r, c))
    for r in range(nh):
        for c in range(ncol):
            if (r, c) not in done:
                set_cell(t.cell(r, c), header_rows[r][c], header_font, size, line=line)
        if repeat:
            repeat_header(t.rows[r])
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else C
            set_cell(t.cell(nh + ri, ci), v, FS, size, align=al, line=line)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    if widths:
        col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, size=14):
    empty(doc, 1, line=14)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_804", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_yueyang():
    """岳阳片区管委会2026年部门预算（册子式：封面、部门概况、预算表、名词解释）."""
    stem = "blind804_yueyang_yusuan"
    doc = Document()
    BS = 14  # booklet body: 四号仿宋
    setup(doc, margins=(3.0, 2.8, 2.8, 2.6), body_size=BS, first_page_blank=True)
    clauses = []

    # ---- cover page (no page number) ----
    empty(doc, 5, line=30)
    add_par(doc, [("中国（湖南）自由贸易试验区", XBS, 26, False)], align=C, indent=False, line=44)
    add_par(doc, [("岳阳片区管理委员会", XBS, 26, False)], align=C, indent=False, line=44)
    empty(doc, 1, line=30)
    add_par(doc, [("2026年部门预算", XBS, 36, False)], align=C, indent=False, line=56)
    empty(doc, 9, line=30)
    add_par(doc, [("二〇二六年二月", KT, 16, False)], align=C, indent=False, line=30)
    page_break(doc)

    def part(t):
        p = add_par(doc, [(t, HT, 16, False)], align=C, indent=False, line=28, before=4, after=4)
        p.paragraph_format.keep_with_next = True

    def head(t):
        add_par(doc, [(t, HT, BS, False)], size=BS, line=23)

    def body(t):
        clauses.append(t)
        add_par(doc, t, size=BS, line=23)

    def caption(t):
        p = add_par(doc, [(t, HT, 12, False)], align=C, indent=False, line=22, before=8, after=4)
        p.paragraph_format.keep_with_next = True

    part("第一部分　部门概况")
    head("一、部门职责")
    body("中国（湖南）自由贸易试验区岳阳片区管理委员会（以下简称片区管委会）是岳阳市人民政府的派出机构，"
         "与岳阳城陵矶综合保税区管理委员会合署办公，主要职责是：")
    items = [
        "1．贯彻执行国家、省、市关于自由贸易试验区建设的方针政策和法律法规，研究拟订片区发展规划、改革试点任务和政策措施并组织实施。",
        "2．负责推进片区投资、贸易、金融、航运等领域制度创新，承接省、市下放的经济社会管理权限，开展首创性、差异化改革探索。",
        "3．负责片区招商引资、产业促进和项目服务工作，推动临港产业、跨境电商、现代物流等产业集聚发展，服务长江经济带和共建“一带一路”。",
        "4．配合海关等口岸查验单位做好城陵矶综合保税区、城陵矶港口岸监管服务，推进通关便利化和国际贸易“单一窗口”建设。",
    ]
    for t in items:
        body(t)
    # items 5 and 6 typed in one paragraph with Shift+Enter
    t5 = "5．负责片区内规划建设、国土空间、生态环境、安全生产等综合协调工作。"
    t6 = "6．完成市委、市人民政府交办的其他任务。"
    p = doc.add_paragraph()
    font(p.add_run(t5), FS, BS)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t6), FS, BS)
    fmt(p, size=BS, line=23)
    clauses.extend([t5, t6])
    head("二、机构设置")
    body("片区管委会内设综合办公室、政策研究和制度创新局、投资促进局、经济发展局、规划建设局、财政金融局、政务服务局7个内设机构，"
         "下设岳阳片区综合服务中心1个事业单位。纳入2026年部门预算编制范围的单位共2个，包括：片区管委会本级（行政单位）、"
         "岳阳片区综合服务中心（参照公务员法管理事业单位）。")
    body("截至2025年12月底，片区管委会核定行政编制42名、事业编制26名，实有在职人员91人（含聘用人员23人），离退休人员3人。")

    part("第二部分　2026年部门预算表")
    caption("表1　部门收支总表（单位：万元）")
    grid_table(
        doc,
        [["收入", "收入", "支出", "支出"], ["项目", "预算数", "项目", "预算数"]],
        [((0, 0), (0, 1)), ((0, 2), (0, 3))],
        ["收入／项目", "收入／预算数", "支出／项目", "支出／预算数"],
        [
            ["一、一般公共预算拨款收入", "4,286.50", "一、一般公共服务支出", "2,634.80"],
            ["二、政府性基金预算拨款收入", "1,200.00", "二、社会保障和就业支出", "286.40"],
            ["三、国有资本经营预算拨款收入", "0.00", "三、卫生健康支出", "96.30"],
            ["四、财政专户管理资金收入", "0.00", "四、城乡社区支出", "1,380.00"],
            ["五、事业收入", "0.00", "五、商业服务业等支出", "1,080.00"],
            ["六、其他收入", "35.00", "六、住房保障支出", "224.00"],
            ["本年收入合计", "5,521.50", "本年支出合计", "5,701.50"],
            ["上年结转", "180.00", "结转下年", "0.00"],
            ["收入总计", "5,701.50", "支出总计", "5,701.50"],
        ],
        clauses, line=15, widths=[5.4, 2.4, 5.4, 2.4],
        aligns=[L, R, L, R])

    caption("表2　一般公共预算支出表（单位：万元）")
    hdr2 = [["科目编码", "科目名称", "合计", "基本支出", "基本支出", "项目支出"],
            ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"]]
    mg2 = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 4)),
           ((0, 5), (1, 5))]
    keys2 = ["科目编码", "科目名称", "合计", "基本支出／人员经费", "基本支出／公用经费", "项目支出"]
    w2 = [2.0, 5.4, 2.2, 2.2, 2.2, 2.2]
    al2 = [L, L, R, R, R, R]
    grid_table(doc, hdr2, mg2, keys2, [
        ["—", "合计", "4,286.50", "1,893.10", "218.40", "2,175.00"],
        ["201", "一般公共服务支出", "2,599.80", "1,286.40", "218.40", "1,095.00"],
        ["20103", "政府办公厅（室）及相关机构事务", "1,914.80", "1,286.40", "218.40", "410.00"],
        ["20113", "商贸事务", "685.00", "0.00", "0.00", "685.00"],
        ["208", "社会保障和就业支出", "286.40", "286.40", "0.00", "0.00"],
        ["20805", "行政事业单位养老支出", "286.40", "286.40", "0.00", "0.00"],
    ], clauses, line=15, widths=w2, aligns=al2)
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=22, after=4)
    grid_table(doc, hdr2, mg2, keys2, [
        ["210", "卫生健康支出", "96.30", "96.30", "0.00", "0.00"],
        ["21011", "行政事业单位医疗", "96.30", "96.30", "0.00", "0.00"],
        ["216", "商业服务业等支出", "1,080.00", "0.00", "0.00", "1,080.00"],
        ["21606", "涉外发展服务支出", "1,080.00", "0.00", "0.00", "1,080.00"],
        ["221", "住房保障支出", "224.00", "224.00", "0.00", "0.00"],
        ["22102", "住房改革支出", "224.00", "224.00", "0.00", "0.00"],
    ], clauses, line=15, widths=w2, aligns=al2)

    caption("表3　“三公”经费支出预算表（单位：万元）")
    grid_table(
        doc,
        [["项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置及运行费",
          "公务用车购置及运行费", "公务接待费"],
         ["项目", "合计", "因公出国（境）费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费"]],
        [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 5)),
         ((0, 6), (1, 6))],
        ["项目", "合计", "因公出国（境）费", "公务用车购置及运行费／小计",
         "公务用车购置及运行费／公务用车购置费", "公务用车购置及运行费／公务用车运行费", "公务接待费"],
        [
            ["2025年预算数", "48.60", "18.00", "16.80", "0.00", "16.80", "13.80"],
            ["2026年预算数", "44.20", "16.00", "15.60", "0.00", "15.60", "12.60"],
            ["增减额", "-4.40", "-2.00", "-1.20", "0.00", "-1.20", "-1.20"],
        ],
        clauses, line=15, widths=[2.8, 1.8, 2.4, 1.8, 2.4, 2.4, 2.2])
    note = ("注：2026年“三公”经费预算较2025年减少4.40万元，下降9.1%，主要是压减因公出国（境）批次和公务接待费用；"
            "2026年未安排公务用车购置费。")
    clauses.append(note)
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=18, before=4)

    part("第三部分　名词解释")
    for t in [
        "1．一般公共预算拨款收入：指市级财政当年拨付的一般公共预算资金。",
        "2．政府性基金预算拨款收入：指市级财政当年拨付的政府性基金预算资金，主要为国有土地使用权出让收入安排的城乡社区支出。",
        "3．上年结转：指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。",
        "4．基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。",
        "5．项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
        "6．“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。",
    ]:
        body(t)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖南）自由贸易试验区岳阳片区管理委员会2026年部门预算",
            "doc_number": None,
            "issuer": ["中国（湖南）自由贸易试验区岳阳片区管理委员会"],
            "date": None,
            "published": None,
            "level": "municipal",
            "region": "岳阳市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "部门预算",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """钦州市财政局关于批复钦州港片区管委会2026年部门预算的通知（红头，附件为预算表）."""
    stem = "blind804_qinzhou_pifu"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("钦州市财政局文件", XBS, 44, False, RED)], align=C, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "钦市财预〔2026〕11号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title over three paragraphs, wrapped at odd places
    for t in ["钦州市财政局关于批复中国（广西）",
              "自由贸易试验区钦州港片区管理委员会",
              "2026年部门预算的通知"]:
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("根据《中华人民共和国预算法》及其实施条例有关规定，经市第五届人民代表大会第六次会议审查批准，现将你单位2026年部门预算批复如下，请认真贯彻执行。")
    runin("一、收支预算。", "你单位2026年部门收入预算12,468.30万元，其中：一般公共预算拨款收入7,936.30万元，政府性基金预算拨款收入4,200.00万元，其他收入332.00万元。部门支出预算12,468.30万元，其中：基本支出2,186.75万元，项目支出10,281.55万元。具体见附件1、附件2。")
    runin("二、“三公”经费预算。", "你单位2026年一般公共预算财政拨款“三公”经费预算62.50万元，比上年减少5.30万元。其中：因公出国（境）费20.00万元，公务用车购置及运行费24.30万元（其中公务用车运行费24.30万元，未安排公务用车购置费），公务接待费18.20万元。具体见附件3。")
    runin("三、严格预算执行。", "你单位要严格按照批复的预算执行，不得无预算、超预算支出，从严控制“三公”经费和一般性支出。")
    runin("四、做好预算公开。", "请你单位在本通知印发之日起20日内，将部门预算、“三公”经费预算向社会公开，并对部门职责、机构设置、收支预算、“三公”经费增减变化原因、政府采购、国有资产占用、绩效目标等情况作出说明，对专业性较强的名词进行解释。")
    runin("五、加强绩效管理。", "你单位要做好绩效运行监控和年度绩效自评，确保片区资金用在服务西部陆海新通道、面向东盟开放合作的关键环节。")
    add_par(doc, "特此通知。")
    empty(doc, 1)
    atts = ["2026年部门收支总表", "2026年一般公共预算支出表", "2026年一般公共预算“三公”经费支出表"]
    add_par(doc, "附件：1．" + atts[0])
    add_par(doc, "\u3000" * 5 + "2．" + atts[1], indent=False)
    add_par(doc, "\u3000" * 5 + "3．" + atts[2], indent=False)
    empty(doc, 1)
    p = add_par(doc, "钦州市财政局", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月9日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---------------- attachments, each on its own page
    def att_head(n, title, new_page=True):
        if new_page:
            page_break(doc)
        else:
            empty(doc, 1, line=10)
        add_par(doc, [("附件%d" % n, HT, 16, False)], indent=False)
        empty(doc, 1, line=16)
        add_par(doc, [(title, XBS, 18, False)], align=C, indent=False, line=28, after=4)

    att_head(1, atts[0])
    clauses_att = clauses  # same document
    grid_table(doc, [["收入项目", "预算数（万元）", "支出项目", "预算数（万元）"]], [],
               ["收入项目", "预算数（万元）", "支出项目", "预算数（万元）"], [
                   ["一、一般公共预算拨款收入", "7,936.30", "一、一般公共服务支出", "3,286.45"],
                   ["二、政府性基金预算拨款收入", "4,200.00", "二、社会保障和就业支出", "412.60"],
                   ["三、国有资本经营预算拨款收入", "0.00", "三、卫生健康支出", "138.20"],
                   ["四、财政专户管理资金收入", "0.00", "四、城乡社区支出", "4,200.00"],
                   ["五、事业收入", "0.00", "五、资源勘探工业信息等支出", "1,950.00"],
                   ["六、上级补助收入", "0.00", "六、商业服务业等支出", "2,150.00"],
                   ["七、其他收入", "332.00", "七、住房保障支出", "331.05"],
                   ["本年收入合计", "12,468.30", "本年支出合计", "12,468.30"],
                   ["上年结转", "0.00", "结转下年", "0.00"],
                   ["收入总计", "12,468.30", "支出总计", "12,468.30"],
               ], clauses_att, widths=[5.0, 2.8, 5.0, 2.8], size=10.5, line=16, aligns=[L, R, L, R])

    att_head(2, atts[1])
    grid_table(doc,
               [["功能分类科目", "金额（万元）", "金额（万元）", "金额（万元）"],
                ["功能分类科目", "合计", "基本支出", "项目支出"]],
               [((0, 0), (1, 0)), ((0, 1), (0, 3))],
               ["功能分类科目", "金额（万元）／合计", "金额（万元）／基本支出", "金额（万元）／项目支出"], [
                   ["[201]一般公共服务支出", "3,286.45", "1,304.90", "1,981.55"],
                   ["[20103]政府办公厅（室）及相关机构事务", "2,406.45", "1,304.90", "1,101.55"],
                   ["[20113]商贸事务", "880.00", "0.00", "880.00"],
                   ["[208]社会保障和就业支出", "412.60", "412.60", "0.00"],
                   ["[210]卫生健康支出", "138.20", "138.20", "0.00"],
                   ["[215]资源勘探工业信息等支出", "1,950.00", "0.00", "1,950.00"],
                   ["[21508]支持中小企业发展和管理支出", "1,950.00", "0.00", "1,950.00"],
                   ["[216]商业服务业等支出", "1,818.00", "0.00", "1,818.00"],
                   ["[21606]涉外发展服务支出", "1,818.00", "0.00", "1,818.00"],
                   ["[221]住房保障支出", "331.05", "331.05", "0.00"],
                   ["合计", "7,936.30", "2,186.75", "5,749.55"],
               ], clauses_att, widths=[7.4, 2.8, 2.8, 2.8], size=10.5, line=15, aligns=[L, R, R, R])

    att_head(3, atts[2], new_page=False)
    grid_table(doc, [["项目", "2025年预算数（万元）", "2026年预算数（万元）", "增减额（万元）", "增减率"]], [],
               ["项目", "2025年预算数（万元）", "2026年预算数（万元）", "增减额（万元）", "增减率"], [
                   ["合计", "67.80", "62.50", "-5.30", "-7.8%"],
                   ["1.因公出国（境）费", "22.00", "20.00", "-2.00", "-9.1%"],
                   ["2.公务用车购置及运行费", "26.80", "24.30", "-2.50", "-9.3%"],
                   ["其中：公务用车购置费", "0.00", "0.00", "0.00", "—"],
                   ["公务用车运行费", "26.80", "24.30", "-2.50", "-9.3%"],
                   ["3.公务接待费", "19.00", "18.20", "-0.80", "-4.2%"],
               ], clauses_att, widths=[5.0, 2.9, 2.9, 2.6, 2.2], size=10.5, line=15, aligns=[L, R, R, R, R])
    note = "注：“三公”经费预算数均为一般公共预算财政拨款安排，公务接待费含外事接待费用。"
    clauses.append(note)
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=18, before=4)
    banji(doc, "抄送：市人大常委会预算工作委员会，市审计局。", "钦州市财政局办公室", "2026年2月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市财政局关于批复中国（广西）自由贸易试验区钦州港片区管理委员会2026年部门预算的通知",
            "doc_number": "钦市财预〔2026〕11号",
            "issuer": ["钦州市财政局"],
            "date": "2026-02-09",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": atts,
            "doc_type": "通知",
            "recipients": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_dehong():
    """德宏片区管委会2026年部门预算说明（网站公开稿：空格缩进、半角标点混用、自动编号标题）."""
    stem = "blind804_dehong_shuoming"
    doc = Document()
    setup(doc, margins=(3.2, 3.0, 2.8, 2.6), dash="- ", dash2=" -")
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("中国（云南）自由贸易试验区德宏片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理委员会2026年部门预算说明"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, after=12)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, bold), (t, FS, 16, False)], indent=False)

    head("部门职责")
    body("中国（云南）自由贸易试验区德宏片区管理委员会（以下简称德宏片区管委会）是德宏州人民政府的派出机构,负责统筹推进德宏片区（瑞丽、芒市）改革发展各项工作,主要职责是：")
    runin("(一)", "组织实施中国（云南）自由贸易试验区总体方案中涉及德宏片区的改革试点任务，研究拟订片区发展规划和年度工作计划。", FS)
    runin("(二)", "推进沿边开放和跨境经济合作制度创新，探索建设中缅经济走廊门户枢纽，推动贸易投资自由化便利化。", FS)
    runin("(三)", "负责片区招商引资、项目服务和营商环境优化工作，协调推进瑞丽国际陆港、边境贸易和跨境物流发展。", FS)
    runin("(四)", "承接州、县（市）下放的行政审批和管理事项，统筹片区政务服务工作。", FS)
    runin("(五)", "完成州委、州人民政府交办的其他任务。", FS)
    body("德宏片区管委会内设综合办公室、改革创新局、经济发展和招商局、政务服务局4个内设机构。纳入2026年部门预算编制范围的单位为德宏片区管委会本级，无下属预算单位。")

    head("收支预算总体情况")
    body("2026年，德宏片区管委会收入预算8,652.40万元，其中：一般公共预算拨款收入6,452.40万元，政府性基金预算拨款收入1,800.00万元，上年结转400.00万元。支出预算8,652.40万元，其中：基本支出2,318.62万元，占26.8%；项目支出6,333.78万元，占73.2%。收支总预算比2025年增加667.30万元，增长8.4%，主要原因是瑞丽国际陆港配套基础设施建设项目支出增加。")

    head("一般公共预算支出情况")
    body("2026年一般公共预算财政拨款支出6,852.40万元（含上年结转400.00万元），按支出功能分类构成如下：")
    p = add_par(doc, [("表1　2026年一般公共预算支出功能分类构成情况（单位：万元）", HT, 12, False)],
                align=C, indent=False, line=22, before=4, after=4)
    p.paragraph_format.keep_with_next = True
    grid_table(doc, [["功能分类科目", "2026年预算数", "占比"]], [],
               ["功能分类科目", "2026年预算数", "占比"], [
                   ["一般公共服务支出", "3,126.50", "45.6%"],
                   ["社会保障和就业支出", "356.80", "5.2%"],
                   ["卫生健康支出", "128.40", "1.9%"],
                   ["商业服务业等支出", "2,860.00", "41.7%"],
                   ["住房保障支出", "380.70", "5.6%"],
                   ["合计", "6,852.40", "100.0%"],
               ], clauses, widths=[6.4, 3.6, 3.0], size=12, aligns=[L, R, R], repeat=False)
    empty(doc, 1, line=12)
    runin("（一）基本支出。", "2026年基本支出2,318.62万元，占一般公共预算支出的33.8%，其中：人员经费1,986.30万元，主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、住房公积金等；公用经费332.32万元，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、公务接待费等。")
    runin("（二）项目支出。", "2026年项目支出4,533.78万元，占66.2%，主要用于自贸试验区制度创新、招商引资和经贸交流、中缅边境贸易便利化服务平台运维、产业发展扶持等。")

    head("“三公”经费预算情况")
    body("2026年“三公”经费财政拨款预算52.40万元，比2025年预算减少3.20万元，下降5.8%。其中：因公出国（境）费12.00万元，与上年持平，主要用于赴缅甸、老挝等周边国家开展经贸合作洽谈和招商推介；公务用车购置及运行费25.60万元（其中：公务用车购置费0万元，公务用车运行费25.60万元），减少1.60万元，主要是压减车辆运行维护支出；公务接待费14.80万元，减少1.60万元，主要是严格执行公务接待标准，压减接待批次和人数。")

    head("机关运行经费、政府采购及国有资产占用情况")
    # two paragraphs typed in one w:p with Shift+Enter
    ta = "2026年德宏片区管委会机关运行经费预算332.32万元，比上年减少18.46万元，下降5.3%，主要是严控一般性支出。政府采购预算总额1,246.00万元，其中：货物类186.00万元、工程类0万元、服务类1,060.00万元。"
    tb = "截至2025年12月31日，德宏片区管委会共有车辆6辆，其中：机要通信用车1辆、应急保障用车2辆、其他用车3辆；单位价值50万元以上通用设备0台（套）,单位价值100万元以上专用设备0台（套）。2026年部门预算未安排购置车辆。"
    p = doc.add_paragraph()
    font(p.add_run(IND + ta), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + tb), FS, 16)
    fmt(p, indent=False)
    clauses.extend([ta, tb])

    head("预算绩效目标情况")
    body("2026年德宏片区管委会实行绩效目标管理的项目共14个，涉及资金6,333.78万元。重点项目绩效目标如下：")
    p = add_par(doc, [("表2　2026年重点项目绩效目标表", HT, 12, False)],
                align=C, indent=False, line=22, before=4, after=4)
    p.paragraph_format.keep_with_next = True
    grid_table(doc, [["序号", "项目名称", "预算金额（万元）", "主要绩效指标"]], [],
               ["序号", "项目名称", "预算金额（万元）", "主要绩效指标"], [
                   ["1", "自贸试验区制度创新及第三方评估经费", "260.00", "形成制度创新成果不少于15项，向上报送创新案例不少于5个"],
                   ["2", "招商引资及经贸交流活动经费", "680.00", "赴缅甸、泰国等国家开展招商推介活动不少于6场，新签约项目不少于30个"],
                   ["3", "中缅边境贸易便利化服务平台运维", "420.00", "平台全年正常运行率不低于98%，服务边民互市交易主体不少于1.2万人次"],
                   ["4", "瑞丽国际陆港基础设施配套建设", "1,800.00", "年内完成道路及管网配套工程建设，工程验收合格率100%"],
               ], clauses, widths=[1.2, 5.0, 2.4, 7.0], size=10.5, aligns=[C, L, R, L])

    head("名词解释")
    for t in [
        "1.一般公共预算拨款收入：指州级财政当年拨付的一般公共预算资金。",
        "2.政府性基金预算拨款收入：指州级财政当年拨付的政府性基金预算资金。",
    ]:
        body(t)
    t3 = "3.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。"
    t4 = "4.“三公”经费：指部门用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t3), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t4), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t3, t4])
    empty(doc, 1)
    # 落款 aligned with a tab stop
    for t in ["中国（云南）自由贸易试验区德宏片区管理委员会", "2026年2月14日"]:
        p = add_par(doc, [("\t", FS, 16, False), (t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（云南）自由贸易试验区德宏片区管理委员会2026年部门预算说明",
            "doc_number": None,
            "issuer": ["中国（云南）自由贸易试验区德宏片区管理委员会"],
            "date": "2026-02-14",
            "published": None,
            "level": "municipal",
            "region": "德宏傣族景颇族自治州",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "说明",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yueyang(), doc_qinzhou(), doc_dehong()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
