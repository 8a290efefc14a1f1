# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 753: 人民银行省分行 + 外汇局省分局 联合 自贸试验区跨境资金管理实施细则.

Writes three Word files, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
    return p


def add_par(doc, runs, **kw):
    """runs: plain str, or list of (text, fontname, size, bold[, color]).
    A text equal to "\\n" inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
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
    add_page_number(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


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
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        el = tblpr.find(qn(tag))
        if el is not None:
            tblpr.remove(el)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(sum(widths_cm) * 567))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        i = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[i:i + span])
            tcpr = tc.get_or_add_tcPr()
            tw = tcpr.find(qn("w:tcW"))
            if tw is None:
                tw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tw)
            tw.set(qn("w:w"), str(int(w * 567)))
            tw.set(qn("w:type"), "dxa")
            i += span


def banji(doc, cc, printer, date_txt, width_spaces=8, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * width_spaces, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_753", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) for 第X章 / 第X条 -----------
_next_abs = [700]


def make_numbering(doc, lvl_text, jc="left", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, jc, first, HT, HT, HT))
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


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"]


# ---- VML text box (版头 typed into floating boxes) ----------------------------
VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def textbox_par(doc, boxes):
    """boxes: list of (style, [ (text, size, jc) ... ]) placed in one anchor paragraph."""
    p = doc.add_paragraph()
    fmt(p, indent=False)
    for i, (style, lines) in enumerate(boxes):
        inner = ""
        for text, size, jc in lines:
            hs = int(size * 2)
            inner += (
                '<w:p><w:pPr><w:jc w:val="%s"/><w:spacing w:line="%d" w:lineRule="exact" '
                'w:before="0" w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                '<w:color w:val="FF0000"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
                '<w:t>%s</w:t></w:r></w:p>' % (jc, int(size * 1.3 * 20), XBS, XBS, XBS, hs, hs, text))
        xml = ('<w:r %s %s><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" '
               'o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
               '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
               '<v:shape id="Banner%d" o:spid="_x0000_s10%d" type="#_x0000_t202" style="%s" '
               'stroked="f" filled="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s'
               '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
               % (nsdecls("w"), VML_NS, i, i, style, inner))
        p._p.append(parse_xml(xml))
    return p


# =================================================================== DOC A
def doc_zhejiang():
    """浙江：联合红头（表格+“文件”），印发通知 + 附件1 实施细则 + 附件2 备案表."""
    stem = "blind753_zhejiang_zijinchi"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- 版头: borderless 2x2 table, organ names left, "文件" merged on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "中国人民银行浙江省分行", XBS, 26, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "国家外汇管理局浙江省分局", XBS, 26, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED)
    for row in t.rows:
        row.height = Cm(1.3)
    col_widths(t, [11.6, 4.0])
    empty(doc, 1)
    p = add_par(doc, "浙银发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line breaks at odd places
    add_par(doc, [("关于印发《中国（浙江）自由贸易试验区", XBS, 22, False), ("\n", XBS, 22, False),
                  ("跨国公司本外币一体化资金池业务实施", XBS, 22, False), ("\n", XBS, 22, False),
                  ("细则》的通知", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "人民银行各市分行、外汇局各市分局，各政策性银行浙江省分行，各国有商业银行浙江省分行，"
                 "各股份制商业银行杭州分行，各外资银行杭州分行，浙商银行：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为进一步便利跨国公司跨境资金统筹使用，服务中国（浙江）自由贸易试验区高水平对外开放，中国人民银行浙江省分行、"
         "国家外汇管理局浙江省分局制定了《中国（浙江）自由贸易试验区跨国公司本外币一体化资金池业务实施细则》，现印发给你们，"
         "请遵照执行。")
    body("执行中遇到的问题，请及时向中国人民银行浙江省分行（跨境人民币业务处）、国家外汇管理局浙江省分局（资本项目管理处）报告。")
    empty(doc, 1)
    # 附件 list; second item aligned with typed full-width spaces
    add_par(doc, "附件：1．中国（浙江）自由贸易试验区跨国公司本外币一体化资金池业务实施细则")
    add_par(doc, "\u3000\u3000\u30002．中国（浙江）自由贸易试验区跨国公司本外币一体化资金池业务备案表")
    empty(doc, 2)
    # 落款: two organs side by side in a borderless table, date under the right one
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    col_widths(t, [7.8, 7.8])
    set_cell(t.cell(0, 0), "中国人民银行浙江省分行", FS, 16)
    set_cell(t.cell(0, 1), "国家外汇管理局浙江省分局", FS, 16)
    set_cell(t.cell(1, 1), "2026年1月23日", FS, 16)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1: 实施细则 (typed in 四号 to save paper, articles numbered by hand)
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（浙江）自由贸易试验区跨国公司", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("本外币一体化资金池业务实施细则", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    SZ, LN = 14, 22

    def chapter(t):
        add_par(doc, [(t, HT, SZ, False)], align=C, indent=False, line=LN, before=4, after=4)

    art = [0]

    def article(first, *more):
        art[0] += 1
        no = "第%s条" % CN[art[0] - 1]
        add_par(doc, [(no, HT, SZ, False), ("\u3000" + first, FS, SZ, False)], line=LN, first=Pt(28))
        for m_ in more:
            add_par(doc, [(m_, FS, SZ, False)], line=LN, first=Pt(28))
        clauses.append(no + "\u3000" + first + "".join(more))

    chapter("第一章\u3000总\u3000\u3000则")
    article("为便利跨国公司统筹境内外资金，根据国家有关规定，结合中国（浙江）自由贸易试验区（以下简称浙江自贸试验区）实际，"
            "制定本细则。")
    article("本细则所称资金池业务，是指跨国公司以主办企业为主体，通过国内资金主账户集中管理境内外成员企业本外币资金的业务。",
            "本细则所称主办企业，是指在浙江自贸试验区内注册、负责资金池业务运营的境内成员企业或者财务公司。")
    article("本细则适用于浙江自贸试验区杭州片区、舟山片区、金义片区。宁波片区由中国人民银行宁波市分行、"
            "国家外汇管理局宁波市分局另行规定。")
    chapter("第二章\u3000业务备案")
    article("申请开展资金池业务的主办企业，应当同时具备以下条件：",
            "（一）近三年无重大外汇和跨境人民币违法违规记录；",
            "（二）境内外成员企业上年度本外币国际收支规模合计超过等值50亿元人民币；",
            "（三）具有健全的内部控制制度和专门的资金管理部门。")
    article("主办企业应当选择1至3家银行作为合作银行，通过合作银行向中国人民银行浙江省分行、国家外汇管理局浙江省分局"
            "（以下简称省分行、省分局）提交资金池业务备案表（见附件2）、资金池业务协议和成员企业名单等材料。")
    article("省分行、省分局自收到完整备案材料之日起20个工作日内完成备案，出具资金池业务备案通知书。")
    chapter("第三章\u3000额度与资金管理")
    article("资金池跨境资金流动实行上限管理，计算公式为：",
            "跨境资金净流入额上限＝资金池应计所有者权益×跨境资金净流入宏观审慎调节系数",
            "跨境资金净流出额上限＝资金池应计所有者权益×跨境资金净流出宏观审慎调节系数",
            "跨境资金净流入宏观审慎调节系数为1，净流出宏观审慎调节系数为0.5。")
    article("主办企业可以通过国内资金主账户为成员企业办理经常项目资金集中收付和轧差净额结算。合作银行应当按照“了解客户”"
            "“了解业务”“尽职审查”原则进行审核。")
    chapter("第四章\u3000监测与管理")
    article("合作银行应当通过人民币跨境收付信息管理系统（RCPMIS）和国家外汇管理局数字外管平台报送资金池账户信息和"
            "跨境收支数据，并于每月前5个工作日内向省分行、省分局报送上月资金池业务运行情况。")
    article("违反本细则的，省分行、省分局可以责令限期整改、暂停或者终止资金池业务，并依法予以处罚。")
    chapter("第五章\u3000附\u3000\u3000则")
    article("本细则由中国人民银行浙江省分行、国家外汇管理局浙江省分局负责解释。")
    article("本细则自2026年3月1日起施行，有效期至2028年2月29日。《中国人民银行杭州中心支行 国家外汇管理局浙江省分局关于印发"
            "〈中国（浙江）自由贸易试验区跨国公司跨境资金集中运营管理实施细则〉的通知》（杭银发〔2022〕86号）同时废止。")

    # ---- 附件2: 备案表
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（浙江）自由贸易试验区跨国公司本外币", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("一体化资金池业务备案表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "备案要素", "填报内容", "填报说明"]
    rows = [
        ["1", "主办企业名称", "", "与营业执照登记名称一致"],
        ["2", "统一社会信用代码", "", "18位"],
        ["3", "所在片区", "□杭州片区\u3000□舟山片区\u3000□金义片区", "勾选"],
        ["4", "备案类型", "□新设\u3000□变更\u3000□终止", "变更、终止的须注明原备案通知书编号"],
        ["5", "合作银行", "", "不超过3家"],
        ["6", "国内资金主账户账号", "", "多币种账户"],
        ["7", "境内成员企业数量（家）", "", "另附成员企业名单"],
        ["8", "境外成员企业数量（家）", "", "另附成员企业名单"],
        ["9", "资金池应计所有者权益（万元）", "", "按上年度经审计财务报表计算"],
        ["10", "跨境资金净流入额上限（万元）", "", "应计所有者权益×1"],
        ["11", "跨境资金净流出额上限（万元）", "", "应计所有者权益×0.5"],
        ["12", "主办企业声明", "本企业承诺所填内容及所附材料真实、准确、完整。", "法定代表人签字并加盖公章"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci in (2, 3) and v else C, line=17)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.4, 5.8, 4.4, 4.0])
    note = "注：本表一式三份，主办企业、合作银行、省分行（省分局）各留存一份。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：中国人民银行，国家外汇管理局；浙江省人民政府办公厅，浙江省商务厅。",
          "中国人民银行浙江省分行办公室", "2026年1月23日印发", 6, gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《中国（浙江）自由贸易试验区跨国公司本外币一体化资金池业务实施细则》的通知",
            "doc_number": "浙银发〔2026〕9号",
            "issuer": ["中国人民银行浙江省分行", "国家外汇管理局浙江省分局"],
            "date": "2026-01-23",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["中国（浙江）自由贸易试验区跨国公司本外币一体化资金池业务实施细则",
                            "中国（浙江）自由贸易试验区跨国公司本外币一体化资金池业务备案表"],
            "doc_type": "通知",
            "recipients": ["人民银行各市分行", "外汇局各市分局", "各政策性银行浙江省分行", "各国有商业银行浙江省分行",
                           "各股份制商业银行杭州分行", "各外资银行杭州分行", "浙商银行"],
            "publicity": "此件公开发布",
            "repeals": "《中国人民银行杭州中心支行 国家外汇管理局浙江省分局关于印发〈中国（浙江）自由贸易试验区跨国公司跨境资金"
                       "集中运营管理实施细则〉的通知》（杭银发〔2022〕86号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangdong():
    """广东：特急，红头两行（软回车），空格缩进，细则紧随通知（章、节），附表 多级表头."""
    stem = "blind753_guangdong_kuajing"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"  # clerk types two full-width spaces instead of a first-line indent

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("中国人民银行广东省分行", XBS, 30, False, RED), ("\n", XBS, 30, False),
                  ("国家外汇管理局广东省分局", XBS, 30, False, RED)],
            align=C, indent=False, line=44)
    empty(doc, 1)
    p = add_par(doc, "粤银发〔2025〕176号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("中国人民银行广东省分行\u3000国家外汇管理局", XBS, 22, False), ("\n", XBS, 22, False),
                  ("广东省分局关于印发《中国（广东）自由", XBS, 22, False), ("\n", XBS, 22, False),
                  ("贸易试验区跨境资金管理实施细则》的通知", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "人民银行各地市分行、外汇局各地市分局，各有关银行：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("现将《中国（广东）自由贸易试验区跨境资金管理实施细则》印发给你们，请认真贯彻执行。")
    body("各单位要指导辖内银行完善内部操作规程，提升跨境资金结算便利化水平。执行中如遇问题，请及时向中国人民银行广东省分行、国家外汇管理局广东省分局反馈。")
    empty(doc, 1)
    add_par(doc, "\u3000" + "中国人民银行广东省分行" + "\u3000" * 2 + "国家外汇管理局广东省分局", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二五年十二月八日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 细则 follows directly (no 附件 label)
    p = add_par(doc, [("中国（广东）自由贸易试验区", XBS, 22, False), ("\n", XBS, 22, False),
                  ("跨境资金管理实施细则", XBS, 22, False)], align=C, indent=False, line=34)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def section_(t):
        add_par(doc, [(t, KT, 16, True)], align=C, indent=False)

    art = [0]

    def article(first, *more, breaks=False):
        """breaks=True: the article's own items typed with Shift+Enter in the same paragraph."""
        art[0] += 1
        no = "第%s条" % CN[art[0] - 1]
        runs = [(IND, FS, 16, False), (no, HT, 16, False), (" " + first, FS, 16, False)]
        if breaks:
            for m_ in more:
                runs += [("\n", FS, 16, False), (IND + m_, FS, 16, False)]
            add_par(doc, runs, indent=False)
        else:
            add_par(doc, runs, indent=False)
            for m_ in more:
                add_par(doc, IND + m_, indent=False)
        clauses.append(no + " " + first + "".join(more))

    chapter("第一章\u3000总则")
    article("为便利中国（广东）自由贸易试验区（以下简称广东自贸试验区）跨境贸易投资，防范跨境资金流动风险，"
            "根据《中华人民共和国外汇管理条例》等有关规定，制定本细则。")
    article("本细则适用于在广东自贸试验区广州南沙新区片区、珠海横琴新区片区内注册的企业（以下简称区内企业）。"
            "深圳前海蛇口片区按照中国人民银行深圳市分行、国家外汇管理局深圳市分局有关规定执行。")
    chapter("第二章\u3000跨境融资与境外放款")
    section_("第一节\u3000跨境融资")
    article("区内企业可以在跨境融资风险加权余额上限内自主开展本外币跨境融资。跨境融资风险加权余额上限=净资产×跨境融资杠杆率"
            "×宏观审慎调节参数。")
    article("区内企业跨境融资杠杆率按以下标准确定：",
            "(一)一般企业为2；",
            "(二)经认定的高新技术企业、“专精特新”中小企业为2.5。",
            "宏观审慎调节参数按照中国人民银行、国家外汇管理局公布的标准执行。", breaks=True)
    section_("第二节\u3000境外放款")
    article("区内企业可以在境外放款余额上限内向境外关联企业放款。境外放款余额上限=所有者权益×境外放款宏观审慎调节系数，"
            "境外放款宏观审慎调节系数为0.5。")
    article("境外放款期限原则上为6个月至5年；超过5年的，应当于放款之日起10个工作日内通过银行向所在地外汇局报备。")
    chapter("第三章\u3000资本项目收入使用便利化")
    article("区内企业资本项目收入在境内支付使用时，可以凭《资本项目收入支付便利化业务支付命令函》直接在银行办理。")
    chapter("第四章\u3000备案与管理")
    article("区内企业首次办理本细则第三条至第六条所列业务的，应当通过银行办理业务备案，备案材料见附表。")
    article("对违反本细则的企业和银行，人民银行、外汇局可以采取暂停业务、通报批评等措施，并依法予以处罚。")
    chapter("第五章\u3000附则")
    article("本细则由中国人民银行广东省分行、国家外汇管理局广东省分局负责解释。")
    article("本细则自2026年1月1日起施行。")
    add_par(doc, IND + "附表：中国（广东）自由贸易试验区跨境资金管理业务备案材料清单", indent=False)

    # ---- 附表: two-level merged header
    p = add_par(doc, [("附表", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（广东）自由贸易试验区跨境资金管理", XBS, 20, False), ("\n", XBS, 20, False),
                  ("业务备案材料清单", XBS, 20, False)], align=C, indent=False, line=32, after=8)
    rows = [
        ["1", "跨境融资（首次）", "跨境融资备案表、借款合同、上年度经审计的财务报表",
         "核对净资产、跨境融资风险加权余额是否超过上限", "3个工作日"],
        ["2", "境外放款（首次）", "境外放款备案表、放款合同、境外关联企业股权关系证明",
         "核对所有者权益、境外放款余额是否超过上限", "3个工作日"],
        ["3", "境外放款（期限超过5年）", "境外放款报备说明、放款合同", "核对放款期限及报备时限", "5个工作日"],
        ["4", "资本项目收入支付便利化", "资本项目收入支付便利化业务支付命令函", "事后抽查", "即时办理"],
        ["5", "备案事项变更", "变更申请、变更事项相关证明材料", "核对变更事项真实性", "3个工作日"],
    ]
    keys = ["序号", "备案事项", "备案材料／企业提交", "备案材料／银行审核要点", "办理时限"]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(a, "备案事项", HT, 12)
    a = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(a, "备案材料", HT, 12)
    set_cell(t.cell(1, 2), "企业提交", HT, 12)
    set_cell(t.cell(1, 3), "银行审核要点", HT, 12)
    a = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(a, "办理时限", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci in (2, 3) else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    col_widths(t, [1.2, 3.2, 4.6, 4.4, 2.2])
    note = "注：企业提交的材料为复印件的，应当加盖企业公章；银行可以通过电子方式审核材料。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：中国人民银行，国家外汇管理局；广东省人民政府办公厅，广东省商务厅，中国（广东）自由贸易试验区工作办公室。",
          "中国人民银行广东省分行办公室", "2025年12月8日印发", 6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行广东省分行\u3000国家外汇管理局广东省分局关于印发《中国（广东）自由贸易试验区跨境资金管理实施细则》的通知",
            "doc_number": "粤银发〔2025〕176号",
            "issuer": ["中国人民银行广东省分行", "国家外汇管理局广东省分局"],
            "date": "2025-12-08",
            "published": None,
            "level": "provincial",
            "region": "广东省",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": ["中国（广东）自由贸易试验区跨境资金管理业务备案材料清单"],
            "doc_type": "通知",
            "recipients": ["人民银行各地市分行", "外汇局各地市分局", "各有关银行"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_chongqing():
    """重庆：上行文报告（签发人），版头在文本框里，自动编号的章/条，横向附表+续表."""
    stem = "blind753_chongqing_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_chap = make_numbering(doc, "第%1章", jc="center", first=0)
    n_art = make_numbering(doc, "第%1条", jc="left", first=640)

    # 版头 in two floating text boxes: organ names (分散对齐) + "文件"
    textbox_par(doc, [
        ("position:absolute;margin-left:0pt;margin-top:6pt;width:330pt;height:84pt;z-index:1;"
         "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text",
         [("中国人民银行重庆市分行", 26, "distribute"), ("国家外汇管理局重庆市分局", 26, "distribute")]),
        ("position:absolute;margin-left:338pt;margin-top:18pt;width:100pt;height:60pt;z-index:2;"
         "mso-position-horizontal-relative:margin;mso-position-vertical-relative:text",
         [("文件", 40, "center")]),
    ])
    empty(doc, 3)
    p = add_par(doc, [("渝银报〔2026〕21号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘振华\u3000王\u3000敏", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs
    for line in ("关于报送《中国（重庆）自由贸易试验区", "跨境资金集中运营管理实施细则（试行）》", "的报告"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国人民银行、国家外汇管理局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("按照总行关于支持自由贸易试验区跨境资金管理创新的工作部署，我分行、分局结合重庆实际，制定了《中国（重庆）自由贸易试验区跨境资金集中运营管理实施细则（试行）》"
         "（以下简称《细则》），已于2026年4月10日联合印发。现将有关情况报告如下：")
    head("一、《细则》制定过程")
    body("2025年9月起，我分行、分局走访跨国公司和银行机构42家，形成《细则》征求意见稿，先后征求重庆市商务委员会、"
         "中国（重庆）自由贸易试验区工作办公室、重庆海关和辖内16家银行意见，共收到意见建议37条，采纳29条。")
    head("二、《细则》主要内容")
    body("《细则》共五章十二条，主要内容包括：")
    runin("（一）降低准入门槛。", "主办企业上年度本外币国际收支规模门槛由等值10亿美元降至等值5亿美元。")
    runin("（二）优化额度管理。", "净流入额上限、净流出额上限按照应计所有者权益分别乘以宏观审慎调节系数1和0.5确定。")
    runin("（三）服务西部陆海新通道。", "支持与共建“一带一路”国家有贸易往来的成员企业开展轧差净额结算。")
    runin("（四）强化风险防控。", "明确合作银行展业审核和数据报送责任。")
    head("三、下一步工作")
    body("我分行、分局已首批确定14家经办银行，将指导其于2026年5月1日《细则》施行前完成系统改造，并密切监测业务运行情况。")
    add_par(doc, "特此报告。")
    add_par(doc, "附件：1．中国（重庆）自由贸易试验区跨境资金集中运营管理实施细则（试行）")
    p = add_par(doc, "2．中国（重庆）自由贸易试验区跨境资金集中运营业务首批经办银行名单")
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(0)
    empty(doc, 1)
    p = add_par(doc, "中国人民银行重庆市分行\u3000\u3000国家外汇管理局重庆市分局", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年4月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)

    # ---- 附件1: 细则 with Word auto numbering
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("中国（重庆）自由贸易试验区跨境资金集中", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("运营管理实施细则（试行）", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        p = add_par(doc, [("\u3000" + t, HT, 16, False)], align=C, indent=False)
        apply_num(p, n_chap)

    art = [0]

    def article(first, items=()):
        art[0] += 1
        runs = [("\u3000" + first, FS, 16, False)]
        for it in items:
            runs += [("\n", FS, 16, False), (it, FS, 16, False)]
        p = add_par(doc, runs, first=Pt(32))
        apply_num(p, n_art)
        clauses.append("第%s条\u3000%s%s" % (CN[art[0] - 1], first, "".join(items)))

    chapter("总则")
    article("为便利跨国公司在中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）集中运营管理境内外资金，根据国家有关规定，"
            "制定本细则。")
    article("本细则所称跨境资金集中运营业务，是指主办企业通过国内资金主账户集中运营管理境内外成员企业本外币资金的业务。")
    article("本细则适用于在重庆自贸试验区两江片区、西永片区、果园港片区注册的主办企业。")
    chapter("业务准入")
    article("主办企业应当具备以下条件：", (
        "（一）境内外成员企业上年度本外币国际收支规模合计超过等值5亿美元；",
        "（二）近两年无重大外汇和跨境人民币违法违规记录；",
        "（三）具有专门的资金管理部门和健全的内部控制制度。"))
    article("主办企业应当通过合作银行向中国人民银行重庆市分行、国家外汇管理局重庆市分局（以下简称市分行、市分局）提交业务备案表"
            "等材料。市分行、市分局自收到完整材料之日起15个工作日内完成备案。")
    chapter("额度与资金使用")
    article("跨境资金净流入额上限＝资金池应计所有者权益×1；跨境资金净流出额上限＝资金池应计所有者权益×0.5。")
    article("主办企业可以集中成员企业外债额度和境外放款额度，集中后的额度纳入跨境资金净流入额上限和净流出额上限管理。")
    article("支持与共建“一带一路”国家有贸易往来的成员企业开展经常项目资金集中收付和轧差净额结算。")
    chapter("监测与管理")
    article("合作银行应当按规定报送跨境收支数据，并于每季度结束后10个工作日内报送业务运行情况。")
    article("违反本细则的，市分行、市分局可以暂停或者终止其业务，并依法予以处罚。")
    chapter("附则")
    article("本细则由中国人民银行重庆市分行、国家外汇管理局重庆市分局负责解释。")
    article("本细则自2026年5月1日起施行，试行期两年。")

    # ---- 附件2: landscape section, long table split by hand with 续表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("中国（重庆）自由贸易试验区跨境资金集中运营业务首批经办银行名单", XBS, 20, False)],
            align=C, indent=False, line=32, after=8)
    header = ["序号", "银行名称", "经办机构", "所在片区", "可办理业务"]
    FULL = "资金池、外债额度集中、境外放款额度集中"
    banks = [
        ["1", "中国工商银行重庆市分行", "两江分行营业部", "两江片区", FULL],
        ["2", "中国农业银行重庆市分行", "两江分行营业部", "两江片区", FULL],
        ["3", "中国银行重庆市分行", "两江分行营业部", "两江片区", FULL],
        ["4", "中国建设银行重庆市分行", "两江分行营业部", "两江片区", FULL],
        ["5", "交通银行重庆市分行", "两江支行", "两江片区", FULL],
        ["6", "国家开发银行重庆市分行", "营业部", "两江片区", "外债额度集中、境外放款额度集中"],
        ["7", "中国进出口银行重庆分行", "营业部", "两江片区", "外债额度集中、境外放款额度集中"],
        ["8", "招商银行重庆分行", "西永支行", "西永片区", FULL],
        ["9", "中信银行重庆分行", "西永支行", "西永片区", FULL],
        ["10", "兴业银行重庆分行", "西永支行", "西永片区", "资金池"],
        ["11", "上海浦东发展银行重庆分行", "江北嘴支行", "两江片区", FULL],
        ["12", "重庆银行", "国际业务部", "两江片区", FULL],
        ["13", "重庆农村商业银行", "果园港支行", "果园港片区", "资金池、外债额度集中"],
        ["14", "汇丰银行（中国）有限公司重庆分行", "营业部", "两江片区", FULL],
    ]

    t = doc.add_table(rows=1 + len(banks), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(banks, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 4 else C, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.4, 6.8, 3.4, 2.6, 8.3])
    note = "注：名单排名不分先后。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：重庆市人民政府办公厅，重庆市商务委员会，中国（重庆）自由贸易试验区工作办公室。",
          "中国人民银行重庆市分行办公室", "2026年4月16日印发", 16, gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于报送《中国（重庆）自由贸易试验区跨境资金集中运营管理实施细则（试行）》的报告",
            "doc_number": "渝银报〔2026〕21号",
            "issuer": ["中国人民银行重庆市分行", "国家外汇管理局重庆市分局"],
            "date": "2026-04-16",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": ["中国（重庆）自由贸易试验区跨境资金集中运营管理实施细则（试行）",
                            "中国（重庆）自由贸易试验区跨境资金集中运营业务首批经办银行名单"],
            "doc_type": "报告",
            "recipients": ["中国人民银行", "国家外汇管理局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_guangdong(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
