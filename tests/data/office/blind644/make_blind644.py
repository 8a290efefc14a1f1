# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 644: 自贸片区行政审批局 政务服务事项实施清单 (label/value tables)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_run_font(run, name=FS, size=16, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def new_doc(body_font=FS, body_size=16):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    return doc


def fmt(p, align=None, first=None, before=0, after=0, line=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
    return p


def add_par(container, text="", font=FS, size=16, bold=None, align=None,
            first=None, line=28, color=None):
    p = container.add_paragraph()
    fmt(p, align=align, first=first, line=line)
    if text:
        set_run_font(p.add_run(text), font, size, bold, color)
    return p


def add_runs(container, parts, size=16, align=None, first=32, line=28):
    """parts: list of (text, font, bold)."""
    p = container.add_paragraph()
    fmt(p, align=align, first=first, line=line)
    for text, font, bold in parts:
        set_run_font(p.add_run(text), font, size, bold)
    return p


def red_bottom_border(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="4" '
        'w:color="FF0000"/></w:pBdr>' % (nsdecls("w"), sz))
    ppr.append(bdr)


def add_page_field(p, font=FS, size=14, instr="PAGE"):
    r = p.add_run()
    set_run_font(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._element.append(f1); r._element.append(it); r._element.append(f2)
    r._element.append(t); r._element.append(f3)


def footer_dash_page(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run("— "), "宋体", 14)
    add_page_field(p, "宋体", 14)
    set_run_font(p.add_run(" —"), "宋体", 14)


def footer_page_of(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run("第 "), FS, 10.5)
    add_page_field(p, FS, 10.5, "PAGE")
    set_run_font(p.add_run(" 页  共 "), FS, 10.5)
    add_page_field(p, FS, 10.5, "NUMPAGES")
    set_run_font(p.add_run(" 页"), FS, 10.5)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)
    tcpr = cell._tc.get_or_add_tcPr()
    w = tcpr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW"); tcpr.append(w)
    w.set(qn("w:w"), str(int(cm * 567))); w.set(qn("w:type"), "dxa")


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign"); v.set(qn("w:val"), "center"); tcpr.append(v)


def table_borders(table, none=False, top_bottom_only=False):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if none or (top_bottom_only and edge in ("left", "right", "insideV")):
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6" if not top_bottom_only else "8")
            e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def cell_write(cell, paras, size=12, font=FS, align=None, first=None, line=20, bold=None):
    """paras: list of str; a '\n' inside a str becomes a soft line break."""
    first_p = True
    for text in paras:
        p = cell.paragraphs[0] if first_p else cell.add_paragraph()
        first_p = False
        fmt(p, align=align, first=first, line=line)
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_run_font(r, font, size, bold)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return cell


def flat(paras):
    return "".join(t.replace("\n", "") for t in paras)


def row_clause(label, paras):
    return "%s：%s" % (label, flat(paras).strip())


# -------------------- Word auto numbering for luzhou (decimal + （n）)
class Numbering:
    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.element
        self.abs_id = 90
        absxml = (
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="24"/></w:rPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="480"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="24"/></w:rPr></w:lvl>'
            '</w:abstractNum>' % (nsdecls("w"), self.abs_id, FS, FS, FS, FS, FS, FS))
        absel = parse_xml(absxml)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absel)
        else:
            self.numbering.append(absel)
        self.next_id = 900

    def new_list(self):
        nid = self.next_id
        self.next_id += 1
        numxml = (
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
            '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride>'
            '</w:num>' % (nsdecls("w"), nid, self.abs_id))
        self.numbering.append(parse_xml(numxml))
        return nid


def set_num(p, numid, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), ilvl, numid))
    ppr.insert(0, numpr)


def spaced(label):
    """distribute a 4-char label with spaces, as offices do for alignment."""
    return " ".join(label) if len(label) == 4 else label


def fix_widths(table, widths_cm):
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567))); tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))


# ---------------------------------------------------------------- generic table
def label_value_table(doc, rows, label_w=3.4, value_w=12.2, size=12,
                      label_font=HT, spaced_labels=False, autonum=None,
                      trailing_empty=False):
    """rows: list of (label, paras, mode). mode: None | 'auto1' | 'auto2'.
    For auto modes, paras are (level, text) tuples and Word numbering supplies the number."""
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    table_borders(t)
    fix_widths(t, [label_w, value_w])
    clauses = []
    for label, paras, mode in rows:
        r = t.add_row()
        c0, c1 = r.cells
        set_cell_width(c0, label_w); set_cell_width(c1, value_w)
        shown = spaced(label) if spaced_labels else label
        cell_write(c0, [shown], size=size, font=label_font, align=WD_ALIGN_PARAGRAPH.CENTER)
        vcenter(c0)
        if mode in ("auto1", "auto2"):
            nid = autonum.new_list()
            first = True
            texts = []
            counters = [0, 0]
            for lvl, text in paras:
                p = c1.paragraphs[0] if first else c1.add_paragraph()
                first = False
                fmt(p, line=20)
                set_num(p, nid, lvl)
                set_run_font(p.add_run(text), FS, size)
                if lvl == 0:
                    counters[0] += 1; counters[1] = 0
                    texts.append("%d.%s" % (counters[0], text))
                else:
                    counters[1] += 1
                    texts.append("（%d）%s" % (counters[1], text))
            clauses.append(row_clause(label, texts))
        else:
            cell_write(c1, paras, size=size)
            if trailing_empty and label in ("申请材料", "设定依据"):
                c1.add_paragraph()
            clauses.append(row_clause(label, paras))
    return t, clauses


# ================================================================ file 1: 南沙（通知 + 附件清单）
NS_ORGAN = "广州南沙经济技术开发区行政审批局"
NS_REGION = "中国（广东）自由贸易试验区广州南沙新区片区"
NS_LIST_TITLE = "广州南沙经济技术开发区行政审批局政务服务事项实施清单（2025年版）"
NS_TITLE = "关于印发《%s》的通知" % NS_LIST_TITLE
NS_NO = "穗南开审批〔2025〕11号"

NS_ITEMS = [
    ("一、外商投资企业设立登记（有限责任公司）", [
        ("事项名称", ["外商投资企业设立登记（有限责任公司）"]),
        ("事项编码", ["11440115MB2C91234H4440115001000"]),
        ("事项类型", ["行政许可"]),
        ("设定依据", [
            "《中华人民共和国公司法》第二十九条第一款：设立公司，应当依法向公司登记机关申请设立登记。",
            "《中华人民共和国外商投资法》第三十一条：外商投资企业的组织形式、组织机构及其活动准则，适用《中华人民共和国公司法》《中华人民共和国合伙企业法》等法律的规定。",
            "《中华人民共和国市场主体登记管理条例》第三条第一款：市场主体应当依照本条例办理登记。未经登记，不得以市场主体名义从事经营活动。",
            "《广东省商事登记条例》第十一条：申请人应当对申请材料的真实性、合法性、有效性负责。",
        ]),
        ("受理条件", [
            "1.申请人为外国投资者或者其委托的代理人；",
            "2.拟设立企业不属于《外商投资准入特别管理措施（负面清单）》规定的禁止投资领域；属于限制投资领域的，符合负面清单规定的股权要求、高级管理人员要求等限制性准入特别管理措施；",
            "3.企业名称、住所、经营范围等登记事项符合法律法规规定；",
            "4.申请材料齐全、符合法定形式。",
        ]),
        ("申请材料", [
            "1.《公司登记（备案）申请书》（原件1份）；",
            "2.公司章程（原件1份，由全体股东签署）；",
            "3.股东主体资格证明：",
            "（1）外国企业股东提交经所在国公证机关公证并经我国驻该国使（领）馆认证的主体资格证明，或者按照《取消外国公文书认证要求的公约》办理附加证明书的主体资格证明；",
            "（2）外国自然人股东提交护照复印件；",
            "（3）港澳投资者提交当地公证机构公证的主体资格证明或者身份证明文件；",
            "4.法定代表人、董事、监事和经理的任职文件及身份证件复印件；",
            "5.住所使用证明（通过南沙区“住所申报”系统自主申报的，无需提交）；",
            "6.法律文件送达授权委托书（外国投资者提交，原件1份）。",
        ]),
        ("办理流程", [
            "1.申请：申请人通过广东政务服务网“开办企业一网通”平台或者现场窗口提交申请；",
            "2.受理：窗口收件后对申请材料进行形式审查，符合要求的当场受理，不符合要求的一次性告知需补正的内容；",
            "3.审查与决定：审批人员对申请材料进行审查，作出准予登记或者不予登记的决定；",
            "4.送达：准予登记的，发放营业执照（可选择邮寄送达或者领取电子营业执照）。",
        ]),
        ("法定办结时限", ["3个工作日"]),
        ("承诺办结时限", ["即办（材料齐全、符合法定形式的，当场办结）"]),
        ("收费标准", ["不收费"]),
        ("咨询电话", ["020-39078600"]),
        ("监督电话", ["020-39078699；12345"]),
        ("办理地点", ["广州市南沙区凤凰大道1号南沙区政务服务中心一楼商事登记专区A01—A12号窗口\n（工作日上午9:00—12:00，下午13:30—17:30）"]),
    ]),
    ("二、外商投资项目备案", [
        ("事项名称", ["外商投资项目备案"]),
        ("事项编码", ["11440115MB2C91234H4440115007000"]),
        ("事项类型", ["其他行政权力"]),
        ("设定依据", [
            "《企业投资项目核准和备案管理条例》（国务院令第673号）第三条第二款：对前款规定以外的项目，实行备案管理。除国务院另有规定的，实行备案管理的项目按照属地原则备案，备案机关及其权限由省、自治区、直辖市和计划单列市人民政府规定。",
            "《外商投资项目核准和备案管理办法》（国家发展和改革委员会令第12号）第十八条：外商投资项目备案需符合国家有关法律法规、发展规划、产业政策及准入标准，符合外商投资准入特别管理措施有关规定。",
            "《广东省企业投资项目核准和备案管理办法》第二十三条：实行备案管理的项目，项目单位应当在开工建设前通过在线平台将项目信息告知备案机关。",
        ]),
        ("受理条件", [
            "1.项目单位为依法设立的外商投资企业或者外国投资者；",
            "2.项目不属于《外商投资准入特别管理措施（负面清单）》禁止投资领域，不属于实行核准管理的项目；",
            "3.项目建设地点位于南沙经济技术开发区（中国（广东）自由贸易试验区广州南沙新区片区）范围内；",
            "4.项目单位已通过广东省投资项目在线审批监管平台如实填报项目信息。",
        ]),
        ("申请材料", [
            "1.项目备案信息表，包括：",
            "（1）项目单位基本情况；",
            "（2）项目名称、建设地点、建设规模、建设内容；",
            "（3）项目总投资额及资金来源；",
            "（4）项目符合产业政策的声明；",
            "2.外国投资者主体资格证明或者外商投资企业营业执照（通过电子证照共享获取的，免于提交）。",
        ]),
        ("办理流程", [
            "项目单位在线填报→备案机关核对信息→在线平台出具备案证明→项目单位自行打印或者下载。",
        ]),
        ("法定办结时限", ["即时（备案机关收到规定的全部信息即为备案）"]),
        ("承诺办结时限", ["即办"]),
        ("收费标准", ["不收费"]),
        ("咨询电话", ["020-39078632"]),
        ("监督电话", ["020-39078699；12345"]),
        ("办理地点", ["广州市南沙区凤凰大道1号南沙区政务服务中心二楼投资项目审批专区B05号窗口"]),
    ]),
]

NS_BODY = [
    ("p", "为深入贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号）要求，进一步推进中国（广东）自由贸易试验区广州南沙新区片区政务服务标准化建设，我局对片区依申请政务服务事项的实施要素进行了全面梳理，编制形成《%s》（以下简称《实施清单》），现印发给你们，请认真遵照执行。现将有关事项通知如下：" % NS_LIST_TITLE),
    ("h", "一、清单的主要内容"),
    ("p", "《实施清单》按照“一事项一清单”的原则，逐项明确事项名称、事项编码、事项类型、设定依据、受理条件、申请材料、办理流程、法定办结时限、承诺办结时限、收费标准、咨询电话、监督电话和办理地点等要素。本次发布商事登记和企业投资类事项2项，其余事项将分批次动态发布。"),
    ("h", "二、工作要求"),
    ("r", "（一）严格按清单办理。", "各窗口单位要严格按照《实施清单》受理和办理事项，不得擅自增加办理条件、申请材料和办理环节，不得要求申请人提供清单以外的证明材料。对材料齐全、符合法定形式的，应当场受理；对材料不全的，应一次性告知需要补正的全部内容。"),
    ("r", "（二）落实承诺时限。", "各业务科室要按照承诺办结时限压茬推进审批工作，对超过承诺办结时限仍未办结的事项，由政务服务科督办并纳入季度绩效考评。"),
    ("r", "（三）做好公开和解读。", "各单位要在广东政务服务网、南沙区人民政府门户网站及政务服务中心办事大厅同步公开《实施清单》，并通过“粤商通”等平台做好政策解读和咨询服务。"),
    ("r", "（四）建立动态调整机制。", "因法律法规立改废释或者机构职能调整需要变更实施要素的，相关业务科室应当在变更依据生效之日起10个工作日内提出调整意见，报我局政务服务标准化工作专班审核后更新发布。"),
    ("h", "三、施行时间"),
    ("p", "《实施清单》自2025年4月1日起施行，有效期至2030年3月31日。《广州南沙经济技术开发区行政审批局关于印发政务服务事项办事指南（2021年版）的通知》（穗南开审批〔2021〕6号）同时废止。"),
    ("p", "执行中遇到的问题，请及时向我局政务服务科反映。联系人：陈晓琳，电话：020-39078615。"),
]


def build_nansha():
    doc = new_doc()
    footer_dash_page(doc.sections[0])
    # 红头
    add_par(doc, "", line=28)
    p = add_par(doc, NS_ORGAN + "文件", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
                color=RED, line=None)
    p.paragraph_format.space_before = Pt(40)
    add_par(doc, "")
    p = add_par(doc, NS_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_bottom_border(p)
    add_par(doc, "")
    # 标题（两行，软回车）
    p = add_par(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    r = set_run_font(p.add_run("关于印发《广州南沙经济技术开发区"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = set_run_font(p.add_run("行政审批局政务服务事项实施清单"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_run_font(p.add_run("（2025年版）》的通知"), XBS, 22)
    add_par(doc, "")
    add_par(doc, "区直各有关单位，各镇（街）便民服务中心，南沙片区各驻区单位：")
    clauses = []
    for item in NS_BODY:
        if item[0] == "p":
            add_par(doc, item[1], first=32); clauses.append(item[1])
        elif item[0] == "h":
            add_par(doc, item[1], HT, 16, first=32)
        else:
            add_runs(doc, [(item[1], KT, True), (item[2], FS, False)])
            clauses.append(item[1] + item[2])
    add_par(doc, "")
    p = add_par(doc, "附件：" + NS_LIST_TITLE.replace("（2025年版）", ""), first=32)
    # 附件名称折行：手工空格对齐
    r = p.runs[0]
    r.add_break(WD_BREAK.LINE)
    set_run_font(p.add_run("      （2025年版）"), FS, 16)
    add_par(doc, "")
    add_par(doc, "")
    add_par(doc, "")
    add_par(doc, "广州南沙经济技术开发区行政审批局      ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, "2025年3月18日            ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, "")
    add_par(doc, "（此件公开发布）", first=32)
    add_par(doc, "")
    # 版记表格
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, top_bottom_only=True)
    cell_write(t.cell(0, 0), ["抄送：区委办公室，区政府办公室，区政务服务和数据管理局。"], size=14, first=None, line=28)
    cell_write(t.cell(1, 0), ["广州南沙经济技术开发区行政审批局办公室          2025年3月18日印发"], size=14, line=28)

    # 附件
    doc.add_page_break()
    add_par(doc, "附件", HT, 16)
    add_par(doc, "")
    add_par(doc, NS_LIST_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    add_par(doc, "")
    list_clauses = []
    for idx, (head, rows) in enumerate(NS_ITEMS):
        if idx:
            add_par(doc, "")
        add_par(doc, head, HT, 16, first=32)
        _, cl = label_value_table(doc, [(l, v, None) for l, v in rows],
                                  label_w=3.6, value_w=12.0, size=12, label_font=HT)
        list_clauses += cl
    out = os.path.join(HERE, "blind644_nansha_tongzhi.docx")
    doc.save(out)

    common = {
        "issuer": [NS_ORGAN], "date": "2025-03-18", "published": None,
        "level": "zone", "region": NS_REGION,
        "effective": "2025-04-01", "expires": "2030-03-31",
    }
    notice = dict(title=NS_TITLE, doc_number=NS_NO, **common)
    notice.update({
        "attachments": [NS_LIST_TITLE], "doc_type": "通知",
        "recipients": ["区直各有关单位", "各镇（街）便民服务中心", "南沙片区各驻区单位"],
        "publicity": "此件公开发布",
        "repeals": "《广州南沙经济技术开发区行政审批局关于印发政务服务事项办事指南（2021年版）的通知》（穗南开审批〔2021〕6号）",
    })
    lst = dict(title=NS_LIST_TITLE, doc_number=None, **common)
    lst.update({"attachments": [], "doc_type": "清单", "recipients": [],
                "publicity": None, "repeals": None})
    return out, [{"meta": notice, "clauses": clauses},
                 {"meta": lst, "clauses": list_clauses}]


# ================================================================ file 2: 厦门片区 清单
XM_ORGAN = "中国（福建）自由贸易试验区厦门片区管理委员会行政审批局"
XM_REGION = "中国（福建）自由贸易试验区厦门片区"
XM_TITLE = "中国（福建）自由贸易试验区厦门片区港航物流类政务服务事项实施清单（2025年版）"

XM_NOTES = [
    "1.本清单依据《福建省政务服务事项实施清单编制规范》编制，收录厦门片区管理委员会行政审批局实施的港航物流类依申请政务服务事项2项。",
    "2.清单所列承诺办结时限均以工作日计算，不含申请人补正材料、现场核查、专家评审和公示等时间。",
    "3.申请人可以通过“闽政通”APP、福建省网上办事大厅或者现场窗口申请办理，片区实行“一窗受理、集成服务”。",
    "4.清单实行动态管理，实施要素发生变化的，以福建省网上办事大厅公布的最新版本为准。",
]

XM_ITEMS = [
    ("事项一", "港口经营许可", [
        ("事项名称", ["港口经营许可"]),
        ("事项编码", ["11350200MB1D45678K4350200012000"]),
        ("事项类型", ["行政许可"]),
        ("设定依据", [
            "（1）《中华人民共和国港口法》第二十二条第一款：从事港口经营，应当向港口行政管理部门书面申请取得港口经营许可，并依法办理工商登记。",
            "（2）《港口经营管理规定》第七条：从事港口经营，应当申请取得港口经营许可。实行港口经营许可，应当遵循公开、公正、公平、便民的原则。",
            "（3）《福建省港口条例》第二十五条：港口经营人应当按照许可的经营范围从事港口经营活动，不得超越许可范围经营。",
        ]),
        ("受理条件", [
            "1.有固定的经营场所；",
            "2.有与经营范围、规模相适应的港口设施、设备，其中码头、客运站、库场、储罐、污水处理设施等固定设施应当符合港口总体规划和法律、法规及有关技术标准的要求；",
            "3.有与经营规模、范围相适应的专业技术人员、管理人员；",
            "4.有健全的经营管理制度和安全管理制度以及生产安全事故应急预案，应急预案经专家审查通过。",
        ]),
        ("申请材料", [
            "1.港口经营许可申请书（原件1份）；",
            "2.企业法人营业执照（通过电子证照共享获取的，免于提交）；",
            "3.经营场所证明材料：",
            "（1）自有场所的，提供不动产权证书；",
            "（2）租赁场所的，提供租赁合同及出租方权属证明；",
            "4.港口设施、设备清单及相关证明材料：",
            "（1）码头、库场等固定设施竣工验收合格证明；",
            "（2）装卸机械设备购置合同或者发票、检验合格证明；",
            "5.专业技术人员、管理人员名单及其资格证书；",
            "6.经营管理制度、安全管理制度和生产安全事故应急预案及专家评审意见。",
        ]),
        ("办理流程", ["申请—受理—审查（含现场核查）—决定—制证送达。申请人可以选择窗口领取或者免费邮寄送达许可证件。"]),
        ("法定办结时限", ["30个工作日"]),
        ("承诺办结时限", ["8个工作日"]),
        ("收费标准", ["不收费"]),
        ("咨询电话", ["0592-6890521"]),
        ("监督电话", ["0592-6890500；12345"]),
        ("办理地点", ["厦门市湖里区象屿路93号厦门国际航运中心C栋1楼厦门片区政务服务中心港航综合窗口（18—20号窗口）"]),
    ]),
    ("事项二", "道路货物运输经营许可（不含危险货物）", [
        ("事项名称", ["道路货物运输经营许可（不含危险货物）"]),
        ("事项编码", ["11350200MB1D45678K4350200027000"]),
        ("事项类型", ["行政许可"]),
        ("设定依据", [
            "（1）《中华人民共和国道路运输条例》第二十四条第一款：申请从事货运经营的，应当依法向市场监督管理部门办理有关登记手续后，向县级道路运输管理机构提出申请，并提交符合本条例第二十一条规定条件的相关材料。",
            "（2）《道路货物运输及站场管理规定》第十条：申请从事道路货物运输经营的，应当依法向市场监督管理部门办理有关登记手续后，向县级交通运输主管部门提出申请。",
            "（3）《福建省道路运输条例》第十六条：从事道路货物运输经营的，应当依法取得道路运输经营许可证。",
        ]),
        ("受理条件", [
            "1.有与其经营业务相适应并经检测合格的车辆；",
            "2.有符合规定条件的驾驶人员；",
            "3.有健全的安全生产管理制度；",
            "4.申请人已依法办理市场主体登记。",
        ]),
        ("申请材料", [
            "1.道路货物运输经营申请表；",
            "2.负责人身份证明，经办人的身份证明和委托书；",
            "3.机动车辆行驶证、车辆技术等级评定结论复印件；拟投入运输车辆的，提交承诺书，承诺书应当包括：",
            "（1）车辆数量；",
            "（2）车辆类型；",
            "（3）技术性能；",
            "（4）投入时间；",
            "4.聘用或者拟聘用驾驶员的机动车驾驶证、从业资格证及其复印件；",
            "5.安全生产管理制度文本。",
        ]),
        ("办理流程", ["申请—受理—审查—决定—送达。准予许可的，核发《道路运输经营许可证》；不予许可的，书面说明理由。"]),
        ("法定办结时限", ["20日"]),
        ("承诺办结时限", ["3个工作日"]),
        ("收费标准", ["不收费"]),
        ("咨询电话", ["0592-6890526"]),
        ("监督电话", ["0592-6890500；12345"]),
        ("办理地点", ["厦门市湖里区象屿路93号厦门国际航运中心C栋1楼厦门片区政务服务中心港航综合窗口（21号窗口）"]),
    ]),
]
XM_TAIL = "注：使用总质量4500千克及以下普通货运车辆从事普通货运经营的，无需按照本事项申请取得道路运输经营许可，也无需为车辆办理道路运输证。"


def build_xiamen():
    doc = new_doc()
    footer_page_of(doc.sections[0])
    add_par(doc, "")
    p = add_par(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = set_run_font(p.add_run("中国（福建）自由贸易试验区厦门片区"), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_run_font(p.add_run("港航物流类政务服务事项实施清单"), XBS, 22)
    add_par(doc, "（2025年版）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_par(doc, "")
    add_par(doc, "编制说明", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    clauses = []
    for n in XM_NOTES:
        add_par(doc, n, first=32); clauses.append(n)
    for num, name, rows in XM_ITEMS:
        # new page for each item; heading typed as bold runs in a normal paragraph
        doc.add_page_break()
        p = add_par(doc, "", first=0, line=30)
        set_run_font(p.add_run(num), HT, 16, True)
        set_run_font(p.add_run("  "), FS, 16)
        set_run_font(p.add_run(name), FS, 16, True)
        add_par(doc, "", line=12)
        _, cl = label_value_table(doc, [(l, v, None) for l, v in rows],
                                  label_w=3.2, value_w=12.4, size=12,
                                  label_font=FS, trailing_empty=True)
        # bold labels
        clauses += cl
    add_par(doc, XM_TAIL, KT, 14, first=28)
    clauses.append(XM_TAIL)
    add_par(doc, "")
    add_par(doc, "")
    add_par(doc, "中国（福建）自由贸易试验区厦门片区", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, "管理委员会行政审批局    ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, "2025年9月26日      ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    out = os.path.join(HERE, "blind644_xiamen_qingdan.docx")
    doc.save(out)
    meta = {
        "title": XM_TITLE, "doc_number": None, "issuer": [XM_ORGAN],
        "date": "2025-09-26", "published": None, "level": "zone",
        "region": XM_REGION, "effective": None, "expires": None,
        "attachments": [], "doc_type": "清单", "recipients": [],
        "publicity": None, "repeals": None,
    }
    return out, [{"meta": meta, "clauses": clauses}]


# ================================================================ file 3: 川南临港片区（Word 自动编号、分散对齐标签）
LZ_ORGAN = "中国（四川）自由贸易试验区川南临港片区行政审批局"
LZ_REGION = "中国（四川）自由贸易试验区川南临港片区"
LZ_TITLE = "中国（四川）自由贸易试验区川南临港片区行政审批局政务服务事项实施清单（工程建设项目审批类）"
LZ_INTRO = [
    "为深化工程建设项目审批制度改革，推进政务服务事项标准化、规范化、便利化，根据《四川省政务服务事项实施清单管理办法》等规定，现将川南临港片区行政审批局实施的工程建设项目审批类政务服务事项实施清单公布如下。",
]
LZ_ITEMS = [
    ("建设工程规划许可证核发", [
        ("事项名称", ["建设工程规划许可证核发"], None),
        ("事项编码", ["11510500MB1E23456P4510500003000"], None),
        ("事项类型", ["行政许可"], None),
        ("设定依据", [
            "《中华人民共和国城乡规划法》第四十条第一款：\n在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城市、县人民政府城乡规划主管部门或者省、自治区、直辖市人民政府确定的镇人民政府申请办理建设工程规划许可证。",
            "《四川省城乡规划条例》第四十六条：\n申请办理建设工程规划许可证，应当提交使用土地的有关证明文件、建设工程设计方案等材料。",
            "《四川省人民政府关于向中国（四川）自由贸易试验区川南临港片区下放部分省级行政职权事项的决定》：\n将建设工程规划许可证核发等事项交由川南临港片区管理机构实施。",
        ], None),
        ("受理条件", [
            (0, "申请人已取得建设用地规划许可证或者不动产权证书；"),
            (0, "建设工程设计方案已通过审查；"),
            (0, "建设项目符合控制性详细规划和规划条件；"),
            (0, "申请材料齐全，符合法定形式。"),
        ], "auto1"),
        ("申请材料", [
            (0, "建设工程规划许可申请表（原件1份）；"),
            (0, "建设工程设计方案图纸，包括："),
            (1, "总平面图（1:500或者1:1000）；"),
            (1, "建筑单体平、立、剖面图；"),
            (1, "设计方案电子报批文件；"),
            (0, "土地权属证明材料（通过共享获取的，免于提交）；"),
            (0, "授权委托书及受托人身份证明（委托办理的提供）。"),
        ], "auto2"),
        ("办理流程", ["网上申报→窗口受理→审查→批准→发证。\n申请人可以通过四川省工程建设项目审批管理系统全程网上办理。"], None),
        ("法定办结时限", ["20个工作日"], None),
        ("承诺办结时限", ["5个工作日"], None),
        ("收费标准", ["不收费"], None),
        ("咨询电话", ["0830-3636218"], None),
        ("监督电话", ["0830-3636200；12345"], None),
        ("办理地点", ["泸州市龙马潭区川南临港片区综合服务中心2楼工程建设项目审批专区（8号窗口）"], None),
    ]),
    ("建筑工程施工许可证核发", [
        ("事项名称", ["建筑工程施工许可证核发"], None),
        ("事项编码", ["11510500MB1E23456P4510500009000"], None),
        ("事项类型", ["行政许可"], None),
        ("设定依据", [
            "《中华人民共和国建筑法》第七条第一款：\n建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；但是，国务院建设行政主管部门确定的限额以下的小型工程除外。",
            "《建筑工程施工许可管理办法》第二条第一款：\n在中华人民共和国境内从事各类房屋建筑及其附属设施的建造、装修装饰和与其配套的线路、管道、设备的安装，以及城镇市政基础设施工程的施工，建设单位在开工前应当依照本办法的规定，向工程所在地的县级以上地方人民政府住房城乡建设主管部门申请领取施工许可证。",
        ], None),
        ("受理条件", [
            (0, "依法应当办理用地批准手续的，已经办理；"),
            (0, "依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证；"),
            (0, "施工场地已经基本具备施工条件，需要征收房屋的，其进度符合施工要求；"),
            (0, "已经确定施工企业；"),
            (0, "有满足施工需要的资金安排、施工图纸及技术资料，建设单位已按规定组织施工图设计文件审查；"),
            (0, "有保证工程质量和安全的具体措施。"),
        ], "auto1"),
        ("申请材料", [
            (0, "建筑工程施工许可证申请表（原件1份）；"),
            (0, "施工合同（通过共享获取的，免于提交）；"),
            (0, "建设资金已经落实承诺书；"),
            (0, "保证工程质量和安全的具体措施材料，包括："),
            (1, "工程质量安全承诺书；"),
            (1, "施工组织设计（含危险性较大的分部分项工程专项施工方案）；"),
            (1, "监理合同（依法应当委托监理的工程提供）。"),
        ], "auto2"),
        ("办理流程", ["网上申报→窗口受理→审查→决定→发证（电子证照同步推送）。"], None),
        ("法定办结时限", ["7日"], None),
        ("承诺办结时限", ["1个工作日"], None),
        ("收费标准", ["不收费"], None),
        ("咨询电话", ["0830-3636225"], None),
        ("监督电话", ["0830-3636200；12345"], None),
        ("办理地点", ["泸州市龙马潭区川南临港片区综合服务中心2楼工程建设项目审批专区（9号窗口）"], None),
    ]),
]
LZ_TAIL = [
    "本清单所称“工作日”不含法定节假日；法定办结时限以“日”表述的，按照设定依据的规定执行。",
    "本清单由川南临港片区行政审批局负责解释。",
]


def build_luzhou():
    doc = new_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_run_font(hp.add_run("川南临港片区行政审批局·政务服务事项实施清单"), KT, 10.5)
    footer_dash_page(sec)
    num = Numbering(doc)
    # title in a layout table (no borders) — office habit
    lt = doc.add_table(rows=1, cols=1)
    table_borders(lt, none=True)
    c = lt.cell(0, 0)
    cell_write(c, ["中国（四川）自由贸易试验区川南临港片区行政审批局\n政务服务事项实施清单"], size=22, font=XBS,
               align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    p = c.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    set_run_font(p.add_run("（工程建设项目审批类）"), KT, 16)
    add_par(doc, "")
    clauses = []
    for t in LZ_INTRO:
        add_par(doc, t, first=32); clauses.append(t)
    for i, (name, rows) in enumerate(LZ_ITEMS):
        h = doc.add_heading(level=1)
        fmt(h, before=12, after=6, line=30)
        set_run_font(h.add_run(name), HT, 16, False, RGBColor(0, 0, 0))
        _, cl = label_value_table(doc, rows, label_w=3.0, value_w=12.6, size=12,
                                  label_font=HT, spaced_labels=True, autonum=num)
        clauses += cl
        add_par(doc, "", line=16)
    add_par(doc, "注：", HT, 14, first=28)
    # 注 paragraphs: hand-typed 1. 2.
    tails = ["%d.%s" % (i + 1, t) for i, t in enumerate(LZ_TAIL)]
    for t in tails:
        add_par(doc, t, FS, 14, first=28); clauses.append(t)
    add_par(doc, "")
    add_par(doc, "")
    add_par(doc, LZ_ORGAN, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, "2026年1月15日        ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    out = os.path.join(HERE, "blind644_luzhou_qingdan.docx")
    doc.save(out)
    meta = {
        "title": LZ_TITLE, "doc_number": None, "issuer": [LZ_ORGAN],
        "date": "2026-01-15", "published": None, "level": "zone",
        "region": LZ_REGION, "effective": None, "expires": None,
        "attachments": [], "doc_type": "清单", "recipients": [],
        "publicity": None, "repeals": None,
    }
    return out, [{"meta": meta, "clauses": clauses}]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_644", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    expected = {}
    for fn in (build_nansha, build_xiamen, build_luzhou):
        out, objs = fn()
        stem = os.path.splitext(os.path.basename(out))[0]
        expected[stem] = objs
        to_pdf(out)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
