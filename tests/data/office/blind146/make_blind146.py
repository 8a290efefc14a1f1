# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 146: Word files whose outline lives only in paragraph styles / properties.

Writes next to itself:
  blind146_chengdu_banfa.docx / .pdf
      成都市商务局 成都市财政局 joint 印发通知 (joint 版头 drawn as a borderless table)
      whose 附件 is a 管理办法: chapter headings are Heading 1 paragraphs reading only
      总则 / 支持对象 / 支持标准 / 附则 (no 第X章 typed, no Word numbering), sections are
      Heading 2 paragraphs with no number, articles 第一条… are typed in Normal paragraphs.
  blind146_fujian_fangan.docx / .pdf
      福建省人民政府办公厅 印发通知 followed (no 附件 label, 国办 style) by a 工作方案 whose
      headings are Normal paragraphs, bold, carrying w:outlineLvl 0/1 in their own pPr and no
      number at all; three sections hold lists numbered by Word numbering (numbering.xml):
      decimal "%1." (twice, the second restarting at 1 via a new w:num + startOverride) and
      chineseCounting "（%1）".
  expected.json

Run:  . /work/venv/bin/activate && python make_blind146.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
BLACK = RGBColor(0, 0, 0)
SAN = 16
ER = 22
SI = 14
LINE = Pt(28.9)

PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]


def sort_ppr(p):
    ppr = p._p.pPr
    if ppr is None:
        return
    kids = list(ppr)
    for k in kids:
        ppr.remove(k)

    def key(el):
        tag = el.tag.split("}")[1]
        return PPR_ORDER.index(tag) if tag in PPR_ORDER else 99
    for k in sorted(kids, key=key):
        ppr.append(k)


def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi"):
        rf.set(qn(a), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east=FS, size=SAN, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False,
         color=None, line=LINE, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))
    sort_ppr(p)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p):
    def r(t):
        set_font(p.add_run(t), ST, SI)
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, SI)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(SI)
    add_page_field(fp)
    ep = s.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(SI)
    add_page_field(ep)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def restyle_heading(doc, name, east, align, before, after, indent_chars=0):
    """Re-dress the built-in Heading N the way an office does: black, 三号, CJK font; keeps
    the style's own w:outlineLvl; no numbering in the style."""
    st = doc.styles[name]
    rpr = st.element.rPr
    for tag in ("w:rFonts", "w:color", "w:b", "w:bCs", "w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is not None:
            rpr.remove(el)
    rpr.insert(0, parse_xml('<w:rFonts %s w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>' % (nsdecls("w"), east)))
    st.font.size = Pt(SAN)
    st.font.bold = False
    st.font.color.rgb = BLACK
    pf = st.paragraph_format
    pf.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = LINE
    pf.first_line_indent = Pt(SAN * indent_chars) if indent_chars else None


def signoff(doc, issuer_lines, date, right_chars=4):
    para(doc, indent=0)
    para(doc, indent=0)
    for ln in issuer_lines:
        p = para(doc, ln, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
        p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    para(doc, indent=0)
    para(doc, "（此件公开发布）", align=WD_ALIGN_PARAGRAPH.LEFT, indent=2)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, indent=0)
    p = para(doc, "", size=SI, align=WD_ALIGN_PARAGRAPH.LEFT, indent=0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", size=SI, align=WD_ALIGN_PARAGRAPH.LEFT, indent=0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run(printer), FS, SI)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def docnum_rule(doc, number):
    para(doc, indent=0)
    para(doc, indent=0)
    p = para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, indent=0)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def grid_table(doc, header, rows, widths_mm):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate([header] + rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Mm(widths_mm[j])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing = Pt(22)
            set_font(p.add_run(val), HT if i == 0 else FS, SI)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v)


# ====================================================================== 1. 成都 管理办法
CD_NUM = "成商发〔2024〕21号"
CD_ISSUERS = ["成都市商务局", "成都市财政局"]
CD_BANFA = "成都市支持企业参与共建“一带一路”专项资金管理办法"
CD_TITLE = "成都市商务局 成都市财政局关于印发《%s》的通知" % CD_BANFA
CD_RECIP = "各区（市）县商务主管部门、财政局，四川天府新区、成都东部新区、成都高新区商务和财政部门："
CD_COVER = ("为深入落实推动共建“一带一路”高质量发展决策部署，规范市级支持企业参与共建“一带一路”专项资金管理，提高资金使用效益，"
            "市商务局、市财政局制定了《成都市支持企业参与共建“一带一路”专项资金管理办法》，现印发给你们，请遵照执行。"
            "执行中遇到的问题，请及时向市商务局对外投资和经济合作处、市财政局经济建设处反映。")
SP = "　"  # 全角空格 after 第X条, as offices type it

# (kind, payload): H1 / H2 / art (label, [paragraphs]) / item / table
CD_TABLE_HEADER = ["等级", "海外仓面积", "一次性补助（万元）"]
CD_TABLE = [["一级", "10000平方米以上", "200"],
            ["二级", "5000（含）—10000平方米", "100"],
            ["三级", "2000（含）—5000平方米", "50"]]
CD_BODY = [
    ("H1", "总则"),
    ("art", "第一条", ["为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥中国（四川）自由贸易试验区和成都国际铁路港、天府国际机场等开放平台作用，规范成都市支持企业参与共建“一带一路”专项资金（以下简称专项资金）管理，根据《中华人民共和国预算法》《成都市市级财政专项资金管理办法》（成财规〔2022〕5号）等规定，制定本办法。"]),
    ("art", "第二条", ["本办法所称专项资金，是指市级财政预算安排，用于支持企业拓展共建“一带一路”国际物流通道、开展境外经贸合作和发展服务贸易的资金。2024年度专项资金预算规模为1.2亿元，以后年度根据市级财力和工作需要确定。"]),
    ("art", "第三条", ["市商务局负责提出专项资金年度支持方向和预算建议，组织项目申报、评审和绩效管理；市财政局负责专项资金预算管理和资金拨付，会同市商务局开展监督检查。",
                     "各区（市）县商务主管部门、财政部门负责本辖区项目的初审、资金拨付和日常监管，对申报材料的真实性进行审核。"]),
    ("H1", "支持对象"),
    ("art", "第四条", ["专项资金支持对象为在成都市依法注册、具有独立法人资格，且同时符合下列条件的企业："]),
    ("item", "（一）近三年内无严重失信行为，未被列入经营异常名录；"),
    ("item", "（二）依法开展进出口经营或对外投资合作业务，并按规定报送统计数据；"),
    ("item", "（三）申报项目已实施完毕或达到阶段性目标，且未获得其他市级财政资金重复支持。"),
    ("art", "第五条", ["注册在中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区的企业，同等条件下优先支持；川南临港片区企业在蓉设立的区域总部，可参照本办法申报。"]),
    ("H1", "支持标准"),
    ("H2", "国际物流通道"),
    ("art", "第六条", ["对以成都国际铁路港为始发站或到达站、开行中欧班列（成渝）和西部陆海新通道班列的平台企业，按照年度新增开行列数给予奖励，每新增1列奖励2万元，单个企业年度奖励不超过300万元。"]),
    ("art", "第七条", ["对在共建“一带一路”国家新设或租用海外仓并投入运营满6个月的企业，按照海外仓等级给予一次性补助，具体标准如下："]),
    ("table", None),
    ("art", "第八条", ["对经天府国际机场、双流国际机场开通至共建“一带一路”国家全货机航线的航空公司和货运代理企业，每条航线每周执行1班以上且全年累计执行40班以上的，给予一次性奖励100万元。"]),
    ("H2", "境外经贸合作"),
    ("art", "第九条", ["对在共建“一带一路”国家建设境外经贸合作区的企业，经商务部确认考核通过的，一次性奖励500万元；经省商务厅确认的，一次性奖励200万元。"]),
    ("art", "第十条", ["对开展对外承包工程并带动成都产品、技术、标准出口的企业，按照当年完成营业额每1亿美元奖励50万元，单个企业年度奖励不超过200万元。"]),
    ("H2", "服务贸易与数字贸易"),
    ("art", "第十一条", ["对面向共建“一带一路”国家开展服务外包、技术出口、数字内容出口的企业，年度执行额首次突破1000万美元的，给予一次性奖励30万元。"]),
    ("art", "第十二条", ["对在成都天府新区片区、成都高新区设立面向共建“一带一路”国家的跨境数据服务中心、国际合规服务机构的，按照实际投资额的20%给予补助，最高不超过150万元。"]),
    ("H1", "附则"),
    ("art", "第十三条", ["同一企业同一项目符合本办法多项支持条款的，按照就高原则给予支持，不重复支持。单个企业年度累计获得专项资金支持不超过800万元。"]),
    ("art", "第十四条", ["企业以虚报、冒领等手段骗取专项资金的，由市财政局、市商务局按照《财政违法行为处罚处分条例》等规定追回资金，5年内取消其申报资格，并纳入公共信用信息系统。"]),
    ("art", "第十五条", ["本办法由市商务局、市财政局负责解释。"]),
    ("art", "第十六条", ["本办法自2024年5月1日起施行，有效期至2027年4月30日。《成都市支持企业“走出去”专项资金管理暂行办法》（成商发〔2021〕9号）同时废止。"]),
]


def build_chengdu():
    doc = Document()
    setup(doc)
    restyle_heading(doc, "Heading 1", HT, WD_ALIGN_PARAGRAPH.CENTER, 14, 14)
    restyle_heading(doc, "Heading 2", KT, WD_ALIGN_PARAGRAPH.CENTER, 7, 7)
    # joint 版头: borderless 1x2 table, two organ names stacked left, 文件 right (vertically centred)
    para(doc, indent=0)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.cell(0, 0), t.cell(0, 1)
    t.autofit = False
    for col, w in zip(t.columns, (Mm(112), Mm(40))):
        col.width = w
    left.width, right.width = Mm(112), Mm(40)
    left.paragraphs[0]._p.getparent().remove(left.paragraphs[0]._p)
    for name in CD_ISSUERS:
        p = para(left, "", align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=0, line=Pt(48))
        set_font(p.add_run(name), XBZ, 36, color=RED)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(rp.add_run("文件"), XBZ, 36, color=RED)
    right._tc.get_or_add_tcPr().append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    docnum_rule(doc, CD_NUM)
    for ln in ("成都市商务局 成都市财政局关于印发", "《成都市支持企业参与共建“一带一路”", "专项资金管理办法》的通知"):
        para(doc, ln, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, indent=0)
    para(doc, CD_RECIP, indent=0)
    para(doc, CD_COVER)
    para(doc, indent=0)
    p = para(doc, "附件：" + CD_BANFA)
    signoff(doc, ["成都市商务局　　　　　成都市财政局"], "2024年4月12日", right_chars=2)
    page_break(doc)
    para(doc, "附件", HT, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, indent=0)
    para(doc, "成都市支持企业参与共建“一带一路”", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "专项资金管理办法", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, indent=0)
    for entry in CD_BODY:
        kind = entry[0]
        if kind in ("H1", "H2"):
            p = doc.add_paragraph(style="Heading 1" if kind == "H1" else "Heading 2")
            p.add_run(entry[1])  # style carries font; no 第X章 / 第X节 typed, no numPr
        elif kind == "art":
            label, paras = entry[1], entry[2]
            p = para(doc, "")
            set_font(p.add_run(label), HT, SAN)  # 第X条 in 黑体, as many offices do
            set_font(p.add_run(SP + paras[0]), FS, SAN)
            for extra in paras[1:]:
                para(doc, extra)
        elif kind == "item":
            para(doc, entry[1])
        elif kind == "table":
            grid_table(doc, CD_TABLE_HEADER, CD_TABLE, [30, 70, 50])
    banji(doc, "市纪委监委机关，市审计局，国家金融监督管理总局四川监管局。", "成都市商务局办公室", "2024年4月15日", blank_lines=6)
    out = os.path.join(HERE, "blind146_chengdu_banfa.docx")
    doc.save(out)
    return out


def chengdu_clauses():
    out = [{"path": [], "label": None, "text": CD_COVER}]
    h1 = h2 = None
    art = None
    for entry in CD_BODY:
        kind = entry[0]
        if kind == "H1":
            h1, h2 = entry[1], None
        elif kind == "H2":
            h2 = entry[1]
        elif kind == "art":
            art = entry[1]
            path = [h1] + ([h2] if h2 else [])
            out.append({"path": path, "label": art, "text": art + SP + "\n".join(entry[2])})
        elif kind == "item":
            path = [h1] + ([h2] if h2 else []) + [art]
            out.append({"path": path, "label": entry[1][:3], "text": entry[1]})
        elif kind == "table":
            path = [h1] + ([h2] if h2 else []) + [art]
            for r in CD_TABLE:
                out.append({"path": path, "label": None, "text": row_clause(CD_TABLE_HEADER, r)})
    return out


# ====================================================================== 2. 福建 工作方案
FJ_NUM = "闽政办〔2024〕19号"
FJ_FANGAN = "中国（福建）自由贸易试验区深化“丝路海运”“丝路飞翔”建设工作方案（2024—2026年）"
FJ_TITLE = "福建省人民政府办公厅关于印发%s的通知" % FJ_FANGAN
FJ_RECIP = "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构："
FJ_COVER = "《%s》已经省人民政府同意，现印发给你们，请认真组织实施。" % FJ_FANGAN
FJ_INTRO = ("为贯彻落实党中央、国务院关于高质量共建“一带一路”的部署要求，发挥中国（福建）自由贸易试验区制度创新优势，"
            "推动“丝路海运”“丝路飞翔”品牌提质扩容，加快建设21世纪海上丝绸之路核心区，制定本方案。")
# (kind, payload): L0 / L1 headings (outlineLvl on a Normal bold paragraph), p = body paragraph,
# pb = whole-paragraph-bold body (NOT a heading, no outlineLvl), dec / dec2 / cn = Word-numbered list items
FJ_BODY = [
    ("L0", "总体要求"),
    ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，以福州、厦门、平潭三个片区为主要载体，以制度创新为核心，统筹海上、空中两条通道建设，推动港口、航运、物流、贸易深度融合，打造“一带一路”互联互通重要枢纽。"),
    ("pb", "到2026年，“丝路海运”命名航线达到150条，联盟成员超过350家，集装箱吞吐量达到1000万标箱；“丝路飞翔”国际货运航线达到20条，厦门、福州空港国际货邮吞吐量年均增长10%以上。"),
    ("L0", "主要任务"),
    ("L1", "拓展“丝路海运”航线网络"),
    ("dec", "加密至东南亚、南亚、中东、非洲等共建“一带一路”国家的集装箱航线，支持厦门港、福州港开辟直航新航线，每年新增命名航线10条以上。（责任单位：省交通运输厅、省港口集团，福州、厦门市人民政府）"),
    ("dec", "推动“丝路海运”与中欧（厦门）班列、西部陆海新通道衔接，发展海铁联运，到2026年海铁联运量达到30万标箱。（责任单位：省交通运输厅、中国铁路南昌局集团有限公司福州办事处，各有关设区市人民政府）"),
    ("dec", "在厦门片区开展“丝路海运”电商快线试点，打造48小时通达东南亚主要港口的海运快线产品。（责任单位：厦门片区管委会、厦门海关）"),
    ("L1", "壮大“丝路飞翔”空中通道"),
    ("p", "支持厦门航空、福州航空等基地航空公司加密至共建“一带一路”国家的客货运航线，对新开通的国际全货机航线按规定给予补助。（责任单位：省发展改革委、民航福建监管局，福州、厦门市人民政府）"),
    ("p", "推进厦门翔安国际机场、福州长乐国际机场二期货运设施建设，2025年底前建成福州空港国际货运中心。（责任单位：省发展改革委、省机场集团）"),
    ("L1", "提升通关便利化水平"),
    ("cn", "推广“船边直提”“抵港直装”模式，进口、出口整体通关时间分别压缩至30小时、1小时以内。（责任单位：福州海关、厦门海关）"),
    ("cn", "在福州片区试点跨境贸易单证数字化，2024年底前实现电子提单在“丝路海运”航线上的应用。（责任单位：福州片区管委会、省商务厅）"),
    ("cn", "深化闽台通关合作，在平潭片区开展对台海运快件“即报即放”试点。（责任单位：平潭综合实验区管委会、福州海关）"),
    ("cn", "深化国际贸易“单一窗口”建设，将“丝路海运”港口信息服务延伸至印度尼西亚、马来西亚、菲律宾等国家主要港口。（责任单位：省商务厅、省港口集团）"),
    ("L1", "培育航运服务新业态"),
    ("p", "支持厦门片区建设东南国际航运中心，集聚船舶管理、航运金融、海事仲裁等机构，到2026年新引进航运服务企业100家以上。（责任单位：厦门市人民政府、省地方金融监管局）"),
    ("L0", "保障措施"),
    ("dec2", "加强组织领导。省自贸办牵头建立工作推进机制，每半年召开一次专题会议，协调解决重大问题。（责任单位：省商务厅）"),
    ("dec2", "加大资金支持。统筹省级外经贸发展专项资金，每年安排不少于5000万元支持“丝路海运”“丝路飞翔”建设。（责任单位：省财政厅、省商务厅）"),
    ("dec2", "强化评估考核。将本方案实施情况纳入自贸试验区建设考核，各片区于每年12月10日前报送年度工作进展。（责任单位：省商务厅，各片区管委会）"),
]
CN_NUM = ["一", "二", "三", "四", "五", "六"]


def add_numbering(doc):
    """abstractNum 146 decimal '%1.', 147 chineseCounting '（%1）'; num 146 / 148 -> 146 (148 restarts at 1), 147 -> 147."""
    numbering = doc.part.numbering_part.element
    W = nsdecls("w")

    def absnum(aid, fmt, text):
        return parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
            % (W, aid, fmt, text))
    first_num = numbering.find(qn("w:num"))
    for a in (absnum(146, "decimal", "%1."), absnum(147, "chineseCounting", "（%1）")):
        first_num.addprevious(a)
    numbering.append(parse_xml('<w:num %s w:numId="146"><w:abstractNumId w:val="146"/></w:num>' % W))
    numbering.append(parse_xml('<w:num %s w:numId="147"><w:abstractNumId w:val="147"/></w:num>' % W))
    numbering.append(parse_xml('<w:num %s w:numId="148"><w:abstractNumId w:val="146"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % W))


def build_fujian():
    doc = Document()
    setup(doc)
    add_numbering(doc)
    para(doc, indent=0)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=Pt(50))
    set_font(p.add_run("福建省人民政府办公厅文件"), XBZ, 34, color=RED)
    docnum_rule(doc, FJ_NUM)
    for ln in ("福建省人民政府办公厅关于印发", "中国（福建）自由贸易试验区深化", "“丝路海运”“丝路飞翔”建设工作方案", "（2024—2026年）的通知"):
        para(doc, ln, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, indent=0)
    para(doc, FJ_RECIP, indent=0)
    para(doc, FJ_COVER)
    signoff(doc, ["福建省人民政府办公厅"], "2024年3月28日", right_chars=4)
    page_break(doc)
    # the 方案 follows with no 附件 label (国办/省办 印发件 style); title in three lines
    para(doc, "中国（福建）自由贸易试验区深化“丝路海运”", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "“丝路飞翔”建设工作方案", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "（2024—2026年）", KT, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, indent=0)
    para(doc, FJ_INTRO)
    for kind, text in FJ_BODY:
        if kind in ("L0", "L1"):
            p = para(doc, "", indent=2)
            set_font(p.add_run(text), HT if kind == "L0" else KT, SAN, bold=True)
            p.paragraph_format.keep_with_next = True
            p._p.get_or_add_pPr().append(parse_xml('<w:outlineLvl %s w:val="%d"/>' % (nsdecls("w"), 0 if kind == "L0" else 1)))
            sort_ppr(p)
        elif kind in ("p", "pb"):
            para(doc, text, bold=(kind == "pb"))
        else:
            num_id = {"dec": 146, "cn": 147, "dec2": 148}[kind]
            p = para(doc, text, indent=0)
            p.paragraph_format.first_line_indent = None
            p._p.get_or_add_pPr().append(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))
            sort_ppr(p)
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，福州海关，厦门海关。",
          "福建省人民政府办公厅", "2024年3月29日", blank_lines=4)
    out = os.path.join(HERE, "blind146_fujian_fangan.docx")
    doc.save(out)
    return out


def fujian_clauses():
    out = [{"path": [], "label": None, "text": FJ_COVER},
           {"path": [], "label": None, "text": FJ_INTRO}]
    l0 = l1 = None
    counters = {"dec": 0, "cn": 0, "dec2": 0}
    for kind, text in FJ_BODY:
        if kind == "L0":
            l0, l1 = text, None
        elif kind == "L1":
            l1 = text
        else:
            path = [l0] + ([l1] if l1 else [])
            if kind in ("p", "pb"):
                out.append({"path": path, "label": None, "text": text})
            else:
                counters[kind] += 1
                n = counters[kind]
                label = "（%s）" % CN_NUM[n - 1] if kind == "cn" else "%d." % n
                out.append({"path": path, "label": label, "text": label + text})
    return out


# ====================================================================== PDFs + expected
def to_pdf(path):
    if True:  # private LibreOffice profile, so that two rounds can convert at once
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_146", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expected():
    cd = {
        "meta": {
            "title": CD_TITLE,
            "doc_number": CD_NUM,
            "issuer": CD_ISSUERS,
            "date": "2024-04-12",
            "published": "2024-04-15",
            "level": "municipal",
            "region": "四川省成都市",
            "effective": "2024-05-01",
            "expires": "2027-04-30",
            "attachments": [CD_BANFA],
            "doc_type": "通知",
            "recipients": ["各区（市）县商务主管部门、财政局", "四川天府新区、成都东部新区、成都高新区商务和财政部门"],
            "publicity": "此件公开发布",
            "repeals": ["《成都市支持企业“走出去”专项资金管理暂行办法》（成商发〔2021〕9号）"],
            "outline": "附件 办法: Heading 1 总则/支持对象/支持标准/附则 = 第一章…第四章 (numbers not typed); Heading 2 国际物流通道/境外经贸合作/服务贸易与数字贸易 = 第三章第一节…第三节; articles 第一条…第十六条 typed in Normal paragraphs",
        },
        "clauses": chengdu_clauses(),
        "applies_to": {
            "default": "四川省成都市",
            "specific": {
                "第五条": "中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区（优先）; 川南临港片区（泸州）企业在蓉区域总部（参照）",
                "第六条": "成都国际铁路港（青白江区）",
                "第八条": "天府国际机场（简阳市/东部新区）、双流国际机场（双流区）",
                "第十二条": "成都天府新区片区、成都高新区",
            },
            "note": "共建“一带一路”国家 (第七条, 第九条–第十二条) do not place a clause abroad; 中欧班列（成渝）/西部陆海新通道 do not place 第六条 in 重庆 or other provinces; 商务部/省商务厅 (第九条) are organs, not places. 川南临港片区 is in 泸州, but 第五条 is about its companies' HQs in 成都.",
        },
        "_note": (
            "One document: the joint 印发通知 plus its 附件 (the 办法), clauses in reading order. Furniture: joint 版头 drawn as a borderless 1×2 table "
            "(成都市商务局 / 成都市财政局 stacked in the left cell, 文件 in the right cell — must not become a clause or the title, and gives issuer = BOTH organs); 文号 成商发〔2024〕21号 and the red rule; "
            "the title typed as THREE paragraphs (成都市商务局 成都市财政局关于印发 / 《成都市支持企业参与共建“一带一路” / 专项资金管理办法》的通知) to be joined with no newline (the half-width space between the two organ names is as typed); 主送 (→ recipients, 2 groups); "
            "附件说明 附件：成都市支持企业参与共建“一带一路”专项资金管理办法 (→ attachments, no 附件： prefix); joint 落款 on ONE line 成都市商务局　　　　　成都市财政局 (全角 spaces) and 2024年4月12日; "
            "（此件公开发布）; the label 附件; the 办法 title typed as two centred paragraphs; 版记 (抄送：… / 成都市商务局办公室 2024年4月15日印发); footer “— N —”. "
            "The cover notice has ONE clause (its body paragraph; the 执行中遇到的问题 sentence is in the same paragraph). "
            "THE POINT OF THIS FILE: the 办法's outline exists only in paragraph styles. Heading 1 (style outlineLvl 0, restyled 黑体 三号 centred black, not bold) reads only 总则 / 支持对象 / 支持标准 / 附则 — no 第X章 typed, no numPr; "
            "Heading 2 (楷体, centred) reads only 国际物流通道 / 境外经贸合作 / 服务贸易与数字贸易 — no 第X节. A reader that looks for 第X章/第X节 text finds none: it must use the styles. "
            "Every article must carry its chapter (and for 第六条–第十二条 its section) in its path: 第六条 → 支持标准 > 国际物流通道; 第九条 → 支持标准 > 境外经贸合作; 第十三条 → 附则 with NO section (the section must reset at the new Heading 1 — 附则 articles under 服务贸易与数字贸易 is a wrong path, medium). "
            "A path that shows 第三章 支持标准 / 第一节 国际物流通道 (numbers inferred from order) is fine and arguably better; bare 支持标准 > 国际物流通道 as expected is fine; prefixing the path with the 办法 title or 附件 is taste. "
            "The four chapter headings and three section headings carry no text of their own: not clauses (heading clauses with no body are tolerable, low; short headings like 总则 or 附则 glued into the text of the next article or dropped from the path are medium/high). "
            "Articles are typed 第X条 (黑体 run) + 全角空格 + text in Normal paragraphs: label 第X条, one clause each. 第三条 has a SECOND paragraph (第二款, 各区（市）县…) with no 第X条: it belongs to 第三条 (a separate clause whose path/label still says 第三条 is tolerable, low; attached to 第四条 or to the chapter only is medium). "
            "第四条 ends with a colon and is followed by three items （一）（二）（三） in their own Normal paragraphs: expected as separate clauses under 第四条 (merged into 第四条 is tolerable, low). "
            "第七条 is followed by a 3-row 补助 table (等级 / 海外仓面积 / 一次性补助（万元））: rows as clauses under 第七条; the next article 第八条 must not be put under the table or lose its section. "
            "In-text references must not split or relabel: 成财规〔2022〕5号 (第一条), 成商发〔2021〕9号 (第十六条, the REPEALED old 办法 — not this document's 文号). "
            "Dates: date = 2024-04-12 (落款, 成文日期); published 2024-04-15 (版记 印发); effective 2024-05-01 and expires 2027-04-30 come from 第十六条 of the attached 办法 (effective = 2024-04-12 is wrong, medium). level municipal, region 四川省成都市."
        ),
        "_pdf": {
            "clauses_absent_from_text_layer": [],
            "note": "Same expected metadata and clauses. In the PDF the chapter/section headings are just centred short lines (黑体 / 楷体) with no 第X章 — only layout (centred, short, font) or PDF bookmarks (LibreOffice exports Heading 1/2 as outline entries) can tell they are headings; losing the path in the PDF is medium (the .docx is the primary source), gluing 总则 into 第一条 or reading it as a clause of its own is low/medium. The joint 版头 table prints as two red stacked names plus 文件; the joint 落款 line is one line with spaces. Footer page numbers alternate right/left.",
        },
    }
    fj = {
        "meta": {
            "title": FJ_TITLE,
            "doc_number": FJ_NUM,
            "issuer": ["福建省人民政府办公厅"],
            "date": "2024-03-28",
            "published": "2024-03-29",
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "enclosed": FJ_FANGAN,
            "doc_type": "通知",
            "recipients": ["各设区市人民政府", "平潭综合实验区管委会", "省人民政府各部门、各直属机构"],
            "publicity": "此件公开发布",
            "outline": "工作方案: outlineLvl 0 (bold 黑体 Normal) 总体要求/主要任务/保障措施 = 一、二、三、 (not typed); outlineLvl 1 (bold 楷体 Normal) under 主要任务 = （一）…（四） (not typed); list numbers 1.–3., （一）–（四）, 1.–3. come from numbering.xml",
        },
        "clauses": fujian_clauses(),
        "applies_to": {
            "default": "福建省（中国（福建）自由贸易试验区：福州、厦门、平潭片区）",
            "specific": {
                "主要任务 > 拓展“丝路海运”航线网络 > 1.": "厦门港、福州港（厦门市、福州市）",
                "主要任务 > 拓展“丝路海运”航线网络 > 3.": "厦门片区",
                "主要任务 > 壮大“丝路飞翔”空中通道 > 2nd paragraph": "厦门翔安国际机场、福州长乐国际机场（厦门市、福州市）",
                "主要任务 > 提升通关便利化水平 > （二）": "福州片区",
                "主要任务 > 提升通关便利化水平 > （三）": "平潭片区（平潭综合实验区）",
                "主要任务 > 培育航运服务新业态": "厦门片区",
            },
            "note": "印度尼西亚、马来西亚、菲律宾 (（四）), 东南亚/南亚/中东/非洲 and 共建“一带一路”国家 do not place a clause abroad; 中欧（厦门）班列 is not a place of application in itself; 福州海关/厦门海关/民航福建监管局 are organs, not places. 总体要求 paragraph naming all three 片区 = the default.",
        },
        "_note": (
            "One document: the 省政府办公厅 印发通知 and, after a page break, the 工作方案 itself with NO 附件 label and no 附件说明 (the 国办/省办 way of 印发): attachments = [] "
            "(listing the 方案 title as the attachment/enclosed document is fine, taste). Furniture: red 版头 福建省人民政府办公厅文件; 文号 闽政办〔2024〕19号 + red rule; title typed as FOUR paragraphs "
            "(福建省人民政府办公厅关于印发 / 中国（福建）自由贸易试验区深化 / “丝路海运”“丝路飞翔”建设工作方案 / （2024—2026年）的通知) to be joined with no space; 主送 (→ 3 recipients); 落款 福建省人民政府办公厅 2024年3月28日; （此件公开发布）; "
            "the 方案 title (three centred paragraphs, the last （2024—2026年） in 楷体) — not a clause; 版记 (抄送：… / 福建省人民政府办公厅 2024年3月29日印发); footer “— N —”. "
            "Clauses: the cover sentence (1) and the 方案 intro paragraph (1), both with empty path. "
            "THE POINT OF THIS FILE: the 方案's headings are NORMAL-style paragraphs, bold (黑体 for level 1, 楷体 for level 2), each carrying w:outlineLvl in its own pPr (0 = 总体要求 / 主要任务 / 保障措施; 1 = the four task areas under 主要任务) and NO number typed — "
            "no 一、 / （一） anywhere in the text. A reader that only trusts Heading styles or typed numbers sees plain bold lines: the path must come from outlineLvl. "
            "Every clause must carry its path: e.g. （二）在福州片区试点… → 主要任务 > 提升通关便利化水平; the paragraphs of 保障措施 → 保障措施 ONLY (the level-1 heading 培育航运服务新业态 must be popped when a level-0 heading arrives — a 保障措施 item under 主要任务 > 培育航运服务新业态 is a wrong path, medium). "
            "Inferred numbering in the path (一、总体要求 / 二、主要任务 > （三）提升通关便利化水平) is fine, arguably better. "
            "TRAP: the 总体要求 target paragraph 到2026年，“丝路海运”命名航线达到150条… is WHOLE-PARAGRAPH BOLD but has NO outlineLvl: it is a clause, not a heading (reading it as a heading — and putting the next clauses under it — is high for that clause's content if it drops, medium for the wrong path). "
            "Word numbering: three lists, numbers only in numbering.xml (numPr, suff nothing). 拓展“丝路海运”航线网络 holds 1.–3. (numId 146, decimal %1.); 提升通关便利化水平 holds （一）–（四） (numId 147, chineseCounting （%1）); "
            "保障措施 holds 1.–3. (numId 148 = the SAME abstractNum 146 with startOverride 1: it restarts at 1 — reading 4./5./6. is medium, citations go wrong). "
            "Expected labels 1./2./3. and （一）…（四）; the number may be in the label or prefixed to the text, both fine; no number at all is medium (an analyst cites 保障措施第2项 / 通关便利化（三）). "
            "The two paragraphs under 壮大“丝路飞翔”空中通道 and the one under 培育航运服务新业态 are unnumbered body paragraphs: one clause each. "
            "Each task ends with （责任单位：…）: part of the same clause, must not be split off. No effective/expires: a 工作方案（2024—2026年） states a period, not a validity; expires 2026-12-31 is tolerable (taste); effective = 2024-03-28 tolerable, low. "
            "date = 2024-03-28 (落款); 2024-03-29 is the 印发 date. level provincial, region 福建省."
        ),
        "_pdf": {
            "clauses_absent_from_text_layer": [],
            "note": "Same expected metadata and clauses. In the PDF the Word-numbering numbers ARE printed (1. / （一） as text at the start of the line), so numbers come for free; the headings are bold lines without numbers (LibreOffice exports the outlineLvl paragraphs as PDF bookmarks, 2 levels). The bold target paragraph 到2026年… is bold over 3 lines in the PDF too: not a heading. No 附件 label before the 方案 title.",
        },
    }
    return {"blind146_chengdu_banfa": [cd], "blind146_fujian_fangan": [fj]}


def main():
    a = build_chengdu()
    b = build_fujian()
    for f in (a, b):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", a, b)


if __name__ == "__main__":
    main()
