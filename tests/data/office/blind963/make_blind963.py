# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 963: 省政府办公厅转发省商务厅意见的通知 / 市转发省办公厅转发省商务厅 (三层转发),
Word + PDF + expected.json."""
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
IND = "\u3000\u3000"


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
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
    """Ctrl+Enter typed at the end of the last paragraph."""
    body = doc.element.body
    kids = [k for k in body if k.tag != qn("w:sectPr")]
    if kids[-1].tag == qn("w:tbl"):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=12)
    last = doc.paragraphs[-1]
    last.add_run().add_break(WD_BREAK.PAGE)


def col_widths(t, widths):
    tbl = t._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def setup(doc, footer_align=C):
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
    fp.alignment = footer_align
    font(fp.add_run("— "), SONG, 14)
    parts = [('<w:fldChar %s w:fldCharType="begin"/>', None),
             ('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>', None),
             ('<w:fldChar %s w:fldCharType="separate"/>', None),
             (None, "1"),
             ('<w:fldChar %s w:fldCharType="end"/>', None)]
    for xml, txt in parts:
        r = fp.add_run(txt) if txt else fp.add_run()
        font(r, SONG, 14)
        if xml:
            r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)


def no_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_963", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [960]


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


CN = "一二三四五六七八九十"

expected = {}


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


def red_masthead(doc, name, size=30, spacing=None):
    p = doc.add_paragraph()
    font(p.add_run(name), XBS, size, False, RED, spacing)
    fmt(p, align=C, indent=False, line=size + 14, before=30)
    return p


# ======================================================== shared: 福建省商务厅意见
FJ_YJ_TITLE = "关于深化共建“一带一路”贸易畅通促进外贸高质量发展的意见"
FJ_NOTICE_TITLE = ("福建省人民政府办公厅转发省商务厅关于深化共建“一带一路”"
                   "贸易畅通促进外贸高质量发展意见的通知")
FJ_RECIP = "各设区市人民政府，平潭综合实验区管委会，省直有关单位："
FJ_NOTICE_BODY = [
    "经省人民政府同意，现将省商务厅《关于深化共建“一带一路”贸易畅通促进外贸高质量发展的意见》转发给你们，请认真贯彻执行。",
    "各地、各有关单位要结合实际细化工作举措，每年12月10日前将贯彻落实情况报送省商务厅，由省商务厅汇总后报省人民政府。",
]

FJ_INTRO = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥我省21世纪海上丝绸之路核心区"
            "和中国（福建）自由贸易试验区先行先试作用，深化与共建国家贸易畅通，推动外贸稳规模、优结构，现提出如下意见。")
FJ_GOAL = ("坚持稳中求进工作总基调，以“丝路海运”“丝路电商”“丝路飞翔”为牵引，统筹货物贸易、服务贸易和数字贸易发展，"
           "加快构建联通东盟、辐射共建国家的贸易网络。到2027年，全省对共建“一带一路”国家进出口额力争达到1.05万亿元，"
           "年均增长6%左右，占全省外贸比重提高到50%以上。主要指标如下：")
FJ_TAB_CAPTION = "表1　2027年主要发展指标"
FJ_TAB_ROWS = [
    ["1", "对共建“一带一路”国家进出口额", "亿元", "9350", "10500"],
    ["2", "“丝路海运”命名航线", "条", "125", "150"],
    ["3", "跨境电商进出口额", "亿元", "1210", "1600"],
    ["4", "省级公共海外仓", "个", "86", "120"],
    ["5", "中欧（亚）班列开行量", "列", "420", "600"],
]
FJ_TAB_NOTE = "注：2025年基数为快报数，最终以统计部门公布数据为准。"
FJ_TASKS = [
    ("（一）拓展“丝路海运”航线网络。",
     "支持福州港、厦门港加密至东盟、中东、非洲及南美共建国家的集装箱航线，推动“丝路海运”与中欧（亚）班列、"
     "西部陆海新通道班列衔接，发展“海运+班列”多式联运。省级财政对新开通的“丝路海运”命名远洋航线给予适当补助。", []),
    ("（二）做强“丝路电商”合作。",
     "用好全省9个跨境电商综合试验区，支持企业在马来西亚、印度尼西亚、沙特阿拉伯等国布局海外仓，到2027年省级公共海外仓"
     "达到120个。鼓励开展“跨境电商+产业带”培育，每年组织200家以上企业参加共建国家线上线下展会。", []),
    ("（三）拓展多元化市场。",
     "巩固东盟作为我省第一大贸易伙伴地位，深耕中东、中亚、拉美、非洲等新兴市场。",
     ["1．实施“千企百展”行动，每年支持企业参加境外重点展会100场以上，对展位费给予最高70%的补助。",
      "2．用好《区域全面经济伙伴关系协定》（RCEP）等自贸协定关税减让安排，全年签发原产地证书力争超过25万份。"]),
    ("（四）培育外贸新业态。",
     "支持平潭、厦门开展市场采购贸易方式试点，推动保税维修、离岸贸易、数字贸易发展，在中国（福建）自由贸易试验区"
     "厦门片区开展“保税+跨境电商”创新试点。", []),
    ("（五）提升贸易便利化水平。",
     "深化国际贸易“单一窗口”建设，推广“提前申报”“两段准入”等通关模式，进口、出口整体通关时间分别压缩至30小时、"
     "1.2小时以内。", []),
]
FJ_GUARD = [
    ("（一）加强统筹协调。",
     "省商务厅牵头建立推进共建“一带一路”贸易畅通工作联席会议制度，定期研究解决重大问题；各设区市要制定具体落实措施，"
     "明确责任分工。"),
    ("（二）强化资金支持。",
     "统筹用好省级外经贸发展专项资金，重点支持航线开拓、海外仓建设、境外参展等事项，扩大政策性出口信用保险"
     "对中小微外贸企业的覆盖面。"),
    ("（三）加强风险防范。",
     "健全境外贸易摩擦预警机制，指导企业防范汇率、合规、知识产权等风险。"),
]
FJ_END = "本意见自2026年4月1日起施行，有效期至2028年12月31日。"
FJ_TAB_HEAD = ["序号", "指标", "单位", "指标值／2025年基数", "指标值／2027年目标"]


def fj_yijian_clauses():
    cl = [FJ_INTRO, FJ_GOAL]
    for row in FJ_TAB_ROWS:
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(FJ_TAB_HEAD, row)))
    cl.append(FJ_TAB_NOTE)
    for h, t, subs in FJ_TASKS:
        cl.append(h + t)
        cl.extend(subs)
    for h, t in FJ_GUARD:
        cl.append(h + t)
    cl.append(FJ_END)
    return cl


def fj_indicator_table(doc):
    t = doc.add_table(rows=2 + len(FJ_TAB_ROWS), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [Cm(1.3), Cm(6.9), Cm(1.6), Cm(3.0), Cm(3.0)])
    # two-level header: 序号/指标/单位 merged vertically, 指标值 over two columns
    for i, h in enumerate(["序号", "指标", "单位"]):
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, h, HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "指标值", HT, 12)
    set_cell(t.cell(1, 3), "2025年基数", HT, 12)
    set_cell(t.cell(1, 4), "2027年目标", HT, 12)
    for ri, row in enumerate(FJ_TAB_ROWS, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else C)
    return t


def fj_yijian_body(doc, auto_heads=False, title_break=True, bs=16, ls=28, ts=22):
    """Print the 意见 (title, body, 落款). Returns nothing; clauses via fj_yijian_clauses()."""
    p = doc.add_paragraph()
    if title_break:
        font(p.add_run("关于深化共建“一带一路”贸易畅通"), XBS, ts)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run("促进外贸高质量发展的意见"), XBS, ts)
    else:
        font(p.add_run(FJ_YJ_TITLE), XBS, ts)
    fmt(p, align=C, indent=False, line=ts + 12, after=ts - 6)
    ind = Pt(bs * 2)

    def par(runs, **kw):
        if isinstance(runs, str):
            runs = [(runs, FS, bs, False)]
        kw.setdefault("first", ind)
        return add_par(doc, runs, line=ls, **kw)

    par(FJ_INTRO)
    nh = make_numbering(doc, "%1、") if auto_heads else None
    heads = iter(["总体要求", "重点任务", "保障措施"])
    hi = [0]

    def head():
        txt = next(heads)
        if auto_heads:
            p = par([(txt, HT, bs, False)])
            apply_num(p, nh)
        else:
            p = par([(CN[hi[0]] + "、" + txt, HT, bs, False)])
        p.paragraph_format.keep_with_next = True
        hi[0] += 1

    head()
    par(FJ_GOAL)
    cap = add_par(doc, [(FJ_TAB_CAPTION, HT, bs - 2, False)], align=C, indent=False, line=ls - 2)
    cap.paragraph_format.keep_with_next = True
    t = fj_indicator_table(doc)
    for row in t.rows[:-1]:
        for cell in row.cells:
            for cp in cell.paragraphs:
                cp.paragraph_format.keep_with_next = True
    add_par(doc, [(FJ_TAB_NOTE, FS, 12, False)], indent=False, line=20, before=3)
    head()
    for h, t, subs in FJ_TASKS:
        par([(h, KT, bs, False), (t, FS, bs, False)])
        for s in subs:
            par(s)
    head()
    for h, t in FJ_GUARD:
        par([(h, KT, bs, False), (t, FS, bs, False)])
    par(FJ_END)
    empty(doc, 1, line=ls)
    p = par([("福建省商务厅", FS, bs, False)], first=Pt(0), align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = par([("2026年2月26日", FS, bs, False)], first=Pt(0), align=R)
    p.paragraph_format.right_indent = Pt(48)


# =================================================================== DOC A
def doc_fujian():
    stem = "blind963_fujian_zhuanfa"
    doc = Document()
    setup(doc)

    red_masthead(doc, "福建省人民政府办公厅文件", 30)
    empty(doc, 1)
    p = add_par(doc, "闽政办〔2026〕8号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, wrapped at odd places
    for line in ["福建省人民政府办公厅转发省商务厅关于",
                 "深化共建“一带一路”贸易畅通促进外贸",
                 "高质量发展意见的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, FJ_RECIP, indent=False)
    for t in FJ_NOTICE_BODY:  # typed full-width spaces instead of first-line indent
        add_par(doc, IND + t, indent=False)
    empty(doc, 2)
    p = add_par(doc, "福建省人民政府办公厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月12日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")
    page_break(doc)
    fj_yijian_body(doc, auto_heads=False, title_break=True)
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，各人民团体，各民主党派。",
          "福建省人民政府办公厅", "2026年3月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title=FJ_NOTICE_TITLE,
            doc_number="闽政办〔2026〕8号",
            issuer=["福建省人民政府办公厅"],
            date="2026-03-12",
            level="provincial",
            region="福建省",
            effective="2026-04-01",
            expires="2028-12-31",
            doc_type="通知",
            recipients=["各设区市人民政府", "平潭综合实验区管委会", "省直有关单位"],
            publicity="此件主动公开",
        ),
        "clauses": list(FJ_NOTICE_BODY) + fj_yijian_clauses(),
    }]
    return path


# =================================================================== DOC B
def doc_quanzhou():
    stem = "blind963_quanzhou_sanji"
    doc = Document()
    setup(doc)
    clauses = []

    red_masthead(doc, "泉州市人民政府办公室文件", 30, spacing=-10)
    empty(doc, 1)
    p = add_par(doc, "泉政办〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("泉州市人民政府办公室转发省政府办公厅"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("转发省商务厅关于深化共建“一带一路”"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("贸易畅通促进外贸高质量发展意见的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，泉州开发区管委会，泉州台商投资区管委会，市直有关单位：", indent=False)

    # body paragraph with a manual line break pasted in the middle
    b1a = "现将《福建省人民政府办公厅转发省商务厅关于深化共建“一带一路”贸易畅通促进外贸高质量发展意见的通知》"
    b1b = "（闽政办〔2026〕8号）转发给你们。经市政府同意，结合我市实际，提出以下贯彻意见，请一并认真贯彻执行。"
    p = doc.add_paragraph()
    font(p.add_run(b1a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(b1b), FS, 16)
    fmt(p)
    clauses.append(b1a + b1b)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    runin("一、突出“海丝”起点城市特色。",
          "依托泉州港石湖港区、斗尾港区和晋江陆地港，加密至东盟、中东的“丝路海运”航线，力争2026年新增命名航线3条以上；"
          "支持晋江、石狮、德化等地产业带企业开展跨境电商出口，新培育年出口额超亿元的跨境电商企业15家。")
    runin("二、加大政策配套力度。",
          "市级商务发展专项资金对企业参加共建“一带一路”国家境外展会、新建公共海外仓的，在省级补助基础上按1:0.5比例"
          "给予配套，单个企业年度补助最高200万元。")
    runin("三、压实目标任务。",
          "各县（市、区）、泉州开发区、泉州台商投资区要将对共建“一带一路”国家进出口纳入年度重点工作，2026年目标任务见下表，"
          "市商务局按季度通报。")
    add_par(doc, [("2026年各县(市、区)对共建“一带一路”国家进出口目标任务", HT, 14, False)],
            align=C, indent=False, line=24, before=4)
    add_par(doc, [("单位：亿元", FS, 12, False)], align=R, indent=False, line=16)
    header = ["序号", "地区", "2025年完成", "2026年目标", "增长（%）"]
    data = [
        ("1", "晋江市", 318.6, 338.0),
        ("2", "石狮市", 236.4, 252.0),
        ("3", "南安市", 98.7, 104.5),
        ("4", "泉港区", 156.8, 165.0),
        ("5", "惠安县", 42.3, 45.0),
        ("6", "德化县", 31.5, 34.0),
        ("7", "其他县（区）", 94.1, 99.5),
        ("8", "泉州开发区", 38.2, 41.0),
        ("9", "泉州台商投资区", 21.4, 23.0),
    ]
    s25 = round(sum(d[2] for d in data), 1)
    s26 = round(sum(d[3] for d in data), 1)
    rows = [[a, b, "%.1f" % c, "%.1f" % d, "%.1f" % ((d / c - 1) * 100)] for a, b, c, d in data]
    rows.append(["", "合计", "%.1f" % s25, "%.1f" % s26, "%.1f" % ((s26 / s25 - 1) * 100)])
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        # the 合计 row has an empty 序号 cell: left out of the clause
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v))
    note = "注：“其他县（区）”含鲤城区、丰泽区、洛江区、安溪县、永春县。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)
    clauses.append(note)
    last = "执行中遇到的问题，请及时向市商务局反映。"
    add_par(doc, IND + last, indent=False)
    clauses.append(last)
    empty(doc, 1)
    # 落款 typed with spaces, date in Chinese numerals
    add_par(doc, " " * 34 + "泉州市人民政府办公室", indent=False)
    add_par(doc, " " * 34 + "二〇二六年三月二十六日", indent=False)
    add_par(doc, "(此件公开发布)", indent=True)

    # ---- the province's notice, retyped in 四号 as an attached copy
    page_break(doc)
    p = doc.add_paragraph()
    font(p.add_run("福建省人民政府办公厅转发省商务厅关于深化共建"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("“一带一路”贸易畅通促进外贸高质量发展意见的通知"), XBS, 18)
    fmt(p, align=C, indent=False, line=30)
    add_par(doc, [("闽政办〔2026〕8号", KT, 14, False)], align=C, indent=False, line=24)
    add_par(doc, [(FJ_RECIP, FS, 14, False)], indent=False, line=24)
    for tx in FJ_NOTICE_BODY:
        add_par(doc, [(tx, FS, 14, False)], first=Pt(28), line=24)
        clauses.append(tx)
    add_par(doc, [(" " * 44 + "福建省人民政府办公厅", FS, 14, False)], indent=False, line=24)
    add_par(doc, [(" " * 47 + "2026年3月12日", FS, 14, False)], indent=False, line=24)
    empty(doc, 1, line=24)
    # ---- the 意见 itself (Word auto numbering for 一、二、三 headings)
    fj_yijian_body(doc, auto_heads=True, title_break=False, bs=14, ls=24, ts=18)
    clauses.extend(fj_yijian_clauses())
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，泉州军分区，市监委，市中级法院，市检察院。",
          "泉州市人民政府办公室", "2026年3月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="泉州市人民政府办公室转发省政府办公厅转发省商务厅关于深化共建“一带一路”贸易畅通促进外贸高质量发展意见的通知",
            doc_number="泉政办〔2026〕21号",
            issuer=["泉州市人民政府办公室"],
            date="2026-03-26",
            level="municipal",
            region="泉州市",
            effective="2026-04-01",
            expires="2028-12-31",
            doc_type="通知",
            recipients=["各县（市、区）人民政府", "泉州开发区管委会", "泉州台商投资区管委会", "市直有关单位"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_gansu():
    stem = "blind963_gansu_banlie"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    red_masthead(doc, "甘肃省人民政府办公厅文件", 30)
    empty(doc, 1)
    p = add_par(doc, "甘政办发〔2025〕96号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("甘肃省人民政府办公厅转发省商务厅等部门"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于推动中欧班列和西部陆海新通道贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("高质量发展意见的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、自治州人民政府，兰州新区管委会，省政府有关部门，中央在甘有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("省商务厅、省发展改革委、省交通运输厅、兰州海关《关于推动中欧班列和西部陆海新通道贸易高质量发展的意见》"
         "已经省政府同意，现转发给你们，请认真贯彻执行。")
    body("各地各部门要按照重点任务分工，抓紧制定配套措施，确保2026年一季度前全面落地见效。")
    empty(doc, 2)
    add_par(doc, "\t甘肃省人民政府办公厅", indent=False).paragraph_format.tab_stops.add_tab_stop(Cm(8.6))
    add_par(doc, "\t2025年12月8日", indent=False).paragraph_format.tab_stops.add_tab_stop(Cm(9.4))
    page_break(doc)

    # ---- 意见
    p = doc.add_paragraph()
    font(p.add_run("关于推动中欧班列和西部陆海新通道"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("贸易高质量发展的意见"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, after=16)
    body("为深入落实共建“一带一路”倡议，发挥我省丝绸之路经济带黄金段区位优势，推动中欧班列和西部陆海新通道"
         "“通道+贸易+产业”融合发展，现提出如下意见。")
    add_par(doc, [("一、主要目标", HT, 16, False)])
    body("到2027年，全省中欧（中亚）班列年开行量稳定在1200列以上，西部陆海新通道班列年开行量达到600列；兰州、武威、"
         "天水国际陆港进出口额年均增长10%以上，对共建“一带一路”国家进出口占全省外贸比重提高到60%以上。")
    add_par(doc, [("二、重点任务", HT, 16, False)])
    n1 = make_numbering(doc, "（%1）")
    k = [0]

    def item(nid, h, t):
        k[0] += 1
        clauses.append("（%s）%s%s" % (CN[k[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])
        apply_num(p, nid)

    item(n1, "优化班列线路布局。",
         "巩固兰州至阿拉木图、塔什干、明斯克等常态化线路，积极开发经中吉乌铁路至西亚、经跨里海国际运输走廊至欧洲的新线路；"
         "推动兰州、武威、天水班列“集结+分拨”协同运行。")
    item(n1, "扩大班列回程货源。",
         "支持企业进口中亚、俄罗斯的粮食、棉纱、有色金属、木材等大宗商品，对回程班列给予运费补助，力争回程班列占比提高到40%。")
    item(n1, "推动“班列+贸易+产业”融合。", "主要包括：")
    for s in ["(1)依托兰州新区综合保税区、武威保税物流中心发展保税加工和保税物流；",
              "(2)支持天水、张掖等地建设面向中亚的装备制造、农产品加工出口基地；",
              "(3)推动中国（兰州）跨境电子商务综合试验区与班列联动，开行跨境电商专列。"]:
        body(s)
    item(n1, "提升通关物流效率。",
         "兰州海关推广“铁路快通”“一单制”等模式，班列货物通关时间压缩30%以上；推进武威铁路口岸扩能改造。")
    add_par(doc, [("三、保障措施", HT, 16, False)])
    n2 = make_numbering(doc, "（%1）")
    k[0] = 0
    item(n2, "加强组织领导。",
         "省中欧班列和西部陆海新通道建设工作专班统筹推进，各成员单位按照分工抓好落实。")
    item(n2, "加大资金支持。",
         "统筹省级外经贸发展资金和物流业发展资金，对班列运营、回程货源组织、多式联运示范项目予以支持。")
    body("本意见自2026年1月1日起施行，有效期至2030年12月31日。")
    empty(doc, 1)
    att = "推动中欧班列和西部陆海新通道贸易高质量发展重点任务分工表"
    add_par(doc, "附件：" + att)
    empty(doc, 1)
    # 落款 of four organs in a borderless layout table
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), "甘肃省商务厅", FS, 16)
    set_cell(t.cell(0, 1), "甘肃省发展和改革委员会", FS, 16)
    set_cell(t.cell(1, 0), "甘肃省交通运输厅", FS, 16)
    set_cell(t.cell(1, 1), "中华人民共和国兰州海关", FS, 16)
    set_cell(t.cell(2, 1), "2025年11月20日", FS, 16)
    for r in t.rows:
        r.height = Cm(1.0)

    # ---- 附件 on its own page, table with repeated header rows
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("推动中欧班列和西部陆海新通道贸易"), XBS, 18)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("高质量发展重点任务分工表"), XBS, 18)
    fmt(p, align=C, indent=False, line=30, before=8, after=10)
    head = ["序号", "重点任务", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    rows = [
        ["1", "巩固常态化线路，开发经中吉乌铁路、跨里海国际运输走廊新线路", "省商务厅",
         "省交通运输厅、兰州海关、国铁兰州局", "2026年12月"],
        ["2", "推动兰州、武威、天水班列“集结+分拨”协同运行", "省交通运输厅",
         "兰州市、武威市、天水市人民政府", "持续推进"],
        ["3", "组织回程货源，落实回程班列运费补助", "省商务厅", "省财政厅", "2026年6月"],
        ["4", "发展保税加工和保税物流", "兰州新区管委会", "武威市人民政府、兰州海关", "持续推进"],
        ["5", "建设面向中亚的装备制造、农产品加工出口基地", "天水市、张掖市人民政府",
         "省商务厅、省工业和信息化厅", "2027年12月"],
        ["6", "开行跨境电商专列", "兰州市人民政府", "省商务厅、兰州海关", "2026年12月"],
        ["7", "推广“铁路快通”“一单制”模式", "兰州海关", "省交通运输厅", "2026年6月"],
        ["8", "推进武威铁路口岸扩能改造", "武威市人民政府", "省发展改革委、兰州海关", "2027年12月"],
    ]
    tb = doc.add_table(rows=2 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tb, [Cm(1.3), Cm(5.3), Cm(2.9), Cm(3.7), Cm(2.4)])
    for i, h in ((0, "序号"), (1, "重点任务"), (4, "完成时限")):
        set_cell(tb.cell(0, i).merge(tb.cell(1, i)), h, HT, 12)
    set_cell(tb.cell(0, 2).merge(tb.cell(0, 3)), "责任单位", HT, 12)
    set_cell(tb.cell(1, 2), "牵头单位", HT, 12)
    set_cell(tb.cell(1, 3), "配合单位", HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(head, row)))

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院。",
          "甘肃省人民政府办公厅", "2025年12月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="甘肃省人民政府办公厅转发省商务厅等部门关于推动中欧班列和西部陆海新通道贸易高质量发展意见的通知",
            doc_number="甘政办发〔2025〕96号",
            issuer=["甘肃省人民政府办公厅"],
            date="2025-12-08",
            level="provincial",
            region="甘肃省",
            effective="2026-01-01",
            expires="2030-12-31",
            attachments=[att],
            doc_type="通知",
            recipients=["各市、自治州人民政府", "兰州新区管委会", "省政府有关部门", "中央在甘有关单位"],
            publicity=None,
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_quanzhou(), doc_gansu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
