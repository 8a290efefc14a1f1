# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 426 blind test documents: 表扬通报 x2 + 督查问题通报 (批评) x1."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space


# ----------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        sz = rpr.find(qn("w:sz"))
        sz.addprevious(w)
    return run


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc_or_cell, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, exact=28,
         before=0, after=0):
    """runs: list of (text, font, size, bold) or plain string."""
    p = doc_or_cell.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if "\n" in text:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                run = p.add_run(part)
                set_font(run, font, size, bold, color)
                if i < len(parts) - 1:
                    run.add_break(WD_BREAK.LINE)
        else:
            set_font(p.add_run(text), font, size, bold, color)
    return p


def empty(doc, n=1, exact=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, exact=exact)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def border_bottom(p, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def table_borders(table, top=None, bottom=None, insideH=None, left=None, right=None,
                  insideV=None):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for name, val in (("top", top), ("left", left), ("bottom", bottom), ("right", right),
                      ("insideH", insideH), ("insideV", insideV)):
        e = OxmlElement("w:" + name)
        if val is None:
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(val))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def all_borders(table, sz=4):
    table_borders(table, top=sz, bottom=sz, insideH=sz, left=sz, right=sz, insideV=sz)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, exact=22)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r2 = p.add_run()
    set_font(r2, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, SONG, 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r3._element.append(f2)
    set_font(p.add_run(" —"), SONG, 14)


def new_doc():
    doc = Document()
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(s)
    return doc


def add_numbering(doc, n_lists):
    """Word automatic numbering '1.' (no tab after the number); one w:num per list so
    each list restarts at 1. Returns list of numIds."""
    numbering = doc.part.numbering_part.element
    abs_id = "426"
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    ids = []
    for k in range(n_lists):
        nid = str(4260 + k)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), nid)
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), abs_id)
        num.append(an)
        lo = OxmlElement("w:lvlOverride")
        lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        lo.append(so)
        num.append(lo)
        numbering.append(num)
        ids.append(nid)
    return ids


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...); insert at start
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = None


def red_header_single(doc, organ, scale=None, size=30):
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=50)
    set_font(p.add_run(organ), XBS, size, False, RED, scale)
    empty(doc, 1)


def doc_number_line(doc, number):
    p = para(doc, [(number, FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p, "FF0000", 18, 6)
    empty(doc, 1)


def title(doc, text):
    para(doc, [(text, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc, 1)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记 typed as a one-column table with thick top/bottom rule."""
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, top=12, bottom=12, insideH=4)
    c0 = t.rows[0].cells[0]
    c0.text = ""
    p = c0.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=24)
    set_font(p.add_run(FW + "抄送：" + chaosong), FS, 14)
    c1 = t.rows[1].cells[0]
    c1.text = ""
    p = c1.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=24)
    gap = FW * max(2, 25 - len(yinfa_org) - len(yinfa_date))
    set_font(p.add_run(FW + yinfa_org + gap + yinfa_date), FS, 14)
    set_col_widths(t, [15.6])


class Clauses(list):
    def add(self, text):
        self.append(text)
        return text


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(headers, values))


# ======================================================= 1. Fujian 表扬通报
def make_fujian():
    stem = "blind426_fujian_biaoyang"
    doc = new_doc()
    cl = Clauses()
    organ = "中国（福建）自由贸易试验区工作领导小组办公室"
    red_header_single(doc, organ + "文件", scale=66, size=26)
    doc_number_line(doc, "闽自贸办〔2026〕3号")
    ttl = "关于表扬2025年度中国（福建）自由贸易试验区建设先进集体和先进个人的通报"
    # title typed on two lines with a soft line break
    para(doc, [("关于表扬2025年度中国（福建）自由贸易\n试验区建设先进集体和先进个人的通报", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc, 1)
    para(doc, "各片区管委会，省自贸试验区工作领导小组各成员单位：", WD_ALIGN_PARAGRAPH.LEFT, indent=False)

    p1 = cl.add(
        "2025年，全省各片区、各有关部门坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、"
        "国务院关于实施自由贸易试验区提升战略的决策部署，按照省委、省政府工作要求，聚焦制度创新核心任务，"
        "深化闽台融合发展和“海丝”核心区建设，稳步扩大制度型开放，全年新推出制度创新成果126项，其中全国首创38项，"
        "8项创新举措被国务院自由贸易试验区工作部际联席会议办公室列入全国复制推广清单。自贸试验区以占全省千分之二的面积，"
        "贡献了全省约四分之一的外商投资新设企业和约十分之一的进出口额，为全省高质量发展作出了积极贡献，"
        "涌现出一批敢闯敢试、勇于担当的先进集体和先进个人。")
    para(doc, p1)
    p2 = cl.add(
        "为表扬先进、树立典型，进一步激励广大干部职工担当作为、干事创业，经省自贸试验区工作领导小组同意，"
        "决定对福州片区管委会综合部等12个集体和王芳等16名同志予以通报表扬。")
    para(doc, p2)

    # heading on its own line (黑体) - not a clause
    para(doc, [("一、先进集体（12个）", HT, 16, False)])
    units = ["福州片区管委会综合部", "福州片区管委会制度创新部", "福州海关所属马尾海关",
             "福州片区国际贸易“单一窗口”运营中心", "厦门片区管委会政策法规处", "厦门片区管委会航运物流处",
             "厦门海关所属海沧海关", "厦门市市场监督管理局自贸试验区分局", "平潭片区管委会对台合作处",
             "福州海关所属平潭海关", "国家税务总局平潭综合实验区税务局第一税务分局", "福建省商务厅自贸试验区工作处"]
    u = cl.add("、".join(units))
    para(doc, u)

    para(doc, [("二、先进个人（16名）", HT, 16, False)])
    persons = [
        ("王　芳", "福州片区管委会综合部", "福州片区管委会综合部部长"),
        ("林志强", "福州片区创新部", "福州片区管委会制度创新部副部长"),
        ("陈　静", "马尾海关", "福州海关所属马尾海关综合业务科科长"),
        ("郑晓航", "福州市商务局", "福州市商务局自贸区工作处处长"),
        ("黄雅琴", "厦门片区管委会法规处", "厦门片区管委会政策法规处副处长"),
        ("吴建新", "厦门片区物流处", "厦门片区管委会航运物流处一级主任科员"),
        ("李　博", "海沧海关", "厦门海关所属海沧海关物流监控科科长"),
        ("许丽华", "厦门市场监管局", "厦门市市场监督管理局自贸试验区分局登记注册科科长"),
        ("张　磊", "平潭片区管委会对台处", "平潭片区管委会对台合作处处长"),
        ("游文斌", "平潭海关", "福州海关所属平潭海关查验科副科长"),
        ("刘　敏", "平潭税务局一分局", "国家税务总局平潭综合实验区税务局第一税务分局副局长"),
        ("蔡思远", "平潭经发局", "平潭综合实验区经济发展局二级主任科员"),
        ("周　洁", "省商务厅", "福建省商务厅自贸试验区工作处一级主任科员"),
        ("苏振东", "省发改委", "福建省发展和改革委员会利用外资和境外投资处副处长"),
        ("何　琳", "人行福建省分行", "中国人民银行福建省分行跨境人民币业务处副处长"),
        ("方国栋", "省司法厅", "福建省司法厅立法二处二级调研员"),
    ]
    entries = ["%s（%s）" % (n, s) for n, s, _ in persons]
    # two per line, second column aligned by padding with full-width spaces
    col1 = entries[0::2]
    width = max(len(e) for e in col1) + 1
    for i in range(0, len(entries), 2):
        a, b = entries[i], entries[i + 1]
        line = a + FW * (width - len(a)) + b
        assert len(line) <= 28, line
        cl.add(line)
        p = para(doc, [(line, FS, 15, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)

    p3 = cl.add("希望受到表扬的集体和个人珍惜荣誉、戒骄戒躁，再接再厉、再创佳绩，在新的起点上继续发挥示范引领作用。")
    para(doc, p3)
    p4 = cl.add(
        "全省各片区、各有关部门和广大干部职工要以先进为榜样，对标国际高标准经贸规则，大力实施自贸试验区提升战略，"
        "在稳步扩大制度型开放、深化闽台融合发展、推动贸易投资自由化便利化、培育发展新质生产力等方面积极探索，"
        "持续打造更多具有福建特色的标志性制度创新成果，为奋力谱写中国式现代化福建篇章作出新的更大贡献。")
    para(doc, p4)
    empty(doc, 1)
    att = "2025年度中国（福建）自由贸易试验区建设先进个人名单"
    para(doc, "附件：" + att)
    empty(doc, 3)
    # 落款: right-ish, typed with leading full-width spaces
    para(doc, FW * 5 + organ, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年1月23日" + FW * 4, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    # ---- attachment
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc, 1)
    para(doc, [(att, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc, 1)
    headers = ["序号", "姓名", "单位及职务"]
    t = doc.add_table(rows=1 + len(persons), cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    all_borders(t)
    for j, h in enumerate(headers):
        cell_text(t.rows[0].cells[j], h, HT, 14)
    repeat_header(t.rows[0])
    for i, (n, _, duty) in enumerate(persons, 1):
        vals = [str(i), n, duty]
        cell_text(t.rows[i].cells[0], vals[0])
        cell_text(t.rows[i].cells[1], vals[1])
        cell_text(t.rows[i].cells[2], vals[2], align=WD_ALIGN_PARAGRAPH.LEFT)
        cl.add(row_clause(headers, vals))
    set_col_widths(t, [1.8, 2.8, 11.0])

    banji(doc, "商务部自贸区港司，省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
          "福建省商务厅办公室", "2026年1月26日印发")

    meta = {
        "title": ttl,
        "doc_number": "闽自贸办〔2026〕3号",
        "issuer": [organ],
        "date": "2026-01-23",
        "published": None,
        "level": "provincial",
        "region": "中国（福建）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通报",
        "recipients": ["各片区管委会", "省自贸试验区工作领导小组各成员单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": list(cl)}]


# ======================================================= 2. Wuhan 片区 表扬通报
def make_wuhan():
    stem = "blind426_wuhan_biaoyang"
    doc = new_doc()
    cl = Clauses()
    organ = "中国（湖北）自由贸易试验区武汉片区管理委员会"
    red_header_single(doc, organ, scale=70, size=28)
    doc_number_line(doc, "武自贸〔2026〕5号")
    ttl = "关于表扬2025年度自贸试验区建设先进集体和先进个人的通报"
    title(doc, ttl)
    para(doc, "管委会各部门，各有关单位：", WD_ALIGN_PARAGRAPH.LEFT, indent=False)

    p1 = cl.add(
        "2025年，片区管委会各部门、各有关单位深入学习贯彻习近平总书记考察湖北重要讲话精神，认真落实省委、省政府和市委、"
        "市政府关于实施自贸试验区提升战略的部署要求，围绕光电子信息、生物医药、数字贸易等重点产业，大胆试、大胆闯、自主改，"
        "全年形成制度创新成果31项，其中“科技成果转化‘先使用后付费’模式”等4项成果在全省复制推广；新设外商投资企业136家，"
        "实际使用外资同比增长18.6%，跨境电商进出口额突破120亿元，片区综合实力和开放能级进一步提升。")
    para(doc, p1)
    p2 = cl.add(
        "在这一过程中，涌现出一批勇于担当、善于创新、成绩突出的先进集体和先进个人。为表扬先进、激励担当，"
        "经片区管委会主任办公会研究，决定对片区管委会自贸创新局等10个集体和王芳等15名同志予以通报表扬。")
    para(doc, p2)
    empty(doc, 1)
    # heading typed in bold 仿宋 rather than 黑体, indented with typed spaces
    para(doc, [(FW * 2 + "一、先进集体（10个）", FS, 16, True)], indent=False)
    units = ["片区管委会自贸创新局", "片区管委会政务服务局（行政审批局）", "片区管委会投资促进局",
             "东湖综合保税区管理办公室", "武汉海关所属东湖海关", "国家税务总局武汉东湖新技术开发区税务局",
             "片区市场监督管理局登记注册科", "中国银行湖北自贸试验区武汉片区分行",
             "光谷跨境电商产业园运营服务中心", "中国（武汉）知识产权保护中心"]
    for x in units:
        cl.add(x)
        para(doc, FW * 2 + x, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [(FW * 2 + "二、先进个人（15名）", FS, 16, True)], indent=False)
    cl.add("先进个人名单见附件。")
    para(doc, FW * 2 + "先进个人名单见附件。", indent=False)
    empty(doc, 1)
    p3 = cl.add(
        "希望受到表扬的先进集体和先进个人珍惜荣誉、再接再厉，持续发挥示范带动作用。片区各部门、各有关单位要以先进为榜样，"
        "锚定建设高水平开放型经济示范区目标，聚焦首创性、差异化改革探索，在科技创新制度型开放、数据跨境流动、"
        "跨境电商综合试验区建设、中欧班列（武汉）集结中心配套服务等方面加大压力测试力度，推动片区建设在新的一年取得更大成效。")
    para(doc, p3)
    empty(doc, 1)
    att = "2025年度自贸试验区建设先进个人名单"
    para(doc, "附件：" + att)
    empty(doc, 3)
    # 落款 organ and date in ONE paragraph separated by a soft line break
    para(doc, [(organ + "\n" + "2026年2月6日" + FW * 5, FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT,
         indent=False)
    empty(doc, 1)
    para(doc, "（此件主动公开）")

    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [(att, XBS, 20, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=40, before=12,
         after=12)
    persons = [
        ("王　芳", "片区管委会自贸创新局副局长"),
        ("刘建华", "片区管委会自贸创新局制度创新科科长"),
        ("陈　晨", "片区管委会政务服务局（行政审批局）\n综合受理科科长"),
        ("杨志远", "片区管委会投资促进局外资招商科副科长"),
        ("胡　敏", "东湖综合保税区管理办公室业务部部长"),
        ("周晓明", "武汉海关所属东湖海关综合业务科科长"),
        ("余　洁", "国家税务总局武汉东湖新技术开发区税务局\n第二税务所副所长"),
        ("汪海涛", "片区市场监督管理局登记注册科四级主任科员"),
        ("黄　鹏", "中国银行湖北自贸试验区武汉片区分行\n国际业务部经理"),
        ("朱丽娟", "光谷跨境电商产业园运营服务中心主任"),
        ("程　亮", "中国（武汉）知识产权保护中心快速预审部部长"),
        ("彭雪梅", "片区管委会法务室一级主任科员"),
        ("熊　伟", "武汉市商务局自贸区工作处二级调研员"),
        ("邓嘉怡", "武汉汉欧国际物流有限公司市场部经理"),
        ("罗成刚", "片区企业服务中心主任"),
    ]
    headers = ["序号", "姓名", "单位及职务"]
    t = doc.add_table(rows=1 + len(persons), cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    all_borders(t, 6)
    for j, h in enumerate(headers):
        cell_text(t.rows[0].cells[j], h, HT, 16)
    repeat_header(t.rows[0])
    for i, (n, duty) in enumerate(persons, 1):
        vals = [str(i), n, duty]
        cell_text(t.rows[i].cells[0], vals[0], size=14)
        cell_text(t.rows[i].cells[1], vals[1], size=14)
        cell_text(t.rows[i].cells[2], vals[2], size=14)
        cl.add(row_clause(headers, vals))
    set_col_widths(t, [1.6, 2.6, 11.4])

    banji(doc, "市商务局，东湖高新区党工委办公室。",
          "武汉片区管委会办公室", "2026年2月6日印发")

    meta = {
        "title": ttl,
        "doc_number": "武自贸〔2026〕5号",
        "issuer": [organ],
        "date": "2026-02-06",
        "published": None,
        "level": "zone",
        "region": "中国（湖北）自由贸易试验区武汉片区",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通报",
        "recipients": ["管委会各部门", "各有关单位"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": list(cl)}]


# ======================================================= 3. Chongqing 督查问题通报 (批评)
def make_chongqing():
    stem = "blind426_chongqing_ducha"
    doc = new_doc()
    cl = Clauses()
    org1, org2 = "重庆市商务委员会", "重庆市人民政府督查办公室"
    num_ids = add_numbering(doc, 2)

    # joint red 版头 laid out as a borderless table: organs stacked left, 文件 right
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, o in enumerate((org1, org2)):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, exact=44)
        set_font(p.add_run(o), XBS, 30, False, RED, 80)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.text = ""
    p = m.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=60)
    set_font(p.add_run("文件"), XBS, 40, False, RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, [12.0, 3.6])
    empty(doc, 1)
    doc_number_line(doc, "渝商务〔2026〕21号")

    ttl = "关于2025年度中国（重庆）自由贸易试验区重点任务督查发现问题的通报"
    para(doc, [("关于2025年度中国（重庆）自由贸易试验区\n重点任务督查发现问题的通报", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc, 1)
    para(doc, "中国（重庆）自由贸易试验区各片区管委会，市自贸试验区工作领导小组各成员单位：",
         WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)

    def body(text):
        cl.add(text)
        para(doc, text)

    def runin(head, rest, font=KT, bold=False):
        cl.add(head + rest)
        para(doc, [(head, font, 16, bold), (rest, FS, 16, False)])

    def auto_item(text, nid):
        cl.add("%d.%s" % (auto_item.counter[nid], text))
        auto_item.counter[nid] += 1
        p = para(doc, text)
        set_num(p, nid)
    auto_item.counter = {n: 1 for n in num_ids}

    def hand_item(text):
        cl.add(text)
        para(doc, text)

    body("按照市委、市政府工作部署，2025年11月至12月，市商务委会同市政府督查办组成3个督查组，采取听取汇报、查阅资料、"
         "实地察看、企业座谈和“四不两直”暗访等方式，对中国（重庆）自由贸易试验区两江、西永、果园港3个片区及市级有关部门"
         "落实《中国（重庆）自由贸易试验区提升战略实施方案》年度重点任务情况开展专项督查。现将督查发现的问题通报如下。")
    para(doc, [("一、总体情况", HT, 16, False)])
    body("从督查情况看，各片区、各有关部门能够认真落实自贸试验区提升战略部署，全年累计形成制度创新成果52项，"
         "其中6项在全国复制推广，中欧班列（成渝）全年开行超过5000列，自贸试验区实际使用外资占全市比重达到31.2%。"
         "但督查也发现，部分单位仍存在思想认识不到位、任务推进不平衡、工作作风不扎实等问题，影响了重点任务的整体进度和改革成效。")
    para(doc, [("二、发现的主要问题", HT, 16, False)])

    runin("（一）制度创新任务推进滞后。",
          "截至2025年12月底，年度计划推进的48项制度创新任务中，有9项尚未完成，完成率为81.3%，低于全国自贸试验区平均水平。")
    hand_item("1.两江片区跨境贸易投资高水平开放试点配套的3项外汇便利化措施，原定于2025年9月底前落地，截至督查时仅完成1项，"
              "其余2项仍停留在方案论证阶段。")
    hand_item("2.果园港片区铁海联运“一单制”数字提单改革推进缓慢，参与试点的企业仅4家，全年签发数字提单27单，"
              "不足年度目标的三分之一。")
    hand_item("3.西永片区综合保税区“保税研发+检测维修”新业态试点未按期向海关报送监管方案，相关企业业务开展受到影响。")

    runin("（二）惠企政策落实“最后一公里”不畅通。", "部分惠企政策宣传解读不到位，兑现流程繁琐、时限过长。")
    hand_item("1.西永片区2025年度外商投资奖励资金从申报到拨付平均耗时147天，超出承诺时限近1倍。")
    hand_item("2.督查组随机走访的22家跨境电商企业中，有9家不了解跨境电商零售出口“无票免税”和企业所得税核定征收政策，"
              "有关部门政策推送覆盖面不够。")

    runin("（三）国际物流通道服务保障存在短板。", "中欧班列、西部陆海新通道相关配套服务与企业需求仍有差距。")
    auto_item("团结村中心站海关监管作业场所查验与集装箱调拨衔接不畅，部分回程班列货物平均滞留时间达2.6天，"
              "高于全国主要班列集结中心平均水平。", num_ids[0])
    auto_item("中欧班列（成渝）铁路运输单证在银行融资中的认可度不高，2025年仅办理相关融资业务11笔、金额约0.8亿元。",
              num_ids[0])

    runin("（四）工作作风不够扎实。", "个别单位报送材料不实，存在“以文件落实文件”“以会议落实会议”现象。")
    auto_item("市级有关部门报送的年度任务完成情况中，将尚处于起草阶段的2项制度文件列为“已完成”。", num_ids[1])
    auto_item("部分片区制度创新案例总结提炼质量不高，申报的12项案例中有5项与其他自贸试验区已复制推广的经验高度雷同。",
              num_ids[1])

    para(doc, [("三、整改要求", HT, 16, False)])
    # run-in headings in bold 楷体 (bold run) followed by normal run
    runin("（一）压实整改责任。", "各片区管委会和市级有关部门主要负责同志要切实履行第一责任人职责，对照本通报指出的问题逐项制定整改方案，"
          "明确责任单位、责任人和完成时限，做到问题不解决不放过、整改不到位不销号。", KT, True)
    runin("（二）限时整改销号。", "请于2026年3月31日前将整改落实情况书面报送市商务委（自由贸易试验区处），同时抄送市政府督查办。"
          "市商务委将会同市政府督查办适时开展“回头看”，对整改不力、敷衍整改的，按程序提请市政府予以约谈。", KT, True)
    runin("（三）建立长效机制。", "各单位要举一反三，健全重点任务台账管理、定期调度和跟踪问效机制，督查结果将纳入2026年度"
          "自贸试验区建设考核评价，并作为制度创新专项资金安排的重要参考。", KT, True)
    body("联系人：市商务委自由贸易试验区处　刘　洋，联系电话：023－63662157。")

    empty(doc, 3)
    # 落款 of the two organs in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(lt)
    for j, o in enumerate((org1, org2)):
        c = lt.rows[0].cells[j]
        c.text = ""
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        set_font(p.add_run(o), FS, 16)
    set_col_widths(lt, [7.8, 7.8])
    empty(doc, 1)
    para(doc, "2026年1月15日" + FW * 4, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 3)
    banji(doc, "市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，重庆海关，国家税务总局重庆市税务局。",
          "重庆市商务委员会办公室", "2026年1月16日印发")

    meta = {
        "title": ttl,
        "doc_number": "渝商务〔2026〕21号",
        "issuer": [org1, org2],
        "date": "2026-01-15",
        "published": None,
        "level": "provincial",
        "region": "中国（重庆）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通报",
        "recipients": ["中国（重庆）自由贸易试验区各片区管委会", "市自贸试验区工作领导小组各成员单位"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": list(cl)}]


def main():
    expected = {}
    for maker in (make_fujian, make_wuhan, make_chongqing):
        stem, doc, objs = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_426", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
