# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 872: 口岸通关应急预案（分级响应、职责、处置流程）— Word + PDF + expected.json."""
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(container, runs, **kw):
    p = container.add_paragraph()
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


def setup(doc, footer=True):
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
    if not footer:
        return
    fp = s.footer.paragraphs[0]
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    """Set tcW on every cell and the tblGrid (LibreOffice reads the grid)."""
    tbl = table._tbl
    for tr in tbl.tr_lst:
        for i, tc in enumerate(tr.tc_lst):
            span = tc.grid_span
            # cell index in grid terms
            start = sum(t.grid_span for t in tr.tc_lst[:i])
            w = sum(widths_cm[start:start + span])
            tc.width = Cm(w)
    for gc, w in zip(tbl.tblGrid.gridCol_lst, widths_cm):
        gc.w = Cm(w)
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))


def data_table(doc, header, rows, clauses, widths=None, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in left_cols else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_872", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_guangxi():
    """Provincial 办公厅 notice issuing the 口岸通关应急预案 (plan follows the 落款)."""
    stem = "blind872_guangxi_yuan"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头
    add_par(doc, [("广西壮族自治区人民政府办公厅文件", XBS, 26, False, RED)],
            align=C, indent=False, line=46, before=6)
    empty(doc, 1, line=20)
    p = add_par(doc, "桂政办发〔2025〕87号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title: three paragraphs, broken at odd places
    for part in ("广西壮族自治区人民政府办公厅关于印发", "广西壮族自治区口岸通关",
                 "应急预案的通知"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构，南宁海关，"
                 "广西出入境边防检查总站，中央驻桂有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《广西壮族自治区口岸通关应急预案》已经自治区人民政府同意，现印发给你们，请认真组织实施。"
         "《广西壮族自治区人民政府办公厅关于印发广西壮族自治区口岸突发事件应急预案的通知》"
         "（桂政办发〔2019〕56号）同时废止。")
    body("各地各有关部门要抓紧修订本地区、本部门口岸通关应急预案，于2026年1月31日前报自治区口岸办备案。")
    empty(doc, 1)
    p = add_par(doc, "广西壮族自治区人民政府办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2025年11月20日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件公开发布）")

    # ---- the plan, on its own page
    p = add_par(doc, [("广西壮族自治区口岸通关应急预案", XBS, 22, False)], align=C, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=16)

    def h1(t):
        add_par(doc, [(t, HT, 16, False)])

    def h2(t):
        add_par(doc, [(t, KT, 16, False)])

    h1("1　总则")
    h2("1.1　编制目的")
    body("为科学、高效、有序处置因自然灾害、设施设备故障、网络安全事件、大规模货物积压等原因导致的"
         "口岸通关中断或严重受阻情况，保障中国—东盟贸易物流畅通，制定本预案。")
    h2("1.2　适用范围")
    body("本预案适用于我区对外开放的水运、航空、铁路、公路口岸及边民互市贸易区（点）发生的通关突发事件应对工作。")

    h1("2　组织指挥体系")
    h2("2.1　自治区口岸通关应急指挥部")
    body("自治区成立口岸通关应急指挥部（以下简称自治区指挥部），总指挥由分管口岸工作的自治区副主席担任，"
         "办公室设在自治区商务厅（口岸办）。主要成员单位职责见表1。")
    add_par(doc, [("表1　自治区指挥部主要成员单位职责", HT, 14, False)], align=C, indent=False)
    data_table(doc, ["序号", "成员单位", "主要职责"], [
        ["1", "自治区商务厅（口岸办）", "承担指挥部办公室日常工作，综合协调"],
        ["2", "南宁海关", "组织货物、运输工具应急监管和通关保障"],
        ["3", "广西出入境边防检查总站", "组织出入境人员和交通运输工具应急查验"],
        ["4", "自治区公安厅", "负责口岸周边交通疏导和治安秩序维护"],
        ["5", "自治区交通运输厅", "负责协调应急运输保障和车辆缓冲区建设"],
        ["6", "自治区外事办", "负责涉外事务协调，联络越南有关省份"],
    ], clauses, widths=[1.3, 5.2, 9.1], left_cols=(2,))
    h2("2.2　现场指挥机构")
    body("各口岸设立现场指挥部，由口岸所在县（市、区）人民政府主要负责同志任指挥长。")

    h1("3　事件分级")
    body("口岸通关突发事件分为特别重大（Ⅰ级）、重大（Ⅱ级）、较大（Ⅲ级）和一般（Ⅳ级）四级，分级标准见表2。")
    add_par(doc, [("表2　口岸通关突发事件分级标准", HT, 14, False)], align=C, indent=False)
    t = doc.add_table(rows=6, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "事件级别", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(b, "分级指标（符合任一项）", HT, 12)
    d = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(d, "响应主体", HT, 12)
    subs = ["通关中断时长", "滞留货车（辆）", "滞留旅客（人次）"]
    for i, s in enumerate(subs):
        set_cell(t.cell(1, 1 + i), s, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["事件级别"] + ["分级指标（符合任一项）／" + s for s in subs] + ["响应主体"]
    grade_rows = [
        ["Ⅰ级（特别重大）", "72小时以上", "3000以上", "5000以上", "自治区人民政府"],
        ["Ⅱ级（重大）", "24至72小时", "1000至3000", "2000至5000", "自治区指挥部"],
        ["Ⅲ级（较大）", "12至24小时", "500至1000", "800至2000", "口岸所在设区市"],
        ["Ⅳ级（一般）", "6至12小时", "200至500", "300至800", "口岸所在县（市、区）"],
    ]
    for ri, row in enumerate(grade_rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    col_widths(t, [3.8, 2.6, 2.6, 2.9, 3.7])
    note = "注：“以上”含本数，“以下”不含本数；区间数值含下限、不含上限。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20)

    h1("4　应急响应")
    h2("4.1　信息报告")
    body("现场指挥部应当在事件发生后30分钟内电话报告、1小时内书面报告自治区指挥部办公室。")
    h2("4.2　分级响应")
    body("Ⅳ级、Ⅲ级响应分别由口岸所在县（市、区）、设区市人民政府启动，Ⅱ级响应由自治区指挥部总指挥"
         "决定启动，Ⅰ级响应由自治区人民政府决定启动。")
    h2("4.3　处置措施")
    body("启动响应后，根据需要采取以下一项或多项措施：")
    body("（1）启用应急通道。对鲜活农产品、民生物资开辟“绿色通道”，优先查验、优先放行。")
    body("（2）实施延时通关。延长口岸开放时间或实行预约通关，及时消化积压车辆。")
    body("（3）疏导分流车辆。必要时引导车辆分流至友谊关、东兴、龙邦等周边口岸通关。")
    body("（4）启动系统应急模式。信息系统故障时，启动纸质单证申报、人工核验等应急作业模式。")
    h2("4.4　响应终止")
    body("滞留车辆和人员疏解完毕后，由启动响应的机构宣布响应终止。")

    h1("5　附则")
    body("本预案由自治区商务厅（口岸办）负责解释，自2025年12月1日起施行。")

    banji(doc, "抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，自治区高级人民法院，自治区人民检察院。",
          "广西壮族自治区人民政府办公厅", "2025年11月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民政府办公厅关于印发广西壮族自治区口岸通关应急预案的通知",
            "doc_number": "桂政办发〔2025〕87号",
            "issuer": ["广西壮族自治区人民政府办公厅"],
            "date": "2025-11-20",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2025-12-01",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构", "南宁海关",
                           "广西出入境边防检查总站", "中央驻桂有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《广西壮族自治区人民政府办公厅关于印发广西壮族自治区口岸突发事件应急预案的通知》（桂政办发〔2019〕56号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """Joint (市口岸办 + 海关) notice issuing a 规程 with 章/条, one 附件 table."""
    stem = "blind872_xiamen_guicheng"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 版头: borderless layout table, "文件" in a vertically merged cell
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_cell(t.cell(0, 0), "厦门市口岸管理办公室", XBS, 28, color=RED, line=40,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "厦　门　海　关", XBS, 28, color=RED, line=40,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 36, color=RED, line=40)
    m.vertical_alignment = 1  # center
    col_widths(t, [11.8, 3.6])
    empty(doc, 1, line=20)
    p = add_par(doc, "厦口岸〔2026〕12号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title with a soft line break, organs separated by a full-width space
    p = doc.add_paragraph()
    font(p.add_run("厦门市口岸管理办公室　厦门海关"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印发《厦门口岸通关突发事件"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("应急处置规程》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各口岸查验单位，中国（福建）自由贸易试验区厦门片区管委会，各区人民政府，"
                 "市直有关部门，各口岸运营单位：", indent=False)

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("为保障厦门港、厦门高崎国际机场等口岸通关安全顺畅，服务“丝路海运”建设，"
         "市口岸办会同厦门海关制定了《厦门口岸通关突发事件应急处置规程》，"
         "现印发给你们，请认真贯彻执行。")
    empty(doc, 2)
    # joint 落款 with tabs
    p = add_par(doc, [("\t厦门市口岸管理办公室\t厦门海关", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.8))
    add_par(doc, "      " + " " * 36 + "2026年3月16日", indent=False)
    add_par(doc, [(IND + "（此件主动公开）", FS, 16, False)], indent=False)

    # ---- 规程
    p = add_par(doc, [("厦门口岸通关突发事件应急处置规程", XBS, 22, False)], align=C, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=16)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False).paragraph_format.keep_with_next = True

    def art(no, text, items=(), soft=False):
        clauses.append(no + "　" + text + "".join(items))
        p = doc.add_paragraph()
        font(p.add_run(IND + no), HT, 16)
        font(p.add_run("　" + text), FS, 16)
        if soft:
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + it), FS, 16)
            fmt(p, indent=False)
        else:
            fmt(p, indent=False)
            for it in items:
                add_par(doc, IND + it, indent=False)

    chapter("第一章　总　则")
    art("第一条", "为规范厦门口岸通关突发事件应急处置工作，根据《厦门市突发事件总体应急预案》等有关规定，制定本规程。")
    art("第二条", "本规程所称口岸通关突发事件，是指在本市对外开放口岸发生的，造成口岸通关环节中断或者严重受阻的事件。")
    chapter("第二章　组织机构与职责")
    art("第三条", "厦门口岸通关应急指挥部（以下简称市指挥部）统一领导全市口岸通关突发事件应急处置工作，"
        "办公室设在市口岸办。")
    art("第四条", "市指挥部办公室履行下列职责：", [
        "（一）接收、汇总和报送突发事件信息；",
        "（二）组织协调成员单位开展先期处置；",
        "（三）每年至少组织一次应急演练。",
    ])
    art("第五条", "各成员单位应急职责分工和值班电话见附件。")
    chapter("第三章　分级响应")
    art("第六条", "口岸通关突发事件应急响应由高到低分为一级、二级、三级：", [
        "（一）通关中断12小时以上的，启动一级响应；",
        "（二）通关中断6小时以上不满12小时的，启动二级响应；",
        "（三）通关中断2小时以上不满6小时的，启动三级响应。",
    ], soft=True)
    art("第七条", "三级响应由事发口岸现场处置组启动，二级响应由市指挥部办公室启动，一级响应由市指挥部总指挥"
        "启动。")
    chapter("第四章　处置流程")
    art("第八条", "事发单位应当在事件发生后15分钟内电话报告市指挥部办公室，30分钟内书面报告。")
    art("第九条", "启动响应后，各成员单位按照下列要求开展处置：", [
        "（一）海关启用应急申报模式，实行“先放行、后补办”；",
        "（二）边检机关增开查验通道，启用移动查验设备；",
        "（三）港口、机场运营单位做好船舶、航班调度和旅客安抚。",
    ], soft=True)
    art("第十条", "通关秩序恢复正常后，由启动响应的机构宣布终止响应。")
    chapter("第五章　附　则")
    art("第十一条", "本规程自2026年4月1日起施行，有效期至2031年3月31日。")
    add_par(doc, IND + "附件：厦门口岸通关应急联络单位及职责分工表", indent=False)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("厦门口岸通关应急联络单位及职责分工表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    data_table(doc, ["序号", "单位", "应急职责", "值班电话"], [
        ["1", "厦门市口岸管理办公室", "承担市指挥部办公室日常工作，综合协调应急处置", "0592-2865130"],
        ["2", "厦门海关", "组织货物、运输工具应急监管和通关保障", "0592-5659112"],
        ["3", "厦门出入境边防检查总站", "人员、交通运输工具出入境应急查验，增开查验通道", "0592-6023110"],
        ["4", "厦门海事局", "船舶进出港安全监管和水上交通管制", "0592-2683512"],
        ["5", "厦门市交通运输局", "港区集疏运车辆疏导，协调运力保障", "0592-5395026"],
        ["6", "厦门市公安局", "口岸周边交通秩序和治安维护", "0592-2262110"],
        ["7", "厦门港务控股集团有限公司", "码头作业调度，堆场和泊位应急安排", "0592-5829001"],
        ["8", "厦门翔业集团有限公司", "机场旅客服务保障，航班信息发布", "0592-5706001"],
        ["9", "中国（福建）自由贸易试验区厦门片区管委会", "收集片区企业通关诉求，协调落实相关政策", "0592-6895016"],
    ], clauses, widths=[1.4, 4.8, 5.6, 3.8], left_cols=(2,))

    banji(doc, "抄送：福建省人民政府口岸与物流办公室，市委办公厅，市人大常委会办公厅，市政协办公厅。",
          "厦门市口岸管理办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市口岸管理办公室　厦门海关关于印发《厦门口岸通关突发事件应急处置规程》的通知",
            "doc_number": "厦口岸〔2026〕12号",
            "issuer": ["厦门市口岸管理办公室", "厦门海关"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-04-01",
            "expires": "2031-03-31",
            "attachments": ["厦门口岸通关应急联络单位及职责分工表"],
            "doc_type": "通知",
            "recipients": ["各口岸查验单位", "中国（福建）自由贸易试验区厦门片区管委会", "各区人民政府",
                           "市直有关部门", "各口岸运营单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def textbox_run(paragraph, lines, left_pt=250, top_pt=6, width_pt=200, height_pt=70):
    """Floating VML text box holding the 落款 (organ + date), as clerks do to place the seal."""
    ps = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:p>' % (FS, FS, FS, ln) for ln in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="LuokuanBox" type="#_x0000_t202" filled="f" stroked="f" '
           'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:1">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (left_pt, top_pt, width_pt, height_pt, ps))
    paragraph._p.append(parse_xml(xml))


def doc_horgos():
    """上行文 report (特急, 签发人) on a Ⅲ级 response at 霍尔果斯公路口岸."""
    stem = "blind872_horgos_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("霍尔果斯市人民政府文件", XBS, 34, False, RED)],
            align=C, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, [("霍市政报〔2026〕4号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘建军", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("霍尔果斯市人民政府关于霍尔果斯公路口岸", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("启动通关Ⅲ级应急响应及处置情况的报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "伊犁哈萨克自治州人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("2026年2月3日至7日，受强冷空气和暴风雪天气影响，哈萨克斯坦努尔饶尔口岸方向道路封闭，"
         "霍尔果斯公路口岸出境货车通关严重受阻，口岸区域最多滞留货车1260辆。按照《伊犁哈萨克自治州"
         "口岸通关应急预案》和《霍尔果斯市口岸通关应急预案》，我市于2月3日18时启动口岸通关Ⅲ级应急响应，"
         "2月7日12时终止响应。现将有关情况报告如下：")
    head("一、事件基本情况")
    body("2月3日8时起，霍尔果斯地区出现大风降温和降雪天气，最低气温降至-28℃，哈方境内阿拉木图至"
         "霍尔果斯公路部分路段实行交通管制，哈方口岸于当日10时30分暂停货车入境。至2月4日20时，口岸区域"
         "及周边滞留出境货车1260辆、司乘人员1580余人，其中装载鲜活农产品货车86辆。逐日情况如下：")
    add_par(doc, [("霍尔果斯公路口岸出境货车滞留及疏解情况（单位：辆）", HT, 14, False)],
            align=C, indent=False)
    data_table(doc, ["日期", "新增到达", "放行出境", "当日滞留", "其中鲜活农产品车辆"], [
        ["2月3日", "612", "95", "517", "41"],
        ["2月4日", "743", "0", "1260", "86"],
        ["2月5日", "210", "380", "1090", "72"],
        ["2月6日", "305", "870", "525", "35"],
        ["2月7日", "268", "793", "0", "0"],
        ["合计", "2138", "2138", "—", "—"],
    ], clauses, widths=[2.6, 2.8, 2.8, 2.8, 4.6])
    note = "注：“当日滞留”为当日24时统计数。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20)
    head("二、应急处置情况")
    runin("（一）迅速启动响应。", "2月3日18时，市口岸通关应急指挥部召开紧急会议，研判认为事件达到Ⅲ级标准，"
          "决定启动Ⅲ级应急响应，成立综合协调、交通疏导、通关保障、后勤保障、对外联络5个工作组，"
          "实行24小时值班值守，并于当日19时20分向自治州口岸办电话报告。")
    add_par(doc, [("（二）全力疏导滞留车辆", KT, 16, True)])
    body("1.设置临时停车区。在口岸外围国道312线沿线启用3处临时停车区，新增停车位900个，对滞留车辆实行编号排队、有序进场。")
    body("2.开辟鲜活农产品“绿色通道”。协调哈方优先接收装载鲜活农产品车辆，滞留的鲜活农产品货车于2月7日上午全部放行。")
    body("3.强化通关保障。口岸查验单位在恢复通关后采取以下措施：")
    body("（1）霍尔果斯海关对滞留车辆实行“提前申报、抵达验放”，单车平均查验时间压缩至8分钟；")
    body("（2）霍尔果斯边检站增开出境货车查验通道4条，实行“一站式”验放；")
    body("（3）经中哈双方协商，口岸货运通道通关时间临时延长至每日22时（北京时间）。")
    runin("（三）做好滞留人员服务保障。", "设立司乘人员服务点6个，免费提供热饭、热水和防寒衣物，累计发放方便食品1.2万份、"
          "棉大衣800件，医疗救护点诊治冻伤、感冒等患者37人次，未发生人员伤亡。")
    runin("(四)加强对外沟通协调。", "通过中哈口岸联络员机制与哈方口岸管理部门会晤3次，推动哈方于2月5日10时恢复货车入境，"
          "并临时增加验放能力。")
    head("三、存在的问题")
    body("一是口岸外围缓冲停车场容量不足,极端天气下应急停车能力有限;二是中哈双方信息通报机制仍不够及时,"
         "我方未能提前掌握哈方道路管制信息;三是应急物资储备以常规物资为主,防寒保暖物资储备不足。")
    head("四、下一步工作")
    runin("（一）推进口岸缓冲区建设。", "加快霍尔果斯口岸综合缓冲停车场项目前期工作，规划停车位2000个，力争2026年底前开工建设。")
    runin("（二）完善中哈信息通报机制。", "推动与哈方建立恶劣天气和道路管制信息24小时互通机制，实现预警信息提前6小时以上通报。")
    runin("（三）充实应急物资储备。", "按照不少于2000名滞留人员3日需求的标准，储备防寒保暖、食品饮用水等应急物资。")
    body("恳请自治州人民政府协调自治区有关部门，支持将霍尔果斯口岸综合缓冲停车场项目纳入2026年自治区口岸基础设施建设补助资金支持范围。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    textbox_run(p, ["霍尔果斯市人民政府", "二〇二六年二月十四日"])
    empty(doc, 3)
    add_par(doc, "（联系人：马晓东；联系电话：0999-8798216）")
    banji(doc, "抄送：自治州党委办公室，自治州口岸管理办公室。",
          "霍尔果斯市人民政府办公室", "2026年2月14日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "霍尔果斯市人民政府关于霍尔果斯公路口岸启动通关Ⅲ级应急响应及处置情况的报告",
            "doc_number": "霍市政报〔2026〕4号",
            "issuer": ["霍尔果斯市人民政府"],
            "date": "2026-02-14",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["伊犁哈萨克自治州人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_xiamen(), doc_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
