# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1061: 地方标准 (DB standards) as Word files, + PDF + expected.json.

Three files:
  blind1061_gx_haiwaicang  DB45/T 2891—2026 跨境电子商务公共海外仓服务规范 (广西, proper
                           GB/T 1.1 layout: sections, roman/arabic page numbers, header,
                           auto-numbered a) b) c) list, repeated header row, page-broken 附录A)
  blind1061_yn_zhonglao    DB53/T 1386—2026 中老铁路国际货物多式联运服务规范 (云南; cover
                           dates/issuer in Word frames, 代替 older edition, two-level merged
                           table header, vertically merged cell, Shift+Enter inside a para,
                           appendix runs on without page break)
  blind1061_xm_silu        DB3502/T 168—2025 “丝路海运”航线服务规范 (厦门, clerk-typed:
                           text box logo, typed spaces, title split over paragraphs, soft
                           line break in English title and mid-sentence, first-page-different
                           footer "— 2 —", manual 表1（续）, mixed half/full-width punctuation)
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

SONG = "宋体"
HT = "黑体"
FS = "仿宋_GB2312"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
TNR = "Times New Roman"
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=SONG, size=10.5, bold=False, east=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), name)
    rf.set(qn("w:eastAsia"), east or name)
    return run


def par(container, runs, align=J, first=0, line=15, before=0, after=0, left=None,
        exact=True):
    """runs: str or list of (text, font, size, bold)."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, SONG, 10.5, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        font(p.add_run(text), name, size, bold)
    pf = p.paragraph_format
    p.alignment = align
    if exact:
        pf.line_spacing = Pt(line)
    else:
        pf.line_spacing = 1.0
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    return p


def border(p, side="bottom", color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(container, n=1, line=16):
    for _ in range(n):
        p = container.add_paragraph()
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.space_after = Pt(0)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def setup(doc, body_font=SONG, size=10.5):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.0)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.0)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(1.0)
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    st.paragraph_format.space_after = Pt(0)


def page_field(p, name=SONG, size=10.5):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def pg_num_type(section, fmt, start=1):
    sp = section._sectPr
    old = sp.find(qn("w:pgNumType"))
    if old is not None:
        sp.remove(old)
    el = parse_xml('<w:pgNumType %s w:fmt="%s" w:start="%d"/>' % (nsdecls("w"), fmt, start))
    anchor = sp.find(qn("w:cols"))
    if anchor is None:
        anchor = sp.find(qn("w:docGrid"))
    if anchor is not None:
        anchor.addprevious(el)
    else:
        sp.append(el)


def new_section(doc, header_text=None, header_align=R, footer_fmt="decimal",
                footer_dash=False, start=1):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.text = ""
    if header_text:
        hp.alignment = header_align
        font(hp.add_run(header_text), HT, 10.5)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = C
    if footer_dash:
        font(fp.add_run("— "), SONG, 10.5)
    page_field(fp)
    if footer_dash:
        font(fp.add_run(" —"), SONG, 10.5)
    pg_num_type(sec, footer_fmt, start)
    return sec


def caption(doc, text):
    p = par(doc, [(text, HT, 10.5, False)], align=C, before=3, after=3)
    p.paragraph_format.keep_with_next = True
    return p


def set_cell(cell, text, name=SONG, size=9, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_widths(t, widths):
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def simple_table(doc, header, rows, clauses, widths=None, repeat=True, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 9)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, SONG, 9,
                     align=L if ci in left_cols else C)
        clauses.append(row_clause(header, row))
    if widths:
        grid_widths(t, widths)
    return t


# ---- Word automatic numbering a) b) c) -----------------------------------
_next_abs = [700]


def make_numbering(doc, fmt, lvl_text, left=840, hanging=420):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
        '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/>'
        '<w:sz w:val="21"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt, lvl_text, left, hanging))
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


def frame(p, x, y, w, h=None, anchor_v="page", anchor_h="margin"):
    """Turn a paragraph into a positioned Word frame (w:framePr), like the SAC template."""
    ppr = p._p.get_or_add_pPr()
    attrs = ('w:w="%d" w:hSpace="180" w:vSpace="180" w:wrap="around" '
             'w:vAnchor="%s" w:hAnchor="%s" w:x="%d" w:y="%d"' % (w, anchor_v, anchor_h, x, y))
    if h:
        attrs += ' w:h="%d" w:hRule="exact"' % h
    ppr.insert(0, parse_xml('<w:framePr %s %s/>' % (nsdecls("w"), attrs)))


def vml_textbox(p, text, left_pt, top_pt, w_pt, h_pt, size=36, name=HT, bold=True):
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office"')
    xml = (
        '<w:r %s><w:pict>'
        '<v:shape id="_x0000_s1061" type="#_x0000_t202" filled="f" stroked="f" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:paragraph">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>'
        '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr>'
        '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s<w:sz w:val="%d"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (ns, left_pt, top_pt, w_pt, h_pt, name, name, name,
           "<w:b/>" if bold else "", int(size * 2), text))
    p._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1061", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": None, "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "标准", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_guangxi():
    stem = "blind1061_gx_haiwaicang"
    doc = Document()
    setup(doc)
    clauses = []
    STD = "DB45/T 2891—2026"
    TITLE = "跨境电子商务公共海外仓服务规范"

    # ---------------- cover (section 1, no header/footer)
    par(doc, [("ICS 03.080.99", HT, 10.5, False)], align=L)
    par(doc, [("CCS A 10", HT, 10.5, False)], align=L)
    par(doc, [("DB45", HT, 36, True)], align=R, line=44, before=6)
    empty(doc, 1)
    par(doc, [("广西壮族自治区地方标准", HT, 28, False)], align=C, line=40, before=6)
    empty(doc, 1)
    p = par(doc, [(STD, HT, 14, False)], align=R, line=22)
    border(p, "bottom", "000000", 12, 4)
    empty(doc, 5, line=22)
    par(doc, [(TITLE, HT, 26, False)], align=C, line=36)
    empty(doc, 1)
    par(doc, [("Service specification for public overseas warehouses of cross-border e-commerce",
               TNR, 14, False)], align=C, line=20)
    empty(doc, 9, line=22)
    p = par(doc, [("2026-03-18发布", HT, 14, False), ("\t", HT, 14, False),
                  ("2026-04-18实施", HT, 14, False)], align=L, line=24)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 12, 4)
    empty(doc, 1)
    par(doc, [("广西壮族自治区市场监督管理局", HT, 18, False), ("　　发布", HT, 14, False)],
        align=C, line=26)

    # ---------------- 前言 (section 2, roman page numbers, header with number)
    new_section(doc, header_text=STD, footer_fmt="upperRoman")
    par(doc, [("前　　言", HT, 16, False)], align=C, line=24, before=12, after=18)

    def body(t):
        clauses.append(t)
        par(doc, t, first=21)

    body("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    body("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    body("本文件由广西壮族自治区商务厅提出、归口并宏观指导。")
    body("本文件起草单位：广西壮族自治区商务厅、广西标准技术研究院、中国（广西）自由贸易试验区南宁片区管理委员会、广西北部湾国际港务集团有限公司、南宁跨境电子商务综合试验区服务中心、广西东盟海外仓供应链管理有限公司。")
    body("本文件主要起草人：黄志明、韦丽娟、陆海波、覃晓雯、梁振宇、蒙晓峰、李桂芳。")

    # ---------------- body (section 3, arabic page numbers from 1)
    new_section(doc, header_text=STD, footer_fmt="decimal", start=1)
    par(doc, [(TITLE, HT, 16, False)], align=C, line=24, before=0, after=6)

    def chap(num, text):
        par(doc, [(num + "　" + text, HT, 10.5, False)], align=L, before=3, after=0)

    def sub(num, text):
        par(doc, [(num + "　" + text, HT, 10.5, False)], align=L, before=0, after=0)

    def cl(num, text):
        clauses.append(num + "　" + text)
        par(doc, [(num, HT, 10.5, False), ("　" + text, SONG, 10.5, False)])

    def ref(text):
        clauses.append(text)
        par(doc, text, first=21)

    n_alpha = make_numbering(doc, "lowerLetter", "%1)")

    def item(text):
        # label a) b) c) comes from Word's automatic numbering
        letter = "abcdefg"[item.n]
        item.n += 1
        clauses.append(letter + ") " + text)
        p = par(doc, text)
        p.paragraph_format.first_line_indent = None
        apply_num(p, n_alpha)
    item.n = 0

    def term(num, zh, en, definition, note=None):
        par(doc, [(num, HT, 10.5, False)], align=L)
        par(doc, [(zh + "　", HT, 10.5, False), (en, TNR, 10.5, False)], align=L, first=21)
        body(definition)
        if note:
            body(note)

    chap("1", "范围")
    body("本文件规定了跨境电子商务公共海外仓的基本要求、设施设备要求、服务内容与要求、服务质量评价与改进。")
    body("本文件适用于广西壮族自治区内企业在境外建设、运营的跨境电子商务公共海外仓的服务提供与管理。")
    chap("2", "规范性引用文件")
    body("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    ref("GB/T 18354　物流术语")
    ref("GB/T 21071　仓储服务质量要求")
    ref("GB/T 28581　通用仓库及库区规划设计参数")
    chap("3", "术语和定义")
    body("GB/T 18354界定的以及下列术语和定义适用于本文件。")
    term("3.1", "跨境电子商务", "cross-border e-commerce",
         "分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的一种国际商业活动。")
    term("3.2", "公共海外仓", "public overseas warehouse",
         "在境外设立，面向不特定的跨境电子商务企业开放，提供仓储、分拣、配送、退换货等服务的仓储设施。",
         "注：公共海外仓区别于仅为运营主体自身业务服务的自营海外仓。")
    chap("4", "基本要求")
    sub("4.1", "运营主体")
    cl("4.1.1", "运营主体应在境内依法登记注册，并在海外仓所在国家（地区）取得合法经营资格。")
    cl("4.1.2", "运营主体应建立仓储管理、安全管理、客户服务、应急处置等管理制度，并配备与服务规模相适应的专业人员。")
    cl("4.1.3", "运营主体应具备以下条件：")
    item("海外仓仓储面积不小于5 000 m²；")
    item("近一年服务的境内跨境电子商务企业不少于20家；")
    item("具有仓储管理系统（WMS），并能与境内跨境电子商务综合服务平台实现数据对接。")
    sub("4.2", "人员")
    cl("4.2.1", "仓储作业人员应经岗前培训合格后上岗，熟悉所在国家（地区）海关、税务、劳工等方面的相关规定。")
    cl("4.2.2", "应配备能使用中文和所在国家（地区）通用语言沟通的客户服务人员。")
    chap("5", "设施设备要求")
    cl("5.1", "仓库布局应符合GB/T 28581的要求，设置收货区、存储区、拣选区、包装区、发货区、退货处理区等功能区域。")
    cl("5.2", "应配备货架、叉车、托盘、扫码终端、称重设备等仓储设备，以及视频监控、消防、防盗等安全设施。")
    chap("6", "服务内容与要求")
    sub("6.1", "服务内容")
    body("公共海外仓服务内容包括头程运输对接、入库、仓储、订单处理、尾程配送、退换货处理及增值服务等。")
    sub("6.2", "服务时效")
    cl("6.2.1", "公共海外仓各项服务时效应符合表1的要求。")
    caption(doc, "表1　服务时效要求")
    simple_table(doc, ["序号", "服务项目", "时效要求", "备注"], [
        ["1", "入库上架", "货物到仓后48 h内完成", "节假日顺延"],
        ["2", "订单出库", "当地时间14:00前确认的订单当日出库", "—"],
        ["3", "退货处理", "收到退货后72 h内完成检验、分类", "—"],
        ["4", "库存盘点", "每月不少于1次", "客户要求时可增加"],
        ["5", "异常反馈", "发现异常后24 h内通知客户", "—"],
    ], clauses, widths=[1.2, 2.6, 8.4, 3.5])
    cl("6.2.2", "因不可抗力、所在国家（地区）政策调整等原因无法按时完成的，应及时告知客户并说明原因。")
    chap("7", "服务质量评价与改进")
    cl("7.1", "运营主体应每年至少开展1次服务质量自我评价，评价指标见附录A。")
    cl("7.2", "应建立客户投诉处理机制，投诉处理结果应在5个工作日内反馈客户。")

    # ---------------- 附录A (follows the body after a blank line)
    empty(doc, 2)
    par(doc, [("附　录　A", HT, 12, False)], align=C, line=20, before=6)
    par(doc, [("（资料性）", HT, 12, False)], align=C, line=20)
    par(doc, [("公共海外仓服务质量评价指标", HT, 12, False)], align=C, line=20, after=12)
    cl("A.1", "公共海外仓服务质量评价指标见表A.1。")
    caption(doc, "表A.1　公共海外仓服务质量评价指标")
    simple_table(doc, ["序号", "评价指标", "计算方法", "参考值"], [
        ["1", "入库及时率", "按时完成入库的批次数／入库总批次数×100%", "≥98%"],
        ["2", "订单准确率", "准确发货的订单数／发货订单总数×100%", "≥99.5%"],
        ["3", "库存准确率", "盘点账实相符的SKU数／盘点SKU总数×100%", "≥99%"],
        ["4", "订单及时出库率", "按表1时效出库的订单数／出库订单总数×100%", "≥97%"],
        ["5", "客户满意度", "评价为满意及以上的问卷数／有效问卷总数×100%", "≥90%"],
    ], clauses, widths=[1.2, 3.2, 8.8, 2.5], left_cols=(2,))
    cl("A.2", "评价时可根据海外仓所在国家（地区）的实际情况对参考值进行调整。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title=TITLE, doc_number=STD, issuer=["广西壮族自治区市场监督管理局"],
                     date="2026-03-18", level="provincial", region="广西壮族自治区",
                     effective="2026-04-18"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yunnan():
    stem = "blind1061_yn_zhonglao"
    doc = Document()
    setup(doc)
    clauses = []
    STD = "DB53/T 1386—2026"
    TITLE = "中老铁路国际货物多式联运服务规范"

    # ---------------- cover: top part as paragraphs, bottom part in Word frames
    par(doc, [("ICS 03.220.30", HT, 10.5, False)], align=L)
    par(doc, [("CCS R 07", HT, 10.5, False)], align=L)
    par(doc, [("DB53", TNR, 36, True)], align=R, line=44, before=6)
    empty(doc, 1)
    par(doc, [("云　南　省　地　方　标　准", HT, 26, False)], align=C, line=40, before=6)
    empty(doc, 1)
    par(doc, [(STD, HT, 14, False)], align=R, line=22)
    p = par(doc, [("代替DB53/T 1102—2022", HT, 10.5, False)], align=R, line=16)
    border(p, "bottom", "000000", 12, 4)
    empty(doc, 4, line=22)
    par(doc, [(TITLE, HT, 26, False)], align=C, line=36)
    empty(doc, 1)
    par(doc, [("Service specification for international multimodal transport of goods via "
               "China-Laos Railway", TNR, 14, False)], align=C, line=20)
    # frames anchored to the page (positions in twips), as in the SAC cover template
    p = par(doc, [("2026-01-20发布", HT, 14, False)], align=L, line=24)
    frame(p, x=0, y=14000, w=4000)
    p = par(doc, [("2026-04-20实施", HT, 14, False)], align=R, line=24)
    frame(p, x=5354, y=14000, w=4000)
    p = par(doc, [("云南省市场监督管理局", HT, 18, False), ("　　发　布", HT, 14, False)],
            align=C, line=26)
    frame(p, x=0, y=14900, w=9354)
    border(p, "top", "000000", 12, 6)

    # ---------------- 前言
    new_section(doc, header_text=STD, header_align=L, footer_fmt="upperRoman")
    par(doc, [("前　言", HT, 16, False)], align=C, line=24, before=12, after=18)

    def body(t):
        clauses.append(t)
        par(doc, t, first=21)

    body("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    body("本文件代替DB53/T 1102—2022《中老铁路国际货物联运服务规范》，与DB53/T 1102—2022相比，除结构调整和编辑性改动外，主要技术变化如下：")
    body("——增加了“澜湄快线”和“铁路快通”服务要求（见6.3）；")
    body("——更改了单证办理和口岸通关时限（见表1，2022年版的5.2）；")
    body("——删除了纸质单证传递的要求（见2022年版的5.4）。")
    body("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    body("本文件由云南省商务厅提出。")
    body("本文件由云南省物流标准化技术委员会归口。")
    body("本文件起草单位：云南省商务厅、中国（云南）自由贸易试验区昆明片区管理委员会、中国铁路昆明局集团有限公司、云南省现代物流产业发展研究院、昆明海关技术中心、云南省标准化研究院。")
    body("本文件主要起草人：杨建华、段丽萍、普文涛、李晓明、刀玉芬、赵国庆。")
    body("本文件及其所代替文件的历次版本发布情况为：")
    body("——2022年首次发布为DB53/T 1102—2022；")
    body("——本次为第一次修订。")

    # ---------------- body
    new_section(doc, header_text=STD, header_align=L, footer_fmt="decimal", start=1)
    par(doc, [(TITLE, HT, 16, False)], align=C, line=24, before=6, after=12)

    SP = "  "  # clerk typed two half-width spaces after clause numbers

    def chap(num, text):
        par(doc, [(num + SP + text, HT, 10.5, False)], align=L, before=6, after=3)

    def cl(num, text):
        clauses.append(num + SP + text)
        par(doc, [(num + SP, HT, 10.5, False), (text, SONG, 10.5, False)])

    chap("1", "范围")
    body("本文件规定了中老铁路国际货物多式联运的服务主体、服务流程、服务要求、单证与信息服务、安全与应急、服务评价。")
    body("本文件适用于经中老铁路（昆明—万象）开展的国际货物多式联运服务。经中老铁路衔接中南半岛其他国家的“铁路+”多式联运服务可参照执行。")
    chap("2", "规范性引用文件")
    body("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    body("GB/T 18354  物流术语")
    body("GB/T 24360  多式联运服务质量及测评")
    body("JT/T 1092  货物多式联运术语")
    chap("3", "术语和定义")
    body("GB/T 18354和JT/T 1092界定的以及下列术语和定义适用于本文件。")

    def term(num, zh, en, definition):
        # clerk typed number, term and English on one line
        par(doc, [(num + SP + zh + SP, HT, 10.5, False), (en, TNR, 10.5, False)], align=L,
            before=3)
        body(definition)

    term("3.1", "中老铁路", "China-Laos Railway",
         "北起中国云南省昆明市，经磨憨—磨丁口岸，南至老挝万象市的国际电气化铁路。")
    term("3.2", "“澜湄快线”", "Lancang-Mekong Express",
         "依托中老铁路开行的定点、定线、定车次、定时、定价的国际货物列车。")
    term("3.3", "“铁路快通”", "railway fast customs clearance mode",
         "海关对经铁路进出境的货物，利用舱单信息实施监管，货物在口岸免于办理转关手续、直接通关放行的模式。")
    chap("4", "服务主体")
    cl("4.1", "多式联运经营人应依法取得相应经营资质，具备全程组织、协调和承担多式联运责任的能力。")
    cl("4.2", "多式联运经营人应与铁路、公路、水路承运人及境外合作方签订合作协议，明确各方的权利和义务。")
    chap("5", "服务流程")
    cl("5.1", "中老铁路国际货物多式联运服务流程包括托运受理、集货装箱、单证办理、口岸通关、干线运输、境外衔接、交付与结算。")
    cl("5.2", "多式联运经营人受理托运时应核验以下信息：")
    # two dash items typed in one paragraph, separated by Shift+Enter
    d1 = "——托运人名称、联系方式及货物品名、数量、重量、包装；"
    d2 = "——货物的海关商品编码（HS编码）及原产地；"
    p = doc.add_paragraph()
    font(p.add_run(d1), SONG, 10.5)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(d2), SONG, 10.5)
    p.paragraph_format.first_line_indent = Pt(21)
    p.paragraph_format.line_spacing = Pt(16)
    clauses.extend([d1, d2])
    body("——目的站、收货人及境外清关代理信息。")
    chap("6", "服务要求")
    par(doc, [("6.1" + SP + "时限要求", HT, 10.5, False)], align=L, before=3)
    cl("6.1.1", "各环节服务时限应符合表1的规定。")
    caption(doc, "表1  服务时限要求")

    # table with a two-level header and a vertically merged 备注 cell
    t = doc.add_table(rows=7, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(a, "服务环节", HT)
    a = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(a, "服务时限", HT)
    set_cell(t.cell(1, 2), "整列货物", HT)
    set_cell(t.cell(1, 3), "零散货物（拼箱）", HT)
    a = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(a, "备注", HT)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "服务环节", "服务时限／整列货物", "服务时限／零散货物（拼箱）", "备注"]
    rows = [
        ["1", "托运受理", "2 h", "4 h", "工作时间内"],
        ["2", "单证办理", "4 h", "8 h", "单证齐全后起算"],
        ["3", "口岸通关（磨憨铁路口岸）", "6 h", "12 h", "单证齐全后起算"],
        ["4", "干线运输（王家营西站—万象南站）", "30 h", "48 h", "不含口岸通关时间"],
        ["5", "境外衔接配送（万象—曼谷）", "36 h", "60 h", "经廊开换装"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ri == 3 and ci == 4:
                continue
            set_cell(t.cell(ri, ci), v, SONG)
    m = t.cell(3, 4).merge(t.cell(4, 4))
    set_cell(m, "单证齐全后起算", SONG)
    for row in rows:
        clauses.append(row_clause(hdr, row))
    grid_widths(t, [1.2, 5.6, 2.6, 3.4, 3.6])
    body("注：表中时限按北京时间计算。")
    cl("6.1.2", "因境外段运力不足、口岸拥堵等原因导致延误的，多式联运经营人应在发现延误后2 h内告知托运人。")
    par(doc, [("6.2" + SP + "运输组织", HT, 10.5, False)], align=L, before=3)
    cl("6.2.1", "宜采用“一单制”全程运输，由多式联运经营人签发多式联运单据，实现“一次托运、一单到底、一次收费、一次保险”。")
    cl("6.2.2", "冷链货物应使用冷藏集装箱运输，全程温度记录间隔不大于30 min。")
    par(doc, [("6.3" + SP + "“澜湄快线”和“铁路快通”", HT, 10.5, False)], align=L, before=3)
    cl("6.3.1", "“澜湄快线”应按公布的班期开行，准点率不低于95%。")
    cl("6.3.2", "适用“铁路快通”模式的货物，多式联运经营人应在列车抵达口岸前向海关传输舱单信息。")
    chap("7", "单证与信息服务")
    cl("7.1", "应通过国际贸易“单一窗口”或多式联运信息平台办理电子单证，推动中国、老挝、泰国三国单证信息互认。")
    cl("7.2", "应向托运人提供货物在途跟踪查询服务，信息更新间隔不大于4 h。")
    chap("8", "安全与应急")
    cl("8.1", "危险货物运输应符合中老两国危险货物铁路运输的相关规定。")
    cl("8.2", "应制定口岸拥堵、自然灾害、设备故障等突发事件应急预案，每年至少组织1次应急演练。")
    chap("9", "服务评价")
    cl("9.1", "应按照GB/T 24360的要求开展服务质量测评，测评指标见附录A。")

    # ---------------- 附录A: clerk did not start a new page
    empty(doc, 1)
    par(doc, [("附录A", HT, 12, False)], align=C, line=20)
    par(doc, [("（资料性）", HT, 12, False)], align=C, line=20)
    par(doc, [("服务质量测评指标", HT, 12, False)], align=C, line=20, after=6)
    cl("A.1", "中老铁路国际货物多式联运服务质量测评指标及目标值见表A.1。")
    caption(doc, "表A.1  服务质量测评指标及目标值")
    simple_table(doc, ["序号", "指标名称", "计算方法", "目标值"], [
        ["1", "班列准点率", "按图定时刻到达的班列数／开行班列总数×100%", "≥95%"],
        ["2", "货损货差率", "发生货损货差的箱数／承运总箱数×100%", "≤0.01%"],
        ["3", "单证差错率", "出现差错的单证份数／办理单证总份数×100%", "≤0.5%"],
        ["4", "投诉处理及时率", "按时办结的投诉件数／投诉总件数×100%", "100%"],
    ], clauses, widths=[1.2, 3.4, 8.6, 2.5], left_cols=(2,))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title=TITLE, doc_number=STD, issuer=["云南省市场监督管理局"],
                     date="2026-01-20", level="provincial", region="云南省",
                     effective="2026-04-20",
                     repeals="DB53/T 1102—2022《中老铁路国际货物联运服务规范》"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    stem = "blind1061_xm_silu"
    doc = Document()
    setup(doc)
    clauses = []
    STD = "DB3502/T 168-2025"  # clerk typed a half-width hyphen on the cover and header
    TITLE = "“丝路海运”航线服务规范"

    # single section, "different first page": cover has no page number, 前言 shows — 2 —
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = R
    font(hp.add_run(STD), HT, 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 12)
    page_field(fp, SONG, 12)
    font(fp.add_run(" —"), SONG, 12)

    # ---------------- cover (typed by a clerk)
    p = par(doc, [("ICS  03.220.40", SONG, 10.5, True)], align=L)
    vml_textbox(p, "DB3502", 300, 0, 160, 50, size=36, name=TNR, bold=True)
    par(doc, [("CCS  R 40", SONG, 10.5, True)], align=L)
    empty(doc, 3)
    par(doc, [("厦　门　市　地　方　标　准", HT, 26, False)], align=C, line=40)
    empty(doc, 1)
    p = par(doc, [("                                                         " + STD,
                   HT, 14, False)], align=L, line=22)
    border(p, "bottom", "000000", 12, 4)
    empty(doc, 4, line=22)
    # title split over two paragraphs at an odd place
    par(doc, [("“丝路海运”航线", HT, 26, False)], align=C, line=36)
    par(doc, [("服务规范", HT, 26, False)], align=C, line=36)
    empty(doc, 1)
    p = par(doc, [("Service specification for “Silk Road Maritime”", TNR, 14, False)],
            align=C, line=20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("shipping routes"), TNR, 14)
    empty(doc, 8, line=22)
    p = par(doc, [("2025-12-15 发布" + " " * 46 + "2026-01-15 实施", HT, 14, False)],
            align=L, line=24)
    border(p, "bottom", "000000", 12, 4)
    empty(doc, 1)
    par(doc, [("厦门市市场监督管理局　　发布", HT, 18, False)], align=C, line=26)
    page_break(doc)

    # ---------------- 前言: indentation typed with full-width spaces
    IND = "　　"
    par(doc, [("前　　言", HT, 16, False)], align=C, line=24, before=12, after=18)

    def body(t, size=10.5):
        clauses.append(t)
        par(doc, [(IND + t, SONG, size, False)], line=16)

    body("本文件按照GB/T 1.1-2020《标准化工作导则  第1部分：标准化文件的结构和起草规则》的规定起草。")
    body("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    body("本文件由厦门市港口管理局提出并归口。")
    body("本文件起草单位：厦门市港口管理局、“丝路海运”联盟秘书处、厦门港务控股集团有限公司、中国（福建）自由贸易试验区厦门片区管理委员会、厦门市标准化研究院。")
    body("本文件主要起草人：陈建明、林雅琴、黄志强、吴晓东、郑丽华、许文博。")
    page_break(doc)

    # ---------------- body: headings in bold 宋体, numbers followed by one space
    par(doc, [(TITLE, HT, 16, False)], align=C, line=24, before=6, after=12)

    def chap(num, text):
        par(doc, [(num + " " + text, SONG, 10.5, True)], align=L, line=16, before=6, after=3)

    def cl(num, text):
        clauses.append(num + " " + text)
        par(doc, [(num + " " + text, SONG, 10.5, False)], line=16)

    def item(text):
        clauses.append(text)
        par(doc, [(IND + text, SONG, 10.5, False)], line=16)

    chap("1", "范围")
    body("本文件规定了“丝路海运”航线的命名条件、服务要求、信息服务、服务评价与退出。")
    body("本文件适用于以厦门港为始发港或挂靠港的“丝路海运”命名航线的运营和服务管理。")
    chap("2", "规范性引用文件")
    body("本文件没有规范性引用文件。")
    chap("3", "术语和定义")
    body("下列术语和定义适用于本文件。")

    def term(num, zh, en, definition):
        par(doc, [(num, SONG, 10.5, True)], align=L, line=16, before=3)
        par(doc, [(IND + zh + "  ", SONG, 10.5, True), (en, TNR, 10.5, True)], align=L, line=16)
        body(definition)

    term("3.1", "“丝路海运”", "Silk Road Maritime",
         "以福建港口为重要节点，连接共建“一带一路”国家和地区港口的航运、港口、物流服务综合品牌。")
    term("3.2", "命名航线", "named route",
         "经“丝路海运”联盟审核，符合本文件规定的服务条件并被授予“丝路海运”名称的集装箱班轮航线。")
    term("3.3", "航线准班率", "schedule reliability",
         "统计期内船舶按船期表公布时间前后24h以内抵达港口的艘次占总艘次的百分比。")
    chap("4", "命名条件")
    body("申请命名的航线应同时满足以下条件：")
    item("1) 挂靠至少1个共建“一带一路”国家或地区的港口；")
    item("2) 航线已连续运营6个月以上，且每月至少挂靠厦门港2个航次；")
    item("3) 近6个月航线准班率不低于70%；")
    item("4) 航线运营人在厦门设有分支机构或委托代理机构。")
    chap("5", "服务要求")
    par(doc, [("5.1 港口作业", SONG, 10.5, True)], align=L, line=16, before=3)
    cl("5.1.1", "码头运营单位应为命名航线提供优先靠泊、优先装卸服务，船舶平均在港停时不超过24 h。")
    # copy-pasted paragraph with a manual line break in the middle of the sentence
    t1 = "5.1.2 进口重箱提箱、出口重箱进港应实行网上预约，"
    t2 = "预约兑现率不低于95%。"
    p = par(doc, [(t1, SONG, 10.5, False)], line=16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2), SONG, 10.5)
    clauses.append(t1 + t2)
    par(doc, [("5.2 通关与物流", SONG, 10.5, True)], align=L, line=16, before=3)
    cl("5.2.1", "海关、海事、边检等口岸单位宜对命名航线实施\"提前申报\"\"船边直提\"\"抵港直装\"等便利措施。")
    cl("5.2.2", "各项服务指标应符合表1的要求。")
    hdr = ["序号", "服务指标", "指标要求", "责任单位"]
    caption(doc, "表1  命名航线服务指标")
    simple_table(doc, hdr, [
        ["1", "船舶平均在港停时", "≤24 h", "码头运营单位"],
        ["2", "集装箱船舶平均作业效率", "≥100自然箱/h", "码头运营单位"],
        ["3", "进口货物整体通关时间", "≤24 h", "厦门海关"],
    ], clauses, widths=[1.4, 6.0, 3.8, 5.0], repeat=False)
    # clerk split the table by hand and retyped the header on the next page
    page_break(doc)
    caption(doc, "表1（续）")
    simple_table(doc, hdr, [
        ["4", "出口货物整体通关时间", "≤0.5 h", "厦门海关"],
        ["5", "航线准班率", "≥75%", "航线运营人"],
        ["6", "电子放货比例", "100%", "航线运营人、船舶代理"],
        ["7", "客户投诉响应时间", "≤2 h", "航线运营人"],
        ["8", "投诉办结时间", "≤5个工作日", "“丝路海运”联盟秘书处"],
    ], clauses, widths=[1.4, 6.0, 3.8, 5.0], repeat=False)
    chap("6", "信息服务")
    cl("6.1", "航线运营人应通过“丝路海运”信息服务平台公布船期、舱位、运价等信息，船期变更应至少提前72 h公布。")
    cl("6.2", "宜实现集装箱“一箱到底”全程物流跟踪，向货主提供在港、在途状态查询。")
    chap("7", "服务评价与退出")
    cl("7.1", "“丝路海运”联盟秘书处每年对命名航线开展1次服务评价，评价采用百分制，评价内容及分值见附录A。")
    cl("7.2", "有下列情形之一的，取消其“丝路海运”命名：")
    item("a) 年度服务评价得分低于60分的；")
    item("b) 航线连续停航超过3个月的；")
    item("c) 发生重大及以上安全生产责任事故的。")

    # ---------------- 附录A
    empty(doc, 1, line=16)
    par(doc, [("附  录  A", HT, 12, False)], align=C, line=16)
    par(doc, [("(资料性)", HT, 12, False)], align=C, line=16)
    par(doc, [("命名航线服务评价内容及分值", HT, 12, False)], align=C, line=16, after=6)
    caption(doc, "表A.1  命名航线服务评价内容及分值")
    simple_table(doc, ["序号", "评价内容", "分值", "评分说明"], [
        ["1", "航线准班率", "30", "准班率≥75%得满分，每低1个百分点扣2分"],
        ["2", "港口作业效率", "20", "按表1第1项、第2项指标完成情况评分"],
        ["3", "信息服务", "20", "船期、运价信息公开及时准确的得满分"],
        ["4", "客户满意度", "20", "按年度客户满意度调查结果折算"],
        ["5", "绿色低碳", "10", "按使用岸电、清洁能源船舶的比例评分"],
        ["合计", "—", "100", "—"],
    ], clauses, widths=[1.4, 3.6, 1.6, 9.6], left_cols=(3,))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title=TITLE, doc_number="DB3502/T 168-2025",
                     issuer=["厦门市市场监督管理局"], date="2025-12-15",
                     level="municipal", region="厦门市", effective="2026-01-15"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_yunnan(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
