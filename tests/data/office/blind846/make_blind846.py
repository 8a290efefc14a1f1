# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 846: 港口收费目录清单公示（口岸收费清单、收费标准表）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
FWS = "\u3000"  # full-width space

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
    """runs: list of (text, fontname, size, bold) or plain str."""
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


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
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r2._r.append(it)
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = fp.add_run("1")
    font(r4, SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def data_table(doc, header, rows, clauses):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 8, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_846", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numx = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (nsdecls("w"), nid, aid))
    numbering.append(numx)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    # numPr must come early in pPr (after pStyle/keepNext...)
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"

expected = {}


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Word keeps widths in tcW, LibreOffice reads tblGrid: set both, fixed layout."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(sum(widths_cm) * 567))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def vcenter(cell):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def make_num(doc, lvl_text, numfmt="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, first, HT, HT, HT))
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


def cn_num(n):
    d = "零一二三四五六七八九"
    if n <= 10:
        return "十" if n == 10 else d[n]
    if n < 20:
        return "十" + d[n - 10]
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 宁波：三部门联合行文的通知，附件为收费目录清单（手工拆表 + 续表）
def doc_ningbo():
    stem = "blind846_ningbo_qingdan"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- 联合行文红头：左侧三个机关名称，右侧合并单元格“文件”
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [10.2, 4.6])
    for i, name in enumerate(["宁波市交通运输局", "宁波市发展和改革委员会", "宁波市市场监督管理局"]):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(name), XBS, 24, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(30)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, 48, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    vcenter(m)
    p = add_par(doc, "甬交发〔2026〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # 标题三行，折行位置不规则
    for ln in ["宁波市交通运输局等三部门关于公布宁波", "舟山港宁波港区港口收费目录清单", "（2026年版）的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, "各区（县、市）人民政府，市直有关单位，各港口经营企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为进一步规范港口收费行为，持续优化口岸营商环境，服务“一带一路”重要枢纽建设，根据《港口收费计费办法》（交水规〔2019〕2号）和浙江省口岸收费目录清单公示制度有关要求，现将宁波舟山港宁波港区港口收费目录清单（2026年版）（以下简称《清单》）予以公布，有关事项通知如下：")
    runin("一、清单范围。", "《清单》涵盖宁波舟山港宁波港区（含北仑、穿山、大榭、梅山、镇海港区）港口收费项目共3类19项，其中政府定价4项、政府指导价6项、市场调节价9项。清单之外，一律不得收费。", HT)
    head("二、工作要求")
    runin("（一）严格执行清单。", "各港口经营企业应当严格按照《清单》所列项目和标准收费，不得超出清单范围收费，不得强制服务、强制收费。")
    runin("（二）落实公示制度。", "各收费主体应当在经营场所、门户网站和宁波国际贸易“单一窗口”公示收费项目、收费标准和投诉举报电话。")
    runin("（三）实行动态管理。", "收费政策或者收费项目、标准发生变化的，由市交通运输局会同有关部门及时更新《清单》并公布。")
    runin("（四）加强监督检查。", "市场监管部门要依法查处违规收费行为，交通运输部门要将港口经营人收费行为纳入信用管理。企业和群众可拨打12315或者12328热线投诉举报。")
    runin("三、", "本通知自2026年3月1日起施行，有效期至2027年12月31日。《宁波市交通运输局等三部门关于公布宁波舟山港宁波港区港口收费目录清单的通知》（甬交发〔2024〕41号）同时废止。", HT)
    add_par(doc, "附件：宁波舟山港宁波港区港口收费目录清单（2026年版）", before=14)
    # 落款：三机关，用制表位排版
    p = add_par(doc, "宁波市交通运输局\t宁波市发展和改革委员会", indent=False)
    p.paragraph_format.left_indent = Pt(40)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))
    p = add_par(doc, "\t宁波市市场监督管理局", indent=False)
    p.paragraph_format.left_indent = Pt(40)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.0))
    p = add_par(doc, "\t2026年2月10日", indent=False)
    p.paragraph_format.left_indent = Pt(40)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    add_par(doc, "（此件主动公开）")

    # ---- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("宁波舟山港宁波港区港口收费目录清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("（2026年版）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1, line=14)

    top = ["序号", "收费项目", "收费主体", "收费标准", "收费标准", "定价形式"]
    sub = ["序号", "收费项目", "收费主体", "计费单位", "标准", "定价形式"]
    keys = ["序号", "收费项目", "收费主体", "收费标准／计费单位", "收费标准／标准", "定价形式"]
    widths = [1.0, 2.8, 2.4, 2.1, 5.0, 2.3]
    rows = [
        ["1", "货物港务费", "港口经营人（代收）", "元/吨、元/箱", "外贸进出口货物0.5元/吨，外贸集装箱20英尺32元/箱、40英尺48元/箱", "政府定价"],
        ["2", "港口设施保安费", "港口经营人", "元/吨、元/箱", "外贸进出口货物0.3元/吨，外贸集装箱20英尺8.5元/箱、40英尺12.75元/箱", "政府定价"],
        ["3", "引航（移泊）费", "宁波港引航站", "元/净吨", "国际航线船舶0.65元/净吨（引领距离10海里以内）", "政府定价"],
        ["4", "拖轮费（国内航线船舶）", "拖轮经营人", "元/拖轮千瓦小时", "按交通运输部规定的基准费率执行", "政府定价"],
        ["5", "拖轮费（国际航线船舶）", "拖轮经营人", "元/艘次", "按船舶长度分档计收，最高不超过1.36万元/艘次", "政府指导价"],
        ["6", "停泊费", "港口经营人", "元/净吨·日", "0.25元/净吨·日，船舶在港停泊24小时以内免收", "政府指导价"],
        ["7", "驳船取送费", "港口经营人", "元/艘次", "每艘次不超过500元", "政府指导价"],
        ["8", "特殊平舱费", "港口经营人", "元/吨", "不超过3.5元/吨", "政府指导价"],
        ["9", "围油栏使用费", "港口经营人", "元/米·次", "不超过6.5元/米·次", "政府指导价"],
        ["10", "理货服务费", "理货机构", "元/箱", "20英尺集装箱不超过16元/箱，40英尺集装箱不超过24元/箱", "政府指导价"],
        ["11", "港口作业包干费（集装箱）", "港口经营人", "元/箱", "外贸进出口重箱20英尺680元/箱、40英尺980元/箱", "市场调节价"],
        ["12", "库场使用费", "港口经营人", "元/箱·日", "重箱免费堆存期满后20英尺6元/箱·日、40英尺12元/箱·日", "市场调节价"],
        ["13", "船舶供应服务费", "船舶供应服务企业", "元/吨", "淡水供应28元/吨（含送水服务）", "市场调节价"],
        ["14", "船舶污染物接收处理服务费", "污染物接收单位", "元/立方米", "含油污水不超过280元/立方米", "市场调节价"],
        ["15", "船舶垃圾接收费", "污染物接收单位", "元/立方米", "生活垃圾160元/立方米", "市场调节价"],
        ["16", "冷藏箱插电监控费", "港口经营人", "元/箱·日", "20英尺150元/箱·日、40英尺220元/箱·日", "市场调节价"],
        ["17", "集装箱拆装箱费", "港口经营人", "元/箱", "20英尺350元/箱、40英尺560元/箱", "市场调节价"],
        ["18", "港内转栈费", "港口经营人", "元/箱", "20英尺180元/箱、40英尺270元/箱", "市场调节价"],
        ["19", "查验配合作业费", "港口经营人", "元/箱", "吊装移位20英尺150元/箱、40英尺220元/箱", "市场调节价"],
    ]

    def fee_table(part):
        t = doc.add_table(rows=2 + len(part), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for ci in (0, 1, 2, 5):
            c = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(c, top[ci], HT, 12)
            vcenter(c)
        c = t.cell(0, 3).merge(t.cell(0, 4))
        set_cell(c, "收费标准", HT, 12)
        set_cell(t.cell(1, 3), "计费单位", HT, 12)
        set_cell(t.cell(1, 4), "标准", HT, 12)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(part, 2):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci == 4 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=al)
                t.cell(ri, ci).paragraphs[0].paragraph_format.line_spacing = Pt(15)
                vcenter(t.cell(ri, ci))
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
        return t

    fee_table(rows[:10])
    # 手工拆表：分页后打“续表”再重复表头
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    fee_table(rows[10:])
    notes = [
        "注：1.货物港务费、港口设施保安费由港口经营人代收，代收后按规定上缴，不得另收手续费。",
        "2．外贸集装箱经海关查验没有问题的，吊装、移位、仓储费用按国家规定执行，不得向企业收取。",
        "3.市场调节价项目所列标准为上限参考价，具体以收费主体公示为准。",
    ]
    for i, n in enumerate(notes):
        clauses.append(n)
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20)
        if i:
            p.paragraph_format.left_indent = Pt(36)

    banji(doc, "抄送：浙江省交通运输厅，浙江省发展和改革委员会，宁波海关，宁波海事局，宁波舟山港集团有限公司。",
          "宁波市交通运输局办公室", "2026年2月11日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="宁波市交通运输局等三部门关于公布宁波舟山港宁波港区港口收费目录清单（2026年版）的通知",
            doc_number="甬交发〔2026〕18号",
            issuer=["宁波市交通运输局", "宁波市发展和改革委员会", "宁波市市场监督管理局"],
            date="2026-02-10",
            level="municipal",
            region="宁波市",
            effective="2026-03-01",
            expires="2027-12-31",
            attachments=["宁波舟山港宁波港区港口收费目录清单（2026年版）"],
            doc_type="通知",
            recipients=["各区（县、市）人民政府", "市直有关单位", "各港口经营企业"],
            publicity="此件主动公开",
            repeals="《宁波市交通运输局等三部门关于公布宁波舟山港宁波港区港口收费目录清单的通知》（甬交发〔2024〕41号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 钦州：口岸收费目录清单公示公告，附件横排，收费类别纵向合并、“同上”
def doc_qinzhou():
    stem = "blind846_qinzhou_gonggao"
    doc = Document()
    setup(doc)
    clauses = []
    IND = FWS * 2  # 用全角空格缩进，而不是首行缩进

    add_par(doc, [("钦州市人民政府口岸管理办公室", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=20)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1)
    empty(doc, 1)
    # 标题一段，软回车折行
    p = doc.add_paragraph()
    font(p.add_run("钦州市人民政府口岸管理办公室关于公示"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("钦州港口岸进出口环节收费目录清单的公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("2026年第1号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("为深入贯彻党中央、国务院关于优化口岸营商环境的决策部署，落实广西壮族自治区口岸收费目录清单公示制度要求，提升西部陆海新通道钦州港口岸通关便利化水平，根据国家和自治区有关收费政策，经商钦州海关、钦州海事局、北部湾港钦州码头有限公司等单位，现将钦州港口岸进出口环节收费目录清单予以公示。有关事项公告如下：")
    runin("一、公示范围。", "本次公示的收费目录清单包括钦州港口岸进出口环节涉及的港口作业、船舶服务、查验配套服务、代理服务等4类收费，共计14项，适用于在钦州港口岸（含中国（广西）自由贸易试验区钦州港片区）办理进出口业务的各类企业。")
    runin("二、清单管理。", "清单内收费项目实行目录清单管理，清单之外不得收取任何费用。收费单位不得以任何名义强制或者变相强制进出口企业接受服务并收费，不得在清单之外另设收费项目或者提高收费标准。")
    # 一个段落里用软回车分成两段
    t1 = "三、查验费用减免。对外贸企业进出口集装箱经海关查验没有问题的，吊装、移位、仓储费用继续按照国家有关规定由中央财政负担，收费单位不得向企业收取。"
    t2 = "收费单位应当按月汇总查验没有问题集装箱的吊装、移位、仓储费用，按规定程序申请结算。"
    p = doc.add_paragraph()
    font(p.add_run(IND), FS, 16)
    font(p.add_run("三、查验费用减免。"), HT, 16)
    font(p.add_run(t1[len("三、查验费用减免。"):]), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    runin("四、执行时间。", "本清单自2026年2月1日起执行。执行期间国家、自治区出台新的收费政策的，按新规定执行。")
    # 半角括号、冒号混用
    runin("五、监督举报。", "进出口企业对收费行为有异议的，可向钦州市人民政府口岸管理办公室(电话:0777-2821356)反映，或者拨打12345政务服务便民热线投诉举报。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：钦州港口岸进出口环节收费目录清单", indent=False)
    empty(doc, 3)
    # 落款：空格顶过去
    add_par(doc, " " * 30 + "钦州市人民政府口岸管理办公室", indent=False)
    add_par(doc, " " * 38 + "二〇二六年一月二十日", indent=False)

    # ---- 附件：横向页面
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.8)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("钦州港口岸进出口环节收费目录清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1, line=12)

    header = ["序号", "收费类别", "收费项目", "收费单位", "收费标准（元）", "收费依据"]
    JY = "交通运输部、国家发展改革委《港口收费计费办法》"
    MT = "国家免除查验没有问题外贸企业吊装移位仓储费用政策"
    groups = [
        ("港口作业类", [
            ["1", "港口作业包干费", "北部湾港钦州码头有限公司", "20英尺重箱520/箱，40英尺重箱780/箱", JY],
            ["2", "库场使用费", "北部湾港钦州码头有限公司", "免费堆存期（进口7天、出口5天）满后，20英尺5/箱·日，40英尺10/箱·日", "同上"],
            ["3", "货物港务费", "北部湾港钦州码头有限公司（代收）", "外贸货物0.5/吨，外贸集装箱20英尺32/箱、40英尺48/箱", "同上"],
            ["4", "港口设施保安费", "北部湾港钦州码头有限公司", "外贸集装箱20英尺8.5/箱、40英尺12.75/箱", "同上"],
        ]),
        ("船舶服务类", [
            ["5", "引航（移泊）费", "钦州港引航站", "国际航线船舶0.65/净吨", JY],
            ["6", "拖轮费", "钦州港拖轮经营企业", "按船舶长度分档计收，具体见企业公示", "同上"],
            ["7", "系解缆费", "钦州港拖轮经营企业", "每艘次300", "市场调节价"],
            ["8", "船舶污染物接收处理费", "钦州市船舶污染物接收单位", "含油污水260/立方米", "市场调节价"],
        ]),
        ("查验配套服务类", [
            ["9", "吊装移位费", "北部湾港钦州码头有限公司", "查验没有问题的，由中央财政负担", MT],
            ["10", "查验场地仓储费", "北部湾港钦州码头有限公司", "查验没有问题的，由中央财政负担", "同上"],
            ["11", "熏蒸消毒处理费", "钦州市出入境检疫处理企业", "20英尺180/箱、40英尺260/箱", "市场调节价"],
        ]),
        ("代理服务类", [
            ["12", "报关代理费", "报关企业", "每票100—200", "市场调节价"],
            ["13", "船舶代理费", "船舶代理企业", "按代理合同约定", "市场调节价"],
            ["14", "货运代理费", "货运代理企业", "按代理合同约定", "市场调节价"],
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.4, 2.8, 4.0, 5.2, 6.4, 4.0])
    for i, h in enumerate(header):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    for cat, items in groups:
        start = r
        for it in items:
            cant_split(t.rows[r])
            vals = [it[0], None, it[1], it[2], it[3], it[4]]
            for ci, v in enumerate(vals):
                if v is None:
                    continue
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in (3, 4) else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.cell(r, ci), v, FS, 11, align=al)
                vcenter(t.cell(r, ci))
            row_vals = [it[0], cat, it[1], it[2], it[3], it[4]]
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row_vals)))
            r += 1
        c = t.cell(start, 1).merge(t.cell(r - 1, 1))
        set_cell(c, cat, FS, 11)
        vcenter(c)
    notes = [
        "注：1.以上收费标准均为含税价。",
        "2.清单所列市场调节价项目，收费单位应当在经营场所显著位置公示具体收费标准，并按公示标准收费。",
    ]
    for i, nt in enumerate(notes):
        clauses.append(nt)
        p = add_par(doc, [(nt, KT, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(36)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="钦州市人民政府口岸管理办公室关于公示钦州港口岸进出口环节收费目录清单的公告",
            doc_number="2026年第1号",
            issuer=["钦州市人民政府口岸管理办公室"],
            date="2026-01-20",
            level="municipal",
            region="钦州市",
            effective="2026-02-01",
            attachments=["钦州港口岸进出口环节收费目录清单"],
            doc_type="公告",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 海南：印发管理办法的通知（章、条；条号用 Word 自动编号“第%1条”）
def doc_hainan():
    stem = "blind846_hainan_banfa"
    doc = Document()
    setup(doc)
    clauses = []
    n_art = make_num(doc, "第%1条\u3000", "chineseCounting", 640)

    add_par(doc, [("海南省交通运输厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "琼交运规〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ["海南省交通运输厅关于印发", "《海南自由贸易港港口收费目录清单", "公示管理办法》的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市、县、自治县交通运输局，洋浦经济开发区交通运输局，各港口经营企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为进一步规范港口收费行为，推进海南自由贸易港口岸营商环境建设，我厅制定了《海南自由贸易港港口收费目录清单公示管理办法》，现印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向我厅港航管理处反馈。")
    empty(doc, 2)
    p = add_par(doc, "海南省交通运输厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    add_par(doc, "（此件主动公开）")

    # ---- 办法正文，另起一页（段前分页）
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    font(p.add_run("海南自由贸易港港口收费目录清单"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("公示管理办法"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=14)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    art_no = [0]

    def article(text, items=(), paras=()):
        art_no[0] += 1
        prefix = "第%s条\u3000" % cn_num(art_no[0])
        p = add_par(doc, text, indent=False)
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                % (nsdecls("w"), n_art)))
        full = prefix + text
        for it in items:
            add_par(doc, it)
            full += it
        for pa in paras:
            add_par(doc, pa)
            full += pa
        clauses.append(full)

    chapter("第一章\u3000总\u3000\u3000则")
    article("为规范港口收费行为，降低进出口环节合规成本，推进海南自由贸易港高水平开放，根据《中华人民共和国港口法》《中华人民共和国价格法》《港口收费计费办法》等有关规定，结合本省实际，制定本办法。")
    article("本省行政区域内港口收费目录清单的编制、公示、更新及监督管理，适用本办法。")
    article("港口收费目录清单公示遵循依法合规、公开透明、动态更新、便企利民的原则，实行“清单之外无收费”。")
    article("省交通运输主管部门负责全省港口收费目录清单公示工作的组织协调和监督指导。",
            paras=["市、县、自治县交通运输主管部门和洋浦经济开发区交通运输主管部门（以下统称港口行政管理部门）负责本行政区域内港口收费目录清单的审核、公示和日常监督管理。",
                   "发展改革、市场监管部门按照各自职责，做好港口收费政策制定和价格监督检查工作。"])
    chapter("第二章\u3000清单编制")
    article("港口收费目录清单应当包括下列内容：",
            items=["（一）收费项目名称；", "（二）收费主体；", "（三）计费单位和收费标准；",
                   "（四）定价形式；", "（五）收费依据；", "（六）服务内容和投诉举报电话。"])
    article("港口经营人、引航机构、拖轮经营人、理货机构等收费主体应当于每年1月31日前，将本单位收费项目和标准报送所在地港口行政管理部门。港口行政管理部门汇总审核后，于每年2月底前编制本港口收费目录清单。")
    article("实行政府定价、政府指导价的收费项目，收费标准不得超过国家规定的标准或者上限；实行市场调节价的收费项目，由收费主体自主制定。")
    chapter("第三章\u3000公示与更新")
    article("港口收费目录清单应当通过下列方式向社会公示：",
            items=["（一）港口行政管理部门门户网站；", "（二）国际贸易“单一窗口”海南地方服务平台；",
                   "（三）收费主体经营场所和业务受理窗口的显著位置。"])
    article("收费项目或者收费标准发生变化的，收费主体应当在变化之日起10个工作日内报告港口行政管理部门，港口行政管理部门应当在收到报告之日起5个工作日内更新清单并重新公示。")
    article("对在海南自由贸易港开展国际中转、内外贸同船运输等业务的船舶和货物，各港口可以依法制定优惠收费措施，并在清单中一并公示。")
    chapter("第四章\u3000监督管理")
    article("港口行政管理部门应当每年组织港口收费公示情况检查，对未按规定公示的，责令限期改正。")
    article("市场监管部门依法查处港口经营中的乱收费、价格欺诈等违法行为；涉嫌违法违规的线索，港口行政管理部门应当及时移送。")
    article("收费主体违反本办法规定的情况，纳入交通运输信用信息记录，依法依规实施信用管理。")
    chapter("第五章\u3000附\u3000\u3000则")
    article("本办法由省交通运输主管部门负责解释。")
    article("本办法自2026年5月1日起施行，有效期至2031年4月30日。《海南省交通运输厅关于做好港口收费公示工作的通知》（琼交运〔2021〕112号）同时废止。")

    banji(doc, "抄送：交通运输部水运局，省发展和改革委员会，省市场监督管理局，海口海关，海南海事局。",
          "海南省交通运输厅办公室", "2026年3月19日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="海南省交通运输厅关于印发《海南自由贸易港港口收费目录清单公示管理办法》的通知",
            doc_number="琼交运规〔2026〕3号",
            issuer=["海南省交通运输厅"],
            date="2026-03-18",
            level="provincial",
            region="海南省",
            effective="2026-05-01",
            expires="2031-04-30",
            doc_type="通知",
            recipients=["各市、县、自治县交通运输局", "洋浦经济开发区交通运输局", "各港口经营企业"],
            publicity="此件主动公开",
            repeals="《海南省交通运输厅关于做好港口收费公示工作的通知》（琼交运〔2021〕112号）",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_qinzhou(), doc_hainan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
