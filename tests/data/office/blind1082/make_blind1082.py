# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1082: 开发区/片区 招商引资和产业扶持政策 (若干政策, 政策兑现表, 请示, 招商推介
with text boxes and a two-column section).  Word + PDF + expected.json."""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Emu

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
    if scale is not None:  # character scaling (字符缩放), typical for long 版头
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
    """runs: plain str or list of (text, fontname, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
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
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def page_field(fp, size=14, name=SONG):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash", body_font=FS):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer == "dash":  # "— 1 —"
        font(fp.add_run("— "), SONG, 14)
        page_field(fp)
        font(fp.add_run(" —"), SONG, 14)
    else:  # "第 1 页"
        font(fp.add_run("第 "), SONG, 10.5)
        page_field(fp, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    for el in tcpr.findall(qn("w:vAlign")) + tcpr.findall(qn("w:shd")):
        tcpr.remove(el)
    if fill:
        tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                              % (nsdecls("w"), fill)))
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Set widths on the grid and on every cell (LibreOffice reads w:tblGrid)."""
    table.autofit = False
    tblPr = table._tbl.tblPr
    for el in tblPr.findall(qn("w:tblLayout")):
        tblPr.remove(el)
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in table._tbl.tr_lst:
        ci = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[ci:ci + span]))
            ci += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, empties=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, empties)
    if cc:
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)  # right tab
    if not cc:
        border(p2, "top", "000000", 8, 4)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1082", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ------------------------------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, numfmt="chineseCounting", first_line=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, first_line))
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


# ---- DrawingML text box (文本框) ------------------------------------------------
NS_TB = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tb_run(text, fname, size, bold=False, color="000000"):
    b = "<w:b/>" if bold else ""
    return ('<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>%s'
            '<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
            '<w:t xml:space="preserve">%s</w:t></w:r>'
            % (fname, fname, fname, fname, b, color, int(size * 2), int(size * 2), _esc(text)))


def add_textbox(paragraph, idx, x_cm, y_cm, w_cm, h_cm, label, value):
    """Anchor a text box holding `label` <br/> `value` in the given paragraph."""
    x, y, w, h = (int(Cm(v)) for v in (x_cm, y_cm, w_cm, h_cm))
    ptxt = ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="300" w:lineRule="auto"/></w:pPr>'
            + _tb_run(label, HT, 9, False, "404040")
            + '<w:r><w:br/></w:r>'
            + _tb_run(value, HT, 15, True, "C00000") + '</w:p>')
    xml = (
        '<w:r %s><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FBEDEA"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" '
        'bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (NS_TB, 251658240 + idx, x, y, w, h, 100 + idx, idx, w, h, ptxt))
    paragraph._p.append(parse_xml(xml))


def set_cols(section, num, space_twips=425, sep=False):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml('<w:cols %s/>' % nsdecls("w"))
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")
    elif cols.get(qn("w:sep")) is not None:
        del cols.attrib[qn("w:sep")]


# =================================================================== DOC A
def doc_qinzhou():
    """片区管委会文件: 印发若干政策的通知 + 附件1 若干政策(第X条) + 附件2 政策兑现一览表."""
    stem = "blind1082_qinzhou_ruogan"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头: two red lines, organ name + 文件
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 28, False, RED)],
            align=C, indent=False, line=40)
    add_par(doc, [("钦州港片区管理委员会文件", XBS, 38, False, RED, 90)],
            align=C, indent=False, line=52)
    p = add_par(doc, "钦港片管发〔2026〕4号", align=C, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title: three paragraphs, broken in odd places
    for t in ("中国（广西）自由贸易试验区钦州港片区",
              "管理委员会关于印发《钦州港片区促进招商",
              "引资和产业高质量发展若干政策》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "片区各部门、各直属单位，各有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为加快建设西部陆海新通道门户港，进一步提升片区招商引资质效，经片区管委会2026年第3次主任办公会议审议通过，现将《钦州港片区促进招商引资和产业高质量发展若干政策》印发给你们，请认真贯彻执行。")
    empty(doc, 1, line=16)
    add_par(doc, "附件：1．钦州港片区促进招商引资和产业高质量发展若干政策")
    add_par(doc, "\u3000\u3000\u30002．钦州港片区招商引资和产业扶持政策兑现一览表")
    empty(doc, 1, line=20)
    # 落款 typed with spaces
    add_par(doc, " " * 14 + "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False)
    add_par(doc, " " * 40 + "2026年2月26日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件1: 若干政策
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("钦州港片区促进招商引资和产业", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("高质量发展若干政策", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    body("为加快构建现代化临港产业体系，吸引更多优质项目落户片区，结合片区实际，制定以下政策。")

    def art(no, text):
        clauses.append(no + "\u3000" + text)
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])

    art("第一条", "适用范围。本政策适用于工商注册、税务登记和统计关系均在钦州港片区（以下简称片区）的企业。房地产开发、金融类企业(另有规定的除外)不适用本政策。")
    art("第二条", "固定资产投资奖励。对新引进的制造业项目，实际完成固定资产投资（不含土地款）5000万元以上的，按3%给予奖励，单个项目最高1000万元；属于片区主导产业的，奖励比例提高至4%，最高1500万元。")
    # 第三条: items typed with Shift+Enter inside one paragraph
    a3 = ["总部企业落户奖励。对世界500强、中国500强企业在片区设立区域总部的，按实缴注册资本给予一次性奖励：",
          "（一）1亿元以上的，奖励500万元；",
          "（二）5000万元以上不足1亿元的，奖励300万元；",
          "（三）2000万元以上不足5000万元的，奖励100万元。"]
    p = doc.add_paragraph()
    font(p.add_run("第三条"), HT, 16)
    font(p.add_run("\u3000" + a3[0]), FS, 16)
    for t in a3[1:]:
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run("\u3000\u3000" + t), FS, 16)
    fmt(p)
    clauses.append("第三条\u3000" + "".join(a3))
    art("第四条", "经济贡献奖励。对新落户企业，自投产年度起3年内，按其对片区年度经济贡献增量部分，第1年给予80%、第2-3年给予50%的奖励，年度最高2000万元。")
    art("第五条", "陆海新通道物流补贴。对经钦州港开展海铁联运的外贸集装箱，按每标准箱200元给予补贴；对新开辟至东盟国家及“一带一路”沿线国家（地区）外贸航线并稳定运营满1年的，每条航线奖励100万元。")
    # 第六条: items as separate paragraphs, still one clause
    a6 = ["政策兑现程序。按照“企业申报、部门初审、联合审核、公示兑付”程序办理：",
          "（一）企业申报。企业通过“钦州港片区惠企政策兑现平台”提交申报材料。",
          "（二）部门初审。受理部门在10个工作日内完成初审。",
          "（三）联合审核。片区投资促进局会同片区财政局进行联合审核，必要时委托第三方机构审计。",
          "（四）公示兑付。审核结果在片区门户网站公示5个工作日，无异议的由片区财政局在30个工作日内拨付资金。"]
    add_par(doc, [("第六条", HT, 16, False), ("\u3000" + a6[0], FS, 16, False)])
    for t in a6[1:]:
        add_par(doc, t)
    clauses.append("第六条\u3000" + "".join(a6))
    art("第七条", "附则。同一项目符合片区多项同类政策的，按“就高不重复”原则执行。本政策由片区投资促进局负责解释，自2026年3月1日起施行，有效期至2028年12月31日。《中国（广西）自由贸易试验区钦州港片区招商引资优惠政策（试行）》（钦港片管发〔2023〕11号）同时废止。")

    # ---------------- 附件2: 政策兑现一览表
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    add_par(doc, [("钦州港片区招商引资和产业扶持政策兑现一览表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("金额单位：万元", KT, 12, False)], align=R, indent=False, line=20)
    hdr = ["序号", "政策条款", "兑现标准", "申报时间", "受理部门"]
    rows = [
        ["1", "固定资产投资奖励（第二条）",
         "实际完成固定资产投资5000以上的，按3%奖励，最高1000；主导产业项目按4%奖励，最高1500",
         "项目竣工投产后次年3月1日—4月30日", "片区投资促进局"],
        ["2", "总部企业落户奖励（第三条）",
         "实缴注册资本1亿元以上奖励500；5000万元以上不足1亿元奖励300；2000万元以上不足5000万元奖励100",
         "注册资本实缴到位后随时申报", "片区投资促进局"],
        ["3", "经济贡献奖励（第四条）",
         "增量部分第1年奖励80%，第2—3年奖励50%，年度最高2000",
         "每年4月1日—5月31日", "片区财政局"],
        ["4", "海铁联运补贴（第五条）",
         "海铁联运外贸集装箱每标准箱200元",
         "每年4月1日—5月31日", "片区口岸物流局"],
        ["5", "新开航线奖励（第五条）",
         "新开辟东盟及“一带一路”沿线外贸航线稳定运营满1年，每条奖励100",
         "航线运营满1年后3个月内", "片区口岸物流局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=17,
                     align=L if ci == 2 else C)
        clauses.append(row_clause(hdr, row))
    # merged cells: 受理部门 rows 1-2, 申报时间 rows 3-4
    m = t.cell(1, 4).merge(t.cell(2, 4))
    set_cell(m, "片区投资促进局", FS, 10.5, line=17)
    m = t.cell(3, 3).merge(t.cell(4, 3))
    set_cell(m, "每年4月1日—5月31日", FS, 10.5, line=17)
    m = t.cell(4, 4).merge(t.cell(5, 4))
    set_cell(m, "片区口岸物流局", FS, 10.5, line=17)
    col_widths(t, [1.0, 3.3, 6.0, 2.8, 2.5])
    notes = ["注：1．表中金额单位除注明外均为万元。",
             "2．申报材料清单及申报指南在片区门户网站“政策兑现”专栏另行发布。",
             "3．受理地点：钦州港片区政务服务中心一楼惠企政策兑现窗口，咨询电话：0777-3880126。"]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)

    banji(doc, "抄送：钦州市人民政府，自治区商务厅（自治区自贸办），片区各派驻机构。",
          "钦州港片区管理委员会办公室", "2026年2月26日印发", empties=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《钦州港片区促进招商引资和产业高质量发展若干政策》的通知",
            "doc_number": "钦港片管发〔2026〕4号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-02-26",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-03-01",
            "expires": "2028-12-31",
            "attachments": ["钦州港片区促进招商引资和产业高质量发展若干政策",
                            "钦州港片区招商引资和产业扶持政策兑现一览表"],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各直属单位", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": "《中国（广西）自由贸易试验区钦州港片区招商引资优惠政策（试行）》（钦港片管发〔2023〕11号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_lianyungang():
    """招商推介: 文本框 key figures + 两栏 section + policy table."""
    stem = "blind1082_lianyungang_tuijie"
    doc = Document()
    setup(doc, footer="page")
    clauses = []
    IND = "\u3000\u3000"

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False, before=6)

    add_par(doc, [("连云港经济技术开发区招商推介", XBS, 24, False)], align=C, indent=False,
            line=40, before=0, after=12)
    body("连云港经济技术开发区是1984年经国务院批准设立的全国首批14个国家级经济技术开发区之一，地处新亚欧大陆桥东方起点和“一带一路”交汇点，是中国（江苏）自由贸易试验区连云港片区的核心区域。经过40余年发展，开发区已形成新医药、新材料、新能源和高端装备制造“三新一高”主导产业体系，综合实力位居全国国家级经开区前列。")

    # key figures in four text boxes anchored in one empty paragraph
    figs = [("规划面积", "206平方公里"), ("2025年地区生产总值", "1286亿元"),
            ("规模以上工业企业", "412家"), ("2025年实际使用外资", "3.6亿美元")]
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12, before=4)
    for i, (lab, val) in enumerate(figs):
        add_textbox(p, i + 1, i * 4.0, 0.2, 3.6, 2.0, lab, val)
        clauses.append(lab + val)

    head("一、区位交通")
    body("开发区东临连云港港，西接陇海—兰新铁路，连霍高速、沈海高速穿境而过，距连云港花果山国际机场约30公里。依托中哈（连云港）物流合作基地和上合组织（连云港）国际物流园，开行至中亚、欧洲的国际班列线路达到20条，2025年开行“连新亚”班列860列，海铁联运量突破100万标准箱，实现“东西双向开放、陆海内外联动”。")
    head("二、主导产业")

    # ---- two-column section
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2, 567, sep=True)
    inds = [("新医药产业。", "集聚创新药企业40余家，拥有国家级企业技术中心5家，抗肿瘤、抗感染、中枢神经等领域创新药研发水平全国领先，2025年产业规模达到980亿元。"),
            ("新材料产业。", "以高性能纤维及复合材料、硅材料为重点，碳纤维产能达到2.5万吨，建成国家先进碳纤维产业集群核心区，2025年产业规模达到420亿元。"),
            ("新能源产业。", "围绕光伏、储能、氢能三大方向，布局高效光伏组件、储能电池、电解槽等重点项目，2025年产业规模达到360亿元。"),
            ("高端装备制造产业。", "重点发展港口机械、海洋工程装备、智能制造装备，培育专精特新“小巨人”企业18家，2025年产业规模达到310亿元。")]
    for h, t in inds:
        add_par(doc, [(IND, FS, 15, False), (h, KT, 15, True), (t, FS, 15, False)],
                indent=False, line=26)
        clauses.append(h + t)
    # ---- back to one column
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 1, 425, sep=False)

    head("三、招商扶持政策")
    body("开发区制定出台《连云港经济技术开发区促进招商引资和产业高质量发展若干政策》，从项目落户、经济贡献、研发创新、物流通道、人才引进等方面给予全方位支持，主要政策如下：")
    hdr = ["政策条款", "兑现标准", "申报时间", "受理部门"]
    rows = [
        ["项目落户奖励", "固定资产投资1亿元以上的制造业项目，按设备投资额的5%给予奖励，最高2000万元", "项目投产后次年第一季度", "投资促进局"],
        ["经济贡献奖励", "新落户企业前3年按其地方经济贡献的60%给予奖励", "每年4月", "财政局"],
        ["研发创新支持", "新认定的国家级研发机构奖励500万元，省级研发机构奖励100万元", "每年6月", "科技创新局"],
        ["物流通道补贴", "经连云港港开展国际中转集装箱业务的，每标准箱补贴100元；“连新亚”班列货源补贴单个企业最高300万元", "每季度", "口岸物流局"],
        ["人才安居支持", "顶尖人才最高给予500万元购房补贴，高层次人才最高给予100万元购房补贴", "常年受理", "人才工作局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 11, fill="F2DCDB")
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11, align=L if ci == 1 else C, line=18)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [2.8, 7.6, 2.8, 2.4])
    head("四、政策兑现服务")
    body("开发区设立企业服务中心“政策兑现”综合窗口，推行“一窗受理、集成服务、限时兑现”，对经济贡献奖励、物流通道补贴等12项政策实行“免申即享”，其余政策自受理之日起30个工作日内完成兑现。2025年，开发区累计兑现各类扶持资金8.7亿元，惠及企业1260家次。")
    head("五、联系方式")
    body("联系单位：连云港经济技术开发区投资促进局")
    body("联系人：孙立新　　联系电话：0518-82345127")
    body("电子邮箱：tzcj@lygetdz.gov.cn")
    empty(doc, 1)
    p = add_par(doc, "连云港经济技术开发区管理委员会", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年三月十日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港经济技术开发区招商推介",
            "doc_number": None,
            "issuer": ["连云港经济技术开发区管理委员会"],
            "date": "2026-03-10",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "推介",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def money(d):
    return "%.2f" % d


def doc_yiwu():
    """上行文 请示 with 签发人, 特急, auto numbering, two-level header table, 续表."""
    stem = "blind1082_yiwu_qingshi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_sub = make_numbering(doc, "（%1）", numfmt="decimal")

    add_par(doc, [("000023", SONG, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("义乌经济技术开发区管理委员会文件", XBS, 36, False, RED, 72)],
            align=C, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("义经开〔2026〕7号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("吴建平", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("义乌经济技术开发区管理委员会关于兑现"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2025年度第二批招商引资和产业扶持"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("政策资金的请示"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "义乌市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def sub(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # data ------------------------------------------------------------
    items = [
        ("浙江华瑞智能装备有限公司", "第二条", "620.00"),
        ("浙江华瑞智能装备有限公司", "第四条", "286.40"),
        ("义乌恒晟新能源科技有限公司", "第二条", "1150.00"),
        ("义乌恒晟新能源科技有限公司", "第四条", "512.60"),
        ("浙江锦程纺织品有限公司", "第五条", "48.60"),
        ("义乌市盛达进出口有限公司", "第七条", "132.50"),
        ("浙江博远供应链管理有限公司", "第七条", "218.30"),
        ("浙江博远供应链管理有限公司", "第四条", "96.80"),
        ("义乌智联电子科技有限公司", "第二条", "410.00"),
        ("义乌智联电子科技有限公司", "第五条", "36.90"),
        ("义乌新丝路供应链有限公司", "第七条", "85.20"),
        ("浙江瑞格医疗器械有限公司", "第四条", "173.50"),
        ("浙江瑞格医疗器械有限公司", "第九条", "60.00"),
        ("义乌凯伦包装材料有限公司", "第五条", "27.50"),
        ("浙江天衡精密机械有限公司", "第九条", "90.00"),
        ("浙江天衡精密机械有限公司", "第四条", "144.70"),
        ("义乌优品汇国际贸易有限公司", "第七条", "64.00"),
        ("浙江中欧通供应链有限公司", "第九条", "30.00"),
    ]
    names = {"第二条": "固定资产投资奖励", "第四条": "经济贡献奖励", "第五条": "厂房租金补贴",
             "第七条": "班列运费补贴", "第九条": "人才安居补贴"}
    split = []
    for comp, art_no, amt in items:
        a = Decimal(amt)
        kf = (a * Decimal("0.6")).quantize(Decimal("0.01"))
        sj = a - kf
        split.append((comp, art_no, a, kf, sj))
    total = sum(s[2] for s in split)
    total_kf = sum(s[3] for s in split)
    total_sj = sum(s[4] for s in split)
    assert money(total) == "4187.00" and money(total_kf) == "2512.20" and money(total_sj) == "1674.80"
    assert len({s[0] for s in split}) == 12

    body("根据《义乌经济技术开发区促进招商引资和产业扶持若干政策》（义经开〔2024〕18号，以下简称《若干政策》）和市政府关于进一步加强产业扶持资金管理的有关要求，我委组织开展了2025年度第二批招商引资和产业扶持政策兑现工作。现将有关事项请示如下：")
    head("兑现工作开展情况")
    sub("（一）申报受理。", "2025年11月3日至11月28日，我委通过“义乌市惠企政策直达平台”集中受理企业申报，共受理15家企业的22个申报事项，涉及《若干政策》第二条、第四条、第五条、第七条、第九条共5个条款。")
    sub("（二）审核认定。", "按照“企业申报、部门初审、第三方审计、集体审定”的程序，分三个环节开展审核：")
    body("1．部门初审。经开区经济发展局、招商服务中心、财政分局等受理部门对申报材料的完整性、真实性进行初审，退回补正材料5份。")
    body("2.第三方审计。委托浙江正衡会计师事务所有限公司对固定资产投资、经济贡献等事项进行专项审计，核减申报金额236.58万元。")
    body("3．集体审定。经2026年1月12日我委第2次主任办公会议审定，拟对12家企业的18个事项予以兑现，对3家企业的4个事项不予兑现，其中：")
    for i, t in enumerate(["未达到固定资产投资门槛的2项；", "统计关系不在经开区的1项；",
                           "存在失信记录的1项。"], 1):
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_sub)
        clauses.append("（%d）%s" % (i, t))
    sub("（三）公示情况。", "审定结果已于2026年1月14日至1月20日在义乌经济技术开发区门户网站公示，公示期间未收到异议。")
    head("拟兑现资金情况")
    body("本批次拟兑现资金合计%s万元，其中经开区财政承担%s万元、市财政承担%s万元（按《若干政策》第十二条规定的6∶4比例分担）。分条款汇总情况如下："
         % (money(total), money(total_kf), money(total_sj)))
    add_par(doc, [("表1　2025年度第二批政策兑现资金分条款汇总表", HT, 14, False)], align=C,
            indent=False, line=24, before=6)
    # two-level header table
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(m, "政策条款", HT, 12)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "兑现事项（个）", HT, 12)
    m = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(m, "兑现金额（万元）", HT, 12)
    for i, h in enumerate(["小计", "经开区承担", "市财政承担"]):
        set_cell(t.cell(1, 2 + i), h, HT, 12)
    hdr1 = ["政策条款", "兑现事项（个）", "兑现金额（万元）／小计",
            "兑现金额（万元）／经开区承担", "兑现金额（万元）／市财政承担"]
    order = ["第二条", "第四条", "第五条", "第七条", "第九条"]
    sum_rows = []
    for a in order:
        sel = [s for s in split if s[1] == a]
        sum_rows.append(["%s（%s）" % (names[a], a), str(len(sel)),
                         money(sum(s[2] for s in sel)), money(sum(s[3] for s in sel)),
                         money(sum(s[4] for s in sel))])
    sum_rows.append(["合计", str(len(split)), money(total), money(total_kf), money(total_sj)])
    for row in sum_rows:
        cells = t.add_row().cells
        for ci, v in enumerate(row):
            set_cell(cells[ci], v, HT if row[0] == "合计" else FS, 12)
        clauses.append(row_clause(hdr1, row))
    col_widths(t, [5.2, 2.5, 2.6, 2.6, 2.6])
    head("请示事项")
    body("恳请市政府同意按上述方案兑现2025年度第二批招商引资和产业扶持政策资金，并将市财政承担部分%s万元拨付至经开区财政专户，由我委统一兑付至企业。" % money(total_sj))
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：2025年度第二批招商引资和产业扶持政策兑现资金明细表")
    empty(doc, 1)
    p = add_par(doc, "义乌经济技术开发区管理委员会", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "二〇二六年一月二十一日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（联系人：陈晓东，联系电话：0579-85526731）")

    # ---------------- 附件: 明细表, split by hand with 续表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    add_par(doc, [("2025年度第二批招商引资和产业扶持政策", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("兑现资金明细表", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("单位：万元", FS, 12, False)], align=R, indent=False, line=20)
    hdr2 = ["序号", "企业名称", "兑现事项", "政策条款", "兑现金额／小计",
            "兑现金额／经开区承担", "兑现金额／市财政承担"]
    widths = [0.8, 4.9, 3.1, 1.3, 1.8, 1.8, 1.8]
    TS = 10  # table font size

    def detail_table(chunk, start):
        t = doc.add_table(rows=2, cols=7)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c_ in (0, 1, 2, 3):
            m = t.cell(0, c_).merge(t.cell(1, c_))
            set_cell(m, hdr2[c_], HT, TS, line=16)
        m = t.cell(0, 4).merge(t.cell(0, 6))
        set_cell(m, "兑现金额", HT, TS, line=16)
        for i, h in enumerate(["小计", "经开区承担", "市财政承担"]):
            set_cell(t.cell(1, 4 + i), h, HT, TS, line=16)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        first_row = {}
        for k, (comp, a, amt, kf, sj) in enumerate(chunk):
            no = start + k
            vals = [str(no), comp, names[a], a, money(amt), money(kf), money(sj)]
            row = t.add_row()
            cant_split(row)
            for ci, v in enumerate(vals):
                set_cell(row.cells[ci], v, FS, TS, line=16,
                         align=R if ci >= 4 else C)
            clauses.append(row_clause(hdr2, vals))
            ri = len(t.rows) - 1
            if comp in first_row and first_row[comp] == ri - 1:  # merge company cells
                mm = t.cell(ri - 1, 1).merge(t.cell(ri, 1))
                set_cell(mm, comp, FS, TS, line=16)
            first_row[comp] = ri
        col_widths(t, widths)
        t._tbl.tblPr.append(parse_xml(
            '<w:tblCellMar %s><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
            '</w:tblCellMar>' % nsdecls("w")))
        return t

    detail_table(split, 1)
    note = "注：兑现金额按《若干政策》第十二条规定，由经开区财政和市财政按6∶4比例分担。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：市发展和改革局，市财政局，市商务局。",
          "义乌经济技术开发区管理委员会办公室", "2026年1月21日印发", empties=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌经济技术开发区管理委员会关于兑现2025年度第二批招商引资和产业扶持政策资金的请示",
            "doc_number": "义经开〔2026〕7号",
            "issuer": ["义乌经济技术开发区管理委员会"],
            "date": "2026-01-21",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度第二批招商引资和产业扶持政策兑现资金明细表"],
            "doc_type": "请示",
            "recipients": ["义乌市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_lianyungang(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
