# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 713 blind test documents: 自贸试验区联动创新区建设考核评价办法 + 考核评分表."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    a = ascii_font or east
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:cs"), a)


def fmt_para(p, align=None, indent_chars=0, size=16, line=28.9, before=0, after=0,
             left=None, right=None, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)


def add_runs(p, segs, default_font=FS, size=16):
    """segs: list of (text, font, bold) or str. '\n' inside text => soft line break."""
    for seg in segs:
        if isinstance(seg, str):
            seg = (seg, default_font, False)
        text, font, bold = seg[0], seg[1], seg[2]
        color = seg[3] if len(seg) > 3 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                r = p.add_run()
                set_font(r, font, size, bold, color)
                r.add_break()
            if part:
                r = p.add_run(part)
                set_font(r, font, size, bold, color)


def seg_text(segs):
    out = []
    for s in segs:
        out.append((s if isinstance(s, str) else s[0]).replace("\n", ""))
    return "".join(out)


def para(container, segs, clauses=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2,
         size=16, line=28.9, font=FS, **kw):
    if isinstance(segs, str):
        segs = [segs]
    p = container.add_paragraph()
    fmt_para(p, align=align, indent_chars=indent, size=size, line=line, **kw)
    add_runs(p, segs, font, size)
    if clauses is not None:
        clauses.append(seg_text(segs))
    return p


def empty(container, n=1, size=16, line=28.9):
    for _ in range(n):
        p = container.add_paragraph()
        fmt_para(p, size=size, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p, line=28.9)
    p.add_run().add_break(WD_BREAK.PAGE)


def border_para(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
        sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.6) if not landscape else Cm(1.2)


def add_field(p, instr, font="宋体", size=14):
    r = p.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._element.append(fc)
    r = p.add_run()
    set_font(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._element.append(it)
    r = p.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._element.append(fc)
    r = p.add_run("1")
    set_font(r, font, size)
    r = p.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._element.append(fc)


def page_number_footer(sec, left="— ", right=" —", align=WD_ALIGN_PARAGRAPH.CENTER):
    sec.footer.is_linked_to_previous = False
    p = sec.footer.paragraphs[0]
    p.alignment = align
    r = p.add_run(left)
    set_font(r, "宋体", 14)
    add_field(p, "PAGE")
    r = p.add_run(right)
    set_font(r, "宋体", 14)


def tbl_borders(table, val="single", sz=4, color="000000"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblPr.append(b)


def no_borders(table):
    tbl_borders(table, val="nil", sz=0, color="auto")


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def write_cell(cell, text, font=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
               valign=WD_CELL_VERTICAL_ALIGNMENT.CENTER, line=None):
    cell.vertical_alignment = valign
    p = cell.paragraphs[0]
    fmt_para(p, align=align, indent_chars=0, size=size, line=line)
    if line is None:
        p.paragraph_format.line_spacing = 1.0
    add_runs(p, [(text, font, bold)], font, size)


def score_table(doc, cols, widths_cm, header, body, clauses, size=11, header_font=HT,
                center_cols=(0, 1, 2, 4)):
    """header: list of header rows (each a list of cell values; '<<' = merge left,
    None = merge above). body: list of rows (same conventions).  Column names for
    clauses come from `cols`.  Spanning rows => clause is their text alone."""
    grid = header + body
    nrows, ncols = len(grid), len(cols)
    t = doc.add_table(rows=nrows, cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t)
    t.autofit = False
    for c in range(ncols):
        t.columns[c].width = Cm(widths_cm[c])
    for r in range(nrows):
        for c in range(ncols):
            t.cell(r, c).width = Cm(widths_cm[c])
    for r in range(len(header)):
        repeat_header(t.rows[r])
    # horizontal merges first
    for r in range(nrows):
        c = 0
        while c < ncols:
            end = c
            while end + 1 < ncols and grid[r][end + 1] == "<<":
                end += 1
            if end > c:
                t.cell(r, c).merge(t.cell(r, end))
            c = end + 1
    # vertical merges
    for c in range(ncols):
        r = 0
        while r < nrows:
            end = r
            while end + 1 < nrows and grid[end + 1][c] is None:
                end += 1
            if end > r:
                t.cell(r, c).merge(t.cell(end, c))
            r = end + 1
    # fill
    for r in range(nrows):
        is_head = r < len(header)
        for c in range(ncols):
            v = grid[r][c]
            if v is None or v == "<<":
                continue
            span_row = all(x == "<<" for x in grid[r][1:])
            if is_head:
                write_cell(t.cell(r, c), v, header_font, size + 1, False,
                           WD_ALIGN_PARAGRAPH.CENTER)
                shade(t.cell(r, c), "F2F2F2")
            elif span_row:
                write_cell(t.cell(r, c), v, HT, size + 1, False, WD_ALIGN_PARAGRAPH.LEFT)
            else:
                al = WD_ALIGN_PARAGRAPH.CENTER if c in center_cols else WD_ALIGN_PARAGRAPH.JUSTIFY
                write_cell(t.cell(r, c), v, FS, size, False, al)
    # clauses
    last = [None] * ncols
    for r in range(len(header), nrows):
        row = grid[r]
        if all(x == "<<" for x in row[1:]):
            clauses.append(row[0].replace("\n", ""))
            last = [None] * ncols
            continue
        parts = []
        for c in range(ncols):
            v = row[c]
            if v == "<<":
                continue
            if v is None:
                v = last[c]
            else:
                last[c] = v
            if v:
                parts.append("%s：%s" % (cols[c], v.replace("\n", "")))
        clauses.append("；".join(parts))
    return t


def add_numbering_article(doc, font=HT):
    """Word auto numbering: 第一条、第二条 ... (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = "713", "713"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "第%1条　"), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(a), font if a != "w:hint" else "eastAsia")
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must come before any w:num
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), abs_id)
    num.append(ani)
    numbering.append(num)
    return num_id


def numbered_para(doc, num_id, text, clauses, number_label, size=16):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=size, line=28.9)
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numPr.append(il)
    numPr.append(ni)
    ppr.insert(0, numPr)
    p.paragraph_format.first_line_indent = Pt(32)
    add_runs(p, [text], FS, size)
    clauses.append("%s　%s" % (number_label, text.replace("\n", "")))
    return p


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
      "十三", "十四", "十五"]


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    setup_section(doc.sections[0])
    return doc


def title(doc, text, size=22, before=0, after=0):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=size, line=36, before=before, after=after)
    add_runs(p, [(text, XBS, False)], XBS, size)
    return p


def meta(title_, doc_number, issuer, date, level, region, doc_type, recipients=None,
         attachments=None, effective=None, expires=None, publicity=None, repeals=None,
         published=None):
    return {
        "title": title_, "doc_number": doc_number, "issuer": issuer, "date": date,
        "published": published, "level": level, "region": region,
        "effective": effective, "expires": expires,
        "attachments": attachments or [], "doc_type": doc_type,
        "recipients": recipients or [], "publicity": publicity, "repeals": repeals,
    }


COLS = ["一级指标", "二级指标", "分值", "评分标准", "数据来源"]


# ================================================================ doc 1: 温州
def doc_wenzhou():
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec)
    # 版头
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=30, line=None, before=6)
    add_runs(p, [("温州市人民政府办公室文件", XBS, False, RED)], XBS, 30)
    empty(doc, 1)
    p = para(doc, "温政办〔2025〕47号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border_para(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title with soft line break (typed with Shift+Enter)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, line=36)
    add_runs(p, [("温州市人民政府办公室关于印发\n温州市自贸试验区联动创新区建设\n考核评价办法的通知", XBS, False)], XBS, 22)
    empty(doc, 1)
    para(doc, "各县（市、区）人民政府，市政府直属各单位：", indent=0)
    n_cl = []
    para(doc, "《温州市自贸试验区联动创新区建设考核评价办法》已经市政府同意，现印发给你们，请认真贯彻执行。", n_cl)
    para(doc, "各县（市、区）、各有关单位要对照考核评分表，梳理形成本地区本部门年度工作任务清单，于每年3月15日前报送市商务局（市自贸办）。执行中遇到的问题，请及时向市商务局（市自贸办）反馈。", n_cl)
    empty(doc, 1)
    # 落款 aligned with typed spaces
    para(doc, "　　　　　　　　　　　　　温州市人民政府办公室", indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "　　　　　　　　　　　　　　　2025年9月18日", indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "（此件公开发布）", indent=2)
    page_break(doc)

    # 办法
    b_cl = []
    title(doc, "温州市自贸试验区联动创新区\n建设考核评价办法")
    empty(doc, 1)

    def art(no, text):
        para(doc, [("第%s条" % no, HT, True), "　" + text], b_cl)

    def item(label, head, text):
        para(doc, [(label + head, KT, True), text], b_cl)

    art("一", "为深入实施自由贸易试验区提升战略，推动中国（浙江）自由贸易试验区制度创新成果在我市复制推广和联动发展，充分发挥联动创新区改革开放试验田作用，根据《浙江省人民政府办公厅关于推进中国（浙江）自由贸易试验区联动创新区建设的指导意见》等文件精神，结合我市实际，制定本办法。")
    art("二", "本办法适用于对温州市自贸试验区联动创新区（以下简称联动创新区）所在县（市、区）人民政府及温州经济技术开发区管委会（以下统称考核对象）的年度考核评价。")
    art("三", "考核评价工作坚持以下原则：")
    item("（一）", "突出制度创新。", "以制度创新为核心，重点考核首创性、差异化改革探索成效。")
    item("（二）", "注重实绩导向。", "坚持定量与定性相结合，以数据说话、凭实绩评价。")
    item("（三）", "坚持公开公正。", "考核标准、程序和结果公开透明，接受各方监督。")
    art("四", "市自贸试验区联动创新区建设工作领导小组（以下简称市领导小组）负责统筹考核评价工作，市领导小组办公室（设在市商务局）负责具体组织实施，市发展改革委、市财政局、市统计局、温州海关、国家外汇管理局温州市分局等成员单位按职责提供相关数据和评价意见。")
    art("五", "考核内容包括制度创新、开放型经济发展、产业发展、营商环境和组织保障等5个方面，具体指标、分值和评分标准见附件《温州市自贸试验区联动创新区建设考核评分表》。")
    art("六", "考核实行百分制，另设加分项和扣分项。加分项累计最高加10分，扣分项累计最高扣10分。考核总得分=基础指标得分+加分项得分-扣分项得分。")
    art("七", "考核评价每年开展一次，考核周期为上一年度1月1日至12月31日，按照以下程序进行：")
    item("（一）", "自评报告。", "考核对象于每年1月20日前对照评分表开展自评，形成自评报告并附佐证材料报送市领导小组办公室。")
    item("（二）", "部门评价。", "市领导小组各成员单位根据职责分工，于每年2月10日前对相关指标进行审核评分。")
    item("（三）", "综合评定。", "市领导小组办公室汇总评分结果，必要时组织实地核查或第三方评估，形成考核结果建议。")
    item("（四）", "结果审定。", "考核结果建议经市领导小组审定后，在一定范围内通报。")
    # soft line break in the middle of an article
    art("八", "考核结果分为优秀、良好、合格、不合格四个等次。考核总得分90分（含）以上的为优秀，80分（含）至90分的为良好，\n60分（含）至80分的为合格，60分以下的为不合格。优秀等次原则上不超过考核对象总数的30%。")
    art("九", "考核结果的运用：")
    para(doc, "（一）考核结果纳入对县（市、区）年度综合考评“开放提升”相关指标。", b_cl)
    para(doc, "（二）对考核结果为优秀的考核对象，在市级开放型经济发展专项资金安排、改革试点事项争取等方面予以倾斜支持。", b_cl)
    para(doc, "（三）对考核结果为不合格的考核对象，由市领导小组办公室进行约谈，督促其限期整改。", b_cl)
    art("十", "考核对象应当如实报送考核材料。对弄虚作假、虚报瞒报的，一经查实，取消当年度评优资格，考核等次直接确定为不合格，并予以通报批评。")
    art("十一", "本办法由市商务局（市自贸办）负责解释。")
    art("十二", "本办法自2025年10月20日起施行，有效期至2028年10月19日。")
    empty(doc, 1)
    para(doc, "附件：温州市自贸试验区联动创新区建设考核评分表", indent=2)

    # 附件 in a landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s2, landscape=True)
    page_number_footer(s2)
    para(doc, [("附件", HT, False)], indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    title(doc, "温州市自贸试验区联动创新区建设考核评分表", size=20, after=6)
    L1a, L1b, L1c, L1d, L1e = ("制度创新\n（25分）", "开放型经济发展\n（30分）", "产业发展\n（20分）",
                               "营商环境\n（15分）", "组织保障\n（10分）")
    body = [
        [L1a, "制度创新成果", "10", "每形成1项经市领导小组办公室认定的制度创新成果得2分，每有1项成果被省级以上部门发文复制推广的另加1分，最高10分。", "市商务局（市自贸办）"],
        [None, "改革试点经验复制推广", "8", "对照国务院和省政府部署的自贸试验区改革试点经验复制推广清单，按时完成复制推广任务的得6分，每有1项未按期落实扣1分，扣完为止；形成复制推广典型案例的，每个得1分，最高2分。", "市商务局、市级相关部门"],
        [None, "首创性探索", "7", "在数字贸易、民营经济、海洋经济等领域开展全国首创性改革探索的，每项得3分；开展全省首创性改革探索的，每项得2分，最高7分。", "市领导小组办公室、市委改革办"],
        [L1b, "货物贸易", "10", "以全市进出口总额平均增速为基准，增速等于全市平均水平的得6分，每高出1个百分点加0.5分，每低于1个百分点扣0.5分，最高10分，最低0分。", "温州海关、市统计局"],
        [None, "利用外资", "10", "实际使用外资完成年度目标任务的得6分；新引进总投资1亿美元以上外资项目的，每个得2分，最高10分。", "市商务局"],
        [None, "贸易新业态", "10", "1.跨境电商进出口额增速高于全市平均水平的得4分；\n2.新增市场采购贸易、离岸贸易、保税维修等新业态试点的，每项得2分；新培育省级以上跨境电商产业园或公共海外仓的，每个得1分，最高6分。", "市商务局、温州海关、温州外汇局"],
        [L1c, "重大项目招引", "10", "当年新签约总投资10亿元以上产业项目的，每个得2分；新开工总投资5亿元以上产业项目的，每个得1分，最高10分。", "市发展改革委、市投资促进局"],
        [None, "特色产业培育", "10", "围绕主导产业形成特色产业集群，产业集群营业收入增速达到10%的得5分，每高出1个百分点加0.5分，最高10分。", "市经信局、市统计局"],
        [L1d, "贸易投资便利化", "8", "进口、出口整体通关时间较上年压缩的，各得2分；推行“证照分离”“一业一证”等改革事项，每落地1项得1分，最高4分。", "温州海关、市市场监管局"],
        [None, "政务服务效能", "7", "企业开办、项目审批等事项办理时限较法定时限压缩50%以上的得4分；在全市营商环境评价中位列前三位的得3分。", "市政务服务局"],
        [L1e, "工作机制", "5", "建立联动创新区建设工作专班并实质性运作的得2分；制定年度工作要点并按时报送的得2分；按时报送季度进展情况的得1分。", "市领导小组办公室"],
        [None, "信息报送与宣传", "5", "工作信息被市级以上刊物采用的，每篇得0.5分；被省级以上媒体报道的，每篇得1分，最高5分。", "市领导小组办公室、市委宣传部"],
        ["加分项（累计最高加10分）", "<<", "<<", "<<", "<<"],
        ["争先创优", "国家级肯定", "最高加5分", "制度创新成果被国务院或国家部委发文复制推广的，每项加3分；获国务院督查激励或国家部委通报表扬的，每次加2分，最高加5分。", "市领导小组办公室"],
        [None, "省级肯定", "最高加3分", "获省委、省政府领导肯定性批示的，每次加1分；工作经验在全省会议上作交流发言的，每次加1分，最高加3分。", "市委办公室、市政府办公室"],
        ["平台建设", "开放平台获批", "最高加2分", "新获批综合保税区、保税物流中心（B型）、进口贸易促进创新示范区等国家级开放平台的，每个加2分。", "市商务局、温州海关"],
        ["扣分项（累计最高扣10分）", "<<", "<<", "<<", "<<"],
        ["工作落实", "任务推进", "最高扣5分", "年度重点任务未按期完成的，每项扣1分；被市领导小组通报督办的，每次扣2分，最高扣5分。", "市领导小组办公室"],
        [None, "数据报送", "最高扣2分", "未按要求报送统计数据或报送数据失实的，每次扣0.5分，最高扣2分。", "市统计局、市领导小组办公室"],
        ["风险防控", "安全生产与风险事件", "最高扣3分", "区域内发生重大安全生产事故、重大走私案件或造成重大不良影响的负面事件的，每起扣3分。", "市应急管理局、温州海关"],
        ["合计", "<<", "100", "", ""],
    ]
    s_cl = []
    score_table(doc, COLS, [2.8, 3.2, 1.8, 13.0, 3.9], [COLS[:]], body, s_cl, size=11)

    # 版记 back in portrait, as a 2-row table with only horizontal rules
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s3)
    page_number_footer(s3)
    empty(doc, 14)
    t = doc.add_table(rows=2, cols=1)
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, v in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                    ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), v)
        el.set(qn("w:sz"), "8" if v == "single" else "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000" if v == "single" else "auto")
        b.append(el)
    tblPr.append(b)
    c = t.cell(0, 0)
    p = c.paragraphs[0]
    fmt_para(p, size=14, line=None, left=14, hanging=0)
    add_runs(p, ["抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，温州军分区。"], FS, 14)
    c = t.cell(1, 0)
    p = c.paragraphs[0]
    fmt_para(p, size=14, line=None, left=14)
    add_runs(p, ["温州市人民政府办公室　　　　　　　　2025年9月19日印发"], FS, 14)

    path = os.path.join(HERE, "blind713_wenzhou_tongzhi.docx")
    doc.save(path)
    issuer = ["温州市人民政府办公室"]
    exp = [
        {"meta": meta("温州市人民政府办公室关于印发温州市自贸试验区联动创新区建设考核评价办法的通知",
                      "温政办〔2025〕47号", issuer, "2025-09-18", "municipal", "温州市", "通知",
                      recipients=["各县（市、区）人民政府", "市政府直属各单位"],
                      publicity="此件公开发布"),
         "clauses": n_cl},
        {"meta": meta("温州市自贸试验区联动创新区建设考核评价办法", None, issuer, "2025-09-18",
                      "municipal", "温州市", "办法",
                      attachments=["温州市自贸试验区联动创新区建设考核评分表"],
                      effective="2025-10-20", expires="2028-10-19"),
         "clauses": b_cl + s_cl},
    ]
    return path, exp


# ================================================================ doc 2: 许昌 (joint)
def doc_xuchang():
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec, "- ", " -")
    num_id = add_numbering_article(doc)
    # 版头: organs stacked in a layout table with 文件 merged on the right
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, org in enumerate(["许昌市商务局", "许昌市财政局", "许昌市统计局"]):
        c = t.cell(r, 0)
        c.width = Cm(10.5)
        p = c.paragraphs[0]
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, size=28, line=None)
        add_runs(p, [(org, XBS, False, RED)], XBS, 28)
    right = t.cell(0, 1).merge(t.cell(2, 1))
    right.width = Cm(4.5)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=28, line=None)
    add_runs(p, [("文件", XBS, False, RED)], XBS, 36)
    empty(doc, 1)
    p = para(doc, "许商务〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border_para(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    title(doc, "关于印发《许昌市自贸试验区联动创新区建设")
    title(doc, "考核评价办法》的通知")
    empty(doc, 1)
    para(doc, "各县（市、区）商务主管部门、财政局、统计局，市直有关单位：", indent=0)
    n_cl = []
    para(doc, "为贯彻落实《河南省人民政府关于支持建设中国（河南）自由贸易试验区联动创新区的意见》，科学评价我市自贸试验区联动创新区建设成效，市商务局会同市财政局、市统计局研究制定了《许昌市自贸试验区联动创新区建设考核评价办法》，经市政府同意，现印发给你们，请结合实际认真抓好落实。", n_cl)
    para(doc, "2026年度考核工作按照新办法执行。各地要高度重视，明确分管领导和具体联络员，于2026年3月31日前将联络员名单报送市商务局自贸工作科。", n_cl)
    para(doc, "联系人：市商务局自贸工作科李晓峰，联系电话：0374-2961235。", n_cl)
    empty(doc, 1)
    para(doc, "附件：许昌市自贸试验区联动创新区建设考核评价办法", indent=2)
    empty(doc, 3)
    # 落款: layout table, two organs per row
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    for r, c, txt in ((0, 0, "许昌市商务局"), (0, 1, "许昌市财政局"), (1, 0, ""), (1, 1, "许昌市统计局")):
        p = t.cell(r, c).paragraphs[0]
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=16, line=28.9)
        add_runs(p, [txt], FS, 16)
    empty(doc, 1)
    para(doc, "2026年2月26日", indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    empty(doc, 1)
    para(doc, "（此件主动公开）", indent=2)
    page_break(doc)

    b_cl = []
    title(doc, "许昌市自贸试验区联动创新区")
    title(doc, "建设考核评价办法")
    empty(doc, 1)
    arts = [
        "为科学评价全市自贸试验区联动创新区（以下简称联动创新区）建设成效，激励各地对标中国（河南）自由贸易试验区开展差异化探索，根据《中国（河南）自由贸易试验区联动创新区建设实施方案》有关要求，结合我市实际，制定本办法。",
        "本办法所称考核对象，是指许昌市联动创新区所在县（市、区）及许昌经济技术开发区、城乡一体化示范区、东城区（以下统称各地）。",
        "考核评价由市商务局牵头，会同市财政局、市统计局组织实施。市发展改革委、市工业和信息化局、市市场监管局、市政务服务和大数据管理局、许昌海关等单位按职责分工负责相关指标的数据核定。",
        "考核指标由基础指标、加分项和扣分项构成。基础指标包括制度创新、对外开放、产业集聚、营商环境和工作保障五类，满分100分；加分项最高加8分；扣分项最高扣10分。具体见附件。",
        "考核采取日常监测与年终考核相结合的方式。日常监测按季度开展，年终考核按以下步骤进行：",
    ]
    k = 0
    for a in arts:
        numbered_para(doc, num_id, a, b_cl, "第%s条" % CN[k]); k += 1
    for it in ["（一）各地于次年1月15日前报送年度工作总结和自评表；",
               "（二）市直有关单位于次年1月31日前完成数据核定，并将评分结果书面反馈市商务局；",
               "（三）市商务局会同市财政局、市统计局组织开展综合评议，形成考核结果报市政府审定。"]:
        para(doc, it, b_cl)
    arts2 = [
        "涉及统计数据的指标，以统计部门或行业主管部门正式发布的数据为准；无正式发布数据的，以各地提供并经市直有关单位核实的数据为准。",
        "考核结果按得分高低分为A、B、C三个等级。得分在90分以上（含90分）的为A等级，75分以上（含75分）不足90分的为B等级，不足75分的为C等级。",
        "市财政局根据考核结果，对A等级的联动创新区，从市级商务发展专项资金中给予每个不超过100万元的奖励；对B等级的给予每个不超过50万元的奖励。奖励资金主要用于制度创新、开放平台建设和公共服务能力提升。",
        "对考核结果为C等级的，由市商务局对其进行约谈，被约谈单位应当在1个月内提交整改报告。连续两年为C等级的，按程序提请省商务厅调整其联动创新区建设任务。",
        "各地应当对报送材料的真实性负责。对弄虚作假、虚报数据的，取消其当年度考核奖励资格，已拨付奖励资金的予以追回。",
        "本办法由市商务局会同市财政局、市统计局负责解释。",
        "本办法自2026年3月1日起施行，有效期至2029年2月28日。《许昌市自贸试验区联动创新区建设考核办法（试行）》（许商务〔2023〕41号）同时废止。",
    ]
    for a in arts2:
        numbered_para(doc, num_id, a, b_cl, "第%s条" % CN[k]); k += 1
    empty(doc, 1)
    para(doc, "附件：许昌市自贸试验区联动创新区建设考核评分表", indent=2)
    page_break(doc)

    para(doc, [("附件", HT, False)], indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    title(doc, "许昌市自贸试验区联动创新区建设考核评分表", size=20, after=6)
    body = [
        ["制度创新\n（20分）", "制度创新案例", "8", "每报送1项经市商务局审核通过的制度创新案例得1分；每有1项案例入选全省自贸试验区最佳实践案例得3分，最高8分。", "市商务局"],
        [None, "复制推广", "6", "全面完成省定自贸试验区改革试点经验复制推广任务的得4分；每推出1项本地特色复制推广举措得0.5分，最高2分。", "市商务局、市直有关单位"],
        [None, "联动协作", "6", "与中国（河南）自由贸易试验区各片区签订合作协议并开展实质性合作的，每个片区得2分，最高6分。", "市商务局"],
        ["对外开放\n（30分）", "进出口总额", "12", "完成年度目标的得8分；增速每高于全市平均水平1个百分点得0.5分，最高4分。未完成年度目标的，按完成比例计分。", "许昌海关、市商务局"],
        [None, "实际使用外资", "10", "完成年度目标的得6分；当年新设外商投资企业每家得0.5分，最高4分。", "市商务局"],
        [None, "跨境电商", "8", "跨境电商交易额增速达到20%的得4分，每高出5个百分点得1分，最高8分。发制品、蜂产品等特色产品跨境电商出口实现新突破的，由市商务局认定后在本项内计分。", "市商务局"],
        ["产业集聚\n（25分）", "招商引资", "10", "新签约亿元以上项目每个得1分，新签约10亿元以上项目每个得2分，最高10分。", "市发展改革委、市商务局"],
        [None, "主导产业", "10", "主导产业规模以上工业增加值增速高于全市平均水平的得5分，每高出1个百分点得1分，最高10分。", "市工业和信息化局、市统计局"],
        [None, "中欧班列及物流", "5", "依托中欧班列（郑州）、郑州航空港开展多式联运业务，年度货值每达到1亿元得1分，最高5分。", "市发展改革委、许昌海关"],
        ["营商环境\n（15分）", "政务服务", "8", "开展“一件事一次办”“跨省通办”等改革，每形成1项可复制经验做法得2分，最高8分。", "市政务服务和大数据管理局"],
        [None, "市场主体", "7", "新增市场主体增速高于全市平均水平的得4分；新增外贸备案登记企业每10家得1分，最高3分。", "市市场监管局、市商务局"],
        ["工作保障\n（10分）", "组织推进", "6", "成立由党政主要负责同志任组长的工作领导小组的得2分；按时报送季度工作进展的，每季度得1分，最高4分。", "市商务局"],
        [None, "宣传推广", "4", "在市级以上主流媒体宣传报道联动创新区建设成效的，每篇得0.5分，最高4分。", "市商务局"],
        ["加分项（最高加8分）", "<<", "<<", "<<", "<<"],
        ["国家级荣誉", "国家级试点示范", "4", "获批国家级改革试点、示范区或被国家部委通报表扬的，每项加2分，最高加4分。", "市商务局"],
        ["省级荣誉", "省级试点示范", "4", "获批省级改革试点或在全省会议上作典型发言的，每项加1分，最高加4分。", "市商务局"],
        ["扣分项（最高扣10分）", "<<", "<<", "<<", "<<"],
        ["工作落实", "任务未完成", "5", "省、市部署的联动创新区重点任务未按时完成的，每项扣1分，最高扣5分。", "市商务局"],
        ["数据质量", "数据失实", "3", "报送数据经核查与实际不符的，每次扣1分，最高扣3分。", "市统计局"],
        ["安全底线", "负面事件", "2", "发生重大安全生产事故或严重损害营商环境事件的，每起扣2分。", "市应急管理局、市政务服务和大数据管理局"],
        ["合计", "", "100", "基础指标满分100分，另计加分项和扣分项。", ""],
    ]
    s_cl = []
    score_table(doc, COLS, [2.2, 2.4, 1.2, 6.9, 2.9], [COLS[:]], body, s_cl, size=10.5)
    # 版记 as bordered paragraphs
    empty(doc, 2)
    p = para(doc, "许昌市商务局办公室　　　　　　　　　2026年2月27日印发", indent=0, size=14, line=None, left=14)
    border_para(p, "top", "000000", 8, 4)
    border_para(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, "blind713_xuchang_tongzhi.docx")
    doc.save(path)
    issuer = ["许昌市商务局", "许昌市财政局", "许昌市统计局"]
    exp = [
        {"meta": meta("关于印发《许昌市自贸试验区联动创新区建设考核评价办法》的通知",
                      "许商务〔2026〕9号", issuer, "2026-02-26", "municipal", "许昌市", "通知",
                      recipients=["各县（市、区）商务主管部门、财政局、统计局", "市直有关单位"],
                      attachments=["许昌市自贸试验区联动创新区建设考核评价办法"],
                      publicity="此件主动公开"),
         "clauses": n_cl},
        {"meta": meta("许昌市自贸试验区联动创新区建设考核评价办法", None, issuer, "2026-02-26",
                      "municipal", "许昌市", "办法",
                      attachments=["许昌市自贸试验区联动创新区建设考核评分表"],
                      effective="2026-03-01", expires="2029-02-28",
                      repeals="《许昌市自贸试验区联动创新区建设考核办法（试行）》（许商务〔2023〕41号）"),
         "clauses": b_cl + s_cl},
    ]
    return path, exp


# ================================================================ doc 3: 黄石 (website copy)
def doc_huangshi():
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec, "— ", " —")
    title(doc, "黄石市商务局关于印发")
    title(doc, "《黄石市自贸试验区联动创新区建设")
    title(doc, "考核评价办法（试行）》的通知")
    para(doc, "黄商务发〔2024〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, font=KT)
    empty(doc, 1)
    para(doc, "各县（市、区）人民政府，黄石经济技术开发区·铁山区、黄石新港（物流）工业园区管委会，市直有关单位：", indent=0)
    n_cl = []
    para(doc, "为进一步压实联动创新区建设主体责任，充分调动各地各部门改革创新积极性，我局会同市直有关部门研究制定了《黄石市自贸试验区联动创新区建设考核评价办法（试行）》，经市推进自贸试验区联动创新区建设工作领导小组会议审议通过，现印发给你们，请遵照执行。", n_cl)
    para(doc, "2024年度考核按照本办法组织实施，考核时间和具体要求另行通知。", n_cl)
    empty(doc, 1)
    para(doc, "附件：黄石市自贸试验区联动创新区建设考核评价办法（试行）", indent=2)
    empty(doc, 2)
    para(doc, "黄石市商务局", indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=80)
    para(doc, "二〇二四年四月十二日", indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=48)
    # next page pushed with empty paragraphs instead of a page break
    empty(doc, 9)

    b_cl = []
    title(doc, "黄石市自贸试验区联动创新区")
    title(doc, "建设考核评价办法（试行）")
    empty(doc, 1)

    def art(no, text, sep="　"):
        para(doc, [("第%s条" % no, FS, True), sep + text], b_cl)

    art("一", "为加快推进黄石市自贸试验区联动创新区（以下简称联动创新区）建设，推动中国（湖北）自由贸易试验区改革创新成果在我市落地见效，建立健全考核激励机制，根据《湖北省自贸试验区联动创新区建设管理办法》，制定本办法。")
    art("二", "本办法适用于联动创新区范围内承担建设任务的大冶市、阳新县、各城区人民政府，黄石经济技术开发区·铁山区、黄石新港（物流）工业园区管委会，以及市直有关责任单位。")
    art("三", "考核工作由市推进自贸试验区联动创新区建设工作领导小组办公室（设在市商务局，以下简称市联动办）具体组织，遵循客观公正、注重实效、分类考核的原则。")
    art("四", "考核对象分为两类：", sep=" ")
    para(doc, "（一）区域类考核对象，即承担联动创新区建设任务的县（市、区）和功能区，按附件评分表考核；", b_cl)
    para(doc, "（二）部门类考核对象，即承担改革试点任务的市直责任单位，主要考核任务完成率、创新成果数量和协同配合情况，具体评分细则由市联动办另行制定。", b_cl)
    art("五", "区域类考核对象的考核内容包括改革创新、开放发展、平台建设、营商环境、组织推进5项一级指标和13项二级指标，满分100分；另设加分项和扣分项。")
    art("六", "考核按年度进行，主要程序如下：")
    para(doc, [("1.自查自评。", FS, True), "每年12月10日前，考核对象对照评分表进行自评，报送自评报告及佐证材料。"], b_cl)
    para(doc, [("2.部门核评。", FS, True), "市联动办组织市直有关部门对自评情况进行核实评分。"], b_cl)
    para(doc, [("3.综合评定。", FS, True), "市联动办根据核评情况提出考核等次建议，报市推进自贸试验区联动创新区建设工作领导小组审定。"], b_cl)
    art("七", "考核结果分为“优秀”“良好”“一般”“较差”四个等次，得分90分及以上为“优秀”，75分及以上、90分以下为“良好”，60分及以上、75分以下为“一般”，60分以下为“较差”。", sep=" ")
    art("八", "考核结果报市委、市政府，并抄送市委组织部、市委督查室、市政府督查室，作为综合评价领导班子和领导干部工作实绩的参考。")
    art("九", "对考核等次为“优秀”的，由市推进自贸试验区联动创新区建设工作领导小组予以通报表扬，并在申报省级改革试点、争取上级资金和政策等方面优先推荐。")
    art("十", "考核工作人员应当严格遵守工作纪律，坚持原则、实事求是，不得徇私舞弊。考核对象存在弄虚作假行为的，一经查实，考核等次定为“较差”。")
    art("十一", "本办法由市联动办负责解释。各县（市、区）可参照本办法制定本地区考核细则。")
    art("十二", "本办法自印发之日起施行，试行期至2026年4月30日。")
    empty(doc, 1)
    para(doc, "附件：黄石市自贸试验区联动创新区建设考核评分表（区域类）", indent=2)

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s2, landscape=True)
    page_number_footer(s2, "— ", " —")
    para(doc, [("附件", HT, False)], indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    title(doc, "黄石市自贸试验区联动创新区建设考核评分表（区域类）", size=20, after=6)
    header = [
        ["考核指标", "<<", "分值", "评分标准", "数据来源"],
        ["一级指标", "二级指标", None, None, None],
    ]
    body = [
        ["改革创新\n（25分）", "制度创新成果", "10", "每形成1项经市联动办认定的制度创新成果得1分；被省级部门推广的，每项得2分；被国家部委推广的，每项得4分，最高10分。", "市联动办"],
        [None, "改革试点任务", "10", "按时完成省、市下达改革试点任务的得6分，每有1项任务未按时完成扣1分；自主开展改革探索并取得明显成效的，每项得1分，最高4分。", None],
        [None, "创新案例总结", "5", "每报送1篇被市联动办采用的创新案例得0.5分，最高5分。", None],
        ["开放发展\n（30分）", "外贸进出口", "10", "外贸进出口额完成年度目标任务的得6分，超额完成的，每超1个百分点得0.2分，最高10分。", "黄石海关、市商务局"],
        [None, "利用外资", "8", "实际使用外资完成年度目标任务的得5分；新引进世界500强企业或境外上市公司投资项目的，每个得1.5分，最高8分。", "市商务局"],
        [None, "外贸新业态", "6", "跨境电商、市场采购、外贸综合服务等新业态进出口额增速达到15%以上的得3分；新设公共海外仓或跨境电商产业园的，每个得1.5分，最高6分。", None],
        [None, "港口与通道", "6", "依托黄石新港开展江海联运、铁水联运业务，集装箱吞吐量较上年增长的得3分，每增长10%得1分，最高6分。", "市交通运输局、黄石新港（物流）工业园区管委会"],
        ["平台建设\n（20分）", "综合保税区", "10", "黄石综合保税区在全国综合保税区发展绩效评估中每提升1个等级得3分；保税维修、保税研发等新业务每开展1项得2分，最高10分。", "黄石海关"],
        [None, "产业园区", "10", "省级以上开发区综合排名较上年每提升1位得1分；新获批省级以上特色产业园区的，每个得3分，最高10分。", "市发展改革委、市商务局"],
        ["营商环境\n（15分）", "投资贸易便利化", "8", "进出口整体通关时间低于全省平均水平的得4分；“单一窗口”主要业务应用率达到100%的得2分；推行跨境贸易便利化创新举措的，每项得1分，最高2分。", "黄石海关"],
        [None, "政务服务", "7", "企业开办全流程1个工作日内办结的得3分；“高效办成一件事”事项每落地1项得1分，最高4分。", "市政务服务和大数据管理局"],
        ["组织推进\n（10分）", "组织领导", "5", "成立工作专班的得2分；主要负责同志每年专题研究联动创新区建设不少于2次的得3分。", "市联动办"],
        [None, "信息报送", "5", "按时报送月度、季度工作进展的得3分；信息被市级以上采用的，每篇得0.5分，最高2分。", None],
        ["加分项（累计不超过5分）", "<<", "<<", "<<", "<<"],
        ["重大突破", "国家级认可", "最高5分", "改革创新成果被国务院或国家部委发文推广，或获得国家级表彰的，每项加2.5分。", "市联动办"],
        [None, "省级认可", "最高3分", "获省委、省政府主要领导肯定性批示的，每次加1分。", None],
        ["扣分项（累计不超过10分）", "<<", "<<", "<<", "<<"],
        ["工作失误", "任务落实", "最高5分", "被市委、市政府督查通报的，每次扣2分；重点任务推进滞后被市联动办书面提醒的，每次扣1分。", "市委督查室、市政府督查室"],
        [None, "违规违纪", "最高5分", "在联动创新区建设中发生违规违纪问题被查处的，每起扣5分。", "市纪委监委"],
        ["合计", "<<", "100", "", "<<"],
    ]
    s_cl = []
    score_table(doc, COLS, [2.8, 3.0, 1.8, 13.3, 3.8], header, body, s_cl, size=11)
    p = para(doc, "注：1.一级指标分值为该项满分，二级指标得分之和不超过一级指标分值。", s_cl,
             indent=0, size=12, line=None, before=6)
    para(doc, "2.各项指标涉及的“以上”均含本数，“以下”不含本数。", s_cl, indent=0, size=12,
         line=None, left=36)

    path = os.path.join(HERE, "blind713_huangshi_tongzhi.docx")
    doc.save(path)
    issuer = ["黄石市商务局"]
    exp = [
        {"meta": meta("黄石市商务局关于印发《黄石市自贸试验区联动创新区建设考核评价办法（试行）》的通知",
                      "黄商务发〔2024〕15号", issuer, "2024-04-12", "municipal", "黄石市", "通知",
                      recipients=["各县（市、区）人民政府",
                                  "黄石经济技术开发区·铁山区、黄石新港（物流）工业园区管委会",
                                  "市直有关单位"],
                      attachments=["黄石市自贸试验区联动创新区建设考核评价办法（试行）"]),
         "clauses": n_cl},
        {"meta": meta("黄石市自贸试验区联动创新区建设考核评价办法（试行）", None, issuer, "2024-04-12",
                      "municipal", "黄石市", "办法",
                      attachments=["黄石市自贸试验区联动创新区建设考核评分表（区域类）"],
                      effective="2024-04-12", expires="2026-04-30"),
         "clauses": b_cl + s_cl},
    ]
    return path, exp


def main():
    expected = {}
    paths = []
    for fn in (doc_wenzhou, doc_xuchang, doc_huangshi):
        path, exp = fn()
        paths.append(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = exp
    for path in paths:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_713", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
