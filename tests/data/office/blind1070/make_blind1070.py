# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1070: 修订决定 + 重新公布文本 / 修订对照表 / 征求意见稿与修订说明.

Writes blind1070_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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
J = WD_ALIGN_PARAGRAPH.JUSTIFY
SP = "\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, strike=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if strike:
        run.font.strike = True
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
    """runs: str or list of (text, font, size, bold[, color])."""
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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field_page(fp, fname, size):
    r = fp.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fname, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, fname, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fname, size)
    r5 = fp.add_run()
    font(r5, fname, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash", word_default=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    if word_default:  # clerk never changed Word's default margins
        s.top_margin, s.bottom_margin = Cm(2.54), Cm(2.54)
        s.left_margin, s.right_margin = Cm(3.18), Cm(3.18)
    else:
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
    fp = s.footer.paragraphs[0]
    if footer_style == "dash":
        fp.alignment = C
        font(fp.add_run("— "), SONG, 14)
        _field_page(fp, SONG, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # plain "- 1 -" typed with hyphens
        fp.alignment = C
        font(fp.add_run("- "), "Times New Roman", 12)
        _field_page(fp, "Times New Roman", 12)
        font(fp.add_run(" -"), "Times New Roman", 12)


def cell_runs(cell, runs, align=C, size=12, line=20):
    """runs: list of (text, font, bold, strike) or a plain string."""
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(runs, str):
        runs = [(runs, FS, False, False)]
    for text, name, bold, strike in runs:
        font(p.add_run(text), name, size, bold, strike=strike)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_col_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def banji(doc, cc, printer, date_txt, pad=8, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap, line=20)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), (SP * pad, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


# Word automatic numbering (chineseCounting "一、")
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1070", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)




# =================================================================== DOC A
# 南宁市人民政府 决定 (修改管理办法) + 附件: 重新公布的管理办法全文
def doc_nanning():
    stem = "blind1070_nanning_jueding"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("南宁市人民政府文件", XBS, 36, False, RED)], align=C, indent=False,
            line=54, before=0, after=6)
    p = add_par(doc, "南府规〔2026〕4号", align=C, indent=False, before=10)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title broken by the clerk at odd places: three separate paragraphs
    add_par(doc, [("南宁市人民政府关于修改《中国（广西）", XBS, 22, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("自由贸易试验区南宁片区管理办法》", XBS, 22, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("的决定", XBS, 22, False)], align=C, indent=False, line=32, after=10)
    add_par(doc, "各城区、县（市）人民政府，市政府各部门，各开发区管委会，南宁片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深化中国（广西）自由贸易试验区南宁片区管理体制改革，市人民政府决定对《中国（广西）自由贸易试验区南宁片区管理办法》（南府规〔2022〕11号）"
         "作如下修改：")
    # item 一: two quoted paragraphs typed with Shift+Enter inside one w:p
    a1 = "一、将第三条修改为：“南宁片区管理委员会（以下简称片区管委会）是市人民政府的派出机构，" \
         "统筹负责南宁片区的改革创新、规划建设、投资促进和综合协调等工作。"
    a2 = "“片区管委会可以依法实行扁平化管理和市场化、专业化运营机制，探索开展法定机构改革试点。”"
    add_par(doc, [(a1, FS, 16, False), ("\n", FS, 16, False), (a2, FS, 16, False)])
    clauses.append(a1 + a2)
    body("二、将第四条第二款中的“每两年调整一次”修改为“实行动态调整”。")
    body("三、将第六条中的“1个工作日”修改为“0.5个工作日”。")
    body("四、删去第七条。")
    body("五、将第九条第一款修改为：“南宁片区实行外商投资准入前国民待遇加负面清单管理制度。”"
         "第二款中的“外商投资企业设立、变更备案”修改为“外商投资信息报告”。")
    body("六、在第九条后增加一条，作为第十条：“南宁片区在国家数据出境安全管理制度框架下，"
         "探索制定面向东盟的重点领域数据出境负面清单，为企业提供合规指导。”")
    body("七、将第十二条中的“可以从轻、减轻或者免除相关责任”修改为“不作负面评价，依法免除相关责任”。")
    body("八、将第十四条修改为：“本办法自2026年4月1日起施行，有效期至2031年3月31日。”")
    body("此外，对条文顺序作相应调整。")
    body("本决定自2026年4月1日起施行。《中国（广西）自由贸易试验区南宁片区管理办法》"
         "根据本决定作相应修改，重新公布。")
    add_par(doc, "附件：中国（广西）自由贸易试验区南宁片区管理办法（2026年修订）")
    empty(doc, 1)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 36 + "南宁市人民政府", indent=False)
    add_par(doc, " " * 36 + "2026年3月16日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---------------------------------------------------------- 附件 (四号字)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 20, False), ("\n", XBS, 20, False),
                  ("南宁片区管理办法", XBS, 20, False)], align=C, indent=False, line=30,
            before=6)
    note = ("（2022年6月20日南宁市人民政府印发　根据2026年3月16日《南宁市人民政府关于修改"
            "〈中国（广西）自由贸易试验区南宁片区管理办法〉的决定》修订）")
    add_par(doc, [(note, KT, 14, False)], align=J, indent=False, line=22, after=4)
    clauses.append(note)

    def chapter(t):
        add_par(doc, [(t, HT, 14, False)], align=C, indent=False, line=22, before=4, after=2)

    def art(num, paras):
        first = True
        for t in paras:
            if first:
                add_par(doc, [(num, HT, 14, False), (SP + t, FS, 14, False)], line=22,
                        first=Pt(28))
                first = False
            else:
                add_par(doc, [(t, FS, 14, False)], line=22, first=Pt(28))
        clauses.append(num + SP + "".join(paras))

    chapter("第一章" + SP + "总" + SP + "则")
    art("第一条", ["为了推进中国（广西）自由贸易试验区南宁片区（以下简称南宁片区）建设，"
                 "根据《中国（广西）自由贸易试验区条例》等规定，结合本市实际，制定本办法。"])
    art("第二条", ["本办法适用于南宁片区的建设、管理和服务活动。南宁片区实施范围46.8平方公里。"])
    chapter("第二章" + SP + "管理体制")
    art("第三条", ["南宁片区管理委员会（以下简称片区管委会）是市人民政府的派出机构，"
                 "统筹负责南宁片区的改革创新、规划建设、投资促进和综合协调等工作。",
                 "片区管委会可以依法实行扁平化管理和市场化、专业化运营机制，探索开展法定机构改革试点。"])
    art("第四条", ["市人民政府有关部门可以依法将行政许可、行政检查等管理权限下放或者委托片区管委会行使。",
                 "下放或者委托的权限目录由市人民政府确定并向社会公布，实行动态调整。"])
    art("第五条", ["海关、海事、税务、金融监管等驻邕单位依法履行南宁片区有关管理职责。"])
    chapter("第三章" + SP + "投资贸易和金融开放")
    art("第六条", ["南宁片区实行商事登记确认制，推行企业开办“一网通办”，企业开办时间压缩至0.5个工作日以内。"])
    art("第七条", ["南宁片区推进国际贸易“单一窗口”建设，推动与东盟国家“单一窗口”互联互通。"])
    art("第八条", ["南宁片区实行外商投资准入前国民待遇加负面清单管理制度。",
                 "片区管委会应当为外国投资者和外商投资企业提供外商投资信息报告等服务指导。"])
    art("第九条", ["南宁片区在国家数据出境安全管理制度框架下，探索制定面向东盟的重点领域数据出境负面清单，"
                 "为企业提供合规指导。"])
    art("第十条", ["支持南宁片区建设面向东盟的金融开放门户核心区，开展跨境人民币结算、跨境投融资等业务创新。"])
    chapter("第四章" + SP + "监管与保障")
    art("第十一条", ["南宁片区推行“双随机、一公开”监管和包容审慎监管。"])
    art("第十二条", ["南宁片区建立改革创新容错免责机制。改革创新未能实现预期目标，但符合国家确定的改革方向，"
                   "且勤勉尽责、未牟取私利的，不作负面评价，依法免除相关责任。"])
    art("第十三条", ["南宁片区建立健全国际商事纠纷多元化解机制，支持仲裁机构、商事调解组织提供服务。"])
    chapter("第五章" + SP + "附" + SP + "则")
    art("第十四条", ["本办法自2026年4月1日起施行，有效期至2031年3月31日。"])

    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市中级人民法院，市人民检察院。",
          "南宁市人民政府办公室", "2026年3月18日印发", pad=6, gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁市人民政府关于修改《中国（广西）自由贸易试验区南宁片区管理办法》的决定",
            "doc_number": "南府规〔2026〕4号",
            "issuer": ["南宁市人民政府"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": "2026-04-01",
            "expires": "2031-03-31",
            "attachments": ["中国（广西）自由贸易试验区南宁片区管理办法（2026年修订）"],
            "doc_type": "决定",
            "recipients": ["各城区、县（市）人民政府", "市政府各部门", "各开发区管委会",
                           "南宁片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 四川省商务厅 请示 (上行文, 签发人) + 附件: 三栏修订对照表 (横向页)
def doc_sichuan():
    stem = "blind1070_sichuan_duizhaobiao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000015", "Times New Roman", 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("四川省商务厅文件", XBS, 36, False, RED)], align=C, indent=False,
            line=54, before=6, after=10)
    p = add_par(doc, [("川商自贸〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘" + SP + "强", KT, 16, False)],
                indent=False, before=8)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    add_par(doc, [("四川省商务厅关于提请审议《中国（四川）", XBS, 22, False),
                  ("\n", XBS, 22, False),
                  ("自由贸易试验区管理办法（修订草案", XBS, 22, False),
                  ("\n", XBS, 22, False),
                  ("送审稿）》的请示", XBS, 22, False)],
            align=C, indent=False, line=32, after=10)
    add_par(doc, "省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("根据省人民政府2026年立法工作计划，我厅会同省司法厅起草了《中国（四川）自由贸易试验区"
         "管理办法（修订草案送审稿）》（以下简称《送审稿》），现将有关情况请示如下：")
    head("一、修订的必要性")
    body("《中国（四川）自由贸易试验区管理办法》（省人民政府令第321号，以下简称《办法》）"
         "自2017年施行以来，自贸试验区累计形成制度创新成果900余项。随着外商投资法施行、"
         "省级议事协调机构精简调整，《办法》部分条款已不适应新形势新要求，亟需修订。")
    head("二、主要修订内容")
    body("《送审稿》共七章四十二条，较《办法》新增3条、删除2条、修改19条。主要修订内容如下：")
    runin("（一）调整管理体制。", "将“自贸试验区工作领导小组”调整为“自贸试验区工作推进机制”，"
          "明确省商务主管部门承担推进机制日常工作（第五条、第八条）。")
    runin("（二）固化改革成果。", "将企业开办全程网上办理、铁路运单融资等改革举措上升为制度规定"
          "（第十三条、第二十一条）。")
    runin("（三）回应上位法变化。", "删除外商投资企业设立、变更备案管理的规定，新增数据跨境流动"
          "分类分级管理条款（第二十六条）。")
    runin("（四）完善容错免责机制。", "细化改革创新容错免责的适用条件（第三十六条）。")
    body("《送审稿》已经厅党组会议审议通过，现将修订对照表随文报送。")
    add_par(doc, "妥否，请批示。")
    add_par(doc, "附件：《中国（四川）自由贸易试验区管理办法》修订对照表")
    empty(doc, 2, line=20)
    p = add_par(doc, "四川省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年1月20日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（联系人：王雪梅；联系电话：028-83225671）")

    # ----------------------------------------------- 附件: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.4)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("《中国（四川）自由贸易试验区管理办法》修订对照表", XBS, 20, False)],
            align=C, indent=False, line=30, after=6)

    header = ["原条文", "修订后条文", "修订说明"]
    B = lambda t: (t, FS, True, False)        # bold = modified text
    S = lambda t: (t, FS, False, True)        # strike = deleted text
    N = lambda t: (t, FS, False, False)
    rows = [
        ([N("第一条　为了推进和保障中国（四川）自由贸易试验区建设，根据《国务院关于印发中国（四川）"
            "自由贸易试验区总体方案的通知》等有关规定，结合本省实际，制定本办法。")],
         [N("第一条　为了推进和保障中国（四川）自由贸易试验区建设，"), B("深入实施自由贸易试验区提升战略，"),
          N("根据"), B("《中华人民共和国外商投资法》"), N("《国务院关于印发中国（四川）自由贸易试验区"
            "总体方案的通知》等"), B("法律、法规和"), N("有关规定，结合本省实际，制定本办法。")],
         "增加立法目的和上位法依据。"),
        ([N("第五条　省人民政府设立"), S("自贸试验区工作领导小组"), N("，研究决定自贸试验区建设中的重大问题。"),
          S("领导小组办公室设在省商务厅，承担领导小组日常工作。")],
         [N("第五条　省人民政府"), B("建立自贸试验区工作推进机制"), N("，统筹研究决定自贸试验区建设中的重大问题。"),
          B("省商务主管部门承担推进机制日常工作，负责改革试点任务的统筹协调、督促检查和评估推广。")],
         "根据省级议事协调机构精简调整情况修改相关表述，明确省商务主管部门职责。"),
        ([N("第八条　各片区管理机构负责片区的具体管理事务，每年向"), S("领导小组办公室报告工作"), N("。")],
         [N("第八条　各片区管理机构负责片区的具体管理事务，每年向"),
          B("省商务主管部门报告改革试点任务推进情况"), N("。")],
         None),  # 修订说明 merged with the row above
        ([N("第十三条　自贸试验区内企业设立实行“一口受理、同步办理”，企业登记时间不超过3个工作日。")],
         [N("第十三条　自贸试验区"), B("推行企业开办全程网上办理，企业开办时间压缩至1个工作日以内"), N("。")],
         "根据企业开办便利化改革成果修改。"),
        ([S("第十七条　自贸试验区内开展外商投资企业设立、变更备案管理。")],
         [N("（删除）")],
         "外商投资法施行后，外商投资企业设立、变更备案已改为信息报告制度，予以删除。"),
        ([N("（无）")],
         [B("第二十一条　自贸试验区依托中欧班列（成渝）和西部陆海新通道发展多式联运，推行铁路运单"
            "“一单制”，探索开展铁路运输单证融资。")],
         "新增条款。总结青白江铁路港片区改革经验。"),
        ([N("（无）")],
         [B("第二十六条　自贸试验区在国家数据出境安全管理制度框架下，探索建立数据跨境流动分类分级管理机制。")],
         "新增条款。落实国家促进和规范数据跨境流动有关规定。"),
        ([N("第三十四条　自贸试验区建立改革容错机制，对改革创新中出现的失误，"), S("可以从轻、减轻或者免除相关责任"),
          N("。")],
         [N("第三十六条　自贸试验区建立改革"), B("创新"), N("容错"), B("免责"), N("机制。"),
          B("改革创新未能实现预期目标，但符合国家确定的改革方向，且勤勉尽责、未牟取私利的，"
            "不作负面评价，依法免除相关责任。")],
         "细化容错免责的适用条件。"),
        ([N("第四十一条　本办法自2017年9月1日起施行。")],
         [N("第四十二条　本办法自"), B("2026年　月　日"), N("起施行。")],
         "条文序号相应调整，施行日期待定。"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_runs(t.rows[0].cells[i], [(h, HT, False, False)], align=C, size=12, line=18)
    repeat_header(t.rows[0])
    last_note = None
    for ri, (old, new, note) in enumerate(rows, 1):
        cell_runs(t.rows[ri].cells[0], old, align=J, size=10.5, line=15)
        cell_runs(t.rows[ri].cells[1], new, align=J, size=10.5, line=15)
        if note is None:
            merged = t.cell(ri - 1, 2).merge(t.cell(ri, 2))
            cell_runs(merged, last_note, align=J, size=10.5, line=15)
            note = last_note
        else:
            cell_runs(t.rows[ri].cells[2], note, align=J, size=10.5, line=15)
        last_note = note
        vals = ["".join(x[0] for x in old), "".join(x[0] for x in new), note]
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
    set_col_widths(t, [Cm(9.3), Cm(9.3), Cm(6.0)])

    n1 = "注：1.本表仅列明主要修订条款，文字性修改未逐一列出。"
    n2 = "2.修订后条文中加粗部分为新增或者修改内容，原条文中加删除线部分为删除内容。"
    add_par(doc, [(n1, FS, 10.5, False)], indent=False, line=16, before=4)
    p = add_par(doc, [(n2, FS, 10.5, False)], indent=False, line=16)
    p.paragraph_format.left_indent = Pt(21)
    clauses.extend([n1, n2])

    banji(doc, "抄送：省司法厅。", "四川省商务厅办公室", "2026年1月20日印发", pad=24, gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于提请审议《中国（四川）自由贸易试验区管理办法（修订草案送审稿）》的请示",
            "doc_number": "川商自贸〔2026〕6号",
            "issuer": ["四川省商务厅"],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["《中国（四川）自由贸易试验区管理办法》修订对照表"],
            "doc_type": "请示",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 宁波市商务局 征求意见公告 + 附件1 征求意见稿 + 附件2 修订说明 (含合并表头表格)
def doc_ningbo():
    stem = "blind1070_ningbo_zhengqiu"
    doc = Document()
    setup(doc, footer_style="hyphen", word_default=True)
    clauses = []
    IND = SP * 2   # clerk indents with typed full-width spaces
    SZ, LN = 14, 24

    add_par(doc, [("宁波市商务局关于公开征求《中国（浙江）", XBS, 20, False),
                  ("\n", XBS, 20, False),
                  ("自由贸易试验区宁波片区专项资金管理办法", XBS, 20, False),
                  ("\n", XBS, 20, False),
                  ("（修订征求意见稿）》意见的公告", XBS, 20, False)],
            align=C, indent=False, line=30, after=12)

    def body(t):
        clauses.append(t)
        add_par(doc, [(IND + t, FS, SZ, False)], indent=False, line=LN)

    body("为进一步规范中国（浙江）自由贸易试验区宁波片区（以下简称宁波片区）专项资金管理，"
         "我局会同市财政局对《中国（浙江）自由贸易试验区宁波片区专项资金管理办法》"
         "（甬商务规〔2023〕3号）进行了修订，形成了征求意见稿，现向社会公开征求意见。"
         "公众可通过以下途径和方式提出意见：")
    nid = make_numbering(doc, "%1、")
    items = [
        "登录宁波市人民政府门户网站（http://www.ningbo.gov.cn）“政民互动—意见征集”栏目提出意见。",
        "通过电子邮件将意见发送至:nbftzzj@ningbo.gov.cn，邮件主题请注明“专项资金管理办法意见”。",
        "通过信函方式将意见寄至：宁波市鄞州区宁穿路1901号宁波市商务局自贸区处(邮编:315066)，"
        "并在信封上注明“征求意见”字样。",
    ]
    cn = "一二三四五六七八九十"
    for i, t in enumerate(items):
        p = add_par(doc, [(t, FS, SZ, False)], first=Pt(28), line=LN)
        apply_num(p, nid)
        clauses.append(cn[i] + "、" + t)
    body("意见反馈截止时间为2026年6月11日。")
    empty(doc, 1, line=LN)
    add_par(doc, [(IND + "附件：1.中国（浙江）自由贸易试验区宁波片区专项资金管理办法（修订征求意见稿）",
                   FS, SZ, False)], indent=False, line=LN)
    add_par(doc, [(SP * 5 + "2.关于《中国（浙江）自由贸易试验区宁波片区专项资金管理办法"
                   "（修订征求意见稿）》的修订说明", FS, SZ, False)], indent=False, line=LN)
    empty(doc, 1, line=LN)
    # 落款 in a borderless layout table at the right, date in Chinese numerals
    lt = doc.add_table(rows=2, cols=2)
    cell_runs(lt.rows[0].cells[1], "宁波市商务局", align=C, size=SZ, line=LN)
    cell_runs(lt.rows[1].cells[1], "二〇二六年五月十二日", align=C, size=SZ, line=LN)

    # ---------------------------------------------------------- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, SZ, False)], indent=False, line=LN)
    add_par(doc, [("中国（浙江）自由贸易试验区宁波片区", XBS, 20, False), ("\n", XBS, 20, False),
                  ("专项资金管理办法", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("（修订征求意见稿）", KT, SZ, False)], align=C, indent=False, line=LN, after=6)

    def art(num, paras):
        first = True
        for t in paras:
            if first:
                add_par(doc, [(IND, FS, SZ, False), (num, HT, SZ, False), (SP + t, FS, SZ, False)],
                        indent=False, line=LN)
                first = False
            else:
                add_par(doc, [(IND + t, FS, SZ, False)], indent=False, line=LN)
        clauses.append(num + SP + "".join(paras))

    art("第一条", ["为规范中国（浙江）自由贸易试验区宁波片区（以下简称宁波片区）专项资金管理，"
                 "提高资金使用效益，根据《中华人民共和国预算法》等规定，结合宁波片区实际，制定本办法。"])
    art("第二条", ["本办法所称专项资金，是指市级财政预算安排，用于支持宁波片区制度创新、"
                 "开放平台建设和重点产业发展的资金。"])
    art("第三条", ["市商务局（宁波片区管委会）负责编制专项资金年度使用计划，组织项目申报、审核和绩效管理。",
                 "市财政局负责专项资金的预算管理和资金拨付，会同市商务局开展监督检查。"])
    art("第四条", ["专项资金重点支持下列事项：",
                 "（一）制度创新。对形成在全国或者全省复制推广制度创新成果的单位，分别给予最高50万元、20万元奖励。",
                 "（二）油气全产业链发展。对新引进的年交易额超过100亿元的油气贸易企业，给予最高200万元一次性奖励。",
                 "（三）数字贸易和跨境电商。支持建设数字贸易公共服务平台和公共海外仓，按照项目实际投资额的30%"
                 "给予补助，单个项目最高300万元。",
                 "（四）高能级开放平台建设。对经认定的宁波片区联动创新区，给予最高100万元建设补助。"])
    art("第五条", ["同一项目已获得市级其他财政资金支持的，不得重复申报。"])
    art("第六条", ["申报单位应当符合下列条件：",
                 "1.在宁波片区内依法登记注册，具有独立法人资格；",
                 "2.财务管理制度健全，近三年内无重大违法违规记录；",
                 "3.未被列入严重失信主体名单。"])
    art("第七条", ["市商务局对申报材料进行审核，审核结果在市商务局门户网站公示5个工作日。"])
    art("第八条", ["专项资金实行全过程预算绩效管理。绩效评价结果作为以后年度预算安排和项目遴选的重要依据。"])
    art("第九条", ["申报单位骗取专项资金的，由市财政局、市商务局追回已拨付资金，三年内取消其申报资格，"
                 "并依法依规纳入失信记录。"])
    art("第十条", ["本办法由市商务局、市财政局负责解释。"])
    art("第十一条", ["本办法自2026年　月　日起施行，有效期5年。"])

    # ---------------------------------------------------------- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, SZ, False)], indent=False, line=LN)
    add_par(doc, [("关于《中国（浙江）自由贸易试验区", XBS, 20, False), ("\n", XBS, 20, False),
                  ("宁波片区专项资金管理办法（修订", XBS, 20, False), ("\n", XBS, 20, False),
                  ("征求意见稿）》的修订说明", XBS, 20, False)],
            align=C, indent=False, line=30, after=6)

    def head(t):
        add_par(doc, [(IND + t, HT, SZ, False)], indent=False, line=LN)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, SZ, False), (h, KT, SZ, False), (t, FS, SZ, False)],
                indent=False, line=LN)

    head("一、修订背景")
    body("原《办法》于2023年4月印发实施，累计安排专项资金4.86亿元，支持项目312个。"
         "随着宁波片区建设进入提升阶段，原《办法》已不能完全适应新形势，有必要进行修订。")
    head("二、主要修订内容")
    runin("（一）调整支持方向。", "删去“大宗商品交易场所建设”支持事项，新增“数字贸易和跨境电商”"
          "“高能级开放平台建设”两类支持事项（第四条）。")
    runin("（二）优化支持标准。", "提高制度创新成果奖励标准，将油气贸易企业引进奖励门槛由年交易额50亿元"
          "提高至100亿元。具体见表1。")

    add_par(doc, [("表1　主要支持标准调整情况（单位：万元）", HT, 12, False)], align=C, indent=False,
            line=20, before=4)
    top = ["序号", "支持事项", "最高支持额度", "最高支持额度", "备注"]
    hdr = ["序号", "支持事项", "最高支持额度／原《办法》", "最高支持额度／征求意见稿", "备注"]
    data = [
        ["1", "全国复制推广制度创新成果", "30", "50", "提高标准"],
        ["2", "全省复制推广制度创新成果", "10", "20", "提高标准"],
        ["3", "新引进油气贸易企业一次性奖励", "100", "200", "提高标准"],
        ["4", "数字贸易公共服务平台和公共海外仓", "—", "300", "新增"],
        ["5", "高能级开放平台建设", "—", "100", "新增"],
        ["6", "大宗商品交易场所建设", "500", "—", "删去"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 4):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        cell_runs(m, [(top[ci], HT, False, False)], size=10.5, line=16)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    cell_runs(m, [("最高支持额度", HT, False, False)], size=10.5, line=16)
    cell_runs(t.cell(1, 2), [("原《办法》", HT, False, False)], size=10.5, line=16)
    cell_runs(t.cell(1, 3), [("征求意见稿", HT, False, False)], size=10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            cell_runs(t.cell(ri, ci), v, align=L if ci in (1, 4) else C, size=10.5, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    set_col_widths(t, [Cm(1.2), Cm(6.0), Cm(2.3), Cm(2.3), Cm(2.8)])
    tn = "注：“—”表示无此项支持。"
    add_par(doc, [(tn, FS, 10.5, False)], indent=False, line=16, before=2)
    clauses.append(tn)

    runin("（三）强化绩效管理和监督。", "新增第八条，明确专项资金实行全过程预算绩效管理；"
          "在第九条中增加“依法依规纳入失信记录”的规定。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于公开征求《中国（浙江）自由贸易试验区宁波片区专项资金管理办法"
                     "（修订征求意见稿）》意见的公告",
            "doc_number": None,
            "issuer": ["宁波市商务局"],
            "date": "2026-05-12",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [
                "中国（浙江）自由贸易试验区宁波片区专项资金管理办法（修订征求意见稿）",
                "关于《中国（浙江）自由贸易试验区宁波片区专项资金管理办法（修订征求意见稿）》的修订说明",
            ],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_nanning(), doc_sichuan(), doc_ningbo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
