# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 772: 自贸片区/综保区管委会公开招聘雇员（政府购买服务岗位）公告, Word + PDF + expected.json.

Conventions used in expected.json for tables:
  * data tables: row -> "header：value；header：value…"; two-level headers joined with ／;
    a value in a vertically merged cell is repeated for every row it covers; a
    horizontally merged cell is written once under the first column it spans; empty cells
    are left out.
  * fill-in forms (报名登记表, no header row): each row -> the non-empty cell texts in
    reading order joined with "；" (a cell's own paragraphs joined with nothing); a cell
    merged over several rows is counted in its first row only.
"""
import json
import os
import subprocess

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
GREY = RGBColor(0x66, 0x66, 0x66)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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


def page_field(fp, size=14):
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))


def setup(doc, pageno=True):
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
    if pageno:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        font(fp.add_run("— "), SONG, 14)
        page_field(fp)
        font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_772", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


def form_table(doc, ncols, spec, widths, vmerges=(), size=12, row_h=None):
    """spec: rows of [(text_or_list_of_paragraphs, colspan, is_label)].
    vmerges: (col, first_row, last_row) for cells merged downwards (text taken from first).
    Returns the clauses (one per row, non-empty cells joined with ；)."""
    t = doc.add_table(rows=len(spec), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    covered = set()
    for col, r0, r1 in vmerges:
        for r in range(r0 + 1, r1 + 1):
            covered.add((r, col))
    clauses = []
    for ri, row_spec in enumerate(spec):
        row = t.rows[ri]
        cant_split(row)
        if row_h and ri in row_h:
            row.height = Cm(row_h[ri])
        c = 0
        texts = []
        for text, span, is_label in row_spec:
            cell = row.cells[c]
            if span > 1:
                cell = cell.merge(row.cells[c + span - 1])
            paras = text if isinstance(text, list) else [text]
            first = paras[0]
            a = C if (is_label or len(first) < 14) else L
            set_cell(cell, first[0] if isinstance(first, tuple) else first,
                     HT if is_label else FS, size, False, a)
            for extra in paras[1:]:
                ptxt, palign = extra if isinstance(extra, tuple) else (extra, L)
                p = cell.add_paragraph()
                font(p.add_run(ptxt), FS, size)
                p.alignment = palign
                p.paragraph_format.line_spacing = Pt(18)
                p.paragraph_format.space_before = Pt(6)
            if (ri, c) not in covered:
                joined = "".join(x[0] if isinstance(x, tuple) else x for x in paras)
                if joined:
                    texts.append(joined)
            c += span
        if texts:
            clauses.append("；".join(texts))
    for col, r0, r1 in vmerges:
        top = t.cell(r0, col)
        txt = "".join(p.text for p in top.paragraphs)
        m = top.merge(t.cell(r1, col))
        set_cell(m, txt, HT, size)
    return t, clauses


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.footer_distance = Cm(1.4)
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    return sec


# =================================================================== DOC A
def doc_qinzhou():
    """红头公告 with 文号 and red rule, 3-line title with odd breaks, position table in the
    body (2-level merged header repeated on every page, vertical merges, 合计, note),
    Shift+Enter paragraph, 附件 报名登记表 on its own page, 版记 at the end."""
    stem = "blind772_qinzhou"
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"

    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 28, False, RED)], align=C, indent=False,
            line=40, before=6)
    add_par(doc, [("钦州港片区管理委员会", XBS, 34, False, RED)], align=C, indent=False, line=46)
    empty(doc, 1, line=20)
    p = add_par(doc, "钦港自贸管〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理委员会2026年公开招聘"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("雇员公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hfont=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, False), (t, FS, 16, False)], align=J)

    body("根据《广西壮族自治区政府雇员管理试行办法》等有关规定，为加强片区专业人才队伍建设，更好服务西部陆海新通道建设和面向东盟的开放合作，经研究，决定面向社会公开招聘雇员12名。现将有关事项公告如下：")
    head("一、招聘岗位及条件")
    body("本次招聘岗位、人数及资格条件如下：")
    H1 = ["序号", "岗位代码", "岗位名称", "招聘人数", "岗位条件", "", "", "备注"]
    H2 = ["", "", "", "", "专业", "学历（学位）", "其他条件", ""]
    hdr = ["序号", "岗位代码", "岗位名称", "招聘人数", "岗位条件／专业",
           "岗位条件／学历（学位）", "岗位条件／其他条件", "备注"]
    BK = "本科及以上学历，学士及以上学位"
    rows = [
        ["1", "QZG2601", "招商引资专员", "3", "经济学类、工商管理类", BK,
         "2年以上招商引资工作经历", "需经常出差"],
        ["2", "QZG2602", "国际贸易专员", "2", "国际经济与贸易、国际商务", BK,
         "大学英语六级425分以上", "RCEP规则研究"],
        ["3", "QZG2603", "东盟语种翻译", "1", "越南语、泰语", BK,
         "相应语种专业八级", "口笔译"],
        ["4", "QZG2604", "港航物流管理", "2", "交通运输、物流工程", "本科及以上学历",
         "有港航企业工作经历者优先", "轮班值守"],
        ["5", "QZG2605", "法务专员", "1", "法学类", "硕士研究生及以上学历",
         "取得法律职业资格证书（A类）", "涉外法务"],
        ["6", "QZG2606", "财务会计", "1", "会计学、财务管理", "本科及以上学历",
         "初级及以上会计职称", "不限户籍"],
        ["7", "QZG2607", "综合文秘", "2", "中国语言文学类", "本科及以上学历",
         "中共党员", "不限户籍"],
    ]
    t = doc.add_table(rows=2 + len(rows) + 1, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [0.8, 2.3, 2.1, 1.0, 2.9, 2.0, 2.9, 1.6])
    for i in range(8):
        set_cell(t.rows[0].cells[i], H1[i], HT, 10.5, line=14)
        set_cell(t.rows[1].cells[i], H2[i], HT, 10.5, line=14)
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=C if ci < 4 else L, line=14)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    for ci in (0, 1, 2, 3, 7):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, H1[ci], HT, 10.5, line=14)
    m = t.cell(0, 4).merge(t.cell(0, 6))
    set_cell(m, "岗位条件", HT, 10.5, line=14)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    m = t.cell(2, 5).merge(t.cell(4, 5))
    set_cell(m, BK, FS, 10.5, line=14)
    m = t.cell(7, 7).merge(t.cell(8, 7))
    set_cell(m, "不限户籍", FS, 10.5, line=14)
    last = 2 + len(rows)
    m = t.cell(last, 0).merge(t.cell(last, 2))
    set_cell(m, "合计", HT, 10.5, line=14)
    set_cell(t.cell(last, 3), "12", HT, 10.5, line=14)
    m = t.cell(last, 4).merge(t.cell(last, 7))
    set_cell(m, "", FS, 10.5, line=14)
    clauses.append("序号：合计；招聘人数：12")
    note = "注：1.专业名称参照《普通高等学校本科专业目录（2024年版）》《研究生教育学科专业目录（2022年）》；2.“以上”“以下”均含本级（数）；3.工作经历计算截至2026年3月31日。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=18, before=4)
    clauses.append(note)
    body("报考人员还须同时具备下列条件：")
    for x in ["1．具有中华人民共和国国籍，遵守宪法和法律，品行端正；",
              "2．年龄18周岁以上、35周岁以下（1990年3月16日至2008年3月16日期间出生），硕士研究生及以上学历的可放宽至40周岁；",
              "3．具有正常履行职责的身体条件。"]:
        body(x)
    body("曾受过刑事处罚、被开除公职、被列为失信联合惩戒对象的，以及法律法规规定不得聘用的人员，不得报考。")
    head("二、报名方式")
    runin("（一）报名时间：", "2026年3月18日9:00至3月27日17:30。")
    runin("（二）报名方式：", "网上报名。报考人员将《报名登记表》（附件）及身份证、毕业证、学位证、资格证书扫描件合并为一个PDF文件，以“岗位代码+姓名”命名，发送至qzgpqrlzy@163.com。每人限报1个岗位。")
    head("三、考试安排")
    runin("（一）笔试。", "暂定于2026年4月11日（星期六）上午举行，地点以准考证为准。")
    runin("（二）面试。", "按笔试成绩从高分到低分1∶3的比例确定面试人选，采取结构化面试。总成绩＝笔试成绩×40%＋面试成绩×60%。")
    head("四、体检、考察和聘用")
    t1 = "按总成绩从高分到低分1∶1确定体检和考察人选，合格的在钦州港片区门户网站公示5个工作日。"
    t2 = "公示无异议的，由片区管委会与其签订雇员劳动合同，合同期限3年，试用期2个月。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p, align=J)
    clauses.extend([t1, t2])
    runin("五、联系方式：", "黄先生、韦女士，0777-3881265（工作日）；监督电话：0777-3881270。", HT)
    empty(doc, 1)
    att = "中国（广西）自由贸易试验区钦州港片区2026年公开招聘雇员报名登记表"
    p = add_par(doc, "附件：" + att, align=J)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    for x in [ORG, "2026年3月16日"]:
        p = add_par(doc, x, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(48)
        p.paragraph_format.keep_with_next = True
    add_par(doc, "（此件公开发布）")

    # ---------- 附件 报名登记表 + 版记
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年公开招聘雇员报名登记表"), XBS, 18)
    fmt(p, align=C, indent=False, line=28, after=6)
    spec = [
        [("报考岗位代码", 1, True), ("", 1, False), ("报考岗位名称", 1, True), ("", 3, False), ("照片", 1, True)],
        [("姓名", 1, True), ("", 1, False), ("性别", 1, True), ("", 1, False), ("出生年月", 1, True), ("", 1, False), ("", 1, True)],
        [("民族", 1, True), ("", 1, False), ("政治面貌", 1, True), ("", 1, False), ("籍贯", 1, True), ("", 1, False), ("", 1, True)],
        [("身份证号码", 1, True), ("", 5, False), ("", 1, True)],
        [("学历学位", 1, True), ("", 1, False), ("毕业时间", 1, True), ("", 1, False), ("毕业院校", 1, True), ("", 2, False)],
        [("所学专业", 1, True), ("", 3, False), ("职称或职业资格", 1, True), ("", 2, False)],
        [("联系电话", 1, True), ("", 1, False), ("电子邮箱", 1, True), ("", 1, False), ("现居住地址", 1, True), ("", 2, False)],
        [("学习及工作经历（自高中起填写）", 1, True), ("", 6, False)],
        [("家庭主要成员及社会关系", 1, True), ("", 6, False)],
        [("本人承诺", 1, True),
         (["本人承诺以上所填信息及提交材料真实、准确、完整，如有虚假，自愿取消考试和聘用资格，并承担相应责任。",
           ("报考人签名：　　　　　　2026年　　月　　日", R)], 6, False)],
    ]
    _, fc = form_table(doc, 7, spec, [2.6, 2.2, 2.2, 2.2, 2.2, 2.0, 2.4],
                       vmerges=[(6, 0, 3)], size=12,
                       row_h={0: 0.9, 1: 0.9, 2: 0.9, 3: 0.9, 7: 3.2, 8: 2.0, 9: 2.2})
    clauses.extend(fc)
    banji(doc, "抄送：自治区人力资源和社会保障厅，钦州市人力资源和社会保障局。",
          "钦州港片区管理委员会党政办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会2026年公开招聘雇员公告",
            "doc_number": "钦港自贸管〔2026〕9号",
            "issuer": [ORG],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_honghe():
    """Two documents in one file: 招聘公告 (no 红头, position table in the body split by a
    manual page break with a hand-typed 续表 header, tab-aligned contact lines, date in
    Chinese numerals, space-aligned 落款, 附件 登记表) + a 补充公告 printed after it."""
    stem = "blind772_honghe"
    doc = Document()
    setup(doc)
    ORG = "中国（云南）自由贸易试验区红河片区管理委员会"

    c1 = []
    p = doc.add_paragraph()
    font(p.add_run("中国（云南）自由贸易试验区红河片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理委员会2026年公开招聘雇员公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, before=12)
    empty(doc, 1)

    def body(t, store=c1):
        store.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, store=c1):
        store.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], align=J)

    body("为加强中国（云南）自由贸易试验区红河片区人才队伍建设，推进面向东南亚的沿边开放和中越跨境经济合作，根据《云南省政府雇员管理办法》有关规定，决定面向社会公开招聘雇员9名。现将有关事项公告如下:")
    head("一、招聘岗位及条件")
    cap = "红河片区2026年公开招聘雇员岗位表（单位：名）"
    hdr = ["岗位代码", "招聘部门", "岗位名称", "招聘人数", "专业要求", "学历要求", "其他条件"]
    rows = [
        ["HH2601", "招商合作局", "招商专员", "2", "经济学类、工商管理类", "大学本科及以上",
         "具有2年以上招商或市场拓展工作经历"],
        ["HH2602", "跨境合作局", "越南语翻译", "2", "越南语", "大学本科及以上",
         "取得越南语专业八级证书或通过越南语能力考试（六级）"],
        ["HH2603", "跨境合作局", "跨境物流专员", "1", "物流管理、物流工程、国际经济与贸易",
         "大学专科及以上", "具有口岸、货代或跨境运输企业工作经历者优先"],
        ["HH2604", "经济发展局", "产业经济分析", "1", "经济学、统计学、金融学", "硕士研究生及以上",
         "熟练使用统计分析软件"],
        ["HH2605", "规划建设局", "规划建设管理", "1", "城乡规划、建筑学、土木工程", "大学本科及以上",
         "具有中级及以上专业技术职称的，学历可放宽至大学专科"],
        ["HH2606", "党政办公室", "综合文秘", "1", "汉语言文学、秘书学、新闻学", "大学本科及以上",
         "中共党员（含预备党员）"],
        ["HH2607", "营商环境服务中心", "政务服务窗口", "1", "不限", "大学专科及以上",
         "河口瑶族自治县户籍或生源；能熟练使用普通话"],
    ]
    add_par(doc, [(cap, HT, 14, False)], align=C, indent=False, before=4, after=4)
    widths = [2.0, 2.2, 2.2, 1.3, 3.2, 1.9, 3.6]

    def ptable(rs):
        t = doc.add_table(rows=1 + len(rs), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, HT, 11, line=15)
        for ri, row in enumerate(rs, 1):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=C if ci < 4 else L, line=15)
            c1.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
        return t

    ptable(rows[:4])
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    ptable(rows[4:])
    nt = "注：岗位要求的工作经历时间计算截至2026年4月30日；“以上”均含本级。"
    add_par(doc, [(nt, FS, 12, False)], indent=False, line=20, before=4)
    c1.append(nt)
    body("报考人员还应当具有中华人民共和国国籍，遵守宪法和法律，品行端正，年龄在18周岁以上、35周岁以下（1990年4月至2008年4月期间出生），身体健康。")
    head("二、报名")
    runin("（一）报名时间。", "2026年4月21日至4月30日（工作日上午8:30-11:30，下午14:30-17:30）。")
    runin("（二）报名方式。", "现场报名地点：河口瑶族自治县滨河路红河片区管委会1号楼302室；也可将材料发送至hhpqzp2026@163.com，邮件主题注明“岗位代码+姓名”。")
    runin("（三）报名材料。", "报考人员须提交：")
    for x in ["1.《报名登记表》（见附件）一式两份；",
              "2.身份证、毕业证、学位证原件及复印件；",
              "3.岗位要求的资格证书、工作经历证明等材料。"]:
        body(x)
    head("三、考试与聘用")
    body("笔试定于2026年5月9日上午9:00-11:30在红河片区管委会进行，按笔试成绩从高到低以1:3的比例确定面试人选；面试采取结构化面试。总成绩按笔试、面试成绩各占50%计算。按总成绩从高到低等额确定体检、考察人选，合格并经公示无异议的，签订雇员聘用合同，合同期一般为3年。")
    body("雇员月薪酬标准4800-6500元（含个人应缴纳的社会保险费和住房公积金），另按规定享受边境津贴。")
    head("四、联系方式")
    for x in ["联系人：杨女士、陶先生\t联系电话：0873-3426618",
              "监督单位：片区纪检监察室\t监督电话：0873-3426602"]:
        p = add_par(doc, x)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.2))
        c1.append(x)
    empty(doc, 1)
    att = "中国（云南）自由贸易试验区红河片区2026年公开招聘雇员报名登记表"
    add_par(doc, "附件：" + att)
    empty(doc, 1)
    add_par(doc, " " * 22 + "中国（云南）自由贸易试验区红河片区", indent=False)
    add_par(doc, " " * 36 + "管理委员会", indent=False)
    add_par(doc, " " * 34 + "二〇二六年四月二十日", indent=False)

    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [(att, XBS, 18, False)], align=C, indent=False, line=30, after=8)
    spec = [
        [("报考岗位", 1, True), ("", 3, False), ("岗位代码", 1, True), ("", 1, False)],
        [("姓　　名", 1, True), ("", 1, False), ("性　　别", 1, True), ("", 1, False), ("出生年月", 1, True), ("", 1, False)],
        [("民　　族", 1, True), ("", 1, False), ("政治面貌", 1, True), ("", 1, False), ("户籍所在地", 1, True), ("", 1, False)],
        [("最高学历", 1, True), ("", 1, False), ("毕业院校及专业", 1, True), ("", 3, False)],
        [("身份证号", 1, True), ("", 3, False), ("联系电话", 1, True), ("", 1, False)],
        [("外语或少数民族语言水平", 1, True), ("", 5, False)],
        [("个人简历", 1, True), ("", 5, False)],
        [("报考人声明", 1, True),
         (["上述填写内容和提供的相关依据真实，符合招聘公告的报考条件。如有不实，弄虚作假，本人自愿放弃聘用资格并承担相应责任。",
           ("报考人（签名）：　　　　　　年　　月　　日", R)], 5, False)],
        [("审核意见", 1, True), ([("", L), ("审核人（签名）：　　　　　　年　　月　　日", R)], 5, False)],
    ]
    _, fc = form_table(doc, 6, spec, [2.8, 2.6, 2.8, 2.2, 2.6, 2.6], size=12,
                       row_h={0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 1.4, 6: 6.0, 7: 2.6, 8: 2.2})
    c1.extend(fc)

    # ------------------------------------------------------------ document 2
    c2 = []
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    font(p.add_run("中国（云南）自由贸易试验区红河片区管理委员会"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于2026年公开招聘雇员有关事项调整的"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("补充公告"), XBS, 20)
    fmt(p, align=C, indent=False, line=34, before=12)
    empty(doc, 1)
    body("我委于2026年4月20日发布了《中国（云南）自由贸易试验区红河片区管理委员会2026年公开招聘雇员公告》。因工作需要，经研究，现对有关事项作如下调整：", c2)
    body("一、HH2605岗位（规划建设管理）专业要求调整为“城乡规划、建筑学、土木工程、工程管理、测绘工程”，其他条件不变。", c2)
    body("二、报名截止时间由2026年4月30日延长至2026年5月8日17:30，笔试时间相应调整为2026年5月16日上午9:00-11:30，地点不变。", c2)
    body("三、已报名人员无需重新报名。原公告其他内容不变。", c2)
    add_par(doc, "特此公告。")
    empty(doc, 2)
    add_par(doc, " " * 22 + "中国（云南）自由贸易试验区红河片区", indent=False)
    add_par(doc, " " * 36 + "管理委员会", indent=False)
    add_par(doc, " " * 33 + "二〇二六年四月二十八日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {"doc_number": None, "issuer": [ORG], "published": None, "level": "municipal",
            "region": "红河哈尼族彝族自治州", "effective": None, "expires": None,
            "doc_type": "公告", "recipients": [], "publicity": None, "repeals": None}
    m1 = dict(base, title="中国（云南）自由贸易试验区红河片区管理委员会2026年公开招聘雇员公告",
              date="2026-04-20", attachments=[att])
    m2 = dict(base, title="中国（云南）自由贸易试验区红河片区管理委员会关于2026年公开招聘雇员有关事项调整的补充公告",
              date="2026-04-28", attachments=[])
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients", "publicity",
             "repeals"]
    expected[stem] = [{"meta": {k: m1[k] for k in order}, "clauses": c1},
                      {"meta": {k: m2[k] for k in order}, "clauses": c2}]
    return path


# =================================================================== DOC C
def doc_ganzhou():
    """Website-style print: no 红头, 发布时间 line under the title (publication date differs
    from 落款 date), Word auto-numbering for 一、/（一）, half-width spaces typed as indent,
    half-width punctuation mixed in, 落款 in a borderless layout table, 附件1 岗位表 with a
    repeated header row, 附件2 报名登记表."""
    stem = "blind772_ganzhou"
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "赣州综合保税区管理委员会"
    n_head = make_numbering(doc, "%1、")
    n_sub1 = make_numbering(doc, "（%1）")
    n_sub2 = make_numbering(doc, "（%1）")

    p = doc.add_paragraph()
    font(p.add_run("赣州综合保税区管理委员会2026年"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("公开招聘政府购买服务岗位工作人员公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, before=6)
    p = add_par(doc, [("发布时间：2026-02-27 09:30　　来源：赣州综合保税区管理委员会", SONG, 10.5, False, GREY)],
                align=C, indent=False, line=20, after=6)
    border(p, "bottom", "BFBFBF", 6, 6)
    empty(doc, 1)

    SP = "    "

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False, align=J)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    cnt = {}

    def item(nid, h, t):
        cnt[nid] = cnt.get(nid, 0) + 1
        clauses.append("（%s）%s%s" % ("一二三四五六七八九十"[cnt[nid] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32), align=J)
        apply_num(p, nid)

    body("根据《江西省政府购买服务管理办法》等有关规定，赣州综合保税区管理委员会（以下简称综保区管委会）决定以政府购买服务方式公开招聘工作人员8名，由第三方人力资源服务机构签订劳动合同后派驻综保区管委会工作。现将有关事项公告如下：")
    head("招聘岗位")
    body("共招聘8名，具体岗位及资格条件详见附件1。")
    head("报名条件")
    body("1、遵守中华人民共和国宪法和法律，品行端正;")
    body("2、年龄在18周岁以上、35周岁以下（1990年3月10日至2008年3月10日期间出生）;")
    body("3、具备岗位所需的学历、专业和其他条件，身体健康。")
    body("现役军人、在读全日制普通高校非应届毕业生、机关事业单位在编人员不得报考。")
    head("报名时间、地点及方式")
    item(n_sub1, "报名时间：", "2026年3月2日至3月10日（上午8:30-12:00，下午14:30-17:30，双休日除外）。")
    item(n_sub1, "报名地点：", "赣州市南康区龙岭镇综保大道8号综保区管委会综合服务大楼3楼人力资源部。")
    item(n_sub1, "报名方式：", "现场报名。须携带身份证、毕业证书、资格证书原件及复印件，填写《报名登记表》（附件2）。")
    head("考试和聘用")
    item(n_sub2, "笔试。", "2026年3月21日（星期六）上午9:00-11:00，测试公共基础知识和岗位相关知识。")
    item(n_sub2, "面试。", "按岗位招聘人数1:3的比例确定面试对象，面试合格分数线为65分。")
    item(n_sub2, "聘用。", "总成绩按“笔试成绩×50%+面试成绩×50%”计算，体检、考察合格并经公示后，与第三方人力资源服务机构签订劳动合同，月综合收入4000-5800元。")
    head("联系方式")
    body("咨询电话:0797-6682315（刘女士）　　监督电话:0797-6682300")
    empty(doc, 1)
    att1 = "赣州综合保税区2026年政府购买服务岗位计划表"
    att2 = "赣州综合保税区政府购买服务岗位报名登记表"
    add_par(doc, SP + "附件：1." + att1, indent=False)
    add_par(doc, SP + "　　　2." + att2, indent=False)
    empty(doc, 1)
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    col_widths(lt, [7.0, 8.6])
    set_cell(lt.cell(0, 1), ORG, FS, 16, line=28)
    set_cell(lt.cell(1, 1), "2026年2月26日", FS, 16, line=28)

    # 附件1 岗位表
    add_par(doc, [("附件1", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [(att1, XBS, 18, False)], align=C, indent=False, line=30, after=2)
    add_par(doc, [("单位：人", FS, 12, False)], align=R, indent=False, line=20)
    hdr = ["序号", "岗位代码", "岗位名称", "人数", "专业", "学历", "其他条件"]
    rows = [
        ["1", "GZB01", "企业服务专员", "2", "经济学类、工商管理类、法学类", "本科及以上",
         "具有1年以上企业服务或行政审批相关工作经历"],
        ["2", "GZB02", "关务协管员", "2", "国际经济与贸易、海关管理、物流管理", "大专及以上",
         "持有报关水平测试证书或具有报关工作经历者优先"],
        ["3", "GZB03", "招商助理", "1", "不限", "本科及以上",
         "大学英语四级及以上，能适应经常性出差"],
        ["4", "GZB04", "安全生产监管辅助", "2", "安全工程、消防工程、化学工程与工艺", "大专及以上",
         "持有注册安全工程师证书的，年龄可放宽至40周岁"],
        ["5", "GZB05", "信息系统运维", "1", "计算机类", "本科及以上",
         "熟悉网络安全及数据库运维，具有相关工作经历者优先"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.1, 2.1, 2.5, 1.1, 3.5, 1.7, 4.4])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        t.rows[ri].height = Cm(1.6)
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=C if ci < 4 or ci == 5 else L)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note = "说明:专业参照教育部最新普通高等学校本科、高职（专科）专业目录；年龄、工作经历计算截止时间为2026年3月10日。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    # 附件2 登记表
    add_par(doc, [("附件2", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [(att2, XBS, 18, False)], align=C, indent=False, line=30, after=8)
    spec = [
        [("姓名", 1, True), ("", 1, False), ("性别", 1, True), ("", 1, False), ("出生年月", 1, True), ("", 1, False), ("近期免冠照片", 1, True)],
        [("民族", 1, True), ("", 1, False), ("籍贯", 1, True), ("", 1, False), ("政治面貌", 1, True), ("", 1, False), ("", 1, True)],
        [("报考岗位及代码", 1, True), ("", 3, False), ("婚姻状况", 1, True), ("", 1, False), ("", 1, True)],
        [("学历", 1, True), ("", 1, False), ("毕业院校及专业", 1, True), ("", 3, False), ("", 1, True)],
        [("身份证号码", 1, True), ("", 3, False), ("联系电话", 1, True), ("", 2, False)],
        [("家庭住址", 1, True), ("", 6, False)],
        [("主要学习及工作经历", 1, True), ("", 6, False)],
        [("所获证书及奖励", 1, True), ("", 6, False)],
        [("诚信承诺", 1, True),
         (["本人已仔细阅读招聘公告，所填信息及所提供材料均真实有效，如有弄虚作假，自愿取消聘用资格。",
           ("承诺人（签名）：　　　　　　年　　月　　日", R)], 6, False)],
        [("资格审查意见", 1, True), ([("", L), ("审查人：　　　　　　年　　月　　日", R)], 6, False)],
    ]
    _, fc = form_table(doc, 7, spec, [2.4, 2.0, 2.2, 2.0, 2.2, 2.0, 2.8],
                       vmerges=[(6, 0, 3)], size=12,
                       row_h={0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 1.0, 6: 5.5, 7: 2.2, 8: 2.6, 9: 2.0})
    clauses.extend(fc)
    tn = "注：此表一式两份，须如实填写，字迹工整。"
    add_par(doc, [(tn, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(tn)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "赣州综合保税区管理委员会2026年公开招聘政府购买服务岗位工作人员公告",
            "doc_number": None,
            "issuer": [ORG],
            "date": "2026-02-26",
            "published": "2026-02-27",
            "level": "municipal",
            "region": "赣州市",
            "effective": None,
            "expires": None,
            "attachments": [att1, att2],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_honghe(), doc_ganzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
