# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 266 blind test documents: 上行文 and internal papers of county/city offices on
一带一路, 自贸试验区片区, 口岸 and 跨境电商.

Writes next to itself:
  blind266_xinan_qingshi.docx/.pdf     新安县人民政府 请示（份号、特急、签发人、联系人）
  blind266_yueyang_baogao.docx/.pdf    岳阳市商务局 上半年岳阳片区工作报告（附件统计表）
  blind266_xiangyang_jiyao.docx/.pdf   襄阳市人民政府专题会议纪要（中欧班列；出席/列席、分送）
  blind266_heihe_han.docx/.pdf         黑河市商务局 致市财政局的函（信函格式、汇总表）
  expected.json
Run:  . /work/venv/bin/activate && python make_blind266.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

EXPECTED = {}


# --------------------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_field(paragraph, instr, font, size):
    def r():
        run = paragraph.add_run()
        set_font(run, font, size)
        return run
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); run._element.append(fc)
    run = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    run._element.append(it)
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); run._element.append(fc)
    run = r(); run.text = "1"
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); run._element.append(fc)


def setup_footer(section):
    """— N — page numbers: odd pages right, even pages left (GB/T 9704)."""
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        run = p.add_run("— ")
        set_font(run, SONG, 14)
        add_field(p, "PAGE", SONG, 14)
        run = p.add_run(" —")
        set_font(run, SONG, 14)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(28)
    section.bottom_margin = Mm(26)
    section.left_margin = Mm(37)
    section.right_margin = Mm(35)
    section.footer_distance = Mm(15)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.space_after = Pt(0)
    portrait(d.sections[0])
    d.settings.odd_and_even_pages_header_footer = True
    setup_footer(d.sections[0])
    return d


def para(d, runs, align=None, indent=2, size=16, spacing=28, left=None, right=None,
         before=0, after=0, keep=False):
    """runs: list of (text, font, bold[, color]); text '\\n' inside a run -> soft line break."""
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if align is not None:
        p.alignment = align
    if keep:
        pf.keep_with_next = True
    for r in runs:
        text, font, bold = r[0], r[1], r[2]
        color = r[3] if len(r) > 3 else None
        rsize = r[4] if len(r) > 4 else size
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break()
                set_font(br, font, rsize, bold, color)
            if part:
                run = p.add_run(part)
                set_font(run, font, rsize, bold, color)
    return p


def blank(d, spacing=28):
    return para(d, [("", FS, False)], indent=0, spacing=spacing)


def border(p, side, sz=8, color="000000", val="single", space=1):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:%s" % side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


class Doc:
    """A document plus its answer-key clauses."""

    def __init__(self):
        self.d = new_doc()
        self.clauses = []
        self.specific = {}
        self.size = 16
        self.spacing = 28

    def add(self, text, places=None):
        self.clauses.append(text)
        if places:
            key = text[:24]
            self.specific[key] = places

    # body paragraph = one clause
    def body(self, text, places=None, font=FS):
        para(self.d, [(text, font, False)], size=self.size, spacing=self.spacing)
        self.add(text, places)

    # run-in heading paragraph (bold/黑体 lead + text) = one clause
    def runin(self, lead, text, places=None, lead_font=HT, lead_bold=False):
        para(self.d, [(lead, lead_font, lead_bold), (text, FS, False)], size=self.size,
             spacing=self.spacing)
        self.add(lead + text, places)

    def heading(self, text, font=HT, bold=False):
        para(self.d, [(text, font, bold)], size=self.size, spacing=self.spacing, keep=True)


def red_masthead(d, lines, size, spacing=None):
    for ln in lines:
        para(d, [(ln, XBS, False, RED, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
             size=size, spacing=spacing or size + 8)


def doc_number_rule(d, number):
    blank(d)
    p = para(d, [(number, FS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    blank(d)


def title(d, text, size=22, spacing=35):
    para(d, [(text, XBS, False, None, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
         size=size, spacing=spacing)
    blank(d)


def mainsend(d, text):
    para(d, [(text, FS, False)], indent=0)


def signature(d, organ, date, soft=False, right_chars=4):
    blank(d)
    blank(d)
    if soft:
        p = para(d, [(organ + "\n" + date, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
                 indent=0, right=16 * right_chars)
    else:
        para(d, [(organ, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0,
             right=16 * (right_chars + 1))
        para(d, [(date, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0,
             right=16 * right_chars)


def banji(d, chaosong, organ, date, width_mm=156, blanks=2):
    """版记: 抄送 + 印发机关/印发日期 between black rules."""
    for _ in range(blanks):
        blank(d)
    p = para(d, [(chaosong, FS, False, None, 14)], indent=0, size=14, left=14, right=14, keep=True)
    border(p, "top", sz=8, space=4)
    border(p, "bottom", sz=4, space=4)
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    pf.tab_stops.add_tab_stop(Mm(width_mm) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(organ)
    set_font(r, FS, 14)
    r = p.add_run("\t" + date)
    set_font(r, FS, 14)
    border(p, "bottom", sz=8, space=4)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size + 6)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_mm):
    table.autofit = False
    tbl = table._tbl
    tblpr = tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(widths_mm) * 1440 / 25.4)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 1440 / 25.4)))
    for tr in tbl.findall(qn("w:tr")):
        for tc, w in zip(tr.findall(qn("w:tc")), widths_mm):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(w * 1440 / 25.4)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def numbered_list(d, items, num_id, size=16, spacing=28):
    """Word automatic numbering 1. 2. 3. (label not in the text runs)."""
    numbering = d.part.numbering_part.element
    absid = str(num_id)
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%s"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), absid, size * 40, FS, FS, FS, size * 2))
    abstract = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%s"><w:abstractNumId w:val="%s"/></w:num>'
                    % (nsdecls("w"), num_id, absid))
    numbering.append(num)
    for text in items:
        p = para(d, [(text, FS, False)], indent=0, size=size, spacing=spacing)
        ppr = p._element.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%s"/></w:numPr>'
                          % (nsdecls("w"), num_id))
        ppr.insert(0, numpr)
        p.paragraph_format.first_line_indent = Pt(size * 2)


def save(doc, stem, meta):
    path = os.path.join(HERE, stem + ".docx")
    doc.d.save(path)
    EXPECTED[stem] = [{
        "meta": meta,
        "clauses": doc.clauses,
        "applies_to": {"specific": doc.specific},
    }]
    return path




def tab_line(d, left_runs, right_runs, left=16, right=16, width_mm=156, size=16, spacing=28):
    """One line with text at the left and text flush right (right tab stop)."""
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.left_indent = Pt(left)
    pf.right_indent = Pt(right)
    pf.tab_stops.add_tab_stop(Mm(width_mm) - Pt(left + right), WD_TAB_ALIGNMENT.RIGHT)
    for text, font in left_runs:
        set_font(p.add_run(text), font, size)
    set_font(p.add_run("\t"), FS, size)
    for text, font in right_runs:
        set_font(p.add_run(text), font, size)
    return p


def keep_table(table):
    """Rows never split; every row kept with the next, so a short table stays on one page."""
    rows = table.rows
    for i, row in enumerate(rows):
        trpr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:cantSplit")
        e.set(qn("w:val"), "true")
        trpr.append(e)
        if i < len(rows) - 1:
            for cell in row.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.keep_with_next = True


def red_rule(p, sz=12, val="single", space=6):
    border(p, "bottom", sz=sz, color="FF0000", val=val, space=space)


def fujian_list(d, items):
    """附件说明: 附件：1.xxx / 2.xxx aligned under the first item (soft line breaks)."""
    if len(items) == 1:
        para(d, [("附件：" + items[0], FS, False)])
        return
    text = "附件：" + "\n".join("%d.%s" % (i, t) for i, t in enumerate(items, 1))
    p = para(d, [(text, FS, False)], indent=0, left=32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)


def contact(d, text):
    para(d, [(text, FS, False)])


def no_first_page_number(section):
    section.different_first_page_header_footer = True
    fp = section.first_page_footer
    fp.is_linked_to_previous = False
    for p in fp.paragraphs:
        for r in list(p.runs):
            r._element.getparent().remove(r._element)


def row_text(hdr, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(hdr, row) if v not in ("", None))


# =========================================================================== 1 新安县 请示
def make_xinan():
    D = Doc()
    d = D.d
    # 份号、紧急程度（左上角）
    para(d, [("000123", HT, False)], indent=0, left=16)
    para(d, [("特急", HT, False)], indent=0, left=16)
    blank(d)
    red_masthead(d, ["新安县人民政府文件"], 40, 56)
    blank(d)
    blank(d)
    p = tab_line(d, [("新政〔2025〕41号", FS)], [("签发人：", FS), ("王建军", KT)])
    red_rule(p, sz=18, space=8)
    blank(d)
    title(d, "新安县人民政府\n关于设立新安县跨境电商产业园的请示")
    mainsend(d, "洛阳市人民政府：")
    D.body("为深入贯彻落实共建“一带一路”倡议和国家关于加快发展外贸新业态新模式的决策部署，用好中国（洛阳）跨境电子商务综合试验区和中国（河南）自由贸易试验区洛阳片区政策优势，推动我县外贸转型升级和开放型经济高质量发展，县政府经研究，拟在新安县产业集聚区设立新安县跨境电商产业园。现将有关情况请示如下：")
    D.heading("一、设立的必要性和基础条件")
    D.runin("（一）外贸产业基础较好。", "全县现有外贸备案企业136家，其中年进出口额超1000万元的企业21家。2024年全县完成进出口总额28.6亿元，同比增长17.3%；其中跨境电商交易额4.2亿元，同比增长46.5%，占全县进出口总额的14.7%。铝精深加工、电力装备、光伏玻璃、樱桃深加工等特色产品已出口至共建“一带一路”国家和地区38个。", lead_font=KT)
    D.runin("（二）物流通道条件便利。", "县产业集聚区紧邻连霍高速新安东出入口和陇海铁路新安县站，距洛阳北郊机场约35公里、距郑州新郑国际机场约160公里，可便捷对接中欧班列（郑州）和郑州航空港国际货运航线。县内现有规模以上物流企业9家，仓储面积约12万平方米。", lead_font=KT)
    D.runin("（三）发展空间和要素保障充足。", "拟选址区域现有闲置标准化厂房6.8万平方米，水、电、气、通信等基础设施已配套到位，具备“拎包入驻”条件；县财政已连续两年每年安排外贸发展资金1000万元，具备支持园区起步建设的条件。", lead_font=KT)
    D.heading("二、园区建设方案")
    D.body("园区选址位于新安县产业集聚区东区（洛新快速通道以南、涧河以北），规划总用地面积约320亩，总建筑面积约18万平方米，按照“一中心三基地”布局，建设跨境电商公共服务中心、监管仓储基地、品牌孵化基地和直播电商基地，分两期实施：")
    D.body("1.一期工程（2025年10月至2026年12月）。改造现有标准化厂房6.8万平方米，建设公共服务中心、监管仓储基地和品牌孵化基地，配套建设跨境电商监管作业场所，总投资约3.8亿元。")
    D.body("2.二期工程（2027年1月至2028年6月）。新建直播电商基地、海外仓服务中心和人才公寓等11.2万平方米，总投资约6.2亿元。")
    D.body("园区总投资约10亿元，资金来源为：县财政投入2亿元，主要用于基础设施和公共服务平台建设；申请地方政府专项债券4亿元；申请市级跨境电商发展专项资金支持3000万元；其余3.7亿元通过引进社会资本等方式筹集。")
    D.body("园区建成后，预计到2028年入驻跨境电商及配套服务企业200家以上，年跨境电商交易额突破30亿元，带动就业5000人以上，年新增税收约1.2亿元。")
    D.heading("三、请示事项")
    D.body("（一）同意设立新安县跨境电商产业园，并将其纳入中国（洛阳）跨境电子商务综合试验区“一区多园”发展布局。")
    D.body("（二）支持园区申建跨境电商监管作业场所，协调洛阳海关在场所规划、建设和验收等方面给予指导，力争2026年12月底前通过验收并投入运营。")
    D.body("（三）从2025—2027年市级跨境电商发展专项资金中安排3000万元，支持园区公共服务中心和监管作业场所建设，按年度分批拨付。")
    D.body("（四）将园区一期项目列入2025年洛阳市重点建设项目，在用地指标、能耗指标等方面给予倾斜支持。")
    para(d, [("当否，请批示。", FS, False)])
    blank(d)
    fujian_list(d, ["新安县跨境电商产业园规划布局示意图", "新安县跨境电商产业园建设投资估算表"])
    signature(d, "新安县人民政府", "2025年8月12日")
    contact(d, "（联系人：李晓峰；联系电话：0379-67221856）")
    banji(d, "抄送：市商务局，市发展改革委，市财政局，洛阳海关。", "新安县人民政府办公室", "2025年8月13日印发")
    meta = {
        "title": "新安县人民政府关于设立新安县跨境电商产业园的请示",
        "doc_number": "新政〔2025〕41号",
        "issuer": ["新安县人民政府"],
        "date": "2025-08-12",
        "published": "2025-08-13",
        "level": "county",
        "region": "新安县",
        "effective": None,
        "expires": None,
        "attachments": ["新安县跨境电商产业园规划布局示意图", "新安县跨境电商产业园建设投资估算表"],
        "doc_type": "请示",
        "recipients": ["洛阳市人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return save(D, "blind266_xinan_qingshi", meta)


# =========================================================================== 2 岳阳市商务局 报告
def make_yueyang():
    D = Doc()
    d = D.d
    blank(d)
    red_masthead(d, ["岳阳市商务局文件"], 42, 56)
    blank(d)
    blank(d)
    p = tab_line(d, [("岳商务〔2025〕52号", FS)], [("签发人：", FS), ("陈志刚", KT)])
    red_rule(p, sz=18, space=8)
    blank(d)
    title(d, "岳阳市商务局关于2025年上半年\n中国（湖南）自由贸易试验区岳阳片区\n工作情况的报告")
    mainsend(d, "岳阳市人民政府：")
    D.body("2025年以来，市商务局会同中国（湖南）自由贸易试验区岳阳片区（以下简称岳阳片区）管委会，深入贯彻落实市委、市政府关于实施自由贸易试验区提升战略的部署要求，以制度创新为核心，以通道建设和产业发展为重点，推动片区各项工作取得积极进展。现将上半年工作情况报告如下：")
    D.heading("一、上半年工作成效")
    D.runin("（一）主要指标稳中有进。", "上半年，岳阳片区实现进出口总额312.6亿元，同比增长14.8%，占全市进出口总额的58.3%；实际使用外资1.12亿美元，同比增长9.6%；新设企业1268家，其中外资企业17家。城陵矶港完成集装箱吞吐量68.4万标箱，同比增长11.2%。", lead_font=KT)
    D.runin("（二）制度创新成果持续涌现。", "围绕长江航运、口岸通关、跨境贸易等领域开展差异化探索，上半年形成制度创新成果9项，其中“江海联运船舶‘一次申报、全程通关’”“进口粮食‘船边直提+入库检疫’”2项成果在全省复制推广，片区累计形成制度创新成果86项。", lead_font=KT)
    D.runin("（三）开放通道加快拓展。", "城陵矶港新开通至越南海防、泰国林查班的近洋航线2条，“岳阳—东盟”铁海联运班列实现常态化开行；中欧班列（岳阳）上半年开行46列，同比增长27.8%，货值15.3亿元；城陵矶港进口肉类、粮食、水果等指定监管场地进口货物43.6万吨。", lead_font=KT)
    D.runin("（四）跨境电商等新业态快速发展。", "上半年，片区跨境电商进出口额38.7亿元，同比增长52.3%；新增跨境电商经营主体64家，新建海外仓3个，累计达到14个；市场采购贸易方式出口21.4亿元，同比增长33.1%。", lead_font=KT)
    D.heading("二、存在的主要问题")
    D.body("片区建设虽然取得了一定成效，但对照省委、省政府的要求和先进地区的做法，仍存在一些困难和问题：")
    D.runin("（一）产业支撑能力不强。", "片区外向型产业以大宗商品进口和粮食、有色金属加工为主，产业链条短、附加值低，跨境电商、保税研发等新业态规模偏小，龙头企业带动作用不明显。", lead_font=KT)
    D.runin("（二）改革系统集成不够。", "已形成的制度创新成果多为流程优化类，首创性、集成性成果偏少；部分改革事项需要上级部门授权，推进进度较慢。", lead_font=KT)
    D.runin("（三）要素保障存在短板。", "片区可用于产业项目的存量土地不足300亩，高层次人才和专业外贸人才引进难，片区发展专项资金到位率仅为41%。", lead_font=KT)
    D.heading("三、下半年工作打算")
    D.heading("（一）推动外贸外资提质增效", font=KT)
    D.body("1.实施外贸主体培育行动，下半年新增进出口实绩企业80家以上，确保完成全年片区进出口总额620亿元的目标。")
    D.body("2.推动城陵矶综合保税区加快发展保税维修、保税研发和融资租赁业务，年内新引进加工贸易项目5个以上。",
           places=["岳阳城陵矶综合保税区"])
    D.body("3.聚焦新能源、新材料和现代物流产业精准招商，下半年力争引进外资项目8个，全年实际使用外资达到2.2亿美元。")
    D.runin("（二）深化制度创新。", "围绕江海联运、进口粮食、跨境电商等重点领域，每季度至少形成2项制度创新成果；积极争取省级赋权事项，推动首创性改革落地。", lead_font=KT)
    D.runin("（三）拓展开放通道。", "（1）加密城陵矶港至东盟近洋航线，力争年内新开航线1条；（2）推动中欧班列（岳阳）全年开行突破100列；（3）配合做好城陵矶港口岸扩大开放有关工作。", lead_font=KT)
    D.runin("（四）强化要素保障。", "建议市政府协调市财政局按进度拨付片区发展专项资金，支持市自然资源和规划局对片区产业项目用地实行“应保尽保”，将片区急需紧缺人才纳入市人才引进“绿色通道”。", lead_font=KT)
    para(d, [("特此报告。", FS, False)])
    blank(d)
    fujian_list(d, ["2025年上半年岳阳片区主要经济指标统计表"])
    signature(d, "岳阳市商务局", "2025年7月18日")
    blank(d)
    para(d, [("（此件依申请公开）", FS, False)])
    page_break(d)

    # ---- 附件：统计表
    para(d, [("附件", HT, False)], indent=0)
    blank(d)
    title(d, "2025年上半年中国（湖南）自由贸易试验区\n岳阳片区主要经济指标统计表", size=18, spacing=30)
    hdr = ("类别", "指标名称", "单位", "上半年完成", "同比增长（%）", "全年目标", "完成进度（%）")
    rows = [
        ("对外贸易", "进出口总额", "亿元", "312.6", "14.8", "620", "50.4"),
        ("对外贸易", "其中：出口", "亿元", "128.9", "18.2", "260", "49.6"),
        ("对外贸易", "跨境电商进出口额", "亿元", "38.7", "52.3", "70", "55.3"),
        ("对外贸易", "市场采购贸易出口额", "亿元", "21.4", "33.1", "40", "53.5"),
        ("利用外资", "实际使用外资", "亿美元", "1.12", "9.6", "2.2", "50.9"),
        ("利用外资", "新设外资企业", "家", "17", "21.4", "30", "56.7"),
        ("市场主体", "新设企业", "家", "1268", "8.5", "2400", "52.8"),
        ("口岸物流", "集装箱吞吐量", "万标箱", "68.4", "11.2", "140", "48.9"),
        ("口岸物流", "中欧班列开行", "列", "46", "27.8", "100", "46.0"),
        ("口岸物流", "指定监管场地进口量", "万吨", "43.6", "6.3", "90", "48.4"),
    ]
    para(d, [("单位：亿元、亿美元、家、万标箱、列、万吨", FS, False, None, 12)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, size=12, spacing=20)
    t = d.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 11)
    repeat_header(t.rows[0])
    firsts = {1: 4, 5: 6, 8: 10}  # first row of a merged 类别 -> last row
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            if c == 0 and r not in firsts and r != 7:
                continue
            set_cell(t.cell(r, c), v, FS, 11,
                     align=WD_ALIGN_PARAGRAPH.LEFT if c == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        D.add(row_text(hdr, row))
    for a, b in firsts.items():
        t.cell(a, 0).merge(t.cell(b, 0))
    set_col_widths(t, [18, 38, 17, 20, 20, 19, 22])
    D.size, D.spacing = 12, 20
    para(d, [("注：进出口数据来源于长沙海关，利用外资数据来源于市商务局，其他数据由岳阳片区管委会提供；“其中：出口”为进出口总额中的出口部分。", FS, False, None, 12)],
         indent=0, size=12, spacing=20, before=6)
    D.add("注：进出口数据来源于长沙海关，利用外资数据来源于市商务局，其他数据由岳阳片区管委会提供；“其中：出口”为进出口总额中的出口部分。")
    banji(d, "抄送：中国（湖南）自由贸易试验区岳阳片区管委会，市发展改革委，市财政局，市统计局。",
          "岳阳市商务局办公室", "2025年7月21日印发", blanks=3)
    meta = {
        "title": "岳阳市商务局关于2025年上半年中国（湖南）自由贸易试验区岳阳片区工作情况的报告",
        "doc_number": "岳商务〔2025〕52号",
        "issuer": ["岳阳市商务局"],
        "date": "2025-07-18",
        "published": "2025-07-21",
        "level": "municipal",
        "region": "中国（湖南）自由贸易试验区岳阳片区",
        "effective": None,
        "expires": None,
        "attachments": ["2025年上半年岳阳片区主要经济指标统计表"],
        "doc_type": "报告",
        "recipients": ["岳阳市人民政府"],
        "publicity": "此件依申请公开",
        "repeals": None,
    }
    return save(D, "blind266_yueyang_baogao", meta)


# =========================================================================== 3 襄阳市政府 专题会议纪要
def make_xiangyang():
    D = Doc()
    d = D.d
    blank(d)
    red_masthead(d, ["襄阳市人民政府", "专题会议纪要"], 40, 54)
    blank(d)
    para(d, [("〔2025〕17号", FS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    blank(d)
    p = tab_line(d, [("襄阳市人民政府办公室", FS)], [("2025年7月24日", FS)])
    red_rule(p, sz=18, space=8)
    blank(d)
    title(d, "关于加快推进中欧班列（襄阳）\n高质量发展有关问题的会议纪要")
    D.body("2025年7月22日下午，市委常委、副市长刘振华在市政府第三会议室主持召开专题会议，听取市商务局、襄阳国际陆港集团关于中欧班列（襄阳）上半年运行情况和下半年工作安排的汇报，研究推进中欧班列高质量发展有关问题。市政府副秘书长周敏，市发展改革委、市财政局、市交通运输局、襄阳海关、襄州区政府等单位负责同志参加会议。现纪要如下：")
    D.body("会议指出，今年以来，中欧班列（襄阳）累计开行72列，同比增长35.8%，发运货值21.6亿元，开通至哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干和俄罗斯莫斯科等线路8条，回程班列占比提高到31%，为全市稳外贸、扩开放发挥了重要作用。但也存在货源组织不够稳定、回程货源不足、运营成本偏高、与省内其他班列平台协同不够等问题。")
    D.body("会议强调，中欧班列是襄阳融入共建“一带一路”、建设汉江流域中心城市的重要通道。各有关单位要提高认识、加强协同，着力稳货源、降成本、拓线路、强集结，推动中欧班列由“开得出”向“开得好”转变。")
    D.heading("会议议定以下事项：", font=FS)
    D.runin("一、稳定货源组织。", "由市商务局牵头，会同襄阳国际陆港集团建立重点外贸企业“班列货源库”，对年发运量50标箱以上的企业实行“一企一策”服务，2025年9月底前将入库企业扩大到120家以上。", lead_font=HT)
    D.heading("二、加大政策支持力度")
    D.runin("（一）", "市财政局要在2025年市级开放型经济发展专项资金中统筹安排中欧班列运营补贴4500万元，按照“逐年退坡、总量控制”原则，于8月底前拨付上半年补贴资金2100万元。", lead_font=FS)
    D.runin("（二）", "市商务局要会同市财政局于8月15日前修订《襄阳市中欧班列运营补贴资金管理办法》，提高回程班列和本地货源补贴比例，报市政府审定后印发实施。", lead_font=FS)
    D.runin("（三）", "对通过中欧班列（襄阳）开展跨境电商出口（9610、9710、9810）的企业，按照每标箱500元的标准给予物流补助，所需资金从跨境电商发展专项资金中列支。", lead_font=FS)
    D.runin("三、加快集结中心建设。", "襄州区政府要加快襄阳铁路物流基地（中欧班列集结中心）二期项目征地拆迁，2025年10月底前完成剩余218亩土地交付；市交通运输局要协调铁路部门，年内完成集结中心专用线扩能改造。",
            places=["襄州区"], lead_font=HT)
    D.runin("四、提升通关便利化水平。", "襄阳海关要在襄阳综合保税区推广“班列+保税”监管模式，支持回程进口货物入区保税分拨，对中欧班列货物实行“7×24小时”预约通关。",
            places=["襄阳综合保税区"], lead_font=HT)
    D.runin("五、拓展线路和回程货源。", "襄阳国际陆港集团要在巩固既有线路基础上，年内新开通至白俄罗斯明斯克、德国杜伊斯堡线路各1条，组织开行进口木材、粮食、汽车零部件回程专列，力争回程班列占比达到40%。", lead_font=HT)
    # 六、 lead + 1. 2. joined by soft line breaks in one Word paragraph
    items = ["1.建立中欧班列高质量发展工作专班，由刘振华副市长任组长，市商务局承担专班日常工作，每季度召开一次调度会，协调解决班列运营中的重大问题。",
             "2.各有关单位要按照职责分工抓好落实，每月5日前将上月工作进展情况报送市商务局，由市商务局汇总后报市政府。"]
    para(d, [("六、加强协调调度。", HT, False), ("\n" + "\n".join(items), FS, False)])
    for it in items:
        D.add(it)
    blank(d)
    # 出席、列席（段落，悬挂缩进）
    def attend(label, names):
        p = para(d, [(label + "：", HT, False), (names, FS, False)], indent=0, left=32 + 48)
        p.paragraph_format.first_line_indent = Pt(-48)
    attend("出席", "刘振华　周　敏（市政府）　张立新（市商务局）　王海燕（市发展改革委）　赵　刚（市财政局）　孙建平（市交通运输局）　何志勇（襄阳海关）　李　明（襄州区政府）")
    attend("列席", "陈　亮　马俊峰（襄阳国际陆港集团）　杨　帆（襄阳综合保税区管委会）　吴晓东（市政府办公室）")
    # 版记：分送（不用抄送），纪要无落款
    blank(d)
    blank(d)
    p = para(d, [("分送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委，出席、列席单位。", FS, False, None, 14)],
             indent=0, size=14, left=14, right=14)
    p.paragraph_format.left_indent = Pt(14 + 42)
    p.paragraph_format.first_line_indent = Pt(-42)
    border(p, "top", sz=8, space=4)
    border(p, "bottom", sz=4, space=4)
    pp = tab_line(d, [("襄阳市人民政府办公室", FS)], [("2025年7月25日印发", FS)], left=14, right=14, size=14)
    border(pp, "bottom", sz=8, space=4)
    meta = {
        "title": "关于加快推进中欧班列（襄阳）高质量发展有关问题的会议纪要",
        "doc_number": "〔2025〕17号",
        "issuer": ["襄阳市人民政府"],
        "date": "2025-07-24",
        "published": "2025-07-25",
        "level": "municipal",
        "region": "襄阳市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return save(D, "blind266_xiangyang_jiyao", meta)


# =========================================================================== 4 黑河市商务局 函（信函格式）
def make_heihe():
    D = Doc()
    d = D.d
    sec = d.sections[0]
    sec.top_margin = Mm(30)
    no_first_page_number(sec)
    red_masthead(d, ["黑河市商务局"], 42, 60)
    p = para(d, [("", FS, False)], indent=0, spacing=10)
    border(p, "bottom", sz=24, color="FF0000", val="thickThinSmallGap", space=1)
    para(d, [("黑商函〔2025〕38号", FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0,
         right=16, before=8)
    blank(d)
    title(d, "黑河市商务局关于申请拨付2025年跨境电商\n和口岸发展专项资金的函")
    mainsend(d, "黑河市财政局：")
    D.body("为推动中俄跨境电商和口岸经济发展，更好服务共建“一带一路”和中蒙俄经济走廊建设，根据《黑河市人民政府关于印发黑河市支持跨境电子商务和口岸经济发展若干政策措施的通知》（黑政发〔2024〕11号），我局组织开展了2025年跨境电商和口岸发展专项资金项目申报工作。经企业申报、县（市、区）商务主管部门初审、第三方机构评审和网上公示（公示期为2025年8月18日至22日），无异议。现就资金拨付有关事项函告如下：")
    D.runin("一、资金安排情况。", "2025年市本级预算安排跨境电商和口岸发展专项资金1500万元，本批拟支持项目23个，申请拨付资金1286万元，剩余214万元用于第四季度跨境电商主体培育和对俄经贸活动，另行申请。具体安排见下表。", lead_font=HT)
    para(d, [("2025年跨境电商和口岸发展专项资金拟支持项目汇总表", HT, False, None, 14)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=14, spacing=24, before=6, keep=True)
    hdr = ("序号", "支持方向", "项目数（个）", "申请金额（万元）", "主要内容")
    rows = [
        ("1", "跨境电商海外仓建设", "4", "420", "支持企业在俄罗斯布拉戈维申斯克、哈巴罗夫斯克等地新建、改扩建海外仓"),
        ("2", "跨境电商公共服务平台", "2", "260", "支持黑河跨境电商综合服务平台、对俄跨境支付结算平台功能升级"),
        ("3", "对俄跨境物流", "6", "275", "支持开通和稳定运营黑河—布拉戈维申斯克跨境公路运输和冬季冰上运输线路"),
        ("4", "口岸通关设施改造", "3", "236", "支持黑河口岸、逊克口岸查验设施智能化改造"),
        ("5", "人才培训和展会", "8", "95", "支持开展跨境电商人才培训，组织企业参加中俄博览会等展会"),
    ]
    t = d.add_table(rows=2 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if c == 4 else WD_ALIGN_PARAGRAPH.CENTER)
        D.add(row_text(hdr, row))
    last = len(rows) + 1
    set_cell(t.cell(last, 0), "合计", HT, 12)
    set_cell(t.cell(last, 2), "23", FS, 12)
    set_cell(t.cell(last, 3), "1286", FS, 12)
    set_cell(t.cell(last, 4), "", FS, 12)
    set_col_widths(t, [13, 36, 20, 24, 63])
    keep_table(t)
    t.cell(last, 0).merge(t.cell(last, 1))
    D.add("序号：合计；项目数（个）：23；申请金额（万元）：1286")
    blank(d, spacing=14)
    D.heading("二、资金拨付方式")
    D.body("（一）市本级项目资金，请你局按照国库集中支付有关规定直接拨付至项目单位。")
    D.body("（二）逊克县、孙吴县的7个项目资金合计188万元，请以转移支付方式下达县财政部门，由县财政部门会同县商务主管部门按项目进度拨付。",
           places=["逊克县", "孙吴县"])
    D.runin("三、资金监管。", "我局将会同你局加强资金使用绩效评价，对项目实施进度慢、资金使用不规范的，按规定收回资金；项目单位应于2026年3月底前报送项目绩效自评报告。", lead_font=HT)
    D.runin("四、时间要求。", "为保障项目按期实施，请于2025年9月20日前完成资金拨付。", lead_font=HT)
    para(d, [("请予支持为盼。", FS, False)])
    blank(d)
    fujian_list(d, ["2025年跨境电商和口岸发展专项资金拟支持项目明细表"])
    signature(d, "黑河市商务局", "2025年9月3日")
    contact(d, "（联系人：刘　佳；联系电话：0456-8226715）")
    blank(d)
    blank(d)
    p = para(d, [("抄送：市人民政府办公室。", FS, False, None, 14)], indent=0, size=14, left=14, right=14)
    border(p, "top", sz=4, space=4)
    meta = {
        "title": "黑河市商务局关于申请拨付2025年跨境电商和口岸发展专项资金的函",
        "doc_number": "黑商函〔2025〕38号",
        "issuer": ["黑河市商务局"],
        "date": "2025-09-03",
        "published": None,
        "level": "municipal",
        "region": "黑河市",
        "effective": None,
        "expires": None,
        "attachments": ["2025年跨境电商和口岸发展专项资金拟支持项目明细表"],
        "doc_type": "函",
        "recipients": ["黑河市财政局"],
        "publicity": None,
        "repeals": None,
    }
    return save(D, "blind266_heihe_han", meta)


def to_pdf(paths):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_266",
                    "--convert-to", "pdf", "--outdir", HERE] + paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    paths = [make_xinan(), make_yueyang(), make_xiangyang(), make_heihe()]
    to_pdf(paths)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for stem, docs in EXPECTED.items():
        print(stem, len(docs[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
