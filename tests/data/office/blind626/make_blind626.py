# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 626: vertical-text category columns in tables."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)
BR = object()  # soft line break marker


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fill(p, segs, size=16, font=FS, align=None, indent=True, exact=28):
    """segs: str | list of (text, font, bold) / BR"""
    if isinstance(segs, str):
        segs = [(segs, font, False)]
    for s in segs:
        if s is BR:
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        text, f, b = s
        r = p.add_run(text)
        set_font(r, f, size, bold=b)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    return p


def para(doc, segs, **kw):
    return fill(doc.add_paragraph(), segs, **kw)


def seg_text(segs):
    if isinstance(segs, str):
        return segs
    return "".join(s[0] for s in segs if s is not BR)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY


def border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come after keepNext..numPr etc.; python-docx pPr ordering:
        ppr.insert_element_before(
            pbdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
            "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
            "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
            "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
            "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
            "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
            "w:rPr", "w:sectPr", "w:pPrChange")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


TCPR_AFTER_TD = ("w:tcFitText", "w:vAlign", "w:hideMark", "w:headers",
                 "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")


def text_dir(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    old = tcpr.find(qn("w:textDirection"))
    if old is not None:
        tcpr.remove(old)
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), val)
    tcpr.insert_element_before(td, *TCPR_AFTER_TD)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.insert(0, el)


def cell_text(cell, segs, size=10.5, font=FS, align=WD_ALIGN_PARAGRAPH.LEFT,
              bold=False, exact=None):
    p = cell.paragraphs[0]
    if isinstance(segs, str):
        segs = [(segs, font, bold)]
    fill(p, segs, size=size, align=align, indent=False, exact=exact)
    return p


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.5)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    sec = doc.sections[0]
    a4_portrait(sec)
    page_number_footer(sec)
    return doc


def banji(doc, chaosong, yinfa_org, yinfa_date):
    p = para(doc, chaosong, size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", color="000000", sz=8)
    border(p, "bottom", color="000000", sz=4)
    p = para(doc, [(yinfa_org + "　　　　　　　　　　" + yinfa_date, FS, False)],
             size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", color="000000", sz=8)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_626", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def set_grid(tbl, widths):
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))


# ================================================================ file 1
def make_nansha():
    stem = "blind626_nansha_tongzhi"
    doc = new_doc()
    issuer = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会"
    docno = "南自贸管〔2026〕5号"
    att_title = "南沙片区惠企政策一览表（2026年版）"
    region = "中国（广东）自由贸易试验区广州南沙新区片区"

    # red header: two lines typed with a soft break
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("中国（广东）自由贸易试验区")
    set_font(r, XBS, 26, color=RED)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("广州南沙新区片区管理委员会文件")
    set_font(r, XBS, 26, color=RED)
    p.paragraph_format.space_after = Pt(0)
    empty(doc, 1)
    p = para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18)
    empty(doc, 1)

    # title over two lines, soft break after the organ name
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(issuer)
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发《%s》的通知" % att_title)
    set_font(r, XBS, 22)
    p.paragraph_format.line_spacing = Pt(36)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    title = issuer + "关于印发《%s》的通知" % att_title
    empty(doc, 1)

    para(doc, "片区管委会各部门，各镇（街），各有关企业：", indent=False)

    body = [
        "为深入贯彻落实《国务院关于印发广州南沙深化面向世界的粤港澳全面合作总体方案的通知》（国发〔2022〕13号）有关部署，进一步擦亮自贸试验区制度创新“金字招牌”，推动各类惠企政策直达快享、应享尽享，我委对片区现行有效的财政支持、金融服务、人才保障、通关便利等惠企政策进行了系统梳理，形成了《南沙片区惠企政策一览表（2026年版）》（以下简称《一览表》）。经管委会同意，现印发给你们，并就有关事项通知如下：",
        [("一、强化政策宣传解读。", HT, False),
         ("各责任部门要在《一览表》印发后10个工作日内，通过南沙政务服务网、“南沙企业服务”小程序等渠道发布政策解读和申报指南，逐项明确申报时间、申报材料和办理流程，做到“一项政策、一份指南、一个咨询电话”。", FS, False)],
        [("二、推行“免申即享”。", HT, False),
         ("对财政支持类政策中依托部门数据能够直接确定兑现对象和金额的事项，", FS, False), BR,
         ("责任部门要会同片区政务服务数据管理部门推行“免申即享”；确需企业申报的，原则上实行“一表申报、一次办结”，兑现时限不超过30个工作日。", FS, False)],
        [("三、加强跨部门协同。", HT, False),
         ("涉及多个部门的政策事项，由《一览表》所列第一个责任部门牵头，其他部门配合。南沙海关、南沙区税务局等驻区单位负责的通关便利、人才保障事项，由片区管委会经济发展局（自贸办）负责统筹对接。", FS, False)],
        [("四、实行动态调整。", HT, False),
         ("国家、省、市出台新的惠企政策或者现有政策调整的，各责任部门要在政策调整之日起15个工作日内报送更新内容，由片区管委会经济发展局（自贸办）汇总后按程序更新《一览表》并向社会公布。", FS, False)],
        [("五、严格资金监管。", HT, False),
         ("享受财政支持政策的企业应当如实申报，对弄虚作假、骗取扶持资金的，依法依规追回已拨付资金，并将相关信息纳入公共信用信息管理系统；涉嫌犯罪的，依法移送司法机关处理。", FS, False)],
        [("六、", HT, False),
         ("本通知自2026年4月1日起施行，有效期至2027年12月31日。《关于印发〈南沙片区惠企政策一览表（2024年版）〉的通知》（南自贸管〔2024〕11号）同时废止。", FS, False)],
        "执行过程中遇到的问题，请径向片区管委会经济发展局（自贸办）反映。联系人：黄志恒，联系电话：020-39071826。",
    ]
    clauses1 = []
    for b in body:
        para(doc, b)
        clauses1.append(seg_text(b))

    empty(doc, 1)
    # 附件 line with manual full-width spaces
    para(doc, "附件：" + att_title, indent=True)
    empty(doc, 3)
    # 落款 typed with spaces, organ name broken over two lines
    para(doc, "　　　　　　　　　　中国（广东）自由贸易试验区广州南沙", indent=False)
    para(doc, "　　　　　　　　　　　　　　新区片区管理委员会", indent=False)
    para(doc, "　　　　　　　　　　　　　　　2026年3月16日", indent=False)
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    # ---------------- attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    para(doc, [("附件", HT, False)], indent=False)
    empty(doc, 1)
    para(doc, [(att_title, XBS, False)], size=22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    empty(doc, 1)

    cols = ["类别", "序号", "政策名称", "支持内容", "申报条件", "责任部门"]
    widths = [Cm(1.3), Cm(1.2), Cm(3.4), Cm(8.0), Cm(6.6), Cm(3.2)]
    groups = [
        ("财政支持", "tbRlV", [
            ("总部企业落户奖励",
             "对新落户片区且经认定的总部企业，按其实缴注册资本规模给予最高2000万元一次性落户奖励，分三年按40%、30%、30%的比例拨付。",
             "在片区办理商事登记和税务登记，并承诺10年内不迁离；上年度营业收入不低于5亿元；符合片区总部企业认定标准。",
             "片区管委会投资促进局"),
            ("跨境电商企业发展扶持",
             "对年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予50万元、150万元、300万元一次性奖励，同一企业按差额补足，不重复享受。",
             "在片区注册，通过南沙海关跨境电商通关服务平台申报；上年度无重大违法违规记录。",
             "片区管委会经济发展局（自贸办）"),
            ("融资租赁业务补贴",
             "对开展飞机、船舶、大型设备跨境租赁业务的融资租赁企业，按租赁资产交易额的0.5%给予补贴，单个企业每年最高500万元。",
             "注册于片区的融资租赁企业或其项目子公司（SPV）；租赁物已在境内完成报关或者登记。",
             "片区管委会金融工作局"),
            ("外资企业增资扩产奖励",
             "对年度实际使用外资金额超过3000万美元的增资扩产项目，按实际到资金额的1%给予奖励，单个项目最高1000万元。",
             "外商投资企业以利润再投资或者境外投资者增资；资金已按外汇管理规定到位并完成外商投资信息报告。",
             "片区管委会投资促进局"),
        ]),
        ("金融服务", "tbRlV", [
            ("自由贸易账户便利化",
             "支持区内企业开立自由贸易账户（FT账户），办理跨境贸易结算、跨境投融资等业务，经常项目下资金按照“展业三原则”直接办理。",
             "在片区注册的企业及符合条件的境外机构；开户银行已建立自由贸易账户分账核算单元。",
             "片区管委会金融工作局、国家外汇管理局广东省分局"),
            ("跨境人民币结算便利",
             "优质企业跨境人民币结算凭收付款指令直接办理，无需事前逐笔提交单证；支持开展跨境电商人民币结算业务。",
             "纳入跨境人民币结算优质企业名单；近两年无外汇和跨境人民币业务违规记录。",
             "片区管委会金融工作局"),
            ("科技企业贷款贴息",
             "对科技型中小企业获得的银行贷款，按实际支付利息的50%给予贴息，单个企业每年最高100万元。",
             "入库国家科技型中小企业或者认定为高新技术企业；贷款用于研发和生产经营。",
             "片区管委会科技和工业信息化局"),
        ]),
        ("人才保障", "tbRlV", [
            ("港澳青年创新创业补贴",
             "对在片区创办企业的港澳青年给予最高20万元创业启动资金，并提供最长3年免租金办公场地。",
             "年龄在18至45周岁的港澳居民；企业在片区注册满6个月且正常经营。",
             "南沙区人力资源和社会保障局"),
            ("高端人才个人所得税优惠",
             "对在片区工作的高端人才和紧缺人才，其个人所得税实际税负超过15%的部分予以免征。",
             "符合南沙高端人才和紧缺人才认定标准；在片区连续工作满1年；纳税年度内在片区缴纳个人所得税。",
             "国家税务总局广州市南沙区税务局"),
            ("人才安居保障",
             "对经认定的各类人才提供人才公寓租住，或者给予每月最高5000元住房补贴，补贴期限最长3年。",
             "在片区全职工作并缴纳社会保险；本人及配偶在南沙区无自有住房。",
             "南沙区住房和城乡建设局"),
        ]),
        # typed with a soft break after every character instead of textDirection
        ("通关便利", "chars", [
            ("跨境电商“一次申报、分批出区”",
             "对南沙综合保税区内跨境电商出口海外仓、直购进口商品实行“一次申报、分批出区、集中报关”，压缩货物出区时间。",
             "在南沙综合保税区内开展跨境电商业务并已完成海关备案的企业。",
             "南沙海关"),
            ("中欧班列“铁海联运”便利",
             "对经南沙港铁路转关的中欧（亚）班列货物实施“一单制”联运和“船边直提”“抵港直装”，实行7×24小时预约通关。",
             "承运班列货物的物流企业已在海关办理注册登记；货物已通过国际贸易“单一窗口”申报。",
             "南沙海关、片区管委会交通运输局"),
            ("海关高级认证企业便利",
             "对海关高级认证企业给予降低查验率、优先办理通关手续、适用较低的出口退税核查比例等便利措施。",
             "通过海关高级认证；上年度无走私违法记录。",
             "南沙海关"),
            ("进口冷链食品“两段准入”",
             "对进口肉类、水产品等冷链食品实施“两段准入”监管，符合条件的货物在口岸完成准入检查后即可提离。",
             "收货人已在海关完成备案；货物附有合格的检疫证书和溯源信息。",
             "南沙海关"),
        ]),
    ]
    nrows = 1 + sum(len(g[2]) for g in groups)
    tbl = doc.add_table(rows=nrows, cols=len(cols))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for i, c in enumerate(cols):
        cell = tbl.cell(0, i)
        cell_text(cell, c, size=12, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(tbl.rows[0])
    clauses2 = []
    r = 1
    n = 0
    for cat, mode, rows in groups:
        top = r
        for (name, content, cond, dept) in rows:
            n += 1
            vals = [str(n), name, content, cond, dept]
            aligns = [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                      WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.JUSTIFY,
                      WD_ALIGN_PARAGRAPH.CENTER]
            for j, v in enumerate(vals):
                cell = tbl.cell(r, j + 1)
                cell_text(cell, v, align=aligns[j])
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cant_split(tbl.rows[r])
            clauses2.append(row_clause(cols, [cat] + vals))
            r += 1
        cat_cell = tbl.cell(top, 0)
        if mode == "chars":
            segs = []
            for k, ch in enumerate(cat):
                if k:
                    segs.append(BR)
                segs.append((ch, HT, False))
            cell_text(cat_cell, segs, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        else:
            cell_text(cat_cell, cat, size=12, font=HT,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        merged = cat_cell.merge(tbl.cell(r - 1, 0))
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if mode != "chars":
            for rr in range(top, r):
                text_dir(tbl.cell(rr, 0), mode)
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    set_grid(tbl, widths)

    notes = [
        "注：1.本表所列政策自2026年4月1日起执行，有效期至2027年12月31日；国家和省、市另有规定的，从其规定。",
        "2.同一企业同一项目同时符合本表及片区其他同类扶持政策的，按照“就高不重复”原则执行。",
        "3.本表所列政策的具体申报时间和申报材料，以各责任部门发布的申报指南为准。",
    ]
    empty(doc, 1)
    for t in notes:
        p = para(doc, t, size=12, indent=False, exact=20)
        if not t.startswith("注"):
            p.paragraph_format.left_indent = Pt(36)
        clauses2.append(t)

    # back to portrait for the 版记 page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec)
    empty(doc, 16)
    banji(doc, "抄送：广州市商务局，南沙海关，国家税务总局广州市南沙区税务局，国家外汇管理局广东省分局。",
          "中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室", "")
    # fix印发 line: office + date on one line with spaces
    last = doc.paragraphs[-1]
    for run in last.runs:
        run.text = ""
    rr = last.add_run("南沙片区管委会办公室　　　　　　　　2026年3月17日印发")
    set_font(rr, FS, 14)

    out = os.path.join(HERE, stem + ".docx")
    doc.save(out)

    meta_common = {
        "issuer": [issuer],
        "date": "2026-03-16",
        "published": None,
        "level": "zone",
        "region": region,
    }
    notice = {
        "meta": dict(
            title=title, doc_number=docno, **meta_common,
            effective="2026-04-01", expires="2027-12-31",
            attachments=[att_title], doc_type="通知",
            recipients=["片区管委会各部门", "各镇（街）", "各有关企业"],
            publicity="此件公开发布",
            repeals="《关于印发〈南沙片区惠企政策一览表（2024年版）〉的通知》（南自贸管〔2024〕11号）",
        ),
        "clauses": clauses1,
    }
    table_doc = {
        "meta": dict(
            title=att_title, doc_number=None, **meta_common,
            effective="2026-04-01", expires="2027-12-31",
            attachments=[], doc_type="一览表", recipients=[],
            publicity=None, repeals=None,
        ),
        "clauses": clauses2,
    }
    # reorder keys like the spec
    order = ["title", "doc_number", "issuer", "date", "published", "level",
             "region", "effective", "expires", "attachments", "doc_type",
             "recipients", "publicity", "repeals"]
    for d in (notice, table_doc):
        d["meta"] = {k: d["meta"][k] for k in order}
    return stem, out, [notice, table_doc]


# ================================================================ file 2
NUM_XML = (
    '<w:abstractNum %s w:abstractNumId="626">'
    '<w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/>'
    '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls("w"))


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUM_XML)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="626"><w:abstractNumId w:val="626"/></w:num>'
                    % nsdecls("w"))
    numbering.append(num)
    return 626


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    ppr.insert_element_before(
        numpr, "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
        "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
        "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
        "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
        "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
        "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
        "w:pPrChange")


def make_zhengzhou():
    stem = "blind626_zhengzhou_fengong"
    doc = new_doc()
    num_id = add_numbering(doc)
    issuers = ["郑州市商务局", "郑州市发展和改革委员会", "郑州海关"]
    docno = "郑商务〔2025〕27号"

    # joint red header as a borderless layout table
    ht = doc.add_table(rows=1, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    ht.autofit = False
    left, right = ht.cell(0, 0), ht.cell(0, 1)
    left.width = Cm(11.5)
    right.width = Cm(3.8)
    set_grid(ht, [Cm(11.5), Cm(3.8)])
    for k, name in enumerate(issuers):
        p = left.paragraphs[0] if k == 0 else left.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(name)
        set_font(r, XBS, 26, color=RED)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, 40, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(doc, 1)
    p = para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18)
    empty(doc, 1)

    title = ("郑州市商务局　郑州市发展和改革委员会　郑州海关"
             "关于明确中欧班列（中豫号）郑州集结中心高质量发展重点任务职责分工的通知")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, part in enumerate(["郑州市商务局　郑州市发展和改革委员会　郑州海关",
                              "关于明确中欧班列（中豫号）郑州集结中心",
                              "高质量发展重点任务职责分工的通知"]):
        r = p.add_run(part)
        set_font(r, XBS, 22)
        if k < 2:
            r.add_break(WD_BREAK.LINE)
    p.paragraph_format.line_spacing = Pt(36)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    empty(doc, 1)

    recipients = ["各开发区、区县（市）商务主管部门", "市直有关单位",
                  "郑州海关各隶属海关", "郑州国际陆港开发建设有限公司"]
    para(doc, "各开发区、区县（市）商务主管部门，市直有关单位，郑州海关各隶属海关，郑州国际陆港开发建设有限公司：",
         indent=False)

    clauses = []

    def bp(segs, **kw):
        p = para(doc, segs, **kw)
        clauses.append(seg_text(segs))
        return p

    bp("为贯彻落实省委、省政府关于推进中欧班列（中豫号）高质量发展的决策部署，加快建设中欧班列郑州集结中心，推动中欧班列与跨境电商、综合保税区、自由贸易试验区联动发展，经研究，现将2025—2026年重点任务职责分工明确如下。")
    para(doc, [("一、工作目标", HT, False)])
    bp("到2026年底，中欧班列（中豫号）年开行量稳定在3000列以上，集结分拨网络覆盖全国20个以上省份，跨境电商专列实现常态化开行，班列运输货值突破600亿元，郑州集结中心枢纽功能进一步增强。")
    para(doc, [("二、职责分工", HT, False)])
    bp("各项重点任务按照启动部署、攻坚突破、巩固提升三个阶段推进，各阶段任务及牵头、配合单位见下表。")
    para(doc, [("中欧班列（中豫号）郑州集结中心高质量发展重点任务职责分工表", HT, False)],
         size=14, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)

    colnames = ["阶段", "序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    widths = [Cm(1.3), Cm(1.1), Cm(6.3), Cm(2.4), Cm(2.7), Cm(1.9)]
    stages = [
        ("启动部署阶段（2025年10月—12月）", [
            ("编制郑州集结中心2025—2026年建设项目清单，明确场站扩能、海关监管作业场所改造等项目建设时序。",
             "市发展改革委", "市商务局、郑州国际陆港开发建设有限公司", "2025年11月底前"),
            ("建立中欧班列（中豫号）运行监测和联席调度机制，按月通报开行量、货值和回程重载率。",
             "市商务局", "市发展改革委、郑州海关", "2025年12月底前"),
            ("梳理跨境电商专列货源企业名单，推动跨境电商企业与班列运营平台签订长期运输协议。",
             "市商务局", "郑州国际陆港开发建设有限公司", "2025年12月底前"),
        ]),
        ("攻坚突破阶段（2026年1月—6月）", [
            ("推广“跨境电商＋中欧班列”出口模式，支持跨境电商出口海外仓（9810）货物搭载班列出境，实现“一次申报、一次查验、一次放行”。",
             "郑州海关", "市商务局", "2026年3月底前"),
            ("推动郑州经开综合保税区与郑州国际陆港联动发展，开展保税货物“班列直通”试点，经班列出入区的保税货物免于重复查验。",
             "郑州海关", "郑州经开区管委会", "2026年6月底前"),
            ("拓展“班列＋冷链”业务，完善进境肉类、水果指定监管场地功能，常态化开行冷链专列。",
             "郑州国际陆港开发建设有限公司", "郑州海关、市商务局", "2026年6月底前"),
            ("探索中欧班列运单物权化，推动铁路运单融资等金融服务在中国（河南）自由贸易试验区郑州片区先行先试。",
             "市委金融办", "中国人民银行河南省分行", "2026年6月底前"),
        ]),
        ("巩固提升阶段（2026年7月—12月）", [
            ("开展中欧班列（中豫号）高质量发展评估，总结形成可复制可推广的制度创新案例，争取纳入自贸试验区改革试点经验复制推广范围。",
             "市商务局", "市发展改革委、郑州海关", "2026年10月底前"),
            ("完善班列运营补贴退坡机制，推动班列运营市场化，回程班列占比提高到45%以上。",
             "市发展改革委", "市财政局、市商务局", "2026年12月底前"),
        ]),
        ("常态推进", [
            ("加强中欧班列通道安全风险监测，建立境外节点突发事件应急处置预案。",
             "市发展改革委", "郑州海关、市应急管理局", "长期坚持"),
        ]),
    ]
    nrows = 2 + sum(len(s[1]) for s in stages)
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    set_grid(tbl, widths)
    hdr = {0: "阶段", 1: "序号", 2: "重点任务", 3: "责任单位", 5: "完成时限"}
    for j, t in hdr.items():
        cell_text(tbl.cell(0, j), t, size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(tbl.cell(1, 3), "牵头单位", size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(tbl.cell(1, 4), "配合单位", size=11, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    repeat_header(tbl.rows[1])

    r = 2
    n = 0
    for stage, tasks in stages:
        top = r
        for (task, lead, partner, due) in tasks:
            n += 1
            vals = [str(n), task, lead, partner, due]
            al = [WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY,
                  WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.CENTER,
                  WD_ALIGN_PARAGRAPH.CENTER]
            for j, v in enumerate(vals):
                c = tbl.cell(r, j + 1)
                cell_text(c, v, size=10.5, align=al[j])
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            clauses.append(row_clause(colnames, [stage] + vals))
            r += 1
        if r - 1 == top:  # single-row stage: give the rotated text room
            tbl.rows[top].height = Cm(2.6)
            tbl.rows[top].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        sc = tbl.cell(top, 0)
        cell_text(sc, stage, size=10.5, font=KT, align=WD_ALIGN_PARAGRAPH.CENTER)
        if r - 1 > top:
            sc = sc.merge(tbl.cell(r - 1, 0))
        sc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for rr in range(top, r):
            text_dir(tbl.cell(rr, 0), "btLr")

    # two-row header merges: 阶段/序号/重点任务/完成时限 down, 责任单位 across
    for j in (0, 1, 2, 5):
        m = tbl.cell(0, j).merge(tbl.cell(1, j))
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    tbl.cell(0, 3).merge(tbl.cell(0, 4))
    # the 阶段 header cell itself set vertical (upright CJK)
    text_dir(tbl.cell(0, 0), "tbRlV")
    text_dir(tbl.cell(1, 0), "tbRlV")

    para(doc, [("三、工作要求", HT, False)])
    reqs = [
        ("压实工作责任。", "各牵头单位要细化工作措施，明确时间节点和责任人，主动协调配合单位共同推进；配合单位要积极支持、密切协作，形成工作合力。"),
        ("强化调度督导。", "建立“月调度、季通报”工作机制，各牵头单位于每月5日前将上月任务进展情况报送市商务局，市商务局汇总后报市人民政府。"),
        ("加强宣传推广。", "及时总结郑州集结中心建设中的好经验好做法，积极向省和国家有关部门报送制度创新案例。"),
    ]
    cn = "一二三四五"
    for k, (h, t) in enumerate(reqs):
        p = para(doc, [(h, KT, True), (t, FS, False)], indent=False)
        p.paragraph_format.first_line_indent = Pt(32)
        set_num(p, num_id)
        clauses.append("（%s）%s%s" % (cn[k], h, t))
    bp("联系人：市商务局口岸物流处　王俊峰，联系电话：0371-67188203。")

    empty(doc, 3)
    para(doc, "郑州市商务局　　　　　　　郑州市发展和改革委员会", indent=False)
    empty(doc, 2)
    para(doc, "　　　　　　　　　　　　　　　　　郑州海关", indent=False)
    para(doc, "　　　　　　　　　　　　　　　2025年10月20日", indent=False)
    empty(doc, 1)
    para(doc, "（此件主动公开）")
    empty(doc, 4)
    banji(doc, "抄送：市人民政府办公厅，河南省商务厅。", "郑州市商务局办公室", "2025年10月21日印发")

    out = os.path.join(HERE, stem + ".docx")
    doc.save(out)
    obj = {
        "meta": {
            "title": title,
            "doc_number": docno,
            "issuer": issuers,
            "date": "2025-10-20",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": recipients,
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }
    return stem, out, [obj]


def main():
    expected = {}
    for fn in (make_nansha, make_zhengzhou):
        stem, path, objs = fn()
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
