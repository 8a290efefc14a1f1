# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 394.

Theme: 中国（洛阳）跨境电子商务综合试验区建设实施细则 (章/条, 附件《统计指标解释》
with numbered definitions and a two-level header target table, Word footnotes on
two terms) issued by 洛阳市人民政府办公室, plus a 洛阳市商务局 通知 forwarding it.

Run:  /work/venv/bin/python make_blind394.py
Writes the .docx files, their LibreOffice PDFs and expected.json next to itself.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=None, color=None, ascii_tnr=True):
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    a = "Times New Roman" if ascii_tnr else name
    rFonts.set(qn("w:ascii"), a)
    rFonts.set(qn("w:hAnsi"), a)
    rFonts.set(qn("w:eastAsia"), name)
    rFonts.set(qn("w:cs"), a)


def fmt(p, indent=True, align=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def para(doc_or_cell, text="", font=FS, size=16, indent=True, align=None,
         bold=None, color=None, exact=28):
    p = doc_or_cell.add_paragraph()
    fmt(p, indent=indent, align=align, exact=exact)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=None, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def empty(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=False)


def bottom_border(p, color="FF0000", sz=18):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" '
        f'w:space="1" w:color="{color}"/></w:pBdr>'))


def top_bottom_border(p, top=True, bottom=True, sz=8):
    pPr = p._p.get_or_add_pPr()
    inner = ""
    if top:
        inner += f'<w:top w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/>'
    if bottom:
        inner += f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/>'
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{inner}</w:pBdr>'))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def setup_section(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    # page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "— ", font="宋体", size=14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = fp.add_run()
    set_font(r2, "宋体", 14)
    r2._element.append(parse_xml(
        f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
    r3 = fp.add_run()
    set_font(r3, "宋体", 14)
    r3._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    add_run(fp, "1", font="宋体", size=14)
    r4 = fp.add_run()
    r4._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    add_run(fp, " —", font="宋体", size=14)
    # default style font
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def red_header(doc, organ_line, docno):
    empty(doc, 1)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=60)
    r = add_run(p, organ_line, font=XBS, size=36, color=RED)
    r.font.spacing = Pt(-1)
    empty(doc, 1)
    p = para(doc, docno, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    empty(doc, 1)


def title(doc, lines, soft=True):
    """Title in 方正小标宋; `lines` joined by soft line breaks (soft=True) or
    typed as separate paragraphs (soft=False)."""
    if soft:
        p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
        for i, ln in enumerate(lines):
            r = add_run(p, ln, font=XBS, size=22)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for ln in lines:
            para(doc, ln, font=XBS, size=22, indent=False,
                 align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)


# ---------------------------------------------------------------- footnotes
class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, p, text):
        self.notes.append(text)
        fid = len(self.notes)
        r = p.add_run()
        set_font(r, FS, 16)
        rPr = r._element.get_or_add_rPr()
        rPr.append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
        r._element.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{fid}"/>'))

    def install(self):
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, t in enumerate(self.notes, 1):
            body.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0" w:line="280" w:lineRule="exact"/></w:pPr>'
                f'<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{FS}"/><w:vertAlign w:val="superscript"/><w:sz w:val="21"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{FS}"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes {W}>' + "".join(body) + '</w:footnotes>')
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- numbering
def add_decimal_numbering(doc, num_id=90):
    """Word auto numbering '1.' with no tab after the number (suff=nothing)."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{FS}"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return num_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))


# ---------------------------------------------------------------- tables
def cell_text(cell, text, font=FS, size=12, bold=None, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    fmt(p, indent=False, align=align, exact=20)
    add_run(p, text, font=font, size=size, bold=bold)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>'))


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def row_clause(headers, values):
    return "；".join(f"{h}：{v}" for h, v in zip(headers, values))


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_394", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================================
# Document 1: 洛阳市人民政府办公室 印发 实施细则 (file: blind394_luoyang_xize)
# ======================================================================
XIZE_TITLE = "中国（洛阳）跨境电子商务综合试验区建设实施细则"
NOTICE1_TITLE = "洛阳市人民政府办公室关于印发" + XIZE_TITLE + "的通知"
NOTICE1_NO = "洛政办〔2026〕14号"
REPEAL = "《洛阳市人民政府办公室关于印发中国（洛阳）跨境电子商务综合试验区建设扶持办法（试行）的通知》（洛政办〔2022〕58号）"

FN1 = ("“9610”“9710”“9810”“1210”均为海关监管方式代码，分别对应跨境贸易电子商务、"
       "跨境电子商务企业对企业直接出口、跨境电子商务出口海外仓、保税跨境贸易电子商务。")
FN2 = ("海外仓是指跨境电商企业或者物流企业在境外自建或者租赁，为跨境电商商品提供"
       "仓储、分拣、包装、配送、退换货等服务的仓储设施。")

# Each chapter: (heading, [article, ...]); an article is a dict:
#   text  : article text (may contain "{FN}" where a footnote reference sits)
#   items : list of item paragraphs (own paragraphs)
#   soft  : list of items typed in the same paragraph after soft line breaks
CHAPTERS = [
    ("第一章　总则", [
        {"text": "为深入贯彻落实《国务院关于同意在雄安新区等46个城市和地区设立跨境电子商务综合试验区的批复》（国函〔2020〕47号）和《河南省人民政府关于印发中国（洛阳）跨境电子商务综合试验区实施方案的通知》精神，加快推进中国（洛阳）跨境电子商务综合试验区（以下简称综试区）建设，推动跨境电子商务高质量发展，结合我市实际，制定本细则。"},
        {"text": "本细则适用于在洛阳市行政区域内依法登记注册、从事跨境电子商务及相关服务的企业、平台和机构，以及综试区线上综合服务平台、线下产业园区的建设、运营和管理。"},
        {"text": "综试区建设坚持政府引导、市场主导、创新驱动、监管包容的原则，以“线上综合服务平台+线下产业园区”为核心，构建信息共享、金融服务、智能物流、电商信用、统计监测、风险防控六大体系。"},
        {"text": "到2027年，全市跨境电商进出口额力争达到200亿元，培育年进出口额超亿元的跨境电商企业30家以上，建设海外仓15个以上，基本建成特色鲜明、辐射豫西的跨境电子商务发展高地。年度目标值按照附件确定的指标口径进行统计和考核。"},
    ]),
    ("第二章　主体培育", [
        {"text": "支持传统外贸企业和生产制造企业开展跨境电商业务。对首次通过跨境电商方式实现进出口且年度进出口额达到50万美元的企业，给予一次性奖励5万元。"},
        {"text": "大力引进跨境电商龙头企业。对新引进的跨境电商平台企业、供应链服务企业在我市设立独立法人机构，且首个完整会计年度跨境电商进出口额达到1亿元以上的，按照其进出口额的0.5%给予奖励，单个企业最高不超过200万元。"},
        {"text": "支持跨境电商企业开展“9610”“9710”“9810”“1210”{FN}业务。对通过上述监管方式开展业务的企业，按照下列标准给予物流补贴：",
         "items": [
             "（一）“9610”模式按照每票0.5元给予补贴，单个企业年度补贴不超过50万元；",
             "（二）“9710”“9810”模式按照出口额的1%给予补贴，单个企业年度补贴不超过100万元；",
             "（三）“1210”网购保税进口业务在洛阳综合保税区内开展的，按照每单1元给予补贴，单个企业年度补贴不超过80万元。",
         ]},
    ]),
    ("第三章　平台与载体建设", [
        {"text": "加快建设综试区线上综合服务平台，实现与海关、税务、外汇、市场监管等部门数据互联互通，为企业提供通关、物流、金融、退税、结汇等“一站式”服务。"},
        {"text": "推进线下产业园区建设。对经市商务局认定的跨境电商产业园区，按照下列标准给予运营补助：",
         "soft": [
             "（一）入驻跨境电商企业达到30家且年度跨境电商进出口额达到5亿元的，给予100万元补助；",
             "（二）入驻跨境电商企业达到50家且年度跨境电商进出口额达到10亿元的，给予200万元补助。",
         ]},
        {"text": "支持企业在共建“一带一路”国家和地区以及RCEP成员国布局建设海外仓{FN}。对经认定的市级公共海外仓，按照仓储面积给予一次性奖励：面积在5000平方米以上的奖励50万元，面积在10000平方米以上的奖励100万元。"},
        {"text": "依托洛阳综合保税区、洛阳北郊机场和中欧班列（洛阳）集结中心，拓展跨境电商进出口专线，推动跨境电商货物通过中欧班列运输出口。"},
    ]),
    ("第四章　通关与监管便利化", [
        {"text": "洛阳海关、市税务局、国家外汇管理局洛阳市分局等单位按照职责分工，推行跨境电商出口“清单核放、汇总申报”等便利化措施，支持跨境电商零售出口商品退货入区。"},
        {"text": "落实跨境电商零售出口“无票免税”政策和综试区企业所得税核定征收办法，对符合条件的企业按照4%的应税所得率核定征收企业所得税。"},
    ]),
    ("第五章　金融支持", [
        {"text": "鼓励金融机构开发“跨境电商贷”等专属金融产品。对跨境电商企业投保出口信用保险的，按照实际缴纳保费的50%给予补助，单个企业年度补助不超过30万元。"},
    ]),
    ("第六章　统计监测", [
        {"text": "市商务局会同市统计局、洛阳海关等部门建立综试区统计监测制度，统计指标口径按照附件《统计指标解释》执行。各县（市、区）商务主管部门应当于每月10日前报送上月统计数据。"},
        {"text": "享受本细则扶持政策的企业应当如实报送跨境电商业务数据。对弄虚作假、骗取扶持资金的，追回已拨付资金，并依法依规纳入信用记录。"},
    ]),
    ("第七章　保障措施", [
        {"text": "市跨境电子商务综合试验区建设工作领导小组负责统筹协调综试区建设重大事项，领导小组办公室设在市商务局，负责日常工作。"},
        {"text": "市财政每年安排跨境电子商务发展专项资金，用于落实本细则规定的各项扶持政策。同一企业同一项目符合本细则和我市其他同类政策的，按照从高不重复原则给予支持。"},
    ]),
    ("第八章　附　　则", [
        {"text": "本细则由市商务局负责解释。"},
        {"text": "本细则自2026年4月1日起施行，有效期至2028年3月31日。" + REPEAL + "同时废止。"},
    ]),
]

CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def cn(n):
    if n <= 10:
        return CN_NUM[n]
    if n < 20:
        return "十" + (CN_NUM[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return CN_NUM[t] + "十" + (CN_NUM[u] if u else "")


DEFS = [
    ("跨境电商进出口额", "指综试区内企业通过海关跨境电商监管方式（代码9610、9710、9810、1210、1239）申报进出口的货物金额，以及经线上综合服务平台备案、通过其他方式实现的跨境电商交易额，以海关统计数据和平台监测数据为准，单位为亿元。", []),
    ("跨境电商零售出口额", "指企业通过“9610”监管方式向境外个人消费者销售商品的金额，单位为亿元。", []),
    ("跨境电商B2B出口额", "指企业通过“9710”“9810”监管方式申报出口的货物金额，单位为亿元。", []),
    ("跨境电商主体数量", "指在线上综合服务平台完成备案且当年有实际业务的跨境电商相关企业数量，单位为家，包括：", [
        "（1）跨境电商平台企业，指为交易双方提供网页空间、虚拟经营场所、交易规则、信息发布等服务的企业；",
        "（2）跨境电商卖家及服务企业，指通过平台销售商品或者提供物流、支付、通关等服务的企业。",
    ]),
    ("年进出口额超亿元企业", "指当年跨境电商进出口额达到1亿元及以上的企业数量，单位为家。", []),
    ("海外仓数量", "指我市企业在境外自建或者租赁、面积在1000平方米以上且纳入商务部门海外仓监测的仓库数量，单位为个。", []),
]

# (类别, 指标名称, 单位, 2026, 2027)
TARGETS = [
    ("规模指标", "跨境电商进出口额", "亿元", "160", "200"),
    ("规模指标", "跨境电商零售出口额", "亿元", "45", "60"),
    ("规模指标", "跨境电商B2B出口额", "亿元", "70", "90"),
    ("主体指标", "跨境电商主体数量", "家", "1200", "1500"),
    ("主体指标", "年进出口额超亿元企业", "家", "22", "30"),
    ("载体指标", "海外仓数量", "个", "12", "15"),
]
TARGET_HEADERS = ["序号", "类别", "指标名称", "单位", "目标值2026年", "目标值2027年"]
TARGET_NOTE = "注：第1、4项为约束性指标，其余为预期性指标；目标值为当年累计值。"


def build_xize():
    doc = Document()
    setup_section(doc)
    fns = Footnotes(doc)
    num_id = add_decimal_numbering(doc)

    notice_clauses, xize_clauses = [], []

    red_header(doc, "洛阳市人民政府办公室文件", NOTICE1_NO)
    # title typed with soft line breaks
    title(doc, ["洛阳市人民政府办公室关于印发", "中国（洛阳）跨境电子商务综合试验区",
                "建设实施细则的通知"], soft=True)
    empty(doc)
    para(doc, "各县（市、区）人民政府，市人民政府各部门，各有关单位：", indent=False)
    t = "《" + XIZE_TITLE + "》已经市政府同意，现印发给你们，请结合实际，认真贯彻执行。"
    para(doc, t)
    notice_clauses.append(t)
    t = ("各县（市、区）、各有关部门要按照职责分工，细化工作措施，明确时间节点，"
         "确保各项政策落地见效。执行中遇到的问题，请及时向市商务局反馈。")
    para(doc, t)
    notice_clauses.append(t)
    empty(doc, 1)
    # 落款 aligned with typed full-width spaces
    para(doc, SP * 12 + "洛阳市人民政府办公室", indent=False)
    para(doc, SP * 13 + "2026年3月12日", indent=False)
    para(doc, "（此件公开发布）")

    # ---- the 细则 itself, on a new page; title typed as two paragraphs
    page_break(doc)
    title(doc, ["中国（洛阳）跨境电子商务综合试验区", "建设实施细则"], soft=False)
    empty(doc)
    n = 0
    for ci, (head, arts) in enumerate(CHAPTERS):
        if ci:
            empty(doc)  # stray empty paragraph between chapters
        para(doc, head, font=HT, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        if ci == 0:
            empty(doc)
        for art in arts:
            n += 1
            label = "第" + cn(n) + "条"
            p = para(doc, "")
            add_run(p, label, font=HT)           # bold-looking label in 黑体
            add_run(p, SP)
            text = art["text"]
            if "{FN}" in text:
                pre, post = text.split("{FN}")
                add_run(p, pre)
                fns.ref(p, FN1 if "1210" in pre else FN2)
                add_run(p, post)
            else:
                add_run(p, text)
            xize_clauses.append(label + SP + text.replace("{FN}", ""))
            for it in art.get("soft", []):
                r = p.runs[-1]
                r.add_break()                    # Shift+Enter
                add_run(p, SP * 2 + it)          # hand-indented after soft break
                xize_clauses.append(it)
            for it in art.get("items", []):
                para(doc, it)
                xize_clauses.append(it)
    empty(doc)
    p = para(doc, "附件：统计指标解释")

    # ---- 附件 统计指标解释
    page_break(doc)
    para(doc, "附件", font=HT, indent=False)
    empty(doc)
    para(doc, "统计指标解释", font=XBS, size=22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    empty(doc)
    para(doc, "一、指标解释", font=HT)
    for i, (term, body, subs) in enumerate(DEFS, 1):
        p = para(doc, "")
        set_num(p, num_id)                       # Word auto numbering "1."
        add_run(p, term + "：")
        add_run(p, body)
        xize_clauses.append(f"{i}.{term}：{body}")
        for s in subs:
            para(doc, s)
            xize_clauses.append(s)
    para(doc, "二、主要指标目标值", font=HT)
    tbl = doc.add_table(rows=2 + len(TARGETS), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tbl, [Cm(1.3), Cm(2.3), Cm(5.8), Cm(1.6), Cm(2.3), Cm(2.3)])
    # two-level header
    for c in range(4):
        tbl.cell(0, c).merge(tbl.cell(1, c))
    tbl.cell(0, 4).merge(tbl.cell(0, 5))
    for c, h in enumerate(["序号", "类别", "指标名称", "单位"]):
        cell_text(tbl.cell(0, c), h, font=HT)
    cell_text(tbl.cell(0, 4), "目标值", font=HT)
    cell_text(tbl.cell(1, 4), "2026年", font=HT)
    cell_text(tbl.cell(1, 5), "2027年", font=HT)
    repeat_header(tbl.rows[0])
    repeat_header(tbl.rows[1])
    # vertical merge of 类别
    groups = []
    for i, tr in enumerate(TARGETS):
        if groups and groups[-1][0] == tr[0]:
            groups[-1][2] = i
        else:
            groups.append([tr[0], i, i])
    for cat, a, b in groups:
        if b > a:
            tbl.cell(2 + a, 1).merge(tbl.cell(2 + b, 1))
        cell_text(tbl.cell(2 + a, 1), cat)
    for i, (cat, name, unit, v26, v27) in enumerate(TARGETS):
        r = 2 + i
        cell_text(tbl.cell(r, 0), str(i + 1))
        cell_text(tbl.cell(r, 2), name, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(tbl.cell(r, 3), unit)
        cell_text(tbl.cell(r, 4), v26)
        cell_text(tbl.cell(r, 5), v27)
        xize_clauses.append(row_clause(TARGET_HEADERS, [str(i + 1), cat, name, unit, v26, v27]))
    p = para(doc, TARGET_NOTE, size=14, indent=False)
    p.paragraph_format.space_before = Pt(6)
    xize_clauses.append(TARGET_NOTE)

    # ---- 版记 as a layout table (top/bottom rules only)
    empty(doc, 2)
    bj = doc.add_table(rows=2, cols=1)
    no_borders(bj)
    bj._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="single" w:sz="12" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="12" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>'))
    cell_text(bj.cell(0, 0), "抄送：市委各部门，市人大常委会办公室，市政协办公室，洛阳军分区，市中级法院，市检察院。",
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.cell(1, 0), "洛阳市人民政府办公室" + SP * 7 + "2026年3月13日印发",
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT)

    fns.install()
    path = os.path.join(HERE, "blind394_luoyang_xize.docx")
    doc.save(path)

    common = {
        "doc_number": NOTICE1_NO,
        "issuer": ["洛阳市人民政府办公室"],
        "date": "2026-03-12",
        "published": None,
        "level": "municipal",
        "region": "洛阳市",
        "publicity": "此件公开发布",
    }
    exp = [
        {"meta": dict(common, **{
            "title": NOTICE1_TITLE,
            "effective": None, "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市人民政府各部门", "各有关单位"],
            "repeals": None,
        }), "clauses": notice_clauses},
        {"meta": dict(common, **{
            "title": XIZE_TITLE,
            "effective": "2026-04-01", "expires": "2028-03-31",
            "attachments": ["统计指标解释"],
            "doc_type": "细则",
            "recipients": [],
            "repeals": REPEAL,
        }), "clauses": xize_clauses},
    ]
    return path, exp


# ======================================================================
# Document 2: 洛阳市商务局 转发 通知 (file: blind394_luoyang_tongzhi)
# ======================================================================
NOTICE2_TITLE = "洛阳市商务局关于转发《" + XIZE_TITLE + "》的通知"
NOTICE2_NO = "洛商务〔2026〕21号"
ALLOC_HEADERS = ["序号", "县（市、区）", "跨境电商进出口额（亿元）", "新增跨境电商主体（家）", "公共海外仓（个）"]
ALLOC = [
    ("洛龙区", "38", "60", "3"),
    ("涧西区", "30", "45", "2"),
    ("西工区", "18", "30", "1"),
    ("洛阳高新区", "26", "40", "2"),
    ("偃师区", "15", "35", "1"),
    ("孟津区", "12", "25", "1"),
    ("伊川县", "8", "20", "1"),
    ("其他县（区）", "13", "45", "1"),
]


def build_tongzhi():
    doc = Document()
    setup_section(doc)
    cl = []
    red_header(doc, "洛阳市商务局文件", NOTICE2_NO)
    title(doc, ["洛阳市商务局", "关于转发《中国（洛阳）跨境电子商务",
                "综合试验区建设实施细则》的通知"], soft=True)
    empty(doc)
    para(doc, "各县（市、区）商务主管部门，洛阳综合保税区管理办公室，市跨境电子商务协会，各跨境电子商务企业：",
         indent=False)

    def body(t, runin=None, store=True):
        p = para(doc, "")
        if runin:
            add_run(p, runin, font=KT, bold=True)   # run-in heading, 楷体 bold
            add_run(p, t)
            full = runin + t
        else:
            add_run(p, t)
            full = t
        if store:
            cl.append(full)
        return p

    body("现将《洛阳市人民政府办公室关于印发中国（洛阳）跨境电子商务综合试验区建设实施细则的通知》"
         "（洛政办〔2026〕14号）转发给你们，并结合我市商务工作实际，提出以下要求，请一并抓好贯彻落实。")
    para(doc, "一、充分认识实施细则的重要意义", font=HT)
    body("建设跨境电子商务综合试验区是党中央、国务院作出的重要决策部署，是我市稳外贸、促转型、扩开放的重要抓手。"
         "《实施细则》聚焦主体培育、平台载体、通关便利、金融物流等关键环节，明确了一批含金量高的支持政策。"
         "各单位要深刻认识其重要意义，把综试区建设摆在全市商务工作的突出位置，切实增强工作的责任感和紧迫感。")
    para(doc, "二、抓好重点任务落实", font=HT)
    body("各县（市、区）商务主管部门要于2026年4月底前组织召开政策宣讲会不少于1场，通过“洛阳跨境电商”微信公众号、"
         "线上综合服务平台等渠道开展政策解读，确保政策应知尽知、应享尽享。", runin="（一）加强政策宣传解读。")
    body("根据《实施细则》确定的2026年发展目标，现将跨境电商进出口额等主要指标分解至各县（市、区），"
         "各地要对照目标任务制定推进计划，按月调度、按季通报。具体分解情况如下：", runin="（二）分解落实目标任务。")
    tbl = doc.add_table(rows=1 + len(ALLOC), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tbl, [Cm(1.3), Cm(3.4), Cm(4.0), Cm(3.8), Cm(3.0)])
    for c, h in enumerate(ALLOC_HEADERS):
        cell_text(tbl.cell(0, c), h, font=HT)
    for i, row in enumerate(ALLOC, 1):
        vals = [str(i)] + list(row)
        for c, v in enumerate(vals):
            cell_text(tbl.cell(i, c), v)
        cl.append(row_clause(ALLOC_HEADERS, vals))
    body("市商务局将会同市财政局制定专项资金申报指南，按照“企业申报、县区初审、市级复核、公示拨付”的程序组织实施。"
         "各县（市、区）要做好企业申报材料的初审工作，对材料不全的一次性告知补正，不得增加企业负担。",
         runin="（三）做好政策兑现服务。")
    body("各单位要严格按照《实施细则》附件《统计指标解释》确定的口径，组织辖区企业通过线上综合服务平台报送业务数据，"
         "于每月8日前将上月数据汇总报送市商务局电子商务科。数据报送实行“谁报送、谁负责”，严禁虚报、瞒报、迟报。",
         runin="（四）规范统计数据报送。")
    para(doc, "三、强化保障措施", font=HT)
    body("各县（市、区）要明确一名分管负责同志和一名业务联络员，于2026年3月31日前将联络员回执（见附件2）"
         "报送市商务局电子商务科。", runin="（一）压实工作责任。")
    body("市商务局将把综试区建设推进情况纳入对各县（市、区）商务工作年度考核，对工作推进不力、"
         "目标任务完成滞后的，予以通报。", runin="（二）加强督促检查。")
    body("各单位在贯彻落实过程中遇到的新情况、新问题，请及时向市商务局报告。", runin="（三）及时反馈问题。")
    contact = "联系人：市商务局电子商务科" + SP + "刘晓宁；联系电话：0379-63219576；电子邮箱：lyswjdsk@163.com"
    body(contact)
    empty(doc)
    # 附件 list with hand-typed alignment
    para(doc, "附件：1.洛阳市人民政府办公室关于印发中国（洛阳）跨境电子商务综合试验区建设实施细则的通知")
    para(doc, SP * 5 + "2.跨境电商工作联络员回执")
    empty(doc, 2)
    # 落款 in a borderless layout table, date in 汉字
    lk = doc.add_table(rows=1, cols=2)
    no_borders(lk)
    set_widths(lk, [Cm(8.0), Cm(7.6)])
    cell_text(lk.cell(0, 1), "洛阳市商务局", size=16)
    p = lk.cell(0, 1).add_paragraph()
    fmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, "二〇二六年三月二十日")
    empty(doc, 3)
    p = para(doc, SP + "抄送：市人民政府办公室，市财政局，市统计局，洛阳海关。", size=14, indent=False)
    top_bottom_border(p, top=True, bottom=True, sz=8)
    p = para(doc, SP + "洛阳市商务局办公室" + SP * 9 + "2026年3月20日印发", size=14, indent=False)
    top_bottom_border(p, top=False, bottom=True, sz=12)

    path = os.path.join(HERE, "blind394_luoyang_tongzhi.docx")
    doc.save(path)
    exp = [{"meta": {
        "title": NOTICE2_TITLE,
        "doc_number": NOTICE2_NO,
        "issuer": ["洛阳市商务局"],
        "date": "2026-03-20",
        "published": None,
        "level": "municipal",
        "region": "洛阳市",
        "effective": None,
        "expires": None,
        "attachments": ["洛阳市人民政府办公室关于印发中国（洛阳）跨境电子商务综合试验区建设实施细则的通知",
                        "跨境电商工作联络员回执"],
        "doc_type": "通知",
        "recipients": ["各县（市、区）商务主管部门", "洛阳综合保税区管理办公室", "市跨境电子商务协会",
                       "各跨境电子商务企业"],
        "publicity": None,
        "repeals": None,
    }, "clauses": cl}]
    return path, exp


def main():
    expected = {}
    for builder in (build_xize, build_tongzhi):
        path, exp = builder()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
