# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 792: 中国—东盟自贸区论坛会务手册 / 邀请通知 (Word + PDF + expected.json)."""
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


# ---------------------------------------------------------------- helpers
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
    if scale is not None:  # 字符缩放 (squeeze a long organ name)
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


def add_lines(doc, lines, name=FS, size=16, **kw):
    """one paragraph, lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size)
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


def _field(fp, instr, size=14):
    r = fp.add_run(); font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run(); font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = fp.add_run(); font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run(); font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    if footer == "dash":          # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:                         # -1-  typed with hyphens
        font(fp.add_run("-"), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run("-"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def no_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_widths(t, widths_cm):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def grid_table(doc, header_rows, keys, rows, clauses, vmerge=(), widths=None,
               size=12, repeat=True, cell_align=None, line=20):
    """header_rows: list of lists; None = merged with the cell on the left,
    '^' = merged with the cell above.  keys: column names for the clause text.
    rows: data rows; columns in vmerge whose value equals the row above are merged
    (text printed once, in the top cell).  Every data row yields one clause;
    rows that are completely empty (blank form lines) yield none."""
    nh = len(header_rows)
    ncol = len(keys)
    t = doc.add_table(rows=nh + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        set_widths(t, widths)
    # header
    for ri, hr in enumerate(header_rows):
        for ci, h in enumerate(hr):
            if h not in (None, "^"):
                set_cell(t.cell(ri, ci), h, HT, size, line=line)
        if repeat:
            repeat_header(t.rows[ri])
    for ri, hr in enumerate(header_rows):
        for ci, h in enumerate(hr):
            if h is None:
                s = ci
                while header_rows[ri][s] is None:
                    s -= 1
                t.cell(ri, s).merge(t.cell(ri, ci))
            elif h == "^":
                s = ri
                while header_rows[s][ci] == "^":
                    s -= 1
                t.cell(s, ci).merge(t.cell(ri, ci))
    # data
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            if ci in vmerge and ri > 0 and rows[ri - 1][ci] == v:
                continue
            al = cell_align[ci] if cell_align else C
            set_cell(t.cell(nh + ri, ci), v, FS, size, align=al, line=line)
        t.rows[nh + ri]._tr.get_or_add_trPr().append(
            parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        if any(v for v in row):
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    for ci in vmerge:
        ri = 0
        while ri < len(rows):
            rj = ri
            while rj + 1 < len(rows) and rows[rj + 1][ci] == rows[ri][ci]:
                rj += 1
            if rj > ri:
                t.cell(nh + ri, ci).merge(t.cell(nh + rj, ci))
            ri = rj + 1
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def textbox(doc, lines, left_pt=230, width_pt=200, height_pt=64):
    """落款 typed into a borderless VML text box anchored to an empty paragraph."""
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/>'
        '</w:rPr><w:t>%s</w:t></w:r></w:p>' % (FS, FS, FS, t) for t in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="LuoKuan1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:2pt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
        'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
        '</v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), left_pt, width_pt, height_pt, paras))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    empty(doc, 2)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_792", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ---------------------------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, numfmt="decimal", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, first))
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
def doc_nanning():
    """自治区商务厅 + 博览会秘书处 联合邀请通知，附件1 会务手册，附件2 回执."""
    stem = "blind792_nanning_yaoqing"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 + 紧急程度
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头 in a borderless table: two organ names left, 文件 right (merged)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [12.2, 3.2])
    for i, name in enumerate(["广西壮族自治区商务厅", "中国—东盟博览会秘书处"]):
        c = t.cell(i, 0)
        set_cell(c, name, XBS, 25, color=RED)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        c.paragraphs[0].paragraph_format.line_spacing = Pt(38)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 42, color=RED)
    m.paragraphs[0].paragraph_format.line_spacing = Pt(60)
    m.vertical_alignment = 1  # center
    p = add_par(doc, "桂商贸发〔2026〕47号", align=C, indent=False, before=12)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title over three paragraphs
    for ln in ["广西壮族自治区商务厅", "中国—东盟博览会秘书处",
               "关于邀请参加2026中国—东盟自由贸易区", "论坛的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，自治区有关单位，有关商协会，有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入贯彻落实《中国—东盟自由贸易区3.0版升级议定书》，经自治区人民政府同意，定于2026年9月16日至17日在南宁举办2026中国—东盟自由贸易区论坛（以下简称论坛）。现将有关事项通知如下：")
    runin("一、论坛主题。", "共建自贸区3.0版，共享区域大市场。", HT)
    runin("二、时间地点。", "2026年9月16日至17日在南宁国际会展中心（南宁市青秀区民族大道111号）举办，9月15日14:00—21:00报到。", HT)
    runin("三、参会人员。", "各设区市商务局、自治区有关单位分管负责同志1名，有关商协会负责同志及重点外贸、跨境物流、跨境电商企业代表1至2名。", HT)
    head("四、有关要求")
    runin("（一）认真组织报名。", "请于2026年9月5日前将参会人员名单（含姓名、职务、手机号码、拟参加分论坛）发送至caftaforum2026@163.com，逾期视为不参会。")
    runin("（二）费用安排。", "论坛不收取会务费，差旅费自理。")
    runin("（三）严守会议纪律。", "参会人员须严格遵守中央八项规定精神，不得随意更换参会人员。")
    runin("（四）会务安排。", "论坛具体议程、分会场安排及注意事项详见会务手册（附件）。")
    # contacts typed as one paragraph with a manual line break
    lines = ["联系人：黄海波（自治区商务厅）0771-2052316",
             "韦丽萍（博览会秘书处）0771-5532807"]
    p = doc.add_paragraph()
    font(p.add_run(lines[0]), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 4 + lines[1]), FS, 16)
    fmt(p)
    clauses.extend(lines)
    add_par(doc, "附件：2026中国—东盟自由贸易区论坛会务手册", before=6)
    empty(doc, 1)
    # joint 落款 in a borderless table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), "广西壮族自治区商务厅", FS, 16)
    set_cell(t.cell(0, 1), "中国—东盟博览会秘书处", FS, 16)
    set_cell(t.cell(1, 1), "2026年8月25日", FS, 16)
    add_par(doc, "（此件依申请公开）", before=8)

    # ------------------------------------------------ 附件1 会务手册
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2026中国—东盟自由贸易区论坛", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("会务手册", XBS, 20, False)], align=C, indent=False, line=32, after=6)

    # the handbook is typed smaller (4号 仿宋, 24磅行距) to keep it to two pages
    def body(t):
        clauses.append(t)
        add_par(doc, [(t, FS, 14, False)], line=24, first=Pt(28))

    def head(t):
        add_par(doc, [(t, HT, 14, False)], line=24, first=Pt(28))

    head("一、论坛议程")
    D0, D1, D2 = "9月15日（星期二）", "9月16日（星期三）", "9月17日（星期四）"
    grid_table(doc,
               [["日期", "时间", "活动内容", "会场安排", None],
                ["^", "^", "^", "地点", "出席人员"]],
               ["日期", "时间", "活动内容", "会场安排／地点", "会场安排／出席人员"],
               [
                   [D0, "14:00—21:00", "报到注册、领取会议材料", "南宁荔园山庄大堂", "全体参会人员"],
                   [D1, "08:30—09:00", "嘉宾签到入场", "南宁国际会展中心国际会议厅", "全体参会人员"],
                   [D1, "09:00—09:40", "开幕式及领导致辞", "国际会议厅", "商务部、自治区人民政府领导，东盟国家部长级嘉宾"],
                   [D1, "09:40—10:00", "签约仪式暨《中国—东盟自贸区3.0版产业链合作倡议》发布", "国际会议厅", "主办单位领导、签约企业代表"],
                   [D1, "10:00—10:15", "茶歇", "国际会议厅外廊", "—"],
                   [D1, "10:15—12:00", "主旨演讲", "国际会议厅", "中外政府官员、国际组织代表、知名专家学者"],
                   [D1, "12:00—13:30", "午餐（自助餐）", "会展中心3楼宴会厅", "全体参会人员"],
                   [D1, "14:00—17:30", "平行分论坛（详见分会场安排）", "各分会场", "按分会场安排参加"],
                   [D1, "18:30—20:00", "欢迎晚宴", "南宁荔园山庄", "凭请柬出席"],
                   [D2, "09:00—11:30", "闭门圆桌会：自贸区3.0版规则对接与实施", "会展中心B区203会议室", "受邀嘉宾"],
                   [D2, "09:00—11:30", "中国—东盟企业对接洽谈会", "会展中心D区洽谈区", "企业代表"],
                   [D2, "11:30—12:00", "闭幕式暨成果发布", "国际会议厅", "全体参会人员"],
                   [D2, "12:00以后", "午餐后自行返程", "—", "—"],
               ], clauses, vmerge=(0, 1), widths=[2.4, 3.3, 4.3, 3.2, 3.2], size=10.5, line=15)
    body("注：议程如有调整，以会议当天发布为准。")
    head("二、分会场安排")
    T = "9月16日14:00—17:30"
    grid_table(doc, [["序号", "分论坛名称", "时间", "地点", "承办单位"]],
               ["序号", "分论坛名称", "时间", "地点", "承办单位"],
               [
                   ["1", "分论坛一：自贸区3.0版与数字经济合作", T, "会展中心B区201会议室", "自治区商务厅、自治区大数据发展局"],
                   ["2", "分论坛二：陆海新通道与跨境物流", T, "会展中心B区202会议室", "自治区交通运输厅、北部湾国际港务集团"],
                   ["3", "分论坛三：跨境产业链供应链合作", T, "会展中心C区多功能厅", "中国（广西）自由贸易试验区工作办公室"],
                   ["4", "分论坛四：跨境金融与人民币国际化", "9月16日14:00—17:00", "南宁荔园山庄2号楼会议室", "中国人民银行广西壮族自治区分行"],
               ], clauses, vmerge=(2,), widths=[1.2, 4.6, 3.3, 3.2, 3.7], size=10.5, line=15)
    head("三、注意事项")
    for t_ in ["1．请参会人员凭参会证出入会场，参会证仅限本人使用，遗失请及时与会务组联系补办。",
               "2．论坛期间会展中心周边实行交通管制，请提前规划出行路线，自驾车辆凭车证停放在会展中心P3停车场。",
               "3．请于每场活动开始前15分钟入场，会议期间请将手机调至静音状态。",
               "4．南宁9月中旬气温较高，多雷阵雨天气，请携带雨具，注意防暑。",
               "5．会务组在南宁荔园山庄大堂设服务台，提供咨询、票务及返程送站服务，返程送站需求请于9月16日18:00前登记。"]:
        body(t_)
    head("四、会务联系人")
    grid_table(doc, [["工作组", "联系人", "办公电话", "手机"]],
               ["工作组", "联系人", "办公电话", "手机"],
               [
                   ["报到注册组", "蒙晓丹", "0771-5532811", "13877165203"],
                   ["会场服务组", "陆俊", "0771-2052319", "13977132658"],
                   ["交通保障组", "覃志勇", "0771-2052340", "18007718862"],
                   ["住宿餐饮组", "黄秋燕", "0771-5532826", "13607716419"],
               ], clauses, widths=[4.0, 3.0, 4.2, 4.2], size=10.5, line=15)

    banji(doc, "抄送：商务部亚洲司，自治区人民政府办公厅。", "广西壮族自治区商务厅办公室", "2026年8月25日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅中国—东盟博览会秘书处关于邀请参加2026中国—东盟自由贸易区论坛的通知",
            "doc_number": "桂商贸发〔2026〕47号",
            "issuer": ["广西壮族自治区商务厅", "中国—东盟博览会秘书处"],
            "date": "2026-08-25",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["2026中国—东盟自由贸易区论坛会务手册"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "自治区有关单位", "有关商协会", "有关企业"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """钦州港片区管委会 信函格式 邀请函，议程表手工拆成 续表."""
    stem = "blind792_qinzhou_fenluntan_han"
    doc = Document()
    setup(doc, footer="hyphen")
    clauses = []
    SP = "    "  # clerk indents with four half-width spaces

    p = add_par(doc, [], align=C, indent=False, line=48)
    font(p.add_run("中国（广西）自由贸易试验区钦州港片区管理委员会"), XBS, 24, color=RED, scale=72)
    border(p, "bottom", "FF0000", 24, 4, val="thickThinSmallGap")
    p = add_par(doc, "钦港管函〔2026〕62号", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    # title: one paragraph, manual break at an odd place
    add_lines(doc, ["关于邀请参加中国—东盟自由贸易区论坛陆海", "新通道合作分论坛的函"],
              name=XBS, size=22, align=C, indent=False, line=36)
    add_par(doc, "北部湾港股份有限公司、广西北港物流有限公司、中国—东盟港口城市合作网络秘书处：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    body("为深化中国—东盟自由贸易区3.0版框架下港航物流合作，推动西部陆海新通道高质量建设，我委定于2026年9月18日在钦州举办中国—东盟自由贸易区论坛陆海新通道合作分论坛(以下简称分论坛)，诚邀贵单位派员出席并作交流发言。现将有关事项函告如下:")
    h = "一、时间地点。"
    t = "2026年9月18日(星期五)9:00-17:00，会期1天；地点：钦州港片区综合服务中心3楼国际会议厅（钦州市钦州港经济技术开发区金海湾东大街1号）。"
    clauses.append(h + t)
    add_par(doc, [(SP + h, HT, 16, False), (t, FS, 16, False)], indent=False)
    head("二、日程安排")
    body("分论坛日程安排如下表：")
    add_par(doc, [("分论坛日程安排表", HT, 14, False)], align=C, indent=False, line=22)
    hdr = [["序号", "时间", "议程", "发言/主持", "地点"]]
    keys = hdr[0]
    W = [1.4, 3.0, 4.2, 4.8, 2.6]
    grid_table(doc, hdr, keys, [
        ["1", "08:30-09:00", "嘉宾签到", "—", "3楼国际会议厅"],
        ["2", "09:00-09:20", "开幕致辞", "钦州市政府领导、东盟国家驻南宁总领事馆代表", "3楼国际会议厅"],
    ], clauses, widths=W, size=10.5, repeat=False)
    p = add_par(doc, [("续表", HT, 12, False)], indent=False)
    p.paragraph_format.page_break_before = True
    grid_table(doc, hdr, keys, [
        ["3", "09:20-10:20", "主旨演讲：陆海新通道建设与中国—东盟供应链韧性", "国家发展改革委综合运输研究所专家", "同上"],
        ["4", "10:20-10:30", "集中签约：钦州港—林查班港、钦州港—关丹港航线合作项目", "主持：钦州港片区管委会副主任", "同上"],
        ["5", "10:30-12:00", "圆桌对话：港口互联互通与多式联运“一单制”", "北部湾港集团、新加坡太平船务、马来西亚关丹港等企业代表", "同上"],
        ["6", "12:00-13:30", "午餐", "—", "综合服务中心1楼餐厅"],
        ["7", "14:00-15:30", "实地考察：钦州港自动化集装箱码头、海铁联运中心", "全体嘉宾", "钦州港东站"],
        ["8", "15:30-16:40", "专题交流：RCEP原产地规则与跨境贸易便利化", "南宁海关、钦州港海关", "3楼国际会议厅"],
        ["9", "16:40-17:00", "总结发言", "钦州港片区管委会主要负责同志", "3楼国际会议厅"],
    ], clauses, widths=W, size=10.5, repeat=False)
    note = "注:1.议程如有调整，另行通知；2.实地考察统一乘坐大巴前往，请于13:50在综合服务中心正门集合。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22)
    clauses.append(note)
    # run-in heading whose paragraph carries a manual line break
    h = "三、参会人员。"
    t1 = "贵单位分管负责同志1名及业务部门负责同志1名。"
    t2 = "拟作交流发言的，请于9月8日前一并提供发言题目及发言人简介(200字以内)。"
    p = doc.add_paragraph()
    font(p.add_run(SP + h), HT, 16)
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(SP + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([h + t1, t2])
    head("四、其他事项")
    body("（一）分论坛不收取任何费用，参会代表往返交通费用自理，9月18日午餐由我委统一安排。")
    body("（二）我委于9月17日17:00-20:00在南宁国际会展中心南门提供接驳大巴至钦州，需乘坐的请在回执中注明。")
    body("（三）请于2026年9月8日前将参会回执(附件)反馈至我委投资促进局，传真:0777-3886512，邮箱:qzgpq_tcj@126.com。")
    body("联系人及电话：钟海燕 0777-3886507，李明轩 0777-3886519。")
    empty(doc, 1)
    add_par(doc, SP + "附件：参会回执", indent=False)
    empty(doc, 2)
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", align=R, indent=False)
    p = add_par(doc, "二〇二六年八月二十日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("参会回执", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    grid_table(doc, [["单位名称", "姓名", "职务", "手机", "是否发言", "是否乘坐接驳大巴"]],
               ["单位名称", "姓名", "职务", "手机", "是否发言", "是否乘坐接驳大巴"],
               [[""] * 6, [""] * 6, [""] * 6, [""] * 6], clauses,
               widths=[3.6, 2.0, 2.6, 2.8, 2.0, 2.8], size=12)
    b = "备注：如需协助预订钦州住宿，请在回执中注明。"
    add_par(doc, [(b, FS, 14, False)], indent=False)
    clauses.append(b)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于邀请参加中国—东盟自由贸易区论坛陆海新通道合作分论坛的函",
            "doc_number": "钦港管函〔2026〕62号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-08-20",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["参会回执"],
            "doc_type": "函",
            "recipients": ["北部湾港股份有限公司", "广西北港物流有限公司", "中国—东盟港口城市合作网络秘书处"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C (two notices)
def yn_header(doc, wenhao):
    p = add_par(doc, [("云南省商务厅", XBS, 42, False, RED)], align=C, indent=False, line=60, before=12)
    empty(doc, 1)
    p = add_par(doc, wenhao, align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)


def doc_kunming():
    stem = "blind792_kunming_tongzhi"
    doc = Document()
    setup(doc)
    docs = []

    # ------------------------------------------------ C1 预通知
    clauses = []
    yn_header(doc, "云商外经函〔2025〕131号")
    add_par(doc, [("云南省商务厅关于举办2025中国—东盟", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("自由贸易区（昆明）合作论坛的预通知", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各州、市商务局，省直有关部门，有关商协会：", indent=False)

    def body(t, cl=clauses):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, cl):
        cl.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实中国—东盟自由贸易区3.0版升级议定书签署成果，发挥我省面向南亚东南亚辐射中心作用，经省人民政府同意，我厅拟于2025年11月下旬在昆明举办2025中国—东盟自由贸易区（昆明）合作论坛。为便于各单位提前做好准备，现将有关事项预通知如下：", clauses)
    runin("一、时间地点。", "论坛拟于2025年11月20日至21日在昆明滇池国际会展中心举办，11月19日报到。具体时间以正式通知为准。", clauses)
    runin("二、论坛主题。", "深化自贸区3.0版合作，共建面向南亚东南亚开放新高地。", clauses)
    head("三、拟设分论坛")
    for t_ in ["1．中老铁路与跨境物流合作分论坛；", "2．跨境电商与数字贸易分论坛；",
               "3．绿色能源与产能合作分论坛；", "4．边境经济合作区和跨境经济合作区建设分论坛。"]:
        body(t_, clauses)
    head("四、有关要求")
    body("（一）请各州、市商务局提前谋划，每个州、市组织3至5家重点外经贸企业参会，沿边州、市可适当增加名额。", clauses)
    body("（二）请各单位于2025年10月20日前将拟参会人员初步名单报送省商务厅对外投资和经济合作处，正式通知另行印发。", clauses)
    body("联系人：杨丽华，联系电话：0871-63114825，电子邮箱：ynswtdwtz@163.com。", clauses)
    empty(doc, 1)
    # 落款 aligned with typed full-width spaces
    add_par(doc, "\u3000" * 17 + "云南省商务厅", indent=False)
    add_par(doc, "\u3000" * 16 + "2025年9月30日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：商务部亚洲司，省人民政府办公厅。", "云南省商务厅办公室", "2025年9月30日印发")
    docs.append({
        "meta": {
            "title": "云南省商务厅关于举办2025中国—东盟自由贸易区（昆明）合作论坛的预通知",
            "doc_number": "云商外经函〔2025〕131号",
            "issuer": ["云南省商务厅"],
            "date": "2025-09-30",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各州、市商务局", "省直有关部门", "有关商协会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ------------------------------------------------ C2 正式通知 (日程、分会场、注意事项、联系人)
    page_break(doc)
    c2 = []
    yn_header(doc, "云商外经函〔2025〕152号")
    p = doc.add_paragraph()
    font(p.add_run("云南省商务厅关于2025中国—东盟自由"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("贸易区（昆明）合作论坛有关安排的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各州、市商务局，省直有关部门，有关商协会，有关企业：", indent=False)
    body("2025中国—东盟自由贸易区（昆明）合作论坛（以下简称论坛）将于2025年11月20日至21日在昆明举办。按照《云南省商务厅关于举办2025中国—东盟自由贸易区（昆明）合作论坛的预通知》（云商外经函〔2025〕131号）安排，现将论坛日程、分会场及会务有关事项通知如下：", c2)
    runin("一、报到安排。", "参会人员于11月19日14:00—20:00在昆明滇池国际会展中心酒店一楼大堂报到，领取参会证件和会议资料。", c2)
    head("二、论坛日程")
    a, b, c = "11月19日（星期三）", "11月20日（星期四）", "11月21日（星期五）"
    grid_table(doc, [["日期", "时间", "活动", "地点", "备注"]],
               ["日期", "时间", "活动", "地点", "备注"],
               [
                   [a, "14:00—20:00", "报到", "会展中心酒店一楼大堂", "领取参会证件"],
                   [b, "09:00—09:45", "开幕式", "会展中心1号会议厅", "全体参会人员"],
                   [b, "09:45—12:00", "主论坛：自贸区3.0版机遇与辐射中心建设", "会展中心1号会议厅", "全体参会人员"],
                   [b, "14:00—17:30", "分论坛（四场并行）", "详见分会场安排", "按报名分论坛参加"],
                   [b, "18:30", "招待晚宴", "会展中心酒店宴会厅", "凭请柬入场"],
                   [c, "09:00—11:30", "重点项目推介与签约", "会展中心2号会议厅", "签约企业代表提前30分钟到场"],
                   [c, "14:00—17:00", "考察中国（云南）自由贸易试验区昆明片区", "昆明片区", "自愿报名，统一乘车"],
               ], c2, vmerge=(0,), widths=[2.6, 3.0, 4.6, 3.4, 2.8], size=10.5)
    head("三、分会场安排")
    grid_table(doc, [["分会场", "分论坛名称", "地点", "承办单位"]],
               ["分会场", "分论坛名称", "地点", "承办单位"],
               [
                   ["分会场一", "中老铁路与跨境物流合作分论坛", "会展中心3号会议厅", "省交通运输厅、中国铁路昆明局集团有限公司"],
                   ["分会场二", "跨境电商与数字贸易分论坛", "会展中心5号会议厅", "省商务厅电子商务处"],
                   ["分会场三", "绿色能源与产能合作分论坛", "会展中心6号会议厅", "省能源局、省发展改革委"],
                   ["分会场四", "边境经济合作区和跨境经济合作区建设分论坛", "会展中心酒店多功能厅", "省商务厅边贸处、德宏州人民政府"],
               ], c2, widths=[2.2, 5.4, 3.6, 5.2], size=10.5)
    head("四、注意事项")
    nid = make_numbering(doc, "%1．")
    for t_ in ["参会人员须佩戴参会证出入会场，参会证实行实名制，不得转借他人。",
               "论坛期间昆明早晚温差较大，请注意添加衣物；会展中心距市区约20公里，会务组每日07:30、08:00从指定酒店发车。",
               "会议资料、议程如有变动，将通过“云南商务”微信公众号及会务工作群及时发布。",
               "请各州、市商务局指定1名联络员，负责本地区参会人员的组织和联络工作。"]:
        p = add_par(doc, t_)
        apply_num(p, nid)
    c2.extend(["%d．%s" % (i + 1, t_) for i, t_ in enumerate([
        "参会人员须佩戴参会证出入会场，参会证实行实名制，不得转借他人。",
        "论坛期间昆明早晚温差较大，请注意添加衣物；会展中心距市区约20公里，会务组每日07:30、08:00从指定酒店发车。",
        "会议资料、议程如有变动，将通过“云南商务”微信公众号及会务工作群及时发布。",
        "请各州、市商务局指定1名联络员，负责本地区参会人员的组织和联络工作。"])])
    head("五、会务联系人")
    grid_table(doc, [["工作组", "姓名", "联系电话"]], ["工作组", "姓名", "联系电话"],
               [
                   ["综合协调组", "杨丽华", "0871-63114825"],
                   ["综合协调组", "周建明", "0871-63114830"],
                   ["注册接待组", "李思雨", "13888406215"],
                   ["交通保障组", "段文斌", "13708712264"],
                   ["交通保障组", "和春燕", "15287136609"],
               ], c2, vmerge=(0,), widths=[4.6, 4.0, 5.6], size=12)
    empty(doc, 1)
    textbox(doc, ["云南省商务厅", "2025年11月3日"])
    banji(doc, "抄送：省人民政府办公厅，省外办，昆明海关。", "云南省商务厅办公室", "2025年11月3日印发")
    docs.append({
        "meta": {
            "title": "云南省商务厅关于2025中国—东盟自由贸易区（昆明）合作论坛有关安排的通知",
            "doc_number": "云商外经函〔2025〕152号",
            "issuer": ["云南省商务厅"],
            "date": "2025-11-03",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各州、市商务局", "省直有关部门", "有关商协会", "有关企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_nanning(), doc_qinzhou(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
