# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 820: 外商投资企业投诉 — 工作办法（章节条款）+ 登记表，工作情况报告（一览表），投诉处理决定书 ×2."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
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
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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
        wel = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(wel)
        else:
            rpr.append(wel)
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


_PBDR_SUCC = {qn("w:" + t) for t in (
    "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
    "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
    "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
    "cnfStyle", "rPr", "sectPr", "pPrChange")}


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        succ = None
        for child in ppr:
            if child.tag in _PBDR_SUCC:
                succ = child
                break
        if succ is not None:
            succ.addprevious(bdr)
        else:
            ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def page_field(fp, size=14):
    font(fp.add_run("— "), SONG, size)
    r = font(fp.add_run(), SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = font(fp.add_run(), SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = font(fp.add_run(), SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = font(fp.add_run(), SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


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
        fp.alignment = C
        page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if ln:
            font(p.add_run(ln), name, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def col_widths(table, widths_cm):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, size=14, tab_cm=15.0, gap=1):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_820", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 广西壮族自治区商务厅 印发《外商投资企业投诉工作办法》的通知 + 附件1 办法 + 附件2 空白登记表
def doc_guangxi():
    stem = "blind820_guangxi_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头：compressed-width organ name + 文件
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区商务厅文件"), XBS, 40, False, RED, scale=78)
    fmt(p, align=C, indent=False, line=56, before=30)
    empty(doc, 2)
    p = add_par(doc, "桂商资发〔2025〕41号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in three lines, broken at odd places (separate paragraphs)
    for t in ("广西壮族自治区商务厅关于印发《广西壮族",
              "自治区外商投资企业投诉工作办法》",
              "的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（广西）自由贸易试验区各片区管委会，自治区有关单位：",
            indent=False, align=J)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    body("为贯彻落实《中华人民共和国外商投资法》及其实施条例和《外商投资企业投诉工作办法》（商务部令2020年第3号），及时有效处理外商投资企业投诉，依法保护外商投资合法权益，持续打造面向东盟的一流营商环境，我厅修订形成了《广西壮族自治区外商投资企业投诉工作办法》，现印发给你们，请认真贯彻执行。")
    body("各设区市商务主管部门、自贸试验区各片区管委会要于2026年1月31日前明确本地区投诉工作机构、联系人和联系方式，报送自治区商务厅（外国投资管理处）备案，并通过门户网站向社会公布。执行中遇到的问题，请及时向自治区商务厅反映。")
    empty(doc, 1)
    # 附件 list: second item aligned with typed spaces
    add_par(doc, "附件：1．广西壮族自治区外商投资企业投诉工作办法", first=Pt(32), align=L)
    add_par(doc, "      2．外商投资企业投诉登记表", first=Pt(32), align=L)
    empty(doc, 3)
    p = add_par(doc, "广西壮族自治区商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二五年十二月八日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）", first=Pt(32))

    # ---------------- 附件1：办法
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("广西壮族自治区外商投资企业投诉工作办法", XBS, 22, False)],
            align=C, indent=False, line=34, before=12, after=12)

    AS, AL = 14, 24  # 附件 typed in 四号 with 24-pt line spacing to save pages

    def chapter(t):
        add_par(doc, [(t, HT, AS, False)], align=C, indent=False, line=AL, before=4, after=4)

    def section(t):
        add_par(doc, [(t, KT, AS, True)], align=C, indent=False, line=AL)

    def article(no, first, *more):
        """first: text after 第X条; more: further paragraphs/items (each its own Word paragraph)."""
        add_par(doc, [(no, HT, AS, False), ("　" + first, FS, AS, False)], align=J, line=AL,
                first=Pt(28))
        for m in more:
            add_par(doc, [(m, FS, AS, False)], align=J, line=AL, first=Pt(28))
        clauses.append(no + "　" + first + "".join(more))

    chapter("第一章　总　　则")
    article("第一条", "为及时有效处理外商投资企业投诉，保护外商投资合法权益，持续优化外商投资环境，根据《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》《外商投资企业投诉工作办法》等规定，结合自治区实际，制定本办法。")
    article("第二条", "本办法所称外商投资企业投诉，是指外商投资企业、外国投资者（以下统称投诉人）认为自治区行政区域内行政机关（包括法律、法规授权的具有管理公共事务职能的组织）及其工作人员（以下统称被投诉人）的行政行为侵犯其合法权益，向投诉工作机构申请协调解决的行为。",
            "投诉人反映投资环境方面存在的问题，建议完善有关政策措施的，参照本办法执行。")
    article("第三条", "自治区商务厅设立广西壮族自治区外商投资企业投诉中心（以下简称自治区投诉中心），负责处理涉及自治区人民政府有关部门、设区市人民政府的投诉，以及在全区有重大影响的投诉。",
            "各设区市商务主管部门和中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会应当明确投诉工作机构，负责处理本地区、本片区的投诉。")

    chapter("第二章　投诉工作机构")
    article("第四条", "自治区投诉中心履行下列职责：",
            "（一）处理本办法第三条规定的投诉；",
            "（二）指导、督促各设区市和自贸试验区各片区投诉工作机构开展投诉工作；",
            "（三）建立全区外商投资企业投诉工作信息管理系统，汇总、分析投诉情况；",
            "（四）每半年向商务部外商投资企业投诉中心报送全区投诉工作情况。")

    chapter("第三章　投诉的提出与处理")
    section("第一节　投诉的提出与受理")
    article("第五条", "投诉人提出投诉，应当提交书面投诉材料，并填写《外商投资企业投诉登记表》（见附件2）。投诉材料应当包括：",
            "（一）投诉人的名称、地址、联系人及联系方式；",
            "（二）被投诉人的名称、地址；",
            "（三）明确的投诉事项、投诉请求和有关事实、证据和理由；",
            "（四）投诉人的主体资格证明材料。",
            "投诉材料为外文的，应当同时提供中文译本。")
    article("第六条", "投诉工作机构应当自收到完整投诉材料之日起7个工作日内作出是否受理的决定，并书面告知投诉人；不予受理的，应当说明理由。")
    article("第七条", "有下列情形之一的，投诉工作机构不予受理：",
            "（一）投诉主体不属于外商投资企业、外国投资者的；",
            "（二）同一投诉人就同一事项已经提出投诉且正在处理中，又重复投诉的；",
            "（三）投诉事项已经由人民法院、仲裁机构、行政复议机关受理或者处理的。")
    section("第二节　投诉的处理")
    article("第八条", "投诉工作机构可以根据具体情况，采取下列方式处理投诉：",
            "（一）推动投诉人与被投诉人达成谅解，协调解决争议；",
            "（二）向被投诉人或者其上级机关提出书面处理建议；",
            "（三）作出投诉处理决定，明确处理结果。")
    article("第九条", "投诉工作机构应当在受理投诉之日起60个工作日内办结；情况复杂的，经投诉工作机构负责人批准，可以延长30个工作日。")
    article("第十条", "投诉处理决定书应当载明决定书编号、投诉人和被投诉人的基本情况、投诉事项和请求、查明的事实、处理结果和依据，并加盖投诉工作机构印章。被投诉人应当在决定书确定的期限内将落实情况书面反馈投诉工作机构。")

    chapter("第四章　工作管理")
    article("第十一条", "投诉工作机构应当建立投诉工作台账，投诉材料按照档案管理规定归档保存。对在处理投诉过程中知悉的商业秘密、个人信息等，应当依法予以保密。")
    article("第十二条", "对通过西部陆海新通道、中国—东盟合作平台开展投资经营的外商投资企业反映的跨境投资问题，投诉工作机构可以提请自治区有关部门会商解决。")

    chapter("第五章　附　　则")
    article("第十三条", "香港特别行政区、澳门特别行政区、台湾地区投资者以及定居在国外的中国公民投资的企业投诉，参照本办法处理。")
    article("第十四条", "本办法自2026年1月1日起施行，有效期至2030年12月31日。《广西壮族自治区外商投资企业投诉处理暂行办法》（桂商资发〔2018〕9号）同时废止。")

    # ---------------- 附件2：空白登记表
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("外商投资企业投诉登记表", XBS, 22, False)], align=C, indent=False, line=34,
            after=10)

    t = doc.add_table(rows=12, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [2.4, 3.8, 3.4, 2.6, 3.4]
    col_widths(t, widths)
    rows = t.rows
    # group labels (vertical merges)
    g1 = rows[0].cells[0].merge(rows[3].cells[0])
    set_cell(g1, "投诉人\n基本情况", HT, 12)
    g2 = rows[4].cells[0].merge(rows[5].cells[0])
    set_cell(g2, "被投诉人\n基本情况", HT, 12)

    def lab(cell, text):
        set_cell(cell, text, FS, 12)

    lab(rows[0].cells[1], "企业名称")
    rows[0].cells[2].merge(rows[0].cells[4])
    clauses.append("投诉人基本情况／企业名称：")
    lab(rows[1].cells[1], "统一社会信用代码")
    lab(rows[1].cells[3], "投资来源地")
    clauses.append("投诉人基本情况／统一社会信用代码：；投诉人基本情况／投资来源地：")
    lab(rows[2].cells[1], "法定代表人")
    lab(rows[2].cells[3], "联系人及职务")
    clauses.append("投诉人基本情况／法定代表人：；投诉人基本情况／联系人及职务：")
    lab(rows[3].cells[1], "联系电话")
    lab(rows[3].cells[3], "电子邮箱")
    clauses.append("投诉人基本情况／联系电话：；投诉人基本情况／电子邮箱：")
    lab(rows[4].cells[1], "名称")
    rows[4].cells[2].merge(rows[4].cells[4])
    clauses.append("被投诉人基本情况／名称：")
    lab(rows[5].cells[1], "地址")
    lab(rows[5].cells[3], "联系电话")
    clauses.append("被投诉人基本情况／地址：；被投诉人基本情况／联系电话：")
    for ri, label, h in ((6, "投诉事项及请求", 1.6), (7, "事实和理由", 1.9),
                         (8, "证据材料清单", 1.2)):
        c = rows[ri].cells[0].merge(rows[ri].cells[1])
        set_cell(c, label, FS, 12)
        rows[ri].cells[2].merge(rows[ri].cells[4])
        row_height(rows[ri], h)
        clauses.append(label + "：")
    c = rows[9].cells[0].merge(rows[9].cells[1])
    set_cell(c, "是否已通过行政复议、行政诉讼等途径处理", FS, 12)
    v = rows[9].cells[2].merge(rows[9].cells[4])
    set_cell(v, "□是　　　□否", FS, 12)
    clauses.append("是否已通过行政复议、行政诉讼等途径处理：□是　　　□否")
    c = rows[10].cells[0].merge(rows[10].cells[1])
    set_cell(c, "投诉人签章", FS, 12)
    lab(rows[10].cells[3], "填表日期")
    row_height(rows[10], 1.2)
    clauses.append("投诉人签章：；填表日期：")
    c = rows[11].cells[0].merge(rows[11].cells[1])
    set_cell(c, "受理意见\n（投诉工作机构填写）", FS, 12)
    rows[11].cells[2].merge(rows[11].cells[4])
    row_height(rows[11], 1.3)
    clauses.append("受理意见（投诉工作机构填写）：")

    add_par(doc, [("说明：", HT, 12, False)], indent=False, line=20, before=6)
    for n in ("1．本表由投诉人填写，可附页。投诉人为外国投资者的，应当由其本人或者授权代表签字。",
              "2．投诉人应当一并提交主体资格证明材料和相关证据材料复印件，外文材料应附中文译本。"):
        add_par(doc, [(n, FS, 12, False)], indent=False, line=20)
        clauses.append(n)

    banji(doc, "抄送：商务部外国投资管理司，自治区司法厅。",
          "广西壮族自治区商务厅办公室", "2025年12月8日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="广西壮族自治区商务厅关于印发《广西壮族自治区外商投资企业投诉工作办法》的通知",
            doc_number="桂商资发〔2025〕41号",
            issuer=["广西壮族自治区商务厅"],
            date="2025-12-08",
            level="provincial",
            region="广西壮族自治区",
            effective="2026-01-01",
            expires="2030-12-31",
            attachments=["广西壮族自治区外商投资企业投诉工作办法", "外商投资企业投诉登记表"],
            doc_type="通知",
            recipients=["各设区市商务局", "中国（广西）自由贸易试验区各片区管委会", "自治区有关单位"],
            publicity="此件公开发布",
            repeals="《广西壮族自治区外商投资企业投诉处理暂行办法》（桂商资发〔2018〕9号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 苏州市商务局 上行文报告（签发人）+ 附件 一览表（横排、两级表头、续表、注）
def doc_suzhou():
    stem = "blind820_suzhou_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("苏州市商务局"), XBS, 48, False, RED)
    fmt(p, align=C, indent=False, line=64, before=24)
    empty(doc, 1)
    p = add_par(doc, [("苏商资〔2026〕18号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("吴卫东", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = add_par(doc, [("苏州市商务局关于2025年度外商投资", XBS, 22, False)],
                align=C, indent=False, line=34)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("企业投诉工作情况的报告"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "江苏省商务厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], align=J)

    body("根据《江苏省商务厅关于报送2025年度外商投资企业投诉工作情况的通知》（苏商资函〔2025〕468号）要求，现将我市2025年度外商投资企业投诉工作情况报告如下：")
    head("一、投诉受理和办理情况")
    body("2025年，全市各级投诉工作机构共受理外商投资企业投诉31件（含2024年结转3件），同比增长10.7%；已办结29件，办结率93.5%，其余2件正在协调处理中。市本级全年作出投诉处理决定12份（详见附件），涉及金额合计4862.5万元，推动投诉人挽回经济损失3917.3万元。")
    body("从投资来源地看，涉及港澳台资企业12件、日资企业7件、韩资企业4件、欧美资企业6件、新加坡等共建“一带一路”国家企业2件。从投诉事项看，涉及政策兑现类11件、行政许可类7件、合同履行类6件、土地规划类4件、其他3件。从区域看，苏州工业园区（含中国（江苏）自由贸易试验区苏州片区）受理9件，其他各县级市（区）受理22件。")
    head("二、主要做法")
    runin("（一）健全工作机制。", "印发《苏州市外商投资企业投诉工作实施细则》，建立市、县两级投诉工作机构联动机制，在苏州工业园区、昆山开发区等10个重点开发区设立外资企业诉求受理点，实现投诉“一口受理、分级办理、限时办结”。")
    runin("（二）规范处理流程。", "对受理的投诉事项实行“一事一档、一案一专班”，统一使用投诉处理决定书格式文本，明确编号规则和送达程序。具体做法是：")
    body("1．受理环节，投诉工作机构在收到完整材料之日起5个工作日内作出受理决定，较规定时限缩短2个工作日。")
    body("2．处理环节，对事实清楚、争议较小的投诉，组织投诉人与被投诉人当面协调；对情况复杂的，会同司法行政、自然资源和规划等部门联合调查。")
    body("3．回访环节，投诉办结后30日内开展回访，全年回访满意率达到96.6%。")
    runin("（三）推动源头治理。", "针对政策兑现类投诉集中的问题，推动市政府办公室开展招商引资承诺事项专项清理，梳理未兑现承诺事项47项，已兑现39项。")
    head("三、下一步工作打算")
    body("2026年，我局将重点做好以下工作：一是加强督办问效，对投诉处理决定书确定的事项逐项跟踪落实，对未按期落实的，提请市政府督查室专项督办；二是深化源头治理，定期分析投诉热点，及时提出完善政策措施的建议；三是加强队伍建设，组织开展投诉工作人员业务培训，提高依法处理投诉的能力。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：2025年度苏州市外商投资企业投诉处理决定一览表", first=Pt(32), align=L)
    empty(doc, 2)
    # 落款 typed with spaces (no right alignment)
    add_par(doc, " " * 38 + "苏州市商务局", indent=False)
    add_par(doc, " " * 36 + "2026年1月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件依申请公开）", first=Pt(32))
    add_par(doc, "（联系人：沈嘉怡；联系电话：0512-68616325）", first=Pt(32))

    # ---------------- 附件：横排一览表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度苏州市外商投资企业投诉处理决定一览表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("金额单位：万元", FS, 12, False)], align=R, indent=False, line=20)

    H = ["序号", "决定书编号", "投诉人／企业名称", "投诉人／投资来源地", "被投诉人",
         "投诉事项", "处理结果", "涉及金额"]
    W = [1.1, 4.0, 4.5, 1.9, 4.2, 3.7, 3.4, 1.9]
    data = [
        ["1", "苏商投诉决〔2025〕1号", "苏州锦泰精密模具有限公司", "中国台湾", "苏州市相城区黄埭镇人民政府", "设备投资补助未按协议兑现", "建议被投诉人限期兑现，已落实", "386.0"],
        ["2", "苏商投诉决〔2025〕2号", "昆山和盛光电科技有限公司", "中国香港", "昆山市自然资源和规划局", "用地规划调整未依法告知", "协调解决", "1250.0"],
        ["3", "苏商投诉决〔2025〕3号", "苏州美之源食品有限公司", "新加坡", "苏州市吴中区市场监督管理局", "食品生产许可延续办理超时", "投诉不成立，不予支持", "—"],
        ["4", "苏商投诉决〔2025〕4号", "太仓克劳斯机械有限公司", "德国", "太仓港经济技术开发区管理委员会", "厂房租金优惠未落实", "协调解决", "215.6"],
        ["5", "苏商投诉决〔2025〕5号", "常熟晴和纤维材料有限公司", "日本", "常熟市发展和改革委员会", "能耗指标核定有异议", "建议被投诉人重新核定，已落实", "—"],
        ["6", "苏商投诉决〔2025〕6号", "张家港大韩精密钢管有限公司", "韩国", "张家港市住房和城乡建设局", "竣工验收备案办理延误", "协调解决", "—"],
        ["7", "苏商投诉决〔2025〕7号", "苏州工业园区瑞能医疗器械有限公司", "美国", "苏州工业园区经济发展委员会", "人才奖励资金未兑现", "建议被投诉人限期兑现，已落实", "180.0"],
        ["8", "苏商投诉决〔2025〕8号", "吴江澳丰家居用品有限公司", "中国澳门", "苏州市吴江区商务局", "外贸发展专项资金拨付延迟", "协调解决", "96.4"],
        ["9", "苏商投诉决〔2025〕9号", "苏州高新区长弘电子有限公司", "中国台湾", "苏州高新区（虎丘区）科技创新局", "研发费用补助核减有异议", "部分支持，补发差额", "142.5"],
        ["10", "苏商投诉决〔2025〕10号", "昆山泰和汽车零部件有限公司", "泰国", "昆山市千灯镇人民政府", "搬迁补偿款支付争议", "协调解决，分期支付", "2150.0"],
        ["11", "苏商投诉决〔2025〕11号", "苏州樱井电子材料有限公司", "日本", "苏州市生态环境局", "环评审批程序有异议", "投诉不成立，不予支持", "—"],
        ["12", "苏商投诉决〔2025〕12号", "苏州卡尔森新能源科技有限公司", "瑞典", "苏州市相城区人民政府元和街道办事处", "光伏项目并网配套承诺未落实", "建议被投诉人限期落实，落实中", "442.0"],
    ]

    def table_part(rows, total=False):
        n = 2 + len(rows) + (1 if total else 0)
        t = doc.add_table(rows=n, cols=8)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, W)
        h0, h1 = t.rows[0], t.rows[1]
        for ci in (0, 1, 4, 5, 6, 7):
            m = h0.cells[ci].merge(h1.cells[ci])
            set_cell(m, H[ci], HT, 11)
        m = h0.cells[2].merge(h0.cells[3])
        set_cell(m, "投诉人", HT, 11)
        set_cell(h1.cells[2], "企业名称", HT, 11)
        set_cell(h1.cells[3], "投资来源地", HT, 11)
        repeat_header(h0)
        repeat_header(h1)
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 11,
                         align=C if ci in (0, 3, 7) else L, line=18)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(H, row)))
        if total:
            tr = t.rows[n - 1]
            m = tr.cells[0].merge(tr.cells[6])
            set_cell(m, "合计", HT, 11)
            set_cell(tr.cells[7], "4862.5", FS, 11)
            clauses.append("序号：合计；涉及金额：4862.5")
        return t

    table_part(data[:7])
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    table_part(data[7:], total=True)
    for n in ("注：1．处理结果中的“协调解决”，指经投诉工作机构协调，投诉人与被投诉人达成一致意见，投诉人确认办结的情形。",
              "　　2．第12号决定书所涉事项截至2025年12月31日尚在落实中，已列入2026年重点督办事项。"):
        add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append("注：1．处理结果中的“协调解决”，指经投诉工作机构协调，投诉人与被投诉人达成一致意见，投诉人确认办结的情形。")
    clauses.append("2．第12号决定书所涉事项截至2025年12月31日尚在落实中，已列入2026年重点督办事项。")

    banji(doc, "抄送：苏州市人民政府办公室。", "苏州市商务局办公室", "2026年1月16日印发",
          tab_cm=24.0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="苏州市商务局关于2025年度外商投资企业投诉工作情况的报告",
            doc_number="苏商资〔2026〕18号",
            issuer=["苏州市商务局"],
            date="2026-01-16",
            level="municipal",
            region="苏州市",
            attachments=["2025年度苏州市外商投资企业投诉处理决定一览表"],
            doc_type="报告",
            recipients=["江苏省商务厅"],
            publicity="此件依申请公开",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 成都市商务局 两份投诉处理决定书，前后连排在一个文件中
def doc_chengdu():
    stem = "blind820_chengdu_jueding"
    doc = Document()
    setup(doc)
    docs = []

    def masthead(number):
        p = doc.add_paragraph()
        font(p.add_run("成都市商务局"), XBS, 36, False, RED)
        fmt(p, align=C, indent=False, line=50, before=12)
        p = add_par(doc, "", indent=False, line=10)
        border(p, "bottom", "FF0000", 18, 1)
        empty(doc, 1)
        add_par(doc, [("外商投资企业投诉处理决定书", XBS, 22, False)], align=C, indent=False, line=34)
        add_par(doc, number, align=R, indent=False)
        empty(doc, 1, line=16)

    def party_block(lines, clauses):
        """one Word paragraph, lines separated by manual line breaks (Shift+Enter)."""
        p = doc.add_paragraph()
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run("\u3000\u3000" + ln), FS, 16)
            else:
                font(p.add_run(ln), FS, 16)
            clauses.append(ln)
        fmt(p, align=L)

    def signoff(date_txt, gap=2):
        empty(doc, gap)
        p = add_par(doc, "成都市商务局", indent=False, align=R)
        p.paragraph_format.right_indent = Pt(64)
        p = add_par(doc, date_txt, indent=False, align=R)
        p.paragraph_format.right_indent = Pt(56)

    # ------------------------------------------------ decision 1
    cl = []

    def body(t, c=cl):
        c.append(t)
        add_par(doc, t, align=J)

    masthead("成商投诉决〔2026〕5号")
    party_block(["投 诉 人：成都瑞科精密电子有限公司",
                 "统一社会信用代码：91510113MA6C8K2R4X",
                 "住所：成都市青白江区大弯街道港华路88号",
                 "法定代表人：陈志明(CHAN CHI MING)，中国香港居民",
                 "委托代理人：刘思远，四川蜀信律师事务所律师"], cl)
    party_block(["被投诉人：成都市青白江区投资促进局",
                 "住所：成都市青白江区凤凰大道二段206号",
                 "负责人：周建华，局长"], cl)
    body("投诉人因认为被投诉人未履行投资协议约定的物流补贴兑现义务，于2026年1月8日向本机关提出投诉。本机关于2026年1月13日依法受理，并于2026年2月10日组织投诉人与被投诉人召开协调会，听取双方陈述意见。现已处理终结。")
    body("投诉人称：2022年9月，投诉人与被投诉人签订《成都国际铁路港精密电子元器件生产基地项目投资协议》，约定投诉人通过中欧班列（成渝）运输进出口货物的，被投诉人按照实际运费的15%给予物流补贴，每年度最高不超过300万元。投诉人已按约定完成投资，但被投诉人未足额兑现2024年度、2025年度物流补贴。请求被投诉人兑现拖欠的补贴资金。")
    body("被投诉人称：因区级财政资金安排调整，部分补贴资金未能按期拨付，被投诉人对补贴金额无异议，愿意分期兑现。")
    body("经查明：投诉人系2022年6月设立的港资企业，注册资本2800万美元，主要生产精密电子元器件，产品经中欧班列（成渝）出口至波兰、德国、匈牙利等共建“一带一路”国家和地区。投诉人2023年至2025年均按协议完成年度投资和进出口目标，并按规定提交了补贴申报材料。被投诉人对各年度补贴金额的审核确认及兑现情况如下：")
    add_par(doc, [("表1　2023—2025年度物流补贴兑现情况（单位：万元）", HT, 14, False)],
            align=C, indent=False, line=24)
    H = ["年度", "审核确认金额", "已兑现金额", "未兑现金额"]
    rows = [["2023年度", "186.4", "186.4", "0"],
            ["2024年度", "247.9", "120.0", "127.9"],
            ["2025年度", "300.0", "0", "300.0"],
            ["合计", "734.3", "306.4", "427.9"]]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(H):
        set_cell(t.rows[0].cells[i], h, HT, 14, line=24)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14, line=24)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(H, row)))
    empty(doc, 1, line=12)
    body("本机关认为：投资协议系双方真实意思表示，被投诉人作为协议一方，应当依法履行约定义务。根据《中华人民共和国外商投资法》第二十五条关于“地方各级人民政府及其有关部门应当履行向外国投资者、外商投资企业依法作出的政策承诺以及依法订立的各类合同”的规定，被投诉人以财政资金安排调整为由未足额兑现补贴，理由不能成立。投诉人的投诉请求成立，本机关予以支持。")
    body("根据《外商投资企业投诉工作办法》和《成都市外商投资企业投诉工作实施办法》的有关规定，决定如下：")
    body("一、被投诉人应于2026年4月30日前向投诉人兑现2024年度未兑现物流补贴127.9万元；")
    body("二、被投诉人应于2026年9月30日前向投诉人兑现2025年度物流补贴300.0万元；")
    body("三、被投诉人应自本决定书送达之日起15个工作日内，将落实计划书面报送本机关，并在每笔资金兑现后5个工作日内反馈落实情况。")
    body("投诉人或者被投诉人对本处理决定有异议的，可以自收到本决定书之日起15日内向四川省外商投资企业投诉中心申请复核；投诉人也可以依法申请行政复议或者提起行政诉讼。")
    signoff("2026年3月6日")
    empty(doc, 1)
    p = add_par(doc, [("抄送：成都市青白江区人民政府，四川省商务厅。", FS, 14, False)],
                indent=False, line=24)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8, 4)
    docs.append({
        "meta": meta(
            title="外商投资企业投诉处理决定书",
            doc_number="成商投诉决〔2026〕5号",
            issuer=["成都市商务局"],
            date="2026-03-06",
            level="municipal",
            region="成都市",
            doc_type="决定书",
        ),
        "clauses": cl,
    })

    # ------------------------------------------------ decision 2
    page_break(doc)
    cl2 = []

    def body2(t):
        cl2.append(t)
        add_par(doc, t, align=J)

    masthead("成商投诉决〔2026〕6号")
    party_block(["投 诉 人：四川蓝湾食品有限公司",
                 "统一社会信用代码：91510115MA64T7W93J",
                 "住所：成都市温江区海峡两岸科技产业开发园新华大道三段118号",
                 "法定代表人：LIM WEI KIAT(林伟杰),新加坡籍"], cl2)
    party_block(["被投诉人：成都市温江区市场监督管理局",
                 "住所：成都市温江区光华大道三段1588号",
                 "负责人：何晓东，局长"], cl2)
    body2("投诉人因认为被投诉人办理食品生产许可变更超过法定期限，于2026年1月20日向本机关提出投诉，本机关于2026年1月23日依法受理，调取了许可办理案卷，并听取了双方意见。现已处理终结。")
    body2("投诉人称：投诉人于2025年11月3日向被投诉人申请食品生产许可变更（增加固体饮料类别），被投诉人至2025年12月29日方作出准予变更决定，超过法定期限，造成投诉人新产品延迟上市，请求被投诉人赔偿经济损失50万元。")
    body2("被投诉人称：投诉人首次提交的申请材料与实际情况不符，被投诉人于2025年11月7日一次性告知补正。投诉人于2025年12月12日补正材料后，被投诉人当日受理，2025年12月29日作出准予变更决定。")
    body2("经查明：被投诉人陈述的办理过程与许可案卷记载一致，未超过《食品生产许可管理办法》规定的办理期限。")
    body2("本机关认为：被投诉人不存在超期办理情形，投诉人的投诉请求缺乏事实依据，本机关不予支持。")
    body2("根据《外商投资企业投诉工作办法》和《成都市外商投资企业投诉工作实施办法》的有关规定，决定如下：")
    body2("一、对投诉人提出的赔偿经济损失50万元的请求不予支持；")
    body2("二、建议被投诉人优化食品生产许可网上申报指引，对外商投资企业申请材料提供预审服务。")
    body2("投诉人或者被投诉人对本处理决定有异议的，可以自收到本决定书之日起15日内向四川省外商投资企业投诉中心申请复核；投诉人也可以依法申请行政复议或者提起行政诉讼。")
    signoff("2026年3月20日", gap=1)
    docs.append({
        "meta": meta(
            title="外商投资企业投诉处理决定书",
            doc_number="成商投诉决〔2026〕6号",
            issuer=["成都市商务局"],
            date="2026-03-20",
            level="municipal",
            region="成都市",
            doc_type="决定书",
        ),
        "clauses": cl2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_guangxi(), doc_suzhou(), doc_chengdu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
