# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 650 blind test documents: 自贸片区营商环境专项督查发现问题整改清单."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

PPR_ORDER = ["w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
             "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd",
             "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
             "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
             "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
             "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
             "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
             "w:sectPr", "w:pPrChange"]


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def insert_ppr_child(p, el):
    pPr = p._p.get_or_add_pPr()
    tag = el.tag
    idx = None
    for i, name in enumerate(PPR_ORDER):
        if qn(name) == tag:
            idx = i
            break
    successors = [qn(n) for n in PPR_ORDER[idx + 1:]]
    for child in pPr:
        if child.tag in successors:
            child.addprevious(el)
            return el
    pPr.append(el)
    return el


def border_para(p, sides, color="000000", sz=8):
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), color)
            pbdr.append(b)
    insert_ppr_child(p, pbdr)


def fmt(p, align=None, first=None, left=None, right=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def add_runs(p, segs, font=FS, size=16):
    """segs: list of str | ("BR",) | (text, font, bold)."""
    for s in segs:
        if isinstance(s, tuple) and s and s[0] == "BR":
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        if isinstance(s, tuple):
            text, f, b = s
        else:
            text, f, b = s, font, None
        r = p.add_run(text)
        set_font(r, f, size, b)
    return p


def body(doc, segs, font=FS, size=16, first=True):
    p = doc.add_paragraph()
    fmt(p, align=JUSTIFY, first=Pt(size * 2) if first else None)
    if isinstance(segs, str):
        segs = [segs]
    add_runs(p, segs, font, size)
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    fmt(p, line=line)
    return p


def add_page_number(section):
    ft = section.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.alignment = CENTER
    set_font(p.add_run("— "), ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    set_font(r2, ST, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = p.add_run()
    set_font(r3, ST, 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = p.add_run("1")
    set_font(r4, ST, 14)
    r5 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)
    set_font(p.add_run(" —"), ST, 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.6)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.5)
    section.bottom_margin = Cm(2.3)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.5)
    section.footer_distance = Cm(1.2)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    a4_portrait(sec)
    add_page_number(sec)
    return doc


def red_header(doc, lines, size=36):
    for ln in lines:
        p = doc.add_paragraph()
        fmt(p, align=CENTER, line=None)
        p.paragraph_format.line_spacing = 1.0
        r = p.add_run(ln)
        set_font(r, XBS, size, None, RED)
        r.font.character_spacing = Pt(0)


def doc_number_line(doc, text, before=0):
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=CENTER)
    set_font(p.add_run(text), FS, 16)
    p2 = doc.add_paragraph()
    fmt(p2, line=8)
    border_para(p2, ["bottom"], "FF0000", 18)
    empty(doc)


def title(doc, segs, size=22):
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=35)
    add_runs(p, segs, XBS, size)
    return p


# ----------------------------------------------------------- numbering
_NUM = {"next": 100}


def new_decimal_list(doc):
    numbering = doc.part.numbering_part.element
    nid = _NUM["next"]
    _NUM["next"] += 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(nid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "0")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "21")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(nid))
    num.append(ani)
    numbering.append(num)
    return nid


def apply_num(p, nid):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = nid


# --------------------------------------------------------------- tables
def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def set_grid(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            set_cell_width(c, w)


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def cell_para(cell, first_use, align=LEFT, line=18):
    if first_use:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    fmt(p, align=align, line=line)
    return p


def fill_cell(doc, cell, value, mode, size=11, align=LEFT, font=FS, bold=None):
    """value: str or list of lines. mode: single | br | para | auto.
    Returns the analyst text of the cell."""
    lines = [value] if isinstance(value, str) else list(value)
    if mode in ("single", "br"):
        p = cell_para(cell, True, align)
        for i, ln in enumerate(lines):
            if i:
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
            set_font(p.add_run(ln), font, size, bold)
        return "".join(lines)
    if mode == "para":
        for i, ln in enumerate(lines):
            p = cell_para(cell, i == 0, align)
            set_font(p.add_run(ln), font, size, bold)
        return "".join(lines)
    if mode == "auto":
        nid = new_decimal_list(doc)
        for i, ln in enumerate(lines):
            p = cell_para(cell, i == 0, align)
            apply_num(p, nid)
            set_font(p.add_run(ln), font, size, bold)
        return "".join("%d.%s" % (i + 1, ln) for i, ln in enumerate(lines))
    raise ValueError(mode)


def build_list_table(doc, headers, widths, rows, modes, cat_font=HT, size=11,
                     vmerges=()):
    """headers: list of (display_lines, key_name).
    rows: list of ("cat", text) | list of cell values (None = merged from above).
    modes: per column render mode (may be overridden per cell with ("mode", value)).
    vmerges: list of (first_row_index_in_rows, last_row_index_in_rows, col).
    Returns list of clause strings."""
    n = len(headers)
    table = doc.add_table(rows=1 + len(rows), cols=n)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    set_grid(table, widths)
    hdr = table.rows[0]
    header_repeat(hdr)
    for c, (disp, _k) in zip(hdr.cells, headers):
        fill_cell(doc, c, disp.split("\n"), "br", size=12, align=CENTER, font=HT)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    clauses = []
    texts = {}
    for ri, row in enumerate(rows):
        trow = table.rows[ri + 1]
        if isinstance(row, tuple) and row[0] == "cat":
            m = trow.cells[0].merge(trow.cells[n - 1])
            p = m.paragraphs[0]
            fmt(p, align=LEFT, line=20)
            set_font(p.add_run(row[1]), cat_font, 12)
            clauses.append(None)
            continue
        vals = []
        for ci, v in enumerate(row):
            cell = trow.cells[ci]
            if v is None:
                vals.append(None)
                continue
            mode = modes[ci]
            if isinstance(v, tuple) and v[0] == "mode":
                mode, v = v[1], v[2]
            al = CENTER if ci in (0, n - 2, n - 1) else LEFT
            if mode == "br" and ci == 3:
                al = LEFT
            vals.append(fill_cell(doc, cell, v, mode, size=size, align=al))
            if ci in (0, n - 2, n - 1):
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        texts[ri] = vals
        clauses.append(vals)
    # vertical merges: copy analyst values down, then merge cells
    for (r0, r1, col) in vmerges:
        for r in range(r0 + 1, r1 + 1):
            texts[r][col] = texts[r0][col]
        top = table.cell(r0 + 1, col)
        bottom = table.cell(r1 + 1, col)
        top.merge(bottom)
        top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    out = []
    keys = [k for _d, k in headers]
    for ri, vals in enumerate(clauses):
        if vals is None:
            continue
        vals = texts[ri]
        out.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, vals)))
    return out


def banji(doc, cc, printer, pdate, left_cm=0.3):
    """版记: 抄送 + 印发 line between rules."""
    p = doc.add_paragraph()
    fmt(p, align=LEFT, left=Cm(left_cm), right=Cm(left_cm), line=28)
    border_para(p, ["top", "bottom"], "000000", 6)
    add_runs(p, [cc], FS, 14)
    p.paragraph_format.first_line_indent = None
    p2 = doc.add_paragraph()
    fmt(p2, align=LEFT, left=Cm(left_cm), right=Cm(left_cm), line=28)
    border_para(p2, ["bottom"], "000000", 12)
    add_runs(p2, [printer + "\u3000" * 4 + "  " + pdate + "印发"], FS, 14)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_650", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


EXPECTED = {}


def meta(title_, doc_number, issuer, date, level, region, attachments, doc_type,
         recipients, publicity):
    return {"title": title_, "doc_number": doc_number, "issuer": issuer, "date": date,
            "published": None, "level": level, "region": region, "effective": None,
            "expires": None, "attachments": attachments, "doc_type": doc_type,
            "recipients": recipients, "publicity": publicity, "repeals": None}


HEAD6 = ["序号", "问题描述", "整改措施", "责任单位", "整改时限", "整改状态"]


# ================================================================ Doc A
def make_xiamen():
    stem = "blind650_xiamen_tongzhi"
    doc = new_doc()
    ISSUER = "中国（福建）自由贸易试验区厦门片区管理委员会"
    LIST_TITLE = "中国（福建）自由贸易试验区厦门片区营商环境专项督查发现问题整改清单"
    red_header(doc, ["中国（福建）自由贸易试验区", "厦门片区管理委员会文件"], 30)
    doc_number_line(doc, "厦自贸委〔2026〕9号")
    title(doc, ["中国（福建）自由贸易试验区厦门片区", ("BR",),
                "管理委员会关于印发营商环境专项督查", ("BR",),
                "发现问题整改清单的通知"])
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=JUSTIFY)
    add_runs(p, ["管委会各部门，各功能区管理办公室，有关驻区单位："])

    clauses = []

    def B(segs, **kw):
        body(doc, segs, **kw)
        if isinstance(segs, str):
            clauses.append(segs)
        else:
            clauses.append("".join(s if isinstance(s, str) else s[0] for s in segs
                                   if not (isinstance(s, tuple) and s[0] == "BR")))

    def H1(t):
        body(doc, [(t, HT, None)])

    B("2026年1月至2月，福建省自由贸易试验区工作领导小组办公室对厦门片区营商环境开展专项督查，"
      "共发现政务服务、投资贸易便利化、监管执法和要素保障等4个方面12项问题。为切实抓好督查发现问题整改，"
      "经管委会研究同意，现将《" + LIST_TITLE + "》印发给你们，并就有关事项通知如下，请认真抓好落实。")
    H1("一、总体要求")
    B("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
      "坚持问题导向、目标导向、结果导向，把督查发现问题整改作为打造市场化法治化国际化一流营商环境的重要抓手，"
      "做到问题不查清不放过、整改不到位不放过、企业不满意不放过。2026年6月底前，清单所列问题基本完成整改；"
      "2026年12月底前，全部问题整改到位并建立健全长效机制。")
    H1("二、工作措施")
    B([("（一）压实整改责任。", KT, None),
       "各责任单位主要负责同志是整改工作第一责任人，要对照清单逐项制定整改方案，明确具体措施、责任人和完成时限，"
       "做到整改一项、销号一项。涉及多个责任单位的，排在首位的为牵头单位，其他为配合单位。"])
    B([("（二）建立工作台账。", KT, None),
       "片区优化营商环境工作专班办公室（设在管委会综合协调局，以下简称专班办公室）建立整改工作台账，"
       "实行清单化管理、动态化更新。各责任单位于每月25日前向专班办公室报送整改进展情况，整改状态发生变化的应及时更新。"])
    B([("（三）强化督促检查。", KT, None),
       "专班办公室采取“四不两直”、随机抽查、企业回访等方式，对整改情况开展跟踪督查。"
       "对整改不力、进展滞后、敷衍应付的，视情予以通报、约谈；情节严重的，按照有关规定追究责任。"])
    B([("（四）注重长效常治。", KT, None),
       "各责任单位要举一反三，既抓具体问题整改，又从制度机制层面查找根源，推动形成一批可复制可推广的制度创新成果，"
       "防止问题反弹回潮。"])
    H1("三、有关要求")
    B("1.各牵头单位要加强统筹协调，配合单位要主动对接、密切配合，形成整改合力。")
    B("2.整改过程中遇到的重大问题和困难，要及时向管委会报告。")
    B("3.问题整改完成后，责任单位要形成整改报告并附佐证材料，经分管领导审核后报专班办公室，由专班办公室组织验收销号。")
    B("联系人：管委会综合协调局陈晓燕，联系电话：0592-5678123。")
    empty(doc)
    # 附件 line with hand-made hanging indent (soft break + full-width spaces)
    p = doc.add_paragraph()
    fmt(p, align=LEFT, first=Pt(32))
    add_runs(p, ["附件：中国（福建）自由贸易试验区厦门片区营商环境", ("BR",),
                 "\u3000\u3000\u3000\u3000\u3000专项督查发现问题整改清单"])
    empty(doc)
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=RIGHT, right=Pt(32))
    add_runs(p, [ISSUER])
    p = doc.add_paragraph()
    fmt(p, align=RIGHT, right=Pt(80))
    add_runs(p, ["2026年3月16日"])
    p = doc.add_paragraph()
    fmt(p, align=LEFT, first=Pt(32))
    add_runs(p, ["（此件公开发布）"])
    empty(doc)
    empty(doc)
    banji(doc, "抄送：福建省自由贸易试验区工作领导小组办公室，厦门市人民政府办公厅。",
          "厦门片区管委会综合协调局", "2026年3月17日")

    notice = {"meta": meta(
        "中国（福建）自由贸易试验区厦门片区管理委员会关于印发营商环境专项督查发现问题整改清单的通知",
        "厦自贸委〔2026〕9号", [ISSUER], "2026-03-16", "zone",
        "中国（福建）自由贸易试验区厦门片区", [LIST_TITLE], "通知",
        ["管委会各部门", "各功能区管理办公室", "有关驻区单位"], "此件公开发布"),
        "clauses": clauses}

    # ---------------- attachment in landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    p = doc.add_paragraph()
    fmt(p, align=LEFT)
    add_runs(p, [("附件", HT, None)])
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=32, after=8)
    add_runs(p, [LIST_TITLE], XBS, 18)

    headers = [("序号", "序号"), ("问题描述", "问题描述"), ("整改措施", "整改措施"),
               ("责任\n单位", "责任单位"), ("整改\n时限", "整改时限"), ("整改\n状态", "整改状态")]
    widths = [1.2, 6.6, 8.4, 4.2, 2.3, 2.0]
    rows = [
        ("cat", "一、政务服务方面"),
        ["1",
         "片区“一件事一次办”事项覆盖面不广，企业开办、工程建设等高频事项仍需在多个窗口间流转。部分事项线上办理深度不足，申请材料仍需线下重复提交。督查抽查的20件企业开办业务中，有6件存在材料二次提交情况。",
         ["1.梳理企业全生命周期高频事项，新增“一件事一次办”主题套餐10个以上。",
          "2.推行“一窗受理、集成服务”，实现综合窗口统一收件、内部流转。",
          "3.依托“i厦门”平台打通数据共享，对已提交材料不再要求重复提供。"],
         ["片区管委会行政审批局、", "市政务服务中心管委会、", "市大数据管理局"],
         "2026年6月底前", "整改中"],
        ["2",
         "惠企政策“免申即享”落实不到位。部分扶持资金仍要求企业自行申报、逐级审核，兑现周期平均超过90天。政策发布渠道分散，企业反映“找政策难、看不懂”。",
         ["1.编制惠企政策“免申即享”清单，2026年新增免申即享事项不少于15项。",
          "2.压缩资金兑现流程，原则上审核通过后30个工作日内拨付到位。",
          "3.在片区政务服务网开设政策专栏，提供政策解读和精准推送服务。"],
         ["片区管委会财政局、", "片区管委会经济发展局、", "各功能区管理办公室"],
         "2026年9月底前", "整改中"],
        ["3",
         ["政务服务“好差评”结果运用不充分。差评回访整改闭环率偏低，2025年第四季度差评件按期整改率仅为71%。",
          "部分窗口人员业务不熟，存在“一次性告知”不到位问题。"],
         ["1.建立差评件“受理—核查—整改—反馈”全流程闭环机制，整改率达到100%。",
          "2.每季度开展窗口人员业务培训和考核，考核结果与绩效挂钩。",
          "3.严格落实一次性告知、首问负责等制度，开展“走流程、找堵点”体验活动。"],
         ["片区管委会行政审批局"],
         "长期坚持", "持续推进"],
        ("cat", "二、投资贸易便利化方面"),
        ["4",
         "国际贸易“单一窗口”部分特色功能使用率不高。船舶通关一体化、跨境电商等模块与企业自建系统对接不畅，部分企业仍需重复录入数据。出口退税备案单证电子化推进较慢。",
         ["1.优化国际贸易“单一窗口”厦门平台接口，年内完成与20家重点企业系统直连。",
          "2.推动出口退税备案单证全面电子化，实现“无纸化”申报。",
          "3.组织开展“单一窗口”功能推介和操作培训，覆盖外贸企业不少于500家次。"],
         ["片区管委会商务局、", "厦门海关、", "国家税务总局厦门市税务局、", "市口岸办"],
         "2026年12月底前", "整改中"],
        ["5",
         "外商投资企业反映准入后“隐性门槛”仍然存在。部分行业许可审批中对外资企业额外要求提供境外母公司证明材料。外商投资企业投诉工作机制知晓度不高，2025年受理投诉件仅3件。",
         ["1.全面清理涉企审批中对外资企业的差别化要求，确保内外资一致对待。",
          "2.完善片区外商投资企业投诉工作机制，公布受理渠道和办理时限。",
          "3.每半年召开外资企业圆桌会议，及时协调解决企业诉求。"],
         ["片区管委会商务局、", "片区管委会行政审批局、", "市司法局"],
         "2026年6月底前", "整改中"],
        ["6",
         "中欧（厦门）班列回程货源组织不足。2025年回程班列开行占比不足三成，空箱回运成本较高。班列运费补贴政策与海铁联运政策衔接不够，企业享受政策手续繁琐。",
         ["1.拓展中亚、欧洲回程货源，支持平台企业在沿线设立集货分拨中心。",
          "2.整合班列运费补贴与海铁联运扶持政策，简化申报材料。",
          "3.推动海关“铁路快通”模式常态化运行，压缩班列通关时间。"],
         ["片区管委会商务局、", "片区管委会港航局、", "厦门海关、", "中国铁路南昌局集团有限公司厦门货运中心"],
         "2026年12月底前", "整改中"],
        ("cat", "三、监管执法方面"),
        ["7",
         "涉企检查仍存在多头检查、重复检查现象。督查走访的35家企业中，有9家反映一年内接受同类检查3次以上。“双随机、一公开”跨部门联合抽查比例偏低。",
         ["1.制定片区年度涉企检查计划，统筹合并同一企业的检查事项。",
          "2.跨部门联合抽查占比提高到40%以上。",
          "3.推行“扫码入企”，对涉企检查实行全程留痕管理。"],
         ["片区管委会综合执法局、", "市市场监管局、", "片区各执法部门"],
         "2026年6月底前", "已完成"],
        ["8",
         "包容审慎监管制度落实不到位。轻微违法行为免罚清单适用范围较窄，部分执法人员对首违不罚把握不准。执法文书说理性不强。",
         ["1.扩充轻微违法行为不予处罚和从轻减轻处罚事项清单。",
          "2.开展典型案例评查，统一自由裁量基准适用尺度。",
          "3.推行说理式执法文书，全面落实行政执法“三项制度”。"],
         ["市司法局、", "片区管委会综合执法局"],
         "2026年9月底前", "整改中"],
        ["9",
         "综合保税区内企业反映货物进出区查验时间偏长。部分保税维修、保税研发业务监管模式不够灵活，制约新业态发展。",
         ["1.推广“分类监管+智能卡口”模式，提高货物进出区通关效率。",
          "2.争取扩大保税维修产品目录，支持开展“两头在外”检测维修业务。",
          "3.建立综保区企业问题快速响应机制，对企业诉求实行限时办结。"],
         ["厦门海关、", "象屿综合保税区管理局、", "海沧港综合保税区管理局"],
         "2026年12月底前", "整改中"],
        ("cat", "四、要素保障方面"),
        ["10",
         "产业用地供给与项目落地需求不匹配。“标准地”出让比例不高，部分项目从签约到供地超过12个月。闲置低效用地盘活进展缓慢。",
         ["1.新增工业用地原则上按“标准地”出让，推行“拿地即开工”。",
          "2.建立重点项目用地保障清单，实行挂图作战。",
          "3.开展闲置低效用地专项清理，年内盘活存量用地不少于300亩。"],
         ["市自然资源和规划局、", "片区管委会规划建设局"],
         "2026年12月底前", "整改中"],
        ["11",
         "跨境金融服务便利度有待提升。中小外贸企业反映跨境人民币结算、外汇收支手续仍较繁琐。贸易外汇收支便利化试点覆盖企业数量偏少。",
         ["1.扩大贸易外汇收支便利化试点银行和企业范围。",
          "2.推广跨境人民币结算“首办户”服务，开展政银企对接活动。",
          "3.依托跨境金融服务平台拓展出口信保保单融资等应用场景。"],
         ["中国人民银行厦门市分行、", "国家外汇管理局厦门市分局、", "片区管委会金融服务局"],
         "长期坚持", "持续推进"],
        ["12",
         "人才服务保障政策兑现不及时。高层次人才购房补贴、子女入学等政策办理环节多。外籍人才工作许可和居留许可“一窗通办”尚未全面落地。",
         ["1.梳理人才服务事项，实行人才政策“一站式”受理。",
          "2.全面推行外籍人才工作许可和居留许可“一窗受理、并联审批”。",
          "3.建立人才诉求台账，实行专人跟踪办理。"],
         ["市人力资源和社会保障局、", "市公安局出入境管理局、", "片区管委会人才工作办公室"],
         "2026年6月底前", "整改中"],
    ]
    modes = ["single", "br", "br", "br", "single", "single"]
    list_clauses = build_list_table(doc, headers, widths, rows, modes)
    note = "注：整改状态分为“已完成”“整改中”“持续推进”三类，由责任单位每月25日前更新报送。"
    p = doc.add_paragraph()
    fmt(p, align=LEFT, line=22, before=6)
    add_runs(p, [note], KT, 12)
    list_clauses.append(note)

    lst = {"meta": meta(LIST_TITLE, None, [ISSUER], "2026-03-16", "zone",
                        "中国（福建）自由贸易试验区厦门片区", [], "清单", [], None),
           "clauses": list_clauses}
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [notice, lst]
    return path


# ================================================================ Doc B
def make_zhengzhou():
    stem = "blind650_zhengzhou_tongzhi"
    doc = new_doc()
    ISSUER = "郑州市人民政府办公室"
    red_header(doc, ["郑州市人民政府办公室文件"], 36)
    doc_number_line(doc, "郑政办〔2026〕14号")
    # title typed as two separate paragraphs
    title(doc, ["郑州市人民政府办公室关于抓好中国（河南）"])
    title(doc, ["自由贸易试验区郑州片区营商环境专项督查"])
    title(doc, ["发现问题整改工作的通知"])
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=JUSTIFY)
    add_runs(p, ["各开发区管委会，各区县（市）人民政府，市人民政府各部门："])

    clauses = []

    def B(segs, **kw):
        body(doc, segs, **kw)
        if isinstance(segs, str):
            clauses.append(segs)
        else:
            clauses.append("".join(s if isinstance(s, str) else s[0] for s in segs))

    def H1(t):
        body(doc, [(t, HT, None)])

    B("2026年2月至3月，市优化营商环境工作领导小组组织对中国（河南）自由贸易试验区郑州片区营商环境开展专项督查，"
      "共发现4个方面10项问题。为扎实推进问题整改，持续打造市场化法治化国际化一流营商环境，经市政府同意，现将有关事项通知如下。")
    H1("一、整改目标")
    B("坚持即知即改、立行立改，对能够立即解决的问题，迅速整改到位；对需要一定时间解决的问题，明确阶段目标，持续推进整改。"
      "2026年6月底前，清单所列问题取得明显成效；2026年12月底前，各项问题全部整改到位，企业满意度明显提升。")
    H1("二、问题整改清单")
    B("督查发现的问题及整改措施、责任单位、整改时限如下表。责任单位有多个的，排在第一位的为牵头单位。")

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=30, after=6)
    add_runs(p, [("中国（河南）自由贸易试验区郑州片区营商环境专项督查发现问题整改清单", HT, None)], HT, 16)

    headers = [("序\n号", "序号"), ("问题描述", "问题描述"), ("整改措施", "整改措施"),
               ("责任单位", "责任单位"), ("整改时限", "整改时限"), ("整改\n状态", "整改状态")]
    widths = [1.0, 6.8, 8.6, 4.3, 2.3, 1.7]
    rows = [
        ("cat", "一、政务服务方面"),
        ["1",
         "片区“证照分离”改革事项与审批系统衔接不畅，部分告知承诺制事项仍需提交已承诺材料。企业注销“一网通办”知晓率低，简易注销平均用时仍在20天以上。",
         ["全面梳理“证照分离”改革事项，同步调整审批系统办事指南和材料清单。",
          "对实行告知承诺制的事项，一律不再要求提交已承诺材料。",
          "优化企业注销“一网通办”平台，简易注销公告期满后1个工作日内办结。"],
         ["郑州片区管委会、", "市市场监管局、", "市政务服务办"],
         "2026年6月底前", "整改中"],
        ["2",
         "工程建设项目审批“多测合一”“联合验收”推进不到位。督查抽查的8个项目中，有5个项目仍分别委托测绘单位开展测量。部分竣工联合验收事项各部门意见不统一，反复修改。",
         ["全面推行“多测合一”，同一阶段测绘事项由一家测绘单位完成、成果共享互认。",
          "制定联合验收工作规程，明确各部门验收标准和办理时限。",
          "建立联合验收争议事项会商机制，由牵头部门限时协调解决。"],
         ["市城乡建设局、", "市自然资源和规划局、", "郑州片区管委会"],
         "2026年9月底前", "整改中"],
        ["3",
         "“12345”热线涉企诉求办理质量不高。部分诉求存在“答非所问”“简单回复”情况，企业满意率低于全市平均水平。诉求办理结果未有效反哺政策优化。",
         ["建立涉企诉求专班办理机制，对重复诉求实行提级督办。",
          "开展涉企诉求办理质量月度评估并通报结果。",
          "定期分析涉企诉求热点，形成政策优化建议报市政府。"],
         ["市政务服务办、", "各有关单位"],
         "长期坚持", "持续推进"],
        ("cat", "二、开放平台建设方面"),
        ["4",
         "跨境电商综合试验区线上综合服务平台功能单一，与海关、税务、外汇等部门数据对接不全。部分跨境电商企业反映“9710”“9810”出口申报流程不熟悉，政策红利释放不充分。",
         ["升级跨境电商线上综合服务平台，完成与海关、税务、外汇管理部门数据对接。",
          "开展跨境电商B2B出口监管模式专题培训不少于4场。",
          "支持跨境电商企业建设海外仓，对符合条件的项目给予资金支持。"],
         ["市商务局、", "郑州海关、", "国家税务总局郑州市税务局、", "国家外汇管理局河南省分局"],
         "2026年12月底前", "整改中"],
        ["5",
         "郑州新郑综合保税区、郑州经开综合保税区部分企业反映保税仓储货物“分送集报”“先出区后报关”等便利措施落地不充分。区内企业开展保税维修、融资租赁等新业务的审批流程较长。",
         ["推动“分送集报”“先出区后报关”等措施全面落地。",
          "梳理综保区新业态审批事项，压缩办理时限30%以上。",
          "建立综保区企业服务专员制度，对重点企业“一对一”跟踪服务。"],
         ["郑州海关、", "郑州航空港经济综合实验区管委会、", "郑州经济技术开发区管委会"],
         "2026年9月底前", "整改中"],
        ["6",
         "中欧班列（中豫号）集结中心功能发挥不够，与航空港、铁路口岸的多式联运衔接不畅。班列运输全程时效不稳定，部分企业反映信息查询不便。",
         ["完善中欧班列集结中心功能，推进公铁、空铁多式联运“一单制”。",
          "上线班列全程物流信息查询服务，实现货物在途状态实时可查。",
          "加密至中亚、欧洲主要节点城市的班列线路。"],
         ["市发展改革委、", "市商务局、", "河南中豫国际港务集团有限公司"],
         "2026年12月底前", "整改中"],
        ("cat", "三、市场主体权益保护方面"),
        ["7",
         "政府部门和国有企业拖欠企业账款问题仍有发生。督查发现片区内3家中小企业被拖欠工程款合计超过1200万元。清欠工作台账更新不及时。",
         ["全面排查政府部门和国有企业拖欠中小企业账款情况，建立清欠台账。",
          "对已确认的拖欠账款制定还款计划，明确还款时限。",
          "建立防范拖欠长效机制，将清欠情况纳入单位绩效考核。"],
         ["市工业和信息化局、", "市财政局、", "市国资委、", "郑州片区管委会"],
         "2026年6月底前", "整改中"],
        ["8",
         "涉企行政执法自由裁量权行使不规范。个别执法部门对同类违法行为处罚尺度不一。企业信用修复流程不清晰，办理周期较长。",
         ["修订完善行政处罚裁量基准，统一同类违法行为处罚尺度。",
          "编制信用修复办事指南，推行信用修复“一网通办”。",
          "开展涉企行政执法专项监督检查。"],
         ["市司法局、", "市发展改革委、", "市市场监管局"],
         "2026年3月底前", "已完成"],
        ("cat", "四、要素保障方面"),
        ["9",
         "企业融资难、融资贵问题仍较突出。片区普惠小微贷款增速低于全市平均水平。知识产权质押融资、供应链金融等产品供给不足。",
         ["深化“政银担”合作，扩大普惠小微贷款投放规模。",
          "推广知识产权质押融资，年内新增质押融资额不低于5亿元。",
          "支持核心企业开展供应链金融业务，拓宽中小企业融资渠道。"],
         ["市委金融办、", "中国人民银行河南省分行、", "市市场监管局"],
         "长期坚持", "持续推进"],
        ["10",
         "用水用电用气报装服务有待优化。部分小微企业低压办电仍需现场勘查，接电时间超过承诺时限。水电气网联合报装尚未在片区全面推行。",
         ["推行低压小微企业用电报装“三零”服务，接电时间压缩至15个工作日以内。",
          "全面推行水电气网联合报装“一件事”。",
          "公开报装服务标准和收费标准，接受社会监督。"],
         ["国网郑州供电公司、", "市城市管理局、", "郑州片区管委会"],
         "2026年6月底前", "整改中"],
    ]
    modes = ["single", "single", "auto", "para", "single", "single"]
    for c in build_list_table(doc, headers, widths, rows, modes, cat_font=HT, size=10.5):
        clauses.append(c)
    note = "注：整改状态截至2026年3月31日。"
    p = doc.add_paragraph()
    fmt(p, align=LEFT, line=22, before=6)
    add_runs(p, [note], FS, 12)
    clauses.append(note)

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec)
    H1("三、保障措施")
    B([("（一）加强组织领导。", FS, True),
       "各责任单位要把问题整改作为优化营商环境的重要任务，主要负责同志亲自抓、负总责，分管负责同志具体抓，确保各项整改任务按时完成。"])
    B([("（二）加强协同联动。", FS, True),
       "牵头单位要主动履职、统筹推进，配合单位要积极支持、协同发力。郑州片区管委会要发挥属地作用，及时协调解决整改中遇到的问题。"])
    B([("（三）加强督导问效。", FS, True),
       "市政府督查室会同市优化营商环境工作领导小组办公室对整改情况开展专项督导，整改情况纳入年度营商环境评价和目标绩效考核。"
       "对整改不力的单位，按照有关规定予以通报。"])
    B([("（四）加强信息报送。", FS, True),
       "各责任单位于每月5日前将上月整改进展情况报送市政府督查室，全部整改完成后10个工作日内报送整改工作总结。"])
    B("联系人：市政府督查室刘洋；联系电话：0371-67181234；电子邮箱：zzdcs@zhengzhou.gov.cn。")
    empty(doc)
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=LEFT)
    add_runs(p, ["\u3000" * 16 + ISSUER])
    p = doc.add_paragraph()
    fmt(p, align=LEFT)
    add_runs(p, ["\u3000" * 17 + "2026年4月2日"])
    empty(doc)
    empty(doc)
    empty(doc)
    banji(doc, "抄送：市委各部门，郑州警备区，市人大常委会办公厅，市政协办公室，市法院，市检察院。",
          "郑州市人民政府办公室", "2026年4月3日")

    notice = {"meta": meta(
        "郑州市人民政府办公室关于抓好中国（河南）自由贸易试验区郑州片区营商环境专项督查发现问题整改工作的通知",
        "郑政办〔2026〕14号", [ISSUER], "2026-04-02", "municipal", "郑州市", [], "通知",
        ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门"], None),
        "clauses": clauses}
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [notice]
    return path


# ================================================================ Doc C
def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def make_qingdao():
    stem = "blind650_qingdao_tongzhi"
    doc = new_doc()
    ISS1 = "青岛市商务局"
    ISS2 = "中国（山东）自由贸易试验区青岛片区管理委员会"
    LIST_TITLE = "中国（山东）自由贸易试验区青岛片区营商环境专项督查发现问题整改清单"
    # joint red header typed as a layout table: two organ names left, 文件 right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    no_borders(t)
    set_grid(t, [12.2, 3.4])
    for i, name in enumerate([ISS1, ISS2]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        fmt(p, align=JUSTIFY if i == 0 else CENTER, line=None)
        p.paragraph_format.line_spacing = 1.0
        r = p.add_run(name)
        set_font(r, XBS, 15 if i == 1 else 22, None, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    fmt(p, align=CENTER, line=None)
    set_font(p.add_run("文件"), XBS, 34, None, RED)
    doc_number_line(doc, "青商务字〔2026〕21号")
    title(doc, ["关于印发中国（山东）自由贸易试验区", ("BR",),
                "青岛片区营商环境专项督查发现问题", ("BR",), "整改清单的通知"])
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=JUSTIFY)
    add_runs(p, ["青岛片区各功能区，市直有关部门，有关驻青单位："])

    clauses = []

    def B(segs, **kw):
        body(doc, segs, **kw)
        if isinstance(segs, str):
            clauses.append(segs)
        else:
            clauses.append("".join(s if isinstance(s, str) else s[0] for s in segs))

    B("根据《山东省优化营商环境条例》和省、市关于深化自由贸易试验区改革创新的工作部署，2026年3月，"
      "市优化营商环境工作领导小组办公室组织对中国（山东）自由贸易试验区青岛片区营商环境开展专项督查，"
      "共梳理出4个方面10项问题。现将《" + LIST_TITLE + "》印发给你们，请结合实际认真抓好整改落实。")
    B([("一、提高思想认识。", HT, None),
       "营商环境是发展的“软实力”和“硬竞争力”。各责任单位要把问题整改作为检验作风能力的重要标尺，"
       "切实增强紧迫感和责任感，坚决杜绝“纸面整改”“虚假整改”。"])
    B([("二、严格整改标准。", HT, None),
       "各责任单位要对照清单逐项研究整改措施，能立即整改的立行立改，需要长期推进的制定阶段性目标，"
       "确保整改措施具体、可操作、可检验。整改时限为“长期坚持”的，要建立常态化工作机制。"])
    B([("三、加强跟踪问效。", HT, None),
       "市商务局、青岛片区管委会将建立整改工作台账，定期调度整改进展，对重点问题开展“回头看”。"
       "对整改进度滞后的单位，进行督办提醒。"])
    B([("四、强化结果运用。", HT, None),
       "整改情况将纳入全市营商环境评价和自贸试验区建设考核，作为评先树优的重要参考。"])
    B("请各责任单位于2026年5月10日前将阶段性整改情况报送市商务局（自贸试验区工作处），"
      "2026年12月20日前报送整改工作总结。联系电话：0532-85911234，电子邮箱：qdftz@qingdao.gov.cn。")
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=LEFT, first=Pt(32))
    add_runs(p, ["附件：" + LIST_TITLE])
    empty(doc)
    empty(doc)
    # joint 落款 typed in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    no_borders(t)
    set_grid(t, [5.0, 10.6])
    for ci, name in enumerate([ISS1, ISS2]):
        p = t.cell(0, ci).paragraphs[0]
        fmt(p, align=CENTER, line=28)
        set_font(p.add_run(name), FS, 16)
    p = t.cell(1, 1).paragraphs[0]
    fmt(p, align=CENTER, line=28)
    set_font(p.add_run("2026年4月20日"), FS, 16)
    p = doc.add_paragraph()
    fmt(p, align=LEFT, first=Pt(32), before=14)
    add_runs(p, ["（此件公开发布）"])

    notice = {"meta": meta(
        "关于印发中国（山东）自由贸易试验区青岛片区营商环境专项督查发现问题整改清单的通知",
        "青商务字〔2026〕21号", [ISS1, ISS2], "2026-04-20", "municipal", "青岛市",
        [LIST_TITLE], "通知", ["青岛片区各功能区", "市直有关部门", "有关驻青单位"], "此件公开发布"),
        "clauses": clauses}

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    p = doc.add_paragraph()
    fmt(p, align=LEFT)
    add_runs(p, [("附件", HT, None)])
    empty(doc, 14)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=32, after=8)
    add_runs(p, ["中国（山东）自由贸易试验区青岛片区营商环境专项督查", ("BR",), "发现问题整改清单"], XBS, 20)

    headers = [(h, h) for h in HEAD6]
    widths = [1.2, 6.8, 8.6, 4.2, 2.2, 1.7]
    rows = [
        ("cat", "一、政务服务方面"),
        ["1",
         "片区“全域通办”事项清单更新不及时，部分事项在功能区之间办理标准不一致。企业跨功能区迁移需重新提交材料，办理时间较长。",
         ["1.动态调整“全域通办”事项清单，统一各功能区办理标准。",
          "2.实现企业跨功能区迁移“一次申请、全程网办”。"],
         ["青岛片区行政审批服务局、", "各功能区管理机构"],
         "2026年6月底前", "整改中"],
        ["2",
         "涉企证照电子化应用场景不多。电子营业执照、电子许可证在银行开户、招投标等场景中认可度不高，企业仍需提供纸质证照。",
         ["1.拓展电子证照在金融、招投标、不动产登记等领域的应用场景。",
          "2.推动银行网点全面认可电子营业执照。"],
         None, None, "整改中"],
        ["3",
         "政务服务“帮办代办”队伍专业化程度不高。部分代办人员对重大项目审批流程不熟悉，难以提供全流程服务。",
         ("mode", "single", "1.组建重点项目专业帮办代办队伍；2.编制帮办代办服务手册；3.每半年开展一次业务培训。"),
         ["青岛片区行政审批服务局"],
         "2026年9月底前", "整改中"],
        ("cat", "二、贸易便利化方面"),
        ["1",
         "青岛前湾综合保税区“保税+”业态发展不充分。保税维修、保税展示交易等业务规模偏小。部分企业反映入区货物“一票多车”通关手续繁琐。",
         ["1.推广“一票多车”“分类监管”等便利化措施。",
          "2.支持开展保税维修、保税展示交易等新业态，培育示范企业5家以上。",
          "3.建立综保区重点企业联系服务制度。"],
         ["青岛海关、", "青岛前湾综合保税区管理委员会"],
         "2026年12月底前", "整改中"],
        ["2",
         "跨境电商出口退货“退得难”问题较突出。出口退货监管仓建设滞后，退货商品二次销售渠道不畅。跨境电商企业出口退税办理周期较长。",
         ["1.加快建设跨境电商出口退货监管仓，年内投入运营。",
          "2.优化跨境电商出口退货监管流程。",
          "3.推动跨境电商出口退税“即报即审”。"],
         ["市商务局、", "青岛海关、", "国家税务总局青岛市税务局"],
         "2026年12月底前", "整改中"],
        ["3",
         "国际航行船舶转港数据复用和船舶“一单多报”推进较慢。港口作业单证电子化率不高，船公司、货代企业反映仍需线下递交部分单证。",
         ["1.推进国际航行船舶转港数据复用，实现“一次申报、多次使用”。",
          "2.推动港口作业单证全面电子化。"],
         ["市口岸办、", "青岛海事局、", "山东港口青岛港集团"],
         "长期坚持", "持续推进"],
        ("cat", "三、投资促进和产业发展方面"),
        ["1",
         "外资项目跟踪服务机制不健全。部分已签约外资项目落地进度滞后，项目推进中的问题缺少专人协调。对日韩等重点国别招商的精准度不高。",
         ["1.建立外资项目“签约—注册—开工—投产”全周期跟踪服务机制。",
          "2.实行重点外资项目“项目管家”制度。",
          "3.围绕日韩重点产业链开展精准招商，年内举办专题推介活动不少于3场。"],
         ["市商务局、", "青岛片区经济发展局"],
         "2026年6月底前", "整改中"],
        ["2",
         "RCEP企业服务中心服务功能有待拓展。原产地证书智能审核、关税减让查询等服务使用率偏低，中小企业对RCEP规则运用能力不足。",
         ["1.升级RCEP企业服务中心线上平台，提供关税减让智能查询服务。",
          "2.开展RCEP规则进园区、进企业培训活动。"],
         ["市商务局、", "青岛海关、", "青岛市贸促会"],
         "长期坚持", "持续推进"],
        ("cat", "四、法治保障方面"),
        ["1",
         "涉外商事纠纷多元化解机制作用发挥不够。国际商事调解、仲裁与诉讼衔接不顺畅，企业对涉外法律服务资源知晓度不高。",
         ["1.完善涉外商事纠纷诉讼、调解、仲裁“一站式”解决机制。",
          "2.编印涉外法律服务指引，向企业免费发放。"],
         ["市司法局、", "青岛仲裁委员会、", "青岛片区法制工作局"],
         "2026年9月底前", "已完成"],
        ["2",
         "自贸试验区制度创新成果复制推广和评估不充分。部分已出台改革措施缺乏配套细则，企业获得感不强。",
         ["1.开展制度创新成果第三方评估。",
          "2.对已出台改革措施逐项制定配套细则或操作指引。"],
         ["青岛片区管委会综合办公室、", "市商务局"],
         "2026年12月底前", "整改中"],
    ]
    modes = ["single", "single", "para", "br", "single", "single"]
    # rows index 1 and 2 (in `rows`) share 责任单位 and 整改时限 (vertically merged)
    list_clauses = build_list_table(doc, headers, widths, rows, modes, cat_font=KT, size=10.5,
                                    vmerges=[(1, 2, 3), (1, 2, 4)])

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec)
    for _ in range(14):
        empty(doc)
    banji(doc, "抄送：山东省商务厅，青岛市人民政府办公厅，市优化营商环境工作领导小组办公室。",
          "青岛市商务局办公室", "2026年4月21日")

    lst = {"meta": meta(LIST_TITLE, None, [ISS1, ISS2], "2026-04-20", "municipal", "青岛市",
                        [], "清单", [], None),
           "clauses": list_clauses}
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [notice, lst]
    return path


def main():
    paths = [make_xiamen(), make_zhengzhou(), make_qingdao()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
