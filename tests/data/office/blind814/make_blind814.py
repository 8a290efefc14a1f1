# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 814: 中欧班列运行情况月度通报 / 报告 / 通知 — Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:  # 字符缩放 (红头 squeezed to fit one line)
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    """runs: str or list of tuples (text, font, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
    if _pb[0]:
        p.paragraph_format.page_break_before = True
        _pb[0] = False
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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
    """mark: next paragraph added starts a new page (set by caller)."""
    _pb[0] = True


_pb = [False]


def footer_pagenum(section):
    fp = section.footer.paragraphs[0]
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
    footer_pagenum(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths[col:col + n])
            col += n
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s w:w="0" w:type="dxa"/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = L if (widths and widths[ci] >= 4) else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def two_level_table(doc, top, rows, clauses, size=12, widths=None):
    """top: list of (label, [sublabels]) ; sublabels empty -> vertical merge."""
    ncol = sum(max(1, len(s)) for _, s in top)
    t = doc.add_table(rows=2 + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    headers = []
    c = 0
    for label, subs in top:
        if not subs:
            m = t.cell(0, c).merge(t.cell(1, c))
            set_cell(m, label, HT, size)
            headers.append(label)
            c += 1
        else:
            m = t.cell(0, c).merge(t.cell(0, c + len(subs) - 1))
            set_cell(m, label, HT, size)
            for k, sl in enumerate(subs):
                set_cell(t.cell(1, c + k), sl, HT, size)
                headers.append("%s／%s" % (label, sl))
            c += len(subs)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, size)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    if widths:
        set_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, gap=2, spaces=6):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * spaces, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


# ---- Word automatic numbering (decimal "1.") --------------------------------
_next_abs = [700]


def make_numbering(doc, fmt_name="decimal", lvl_text="%1."):
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
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text, FS, FS, FS))
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


# ---- VML text box (落款 typed into a floating box) ---------------------------
_tb = [1]


def textbox(doc, lines, left_pt=215, width_pt=230, height_pt=70):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    inner = ""
    for ln in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                  % (FS, FS, FS, ln))
    sid = _tb[0]
    _tb[0] += 1
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:0pt;width:%dpt;height:%dpt;'
           'z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
           'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), sid, sid, left_pt, width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))
    empty(doc, 1)
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_814", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


# =================================================================== DOC A
def doc_hunan():
    """湖南 省级领导小组办公室 下行通报, 红头文件, 两级表头, 附件1/附件2."""
    stem = "blind814_hunan_tongbao"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    empty(doc, 1)
    add_par(doc, [("湖南省中欧班列建设发展领导小组办公室文件", XBS, 36, False, RED, 58)],
            align=C, indent=False, line=54, before=6)
    empty(doc, 1)
    p = add_par(doc, "湘欧班办〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at odd places (clerk pressed Enter)
    for ln in ("湖南省中欧班列建设发展领导小组办公室关于",
               "2026年2月中欧班列（长沙）运行",
               "情况的通报"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "长沙市、株洲市、湘潭市、岳阳市、怀化市人民政府，省直有关单位，湖南中南国际陆港有限公司：",
            indent=False)

    body("为全面掌握中欧班列（长沙）运行动态，推动班列提质增效和高质量发展，根据《湖南省中欧班列运行监测通报制度》，现将2026年2月全省中欧班列运行情况通报如下：")
    head("一、总体运行情况")
    body("2月份，受春节假期及境外口岸通关效率波动影响，中欧班列（长沙）共开行86列，同比增长7.5%，环比下降21.1%；其中去程51列、回程35列，回程占比40.7%，较上年同期提高1.9个百分点。发送标准箱8256个，同比增长9.2%；货值28.6亿元，同比增长11.4%。1—2月累计开行195列，同比增长9.6%。")
    body("分线路看，杜伊斯堡、莫斯科、塔什干线路开行量居前三位，合计44列，占全省开行总量的51.2%；跨里海通道伊斯坦布尔线路同比增长66.7%，增速最快；明斯克、株洲—莫斯科线路开行量同比有所下降。具体情况见表1。")
    add_par(doc, [("表1　2026年2月中欧班列（长沙）分线路开行情况（单位：列、个）", HT, 14, False)],
            align=C, indent=False, before=6)
    rows = [
        ["长沙—杜伊斯堡（德国）", "18", "10", "8", "12.5", "1748"],
        ["长沙—布达佩斯（匈牙利）", "10", "6", "4", "25.0", "980"],
        ["长沙—明斯克（白俄罗斯）", "8", "5", "3", "-11.1", "776"],
        ["长沙—莫斯科（俄罗斯）", "14", "7", "7", "-6.7", "1372"],
        ["长沙—塔什干（乌兹别克斯坦）", "12", "8", "4", "20.0", "1164"],
        ["长沙—阿拉木图（哈萨克斯坦）", "9", "6", "3", "12.5", "866"],
        ["长沙—伊斯坦布尔（土耳其）", "5", "3", "2", "66.7", "480"],
        ["株洲—莫斯科（俄罗斯）", "4", "2", "2", "-20.0", "388"],
        ["怀化—阿拉木图（哈萨克斯坦）", "6", "4", "2", "0.0", "482"],
        ["合计", "86", "51", "35", "7.5", "8256"],
    ]
    t = two_level_table(doc, [("线路", []), ("开行列数", ["合计", "去程", "回程"]),
                              ("同比增减（%）", []), ("发送标准箱", [])], rows, clauses,
                        widths=[5.8, 1.8, 1.8, 1.8, 2.2, 2.2])
    note = "注：1.同比增减按开行列数计算；2.长沙—伊斯坦布尔线路经跨里海国际运输走廊运行；3.数据来源于湖南中南国际陆港有限公司运营统计。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("二、重点企业发运情况")
    body("2月份，全省发运量排名前10位的重点企业共组织货源6120标准箱，占全省发送量的74.1%，重点企业“压舱石”作用明显。其中，湖南星沙重工机械有限公司、长沙麓谷智能装备制造有限公司等工程机械企业发运1386标准箱，同比增长18.3%；湖南中欧国际贸易有限公司组织进口汽车整车回程货源590标准箱，同比增长36.4%。重点企业名单详见附件1。")
    head("三、存在的问题")
    runin("（一）回程货源仍显不足。", "2月份回程班列35列，回程占比虽有提高，但与去程相比仍不平衡，回程货源主要集中在汽车整车、木材、纸浆等少数品类，高附加值回程货源组织能力有待提升。")
    runin("（二）境外通道运行不够稳定。", "受马拉舍维奇、布列斯特等口岸拥堵影响，部分去程班列境外段运行时间延长2至3天，明斯克、株洲—莫斯科线路开行量同比分别下降11.1%、20.0%。")
    runin("（三）市州集结协同有待加强。", "株洲、湘潭、岳阳、怀化等地货源以零散拼箱为主，与长沙主枢纽的集结分拨衔接不够紧密，“一市一品”特色班列尚未形成规模。")
    head("四、下步工作")
    runin("（一）全力稳定开行规模。", "各地要对照年度开行目标，加强与中国铁路广州局集团有限公司的运力对接，确保3月份全省开行不少于110列，一季度累计开行不少于305列。")
    runin("（二）大力拓展回程货源。", "支持湖南中南国际陆港有限公司在杜伊斯堡、布达佩斯、塔什干等节点城市设立回程集货点，重点组织汽车整车、机电设备、农产品和食品等回程货源。")
    runin("（三）着力提升通关便利化水平。", "长沙海关要深化“铁路快通”“一单制”改革，推广“提前申报、到港直提”模式，进一步压缩班列货物通关时间。")
    runin("（四）加强运行监测调度。", "各市州商务主管部门要于每月5日前将上月班列货源组织情况报送省中欧班列建设发展领导小组办公室，对开行量同比下降的线路，要分析原因、提出措施。")
    body("各地各有关单位要对照本通报指出的问题，认真抓好整改落实，整改情况请于2026年3月20日前报送省中欧班列建设发展领导小组办公室（省商务厅口岸处）。")

    empty(doc, 1)
    att1 = "2026年2月中欧班列（长沙）重点企业名单"
    att2 = "中欧班列（长沙）运行存在问题整改任务清单"
    add_par(doc, "附件：1." + att1)
    p = add_par(doc, "2." + att2, indent=False)
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 2)
    p = add_par(doc, "湖南省中欧班列建设发展领导小组办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年3月6日" + "\u3000" * 3, align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [(att1, XBS, 22, False)], align=C, indent=False, line=34, after=12)
    firms = [
        ["1", "湖南星沙重工机械有限公司", "长沙市", "工程机械及配件", "860", "18.6"],
        ["2", "株洲新能源汽车配件有限公司", "株洲市", "新能源汽车零部件", "828", "21.7"],
        ["3", "湖南湘瓷陶瓷股份有限公司", "株洲市", "日用陶瓷", "712", "5.2"],
        ["4", "蓝湾光电科技（浏阳）有限公司", "长沙市", "玻璃面板、电子元件", "648", "24.1"],
        ["5", "湖南中欧国际贸易有限公司", "长沙市", "进口汽车整车（回程）", "590", "36.4"],
        ["6", "湖南洞庭纸业进出口有限公司", "岳阳市", "纸浆（回程）", "540", "-8.5"],
        ["7", "长沙麓谷智能装备制造有限公司", "长沙市", "挖掘机、起重机械", "526", "17.9"],
        ["8", "湘潭江南电机有限公司", "湘潭市", "电机、电气设备", "510", "12.0"],
        ["9", "湖南三湘农产品进出口有限公司", "长沙市", "茶叶、农产品", "468", "-3.1"],
        ["10", "怀化五溪木业有限公司", "怀化市", "木材（回程）", "438", "9.8"],
    ]
    simple_table(doc, ["序号", "企业名称", "所在市州", "主要货品", "发运量（标准箱）", "同比增减（%）"],
                 firms, clauses, widths=[1.2, 5.2, 1.8, 3.6, 2.0, 1.8])

    # ---- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [(att2, XBS, 22, False)], align=C, indent=False, line=34, after=12)
    tasks = [
        ["1", "回程货源不足，回程占比偏低", "在重点节点城市设立回程集货点，组织汽车整车、机电设备、农产品等回程货源", "湖南中南国际陆港有限公司、省商务厅", "2026年6月底前"],
        ["2", "境外段运行时间延长", "加强与境外合作伙伴对接，开辟经跨里海通道的替代线路", "湖南中南国际陆港有限公司", "2026年4月底前"],
        ["3", "市州货源集结衔接不畅", "建立市州“点对点”集结班列和拼箱分拨机制", "株洲市、湘潭市、岳阳市、怀化市人民政府", "2026年5月底前"],
        ["4", "班列通关时间偏长", "推广“铁路快通”“一单制”模式", "长沙海关", "持续推进"],
    ]
    simple_table(doc, ["序号", "存在问题", "整改措施", "责任单位", "完成时限"], tasks, clauses,
                 widths=[1.2, 3.4, 5.4, 3.4, 2.2])

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，长沙海关，中国铁路广州局集团有限公司。",
          "湖南省中欧班列建设发展领导小组办公室", "2026年3月6日印发", gap=2, spaces=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省中欧班列建设发展领导小组办公室关于2026年2月中欧班列（长沙）运行情况的通报",
            "doc_number": "湘欧班办〔2026〕4号",
            "issuer": ["湖南省中欧班列建设发展领导小组办公室"],
            "date": "2026-03-06",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [att1, att2],
            "doc_type": "通报",
            "recipients": ["长沙市人民政府", "株洲市人民政府", "湘潭市人民政府", "岳阳市人民政府",
                           "怀化市人民政府", "省直有关单位", "湖南中南国际陆港有限公司"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_chengdu():
    """成都 市口岸物流办 上行报告: 份号、特急、签发人、空格缩进、手动换行、续表、中文数字日期."""
    stem = "blind814_chengdu_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    SP = "\u3000\u3000"

    def body(t, lead=SP, brk=None):
        """lead: spaces typed instead of first-line indent; brk: split point for a manual line break."""
        clauses.append(t)
        p = doc.add_paragraph()
        fmt(p, indent=False)
        if brk:
            a, b = t.split(brk, 1)
            r = font(p.add_run(lead + a + brk))
            r.add_break(WD_BREAK.LINE)
            font(p.add_run(b))
        else:
            font(p.add_run(lead + t))
        return p

    def head(t):
        p = doc.add_paragraph()
        fmt(p, indent=False)
        font(p.add_run(SP + t), HT, 16)

    def runin(h, t):
        clauses.append(h + t)
        p = doc.add_paragraph()
        fmt(p, indent=False)
        font(p.add_run(SP + h), KT, 16, True)
        font(p.add_run(t))

    add_par(doc, [("000015", SONG, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("成都市口岸与物流办公室", XBS, 40, False, RED, 90)],
            align=C, indent=False, line=56, before=10)
    empty(doc, 1)
    p = add_par(doc, [("成口物〔2025〕87号", FS, 16, False), (" " * 26, FS, 16, False),
                      ("签发人：", FS, 16, False), ("王建明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("成都市口岸与物流办公室关于2025年11月",
               "中欧班列（成渝）成都方向运行情况的报告"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "四川省人民政府口岸与物流办公室：", indent=False)

    body("按照《四川省人民政府口岸与物流办公室关于建立中欧班列运行情况月度报告制度的通知》（川口物〔2024〕15号）要求，现将我市2025年11月中欧班列（成渝）成都方向运行情况报告如下：")
    head("一、运行基本情况")
    body("11月，中欧班列（成渝）成都方向共开行412列，同比增长6.2%；其中去程238列、回程174列，回程占比42.2%。发送标准箱41750个，同比增长5.1%；货值约176.3亿元，同比增长8.7%。1—11月累计开行4386列，同比增长4.8%，开行规模继续保持全国前列。",
         brk="同比增长5.1%；")
    body("从通道看，西通道开行286列，占比69.4%；中通道、东通道分别开行34列、42列；经跨里海国际运输走廊开行16列，同比增长60.0%。分线路开行情况见下表。",
         lead="    ")
    add_par(doc, [("2025年11月中欧班列（成渝）成都方向分线路开行情况表（单位：列）", HT, 14, False)],
            align=C, indent=False, before=6)
    header = ["通道", "线路", "去程", "回程", "小计", "上年同期", "同比（%）"]
    west = [
        ["成都—罗兹（波兰）", "42", "30", "72", "70", "2.9"],
        ["成都—蒂尔堡（荷兰）", "26", "18", "44", "40", "10.0"],
        ["成都—纽伦堡（德国）", "24", "16", "40", "42", "-4.8"],
        ["成都—明斯克（白俄罗斯）", "14", "12", "26", "24", "8.3"],
        ["成都—布达佩斯（匈牙利）", "12", "8", "20", "18", "11.1"],
        ["成都—米兰（意大利）", "6", "4", "10", "11", "-9.1"],
        ["成都—阿拉木图（哈萨克斯坦）", "30", "12", "42", "36", "16.7"],
        ["成都—塔什干（乌兹别克斯坦）", "22", "10", "32", "28", "14.3"],
    ]
    widths = [2.0, 5.4, 1.4, 1.4, 1.4, 1.9, 1.9]

    def mk(rows_full, merge_first=False):
        t = doc.add_table(rows=1 + len(rows_full), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows_full, 1):
            for ci, v in enumerate(row):
                if ci == 0 and merge_first and ri > 1:
                    continue
                set_cell(t.cell(ri, ci), v, FS, 12)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if merge_first:
            m = t.cell(1, 0).merge(t.cell(len(rows_full), 0))
            set_cell(m, rows_full[0][0], FS, 12)
        set_widths(t, widths)
        return t

    mk([["西通道"] + r for r in west], merge_first=True)
    # clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    mk([
        ["中通道", "成都—莫斯科（经二连浩特）", "18", "16", "34", "35", "-2.9"],
        ["东通道", "成都—莫斯科（经满洲里）", "20", "22", "42", "46", "-8.7"],
        ["跨里海通道", "成都—伊斯坦布尔（土耳其）", "10", "6", "16", "10", "60.0"],
        ["其他", "临时加开及其他线路", "14", "20", "34", "28", "21.4"],
        ["合计", "—", "238", "174", "412", "388", "6.2"],
    ])
    note = "注：同比按开行列数计算；“其他”含临时加开班列及成都—维也纳、成都—布拉格等线路。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("二、重点企业情况")
    body("11月，发运量居前5位的企业为成都天府国际陆港供应链有限公司、四川蓉欧汽车进出口有限公司、成都青白江电子信息物流有限公司、四川川茶国际贸易有限公司、成都锦城新能源科技有限公司，合计组织货源14860标准箱，占全市发送总量的35.6%。其中，电子信息产品、新能源汽车及零部件货源同比分别增长12.4%、27.9%，成为拉动班列增长的主要力量。",
         brk="成都青白江电子信息物流有限公司、")
    head("三、存在的主要问题")
    runin("（一）境外段通关时效不稳。", "受波兰马拉舍维奇口岸换装能力紧张影响，11月罗兹、纽伦堡方向去程班列境外段平均运行时间较10月延长1.8天，部分客户转向海运，纽伦堡线路开行量同比下降4.8%。")
    runin("（二）东通道回程货源减少。", "受俄罗斯方向进口需求波动影响，经满洲里的东通道班列开行42列，同比下降8.7%。")
    runin("（三）运营补贴退坡压力加大。", "按照国家关于规范中欧班列补贴的要求，我市补贴标准逐年下降，部分中小货主运输成本上升，货源稳定性受到一定影响。")
    head("四、下一步工作打算")
    runin("（一）稳定去程货源。", "依托成都国际铁路港经济技术开发区，加强与电子信息、汽车、装备制造等重点产业链企业对接，12月计划开行班列不少于420列，确保全年开行4800列以上。")
    runin("（二）拓展回程货源。", "加快布局欧洲、中亚海外仓和集货中心，扩大进口汽车、冻品、木材等回程货源组织，力争回程占比稳定在40%以上。")
    runin("（三）推进通道多元化。", "加密经跨里海国际运输走廊的班列开行频次，探索开行成都—巴库（阿塞拜疆）、成都—第比利斯（格鲁吉亚）线路，降低单一通道拥堵风险。")
    head("五、有关建议")
    body("恳请省口岸与物流办公室协调中国国家铁路集团有限公司，在12月运输高峰期间对中欧班列（成渝）成都方向给予运力倾斜，并支持我市争取中欧班列集结中心示范工程中央预算内投资。")
    add_par(doc, SP + "特此报告。", indent=False)
    empty(doc, 2)
    # 落款 pushed right with typed spaces
    add_par(doc, "\u3000" * 11 + "成都市口岸与物流办公室", indent=False)
    add_par(doc, "\u3000" * 12 + "二〇二五年十二月五日", indent=False)

    banji(doc, "抄送：成都市人民政府办公厅，成都海关，中国铁路成都局集团有限公司。",
          "成都市口岸与物流办公室", "2025年12月5日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市口岸与物流办公室关于2025年11月中欧班列（成渝）成都方向运行情况的报告",
            "doc_number": "成口物〔2025〕87号",
            "issuer": ["成都市口岸与物流办公室"],
            "date": "2025-12-05",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["四川省人民政府口岸与物流办公室"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_yiwu():
    """义乌 县级市口岸办: 两份文件先后打印在一个文件里 (通报 + 通知)."""
    stem = "blind814_yiwu_liangjian"
    doc = Document()
    setup(doc)
    docs = []

    def redhead(number):
        add_par(doc, [("义乌市人民政府口岸办公室", XBS, 40, False, RED, 82)],
                align=C, indent=False, line=56, before=18)
        empty(doc, 1)
        p = add_par(doc, number, align=C, indent=False)
        border(p, "bottom", "FF0000", 24, 8)
        empty(doc, 1)

    # ---------------- C1 通报
    clauses = []

    def body(t, size=16):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    redhead("义口岸〔2026〕9号")
    for ln in ("义乌市人民政府口岸办公室关于2026年",
               "3月“义新欧”中欧班列运行情况的通报"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各镇（街道），市级有关单位，各中欧班列运营平台公司：", indent=False)
    body("为及时反映“义新欧”中欧班列运行情况，推动班列稳量提质，现将2026年3月“义新欧”中欧班列（义乌平台）运行情况通报如下。")
    head("一、总体运行情况")
    body("3月，“义新欧”中欧班列（义乌平台）共开行153列,同比增长10.9%;其中去程105列、回程48列，回程占比31.4%。发运标准箱12620个，同比增长12.3%。1—3月累计开行411列，同比增长9.6%；累计发运标准箱33860个。")
    body("分线路看，莫斯科、杜伊斯堡、塔什干线路开行量位居前三，伊斯坦布尔线路同比增长60.0%，华沙、阿拉木图线路同比分别下降12.5%、5.0%(详见表1)。")
    add_par(doc, [("表1　2026年3月“义新欧”中欧班列分线路开行情况（单位：列）", HT, 14, False)],
            align=C, indent=False, before=6)
    rows = [
        ["义乌—马德里（西班牙）", "18", "12", "6", "20.0", "48", "14.3"],
        ["义乌—杜伊斯堡（德国）", "26", "16", "10", "8.3", "70", "6.1"],
        ["义乌—华沙（波兰）", "14", "10", "4", "-12.5", "40", "-9.1"],
        ["义乌—莫斯科（俄罗斯）", "34", "22", "12", "13.3", "92", "15.0"],
        ["义乌—塔什干（乌兹别克斯坦）", "24", "18", "6", "33.3", "62", "24.0"],
        ["义乌—阿拉木图（哈萨克斯坦）", "19", "14", "5", "-5.0", "52", "-3.7"],
        ["义乌—伊斯坦布尔（土耳其）", "8", "6", "2", "60.0", "20", "66.7"],
        ["义乌—明斯克（白俄罗斯）", "10", "7", "3", "0.0", "27", "0.0"],
        ["合计", "153", "105", "48", "10.9", "411", "9.6"],
    ]
    t = two_level_table(doc, [("线路方向", []), ("3月", ["合计", "去程", "回程", "同比（%）"]),
                              ("1—3月累计", ["开行列数", "同比（%）"])], rows, clauses, size=11,
                        widths=[5.0, 1.5, 1.5, 1.5, 1.6, 2.0, 1.6])
    note = "注：同比为与上年同期开行列数相比的增减幅度。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("二、重点企业发运情况")
    body("3月，发运量居前5位的重点企业合计发运5779标准箱，占全市发运总量的45.8%。其中，义乌新丝路跨境电商有限公司通过“9610”“9710”模式发运跨境电商货物968标准箱，同比增长41.2%。")
    add_par(doc, [("表2　2026年3月“义新欧”班列重点发运企业（前5位）", HT, 14, False)],
            align=C, indent=False, before=6)
    simple_table(doc, ["排名", "企业名称", "发运量（标准箱）", "主要品类"], [
        ["1", "义乌市宏达小商品进出口有限公司", "1560", "日用百货、小家电"],
        ["2", "浙江义欧供应链管理有限公司", "1385", "服装、鞋帽"],
        ["3", "义乌市佳和五金工具有限公司", "1120", "五金工具"],
        ["4", "义乌新丝路跨境电商有限公司", "968", "跨境电商货物（9610/9710）"],
        ["5", "金华恒盛汽车配件有限公司", "746", "汽车配件"],
    ], clauses, widths=[1.2, 7.4, 2.4, 4.6], size=11)

    head("三、存在问题")
    runin("（一）回程占比偏低。", "3月回程班列48列，回程占比31.4%，低于全省平均水平，回程货源以汽车配件、木制品、日用消费品为主，品类较为单一。")
    runin("（二）集货成本上升。", "受铁路运价调整和境外段运费上涨影响，3月每标准箱综合物流成本较上年同期上涨约6%，部分中小商户转向海运拼箱。")
    head("四、下步工作")
    nid = make_numbering(doc)
    for t_ in ("加强货源组织。深入市场经营户和外贸企业开展班列政策宣传，推动小商品、五金工具、服装鞋帽等优势货源“应上尽上”。",
               "拓展回程业务。支持运营平台公司在马德里、杜伊斯堡、莫斯科等地设立回程集货中心，扩大进口商品回程规模，力争二季度回程占比提高到35%以上。",
               "优化通关服务。会同义乌海关推广“铁路快通”模式，压缩班列货物在义乌铁路口岸的平均通关时间。"):
        n = len([c for c in clauses if c[:2] in ("1.", "2.", "3.")]) + 1
        clauses.append("%d.%s" % (n, t_))
        p = add_par(doc, t_)
        apply_num(p, nid)
    add_par(doc, "特此通报。")
    textbox(doc, ["义乌市人民政府口岸办公室", "2026年4月8日"])
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：金华市人民政府口岸办公室，义乌海关，中国铁路上海局集团有限公司金华货运中心。",
          "义乌市人民政府口岸办公室", "2026年4月8日印发", gap=1)
    docs.append({
        "meta": {
            "title": "义乌市人民政府口岸办公室关于2026年3月“义新欧”中欧班列运行情况的通报",
            "doc_number": "义口岸〔2026〕9号",
            "issuer": ["义乌市人民政府口岸办公室"],
            "date": "2026-04-08",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各镇（街道）", "市级有关单位", "各中欧班列运营平台公司"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ---------------- C2 通知 (new section, page numbers restart)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    clauses = []

    def runin2(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    redhead("义口岸〔2026〕10号")
    for ln in ("义乌市人民政府口岸办公室关于做好2026年",
               "二季度“义新欧”中欧班列货源组织和运行",
               "保障工作的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各镇（街道），市级有关单位，各中欧班列运营平台公司：", indent=False)
    t0 = "为巩固“义新欧”中欧班列运行稳中向好态势，做好二季度货源组织和运行保障工作，经研究，现就有关事项通知如下："
    clauses.append(t0)
    add_par(doc, t0)
    runin2("一、明确开行目标。", "二季度全市计划开行“义新欧”中欧班列480列以上，其中回程班列不少于150列，力争上半年累计开行900列以上。各线路开行计划详见附件。")
    runin2("二、加强货源组织。", "各镇（街道）要结合辖区产业特点，摸排有出口需求的生产企业和市场经营户，建立班列货源企业清单，并于每月25日前将下月货源需求报送市口岸办。市场发展委要依托国际商贸城组织开展班列政策宣讲，引导中小商户通过拼箱方式上车出口。")
    runin2("三、强化运行保障。", "各班列运营平台公司要提前与中国铁路上海局集团有限公司对接运力计划，合理安排去程、回程班列开行；义乌海关要落实“7×24小时”预约通关，确保班列货物快速验放。遇有境外口岸拥堵等突发情况，运营平台公司要在24小时内报告市口岸办。")
    runin2("四、落实工作责任。", "市口岸办将按月通报各线路开行情况和重点企业发运情况，对工作成效明显的单位和企业予以通报表扬，对开行目标完成滞后的线路进行约谈提醒。")
    t5 = "本通知自2026年4月10日起施行，有效期至2026年6月30日。《义乌市人民政府口岸办公室关于做好2026年一季度“义新欧”中欧班列货源组织工作的通知》（义口岸〔2026〕2号）同时废止。"
    clauses.append(t5)
    add_par(doc, t5)
    empty(doc, 1)
    att = "2026年二季度“义新欧”中欧班列分线路开行计划表"
    add_par(doc, "附件：" + att)
    empty(doc, 2)
    # 落款 aligned with a tab stop
    for ln in ("\t义乌市人民政府口岸办公室", "\t2026年4月10日"):
        p = add_par(doc, ln, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6) if "口岸" in ln else Cm(9.6))
    add_par(doc, "（此件主动公开）")

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [(att, XBS, 18, False)], align=C, indent=False, line=34, after=12)
    simple_table(doc, ["线路方向", "4月（列）", "5月（列）", "6月（列）", "二季度合计（列）"], [
        ["义乌—马德里（西班牙）", "19", "20", "21", "60"],
        ["义乌—杜伊斯堡（德国）", "27", "28", "29", "84"],
        ["义乌—华沙（波兰）", "15", "15", "16", "46"],
        ["义乌—莫斯科（俄罗斯）", "34", "35", "36", "105"],
        ["义乌—塔什干（乌兹别克斯坦）", "24", "25", "26", "75"],
        ["义乌—阿拉木图（哈萨克斯坦）", "19", "20", "20", "59"],
        ["义乌—伊斯坦布尔（土耳其）", "8", "9", "10", "27"],
        ["义乌—明斯克（白俄罗斯）", "8", "8", "8", "24"],
        ["合计", "154", "160", "166", "480"],
    ], clauses, widths=[5.6, 2.2, 2.2, 2.2, 3.2], size=12)
    note2 = "注：计划开行列数含去程、回程班列，各运营平台公司可根据货源情况在线路间适当调剂。"
    clauses.append(note2)
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20, before=4)
    banji(doc, "抄送：金华市人民政府口岸办公室，义乌海关，中国铁路上海局集团有限公司金华货运中心。",
          "义乌市人民政府口岸办公室", "2026年4月10日印发", gap=2)
    docs.append({
        "meta": {
            "title": "义乌市人民政府口岸办公室关于做好2026年二季度“义新欧”中欧班列货源组织和运行保障工作的通知",
            "doc_number": "义口岸〔2026〕10号",
            "issuer": ["义乌市人民政府口岸办公室"],
            "date": "2026-04-10",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": "2026-04-10",
            "expires": "2026-06-30",
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各镇（街道）", "市级有关单位", "各中欧班列运营平台公司"],
            "publicity": "此件主动公开",
            "repeals": "《义乌市人民政府口岸办公室关于做好2026年一季度“义新欧”中欧班列货源组织工作的通知》（义口岸〔2026〕2号）",
        },
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    for fn in (doc_hunan, doc_chengdu, doc_yiwu):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
