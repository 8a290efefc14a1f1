# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 972: 国务院批复（国函）+ 自贸试验区扩展区域总体方案, copied from
gov.cn / ministry websites into Word. Writes .docx, .pdf and expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
YAHEI = "微软雅黑"
RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x66, 0x66, 0x66)
BLUE = RGBColor(0x1F, 0x4E, 0x9A)

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, line=28, before=0, after=0, multiple=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if multiple is not None:
        pf.line_spacing = multiple
    else:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = first if first is not None else Pt(0)
    return p


def par(doc, runs, size=16, name=FS, **kw):
    """runs: str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, name, size, False)]
    for r in runs:
        text, fn, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), fn, sz, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=20):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, line=12)


def field(p, instr, name, size):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, body_font=FS, body_size=16, margins=(3.7, 3.5, 2.8, 2.6), footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), body_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":           # — 1 —
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "of":           # 第 1 页 共 4 页
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)
    else:                          # - 1 -
        font(fp.add_run("- "), SONG, 12)
        field(fp, "PAGE", SONG, 12)
        font(fp.add_run(" -"), SONG, 12)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=18):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, numfmt="chineseCounting", first_line=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, first_line))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_972", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": ["国务院"], "date": None,
            "published": None, "level": "state_council", "region": None,
            "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
            "recipients": [], "publicity": "此件公开发布", "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_guangxi():
    """gov.cn 国务院政策文件库 page: metadata box (merged cells), title, 来源 line,
    【字体：大 中 小】, body indented with typed full-width spaces, 附件 line,
    then the 总体方案 with its own title, run-in （一） items, a table with
    vertically merged 片区 cells and a 合计 row, note under the table."""
    stem = "blind972_guangxi_kuoqu"
    doc = Document()
    setup(doc, FS, 12, margins=(2.54, 2.54, 2.8, 2.6), footer="dash")
    clauses = []
    IND = "\u3000\u3000"
    BS = 12
    LN = 19

    def body(t):
        clauses.append(t)
        par(doc, IND + t, BS, line=LN)

    def head1(t):
        par(doc, [(IND + t, HT, BS, False)], line=LN)

    def head2(t):
        par(doc, [(IND + t, KT, BS, True)], line=LN)

    def runin(h, t):
        clauses.append(h + t)
        par(doc, [(IND, FS, BS, False), (h, KT, BS, True), (t, FS, BS, False)], line=LN)

    # ---- web chrome
    par(doc, [("首页 > 政策 > 国务院政策文件库 > 国务院文件", SONG, 9, False, GREY)], line=14)
    meta_t = doc.add_table(rows=4, cols=4)
    meta_t.style = "Table Grid"
    meta_t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [
        ("索 引 号：", "000014349/2026-00041", "主题分类：", "商贸、海关、旅游\\对外经贸合作"),
        ("发文机关：", "国务院", "成文日期：", "2026年04月10日"),
        ("标\u3000\u3000题：", "国务院关于中国（广西）自由贸易试验区扩展区域总体方案的批复", None, None),
        ("发文字号：", "国函〔2026〕38号", "发布日期：", "2026年04月17日"),
    ]
    m = meta_t.cell(2, 1).merge(meta_t.cell(2, 3))
    for ri, row in enumerate(cells):
        for ci, v in enumerate(row):
            if v is None:
                continue
            c = m if (ri == 2 and ci == 1) else meta_t.cell(ri, ci)
            set_cell(c, v, SONG, 9, bold=(ci % 2 == 0), align=WD_ALIGN_PARAGRAPH.LEFT, line=14)
    col_widths(meta_t, [2.2, 6.2, 2.2, 5.0])
    empty(doc, 1, line=12)

    # ---- title (wrapped at an odd place with a manual line break)
    p = doc.add_paragraph()
    font(p.add_run("国务院关于中国（广西）自由贸易试验区扩展"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("区域总体方案的批复"), XBS, 18)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    p = par(doc, [("来源：", SONG, 10.5, False, GREY), ("中国政府网", SONG, 10.5, False, BLUE),
                  ("\t", SONG, 10.5, False), ("【字体：", SONG, 10.5, False, GREY),
                  ("大 中 小", SONG, 10.5, False, BLUE), ("】\u3000打印", SONG, 10.5, False, GREY)],
            line=18, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "B0B0B0", 6, 4)
    empty(doc, 1, line=12)
    par(doc, [("国函〔2026〕38号", KT, BS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=LN)
    empty(doc, 1, line=12)
    par(doc, "广西壮族自治区人民政府、商务部：", BS, line=LN)

    body("你们《关于报送〈中国（广西）自由贸易试验区扩展区域总体方案〉的请示》（桂政报〔2026〕7号）收悉。现批复如下：")
    body("一、原则同意《中国（广西）自由贸易试验区扩展区域总体方案》（以下简称《方案》），请认真组织实施。")
    body("二、中国（广西）自由贸易试验区扩展区域（以下简称扩展区域）实施范围59.86平方公里，涵盖北海片区31.27平方公里（含北海综合保税区2.28平方公里）、防城港片区28.59平方公里。扩展区域各区块的具体四至范围由商务部、自然资源部负责发布。")
    body("三、扩展区域建设要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，坚持以制度创新为核心，以可复制可推广为基本要求，充分发挥广西与东盟国家陆海相邻的独特优势，深度融入共建“一带一路”，加快西部陆海新通道建设，努力打造面向东盟的开放合作高地。")
    body("四、广西壮族自治区人民政府要加强对《方案》实施的组织领导，完善工作机制，落实主体责任，在风险可控前提下，大胆试、大胆闯、自主改，为扩展区域建设营造良好环境。扩展区域内的开发利用须遵守土地利用、生态环境保护、规划等有关规定，严守耕地保护红线和生态保护红线，节约集约利用资源。")
    body("五、商务部要会同有关部门加强统筹协调和指导评估，支持扩展区域开展差别化探索。国务院有关部门要按照职责分工，积极支持扩展区域建设，在政策、资金、项目等方面给予指导和支持。《方案》实施中的重大问题，广西壮族自治区人民政府、商务部要及时向国务院请示报告。")
    empty(doc, 1, line=LN)
    par(doc, IND + "附件：中国（广西）自由贸易试验区扩展区域总体方案", BS, line=LN)
    empty(doc, 1, line=LN)
    # 落款 pushed right with typed spaces
    par(doc, " " * 62 + "国务院", BS, line=LN)
    par(doc, " " * 56 + "2026年4月10日", BS, line=LN)
    par(doc, IND + "（此件公开发布）", BS, line=LN)

    # ---- the 总体方案 (web copy: follows straight on, no page break)
    empty(doc, 1, line=LN)
    par(doc, [("中国（广西）自由贸易试验区扩展区域总体方案", XBS, 18, False)],
        align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=8)

    body("中国（广西）自由贸易试验区（以下简称自贸试验区）设立以来，各项改革试点任务总体落实，在服务构建中国—东盟命运共同体、推动西部陆海新通道建设等方面取得积极成效。为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步发挥广西与东盟国家陆海相邻的独特优势，在更大范围、更宽领域、更深层次开展改革探索，在广西北海市、防城港市设立自贸试验区扩展区域（以下简称扩展区域），制定本方案。")
    head1("一、总体要求")
    runin("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，服务和融入新发展格局，以制度创新为核心，以可复制可推广为基本要求，对接国际高标准经贸规则，深度融入共建“一带一路”，着力建设面向东盟的开放合作高地，为推动形成陆海内外联动、东西双向互济的开放格局作出更大贡献。")
    runin("（二）战略定位。", "以向海经济和沿边开放为特色，着力打造西部陆海新通道门户港重要支撑区、面向东盟的大宗商品集散交易中心、中国—东盟跨境产业链供应链合作示范区和沿边金融开放创新先行区。")
    runin("（三）发展目标。", "经过三至五年改革探索，扩展区域对外开放水平显著提升，投资贸易便利化程度明显提高，向海经济和沿边特色产业集聚发展，与东盟国家产业链供应链深度融合，力争建成贸易投资便利、金融服务完善、监管安全高效、辐射带动作用突出的高标准高质量自由贸易园区。到2030年，扩展区域货物进出口总额达到2800亿元，实际使用外资累计达到15亿美元，形成一批具有广西特色的制度创新成果。")
    head1("二、区位布局")
    runin("（一）实施范围。", "扩展区域的实施范围59.86平方公里，涵盖两个片区：北海片区31.27平方公里（含北海综合保税区2.28平方公里），防城港片区28.59平方公里。各区块面积及主要功能如下：")

    hdr = ["片区", "区块", "面积（平方公里）", "主要功能"]
    rows = [
        ["北海片区", "铁山港区块", "17.65", "临港产业、向海经济、大宗商品储运"],
        ["北海片区", "银海区块（含北海综合保税区2.28平方公里）", "13.62", "电子信息、跨境电商、保税服务"],
        ["防城港片区", "企沙区块", "16.42", "钢铁、有色金属、粮油加工、国际物流"],
        ["防城港片区", "东兴区块", "12.17", "边境贸易、跨境金融、跨境旅游"],
        ["合计", "—", "59.86", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 11)
    m1 = t.cell(1, 0).merge(t.cell(2, 0))
    m2 = t.cell(3, 0).merge(t.cell(4, 0))
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 0 and ri in (2, 4):
                continue
            c = t.cell(ri, ci)
            if ci == 0 and ri == 1:
                c = m1
            if ci == 0 and ri == 3:
                c = m2
            set_cell(c, v, FS, 11, align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [2.6, 5.6, 2.6, 5.0])
    note = "注：东兴区块与东兴国家重点开发开放试验区相衔接。扩展区域各区块的具体四至范围由商务部、自然资源部负责发布。"
    clauses.append(note)
    par(doc, note, 10.5, line=18, before=3)

    runin("（二）功能划分。", "北海片区重点发展电子信息、新材料、海洋装备、跨境电商和保税服务等产业，打造向海经济示范区和面向东盟的电子信息产业合作基地；防城港片区重点发展钢铁、有色金属、粮油加工、国际物流和边境贸易，建设国际医学开放试验区和跨境金融创新示范区。")
    runin("（三）开发利用管控要求。", "扩展区域开发利用须遵守土地利用、生态环境保护、规划有关法律法规，符合国土空间规划，严守耕地保护红线和生态保护红线，落实海域和无居民海岛保护利用要求。")
    head1("三、主要任务和措施")
    head2("（一）深化投资领域改革")
    body("1.提升投资便利化水平。全面落实外商投资准入前国民待遇加负面清单管理制度，支持外商投资企业参与扩展区域港口、物流、能源等基础设施建设。探索建立“标准地+承诺制”项目审批模式，推行“拿地即开工”。")
    body("2.完善投资保护和服务机制。健全外商投资企业投诉工作机制，依法保护外商投资企业合法权益。设立面向东盟的国际投资“单一窗口”，为境内外企业提供投资咨询、项目对接、法律服务等一站式服务。")
    head2("（二）推动贸易转型升级")
    body("1.创新边境贸易发展模式。支持东兴区块开展边民互市贸易进口商品落地加工试点，完善“互市贸易+加工”全链条监管，推动边民互市贸易由“过货”向“落地”转变。允许符合条件的边民互助组织依法开展互市贸易商品二级市场交易。")
    body("2.提升跨境电商发展水平。支持北海综合保税区开展跨境电商零售进口业务，建设面向东盟的跨境电商分拨中心。支持企业在东盟国家建设海外仓，推动跨境电商与西部陆海新通道海铁联运班列融合发展。")
    body("3.培育大宗商品贸易。支持在扩展区域建设面向东盟的铁矿石、有色金属、粮油等大宗商品交易平台和储运基地，依法依规开展保税仓储、保税混矿、期货保税交割等业务。")
    head2("（三）深化面向东盟的金融开放创新")
    body("1.扩大人民币跨境使用。支持扩展区域内银行业金融机构按规定为境外机构和个人办理人民币结算业务，扩大中国—东盟跨境人民币结算规模。开展本外币合一银行结算账户体系试点。")
    body("2.完善跨境金融服务。支持东兴区块开展个人本外币兑换特许业务，探索建立边境贸易跨境结算便利化机制。支持保险机构开发面向东盟市场的跨境物流、工程承包等保险产品。")
    head2("（四）建设西部陆海新通道重要节点")
    body("1.提升港口综合服务能力。推动北部湾港铁山港、防城港企沙港区码头和航道建设，加密至东盟国家港口的集装箱航线。推进国际贸易“单一窗口”与东盟国家口岸信息互联互通，开展“船边直提”“抵港直装”等便利化措施。")
    body("2.完善多式联运体系。支持开行西部陆海新通道海铁联运班列，推广多式联运“一单制”，探索赋予多式联运单证物权凭证功能。支持防城港片区建设中越跨境公路运输枢纽。")
    head2("（五）深化与东盟国家产业链供应链合作")
    body("1.共建跨境产业链。支持扩展区域与越南等东盟国家共建跨境产业合作园区，推动电子信息、新材料、农产品加工等产业跨境协作，探索“两国双园”联动发展模式。")
    body("2.发展向海经济。支持北海片区发展海洋装备制造、海洋生物医药和现代海洋渔业，推动远洋渔业基地建设，依法开展自捕水产品运回管理创新。")
    head1("四、保障机制")
    runin("（一）坚持党的全面领导。", "坚持和加强党对扩展区域建设工作的全面领导，坚持以人民为中心的发展思想，在全面从严治党前提下，建立健全风险防控和激励担当作为工作机制。")
    runin("（二）强化法治保障。", "扩展区域各项改革开放措施涉及调整现行法律或行政法规的，按法定程序经全国人大或国务院统一授权后实施。广西壮族自治区要加强地方立法，及时修订完善自贸试验区条例，建立公正透明、体系完备的法治环境。")
    runin("（三）完善配套政策。", "各有关部门要支持扩展区域深化改革创新，及时下放相关管理权限，给予充分改革自主权。国务院有关部门出台的适用于自贸试验区的支持政策，扩展区域均可按规定适用。")
    runin("（四）做好组织实施。", "广西壮族自治区人民政府要切实履行主体责任，加强组织领导，细化任务分工，加强人才培养，确保各项改革开放措施落地见效。商务部要会同有关部门加强指导和服务，做好评估推广工作。重大事项及时向党中央、国务院请示报告。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="国务院关于中国（广西）自由贸易试验区扩展区域总体方案的批复",
            doc_number="国函〔2026〕38号",
            date="2026-04-10",
            published="2026-04-17",
            attachments=["中国（广西）自由贸易试验区扩展区域总体方案"],
            recipients=["广西壮族自治区人民政府", "商务部"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sichuan():
    """商务部 website repost (来源：中国政府网), 宋体 小四 web paste with NBSP indents,
    批复 body in ONE Word paragraph split by manual line breaks (<br>), half-width
    colons in the 发布日期 line, 落款 date in Chinese numerals, 附件 label on a new
    page, title split over two paragraphs, headings on their own lines, a table with
    a two-level merged header repeated on each page, footer 第 X 页 共 Y 页."""
    stem = "blind972_sichuan_kuoqu"
    doc = Document()
    setup(doc, SONG, 12, margins=(2.54, 2.54, 3.18, 3.18), footer="of")
    clauses = []
    IND = "\u00a0\u00a0\u00a0\u00a0"
    BS = 12
    MUL = 1.5

    def body(t):
        clauses.append(t)
        par(doc, IND + t, BS, SONG, multiple=MUL)

    def head1(t):
        par(doc, [(IND + t, HT, BS, True)], multiple=MUL)

    def head2(t):
        par(doc, [(IND + t, KT, BS, True)], multiple=MUL)

    # ---- ministry web chrome
    p = par(doc, [("中华人民共和国商务部", YAHEI, 16, True, RED),
                  ("\u3000\u3000Ministry of Commerce of the People's Republic of China", "Arial", 8, False, GREY)],
            line=24)
    border(p, "bottom", "C00000", 12, 2)
    par(doc, [("当前位置：", SONG, 9, False, GREY), ("首页", SONG, 9, False, BLUE),
              (" > ", SONG, 9, False, GREY), ("政务公开", SONG, 9, False, BLUE),
              (" > ", SONG, 9, False, GREY), ("政策发布", SONG, 9, False, BLUE)], line=16, before=4)
    empty(doc, 1, line=10)
    par(doc, [("国务院关于中国（四川）自由贸易试验区扩展区域总体方案的批复", YAHEI, 15, True)],
        align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    par(doc, [("发布日期:2026-06-03 09:30", SONG, 9, False, GREY), ("      ", SONG, 9, False),
              ("来源:中国政府网", SONG, 9, False, GREY)], align=WD_ALIGN_PARAGRAPH.CENTER, line=16, before=4)
    p = par(doc, [("【字体：", SONG, 9, False, GREY), ("大", SONG, 9, False, BLUE), (" ", SONG, 9, False),
                  ("中", SONG, 9, False, BLUE), (" ", SONG, 9, False), ("小", SONG, 9, False, BLUE),
                  ("】\u3000\u3000【打印本页】\u3000\u3000【关闭窗口】", SONG, 9, False, GREY)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=16)
    border(p, "bottom", "D9D9D9", 6, 4)
    empty(doc, 1, line=12)

    par(doc, "国函〔2026〕61号", BS, SONG, align=WD_ALIGN_PARAGRAPH.CENTER, multiple=MUL)
    par(doc, "四川省人民政府、商务部：", BS, SONG, multiple=MUL)
    # one paragraph, lines separated by <br> → manual line breaks
    lines = [
        "你们关于中国（四川）自由贸易试验区扩展区域总体方案的请示收悉。现批复如下：",
        "一、同意《中国（四川）自由贸易试验区扩展区域总体方案》（以下简称《方案》），请认真组织实施。",
        "二、中国（四川）自由贸易试验区扩展区域（以下简称扩展区域）实施范围61.37平方公里，涵盖绵阳片区22.18平方公里、德阳片区17.46平方公里、宜宾片区21.73平方公里（含宜宾综合保税区1.36平方公里）。",
        "三、扩展区域建设要以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，坚持以制度创新为核心，发挥四川作为西部内陆开放前沿和“一带一路”与长江经济带联结点的区位优势，深入推进成渝地区双城经济圈建设，协同推进中欧班列（成渝）和西部陆海新通道建设，努力打造内陆开放型经济高地。",
        "四、四川省人民政府要加强组织领导，完善工作机制，细化任务举措，确保《方案》各项任务落到实处。扩展区域要统筹发展和安全，切实防范化解各类风险。",
        "五、商务部要会同有关部门加强指导协调和督促检查，及时总结评估，推动形成更多可复制可推广的制度创新成果。《方案》实施中的重大问题，四川省人民政府、商务部要及时向国务院请示报告。",
    ]
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run("\u3000\u3000" + ln), SONG, BS)
        clauses.append(ln)
    fmt(p, multiple=MUL)
    empty(doc, 1, line=18)
    par(doc, "国务院\u3000\u3000\u3000\u3000", BS, SONG, align=WD_ALIGN_PARAGRAPH.RIGHT, multiple=MUL)
    par(doc, "二〇二六年五月二十七日\u3000", BS, SONG, align=WD_ALIGN_PARAGRAPH.RIGHT, multiple=MUL)
    par(doc, "\u3000\u3000（此件公开发布）", BS, SONG, multiple=MUL)

    # ---- 附件 on its own page
    page_break(doc)
    par(doc, [("附件", HT, 14, False)], line=24)
    empty(doc, 1, line=12)
    par(doc, [("中国（四川）自由贸易试验区扩展", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    par(doc, [("区域总体方案", XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=8)

    body("为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步发挥中国（四川）自由贸易试验区（以下简称自贸试验区）改革开放试验田作用，在四川省绵阳市、德阳市、宜宾市设立自贸试验区扩展区域（以下简称扩展区域），制定本方案。")
    head1("一、总体要求")
    head2("（一）指导思想")
    body("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，服务和融入新发展格局，统筹发展和安全，以制度创新为核心，以可复制可推广为基本要求，立足四川在国家发展大局中的战略地位，推动扩展区域与成都天府新区片区、成都青白江铁路港片区、川南临港片区联动发展，为建设内陆开放战略高地提供有力支撑。")
    head2("（二）战略定位")
    body("立足科技创新、先进制造和长江航运优势，努力将扩展区域建设成为科技成果转化和国际技术合作示范区、重大装备制造业开放发展先行区、长江上游航运物流枢纽和动力电池产业开放合作高地。")
    head2("（三）发展目标")
    body("经过三至五年改革探索，扩展区域营商环境达到国内一流水平，贸易投资便利化、自由化程度显著提升，科技创新和先进制造业开放合作取得明显进展。到2030年，各片区主要发展指标如下：")
    par(doc, [("扩展区域各片区2030年主要发展指标", HT, 11, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
        line=20, before=4)

    top = ["序号", "片区", "实施面积（平方公里）", "2030年目标", "", ""]
    sub = ["", "", "", "货物进出口额（亿元）", "实际使用外资（亿美元）", "新增经营主体（万户）"]
    keys = ["序号", "片区", "实施面积（平方公里）", "2030年目标／货物进出口额（亿元）",
            "2030年目标／实际使用外资（亿美元）", "2030年目标／新增经营主体（万户）"]
    rows = [
        ["1", "绵阳片区", "22.18", "650", "4.5", "1.8"],
        ["2", "德阳片区", "17.46", "520", "3.2", "1.2"],
        ["3", "宜宾片区", "21.73", "780", "5.0", "1.5"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in range(3):
        mc = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(mc, top[ci], HT, 10.5)
    mt = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(mt, top[3], HT, 10.5)
    for ci in range(3, 6):
        set_cell(t.cell(1, ci), sub[ci], HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, SONG, 10.5)
        clauses.append(row_clause(keys, row))
    col_widths(t, [1.2, 2.4, 2.6, 2.8, 2.8, 2.8])
    note = "注：货物进出口额、实际使用外资为年度值，新增经营主体为2026—2030年累计值。"
    clauses.append(note)
    par(doc, note, 9, SONG, line=16, before=3)

    head1("二、区位布局")
    head2("（一）实施范围")
    body("扩展区域的实施范围61.37平方公里，涵盖三个片区：绵阳片区22.18平方公里，德阳片区17.46平方公里，宜宾片区21.73平方公里（含宜宾综合保税区1.36平方公里）。")
    head2("（二）功能划分")
    body("绵阳片区重点发展电子信息、先进材料、航空航天配套和科技服务等产业，建设国际技术转移中心；德阳片区重点发展清洁能源装备、高端装备制造和通用航空等产业，打造国际装备制造合作基地；宜宾片区重点发展动力电池、晶硅光伏、智能终端和港口物流等产业，建设长江上游国际航运物流中心和全球动力电池产业重要基地。")
    head1("三、主要任务和措施")
    head2("（一）打造科技创新开放合作平台")
    body("1．推进国际技术转移。支持绵阳片区建设国际技术转移中心，与共建“一带一路”国家科研机构开展联合研发。探索建立科技成果跨境转化收益分配机制。")
    body("2.优化科研物资进出境管理。在风险可控前提下，推动科研物资通关便利化：")
    body("（1）对扩展区域内研发机构进口的科研设备、试剂、样品，实施“白名单”管理，简化进口审批手续。")
    body("(2)支持符合条件的研发机构开展保税研发，研发用料件实行保税监管。")
    head2("（二）提升先进制造业开放水平")
    body("1.支持德阳片区重大装备企业“走出去”，在共建“一带一路”国家开展清洁能源装备、冶金装备等工程总承包和运维服务。对企业出境维修、检测的装备实行便利化监管。")
    body("2.支持宜宾片区建设动力电池全产业链开放合作高地，依法依规开展锂电池海运出口便利化试点，探索建立动力电池碳足迹核算和认证体系，对接国际规则。")
    body("3.开展保税维修和再制造业务。支持扩展区域内企业按规定开展航空发动机、工程机械等产品的保税维修和再制造。")
    head2("（三）构建长江上游国际物流枢纽")
    body("1.提升宜宾港集装箱作业能力，推动宜宾港与泸州港协同发展，开行长江上游至东盟、中东的铁水联运班列。")
    body("2.推动中欧班列（成渝）与西部陆海新通道在扩展区域联动衔接，支持开行德阳、绵阳至中亚、欧洲的国际班列。推广“铁路运输单证+金融”模式。")
    head2("（四）深化金融领域开放创新")
    body("1.支持扩展区域内企业按规定开展跨境融资，开展科技型企业跨境融资便利化试点。")
    body("2.支持设立科技金融专营机构，推动知识产权质押融资、知识产权证券化等业务创新。")
    head1("四、保障机制")
    body("（一）加强党的领导。坚持和加强党对改革开放的领导，把党的领导贯穿扩展区域建设全过程。")
    body("（二）强化统筹协调。四川省要建立扩展区域与自贸试验区既有片区协同推进机制，将扩展区域建设纳入自贸试验区工作领导小组统一管理。")
    body("（三）加强风险防控。强化底线思维和风险意识，完善风险防控和处置机制，加强事中事后监管，切实防范化解重大风险。")
    body("（四）抓好组织实施。四川省人民政府要制定实施方案，明确责任主体，确保各项改革举措落地见效。商务部要会同有关部门加强指导和评估。重大事项及时向党中央、国务院请示报告。")

    empty(doc, 1, line=14)
    p = par(doc, [("【打印本页】\u3000\u3000【关闭窗口】", SONG, 9, False, GREY)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=16)
    border(p, "bottom", "C00000", 8, 4)
    par(doc, [("主办单位：中华人民共和国商务部\u3000\u3000版权所有：中华人民共和国商务部", SONG, 8, False, GREY)],
        align=WD_ALIGN_PARAGRAPH.CENTER, line=14, before=4)
    par(doc, [("网站标识码：bm22000001\u3000\u3000京ICP备05004761号", SONG, 8, False, GREY)],
        align=WD_ALIGN_PARAGRAPH.CENTER, line=14)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="国务院关于中国（四川）自由贸易试验区扩展区域总体方案的批复",
            doc_number="国函〔2026〕61号",
            date="2026-05-27",
            published="2026-06-03",
            attachments=["中国（四川）自由贸易试验区扩展区域总体方案"],
            recipients=["四川省人民政府", "商务部"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_henan():
    """gov.cn 最新 page: page title then the title repeated in 公文 style (two lines via
    a soft break), 批复 items numbered with Word automatic numbering (一、二、…),
    落款 in a borderless layout table, 方案 printed after a page break with no 附件
    label, a 任务分工 table split by hand with 续表 and the header typed again,
    【我要纠错】/责任编辑 chrome at the end, footer - 1 -."""
    stem = "blind972_henan_kuoqu"
    doc = Document()
    setup(doc, FS, 14, margins=(3.0, 2.8, 2.8, 2.6), footer="hyphen")
    clauses = []
    BS = 14
    LN = 24
    n_pf = make_numbering(doc, "%1、", first_line=560)

    def body(t, size=BS):
        clauses.append(t)
        par(doc, t, size, first=Pt(2 * size), line=LN)

    def head1(t):
        par(doc, [(t, HT, BS, False)], first=Pt(2 * BS), line=LN)

    def runin(h, t):
        clauses.append(h + t)
        par(doc, [(h, KT, BS, True), (t, FS, BS, False)], first=Pt(2 * BS), line=LN)

    # ---- gov.cn chrome
    par(doc, [("首页 > 政策 > 最新", SONG, 9, False, GREY)], line=14)
    par(doc, [("国务院关于同意中国（河南）自由贸易试验区扩展区域总体方案的批复", YAHEI, 14, True)],
        align=WD_ALIGN_PARAGRAPH.LEFT, line=24, before=6)
    par(doc, [("发布日期：2026-08-14 17:30\u3000\u3000来源： ", SONG, 9, False, GREY),
              ("中国政府网", SONG, 9, False, BLUE)], line=16)
    p = par(doc, [("【字体：大 中 小】", SONG, 9, False, GREY), ("\u3000打印", SONG, 9, False, BLUE)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=16)
    border(p, "bottom", "1F4E9A", 8, 4)

    # ---- 公文 part
    p = doc.add_paragraph()
    font(p.add_run("国务院关于同意中国（河南）自由贸易试验区"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("扩展区域总体方案的批复"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    par(doc, "国函〔2026〕97号", BS, align=WD_ALIGN_PARAGRAPH.CENTER, line=LN, before=6)
    empty(doc, 1, line=12)
    par(doc, "河南省人民政府、商务部：", BS, line=LN)
    body("你们关于设立中国（河南）自由贸易试验区扩展区域的请示收悉。现批复如下：")
    items = [
        "同意《中国（河南）自由贸易试验区扩展区域总体方案》（以下简称《方案》），请认真组织实施。",
        "中国（河南）自由贸易试验区扩展区域（以下简称扩展区域）实施范围42.35平方公里，涵盖郑州航空港片区27.43平方公里（含郑州新郑综合保税区4.21平方公里）、新乡片区14.92平方公里。扩展区域要立足“空中丝绸之路”和内陆开放枢纽定位，推动航空物流、电子信息、生物医药等产业开放发展，为建设内陆开放型经济新高地作出贡献。",
        "河南省人民政府要加强组织领导，压实主体责任，按照《方案》要求扎实推进各项改革任务。国务院有关部门要按照职责分工给予积极支持。",
        "扩展区域建设中的重大问题，河南省人民政府、商务部要及时向国务院请示报告。",
    ]
    cn = "一二三四五六七八九十"
    for i, it in enumerate(items):
        p = par(doc, it, BS, first=Pt(2 * BS), line=LN)
        apply_num(p, n_pf)
        clauses.append(cn[i] + "、" + it)
    empty(doc, 1, line=16)
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    set_cell(lt.cell(0, 1), "国务院", FS, BS, line=LN)
    set_cell(lt.cell(1, 1), "2026年8月6日", FS, BS, line=LN)
    col_widths(lt, [9.0, 6.6])
    par(doc, "（此件公开发布）", BS, first=Pt(2 * BS), line=LN)

    # ---- 方案, no 附件 label (new page via 段前分页)
    p = par(doc, [("中国（河南）自由贸易试验区扩展区域总体方案", XBS, 19, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=8)
    p.paragraph_format.page_break_before = True
    body("为深入贯彻落实党中央、国务院决策部署，在河南省郑州市、新乡市设立中国（河南）自由贸易试验区扩展区域（以下简称扩展区域），制定本方案。")
    head1("一、总体要求")
    runin("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，发挥郑州—卢森堡“空中丝绸之路”和中欧班列（郑州）双向开放通道作用，加快建设内陆开放型经济新高地。")
    runin("（二）发展目标。", "到2030年，扩展区域航空货邮吞吐量突破150万吨，货物进出口总额达到6500亿元，基本建成连接世界、辐射全国的航空物流枢纽和开放型产业集聚区。")
    head1("二、主要任务")
    runin("（一）建设“空中丝绸之路”核心区。", "拓展郑州至共建“一带一路”国家全货机航线，推进航空电子货运试点，支持开展第五航权试点。")
    runin("（二）发展跨境电商和保税业态。", "支持郑州新郑综合保税区开展跨境电商零售进口药品试点，创新“跨境电商+空港+陆港”模式。")
    runin("（三）推动产业开放发展。", "支持新乡片区发展生物医药、电池新材料和特种装备产业，开展生物医药研发用物品进口便利化试点。")
    runin("（四）深化投资贸易便利化。", "全面实施外商投资准入负面清单，推行“一业一证”“证照分离”改革，探索建立企业投资项目承诺制。")
    head1("三、重点任务分工")
    body("各项重点任务分工如下：")

    hdr = ["序号", "重点任务", "牵头单位", "完成时限"]
    rows = [
        ["1", "开通郑州至中亚、东南亚全货机航线不少于5条", "河南省人民政府、中国民航局", "2027年底前"],
        ["2", "开展航空电子货运试点", "中国民航局、海关总署", "2027年底前"],
        ["3", "开展跨境电商零售进口药品试点", "商务部、国家药监局、海关总署", "2027年底前"],
        ["4", "建设郑州航空港国际航空物流枢纽", "河南省人民政府", "2028年底前"],
        ["5", "开展生物医药研发用物品进口便利化试点", "海关总署、国家药监局", "2027年底前"],
        ["6", "推行“一业一证”改革", "河南省人民政府", "2026年底前"],
        ["7", "建立扩展区域制度创新成果评估机制", "商务部、河南省人民政府", "持续推进"],
    ]

    def part(rs):
        t = doc.add_table(rows=1 + len(rs), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(t.cell(0, i), h, HT, 10.5, line=16)
        for ri, row in enumerate(rs, 1):
            t.rows[ri]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5, line=16,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append(row_clause(hdr, row))
        col_widths(t, [1.3, 6.6, 5.0, 2.7])

    part(rows[:2])
    p = par(doc, [("续表", HT, 12, False)], line=20)
    p.paragraph_format.page_break_before = True
    part(rows[2:])
    note = "注：列第一位的为主要牵头单位，其他单位按职责分工配合推进。"
    clauses.append(note)
    par(doc, note, 12, line=20, before=3)
    head1("四、组织实施")
    body("河南省人民政府要切实履行主体责任，建立健全工作推进机制，确保各项任务落实到位。商务部要会同有关部门加强指导、协调和评估。重大事项及时向党中央、国务院请示报告。")

    empty(doc, 1, line=16)
    p = par(doc, [("【我要纠错】", SONG, 9, False, BLUE), ("\u3000\u3000责任编辑：李静", SONG, 9, False, GREY)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, line=16)
    border(p, "top", "B0B0B0", 6, 4)
    par(doc, [("扫一扫在手机打开当前页", SONG, 9, False, GREY)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=16)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="国务院关于同意中国（河南）自由贸易试验区扩展区域总体方案的批复",
            doc_number="国函〔2026〕97号",
            date="2026-08-06",
            published="2026-08-14",
            attachments=["中国（河南）自由贸易试验区扩展区域总体方案"],
            recipients=["河南省人民政府", "商务部"],
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_sichuan(), doc_henan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
