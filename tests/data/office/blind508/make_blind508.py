# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 508: MOFCOM-style 通知 with 指标解释 / 报表 / 联系方式 附件."""
import os
import json
import subprocess
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, western="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = western
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), western)
    rf.set(qn("w:hAnsi"), western)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    if align is not None:
        p.alignment = align


def para(doc, text="", east=FS, size=16, bold=False, align=None, indent=True,
         line=28, color=None, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=FS, bold=True):
    """Run-in heading in a bold run, body continues in the same paragraph."""
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run(head), head_font, 16, bold)
    set_font(p.add_run(body), FS, 16)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def border_bottom(p, color="FF0000", sz=12, val="single"):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(3.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def add_page_number(sec):
    footer = sec.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14, western="宋体")
    r = p.add_run()
    set_font(r, "宋体", 14, western="宋体")
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    set_font(p.add_run(" —"), "宋体", 14, western="宋体")


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    setup_section(doc.sections[0])
    add_page_number(doc.sections[0])
    return doc


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, line=20)
    if text:
        set_font(p.add_run(text), east, size, bold)


def table(doc, header, rows, widths=None, size=12, head_east=HT, align_body=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, head_east, size)
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            a = WD_ALIGN_PARAGRAPH.CENTER if align_body is None else align_body[c]
            cell_text(t.rows[r + 1].cells[c], v, FS, size, align=a)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcPr = tc.get_or_add_tcPr()
            tw = tcPr.find(qn("w:tcW"))
            if tw is None:
                tw = OxmlElement("w:tcW"); tcPr.insert(0, tw)
            tw.set(qn("w:w"), str(int(Cm(w).twips))); tw.set(qn("w:type"), "dxa")


def no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def banji_borders(t):
    """版记 table: top & bottom black lines + inner horizontal line only."""
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e, v in (("top", "single"), ("left", "nil"), ("bottom", "single"),
                 ("right", "nil"), ("insideH", "single"), ("insideV", "nil")):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), v)
        if v == "single":
            x.set(qn("w:sz"), "8")
            x.set(qn("w:color"), "000000")
        b.append(x)
    tblPr.append(b)


def add_decimal_numbering(doc):
    """Create a Word numbering definition '%1.' with no tab suffix; returns numId."""
    numbering = doc.part.numbering_part.element
    absid, numid = "90", "90"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman"); rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), numid)
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), absid); num.append(a)
    numbering.append(num)
    return numid


def numbered_para(doc, numid, text):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), numid)
    numPr.append(il); numPr.append(ni)
    ppr.insert(0, numPr)
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run(text), FS, 16)
    return p


def merge_header(t, spans):
    """spans: list of (row0col_start, row0col_end_inclusive, text) merges on row 0;
    and vertical merges for columns listed with text None."""
    pass


def finish(doc, stem, out):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    out.append(path)


# =====================================================================
# Document 1: 商务部办公厅 通知（函）
# =====================================================================
def doc_shangwubu(key, out):
    stem = "blind508_shangwubu_tongzhi"
    doc = new_doc()
    clauses = []

    def C(p_or_text):
        clauses.append(p_or_text)

    # 版头 (函件格式)
    p = para(doc, "商务部办公厅", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             line=48, color=RED)
    p.runs[0].font.spacing = Pt(6)
    p = para(doc, "", indent=False, line=8)
    border_bottom(p, "FF0000", 24, "thinThickSmallGap")
    empty(doc)
    para(doc, "商办自贸函〔2026〕37号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    # 标题分两段
    para(doc, "商务部办公厅关于做好2026年度", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "自由贸易试验区外商投资统计监测工作的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    para(doc, "各自由贸易试验区所在省、自治区、直辖市商务主管部门：", indent=False)

    t = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
         "全面准确反映自由贸易试验区（以下简称自贸试验区）利用外资情况，进一步提升统计监测工作的"
         "及时性和准确性，现就做好2026年度自贸试验区外商投资统计监测工作有关事项通知如下：")
    para(doc, t); C(t)

    para(doc, "一、统计范围和口径", HT)
    items = [
        ("（一）统计对象。", "在自贸试验区（含各片区）实施范围内依法设立的外商投资企业，以及注册地在实施范围外、"
         "但主要经营场所和投资项目位于自贸试验区实施范围内并经片区管理机构确认的外商投资企业，均纳入统计范围。"),
        ("（二）统计口径。", "自贸试验区外商投资统计以商务部外商投资信息报告系统数据为基础，实际使用外资金额按照"
         "商务部、国家外汇管理局联合核定的口径统计，不含银行、证券、保险领域数据。各项统计指标的含义以附件1为准。"),
        ("（三）统计周期。", "统计工作按季度开展，报告期为季度，同时报送当年累计数据。2026年第一季度数据统计时间为"
         "2026年1月1日至3月31日，以后各季度依此类推。"),
    ]
    for h, b in items:
        runin(doc, h, b); C(h + b)

    para(doc, "二、报送方式和时限", HT)
    h, b = ("（一）报送方式。", "各省级商务主管部门应当组织自贸试验区各片区，通过“全国自由贸易试验区统计监测系统”"
            "在线填报《自由贸易试验区外商投资季度统计报表》（附件2），并将加盖公章的纸质报表扫描件一并上传。"
            "系统账号由省级商务主管部门统一申请和管理。")
    runin(doc, h, b); C(h + b)
    h, b = ("（二）报送时限。", "各季度数据报送时间安排如下：")
    runin(doc, h, b); C(h + b)
    for s in ["1.第一季度数据于2026年4月22日前报送；",
              "2.第二季度数据于2026年7月21日前报送；",
              "3.第三季度数据于2026年10月27日前报送；",
              "4.第四季度及全年数据于2027年1月22日前报送。"]:
        para(doc, s); C(s)
    h, b = ("（三）数据审核。", "各省级商务主管部门要建立“片区填报、省级审核、部级汇总”的审核机制。"
            "对实际使用外资同比变动幅度超过30%、单个项目季度实际到资超过1亿美元等情形，应当在报送时附书面情况说明。")
    runin(doc, h, b); C(h + b)

    para(doc, "三、工作要求", HT)
    items = [
        ("（一）加强组织领导。", "各省级商务主管部门要高度重视自贸试验区外商投资统计监测工作，明确分管负责同志和"
         "具体承办人员，会同统计、外汇管理等部门建立数据共享和会商机制，确保统计工作有序开展。"),
        ("（二）强化数据质量。", "各地要严格执行《中华人民共和国统计法》和外商投资信息报告制度，加强对源头数据的"
         "核查比对，做到数出有据、真实准确。严禁虚报、瞒报、伪造、篡改统计数据。"),
        ("（三）做好分析研判。", "各地要结合统计数据，围绕外资来源地、产业结构、重大项目进展等情况，每半年形成一份"
         "自贸试验区利用外资形势分析报告，分别于2026年7月31日、2027年1月31日前报送商务部（自贸区港建设协调司）。"),
        ("（四）注重信息安全。", "涉及企业商业秘密和个人信息的统计资料，应当依法予以保密，不得对外提供或用于统计以外的用途。"),
        ("（五）加强沟通联系。", "工作中遇到的新情况、新问题，请及时与商务部（自贸区港建设协调司、外国投资管理司）联系。"
         "联系人及联系方式见附件3。"),
    ]
    for h, b in items:
        runin(doc, h, b); C(h + b)

    empty(doc)
    # 附件列表：手工空格对齐
    para(doc, "附件：1.自由贸易试验区外商投资统计指标解释")
    para(doc, SP * 3 + "2.自由贸易试验区外商投资季度统计报表")
    para(doc, SP * 3 + "3.自由贸易试验区统计监测工作联系方式")
    empty(doc, 3)
    para(doc, SP * 14 + "商务部办公厅", indent=False)
    para(doc, SP * 13 + "2026年3月12日", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）")

    # ---------------- 附件1 (Word 自动编号)
    page_break(doc)
    para(doc, "附件1", HT, indent=False)
    empty(doc)
    para(doc, "自由贸易试验区外商投资统计指标解释", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    numid = add_decimal_numbering(doc)
    defs = [
        "外商直接投资实际使用金额：指外国投资者在报告期内根据外商投资企业合同、章程实际缴付的出资金额，以及外国投资者"
        "将从其已投资企业中获得的利润用于再投资的金额，按实际到账当日汇率折算为美元统计。",
        "新设外商投资企业数：指报告期内在自贸试验区实施范围内新设立并完成外商投资信息初始报告的外商投资企业数量，"
        "不含外商投资企业在区内设立的分支机构。",
        "合同外资金额：指报告期内新设外商投资企业章程约定的外方认缴出资额与存量外商投资企业增资中外方新增认缴出资额之和。",
        "外资并购金额：指外国投资者通过购买境内非外商投资企业股权或者认购其增资，使该企业变更为外商投资企业而实际支付的对价金额。",
        "制造业实际使用外资金额：指按照《国民经济行业分类》（GB/T 4754—2017），所属行业门类为制造业（C门类）的外商投资企业"
        "实际使用外资金额。",
        "高技术产业实际使用外资金额：指高技术制造业和高技术服务业实际使用外资金额之和，高技术产业范围按照国家统计局有关分类标准确定。",
        "同比增长：指报告期数据与上年同期数据相比的增减幅度，计算公式为：同比增长（%）=（本期数÷上年同期数－1）×100%。",
        "累计数：指自当年1月1日起至报告期末止的数据合计。",
    ]
    for i, d in enumerate(defs, 1):
        numbered_para(doc, numid, d)
        C("%d.%s" % (i, d))

    # ---------------- 附件2 (横向页面，报表)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    para(doc, "附件2", HT, indent=False)
    para(doc, "自由贸易试验区外商投资季度统计报表", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    s = "填报单位（盖章）：" + SP * 10 + "报告期：2026年第" + SP * 2 + "季度" + SP * 6 + "计量单位：家、万美元"
    para(doc, s, FS, 14, indent=False); C(s)
    # two-row header with merged cells, then empty rows
    ncols = 10
    t = doc.add_table(rows=2 + 8, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0].cells, t.rows[1].cells
    # vertical merges
    for ci, txt in ((0, "序号"), (1, "片区名称"), (9, "备注")):
        m = r0[ci].merge(r1[ci])
        cell_text(m, txt, HT, 12)
    g1 = r0[2].merge(r0[3]); cell_text(g1, "新设外商投资企业数", HT, 12)
    g2 = r0[4].merge(r0[5]); cell_text(g2, "合同外资金额", HT, 12)
    g3 = r0[6].merge(r0[8]); cell_text(g3, "实际使用外资金额", HT, 12)
    for ci, txt in ((2, "本期"), (3, "累计"), (4, "本期"), (5, "累计"),
                    (6, "本期"), (7, "累计"), (8, "同比增长（%）")):
        cell_text(r1[ci], txt, HT, 12)
    for r in t.rows[2:]:
        for c in r.cells:
            cell_text(c, "", FS, 12)
        r.height = Cm(0.9)
    s = ("单位负责人：" + SP * 6 + "填报人：" + SP * 6 + "联系电话：" + SP * 6
         + "填报日期：" + SP * 2 + "年" + SP * 2 + "月" + SP * 2 + "日")
    para(doc, s, FS, 14, indent=False, before=6); C(s)
    s = "填报说明：1.本表由自贸试验区各片区管理机构填报，经省级商务主管部门审核后报送。"
    para(doc, s, FS, 14, indent=False); C(s)
    for s in ["2.金额单位为万美元，保留两位小数；企业数单位为家。",
              "3.“片区名称”按照自贸试验区总体方案确定的片区名称填写，未划分片区的自贸试验区填写全称。",
              "4.本表所列指标的含义见附件1。"]:
        p = para(doc, s, FS, 14, indent=False)
        p.paragraph_format.left_indent = Pt(70)
        C(s)

    # ---------------- 附件3 (纵向)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=False)
    para(doc, "附件3", HT, indent=False)
    empty(doc)
    para(doc, "自由贸易试验区统计监测工作联系方式", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    header = ["单位", "联系人", "办公电话", "电子邮箱"]
    rows = [
        ["商务部自贸区港建设协调司", "刘振宇", "010-85093516", "zmqtj@mofcom.gov.cn"],
        ["商务部外国投资管理司", "孙晓岚", "010-85093247", "wzstj@mofcom.gov.cn"],
        ["商务部信息化司", "赵" + SP + "晨", "010-85093790", "xxhs_xt@mofcom.gov.cn"],
    ]
    table(doc, header, rows, widths=[5.4, 2.2, 3.4, 4.6], size=12)
    for r in rows:
        C("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))
    empty(doc)
    s = "系统操作问题请咨询技术支持热线：010-85093799（工作日9:00—17:00）。"
    para(doc, s, FS, 14); C(s)

    finish(doc, stem, out)
    key[stem] = [{
        "meta": {
            "title": "商务部办公厅关于做好2026年度自由贸易试验区外商投资统计监测工作的通知",
            "doc_number": "商办自贸函〔2026〕37号",
            "issuer": ["商务部办公厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": None,
            "expires": None,
            "attachments": ["自由贸易试验区外商投资统计指标解释",
                            "自由贸易试验区外商投资季度统计报表",
                            "自由贸易试验区统计监测工作联系方式"],
            "doc_type": "通知",
            "recipients": ["各自由贸易试验区所在省、自治区、直辖市商务主管部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]


# =====================================================================
# Document 2: 广西 商务厅 + 统计局 联合通知
# =====================================================================
def doc_guangxi(key, out):
    stem = "blind508_guangxi_tongzhi"
    doc = new_doc()
    clauses = []
    C = clauses.append

    # 联合发文版头：表格排版
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["广西壮族自治区商务厅", "广西壮族自治区统计局"]):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=40)
        set_font(p.add_run(name), XBS, 24, color=RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    p = m.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    set_font(p.add_run("文件"), XBS, 40, color=RED)
    set_widths(t, [11.6, 4.0])
    empty(doc)
    para(doc, "桂商资发〔2026〕11号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = para(doc, "", indent=False, line=8)
    border_bottom(p, "FF0000", 18)
    empty(doc)
    for s in ["广西壮族自治区商务厅 广西壮族自治区统计局",
              "关于做好中国（广西）自由贸易试验区",
              "2026年度外商投资统计监测工作的通知"]:
        para(doc, s, XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    # 主送：软回车
    p = doc.add_paragraph()
    fmt(p, indent=False)
    r = p.add_run("南宁市商务局、钦州市商务局、崇左市商务局，南宁市统计局、钦州市统计局、崇左市统计局，")
    set_font(r, FS, 16)
    r.add_break()
    set_font(p.add_run("中国（广西）自由贸易试验区各片区管理委员会："), FS, 16)

    s = ("为贯彻落实《商务部办公厅关于做好2026年度自由贸易试验区外商投资统计监测工作的通知》（商办自贸函〔2026〕37号）"
         "要求，进一步规范中国（广西）自由贸易试验区（以下简称广西自贸试验区）外商投资统计监测工作，推动外资数据"
         "“应统尽统”，服务面向东盟的高水平开放，现将有关事项通知如下：")
    para(doc, s); C(s)

    para(doc, "一、明确职责分工", HT)
    for s in [
        "（一）自治区商务厅负责统筹全区自贸试验区外商投资统计监测工作，汇总审核各片区数据并按时报送商务部。",
        "（二）自治区统计局负责统计业务指导，会同自治区商务厅开展外资数据比对核查和质量评估。",
        "（三）南宁市、钦州市、崇左市商务局和统计局负责指导辖区内片区做好数据采集、核实和初审工作。",
        "（四）各片区管委会是统计数据填报的责任主体，要明确1名分管领导和1名统计联络员，于2026年4月3日前将"
        "《广西自贸试验区外商投资统计联络员信息表》（附件1）报送自治区商务厅。",
    ]:
        para(doc, s); C(s)

    para(doc, "二、规范报送流程", HT)
    s = "各片区要严格按照以下时间节点报送数据和材料："
    para(doc, s); C(s)
    header = ["报送事项", "报送时限", "报送对象"]
    rows = [
        ["第一季度数据", "2026年4月15日前", "所在设区市商务局、自治区商务厅"],
        ["第二季度数据", "2026年7月14日前", "所在设区市商务局、自治区商务厅"],
        ["第三季度数据", "2026年10月20日前", "所在设区市商务局、自治区商务厅"],
        ["第四季度及全年数据", "2027年1月15日前", "所在设区市商务局、自治区商务厅"],
        ["半年、全年形势分析报告", "2026年7月24日前、2027年1月22日前", "自治区商务厅"],
    ]
    table(doc, header, rows, widths=[4.6, 5.4, 5.6], size=14)
    for r in rows:
        C("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))
    empty(doc, line=14)
    s = ("各片区报送季度数据时，应当同步填报《广西自贸试验区重点外资项目到资情况调度表》（附件2），"
         "对季度实际到资1000万美元以上的项目逐一说明资金来源和到位情况。")
    para(doc, s); C(s)

    para(doc, "三、有关要求", HT)
    for s in [
        "1.压实工作责任。各片区管委会主要负责同志对本片区统计数据质量负总责，分管负责同志负直接责任，"
        "统计联络员如有变动应当在5个工作日内报自治区商务厅备案。",
        "2.加强数据核查。各设区市商务局、统计局要对片区报送的数据开展抽查，重点核查中国—东盟产业合作、"
        "西部陆海新通道物流、跨境电商等领域的重大外资项目，发现问题及时督促整改。",
        "3.强化结果运用。自治区商务厅将按季度通报各片区利用外资情况，统计监测结果纳入自贸试验区年度考核评估。",
        "4.严肃统计纪律。严禁以任何方式干预统计数据，对弄虚作假、拒报迟报的，依照《中华人民共和国统计法》等有关规定严肃处理。",
    ]:
        para(doc, s); C(s)
    s = ("联系人：自治区商务厅外国投资管理处" + SP + "韦海峰，电话：0771-2050136；"
         "自治区统计局贸易外经统计处" + SP + "蒙丽娟，电话：0771-5898412。")
    para(doc, s); C(s)
    empty(doc)
    para(doc, "附件：1.广西自贸试验区外商投资统计联络员信息表")
    para(doc, SP * 3 + "2.广西自贸试验区重点外资项目到资情况调度表")
    empty(doc, 3)
    # 联合落款：无框表格
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.rows[0].cells[0], "广西壮族自治区商务厅", FS, 16)
    cell_text(t.rows[0].cells[1], "广西壮族自治区统计局", FS, 16)
    m = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    cell_text(m, "二〇二六年三月二十日" + SP * 2, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 2)

    # ---------------- 附件1
    page_break(doc)
    para(doc, "附件1", HT, indent=False)
    para(doc, "广西自贸试验区外商投资统计联络员信息表", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    s = "填报单位（盖章）：" + SP * 8 + "填报日期：2026年" + SP + "月" + SP + "日"
    para(doc, s, FS, 14, indent=False); C(s)
    header = ["片区", "分管领导姓名", "分管领导职务", "联络员姓名", "联络员职务", "办公电话", "手机号码"]
    table(doc, header, [[""] * 7 for _ in range(4)], widths=[2.2, 2.4, 2.4, 2.2, 2.2, 2.5, 2.5], size=12)
    empty(doc, line=14)
    s = "注：请于2026年4月3日前将本表电子版及盖章扫描件发送至zmqtj@swt.gxzf.gov.cn。"
    para(doc, s, FS, 14, indent=False); C(s)

    # ---------------- 附件2（横向）
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    para(doc, "附件2", HT, indent=False)
    para(doc, "广西自贸试验区重点外资项目到资情况调度表", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    s = "填报单位（盖章）：" + SP * 12 + "填报人：" + SP * 6 + "填报日期：" + SP * 2 + "年" + SP + "月" + SP + "日"
    para(doc, s, FS, 14, indent=False); C(s)
    header = ["序号", "片区", "项目名称", "外方投资者及国别（地区）", "合同外资（万美元）",
              "本季度到资（万美元）", "累计到资（万美元）", "项目进展情况"]
    table(doc, header, [[""] * 8 for _ in range(6)],
          widths=[1.3, 1.8, 3.6, 4.2, 2.6, 2.6, 2.6, 4.4], size=12)
    empty(doc, line=12)
    s = "注：1.本表按季度填报，随季度统计报表一并报送。"
    para(doc, s, FS, 14, indent=False); C(s)
    s = "2.项目进展情况应当包括签约、注册、开工、投产等节点信息。"
    p = para(doc, s, FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(28)
    C(s)

    # 版记（放在最后，表格形式）
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=False)
    empty(doc, 14)
    t = doc.add_table(rows=2, cols=1)
    banji_borders(t)
    c = t.rows[0].cells[0]
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=28)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("抄送：商务部自贸区港建设协调司、外国投资管理司，国家统计局广西调查总队。"), FS, 14)
    c = t.rows[1].cells[0]
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=28)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("广西壮族自治区商务厅办公室" + SP * 7 + "2026年3月23日印发"), FS, 14)

    finish(doc, stem, out)
    key[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅 广西壮族自治区统计局关于做好中国（广西）自由贸易试验区2026年度外商投资统计监测工作的通知",
            "doc_number": "桂商资发〔2026〕11号",
            "issuer": ["广西壮族自治区商务厅", "广西壮族自治区统计局"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "中国（广西）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": ["广西自贸试验区外商投资统计联络员信息表",
                            "广西自贸试验区重点外资项目到资情况调度表"],
            "doc_type": "通知",
            "recipients": ["南宁市商务局", "钦州市商务局", "崇左市商务局",
                           "南宁市统计局", "钦州市统计局", "崇左市统计局",
                           "中国（广西）自由贸易试验区各片区管理委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


# =====================================================================
# Document 3: 青岛片区管委会 印发实施细则的通知（通知 + 细则 两个文件）
# =====================================================================
def doc_qingdao(key, out):
    stem = "blind508_qingdao_tongzhi"
    doc = new_doc()
    n_clauses, x_clauses = [], []

    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    r = p.add_run("中国（山东）自由贸易试验区青岛片区")
    set_font(r, XBS, 26, color=RED); r.add_break()
    set_font(p.add_run("管理委员会文件"), XBS, 26, color=RED)
    empty(doc)
    para(doc, "青自贸管发〔2026〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = para(doc, "", indent=False, line=8)
    border_bottom(p, "FF0000", 18)
    empty(doc)
    # 标题：一个段落内软回车
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    parts = ["中国（山东）自由贸易试验区青岛片区", "管理委员会关于印发《中国（山东）",
             "自由贸易试验区青岛片区外商投资统计"]
    for part in parts:
        r = p.add_run(part)
        set_font(r, XBS, 22); r.add_break()
    set_font(p.add_run("监测工作实施细则》的通知"), XBS, 22)
    empty(doc)
    para(doc, "片区各部门，各有关单位：", indent=False)
    s = ("《中国（山东）自由贸易试验区青岛片区外商投资统计监测工作实施细则》已经片区管委会主任办公会议研究同意，"
         "现印发给你们，请结合工作实际，认真贯彻执行。")
    para(doc, s); n_clauses.append(s)
    s = "执行中遇到的问题，请及时向片区管委会经济发展部反映。"
    para(doc, s); n_clauses.append(s)
    empty(doc)
    para(doc, "附件：中国（山东）自由贸易试验区青岛片区外商投资统计监测工作实施细则")
    empty(doc, 3)
    para(doc, SP * 4 + "中国（山东）自由贸易试验区青岛片区管理委员会", indent=False)
    para(doc, SP * 12 + "2026年4月8日", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）")

    page_break(doc)
    para(doc, "附件", HT, indent=False)
    empty(doc)
    para(doc, "中国（山东）自由贸易试验区青岛片区", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "外商投资统计监测工作实施细则", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)

    def chapter(t):
        para(doc, t, HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)

    def art(no, body):
        p = doc.add_paragraph()
        fmt(p)
        set_font(p.add_run(no), HT, 16)
        set_font(p.add_run(SP + body), FS, 16)
        x_clauses.append(no + SP + body)

    def item(s):
        para(doc, s); x_clauses.append(s)

    chapter("第一章" + SP + "总则")
    art("第一条", "为规范中国（山东）自由贸易试验区青岛片区（以下简称片区）外商投资统计监测工作，提高统计数据质量，"
        "根据《中华人民共和国统计法》《中华人民共和国外商投资法》《外商投资信息报告办法》以及商务部关于自由贸易试验区"
        "外商投资统计监测工作的有关要求，结合片区实际，制定本细则。")
    art("第二条", "本细则适用于片区实施范围内外商投资企业设立、变更、到资等信息的采集、审核、报送、分析和发布工作。")
    art("第三条", "片区外商投资统计监测工作坚持依法统计、分级负责、数据共享、服务决策的原则。")
    chapter("第二章" + SP + "职责分工")
    art("第四条", "片区管委会经济发展部是片区外商投资统计监测工作的主管部门，主要履行以下职责：")
    for s in ["（一）组织实施片区外商投资统计监测工作；",
              "（二）汇总、审核片区外商投资统计数据，按时向山东省商务厅、青岛市商务局报送；",
              "（三）开展片区利用外资形势分析，定期编制统计监测报告；",
              "（四）组织开展统计业务培训和数据质量检查。"]:
        item(s)
    art("第五条", "片区市场监管、税务、外汇管理等部门和单位应当按照职责分工，每月10日前向经济发展部提供上月外商投资"
        "企业登记注册、纳税申报和外汇资金流入等相关数据。")
    art("第六条", "各功能区管理机构负责本区域内外商投资项目的跟踪服务，配合做好企业信息核实和重点项目调度工作。")
    chapter("第三章" + SP + "数据采集和报送")
    art("第七条", "外商投资企业应当按照《外商投资信息报告办法》的规定，通过企业登记系统以及国家企业信用信息公示系统"
        "报送投资信息，并对所报信息的真实性、准确性、完整性负责。")
    art("第八条", "经济发展部应当于每季度结束后10个工作日内完成片区外商投资数据汇总，填报自由贸易试验区外商投资"
        "季度统计报表，经分管领导审签后报送。")
    art("第九条", "对季度实际到资超过1000万美元的外资项目，经济发展部应当建立项目台账，逐项记录投资方、资金来源、"
        "到资时间和项目进展情况。")
    art("第十条", "统计数据报送后发现差错的，应当在下一报告期报送时予以更正，并附书面说明。")
    chapter("第四章" + SP + "数据质量管理")
    art("第十一条", "片区建立统计数据三级审核制度，由数据提供单位自审、经济发展部复审、分管领导终审。")
    art("第十二条", "经济发展部每半年会同有关部门开展一次数据质量抽查，抽查比例不低于当期新设外商投资企业数的10%。")
    art("第十三条", "有下列情形之一的，经济发展部应当会同有关部门进行核实：")
    for s in ["（一）企业实际到资金额与合同外资金额差异较大的；",
              "（二）单季度实际使用外资同比增减幅度超过50%的；",
              "（三）同一投资者在片区内短期内集中设立多家企业的。"]:
        item(s)
    chapter("第五章" + SP + "分析与应用")
    art("第十四条", "经济发展部应当按季度编制片区利用外资统计监测简报，每年1月底前形成上一年度片区利用外资分析报告。")
    art("第十五条", "统计监测结果作为片区招商引资考核、产业政策评估和外资促进资金安排的重要参考。")
    art("第十六条", "片区外商投资统计数据对外发布，以经上级商务主管部门审核确认的数据为准，任何部门和单位不得擅自对外公布。")
    chapter("第六章" + SP + "附则")
    art("第十七条", "参与统计工作的人员对在统计工作中知悉的企业商业秘密和个人信息，应当予以保密。")
    art("第十八条", "违反本细则规定，虚报、瞒报、伪造、篡改统计数据的，依法依规追究相关单位和人员责任。")
    art("第十九条", "本细则由片区管委会经济发展部负责解释。")
    art("第二十条", "本细则自2026年5月1日起施行，有效期至2028年4月30日。《中国（山东）自由贸易试验区青岛片区"
        "外商投资统计直报工作规程（试行）》（青自贸管发〔2023〕19号）同时废止。")

    empty(doc, 4)
    # 版记：段落 + 黑色线
    p = para(doc, "", indent=False, line=6)
    border_bottom(p, "000000", 8)
    p = para(doc, "抄送：青岛市商务局，青岛市统计局，青岛西海岸新区管委办公室。", FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border_bottom(p, "000000", 4)
    p = para(doc, "青岛片区管委会综合办公室" + SP * 9 + "2026年4月9日印发",
             FS, 14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border_bottom(p, "000000", 8)

    finish(doc, stem, out)
    region = "中国（山东）自由贸易试验区青岛片区"
    issuer = ["中国（山东）自由贸易试验区青岛片区管理委员会"]
    xize = "中国（山东）自由贸易试验区青岛片区外商投资统计监测工作实施细则"
    key[stem] = [
        {
            "meta": {
                "title": "中国（山东）自由贸易试验区青岛片区管理委员会关于印发《" + xize + "》的通知",
                "doc_number": "青自贸管发〔2026〕5号",
                "issuer": issuer,
                "date": "2026-04-08",
                "published": None,
                "level": "zone",
                "region": region,
                "effective": None,
                "expires": None,
                "attachments": [xize],
                "doc_type": "通知",
                "recipients": ["片区各部门", "各有关单位"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": n_clauses,
        },
        {
            "meta": {
                "title": xize,
                "doc_number": None,
                "issuer": issuer,
                "date": "2026-04-08",
                "published": None,
                "level": "zone",
                "region": region,
                "effective": "2026-05-01",
                "expires": "2028-04-30",
                "attachments": [],
                "doc_type": "细则",
                "recipients": [],
                "publicity": None,
                "repeals": "《中国（山东）自由贸易试验区青岛片区外商投资统计直报工作规程（试行）》（青自贸管发〔2023〕19号）",
            },
            "clauses": x_clauses,
        },
    ]


def main():
    key, out = {}, []
    doc_shangwubu(key, out)
    doc_guangxi(key, out)
    doc_qingdao(key, out)
    for path in out:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_508", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
