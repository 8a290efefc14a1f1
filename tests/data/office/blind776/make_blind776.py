# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 776: 政府工作报告摘编（自贸试验区 / “一带一路”），市商务局编印学习材料.

Writes three .docx files, their PDFs (LibreOffice) and expected.json into this
script's own directory.
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
IND = "\u3000\u3000"  # typed full-width spaces used as indent

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
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def _page_field(fp):
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


def setup(doc, cover=False):
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
    if cover:
        # cover page carries no page number (不同首页)
        s.different_first_page_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    _page_field(fp)
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_widths(t, widths):
    """Column widths in tblGrid (LibreOffice) and each w:tc (Word)."""
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for tr in t._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            w = sum(int(x.twips) for x in widths[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(w))
            tcw.set(qn("w:type"), "dxa")
            col += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, lines, last_line=None):
    """版记: lines between black rules; last_line = (left, right) 印发 line."""
    empty(doc, 2)
    for i, t in enumerate(lines):
        p = add_par(doc, [(t, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
    if last_line:
        p2 = add_par(doc, [(last_line[0], FS, 14, False), ("\t", FS, 14, False),
                           (last_line[1], FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.left_indent = Pt(14)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
        border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_776", "--headless",
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, KT, KT, KT))
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


def text_box(p, lines, width_pt=118, height_pt=62):
    """Floating VML text box with a black border, anchored to paragraph p."""
    inner = ""
    for t in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="440" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % (HT, HT, HT, t))
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="NeiBuZiLiao" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:margin" strokecolor="black" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))


# =================================================================== DOC A
def doc_chengdu():
    """红头通知印发摘编（附件1 摘编，附件2 学习安排表）."""
    stem = "blind776_chengdu_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 内部资料 mark where 密级 would go
    add_par(doc, [("内部资料", HT, 16, False), ("\u3000", HT, 16, False),
                  ("注意保存", HT, 16, False)], indent=False)
    add_par(doc, [("成都市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "成商务办〔2026〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped over three paragraphs, broken at odd places
    for t in ("成都市商务局关于印发《成都市2026年",
              "政府工作报告涉及自贸试验区和",
              "“一带一路”建设内容摘编》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "局机关各处室、局属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("2026年1月20日，成都市第十八届人民代表大会第五次会议审议通过了市政府工作报告。报告全面总结了2025年全市经济社会发展成就，明确了2026年发展的总体要求、主要预期目标和重点任务，对高水平建设自贸试验区、深度融入共建“一带一路”作出了具体部署。为便于全局干部职工系统学习、准确把握报告精神，局办公室会同自由贸易试验区工作处、对外投资和经济合作处对报告中涉及自贸试验区和“一带一路”建设的内容进行了摘编，现印发给你们，并就有关事项通知如下：")
    runin("一、认真组织学习。", "各处室、各单位要将学习市政府工作报告作为当前一项重要政治任务，结合党组理论学习中心组学习、支部“三会一课”等形式，于3月15日前完成集中学习，做到学深悟透、入脑入心。")
    runin("二、抓好任务分解。", "对报告中明确由我局牵头或参与的自贸试验区提升、中欧班列（成渝）扩容、国际经贸合作平台建设等重点任务，各牵头处室要逐项细化工作措施、责任分工和完成时限，于2月28日前报局办公室汇总。")
    runin("三、注意保密管理。", "本摘编为内部学习资料，请妥善保管，不得擅自复制、转发或在互联网上传播。")
    empty(doc, 1)
    # 附件 list, second line aligned with typed full-width spaces
    add_par(doc, "附件：1．成都市2026年政府工作报告涉及自贸试验区和“一带一路”建设内容摘编")
    p = add_par(doc, "\u3000\u3000\u30002．局机关学习讨论安排表")
    empty(doc, 2)
    p = add_par(doc, "成都市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月13日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（此件不予公开）")

    # ------------------------------------------------ 附件1 on its own page
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("成都市2026年政府工作报告涉及自贸试验区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("和“一带一路”建设内容摘编", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    head("一、2025年工作回顾")
    body("过去一年，全市对外开放迈出新步伐。货物贸易进出口总额达到8112.4亿元，增长5.3%；实际使用外资41.2亿美元，新落户世界500强企业9家，在蓉落户世界500强企业达到318家。")
    body("一是自贸试验区建设取得新成效。中国（四川）自由贸易试验区成都区域新形成制度创新成果46项，“中欧班列集拼集运”“多式联运‘一单制’”等7项经验在全国复制推广，新增市场主体5.8万户。二是国际通道能级持续提升。中欧班列（成渝）成都方向开行3210列，西部陆海新通道班列开行1056列，成都天府国际机场、成都双流国际机场国际（地区）航线达到142条。三是“一带一路”经贸合作不断深化。对共建“一带一路”国家进出口增长9.6%，占全市外贸比重提高到38.4%；新签对外承包工程合同额27.3亿美元。")
    head("二、2026年主要预期目标")
    body("与开放型经济相关的主要预期目标是：")
    hdr = ["序号", "指标", "2026年预期目标"]
    rows = [
        ["1", "货物贸易进出口总额", "增长4%左右"],
        ["2", "实际使用外资", "41亿美元以上"],
        ["3", "中欧班列（成渝）成都方向开行量", "3300列以上"],
        ["4", "西部陆海新通道班列开行量", "1100列以上"],
        ["5", "国际（地区）航线", "150条"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, row))
    set_widths(t, [Cm(1.8), Cm(8.6), Cm(5.2)])
    empty(doc, 1)
    head("三、2026年重点任务（摘录）")
    runin("（一）实施自由贸易试验区提升战略。", "深入对接国际高标准经贸规则，在服务贸易、数字贸易、绿色低碳等领域开展首创性、差异化探索，全年形成制度创新成果40项以上。推动青白江铁路港片区与天府新区片区协同联动，争取开展铁路运输单证物权化、跨境数据流动等试点。", KT, True)
    runin("（二）高质量共建“一带一路”。", "一是做强国际通道。优化中欧班列（成渝）线路布局，加密至中亚、西亚及欧洲主要城市班列，推动西部陆海新通道班列提质扩量。二是拓展经贸合作。深化与共建“一带一路”国家产能合作，支持企业在东南亚、中东欧布局境外经贸合作区和海外仓。三是办好重大展会。高标准举办第二十三届中国西部国际博览会，用好“一带一路”国际商事调解中心等平台。", KT, True)
    runin("（三）稳外贸稳外资。", "实施外贸主体培育行动，新增有进出口实绩企业600家以上；落实外资准入负面清单，开展“投资成都”全球推介活动，确保实际使用外资规模稳中有进。", KT, True)

    # ------------------------------------------------ 附件2 on its own page
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("局机关学习讨论安排表", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    hdr2 = ["序号", "时间", "学习内容", "参加范围", "牵头处室"]
    rows2 = [
        ["1", "2月下旬", "集中传达学习市政府工作报告全文", "局领导班子成员、各处室主要负责人", "办公室"],
        ["2", "3月上旬", "专题研讨：自贸试验区提升战略重点任务", "自由贸易试验区工作处、外国投资管理处、对外贸易处全体干部", "自由贸易试验区工作处"],
        ["3", "3月上旬", "专题研讨：中欧班列（成渝）和西部陆海新通道建设", "口岸物流处、对外投资和经济合作处全体干部", "口岸物流处"],
        ["4", "3月中旬", "交流学习体会，形成重点任务分解清单", "局机关全体干部", "办公室"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for i, h in enumerate(hdr2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            if ri == 3 and ci == 1:
                continue  # merged with the row above
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr2, row))
    m = t.cell(2, 1).merge(t.cell(3, 1))
    set_cell(m, "3月上旬", FS, 12)
    widths = [Cm(1.4), Cm(2.4), Cm(5.2), Cm(4.4), Cm(2.4)]
    set_widths(t, widths)
    p = add_par(doc, "注：具体时间、地点另行通知。", indent=False, line=26, before=6)
    clauses.append("注：具体时间、地点另行通知。")

    banji(doc, ["抄送：市政府办公厅。"], ("成都市商务局办公室", "2026年2月13日印发"))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市商务局关于印发《成都市2026年政府工作报告涉及自贸试验区和“一带一路”建设内容摘编》的通知",
            "doc_number": "成商务办〔2026〕6号",
            "issuer": ["成都市商务局"],
            "date": "2026-02-13",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": ["成都市2026年政府工作报告涉及自贸试验区和“一带一路”建设内容摘编",
                            "局机关学习讨论安排表"],
            "doc_type": "通知",
            "recipients": ["局机关各处室", "局属各单位"],
            "publicity": "此件不予公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """带封面的学习参考资料：封面文本框“内部资料”，封面无页码."""
    stem = "blind776_xiamen_xuexi"
    doc = Document()
    setup(doc, cover=True)
    clauses = []

    # ---- cover
    p = add_par(doc, "", indent=False)
    text_box(p, ["内部资料", "注意保存"])
    empty(doc, 3)
    add_par(doc, [("学习参考资料", KT, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("2026年第1期", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 3)
    for t in ("厦门市2026年政府工作报告", "自贸试验区和“一带一路”", "相关内容摘编"):
        add_par(doc, [(t, XBS, 26, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=44)
    empty(doc, 5)
    add_par(doc, [("厦门市商务局编印", KT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("二〇二六年二月九日", KT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)

    # ---- body
    p = add_par(doc, [("编　印　说　明", HT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32, after=12)
    p.paragraph_format.page_break_before = True
    t0 = "2026年1月14日，厦门市第十六届人民代表大会第六次会议审议通过了《政府工作报告》。为方便局机关和自贸试验区厦门片区管委会、各区商务主管部门干部学习领会报告精神，抓好贯彻落实，我们将报告中涉及自贸试验区和“一带一路”的主要内容摘编如下，标题为编者所加，供学习参考。"
    clauses.append(t0)
    add_par(doc, [(t0, KT, 16, False)])
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    items = {"n": 0}
    CN = "一二三四五六七八九十"

    def item(h, t, restart=False):
        if restart:
            items["n"] = 0
            nid = make_numbering(doc, "（%1）")
            items["nid"] = nid
        items["n"] += 1
        clauses.append("（%s）%s%s" % (CN[items["n"] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, items["nid"])

    head("一、2025年工作回顾")
    item("自贸试验区建设走深走实。", "中国（福建）自由贸易试验区厦门片区挂牌十周年，累计推出创新举措612项，其中全国首创138项；“海丝中央法务区”“两岸集成电路产业合作”等一批改革成果入选国家最佳实践案例。一是制度型开放稳步扩大，率先对接《数字经济伙伴关系协定》（DEPA）规则，开展数据跨境流动试点。二是航运物流能级提升，厦门港集装箱吞吐量达到1280万标准箱，“丝路海运”命名航线增至138条。三是对台先行先试深化，新增台资企业386家，两岸经贸合作更加紧密。", restart=True)
    item("“一带一路”合作持续拓展。", "中欧（厦门）班列全年开行286列，新开通至匈牙利、土耳其等线路；金砖国家新工业革命伙伴关系创新基地建设加快推进，累计落地金砖合作项目214个；对共建“一带一路”国家进出口3812.6亿元，增长8.1%，占全市外贸比重达到40.3%。")
    empty(doc, 1)
    head("二、2026年主要预期目标")
    body("报告提出的2026年与开放型经济相关的主要预期目标如下：")
    hdr = ["序号", "指标名称", "单位", "2025年完成", "2026年目标"]
    rows = [
        ["1", "外贸进出口总额", "亿元", "9625.3", "增长3%左右"],
        ["2", "对共建“一带一路”国家进出口额", "亿元", "3812.6", "增长6%"],
        ["3", "实际使用外资", "亿美元", "20.6", "21"],
        ["4", "港口集装箱吞吐量", "万标准箱", "1280", "1330"],
        ["5", "“丝路海运”命名航线", "条", "138", "150"],
        ["6", "中欧（厦门）班列开行量", "列", "286", "300"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, row))
    widths = [Cm(1.3), Cm(6.4), Cm(2.4), Cm(2.6), Cm(3.0)]
    set_widths(t, widths)
    note = "注：2025年完成数为快报数。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    empty(doc, 1)
    head("三、2026年重点工作")
    item("实施自贸试验区提升战略。", "对标国际高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权等领域开展压力测试，力争全年推出创新举措60项以上，其中全国首创20项以上。深化厦门片区与综合保税区联动发展，推进保税维修、保税研发等新业态集聚。", restart=True)
    item("高水平共建“一带一路”。", "一是建设“丝路海运”国际航运枢纽，新增“丝路海运”命名航线12条以上，推动“丝路海运”与中欧（厦门）班列、“丝路飞翔”无缝衔接。二是推进金砖创新基地建设，办好金砖国家新工业革命伙伴关系论坛，新增金砖合作项目50个以上。三是支持企业“抱团出海”，在东南亚、中东、拉美等地布局境外营销网络和海外仓，新培育“一带一路”重点投资项目15个。")
    item("打造对台融合发展先行区。", "深化厦台经贸合作，用好自贸试验区政策优势，推动两岸标准共通、资格互认，新增台资企业300家以上。")

    banji(doc, ["送：局领导，局机关各处室，自贸试验区厦门片区管委会，各区商务主管部门。"],
          ("厦门市商务局办公室", "2026年2月9日印"))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市2026年政府工作报告自贸试验区和“一带一路”相关内容摘编",
            "doc_number": None,
            "issuer": ["厦门市商务局"],
            "date": "2026-02-09",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "摘编",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qingdao():
    """简报式学习参考：红色报头、期号、编者按、两级表头表格、报送版记."""
    stem = "blind776_qingdao_jianbao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False)
    add_par(doc, [("商务学习参考", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64, before=18)
    add_par(doc, [("2026年第2期（总第37期）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    p = add_par(doc, [("青岛市商务局办公室编印", FS, 16, False), ("\t", FS, 16, False),
                      ("2026年2月16日", FS, 16, False)], indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("青岛市2026年政府工作报告中自贸试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("和“一带一路”相关内容摘编"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def khead(t):
        add_par(doc, [(IND, FS, 16, False), (t, KT, 16, True)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    ebh = "2026年1月22日，青岛市第十七届人民代表大会第五次会议审议通过了市政府工作报告。报告对2026年深化中国（山东）自由贸易试验区青岛片区改革创新、高质量共建“一带一路”提出了明确要求。现将有关内容摘编刊发，请结合工作实际认真学习贯彻。"
    clauses.append("编者按：" + ebh)
    add_par(doc, [(IND, KT, 16, False), ("编者按：", HT, 16, False), (ebh, KT, 16, False)], indent=False)

    head("一、2025年工作回顾（摘录）")
    body("过去一年，我们坚持以开放促改革促发展，对外开放水平持续提升。")
    runin("（一）自贸试验区青岛片区。", "累计形成制度创新成果312项，其中在全国复制推广18项、在全省复制推广56项；新设外商投资企业127家，实际使用外资6.8亿美元，增长11.2%。")
    runin("（二）上合示范区。", "中国—上海合作组织地方经贸合作示范区与上合组织国家贸易额达到612.4亿元，增长15.7%；“齐鲁号”欧亚班列上合示范区开行1032列，国际班列线路达到34条。")
    # half-width punctuation typed in the middle of a Chinese paragraph
    runin("（三）“一带一路”经贸合作。", "对共建“一带一路”国家进出口4316.8亿元,增长6.9%,占全市外贸比重提高至47.1%;新增境外投资项目86个,中方协议投资额21.4亿美元。")

    head("二、2026年主要预期目标")
    body("2026年开放型经济主要预期目标见下表。")
    add_par(doc, [("青岛市2026年开放型经济主要预期目标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    add_par(doc, [("单位：亿元、亿美元、%", FS, 12, False)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    rows = [
        ["1", "外贸进出口总额", "9480.6", "4.2", "增长3%以上"],
        ["2", "对共建“一带一路”国家进出口额", "4316.8", "6.9", "增长5%以上"],
        ["3", "与上合组织国家贸易额", "612.4", "15.7", "增长10%以上"],
        ["4", "实际使用外资（亿美元）", "58.3", "3.5", "60"],
        ["5", "跨境电商进出口额", "812.5", "7.1", "增长8%以上"],
        ["6", "自贸试验区青岛片区新增制度创新成果（项）", "41", "—", "40以上"],
    ]
    hdr = ["序号", "指标", "2025年／完成值", "2025年／增长", "2026年预期目标"]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "指标", HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "2025年", HT, 12)
    set_cell(t.cell(1, 2), "完成值", HT, 12)
    set_cell(t.cell(1, 3), "增长", HT, 12)
    d = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(d, "2026年预期目标", HT, 12)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, row))
    widths = [Cm(1.3), Cm(6.8), Cm(2.4), Cm(2.0), Cm(3.2)]
    set_widths(t, widths)
    note = "注：外贸、实际使用外资数据来源于青岛海关、市商务局，2025年数据为快报数。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    head("三、2026年重点任务（摘录）")
    khead("（一）高标准建设自贸试验区青岛片区")
    body("1．深化制度创新。对接国际高标准经贸规则，在海洋经济、航运物流、国际贸易等领域开展差异化探索，全年形成制度创新成果40项以上。")
    body("2．提升贸易便利化水平。推进“智慧港口+智慧口岸”建设，进口、出口整体通关时间分别压缩至30小时、1小时以内。")
    body("3．培育新业态新模式。重点抓好以下工作：")
    body("（1）扩大保税维修、保税再制造业务规模，新增试点企业5家；")
    body("（2）支持大宗商品交易平台建设，打造国际能源、矿产、粮食交易中心；")
    body("（3）推动跨境电商“保税备货+直播”模式提质扩面。")
    khead("（二）高质量共建“一带一路”")
    body("一是打造上合示范区升级版，建设上合组织国家特色商品进口分拨中心，与上合组织国家贸易额增长10%以上。二是畅通国际物流通道，加密“齐鲁号”欧亚班列，拓展中亚、中东欧线路，推动海铁联运箱量突破300万标准箱。三是深化国际产能合作，支持海尔、海信等龙头企业在共建“一带一路”国家建设境外生产基地，带动产业链“抱团出海”。")
    khead("（三）加大招商引资力度")
    body("瞄准日韩、欧洲、东盟等重点区域，开展“投资青岛”系列推介活动，全年引进外资项目200个以上。")

    banji(doc, ["报：市委办公厅，市政府办公厅。",
                "送：局领导，局机关各处室，各区（市）商务主管部门。"],
          ("青岛市商务局办公室", "（共印60份）"))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "青岛市2026年政府工作报告中自贸试验区和“一带一路”相关内容摘编",
            "doc_number": None,
            "issuer": ["青岛市商务局办公室"],
            "date": "2026-02-16",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "摘编",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_chengdu(), doc_xiamen(), doc_qingdao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
