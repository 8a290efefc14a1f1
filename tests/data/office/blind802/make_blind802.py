# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 802: 自贸片区管委会内设机构 请示 + 编办批复 (Word + PDF + expected.json)."""
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
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
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
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def lines_par(doc, parts, name=XBS, size=22, color=None, align=C, line=36, **kw):
    """One paragraph, parts separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size, False, color)
    fmt(p, align=align, indent=False, line=line, **kw)
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
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    """Fixed column widths: tblGrid + tcW by grid position (honours gridSpan)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        pos = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(sum(cms[pos:pos + n]) * 567)))
            pos += n


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt, cc2=None):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    last = p
    if cc2:
        p = add_par(doc, [("\u3000\u3000\u3000" + cc2, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        last = p
    border(last, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_802", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


CN = "一二三四五六七八九十"


# ====================================================================== FILE 1
def file_luoyang():
    """请示 and its 批复 printed one after the other in one Word file."""
    stem = "blind802_luoyang_qingshi_pifu"
    doc = Document()
    setup(doc)

    # ---------------------------------------------------------- 1a 请示
    cl_a = []
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    lines_par(doc, ["中国（河南）自由贸易试验区洛阳片区", "管理委员会文件"], XBS, 24, RED,
              line=40, before=18)
    empty(doc, 1)
    p = add_par(doc, [("洛自贸管〔2025〕41号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("郭振华", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    lines_par(doc, ["中国（河南）自由贸易试验区洛阳片区",
                    "管理委员会关于调整优化内设机构", "设置的请示"])
    empty(doc, 1)
    add_par(doc, "中共洛阳市委机构编制委员会办公室：", indent=False)

    def body(t, cl=cl_a):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, cl=cl_a, hfont=KT, bold=False):
        cl.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("中国（河南）自由贸易试验区洛阳片区（以下简称洛阳片区）自2017年4月挂牌运行以来，按照市委、市政府部署，围绕装备制造、机器人及智能装备、新材料、国际文化旅游等主导产业，聚焦制度创新，累计形成制度创新成果168项，其中“政务服务‘一码通办’”“涉企经营许可事项告知承诺制”等9项在全省复制推广。2025年1—10月，洛阳片区新增市场主体1.12万户，实际使用外资1.86亿美元，进出口总额达到217.4亿元，同比增长13.7%。")
    head("一、现行机构设置及存在的问题")
    body("根据《中共洛阳市委机构编制委员会关于中国（河南）自由贸易试验区洛阳片区管理委员会机构编制事项的通知》（洛编〔2017〕12号）和《关于调整洛阳片区管理委员会内设机构的批复》（洛编办〔2021〕33号），洛阳片区管理委员会（以下简称管委会）为市政府派出机构，现设综合办公室、政策研究局、招商服务局、企业服务局4个内设机构，核定事业编制32名，其中管委会领导职数4名，内设机构领导职数正职4名、副职4名。")
    body("随着自贸试验区提升战略深入实施和洛阳片区扩区调整工作推进，现行机构设置已难以适应工作需要：一是制度创新职能分散在多个机构，缺少统筹牵头机构；二是国际贸易、跨境投资服务等开放型职能未明确承接机构；三是原有内设机构规模偏小，部分岗位“一人多岗”现象突出。")
    head("二、调整方案")
    body("按照“精简、统一、效能”原则，在不突破现有编制总量前提下，拟将管委会内设机构由4个调整为6个，具体如下：")
    runin("（一）综合办公室。", "保留，承担管委会文电、会务、机要、督查、信息、政务公开、财务、人事、党建等工作。")
    runin("（二）制度创新局。", "由原政策研究局更名组建，承担制度创新统筹、改革试点任务推进、创新案例总结评估和复制推广等工作。")
    runin("（三）投资促进局。", "由原招商服务局更名组建，承担招商引资、项目落地推进、重点外资企业服务等工作。")
    runin("（四）企业服务局。", "保留，承担企业服务、营商环境优化、政务服务“一件事”集成改革等工作。")
    runin("（五）国际贸易服务局。", "新设，承担国际贸易“单一窗口”推广、跨境电商和服务贸易发展、对接共建“一带一路”国家经贸合作等工作。")
    runin("（六）产业发展局。", "新设，承担片区主导产业规划、重点产业链培育、统计分析等工作。")
    body("调整后各内设机构编制和领导职数分配如下表：")
    hdr = ["序号", "机构名称", "调整方式", "编制数（名）", "领导职数"]
    rows = [
        ["1", "综合办公室", "保留", "6", "1正1副"],
        ["2", "制度创新局", "更名", "5", "1正1副"],
        ["3", "投资促进局", "更名", "5", "1正1副"],
        ["4", "企业服务局", "保留", "4", "1正"],
        ["5", "国际贸易服务局", "新设", "4", "1正"],
        ["6", "产业发展局", "新设", "4", "1正"],
        ["合计", "—", "—", "28", "6正3副"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        cl_a.append(row_clause(hdr, row))
    widths(t, [1.6, 4.2, 2.6, 3.0, 3.0])
    p = add_par(doc, [("注：编制数不含管委会领导职数。", FS, 12, False)], indent=False, line=22)
    cl_a.append("注：编制数不含管委会领导职数。")
    head("三、人员编制和领导职数")
    body("调整后，管委会事业编制总数仍为32名，不增加编制；管委会领导职数维持4名不变；内设机构领导职数调整为正职6名、副职3名（正职增加2名，副职减少1名）。")
    body("以上调整事项已经洛阳片区管委会2025年第9次主任办公会议研究通过。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 2)
    for txt in ("中国（河南）自由贸易试验区洛阳片区管理委员会", "2025年11月20日"):
        p = add_par(doc, txt, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(32)
    empty(doc, 1)
    add_par(doc, "（联系人：孟晓燕；联系电话：0379-65198762）")
    banji(doc, "抄送：洛阳市人民政府办公室。", "洛阳片区管委会综合办公室", "2025年11月20日印发")

    # ---------------------------------------------------------- 1b 批复
    page_break(doc)
    cl_b = []
    add_par(doc, [("中共洛阳市委机构编制委员会办公室", XBS, 26, False, RED)],
            align=C, indent=False, line=50, before=40)
    empty(doc, 1)
    p = add_par(doc, "洛编办〔2025〕87号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    lines_par(doc, ["中共洛阳市委机构编制委员会办公室关于",
                    "中国（河南）自由贸易试验区洛阳片区",
                    "管理委员会调整内设机构的批复"])
    empty(doc, 1)
    add_par(doc, "中国（河南）自由贸易试验区洛阳片区管理委员会：", indent=False)
    body("你委《关于调整优化内设机构设置的请示》（洛自贸管〔2025〕41号）收悉。经研究，并报市委机构编制委员会同意，现批复如下：", cl_b)
    body("一、同意管委会内设机构由4个调整为6个：综合办公室、制度创新局、投资促进局、企业服务局、国际贸易服务局、产业发展局。其中，政策研究局更名为制度创新局，招商服务局更名为投资促进局。", cl_b)
    body("二、各内设机构职责按照你委请示所列内容执行。国际贸易服务局负责对接共建“一带一路”国家经贸合作有关工作，要与市商务局、洛阳海关建立工作协同机制，避免职责交叉。", cl_b)
    body("三、管委会事业编制总数仍为32名。管委会领导职数4名；内设机构领导职数为正职6名、副职3名。", cl_b)
    body("四、你委要严格按照核定的机构、编制和领导职数配备人员，不得超编进人、超职数配备干部。机构调整涉及的人员划转、干部任免等事项，按干部管理权限和有关规定办理。", cl_b)
    body("五、本批复自2026年1月1日起执行。《关于调整洛阳片区管理委员会内设机构的批复》（洛编办〔2021〕33号）同时废止。", cl_b)
    empty(doc, 2)
    # 落款 typed with spaces
    add_par(doc, " " * 24 + "中共洛阳市委机构编制委员会办公室", indent=False)
    add_par(doc, " " * 34 + "2025年12月8日", indent=False)
    banji(doc, "抄送：市委组织部，市财政局，市人力资源社会保障局，",
          "洛阳片区管理委员会综合办公室", "2025年12月8日印发", cc2="市商务局，洛阳海关。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "中国（河南）自由贸易试验区洛阳片区管理委员会关于调整优化内设机构设置的请示",
            "doc_number": "洛自贸管〔2025〕41号",
            "issuer": ["中国（河南）自由贸易试验区洛阳片区管理委员会"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "洛阳市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "请示",
            "recipients": ["中共洛阳市委机构编制委员会办公室"],
            "publicity": None,
            "repeals": None},
         "clauses": cl_a},
        {"meta": {
            "title": "中共洛阳市委机构编制委员会办公室关于中国（河南）自由贸易试验区洛阳片区管理委员会调整内设机构的批复",
            "doc_number": "洛编办〔2025〕87号",
            "issuer": ["中共洛阳市委机构编制委员会办公室"],
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "洛阳市",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["中国（河南）自由贸易试验区洛阳片区管理委员会"],
            "publicity": None,
            "repeals": "《关于调整洛阳片区管理委员会内设机构的批复》（洛编办〔2021〕33号）"},
         "clauses": cl_b},
    ]
    return path


# ====================================================================== FILE 2
def file_sichuan():
    """省编办批复 with 附件 机构职能配置和人员编制核定表 (two-level header, 续表)."""
    stem = "blind802_sichuan_pifu"
    doc = Document()
    setup(doc)
    cl = []
    n_item = make_numbering(doc, "%1、")

    add_par(doc, [("中共四川省委机构编制委员会办公室文件", XBS, 23, False, RED)],
            align=C, indent=False, line=46, before=24)
    empty(doc, 1)
    p = add_par(doc, "川编办发〔2026〕23号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    lines_par(doc, ["中共四川省委机构编制委员会办公室关于",
                    "中国（四川）自由贸易试验区川南临港片区",
                    "管理委员会机构编制事项的批复"])
    empty(doc, 1)
    add_par(doc, "中共泸州市委机构编制委员会办公室：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    items = [0]

    def item(h, t):
        items[0] += 1
        cl.append("%s、%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("你办《关于中国（四川）自由贸易试验区川南临港片区管理委员会机构编制事项的请示》（泸编办〔2026〕9号）收悉。经研究，并报省委机构编制委员会同意，现批复如下：")
    item("机构性质。", "中国（四川）自由贸易试验区川南临港片区管理委员会（以下简称管委会）为泸州市人民政府派出机构，机构规格为正县级，实行“管委会+公司”运行模式。")
    item("内设机构。", "同意管委会设置以下8个内设机构：综合办公室（党群工作部）、经济发展局（统计局）、制度创新局（政策研究室）、投资促进局（对外合作局）、规划建设局、行政审批局（营商环境局）、财政金融局、国际物流和口岸服务局。各内设机构主要职责见附件。")
    item("人员编制。", "核定管委会编制55名，其中行政编制12名、事业编制43名，所需编制由泸州市在现有编制总量内调剂解决，省里不另行增加。")
    item("领导职数。", "核定管委会主任1名、副主任4名（其中常务副主任1名）；内设机构领导职数正职8名、副职11名。各机构编制和领导职数具体核定情况见附件。")
    item("有关要求。", "管委会要聚焦制度创新和开放型经济发展主责主业，积极对接西部陆海新通道和共建“一带一路”，不得承担与片区建设无关的社会管理职能。泸州市要加强对管委会机构编制的监督管理，严格执行机构编制审批程序，2026年12月底前将机构运行和编制使用情况报我办。")
    item("", "本批复自2026年4月1日起执行。")
    empty(doc, 1)
    att1 = "川南临港片区管理委员会机构职能配置和人员编制核定表"
    add_par(doc, "附件：" + att1)
    empty(doc, 2)
    # 落款 in a borderless layout table, right column
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    widths(t, [5.6, 10.0])
    set_cell(t.rows[0].cells[1], "中共四川省委机构编制委员会办公室", FS, 16)
    set_cell(t.rows[1].cells[1], "二〇二六年三月十六日", FS, 16)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("川南临港片区管理委员会机构职能配置", XBS, 20, False)],
            align=C, indent=False, line=30, before=8)
    add_par(doc, [("和人员编制核定表", XBS, 20, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=12)
    hdr = ["序号", "机构", "主要职责", "核定编制（名）／行政编制", "核定编制（名）／事业编制",
           "领导职数（名）／正职", "领导职数（名）／副职"]
    rows = [
        ["1", "管委会领导", "—", "5", "0", "1", "4"],
        ["2", "综合办公室（党群工作部）", "负责管委会文电、会务、机要、档案、督查督办、信息宣传、政务公开、保密等工作；负责党的建设、干部人事、机构编制、纪检监察联络、工会和共青团等工作；负责管委会财务管理、资产管理和后勤保障工作。", "2", "5", "1", "2"],
        ["3", "经济发展局（统计局）", "负责拟订片区经济社会发展规划和年度计划；负责片区主导产业培育和产业链招引规划；负责固定资产投资、重大项目统筹调度；承担片区统计调查、经济运行监测分析工作。", "1", "5", "1", "1"],
        ["4", "制度创新局（政策研究室）", "负责统筹推进片区改革试点任务；负责对标国际高标准经贸规则开展压力测试和差别化探索；负责制度创新案例总结、评估和复制推广；承担片区政策研究和法治保障工作。", "1", "5", "1", "1"],
        ["5", "投资促进局（对外合作局）", "负责片区招商引资和项目促进工作；负责外商投资服务和重点外资项目跟踪服务；负责与共建“一带一路”国家和地区开展经贸交流合作；承担川渝滇黔自贸试验区协同开放有关工作。", "1", "6", "1", "2"],
        ["6", "规划建设局", "负责片区国土空间规划编制实施的协调衔接；负责片区基础设施、公共配套设施建设项目管理；配合做好土地征收、房屋征收等工作。", "1", "5", "1", "1"],
        ["7", "行政审批局（营商环境局）", "负责承接市级赋权的行政许可和公共服务事项；负责片区政务服务中心运行管理，推行“一枚印章管审批”；负责营商环境评价和优化提升工作，受理企业诉求。", "1", "7", "1", "2"],
        ["8", "财政金融局", "负责管委会预算编制和执行、国有资产管理；负责片区金融开放创新和跨境投融资便利化工作；负责对“管委会+公司”运营公司的绩效考核和监督管理。", "0", "5", "1", "1"],
        ["9", "国际物流和口岸服务局", "负责泸州港、川南临港片区多式联运和西部陆海新通道物流组织协调；负责配合海关、海事等口岸查验单位推进通关便利化；负责保税物流和综合保税区申建相关工作。", "0", "5", "1", "1"],
        ["合计", "—", "—", "12", "43", "9", "15"],
    ]
    W = [1.2, 2.6, 6.6, 1.3, 1.3, 1.3, 1.3]
    TS = 10.5

    def part(rs):
        t = doc.add_table(rows=2 + len(rs), cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        r0, r1 = t.rows[0].cells, t.rows[1].cells
        for ci, h in ((0, "序号"), (1, "机构"), (2, "主要职责")):
            set_cell(r0[ci].merge(r1[ci]), h, HT, TS)
        set_cell(r0[3].merge(r0[4]), "核定编制（名）", HT, TS)
        set_cell(r0[5].merge(r0[6]), "领导职数（名）", HT, TS)
        for ci, h in ((3, "行政编制"), (4, "事业编制"), (5, "正职"), (6, "副职")):
            set_cell(t.rows[1].cells[ci], h, HT, TS)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(rs, 2):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, TS, align=L if ci == 2 and v != "—" else C,
                         line=16)
            cl.append(row_clause(hdr, row))
        widths(t, W)

    SPLIT = 5  # where the page broke when the clerk typed 续表
    part(rows[:SPLIT])
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    part(rows[SPLIT:])
    for note in ("注：1．管委会领导设主任1名、副主任4名（其中常务副主任1名）。",
                 "2．内设机构编制合计50名，不含管委会领导编制。"):
        p = add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
        if note.startswith("2"):
            p.paragraph_format.left_indent = Pt(36)
        cl.append(note)

    banji(doc, "抄送：省委组织部，省财政厅，省人力资源社会保障厅，",
          "中共四川省委机构编制委员会办公室", "2026年3月17日印发",
          cc2="省商务厅，省自贸试验区工作办公室，泸州市人民政府。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中共四川省委机构编制委员会办公室关于中国（四川）自由贸易试验区川南临港片区管理委员会机构编制事项的批复",
            "doc_number": "川编办发〔2026〕23号",
            "issuer": ["中共四川省委机构编制委员会办公室"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [att1],
            "doc_type": "批复",
            "recipients": ["中共泸州市委机构编制委员会办公室"],
            "publicity": "此件主动公开",
            "repeals": None},
        "clauses": cl,
    }]
    return path


# ====================================================================== FILE 3
def file_honghe():
    """管委会请示: body table with vertically merged 类别, 附件 测算说明 after 落款."""
    stem = "blind802_honghe_qingshi"
    doc = Document()
    setup(doc)
    cl = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    lines_par(doc, ["中国（云南）自由贸易试验区", "红河片区管理委员会"], XBS, 26, RED,
              line=42, before=18)
    empty(doc, 1)
    # 文号 and 签发人 aligned by typed spaces
    p = add_par(doc, [("红自贸管发〔2026〕3号", FS, 16, False), (" " * 18, FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨建明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("关于设立中国（云南）自由贸易试验区", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("红河片区管理委员会内设机构的请示", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "中共红河州委机构编制委员会办公室：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("根据《中国（云南）自由贸易试验区红河片区管理办法》和州委、州政府关于深化片区管理体制改革的部署要求,为进一步理顺红河片区(以下简称片区)管理体制，提升面向越南及东盟开放合作的服务能力，现就设立片区管理委员会内设机构有关事项请示如下：")
    head("设立的必要性")
    t1 = "片区地处中越边境，是我国面向东盟开放的重要陆路通道。2025年，片区实现进出口总额486.3亿元，同比增长16.2%，占全州外贸总额的81.5%；河口口岸出入境货运量1126万吨，边民互市贸易额52.7亿元。"
    t2 = "目前，管委会未设内设机构，各项工作由州商务局、河口县相关部门抽调人员组建的工作专班承担，存在人员不稳定、职责不清晰、服务能力不足等问题，难以适应片区高质量发展需要。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    cl.extend([t1, t2])
    head("内设机构设置方案")
    body("按照精简高效原则，拟设立5个内设机构，均为正科级，机构名称、主要职能和拟配编制见下表。")
    add_par(doc, [("红河片区管理委员会内设机构职能配置表", HT, 14, False)], align=C,
            indent=False, line=26, before=6)
    hdr = ["类别", "序号", "机构名称", "主要职能", "拟配编制（名）"]
    rows = [
        ["综合管理类", "1", "综合办公室", "负责文电、会务、督查、人事、财务、党建等综合性工作。", "6"],
        ["综合管理类", "2", "政策法规和制度创新科", "负责改革试点任务统筹、制度创新案例总结推广、政策研究和合法性审查工作。", "4"],
        ["经济服务类", "3", "投资促进科", "负责招商引资、外资服务和对越经贸合作交流工作。", "5"],
        ["经济服务类", "4", "跨境贸易服务科", "负责边民互市贸易、跨境电商、加工贸易服务和国际贸易“单一窗口”推广工作。", "5"],
        ["经济服务类", "5", "企业和政务服务科", "负责承接赋权事项审批、企业开办服务和营商环境优化工作。", "4"],
        ["合计", "—", "5个", "—", "24"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 0:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 3 else C)
        cl.append(row_clause(hdr, row))
    # vertically merged 类别 cells (text typed once in the merged cell)
    m = t.cell(1, 0).merge(t.cell(2, 0))
    set_cell(m, "综合管理类", FS, 12)
    m = t.cell(3, 0).merge(t.cell(5, 0))
    set_cell(m, "经济服务类", FS, 12)
    set_cell(t.cell(6, 0), "合计", FS, 12)
    widths(t, [2.6, 1.3, 3.6, 6.3, 1.8])
    empty(doc, 1, line=14)
    head("人员编制和领导职数")
    runin("（一）人员编制。", "拟申请事业编制28名，其中管委会领导4名、内设机构人员24名，所需编制从州级事业编制周转池中调剂解决，不新增编制总量。")
    runin("（二）领导职数。", "管委会设主任1名、副主任3名；内设机构各设负责人1名，综合办公室、投资促进科、跨境贸易服务科各增设副职1名，共计正职5名、副职3名。")
    runin("（三）人员来源。", "原则上从现有工作专班人员中择优选调，不足部分通过公开遴选、公开招聘等方式补充。")
    head("其他事项")
    body("内设机构设立后，片区管委会将同步制定“三定”规定实施细则，明确各内设机构职责边界，建立与河口县、州直有关部门的工作衔接机制，确保机构运转顺畅。")
    add_par(doc, IND + "妥否，请批示。", indent=False)
    empty(doc, 1)
    att = "红河片区管理委员会人员编制测算说明"
    add_par(doc, IND + "附件：" + att, indent=False)
    empty(doc, 2)
    add_par(doc, " " * 14 + "中国（云南）自由贸易试验区红河片区管理委员会", indent=False)
    add_par(doc, " " * 36 + "2026年1月9日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：李海燕，电话：0873-3421056）", indent=False)

    # ---------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [(att, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    body("1.测算依据。参照省内德宏片区、昆明片区管委会机构编制配置情况，结合红河片区承担的改革试点任务数量（143项）、服务市场主体数量（2025年末9864户）和口岸业务量综合测算。")
    body("2.测算结果。按照每千户市场主体配置编制不少于2名、每项重点改革任务配置0.1名的标准，测算所需编制为：")
    body("（1）服务市场主体所需编制：9864÷1000×2≈20名；")
    body("（2）改革试点任务所需编制：143×0.1≈14名；")
    body("（3）合计约34名，按照从严从紧原则核减至28名。")
    body("3.编制使用计划。2026年使用编制22名，其余6名预留用于片区扩区后新增职能。")
    banji(doc, "抄送：红河州人民政府办公室，州委组织部，州财政局。",
          "红河片区管委会综合办公室", "2026年1月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于设立中国（云南）自由贸易试验区红河片区管理委员会内设机构的请示",
            "doc_number": "红自贸管发〔2026〕3号",
            "issuer": ["中国（云南）自由贸易试验区红河片区管理委员会"],
            "date": "2026-01-09",
            "published": None,
            "level": "municipal",
            "region": "红河哈尼族彝族自治州",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "请示",
            "recipients": ["中共红河州委机构编制委员会办公室"],
            "publicity": None,
            "repeals": None},
        "clauses": cl,
    }]
    return path


def main():
    paths = [file_luoyang(), file_sichuan(), file_honghe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
