# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1002: 公平竞争审查（自贸试验区支持政策）— 审查意见、审查结论+基本情况表、报告+自查表.

Writes blind1002_*.docx, their PDFs (LibreOffice) and expected.json into this directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, RGBColor

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
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); text '\n' = manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = font(p.add_run(part), name, size, bold, color)
            if i < len(parts) - 1:
                run.add_break()
    fmt(p, **kw)
    return p


PBDR_SUCC = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
             "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
             "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
             "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
             "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
             "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.insert_element_before(bdr, *PBDR_SUCC)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def add_tab_stop(p, pos_cm, align="right"):
    al = WD_TAB_ALIGNMENT.RIGHT if align == "right" else WD_TAB_ALIGNMENT.LEFT
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos_cm), al)


def setup(doc, footer_style="dash"):
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
    rf.set(qn("w:ascii"), FS)
    rf.set(qn("w:hAnsi"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer_style == "dash":
        font(fp.add_run("— "), SONG, 14)
    else:
        font(fp.add_run("第 "), SONG, 10.5)
    size = 14 if footer_style == "dash" else 10.5
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    if footer_style == "dash":
        font(fp.add_run(" —"), SONG, 14)
    else:
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    """text may contain '\n' -> manual line break inside the cell paragraph."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = font(p.add_run(part), name, size, bold)
        if i < len(parts) - 1:
            run.add_break()
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def col_widths(table, widths_cm):
    """Write tblGrid, fixed layout and every tc's tcW (summing spanned columns)."""
    table.autofit = False
    tbl = table._tbl
    tw = [int(w * 567) for w in widths_cm]
    grid = tbl.tblGrid
    for gc in list(grid):
        grid.remove(gc)
    for w in tw:
        grid.append(parse_xml('<w:gridCol %s w:w="%d"/>' % (nsdecls("w"), w)))
    tblPr = tbl.tblPr
    tblw = tblPr.find(qn("w:tblW"))
    if tblw is not None:
        tblw.set(qn("w:w"), str(sum(tw)))
        tblw.set(qn("w:type"), "dxa")
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Emu(sum(tw[col:col + span]) * 635)
            col += span


def banji(doc, cc, printer, date_txt, gap=True):
    """版记: 抄送 + 印发 between black rules."""
    if gap:
        empty(doc, 1, line=14)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    add_tab_stop(p2, 15.0, "right")
    border(p2, "bottom", "000000", 8, 4)


def numbering(doc, fmt_name, lvl_text, abs_id):
    npart = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), abs_id, fmt_name, lvl_text))
    nums = npart.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        npart.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in npart.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    npart.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                           % (nsdecls("w"), nid, abs_id)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr._insert_numPr(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1002", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row))


# ====================================================================== DOC A
# 厦门市商务局 公平竞争审查意见（函），红头，加急，需修改条款表
def doc_xiamen():
    stem = "blind1002_xiamen_yijian"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], align=L, indent=False)
    add_par(doc, [("厦门市商务局", XBS, 48, False, RED)], align=C, indent=False,
            line=66, before=18)
    empty(doc, 1)
    p = add_par(doc, [("厦商务函〔2025〕187号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    title_lines = ["厦门市商务局关于《中国（福建）自由贸易试",
                   "验区厦门片区促进“丝路海运”港航物流发展",
                   "若干措施（送审稿）》的公平竞争审查意见"]
    # one paragraph, lines broken by hand (Shift+Enter)
    add_par(doc, [("\n".join(title_lines), XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国（福建）自由贸易试验区厦门片区管理委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)], align=J)

    body("你委《关于商请对〈中国（福建）自由贸易试验区厦门片区促进“丝路海运”港航物流发展若干措施（送审稿）〉开展公平竞争审查的函》（厦自贸委函〔2025〕142号）收悉。根据《公平竞争审查条例》《公平竞争审查条例实施办法》和《厦门市公平竞争审查工作规程》有关规定，我局对《中国（福建）自由贸易试验区厦门片区促进“丝路海运”港航物流发展若干措施（送审稿）》（以下简称《若干措施》）进行了公平竞争审查。现将审查意见函告如下：")
    head("一、基本情况")
    body("《若干措施》共4部分18条，主要包括支持国际航线拓展、培育港航物流市场主体、推动海铁联运和“丝路海运”品牌建设、优化口岸营商环境等内容，涉及港口航运、国际货运代理、航运服务、多式联运等行业领域。《若干措施》拟以片区管委会规范性文件形式印发，所需资金由片区财政预算安排，年度资金规模约1.2亿元，属于涉及经营者经济活动的政策措施，应当进行公平竞争审查。")
    head("二、审查过程")
    runin("（一）书面审查。", "我局于2025年10月28日收到送审材料后，对照《公平竞争审查条例》第八条至第十一条规定的19项审查标准，对《若干措施》全部条款逐条进行了审查，重点关注市场准入、财政奖补对象和标准、经营者选择等内容。")
    runin("（二）征求意见。", "2025年11月3日至11月12日，书面征求了厦门市市场监督管理局、厦门市财政局、厦门市交通运输局、厦门港口管理局以及厦门市港口协会、厦门市国际货运代理协会的意见，并召开座谈会听取了12家航运企业、货代企业和物流企业的意见，共收到反馈意见9条。")
    runin("（三）专家论证。", "2025年11月14日，组织厦门大学法学院、福建省公平竞争研究会3名专家对《若干措施》中涉及财政奖补的条款进行论证，专家一致认为第五条、第九条、第十三条相关表述存在排除、限制竞争风险。")
    head("三、审查结论")
    body("经审查，《若干措施》总体上符合公平竞争审查标准，但部分条款存在限定特定经营者、以注册地和纳税地作为享受奖补条件、给予特定经营者选择性补贴等问题，不符合《公平竞争审查条例》第八条第（三）项、第九条第（四）项、第十条第（二）项规定，应当按以下意见修改完善后方可出台。")

    # ---- table of clauses to be revised
    add_par(doc, [("表1　《若干措施》需修改条款及审查意见", HT, 14, False)], align=C,
            indent=False, before=6)
    header = ["序号", "条款", "原表述", "存在问题", "审查意见"]
    rows = [
        ["1", "第五条", "对由厦门港务控股集团有限公司运营的码头新开辟的“丝路海运”命名航线，每条给予一次性奖励100万元。",
         "以特定企业运营为享受奖励的前提，属于限定特定经营者、给予特定经营者选择性奖励。",
         "删除“由厦门港务控股集团有限公司运营的码头”表述，奖励对象调整为在厦门港各港区新开辟“丝路海运”命名航线的航运企业。"],
        ["2", "第九条", "申请海铁联运补贴的企业须在厦门片区注册且纳税满3年。",
         "以注册地、纳税地作为享受补贴条件，对外地经营者构成歧视。",
         "删除“在厦门片区注册且纳税满3年”，修改为“在厦门片区依法开展海铁联运业务”。"],
        ["3", "第九条", "补贴标准按企业上年度在片区缴纳税收地方留成部分的50%核定。",
         "奖补标准与经营者纳税额挂钩，属于变相给予特定经营者税收优惠。",
         "修改为按实际完成的海铁联运箱量给予补贴，每标准箱补贴200元，单家企业年度补贴不超过300万元。"],
        ["4", "第十三条", "鼓励货主企业优先选择片区内重点培育的国际货运代理企业。",
         "变相限定经营、购买特定经营者提供的服务。",
         "删除该款。"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [1.3, 2.1, 4.2, 3.8, 4.2]
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=(C if ci < 2 else L))
        clauses.append(row_clause(header, row))
    # rows 2 and 3 share 第九条 -> vertical merge
    m = t.cell(2, 1).merge(t.cell(3, 1))
    set_cell(m, "第九条", FS, 12)
    col_widths(t, widths)
    note = "注：条款序号以送审稿为准；第十三条删除后，后续条款序号相应调整。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)

    head("四、有关要求")
    runin("（一）", "请你委按照本意见对《若干措施》相关条款进行修改，并将修改后的文本及修改情况说明于出台前报我局复核。未经复核或者修改后仍不符合审查标准的，不得出台。", hf=FS)
    runin("（二）", "《若干措施》出台后，请你委建立政策实施情况年度评估机制，对经营者反映的排除、限制竞争问题及时研究处理，评估结果报我局和市市场监督管理局备案。", hf=FS)
    runin("（三）", "请你委在制定后续配套实施细则时同步开展公平竞争审查，相关审查材料一并存档备查。", hf=FS)
    add_par(doc, "特此函告。")
    empty(doc, 3)
    p = add_par(doc, "厦门市商务局", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2025年11月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件依申请公开）")
    empty(doc, 2)
    banji(doc, "抄送：厦门市市场监督管理局，厦门市财政局，厦门市司法局。",
          "厦门市商务局办公室", "2025年11月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "".join(title_lines),
            "doc_number": "厦商务函〔2025〕187号",
            "issuer": ["厦门市商务局"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见",
            "recipients": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC B
# 青岛市商务局 公平竞争审查结论 + 附件 公平竞争审查基本情况表（无红头）
def doc_qingdao():
    stem = "blind1002_qingdao_jielun"
    doc = Document()
    setup(doc)
    clauses = []

    title_lines = ["关于《青岛市支持中国（山东）自由贸易",
                   "试验区青岛片区深化“一带一路”经贸合作",
                   "若干政策措施》的公平竞争审查结论"]
    for tl in title_lines:
        add_par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def label(lab, t):
        clauses.append(lab + t)
        add_par(doc, [(lab, HT, 16, False), (t, FS, 16, False)], align=J)

    policy = "青岛市支持中国（山东）自由贸易试验区青岛片区深化“一带一路”经贸合作若干政策措施"
    label("政策措施名称：", "《" + policy + "》（以下简称《政策措施》）")
    label("起草单位：", "中国（山东）自由贸易试验区青岛片区管理委员会")
    label("审查机构：", "青岛市商务局")

    add_par(doc, [("审查过程", HT, 16, False)], align=C, indent=False, before=6)
    body("2025年12月22日，起草单位将《政策措施》（送审稿）及起草说明、征求意见采纳情况等材料送我局审查。我局依据《公平竞争审查条例》及其实施办法，对照四类审查标准，对《政策措施》6个方面22条内容逐条审查。审查期间，书面征求了市市场监督管理局、市财政局、市司法局和青岛海关的意见，并委托青岛大学法学院公平竞争研究中心对涉及财政奖补的7条内容开展第三方评估。")
    body("针对送审稿第八条“对在片区新设立且注册资本不低于5000万元的外贸综合服务企业给予开办奖励”、第十五条“优先支持本地企业承接境外经贸合作区建设项目”等表述，我局与起草单位进行了沟通，起草单位已删除注册资本门槛和“优先支持本地企业”等表述，修改后的条款适用于符合条件的各类经营者。")

    add_par(doc, [("审查结论", HT, 16, False)], align=C, indent=False, before=6)
    # items numbered with Word automatic numbering (chineseCounting "一、")
    nid = numbering(doc, "chineseCounting", "%1、", 1201)
    concl = [
        "经审查，修改后的《政策措施》不含有排除、限制竞争的内容，符合公平竞争审查标准，可以出台。",
        "《政策措施》不适用《公平竞争审查条例》第十二条规定的例外情形。",
        "《政策措施》实施后，起草单位应当按照规定定期评估其对市场竞争的影响，发现排除、限制竞争问题的，及时修改或者废止。",
    ]
    for i, t in enumerate(concl):
        clauses.append("一二三四五"[i] + "、" + t)
        p = add_par(doc, t, align=J)
        apply_num(p, nid)

    empty(doc, 1)
    att = "公平竞争审查基本情况表"
    p = add_par(doc, "附件：" + att, indent=True)
    empty(doc, 1)
    p = add_par(doc, "青岛市商务局", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "二〇二六年一月十六日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [(att, XBS, 22, False)], align=C, indent=False, line=34, after=6)

    # ruled form, 6 columns
    widths = [3.2, 4.3, 1.7, 1.8, 1.3, 3.3]
    form_rows = 11
    t = doc.add_table(rows=form_rows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def full_row(i, lab, val, align=L, h=0.9):
        set_cell(t.cell(i, 0), lab, HT, 12)
        m = t.cell(i, 1).merge(t.cell(i, 5))
        set_cell(m, val, FS, 11.5, align=align)
        row_height(t.rows[i], h)
        clauses.append("%s：%s" % (lab.replace("\n", ""), val.replace("\n", "")))

    full_row(0, "政策措施名称", policy)
    full_row(1, "涉及行业领域", "对外贸易、跨境电子商务、国际物流、境外投资、服务贸易")
    full_row(2, "性质", "行政法规草案□　地方性法规草案□　规章□　规范性文件☑　其他政策措施□", align=C)
    for i, (lab, org, person, tel) in enumerate([
            ("起草机构", "中国（山东）自由贸易试验区青岛片区管理委员会", "王晓蕾", "0532-86891275"),
            ("审查机构", "青岛市商务局", "孙继明", "0532-85912046")], start=3):
        set_cell(t.cell(i, 0), lab, HT, 12)
        set_cell(t.cell(i, 1), org, FS, 12)
        set_cell(t.cell(i, 2), "联系人", HT, 12)
        set_cell(t.cell(i, 3), person, FS, 12)
        set_cell(t.cell(i, 4), "电话", HT, 12)
        set_cell(t.cell(i, 5), tel, FS, 12)
        row_height(t.rows[i], 0.9)
        clauses.append("%s：%s；联系人：%s；电话：%s" % (lab, org, person, tel))
    full_row(5, "征求意见情况",
             "征求利害关系人意见☑　向社会公开征求意见☑\n"
             "具体情况（时间、对象、意见反馈和采纳情况）：2025年12月1日至12月30日通过青岛市人民政府网站向社会公开征求意见，同时书面征求了青岛海关、市财政局等8个部门和青岛市进出口商会、青岛市跨境电子商务协会及15家外贸企业意见，共收到意见建议17条，采纳11条，部分采纳3条，未采纳3条。",
             align=L, h=1.0)
    full_row(6, "咨询及第三方评估情况\n（可选）",
             "委托青岛大学法学院公平竞争研究中心开展第三方评估，评估报告认为送审稿第八条、第十五条存在排除、限制竞争风险，建议删除注册资本门槛和“优先支持本地企业”表述，起草单位已全部采纳。",
             align=L, h=1.0)
    full_row(7, "审查结论",
             "符合公平竞争审查标准，可以出台。（详见审查结论）", align=L, h=1.0)
    full_row(8, "适用例外规定", "是□　　否☑", align=L)
    full_row(9, "其他说明", "无", align=L)
    # 主要负责人意见 with 签字/盖章/日期 inside the cell, right aligned lines
    set_cell(t.cell(10, 0), "审查机构主要\n负责人意见", HT, 12)
    m = t.cell(10, 1).merge(t.cell(10, 5))
    m.text = ""
    p0 = m.paragraphs[0]
    font(p0.add_run("同意。"), FS, 12)
    p0.paragraph_format.line_spacing = Pt(22)
    p0.paragraph_format.first_line_indent = Pt(24)
    p1 = m.add_paragraph()
    font(p1.add_run("签字：刘振东　　　　盖章："), FS, 12)
    p1.alignment = R
    p1.paragraph_format.line_spacing = Pt(22)
    p1.paragraph_format.space_before = Pt(6)
    p1.paragraph_format.right_indent = Pt(48)
    p2 = m.add_paragraph()
    font(p2.add_run("二〇二六年一月十六日"), FS, 12)
    p2.alignment = R
    p2.paragraph_format.line_spacing = Pt(22)
    p2.paragraph_format.right_indent = Pt(24)
    row_height(t.rows[10], 2.2)
    clauses.append("审查机构主要负责人意见：同意。签字：刘振东　　　　盖章：二〇二六年一月十六日")
    col_widths(t, widths)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "".join(title_lines),
            "doc_number": None,
            "issuer": ["青岛市商务局"],
            "date": "2026-01-16",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "审查结论",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC C
# 郑州市商务局 报告（上行文，签发人）+ 资金测算表 + 附件 自查表（分两表，续表）
def doc_zhengzhou():
    stem = "blind1002_zhengzhou_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("郑州市商务局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=60, before=30)
    empty(doc, 1)
    # 文号 left, 签发人 right, aligned with a tab (上行文)
    p = add_par(doc, [("郑商务〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("赵建平", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    add_tab_stop(p, 15.3, "right")
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    title_lines = ["郑州市商务局关于《郑州市支持中国（河南）",
                   "自由贸易试验区郑州片区建设“空中丝绸",
                   "之路”若干措施》公平竞争审查情况的报告"]
    for tl in title_lines:
        add_par(doc, [(tl, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "郑州市人民政府：", indent=False)

    # body indented with typed full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, "\u3000\u3000" + t, indent=False, align=J)

    def head(t):
        add_par(doc, [("\u3000\u3000" + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [("\u3000\u3000" + h, hf, 16, False), (t, FS, 16, False)], indent=False, align=J)

    body("按照市政府工作安排，我局牵头起草了《郑州市支持中国（河南）自由贸易试验区郑州片区建设“空中丝绸之路”若干措施》（以下简称《若干措施》），并会同市市场监督管理局开展了公平竞争审查。现将有关情况报告如下：")
    head("一、《若干措施》主要内容")
    body("《若干措施》共5部分20条，围绕郑州—卢森堡“双枢纽”建设，从拓展国际货运航线、培育航空物流主体、发展“航空+跨境电商”等方面提出支持措施，实施期限为3年，涉及财政奖补事项4项，2026年预计需安排资金8600万元，具体如下：")
    add_par(doc, [("表1　《若干措施》奖补事项资金测算表（单位：万元）", HT, 14, False)],
            align=C, indent=False, before=4)
    header = ["序号", "奖补事项", "对应条款", "奖补标准", "2026年预计资金"]
    rows = [
        ["1", "新开国际全货机航线", "第三条", "按航线距离和班次给予运营补贴，每条航线年度不超过1500万元", "4500"],
        ["2", "航空物流企业引进培育", "第七条", "年货运代理量首次超过1万吨、5万吨的，分别奖励50万元、200万元", "1300"],
        ["3", "“航空+跨境电商”业务", "第十一条", "按经郑州机场出口的跨境电商货量每吨补贴300元", "2200"],
        ["4", "境外货站及海外仓建设", "第十四条", "按实际投资额的10%补助，单个项目不超过100万元", "600"],
        ["合计", "—", "—", "—", "8600"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=(L if ci == 3 else C))
        clauses.append(row_clause(header, row))
    col_widths(t, [1.3, 3.0, 2.2, 6.3, 2.8])

    head("二、审查过程")
    runin("（一）起草阶段自查。", "起草过程中，我局对照《公平竞争审查条例》规定的审查标准逐条开展自查，形成公平竞争审查自查表（见附件）。送审稿第六条原规定“申请航空物流企业奖励须在郑州市注册登记”，因涉及对外地经营者设置歧视性条件，已予删除。")
    runin("（二）征求意见。", "2026年1月5日至2月4日，通过市政府门户网站向社会公开征求意见，同时书面征求了郑州航空港经济综合实验区管委会、市财政局、郑州海关及21家航空公司、货代企业和跨境电商企业的意见，共收到意见建议26条，采纳19条，未采纳7条并已反馈理由。")
    runin("（三）联合会审。", "2026年2月6日，我局会同市市场监督管理局、市司法局召开会审会，邀请2名法律专家参加，对奖补对象、奖补标准和申报条件进行了重点审查。")
    head("三、审查结论")
    body("经审查，修改后的《若干措施》：")
    runin("1.", "奖补对象为符合条件的各类市场主体，未限定所有制形式、注册地或者企业规模，不含有限制或者变相限制市场准入和退出、限制商品和要素自由流动的内容；", hf=FS)
    runin("2.", "奖补标准统一、公开，按照实际业务量或者投资额核定，不与经营者纳税额挂钩，未给予特定经营者选择性、差异化的财政奖励或者补贴；", hf=FS)
    runin("3.", "不涉及政府定价、政府指导价，不干预实行市场调节价的商品和服务价格，不含有影响生产经营行为的内容。", hf=FS)
    body("综上，《若干措施》符合公平竞争审查标准，不适用例外规定，可以提请市政府审议。")
    add_par(doc, "\u3000\u3000特此报告。", indent=False)
    att = "郑州市支持中国（河南）自由贸易试验区郑州片区建设“空中丝绸之路”若干措施公平竞争审查自查表"
    p = add_par(doc, "\u3000\u3000附件：" + att, indent=False, align=J)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 1)
    # 落款 with typed spaces for alignment
    add_par(doc, "\u3000" * 16 + "郑州市商务局", indent=False)
    add_par(doc, "\u3000" * 15 + "2026年2月10日", indent=False)

    # ---------------- 附件: 自查表, landscape-free, split into two tables with 续表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("郑州市支持中国（河南）自由贸易试验区郑州片区建设\n“空中丝绸之路”若干措施公平竞争审查自查表", XBS, 16, False)],
            align=C, indent=False, line=24, after=4)

    hdr_top = ["序号", "审查标准", "审查标准", "是否涉及", "是否涉及", "说明"]
    keys = ["序号", "审查标准／类别", "审查标准／具体标准", "是否涉及／是", "是否涉及／否", "说明"]
    A = "市场准入和退出标准"
    B = "商品和要素自由流动标准"
    Cc = "影响生产经营成本标准"
    D = "影响生产经营行为标准"
    std = [
        (A, "对市场准入负面清单以外的行业、领域、业务等违法设置审批程序", ""),
        (A, "违法设置或者授予特许经营权", ""),
        (A, "限定经营、购买或者使用特定经营者提供的商品或者服务", ""),
        (A, "设置不合理或者歧视性的准入、退出条件", "注册地要求已删除"),
        (A, "其他限制或者变相限制市场准入和退出的内容", ""),
        (B, "限制外地或者进口商品、要素进入本地市场，或者阻碍本地经营者迁出，商品、要素输出", ""),
        (B, "排斥、限制、强制或者变相强制外地经营者在本地投资经营或者设立分支机构", ""),
        (B, "排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标", ""),
        (B, "对外地或者进口商品、要素设置歧视性收费项目、收费标准、价格或者补贴", ""),
        (B, "在资质标准、监管执法等方面对外地经营者在本地投资经营设置歧视性要求", ""),
        (B, "其他限制商品、要素自由流动的内容", ""),
        (Cc, "没有法律、行政法规依据或者未经国务院批准，给予特定经营者税收优惠", ""),
        (Cc, "没有法律、行政法规依据或者未经国务院批准，给予特定经营者选择性、差异化的财政奖励或者补贴", "奖补标准统一公开"),
        (Cc, "没有法律、行政法规依据或者未经国务院批准，给予特定经营者要素获取、行政事业性收费、政府性基金、社会保险费等方面的优惠", ""),
        (Cc, "其他影响生产经营成本的内容", ""),
        (D, "强制或者变相强制经营者从事《中华人民共和国反垄断法》规定的垄断行为", ""),
        (D, "超越法定权限制定政府指导价、政府定价，为特定经营者提供优惠价格", ""),
        (D, "违法干预实行市场调节价的商品、要素的价格水平", ""),
        (D, "其他影响生产经营行为的内容", ""),
    ]
    widths = [0.9, 1.8, 9.3, 0.85, 0.85, 1.9]

    def check_table(items, start_no):
        tt = doc.add_table(rows=2 + len(items), cols=6)
        tt.style = "Table Grid"
        tt.alignment = WD_TABLE_ALIGNMENT.CENTER
        mar = parse_xml(
            '<w:tblCellMar %s><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
            % nsdecls("w"))
        look = tt._tbl.tblPr.find(qn("w:tblLook"))
        if look is not None:
            look.addprevious(mar)
        else:
            tt._tbl.tblPr.append(mar)
        # two-level header
        set_cell(tt.cell(0, 0).merge(tt.cell(1, 0)), "序号", HT, 11)
        set_cell(tt.cell(0, 1).merge(tt.cell(0, 2)), "审查标准", HT, 11)
        set_cell(tt.cell(0, 3).merge(tt.cell(0, 4)), "是否涉及", HT, 9.5, line=13)
        set_cell(tt.cell(0, 5).merge(tt.cell(1, 5)), "说明", HT, 11)
        set_cell(tt.cell(1, 1), "类别", HT, 11)
        set_cell(tt.cell(1, 2), "具体标准", HT, 11)
        set_cell(tt.cell(1, 3), "是", HT, 11)
        set_cell(tt.cell(1, 4), "否", HT, 11)
        repeat_header(tt.rows[0])
        repeat_header(tt.rows[1])
        for k, (cat, s, note) in enumerate(items):
            r = 2 + k
            no = str(start_no + k)
            set_cell(tt.cell(r, 0), no, FS, 10.5, line=13)
            set_cell(tt.cell(r, 2), s, FS, 10, align=L, line=13)
            set_cell(tt.cell(r, 3), "", FS, 10.5, line=13)
            set_cell(tt.cell(r, 4), "√", FS, 10.5, line=13)
            set_cell(tt.cell(r, 5), note, FS, 9, align=L, line=12)
            clauses.append(row_clause(keys, [no, cat, s, "", "√", note]))
            tt.rows[r]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        # vertical merge of category cells
        k = 0
        while k < len(items):
            j = k
            while j + 1 < len(items) and items[j + 1][0] == items[k][0]:
                j += 1
            cell = tt.cell(2 + k, 1)
            if j > k:
                cell = cell.merge(tt.cell(2 + j, 1))
            set_cell(cell, items[k][0], FS, 10.5, line=13)
            k = j + 1
        col_widths(tt, widths)
        return tt

    check_table(std, 1)
    note = "注：“是否涉及”栏在对应格内划“√”，适用例外规定的在“说明”栏注明理由。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)

    banji(doc, "抄送：市市场监督管理局，市司法局，市财政局。",
          "郑州市商务局办公室", "2026年2月10日印发", gap=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "".join(title_lines),
            "doc_number": "郑商务〔2026〕9号",
            "issuer": ["郑州市商务局"],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "报告",
            "recipients": ["郑州市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_qingdao(), doc_zhengzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
