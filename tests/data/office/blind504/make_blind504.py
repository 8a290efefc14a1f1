# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 504: portal "政策文件" list exports with two full texts each."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

CN_NUM = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    t, u = divmod(n, 10)
    return CN_NUM[t - 1] + "十" + (CN_NUM[u - 1] if u else "")


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, size=16, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * 2) if indent else None
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, parts, font=FS, size=16, align=None, indent=True, exact=28, color=None):
    """parts: str or list of (text, bold) / (text, bold, font)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, size, exact)
    if isinstance(parts, str):
        parts = [(parts, False)]
    for part in parts:
        text, bold = part[0], part[1]
        f = part[2] if len(part) > 2 else font
        r = p.add_run(text)
        set_font(r, f, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def border(p, side="bottom", color="FF0000", sz=12):
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


def cell_text(cell, text, font=ST, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    # page number footer "— N —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, ST, 14)
    r = fp.add_run()
    set_font(r, ST, 14)
    for tag, txt in (("begin", None), ("instr", " PAGE "), ("sep", None), ("t", "1"), ("end", None)):
        if tag == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        elif tag == "t":
            t = OxmlElement("w:t")
            t.text = txt
            r._element.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), {"begin": "begin", "sep": "separate", "end": "end"}[tag])
            r._element.append(fc)
    r = fp.add_run(" —")
    set_font(r, ST, 14)


def add_cn_numbering(doc):
    """Multi-level list: level 0 '一、' (黑体), level 1 '（一）' (仿宋). Returns numId."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="504">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlRestart w:val="1"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % nsdecls("w")
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="504"><w:abstractNumId w:val="504"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 504


def set_num(p, num_id, lvl):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = lvl
    numpr.get_or_add_numId().val = num_id


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def portal_line(doc, text, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, font=ST):
    p = doc.add_paragraph()
    fmt(p, align, indent=False, size=size, exact=None, after=2)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    return p


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def list_table(doc, header, rows, widths):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, align=WD_ALIGN_PARAGRAPH.LEFT if i == 1 else WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(t, widths)
    return t


def info_box_table(doc, pairs):
    """pairs: list of rows [(label, value), (label, value)]"""
    t = doc.add_table(rows=len(pairs), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(pairs):
        for ci, (lab, val) in enumerate(row):
            cell_text(t.rows[ri].cells[ci * 2], lab, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.rows[ri].cells[ci * 2 + 1], val)
    set_widths(t, [2.2, 5.8, 2.2, 5.4])
    return t


def body_table(doc, header, rows, widths, clauses):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, font=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    set_widths(t, widths)
    return t


def title_para(doc, lines):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, exact=35)
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, XBS, 22)
        if i < len(lines) - 1:
            r.add_break()
    return p


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_504", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


# ====================================================================== XIAMEN
def make_xiamen():
    doc = Document()
    setup(doc)
    num_id = add_cn_numbering(doc)
    docs = []

    # ---------------- portal list page
    portal_line(doc, "厦门市商务局", size=18, bold=True, font=HT)
    portal_line(doc, "政府信息公开")
    portal_line(doc, "当前位置：首页 > 政府信息公开 > 政府信息公开目录 > 法定主动公开内容 > 政策文件")
    portal_line(doc, "政策文件", size=14, bold=True, font=HT)
    portal_line(doc, "请输入关键字：              【检索】      有效性：全部 ▼")
    header = ["序号", "标题", "文号", "发布机构", "成文日期", "发布日期", "有效性"]
    rows = [
        ["1", "厦门市商务局关于开展2025年度厦门市跨境电商产业园区认定工作的通知", "厦商务〔2025〕77号", "厦门市商务局", "2025-09-10", "2025-09-12", "有效"],
        ["2", "中国（福建）自由贸易试验区厦门片区管理委员会关于印发厦门片区促进保税维修业务发展若干措施的通知", "厦自贸委〔2025〕15号", "厦门片区管委会", "2025-08-20", "2025-08-26", "有效"],
        ["3", "厦门市商务局关于进一步推动中欧（厦门）班列高质量发展的实施...", "厦商务规〔2025〕2号", "厦门市商务局", "2025-06-30", "2025-07-04", "有效"],
        ["4", "厦门市人民政府办公厅关于印发厦门市推进贸易高质量发展三年行动方案（2025—2027年）的通知", "厦府办〔2025〕31号", "厦门市人民政府办公厅", "2025-06-06", "2025-06-13", "有效"],
        ["5", "厦门市商务局关于公布2025年第一批厦门市外贸综合服务企业名单的公告", "厦门市商务局公告2025年第4号", "厦门市商务局", "2025-05-15", "2025-05-19", "有效"],
        ["6", "厦门市商务局 厦门市财政局关于做好2025年度跨境电子商务海外仓发展专项资金申报工作的通知", "厦商务〔2025〕41号", "厦门市商务局", "2025-04-18", "2025-04-22", "有效"],
        ["7", "福建省商务厅 福建省财政厅关于支持跨境电商海外仓高质量发展的若干措施", "闽商务〔2025〕9号", "福建省商务厅", "2025-02-27", "2025-03-05", "有效"],
        ["8", "厦门市商务局关于印发《厦门市外贸综合服务企业认定管理办法》的通知", "厦商务规〔2024〕5号", "厦门市商务局", "2024-11-08", "2024-11-12", "有效"],
        ["9", "厦门海关关于厦门象屿综合保税区开展跨境电商保税备货业务有关事项的公告", "厦门海关公告2024年第6号", "厦门海关", "2024-09-03", "2024-09-05", "有效"],
        ["10", "厦门市商务局 厦门市财政局关于做好2024年度跨境电子商务海外仓发展专项资金申报工作的通知", "厦商务〔2024〕37号", "厦门市商务局", "2024-04-10", "2024-04-15", "失效"],
        ["11", "厦门市商务局关于促进中欧（厦门）班列发展的若干意见", "厦商务规〔2024〕1号", "厦门市商务局", "2024-02-26", "2024-03-01", "废止"],
        ["12", "厦门市商务局关于印发《厦门市促进服务外包产业高质量发展若干措施》实施细则的通...", "厦商务〔2024〕8号", "厦门市商务局", "2024-01-19", "2024-01-24", "有效"],
    ]
    list_table(doc, header, rows, [1.0, 5.6, 2.6, 2.0, 1.7, 1.7, 1.0])
    portal_line(doc, "共12条记录  每页20条  首页  上一页  1  下一页  尾页  第1页/共1页", align=WD_ALIGN_PARAGRAPH.CENTER)

    # ---------------- full text 1: 实施意见 (Word auto numbering)
    page_break(doc)
    portal_line(doc, "当前位置：首页 > 政府信息公开 > 政策文件 > 正文")
    info_box_table(doc, [
        [("索引号", "XM00109-0200-2025-00023"), ("主题分类", "商贸、海关、旅游\\对外经贸合作")],
        [("发布机构", "厦门市商务局"), ("成文日期", "2025年06月30日")],
        [("文号", "厦商务规〔2025〕2号"), ("发布日期", "2025年07月04日")],
    ])
    portal_line(doc, "【字体：大 中 小】    浏览次数：2316    【打印】  【关闭】", align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    c = []
    t1 = "厦门市商务局关于进一步推动中欧（厦门）班列高质量发展的实施意见"
    title_para(doc, ["厦门市商务局关于进一步推动中欧（厦门）", "班列高质量发展的实施意见"])
    para(doc, "厦商务规〔2025〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    para(doc, "各区商务主管部门，市直有关单位，各班列运营企业：", indent=False)
    s = "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，进一步发挥中欧（厦门）班列联通21世纪海上丝绸之路和丝绸之路经济带的枢纽作用，推动班列提质增效、稳定运行，结合我市实际，提出如下实施意见。"
    para(doc, s); c.append(s)

    sections = [
        ("总体要求", [
            ("body", "坚持市场主导、政府引导，坚持海铁联运、多向拓展。到2027年，中欧（厦门）班列年开行量力争达到500列，回程班列占比提高到35%以上，开行线路覆盖欧洲、中亚、东盟等区域20个以上国家，将厦门打造成为“海丝”“陆丝”无缝衔接的国际物流枢纽。"),
        ]),
        ("重点任务", [
            ("item", "优化线路布局。", "巩固厦门至波兰罗兹、德国杜伊斯堡、匈牙利布达佩斯等既有线路，加密中亚、俄罗斯方向班列，积极拓展经霍尔果斯、阿拉山口、二连浩特、满洲里口岸出境的多通道线路。"),
            ("item", "提升回程班列比例。", "支持运营企业与境外物流企业合作，在欧洲主要节点城市设立集货中心，组织葡萄酒、母婴用品、汽车零部件等回程货源，提高回程班列满载率。"),
            ("item", "推动海铁联运发展。", "依托厦门港海沧港区集装箱码头和前场铁路大型货场，推广“一单到底”海铁联运模式，吸引东南亚及台湾地区中转货物经厦门搭乘班列运往欧洲、中亚。"),
            ("item", "促进班列与跨境电商融合发展。", "支持开行跨境电商专列，推动跨境电商企业通过班列开展出口业务，对利用班列开展跨境电商B2B出口（9710、9810）的企业优先纳入专项资金支持范围。"),
            ("item", "加强与综合保税区联动。", "支持厦门海沧港综合保税区、厦门象屿综合保税区内企业利用班列开展保税物流、保税维修和国际分拨业务，打造面向“一带一路”沿线国家的进口商品集散分拨中心。"),
        ]),
        ("支持措施", [
            ("item", "", "对班列运营企业按照年度开行列数和综合运营成本给予适当补贴，具体补贴标准由市商务局会同市财政局另行制定。"),
            ("item", "", "对年度通过班列进出口货值超过1亿元的货主企业，按照其班列运费的5%给予奖励，单个企业年度奖励不超过100万元。"),
            ("item", "", "对在境外新设班列集货分拨中心、仓储面积超过3000平方米的企业，按照实际投资额的10%给予一次性支持，最高不超过200万元。"),
            ("item", "", "同一事项符合本市其他政策支持条件的，按照“就高不重复”原则给予支持。"),
        ]),
        ("保障措施", [
            ("item", "加强统筹协调。", "建立由市商务局牵头，市发展改革委、市财政局、市交通运输局、厦门海关、中国铁路南昌局集团有限公司厦门货运中心等单位参加的工作协调机制，定期研究解决班列发展中的重大问题。"),
            ("item", "提升通关便利化水平。", "推广“提前申报”“两步申报”等通关模式，对班列货物实施“即到即查即放”，进一步压缩整体通关时间。"),
            ("item", "强化资金绩效管理。", "市商务局会同市财政局对专项资金使用情况开展绩效评价，评价结果作为下一年度资金安排的重要依据。"),
        ]),
    ]
    for si, (head, items) in enumerate(sections, 1):
        p = para(doc, head, font=HT, indent=False)
        p.paragraph_format.first_line_indent = None
        set_num(p, num_id, 0)
        k = 0
        for it in items:
            if it[0] == "body":
                para(doc, it[1]); c.append(it[1])
            else:
                k += 1
                parts = [(it[1], True)] if it[1] else []
                parts.append((it[2], False))
                p = para(doc, parts, indent=False)
                p.paragraph_format.first_line_indent = None
                set_num(p, num_id, 1)
                c.append("（%s）%s%s" % (cn(k), it[1], it[2]))
    empty(doc)
    s = "本意见自2025年8月1日起施行，有效期3年。《厦门市商务局关于促进中欧（厦门）班列发展的若干意见》（厦商务规〔2024〕1号）同时废止。本意见施行期间，国家、省出台相关政策的，从其规定。"
    para(doc, s); c.append(s)
    empty(doc, 2)
    para(doc, "厦门市商务局　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年6月30日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    portal_line(doc, "相关解读：图解《厦门市商务局关于进一步推动中欧（厦门）班列高质量发展的实施意见》")
    portal_line(doc, "相关解读：《实施意见》政策解读（厦门市商务局对外经贸合作处）")
    docs.append({
        "meta": {
            "title": t1,
            "doc_number": "厦商务规〔2025〕2号",
            "issuer": ["厦门市商务局"],
            "date": "2025-06-30",
            "published": "2025-07-04",
            "level": "municipal",
            "region": "厦门市",
            "effective": "2025-08-01",
            "expires": "2028-07-31",
            "attachments": [],
            "doc_type": "意见",
            "recipients": ["各区商务主管部门", "市直有关单位", "各班列运营企业"],
            "publicity": None,
            "repeals": "《厦门市商务局关于促进中欧（厦门）班列发展的若干意见》（厦商务规〔2024〕1号）",
        },
        "clauses": c,
    })

    # ---------------- full text 2: joint 通知 with red header, table, 版记
    page_break(doc)
    portal_line(doc, "当前位置：首页 > 政府信息公开 > 政策文件 > 正文")
    info_box_table(doc, [
        [("索引号", "XM00109-0200-2025-00011"), ("主题分类", "商贸、海关、旅游\\国内贸易（含供销）")],
        [("发布机构", "厦门市商务局"), ("成文日期", "2025年04月18日")],
        [("文号", "厦商务〔2025〕41号"), ("发布日期", "2025年04月22日")],
    ])
    portal_line(doc, "【字体：大 中 小】    浏览次数：4102    【打印】  【关闭】", align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    # red joint header as a layout table
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, name in enumerate(["厦门市商务局", "厦门市财政局"]):
        cl = ht.rows[ri].cells[0]
        cl.text = ""
        pp = cl.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = pp.add_run(name)
        set_font(r, XBS, 30, color=RED)
    mc = ht.rows[0].cells[1].merge(ht.rows[1].cells[1])
    mc.text = ""
    pp = mc.paragraphs[0]
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = pp.add_run("文件")
    set_font(r, XBS, 40, color=RED)
    mc.vertical_alignment = 1
    set_widths(ht, [11, 4.6])
    empty(doc)
    p = para(doc, "厦商务〔2025〕41号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc)
    c = []
    t2 = "厦门市商务局 厦门市财政局关于做好2025年度跨境电子商务海外仓发展专项资金申报工作的通知"
    title_para(doc, ["厦门市商务局 厦门市财政局关于做好", "2025年度跨境电子商务海外仓发展", "专项资金申报工作的通知"])
    empty(doc)
    para(doc, "各区商务主管部门，各区财政局，各有关企业：", indent=False)
    s = "为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和《福建省商务厅 福建省财政厅关于支持跨境电商海外仓高质量发展的若干措施》有关要求，加快推进我市跨境电子商务海外仓建设，助力企业拓展“一带一路”沿线及RCEP市场，现就做好2025年度跨境电子商务海外仓发展专项资金申报工作有关事项通知如下："
    para(doc, s); c.append(s)

    def h1(text):
        para(doc, text, font=HT)

    def item(text, bold_head=""):
        parts = []
        if bold_head:
            parts.append((bold_head, True))
        parts.append((text, False))
        para(doc, parts)
        c.append(bold_head + text)

    h1("一、支持对象")
    item("在厦门市行政区域内依法注册、具有独立法人资格，在境外自建或租赁海外仓并开展跨境电子商务业务的企业。申报企业应同时符合以下条件：")
    item("（一）2024年度跨境电子商务进出口额不低于500万元人民币；")
    item("（二）海外仓单仓面积不低于1000平方米，或在同一国家（地区）合计面积不低于2000平方米；")
    item("（三）海外仓已正常运营满6个月，具备仓储、分拣、配送、退换货等基本功能，并接入厦门市跨境电子商务公共服务平台；")
    item("（四）近三年内未发生严重失信行为，未被列入失信被执行人名单。")
    h1("二、支持内容和标准")
    item("对符合条件的企业，按照海外仓建设运营实际投入给予分档支持，具体标准如下：")
    body_table(doc, ["支持类别", "认定条件", "支持标准", "单个企业年度上限"], [
        ["自建海外仓", "单仓面积5000平方米以上", "按实际投资额的20%给予支持", "200万元"],
        ["自建海外仓", "单仓面积1000至5000平方米", "按实际投资额的15%给予支持", "100万元"],
        ["租赁海外仓", "租期1年以上、面积2000平方米以上", "按年度租金的10%给予支持", "50万元"],
        ["公共海外仓", "经省商务厅认定的省级公共海外仓", "一次性奖励", "30万元"],
    ], [2.6, 5.2, 4.8, 3.0], c)
    item("同一海外仓项目已获得中央、省级同类资金支持的，市级资金不再重复支持。")
    h1("三、申报材料")
    item("申报企业应提交以下材料（一式两份，A4纸装订）：")
    item("1.《2025年度厦门市跨境电子商务海外仓发展专项资金申请表》（附件1）；")
    item("2.企业营业执照复印件、法定代表人身份证明；")
    item("3.海外仓产权证明或租赁合同、租金支付凭证及中文翻译件；")
    item("4.会计师事务所出具的海外仓投资专项审计报告；")
    item("5.企业信用承诺书（附件2）。")
    h1("四、申报程序")
    item("请申报企业于2025年5月30日前登录“厦门市商务局专项资金管理系统”在线填报，并将纸质材料报送注册地所在区商务主管部门。", "（一）企业申报。")
    item("各区商务主管部门会同区财政局对申报材料进行初审，于2025年6月15日前将初审意见及汇总表（附件3）报送市商务局。", "（二）区级初审。")
    item("市商务局会同市财政局委托第三方机构开展专项审核，审核结果在市商务局门户网站公示5个工作日。", "（三）市级审核。")
    item("公示无异议的，由市财政局按规定程序拨付资金。", "（四）资金拨付。")
    h1("五、工作要求")
    item("（一）各区要高度重视，加强政策宣传，认真做好申报组织和初审工作，确保申报材料真实、完整。")
    item("（二）申报企业对申报材料的真实性负责。对弄虚作假、骗取专项资金的，一经查实，追回已拨付资金，取消3年内申报资格，并按规定纳入信用记录。")
    item("联系人：市商务局电子商务处 陈晓雯，电话：0592-2853716；市财政局经济建设处 林志强，电话：0592-2852094。")
    empty(doc)
    # attachment list with soft line breaks and manual spaces
    p = doc.add_paragraph()
    fmt(p, indent=True)
    atts = ["2025年度厦门市跨境电子商务海外仓发展专项资金申请表", "企业信用承诺书", "2025年度海外仓发展专项资金申报汇总表"]
    r = p.add_run("附件：1." + atts[0])
    set_font(r, FS, 16)
    r.add_break()
    r = p.add_run("　　　" + "2." + atts[1])
    set_font(r, FS, 16)
    r.add_break()
    r = p.add_run("　　　" + "3." + atts[2])
    set_font(r, FS, 16)
    empty(doc, 3)
    para(doc, "厦门市商务局　　　　　　　　厦门市财政局", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT).paragraph_format.left_indent = Pt(48)
    para(doc, "　　　　　　　　　　　　　　　　2025年4月18日", indent=False)
    para(doc, "（此件公开发布）")
    empty(doc, 4)
    p = para(doc, "抄送：福建省商务厅，福建省财政厅。", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, "厦门市商务局办公室　　　　　　　　　　　2025年4月18日印发", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)
    empty(doc)
    portal_line(doc, "相关附件：")
    portal_line(doc, "附件1.2025年度厦门市跨境电子商务海外仓发展专项资金申请表.docx")
    portal_line(doc, "附件2.企业信用承诺书.docx")
    portal_line(doc, "附件3.2025年度海外仓发展专项资金申报汇总表.xlsx")
    empty(doc)
    portal_line(doc, "主办：厦门市商务局  承办：厦门市商务局办公室  网站标识码：3502000043  闽ICP备05012345号", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    portal_line(doc, "地址：厦门市思明区湖滨北路××号  邮编：361012  联系电话：0592-2853000", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    docs.append({
        "meta": {
            "title": t2,
            "doc_number": "厦商务〔2025〕41号",
            "issuer": ["厦门市商务局", "厦门市财政局"],
            "date": "2025-04-18",
            "published": "2025-04-22",
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": atts,
            "doc_type": "通知",
            "recipients": ["各区商务主管部门", "各区财政局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": c,
    })
    return doc, docs


# ====================================================================== QINGDAO
def make_qingdao():
    doc = Document()
    setup(doc)
    docs = []
    portal_line(doc, "中国（山东）自由贸易试验区青岛片区", size=18, bold=True, font=HT)
    portal_line(doc, "首页 | 片区概况 | 政务公开 | 投资服务 | 制度创新 | 互动交流")
    portal_line(doc, "您现在的位置：首页 >> 政务公开 >> 政策文件")
    header = ["序号", "标题", "文号", "发布机构", "成文日期", "发布日期", "有效性"]
    page1 = [
        ["1", "中国（山东）自由贸易试验区青岛片区管理委员会关于实施外商投资企业设立登记“一口受理”服务的公告", "青自贸片区公告〔2026〕1号", "青岛片区管委", "2026-01-15", "2026-01-16", "有效"],
        ["2", "青岛市人民政府办公厅关于印发青岛市加快发展外贸新业态新模式行动方案（2025—2027年）的通知", "青政办字〔2025〕38号", "青岛市人民政府办公厅", "2025-12-19", "2025-12-26", "有效"],
        ["3", "中国（山东）自由贸易试验区青岛片区管理委员会关于印发《青岛片区支持跨境电商产业集聚发展若干政策》的通知", "青自贸片区发〔2025〕21号", "青岛片区管委", "2025-11-28", "2025-12-03", "有效"],
        ["4", "山东省商务厅 山东省财政厅关于做好2025年度外经贸发展专项资金（跨境电商方向）申报工作的通知", "鲁商字〔2025〕142号", "山东省商务厅", "2025-10-20", "2025-10-24", "有效"],
        ["5", "青岛海关关于青岛前湾综合保税区开展保税维修业务有关事项的公告", "青岛海关公告2025年第9号", "青岛海关", "2025-09-26", "2025-09-29", "有效"],
        ["6", "青岛市中欧班列运营补助资金管理办法", "青商规〔2025〕6号", "青岛市商务局 青岛市财政局", "2025-09-05", "2025-09-12", "有效"],
        ["7", "青岛西海岸新区管理委员会关于支持上合示范区与青岛片区联动发展的实施意见", "青西新管发〔2025〕17号", "西海岸新区管委", "2025-08-11", "2025-08-15", "有效"],
        ["8", "中国（山东）自由贸易试验区青岛片区管理委员会关于公布第五批制度创新成果的通知", "青自贸片区字〔2025〕44号", "青岛片区管委", "2025-07-02", "2025-07-08", "有效"],
        ["9", "青岛市商务局关于印发《青岛市跨境电子商务公共海外仓认定管理办法》的通知", "青商字〔2025〕52号", "青岛市商务局", "2025-05-16", "2025-05-21", "有效"],
        ["10", "中国（山东）自由贸易试验区青岛片区管理委员会关于外商投资企业设立登记试行“容缺受理”的公告", "青自贸片区公告〔2024〕3号", "青岛片区管委", "2024-10-09", "2024-10-11", "废止"],
    ]
    page2 = [
        ["11", "青岛市商务局 青岛市财政局关于做好2025年度中欧班列运营补助资金申报工作的通知", "青商函〔2025〕19号", "青岛市商务局", "2025-03-14", "2025-03-18", "失效"],
        ["12", "中国—上海合作组织地方经贸合作示范区管理委员会关于促进上合示范区国际物流发展的若干措施", "上合管发〔2024〕23号", "上合示范区管委", "2024-12-02", "2024-12-09", "有效"],
        ["13", "山东省人民政府关于印发中国（山东）自由贸易试验区提升战略实施方案的通知", "鲁政发〔2024〕9号", "山东省人民政府", "2024-06-20", "2024-06-28", "有效"],
        ["14", "中国（山东）自由贸易试验区青岛片区管理委员会关于印发《青岛片区外商投资企业投诉工作办法》的通知", "青自贸片区发〔2024〕11号", "青岛片区管委", "2024-05-13", "2024-05-17", "有效"],
        ["15", "青岛市中欧班列运营补助资金管理办法（试行）", "青商规〔2024〕2号", "青岛市商务局 青岛市财政局", "2024-03-01", "2024-03-08", "失效"],
        ["16", "青岛市商务局关于开展2024年度跨境电子商务示范企业评选工作的通知", "青商字〔2024〕6号", "青岛市商务局", "2024-01-22", "2024-01-26", "失效"],
    ]
    w = [1.0, 5.4, 2.8, 2.0, 1.7, 1.7, 1.0]
    list_table(doc, header, page1, w)
    portal_line(doc, "共16条  首页  上一页  [1]  2  下一页  尾页  第1页/共2页", align=WD_ALIGN_PARAGRAPH.CENTER)
    list_table(doc, header, page2, w)
    portal_line(doc, "共16条  首页  上一页  1  [2]  下一页  尾页  第2页/共2页", align=WD_ALIGN_PARAGRAPH.CENTER)

    # ---------------- full text 1: 公告 (zone level), info box as table
    page_break(doc)
    portal_line(doc, "您现在的位置：首页 >> 政务公开 >> 政策文件 >> 详细内容")
    info_box_table(doc, [
        [("索引号", "QDZMQ-0100-2026-000004"), ("主题分类", "综合政务\\外商投资")],
        [("发布机构", "青岛片区管委"), ("成文日期", "2026-01-15")],
        [("文号", "青自贸片区公告〔2026〕1号"), ("发布日期", "2026-01-16")],
    ])
    empty(doc)
    c = []
    t1 = "中国（山东）自由贸易试验区青岛片区管理委员会关于实施外商投资企业设立登记“一口受理”服务的公告"
    title_para(doc, ["中国（山东）自由贸易试验区青岛片区", "管理委员会关于实施外商投资企业", "设立登记“一口受理”服务的公告"])
    para(doc, "青自贸片区公告〔2026〕1号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font=KT)
    empty(doc)
    s = "为深入贯彻《中华人民共和国外商投资法》及其实施条例，落实中国（山东）自由贸易试验区关于优化外商投资服务的改革任务，进一步提升外商投资便利化水平，中国（山东）自由贸易试验区青岛片区管理委员会决定在片区范围内实施外商投资企业设立登记“一口受理”服务。现将有关事项公告如下："
    para(doc, s); c.append(s)

    def run_in(head, text):
        para(doc, [(head, True, HT), (text, False)])
        c.append(head + text)

    def plain(text):
        para(doc, text)
        c.append(text)

    run_in("一、适用范围。", "在青岛片区（含青岛前湾综合保税区）范围内申请设立的外商投资企业（含外商投资合伙企业），以及外国投资者在片区内新设分支机构的，适用本公告。")
    run_in("二、服务内容。", "片区政务服务中心设立外商投资“一口受理”综合窗口，统一受理以下事项：")
    plain("（一）外商投资企业设立登记；")
    plain("（二）外商投资信息报告（初始报告）；")
    plain("（三）企业印章刻制备案；")
    plain("（四）银行开户预约及外汇登记指引；")
    plain("（五）社会保险登记、住房公积金单位缴存登记；")
    plain("（六）涉税事项办理及发票申领。")
    run_in("三、办理方式。", "申请人可以通过以下方式提交申请：")
    para(doc, [("（一）线上办理。", False, KT), ("登录山东省政务服务网青岛片区站点外商投资“一口受理”专区，在线提交申请材料，经电子签名后完成申报；", False)])
    c.append("（一）线上办理。登录山东省政务服务网青岛片区站点外商投资“一口受理”专区，在线提交申请材料，经电子签名后完成申报；")
    para(doc, [("（二）线下办理。", False, KT), ("前往青岛片区政务服务中心二楼外商投资综合窗口提交纸质材料；", False)])
    c.append("（二）线下办理。前往青岛片区政务服务中心二楼外商投资综合窗口提交纸质材料；")
    para(doc, [("（三）跨境远程办理。", False, KT), ("境外投资者可以通过片区“跨境e办”视频服务系统在线核验身份，并提交经公证认证的主体资格证明文件。", False)])
    c.append("（三）跨境远程办理。境外投资者可以通过片区“跨境e办”视频服务系统在线核验身份，并提交经公证认证的主体资格证明文件。")
    run_in("四、办理时限。", "申请材料齐全、符合法定形式的，综合窗口在1个工作日内完成设立登记并发放营业执照，3个工作日内办结本公告第二条所列全部事项。")
    run_in("五、负面清单管理。", "外国投资者投资《外商投资准入特别管理措施（负面清单）》以外领域的，按照内外资一致原则办理；投资负面清单内领域的，综合窗口应当一次性告知所需审批事项及准入条件。")
    run_in("六、全周期服务。", "片区为外商投资企业配备投资服务专员，提供政策咨询、选址对接、人才引进、跨境结算等全周期服务。咨询电话：0532-86891526。")
    run_in("七、施行日期。", "本公告自2026年2月1日起施行，有效期2年。")
    empty(doc, 2)
    para(doc, "中国（山东）自由贸易试验区青岛片区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年1月15日　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")
    empty(doc)
    portal_line(doc, "【打印本页】    【关闭窗口】    【返回顶部】", align=WD_ALIGN_PARAGRAPH.CENTER)
    docs.append({
        "meta": {
            "title": t1,
            "doc_number": "青自贸片区公告〔2026〕1号",
            "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
            "date": "2026-01-15",
            "published": "2026-01-16",
            "level": "zone",
            "region": "中国（山东）自由贸易试验区青岛片区",
            "effective": "2026-02-01",
            "expires": "2028-01-31",
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": c,
    })

    # ---------------- full text 2: 办法 (municipal), info box typed as tab lines, no 落款
    page_break(doc)
    portal_line(doc, "您现在的位置：首页 >> 政务公开 >> 政策文件 >> 上级文件 >> 详细内容")
    portal_line(doc, "索引号：QDZMQ-0100-2025-000187\t\t主题分类：商贸、海关、旅游\\对外经贸合作")
    portal_line(doc, "发布机构：青岛市商务局 青岛市财政局\t\t成文日期：2025-09-05")
    portal_line(doc, "文　　号：青商规〔2025〕6号\t\t\t发布日期：2025-09-12")
    portal_line(doc, "信息来源：青岛市商务局    浏览次数：967")
    empty(doc)
    c = []
    t2 = "青岛市中欧班列运营补助资金管理办法"
    title_para(doc, [t2])
    empty(doc)
    chapters = [
        ("第一章　总　则", [
            "为加强和规范青岛市中欧班列运营补助资金（以下简称补助资金）管理，提高资金使用效益，推动中欧班列（齐鲁号）在青岛高质量开行，服务“一带一路”建设和上海合作组织地方经贸合作，根据《中华人民共和国预算法》《青岛市市级财政专项资金管理办法》等有关规定，结合本市实际，制定本办法。",
            "本办法所称补助资金，是指市级财政预算安排，用于支持从青岛市域内铁路场站始发或者到达的中欧班列、中亚班列开行的专项资金。",
            "补助资金的管理和使用遵循公开透明、突出绩效、总量控制、逐年退坡的原则。",
            "市商务局负责制定班列年度开行计划，组织资金申报和审核，开展绩效自评和日常监督管理。市财政局负责补助资金预算安排和拨付，组织开展重点绩效评价。",
        ]),
        ("第二章　补助对象和标准", [
            "补助对象为在青岛市注册登记、具有独立法人资格、经市商务局确认的中欧班列平台运营企业（以下简称运营企业）。",
            "补助资金按照班列实际开行列数给予补助，具体标准如下：",
            "补助标准实行逐年退坡。2026年度补助标准按照本办法第六条规定标准的90%执行，2027年度按照80%执行。",
            ["运营企业有下列情形之一的，相应班列不予补助：",
             "（一）班列未按照市商务局确认的开行计划运行的；",
             "（二）以拼凑货源、空箱运输等方式虚报开行列数的；",
             "（三）同一班列已享受其他市补助的。"],
        ]),
        ("第三章　申报与拨付", [
            "补助资金按季度申报、年度清算。运营企业应当于每季度结束后15个工作日内，向市商务局提交上季度班列开行情况及补助申请。",
            ["申报材料包括：",
             "（一）补助资金申请表；",
             "（二）班列开行明细及铁路运单、海关报关单等证明材料；",
             "（三）会计师事务所出具的专项审计报告（年度清算时提供）。"],
            "市商务局会同市财政局对申报材料进行审核，必要时可以委托第三方机构开展核查。审核结果在市商务局门户网站公示5个工作日。",
            "公示无异议的，市财政局按照国库集中支付有关规定拨付资金。季度补助按照核定金额的70%预拨，年度清算后据实结算。",
        ]),
        ("第四章　监督管理", [
            "运营企业应当建立补助资金专账，确保资金用于班列组织、市场开拓和运营成本支出，不得挪作他用。",
            "市商务局、市财政局应当按照全面实施预算绩效管理的要求，对补助资金开展绩效管理，绩效评价结果作为以后年度预算安排的重要依据。",
            "运营企业以虚报、冒领等手段骗取补助资金的，由市财政局依照《财政违法行为处罚处分条例》等规定予以处理，收回已拨付资金，三年内不得申报市级财政专项资金。",
        ]),
        ("第五章　附　则", [
            "本办法由市商务局、市财政局负责解释。",
            "本办法自2025年10月1日起施行，有效期至2027年12月31日。",
        ]),
    ]
    art = 0
    for ch, arts in chapters:
        p = para(doc, ch, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        for a in arts:
            art += 1
            lead = "第%s条" % cn(art)
            if isinstance(a, list):
                first, subs = a[0], a[1:]
            else:
                first, subs = a, []
            para(doc, [(lead, True, HT), ("　" + first, False)])
            c.append(lead + "　" + first)
            for sline in subs:
                para(doc, sline); c.append(sline)
            if art == 6:
                body_table(doc, ["线路方向", "运行类别", "补助标准（万元/列）", "备注"], [
                    ["欧洲方向", "去程", "3.0", "按41个标准箱折算为1列"],
                    ["中亚方向", "去程", "1.5", "按41个标准箱折算为1列"],
                    ["欧洲、中亚方向", "回程", "4.0", "满载率不低于80%"],
                    ["东盟方向（中老铁路）", "去程、回程", "1.0", "经磨憨口岸出入境"],
                ], [4.0, 2.8, 3.6, 5.0], c)
    empty(doc, 2)
    portal_line(doc, "【打印本页】    【关闭窗口】    【返回顶部】", align=WD_ALIGN_PARAGRAPH.CENTER)
    portal_line(doc, "主办：中国（山东）自由贸易试验区青岛片区管理委员会  鲁ICP备12034567号-2  网站标识码：3702110031", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    docs.append({
        "meta": {
            "title": t2,
            "doc_number": "青商规〔2025〕6号",
            "issuer": ["青岛市商务局", "青岛市财政局"],
            "date": "2025-09-05",
            "published": "2025-09-12",
            "level": "municipal",
            "region": "青岛市",
            "effective": "2025-10-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })
    return doc, docs


def main():
    expected = {}
    for stem, maker in (("blind504_xiamen_zhengcewenjian", make_xiamen),
                        ("blind504_qingdao_zhengcewenjian", make_qingdao)):
        doc, docs = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
