# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 998: 自贸片区管委会公开招聘公告 / 拟聘用人员公示 (Word + PDF + expected.json).

Files:
  blind998_qinzhou_gonggao  钦州港片区管委会编外聘用人员招聘公告（无红头，附件1报名表、附件2岗位表）
  blind998_yichang_gonggao  宜昌片区/宜昌高新区管委会联合红头公告（岗位表在正文，续表，附件报名登记表）
  blind998_qinzhou_gongshi  钦州港片区拟聘用人员名单公示（网页复制格式，发布时间行，名单附后）
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: str or list of (text, fontname, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
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
    fmt(p, indent=False, line=12)


def page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc, size=16, footer=True):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # the clerk switched off 孤行控制 in 正文 style
    ppr = st.element.get_or_add_pPr()
    ppr.append(parse_xml('<w:widowControl %s w:val="0"/>' % nsdecls("w")))
    if footer:
        page_footer(s)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    return s


def portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=18, color=None):
    """text may contain '\n' -> separate paragraphs inside the cell."""
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        if part:
            font(p.add_run(part), name, size, bold, color)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm, exact=False):
    row.height = Cm(cm)
    trpr = row._tr.get_or_add_trPr()
    h = trpr.find(qn("w:trHeight"))
    if h is not None:
        h.set(qn("w:hRule"), "exact" if exact else "atLeast")


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")) + tblpr.findall(qn("w:tblLayout")):
        tblpr.remove(old)
    tblw = parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                     % (nsdecls("w"), int(sum(widths_cm) * 567)))
    layout = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    # keep schema order: tblStyle, tblW, jc, ..., tblLayout, tblCellMar, tblLook
    style_el = tblpr.find(qn("w:tblStyle"))
    if style_el is not None:
        style_el.addnext(tblw)
    else:
        tblpr.insert(0, tblw)
    after = None
    for tag in ("w:tblCellMar", "w:tblLook"):
        after = tblpr.find(qn(tag))
        if after is not None:
            break
    if after is not None:
        after.addprevious(layout)
    else:
        tblpr.append(layout)


def grid_table(doc, nrows, ncols, texts, merges, widths, size=12, bold_cells=(),
               name=FS, hname=HT, style="Table Grid", line=18, left_cells=()):
    """texts: dict (r,c)->text (top-left of merges); merges: list (r0,c0,r1,c1)."""
    t = doc.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    for (r0, c0, r1, c1) in merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    for (r, c), txt in texts.items():
        nm = hname if (r, c) in bold_cells else name
        al = WD_ALIGN_PARAGRAPH.LEFT if (r, c) in left_cells else WD_ALIGN_PARAGRAPH.CENTER
        set_cell(t.cell(r, c), txt, nm, size, align=al, line=line)
    return t


def form_clauses(nrows, ncols, texts, merges):
    """Form rows: non-empty cell texts of cells starting in that row, joined by '；'.
    Multi-paragraph cells are joined without separator. Empty rows give no clause."""
    covered = set()
    for (r0, c0, r1, c1) in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    out = []
    for r in range(nrows):
        vals = []
        for c in range(ncols):
            if (r, c) in covered:
                continue
            v = texts.get((r, c), "").replace("\n", "")
            if v:
                vals.append(v)
        if vals:
            out.append("；".join(vals))
    return out


def data_clause(headers, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, row) if v)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_998", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


# =================================================================== DOC A
QZ_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_POSTS_HDR = ["序号", "招聘部门", "岗位代码", "岗位名称", "招聘人数", "学历", "专业", "年龄", "其他条件"]
QZ_POSTS = [
    ["1", "综合办公室", "QZG01", "文字综合", "2", "本科及以上", "中国语言文学类、新闻传播学类", "35周岁以下", "具有2年以上文字材料工作经历"],
    ["2", "综合办公室", "QZG02", "财务会计", "1", "本科及以上", "会计学、财务管理、审计学", "35周岁以下", "具有初级会计专业技术资格及以上"],
    ["3", "产业促进局", "QZG03", "招商服务", "2", "本科及以上", "经济学类、国际经济与贸易、市场营销", "35周岁以下", "能适应经常出差"],
    ["4", "产业促进局", "QZG04", "项目管理", "2", "本科及以上", "土木工程、工程管理、化学工程与工艺", "35周岁以下", "具有2年以上项目管理工作经历"],
    ["5", "制度创新局", "QZG05", "政策研究", "1", "硕士研究生及以上", "经济学、法学、公共管理类", "40周岁以下", "无"],
    ["6", "制度创新局", "QZG06", "法务审核", "1", "本科及以上", "法学类", "35周岁以下", "通过国家统一法律职业资格考试（A类）"],
    ["7", "东盟合作局", "QZG07", "外事翻译（越南语）", "1", "本科及以上", "越南语", "35周岁以下", "越南语专业八级或同等水平"],
    ["8", "东盟合作局", "QZG08", "外事翻译（泰语）", "1", "本科及以上", "泰语", "35周岁以下", "具有1年以上泰国留学或工作经历"],
    ["9", "东盟合作局", "QZG09", "国际物流", "2", "本科及以上", "物流管理与工程类、交通运输类", "35周岁以下", "熟悉西部陆海新通道海铁联运业务者优先"],
    ["10", "营商环境服务中心", "QZG10", "窗口服务", "2", "大专及以上", "不限", "30周岁以下", "限钦州市户籍或生源"],
    ["11", "营商环境服务中心", "QZG11", "信息技术", "1", "本科及以上", "计算机类", "35周岁以下", "无"],
]


def doc_qinzhou_gonggao():
    stem = "blind998_qinzhou_gonggao"
    doc = Document()
    setup(doc, 14)
    sec = doc.sections[0]  # typed for the website: Word default-ish margins, 四号 font
    sec.top_margin, sec.bottom_margin = Cm(2.3), Cm(2.3)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.6)
    clauses = []
    LINE = 20
    SZ = 14

    # no 红头: typed for the website. Title with a manual break at an odd place.
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区管理委员会"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年公开招聘编外聘用人员公告"), XBS, 18)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=10)

    def body(t, store=True):
        if store:
            clauses.append(t)
        # indentation typed with two full-width spaces
        add_par(doc, IND + t, size=SZ, indent=False, line=LINE)

    def head(t):
        add_par(doc, [(IND + t, HT, SZ, False)], indent=False, line=LINE)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, SZ, False), (h, KT, SZ, False), (t, FS, SZ, False)],
                indent=False, line=LINE)

    body("为加强中国（广西）自由贸易试验区钦州港片区（以下简称“钦州港片区”）干部人才队伍建设，根据《钦州市机关事业单位编外聘用人员管理办法》（钦政办发〔2023〕18号）等有关规定，经研究，钦州港片区管理委员会（以下简称“片区管委会”）决定面向社会公开招聘编外聘用人员16名。现将有关事项公告如下：")
    head("一、招聘原则")
    body("坚持德才兼备、以德为先，坚持公开、平等、竞争、择优的原则，按照发布公告、报名、资格审查、考试、体检、考察、公示、聘用的程序进行。聘用人员实行合同管理，不占用行政、事业编制。")
    head("二、招聘岗位及条件")
    body("本次共招聘编外聘用人员16名，涉及综合办公室、产业促进局、制度创新局、东盟合作局、营商环境服务中心等5个部门11个岗位，具体岗位及条件详见附件2。")
    body("（一）报考人员应具备下列基本条件：")
    body("1.具有中华人民共和国国籍，拥护中华人民共和国宪法，拥护中国共产党的领导，遵纪守法，品行端正；")
    body("2.具有正常履行职责的身体条件和心理素质，具备岗位所需的学历、专业及其他资格条件；")
    body("3.年龄为18周岁以上、35周岁以下（1990年3月16日至2008年3月16日期间出生），硕士研究生及以上学历的，年龄可放宽至40周岁以下（1985年3月16日以后出生）。")
    body("（二）有下列情形之一的，不得报考：曾因犯罪受过刑事处罚或曾被开除公职的；被依法列为失信联合惩戒对象的；现役军人、在读的非应届毕业生；法律法规规定不得聘用的其他情形。")
    head("三、报名")
    body("（一）报名时间：2026年3月23日9:00至3月27日17:00。")
    body("（二）报名方式：采取现场报名与电子邮件报名相结合的方式。现场报名地点为钦州港经济技术开发区金海湾东大街1号片区管委会办公大楼305室；电子邮件报名请将报名材料扫描后发送至qzgpq_rs@163.com，邮件主题注明“岗位代码+姓名+联系电话”。")
    body("（三）报名材料：《报名表》（附件1）、本人居民身份证、学历学位证书及岗位要求的其他证明材料扫描件，近期免冠2寸彩色证件照。")
    body("（四）开考比例：岗位报名人数与招聘人数之比原则上不低于3:1，达不到开考比例的，相应核减或取消该岗位招聘计划。")
    head("四、考试")
    body("考试采取笔试和面试相结合的方式进行，满分均为100分。")
    runin("（一）笔试。", "笔试内容为《综合基础知识》，主要测试公共基础知识、自贸试验区相关政策和写作能力，时间、地点另行通知。")
    runin("（二）面试。", "根据笔试成绩从高分到低分，按招聘人数1:3的比例确定面试人选，采取结构化面试方式，面试成绩低于70分的不得进入体检。")
    runin("（三）综合成绩。", "综合成绩＝笔试成绩×40%＋面试成绩×60%，成绩均保留小数点后两位。")
    head("五、体检考察")
    body("根据综合成绩从高分到低分，按招聘人数1:1的比例确定体检人选。体检参照《公务员录用体检通用标准（试行）》执行，体检合格的进行考察。体检、考察不合格或自愿放弃的，按同一岗位综合成绩依次递补，递补只进行一次。")
    head("六、聘用")
    body("考察合格的人员确定为拟聘用人员，在钦州港片区门户网站公示5个工作日。公示期满无异议的，由钦州市人力资源服务有限公司与其签订劳动合同，合同期限3年，试用期3个月。聘用人员月薪酬为本科学历4800元至5600元、硕士研究生及以上学历5600元至6500元（含个人应缴纳的社会保险费和住房公积金）。")
    head("七、纪律监督")
    body("本次招聘工作在片区管委会纪检监察工作机构的全程监督下进行，严格执行回避制度。对违反招聘纪律的工作人员和报考人员，按照有关规定严肃处理。")
    body("监督举报电话：0777-3886125　　咨询电话：0777-3886109")
    empty(doc, 1, LINE)
    # 附件 list, second line aligned with typed spaces
    add_par(doc, IND + "附件：1.钦州港片区2026年公开招聘编外聘用人员报名表", size=SZ, indent=False,
            line=LINE)
    add_par(doc, IND + "\u3000\u3000\u3000" + "2.钦州港片区2026年公开招聘编外聘用人员岗位表", size=SZ,
            indent=False, line=LINE)
    empty(doc, 1, LINE)
    p = add_par(doc, QZ_ORG, size=SZ, indent=False, line=LINE, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(14)
    p = add_par(doc, "二〇二六年三月十六日", size=SZ, indent=False, line=LINE,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(70)

    # ---------------- 附件1 报名表 (own page)
    p = add_par(doc, [("附件1", HT, 14, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("钦州港片区2026年公开招聘编外聘用人员报名表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    texts = {
        (0, 0): "姓名", (0, 2): "性别", (0, 4): "出生年月", (0, 6): "照片",
        (1, 0): "民族", (1, 2): "籍贯", (1, 4): "政治面貌",
        (2, 0): "身份证号码", (2, 4): "婚姻状况",
        (3, 0): "学历学位", (3, 2): "毕业时间", (3, 4): "职称或资格",
        (4, 0): "毕业院校及专业",
        (5, 0): "联系电话", (5, 3): "电子邮箱",
        (6, 0): "报考岗位代码", (6, 3): "报考岗位名称",
        (7, 0): "现工作单位及职务",
        (8, 0): "学习及工作简历（从高中起填写）",
        (9, 0): "起止时间", (9, 3): "学校或工作单位", (9, 5): "专业或职务", (9, 6): "证明人",
        (14, 0): "家庭主要成员",
        (15, 0): "称谓", (15, 1): "姓名", (15, 3): "出生年月", (15, 4): "工作单位及职务",
        (19, 0): "诚信承诺",
        (19, 1): "本人承诺以上所填信息及提交的材料真实、准确，如有虚假，自愿取消报考及聘用资格。\n"
                 "报考人签名：\u3000\u3000\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日",
        (20, 0): "资格审查意见",
        (20, 1): "\n审查人签名：\u3000\u3000\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日",
    }
    merges = [(0, 6, 3, 6), (2, 1, 2, 3), (4, 1, 4, 6), (5, 1, 5, 2), (5, 4, 5, 6),
              (6, 1, 6, 2), (6, 4, 6, 6), (7, 1, 7, 6), (8, 0, 8, 6), (14, 0, 14, 6),
              (19, 1, 19, 6), (20, 1, 20, 6)]
    for r in range(9, 14):  # 简历 header + 4 blank rows
        merges += [(r, 0, r, 2), (r, 3, r, 4)]
    for r in range(15, 19):  # 家庭成员 header + 3 blank rows
        merges += [(r, 1, r, 2), (r, 4, r, 6)]
    bold = {(8, 0), (14, 0)}
    left = {(8, 0), (14, 0), (19, 1), (20, 1)}
    t = grid_table(doc, 21, 7, texts, merges, [2.7, 2.1, 1.7, 2.3, 2.1, 2.3, 2.6],
                   size=12, bold_cells=bold, left_cells=left)
    for i, row in enumerate(t.rows):
        row_height(row, 0.85)
        if i in (10, 11, 12, 13, 16, 17, 18):
            row_height(row, 0.75)
        if i == 19:
            row_height(row, 2.0)
        if i == 20:
            row_height(row, 1.6)
    clauses.extend(form_clauses(21, 7, texts, merges))
    add_par(doc, "注：本表须如实填写，用A4纸双面打印，报名时提交1份。", size=12, indent=False,
            line=20, before=4)
    clauses.append("注：本表须如实填写，用A4纸双面打印，报名时提交1份。")

    # ---------------- 附件2 岗位表 (landscape section)
    ls = landscape(doc)
    ls.top_margin, ls.bottom_margin = Cm(1.8), Cm(1.6)
    add_par(doc, [("附件2", HT, 14, False)], indent=False, line=22)
    add_par(doc, [("钦州港片区2026年公开招聘编外聘用人员岗位表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, after=4)
    nrows = 1 + len(QZ_POSTS) + 1
    texts = {}
    for c, h in enumerate(QZ_POSTS_HDR):
        texts[(0, c)] = h
    merges = []
    # vertical merges: 招聘部门 (col 1) and 年龄 (col 7) for rows 1-4
    groups = [(1, 2), (3, 4), (5, 6), (7, 9), (10, 11)]
    for r, row in enumerate(QZ_POSTS, 1):
        for c, v in enumerate(row):
            texts[(r, c)] = v
    for (a, b) in groups:
        merges.append((a, 1, b, 1))
        for r in range(a + 1, b + 1):
            del texts[(r, 1)]
    merges.append((1, 7, 4, 7))
    for r in range(2, 5):
        del texts[(r, 7)]
    total = sum(int(r[4]) for r in QZ_POSTS)
    last = nrows - 1
    texts[(last, 0)] = "合计"
    texts[(last, 4)] = str(total)
    merges += [(last, 0, last, 3), (last, 5, last, 8)]
    bold = {(0, c) for c in range(9)}
    left = {(r, c) for r in range(1, last) for c in (6, 8)}
    t = grid_table(doc, nrows, 9, texts, merges, [1.0, 3.3, 1.7, 2.8, 1.5, 2.4, 4.4, 2.6, 5.0],
                   size=10.5, bold_cells=bold, left_cells=left, line=15)
    repeat_header(t.rows[0])
    for row in t.rows:
        cant_split(row)
        row_height(row, 0.66)
    for row in QZ_POSTS:
        clauses.append(data_clause(QZ_POSTS_HDR, row))
    clauses.append("序号：合计；招聘人数：%d" % total)
    notes = [
        "注：1.专业名称参照《广西壮族自治区2026年考试录用公务员专业分类指导目录》。",
        "2.年龄、工作经历计算截止时间为2026年3月16日。",
        "3.“应届毕业生”指2026年普通高校应届毕业生及择业期内（2024年、2025年）未落实工作单位的高校毕业生。",
    ]
    for i, n in enumerate(notes):
        # continuation lines aligned under "注：" with typed spaces
        add_par(doc, ("" if i == 0 else "\u3000\u3000") + n, size=12, indent=False, line=20,
                before=4 if i == 0 else 0)
        clauses.append(n)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会2026年公开招聘编外聘用人员公告",
            "doc_number": None,
            "issuer": [QZ_ORG],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区2026年公开招聘编外聘用人员报名表",
                            "钦州港片区2026年公开招聘编外聘用人员岗位表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
YC_ORG1 = "中国（湖北）自由贸易试验区宜昌片区管理委员会"
YC_ORG2 = "宜昌高新技术产业开发区管理委员会"
YC_HDR = ["序号", "岗位代码", "岗位名称", "招聘人数", "招聘条件／学历", "招聘条件／专业",
          "招聘条件／年龄", "招聘条件／其他条件"]
YC_POSTS = [
    ["1", "YC01", "综合文秘", "2", "本科及以上", "汉语言文学、新闻学、秘书学", "35周岁以下", "中共党员（含预备党员）"],
    ["2", "YC02", "招商引资", "3", "本科及以上", "经济学、国际经济与贸易、金融学、英语", "35周岁以下", "1年以上招商引资或外贸工作经历"],
    ["3", "YC03", "跨境贸易服务", "2", "本科及以上", "国际商务、物流管理、海关管理", "35周岁以下", "熟悉中欧班列、“一带一路”跨境贸易业务者优先"],
    ["4", "YC04", "规划建设", "1", "本科及以上", "城乡规划、土木工程、建筑学", "35周岁以下", "具有助理工程师及以上职称"],
    ["5", "YC05", "安全生产监管", "2", "本科及以上", "安全工程、化学工程与工艺、应用化学", "40周岁以下", "取得注册安全工程师职业资格的，年龄可放宽至45周岁以下"],
    ["6", "YC06", "数据分析", "1", "硕士研究生及以上", "统计学、计算机科学与技术、数据科学与大数据技术", "35周岁以下", "无"],
    ["7", "YC07", "政务服务", "1", "大专及以上", "专业不限", "30周岁以下", "宜昌市户籍"],
]


def yc_table(doc, rows, with_total=None):
    """two-level header; rows = logical rows; returns table."""
    n = 2 + len(rows) + (1 if with_total is not None else 0)
    texts = {(0, 0): "序号", (0, 1): "岗位代码", (0, 2): "岗位名称", (0, 3): "招聘人数",
             (0, 4): "招聘条件", (1, 4): "学历", (1, 5): "专业", (1, 6): "年龄", (1, 7): "其他条件"}
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 7)]
    for r, row in enumerate(rows, 2):
        for c, v in enumerate(row):
            texts[(r, c)] = v
    return n, texts, merges


def doc_yichang_gonggao():
    stem = "blind998_yichang_gonggao"
    doc = Document()
    setup(doc, 16)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # ---- joint red 版头: two organ names stacked, "文件" on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [12.6, 3.0])
    t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(t.cell(0, 0), YC_ORG1, XBS, 15, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30,
             color=RED)
    set_cell(t.cell(1, 0), YC_ORG2, XBS, 15, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30,
             color=RED)
    set_cell(t.cell(0, 1), "文件", XBS, 34, align=WD_ALIGN_PARAGRAPH.CENTER, line=44, color=RED)
    p = add_par(doc, "宜自贸管发〔2026〕4号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
                before=14)
    border(p, "bottom", "FF0000", 24, 8)
    # title, two paragraphs, split at an odd place
    add_par(doc, [("关于2026年公开招聘合同制工作人员", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=22)
    add_par(doc, [("的公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=14)

    LINE = 25

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=LINE)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32), line=LINE)
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], line=LINE)

    body("为满足中国（湖北）自由贸易试验区宜昌片区（宜昌高新区）改革发展工作需要，经研究，决定面向社会公开招聘合同制工作人员12名。现将有关事项公告如下：")
    head("招聘原则")
    body("坚持公开、平等、竞争、择优原则，按照“统一发布、统一考试、统一考察、统一管理”的要求组织实施。")
    head("招聘岗位及条件")
    runin("（一）招聘岗位。", "本次共招聘合同制工作人员12名，具体岗位、人数及资格条件如下：")
    p = add_par(doc, [("宜昌片区2026年公开招聘合同制工作人员岗位表", HT, 14, False),
                      ("（单位：名）", KT, 12, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=4)
    widths = [0.8, 1.3, 1.8, 1.2, 1.7, 3.4, 1.6, 3.8]
    # part 1: rows 1-4 with 学历 and 年龄 merged vertically
    n, texts, merges = yc_table(doc, YC_POSTS[:4])
    for c in (4, 6):
        merges.append((2, c, 5, c))
        for r in range(3, 6):
            del texts[(r, c)]
    bold = {(0, c) for c in range(8)} | {(1, c) for c in range(8)}
    left = {(r, c) for r in range(2, n) for c in (5, 7)}
    t1 = grid_table(doc, n, 8, texts, merges, widths, size=10, bold_cells=bold,
                    left_cells=left, line=13)
    for row in t1.rows:
        cant_split(row)
    repeat_header(t1.rows[0])
    repeat_header(t1.rows[1])
    # 续表 (the clerk split the table by hand)
    add_par(doc, [("续表", KT, 12, False)], indent=False, line=22, before=6)
    total = sum(int(r[3]) for r in YC_POSTS)
    n, texts, merges = yc_table(doc, YC_POSTS[4:], with_total=total)
    last = n - 1
    texts[(last, 0)] = "合计"
    texts[(last, 3)] = str(total)
    merges += [(last, 0, last, 2), (last, 4, last, 7)]
    left = {(r, c) for r in range(2, last) for c in (5, 7)}
    t2 = grid_table(doc, n, 8, texts, merges, widths, size=10, bold_cells=bold,
                    left_cells=left, line=13)
    for row in t2.rows:
        cant_split(row)
    repeat_header(t2.rows[0])
    repeat_header(t2.rows[1])
    for row in YC_POSTS:
        clauses.append(data_clause(YC_HDR, row))
    clauses.append("序号：合计；招聘人数：%d" % total)
    # notes: one paragraph, second note after Shift+Enter
    n1 = "注：1.年龄计算截至2026年4月3日，“35周岁以下”指1990年4月3日以后出生，以此类推。"
    n2 = "2.学历、学位证书须在2026年7月31日前取得，专业以毕业证书所载专业名称为准。"
    p = doc.add_paragraph()
    font(p.add_run(n1), FS, 12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + n2), FS, 12)
    fmt(p, indent=False, line=20, before=4)
    clauses.extend([n1, n2])
    runin("（二）资格条件。", "报考人员须具有中华人民共和国国籍，遵守宪法和法律，品行良好，身体健康。曾因犯罪受过刑事处罚的、曾被开除公职的、被依法列为失信联合惩戒对象的，不得报考。")
    head("报名")
    body("（一）报名时间和地点：2026年4月8日—4月14日（每天8:30—12:00，14:30—17:30），宜昌片区政务服务中心二楼206室（宜昌市伍家岗区东山大道99号）。")
    body("（二）报名材料：《报名登记表》（见附件）、身份证、学历学位证书等材料原件及复印件。资格初审结果于4月17日公布。")
    head("考试")
    runin("（一）笔试。", "2026年4月25日（星期六）上午9:00—11:00举行，测试综合知识和公文写作能力。")
    runin("（二）面试。", "按岗位招聘人数1∶3的比例，根据笔试成绩从高到低确定面试对象，采取结构化面试。")
    runin("（三）总成绩。", "按笔试成绩、面试成绩各占50%计算。")
    head("体检考察")
    body("按考试总成绩从高到低、1∶1的比例确定体检和考察对象。体检参照公务员录用体检通用标准执行，空缺依次递补。")
    head("聘用")
    body("体检、考察合格的人员公示5个工作日，无异议的由宜昌高新区人力资源开发有限公司与其签订劳动合同，合同期3年，试用期2个月，年收入约7.2万元至9.6万元。")
    head("纪律监督")
    body("招聘工作接受宜昌高新区纪工委监察室和社会各界监督。咨询电话：0717-6553021；监督电话：0717-6553188。")
    empty(doc, 1, LINE)
    add_par(doc, "附件：宜昌片区2026年公开招聘合同制工作人员报名登记表", line=LINE)
    empty(doc, 1, 20)
    for txt in (YC_ORG1, YC_ORG2):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, line=LINE)
        p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年4月3日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, line=LINE)
    p.paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件公开发布）", line=LINE)

    # ---- 附件 报名登记表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("宜昌片区2026年公开招聘合同制工作人员报名登记表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    texts = {
        (0, 0): "姓\u3000名", (0, 2): "性\u3000别", (0, 4): "民\u3000族", (0, 6): "1寸照片",
        (1, 0): "出生年月", (1, 2): "政治面貌", (1, 4): "健康状况",
        (2, 0): "身份证号",
        (3, 0): "学\u3000历", (3, 2): "学\u3000位", (3, 4): "毕业时间",
        (4, 0): "毕业院校", (4, 4): "所学专业",
        (5, 0): "报考岗位", (5, 4): "岗位代码",
        (6, 0): "联系电话", (6, 4): "户籍所在地",
        (7, 0): "个人简历",
        (8, 0): "奖惩情况",
        (9, 0): "本人承诺",
        (9, 1): "本人已仔细阅读招聘公告，确认符合报考条件，所填信息真实有效。如有不实，自愿承担相应责任。\n"
                "本人签字：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002026年\u3000\u3000月\u3000\u3000日",
        (10, 0): "资格审查意见",
        (10, 1): "\n审查人：\u3000\u3000\u3000\u3000\u3000复核人：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日",
    }
    merges = [(0, 6, 3, 6), (2, 1, 2, 5), (4, 1, 4, 3), (4, 5, 4, 6), (5, 1, 5, 3),
              (5, 5, 5, 6), (6, 1, 6, 3), (6, 5, 6, 6), (7, 1, 7, 6), (8, 1, 8, 6),
              (9, 1, 9, 6), (10, 1, 10, 6)]
    left = {(9, 1), (10, 1)}
    t = grid_table(doc, 11, 7, texts, merges, [2.3, 2.2, 1.8, 2.2, 2.1, 2.2, 3.0], size=12,
                   left_cells=left)
    for i, row in enumerate(t.rows):
        row_height(row, 0.95)
    row_height(t.rows[7], 3.6)   # blank 个人简历 box
    row_height(t.rows[8], 1.8)
    row_height(t.rows[9], 2.2)
    row_height(t.rows[10], 1.8)
    clauses.extend(form_clauses(11, 7, texts, merges))

    # ---- 版记 at the very end
    empty(doc, 1)
    p = add_par(doc, [("抄送：宜昌市委组织部，市人社局，市委编办。", FS, 14, False)], indent=False,
                line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("宜昌高新区管委会党政办公室", FS, 14, False), ("\u3000" * 7, FS, 14, False),
                      ("2026年4月3日印发", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于2026年公开招聘合同制工作人员的公告",
            "doc_number": "宜自贸管发〔2026〕4号",
            "issuer": [YC_ORG1, YC_ORG2],
            "date": "2026-04-03",
            "published": None,
            "level": "municipal",
            "region": "宜昌市",
            "effective": None,
            "expires": None,
            "attachments": ["宜昌片区2026年公开招聘合同制工作人员报名登记表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
GS_HDR = ["序号", "岗位代码", "岗位名称", "姓名", "性别", "出生年月", "学历（学位）", "毕业院校及专业",
          "综合成绩", "备注"]
GS_ROWS = [
    ["1", "QZG01", "文字综合", "黄志强", "男", "1996.05", "本科（学士）", "广西大学汉语言文学", "81.46", ""],
    ["2", "QZG01", "文字综合", "韦\u3000婷", "女", "1999.11", "硕士研究生（硕士）", "广西民族大学新闻与传播", "79.88", ""],
    ["3", "QZG02", "财务会计", "李晓敏", "女", "1997.08", "本科（学士）", "广西财经学院会计学", "83.20", ""],
    ["4", "QZG03", "招商服务", "陈俊宇", "男", "1995.02", "本科（学士）", "桂林电子科技大学国际经济与贸易", "80.15", ""],
    ["5", "QZG03", "招商服务", "覃明辉", "男", "1998.09", "本科（学士）", "北部湾大学市场营销", "77.92", "递补"],
    ["6", "QZG04", "项目管理", "刘\u3000洋", "男", "1993.12", "本科（学士）", "广西科技大学工程管理", "82.64", ""],
    ["7", "QZG04", "项目管理", "梁嘉欣", "女", "1997.03", "本科（学士）", "广西大学化学工程与工艺", "78.35", ""],
    ["8", "QZG05", "政策研究", "莫文杰", "男", "1991.07", "硕士研究生（硕士）", "厦门大学国际贸易学", "85.06", ""],
    ["9", "QZG06", "法务审核", "周雨桐", "女", "1996.10", "硕士研究生（硕士）", "西南政法大学法律（法学）", "84.31", ""],
    ["10", "QZG07", "外事翻译（越南语）", "黎\u3000芳", "女", "1998.04", "本科（学士）", "广西民族大学越南语", "86.72", ""],
    ["11", "QZG09", "国际物流", "潘志远", "男", "1997.06", "本科（学士）", "北部湾大学物流管理", "79.40", ""],
    ["12", "QZG09", "国际物流", "黄丽萍", "女", "1999.01", "本科（学士）", "广西民族大学交通运输", "76.85", ""],
    ["13", "QZG10", "窗口服务", "苏\u3000敏", "女", "2000.08", "大专", "广西国际商务职业技术学院电子商务", "78.10", ""],
    ["14", "QZG10", "窗口服务", "杨宏达", "男", "2001.03", "本科（学士）", "南宁师范大学行政管理", "77.64", ""],
    ["15", "QZG11", "信息技术", "甘俊杰", "男", "1995.11", "本科（学士）", "广西师范大学计算机科学与技术", "81.93", ""],
]


def doc_qinzhou_gongshi():
    stem = "blind998_qinzhou_gongshi"
    doc = Document()
    setup(doc, 16)
    clauses = []
    LINE = 28

    # title over three paragraphs, as pasted from the web page
    for i, part in enumerate(["中国（广西）自由贸易试验区钦州港片区",
                              "管理委员会2026年公开招聘编外聘用人员",
                              "拟聘用人员名单公示"]):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=36, before=12 if i == 0 else 0)
    # web page meta line kept by the clerk
    add_par(doc, [("发布时间：2026-06-08 10:30\u3000\u3000信息来源：钦州港片区管委会综合办公室",
                   KT, 12, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24,
            before=6, after=6)

    def body(t):
        clauses.append(t)
        add_par(doc, t, indent=True, line=LINE)

    body("根据《中国（广西）自由贸易试验区钦州港片区管理委员会2026年公开招聘编外聘用人员公告》，经报名、资格审查、笔试、面试、体检和考察等程序，确定黄志强等15名同志为拟聘用人员，现予以公示(名单附后)。")
    body("其中，外事翻译（泰语）岗位（岗位代码QZG08）因报名人数未达到开考比例，已按规定取消招聘计划；招商服务岗位（岗位代码QZG03）1名体检人员自愿放弃，按综合成绩依次递补1名。")
    body("公示时间：2026年6月8日至6月12日（5个工作日）。")
    body("公示期间，对拟聘用人员有异议的，可通过来电、来信或来访等方式向片区管委会纪检监察工作机构反映。反映情况应实事求是，以真实姓名、身份反映问题并提供必要的调查线索，对匿名反映或超出公示范围的问题不予受理。")
    body("受理电话：0777-3886125\u3000\u3000受理地址：钦州港经济技术开发区金海湾东大街1号片区管委会办公大楼412室（邮编:535008）")
    add_par(doc, "特此公示。", indent=True, line=LINE)
    empty(doc, 1, LINE)
    add_par(doc, "附件：拟聘用人员名单", indent=True, line=LINE)
    empty(doc, 2, LINE)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 8 + QZ_ORG, indent=False, line=LINE)
    add_par(doc, " " * 44 + "2026年6月5日", indent=False, line=LINE)

    # ---- 附件: 名单 table, landscape section
    ls = landscape(doc)
    ls.top_margin, ls.bottom_margin = Cm(1.8), Cm(1.6)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("拟聘用人员名单", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=30, after=4)
    nrows = 1 + len(GS_ROWS)
    texts = {(0, c): h for c, h in enumerate(GS_HDR)}
    for r, row in enumerate(GS_ROWS, 1):
        for c, v in enumerate(row):
            if v:
                texts[(r, c)] = v
    merges = []
    # 岗位代码 / 岗位名称 merged for the same post
    for a, b in [(1, 2), (4, 5), (6, 7), (11, 12), (13, 14)]:
        for c in (1, 2):
            merges.append((a, c, b, c))
            del texts[(b, c)]
    bold = {(0, c) for c in range(10)}
    t = grid_table(doc, nrows, 10, texts, merges,
                   [1.0, 1.9, 3.4, 1.9, 1.1, 2.0, 3.4, 6.2, 1.9, 1.5],
                   size=10.5, bold_cells=bold, line=15)
    repeat_header(t.rows[0])
    for row in t.rows:
        row_height(row, 0.62)
        cant_split(row)
    for row in GS_ROWS:
        clauses.append(data_clause(GS_HDR, row))
    note = "注：综合成绩＝笔试成绩×40%+面试成绩×60%。"
    add_par(doc, note, size=12, indent=False, line=20, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会2026年公开招聘编外聘用人员拟聘用人员名单公示",
            "doc_number": None,
            "issuer": [QZ_ORG],
            "date": "2026-06-05",
            "published": "2026-06-08",
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["拟聘用人员名单"],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou_gonggao(), doc_yichang_gonggao(), doc_qinzhou_gongshi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
