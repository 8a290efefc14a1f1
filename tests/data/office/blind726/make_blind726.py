# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 726 blind test documents: 推荐自贸试验区制度创新专家库成员的通知 (3 provinces)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)

AL = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
      "l": WD_ALIGN_PARAGRAPH.LEFT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
      "d": WD_ALIGN_PARAGRAPH.DISTRIBUTE}

PPR_AFTER_BDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None, ascii_font=None):
    run.font.name = ascii_font or font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    rFonts.set(qn('w:eastAsia'), font)
    rFonts.set(qn('w:ascii'), ascii_font or font)
    rFonts.set(qn('w:hAnsi'), ascii_font or font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def add_runs(p, runs):
    """runs: list of (text, fmt-dict); '\n' inside text = soft line break."""
    for text, fmt in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, **fmt)
            if i < len(parts) - 1:
                r.add_break()


def para(box, runs=None, align=None, first=0, left=0, line=28, before=0, after=0,
         page_break_before=False):
    p = box.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first:
        pf.first_line_indent = Pt(first)
    if left:
        pf.left_indent = Pt(left)
    if align:
        p.alignment = AL[align]
    if page_break_before:
        pf.page_break_before = True
    if runs:
        if isinstance(runs, str):
            runs = [(runs, {})]
        add_runs(p, runs)
    return p


def border(p, side="bottom", color="FF0000", sz=12, val="single"):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        pPr.insert_element_before(pBdr, *PPR_AFTER_BDR)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), val)
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    pBdr.append(b)


def page_footer(section, kind):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def field(instr):
        r = p.add_run()
        set_font(r, "宋体", 14, ascii_font="宋体")
        f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
        f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
        t = OxmlElement('w:t'); t.text = "1"
        f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
        for e in (f1, it, f2, t, f3):
            r._r.append(e)

    def txt(s):
        r = p.add_run(s)
        set_font(r, "宋体", 14, ascii_font="宋体")

    if kind == "dash":
        txt("— "); field(" PAGE "); txt(" —")
    elif kind == "hyphen":
        txt("- "); field(" PAGE "); txt(" -")
    else:
        txt("第 "); field(" PAGE "); txt(" 页 共 "); field(" NUMPAGES "); txt(" 页")


def setup(doc, footer_kind):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
    page_footer(sec, footer_kind)


def cell_text(cell, text, font=FS, size=14, bold=False, align="c", line=22, color=None):
    p = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for r in list(p._p.findall(qn('w:r'))):
        p._p.remove(r)
    p.alignment = AL[align]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(line)
    add_runs(p, [(text, dict(font=font, size=size, bold=bold, color=color))])


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement('w:tblHeader'))


def row_height(row, cm):
    row.height = Cm(cm)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/>'
                  '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
                  '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls('w'))
    tblPr.insert_element_before(b, 'w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook',
                                'w:tblCaption', 'w:tblDescription', 'w:tblPrChange')


def banji_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
                  '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:color="000000"/>'
                  '<w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:color="000000"/>'
                  '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls('w'))
    tblPr.insert_element_before(b, 'w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook',
                                'w:tblCaption', 'w:tblDescription', 'w:tblPrChange')


class Numbering:
    """Word automatic numbering "1." with no tab after the number."""

    def __init__(self, doc):
        self.el = doc.part.numbering_part.element
        self.abs_id = 726
        absx = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
            'w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
            % (nsdecls('w'), self.abs_id))
        nums = self.el.findall(qn('w:num'))
        if nums:
            nums[0].addprevious(absx)
        else:
            self.el.append(absx)
        self.next_id = 7260

    def new_list(self):
        self.next_id += 1
        n = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
                      '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                      % (nsdecls('w'), self.next_id, self.abs_id))
        self.el.append(n)
        return self.next_id

    @staticmethod
    def apply(p, num_id):
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = num_id


class Body:
    """Writes body paragraphs and records the clauses for the answer key."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def p(self, text, clause=True, **kw):
        kw.setdefault("first", 32)
        para(self.doc, [(text, {})], **kw)
        if clause:
            self.clauses.append(text.replace("\n", "").strip())

    def runin(self, head, rest, head_font=FS, bold=True):
        para(self.doc, [(head, dict(font=head_font, bold=bold)), (rest, {})], first=32)
        self.clauses.append((head + rest).replace("\n", ""))

    def h1(self, text):
        para(self.doc, [(text, dict(font=HEI))], first=32)

    def h2(self, text):
        para(self.doc, [(text, dict(font=KAI))], first=32)

    def auto(self, num_id, text, n):
        """Word numbering prints "n." in front; the key carries it."""
        p = para(self.doc, [(text, {})], first=32)
        Numbering.apply(p, num_id)
        self.clauses.append("%d.%s" % (n, text))
        return p


def alloc_table(doc, body, rows, total_label, head=("推荐单位", "名额"), repeat=False):
    t = doc.add_table(rows=1, cols=2)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        cell_text(t.rows[0].cells[i], h, font=HEI, size=14)
    if repeat:
        repeat_header(t.rows[0])
    for unit, n in rows + [(total_label, str(sum(int(x) for _, x in rows)))]:
        r = t.add_row()
        cell_text(r.cells[0], unit)
        cell_text(r.cells[1], n)
        body.clauses.append("%s：%s；%s：%s" % (head[0], unit, head[1], n))
    for r in t.rows:
        r.cells[0].width = Cm(10)
        r.cells[1].width = Cm(4)
        row_height(r, 0.8)
    return t


def form_table(doc, title, areas):
    para(doc, [("附件1", dict(font=HEI))], page_break_before=True)
    para(doc)
    para(doc, [(title, dict(font=XBS, size=18))], align="c", line=30)
    para(doc, [("推荐单位（盖章）：", dict(size=12)), ("                          ", dict(size=12)),
               ("填表日期：    年  月  日", dict(size=12))], line=24)
    t = doc.add_table(rows=9, cols=7)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = lambda r, k: t.cell(r, k)
    lab = dict(size=12)
    for (r, k, s) in [(0, 0, "姓名"), (0, 2, "性别"), (0, 4, "出生年月"),
                      (1, 0, "政治面貌"), (1, 2, "学历学位"), (1, 4, "专业技术职称"),
                      (2, 0, "工作单位及职务"), (3, 0, "手机"), (3, 2, "电子邮箱"),
                      (4, 0, "专业领域"), (5, 0, "主要学习和工作经历"),
                      (6, 0, "主要业绩\n（含课题研究、制度创新成果、获奖情况等）"),
                      (7, 0, "本人承诺"), (8, 0, "推荐单位意见")]:
        cell_text(c(r, k), s, **lab)
    ph = c(0, 6).merge(c(2, 6))
    cell_text(ph, "（照片）", size=12)
    c(2, 1).merge(c(2, 5))
    c(3, 3).merge(c(3, 6))
    cell_text(c(4, 1).merge(c(4, 6)), "　".join("☐" + a for a in areas), size=12, align="l")
    c(5, 1).merge(c(5, 6))
    c(6, 1).merge(c(6, 6))
    cell_text(c(7, 1).merge(c(7, 6)),
              "本人承诺以上所填信息真实、准确，愿意按要求参加专家库相关工作。\n\n"
              "本人签字：                    年    月    日", size=12, align="l")
    cell_text(c(8, 1).merge(c(8, 6)),
              "\n\n\n（盖章）\n年    月    日", size=12, align="r")
    heights = [1.0, 1.0, 1.0, 1.0, 1.6, 3.2, 5.6, 2.2, 3.0]
    for r, h in zip(t.rows, heights):
        row_height(r, h)
    return t


def summary_table(doc, title, landscape=False, n_empty=10):
    if landscape:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
        sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
        sec.left_margin, sec.right_margin = Cm(3.2), Cm(3.0)
        para(doc, [("附件2", dict(font=HEI))])
    else:
        para(doc, [("附件2", dict(font=HEI))], page_break_before=True)
    para(doc)
    para(doc, [(title, dict(font=XBS, size=18))], align="c", line=30)
    para(doc, [("推荐单位（盖章）：                      联系人：              联系电话：", dict(size=12))],
         line=24)
    heads = ["序号", "姓名", "性别", "出生年月", "工作单位及职务", "职称", "专业领域", "联系电话", "备注"]
    t = doc.add_table(rows=1 + n_empty, cols=len(heads))
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, font=HEI, size=12)
    for r in t.rows:
        row_height(r, 0.9)
    para(doc, [("注：请按推荐优先顺序排列。", dict(size=12))], line=24)
    return t


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_726", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================= 1. 浙江 (红头文件)
def make_zhejiang():
    doc = Document()
    setup(doc, "dash")
    para(doc, line=0)
    para(doc, [("浙江省商务厅文件", dict(font=XBS, size=40, color=RED))], align="c", line=0)
    para(doc)
    para(doc, [("浙商务发〔2025〕112号", dict(ascii_font="Times New Roman"))], align="c")
    rl = para(doc, line=10)
    border(rl, "bottom", "FF0000", 18)
    para(doc)
    title = "浙江省商务厅关于推荐中国（浙江）自由贸易试验区制度创新专家库成员的通知"
    para(doc, [(title, dict(font=XBS, size=22))], align="c", line=36)
    para(doc)
    para(doc, "各市商务局，中国（浙江）自由贸易试验区各片区管委会：")
    b = Body(doc)
    b.p("为深入实施自由贸易试验区提升战略，进一步发挥专家智库在制度创新中的支撑作用，根据《中国（浙江）"
        "自由贸易试验区条例》和省委、省政府关于高水平建设自由贸易试验区的部署要求，省商务厅（省自贸办）决定组建\n"
        "中国（浙江）自由贸易试验区制度创新专家库（以下简称专家库）。现就推荐专家库成员有关事项通知如下：")
    b.h1("一、推荐条件")
    b.h2("（一）基本条件")
    b.p("1.拥护党的路线方针政策，遵纪守法，坚持原则，作风正派，具有良好的职业道德和学术声誉。")
    b.p("2.熟悉自由贸易试验区建设有关法律法规和政策，在相关领域从事研究或实务工作满8年，具有副高级及以上专业技术职称或相当层级职务。")
    b.p("3.身体健康，年龄一般不超过65周岁（1960年1月1日以后出生），两院院士、国家级人才计划入选者等可适当放宽。")
    b.p("4.能够按要求参加专家库组织的咨询论证、评估评审、实地调研等活动，近三年内无不良信用记录。")
    b.runin("（二）专业条件。", "推荐人选应在以下一个或多个领域具有突出研究成果或丰富实践经验：", head_font=KAI)
    b.p("1.投资自由化便利化、外商投资准入和管理；")
    b.p("2.贸易便利化、海关监管、跨境电商、数字贸易；")
    b.p("3.金融开放创新、跨境人民币、外汇管理；")
    b.p("4.油气全产业链、航运物流、大宗商品贸易；")
    b.p("5.知识产权保护、涉外法治、商事争端解决；")
    b.p("6.政府职能转变、事中事后监管、营商环境评估。")
    b.runin("（三）优先条件。", "具有以下情形之一的，同等条件下优先推荐：", head_font=KAI)
    b.p("1.主持或参与过国家级、省级自由贸易试验区制度创新案例总结评估工作的；")
    b.p("2.相关研究成果获得省部级以上领导肯定性批示或被有关部门采纳的；")
    b.p("3.在共建“一带一路”国家和地区、RCEP成员国有工作或研究经历的。")
    b.h1("二、推荐名额")
    b.p("本次共推荐专家库成员40名，各单位推荐名额详见下表。各单位推荐人数不得超过分配名额，"
        "其中来自高校、科研院所的人选原则上不少于本单位推荐总数的三分之一。")
    rows = [("杭州市商务局", "4"), ("宁波市商务局", "4"), ("温州市商务局", "2"), ("嘉兴市商务局", "2"),
            ("湖州市商务局", "2"), ("绍兴市商务局", "2"), ("金华市商务局", "2"), ("衢州市商务局", "1"),
            ("舟山市商务局", "2"), ("台州市商务局", "2"), ("丽水市商务局", "1"),
            ("舟山片区管委会", "4"), ("宁波片区管委会", "4"), ("杭州片区管委会", "4"),
            ("金义片区管委会", "4")]
    alloc_table(doc, b, rows, "合计")
    para(doc)
    b.h1("三、推荐程序")
    b.runin("（一）个人申报。", "符合条件的人员填写《中国（浙江）自由贸易试验区制度创新专家推荐表》（附件1），"
            "经所在单位同意后向所在地市商务局或片区管委会申报。", head_font=KAI, bold=False)
    b.runin("（二）单位审核。", "各市商务局、各片区管委会要严格把关，对申报人员的政治素质、专业能力、工作业绩等进行审核，"
            "择优确定推荐人选，并在本单位范围内公示不少于5个工作日。", head_font=KAI, bold=False)
    b.runin("（三）择优遴选。", "省商务厅组织有关方面对推荐人选进行综合评审，确定拟入库专家名单，经省自贸办审定后发文公布，"
            "并颁发聘书。专家库成员聘期3年，实行动态管理。", head_font=KAI, bold=False)
    b.h1("四、材料报送")
    b.p("请各单位于2025年10月17日前将推荐表（附件1）、推荐汇总表（附件2）纸质材料一式两份（加盖公章）报送省商务厅自贸区处，"
        "电子版（Word格式及盖章扫描件）同时发送至邮箱zmqzjk@zcom.zj.gov.cn。逾期未报送的视为放弃推荐。")
    b.p("联系人：陈晓东，电话：0571-87701236；")
    p = para(doc, [("　　　　沈佳怡，电话：0571-87701258（兼传真）。", {})])
    b.clauses.append("沈佳怡，电话：0571-87701258（兼传真）。")
    b.p("地址：杭州市省府路8号省府大楼6号楼，邮编：310025。")
    para(doc)
    att = ["中国（浙江）自由贸易试验区制度创新专家推荐表", "中国（浙江）自由贸易试验区制度创新专家推荐汇总表"]
    para(doc, "附件：1." + att[0], first=32, left=0)
    para(doc, "　　　　　2." + att[1])
    para(doc)
    para(doc)
    para(doc, "                                        浙江省商务厅")
    para(doc, "                                       2025年9月16日")
    para(doc)
    para(doc, "（此件公开发布）", first=32)
    form_table(doc, att[0], ["投资管理", "贸易便利化", "金融开放", "跨境电商", "数字贸易",
                             "航运物流", "涉外法治", "其他：________"])
    summary_table(doc, att[1])
    # 版记 as a lined table at the very end
    para(doc)
    para(doc)
    t = doc.add_table(rows=2, cols=1)
    banji_borders(t)
    cell_text(t.cell(0, 0), "抄送：省自贸办各成员单位，省人力社保厅。", size=14, align="l", line=28)
    cell_text(t.cell(1, 0), "浙江省商务厅办公室                            2025年9月16日印发",
              size=14, align="l", line=28)
    name = "blind726_zhejiang_tongzhi"
    doc.save(os.path.join(HERE, name + ".docx"))
    meta = {
        "title": title,
        "doc_number": "浙商务发〔2025〕112号",
        "issuer": ["浙江省商务厅"],
        "date": "2025-09-16",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各市商务局", "中国（浙江）自由贸易试验区各片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": b.clauses}]


# ======================================================= 2. 陕西 (函, Word自动编号)
def make_shaanxi():
    doc = Document()
    setup(doc, "total")
    num = Numbering(doc)
    para(doc, [("陕西省商务厅", dict(font=XBS, size=36, color=RED))], align="c", line=0, before=12)
    rl = para(doc, line=8)
    border(rl, "bottom", "FF0000", 24, val="thickThinSmallGap")
    para(doc, [("陕商函〔2026〕45号", dict(ascii_font="Times New Roman"))], align="r")
    para(doc)
    # title typed as two separate paragraphs
    para(doc, [("陕西省商务厅关于推荐中国（陕西）", dict(font=XBS, size=22))], align="c", line=36)
    para(doc, [("自由贸易试验区制度创新专家库成员的通知", dict(font=XBS, size=22))], align="c", line=36)
    title = "陕西省商务厅关于推荐中国（陕西）自由贸易试验区制度创新专家库成员的通知"
    para(doc)
    para(doc, "各设区市商务局，杨凌示范区管委会，西咸新区管委会，中国（陕西）自由贸易试验区各片区管委会：")
    b = Body(doc)
    b.p("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推进中国（陕西）自由贸易试验区高水平建设，"
        "更好服务共建“一带一路”和中欧班列（西安）集结中心建设，省商务厅（省自贸办）拟建立中国（陕西）自由贸易试验区"
        "制度创新专家库。现就有关事项通知如下：")
    para(doc)
    b.h1("一、推荐条件")
    b.h2("（一）基本条件")
    n1 = num.new_list()
    for i, t in enumerate(["政治立场坚定，拥护中国共产党领导，遵守宪法和法律法规，具有良好的职业道德。",
              "具有本科及以上学历和副高级及以上专业技术职称，或在相关领域担任中层及以上管理职务满5年。",
              "年龄在65周岁以下，身体健康，能够履行专家职责，按时参加论证评估等活动。"], 1):
        b.auto(n1, t, i)
    b.h2("（二）专业领域")
    n2 = num.new_list()
    items2 = ["投资管理、外商投资促进和服务；",
              "贸易监管、综合保税区、跨境电商、中欧班列物流组织；",
              "金融开放、跨境结算和汇率避险；",
              "农业科技国际合作、上海合作组织农业技术交流培训示范基地建设；",
              "法治保障、知识产权、营商环境评价。"]
    for i, t in enumerate(items2, 1):
        b.auto(n2, t, i)
    # full sentence that looks like a heading -> it is a clause
    para(doc, [("（三）有下列情形之一的，不得推荐：", dict(font=KAI))], first=32)
    b.clauses.append("（三）有下列情形之一的，不得推荐：")
    n3 = num.new_list()
    items3 = ["受到党纪政务处分且在影响期内或受到刑事处罚的；",
              "被列入失信被执行人名单的；",
              "存在学术不端行为的。"]
    for i, t in enumerate(items3, 1):
        b.auto(n3, t, i)
    para(doc)
    b.h1("二、推荐名额")
    b.p("本次共推荐40名，具体名额分配见下表（含市级推荐名额和片区推荐名额）。")
    rows = [("西安市商务局", "4"), ("铜川市商务局", "1"), ("宝鸡市商务局", "2"), ("咸阳市商务局", "2"),
            ("渭南市商务局", "2"), ("延安市商务局", "1"), ("汉中市商务局", "2"), ("榆林市商务局", "2"),
            ("安康市商务局", "1"), ("商洛市商务局", "1"), ("杨凌示范区管委会", "2"), ("西咸新区管委会", "3"),
            ("中心片区管委会", "8"), ("西安国际港务区片区管委会", "6"), ("杨凌示范区片区管委会", "3")]
    alloc_table(doc, b, rows, "合计", head=("推荐单位", "推荐名额（名）"), repeat=True)
    b.p("推荐人选不足分配名额的，可书面说明情况；超过分配名额的，按推荐排序择优确定。")
    para(doc)
    b.h1("三、推荐程序")
    b.runin("（一）组织推荐。", "各推荐单位在本地区、本片区范围内广泛发布推荐通知，通过个人自荐、单位推荐等方式产生候选人选。",
            head_font=KAI, bold=False)
    b.runin("（二）审核公示。", "推荐单位对候选人选进行审核把关，确定推荐人选并排序，在本单位进行不少于5个工作日的公示。",
            head_font=KAI, bold=False)
    b.runin("（三）遴选确定。", "省商务厅组织专家对推荐人选进行评审，择优确定专家库成员，报省自由贸易试验区工作领导小组办公室审定后公布。",
            head_font=KAI, bold=False)
    para(doc)
    b.h1("四、材料报送")
    b.p("请于2026年3月31日（星期二）前将以下材料报送省商务厅自由贸易试验区发展处：")
    b.p("（一）《专家推荐表》（附件1）一式三份；")
    b.p("（二）《推荐汇总表》（附件2）一份，加盖推荐单位公章；")
    b.p("（三）推荐人选身份证、学历学位证书、职称证书复印件及主要业绩证明材料。")
    b.p("电子版材料请同时发送至电子邮箱：sxzmq_zjk@126.com。")
    b.p("联系人：赵一鸣  029-63913572")
    para(doc, "　　　　　 郭  静  029-63913568", first=32)
    b.clauses.append("郭  静  029-63913568")
    b.p("特此通知。")
    para(doc)
    att = ["陕西自贸试验区制度创新专家推荐表", "陕西自贸试验区制度创新专家推荐汇总表"]
    para(doc, "附件：1." + att[0], first=32)
    para(doc, "2." + att[1], left=80)
    para(doc)
    para(doc)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 1), "陕西省商务厅", size=16, line=28)
    cell_text(t.cell(1, 1), "2026年3月9日", size=16, line=28)
    for r in t.rows:
        r.cells[0].width = Cm(8)
        r.cells[1].width = Cm(7)
    form_table(doc, att[0], ["投资管理", "贸易监管", "综合保税区", "跨境电商", "中欧班列",
                             "金融开放", "农业国际合作", "法治保障", "其他"])
    summary_table(doc, att[1], n_empty=12)
    name = "blind726_shaanxi_tongzhi"
    doc.save(os.path.join(HERE, name + ".docx"))
    meta = {
        "title": title,
        "doc_number": "陕商函〔2026〕45号",
        "issuer": ["陕西省商务厅"],
        "date": "2026-03-09",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "杨凌示范区管委会", "西咸新区管委会",
                       "中国（陕西）自由贸易试验区各片区管委会"],
        "publicity": None,
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": b.clauses}]


# ======================================================= 3. 福建 (联合发文)
def make_fujian():
    doc = Document()
    setup(doc, "hyphen")
    # joint 版头 laid out with a borderless table: two organs + merged "文件"
    para(doc, line=0)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["福建省商务厅", "福建省教育厅"]):
        cell_text(t.cell(i, 0), org, font=XBS, size=32, align="d", line=44, color=RED)
    wj = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(wj, "文件", font=XBS, size=40, line=60, color=RED)
    from docx.enum.table import WD_ALIGN_VERTICAL
    wj.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for r in t.rows:
        r.cells[0].width = Cm(11)
        r.cells[1].width = Cm(4)
    para(doc)
    para(doc, [("闽商务〔2025〕58号", dict(ascii_font="Times New Roman"))], align="c")
    rl = para(doc, line=10)
    border(rl, "bottom", "FF0000", 18)
    para(doc)
    para(doc, [("福建省商务厅 福建省教育厅\n关于推荐中国（福建）自由贸易试验区\n制度创新专家库成员的通知",
                dict(font=XBS, size=22))], align="c", line=36)
    title = "福建省商务厅 福建省教育厅关于推荐中国（福建）自由贸易试验区制度创新专家库成员的通知"
    para(doc)
    para(doc, "各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区各片区管委会，各有关高校：")
    b = Body(doc)
    b.p("为贯彻落实《中国（福建）自由贸易试验区条例》，深化两岸融合发展和21世纪海上丝绸之路核心区建设中的制度创新，"
        "充分发挥高校、科研院所和实务部门专家的智力支撑作用，省商务厅、省教育厅决定联合组建中国（福建）自由贸易试验区"
        "制度创新专家库（以下简称“专家库”）。现将推荐工作有关事项通知如下：")
    b.h1("一、推荐条件")
    b.runin("（一）政治素质好。", "坚持以习近平新时代中国特色社会主义思想为指导，拥护党的路线方针政策，遵守国家法律法规，恪守学术道德和职业操守。")
    b.runin("（二）专业水平高。", "推荐人选应同时具备以下条件：")
    b.p("1．具有高级专业技术职称，或在党政机关、企事业单位担任处级以上职务；")
    b.p("2．在以下领域之一从事研究或实务工作5年以上：")
    b.p("（1）投资贸易便利化、外商投资管理；")
    b.p("（2）对台经贸合作、两岸标准共通；")
    b.p("（3）跨境电商、丝路海运、中欧班列（厦门）等国际物流通道建设；")
    b.p("（4）金融开放、跨境投融资；")
    b.p("（5）综合保税区、海关特殊监管区域政策。")
    b.p("3．近五年主持或参与过省部级以上相关课题研究，或形成的制度创新成果被国家有关部委、省委省政府复制推广。")
    b.runin("（三）履职条件好。", "身体健康，年龄原则上不超过60周岁，能够保证参加专家库相关活动的时间和精力。台港澳专家、外籍专家可不受年龄限制。")
    b.h1("二、推荐名额")
    b.p("本次拟遴选专家40名，名额分配如下表。高校推荐人选直接报送省教育厅，其余单位推荐人选报送省商务厅。")
    rows = [("福州市商务局", "3"), ("厦门市商务局", "4"), ("莆田市商务局", "1"), ("三明市商务局", "1"),
            ("泉州市商务局", "3"), ("漳州市商务局", "2"), ("南平市商务局", "1"), ("龙岩市商务局", "1"),
            ("宁德市商务局", "1"), ("平潭综合实验区经济发展局", "2"), ("福州片区管委会", "4"),
            ("厦门片区管委会", "5"), ("平潭片区管委会", "3"), ("厦门大学", "5"), ("福州大学", "4")]
    alloc_table(doc, b, rows, "合  计", head=("推荐单位", "名额（名）"))
    b.h1("三、推荐程序")
    b.p("（一）各设区市商务局、平潭综合实验区经济发展局负责本地区推荐工作，各片区管委会负责本片区推荐工作，有关高校负责本校推荐工作。")
    b.p("（二）推荐单位应坚持公开、公平、择优原则，不得超额推荐，并对推荐人选材料的真实性负责。")
    b.p("（三）省商务厅、省教育厅将组织对推荐人选进行资格审查和综合评议，确定入库名单后另行发文公布。")
    b.h1("四、材料报送")
    b.p("请于2025年12月19日前将加盖公章的《专家推荐表》（附件1）和《推荐汇总表》（附件2）纸质件报送至相应部门，"
        "同时将电子版发送至指定邮箱。")
    b.p("（一）省商务厅自贸试验区综合处。联系人：林若帆，电话：0591-87850312，邮箱：fjzmq_zjk@163.com。")
    b.p("（二）省教育厅科技处。联系人：黄  振，电话：0591-87091207，邮箱：fjjyt_kjc@163.com。")
    para(doc)
    att = ["中国（福建）自由贸易试验区制度创新专家推荐表", "专家推荐人选汇总表"]
    para(doc, "附件：1．" + att[0] + "\n　　　2．" + att[1], first=32)
    para(doc)
    para(doc)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "福建省商务厅", size=16, line=28)
    cell_text(t.cell(0, 1), "福建省教育厅", size=16, line=28)
    cell_text(t.cell(1, 0).merge(t.cell(1, 1)), "二〇二五年十一月二十日", size=16, line=28, align="r")
    para(doc)
    para(doc, "（此件主动公开）", first=32)
    para(doc)
    cc = para(doc, "抄送：省委教育工委，省自贸办各成员单位，福州海关、厦门海关。", left=14)
    border(cc, "top", "000000", 8)
    border(cc, "bottom", "000000", 4)
    yf = para(doc, "福建省商务厅办公室                   2025年11月20日印发", left=14)
    border(yf, "bottom", "000000", 8)
    form_table(doc, att[0], ["投资贸易便利化", "对台经贸合作", "跨境电商", "国际物流通道",
                             "金融开放", "综合保税区", "其他"])
    summary_table(doc, att[1], landscape=True, n_empty=8)
    name = "blind726_fujian_tongzhi"
    doc.save(os.path.join(HERE, name + ".docx"))
    meta = {
        "title": title,
        "doc_number": "闽商务〔2025〕58号",
        "issuer": ["福建省商务厅", "福建省教育厅"],
        "date": "2025-11-20",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "平潭综合实验区经济发展局",
                       "中国（福建）自由贸易试验区各片区管委会", "各有关高校"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return name, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (make_zhejiang, make_shaanxi, make_fujian):
        name, objs = fn()
        expected[name] = objs
        convert(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
