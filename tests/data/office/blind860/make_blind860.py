# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 860: 自贸试验区片区管委会机构设置与职能配置（三定式文件，含内设机构表）.

Writes three Word files (+ PDFs via LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
SP = "\u3000"  # full-width space

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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, fontname, size, bold[, color])."""
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
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


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
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, width=None, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if width is not None:
        cell.width = width


def set_widths(table, widths):
    """Fixed layout + grid widths so LibreOffice honours the column widths."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    nxt = tblpr.find(qn("w:tblCellMar"))
    if nxt is None:
        nxt = tblpr.find(qn("w:tblLook"))
    if nxt is not None:
        nxt.addprevious(lay)
    else:
        tblpr.append(lay)
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(x.twips for x in widths[col:col + n])
            col += n
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(w)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(keys, vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, vals))


def banji(doc, cc_lines, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    first = None
    for i, cc in enumerate(cc_lines):
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            first = p
    border(first, "top", "000000", 8, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "top", "000000", 4, 4)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_860", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting "一、") ----------------------
_next_abs = [860]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
        % (nsdecls("w"), aid, numfmt, lvl_text, HT, HT, HT))
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


# ======================================================================= DOC A
# 市委编委印发片区管委会“三定”规定的通知（通知 + 规定 = 一个文件）
def doc_changsha():
    stem = "blind860_changsha_sanding"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头：机关名称 + 文件
    add_par(doc, [("中共长沙市委机构编制委员会文件", XBS, 28, False, RED)],
            align=C, indent=False, line=50, before=6)
    empty(doc, 1)
    p = add_par(doc, "长编委发〔2025〕27号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # 标题：三段，断行位置不自然
    for t in ("中共长沙市委机构编制委员会关于印发《中国",
              "（湖南）自由贸易试验区长沙片区管理委员会",
              "职能配置、内设机构和人员编制规定》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国（湖南）自由贸易试验区长沙片区管委会，市直有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("经市委、市人民政府同意，现将《中国（湖南）自由贸易试验区长沙片区管理委员会职能配置、内设机构和人员编制规定》印发给你们，请认真贯彻执行。")
    body("请长沙片区管委会于2026年2月底前完成内设机构组建和人员转隶工作，并将落实情况报市委编办。")
    empty(doc, 1)
    p = add_par(doc, "中共长沙市委机构编制委员会", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二五年十二月十九日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---------------- 规定正文（另起一页）
    page_break(doc)
    for t in ("中国（湖南）自由贸易试验区长沙片区", "管理委员会职能配置、内设机构",
              "和人员编制规定"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def article(num, text, items=()):
        head = num + SP
        add_par(doc, [(head, HT, 16, False), (text, FS, 16, False)])
        for it in items:
            add_par(doc, it)
        clauses.append(head + text + "".join(items))

    article("第一条", "为规范中国（湖南）自由贸易试验区长沙片区管理委员会（以下简称片区管委会）的职能配置、内设机构和人员编制，根据《中国（湖南）自由贸易试验区条例》和机构编制管理有关规定，制定本规定。")
    article("第二条", "片区管委会是长沙市人民政府的派出机构，机构规格为正处级，受市人民政府委托，对长沙片区实施统一管理。")
    article("第三条", "片区管委会在履行职责过程中坚持和加强党的集中统一领导。主要职责是：", [
        "（一）贯彻执行国家、省关于自由贸易试验区建设的法律法规和政策，拟订长沙片区发展规划和改革试点任务并组织实施。",
        "（二）统筹推进长沙片区制度创新，负责制度创新成果的总结评估和复制推广。",
        "（三）负责长沙片区投资促进工作，推进对接《区域全面经济伙伴关系协定》（RCEP）等国际高标准经贸规则，服务中非经贸深度合作和高质量共建“一带一路”。",
        "（四）按照规定承接省、市下放或者委托的行政许可和公共服务事项。",
        "（五）协调海关、税务、金融监管等部门在长沙片区的工作。",
        "（六）完成市委、市人民政府交办的其他任务。",
    ])
    article("第四条", "片区管委会设主任1名，由市人民政府分管副市长兼任；设常务副主任1名（正处级）、副主任3名（副处级）。")
    article("第五条", "片区管委会设下列6个内设机构，均为正科级。内设机构名称、主要职责和编制配备如下：")

    # 内设机构表：两级表头（编制数合并），表头行跨页重复
    keys = ["序号", "机构名称", "主要职责", "编制数（名）／行政编制",
            "编制数（名）／事业编制", "科级领导职数"]
    widths = [Cm(1.1), Cm(2.6), Cm(7.2), Cm(1.4), Cm(1.4), Cm(1.9)]
    rows = [
        ["1", "综合办公室", "负责文电、会务、督查、政务公开等机关日常运转；承担人事、财务和机关党建工作。", "5", "2", "1正1副"],
        ["2", "制度创新部", "拟订改革试点任务清单并组织实施；负责制度创新案例培育、评估和复制推广。", "4", "2", "1正1副"],
        ["3", "投资促进部", "负责招商引资、重大项目落地服务和外商投资促进；承担中非经贸合作项目对接。", "5", "4", "1正2副"],
        ["4", "政务服务部", "承接省、市下放的行政许可和公共服务事项；推进“一枚印章管审批”改革。", "6", "3", "1正1副"],
        ["5", "经济发展部", "负责经济运行监测和统计分析；协调推进金融开放创新和跨境贸易便利化。", "4", "2", "1正1副"],
        ["6", "国际合作部", "负责对接共建“一带一路”国家和地区经贸合作；承担中非经贸博览会服务保障。", "3", "2", "1正1副"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    h0, h1 = t.rows[0], t.rows[1]
    for ci in (0, 1, 2, 5):
        m = h0.cells[ci].merge(h1.cells[ci])
        set_cell(m, ["序号", "机构名称", "主要职责", "", "", "科级领导职数"][ci], HT, 10.5, line=15)
    m = h0.cells[3].merge(h0.cells[4])
    set_cell(m, "编制数（名）", HT, 10.5, line=15)
    set_cell(h1.cells[3], "行政编制", HT, 10.5, line=15)
    set_cell(h1.cells[4], "事业编制", HT, 10.5, line=15)
    repeat_header(h0)
    repeat_header(h1)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=(L if ci == 2 else C), line=15)
        clauses.append(row_clause(keys, row))
    set_widths(t, widths)

    article("第六条", "核定片区管委会机关行政编制31名，其中：常务副主任1名、副主任3名，内设机构27名；科级领导职数6正7副。长沙片区综合服务中心（公益一类事业单位）核定事业编制15名，统筹配置到各内设机构。")
    article("第七条", "有关职责分工。", [
        "（一）与市商务局的职责分工。市商务局负责全市自由贸易试验区建设的统筹协调和督查考核；片区管委会负责长沙片区改革试点任务的具体实施。",
        "（二）与长沙经济技术开发区管理委员会的职责分工。两区重叠区域内的规划建设、土地供应、安全生产等事项由长沙经济技术开发区管理委员会负责；涉及制度创新和改革试点的事项由片区管委会牵头负责。",
    ])
    article("第八条", "本规定由中共长沙市委机构编制委员会办公室负责解释，其调整由中共长沙市委机构编制委员会办公室按照规定程序办理。")
    article("第九条", "本规定自2026年1月1日起施行。2021年5月印发的《中国（湖南）自由贸易试验区长沙片区管理委员会主要职责内设机构和人员编制方案》（长编委发〔2021〕11号）同时废止。")

    banji(doc, ["抄送：省委编办，市纪委监委机关，市委组织部，市财政局，市人力资源社会保障局，市商务局。"],
          "中共长沙市委机构编制委员会办公室", "2025年12月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中共长沙市委机构编制委员会关于印发《中国（湖南）自由贸易试验区长沙片区管理委员会职能配置、内设机构和人员编制规定》的通知",
            "doc_number": "长编委发〔2025〕27号",
            "issuer": ["中共长沙市委机构编制委员会"],
            "date": "2025-12-19",
            "published": None,
            "level": "municipal",
            "region": "长沙市",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["中国（湖南）自由贸易试验区长沙片区管委会", "市直有关单位"],
            "publicity": "此件主动公开",
            "repeals": "《中国（湖南）自由贸易试验区长沙片区管理委员会主要职责内设机构和人员编制方案》（长编委发〔2021〕11号）",
        },
        "clauses": clauses,
    }]
    return path


# ======================================================================= DOC B
# 片区管委会向市委编办的请示（上行文，签发人，特急，两个附件表）
def doc_luzhou():
    stem = "blind860_luzhou_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000015", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("中国（四川）自由贸易试验区", XBS, 30, False, RED)],
            align=C, indent=False, line=44, before=12)
    add_par(doc, [("川南临港片区管理委员会文件", XBS, 30, False, RED)],
            align=C, indent=False, line=44)
    empty(doc, 1)
    # 文号 左、签发人 右：用空格顶出来
    p = add_par(doc, [("临港片区管〔2026〕7号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("王  磊", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # 标题：一个段落内手动换行
    p = doc.add_paragraph()
    font(p.add_run("中国（四川）自由贸易试验区川南临港"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("片区管理委员会关于调整优化内设机构设置"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的请示"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中共泸州市委机构编制委员会办公室：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("中国（四川）自由贸易试验区川南临港片区(以下简称临港片区)挂牌运行以来，我委按照泸州市机构编制委员会批复（泸编委〔2018〕15号）设置内设机构7个，核定行政编制32名。随着西部陆海新通道建设深入推进，现有机构设置已难以适应工作需要。经管委会主任办公会议研究，现将有关事项请示如下：")
    head("一、调整的必要性")
    runin("（一）落实自由贸易试验区提升战略的需要。", "目前我委改革创新职能分散在3个内设机构，统筹力量不足，难以承担集成化改革任务。")
    runin("（二）服务西部陆海新通道建设的需要。", "2025年泸州港完成集装箱吞吐量15.6万标箱,开行铁水联运班列286列，港航物流管理任务显著加重，但目前没有专门机构承担相关职责。")
    runin("（三）承接赋权事项的需要。", "2025年省、市向片区下放行政许可和公共服务事项86项，现有政务服务力量明显不足。")
    head("二、调整方案")
    body("按照“机构总数不增加、编制总量不突破”的原则，拟作如下调整：")
    body("1.撤销经济发展局，其统计监测职责划入综合办公室，产业促进职责划入投资促进局。")
    body("2．将法规与改革创新局更名为制度创新局。")
    body("3.新设港航物流局，承担口岸管理、多式联运和西部陆海新通道班列组织协调等职责。")
    body("4.调整后，内设机构仍为7个，行政编制32名、科级领导职数7正8副均保持不变。具体调整情况详见附件。")
    head("三、有关工作安排")
    body("调整获批后，我委将在3个月内完成人员转隶和职责交接等工作，确保工作不断、队伍不散。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    # 附件说明：第二行用空格对齐
    add_par(doc, "附件：川南临港片区管委会内设机构调整前后对照表")
    empty(doc, 1)
    add_par(doc, " " * 4 + "中国（四川）自由贸易试验区川南临港片区管理委员会", indent=False)
    add_par(doc, " " * 34 + "2026年3月9日", indent=False)
    add_par(doc, "（联系人：陈思远；联系电话：0830-3156872）")

    # ---------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("川南临港片区管委会内设机构调整前后对照表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("单位：个、名", FS, 12, False)], align=R, indent=False, line=20)
    keys = ["序号", "调整前／机构名称", "调整前／行政编制", "调整后／机构名称",
            "调整后／行政编制", "调整方式"]
    rows = [
        ["1", "综合办公室", "5", "综合办公室", "6", "保留，划入统计监测职责"],
        ["2", "法规与改革创新局", "4", "制度创新局", "4", "更名"],
        ["3", "投资促进局", "5", "投资促进局", "6", "保留，划入产业促进职责"],
        ["4", "经济发展局", "4", "—", "—", "撤销"],
        ["5", "政务服务局", "6", "政务服务局", "6", "保留"],
        ["6", "规划建设局", "4", "规划建设局", "4", "保留"],
        ["7", "综合执法局", "4", "综合执法局", "3", "保留，调出编制1名"],
        ["8", "—", "—", "港航物流局", "3", "新设"],
        ["合计", "7个", "32", "7个", "32", "—"],
    ]
    widths = [Cm(1.3), Cm(3.6), Cm(2.0), Cm(3.0), Cm(2.0), Cm(3.6)]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    h0, h1 = t.rows[0], t.rows[1]
    for ci, txt in ((0, "序号"), (5, "调整方式")):
        m = h0.cells[ci].merge(h1.cells[ci])
        set_cell(m, txt, HT, 12, width=widths[ci])
    m = h0.cells[1].merge(h0.cells[2])
    set_cell(m, "调整前", HT, 12)
    m = h0.cells[3].merge(h0.cells[4])
    set_cell(m, "调整后", HT, 12)
    for ci, txt in ((1, "机构名称"), (2, "行政编制"), (3, "机构名称"), (4, "行政编制")):
        set_cell(h1.cells[ci], txt, HT, 12, width=widths[ci])
    repeat_header(h0)
    repeat_header(h1)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=(L if ci == 5 and v != "—" else C))
        clauses.append(row_clause(keys, row))
    set_widths(t, widths)

    note = "注：1.撤销经济发展局收回的行政编制4名，分别调剂给综合办公室1名、投资促进局1名、港航物流局2名；2.港航物流局另从综合执法局调剂行政编制1名。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, ["抄送：泸州市人民政府办公室，泸州市商务局。"],
          "川南临港片区管委会综合办公室", "2026年3月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（四川）自由贸易试验区川南临港片区管理委员会关于调整优化内设机构设置的请示",
            "doc_number": "临港片区管〔2026〕7号",
            "issuer": ["中国（四川）自由贸易试验区川南临港片区管理委员会"],
            "date": "2026-03-09",
            "published": None,
            "level": "municipal",
            "region": "泸州市",
            "effective": None,
            "expires": None,
            "attachments": ["川南临港片区管委会内设机构调整前后对照表"],
            "doc_type": "请示",
            "recipients": ["中共泸州市委机构编制委员会办公室"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================================= DOC C
# 片区管委会印发内设机构职责分工的通知（自动编号、制表位、手工拆表“续表”）
def doc_qinzhou():
    stem = "blind860_qinzhou_zhize"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 28, False, RED)],
            align=C, indent=False, line=42, before=6)
    add_par(doc, [("钦州港片区管理委员会", XBS, 36, False, RED)],
            align=C, indent=False, line=50)
    empty(doc, 1)
    p = add_par(doc, "钦港片管发〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    for t in ("中国（广西）自由贸易试验区钦州港片区",
              "管理委员会关于印发内设机构职责分工的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "管委会各内设机构，片区各直属单位，驻区有关单位：", indent=False)

    IND = SP * 2  # 首行缩进用全角空格敲出来

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def item(h, t, n):
        clauses.append(CN[n - 1] + "、" + h + t)
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    body("根据《中共钦州市委机构编制委员会关于印发〈中国（广西）自由贸易试验区钦州港片区管理委员会职能配置、内设机构和人员编制规定〉的通知》（钦编委发〔2025〕31号），经管委会2026年第2次主任办公会议研究同意，现将《钦州港片区管委会内设机构职责分工表》印发给你们，并就有关事项通知如下：")
    item("明确职责边界。", "各内设机构要严格按照职责分工履行职能。对职责交叉事项，由牵头机构负责统筹协调，配合机构积极支持，不得推诿扯皮；职责分工不明确的，由综合办公室提出意见报管委会分管领导协调。", 1)
    item("做好工作交接。", "涉及职责调整的内设机构，要在2026年2月15日前完成文件资料、在办事项和工作台账的移交，交接清单报综合办公室备案。", 2)
    item("建立联络员制度。", "各内设机构确定1名联络员，负责本机构职责分工落实情况的日常联络，请于2026年2月10日前将联络员姓名、职务和联系方式报送综合办公室（联系人：黄海燕，联系电话：0777-3886215）。", 3)
    item("", "本通知自2026年2月1日起执行。《关于明确钦州港片区管委会内设机构工作职责的通知》（钦港片管发〔2020〕12号）同时废止。", 4)
    empty(doc, 1)
    add_par(doc, IND + "附件：钦州港片区管委会内设机构职责分工表", indent=False)
    empty(doc, 2)
    # 落款：右对齐制表位
    for txt in ("中国（广西）自由贸易试验区钦州港片区管理委员会", "2026年1月30日"):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), WD_TAB_ALIGNMENT.RIGHT)
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---------------- 附件：职责分工表（手工拆成两张表，第二张前打“续表”）
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州港片区管委会内设机构职责分工表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("单位：名", FS, 12, False)], align=R, indent=False, line=20)
    keys = ["序号", "内设机构", "主要职责", "行政编制"]
    widths = [Cm(1.4), Cm(3.0), Cm(9.2), Cm(2.0)]
    rows1 = [
        ["1", "综合办公室", "负责机关文电、会务、机要、档案、督查督办、政务公开、安全保密等工作；承担机关人事、财务、资产和后勤保障工作；负责片区统计监测和信息报送。", "7"],
        ["2", "党群工作部", "负责片区党的建设、宣传思想、精神文明建设和统一战线工作；承担群团组织联络和干部教育培训工作。", "5"],
        ["3", "制度创新局", "拟订片区改革创新年度任务并组织实施；负责制度创新成果的培育、评估和申报；承担中国—东盟经贸规则对接和跨境贸易投资便利化改革试点工作。", "6"],
        ["4", "投资促进局", "负责片区招商引资和重大项目服务；承担面向东盟国家的产业合作和国际产能合作项目对接；负责外商投资企业服务工作。", "8"],
        ["5", "港口与口岸管理局", "负责钦州港口岸开放、通关便利化和国际贸易“单一窗口”推广应用的协调工作；承担西部陆海新通道海铁联运班列组织协调；配合做好航线开辟和港航物流发展工作。", "6"],
        ["6", "行政审批局", "集中行使自治区、市赋予片区的行政许可权；负责“一枚印章管审批”“证照分离”等改革；承担片区政务服务中心运行管理工作。", "9"],
        ["7", "金融与财政局", "负责片区财政预决算、国有资产和政府性债务管理；推进跨境人民币结算和面向东盟的金融开放创新；承担产业引导基金管理工作。", "6"],
    ]
    rows2 = [
        ["8", "规划建设与生态环境局", "负责片区国土空间规划、建设工程管理和生态环境保护的协调工作；承担安全生产和应急管理的综合协调工作。", "7"],
        ["合计", "8个", "—", "54"],
    ]

    def grid(rows):
        t = doc.add_table(rows=1 + len(rows), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for ci, h in enumerate(keys):
            set_cell(t.rows[0].cells[ci], h, HT, 12)
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 12,
                         align=(L if ci == 2 and v != "—" else C))
            clauses.append(row_clause(keys, row))
        set_widths(t, widths)
        return t

    grid(rows1)
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=22)
    grid(rows2)
    note = "注：片区法定机构钦州港片区开发建设服务中心的职责另行明确，不列入本表。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, ["抄送：钦州市委编办，钦州市商务局（自贸办），钦州港经济技术开发区管委会。"],
          "钦州港片区管委会综合办公室", "2026年1月30日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于印发内设机构职责分工的通知",
            "doc_number": "钦港片管发〔2026〕4号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-01-30",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": ["钦州港片区管委会内设机构职责分工表"],
            "doc_type": "通知",
            "recipients": ["管委会各内设机构", "片区各直属单位", "驻区有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《关于明确钦州港片区管委会内设机构工作职责的通知》（钦港片管发〔2020〕12号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_changsha(), doc_luzhou(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
