# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 472: 规范性文件清理结果通知."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
COLS = ["序号", "文件名称", "文号", "发文日期", "备注"]


# ----------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(k), name)


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    """Add text; '\n' inside text becomes a soft line break (Shift+Enter)."""
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        r = p.add_run(piece)
        set_font(r, font, size, bold, color)
        if i < len(pieces) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def fmt(p, align=None, first=None, left=None, line=28, before=0, after=0,
        page_break=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if page_break:
        pf.page_break_before = True
    return p


def para(doc, parts, size=16, **kw):
    """parts: str or list of (text, font, bold)."""
    p = doc.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, FS, False)]
    for text, font, bold in parts:
        add_text(p, text, font, size, bold)
    fmt(p, **kw)
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    fmt(p, line=line)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    rr.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    fp._p.append(fld)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def red_header(doc, organ_text, docno, size=36, spacing=None):
    for _ in range(2):
        empty(doc)
    p = doc.add_paragraph()
    add_text(p, organ_text, XBS, size, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    if spacing:
        for r in p.runs:
            rPr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rPr.append(sp)
    empty(doc)
    p = doc.add_paragraph()
    add_text(p, docno)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc)


def title(doc, text, as_two_paragraphs=False):
    if as_two_paragraphs:
        for part in text.split("\n"):
            p = doc.add_paragraph()
            add_text(p, part, XBS, 22)
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    else:
        p = doc.add_paragraph()
        add_text(p, text, XBS, 22)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)


def cell_text(cell, text, font=FS, size=12, bold=False, align=None):
    p = cell.paragraphs[0]
    add_text(p, text, font, size, bold)
    fmt(p, align=align, line=20)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def list_table(doc, rows, widths=(1.3, 7.6, 3.6, 2.6, 2.5), header_repeat=True,
               header_font=HT):
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, name in zip(t.rows[0].cells, COLS):
        cell_text(c, name, header_font, 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    if header_repeat:
        repeat_header(t.rows[0])
    for i, (name, num, date, note, seq) in enumerate(rows):
        cells = t.add_row().cells
        cell_text(cells[0], seq, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[1], name)
        cell_text(cells[2], num, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[3], date, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[4], note)
    set_col_widths(t, widths)
    return t


def row_clause(seq, name, num, date, note):
    vals = [seq, name.replace("\n", ""), num, date, note]
    return "；".join("%s：%s" % (k, v) for k, v in zip(COLS, vals))


def with_seq(rows):
    return [(n, w, d, b, str(i + 1)) for i, (n, w, d, b) in enumerate(rows)]


def banji(doc, cc, office, date_text, indent_cc=14):
    """版记: 抄送 and 印发 lines with rules."""
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    add_text(p, cc, FS, 14)
    fmt(p, left=indent_cc, line=26)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p = doc.add_paragraph()
    add_text(p, office, FS, 14)
    r = p.add_run("\t" + date_text)
    set_font(r, FS, 14)
    # right tab stop
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), alignment=2)
    fmt(p, left=14, line=26)
    border(p, "bottom", "000000", 12, 4)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_472", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC 1
FJ_KEEP = [
    ("福建省商务厅关于进一步做好外商投资信息报告工作的通知", "闽商务外资〔2020〕3号", "2020年2月18日", "长期有效"),
    ("福建省商务厅 福建省财政厅关于印发《福建省跨境电子商务发展专项资金管理办法》的通知", "闽商务电商〔2021〕7号", "2021年4月26日", "有效期至2026年4月25日"),
    ("福建省商务厅关于印发《福建省外贸综合服务企业认定管理办法》的通知", "闽商务贸发〔2019〕15号", "2019年8月12日", "长期有效"),
    ("福建省商务厅关于支持中欧班列（厦门）高质量发展若干措施的通知", "闽商务规〔2022〕2号", "2022年3月9日", "有效期至2027年3月8日"),
    ("福建省商务厅关于做好中国（福建）自由贸易试验区外商投资准入特别管理措施（负面清单）实施工作的通知", "闽商务自贸〔2021〕11号", "2021年9月3日", "长期有效"),
    ("福建省商务厅关于印发《福建省省级跨境电子商务产业园区认定管理办法》的通知", "闽商务规〔2022〕5号", "2022年7月20日", "有效期至2027年7月19日"),
    ("福建省商务厅 中华人民共和国福州海关 中华人民共和国厦门海关\n关于推进综合保税区高质量发展的实施意见", "闽商务开发〔2021〕4号", "2021年6月15日", "联合发文（本厅牵头）"),
    ("福建省商务厅关于印发《福建省外商投资企业投诉工作办法实施细则》的通知", "闽商务规〔2020〕4号", "2020年11月2日", "长期有效"),
    ("福建省商务厅关于做好“丝路海运”相关企业服务保障工作的通知", "闽商务外经〔2022〕9号", "2022年10月11日", "长期有效"),
    ("福建省商务厅关于印发《福建省境外经贸合作区考核办法》的通知", "闽商务规〔2023〕1号", "2023年2月6日", "有效期至2028年2月5日"),
    ("福建省商务厅关于进一步规范二手车出口业务管理的通知", "闽商务贸发〔2022〕21号", "2022年12月26日", "长期有效"),
    ("福建省商务厅关于印发《福建省对外劳务合作风险处置备用金管理办法》的通知", "闽商务规〔2021〕6号", "2021年11月30日", "长期有效"),
    ("福建省商务厅关于开展省级服务贸易创新发展示范基地认定工作的通知", "闽商务服贸〔2023〕5号", "2023年5月17日", "有效期至2028年5月16日"),
    ("福建省商务厅关于印发《福建省市场采购贸易方式试点管理办法》的通知", "闽商务规〔2023〕3号", "2023年6月28日", "有效期至2028年6月27日"),
    ("福建省商务厅关于加强闽台经贸合作园区建设管理的通知", "闽商务台港澳〔2020〕8号", "2020年9月14日", "长期有效"),
    ("福建省商务厅关于印发《福建省海外仓建设扶持办法》\n的通知", "闽商务规〔2023〕4号", "2023年8月22日", "有效期至2028年8月21日"),
    ("福建省商务厅关于做好外商投资企业“白名单”服务工作的通知", "闽商务外资〔2023〕14号", "2023年10月9日", "长期有效"),
    ("福建省商务厅 福建省财政厅关于印发《福建省“一带一路”经贸合作项目资金管理办法》的通知", "闽商务外经〔2023〕18号", "2023年11月27日", "有效期至2028年11月26日"),
]
FJ_REPEAL = [
    ("福建省商务厅关于印发《福建省外商投资企业设立及变更备案管理实施细则》的通知", "闽商务外资〔2017〕6号", "2017年3月20日", "与《中华人民共和国外商投资法》不一致"),
    ("福建省商务厅关于做好外商投资企业年度投资经营信息联合报告工作的通知", "闽商务外资〔2016〕22号", "2016年4月8日", "调整对象已消失"),
    ("福建省商务厅关于印发《福建省跨境电子商务产业园区认定暂行办法》的通知", "闽商务电商〔2017〕12号", "2017年9月5日", "已被闽商务规〔2022〕5号替代"),
    ("福建省商务厅关于开展2018年加工贸易梯度转移重点承接地申报工作的通知", "闽商务贸发〔2018〕9号", "2018年3月16日", "工作任务已完成"),
    ("福建省商务厅关于印发《中国（福建）自由贸易试验区外商投资备案管理办法（试行）》的通知", "闽商务自贸〔2015〕3号", "2015年6月2日", "与上位法不一致"),
    ("福建省商务厅关于支持中欧班列（厦门）开行的若干意见", "闽商务外经〔2017〕14号", "2017年7月25日", "已被闽商务规〔2022〕2号替代"),
    ("福建省商务厅关于进一步做好出口商品质量提升工作的通知", "闽商务贸发〔2016〕31号", "2016年10月18日", "适用期已过"),
    ("福建省商务厅关于印发《福建省外贸转型升级基地认定管理暂行办法》的通知", "闽商务贸发〔2017〕27号", "2017年11月6日", "已被闽商务规〔2024〕2号替代"),
    ("福建省商务厅 福建省财政厅关于印发《福建省跨境电子商务发展专项资金管理暂行办法》的通知", "闽商务电商〔2018〕5号", "2018年5月14日", "已被闽商务电商〔2021〕7号替代"),
    ("福建省商务厅关于做好海峡两岸经贸交易会参展组织工作的通知", "闽商务台港澳〔2019〕4号", "2019年4月1日", "工作任务已完成"),
    ("福建省商务厅关于加快推进保税物流中心（B型）建设的通知", "闽商务开发〔2016〕10号", "2016年8月29日", "调整对象已消失"),
    ("福建省商务厅关于开展对外投资备案（核准）报告工作的通知", "闽商务外经〔2018〕16号", "2018年7月3日", "与上位法不一致"),
    ("福建省商务厅关于印发《福建省商贸流通企业应对疫情稳定经营若干措施》的通知", "闽商务市场〔2020〕2号", "2020年2月10日", "适用期已过"),
    ("福建省商务厅关于做好进口冷链食品商贸企业疫情防控工作的通知", "闽商务市场〔2020〕19号", "2020年12月8日", "适用期已过"),
    ("福建省商务厅关于印发《福建省服务外包示范城市考核办法（试行）》的通知", "闽商务服贸〔2017〕8号", "2017年5月22日", "调整对象已消失"),
    ("福建省商务厅关于推进国家级经济技术开发区创新提升工作的实施意见", "闽商务开发〔2019〕13号", "2019年10月30日", "已被闽商务开发〔2024〕6号替代"),
]
FJ_AMEND = [
    ("福建省商务厅关于印发《福建省外商投资促进奖励办法》的通知", "闽商务外资〔2019〕9号", "2019年6月12日", "奖励标准需调整"),
    ("福建省商务厅关于印发《福建省跨境电子商务综合试验区考核评估办法》的通知", "闽商务电商〔2020〕6号", "2020年5月19日", "考核指标需与国家评估体系衔接"),
    ("福建省商务厅关于印发《福建省综合保税区发展绩效评估实施细则》的通知", "闽商务开发〔2020〕11号", "2020年8月4日", "评估指标需调整"),
    ("福建省商务厅关于印发《中国（福建）自由贸易试验区制度创新成果评估办法》的通知", "闽商务自贸〔2019〕7号", "2019年5月28日", "评估程序需简化"),
    ("福建省商务厅关于印发《福建省对外承包工程项目备案管理办法》的通知", "闽商务外经〔2019〕21号", "2019年12月3日", "部分条款与上位法不一致"),
    ("福建省商务厅关于印发《福建省加工贸易企业经营状况核查办法》的通知", "闽商务贸发〔2019〕19号", "2019年9月9日", "核查方式需调整"),
    ("福建省商务厅关于印发《福建省单用途商业预付卡管理实施细则》的通知", "闽商务市场〔2018〕23号", "2018年11月15日", "需与新修订规章衔接"),
    ("福建省商务厅关于进一步促进“丝路电商”合作的实施意见", "闽商务电商〔2022〕3号", "2022年3月30日", "合作国别范围需更新"),
    ("福建省商务厅关于印发《福建省重点商贸流通企业认定办法》的通知", "闽商务市场〔2019〕15号", "2019年7月8日", "认定条件需调整"),
    ("福建省商务厅关于印发《福建省国际营销服务公共平台认定管理办法》的通知", "闽商务贸发〔2020〕17号", "2020年10月26日", "认定程序需优化"),
    ("福建省商务厅关于印发《福建省省级开发区争先进位考核办法》的通知", "闽商务开发〔2021〕8号", "2021年10月12日", "考核指标需调整"),
    ("福建省商务厅关于印发《福建省二手车出口企业评价办法》的通知", "闽商务贸发〔2021〕24号", "2021年12月20日", "评价标准需更新"),
    ("福建省商务厅关于印发《福建省服务贸易统计监测管理办法》的通知", "闽商务服贸〔2021〕2号", "2021年3月15日", "需与国家统计制度衔接"),
    ("福建省商务厅关于印发《福建省台资企业服务联系制度》的通知", "闽商务台港澳〔2018〕11号", "2018年6月25日", "联系机制需调整"),
    ("福建省商务厅关于印发《福建省境外投资企业安全风险防范指引》的通知", "闽商务外经〔2020〕15号", "2020年7月7日", "风险提示内容需更新"),
]

FJ_P1 = ("为维护社会主义法制统一，推进法治政府建设，根据《福建省人民政府办公厅关于开展行政规范性文件全面清理工作的通知》（闽政办〔2025〕21号）要求，"
         "结合建设全国统一大市场、持续优化营商环境的部署，我厅对截至2025年6月30日由我厅制定或者牵头制定的现行规范性文件进行了全面清理。现将清理结果公布如下：")
FJ_ITEMS = [
    ("一、继续有效的规范性文件。", "经清理，《福建省商务厅关于进一步做好外商投资信息报告工作的通知》等18件规范性文件继续有效（见附件1）。其中，标注有效期的文件，有效期届满自动失效。"),
    ("二、宣布废止的规范性文件。", "《福建省商务厅关于印发〈福建省外商投资企业设立及变更备案管理实施细则〉的通知》等16件规范性文件予以废止（见附件2），自本通知印发之日起停止执行，不再作为行政管理的依据。"),
    ("三、拟修改的规范性文件。", "《福建省商务厅关于印发〈福建省外商投资促进奖励办法〉的通知》等15件规范性文件拟予修改（见附件3）。相关起草处室应当于2026年6月30日前完成修改并按程序重新公布；修改后的文件公布前，原文件继续执行，但与法律、法规、规章和国家政策不一致的条款不再执行。"),
]
FJ_REQ = [
    ("（一）加强宣传解读。", "各设区市商务局、平潭综合实验区经济发展局要及时将清理结果告知辖区内有关企业和单位，重点做好跨境电子商务、中欧班列、综合保税区、外商投资等领域的政策衔接，避免因文件废止、修改造成管理真空。"),
    ("（二）落实动态清理。", "厅机关各处室要建立规范性文件目录动态管理制度，上级出台新规定或者实际情况发生变化的，及时对相关文件开展清理，并于每年12月底前将清理情况报送厅政策法规处。"),
    ("（三）严格合法性审核。", "新制定的规范性文件，起草处室应当按照《福建省行政规范性文件制定和备案规定》进行合法性审核、集体审议；未经合法性审核或者审核不合格的，不得提交厅长办公会议审议。"),
]
FJ_END = "五、本通知自印发之日起施行。执行中遇到的问题，请及时向厅政策法规处反馈。"
FJ_CONTACT = "联系人：厅政策法规处林晓峰，联系电话：0591-87853126。"
FJ_ATT = ["继续有效的规范性文件目录", "宣布废止的规范性文件目录", "拟修改的规范性文件目录"]


def make_fujian():
    doc = Document()
    setup(doc)
    red_header(doc, "福建省商务厅文件", "闽商务〔2025〕47号", spacing=20)
    title(doc, "福建省商务厅关于公布规范性文件\n清理结果的通知")
    para(doc, "各设区市商务局，平潭综合实验区经济发展局，厅机关各处室、直属各单位：")
    para(doc, FJ_P1, first=32)
    for head, body in FJ_ITEMS:
        para(doc, [(head, HT, False), (body, FS, False)], first=32)
    para(doc, [("四、有关工作要求", HT, False)], first=32)
    for head, body in FJ_REQ:
        para(doc, [(head, KT, True), (body, FS, False)], first=32)
    para(doc, FJ_END, first=32)
    para(doc, FJ_CONTACT, first=32)
    empty(doc)
    # 附件 list aligned with full-width spaces
    para(doc, "附件：1．" + FJ_ATT[0], first=32)
    para(doc, "　　　2．" + FJ_ATT[1], first=32)
    para(doc, "　　　3．" + FJ_ATT[2], first=32)
    empty(doc)
    empty(doc)
    empty(doc)
    para(doc, "福建省商务厅　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年11月28日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, "（此件公开发布）", first=32)
    for i, (att, rows) in enumerate(zip(FJ_ATT, (FJ_KEEP, FJ_REPEAL, FJ_AMEND))):
        p = para(doc, [("附件%d" % (i + 1), HT, False)], page_break=True)
        empty(doc)
        title(doc, att)
        list_table(doc, with_seq(rows))
    banji(doc, "抄送：商务部条约法律司，省人民政府办公厅，省司法厅。",
          "福建省商务厅办公室", "2025年11月28日印发")
    stem = "blind472_fujian_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = [FJ_P1] + [h + b for h, b in FJ_ITEMS] + [h + b for h, b in FJ_REQ] + [FJ_END, FJ_CONTACT]
    for rows in (FJ_KEEP, FJ_REPEAL, FJ_AMEND):
        for n, w, d, b, s in with_seq(rows):
            clauses.append(row_clause(s, n, w, d, b))
    meta = {
        "title": "福建省商务厅关于公布规范性文件清理结果的通知",
        "doc_number": "闽商务〔2025〕47号",
        "issuer": ["福建省商务厅"],
        "date": "2025-11-28",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": "2025-11-28",
        "expires": None,
        "attachments": FJ_ATT,
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "平潭综合实验区经济发展局", "厅机关各处室", "直属各单位"],
        "publicity": "此件公开发布",
        "repeals": "附件2所列《福建省商务厅关于印发〈福建省外商投资企业设立及变更备案管理实施细则〉的通知》等16件规范性文件",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# =================================================================== DOC 2
XA_KEEP = [
    ("西安市人民政府关于进一步扩大对外开放积极利用外资的实施意见", "市政发〔2018〕35号", "2018.9.14", "市商务局"),
    ("西安市人民政府办公厅关于印发中国（西安）跨境电子商务综合试验区建设实施方案的通知", "市政办发〔2019〕2号", "2019.1.8", "市商务局"),
    ("西安市人民政府关于支持中欧班列（西安）高质量发展的若干意见", "市政发〔2021〕9号", "2021.4.16", "国际港务区管委会"),
    ("西安市人民政府办公厅关于印发西安市外商投资企业投诉工作办法的通知", "市政办发〔2020〕33号", "2020.8.21", "市商务局"),
    ("西安市人民政府关于印发西安综合保税区发展促进办法的通知", "市政发〔2020〕17号", "2020.6.30", "市商务局"),
    ("西安市人民政府办公厅关于推进中国（陕西）自由贸易试验区西安区域制度创新的实施意见", "市政办发〔2021〕18号", "2021.6.7", "市商务局"),
    ("西安市人民政府办公厅关于印发西安市加快发展外贸新业态新模式若干措施的通知", "市政办发〔2022〕11号", "2022.3.25", "市商务局"),
    ("西安市人民政府关于印发西安市“一带一路”经贸合作专项资金管理办法的通知", "市政发〔2022〕6号", "2022.2.18", "市财政局"),
    ("西安市人民政府办公厅关于加快西安国际港务区陆港型国家物流枢纽建设的实施意见", "市政办发〔2022〕29号", "2022.7.12", "国际港务区管委会"),
    ("西安市人民政府办公厅关于印发西安市海外仓建设支持办法的通知", "市政办发〔2022〕40号", "2022.10.19", "市商务局"),
    ("西安市人民政府关于印发西安市服务业扩大开放综合试点实施方案的通知", "市政发〔2023〕3号", "2023.1.30", "市发改委"),
    ("西安市人民政府办公厅关于促进跨境电子商务产业园区高质量发展的实施意见", "市政办发〔2023〕14号", "2023.4.11", "市商务局"),
    ("西安市人民政府办公厅关于印发西安市稳外资促投资若干措施的通知", "市政办发〔2023〕22号", "2023.6.5", "市商务局"),
    ("西安市人民政府关于印发西安市口岸管理办法的通知", "市政发〔2019〕21号", "2019.11.26", "市政府口岸办"),
    ("西安市人民政府办公厅关于推进中欧班列（西安）集结中心建设的实施方案", "市政办发〔2021〕41号", "2021.11.3", "国际港务区管委会"),
    ("西安市人民政府办公厅关于印发西安市进口贸易促进创新示范区建设方案的通知", "市政办发〔2023〕31号", "2023.8.28", "市商务局"),
    ("西安市人民政府关于印发西安市优化外商投资环境若干规定的通知", "市政发〔2024〕2号", "2024.1.22", "市商务局"),
    ("西安市人民政府办公厅关于印发西安市跨境电商零售进口监管服务工作规范的通知", "市政办发〔2024〕9号", "2024.3.15", "市商务局"),
    ("西安市人民政府办公厅关于加快发展数字贸易的实施意见", "市政办发〔2024〕17号", "2024.5.20", "市商务局"),
    ("西安市人民政府办公厅关于印发西安市境外经贸合作区建设扶持办法的通知", "市政办发〔2024〕26号", "2024.8.9", "市商务局"),
]
XA_REPEAL = [
    ("西安市人民政府关于促进外商投资的若干规定", "市政发〔2014〕22号", "2014.7.10", "与《中华人民共和国外商投资法》不一致"),
    ("西安市人民政府办公厅关于加快发展跨境电子商务的实施意见", "市政办发〔2015〕66号", "2015.9.2", "已被市政办发〔2019〕2号替代"),
    ("西安市人民政府关于支持中欧班列“长安号”常态化运营的意见", "市政发〔2016〕12号", "2016.3.28", "已被市政发〔2021〕9号替代"),
    ("西安市人民政府办公厅关于印发西安市外商投资企业审批备案管理办法的通知", "市政办发〔2016〕48号", "2016.7.19", "调整对象已消失"),
    ("西安市人民政府办公厅关于印发2017年西安市外贸稳增长工作方案的通知", "市政办发〔2017〕21号", "2017.3.13", "适用期已过"),
    ("西安市人民政府关于印发中国（陕西）自由贸易试验区西安区域建设实施方案的通知", "市政发〔2017〕19号", "2017.5.26", "工作任务已完成"),
    ("西安市人民政府办公厅关于加快西安保税物流中心建设的通知", "市政办发〔2015〕31号", "2015.5.11", "调整对象已消失"),
    ("西安市人民政府办公厅关于印发西安市加工贸易转型升级实施方案（2016—2018年）的通知", "市政办发〔2016〕77号", "2016.11.8", "适用期已过"),
    ("西安市人民政府关于印发西安市招商引资奖励办法的通知", "市政发〔2017〕33号", "2017.9.21", "与公平竞争审查制度不一致"),
    ("西安市人民政府办公厅关于进一步做好稳外贸稳外资工作的通知", "市政办发〔2020〕19号", "2020.5.6", "适用期已过"),
    ("西安市人民政府办公厅关于印发西安市应对新冠肺炎疫情支持外贸企业若干措施的通知", "市政办发〔2020〕8号", "2020.2.24", "适用期已过"),
    ("西安市人民政府办公厅关于印发西安市跨境电子商务发展专项资金管理暂行办法的通知", "市政办发〔2018〕57号", "2018.10.15", "已被市政办发〔2023〕14号替代"),
    ("西安市人民政府关于加快建设内陆型改革开放新高地的实施意见", "市政发〔2018〕4号", "2018.1.29", "工作任务已完成"),
    ("西安市人民政府办公厅关于印发西安市对外投资合作管理暂行办法的通知", "市政办发〔2017〕62号", "2017.12.4", "与上位法不一致"),
    ("西安市人民政府办公厅关于加快推进“一带一路”国际物流枢纽建设的意见", "市政办发〔2018〕23号", "2018.4.17", "已被市政办发〔2022〕29号替代"),
    ("西安市人民政府办公厅关于印发西安市展会经济发展扶持办法的通知", "市政办发〔2019〕36号", "2019.8.12", "扶持政策已整合调整"),
    ("西安市人民政府办公厅关于做好进口冷链食品疫情防控工作的通知", "市政办发〔2021〕3号", "2021.1.15", "适用期已过"),
]
XA_AMEND = [
    ("西安市人民政府关于印发西安市外商投资促进奖励办法的通知", "市政发〔2019〕8号", "2019.4.2", "市商务局牵头修改"),
    ("西安市人民政府办公厅关于印发西安市跨境电子商务综合试验区考核办法的通知", "市政办发〔2020〕27号", "2020.7.14", "市商务局牵头修改"),
    ("西安市人民政府办公厅关于印发西安市中欧班列运营补贴资金管理办法的通知", "市政办发〔2019〕44号", "2019.10.22", "国际港务区管委会牵头修改"),
    ("西安市人民政府关于印发西安市开发区管理办法的通知", "市政发〔2019〕15号", "2019.6.18", "市发改委牵头修改"),
    ("西安市人民政府办公厅关于印发西安市重点外资项目工作专班制度的通知", "市政办发〔2021〕26号", "2021.8.3", "市商务局牵头修改"),
    ("西安市人民政府办公厅关于印发西安市国际贸易“单一窗口”建设运行管理办法的通知", "市政办发〔2020〕52号", "2020.12.10", "市政府口岸办牵头修改"),
    ("西安市人民政府关于印发西安市总部经济发展促进办法的通知", "市政发〔2020〕24号", "2020.9.29", "市发改委牵头修改"),
    ("西安市人民政府办公厅关于印发西安市服务外包产业发展扶持办法的通知", "市政办发〔2021〕9号", "2021.3.19", "市商务局牵头修改"),
    ("西安市人民政府办公厅关于印发西安市外贸企业出口信用保险补助办法的通知", "市政办发〔2021〕35号", "2021.9.27", "市商务局牵头修改"),
    ("西安市人民政府关于印发西安市市场主体登记便利化若干规定的通知", "市政发〔2021〕30号", "2021.12.6", "市市场监管局牵头修改"),
    ("西安市人民政府办公厅关于印发西安市跨境电商公共海外仓认定办法的通知", "市政办发〔2022〕5号", "2022.1.24", "市商务局牵头修改"),
    ("西安市人民政府办公厅关于印发西安市保税维修业务管理办法的通知", "市政办发〔2022〕18号", "2022.5.9", "市商务局牵头修改"),
    ("西安市人民政府办公厅关于印发西安市外籍人才引进服务办法的通知", "市政办发〔2022〕37号", "2022.9.13", "市人社局牵头修改"),
    ("西安市人民政府关于印发西安市招商引资项目全生命周期服务办法的通知", "市政发〔2023〕11号", "2023.5.15", "市投资合作局牵头修改"),
    ("西安市人民政府办公厅关于印发西安市进口商品集散分拨中心建设扶持办法的通知", "市政办发〔2023〕28号", "2023.7.31", "市商务局牵头修改"),
]
XA_P1 = ("为深入推进法治政府建设，维护国家法制统一和政令畅通，根据《陕西省行政规范性文件制定和备案规定》和省政府关于开展行政规范性文件清理工作的部署要求，"
         "市政府对截至2025年9月30日以市政府、市政府办公厅名义印发的现行规范性文件进行了全面清理。经市政府同意，现将清理结果通知如下：")
XA_ITEMS = [
    "《西安市人民政府关于进一步扩大对外开放积极利用外资的实施意见》等20件市政府规范性文件继续有效（见附件1）。",
    "《西安市人民政府关于促进外商投资的若干规定》等17件市政府规范性文件予以废止（见附件2），自2026年1月1日起停止执行。",
    "《西安市人民政府关于印发西安市外商投资促进奖励办法的通知》等15件市政府规范性文件需要修改（见附件3），由文件起草部门（单位）按照规定程序于2026年3月31日前提出修改意见，经市司法局审核后提请市政府审议。修改后的文件印发前，原文件继续执行。",
    "各区县、各部门要对本区域、本部门制定的规范性文件同步开展清理，于2026年2月28日前向社会公布清理结果，并报市司法局备案。",
    "各区县、各部门要以此次清理为契机，建立健全规范性文件定期清理和动态调整机制，对涉及外商投资、跨境电子商务、中欧班列（西安）“长安号”、中国（陕西）自由贸易试验区建设等领域的规范性文件，要结合国家政策调整情况及时评估清理，确保各项政策措施与党中央、国务院决策部署保持一致。",
    "本通知自2026年1月1日起施行。",
]
CN_NUM = "一二三四五六七八九十"
XA_ATT = ["市政府继续有效的规范性文件目录", "市政府宣布废止的规范性文件目录", "市政府拟修改的规范性文件目录"]


def add_chinese_numbering(doc):
    """Define a Word list '一、二、三、' and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 10
    nid = max(num_ids + [0]) + 10
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    ai = OxmlElement("w:abstractNumId")
    ai.set(qn("w:val"), str(aid))
    n.append(ai)
    numbering.append(n)
    return nid


def numbered(p, numId):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(numId))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)


def make_xian():
    doc = Document()
    setup(doc)
    nid = add_chinese_numbering(doc)
    red_header(doc, "西安市人民政府办公厅文件", "市政办发〔2025〕31号", size=30)
    title(doc, "西安市人民政府办公厅\n关于公布市政府规范性文件清理结果的通知")
    para(doc, "各区、县人民政府，市人民政府各工作部门、各直属机构：")
    para(doc, XA_P1, first=32)
    for txt in XA_ITEMS:
        p = para(doc, txt)
        numbered(p, nid)
    empty(doc)
    # 附件 list, hanging indent via left indent
    p = para(doc, "附件：1．" + XA_ATT[0], first=32)
    for i in (1, 2):
        p = para(doc, "%d．" % (i + 1) + XA_ATT[i], left=32 + 48)
    empty(doc)
    empty(doc)
    para(doc, "西安市人民政府办公厅　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年12月15日　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）", first=32)
    for i, (att, rows) in enumerate(zip(XA_ATT, (XA_KEEP, XA_REPEAL, XA_AMEND))):
        para(doc, [("附件%d" % (i + 1), HT, False)], page_break=True)
        empty(doc)
        title(doc, att)
        list_table(doc, with_seq(rows), widths=(1.2, 8.2, 3.4, 2.2, 2.6))
    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委，西安警备区，市法院，市检察院。",
          "西安市人民政府办公厅", "2025年12月15日印发")
    stem = "blind472_xian_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = [XA_P1] + [CN_NUM[i] + "、" + t for i, t in enumerate(XA_ITEMS)]
    for rows in (XA_KEEP, XA_REPEAL, XA_AMEND):
        for n, w, d, b, s in with_seq(rows):
            clauses.append(row_clause(s, n, w, d, b))
    meta = {
        "title": "西安市人民政府办公厅关于公布市政府规范性文件清理结果的通知",
        "doc_number": "市政办发〔2025〕31号",
        "issuer": ["西安市人民政府办公厅"],
        "date": "2025-12-15",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": "2026-01-01",
        "expires": None,
        "attachments": XA_ATT,
        "doc_type": "通知",
        "recipients": ["各区、县人民政府", "市人民政府各工作部门", "各直属机构"],
        "publicity": "此件公开发布",
        "repeals": "附件2所列《西安市人民政府关于促进外商投资的若干规定》等17件市政府规范性文件（自2026年1月1日起废止）",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# =================================================================== DOC 3
YW_KEEP = [
    ("义乌市人民政府关于印发义乌市市场采购贸易方式管理办法的通知", "义政发〔2020〕14号", "2020年5月8日", "长期有效"),
    ("义乌市人民政府办公室关于印发义乌市跨境电子商务发展扶持办法的通知", "义政办发〔2023〕21号", "2023年4月17日", "有效期至2028年4月16日"),
    ("义乌市人民政府关于支持“义新欧”中欧班列高质量发展的若干意见", "义政发〔2022〕9号", "2022年3月1日", "有效期至2027年2月28日"),
    ("义乌市人民政府办公室关于印发义乌综合保税区企业管理服务办法的通知", "义政办发〔2021〕37号", "2021年7月26日", "长期有效"),
    ("义乌市人民政府关于推进中国（浙江）自由贸易试验区金义片区义乌区块建设的实施意见", "义政发〔2021〕18号", "2021年5月10日", "长期有效"),
    ("义乌市人民政府办公室关于印发义乌市外商投资企业服务管理办法的通知", "义政办发〔2022〕15号", "2022年4月6日", "长期有效"),
    ("义乌市人民政府办公室关于印发义乌市进口商品“世界超市”建设扶持办法的通知", "义政办发〔2022〕44号", "2022年9月20日", "有效期至2027年9月19日"),
    ("义乌市人民政府关于印发义乌市外籍商友服务管理办法的通知", "义政发〔2020〕27号", "2020年10月12日", "长期有效"),
    ("义乌市人民政府办公室关于加快推进海外仓建设的实施意见", "义政办发〔2023〕8号", "2023年2月13日", "有效期至2028年2月12日"),
    ("义乌市人民政府办公室关于印发义乌市市场采购贸易联网信息平台管理办法的通知", "义政办发〔2021〕52号", "2021年10月28日", "长期有效"),
    ("义乌市人民政府关于印发义乌市“丝路电商”合作先行区建设方案的通知", "义政发〔2024〕3号", "2024年1月19日", "有效期至2026年12月31日"),
    ("义乌市人民政府办公室关于印发义乌市保税物流业务扶持办法的通知", "义政办发〔2023〕36号", "2023年8月7日", "有效期至2028年8月6日"),
    ("义乌市人民政府办公室关于印发义乌市数字贸易发展若干措施的通知", "义政办发〔2024〕11号", "2024年3月26日", "有效期至2029年3月25日"),
    ("义乌市人民政府办公室关于加强涉外商事纠纷多元化解工作的意见", "义政办发〔2022〕58号", "2022年12月5日", "长期有效"),
    ("义乌市人民政府关于印发义乌市国际贸易综合改革试验区建设若干规定的通知", "义政发〔2023〕5号", "2023年2月27日", "长期有效"),
    ("义乌市人民政府办公室关于印发义乌市铁路口岸运营管理办法的通知", "义政办发〔2024〕29号", "2024年7月15日", "长期有效"),
]
YW_REPEAL = [
    ("义乌市人民政府关于印发义乌市外商投资企业审批管理暂行办法的通知", "义政发〔2015〕31号", "2015年8月19日", "与《中华人民共和国外商投资法》不一致"),
    ("义乌市人民政府办公室关于印发义乌市跨境电子商务发展扶持暂行办法的通知", "义政办发〔2017〕42号", "2017年6月5日", "已被义政办发〔2023〕21号替代"),
    ("义乌市人民政府关于促进“义新欧”中欧班列常态化运行的意见", "义政发〔2016〕22号", "2016年7月4日", "已被义政发〔2022〕9号替代"),
    ("义乌市人民政府办公室关于开展市场采购贸易方式试点工作的实施意见", "义政办发〔2014〕88号", "2014年11月3日", "工作任务已完成"),
    ("义乌市人民政府办公室关于印发义乌市出口商品质量提升三年行动计划（2017—2019年）的通知", "义政办发〔2017〕15号", "2017年3月2日", "适用期已过"),
    ("义乌市人民政府关于加快义乌保税物流中心（B型）建设的意见", "义政发〔2016〕9号", "2016年3月15日", "调整对象已消失"),
    ("义乌市人民政府办公室关于印发义乌市外贸综合服务企业扶持办法的通知", "义政办发〔2018〕29号", "2018年5月21日", "与公平竞争审查制度不一致"),
    ("义乌市人民政府办公室关于印发义乌市进口商品交易会展位补助办法的通知", "义政办发〔2018〕51号", "2018年9月10日", "工作任务已完成"),
    ("义乌市人民政府办公室关于应对新冠肺炎疫情支持商贸企业稳定经营的若干意见", "义政办发〔2020〕6号", "2020年2月12日", "适用期已过"),
    ("义乌市人民政府关于印发义乌市招商引资优惠政策的通知", "义政发〔2017〕40号", "2017年10月30日", "与公平竞争审查制度不一致"),
    ("义乌市人民政府办公室关于加强境外来义人员服务管理的通知", "义政办发〔2019〕12号", "2019年3月8日", "已被义政发〔2020〕27号替代"),
    ("义乌市人民政府办公室关于印发义乌市国际邮件互换中心运营补助办法的通知", "义政办发〔2018〕77号", "2018年12月24日", "适用期已过"),
    ("义乌市人民政府办公室关于做好进口冷链食品疫情防控工作的通知", "义政办发〔2020〕71号", "2020年11月26日", "适用期已过"),
    ("义乌市人民政府关于印发义乌市服务外包产业发展扶持办法的通知", "义政发〔2016〕37号", "2016年11月14日", "调整对象已消失"),
    ("义乌市人民政府办公室关于推进“义甬舟”开放大通道建设的实施意见", "义政办发〔2018〕36号", "2018年6月19日", "工作任务已完成"),
]
YW_AMEND = [
    ("义乌市人民政府关于印发义乌市外商投资奖励办法的通知", "义政发〔2019〕25号", "2019年9月16日", "奖励标准需调整"),
    ("义乌市人民政府办公室关于印发义乌市市场采购贸易经营主体信用管理办法的通知", "义政办发〔2020〕33号", "2020年6月22日", "需与新修订的信用管理规定衔接"),
    ("义乌市人民政府办公室关于印发“义新欧”中欧班列运营补助资金管理办法的通知", "义政办发〔2021〕19号", "2021年4月12日", "补助标准需调整"),
    ("义乌市人民政府办公室关于印发义乌市跨境电商园区认定管理办法的通知", "义政办发〔2020〕58号", "2020年11月9日", "认定条件需调整"),
    ("义乌市人民政府关于印发义乌市开发区（园区）管理办法的通知", "义政发〔2019〕33号", "2019年12月2日", "管理体制需调整"),
    ("义乌市人民政府办公室关于印发义乌市进口贸易促进扶持办法的通知", "义政办发〔2021〕28号", "2021年6月1日", "扶持方式需优化"),
    ("义乌市人民政府办公室关于印发义乌市外贸企业出口信用保险补助办法的通知", "义政办发〔2021〕46号", "2021年9月13日", "补助比例需调整"),
    ("义乌市人民政府办公室关于印发义乌市国际物流发展扶持办法的通知", "义政办发〔2022〕7号", "2022年1月25日", "扶持范围需调整"),
    ("义乌市人民政府关于印发义乌市市场经营户管理办法的通知", "义政发〔2020〕11号", "2020年4月20日", "部分条款与上位法不一致"),
    ("义乌市人民政府办公室关于印发义乌市展会经济发展扶持办法的通知", "义政办发〔2022〕31号", "2022年6月27日", "扶持标准需调整"),
    ("义乌市人民政府办公室关于印发义乌市境外投资企业风险防范指引的通知", "义政办发〔2022〕49号", "2022年10月17日", "风险提示内容需更新"),
    ("义乌市人民政府办公室关于印发义乌市保税维修业务管理暂行办法的通知", "义政办发〔2023〕17号", "2023年3月30日", "需与海关监管新规衔接"),
    ("义乌市人民政府关于印发义乌市外籍人才服务保障办法的通知", "义政发〔2023〕14号", "2023年6月12日", "服务事项需调整"),
    ("义乌市人民政府办公室关于印发义乌市离境退税商店管理办法的通知", "义政办发〔2023〕43号", "2023年9月25日", "需与国家离境退税新政衔接"),
    ("义乌市人民政府办公室关于印发义乌市“数字口岸”建设运行管理办法的通知", "义政办发〔2024〕20号", "2024年5月28日", "运行机制需调整"),
]
YW_P1 = ("为全面贯彻落实《浙江省行政规范性文件管理办法》，进一步推进国际贸易综合改革试验区法治化营商环境建设，根据金华市人民政府办公室关于开展规范性文件集中清理工作的统一部署，"
         "市司法局会同各起草单位对截至2025年12月31日以市政府、市政府办公室名义制发的规范性文件进行了集中清理。经市政府同意，现将清理结果通知如下：")
YW_RES = [
    ("（一）继续有效的文件。", "《义乌市人民政府关于印发义乌市市场采购贸易方式管理办法的通知》等16件规范性文件继续有效（见附件1）。其中，标注有效期的文件，有效期届满自动失效；需要继续执行的，起草单位应当在有效期届满前6个月内组织评估，并按程序重新发布。"),
    ("（二）宣布废止的文件。", "《义乌市人民政府关于印发义乌市外商投资企业审批管理暂行办法的通知》等15件规范性文件予以废止（见附件2），自本通知印发之日起不再执行。"),
    ("（三）拟修改的文件。", "《义乌市人民政府关于印发义乌市外商投资奖励办法的通知》等15件规范性文件拟予修改（见附件3）。起草单位应当于2026年6月30日前完成修改工作；修改后的文件发布前，原文件继续执行，但与上位法和国家政策规定不一致的内容不再执行。"),
]
YW_REQ = [
    ("（一）做好衔接落实。", "各起草单位要认真做好文件废止、修改后的政策衔接工作，对涉及市场采购贸易、跨境电子商务、“义新欧”中欧班列、\n义乌综合保税区等领域经营主体切身利益的，要加强政策解读和宣传引导，保障相关政策平稳过渡。"),
    ("（二）健全长效机制。", "各起草单位要建立规范性文件定期清理和动态清理相结合的工作机制，每两年开展一次全面评估；上位法或者国家政策调整的，应当在3个月内完成相关文件的清理。"),
    ("（三）加强监督检查。", "市司法局要加强对规范性文件清理工作的指导监督，对应当清理而未清理、清理后未按期修改的，按规定予以通报。"),
]
YW_END = "本通知自印发之日起施行。"
YW_ATT = ["继续有效的市政府及市政府办公室规范性文件目录",
          "宣布废止的市政府及市政府办公室规范性文件目录",
          "拟修改的市政府及市政府办公室规范性文件目录"]


def make_yiwu():
    doc = Document()
    setup(doc)
    red_header(doc, "义乌市人民政府办公室文件", "义政办发〔2026〕5号", size=30)
    # title typed as two separate paragraphs
    title(doc, "义乌市人民政府办公室关于公布\n规范性文件清理结果的通知", as_two_paragraphs=True)
    para(doc, "各镇人民政府、街道办事处，市政府各部门、各直属单位：")
    # indentation typed with full-width spaces, not paragraph indent
    para(doc, "　　" + YW_P1)
    para(doc, [("　　一、清理结果", HT, False)])
    for h, b in YW_RES:
        para(doc, [("　　" + h, KT, True), (b, FS, False)])
    empty(doc)
    para(doc, [("　　二、工作要求", HT, False)])
    for h, b in YW_REQ:
        para(doc, [("　　" + h, KT, True), (b, FS, False)])
    para(doc, "　　" + YW_END)
    empty(doc)
    # 附件 list in ONE paragraph with soft line breaks
    para(doc, "　　附件：1.%s\n　　　　　2.%s\n　　　　　3.%s" % tuple(YW_ATT))
    empty(doc)
    empty(doc)
    # 落款 in a borderless layout table, Chinese-numeral date
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.rows[0].cells[1]
    p = c.paragraphs[0]
    add_text(p, "义乌市人民政府办公室")
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = c.add_paragraph()
    add_text(p, "二〇二六年二月十日")
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(t, (8.0, 7.6))
    empty(doc)
    para(doc, "　　（此件公开发布）")
    # 附件1: table split in two by hand, second part with a typed header row again
    para(doc, [("附件1", HT, False)], page_break=True)
    title(doc, YW_ATT[0])
    seq1 = with_seq(YW_KEEP)
    list_table(doc, seq1[:9], header_repeat=False, widths=(1.3, 7.8, 3.4, 2.7, 2.4))
    p = doc.add_paragraph()
    fmt(p, line=20)
    p.add_run().add_break(WD_BREAK.PAGE)
    list_table(doc, seq1[9:], header_repeat=False, widths=(1.3, 7.8, 3.4, 2.7, 2.4))
    for i in (1, 2):
        rows = (YW_REPEAL, YW_AMEND)[i - 1]
        para(doc, [("附件%d" % (i + 1), HT, False)], page_break=True)
        title(doc, YW_ATT[i])
        list_table(doc, with_seq(rows), widths=(1.3, 7.8, 3.4, 2.7, 2.4))
    banji(doc, "抄送：金华市人民政府办公室，金华市司法局。市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。",
          "义乌市人民政府办公室", "2026年2月10日印发")
    stem = "blind472_yiwu_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    clauses = [YW_P1] + [h + b for h, b in YW_RES] + [h + b.replace("\n", "") for h, b in YW_REQ] + [YW_END]
    for rows in (YW_KEEP, YW_REPEAL, YW_AMEND):
        for n, w, d, b, s in with_seq(rows):
            clauses.append(row_clause(s, n, w, d, b))
    meta = {
        "title": "义乌市人民政府办公室关于公布规范性文件清理结果的通知",
        "doc_number": "义政办发〔2026〕5号",
        "issuer": ["义乌市人民政府办公室"],
        "date": "2026-02-10",
        "published": None,
        "level": "county",
        "region": "义乌市",
        "effective": "2026-02-10",
        "expires": None,
        "attachments": YW_ATT,
        "doc_type": "通知",
        "recipients": ["各镇人民政府", "街道办事处", "市政府各部门", "各直属单位"],
        "publicity": "此件公开发布",
        "repeals": "附件2所列《义乌市人民政府关于印发义乌市外商投资企业审批管理暂行办法的通知》等15件规范性文件",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_fujian, make_xian, make_yiwu):
        stem, path, docs = maker()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
