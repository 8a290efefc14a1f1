# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1078: rules and 实施方案 whose 章/条 and 一、（一）1. labels come from
Word list numbering (numbering.xml), Word + PDF + expected.json.

Files
  blind1078_hainan_banfa     联合红头通知 + 管理办法; 第X章 / 第X条 / （X） by direct numPr
  blind1078_xiamen_fangan    市政府办公厅印发实施方案的通知; 方案 as 附件, 一、（一）1. by a
                             three-level list, restarts after headings, one item continued
                             by a plain paragraph
  blind1078_chongqing_banfa  standalone 办法; 章/节 numbering linked to Heading styles,
                             条 numbering linked to a custom paragraph style
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
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
FW = "\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def cn(n):
    """Word chineseCounting: 1..99."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + d[n - 10]
    t, u = divmod(n, 10)
    return d[t] + "十" + (d[u] if u else "")


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


def add_par(doc, runs, style=None, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph(style=style)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def br_par(doc, pieces, name=XBS, size=22, line=36, align=WD_ALIGN_PARAGRAPH.CENTER):
    """One paragraph, pieces separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(pieces):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size)
    fmt(p, align=align, indent=False, line=line)
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


def footer_pageno(section, left="— ", right=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(left), SONG, 14)
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
    font(fp.add_run(right), SONG, 14)


def setup(doc, pageno=("— ", " —")):
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
    footer_pageno(s, *pageno)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1078", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word list numbering ----------------------------------------------------
_next_abs = [700]


def lvl_xml(ilvl, fmt_, text, suff="nothing", jc="left", first=640, left=0,
            rfont=None, bold=False, pstyle=None, start=1):
    rpr = ""
    if rfont or bold:
        rpr = "<w:rPr>"
        if rfont:
            rpr += ('<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>'
                    % (rfont, rfont, rfont))
        if bold:
            rpr += "<w:b/>"
        rpr += "</w:rPr>"
    ps = '<w:pStyle w:val="%s"/>' % pstyle if pstyle else ""
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s'
            '<w:suff w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/>'
            '<w:pPr><w:ind w:left="%d" w:firstLine="%d"/></w:pPr>%s</w:lvl>'
            % (ilvl, start, fmt_, ps, suff, text, jc, left, first, rpr))


def make_list(doc, levels, multi=True):
    """levels: list of lvl_xml strings. Returns numId."""
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="%08X"/>'
        '<w:multiLevelType w:val="%s"/><w:tmpl w:val="%08X"/>%s</w:abstractNum>'
        % (nsdecls("w"), aid, 0x3A5C0000 + aid, "multilevel" if multi else "singleLevel",
           0x7B2E0000 + aid, "".join(levels)))
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


def numpr(ppr_parent, nid, ilvl=0):
    """Insert w:numPr into a paragraph's (or a style's) pPr."""
    ppr = ppr_parent.get_or_add_pPr()
    el = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                   % (nsdecls("w"), ilvl, nid))
    ps = ppr.find(qn("w:pStyle"))
    kn = [ppr.find(qn("w:keepNext")), ppr.find(qn("w:keepLines")),
          ppr.find(qn("w:pageBreakBefore"))]
    anchor = None
    for k in [ps] + kn:
        if k is not None:
            anchor = k
    if anchor is not None:
        anchor.addnext(el)
    else:
        ppr.insert(0, el)


# =================================================================== DOC A
def doc_hainan():
    stem = "blind1078_hainan_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 红头: borderless layout table, organ names distributed, 文件 in merged cell
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(11.0)
    t.columns[1].width = Cm(4.2)
    for r in t.rows:
        r.cells[0].width = Cm(11.0)
        r.cells[1].width = Cm(4.2)
    set_cell(t.cell(0, 0), "海南省商务厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             color=RED, line=44)
    set_cell(t.cell(1, 0), "海南省财政厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             color=RED, line=44)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 44, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=60)
    empty(doc, 1)
    p = add_par(doc, "琼商务规〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title wrapped by hand at odd places
    br_par(doc, ["海南省商务厅 海南省财政厅关于印发",
                 "《海南自由贸易港跨境服务贸易发展",
                 "专项资金管理办法》的通知"])
    empty(doc, 1, line=20)
    add_par(doc, "各市、县、自治县商务主管部门，各市、县、自治县财政局，洋浦经济开发区"
                 "管理委员会，省直有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实《中华人民共和国海南自由贸易港法》和《海南自由贸易港建设总体方案》，"
         "加快发展跨境服务贸易，规范专项资金管理，提高资金使用效益，省商务厅、省财政厅研究制定了"
         "《海南自由贸易港跨境服务贸易发展专项资金管理办法》。现印发给你们，请认真抓好贯彻落实。")
    empty(doc, 1)
    # two 落款 organs on one line with a tab, date below right-aligned
    p = add_par(doc, [("海南省商务厅", FS, 16, False), ("\t", FS, 16, False),
                      ("海南省财政厅", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Cm(2.2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.2))
    p = add_par(doc, "2026年1月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Cm(1.4)
    add_par(doc, "（此件主动公开）")

    # ---------------- the 办法 itself, on a new page
    p = br_par(doc, ["海南自由贸易港跨境服务贸易发展", "专项资金管理办法"])
    p.paragraph_format.page_break_before = True
    empty(doc, 1)

    # chapters: their own single-level list (第%1章 + space), centred, 黑体
    n_chap = make_list(doc, [lvl_xml(0, "chineseCounting", "第%1章", suff="space",
                                     jc="left", first=0)], multi=False)
    # articles: multi-level list  lvl0 第%1条　 (label in 黑体), lvl1 （%2） restarts
    n_art = make_list(doc, [
        lvl_xml(0, "chineseCounting", "第%1条" + FW, suff="nothing", first=640, rfont=HT),
        lvl_xml(1, "chineseCounting", "（%2）", suff="nothing", first=640),
    ])

    chap = [0]
    art = [0]

    def chapter(title):
        chap[0] += 1
        p = add_par(doc, [(title, HT, 16, False)], indent=False,
                    align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.keep_with_next = True
        numpr(p._p, n_chap, 0)

    def article(text, items=(), paras=()):
        """text: article's first paragraph; items: numbered （一）… paragraphs;
        paras: further plain paragraphs of the same article."""
        art[0] += 1
        label = "第%s条%s" % (cn(art[0]), FW)
        p = add_par(doc, text)
        numpr(p._p, n_art, 0)
        full = label + text
        for i, it in enumerate(items, 1):
            q = add_par(doc, it)
            numpr(q._p, n_art, 1)
            full += "（%s）%s" % (cn(i), it)
        for pa in paras:
            add_par(doc, pa)
            full += pa
        clauses.append(full)

    chapter("总则")
    article("为规范海南自由贸易港跨境服务贸易发展专项资金（以下简称专项资金）管理，提高资金使用"
            "效益，根据《中华人民共和国预算法》等有关规定，结合我省实际，制定本办法。")
    article("专项资金的分配、使用和管理遵循以下原则：", items=[
        "公开透明，公平公正。申报条件、评审程序和分配结果依法公开。",
        "突出重点，注重实效。聚焦数字贸易、国际航运服务、离岸贸易等重点领域。",
        "绩效导向，强化监督。绩效评价结果作为资金分配的重要依据。",
    ])
    article("省商务厅负责组织项目申报、审核，提出资金分配建议。", paras=[
        "省财政厅负责专项资金预算管理，按规定下达和拨付资金，组织开展财政监督。",
    ])
    chapter("支持范围和标准")
    article("专项资金重点支持以下事项：", items=[
        "企业承接国际服务外包业务的；",
        "企业建设面向国际市场的数字贸易平台的；",
        "企业在洋浦经济开发区、海口综合保税区开展国际船舶管理、航运经纪等国际航运服务的；",
        "企业参加重点展会，开拓“一带一路”共建国家和RCEP成员国市场的。",
    ])
    article("专项资金支持标准按照下表执行：")
    # caption carrying the unit
    add_par(doc, [("跨境服务贸易发展专项资金支持标准", HT, 14, False),
                  ("（单位：万元）", FS, 12, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER, before=4, line=24)
    header = ["序号", "支持事项", "支持标准", "单个企业年度上限"]
    rows = [
        ["1", "离岸服务外包", "执行额每1美元奖励人民币0.05元", "300"],
        ["2", "数字贸易平台建设", "按项目实际投资额的20%补助", "500"],
        ["3", "国际航运服务", "按相关营业收入的3%奖励", "200"],
        ["4", "参加重点展会", "按展位费的70%补助", "50"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(4.0), Cm(6.8), Cm(3.6)]
    for col, w in zip(tb.columns, widths):
        col.width = w
    for r in tb.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 12)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    note = "注：同一企业同一年度获得的专项资金支持总额不超过800万元。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    article("同一项目已获得中央财政或者省级其他财政资金支持的，不得重复申报。")
    chapter("申报和审核")
    article("申报企业应当同时具备以下条件：", items=[
        "在海南省内依法登记注册，具有独立法人资格；",
        "未被列入严重失信主体名单；",
        "按规定报送服务贸易统计数据。",
    ])
    article("企业按照属地原则向所在市县商务主管部门申报。市县商务主管部门会同同级财政部门初审后"
            "报送省商务厅，审核结果在省商务厅门户网站公示，公示期不少于5个工作日。")
    chapter("监督管理")
    article("资金使用单位应当按照规定用途使用专项资金，不得截留、挤占、挪用。")
    article("对以虚报、冒领等手段骗取专项资金的，追回已拨付资金，取消其三年内申报资格；涉嫌犯罪的，"
            "依法移送有关机关处理。")
    chapter("附则")
    article("本办法由省商务厅、省财政厅负责解释。")
    article("本办法自2026年3月1日起施行，有效期至2028年12月31日。《海南省服务贸易发展专项资金"
            "管理暂行办法》（琼商务规〔2022〕4号）同时废止。")

    banji(doc, "抄送：商务部服务贸易和商贸服务业司，省人民政府办公厅，省审计厅。",
          "海南省商务厅办公室", "2026年1月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海南省商务厅 海南省财政厅关于印发《海南自由贸易港跨境服务贸易发展专项资金"
                     "管理办法》的通知",
            "doc_number": "琼商务规〔2026〕2号",
            "issuer": ["海南省商务厅", "海南省财政厅"],
            "date": "2026-01-26",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": "2026-03-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县商务主管部门", "各市、县、自治县财政局",
                           "洋浦经济开发区管理委员会", "省直有关单位"],
            "publicity": "此件主动公开",
            "repeals": "《海南省服务贸易发展专项资金管理暂行办法》（琼商务规〔2022〕4号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    stem = "blind1078_xiamen_fangan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门市人民政府办公厅文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=0)
    empty(doc, 1, line=20)
    p = add_par(doc, "厦府办〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    br_par(doc, ["厦门市人民政府办公厅关于印发中国",
                 "（福建）自由贸易试验区厦门片区深化",
                 "“丝路海运”国际航运枢纽建设实施方案",
                 "（2026—2027年）的通知"], line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各区人民政府，市直各委、办、局，各开发区管委会，市属各国有企业：", indent=False)
    # clerk indents with typed full-width spaces instead of a first-line indent
    t = ("《中国（福建）自由贸易试验区厦门片区深化“丝路海运”国际航运枢纽建设实施方案"
         "（2026—2027年）》已经市政府同意，现印发给你们，请认真组织实施。")
    add_par(doc, FW * 2 + t, indent=False)
    clauses.append(t)
    empty(doc, 1, line=20)
    # 附件 line with hanging indent so the wrapped part lines up after 附件：
    p = add_par(doc, "附件：中国（福建）自由贸易试验区厦门片区深化“丝路海运”国际"
                "航运枢纽建设实施方案（2026—2027年）", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1, line=20)
    p = add_par(doc, "厦门市人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年2月13日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("深化“丝路海运”国际航运枢纽建设", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("实施方案（2026—2027年）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    # three-level list: 一、 / （一） / 1.   (lvl1 restarts after lvl0, lvl2 after lvl1)
    n = make_list(doc, [
        lvl_xml(0, "chineseCounting", "%1、", first=640, rfont=HT),
        lvl_xml(1, "chineseCounting", "（%2）", first=640, rfont=KT),
        lvl_xml(2, "decimal", "%3.", first=640),
    ])
    c = [0, 0, 0]

    def label(lv):
        c[lv] += 1
        for k in range(lv + 1, 3):
            c[k] = 0
        if lv == 0:
            return "%s、" % cn(c[0])
        if lv == 1:
            return "（%s）" % cn(c[1])
        return "%d." % c[2]

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def h1(t):
        label(0)
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        p.paragraph_format.keep_with_next = True
        numpr(p._p, n, 0)

    def h2(t):
        label(1)
        p = add_par(doc, [(t, KT, 16, False)], first=Pt(32))
        p.paragraph_format.keep_with_next = True
        numpr(p._p, n, 1)

    def item2(h, t):  # （四）优化口岸营商环境。text
        lab = label(1)
        clauses.append(lab + h + t)
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        numpr(p._p, n, 1)

    def item3(h, t):  # 1.加密…。text
        lab = label(2)
        clauses.append(lab + h + t)
        p = add_par(doc, [(h, FS, 16, True), (t, FS, 16, False)], first=Pt(32))
        numpr(p._p, n, 2)

    body("为贯彻落实高质量共建“一带一路”决策部署，充分发挥中国（福建）自由贸易试验区厦门片区"
         "制度创新优势，加快建设“丝路海运”国际航运枢纽，制定本方案。")
    h1("总体目标")
    body("到2027年，基本建成东南沿海重要的国际航运枢纽和“一带一路”海上合作战略支点。"
         "主要指标如下：")
    # indicator table: two header rows, 目标值 merged across two columns
    add_par(doc, [("主要指标", HT, 14, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
    rows = [
        ["1", "港口集装箱吞吐量", "万标箱", "1255", "1320", "1400"],
        ["2", "“丝路海运”命名航线", "条", "128", "140", "155"],
        ["3", "国际中转集拼量", "万标箱", "36.5", "42", "50"],
        ["4", "海铁联运量", "万标箱", "12.8", "15", "18"],
        ["5", "航运服务业营业收入", "亿元", "486", "530", "600"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(5.4), Cm(2.0), Cm(2.6), Cm(2.2), Cm(2.2)]
    for col, w in zip(tb.columns, widths):
        col.width = w
    for r in tb.rows:
        for cc, w in zip(r.cells, widths):
            cc.width = w
    for ci, h in enumerate(["序号", "指标名称", "单位", "2025年基数"]):
        mcell = tb.cell(0, ci).merge(tb.cell(1, ci))
        set_cell(mcell, h, HT, 12)
    mcell = tb.cell(0, 4).merge(tb.cell(0, 5))
    set_cell(mcell, "目标值", HT, 12)
    set_cell(tb.cell(1, 4), "2026年", HT, 12)
    set_cell(tb.cell(1, 5), "2027年", HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    keys = ["序号", "指标名称", "单位", "2025年基数", "目标值／2026年", "目标值／2027年"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    note = "注：2025年基数为初步统计数。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    h1("重点任务")
    h2("拓展“丝路海运”航线网络")
    item3("加密“一带一路”航线。", "支持船公司新开、加密至东南亚、中东、地中海等地区的集装箱"
          "航线，2027年前新增国际集装箱航线15条以上。（责任单位：市港口管理局）")
    item3("拓展RCEP区域航线。", "推动与新加坡港、巴生港、林查班港等建立友好港关系。（责任单位："
          "市港口管理局、市商务局）")
    # plain paragraph continuing item 2 (no numbering; the next item is still 3.)
    body("对新开通的国际集装箱航线，按照《厦门市促进港口发展扶持办法》给予航线培育奖励；对"
         "“丝路海运”命名航线，在引航、拖轮等方面给予优先保障。")
    item3("发展“丝路海运+中欧班列”联运。", "推动厦门港与中欧（厦门）班列无缝衔接，打造“海丝”"
          "与“陆丝”联动通道。（责任单位：市交通运输局）")
    h2("提升港口物流枢纽能级")
    item3("推进国际中转集拼。", "依托厦门海沧港综合保税区，拓展“保税+国际中转”业务。（责任"
          "单位：厦门海关、片区管委会）")
    item3("建设智慧港口。", "加快远海码头全自动化升级和嵩屿码头智能化改造。（责任单位：厦门港务"
          "控股集团）")
    h2("推进航运贸易数字化")
    item3("建设“丝路海运”信息平台。", "汇聚船期、舱位、运价、通关等数据，提供一站式服务。"
          "（责任单位：市港口管理局）")
    item3("推广电子提单。", "在自贸试验区内开展航运电子提单应用试点。（责任单位：片区管委会）")
    item2("优化口岸营商环境。", "推行进口货物“船边直提”、出口货物“抵港直装”，规范和降低口岸"
          "收费。（责任单位：市商务局、厦门海关）")
    h1("保障措施")
    item2("加强组织领导。", "依托市“丝路海运”建设工作领导小组，统筹推进方案实施。")
    item2("强化政策支持。", "统筹用好市级港口发展、外经贸发展等专项资金。")
    item2("狠抓督促落实。", "各责任单位每半年向市港口管理局报送工作进展情况。")

    banji(doc, "抄送：市委各部门，厦门警备区，市人大常委会办公厅，市政协办公厅，市监委，"
               "市中级法院，市检察院。",
          "厦门市人民政府办公厅", "2026年2月14日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    fangan = "中国（福建）自由贸易试验区厦门片区深化“丝路海运”国际航运枢纽建设实施方案（2026—2027年）"
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府办公厅关于印发" + fangan + "的通知",
            "doc_number": "厦府办〔2026〕9号",
            "issuer": ["厦门市人民政府办公厅"],
            "date": "2026-02-13",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [fangan],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会", "市属各国有企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def style_font(style, name, size, bold=False, align=None, first=None, before=0, after=0,
               line=28):
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is not None:
        rpr.remove(rf)
    rf = parse_xml('<w:rFonts %s w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>'
                   % (nsdecls("w"), name, name, name, name))
    rpr.insert(0, rf)
    pf = style.paragraph_format
    if align is not None:
        pf.alignment = align
    pf.first_line_indent = first
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)


def doc_chongqing():
    stem = "blind1078_chongqing_banfa"
    doc = Document()
    setup(doc, pageno=("- ", " -"))
    clauses = []

    # chapters / sections: one multi-level list linked to Heading 1 / Heading 2
    h1s = doc.styles["Heading 1"]
    h2s = doc.styles["Heading 2"]
    style_font(h1s, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0), before=8, after=8)
    style_font(h2s, KT, 16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=Pt(0),
               before=4, after=4)
    n_ch = make_list(doc, [
        lvl_xml(0, "chineseCounting", "第%1章", suff="space", jc="left", first=0,
                pstyle=h1s.style_id),
        lvl_xml(1, "chineseCounting", "第%2节", suff="space", jc="left", first=0,
                pstyle=h2s.style_id),
    ])
    numpr(h1s.element, n_ch, 0)
    numpr(h2s.element, n_ch, 1)
    # articles: custom paragraph style 条文 linked to a separate list (so 条 never restart)
    ts = doc.styles.add_style("条文", WD_STYLE_TYPE.PARAGRAPH)
    ts.base_style = doc.styles["Normal"]
    ts.style_id = "a5"
    style_font(ts, FS, 16, first=Pt(32))
    n_t = make_list(doc, [lvl_xml(0, "chineseCounting", "第%1条", suff="space", first=640,
                                  rfont=HT, pstyle="a5")], multi=False)
    numpr(ts.element, n_t, 0)

    # title typed as two separate paragraphs
    add_par(doc, [("重庆市中欧班列（成渝）和西部陆海新通道", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    add_par(doc, [("班列运营补贴资金管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, [("（2026年3月20日" + FW + "重庆市人民政府口岸和物流办公室" + FW
                   + "重庆市财政局印发）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)

    art = [0]

    def chapter(t):
        doc.add_paragraph(t, style=h1s)

    def section(t):
        doc.add_paragraph(t, style=h2s)

    def article(text, items=(), paras=()):
        """items are typed by hand with full-width spaces (not list numbering)."""
        art[0] += 1
        full = "第%s条 %s" % (cn(art[0]), text)
        doc.add_paragraph(text, style=ts)
        for it in items:
            p = doc.add_paragraph(FW * 2 + it)
            fmt(p, indent=False)
            full += it
        for pa in paras:
            p = doc.add_paragraph(pa)
            fmt(p)
            full += pa
        clauses.append(full)

    chapter("总则")
    article("为规范中欧班列（成渝）和西部陆海新通道班列运营补贴资金管理，推动国际物流通道高质量"
            "发展，助力内陆开放高地建设，根据《中华人民共和国预算法》和国家有关规定，结合本市实际，"
            "制定本办法。")
    article("本办法所称班列运营补贴资金（以下简称补贴资金），是指市级财政预算安排，用于支持组织"
            "开行中欧班列（成渝）重庆方向班列和西部陆海新通道铁海联运班列、国际铁路联运班列、"
            "跨境公路班车的资金。")
    article("补贴资金管理遵循“总量控制、逐年退坡、绩效导向、公开透明”的原则。重庆市人民政府"
            "口岸和物流办公室（以下简称市口岸物流办）负责提出补贴资金分配方案，组织开展绩效评价；"
            "重庆市财政局（以下简称市财政局）负责预算安排和资金拨付。")
    chapter("补贴对象和标准")
    section("中欧班列（成渝）")
    article("补贴对象为经市人民政府确定的中欧班列（成渝）重庆方向运营平台公司（以下简称班列平台"
            "公司）。")
    article("中欧班列（成渝）补贴按照下列标准执行：", items=[
        "（一）去程班列按照实际运输距离，每标准箱每公里补贴不超过0.35元；",
        "（二）回程班列按照实际运输距离，每标准箱每公里补贴不超过0.45元；",
        "(三)经中吉乌铁路、跨里海国际运输走廊等新通道开行的班列，在前两项标准基础上上浮10%。",
    ], paras=["单列班列装载率低于80%的，不予补贴。"])
    section("西部陆海新通道班列")
    article("补贴对象为西部陆海新通道物流和运营组织中心认定的铁海联运班列、国际铁路联运班列和"
            "跨境公路班车运营企业。")
    article("西部陆海新通道班列补贴标准见下表。")
    add_par(doc, [("西部陆海新通道班列补贴标准", HT, 14, False)], indent=False,
            align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
    header = ["运输方式", "主要线路", "计费单位", "补贴标准（元）"]
    rows = [
        ["铁海联运班列", "重庆—钦州港—东南亚", "标准箱", "1500"],
        ["铁海联运班列", "重庆—湛江港—中东", "标准箱", "1800"],
        ["国际铁路联运班列", "重庆—凭祥—越南河内", "标准箱", "2200"],
        ["跨境公路班车", "重庆—磨憨—老挝万象", "车次", "3000"],
        ["跨境公路班车", "重庆—凭祥—越南河内", "车次", "2500"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.8), Cm(5.6), Cm(2.6), Cm(3.4)]
    for col, w in zip(tb.columns, widths):
        col.width = w
    for r in tb.rows:
        for cc, w in zip(r.cells, widths):
            cc.width = w
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 12)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 0:
                continue
            set_cell(tb.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # 运输方式 merged vertically where it repeats
    for a, b, v in ((1, 2, "铁海联运班列"), (3, 3, "国际铁路联运班列"), (4, 5, "跨境公路班车")):
        cell = tb.cell(a, 0) if a == b else tb.cell(a, 0).merge(tb.cell(b, 0))
        set_cell(cell, v, FS, 12)
    empty(doc, 1, line=14)
    section("共同规定")
    article("同一批次货物不得重复享受补贴。补贴标准实行逐年退坡，自2027年起在本办法规定标准基础上"
            "每年下调10%。")
    chapter("申报和拨付")
    article("班列平台公司和运营企业于每季度结束后15日内，向市口岸物流办报送上季度开行情况及补贴"
            "申请，并附班列运单、海关报关单等证明材料。")
    article("市口岸物流办会同市财政局委托第三方机构对申报材料进行审核，审核通过后按程序拨付补贴"
            "资金。", paras=["年度补贴资金实行预拨和清算制度，预拨比例不超过上年度补贴总额的50%。"])
    chapter("监督管理")
    article("获得补贴资金的企业应当建立班列开行台账，如实记录开行列数、货源结构和箱量，并接受"
            "财政、审计等部门监督检查。")
    article("企业通过虚开班列、虚报箱量、“空箱回送”等方式骗取补贴资金的，追回已拨付资金，三年内"
            "不得申报补贴资金，并依法依规追究责任。")
    chapter("附则")
    article("本办法由市口岸物流办、市财政局负责解释。")
    article("本办法自2026年5月1日起施行，有效期至2031年4月30日。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市中欧班列（成渝）和西部陆海新通道班列运营补贴资金管理办法",
            "doc_number": None,
            "issuer": ["重庆市人民政府口岸和物流办公室", "重庆市财政局"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": "2026-05-01",
            "expires": "2031-04-30",
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hainan(), doc_xiamen(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
