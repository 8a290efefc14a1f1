# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 337 blind test files: 自贸片区政务服务 / 口岸通关 办事指南、服务指南.

Writes next to itself:
  blind337_qinzhou_banshizhinan.docx/.pdf  钦州港片区行政审批局 印发外商投资企业设立登记办事指南的通知
  blind337_nanning_fuwuzhinan.docx/.pdf    南宁海关 跨境电商通关服务指南 公告
  blind337_pingxiang_zhinan.html           凭祥综合保税区 入区登记备案 办事指南网页
  blind337_guangxi_qingdan.xlsx            广西自贸试验区 各片区政务服务事项清单
  expected.json
Run:  . /work/venv/bin/activate && python make_blind337.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ----------------------------------------------------------------- docx helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_text(doc, text, font=FS, size=16, bold=False, color=None, align=None,
             indent=True, line=28, before=0, after=0):
    """Paragraph; '\n' inside text becomes a soft line break (w:br)."""
    p = doc.add_paragraph()
    fmt_para(p, align, indent, line, before, after)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_run_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def add_runin(doc, head, body, head_font=HT, body_font=FS):
    """Run-in heading: 一、事项名称：正文…  (heading font differs, same paragraph)."""
    p = doc.add_paragraph()
    fmt_para(p)
    r = p.add_run(head)
    set_run_font(r, head_font)
    r = p.add_run(body)
    set_run_font(r, body_font)
    return p


def add_labeled(doc, label, body, label_font=KT):
    """（一）法定时限：…  label in 楷体, rest in 仿宋. '\n' -> soft break."""
    p = doc.add_paragraph()
    fmt_para(p)
    r = p.add_run(label)
    set_run_font(r, label_font)
    parts = body.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_run_font(r, FS)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def border(p, side, color="000000", sz=8, space=1):
    ppr = p._element.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_field(par, instr, font=SONG, size=14):
    r1 = par.add_run()
    set_run_font(r1, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._element.append(f1)
    r2 = par.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = par.add_run()
    set_run_font(r3, font, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r3._element.append(f3)


def page_number_footers(doc, section):
    """— N — ; odd pages right, even pages left (GB/T 9704 7.5)."""
    doc.settings.odd_and_even_pages_header_footer = True
    for ftr, al in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                    (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        ftr.is_linked_to_previous = False
        p = ftr.paragraphs[0]
        p.alignment = al
        p.paragraph_format.left_indent = Pt(14) if al == WD_ALIGN_PARAGRAPH.LEFT else None
        p.paragraph_format.right_indent = Pt(14) if al == WD_ALIGN_PARAGRAPH.RIGHT else None
        r = p.add_run("— ")
        set_run_font(r, SONG, 14)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_run_font(r, SONG, 14)


def a4(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = 1.0
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_run_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def set_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 + 印发机关和印发日期, with rules (first/last thicker)."""
    add_text(doc, "", indent=False).paragraph_format.keep_with_next = True
    p1 = add_text(doc, chaosong, size=14, indent=False, line=26)
    p1.paragraph_format.keep_with_next = True
    p1.paragraph_format.left_indent = Pt(14)
    p1.paragraph_format.right_indent = Pt(14)
    border(p1, "top", sz=8)
    border(p1, "bottom", sz=4)
    p2 = doc.add_paragraph()
    fmt_para(p2, indent=False, line=26)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Mm(144), alignment=2)  # right tab
    r = p2.add_run(yinfa_org + "\t" + yinfa_date + "印发")
    set_run_font(r, FS, 14)
    border(p2, "bottom", sz=8)


def to_pdf(docx_path):
    outdir = os.path.dirname(docx_path)
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_337",
           "--convert-to", "pdf", "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


def row_clause(headers, values):
    return "；".join(f"{h}：{v}" for h, v in zip(headers, values) if v)


# =============================================================================
# (a) 钦州港片区行政审批局  外商投资企业设立登记办事指南（通知 + 附件）
# =============================================================================
QZ_ZONE = "中国（广西）自由贸易试验区钦州港片区"
QZ_ORG = "中国（广西）自由贸易试验区钦州港片区行政审批局"

QZ_BODY = [
    "为深入贯彻落实《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》，"
    "主动服务高质量共建“一带一路”和西部陆海新通道建设，进一步提升中国（广西）自由贸易试验区"
    "钦州港片区外商投资便利化水平，我局依据《中华人民共和国市场主体登记管理条例》等有关规定，"
    "编制了《外商投资企业设立登记办事指南》，现印发给你们，请认真遵照执行。",
    "本指南自2024年5月1日起施行。《钦州港片区外商投资企业登记办事指南（2021年版）》"
    "（钦自贸审批发〔2021〕7号）同时废止。执行中遇到的问题，请及时向我局企业服务科反馈。",
]

QZ_LAWS = [
    "（一）《中华人民共和国外商投资法》第二十六条、第三十一条。",
    "（二）《中华人民共和国外商投资法实施条例》第三十七条、第三十九条。",
    "（三）《中华人民共和国公司法》第二十九条、第三十条。",
    "（四）《中华人民共和国市场主体登记管理条例》第三条、第十六条、第十九条。",
    "（五）《中国（广西）自由贸易试验区条例》第二十二条。",
]

QZ_CONDS = [
    "1.申请人为依法设立或者依法取得主体资格的外国投资者（含香港特别行政区、澳门特别行政区和台湾地区投资者），"
    "或者外国投资者与境内投资者共同投资。",
    "2.拟设立企业的住所（主要经营场所）位于中国（广西）自由贸易试验区钦州港片区四至范围内。",
    "3.投资领域不属于《自由贸易试验区外商投资准入特别管理措施（负面清单）》规定的禁止投资领域；"
    "属于限制投资领域的，符合负面清单规定的股权要求、高级管理人员要求等准入特别管理措施。",
    "4.企业名称已通过广西市场主体名称自主申报系统完成申报，申请材料齐全、符合法定形式。",
]

QZ_MAT_HEAD = ["序号", "材料名称", "来源", "份数", "要求"]
# (序号, 名称, 来源, 份数, 要求); 来源 rows 1-3 merged, 份数 rows 6-7 merged
QZ_MAT = [
    ("1", "《外商投资企业设立登记申请书》", "申请人自备", "原件1份",
     "由法定代表人签署；可在广西数字政务一体化平台下载格式文本"),
    ("2", "公司章程", "申请人自备", "原件1份",
     "由全体股东（发起人）签署；外方股东为法人的，由其法定代表人或者授权签字人签署"),
    ("3", "法定代表人、董事、监事和经理的任职文件及身份证件复印件", "申请人自备", "各1份",
     "外籍人员提交护照复印件；任职文件应载明任期"),
    ("4", "外国投资者的主体资格证明或者自然人身份证明", "投资者所在国家（地区）有关机构出具", "1份",
     "应当经所在国家（地区）公证机关公证并经我国驻该国使（领）馆认证；"
     "来自《取消外国公文书认证要求的公约》缔约国的，可提交附加证明书"),
    ("5", "住所（经营场所）使用证明", "申请人自备或者片区管理部门出具", "1份",
     "使用片区集中登记地的，提交入驻服务协议复印件"),
    ("6", "法律文件送达授权委托书", "申请人自备", "原件1份",
     "外国投资者应当委托境内法律文件送达接受人，并载明接受人的名称、地址和联系方式"),
    ("7", "指定代表或者共同委托代理人授权委托书", "申请人自备", "原件1份",
     "附代理人身份证件复印件"),
]
QZ_MAT_NOTE = "注：以上材料为外文的，应当同时提交加盖翻译机构印章的中文译本。"
QZ_MAT_AFTER = ("申请人可通过广西数字政务一体化平台在线提交，也可到片区政务服务中心窗口提交；"
                "在线提交的，材料应当为原件扫描件或者符合要求的电子文件。")

QZ_STEPS = [
    "步骤一：申请。申请人通过广西数字政务一体化平台或者到片区政务服务中心“外商投资一站式服务”窗口提交申请材料。",
    "步骤二：受理。窗口工作人员对申请材料进行核对，材料齐全、符合法定形式的，当场予以受理；"
    "材料不齐全或者不符合法定形式的，一次性告知需要补正的全部内容。",
    "步骤三：审核。审核人员对申请材料进行审查，符合条件的作出准予设立登记决定；不符合条件的作出不予登记决定并说明理由。",
    "步骤四：办结。准予登记的，核发营业执照，申请人可选择窗口领取或者免费邮寄送达；"
    "外商投资信息通过企业登记系统同步报送商务主管部门。",
]
QZ_FLOW = "办理流程图：申请→受理→审核→办结"
QZ_KSQ = ("在钦州综合保税区内设立外商投资企业的，申请人可在综合保税区企业服务中心窗口提交申请材料，"
          "由该窗口统一流转至片区政务服务中心办理，办理结果可在综合保税区企业服务中心窗口领取。")

QZ_TIME = [
    ("（一）", "法定时限：申请材料齐全、符合法定形式的，予以当场登记；不能当场登记的，自受理之日起3个工作日内办结。"),
    ("（二）", "承诺时限：1个工作日（不含企业名称自主申报和邮寄送达时间）。"),
]
QZ_CONTACT = [
    ("（一）", "咨询电话：0777-3698120（片区政务服务中心外商投资一站式服务窗口）。"),
    ("（二）", "监督投诉电话：0777-3698135；也可拨打12345政务服务便民热线。"),
    ("（三）", "监督投诉地址：钦州市钦州港区滨海大道18号片区管理委员会综合楼4楼纪检监察室，邮政编码535008。"),
    ("（四）", "办理地点：钦州市钦州港区滨海大道18号片区政务服务中心一楼A区8—10号窗口。\n"
              "工作时间：周一至周五（法定节假日除外）上午8:30—12:00，下午14:30—17:30（夏令时下午15:00—18:00）。"),
]


def qz_clauses():
    c = list(QZ_BODY)
    c.append("一、事项名称：外商投资企业设立登记（含外商投资有限责任公司、外商投资股份有限公司及其分公司设立登记）。")
    c += QZ_LAWS
    c += QZ_CONDS
    for row in QZ_MAT:
        c.append(row_clause(QZ_MAT_HEAD, row))
    c.append(QZ_MAT_NOTE)
    c.append(QZ_MAT_AFTER)
    c += QZ_STEPS
    c.append(QZ_FLOW)
    c.append(QZ_KSQ)
    c += [a + b for a, b in QZ_TIME]
    c.append("七、收费标准：不收费。")
    c += [a + b for a, b in QZ_CONTACT]
    return c


def make_qinzhou():
    doc = Document()
    sec = doc.sections[0]
    a4(sec)
    page_number_footers(doc, sec)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    # 版头
    add_text(doc, "", indent=False)
    add_text(doc, QZ_ORG + "文件", font=XBS, size=16, bold=False, color=RED,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_text(doc, "", indent=False)
    p = add_text(doc, "钦自贸审批发〔2024〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.paragraph_format.space_after = Pt(6)
    border(p, "bottom", color="E60012", sz=18, space=8)
    add_text(doc, "", indent=False)
    # 标题：两段
    add_text(doc, "中国（广西）自由贸易试验区钦州港片区", font=XBS, size=22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_text(doc, "行政审批局关于印发《外商投资企业\n设立登记办事指南》的通知", font=XBS, size=22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_text(doc, "", indent=False)
    add_text(doc, "片区各有关部门，各入驻企业：", indent=False)
    for t in QZ_BODY:
        add_text(doc, t)
    add_text(doc, "")
    p = add_text(doc, "附件：外商投资企业设立登记办事指南")
    add_text(doc, "")
    add_text(doc, "")
    add_text(doc, QZ_ORG, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(0)
    add_text(doc, "2024年4月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    add_text(doc, "（此件公开发布）")

    # 附件：新节、另面
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec2)
    add_text(doc, "附件", font=HT, indent=False)
    add_text(doc, "", indent=False)
    add_text(doc, "外商投资企业设立登记办事指南", font=XBS, size=22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_text(doc, "（2024年版）", font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_text(doc, "", indent=False)

    add_runin(doc, "一、事项名称：",
              "外商投资企业设立登记（含外商投资有限责任公司、外商投资股份有限公司及其分公司设立登记）。")
    add_text(doc, "二、实施依据", font=HT)
    for t in QZ_LAWS:
        add_text(doc, t)
    add_text(doc, "三、受理条件", font=HT)
    for t in QZ_CONDS:
        add_text(doc, t)
    add_text(doc, "四、申请材料", font=HT)

    tbl = doc.add_table(rows=1 + len(QZ_MAT) + 1, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(12), Mm(40), Mm(28), Mm(18), Mm(58)]
    set_widths(tbl, widths)
    for i, h in enumerate(QZ_MAT_HEAD):
        cell_text(tbl.rows[0].cells[i], h, font=HT, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    for r, row in enumerate(QZ_MAT, start=1):
        for i, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if i in (0, 2, 3) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(tbl.rows[r].cells[i], v, align=al)
    # merges: 来源 rows 1-3 ; 份数 rows 6-7
    m = tbl.cell(1, 2).merge(tbl.cell(3, 2))
    cell_text(m, "申请人自备", align=WD_ALIGN_PARAGRAPH.CENTER)
    m = tbl.cell(6, 3).merge(tbl.cell(7, 3))
    cell_text(m, "原件1份", align=WD_ALIGN_PARAGRAPH.CENTER)
    m = tbl.cell(6, 2).merge(tbl.cell(7, 2))
    cell_text(m, "申请人自备", align=WD_ALIGN_PARAGRAPH.CENTER)
    last = len(QZ_MAT) + 1
    m = tbl.cell(last, 0).merge(tbl.cell(last, 4))
    cell_text(m, QZ_MAT_NOTE)
    add_text(doc, QZ_MAT_AFTER, before=6)

    add_text(doc, "五、办理流程", font=HT)
    for t in QZ_STEPS:
        add_text(doc, t)
    add_text(doc, QZ_FLOW, font=KT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_text(doc, QZ_KSQ)
    add_text(doc, "六、办理时限", font=HT)
    for a, b in QZ_TIME:
        add_labeled(doc, a, b)
    add_runin(doc, "七、收费标准：", "不收费。")
    add_text(doc, "八、咨询电话和监督投诉", font=HT)
    for a, b in QZ_CONTACT:
        add_labeled(doc, a, b)

    banji(doc, "抄送：钦州市市场监督管理局，钦州市商务局，片区管理委员会各部门。",
          "钦州港片区行政审批局综合科", "2024年4月19日")
    path = os.path.join(HERE, "blind337_qinzhou_banshizhinan.docx")
    doc.save(path)
    to_pdf(path)

    return {
        "meta": {
            "title": QZ_ORG + "关于印发《外商投资企业设立登记办事指南》的通知",
            "doc_number": "钦自贸审批发〔2024〕12号",
            "issuer": [QZ_ORG],
            "date": "2024-04-18",
            "published": "2024-04-19",
            "level": "zone",
            "region": QZ_ZONE,
            "effective": "2024-05-01",
            "expires": None,
            "attachments": ["外商投资企业设立登记办事指南"],
            "doc_type": "通知",
            "recipients": ["片区各有关部门", "各入驻企业"],
            "publicity": "此件公开发布",
            "repeals": "《钦州港片区外商投资企业登记办事指南（2021年版）》（钦自贸审批发〔2021〕7号）",
        },
        "clauses": qz_clauses(),
        "applies_to": {"specific": {QZ_KSQ[:24]: ["钦州综合保税区"]}},
    }


# =============================================================================
# (b) 南宁海关  跨境电子商务通关服务指南（公告 + 附件）
# =============================================================================
NN_BODY = [
    "为深入贯彻落实党中央、国务院关于促进跨境电子商务健康发展的决策部署，服务中国（广西）自由贸易试验区"
    "和面向东盟的开放合作高地建设，进一步提升跨境电子商务通关便利化水平，根据海关总署有关规定，"
    "南宁海关制定了《南宁海关跨境电子商务通关服务指南》，现予发布。",
    "本公告自2024年7月1日起施行，有效期3年。《南宁海关跨境电商通关操作指引（试行）》（南宁海关公告2021年第5号）同时废止。",
    "特此公告。",
]

NN_SCOPE = [
    "（一）本指南适用于在南宁海关关区内开展跨境电子商务零售进出口、跨境电子商务企业对企业出口业务的"
    "跨境电子商务企业、跨境电子商务平台企业、物流企业、支付企业以及海关监管作业场所经营人。",
    "（二）参与跨境电子商务业务的企业，应当依据海关报关单位备案管理有关规定，向所在地海关办理备案；"
    "已在其他直属海关关区完成备案的，无需重复备案。",
]

NN_HEAD2 = ["项目", "办理要求"]
NN_9610 = [
    ("监管方式代码及简称", "9610（电子商务）"),
    ("适用业务", "境内个人或者电子商务企业通过电子商务交易平台实现交易，并采用“清单核放、汇总申报”模式办理通关手续的零售进出口商品"),
    ("数据传输", "电子商务企业或者其代理人、物流企业、支付企业分别向海关传输交易、物流、支付等电子信息，出口商品可仅传输交易、物流电子信息"),
    ("申报方式", "出口商品通过《中华人民共和国海关跨境电子商务零售出口申报清单》办理通关手续；"
                 "符合条件的，可于每月15日前对上月结关的清单进行汇总，形成出口报关单"),
    ("查验放行", "海关对申报清单实施风险分析后予以放行；需要查验的，由监管作业场所经营人配合海关实施查验"),
]
NN_9710 = [
    ("监管方式代码及简称", "9710（跨境电商B2B直接出口）"),
    ("适用业务", "境内企业通过跨境电子商务平台与境外企业达成交易后，通过跨境物流将货物直接出口送达境外企业"),
    ("企业要求", "跨境电子商务企业、跨境电子商务平台企业、物流企业应当向所在地海关办理报关单位备案，并在海关开通出口企业类型"),
    ("申报方式", "单票金额超过人民币5000元，或者涉证、涉检、涉税的，通过H2018通关管理系统申报报关单；"
                 "单票金额在人民币5000元（含）以内且不涉证、不涉检、不涉税的，可通过跨境电商出口统一版系统以申报清单方式申报"),
    ("随附单证", "上传交易订单截图等交易电子信息；适用申报清单方式的，可免于随附"),
]
NN_9810 = [
    ("监管方式代码及简称", "9810（跨境电商出口海外仓）"),
    ("适用业务", "境内企业将出口货物通过跨境物流送达海外仓，通过跨境电子商务平台实现交易后从海外仓送达境外购买者"),
    ("企业要求", "开展出口海外仓业务的境内企业，应当在海关办理出口海外仓业务模式备案，并上传海外仓证明材料"),
    ("申报方式", "按照9710模式申报要求办理，随附单证为海外仓订仓单电子信息"),
    ("退货管理", "出口海外仓商品因滞销、退货原因需要退运进境的，可按照跨境电商出口退货有关规定办理"),
]
NN_1210_HEAD = ["项目", "网购保税进口", "特殊区域出口"]
NN_1210 = [
    ("监管方式代码及简称", "1210（保税电商）", "1210（保税电商）"),
    ("适用区域", "仅限南宁综合保税区、钦州综合保税区、凭祥综合保税区内经海关验收合格的跨境电商监管作业场所",
     "同左"),
    ("适用业务", "跨境电子商务零售进口商品先以保税方式进入区内，消费者下单后按照个人物品以“清单核放”方式出区",
     "境内企业将出口商品批量入区，实现交易后以“清单核放、汇总申报”方式离境"),
    ("税收政策", "在跨境电子商务零售进口单次交易限值人民币5000元、个人年度交易限值人民币26000元以内的，"
     "关税税率暂设为0%，进口环节增值税、消费税按法定应纳税额的70%征收", "入区即视同出口，符合条件的按规定办理出口退税"),
    ("申报方式", "电子商务企业或者其代理人申报《中华人民共和国海关跨境电子商务零售进口申报清单》",
     "出区离境时以申报清单方式申报，按月汇总申报报关单"),
]

NN_FACIL = [
    "（一）跨境电子商务进出口商品实行7×24小时预约通关，企业可通过“单一窗口”或者12360海关热线提前预约。",
    "（二）在中国（广西）自由贸易试验区南宁片区内注册的跨境电子商务企业，可申请适用跨境电子商务零售出口商品退货"
    "“区内集中、批量验放”试点措施，退货商品应当自出口放行之日起1年内原状退运进境。",
    "（三）经东兴口岸、友谊关口岸以公路方式出境的跨境电子商务出口货物，可在属地海关申报后以“跨境电商+边境转关”方式"
    "运抵口岸，口岸海关凭转关信息核放，不再重复查验。",
    "（四）跨境电子商务零售进口商品因质量问题等原因需退货的，电子商务企业可在放行之日起30日内申请退货，"
    "并在放行之日起45日内将退货商品运抵原监管作业场所。",
]
NN_CONTACT = [
    "（一）咨询电话：12360海关服务热线；南宁海关综合业务处0771-5538216。",
    "（二）南宁海关跨境电商服务专窗地址：南宁市良庆区五象大道338号南宁海关业务综合楼一楼，"
    "工作时间为周一至周五上午9:00—12:00、下午13:30—17:00（法定节假日除外）。",
    "（三）企业对通关服务有意见建议的，可登录南宁海关门户网站“关长信箱”栏目提出，海关将在15个工作日内予以答复。",
]


def nn_clauses():
    c = NN_BODY[:2]  # 特此公告 is a closing formula, not content
    c += NN_SCOPE
    for tbl in (NN_9610, NN_9710, NN_9810):
        c += [row_clause(NN_HEAD2, r) for r in tbl]
    c += [row_clause(NN_1210_HEAD, r) for r in NN_1210]
    c += NN_FACIL
    c += NN_CONTACT
    return c


def add_2col_table(doc, head, rows, widths):
    tbl = doc.add_table(rows=1 + len(rows), cols=len(head))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        cell_text(tbl.rows[0].cells[i], h, font=HT, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    set_widths(tbl, widths)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(tbl.rows[r].cells[i], v, font=(HT if i == 0 else FS), size=10.5,
                      align=(WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.LEFT))
    return tbl


def make_nanning():
    doc = Document()
    sec = doc.sections[0]
    a4(sec)
    page_number_footers(doc, sec)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    add_text(doc, "", indent=False)
    add_text(doc, "南宁海关公告", font=XBS, size=36, color=RED,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    add_text(doc, "", indent=False)
    p = add_text(doc, "2024年第3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", color="E60012", sz=18, space=8)
    add_text(doc, "", indent=False)
    # 标题，软回车断行
    add_text(doc, "关于发布《南宁海关跨境电子商务\n通关服务指南》的公告", font=XBS, size=22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_text(doc, "", indent=False)
    for t in NN_BODY:
        add_text(doc, t)
    add_text(doc, "")
    add_text(doc, "附件：南宁海关跨境电子商务通关服务指南")
    add_text(doc, "")
    add_text(doc, "")
    add_text(doc, "南宁海关", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(96)
    add_text(doc, "2024年6月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    add_text(doc, "（此件公开发布）")

    # 附件：分页符（非新节）
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_text(doc, "附件", font=HT, indent=False)
    add_text(doc, "", indent=False)
    add_text(doc, "南宁海关跨境电子商务通关服务指南", font=XBS, size=22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_text(doc, "", indent=False)
    add_text(doc, "一、适用范围", font=HT)
    for t in NN_SCOPE:
        add_text(doc, t)
    add_text(doc, "二、通关模式及办理要求", font=HT)
    w2 = [Mm(40), Mm(116)]
    add_text(doc, "（一）跨境贸易电子商务（9610）", font=KT)
    add_2col_table(doc, NN_HEAD2, NN_9610, w2)
    add_text(doc, "（二）跨境电子商务企业对企业直接出口（9710）", font=KT, before=6)
    add_2col_table(doc, NN_HEAD2, NN_9710, w2)
    add_text(doc, "（三）跨境电子商务出口海外仓（9810）", font=KT, before=6)
    add_2col_table(doc, NN_HEAD2, NN_9810, w2)
    add_text(doc, "（四）保税跨境贸易电子商务（1210）", font=KT, before=6)
    t = add_2col_table(doc, NN_1210_HEAD, NN_1210, [Mm(30), Mm(63), Mm(63)])
    # 代码行 two cells identical -> merge horizontally (merged cell trap)
    m = t.cell(1, 1).merge(t.cell(1, 2))
    cell_text(m, "1210（保税电商）", align=WD_ALIGN_PARAGRAPH.CENTER)
    add_text(doc, "三、通关便利措施", font=HT, before=6)
    for x in NN_FACIL:
        add_text(doc, x)
    add_text(doc, "四、咨询服务", font=HT)
    for x in NN_CONTACT:
        add_text(doc, x)

    banji(doc, "抄送：海关总署综合业务司、监管司，广西壮族自治区商务厅，自治区自由贸易试验区工作办公室。",
          "南宁海关办公室", "2024年6月21日")
    path = os.path.join(HERE, "blind337_nanning_fuwuzhinan.docx")
    doc.save(path)
    to_pdf(path)

    clauses = nn_clauses()  # merged 代码 row: the merged cell spans both columns, so both carry the value
    return {
        "meta": {
            "title": "关于发布《南宁海关跨境电子商务通关服务指南》的公告",  # as printed; issuer is in the 版头
            "doc_number": "南宁海关公告2024年第3号",
            "issuer": ["南宁海关"],
            "date": "2024-06-20",
            "published": "2024-06-21",
            "level": "provincial",
            "region": "广西壮族自治区",  # 南宁海关关区
            "effective": "2024-07-01",
            "expires": "2027-06-30",
            "attachments": ["南宁海关跨境电子商务通关服务指南"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《南宁海关跨境电商通关操作指引（试行）》（南宁海关公告2021年第5号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            row_clause(NN_1210_HEAD, NN_1210[1])[:24]: ["南宁综合保税区", "钦州综合保税区", "凭祥综合保税区"],
            NN_FACIL[1][:24]: ["中国（广西）自由贸易试验区南宁片区"],
        }},
    }


# =============================================================================
# (c) 凭祥综合保税区  办事指南网页
# =============================================================================
PX_ORG = "凭祥综合保税区管理委员会"
PX_TITLE = "凭祥综合保税区区内企业入区登记备案办事指南"
PX_INFO = [  # 4-column key/value layout
    ("事项类型", "其他行政权力", "实施主体", PX_ORG),
    ("办理对象", "企业法人、非法人组织", "是否收费", "否"),
    ("到现场次数", "0次", "承诺时限", "3个工作日"),
    ("办理形式", "网上办理、窗口办理", "事项编码", "451481-QT-0047-000"),
]
PX_SECTIONS = [
    ("一、设定依据", [
        "（一）《中华人民共和国海关综合保税区管理办法》第七条、第九条。",
        "（二）《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）第十一条。",
        "（三）《中国（广西）自由贸易试验区崇左片区管理办法》第十五条。",
    ]),
    ("二、受理条件", [
        "（一）申请人已依法取得营业执照，拟在凭祥综合保税区围网区域内开展保税加工、保税物流、保税服务等业务。",
        "（二）拟开展的业务符合综合保税区产业发展规划，不属于《综合保税区禁止类产业目录》所列项目。",
        "（三）入驻凭祥综合保税区跨境电商产业园的企业，可委托园区运营服务中心代为提交备案材料。",
    ]),
    ("三、申请材料", [
        "1.《凭祥综合保税区区内企业入区登记备案表》（加盖企业公章）。",
        "2.营业执照复印件（加盖企业公章）。",
        "3.区内经营场所租赁合同或者土地使用权证明。",
        "4.项目简介，包括经营范围、投资规模、主要设备及产品、预计年进出口额等内容。",
    ]),
    ("四、办理流程", [
        "申请→受理→审核→办结（申请人通过广西数字政务一体化平台在线提交，审核通过后电子结果同步推送至南宁海关）。",
    ]),
    ("五、办理时限", [
        "法定时限：20个工作日；承诺时限：3个工作日。",
    ]),
    ("六、收费标准", [
        "不收费。",
    ]),
    ("七、咨询方式", [
        "咨询电话：0771-8526039；地址：凭祥市友谊大道6号凭祥综合保税区综合服务大楼二楼企业服务中心。",
    ]),
    ("八、监督投诉", [
        "投诉电话：0771-8526011；12345政务服务便民热线；电子邮箱：pxzbq_jd@163.com。",
    ]),
    ("九、工作时间", [
        "周一至周五上午8:00—12:00，下午15:00—18:00（法定节假日除外）。",
    ]),
]


def px_clauses():
    c = []
    for r in PX_INFO:
        c.append(f"{r[0]}：{r[1]}；{r[2]}：{r[3]}")
    for _h, items in PX_SECTIONS:
        c += items
    return c


def make_pingxiang():
    nav = ["首页", "机构概况", "政务公开", "政务服务", "办事指南", "招商引资", "互动交流"]
    nav_html = "\n".join(
        '        <li%s><a href="/%d/">%s</a></li>' % (' class="on"' if n == "办事指南" else "", i, n)
        for i, n in enumerate(nav))
    info_rows = "\n".join(
        f"          <tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>" for a, b, c, d in PX_INFO)
    body = []
    for h, items in PX_SECTIONS:
        body.append(f'        <h3 class="zn-h">{h}</h3>')
        for it in items:
            body.append(f"        <p>{it}</p>")
    body_html = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{PX_TITLE}_办事指南_{PX_ORG}</title>
<meta name="SiteName" content="凭祥综合保税区管理委员会门户网站">
<meta name="ArticleTitle" content="{PX_TITLE}">
<meta name="PubDate" content="2024-03-15 10:26">
<meta name="ContentSource" content="{PX_ORG}">
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f4f6f9}}
.top{{background:#0b4ea2;color:#fff;padding:18px 40px;font-size:24px}}
.wrap{{width:1100px;margin:0 auto;display:flex}}
.left{{width:220px;background:#fff;margin-right:16px}}
.left h2{{background:#0b4ea2;color:#fff;margin:0;padding:10px;font-size:18px}}
.left ul{{list-style:none;margin:0;padding:0}}
.left li{{border-bottom:1px dashed #ccc;padding:8px 16px}}
.left li.on a{{color:#c00;font-weight:bold}}
.main{{flex:1;background:#fff;padding:20px 30px}}
.crumb{{color:#666;font-size:13px}}
.info{{color:#888;font-size:13px;text-align:center;border-bottom:1px solid #ddd;padding-bottom:8px}}
table.jbxx{{border-collapse:collapse;width:100%;margin:12px 0}}
table.jbxx th,table.jbxx td{{border:1px solid #bcd;padding:6px 10px;font-size:14px}}
table.jbxx th{{background:#eef3fa;width:16%}}
.zn-h{{font-size:16px;color:#0b4ea2;margin:16px 0 6px}}
.foot{{background:#333;color:#ccc;text-align:center;font-size:12px;padding:16px;margin-top:20px}}
</style>
</head>
<body>
<div class="top">凭祥综合保税区管理委员会　<small>中国（广西）自由贸易试验区崇左片区</small></div>
<div class="wrap">
  <div class="left">
    <h2>政务服务</h2>
    <ul>
{nav_html}
    </ul>
    <h2>热点服务</h2>
    <ul>
        <li><a href="/zt/1/">企业开办一网通办</a></li>
        <li><a href="/zt/2/">跨境电商公共服务</a></li>
        <li><a href="/zt/3/">边民互市贸易</a></li>
    </ul>
  </div>
  <div class="main">
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/3/">政务服务</a> &gt; <a href="/4/">办事指南</a></div>
    <h1 style="text-align:center;font-size:22px">{PX_TITLE}</h1>
    <div class="info">发布日期：2024-03-15　　来源：{PX_ORG}　　浏览次数：<span id="hits">1286</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
    <div class="article">
      <h3 class="zn-h">基本信息</h3>
      <table class="jbxx">
        <tbody>
{info_rows}
        </tbody>
      </table>
      <h3 class="zn-h">办事指南</h3>
      <div class="zn-body">
{body_html}
      </div>
    </div>
    <div style="text-align:right;color:#888;font-size:13px">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
  </div>
</div>
<div class="foot">
  主办单位：凭祥综合保税区管理委员会　　地址：凭祥市友谊大道6号<br>
  桂ICP备12005318号-2　　网站标识码：4514810027　　桂公网安备45148102000116号
</div>
</body>
</html>
"""
    with open(os.path.join(HERE, "blind337_pingxiang_zhinan.html"), "w", encoding="utf-8") as f:
        f.write(html)
    return {
        "meta": {
            "title": PX_TITLE,
            "doc_number": None,
            "issuer": [PX_ORG],
            "date": "2024-03-15",
            "published": "2024-03-15",
            "level": "zone",
            "region": "凭祥综合保税区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "办事指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": px_clauses(),
        "applies_to": {"specific": {
            PX_SECTIONS[1][1][2][:24]: ["凭祥综合保税区跨境电商产业园"],
        }},
    }


# =============================================================================
# (d) 广西自贸试验区 各片区政务服务事项清单 xlsx
# =============================================================================
GX_TITLE = "中国（广西）自由贸易试验区政务服务事项清单（2024年版）"
GX_HEAD = ["序号", "事项名称", "事项类型", "实施主体", "办理时限", "备注"]
# rows: (name, type, subject, limit, note); note None; "MERGE:n" means note merged over n rows
GX_SHEETS = [
    ("南宁片区", "中国（广西）自由贸易试验区南宁片区", [
        ("外商投资企业设立登记", "行政确认", "南宁片区行政审批局", "即办", "“一照通行”改革，同步办理外商投资信息报告"),
        ("外商投资企业变更登记", "行政确认", "南宁片区行政审批局", "即办", None),
        ("外商投资企业注销登记", "行政确认", "南宁片区行政审批局", "1个工作日", "适用简易注销的，公示期满后即办"),
        ("对外贸易经营者备案登记", "其他行政权力", "南宁片区行政审批局", "即办", "2022年12月30日起已取消，保留查询服务"),
        ("建设工程规划许可证核发", "行政许可", "南宁片区行政审批局", "法定20个工作日，承诺7个工作日", "MERGE:2|工程建设项目审批“一网通办”，联合审图"),
        ("建筑工程施工许可证核发", "行政许可", "南宁片区行政审批局", "法定15个工作日，承诺3个工作日", "MERGED"),
        ("跨境电子商务企业报关单位备案", "行政备案", "南宁海关驻南宁片区办事处", "即办", None),
        ("外国人来华工作许可", "行政许可", "南宁片区行政审批局", "法定10个工作日，承诺5个工作日", "东盟国家高层次人才可容缺受理"),
    ]),
    ("钦州港片区", "中国（广西）自由贸易试验区钦州港片区", [
        ("外商投资企业设立登记", "行政确认", "钦州港片区行政审批局", "1个工作日", None),
        ("港口经营许可", "行政许可", "钦州港片区行政审批局", "法定15个工作日，承诺5个工作日", "MERGE:3|涉港口岸线使用的，先行办理港口岸线使用审批"),
        ("港口危险货物作业附证核发", "行政许可", "钦州港片区行政审批局", "法定15个工作日，承诺7个工作日", "MERGED"),
        ("国际船舶代理经营备案", "行政备案", "钦州港片区行政审批局", "即办", "MERGED"),
        ("保税仓库设立审批", "行政许可", "钦州港海关", "法定20个工作日", None),
        ("出口监管仓库设立审批", "行政许可", "钦州港海关", "法定20个工作日", None),
        ("船舶国籍登记", "行政确认", "钦州海事局", "承诺3个工作日", "国际航行船舶可同步申领船舶国籍证书电子证照"),
    ]),
    ("崇左片区", "中国（广西）自由贸易试验区崇左片区", [
        ("外商投资企业设立登记", "行政确认", "崇左片区行政审批局", "1个工作日", None),
        ("边民互市贸易进口商品落地加工企业备案", "行政备案", "崇左片区行政审批局", "3个工作日", "须与边民互助组签订进口商品收购协议"),
        ("边境小额贸易企业资格备案", "行政备案", "崇左片区行政审批局", "即办", None),
        ("出入境边防检查便利通关（快捷通道）备案", "公共服务", "友谊关出入境边防检查站", "5个工作日", "MERGE:2|经友谊关口岸、凭祥铁路口岸出入境的跨境运输车辆、司乘人员适用"),
        ("中越跨境运输车辆通行备案", "公共服务", "崇左市交通运输局驻片区窗口", "3个工作日", "MERGED"),
        ("综合保税区区内企业入区登记备案", "其他行政权力", "凭祥综合保税区管理委员会", "3个工作日", "仅适用于凭祥综合保税区围网区域内企业"),
    ]),
]
GX_NOTES = [
    "1.本清单所列办理时限均为工作日，不含法定公示、现场勘验、专家评审、检验检测等时间。",
    "2.“即办”是指申请材料齐全、符合法定形式的，当场办结。",
    "3.本清单实行动态调整，各片区管理委员会应当在事项调整之日起10个工作日内报自治区自由贸易试验区工作办公室备案。",
    "4.各片区政务服务中心应当对清单内事项实行“一窗受理、集成服务”，并在片区门户网站同步公开。",
]


def gx_rows(rows):
    """Resolve merged 备注 into a value per row."""
    out = []
    carry, left = None, 0
    for i, (name, typ, subj, lim, note) in enumerate(rows, start=1):
        if note and note.startswith("MERGE:"):
            n, txt = note[6:].split("|", 1)
            carry, left = txt, int(n) - 1
            val = txt
        elif note == "MERGED":
            val = carry
            left -= 1
        else:
            val = note
        out.append((str(i), name, typ, subj, lim, val))
    return out


def make_guangxi():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    wb.remove(wb.active)
    clauses, specific = [], {}
    for sheet, zone, rows in GX_SHEETS:
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:F1")
        ws["A1"] = GX_TITLE
        ws["A1"].font = Font(name="方正小标宋简体", size=18)
        ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[1].height = 36
        ws.merge_cells("A2:F2")
        ws["A2"] = f"片区：{sheet}　　　　　　　　　　　　　　　　　　　　共{len(rows)}项"
        ws["A2"].font = Font(name="楷体_GB2312", size=12)
        for j, h in enumerate(GX_HEAD, start=1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(name="黑体", size=12)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.border = bd
            c.fill = PatternFill("solid", fgColor="D9E1F2")
        merge_start = None
        for i, (name, typ, subj, lim, note) in enumerate(rows):
            r = 4 + i
            vals = [i + 1, name, typ, subj, lim]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=j, value=v)
                c.font = Font(name="仿宋_GB2312", size=11)
                c.alignment = Alignment(horizontal="center" if j in (1, 3) else "left",
                                        vertical="center", wrap_text=True)
                c.border = bd
            c = ws.cell(row=r, column=6)
            c.border = bd
            c.font = Font(name="仿宋_GB2312", size=11)
            c.alignment = Alignment(vertical="center", wrap_text=True)
            if note and note.startswith("MERGE:"):
                n, txt = note[6:].split("|", 1)
                c.value = txt
                ws.merge_cells(start_row=r, start_column=6, end_row=r + int(n) - 1, end_column=6)
            elif note and note != "MERGED":
                c.value = note
        for col, w in zip("ABCDEF", [6, 34, 14, 26, 26, 40]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A4"
        ws.print_title_rows = "3:3"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.oddFooter.center.text = "— &P —"
        for row in gx_rows(rows):
            cl = row_clause(GX_HEAD, row)
            clauses.append(cl)
            specific[cl[:cl.index("；办理时限")]] = [zone]  # unique: runs through 实施主体
    # 说明 sheet
    ws = wb.create_sheet("说明")
    ws["A1"] = "说明"
    ws["A1"].font = Font(name="黑体", size=14)
    for i, t in enumerate(GX_NOTES, start=2):
        ws.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=len(GX_NOTES) + 3, column=1, value="发布单位：中国（广西）自由贸易试验区工作办公室")
    ws.cell(row=len(GX_NOTES) + 4, column=1, value="发布日期：2024年5月10日")
    ws.column_dimensions["A"].width = 110
    clauses += GX_NOTES
    # 凭祥综保区 row is narrower still than 崇左片区
    for k in list(specific):
        if "综合保税区区内企业入区登记备案" in k:
            specific[k] = ["中国（广西）自由贸易试验区崇左片区", "凭祥综合保税区"]
    wb.save(os.path.join(HERE, "blind337_guangxi_qingdan.xlsx"))
    return {
        "meta": {
            "title": GX_TITLE,
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区工作办公室"],
            "date": "2024-05-10",
            "published": "2024-05-10",
            "level": "provincial",
            "region": "中国（广西）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "清单",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }


def main():
    exp = {
        "blind337_qinzhou_banshizhinan": [make_qinzhou()],
        "blind337_nanning_fuwuzhinan": [make_nanning()],
        "blind337_pingxiang_zhinan": [make_pingxiang()],
        "blind337_guangxi_qingdan": [make_guangxi()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    for k, v in exp.items():
        print(k, sum(len(d["clauses"]) for d in v), "clauses")


if __name__ == "__main__":
    main()
