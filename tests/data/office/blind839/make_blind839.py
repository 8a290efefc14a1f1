# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 839: 省政府督查室督查通报 + 督办单 + 市政府办理情况报告 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
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
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
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


def footer_pagenum(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc, pagenum=True):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if pagenum:
        footer_pagenum(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
    tblpr = t._tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(sum(widths) * 567))))
    for tr in t._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(widths[col:col + span])
            for old in tcpr.findall(qn("w:tcW")):
                tcpr.remove(old)
            tcpr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(w * 567))))
            col += span


def banji(doc, cc, printer, date_txt, gap=2, tab=15.0):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_839", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_tongbao():
    """四川省人民政府督查室 督查通报 + 附件 督办事项清单."""
    stem = "blind839_ducha_tongbao"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("四川省人民政府督查室", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=20)
    empty(doc, 1)
    p = add_par(doc, "川府督通〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for t in ("四川省人民政府督查室关于中国（四川）",
              "自由贸易试验区第二批改革试点任务落实",
              "情况的督查通报"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "成都市、泸州市、德阳市、宜宾市、绵阳市人民政府，四川天府新区管委会，省自贸试验区工作领导小组成员单位：",
            indent=False, align=J)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=J)

    body("为推动《中国（四川）自由贸易试验区第二批改革试点任务清单》落地见效，按照省政府领导批示要求，2026年2月下旬至3月中旬，省政府督查室会同省商务厅（省自贸办）组成3个督查组，采取查阅台账、实地核查、随机访谈企业等方式，对各片区（区域）改革试点任务落实情况开展了专项督查。现将有关情况通报如下：")
    head("一、总体情况")
    body("第二批改革试点任务共141项，截至2026年2月底，已完成94项，基本完成32项，推进滞后15项，总体完成率66.7%。")

    # caption with unit
    add_par(doc, [("表1　各片区（区域）改革试点任务推进情况（单位：项）", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    t = doc.add_table(rows=2 + 5, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "片区（区域）", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "任务数", HT, 12)
    g = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(g, "推进情况", HT, 12)
    set_cell(t.cell(1, 2), "已完成", HT, 12)
    set_cell(t.cell(1, 3), "基本完成", HT, 12)
    set_cell(t.cell(1, 4), "推进滞后", HT, 12)
    d = t.cell(0, 5).merge(t.cell(1, 5))
    set_cell(d, "完成率（%）", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["片区（区域）", "任务数", "推进情况／已完成", "推进情况／基本完成",
             "推进情况／推进滞后", "完成率（%）"]
    rows = [
        ["成都天府新区片区", "46", "32", "10", "4", "69.6"],
        ["成都青白江铁路港片区", "38", "27", "8", "3", "71.1"],
        ["川南临港片区", "35", "21", "9", "5", "60.0"],
        ["协同改革先行区", "22", "14", "5", "3", "63.6"],
        ["合计", "141", "94", "32", "15", "66.7"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    col_widths(t, [5.0, 1.8, 2.1, 2.3, 2.3, 2.3])
    note = "注：“基本完成”指主体工作已完成、制度文件尚待印发的任务。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)

    runin("（一）制度创新成果持续涌现。", "各片区（区域）共形成制度创新成果37项，其中“中欧班列运邮+跨境电商”集拼模式等6项成果被商务部列入自贸试验区最佳实践案例。")
    runin("（二）开放通道能级稳步提升。", "成都国际铁路港2025年开行中欧班列（成渝）4612列，同比增长8.3%；泸州港集装箱吞吐量达到21.6万标箱，“泸州—钦州港”铁水联运班列实现每周双向对开，服务“一带一路”的通道网络更加完善。")
    head("二、存在的主要问题")
    runin("（一）部分任务推进明显滞后。", "15项推进滞后任务中，有6项涉及跨部门协同，存在牵头单位“等靠要”、配合单位“不主动”现象。川南临港片区5项任务仍停留在方案制定阶段，完成率排名末位。")
    runin("（二）企业获得感有待增强。", "督查组随机访谈的62家企业中，有17家反映对改革政策“不知道、不会用”，政策红利未能充分释放。")
    head("三、通报表扬和挂牌督办")
    body("对成都青白江铁路港片区管委会、宜宾市商务局、青白江海关予以通报表扬。对15项推进滞后任务，列入督办事项清单（见附件）实行挂牌督办，办结一项、销号一项。")
    head("四、下一步工作要求")
    runin("（一）压紧压实责任。", "各片区（区域）所在地人民政府要切实履行主体责任，对照督办事项清单逐项制定整改措施，明确责任领导、责任单位和完成时限。")
    # half-width comma typed in the middle (quirk)
    runin("（二）加强成果总结推广。", "各地每季度报送不少于2项制度创新案例,省商务厅（省自贸办）要会同有关部门做好评估论证和复制推广工作。")
    runin("（三）按时报送整改情况。", "请各有关单位于2026年4月30日前将督办事项办理进展情况书面报送省政府督查室。省政府督查室将适时组织“回头看”。")
    add_par(doc, "附件：中国（四川）自由贸易试验区改革试点任务督办事项清单", indent=True, align=J)
    empty(doc, 1)
    # 落款 with typed spaces
    add_par(doc, "\u3000" * 14 + "四川省人民政府督查室", indent=False)
    add_par(doc, "\u3000" * 15 + "2026年3月27日", indent=False)

    # ---------------- 附件 (landscape section)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（四川）自由贸易试验区改革试点任务督办事项清单", XBS, 20, False)], align=C, indent=False, line=32, after=6)
    heads = ["序号", "片区（区域）", "督办事项", "责任单位", "办结时限"]
    groups = [
        ("成都天府新区片区", [
            ("建立国际商事纠纷多元化解决机制，设立商事调解中心", "四川天府新区管委会、省司法厅", "6月30日前"),
            ("开展跨境数据流动安全评估试点，形成数据出境负面清单", "四川天府新区管委会、省委网信办", "9月30日前"),
            ("推动知识产权质押融资风险补偿资金池扩容", "四川天府新区管委会、省市场监管局（省知识产权局）", "6月30日前"),
            ("落实外籍高层次人才工作许可和居留许可“一窗受理”", "四川天府新区管委会、省科技厅、省公安厅", "5月31日前"),
        ]),
        ("成都青白江铁路港片区", [
            ("深化“铁路运单物权化”改革，扩大铁路提单结算规模", "成都市人民政府、中国人民银行四川省分行", "6月30日前"),
            ("建设中欧班列（成渝）数字化服务平台，实现舱位预订、通关、结算“一站式”办理", "成都市人民政府、成都海关、省发展改革委", "9月30日前"),
            ("开展进口冷链食品“提前申报、抵港直装”试点", "成都海关、成都市人民政府", "5月31日前"),
        ]),
        ("川南临港片区", [
            ("拓展进境粮食指定监管场地功能，开展“铁水联运”试点", "泸州市人民政府、成都海关", "6月30日前"),
            ("建立港口危险货物集装箱信息共享机制", "泸州市人民政府、省交通运输厅、省应急管理厅", "5月31日前"),
            ("推行长江航运“船舶进出港报告+电子签证”改革", "泸州市人民政府、四川海事局", "5月31日前"),
            ("推动白酒产业“保税仓储+出口集拼”模式落地", "泸州市人民政府、省商务厅", "7月31日前"),
            ("开展临港产业用地“标准地”出让改革", "泸州市人民政府、省自然资源厅", "6月30日前"),
        ]),
        ("协同改革先行区", [
            ("德阳市推进重大技术装备出口信用保险保单融资扩面", "德阳市人民政府、中国出口信用保险公司四川分公司", "6月30日前"),
            ("宜宾市推行动力电池出口“一站式”检验检测服务", "宜宾市人民政府、成都海关", "6月30日前"),
            ("绵阳市建立科技成果跨境转移转化服务平台", "绵阳市人民政府、省科技厅", "9月30日前"),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    seq = 0
    for gname, items in groups:
        top = r
        for (item, unit, due) in items:
            seq += 1
            set_cell(t.cell(r, 0), str(seq), FS, 10.5, line=14)
            set_cell(t.cell(r, 2), item, FS, 10.5, align=L, line=14)
            set_cell(t.cell(r, 3), unit, FS, 10.5, align=L, line=14)
            set_cell(t.cell(r, 4), due, FS, 10.5, line=14)
            cant_split(t.rows[r])
            clauses.append("序号：%d；片区（区域）：%s；督办事项：%s；责任单位：%s；办结时限：%s"
                           % (seq, gname, item, unit, due))
            r += 1
        m = t.cell(top, 1).merge(t.cell(r - 1, 1))
        set_cell(m, gname, FS, 10.5, line=14)
        m.vertical_alignment = 1
    col_widths(t, [1.4, 3.4, 9.8, 7.5, 2.6])
    note = "注：责任单位中排在首位的为牵头单位。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。", "四川省人民政府督查室", "2026年3月27日印发", gap=0, tab=23.5)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省人民政府督查室关于中国（四川）自由贸易试验区第二批改革试点任务落实情况的督查通报",
            "doc_number": "川府督通〔2026〕4号",
            "issuer": ["四川省人民政府督查室"],
            "date": "2026-03-27",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（四川）自由贸易试验区改革试点任务督办事项清单"],
            "doc_type": "通报",
            "recipients": ["成都市人民政府", "泸州市人民政府", "德阳市人民政府", "宜宾市人民政府",
                           "绵阳市人民政府", "四川天府新区管委会", "省自贸试验区工作领导小组成员单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_dubandan():
    """督办单: form-style, 特急, label/value table with merged cells."""
    stem = "blind839_dubandan"
    doc = Document()
    setup(doc, pagenum=False)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("四川省人民政府督查室"), XBS, 30, False, RED, spacing=20)
    fmt(p, align=C, indent=False, line=44, before=6)
    add_par(doc, [("督\u3000办\u3000单", XBS, 44, False, RED)], align=C, indent=False, line=60)
    # 文号 left, date right via a right tab
    p = add_par(doc, [("川府督办〔2026〕28号", FS, 16, False), ("\t", FS, 16, False),
                      ("督办日期：2026年4月3日", FS, 16, False)], indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=20)
    # title: one paragraph with a Shift+Enter break
    p = doc.add_paragraph()
    font(p.add_run("关于加快推进川南临港片区改革试点"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("滞后任务整改落实的督办单"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1, line=20)
    add_par(doc, "泸州市人民政府：", indent=False)
    t0 = "根据《四川省人民政府督查室关于中国（四川）自由贸易试验区第二批改革试点任务落实情况的督查通报》（川府督通〔2026〕4号）和省政府领导批示要求，现将川南临港片区改革试点滞后任务列入省政府督查室挂牌督办事项，请你市高度重视，按照以下要求抓紧办理。"
    clauses.append(t0)
    add_par(doc, t0, align=J)
    # form table, 4 grid columns
    form = [
        ("督办编号", "SCDB-2026-028", "督办类别", "挂牌督办"),
        ("督办事项", "川南临港片区改革试点滞后任务整改落实（共5项，见督查通报附件第8—12项）"),
        ("承办单位", "泸州市人民政府（牵头）；成都海关、省交通运输厅、省应急管理厅、四川海事局、省商务厅、省自然资源厅（按职责分工配合）"),
        ("督办内容", "（1）6月30日前完成进境粮食指定监管场地功能拓展验收，开行首趟进口粮食“铁水联运”班列；（2）5月31日前建成港口危险货物集装箱信息共享平台并上线运行；（3）5月31日前在泸州港全面推行“船舶进出港报告+电子签证”；（4）7月31日前推动白酒“保税仓储+出口集拼”首单业务落地；（5）6月30日前完成首宗临港产业用地“标准地”出让。"),
        ("办结时限", "2026年7月31日", "反馈方式", "书面报告（加盖公章）并报送电子版"),
        ("办理要求", "请于2026年4月10日前明确分管负责同志和具体承办人员，报省政府督查室备案；每月25日前报送阶段性进展情况，逐项办结后报送办结报告。逾期未办结或办理质量不高的，将按照《四川省人民政府督查工作办法》有关规定予以通报、约谈。"),
        ("督办人", "王建川", "联系电话", "028-86602317"),
    ]
    t = doc.add_table(rows=len(form), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(form):
        if len(row) == 4:
            set_cell(t.cell(ri, 0), row[0], HT, 14, line=24)
            set_cell(t.cell(ri, 1), row[1], FS, 14, line=24)
            set_cell(t.cell(ri, 2), row[2], HT, 14, line=24)
            set_cell(t.cell(ri, 3), row[3], FS, 14, line=24)
            clauses.append("%s：%s；%s：%s" % row)
        else:
            set_cell(t.cell(ri, 0), row[0], HT, 14, line=24)
            m = t.cell(ri, 1).merge(t.cell(ri, 3))
            set_cell(m, row[1], FS, 14, align=J, line=24)
            clauses.append("%s：%s" % row)
        t.cell(ri, 0).vertical_alignment = 1
    col_widths(t, [2.4, 5.6, 2.4, 5.2])
    empty(doc, 1)
    # 落款 with spaces, date in Chinese numerals
    add_par(doc, " " * 38 + "四川省人民政府督查室", indent=False)
    add_par(doc, " " * 41 + "二〇二六年四月三日", indent=False)
    banji(doc, "抄送：省商务厅（省自贸办），成都海关，省交通运输厅，省应急管理厅，四川海事局，省自然资源厅。",
          "四川省人民政府督查室", "2026年4月3日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于加快推进川南临港片区改革试点滞后任务整改落实的督办单",
            "doc_number": "川府督办〔2026〕28号",
            "issuer": ["四川省人民政府督查室"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "督办单",
            "recipients": ["泸州市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_baogao():
    """泸州市人民政府 上行文报告 (签发人), 办理情况台账 with 续表."""
    stem = "blind839_luzhou_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("泸州市人民政府文件", XBS, 38, False, RED)],
            align=C, indent=False, line=56, before=20)
    empty(doc, 1)
    p = add_par(doc, [("泸府〔2026〕19号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("陈\u3000刚", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for tt in ("泸州市人民政府关于中国（四川）自由贸易",
               "试验区川南临港片区改革试点滞后任务",
               "督办事项办理情况的报告"):
        add_par(doc, [(tt, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "四川省人民政府：", indent=False)

    IND = "\u3000\u3000"

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32), align=J)
        apply_num(p, n_item)

    body("省政府督查室《关于加快推进川南临港片区改革试点滞后任务整改落实的督办单》（川府督办〔2026〕28号）收悉后，我市成立由市政府主要负责同志任组长的整改工作专班，逐项制定整改方案。现将办理情况报告如下。")
    head("一、办理进展情况")
    body("截至2026年5月20日，5项督办事项中已办结3项，其余2项按计划序时推进。")
    item("进境粮食指定监管场地功能拓展。", "泸州港进境粮食指定监管场地于5月12日通过海关总署验收；5月18日，首趟装载2.6万吨巴西大豆的“钦州港—泸州港”铁水联运班列抵达泸州港，物流时间缩短6天。该事项已办结。")
    item("港口危险货物集装箱信息共享机制建设。", "制定《泸州港危险货物集装箱信息共享管理办法（试行）》，信息共享平台于4月28日上线运行，实现8个部门和单位数据实时共享。该事项已办结。")
    item("“船舶进出港报告+电子签证”改革。", "自5月1日起在泸州港全面推行，船舶进出港手续办理时间由平均2小时压缩至10分钟以内。该事项已办结。")
    item("白酒“保税仓储+出口集拼”模式。", "泸州综合保税区已完成1.2万平方米白酒保税仓库改造，出口集拼监管方案正在研究，预计6月中旬开展首单业务。")
    item("临港产业用地“标准地”出让。", "首宗约126亩“标准地”已于5月15日挂牌公告，预计6月中旬完成出让。")
    head("二、存在的困难和问题")
    # two paragraphs typed with Shift+Enter inside one w:p
    t1 = "一是白酒出口集拼涉及海关监管模式创新，需海关总署层面给予政策支持，协调难度较大。"
    t2 = "二是临港片区专业人才相对缺乏，熟悉国际贸易规则和海关监管业务的复合型人才不足，改革试点推进力量有待加强。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False, align=L)
    clauses.extend([t1, t2])
    head("三、下一步工作打算")
    body("1．对未办结的2项事项实行“周调度、月通报”，确保6月30日前全部办结。")
    body("2．恳请省商务厅、成都海关积极向商务部、海关总署汇报争取，支持我市开展白酒出口集拼监管创新试点。")
    body("3．及时总结提炼制度创新经验，力争形成2项以上可复制推广的改革案例。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：川南临港片区改革试点滞后任务督办事项办理情况台账", indent=False)
    empty(doc, 2)
    p = add_par(doc, "泸州市人民政府", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年5月26日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：刘晓东，市商务局；联系电话：0830-3196528）", indent=False)

    # ---------------- 附件: table split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("川南临港片区改革试点滞后任务", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("督办事项办理情况台账", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("填报单位：泸州市商务局（市自贸办）", KT, 14, False), ("\t", KT, 14, False),
                  ("截至2026年5月20日", KT, 14, False)], indent=False, line=26, before=6)
    doc.paragraphs[-1].paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    heads = ["序号", "督办事项", "责任单位", "办理进展", "完成状态"]
    rows = [
        ["1", "拓展进境粮食指定监管场地功能，开展“铁水联运”试点", "泸州市人民政府、成都海关",
         "指定监管场地5月12日通过海关总署验收；5月18日首趟进口粮食铁水联运班列抵达泸州港", "已办结"],
        ["2", "建立港口危险货物集装箱信息共享机制", "泸州市人民政府、省交通运输厅、省应急管理厅",
         "信息共享平台4月28日上线运行，接入8个部门和单位", "已办结"],
        ["3", "推行长江航运“船舶进出港报告+电子签证”改革", "泸州市人民政府、四川海事局",
         "5月1日起全面推行，累计服务船舶1362艘次", "已办结"],
        ["4", "推动白酒产业“保税仓储+出口集拼”模式落地", "泸州市人民政府、省商务厅",
         "保税仓库改造完成；出口集拼监管方案正在研究，已达成首单合作意向", "序时推进（预计6月中旬办结）"],
        ["5", "开展临港产业用地“标准地”出让改革", "泸州市人民政府、省自然资源厅",
         "首宗约126亩“标准地”5月15日挂牌公告", "序时推进（预计6月中旬办结）"],
    ]
    widths = [1.1, 4.4, 3.7, 4.6, 2.0]

    def table(part):
        t = doc.add_table(rows=1 + len(part), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(heads):
            set_cell(t.cell(0, i), h, HT, 10.5, line=16)
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=C if ci in (0, 4) else L, line=16)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
        col_widths(t, widths)
        return t

    table(rows)

    banji(doc, "抄送：省政府督查室，省商务厅（省自贸办）。", "泸州市人民政府办公室", "2026年5月26日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "泸州市人民政府关于中国（四川）自由贸易试验区川南临港片区改革试点滞后任务督办事项办理情况的报告",
            "doc_number": "泸府〔2026〕19号",
            "issuer": ["泸州市人民政府"],
            "date": "2026-05-26",
            "published": None,
            "level": "municipal",
            "region": "泸州市",
            "effective": None,
            "expires": None,
            "attachments": ["川南临港片区改革试点滞后任务督办事项办理情况台账"],
            "doc_type": "报告",
            "recipients": ["四川省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_tongbao(), doc_dubandan(), doc_baogao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
