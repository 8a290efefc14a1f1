# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 962: 省人大常委会公告 + 关于促进和保障自贸试验区建设的决定; 决定草案的说明.

Writes blind962_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
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
IND = "\u3000\u3000"

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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def footer_pageno(section, left="— ", right=" —", name=SONG, size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(left), name, size)
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), name, size)


def setup(doc, left="— ", right=" —"):
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
    footer_pageno(s, left, right)


_next_abs = [960]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first, FS, FS, FS))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_962", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六"]


# =================================================================== DOC A
YN_TITLE = "云南省人民代表大会常务委员会关于促进和保障中国（云南）自由贸易试验区建设的决定"


def doc_yunnan_jueding():
    """公告 (red 版头, 第19号) on page 1, then the 决定 on its own page."""
    stem = "blind962_yunnan_jueding"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 2)
    # red 版头: two lines, the clerk put the 届 in
    add_par(doc, [("云南省第十四届人民代表大会", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    add_par(doc, [("常务委员会公告", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    empty(doc, 1)
    p = add_par(doc, [("第19号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 2)

    t = ("《" + YN_TITLE + "》已由云南省第十四届人民代表大会常务委员会第二十一次会议"
         "于2026年3月27日审议通过，现予公布，自2026年5月1日起施行。")
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 3)
    # 落款 pushed right with typed full-width spaces
    add_par(doc, "\u3000" * 9 + "云南省人民代表大会常务委员会", indent=False)
    add_par(doc, "\u3000" * 13 + "2026年3月27日", indent=False)

    page_break(doc)

    # 决定 title: 2 lines, wrapped by a manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("云南省人民代表大会常务委员会关于促进和保障中国（云南）自由"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("贸易试验区建设的决定"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（2026年3月27日云南省第十四届人民代表大会常务委员会", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=10)
    add_par(doc, [("第二十一次会议通过）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=10)

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=26)   # clerk squeezed the 决定 to 26pt fixed spacing

    items = [0]

    def item(t, split_at=None):
        """numbered paragraph 一、… ; number typed in 黑体, text in 仿宋."""
        n = CN[items[0]] + "、"
        items[0] += 1
        clauses.append(n + t)
        p = doc.add_paragraph()
        font(p.add_run(n), HT, 16)
        if split_at:
            a, b = t.split(split_at, 1)
            font(p.add_run(a + split_at), FS, 16)
            p.add_run().add_break(WD_BREAK.LINE)      # stray Shift+Enter mid-sentence
            font(p.add_run(b), FS, 16)
        else:
            font(p.add_run(t), FS, 16)
        fmt(p, line=26)

    body("为了促进和保障中国（云南）自由贸易试验区（以下简称自贸试验区）建设，推进高水平对外开放，"
         "加快建设我国面向南亚东南亚辐射中心，根据有关法律、行政法规和国务院批准的《中国（云南）"
         "自由贸易试验区总体方案》，结合本省实际，作如下决定：")
    item("自贸试验区建设应当深入贯彻落实党中央、国务院决策部署，以制度创新为核心，以可复制可推广为基本要求，"
         "立足沿边、面向南亚东南亚，对标国际高标准经贸规则，稳步扩大规则、规制、管理、标准等制度型开放，"
         "高质量服务和融入共建“一带一路”，将自贸试验区建设成为贸易投资便利、交通物流通达、要素流动自由、"
         "金融服务开放、监管安全高效、辐射带动作用突出的高标准高质量自由贸易园区。")
    item("省人民政府应当加强对自贸试验区建设的领导，建立健全统筹协调机制，研究决定自贸试验区改革发展中的重大事项。"
         "省商务主管部门承担自贸试验区建设的日常工作，负责综合协调、督促推进、评估考核等工作。"
         "昆明市、红河哈尼族彝族自治州、德宏傣族景颇族自治州人民政府应当落实属地责任，保障自贸试验区昆明片区、"
         "红河片区、德宏片区（以下统称片区）建设。")
    item("省人民政府及其有关部门应当依法向片区管理机构下放与其功能定位相适应的省级行政管理权限；不能下放的，"
         "应当采取委托办理、授权审批、建立绿色通道等方式予以支持。下放或者委托的权限目录应当向社会公布，并实行动态调整。")
    item("自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。"
         "推进服务业扩大开放，在金融、电信、医疗、教育、文化、专业服务等领域依法开展先行先试。")
    item("推进贸易便利化。深化国际贸易“单一窗口”建设，推动与南亚东南亚国家“单一窗口”互联互通。"
         "支持磨憨、河口、瑞丽等口岸在自贸试验区内开展通关模式改革，推行“提前申报”“两步申报”"
         "“边民互市贸易落地加工”等措施，提升跨境贸易便利化水平。")
    # half-width commas pasted from another draft
    item("推动跨境物流通道建设。依托中老铁路、中缅陆水联运通道和昆明长水国际机场,发展铁路、公路、航空、水运多式联运,"
         "推广“一单制”“一箱制”服务模式，支持常态化开行中老铁路国际货物列车“澜湄快线”，"
         "建设面向南亚东南亚的国际物流枢纽。")
    item("深化金融开放创新。在国家金融管理部门指导下，扩大人民币跨境使用，推进人民币与周边国家货币直接交易和区域挂牌交易，"
         "支持符合条件的金融机构在自贸试验区开展跨境投融资、跨境保险等业务创新。")
    item("推进沿边产业合作。支持自贸试验区发展跨境电子商务、保税维修、数字贸易、生物医药、绿色能源等产业，"
         "探索建设跨境产业合作园区，促进沿边地区与周边国家产业链供应链深度融合。")
    item("省人民政府及其有关部门、片区所在地州（市）人民政府应当在人才引进、用地、资金等方面为自贸试验区建设提供保障。"
         "省级财政统筹安排资金支持自贸试验区改革创新。")
    item("鼓励自贸试验区开展差异化改革探索。改革创新未能实现预期目标，但符合国家和本省确定的改革方向，"
         "决策程序符合法律、法规规定，未牟取私利或者未恶意串通损害公共利益的，对有关单位和个人不作负面评价，"
         "依法免除或者减轻相关责任。", split_at="决策程序符合法律、")
    item("自贸试验区应当建立健全与开放相适应的风险防控体系，加强事中事后监管，守住不发生系统性风险的底线。")
    item("加强自贸试验区法治保障。省人民政府及其有关部门、片区所在地州（市）人民政府制定涉及自贸试验区的规范性文件，"
         "应当听取片区管理机构和市场主体的意见。支持在自贸试验区设立国际商事调解、仲裁等纠纷解决机构，"
         "建立涉外商事纠纷多元化解机制。")
    item("省人民政府应当每年向省人民代表大会常务委员会报告自贸试验区建设情况。省人民代表大会常务委员会通过听取和审议"
         "专项工作报告、开展执法检查等方式，加强对自贸试验区建设的监督。")
    item("本决定自2026年5月1日起施行。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": YN_TITLE,
            "doc_number": "第19号",
            "issuer": ["云南省人民代表大会常务委员会"],
            "date": "2026-03-27",
            "published": "2026-03-27",
            "level": "provincial",
            "region": "云南省",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": [],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yunnan_shuoming():
    """说明 on the draft, delivered by the chair of the 财经委; title over 3 paragraphs."""
    stem = "blind962_yunnan_shuoming"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    for ln in ("关于《云南省人民代表大会常务委员会关于", "促进和保障中国（云南）自由贸易试验区", "建设的决定（草案）》的说明"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    # speaker line: date/meeting, then name, in 楷体
    add_par(doc, [("——2026年1月14日在云南省第十四届人民代表大会", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("常务委员会第二十次会议上", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("云南省人民代表大会财政经济委员会主任委员\u3000周立新", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "主任、各位副主任、秘书长、各位委员：", indent=False)

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    def two_in_one(t1, t2):
        """two paragraphs typed into one w:p with Shift+Enter."""
        p = doc.add_paragraph()
        font(p.add_run(IND + t1), FS, 16)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + t2), FS, 16)
        fmt(p, indent=False)
        clauses.extend([t1, t2])

    body("我受省人大财政经济委员会委托，现就《云南省人民代表大会常务委员会关于促进和保障中国（云南）自由贸易试验区建设的决定（草案）》"
         "（以下简称《决定（草案）》）作如下说明。")
    head("一、制定《决定》的必要性")
    body("2019年8月，国务院印发《中国（云南）自由贸易试验区总体方案》，设立中国（云南）自由贸易试验区，实施范围119.86平方公里，"
         "涵盖昆明片区、红河片区、德宏片区。挂牌6年多来，自贸试验区坚持以制度创新为核心，累计形成制度创新成果512项，"
         "其中9项在全国复制推广、87项在全省复制推广。2025年，自贸试验区实现进出口总额1386.2亿元，占全省的27.4%;"
         "实际使用外资3.1亿美元，新设企业2.6万户。")
    runin("（一）制定《决定》是贯彻落实党中央、国务院决策部署的需要。",
          "党中央、国务院明确提出实施自由贸易试验区提升战略，要求赋予自贸试验区更大改革自主权。"
          "以地方性法规的形式对自贸试验区建设中的管理体制、赋权放权、改革容错等重大事项作出规定，"
          "是落实提升战略、为改革创新提供法治保障的重要举措。")
    runin("（二）制定《决定》是服务和融入共建“一带一路”的需要。",
          "云南地处中国与南亚东南亚的结合部，中老铁路开通运营以来，国际货物运输量持续增长，"
          "自贸试验区已成为我省对接《区域全面经济伙伴关系协定》（RCEP）、推进面向南亚东南亚开放的前沿平台。"
          "通过立法固化通关便利、跨境物流、金融开放等方面的成熟经验，有利于进一步提升辐射中心建设水平。")
    runin("（三）制定《决定》是破解自贸试验区发展瓶颈的需要。",
          "调研中发现，自贸试验区建设仍存在赋权事项“接不住、用不好”、片区之间协同不够、"
          "要素保障不足、容错免责机制不健全等问题，需要通过立法予以规范和解决。")
    head("二、《决定（草案）》的起草过程")
    body("2025年4月，省人大财政经济委员会会同省商务厅、省司法厅成立起草工作专班，启动《决定（草案）》起草工作。"
         "起草过程中，主要开展了以下工作：")
    two_in_one("一是深入调查研究。赴昆明、红河、德宏3个片区和磨憨口岸开展实地调研，召开座谈会11场，听取片区管理机构、"
               "企业和行业协会的意见建议，并赴广西、四川学习借鉴自贸试验区立法经验。",
               "二是广泛征求意见。书面征求16个州（市）人大常委会、省级有关部门和部分省人大代表的意见，"
               "在省人大常委会门户网站向社会公开征求意见，共收到意见建议138条，经认真研究，吸收采纳63条。")
    body("三是开展论证评估。委托云南大学法学院对《决定（草案）》主要制度进行论证，召开专家论证会2次，"
         "就赋权放权、容错免责等条款的合法性和可行性进行评估。2025年12月18日，省人大财政经济委员会召开全体会议，"
         "对《决定（草案）》进行审议，形成了提请本次常委会会议审议的《决定（草案）》。")
    head("三、《决定（草案）》的主要内容")
    body("《决定（草案）》不分章节，共十五条，主要包括以下内容：")
    runin("（一）关于总体要求。",
          "《决定（草案）》明确自贸试验区建设以制度创新为核心，立足沿边、面向南亚东南亚，"
          "高质量服务和融入共建“一带一路”，稳步扩大制度型开放（第一条）。")
    runin("（二）关于管理体制。",
          "明确省人民政府、省商务主管部门、片区所在地州（市）人民政府和片区管理机构的职责，"
          "要求省人民政府及其有关部门依法向片区管理机构下放省级行政管理权限，并向社会公布权限目录（第二条、第三条）。")
    runin("（三）关于投资贸易便利化。",
          "对外商投资准入前国民待遇加负面清单管理、国际贸易“单一窗口”、口岸通关模式改革、"
          "跨境物流通道建设等作出规定，特别是将中老铁路国际货物列车“澜湄快线”等实践经验上升为法规规定（第四条至第六条）。")
    runin("（四）关于金融开放和产业合作。",
          "对扩大人民币跨境使用、金融机构业务创新、跨境产业合作园区建设等作出规定（第七条、第八条）。")
    runin("（五）关于保障和监督。",
          "对人才支持、要素保障、容错免责、风险防控、法治保障作出规定，明确省人民政府每年向省人大常委会报告"
          "自贸试验区建设情况，常委会通过听取和审议专项工作报告、开展执法检查等方式加强监督（第九条至第十四条）。")
    body("《决定（草案）》和以上说明是否妥当，请予审议。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于《云南省人民代表大会常务委员会关于促进和保障中国（云南）自由贸易试验区建设的决定（草案）》的说明",
            "doc_number": None,
            "issuer": ["云南省人民代表大会财政经济委员会"],
            "date": "2026-01-14",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "说明",
            "recipients": ["主任", "各位副主任", "秘书长", "各位委员"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
HLJ_TITLE = "黑龙江省人民代表大会常务委员会关于促进和保障中国（黑龙江）自由贸易试验区建设的决定"
HLJ_OLD = "黑龙江省人民代表大会常务委员会关于促进中国（黑龙江）自由贸易试验区改革创新发展的决定"


def doc_heilongjiang():
    """公告 and 决定 on the same page; Word auto-numbering for 一、二、…; dates in 〇 numerals."""
    stem = "blind962_hlj_gonggao"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []
    n_item = make_numbering(doc, "%1、")

    add_par(doc, [("黑龙江省人民代表大会常务委员会", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_par(doc, [("公\u3000\u3000告", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    p = add_par(doc, [("（第四十五号）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, before=6)
    border(p, "bottom", "FF0000", 12, 6)
    empty(doc, 1)
    t = ("《" + HLJ_TITLE + "》已由黑龙江省第十四届人民代表大会常务委员会第二十五次会议于2026年6月26日通过，"
         "现予公布，自公布之日起施行。")
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 1)
    # 落款 with a right tab stop, two lines in one paragraph (Shift+Enter)
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("\t黑龙江省人民代表大会常务委员会"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\t二〇二六年六月二十六日"), FS, 16)
    fmt(p, indent=False)
    empty(doc, 2)

    add_par(doc, [("黑龙江省人民代表大会常务委员会关于促进", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("和保障中国（黑龙江）自由贸易试验区建设的决定", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    # 题注 with half-width parentheses
    add_par(doc, [("(2026年6月26日黑龙江省第十四届人民代表大会常务委员会第二十五次会议通过)", KT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=12, line=24)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    k = [0]

    def item(t):
        clauses.append(CN[k[0]] + "、" + t)
        k[0] += 1
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_item)

    body("为了促进和保障中国（黑龙江）自由贸易试验区（以下简称自贸试验区）建设，打造对俄罗斯及东北亚区域合作的中心枢纽，"
         "推动形成全面开放新格局，根据有关法律、行政法规的规定和国务院批准的《中国（黑龙江）自由贸易试验区总体方案》，"
         "结合本省实际，作如下决定：")
    item("自贸试验区建设应当以制度创新为核心，以深化对俄罗斯及东北亚区域开放合作为重点，积极服务和融入共建“一带一路”，"
         "推进中蒙俄经济走廊建设，加快建设营商环境优良、贸易投资便利、高端产业集聚、服务体系完善、"
         "监管安全高效的高标准高质量自由贸易园区。")
    item("省人民政府应当加强对自贸试验区工作的领导，建立统筹推进机制，协调解决自贸试验区建设中的重大问题。"
         "省商务主管部门负责自贸试验区建设的组织协调、政策指导和督促检查。哈尔滨市、黑河市、牡丹江市人民政府"
         "应当履行片区所在地主体责任，支持哈尔滨片区、黑河片区、绥芬河片区开展改革创新。")
    item("省人民政府及其有关部门应当按照“应放尽放、按需放权”的原则，依法将省级经济社会管理权限下放或者委托片区管理机构实施，"
         "并加强业务指导和事中事后监管。赋权事项实施情况应当定期评估，评估结果作为调整权限目录的依据。")
    item("自贸试验区实施外商投资准入前国民待遇加负面清单管理制度，推动现代服务业、先进制造业等领域扩大开放，"
         "依法保护外商投资合法权益。支持外国投资者以跨境人民币直接投资等方式在自贸试验区投资。")
    # half-width semicolon and commas typed by the clerk
    item("提升对俄贸易便利化水平。推进国际贸易“单一窗口”功能向口岸物流、跨境结算等领域延伸;支持黑河、绥芬河等口岸创新边民互市贸易管理,"
         "发展互市贸易进口商品落地加工,推进对俄跨境电子商务和海外仓建设。")
    item("加快跨境基础设施互联互通。依托黑河—布拉戈维申斯克界河公路大桥、绥芬河铁路口岸、哈尔滨国际航空枢纽和中欧班列，"
         "完善公路、铁路、航空、水运多式联运体系，建设面向俄罗斯及东北亚的国际物流通道和集疏运中心。")
    item("在国家金融管理部门指导下，推动自贸试验区开展人民币与卢布等周边国家货币跨境结算业务创新，"
         "支持金融机构为对俄经贸合作提供跨境融资、出口信用保险等服务，防范化解金融风险。")
    item("支持自贸试验区发展对俄进口资源精深加工、绿色食品、生物经济、冰雪经济、数字经济等产业，"
         "推动哈尔滨片区建设对俄合作产业集聚区，黑河片区、绥芬河片区建设跨境产业合作园区。")
    item("县级以上人民政府及其有关部门应当优化自贸试验区营商环境，完善人才引进和服务保障政策，"
         "为自贸试验区引进的境外人才在工作许可、居留、出入境等方面提供便利，在用地、资金等方面加强要素保障。")
    item("建立自贸试验区改革创新容错免责机制。有关单位和个人在自贸试验区改革创新中出现失误或者偏差，"
         "符合规定条件的，可以依法予以免责或者减轻责任。")
    item("省人民政府应当每年向省人民代表大会常务委员会报告自贸试验区建设情况。省人民代表大会常务委员会应当加强对本决定"
         "贯彻实施情况的监督检查。")
    item("本决定自公布之日起施行。2020年8月21日黑龙江省第十三届人民代表大会常务委员会第二十次会议通过的《"
         + HLJ_OLD + "》同时废止。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": HLJ_TITLE,
            "doc_number": "第四十五号",
            "issuer": ["黑龙江省人民代表大会常务委员会"],
            "date": "2026-06-26",
            "published": "2026-06-26",
            "level": "provincial",
            "region": "黑龙江省",
            "effective": "2026-06-26",
            "expires": None,
            "attachments": [],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": HLJ_OLD,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan_jueding(), doc_yunnan_shuoming(), doc_heilongjiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
