# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 381 blind test documents: calls for applications for 2026 special-fund
projects, each with 附件1 申报书 template and 附件2 评分标准 table."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
CB = "\u2610"  # ☐


# ---------------------------------------------------------------- helpers
def fmt(run, font=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color


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
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = CENTER
    r = p.add_run("— ")
    fmt(r, FS, 14)
    r = p.add_run()
    fmt(r, FS, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    fmt(r, FS, 14)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r._r.append(it)
    r = p.add_run()
    fmt(r, FS, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    fmt(r, FS, 14)
    r = p.add_run()
    fmt(r, FS, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    fmt(r, FS, 14)


def para(container, runs=(), align=JUSTIFY, indent=True, line=28, left_indent=None, page_before=False):
    """runs: list of (text, font, size, bold, color) or str. '\n' in text = soft break."""
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(32)
    if left_indent is not None:
        pf.left_indent = left_indent
    if page_before:
        pf.page_break_before = True
    for item in runs:
        if isinstance(item, str):
            item = (item,)
        text = item[0]
        font = item[1] if len(item) > 1 else FS
        size = item[2] if len(item) > 2 else 16
        bold = item[3] if len(item) > 3 else False
        color = item[4] if len(item) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            fmt(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()  # soft line break (Shift+Enter)
    return p


def empty(container, n=1):
    for _ in range(n):
        para(container, [], indent=False)


def page_break(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_break(WD_BREAK.PAGE)


def border(p, sides=("bottom",), color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    inner = "".join(
        '<w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % (s, sz, color) for s in sides
    )
    ppr.append(parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), inner)))


def cell_text(cell, text, size=12, font=FS, bold=False, align=CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        fmt(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break()


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


# automatic (Word) numbering -------------------------------------------------
def add_abstract_num(doc, absid):
    numbering = doc.part.numbering_part.element
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), absid, FS)
    )
    el = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def new_num(doc, absid):
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(ids + [0]) + 1
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        % (nsdecls("w"), nid, absid)))
    return nid


def numbered(p, numid):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = numid


# ======================================================================
# Document 1: 福建省 跨境电商专项资金 (joint, provincial)
# ======================================================================
def doc_fujian():
    C = []
    doc = new_doc()

    # 版头: layout table (two organs stacked, 文件 on the right)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["福建省商务厅", "福建省财政厅"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(org)
        fmt(r, XBS, 30, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = CENTER
    r = p.add_run("文件")
    fmt(r, XBS, 40, False, RED)
    set_widths(t, [10.5, 4.5])
    empty(doc)
    para(doc, ["闽商务〔2026〕21号"], align=CENTER, indent=False)
    p = para(doc, [], indent=False, line=10)
    border(p)
    empty(doc)

    # title with soft line break
    para(doc, [("关于组织申报2026年度福建省跨境电子商务\n发展专项资金项目的通知", XBS, 22)],
         align=CENTER, indent=False, line=36)
    empty(doc)
    para(doc, ["各设区市商务局、财政局，平潭综合实验区经济发展局："], indent=False)

    def body(text, runin=None, runin_font=FS, runin_bold=True, clause=True):
        runs = []
        if runin:
            runs.append((runin, runin_font, 16, runin_bold))
        runs.append(text)
        para(doc, runs)
        if clause:
            C.append((runin or "") + text)

    def head1(text):
        para(doc, [(text, HT, 16)])

    body("为贯彻落实《福建省人民政府办公厅关于加快跨境电子商务高质量发展的若干措施》，推动我省跨境电商与产业带深度融合，"
         "加快海外仓等外贸新型基础设施建设，根据《福建省省级商务发展专项资金管理办法》有关规定，现就组织申报2026年度"
         "福建省跨境电子商务发展专项资金项目有关事项通知如下：")

    head1("一、支持方向")
    body("支持我省企业在共建“一带一路”国家和地区、RCEP成员国等重点市场新建或扩建海外仓，海外仓面积不低于3000平方米且"
         "2025年服务省内外贸企业不少于50家的，按不超过项目实际投资额的30%给予支持，单个项目最高不超过200万元。",
         runin="（一）海外仓建设项目。", runin_font=KT)
    body("对经认定的省级跨境电子商务产业园区，2025年园区跨境电商交易额同比增长15%以上的，按园区公共服务设施投入的20%"
         "给予运营主体支持，单个园区最高不超过150万元。",
         runin="（二）跨境电商产业园区项目。", runin_font=KT)
    body("支持各设区市建设跨境电商线上综合服务平台、直播电商基地、人才培训基地等公共服务载体，按不超过项目实际投资额的30%"
         "给予支持，单个项目最高不超过100万元。",
         runin="（三）公共服务平台项目。", runin_font=KT)
    body("支持企业在主要跨境电商平台开设品牌店铺、开展境外商标注册和国际认证，按实际发生费用的50%给予支持，"
         "单家企业最高不超过30万元。",
         runin="（四）品牌培育项目。", runin_font=KT)

    head1("二、申报条件")
    body("（一）申报主体须为在我省（不含厦门，下同）依法注册、具有独立法人资格的企业或单位，2025年以来未发生重大安全生产、"
         "环境污染、海关走私等违法违规行为，未被列入严重失信主体名单。")
    body("（二）申报项目应于2025年1月1日至2025年12月31日期间实施完成（或完成阶段性建设），投资已实际发生并取得合法有效凭证。")
    body("（三）同一项目已获得其他省级财政资金支持的，不得重复申报；同一企业原则上只能申报1个项目。")

    # heading typed as bold 仿宋 run instead of 黑体
    para(doc, [("三、申报材料", FS, 16, True)])
    body("申报单位须提交以下材料（一式三份）：")
    body("1.《2026年度福建省跨境电子商务发展专项资金项目申报书》（见附件1）；")
    body("2.营业执照复印件、法定代表人身份证复印件；")
    # items 3-5 typed in one paragraph separated by soft line breaks
    items = [
        "3.项目投资凭证（合同、发票、银行付款凭证等）及会计师事务所出具的专项审计报告；",
        "4.海外仓项目须提供境外土地或仓库产权证明、租赁合同及中文译本；",
        "5.申报单位对申报材料真实性负责的书面承诺。",
    ]
    para(doc, ["\n　　".join(items)])
    C.extend(items)

    # heading + body in one paragraph, separated by a soft break
    tx = ("请申报单位于2026年3月2日至3月31日期间向所在设区市商务局提交申报材料，逾期不予受理。各设区市商务局会同财政局于"
          "2026年4月17日前完成初审，并将初审意见、项目汇总表及申报材料（纸质版一式二份及电子版）报送省商务厅（电子商务处）。"
          "省商务厅、省财政厅将于2026年5月底前组织第三方机构按照评分标准（见附件2）开展评审，评审结果在省商务厅门户网站"
          "公示5个工作日。")
    para(doc, [("四、时间安排", HT, 16), "\n　　" + tx])
    C.append(tx)

    head1("五、工作要求")
    body("各设区市商务局、财政局要高度重视，认真做好政策宣传和项目组织工作，严格审核把关，对申报材料的真实性、合规性出具初审意见。",
         runin="（一）加强组织领导。", runin_font=KT)
    body("获得支持的项目单位须按要求填报绩效自评表，省商务厅将会同省财政厅适时开展绩效评价和监督检查，评价结果作为以后年度"
         "资金安排的重要依据。",
         runin="（二）强化绩效管理。", runin_font=KT)
    body("对弄虚作假、骗取套取专项资金的，一经查实，追回已拨付资金，三年内取消其申报省级商务发展专项资金资格，"
         "并依法依规追究相关责任。",
         runin="（三）严肃财经纪律。", runin_font=KT)
    body("联系人：省商务厅电子商务处　陈晓东，0591-87275612；省财政厅经济建设处　林洁，0591-87095318。")

    empty(doc)
    para(doc, ["附件：1.2026年度福建省跨境电子商务发展专项资金项目申报书"])
    para(doc, ["　　　　　2.2026年度福建省跨境电子商务发展专项资金项目评分标准"])
    empty(doc, 3)
    para(doc, ["　　　福建省商务厅　　　　　　　　　福建省财政厅"], indent=False)
    para(doc, ["2026年2月27日　　　　　　　"], align=RIGHT, indent=False)
    empty(doc)
    para(doc, ["（此件主动公开）"])

    # ---------------- 附件1 申报书
    para(doc, [("附件1", HT, 16)], indent=False, align=LEFT, page_before=True)
    empty(doc, 3)
    para(doc, [("2026年度福建省跨境电子商务发展专项资金", XBS, 22)], align=CENTER, indent=False, line=40)
    para(doc, [("项目申报书", XBS, 26)], align=CENTER, indent=False, line=40)
    empty(doc, 2)
    cover = [
        "项目名称：________________________________",
        "申报单位（盖章）：__________________________",
        "所在设区市：______________________________",
        "项目类别：" + CB + "海外仓　" + CB + "跨境电商产业园区　" + CB + "公共服务平台　" + CB + "品牌培育",
        "是否首次申报：" + CB + "是　" + CB + "否",
        "联系人及电话：____________________________",
        "填报日期：______年____月____日",
    ]
    for line in cover:
        para(doc, [line], indent=False, left_indent=Cm(1.5), line=36)
        C.append(line)

    para(doc, [("填报说明", HT, 16)], align=CENTER, indent=False, page_before=True)
    for s in [
        "1.申报书须如实填写，不得涂改，所填内容须真实、准确、完整。",
        "2.申报书一式三份，A4纸双面打印，左侧装订，并在封面加盖申报单位公章。",
        "3.表中“" + CB + "”处请在相应选项内打“√”。",
        "4.金额单位除注明外均为万元（人民币），保留两位小数。",
    ]:
        body(s)

    para(doc, [("一、申报单位基本情况表", HT, 16)])
    t = doc.add_table(rows=10, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = [
        ("单位名称", None, None, None),
        ("统一社会信用代码", "", "成立时间", ""),
        ("注册地址", None, None, None),
        ("法定代表人", "", "联系电话", ""),
        ("企业性质", CB + "国有　" + CB + "民营　" + CB + "外资　" + CB + "其他", None, None),
        ("是否位于综合保税区", CB + "是　" + CB + "否", "是否为高新技术企业", CB + "是　" + CB + "否"),
        ("2025年进出口额（万美元）", "", "其中跨境电商（万美元）", ""),
        ("项目总投资（万元）", "", "申请支持资金（万元）", ""),
        ("项目主要内容（限300字）", None, None, None),
        ("设区市商务局初审意见", None, None, None),
    ]
    for ri, row in enumerate(grid):
        if row[2] is None:  # label + merged value
            m = t.cell(ri, 1).merge(t.cell(ri, 3))
            cell_text(t.cell(ri, 0), row[0])
            if row[1]:
                cell_text(m, row[1], align=LEFT)
            C.append(row[0] + "：" + (row[1] or ""))
        else:
            for ci in range(4):
                cell_text(t.cell(ri, ci), row[ci])
            C.append("%s：%s；%s：%s" % row)
    for ri in (8, 9):
        t.rows[ri].height = Cm(3.2)
    set_widths(t, [4.2, 3.8, 4.2, 3.4])

    empty(doc)
    para(doc, [("二、项目实施方案（提纲）", HT, 16)])
    body("简述项目建设背景、市场需求及对我省跨境电商发展的带动作用。", runin="（一）项目背景及必要性。", runin_font=KT, runin_bold=False)
    body("包括建设地点、规模、主要设施设备、运营模式等。", runin="（二）项目建设内容。", runin_font=KT, runin_bold=False)
    body("列明项目总投资构成、已完成投资额及自筹资金落实情况。", runin="（三）项目投资及资金来源。", runin_font=KT, runin_bold=False)
    body("列明项目预期服务企业数量、业务规模、带动出口等可量化指标。", runin="（四）绩效目标。", runin_font=KT, runin_bold=False)

    # ---------------- 附件2 评分标准
    para(doc, [("附件2", HT, 16)], indent=False, align=LEFT, page_before=True)
    empty(doc)
    para(doc, [("2026年度福建省跨境电子商务发展专项资金项目评分标准", XBS, 20)], align=CENTER, indent=False, line=32)
    empty(doc)
    rows = [
        ("申报材料完整性", "申报材料齐全、规范，内容真实准确，格式符合要求", "10"),
        ("企业经营基础", "2025年跨境电商交易额、进出口额及同比增幅情况，纳税信用等级", "20"),
        ("项目投资规模", "项目实际完成投资额及投资凭证完整性", "20"),
        ("项目带动效应", "服务省内外贸企业数量、带动产业带出口、吸纳就业等情况", "25"),
        ("创新与示范性", "运用数字化、智能化技术情况，在全省具有复制推广价值", "15"),
        ("绩效目标", "绩效目标明确、可量化，与项目内容相匹配", "10"),
    ]
    t = doc.add_table(rows=len(rows) + 2, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(["评分项目", "评分内容", "分值"]):
        cell_text(t.cell(0, ci), h, bold=True, font=HT)
    for ri, r in enumerate(rows, start=1):
        cell_text(t.cell(ri, 0), r[0])
        cell_text(t.cell(ri, 1), r[1], align=LEFT)
        cell_text(t.cell(ri, 2), r[2])
        C.append("评分项目：%s；评分内容：%s；分值：%s" % r)
    last = len(rows) + 1
    m = t.cell(last, 0).merge(t.cell(last, 1))
    cell_text(m, "合计", bold=True)
    cell_text(t.cell(last, 2), "100", bold=True)
    C.append("评分项目：合计；分值：100")
    set_widths(t, [3.5, 9.5, 2.2])
    empty(doc)
    body("注：评审得分低于60分的项目不予支持；同等条件下，优先支持在共建“一带一路”国家布局海外仓的项目。")

    # ---------------- 版记 (after attachments)
    empty(doc, 2)
    p = para(doc, [("抄送：厦门市商务局、财政局，省审计厅。", FS, 14)], indent=False, left_indent=Cm(0.3))
    p.paragraph_format.keep_with_next = True
    border(p, sides=("top", "bottom"), color="000000", sz=8)
    p = para(doc, [("福建省商务厅办公室　　　　　　　　　2026年2月28日印发", FS, 14)], indent=False, left_indent=Cm(0.3))
    border(p, sides=("bottom",), color="000000", sz=12)

    meta = {
        "title": "关于组织申报2026年度福建省跨境电子商务发展专项资金项目的通知",
        "doc_number": "闽商务〔2026〕21号",
        "issuer": ["福建省商务厅", "福建省财政厅"],
        "date": "2026-02-27",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [
            "2026年度福建省跨境电子商务发展专项资金项目申报书",
            "2026年度福建省跨境电子商务发展专项资金项目评分标准",
        ],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "各设区市财政局", "平潭综合实验区经济发展局"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": C}]


# ======================================================================
# Document 2: 重庆市 开放通道发展专项资金 (直辖市 = provincial level)
# ======================================================================
def doc_chongqing():
    C = []
    doc = new_doc()
    add_abstract_num(doc, 90)

    para(doc, [("重庆市商务委员会文件", XBS, 36, False, RED)], align=CENTER, indent=False, line=60)
    empty(doc)
    para(doc, ["渝商务发〔2026〕11号"], align=CENTER, indent=False)
    p = para(doc, [], indent=False, line=10)
    border(p)
    empty(doc)
    # title typed as two separate paragraphs
    para(doc, [("重庆市商务委员会关于组织申报2026年度", XBS, 22)], align=CENTER, indent=False, line=36)
    para(doc, [("重庆市开放通道发展专项资金项目的通知", XBS, 22)], align=CENTER, indent=False, line=36)
    empty(doc)
    para(doc, ["各区县（自治县）商务主管部门，两江新区经济运行局，西部科学城重庆高新区改革发展局，万盛经开区商务局，有关企业："],
         indent=False)

    def body(text, runin=None, runin_font=FS, runin_bold=True, clause=True):
        runs = []
        if runin:
            runs.append((runin, runin_font, 16, runin_bold))
        runs.append(text)
        para(doc, runs)
        if clause:
            C.append((runin or "") + text)
        return

    def auto(numid, text):
        p = para(doc, [text])
        numbered(p, numid)
        return p

    def head1(text):
        para(doc, [(text, HT, 16)])

    def head2(text):
        para(doc, [(text, KT, 16)])

    body("为深入贯彻落实共建“一带一路”倡议和西部陆海新通道建设总体部署，加快建设内陆开放综合枢纽，根据《重庆市开放通道发展"
         "专项资金管理办法》（渝商务发〔2024〕35号）等规定，现将2026年度重庆市开放通道发展专项资金项目申报工作有关事项通知如下。")

    head1("一、支持范围")
    head2("（一）中欧班列（成渝）运营发展")
    n = new_num(doc, 90)
    s = ["对经重庆组织中欧班列（成渝）回程货源的企业，2025年组织回程重箱量达到200标箱（TEU）及以上的，按每标箱不超过500元"
         "给予支持，单家企业最高不超过100万元。",
         "对在重庆设立中欧班列集结分拨中心、2025年集结分拨货值超过5亿元的物流企业，给予一次性奖励50万元。"]
    for i, x in enumerate(s, 1):
        auto(n, x)
        C.append("%d.%s" % (i, x))
    head2("（二）西部陆海新通道物流发展")
    n = new_num(doc, 90)
    s = ["对通过西部陆海新通道铁海联运班列出口的企业，2025年运量达到300标箱及以上的，按每标箱不超过300元给予支持，"
         "单家企业最高不超过80万元。",
         "对开行西部陆海新通道跨境公路班车（重庆—东盟）的企业，按2025年实际开行车次给予支持，具体标准为："]
    for i, x in enumerate(s, 1):
        auto(n, x)
        C.append("%d.%s" % (i, x))
    body("（1）开行至越南、老挝的，每车次不超过2000元；")
    body("（2）开行至泰国、马来西亚、新加坡的，每车次不超过3500元；")
    body("（3）单家企业年度支持金额最高不超过60万元。")
    head2("（三）国际物流服务能力提升")
    n = new_num(doc, 90)
    x = ("支持企业在中欧班列、西部陆海新通道沿线国家和地区建设或租赁海外仓、境外集散分拨中心，按项目实际投资额的20%"
         "给予支持，单个项目最高不超过150万元。")
    auto(n, x)
    C.append("1." + x)

    head1("二、申报条件")
    body("（一）申报企业在重庆市行政区域内依法注册登记，具有独立法人资格，财务管理制度健全，纳税信用良好。")
    body("（二）申报项目实施期为2025年1月1日至2025年12月31日。")
    body("（三）申报企业近三年内无重大违法违规记录，未被列入失信被执行人名单。")
    body("（四）同一项目不得同时申报本专项资金中的两个及以上支持方向，已获得中央或市级其他财政资金支持的项目不得重复申报。")

    head1("三、申报程序")
    body("申报企业登录“重庆市商务专项资金管理系统”填报项目信息，并将申报材料纸质版（一式两份）报送注册地区县商务主管部门。",
         runin="（一）企业申报。", runin_font=KT, runin_bold=False)
    body("各区县商务主管部门对申报材料进行审核，重点核实项目真实性和业务完成情况，出具审核意见后报送市商务委。",
         runin="（二）区县审核。", runin_font=KT, runin_bold=False)
    body("市商务委委托第三方机构按照《2026年度重庆市开放通道发展专项资金项目评分标准》（附件2）进行评审，评审结果经市商务委"
         "主任办公会审定后向社会公示。",
         runin="（三）市级评审。", runin_font=KT, runin_bold=False)

    head1("四、时间安排")
    body("企业网上申报时间为2026年3月16日至2026年4月15日；各区县商务主管部门须于2026年4月30日前完成审核并报送市商务委；"
         "市商务委拟于2026年6月15日前完成评审和公示工作。逾期未报送的，视为自动放弃。")

    head1("五、其他事项")
    body("（一）各区县商务主管部门要认真做好政策宣传解读，指导企业规范申报，对申报材料审核不严、把关不力的，将酌情扣减该区县"
         "下一年度项目推荐名额。")
    body("（二）本通知由市商务委负责解释。未尽事宜，请与市商务委开放通道处联系（联系人：赵婷，电话：023-62663875；"
         "系统技术支持：023-62663092）。")

    empty(doc)
    # 附件 list typed with a hanging layout via spaces
    para(doc, ["附件：1.2026年度重庆市开放通道发展专项资金项目申报书\n　　　　　2.2026年度重庆市开放通道发展专项资金项目评分标准"])
    empty(doc, 2)
    para(doc, ["重庆市商务委员会　　　　"], align=RIGHT, indent=False)
    para(doc, ["2026年3月10日　　　　　"], align=RIGHT, indent=False)
    empty(doc)
    para(doc, ["（此件公开发布）"])

    # 版记 in a layout table straight after the body
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(m, "抄送：市财政局，市口岸物流办。", size=14, align=LEFT)
    cell_text(t.cell(1, 0), "重庆市商务委员会办公室", size=14, align=LEFT)
    cell_text(t.cell(1, 1), "2026年3月11日印发", size=14, align=RIGHT)
    set_widths(t, [8.0, 7.6])

    # ---------------- 附件1 申报书
    para(doc, [("附件1", HT, 16)], indent=False, align=LEFT, page_before=True)
    empty(doc, 2)
    para(doc, [("2026年度重庆市开放通道发展专项资金\n项目申报书", XBS, 22)], align=CENTER, indent=False, line=44)
    empty(doc, 3)
    cover = [
        "申报企业（盖章）：________________________",
        "项目名称：________________________________",
        "支持方向：" + CB + "中欧班列（成渝）运营发展\n　　　　　" + CB + "西部陆海新通道物流发展\n　　　　　" + CB + "国际物流服务能力提升",
        "所在区县：________________________________",
        "企业联系人：__________　手机：______________",
        "申报日期：2026年　　月　　日",
    ]
    for line in cover:
        para(doc, [line], indent=False, left_indent=Cm(1.2), line=40)
    C.extend([
        "申报企业（盖章）：________________________",
        "项目名称：________________________________",
        "支持方向：" + CB + "中欧班列（成渝）运营发展 " + CB + "西部陆海新通道物流发展 " + CB + "国际物流服务能力提升",
        "所在区县：________________________________",
        "企业联系人：__________　手机：______________",
        "申报日期：2026年　　月　　日",
    ])

    para(doc, [("一、企业基本情况", HT, 16)], page_before=True)
    t = doc.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid = [
        ("企业名称", None, None, None),
        ("统一社会信用代码", "", "注册资本（万元）", ""),
        ("注册地址", None, None, None),
        ("法定代表人", "", "联系电话", ""),
        ("企业类型", CB + "铁路/公路运输　" + CB + "国际货代　" + CB + "外贸生产　" + CB + "其他", None, None),
        ("是否为海关AEO高级认证企业", CB + "是　" + CB + "否", "2025年营业收入（万元）", ""),
        ("2025年进出口额（万美元）", "", "纳税信用等级", ""),
        ("企业简介（200字以内）", None, None, None),
    ]
    for ri, row in enumerate(grid):
        if row[2] is None:
            m = t.cell(ri, 1).merge(t.cell(ri, 3))
            cell_text(t.cell(ri, 0), row[0])
            if row[1]:
                cell_text(m, row[1], align=LEFT)
            C.append(row[0] + "：" + (row[1] or ""))
        else:
            for ci in range(4):
                cell_text(t.cell(ri, ci), row[ci])
            C.append("%s：%s；%s：%s" % row)
    t.rows[7].height = Cm(3.0)
    set_widths(t, [4.2, 3.8, 4.2, 3.4])

    empty(doc)
    para(doc, [("二、项目申报情况", HT, 16)])
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "支持方向", "业务内容", "2025年完成量", "申请金额（万元）"]
    for ci, h in enumerate(hdr):
        cell_text(t.cell(0, ci), h, bold=True, font=HT)
    ex = ["示例", "中欧班列（成渝）运营发展", "组织回程重箱", "260标箱", "13.00"]
    for ci, v in enumerate(ex):
        cell_text(t.cell(1, ci), v)
    C.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, ex)))
    set_widths(t, [1.6, 4.4, 3.6, 2.8, 3.2])
    para(doc, ["注：申请金额按照通知规定的支持标准测算，保留两位小数。"], line=24)
    C.append("注：申请金额按照通知规定的支持标准测算，保留两位小数。")

    empty(doc)
    para(doc, [("三、申报企业承诺", HT, 16)])
    body("本企业承诺所提供的申报材料真实、准确、完整，如有虚假，愿意承担相应法律责任，并退回已获得的专项资金。")

    # ---------------- 附件2 评分标准 (vertical merges)
    para(doc, [("附件2", HT, 16)], indent=False, align=LEFT, page_before=True)
    empty(doc)
    para(doc, [("2026年度重庆市开放通道发展专项资金项目评分标准", XBS, 20)], align=CENTER, indent=False, line=32)
    empty(doc)
    rows = [
        ("基础条件（25分）", "企业资质", "依法设立满2年且纳税信用等级为A级的得10分，B级的得6分，其他得2分", "10"),
        ("基础条件（25分）", "财务状况", "2025年营业收入、利润总额均同比增长的得15分，其中一项增长的得8分", "15"),
        ("项目绩效（50分）", "业务规模", "2025年运量达到支持标准的得20分，每超过标准20%加5分，最高30分", "30"),
        ("项目绩效（50分）", "带动作用", "带动本地进出口企业数量、新增外贸进出口额情况，最高20分", "20"),
        ("发展潜力（25分）", "创新示范", "运用多式联运“一单制”、数字化物流平台等创新模式的得10分", "10"),
        ("发展潜力（25分）", "可持续性", "2026年业务计划明确、具备稳定货源和持续运营能力的，最高15分", "15"),
    ]
    t = doc.add_table(rows=len(rows) + 2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["一级指标", "二级指标", "评分细则", "分值"]
    for ci, h in enumerate(hdr):
        cell_text(t.cell(0, ci), h, bold=True, font=HT)
    for ri, r in enumerate(rows, start=1):
        for ci in (1, 2, 3):
            cell_text(t.cell(ri, ci), r[ci], align=LEFT if ci == 2 else CENTER)
        C.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    for top in (1, 3, 5):
        m = t.cell(top, 0).merge(t.cell(top + 1, 0))
        cell_text(m, rows[top - 1][0])
    last = len(rows) + 1
    m = t.cell(last, 0).merge(t.cell(last, 2))
    cell_text(m, "合计", bold=True)
    cell_text(t.cell(last, 3), "100", bold=True)
    C.append("一级指标：合计；分值：100")
    set_widths(t, [3.2, 2.6, 7.8, 1.8])

    meta = {
        "title": "重庆市商务委员会关于组织申报2026年度重庆市开放通道发展专项资金项目的通知",
        "doc_number": "渝商务发〔2026〕11号",
        "issuer": ["重庆市商务委员会"],
        "date": "2026-03-10",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [
            "2026年度重庆市开放通道发展专项资金项目申报书",
            "2026年度重庆市开放通道发展专项资金项目评分标准",
        ],
        "doc_type": "通知",
        "recipients": [
            "各区县（自治县）商务主管部门",
            "两江新区经济运行局",
            "西部科学城重庆高新区改革发展局",
            "万盛经开区商务局",
            "有关企业",
        ],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": C}]


# ======================================================================
# Document 3: 山东自贸区青岛片区 保税业态 (zone level)
# ======================================================================
def doc_qingdao():
    C = []
    doc = new_doc()

    para(doc, [("中国（山东）自由贸易试验区", XBS, 30, False, RED)], align=CENTER, indent=False, line=48)
    para(doc, [("青岛片区管理委员会文件", XBS, 30, False, RED)], align=CENTER, indent=False, line=48)
    empty(doc)
    para(doc, ["青自贸管发〔2026〕6号"], align=CENTER, indent=False)
    p = para(doc, [], indent=False, line=10)
    border(p)
    empty(doc)
    para(doc, [("中国（山东）自由贸易试验区青岛片区", XBS, 22)], align=CENTER, indent=False, line=36)
    para(doc, [("管理委员会关于组织申报2026年度青岛片区", XBS, 22)], align=CENTER, indent=False, line=36)
    para(doc, [("保税业态创新发展专项资金项目的通知", XBS, 22)], align=CENTER, indent=False, line=36)
    empty(doc)
    para(doc, ["片区各部门、各功能区，各有关企业："], indent=False)

    def body(text, runin=None, runin_font=FS, runin_bold=True, clause=True):
        runs = []
        if runin:
            runs.append((runin, runin_font, 16, runin_bold))
        runs.append(text)
        para(doc, runs)
        if clause:
            C.append((runin or "") + text)

    def head1(text):
        # typed as bold 黑体 with trailing spaces
        para(doc, [(text + "  ", HT, 16, True)])

    body("为深入实施自由贸易试验区提升战略，支持青岛前湾综合保税区、青岛西海岸综合保税区加快发展保税维修、保税研发、"
         "跨境电商保税备货、融资租赁等新业态，根据《青岛片区促进保税业态创新发展若干政策措施》，现就做好2026年度专项资金"
         "项目申报工作通知如下：")

    head1("一、支持对象和内容")
    body("对在片区内综合保税区开展“两头在外”保税维修业务的企业，2025年维修货值达到5000万元以上的，按维修货值的0.5%给予"
         "奖励，单个企业最高不超过100万元。", runin="1.保税维修。")
    body("对2025年在综合保税区内开展跨境电商网购保税进口（1210）业务、申报清单量同比增长20%以上的企业，按每单不超过0.5元"
         "给予支持，单个企业最高不超过80万元。", runin="2.跨境电商保税备货。")
    # full-width period typed by hand
    body("对在综合保税区内设立研发中心、开展全球保税研发业务的企业，按2025年研发设备、耗材进口额的5%给予支持，单个企业"
         "最高不超过50万元。", runin="3．保税研发。")
    body("对在片区内注册的融资租赁企业以保税租赁方式引进飞机、船舶、大型设备的，按租赁标的物价值的0.3%给予一次性奖励，"
         "单个企业最高不超过200万元。", runin="4.融资租赁。")
    body("其他经片区管委会认定的首创性、差异化保税新业态项目，采取“一事一议”方式给予支持。", runin="5.其他新业态。")

    head1("二、申报条件")
    body("（一）在片区内依法注册、具有独立法人资格，且在片区内实际经营、依法纳税的企业；")
    body("（二）企业海关信用等级为一般认证及以上，近两年未发生走私违法行为或被海关处以较大金额罚款；")
    body("（三）申报项目须于2025年1月1日至12月31日期间发生，相关业务数据以海关、税务等部门统计数据为准。")

    head1("三、申报材料")
    body("申报企业应提交下列材料，纸质材料按顺序装订成册并加盖企业公章：")
    for s in [
        "1.项目申报书（附件1）；",
        "2.企业营业执照复印件；",
        "3.海关出具的业务数据证明或经海关核验的统计报表；",
        "4.第三方审计机构出具的专项审计报告（申请金额50万元以下的可提供经审计的年度财务报表）；",
        "5.片区管委会要求提供的其他材料。",
    ]:
        body(s)

    head1("四、申报时间和方式")
    body("申报时间为2026年3月23日至4月17日（工作日上午8:30—11:30，下午13:30—17:00）。申报企业须在规定时间内将纸质材料"
         "报送至片区管委会产业发展部（片区政务服务中心3楼305室），电子版材料刻录光盘一并报送。")
    body("片区管委会将于2026年5月上旬组织专家评审，并对拟支持项目进行现场核查，评审结果在青岛西海岸新区政府网站公示7日。"
         "公示无异议的，按程序拨付资金。")

    head1("五、其他事项")
    body("（一）申报企业对申报材料的真实性、准确性负责。对弄虚作假、骗取专项资金的，追回全部资金，纳入信用记录，五年内不得"
         "申报片区各类扶持资金。")
    body("（二）本通知自印发之日起施行，有效期至2026年12月31日。")
    body("（三）联系人：产业发展部　刘洋，联系电话：0532-86881236。")

    empty(doc)
    para(doc, ["附件：1.2026年度青岛片区保税业态创新发展专项资金项目申报书"])
    para(doc, ["2.2026年度青岛片区保税业态创新发展专项资金项目评分标准"], left_indent=Cm(1.7))
    empty(doc, 3)
    # 落款 in a borderless layout table (right column)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 1), "中国（山东）自由贸易试验区\n青岛片区管理委员会", size=16)
    cell_text(t.cell(1, 1), "2026年3月18日", size=16)
    set_widths(t, [6.0, 9.6])
    empty(doc)
    para(doc, ["（此件公开发布）"])

    # ---------------- 附件1
    para(doc, [("附件1", HT, 16)], indent=False, align=LEFT, page_before=True)
    empty(doc, 3)
    para(doc, [("2026年度青岛片区保税业态创新发展专项资金", XBS, 20)], align=CENTER, indent=False, line=40)
    para(doc, [("项 目 申 报 书", XBS, 26)], align=CENTER, indent=False, line=40)
    empty(doc, 4)
    cover = [
        "申报单位（盖章）：________________________",
        "申报类别：" + CB + "保税维修　" + CB + "跨境电商保税备货　" + CB + "保税研发　" + CB + "融资租赁　" + CB + "其他",
        "所在综合保税区：" + CB + "青岛前湾综合保税区　" + CB + "青岛西海岸综合保税区　" + CB + "区外",
        "申请金额（万元）：________________________",
        "填报日期：______年____月____日",
    ]
    for line in cover:
        para(doc, [line], indent=False, left_indent=Cm(1.0), line=40)
        C.append(line)

    para(doc, [("基本情况表", HT, 18)], align=CENTER, indent=False, page_before=True)
    grid = [
        ("企业名称", ""),
        ("统一社会信用代码", ""),
        ("海关编码", ""),
        ("海关信用等级", CB + "高级认证　" + CB + "一般认证"),
        ("是否在综合保税区内实际经营", CB + "是　" + CB + "否"),
        ("2025年业务货值（万元）", ""),
        ("2025年纳税额（万元）", ""),
        ("项目简介（300字以内）", ""),
        ("申报单位承诺", "本单位承诺所报材料真实有效，如有虚假，愿承担一切法律责任。"),
    ]
    t = doc.add_table(rows=len(grid), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, (k, v) in enumerate(grid):
        cell_text(t.cell(ri, 0), k)
        if v:
            cell_text(t.cell(ri, 1), v, align=LEFT)
        C.append(k + "：" + v)
    t.rows[7].height = Cm(4.0)
    set_widths(t, [5.2, 10.4])

    # ---------------- 附件2 (title row inside the table)
    para(doc, [("附件2", HT, 16)], indent=False, align=LEFT, page_before=True)
    empty(doc)
    rows = [
        ("1", "企业经营情况", "企业2025年营业收入、纳税额及同比增长情况", "20"),
        ("2", "业务规模", "2025年保税业务货值、清单量、租赁标的物价值等指标完成情况", "30"),
        ("3", "创新性", "业务模式在全国、全省具有首创性或示范性，形成可复制推广经验", "20"),
        ("4", "带动效应", "对片区产业链延伸、就业、税收的带动作用", "20"),
        ("5", "合规经营", "海关信用等级、近两年合规经营情况", "10"),
    ]
    t = doc.add_table(rows=len(rows) + 3, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(m, "2026年度青岛片区保税业态创新发展专项资金项目评分标准", size=18, font=XBS)
    hdr = ["序号", "评分项目", "评分内容", "分值"]
    for ci, h in enumerate(hdr):
        cell_text(t.cell(1, ci), h, bold=True, font=HT)
    for ri, r in enumerate(rows, start=2):
        for ci in range(4):
            cell_text(t.cell(ri, ci), r[ci], align=LEFT if ci == 2 else CENTER)
        C.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    last = len(rows) + 2
    cell_text(t.cell(last, 1), "合计", bold=True)
    cell_text(t.cell(last, 3), "100", bold=True)
    C.append("评分项目：合计；分值：100")
    set_widths(t, [1.5, 3.4, 8.9, 1.8])
    para(doc, ["备注：评审总分低于60分的项目不予支持。"], line=24)
    C.append("备注：评审总分低于60分的项目不予支持。")

    # 版记
    empty(doc, 3)
    p = para(doc, [("抄送：青岛西海岸新区财政局，青岛海关驻前湾综合保税区办事处。", FS, 14)], indent=False)
    border(p, sides=("top", "bottom"), color="000000", sz=8)
    p = para(doc, [("青岛片区管委会办公室　　　　　　　　　2026年3月18日印发", FS, 14)], indent=False)
    border(p, sides=("bottom",), color="000000", sz=12)

    meta = {
        "title": "中国（山东）自由贸易试验区青岛片区管理委员会关于组织申报2026年度青岛片区保税业态创新发展专项资金项目的通知",
        "doc_number": "青自贸管发〔2026〕6号",
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2026-03-18",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": "2026-03-18",
        "expires": "2026-12-31",
        "attachments": [
            "2026年度青岛片区保税业态创新发展专项资金项目申报书",
            "2026年度青岛片区保税业态创新发展专项资金项目评分标准",
        ],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各功能区", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": C}]


def main():
    expected = {}
    for stem, fn in [
        ("blind381_fujian_tongzhi", doc_fujian),
        ("blind381_chongqing_tongzhi", doc_chongqing),
        ("blind381_qingdao_tongzhi", doc_qingdao),
    ]:
        doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_381", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
