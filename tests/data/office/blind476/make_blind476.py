# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 476: 国际商事调解中心 调解规则 / 公告 / 调解申请书."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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

CENTRE = "中国（广东）自由贸易试验区南沙片区国际商事调解中心"
REGION = "中国（广东）自由贸易试验区南沙片区"
RULES_TITLE = CENTRE + "调解规则"
OLD_RULES = "《" + CENTRE + "调解规则（试行）》"


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def add_text_runs(p, text, font=FS, size=16, bold=False, color=None):
    """text may contain '\n' = soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left


def setup_doc(top=3.7, bottom=3.5, left=2.8, right=2.6):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(top)
    sec.bottom_margin = Cm(bottom)
    sec.left_margin = Cm(left)
    sec.right_margin = Cm(right)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def para_border(p, side="bottom", color="E60012", sz=12):
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


def blank(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first_indent=False)
        r = p.add_run("")
        set_font(r, FS, size)


def page_break(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_break(WD_BREAK.PAGE)


# ---- Word automatic numbering (abstractNum + num added to numbering part)
_num_counter = {"abs": 900, "num": 900}


def new_numbering(doc, fmt_name, lvl_text, indent_twips=640):
    numbering = doc.part.numbering_part.element
    _num_counter["abs"] += 1
    _num_counter["num"] += 1
    aid = _num_counter["abs"]
    nid = _num_counter["num"]
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt_name), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(indent_twips))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    num.append(an)
    numbering.append(num)
    return nid


def apply_numbering(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


CN_NUM = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    t, o = divmod(n, 10)
    return CN_NUM[t - 1] + "十" + (CN_NUM[o - 1] if o else "")


# ---- tables
def set_cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    add_text_runs(p, text, font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def make_table(doc, header, rows, widths, merges=(), cell_size=12):
    """rows: list of lists of cell texts (full logical values, used for the key).
    merges: list of (col, first_row, last_row) vertical merges (data-row indices)."""
    t = doc.add_table(rows=len(rows) + 1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell_text(t.cell(0, i), h, HT, cell_size)
    repeat_header(t.rows[0])
    merged_cells = set()
    for col, r0, r1 in merges:
        for r in range(r0, r1 + 1):
            merged_cells.add((r, col))
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if (ri, ci) in merged_cells:
                continue
            align = WD_ALIGN_PARAGRAPH.LEFT if len(val) > 14 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell_text(t.cell(ri + 1, ci), val, FS, cell_size, align=align)
    for col, r0, r1 in merges:
        c = t.cell(r0 + 1, col).merge(t.cell(r1 + 1, col))
        set_cell_text(c, rows[r0][col], FS, cell_size)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
            row.cells[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    clauses = []
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t, clauses


# ---- body builders that also record clauses
class Body:
    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def para(self, text, clause=True, font=FS, size=16, indent="fmt", align=WD_ALIGN_PARAGRAPH.JUSTIFY,
             bold_prefix=None, prefix_font=HT, line=28, nid=None):
        """indent: 'fmt' -> paragraph first-line indent; 'spaces' -> typed 　　; 'none'."""
        p = self.doc.add_paragraph()
        fmt(p, align=align, first_indent=(indent == "fmt" and nid is None), line=line)
        if nid is not None:
            apply_numbering(p, nid)
        if indent == "spaces":
            r = p.add_run("　　")
            set_font(r, font, size)
        if bold_prefix:
            add_text_runs(p, bold_prefix, prefix_font, size, bold=True)
        add_text_runs(p, text, font, size)
        if clause:
            self.clauses.append(((bold_prefix or "") + text).replace("\n", ""))
        return p

    def heading(self, text, font=HT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, bold=False):
        p = self.doc.add_paragraph()
        fmt(p, align=align, first_indent=indent, line=28)
        add_text_runs(p, text, font, size, bold)
        return p


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_476", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =========================================================== 1. 公告
def make_gonggao():
    doc = setup_doc()
    b = Body(doc)
    # 版头: red organ name + red rule
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    add_text_runs(p, "中国（广东）自由贸易试验区南沙片区\n国际商事调解中心", XBS, 26, color=RED)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=28)
    add_text_runs(p, "南沙商调公告〔2026〕1号", FS, 16)
    para_border(p, "bottom", "E60012", 18)
    blank(doc)
    # title (soft line break inside)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=34)
    add_text_runs(p, "关于发布《中国（广东）自由贸易试验区\n南沙片区国际商事调解中心调解规则》的公告", XBS, 22)
    blank(doc)
    b.para("为进一步规范商事调解工作，提升国际商事争议解决服务水平，助力南沙打造立足湾区、协同港澳、面向世界的重大战略性平台，"
           "本中心对" + OLD_RULES + "进行了全面修订，形成《" + RULES_TITLE + "》（以下简称新规则），已经中心第二届理事会第三次会议审议通过，"
           "现予发布，并将有关事项公告如下：")
    b.para("一、新规则自2026年3月1日起施行。2023年6月1日起施行的" + OLD_RULES + "同时废止。")
    b.para("二、新规则施行前中心已受理的调解案件，继续适用受理时的调解规则；各方当事人书面同意的，也可以适用新规则。")
    b.para("三、《调解收费标准》与新规则同步施行。对中小微企业之间争议金额在10万元以下的案件，中心依照新规则第三十七条的规定减收或者免收调解费。",
           indent="spaces")
    b.para("四、当事人可以通过中心官方网站、“南沙商调”微信公众号下载调解申请书样式，也可以到中心现场领取。"
           "涉及跨境电子商务、中欧班列运输、国际货运代理等外贸新业态的争议，可以通过中心线上调解平台申请调解。")
    b.para("五、中心地址：广州市南沙区南沙街进港大道8号南沙国际金融论坛永久会址配套楼11层；"
           "联系人：梁女士、陈先生；联系电话：020-39001234。")
    b.para("特此公告。")
    blank(doc)
    # 附件 list with manual alignment spaces
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=True)
    add_text_runs(p, "附件：1．" + RULES_TITLE)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    add_text_runs(p, "　　　　　2．调解收费标准")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    add_text_runs(p, "　　　　　3．调解申请书（样式）")
    blank(doc, 3)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    add_text_runs(p, "中国（广东）自由贸易试验区南沙片区\n国际商事调解中心　　　")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    add_text_runs(p, "　　　　　　　　　　　　　　　　　2026年2月10日")
    blank(doc, 4)
    # 版记 as a two-row borderless-sides table
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_text(t.cell(0, 0), "抄送：广州市南沙区司法局，广州市南沙区人民法院，南沙国际仲裁中心。", FS, 14,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell_text(t.cell(1, 0), "南沙国际商事调解中心秘书处　　　　　2026年2月10日印发", FS, 14,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    tblpr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                      ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        if val == "single":
            el.set(qn("w:sz"), "8")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)
    path = os.path.join(HERE, "blind476_nansha_gonggao.docx")
    doc.save(path)
    meta = {
        "title": "关于发布《" + RULES_TITLE + "》的公告",
        "doc_number": "南沙商调公告〔2026〕1号",
        "issuer": [CENTRE],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": REGION,
        "effective": "2026-03-01",
        "expires": None,
        "attachments": [RULES_TITLE, "调解收费标准", "调解申请书（样式）"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": OLD_RULES.strip("《》"),
    }
    return path, [{"meta": meta, "clauses": b.clauses}]


# =========================================================== 2. 调解规则 + 附件 收费标准
RULES = [
    ("总　　则", [
        ("A", "为公正、高效地调解国际商事争议，保障当事人的合法权益，服务中国（广东）自由贸易试验区南沙片区建设和粤港澳大湾区高水平对外开放，根据《中华人民共和国民法典》《中华人民共和国民事诉讼法》等法律法规以及相关国际惯例，结合中心实际，制定本规则。"),
        ("A", CENTRE + "（以下简称中心）是依法登记设立的非营利性商事调解组织，独立开展商事调解业务，不受任何行政机关、社会团体和个人的干涉。"),
        ("A", "中心受理下列争议的调解："),
        ("I", "（一）国际或者涉外商事争议；"),
        ("I", "（二）涉及香港特别行政区、澳门特别行政区或者台湾地区的商事争议；"),
        ("I", "（三）国内商事争议，包括货物贸易、服务贸易、跨境电子商务、国际物流、投资、金融、知识产权、建设工程等领域的合同纠纷及其他财产权益纠纷；"),
        ("I", "（四）人民法院、仲裁机构委托或者移交中心调解的商事争议。"),
        ("P", "婚姻家庭、继承等身份关系争议以及依法应当由行政机关处理的争议，中心不予受理。"),
        ("A", "当事人约定将争议提交中心调解，或者一方当事人申请调解且其他当事人同意的，视为同意按照本规则进行调解。"),
        ("P", "当事人对本规则有关内容另有约定的，从其约定，但该约定无法实施或者与调解地强制性法律规定相抵触的除外。"),
        ("A", "调解应当遵循自愿、平等、保密、诚信的原则，尊重当事人的意思自治，不得违反法律、行政法规的强制性规定，不得损害国家利益、社会公共利益和他人合法权益。"),
        ("A", "中心设秘书处，负责案件受理、文书送达、费用收取、调解员名册管理等日常工作。中心可以根据工作需要在南沙片区内设立调解工作站。"),
    ]),
    ("调解的申请和受理", [
        ("A", "当事人申请调解的，应当向中心提交下列材料："),
        ("I", "（一）调解申请书，载明当事人的名称或者姓名、住所、联系方式，调解请求及所依据的事实和理由；"),
        ("I", "（二）当事人的主体资格证明；"),
        ("I", "（三）调解协议或者含有调解条款的合同，没有的可以不提交；"),
        ("I", "（四）与争议有关的证据材料；"),
        ("I", "（五）委托代理人参加调解的，提交授权委托书。"),
        ("P", "当事人提交的材料为外文的，中心可以要求其提供中文译本。"),
        ("A", "当事人可以通过现场递交、邮寄或者中心线上调解平台提交调解申请。通过线上调解平台提交的，以平台系统记录的接收时间为提交时间。"),
        ("A", "中心收到调解申请后，应当在三个工作日内进行审查。符合受理条件的，予以受理，并向当事人发出受理通知；不符合受理条件的，书面告知申请人不予受理的理由。"),
        ("P", "申请材料不齐全的，中心应当一次性告知申请人补正。申请人未在指定\n期限内补正的，视为未提出申请。"),
        ("A2", "一方当事人申请调解而没有调解协议的，中心应当在受理后五个工作日内征询其他当事人的意见。其他当事人在收到征询通知之日起十日内未作答复或者明确拒绝调解的，视为不同意调解，中心终止调解程序。"),
        ("A", "当事人应当按照《调解收费标准》（见附件）预交调解费用。当事人未在规定期限内预交的，视为撤回调解申请，但当事人另有约定或者中心同意缓交的除外。"),
        ("A", "当事人可以委托一至二名代理人参加调解。境外当事人委托代理人的，授权委托书应当按照有关规定办理公证、认证或者其他证明手续。"),
    ]),
    ("调　解　员", [
        ("A", "中心制定调解员名册。调解员由中心从具有国际商事、法律、经贸等专业知识和实践经验，公道正派的境内外人士中聘任，聘期三年，可以续聘。"),
        ("A", "当事人可以从调解员名册中共同选定一名调解员，也可以共同委托中心主任指定调解员。"),
        ("P", "当事人在收到受理通知之日起七日内未能共同选定或者委托指定的，由中心主任指定。"),
        ("P", "案情复杂或者争议金额在5000万元以上的，经当事人同意，可以由两名或者三名调解员共同调解。"),
        ("A", "经中心同意，当事人可以在调解员名册之外共同选定调解员，但该人员应当签署声明书，承诺遵守本规则和中心调解员守则。"),
        ("A", "调解员接受选定或者指定时，应当签署声明书，书面披露下列可能对其独立性、公正性产生合理怀疑的事实和情况："),
        ("I", "（一）是本案当事人、代理人或者其近亲属的；"),
        ("I", "（二）与本案有利害关系的；"),
        ("I", "（三）与本案当事人、代理人有其他关系，可能影响公正调解的，包括："),
        ("S", "1．最近三年内曾担任一方当事人的代理人、法律顾问或者雇员；"),
        ("S", "2．与一方当事人存在共同投资、合伙等经济往来；"),
        ("S", "3．其他足以影响其公正性的情形。"),
        ("I", "（四）中心认为应当披露的其他情形。"),
        ("P", "调解员在调解过程中出现前款规定情形的，应当立即书面披露。"),
        ("A", "当事人收到调解员披露的信息后，可以在五日内书面提出更换调解员的请求。是否更换，由中心主任决定。"),
        ("A", "调解员因回避、健康或者其他原因不能履行职责的，应当按照本规则规定的程序另行选定或者指定调解员。调解员的更换不影响此前已进行的调解程序的效力，但当事人另有约定的除外。"),
    ]),
    ("调解程序", [
        ("A", "调解员应当在被选定或者指定之日起五日内，与当事人商定调解的时间、地点和方式。"),
        ("A", "调解可以在中心所在地进行，也可以经当事人同意在其他地点进行。"),
        ("P", "经当事人同意，调解可以通过视频会议、线上调解平台等方式进行，线上调解与线下调解具有同等效力。"),
        ("A", "调解员可以采取其认为适当的方式进行调解，包括："),
        ("W", "与各方当事人共同会谈；"),
        ("W", "与一方当事人单独会谈；"),
        ("W", "要求当事人提交书面意见或者补充证据；"),
        ("W", "经当事人同意，邀请有关行业专家提供咨询意见；"),
        ("W", "在当事人请求时，提出解决争议的建议方案。"),
        ("A", "调解员与一方当事人单独会谈时获得的信息，未经该方当事人同意，不得向其他当事人披露。"),
        ("A", "当事人应当如实陈述案件事实，按时参加调解，遵守调解秩序，尊重对方当事人和调解员。"),
        ("A", "调解语言为中文。当事人约定使用其他语言的，从其约定。需要翻译的，翻译费用由当事人承担。"),
        ("A", "调解应当自调解员确定之日起三十日内完成。经当事人同意，可以延长，延长期限一般不超过三十日。"),
        ("A", "调解不公开进行。中心工作人员、调解员、当事人及其代理人、证人、翻译、专家等参与调解的人员，对调解中知悉的事项负有保密义务，但法律另有规定或者当事人另有约定的除外。"),
        ("A", "除当事人另有约定外，当事人在调解过程中作出的陈述、让步、承认以及调解员提出的建议方案，不得在其后的仲裁、诉讼或者其他程序中作为证据或者依据援引。"),
        ("A", "在调解过程中，当事人可以约定中止调解。中止事由消除后，经一方当事人申请，调解程序恢复进行。"),
    ]),
    ("调解协议和调解终止", [
        ("A", "经调解达成和解的，当事人应当签署调解协议。调解协议应当载明下列事项："),
        ("I", "（一）当事人的基本情况；"),
        ("I", "（二）争议的主要事实；"),
        ("I", "（三）达成和解的内容、履行方式和期限；"),
        ("I", "（四）调解费用的承担。"),
        ("P", "调解协议经当事人签名或者盖章后生效。调解员应当在调解协议上签名，中心加盖印章。"),
        ("A", "当事人可以依法向有管辖权的人民法院申请司法确认调解协议，也可以根据仲裁协议请求仲裁机构依据调解协议的内容制作仲裁调解书或者仲裁裁决书。"),
        ("P", "涉及香港特别行政区、澳门特别行政区当事人的，中心可以为当事人办理相关手续提供协助。"),
        ("A", "有下列情形之一的，调解程序终止："),
        ("I", "（一）当事人签署调解协议的；"),
        ("I", "（二）调解员认为继续调解已无必要，书面通知当事人的；"),
        ("I", "（三）一方当事人书面通知中心和其他当事人退出调解的；"),
        ("I", "（四）调解期限届满，当事人未同意延长的；"),
        ("I", "（五）当事人未按规定预交调解费用的。"),
        ("A", "调解程序终止的，中心应当出具终止调解通知书。未达成调解协议的，经当事人同意，中心可以记录当事人无争议的事实。"),
        ("A", "调解员不得在同一争议或者与该争议有关的其他争议的后续仲裁、诉讼程序中担任仲裁员、代理人或者证人，但当事人另有书面约定的除外。"),
    ]),
    ("调解费用", [
        ("A", "调解费用包括案件登记费、调解费以及实际发生的其他费用。收费标准见附件《调解收费标准》。"),
        ("A", "调解费用由当事人平均分担，当事人另有约定的除外。"),
        ("A", "有下列情形之一的，中心按照下列规定退还调解费："),
        ("I", "（一）中心不予受理或者其他当事人不同意调解的，退还已预交的调解费；"),
        ("I", "（二）调解员确定后、首次调解会议前申请人撤回申请的，退还已预交调解费的70%；"),
        ("I", "（三）首次调解会议后调解程序终止的，不予退还。"),
        ("P", "案件登记费不予退还。"),
        ("A", "对于中小微企业之间争议金额在10万元以下的案件，中心可以减收或者免收调解费。"),
    ]),
    ("附　　则", [
        ("A", "本规则所称“日”，是指自然日；所称“工作日”，不包括法定节假日。本规则中的“以上”“以下”“内”包括本数，《调解收费标准》另有说明的除外。"),
        ("A", "本规则由中心负责解释。"),
        ("A", "本规则自2026年3月1日起施行。2023年6月1日起施行的" + OLD_RULES + "同时废止。"),
        ("P", "本规则施行前中心已受理的案件，适用受理时的调解规则；当事人同意的，也可以适用本规则。"),
    ]),
]


def make_guize():
    doc = setup_doc()
    b = Body(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    add_text_runs(p, "中国（广东）自由贸易试验区南沙片区\n国际商事调解中心调解规则", XBS, 22)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=28, before=6)
    add_text_runs(p, "（2026年1月20日中心第二届理事会第三次会议审议通过\n自2026年3月1日起施行）", KT, 16)
    blank(doc)
    # table of contents (headings only)
    p = b.heading("目　　录", HT, 16)
    for i, (ch, _) in enumerate(RULES, 1):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=True, line=28)
        add_text_runs(p, "第%s章　%s" % (cn(i), ch), KT, 16)
    blank(doc)
    art = 0
    cn_nid = None
    for i, (ch, items) in enumerate(RULES, 1):
        if i > 1:
            blank(doc)
        b.heading("第%s章　%s" % (cn(i), ch), HT, 16)
        blank(doc)
        for kind, text in items:
            if kind in ("A", "A2"):
                art += 1
                sep = "  " if kind == "A2" else "　"
                b.para(text, bold_prefix="第%s条%s" % (cn(art), sep), prefix_font=HT)
                cn_nid = None
            elif kind in ("I", "P", "S"):
                b.para(text)
            elif kind == "W":
                if cn_nid is None:
                    cn_nid = new_numbering(doc, "chineseCounting", "（%1）")
                    cn_idx = 0
                cn_idx += 1
                b.para(text, nid=cn_nid, clause=False)
                b.clauses.append("（%s）%s" % (cn(cn_idx), text))
    n_articles = art
    assert n_articles == 40, n_articles
    # ---------------- 附件 调解收费标准
    page_break(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    add_text_runs(p, "附件", HT, 16)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    add_text_runs(p, "调解收费标准", XBS, 22)
    blank(doc)
    b.heading("一、案件登记费", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    b.para("申请人提交调解申请时，应当预交案件登记费，每件人民币1000元。案件登记费不予退还。")
    b.heading("二、调解费", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    b.para("调解费按照争议金额分段累进计算，收费标准如下：",
           bold_prefix="（一）有争议金额的案件。", prefix_font=KT)
    header = ["序号", "争议金额（人民币）", "收费比例", "最低收费"]
    rows = [
        ["1", "100万元以下（含100万元）", "1.2%", "每件5000元"],
        ["2", "100万元至500万元（含）", "0.8%", "每件5000元"],
        ["3", "500万元至1000万元（含）", "0.5%", "每件5000元"],
        ["4", "1000万元至5000万元（含）", "0.3%", "每件5000元"],
        ["5", "5000万元以上", "0.1%", "每件5000元"],
    ]
    _, cl = make_table(doc, header, rows, [1.6, 6.4, 3.0, 3.6], merges=[(3, 0, 4)])
    b.clauses.extend(cl)
    p = b.para("（示例：争议金额为800万元的，调解费为100万元×1.2%+400万元×0.8%+300万元×0.5%=12000+32000+15000=59000元。）",
               font=KT)
    p.paragraph_format.space_before = Pt(6)
    b.para("没有争议金额或者争议金额难以确定的，按件收取调解费，收费标准如下：",
           bold_prefix="（二）无争议金额的案件。", prefix_font=KT)
    header2 = ["案件类型", "收费标准", "备注"]
    rows2 = [
        ["一般商事争议", "每件10000元至30000元", "由中心根据案件复杂程度确定"],
        ["知识产权、跨境投资争议", "每件20000元至50000元", "由中心根据案件复杂程度确定"],
        ["人民法院、仲裁机构委托调解的案件", "按照委托方确定的标准收取", "委托方未确定的，参照本标准"],
    ]
    _, cl = make_table(doc, header2, rows2, [5.2, 4.8, 4.6])
    b.clauses.extend(cl)
    blank(doc)
    b.heading("三、其他费用", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    b.para("调解员差旅费、翻译费、专家咨询费、场地租赁费等实际发生的费用，由当事人按照实际支出另行承担。")
    b.heading("四、其他事项", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    b.para("（一）争议金额以外币计算的，按照申请日中国人民银行公布的人民币汇率中间价折算。")
    b.para("（二）表中“100万元至500万元（含）”等表述，不含下限金额、含上限金额；“5000万元以上”不含5000万元。")
    b.para("（三）本标准自2026年3月1日起与《" + RULES_TITLE + "》同步施行。")
    path = os.path.join(HERE, "blind476_nansha_guize.docx")
    doc.save(path)
    meta = {
        "title": RULES_TITLE,
        "doc_number": None,
        "issuer": [CENTRE],
        "date": "2026-01-20",
        "published": None,
        "level": "zone",
        "region": REGION,
        "effective": "2026-03-01",
        "expires": None,
        "attachments": ["调解收费标准"],
        "doc_type": "规则",
        "recipients": [],
        "publicity": None,
        "repeals": OLD_RULES.strip("《》"),
    }
    return path, [{"meta": meta, "clauses": b.clauses}]


# =========================================================== 3. 调解申请书（样式）
def make_shenqingshu():
    doc = setup_doc(top=3.0, bottom=2.8)
    b = Body(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    add_text_runs(p, "附件3", HT, 16)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    add_text_runs(p, "调解申请书（样式）", XBS, 22)
    blank(doc)
    sz = 15
    L = WD_ALIGN_PARAGRAPH.LEFT
    b.para("申请人：（写明法人或者其他组织的名称，或者自然人的姓名）", size=sz, indent="none", align=L)
    b.para("统一社会信用代码/身份证件号码：", size=sz, indent="none", align=L)
    b.para("住所：", size=sz, indent="none", align=L)
    b.para("法定代表人（负责人）：　　　　　　　　职务：", size=sz, indent="none", align=L)
    b.para("委托代理人：　　　　　　　　　　　　　联系电话：", size=sz, indent="none", align=L)
    b.para("电子邮箱/送达地址：", size=sz, indent="none", align=L)
    blank(doc, size=sz)
    b.para("被申请人：（写明法人或者其他组织的名称，或者自然人的姓名）", size=sz, indent="none", align=L)
    b.para("统一社会信用代码/身份证件号码：", size=sz, indent="none", align=L)
    b.para("住所：", size=sz, indent="none", align=L)
    b.para("法定代表人（负责人）：　　　　　　　　职务：", size=sz, indent="none", align=L)
    b.para("联系电话：　　　　　　　　　　　　　　电子邮箱：", size=sz, indent="none", align=L)
    p = b.para("（被申请人为两个以上的，依次列明）", size=sz, indent="none", align=L, font=KT)
    blank(doc, size=sz)
    b.para("调解请求：（请逐项写明具体请求事项，如请求被申请人支付货款及逾期付款违约金等）", size=sz)
    b.para("争议金额：人民币（或者其他币种）　　　　　　元", size=sz)
    b.para("事实与理由：（请简要写明合同订立和履行情况、争议发生的经过、争议焦点以及申请人的主张）", size=sz)
    b.para("是否存在调解协议或者调解条款：□是　□否", size=sz)
    b.para("调解员选定方式：□当事人共同选定　□委托中心主任指定　□其他：", size=sz)
    b.para("调解方式：□线下调解　□线上调解　□线上线下相结合", size=sz)
    b.para("调解语言：□中文　□英文　□其他：", size=sz)
    b.para("申请人声明：申请人已阅读并知悉《" + RULES_TITLE + "》及《调解收费标准》，自愿申请调解，并保证所提交材料真实、合法、有效。",
           size=sz)
    blank(doc, size=sz)
    p = doc.add_paragraph()
    fmt(p, align=L, first_indent=True)
    add_text_runs(p, "此致", FS, sz)
    p = doc.add_paragraph()
    fmt(p, align=L, first_indent=False)
    add_text_runs(p, CENTRE, FS, sz)
    blank(doc, size=sz)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    add_text_runs(p, "申请人（签名或者盖章）：　　　　　　　", FS, sz)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    add_text_runs(p, "年　　月　　日", FS, sz)
    blank(doc, size=sz)
    p = doc.add_paragraph()
    fmt(p, align=L, first_indent=False)
    add_text_runs(p, "提交材料清单", HT, sz)
    header = ["序号", "材料名称", "份数", "备注"]
    rows = [
        ["1", "调解申请书", "正本1份，副本按被申请人人数提交", "必备"],
        ["2", "申请人主体资格证明", "1份", "境外主体须办理公证、认证或者其他证明手续"],
        ["3", "授权委托书及代理人身份证明", "1份", "委托代理人的提交"],
        ["4", "调解协议或者含有调解条款的合同", "1份", "有则提交"],
        ["5", "证据材料及证据清单", "1套", "注明页码及证明内容"],
    ]
    _, cl = make_table(doc, header, rows, [1.4, 5.4, 4.0, 5.0], cell_size=11)
    b.clauses.extend(cl)
    blank(doc, size=sz)
    p = doc.add_paragraph()
    fmt(p, align=L, first_indent=True)
    add_text_runs(p, "填写说明", HT, sz)
    nid = new_numbering(doc, "decimal", "%1.", indent_twips=600)
    notes = [
        "本申请书正本一份，副本份数按被申请人人数提交，可以手写或者打印，手写的应当使用钢笔或者签字笔，字迹清楚。",
        "申请人为法人或者其他组织的，应当加盖公章；申请人为自然人的，应当由本人签名。",
        "境外当事人提交的外文材料，应当附中文译本。",
        "申请人可以通过中心线上调解平台在线填写并提交本申请书，无需另行提交纸质件。",
    ]
    for i, t in enumerate(notes, 1):
        b.para(t, size=sz, nid=nid, clause=False)
        b.clauses.append("%d.%s" % (i, t))
    path = os.path.join(HERE, "blind476_nansha_shenqingshu.docx")
    doc.save(path)
    meta = {
        "title": "调解申请书（样式）",
        "doc_number": None,
        "issuer": [CENTRE],
        "date": None,
        "published": None,
        "level": "zone",
        "region": REGION,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "申请书",
        "recipients": [CENTRE],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (make_gonggao, make_guize, make_shenqingshu):
        path, objs = fn()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
