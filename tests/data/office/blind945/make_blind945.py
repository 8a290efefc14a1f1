# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 945: 司法厅征求意见函 + 修订对照表 + 修订草案 (自贸试验区条例), Word + PDF + expected.json."""
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


def add_par(doc, runs, **kw):
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    _apply_pb(doc, p)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        succ = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
        for child in ppr:
            if child.tag in [qn(t) for t in succ]:
                child.addprevious(bdr)
                break
        else:
            ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    """Next paragraph starts a new page (the clerk ticks 段前分页)."""
    doc._pb_next = True


def _apply_pb(doc, p):
    if getattr(doc, "_pb_next", False):
        p.paragraph_format.page_break_before = True
        doc._pb_next = False


def _field_page(fp, size=14, name=SONG):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, pn_left="— ", pn_right=" —", pn_align=WD_ALIGN_PARAGRAPH.CENTER):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = pn_align
    font(fp.add_run(pn_left), SONG, 14)
    _field_page(fp)
    font(fp.add_run(pn_right), SONG, 14)


def cell_text(cell, paras, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    """paras: str or list of str (one Word paragraph each inside the cell)."""
    if isinstance(paras, str):
        paras = [paras]
    cell.text = ""
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        font(p.add_run(t), name, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(round(size * 1.4))
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))


def header_row(table, header, size=12):
    for i, h in enumerate(header):
        cell_text(table.rows[0].cells[i], h, HT, size, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(table.rows[0])


def row_clause(header, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, values))


def banji(doc, cc, printer, date_txt, gap=1):
    empty(doc, gap, line=16)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first, HT, HT, HT))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_945", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "函", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A  浙江
def doc_zhejiang():
    stem = "blind945_zhejiang_han"
    doc = Document()
    setup(doc)
    clauses = []

    # 信函格式：紧急程度 + 机关名称 + 红色双线 + 文号居右
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省司法厅", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    add_par(doc, "浙司函〔2026〕37号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    # 标题：三个段落，断在“自由贸易/试验区”这种别扭的位置
    for t in ("浙江省司法厅关于征求《中国（浙江）自由",
              "贸易试验区条例（修订草案征求意见稿）》",
              "意见的函"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省发展改革委、省经信厅、省商务厅、省市场监管局，杭州海关、宁波海关，"
                 "舟山市人民政府、金华市人民政府，中国（浙江）自由贸易试验区各片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为贯彻落实自由贸易试验区提升战略，推进中国（浙江）自由贸易试验区高水平制度型开放，省商务厅起草了"
         "《中国（浙江）自由贸易试验区条例（修订草案送审稿）》，报请省政府审查。我厅会同省商务厅对送审稿进行了研究修改，"
         "形成了《中国（浙江）自由贸易试验区条例（修订草案征求意见稿）》（以下简称《征求意见稿》），现送你们征求意见。")
    body("此次修订共涉及条文9条，其中新增2条、修改4条、删除3条，主要包括：拓展条例适用范围，将宁波、杭州、金义三个片区纳入调整范围；"
         "新增对接国际高标准数字贸易规则的规定；增加保税液化天然气、绿色甲醇等清洁燃料加注内容；新增支持“义新欧”中欧班列拓展线路、"
         "推动宁波舟山港海铁联运衔接的规定；细化改革创新容错免责的适用条件。具体修改情况详见修订对照表。")
    body("请你们结合职责认真研究，于2026年4月10日前将书面意见（加盖单位公章）反馈我厅立法二处，电子版同时发送至联系人邮箱。"
         "对条文提出修改意见的，请注明条文序号并说明理由；逾期未反馈的，视为无意见。")
    body("联系人：立法二处 陈思远，联系电话：0571-87052316，电子邮箱：lfec@sft.zj.gov.cn。")
    add_par(doc, "特此函告。")
    empty(doc, 1)
    add_par(doc, "附件：1．《中国（浙江）自由贸易试验区条例》修订对照表")
    add_par(doc, "\u3000\u3000\u30002．中国（浙江）自由贸易试验区条例（修订草案征求意见稿）")
    empty(doc, 2)
    p = add_par(doc, " " * 40 + "浙江省司法厅", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 39 + "2026年3月16日", indent=False)

    # ---------------- 附件1 对照表
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("《中国（浙江）自由贸易试验区条例》修订对照表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=12, after=12)

    a1 = "第一条　为了推进和保障中国（浙江）自由贸易试验区建设，根据有关法律、行政法规和国务院批准的总体方案及扩展区域方案，结合本省实际，制定本条例。"
    a2 = "第二条　本条例适用于经国务院批准设立的中国（浙江）自由贸易试验区（以下简称自贸试验区），包括舟山、宁波、杭州、金义四个片区。"
    a3 = ["第三条　省人民政府统一领导自贸试验区建设工作，研究决定改革发展中的重大问题。",
          "片区所在地设区的市人民政府负责本片区建设的组织实施。"]
    a4 = "第四条　自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。"
    a5 = "第五条　自贸试验区应当对接国际高标准数字贸易规则，在数据跨境流动、电子认证和电子签名互认等方面开展先行先试。"
    a6 = "第六条　支持自贸试验区开展国际航行船舶保税燃料油加注业务，探索开展保税液化天然气、绿色甲醇等清洁燃料加注。"
    a7 = "第七条　支持“义新欧”中欧班列拓展线路和站点，推动宁波舟山港与“义新欧”中欧班列海铁联运衔接，服务共建“一带一路”。"
    a8 = ["第八条　自贸试验区内的改革创新未能实现预期目标，但同时符合下列条件的，对有关单位和个人不作负面评价，依法免除相关责任：",
          "（一）决策和实施程序符合国家和本省有关规定；",
          "（二）勤勉尽责、未牟取私利；",
          "（三）未恶意串通损害公共利益。"]
    a9 = "第九条　本条例自　　年　　月　　日起施行。"

    H = ["原条文", "修改后条文", "修改理由"]
    rows = [
        ["第二条　本条例适用于经国务院批准设立的中国（浙江）自由贸易试验区（以下简称自贸试验区）。",
         [a2], "明确扩展区域后自贸试验区的片区构成。"],
        ["（无）", [a5], "新增条款。落实国家关于在自由贸易试验区对接国际高标准经贸规则、推进制度型开放的要求。"],
        ["第五条　支持自贸试验区开展国际航行船舶保税燃料油加注业务。",
         [a6], "总结舟山片区保税燃料油加注实践经验，拓展清洁燃料加注业务。"],
        ["（无）", [a7], "新增条款。体现金义片区功能定位和服务共建“一带一路”的要求。"],
        ["第八条　自贸试验区内的改革创新未能实现预期目标，但有关单位和个人依照国家和本省规定程序决策、实施，且勤勉尽责、未牟取私利的，不作负面评价，依法免除相关责任。",
         a8, "细化容错免责的适用条件，增强可操作性。"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t, H, size=10.5)
    for ri, (orig, new, why) in enumerate(rows, 1):
        cell_text(t.rows[ri].cells[0], orig, size=10.5)
        cell_text(t.rows[ri].cells[1], new, size=10.5)
        cell_text(t.rows[ri].cells[2], why, size=10.5)
        clauses.append(row_clause(H, [orig, "".join(new), why]))
    col_widths(t, [5.4, 6.4, 3.8])
    note = "注：修改后条文序号为《征求意见稿》中的条文序号；本表仅列明主要修改条款，原条例第六条、第七条、第九条已删除，第一条等文字性修改未逐一列出。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=18, before=6)
    clauses.append(note)

    # ---------------- 附件2 修订草案（不分章，四号字）
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("中国（浙江）自由贸易试验区条例", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=6)
    add_par(doc, [("（修订草案征求意见稿）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, after=12)

    def art(paras):
        if isinstance(paras, str):
            paras = [paras]
        clauses.append("".join(paras))
        for i, tx in enumerate(paras):
            if i == 0:
                num, rest = tx.split("　", 1)
                add_par(doc, [(num, HT, 14, False), ("　" + rest, FS, 14, False)], line=23, first=Pt(28))
            else:
                add_par(doc, [(tx, FS, 14, False)], line=23, first=Pt(28))

    for a in (a1, a2, a3, a4, a5, a6, a7, a8, a9):
        art(a)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省司法厅关于征求《中国（浙江）自由贸易试验区条例（修订草案征求意见稿）》意见的函",
            doc_number="浙司函〔2026〕37号",
            issuer=["浙江省司法厅"],
            date="2026-03-16",
            region="浙江省",
            attachments=["《中国（浙江）自由贸易试验区条例》修订对照表",
                         "中国（浙江）自由贸易试验区条例（修订草案征求意见稿）"],
            recipients=["省发展改革委", "省经信厅", "省商务厅", "省市场监管局",
                        "杭州海关", "宁波海关", "舟山市人民政府", "金华市人民政府",
                        "中国（浙江）自由贸易试验区各片区管委会"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  四川
def doc_sichuan():
    stem = "blind945_sichuan_han"
    doc = Document()
    setup(doc, pn_left="-", pn_right="-")
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("四川省司法厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    empty(doc, 1)
    p = add_par(doc, "川司法函〔2025〕186号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # 标题：一个段落里用软回车折成两行
    p = doc.add_paragraph()
    font(p.add_run("四川省司法厅关于征求《中国（四川）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区条例（修订草案）》"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("修改意见的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省发展改革委、省经济和信息化厅、省财政厅、省交通运输厅、省商务厅、省市场监管局，成都海关，"
                 "成都市人民政府、泸州市人民政府，四川天府新区管委会，中国（四川）自由贸易试验区各片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    body("根据《四川省人民政府2025年立法工作计划》，《中国（四川）自由贸易试验区条例（修订草案）》（以下简称《修订草案》）"
         "由省商务厅负责起草，已报送省人民政府审查。为增强立法的科学性、民主性，现将《修订草案》及修订对照表送你们征求意见。"
         "有关事项函告如下：")
    head("修订的必要性")
    body("现行《中国（四川）自由贸易试验区条例》自2019年7月1日施行以来，对推进自贸试验区建设发挥了重要作用。"
         "随着国家实施自由贸易试验区提升战略、川渝自贸试验区协同开放示范区建设深入推进，中欧班列（成渝）、"
         "西部陆海新通道等开放通道加快建设，现行条例部分规定已不能完全适应改革发展需要，有必要进行修订。"
         "《修订草案》共4章10条，新增2条、修改4条，具体修改情况详见附件1。")
    head("反馈要求")
    body("1．请于2025年12月10日前将书面意见反馈我厅立法一处，并同时发送电子版。")
    body("2．意见请对照《修订草案》条文逐条提出，并附修改理由；无意见的，也请书面反馈。")
    body("3．省直部门请由办公室统一汇总后反馈，不要多头报送。")
    body("联系人：立法一处 何静雯；联系电话:028-86712035（兼传真）；电子邮箱：scsftlf1@163.com。")
    empty(doc, 1)
    add_par(doc, "附件：1．《中国（四川）自由贸易试验区条例》修订对照表")
    p = add_par(doc, "2．中国（四川）自由贸易试验区条例（修订草案）", indent=False)
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 1)
    for t in ("四川省司法厅", "2025年11月20日"):
        p = add_par(doc, t, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(64)
        p.paragraph_format.keep_with_next = True

    # ---------------- 附件1 对照表（带序号列，跨页手工续表，修改理由纵向合并）
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("《中国（四川）自由贸易试验区条例》修订对照表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)

    b1 = "第一条　为了推进和保障中国（四川）自由贸易试验区建设，推动内陆地区高水平对外开放，根据有关法律、行政法规和国务院批准的中国（四川）自由贸易试验区总体方案，结合四川省实际，制定本条例。"
    b2 = "第二条　本条例适用于经国务院批准设立的中国（四川）自由贸易试验区（以下简称自贸试验区），包括成都天府新区片区、成都青白江铁路港片区和川南临港片区。"
    b3 = "第三条　自贸试验区建设应当深度融入共建“一带一路”和长江经济带发展，协同推进成渝地区双城经济圈建设，打造内陆开放型经济高地。"
    b4 = "第四条　省人民政府设立的自贸试验区工作领导小组负责统筹推进自贸试验区建设，研究解决自贸试验区建设中的重大问题。"
    b5 = "第五条　成都市、泸州市人民政府应当建立健全片区管理机构，依法承担片区内的改革试验、产业发展、投资促进和统筹协调等职责。"
    b6 = "第六条　川渝两地自贸试验区应当建立协同开放机制，推进川渝自贸试验区协同开放示范区建设，在监管互认、政务服务“川渝通办”、要素跨区域流动等方面开展协同创新。"
    b7 = "第七条　支持成都国际铁路港建设国家级国际陆港，推动中欧班列（成渝）高质量发展，完善中欧班列集结中心功能。"
    b8 = "第八条　支持川南临港片区依托泸州港建设长江上游航运物流中心，推动西部陆海新通道与长江黄金水道联动发展。"
    b9 = "第九条　推行“一单制”多式联运，支持企业使用铁路运输单证、多式联运单证开展贸易融资，探索赋予铁路运输单证物权凭证功能。"
    b10 = "第十条　本条例自　　年　　月　　日起施行。"

    H = ["序号", "原条文", "修改后条文", "修改理由"]
    why45 = "对接国家西部陆海新通道总体规划和中欧班列发展规划，根据中欧班列品牌整合后的实际，强化开放通道功能。"
    rows = [
        ["1", "第二条　本条例适用于经国务院批准设立的中国（四川）自由贸易试验区。", b2, "明确自贸试验区的片区构成。"],
        ["2", "第五条　成都市、泸州市人民政府应当设立片区管理机构。", b5, "进一步明确片区管理机构的职责。"],
        ["3", "（新增）", b6, "新增条款。落实川渝自贸试验区协同开放示范区建设要求。"],
        ["4", "第六条　支持成都国际铁路港建设国际铁路枢纽，推动中欧班列（蓉欧）发展。", b7, why45],
        ["5", "第七条　支持川南临港片区建设泸州港。", b8, why45],
        ["6", "（新增）", b9, "新增条款。将“一单制”改革经验上升为法规规定。"],
    ]
    widths = [1.1, 4.7, 6.0, 3.8]

    def make_table(rs, merge_reason=False):
        t = doc.add_table(rows=1 + len(rs), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        header_row(t, H, size=10.5)
        for ri, r in enumerate(rs, 1):
            cell_text(t.rows[ri].cells[0], r[0], size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.rows[ri].cells[1], r[1], size=10.5)
            cell_text(t.rows[ri].cells[2], r[2], size=10.5)
            cell_text(t.rows[ri].cells[3], r[3], size=10.5)
            cant_split(t.rows[ri])
            clauses.append(row_clause(H, r))
        if merge_reason:
            top, bottom = t.rows[1].cells[3], t.rows[2].cells[3]
            m = top.merge(bottom)
            cell_text(m, why45, size=10.5)
        col_widths(t, widths)
        return t

    make_table(rows[:3])
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    make_table(rows[3:], merge_reason=True)
    note = "注：原条文序号为现行条例条文序号，修改后条文序号为《修订草案》条文序号。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    empty(doc, 1)
    p = add_par(doc, [("抄送：省人大常委会法制工作委员会。", FS, 14, False)], indent=False, line=24)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="四川省司法厅关于征求《中国（四川）自由贸易试验区条例（修订草案）》修改意见的函",
            doc_number="川司法函〔2025〕186号",
            issuer=["四川省司法厅"],
            date="2025-11-20",
            region="四川省",
            attachments=["《中国（四川）自由贸易试验区条例》修订对照表",
                         "中国（四川）自由贸易试验区条例（修订草案）"],
            recipients=["省发展改革委", "省经济和信息化厅", "省财政厅", "省交通运输厅", "省商务厅",
                        "省市场监管局", "成都海关", "成都市人民政府", "泸州市人民政府",
                        "四川天府新区管委会", "中国（四川）自由贸易试验区各片区管委会"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  云南
def doc_yunnan():
    stem = "blind945_yunnan_han"
    doc = Document()
    setup(doc, pn_left="— ", pn_right=" —", pn_align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses = []
    n_item = make_numbering(doc, "（%1）", first=0)

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("云南省司法厅", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=58, before=12)
    # 文号用制表位顶到右边，下面一条红线
    p = add_par(doc, [("\t", FS, 16, False), ("云司函〔2026〕5号", FS, 16, False)], indent=False, before=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("云南省司法厅关于对《中国（云南）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区条例（修订草案征求"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("意见稿）》征求意见的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各州（市）人民政府，省直有关部门，中国（云南）自由贸易试验区各片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("为做好《中国（云南）自由贸易试验区条例》修订工作，省商务厅在深入调研、总结自贸试验区建设经验的基础上，"
         "起草了《中国（云南）自由贸易试验区条例（修订草案征求意见稿）》（以下简称《征求意见稿》）。按照立法工作程序，"
         "现征求你们的意见，请于2026年2月6日前将修改意见反馈省司法厅。")
    body("此次修订坚持问题导向，重点围绕以下几个方面：")
    items = [("明确片区构成和功能定位。", "将昆明、红河、德宏三个片区的构成写入条例，突出建设面向南亚东南亚辐射中心的定位。"),
             ("强化沿边开放和通道建设。", "将中老铁路、西部陆海新通道建设和沿边跨境合作的实践经验上升为法规制度。"),
             ("完善跨境金融服务。", "支持扩大对老挝、缅甸、越南贸易投资的跨境人民币结算。")]
    cn = "一二三"
    for i, (h, t) in enumerate(items):
        clauses.append("（%s）%s%s" % (cn[i], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], indent=False, first=Pt(32))
        apply_num(p, n_item)
    # 同一个段落里用软回车换行：两段内容挤在一个 w:p 里
    t1 = "请各单位高度重视，认真研究提出意见建议。反馈意见请注明单位名称、联系人及联系电话,无意见的请回复“无意见”。"
    t2 = "联系人：省司法厅立法处 刘晓岚，联系电话：0871-63185207(兼传真)，电子邮箱：ynsftlfc@126.com"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    add_par(doc, IND + "附件：1.《中国（云南）自由贸易试验区条例》修订对照表", indent=False)
    add_par(doc, IND + "\u3000\u3000\u30002.中国（云南）自由贸易试验区条例（修订草案征求意见稿）", indent=False)
    empty(doc, 1)
    add_par(doc, " " * 42 + "云南省司法厅", indent=False)
    add_par(doc, " " * 38 + "二〇二六年一月九日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    # 附件另行装订：版记放在正文之后，附件左上角标文号
    banji(doc, "抄送：省人民政府办公厅，省人大常委会法制工作委员会。", "云南省司法厅办公室", "2026年1月9日印发", gap=1)

    # ---------------- 附件1
    page_break(doc)
    add_par(doc, [("云司函〔2026〕5号附件1", HT, 16, False)], indent=False)
    add_par(doc, [("《中国（云南）自由贸易试验区条例》修订对照表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=12, after=12)

    c1 = "第一条　为了推进和保障中国（云南）自由贸易试验区建设，根据有关法律、行政法规和国务院批准的总体方案，结合本省实际，制定本条例。"
    c2 = "第二条　本条例适用于经国务院批准设立的中国（云南）自由贸易试验区（以下简称自贸试验区），包括昆明片区、红河片区和德宏片区。"
    c3 = "第三条　自贸试验区应当发挥沿边区位优势，服务共建“一带一路”，建设面向南亚东南亚辐射中心。"
    c4 = "第四条　支持昆明片区依托中老铁路建设国际陆港，推动中老铁路与西部陆海新通道、中欧班列衔接，发展“澜湄快线”等国际货运班列。"
    c5 = "第五条　支持红河片区、德宏片区与河口、瑞丽等边境经济合作区和跨境经济合作区联动发展。"
    c6 = "第六条　推进跨境人民币结算，支持金融机构为企业开展对老挝、缅甸、越南贸易投资提供本外币结算服务。"
    c7 = ["第七条　省人民政府有关部门应当在下列事项上支持自贸试验区先行先试：",
          "（一）边民互市进口商品落地加工；",
          "（二）跨境电子商务与边境贸易融合发展；",
          "（三）国际物流通道运营主体培育。"]
    c8 = "第八条　本条例自　　年　　月　　日起施行。"

    H = ["原条文", "修改后条文", "修改理由"]
    rows = [
        ["第二条　本条例适用于经国务院批准设立的中国（云南）自由贸易试验区。", [c2], "明确自贸试验区片区构成。"],
        ["第十二条　支持昆明片区建设国际陆港。", [c4], "根据中老铁路开通运营后的实际，细化国际陆港和国际货运班列相关内容，并调整条文位置。"],
        ["（无）", [c5], "新增条款。推动自贸试验区与沿边开放平台联动发展。"],
        ["（无）", c7, "新增条款。以列举方式明确先行先试事项。"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t, H, size=10.5)
    for ri, (orig, new, why) in enumerate(rows, 1):
        cell_text(t.rows[ri].cells[0], orig, size=10.5)
        cell_text(t.rows[ri].cells[1], new, size=10.5)
        cell_text(t.rows[ri].cells[2], why, size=10.5)
        clauses.append(row_clause(H, [orig, "".join(new), why]))
    col_widths(t, [5.0, 6.8, 3.8])
    note = "说明：表中“原条文”指2020年施行的《中国（云南）自由贸易试验区条例》相应条文。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    # ---------------- 附件2
    page_break(doc)
    add_par(doc, [("云司函〔2026〕5号附件2", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("中国（云南）自由贸易试验区条例"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（修订草案征求意见稿）"), KT, 16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=0, after=4)

    def chap(t):
        add_par(doc, [(t, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)

    def art(paras):
        if isinstance(paras, str):
            paras = [paras]
        clauses.append("".join(paras))
        for i, tx in enumerate(paras):
            if i == 0:
                num, rest = tx.split("　", 1)
                add_par(doc, [(IND, FS, 14, False), (num, HT, 14, False), ("　" + rest, FS, 14, False)],
                        indent=False, line=22)
            else:
                add_par(doc, [(IND + tx, FS, 14, False)], indent=False, line=22)

    chap("第一章 总则")
    art(c1); art(c2); art(c3)
    chap("第二章 开放通道与沿边合作")
    art(c4); art(c5); art(c6); art(c7)
    chap("第三章 附则")
    art(c8)


    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="云南省司法厅关于对《中国（云南）自由贸易试验区条例（修订草案征求意见稿）》征求意见的函",
            doc_number="云司函〔2026〕5号",
            issuer=["云南省司法厅"],
            date="2026-01-09",
            region="云南省",
            attachments=["《中国（云南）自由贸易试验区条例》修订对照表",
                         "中国（云南）自由贸易试验区条例（修订草案征求意见稿）"],
            recipients=["各州（市）人民政府", "省直有关部门", "中国（云南）自由贸易试验区各片区管委会"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_sichuan(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
