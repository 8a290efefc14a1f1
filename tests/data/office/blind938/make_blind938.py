# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 938: 自贸试验区建设领导小组办公室关于印发年度工作要点的通知
(要点分条，责任单位括注). Writes Word + PDF + expected.json next to this script."""
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
IND = "\u3000\u3000"

expected = {}


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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


LINE = [28]  # body line spacing (固定值), clerks squeeze it to keep 落款 on page 1


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    pf = p.paragraph_format
    if line is None:
        line = LINE[0]
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=None):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_field(fp, left="— ", right=" —", size=14):
    font(fp.add_run(left), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, size)


def setup(doc, footer="center"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.5), Cm(3.2)
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
    if footer == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)
    elif footer == "hyphen":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, "- ", " -", 12)
    elif footer == "oddeven":
        # GB/T 9704: odd pages right, even pages left, one 全角 space inside
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)


def no_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


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
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_938", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ------------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, num_fmt="decimal"):
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
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, num_fmt, lvl_text, FS, FS, FS))
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


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"]


# =================================================================== DOC A
def doc_zhejiang():
    """浙江 — provincial 自贸办, red 文件 header built from a borderless table,
    3-paragraph title, 要点 as attachment with continuous （一）…（十） numbering,
    two items typed in one paragraph with Shift+Enter."""
    stem = "blind938_zhejiang_yaodian"
    LINE[0] = 26
    doc = Document()
    setup(doc, "center")
    clauses = []

    # 版头: organ name in two lines on the left, big "文件" on the right (layout table)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_widths(t, [Cm(12.4), Cm(3.2)])
    c0 = t.rows[0].cells[0]
    set_cell(c0, "中国（浙江）自由贸易试验区建设", XBS, 22, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
    p = c0.add_paragraph()
    font(p.add_run("领导小组办公室"), XBS, 22, color=RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(30)
    c1 = t.rows[0].cells[1]
    set_cell(c1, "文件", XBS, 44, color=RED, line=50)
    p = add_par(doc, "浙自贸办〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate centred paragraphs, broken at odd places
    for ln in ["中国（浙江）自由贸易试验区建设领导小组",
               "办公室关于印发《2026年中国（浙江）自由",
               "贸易试验区建设工作要点》的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=31)
    empty(doc, 1)
    add_par(doc, "各片区管委会，省自贸试验区建设领导小组各成员单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("经省自贸试验区建设领导小组同意，现将《2026年中国（浙江）自由贸易试验区建设工作要点》印发给你们，请结合实际认真抓好贯彻落实。")
    body("各片区、各责任单位要于2026年3月31日前将年度任务清单报送省自贸办。")
    empty(doc, 1)
    # 附件 list: hanging indent typed with spaces
    add_par(doc, "附件：2026年中国（浙江）自由贸易试验区建设工作要点")
    empty(doc, 1)
    # 落款 pushed right with typed full-width spaces
    add_par(doc, "\u3000" * 5 + "中国（浙江）自由贸易试验区建设领导小组办公室", indent=False)
    add_par(doc, "\u3000" * 16 + "2026年3月12日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ----- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2026年中国（浙江）自由贸易试验区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("建设工作要点", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    cnt = [0]

    def item(n, h, t, duty):
        # （一）run-in heading in 楷体, text in 仿宋, 责任单位 in 楷体 brackets
        cnt[0] += 1
        num = "（%s）" % CN[cnt[0] - 1]
        clauses.append(num + h + t + duty)
        add_par(doc, [(num + h, KT, 16, False), (t, FS, 16, False), (duty, KT, 16, False)])

    body("2026年是“十五五”开局之年，也是中国（浙江）自由贸易试验区扩展区域挂牌运行的第六年。全省自贸试验区建设要坚持以制度创新为核心，以可复制可推广为基本要求，深入实施自贸试验区提升战略，统筹推进舟山、宁波、杭州、金义四大片区和联动创新区协同发展，加快打造以油气为核心的大宗商品资源配置基地、新型国际贸易中心、国际航运和物流枢纽、数字经济发展示范区和先进制造业集聚区。主要工作要点如下：")
    head("一、深化油气全产业链开放发展")
    item(1, "提升大宗商品资源配置能力。",
         "推进浙江国际油气交易中心建设，扩大保税燃料油、原油、成品油现货交易规模，力争全年油气贸易额突破1.2万亿元，保税燃料油加注量达到780万吨。",
         "（责任单位：省商务厅、舟山市政府、宁波市政府）")
    head("二、推进高水平制度型开放")
    item(3, "对接国际高标准经贸规则。",
         "在数字贸易、知识产权、环境保护等领域开展压力测试，全年形成制度创新成果60项以上，力争8项以上在全国复制推广。",
         "（责任单位：省商务厅、省司法厅，各片区管委会）")
    item(4, "深化投资自由化便利化。",
         "全面落实外商投资准入负面清单，推动增值电信、医疗等服务业扩大开放试点落地，全年自贸试验区实际使用外资力争达到65亿美元。",
         "（责任单位：省商务厅、省通信管理局、省卫生健康委）")
    head("三、高质量服务共建“一带一路”")
    item(6, "拓展国际物流通道。",
         "推动“义新欧”中欧班列扩线增量，全年开行2600列以上；深化宁波舟山港与共建“一带一路”国家港口合作，新增国际航线8条。",
         "（责任单位：省交通运输厅、省海港集团、金华市政府、宁波市政府）")
    item(7, "建设新型国际贸易中心。",
         "支持杭州片区发展数字贸易和跨境电商，支持金义片区深化市场采购贸易方式改革，全年自贸试验区跨境电商进出口额增长15%以上。",
         "（责任单位：省商务厅、杭州海关、宁波海关，杭州片区、金义片区管委会）")
    item(8, "深化与RCEP成员国经贸合作。",
         "举办第五届中国（浙江）自由贸易试验区RCEP经贸合作论坛，支持企业在印度尼西亚、马来西亚、泰国等国布局海外仓和境外经贸合作区。",
         "（责任单位：省商务厅、省贸促会）")
    head("四、强化改革系统集成和风险防控")
    item(9, "推进联动创新区建设。",
         "深化21个联动创新区与片区协同联动，开展联动创新区建设成效评估，对评估结果靠后的实行动态调整。",
         "（责任单位：省自贸办，各设区市政府）")
    item(10, "加强法治保障。",
         "推动《中国（浙江）自由贸易试验区条例》修订，完善自贸试验区改革创新容错纠错机制。",
         "（责任单位：省司法厅、省商务厅）")
    # clerk typed （十一） and （十二） in one paragraph separated by Shift+Enter
    a_h, a_t, a_d = ("强化风险防控。",
                     "健全自贸试验区风险防控体系，重点加强油气贸易、跨境资金、数据出境等领域风险监测预警。",
                     "（责任单位：省商务厅、省委网信办、国家外汇管理局浙江省分局、杭州海关、宁波海关）")
    b_h, b_t, b_d = ("加强宣传推广。",
                     "开展自贸试验区最佳实践案例评选，加强对改革成果的总结提炼和宣传推介。",
                     "（责任单位：省自贸办，各片区管委会）")
    na, nb = "（%s）" % CN[cnt[0]], "（%s）" % CN[cnt[0] + 1]
    clauses.append(na + a_h + a_t + a_d)
    clauses.append(nb + b_h + b_t + b_d)
    p = doc.add_paragraph()
    font(p.add_run(na + a_h), KT, 16)
    font(p.add_run(a_t), FS, 16)
    font(p.add_run(a_d), KT, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + nb + b_h), KT, 16)
    font(p.add_run(b_t), FS, 16)
    font(p.add_run(b_d), KT, 16)
    fmt(p)
    body("各责任单位要于每季度结束后5个工作日内，将工作要点推进情况报送省自贸办。")

    banji(doc, "抄送：商务部自贸区港建设协调司，省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
          "浙江省商务厅办公室", "2026年3月13日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（浙江）自由贸易试验区建设领导小组办公室关于印发《2026年中国（浙江）自由贸易试验区建设工作要点》的通知",
            "doc_number": "浙自贸办〔2026〕4号",
            "issuer": ["中国（浙江）自由贸易试验区建设领导小组办公室"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年中国（浙江）自由贸易试验区建设工作要点"],
            "doc_type": "通知",
            "recipients": ["各片区管委会", "省自贸试验区建设领导小组各成员单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """广西 — 信函式版头 (no 文件, double red rule), title with soft breaks,
    要点 items with Word auto-numbering 1．2．…, 牵头/配合单位 括注,
    附件2 target table with two-level merged header, odd/even page numbers,
    date in Chinese numerals, （此件主动公开）."""
    stem = "blind938_guangxi_yaodian"
    LINE[0] = 26
    doc = Document()
    setup(doc, "oddeven")
    clauses = []
    n_item = make_numbering(doc, "%1．", "decimal")

    add_par(doc, [("中国（广西）自由贸易试验区工作领导小组办公室", XBS, 22, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=6)
    doc.paragraphs[-1].runs[0]._element.rPr.append(
        parse_xml('<w:w %s w:val="85"/>' % nsdecls("w")))
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "桂自贸办〔2026〕2号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title: one paragraph, two manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区工作领导小组"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("办公室关于印发2026年自贸试验区建设"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("工作要点的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=31)
    empty(doc, 1)
    add_par(doc, "南宁、钦州、崇左市人民政府，自治区自贸试验区工作领导小组各成员单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("经自治区自贸试验区工作领导小组同意，现将《2026年中国（广西）自由贸易试验区建设工作要点》及主要目标指标印发给你们，请认真组织实施。")
    body("各成员单位要按照职责分工抓好落实，每季度末月25日前报送工作推进情况。")
    empty(doc, 1)
    # 附件 list aligned with full-width spaces
    p = add_par(doc, "附件：1．2026年中国（广西）自由贸易试验区建设工作要点", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48 + 32)
    p.paragraph_format.first_line_indent = Pt(-80)
    p = add_par(doc, "2．2026年中国（广西）自由贸易试验区主要目标指标", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48 + 32)
    p.paragraph_format.first_line_indent = Pt(-32)
    empty(doc, 1)
    p = add_par(doc, "中国（广西）自由贸易试验区工作领导小组办公室", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年二月二十七日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件主动公开）")

    # ----- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("2026年中国（广西）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("建设工作要点"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    cnt = [0]

    def item(t, duty):
        cnt[0] += 1
        clauses.append("%d．%s%s" % (cnt[0], t, duty))
        p = add_par(doc, [(t, FS, 16, False), (duty, KT, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("2026年，全区自贸试验区建设要以打造面向东盟的开放合作高地为目标，聚焦西部陆海新通道建设、中国—东盟产业合作、跨境金融开放创新三大方向，强化首创性、差异化改革探索，推动南宁、钦州港、崇左三个片区高质量发展。")
    head("一、着力提升通道枢纽能级")
    item("推动西部陆海新通道海铁联运班列扩量提质，全年开行1.2万列以上，加快钦州港自动化集装箱码头二期建设。",
         "（牵头单位：自治区交通运输厅；配合单位：北部湾港集团，钦州港片区管委会）")
    item("深化中越跨境陆路运输便利化，推进凭祥友谊关口岸智慧口岸建设，实现跨境货车“不停车、一次过”通关。",
         "（牵头单位：自治区口岸办；配合单位：南宁海关，崇左片区管委会）")
    head("二、深化面向东盟的产业合作")
    item("推进中国—东盟产业合作区建设，围绕新能源汽车、电子信息、绿色化工新材料等产业，全年引进跨境产业链项目50个以上。",
         "（牵头单位：自治区商务厅；配合单位：自治区工业和信息化厅、自治区投资促进局）")
    item("支持崇左片区发展跨境加工贸易，扩大东盟进口坚果、水果、中药材等落地加工规模，边民互市商品落地加工产值增长20%。",
         "（牵头单位：崇左市人民政府；配合单位：自治区商务厅、南宁海关）")
    item("推动南宁片区建设中国—东盟数字经济产业园，培育跨境数据服务、数字内容出海等新业态。",
         "（牵头单位：自治区大数据发展局；配合单位：自治区党委网信办，南宁片区管委会）")
    head("三、推进跨境金融开放创新")
    item("深化面向东盟的金融开放门户建设，扩大人民币在东盟国家跨境使用，全年自贸试验区跨境人民币结算量力争达到3500亿元。",
         "（牵头单位：人民银行广西壮族自治区分行；配合单位：自治区党委金融办）")
    head("四、强化制度创新和风险防控")
    item("聚焦通道物流、跨境贸易、金融开放等领域，全年形成制度创新成果40项以上，力争3项以上入选全国自贸试验区“最佳实践案例”。",
         "（牵头单位：自治区商务厅；配合单位：各片区管委会）")
    item("建立自贸试验区改革事项风险评估机制，对新开展的首创性改革事项逐项开展风险评估。",
         "（牵头单位：自治区商务厅；配合单位：自治区司法厅、南宁海关、国家外汇管理局广西壮族自治区分局）")

    # ----- 附件2: target table, two-level header, repeated header rows
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2026年中国（广西）自由贸易试验区主要目标指标", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    rows = [
        ["1", "进出口总额", "亿元", "2816", "3100", "自治区商务厅、南宁海关"],
        ["2", "实际使用外资", "亿美元", "4.6", "5.2", "自治区商务厅"],
        ["3", "新设经营主体", "万户", "1.9", "2.1", "自治区市场监管局"],
        ["4", "西部陆海新通道海铁联运班列开行量", "万列", "1.05", "1.2", "自治区交通运输厅"],
        ["5", "跨境人民币结算量", "亿元", "3120", "3500", "人民银行广西壮族自治区分行"],
        ["6", "制度创新成果", "项", "36", "40", "自治区商务厅"],
    ]
    keys = ["序号", "指标名称", "单位", "指标值／2025年完成", "指标值／2026年目标", "责任单位"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.3), Cm(4.9), Cm(1.7), Cm(2.1), Cm(2.1), Cm(3.5)])
    for ci, h in [(0, "序号"), (1, "指标名称"), (2, "单位"), (5, "责任单位")]:
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "指标值", HT, 12)
    set_cell(t.cell(1, 3), "2025年完成", HT, 12)
    set_cell(t.cell(1, 4), "2026年目标", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 5) else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    note = "注：2025年完成值为快报数；进出口总额、实际使用外资为南宁、钦州港、崇左三个片区合计数。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    banji(doc, "抄送：商务部自贸区港建设协调司，自治区党委办公厅，自治区人大常委会办公厅，自治区人民政府办公厅。",
          "广西壮族自治区商务厅办公室", "2026年2月28日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区工作领导小组办公室关于印发2026年自贸试验区建设工作要点的通知",
            "doc_number": "桂自贸办〔2026〕2号",
            "issuer": ["中国（广西）自由贸易试验区工作领导小组办公室"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["2026年中国（广西）自由贸易试验区建设工作要点",
                            "2026年中国（广西）自由贸易试验区主要目标指标"],
            "doc_type": "通知",
            "recipients": ["南宁市人民政府", "钦州市人民政府", "崇左市人民政府",
                           "自治区自贸试验区工作领导小组各成员单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_nanjing():
    """南京 — municipal, one-line red header squeezed with character scaling,
    title split mid-word over two paragraphs, indents typed with spaces,
    half-width 1. and (责任单位:…) mixed with full-width, nested brackets,
    落款 with tabs, 附件2 table with vertically merged 领域 column and note."""
    stem = "blind938_nanjing_yaodian"
    LINE[0] = 27
    doc = Document()
    setup(doc, "hyphen")
    clauses = []
    SP = "    "  # clerk indents with four half-width spaces

    add_par(doc, [("南京市自由贸易试验区工作领导小组办公室文件", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=24)
    doc.paragraphs[-1].runs[0]._element.rPr.append(
        parse_xml('<w:w %s w:val="62"/>' % nsdecls("w")))
    empty(doc, 1)
    p = add_par(doc, "宁自贸组办〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    for ln in ["南京市自由贸易试验区工作领导小组办公室",
               "关于印发中国（江苏）自由贸易试验区南京",
               "片区2026年建设工作要点的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=31)
    empty(doc, 1)
    add_par(doc, "江北新区管委会，市各有关部门和单位，各有关驻宁单位:", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    body("《中国（江苏）自由贸易试验区南京片区2026年建设工作要点》已经市自由贸易试验区工作领导小组会议审议通过，现印发给你们，请结合工作职责认真贯彻落实。")
    body("各责任单位要建立任务台账，于7月10日前、12月20日前分别报送半年和全年推进情况。")
    empty(doc, 1)
    add_par(doc, SP + "附件:1.中国（江苏）自由贸易试验区南京片区2026年建设工作要点", indent=False)
    add_par(doc, SP + "      2.南京片区2026年重点改革试点事项清单", indent=False)
    empty(doc, 1)
    # 落款 with tab stops
    p = add_par(doc, "\t南京市自由贸易试验区工作领导小组办公室", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.6))
    p = add_par(doc, "\t2026年1月23日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))

    # ----- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("中国（江苏）自由贸易试验区南京片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("2026年建设工作要点", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    def item(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    body("2026年，南京片区要紧扣“打造具有国际影响力的自主创新先导区、现代产业示范区和对外开放合作重要平台”的功能定位，坚持大胆试、大胆闯、自主改，持续深化首创性、集成式改革探索，全年力争形成制度创新成果30项以上，实现外贸进出口额1150亿元、实际使用外资12亿美元。")
    head("一、深化产业链创新链融合")
    item("1.推进集成电路全产业链保税监管。支持江北新区综合保税区开展集成电路企业“保税研发+保税测试”一体化监管试点，全年新增保税研发项目10个以上。(责任单位:江北新区管委会、金陵海关)")
    item("2.便利生物医药研发用物品进口。扩大研发用物品“白名单”试点企业范围至120家，推动特殊物品入境风险评估“一站式”服务。（责任单位：市商务局、金陵海关、市市场监管局）")
    item("3.建设离岸创新中心。依托江北新区产业技术研创园建设离岸创新中心，全年引进海外研发机构15家。（责任单位：市科技局、江北新区管委会）")
    head("二、提升开放门户功能")
    item("1.深化长江航运物流中心建设。推动南京港龙潭港区集装箱“水水中转”扩量，全年江海联运量达到180万标箱。（责任单位：市交通运输局、南京港集团）")
    item("2.拓展中欧班列（南京）线路。全年开行420列以上，新开通至中亚、东南亚线路2条，服务共建“一带一路”。(责任单位:市商务局、市交通运输局)")
    item("3.提升航空货运能力。推动南京禄口国际机场新开通至“一带一路”共建国家全货机航线3条。（责任单位：市交通运输局、东部机场集团）")
    head("三、优化营商环境和风险防控")
    item("1.推行“企业开办一件事”全程网办，新设企业平均开办时间压缩至0.5个工作日。(责任单位:市市场监管局、市政务办)")
    item("2.完善知识产权保护体系，建设中国（南京）知识产权保护中心江北分中心。（责任单位：市市场监管局（市知识产权局）、江北新区管委会）")
    item("3.健全改革试点风险防控清单，每季度开展一次风险研判。（责任单位：市商务局、市委金融办、江北新区管委会）")

    # ----- 附件2: table with vertically merged 领域 column
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("南京片区2026年重点改革试点事项清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "领域", "试点事项", "责任单位", "完成时限"]
    rows = [
        ["1", "贸易便利化", "开展跨境电商零售进口退货“一站式”处理试点", "金陵海关、江北新区管委会", "2026年6月"],
        ["2", "贸易便利化", "推进保税维修业务扩围至航空发动机零部件", "市商务局、金陵海关", "2026年9月"],
        ["3", "金融创新", "开展科技型企业跨境融资便利化试点", "人民银行江苏省分行、国家外汇管理局江苏省分局", "2026年10月"],
        ["4", "金融创新", "推动知识产权证券化产品发行", "市委金融办、市市场监管局", "2026年12月"],
        ["5", "数据跨境", "建立数据出境“白名单”服务机制", "市委网信办、市数据局", "2026年8月"],
        ["6", "数据跨境", "探索生物医药研发数据跨境流动试点", "市委网信办、江北新区管委会", "2026年12月"],
        ["7", "政府治理", "推行“信用+监管”分级分类监管改革", "市发展改革委、市市场监管局", "2026年11月"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.2), Cm(2.3), Cm(6.3), Cm(3.9), Cm(2.1)])
    for i, h in enumerate(header):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 10.5,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # merge 领域 column cells with the same value
    for a, b, v in [(1, 2, "贸易便利化"), (3, 4, "金融创新"), (5, 6, "数据跨境"), (7, 7, "政府治理")]:
        m = t.cell(a, 1) if a == b else t.cell(a, 1).merge(t.cell(b, 1))
        set_cell(m, v, FS, 10.5)
    note = "注：完成时限为试点事项形成阶段性成果的时间；涉及国家事权的事项，由责任单位积极争取国家有关部委支持。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    banji(doc, "抄送：省商务厅（省自贸办），市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。",
          "南京市商务局办公室", "2026年1月23日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南京市自由贸易试验区工作领导小组办公室关于印发中国（江苏）自由贸易试验区南京片区2026年建设工作要点的通知",
            "doc_number": "宁自贸组办〔2026〕2号",
            "issuer": ["南京市自由贸易试验区工作领导小组办公室"],
            "date": "2026-01-23",
            "published": None,
            "level": "municipal",
            "region": "南京市",
            "effective": None,
            "expires": None,
            "attachments": ["中国（江苏）自由贸易试验区南京片区2026年建设工作要点",
                            "南京片区2026年重点改革试点事项清单"],
            "doc_type": "通知",
            "recipients": ["江北新区管委会", "市各有关部门和单位", "各有关驻宁单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_guangxi(), doc_nanjing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
