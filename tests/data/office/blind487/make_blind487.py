# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind round 487: documents whose body is partly in a two-column section.

Writes next to itself:
  blind487_xiamen_tongzhi.docx / .pdf   (joint notice, items in two columns, Word numbering)
  blind487_chengdu_gonggao.docx / .pdf  (policy-compilation style 公告, articles in two columns,
                                          last article back in one column)
  blind487_henan_tongzhi.docx / .pdf    (list notice, long table flowing across two columns)
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
BR = object()  # soft line break marker
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

RPR_AFTER_W = ("w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
               "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
               "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


# ---------------------------------------------------------------- helpers
def style_run(run, font=FS, size=16, bold=False, color=None, scale=None, spacing=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    if color is not None:
        run.font.color.rgb = color
    rPr = run._r.get_or_add_rPr()
    rPr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if spacing is not None:  # character spacing in twentieths of a point
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rPr.insert_element_before(sp, "w:w", *RPR_AFTER_W)
    if scale is not None:  # horizontal character scaling in percent
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rPr.insert_element_before(w, *RPR_AFTER_W)
    return run


def fill(p, runs, default):
    for r in runs:
        if r is BR:
            p.add_run().add_break()
            continue
        if isinstance(r, str):
            text, kw = r, {}
        else:
            text, kw = r
        k = dict(default)
        k.update(kw)
        style_run(p.add_run(text), **k)


def fmt(p, align=None, first=None, left=None, line=None, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if left is not None:
        pf.left_indent = Pt(left)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(
            pBdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
            "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
            "w:rPr", "w:sectPr", "w:pPrChange")
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pBdr.append(e)


def set_cols(section, num, space_mm=10, sep=False):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.insert_element_before(
            cols, "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
            "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")
    for k in list(cols.attrib):
        del cols.attrib[k]
    for ch in list(cols):
        cols.remove(ch)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(round(space_mm * 56.7))))
    if sep:
        cols.set(qn("w:sep"), "1")


def page_setup(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = C

    def fld(kind):
        r = p.add_run()
        style_run(r, SONG, 14)
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r._r.append(f)

    style_run(p.add_run("— "), SONG, 14)
    fld("begin")
    r = p.add_run()
    style_run(r, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    fld("separate")
    style_run(p.add_run("1"), SONG, 14)
    fld("end")
    style_run(p.add_run(" —"), SONG, 14)


def table_borders(table, spec):
    """spec: dict side -> (val, sz); missing sides are set to nil."""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if side in spec:
            val, sz = spec[side]
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                "w:tblCaption", "w:tblDescription")


def set_widths(table, widths_mm):
    table.autofit = False
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
        for cell in table.columns[i].cells:
            cell.width = Mm(w)
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.insert_element_before(tblW, "w:jc", "w:tblCellSpacing", "w:tblInd",
                                    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar",
                                    "w:tblLook")
    tblW.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tblW.set(qn("w:type"), "dxa")


def cell_text(cell, runs, align=L, line=None, default=None):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=line)
    fill(p, runs, default or {})
    return p


def add_numbering(doc, num_id, lvl_text, fmt_val="decimal", font=FS):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="%s"/><w:sz w:val="28"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), num_id, fmt_val, lvl_text, font))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))


def set_num(p, num_id):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


class Builder:
    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
        page_setup(self.d.sections[0])
        page_number_footer(self.d.sections[0])
        self.clauses = []

    def p(self, runs, clause=False, default=None, **kw):
        p = self.d.add_paragraph()
        fmt(p, **kw)
        fill(p, runs, default or {})
        if clause:
            self.clauses.append("".join(
                (r if isinstance(r, str) else r[0]) for r in runs if r is not BR))
        return p

    def empty(self, n=1, size=16, line=28):
        for _ in range(n):
            p = self.d.add_paragraph()
            fmt(p, line=line)
            style_run(p.add_run(""), FS, size)

    # one-column body paragraph (三号仿宋, 28pt fixed)
    def body1(self, runs, clause=True):
        return self.p(runs, clause, {"font": FS, "size": 16}, align=J, first=32, line=28)

    # two-column body paragraph (四号仿宋, 23pt fixed)
    def body2(self, runs, clause=True):
        return self.p(runs, clause, {"font": FS, "size": 14}, align=J, first=28, line=23)

    def head2(self, text, font=HT, bold=False):
        return self.p([text], False, {"font": font, "size": 14, "bold": bold},
                      align=L, first=28, line=23)

    def section(self, cols, sep=False):
        self.d.add_section(WD_SECTION.CONTINUOUS)
        set_cols(self.d.sections[-1], cols, sep=sep)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.d.save(path)
        return path


def banji(b, chaosong, yinfa_org, yinfa_date, as_table=True):
    """版记: 抄送 and 印发 lines between horizontal rules."""
    if as_table:
        t = b.d.add_table(rows=2, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(t, [156])
        table_borders(t, {"top": ("single", 8), "bottom": ("single", 8),
                          "insideH": ("single", 4)})
        cell_text(t.cell(0, 0), [("抄送：" + chaosong, {})], align=L, line=22,
                  default={"font": FS, "size": 14})
        p = cell_text(t.cell(1, 0), [(yinfa_org, {}), ("        " + yinfa_date + "印发", {})],
                      align=L, line=22, default={"font": FS, "size": 14})
        return t
    p1 = b.p([("抄送：" + chaosong, {})], False, {"font": FS, "size": 14}, align=L,
             left=7, line=22)
    border(p1, "top", "000000", 8, 4)
    border(p1, "bottom", "000000", 4, 4)
    p2 = b.p([(yinfa_org + "　　" + yinfa_date + "印发", {})], False,
             {"font": FS, "size": 14}, align=L, left=7, line=22)
    border(p2, "bottom", "000000", 8, 4)


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_487", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- doc 1
def doc_xiamen():
    b = Builder()
    d = b.d
    add_numbering(d, 90, "%1.")

    # red header for a joint document: layout table, organ names distributed
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [112, 44])
    table_borders(t, {})
    for i, org in enumerate(["厦门市商务局", "厦门市财政局"]):
        cell_text(t.cell(i, 0), [(org, {})], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44,
                  default={"font": XBS, "size": 34, "color": RED})
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    cell_text(m, [("文件", {})], align=C, line=44,
              default={"font": XBS, "size": 40, "color": RED})
    b.empty(1)
    pn = b.p([("厦商务〔2025〕87号", {})], False, {"font": FS, "size": 16}, align=C, line=28,
             after=6)
    border(pn, "bottom", "FF0000", 18, 8)
    b.empty(1)
    # title with soft line breaks
    b.p([("厦门市商务局 厦门市财政局", {}), BR, ("关于组织申报2025年度跨境电子商务", {}), BR,
         ("发展扶持资金的通知", {})], False, {"font": XBS, "size": 22}, align=C, line=34)
    b.empty(1)
    b.p([("各区商务局，各区财政局，火炬高新区经济发展局，各有关企业：", {})], False,
        {"font": FS, "size": 16}, align=L, line=28)
    b.body1([("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）"
              "和《厦门市进一步促进跨境电子商务高质量发展若干措施》（厦府办规〔2024〕9号）精神，"
              "支持我市跨境电商产业集聚发展，现就组织申报2025年度跨境电子商务发展扶持资金有关事项"
              "通知如下：", {})])

    # ---- two columns with a separator line
    b.section(2, sep=True)
    b.head2("一、支持对象")
    b.body2([("在厦门市行政区域内依法注册登记、具有独立法人资格，海关信用等级为一般信用及以上，"
              "近三年内未发生重大违法违规行为的跨境电商企业、跨境电商平台企业和跨境电商服务企业。", {})])
    b.head2("二、支持内容")
    items = [
        ("（一）跨境电商出口业务奖励。",
         "对2024年度通过“9610”“9710”“9810”模式在厦门海关关区申报出口，且出口额达到500万美元"
         "以上的企业，按出口额每美元0.02元人民币给予奖励，单家企业最高不超过100万元。"),
        ("（二）跨境电商进口业务奖励。",
         "对2024年度通过“1210”模式在厦门象屿综合保税区、厦门海沧港综合保税区开展网购保税进口业务，"
         "且进口额同比增长10%以上的企业，按增量部分每美元0.01元人民币给予奖励，单家企业最高不超过"
         "50万元。"),
        ("（三）海外仓建设支持。",
         "对在“一带一路”共建国家和地区新建或租用海外仓，单仓面积达到3000平方米以上且年度服务本市"
         "企业20家以上的，按实际投入的20%给予补助，单个海外仓最高不超过80万元。"),
        ("（四）公共服务平台支持。",
         "对为本市跨境电商企业提供通关、物流、支付结汇、海外营销等综合服务，年度服务企业数量达到"
         "50家以上的公共服务平台，给予一次性30万元奖励。"),
    ]
    for head, text in items:
        b.body2([(head, {"bold": True}), (text, {})])
    b.head2("三、申报材料")
    mats = [
        "厦门市跨境电商扶持资金申报表（附件1）；",
        "企业营业执照复印件；",
        "2024年度跨境电商进出口数据统计表及海关报关单据清单；",
        "海外仓租赁合同或产权证明、投入凭证（申报海外仓建设支持的提供）；",
        "申报企业承诺书（附件2）。",
    ]
    for i, m_ in enumerate(mats, 1):
        p = b.p([(m_, {})], False, {"font": FS, "size": 14}, align=J, line=23)
        set_num(p, 90)
        p.paragraph_format.first_line_indent = Pt(28)
        b.clauses.append("%d.%s" % (i, m_))
    b.body2([("以上材料一式两份，加盖企业公章，并提供电子版。", {})])
    b.head2("四、申报程序")
    steps = [
        ("（一）企业申报。",
         "申报企业于2025年5月6日至5月30日登录“厦门市商务发展专项资金管理系统”在线填报，并将纸质"
         "材料报送注册地所在区商务局。"),
        ("（二）区级初审。",
         "各区商务局会同区财政局对申报材料进行初审，于2025年6月13日前将初审意见和汇总表报送市商务局。"),
        ("（三）市级审核。",
         "市商务局委托第三方机构对申报材料进行审核，会同市财政局研究确定扶持资金安排计划，并在市商务局"
         "门户网站公示5个工作日。"),
    ]
    for head, text in steps:
        b.body2([(head, {"font": KT}), (text, {})])
    b.head2("五、有关要求")
    b.body2([("（一）申报企业对申报材料的真实性负责。对弄虚作假、骗取扶持资金的，一经查实，追回已拨付资金，"
              "三年内取消申报资格，并依法依规追究责任。", {})])
    b.body2([("（二）同一项目已获得市级其他财政资金支持的，不得重复申报。", {})])
    b.body2([("联系人及电话：市商务局电子商务处，陈先生，0592-2851736；", {}), BR,
             ("市财政局经济建设处，林女士，0592-2853421。", {})])

    # ---- back to one column
    b.section(1)
    b.empty(1)
    b.p([("附件：1.厦门市跨境电商扶持资金申报表", {})], False, {"font": FS, "size": 16},
        align=L, first=32, line=28)
    b.p([("　　　2.申报企业承诺书", {})], False, {"font": FS, "size": 16},
        align=L, first=32, line=28)
    b.empty(2)
    b.p([("        厦门市商务局                  厦门市财政局", {})], False,
        {"font": FS, "size": 16}, align=L, line=28)
    b.empty(1)
    b.p([("                                   2025年4月18日", {})], False,
        {"font": FS, "size": 16}, align=L, line=28)
    b.empty(1)
    b.p([("（此件公开发布）", {})], False, {"font": FS, "size": 16}, align=L, first=32,
        line=28)
    banji(b, "国家税务总局厦门市税务局，厦门海关，中国人民银行厦门市分行。",
          "厦门市商务局办公室", "2025年4月18日", as_table=True)

    stem = "blind487_xiamen_tongzhi"
    path = b.save(stem)
    meta = {
        "title": "厦门市商务局 厦门市财政局关于组织申报2025年度跨境电子商务发展扶持资金的通知",
        "doc_number": "厦商务〔2025〕87号",
        "issuer": ["厦门市商务局", "厦门市财政局"],
        "date": "2025-04-18",
        "published": "2025-04-18",
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": ["厦门市跨境电商扶持资金申报表", "申报企业承诺书"],
        "doc_type": "通知",
        "recipients": ["各区商务局", "各区财政局", "火炬高新区经济发展局", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses}]


# ---------------------------------------------------------------- doc 2
def doc_chengdu():
    b = Builder()
    org = "成都国际铁路港经济技术开发区管理委员会"
    b.empty(1)
    b.p([(org, {})], False, {"font": XBS, "size": 28, "color": RED, "scale": 78},
        align=C, line=40)
    b.empty(1)
    pn = b.p([("成铁港管发〔2025〕14号", {})], False, {"font": FS, "size": 16}, align=C,
             line=28, after=4)
    border(pn, "bottom", "FF0000", 18, 6)
    b.empty(1)
    b.p([(org, {}), BR, ("关于支持中欧班列（成渝）高质量发展", {}), BR, ("若干政策的公告", {})],
        False, {"font": XBS, "size": 22}, align=C, line=34)
    b.empty(1)
    b.body1([("为深入落实共建“一带一路”倡议和成渝地区双城经济圈建设部署，加快建设国际门户枢纽，"
              "推动中欧班列（成渝）高质量发展，促进开发区外向型经济发展，经管委会研究同意，"
              "现就有关支持政策公告如下：", {})])

    # ---- policy-compilation page: two columns, no separator line
    b.section(2, sep=False)
    arts = [
        ("一、班列运营", [
            ("第一条", "适用范围",
             "本公告所称企业，是指在成都国际铁路港经济技术开发区（以下简称开发区）依法注册登记、"
             "具有独立法人资格、税收征管关系在开发区的企业，包括在成都国际铁路港综合保税区和中国"
             "（四川）自由贸易试验区成都青白江铁路港片区内注册的企业。"),
            ("第二条", "货源组织奖励",
             "对通过中欧班列（成渝）发运进出口货物，且年度发运量达到100标准箱以上的货代企业和"
             "贸易企业，按每标准箱去程300元、回程500元给予奖励，单家企业年度奖励最高不超过200万元。"),
            ("第三条", "新线路开拓",
             "对开发区注册的班列运营平台公司新开辟通往“一带一路”共建国家的中欧班列、中亚班列线路，"
             "且年度开行10列以上的，每条线路给予一次性50万元奖励。"),
            ("第四条", "“班列+”多式联运",
             "对开展“中欧班列+西部陆海新通道”“中欧班列+跨境电商”等多式联运业务，年度箱量达到"
             "200标准箱以上的企业，按每标准箱200元给予奖励，单家企业年度最高不超过100万元。"),
        ]),
        ("二、口岸与保税", [
            ("第五条", "口岸功能拓展",
             "对依托成都铁路口岸开展整车、肉类、粮食、木材等指定监管场地业务的企业，年度进口货值达到"
             "1亿元以上的，按进口货值的0.5‰给予奖励，单家企业最高不超过100万元。"),
            ("第六条", "保税加工与保税维修",
             "对在成都国际铁路港综合保税区内新开展保税加工、保税维修、保税检测业务的企业，年度进出口额"
             "达到5000万元以上的，给予一次性30万元奖励；达到1亿元以上的，给予一次性60万元奖励。"),
            ("第七条", "保税物流分拨",
             "对在综合保税区内设立区域分拨中心，年度分拨货值达到2亿元以上的企业，按分拨货值的0.3‰"
             "给予奖励，单家企业最高不超过80万元。"),
        ]),
        ("三、贸易与投资", [
            ("第八条", "跨境电商发展",
             "对在开发区开展“9610”“1210”跨境电商业务，年度交易额达到1000万美元以上的企业，按交易额的"
             "0.5%给予奖励，单家企业最高不超过100万元。"),
            ("第九条", "铁路运输单证融资",
             "鼓励区内金融机构开展铁路运输单证、多式联运单证融资业务。对年度为区内企业提供铁路运输单证"
             "融资累计达到5000万元以上的银行，按融资额的0.2%给予奖励，单家机构最高不超过50万元。"),
            ("第十条", "外商投资",
             "对在开发区新设立的外商投资企业（不含房地产、金融类），实际到位外资金额达到1000万美元以上的，"
             "按实际到位外资金额的1%给予奖励，单个企业最高不超过500万元。"),
            ("第十一条", "总部企业落户",
             "对世界500强企业、中国500强企业在开发区设立区域总部或功能性总部的，经认定后给予一次性"
             "200万元落户奖励。"),
        ]),
        ("四、附则", [
            ("第十二条", "申报兑现",
             "本公告政策实行年度申报、集中兑现。企业于每年3月31日前向开发区经济发展局提交上一年度申报"
             "材料，经审核、公示后拨付奖励资金。"),
            ("第十三条", "叠加执行",
             "同一企业同一事项符合本公告及上级其他政策规定的，按照“从高、不重复”原则执行。企业弄虚作假"
             "骗取奖励资金的，追回已拨付资金，并依法依规处理。"),
            ("第十四条", "解释机关", "本公告由开发区经济发展局负责解释。"),
        ]),
    ]
    for head, lst in arts:
        # chapter-like heading typed as a bold 仿宋 run, centred
        b.p([(head, {})], False, {"font": FS, "size": 14, "bold": True}, align=C, line=23,
            before=4)
        for no, name, text in lst:
            b.body2([(no + "　", {"font": HT}), ("【" + name + "】", {"bold": True}),
                     (text, {})])

    # ---- back to one column: the last article sits under the columns
    b.section(1)
    b.body1([("第十五条　", {"font": HT}), ("【施行日期】", {"bold": True}),
             ("本公告自2025年7月1日起施行，有效期至2027年6月30日。《成都国际铁路港经济技术开发区"
              "管理委员会关于促进国际班列发展的若干政策》（成铁港管发〔2023〕9号）同时废止。", {})])
    b.empty(2)
    b.p([(org, {})], False, {"font": FS, "size": 16}, align=R, line=28)
    b.p([("2025年6月20日　　　　", {})], False, {"font": FS, "size": 16}, align=R, line=28)
    b.empty(1)
    banji(b, "成都市商务局，成都海关，青白江区人民政府。",
          "成都国际铁路港经开区党政办公室", "2025年6月20日", as_table=False)

    stem = "blind487_chengdu_gonggao"
    path = b.save(stem)
    meta = {
        "title": "成都国际铁路港经济技术开发区管理委员会关于支持中欧班列（成渝）高质量发展若干政策的公告",
        "doc_number": "成铁港管发〔2025〕14号",
        "issuer": ["成都国际铁路港经济技术开发区管理委员会"],
        "date": "2025-06-20",
        "published": "2025-06-20",
        "level": "zone",
        "region": "成都国际铁路港经济技术开发区",
        "effective": "2025-07-01",
        "expires": "2027-06-30",
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《成都国际铁路港经济技术开发区管理委员会关于促进国际班列发展的若干政策》"
                   "（成铁港管发〔2023〕9号）",
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses}]


# ---------------------------------------------------------------- doc 3
COMPANIES = [
    ("郑州中原云仓供应链管理有限公司", "郑州市"),
    ("郑州豫丰跨境电子商务有限公司", "郑州市"),
    ("河南嵩岳国际贸易有限公司", "郑州市"),
    ("郑州航港优选进出口贸易有限公司", "航空港区"),
    ("河南中欧通达国际物流有限公司", "郑州市"),
    ("郑州金水河数字科技有限公司", "郑州市"),
    ("郑州绿城优品电子商务有限公司", "郑州市"),
    ("河南丝路云商网络科技有限公司", "航空港区"),
    ("洛阳牡丹汇跨境电商有限公司", "洛阳市"),
    ("洛阳伊河智造进出口有限公司", "洛阳市"),
    ("开封汴绣文创进出口有限公司", "开封市"),
    ("许昌瑞发发制品有限公司", "许昌市"),
    ("许昌宏丝假发进出口有限公司", "许昌市"),
    ("许昌鄢陵花木跨境贸易有限公司", "许昌市"),
    ("南阳卧龙玉雕进出口有限公司", "南阳市"),
    ("南阳宛西艾草制品有限公司", "南阳市"),
    ("新乡牧野电池科技有限公司", "新乡市"),
    ("焦作山阳铝材进出口有限公司", "焦作市"),
    ("商丘睢阳制鞋跨境电商有限公司", "商丘市"),
    ("周口淮阳户外用品有限公司", "周口市"),
    ("漯河沙澧食品进出口有限公司", "漯河市"),
    ("平顶山鹰城尼龙贸易有限公司", "平顶山市"),
    ("安阳殷都体育器材有限公司", "安阳市"),
    ("鹤壁淇河电子商务有限公司", "鹤壁市"),
    ("濮阳龙都家具跨境贸易有限公司", "濮阳市"),
    ("三门峡崤函果业进出口有限公司", "三门峡市"),
    ("信阳浉河茶业跨境电商有限公司", "信阳市"),
    ("驻马店天中农产品进出口有限公司", "驻马店市"),
    ("济源愚公户外装备有限公司", "济源示范区"),
    ("长垣起重机械跨境贸易有限公司", "新乡市"),
    ("郑州二七服装供应链有限公司", "郑州市"),
    ("巩义河洛耐材进出口有限公司", "郑州市"),
    ("新郑枣乡食品电子商务有限公司", "郑州市"),
    ("洛阳偃师摩托车配件有限公司", "洛阳市"),
    ("镇平玉都跨境电商有限公司", "南阳市"),
    ("汝州汝瓷文化传播有限公司", "平顶山市"),
]


def doc_henan():
    b = Builder()
    b.empty(1)
    b.p([("河南省商务厅文件", {})], False,
        {"font": XBS, "size": 40, "color": RED, "spacing": 20}, align=C, line=56)
    b.empty(2)
    b.p([("豫商电商〔2025〕21号", {})], False, {"font": FS, "size": 16}, align=C, line=28)
    # red rule as an empty paragraph with a bottom border
    rule = b.p([("", {})], False, {"font": FS, "size": 8}, align=C, line=8)
    border(rule, "bottom", "FF0000", 18, 1)
    b.empty(1)
    b.p([("河南省商务厅", {}), BR, ("关于公布2025年度河南省跨境电子商务", {}), BR,
         ("示范企业名单的通知", {})], False, {"font": XBS, "size": 22}, align=C, line=34)
    b.empty(1)
    b.p([("各省辖市商务局，济源示范区商务局，郑州航空港经济综合实验区经济发展局：", {})], False,
        {"font": FS, "size": 16}, align=J, line=28)
    b.body1([("根据《河南省跨境电子商务示范企业认定管理办法》（豫商电商〔2023〕15号），经企业申报、"
              "各地推荐、专家评审和网上公示，认定郑州中原云仓供应链管理有限公司等36家企业为2025年度"
              "河南省跨境电子商务示范企业，现予以公布。", {})])

    # ---- two columns: a long table flows from the left column into the right one
    b.section(2, sep=True)
    b.p([("2025年度河南省跨境电子商务示范企业名单", {})], False,
        {"font": HT, "size": 12}, align=C, line=20, after=4)
    hdr = ["序号", "企业名称", "所在地"]
    t = b.d.add_table(rows=1 + len(COMPANIES), cols=3)
    t.style = b.d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [10, 40, 23])
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    tr_pr.append(th)
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), [(h, {})], align=C, line=16,
                  default={"font": HT, "size": 10.5})
    for i, (name, place) in enumerate(COMPANIES, 1):
        vals = [str(i), name, place]
        for j, v in enumerate(vals):
            cell_text(t.cell(i, j), [(v, {})], align=(L if j == 1 else C), line=16,
                      default={"font": FS, "size": 10.5})
            t.cell(i, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, vals)))
    b.empty(1, size=14, line=12)
    b.body2([("希望示范企业珍惜荣誉，发挥示范引领作用，积极拓展“一带一路”共建国家和RCEP成员国市场，"
              "加快海外仓布局和品牌出海，带动全省跨境电商产业高质量发展。", {})])
    b.body2([("各地商务主管部门要加强对示范企业的跟踪服务，协调解决企业发展中遇到的困难和问题，在政策"
              "申报、展会推介、人才培训等方面给予重点支持，并于每年1月15日前将本地示范企业上年度经营"
              "情况报送省商务厅。", {})])
    b.body2([("示范企业实行动态管理，每三年复核一次。企业发生重大违法违规行为、被列入严重失信主体名单"
              "或者连续两年跨境电商进出口额下降超过30%的，取消其示范企业称号。", {})])

    # ---- back to one column
    b.section(1)
    b.empty(2)
    b.p([("河南省商务厅", {})], False, {"font": FS, "size": 16}, align=R, line=28)
    b.p([("2025年11月12日　　", {})], False, {"font": FS, "size": 16}, align=R, line=28)
    b.empty(1)
    b.p([("（此件公开发布）", {})], False, {"font": FS, "size": 16}, align=L, first=32,
        line=28)
    b.empty(3)
    banji(b, "商务部电子商务司，省发展改革委，郑州海关，国家税务总局河南省税务局。",
          "河南省商务厅办公室", "2025年11月12日", as_table=True)

    stem = "blind487_henan_tongzhi"
    path = b.save(stem)
    meta = {
        "title": "河南省商务厅关于公布2025年度河南省跨境电子商务示范企业名单的通知",
        "doc_number": "豫商电商〔2025〕21号",
        "issuer": ["河南省商务厅"],
        "date": "2025-11-12",
        "published": "2025-11-12",
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各省辖市商务局", "济源示范区商务局", "郑州航空港经济综合实验区经济发展局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (doc_xiamen, doc_chengdu, doc_henan):
        stem, path, objs = fn()
        to_pdf(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
