# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 352: three fictional 2026 red-header 公文 (温州 / 泉州 / 湛江) written blind.

Writes next to itself:
  blind352_wenzhou_xize.docx/.pdf      温州市人民政府办公室 印发 实施细则 的通知 (章/条/款/项, 2 附件 tables)
  blind352_quanzhou_tongzhi.docx/.pdf  泉州市商务局 关于做好…工作的通知 (一、（一）run-in, 联系人 lines, blank 登记表)
  blind352_zhanjiang_tonggao.docx/.pdf 湛江市人民政府口岸办公室 湛江海关 联合通告 2026年第2号
  expected.json
Run:  . /work/venv/bin/activate && python make_blind352.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

SAN = Pt(16)      # 三号
SI = Pt(14)       # 四号
ER = Pt(22)       # 二号


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = size
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent_chars=0, exact=28.95, before=0, after=0, left_chars=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(16 * indent_chars)
    if left_chars:
        pf.left_indent = Pt(16 * left_chars)
    return p


LINE = [28.95]  # 固定行距 (pt); 温州 file uses 26 to keep the 细则 on three pages


def para(doc, text="", font=FS, size=SAN, bold=False, color=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent_chars=2, exact="default", before=0, after=0, left_chars=0):
    if exact == "default":
        exact = LINE[0]
    p = doc.add_paragraph()
    fmt(p, align, indent_chars, exact, before, after, left_chars)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, head_bold=True):
    """(一)标题。正文 in one paragraph: bold run-in heading."""
    p = para(doc, "")
    r = p.add_run(head)
    set_font(r, head_font, SAN, head_bold)
    r = p.add_run(body)
    set_font(r, FS, SAN)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
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
    fmt(p, exact=None)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def footer_pageno(footer, align, pad):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = align
    txt_l = ("\u3000" if pad == "left" else "") + "— "
    r = p.add_run(txt_l); set_font(r, SONG, SI)
    r = p.add_run(); set_font(r, SONG, SI); add_field(r, "PAGE")
    r = p.add_run(" —" + ("\u3000" if pad == "right" else "")); set_font(r, SONG, SI)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    doc.settings.odd_and_even_pages_header_footer = True
    footer_pageno(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right")          # 单页码居右
    footer_pageno(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")  # 双页码居左
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = SAN
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def new_section(doc, landscape):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    return sec


def banner(doc, organ_lines, number, size=Pt(42), spacing_after=12):
    """版头: red 发文机关标志, 发文字号, red rule."""
    for i, line in enumerate(organ_lines):
        p = para(doc, line, XBS, size, False, RED, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=None,
                 before=(12 if i == 0 else 0))
    p = para(doc, number, FS, SAN, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, before=20, after=4)
    border(p, "bottom", sz=18, color="E60012", space=8)
    para(doc, "", indent_chars=0)


def title(doc, lines, soft=False, blank_after=True):
    if soft:
        p = para(doc, "", XBS, ER, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, exact=36)
        for i, l in enumerate(lines):
            r = p.add_run(l); set_font(r, XBS, ER)
            if i < len(lines) - 1:
                r.add_break()  # soft line break inside the title paragraph
    else:
        for l in lines:
            para(doc, l, XBS, ER, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, exact=36)
    if blank_after:
        para(doc, "", indent_chars=0)


def signature(doc, organ, date, publicity=None, right_pad=4):
    para(doc, "", indent_chars=0)
    p = para(doc, organ + "\u3000" * right_pad, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)
    p = para(doc, date + "\u3000" * (right_pad + 1), align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)
    if publicity:
        para(doc, publicity, indent_chars=2)


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    """版记: 抄送 + 印发机关/印发日期 between rules."""
    para(doc, "", indent_chars=0)
    p = para(doc, "", SI, indent_chars=0, left_chars=0)
    r = p.add_run("抄送：" + chaosong); set_font(r, FS, SI)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", sz=8, color="000000", space=4)
    border(p, "bottom", sz=4, color="000000", space=4)
    p = para(doc, "", indent_chars=0)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(yinfa_organ + "\t" + yinfa_date + "印发"); set_font(r, FS, SI)
    border(p, "bottom", sz=8, color="000000", space=4)


def cell_text(cell, text, font=FS, size=Pt(12), bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, l in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(l); set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def fix_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for ci, c in enumerate(row.cells):
            pass
    for tr in t._tbl.tr_lst:
        ci = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(int(x.twips) for x in widths[ci:ci + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(w)); tcW.set(qn("w:type"), "dxa")
            ci += span


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def to_pdf(path):
    prof = "file:///tmp/lo_352"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + prof, "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))


EXPECTED = {}

# =================================================================== (a) 温州
def make_wenzhou():
    stem = "blind352_wenzhou_xize"
    LINE[0] = 26
    doc = Document(); setup(doc)
    clauses, specific = [], {}

    banner(doc, ["温州市人民政府办公室文件"], "温政办〔2026〕12号", size=Pt(36))
    title(doc, ["温州市人民政府办公室关于印发", "《温州市跨境电子商务和海外仓高质量发展", "实施细则》的通知"], soft=True)
    para(doc, "各县（市、区）人民政府，市政府直属各单位：", indent_chars=0)
    body = "《温州市跨境电子商务和海外仓高质量发展实施细则》已经市政府同意，现印发给你们，请认真贯彻执行。"
    para(doc, body); clauses.append(body)
    para(doc, "", indent_chars=0)
    att1 = "温州市跨境电子商务和海外仓发展奖励标准表"
    att2 = "温州市跨境电子商务和海外仓扶持资金申报材料清单"
    para(doc, "附件：1. " + att1, indent_chars=2)
    para(doc, "2. " + att2, indent_chars=0, left_chars=5)
    signature(doc, "温州市人民政府办公室", "2026年3月16日", "（此件公开发布）")

    page_break(doc)
    title(doc, ["温州市跨境电子商务和海外仓", "高质量发展实施细则"], blank_after=False)

    def chapter(t):
        para(doc, t, HT, SAN, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)

    def article(label, paras, items=None, soft_break=False, spec=None):
        """paras: list of 款 (first gets the label). items: 项 list after first 款."""
        parts = []
        if soft_break:
            p = para(doc, "")
            r = p.add_run(label); set_font(r, HT, SAN)
            for i, t in enumerate(paras):
                r = p.add_run(("\u3000" if i == 0 else "") + t); set_font(r, FS, SAN)
                if i < len(paras) - 1:
                    r.add_break()
                    r2 = p.add_run("\u3000\u3000"); set_font(r2, FS, SAN)
            parts = [label + "\u3000" + paras[0]] + paras[1:]
        else:
            for i, t in enumerate(paras):
                p = para(doc, "")
                if i == 0:
                    r = p.add_run(label); set_font(r, HT, SAN)
                    r = p.add_run("\u3000" + t); set_font(r, FS, SAN)
                    parts.append(label + "\u3000" + t)
                else:
                    r = p.add_run(t); set_font(r, FS, SAN)
                    parts.append(t)
                if i == 0 and items:
                    for it in items:
                        para(doc, it); parts.append(it)
        text = "\n".join(parts)
        clauses.append(text)
        if spec:
            specific[text[:24]] = spec

    chapter("第一章\u3000总\u3000\u3000则")
    article("第一条", ["为加快中国（温州）跨境电子商务综合试验区建设，推动跨境电子商务和海外仓高质量发展，根据国家和省有关规定，结合我市实际，制定本细则。"])
    article("第二条", ["本细则适用于在温州市行政区域内依法注册登记、具有独立法人资格、从事跨境电子商务及相关服务的企业。",
                      "本细则所称海外仓，是指我市企业在境外自建或者租用，为跨境电子商务提供仓储、配送等服务的仓储设施。"])
    article("第三条", ["市商务局负责本细则的组织实施，市财政局负责资金保障和绩效管理；各县（市、区）人民政府（管委会）负责本地区项目初审和日常监管。"])
    chapter("第二章\u3000支持内容")
    article("第四条", ["培育跨境电商经营主体。对新引进的跨境电商企业，年度跨境电商交易额首次超过1亿元的，给予一次性奖励50万元；首次超过5000万元的，给予一次性奖励20万元。"])
    article("第五条", ["支持建设跨境电商产业园。经市商务局认定的市级跨境电商产业园，符合下列条件的，给予运营主体30万元奖励："],
            items=["（一）园区面积不少于1万平方米，入驻跨境电商及配套服务企业不少于30家；",
                   "（二）具备通关、物流、金融、培训等公共服务功能；",
                   "（三）上一年度园区企业跨境电商交易额不低于5亿元。"])
    article("第六条", ["支持企业建设海外仓。对我市企业在“一带一路”共建国家和地区等重点市场自建海外仓、面积5000平方米以上的，按照实际投入（不含土地购置费用）的20%给予补助，单个海外仓最高200万元。",
                      "对租用海外仓且租用面积在2000平方米以上的，按照年度租金的30%给予补助，单个企业每年最高不超过50万元。"])
    article("第七条", ["鼓励公共海外仓发展。对新认定的省级公共海外仓，给予一次性奖励50万元；对新认定的市级公共海外仓，给予一次性奖励20万元。"])
    article("第八条", ["支持山区县跨越式发展。对注册地在永嘉县、文成县、泰顺县的企业，第四条、第六条规定的奖励和补助标准上浮20%，单个企业年度上限相应提高。"],
            spec=["永嘉县", "文成县", "泰顺县"])
    article("第九条", ["推进自贸试验区联动创新。中国（浙江）自由贸易试验区温州联动创新区内企业开展跨境电商保税备货、“跨境电商+市场采购”融合等改革试点的，经评估认定后，给予每个试点项目最高50万元支持。"],
            spec=["中国（浙江）自由贸易试验区温州联动创新区"])
    article("第十条", ["支持人才培训和品牌建设。对经备案的跨境电商人才培训机构，按照实际培训人次给予每人次500元补助，单个机构每年最高不超过20万元。",
                      "企业建设跨境电商独立站、开展境外商标注册和品牌推广的，按照第三方服务费用的30%给予补助，单个企业每年最高不超过30万元。"],
            soft_break=True)
    article("第十一条", ["温州综合保税区内企业开展跨境电商网购保税进口（1210）业务，年度进口额超过1亿元的，给予一次性奖励30万元。"],
            spec=["温州综合保税区"])
    chapter("第三章\u3000申报和管理")
    article("第十二条", ["扶持资金实行年度申报制度，企业按属地原则向所在县（市、区）商务主管部门申请，申报材料见附件2。"])
    article("第十三条", ["县级商务主管部门负责申报材料初审，市商务局会同市财政局组织复审，审核结果公示5个工作日。"])
    article("第十四条", ["同一项目同时符合本细则和我市其他扶持政策的，按照就高原则予以支持，不重复享受。"])
    article("第十五条", ["申报企业有下列情形之一的，取消当年度申报资格；已拨付资金的，予以追回，并纳入公共信用信息平台："],
            items=["（一）提供虚假材料骗取、套取扶持资金的；",
                   "（二）发生重大安全生产事故或者严重失信行为的；",
                   "（三）拒不配合监督检查和绩效评价的。"])
    chapter("第四章\u3000附\u3000\u3000则")
    article("第十六条", ["本细则所需资金由市、县两级财政分担。"])
    article("第十七条", ["本细则由市商务局负责解释。"])
    repeals = "《温州市跨境电子商务发展扶持办法（试行）》（温政办〔2023〕45号）"
    article("第十八条", ["本细则自2026年4月20日起施行，有效期至2028年12月31日。" + repeals + "同时废止。"])

    # 附件1: landscape section, table with vertically merged 支持类别 + note row merged across
    new_section(doc, landscape=True)
    para(doc, "附件1", HT, SAN, align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    para(doc, att1, XBS, ER, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, exact=36, after=6)
    cols = ["序号", "支持类别", "支持项目", "奖励标准", "年度上限"]
    rows = [
        ["1", "主体培育", "新引进跨境电商企业", "年度跨境电商交易额首次超过1亿元的，一次性奖励50万元；首次超过5000万元的，一次性奖励20万元", "50万元"],
        ["2", "主体培育", "市级跨境电商产业园", "经认定的市级跨境电商产业园，给予运营主体30万元奖励", "30万元"],
        ["3", "海外仓建设", "自建海外仓", "面积5000平方米以上的，按实际投入（不含土地购置费用）的20%给予补助", "单个海外仓200万元"],
        ["4", "海外仓建设", "租用海外仓", "租用面积2000平方米以上的，按年度租金的30%给予补助", "50万元"],
        ["5", "海外仓建设", "公共海外仓认定", "省级公共海外仓奖励50万元，市级公共海外仓奖励20万元", "50万元"],
        ["6", "人才和品牌", "跨境电商人才培训", "按实际培训人次给予每人次500元补助", "单个机构20万元"],
        ["7", "人才和品牌", "独立站及品牌建设", "按第三方服务费用的30%给予补助", "30万元"],
    ]
    note = "注：山区县企业按第八条规定上浮20%；同一项目按就高原则不重复享受。"
    t = doc.add_table(rows=len(rows) + 2, cols=5)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(15), Mm(30), Mm(45), Mm(110), Mm(30)]
    for ri in range(len(rows) + 2):
        for ci in range(5):
            t.cell(ri, ci).width = widths[ci]
    for ci, c in enumerate(cols):
        cell_text(t.cell(0, ci), c, HT, Pt(12))
    for ri, r in enumerate(rows, start=1):
        for ci, v in enumerate(r):
            if ci == 1 and ri not in (1, 3, 6):
                continue
            cell_text(t.cell(ri, ci), v, FS, Pt(12), align=(WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER))
    for a, b in ((1, 2), (3, 5), (6, 7)):
        m = t.cell(a, 1).merge(t.cell(b, 1))
        cell_text(m, rows[a - 1][1], FS, Pt(12))
    last = len(rows) + 1
    m = t.cell(last, 0).merge(t.cell(last, 4))
    cell_text(m, note, FS, Pt(12), align=WD_ALIGN_PARAGRAPH.LEFT)
    fix_widths(t, widths)
    for r in rows:
        clauses.append(row_clause(cols, r))
    clauses.append(note)

    # 附件2: back to portrait
    new_section(doc, landscape=False)
    para(doc, "附件2", HT, SAN, align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    para(doc, att2, XBS, ER, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, exact=36, after=6)
    cols2 = ["类别", "序号", "材料名称", "要求"]
    rows2 = [
        ["通用材料", "1", "温州市跨境电子商务和海外仓扶持资金申请表", "加盖企业公章"],
        ["通用材料", "2", "营业执照复印件", "加盖企业公章"],
        ["通用材料", "3", "企业信用承诺书", "法定代表人签字"],
        ["专项材料", "4", "跨境电商交易额证明材料", "海关申报数据或者平台后台数据"],
        ["专项材料", "5", "海外仓产权证明或者租赁合同", "外文材料附中文译本"],
        ["专项材料", "6", "项目投入发票及付款凭证", "提供原件核验"],
    ]
    t2 = doc.add_table(rows=len(rows2) + 1, cols=4)
    t2.style = "Table Grid"; t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    w2 = [Mm(25), Mm(15), Mm(70), Mm(46)]
    for ri in range(len(rows2) + 1):
        for ci in range(4):
            t2.cell(ri, ci).width = w2[ci]
    for ci, c in enumerate(cols2):
        cell_text(t2.cell(0, ci), c, HT, Pt(12))
    for ri, r in enumerate(rows2, start=1):
        for ci, v in enumerate(r):
            if ci == 0 and ri not in (1, 4):
                continue
            cell_text(t2.cell(ri, ci), v, FS, Pt(12), align=(WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER))
    for a, b in ((1, 3), (4, 6)):
        m = t2.cell(a, 0).merge(t2.cell(b, 0))
        cell_text(m, rows2[a - 1][0], FS, Pt(12))
    fix_widths(t2, w2)
    for r in rows2:
        clauses.append(row_clause(cols2, r))

    para(doc, "", indent_chars=0); para(doc, "", indent_chars=0)
    banji(doc, "市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，温州海关。",
          "温州市人民政府办公室", "2026年3月18日")
    to_pdf(save(doc, stem))
    LINE[0] = 28.95

    EXPECTED[stem] = [{
        "meta": {
            "title": "温州市人民政府办公室关于印发《温州市跨境电子商务和海外仓高质量发展实施细则》的通知",
            "doc_number": "温政办〔2026〕12号",
            "issuer": ["温州市人民政府办公室"],
            "date": "2026-03-16",
            "published": "2026-03-18",
            "level": "municipal",
            "region": "温州市",
            "effective": "2026-04-20",
            "expires": "2028-12-31",
            "attachments": [att1, att2],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市政府直属各单位"],
            "publicity": "此件公开发布",
            "repeals": repeals,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =================================================================== (b) 泉州
def make_quanzhou():
    stem = "blind352_quanzhou_tongzhi"
    doc = Document(); setup(doc)
    clauses, specific = [], {}

    banner(doc, ["泉州市商务局文件"], "泉商务〔2026〕21号")
    # title split over two separate paragraphs
    title(doc, ["泉州市商务局关于做好2026年度跨境电商", "海外仓备案和运行监测工作的通知"])
    para(doc, "各县（市、区）商务主管部门，泉州开发区、泉州台商投资区经济发展局，各有关企业：", indent_chars=0)
    pre = "为贯彻落实国家和省关于拓展跨境电商出口、推进海外仓建设的部署要求，服务企业开拓“一带一路”共建国家市场，现就做好2026年度跨境电商海外仓备案和运行监测工作通知如下："
    para(doc, pre); clauses.append(pre)

    def part(h):
        para(doc, h, HT, SAN)

    def item(head, body, spec=None):
        runin(doc, head, body)
        text = head + body
        clauses.append(text)
        if spec:
            specific[text[:24]] = spec

    def contact(t):
        para(doc, t); clauses.append(t)

    part("一、做好海外仓备案工作")
    item("（一）备案范围。", "在泉州市注册、在境外自建或者租用海外仓并实际开展跨境电商业务的企业，以及为跨境电商提供海外仓服务的物流企业，均应于2026年5月31日前完成备案。已于2025年度备案且信息未发生变化的，可不重复备案。")
    item("（二）备案程序。", "企业填写《泉州市海外仓备案登记表》（见附件），连同海外仓产权证明或者租赁合同等材料，报送注册地县（市、区）商务主管部门，县（市、区）商务主管部门应在10个工作日内完成审核并汇总报市商务局。")
    item("（三）重点地区先行。", "晋江市、石狮市要依托跨境电商产业集聚优势，率先实现辖区海外仓备案全覆盖，并于2026年5月15日前报送备案进展情况。",
         spec=["晋江市", "石狮市"])
    contact("联系人：市商务局对外贸易科林晓峰，电话：0595-22581736。")

    part("二、加强海外仓运行监测")
    item("（一）建立月度报送制度。", "已备案企业应于每月10日前通过泉州市跨境电商公共服务平台报送上月海外仓面积、库存货值、出入库单量、服务企业数等运行数据。")
    item("（二）开展重点企业跟踪。", "市商务局从已备案企业中确定不少于30家重点监测企业，对其在东盟、中东、拉美等“一带一路”共建国家和地区的海外仓运营情况实行季度分析。")
    item("（三）做好风险预警。", "各县（市、区）商务主管部门要密切关注境外政策调整、汇率波动、物流中断等风险，发现重大情况及时报告市商务局。")
    contact("联系人：市商务局电子商务科陈雅琴，电话：0595-22581792。")

    part("三、强化政策支持和服务保障")
    item("（一）落实资金支持。", "对已备案并按时报送运行数据的海外仓，优先推荐申报省级公共海外仓，并按照市级有关政策给予支持；未按规定备案或者连续3个月未报送数据的，不予享受当年度市级扶持政策。")
    item("（二）推动综保区联动。", "泉州综合保税区内企业开展跨境电商出口海外仓（9810）业务的，综保区管理机构要会同泉州海关做好出口退税、退货监管等配套服务。",
         spec=["泉州综合保税区"])
    item("（三）加强培训指导。", "市商务局将联合泉州海关、市税务局等部门，于2026年6月在泉州开发区举办海外仓业务专题培训，具体安排另行通知。")
    contact("联系人：市商务局对外贸易科黄志远，电话：0595-22581745。")

    closing = "本通知自印发之日起施行，有效期至2026年12月31日。"
    para(doc, closing); clauses.append(closing)
    para(doc, "特此通知。")
    para(doc, "", indent_chars=0)
    att = "泉州市海外仓备案登记表"
    para(doc, "附件：" + att, indent_chars=2)
    signature(doc, "泉州市商务局", "2026年4月9日", "（此件公开发布）", right_pad=5)

    # 附件: blank form on new page
    page_break(doc)
    para(doc, "附件", HT, SAN, align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    para(doc, att, XBS, ER, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, exact=36, after=6)
    para(doc, "填报单位（盖章）：\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000填报日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日",
         FS, Pt(12), indent_chars=0, exact=20)
    t = doc.add_table(rows=9, cols=5)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    w = [Mm(18), Mm(32), Mm(40), Mm(34), Mm(32)]
    for ri in range(9):
        for ci in range(5):
            t.cell(ri, ci).width = w[ci]
    def lab(r, c1, c2, text):
        m = t.cell(r, c1).merge(t.cell(r, c2)) if c1 != c2 else t.cell(r, c1)
        cell_text(m, text, FS, Pt(12))
        return m
    lab(0, 0, 1, "企业名称"); lab(0, 2, 4, "")
    lab(1, 0, 1, "统一社会信用代码"); lab(1, 3, 3, "所在县（市、区）")
    lab(2, 0, 1, "联系人"); lab(2, 3, 3, "联系电话")
    m = t.cell(3, 0).merge(t.cell(6, 0)); cell_text(m, "海外仓\n情况", FS, Pt(12))
    lab(3, 1, 1, "所在国家（地区）"); lab(3, 3, 3, "所在城市")
    lab(4, 1, 1, "仓库性质"); lab(4, 2, 4, "□自建\u3000\u3000□租用")
    lab(5, 1, 1, "面积（平方米）"); lab(5, 3, 3, "2025年出入库单量（万单）")
    lab(6, 1, 1, "主要服务内容"); lab(6, 2, 4, "\n\n")
    lab(7, 0, 1, "企业承诺")
    m = t.cell(7, 2).merge(t.cell(7, 4))
    cell_text(m, "本企业承诺所填信息真实、准确、完整。\n法定代表人（签字）：\u3000\u3000\u3000（企业盖章）\n年\u3000\u3000月\u3000\u3000日", FS, Pt(12), align=WD_ALIGN_PARAGRAPH.RIGHT)
    lab(8, 0, 1, "县（市、区）商务主管部门审核意见")
    m = t.cell(8, 2).merge(t.cell(8, 4))
    cell_text(m, "\n（盖章）\n年\u3000\u3000月\u3000\u3000日", FS, Pt(12), align=WD_ALIGN_PARAGRAPH.RIGHT)
    fix_widths(t, w)

    para(doc, "", indent_chars=0); para(doc, "", indent_chars=0)
    banji(doc, "福建省商务厅，泉州海关，市财政局、市税务局。", "泉州市商务局办公室", "2026年4月10日")
    to_pdf(save(doc, stem))

    EXPECTED[stem] = [{
        "meta": {
            "title": "泉州市商务局关于做好2026年度跨境电商海外仓备案和运行监测工作的通知",
            "doc_number": "泉商务〔2026〕21号",
            "issuer": ["泉州市商务局"],
            "date": "2026-04-09",
            "published": "2026-04-10",
            "level": "municipal",
            "region": "泉州市",
            "effective": "2026-04-10",
            "expires": "2026-12-31",
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务主管部门", "泉州开发区、泉州台商投资区经济发展局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =================================================================== (c) 湛江
def make_zhanjiang():
    stem = "blind352_zhanjiang_tonggao"
    doc = Document(); setup(doc)
    clauses, specific = [], {}

    # joint 版头: two organs stacked, then 通告, then number
    for i, line in enumerate(["湛江市人民政府口岸办公室", "湛\u3000江\u3000海\u3000关"]):
        para(doc, line, XBS, Pt(28), False, RED, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=None, before=(6 if i == 0 else 0))
    para(doc, "通\u3000\u3000告", XBS, Pt(36), False, RED, WD_ALIGN_PARAGRAPH.CENTER, 0, exact=None, before=0)
    p = para(doc, "2026年第2号", FS, SAN, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, before=10, after=4)
    border(p, "bottom", sz=18, color="E60012", space=8)
    title(doc, ["湛江市人民政府口岸办公室\u3000湛江海关关于", "优化跨境电子商务进出口通关监管服务的通告"], soft=True)

    pre = "为深入落实高质量共建“一带一路”部署，支持湛江建设面向东盟的跨境电子商务枢纽，进一步提升跨境电子商务进出口通关便利化水平，根据《中华人民共和国海关法》和海关总署跨境电子商务监管有关规定，特通告如下："
    para(doc, pre); clauses.append(pre)

    def item(text, spec=None):
        para(doc, text); clauses.append(text)
        if spec:
            specific[text[:24]] = spec

    item("一、湛江综合保税区内跨境电子商务网购保税进口（监管方式代码1210）商品，实行“分送集报”模式，企业可在商品出区后14日内集中办理申报手续。",
         spec=["湛江综合保税区"])
    item("二、跨境电子商务企业出口货物（监管方式代码9610、9710、9810），可在湛江跨境电子商务监管中心或者其他符合条件的海关监管作业场所办理通关手续；出口至越南、泰国、马来西亚等东盟国家的，可经湛江港霞山港区以海运快船方式申报出境。")
    item("三、全市跨境电子商务监管作业场所实行“7×24小时”预约通关。企业应提前4小时通过国际贸易“单一窗口”提交预约申请，海关对预约货物优先安排查验。")
    item("四、注册地在廉江市、雷州市、吴川市、遂溪县、徐闻县的跨境电子商务企业，可选择向属地海关申报、在湛江港口岸验放，属地商务部门做好企业备案和政策指导。",
         spec=["廉江市", "雷州市", "吴川市", "遂溪县", "徐闻县"])
    item("五、跨境电子商务零售出口商品因滞销、退货等原因，自出口之日起6个月内原状退运进境的，海关按规定办理退货手续，不予征收进口关税和进口环节增值税、消费税。")
    item("六、企业在通关过程中遇到问题的，可拨打12360海关服务热线或者湛江市口岸服务热线0759-3386120咨询。市口岸办会同湛江海关建立问题快速响应机制，原则上在2个工作日内予以答复。")
    repeals = "《湛江市人民政府口岸办公室 湛江海关关于跨境电子商务进出口通关有关事项的通告》（2023年第5号）"
    closing = "本通告自2026年6月1日起施行，有效期3年。" + repeals + "同时废止。"
    para(doc, closing); clauses.append(closing)
    para(doc, "特此通告。")

    # joint 落款: two organs on one line, one date
    para(doc, "", indent_chars=0)
    p = para(doc, "湛江市人民政府口岸办公室\u3000\u3000\u3000\u3000湛江海关\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)
    p = para(doc, "2026年5月8日\u3000\u3000\u3000\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0)

    para(doc, "", indent_chars=0); para(doc, "", indent_chars=0)
    banji(doc, "广东省人民政府口岸办公室，湛江市人民政府办公室，市商务局、市税务局。",
          "湛江市人民政府口岸办公室", "2026年5月9日")
    to_pdf(save(doc, stem))

    EXPECTED[stem] = [{
        "meta": {
            "title": "湛江市人民政府口岸办公室 湛江海关关于优化跨境电子商务进出口通关监管服务的通告",
            "doc_number": "2026年第2号",
            "issuer": ["湛江市人民政府口岸办公室", "湛江海关"],
            "date": "2026-05-08",
            "published": "2026-05-09",
            "level": "municipal",
            "region": "湛江市",
            "effective": "2026-06-01",
            "expires": "2029-05-31",
            "attachments": [],
            "doc_type": "通告",
            "recipients": [],
            "publicity": None,
            "repeals": repeals,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


if __name__ == "__main__":
    make_wenzhou()
    make_quanzhou()
    make_zhanjiang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("ok:", ", ".join(sorted(EXPECTED)))
