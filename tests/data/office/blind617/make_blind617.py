# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 617: 领导小组成员调整通知 (Word + PDF + expected.json)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "\u3000"  # full-width space

XBS = "方正小标宋简体"
FS_GB = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS_GB
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS_GB)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28.9)
    add_page_number(sec)
    return doc


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def para(doc, text="", font=FS_GB, size=16, bold=False, align=None, indent=True,
         color=None, line=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runin(doc, head, body, head_font=HT, bold=False):
    """Paragraph whose first words are a run-in heading in another font / bold."""
    p = para(doc)
    r = p.add_run(head)
    set_font(r, head_font, 16, bold)
    r = p.add_run(body)
    set_font(r, FS_GB, 16)
    return p


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def red_header(doc, organ, docno, docno_align=WD_ALIGN_PARAGRAPH.CENTER, with_wenjian=True):
    para(doc)  # empty line the typist left at the top
    p = para(doc, organ + ("文件" if with_wenjian else ""), XBS, 36 if with_wenjian else 30,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=48)
    p.paragraph_format.space_before = Pt(24)
    para(doc)
    p = para(doc, docno, FS_GB, 16, align=docno_align, indent=False)
    border(p, "bottom", "FF0000", 18)
    para(doc)


def cell_text(cell, text, font=FS_GB, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(22)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)


def tbl_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def vmerge(cell, restart):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vMerge")
    if restart:
        v.set(qn("w:val"), "restart")
    tcPr.append(v)


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7))); tw.set(qn("w:type"), "dxa")
    for row in table.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true")
        trPr.append(cs)
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def banji(doc, chaosong, yinfa_organ, yinfa_date, as_table=True):
    """版记: 抄送 + 印发 line between horizontal rules."""
    para(doc, indent=False)
    para(doc, indent=False)
    if as_table:
        t = doc.add_table(rows=2, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side, sz in (("top", 12), ("insideH", 4), ("bottom", 12)):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
            b.append(e)
        tblPr.append(b)
        c0 = t.rows[0].cells[0]
        cell_text(c0, chaosong, FS_GB, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
        c1 = t.rows[1].cells[0]
        # alignment by hand: organ, lots of spaces, date
        cell_text(c1, FS + yinfa_organ + FS * 6 + yinfa_date + "印发", FS_GB, 14,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    else:
        p = para(doc, FS + chaosong, FS_GB, 14, indent=False)
        border(p, "top", "000000", 12)
        border(p, "bottom", "000000", 4)
        p = para(doc, FS + yinfa_organ + FS * 7 + yinfa_date + "印发", FS_GB, 14, indent=False)
        border(p, "bottom", "000000", 12)


def add_chinese_numbering(doc):
    """Word automatic numbering 一、二、三、 (chineseCounting) -> returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "917"
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(a), HT if a != "w:hint" else "eastAsia")
    rpr.append(rf)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "917")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), abs_id)
    num.append(an)
    numbering.append(num)
    return "917"


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id)
    numPr.append(il); numPr.append(ni)
    ppr.insert(0, numPr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numPr)
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def signature(doc, organ, date, organ_spaces=9, date_spaces=10):
    """落款 pushed right with typed full-width spaces instead of alignment."""
    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, FS * organ_spaces + organ, indent=False)
    para(doc, FS * date_spaces + date, indent=False)


EXPECTED = {}


# =================================================================== 1 济南
def make_jinan():
    stem = "blind617_jinan_tongzhi"
    doc = new_doc()
    clauses = []
    organ = "济南市人民政府办公厅"
    docno = "济政办字〔2025〕11号"
    zone = "中国（山东）自由贸易试验区济南片区"
    group = "济南市推进" + zone + "建设工作领导小组"
    title = "济南市人民政府办公厅关于调整" + group + "成员的通知"

    red_header(doc, organ, docno)
    # title typed as two separate paragraphs
    para(doc, "济南市人民政府办公厅", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "关于调整济南市推进" + zone, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "建设工作领导小组成员的通知", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, indent=False)
    para(doc, "各区县人民政府，市政府各部门（单位）：", indent=False)

    t = ("因人事变动和工作需要，经市政府同意，现将" + group +
         "（以下简称领导小组）成员调整如下：")
    para(doc, t); clauses.append(t)

    # 组长 / 副组长 as separate paragraphs, hanging continuation typed with spaces
    lines_head = [
        ("组" + FS + "长：", "陈国栋" + FS + "市长"),
        ("副组长：", "刘" + FS + "洋" + FS + "副市长"),
        (FS * 4, "王志刚" + FS + "市政府秘书长"),
        (FS * 4, "葛" + FS + "亮" + FS + "济南高新区党工委书记、济南片区管委会主任"),
    ]
    for lead, rest in lines_head:
        p = para(doc)
        r = p.add_run(lead); set_font(r, HT if lead.strip(FS) else FS_GB, 16)
        r = p.add_run(rest); set_font(r, FS_GB, 16)
        clauses.append((lead + rest).strip(FS))

    members = [
        "市政府副秘书长" + FS + "孙" + FS + "涛",
        "市委组织部副部长" + FS + "刘晓峰",
        "市发展改革委主任" + FS + "张建华",
        "市科技局局长" + FS + "高" + FS + "峰",
        "市工业和信息化局局长" + FS + "马立新",
        "市公安局副局长" + FS + "韩" + FS + "冰",
        "市司法局局长" + FS + "邵红梅",
        "市财政局局长" + FS + "郑" + FS + "凯",
        "市人力资源社会保障局局长" + FS + "杜文静",
        "市自然资源和规划局局长" + FS + "程广利",
        "市交通运输局局长" + FS + "谢" + FS + "宁",
        "市商务局局长" + FS + "周海军",
        "市市场监管局局长" + FS + "徐" + FS + "庆",
        "市行政审批服务局局长" + FS + "任立军",
        "市大数据局局长" + FS + "宋雨桐",
        "市口岸物流办主任" + FS + "袁" + FS + "超",
        "市委金融办常务副主任" + FS + "付晓东",
        "济南海关副关长" + FS + "邱建国",
        "国家税务总局济南市税务局副局长" + FS + "温" + FS + "宏",
        "国家外汇管理局山东省分局副局长" + FS + "冷" + FS + "月",
        "济南高新区管委会专职副主任" + FS + "曹振宇",
    ]
    # the whole 成员 block is ONE paragraph broken with soft line breaks (Shift+Enter)
    p = para(doc)
    r = p.add_run("成" + FS + "员："); set_font(r, HT, 16)
    for i, m in enumerate(members):
        if i > 0:
            br = p.add_run(); br.add_break(); set_font(br, FS_GB, 16)
            r = p.add_run(FS * 4 + m)
        else:
            r = p.add_run(m)
        set_font(r, FS_GB, 16)
        clauses.append(("成" + FS + "员：" + m) if i == 0 else m)

    para(doc, indent=False)  # stray empty paragraph

    t = ("领导小组办公室设在市商务局，承担领导小组日常工作。办公室主任由市商务局局长周海军兼任，"
         "副主任由济南高新区管委会专职副主任曹振宇和市商务局分管负责同志兼任。")
    para(doc, t); clauses.append(t)

    t = ("领导小组主要职责：贯彻落实党中央、国务院和省委、省政府关于自由贸易试验区建设的决策部署；"
         "研究审议济南片区发展规划、年度工作要点和重大改革事项；统筹协调解决制度创新、项目建设和要素保障中的重大问题；"
         "督促检查各项改革试点任务落实情况，推动制度创新成果复制推广。")
    para(doc, t); clauses.append(t)

    t = ("领导小组成员因工作变动需要调整的，由所在单位提出意见，报领导小组办公室审核后，"
         "按程序报领导小组组长审定，不再另行发文。")
    para(doc, t); clauses.append(t)

    t = ("各成员单位要明确1名处级干部作为联络员，于2025年3月25日前将联络员名单报领导小组办公室"
         "（联系电话：0531-51705316）。")
    para(doc, t); clauses.append(t)

    repealed = ("济南市人民政府办公厅关于调整" + group + "成员的通知")
    t = "《" + repealed + "》（济政办字〔2023〕9号）同时废止。"
    para(doc, t); clauses.append(t)

    signature(doc, organ, "2025年3月12日", organ_spaces=12, date_spaces=13)
    para(doc, "（此件公开发布）")

    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，济南警备区。",
          organ, "2025年3月13日", as_table=True)

    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": docno,
            "issuer": [organ],
            "date": "2025-03-12",
            "published": None,
            "level": "municipal",
            "region": "济南市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区县人民政府", "市政府各部门（单位）"],
            "publicity": "此件公开发布",
            "repeals": repealed + "（济政办字〔2023〕9号）",
        },
        "clauses": clauses,
    }]
    return stem


# =================================================================== 2 合肥 (table)
def make_hefei():
    stem = "blind617_hefei_tongzhi"
    doc = new_doc()
    clauses = []
    organ = "合肥市人民政府办公室"
    docno = "合政办秘〔2025〕47号"
    zone = "中国（安徽）自由贸易试验区合肥片区"
    group = "合肥市推进" + zone + "建设工作领导小组"
    title = "合肥市人民政府办公室关于调整" + group + "成员的通知"

    # this office prints no "文件": just organ in red, 文号 flush right above the rule
    red_header(doc, organ, docno, docno_align=WD_ALIGN_PARAGRAPH.RIGHT, with_wenjian=False)

    # title in ONE paragraph with a soft line break in the middle
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    r = p.add_run("合肥市人民政府办公室关于调整合肥市推进" + zone); set_font(r, XBS, 22)
    r = p.add_run(); r.add_break(); set_font(r, XBS, 22)
    r = p.add_run("建设工作领导小组成员的通知"); set_font(r, XBS, 22)
    para(doc, indent=False)
    para(doc, "各县（市）、区人民政府，市政府各部门、各直属机构：", indent=False)

    t = ("为进一步加强对" + zone + "建设工作的组织领导，根据人员变动情况，经市政府同意，决定对"
         + group + "（以下简称领导小组）成员进行调整。现将调整后的组成人员名单通知如下：")
    para(doc, t); clauses.append(t)

    rows = [
        ("组长", "罗" + FS + "斌", "市政府市长"),
        ("副组长", "沈" + FS + "刚", "市政府副市长"),
        ("副组长", "钱雨辰", "市政府秘书长"),
        ("副组长", "宋立平", "合肥高新区党工委书记、合肥片区管委会主任"),
        ("成员", "孟" + FS + "超", "市政府副秘书长"),
        ("成员", "唐文斌", "市发展改革委主任"),
        ("成员", "邹" + FS + "颖", "市教育局局长"),
        ("成员", "鲁海洋", "市科技局局长"),
        ("成员", "江" + FS + "峰", "市经济和信息化局局长"),
        ("成员", "祁志远", "市公安局副局长"),
        ("成员", "姚丽娟", "市司法局局长"),
        ("成员", "叶" + FS + "青", "市财政局局长"),
        ("成员", "蔡明辉", "市人力资源和社会保障局局长"),
        ("成员", "万国庆", "市自然资源和规划局局长"),
        ("成员", "潘" + FS + "宇", "市生态环境局局长"),
        ("成员", "陶振华", "市城乡建设局局长"),
        ("成员", "何建军", "市交通运输局局长"),
        ("成员", "汤国华", "市商务局局长"),
        ("成员", "金" + FS + "蕾", "市卫生健康委主任"),
        ("成员", "戴文涛", "市市场监督管理局局长"),
        ("成员", "苏" + FS + "杭", "市数据资源局局长"),
        ("成员", "丁晓明", "市地方金融监管局局长"),
        ("成员", "柏" + FS + "林", "市政务服务管理局局长"),
        ("成员", "韦志强", "市投资促进局局长"),
        ("成员", "卢红霞", "市口岸办主任"),
        ("成员", "周子健", "合肥海关副关长"),
        ("成员", "范建国", "国家税务总局合肥市税务局副局长"),
        ("成员", "殷" + FS + "涛", "合肥经开区管委会副主任"),
        ("成员", "严如松", "合肥新站高新区管委会副主任"),
        ("成员", "黎" + FS + "明", "合肥高新区管委会副主任"),
        ("成员", "晏长青", "合肥国际内陆港建设办公室主任"),
    ]
    header = ("职务", "姓名", "单位及职务")
    table = doc.add_table(rows=1 + len(rows), cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(table)
    set_col_widths(table, (26, 30, 100))
    for i, h in enumerate(header):
        cell_text(table.rows[0].cells[i], h, HT, 14)
    repeat_header(table.rows[0])  # header repeats on page 2 of the PDF
    prev = None
    for ri, (duty, name, post) in enumerate(rows, start=1):
        cells = table.rows[ri].cells
        # 职务 column vertically merged for runs of the same value
        if duty != prev:
            vmerge(cells[0], True)
            cell_text(cells[0], duty)
        else:
            vmerge(cells[0], False)
        nxt = rows[ri][0] if ri < len(rows) else None
        if duty != prev and nxt != duty:
            # single-row group: remove the restart again
            tcPr = cells[0]._tc.tcPr
            tcPr.remove(tcPr.find(qn("w:vMerge")))
        prev = duty
        cell_text(cells[1], name)
        cell_text(cells[2], post, align=WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("职务：%s；姓名：%s；单位及职务：%s" % (duty, name, post))

    para(doc, indent=False)

    t = ("领导小组办公室设在市商务局，负责领导小组日常工作，承担综合协调、督促检查、信息报送等职责。"
         "办公室主任由市商务局局长汤国华兼任，副主任由合肥高新区管委会副主任黎明和市商务局分管负责同志兼任。")
    para(doc, t); clauses.append(t)

    t = ("领导小组成员因工作变动需要调整的，由所在单位提出意见，经领导小组办公室汇总后报领导小组组长审定，"
         "不再另行发文。")
    para(doc, t); clauses.append(t)

    t = ("各成员单位要按照职责分工，主动对接国家部委和省直有关部门，加强协同联动，确保各项改革试点任务落地见效。"
         "领导小组办公室要建立健全工作例会、信息报送和督查通报制度，每半年向市政府报告一次自贸试验区建设进展情况。")
    para(doc, t); clauses.append(t)

    t = "联系人：市商务局自贸区工作处" + FS + "许" + FS + "静，联系电话：0551-63538712。"
    para(doc, t); clauses.append(t)

    # date written in Chinese numerals
    signature(doc, organ, "二〇二五年九月十二日", organ_spaces=12, date_spaces=12)

    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，省商务厅。",
          organ, "2025年9月15日", as_table=False)

    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": docno,
            "issuer": [organ],
            "date": "2025-09-12",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市）、区人民政府", "市政府各部门、各直属机构"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return stem


# =================================================================== 3 义乌 (county, attachments)
def make_yiwu():
    stem = "blind617_yiwu_tongzhi"
    doc = new_doc()
    num_id = add_chinese_numbering(doc)
    clauses = []
    organ = "义乌市人民政府办公室"
    docno = "义政办发〔2026〕3号"
    zone = "中国（浙江）自由贸易试验区金义片区义乌区块"
    group = "义乌市推进" + zone + "建设工作领导小组"
    title = "义乌市人民政府办公室关于调整" + group + "成员的通知"
    att1 = group + "成员名单"
    att2 = group + "成员单位联络员名单"

    red_header(doc, organ, docno)
    para(doc, title, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, indent=False)
    para(doc, "各镇人民政府、街道办事处，市政府各部门、各直属单位：", indent=False)

    t = ("为深入实施自由贸易试验区提升战略，高质量推进" + zone + "建设，根据人事变动情况和工作需要，"
         "经市政府同意，决定对" + group + "（以下简称领导小组）成员进行调整。现将有关事项通知如下：")
    para(doc, t); clauses.append(t)

    def numbered(head, body):
        p = doc.add_paragraph()
        apply_num(p, num_id)
        r = p.add_run(head); set_font(r, HT, 16)
        if body:
            r = p.add_run(body); set_font(r, FS_GB, 16)
        return p

    cn = "一二三四五六七八九十"
    items = [
        ("领导小组组成。", "领导小组由市政府主要负责同志任组长，市政府分管负责同志任副组长，"
                          "市级有关部门和单位主要负责同志为成员，具体名单见附件1。"),
        ("主要职责。", "领导小组主要履行以下职责："),
    ]
    k = 0
    for head, body in items:
        numbered(head, body)
        clauses.append(cn[k] + "、" + head + body)
        k += 1
    subs = [
        "（一）贯彻落实党中央、国务院和省委、省政府，金华市委、市政府关于自由贸易试验区建设的决策部署，"
        "研究确定义乌区块建设的总体思路、目标任务和推进举措。",
        "（二）研究审议义乌区块年度工作要点、重大改革事项和制度创新清单，推动市场采购贸易、"
        "跨境电商、数字贸易等领域先行先试。",
        "（三）统筹协调解决义乌区块建设中涉及跨部门、跨领域的重大问题，争取上级部门政策支持。",
        "（四）督促检查各项改革试点任务落实情况，组织开展制度创新成果评估和复制推广工作。",
    ]
    for s in subs:
        para(doc, s); clauses.append(s)
    items = [
        ("办事机构。", "领导小组办公室设在市商务局，承担领导小组日常工作。办公室主任由市商务局局长吴晓峰兼任，"
                      "副主任由市商务局、市发展和改革局、义乌综合保税区管理中心分管负责同志兼任。"),
        ("工作机制。", "领导小组原则上每半年召开一次全体会议，根据工作需要可召开专题会议。"
                      "各成员单位确定1名科级干部担任联络员，联络员名单见附件2。"
                      "领导小组成员因工作变动需要调整的，由所在单位提出，报领导小组办公室备案，不再另行发文。"),
        ("施行时间。", "本通知自2026年2月1日起施行。《义乌市人民政府办公室关于调整义乌市推进" + zone +
                      "建设工作领导小组成员的通知》（义政办发〔2023〕41号）同时废止。"),
    ]
    for head, body in items:
        numbered(head, body)
        clauses.append(cn[k] + "、" + head + body)
        k += 1

    para(doc, indent=False)
    # 附件 list: hanging alignment by typed spaces, full-width period after the numbers
    para(doc, "附件：1．" + att1)
    para(doc, FS * 5 + "2．" + att2)

    signature(doc, organ, "2026年1月20日", organ_spaces=12, date_spaces=13)
    para(doc, "（此件公开发布）")

    # ---- 附件1
    page_break(doc)
    para(doc, "附件1", HT, 16, indent=False)
    para(doc, indent=False)
    para(doc, att1, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, indent=False)
    lines = [
        ("组" + FS + "长：", "叶建平" + FS + "市长"),
        ("副组长：", "方晓东" + FS + "副市长"),
        (FS * 4, "陈" + FS + "立" + FS + "市政府党组成员、办公室主任"),
        ("成" + FS + "员：", "市政府办公室副主任" + FS + "楼" + FS + "军"),
        (FS * 4, "市发展和改革局局长" + FS + "骆志明"),
        (FS * 4, "市经济和信息化局局长" + FS + "朱" + FS + "炜"),
        (FS * 4, "市科学技术局局长" + FS + "吴" + FS + "俊"),
        (FS * 4, "市公安局副局长" + FS + "龚建新"),
        (FS * 4, "市司法局局长" + FS + "王丽华"),
        (FS * 4, "市财政局局长" + FS + "虞国平"),
        (FS * 4, "市人力资源和社会保障局局长" + FS + "季" + FS + "红"),
        (FS * 4, "市自然资源和规划局局长" + FS + "金伟东"),
        (FS * 4, "市交通运输局局长" + FS + "黄" + FS + "斌"),
        (FS * 4, "市商务局局长" + FS + "吴晓峰"),
        (FS * 4, "市市场监督管理局局长" + FS + "傅永康"),
        (FS * 4, "市数据局局长" + FS + "鲍" + FS + "磊"),
        (FS * 4, "市金融工作服务中心主任" + FS + "施佳琪"),
        (FS * 4, "义乌海关关长" + FS + "冯志远"),
        (FS * 4, "国家税务总局义乌市税务局局长" + FS + "骆红英"),
        (FS * 4, "中国人民银行义乌市分行行长" + FS + "何" + FS + "涛"),
        (FS * 4, "义乌综合保税区管理中心主任" + FS + "毛建良"),
        (FS * 4, "义乌国际陆港集团有限公司董事长" + FS + "杨" + FS + "帆"),
    ]
    for lead, rest in lines:
        p = para(doc)
        r = p.add_run(lead); set_font(r, HT if lead.strip(FS) else FS_GB, 16)
        r = p.add_run(rest); set_font(r, FS_GB, 16)
        clauses.append((lead + rest).strip(FS))

    # ---- 附件2
    page_break(doc)
    para(doc, "附件2", HT, 16, indent=False)
    para(doc, indent=False)
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    r = p.add_run(att2); set_font(r, XBS, 22)
    para(doc, indent=False)
    header = ("单位", "姓名", "职务", "联系电话")
    rows = [
        ("市政府办公室", "周" + FS + "敏", "综合三科科长", "0579-85524017"),
        ("市发展和改革局", "陈佳怡", "开放合作科科长", "0579-85521183"),
        ("市经济和信息化局", "楼" + FS + "斌", "产业发展科科长", "0579-85530276"),
        ("市财政局", "何晓雯", "经济建设科科长", "0579-85520945"),
        ("市自然资源和规划局", "吴" + FS + "浩", "规划科科长", "0579-85512638"),
        ("市商务局", "金晓燕", "自贸区工作科科长", "0579-85521376"),
        ("市市场监督管理局", "王" + FS + "璐", "登记注册科科长", "0579-85517724"),
        ("市数据局", "朱文杰", "数据资源科科长", "0579-85546610"),
        ("义乌海关", "孙" + FS + "晨", "综合业务科科长", "0579-85293315"),
        ("国家税务总局义乌市税务局", "徐海波", "货物和劳务税科科长", "0579-85308817"),
        ("义乌综合保税区管理中心", "叶" + FS + "俊", "综合办公室主任", "0579-89901208"),
    ]
    table = doc.add_table(rows=1 + len(rows), cols=4)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(table)
    set_col_widths(table, (44, 22, 40, 50))
    for i, h in enumerate(header):
        cell_text(table.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            cell_text(table.rows[ri].cells[ci], v, FS_GB, 14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))

    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，金华市商务局。",
          organ, "2026年1月21日", as_table=False)

    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": docno,
            "issuer": [organ],
            "date": "2026-01-20",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": [att1, att2],
            "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "市政府各部门、各直属单位"],
            "publicity": "此件公开发布",
            "repeals": "义乌市人民政府办公室关于调整义乌市推进" + zone +
                       "建设工作领导小组成员的通知（义政办发〔2023〕41号）",
        },
        "clauses": clauses,
    }]
    return stem


def to_pdf(stem):
    src = os.path.join(HERE, stem + ".docx")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_617", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    stems = [make_jinan(), make_hefei(), make_yiwu()]
    for s in stems:
        to_pdf(s)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
