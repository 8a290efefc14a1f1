# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 926: 市场监管局 自贸区企业名称自主申报规定（规范性文件，条款，附禁限用字词表）.

Writes three .docx files, their PDFs (LibreOffice) and expected.json into this directory.
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
IND = "\u3000\u3000"
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT

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
    return p


_PB = [False]


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if _PB[0]:
        p.paragraph_format.page_break_before = True
        _PB[0] = False
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def insert_ordered(parent, el, successors):
    """insert el before the first child whose tag is in successors (schema order)."""
    tags = {qn(t) for t in successors}
    for child in parent:
        if child.tag in tags:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


PPR_AFTER_PBDR = ["w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                  "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"]


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        insert_ordered(ppr, bdr, PPR_AFTER_PBDR)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    """the next paragraph starts a new page (段前分页)."""
    _PB[0] = True


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
    fp.alignment = CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(28 if size >= 16 else round(size * 1.5))
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    insert_ordered(tblpr, parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")), ["w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"])


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1, line=18)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_926", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


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
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_fujian():
    """省局红头通知印发规定（分章），附件1规定全文，附件2禁限用字词表（合并单元格、标题行重复）。"""
    stem = "blind926_fujian_guiding"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("福建省市场监督管理局文件", XBS, 36, False, RED)],
            align=CENTER, indent=False, line=50, before=0)
    empty(doc, 1, line=20)
    p = add_par(doc, "闽市监规〔2025〕6号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title broken at odd places, three separate paragraphs
    for t in ("福建省市场监督管理局关于印发《中国",
              "（福建）自由贸易试验区企业名称自主申报",
              "管理规定》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "福州市、厦门市市场监督管理局，平潭综合实验区市场监督管理局，省局各相关处室：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深化商事制度改革，持续优化自由贸易试验区营商环境，省局制定了《中国（福建）自由贸易试验区企业名称自主申报管理规定》，经2025年11月12日省局第21次局务会议审议通过，现印发给你们，请认真贯彻执行。")
    # 附件 list: continuation lines aligned with typed spaces
    add_par(doc, "附件：1．中国（福建）自由贸易试验区企业名称自主申报")
    add_par(doc, "          管理规定", indent=True)
    add_par(doc, "      2．中国（福建）自由贸易试验区企业名称禁止和限", indent=True)
    add_par(doc, "          制使用字词表", indent=True)
    empty(doc, 1)
    for t in ("福建省市场监督管理局", "2025年11月20日"):
        p = add_par(doc, t, align=RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1 规定全文
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p = add_par(doc, [("中国（福建）自由贸易试验区企业名称", XBS, 22, False)],
                align=CENTER, indent=False, line=32, before=8)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自主申报管理规定"), XBS, 22)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=CENTER, indent=False)

    def art(no, parts):
        """parts: list of paragraph texts; first gets the article number."""
        clauses.append(no + "\u3000" + "".join(parts))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + parts[0], FS, 16, False)])
        for extra in parts[1:]:
            add_par(doc, extra)

    chapter("第一章　总　　则")
    art("第一条", ["为规范中国（福建）自由贸易试验区（以下简称自贸试验区）企业名称自主申报行为，根据《企业名称登记管理规定》《企业名称登记管理规定实施办法》，结合本省实际，制定本规定。"])
    art("第二条", ["自贸试验区福州片区、厦门片区、平潭片区内企业及其分支机构的名称自主申报和监督管理，适用本规定。"])
    art("第三条", ["省市场监督管理局负责指导自贸试验区企业名称自主申报工作，建设和维护福建省企业名称自主申报系统（以下简称申报系统）。",
                   "福州市、厦门市市场监督管理局和平潭综合实验区市场监督管理局（以下统称片区登记机关）负责本片区企业名称的登记管理工作。"])
    chapter("第二章　自主申报")
    art("第四条", ["企业名称由行政区划名称、字号、行业或者经营特点、组织形式依次组成。自贸试验区内企业可以使用“福州自贸片区”“厦门自贸片区”“平潭自贸片区”作为名称中的区域表述，置于字号之前。"])
    art("第五条", ["申请人通过申报系统自主查询、比对、筛查名称，有下列情形之一的，申报系统不予通过：",
                   "（一）与同一登记机关已登记的同行业企业名称相同的；",
                   "（二）含有禁止和限制使用字词表所列禁止使用字词的；",
                   "（三）使用限制使用字词但未上传相关证明材料的。"])
    art("第六条", ["申请人对所申报名称作出承诺后，申报系统即时予以保留，保留期为2个月，涉及前置审批的为1年。"])
    art("第七条", ["共建“一带一路”国家投资者在自贸试验区投资设立企业的，可以使用该投资者字号的中文译名作为企业字号，并提交授权使用文件。"])
    chapter("第三章　监督管理")
    art("第八条", ["片区登记机关应当对自主申报的企业名称实施事后抽查，抽查比例不低于当年新登记企业名称数的3%。"])
    art("第九条", ["申请人违反承诺申报企业名称的，由片区登记机关依法责令改正；拒不改正的，以统一社会信用代码代替其名称，并依法列入经营异常名录。"])
    chapter("第四章　附　　则")
    art("第十条", ["本规定由福建省市场监督管理局负责解释。"])
    art("第十一条", ["本规定自2026年1月1日起施行，有效期至2030年12月31日。《中国（福建）自由贸易试验区企业名称自主申报试行办法》（闽工商企注〔2017〕128号）同时废止。"])

    # ---------------- 附件2 字词表
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p = add_par(doc, [("中国（福建）自由贸易试验区企业名称", XBS, 20, False)],
                align=CENTER, indent=False, line=30, before=6)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("禁止和限制使用字词表"), XBS, 20)
    empty(doc, 1, line=16)
    header = ["序号", "类别", "字词或情形", "使用要求"]
    rows = [
        ("1", "禁止使用", "党政军机关、群团组织名称及其简称、特定称谓和部队番号", "不得在企业名称中使用或者变相使用"),
        ("2", "禁止使用", "外国国家（地区）、国际组织名称及其通用简称、特定称谓", "不得在企业名称中使用"),
        ("3", "禁止使用", "含有淫秽、色情、赌博、迷信、恐怖、暴力内容的字词", "不得在企业名称中使用"),
        ("4", "禁止使用", "“自贸区管委会”“自贸办”等易与自贸试验区管理机构混淆的字词", "不得在企业名称中使用"),
        ("5", "限制使用", "“中国”“中华”“中央”“全国”“国家”", "须经国务院批准"),
        ("6", "限制使用", "“银行”“保险”“证券”“期货”“信托”", "须上传金融管理部门的批准文件或者许可证件"),
        ("7", "限制使用", "“自贸”“自由贸易”", "仅限自贸试验区内登记的企业使用；迁出自贸试验区的，应当申请变更名称"),
        ("8", "限制使用", "“一带一路”“丝路”", "不得单独作为字号使用；经营范围应当与国际贸易、国际物流或者对外投资相关"),
        ("9", "限制使用", "“海峡”“两岸”", "经营范围应当与对台经贸合作相关，并由申请人作出承诺"),
        ("10", "限制使用", "知名人物姓名", "须上传本人或者其近亲属的书面同意文件"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=CENTER if ci == 0 else LEFT)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # vertical merges of 类别
    a = t.cell(1, 1).merge(t.cell(4, 1))
    set_cell(a, "禁止使用", FS, 10.5)
    a.vertical_alignment = 1
    b = t.cell(5, 1).merge(t.cell(10, 1))
    set_cell(b, "限制使用", FS, 10.5)
    b.vertical_alignment = 1
    col_widths(t, [1.2, 2.0, 6.0, 6.6])
    notes = ["注：1．本表所列字词包括其繁体字、外文译名以及谐音、变形等形式。",
             "2．本表未列明的禁止和限制情形，按照国家有关规定执行。"]
    p = add_par(doc, [(notes[0], FS, 12, False)], indent=False, line=20, before=6)
    p = add_par(doc, [("    " + notes[1], FS, 12, False)], indent=False, line=20)
    clauses.extend(notes)

    banji(doc, "抄送：市场监管总局登记注册局，省商务厅，省司法厅。",
          "福建省市场监督管理局办公室", "2025年11月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="福建省市场监督管理局关于印发《中国（福建）自由贸易试验区企业名称自主申报管理规定》的通知",
            doc_number="闽市监规〔2025〕6号",
            issuer=["福建省市场监督管理局"],
            date="2025-11-20",
            level="provincial",
            region="福建省",
            effective="2026-01-01",
            expires="2030-12-31",
            attachments=["中国（福建）自由贸易试验区企业名称自主申报管理规定",
                         "中国（福建）自由贸易试验区企业名称禁止和限制使用字词表"],
            doc_type="通知",
            recipients=["福州市市场监督管理局", "厦门市市场监督管理局",
                        "平潭综合实验区市场监督管理局", "省局各相关处室"],
            publicity="此件主动公开",
            repeals="《中国（福建）自由贸易试验区企业名称自主申报试行办法》（闽工商企注〔2017〕128号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_nanning():
    """市局红头直接发布的若干规定：全角空格缩进、软回车分项、中文数字落款、二级表头字词表。"""
    stem = "blind926_nanning_ruoganguiding"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("南宁市市场监督管理局", XBS, 40, False, RED)],
            align=CENTER, indent=False, line=60, before=30)
    empty(doc, 1)
    # 文号 "centred" with typed spaces, red rule below
    p = add_par(doc, " " * 27 + "南市监规〔2026〕2号", indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = add_par(doc, [("南宁市市场监督管理局关于中国（广西）", XBS, 22, False)],
                align=CENTER, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区南宁片区企业名称自主"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("申报的若干规定"), XBS, 22)
    empty(doc, 1)

    def art(no, first, items=None, items_sep=True):
        """article typed with full-width spaces; items follow after Shift+Enter."""
        txt = no + "\u3000" + first + "".join(items or [])
        clauses.append(txt)
        p = doc.add_paragraph()
        font(p.add_run(IND), FS, 16)
        font(p.add_run(no), HT, 16)
        font(p.add_run("\u3000" + first), FS, 16)
        for it in items or []:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(IND + it), FS, 16)
        fmt(p, indent=False)

    art("第一条", "为便利企业登记注册，规范中国（广西）自由贸易试验区南宁片区（以下简称南宁片区）企业名称自主申报行为，服务面向东盟的开放合作和共建“一带一路”，根据《企业名称登记管理规定》《企业名称登记管理规定实施办法》等规定，结合本市实际，制定本规定。")
    art("第二条", "住所(经营场所)位于南宁片区内的企业及其分支机构申报名称，适用本规定。")
    art("第三条", "申请人可以通过广西数字政务一体化平台“企业开办一件事”专区自主申报企业名称，也可以在南宁片区政务服务中心登记注册窗口自助申报。")
    art("第四条", "企业名称申报实行“自主查询、自主比对、自主选用、承诺保留”。申请人应当对下列事项作出承诺：",
        ["（一）所申报名称不含有禁止使用的字词；",
         "（二）使用限制使用字词的，已符合使用条件或者取得相关批准文件；",
         "（三）所申报名称不会引起公众误解，不侵犯他人合法权益；",
         "（四）因名称引起纠纷的，依法承担相应法律责任。"])
    art("第五条", "在南宁片区登记的企业，可以在名称中的行业或者经营特点之前使用“自贸”字样。企业住所迁出南宁片区的，应当自迁出之日起30日内申请变更名称。")
    art("第六条", "东盟国家投资者在南宁片区投资设立企业的，可以使用该投资者字号的中文译名作为企业字号，申请人应当对译名的准确性作出承诺.")
    art("第七条", "企业名称禁止和限制使用的字词，按照本规定附件执行;附件未列明但属于法律、行政法规禁止情形的，依照法律、行政法规的规定执行。")
    art("第八条", "南宁市市场监督管理局会同南宁片区管理委员会建立企业名称争议快速处理机制，对涉及南宁片区企业的名称争议，自受理之日起30个工作日内作出处理决定。")
    art("第九条", "登记机关发现已登记的企业名称不适宜的，应当依法责令企业限期改正；逾期未改正的，以统一社会信用代码代替其名称，并通过国家企业信用信息公示系统向社会公示。")
    art("第十条", "本规定自2026年5月1日起施行，有效期至2031年4月30日。")
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（广西）自由贸易试验区南宁片区企业名称禁止和限制使用字词表",
            indent=False)
    empty(doc, 2)
    # 落款 in a borderless layout table, date in Chinese numerals
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    set_cell(lt.cell(0, 1), "南宁市市场监督管理局", FS, 16)
    set_cell(lt.cell(1, 1), "二〇二六年三月十六日", FS, 16)
    col_widths(lt, [8.0, 7.6])
    empty(doc, 1)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（广西）自由贸易试验区南宁片区企业名称禁止和", XBS, 18, False)],
            align=CENTER, indent=False, line=30)
    add_par(doc, [("限制使用字词表", XBS, 18, False)], align=CENTER, indent=False, line=30)
    empty(doc, 1, line=16)

    hdr_flat = ["序号", "字词", "类型", "使用条件／适用主体", "使用条件／须提交材料"]
    rows = [
        ("1", "“南宁片区管委会”“片区办”", "禁止使用", "—", "—"),
        ("2", "东盟国家国名及其通用简称", "禁止使用", "—", "—"),
        ("3", "“东盟”", "限制使用", "从事与东盟国家经贸往来业务的企业，不得作为字号", "书面承诺"),
        ("4", "“中国—东盟”", "限制使用", "经自治区人民政府或者其授权部门认定的中国—东盟合作项目实施企业", "认定文件"),
        ("5", "“一带一路”", "限制使用", "在共建“一带一路”国家有投资或者业务的企业，不得单独作为字号", "境外投资备案证明或者相关业务合同"),
        ("6", "“自贸”", "限制使用", "住所位于南宁片区内的企业", "住所（经营场所）使用证明"),
        ("7", "“北部湾”", "限制使用", "住所位于广西北部湾经济区内的企业", "无需提交"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in range(3):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, hdr_flat[ci], HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "使用条件", HT, 12)
    set_cell(t.cell(1, 3), "适用主体", HT, 12)
    set_cell(t.cell(1, 4), "须提交材料", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=LEFT if ci in (1, 3, 4) else CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr_flat, row)))
    col_widths(t, [1.3, 3.5, 2.2, 5.0, 3.6])
    note = "注：本表所列字词包括其谐音、拆分、变形及外文译名等形式。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    empty(doc, 1)
    banji(doc, "抄送：自治区市场监管局，市政府办公室，南宁片区管委会。",
          "南宁市市场监督管理局办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="南宁市市场监督管理局关于中国（广西）自由贸易试验区南宁片区企业名称自主申报的若干规定",
            doc_number="南市监规〔2026〕2号",
            issuer=["南宁市市场监督管理局"],
            date="2026-03-16",
            level="municipal",
            region="南宁市",
            effective="2026-05-01",
            expires="2031-04-30",
            attachments=["中国（广西）自由贸易试验区南宁片区企业名称禁止和限制使用字词表"],
            doc_type="规定",
            recipients=[],
            publicity="此件公开发布",
            repeals=None,
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_dalian():
    """两家联合红头通知：一、（一）1.（1）层级，自动编号，联合落款，附件字词表（类别列纵向合并、序号分组重排）。"""
    stem = "blind926_dalian_lianhe"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_req = make_numbering(doc, "（%1）")

    # joint 版头: two organ names stacked, "文件" to the right (borderless table)
    ht = doc.add_table(rows=2, cols=2)
    no_borders(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(ht.cell(0, 0), "大连市市场监督管理局", XBS, 15, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    set_cell(ht.cell(1, 0), "中国（辽宁）自由贸易试验区大连片区管理委员会", XBS, 15,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    set_cell(m, "文件", XBS, 36, color=RED)
    m.vertical_alignment = 1  # center
    col_widths(ht, [12.2, 3.4])
    empty(doc, 1, line=20)
    p = add_par(doc, "大市监发〔2026〕15号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    add_par(doc, [("关于在中国（辽宁）自由贸易试验区大连片区", XBS, 22, False)],
            align=CENTER, indent=False, line=32)
    add_par(doc, [("深化企业名称自主申报改革的通知", XBS, 22, False)],
            align=CENTER, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "大连金普新区市场监督管理局、大连保税区市场监督管理局，片区各职能部门：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t, hfont=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("为进一步降低企业制度性交易成本，打造市场化、法治化、国际化一流营商环境，经研究，决定在中国（辽宁）自由贸易试验区大连片区（以下简称大连片区）深化企业名称自主申报改革。现将有关事项通知如下：")
    head("适用范围")
    body("住所位于大连片区（含大连保税区、大连大窑湾保税港区）的企业及其分支机构申报名称，适用本通知。个体工商户名称申报参照执行。")
    head("主要内容")
    runin("（一）全程网上自主申报。", "申请人通过辽宁省企业名称自主申报系统查询、比对、筛查后自主选取名称，作出承诺后即时保留，登记机关不再进行人工审核。")
    runin("（二）放宽名称表述。", "大连片区内企业可以按照以下方式组织名称：")
    body("1．使用“大连自贸片区”作为名称中的区域表述，如“大连自贸片区××国际物流有限公司”；")
    body("2.使用“东北亚”“日韩”等字词作为行业或者经营特点表述，如“大连××东北亚供应链管理有限公司”；")
    body("3．外商投资企业可以使用外国投资者字号的中文译名作为字号。")
    runin("（三）实行禁限用字词清单管理。", "禁止使用和限制使用的字词，按照附件执行。")
    body("1．禁止使用字词。申报系统对禁止使用字词实行自动拦截，申请人不得通过增加空格、符号等方式规避筛查。")
    body("2．限制使用字词。申请人使用限制使用字词的，按照下列方式办理：")
    body("（1）需提交批准文件的，在申报系统中上传电子件；")
    body("（2）需作出承诺的，在线签署《企业名称自主申报承诺书》；")
    body("（3）系统无法自动判定的，转由登记窗口在1个工作日内人工核验。")
    head("工作要求")

    def req(h, t):
        clauses.append("（%s）%s%s" % ("一二三"[req.n], h, t))
        req.n += 1
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_req)
    req.n = 0
    req("加强协同配合。", "大连片区管理委员会负责政策宣传和企业服务，两区市场监督管理局负责名称登记和监督管理。")
    req("强化事中事后监管。", "各登记机关每季度对自主申报名称开展抽查，抽查比例不低于5%，对不适宜名称依法予以纠正。")
    body("本通知自2026年2月1日起施行，有效期至2028年1月31日。《关于在大连片区开展企业名称自主申报试点的通知》（大市监发〔2019〕42号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：中国（辽宁）自由贸易试验区大连片区企业")
    add_par(doc, "\u3000\u3000\u3000名称禁止和限制使用字词表")
    empty(doc, 1)
    # joint 落款 side by side, date under them (borderless table)
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    set_cell(lt.cell(0, 0), "大连市市场监督管理局", FS, 16)
    set_cell(lt.cell(0, 1), "中国（辽宁）自由贸易试验区\n大连片区管理委员会", FS, 16)
    m = lt.cell(1, 0).merge(lt.cell(1, 1))
    set_cell(m, "2026年1月12日", FS, 16, align=RIGHT)
    col_widths(lt, [7.4, 8.2])

    # ---------------- 附件 table: 类别 column merged vertically, 序号 restarts per group
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（辽宁）自由贸易试验区大连片区", XBS, 20, False)],
            align=CENTER, indent=False, line=30, before=6)
    add_par(doc, [("企业名称禁止和限制使用字词表", XBS, 20, False)],
            align=CENTER, indent=False, line=30)
    empty(doc, 1, line=12)
    header = ["类别", "序号", "字词", "使用条件", "须提交材料"]
    groups = [
        ("禁止使用字词", [
            ("1", "党政军机关、群团组织名称及其简称、特定称谓和部队番号", "—", "—"),
            ("2", "外国国家（地区）、国际组织名称及其通用简称", "—", "—"),
            ("3", "“大连片区管委会”“自贸办”", "—", "—"),
        ]),
        ("限制使用字词", [
            ("1", "“中国”“中华”“中央”“全国”“国家”", "经国务院批准", "批准文件"),
            ("2", "“银行”“保险”“证券”“期货”", "经金融管理部门批准", "批准文件或者许可证件"),
            ("3", "“自贸”“大连自贸片区”", "住所位于大连片区内；迁出大连片区的，应当申请变更名称", "无需提交"),
            ("4", "“一带一路”“丝路”", "不得单独作为字号；经营范围应当与国际贸易、国际物流或者对外投资相关", "承诺书"),
            ("5", "“东北亚”", "经营范围应当包含对外贸易、国际货运代理或者供应链管理", "承诺书"),
            ("6", "“港航”“口岸”", "经营范围应当与港口、航运或者口岸服务相关", "承诺书"),
            ("7", "知名人物姓名", "经本人或者其近亲属书面同意", "书面同意文件"),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    ri = 1
    for cat, rows in groups:
        start = ri
        for row in rows:
            for ci, v in enumerate(row, 1):
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=LEFT if ci in (2, 3) else CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, (cat,) + row)))
            ri += 1
        mc = t.cell(start, 0).merge(t.cell(ri - 1, 0))
        set_cell(mc, cat, FS, 10.5)
        mc.vertical_alignment = 1
    col_widths(t, [2.0, 1.2, 4.8, 4.8, 2.8])
    note = "注：限制使用字词的使用条件以法律、行政法规和国家有关规定为准，本表根据工作需要动态调整。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=18, before=6)
    clauses.append(note)

    banji(doc, "抄送：辽宁省市场监督管理局，市人民政府办公室，市司法局。",
          "大连市市场监督管理局办公室", "2026年1月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于在中国（辽宁）自由贸易试验区大连片区深化企业名称自主申报改革的通知",
            doc_number="大市监发〔2026〕15号",
            issuer=["大连市市场监督管理局", "中国（辽宁）自由贸易试验区大连片区管理委员会"],
            date="2026-01-12",
            level="municipal",
            region="大连市",
            effective="2026-02-01",
            expires="2028-01-31",
            attachments=["中国（辽宁）自由贸易试验区大连片区企业名称禁止和限制使用字词表"],
            doc_type="通知",
            recipients=["大连金普新区市场监督管理局", "大连保税区市场监督管理局", "片区各职能部门"],
            publicity=None,
            repeals="《关于在大连片区开展企业名称自主申报试点的通知》（大市监发〔2019〕42号）",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_nanning(), doc_dalian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
