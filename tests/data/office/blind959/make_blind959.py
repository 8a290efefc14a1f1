# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 959: 海关公告（陆海新通道／中欧班列便利化措施）+ 监管场站名单 + 政策解读.

Writes blind959_*.docx, blind959_*.pdf and expected.json next to this script.
"""
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
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
    return p


def add_par(doc, runs, **kw):
    """runs: plain str, or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(fp, instr, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = CENTER
    if footer_style == "dash":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE", SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:                               # - 1 -  (half-width hyphens)
        font(fp.add_run("- "), "Times New Roman", 12)
        _field(fp, "PAGE", "Times New Roman", 12)
        font(fp.add_run(" -"), "Times New Roman", 12)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[col:col + span]))
            col += span
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")) + tblpr.findall(qn("w:tblLayout")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(Cm(sum(widths_cm)).twips))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_959", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text))
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


# ======================================================== DOC A 重庆海关公告
A_TITLE = "重庆海关关于进一步支持西部陆海新通道铁海联运班列货物通关便利化的公告"
A_NO = "重庆海关公告2026年第3号"
A_ATT = "重庆关区西部陆海新通道班列货物海关监管作业场所名单"


def doc_chongqing_gonggao():
    stem = "blind959_cq_gonggao"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # 版头: red organ name, then the 公告 number above a red rule
    add_par(doc, [("重　庆　海　关", XBS, 40, False, RED)],
            align=CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, A_NO, align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line break at an odd place (inside 班列)
    p = doc.add_paragraph()
    font(p.add_run("重庆海关关于进一步支持西部陆海新"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("通道铁海联运班列货物通关便利化的公告"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实《西部陆海新通道总体规划》和《关于加快建设西部陆海新通道的若干措施》有关部署，进一步提升西部陆海新通道铁海联运班列货物通关效率，降低企业综合物流成本，服务重庆内陆开放高地建设，重庆海关决定在关区实施以下便利化措施。现将有关事项公告如下：")
    body("一、本公告所称班列货物，是指经关区内海关监管作业场所（以下简称“监管场站”）装卸，以铁海联运方式经广西北部湾港、广东湛江港等沿海港口进出境的集装箱货物，包括一般贸易、加工贸易、跨境电商及转关运输货物。")
    body("二、推行多式联运“一单制”通关。对以多式联运“一单制”提单承运的班列出口货物，企业可在起运地海关办理申报手续，货物在口岸海关直接装船出境，无需另行办理转关手续；进口货物在口岸海关完成舱单申报后，可直接转运至关区内监管场站办理通关手续。")
    body("三、扩大“提前申报”适用范围。企业可在班列货物装车发运前或者运抵监管场站前向海关提前申报，海关在货物运抵后按照风险布控指令实施查验或者直接放行。符合条件的进口货物，可以适用“两步申报”“两段准入”等便利措施。")
    body("四、实施“优先查验、快速放行”。关区各监管场站设立班列货物查验专用通道，对需要查验的班列货物优先安排查验；对鲜活易腐农食产品实行“随到随检、即查即放”，原则上当天完成查验作业。")
    body("五、支持“班列+跨境电商”发展。支持企业以跨境电商B2B直接出口（9710）、跨境电商出口海外仓(9810)方式通过班列出口货物，允许跨境电商货物与一般贸易货物在同一集装箱内拼箱运输，实行“分单申报、集中查验、统一放行”。")
    # 六 and 七 typed in one Word paragraph separated by Shift+Enter
    t6 = "六、推广“智慧监管”应用。在团结村集装箱中心站、果园港等监管场站推广应用智能卡口、电子施封和集装箱箱号自动识别系统，实现班列货物进出监管场站“无感通关”。"
    t7 = "七、提供“7×24小时”预约通关服务。企业可通过“互联网+海关”一体化网上办事平台或者国际贸易“单一窗口”提交预约通关申请，海关在非工作时间按照预约安排办理通关手续。"
    p = doc.add_paragraph()
    font(p.add_run(t6), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t7), FS, 16)
    fmt(p)
    clauses.extend([t6, t7])
    body("八、适用本公告措施的监管场站名单见附件。名单实行动态调整，调整情况由重庆海关另行公告。")
    body("九、本公告自2026年4月1日起施行，有效期至2028年3月31日。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：" + A_ATT)
    empty(doc, 3)
    # 落款 typed with spaces
    add_par(doc, " " * 44 + "重庆海关", indent=False)
    add_par(doc, " " * 40 + "2026年3月16日", indent=False)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("重庆关区西部陆海新通道班列货物"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("海关监管作业场所名单"), XBS, 20)
    fmt(p, align=CENTER, indent=False, line=32)
    empty(doc, 1, line=16)

    hdr = ["序号", "场站名称", "场所编码", "地址", "主管海关"]
    rows = [
        ["1", "重庆铁路口岸（团结村）海关监管作业场所", "8019W001", "重庆市沙坪坝区土主街道中心站大道8号", "重庆西永海关"],
        ["2", "重庆西部物流园铁路集装箱监管场站", "8019W003", "重庆市沙坪坝区土主街道物流大道22号", "重庆西永海关"],
        ["3", "重庆果园港铁水联运监管场站", "8012W006", "重庆市江北区鱼嘴镇港城南路2号", "重庆两路寸滩海关"],
        ["4", "重庆两路果园港综合保税区铁路专用线监管场站", "8012W009", "重庆市渝北区保税港大道119号", "重庆两路寸滩海关"],
        ["5", "重庆江津珞璜铁路物流中心监管场站", "8026W002", "重庆市江津区珞璜镇港城大道36号", "重庆江津海关"],
        ["6", "重庆涪陵龙头港铁水联运监管场站", "8031W001", "重庆市涪陵区龙头港区滨江路18号", "重庆涪陵海关"],
        ["7", "重庆万州新田港铁路监管场站", "8015W004", "重庆市万州区新田镇新田港大道66号", "重庆万州海关"],
        ["8", "重庆永川港桥铁路物流园监管场站", "8037W001", "重庆市永川区港桥工业园凤凰湖大道298号", "重庆永川海关"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=LEFT if ci in (1, 3) else CENTER)
        cant_split(t.rows[ri])
        clauses.append(row_clause(hdr, r))
    # same 主管海关 merged vertically (rows 1-2 and 3-4)
    for a, b in ((1, 2), (3, 4)):
        m = t.cell(a, 4).merge(t.cell(b, 4))
        set_cell(m, rows[a - 1][4], FS, 12)
    col_widths(t, [1.0, 4.5, 2.9, 4.9, 2.3])
    note = "注：场所编码为海关监管作业场所编码，企业申报时在报关单“货物存放地点”栏目填报对应场站名称及编码。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": A_TITLE,
            "doc_number": A_NO,
            "issuer": ["重庆海关"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": "2026-04-01",
            "expires": "2028-03-31",
            "attachments": [A_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================== DOC B 重庆海关政策解读
def doc_chongqing_jiedu():
    stem = "blind959_cq_jiedu"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []
    n_head = make_numbering(doc, "%1、")   # headings use Word auto numbering

    # title over two paragraphs
    for i, seg in enumerate(("《重庆海关关于进一步支持西部陆海", "新通道铁海联运班列货物通关便利化",
                             "的公告》政策解读")):
        add_par(doc, [(seg, XBS, 22, False)], align=CENTER, indent=False, line=36,
                before=12 if i == 0 else 0)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)     # indent typed with full-width spaces

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    def qa(q, a):
        clauses.append("问：" + q)
        add_par(doc, [(IND, FS, 16, False), ("问：", HT, 16, False), (q, FS, 16, False)], indent=False)
        clauses.append("答：" + a)
        add_par(doc, [(IND, FS, 16, False), ("答：", HT, 16, False), (a, FS, 16, False)], indent=False)

    body("近日，重庆海关发布《重庆海关关于进一步支持西部陆海新通道铁海联运班列货物通关便利化的公告》（重庆海关公告2026年第3号，以下简称《公告》）。为便于企业准确理解和执行，现就有关内容解读如下。")
    head("出台背景")
    body("西部陆海新通道是国家重大战略通道，重庆是通道物流和运营组织中心。2025年，西部陆海新通道铁海联运班列全年开行1.26万列，其中经重庆始发、到达的班列4873列，同比增长17.4%；重庆关区监管通道运输进出口货物38.6万标准箱、货值612.4亿元，同比分别增长21.7%和15.3%。")
    body("在调研中，部分企业反映班列货物在起运地与口岸之间“多次申报、多次转关”，鲜活产品查验等候时间较长，跨境电商小批量货物难以与一般贸易货物拼箱运输等问题。为回应企业关切，重庆海关在总结前期“一单制”改革试点经验的基础上，研究制定了《公告》，进一步固化和拓展通关便利化举措。")
    head("主要内容")
    body("《公告》共九条，重点围绕以下五个方面作出规定：")
    runin("（一）明确适用范围。", "《公告》所称班列货物，是指经关区内监管场站装卸、以铁海联运方式经广西北部湾港、广东湛江港等沿海港口进出境的集装箱货物，涵盖一般贸易、加工贸易、跨境电商和转关运输等贸易方式。")
    runin("（二）简化通关手续。", "推行多式联运“一单制”通关，出口货物“起运地申报、口岸直接装船”，进口货物“口岸舱单申报、场站直接通关”，企业无需在起运地和口岸之间重复办理转关手续。")
    runin("（三）压缩通关时间。", "扩大“提前申报”适用范围，设立班列货物查验专用通道，对鲜活易腐农食产品实行“随到随检、即查即放”，并提供“7×24小时”预约通关服务。")
    runin("（四）培育新业态。", "支持跨境电商企业以9710、9810方式通过班列出口，允许跨境电商货物与一般贸易货物同箱拼运，实行“分单申报、集中查验、统一放行”。")
    runin("（五）提升监管智能化水平。", "在团结村集装箱中心站、果园港等8个监管场站推广智能卡口、电子施封和箱号自动识别，实现班列货物进出场站“无感通关”。")
    head("企业关心的问题")
    qa("哪些监管场站可以适用《公告》措施？",
       "《公告》附件列明了重庆西永海关、重庆两路寸滩海关等6个隶属海关所辖的8个监管场站，企业可在上述场站办理班列货物的装卸、查验和放行手续。名单实行动态调整，新增或者调整的场站以重庆海关后续公告为准。")
    qa("跨境电商货物与一般贸易货物拼箱运输，申报时需要注意什么？",
       "同一集装箱内的跨境电商货物和一般贸易货物应当分别向海关申报，跨境电商货物按照9710或者9810监管方式申报，一般贸易货物按照0110监管方式申报，报关单“集装箱号”栏目填报同一箱号。海关对同一集装箱货物集中实施查验，查验无异常的统一放行。")
    qa("企业如何办理“7×24小时”预约通关？",
       "企业应当在货物运抵监管场站前至少2小时，通过“互联网+海关”一体化网上办事平台或者国际贸易“单一窗口”提交预约申请，注明班列车次、集装箱号和预计到达时间。业务咨询电话：023-61712345(工作时间)、12360海关服务热线(全天)。")
    head("施行时间")
    body("《公告》自2026年4月1日起施行，有效期至2028年3月31日。")
    empty(doc, 2)
    p = add_par(doc, "重庆海关", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月18日", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(32)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "《重庆海关关于进一步支持西部陆海新通道铁海联运班列货物通关便利化的公告》政策解读",
            "doc_number": None,
            "issuer": ["重庆海关"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "解读",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================== DOC C 西安海关公告
C_TITLE = "西安海关关于支持中欧班列（长安号）西安集结中心建设进一步优化班列货物监管服务的公告"
C_NO = "西安海关公告〔2026〕4号"
C_ATT1 = "西安关区中欧班列（长安号）货物监管场站名单"


def doc_xian_gonggao():
    stem = "blind959_xa_gonggao"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    add_par(doc, [("中华人民共和国西安海关", XBS, 34, False, RED)],
            align=CENTER, indent=False, line=52, before=24)
    empty(doc, 1)
    p = add_par(doc, C_NO, align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8, val="thickThinSmallGap")
    empty(doc, 1)
    # title over three paragraphs, broken at odd places
    for seg in ("西安海关关于支持中欧班列（长安号）", "西安集结中心建设进一步优化班列货物",
                "监管服务的公告"):
        add_par(doc, [(seg, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为贯彻落实海关总署支持中欧班列高质量发展有关要求，服务中欧班列（长安号）西安集结中心建设，进一步提升班列货物通关效率，促进共建“一带一路”国家和地区经贸往来，西安海关决定在关区进一步优化中欧班列（长安号）货物监管服务。现就有关事项公告如下：")
    body("一、支持“集拼集运”业务。支持在中欧班列（长安号）西安集结中心开展国内其他省（区、市）货物集结、分拨和拼箱作业，外省货物运抵西安集结中心后，企业可在西安港务区海关办理出口申报手续，实行“一次申报、一次查验、一次放行”。")
    body("二、优化班列货物转关作业。对符合以下条件的班列货物，实行转关作业无纸化和“运抵即放”：")
    body("（一）经中欧班列（长安号）进出境，且在附件所列监管场站办理装卸作业的集装箱货物；")
    body("（二）承运企业已向海关备案电子围栏、北斗定位等运输工具监控信息的货物；")
    body("（三）收发货人或者其代理人近一年内无走私违规记录的货物。")
    body("三、推进“中欧班列+”多式联运。支持中欧班列（长安号）与西部陆海新通道班列、空运航线衔接，对经西安中转的国际多式联运货物，实行“一次申报、全程监管、口岸放行”，货物在西安集结中心换装不改变其海关监管状态。")
    body("四、支持回程班列进口业务。对经中欧班列（长安号）回程进口的整车、木材、粮食、冷冻肉类等货物，实施“提前申报+货物抵港直提”，具备条件的检验检疫项目可在境外起运前通过“关铁通”数据共享提前开展风险评估。")
    body("五、深化国际海关合作。依托海关总署与哈萨克斯坦、乌兹别克斯坦等国海关签署的“关铁通”合作安排，推进班列货物监管结果互认，减少重复查验，提升班列在霍尔果斯、阿拉山口等口岸的通行效率。")
    body("六、强化企业服务。关区各隶属海关设立中欧班列业务专窗，指定专人对接班列运营平台和重点企业，及时协调解决通关中的问题。企业可拨打业务咨询电话029-83591162或者12360海关服务热线进行咨询。")
    body("七、本公告自2026年5月1日起施行。《西安海关关于中欧班列（长安号）货物通关便利化措施的公告》（西安海关公告〔2023〕7号）同时废止。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：" + C_ATT1)
    empty(doc, 2)
    # 落款 aligned with a tab stop
    for txt in ("西安海关", "二〇二六年四月二十日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.6), 1)  # centre tab
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    # clerk put the 版记 straight after the body, before the attachment
    banji(doc, "抄送：海关总署办公厅、监管司，陕西省人民政府口岸办公室，西安国际港务区管委会。",
          "西安海关办公室", "2026年4月20日印发")

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [(C_ATT1, XBS, 20, False)], align=CENTER, indent=False, line=32)
    empty(doc, 1, line=16)

    h_flat = ["序号", "场站名称", "地址", "主管海关", "联系方式／联系人", "联系方式／联系电话"]
    rows = [
        ["1", "中欧班列（长安号）西安集结中心监管场站", "陕西省西安市国际港务区港兴二路569号", "西安港务区海关", "王　磊", "029-83598101"],
        ["2", "西安国际港站铁路集装箱海关监管作业场所", "陕西省西安市国际港务区新筑街道港务大道99号", "西安港务区海关", "赵婷婷", "029-83598106"],
        ["3", "西安综合保税区铁路专用线监管场站", "陕西省西安市国际港务区港务西路18号", "西安港务区海关", "刘建军", "029-83598112"],
        ["4", "西安新筑铁路物流基地海关监管作业场所", "陕西省西安市灞桥区新筑街道新合村北", "西安港务区海关", "李　娜", "029-83598120"],
        ["5", "西安航空基地多式联运监管场站", "陕西省西安市阎良区航空基地蓝天路7号", "西安阎良海关", "孙　涛", "029-86851023"],
        ["6", "宝鸡陈仓铁路物流园监管场站", "陕西省宝鸡市陈仓区虢镇街道物流园路1号", "宝鸡海关", "杨晓东", "0917-3512206"],
        ["7", "咸阳空港铁路物流园监管场站", "陕西省西咸新区空港新城自贸大道16号", "咸阳海关", "郭　芳", "029-33681157"],
        ["8", "渭南铁路物流中心监管场站", "陕西省渭南市临渭区站北路128号", "渭南海关", "冯志强", "0913-2936410"],
        ["9", "榆林神木铁路物流园监管场站", "陕西省榆林市神木市西沙街道物流园区1号", "榆林海关", "高　伟", "0912-8368225"],
        ["10", "汉中铁路物流中心监管场站", "陕西省汉中市汉台区铺镇物流大道9号", "汉中海关", "何丽萍", "0916-2289316"],
    ]

    def site_table(chunk):
        t = doc.add_table(rows=2 + len(chunk), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(["序号", "场站名称", "地址", "主管海关"]):
            m = t.cell(0, i).merge(t.cell(1, i))
            set_cell(m, h, HT, 10.5)
        m = t.cell(0, 4).merge(t.cell(0, 5))
        set_cell(m, "联系方式", HT, 10.5)
        set_cell(t.cell(1, 4), "联系人", HT, 10.5)
        set_cell(t.cell(1, 5), "联系电话", HT, 10.5)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, r in enumerate(chunk, 2):
            for ci, v in enumerate(r):
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=LEFT if ci in (1, 2) else CENTER)
            cant_split(t.rows[ri])
            clauses.append(row_clause(h_flat, r))
        col_widths(t, [1.0, 3.9, 4.3, 2.2, 1.6, 2.9])
        return t

    site_table(rows)
    note = "注：1.监管场站名单实行动态管理，如有调整，西安海关另行公告；2.各监管场站作业时间可通过“互联网+海关”一体化网上办事平台查询。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": C_TITLE,
            "doc_number": C_NO,
            "issuer": ["西安海关"],
            "date": "2026-04-20",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": [C_ATT1],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": "《西安海关关于中欧班列（长安号）货物通关便利化措施的公告》（西安海关公告〔2023〕7号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_chongqing_gonggao(), doc_chongqing_jiedu(), doc_xian_gonggao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
