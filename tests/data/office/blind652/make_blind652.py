# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 652: 海关指定监管场地验收公告 + 口岸开放时间通知."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
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
    latin = "Times New Roman" if name in (FS, KT) else name
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(k), latin)
    rfonts.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, line=28, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    set_font(p.add_run(" —"), "宋体", 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.6)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(2.2)
    section.right_margin = Cm(2.2)
    section.footer_distance = Cm(1.5)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcpr.append(s)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """'\n' inside text becomes a soft line break (Shift+Enter) inside the cell."""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def set_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def cell_border(cell, **edges):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge, sz in edges.items():
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcpr.append(b)


def add_chinese_paren_numbering(doc):
    """Define a Word list '（一）（二）…' and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 10
    nid = max(num_ids + [0]) + 10
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
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
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def apply_numbering(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    a4_portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


def table_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, r)) for r in rows]


# ================================================================ document 1
def make_wuhan(path):
    doc = new_doc()
    # 版头：红色“武汉海关公告”，编号另起一行，下加红线
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, space_after=6)
    p.paragraph_format.space_before = Pt(24)
    run(p, "武汉海关公告", XBS, 40, color=RED)
    para(doc, indent=False, line=None)
    p = para(doc, "2026年第3号", KT, 16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    bottom_border(p)
    para(doc, indent=False)
    # 标题两行，中间为软回车
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    r = run(p, "关于鄂州花湖国际机场进境水果指定监管场地", XBS, 22)
    r.add_break(WD_BREAK.LINE)
    run(p, "等6个海关监管作业场所通过验收的公告", XBS, 22)
    para(doc, indent=False)

    clauses = []
    t = ("根据《中华人民共和国海关法》《中华人民共和国进出境动植物检疫法》及其实施条例、"
         "《中华人民共和国海关监管区管理暂行办法》（海关总署令第232号）和《海关指定监管场地管理规范》"
         "（海关总署公告2019年第212号）等有关规定，武汉海关组织对辖区内鄂州花湖国际机场进境水果指定监管场地"
         "等6个海关监管作业场所进行了验收，验收结果均为合格。现将有关事项公告如下：")
    para(doc, t)
    clauses.append(t)

    p = para(doc)
    run(p, "一、验收通过的场所。", HT, 16)
    t2 = ("下列场所自本公告施行之日起正式投入使用，可开展与其功能相适应的进出境货物装卸、存储、"
          "查验、检疫处理等作业，具体信息如下：")
    run(p, t2)
    clauses.append("一、验收通过的场所。" + t2)

    # 横向页：宽表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    header = ["序号", "场所名称", "场所代码", "经营单位", "地址", "经度", "纬度", "面积（平方米）", "验收日期"]
    header_shown = ["序号", "场所名称", "场所代码", "经营单位", "地址", "经度", "纬度", "面积\n（平方米）", "验收日期"]
    rows = [
        ["1", "鄂州花湖国际机场进境水果指定监管场地", "CNEHU0101", "湖北国际物流机场有限公司",
         "湖北省鄂州市鄂城区燕矶镇\n花湖国际机场货运区1号库", "114.9863", "30.3402", "3,216.40", "2026.02.26"],
        ["2", "鄂州花湖国际机场进境冰鲜水产品指定监管场地", "CNEHU0102", "湖北国际物流机场有限公司",
         "湖北省鄂州市鄂城区燕矶镇\n花湖国际机场货运区2号冷库", "114.9871", "30.3396", "2,845.00", "2026.02.26"],
        ["3", "武汉阳逻港进境粮食指定监管场地", "CNWUH0123", "武汉阳逻港务粮食物流有限公司",
         "湖北省武汉市新洲区阳逻街港城大道88号", "114.5582", "30.6417", "46,500.00", "2026.03.05"],
        ["4", "武汉东西湖保税物流中心（B型）海关监管作业场所", "4201W", "武汉临空港保税物流中心有限公司",
         "湖北省武汉市东西湖区走马岭街道汇通大道特1号", "114.0916", "30.6754", "18,320.65", "2026.03.02"],
        ["5", "宜昌三峡机场海关监管作业场所", "4226W", "宜昌三峡机场有限责任公司",
         "湖北省宜昌市猇亭区机场路1号国际货站", "111.4797", "30.5563", "1,980.00", "2026.03.10"],
        ["6", "襄阳小河港海关监管作业场所", "4208W", "襄阳港口物流集团有限公司",
         "湖北省襄阳市宜城市小河镇港区路8号", "112.1834", "31.8047", "62,400.00", "2026.03.11"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=len(header))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header_shown):
        c = tb.rows[0].cells[i]
        cell_text(c, h, HT, 10.5)
        shade(c)
    repeat_header(tb.rows[0])
    for ri, r in enumerate(rows, start=1):
        for ci, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3, 4) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(tb.rows[ri].cells[ci], v, FS, 10.5, align=al)
    set_widths(tb, [1.3, 4.8, 2.6, 3.6, 5.2, 1.9, 1.7, 2.1, 2.1])
    clauses += table_clauses(header, rows)
    para(doc, indent=False)

    # 回到竖向页
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec)
    num_id = add_chinese_paren_numbering(doc)
    p = para(doc)
    run(p, "二、场所经营单位应当落实以下管理要求：", HT, 16)
    clauses.append("二、场所经营单位应当落实以下管理要求：")
    items = [
        "严格按照海关监管要求和场所功能开展业务，不得擅自改变场所用途、扩大或缩小场所面积，"
        "不得擅自改动卡口、视频监控、隔离围网等监管设施设备。",
        "建立健全场所管理制度，指定专人负责与海关的日常联络，配合海关开展查验、检疫处理、"
        "样品采集等工作，并如实提供相关单证、账册和电子数据。",
        "视频监控录像资料保存期限不少于90天；进境水果、冰鲜水产品指定监管场地应当按规定做好"
        "温湿度监测记录，相关记录保存期限不少于2年。",
        "场所名称、经营单位、面积、布局等发生变更的，应当提前向主管海关书面报告，"
        "经主管海关审核同意后方可实施。",
    ]
    labels = ["（一）", "（二）", "（三）", "（四）"]
    for lab, it in zip(labels, items):
        p = para(doc, it)
        apply_numbering(p, num_id)
        clauses.append(lab + it)

    t3 = ("三、场所所在地主管海关应当加强对上述场所的日常监管和年度评估，对不再符合相关设置规范的，"
          "责令限期整改；整改后仍不符合要求的，依法暂停相关业务或者注销场所注册。")
    p = para(doc)
    run(p, "三、", HT)
    run(p, t3[2:])
    clauses.append(t3)

    t4 = "四、本公告自2026年3月20日起施行。"
    p = para(doc)
    run(p, "四、", HT)
    run(p, t4[2:])
    clauses.append(t4)

    t5 = "咨询电话：武汉海关口岸监管处，027-85726312；武汉海关动植物检疫处，027-85726547。"
    para(doc, t5)
    clauses.append(t5)
    para(doc, "特此公告。").paragraph_format.keep_with_next = True
    clauses.append("特此公告。")
    para(doc, indent=False).paragraph_format.keep_with_next = True
    # 落款：手敲空格对齐
    para(doc, "　　　　　　　　　　　　　　　　　　　武汉海关", indent=False).paragraph_format.keep_with_next = True
    para(doc, "　　　　　　　　　　　　　　　　　2026年3月18日", indent=False)

    doc.save(path)
    meta = {
        "title": "关于鄂州花湖国际机场进境水果指定监管场地等6个海关监管作业场所通过验收的公告",
        "doc_number": "武汉海关公告2026年第3号",
        "issuer": ["武汉海关"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "湖北省",
        "effective": "2026-03-20",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return [{"meta": meta, "clauses": clauses}]


# ================================================================ document 2
def make_fangchenggang(path):
    doc = new_doc()
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    p.paragraph_format.space_before = Pt(12)
    run(p, "防城港市人民政府口岸管理办公室文件", XBS, 24, color=RED)
    para(doc, indent=False, line=None)
    para(doc, indent=False, line=None)
    p = para(doc, "防口岸办〔2026〕4号", FS, 16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    bottom_border(p)
    para(doc, indent=False)
    # 标题拆成两个段落
    for tl in ("防城港市人民政府口岸管理办公室", "关于2026年春节期间我市各口岸", "通关时间安排的通知"):
        para(doc, tl, XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    para(doc, indent=False)
    para(doc, "东兴市、港口区、防城区人民政府，东兴海关、防城海关，东兴出入境边防检查站、"
              "防城港出入境边防检查站、峒中出入境边防检查站，市直有关单位，各口岸经营单位：", indent=False)

    clauses = []
    t = ("为做好2026年春节期间口岸通关保障工作，方便出入境旅客和货物通关，经与中越双方口岸查验单位"
         "会晤协商，并报自治区人民政府口岸管理办公室同意，现将2026年春节期间（2月15日至2月23日）"
         "我市各口岸开放（通关）时间安排通知如下：")
    para(doc, t)
    clauses.append(t)

    # 独立成行的标题
    para(doc, "一、开放时间安排", HT)
    t = "春节期间我市各口岸旅检、货运通道开放时间详见下表，表中未列明的日期按正常开放时间执行。"
    para(doc, t)
    clauses.append(t)

    header = ["序号", "口岸名称", "日期", "旅检通道", "货运通道", "备注"]
    rows = [
        ["1", "东兴口岸（北仑河一桥）", "2月15日—2月16日", "07:00—22:00", "—", "2月16日为除夕"],
        ["2", "东兴口岸（北仑河一桥）", "2月17日—2月19日", "08:00—20:00", "—", "正月初一至初三"],
        ["3", "东兴口岸（北仑河一桥）", "2月20日—2月23日", "07:00—23:00", "—", "节后返程高峰延长通关"],
        ["4", "东兴口岸（北仑河二桥）", "2月15日—2月23日", "08:00—20:00", "08：00—18：00", "2月17日货运通道暂停通关"],
        ["5", "峒中口岸", "2月15日—2月16日", "08:00—17:30", "08:00—17:30", "—"],
        ["6", "峒中口岸", "2月17日—2月19日", "暂停", "暂停", "2月20日起恢复正常通关"],
        ["7", "防城港口岸（水运）", "2月15日—2月23日", "—", "00:00—24:00", "实行24小时预约通关"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=len(header))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(tb.rows[0].cells[i], h, HT, 10.5)
    repeat_header(tb.rows[0])
    for ri, r in enumerate(rows, start=1):
        for ci, v in enumerate(r):
            cell_text(tb.rows[ri].cells[ci], v, FS, 10.5)
    set_widths(tb, [1.2, 3.2, 3.2, 2.6, 2.6, 2.8])
    clauses += table_clauses(header, rows)

    notes = [
        "注：1.以上时间均为北京时间，越南当地时间比北京时间晚1小时。",
        "2.旅检通道开放时间内，出入境边防检查机关对持有效证件的旅客随到随检；货运车辆须于货运通道"
        "关闭前30分钟到达查验区，逾时顺延至次日办理。",
        "3.如遇恶劣天气、突发事件或越方调整通关时间等情况，通关时间将另行通知。",
    ]
    for i, n in enumerate(notes):
        # 后两条用手敲全角空格缩进与“注：”后文字对齐
        shown = n if i == 0 else "　　" + n
        p = para(doc, shown, FS, 14, indent=False, line=24)
        clauses.append(n)
    para(doc, indent=False)

    para(doc, "二、工作要求", HT)
    reqs = [
        ("（一）加强统筹协调。", "各口岸查验单位要按照本通知确定的时间安排，提前做好人员排班和通关预案，"
                              "与越方对应口岸保持密切沟通，确保中越双方开关时间一致、衔接顺畅。"),
        ("（二）做好通关保障。", "东兴海关、防城海关要对鲜活农产品、冷链货物实行优先查验、随到随检；"
                              "各出入境边防检查站要根据客流变化及时增开查验通道，最大限度压缩旅客候检时间。"),
        ("（三）强化安全管理。", "各口岸经营单位要加强对查验现场、停车场、候检大厅等重点区域的巡查，"
                              "落实消防、防踩踏等安全措施，严防各类安全事故发生。"),
        ("（四）及时发布信息。", "各口岸经营单位要通过现场电子显示屏、微信公众号等渠道，提前向社会公布"
                              "春节期间口岸通关时间，引导旅客和企业合理安排出行和货物运输。"),
    ]
    for head, body in reqs:
        p = para(doc)
        run(p, head, KT, 16, bold=True)
        run(p, body)
        clauses.append(head + body)

    t = ("三、春节期间口岸通关遇有重大情况，各单位要第一时间报告市口岸管理办公室值班室，"
         "不得迟报、漏报、瞒报。")
    p = para(doc)
    run(p, "三、", HT)
    run(p, t[2:])
    clauses.append(t)

    t = "联系人：黄晓梅，电话：0770-3285167（值班），0770-3285102（传真）。"
    para(doc, t)
    clauses.append(t)
    para(doc, "特此通知。")
    clauses.append("特此通知。")
    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, indent=False)
    p = para(doc, "防城港市人民政府口岸管理办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, "2026年2月6日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）")
    para(doc, indent=False)

    # 版记：用无框表格排版，仅上下线
    vt = doc.add_table(rows=2, cols=1)
    no_borders(vt)
    c = vt.rows[0].cells[0]
    cell_text(c, "抄送：自治区人民政府口岸管理办公室，市人民政府办公室，市商务局，市交通运输局，市公安局。",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_border(c, top=12, bottom=4)
    c = vt.rows[1].cells[0]
    cell_text(c, "防城港市人民政府口岸管理办公室　　　　　2026年2月6日印发",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_border(c, bottom=12)

    doc.save(path)
    meta = {
        "title": "防城港市人民政府口岸管理办公室关于2026年春节期间我市各口岸通关时间安排的通知",
        "doc_number": "防口岸办〔2026〕4号",
        "issuer": ["防城港市人民政府口岸管理办公室"],
        "date": "2026-02-06",
        "published": None,
        "level": "municipal",
        "region": "防城港市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["东兴市人民政府", "港口区人民政府", "防城区人民政府", "东兴海关", "防城海关",
                       "东兴出入境边防检查站", "防城港出入境边防检查站", "峒中出入境边防检查站",
                       "市直有关单位", "各口岸经营单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return [{"meta": meta, "clauses": clauses}]


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_652", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for stem, fn in (("blind652_wuhan_gonggao", make_wuhan),
                     ("blind652_fangchenggang_tongzhi", make_fangchenggang)):
        path = os.path.join(HERE, stem + ".docx")
        expected[stem] = fn(path)
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
