# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 928: 对外投资合作企业安全风险排查整治通知及排查表（境外项目分国别统计表）.

Writes three Word files + their PDFs + expected.json into this script's directory.
"""
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
IND = "\u3000\u3000"

expected = {}


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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(container, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def footer_pagenum(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


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
    footer_pagenum(s)


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    return s


def portrait_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def set_widths(table, widths_cm):
    """Fixed layout: write tblGrid, tblW and every tcW (LibreOffice reads the grid)."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        el = tblPr.find(qn(tag))
        if el is not None:
            tblPr.remove(el)
    total = int(sum(widths_cm) * 567)
    tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), total)))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc in list(grid):
        grid.remove(gc)
    for w in widths_cm:
        grid.append(parse_xml('<w:gridCol %s w:w="%d"/>' % (nsdecls("w"), int(w * 567))))
    for tr in tbl.tr_lst:
        idx = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[idx:idx + span]))
            idx += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, size=14, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_928", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 浙江省商务厅等4部门 联合通知 (联合版头, 特急, 附件1 排查表, 附件2 分国别统计表 横排)
def doc_zhejiang():
    stem = "blind928_zj_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 紧急程度 mark, top left
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头: 4 organs stacked left, "文件" right, borderless layout table, red
    organs = ["浙江省商务厅", "浙江省人民政府外事办公室", "浙江省公安厅",
              "浙江省人民政府国有资产监督管理委员会"]
    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(o), XBS, 18, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(28)
    m = t.cell(0, 1).merge(t.cell(3, 1))
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, 40, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, [12.0, 3.6])
    empty(doc, 1, line=20)
    p = add_par(doc, "浙商务联发〔2026〕9号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title wrapped at odd places, three separate paragraphs
    for line in ["浙江省商务厅等4部门关于开展", "2026年对外投资合作企业安全风险排查",
                 "整治专项行动的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各设区市商务局、外办、公安局、国资委，省级有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为切实保障我省对外投资合作企业境外人员、项目和资产安全，根据商务部等部门关于加强对外投资合作安全风险防范工作的部署，省商务厅、省外办、省公安厅、省国资委决定于2026年3月至6月在全省开展对外投资合作企业安全风险排查整治专项行动。现将有关事项通知如下：")
    runin("一、排查范围。", "全省在境外开展对外投资、对外承包工程和对外劳务合作的企业，重点是在共建“一带一路”国家、高风险国家（地区）实施项目以及境外中方人员在20人以上的企业。中国（浙江）自由贸易试验区各片区内企业一并纳入。", HT)
    head("二、排查重点")
    runin("（一）安全管理制度落实情况。", "是否明确境外安全管理负责人，是否开展安全风险评估，是否制定突发事件应急预案并定期演练。")
    runin("（二）人员安全防护情况。", "境外人员是否参加安全培训、购买人身意外伤害保险，驻地、营地、工地安保设施是否符合当地安全形势要求。")
    runin("（三）合规经营和信息报送情况。", "是否依法办理境外投资和对外承包工程项目备案，是否存在劳务、环保纠纷等隐患，是否按规定通过“走出去”公共服务平台报送境外人员和项目信息。")
    head("三、工作步骤")
    body("1.企业自查（2026年3月下旬至4月中旬）。各企业对照《对外投资合作企业安全风险排查表》（见附件）逐项自查，建立问题清单和整改台账。")
    body("2.属地核查（4月下旬至5月中旬）。各设区市商务局会同外办、公安局、国资委对重点企业开展抽查，高风险国家（地区）项目核查全覆盖。")
    body("3.整改提升（5月下旬至6月底）。督促企业限期整改到位；对整改不力、造成严重后果的，依法依规追究责任。")
    head("四、工作要求")
    runin("（一）压实主体责任。", "企业主要负责人是境外安全风险防范第一责任人，对排查发现的问题做到责任、措施、资金、时限、预案“五落实”。")
    runin("（二）按时报送情况。", "请各设区市商务局于2026年5月20日前将工作总结和境外项目分国别统计汇总表（格式见附件第二部分）电子版及盖章扫描件报送省商务厅对外投资和经济合作处。联系人:张磊,电话:0571-87056231。")
    add_par(doc, "特此通知。")
    empty(doc, 1)
    add_par(doc, "附件：对外投资合作企业安全风险排查表")
    empty(doc, 2)
    # 落款: four organs laid out with tabs, two per line
    for a, b in [("浙江省商务厅", "浙江省人民政府外事办公室"),
                 ("浙江省公安厅", "浙江省人民政府国有资产监督管理委员会")]:
        p = add_par(doc, "\t" + a + "\t" + b, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6), 1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.9), 1)
        empty(doc, 1)
    p = add_par(doc, "2026年3月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page: two-part 排查表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("对外投资合作企业安全风险排查表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    line = "企业名称（盖章）：" + "\u3000" * 8 + "填表日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日"
    add_par(doc, [(line, FS, 12, False)], indent=False, line=22)
    clauses.append(line)
    add_par(doc, [("一、安全风险排查事项", HT, 12, False)], indent=False, line=22)
    hdr = ["序号", "排查项目", "排查内容", "排查情况（是／否）", "存在问题及整改措施"]
    items = [
        ("安全管理制度", ["是否建立境外安全管理制度并明确境外安全管理负责人",
                      "是否制定突发事件应急预案并每年至少组织1次演练"]),
        ("人员安全防护", ["境外人员是否全部参加出国（境）前安全培训",
                      "是否为境外人员购买人身意外伤害保险",
                      "驻地、营地、工地安保设施是否满足当地安全形势要求"]),
        ("合规经营", ["是否办理境外投资备案（核准）或对外承包工程项目备案",
                  "是否存在劳务、环保、征地等纠纷隐患"]),
        ("信息报送", ["是否按规定在“走出去”公共服务平台报送境外人员和项目信息"]),
    ]
    nrows = sum(len(x[1]) for x in items)
    t = doc.add_table(rows=1 + nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=14)
    repeat_header(t.rows[0])
    r = 1
    n = 0
    for cat, lst in items:
        start = r
        for content in lst:
            n += 1
            set_cell(t.rows[r].cells[0], str(n), FS, 10.5, line=14)
            set_cell(t.rows[r].cells[2], content, FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT,
                     line=14)
            set_cell(t.rows[r].cells[3], "", FS, 10.5, line=14)
            set_cell(t.rows[r].cells[4], "", FS, 10.5, line=14)
            clauses.append(row_clause(hdr, [str(n), cat, content, "", ""]))
            no_split(t.rows[r])
            r += 1
        c = t.cell(start, 1)
        if r - 1 > start:
            c = c.merge(t.cell(r - 1, 1))
        set_cell(c, cat, FS, 10.5, line=14)
    set_widths(t, [1.0, 2.6, 6.9, 2.1, 3.0])

    add_par(doc, [("二、境外项目分国别统计", HT, 12, False)], indent=False, line=22, before=6)
    top = ["序号", "国别（地区）", "境外项目数（个）", None, None, "在外人员（人）", None,
           "安全风险等级", "排查发现隐患（项）", "备注"]
    sub = [None, None, "合计", "对外投资", "对外承包工程", "中方人员", "外籍雇员",
           None, None, None]
    headers = ["序号", "国别（地区）", "境外项目数（个）／合计", "境外项目数（个）／对外投资",
               "境外项目数（个）／对外承包工程", "在外人员（人）／中方人员",
               "在外人员（人）／外籍雇员", "安全风险等级", "排查发现隐患（项）", "备注"]
    rows = [["1", "印度尼西亚（示例）", "3", "2", "1", "45", "120", "较高", "2", "已整改1项"],
            ["", "", "", "", "", "", "", "", "", ""],
            ["合计", "", "", "", "", "", "", "", "", ""]]
    t = doc.add_table(rows=2 + len(rows), cols=10)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(10):
        if sub[i] is not None:
            set_cell(t.rows[1].cells[i], sub[i], HT, 10.5, line=14)
    for i in (0, 1, 7, 8, 9):
        c = t.cell(0, i).merge(t.cell(1, i))
        set_cell(c, top[i], HT, 10.5, line=14)
    set_cell(t.cell(0, 2).merge(t.cell(0, 4)), "境外项目数（个）", HT, 10.5, line=14)
    set_cell(t.cell(0, 5).merge(t.cell(0, 6)), "在外人员（人）", HT, 10.5, line=14)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=14)
    # the example row and the 合计 row carry content; the blank line does not
    clauses.append(row_clause(headers, rows[0]))
    clauses.append(row_clause(headers, rows[2]))
    set_widths(t, [0.9, 2.2, 1.2, 1.4, 1.6, 1.4, 1.4, 1.6, 1.7, 2.2])
    note2 = "注：1.“排查情况”栏填“是”或“否”，填“否”的须写明整改措施和时限；2.分国别统计按项目所在国别（地区）逐行填报，行数不够可自行增加，安全风险等级分为高、较高、中、低四级；3.统计截止时间为2026年4月30日。"
    add_par(doc, [(note2, FS, 10.5, False)], indent=False, line=16, before=4)
    clauses.append(note2)

    # 版记 at the foot of the last page
    banji(doc, "抄送：商务部对外投资和经济合作司，外交部领事司。",
          "浙江省商务厅办公室", "2026年3月20日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅等4部门关于开展2026年对外投资合作企业安全风险排查整治专项行动的通知",
            "doc_number": "浙商务联发〔2026〕9号",
            "issuer": organs,
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["对外投资合作企业安全风险排查表"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "外办", "公安局", "国资委", "省级有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 义乌市商务局 上行报告 (签发人, 分国别统计表 in body split by hand with 续表, 附件 整改台账)
def doc_yiwu(split=None):
    stem = "blind928_yiwu_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("义乌市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 1)
    # 文号 left + 签发人 right, aligned with typed spaces
    p = add_par(doc, [("义商务〔2026〕27号", FS, 16, False), (" " * 20, FS, 16, False),
                      ("签发人：", FS, 16, False), ("王建军", KT, 16, False)],
                indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("义乌市商务局关于2026年对外投资合作企业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("安全风险排查整治工作情况的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "金华市商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("根据《金华市商务局关于转发〈浙江省商务厅等4部门关于开展2026年对外投资合作企业安全风险排查整治专项行动的通知〉的通知》（金商务〔2026〕21号）要求，我局会同市外办、市公安局、市国资办，于3月下旬至4月底组织全市对外投资合作企业开展安全风险排查整治。现将有关情况报告如下：")
    head("一、工作开展情况")
    runin("（一）全面开展企业自查。", "通过“义乌商务”微信公众号、企业微信群发布排查通知，组织全市87家对外投资合作企业对照排查表逐项自查，填报率100%。对位于尼日利亚、墨西哥、埃及、巴西、南非等安全风险等级较高国家的21个项目，逐一电话核实境外人员在岗和安保情况。")
    runin("（二）开展重点核查。", "联合市外办、市公安局组成3个核查组，对境外中方人员20人以上或位于高风险、较高风险国家的26家重点企业开展实地核查，查阅安全管理制度、应急预案、保险凭证等资料312份。")
    runin("（三）建立整改台账。", "共排查发现风险隐患21项，其中制度不健全类7项、人员防护类8项、合规经营类4项、信息报送类2项。已完成整改16项，其余5项正在整改，预计6月底前全部完成。")
    head("二、境外项目基本情况")
    body("截至2026年4月30日，全市在境外开展经营活动的对外投资合作企业87家，境外项目112个，分布在18个国家（地区），主要集中在中东、中亚、非洲和东南亚等共建“一带一路”国家；在外人员1573人，其中中方人员436人、外籍雇员1137人（见表1）。")
    # caption (heading only)
    add_par(doc, [("表1　义乌市境外项目分国别统计表（截至2026年4月30日）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    headers = ["序号", "国别（地区）", "境外项目数（个）／合计", "境外项目数（个）／对外投资",
               "境外项目数（个）／对外承包工程", "在外人员（人）／中方人员",
               "在外人员（人）／外籍雇员", "安全风险等级", "排查发现隐患（项）"]
    data = [
        ["1", "阿联酋", "21", "20", "1", "78", "164", "低", "2"],
        ["2", "俄罗斯", "14", "14", "0", "41", "96", "中", "3"],
        ["3", "哈萨克斯坦", "9", "8", "1", "33", "87", "中", "1"],
        ["4", "乌兹别克斯坦", "8", "6", "2", "37", "112", "中", "2"],
        ["5", "尼日利亚", "7", "6", "1", "29", "123", "高", "4"],
        ["6", "卢旺达", "5", "3", "2", "26", "118", "中", "1"],
        ["7", "墨西哥", "8", "8", "0", "22", "75", "较高", "2"],
        ["8", "波兰", "6", "6", "0", "14", "31", "低", "0"],
        ["9", "西班牙", "5", "5", "0", "11", "24", "低", "0"],
        ["10", "印度尼西亚", "6", "4", "2", "31", "79", "中", "1"],
        ["11", "越南", "7", "6", "1", "25", "66", "低", "1"],
        ["12", "柬埔寨", "4", "3", "1", "27", "58", "中", "2"],
        ["13", "埃及", "3", "2", "1", "18", "41", "较高", "1"],
        ["14", "巴西", "2", "2", "0", "9", "12", "较高", "0"],
        ["15", "匈牙利", "2", "2", "0", "7", "10", "低", "0"],
        ["16", "南非", "2", "2", "0", "13", "19", "较高", "1"],
        ["17", "沙特阿拉伯", "2", "1", "1", "12", "15", "低", "0"],
        ["18", "吉尔吉斯斯坦", "1", "0", "1", "3", "7", "中", "0"],
    ]
    tot = ["合计", "", "112", "98", "14", "436", "1137", "—", "21"]
    for ci in (2, 3, 4, 5, 6, 8):
        assert sum(int(r[ci]) for r in data) == int(tot[ci]), (ci, sum(int(r[ci]) for r in data))

    def stat_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=9)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = ["序号", "国别（地区）", "境外项目数（个）", None, None, "在外人员（人）", None,
               "安全风险等级", "排查发现隐患（项）"]
        sub = [None, None, "合计", "对外投资", "对外承包工程", "中方人员", "外籍雇员", None, None]
        for i in range(9):
            if sub[i] is not None:
                set_cell(t.rows[1].cells[i], sub[i], HT, 11)
        for i in (0, 1, 7, 8):
            c = t.cell(0, i).merge(t.cell(1, i))
            set_cell(c, top[i], HT, 11)
        set_cell(t.cell(0, 2).merge(t.cell(0, 4)), "境外项目数（个）", HT, 11)
        set_cell(t.cell(0, 5).merge(t.cell(0, 6)), "在外人员（人）", HT, 11)
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 11, line=20)
            no_split(t.rows[ri])
        if rows[-1][0] == "合计":
            c = t.cell(1 + len(rows), 0).merge(t.cell(1 + len(rows), 1))
            set_cell(c, "合计", HT, 11)
        set_widths(t, [1.0, 2.9, 1.4, 1.6, 1.9, 1.6, 1.6, 1.8, 1.8])
        return t

    tot_clause = row_clause(headers, ["合计", "合计", "112", "98", "14", "436", "1137", "—", "21"])
    if split is None:
        stat_table(data + [tot])
        for row in data:
            clauses.append(row_clause(headers, row))
    else:
        # the clerk split the table by hand where Word broke the page, retyped the header
        # under a 续表 mark on the next page
        stat_table(data[:split])
        p = add_par(doc, [("续表", KT, 14, False)], indent=False)
        p.paragraph_format.page_break_before = True
        stat_table(data[split:] + [tot])
        for row in data:
            clauses.append(row_clause(headers, row))
    # 合计 row: the merged 序号+国别 cell reads 合计
    clauses.append(tot_clause)
    note = "注：安全风险等级参照外交部海外安全提醒和商务部《对外投资合作国别（地区）指南》确定，分为高、较高、中、低四级。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    head("三、存在的主要问题")
    # two paragraphs typed inside one w:p with Shift+Enter
    t1 = "一是部分中小企业安全意识不强。我市对外投资企业以商贸流通类民营企业为主，规模小、人员流动性大，个别企业未明确境外安全管理负责人，应急演练流于形式。"
    t2 = "二是高风险国家项目安保投入不足。尼日利亚、南非等国部分项目营地安保设施简陋，未聘请专业安保公司。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    body("三是信息报送不够及时。少数企业未按规定在“走出去”公共服务平台更新境外人员信息，数据与实际存在偏差。")
    head("四、下一步工作")
    body("下一步，我局将持续督促企业抓好隐患整改，6月底前开展“回头看”；依托义乌市“一带一路”综合服务中心，组织境外安全培训2期以上，推动企业与专业安保机构、保险机构对接；会同市外办建立境外安全突发事件快速响应机制，切实维护我市企业和人员境外合法权益。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 2)
    # 落款 aligned with typed spaces
    p = add_par(doc, " " * 40 + "义乌市商务局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 38 + "2026年5月12日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：陈晓峰，联系电话：0579-85523167）", indent=False)

    banji(doc, "抄送：市外办，市公安局，市国资办。", "义乌市商务局办公室", "2026年5月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌市商务局关于2026年对外投资合作企业安全风险排查整治工作情况的报告",
            "doc_number": "义商务〔2026〕27号",
            "issuer": ["义乌市商务局"],
            "date": "2026-05-12",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["金华市商务局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 云南省商务厅办公室 印发工作指引的通知 (章/条, 施行/有效期/废止, 附表 分国别统计表)
CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
          "十三", "十四", "十五", "十六"]


def doc_yunnan():
    stem = "blind928_yn_zhiyin"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("云南省商务厅办公室文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=0)
    empty(doc, 1, line=20)
    p = add_par(doc, "云商办〔2026〕17号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    for tl in ["云南省商务厅办公室关于印发《云南省", "境外项目安全风险分级排查工作指引",
               "（试行）》的通知"]:
        add_par(doc, [(tl, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各州、市商务局，各有关企业：", indent=False)
    b1 = "为进一步做好我省对外投资合作企业境外安全风险防范工作，服务中国（云南）自由贸易试验区和面向南亚东南亚辐射中心建设，我厅研究制定了《云南省境外项目安全风险分级排查工作指引（试行）》，现印发给你们，请认真贯彻执行。"
    b2 = "执行中遇到的问题，请及时向省商务厅对外投资和经济合作处反映（联系电话：0871-63218746）。"
    for b in (b1, b2):
        add_par(doc, b)
    empty(doc, 1, line=20)
    # 附件 line: the clerk broke the long title by hand and aligned it with spaces
    p = doc.add_paragraph()
    font(p.add_run("附件：云南省境外项目安全风险分级排查工作指引"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "（试行）"), FS, 16)
    fmt(p)
    empty(doc, 1)
    p = add_par(doc, "云南省商务厅办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年四月八日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")
    clauses.extend([b1, b2])

    # ---------------- 附件: the guideline
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("云南省境外项目安全风险分级排查工作指引", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("（试行）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)

    art = [0]

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=26)

    def article(text, items=None, tail=None):
        art[0] += 1
        lab = "第%s条" % CN_NUM[art[0]]
        add_par(doc, [(lab, HT, 16, False), ("\u3000" + text, FS, 16, False)], line=26)
        full = lab + "\u3000" + text
        for it in items or []:
            add_par(doc, it, line=26)
            full += it
        if tail:
            add_par(doc, tail, line=26)
            full += tail
        clauses.append(full)

    chapter("第一章\u3000总\u3000\u3000则")
    article("为指导企业科学识别、分级管控境外项目安全风险，有效防范境外安全突发事件，根据《对外投资合作境外安全风险防范指引》等规定，结合我省实际，制定本指引。")
    article("本指引适用于在云南省依法注册，在境外开展对外投资、对外承包工程和对外劳务合作的企业（以下简称企业）。")
    article("境外项目安全风险排查坚持企业主体、属地管理、分级负责、动态更新的原则。")
    chapter("第二章\u3000风险分级")
    article("根据项目所在国（地区）安全形势、项目类型和在外人员规模，境外项目安全风险由高到低分为四级，由企业在项目启动前确定并动态调整：",
            ["（一）一级：项目所在国（地区）发生战乱、武装冲突或者外交部发布“暂勿前往”安全提醒的；",
             "（二）二级：项目所在国（地区）社会治安较差，或者项目中方人员在50人以上且位于偏远地区的；",
             "（三）三级：项目所在国（地区）安全形势总体稳定但存在一定风险的；",
             "（四）四级：其他境外项目。"])
    chapter("第三章\u3000排查内容和频次")
    article("排查内容包括：",
            ["（一）境外安全管理制度、应急预案制定和演练情况；",
             "（二）境外人员安全培训、人身意外伤害保险购买情况；",
             "（三）驻地、营地、工地安保设施和安保力量配备情况；",
             "（四）项目合规经营和信息报送情况。"])
    article("一级项目每月至少排查1次，二级项目每季度至少排查1次，三级、四级项目每半年至少排查1次。遇所在国（地区）发生重大突发事件的，企业应当立即开展专项排查。")
    chapter("第四章\u3000组织实施")
    article("企业应当建立排查台账，对发现的隐患明确整改责任人、措施和时限，实行闭环管理。")
    article("州、市商务局每年对辖区内一级、二级项目开展核查，核查比例不低于50%。")
    article("各州、市商务局应当于每季度首月10日前，将上一季度本地区境外项目分国别统计表（见附表）报送省商务厅。",
            tail="中国（云南）自由贸易试验区昆明、红河、德宏片区管理委员会负责统计区内企业境外项目情况。")
    chapter("第五章\u3000附\u3000\u3000则")
    article("本指引由云南省商务厅负责解释。")
    article("本指引自2026年5月1日起施行，有效期至2028年4月30日。《云南省对外投资合作企业境外安全风险排查办法（试行）》（云商外经〔2021〕34号）同时废止。")

    # ---------------- 附表: blank country template, own page
    p = add_par(doc, [("附表", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("境外项目分国别统计表", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    line = "填报单位（盖章）：" + "\u3000" * 6 + "统计时间：\u3000\u3000\u3000\u3000年第\u3000\u3000季度"
    add_par(doc, [(line, FS, 14, False)], indent=False)
    clauses.append(line)
    headers = ["序号", "国别（地区）", "境外项目数（个）／一级", "境外项目数（个）／二级",
               "境外项目数（个）／三级", "境外项目数（个）／四级", "在外中方人员（人）",
               "本季度排查次数", "发现隐患（项）", "已整改（项）"]
    countries = ["老挝", "缅甸", "越南", "柬埔寨", "泰国", "孟加拉国", "其他国家（地区）"]
    t = doc.add_table(rows=2 + len(countries) + 1, cols=10)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    sub = [None, None, "一级", "二级", "三级", "四级", None, None, None, None]
    for i in range(10):
        if sub[i] is not None:
            set_cell(t.rows[1].cells[i], sub[i], HT, 10.5)
    for i, h in [(0, "序号"), (1, "国别（地区）"), (6, "在外中方人员（人）"),
                 (7, "本季度排查次数"), (8, "发现隐患（项）"), (9, "已整改（项）")]:
        set_cell(t.cell(0, i).merge(t.cell(1, i)), h, HT, 10.5)
    set_cell(t.cell(0, 2).merge(t.cell(0, 5)), "境外项目数（个）", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for k, cty in enumerate(countries, 1):
        set_cell(t.rows[1 + k].cells[0], str(k), FS, 10.5)
        set_cell(t.rows[1 + k].cells[1], cty, FS, 10.5)
        for ci in range(2, 10):
            set_cell(t.rows[1 + k].cells[ci], "", FS, 10.5)
        t.rows[1 + k].height = Cm(0.8)
        clauses.append(row_clause(headers, [str(k), cty] + [""] * 8))
    last = 2 + len(countries)
    set_cell(t.cell(last, 0).merge(t.cell(last, 1)), "合计", HT, 10.5)
    for ci in range(2, 10):
        set_cell(t.rows[last].cells[ci], "", FS, 10.5)
    t.rows[last].height = Cm(0.8)
    clauses.append(row_clause(headers, ["合计", "合计"] + [""] * 8))
    set_widths(t, [1.0, 2.6, 1.2, 1.2, 1.2, 1.2, 1.8, 1.8, 1.6, 1.6])
    note = "注：风险等级按本指引第四条确定；“其他国家（地区）”栏可按实际国别逐行增列。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    empty(doc, 3)
    banji(doc, "抄送：商务部对外投资和经济合作司，省外办，省公安厅。",
          "云南省商务厅办公室", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省商务厅办公室关于印发《云南省境外项目安全风险分级排查工作指引（试行）》的通知",
            "doc_number": "云商办〔2026〕17号",
            "issuer": ["云南省商务厅办公室"],
            "date": "2026-04-08",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": ["云南省境外项目安全风险分级排查工作指引（试行）"],
            "doc_type": "通知",
            "recipients": ["各州、市商务局", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": "《云南省对外投资合作企业境外安全风险排查办法（试行）》（云商外经〔2021〕34号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_yiwu(7), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
