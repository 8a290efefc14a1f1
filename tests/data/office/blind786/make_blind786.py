# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 786: 修改自贸区管理办法的决定 + 新旧条文对照表, 更正/勘误启事.

Writes Word + PDF + expected.json into this script's own directory.
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
CN = "一二三四五六七八九十"

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
    if scale is not None:
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
    """runs: list of (text, fontname, size, bold[, color[, scale]]) or plain str."""
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
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def page_field(par, size=14, left="— ", right=" —"):
    font(par.add_run(left), SONG, size)
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = par.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = par.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), SONG, size)
    r5 = par.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(par.add_run(right), SONG, size)


def setup(doc, footer=True):
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
    if footer:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)
    return s


def set_cell(cell, segs, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             width=None):
    """segs: str or list of (text, bold) segments in one paragraph."""
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(segs, str):
        segs = [(segs, bold)]
    for text, b in segs:
        font(p.add_run(text), name, size, b)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    if width is not None:
        cell.width = width


def set_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
        for c in t.columns[i].cells:
            c.width = w


def plain(segs):
    if isinstance(segs, str):
        return segs
    return "".join(t for t, _ in segs)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_786", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text))
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


# =================================================================== DOC A
# 广西壮族自治区人民政府关于修改《中国（广西）自由贸易试验区管理办法》的决定
# red 红头 with compressed characters, 三列+序号 对照表 in 附件 with repeated header,
# bold marking of changed words, 注 under the table, 版记 at the very end.
def doc_guangxi():
    stem = "blind786_guangxi_jueding"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("广西壮族自治区人民政府文件", XBS, 40, False, RED, 72)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, "桂政发〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title broken at an odd place (two paragraphs)
    add_par(doc, [("广西壮族自治区人民政府关于修改《中国", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（广西）自由贸易试验区管理办法》的决定", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=26)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，主动对接《区域全面经济伙伴关系协定》（RCEP）等高标准国际经贸规则，更好服务共建“一带一路”和西部陆海新通道建设，自治区人民政府决定对《中国（广西）自由贸易试验区管理办法》（桂政发〔2020〕19号印发）作如下修改：")
    body("一、将第五条修改为：“自治区设立中国（广西）自由贸易试验区建设工作领导小组，研究决定自贸试验区发展规划、重大政策和重大事项，统筹协调自贸试验区改革试点任务，督促检查各项工作落实情况。”")
    body("二、将第十二条修改为：“自贸试验区实行外商投资准入前国民待遇加负面清单管理制度，全面落实自由贸易试验区外商投资准入特别管理措施（负面清单）。负面清单之外的领域，按照内外资一致原则实施管理。外商投资项目实行备案管理，法律、行政法规另有规定的除外。”")
    body("三、在第十八条后增加一条，作为第十九条：“自贸试验区依托西部陆海新通道，推进中越跨境铁路、公路通道和北部湾港口联动发展，推动海铁联运‘一单制’改革，支持开展面向东盟的跨境多式联运业务。”")
    body("四、将第二十三条中的“开展跨境人民币结算业务”修改为“开展跨境人民币结算和本外币合一银行结算账户体系试点业务”。")
    body("五、删去第三十一条。")
    body("六、将第三十六条中的“每两年”修改为“每年”。")
    body("本决定自2026年3月1日起施行。")
    body("《中国（广西）自由贸易试验区管理办法》根据本决定作相应修改，条文顺序作相应调整，由自治区商务厅重新印发。")
    empty(doc, 1, line=26)
    p = add_par(doc, "附件：中国（广西）自由贸易试验区管理办法修改条文新旧对照表", indent=True, line=26)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2, line=26)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 36 + "广西壮族自治区人民政府", indent=False)
    add_par(doc, " " * 42 + "2026年1月26日", indent=False)
    add_par(doc, "（此件公开发布）", indent=True)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区管理办法"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("修改条文新旧对照表"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=12)

    header = ["序号", "原条文", "修改后条文", "修改说明"]
    widths = [Cm(1.5), Cm(5.7), Cm(5.7), Cm(2.7)]
    rows = [
        ["1",
         "第五条　自治区人民政府设立中国（广西）自由贸易试验区工作领导小组，研究决定自贸试验区发展规划、重大政策和重大事项，统筹协调自贸试验区改革试点任务。",
         [("第五条　", False), ("自治区设立中国（广西）自由贸易试验区建设工作领导小组", True),
          ("，研究决定自贸试验区发展规划、重大政策和重大事项，统筹协调自贸试验区改革试点任务", False),
          ("，督促检查各项工作落实情况", True), ("。", False)],
         "根据机构改革后领导体制调整情况作相应修改。"],
        ["2",
         "第十二条　自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致原则实施管理。",
         [("第十二条　自贸试验区实行外商投资准入前国民待遇加负面清单管理制度", False),
          ("，全面落实自由贸易试验区外商投资准入特别管理措施（负面清单）", True),
          ("。负面清单之外的领域，按照内外资一致原则实施管理。", False),
          ("外商投资项目实行备案管理，法律、行政法规另有规定的除外。", True)],
         "与《中华人民共和国外商投资法》及其实施条例相衔接。"],
        ["3",
         "（无）",
         [("第十九条　自贸试验区依托西部陆海新通道，推进中越跨境铁路、公路通道和北部湾港口联动发展，推动海铁联运“一单制”改革，支持开展面向东盟的跨境多式联运业务。", True)],
         "新增条款。落实《西部陆海新通道总体规划》，强化自贸试验区通道功能。"],
        ["4",
         "第二十三条　支持自贸试验区内银行业金融机构按照规定开展跨境人民币结算业务，推动人民币在东盟国家跨境使用。",
         [("第二十四条　支持自贸试验区内银行业金融机构按照规定开展跨境人民币结算", False),
          ("和本外币合一银行结算账户体系试点", True),
          ("业务，推动人民币在东盟国家跨境使用。", False)],
         "条文序号顺延；增加本外币合一银行结算账户体系试点内容。"],
        ["5",
         "第三十一条　自贸试验区内企业申请享受本办法规定的扶持政策，应当按照规定报送纸质申请材料。",
         [("（删除）", True)],
         "与政务服务“一网通办”改革要求不符，予以删除。"],
        ["6",
         "第三十六条　自治区商务厅应当会同自治区有关部门，每两年对自贸试验区建设情况开展一次评估，并向自治区人民政府报告评估结果。",
         [("第三十六条　自治区商务厅应当会同自治区有关部门，", False), ("每年", True),
          ("对自贸试验区建设情况开展一次评估，并向自治区人民政府报告评估结果。", False)],
         "加大评估频次，及时总结推广改革经验。"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12, width=widths[i])
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if ci == 0 or plain(v) in ("（无）", "（删除）") \
                else WD_ALIGN_PARAGRAPH.JUSTIFY
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al, width=widths[ci])
        clauses.append("；".join("%s：%s" % (h, plain(v)) for h, v in zip(header, row)))
    set_widths(t, widths)
    note = "注：表中加粗部分为修改内容；修改后条文序号按新增、删除条款情况顺延调整。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=22, before=6)
    clauses.append(note)

    banji(doc, "抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，自治区高级人民法院，自治区人民检察院，南宁海关。",
          "广西壮族自治区人民政府办公厅", "2026年1月26日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民政府关于修改《中国（广西）自由贸易试验区管理办法》的决定",
            "doc_number": "桂政发〔2026〕5号",
            "issuer": ["广西壮族自治区人民政府"],
            "date": "2026-01-26",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": ["中国（广西）自由贸易试验区管理办法修改条文新旧对照表"],
            "doc_type": "决定",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门市人民政府令 第218号 publishing a 决定; Word auto-numbered items (一、),
# full-width-space indents, soft line break in the 市长/date block, two-column
# 修改前后对照表 split by hand with a typed “续表” and a retyped header.
def doc_xiamen():
    stem = "blind786_xiamen_ling"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "%1、")

    empty(doc, 1)
    add_par(doc, [("厦门市人民政府令", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "第 218 号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("《厦门市人民政府关于修改〈中国（福建）自由贸易试验区厦门片区管理办法〉的决定》已经2026年4月14日市人民政府第86次常务会议通过，现予公布，自2026年6月1日起施行。")
    empty(doc, 2)
    p = doc.add_paragraph()
    font(p.add_run("市长　陈立明"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年4月24日"), FS, 16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)

    page_break(doc)
    # title in three lines, broken where the clerk pressed Enter
    for line_txt in ("厦门市人民政府关于修改", "《中国（福建）自由贸易试验区厦门片区",
                     "管理办法》的决定"):
        add_par(doc, [(line_txt, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    body("市人民政府决定对《中国（福建）自由贸易试验区厦门片区管理办法》（2016年4月12日厦门市人民政府令第160号公布，根据2021年9月30日厦门市人民政府令第193号修改）作如下修改：")

    items = [0]

    def item(t):
        items[0] += 1
        clauses.append(CN[items[0] - 1] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_item)

    item("将第一条中的“推进两岸经济合作”修改为“推进两岸融合发展，服务共建‘一带一路’和金砖国家新工业革命伙伴关系创新基地建设”。")
    item("将第十四条第二款修改为：“厦门片区推进国际贸易‘单一窗口’建设，实现货物申报、运输工具申报、跨境支付等业务全流程网上办理，推动与‘丝路海运’沿线港口和金砖国家口岸数据互联互通。”")
    item("增加一条，作为第二十条：“厦门片区支持台湾地区企业和专业人才依法参与片区建设，在金融服务、医疗健康、文化创意等领域先行先试对台开放措施。”")
    item("将第二十六条中的“市商务局”修改为“市商务局（市自由贸易试验区工作办公室）”。")
    item("删去第三十二条。")
    body("本决定自2026年6月1日起施行。")
    # a soft line break (Shift+Enter) between two sentences typed as two "paragraphs"
    t1 = "《中国（福建）自由贸易试验区厦门片区管理办法》根据本决定作相应修改，重新公布。"
    t2 = "片区管委会、市直有关部门应当按照修改后的办法，及时清理本部门制定的相关规范性文件。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    empty(doc, 1)
    add_par(doc, IND + "附：中国（福建）自由贸易试验区厦门片区管理办法修改前后对照表", indent=False)

    # ---------------- 附 on a new page, table split by hand
    page_break(doc)
    add_par(doc, [("附", HT, 16, False)], indent=False)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区管理办法修改前后对照表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=6, after=10)
    header = ["修改前", "修改后"]
    rows = [
        ["第一条　为了促进和保障中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）建设，推进两岸经济合作，根据有关法律、法规，结合本市实际，制定本办法。",
         "第一条　为了促进和保障中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）建设，推进两岸融合发展，服务共建“一带一路”和金砖国家新工业革命伙伴关系创新基地建设，根据有关法律、法规，结合本市实际，制定本办法。"],
        ["第十四条第二款　厦门片区推进国际贸易“单一窗口”建设，实现货物申报、运输工具申报等业务网上办理。",
         "第十四条第二款　厦门片区推进国际贸易“单一窗口”建设，实现货物申报、运输工具申报、跨境支付等业务全流程网上办理，推动与“丝路海运”沿线港口和金砖国家口岸数据互联互通。"],
        ["无",
         "第二十条　厦门片区支持台湾地区企业和专业人才依法参与片区建设，在金融服务、医疗健康、文化创意等领域先行先试对台开放措施。"],
        ["第二十六条　市商务局负责厦门片区建设的统筹协调和综合评估工作。",
         "第二十七条　市商务局（市自由贸易试验区工作办公室）负责厦门片区建设的统筹协调和综合评估工作。"],
        ["第三十二条　片区管委会应当每季度向市人民政府书面报告厦门片区建设进展情况。",
         "删除"],
    ]

    def part_table(chunk):
        t = doc.add_table(rows=1 + len(chunk), cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 14, width=Cm(7.8))
        for ri, row in enumerate(chunk, 1):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.CENTER if v in ("无", "删除") else WD_ALIGN_PARAGRAPH.LEFT
                set_cell(t.rows[ri].cells[ci], v, FS, 14, align=al, width=Cm(7.8))
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        set_widths(t, [Cm(7.8), Cm(7.8)])

    part_table(rows[:3])
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24, after=4)
    part_table(rows[3:])
    add_par(doc, [("说明：修改后的条文序号已按新增条款顺延。", FS, 12, False)], indent=False,
            line=22, before=6)
    clauses.append("说明：修改后的条文序号已按新增条款顺延。")

    banji(doc, "抄送：市委各部门，厦门警备区，市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院，厦门海关。",
          "厦门市人民政府办公厅", "2026年4月24日印发", gap=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府关于修改《中国（福建）自由贸易试验区厦门片区管理办法》的决定",
            "doc_number": "厦门市人民政府令第218号",
            "issuer": ["厦门市人民政府"],
            "date": "2026-04-24",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-06-01",
            "expires": None,
            "attachments": ["中国（福建）自由贸易试验区厦门片区管理办法修改前后对照表"],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 政府公报 page (running header, page numbers starting at 45) holding two separate
# notices: 更正启事 (two-level merged header table, date in Chinese numerals,
# 落款 by right tab) and a 商务厅 勘误公告 (half-width "1." items, 此件主动公开).
def doc_gongbao():
    stem = "blind786_gongbao_gengzheng"
    doc = Document()
    s = setup(doc, footer=False)
    # page numbers continue the 公报 issue: start at 45
    sectpr = s._sectPr
    sectpr.append(parse_xml('<w:pgNumType %s w:start="45"/>' % nsdecls("w")))
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp, 12, "· ", " ·")
    hp = s.header.paragraphs[0]
    font(hp.add_run("广西壮族自治区人民政府公报"), SONG, 10.5)
    font(hp.add_run("\t\t"), SONG, 10.5)
    font(hp.add_run("2026年第8期"), SONG, 10.5)
    border(hp, "bottom", "000000", 6, 1)

    # ---------------- notice 1
    cl1 = []
    add_par(doc, [("更正启事", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=40, after=12)

    def body(cl, t, **kw):
        cl.append(t)
        add_par(doc, t, **kw)

    body(cl1, "本刊2026年第4期（总第1012期）刊登的《广西壮族自治区人民政府关于修改〈中国（广西）自由贸易试验区管理办法〉的决定》（桂政发〔2026〕5号）附件《中国（广西）自由贸易试验区管理办法修改条文新旧对照表》中，因校对疏漏，部分内容有误，现更正如下：")

    t = doc.add_table(rows=2 + 3, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(4.4), Cm(5.0), Cm(5.0)]
    # two-level header: 序号 | 位置 | 更正内容 (原刊为 / 应为)
    a = t.cell(0, 0).merge(t.cell(1, 0))
    b = t.cell(0, 1).merge(t.cell(1, 1))
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(a, "序号", HT, 12, width=widths[0])
    set_cell(b, "位置", HT, 12, width=widths[1])
    set_cell(c, "更正内容", HT, 12)
    set_cell(t.cell(1, 2), "原刊为", HT, 12, width=widths[2])
    set_cell(t.cell(1, 3), "应为", HT, 12, width=widths[3])
    for cell in (a, b):
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    hdr = ["序号", "位置", "更正内容／原刊为", "更正内容／应为"]
    rows = [
        ["1", "第18页表格序号3“修改后条文”栏",
         "第十八条　自贸试验区依托西部陆海新通道……", "第十九条　自贸试验区依托西部陆海新通道……"],
        ["2", "第19页表格序号4“修改后条文”栏",
         "第二十三条　支持自贸试验区内银行业金融机构……", "第二十四条　支持自贸试验区内银行业金融机构……"],
        ["3", "第19页表格序号6“原条文”栏",
         "每三年对自贸试验区建设情况开展一次评估", "每两年对自贸试验区建设情况开展一次评估"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT
            set_cell(t.cell(ri, ci), v, FS, 12, align=al, width=widths[ci])
        cl1.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    set_widths(t, widths)

    body(cl1, "由此给读者带来不便，我们深表歉意。", before=6)
    add_par(doc, "特此更正。")
    empty(doc, 1)
    p = add_par(doc, [("\t", FS, 16, False), ("广西壮族自治区人民政府办公厅", FS, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(6.6), 0)
    p = add_par(doc, [("\t", FS, 16, False), ("二〇二六年三月十二日", FS, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(7.6), 0)

    # separator between the two pieces, as the 公报 typesetter leaves it
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "808080", 6, 1)
    empty(doc, 1, line=14)

    # ---------------- notice 2
    cl2 = []
    for line_txt in ("广西壮族自治区商务厅关于《中国（广西）", "自由贸易试验区管理办法》（2026年修订）",
                     "文本勘误的公告"):
        p = add_par(doc, [(line_txt, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                    indent=False, line=32)
        p.paragraph_format.keep_with_next = True
    p = add_par(doc, [("2026年第3号", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, after=8)
    p.paragraph_format.keep_with_next = True
    body(cl2, "我厅于2026年2月10日以桂商自贸发〔2026〕4号文重新印发的《中国（广西）自由贸易试验区管理办法》（2026年修订）文本中存在个别文字错误，现勘误如下：")
    body(cl2, "1.第五条中的“中国（广西）自由贸易试验区建设领导小组”应为“中国（广西）自由贸易试验区建设工作领导小组”。")
    body(cl2, "2.第十九条中的“海铁联运‘一票制’改革”应为“海铁联运‘一单制’改革”。")
    body(cl2, "3.第三十三条第二款中的“自治区人民政府办公室”应为“自治区人民政府办公厅”。")
    body(cl2, "勘误后的文本已在广西壮族自治区商务厅门户网站（http://swt.gxzf.gov.cn）“政策文件”栏目同步更新，请以更新后的文本为准。")
    add_par(doc, "特此公告。")
    p = add_par(doc, "广西壮族自治区商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {
            "meta": {
                "title": "更正启事",
                "doc_number": None,
                "issuer": ["广西壮族自治区人民政府办公厅"],
                "date": "2026-03-12",
                "published": None,
                "level": "provincial",
                "region": "广西壮族自治区",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "启事",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": cl1,
        },
        {
            "meta": {
                "title": "广西壮族自治区商务厅关于《中国（广西）自由贸易试验区管理办法》（2026年修订）文本勘误的公告",
                "doc_number": "2026年第3号",
                "issuer": ["广西壮族自治区商务厅"],
                "date": "2026-03-16",
                "published": None,
                "level": "provincial",
                "region": "广西壮族自治区",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "公告",
                "recipients": [],
                "publicity": "此件主动公开",
                "repeals": None,
            },
            "clauses": cl2,
        },
    ]
    return path


def main():
    paths = [doc_guangxi(), doc_xiamen(), doc_gongbao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
