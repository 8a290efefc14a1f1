# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 874: 新闻通稿与政策吹风会解读稿（一带一路经贸合作成果）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
L = WD_ALIGN_PARAGRAPH.LEFT

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


def page_field(par, left, right, size=14):
    font(par.add_run(left), SONG, size)
    for kind in ("begin", None, "separate", "num", "end"):
        r = font(par.add_run(), SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "num":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(par.add_run(right), SONG, size)


def setup(doc, footer_left="— ", footer_right=" —", odd_even=False):
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
    fp = s.footer.paragraphs[0]
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp, footer_left, footer_right)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep, footer_left, footer_right)
    else:
        fp.alignment = C
        page_field(fp, footer_left, footer_right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths=None, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in left_cols else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def banji(doc, lines, printer, date_txt, gap=7, pre=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, pre)
    first = True
    for ln in lines:
        p = add_par(doc, [(ln, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        if first:
            border(p, "top", "000000", 8, 4)
            first = False
        border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * gap, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    if first:
        border(p2, "top", "000000", 8, 4)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_874", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)



# =================================================================== DOC A
def doc_sichuan():
    """省商务厅办公室通知（红头），附件1 新闻通稿，附件2 横向项目清单（纵向合并单元格）。"""
    stem = "blind874_sc_xuanchuan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("四川省商务厅办公室", XBS, 40, False, RED)], align=C, indent=False,
            line=60, before=18)
    empty(doc, 1)
    p = add_par(doc, "川商办发〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title: one paragraph, manual breaks at odd places
    add_par(doc, [("四川省商务厅办公室关于做好2025年全省\n共建“一带一路”经贸合作成果新闻宣\n传工作的通知",
                   XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门，厅机关各处室：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("2025年，全省商务系统深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动我省与共建“一带一路”国家经贸合作取得新进展新成效。为集中展示合作成果，省商务厅拟于2026年1月下旬会同省政府新闻办召开新闻发布会。现就做好有关新闻宣传工作通知如下：")
    runin("一、统一宣传口径。", "各地各处室对外发布我省与共建“一带一路”国家经贸合作相关数据和成果，须以省商务厅发布的新闻通稿（附件1）为准，不得擅自发布未经核定的数据。")
    runin("二、做好重点项目宣传。", "各市（州）要围绕附件2所列重点项目，组织本地主流媒体开展系列报道。具体要求如下：")
    runin("（一）突出典型引领。", "每个市（州）至少报送1个典型案例，案例材料字数控制在1500字以内，并附2至3张高清图片。", KT)
    runin("（二）注重宣传实效。", "报道应坚持以事实和数据说话；发布会召开前，各地不得提前报道发布会相关内容。", KT)
    runin("三、加强舆情监测。", "各地要密切关注涉“一带一路”经贸合作网络舆情，发现不实信息的，要第一时间报告省商务厅（综合处）。")
    runin("四、及时报送材料。", "请各市（州）商务主管部门于2026年1月23日前，将典型案例材料和宣传工作联系人信息报送至省商务厅综合处（联系人：杨帆，电话：028-83225617）。")
    empty(doc, 1)
    # 附件 list, second line aligned with typed spaces
    add_par(doc, "附件：1.2025年四川省与共建“一带一路”国家经贸合作成果新闻通稿")
    add_par(doc, "      2.全省共建“一带一路”经贸合作重点宣传项目清单")
    empty(doc, 1)
    p = add_par(doc, "四川省商务厅办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年一月二十日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(40)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1
    add_par(doc, [("附件1", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2025年四川省与共建“一带一路”国家\n经贸合作成果新闻通稿", XBS, 22, False)],
            align=C, indent=False, line=34, after=14)
    body("2025年，四川省坚持以高质量共建“一带一路”为引领，深度融入西部陆海新通道和中欧班列建设，与共建“一带一路”国家经贸合作规模持续扩大、结构不断优化、质效稳步提升。")
    runin("（一）货物贸易稳中有进。", "全年我省对共建“一带一路”国家进出口4312.6亿元，同比增长8.7%，占全省进出口总值的40.5%。其中，出口2586.3亿元，增长10.2%；进口1726.3亿元，增长6.5%。", KT, True)
    runin("（二）双向投资持续深化。", "全年我省企业在共建“一带一路”国家新设境外企业（机构）87家，中方协议投资额14.3亿美元，同比增长12.1%；共建“一带一路”国家在川新设外商投资企业216家，实际使用外资5.8亿美元。", KT, True)
    runin("（三）通道平台支撑有力。", "中欧班列（成渝）全年开行超过5200列，西部陆海新通道班列开行3860列，中国（四川）自由贸易试验区累计形成制度创新成果860余项，为我省与共建“一带一路”国家经贸往来提供了有力支撑。", KT, True)

    # ---- 附件2 : landscape section, table with vertically merged 市（州） cells
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("全省共建“一带一路”经贸合作重点宣传项目清单", XBS, 22, False)],
            align=C, indent=False, line=36, after=8)
    header = ["序号", "市（州）", "项目名称", "合作国别", "宣传要点"]
    rows = [
        ["1", "成都市", "中欧班列（成渝）成都国际铁路港集结中心扩能项目", "波兰、德国等", "班列开行量、通道网络拓展"],
        ["2", "成都市", "天府国际机场航空货运枢纽国际货运航线", "阿联酋、匈牙利", "新开国际全货机航线、航空物流"],
        ["3", "成都市", "成都高新综合保税区电子信息加工贸易项目", "马来西亚、越南", "产业链供应链合作"],
        ["4", "德阳市", "东方电气哈萨克斯坦风电装备项目", "哈萨克斯坦", "高端装备“走出去”"],
        ["5", "宜宾市", "宜宾港至钦州港铁水联运班列", "东盟国家", "西部陆海新通道建设"],
        ["6", "泸州市", "泸州白酒跨境电商出口海外仓项目", "泰国、新加坡", "特色消费品出口"],
        ["7", "攀枝花市", "钒钛新材料对外合作项目", "印度尼西亚", "资源合作、产能合作"],
        ["8", "达州市", "天然气化工产品对中亚出口项目", "乌兹别克斯坦", "能源化工产品出口"],
        ["9", "南充市", "汽车及零部件出口中东市场项目", "沙特阿拉伯", "汽车出口、品牌建设"],
    ]
    t = simple_table(doc, header, rows, clauses, widths=[1.4, 2.3, 9.8, 3.4, 5.6], left_cols=(2,))
    # merge 成都市 rows 1-3 in column 1 (the value applies to each merged row)
    m = t.cell(1, 1).merge(t.cell(3, 1))
    set_cell(m, "成都市", FS, 12)
    m.vertical_alignment = 1
    add_par(doc, [("注：各市（州）可结合实际补充宣传项目，补充项目须于2026年1月23日前报省商务厅审核。", FS, 14, False)],
            indent=False, line=24, before=6)
    clauses.append("注：各市（州）可结合实际补充宣传项目，补充项目须于2026年1月23日前报省商务厅审核。")
    banji(doc, ["抄送：商务部办公厅，省委宣传部，省政府新闻办，成都海关。"],
          "四川省商务厅办公室", "2026年1月20日印发", gap=9, pre=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅办公室关于做好2025年全省共建“一带一路”经贸合作成果新闻宣传工作的通知",
            "doc_number": "川商办发〔2026〕4号",
            "issuer": ["四川省商务厅办公室"],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年四川省与共建“一带一路”国家经贸合作成果新闻通稿",
                            "全省共建“一带一路”经贸合作重点宣传项目清单"],
            "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门", "厅机关各处室"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_ningbo():
    """吹风会材料：材料之一 政策解读稿 + 材料之二 新闻通稿（两份文件）。无红头，空格缩进，手动换行，半角标点混用。"""
    stem = "blind874_nb_chuifeng"
    doc = Document()
    setup(doc, "- ", " -")
    IND = "\u3000\u3000"  # clerk indents with two full-width spaces instead of first-line indent
    LN = 26

    # ------------------------------------------------ document 1: 政策解读
    c1 = []

    def body(t, store=None):
        (store if store is not None else c1).append(t.replace("\n", ""))
        add_par(doc, IND + t, indent=False, line=LN)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False, line=LN)

    def runin(h, t, store=None):
        (store if store is not None else c1).append(h + t.replace("\n", ""))
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False, line=LN)

    add_par(doc, [("材料之一", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("关于《宁波市深化与共建“一带一路”", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("国家经贸合作三年行动方案", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("（2026—2028年）》的政策解读", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("宁波市商务局", KT, 16, False)], align=C, indent=False)
    add_par(doc, [("（2026年3月12日）", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)
    body("近日，市政府办公厅印发《宁波市深化与共建“一带一路”国家经贸合作三年行动方案（2026—2028年）》（甬政办发〔2026〕9号，以下简称《行动方案》）。现就《行动方案》有关内容解读如下。")
    head("一、出台背景")
    body("宁波是“一带一路”重要节点城市和海上丝绸之路重要起点。2025年,全市与共建“一带一路”国家进出口3957.0亿元,同比增长10.3%,占全市进出口总额的28.6%;宁波舟山港集装箱吞吐量突破4000万标准箱,“一带一路”航线达到135条。与此同时,我市与共建国家经贸合作仍存在贸易结构有待优化、双向投资规模偏小、服务保障体系不够完善等短板。为进一步巩固提升合作水平,市商务局会同有关部门研究起草了《行动方案》,经市政府同意后印发实施。")
    # table with two-level merged header
    add_par(doc, [("表1  2025年宁波市与共建“一带一路”国家（地区）进出口情况", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    add_par(doc, [("单位：亿元，%", FS, 12, False)], align=R, indent=False, line=20)
    data = [
        ["东盟", "1723.6", "9.8", "1186.4", "11.2", "537.2", "6.9"],
        ["中东欧国家", "711.2", "12.6", "612.5", "13.4", "98.7", "8.1"],
        ["中亚五国", "179.9", "24.5", "158.3", "27.9", "21.6", "4.3"],
        ["西亚地区", "726.7", "7.2", "436.8", "10.5", "289.9", "2.6"],
        ["非洲", "615.6", "10.1", "498.1", "9.6", "117.5", "12.3"],
        ["合计", "3957.0", "10.3", "2892.1", "11.9", "1064.9", "6.2"],
    ]
    hdr = ["区域", "进出口／金额", "进出口／同比增长", "出口／金额", "出口／同比增长",
           "进口／金额", "进口／同比增长"]
    t = doc.add_table(rows=2 + len(data), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "区域", HT, 12)
    for k, name in enumerate(["进出口", "出口", "进口"]):
        mc = t.cell(0, 1 + 2 * k).merge(t.cell(0, 2 + 2 * k))
        set_cell(mc, name, HT, 12)
        set_cell(t.cell(1, 1 + 2 * k), "金额", HT, 12)
        set_cell(t.cell(1, 2 + 2 * k), "同比增长", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    set_widths(t, [2.4, 2.2, 2.2, 2.2, 2.2, 2.2, 2.2])
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        c1.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    add_par(doc, [("注：数据来源于宁波海关；同比增速按可比口径计算。", FS, 12, False)],
            indent=False, line=20, before=4)
    c1.append("注：数据来源于宁波海关；同比增速按可比口径计算。")
    head("二、主要内容")
    body("《行动方案》共分为总体要求、重点任务和保障措施三个部分,\n提出到2028年,全市与共建“一带一路”国家进出口规模突破5000亿元,年均增长8%左右;累计备案对共建国家投资项目300个以上;新增“一带一路”集装箱航线20条。围绕上述目标,《行动方案》部署了四个方面12项重点任务:")
    runin("（一）在拓展贸易合作方面。", "《行动方案》提出实施“千企百展拓市场”行动,每年组织1000家以上企业参加共建国家重点展会;支持企业在共建国家布局海外仓,到2028年公共海外仓达到30个;扩大优质消费品、能源资源产品进口,推动宁波舟山港大宗商品储运基地建设。")
    runin("（二）在深化投资合作方面。", "支持龙头企业在东南亚、中东欧、中亚等地区布局生产基地和营销网络,鼓励企业以“抱团出海”方式建设境外经贸合作区;落实外商投资准入前国民待遇加负面清单管理制度,吸引共建国家企业来甬投资兴业。")
    runin("（三）在畅通物流通道方面。", "推动宁波舟山港与共建国家港口\n建立友好港关系,加密“一带一路”集装箱航线;做强“甬新欧”“甬西欧”等海铁联运班列,2028年海铁联运业务量力争达到250万标准箱。")
    runin("（四）在提升平台能级方面。", "高水平办好中国—中东欧国家博览会暨国际消费品博览会,发挥中国（浙江）自由贸易试验区宁波片区制度创新优势,建设中国—中东欧国家经贸合作示范区,打造一批“丝路电商”合作先行区。")
    head("三、保障措施")
    body("《行动方案》从加强组织领导、加大政策支持、强化金融服务、完善风险防控四个方面提出保障措施。其中,市级财政每年安排专项资金不少于2亿元,对企业参展、海外仓建设、航线开辟等给予支持;鼓励金融机构创新出口信用保险、跨境人民币结算等金融产品,为企业“走出去”提供全流程服务。")

    # ------------------------------------------------ document 2: 新闻通稿
    c2 = []
    page_break(doc)
    add_par(doc, [("材料之二", HT, 16, False)], indent=False)
    add_par(doc, [("新 闻 通 稿", HT, 18, False)], align=C, indent=False, before=6, after=10)
    add_par(doc, [("宁波市举行《宁波市深化与共建\n“一带一路”国家经贸合作三年行动方案\n（2026—2028年）》政策吹风会", XBS, 20, False)],
            align=C, indent=False, line=34, after=8)
    body("3月12日下午，宁波市人民政府新闻办公室举行政策吹风会，邀请市商务局、市发展改革委、中国人民银行宁波市分行有关负责人解读《宁波市深化与共建“一带一路”国家经贸合作三年行动方案（2026—2028年）》，并回答记者提问。", c2)
    body("市商务局党组书记、局长陈立群介绍，《行动方案》聚焦拓展贸易合作、深化投资合作、畅通物流通道、提升平台能级四个方面，部署12项重点任务，提出到2028年全市与共建“一带一路”国家进出口规模突破5000亿元的目标。2025年，全市与共建“一带一路”国家进出口3957.0亿元，同比增长10.3%。", c2)
    body("中国人民银行宁波市分行有关负责人介绍，2025年全市与共建“一带一路”国家跨境人民币结算量达到2186亿元，同比增长23.7%。下一步将加大对外贸企业的信贷支持力度。", c2)
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 26 + "宁波市人民政府新闻办公室", indent=False)
    add_par(doc, " " * 32 + "2026年3月12日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {
            "meta": {
                "title": "关于《宁波市深化与共建“一带一路”国家经贸合作三年行动方案（2026—2028年）》的政策解读",
                "doc_number": None,
                "issuer": ["宁波市商务局"],
                "date": "2026-03-12",
                "published": None,
                "level": "municipal",
                "region": "宁波市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "解读",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": c1,
        },
        {
            "meta": {
                "title": "宁波市举行《宁波市深化与共建“一带一路”国家经贸合作三年行动方案（2026—2028年）》政策吹风会",
                "doc_number": None,
                "issuer": ["宁波市人民政府新闻办公室"],
                "date": "2026-03-12",
                "published": None,
                "level": "municipal",
                "region": "宁波市",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "新闻通稿",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": c2,
        },
    ]
    return path


# =================================================================== DOC C
def doc_xinjiang():
    """上行文请示：特急、签发人（右对齐制表位）、奇偶页页码、悬挂缩进附件说明，附件项目清单带手工续表。"""
    stem = "blind874_xj_qingshi"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("新疆维吾尔自治区商务厅", XBS, 38, False, RED)], align=C, indent=False,
            line=60, before=18)
    empty(doc, 1)
    p = add_par(doc, [("新商请〔2026〕11号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("马建新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    add_par(doc, [("新疆维吾尔自治区商务厅关于召开第九届", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("中国—亚欧博览会经贸合作成果新闻发布会", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("的请示", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "自治区人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)]).paragraph_format.keep_with_next = True

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("第九届中国—亚欧博览会于2026年6月26日至30日在乌鲁木齐市举办，共有52个国家和地区、1860家企业参展。博览会期间，共签约合作项目428个，签约总额4236.8亿元，其中与共建“一带一路”国家签约项目137个、签约金额1128.5亿元。根据《自治区党委宣传部 自治区人民政府新闻办公室关于规范重大活动新闻发布工作的通知》（新宣发〔2025〕23号）要求，我厅拟召开第九届中国—亚欧博览会经贸合作成果新闻发布会。现将有关事项请示如下：")
    head("一、发布会安排")
    runin("（一）时间。", "2026年7月3日（星期五）上午11:00。")
    runin("（二）地点。", "自治区人民政府新闻发布厅（乌鲁木齐市天山区）。")
    runin("（三）发布人。", "自治区商务厅主要负责同志，自治区发展改革委、乌鲁木齐海关、自治区贸促会有关负责同志。")
    runin("（四）邀请媒体。", "中央驻疆新闻单位及区内主要媒体约30家。")
    runin("二、发布内容。", "主要发布本届博览会签约成果，重点介绍与共建“一带一路”国家特别是中亚国家的合作成果。重点签约项目清单见附件，新闻通稿（送审稿）另行报送。", HT)
    runin("三、有关工作要求。", "发布会由自治区人民政府新闻办公室主持。发布数据已与乌鲁木齐海关、自治区统计局等部门核对一致，涉外内容已征求自治区外办意见。以上请示当否，请批示。", HT)
    empty(doc, 1)
    p = add_par(doc, "附件：第九届中国—亚欧博览会与共建“一带一路”国家重点签约项目清单")
    p.paragraph_format.left_indent = Pt(32 + 48)   # hanging indent so the wrapped line aligns
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    p = add_par(doc, "新疆维吾尔自治区商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年7月1日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（联系人：阿依古丽·买买提\u3000电话：0991-2856137）")

    # ---- 附件 with manual 续表
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("第九届中国—亚欧博览会与共建\n“一带一路”国家重点签约项目清单", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("（金额单位：亿元）", KT, 14, False)], align=C, indent=False, after=6)
    header = ["序号", "项目名称", "国内签约主体", "合作国别", "合作领域", "签约金额"]
    rows = [
        ["1", "哈密—阿拉木图跨境天然气化工合作项目", "新疆天山能源化工有限公司", "哈萨克斯坦", "能源化工", "86.0"],
        ["2", "霍尔果斯跨境电商产业园项目", "霍尔果斯丝路电商产业园运营有限公司", "哈萨克斯坦", "商贸物流", "32.5"],
        ["3", "喀什—安集延农产品冷链物流中心项目", "喀什远东冷链物流有限公司", "乌兹别克斯坦", "农产品加工", "18.6"],
        ["4", "新能源重卡出口及本地化组装项目", "新疆新能重型汽车制造有限公司", "乌兹别克斯坦", "装备制造", "45.2"],
        ["5", "中吉乌铁路沿线物流园区项目", "新疆西部陆港物流集团有限公司", "吉尔吉斯斯坦", "商贸物流", "27.8"],
        ["6", "光伏电站EPC总承包项目", "新疆昆仑光伏工程有限公司", "塔吉克斯坦", "能源电力", "38.4"],
        ["7", "棉纺织产业合作项目", "新疆棉都纺织集团有限公司", "土库曼斯坦", "纺织服装", "21.3"],
        ["8", "风电装备供货及运维项目", "新疆天风装备制造有限公司", "阿塞拜疆", "装备制造", "19.7"],
        ["9", "数字口岸与智慧物流平台项目", "新疆数字口岸科技有限公司", "哈萨克斯坦", "数字经济", "12.4"],
        ["10", "番茄酱及果蔬制品加工出口项目", "新疆红果食品有限公司", "格鲁吉亚", "农产品加工", "9.6"],
        ["11", "粮油食品加工产业园合作项目", "新疆丝路粮油食品有限公司", "巴基斯坦", "农产品加工", "15.3"],
        ["12", "钾肥进口及仓储基地项目", "新疆天泽化肥进出口有限公司", "土库曼斯坦", "能源化工", "23.5"],
        ["合计", "共12个项目", "—", "—", "—", "350.3"],
    ]
    widths = [1.4, 4.3, 3.9, 2.4, 1.8, 1.8]
    SPLIT = 8  # the clerk cut the table by hand where page 1 of the 附件 is full
    simple_table(doc, header, rows[:SPLIT], clauses, widths, left_cols=(1, 2))
    add_par(doc, [("续表", HT, 14, False)], indent=False, after=4).paragraph_format.page_break_before = True
    simple_table(doc, header, rows[SPLIT:], clauses, widths, left_cols=(1, 2))
    add_par(doc, [("注：以上为部分重点签约项目，签约金额以签约文本为准。", FS, 14, False)],
            indent=False, line=24, before=6)
    clauses.append("注：以上为部分重点签约项目，签约金额以签约文本为准。")
    banji(doc, [], "新疆维吾尔自治区商务厅办公室", "2026年7月1日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "新疆维吾尔自治区商务厅关于召开第九届中国—亚欧博览会经贸合作成果新闻发布会的请示",
            "doc_number": "新商请〔2026〕11号",
            "issuer": ["新疆维吾尔自治区商务厅"],
            "date": "2026-07-01",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": None,
            "expires": None,
            "attachments": ["第九届中国—亚欧博览会与共建“一带一路”国家重点签约项目清单"],
            "doc_type": "请示",
            "recipients": ["自治区人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    for fn in (doc_sichuan, doc_ningbo, doc_xinjiang):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
