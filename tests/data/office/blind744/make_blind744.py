# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 744: 规范性文件清理结果的决定 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=32,
         line=28, color=None, before=0, after=0, left=None):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after, left)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, indent=32, align=None, line=28):
    """parts: list of (text, font, bold) ; text '\n' => soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    for text, font, bold in parts:
        if text == "\n":
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        set_font(p.add_run(text), font, 16, bold)
    return p


def bottom_border(p, color="E60012", sz=12, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)


def page_number_footer(section, style="dash"):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = ("— ", " —") if style == "dash" else ("-", "-")
    set_font(p.add_run(pre), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    set_font(p.add_run(post), "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        set_font(p.add_run(piece), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def borders(table, val="single"):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def col_widths(table, widths_mm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def make_table(doc, header, rows, widths, left_cols=(1,), repeat=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    if repeat:
        repeat_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        for c, val in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if c in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[r].cells[c], val, FS, 12, align=al)
    col_widths(t, widths)
    return t


def row_clauses(header, rows):
    out = []
    for row in rows:
        out.append("；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row)))
    return out


def red_header(doc, organ_line, docno):
    for _ in range(2):
        para(doc, "", indent=0)
    para(doc, organ_line, XBS, 42, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 60, RED)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, docno, FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, 0)
    bottom_border(p, sz=18)
    para(doc, "", indent=0)


def banji(doc, chaosong_lines, yinfa_organ, yinfa_date):
    """版记: 抄送 + 印发 with rules."""
    for _ in range(3):
        para(doc, "", indent=0)
    p = para(doc, "", indent=0, left=14)
    bottom_border(p, "000000", 8, "top")
    p = doc.add_paragraph()
    fmt(p, None, 0, 28, left=14)
    p.paragraph_format.first_line_indent = Pt(0)
    for i, line in enumerate(chaosong_lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        set_font(p.add_run(line), FS, 14)
    bottom_border(p, "000000", 4)
    p = para(doc, yinfa_organ + "　　　　　　　　　" + yinfa_date + "印发", FS, 14, False,
             None, 0, 28, left=14)
    bottom_border(p, "000000", 8)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    return doc


def attach_page(doc, label, title, landscape=None):
    if landscape is None:
        doc.add_page_break()
    else:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        page_setup(sec, landscape)
    para(doc, label, HT, 16, False, None, 0)
    para(doc, "", indent=0)
    para(doc, title, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 32)
    para(doc, "", indent=0)


H1 = ["序号", "文件名称", "文号", "发布日期"]
H2 = ["序号", "文件名称", "文号", "失效原因"]
H3 = ["序号", "文件名称", "文号", "修改方向", "牵头单位"]


def numbered(rows):
    return [[str(i)] + list(r) for i, r in enumerate(rows, start=1)]


# =================================================================== 南宁
def build_nanning():
    stem = "blind744_nanning_jueding"
    title = "南宁市人民政府关于公布规范性文件清理结果的决定"
    docno = "南府发〔2026〕2号"
    recip_line = "各县（市、区）人民政府，市人民政府各组成部门、各直属机构，各开发区管委会："
    att_titles = ["继续有效的规范性文件目录", "宣布失效的规范性文件目录", "拟修改的规范性文件目录"]

    a1 = numbered([
        ("南宁市人民政府关于加快跨境电子商务综合试验区建设的实施意见", "南府发〔2019〕15号", "2019年6月12日"),
        ("南宁市人民政府关于印发南宁市促进外商投资若干措施的通知", "南府规〔2021〕3号", "2021年3月8日"),
        ("南宁市人民政府关于印发中国（广西）自由贸易试验区南宁片区管理办法的通知", "南府规〔2020〕7号", "2020年4月20日"),
        ("南宁市人民政府办公室关于印发南宁综合保税区高质量发展三年行动方案（2024—2026年）的通知", "南府办〔2024〕11号", "2024年3月15日"),
        ("南宁市人民政府关于深度融入共建“一带一路”加快面向东盟开放合作的实施意见", "南府发〔2023〕9号", "2023年5月26日"),
        ("南宁市人民政府办公室关于印发南宁市跨境电子商务零售进口商品质量安全监管办法的通知", "南府办规〔2022〕5号", "2022年7月1日"),
        ("南宁市人民政府关于印发南宁市重大外资项目服务保障工作机制的通知", "南府规〔2022〕12号", "2022年9月9日"),
        ("南宁市人民政府办公室关于促进中国—东盟跨境物流通道建设的若干意见", "南府办发〔2023〕21号", "2023年8月18日"),
        ("南宁市人民政府关于印发南宁市外贸综合服务企业认定管理办法的通知", "南府规〔2023〕4号", "2023年2月27日"),
        ("南宁市人民政府办公室关于印发南宁市进口贸易促进创新示范区建设方案的通知", "南府办〔2023〕33号", "2023年11月6日"),
        ("南宁市人民政府关于印发南宁市优化口岸营商环境促进跨境贸易便利化若干措施的通知", "南府规〔2024〕2号", "2024年1月30日"),
        ("南宁市人民政府办公室关于印发南宁市服务贸易创新发展实施方案的通知", "南府办〔2021〕28号", "2021年10月14日"),
        ("南宁市人民政府关于印发南宁市境外投资企业服务管理办法的通知", "南府规〔2021〕15号", "2021年12月2日"),
        ("南宁市人民政府办公室关于印发南宁市加工贸易梯度转移承接奖补办法的通知", "南府办规〔2024〕3号", "2024年5月21日"),
        ("南宁市人民政府关于支持中国—东盟商品交易中心建设的若干意见", "南府发〔2024〕8号", "2024年6月28日"),
        ("南宁市人民政府办公室关于印发南宁市海外仓建设扶持办法的通知", "南府办规〔2024〕6号", "2024年8月9日"),
        ("南宁市人民政府关于印发南宁临空经济示范区产业发展扶持办法的通知", "南府规〔2024〕9号", "2024年10月17日"),
        ("南宁市人民政府办公室关于印发南宁市数字贸易发展行动方案（2025—2027年）的通知", "南府办〔2025〕6号", "2025年2月20日"),
    ])
    a2 = numbered([
        ("南宁市人民政府关于促进外贸稳定增长的若干意见", "南府发〔2016〕22号",
         "已被《南宁市人民政府关于深度融入共建“一带一路”加快面向东盟开放合作的实施意见》（南府发〔2023〕9号）替代"),
        ("南宁市人民政府办公室关于印发南宁市外商投资企业设立及变更审批办事指南的通知", "南府办〔2017〕40号",
         "与《中华人民共和国外商投资法》规定不一致，外商投资企业设立审批制度已取消"),
        ("南宁市人民政府关于印发南宁市跨境电子商务发展专项资金管理暂行办法的通知", "南府规〔2018〕6号", "有效期已届满"),
        ("南宁市人民政府办公室关于印发南宁市加快推进中新互联互通南向通道建设工作方案的通知", "南府办〔2018〕52号", "工作任务已完成"),
        ("南宁市人民政府关于印发南宁市进出口企业信用担保补助办法的通知", "南府规〔2019〕2号", "有效期已届满"),
        ("南宁市人民政府办公室关于印发南宁市申报中国（广西）自由贸易试验区工作方案的通知", "南府办〔2019〕19号", "工作任务已完成"),
        ("南宁市人民政府关于促进保税物流中心（B型）发展的若干意见", "南府发〔2017〕31号",
         "调整对象已消失，南宁保税物流中心已整合优化为南宁综合保税区"),
        ("南宁市人民政府办公室关于印发南宁市应对新冠肺炎疫情稳外贸稳外资若干措施的通知", "南府办发〔2020〕9号", "阶段性政策已到期"),
        ("南宁市人民政府关于印发南宁市外来投资项目“一站式”审批实施办法的通知", "南府规〔2016〕14号",
         "已被《南宁市人民政府关于印发南宁市重大外资项目服务保障工作机制的通知》（南府规〔2022〕12号）替代"),
        ("南宁市人民政府办公室关于印发南宁市外贸企业出口退税资金池管理办法的通知", "南府办规〔2019〕8号", "所依据的上位政策已废止"),
    ])
    a3 = numbered([
        ("南宁市人民政府办公室关于印发南宁市西部陆海新通道班列运营补贴管理办法的通知", "南府办规〔2021〕4号",
         "落实国家关于规范班列补贴的要求，逐步退坡运营补贴，调整补贴标准和申领程序", "市商务局"),
        ("南宁市人民政府关于印发南宁市招商引资优惠政策若干规定的通知", "南府规〔2020〕11号",
         "按照公平竞争审查要求，删除违规给予特定经营者税收返还、土地出让金返还等优惠条款", "市投资促进局"),
        ("南宁市人民政府办公室关于印发南宁市跨境电子商务产业园区认定管理办法的通知", "南府办规〔2022〕2号",
         "对接国家跨境电子商务综合试验区考核评估指标，完善园区认定条件和退出机制", "市商务局"),
        ("南宁市人民政府关于印发南宁市外商投资企业投诉工作办法的通知", "南府规〔2021〕8号",
         "依据《外商投资企业投诉工作办法》（商务部令2020年第3号）修订投诉受理范围、处理时限和程序", "市商务局"),
        ("南宁市人民政府办公室关于印发南宁市进出口商品检验检测补助办法的通知", "南府办规〔2020〕7号",
         "适应检验检疫职能调整，删除涉及原出入境检验检疫机构的表述，调整补助对象", "市市场监督管理局"),
        ("南宁市人民政府关于加快发展现代物流业的若干意见", "南府发〔2020〕18号",
         "衔接《区域全面经济伙伴关系协定》（RCEP）实施和西部陆海新通道建设新要求，更新物流枢纽布局和支持政策", "市发展改革委"),
    ])

    body = [
        "为维护社会主义法制统一，推进法治政府建设，持续优化营商环境，根据《优化营商环境条例》《广西壮族自治区规范性文件制定程序规定》等规定，结合中国（广西）自由贸易试验区南宁片区建设和面向东盟开放合作的新要求，市人民政府对截至2025年10月31日以市人民政府及市人民政府办公室名义制发的规范性文件进行了全面清理。现将有关事项决定如下：",
        ("一、", "对《南宁市人民政府关于加快跨境电子商务综合试验区建设的实施意见》等18件规范性文件予以保留，继续有效（目录见附件1）。"),
        ("二、", "对《南宁市人民政府关于促进外贸稳定增长的若干意见》等10件规范性文件宣布失效（目录见附件2），自本决定施行之日起不再执行。"),
        ("三、", "对《南宁市人民政府办公室关于印发南宁市西部陆海新通道班列运营补贴管理办法的通知》等6件规范性文件拟作修改（目录见附件3）。各牵头单位要按照修改方向，于2026年6月30日前完成修改工作并按程序报送市人民政府审议；修改完成前，上述文件继续执行，但与上位法和国家、自治区最新政策不一致的内容不再执行。"),
        ("四、", "各县（市、区）人民政府、市直各部门要做好清理结果的衔接落实工作，对继续有效的规范性文件加强宣传解读和执行监督；对宣布失效的规范性文件，不得再作为行政管理的依据。市司法局要加强对规范性文件的动态管理，定期组织开展评估清理。"),
        ("五、", "本决定自2026年2月1日起施行。"),
    ]

    doc = new_doc()
    page_number_footer(doc.sections[0])
    red_header(doc, "南宁市人民政府文件", docno)
    # title with a soft line break (typed by hand)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 32)
    set_font(p.add_run("南宁市人民政府"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("关于公布规范性文件清理结果的决定"), XBS, 22)
    para(doc, "", indent=0)
    para(doc, recip_line, indent=0)
    clauses = []
    for item in body:
        if isinstance(item, tuple):
            runs(doc, [(item[0], HT, False), (item[1], FS, False)])
            clauses.append(item[0] + item[1])
        else:
            para(doc, item)
            clauses.append(item)
    para(doc, "", indent=0)
    # 附件 list aligned with full-width spaces
    para(doc, "附件：1．" + att_titles[0])
    para(doc, "　　　2．" + att_titles[1])
    para(doc, "　　　3．" + att_titles[2])
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    para(doc, "南宁市人民政府" + "　" * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(doc, "2026年1月16日" + "　" * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(doc, "", indent=0)
    para(doc, "（此件公开发布）", indent=32)

    attach_page(doc, "附件1", att_titles[0])
    make_table(doc, H1, a1, [12, 82, 30, 32], repeat=True)
    attach_page(doc, "附件2", att_titles[1])
    make_table(doc, H2, a2, [12, 66, 34, 44], left_cols=(1, 3), repeat=True)
    attach_page(doc, "附件3", att_titles[2])
    make_table(doc, H3, a3, [10, 50, 30, 44, 22], left_cols=(1, 3), repeat=True)
    banji(doc, ["抄送：自治区人民政府办公厅，自治区司法厅。",
                "　　　市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级人民法院，市人民检察院。"],
          "南宁市人民政府办公室", "2026年1月16日")
    clauses += row_clauses(H1, a1) + row_clauses(H2, a2) + row_clauses(H3, a3)
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": title,
        "doc_number": docno,
        "issuer": ["南宁市人民政府"],
        "date": "2026-01-16",
        "published": None,
        "level": "municipal",
        "region": "南宁市",
        "effective": "2026-02-01",
        "expires": None,
        "attachments": att_titles,
        "doc_type": "决定",
        "recipients": ["各县（市、区）人民政府", "市人民政府各组成部门、各直属机构", "各开发区管委会"],
        "publicity": "此件公开发布",
        "repeals": "宣布《南宁市人民政府关于促进外贸稳定增长的若干意见》等10件规范性文件失效（目录见附件2）",
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# =================================================================== 郑州
def build_zhengzhou():
    stem = "blind744_zhengzhou_jueding"
    title = "郑州市人民政府关于公布规范性文件清理结果的决定"
    docno = "郑政〔2026〕3号"
    att_titles = ["继续有效的规范性文件目录", "宣布失效的规范性文件目录", "拟修改的规范性文件目录"]

    a1 = numbered([
        ("郑州市人民政府关于加快中欧班列（郑州）集结中心建设的实施意见", "郑政〔2021〕8号", "2021.04.06"),
        ("郑州市人民政府关于印发郑州市跨境电子商务综合试验区建设实施方案的通知", "郑政〔2016〕22号", "2016.07.18"),
        ("郑州市人民政府关于印发中国（河南）自由贸易试验区郑州片区管理办法的通知", "郑政〔2018〕14号", "2018.05.09"),
        ("郑州市人民政府办公厅关于支持郑州新郑综合保税区高质量发展的若干意见", "郑政办〔2022〕19号", "2022.06.24"),
        ("郑州市人民政府关于推进“空中丝绸之路”建设的实施意见", "郑政〔2019〕11号", "2019.05.30"),
        ("郑州市人民政府办公厅关于印发郑州市跨境电商零售进口药品试点工作实施方案的通知", "郑政办〔2021〕33号", "2021.09.13"),
        ("郑州市人民政府关于印发郑州市外商投资企业服务专员制度的通知", "郑政文〔2022〕41号", "2022.03.17"),
        ("郑州市人民政府办公厅关于印发郑州市海外仓建设支持办法的通知", "郑政办〔2023〕7号", "2023.02.21"),
        ("郑州市人民政府关于印发郑州市深度融入共建“一带一路”高质量发展行动方案（2024—2026年）的通知", "郑政〔2024〕5号", "2024.02.28"),
        ("郑州市人民政府办公厅关于印发\n郑州市进口肉类、水果、冰鲜水产品等指定监管场地运营管理办法的通知", "郑政办〔2020〕26号", "2020.08.11"),
        ("郑州市人民政府关于印发郑州市服务业扩大开放综合试点实施方案的通知", "郑政〔2023〕16号", "2023.07.04"),
        ("郑州市人民政府办公厅关于促进跨境电商与产业带融合发展的实施意见", "郑政办〔2024〕12号", "2024.04.19"),
        ("郑州市人民政府关于印发郑州航空港经济综合实验区外资招引奖励办法的通知", "郑政〔2024〕18号", "2024.07.25"),
        ("郑州市人民政府办公厅关于印发郑州市国际物流通道建设三年行动计划（2024—2026年）的通知", "郑政办〔2024〕29号", "2024.09.10"),
        ("郑州市人民政府关于印发郑州市加工贸易提质增效若干措施的通知", "郑政〔2025〕3号", "2025.01.20"),
        ("郑州市人民政府办公厅关于印发郑州市外贸新业态新模式发展支持政策的通知", "郑政办〔2025〕10号", "2025.04.08"),
    ])
    a2 = numbered([
        ("郑州市人民政府关于印发郑州市跨境贸易电子商务服务试点工作实施方案的通知", "郑政〔2013〕35号",
         "试点工作已结束，已被郑州市跨境电子商务综合试验区相关政策替代"),
        ("郑州市人民政府关于印发郑州市外商投资企业审批管理暂行办法的通知", "郑政〔2014〕27号",
         "与《中华人民共和国外商投资法》及其实施条例不一致"),
        ("郑州市人民政府办公厅关于印发郑州市中欧班列（郑州）运营补贴暂行办法的通知", "郑政办〔2017〕42号", "有效期已届满"),
        ("郑州市人民政府关于印发郑州市外贸发展专项资金管理办法的通知", "郑政〔2018〕20号", "有效期已届满"),
        ("郑州市人民政府办公厅关于印发郑州市跨境电商企业物流费用补贴办法的通知", "郑政办〔2019〕15号", "有效期已届满"),
        ("郑州市人民政府办公厅关于印发郑州市申建中国（河南）自由贸易试验区郑州片区工作方案的通知", "郑政办〔2016〕51号", "工作任务已完成"),
        ("郑州市人民政府关于印发郑州市创建国家进口贸易促进创新示范区工作方案的通知", "郑政〔2020〕12号", "工作任务已完成"),
        ("郑州市人民政府关于促进郑州出口加工区转型升级的意见", "郑政〔2015〕30号", "调整对象已消失"),
        ("郑州市人民政府办公厅关于应对新冠肺炎疫情支持外贸企业稳定发展的若干措施", "郑政办〔2020〕8号", "阶段性政策已到期"),
    ])
    a3 = numbered([
        ("郑州市人民政府关于印发郑州市促进外商投资若干政策的通知", "郑政〔2020〕21号",
         "按照《中华人民共和国外商投资法实施条例》和公平竞争审查制度要求，删除限定外资企业注册地、纳税地的条款，完善外资项目奖励兑现程序", "市商务局"),
        ("郑州市人民政府办公厅关于印发郑州市中欧班列（郑州）高质量发展支持政策的通知", "郑政办〔2022〕24号",
         "落实中欧班列高质量发展有关要求，调整补贴退坡节奏，增加回程货源培育和集结中心建设内容", "市发展改革委"),
        ("郑州市人民政府关于印发郑州市跨境电子商务人才培养扶持办法的通知", "郑政〔2021〕19号",
         "结合跨境电商综试区考核评价新指标，调整人才认定条件和扶持标准", "市商务局、市人力资源社会保障局"),
        ("郑州市人民政府办公厅关于印发郑州新郑综合保税区企业准入管理办法的通知", "郑政办〔2021〕37号",
         "对照《中华人民共和国海关综合保税区管理办法》，调整企业准入条件和负面清单，删除与海关监管职责重复的内容", "郑州航空港经济综合实验区管委会"),
        ("郑州市人民政府关于印发郑州市国际物流枢纽建设实施方案的通知", "郑政〔2022〕9号",
         "衔接国家物流枢纽建设最新规划，更新空港型、陆港型枢纽建设任务和时间节点", "市发展改革委"),
    ])

    doc = new_doc()
    page_number_footer(doc.sections[0])
    red_header(doc, "郑州市人民政府文件", docno)
    # title typed as two separate paragraphs
    para(doc, "郑州市人民政府", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 32)
    para(doc, "关于公布规范性文件清理结果的决定", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 32)
    para(doc, "", indent=0)
    para(doc, "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：", indent=0)

    clauses = []
    SP = "　　"  # indentation typed with full-width spaces, no first-line indent

    def body(text):
        para(doc, SP + text, indent=0)
        clauses.append(text)

    def runin(head, rest, head_font=HT, split_at=None):
        if split_at:
            a, b = rest.split(split_at, 1)
            runs(doc, [(SP, FS, False), (head, head_font, head_font == KT), (a + split_at, FS, False),
                       ("\n", None, None), (b, FS, False)], indent=0)
        else:
            runs(doc, [(SP, FS, False), (head, head_font, head_font == KT), (rest, FS, False)], indent=0)
        clauses.append(head + rest)

    body("为深入贯彻落实党中央、国务院关于全面依法治国的决策部署，维护法制统一和政令畅通，更好服务郑州国家中心城市建设和高水平对外开放，根据《河南省行政规范性文件管理办法》和国家、省关于开展规范性文件清理工作的要求，市人民政府组织对2025年12月31日前以市人民政府、市人民政府办公厅名义印发的现行规范性文件进行了集中清理。现将清理结果决定如下：")
    runin("一、继续有效的规范性文件。",
          "《郑州市人民政府关于加快中欧班列（郑州）集结中心建设的实施意见》等16件规范性文件继续有效（见附件1）。")
    runin("二、宣布失效的规范性文件。",
          "《郑州市人民政府关于印发郑州市跨境贸易电子商务服务试点工作实施方案的通知》等9件规范性文件宣布失效（见附件2），自本决定施行之日起停止执行。")
    runin("三、拟修改的规范性文件。",
          "《郑州市人民政府关于印发郑州市促进外商投资若干政策的通知》等5件规范性文件拟予修改（见附件3）。牵头单位要于2026年9月30日前完成修改，修改后的文件按程序重新公布；修改前，文件中与法律、法规、规章和上级政策相抵触的内容停止执行。")
    # heading on its own line — not a clause
    p = para(doc, SP, indent=0)
    set_font(p.add_run("四、工作要求"), HT, 16)
    runin("（一）抓好衔接落实。",
          "各开发区管委会、各区县（市）人民政府和市人民政府各部门要认真做好清理结果的衔接，对宣布失效的规范性文件，不得再作为行政管理依据；因规范性文件失效导致政策空档的，要及时研究提出衔接措施。",
          head_font=KT, split_at="行政管理依据；")
    runin("（二）加强动态管理。",
          "市司法局要建立规范性文件目录动态更新机制，在市人民政府门户网站及时公布现行有效的规范性文件目录；各起草单位要对规范性文件实施情况开展定期评估，发现问题及时提出修改或者废止建议。",
          head_font=KT)
    runin("（三）严格制定程序。",
          "今后制定涉及跨境电商、中欧班列、综合保税区、外商投资等领域的规范性文件，要严格履行公平竞争审查、合法性审核等程序，未经合法性审核或者审核不合格的，不得提交审议。",
          head_font=KT)
    body("五、本决定自2026年1月23日起施行。")
    para(doc, "", indent=0)
    para(doc, SP + "附件：1．" + att_titles[0], indent=0)
    para(doc, SP + "　　　2．" + att_titles[1], indent=0)
    para(doc, SP + "　　　3．" + att_titles[2], indent=0)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    # 落款 in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    borders(lt, "nil")
    col_widths(lt, [80, 76])
    c = lt.rows[0].cells[1]
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(28)
    set_font(p.add_run("郑州市人民政府"), FS, 16)
    p2 = c.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2.paragraph_format.line_spacing = Pt(28)
    set_font(p2.add_run("2026年1月23日"), FS, 16)
    para(doc, "", indent=0)
    para(doc, SP + "（此件公开发布）", indent=0)

    attach_page(doc, "附件1", att_titles[0])
    make_table(doc, H1, a1, [12, 82, 30, 32])
    attach_page(doc, "附件2", att_titles[1])
    t = make_table(doc, H2, a2, [12, 76, 30, 38], left_cols=(1,))
    # vertically merged 失效原因 cells (rows 3-5 and 6-7), as the typist did
    for first, last in ((3, 5), (6, 7)):
        merged = t.cell(first, 3).merge(t.cell(last, 3))
        cell_text(merged, a2[first - 1][3], FS, 12)
    attach_page(doc, "附件3", att_titles[2])
    make_table(doc, H3, a3, [10, 50, 30, 44, 22], left_cols=(1, 3))
    banji(doc, ["抄送：市委各部门，郑州警备区，各人民团体。",
                "　　　市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院。"],
          "郑州市人民政府办公厅", "2026年1月23日")
    clauses += row_clauses(H1, a1) + row_clauses(H2, a2) + row_clauses(H3, a3)
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": title,
        "doc_number": docno,
        "issuer": ["郑州市人民政府"],
        "date": "2026-01-23",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": "2026-01-23",
        "expires": None,
        "attachments": att_titles,
        "doc_type": "决定",
        "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": "宣布《郑州市人民政府关于印发郑州市跨境贸易电子商务服务试点工作实施方案的通知》等9件规范性文件失效（见附件2）",
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# =================================================================== 厦门
def add_chinese_numbering(doc):
    """Word auto-numbering 一、二、三、 (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = "744", "744"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), HT)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), abs_id)
    num.append(aid)
    numbering.append(num)
    return num_id


def numbered_para(doc, num_id, text):
    p = para(doc, text, indent=32)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...); put it first
    ppr.insert(0, numpr)
    return p


def build_xiamen():
    stem = "blind744_xiamen_jueding"
    title = "厦门市人民政府关于公布规范性文件清理结果的决定"
    docno = "厦府〔2026〕11号"
    att_titles = ["继续有效的规范性文件目录", "宣布失效的规范性文件目录", "拟修改的规范性文件目录"]

    a1 = numbered([
        ("《厦门市人民政府关于促进跨境电子商务高质量发展的若干意见》", "厦府〔2022〕86号", "2022年4月2日"),
        ("《厦门市人民政府关于印发中国（福建）自由贸易试验区厦门片区管理办法的通知》", "厦府〔2019〕102号", "2019年4月22日"),
        ("《厦门市人民政府办公厅关于印发厦门市推进“丝路海运”高质量发展行动方案的通知》", "厦府办〔2023〕15号", "2023年3月10日"),
        ("《厦门市人民政府关于支持中欧（厦门）班列发展的若干措施》", "厦府〔2021〕58号", "2021年3月5日"),
        ("《厦门市人民政府办公厅关于印发厦门象屿综合保税区高质量发展实施方案的通知》", "厦府办〔2022〕41号", "2022年6月20日"),
        ("《厦门市人民政府关于印发厦门市外商投资企业投诉处理办法的通知》", "厦府规〔2021〕5号", "2021年7月30日"),
        ("《厦门市人民政府办公厅关于印发厦门市跨境电子商务公共海外仓认定管理办法的通知》", "厦府办规〔2022〕9号", "2022年8月15日"),
        ("《厦门市人民政府关于深化两岸经贸合作推进厦台融合发展的若干措施》", "厦府〔2023〕27号", "2023年2月14日"),
        ("《厦门市人民政府办公厅关于印发厦门市进口贸易促进创新示范区建设实施方案的通知》", "厦府办〔2021〕77号", "2021年11月8日"),
        ("《厦门市人民政府关于印发厦门市服务业扩大开放综合试点若干措施的通知》", "厦府规〔2023〕8号", "2023年9月1日"),
        ("《厦门市人民政府办公厅关于印发厦门市保税维修业务发展支持办法的通知》", "厦府办规〔2023〕12号", "2023年10月23日"),
        ("《厦门市人民政府关于印发厦门市全面对接RCEP推动高水平对外开放行动方案的通知》", "厦府〔2022〕153号", "2022年9月26日"),
        ("《厦门市人民政府办公厅关于印发厦门海沧港综合保税区企业服务指引的通知》", "厦府办[2024]6号", "2024年1月19日"),
        ("《厦门市人民政府关于印发厦门市鼓励跨国公司设立地区总部办法的通知》", "厦府规〔2024〕3号", "2024年4月12日"),
        ("《厦门市人民政府办公厅关于印发厦门市数字贸易创新发展若干措施的通知》", "厦府办规〔2024〕7号", "2024年8月6日"),
        ("《厦门市人民政府关于印发厦门市金砖国家新工业革命伙伴关系创新基地建设支持政策的通知》", "厦府规〔2025〕2号", "2025年3月18日"),
        ("《厦门市人民政府办公厅关于印发厦门市航空物流发展扶持办法的通知》", "厦府办规〔2025〕4号", "2025年6月9日"),
    ])
    a2 = numbered([
        ("《厦门市人民政府关于印发厦门市对台小额贸易管理办法的通知》", "厦府〔2014〕220号", "上位依据已废止"),
        ("《厦门市人民政府关于印发厦门市外商投资企业设立审批实施办法的通知》", "厦府〔2015〕178号", "与《中华人民共和国外商投资法》规定不一致"),
        ("《厦门市人民政府办公厅关于印发厦门市跨境电子商务发展扶持资金管理暂行办法的通知》", "厦府办〔2017〕133号", "有效期届满"),
        ("《厦门市人民政府关于印发中国（福建）自由贸易试验区厦门片区建设实施方案的通知》", "厦府〔2015〕95号", "工作任务已完成"),
        ("《厦门市人民政府办公厅关于厦门保税物流园区整合转型的实施意见》", "厦府办〔2016〕201号", "调整对象已消失"),
        ("《厦门市人民政府关于印发厦门市中欧班列运营补贴暂行规定的通知》", "厦府〔2016〕310号",
         "已被《厦门市人民政府关于支持中欧（厦门）班列发展的若干措施》（厦府〔2021〕58号）替代"),
        ("《厦门市人民政府办公厅关于应对新冠肺炎疫情支持外贸外资企业共渡难关的若干措施》", "厦府办〔2020〕18号", "阶段性政策已到期"),
        ("《厦门市人民政府关于印发厦门市境外投资项目核准管理暂行办法的通知》", "厦府〔2013〕287号",
         "与《企业境外投资管理办法》（国家发展改革委令第11号）规定不一致"),
    ])
    note2 = "注：宣布失效的规范性文件，自本决定施行之日起不再作为行政管理的依据。"
    a3 = numbered([
        ("《厦门市人民政府关于印发厦门市鼓励外商投资若干规定的通知》", "厦府规〔2020〕6号",
         "对照《中华人民共和国外商投资法》及其实施条例，删除对内外资企业差别对待的条款，统一适用国民待遇", "市商务局"),
        ("《厦门市人民政府办公厅关于印发厦门市跨境电子商务综合试验区线上综合服务平台管理办法的通知》", "厦府办规〔2020〕11号",
         "对接国际贸易“单一窗口”功能升级，调整平台数据共享和安全管理要求", "市商务局"),
        ("《厦门市人民政府关于印发厦门市口岸收费目录清单管理办法的通知》", "厦府规〔2021〕9号",
         "落实降低进出口环节合规成本要求，动态调整收费目录清单，完善公示和监督机制", "市口岸办"),
        ("《厦门市人民政府办公厅关于印发厦门市融资租赁业发展扶持办法的通知》", "厦府办规〔2021〕6号",
         "结合自贸试验区厦门片区金融开放创新试点，调整扶持对象范围，删除已取消的前置审批表述", "市委金融办"),
        ("《厦门市人民政府关于印发厦门市国际航行船舶保税油供应管理办法的通知》", "厦府规〔2022〕4号",
         "依据国家关于保税燃料油经营资质调整的新规定，修改经营主体准入条件和监管分工", "厦门港口管理局"),
        ("《厦门市人民政府办公厅关于印发厦门市加工贸易企业内销便利化措施的通知》", "厦府办规〔2022〕13号",
         "适应加工贸易内销征税政策调整，更新内销选择性征收关税等操作规定", "市商务局"),
        ("《厦门市人民政府关于印发厦门市外籍高层次人才服务保障办法的通知》", "厦府规〔2022〕10号",
         "衔接外国人来华工作许可和居留便利化新政策，优化服务事项和办理流程", "市科技局"),
    ])

    doc = new_doc()
    num_id = add_chinese_numbering(doc)
    page_number_footer(doc.sections[0])
    red_header(doc, "厦门市人民政府文件", docno)
    para(doc, title, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 32)
    para(doc, "", indent=0)
    para(doc, "各区人民政府，市直各委、办、局，各开发区管委会：", indent=0)
    clauses = []
    intro = "根据《福建省行政规范性文件管理办法》和《厦门市规范性文件管理办法》有关规定，为进一步深化中国（福建）自由贸易试验区厦门片区改革创新，持续打造市场化、法治化、国际化一流营商环境，市人民政府对现行有效的市政府及市政府办公厅规范性文件进行了全面清理。经市人民政府第112次常务会议研究，现决定如下："
    para(doc, intro)
    clauses.append(intro)
    items = [
        "《厦门市人民政府关于促进跨境电子商务高质量发展的若干意见》等17件规范性文件继续有效（目录见附件1）。",
        "《厦门市人民政府关于印发厦门市对台小额贸易管理办法的通知》等8件规范性文件宣布失效（目录见附件2），自本决定施行之日起不再执行。",
        "《厦门市人民政府关于印发厦门市鼓励外商投资若干规定的通知》等7件规范性文件拟予修改（目录见附件3），由牵头单位在2026年12月31日前按照法定程序完成修改；修改完成前，继续执行，但其中与现行法律、法规、规章以及国家和省有关政策不一致的内容不再执行。",
        "列入继续有效目录的规范性文件，其有效期按照文件原规定执行；有效期届满前，起草单位应当组织评估，认为需要继续施行的，依照程序重新公布。",
        "本决定自2026年3月1日起施行。",
    ]
    cn = "一二三四五"
    for i, it in enumerate(items):
        numbered_para(doc, num_id, it)
        clauses.append(cn[i] + "、" + it)
    para(doc, "", indent=0)
    # 附件 list: hanging indent, numbers typed by hand
    p = para(doc, "附件：1．" + att_titles[0], indent=32)
    p = doc.add_paragraph()
    fmt(p, None, 0, 28, left=112)
    set_font(p.add_run("2．" + att_titles[1]), FS, 16)
    p = doc.add_paragraph()
    fmt(p, None, 0, 28, left=112)
    set_font(p.add_run("3．" + att_titles[2]), FS, 16)
    for _ in range(3):
        para(doc, "", indent=0)
    para(doc, "厦门市人民政府　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(doc, "2026年2月5日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    para(doc, "", indent=0)
    para(doc, "（此件主动公开）", indent=32)

    attach_page(doc, "附件1", att_titles[0])
    make_table(doc, H1, a1, [12, 84, 30, 30], repeat=True)
    attach_page(doc, "附件2", att_titles[1])
    make_table(doc, H2, a2, [12, 66, 34, 44], left_cols=(1, 3))
    para(doc, note2, FS, 12, False, None, 0, 20, before=6)
    # 附件3 on a landscape page (section break)
    attach_page(doc, "附件3", att_titles[2], landscape=True)
    make_table(doc, H3, a3, [14, 88, 36, 60, 27], left_cols=(1, 3), repeat=True)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, False)
    for _ in range(14):
        para(doc, "", indent=0)
    banji(doc, ["抄送：市委各部门，厦门警备区，各人民团体。",
                "　　　市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院。"],
          "厦门市人民政府办公厅", "2026年2月5日")
    clauses += row_clauses(H1, a1) + row_clauses(H2, a2) + [note2] + row_clauses(H3, a3)
    doc.save(os.path.join(HERE, stem + ".docx"))

    meta = {
        "title": title,
        "doc_number": docno,
        "issuer": ["厦门市人民政府"],
        "date": "2026-02-05",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": "2026-03-01",
        "expires": None,
        "attachments": att_titles,
        "doc_type": "决定",
        "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会"],
        "publicity": "此件主动公开",
        "repeals": "宣布《厦门市人民政府关于印发厦门市对台小额贸易管理办法的通知》等8件规范性文件失效（目录见附件2）",
    }
    return stem, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    stems = []
    for fn in (build_nanning, build_zhengzhou, build_xiamen):
        stem, docs = fn()
        expected[stem] = docs
        stems.append(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    files = [os.path.join(HERE, s + ".docx") for s in stems]
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_744", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE] + files,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for s in stems:
        assert os.path.exists(os.path.join(HERE, s + ".pdf")), s


if __name__ == "__main__":
    main()
