# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 723: 省商务厅组织企业参加第九届进博会的通知 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=None, bold=None, color=None, west="Times New Roman"):
    run.font.name = west
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), east)
    rFonts.set(qn("w:ascii"), west)
    rFonts.set(qn("w:hAnsi"), west)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = Pt(left)


def add_runs(p, parts, default_font=FS, size=16):
    """parts: list of str or (text, font, bold). '\n' inside text -> soft line break."""
    for part in parts:
        if isinstance(part, str):
            text, font, bold = part, default_font, None
        else:
            text, font, bold = part
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            if i > 0:
                br_run = p.add_run()
                br_run.add_break(WD_BREAK.LINE)
            if ch:
                r = p.add_run(ch)
                set_font(r, font, size, bold)


def plain(parts):
    out = []
    for part in parts:
        out.append(part if isinstance(part, str) else part[0])
    return "".join(out).replace("\n", "")


def border_bottom(p, color="FF0000", sz=12, val="single"):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pBdr.append(b)
    pPr.append(pBdr)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)


def page_number_footer(doc, style="dash"):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if style == "dash" else WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


class Numbering:
    """Word automatic numbering (the visible number is not in the paragraph text)."""

    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.numbering_definitions._numbering
        self.next_abs = 700
        self.next_num = 700

    def new_list(self, numfmt, lvltext, first_line=640):
        aid = self.next_abs
        self.next_abs += 1
        abs_xml = (
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl></w:abstractNum>'
            % (nsdecls("w"), aid, numfmt, lvltext, first_line)
        )
        abs_el = parse_xml(abs_xml)
        nums = self.numbering.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(abs_el)
        else:
            self.numbering.append(abs_el)
        nid = self.next_num
        self.next_num += 1
        num_el = parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid, aid)
        )
        self.numbering.append(num_el)
        return nid

    @staticmethod
    def apply(p, nid):
        pPr = p._p.get_or_add_pPr()
        numPr = parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), nid)
        )
        pPr.insert(0, numPr)


def set_cell_text(cell, text, bold=False, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS):
    """text may contain '\n' -> separate paragraphs inside the cell."""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    # remove extra paragraphs that merging may have left
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(20)
        pf.first_line_indent = None
        if line:
            r = p.add_run(line)
            set_font(r, font, size, bold)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")
    )
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_key(text):
    return text.replace("\n", "")


class Builder:
    def __init__(self):
        self.doc = Document()
        page_setup(self.doc)
        self.clauses = []
        self.num = Numbering(self.doc)

    # body paragraph that is a clause
    def body(self, parts, clause=True, indent=True, numid=None, prefix="", font=FS):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=indent and numid is None)
        if numid is not None:
            Numbering.apply(p, numid)
        add_runs(p, parts, default_font=font)
        if clause:
            self.clauses.append(prefix + plain(parts))
        return p

    def heading(self, text, font=HT, bold=None):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        r = p.add_run(text)
        set_font(r, font, 16, bold)
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False)

    def center(self, text, font=XBS, size=22, line=36, color=None, bold=None):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=line)
        parts = text.split("\n")
        for i, t in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            r = p.add_run(t)
            set_font(r, font, size, bold, color)
        return p

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def attach_head(self, label, title, style="plain"):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        r = p.add_run(label)
        set_font(r, HT, 16)
        self.empty()
        self.center(title, XBS, 18, 30)
        self.empty()

    def form_table(self, rows, widths=(3.6, 4.2, 3.4, 4.4)):
        """rows: list of lists; len 2 -> label + value merged over cols 1..3; len 4 -> two pairs."""
        t = self.doc.add_table(rows=len(rows), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            cells = t.rows[i].cells
            for j, w in enumerate(widths):
                cells[j].width = Cm(w)
            if len(row) == 2:
                m = t.cell(i, 1).merge(t.cell(i, 3))
                set_cell_text(t.cell(i, 0), row[0], bold=True)
                set_cell_text(m, row[1], align=WD_ALIGN_PARAGRAPH.LEFT)
                self.clauses.append("%s：%s" % (cell_key(row[0]), cell_key(row[1])))
            else:
                for j in range(4):
                    set_cell_text(
                        t.cell(i, j), row[j], bold=(j % 2 == 0),
                        align=WD_ALIGN_PARAGRAPH.CENTER if j % 2 == 0 else WD_ALIGN_PARAGRAPH.LEFT,
                    )
                self.clauses.append(
                    "%s：%s；%s：%s" % (cell_key(row[0]), cell_key(row[1]), cell_key(row[2]), cell_key(row[3]))
                )
        return t

    def schedule_table(self, header, rows, widths=(2.2, 2.6, 4.6, 3.4, 3.0), hdr_repeat=False):
        """rows: [date, time, activity, place, people]; consecutive equal dates merged vertically."""
        t = self.doc.add_table(rows=len(rows) + 1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            set_cell_text(t.cell(0, j), h, bold=True, font=HT)
        if hdr_repeat:
            repeat_header(t.rows[0])
        for i, row in enumerate(rows):
            for j, w in enumerate(widths):
                t.rows[i + 1].cells[j].width = Cm(w)
            for j in range(1, len(header)):
                set_cell_text(t.cell(i + 1, j), row[j], size=11)
            key = "；".join("%s：%s" % (header[j], cell_key(row[j])) for j in range(len(header)))
            self.clauses.append(key)
        # vertical merges on the date column
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][0] == rows[i][0]:
                k += 1
            if k > i:
                m = t.cell(i + 1, 0).merge(t.cell(k + 1, 0))
                set_cell_text(m, rows[i][0], size=11)
            else:
                set_cell_text(t.cell(i + 1, 0), rows[i][0], size=11)
            i = k + 1
        return t

    def save(self, path):
        self.doc.save(path)


# ======================================================================= FUJIAN
def make_fujian():
    b = Builder()
    page_number_footer(b.doc)
    d = b.doc
    # red header
    b.empty()
    b.center("福建省商务厅文件", XBS, 48, 60, RED)
    b.empty()
    p = b.center("闽商务〔2026〕57号", FS, 16, 28)
    border_bottom(p, sz=18)
    b.empty()
    b.center("福建省商务厅关于组织企业参加第九届\n中国国际进口博览会有关事项的通知")
    b.empty()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_runs(p, ["各设区市商务局，平潭综合实验区经济发展局："])

    b.body(["第九届中国国际进口博览会（以下简称“进博会”）将于2026年11月5日至10日在上海国家会展中心举办。"
            "为做好我省交易团组织工作，充分发挥进博会国际采购、投资促进、人文交流、开放合作四大平台作用，"
            "推动我省企业扩大优质商品和服务进口，根据商务部和进博会组委会有关工作要求，现将有关事项通知如下："])

    b.heading("一、展会基本情况")
    items1 = [
        ("（一）举办时间和地点。", "2026年11月5日至10日，国家会展中心（上海）。其中，11月5日为开幕式及国家综合展开幕日，11月6日至10日为企业商业展开放日。"),
        ("（二）展会内容。", "本届进博会包括国家综合展、企业商业展、虹桥国际经济论坛和配套活动。企业商业展设食品及农产品、汽车、技术装备、消费品、医疗器械及医药保健、服务贸易六大展区，展览面积约36万平方米。"),
        ("（三）主办单位。", "商务部、上海市人民政府。"),
    ]
    for h, t in items1:
        b.body([(h, KT, None), t])
    b.empty()
    b.heading("二、组展安排")
    items2 = [
        ("（一）组建福建交易团。", "按照进博会组委会统一部署，我省组建福建交易团，由省商务厅牵头，各设区市和平潭综合实验区分别组建交易分团。各交易分团团长由当地政府分管负责同志担任，商务部门主要负责同志任副团长。"),
        ("（二）组织专业观众。", "各地要重点组织有进口需求的外贸企业、流通企业、跨境电商企业、大型商超以及中国（福建）自由贸易试验区、综合保税区内企业报名参会，确保专业观众数量和质量。福州、厦门、泉州交易分团专业观众注册人数原则上不少于1500人，其他交易分团不少于600人。"),
        ("（三）开展配套活动。", "交易团将于展会期间举办福建省进口贸易供需对接会、“丝路海运”及中欧班列（厦门）进口商品推介会等配套活动，具体安排见附件2。有意向参加配套活动的企业请在报名表中注明。"),
        ("（四）证件办理。", "专业观众证件实行实名制注册，由企业通过进博会官方网站进行注册，交易分团统一审核后提交交易团。注册截止时间为2026年10月15日，逾期系统不再受理。"),
    ]
    for h, t in items2:
        b.body([(h, KT, None), t])
    b.empty()
    b.heading("三、工作要求")
    items3 = [
        ("（一）高度重视，加强组织。", "各地要把组织参加进博会作为扩大进口、促进外贸稳规模优结构的重要举措，明确责任领导和联络员，细化工作方案，于2026年9月15日前将工作方案报送省商务厅。"),
        ("（二）突出重点，务求实效。", "要结合本地产业发展需求，重点组织先进技术设备、关键零部件、能源资源产品和优质消费品的采购商参会，推动达成一批实质性采购成果。各交易分团要做好成交情况统计，展会结束后5个工作日内报送成交数据。"),
        ("（三）严守纪律，确保安全。", "各地要严格执行中央八项规定及其实施细则精神，厉行节约，不得借参会名义安排与展会无关的活动。要落实安全责任，做好参会人员交通、住宿和安全保障工作。"),
        ("（四）按时报送材料。", "请各设区市商务局、平潭综合实验区经济发展局于2026年9月30日前将参展企业报名表（附件1）和回执（附件3）加盖公章后扫描发送至指定邮箱，纸质材料寄送省商务厅对外贸易处。"),
    ]
    for h, t in items3:
        b.body([(h, KT, True), t])
    b.body(["联系人：省商务厅对外贸易处 林晓峰，电话：0591-87851236，邮箱：fjswtwmc@163.com。"])
    b.empty()
    # attachment list, aligned with typed spaces
    att = ["第九届进博会福建交易团参展企业报名表", "第九届进博会福建交易团日程安排", "回执"]
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, ["附件：1." + att[0]])
    for n, a in enumerate(att[1:], start=2):
        p = d.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
        add_runs(p, ["\u3000\u3000\u3000%d.%s" % (n, a)])
    b.empty(3)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_runs(p, [" " * 52 + "福建省商务厅"])
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_runs(p, [" " * 50 + "2026年8月20日"])
    b.empty()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, ["（此件公开发布）"])

    # ---- 附件1
    b.page_break()
    b.attach_head("附件1", att[0])
    b.form_table([
        ["企业名称（盖章）", ""],
        ["统一社会信用代码", "", "所属设区市", ""],
        ["企业性质", "☐国有企业 ☐民营企业 ☐外商投资企业 ☐其他"],
        ["参展方式", "☐专业观众（采购商） ☐企业商业展展商"],
        ["意向采购类别", "☐食品及农产品 ☐汽车 ☐技术装备 ☐消费品 ☐医疗器械及医药保健 ☐服务贸易"],
        ["意向采购金额", "______万美元", "拟注册人数", "______人"],
        ["是否参加配套活动", "☐是 ☐否", "拟参加活动名称", ""],
        ["联系人", "", "职务", ""],
        ["手机", "", "电子邮箱", ""],
    ])
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=6)
    add_runs(p, [("填表说明：", HT, None)], size=14)
    for t in [
        "1.每家企业填写一份报名表，由所在设区市商务局汇总后统一报送。",
        "2.“企业性质”“参展方式”“意向采购类别”栏请在对应“☐”内打“√”，可多选。",
        "3.意向采购金额按美元填报，不确定的可填写预估区间。",
        "4.需办理证件的，请同步登录进博会官方网站完成实名注册。",
    ]:
        p = d.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=24)
        add_runs(p, [t], size=14)
        b.clauses.append(t)

    # ---- 附件2
    b.page_break()
    b.attach_head("附件2", att[1])
    b.schedule_table(
        ["日期", "时间", "活动", "地点", "参加人员"],
        [
            ["11月4日", "14:00—18:00", "交易团成员报到，领取证件", "交易团驻地酒店", "交易团全体成员"],
            ["11月4日", "19:30", "福建交易团工作会议", "驻地酒店二楼会议室", "各交易分团团长、联络员"],
            ["11月5日", "上午", "第九届进博会开幕式", "国家会展中心（上海）", "受邀嘉宾"],
            ["11月5日", "下午", "参观国家综合展", "国家会展中心（上海）", "交易团全体成员"],
            ["11月6日", "09:30—11:30", "福建省进口贸易供需对接会", "国家会展中心（上海）洽谈室", "各交易分团及采购企业代表"],
            ["11月6日", "14:00—16:30", "“丝路海运”及中欧班列（厦门）进口商品推介会", "虹桥国际会展汇", "福州、厦门、泉州交易分团及有关企业"],
            ["11月7日—10日", "全天", "分展区开展采购洽谈", "国家会展中心（上海）", "各交易分团"],
        ],
    )
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=6)
    add_runs(p, ["注：具体时间以进博会组委会最终通知为准。"], size=14)
    b.clauses.append("注：具体时间以进博会组委会最终通知为准。")

    # ---- 附件3
    b.page_break()
    b.attach_head("附件3", att[2])
    b.form_table([
        ["单位名称（盖章）", ""],
        ["联系人", "", "职务", ""],
        ["办公电话", "", "手机", ""],
        ["组织专业观众人数", "______人", "其中重点采购企业", "______家"],
        ["拟参加配套活动", "☐供需对接会 ☐进口商品推介会"],
    ])
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=True, before=6)
    t = "请于2026年9月30日前将回执发送至fjswtwmc@163.com。"
    add_runs(p, [t], size=14)
    b.clauses.append(t)

    # ---- 版记 in a layout table (top/bottom rules)
    b.empty(6)
    vt = d.add_table(rows=2, cols=1)
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    vt._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))
    set_cell_text(vt.cell(0, 0), "抄送：省贸促会，福州海关，厦门海关。", size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell_text(vt.cell(1, 0), "福建省商务厅办公室" + " " * 26 + "2026年8月20日印发", size=14,
                  align=WD_ALIGN_PARAGRAPH.LEFT)

    meta = {
        "title": "福建省商务厅关于组织企业参加第九届中国国际进口博览会有关事项的通知",
        "doc_number": "闽商务〔2026〕57号",
        "issuer": ["福建省商务厅"],
        "date": "2026-08-20",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "平潭综合实验区经济发展局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, meta


# ======================================================================= SICHUAN
def make_sichuan():
    b = Builder()
    page_number_footer(b.doc)
    d = b.doc
    # 信函格式 header: organ name + double red rule, 文号 right-aligned under it
    b.center("四川省商务厅", XBS, 40, 56, RED)
    p = d.add_paragraph()
    fmt(p, indent=False, line=8)
    border_bottom(p, sz=24, val="thinThickSmallGap")
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=6)
    add_runs(p, ["川商务函〔2026〕318号"])
    b.empty()
    # title typed as two separate paragraphs
    b.center("四川省商务厅关于组织企业参加第九届")
    b.center("中国国际进口博览会有关事项的通知")
    b.empty()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_runs(p, ["各市（州）商务主管部门，省级有关商协会："])

    b.body(["第九届中国国际进口博览会（以下简称进博会）将于2026年11月5日至10日在国家会展中心（上海）举办。"
            "按照商务部统一部署，我省继续组建四川交易团参会。为进一步扩大高水平对外开放，积极融入共建“一带一路”，"
            "推动进口与出口协调发展，现就组织企业参加第九届进博会有关事项通知如下。"])

    cn = "（%1）"
    b.heading("一、展会基本情况")
    nid = b.num.new_list("chineseCounting", cn)
    labels = ["（一）", "（二）", "（三）", "（四）"]
    sec1 = [
        ("时间地点。", "2026年11月5日至10日，国家会展中心（上海）。"),
        ("展会构成。", "第九届进博会由国家综合展、企业商业展、虹桥国际经济论坛、专业配套活动和人文交流活动组成。企业商业展设食品及农产品、汽车、技术装备、消费品、医疗器械及医药保健、服务贸易等展区，同期举办“一带一路”国家特色商品专区展示。"),
        ("参会对象。", "有进口需求的生产型企业、外贸企业、流通企业和跨境电商企业，中国（四川）自由贸易试验区、成都高新综合保税区、成都国际铁路港综合保税区等开放平台内企业，以及与中欧班列（成渝）相关的物流、贸易企业。"),
    ]
    for i, (h, t) in enumerate(sec1):
        b.body([(h, KT, True), t], numid=nid, prefix=labels[i])

    b.heading("二、组展安排")
    nid = b.num.new_list("chineseCounting", cn)
    b.body([("组团方式。", KT, True), "四川交易团由省商务厅牵头组建，各市（州）分别组建交易分团，省级有关商协会组建行业交易分团。各交易分团负责本地区、本行业专业观众的组织、注册、培训和服务保障工作。"],
           numid=nid, prefix="（一）")
    b.body([("报名方式。", KT, True), "采取线上注册与线下汇总相结合的方式，具体如下："], numid=nid, prefix="（二）")
    for t in [
        "1.专业观众注册。企业登录进博会官方网站（www.ciie.org）“专业观众注册”栏目，选择“四川交易团”及所属交易分团进行注册，注册截止时间为2026年10月20日。",
        "2.报名表报送。各交易分团汇总参展企业报名表（附件1），于2026年9月25日前报送省商务厅。",
        "3.证件领取。证件由交易团统一制作，于2026年11月3日前发放至各交易分团。",
    ]:
        b.body([t])
    b.body([("配套活动。", KT, True), "展会期间，交易团将举办四川—进博会展商供需对接会、中欧班列（成渝）进口商品推介会等活动，详见附件2。"],
           numid=nid, prefix="（三）")

    b.heading("三、工作要求")
    nid = b.num.new_list("chineseCounting", cn)
    sec3 = [
        ("提高政治站位。", "各市（州）商务主管部门要充分认识办好进博会的重大意义，将组织参会作为当前外贸工作的重点任务，主要负责同志亲自部署，分管负责同志具体落实。"),
        ("注重采购实效。", "要聚焦我省电子信息、装备制造、食品轻纺等重点产业需求，精准组织采购商与参展商开展对接，力争采购成交额较上届有所增长。"),
        ("加强安全管理。", "严格落实进博会安全管理各项规定，做好参会人员政治审核、安全教育和行前培训，确保参会安全有序。"),
        ("及时报送信息。", "各交易分团请于2026年9月25日前将回执（附件3）报送省商务厅对外贸易处，展会结束后3个工作日内报送成交情况。"),
    ]
    for i, (h, t) in enumerate(sec3):
        b.body([(h, KT, True), t], numid=nid, prefix=labels[i])
    b.body(["省商务厅对外贸易处联系人：王川，电话：028-83225016，邮箱：scswtjbh@163.com。"])
    b.body(["省贸促会展览部联系人：刘静，电话：028-86920315。"])
    b.empty()

    att = [
        "第九届中国国际进口博览会四川交易团参展企业报名表",
        "第九届中国国际进口博览会四川交易团日程安排",
        "回执",
    ]
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left=0)
    p.paragraph_format.first_line_indent = Pt(32)
    add_runs(p, ["附件：1." + att[0] + "\n" + "\u3000" * 5 + "2." + att[1] + "\n" + "\u3000" * 5 + "3." + att[2]])
    b.empty(2)

    # 落款 in a borderless layout table
    lt = d.add_table(rows=2, cols=2)
    no_borders(lt)
    set_cell_text(lt.cell(0, 1), "四川省商务厅", size=16)
    set_cell_text(lt.cell(1, 1), "二〇二六年八月二十六日", size=16)
    lt.autofit = False
    lt.columns[0].width = Cm(8.5)
    lt.columns[1].width = Cm(7.0)
    lt.cell(0, 0).width = Cm(8.5)
    lt.cell(0, 1).width = Cm(7.0)
    lt.cell(1, 0).width = Cm(8.5)
    lt.cell(1, 1).width = Cm(7.0)

    # ---- 附件1
    b.page_break()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_runs(p, [("附件1", HT, None)])
    b.empty()
    b.center("第九届中国国际进口博览会四川交易团\n参展企业报名表", XBS, 18, 30)
    b.empty()
    b.form_table([
        ["企业名称（盖章）", ""],
        ["统一社会信用代码", "", "所属市（州）", ""],
        ["企业类型", "☐生产企业 ☐外贸企业 ☐流通企业 ☐跨境电商企业 ☐其他"],
        ["所在开放平台", "☐自由贸易试验区 ☐综合保税区 ☐国家级经开区 ☐其他 ☐无"],
        ["意向采购展区", "☐食品及农产品 ☐汽车 ☐技术装备 ☐消费品 ☐医疗器械及医药保健 ☐服务贸易"],
        ["意向采购金额", "______万美元", "拟注册人数", "______人"],
        ["联系人及职务", "", "手机", ""],
    ])
    t = "说明：企业类型、所在开放平台、意向采购展区栏目请在对应“☐”内打“√”，可多选；表格不够可另附页。"
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False, before=6, line=24)
    add_runs(p, [t], size=14)
    b.clauses.append(t)

    # ---- 附件2
    b.page_break()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_runs(p, [("附件2", HT, None)])
    b.empty()
    b.center(att[1], XBS, 18, 30)
    b.empty()
    b.schedule_table(
        ["日期", "时间", "活动", "地点", "参加人员"],
        [
            ["11月4日", "全天", "报到、领取证件", "驻地酒店", "四川交易团全体成员"],
            ["11月4日", "20:00", "交易团工作会", "驻地酒店会议室", "各交易分团团长、联络员"],
            ["11月5日", "上午", "第九届进博会开幕式", "国家会展中心（上海）", "受邀嘉宾"],
            ["11月5日", "下午", "参观国家综合展和企业商业展", "国家会展中心（上海）", "四川交易团全体成员\n（含行业交易分团）"],
            ["11月6日", "09:30—11:30", "四川—进博会展商供需对接会", "国家会展中心（上海）洽谈室", "重点采购企业"],
            ["11月6日", "14:30—16:30", "中欧班列（成渝）进口商品推介会", "虹桥品汇", "成都、德阳、绵阳等交易分团"],
            ["11月7日至10日", "全天", "分展区采购洽谈", "国家会展中心（上海）", "各交易分团"],
        ],
    )

    # ---- 附件3
    b.page_break()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_runs(p, [("附件3", HT, None)])
    b.empty()
    b.center("回  执", XBS, 22, 36)
    b.empty()
    b.form_table([
        ["交易分团名称", ""],
        ["联系人", "", "手机", ""],
        ["已注册专业观众人数", "______人", "重点采购企业数", "______家"],
        ["拟参加活动", "☐供需对接会 ☐中欧班列（成渝）进口商品推介会"],
    ])
    t = "注：请于2026年9月25日前报送。"
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=6, line=24)
    add_runs(p, [t], size=14)
    b.clauses.append(t)

    meta = {
        "title": "四川省商务厅关于组织企业参加第九届中国国际进口博览会有关事项的通知",
        "doc_number": "川商务函〔2026〕318号",
        "issuer": ["四川省商务厅"],
        "date": "2026-08-26",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各市（州）商务主管部门", "省级有关商协会"],
        "publicity": None,
        "repeals": None,
    }
    return b, meta


# ======================================================================= HENAN
def make_henan():
    b = Builder()
    page_number_footer(b.doc)
    d = b.doc
    b.empty()
    b.center("河南省商务厅文件", XBS, 46, 60, RED)
    b.empty(2)
    b.center("豫商务〔2026〕41号", FS, 16, 28)
    p = d.add_paragraph()
    fmt(p, indent=False, line=10)
    border_bottom(p, sz=18)
    b.empty()
    b.center("河南省商务厅关于组织企业参加第九届中国国际进口博览会有关事项的通知")
    b.empty()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    add_runs(p, ["各省辖市商务局，济源示范区商务主管部门，郑州航空港经济综合实验区商务主管部门："])

    # opening with a soft line break in the middle of a sentence
    b.body(["第九届中国国际进口博览会（以下简称“进博会”）定于2026年11月5日至10日在国家会展中心（上海）举办。"
            "为贯彻落实省委、省政府关于稳外贸促开放的决策部署，发挥进博会溢出带动效应，\n助力我省打造内陆开放高地，"
            "经研究，决定组织我省企业参加第九届进博会。现将有关事项通知如下："])

    # headings typed as bold 仿宋 runs rather than 黑体
    b.heading("一、展会基本情况", font=FS, bold=True)
    for h, t in [
        ("（一）展会时间。", "2026年11月5日至10日（11月5日为开幕日，11月10日下午闭馆）。"),
        ("（二）展会地点。", "国家会展中心（上海），上海市青浦区崧泽大道333号。"),
        ("（三）展区设置。", "企业商业展设食品及农产品、汽车、技术装备、消费品、医疗器械及医药保健、服务贸易六大展区，同期设置“一带一路”沿线国家商品展示区和新品发布专区。"),
    ]:
        b.body([(h, FS, True), t])
    b.heading("二、组展安排", font=FS, bold=True)
    b.body([("（一）交易团组建。", FS, True), "河南交易团由省商务厅牵头，各省辖市、济源示范区、郑州航空港经济综合实验区分别组建交易分团，郑州新郑综合保税区、河南自贸试验区各片区组织区内企业随属地交易分团参会。"])
    b.body([("（二）组织重点。", FS, True), "重点组织以下企业参会："])
    nid = b.num.new_list("decimal", "%1.")
    for i, t in enumerate([
        "有进口需求的生产制造企业和大型商贸流通企业；",
        "跨境电商综合试验区内的跨境电商企业及供应链服务企业；",
        "依托中欧班列（中豫号）开展进口业务的物流和贸易企业；",
        "综合保税区内从事保税加工、保税物流和保税维修的企业。",
    ], start=1):
        b.body([t], numid=nid, prefix="%d." % i)
    b.body([("（三）专业观众注册。", FS, True), "专业观众须通过进博会官方网站实名注册，选择“河南交易团”及所属交易分团，注册截止日期为2026年10月15日。各交易分团负责审核本地区注册信息。"])
    b.body([("（四）配套活动。", FS, True), "交易团拟于11月6日举办河南省与进博会参展商投资贸易对接会，11月7日举办“空中丝绸之路”进口商品推介会，日程安排详见附件2。"])
    b.heading("三、工作要求", font=FS, bold=True)
    b.body([("（一）加强组织领导。", FS, True), "各地要成立由政府分管负责同志任组长的工作专班，认真制定组团方案，明确任务分工，确保组织工作落到实处。"])
    b.body([("（二）确保参会质量。", FS, True), "各地要坚持质量与数量并重，优先组织采购意愿强、采购规模大的企业参会。郑州市交易分团专业观众注册人数不少于2000人，洛阳市、南阳市、许昌市交易分团不少于800人，其他交易分团不少于400人。"])
    b.body([("（三）做好跟踪服务。", FS, True), "展会结束后，各地要建立意向成交项目台账，跟踪推动意向采购合同落地，并于2026年11月20日前将成交情况报送省商务厅。"])
    # 联系人 after a soft line break inside the same paragraph
    b.body([("（四）按时报送材料。", FS, True), "请于2026年9月25日前将参展企业报名表（附件1）、回执（附件3）电子版发送至hnswtjbh@126.com，纸质版加盖公章后寄送省商务厅对外贸易处。\n联系人：赵一凡，电话：0371-63576218；孙蕾，电话：0371-63576230。"])
    b.empty()

    att = [
        "第九届进博会河南交易团参展企业报名表",
        "第九届进博会河南交易团日程安排",
        "第九届进博会河南交易团回执",
    ]
    # 附件 list typed in a borderless table
    at = d.add_table(rows=3, cols=2)
    no_borders(at)
    at.autofit = False
    at.columns[0].width = Cm(2.6)
    at.columns[1].width = Cm(13.0)
    for i, a in enumerate(att):
        at.cell(i, 0).width = Cm(2.6)
        at.cell(i, 1).width = Cm(13.0)
        set_cell_text(at.cell(i, 0), "附件：" if i == 0 else "", size=16, align=WD_ALIGN_PARAGRAPH.RIGHT)
        set_cell_text(at.cell(i, 1), "%d.%s" % (i + 1, a), size=16, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.empty(3)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_runs(p, ["河南省商务厅"])
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_runs(p, ["2026年9月2日"])
    b.empty()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, ["（此件公开发布）"])

    # ---- 附件1
    b.page_break()
    b.attach_head("附件1", att[0])
    b.form_table([
        ["企业名称", "", "统一社会信用代码", ""],
        ["企业地址", ""],
        ["企业类型", "☐生产企业 ☐贸易企业 ☐跨境电商企业 ☐综合保税区内企业 ☐其他"],
        ["上年度进口额", "______万美元", "本届意向采购额", "______万美元"],
        ["意向采购展区", "☐食品及农产品 ☐汽车 ☐技术装备 ☐消费品 ☐医疗器械及医药保健 ☐服务贸易"],
        ["意向采购产品", ""],
        ["参会人数", "______人", "是否参加配套活动", "☐是 ☐否"],
        ["联系人", "", "手机", ""],
    ])
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=6)
    add_runs(p, [("填表说明：", FS, True)], size=14)
    nid = b.num.new_list("decimal", "%1.", first_line=560)
    for i, t in enumerate([
        "本表由企业填写，各交易分团审核汇总后报送省商务厅。",
        "有选项的栏目请在“☐”内打“√”。",
        "“意向采购产品”栏请填写具体产品名称及主要来源国（地区）。",
    ], start=1):
        p = d.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False, line=24)
        Numbering.apply(p, nid)
        add_runs(p, [t], size=14)
        b.clauses.append("%d.%s" % (i, t))

    # ---- 附件2
    b.page_break()
    b.attach_head("附件2", att[1])
    b.schedule_table(
        ["日期", "时间", "活动内容", "地点", "参加人员"],
        [
            ["11月4日", "15:00—18:00", "交易团报到", "驻地酒店", "交易团全体成员"],
            ["11月4日", "19:30—20:30", "交易团全体会议暨行前培训", "驻地酒店会议室", "各交易分团团长、联络员"],
            ["11月5日", "09:00—12:00", "第九届进博会开幕式", "国家会展中心（上海）", "受邀嘉宾"],
            ["11月5日", "14:00—17:30", "参观国家综合展", "国家会展中心（上海）", "交易团全体成员"],
            ["11月6日", "09:30—11:30", "河南省与进博会参展商投资贸易对接会", "国家会展中心（上海）4.1号馆洽谈区", "各交易分团及重点采购企业"],
            ["11月6日", "14:00—17:00", "分展区采购洽谈", "国家会展中心（上海）", "各交易分团"],
            ["11月7日", "10:00—11:30", "“空中丝绸之路”进口商品推介会", "虹桥国际会展汇", "郑州、洛阳交易分团及有关企业"],
            ["11月7日", "14:00—17:00", "分展区采购洽谈", "国家会展中心（上海）", "各交易分团"],
            ["11月8日至10日", "全天", "自主采购洽谈、签约", "国家会展中心（上海）", "各交易分团"],
        ],
        hdr_repeat=True,
    )

    # ---- 附件3
    b.page_break()
    b.attach_head("附件3", att[2])
    b.form_table([
        ["单位名称（盖章）", ""],
        ["联系人", "", "职务", ""],
        ["办公电话", "", "手机", ""],
        ["组织专业观众人数", "______人", "其中综合保税区企业", "______家"],
        ["拟参加配套活动", "☐投资贸易对接会 ☐“空中丝绸之路”进口商品推介会"],
        ["备注", ""],
    ])

    # ---- 版记 as bordered paragraphs
    b.empty(8)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
    add_runs(p, ["抄送：郑州海关，省贸促会。"], size=14)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    border_bottom(p, color="000000", sz=8)
    add_runs(p, [" 河南省商务厅办公室" + "\u3000" * 12 + "2026年9月2日印发"], size=14)

    meta = {
        "title": "河南省商务厅关于组织企业参加第九届中国国际进口博览会有关事项的通知",
        "doc_number": "豫商务〔2026〕41号",
        "issuer": ["河南省商务厅"],
        "date": "2026-09-02",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各省辖市商务局", "济源示范区商务主管部门", "郑州航空港经济综合实验区商务主管部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, meta


def main():
    expected = {}
    for stem, fn in [
        ("blind723_fuzhou_tongzhi", make_fujian),
        ("blind723_chengdu_tongzhi", make_sichuan),
        ("blind723_zhengzhou_tongzhi", make_henan),
    ]:
        b, meta = fn()
        path = os.path.join(HERE, stem + ".docx")
        b.save(path)
        expected[stem] = [{"meta": meta, "clauses": b.clauses}]
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_723", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
        )
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
