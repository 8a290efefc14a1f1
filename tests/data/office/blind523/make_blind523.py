# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 523: 表彰通报 (自由贸易试验区建设先进集体和先进个人)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
BR = "\u2028"  # marker for a soft line break inside our strings (w:br)
SP = "\u3000"


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=None, bold=None, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font=FS, size=16, bold=None, color=None):
    """Add text to paragraph; BR inside text becomes a soft line break."""
    parts = text.split(BR)
    last = None
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
        last = r
    return last


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, text="", font=FS, size=16, bold=None, color=None,
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, line=28, before=0,
         after=0, left=None):
    p = container.add_paragraph()
    fmt(p, align, first, line, before, after, left)
    if text:
        add_text(p, text, font, size, bold, color)
    return p


def runs_para(container, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32,
              line=28):
    p = container.add_paragraph()
    fmt(p, align, first, line)
    for text, font, bold in runs:
        add_text(p, text, font, 16, bold)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        para(container, "", first=None, line=line)


def border(p, side="bottom", color="E60012", sz=12, space=1):
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


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, line=None)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup_page(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number "— N —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=14, align=WD_ALIGN_PARAGRAPH.CENTER,
              bold=None, line=22):
    p = cell.paragraphs[0]
    fmt(p, align, None, line)
    add_text(p, text, font, size, bold)


def table_borders_none(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def title_para(doc, text, size=22):
    p = para(doc, text, XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER, first=None,
             line=35)
    return p


def clean(s):
    return s.replace(BR, "")


def name_list_table(doc, rows, merge_pairs=(), add_blank_row=False,
                    widths=(1.5, 7.6, 2.4, 4.3)):
    """rows: list of (unit, name, post). merge_pairs: (i, j) 0-based data rows
    whose 单位 cells are vertically merged (unit written once)."""
    n = len(rows) + 1 + (1 if add_blank_row else 0)
    t = doc.add_table(rows=n, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(("序号", "单位", "姓名", "职务")):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    merged_lower = {j for (_, j) in merge_pairs}
    for k, (unit, name, post) in enumerate(rows):
        cells = t.rows[k + 1].cells
        cell_text(cells[0], str(k + 1))
        if k not in merged_lower:
            cell_text(cells[1], unit, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[2], name)
        cell_text(cells[3], post, align=WD_ALIGN_PARAGRAPH.LEFT)
    for (i, j) in merge_pairs:
        a = t.cell(i + 1, 1)
        b = t.cell(j + 1, 1)
        a.merge(b)
        # merge() leaves an empty paragraph from the lower cell; drop it
        ps = a.paragraphs
        for extra in ps[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
    set_widths(t, widths)
    return t


def table_clauses(rows):
    out = []
    for k, (unit, name, post) in enumerate(rows):
        out.append("序号：%d；单位：%s；姓名：%s；职务：%s"
                   % (k + 1, clean(unit), clean(name), clean(post)))
    return out


def banji_paragraphs(doc, chaosong, yinfa_org, yinfa_date):
    p = para(doc, chaosong, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, first=None,
             left=14, line=26)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, yinfa_org + SP * 6 + yinfa_date + "印发", FS, 14,
             align=WD_ALIGN_PARAGRAPH.LEFT, first=None, left=14, line=26)
    border(p, "bottom", "000000", 8, 1)


def add_chinese_numbering(doc):
    """Create a Word list '一、' (chineseCounting) and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId")))
               for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    suff = OxmlElement("w:suff")
    suff.set(qn("w:val"), "nothing")
    lvl.insert(3, suff)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), HT)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    aref = OxmlElement("w:abstractNumId")
    aref.set(qn("w:val"), str(aid))
    num.append(aref)
    numbering.append(num)
    return nid


def numbered_para(doc, text, num_id):
    p = para(doc, text, HT, 16, first=None)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    return p


# ====================================================== document 1: 福建
def doc_fujian():
    stem = "blind523_fujian_tongbao"
    doc = Document()
    setup_page(doc)

    # 版头: letter-spaced organ names typed with spaces, red
    empty(doc, 2)
    para(doc, "中 共 福 建 省 委 办 公 厅", XBS, 30, color=RED,
         align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=None, line=40)
    para(doc, "福建省人民政府办公厅", XBS, 30, color=RED,
         align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=None, line=40)
    empty(doc, 1)
    p = para(doc, "闽委办发〔2026〕5号", FS, 16,
             align=WD_ALIGN_PARAGRAPH.CENTER, first=None)
    border(p, "bottom", "E60012", 18, 6)
    empty(doc, 1)

    title = "关于表彰2025年度中国（福建）自由贸易试验区建设先进集体和先进个人的通报"
    title_para(doc, "关于表彰2025年度中国（福建）自由贸易试验区" + BR
               + "建设先进集体和先进个人的通报")
    empty(doc, 1)

    recip_line = ("各市、县（区）党委和人民政府，平潭综合实验区党工委、管委会，"
                  "省委各部委，省直各单位，各人民团体：")
    para(doc, recip_line, first=None)

    clauses = []
    pre = [
        "2025年是中国（福建）自由贸易试验区挂牌运行十周年。全省各级各部门深入学习贯彻习近平总书记"
        "关于自由贸易试验区建设的重要指示精神，认真落实党中央、国务院决策部署和省委、省政府工作要求，"
        "坚持以制度创新为核心，聚焦服务两岸融合发展和“一带一路”建设，大胆试、大胆闯、自主改，"
        "全年新推出制度创新成果128项，其中全国首创46项，累计向全国复制推广创新举措78项；"
        "自由贸易试验区以占全省不到千分之二的面积，贡献了全省约四分之一的新设外商投资企业，"
        "中欧（厦门）班列全年开行420列，福州、厦门跨境电子商务综合试验区跨境电商进出口额同比增长21.6%，"
        "为全省高质量发展超越作出了积极贡献。",
        "在自由贸易试验区建设中，涌现出一批勇于改革、敢于担当、成效突出的先进集体和先进个人。"
        "为表彰先进、树立典型，进一步激发全省广大干部群众干事创业热情，经省委、省政府同意，"
        "决定对福建省商务厅自由贸易试验区综合处等25个集体和林志坚等12名同志予以通报表彰。",
    ]
    for t in pre:
        para(doc, t)
        clauses.append(t)

    # 一、 heading typed by hand, bold run in 黑体
    para(doc, "一、先进集体（25个）", HT, 16, bold=True)
    units = [
        "福建省商务厅自由贸易试验区综合处", "福建省发展和改革委员会体制改革综合处",
        "福建省市场监督管理局登记注册局", "福建省司法厅立法二处",
        "中国人民银行福建省分行经常项目管理处", "国家税务总局福建省税务局纳税服务处",
        "中国（福建）自由贸易试验区福州片区管委会综合协调部",
        "中国（福建）自由贸易试验区厦门片区管委会改革创新局",
        "中国（福建）自由贸易试验区平潭片区管委会改革创新发展局",
        "福州海关自贸区和特殊区域发展处", "厦门海关口岸监管处", "福州市商务局",
        "厦门市商务局", "平潭综合实验区经济发展局", "福州市马尾区市场监督管理局",
        "厦门市湖里区人民法院", "厦门象屿综合保税区管理局",
        "福州江阴港综合保税区管理委员会", "厦门国际陆港发展有限公司",
        "福州市跨境电子商务综合试验区服务中心", "厦门港口管理局航运物流处",
        "平潭海关", "厦门市数据管理局", "国家税务总局平潭综合实验区税务局",
        "福建海事局船舶监督处",
    ]
    assert len(units) == 25
    t = "、".join(units)
    para(doc, t)
    clauses.append(t)

    para(doc, "二、先进个人（12名）", HT, 16, bold=True)
    people = [
        ("林志坚", "福建省商务厅", "自由贸易试验区综合处处长"),
        ("江　涛", "福建省商务厅", "自由贸易试验区综合处二级主任科员"),
        ("陈　敏", "福州市商务局", "党组成员、副局长"),
        ("黄建华", "中国（福建）自由贸易试验区福州片区管委会", "综合协调部部长"),
        ("吴晓东", "中国（福建）自由贸易试验区厦门片区管委会", "改革创新局副局长"),
        ("郑丽娟", "厦门海关", "口岸监管处副处长"),
        ("王　斌", "福州海关", "自贸区和特殊区域发展处四级调研员"),
        ("刘海燕", "平潭综合实验区经济发展局", "副局长"),
        ("张　磊", "厦门国际陆港发展有限公司", "中欧班列运营部经理"),
        ("蔡宏伟", "国家税务总局厦门市税务局", "第二税务分局局长"),
        ("许　静", "福州市马尾区市场监督管理局", "登记注册科科长"),
        ("周伟民", "福州市跨境电子商务综合试验区服务中心", "主任"),
    ]
    for name, unit, post in people:
        t = "%s（%s%s）" % (name, unit, post)
        para(doc, t)
        clauses.append(t)

    closing = [
        "希望受表彰的先进集体和先进个人珍惜荣誉、戒骄戒躁，再接再厉、再创佳绩，"
        "在深化自由贸易试验区改革创新中继续发挥示范引领作用。",
        "全省各级各部门和广大干部群众要以受表彰的先进集体和先进个人为榜样，"
        "学习他们勇于担当、敢闯敢试的改革精神，学习他们真抓实干、埋头苦干的工作作风，"
        "深入实施自由贸易试验区提升战略，加快推进制度型开放，更好服务和融入“一带一路”建设"
        "和两岸融合发展，为奋力谱写中国式现代化福建篇章作出新的更大贡献。",
    ]
    for t in closing:
        para(doc, t)
        clauses.append(t)

    empty(doc, 1)
    att_title = "2025年度中国（福建）自由贸易试验区建设先进个人名单"
    para(doc, "附件：" + att_title, first=32)
    empty(doc, 3)
    # 落款: two organs on one line separated by typed spaces, right-ish
    para(doc, "中共福建省委办公厅" + SP * 4 + "福建省人民政府办公厅",
         align=WD_ALIGN_PARAGRAPH.RIGHT, first=None)
    para(doc, "2026年2月10日" + SP * 4, align=WD_ALIGN_PARAGRAPH.RIGHT,
         first=None)
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    # 附件
    page_break(doc)
    para(doc, "附件", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=None)
    empty(doc, 1)
    title_para(doc, att_title, 20)
    empty(doc, 1)
    rows = []
    for name, unit, post in people:
        rows.append((unit, name.replace(SP, ""), post))
    name_list_table(doc, rows, merge_pairs=[(0, 1)])
    clauses += table_clauses(rows)

    # 版记
    empty(doc, 6)
    banji_paragraphs(doc, "抄送：省纪委监委机关，省人大常委会办公厅，省政协办公厅，"
                          "省法院，省检察院，省军区。",
                     "中共福建省委办公厅秘书处", "2026年2月10日")

    meta = {
        "title": title,
        "doc_number": "闽委办发〔2026〕5号",
        "issuer": ["中共福建省委办公厅", "福建省人民政府办公厅"],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [att_title],
        "doc_type": "通报",
        "recipients": ["各市、县（区）党委和人民政府", "平潭综合实验区党工委、管委会",
                       "省委各部委", "省直各单位", "各人民团体"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ====================================================== document 2: 四川
def doc_sichuan():
    stem = "blind523_sichuan_tongbao"
    doc = Document()
    setup_page(doc)
    num_id = add_chinese_numbering(doc)

    empty(doc, 1)
    para(doc, "中共四川省委办公厅", XBS, 32, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=44)
    para(doc, "四川省人民政府办公厅", XBS, 32, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=None, line=44)
    empty(doc, 2)
    p = para(doc, "川委办〔2026〕3号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
             first=None)
    border(p, "bottom", "E60012", 24, 4)
    empty(doc, 1)
    title = "关于表彰2025年度自由贸易试验区建设先进集体和先进个人的通报"
    title_para(doc, "关于表彰2025年度自由贸易试验区建设" + BR
               + "先进集体和先进个人的通报")
    empty(doc, 1)
    para(doc, "各市（州）党委和人民政府，省委各部委，省级各部门，各人民团体：",
         first=None)

    clauses = []
    pre = [
        "2025年，全省各地各部门坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实"
        "党的二十大和二十届二中、三中、四中全会精神，深入实施自由贸易试验区提升战略，"
        "积极对接高标准国际经贸规则，扎实推进首创性、差异化改革探索。中国（四川）自由贸易试验区"
        "全年形成制度创新成果92项，新设外商投资企业326家，实际使用外资同比增长12.4%；"
        "中欧班列（成渝）全年开行超过5200列，西部陆海新通道班列开行量稳步提升，"
        "成都天府国际机场综合保税区、泸州综合保税区进出口额分别增长18.2%和15.7%，"
        "自由贸易试验区协同改革先行区建设取得新进展，有力服务了“一带一路”建设和长江经济带发展。",
        "为表彰先进、激励担当，经省委、省政府同意，决定授予成都天府新区自贸试验区管理局等18个集体"
        "“2025年度全省自由贸易试验区建设先进集体”称号，授予何志刚等15名同志"
        "“2025年度全省自由贸易试验区建设先进个人”称号。",
    ]
    for t in pre:
        para(doc, t)
        clauses.append(t)

    # headings with Word automatic numbering (一、 二、 not typed)
    numbered_para(doc, "先进集体（18个）", num_id)
    groups = [
        ("成都天府新区片区", ["成都天府新区自贸试验区管理局", "成都高新区管委会自贸试验区工作局",
                      "成都市双流区商务局", "成都天府机场海关"]),
        ("成都青白江铁路港片区", ["成都国际铁路港经济技术开发区管委会改革创新局",
                         "成都国际陆港运营有限公司", "青白江海关",
                         "成都市青白江区市场监督管理局"]),
        ("川南临港片区", ["中国（四川）自由贸易试验区川南临港片区管委会综合协调部", "泸州市商务局",
                    "泸州港保税物流中心（B型）", "泸州海关"]),
        ("省直部门和协同改革先行区", ["四川省商务厅自由贸易试验区处",
                             "四川省发展和改革委员会体制改革处",
                             "四川省市场监督管理局注册局",
                             "成都海关自贸区和特殊区域发展处", "德阳市商务局", "宜宾市商务局"]),
    ]
    assert sum(len(g[1]) for g in groups) == 18
    for label, us in groups:
        t = label + "：" + "、".join(us)
        runs_para(doc, [(label + "：", KT, None), ("、".join(us), FS, None)])
        clauses.append(t)

    numbered_para(doc, "先进个人（15名）", num_id)
    people = [
        ("何志刚", "四川省商务厅", "自由贸易试验区处处长"),
        ("李　娜", "四川省商务厅", "自由贸易试验区处一级主任科员"),
        ("罗建军", "成都天府新区自贸试验区管理局", "局长"),
        ("杨晓梅", "成都高新区管委会自贸试验区工作局", "副局长"),
        ("邓　勇", "成都国际铁路港经济技术开发区管委会改革创新局", "局长"),
        ("唐丽君", "成都国际陆港运营有限公司", "中欧班列运营中心总经理"),
        ("付　强", "成都海关", "自贸区和特殊区域发展处副处长"),
        ("赵明亮", "泸州市商务局", "党组书记、局长"),
        ("钟　华", "中国（四川）自由贸易试验区川南临港片区管委会", "综合协调部部长"),
        ("谢春燕", "四川省市场监督管理局", "注册局四级调研员"),
        ("王德福", "宜宾市商务局", "副局长"),
        ("曾　鑫", "德阳市商务局", "外资外经科科长"),
        ("冯雪梅", "国家税务总局成都市税务局", "出口退税处副处长"),
        ("蒋　伟", "成都天府机场海关", "综合业务科科长"),
        ("郭小兰", "成都市双流区商务局", "副局长"),
    ]
    t = "、".join("%s（%s%s）" % (n, u, po) for n, u, po in people)
    para(doc, t)
    clauses.append(t)

    closing = [
        "希望受表彰的集体和个人珍惜荣誉、发扬成绩，在新的起点上勇当改革开放排头兵，"
        "为推动自由贸易试验区高质量发展再立新功。",
        "各地各部门要以先进为榜样，进一步解放思想、大胆探索，对标高标准国际经贸规则，"
        "在投资贸易便利化、金融开放创新、中欧班列和多式联运、跨境电商等领域加快形成更多"
        "可复制可推广的制度创新成果，为谱写中国式现代化四川新篇章作出更大贡献。",
    ]
    for t in closing:
        para(doc, t)
        clauses.append(t)

    empty(doc, 1)
    att_title = "2025年度全省自由贸易试验区建设先进个人名单"
    p = para(doc, "附件：" + att_title, first=32)
    empty(doc, 2)

    # 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    table_borders_none(lt)
    cell_text(lt.cell(0, 0), "中共四川省委办公厅", FS, 16,
              WD_ALIGN_PARAGRAPH.CENTER, line=28)
    cell_text(lt.cell(0, 1), "四川省人民政府办公厅", FS, 16,
              WD_ALIGN_PARAGRAPH.CENTER, line=28)
    m = lt.cell(1, 0).merge(lt.cell(1, 1))
    cell_text(m, "2026年1月20日" + SP * 3, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT,
              line=28)
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    page_break(doc)
    para(doc, "附件", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=None)
    empty(doc, 1)
    title_para(doc, att_title, 20)
    para(doc, "", first=None, line=16)
    rows = [(u, n.replace(SP, ""), po) for n, u, po in people]
    name_list_table(doc, rows, merge_pairs=[(0, 1)], add_blank_row=True)
    clauses += table_clauses(rows)

    empty(doc, 4)
    # 版记 as a 2-row table with only horizontal rules
    bt = doc.add_table(rows=2, cols=1)
    table_borders_none(bt)
    cell_text(bt.cell(0, 0), "抄送：省纪委监委机关，省人大常委会办公厅，省政协办公厅，"
              "省法院，省检察院，省军区，武警四川省总队。", FS, 14,
              WD_ALIGN_PARAGRAPH.LEFT, line=24)
    cell_text(bt.cell(1, 0), "中共四川省委办公厅秘书处" + SP * 5 + "2026年1月21日印发",
              FS, 14, WD_ALIGN_PARAGRAPH.LEFT, line=24)
    border(bt.cell(0, 0).paragraphs[0], "top", "000000", 8, 1)
    border(bt.cell(1, 0).paragraphs[0], "top", "000000", 4, 1)
    border(bt.cell(1, 0).paragraphs[0], "bottom", "000000", 8, 1)

    meta = {
        "title": title,
        "doc_number": "川委办〔2026〕3号",
        "issuer": ["中共四川省委办公厅", "四川省人民政府办公厅"],
        "date": "2026-01-20",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [att_title],
        "doc_type": "通报",
        "recipients": ["各市（州）党委和人民政府", "省委各部委", "省级各部门", "各人民团体"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ====================================================== document 3: 广西
def doc_guangxi():
    stem = "blind523_guangxi_tongbao"
    doc = Document()
    setup_page(doc)

    # 版头 in a layout table: two organ names stacked, "文件" merged at right
    empty(doc, 1)
    ht = doc.add_table(rows=2, cols=2)
    table_borders_none(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(ht.cell(0, 0), "中共广西壮族自治区委员会办公厅", XBS, 20,
              WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    cell_text(ht.cell(1, 0), "广西壮族自治区人民政府办公厅", XBS, 20,
              WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    wj = ht.cell(0, 1).merge(ht.cell(1, 1))
    cell_text(wj, "文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, line=44)
    for c in (ht.cell(0, 0), ht.cell(1, 0), wj):
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
    set_widths(ht, (12.0, 3.6))
    empty(doc, 2)
    p = para(doc, "桂办发〔2026〕4号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
             first=None)
    border(p, "bottom", "E60012", 18, 6)
    empty(doc, 1)

    title = "关于表彰2025年度中国（广西）自由贸易试验区建设先进集体和先进个人的通报"
    title_para(doc, "关于表彰2025年度中国（广西）自由贸易试验区建设" + BR
               + "先进集体和先进个人的通报")
    empty(doc, 1)
    para(doc, "各市、县党委和人民政府，自治区党委各部委，自治区各委办厅局，"
              "各人民团体，中直驻桂各单位：", first=None)

    clauses = []
    pre = [
        "中国（广西）自由贸易试验区设立以来，全区各级各部门深入贯彻落实习近平总书记关于广西工作"
        "论述的重要要求，紧紧围绕打造面向东盟的开放合作高地，以制度创新为核心，"
        "统筹推进南宁、钦州港、崇左三个片区差异化发展。2025年，自由贸易试验区新增制度创新成果"
        "87项，其中“跨境电商＋边民互市”融合发展、中国—东盟跨境产能合作“两国双园”"
        "监管协同等18项成果入选全国最佳实践案例；南宁、钦州、凭祥综合保税区进出口总额"
        "同比增长19.3%，西部陆海新通道海铁联运班列全年开行1.2万列，"
        "为全区深度融入共建“一带一路”、全面对接《区域全面经济伙伴关系协定》（RCEP）作出了重要贡献。",
        "为表彰先进、弘扬正气，激励全区广大干部职工在新征程上担当作为，经自治区党委、"
        "自治区人民政府同意，决定对广西壮族自治区商务厅自由贸易试验区处等20个先进集体"
        "和韦建国等13名先进个人予以通报表彰。",
    ]
    for t in pre:
        para(doc, t)
        clauses.append(t)

    para(doc, "一、先进集体", HT, 16)
    units = [
        "广西壮族自治区商务厅自由贸易试验区处", "广西壮族自治区发展和改革委员会体制改革处",
        "广西壮族自治区市场监督管理局登记注册局", "南宁海关自贸区和特殊区域发展处",
        "中国人民银行广西壮族自治区分行经常项目管理处",
        "中国（广西）自由贸易试验区南宁片区管委会改革创新局",
        "中国（广西）自由贸易试验区钦州港片区管委会综合协调局",
        "中国（广西）自由贸易试验区崇左片区管委会经济发展局",
        "南宁市商务局", "钦州市商务局", "崇左市商务局", "南宁综合保税区管理委员会",
        "钦州综合保税区管理委员会", "凭祥综合保税区管理委员会", "钦州海关", "凭祥海关",
        "南宁市跨境电子商务综合试验区服务中心", "北部湾港钦州码头有限公司",
        "中国铁路南宁局集团有限公司货运部", "国家税务总局钦州市税务局",
    ]
    assert len(units) == 20
    # typed with manual soft line breaks after some 、
    pieces = []
    for i, u in enumerate(units):
        pieces.append(u)
        if i < len(units) - 1:
            pieces.append("、")
            if i in (3, 7, 12, 16):
                pieces.append(BR)
    t_docx = "".join(pieces)
    para(doc, t_docx)
    clauses.append(clean(t_docx))

    para(doc, "二、先进个人", HT, 16)
    groups = [
        ("（一）自治区直属单位", [
            ("韦建国", "广西壮族自治区商务厅", "自由贸易试验区处处长"),
            ("蒙　丽", "广西壮族自治区商务厅", "自由贸易试验区处二级调研员"),
            ("陆志明", "南宁海关", "自贸区和特殊区域发展处副处长"),
            ("覃晓燕", "中国人民银行广西壮族自治区分行", "经常项目管理处副处长"),
        ]),
        ("（二）南宁片区", [
            ("黄　鹏", "中国（广西）自由贸易试验区南宁片区管委会", "改革创新局局长"),
            ("梁秋菊", "南宁综合保税区管理委员会", "招商服务部部长"),
            ("李文斌", "南宁市跨境电子商务综合试验区服务中心", "主任"),
        ]),
        ("（三）钦州港片区", [
            ("农　海", "中国（广西）自由贸易试验区钦州港片区管委会", "综合协调局副局长"),
            ("潘玉梅", "钦州综合保税区管理委员会", "综合业务部部长"),
            ("莫振宇", "北部湾港钦州码头有限公司", "副总经理"),
        ]),
        ("（四）崇左片区", [
            ("凌　峰", "中国（广西）自由贸易试验区崇左片区管委会", "经济发展局局长"),
            ("何春兰", "凭祥海关", "综合业务科科长"),
            ("零家宝", "崇左市商务局", "副局长"),
        ]),
    ]
    people = []
    for label, ps in groups:
        para(doc, label, KT, 16)
        for n, u, po in ps:
            t = "%s（%s%s）" % (n, u, po)
            para(doc, t)
            clauses.append(t)
            people.append((n, u, po))
    assert len(people) == 13

    closing = [
        "希望受表彰的先进集体和先进个人珍惜荣誉、再接再厉，始终保持奋发有为的精神状态，"
        "在自由贸易试验区建设中争创新的业绩。",
        "全区各级各部门要以受表彰的先进集体和先进个人为榜样，坚持大胆试、大胆闯、自主改，"
        "深化面向东盟的金融开放门户建设，提升中国—东盟跨境贸易和投资便利化水平，"
        "推动自由贸易试验区与综合保税区、边境经济合作区、跨境电子商务综合试验区联动发展，"
        "为加快建设新时代中国特色社会主义壮美广西作出新的更大贡献。",
    ]
    for t in closing:
        para(doc, t)
        clauses.append(t)

    empty(doc, 1)
    att_title = "2025年度中国（广西）自由贸易试验区建设先进个人名单"
    # attachment line with hanging indent so the title wraps under itself
    p = para(doc, "附件：" + att_title, first=None)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 3)
    para(doc, "中共广西壮族自治区委员会办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT,
         first=None)
    para(doc, "广西壮族自治区人民政府办公厅" + SP, align=WD_ALIGN_PARAGRAPH.RIGHT,
         first=None)
    para(doc, "二〇二六年三月五日" + SP * 3, align=WD_ALIGN_PARAGRAPH.RIGHT,
         first=None)
    empty(doc, 1)
    para(doc, "（此件发至县级）")

    page_break(doc)
    para(doc, "附件", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, first=None)
    empty(doc, 1)
    title_para(doc, "2025年度中国（广西）自由贸易试验区" + BR + "建设先进个人名单", 20)
    empty(doc, 1)
    long_break = {
        "中国（广西）自由贸易试验区南宁片区管委会":
            "中国（广西）自由贸易试验区" + BR + "南宁片区管委会",
        "中国（广西）自由贸易试验区钦州港片区管委会":
            "中国（广西）自由贸易试验区" + BR + "钦州港片区管委会",
        "中国（广西）自由贸易试验区崇左片区管委会":
            "中国（广西）自由贸易试验区" + BR + "崇左片区管委会",
    }
    rows = [(long_break.get(u, u), n.replace(SP, ""), po) for n, u, po in people]
    name_list_table(doc, rows, merge_pairs=[(0, 1)],
                    widths=(1.4, 7.0, 2.2, 5.2))
    clauses += table_clauses(rows)

    empty(doc, 5)
    banji_paragraphs(doc, "抄送：自治区纪委监委机关，自治区人大常委会办公厅，自治区政协办公厅，"
                          "自治区高级人民法院，自治区人民检察院，广西军区。",
                     "中共广西壮族自治区委员会办公厅秘书处", "2026年3月6日")

    meta = {
        "title": title,
        "doc_number": "桂办发〔2026〕4号",
        "issuer": ["中共广西壮族自治区委员会办公厅", "广西壮族自治区人民政府办公厅"],
        "date": "2026-03-05",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [att_title],
        "doc_type": "通报",
        "recipients": ["各市、县党委和人民政府", "自治区党委各部委", "自治区各委办厅局",
                       "各人民团体", "中直驻桂各单位"],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_fujian, doc_sichuan, doc_guangxi):
        stem, doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_523",
                        "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
