# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 994: 发文稿纸 + 市商务局 notice on Belt and Road fair organisation.

Each Word file starts with the office's dispatch form (发文稿纸, a filled-in
table) and the printed notice follows on the next pages.  The form is the
office's internal processing record, not the document: the answer key takes
meta and clauses from the printed notice (and its 附件) only.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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


BODY_LINE = [28]  # fixed line spacing in pt (固定值); one office uses 26


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = BODY_LINE[0]
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def page_setup(section):
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def base_style(doc):
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_footer(section, restart=False):
    """Footer "— N —" with a PAGE field; optionally restart numbering at 1."""
    ft = section.footer
    ft.is_linked_to_previous = False
    fp = ft.paragraphs[0]
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
    if restart:
        sp = section._sectPr
        pg = sp.find(qn("w:pgNumType"))
        if pg is None:
            pg = parse_xml('<w:pgNumType %s/>' % nsdecls("w"))
            sp.append(pg)
        pg.set(qn("w:start"), "1")


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    """text may contain \n -> separate paragraphs inside the cell."""
    cell.text = ""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if part:
            font(p.add_run(part), name, size, bold, color)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_borders(t, color="000000", sz=8, none=False):
    tblPr = t._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    if none:
        inner = "".join('<w:%s w:val="nil"/>' % s
                        for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    else:
        inner = "".join('<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>'
                        % (s, sz, color)
                        for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), inner)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    row.height = Cm(cm)


def col_widths(t, widths_cm):
    """Set widths on the grid (LibreOffice reads w:gridCol) and on each cell."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = t._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    tw.set(qn("w:type"), "dxa")
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            tc = row._tr.tc_lst[i] if i < len(row._tr.tc_lst) else None
            if tc is not None:
                tcPr = tc.get_or_add_tcPr()
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                    tcPr.insert(0, tcW)
                tcW.set(qn("w:w"), str(int(Cm(w).twips)))
                tcW.set(qn("w:type"), "dxa")


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_994", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Body:
    """Writes body paragraphs into the doc and records clauses."""

    def __init__(self, doc, typed_indent=False):
        self.doc = doc
        self.clauses = []
        self.typed = typed_indent  # indent with typed full-width spaces

    def _p(self, runs):
        if self.typed:
            runs = [(IND, FS, 16, False)] + runs
            return add_par(self.doc, runs, indent=False)
        return add_par(self.doc, runs)

    def para(self, t):
        self.clauses.append(t)
        return self._p([(t, FS, 16, False)])

    def head(self, t, name=HT):
        return self._p([(t, name, 16, False)])

    def runin(self, h, t, hfont=KT, bold=True):
        self.clauses.append(h + t)
        return self._p([(h, hfont, 16, bold), (t, FS, 16, False)])

    def softbreak_pair(self, t1, t2):
        """two items typed in one paragraph with Shift+Enter."""
        self.clauses.extend([t1, t2])
        p = self.doc.add_paragraph()
        if self.typed:
            font(p.add_run(IND), FS, 16)
        font(p.add_run(t1), FS, 16)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + t2), FS, 16)
        fmt(p, indent=not self.typed)
        return p


def rowtext(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# ====================================================================== A
def doc_ningbo():
    """宁波: red-ruled 发文稿纸 in its own section (no page number), notice in
    section 2 with page numbers restarting at 1; two-level table header;
    single attachment with 注 under the table; 版记 on the last page."""
    stem = "blind994_ningbo_gaozhi"
    doc = Document()
    base_style(doc)
    page_setup(doc.sections[0])
    doc.sections[0].top_margin = Cm(2.5)

    # ------------------------------------------------ 发文稿纸 (section 1)
    add_par(doc, [("宁波市商务局发文稿纸", SONG, 24, True, RED)], align=C, indent=False,
            line=40, after=6)
    p = add_par(doc, [("甬商务稿〔2026〕第0318号", SONG, 10.5, False, RED)], align=R,
                indent=False, line=16)
    RC = RED
    LBL = dict(name=SONG, size=12, bold=True, color=RC)
    t = doc.add_table(rows=11, cols=4)
    table_borders(t, "FF0000", 12)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.6, 5.5, 2.6, 5.0])
    rows = t.rows
    # row 0: 发文机关
    set_cell(rows[0].cells[0], "发文机关", **LBL)
    c = rows[0].cells[1].merge(rows[0].cells[3])
    set_cell(c, "宁波市商务局", FS, 14, align=L)
    # row 1: 签发 (tall)
    set_cell(rows[1].cells[0], "签　发", **LBL)
    c = rows[1].cells[1].merge(rows[1].cells[3])
    set_cell(c, "同意。\n\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000王立平\n"
                "\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30003月9日",
             KT, 15, align=L, line=26)
    row_height(rows[1], 3.2)
    # row 2: 会签 | 核稿
    set_cell(rows[2].cells[0], "会　签", **LBL)
    set_cell(rows[2].cells[1], "计划财务处：李　敏 3.6\n市场体系建设处：周国强 3.6", KT, 13,
             align=L, line=22)
    set_cell(rows[2].cells[2], "核　稿", **LBL)
    set_cell(rows[2].cells[3], "办公室：沈　佳\n3月8日", KT, 13, align=L, line=22)
    row_height(rows[2], 2.2)
    # row 3: 拟稿单位 | 拟稿人
    set_cell(rows[3].cells[0], "拟稿单位", **LBL)
    set_cell(rows[3].cells[1], "对外贸易发展处", FS, 13, align=L)
    set_cell(rows[3].cells[2], "拟稿人", **LBL)
    set_cell(rows[3].cells[3], "陈　露\n电话：89182356", FS, 13, align=L)
    # row 4: 文号 | 密级
    set_cell(rows[4].cells[0], "文　号", **LBL)
    set_cell(rows[4].cells[1], "甬商务发〔2026〕21号", FS, 13, align=L)
    set_cell(rows[4].cells[2], "密　级", **LBL)
    set_cell(rows[4].cells[3], "无", FS, 13, align=L)
    # row 5: 缓急 | 公开属性
    set_cell(rows[5].cells[0], "缓　急", **LBL)
    set_cell(rows[5].cells[1], "平件", FS, 13, align=L)
    set_cell(rows[5].cells[2], "公开属性", **LBL)
    set_cell(rows[5].cells[3], "主动公开", FS, 13, align=L)
    # row 6: 主送
    set_cell(rows[6].cells[0], "主　送", **LBL)
    c = rows[6].cells[1].merge(rows[6].cells[3])
    set_cell(c, "各区（县、市）商务主管部门，市级有关行业协会，各有关企业", FS, 13, align=L)
    # row 7: 抄送
    set_cell(rows[7].cells[0], "抄　送", **LBL)
    c = rows[7].cells[1].merge(rows[7].cells[3])
    set_cell(c, "浙江省商务厅，市政府办公厅，市贸促会", FS, 13, align=L)
    # row 8: 标题
    set_cell(rows[8].cells[0], "标　题", **LBL)
    c = rows[8].cells[1].merge(rows[8].cells[3])
    set_cell(c, "关于做好2026年中国—中东欧国家博览会组展参展工作的通知", FS, 14, align=L)
    row_height(rows[8], 1.6)
    # row 9: 附件
    set_cell(rows[9].cells[0], "附　件", **LBL)
    c = rows[9].cells[1].merge(rows[9].cells[3])
    set_cell(c, "2026年中东欧博览会宁波市各区（县、市）组展任务分解表", FS, 13, align=L)
    # row 10: 印数 | 校对
    set_cell(rows[10].cells[0], "印　数", **LBL)
    set_cell(rows[10].cells[1], "40份", FS, 13, align=L)
    set_cell(rows[10].cells[2], "校　对", **LBL)
    set_cell(rows[10].cells[3], "陈　露", FS, 13, align=L)
    for r_ in rows:
        if r_.height is None:
            row_height(r_, 1.1)
    add_par(doc, [("宁波市商务局办公室制", SONG, 9, False, RED)], align=R, indent=False,
            line=16, before=4)

    # ------------------------------------------------ notice (section 2)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    page_footer(sec, restart=True)

    add_par(doc, [("宁波市商务局文件", XBS, 44, False, RED)], align=C, indent=False,
            line=66, before=6)
    empty(doc, 1)
    p = add_par(doc, "甬商务发〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    add_par(doc, [("宁波市商务局关于做好2026年中国—中东欧", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("国家博览会组展参展工作的通知", XBS, 22, False)], align=C, indent=False,
            line=36)
    empty(doc, 1)
    add_par(doc, "各区（县、市）商务主管部门，市级有关行业协会，各有关企业：", indent=False)

    b = Body(doc)
    b.para("2026年中国—中东欧国家博览会暨国际消费品博览会（以下简称中东欧博览会）定于2026年5月20日至23日在宁波国际会议展览中心举办。本届博览会以“深化中国—中东欧合作，共享‘一带一路’新机遇”为主题，设中东欧国家展、“一带一路”国际展、进口消费品展、宁波特色产业展等展区，总展览面积约12万平方米。为切实做好我市组展参展工作，现将有关事项通知如下：")
    b.head("一、组展目标")
    b.para("全市组织参展企业不少于600家，其中外贸企业不少于400家；组织专业采购商不少于3000名，力争现场意向成交额达到30亿元。各区（县、市）组展任务详见附件。")
    b.head("二、工作安排")
    b.runin("（一）报名时间。", "2026年3月16日至4月10日。各区（县、市）商务主管部门负责辖区内企业的动员和初审，汇总后于4月15日前报送市商务局对外贸易发展处。")
    b.runin("（二）展位安排。", "标准展位（9平方米）每个收费6800元，由市级外贸发展专项资金给予50%补助；特装展位按光地面积每平方米补助300元，单家企业补助不超过5万元。展位由市商务局会同博览会执行机构统一分配，重点向“专精特新”企业和首次参展企业倾斜。各展区展位安排如下（单位：个、平方米）：")

    # two-level header table, header rows repeated
    H = ["展区", "展位规模／标准展位", "展位规模／特装面积", "牵头单位"]
    data = [
        ["中东欧国家展", "180", "4500", "市商务局、市贸促会"],
        ["“一带一路”国际展", "220", "3600", "市商务局"],
        ["进口消费品展", "260", "2800", "宁波保税区管委会"],
        ["宁波特色产业展", "320", "6000", "各区（县、市）商务主管部门"],
    ]
    tot = ["合计", str(sum(int(r[1]) for r in data)), str(sum(int(r[2]) for r in data)), "—"]
    assert tot[1:3] == ["980", "16900"]
    data.append(tot)
    t = doc.add_table(rows=2 + len(data), cols=4)
    table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [4.2, 2.8, 2.8, 5.6])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "展区", HT, 12)
    a = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(a, "展位规模", HT, 12)
    set_cell(t.cell(1, 1), "标准展位", HT, 12)
    set_cell(t.cell(1, 2), "特装面积", HT, 12)
    a = t.cell(0, 3).merge(t.cell(1, 3))
    set_cell(a, "牵头单位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        b.clauses.append(rowtext(H, row))

    b.runin("（三）布展撤展。", "5月17日至19日为布展时间，5月23日16:00后开始撤展。参展企业须严格遵守展馆安全管理规定，特装展位搭建方案须于5月5日前报博览会执行机构审核。")
    b.head("三、有关要求")
    b.runin("（一）加强组织动员。", "各区（县、市）要高度重视，明确一名分管领导和一名具体联系人，逐一对接辖区重点外贸企业和进口企业，确保完成组展任务。")
    b.runin("（二）提高参展质量。", "优先组织拥有自主品牌、技术含量高、国际竞争力强的企业参展，严禁组织与展会主题无关或存在知识产权纠纷的产品参展。")
    b.runin("（三）落实安全责任。", "按照“谁组展、谁负责”的原则，督促参展企业落实消防、用电和展品安全管理措施，确保展会安全有序。")
    b.para("市商务局联系人：陈露，联系电话：0574-89182356，电子邮箱：nbswwmc@163.com。")
    add_par(doc, "特此通知。")
    empty(doc, 1)
    add_par(doc, "附件：2026年中东欧博览会宁波市各区（县、市）组展任务分解表")
    empty(doc, 2)
    p = add_par(doc, "宁波市商务局", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月9日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年中东欧博览会宁波市各区（县、市）", XBS, 20, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("组展任务分解表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    H2 = ["区（县、市）", "参展企业（家）", "其中：外贸企业（家）", "专业采购商（名）"]
    rows2 = [
        ["海曙区", 55, 35, 260], ["江北区", 40, 28, 200], ["镇海区", 45, 30, 220],
        ["北仑区", 70, 48, 350], ["鄞州区", 85, 56, 420], ["奉化区", 35, 22, 180],
        ["余姚市", 65, 44, 330], ["慈溪市", 75, 50, 380], ["宁海县", 40, 26, 200],
        ["象山县", 30, 20, 160], ["前湾新区", 30, 20, 150], ["高新区", 30, 21, 150],
    ]
    sums = [sum(r[i] for r in rows2) for i in (1, 2, 3)]
    assert sums == [600, 400, 3000], sums
    rows2 = [[r[0]] + [str(x) for x in r[1:]] for r in rows2]
    rows2.append(["合计"] + [str(x) for x in sums])
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(H2):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        row_height(t.rows[ri], 0.7)
        b.clauses.append(rowtext(H2, row))
    note = "注：前湾新区、高新区组展任务由其管委会负责落实，相关企业不重复计入所在区（县、市）。"
    p = add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    b.clauses.append(note)

    banji(doc, "抄送：浙江省商务厅，市政府办公厅，市贸促会。", "宁波市商务局办公室",
          "2026年3月9日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于做好2026年中国—中东欧国家博览会组展参展工作的通知",
            "doc_number": "甬商务发〔2026〕21号",
            "issuer": ["宁波市商务局"],
            "date": "2026-03-09",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年中东欧博览会宁波市各区（县、市）组展任务分解表"],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务主管部门", "市级有关行业协会", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return path


# ====================================================================== B
def doc_urumqi():
    """乌鲁木齐: 稿纸 with 签发|会签 side by side, no section break (page
    numbers run through the form, notice starts at — 2 —); 特急; title with
    soft line break; indentation by typed full-width spaces; half-width
    brackets and hyphen mixed in; Shift+Enter items; attachment table split by
    hand with 续表; Chinese-numeral date in 落款."""
    stem = "blind994_wulumuqi_gaozhi"
    doc = Document()
    base_style(doc)
    page_setup(doc.sections[0])
    page_footer(doc.sections[0])
    BODY_LINE[0] = 26

    # ------------------------------------------------ 发文稿纸
    add_par(doc, [("乌鲁木齐市商务局发文稿纸", SONG, 22, True)], align=C, indent=False,
            line=36, before=0, after=4)
    add_par(doc, [("发文机关：乌鲁木齐市商务局", SONG, 12, False), ("\t", SONG, 12, False),
                  ("第　　页　共　　页", SONG, 12, False)], indent=False, line=20)
    doc.paragraphs[-1].paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    LB = dict(name=SONG, size=12, bold=True)
    t = doc.add_table(rows=9, cols=4)
    table_borders(t, "000000", 8)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.6, 6.2, 1.6, 6.2])
    rw = t.rows
    set_cell(rw[0].cells[0], "签\n\n发", **LB)
    set_cell(rw[0].cells[1], "请张局长审签。\n\u3000\u3000\u3000\u3000刘海峰 4.2\n同意。\n"
                             "\u3000\u3000\u3000\u3000张新民\n\u3000\u3000\u3000\u3000\u30004月3日",
             KT, 14, align=L, line=24)
    set_cell(rw[0].cells[2], "会\n\n签", **LB)
    set_cell(rw[0].cells[3], "市贸促会：王　磊 4.1\n市财政局经建处：\n\u3000\u3000同意。吕　静 4.1",
             KT, 14, align=L, line=24)
    row_height(rw[0], 4.4)
    set_cell(rw[1].cells[0], "核稿", **LB)
    set_cell(rw[1].cells[1], "马丽娜 4.2", KT, 13, align=L)
    set_cell(rw[1].cells[2], "拟稿\n单位", **LB)
    set_cell(rw[1].cells[3], "会展经济发展处", FS, 13, align=L)
    set_cell(rw[2].cells[0], "拟稿人", **LB)
    set_cell(rw[2].cells[1], "阿依古丽·买买提", FS, 13, align=L)
    set_cell(rw[2].cells[2], "电话", **LB)
    set_cell(rw[2].cells[3], "0991-4532718", FS, 13, align=L)
    set_cell(rw[3].cells[0], "文号", **LB)
    set_cell(rw[3].cells[1], "乌商发〔2026〕33号", FS, 13, align=L)
    set_cell(rw[3].cells[2], "密级", **LB)
    set_cell(rw[3].cells[3], "无", FS, 13, align=L)
    set_cell(rw[4].cells[0], "缓急", **LB)
    set_cell(rw[4].cells[1], "特急", FS, 13, align=L)
    set_cell(rw[4].cells[2], "印数", **LB)
    set_cell(rw[4].cells[3], "35份", FS, 13, align=L)
    for i, (lab, val) in enumerate([
            ("主送", "各区（县）商务主管部门，各有关商（协）会，有关企业"),
            ("抄送", "自治区商务厅，市人民政府办公室，市贸促会"),
            ("标题", "乌鲁木齐市商务局关于做好第九届中国—亚欧博览会采购商组织和企业参展工作的通知"),
            ("附件", "第九届中国—亚欧博览会乌鲁木齐市采购商邀请任务分配表")], 5):
        set_cell(rw[i].cells[0], lab, **LB)
        c = rw[i].cells[1].merge(rw[i].cells[3])
        set_cell(c, val, FS, 13, align=L)
    for r_ in rw[1:]:
        row_height(r_, 1.2)
    row_height(rw[7], 1.8)
    add_par(doc, [("注：文号由办公室统一编排；签发后不得擅自改动正文。", SONG, 10.5, False)],
            indent=False, line=18, before=4)

    # ------------------------------------------------ notice (same section)
    page_break(doc)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("乌鲁木齐市商务局文件", XBS, 38, False, RED)], align=C, indent=False,
            line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, "乌商发〔2026〕33号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("乌鲁木齐市商务局关于做好第九届中国—亚欧"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("博览会采购商组织和企业参展工作的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区（县）商务主管部门，各有关商（协）会，有关企业：", indent=False)

    b = Body(doc, typed_indent=True)
    b.para("经国务院批准，第九届中国—亚欧博览会（以下简称亚欧博览会）将于2026年8月26日-30日在新疆国际会展中心举办。为全力做好我市采购商组织和企业参展工作，现将有关事项通知如下：")
    b.head("一、采购商组织")
    b.para("(一)任务目标。全市共组织专业采购商2400名，其中重点采购商不少于600名。各区（县）任务分配详见附件。")
    b.para("(二)邀请对象。重点邀请商贸流通企业、进出口企业、跨境电商企业、大型商超和连锁企业，以及中亚、西亚、南亚等共建“一带一路”国家驻乌机构和商协会代表。")
    b.para("(三)报名方式。采购商统一通过亚欧博览会官方网站“采购商注册”栏目在线登记。各区（县）商务主管部门于7月31日前将采购商名单（含姓名、单位、职务、采购意向）报市商务局会展经济发展处。")
    b.head("二、企业参展")
    b.para("我局在国内展区设立“乌鲁木齐馆”，展览面积约3000平方米，设标准展位150个。具体要求如下：")
    b.softbreak_pair(
        "1．参展企业重点展示装备制造、新能源、纺织服装、特色农产品及食品加工等优势产业产品，展位费由市级会展业发展专项资金全额承担。",
        "2.参展企业须于6月20日前通过所在区（县）商务主管部门报名，逾期不再受理。")
    b.head("三、工作要求")
    b.runin("(一)压实工作责任。", "各区（县）要将此项工作列入近期重点工作，确保任务不打折扣。", HT, False)
    b.runin("(二)强化服务保障。", "各区（县）要为采购商和参展企业做好交通、食宿等服务保障。", HT, False)
    b.para("联系人：阿依古丽·买买提，电话：0991-4532718。")
    add_par(doc, IND + "附件：第九届中国—亚欧博览会乌鲁木齐市采购商邀请任务分配表",
            indent=False)
    empty(doc, 1)
    add_par(doc, "\u3000" * 17 + "乌鲁木齐市商务局", indent=False)
    add_par(doc, "\u3000" * 17 + "二〇二六年四月三日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---- attachment: table split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("第九届中国—亚欧博览会乌鲁木齐市", XBS, 20, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("采购商邀请任务分配表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    H = ["序号", "区（县）", "采购商（名）", "其中：重点采购商（名）", "重点邀请方向"]
    data = [
        ["1", "天山区", "420", "110", "商贸流通、大型商超"],
        ["2", "沙依巴克区", "360", "90", "批发市场、进出口企业"],
        ["3", "新市区（高新区）", "380", "95", "跨境电商、科技企业"],
        ["4", "水磨沟区", "260", "65", "餐饮连锁、文旅企业"],
        ["5", "头屯河区（经开区）", "340", "85", "装备制造、汽车及零部件"],
        ["6", "米东区", "240", "60", "石油化工、建材"],
        ["7", "达坂城区", "100", "25", "新能源"],
        ["8", "乌鲁木齐县", "100", "25", "特色农产品、文旅企业"],
        ["9", "甘泉堡经济技术开发区", "120", "25", "新材料、新能源"],
        ["10", "乌鲁木齐综合保税区", "80", "20", "保税物流、跨境电商"],
    ]
    assert sum(int(r[2]) for r in data) == 2400
    assert sum(int(r[3]) for r in data) == 600
    widths = [1.3, 4.2, 2.4, 3.2, 4.4]

    def part(rows):
        t = doc.add_table(rows=1 + len(rows), cols=5)
        table_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for i, h in enumerate(H):
            set_cell(t.cell(0, i), h, HT, 12)
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 12)
            row_height(t.rows[ri], 1.6)
            b.clauses.append(rowtext(H, row))
        return t

    part(data[:7])
    p = add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    part(data[7:])
    note = "注：1.重点采购商指年采购额500万元以上的企业负责人或采购主管；2.各区（县）任务完成情况纳入年度商务工作考核。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    b.clauses.append(note)

    banji(doc, "抄送：自治区商务厅，市人民政府办公室，市贸促会。", "乌鲁木齐市商务局办公室",
          "2026年4月3日印发", gap=1)
    BODY_LINE[0] = 28

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "乌鲁木齐市商务局关于做好第九届中国—亚欧博览会采购商组织和企业参展工作的通知",
            "doc_number": "乌商发〔2026〕33号",
            "issuer": ["乌鲁木齐市商务局"],
            "date": "2026-04-03",
            "published": None,
            "level": "municipal",
            "region": "乌鲁木齐市",
            "effective": None,
            "expires": None,
            "attachments": ["第九届中国—亚欧博览会乌鲁木齐市采购商邀请任务分配表"],
            "doc_type": "通知",
            "recipients": ["各区（县）商务主管部门", "各有关商（协）会", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return path


# ====================================================================== C
def doc_kunming():
    """昆明: joint 发文 (商务局 + 贸促会). 稿纸 with blank 文号 (number added at
    编号 stage, printed notice carries 昆商发〔2026〕37号); joint red header
    built with a borderless layout table; 3-line title; notice issues a
    工作方案 as 附件 (one document); 方案 has 一、（一）1. levels and a
    序号 table; 印发 date one day after 成文 date."""
    stem = "blind994_kunming_gaozhi"
    doc = Document()
    base_style(doc)
    page_setup(doc.sections[0])
    doc.sections[0].top_margin = Cm(2.6)

    # ------------------------------------------------ 发文稿纸 (section 1)
    add_par(doc, [("昆明市商务局发文稿纸", SONG, 22, True)], align=C, indent=False, line=36,
            after=8)
    LB = dict(name=HT, size=12)
    t = doc.add_table(rows=12, cols=4)
    table_borders(t, "000000", 8)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.4, 5.6, 2.4, 5.4])
    rw = t.rows
    spec = [
        ("发文机关", "昆明市商务局　昆明市贸易促进委员会（联合发文，市商务局主办）", None, None),
        ("签发", "拟同意，请赵局长审签。\n\u3000\u3000李　红　5月11日\n同意。赵永明 5.12", None, None),
        ("会签", "市贸促会：同意。杨志远 5.11", "核稿", "办公室：何晓芳 5.11"),
        ("拟稿单位", "会展业发展处", "拟稿人", "杨　帆（63195827）"),
        ("文号", "昆商发〔2026〕\u3000\u3000号", "密级", "无"),
        ("缓急", "加急", "印数", "50份"),
        ("主送", "各县（市、区）商务主管部门，各开发（度假）园区管委会，市级有关部门，各有关商协会", None, None),
        ("抄送", "云南省商务厅，云南省贸促会，市人民政府办公室", None, None),
        ("标题", "昆明市商务局　昆明市贸易促进委员会关于印发第10届中国—南亚博览会昆明市组展参展工作方案的通知", None, None),
        ("附件", "第10届中国—南亚博览会昆明市组展参展工作方案", None, None),
        ("公开方式", "主动公开", "校对", "杨　帆"),
        ("主办处室\n意见", "请办公室审核后报局领导签发。（会展业发展处 张　鹏 5.10）", None, None),
    ]
    for i, (l1, v1, l2, v2) in enumerate(spec):
        set_cell(rw[i].cells[0], l1, **LB)
        hand = l1 in ("签发", "会签") or l1.startswith("主办")
        if l2 is None:
            c = rw[i].cells[1].merge(rw[i].cells[3])
            set_cell(c, v1, KT if hand else FS, 13, align=L, line=22)
        else:
            set_cell(rw[i].cells[1], v1, KT if hand else FS, 13, align=L, line=22)
            set_cell(rw[i].cells[2], l2, **LB)
            set_cell(rw[i].cells[3], v2, KT if l2 == "核稿" else FS, 13, align=L, line=22)
        row_height(rw[i], 1.15)
    row_height(rw[1], 3.0)
    row_height(rw[8], 1.8)

    # ------------------------------------------------ notice (section 2)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    page_footer(sec, restart=True)

    # joint red header: layout table, organ names left, 文件 right (merged)
    lt = doc.add_table(rows=2, cols=2)
    table_borders(lt, none=True)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(lt, [11.6, 3.8])
    set_cell(lt.cell(0, 0), "昆明市商务局", XBS, 28, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(lt.cell(1, 0), "昆明市贸易促进委员会", XBS, 28, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    m = lt.cell(0, 1).merge(lt.cell(1, 1))
    set_cell(m, "文件", XBS, 44, color=RED, line=60)
    empty(doc, 1)
    p = add_par(doc, "昆商发〔2026〕37号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("昆明市商务局　昆明市贸易促进委员会"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印发第10届中国—南亚博览会昆明市"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("组展参展工作方案的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（市、区）商务主管部门，各开发（度假）园区管委会，市级有关部门，各有关商协会：",
            indent=False)
    b = Body(doc)
    b.para("第10届中国—南亚博览会暨第30届中国昆明进出口商品交易会（以下简称南博会）定于2026年8月8日至12日在昆明滇池国际会展中心举办。为高质量做好南博会昆明市组展参展工作，充分展示我市面向南亚东南亚辐射中心建设成效，经市人民政府同意，现将《第10届中国—南亚博览会昆明市组展参展工作方案》印发给你们，请结合实际认真抓好贯彻落实。")
    b.para("执行中遇到的问题，请及时与市商务局会展业发展处联系（联系人：杨帆，电话：0871-63195827）。")
    empty(doc, 1)
    add_par(doc, "附件：第10届中国—南亚博览会昆明市组展参展工作方案")
    empty(doc, 3)
    # joint 落款 with tab alignment
    p = add_par(doc, [("\t昆明市商务局", FS, 16, False), ("\t昆明市贸易促进委员会", FS, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.8))
    p = add_par(doc, "2026年5月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- attachment: the 方案
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("第10届中国—南亚博览会昆明市", XBS, 20, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("组展参展工作方案", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    b.para("为做好第10届中国—南亚博览会（以下简称南博会）昆明市组展参展工作，制定本方案。")
    b.head("一、工作目标")
    b.para("组织昆明市参展企业不少于350家、专业采购商不少于2000名；举办投资推介会、重点项目签约仪式等配套活动3场，力争签约项目总金额不低于120亿元。")
    b.head("二、主要任务")
    b.runin("（一）办好昆明城市形象馆。", "在国内展区设置昆明城市形象馆，面积约2000平方米，集中展示我市高原特色农业、生物医药、数字经济等产业发展成果。")
    b.runin("（二）组织企业参展。", "按照“属地负责、分级组织”的原则，各县（市、区）和开发（度假）园区负责组织辖区企业参展。具体分工如下：")
    b.para("1.各县（市、区）商务主管部门负责辖区内外贸企业、流通企业的动员报名和资格审核。")
    b.para("2.市贸促会负责组织商协会会员企业参展，邀请对接南亚东南亚客商。")
    b.para("3.各开发（度假）园区管委会负责组织园区重点企业参展。")
    b.runin("（三）开展配套活动。", "南博会期间，我市拟举办以下配套活动：")
    H = ["序号", "活动名称", "时间", "地点", "责任单位"]
    acts = [
        ["1", "昆明市面向南亚东南亚投资推介会", "8月8日下午", "滇池国际会展中心3号会议室", "市投资促进局"],
        ["2", "昆明市重点项目集中签约仪式", "8月9日上午", "滇池国际会展中心1号会议室", "市商务局、市投资促进局"],
        ["3", "自贸试验区昆明片区政策说明会", "8月10日上午", "昆明片区管委会", "昆明片区管委会"],
    ]
    t = doc.add_table(rows=1 + len(acts), cols=5)
    table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.4, 5.0, 3.0, 3.4, 2.8])
    for i, h in enumerate(H):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(acts, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        b.clauses.append(rowtext(H, row))
    b.head("三、保障措施")
    b.runin("（一）加强组织领导。", "成立南博会昆明市组展参展工作专班，由市商务局主要负责同志任组长，市贸促会主要负责同志任副组长，专班办公室设在市商务局会展业发展处。")
    b.runin("（二）落实经费保障。", "城市形象馆搭建、配套活动等所需经费从市级会展业发展专项资金中列支；参展企业标准展位费每个补助3000元。")
    b.runin("（三）严格安全管理。", "各组展单位要落实安全责任，确保我市参展工作安全有序。")

    banji(doc, "抄送：云南省商务厅，云南省贸促会，市人民政府办公室。", "昆明市商务局办公室",
          "2026年5月13日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "昆明市商务局　昆明市贸易促进委员会关于印发第10届中国—南亚博览会昆明市组展参展工作方案的通知",
            "doc_number": "昆商发〔2026〕37号",
            "issuer": ["昆明市商务局", "昆明市贸易促进委员会"],
            "date": "2026-05-12",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["第10届中国—南亚博览会昆明市组展参展工作方案"],
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务主管部门", "各开发（度假）园区管委会", "市级有关部门",
                           "各有关商协会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_urumqi(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
