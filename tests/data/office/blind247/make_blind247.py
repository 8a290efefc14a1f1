# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 247: office files whose pages are not simple portrait text.

Writes, next to this script:
  blind247_guangxi_tongzhi.docx/.pdf   portrait 通知 + landscape 附件 table (header repeated, row over page break)
  blind247_xiamen_fangan.docx/.pdf     印发通知 + 方案; in the PDF the 附件 table pages are turned 90° onto
                                       portrait A4 pages (content rotated, text layer runs bottom-to-top)
  blind247_chongqing_tongbao.docx/.pdf 情况通报 with two-column body, full-width title and table
  blind247_suifenhe_jianbao.docx/.pdf  工作简报 第6期 with 报头, red line, articles, 报送/抄送 block
  expected.json
Run:  . /work/venv/bin/activate && python make_blind247.py
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.name = font
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=0.0, line=28, before=0, after=0, left=0.0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(first) if first else None
    if left:
        pf.left_indent = Pt(left)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)


def para(container, text="", font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, bold=False,
         color=None, line=28, before=0, after=0, left=0):
    p = container.add_paragraph()
    fmt(p, align, first, line, before, after, left)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(container, parts, size=16, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=28):
    """parts: list of (text, font, bold) or ('\\n',) for a soft line break."""
    p = container.add_paragraph()
    fmt(p, align, first, line)
    for part in parts:
        if part == "\n":
            p.add_run().add_break()
            continue
        t, f, b = part
        set_font(p.add_run(t), f, size, b)
    return p


def border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def add_field(p, instr, font=SONG, size=14):
    r1 = p.add_run()
    set_font(r1, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._r.append(f1)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r3._r.append(f3)


def page_numbers(doc, section):
    """GB/T 9704 style: “— N —”, 4号宋体, odd pages right, even pages left (one character in)."""
    doc.settings.odd_and_even_pages_header_footer = True
    for ft, al in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        ft.is_linked_to_previous = False
        p = ft.paragraphs[0]
        p.alignment = al
        if al == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        set_font(p.add_run("— "), SONG, 14)
        add_field(p, "PAGE")
        set_font(p.add_run(" —"), SONG, 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    section.left_margin, section.right_margin = Mm(30), Mm(30)
    section.footer_distance = Mm(12)


def set_cols(section, num, space=425):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    a4_portrait(doc.sections[0])
    page_numbers(doc, doc.sections[0])
    # python-docx's default document starts with no paragraphs; fine.
    return doc


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=18):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    fmt(p, align, 0, line)
    set_font(p.add_run(text), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def make_table(doc, header, rows, widths_mm, merges=(), size=12, line=18, center_cols=()):
    """rows: list of lists of strings; a value None means 'vertically merged with the cell above';
    a row given as a plain string is a group row spanning the whole width."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
        for c in t.columns[i].cells:
            c.width = Mm(w)
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, size, False, WD_ALIGN_PARAGRAPH.CENTER, line)
    repeat_header(t.rows[0])
    # merges first, then text
    for j in range(len(header)):
        i = 0
        while i < len(rows):
            if isinstance(rows[i], str):
                i += 1
                continue
            k = i
            while k + 1 < len(rows) and not isinstance(rows[k + 1], str) and rows[k + 1][j] is None:
                k += 1
            if k > i:
                t.cell(1 + i, j).merge(t.cell(1 + k, j))
            i = k + 1
    for i, r in enumerate(rows):
        if isinstance(r, str):
            m = t.cell(1 + i, 0).merge(t.cell(1 + i, len(header) - 1))
            cell_text(m, r, HT, size, False, WD_ALIGN_PARAGRAPH.LEFT, line)
            continue
        for j, v in enumerate(r):
            if v is None:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if j in center_cols else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.cell(1 + i, j), v, FS, size, False, al, line)
    return t


def row_clause(header, rows):
    out = []
    last = {}
    for r in rows:
        if isinstance(r, str):
            continue
        vals = []
        for j, v in enumerate(r):
            if v is None:
                v = last[j]
            last[j] = v
            vals.append(v)
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
    return out


def red_head(doc, organ_line, number, size=36):
    for _ in range(1):
        para(doc, "", line=28)
    p = para(doc, organ_line, XBS, size, WD_ALIGN_PARAGRAPH.CENTER, 0, False, RED, line=0)
    p.paragraph_format.line_spacing = 1.0
    para(doc, "", line=28)
    para(doc, "", line=28)
    p = para(doc, number, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, 0, line=28)
    border(p, "bottom", "E60012", 18, 4)
    para(doc, "", line=28)


def banji(doc, chaosong, yinfa_organ, yinfa_date, blank_before=0):
    for _ in range(blank_before):
        para(doc, "", line=28)
    p = para(doc, chaosong, FS, 14, WD_ALIGN_PARAGRAPH.LEFT, 0, line=26, left=14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = para(doc, "", FS, 14, WD_ALIGN_PARAGRAPH.LEFT, 0, line=26, left=14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(yinfa_organ), FS, 14)
    set_font(p.add_run("\t"), FS, 14)
    set_font(p.add_run(yinfa_date + "印发"), FS, 14)
    border(p, "bottom", "000000", 8, 4)


def luokuan(doc, organ, date, pad=4):
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, organ + "\u3000" * pad, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, date + "\u3000" * (pad + 1), FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0)


# ============================================================ 1. 广西 通知
def make_guangxi():
    stem = "blind247_guangxi_tongzhi"
    doc = new_doc()
    clauses, spec = [], {}

    def body(text, place=None, lab_font=None):
        para(doc, text)
        clauses.append(text)
        if place:
            spec[text[:20]] = place

    red_head(doc, "广西壮族自治区商务厅文件", "桂商自贸发〔2025〕9号")
    runs(doc, [("广西壮族自治区商务厅关于做好2025年", XBS, False), "\n",
               ("中国（广西）自由贸易试验区制度创新", XBS, False), "\n", ("重点工作的通知", XBS, False)],
         size=22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    para(doc, "", line=28)
    para(doc, "南宁、钦州、崇左市人民政府，中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会，自治区有关单位：",
         first=0)
    body("为深入实施自由贸易试验区提升战略，加快建设面向东盟的开放合作高地，更好服务共建“一带一路”，经自治区人民政府同意，"
         "现就做好2025年中国（广西）自由贸易试验区（以下简称广西自贸试验区）制度创新重点工作通知如下。")
    para(doc, "一、总体要求", HT)
    body("坚持以制度创新为核心，聚焦面向东盟的跨境贸易、跨境物流、跨境金融和跨境产业合作，全年力争形成制度创新成果30项以上，"
         "其中在全国或全区复制推广5项以上，推动广西自贸试验区在服务西部陆海新通道建设中发挥更大作用。")
    para(doc, "二、重点任务", HT)
    para(doc, "（一）深化贸易便利化改革。", KT)
    body("1.拓展国际贸易“单一窗口”面向东盟的特色应用，推进跨境贸易全流程无纸化，年内实现主要进出口申报业务“一网通办”。")
    body("2.钦州港片区要推进集装箱“船边直提”“抵港直装”常态化运作，进口集装箱平均提离时间压缩至24小时以内，"
         "出口集装箱平均集港时间压缩至36小时以内。", ["钦州港片区"])
    para(doc, "（二）推进跨境产业和投资合作。", KT)
    body("1.南宁片区要依托中国—东盟信息港，建设面向东盟的数字贸易服务平台，年内引进跨境数字服务企业20家以上。", ["南宁片区"])
    body("2.崇左片区要发挥凭祥综合保税区和友谊关口岸的通道优势，推进东盟水果、坚果等特色商品进口加工，"
         "打造中越跨境产业链供应链合作示范区。", ["崇左片区"])
    t = "（三）扩大跨境金融开放。支持在广西自贸试验区内开展人民币与东盟国家货币跨境结算创新，扩大本外币合一银行结算账户体系试点范围，" \
        "年内跨境人民币结算量同比增长10%以上。"
    runs(doc, [("（三）扩大跨境金融开放。", KT, False), (t[len("（三）扩大跨境金融开放。"):], FS, False)])
    clauses.append(t)
    para(doc, "三、工作要求", HT)
    for lab, head, rest in [
        ("1.", "加强统筹协调。", "各片区管委会要对照附件所列任务逐项细化工作措施，明确时间表和责任人，于2025年4月15日前将细化方案报送自治区商务厅（自治区自贸办）。"),
        ("2.", "强化评估推广。", "自治区商务厅将会同有关部门每半年开展一次制度创新成果评估，对成效明显的成果及时在全区复制推广。"),
        ("3.", "做好信息报送。", "各片区管委会于每季度末月25日前报送任务推进情况，报送情况纳入年度考核。"),
    ]:
        runs(doc, [(lab + head, FS, True), (rest, FS, False)])
        clauses.append(lab + head + rest)
    para(doc, "联系人：自治区商务厅自贸区处　李梅，联系电话：0771-2801234。")
    para(doc, "", line=28)
    att = "2025年中国（广西）自由贸易试验区制度创新重点任务清单"
    para(doc, "附件：" + att)
    luokuan(doc, "广西壮族自治区商务厅", "2025年3月18日")
    para(doc, "（此件公开发布）")

    # ---- landscape 附件
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    para(doc, "附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, att, XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, 0, line=32, after=8)
    header = ["序号", "任务名称", "主要内容", "实施片区", "责任单位", "完成时限"]
    rows = [
        "一、贸易便利化",
        ["1", "国际贸易“单一窗口”东盟特色应用",
         "拓展“单一窗口”面向东盟的通关、物流、结算特色功能，推进原产地证书、检验检疫证书等单证电子化互认，实现主要进出口申报业务“一网通办”。",
         "各片区", "自治区商务厅、南宁海关", "2025年12月"],
        ["2", "集装箱“船边直提”“抵港直装”",
         "在钦州港东航道集装箱码头推行进口“船边直提”、出口“抵港直装”常态化运作，进口集装箱平均提离时间压缩至24小时以内，出口集装箱平均集港时间压缩至36小时以内。",
         "钦州港片区", "钦州港片区管委会、钦州海关、北部湾港集团", "2025年6月"],
        ["3", "中越跨境货运车辆“直通车”便利化",
         "会同越方口岸管理部门推进中越跨境货运车辆“直通车”试点扩面，推行车辆信息提前交换、“一次申报、分段查验”，"
         "在友谊关口岸货运专用通道设置“直通车”专用查验车道，单车平均通关时间压缩至30分钟以内；"
         "建立试点企业和车辆白名单动态管理制度，对信用良好的企业车辆实行优先查验、优先放行；"
         "配套建设跨境车辆停车、加油、维修等综合服务设施，每季度开展一次试点运行评估，形成可复制推广的制度创新成果。",
         "崇左片区", "崇左片区管委会、凭祥海关、自治区公安厅", "2025年9月"],
        ["4", "东盟水果进口“即验即放”",
         "对经指定监管场地进口的东盟水果实行“提前申报、抵达即验、合格即放”，推广检验检疫结果采信，鲜活商品通关时间压缩至2小时以内。",
         "崇左片区", "凭祥海关、崇左片区管委会", "2025年8月"],
        "二、投资与产业合作",
        ["5", "面向东盟的数字贸易服务平台",
         "依托中国—东盟信息港建设数字贸易服务平台，提供跨境数据合规咨询、跨境支付、数字营销等公共服务，年内引进跨境数字服务企业20家以上。",
         "南宁片区", "南宁片区管委会、自治区大数据发展局", "2025年12月"],
        ["6", "外商投资“一口受理”",
         "推行外商投资企业设立、变更“一口受理、并联审批”，外资企业登记注册全程网办，办理时限压缩至1个工作日。",
         "各片区", "自治区市场监管局、自治区商务厅", "2025年10月"],
        ["7", "“两国双园”产能合作",
         "依托中马钦州产业园区推进“两国双园”跨境产能合作，探索园区间原材料、零部件跨境流转便利化监管模式。",
         "钦州港片区", "钦州港片区管委会、钦州海关", "2025年11月"],
        "三、金融开放",
        ["8", "跨境人民币结算便利化",
         "扩大优质企业跨境人民币结算便利化政策覆盖面，支持银行为东盟企业提供人民币与东盟国家货币直接汇兑服务。",
         "各片区", "中国人民银行广西壮族自治区分行", "2025年12月"],
        ["9", "本外币合一银行结算账户试点",
         "扩大本外币合一银行结算账户体系试点银行和试点企业范围，年内开立试点账户1000户以上。",
         "南宁片区、钦州港片区", "中国人民银行广西壮族自治区分行、国家外汇管理局广西壮族自治区分局", "2025年12月"],
        ["10", "面向东盟的跨境保险服务",
         "支持保险机构开发跨境车辆保险、出口信用保险等面向东盟的保险产品，探索跨境保险理赔结果互认。",
         "南宁片区", "国家金融监督管理总局广西监管局", "2025年12月"],
    ]
    make_table(doc, header, rows, [12, 38, 105, 24, 38, 20], center_cols=(0, 3, 5))
    rc = row_clause(header, rows)
    for c, r in zip(rc, [r for r in rows if not isinstance(r, str)]):
        clauses.append(c)
        sl = r[3]
        if sl and sl != "各片区":
            spec[c[:20]] = sl.split("、")

    # ---- 版记 on a last portrait page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec)
    for _ in range(17):
        para(doc, "", line=28)
    banji(doc, "抄送：自治区人民政府办公厅，南宁海关，中国人民银行广西壮族自治区分行，自治区市场监管局。",
          "广西壮族自治区商务厅办公室", "2025年3月20日")
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "广西壮族自治区商务厅关于做好2025年中国（广西）自由贸易试验区制度创新重点工作的通知",
        "doc_number": "桂商自贸发〔2025〕9号",
        "issuer": ["广西壮族自治区商务厅"],
        "date": "2025-03-18",
        "published": "2025-03-20",
        "level": "provincial",
        "region": "中国（广西）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通知",
        "recipients": ["南宁、钦州、崇左市人民政府", "中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会",
                       "自治区有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


# ============================================================ 2. 厦门 方案
def make_xiamen():
    stem = "blind247_xiamen_fangan"
    doc = new_doc()
    clauses, spec = [], {}

    def body(text, place=None, font=FS):
        para(doc, text, font)
        clauses.append(text)
        if place:
            spec[text[:20]] = place

    red_head(doc, "厦门市人民政府办公厅文件", "厦府办〔2025〕41号")
    para(doc, "厦门市人民政府办公厅关于印发厦门市深化", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    para(doc, "“丝路海运”建设推动口岸提质增效", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    para(doc, "工作方案的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    para(doc, "", line=28)
    para(doc, "各区人民政府，市直各委、办、局，各开发区管委会，厦门海关、厦门海事局：", first=0)
    body("《厦门市深化“丝路海运”建设推动口岸提质增效工作方案》已经市政府同意，现印发给你们，请认真组织实施。")
    luokuan(doc, "厦门市人民政府办公厅", "2025年5月12日")
    para(doc, "（此件主动公开）")
    p = para(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)

    para(doc, "厦门市深化“丝路海运”建设推动口岸", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    para(doc, "提质增效工作方案", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    para(doc, "", line=28)
    body("为贯彻落实国家关于高质量共建“一带一路”的决策部署，加快建设国际航运中心和“丝路海运”核心区，进一步提升口岸通关效率和服务水平，"
         "结合我市实际，制定本方案。")
    para(doc, "一、工作目标", HT)
    body("到2026年底，“丝路海运”命名航线达到130条以上，厦门港集装箱吞吐量突破1300万标箱；进口、出口整体通关时间分别较2024年压缩10%、5%以上，"
         "口岸综合服务水平保持全国前列。")
    para(doc, "二、主要任务", HT)
    para(doc, "（一）拓展“丝路海运”航线网络", KT)
    body("1.加密至东南亚、南亚、中东和非洲的集装箱航线，支持航运企业开辟至“一带一路”沿线新兴市场的直航航线，对新开通的远洋直航航线按航线规模给予运营补助。")
    body("2.支持海沧港区建设“丝路海运”集装箱中转枢纽，开展国际中转集拼业务，对年国际中转量增长超过20%的码头企业给予奖励。", ["海沧港区"])
    body("3.推进“丝路海运”与中欧（厦门）班列联动，发展海铁联运“一单制”，实现“一次委托、一单到底、一票结算”。")
    para(doc, "（二）提升口岸通关效率", KT)
    body("1.深化“提前申报”“两段准入”等通关改革，推广进口货物“船边直提”和出口货物“抵港直装”，年内应用比例均达到40%以上。")
    body("2.在象屿综合保税区试点“保税+”跨境电商集货分拨模式，推行“区港一体化”监管，实现保税货物在港区与综合保税区之间自行运输。",
         ["象屿综合保税区"])
    body("3.推进国际贸易“单一窗口”与“丝路海运”信息服务平台互联互通，实现航线、舱位、通关状态“一站查询”。")
    t = "（三）优化口岸营商环境。落实口岸收费目录清单公示制度，清单之外一律不得收费；推动港口、船代、货代等经营服务性收费降低，每年开展不少于2次口岸收费专项检查。"
    runs(doc, [("（三）优化口岸营商环境。", KT, False), (t[12:], FS, False)])
    clauses.append(t)
    para(doc, "三、保障措施", HT)
    for head, rest in [
        ("（一）加强组织领导。", "市口岸管理办公室牵头建立“丝路海运”建设和口岸提质增效工作推进机制，定期协调解决重大问题。"),
        ("（二）强化资金保障。", "市财政每年安排“丝路海运”发展专项资金，统筹用于航线培育、口岸设施建设和通关便利化改革。"),
        ("（三）抓好督促落实。", "各责任单位要按照附件分工抓好落实，每半年向市口岸管理办公室报送工作进展，市政府督查室适时开展专项督查。"),
    ]:
        runs(doc, [(head, KT, False), (rest, FS, False)])
        clauses.append(head + rest)
    att = "厦门市深化“丝路海运”建设推动口岸提质增效重点任务分工表"
    para(doc, "附件：重点任务分工表")

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    para(doc, "附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, att, XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, 0, line=32, after=8)
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "加密至东南亚、南亚、中东和非洲的“丝路海运”集装箱航线，对新开通的远洋直航航线给予运营补助",
         "市交通运输局（市港口管理局）", "市财政局、市商务局", "持续推进"],
        ["2", "支持海沧港区建设“丝路海运”集装箱中转枢纽，开展国际中转集拼业务", None,
         "厦门海关、海沧区人民政府、厦门港务控股集团", "2026年6月"],
        ["3", "推进“丝路海运”与中欧（厦门）班列联动，发展海铁联运“一单制”", "市交通运输局",
         "厦门海关、中国铁路南昌局集团有限公司厦门货运中心", "2025年12月"],
        ["4", "推广进口货物“船边直提”、出口货物“抵港直装”，应用比例均达到40%以上", "厦门海关",
         "市口岸管理办公室、厦门港务控股集团", "2025年12月"],
        ["5", "在象屿综合保税区试点“保税+”跨境电商集货分拨模式，推行“区港一体化”监管", "市商务局",
         "厦门海关、自贸委、象屿综合保税区管理局", "2025年10月"],
        ["6", "推进国际贸易“单一窗口”与“丝路海运”信息服务平台互联互通", "市口岸管理办公室",
         "市工业和信息化局、厦门港务控股集团", "2025年9月"],
        ["7", "落实口岸收费目录清单公示制度，开展口岸收费专项检查", "市发展改革委",
         "市市场监管局、市口岸管理办公室", "每年开展"],
        ["8", "设立“丝路海运”发展专项资金", "市财政局", "市交通运输局、市口岸管理办公室", "2025年6月"],
        ["9", "建立工作推进机制，每半年汇总通报工作进展", "市口岸管理办公室", "各责任单位", "每半年"],
    ]
    make_table(doc, header, rows, [14, 100, 45, 70, 24], size=12, line=18, center_cols=(0, 2, 4))
    rc = row_clause(header, rows)
    places = {1: ["海沧港区"], 4: ["象屿综合保税区"]}
    for i, c in enumerate(rc):
        clauses.append(c)
        if i in places:
            spec[c[:20]] = places[i]

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec)
    for _ in range(17):
        para(doc, "", line=28)
    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市中级法院，市检察院。",
          "厦门市人民政府办公厅", "2025年5月13日")
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "厦门市人民政府办公厅关于印发厦门市深化“丝路海运”建设推动口岸提质增效工作方案的通知",
        "doc_number": "厦府办〔2025〕41号",
        "issuer": ["厦门市人民政府办公厅"],
        "date": "2025-05-12",
        "published": "2025-05-13",
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通知",
        "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会", "厦门海关、厦门海事局"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


def rotate_landscape_pages(pdf_path):
    """Put every landscape page onto a portrait A4 page, turned 90° (text runs bottom-to-top)."""
    from pypdf import PdfReader, PdfWriter, Transformation
    reader = PdfReader(pdf_path)
    writer = PdfWriter()
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if w > h:
            new = writer.add_blank_page(width=h, height=w)
            new.merge_transformed_page(page, Transformation().rotate(90).translate(h, 0))
        else:
            writer.add_page(page)
    with open(pdf_path, "wb") as f:
        writer.write(f)


# ============================================================ 3. 重庆 情况通报 (two columns)
def make_chongqing():
    stem = "blind247_chongqing_tongbao"
    doc = new_doc()
    clauses, spec = [], {}
    S, L = 12, 20  # 小四, exact 20pt in the two-column part

    def body(text, place=None):
        para(doc, text, FS, S, first=24, line=L)
        clauses.append(text)
        if place:
            spec[text[:20]] = place

    def runin(head, rest, place=None, hfont=KT):
        runs(doc, [(head, hfont, hfont == FS), (rest, FS, False)], size=S, first=24, line=L)
        clauses.append(head + rest)
        if place:
            spec[(head + rest)[:20]] = place

    def h1(text):
        para(doc, text, HT, S, first=24, line=L)

    red_head(doc, "重庆市人民政府口岸和物流办公室文件", "渝口岸物流发〔2025〕5号", size=24)
    para(doc, "重庆市人民政府口岸和物流办公室", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    para(doc, "关于2024年全市口岸运行和开放通道建设", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    para(doc, "情况的通报", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)
    para(doc, "", line=20)
    para(doc, "各区县（自治县）口岸主管部门，两江新区、西部科学城重庆高新区管委会，市级有关部门，各口岸查验单位：", FS, 14,
         first=0, line=24)

    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2, 425)
    body("2024年，全市口岸系统坚持以共建“一带一路”为引领，统筹推进西部陆海新通道、中欧班列（成渝）和长江黄金水道建设，"
         "口岸开放平台能级持续提升，通关便利化水平不断提高，为全市开放型经济发展提供了有力支撑。现将有关情况通报如下。")
    h1("一、总体情况")
    body("2024年，全市口岸进出口货运量1865.4万吨，同比增长7.2%；口岸进出口货值5912.7亿元，同比增长2.6%，"
         "其中经西部陆海新通道、中欧班列（成渝）运输的货值占比达到41.3%。全市进口、出口整体通关时间分别为31.6小时和0.9小时，"
         "较2023年分别压缩8.4%和10.0%。")
    h1("二、分领域情况")
    runin("（一）水运口岸。", "果园港、新田港等水运口岸完成集装箱吞吐量152.6万标箱，同比增长6.8%，其中外贸集装箱吞吐量48.3万标箱，"
          "同比增长9.5%。“沪渝直达快线”全年开行412班，较上年增加58班。")
    runin("（二）航空口岸。", "重庆江北国际机场完成国际（地区）货邮吞吐量23.7万吨，同比增长12.4%；国际（地区）旅客吞吐量216.5万人次，"
          "同比增长88.6%。全年新开通至布达佩斯、利雅得等国际客货航线9条，国际（地区）航线总数达到112条。")
    runin("（三）铁路口岸。", "中欧班列（成渝）重庆方向全年开行2630列，同比增长4.1%；西部陆海新通道铁海联运班列开行8120列，"
          "同比增长15.3%，货物通达全球127个国家和地区的542个港口。")
    runin("（四）综合保税区。", "全市综合保税区实现进出口4086.2亿元，同比下降3.2%，占全市外贸进出口总值的51.7%。"
          "加工贸易保持稳定，保税维修、跨境电商等新业态业务量增长较快。")

    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 1, 425)
    para(doc, "表1　2024年重庆市口岸运行主要指标", HT, 14, WD_ALIGN_PARAGRAPH.CENTER, 0, line=24, before=6, after=4)
    header = ["类别", "指标", "单位", "2024年", "同比增长（%）"]
    rows = [
        ["水运口岸", "港口集装箱吞吐量", "万标箱", "152.6", "6.8"],
        [None, "外贸集装箱吞吐量", "万标箱", "48.3", "9.5"],
        ["航空口岸", "国际（地区）货邮吞吐量", "万吨", "23.7", "12.4"],
        [None, "国际（地区）旅客吞吐量", "万人次", "216.5", "88.6"],
        ["铁路口岸", "中欧班列（成渝）开行量（重庆方向）", "列", "2630", "4.1"],
        [None, "西部陆海新通道铁海联运班列开行量", "列", "8120", "15.3"],
        ["综合保税区", "综合保税区进出口额", "亿元", "4086.2", "-3.2"],
    ]
    make_table(doc, header, rows, [28, 68, 22, 24, 30], size=11, line=18, center_cols=(0, 2, 3, 4))
    clauses.extend(row_clause(header, rows))
    note = "注：表中数据来源于重庆海关、市口岸物流办统计，其中综合保税区进出口额为快报数。"
    para(doc, note, FS, 10.5, WD_ALIGN_PARAGRAPH.LEFT, 0, line=18, before=2)
    clauses.append(note)

    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2, 425)
    h1("三、存在的问题")
    body("对照高水平开放要求，全市口岸运行还存在一些短板：一是口岸功能发展不平衡，部分区县口岸作业平台利用率不高；"
         "二是国际航空货运运力仍然不足，全货机航线集中度较高；三是综合保税区新业态培育偏慢，进出口规模有所下滑。")
    h1("四、2025年重点工作")
    runin("1.提升通道运行效率。", "深化西部陆海新通道和中欧班列（成渝）协同运营，加密至广西北部湾港的铁海联运班列，"
          "全年铁海联运班列开行量力争突破9000列。", hfont=FS)
    runin("2.推动综合保税区转型升级。", "支持西永综合保税区、两路果园港综合保税区开展保税研发、保税维修和跨境电商“1210”业务，"
          "力争年内新业态进出口额增长20%以上。", ["西永综合保税区", "两路果园港综合保税区"], hfont=FS)
    runin("3.扩大果园港片区开放功能。", "在中国（重庆）自由贸易试验区果园港片区试点多式联运“一单制”和内外贸集装箱同船运输，"
          "探索“离港确认”出口退税模式。", ["中国（重庆）自由贸易试验区果园港片区"], hfont=FS)
    runin("4.持续优化口岸营商环境。", "各区县口岸主管部门要会同口岸查验单位落实口岸收费目录清单公示制度，进口、出口整体通关时间力争较2024年再压缩5%。",
          hfont=FS)

    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 1, 425)
    luokuan(doc, "重庆市人民政府口岸和物流办公室", "2025年2月26日", pad=2)
    para(doc, "（此件主动公开）")
    para(doc, "", line=28)
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，重庆海关。",
          "重庆市人民政府口岸和物流办公室综合处", "2025年2月27日")
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "重庆市人民政府口岸和物流办公室关于2024年全市口岸运行和开放通道建设情况的通报",
        "doc_number": "渝口岸物流发〔2025〕5号",
        "issuer": ["重庆市人民政府口岸和物流办公室"],
        "date": "2025-02-26",
        "published": "2025-02-27",
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通报",
        "recipients": ["各区县（自治县）口岸主管部门", "两江新区、西部科学城重庆高新区管委会", "市级有关部门", "各口岸查验单位"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


# ============================================================ 4. 绥芬河 简报
def make_suifenhe():
    stem = "blind247_suifenhe_jianbao"
    doc = new_doc()
    sec0 = doc.sections[0]
    sec0.top_margin = Mm(30)
    clauses, spec = [], {}

    def body(text, place=None):
        para(doc, text)
        clauses.append(text)
        if place:
            spec[text[:20]] = place

    # 内部资料 box (one-cell table, left)
    t = doc.add_table(rows=1, cols=1)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    t.autofit = False
    t.columns[0].width = Mm(44)
    t.cell(0, 0).width = Mm(44)
    cell_text(t.cell(0, 0), "内部资料　注意保存", HT, 10.5, False, WD_ALIGN_PARAGRAPH.CENTER, 16)
    para(doc, "", line=16)
    para(doc, "中国（黑龙江）自由贸易试验区绥芬河片区", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, color=RED, line=36)
    para(doc, "工　作　简　报", XBS, 42, WD_ALIGN_PARAGRAPH.CENTER, 0, color=RED, line=60, before=6)
    para(doc, "第6期（总第58期）", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, 0, line=30, before=6)
    # 编印单位 / 日期 in a borderless two-cell table
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    for j, (w, txt, al) in enumerate([(90, "绥芬河片区管委会综合办公室编", WD_ALIGN_PARAGRAPH.LEFT),
                                      (66, "2025年6月20日", WD_ALIGN_PARAGRAPH.RIGHT)]):
        t.columns[j].width = Mm(w)
        t.cell(0, j).width = Mm(w)
        cell_text(t.cell(0, j), txt, FS, 16, False, al, 28)
    p = para(doc, "", line=10)
    border(p, "bottom", "E60012", 24, 1)
    para(doc, "", line=14)

    # 本期要目
    para(doc, "本期要目", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, 0)
    arts = [
        "片区跨境电商“1210”保税进口业务实现常态化运营",
        "绥芬河公路口岸推行货运车辆“预约通关”",
        "片区召开对俄经贸合作企业座谈会",
        "片区出台支持综合保税区跨境电商发展措施",
    ]
    for a in arts:
        para(doc, "◆" + a, KT, 14, WD_ALIGN_PARAGRAPH.LEFT, 28, line=24)
    p = para(doc, "", line=10)
    border(p, "bottom", "E60012", 6, 1)
    para(doc, "", line=14)

    def title(t):
        p = para(doc, t, XBS, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, line=32, before=8, after=6)
        p.paragraph_format.keep_with_next = True

    def byline(t):
        para(doc, t, KT, 14, WD_ALIGN_PARAGRAPH.RIGHT, 0, line=26)

    title(arts[0])
    body("6月以来，绥芬河综合保税区跨境电商“1210”保税进口业务进入常态化运营阶段，截至6月18日，累计申报跨境电商进口清单12.6万票，"
         "货值3860万元，商品涵盖俄罗斯食品、保健品、日化用品等8大类600余种。")
    body("为保障业务顺利开展，片区会同绥芬河海关优化跨境电商进口商品申报流程，实现清单申报、查验、放行全流程线上办理，"
         "平均通关时间压缩至2小时以内。下一步，片区将加快引进跨境电商平台和供应链企业，力争全年跨境电商进口额突破1亿元。")
    byline("（片区经济合作局供稿）")

    title(arts[1])
    body("5月26日起，绥芬河公路口岸正式推行进出境货运车辆“预约通关”模式，企业可通过“智慧口岸”小程序提前24小时预约通关时段，"
         "口岸联检部门按预约时段集中查验放行。")
    body("运行近一个月来，口岸日均通关车辆由420辆次提升至560辆次，车辆平均等待时间由3.5小时缩短至1小时以内，"
         "俄方波格拉尼奇内口岸方向车辆拥堵问题得到有效缓解。")
    byline("（片区口岸服务中心供稿）")

    title(arts[2])
    body("6月12日，片区管委会召开对俄经贸合作企业座谈会，来自木材加工、果蔬进出口、跨境物流等领域的25家企业负责人参加会议。"
         "企业代表围绕对俄本币结算、国际物流运力、境外仓储等问题提出意见建议。")
    body("片区管委会主要负责同志表示，片区将建立企业诉求“接诉即办”工作机制，对企业反映的问题逐项建立台账、限时办结，"
         "并积极协调金融机构扩大卢布现钞跨境调运和本币结算规模。")

    title(arts[3])
    body("近日，片区管委会印发《绥芬河片区支持综合保税区跨境电子商务发展若干措施》，从企业落户、物流仓储、人才引进等方面提出8条支持措施。")
    body("《措施》明确，对新落户绥芬河综合保税区并开展跨境电商业务的企业，按实际租用仓储面积给予每平方米每月10元的租金补贴，"
         "补贴期限最长3年；对年跨境电商进出口额超过5000万元的企业，给予一次性奖励50万元。", ["绥芬河综合保税区"])
    byline("（片区政策研究室供稿）")

    para(doc, "简　讯", HT, 16, WD_ALIGN_PARAGRAPH.CENTER, 0, before=6)
    body("●6月5日，俄罗斯滨海边疆区经贸代表团一行18人来片区考察，双方就木材精深加工、跨境冷链物流合作进行了交流。")
    body("●6月17日，片区举办跨境电商直播带货技能培训班，来自片区企业的80余名主播和运营人员参加培训。")

    para(doc, "", line=28)
    p = para(doc, "报送：省自贸办，市委、市人大、市政府、市政协主要领导。", FS, 14, WD_ALIGN_PARAGRAPH.LEFT, 0, line=26, left=14)
    border(p, "top", "000000", 8, 4)
    p = para(doc, "抄送：片区管委会各部门，市直有关部门，绥芬河海关。", FS, 14, WD_ALIGN_PARAGRAPH.LEFT, 0, line=26, left=14)
    border(p, "bottom", "000000", 8, 4)
    para(doc, "（共印40份）", FS, 14, WD_ALIGN_PARAGRAPH.RIGHT, 0, line=26)
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": "中国（黑龙江）自由贸易试验区绥芬河片区工作简报",
        "doc_number": "第6期（总第58期）",
        "issuer": ["绥芬河片区管委会综合办公室"],
        "date": "2025-06-20",
        "published": "2025-06-20",
        "level": "zone",
        "region": "中国（黑龙江）自由贸易试验区绥芬河片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "简报",
        "recipients": ["省自贸办", "市委、市人大、市政府、市政协主要领导"],
        "publicity": "内部资料　注意保存",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


def to_pdf(paths):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_247", "--convert-to", "pdf",
           "--outdir", HERE] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    docx_paths = []
    for fn in (make_guangxi, make_xiamen, make_chongqing, make_suifenhe):
        stem, docs = fn()
        expected[stem] = docs
        docx_paths.append(os.path.join(HERE, stem + ".docx"))
    to_pdf(docx_paths)
    rotate_landscape_pages(os.path.join(HERE, "blind247_xiamen_fangan.pdf"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for stem, docs in expected.items():
        print(stem, sum(len(d["clauses"]) for d in docs), "clauses")


if __name__ == "__main__":
    main()
