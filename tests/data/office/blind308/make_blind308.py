# ruff: noqa
#!/usr/bin/env python
"""Round 308 blind test documents: spring 申报通知 with blank forms as 附件.

(a) 泉州市商务局 notice on 跨境电商 / 海外仓 support funds, with 申报表, 申报材料清单, 信用承诺书.
(b) 钦州港片区管委会 notice on 制度创新案例 申报, with 案例申报表 and 推荐汇总表.

Writes every file next to this script plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind308.py
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
BR = "⏎"  # marker for a soft line break (w:br) inside a paragraph

BODY = Pt(16)
CH = Pt(16)  # one character width in body text


# ----------------------------------------------------------------- helpers
def set_run_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def add_text(par, text, font=FS, size=BODY, bold=False, color=None):
    """Add text to a paragraph; BR marks a soft line break."""
    parts = text.split(BR)
    for i, part in enumerate(parts):
        if i:
            r = par.add_run()
            set_run_font(r, font, size, bold, color)
            r.add_break()
        if part:
            r = par.add_run(part)
            set_run_font(r, font, size, bold, color)


def fmt(par, align=None, first=None, left=None, right=None, line=Pt(28), before=0, after=0):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return par


def border(par, side, sz, color="000000", space=1):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_field(par, size=Pt(14)):
    r = par.add_run("— ")
    set_run_font(r, SONG, size)
    r = par.add_run()
    set_run_font(r, SONG, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = par.add_run()
    set_run_font(r, SONG, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " PAGE "
    r._r.append(t)
    r = par.add_run()
    set_run_font(r, SONG, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = par.add_run("1")
    set_run_font(r, SONG, size)
    r = par.add_run()
    set_run_font(r, SONG, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    r = par.add_run(" —")
    set_run_font(r, SONG, size)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(37), Mm(35)
        sec.footer_distance = Mm(14)
        return
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = BODY
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    setup_section(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    # odd pages: number at the right, one character in; even pages: at the left
    fp = sec.footer.paragraphs[0]
    fmt(fp, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(14), line=None)
    page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    fmt(ep, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(14), line=None)
    page_field(ep)
    # python-docx leaves one empty paragraph in a new document: remove it
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    return doc


def banner(doc, lines, size):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(size + 8), before=0, after=0)
    add_text(p, BR.join(lines), font=XBS, size=Pt(size), color=RED)
    # 文号 with the red rule under it
    return p


def docno(doc, number):
    blank(doc, 1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_text(p, number)
    border(p, "bottom", 18, "FF0000", space=8)
    blank(doc, 1)


def blank(doc, n=1, line=Pt(28)):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=line)


def title(doc, text):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    add_text(p, text, font=XBS, size=Pt(22))
    blank(doc, 1)


def plain(doc, text, indent=True, font=FS):
    p = doc.add_paragraph()
    fmt(p, first=2 * CH if indent else Pt(0))
    add_text(p, text, font=font)
    return p


def heading1(doc, text):
    return plain(doc, text, font=HT)


def runin(doc, head, rest):
    p = doc.add_paragraph()
    fmt(p, first=2 * CH)
    add_text(p, head, font=KT)
    add_text(p, rest)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def attach_head(doc, label, ttl, new_page=True):
    p = doc.add_paragraph()
    fmt(p)
    p.paragraph_format.page_break_before = new_page
    add_text(p, label, font=HT)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36), before=6, after=12)
    add_text(p, ttl, font=XBS, size=Pt(20))


def attach_list(doc, items):
    p = doc.add_paragraph()
    fmt(p, first=2 * CH)
    add_text(p, "附件：" + items[0])
    for it in items[1:]:
        p = doc.add_paragraph()
        fmt(p, left=5 * CH)
        add_text(p, it)


def signoff(doc, organ_lines, date, right_chars=4):
    blank(doc, 1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=right_chars * CH - 2 * CH)
    add_text(p, BR.join(organ_lines))
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=right_chars * CH)
    add_text(p, date)
    p = doc.add_paragraph()
    fmt(p, first=2 * CH)
    add_text(p, "（此件公开发布）")


def banji(doc, cc, printer, pdate, width):
    blank(doc, 1)
    p = doc.add_paragraph()
    fmt(p, left=Pt(14), right=Pt(14), line=Pt(26))
    add_text(p, cc, size=Pt(14))
    border(p, "top", 8, space=4)
    border(p, "bottom", 4, space=4)
    p = doc.add_paragraph()
    fmt(p, left=Pt(14), right=Pt(14), line=Pt(26))
    p.paragraph_format.tab_stops.add_tab_stop(width - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    add_text(p, printer + "\t" + pdate, size=Pt(14))
    border(p, "bottom", 8, space=4)


# ---- table helpers
def set_cell_border(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, size=Pt(12), font=FS, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    """Write text into a cell; '\n' starts a new paragraph, BR a soft break."""
    paras = text.split("\n")
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        fmt(p, align=align, line=Pt(size.pt + 6))
        if t:
            add_text(p, t, font=font, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def make_table(doc, nrows, widths):
    t = doc.add_table(rows=nrows, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_cell_border(t)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    return t


def row_height(row, mm, exact=False):
    row.height = Mm(mm)
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY if exact else WD_ROW_HEIGHT_RULE.AT_LEAST


def small(doc, text, size=Pt(12), indent=False, align=None, font=FS):
    p = doc.add_paragraph()
    fmt(p, first=2 * Pt(size.pt) if indent else Pt(0), align=align, line=Pt(size.pt + 10))
    add_text(p, text, font=font, size=size)
    return p


def clean(text):
    return text.replace(BR, "")


# =================================================================== (a)
A_TITLE_LINES = ["泉州市商务局关于组织申报2025年度", "跨境电商和海外仓发展扶持资金的通知"]
A_DOCNO = "泉商务〔2025〕21号"
A_MAIN = "各县（市、区）商务主管部门，泉州开发区、泉州台商投资区经济发展局，各有关企业："
A_CONTACT = ("联系人：市商务局电子商务科　陈晓东，电话：0595-22589316；"
             + BR + "市财政局经济建设科　林　峰，电话：0595-22137705。")

# ("p", text) paragraph clause; ("h", text) heading; ("r", head, rest) run-in clause
A_BODY = [
    ("p", "为推动我市跨境电商和海外仓高质量发展，助力融入共建“一带一路”，现就申报2025年度扶持资金有关事项通知如下："),
    ("h", "一、支持对象"),
    ("p", "在我市注册，从事跨境电商或海外仓运营的企业。"),
    ("h", "二、申报条件"),
    ("p", "（一）2024年1月1日前在我市注册，纳税和统计关系在我市。"),
    ("p", "（二）2024年度跨境电商进出口额100万美元以上。"),
    ("p", "（三）近三年无严重失信记录；同一项目已获省级及以上财政资金支持的，不得重复申报。"),
    ("h", "三、支持标准"),
    ("r", "（一）跨境电商出口奖励。", "对2024年度跨境电商出口额500万美元以上的企业，按每美元0.01元给予奖励，最高100万元。"),
    ("r", "（二）海外仓建设补助。", "对在“一带一路”共建国家和RCEP成员国建设或租赁单个面积2000平方米以上海外仓的企业，"
                           "按实际投入的20%给予补助，单个海外仓最高150万元。"),
    ("r", "（三）综保区保税进口支持。", "对在泉州综合保税区开展网购保税进口（1210）业务、年进口额2000万元以上的企业，"
                             "按区内仓储租金的50%给予补助，最高50万元。"),
    ("r", "（四）产业带培育奖励。", "对晋江市、石狮市、德化县跨境电商产业带内首次开展跨境电商出口、年出口额50万美元以上的"
                           "生产型企业，一次性奖励10万元。"),
    ("h", "四、申报材料"),
    ("p", "1.申报表（附件1）、营业执照复印件、信用承诺书（附件3）；"),
    ("p", "2.申报海外仓建设补助的，另需提供："),
    ("p", "（1）海外仓所有权证明或租赁合同；"),
    ("p", "（2）海外仓投入发票及付款凭证；"),
    ("p", "3.其他证明材料（详见附件2）。"),
    ("h", "五、申报时间及方式"),
    ("r", "（一）申报时间。", "2025年3月20日至4月30日17:30，逾期不予受理。"),
    ("r", "（二）申报方式。", "企业在“泉州市商务发展专项资金管理系统”在线填报，纸质材料报送注册地县（市、区）商务主管部门，"
                        "由其于5月15日前完成初审。"),
    ("h", "六、有关要求"),
    ("p", "（一）对弄虚作假、骗取财政资金的，追回已拨付资金，5年内取消申报资格。"),
    ("p", "（二）本通知由市商务局会同市财政局负责解释。"),
    ("p", A_CONTACT),
]
A_ATTACH = ["泉州市2025年度跨境电商和海外仓发展扶持资金申报表", "申报材料清单", "信用承诺书"]

A_LIST_HEAD = ["序号", "材料名称", "是否必须", "备注"]
A_LIST_ROWS = [
    ["1", "扶持资金申报表（附件1）", "✓", "法定代表人签字并加盖公章"],
    ["2", "营业执照复印件", "✓", "加盖公章"],
    ["3", "2024年度审计报告", "✓", "会计师事务所出具"],
    ["4", "跨境电商进出口数据证明", "✓", "海关出具或“单一窗口”导出"],
    ["5", "海外仓所有权证明或租赁合同", "□", "申报海外仓建设补助的提供"],
    ["6", "海外仓投入发票及付款凭证", "□", "同上"],
    ["7", "省级公共海外仓认定文件", "□", "2024年度新获认定的提供"],
    ["8", "信用承诺书（附件3）", "✓", "原件"],
]
A_LIST_NOTE = "注：“✓”为必须提供的材料，“□”为根据申报类别选择提供的材料。"

A_PLEDGE_INTRO = ("本单位______________（企业名称，统一社会信用代码：__________________）自愿申报泉州市2025年度"
                  "跨境电商和海外仓发展扶持资金，现郑重承诺如下：")
A_PLEDGE = [
    "一、所提交的全部申报材料真实、合法、有效，不存在虚报、瞒报、伪造、篡改等情形。",
    "二、本单位近三年内未被列入严重失信主体名单，未发生重大安全生产、环境污染和产品质量事故。",
    "三、本次申报项目未获得省级及以上财政资金重复支持，获得的扶持资金将严格按规定使用。",
    "四、如违背上述承诺，自愿退回扶持资金，承担相应法律责任，并接受失信联合惩戒。",
]


def build_a(path):
    doc = new_doc()
    sec = doc.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    banner(doc, ["泉州市商务局文件"], 48)
    docno(doc, A_DOCNO)
    title(doc, BR.join(A_TITLE_LINES))
    plain(doc, A_MAIN, indent=False)
    for item in A_BODY:
        if item[0] == "h":
            heading1(doc, item[1])
        elif item[0] == "p":
            plain(doc, item[1])
        else:
            runin(doc, item[1], item[2])
    blank(doc)
    attach_list(doc, [f"{i}.{t}" for i, t in enumerate(A_ATTACH, 1)])
    signoff(doc, ["泉州市商务局"], "2025年3月14日")

    # ---------------- 附件1: the application form
    attach_head(doc, "附件1", A_ATTACH[0])
    small(doc, "填报单位（盖章）：　　　　　　　　　　　　填报日期：　　年　　月　　日")
    W = [Mm(34), Mm(44), Mm(34), Mm(44)]
    t = make_table(doc, 12, W)
    r = t.rows
    cell_text(r[0].cells[0], "企业名称"); cell_text(r[0].cells[2], "统一社会信用代码")
    cell_text(r[1].cells[0], "注册地址"); r[1].cells[1].merge(r[1].cells[3])
    cell_text(r[2].cells[0], "所在县（市、区）"); cell_text(r[2].cells[2], "成立时间")
    cell_text(r[3].cells[0], "法定代表人"); cell_text(r[3].cells[2], "联系电话")
    cell_text(r[4].cells[0], "联系人"); cell_text(r[4].cells[2], "手机")
    cell_text(r[5].cells[0], "申报类别")
    m = r[5].cells[1].merge(r[5].cells[3])
    cell_text(m, "□跨境电商出口奖励　　□海外仓建设补助" + BR + "□综保区保税进口支持　□产业带培育奖励",
              align=WD_ALIGN_PARAGRAPH.LEFT)
    # 2024 operating data: vertically merged label over two rows, 3 sub-columns
    lab = r[6].cells[0].merge(r[7].cells[0])
    cell_text(lab, "2024年度" + BR + "经营情况")
    cell_text(r[6].cells[1], "跨境电商进出口额（万美元）", size=Pt(10.5))
    cell_text(r[6].cells[2], "其中：出口额（万美元）", size=Pt(10.5))
    cell_text(r[7].cells[1], "海外仓所在国家（地区）", size=Pt(10.5))
    cell_text(r[7].cells[2], "海外仓面积（平方米）", size=Pt(10.5))
    cell_text(r[8].cells[0], "申报金额（万元）")
    m = r[8].cells[1].merge(r[8].cells[3])
    cell_text(m, "大写：　　　　　　　　　　　小写：", align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(r[9].cells[0], "项目简介" + BR + "（300字以内）")
    r[9].cells[1].merge(r[9].cells[3])
    row_height(r[9], 22)
    cell_text(r[10].cells[0], "企业承诺")
    m = r[10].cells[1].merge(r[10].cells[3])
    cell_text(m, "□ 本企业所提交的申报材料真实、准确、完整。\n"
                 "□ 本企业近三年内无严重失信行为。\n"
                 "□ 申报项目未获得其他财政资金重复支持。\n"
                 "法定代表人签字：　　　　　　（盖章）\n"
                 "　　　　　　　　　　　　　　　　年　月　日",
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(r[11].cells[0], "县（市、区）" + BR + "商务主管部门" + BR + "初审意见")
    m = r[11].cells[1].merge(r[11].cells[3])
    cell_text(m, "\n　　　　　　　　　　　　　　（盖章）\n　　　　　　　　　　　　　　　　年　月　日",
              align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---------------- 附件2: checklist table
    attach_head(doc, "附件2", A_ATTACH[1])
    t = make_table(doc, 1 + len(A_LIST_ROWS), [Mm(16), Mm(66), Mm(24), Mm(50)])
    for i, h in enumerate(A_LIST_HEAD):
        cell_text(t.rows[0].cells[i], h, font=HT)
    for ri, row in enumerate(A_LIST_ROWS, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        row_height(t.rows[ri], 11)
    small(doc, A_LIST_NOTE, indent=False)

    # ---------------- 附件3 in its own section (new page)
    doc.add_section(WD_SECTION.NEW_PAGE)
    attach_head(doc, "附件3", A_ATTACH[2], new_page=False)
    plain(doc, "泉州市商务局：", indent=False)
    plain(doc, A_PLEDGE_INTRO)
    for s in A_PLEDGE:
        plain(doc, s)
    blank(doc, 1)
    for s in ["承诺单位（盖章）：______________", "法定代表人（签字）：______________", "______年____月____日"]:
        p = doc.add_paragraph()
        fmt(p, left=8 * CH)
        add_text(p, s)
    banji(doc, "抄送：市财政局，泉州海关，市公共信用信息中心。", "泉州市商务局办公室", "2025年3月17日印发", width)
    doc.save(path)


# =================================================================== (b)
B_BANNER = ["中国（广西）自由贸易试验区", "钦州港片区管理委员会文件"]
B_DOCNO = "钦自贸管发〔2025〕5号"
B_TITLE_LINES = ["中国（广西）自由贸易试验区钦州港片区", "管理委员会关于组织开展2025年度", "制度创新案例申报工作的通知"]
B_MAIN = "片区各部门、各驻区单位，钦州港海关、钦州海事局，各有关企业："
B_BODY = [
    ("p", "为深入实施自由贸易试验区提升战略，加快建设西部陆海新通道和“一带一路”有机衔接的重要门户港，"
          "现就组织开展2025年度制度创新案例申报工作通知如下："),
    ("h", "一、申报范围"),
    ("p", "2024年1月1日以来在钦州港片区（含钦州综合保税区）率先实施、取得明显成效的制度创新举措，重点包括："),
    ("r", "（一）贸易投资便利化。", "通关模式、口岸监管、国际中转集拼、“保税+”新业态等方面的创新。"),
    ("r", "（二）金融开放创新。", "跨境人民币结算、面向东盟的金融服务等方面的探索。"),
    ("r", "（三）陆海新通道建设。", "海铁联运“一单制”、与新加坡等东盟国家港口合作等方面的创新。"),
    ("h", "二、申报条件"),
    ("r", "（一）首创性。", "应为全国或全省首创，或在已有做法基础上实现重大突破。"),
    ("r", "（二）实效性。", "已实际运行6个月以上，有可量化的成效数据。"),
    ("h", "三、申报程序"),
    ("r", "（一）单位申报。", "申报单位填写案例申报表（附件1），每个案例单独填写一份。"),
    ("r", "（二）部门推荐。", "片区各部门审核把关后填写推荐汇总表（附件2），每个部门推荐不超过3个案例。"),
    ("r", "（三）综保区案例初审。", "钦州综合保税区内企业申报的海关监管类案例，由钦州港海关会同综保区管理办公室联合初审后推荐。"),
    ("h", "四、激励措施"),
    ("p", "被评为片区年度最佳制度创新案例的，给予每个案例3万元工作经费支持；被国家或自治区复制推广的，"
          "在片区年度绩效考核中分别每项加5分、3分。"),
    ("h", "五、时间安排"),
    ("p", "申报截止时间为2025年5月16日（星期五）17:00，纸质版一式三份报送片区管委会改革创新局，"
          "电子版发送至qzgpq_cxal@163.com，逾期视为放弃申报。"),
    ("h", "六、工作要求"),
    ("r", "（一）严格把关。", "申报材料须真实准确，不得夸大成效、虚构数据。"),
    ("r", "（二）联系方式。", "片区管委会改革创新局　韦　宁，联系电话：0777-3918625。"),
]
B_ATTACH = ["2025年度制度创新案例申报表", "2025年度制度创新案例推荐汇总表"]
B_FORM_NOTES = [
    "1.案例名称应简明扼要，一般不超过25个字。",
    "2.“主要做法”应写明改革前存在的问题、创新举措和实施路径，不写背景和意义。",
    "3.本表一式三份，可附不超过5页的佐证材料（政策文件、企业评价、媒体报道等）。",
]
B_SUM_HEAD = ["序号", "案例名称", "申报单位", "协作单位", "创新类别", "首创程度", "开始实施时间", "联系人及电话", "备注"]
B_SUM_ROWS = 8
B_SUM_NOTE = "注：创新类别、首创程度按附件1所列选项填写；推荐案例按推荐顺序排列。"


def build_b(path):
    doc = new_doc()
    sec = doc.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    banner(doc, B_BANNER, 30)
    docno(doc, B_DOCNO)
    title(doc, BR.join(B_TITLE_LINES))
    plain(doc, B_MAIN, indent=False)
    for item in B_BODY:
        if item[0] == "h":
            heading1(doc, item[1])
        elif item[0] == "p":
            plain(doc, item[1])
        else:
            runin(doc, item[1], item[2])
    blank(doc)
    attach_list(doc, [f"{i}.{t}" for i, t in enumerate(B_ATTACH, 1)])
    signoff(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会"], "2025年4月7日", right_chars=4)
    # 版记 printed on the notice's last page; the forms follow as separate sheets
    banji(doc, "抄送：自治区自贸办，钦州市人民政府办公室。", "钦州港片区管理委员会办公室", "2025年4月8日印发", width)

    # ---------------- 附件1: case form
    attach_head(doc, "附件1", B_ATTACH[0])
    W = [Mm(36), Mm(42), Mm(36), Mm(42)]
    t = make_table(doc, 12, W)
    r = t.rows
    cell_text(r[0].cells[0], "案例名称"); r[0].cells[1].merge(r[0].cells[3]); row_height(r[0], 12)
    cell_text(r[1].cells[0], "申报单位" + BR + "（盖章）"); cell_text(r[1].cells[2], "联系人及电话")
    cell_text(r[2].cells[0], "协作单位"); r[2].cells[1].merge(r[2].cells[3]); row_height(r[2], 12)
    cell_text(r[3].cells[0], "创新类别")
    m = r[3].cells[1].merge(r[3].cells[3])
    cell_text(m, "□投资自由化便利化　□贸易自由化便利化" + BR + "□金融开放创新　　　□陆海新通道建设"
              + BR + "□政府职能转变　　　□其他：______", align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(r[4].cells[0], "首创程度")
    m = r[4].cells[1].merge(r[4].cells[3])
    cell_text(m, "□全国首创　　□全省首创　　□片区首创", align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(r[5].cells[0], "开始实施时间"); cell_text(r[5].cells[2], "已运行时长（月）")
    # 主要做法: the label spans the whole row, the blank writing area is the next row
    m = r[6].cells[0].merge(r[6].cells[3])
    cell_text(m, "主要做法（500字以内）", font=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
    r[7].cells[0].merge(r[7].cells[3])
    row_height(r[7], 85)
    cell_text(r[8].cells[0], "实践效果" + BR + "（300字以内，" + BR + "须附量化数据）")
    r[8].cells[1].merge(r[8].cells[3]); row_height(r[8], 55)
    cell_text(r[9].cells[0], "推广价值及" + BR + "下一步计划")
    r[9].cells[1].merge(r[9].cells[3]); row_height(r[9], 35)
    cell_text(r[10].cells[0], "部门推荐意见")
    m = r[10].cells[1].merge(r[10].cells[3])
    cell_text(m, "\n　　　　　　　　　　　　　　（盖章）\n　　　　　　　　　　　　　　　　年　月　日",
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(r[11].cells[0], "片区管委会" + BR + "评审意见")
    r[11].cells[1].merge(r[11].cells[3]); row_height(r[11], 20)
    small(doc, "填表说明：", font=HT)
    for n in B_FORM_NOTES:
        small(doc, n, indent=True)

    # ---------------- 附件2: landscape section with an empty summary table
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(ns, landscape=True)
    attach_head(doc, "附件2", B_ATTACH[1], new_page=False)
    small(doc, "推荐单位（盖章）：　　　　　　　　　　　填表人：　　　　　　　　联系电话：　　　　　　　　", size=Pt(14))
    widths = [Mm(12), Mm(42), Mm(30), Mm(26), Mm(24), Mm(20), Mm(20), Mm(30), Mm(21)]
    t = make_table(doc, 1 + B_SUM_ROWS, widths)
    for i, h in enumerate(B_SUM_HEAD):
        cell_text(t.rows[0].cells[i], h, font=HT, size=Pt(12))
    for k in range(1, B_SUM_ROWS + 1):
        cell_text(t.rows[k].cells[0], str(k))
        row_height(t.rows[k], 9)
    small(doc, B_SUM_NOTE)
    doc.save(path)


# =================================================================== expected
def body_clauses(body):
    out = []
    for item in body:
        if item[0] == "p":
            out.append(clean(item[1]))
        elif item[0] == "r":
            out.append(clean(item[1] + item[2]))
    return out


def expected():
    a_clauses = body_clauses(A_BODY)
    for row in A_LIST_ROWS:
        out = "；".join(f"{h}：{v}" for h, v in zip(A_LIST_HEAD, row))
        a_clauses.append(out)
    a_clauses.append(A_LIST_NOTE)
    a_clauses.append(A_PLEDGE_INTRO)
    a_clauses.extend(A_PLEDGE)

    b_clauses = body_clauses(B_BODY) + B_FORM_NOTES + [B_SUM_NOTE]

    a = {
        "meta": {
            "title": clean("".join(A_TITLE_LINES)),
            "doc_number": A_DOCNO,
            "issuer": ["泉州市商务局"],
            "date": "2025-03-14",
            "published": "2025-03-17",
            "level": "municipal",
            "region": "泉州市",
            "effective": None,
            "expires": None,
            "attachments": A_ATTACH,
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务主管部门", "泉州开发区经济发展局", "泉州台商投资区经济发展局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": a_clauses,
        "applies_to": {"specific": {
            "（三）综保区保税进口支持。对在泉州综合保税区": ["泉州综合保税区"],
            "（四）产业带培育奖励。对晋江市、石狮市、德化县": ["晋江市", "石狮市", "德化县"],
        }},
        "key_lines": {
            "date": "2025年3月14日",
            "deadline": "2025-04-30",
            "deadline_line": "（一）申报时间。2025年3月20日至4月30日17:30，逾期不予受理。",
            "contact": clean(A_CONTACT),
        },
    }
    b = {
        "meta": {
            "title": clean("".join(B_TITLE_LINES)),
            "doc_number": B_DOCNO,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2025-04-07",
            "published": "2025-04-08",
            "level": "zone",
            "region": "中国（广西）自由贸易试验区钦州港片区",
            "effective": None,
            "expires": None,
            "attachments": B_ATTACH,
            "doc_type": "通知",
            "recipients": ["片区各部门", "各驻区单位", "钦州港海关", "钦州海事局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b_clauses,
        "applies_to": {"specific": {
            "（三）综保区案例初审。钦州综合保税区内企业申报的": ["钦州综合保税区"],
        }},
        "key_lines": {
            "date": "2025年4月7日",
            "deadline": "2025-05-16",
            "deadline_line": [clean(x[1]) for x in B_BODY if x[0] == "p" and x[1].startswith("申报截止时间")][0],
            "contact": "（二）联系方式。片区管委会改革创新局　韦　宁，联系电话：0777-3918625。",
        },
    }
    return {"blind308_quanzhou_tongzhi": [a], "blind308_qinzhougang_tongzhi": [b]}


def to_pdf(docx_path):
    prof = "file:///tmp/lo_308"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={prof}", "--convert-to", "pdf",
                    "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def main():
    a = HERE / "blind308_quanzhou_tongzhi.docx"
    b = HERE / "blind308_qinzhougang_tongzhi.docx"
    build_a(a)
    build_b(b)
    for p in (a, b):
        to_pdf(p)
    exp = expected()
    for stem, docs in exp.items():
        for d in docs:
            for k in d["applies_to"]["specific"]:
                assert sum(c.startswith(k) for c in d["clauses"]) == 1, k
            assert d["key_lines"]["contact"] in d["clauses"], stem
            assert d["key_lines"]["deadline_line"] in d["clauses"], stem
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2), encoding="utf-8")
    for stem, docs in exp.items():
        print(stem, [len(d["clauses"]) for d in docs])


if __name__ == "__main__":
    main()
