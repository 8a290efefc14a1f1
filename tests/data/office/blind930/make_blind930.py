# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 930: 县级政府关于边境经济合作区建设的实施意见（边境县，附重点项目与责任分工表）.

Writes three Word files (+ PDF via LibreOffice) and expected.json into this directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

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
    """runs: str, or list of (text, font, size, bold[, color]); text "\n" = soft line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
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
    fmt(p, indent=False, line=12)


def page_field(par, size=14, name=SONG):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, left="— ", right=" —", start=None):
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
    font(fp.add_run(left), SONG, 14)
    page_field(fp)
    font(fp.add_run(right), SONG, 14)
    if start is not None:
        s._sectPr.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start)))
    return s


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    return sec


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(keys, vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, vals))


def banji(doc, cc, printer, date_txt, size=14, tab=15.1, gap=1):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [930]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, KT, KT, KT))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_930", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_longzhou():
    """广西龙州县人民政府 实施意见, red 版头, landscape attachment with two-level merged header."""
    stem = "blind930_longzhou_shishi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("龙州县人民政府文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, "龙政发〔2026〕6号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped by hand at odd places (three paragraphs)
    add_par(doc, [("龙州县人民政府关于加快推进龙州水口", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("边境经济合作区高质量建设的", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("实施意见", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各乡镇人民政府，县直各有关单位，龙州水口边境经济合作区管理委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实国家和自治区关于加快沿边地区开发开放的决策部署，充分发挥水口口岸、科甲口岸对越开放平台作用，主动融入中国（广西）自由贸易试验区崇左片区建设，加快推进龙州水口边境经济合作区（以下简称“边合区”）高质量建设，结合我县实际，提出如下实施意见。")
    head("一、总体要求")
    runin("（一）发展定位。", "立足“口岸+通道+产业”，把边合区建设成为面向东盟的边境贸易加工基地、中越跨境物流重要节点和沿边开放合作示范平台。")
    runin("（二）发展目标。", "到2028年，边合区规模以上工业企业达到30家以上，边民互市贸易落地加工率达到60%以上，口岸进出口货运量突破300万吨；到2030年，外贸进出口总额达到200亿元。")
    head("二、重点任务")
    runin("（一）完善基础设施配套。", "加快水口口岸二桥联检区、边合区标准厂房三期、龙州至水口一级公路改扩建等项目建设，推进园区水、电、路、气、通信等基础设施全覆盖。")
    add_par(doc, [("（二）做大做强边贸落地加工", KT, 16, False)])  # heading only, no sentence
    body("1.培育加工产业集群。围绕坚果、木薯、红木等进口资源，引进一批精深加工龙头企业，打造坚果加工、木材加工、农副产品加工三大产业集群。")
    body("2.推进互市商品落地加工。完善“边民+合作社+企业”互市贸易模式，2026年互市进口商品落地加工量达到25万吨以上。")
    # (三) typed with a manual line break (Shift+Enter) in the middle of a sentence
    h3 = "（三）提升口岸通关效能。"
    t3a = "推进水口口岸智慧口岸建设，压缩货物整体通关时间；积极争取水口口岸"
    t3b = "开通国际客运功能、科甲口岸升格为双边性公路口岸，推动中越跨境运输车辆“直通”试点。"
    clauses.append(h3 + t3a + t3b)
    add_par(doc, [(h3, KT, 16, False), (t3a, FS, 16, False), ("\n", FS, 16, False), (t3b, FS, 16, False)])
    runin("（四）畅通跨境物流通道。", "依托西部陆海新通道，建设水口口岸跨境物流中心和边境仓，打造连接越南高平、谅山等省份的跨境物流节点。")
    runin("（五）深化跨境经贸合作。", "推动建立中越跨境经济合作联席会议机制，用好《区域全面经济伙伴关系协定》(RCEP)原产地累积规则。")
    head("三、保障措施")
    runin("（一）加强组织领导。", "成立由县人民政府主要领导任组长的边合区建设工作领导小组，领导小组办公室设在边合区管委会。")
    runin("（二）强化要素保障。", "县财政每年统筹安排边合区建设发展资金不少于5000万元；优先保障边合区重点项目用地指标，对符合条件的项目按规定办理先行用地。")
    runin("（三）严格督查考核。", "各责任单位要按照附件明确的分工细化工作措施，每季度末5日内将进展情况报送领导小组办公室。")
    body("本意见自2026年4月1日起施行，有效期至2030年12月31日。《龙州县人民政府关于支持边境贸易发展的若干意见》（龙政发〔2021〕14号）同时废止。")
    add_par(doc, "附件：龙州水口边境经济合作区2026年重点项目及责任分工表")
    empty(doc, 1)
    p = add_par(doc, "龙州县人民政府", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月18日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 (landscape section)
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("龙州水口边境经济合作区2026年重点项目及责任分工表", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("单位：万元", FS, 12, False)], align=R, indent=False, line=18)
    keys = ["序号", "项目类别", "项目名称", "建设内容及规模", "投资规模／总投资",
            "投资规模／2026年计划投资", "建设年限", "责任分工／牵头单位", "责任分工／配合单位"]
    rows = [
        ["1", "基础设施", "水口口岸二桥联检区建设项目", "新建查验场地、联检楼及配套设施，占地约180亩", "68000", "15000", "2025—2027年", "县口岸办", "边合区管委会、水口海关"],
        ["2", "基础设施", "边合区标准厂房三期项目", "新建标准厂房12万平方米及配套道路、管网", "36000", "20000", "2026—2027年", "边合区管委会", "县自然资源局"],
        ["3", "基础设施", "龙州至水口一级公路改扩建工程", "改扩建一级公路约28公里", "152000", "30000", "2025—2028年", "县交通运输局", "沿线乡镇人民政府"],
        ["4", "产业发展", "坚果精深加工产业园项目", "建设坚果加工生产线8条，年加工能力10万吨", "45000", "18000", "2026—2028年", "边合区管委会", "县工业和信息化局"],
        ["5", "产业发展", "红木家具加工基地项目", "建设红木原料交易市场及加工厂房5万平方米", "22000", "8000", "2026—2027年", "县投资促进局", "边合区管委会"],
        ["6", "产业发展", "边民互市商品落地加工园项目", "建设互市商品分拣、仓储、初加工设施3万平方米", "18000", "9000", "2026年", "县商务局", "水口镇人民政府"],
        ["7", "物流商贸", "水口口岸跨境物流中心项目", "建设冷链仓库、边境仓及集散场地，仓储能力20万吨", "30000", "12000", "2026—2027年", "县商务局", "县发展改革局"],
        ["8", "物流商贸", "中越跨境电商产业园项目", "建设跨境电商孵化中心、直播基地和海外仓服务平台", "9500", "5000", "2026年", "县商务局", "县邮政管理局"],
        ["合计", "—", "8个项目", "—", "380500", "117000", "—", "—", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in ((0, "序号"), (1, "项目类别"), (2, "项目名称"), (3, "建设内容及规模"), (6, "建设年限")):
        t.cell(0, c).merge(t.cell(1, c))
        set_cell(t.cell(0, c), h, HT, 10.5, line=14)
    for a, h, s1, s2 in ((4, "投资规模", "总投资", "2026年计划投资"), (7, "责任分工", "牵头单位", "配合单位")):
        t.cell(0, a).merge(t.cell(0, a + 1))
        set_cell(t.cell(0, a), h, HT, 10.5, line=14)
        set_cell(t.cell(1, a), s1, HT, 10.5, line=14)
        set_cell(t.cell(1, a + 1), s2, HT, 10.5, line=14)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 1 and ri <= 9:
                continue  # filled after the vertical merge
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 3 else C, line=14)
        cant_split(t.rows[ri])
        clauses.append(row_clause(keys, row))
    for a, b, txt in ((2, 4, "基础设施"), (5, 7, "产业发展"), (8, 9, "物流商贸")):
        m = t.cell(a, 1).merge(t.cell(b, 1))
        set_cell(m, txt, FS, 10.5, line=14)
    widths(t, [1.2, 1.6, 4.0, 6.2, 1.9, 2.0, 2.5, 2.4, 2.9])
    note = "注：项目总投资及年度计划投资以有关部门最终审批（核准、备案）为准；牵头单位对项目推进负总责，配合单位按职责分工协同推进。"
    clauses.append(note)
    add_par(doc, [(note, FS, 11, False)], indent=False, line=18, before=4)
    # 版记 on the same landscape page
    p = add_par(doc, [("抄送：县委各部门，县人大常委会办公室，县政协办公室，县监委，县法院，县检察院，县人武部。", FS, 12, False)],
                indent=False, line=20, before=10)
    border(p, "top", "000000", 8, 2)
    border(p, "bottom", "000000", 4, 2)
    p2 = add_par(doc, [("龙州县人民政府办公室", FS, 12, False), ("\t", FS, 12, False),
                       ("2026年3月19日印发", FS, 12, False)], indent=False, line=20)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(24.6), 2)
    border(p2, "bottom", "000000", 8, 2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "龙州县人民政府关于加快推进龙州水口边境经济合作区高质量建设的实施意见",
            "doc_number": "龙政发〔2026〕6号",
            "issuer": ["龙州县人民政府"],
            "date": "2026-03-18",
            "published": None,
            "level": "county",
            "region": "龙州县",
            "effective": "2026-04-01",
            "expires": "2030-12-31",
            "attachments": ["龙州水口边境经济合作区2026年重点项目及责任分工表"],
            "doc_type": "意见",
            "recipients": ["各乡镇人民政府", "县直各有关单位", "龙州水口边境经济合作区管理委员会"],
            "publicity": "此件公开发布",
            "repeals": "《龙州县人民政府关于支持边境贸易发展的若干意见》（龙政发〔2021〕14号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_gengma():
    """云南耿马县政府办公室 印发通知 + 实施意见 (auto numbering, typed-space indents, 中文日期)."""
    stem = "blind930_gengma_yinfa"
    doc = Document()
    setup(doc, left="- ", right=" -")
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("耿马傣族佤族自治县人民政府办公室", XBS, 26, False, RED)],
            align=C, indent=False, line=44, before=12)
    p = add_par(doc, "耿政办发〔2026〕4号", align=C, indent=False, before=12)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line breaks at odd places
    add_par(doc, [("耿马傣族佤族自治县人民政府办公室", XBS, 22, False), ("\n", XBS, 22, False),
                  ("关于印发加快临沧边境经济合作区孟定片区", XBS, 22, False), ("\n", XBS, 22, False),
                  ("建设实施意见的通知", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各乡（镇）人民政府，自治县直各部门，临沧边境经济合作区孟定片区管委会：", indent=False)

    def body(t):  # indentation typed with two full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("《加快临沧边境经济合作区孟定片区建设实施意见》已经自治县人民政府第48次常务会议研究同意，现印发给你们，请结合实际认真贯彻落实。执行中遇到的重大问题，请及时报告自治县人民政府。")
    empty(doc, 1)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 26 + "耿马傣族佤族自治县人民政府办公室", indent=False)
    add_par(doc, " " * 34 + "二〇二六年二月二十六日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---------------- the issued 实施意见 on a new page
    page_break(doc)
    add_par(doc, [("加快临沧边境经济合作区孟定片区", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("建设实施意见", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    body("为加快推进临沧边境经济合作区孟定片区（以下简称“孟定片区”）建设，充分发挥孟定清水河口岸对缅开放前沿作用，推动我县深度融入中缅经济走廊和共建“一带一路”，结合实际，制定本实施意见。")
    head("一、主要目标")
    body("到2028年，孟定片区入驻企业达到150户以上，规模以上工业企业达到25户；孟定清水河口岸进出口货运量达到500万吨、进出口贸易额达到150亿元；边民互市贸易落地加工率达到50％以上。")
    head("二、重点任务")
    CNN = "一二三四五六七八九十"
    k = [0]

    def item(h, t, duty):
        k[0] += 1
        clauses.append("（%s）%s%s%s" % (CNN[k[0] - 1], h, t, duty))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False), (duty, KT, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    item("提升口岸功能。", "推进清水河口岸联检设施改扩建，推动智慧口岸建设，实现货物通关“一次申报、一次查验、一次放行”。",
         "（牵头单位：自治县口岸办；配合单位：孟定海关、孟定边境检查站）")
    item("发展沿边产业。", "围绕甘蔗、咖啡、坚果等特色农产品和缅甸进口木材资源，发展精深加工产业，2026年新引进落地加工企业15户以上。",
         "（牵头单位：孟定片区管委会；配合单位：自治县投资促进局）")
    item("繁荣边民互市贸易。", "规范边民互助组管理，支持互市进口商品进入片区落地加工，推动互市贸易由“通道经济”向“落地经济”转变。",
         "（牵头单位：自治县工业商务和信息化局；配合单位：孟定镇人民政府）")
    item("建设跨境物流枢纽。", "加快清水河口岸物流园、冷链物流中心建设，积极对接中缅印度洋新通道，开展跨境多式联运试点。",
         "（牵头单位：自治县交通运输局；配合单位：孟定片区管委会）")
    head("三、保障措施")

    def runin(h, t):  # typed numbering this time (not automatic)
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    runin("（一）强化组织保障。", "自治县成立加快孟定片区建设工作领导小组，由县长任组长，统筹推进规划建设、招商引资和政策落实等工作。")
    runin("（二）强化资金保障。", "积极争取中央和省级边境经济合作区建设专项资金支持，2026年安排孟定片区基础设施建设资金不少于3亿元。")
    body("本实施意见自2026年3月1日起实施，至2028年12月31日止。")
    add_par(doc, IND + "附件：临沧边境经济合作区孟定片区2026年重点项目及责任分工表", indent=False)

    # ---------------- 附件 table (portrait, header row repeats)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("临沧边境经济合作区孟定片区2026年", XBS, 20, False), ("\n", XBS, 20, False),
                  ("重点项目及责任分工表", XBS, 20, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=10)
    keys = ["序号", "项目名称", "主要建设内容", "总投资（亿元）", "2026年计划投资（亿元）", "责任县领导", "牵头单位", "完成时限"]
    rows = [
        ["1", "清水河口岸联检设施改扩建项目", "改扩建联检楼及货运查验场地，新增查验通道8条", "6.8", "2.5", "李国华", "自治县口岸办", "2027年6月"],
        ["2", "孟定片区标准厂房（二期）项目", "新建标准厂房8万平方米及配套道路、管网", "3.2", "1.6", "杨文斌", "孟定片区管委会", "2026年12月"],
        ["3", "进口木材精深加工园项目", "建设木材烘干、板材加工生产线及仓储设施", "4.5", "1.2", "杨文斌", "自治县投资促进局", "2027年12月"],
        ["4", "清水河口岸冷链物流中心项目", "建设冷库5万吨及农产品分拨中心", "2.6", "1.0", "段晓明", "自治县交通运输局", "2026年12月"],
        ["5", "边民互市商品落地加工中心项目", "建设互市商品交易大厅及初加工车间", "1.8", "0.9", "段晓明", "自治县工业商务和信息化局", "2026年10月"],
        ["6", "孟定片区供排水及污水处理工程", "新建日供水2万吨水厂及日处理1万吨污水处理厂", "2.1", "1.1", "杨文斌", "自治县住房和城乡建设局", "2026年12月"],
        ["合计", "6个项目", "—", "21.0", "8.3", "—", "—", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(keys):
        set_cell(t.cell(0, c), h, HT, 10.5, line=14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 2 else C, line=14)
        clauses.append(row_clause(keys, row))
    widths(t, [1.1, 2.9, 3.7, 1.4, 1.6, 1.5, 2.2, 1.6])
    note = "注：牵头单位为项目推进第一责任主体，每月5日前向孟定片区管委会报送项目进展情况。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    banji(doc, "抄送：自治县委办公室，自治县人大常委会办公室，自治县政协办公室。",
          "耿马傣族佤族自治县人民政府办公室", "2026年2月26日印发", size=14, gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "耿马傣族佤族自治县人民政府办公室关于印发加快临沧边境经济合作区孟定片区建设实施意见的通知",
            "doc_number": "耿政办发〔2026〕4号",
            "issuer": ["耿马傣族佤族自治县人民政府办公室"],
            "date": "2026-02-26",
            "published": None,
            "level": "county",
            "region": "耿马傣族佤族自治县",
            "effective": "2026-03-01",
            "expires": "2028-12-31",
            "attachments": ["临沧边境经济合作区孟定片区2026年重点项目及责任分工表"],
            "doc_type": "通知",
            "recipients": ["各乡（镇）人民政府", "自治县直各部门", "临沧边境经济合作区孟定片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_jimunai():
    """新疆吉木乃县政府公报 excerpt: two documents one after the other, manual 续表."""
    stem = "blind930_jimunai_gongbao"
    doc = Document()
    s = setup(doc, start=17)
    s.top_margin, s.bottom_margin = Cm(3.0), Cm(3.0)
    hp = s.header.paragraphs[0]
    font(hp.add_run("吉木乃县人民政府公报"), SONG, 10.5)
    font(hp.add_run("\t\t"), SONG, 10.5)
    font(hp.add_run("2026年第1期（总第43期）"), SONG, 10.5)
    border(hp, "bottom", "000000", 6, 1)

    # ---------------- C1 实施意见
    c1 = []

    def body(cl, t, **kw):
        cl.append(t)
        add_par(doc, t, **kw)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(cl, h, t, hfont=KT):
        cl.append(h + t)
        add_par(doc, [(h, hfont, 16, False), (t, FS, 16, False)])

    empty(doc, 1)
    add_par(doc, [("吉木乃县人民政府关于加快吉木乃边境", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("经济合作区建设的实施意见", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("吉政发〔2026〕3号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各乡（镇）人民政府，县直各单位，吉木乃边境经济合作区管委会：", indent=False)
    body(c1, "为贯彻落实自治区关于推进沿边开发开放和丝绸之路经济带核心区建设的部署要求，发挥吉木乃口岸对哈萨克斯坦开放的区位优势，加快吉木乃边境经济合作区（以下简称“边合区”）建设，现提出以下实施意见。")
    head("一、发展目标")
    body(c1, "到2028年，边合区产业集聚效应初步显现，口岸通关能力和物流服务水平明显提升，对外贸易和招商引资取得新突破。主要指标如下：")
    add_par(doc, [("表1　吉木乃边境经济合作区主要发展指标", HT, 14, False)], align=C, indent=False, before=6)
    keys = ["序号", "指标名称", "单位", "2025年", "2028年目标", "指标属性"]
    rows = [
        ["1", "口岸进出口货运量", "万吨", "186", "300", "预期性"],
        ["2", "外贸进出口总额", "亿元", "52.6", "100", "预期性"],
        ["3", "入驻企业数量", "户", "64", "120", "预期性"],
        ["4", "规模以上工业增加值年均增速", "%", "—", "12", "预期性"],
        ["5", "新增标准化厂房面积", "万平方米", "—", "15", "预期性"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(keys):
        set_cell(t.cell(0, c), h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C)
        c1.append(row_clause(keys, row))
    widths(t, [1.2, 5.8, 2.2, 2.0, 2.4, 2.0])
    head("二、重点任务")
    body(c1, "1.建设天然气综合利用产业园。依托中哈跨境天然气管道项目，发展液化天然气（LNG）、天然气化工等产业，推进LNG储运和加注设施建设，打造西部地区重要的清洁能源基地。")
    body(c1, "2.发展进口资源加工。用好口岸进口哈萨克斯坦粮食、油料、畜产品等资源，发展面粉加工、油脂加工、肉类加工等产业，打造向西开放的进口资源加工基地。")
    body(c1, "3.提升口岸通关和物流能力。推进吉木乃口岸货运通道改造，完善口岸查验设施，推动货运“7×24小时”预约通关；建设口岸综合物流园区,发展中哈跨境公路运输。")
    body(c1, "4.拓展跨境旅游和商贸服务。依托吉木乃口岸国际商贸城，发展中哈跨境旅游、边民互市和跨境电商，积极申报边境旅游试验区。")
    head("三、保障措施")
    runin(c1, "（一）健全工作机制。", "县人民政府成立边合区建设推进领导小组，建立“一个项目、一名县领导、一个责任单位、一套推进方案”工作机制，实行重点项目清单化管理。")
    runin(c1, "（二）加大政策支持。", "落实国家和自治区支持边境经济合作区发展的财税、金融、用地等政策，县财政设立边合区产业发展引导资金，对新落户企业给予固定资产投资补助和物流费用补贴。")
    runin(c1, "（三）优化营商环境。", "深化“放管服”改革，在边合区推行企业投资项目承诺制和“一枚印章管审批”，对重点项目实行“专班+专员”全程代办服务。")
    empty(doc, 1)
    # 落款 aligned with tabs
    for txt in ("\t\t\t\t\t\t吉木乃县人民政府", "\t\t\t\t\t\t2026年1月20日"):
        p = add_par(doc, txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
    empty(doc, 2)

    # ---------------- C2 印发通知 (continues on the same page, as in a 公报)
    c2 = []
    add_par(doc, [("吉木乃县人民政府办公室关于印发吉木乃", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("边境经济合作区2026年重点项目及", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("责任分工的通知", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("吉政办发〔2026〕7号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各乡（镇）人民政府，县直各单位：", indent=False)
    body(c2, "为贯彻落实《吉木乃县人民政府关于加快吉木乃边境经济合作区建设的实施意见》（吉政发〔2026〕3号），加快推进边合区重点项目建设，经县人民政府同意，现将《吉木乃边境经济合作区2026年重点项目及责任分工表》印发给你们，并就有关事项通知如下:")
    body(c2, "一、各责任单位要按照“一个项目、一名县领导、一个责任单位、一套推进方案”的要求，倒排工期、挂图作战，确保项目按期开工、按期竣工。")
    body(c2, "二、实行项目推进月调度制度。各责任单位于每月5日前将上月项目进展情况报县发展和改革委员会，由县发展和改革委员会汇总后报县人民政府。")
    body(c2, "三、县人民政府督查室将重点项目推进情况纳入年度绩效考核，对进度滞后的项目实行挂牌督办。")
    add_par(doc, "特此通知。")
    empty(doc, 1)
    add_par(doc, "附件:吉木乃边境经济合作区2026年重点项目及责任分工表")
    empty(doc, 1)
    for txt in ("\t\t\t\t\t吉木乃县人民政府办公室", "\t\t\t\t\t\t2026年2月9日"):
        p = add_par(doc, txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
    add_par(doc, "（此件主动公开）")

    # 附件 with a manually split table and 续表
    keys2 = ["序号", "项目名称", "建设内容及规模", "总投资（万元）", "2026年计划投资（万元）", "责任县领导", "责任单位", "完成时限"]
    rows_a = [
        ["1", "中哈跨境天然气LNG储运扩能项目", "新建LNG储罐2座及装卸设施，新增储运能力30万吨/年", "68000", "25000", "努尔兰·别克", "边合区管委会", "2026年12月"],
        ["2", "边合区标准化厂房（二期）项目", "新建标准化厂房6万平方米及配套设施", "21000", "12000", "张建军", "边合区管委会、县住房和城乡建设局", "2026年10月"],
        ["3", "吉木乃口岸货运通道改造工程", "改造货运通道2.8公里，新建查验平台及监管设施", "15600", "9000", "李海燕", "县口岸管理办公室", "2026年11月"],
        ["4", "口岸综合物流园区（一期）项目", "建设仓储库房3万平方米、冷链库1万吨", "26000", "10000", "李海燕", "县商务和工业信息化局", "2027年6月"],
        ["5", "进口粮油加工项目", "建设年加工进口小麦10万吨、油料5万吨生产线", "18000", "8000", "王志刚", "边合区管委会", "2026年12月"],
        ["6", "进口肉类屠宰加工项目", "建设年屠宰加工牛羊20万只生产线及冷链设施", "12000", "6000", "王志刚", "县农业农村局", "2026年11月"],
    ]
    rows_b = [
        ["7", "口岸国际商贸城改造提升项目", "改造商铺1.2万平方米，建设跨境电商直播基地", "5800", "5800", "张建军", "县商务和工业信息化局", "2026年9月"],
        ["8", "边合区污水处理厂及配套管网项目", "新建日处理能力5000吨污水处理厂及管网12公里", "9600", "6000", "张建军", "县住房和城乡建设局", "2026年12月"],
        ["9", "边合区110千伏输变电工程", "新建110千伏变电站1座及线路18公里", "8500", "8500", "李海燕", "国网吉木乃县供电公司", "2026年10月"],
        ["10", "边境旅游试验区基础设施项目", "建设口岸旅游集散中心及游客服务设施", "7200", "3000", "努尔兰·别克", "县文化体育广播电视和旅游局", "2027年9月"],
        ["合计", "10个项目", "—", "191700", "93300", "—", "—", "—"],
    ]

    def table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=8)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, h in enumerate(keys2):
            set_cell(t.cell(0, c), h, HT, 10.5, line=15)
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 2 else C, line=15)
            c2.append(row_clause(keys2, row))
        widths(t, [0.9, 3.0, 4.0, 1.5, 1.7, 1.6, 2.4, 1.6])

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("吉木乃边境经济合作区2026年重点项目及责任分工表", XBS, 18, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=10)
    table(rows_a)
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False)
    table(rows_b)
    note = "注：总投资及2026年计划投资为预估数，具体以项目审批（核准、备案）文件为准。"
    c2.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "吉木乃县人民政府关于加快吉木乃边境经济合作区建设的实施意见",
            "doc_number": "吉政发〔2026〕3号",
            "issuer": ["吉木乃县人民政府"],
            "date": "2026-01-20",
            "published": None,
            "level": "county",
            "region": "吉木乃县",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见",
            "recipients": ["各乡（镇）人民政府", "县直各单位", "吉木乃边境经济合作区管委会"],
            "publicity": None,
            "repeals": None},
         "clauses": c1},
        {"meta": {
            "title": "吉木乃县人民政府办公室关于印发吉木乃边境经济合作区2026年重点项目及责任分工的通知",
            "doc_number": "吉政办发〔2026〕7号",
            "issuer": ["吉木乃县人民政府办公室"],
            "date": "2026-02-09",
            "published": None,
            "level": "county",
            "region": "吉木乃县",
            "effective": None,
            "expires": None,
            "attachments": ["吉木乃边境经济合作区2026年重点项目及责任分工表"],
            "doc_type": "通知",
            "recipients": ["各乡（镇）人民政府", "县直各单位"],
            "publicity": "此件主动公开",
            "repeals": None},
         "clauses": c2},
    ]
    return path


def main():
    paths = [doc_longzhou(), doc_gengma(), doc_jimunai()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
