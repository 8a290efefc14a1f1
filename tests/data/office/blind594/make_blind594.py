# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 594: 外贸发展专项资金（跨境电商）公示 + 验收结果通知 (厦门)."""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
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


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, space_after=0, line=Pt(28)):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line is not None:
        pf.line_spacing = line
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def runin(doc, head, body, head_font=KT, head_bold=False):
    """run-in heading: heading run + body run in the same paragraph"""
    p = para(doc)
    add_run(p, head, font=head_font, bold=head_bold)
    add_run(p, body)
    return p


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "— ", font="宋体", size=14)
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
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)
    add_run(p, " —", font="宋体", size=14)


def setup_page(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    page_number_footer(s)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_decimal_numbering(doc, num_id=90):
    """Word automatic numbering '1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
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
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def numbered_para(doc, text, num_id):
    p = para(doc, indent=False)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    add_run(p, text)
    return p


def set_cell_text(cell, text, size=12, font=FS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    if text:
        add_run(p, text, font=font, size=size, bold=bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def data_table(doc, header, rows, widths, bold_header=True):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell_text(t.rows[0].cells[i], h, font=HT, size=12)
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if i in (1, 2) or len(v) > 14 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell_text(cells[i], v, align=al)
    fix_widths(t, widths)
    return t


def fix_widths(table, widths):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v != "")


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- data
PROJECTS = [
    # 项目单位, 项目名称, 支持类别, 金额, 所在区
    ("海翼跨境电子商务（厦门）有限公司", "美国洛杉矶海外仓（二期）建设项目", "海外仓建设", "180.00", "湖里区"),
    ("海翼跨境电子商务（厦门）有限公司", "跨境电商独立站品牌出海推广项目", "品牌培育", "45.00", "湖里区"),
    ("鹭通供应链管理（厦门）有限公司", "9810模式出口海外仓业务奖励", "出口业务奖励", "62.35", "海沧区"),
    ("厦门市丝路通达国际贸易有限公司", "中欧班列（厦门）跨境电商专列运营项目", "物流通道建设", "120.00", "海沧区"),
    ("嘉禾云仓科技（厦门）有限公司", "跨境电商智能分拣中心建设项目", "公共服务平台", "95.80", "集美区"),
    ("百川海外仓储服务（厦门）有限公司", "德国杜伊斯堡海外仓建设项目", "海外仓建设", "150.00", "湖里区"),
    ("厦门象屿跨境云商有限公司", "跨境电商综合服务平台（二期）", "公共服务平台", "110.00", "湖里区"),
    ("闽海优选电子商务（厦门）有限公司", "9710模式B2B直接出口业务奖励", "出口业务奖励", "38.72", "思明区"),
    ("厦门市翔鹭跨境产业园运营管理有限公司", "翔安跨境电商产业园孵化服务项目", "园区建设", "80.00", "翔安区"),
    ("同发鞋服进出口（厦门）有限公司", "亚马逊平台自主品牌培育项目", "品牌培育", "30.00", "同安区"),
    ("厦门市集美大学科技园跨境电商学院有限公司", "跨境电商实操人才培训项目（2025年度）", "人才培训", "25.60", "集美区"),
    ("蓝湾数字贸易（厦门）有限公司", "跨境电商海外营销数字化系统开发项目", "公共服务平台", "68.00", "思明区"),
    ("厦门金砖云链信息科技有限公司", "金砖国家跨境电商供应链数据平台", "公共服务平台", "90.00", "海沧区"),
    ("万邦物流（厦门）有限公司", "跨境电商“海运+海外仓”头程物流项目", "物流通道建设", "55.00", "湖里区"),
    ("厦门市石材家居跨境贸易有限公司", "墨西哥蒙特雷海外仓建设项目", "海外仓建设", "100.00", "翔安区"),
    ("恒信茶业国际贸易（厦门）有限公司", "跨境电商茶叶品牌海外推广项目", "品牌培育", "20.00", "思明区"),
    ("厦门卓越供应链跨境电商有限公司", "1210保税备货模式出口业务奖励", "出口业务奖励", "47.15", "湖里区"),
    ("嘉禾云仓科技（厦门）有限公司", "跨境电商人才定向培养项目", "人才培训", "15.00", "集美区"),
    ("海丝纵横国际物流（厦门）有限公司", "“丝路海运”跨境电商快线项目", "物流通道建设", "75.00", "海沧区"),
    ("厦门优品汇跨境电子商务有限公司", "TikTok Shop跨境直播电商基地建设项目", "公共服务平台", "60.00", "思明区"),
    ("星辰户外用品（厦门）有限公司", "跨境电商B2B出口（9710）业务奖励", "出口业务奖励", "28.40", "同安区"),
    ("厦门市同安区跨境电商协会", "同安跨境电商公共海外仓共享服务项目", "海外仓建设", "40.00", "同安区"),
    ("东南亚通跨境贸易（厦门）有限公司", "泰国曼谷海外仓建设项目", "海外仓建设", "85.00", "集美区"),
    ("厦门华鑫电子商务产业园有限公司", "跨境电商企业集聚服务项目", "园区建设", "50.00", "集美区"),
    ("福茂食品进出口（厦门）有限公司", "跨境电商食品溯源体系建设项目", "公共服务平台", "32.50", "海沧区"),
    ("厦门瑞景智造跨境电商有限公司", "Shopee平台自主品牌培育项目", "品牌培育", "22.00", "翔安区"),
]

FAILED = [
    # 项目单位, 项目名称, 支持类别, 不通过原因
    ("鑫达贸易（厦门）有限公司", "英国伯明翰海外仓建设项目",
     "海外仓建设", "海外仓租赁合同期限不足2年，且无法提供仓储运营流水"),
    ("鑫达贸易（厦门）有限公司", "9810模式出口海外仓业务奖励",
     "出口业务奖励", "申报出口额与海关统计数据不符，差额超过20%"),
    ("厦门市云帆网络科技有限公司", "跨境电商SaaS服务平台建设项目",
     "公共服务平台", "项目实际投资额未达到申报投资额的70%"),
    ("海翼跨境电子商务（厦门）有限公司", "跨境电商人才实训基地项目",
     "人才培训", "培训人数不足，且部分培训记录无法核实"),
    ("锦程国际货运代理（厦门）有限公司", "跨境电商“空运+海外仓”物流项目",
     "物流通道建设", "同一事项已获得省级财政资金支持，属重复申报"),
]

TOTAL = sum(Decimal(p[3]) for p in PROJECTS)
TOTAL_S = "%.2f" % TOTAL
N_COMPANIES = len({p[0] for p in PROJECTS})
assert N_COMPANIES == 24 and len(PROJECTS) == 26

ATT_GS = "2025年度外贸发展专项资金（跨境电商）拟支持项目名单"
ATT_TZ1 = "2025年度外贸发展专项资金（跨境电商）项目验收通过名单"
ATT_TZ2 = "2025年度外贸发展专项资金（跨境电商）项目验收不通过名单"

expected = {}


# ---------------------------------------------------------------- doc 1: 公示
def make_gongshi():
    doc = Document()
    setup_page(doc)
    num_id = add_decimal_numbering(doc)
    clauses = []

    # title, split by a soft line break (Shift+Enter)
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    r = add_run(p, "厦门市商务局关于2025年度外贸发展", font=XBS, size=22)
    r.add_break()
    add_run(p, "专项资金（跨境电商）拟支持项目的公示", font=XBS, size=22)
    para(doc, indent=False)  # empty paragraph

    t = ("根据《福建省商务厅 福建省财政厅关于做好2025年度外贸发展专项资金申报工作的通知》"
         "（闽商务外贸〔2025〕15号）和《厦门市外贸发展专项资金（跨境电商）管理实施细则》"
         "（厦商务规〔2024〕3号）等有关规定，经企业申报、区级初审、第三方机构专项审计、"
         "现场核查和专家评审，我局会同市财政局研究提出了2025年度外贸发展专项资金（跨境电商）"
         "拟支持项目名单，共涉及企业%d家、项目%d个，拟支持资金合计%s万元。为体现公开、公平、"
         "公正原则，接受社会监督，现将拟支持项目予以公示（详见附件）。"
         % (N_COMPANIES, len(PROJECTS), TOTAL_S))
    para(doc, t)
    clauses.append(t)

    # 一、 run-in with colon, heading in 黑体
    h, b = "一、公示时间：", "2026年4月1日至4月7日。"
    runin(doc, h, b, head_font=HT)
    clauses.append(h + b)

    # 二、 heading on its own line
    para(doc, "二、异议受理方式", font=HT)
    t = "公示期间，任何单位和个人对拟支持项目有异议的，可通过以下方式向我局反映："
    para(doc, t)
    clauses.append(t)
    items = [
        "书面方式：邮寄或送达至厦门市思明区湖滨北路61号市行政中心1号楼7楼厦门市商务局电子商务处"
        "（邮编：361012），信封请注明“跨境电商项目公示异议”字样，以邮戳日期为准。",
        "电子邮件：发送至xmsw_dzswc@xmcom.gov.cn，邮件主题请注明“跨境电商项目公示异议”。",
        "电话：0592-5051234（工作日上午8:00—12:00，下午15:00—18:00）。",
    ]
    for i, it in enumerate(items, 1):
        numbered_para(doc, it, num_id)  # Word automatic numbering "1."
        clauses.append("%d.%s" % (i, it))
    t = ("反映异议须实事求是，以真实姓名或单位名称提出，并提供有效联系方式及必要的证明材料；"
         "单位提出异议的，须加盖单位公章。匿名、超出公示期限或无具体事实依据的异议，原则上不予受理。")
    para(doc, t)
    clauses.append(t)

    # 三、 run-in, heading bold 仿宋 (bold run)
    h = "三、异议处理。"
    b = ("我局将会同市财政局对受理的异议进行调查核实，并于公示期满后10个工作日内将处理意见反馈"
         "异议人。公示期满无异议或经核实异议不成立的，按程序下达资金计划并拨付资金；异议成立的，"
         "取消相关项目的支持资格。")
    runin(doc, h, b, head_font=FS, head_bold=True)
    clauses.append(h + b)

    para(doc, "四、其他事项", font=HT)
    subs = [
        ("（一）", "本次拟支持资金由市级财政安排，通过国库集中支付方式直接拨付至项目单位基本账户，"
                  "不得转拨、截留或挪用。"),
        ("（二）", "项目单位应严格按照规定使用专项资金，建立专账或辅助账，自觉接受财政、审计、商务等"
                  "部门的监督检查。对弄虚作假、骗取套取专项资金的，依法依规追回已拨付资金，"
                  "并按规定纳入社会信用记录。"),
        ("（三）", "列入公示名单的项目单位如发生名称变更、注销、被列入严重失信主体名单等情形，"
                  "应在公示期内主动向所在区商务主管部门报告。"),
    ]
    for h, b in subs:
        runin(doc, h, b, head_font=FS)
        clauses.append(h + b)

    # 联系人 as its own body paragraph (counts as a clause)
    t = "联系人：陈晓雯，联系电话：0592-5051234；监督电话：0592-5059876（市商务局机关纪委）。"
    para(doc, t)
    clauses.append(t)

    para(doc, indent=False)
    # 附件 list line, manual spaces
    p = para(doc)
    add_run(p, "附件：" + ATT_GS)
    para(doc, indent=False)
    para(doc, indent=False)
    # 落款 with manual spaces, one paragraph with a soft break
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    r = add_run(p, "厦门市商务局        ")
    r.add_break()
    add_run(p, "2026年3月31日      ")

    # attachment page
    page_break(doc)
    p = para(doc, "附件", font=HT, indent=False)
    para(doc, indent=False)
    p = para(doc, ATT_GS, font=XBS, size=20, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    para(doc, indent=False, line=Pt(14))
    header = ["序号", "项目单位", "项目名称", "支持类别", "拟支持金额（万元）"]
    rows = []
    for i, pj in enumerate(PROJECTS, 1):
        rows.append([str(i), pj[0], pj[1], pj[2], pj[3]])
    t = data_table(doc, header, rows, [1.4, 4.7, 4.7, 2.2, 2.6])
    # 合计 row: 合计 in first cell, middle cells left empty, amount in last cell (bold)
    cells = t.add_row().cells
    set_cell_text(cells[0], "合计", font=HT)
    for c in cells[1:4]:
        set_cell_text(c, "")
    set_cell_text(cells[4], TOTAL_S, bold=True)
    fix_widths(t, [1.4, 4.7, 4.7, 2.2, 2.6])
    for r in rows:
        clauses.append(row_clause(header, r))
    clauses.append(row_clause(header, ["合计", "", "", "", TOTAL_S]))

    stem = "blind594_xiamen_gongshi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    expected[stem] = [{
        "meta": {
            "title": "厦门市商务局关于2025年度外贸发展专项资金（跨境电商）拟支持项目的公示",
            "doc_number": None,
            "issuer": ["厦门市商务局"],
            "date": "2026-03-31",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [ATT_GS],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return stem


# ---------------------------------------------------------------- doc 2: 验收结果通知
def make_tongzhi():
    doc = Document()
    setup_page(doc)
    clauses = []

    # joint red 版头 laid out in a borderless table: two organs left, 文件 right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["厦门市商务局", "厦门市财政局"]):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        add_run(p, name, font=XBS, size=30, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(p, "文件", font=XBS, size=40, color=RED)
    m.vertical_alignment = 1  # center
    fix_widths(t, [11.5, 4.0])

    para(doc, indent=False)
    p = para(doc, "厦商务〔2026〕38号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc, indent=False)

    # title split into two separate paragraphs
    for tl in ("厦门市商务局 厦门市财政局", "关于2025年度外贸发展专项资金",
               "（跨境电商）项目验收结果的通知"):
        para(doc, tl, font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, indent=False)
    para(doc, "各区商务局、各区财政局，有关项目单位：", indent=False)

    t = ("根据《厦门市外贸发展专项资金（跨境电商）管理实施细则》（厦商务规〔2024〕3号）和"
         "《厦门市商务局 厦门市财政局关于组织申报2025年度外贸发展专项资金（跨境电商）项目的通知》"
         "（厦商务〔2025〕112号）要求，市商务局、市财政局委托第三方机构对2025年度申报的跨境电商"
         "项目开展了验收。现将验收结果通知如下：")
    para(doc, t)
    clauses.append(t)

    para(doc, "一、验收基本情况", font=HT)
    t = ("本次验收共受理项目31个，涉及企业27家。经材料审查、专项审计和现场核查，验收通过项目26个"
         "（名单见附件1），验收不通过项目5个（名单见附件2）。")
    para(doc, t)
    clauses.append(t)
    for h, b in [
        ("（一）验收方式。", "验收采取“材料审查+专项审计+现场核查”相结合的方式进行。第三方机构对项目"
                         "投资凭证、出口报关数据、海外仓租赁合同及运营流水等逐项核验，对海外仓建设"
                         "类项目采取视频连线方式开展远程核查。"),
        ("（二）验收标准。", "项目建设内容与申报内容基本一致，实际投资额达到申报投资额的70%以上，"
                         "相关数据与海关、税务、外汇管理等部门数据相互印证，且项目单位在项目实施期内"
                         "未发生重大违法违规行为的，认定为验收通过。"),
    ]:
        runin(doc, h, b, head_font=KT)
        clauses.append(h + b)

    para(doc, "二、验收不通过的主要情形", font=HT)
    # hand-typed numbering "1." "2." with （1）（2） sub-items
    for t in [
        "1.项目实际投资额未达到申报投资额70%，且未在规定期限内书面说明理由的；",
        "2.申报出口额、交易额等数据与海关统计数据或第三方平台数据不符，差额超过20%的；",
        "3.存在以下情形之一的：",
    ]:
        para(doc, t)
        clauses.append(t)
    for t in [
        "（1）同一事项已获得中央或省级财政资金支持，属重复申报的；",
        "（2）海外仓租赁合同期限不足2年，或无法提供仓储运营流水的；",
        "（3）培训人数、培训记录等佐证材料不足或无法核实的。",
    ]:
        para(doc, t)
        clauses.append(t)

    para(doc, "三、有关要求", font=HT)
    for h, b in [
        ("（一）", "各区商务局要会同区财政局督促验收通过的项目单位做好资金申领准备，于2026年3月27日前"
                  "完成项目单位银行账户信息核对，并报送市商务局电子商务处。"),
        ("（二）", "验收通过项目将按程序进行公示，公示无异议后拨付资金。验收不通过的项目不予支持，"
                  "相关项目单位可按规定申报下一年度项目，但因弄虚作假导致验收不通过的，"
                  "三年内不得申报市级商务领域专项资金。"),
        ("（三）", "项目单位对验收结果有异议的，可于本通知印发之日起15日内向市商务局书面申请复核，"
                  "逾期不予受理。"),
    ]:
        runin(doc, h, b)
        clauses.append(h + b)
    t = "联系人：市商务局电子商务处 林志斌，电话：0592-5051234；市财政局经济建设处 黄雅琴，电话：0592-2851234。"
    para(doc, t)
    clauses.append(t)

    para(doc, indent=False)
    # 附件 list, second line aligned with full-width spaces
    para(doc, "附件：1." + ATT_TZ1)
    para(doc, "\u3000\u3000\u30002." + ATT_TZ2)
    para(doc, indent=False)

    # 落款 in a borderless layout table (two organs side by side), date below
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_text(lt.cell(0, 0), "厦门市商务局", size=16)
    set_cell_text(lt.cell(0, 1), "厦门市财政局", size=16)
    dcell = lt.cell(1, 0).merge(lt.cell(1, 1))
    set_cell_text(dcell, "2026年3月18日", size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    fix_widths(lt, [7.8, 7.8])
    para(doc, "（此件公开发布）")

    # 附件1
    page_break(doc)
    para(doc, "附件1", font=HT, indent=False)
    para(doc, ATT_TZ1, font=XBS, size=20, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    para(doc, indent=False, line=Pt(14))
    h1 = ["序号", "所在区", "项目单位", "项目名称", "验收结论"]
    rows1 = [[str(i), pj[4], pj[0], pj[1], "通过"] for i, pj in enumerate(PROJECTS, 1)]
    data_table(doc, h1, rows1, [1.3, 1.8, 5.6, 5.9, 2.0])
    for r in rows1:
        clauses.append(row_clause(h1, r))

    # 附件2
    page_break(doc)
    para(doc, "附件2", font=HT, indent=False)
    para(doc, ATT_TZ2, font=XBS, size=20, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    para(doc, indent=False, line=Pt(14))
    h2 = ["序号", "项目单位", "项目名称", "支持类别", "不通过原因"]
    rows2 = [[str(i), f[0], f[1], f[2], f[3]] for i, f in enumerate(FAILED, 1)]
    data_table(doc, h2, rows2, [1.3, 4.4, 4.4, 2.2, 4.3])
    for r in rows2:
        clauses.append(row_clause(h2, r))

    # 版记
    para(doc, indent=False)
    para(doc, indent=False)
    p = para(doc, indent=False, line=Pt(22))
    add_run(p, "抄送：市审计局，各区人民政府。", size=14)
    top_bottom_border(p, top=True, bottom=True)
    p = para(doc, indent=False, line=Pt(22))
    add_run(p, "  厦门市商务局办公室                   2026年3月18日印发", size=14)
    top_bottom_border(p, top=False, bottom=True)

    stem = "blind594_xiamen_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    expected[stem] = [{
        "meta": {
            "title": "厦门市商务局 厦门市财政局关于2025年度外贸发展专项资金（跨境电商）项目验收结果的通知",
            "doc_number": "厦商务〔2026〕38号",
            "issuer": ["厦门市商务局", "厦门市财政局"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [ATT_TZ1, ATT_TZ2],
            "doc_type": "通知",
            "recipients": ["各区商务局", "各区财政局", "有关项目单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return stem


def to_pdf(stem):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_594", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == "__main__":
    stems = [make_gongshi(), make_tongzhi()]
    for s in stems:
        to_pdf(s)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", stems)
