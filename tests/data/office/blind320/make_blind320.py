# ruff: noqa
# -*- coding: utf-8 -*-
"""Write the blind-320 test files (docx + LibreOffice pdf) and expected.json next to this script.

Run:  . /work/venv/bin/activate && python make_blind320.py
All documents are fictional (numbers, dates, amounts invented).
Markers inside texts: "\f" = manual page break inside a paragraph, "\v" = soft line break.
Both are dropped in expected.json.
"""
import json
import os
import re
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = "FF0000"

# ---------------------------------------------------------------- helpers


def set_font(run, name, size=16, bold=False, color=None, ascii_name=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    a = ascii_name or name
    rfonts.set(qn("w:ascii"), a)
    rfonts.set(qn("w:hAnsi"), a)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:cs"), a)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, first=0, line=28, left=0, right=0, size=16):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if align is not None:
        pf.alignment = align
    if first:
        pf.first_line_indent = Pt(size * first)
    if left:
        pf.left_indent = Pt(size * left)
    if right:
        pf.right_indent = Pt(size * right)
    return p


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    ascii_name = "Times New Roman" if font == FS else None
    for part in re.split(r"([\f\v])", text):
        if part == "\f":
            p.add_run().add_break(WD_BREAK.PAGE)
        elif part == "\v":
            p.add_run().add_break()
        elif part:
            r = p.add_run(part)
            set_font(r, font, size, bold, color, ascii_name)
    return p


def para(doc, text="", font=FS, size=16, align=None, first=0, line=28, bold=False,
         color=None, left=0, right=0):
    p = doc.add_paragraph()
    fmt(p, align, first, line, left, right, 16)
    if text:
        add_text(p, text, font, size, bold, color)
    return p


def border(p, side, sz=8, color="000000", space=1):
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
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(p, instr, size=14):
    def fld(t):
        r = p.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), t)
        r._r.append(el)
        set_font(r, SONG, size)
        return r
    fld("begin")
    r = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._r.append(it)
    fld("separate")
    r = p.add_run("1")
    set_font(r, SONG, size)
    fld("end")


def page_footer(section):
    """GB/T 9704: 4号半角宋体阿拉伯数字, 一字线; 单页居右空一字, 双页居左空一字."""
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.paragraph_format.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, SONG, 14)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_font(r, SONG, 14)


def restart_numbering(section, start=1):
    sp = section._sectPr
    pg = sp.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sp.append(pg)
    pg.set(qn("w:start"), str(start))


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_footer(s)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(37), Mm(35)
    return s


def portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    return s


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=None):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, 0, line or max(16, size + 5), size=size)
    add_text(p, text, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def data_table(doc, header_rows, rows, merges, widths_mm, size=12):
    """header_rows: list of lists (None = covered by merge); rows: logical data (full values).
    merges: list of ((r0,c0),(r1,c1)) in whole-table coordinates; the top-left text is kept."""
    nrow = len(header_rows) + len(rows)
    ncol = len(widths_mm)
    t = doc.add_table(rows=nrow, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, w in enumerate(widths_mm):
        t.columns[j].width = Mm(w)
    grid = header_rows + rows
    for i in range(nrow):
        for j in range(ncol):
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            v = grid[i][j]
            if v is None:
                v = ""
            head = i < len(header_rows)
            al = WD_ALIGN_PARAGRAPH.CENTER if head or len(str(v)) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(c, str(v), HT if head else FS, size, False, al)
    for (r0, c0), (r1, c1) in merges:
        keep = grid[r0][c0]
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        head = r0 < len(header_rows)
        cell_text(m, keep, HT if head else FS, size)
    for i in range(len(header_rows)):
        set_repeat_header(t.rows[i])
    return t


def row_clause(names, values):
    return "；".join(f"{n}：{v}" for n, v in zip(names, values))


def clean(s):
    return s.replace("\f", "").replace("\v", "")


# ---------- common document parts


def banhead_single(doc, organ_mark, number):
    para(doc, "", line=28)
    para(doc, organ_mark, XBS, 34, WD_ALIGN_PARAGRAPH.CENTER, line=48, color=RED)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, number, FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", line=12)
    border(p, "bottom", 18, RED, 1)
    para(doc, "", line=28)


def title_lines(doc, lines, soft=False):
    if soft:
        para(doc, "\v".join(lines), XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    else:
        for ln in lines:
            para(doc, ln, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=28)


def body(doc, items, clauses, specific=None):
    """items: ("h1", text) heading alone; ("p", text) plain clause paragraph;
    ("m", runin, rest) 楷体 run-in (一); ("n", runin, rest) bold run-in 1.;
    ("sub", text) （1） paragraph; ("note", text) no clause;
    ("spec", places) attaches specific places to the previous clause."""
    for it in items:
        kind = it[0]
        if kind == "h1":
            para(doc, it[1], HT, 16, first=2)
        elif kind == "p" or kind == "sub":
            para(doc, it[1], FS, 16, first=2)
            clauses.append(clean(it[1]))
        elif kind in ("m", "n"):
            p = para(doc, "", first=2)
            if kind == "m":
                add_text(p, it[1], KT, 16)
            else:
                add_text(p, it[1], FS, 16, bold=True)
            add_text(p, it[2], FS, 16)
            clauses.append(clean(it[1] + it[2]))
        elif kind == "spec":
            key = clauses[-1][:24]
            specific[key] = it[1]
        elif kind == "note":
            para(doc, it[1], FS, 16, first=2)


def banji(doc, cc, printer, pdate, size=14):
    para(doc, "", line=28)
    p = para(doc, "抄送：" + cc, FS, size, line=26)
    p.paragraph_format.right_indent = Pt(size)
    p.paragraph_format.left_indent = Pt(size)
    p.paragraph_format.first_line_indent = None
    border(p, "top", 8, "000000", 4)
    border(p, "bottom", 4, "000000", 4)
    p = para(doc, "", FS, size, line=26)
    p.paragraph_format.left_indent = Pt(size)
    p.paragraph_format.right_indent = Pt(size)
    usable = doc.sections[-1].page_width - doc.sections[-1].left_margin - doc.sections[-1].right_margin
    p.paragraph_format.tab_stops.add_tab_stop(usable - Pt(2 * size), WD_TAB_ALIGNMENT.RIGHT)
    add_text(p, printer + "\t" + pdate + "印发", FS, size)
    border(p, "bottom", 8, "000000", 4)


def to_pdf(path):
    out = os.path.dirname(path)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_320",
                    "--convert-to", "pdf", "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== 江苏
def make_jiangsu():
    doc = Document()
    setup(doc)
    clauses, spec = [], {}
    title = "江苏省人民政府办公厅关于支持自贸试验区深化改革创新的若干政策措施"
    banhead_single(doc, "江苏省人民政府办公厅文件", "苏政办发〔2025〕41号")
    title_lines(doc, ["江苏省人民政府办公厅关于支持自贸试验区", "深化改革创新的若干政策措施"])
    para(doc, "各市、县（市、区）人民政府，省各委办厅局，省各直属单位：")
    items = [
        ("p", "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，支持中国（江苏）自由贸易试验区（以下简称江苏自贸试验区）南京、苏州、连云港片区对标国际高标准经贸规则，打造制度型开放示范区，更好服务共建“一带一路”，经省人民政府同意，现提出如下政策措施。"),
        ("h1", "一、加强制度创新"),
        ("m", "（一）支持首创性制度创新。", "对经国务院或国家有关部委复制推广的江苏自贸试验区制度创新成果，每项给予牵头单位工作经费奖励100万元；对在全省复制推广的制度创新成果，每项给予30万元奖励。同一成果按最高标准给予奖励，不重复支持。"),
        ("m", "（二）推进规则标准先行先试。", "支持各片区对接《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，在数据跨境流动、知识产权保护、政府采购等领域开展压力测试。对片区内单位牵头制定并发布的国际标准、国家标准，每项分别给予不超过50万元、30万元的一次性资助。"),
        ("h1", "二、培育开放型产业"),
        ("m", "（三）支持跨境电商和海外仓发展。", "对在片区内新设立、年度跨境电商进出口额首次超过1亿元的企业，按其年度进出口额的0.5%给予奖励，单个企业最高不超过200万元。对企业在共建“一带一路”国家和地区新建或租用、面积在5000平方米以上的海外仓，按实际投资额或首年租金的20%给予补助，每个海外仓不超过300万元，单个企业年度补助总额不超过500万元。"),
        ("m", "（四）支持保税维修和再制造。", "对在片区内开展“两头在外”保税维修、再制造业务且年度维修货值超过5000万元的企业，按维修货值的1%给予奖励，单个企业最高不超过100万元。"),
        ("m", "（五）支持连云港片区建设“一带一路”强支点。", "\f支持连云港片区依托中哈（连云港）物流合作基地和上合组织（连云港）国际物流园，开展国际班列运贸一体化试点。对在连云港片区注册的企业组织开行的中欧（亚）班列，每标准箱给予不超过1000元的运费补贴，单个企业年度补贴不超过800万元；对在连云港片区新开通的国际集装箱航线，每条给予运营企业200万元一次性奖励。"),
        ("spec", ["连云港片区"]),
        ("h1", "三、提升贸易投资便利化水平"),
        ("m", "（六）深化通关便利化改革。", "深化“两步申报”“提前申报”等通关改革，推动片区与南京海关、连云港港口岸、苏州港口岸实现物流数据共享。对片区内新认定的海关高级认证企业，一次性给予20万元奖励。"),
        ("m", "（七）支持外资总部集聚。", "对在片区新设立或新认定的跨国公司地区总部和功能性机构，按其实缴注册资本的2%给予奖励，最高不超过1000万元。奖励资金分三年按40%、30%、30%的比例拨付，拨付期间企业注册地迁离片区的，停止拨付并追回已拨付资金。"),
        ("h1", "四、强化要素保障"),
        ("m", "（八）加大资金支持力度。", "省级商务发展专项资金每年安排不少于2亿元，统筹支持江苏自贸试验区建设。各片区所在设区市按照不低于1∶1的比例安排配套资金。"),
        ("m", "（九）强化人才支撑。", "对片区内企业引进的外籍高端人才（A类），按其在片区工作期间年度工资薪金的10%给予奖励，每人每年不超过30万元；为其办理出入境、停居留提供便利。"),
        ("h1", "五、规范政策兑现"),
        ("m", "（十）规范兑现程序。", "支持资金按照“申报—审核—公示—拨付”程序兑现，全流程原则上不超过90个工作日。"),
        ("n", "1. 申报。", "符合条件的企业和单位于每年3月1日至4月30日通过江苏省商务发展专项资金管理系统提交上一年度支持事项的申报材料，包括：（1）资金申请表；（2）营业执照；（3）相关合同及支付凭证。"),
        ("n", "2. 审核。", "片区管理机构会同所在设区市商务、财政部门在申报截止后20个工作日内完成初审；省商务厅会同省财政厅在收到初审意见后15个工作日内完成复核，必要时委托第三方机构开展专项审计。"),
        ("n", "3. 公示。", "拟支持名单在省商务厅门户网站公示，公示期不少于5个工作日。公示期间有异议的，由省商务厅会同有关部门在10个工作日内核实处理。"),
        ("n", "4. 拨付。", "公示无异议的，省财政厅在30日内将资金下达至有关设区市财政部门，设区市财政部门在收到资金后15个工作日内拨付至企业和单位。"),
        ("h1", "六、附则"),
        ("m", "（十一）", "本措施所称企业，是指在江苏自贸试验区内依法登记注册、具有独立法人资格的企业。同一项目同时符合本措施和省级其他政策的，按照“从高、不重复”原则给予支持。"),
        ("m", "（十二）", "本措施自2025年11月1日起施行，有效期至2027年12月31日。执行期间如遇国家政策调整，按国家规定执行。各片区可结合实际制定实施细则。"),
    ]
    body(doc, items, clauses, spec)
    para(doc, "")
    para(doc, "附件：中国（江苏）自由贸易试验区政策支持标准一览表", first=2)
    para(doc, "")
    para(doc, "")
    para(doc, "江苏省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, right=4)
    para(doc, "2025年9月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=4)
    para(doc, "（此件公开发布）", first=2)

    # ---- 附件: landscape section with table
    landscape(doc)
    para(doc, "附件", HT, 16)
    para(doc, "中国（江苏）自由贸易试验区政策支持标准一览表", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=14)
    names = ["类别", "支持事项", "支持标准", "上限", "适用范围"]
    rows = [
        ["制度创新", "国家层面复制推广的制度创新成果", "每项奖励100万元", "—", "三个片区"],
        ["制度创新", "全省复制推广的制度创新成果", "每项奖励30万元", "—", "三个片区"],
        ["开放型产业", "跨境电商进出口额首次超过1亿元的企业", "按年度进出口额的0.5%", "200万元", "三个片区"],
        ["开放型产业", "共建“一带一路”国家和地区海外仓（5000平方米以上）", "按实际投资额或首年租金的20%", "每个海外仓300万元，单个企业年度500万元", "三个片区"],
        ["开放型产业", "“两头在外”保税维修、再制造", "按维修货值的1%", "100万元", "三个片区"],
        ["国际物流", "中欧（亚）班列运费补贴", "每标准箱不超过1000元", "单个企业年度800万元", "连云港片区"],
        ["国际物流", "新开通国际集装箱航线", "每条奖励200万元", "—", "连云港片区"],
        ["总部经济", "跨国公司地区总部和功能性机构", "按实缴注册资本的2%", "1000万元", "三个片区"],
    ]
    merges = [((1, 0), (2, 0)), ((3, 0), (5, 0)), ((6, 0), (7, 0))]
    data_table(doc, [names], rows, merges, [28, 75, 55, 45, 22], size=10.5)
    for r in rows:
        c = row_clause(names, r)
        clauses.append(c)
        if r[4] == "连云港片区":
            spec[c[:24]] = ["连云港片区"]
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，南京海关。",
          "江苏省人民政府办公厅", "2025年9月29日")

    doc1 = {
        "meta": {"title": title, "doc_number": "苏政办发〔2025〕41号", "issuer": ["江苏省人民政府办公厅"],
                 "date": "2025-09-26", "published": "2025-09-29", "level": "provincial", "region": "江苏省",
                 "effective": "2025-11-01", "expires": "2027-12-31",
                 "attachments": ["中国（江苏）自由贸易试验区政策支持标准一览表"], "doc_type": "若干政策措施",
                 "recipients": ["各市、县（市、区）人民政府", "省各委办厅局", "省各直属单位"],
                 "publicity": "此件公开发布", "repeals": None},
        "clauses": clauses, "applies_to": {"specific": spec}}

    # ---- 政策解读 in the same file: new section, page numbers restart
    s = portrait(doc)
    restart_numbering(s, 1)
    jclauses = []
    jtitle = "《江苏省人民政府办公厅关于支持自贸试验区深化改革创新的若干政策措施》政策解读"
    para(doc, "《江苏省人民政府办公厅关于支持自贸试验区\v深化改革创新的若干政策措施》政策解读", XBS, 22,
         WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "发布日期：2025年10月9日　　来源：江苏省商务厅", FS, 14, WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    jitems = [
        ("h1", "一、出台背景"),
        ("p", "2025年是江苏自贸试验区设立六周年。为贯彻落实国家自由贸易试验区提升战略，进一步激发南京、苏州、连云港三个片区改革创新活力，省商务厅（省自贸办）会同省财政厅等部门研究起草了《若干政策措施》，经省政府同意，由省政府办公厅印发实施。"),
        ("h1", "二、主要内容"),
        ("p", "《若干政策措施》共6个方面12条，围绕制度创新、开放型产业、贸易投资便利化、要素保障、政策兑现和附则提出具体支持举措，并以附件形式列明主要支持标准。"),
        ("p", "与以往政策相比，《若干政策措施》突出三个特点：一是突出首创性，对国家层面复制推广的制度创新成果每项奖励100万元；二是突出“一带一路”导向，对企业在共建“一带一路”国家和地区布局的海外仓给予重点支持；三是突出片区差异化，对连云港片区国际班列和集装箱航线给予专项支持。"),
        ("h1", "三、支持对象"),
        ("p", "在江苏自贸试验区内依法登记注册、具有独立法人资格的企业，以及片区管理机构和有关单位，均可按规定申请支持。"),
        ("h1", "四、如何申报兑现"),
        ("p", "支持资金每年集中申报一次。企业于每年3月1日至4月30日通过江苏省商务发展专项资金管理系统申报，经片区初审、省级复核、网上公示后拨付，全流程原则上不超过90个工作日。"),
        ("h1", "五、施行时间"),
        ("p", "《若干政策措施》自2025年11月1日起施行，有效期至2027年12月31日。"),
    ]
    body(doc, jitems, jclauses, {})
    doc2 = {
        "meta": {"title": jtitle, "doc_number": None, "issuer": ["江苏省商务厅"], "date": "2025-10-09",
                 "published": "2025-10-09", "level": "provincial", "region": "江苏省", "effective": None,
                 "expires": None, "attachments": [], "doc_type": "政策解读", "recipients": [],
                 "publicity": None, "repeals": None},
        "clauses": jclauses, "applies_to": {"specific": {}}}
    path = os.path.join(HERE, "blind320_jiangsu_cuoshi.docx")
    doc.save(path)
    return path, [doc1, doc2]


# ====================================================================== 安徽
def make_anhui():
    doc = Document()
    setup(doc)
    clauses, spec = [], {}
    # 联合行文版头: borderless table, 「文件」 merged over two rows
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["安徽省商务厅", "安徽省财政厅"]):
        c = t.cell(i, 0)
        c.width = Mm(110)
        cell_text(c, name, XBS, 34, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=42)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor.from_string(RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Mm(40)
    cell_text(m, "文件", XBS, 34, line=42)
    for r in m.paragraphs[0].runs:
        r.font.color.rgb = RGBColor.from_string(RED)
    para(doc, "", line=28)
    para(doc, "皖商发〔2025〕127号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", line=12)
    border(p, "bottom", 18, RED, 1)
    para(doc, "", line=28)
    title = "安徽省商务厅 安徽省财政厅关于印发安徽省支持跨境电商和海外仓高质量发展若干政策措施的通知"
    title_lines(doc, ["安徽省商务厅 安徽省财政厅关于印发", "安徽省支持跨境电商和海外仓", "高质量发展若干政策措施的通知"])
    para(doc, "各市商务局、财政局，省直有关单位，有关企业：")
    body(doc, [
        ("p", "现将《安徽省支持跨境电商和海外仓高质量发展若干政策措施》印发给你们，请结合实际认真贯彻落实。执行中遇到的问题，请及时向省商务厅、省财政厅反馈。"),
    ], clauses)
    para(doc, "")
    para(doc, "附件：安徽省支持跨境电商和海外仓高质量发展若干政策措施", first=2)
    para(doc, "")
    para(doc, "安徽省商务厅　　　　　　　　安徽省财政厅", align=WD_ALIGN_PARAGRAPH.RIGHT, right=2)
    para(doc, "2025年12月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=4)
    para(doc, "（此件公开发布）", first=2)
    p = para(doc, "附件", HT, 16)
    p.paragraph_format.page_break_before = True
    para(doc, "")
    para(doc, "安徽省支持跨境电商和海外仓高质量发展\v若干政策措施", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")
    items = [
        ("p", "为加快发展跨境电子商务、海外仓等外贸新业态新模式，推动我省深度融入共建“一带一路”，稳住外贸基本盘，制定以下政策措施。"),
        ("h1", "一、培育经营主体"),
        ("m", "（一）支持跨境电商企业做大做强。", "对年度跨境电商进出口额首次达到5000万元、1亿元、5亿元的企业，分别给予20万元、50万元、100万元一次性奖励，晋档的补足差额。"),
        ("m", "（二）支持传统外贸和制造企业转型。", "对首次开展跨境电商B2B出口（海关监管方式代码\v9710、9810）且年度出口额超过500万元的企业，按其跨境电商出口额的1%给予奖励，单个企业不超过50万元。"),
        ("m", "（三）支持引进平台和服务企业。", "对新引进落户我省的跨境电商平台企业、综合服务企业，按其上一年度实际到位投资额的10%给予补助，最高不超过300万元。"),
        ("h1", "二、加快海外仓建设"),
        ("m", "（四）支持建设公共海外仓。", "对企业在共建“一带一路”国家和地区以及RCEP成员国新建、购买或租用的公共海外仓，经认定为省级公共海外仓的，按其建设或租赁费用的30%给予一次性补助，单个海外仓不超过200万元。"),
        ("m", "（五）支持海外仓提升服务能力。", "对省级公共海外仓开展智能化、信息化改造的，按软硬件投入的20%给予补助，单个海外仓不超过100万元。对海外仓为省内中小企业提供仓储、配送、退换货等服务，年度服务省内企业超过50家的，给予运营主体30万元奖励。"),
        ("m", "（六）推动“海外仓+班列”融合发展。", "支持海外仓企业利用中欧班列（合肥）、江海联运等通道拓展物流网络，对通过中欧班列运输跨境电商出口货物至海外仓的，按实际运费的10%给予补助，单个企业年度补助不超过80万元。"),
        ("h1", "三、优化发展环境"),
        ("m", "（七）支持跨境电商产业园建设。", "对经认定的省级跨境电商产业园，给予运营主体一次性奖励100万元。"),
        ("m", "（八）支持芜湖市建设跨境电商与海外仓协同发展先行区。", "在芜湖市开展跨境电商出口海外仓（9810）退货监管试点，对芜湖市内企业通过试点模式办理退货的，按实际退货物流费用的50%给予补助，单个企业年度不超过30万元。省级财政按照每年500万元的标准支持先行区建设，连续支持2年。"),
        ("spec", ["芜湖市"]),
        ("m", "（九）加强人才培养。", "对省内高等院校、职业院校与企业共建跨境电商产业学院的，按实际投入的30%给予补助，每个产业学院不超过50万元。"),
        ("m", "（十）强化金融保险支持。", "对跨境电商企业和海外仓企业投保出口信用保险的，按实缴保费的50%给予补助，单个企业年度不超过100万元。"),
        ("h1", "四、主要支持标准"),
        ("m", "（十一）", "本政策措施主要支持标准见下表。同一企业同一事项符合多项支持条件的，按就高原则给予支持，不重复享受。"),
    ]
    body(doc, items, clauses, spec)
    para(doc, "")
    para(doc, "跨境电商和海外仓主要支持标准表", HT, 16, WD_ALIGN_PARAGRAPH.CENTER)
    names = ["支持方向", "支持内容", "支持标准", "单个主体上限"]
    rows = [
        ["经营主体", "跨境电商进出口额首次达到5000万元、1亿元、5亿元", "分别奖励20万元、50万元、100万元", "100万元"],
        ["经营主体", "首次开展跨境电商B2B出口", "按出口额的1%", "50万元"],
        ["经营主体", "新引进平台企业、综合服务企业", "按实际到位投资额的10%", "300万元"],
        ["海外仓", "省级公共海外仓建设或租赁", "按费用的30%", "每个海外仓200万元"],
        ["海外仓", "海外仓智能化、信息化改造", "按软硬件投入的20%", "每个海外仓100万元"],
        ["海外仓", "中欧班列运输跨境电商货物至海外仓", "按实际运费的10%", "每年80万元"],
        ["发展环境", "省级跨境电商产业园", "一次性奖励100万元", "100万元"],
        ["发展环境", "芜湖市9810退货监管试点退货物流费用", "按实际费用的50%", "每年30万元"],
        ["发展环境", "出口信用保险保费", "按实缴保费的50%", "每年100万元"],
    ]
    merges = [((1, 0), (3, 0)), ((4, 0), (6, 0)), ((7, 0), (9, 0))]
    data_table(doc, [names], rows, merges, [28, 62, 40, 26])
    for r in rows:
        c = row_clause(names, r)
        clauses.append(c)
        if r[1].startswith("芜湖市"):
            spec[c[:24]] = ["芜湖市"]
    para(doc, "")
    items2 = [
        ("h1", "五、政策兑现"),
        ("m", "（十二）规范政策兑现。", "政策兑现按照“申报—审核—公示—拨付”程序办理：企业于每年4月30日前向所在地市商务局提交上一年度支持事项申报材料；市商务局会同市财政局在受理后20个工作日内完成初审并报省商务厅；省商务厅会同省财政厅在15个工作日内完成复核，复核结果在省商务厅门户网站公示7天；公示无异议的，省财政厅在20个工作日内下达资金，各市财政局在收到资金后10个工作日内拨付到企业。"),
        ("h1", "六、附则"),
        ("m", "（十三）", "企业应对申报材料的真实性负责。对弄虚作假、骗取财政资金的，依法追回已拨付资金，并纳入企业信用记录。"),
        ("m", "（十四）", "本政策措施由省商务厅、省财政厅负责解释，自2026年1月1日起施行，有效期至2027年12月31日。《安徽省商务厅 安徽省财政厅关于印发支持跨境电商发展若干措施的通知》（皖商发〔2023〕56号）同时废止。"),
    ]
    body(doc, items2, clauses, spec)
    banji(doc, "商务部对外贸易司，财政部安徽监管局，合肥海关。", "安徽省商务厅办公室", "2025年12月19日")
    d = {
        "meta": {"title": title, "doc_number": "皖商发〔2025〕127号", "issuer": ["安徽省商务厅", "安徽省财政厅"],
                 "date": "2025-12-18", "published": "2025-12-19", "level": "provincial", "region": "安徽省",
                 "effective": "2026-01-01", "expires": "2027-12-31",
                 "attachments": ["安徽省支持跨境电商和海外仓高质量发展若干政策措施"], "doc_type": "通知",
                 "recipients": ["各市商务局、财政局", "省直有关单位", "有关企业"],
                 "publicity": "此件公开发布",
                 "repeals": "《安徽省商务厅 安徽省财政厅关于印发支持跨境电商发展若干措施的通知》（皖商发〔2023〕56号）"},
        "clauses": clauses, "applies_to": {"specific": spec}}
    path = os.path.join(HERE, "blind320_anhui_tongzhi.docx")
    doc.save(path)
    return path, [d]


# ====================================================================== 山东
def make_shandong():
    doc = Document()
    setup(doc)
    clauses, spec = [], {}
    title = "山东省人民政府办公厅关于支持企业参与共建“一带一路”拓展国际市场的若干政策措施"
    banhead_single(doc, "山东省人民政府办公厅文件", "鲁政办字〔2026〕9号")
    title_lines(doc, ["山东省人民政府办公厅关于支持企业参与共建", "“一带一路”拓展国际市场的若干政策措施"], soft=True)
    para(doc, "各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校：")
    items = [
        ("p", "为深入落实高质量共建“一带一路”八项行动，支持我省企业用好国内国际两个市场两种资源，加快拓展共建“一带一路”国家和地区市场，经省政府同意，制定如下政策措施。"),
        ("h1", "一、支持企业开拓“一带一路”市场"),
        ("m", "（一）支持参加境外展会。", "对企业参加省商务厅确定的共建“一带一路”国家和地区重点境外展会，按展位费的70%给予补助，单个企业每个展会不超过10万元；对省内组展机构在共建“一带一路”国家和地区举办的山东品牌商品展，每场给予组展机构不超过100万元补助。"),
        ("m", "（二）支持国际营销网络建设。", "对企业在共建“一带一路”国家和地区新设立的品牌展示中心、售后服务中心，按实际投资额的30%给予补助，单个项目最高不超过200万元。"),
        ("m", "（三）支持境外经贸合作区建设。", "对经确认的省级境外经贸合作区，按照区内基础设施年度投资额的5%给予实施企业补助，单个合作区年度不超过500万元。对新确认为国家级境外经贸合作区的，给予实施企业一次性奖励300万元。省级境外经贸合作区确认条件见附件2。"),
        ("h1", "二、畅通国际物流通道"),
        ("m", "（四）支持“齐鲁号”欧亚班列和海铁联运发展。", "对“齐鲁号”欧亚班列开行至中亚、欧洲方向的，按每标准箱不超过1500元给予运营平台补助；对经青岛港、日照港、烟台港转运的共建“一带一路”国家和地区海铁联运集装箱，按每标准箱200元给予货主企业补助，单个企业年度不超过300万元。"),
        ("m", "（五）支持海外仓布局。", "对企业在共建“一带一路”国家和地区自建或租赁的海外仓，经认定为省级海外仓的，按仓储面积每平方米不超过100元给予一次性补助，单个海外仓不超过150万元。"),
        ("m", "（六）支持青岛市打造面向上合组织国家的开放门户。", "支持青岛市依托中国—上海合作组织地方经贸合作示范区，建设上合组织国家商品集散中心。\f对在青岛市注册、年度对上合组织国家进出口额超过1亿元的贸易企业，按进出口额的0.3%给予奖励，单个企业不超过300万元，所需资金由省级财政与青岛市财政按1∶1比例分担。"),
        ("spec", ["青岛市"]),
        ("h1", "三、提升贸易便利化水平"),
        ("m", "（七）支持跨境电商拓展新兴市场。", "对跨境电商企业在共建“一带一路”国家和地区主流电商平台开设店铺、年度销售额超过500万元的，按平台服务费的50%给予补助，单个企业不超过30万元。"),
        ("m", "（八）扩大优质产品进口。", "对进口共建“一带一路”国家和地区农产品、能源资源产品，年度进口额超过1亿美元的企业，按进口额的0.1%给予奖励，单个企业不超过200万元。"),
        ("m", "（九）强化出口信用保险支持。", "对企业投保面向共建“一带一路”国家和地区短期出口信用保险的，按实缴保费的60%给予补助；对小微企业统保平台保费给予全额补助。"),
        ("h1", "四、规范政策兑现"),
        ("m", "（十）实行闭环管理。", "本措施支持资金实行“申报—审核—公示—拨付”闭环管理，具体程序如下："),
        ("n", "1. 申报。", "企业于每年3月1日至3月31日登录山东省商务发展资金申报系统提交上一年度申报材料，材料包括："),
        ("sub", "（1）资金申请表；"),
        ("sub", "（2）营业执照复印件；"),
        ("sub", "（3）相关合同、发票及支付凭证；"),
        ("sub", "（4）海关、外汇管理等部门出具的数据证明。"),
        ("n", "2. 审核。", "各市商务局会同同级财政局于4月30日前完成初审；省商务厅会同省财政厅于5月31日前完成复审。"),
        ("n", "3. 公示。", "复审结果在省商务厅门户网站公示5个工作日。"),
        ("n", "4. 拨付。", "公示无异议的，省财政厅于6月30日前拨付资金；实行“免申即享”的事项，由省财政厅直接拨付至企业。"),
        ("h1", "五、附则"),
        ("m", "（十一）", "各市要结合实际出台配套措施。省级资金与市级资金对同一事项不得重复支持；本措施与省级其他同类政策有重叠的，按照从高不重复原则执行。"),
        ("m", "（十二）", "本措施由省商务厅会同省财政厅负责解释，自2026年3月1日起施行，有效期至2028年2月29日。"),
    ]
    body(doc, items, clauses, spec)
    para(doc, "")
    p = para(doc, "附件：1. 支持企业参与共建“一带一路”政策支持标准表\v　　　　　2. 省级境外经贸合作区确认条件", first=2)
    para(doc, "")
    para(doc, "")
    para(doc, "山东省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, right=4)
    para(doc, "2026年2月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=4)
    para(doc, "（此件公开发布）", first=2)
    p = para(doc, "附件1", HT, 16)
    p.paragraph_format.page_break_before = True
    para(doc, "")
    para(doc, "支持企业参与共建“一带一路”政策支持标准表", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")
    h1 = ["序号", "支持方向", "支持事项", "支持标准", None, "牵头部门"]
    h2 = [None, None, None, "支持比例或标准", "单个主体上限", None]
    names = ["序号", "支持方向", "支持事项", "支持比例或标准", "单个主体上限", "牵头部门"]
    rows = [
        ["1", "开拓市场", "重点境外展会", "展位费的70%", "每个展会10万元", "省商务厅"],
        ["2", "开拓市场", "山东品牌商品展", "每场不超过100万元", "每场100万元", "省商务厅"],
        ["3", "开拓市场", "品牌展示中心、售后服务中心", "实际投资额的30%", "每个项目200万元", "省商务厅"],
        ["4", "开拓市场", "省级境外经贸合作区", "基础设施年度投资额的5%", "每个合作区每年500万元", "省商务厅、省财政厅"],
        ["5", "国际物流", "“齐鲁号”欧亚班列", "每标准箱不超过1500元", "—", "省交通运输厅"],
        ["6", "国际物流", "海铁联运集装箱", "每标准箱200元", "每年300万元", "省交通运输厅"],
        ["7", "国际物流", "省级海外仓", "每平方米不超过100元", "每个海外仓150万元", "省商务厅"],
        ["8", "区域平台", "青岛市对上合组织国家贸易企业", "进出口额的0.3%", "300万元", "青岛市人民政府"],
        ["9", "贸易便利", "跨境电商平台服务费", "平台服务费的50%", "30万元", "省商务厅"],
        ["10", "贸易便利", "进口农产品、能源资源产品", "进口额的0.1%", "200万元", "省商务厅"],
        ["11", "贸易便利", "短期出口信用保险", "实缴保费的60%（小微企业统保平台全额补助）", "—", "省财政厅"],
    ]
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 4)), ((0, 5), (1, 5)),
              ((2, 1), (5, 1)), ((6, 1), (8, 1)), ((10, 1), (12, 1))]
    data_table(doc, [h1, h2], rows, merges, [12, 20, 40, 36, 28, 20], size=11)
    for r in rows:
        c = row_clause(names, r)
        clauses.append(c)
        if r[2].startswith("青岛市"):
            spec[c[:24]] = ["青岛市"]
    p = para(doc, "附件2", HT, 16)
    p.paragraph_format.page_break_before = True
    para(doc, "")
    para(doc, "省级境外经贸合作区确认条件", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "")
    body(doc, [
        ("p", "1. 实施企业为在山东省内注册的独立法人企业，对合作区控股比例不低于51%；"),
        ("p", "2. 合作区位于共建“一带一路”国家和地区，已与所在国政府或有关机构签订合作协议；"),
        ("p", "3. 合作区规划面积不少于1平方公里，已完成基础设施投资不低于5000万元人民币；"),
        ("p", "4. 入区企业不少于10家，其中中资企业不少于5家。"),
    ], clauses)
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，济南海关，青岛海关。",
          "山东省人民政府办公厅", "2026年2月12日")
    d = {
        "meta": {"title": title, "doc_number": "鲁政办字〔2026〕9号", "issuer": ["山东省人民政府办公厅"],
                 "date": "2026-02-10", "published": "2026-02-12", "level": "provincial", "region": "山东省",
                 "effective": "2026-03-01", "expires": "2028-02-29",
                 "attachments": ["支持企业参与共建“一带一路”政策支持标准表", "省级境外经贸合作区确认条件"],
                 "doc_type": "若干政策措施",
                 "recipients": ["各市人民政府", "各县（市、区）人民政府", "省政府各部门、各直属机构", "各大企业", "各高等院校"],
                 "publicity": "此件公开发布", "repeals": None},
        "clauses": clauses, "applies_to": {"specific": spec}}
    path = os.path.join(HERE, "blind320_shandong_cuoshi.docx")
    doc.save(path)
    return path, [d]


def main():
    expected = {}
    for fn in (make_jiangsu, make_anhui, make_shandong):
        path, docs = fn()
        to_pdf(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for k, v in expected.items():
        print(k, [len(d["clauses"]) for d in v])


if __name__ == "__main__":
    main()
