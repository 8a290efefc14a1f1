# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 840: 推进“一带一路”建设工作联席会议制度 / 工作规则 / 组成人员调整, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
SP = "\u3000"


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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
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


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else "")
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    """fixed layout + tblGrid, so LibreOffice keeps the column widths."""
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_840", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering -------------------------------------------
_next_abs = [840]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text))
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


expected = {}


# =================================================================== DOC A
def doc_quanzhou():
    """泉州市政府办公室 红头通知：建立联席会议制度 + 附件成员名单表."""
    stem = "blind840_quanzhou_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000086", HT, 16, False)], indent=False, line=28)   # 份号
    add_par(doc, [("泉州市人民政府办公室文件", XBS, 34, False, RED)],
            align=C, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, "泉政办〔2025〕57号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed over three paragraphs, broken at odd places
    for t in ("泉州市人民政府办公室关于建立", "泉州市推进“一带一路”建设工作",
              "联席会议制度的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市直有关单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设21世纪海上丝绸之路先行区，进一步加强统筹协调和部门协作，经市政府同意，建立泉州市推进“一带一路”建设工作联席会议制度(以下简称联席会议)。现将有关事项通知如下：")
    head("一、主要职责")
    body("在市委、市政府领导下，统筹协调全市推进“一带一路”建设工作，研究贯彻落实国家和省有关共建“一带一路”的重大决策部署；研究制定全市参与共建“一带一路”的年度工作要点和重大政策措施；协调推进海丝国际合作平台建设、重大对外投资合作项目和国际产能合作；督促检查各项工作任务落实情况，协调解决工作推进中的重大问题；完成市委、市政府交办的其他事项。")
    head("二、组成人员")
    body("联席会议由市政府分管副市长担任召集人，协助分管副秘书长和市发展改革委主要负责同志担任副召集人，市委宣传部、市委外办、市发展改革委、市工信局、市教育局、市科技局、市财政局、市自然资源局、市交通运输局、市商务局、市文旅局、市金融办、泉州海关、市贸促会、中国人民银行泉州市分行、泉州港口发展中心等16个单位分管负责同志为成员（名单见附件）。")
    body("联席会议办公室设在市发展改革委，承担联席会议日常工作，办公室主任由市发展改革委分管负责同志兼任。各成员单位确定1名科级干部为联络员。联席会议成员因工作变动需要调整的，由所在单位提出，报联席会议办公室备案。")
    head("三、工作规则")
    runin("（一）会议制度。", "联席会议原则上每半年召开一次全体会议，由召集人或召集人委托的副召集人主持；根据工作需要，可临时召开全体会议或部分成员单位会议。联席会议可邀请其他有关部门、县（市、区）政府和有关企业、专家参加。")
    runin("（二）议定事项。", "联席会议以会议纪要形式明确议定事项，经召集人同意后印发有关方面。重大事项按程序报市委、市政府。")
    runin("（三）信息报送。", "各成员单位于每季度末前5个工作日内向联席会议办公室报送本单位推进“一带一路”建设工作进展情况，联席会议办公室汇总后定期通报。")
    head("四、工作要求")
    body("各成员单位要按照职责分工，主动研究推进“一带一路”建设的有关问题，认真落实联席会议议定事项，加强沟通协调，形成工作合力。联席会议办公室要及时跟踪督促议定事项落实，定期向召集人报告工作进展。")
    empty(doc, 1)
    add_par(doc, "附件：泉州市推进“一带一路”建设工作联席会议成员名单")
    empty(doc, 2)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 34 + "泉州市人民政府办公室", indent=False)
    add_par(doc, " " * 37 + "2025年11月20日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("泉州市推进“一带一路”建设工作", XBS, 22, False)], align=C, indent=False, line=32,
            before=10)
    add_par(doc, [("联席会议成员名单", XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "联席会议职务", "姓名", "单位及职务"]
    rows = [
        ["1", "召集人", "林志鹏", "市政府副市长"],
        ["2", "副召集人", "黄少华", "市政府副秘书长"],
        ["3", "副召集人", "陈国栋", "市发展改革委主任"],
        ["4", "成员", "苏建平", "市委宣传部副部长"],
        ["5", "成员", "吴晓玲", "市委外办副主任"],
        ["6", "成员", "郑鸿飞", "市发展改革委副主任"],
        ["7", "成员", "蔡明辉", "市工信局副局长"],
        ["8", "成员", "洪秀珍", "市教育局副局长"],
        ["9", "成员", "庄文彬", "市科技局副局长"],
        ["10", "成员", "王丽娟", "市财政局副局长"],
        ["11", "成员", "许振华", "市自然资源局副局长"],
        ["12", "成员", "李永强", "市交通运输局副局长"],
        ["13", "成员", "张雅琴", "市商务局副局长"],
        ["14", "成员", "傅德明", "市文旅局副局长"],
        ["15", "成员", "杨建新", "市金融办副主任"],
        ["16", "成员", "陈志远", "泉州海关副关长"],
        ["17", "成员", "柯丽萍", "市贸促会副会长"],
        ["18", "成员", "黄文龙", "中国人民银行泉州市分行副行长"],
        ["19", "成员", "周海涛", "泉州港口发展中心副主任"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.6, 3.2, 2.6, 8.0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=20)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=18,
                     align=L if ci == 3 else C)
        cant_split(t.rows[ri])
        clauses.append(row_clause(header, row))
    # vertically merged 职务 column (the value printed once per block)
    for r1, r2, v in ((1, 1, "召集人"), (2, 3, "副召集人"), (4, 19, "成员")):
        cell = t.cell(r1, 1) if r1 == r2 else t.cell(r1, 1).merge(t.cell(r2, 1))
        set_cell(cell, v, FS, 12, line=18)
    note = "注：联席会议办公室主任由郑鸿飞同志兼任。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级法院，市检察院。",
          "泉州市人民政府办公室", "2025年11月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "泉州市人民政府办公室关于建立泉州市推进“一带一路”建设工作联席会议制度的通知",
            "doc_number": "泉政办〔2025〕57号",
            "issuer": ["泉州市人民政府办公室"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "泉州市",
            "effective": None,
            "expires": None,
            "attachments": ["泉州市推进“一带一路”建设工作联席会议成员名单"],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "泉州开发区管委会", "泉州台商投资区管委会",
                           "市直有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_lianyungang():
    """连云港 联席会议工作规则（章/条，无红头，审议通过题注）+ 附件职责分工表."""
    stem = "blind840_lianyungang_guize"
    doc = Document()
    setup(doc)
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("连云港市推进“一带一路”建设工作"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("联席会议工作规则"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, before=12)
    add_par(doc, [("（2026年2月26日市推进“一带一路”建设工作联席会议", KT, 16, False)],
            align=C, indent=False, before=6)
    add_par(doc, [("第一次全体会议审议通过）", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=6, after=6)

    def art(n, t, extra=(), breaks=False):
        """n: 第X条; extra: items typed as own paragraphs (or Shift+Enter lines)."""
        clauses.append(n + SP + t + "".join(extra))
        p = doc.add_paragraph()
        font(p.add_run(n), HT, 16)
        font(p.add_run(SP + t), FS, 16)
        fmt(p)
        if breaks:
            for e in extra:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(SP * 2 + e), FS, 16)
        else:
            for e in extra:
                # clerk indents item paragraphs with typed full-width spaces
                add_par(doc, SP * 2 + e, indent=False)

    chap("第一章　总　　则")
    art("第一条", "为深入推进新亚欧大陆桥经济走廊建设，加快打造“一带一路”强支点，规范连云港市推进“一带一路”建设工作联席会议（以下简称联席会议）运行，提高议事协调效率，根据国家和省有关规定，结合我市实际，制定本规则。")
    art("第二条", "联席会议在市委、市政府领导下，负责统筹协调全市推进“一带一路”建设工作，指导、推动、督促各地各部门落实“一带一路”建设各项任务。")
    chap("第二章　组织机构")
    art("第三条", "联席会议由市政府分管副市长担任召集人，市政府协助分管副秘书长、市发展改革委主任担任副召集人，各成员单位分管负责同志为联席会议成员。")
    art("第四条", "联席会议成员单位包括：市发展改革委、市委宣传部、市委外办、市工业和信息化局、市财政局、市交通运输局、市商务局、市文化广电和旅游局、市政府国资委、连云港海关、市贸促会、中国（江苏）自由贸易试验区连云港片区管委会、连云港港口控股集团有限公司。各成员单位职责分工见附件。")
    art("第五条", "联席会议办公室设在市发展改革委，承担联席会议日常工作，办公室主任由市发展改革委分管负责同志兼任。主要职责是：",
        ["（一）筹备联席会议全体会议和专题会议，起草会议纪要；",
         "（二）跟踪督促联席会议议定事项和年度重点任务落实；",
         "（三）收集汇总成员单位工作进展情况，编发工作简报；",
         "（四）承办联席会议交办的其他事项。"], breaks=True)
    art("第六条", "各成员单位确定1名处级干部为联络员，负责日常联系工作。联席会议成员和联络员因工作变动需要调整的，由所在单位提出，报联席会议办公室备案。")
    chap("第三章　会议制度")
    art("第七条", "联席会议实行全体会议和专题会议制度：",
        ["（一）全体会议原则上每年召开两次，由召集人主持，研究部署年度重点工作，听取成员单位工作情况汇报；",
         "（二）专题会议根据工作需要不定期召开，由召集人或者其委托的副召集人主持，研究协调具体事项。"])
    art("第八条", "联席会议议题由成员单位提出，经联席会议办公室汇总并报召集人审定后确定。")
    art("第九条", "联席会议以会议纪要形式明确议定事项，经召集人签发后印发各成员单位。重大事项按程序报市委、市政府。")
    chap("第四章　工作制度")
    art("第十条", "督办落实制度。联席会议办公室对议定事项实行台账管理，明确责任单位和完成时限，每季度通报落实情况。")
    art("第十一条", "信息报送制度。各成员单位于每季度结束后10日内向联席会议办公室报送工作进展情况，每年12月20日前报送年度工作总结和下一年度工作计划。")
    art("第十二条", "考核评价制度。联席会议办公室每年对各成员单位推进“一带一路”建设工作情况进行评价，评价结果报市政府，并作为相关综合考核的参考依据。")
    chap("第五章　附　　则")
    art("第十三条", "本规则由联席会议办公室负责解释。")
    art("第十四条", "本规则自2026年3月1日起施行，有效期至2030年12月31日。2021年印发的《连云港市推进“一带一路”建设工作联席会议工作规则（试行）》（连一带一路办〔2021〕3号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：连云港市推进“一带一路”建设工作联席会议成员单位职责分工表")

    # ---- 附件: table split by hand, 续表 retyped
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("连云港市推进“一带一路”建设工作联席会议", XBS, 20, False)],
            align=C, indent=False, line=30, before=6)
    add_par(doc, [("成员单位职责分工表", XBS, 20, False)], align=C, indent=False, line=30,
            after=6)
    header = ["序号", "成员单位", "主要职责", "联络处室"]
    rows = [
        ["1", "市发展改革委", "承担联席会议办公室日常工作；统筹研究全市推进“一带一路”建设重大规划和政策，牵头推进新亚欧大陆桥经济走廊建设和重大项目谋划储备。", "区域开放处"],
        ["2", "市委宣传部", "负责“一带一路”建设宣传工作，组织开展对外宣传和人文交流活动，营造良好舆论氛围。", "外宣处"],
        ["3", "市委外办", "统筹对外交往和国际友城工作，推动与共建国家地方政府交流合作，做好外事服务保障。", "友城处"],
        ["4", "市工业和信息化局", "推动装备制造、石化、新材料等优势产业开展国际产能合作，支持企业建设海外生产基地。", "规划处"],
        ["5", "市财政局", "统筹安排推进“一带一路”建设相关资金，加强资金使用绩效管理。", "经济建设处"],
        ["6", "市交通运输局", "推进海河联运、铁路、公路等通道建设，配合做好中欧（亚）班列、海铁联运发展工作。", "综合运输处"],
        ["7", "市商务局", "推进与共建国家经贸合作，牵头境外经贸合作区、对外承包工程和跨境电商发展工作。", "对外投资和经济合作处"],
        ["8", "市文化广电和旅游局", "推动与共建国家文化旅游交流合作，组织开展文化交流和旅游推广活动。", "交流合作处"],
        ["9", "市政府国资委", "指导市属国有企业参与“一带一路”建设，督促企业防范境外投资经营风险。", "规划发展处"],
        ["10", "连云港海关", "优化口岸监管服务，推进通关便利化，支持海铁联运、过境运输和跨境电商等新业态发展。", "口岸监管处"],
        ["11", "市贸促会", "组织企业参加境外展会和经贸交流活动，提供商事法律、经贸摩擦应对等服务。", "联络处"],
        ["12", "中国（江苏）自由贸易试验区连云港片区管委会", "推进制度创新和改革试点，打造亚欧重要国际交通枢纽和集聚优质要素的开放门户。", "改革创新局"],
        ["13", "连云港港口控股集团有限公司", "推进港口基础设施建设和国际航线拓展，做好中哈（连云港）物流合作基地、上合组织（连云港）国际物流园运营工作。", "战略发展部"],
    ]

    def part(rws):
        t = doc.add_table(rows=1 + len(rws), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths(t, [1.1, 3.3, 8.9, 2.3])
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rws, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16, align=L if ci == 2 else C)
            cant_split(t.rows[ri])
            clauses.append(row_clause(header, row))

    part(rows)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市推进“一带一路”建设工作联席会议工作规则",
            "doc_number": None,
            "issuer": ["连云港市推进“一带一路”建设工作联席会议"],
            "date": "2026-02-26",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": "2026-03-01",
            "expires": "2030-12-31",
            "attachments": ["连云港市推进“一带一路”建设工作联席会议成员单位职责分工表"],
            "doc_type": "规则",
            "recipients": [],
            "publicity": None,
            "repeals": "《连云港市推进“一带一路”建设工作联席会议工作规则（试行）》（连一带一路办〔2021〕3号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_ganzhou():
    """One Word file holding two documents: 调整组成人员通知 + 上行报告（签发人）."""
    stem = "blind840_ganzhou_tiaozheng"
    doc = Document()
    setup(doc)
    n_head = make_numbering(doc, "%1、")

    # ------------------------------------------------ C1 调整组成人员的通知
    c1 = []
    add_par(doc, [("赣州市人民政府办公室", XBS, 40, False, RED)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "赣市府办字〔2026〕11号", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("赣州市人民政府办公室关于调整赣州市推进"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("“一带一路”建设工作联席会议组成人员的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市政府各部门，赣州经开区、蓉江新区管委会，市属、驻市各单位：",
            indent=False)

    def body1(t):
        c1.append(t)
        add_par(doc, t)

    body1("因人事变动和工作需要，经市政府同意，对赣州市推进“一带一路”建设工作联席会议（以下简称联席会议）组成人员进行调整，赣州海关、市数据局列为联席会议成员单位。现将调整后的组成人员名单通知如下：")

    header = ["序号", "联席会议职务", "组成人员／姓名", "组成人员／单位及职务"]
    rows = [
        ["1", "召集人", "刘建明", "市政府副市长"],
        ["2", "副召集人", "肖永红", "市政府副秘书长"],
        ["3", "副召集人", "谢文彬", "市商务局局长"],
        ["4", "成员", "曾宪平", "市委宣传部副部长"],
        ["5", "成员", "赖晓东", "市委外办副主任"],
        ["6", "成员", "钟建华", "市发展改革委副主任"],
        ["7", "成员", "邱国强", "市工业和信息化局副局长"],
        ["8", "成员", "黄丽萍", "市财政局副局长"],
        ["9", "成员", "温志刚", "市交通运输局副局长"],
        ["10", "成员", "罗海燕", "市商务局副局长"],
        ["11", "成员", "朱文涛", "市文化广电新闻出版旅游局副局长"],
        ["12", "成员", "廖志勇", "市数据局副局长"],
        ["13", "成员", "何春生", "赣州海关副关长"],
        ["14", "成员", "李建国", "市贸促会会长"],
        ["15", "成员", "胡卫东", "赣州国际陆港管理服务中心副主任"],
        ["16", "成员", "陈晓明", "中国人民银行赣州市分行副行长"],
    ]
    def member_table(rws, first_no):
        """two-level header: 序号 / 联席会议职务 span two rows, 组成人员 spans two columns."""
        t = doc.add_table(rows=2 + len(rws), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths(t, [1.5, 3.0, 2.5, 8.4])
        set_cell(t.cell(0, 0).merge(t.cell(1, 0)), "序号", HT, 14, line=22)
        set_cell(t.cell(0, 1).merge(t.cell(1, 1)), "联席会议职务", HT, 14, line=22)
        set_cell(t.cell(0, 2).merge(t.cell(0, 3)), "组成人员", HT, 14, line=22)
        set_cell(t.cell(1, 2), "姓名", HT, 14, line=22)
        set_cell(t.cell(1, 3), "单位及职务", HT, 14, line=22)
        for ri, row in enumerate(rws, 2):
            for ci, v in enumerate(row):
                if ci == 1:
                    continue
                set_cell(t.rows[ri].cells[ci], v, FS, 14, line=22, align=L if ci == 3 else C)
            cant_split(t.rows[ri])
            c1.append(row_clause(header, row))
        # merge runs of equal 职务 values vertically (printed once per block)
        i = 0
        while i < len(rws):
            j = i
            while j + 1 < len(rws) and rws[j + 1][1] == rws[i][1]:
                j += 1
            cell = t.cell(i + 2, 1) if i == j else t.cell(i + 2, 1).merge(t.cell(j + 2, 1))
            set_cell(cell, rws[i][1], FS, 14, line=22)
            i = j + 1
        return t

    # clerk splits the table by hand: page break, "续表", header typed again
    member_table(rows[:5], 1)
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], align=R, indent=False, line=24)
    member_table(rows[5:], 6)
    empty(doc, 1, line=14)
    body1("联席会议办公室设在市商务局，办公室主任由罗海燕同志兼任。联席会议成员因工作变动需要调整的，由所在单位提出，报联席会议办公室备案，不再另行发文。")
    body1("《赣州市人民政府办公室关于建立赣州市推进“一带一路”建设工作联席会议制度的通知》（赣市府办字〔2023〕46号）中的组成人员名单同时废止。")
    empty(doc, 2)
    # 落款 with a right-aligned paragraph and right indent
    for txt in ("赣州市人民政府办公室", "2026年3月12日"):
        p = add_par(doc, txt, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(64 if txt.startswith("赣") else 80)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，赣州军分区。",
          "赣州市人民政府办公室", "2026年3月12日印发")

    # ------------------------------------------------ C2 上行文：报告（签发人）
    page_break(doc)
    c2 = []
    add_par(doc, [("赣州市商务局", XBS, 42, False, RED)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, [("赣市商务字〔2026〕23号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("谢文彬", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    for tt in ("赣州市商务局关于2025年度全市推进", "“一带一路”建设工作联席会议", "工作情况的报告"):
        add_par(doc, [(tt, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "市人民政府：", indent=False)

    def body2(t):
        c2.append(t)
        add_par(doc, t)

    def head2(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin2(h, t):
        c2.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body2("2025年，在市委、市政府的坚强领导下，市推进“一带一路”建设工作联席会议（以下简称联席会议）各成员单位认真贯彻落实党中央、国务院和省委、省政府关于共建“一带一路”的决策部署，依托赣州国际陆港、中欧班列和赣深高铁等开放通道，扎实推进各项工作任务。作为联席会议办公室所在单位，现将有关情况报告如下：")
    head2("工作开展情况")
    runin2("（一）完善工作机制。", "全年共召开联席会议全体会议2次、专题会议5次，研究议定事项37项，已办结34项，其余3项正在按计划推进。根据人事变动情况，已提请市政府调整联席会议组成人员，拟将赣州海关、市数据局列为成员单位。")
    runin2("（二）畅通开放通道。", "赣州国际陆港全年开行中欧（亚）班列612列，同比增长8.7%；开行铁海联运班列1536列，同比增长12.3%，内陆口岸功能进一步提升。")
    runin2("（三）深化经贸合作。", "全市对共建“一带一路”国家进出口保持较快增长，主要指标见下表。")
    add_par(doc, [("表1　2025年赣州市与共建“一带一路”国家经贸合作主要指标", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    add_par(doc, [("单位：亿元，%", FS, 12, False)], align=R, indent=False, line=20)
    header2 = ["序号", "指标", "2025年", "2024年", "同比增长"]
    rows2 = [
        ["1", "对共建国家进出口总额", "742.6", "668.3", "11.1"],
        ["2", "其中：出口", "531.8", "472.5", "12.6"],
        ["3", "进口", "210.8", "195.8", "7.7"],
        ["4", "对外承包工程完成营业额", "36.4", "31.2", "16.7"],
        ["5", "跨境电商进出口额", "58.9", "47.3", "24.5"],
    ]
    t2 = doc.add_table(rows=1 + len(rows2), cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t2, [1.4, 6.2, 2.6, 2.6, 2.6])
    for i, h in enumerate(header2):
        set_cell(t2.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t2.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        c2.append(row_clause(header2, row))
    note = "注：数据来源于赣州海关、市商务局，2025年数据为快报数。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    c2.append(note)
    head2("存在的问题")
    body2("一是成员单位之间信息共享还不够及时，部分议定事项推进较慢；二是对共建国家贸易结构仍以传统劳动密集型产品为主，高附加值产品占比不高；三是境外风险防范和服务保障能力有待加强。")
    head2("2026年工作打算")
    runin2("（一）健全协调机制。", "推动调整后的联席会议尽快召开全体会议，修订成员单位职责分工，建立议定事项“月调度、季通报”制度。")
    runin2("（二）提升通道能级。", "力争全年开行中欧（亚）班列650列以上，拓展至中亚、东南亚的铁海联运新线路。")
    runin2("（三）强化服务保障。", "组织企业参加境外重点展会20场以上，建立境外投资风险预警和应急处置工作机制。")
    add_par(doc, "特此报告。")
    empty(doc, 2)
    for txt, ri in (("赣州市商务局", 80), ("二〇二六年二月十日", 64)):
        p = add_par(doc, txt, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(ri)
    add_par(doc, "（联系人：钟丽华，联系电话：0797-8123456）")
    banji(doc, "抄送：市委办公室，联席会议各成员单位。", "赣州市商务局办公室", "2026年2月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "赣州市人民政府办公室关于调整赣州市推进“一带一路”建设工作联席会议组成人员的通知",
            "doc_number": "赣市府办字〔2026〕11号",
            "issuer": ["赣州市人民政府办公室"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "赣州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市政府各部门", "赣州经开区管委会",
                           "蓉江新区管委会", "市属、驻市各单位"],
            "publicity": "此件公开发布",
            "repeals": "《赣州市人民政府办公室关于建立赣州市推进“一带一路”建设工作联席会议制度的通知》（赣市府办字〔2023〕46号）中的组成人员名单",
        }, "clauses": c1},
        {"meta": {
            "title": "赣州市商务局关于2025年度全市推进“一带一路”建设工作联席会议工作情况的报告",
            "doc_number": "赣市商务字〔2026〕23号",
            "issuer": ["赣州市商务局"],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "赣州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["市人民政府"],
            "publicity": None,
            "repeals": None,
        }, "clauses": c2},
    ]
    return path


def main():
    paths = [doc_quanzhou(), doc_lianyungang(), doc_ganzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
