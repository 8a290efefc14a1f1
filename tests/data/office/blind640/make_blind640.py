# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 640: 横琴 / 澳门 cross-border documents.

Writes next to itself:
  blind640_hengqin_gonggao.docx/.pdf   (繁體, joint 公告, 第X條, MOP, 附件 table)
  blind640_guangdong_tongzhi.docx/.pdf (简体, 广东省 joint 通知, 一、（一）1.（1）, 附件 table)
  blind640_hengqin_tongzhi.docx/.pdf   (繁體, joint 通知, Word auto-numbering 一、, 二〇二六年 date)
  expected.json (answer key, simplified characters)
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from opencc import OpenCC

HERE = os.path.dirname(os.path.abspath(__file__))
_CC = OpenCC("s2hk")
# post-fixes to the automatic conversion (澳門 usage)
_FIX = {
    "澳門元兑": "澳門元兌",
    "兑": "兌",
    "綫": "線",
    "税": "稅",
    "户": "戶",
    "啓": "啟",
    "衞": "衛",
}


def T(s):
    """simplified -> traditional (澳門 / 香港 standard)."""
    t = _CC.convert(s)
    for a, b in _FIX.items():
        t = t.replace(a, b)
    return t


def ID(s):
    return s


XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
MING = "新細明體"
BKAI = "標楷體"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)


def add_text(p, text, font, size=16, bold=False, color=None):
    """add text; '\v' becomes a soft line break (Shift+Enter)."""
    parts = text.split("\v")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def fmt(p, align=None, first_indent=None, left=None, before=0, after=0, line=Pt(28)):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if left is not None:
        pf.left_indent = left
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line


def para(doc_or_cell, segs, font=FS, size=16, align=None, first_indent=Pt(32), left=None,
         line=Pt(28), conv=ID):
    """segs: str or list of (text, dict(font=, bold=)) ."""
    p = doc_or_cell.add_paragraph()
    fmt(p, align=align, first_indent=first_indent, left=left, line=line)
    if isinstance(segs, str):
        segs = [(segs, {})]
    for text, o in segs:
        add_text(p, conv(text), o.get("font", font), o.get("size", size), o.get("bold", False),
                 o.get("color"))
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=Pt(28))
        r = p.add_run("")
        set_font(r, FS, size)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come before shd/tabs/spacing/ind/jc
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def red_line(doc):
    p = doc.add_paragraph()
    fmt(p, line=Pt(8))
    border(p, "bottom", "FF0000", 18)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_numbers(doc, left="— ", right=" —", font="宋体"):
    for s in doc.sections:
        ft = s.footer
        p = ft.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(left)
        set_font(r, font, 14)
        r = p.add_run()
        set_font(r, font, 14)
        add_field(r, "PAGE")
        r = p.add_run(right)
        set_font(r, font, 14)


def setup(doc):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing = Pt(20)
    add_text(p, text, font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def data_table(doc, header, rows, widths, conv=ID, font=FS, hfont=HT, size=12, merges=()):
    """merges: list of (col, first_row, last_row) vertical merges (0-based data rows)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    skip = set()
    for col, r0, r1 in merges:
        a = t.cell(1 + r0, col)
        b = t.cell(1 + r1, col)
        a.merge(b)
        for r in range(r0 + 1, r1 + 1):
            skip.add((r, col))
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), conv(h), hfont, size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in skip:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if j in (2,) and len(v) > 10 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(1 + i, j), conv(v), font, size, align=al)
    set_widths(t, widths)
    return t


def header_block(doc, organs, right_word, conv=ID, size=22, font=XBS):
    """Joint 版头: organ names stacked in the left cell, right_word in merged right cell."""
    t = doc.add_table(rows=len(organs), cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    right = t.cell(0, 1)
    if len(organs) > 1:
        right = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(34)
        add_text(p, conv(o), font, size, color=RED)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(p, conv(right_word), font, size + 8, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, [12.4, 3.2])
    return t


def signature_table(doc, organs, conv=ID, font=FS, size=14):
    """落款 of two organs side by side, typed in a borderless table."""
    t = doc.add_table(rows=1, cols=len(organs))
    no_borders(t)
    for j, o in enumerate(organs):
        cell_text(t.cell(0, j), conv(o), font, size)
    set_widths(t, [7.8] * len(organs))
    return t


def set_widths(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for j, w in enumerate(widths):
        table.columns[j].width = Cm(w)
    for row in table.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


# ---------------------------------------------------------------- doc 1
def doc1():
    stem = "blind640_hengqin_gonggao"
    doc = Document()
    setup(doc)
    conv = T
    clauses = []

    header_block(doc, ["横琴粤澳深度合作区执行委员会", "澳门特别行政区经济及科技发展局"], "联合公告",
                 conv=conv, size=20)
    empty(doc)
    para(doc, "琴执〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, conv=conv)
    red_line(doc)
    empty(doc)
    # title typed as two separate paragraphs
    para(doc, "关于支持澳门企业在横琴粤澳深度合作区", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=None, line=Pt(36), conv=conv)
    para(doc, "发展跨境电子商务的联合公告", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=None, line=Pt(36), conv=conv)
    empty(doc)

    body = [
        ("p", "为贯彻落实《横琴粤澳深度合作区建设总体方案》，促进澳门经济适度多元发展，支持澳门企业依托横琴粤澳深度合作区（以下简称合作区）拓展跨境电子商务业务，横琴粤澳深度合作区执行委员会与澳门特别行政区经济及科技发展局经协商，现就有关事项公告如下："),
        ("a", "第一条", "本公告所称澳门企业，是指依照澳门特别行政区法律设立并办理商业登记，由澳门居民或者澳门企业持股比例不低于25%，且在合作区依法登记注册、具有独立法人资格的企业。"),
        ("a", "第二条", "本公告所称跨境电子商务，是指通过合作区跨境电子商务综合服务平台完成交易、支付、物流等环节，以一般出口（9610）、跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）或者网购保税进口（1210）等监管方式开展的进出口业务。"),
        ("a", "第三条", "扶持资金由合作区财政专项资金和澳门特别行政区经济及科技发展局相关资助计划共同安排，按照分类扶持、总额控制的原则使用。"),
        ("a", "第四条", "申请扶持的澳门企业应当同时符合下列条件："),
        ("i", "（一）在合作区实际经营满6个月，具有固定经营场所；"),
        ("i", "（二）近两年内无重大违法违规记录，未被列入严重失信主体名单；"),
        ("i", "（三）已在合作区跨境电子商务综合服务平台完成企业备案；"),
        ("i", "（四）上一年度或者申请年度内跨境电子商务进出口额不低于澳门元1,000,000元。"),
        ("a", "第五条", "对澳门企业在合作区新设立跨境电子商务运营中心的，按其实际投入的装修及设备购置费用给予50%资助，每家企业最高不超过澳门元500,000元。"),
        ("a", "第六条", "对澳门企业通过合作区开展跨境电子商务出口业务的，按年度出口额给予奖励："),
        ("i", "（一）年度出口额达到澳门元1,000,000元、不足5,000,000元的，给予澳门元50,000元奖励；"),
        ("i", "（二）年度出口额达到澳门元5,000,000元、不足20,000,000元的，给予澳门元200,000元奖励；"),
        ("i", "（三）年度出口额达到澳门元20,000,000元以上的，给予澳门元600,000元奖励。"),
        ("a", "第七条", "对澳门企业在葡语国家及共建「一带一路」国家设立或者租用海外仓，并通过合作区开展跨境电商出口海外仓（9810）业务的，按照海外仓年度租金或者建设费用的30%给予资助，每家企业每年最高不超过澳门元300,000元。"),
        ("a", "第八条", "支持澳门企业利用中欧班列运输跨境电子商务货物。对经合作区集拼、通过珠海始发中欧班列出口的，\v按每标准箱澳门元3,000元给予物流补贴，每家企业每年最高不超过澳门元400,000元。"),
        ("a", "第九条", "澳门企业引进或者培养跨境电子商务专业人才，与其签订一年以上劳动合同并在合作区缴纳社会保险的，按每人每月澳门元2,000元给予人才补贴，补贴期限最长12个月，每家企业每年补贴人数不超过10人。"),
        ("a", "第十条", "澳门企业参加经济及科技发展局或者澳门贸易投资促进局组织的境外跨境电子商务展会、推介活动的，按展位费的70%给予资助，每家企业每年最高不超过澳门元100,000元。"),
        ("a", "第十一条", "同一企业同一项目同时符合合作区和澳门特别行政区其他同类扶持政策的，按照从优、不重复的原则予以支持，不得重复申领。"),
        ("a", "第十二条", "扶持资金实行年度申报制度。申报时间原则上为每年3月1日至4月30日，具体安排由合作区经济发展局另行通知。"),
        ("a", "第十三条", "申请企业应当通过合作区政务服务平台或者澳门特别行政区政府一户通提交申请材料，并对材料的真实性、完整性负责。"),
        ("a", "第十四条", "合作区经济发展局会同经济及科技发展局对申请材料进行审核，必要时可以委托第三方机构开展专项审计。审核结果在合作区门户网站和经济及科技发展局网站公示，公示期为5个工作日。"),
        ("a", "第十五条", "扶持资金以澳门元计算。由合作区财政拨付的部分，按照拨付当月第一个工作日中国人民银行授权中国外汇交易中心公布的汇率折算为人民币发放；由经济及科技发展局发放的部分，以澳门元支付。"),
        ("a", "第十六条", "企业以虚报、冒领、伪造材料等方式骗取扶持资金的，由审核部门追回已拨付资金，五年内不再受理其申请；涉嫌犯罪的，依法移送有关机关处理。"),
        ("a", "第十七条", "本公告由横琴粤澳深度合作区执行委员会和澳门特别行政区经济及科技发展局负责解释。咨询电话：合作区经济发展局（0756）8841234，经济及科技发展局（853）28882088。"),
        ("a", "第十八条", "本公告自2026年4月1日起施行，有效期至2028年12月31日。《横琴粤澳深度合作区支持澳门企业发展电子商务暂行办法》（琴执〔2023〕21号）同时废止。"),
    ]
    for item in body:
        if item[0] == "p":
            para(doc, item[1], conv=conv)
            clauses.append(item[1])
        elif item[0] == "a":
            # article number in a bold 黑体 run, full-width space, text in 仿宋
            para(doc, [(item[1], {"font": HT}), ("\u3000" + item[2], {})], conv=conv)
            clauses.append(item[1] + "\u3000" + item[2].replace("\v", ""))
        else:
            para(doc, item[1], conv=conv)
            clauses.append(item[1])

    empty(doc)
    para(doc, "附件：澳门企业跨境电子商务扶持项目及标准一览表", first_indent=Pt(32), conv=conv)
    empty(doc, 2)
    signature_table(doc, ["横琴粤澳深度合作区执行委员会", "澳门特别行政区经济及科技发展局"], conv=conv)
    p = para(doc, "2026年3月15日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=None, conv=conv)
    p.paragraph_format.right_indent = Pt(64)

    # attachment
    page_break(doc)
    para(doc, "附件", font=HT, first_indent=None, conv=conv)
    empty(doc)
    para(doc, "澳门企业跨境电子商务扶持项目及标准一览表", font=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, line=Pt(32), conv=conv)
    empty(doc)
    header = ["序号", "扶持项目", "扶持标准", "最高资助额（澳门元）", "受理部门"]
    rows = [
        ["1", "运营中心建设资助", "实际投入装修及设备购置费用的50%", "500,000", "合作区经济发展局"],
        ["2", "出口业务奖励", "按年度出口额分三档奖励", "600,000", "合作区经济发展局"],
        ["3", "海外仓资助", "海外仓年度租金或者建设费用的30%", "300,000", "合作区经济发展局"],
        ["4", "中欧班列物流补贴", "每标准箱3,000元", "400,000", "合作区经济发展局"],
        ["5", "人才补贴", "每人每月2,000元，最长12个月", "240,000", "经济及科技发展局"],
        ["6", "境外展会资助", "展位费的70%", "100,000", "澳门贸易投资促进局"],
    ]
    data_table(doc, header, rows, [1.4, 3.2, 5.2, 2.8, 3.2], conv=conv, merges=[(4, 0, 3)])
    for r in rows:
        clauses.append(row_clause(header, r))
    page_numbers(doc)
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "关于支持澳门企业在横琴粤澳深度合作区发展跨境电子商务的联合公告",
        "doc_number": "琴执〔2026〕5号",
        "issuer": ["横琴粤澳深度合作区执行委员会", "澳门特别行政区经济及科技发展局"],
        "date": "2026-03-15",
        "published": None,
        "level": "zone",
        "region": "横琴粤澳深度合作区",
        "effective": "2026-04-01",
        "expires": "2028-12-31",
        "attachments": ["澳门企业跨境电子商务扶持项目及标准一览表"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《横琴粤澳深度合作区支持澳门企业发展电子商务暂行办法》（琴执〔2023〕21号）",
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2
def doc2():
    stem = "blind640_guangdong_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    header_block(doc, ["广东省商务厅", "广东省发展和改革委员会", "广东省财政厅"], "文件", size=22)
    empty(doc, 2)
    para(doc, "粤商务贸〔2026〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None)
    red_line(doc)
    empty(doc)
    para(doc, "关于支持横琴粤澳深度合作区跨境电子商务\v高质量发展的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, line=Pt(36))
    empty(doc)
    para(doc, "横琴粤澳深度合作区执行委员会，珠海市人民政府，各地级以上市商务主管部门：", first_indent=None)

    def P(text, **kw):
        para(doc, text, **kw)
        clauses.append(text.replace("\v", ""))

    def RUNIN(head, text):
        # run-in heading typed in 楷体 bold, rest in 仿宋
        para(doc, [(head, {"font": KT, "bold": True}), (text, {})])
        clauses.append(head + text)

    def H(text):
        para(doc, text, font=HT)

    P("为深入贯彻落实《横琴粤澳深度合作区建设总体方案》和省委、省政府关于支持横琴粤澳深度合作区建设的部署要求，配合横琴粤澳深度合作区执行委员会、澳门特别行政区经济及科技发展局联合出台的支持澳门企业发展跨境电子商务有关政策，推动合作区跨境电子商务高质量发展，经省人民政府同意，现就有关事项通知如下：")
    H("一、总体要求")
    P("以服务澳门经济适度多元发展为主线，充分发挥合作区分线管理政策优势和横琴口岸、珠海综合保税区功能，到2027年底，合作区跨境电子商务进出口额力争突破150亿元，培育年进出口额超亿元的跨境电商企业20家以上，其中澳门企业不少于8家。")
    H("二、重点任务")
    RUNIN("（一）完善跨境电商综合服务平台。", "推动合作区跨境电子商务综合服务平台与国际贸易“单一窗口”、澳门特别行政区政府电子服务平台数据互联互通，实现企业备案、申报、退税、结汇“一网通办”。（责任单位：合作区执委会，省商务厅、拱北海关）")
    RUNIN("（二）支持澳门企业拓展跨境电商业务。", "发挥省级商务发展专项资金引导作用，加大对在合作区经营的澳门企业的支持力度：")
    P("1.对在合作区新设立跨境电商运营中心的澳门企业，在执行合作区和澳门特别行政区有关扶持政策的基础上，省级商务发展专项资金按照不超过实际投资额20%的比例给予配套支持，单个企业最高200万元。")
    P("2.支持澳门企业申报省级跨境电商示范企业，对认定为省级示范企业的澳门企业，一次性给予50万元奖励。")
    P("3.鼓励澳门企业开拓葡语国家市场，重点支持以下方向：")
    P("（1）建设面向葡语国家的跨境电商海外仓；")
    P("（2）开展澳门品牌、葡语国家食品等特色商品网购保税进口业务；")
    P("（3）利用中欧班列、西部陆海新通道开展跨境电商B2B出口。")
    RUNIN("（三）推动跨境电商与中欧班列协同发展。", "支持珠海市开行面向中亚、欧洲的跨境电商专列，对经横琴口岸集拼、通过中欧班列运输的跨境电商货物，推行“一次申报、一次查验、一次放行”通关模式，省级专项资金按照每标准箱不超过2000元的标准对班列运营平台给予补贴。")
    RUNIN("（四）加强跨境电商人才培养。", "支持澳门大学、澳门科技大学与省内高校合作开设跨境电商相关课程，对在合作区建设跨境电商实训基地的，择优给予最高100万元支持。")
    RUNIN("（五）优化金融和外汇服务。", "支持合作区内银行机构为澳门企业提供跨境人民币和澳门元结算服务，探索开展跨境电商多币种收付汇便利化试点，对符合条件的企业简化单证审核。")
    H("三、保障措施")
    RUNIN("（一）加强组织领导。", "省商务厅会同省发展改革委、省财政厅建立工作协调机制，定期会商研究解决合作区跨境电子商务发展中的重大问题。")
    RUNIN("（二）强化资金保障。", "省财政厅在省级商务发展专项资金中统筹安排资金支持合作区跨境电子商务发展，资金申报、拨付和管理按照《广东省省级商务发展专项资金管理办法》执行。")
    RUNIN("（三）做好统计监测。", "合作区执委会、珠海市人民政府要建立跨境电子商务统计监测制度，每季度结束后10个工作日内将工作进展情况和附件2报送省商务厅。")
    P("本通知自2026年4月1日起施行，有效期至2027年12月31日。")
    # 联系人 paragraph typed with a soft break between the two contacts, name padded with a full-width space
    P("联系人：省商务厅电子商务处 陈晓峰，电话：020-38819236；\v省财政厅经济建设处 黄\u3000敏，电话：020-83170617。")

    empty(doc)
    para(doc, "附件：1.横琴粤澳深度合作区跨境电子商务重点任务分工表", first_indent=Pt(32))
    para(doc, "\u3000\u3000\u3000 2.跨境电子商务发展情况季度统计表（样表）", first_indent=Pt(32))
    empty(doc)
    # 落款 typed with manual spaces
    para(doc, "广东省商务厅\u3000\u3000\u3000\u3000\u3000\u3000广东省发展和改革委员会", first_indent=Pt(64))
    empty(doc)
    para(doc, "广东省财政厅", first_indent=Pt(64))
    p = para(doc, "2026年3月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=None)
    p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）", first_indent=Pt(32))

    # attachment 1
    page_break(doc)
    para(doc, "附件1", font=HT, first_indent=None)
    empty(doc)
    para(doc, "横琴粤澳深度合作区跨境电子商务重点任务分工表", font=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, line=Pt(32))
    empty(doc)
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "完善跨境电商综合服务平台", "合作区执委会", "省商务厅、拱北海关", "2026年12月底前"],
        ["2", "支持澳门企业拓展跨境电商业务", "省商务厅", "省财政厅、合作区执委会", "持续推进"],
        ["3", "推动跨境电商与中欧班列协同发展", "珠海市人民政府", "省商务厅、省发展改革委、拱北海关", "2026年9月底前"],
        ["4", "加强跨境电商人才培养", "合作区执委会", "省教育厅、省人力资源社会保障厅", "持续推进"],
        ["5", "优化金融和外汇服务", "中国人民银行广东省分行", "国家外汇管理局广东省分局、合作区执委会", "2027年6月底前"],
    ]
    data_table(doc, header, rows, [1.3, 4.6, 3.0, 4.6, 2.6])
    for r in rows:
        clauses.append(row_clause(header, r))

    # 版记
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=1)
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                      ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val == "single":
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    cell_text(t.cell(0, 0), "抄送：商务部，海关总署广东分署，拱北海关，中国人民银行广东省分行。", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 0), "广东省商务厅办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002026年3月20日印发",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    page_numbers(doc)
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "关于支持横琴粤澳深度合作区跨境电子商务高质量发展的通知",
        "doc_number": "粤商务贸〔2026〕27号",
        "issuer": ["广东省商务厅", "广东省发展和改革委员会", "广东省财政厅"],
        "date": "2026-03-20",
        "published": None,
        "level": "provincial",
        "region": "广东省",
        "effective": "2026-04-01",
        "expires": "2027-12-31",
        "attachments": ["横琴粤澳深度合作区跨境电子商务重点任务分工表",
                        "跨境电子商务发展情况季度统计表（样表）"],
        "doc_type": "通知",
        "recipients": ["横琴粤澳深度合作区执行委员会", "珠海市人民政府", "各地级以上市商务主管部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 3
CN_NUM = "一二三四五六七八九十"


def add_chinese_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{BKAI}" w:hAnsi="{BKAI}" w:eastAsia="{BKAI}"/><w:b/>'
        '<w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = ppr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def doc3():
    stem = "blind640_hengqin_tongzhi"
    doc = Document()
    setup(doc)
    conv = T
    clauses = []
    num_id = add_chinese_numbering(doc)

    for o in ["横琴粤澳深度合作区经济发展局", "澳门贸易投资促进局"]:
        para(doc, o, font=XBS, size=24, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None,
             line=Pt(40), conv=conv).runs[0].font.color.rgb = RED
    empty(doc)
    para(doc, "琴经发〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, conv=conv, font=MING)
    red_line(doc)
    empty(doc)
    para(doc, "关于组织澳门及合作区企业参加2026中欧班列跨境电商经贸对接会的通知", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=None, line=Pt(36), conv=conv)
    empty(doc)
    para(doc, "澳门各商会，合作区各相关企业：", first_indent=None, conv=conv, font=MING)

    def P(text):
        para(doc, text, conv=conv, font=MING)
        clauses.append(text.replace("\v", ""))

    counter = [0]

    def N(head, text):
        # auto-numbered (Word numbering 一、), run-in heading in 標楷體 bold
        p = para(doc, [(head, {"font": BKAI, "bold": True}), (text, {})], conv=conv, font=MING,
                 first_indent=None)
        set_num(p, num_id)
        # indentation comes from numbering definition: remove direct first-line indent
        clauses.append(CN_NUM[counter[0]] + "、" + head + text)
        counter[0] += 1

    P("为协助澳门及横琴粤澳深度合作区（以下简称合作区）企业拓展中亚、欧洲市场，深化与共建「一带一路」国家的经贸合作，横琴粤澳深度合作区经济发展局与澳门贸易投资促进局定于2026年5月联合举办2026中欧班列跨境电商经贸对接会。现将有关事项通知如下：")
    N("活动时间及地点。", "2026年5月18日至5月23日。国内段在新疆维吾尔自治区霍尔果斯市中哈霍尔果斯国际边境合作中心举行，境外段在哈萨克斯坦阿拉木图市举行。")
    N("参加对象。", "依法在澳门办理商业登记或者在合作区登记注册，从事跨境电子商务、货物贸易、物流服务的企业，每家企业限报2人。")
    N("活动内容。", "主要包括：")
    P("（一）中欧班列（珠海—阿拉木图）跨境电商专列推介；")
    P("（二）澳门品牌及葡语国家商品展示；")
    P("（三）与中亚采购商一对一洽谈；")
    P("（四）参观霍尔果斯综合保税区及跨境电商监管中心。")
    N("资助安排。", "对参团企业的展位费、往返交通费及住宿费按附件标准给予资助，资助金额以澳门元计算，每家企业最高不超过澳门元30,000元。澳门企业的资助由澳门贸易投资促进局发放；合作区企业的资助由合作区经济发展局按1澳门元兑0.88元人民币折算后以人民币发放。")
    N("报名方式。", "请有意参加的企业于2026年4月30日前登录澳门贸易投资促进局网站或者合作区政务服务平台填写报名表，名额60个，额满即止。")
    N("其他事项。", "参团企业须自行办理出入境证件及签证，并遵守活动所在地法律法规。未按要求参加全部行程的，不予发放资助。")
    P("联系人：澳门贸易投资促进局 梁小姐，电话：（853）28710300；\v合作区经济发展局 周先生，电话：（0756）8841256。")

    empty(doc)
    para(doc, "附件：参团资助项目及标准", first_indent=Pt(32), conv=conv, font=MING)
    empty(doc)
    signature_table(doc, ["横琴粤澳深度合作区经济发展局", "澳门贸易投资促进局"], conv=conv, font=MING)
    p = para(doc, "二〇二六年四月八日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=None, conv=conv, font=MING)
    p.paragraph_format.right_indent = Pt(48)
    para(doc, "（此件公开发布）", first_indent=Pt(32), conv=conv, font=MING)

    page_break(doc)
    para(doc, "附件", font=HT, first_indent=None, conv=conv)
    para(doc, "参团资助项目及标准", font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=None, line=Pt(32), conv=conv)
    empty(doc)
    header = ["序号", "资助项目", "资助标准", "每家企业上限（澳门元）"]
    rows = [
        ["1", "展位费", "标准展位费的80%", "12,000"],
        ["2", "往返交通费", "每人按实际票价的50%，最多2人", "10,000"],
        ["3", "住宿费", "每人每晚澳门元800元，最多5晚", "8,000"],
    ]
    data_table(doc, header, rows, [1.5, 3.5, 6.5, 4.0], conv=conv, font=MING, hfont=BKAI)
    for r in rows:
        clauses.append(row_clause(header, r))
    page_numbers(doc, "- ", " -", font=MING)
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "关于组织澳门及合作区企业参加2026中欧班列跨境电商经贸对接会的通知",
        "doc_number": "琴经发〔2026〕9号",
        "issuer": ["横琴粤澳深度合作区经济发展局", "澳门贸易投资促进局"],
        "date": "2026-04-08",
        "published": None,
        "level": "zone",
        "region": "横琴粤澳深度合作区",
        "effective": None,
        "expires": None,
        "attachments": ["参团资助项目及标准"],
        "doc_type": "通知",
        "recipients": ["澳门各商会", "合作区各相关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc1, doc2, doc3):
        stem, objs = fn()
        expected[stem] = objs
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_640", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
