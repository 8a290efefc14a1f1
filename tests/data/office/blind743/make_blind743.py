# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 743 blind test documents: 外经贸发展专项资金 申报书（样式） + the 通知 that attaches it."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
D = WD_ALIGN_PARAGRAPH.DISTRIBUTE


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text_runs(p, text, font, size, bold=False, color=None):
    """text may contain '\n' = soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def add_page_number(section, size=14):
    p = section.footer.paragraphs[0]
    p.alignment = C
    r = p.add_run("— ")
    set_font(r, SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = p.add_run()
    set_font(r, SONG, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = p.add_run("1")
    set_font(r, SONG, size)
    r = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    r = p.add_run(" —")
    set_font(r, SONG, size)


def para_border(p, side="bottom", sz=18, color="FF0000"):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)
    pPr.append(pbdr)


def tbl_borders(table, val="single", sz=4, color="000000", sides=("top", "left", "bottom", "right", "insideH", "insideV")):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + s)
        if s in sides:
            el.set(qn("w:val"), val)
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        el.set(qn("w:space"), "0")
        b.append(el)
    tblPr.append(b)


def cell_border(cell, side, sz=6, color="000000"):
    tcPr = cell._tc.get_or_add_tcPr()
    bd = tcPr.find(qn("w:tcBorders"))
    if bd is None:
        bd = OxmlElement("w:tcBorders")
        tcPr.append(bd)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "0")
    el.set(qn("w:color"), color)
    bd.append(el)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_set(cell, text, font=FS, size=14, bold=False, align=C, color=None):
    # drop surplus paragraphs left over by merges
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if text:
        add_text_runs(p, text, font, size, bold, color)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    return p


class Builder:
    def __init__(self):
        self.doc = new_doc()
        self.clauses = []

    def p(self, runs, align=J, indent=2, size=16, clause=False, line=28, before=0, after=0, font=FS, bold=False, color=None):
        if isinstance(runs, str):
            runs = [(runs, font, bold)]
        para = self.doc.add_paragraph()
        para.alignment = align
        pf = para.paragraph_format
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        if indent:
            pf.first_line_indent = Pt(size * indent)
        for t, f, b in runs:
            add_text_runs(para, t, f, size, b, color)
        if clause:
            self.clauses.append("".join(t for t, _, _ in runs).replace("\n", "").strip())
        return para

    def blank(self, n=1, size=16):
        for _ in range(n):
            para = self.doc.add_paragraph()
            pf = para.paragraph_format
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(28)

    def page_break(self):
        para = self.doc.add_paragraph()
        para.add_run().add_break(WD_BREAK.PAGE)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def form_row_clause(pairs):
    return "；".join("%s：%s" % (k, v) for k, v in pairs)


def grid_row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


# ================================================================ 1. 湖南 通知
def make_hunan_tongzhi():
    b = Builder()
    doc = b.doc
    add_page_number(doc.sections[0])

    # 红头：联合发文，用表格排版
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t, sides=())
    left = t.cell(0, 0)
    cell_set(left, "湖南省商务厅", XBS, 32, False, D, RED)
    cell_set(t.cell(1, 0), "湖南省财政厅", XBS, 32, False, D, RED)
    right = t.cell(0, 1).merge(t.cell(1, 1))
    cell_set(right, "文件", XBS, 40, False, C, RED)
    for row in t.rows:
        row.cells[0].width = Cm(11.5)
        row.cells[1].width = Cm(4.0)
    b.blank(1)
    num = b.p("湘商财〔2026〕6号", align=C, indent=0)
    para_border(num, "bottom", 18, "FF0000")
    b.blank(1)

    b.p("湖南省商务厅　湖南省财政厅关于组织申报", align=C, indent=0, size=22, font=XBS, line=35)
    b.p("2026年度外经贸发展专项资金项目的通知", align=C, indent=0, size=22, font=XBS, line=35)
    b.blank(1)
    b.p("各市州商务局、各市州财政局：", align=J, indent=0)

    b.p("为深入贯彻落实党中央、国务院关于推进高水平对外开放、推动共建“一带一路”高质量发展的决策部署，用好外经贸发展专项资金，支持我省外贸稳规模优结构、外资稳存量扩增量，根据《湖南省外经贸发展专项资金管理办法》（湘财外〔2024〕3号）有关规定，现就组织申报2026年度外经贸发展专项资金项目有关事项通知如下：", clause=True)

    b.p("一、支持方向", font=HT)
    b.p([("（一）外贸新业态新模式。", KT, True),
         ("支持长沙、岳阳、湘潭、郴州等跨境电商综合试验区建设，支持企业在共建“一带一路”国家和地区建设、租赁跨境电商公共海外仓，支持市场采购贸易方式试点扩大业务规模。对新认定的省级跨境电商公共海外仓，按照实际投入给予不超过30%、最高不超过100万元的支持。", FS, False)], clause=True)
    b.p([("（二）中欧班列（长沙）及国际物流通道。", KT, True),
         ("支持中欧班列（长沙）加密开行、拓展中亚及欧洲线路、提升回程班列比例，支持依托长沙黄花综合保税区、岳阳城陵矶综合保税区、郴州综合保税区等海关特殊监管区域开展保税物流、\n保税维修和跨境电商保税备货业务。", FS, False)], clause=True)
    b.p([("（三）自由贸易试验区制度创新。", KT, True),
         ("支持中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区围绕中非经贸合作、国际物流通道、先进制造业产业链供应链开展首创性、差异化改革探索，对形成可复制推广制度创新成果的项目予以优先支持。", FS, False)], clause=True)
    b.p([("（四）外商投资促进。", KT, True),
         ("支持各地开展外商投资促进活动和产业链精准招商；对2025年度新设或者增资、实际使用外资金额不低于1000万美元的外商投资企业，按照实际使用外资金额给予奖励，单个企业最高不超过500万元。", FS, False)], clause=True)

    b.p("二、申报条件", font=HT)
    b.p("（一）申报单位应当同时符合以下条件：", clause=True)
    b.p("1．在湖南省境内依法注册登记，具有独立法人资格，财务管理制度健全；", clause=True)
    b.p("2．近三年内无重大违法违规行为，未被列入严重失信主体名单；", clause=True)
    b.p("3．申报项目实施期在2025年1月1日至2025年12月31日期间，且已完成或者取得阶段性成果。", clause=True)
    b.p("（二）有下列情形之一的，不予支持：", clause=True)
    b.p("1．同一项目已获得其他省级财政资金支持的；", clause=True)
    b.p("2．申报材料弄虚作假、骗取或者套取财政资金的；", clause=True)
    b.p("3．存在逾期未退回省级财政资金情形的。", clause=True)

    b.p("三、申报材料", font=HT)
    b.p("申报单位按照《湖南省外经贸发展专项资金项目申报书（样式）》（附件2）要求如实填报，并提供以下材料：", clause=True)
    b.p("（一）营业执照复印件；", clause=True)
    b.p("（二）项目实施方案及相关证明材料（合同、发票、银行付款凭证、报关单等）；", clause=True)
    b.p("（三）会计师事务所出具的项目专项审计报告（申请支持金额在50万元以上的项目须提供）；", clause=True)
    b.p("（四）信用承诺书和法定代表人身份证明。", clause=True)

    b.p("四、申报程序和时间安排", font=HT)
    b.p([("（一）企业申报。", KT, True),
         ("申报单位于2026年4月10日前登录“湖南省商务厅业务系统统一平台”在线填报，并将纸质申报材料一式三份报送所在地市州商务局。省属企业直接报送省商务厅。", FS, False)], clause=True)
    b.p([("（二）市州初审。", KT, True),
         ("市州商务局会同同级财政局对申报材料的真实性、完整性进行审核，于2026年4月25日前将初审意见和项目汇总表（附件3）联合行文报送省商务厅、省财政厅。", FS, False)], clause=True)
    b.p([("（三）省级评审和公示。", KT, True), ("具体时间安排如下：", FS, False)], clause=True)

    header = ["阶段", "时间", "工作内容"]
    rows = [
        ["专家评审", "2026年5月上旬", "省商务厅委托第三方机构组织专家进行评审和现场核查"],
        ["结果公示", "2026年5月中旬", "拟支持项目在省商务厅门户网站公示，公示期5个工作日"],
        ["资金下达", "2026年6月底前", "省财政厅会同省商务厅按程序下达资金"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.6), Cm(3.6), Cm(9.3)]
    for j, h in enumerate(header):
        cell_set(t.cell(0, j), h, HT, 14)
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            cell_set(t.cell(i, j), v, FS, 14, align=L if j == 2 else C)
        b.clauses.append(grid_row_clause(header, r))
    for row in t.rows:
        row.height = Cm(1.0)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    repeat_header(t.rows[0])

    b.p("逾期未报送的，视为自动放弃申报。", clause=True, before=6)

    b.p("五、工作要求", font=HT)
    b.p([("（一）加强组织领导。", KT, True),
         ("各市州要高度重视专项资金申报工作，明确专人负责，及时将通知精神传达到辖区内外经贸企业，做好政策解读和申报辅导。", FS, False)], clause=True)
    b.p([("（二）严格审核把关。", KT, True),
         ("各市州商务局、财政局要切实履行初审职责，对申报项目逐一审核，确保申报材料真实、准确、完整，不得重复申报、多头申报。", FS, False)], clause=True)
    b.p([("（三）强化绩效管理。", KT, True),
         ("项目单位应当按照以下要求做好全过程绩效管理：", FS, False)], clause=True)
    b.p("1．设定绩效目标。申报时须同步填报项目绩效目标，绩效目标应当指向明确、细化量化，主要包括：", clause=True)
    b.p("（1）产出指标，如新增海外仓面积、新增开行班列列数等；", clause=True)
    b.p("（2）效益指标，如新增进出口额、带动就业人数等。", clause=True)
    b.p("2．开展绩效自评。项目完成后，项目单位应当在3个月内开展绩效自评，并将自评报告报送所在地市州商务局。", clause=True)
    b.p([("（四）严肃财经纪律。", KT, True),
         ("对弄虚作假、骗取套取专项资金的，依法依规追回资金，并按照有关规定纳入信用记录；构成犯罪的，依法追究刑事责任。", FS, False)], clause=True)
    b.p("联系人及电话：省商务厅对外贸易处　刘　洋　0731-82287316；省财政厅经济建设处　陈思远　0731-85165420。", clause=True)

    b.blank(1)
    b.p("附件：1．2026年度湖南省外经贸发展专项资金申报指南", indent=2)
    b.p("　　　2．湖南省外经贸发展专项资金项目申报书（样式）", indent=2)
    b.p("　　　3．2026年度湖南省外经贸发展专项资金申报项目汇总表", indent=2)
    b.blank(3)

    # 落款：两个机关并排（表格排版），成文日期手动空格右对齐
    t = doc.add_table(rows=1, cols=2)
    tbl_borders(t, sides=())
    cell_set(t.cell(0, 0), "湖南省商务厅", FS, 16)
    cell_set(t.cell(0, 1), "湖南省财政厅", FS, 16)
    b.p("2026年3月6日　　　　", align=R, indent=0)
    b.p("（此件公开发布）", indent=2)

    b.blank(6)
    t = doc.add_table(rows=2, cols=1)
    tbl_borders(t, sz=4, sides=("insideH", "bottom"))
    cell_border(t.cell(0, 0), "top", 12)
    cell_set(t.cell(0, 0), "抄送：商务部财务司、对外贸易司，财政部湖南监管局，长沙海关。", FS, 14, align=L)
    cell_set(t.cell(1, 0), "湖南省商务厅办公室　　　　　　　　　　　　2026年3月6日印发", FS, 14, align=L)
    for row in t.rows:
        row.height = Cm(0.9)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    stem = "blind743_hunan_tongzhi"
    b.save(stem)
    meta = {
        "title": "湖南省商务厅 湖南省财政厅关于组织申报2026年度外经贸发展专项资金项目的通知",
        "doc_number": "湘商财〔2026〕6号",
        "issuer": ["湖南省商务厅", "湖南省财政厅"],
        "date": "2026-03-06",
        "published": None,
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": [
            "2026年度湖南省外经贸发展专项资金申报指南",
            "湖南省外经贸发展专项资金项目申报书（样式）",
            "2026年度湖南省外经贸发展专项资金申报项目汇总表",
        ],
        "doc_type": "通知",
        "recipients": ["各市州商务局", "各市州财政局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ 2. 湖南 申报书（样式）
def make_hunan_shenbaoshu():
    b = Builder()
    doc = b.doc
    add_page_number(doc.sections[0])

    # ---- 封面
    b.p("附件2", align=L, indent=0, font=HT)
    b.blank(2)
    b.p("湖南省外经贸发展专项资金", align=C, indent=0, size=26, font=XBS, line=44)
    b.p("项目申报书", align=C, indent=0, size=26, font=XBS, line=44)
    b.p("（样式）", align=C, indent=0, size=16, font=KT)
    b.blank(3)
    for lab in ["项目名称：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                "申报单位（盖章）：＿＿＿＿＿＿＿＿＿＿＿＿",
                "主管部门：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
                "申报日期：　　　　年　　月　　日"]:
        b.p("　　　" + lab, align=L, indent=0, font=FS, line=40)
    b.blank(3)
    b.p("湖南省商务厅制", align=C, indent=0, font=HT)
    b.page_break()

    # ---- 填报说明
    b.p("填报说明", align=C, indent=0, size=22, font=XBS, line=40)
    b.blank(1)
    for txt in [
        "1．本申报书适用于申报湖南省外经贸发展专项资金的企业和单位，申报单位应当如实填写各项内容，并对所填内容的真实性负责。",
        "2．申报书统一使用A4纸双面打印，正文采用仿宋_GB2312三号字体；表格内容较多的，可另附页。",
        "3．申报书中涉及的金额单位均为万元，保留两位小数；外币按申报当月中国人民银行公布的人民币汇率中间价折算。",
        "4．“主管部门”栏填写申报单位所在地的市州商务主管部门；省属企业填写“省直”。",
        "5．申报书须在封面和骑缝处加盖申报单位公章，纸质材料一式三份，与系统填报的电子版内容一致。",
    ]:
        b.p(txt, clause=True)
    b.page_break()

    # ---- 目录（手打点线和页码）
    b.p("目　　录", align=C, indent=0, size=22, font=XBS, line=40)
    b.blank(1)
    for txt in ["一、申报单位基本情况表…………………………………………1",
                "二、项目实施方案………………………………………………2",
                "三、资金使用计划表……………………………………………4",
                "四、申报单位承诺书……………………………………………5"]:
        b.p(txt, align=L, indent=0, line=36)
    b.page_break()

    # ---- 一、基本情况表（表单）
    b.p("一、申报单位基本情况表", align=L, indent=0, font=HT, after=6)
    t = doc.add_table(rows=11, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    form = [
        [("单位名称", "")],
        [("统一社会信用代码", ""), ("成立时间", "")],
        [("注册地址", "")],
        [("注册资本（万元）", ""), ("法定代表人", "")],
        [("企业性质", "☐国有企业　☐民营企业　☐外商投资企业　☐其他")],
        [("所在区域", "☐中国（湖南）自由贸易试验区长沙片区　☐岳阳片区　☐郴州片区　☐综合保税区　☐其他")],
        [("2025年进出口额（万美元）", ""), ("2025年营业收入（万元）", "")],
        [("项目类别", "☐外贸新业态新模式　☐中欧班列及国际物流通道　☐自贸试验区制度创新　☐外商投资促进")],
        [("项目总投资（万元）", ""), ("申请资金（万元）", "")],
        [("联系人", ""), ("联系电话", "")],
        [("是否获得过其他省级财政资金支持", "☐是　☐否（如是，请注明项目名称及支持金额：＿＿＿＿＿＿＿＿）")],
    ]
    for i, pairs in enumerate(form):
        row = t.rows[i]
        if len(pairs) == 1:
            cell_set(t.cell(i, 0), pairs[0][0], FS, 14)
            m = t.cell(i, 1).merge(t.cell(i, 3))
            cell_set(m, pairs[0][1], FS, 14, align=L)
        else:
            cell_set(t.cell(i, 0), pairs[0][0], FS, 14)
            cell_set(t.cell(i, 1), pairs[0][1], FS, 14)
            cell_set(t.cell(i, 2), pairs[1][0], FS, 14)
            cell_set(t.cell(i, 3), pairs[1][1], FS, 14)
        row.height = Cm(1.1)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        b.clauses.append(form_row_clause(pairs))
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), [4300, 2600, 4300, 2600]):
        gc.set(qn("w:w"), str(w))
    b.page_break()

    # ---- 二、项目实施方案（提纲）
    b.p("二、项目实施方案", align=L, indent=0, font=HT)
    outline = [
        ("（一）项目背景", "（请简要说明项目提出的背景、必要性以及与共建“一带一路”、中国（湖南）自由贸易试验区建设等国家和省重大战略的衔接情况，不超过500字）"),
        ("（二）建设内容", "（请简要说明项目的建设地点、建设规模、主要建设内容和实施进度安排，涉及海外仓、中欧班列、综合保税区的，请注明具体名称和地址，不超过500字）"),
        ("（三）实施条件", "（请说明申报单位在资金、技术、人才、市场渠道等方面的保障条件，不超过300字）"),
        ("（四）预期效益", "（请从新增进出口额、带动就业、税收贡献等方面分别说明项目预期的经济效益和社会效益，量化指标须列明测算依据，不超过500字）"),
        ("（五）绩效目标", "（请按照产出指标、效益指标、满意度指标分项填写，每项指标应当可衡量、可考核，不超过300字）"),
    ]
    for head, prompt in outline:
        b.p(head, font=KT, bold=True)
        b.p(prompt, clause=True, font=FS)
        b.blank(4)
    b.page_break()

    # ---- 三、资金使用计划表
    b.p("三、资金使用计划表", align=L, indent=0, font=HT, after=6)
    header = ["序号", "支出类别", "支出内容", "总投资（万元）", "申请专项资金（万元）", "备注"]
    rows = [
        ["1", "设备购置", "", "", "", ""],
        ["2", "软件及信息系统", "", "", "", ""],
        ["3", "场地租赁及改造", "", "", "", ""],
        ["4", "物流运输及仓储", "", "", "", ""],
        ["5", "宣传推广及展会", "", "", "", ""],
        ["6", "其他", "", "", "", ""],
        ["合计", "", "", "", "", ""],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(3.0), Cm(4.0), Cm(2.3), Cm(2.6), Cm(2.2)]
    for j, h in enumerate(header):
        cell_set(t.cell(0, j), h, HT, 12)
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            cell_set(t.cell(i, j), v, FS, 12, bold=(v == "合计"))
        b.clauses.append(grid_row_clause(header, r))
    for row in t.rows:
        row.height = Cm(1.0)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    repeat_header(t.rows[0])
    b.p("注：申请专项资金金额不得超过项目总投资的30%，单个项目最高不超过200万元。", size=14, indent=0, clause=True, before=6, font=FS)
    b.page_break()

    # ---- 四、承诺书
    b.p("四、申报单位承诺书", align=L, indent=0, font=HT)
    b.blank(1)
    b.p("本单位郑重承诺：本次申报湖南省外经贸发展专项资金所提交的全部材料真实、准确、完整，不存在弄虚作假、重复申报、多头申报等情形。如有违反，本单位愿意承担由此产生的一切法律责任，并自愿接受退回已获得资金、纳入信用记录等处理。", clause=True)
    b.p("本单位同意省商务厅、省财政厅将项目有关信息在门户网站公开，并配合做好项目评审、绩效评价和监督检查工作。", clause=True)
    b.blank(3)
    b.p("法定代表人（签字）：", align=L, indent=0)
    b.blank(2)
    b.p("单位（盖章）　　　　　", align=R, indent=0)
    b.p("年　　月　　日　　　　", align=R, indent=0)

    stem = "blind743_hunan_shenbaoshu"
    b.save(stem)
    meta = {
        "title": "湖南省外经贸发展专项资金项目申报书（样式）",
        "doc_number": None,
        "issuer": ["湖南省商务厅"],
        "date": None,
        "published": None,
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "申报书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ 3. 广西 申报书（样式）
def add_decimal_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    abstract.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in [("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")]:
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    pPr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    pPr.append(ind)
    lvl.append(pPr)
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rPr.append(rf)
    lvl.append(rPr)
    abstract.append(lvl)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(num_id))
    num.append(a)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    p.paragraph_format.first_line_indent = Pt(32)


def make_guangxi_shenbaoshu():
    b = Builder()
    doc = b.doc
    add_page_number(doc.sections[0])
    nid = add_decimal_numbering(doc)

    # ---- 封面
    b.p("编号：＿＿＿＿＿＿（由受理部门填写）", align=R, indent=0, size=12, font=SONG)
    b.blank(2)
    b.p("广西壮族自治区外经贸发展专项资金\n项目申报书", align=C, indent=0, size=24, font=XBS, line=42)
    b.p("（样式）", align=C, indent=0, size=16, font=KT)
    b.blank(3)
    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t, sides=())
    for i, (lab, val) in enumerate([("项目名称：", ""), ("申报单位（盖章）：", ""),
                                     ("主管部门：", ""), ("申报日期：", "　　年　　月　　日")]):
        cell_set(t.cell(i, 0), lab, HT, 16, align=D)
        cell_set(t.cell(i, 1), val, FS, 16, align=C)
        cell_border(t.cell(i, 1), "bottom", 8)
        t.rows[i].height = Cm(1.3)
        t.rows[i].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        t.cell(i, 0).width = Cm(4.2)
        t.cell(i, 1).width = Cm(8.5)
    b.blank(3)
    b.p("广西壮族自治区商务厅制", align=C, indent=0, font=KT, bold=True)
    b.page_break()

    # ---- 填报说明（Word 自动编号 1.）
    b.p("填 报 说 明", align=C, indent=0, size=18, font=HT, line=36)
    k = 0
    for txt in [
        "本申报书由申报单位如实填写，所有栏目不得空缺，无相关内容的填“无”。",
        "申报单位须为在广西壮族自治区境内依法注册的企业法人或者事业单位，并已在“广西外经贸专项资金管理系统”完成注册。",
        "申报项目涉及中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区或者综合保税区的，应当在基本情况表中勾选所在区域，并提供区域管理机构出具的证明材料。",
        "金额单位除注明外均为人民币万元；涉及外币的，按照项目实施当月外汇牌价折算。",
        "本申报书一式两份，连同电子文档（PDF格式）报送所在设区市商务局。",
    ]:
        p = b.p(txt)
        set_num(p, nid)
        k += 1
        b.clauses.append("%d.%s" % (k, txt))  # Word renders the auto number as "1." with no tab
    b.page_break()

    # ---- 目录（制表位 + 点线前导符）
    b.p("目　　录", align=C, indent=0, size=18, font=HT, line=36)
    b.blank(1)
    for head, pg in [("一、申报单位基本情况表", "1"), ("二、项目实施方案", "2"),
                     ("三、资金使用计划表", "4"), ("四、申报单位承诺书", "5")]:
        p = b.p(head + "\t" + pg, align=L, indent=0, line=36)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    b.page_break()

    # ---- 一、基本情况表（首行为合并的表名行）
    b.p("一、申报单位基本情况表", align=L, indent=0, font=HT, after=6)
    form = [
        [("单位名称", "")],
        [("统一社会信用代码", ""), ("注册时间", "")],
        [("注册地址", "")],
        [("单位性质", "□国有企业　□民营企业　□外商投资企业　□事业单位　□其他")],
        [("所在区域", "□中国（广西）自由贸易试验区南宁片区　□钦州港片区　□崇左片区　□综合保税区　□其他")],
        [("法定代表人", ""), ("联系电话", "")],
        [("项目联系人", ""), ("手机", "")],
        [("2025年进出口额（万美元）", ""), ("其中对东盟进出口额（万美元）", "")],
        [("申报项目类别", "□跨境电商及海外仓　□西部陆海新通道及国际物流　□边境贸易创新发展　□外商投资促进　□其他")],
        [("项目总投资（万元）", ""), ("申请专项资金（万元）", "")],
        [("单位简介（300字以内）", "")],
    ]
    t = doc.add_table(rows=1 + len(form), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cap = t.cell(0, 0).merge(t.cell(0, 3))
    cell_set(cap, "申报单位基本情况表", HT, 15)
    t.rows[0].height = Cm(1.0)
    for i, pairs in enumerate(form, start=1):
        row = t.rows[i]
        if len(pairs) == 1:
            cell_set(t.cell(i, 0), pairs[0][0], FS, 12)
            m = t.cell(i, 1).merge(t.cell(i, 3))
            cell_set(m, pairs[0][1], FS, 12, align=L)
        else:
            cell_set(t.cell(i, 0), pairs[0][0], FS, 12)
            cell_set(t.cell(i, 1), pairs[0][1], FS, 12)
            cell_set(t.cell(i, 2), pairs[1][0], FS, 12)
            cell_set(t.cell(i, 3), pairs[1][1], FS, 12)
        row.height = Cm(4.5) if pairs[0][0].startswith("单位简介") else Cm(1.0)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        b.clauses.append(form_row_clause(pairs))
    b.page_break()

    # ---- 二、项目实施方案：标题与填写提示同段
    b.p("二、项目实施方案", align=L, indent=0, font=HT)
    outline = [
        ("（一）项目背景", "（请简要说明项目提出的背景和必要性，以及与西部陆海新通道建设、中国—东盟自由贸易区3.0版建设和共建“一带一路”的关联性，不超过500字）"),
        ("（二）建设内容", "（请简要说明项目建设地点、建设内容、建设规模及实施进度安排，不超过500字）"),
        ("（三）资金筹措", "（请说明项目资金来源构成及落实情况，包括自有资金、银行贷款等，不超过300字）"),
        ("（四）预期效益", "（请说明项目完成后预计新增进出口额、跨境电商交易额、带动就业等经济社会效益，不超过500字）"),
        ("（五）风险分析", "（请分析项目实施可能面临的政策、市场、汇率等风险及应对措施，不超过300字）"),
    ]
    for head, prompt in outline:
        b.p([(head, KT, True), (prompt, FS, False)], clause=True)
        b.blank(5)
    b.page_break()

    # ---- 三、资金使用计划表（含空行）
    b.p("三、资金使用计划表", align=L, indent=0, font=HT, after=6)
    header = ["序号", "支出项目", "具体内容", "金额（万元）", "申请专项资金（万元）", "备注"]
    rows = [
        ["1", "硬件设备购置", "", "", "", ""],
        ["2", "信息化系统建设", "", "", "", ""],
        ["3", "海外仓租赁及运营", "", "", "", ""],
        ["4", "国际物流运费", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["", "", "", "", "", ""],
        ["", "合计", "", "", "", ""],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(3.4), Cm(3.8), Cm(2.3), Cm(2.7), Cm(2.0)]
    for j, h in enumerate(header):
        cell_set(t.cell(0, j), h, HT, 12)
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            cell_set(t.cell(i, j), v, FS, 12, bold=(v == "合计"))
        if any(r):
            b.clauses.append(grid_row_clause(header, r))
    for row in t.rows:
        row.height = Cm(0.9)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    b.p("说明：可根据项目实际情况增加行次；申请专项资金不得超过项目总投资的50%。", size=12, indent=0, clause=True, before=6, font=KT)
    b.page_break()

    # ---- 四、承诺书
    b.p("四、申报单位承诺书", align=L, indent=0, font=HT)
    b.p("承　诺　书", align=C, indent=0, size=22, font=XBS, line=40, before=12, after=12)
    b.p("本单位自愿申报广西壮族自治区外经贸发展专项资金，现郑重承诺如下：", clause=True)
    for txt in [
        "（1）所提交的申报材料及相关证明文件真实、合法、有效，不存在虚报、瞒报、伪造等情形；",
        "（2）申报项目未重复享受同类自治区级财政资金支持；",
        "（3）获得支持后，严格按照规定用途使用专项资金，自觉接受商务、财政、审计等部门的监督检查；",
        "（4）如有违反上述承诺的行为，自愿退回已获得的专项资金，并承担相应法律责任。",
    ]:
        b.p(txt, clause=True)
    b.blank(3)
    t = doc.add_table(rows=3, cols=2)
    tbl_borders(t, sides=())
    cell_set(t.cell(0, 0), "法定代表人（签字）：", FS, 16, align=L)
    cell_set(t.cell(0, 1), "单位（盖章）", FS, 16, align=C)
    cell_set(t.cell(2, 1), "年　　月　　日", FS, 16, align=C)

    stem = "blind743_guangxi_shenbaoshu"
    b.save(stem)
    meta = {
        "title": "广西壮族自治区外经贸发展专项资金项目申报书（样式）",
        "doc_number": None,
        "issuer": ["广西壮族自治区商务厅"],
        "date": None,
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "申报书",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ main
def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_743", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


def main():
    expected = {}
    for fn in (make_hunan_tongzhi, make_hunan_shenbaoshu, make_guangxi_shenbaoshu):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
