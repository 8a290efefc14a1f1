# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1092: 行政规范性文件 as a city prints them (统一编号/有效期 running header,
管理办法 with 章/条, 附则 施行/有效期, 附件 申请表 form, 政策解读/起草说明 link text).

Writes blind1092_*.docx, their PDFs (LibreOffice) and expected.json next to this file.
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


def add_par(container, runs, size=16, **kw):
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
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


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, indent=False, line=line)


def field(p, instr, shown, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run(shown), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance = Cm(1.5)
    s.footer_distance = Cm(2.5)
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
    if footer_style == "dash":
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE", "1")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", "1", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", "1", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=20):
    """text may be a list -> several paragraphs in the cell."""
    parts = text if isinstance(text, list) else [text]
    cell.text = ""
    for i, t in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if t:
            font(p.add_run(t), name, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def form_table(doc, spec, widths, clauses, size=12):
    """spec: list of rows; each row a list of (text, span, kind) with kind 'L' (label)
    or 'V' (value/blank). A clause is built as label：value；label：value."""
    ncol = len(widths)
    t = doc.add_table(rows=len(spec), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    for ri, row in enumerate(spec):
        c = 0
        pairs = []
        for text, span, kind, *rest in row:
            cell = t.cell(ri, c)
            if span > 1:
                cell = cell.merge(t.cell(ri, c + span - 1))
            if kind == "L":
                set_cell(cell, text, FS, size, False)
                pairs.append([text if isinstance(text, str) else "".join(text), None])
            else:
                al = WD_ALIGN_PARAGRAPH.LEFT if (rest and rest[0] == "left") else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(cell, text, FS, size, False, align=al)
                val = text if isinstance(text, str) else "".join(text)
                pairs[-1][1] = val.strip(SP + " ")
            c += span
        clauses.append("；".join("%s：%s" % (l, v or "") for l, v in pairs))
        h = row[0][3] if len(row[0]) > 3 else None
        row_height(t.rows[ri], h if isinstance(h, (int, float)) else 0.8)
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1, line=16)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def page_break_before(p):
    p.paragraph_format.page_break_before = True


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1092", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== DOC A
def doc_ningbo():
    """宁波 joint 红头 notice issuing a 管理办法 + 附件 申请表 + 版记 + 政策解读 link."""
    stem = "blind1092_ningbo_haiwaicang"
    doc = Document()
    s = setup(doc, "dash")
    clauses = []

    # running header: 统一编号 left, 有效期 right, thin rule
    hp = s.header.paragraphs[0]
    font(hp.add_run("ZJBD19-2026-0003"), SONG, 10.5)
    font(hp.add_run("\t\t"), SONG, 10.5)
    font(hp.add_run("有效期至2031年4月30日"), SONG, 10.5)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    border(hp, "bottom", "000000", 4, 1)

    # joint 版头 in a borderless layout table: two organ names stacked + 文件
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [10.6, 4.0])
    set_cell(t.cell(0, 0), "宁波市商务局", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    set_cell(t.cell(1, 0), "宁波市财政局", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    for cell in (t.cell(0, 0), t.cell(1, 0), m):
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.color.rgb = RED
    p = add_par(doc, "甬商务规〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)

    # title wrapped by hand at odd places (three paragraphs)
    for line_txt in ("宁波市商务局 宁波市财政局关于印发",
                     "《宁波市跨境电子商务海外仓建设专项资金",
                     "管理办法》的通知"):
        add_par(doc, [(line_txt, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区（县、市）商务主管部门、财政局，宁波前湾新区、宁波高新区、东钱湖旅游度假区商务主管部门、财政局：",
            indent=False)

    def body(t, container=doc):
        clauses.append(t)
        add_par(container, t)

    body("为贯彻落实《宁波市推进跨境电子商务高质量发展行动方案（2025—2027年）》，规范海外仓建设专项资金管理，市商务局、市财政局研究制定了《宁波市跨境电子商务海外仓建设专项资金管理办法》，现印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向市商务局反映。")
    empty(doc, 1)
    # joint 落款 typed with spaces
    add_par(doc, SP * 3 + "宁波市商务局" + SP * 6 + "宁波市财政局", indent=False)
    add_par(doc, SP * 16 + "2026年3月31日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------------------ the 办法
    p = add_par(doc, [("宁波市跨境电子商务海外仓建设", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    page_break_before(p)
    add_par(doc, [("专项资金管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(num, text, items=()):
        clauses.append(num + SP + text + "".join(items))
        add_par(doc, [(num, HT, 16, False), (SP + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chapter("第一章" + SP + "总" + SP + "则")
    art("第一条", "为规范宁波市跨境电子商务海外仓建设专项资金（以下简称专项资金）管理，提高资金使用效益，根据《宁波市市级财政专项资金管理办法》等有关规定，结合本市实际，制定本办法。")
    art("第二条", "本办法所称专项资金，是指市级财政预算安排，用于支持本市企业在境外建设、租赁和运营海外仓的资金。")
    art("第三条", "市商务局负责组织项目申报、审核和绩效评价；市财政局负责专项资金预算管理和资金拨付；各区（县、市）商务主管部门和财政部门负责本地区项目的受理和初审。")
    chapter("第二章" + SP + "支持对象和标准")
    art("第四条", "申请专项资金的企业应当同时符合下列条件：", [
        "（一）在本市依法注册登记，具有独立法人资格；",
        "（二）上一年度通过海外仓实现的跨境电子商务出口额不低于1000万元；",
        "（三）海外仓位于共建“一带一路”国家或者RCEP成员国，单仓面积不低于2000平方米；",
        "（四）近三年内未列入严重失信主体名单。",
    ])
    art("第五条", "新建或者新租赁海外仓的，按照实际投资额或者首年租金的20%给予一次性补助，单个项目最高不超过200万元；被认定为省级公共海外仓的，给予一次性奖励50万元。同一企业年度获得专项资金总额不超过300万元。")
    chapter("第三章" + SP + "申报和审核")
    art("第六条", "市商务局每年发布申报通知。企业通过“甬易办”平台提交申请表及相关证明材料，并对材料的真实性负责。")
    art("第七条", "各区（县、市）商务主管部门会同同级财政部门进行初审，市商务局组织复审并在门户网站公示，公示期不少于5个工作日。公示无异议的，由市财政局拨付资金。")
    chapter("第四章" + SP + "监督管理")
    art("第八条", "企业以虚报、冒领等手段骗取专项资金的，由市财政局会同市商务局收回已拨付资金，三年内不得申报市级商务专项资金，并纳入公共信用信息平台。")
    chapter("第五章" + SP + "附" + SP + "则")
    art("第九条", "本办法由市商务局、市财政局负责解释。")
    art("第十条", "本办法自2026年5月1日起施行，有效期至2031年4月30日。《宁波市商务局 宁波市财政局关于印发〈宁波市跨境电子商务公共海外仓认定和扶持办法〉的通知》（甬商务规〔2021〕5号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：宁波市跨境电子商务海外仓建设专项资金申请表")

    # ------------------------------------------------------------ 附件 form
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    page_break_before(p)
    add_par(doc, [("宁波市跨境电子商务海外仓建设专项资金申请表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    B = ""
    form_table(doc, [
        [("申请单位（盖章）", 1, "L"), (B, 3, "V")],
        [("统一社会信用代码", 1, "L"), (B, 1, "V"), ("所在区（县、市）", 1, "L"), (B, 1, "V")],
        [("法定代表人", 1, "L"), (B, 1, "V"), ("联系电话", 1, "L"), (B, 1, "V")],
        [("联系人", 1, "L"), (B, 1, "V"), ("手机", 1, "L"), (B, 1, "V")],
        [("海外仓名称", 1, "L"), (B, 3, "V")],
        [("所在国家（城市）", 1, "L"), (B, 1, "V"), ("仓库面积（平方米）", 1, "L"), (B, 1, "V")],
        [("仓库性质", 1, "L"), ("□自建" + SP + "□租赁" + SP + "□合作", 3, "V", "left")],
        [("上年度跨境电商出口额（万元）", 1, "L"), (B, 1, "V"), ("申请支持金额（万元）", 1, "L"), (B, 1, "V")],
        [("申报类别", 1, "L"), ("□新建（租赁）补助" + SP + "□省级公共海外仓奖励", 3, "V", "left")],
        [("海外仓建设运营情况简介", 1, "L", 2.2), ("（不超过500字，可另附页）", 3, "V", "left")],
        [("申请单位承诺", 1, "L", 1.8), (["本单位承诺所报材料真实、准确、完整，如有虚假，愿承担相应法律责任。",
                                     "法定代表人签字："], 3, "V", "left")],
        [("区（县、市）商务主管部门初审意见", 1, "L", 1.6), (["（盖章）", "年" + SP + "月" + SP + "日"], 3, "V")],
    ], [4.2, 3.6, 4.2, 3.6], clauses)
    p = add_par(doc, [("注：本表一式三份，申报企业、区（县、市）商务主管部门、市商务局各留存一份。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：本表一式三份，申报企业、区（县、市）商务主管部门、市商务局各留存一份。")

    banji(doc, "抄送：省商务厅，省财政厅，市审计局。", "宁波市商务局办公室", "2026年3月31日印发")
    add_par(doc, [("政策解读：《宁波市跨境电子商务海外仓建设专项资金管理办法》政策解读", SONG, 12, False)],
                indent=False, line=20)
    add_par(doc, [("http://swj.ningbo.gov.cn/art/2026/4/2/art_1229108524_58961207.html", SONG, 10.5, False)],
                indent=False, line=18)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局 宁波市财政局关于印发《宁波市跨境电子商务海外仓建设专项资金管理办法》的通知",
            "doc_number": "甬商务规〔2026〕3号",
            "issuer": ["宁波市商务局", "宁波市财政局"],
            "date": "2026-03-31",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-05-01",
            "expires": "2031-04-30",
            "attachments": ["宁波市跨境电子商务海外仓建设专项资金申请表"],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务主管部门、财政局",
                           "宁波前湾新区、宁波高新区、东钱湖旅游度假区商务主管部门、财政局"],
            "publicity": "此件公开发布",
            "repeals": "《宁波市商务局 宁波市财政局关于印发〈宁波市跨境电子商务公共海外仓认定和扶持办法〉的通知》（甬商务规〔2021〕5号）",
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC B
def doc_xian():
    """西安 市政府办公厅 red-head notice + 办法 with a two-level-header table + form."""
    stem = "blind1092_xian_banlie"
    doc = Document()
    s = setup(doc, "dash")
    clauses = []

    # running header: two right-aligned lines
    hp = s.header.paragraphs[0]
    font(hp.add_run("统一编号：SXXA01-2026-0011"), KT, 10.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2 = s.header.add_paragraph()
    font(hp2.add_run("有效期至：2031年5月31日"), KT, 10.5)
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    empty(doc, 1, line=20)
    add_par(doc, [("西安市人民政府办公厅文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "市政办发〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line break
    p = doc.add_paragraph()
    font(p.add_run("西安市人民政府办公厅关于印发西安市中欧"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("班列（西安）集结中心货源组织补贴"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("管理办法的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区、县人民政府，各开发区管委会，市人民政府各工作部门、各直属机构：", indent=False)
    t = "《西安市中欧班列（西安）集结中心货源组织补贴管理办法》已经市政府同意，现印发给你们，请认真贯彻落实。"
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 2)
    p = add_par(doc, "西安市人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年四月十五日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------------------ the 办法
    p = add_par(doc, [("西安市中欧班列（西安）集结中心", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    page_break_before(p)
    add_par(doc, [("货源组织补贴管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(num, text, extra=()):
        clauses.append(num + SP + text + "".join(extra))
        add_par(doc, [(num, HT, 16, False), (SP + text, FS, 16, False)])
        for e in extra:
            add_par(doc, e)

    chapter("第一章　总则")
    art("第一条", "为加快中欧班列（西安）集结中心建设，提升货源组织能力，服务共建“一带一路”高质量发展，根据国家和省有关规定，结合本市实际，制定本办法。")
    art("第二条", "本办法适用于在本市依法注册，通过西安国际港站组织中欧班列货源的货运代理企业、平台企业和生产制造企业（以下统称货源组织企业）。")
    art("第三条", "市商务局负责补贴资金的申报组织、审核和绩效管理；市财政局负责补贴资金的预算安排和拨付；西安国际港务区管委会负责运量数据核验。")
    chapter("第二章　补贴标准")
    art("第四条", "货源组织企业通过中欧班列（西安）发运货物的，按照实际发运标准箱数量给予补贴，补贴标准见下表。")
    add_par(doc, [("中欧班列（西安）货源组织补贴标准（单位：元／标准箱）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=4)
    rows = [
        ["1", "中亚方向（阿拉木图、塔什干、比什凯克等）", "600", "900"],
        ["2", "俄罗斯方向（莫斯科、叶卡捷琳堡等）", "900", "1200"],
        ["3", "西亚方向（德黑兰、伊斯坦布尔等）", "1200", "1600"],
        ["4", "欧洲方向（汉堡、杜伊斯堡、马拉舍维奇等）", "1500", "2000"],
        ["5", "跨里海走廊方向（巴库、第比利斯等）", "1800", "2400"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tb, [1.4, 9.0, 2.5, 2.5])
    c = tb.cell(0, 0).merge(tb.cell(1, 0))
    set_cell(c, "序号", HT, 12)
    c = tb.cell(0, 1).merge(tb.cell(1, 1))
    set_cell(c, "线路方向", HT, 12)
    c = tb.cell(0, 2).merge(tb.cell(0, 3))
    set_cell(c, "补贴标准", HT, 12)
    set_cell(tb.cell(1, 2), "去程", HT, 12)
    set_cell(tb.cell(1, 3), "回程", HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(tb.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("序号：%s；线路方向：%s；补贴标准／去程：%s；补贴标准／回程：%s" % tuple(r))
    note = "注：回程货物须为经西安铁路口岸进口的货物；拼箱货物按实际计费箱量折算标准箱。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    art("第五条", "对首次开通新线路并稳定开行（当年开行不少于12列）的货源组织企业，给予一次性奖励100万元。同一线路只奖励首家开通企业。")
    art("第六条", "单个企业年度补贴总额不超过1000万元。补贴资金不得与省级中欧班列运营补助重复享受。")
    chapter("第三章　申报和监督")
    art("第七条", "补贴资金按年度申报，每年1月31日前申报上一年度补贴。申报企业应当提交申请表、铁路运单、报关单及银行付款凭证等材料。",
        ["市商务局会同西安国际港务区管委会对申报材料进行审核，审核结果在市商务局网站公示5个工作日。公示无异议的，由市财政局拨付资金。"])
    art("第八条", "货源组织企业弄虚作假骗取补贴资金的，依法追回补贴资金，三年内不得申报本办法规定的补贴。")
    chapter("第四章　附则")
    art("第九条", "本办法由市商务局负责解释。")
    art("第十条", "本办法自2026年6月1日起施行，有效期至2031年5月31日。")
    empty(doc, 1, line=14)
    add_par(doc, "附件：西安市中欧班列（西安）集结中心货源组织补贴申请表")

    # ------------------------------------------------------------ 附件 form
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    page_break_before(p)
    p = add_par(doc, [("西安市中欧班列（西安）集结中心货源组织", XBS, 18, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("补贴申请表"), XBS, 18)
    empty(doc, 1, line=14)
    B = ""
    form_table(doc, [
        [("企业名称", 1, "L"), (B, 3, "V")],
        [("统一社会信用代码", 1, "L"), (B, 1, "V"), ("注册地址", 1, "L"), (B, 1, "V")],
        [("联系人", 1, "L"), (B, 1, "V"), ("联系电话", 1, "L"), (B, 1, "V")],
        [("申报期间", 1, "L"), (SP * 2 + "年" + SP * 2 + "月至" + SP * 2 + "年" + SP * 2 + "月", 3, "V")],
        [("组织发运标准箱（个）", 1, "L"), (B, 1, "V"), ("其中回程标准箱（个）", 1, "L"), (B, 1, "V")],
        [("申请补贴金额（万元）", 1, "L"), (B, 1, "V"), ("开户银行及账号", 1, "L"), (B, 1, "V")],
        [("真实性承诺", 1, "L", 2.2), (["本企业对所提交材料的真实性负责，如有弄虚作假，自愿退回补贴资金并承担法律责任。",
                                  "法定代表人（签字）：" + SP * 5 + "企业（盖章）"], 3, "V", "left")],
        [("西安国际港务区管委会核验意见", 1, "L", 2.0), ("（盖章）", 1, "V"),
         ("市商务局审核意见", 1, "L"), ("（盖章）", 1, "V")],
    ], [3.4, 4.4, 3.4, 4.2], clauses)

    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市法院，市检察院，各人民团体。",
          "西安市人民政府办公厅", "2026年4月15日印发")
    empty(doc, 1)
    add_par(doc, [("【起草说明】关于《西安市中欧班列（西安）集结中心货源组织补贴管理办法》的起草说明（点击查看）", SONG, 12, False, RGBColor(0x00, 0x33, 0x99))],
            indent=False, line=20)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "西安市人民政府办公厅关于印发西安市中欧班列（西安）集结中心货源组织补贴管理办法的通知",
            "doc_number": "市政办发〔2026〕11号",
            "issuer": ["西安市人民政府办公厅"],
            "date": "2026-04-15",
            "published": None,
            "level": "municipal",
            "region": "西安市",
            "effective": "2026-06-01",
            "expires": "2031-05-31",
            "attachments": ["西安市中欧班列（西安）集结中心货源组织补贴申请表"],
            "doc_type": "通知",
            "recipients": ["各区、县人民政府", "各开发区管委会", "市人民政府各工作部门、各直属机构"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC C
def doc_pingxiang():
    """凭祥 (county-level city) web/汇编 print: no 红头, publication line, [2026] brackets,
    spaces for indents, 暂行办法 with two 附件, 政策解读 URL at the end."""
    stem = "blind1092_pingxiang_hushi"
    doc = Document()
    s = setup(doc, "pages")
    clauses = []
    IND = SP * 2

    hp = s.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(hp.add_run("统一编号：GXCZPX-2026-0002" + SP * 2
                    + "有效期：2026年7月1日至2028年6月30日"), KT, 10)
    border(hp, "bottom", "000000", 6, 1)

    add_par(doc, [("发布机构：凭祥市人民政府办公室" + SP * 2 + "发布日期：2026年6月22日", SONG, 10.5, False)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=18)
    empty(doc, 1, line=12)
    p = doc.add_paragraph()
    font(p.add_run("凭祥市人民政府办公室关于印发凭祥市"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("边民互市贸易商品落地加工扶持资金管理"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("暂行办法的通知"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, "凭政办规[2026]2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, size=14, line=24)
    empty(doc, 1, line=12)
    add_par(doc, "各镇人民政府，市直及驻凭各有关单位:", indent=False, size=14, line=24)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, size=14, line=24)

    body("《凭祥市边民互市贸易商品落地加工扶持资金管理暂行办法》已经十八届市人民政府第46次常务会议审议通过，现印发给你们，请认真组织实施。")
    empty(doc, 1, line=12)
    add_par(doc, SP * 14 + "凭祥市人民政府办公室", indent=False, size=14, line=24)
    add_par(doc, SP * 15 + "2026年6月18日", indent=False, size=14, line=24)
    add_par(doc, IND + "（此件公开发布）", indent=False, size=14, line=24)
    empty(doc, 1, line=12)

    # the 暂行办法 follows directly (no page break in the web print)
    add_par(doc, [("凭祥市边民互市贸易商品落地加工", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("扶持资金管理暂行办法", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=12)

    def chapter(t):
        add_par(doc, [(t, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)

    def art(num, text, items=()):
        clauses.append(num + " " + text + "".join(items))
        add_par(doc, [(IND, FS, 14, False), (num, HT, 14, False), (" " + text, FS, 14, False)],
                indent=False, line=24)
        for it in items:
            add_par(doc, IND + it, indent=False, size=14, line=24)

    chapter("第一章" + SP + "总则")
    art("第一条", "为推动边民互市贸易转型升级，促进互市商品落地加工，带动边民增收，根据《广西壮族自治区边民互市贸易管理办法》，结合我市实际，制定本办法。")
    art("第二条", "本办法所称扶持资金，是指市本级财政安排，用于支持企业收购边民互市商品并在本市进行深加工的资金。")
    chapter("第二章" + SP + "扶持对象和标准")
    art("第三条", "申请扶持资金的企业应当符合下列条件:", [
        "（一）在凭祥市注册登记并依法纳税；",
        "（二）加工场所位于凭祥市行政区域内，在广西凭祥综合保税区或者凭祥边境经济合作区内的优先支持；",
        "（三）通过边民互助组或者边民合作社收购互市商品，收购金额占加工原料总额的50%以上。",
    ])
    art("第四条", "扶持资金按照下列标准安排:", [
        "（一）原料采购补助。按照企业年度收购互市商品金额的2%给予补助，最高不超过80万元。",
        "（二）物流运输补助。互市商品从友谊关、浦寨、弄尧互市点运至加工场所的，按照每吨30元给予补助，最高不超过30万元。",
        "（三）设备购置补助。新购置加工生产设备投资额在200万元以上的，按照设备投资额的10%给予补助，最高不超过100万元。",
    ])
    art("第五条", "同一企业年度享受扶持资金总额不超过150万元。")
    chapter("第三章" + SP + "申报和管理")
    art("第六条", "市商务和口岸管理局每年第一季度发布申报指南，会同市财政局、凭祥海关对申报材料进行审核，审核结果公示5个工作日。")
    art("第七条", "获得扶持的企业有下列情形之一的，由市财政局会同市商务和口岸管理局追回扶持资金:", [
        "1.提供虚假材料骗取扶持资金的；",
        "2.将互市商品未经加工直接转售的；",
        "3.扶持资金到位后一年内停产或者迁出本市的。",
    ])
    chapter("第四章" + SP + "附则")
    art("第八条", "本办法由市商务和口岸管理局负责解释。")
    art("第九条", "本办法自2026年7月1日起施行，有效期2年。")
    empty(doc, 1, line=12)
    add_par(doc, IND + "附件：1.凭祥市边民互市贸易商品落地加工扶持资金申请表", indent=False, size=14, line=24)
    add_par(doc, SP * 5 + "2.凭祥市边民互市贸易商品落地加工企业信用承诺书", indent=False, size=14, line=24)

    # ------------------------------------------------------------ 附件1 form
    p = add_par(doc, [("附件1", HT, 14, False)], indent=False, size=14, line=24)
    page_break_before(p)
    add_par(doc, [("凭祥市边民互市贸易商品落地加工扶持资金申请表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    B = ""
    form_table(doc, [
        [("企业名称", 1, "L"), (B, 5, "V")],
        [("统一社会信用代码", 1, "L"), (B, 1, "V"), ("法定代表人", 1, "L"), (B, 1, "V"),
         ("联系电话", 1, "L"), (B, 1, "V")],
        [("加工场所地址", 1, "L"), (B, 5, "V")],
        [("落地加工商品类别", 1, "L"), ("□坚果" + SP + "□水果" + SP + "□红木" + SP + "□海产品" + SP + "□其他", 5, "V", "left")],
        [("上年度收购互市商品（吨）", 1, "L"), (B, 1, "V"), ("加工产值（万元）", 1, "L"), (B, 1, "V"),
         ("带动边民就业（人）", 1, "L"), (B, 1, "V")],
        [("申请扶持项目", 1, "L"), ("□原料采购补助" + SP + "□物流运输补助" + SP + "□设备购置补助", 5, "V", "left")],
        [("申请金额（万元）", 1, "L"), (B, 5, "V")],
        [("市商务和口岸管理局审核意见", 1, "L", 2.4), (["（盖章）", "年" + SP + "月" + SP + "日"], 5, "V")],
    ], [3.0, 2.6, 2.4, 2.4, 2.4, 2.6], clauses, size=11)

    # ------------------------------------------------------------ 附件2 text
    p = add_par(doc, [("附件2", HT, 14, False)], indent=False, size=14, line=24)
    page_break_before(p)
    add_par(doc, [("凭祥市边民互市贸易商品落地加工企业信用承诺书", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    empty(doc, 1)
    body("本企业自愿申请凭祥市边民互市贸易商品落地加工扶持资金，现郑重承诺如下：")
    body("一、所提交的申请材料真实、合法、有效，不存在虚报、伪造等情形。")
    body("二、收购的边民互市商品全部用于本企业落地加工，不直接转售或者变相转售。")
    body("三、自觉接受市商务和口岸管理局、市财政局等部门的监督检查。")
    body("如违反上述承诺，本企业愿意退回全部扶持资金，并承担相应法律责任。")
    empty(doc, 1)
    add_par(doc, SP * 8 + "企业名称（盖章）：", indent=False, size=14, line=24)
    add_par(doc, SP * 8 + "法定代表人（签字）：", indent=False, size=14, line=24)
    add_par(doc, SP * 14 + "年" + SP * 2 + "月" + SP * 2 + "日", indent=False, size=14, line=24)
    empty(doc, 2)
    add_par(doc, [("相关解读：《凭祥市边民互市贸易商品落地加工扶持资金管理暂行办法》政策解读", SONG, 12, False)],
            indent=False, line=20)
    add_par(doc, [("http://www.pxszf.gov.cn/zwgk/zcjd/202606/t20260622_3461875.html", SONG, 10.5, False)],
            indent=False, line=18)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "凭祥市人民政府办公室关于印发凭祥市边民互市贸易商品落地加工扶持资金管理暂行办法的通知",
            "doc_number": "凭政办规[2026]2号",
            "issuer": ["凭祥市人民政府办公室"],
            "date": "2026-06-18",
            "published": "2026-06-22",
            "level": "county",
            "region": "凭祥市",
            "effective": "2026-07-01",
            "expires": "2028-06-30",
            "attachments": ["凭祥市边民互市贸易商品落地加工扶持资金申请表",
                            "凭祥市边民互市贸易商品落地加工企业信用承诺书"],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "市直及驻凭各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_xian(), doc_pingxiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
