# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1026: 省级人大常委会公告 + 地方性法规（条例 / 修改决定）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
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
BLACK = RGBColor(0, 0, 0)


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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    fmt(p, size=size, **kw)
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
    fmt(p, indent=False, line=12)


def footer_pageno(section, style="dash"):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left, right = ("— ", " —") if style == "dash" else ("- ", " -")
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def setup(doc, pageno="dash"):
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
    footer_pageno(s, pageno)


def restyle_heading(doc, name, fontname=HT, size=16, line=28, before=6, after=6):
    """Office habit: the built-in 标题 1 / 标题 2 styles re-dressed as 黑体 centred."""
    st = doc.styles[name]
    st.font.name = fontname
    st.font.size = Pt(size)
    st.font.bold = False
    st.font.italic = False
    st.font.color.rgb = BLACK
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in list(rf.attrib):
        del rf.attrib[a]
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), fontname)
    pf = st.paragraph_format
    pf.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(0)
    pf.keep_with_next = True


def heading(doc, text, style="Heading 1", fontname=HT, size=16):
    p = doc.add_paragraph(style=style)
    font(p.add_run(text), fontname, size, False, BLACK)
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1026", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting "一、") ---------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, first_twips=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, first_twips))
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


CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
      "二十一", "二十二", "二十三", "二十四", "二十五"]

expected = {}


# =================================================================== DOC A
# 福建：公告（单独一页，〔十四届〕第四十二号）+ 条例（目录、章用“标题 1”样式、第X条黑体）
def doc_fujian():
    stem = "blind1026_fujian_tiaoli"
    doc = Document()
    setup(doc, "dash")
    restyle_heading(doc, "Heading 1", HT, 15, line=24, before=4, after=2)
    clauses = []
    SZ = 14      # 条例正文用四号，公报排法
    LN = 21

    # ---- 公告
    empty(doc, 2)
    add_par(doc, [("福建省人民代表大会常务委员会公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_par(doc, [("〔十四届〕第四十二号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    t = ("《福建省促进21世纪海上丝绸之路核心区建设条例》已由福建省第十四届人民代表大会"
         "常务委员会第二十三次会议于2026年3月26日通过，现予公布，自2026年5月1日起施行。")
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 2)
    # 落款：右对齐 + 右缩进
    p = add_par(doc, "福建省人民代表大会常务委员会", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年3月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    page_break(doc)

    # ---- 条例 title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("福建省促进21世纪海上丝绸之路"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("核心区建设条例"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（2026年3月26日福建省第十四届人民代表大会常务委员会第二十三次会议通过）", KT, SZ, False)],
            size=SZ, indent=False, line=LN, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = doc.add_paragraph()
    font(p.add_run("目　　录"), HT, 16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=LN, before=6)
    for c in ["第一章　总则", "第二章　设施互联互通", "第三章　经贸投资合作",
              "第四章　人文交流合作", "第五章　保障措施", "第六章　附则"]:
        add_par(doc, [(c, KT, SZ, False)], size=SZ, indent=True, line=LN)

    def chapter(t):
        heading(doc, t, "Heading 1")

    def art(n, first, *more, items=()):
        label = "第%s条" % CN[n - 1]
        p = add_par(doc, [(label, HT, SZ, False), ("　" + first, FS, SZ, False)], size=SZ, line=LN)
        text = label + "　" + first
        for it in items:
            add_par(doc, [(it, FS, SZ, False)], size=SZ, line=LN)
            text += it
        for k in more:
            add_par(doc, [(k, FS, SZ, False)], size=SZ, line=LN)
            text += k
        clauses.append(text)

    chapter("第一章　总　　则")
    art(1, "为了推进21世纪海上丝绸之路核心区建设，深化与共建“一带一路”国家和地区的务实合作，推动更高水平对外开放，根据有关法律、行政法规，结合本省实际，制定本条例。")
    art(2, "本省行政区域内促进21世纪海上丝绸之路核心区（以下简称海丝核心区）建设及其相关服务保障活动，适用本条例。")
    art(3, "海丝核心区建设应当坚持共商共建共享原则，坚持政府引导、市场主导、企业主体、社会参与，发挥本省区位、侨乡和对台优势，构建陆海内外联动、东西双向互济的开放格局。")
    art(4, "县级以上地方人民政府应当加强对海丝核心区建设工作的领导，将其纳入国民经济和社会发展规划，建立健全工作协调机制，统筹解决建设中的重大问题。",
        "省发展和改革部门负责海丝核心区建设的综合协调、规划编制和督促落实工作。",
        "商务、交通运输、外事、财政、自然资源、文化和旅游、海关、海事等部门和单位按照各自职责，做好海丝核心区建设相关工作。")
    art(5, "省人民政府应当组织编制海丝核心区建设规划，明确发展目标、重点任务、重大项目和保障措施，并向社会公布。")

    chapter("第二章　设施互联互通")
    art(6, "省人民政府及其有关部门应当推进福州、厦门国际航运中心和枢纽港建设，完善港口集疏运体系，支持拓展至共建“一带一路”国家和地区的集装箱航线。")
    art(7, "鼓励开行经福州、厦门、泉州等地的中欧（亚）班列，推动“丝路海运”与中欧（亚）班列、西部陆海新通道相衔接，发展海铁联运、空铁联运等多式联运。",
        "有关部门应当推行多式联运“一单制”，促进运输单证、物流信息互通共享。")
    art(8, "支持厦门、福州国际航空枢纽建设，加密至东南亚、南亚、中东、欧洲等地区的国际客货运航线。")
    art(9, "县级以上地方人民政府应当推进国际海缆、数据中心等信息基础设施建设，支持建设面向共建“一带一路”国家和地区的“数字丝路”服务平台。")

    chapter("第三章　经贸投资合作")
    art(10, "省人民政府应当发挥中国（福建）自由贸易试验区、福州新区、厦门经济特区、泉州金融服务实体经济综合改革试验区等平台作用，在贸易投资便利化、金融开放、海事服务等领域开展先行先试。")
    art(11, "县级以上地方人民政府及其有关部门应当支持企业拓展共建“一带一路”国家和地区市场，采取下列措施：",
        items=["（一）组织举办、参加境内外经贸展会和投资推介活动；",
               "（二）支持建设境外经贸合作区、海外仓和营销服务网络；",
               "（三）为企业提供境外投资信息、法律咨询、风险预警等公共服务；",
               "（四）支持发展跨境电子商务、市场采购贸易、离岸贸易等新业态新模式；",
               "（五）其他支持企业开拓市场的措施。"])
    art(12, "鼓励金融机构为海丝核心区建设提供跨境融资、跨境人民币结算、出口信用保险等金融服务。",
        "省人民政府可以设立海丝核心区建设相关产业投资基金，引导社会资本参与重大项目建设。")
    art(13, "海关、海事、边检等部门应当深化国际贸易“单一窗口”建设，优化通关流程，提高口岸通关效率。")

    chapter("第四章　人文交流合作")
    art(14, "县级以上地方人民政府应当发挥海外侨胞和港澳台同胞的桥梁纽带作用，支持开展与共建“一带一路”国家和地区的友好城市交往、民间交流。")
    art(15, "鼓励高等学校、职业院校与共建“一带一路”国家和地区的院校开展合作办学、学生交流、师资培训，扩大来闽留学生规模。")

    chapter("第五章　保障措施")
    art(16, "省人民政府应当统筹安排资金，支持海丝核心区重大平台、重大项目和重大活动建设。")
    art(17, "县级以上地方人民政府应当加强涉外法律服务体系建设，支持商事仲裁、调解机构为中外当事人提供纠纷解决服务，依法平等保护中外当事人合法权益。")
    art(18, "县级以上地方人民政府应当建立健全海丝核心区建设统计监测和评估制度，定期向本级人民代表大会常务委员会报告海丝核心区建设情况。")
    art(19, "国家机关及其工作人员在海丝核心区建设工作中滥用职权、玩忽职守、徇私舞弊的，由有权机关对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任。")

    chapter("第六章　附　　则")
    art(20, "本条例自2026年5月1日起施行。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省促进21世纪海上丝绸之路核心区建设条例",
            "doc_number": "〔十四届〕第四十二号",
            "issuer": ["福建省人民代表大会常务委员会"],
            "date": "2026-03-26",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": "2026-05-01",
            "expires": None,
            "attachments": [],
            "doc_type": "条例",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 广西：红色“公告”版头 + 红线，落款日期用汉字；修改决定（标题分三段、各条用 Word 自动编号“一、”）
def doc_guangxi():
    stem = "blind1026_guangxi_xiugai"
    doc = Document()
    setup(doc, "dash")
    clauses = []
    n_item = make_numbering(doc, "%1、")

    p = add_par(doc, [("广西壮族自治区人民代表大会常务委员会", XBS, 24, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44, before=18)
    # 版头字符缩放 90%（机关名称太长，一行排下）
    p.runs[0]._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="90"/>' % nsdecls("w")))
    add_par(doc, [("公　　告", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    p = add_par(doc, [("第31号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=6)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    t = ("《广西壮族自治区人民代表大会常务委员会关于修改〈中国（广西）自由贸易试验区条例〉的决定》"
         "已由广西壮族自治区第十四届人民代表大会常务委员会第十九次会议于2026年7月30日通过，"
         "现予公布，自2026年10月1日起施行。")
    clauses.append(t)
    add_par(doc, t)
    empty(doc, 2)
    # 落款 aligned with typed spaces, date in Chinese numerals
    add_par(doc, "　" * 8 + "广西壮族自治区人民代表大会常务委员会", indent=False)
    add_par(doc, "　" * 16 + "二〇二六年七月三十日", indent=False)
    page_break(doc)

    # 决定 title: three separate paragraphs, broken at odd places
    for i, line in enumerate(["广西壮族自治区人民代表大会常务委员会",
                              "关于修改《中国（广西）自由贸易试验区",
                              "条例》的决定"]):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36, before=(12 if i == 0 else 0))
    add_par(doc, [("（2026年7月30日广西壮族自治区第十四届人民代表大会", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, before=8)
    add_par(doc, [("常务委员会第十九次会议通过）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, after=8)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    cnt = [0]

    def item(t):
        cnt[0] += 1
        clauses.append(CN[cnt[0] - 1] + "、" + t)
        p = add_par(doc, t)
        apply_num(p, n_item)

    body("广西壮族自治区第十四届人民代表大会常务委员会第十九次会议决定对《中国（广西）自由贸易试验区条例》作如下修改：")
    item("将第一条修改为：“为了推进和保障中国（广西）自由贸易试验区（以下简称自贸试验区）建设，打造引领中国—东盟开放合作的高标准自由贸易园区，根据有关法律、行政法规和国务院批准的自贸试验区总体方案，结合自治区实际，制定本条例。”")
    item("将第五条第二款修改为：“自贸试验区南宁片区、钦州港片区、崇左片区管理机构（以下统称片区管理机构）负责本片区的具体建设管理工作，依法行使自治区和所在设区的市人民政府赋予的行政管理职权。”")
    item("在第十二条中增加一款，作为第二款：“自贸试验区应当对接《区域全面经济伙伴关系协定》(RCEP)等国际高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权保护、政府采购等领域开展压力测试。”")
    item("将第十八条第一款中的“中国—东盟信息港”修改为“中国—东盟信息港和中国—东盟数字经济产业园”。")
    item("增加一条，作为第二十三条：“第二十三条　自贸试验区应当推进西部陆海新通道建设，发展海铁联运、跨境公路运输和跨境铁路运输，支持钦州港建设国际门户港，推动北部湾港与新加坡港、东盟国家港口开展航线、物流、信息等合作。”")
    item("将第二十六条中的“跨境人民币业务创新”修改为“跨境人民币业务创新和面向东盟的金融开放门户建设”。")
    item("删除第三十一条。")
    item("将第三十五条第二款修改为：“片区管理机构应当建立容错纠错机制。对在改革创新中出现失误或者偏差，但符合国家和自治区确定的改革方向，决策程序符合法律、法规规定，未谋取私利，且勤勉尽责、积极主动采取措施消除影响的，对有关单位和个人依法予以免责或者减轻责任。”")
    item("将条例中的“自治区人民政府商务主管部门”修改为“自治区人民政府自由贸易试验区工作主管部门”。")
    body("本决定自2026年10月1日起施行。")
    body("《中国（广西）自由贸易试验区条例》根据本决定作相应修改并对条文顺序作相应调整，重新公布。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民代表大会常务委员会关于修改《中国（广西）自由贸易试验区条例》的决定",
            "doc_number": "第31号",
            "issuer": ["广西壮族自治区人民代表大会常务委员会"],
            "date": "2026-07-30",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-10-01",
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


# =================================================================== DOC C
# 重庆：公告与条例同页接排；章“标题 1”、节“标题 2”；条文用半角空格缩进，
# 项用 Shift+Enter 手动换行排在条文段内；附则废止旧条例
def doc_chongqing():
    stem = "blind1026_chongqing_tiaoli"
    doc = Document()
    setup(doc, "hyphen")
    restyle_heading(doc, "Heading 1", HT, 16, line=28, before=10, after=4)
    restyle_heading(doc, "Heading 2", KT, 16, line=28, before=4, after=2)
    clauses = []
    SZ = 15
    LN = 26
    SP = "    "   # four half-width spaces typed as the indent

    add_par(doc, [("重庆市人民代表大会常务委员会", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("公　告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("〔六届〕第38号", FS, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    t = ("《重庆市西部陆海新通道促进条例》已于2026年9月25日经重庆市第六届人民代表大会"
         "常务委员会第二十次会议通过，现予公布，自2026年12月1日起施行。")
    clauses.append(t)
    add_par(doc, SP + t, indent=False, line=30)
    # 落款 with a right tab stop
    for txt in ["重庆市人民代表大会常务委员会", "2026年9月25日"]:
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False, line=30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), 2)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "000000", 6, 1)
    empty(doc, 1, line=16)

    add_par(doc, [("重庆市西部陆海新通道促进条例", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p = add_par(doc, [("（2026年9月25日重庆市第六届人民代表大会常务委员会", KT, SZ, False)],
                size=SZ, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=LN)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第二十次会议通过）"), KT, SZ)
    add_par(doc, [("目　录", HT, SZ, False)], size=SZ, align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=LN, before=6)
    for c in ["第一章  总则", "第二章  通道建设", "    第一节  铁路和公路", "    第二节  水运和航空",
              "第三章  运营服务", "第四章  通道经济", "第五章  附则"]:
        add_par(doc, [(SP + c, KT, SZ, False)], size=SZ, indent=False, line=LN)

    def art(n, first, *more, items=()):
        label = "第%s条" % CN[n - 1]
        text = label + "  " + first
        p = add_par(doc, [(SP, FS, SZ, False), (label, HT, SZ, False), ("  " + first, FS, SZ, False)],
                    size=SZ, indent=False, line=LN)
        for it in items:       # items typed inside the same paragraph after manual line breaks
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(it), FS, SZ)
            text += it
        for k in more:
            add_par(doc, [(SP + k, FS, SZ, False)], size=SZ, indent=False, line=LN)
            text += k
        clauses.append(text)

    heading(doc, "第一章  总  则", "Heading 1")
    art(1, "为了促进西部陆海新通道建设，发挥重庆通道物流和运营组织中心作用，推动内陆开放高地建设，服务共建“一带一路”，根据有关法律、行政法规，结合本市实际，制定本条例。")
    art(2, "本市行政区域内西部陆海新通道（以下简称陆海新通道）的规划、建设、运营、服务及其相关管理活动，适用本条例。")
    art(3, "市、区县（自治县）人民政府应当加强对陆海新通道建设工作的领导，建立协调机制，将所需经费纳入本级财政预算。",
        "市口岸物流部门负责陆海新通道建设的统筹协调和督促指导。发展改革、交通运输、商务、财政、规划自然资源、海关等部门按照各自职责做好相关工作。")
    art(4, "本市加强与四川、贵州、广西、云南等省（自治区）以及新加坡等国家的合作，推动陆海新通道共建共享、协同发展。")

    heading(doc, "第二章  通道建设", "Heading 1")
    heading(doc, "第一节  铁路和公路", "Heading 2", KT)
    art(5, "市人民政府应当推动渝黔、渝桂、渝昆等铁路通道建设，提升团结村中心站、果园港等枢纽的集结和分拨能力。")
    art(6, "市交通运输部门应当优化跨境公路运输线路，推动中越、中老等跨境公路班车常态化运行，支持开展国际道路运输“门到门”服务。")
    heading(doc, "第二节  水运和航空", "Heading 2", KT)
    art(7, "支持果园港建设国家物流枢纽，推进长江上游航运中心建设，发展铁水联运、江海联运。")
    art(8, "支持重庆江北国际机场拓展至东南亚、南亚的国际货运航线，发展空铁联运、空陆联运。")

    heading(doc, "第三章  运营服务", "Heading 1")
    art(9, "市人民政府应当支持陆海新通道运营平台公司整合货源、优化线路，提高班列、班车开行质量和效益。",
        "运营平台公司应当公开服务标准、收费项目和收费标准，不得实施不正当竞争行为。")
    art(10, "市口岸物流部门应当会同有关部门推进下列工作：",
        items=["（一）推行多式联运“一单制”“一箱制”，实现“一次委托、一口报价、一单到底”；",
               "（二）建设陆海新通道公共信息平台，促进运输、通关、金融等信息互联共享；",
               "（三）推动铁路运单物权化改革，拓展铁路运单融资服务；",
               "（四）支持在沿线国家和地区布局海外仓、集结中心和分拨中心。"])
    art(11, "海关应当推行“铁路快通”“属地查检”等便利化措施，与沿线海关开展“一次申报、一次查验、一次放行”合作。")
    art(12, "鼓励金融机构开发适应陆海新通道物流、贸易特点的金融产品，为通道沿线企业提供结算、融资、保险等服务。")

    heading(doc, "第四章  通道经济", "Heading 1")
    art(13, "市、区县（自治县）人民政府应当依托陆海新通道发展临港产业、枢纽经济，支持电子信息、汽车摩托车、装备制造等产业利用通道拓展国际市场。")
    art(14, "支持中国（重庆）自由贸易试验区、中新（重庆）战略性互联互通示范项目、重庆两江新区等开放平台在通道建设中先行先试。")

    heading(doc, "第五章  附  则", "Heading 1")
    art(15, "本条例自2026年12月1日起施行。",
        "2018年11月30日重庆市第五届人民代表大会常务委员会第七次会议通过的《重庆市国际物流通道建设促进条例》同时废止。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市西部陆海新通道促进条例",
            "doc_number": "〔六届〕第38号",
            "issuer": ["重庆市人民代表大会常务委员会"],
            "date": "2026-09-25",
            "published": None,
            "level": "provincial",
            "region": "重庆市",
            "effective": "2026-12-01",
            "expires": None,
            "attachments": [],
            "doc_type": "条例",
            "recipients": [],
            "publicity": None,
            "repeals": "重庆市国际物流通道建设促进条例",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_guangxi(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
