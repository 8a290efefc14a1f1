# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 259: one fictional Yunnan measure in four versions.

Writes, next to this script:
  blind259_yunnan_zhengqiu      公告 soliciting comments + attached 征求意见稿
  blind259_yunnan_qicaoshuoming 起草说明 (no 文号)
  blind259_yunnan_duizhaobiao   函 to 省司法厅 + landscape 修订对照表
  blind259_yunnan_banfa         印发通知 + final 办法
each as .docx and .pdf (LibreOffice), plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind259.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SP = "\u3000"  # full-width space used after 第X条

# --------------------------------------------------------------------------
# low-level helpers
# --------------------------------------------------------------------------


def set_run_font(run, east=FS, size=16, bold=False, color=None, strike=False,
                 ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.strike = strike
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, indent_chars=0, line=28, before=0, after=0,
             left=None, right=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    return p


def add_para(container, segments, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
             indent_chars=2, line=28, size=16, before=0, after=0,
             left=None, right=None):
    """segments: str or list of (text, dict(font opts)); '\n' in text -> soft line break."""
    p = container.add_paragraph()
    fmt_para(p, align, indent_chars, line, before, after, left, right, size)
    if isinstance(segments, str):
        segments = [(segments, {})]
    for text, opts in segments:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            o = dict(east=FS, size=size)
            o.update(opts)
            set_run_font(r, **o)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def border(p, side="bottom", color="E60012", sz=12, val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p, line=None)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def page_number_footer(footer, align):
    p = footer.paragraphs[0]
    p.text = ""
    p.alignment = align
    pf = p.paragraph_format
    pf.left_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.LEFT else None
    pf.right_indent = Pt(14) if align == WD_ALIGN_PARAGRAPH.RIGHT else None
    r = p.add_run("— ")
    set_run_font(r, east="宋体", size=14, ascii_font="宋体")
    r = p.add_run()
    set_run_font(r, east="宋体", size=14, ascii_font="宋体")
    add_field(r, "PAGE")
    r = p.add_run(" —")
    set_run_font(r, east="宋体", size=14, ascii_font="宋体")


def new_document():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.widow_control = False
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_number_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    return doc


def set_cell_text(cell, segments, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
                  east=FS, bold=False, line=20):
    """segments: list of paragraphs; each paragraph is str or list of (text, style)
    with style in (None, 'add', 'del')."""
    cell.text = ""
    first = True
    for para in segments:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt_para(p, align, 0, line, 0, 0, size=size)
        if isinstance(para, str):
            para = [(para, None)]
        for text, style in para:
            r = p.add_run(text)
            set_run_font(r, east=east, size=size,
                         bold=bold or style == "add",
                         strike=style == "del")
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def set_col_widths(table, widths_mm):
    tbl = table._tbl
    tblpr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = OxmlElement("w:tblW")
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    tblpr.append(tw)
    grid = tbl.tblGrid
    for idx, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if idx < len(widths_mm):
            gc.set(qn("w:w"), str(int(widths_mm[idx] * 56.7)))
    table.autofit = False
    for row in table.rows:
        for idx, w in enumerate(widths_mm):
            if idx < len(row.cells):
                row.cells[idx].width = Mm(w)


# --------------------------------------------------------------------------
# pieces of GB/T 9704 layout
# --------------------------------------------------------------------------


def banner(doc, organ, number, number_align=WD_ALIGN_PARAGRAPH.CENTER,
           size=40, double=False):
    """发文机关标志 (red) + 发文字号 + red rule."""
    p = add_para(doc, [(organ, dict(east=XBS, size=size, color=RED))],
                 align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, line=None,
                 after=6)
    if double:
        # 函格式: double red line first, 文号 below it at the right
        p2 = add_para(doc, "", indent_chars=0, line=6)
        border(p2, "bottom", sz=18, val="thinThickSmallGap", space=1)
        add_para(doc, number, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0,
                 before=10, right=0)
        add_para(doc, "", indent_chars=0)
        return
    add_para(doc, "", indent_chars=0, line=20)
    p = add_para(doc, number, align=number_align, indent_chars=0)
    border(p, "bottom", sz=18, space=6)
    add_para(doc, "", indent_chars=0)


def title(doc, text, size=22, before=0, after=14):
    add_para(doc, [(text, dict(east=XBS, size=size))],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, line=35,
             before=before, after=after)


def heading1(doc, text):
    add_para(doc, [(text, dict(east=HT))], indent_chars=2)


def chapter(doc, text):
    add_para(doc, [(text, dict(east=HT))], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent_chars=0)


def body(doc, text):
    return add_para(doc, text)


def run_in(doc, head, rest, font=KT, bold=True):
    return add_para(doc, [(head, dict(east=font, bold=bold)), (rest, {})])


def article(doc, paras):
    """paras[0] starts with '第X条　'. Label in 黑体, rest 仿宋."""
    first = paras[0]
    label, rest = first.split(SP, 1)
    add_para(doc, [(label, dict(east=HT)), (SP + rest, {})])
    for q in paras[1:]:
        add_para(doc, q)


def signature(doc, organ, date_cn, right_chars=4, blanks=2):
    for _ in range(blanks):
        add_para(doc, "", indent_chars=0)
    add_para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0,
             right=16 * right_chars)
    add_para(doc, date_cn, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0,
             right=16 * (right_chars - 0.5))


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    add_para(doc, "", indent_chars=0)
    add_para(doc, "", indent_chars=0)
    p = add_para(doc, [("抄送：", {}), (chaosong, {})], size=14,
                 align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0, left=14,
                 right=14, line=26)
    p.paragraph_format.first_line_indent = None
    border(p, "top", color="000000", sz=8, space=4)
    border(p, "bottom", color="000000", sz=4, space=4)
    gap = SP * max(1, 22 - len(yinfa_organ) - len(yinfa_date) // 2)
    p = add_para(doc, yinfa_organ + gap + yinfa_date, size=14,
                 align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0, left=14,
                 right=14, line=26)
    border(p, "bottom", color="000000", sz=8, space=4)


# --------------------------------------------------------------------------
# the measure: draft (征求意见稿) and final (办法)
# --------------------------------------------------------------------------
OLD = "《云南省跨境电子商务公共海外仓认定管理暂行办法》（云商规〔2021〕3号）"
NAME = "云南省跨境电子商务公共海外仓认定管理办法"
DH = "中国（云南）自由贸易试验区德宏片区"
KM = "中国（云南）自由贸易试验区昆明片区"
HH = "中国（云南）自由贸易试验区红河片区"
KMZB = "昆明综合保税区"
HHZB = "红河综合保税区"

A1_DRAFT = ["第一条　为贯彻落实国家关于加快发展外贸新业态新模式的决策部署，推动我省跨境电子商务高质量发展，引导企业布局建设公共海外仓，服务和融入共建“一带一路”，加快建设面向南亚东南亚辐射中心，根据《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）等有关规定，结合我省实际，制定本办法。"]
A1_FINAL = ["第一条　为贯彻落实国家关于加快发展外贸新业态新模式的决策部署，推动我省跨境电子商务高质量发展，引导企业布局建设公共海外仓，服务和融入共建“一带一路”，高质量实施《区域全面经济伙伴关系协定》（RCEP），加快建设面向南亚东南亚辐射中心，根据《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）等有关规定，结合我省实际，制定本办法。"]
A2 = ["第二条　本办法所称公共海外仓，是指在我省依法登记注册的企业在境外自建或者租赁，面向跨境电子商务企业提供仓储、分拣、包装、配送、退换货、售后维修等服务，并对社会公开服务条件和收费标准的仓储设施。"]
A3 = ["第三条　公共海外仓认定工作遵循“企业自愿、公开公正、择优认定、动态管理”的原则。"]
A4 = ["第四条　省商务厅负责全省公共海外仓的认定、复核和监督管理工作。各州（市）商务主管部门负责本行政区域内申报材料的初审，以及公共海外仓的日常监督和服务工作。"]
A5_DRAFT = ["第五条　申报企业应当同时具备下列条件：",
            "（一）在我省依法登记注册，具有独立法人资格，成立满1年；",
            "（二）近2年内未发生严重失信行为，未被列入严重违法失信名单；",
            "（三）具有健全的海外仓运营管理制度和专业运营团队。"]
A5_FINAL = ["第五条　申报企业应当同时具备下列条件：",
            "（一）在我省依法登记注册，具有独立法人资格，成立满1年；",
            "（二）近3年内未发生严重失信行为，未被列入严重失信主体名单；",
            "（三）具有健全的海外仓运营管理制度和专业运营团队。"]
A6_DRAFT = ["第六条　申报的公共海外仓应当同时具备下列条件：",
            "（一）仓储面积不低于3000平方米，为自有仓库或者剩余租赁期不少于3年；",
            "（二）配备仓储管理系统（WMS），能够与国内跨境电子商务企业信息系统对接，实现订单、库存、物流信息实时共享；",
            "（三）上一年度服务我省跨境电子商务企业不少于20家；",
            "（四）具备本地化退换货、售后维修等服务能力。"]
A6_FINAL = ["第六条　申报的公共海外仓应当同时具备下列条件：",
            "（一）仓储面积不低于2000平方米，为自有仓库或者剩余租赁期不少于3年；",
            "（二）配备仓储管理系统（WMS），能够与国内跨境电子商务企业信息系统对接，实现订单、库存、物流信息实时共享；",
            "（三）上一年度服务我省跨境电子商务企业不少于15家；",
            "（四）具备本地化退换货、售后维修等服务能力。",
            "海外仓位于共建“一带一路”国家或者RCEP成员国的，同等条件下优先认定。"]
A7_DRAFT = ["第七条　注册在" + DH + "的企业在缅甸设立的公共海外仓，第六条第（一）项规定的仓储面积可放宽至1500平方米。"]
A7_FINAL = ["第七条　注册在中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区的企业在老挝、缅甸、越南等周边国家设立的公共海外仓，第六条第（一）项规定的仓储面积可放宽至1000平方米，第（三）项规定的服务企业数量可放宽至10家。"]
A8 = ["第八条　省商务厅原则上每年组织一次公共海外仓认定工作，并在省商务厅门户网站发布申报通知。"]
A9_DRAFT = ["第九条　申报企业通过云南省商务厅业务系统统一平台提交下列材料：",
            "（一）云南省公共海外仓认定申请表；",
            "（二）营业执照复印件；",
            "（三）海外仓产权证明或者租赁合同（外文材料须附中文译本）；",
            "（四）上一年度服务企业清单及相关证明材料；",
            "（五）省商务厅要求提供的其他材料。"]
A9_FINAL = ["第九条　申报企业通过云南省商务厅业务系统统一平台提交下列材料：",
            "（一）云南省公共海外仓认定申请表；",
            "（二）营业执照复印件；",
            "（三）海外仓产权证明或者租赁合同（外文材料须附中文译本）；",
            "（四）上一年度服务企业清单及相关证明材料；",
            "（五）信用承诺书；",
            "（六）省商务厅要求提供的其他材料。"]
A10_DRAFT = ["第十条　各州（市）商务主管部门应当自收到申报材料之日起15个工作日内完成初审，并将初审意见和申报材料报送省商务厅。"]
A10_FINAL = ["第十条　各州（市）商务主管部门应当自收到申报材料之日起10个工作日内完成初审，并将初审意见和申报材料报送省商务厅。"]
A11 = ["第十一条　省商务厅组织专家或者委托第三方机构进行评审，必要时开展实地核查或者视频核查。"]
A12_DRAFT = ["第十二条　省商务厅根据评审结果确定拟认定名单，在省商务厅门户网站公示5个工作日。公示无异议的，认定为“云南省公共海外仓”。"]
A12_FINAL = ["第十二条　省商务厅根据评审结果确定拟认定名单，在省商务厅门户网站公示7个工作日。公示无异议的，认定为“云南省公共海外仓”。"]
A13_DRAFT = ["第十三条　对新认定的公共海外仓，从省级外经贸发展专项资金中按照其上一年度海外仓建设实际投资额的20%给予一次性奖励，最高不超过200万元。"]
A13_FINAL = ["第十三条　对新认定的公共海外仓，从省级外经贸发展专项资金中按照其上一年度海外仓建设实际投资额的30%给予一次性奖励，最高不超过300万元。同一企业同一年度内最多支持2个公共海外仓。"]
A14 = ["第十四条　支持公共海外仓企业申报国家和省级相关试点示范，优先推荐参加中国—南亚博览会、中国—东盟博览会等重点展会。"]
A15 = ["第十五条　鼓励金融机构针对公共海外仓企业开发“海外仓贷”等信贷产品，鼓励保险机构扩大海外仓财产保险、出口信用保险承保规模。"]
A16 = ["第十六条　支持昆明综合保税区、红河综合保税区内企业开展“保税备货+海外仓”业务，综合保税区管理机构应当会同海关等部门优化业务流程，提供通关便利。"]
A17_NEW = ["第十七条　支持" + DH + "依托瑞丽口岸、畹町口岸，探索“公共海外仓+边民互市”融合发展模式，具体办法由德宏州商务主管部门会同德宏片区管委会另行制定。"]
REPORT_D = ["第十七条　公共海外仓运营企业应当于每年3月31日前，向所在州（市）商务主管部门报送上一年度运营情况。"]
REPORT_F = ["第十八条　公共海外仓运营企业应当于每年3月31日前，向所在州（市）商务主管部门报送上一年度运营情况。"]
REVIEW_D = ["第十八条　省商务厅每3年对已认定的公共海外仓进行一次复核，复核不合格的，取消认定。"]
REVIEW_F = ["第十九条　省商务厅每2年对已认定的公共海外仓进行一次复核，复核不合格的，取消认定。"]
REVOKE_ITEMS = ["（一）以弄虚作假等不正当手段取得认定的；",
                "（二）发生重大安全、质量事故或者严重违法违规行为的；",
                "（三）连续2年未按规定报送运营情况的。"]
REVOKE_D = ["第十九条　有下列情形之一的，由省商务厅撤销认定；已获得奖励资金的，依法予以追回："] + REVOKE_ITEMS
BAN_D = ["第二十条　被撤销认定的企业，3年内不得再次申报。"]
REVOKE_F = (["第二十条　有下列情形之一的，由省商务厅撤销认定；已获得奖励资金的，依法予以追回："]
            + REVOKE_ITEMS + ["被撤销认定的企业，自撤销之日起3年内不得再次申报。"])
A21 = ["第二十一条　本办法由省商务厅负责解释。"]
A22_DRAFT = ["第二十二条　本办法自××××年××月××日起施行，有效期5年。原" + OLD + "同时废止。"]
A22_FINAL = ["第二十二条　本办法自2024年8月16日起施行，有效期至2029年8月15日。原" + OLD + "同时废止。"]

DRAFT = [
    "第一章　总　　则", A1_DRAFT, A2, A3, A4,
    "第二章　认定条件", A5_DRAFT, A6_DRAFT, A7_DRAFT,
    "第三章　认定程序", A8, A9_DRAFT, A10_DRAFT, A11, A12_DRAFT,
    "第四章　支持措施", A13_DRAFT, A14, A15, A16,
    "第五章　监督管理", REPORT_D, REVIEW_D, REVOKE_D, BAN_D,
    "第六章　附　　则", A21, A22_DRAFT,
]
FINAL = [
    "第一章　总　　则", A1_FINAL, A2, A3, A4,
    "第二章　认定条件", A5_FINAL, A6_FINAL, A7_FINAL,
    "第三章　认定程序", A8, A9_FINAL, A10_FINAL, A11, A12_FINAL,
    "第四章　支持措施", A13_FINAL, A14, A15, A16, A17_NEW,
    "第五章　监督管理", REPORT_F, REVIEW_F, REVOKE_F,
    "第六章　附　　则", A21, A22_FINAL,
]


def articles_of(seq):
    return [x for x in seq if isinstance(x, list)]


def write_measure(doc, seq):
    for item in seq:
        if isinstance(item, str):
            chapter(doc, item)
        else:
            article(doc, item)


def jn(paras):
    return "\n".join(paras)


# --------------------------------------------------------------------------
# expected.json helpers
# --------------------------------------------------------------------------
EXPECTED = {}


def key15(text):
    return text[:24]


# ==========================================================================
# 1. 公告 + attached 征求意见稿
# ==========================================================================

def make_zhengqiu():
    stem = "blind259_yunnan_zhengqiu"
    doc = new_document()
    banner(doc, "云南省商务厅公告", "2024年第3号", size=36)
    title(doc, "云南省商务厅关于公开征求《云南省跨境\n电子商务公共海外仓认定管理办法\n（征求意见稿）》意见的公告")
    intro = ("为推动我省跨境电子商务高质量发展，规范公共海外仓认定管理工作，我厅起草了《" + NAME +
             "（征求意见稿）》，现向社会公开征求意见。有关单位和社会各界人士可通过以下途径和方式提出意见建议：")
    items = [
        ("一、通过电子邮件提出。", "将意见建议发送至电子邮箱：hwcyjzq2024@163.com，邮件主题请注明“公共海外仓认定管理办法意见建议”。"),
        ("二、通过信函提出。", "将意见建议邮寄至：云南省昆明市五华区翠湖北路118号云南省商务厅对外贸易发展处（邮政编码：650031），并在信封上注明“征求意见”字样。"),
        ("三、反馈时间。", "意见反馈截止时间为2024年4月17日。请在意见建议中注明姓名（单位名称）和联系方式，并注明所提意见对应的条款序号。"),
    ]
    contact = "联系人：李　伟　　联系电话：0871-63218475（工作日9:00—12:00，14:30—17:30）"
    body(doc, intro)
    for h, t in items:
        run_in(doc, h, t, font=HT, bold=False)
    body(doc, contact)
    add_para(doc, "", indent_chars=0)
    # 附件说明 with a soft line break and hanging alignment
    p = add_para(doc, "附件：" + NAME + "（征求意见稿）",
                 align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=2)
    p.paragraph_format.left_indent = Pt(16 * 5)
    p.paragraph_format.first_line_indent = Pt(-16 * 3)
    signature(doc, "云南省商务厅", "2024年3月18日")

    # ---- 附件: 征求意见稿, own section with header line
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    for hdr in (sec.header, sec.even_page_header):
        hdr.is_linked_to_previous = False
        hp = hdr.paragraphs[0]
        hp.text = ""
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run("征求意见稿　仅供征求意见使用，不作为执行依据")
        set_run_font(r, east=KT, size=10.5)
        border(hp, "bottom", color="000000", sz=4, space=1)
    add_para(doc, [("附件", dict(east=HT))], align=WD_ALIGN_PARAGRAPH.LEFT,
             indent_chars=0)
    title(doc, NAME + "\n（征求意见稿）", after=8)
    write_measure(doc, DRAFT)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = [intro] + [h + t for h, t in items] + [contact]
    clauses += [jn(a) for a in articles_of(DRAFT)]
    EXPECTED[stem] = [{
        "meta": {
            "title": "云南省商务厅关于公开征求《云南省跨境电子商务公共海外仓认定管理办法（征求意见稿）》意见的公告",
            "doc_number": "云南省商务厅公告2024年第3号",
            "issuer": ["云南省商务厅"],
            "date": "2024-03-18",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [NAME + "（征求意见稿）"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            key15(A7_DRAFT[0]): [DH],
            key15(A16[0]): [KMZB, HHZB],
        }},
    }]
    return path


# ==========================================================================
# 2. 起草说明
# ==========================================================================

def make_qicaoshuoming():
    stem = "blind259_yunnan_qicaoshuoming"
    doc = new_document()
    add_para(doc, "", indent_chars=0)
    title(doc, "关于《云南省跨境电子商务公共海外仓\n认定管理办法（征求意见稿）》的起草说明", after=20)
    cl = []
    specific = {}

    def P(text):
        body(doc, text)
        cl.append(text)

    def R(head, rest, places=None):
        run_in(doc, head, rest)
        cl.append(head + rest)
        if places:
            specific[key15(head + rest)] = places

    heading1(doc, "一、起草背景")
    P("海外仓是跨境电子商务重要的境外节点和新型外贸基础设施。2021年，我厅印发《云南省跨境电子商务公共海外仓认定管理暂行办法》（云商规〔2021〕3号，以下简称《暂行办法》），截至2023年底，全省共认定公共海外仓17个，分布在老挝、缅甸、泰国、越南、马来西亚等8个国家，总面积达6.3万平方米，2023年服务我省跨境电子商务企业420余家，带动全省跨境电子商务出口额同比增长26.5%。")
    P("《暂行办法》有效期至2024年8月31日。实施过程中，部分企业反映认定门槛偏高、支持措施针对性不强，沿边州（市）企业在周边国家建设的小型海外仓难以达到认定标准。同时，国家先后出台支持跨境电子商务海外仓发展的政策措施，有必要在总结《暂行办法》实施经验的基础上，制定新的认定管理办法。")
    heading1(doc, "二、起草过程")
    P("2023年10月以来，我厅成立起草工作专班，先后赴昆明、红河、德宏、西双版纳等州（市）开展实地调研，召开企业座谈会4场，听取了30余家跨境电子商务企业和海外仓运营企业的意见建议，学习借鉴了广东、浙江、福建、广西等省（区）的经验做法。")
    P("2024年2月，我厅书面征求了省发展改革委、省财政厅、昆明海关、中国人民银行云南省分行及各州（市）商务主管部门的意见，共收到意见建议27条，经认真研究，采纳或部分采纳19条，在此基础上形成了《" + NAME + "（征求意见稿）》（以下简称《征求意见稿》）。")
    heading1(doc, "三、主要内容")
    P("《征求意见稿》共6章22条，主要内容如下：")
    R("（一）总则。", "明确了制定目的和依据、公共海外仓的定义、认定原则以及省、州（市）两级商务主管部门的职责分工（第一条至第四条）。")
    R("（二）认定条件。", "从申报企业和海外仓两个方面规定了认定条件，要求仓储面积不低于3000平方米、上一年度服务我省跨境电子商务企业不少于20家，并对德宏片区企业在缅甸设立的海外仓作了差异化安排（第五条至第七条）。")
    R("（三）认定程序。", "规定了申报、初审、评审、公示、认定等环节的程序和时限（第八条至第十二条）。")
    R("（四）支持措施。", "明确对新认定的公共海外仓按照实际投资额的20%给予最高200万元的一次性奖励，并在试点示范、展会推荐、金融保险、综合保税区联动等方面给予支持（第十三条至第十六条）。")
    R("（五）监督管理。", "建立年度运营情况报送、每3年一次复核和撤销认定制度（第十七条至第二十条）。")
    R("（六）附则。", "明确了解释机关、施行日期和有效期，并规定《征求意见稿》施行后《暂行办法》同时废止（第二十一条、第二十二条）。")
    heading1(doc, "四、需要说明的问题")
    R("（一）关于仓储面积标准。", "《暂行办法》规定仓储面积不低于5000平方米。调研中，多数企业反映标准偏高，《征求意见稿》将其调整为3000平方米，既保证公共海外仓的服务能力，又适当扩大政策覆盖面。")
    R("（二）关于德宏片区的差异化安排。", "德宏州与缅甸接壤，经瑞丽、畹町等口岸进出的货物以边境贸易为主，当地企业在缅甸设立的海外仓普遍规模较小。为支持" + DH + "发挥沿边开放优势，《征求意见稿》第七条规定，注册在德宏片区的企业在缅甸设立的公共海外仓，仓储面积标准可放宽至1500平方米。", [DH])
    R("（三）关于奖励资金来源。", "奖励资金从省级外经贸发展专项资金中列支，不新增财政支出。已就此征求省财政厅意见，省财政厅无不同意见。")
    R("（四）关于与《暂行办法》的衔接。", "《征求意见稿》施行后，《暂行办法》同时废止。按照《暂行办法》已认定的公共海外仓的过渡期安排，拟在印发通知中另行明确。")
    signature(doc, "云南省商务厅", "2024年3月18日")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于《云南省跨境电子商务公共海外仓认定管理办法（征求意见稿）》的起草说明",
            "doc_number": None,
            "issuer": ["云南省商务厅"],
            "date": "2024-03-18",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "起草说明",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
        "applies_to": {"specific": specific},
    }]
    return path


# ==========================================================================
# 3. 函 + 修订对照表 (landscape)
# ==========================================================================
ADD, DEL = "add", "del"


def seg_text(paras):
    out = []
    for para in paras:
        if isinstance(para, str):
            out.append(para)
        else:
            out.append("".join(t for t, _ in para))
    return "\n".join(out)


A22_SONGSHEN = ["第二十二条　本办法自××××年××月××日起施行，有效期至××××年××月××日。原" + OLD + "同时废止。"]

TABLE_ROWS = [
    "第一章　总　　则",
    ([A1_DRAFT[0]],
     [[("第一条　为贯彻落实国家关于加快发展外贸新业态新模式的决策部署，推动我省跨境电子商务高质量发展，引导企业布局建设公共海外仓，服务和融入共建“一带一路”，", None),
       ("【高质量实施《区域全面经济伙伴关系协定》（RCEP），】", ADD),
       ("加快建设面向南亚东南亚辐射中心，根据《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）等有关规定，结合我省实际，制定本办法。", None)]],
     ["采纳省发展改革委意见，增加与RCEP规则衔接的表述。"], None),
    "第二章　认定条件",
    ([A5_DRAFT[0], A5_DRAFT[1],
      [("（二）近", None), ("2", DEL), ("年内未发生严重失信行为，未被列入严重", None), ("违法", DEL), ("失信名单；", None)],
      A5_DRAFT[3]],
     [A5_FINAL[0], A5_FINAL[1],
      [("（二）近", None), ("【3】", ADD), ("年内未发生严重失信行为，未被列入严重失信", None), ("【主体】", ADD), ("名单；", None)],
      A5_FINAL[3]],
     ["与社会信用体系建设有关规定的表述保持一致，适当延长信用考察期限。"], None),
    ([A6_DRAFT[0],
      [("（一）仓储面积不低于", None), ("3000", DEL), ("平方米，为自有仓库或者剩余租赁期不少于3年；", None)],
      A6_DRAFT[2],
      [("（三）上一年度服务我省跨境电子商务企业不少于", None), ("20", DEL), ("家；", None)],
      A6_DRAFT[4]],
     [A6_FINAL[0],
      [("（一）仓储面积不低于", None), ("【2000】", ADD), ("平方米，为自有仓库或者剩余租赁期不少于3年；", None)],
      A6_FINAL[2],
      [("（三）上一年度服务我省跨境电子商务企业不少于", None), ("【15】", ADD), ("家；", None)],
      A6_FINAL[4],
      [("【海外仓位于共建“一带一路”国家或者RCEP成员国的，同等条件下优先认定。】", ADD)]],
     ["根据企业反馈，适当降低认定门槛；增加优先认定情形，引导企业在共建“一带一路”国家和RCEP成员国布局海外仓。"], None),
    ([[("第七条　注册在中国（云南）自由贸易试验区", None), ("德宏片区", DEL),
       ("的企业在", None), ("缅甸", DEL), ("设立的公共海外仓，第六条第（一）项规定的仓储面积可放宽至", None),
       ("1500", DEL), ("平方米。", None)]],
     [[("第七条　注册在中国（云南）自由贸易试验区", None), ("【昆明片区、红河片区、德宏片区】", ADD),
       ("的企业在", None), ("【老挝、缅甸、越南等周边国家】", ADD),
       ("设立的公共海外仓，第六条第（一）项规定的仓储面积可放宽至", None), ("【1000】", ADD),
       ("平方米", None), ("【，第（三）项规定的服务企业数量可放宽至10家】", ADD), ("。", None)]],
     ["采纳昆明市商务局、红河州商务局意见，将放宽条件的适用范围由德宏片区扩大至自贸试验区3个片区，并进一步降低面积和服务企业数量要求。"],
     [KM, HH, DH]),
    "第三章　认定程序",
    (A9_DRAFT[:5] + [[("（五）省商务厅要求提供的其他材料。", None)]],
     A9_FINAL[:5] + [[("【（五）信用承诺书；】", ADD)], [("（", None), ("【六】", ADD), ("）省商务厅要求提供的其他材料。", None)]],
     ["落实信用承诺制有关要求。"], None),
    ([[("第十条　各州（市）商务主管部门应当自收到申报材料之日起", None), ("15", DEL), ("个工作日内完成初审，并将初审意见和申报材料报送省商务厅。", None)]],
     [[("第十条　各州（市）商务主管部门应当自收到申报材料之日起", None), ("【10】", ADD), ("个工作日内完成初审，并将初审意见和申报材料报送省商务厅。", None)]],
     ["压缩初审时限，提高工作效率。"], None),
    ([[("第十二条　省商务厅根据评审结果确定拟认定名单，在省商务厅门户网站公示", None), ("5", DEL), ("个工作日。公示无异议的，认定为“云南省公共海外仓”。", None)]],
     [[("第十二条　省商务厅根据评审结果确定拟认定名单，在省商务厅门户网站公示", None), ("【7】", ADD), ("个工作日。公示无异议的，认定为“云南省公共海外仓”。", None)]],
     ["采纳社会公众意见，延长公示期限，保障社会监督。"], None),
    "第四章　支持措施",
    ([[("第十三条　对新认定的公共海外仓，从省级外经贸发展专项资金中按照其上一年度海外仓建设实际投资额的", None), ("20%", DEL), ("给予一次性奖励，最高不超过", None), ("200", DEL), ("万元。", None)]],
     [[("第十三条　对新认定的公共海外仓，从省级外经贸发展专项资金中按照其上一年度海外仓建设实际投资额的", None), ("【30%】", ADD), ("给予一次性奖励，最高不超过", None), ("【300】", ADD), ("万元。", None), ("【同一企业同一年度内最多支持2个公共海外仓。】", ADD)]],
     ["根据企业意见提高奖励比例和上限；采纳省财政厅意见，明确同一企业年度支持数量上限。"], None),
    (["（无）"],
     [[("【新增】", ADD), (A17_NEW[0], None)]],
     ["采纳德宏州商务局意见，支持德宏片区发挥沿边口岸优势先行先试。"], [DH]),
    "第五章　监督管理",
    ([[("第十八条　省商务厅每", None), ("3", DEL), ("年对已认定的公共海外仓进行一次复核，复核不合格的，取消认定。", None)]],
     [[("第", None), ("【十九】", ADD), ("条　省商务厅每", None), ("【2】", ADD), ("年对已认定的公共海外仓进行一次复核，复核不合格的，取消认定。", None)]],
     ["缩短复核周期，强化动态管理。"], None),
    (REVOKE_D,
     [[("第", None), ("【二十】", ADD), ("条　有下列情形之一的，由省商务厅撤销认定；已获得奖励资金的，依法予以追回：", None)]]
     + REVOKE_ITEMS + [[("【被撤销认定的企业，自撤销之日起3年内不得再次申报。】", ADD)]],
     ["将原第二十条并入本条作为第二款，并明确期限起算时点。"], None),
    ([[(BAN_D[0], DEL)]],
     [[("【删除】", ADD)]],
     ["内容已并入修订后第二十条第二款。"], None),
    "第六章　附　　则",
    ([[("第二十二条　本办法自××××年××月××日起施行，有效期", None), ("5年", DEL), ("。原" + OLD + "同时废止。", None)]],
     [[("第二十二条　本办法自××××年××月××日起施行，有效期", None), ("【至××××年××月××日】", ADD), ("。原" + OLD + "同时废止。", None)]],
     ["按照行政规范性文件有效期管理有关规定，明确有效期截止日期。"], None),
]
TABLE_NOTE = "注：1．本表仅列出修改的条款，未修改的条款不再列出；2．因新增、删除条款，其余条款序号相应调整；3．加粗并以【】标注的为新增内容，加删除线的为删除内容。"


def make_duizhaobiao():
    stem = "blind259_yunnan_duizhaobiao"
    doc = new_document()
    banner(doc, "云南省商务厅", "云商函〔2024〕86号", double=True, size=40)
    title(doc, "云南省商务厅关于提请对《云南省跨境电子\n商务公共海外仓认定管理办法（送审稿）》\n进行合法性审核的函")
    add_para(doc, "云南省司法厅：", align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    paras = [
        "为进一步规范我省跨境电子商务公共海外仓认定管理工作，我厅起草了《" + NAME + "（征求意见稿）》，于2024年3月19日至4月17日在厅门户网站公开征求社会公众意见，并书面征求了各州（市）商务主管部门、中国（云南）自由贸易试验区各片区管委会及昆明海关等单位意见，共收到意见建议36条，采纳21条，部分采纳6条，未采纳9条。",
        "根据各方意见，我厅对征求意见稿进行了修改完善，形成了《" + NAME + "（送审稿）》，并经2024年5月14日厅党组会议审议通过。按照行政规范性文件合法性审核有关规定，现将送审稿及修订对照表报送你厅，请予审核。",
        "联系人：对外贸易发展处　李伟，联系电话：0871-63218475。",
    ]
    for q in paras:
        body(doc, q)
    add_para(doc, "", indent_chars=0)
    p = add_para(doc, "附件：1．" + NAME + "（送审稿）（另送）\n2．《" + NAME + "》修订对照表",
                 align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=2)
    p.paragraph_format.left_indent = Pt(16 * 5)
    p.paragraph_format.first_line_indent = Pt(-16 * 3)
    signature(doc, "云南省商务厅", "2024年5月20日")
    add_para(doc, "（此件依申请公开）", indent_chars=2)

    # ---- landscape section for the comparison table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(30), Mm(30)
    add_para(doc, [("附件2", dict(east=HT))], align=WD_ALIGN_PARAGRAPH.LEFT,
             indent_chars=0)
    title(doc, "《" + NAME + "》修订对照表", size=18, after=4)
    add_para(doc, [("（征求意见稿与送审稿对照）", dict(east=KT))],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, after=6)
    rows = TABLE_ROWS
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["原条款", "修订后条款", "修订理由"]):
        set_cell_text(t.cell(0, j), [h], size=12, east=HT,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    cl_rows = []
    specific = {}
    for i, r in enumerate(rows, start=1):
        if isinstance(r, str):
            c = t.cell(i, 0).merge(t.cell(i, 2))
            set_cell_text(c, [r], size=10.5, east=HT, align=WD_ALIGN_PARAGRAPH.CENTER, line=16)
            continue
        old, new, why, places = r
        set_cell_text(t.cell(i, 0), old, size=10.5, line=15)
        set_cell_text(t.cell(i, 1), new, size=10.5, line=15)
        set_cell_text(t.cell(i, 2), why, size=10.5, line=15)
        text = "原条款：" + seg_text(old) + "；修订后条款：" + seg_text(new) + "；修订理由：" + seg_text(why)
        cl_rows.append(text)
        if places:
            specific[key15(text)] = places
    set_col_widths(t, [90, 90, 57])
    add_para(doc, TABLE_NOTE, size=10.5, indent_chars=0, line=16, before=4)
    banji(doc, "省人民政府办公厅。", "云南省商务厅办公室", "2024年5月20日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "云南省商务厅关于提请对《云南省跨境电子商务公共海外仓认定管理办法（送审稿）》进行合法性审核的函",
            "doc_number": "云商函〔2024〕86号",
            "issuer": ["云南省商务厅"],
            "date": "2024-05-20",
            "published": "2024-05-20",
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [NAME + "（送审稿）", "《" + NAME + "》修订对照表"],
            "doc_type": "函",
            "recipients": ["云南省司法厅"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": paras + cl_rows + [TABLE_NOTE],
        "applies_to": {"specific": specific},
    }]
    return path


# ==========================================================================
# 4. 印发通知 + 办法 (final)
# ==========================================================================

def make_banfa():
    stem = "blind259_yunnan_banfa"
    doc = new_document()
    banner(doc, "云南省商务厅文件", "云商规〔2024〕5号", size=44)
    title(doc, "云南省商务厅关于印发《云南省跨境电子\n商务公共海外仓认定管理办法》的通知")
    recips = ["各州、市商务主管部门", "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会"]
    add_para(doc, "，".join(recips) + "：", align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=0)
    paras = [
        "现将《" + NAME + "》印发给你们，请认真贯彻执行。",
        "本办法施行前按照原《云南省跨境电子商务公共海外仓认定管理暂行办法》认定的公共海外仓，认定资格保留至2024年12月31日；期满后需继续享受相关政策的，应当按照本办法重新申报认定。",
        "执行中遇到的问题，请及时向省商务厅对外贸易发展处反馈。",
    ]
    for q in paras:
        body(doc, q)
    signature(doc, "云南省商务厅", "2024年7月15日", blanks=1)
    add_para(doc, "（此件公开发布）", indent_chars=2)
    p = add_para(doc, "", indent_chars=0)
    p.paragraph_format.page_break_before = True
    title(doc, NAME)
    write_measure(doc, FINAL)
    banji(doc, "商务部对外贸易司，省人民政府办公厅，省司法厅，省财政厅，昆明海关。",
          "云南省商务厅办公室", "2024年7月16日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "云南省商务厅关于印发《云南省跨境电子商务公共海外仓认定管理办法》的通知",
            "doc_number": "云商规〔2024〕5号",
            "issuer": ["云南省商务厅"],
            "date": "2024-07-15",
            "published": "2024-07-16",
            "level": "provincial",
            "region": "云南省",
            "effective": "2024-08-16",
            "expires": "2029-08-15",
            "attachments": [],
            "doc_type": "通知",
            "recipients": recips,
            "publicity": "此件公开发布",
            "repeals": OLD,
        },
        "clauses": paras + [jn(a) for a in articles_of(FINAL)],
        "applies_to": {"specific": {
            key15(A7_FINAL[0]): [KM, HH, DH],
            key15(A16[0]): [KMZB, HHZB],
            key15(A17_NEW[0]): [DH],
        }},
    }]
    return path


def to_pdf(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_259",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    paths = [make_zhengqiu(), make_qicaoshuoming(), make_duizhaobiao(), make_banfa()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
