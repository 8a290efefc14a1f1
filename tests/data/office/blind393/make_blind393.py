# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 393: registered 行政规范性文件 (登记号, 有效期, 废止文件目录, 延长有效期)."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
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
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
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
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, "宋体", 14)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " PAGE "
    r._element.append(t)
    r = p.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line is not None:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(doc, parts, indent=True):
    """parts: list of (text, font, bold)."""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for text, font, bold in parts:
        r = p.add_run(text)
        set_font(r, font, 16, bold)
    return p


def border(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def table_borders(table, show=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        if show:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(20)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)


def data_table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, True)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri].cells[ci], v, FS, 12, align=al)
    t.autofit = False
    grid = t._tbl.tblGrid
    for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[ci] * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, chaosong, yinfa_left, yinfa_right):
    para(doc, "", indent=False)
    p = para(doc, chaosong, FS, 14, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    gap = 37 - len(yinfa_left) - len(yinfa_right)
    p = para(doc, "  " + yinfa_left + "\u3000" * 2 + " " * max(gap, 4) + yinfa_right,
             FS, 14, indent=False, line=24)
    border(p, "bottom", "000000", 8)


# numbering (Word automatic list) -----------------------------------------
def add_decimal_numbering(doc, num_id, abs_id):
    """Adds abstractNum with '%1.' (no tab after number), returns numId."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an_ref = OxmlElement("w:abstractNumId")
    an_ref.set(qn("w:val"), str(abs_id))
    num.append(an_ref)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_393", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================================
# Document 1: 湖南省人民政府办公厅 notice, HNPR registration, 有效期5年, 废止文件目录
# ======================================================================
def make_hunan():
    doc = new_doc()
    clauses = []

    # registration number above the 版头 (top right, no label)
    p = para(doc, "HNPR—2026—01007", "Times New Roman", 16, indent=False,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "", indent=False)
    p = para(doc, "湖南省人民政府办公厅文件", XBS, 36, indent=False,
             align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=60)
    para(doc, "", indent=False)
    p = para(doc, "湘政办发〔2026〕6号", FS, 16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24)
    para(doc, "", indent=False)

    # title broken across three paragraphs
    for t in ("湖南省人民政府办公厅", "关于推动跨境电子商务与综合保税区",
              "协同发展的通知"):
        para(doc, t, XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    para(doc, "各市州人民政府，省政府各厅委、各直属机构：", indent=False)

    intro = ("为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）"
             "等文件精神，推动跨境电子商务（以下简称跨境电商）与综合保税区联动发展，打造内陆地区改革"
             "开放高地，经省人民政府同意，现就有关事项通知如下。")
    para(doc, intro)
    clauses.append(intro)

    sections = [
        ("一、优化跨境电商发展布局", [
            ("（一）推进综合试验区错位发展。",
             "支持长沙、岳阳、湘潭、郴州、株洲、衡阳、常德等跨境电商综合试验区结合本地产业基础，"
             "分别培育“跨境电商+产业带”特色模式，到2028年每个综合试验区至少培育1个年进出口额超过"
             "10亿元的产业带。（责任单位：省商务厅，各有关市州人民政府）"),
            ("（二）推动综合保税区功能拓展。",
             "支持长沙黄花、衡阳、湘潭、岳阳城陵矶、郴州、株洲等综合保税区开展跨境电商网购保税进口"
             "（1210）、跨境电商出口海外仓（9810）业务，实现全省综合保税区跨境电商业务全覆盖。"
             "（责任单位：长沙海关、省商务厅，各有关市州人民政府）"),
            ("（三）建设跨境电商产业园区。",
             "对新认定的省级跨境电商产业园区，按照有关规定给予一次性支持，入驻园区的跨境电商企业"
             "数量应不少于30家。（责任单位：省商务厅、省财政厅）"),
        ]),
        ("二、培育跨境电商经营主体", [
            ("（四）引进龙头企业。",
             "对新引进的年跨境电商进出口额达到1亿元以上的平台企业和卖家企业，由所在市州按照"
             "“一事一议”方式给予支持。（责任单位：各市州人民政府）"),
            ("（五）扶持本土企业转型。",
             "鼓励传统外贸企业和制造企业开展跨境电商业务，对首次开展跨境电商B2B出口（9710、9810）"
             "且年出口额超过500万元的企业，给予适当奖励。（责任单位：省商务厅、省财政厅）"),
            ("（六）加强人才培养。",
             "支持省内高等院校、职业院校开设跨境电商相关专业，每年培训跨境电商从业人员不少于"
             "1万人次。（责任单位：省教育厅、省人力资源社会保障厅、省商务厅）"),
        ]),
        ("三、完善国际物流和海外仓体系", [
            ("（七）畅通国际物流通道。",
             "发挥中欧班列（长沙）、湘粤非铁海联运、长沙黄花国际机场国际货运航线作用，支持开行"
             "跨境电商专列、专线，推动跨境电商货物“一单制”运输。（责任单位：省发展改革委、"
             "省交通运输厅、长沙海关、中国铁路广州局集团有限公司）"),
            ("（八）布局海外仓。",
             "支持企业在“一带一路”共建国家和《区域全面经济伙伴关系协定》（RCEP）成员国建设、"
             "租赁海外仓，对经认定的省级公共海外仓，按照实际投资额给予一定比例支持，单个海外仓"
             "支持金额最高不超过200万元。（责任单位：省商务厅、省财政厅）"),
        ]),
        ("四、提升通关便利化水平", [
            ("（九）创新监管模式。",
             "推广跨境电商零售进口退货中心仓模式，探索综合保税区内“保税+跨境电商+展示交易”融合"
             "发展，支持符合条件的企业开展跨境电商出口商品退货监管业务。（责任单位：长沙海关）"),
            ("（十）优化退税服务。",
             "对跨境电商出口企业推行出口退税“无纸化”申报，一类、二类出口企业办理正常出口退税的"
             "平均时间压缩至3个工作日内。（责任单位：国家税务总局湖南省税务局）"),
            ("（十一）强化外汇和结算服务。",
             "支持银行机构为跨境电商企业提供便捷的跨境人民币结算服务，鼓励具备资质的支付机构为"
             "跨境电商提供外汇结算服务。（责任单位：中国人民银行湖南省分行、国家外汇管理局湖南省分局）"),
        ]),
        ("五、强化保障措施", [
            ("（十二）加强组织协调。",
             "省商务厅牵头建立跨境电商与综合保税区协同发展工作机制，定期调度重点工作进展，协调解决"
             "重大问题。各市州人民政府要落实属地责任，制定具体工作方案。"),
            ("（十三）加强资金保障。",
             "省级商务发展专项资金对符合条件的跨境电商项目给予支持，各市州要统筹安排相关资金，"
             "形成政策合力。"),
            ("（十四）加强统计监测。",
             "建立健全跨境电商统计监测制度，各综合试验区于每季度结束后次月10日前向省商务厅报送"
             "跨境电商进出口数据。"),
        ]),
    ]
    for si, (head, items) in enumerate(sections):
        if si == 2:
            # quirk: heading and first item in one paragraph separated by a soft line break
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            r = p.add_run(head)
            set_font(r, HT, 16)
            r.add_break()  # <w:br/>
            lead, body = items[0]
            r = p.add_run(lead)
            set_font(r, KT, 16, True)
            r = p.add_run(body)
            set_font(r, FS, 16)
            clauses.append(lead + body)
            rest = items[1:]
        else:
            para(doc, head, HT, 16)
            rest = items
        for lead, body in rest:
            # run-in heading as a bold 楷体 run; sometimes split in two runs
            if lead.startswith("（十"):
                runs(doc, [(lead[:4], KT, True), (lead[4:], KT, True), (body, FS, False)])
            else:
                runs(doc, [(lead, KT, True), (body, FS, False)])
            clauses.append(lead + body)
        if si == 1:
            para(doc, "", indent=False)  # stray empty paragraph

    validity = ("本通知自2026年3月1日起施行，有效期5年。《湖南省人民政府办公厅关于促进跨境电子商务"
                "健康快速发展的实施意见》（湘政办发〔2017〕45号）等4件文件同时废止（目录见附件）。")
    para(doc, validity)
    clauses.append(validity)

    para(doc, "", indent=False)
    para(doc, "附件：废止文件目录")
    para(doc, "", indent=False)
    p = para(doc, "湖南省人民政府办公厅" + "\u3000" * 4, indent=False,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "2026年1月26日" + "\u3000" * 5, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")

    # attachment on new page
    page_break(doc)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "废止文件目录", XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    header = ["序号", "文件名称", "文号", "发布日期"]
    rows = [
        ["1", "湖南省人民政府办公厅关于促进跨境电子商务健康快速发展的实施意见",
         "湘政办发〔2017〕45号", "2017年8月22日"],
        ["2", "湖南省人民政府办公厅关于促进综合保税区高水平开放高质量发展的实施意见",
         "湘政办发〔2020〕18号", "2020年5月9日"],
        ["3", "湖南省人民政府办公厅关于加快推进跨境电子商务综合试验区建设的通知",
         "湘政办函〔2021〕37号", "2021年6月15日"],
        ["4", "湖南省人民政府办公厅关于支持中欧班列（长沙）高质量发展的若干意见",
         "湘政办发〔2021〕52号", "2021年10月28日"],
    ]
    data_table(doc, header, rows, [1.4, 8.4, 3.6, 3.0])
    clauses += [row_clause(header, r) for r in rows]

    banji(doc, "抄送：省委各部门，省军区，省人大常委会办公厅，省政协办公厅，省监委，省高级人民法院，"
               "省人民检察院。", "湖南省人民政府办公厅", "2026年1月27日印发")

    meta = {
        "title": "湖南省人民政府办公厅关于推动跨境电子商务与综合保税区协同发展的通知",
        "doc_number": "湘政办发〔2026〕6号",
        "issuer": ["湖南省人民政府办公厅"],
        "date": "2026-01-26",
        "published": None,
        "level": "provincial",
        "region": "湖南省",
        "effective": "2026-03-01",
        "expires": "2031-02-28",
        "attachments": ["废止文件目录"],
        "doc_type": "通知",
        "recipients": ["各市州人民政府", "省政府各厅委、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": "《湖南省人民政府办公厅关于促进跨境电子商务健康快速发展的实施意见》（湘政办发〔2017〕45号）"
                   "等4件文件（见附件废止文件目录：湘政办发〔2017〕45号、湘政办发〔2020〕18号、"
                   "湘政办函〔2021〕37号、湘政办发〔2021〕52号）",
    }
    name = "blind393_hunan_tongzhi"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    return name, path, [{"meta": meta, "clauses": clauses}]


# ======================================================================
# Document 2: 浙江 extension notice (关于延长…有效期的通知), short
# ======================================================================
def make_zhejiang():
    doc = new_doc()
    clauses = []

    para(doc, "登记号：ZJSP08—2026—0004", FS, 14, indent=False)
    para(doc, "", indent=False)
    # joint 版头 laid out with a borderless table
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, False)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "浙江省商务厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    cell_text(t.cell(1, 0), "浙江省财政厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED)
    for row in t.rows:
        row.cells[0].width = Cm(11)
        row.cells[1].width = Cm(3.5)
    for c in (t.cell(0, 0), t.cell(1, 0), m):
        c.paragraphs[0].paragraph_format.line_spacing = Pt(44)
    para(doc, "", indent=False)
    p = para(doc, "浙商务规〔2026〕3号", FS, 16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24)
    para(doc, "", indent=False)

    # title with a soft line break inside
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    r = p.add_run("关于延长《浙江省跨境电子商务海外仓建设")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("支持办法》有效期的通知")
    set_font(r, XBS, 22)
    para(doc, "", indent=False)
    para(doc, "各设区市商务局，各设区市财政局：", indent=False)

    intro = ("《浙江省跨境电子商务海外仓建设支持办法》（浙商务规〔2021〕7号，以下简称《办法》）将于"
             "2026年6月30日有效期届满。根据《浙江省行政规范性文件管理办法》有关规定，经评估，《办法》"
             "实施以来总体运行良好，对推动我省海外仓高质量发展、服务“一带一路”经贸合作发挥了积极作用，"
             "需继续施行。经研究，决定延长《办法》有效期，现将有关事项通知如下：")
    para(doc, intro)
    clauses.append(intro)
    items = [
        "一、《办法》有效期延长至2028年6月30日。",
        "二、延长期间，《办法》第六条所称“省级公共海外仓”认定条件中的“自营或租赁面积不低于5000平方米”"
        "调整为“自营或租赁面积不低于3000平方米”，其他认定条件不变。",
        "三、延长期间，《办法》第九条规定的年度绩效评价及结果应用，按照《浙江省商务发展专项资金管理办法》"
        "（浙财企〔2025〕12号）有关规定执行。",
        "四、《办法》中由省商务厅对外贸易发展处承担的海外仓认定、监测等职责，调整为由省商务厅外贸发展处"
        "（跨境电商处）承担。",
        "五、各设区市商务局、财政局要加强政策宣传解读，做好海外仓认定申报、运行监测和资金绩效管理等工作，"
        "执行中遇到的问题请及时向省商务厅、省财政厅反映。",
    ]
    for i, it in enumerate(items):
        para(doc, it)
        clauses.append(it)
    tail = "本通知自2026年7月1日起施行，有效期至2028年6月30日。"
    para(doc, tail)
    clauses.append(tail)
    contact = ("联系人：省商务厅外贸发展处王雨辰，电话：0571-87701234；省财政厅企业处陈晓芳，"
               "电话：0571-87055678。")
    para(doc, contact)
    clauses.append(contact)

    para(doc, "", indent=False)
    # joint 落款 typed on one line with manual spaces
    para(doc, "    浙江省商务厅" + " " * 14 + "浙江省财政厅", indent=False)
    para(doc, "", indent=False)
    para(doc, "2026年5月18日" + "\u3000" * 3, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")
    banji(doc, "抄送：商务部外贸司，财政部浙江监管局，省司法厅。", "浙江省商务厅办公室",
          "2026年5月19日印发")

    meta = {
        "title": "关于延长《浙江省跨境电子商务海外仓建设支持办法》有效期的通知",
        "doc_number": "浙商务规〔2026〕3号",
        "issuer": ["浙江省商务厅", "浙江省财政厅"],
        "date": "2026-05-18",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": "2026-07-01",
        "expires": "2028-06-30",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "各设区市财政局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    name = "blind393_zhejiang_yanchang"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    return name, path, [{"meta": meta, "clauses": clauses}]


# ======================================================================
# Document 3: 成都 municipal joint notice, 规 registration number above 版头,
# Word auto-numbering, two attachments (支持标准 table + 废止文件目录), 有效期2年
# ======================================================================
def make_chengdu():
    doc = new_doc()
    clauses = []
    nid = add_decimal_numbering(doc, 393, 3930)

    para(doc, "登记编号：成商务规〔2026〕2号", FS, 14, indent=False,
         align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", indent=False)
    for t in ("成都市商务局", "成都市财政局", "成都市口岸与物流办公室"):
        para(doc, t, XBS, 30, indent=False, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             color=RED, line=40)
    p = para(doc, "", indent=False)
    p = para(doc, "成商务发〔2026〕8号", FS, 16, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24)
    para(doc, "", indent=False)
    for t in ("关于支持跨境电商企业利用国际物流通道", "拓展海外市场的通知"):
        para(doc, t, XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    para(doc, "各区（市）县商务主管部门，各区（市）县财政局，有关企业：", indent=False)

    intro = ("为贯彻落实国家和省、市关于推进中欧班列、西部陆海新通道高质量发展的决策部署，充分发挥成都"
             "国际铁路港和成都国际铁路港综合保税区开放平台作用，支持跨境电商企业利用国际物流通道拓展"
             "“一带一路”沿线市场，经市政府同意，现就有关事项通知如下。")
    para(doc, intro)
    clauses.append(intro)

    para(doc, "一、支持对象", HT)
    t1 = ("在成都市行政区域内依法登记注册、具有独立法人资格，且近两年未被列入严重失信主体名单的跨境电商"
          "平台企业、卖家企业、物流企业和海外仓运营企业。")
    para(doc, t1)
    clauses.append(t1)

    para(doc, "二、支持内容", HT)
    auto_items = [
        ("跨境电商班列运输支持。", "通过中欧班列（成渝）运输跨境电商出口货物的，按照实际运输标准箱数"
         "给予支持，具体标准见附件1。"),
        ("铁海联运支持。", "通过西部陆海新通道铁海联运班列运输跨境电商出口货物的，按照实际运输标准"
         "箱数给予支持。"),
        ("海外仓建设支持。", "支持企业在中欧班列、西部陆海新通道沿线国家和地区新建或租赁海外仓，"
         "按照上一年度实际投资额的一定比例给予支持。"),
        ("公共服务平台支持。", "对为本市跨境电商企业提供通关、物流、结算、退税等一站式服务的公共服务"
         "平台，按照建设运营实际支出给予支持。"),
        ("通关便利化。", "支持成都国际铁路港综合保税区开展跨境电商“保税备货+班列直发”模式，推动"
         "跨境电商出口货物在铁路口岸“一次申报、一次查验、一次放行”。"),
    ]
    for i, (lead, body) in enumerate(auto_items, start=1):
        p = doc.add_paragraph()
        set_num(p, nid)
        r = p.add_run(lead)
        set_font(r, FS, 16, True)
        r = p.add_run(body)
        set_font(r, FS, 16)
        clauses.append("%d.%s%s" % (i, lead, body))

    para(doc, "三、申报程序", HT)
    proc = [
        ("（一）企业申报。", "符合条件的企业于每年3月31日前通过“天府蓉易办”平台提交申报材料，"
         "对申报材料的真实性负责。"),
        ("（二）区（市）县初审。", "各区（市）县商务主管部门会同财政部门对企业申报材料进行初审，"
         "于每年4月30日前将初审意见报送市商务局。"),
        ("（三）市级审核。", "市商务局会同市财政局、市口岸与物流办公室委托第三方机构开展专项审计，"
         "审核结果在市商务局门户网站公示5个工作日，公示无异议后按程序拨付资金。"),
    ]
    for lead, body in proc:
        runs(doc, [(lead, KT, False), (body, FS, False)])
        clauses.append(lead + body)

    para(doc, "四、有关要求", HT)
    req = [
        ("（一）", "对弄虚作假、骗取财政资金的企业，依法依规追回资金，取消其3年内申报资格，并按规定"
         "纳入信用记录。"),
        ("（二）", "同一项目已获得市级其他财政资金支持的，不重复支持。"),
        ("（三）", "本通知由市商务局会同市财政局、市口岸与物流办公室负责解释。"),
    ]
    for lead, body in req:
        para(doc, lead + body)
        clauses.append(lead + body)

    tail = "本通知自2026年4月1日起施行，有效期2年。附件2所列文件同时废止。"
    para(doc, tail)
    clauses.append(tail)

    para(doc, "", indent=False)
    # 附件 list with hanging indent (second line aligned by spaces)
    para(doc, "附件：1.成都市跨境电商国际物流支持标准")
    para(doc, "\u3000\u3000\u3000" + "2.废止文件目录")
    para(doc, "", indent=False)
    # 落款 laid out in a borderless table
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, False)
    cell_text(t.cell(0, 0), "成都市商务局", FS, 16)
    cell_text(t.cell(0, 1), "成都市财政局", FS, 16)
    cell_text(t.cell(1, 0), "", FS, 16)
    cell_text(t.cell(1, 1), "成都市口岸与物流办公室", FS, 16)
    para(doc, "2026年3月6日" + "\u3000" * 4, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")

    # attachment 1
    page_break(doc)
    para(doc, "附件1", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "成都市跨境电商国际物流支持标准", XBS, 22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    h1 = ["序号", "支持事项", "支持标准", "年度上限"]
    r1 = [
        ["1", "中欧班列（成渝）跨境电商货物运输", "每标准箱（40英尺）支持1500元", "单个企业不超过300万元"],
        ["2", "西部陆海新通道铁海联运跨境电商货物运输", "每标准箱（40英尺）支持800元",
         "单个企业不超过200万元"],
        ["3", "海外仓建设", "按上一年度实际投资额的20%给予支持", "单个项目不超过150万元"],
        ["4", "跨境电商公共服务平台", "按平台建设运营实际支出的30%给予支持", "单个平台不超过100万元"],
    ]
    data_table(doc, h1, r1, [1.4, 5.4, 5.0, 4.2])
    clauses += [row_clause(h1, r) for r in r1]

    # attachment 2
    page_break(doc)
    para(doc, "附件2", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "废止文件目录", XBS, 22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", indent=False)
    h2 = ["序号", "文件名称", "文号", "发布日期"]
    r2 = [
        ["1", "成都市商务局 成都市财政局关于支持跨境电商物流发展的通知", "成商务发〔2023〕15号",
         "2023年5月12日"],
        ["2", "成都市口岸与物流办公室 成都市财政局关于印发《成都市中欧班列跨境电商专列运营补助办法》的通知",
         "成口岸发〔2022〕31号", "2022年9月20日"],
    ]
    data_table(doc, h2, r2, [1.4, 8.2, 3.6, 3.0])
    clauses += [row_clause(h2, r) for r in r2]

    para(doc, "", indent=False)
    banji(doc, "抄送：商务部外贸司，四川省商务厅，成都海关。", "成都市商务局办公室", "2026年3月9日印发")

    meta = {
        "title": "关于支持跨境电商企业利用国际物流通道拓展海外市场的通知",
        "doc_number": "成商务发〔2026〕8号",
        "issuer": ["成都市商务局", "成都市财政局", "成都市口岸与物流办公室"],
        "date": "2026-03-06",
        "published": None,
        "level": "municipal",
        "region": "成都市",
        "effective": "2026-04-01",
        "expires": "2028-03-31",
        "attachments": ["成都市跨境电商国际物流支持标准", "废止文件目录"],
        "doc_type": "通知",
        "recipients": ["各区（市）县商务主管部门", "各区（市）县财政局", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": "附件2废止文件目录所列2件文件：《成都市商务局 成都市财政局关于支持跨境电商物流发展的通知》"
                   "（成商务发〔2023〕15号）、《成都市口岸与物流办公室 成都市财政局关于印发〈成都市中欧班列"
                   "跨境电商专列运营补助办法〉的通知》（成口岸发〔2022〕31号）",
    }
    name = "blind393_chengdu_tongzhi"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    return name, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_hunan, make_zhejiang, make_chengdu):
        name, path, objs = fn()
        convert(path)
        expected[name] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
