# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 680: 通报 + 约谈纪要 on 跨境电商综试区 考核."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


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
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True, color=None):
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def blank(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    return p


def runin(doc, head, body, head_font=KT, head_bold=True):
    """Run-in heading: bold 楷体 head + 仿宋 body in one paragraph."""
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(body), FS, 16)
    return p


def heading(doc, text):
    p = para(doc, text, font=HT)
    return p


def border(p, side, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_number_footer(doc):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    set_font(r2, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = p.add_run()
    set_font(r3, "宋体", 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    set_font(p.add_run("1"), "宋体", 14)
    r4 = p.add_run()
    set_font(r4, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)
    set_font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, center=False):
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(20)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), font, size, bold)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def table_borders(table, spec):
    """spec: dict side -> (val, sz)"""
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        val, sz = spec.get(side, ("nil", 0))
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


def banji(doc, lines):
    """版记 as a one-column layout table with top/bottom rules."""
    t = doc.add_table(rows=len(lines), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, {"top": ("single", 12), "bottom": ("single", 12), "insideH": ("single", 4)})
    for i, ln in enumerate(lines):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]
        p.paragraph_format.line_spacing = Pt(26)
        set_font(p.add_run(ln), FS, 14)
    return t


def clause_p(doc, clauses, text, **kw):
    clauses.append(text)
    return para(doc, text, **kw)


def clause_runin(doc, clauses, head, body):
    clauses.append(head + body)
    return runin(doc, head, body)


# ---------------------------------------------------------------- doc 1: 通报
def make_tongbao():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    clauses = []

    # 版头
    p = para(doc, "温州市商务局文件", font=XBS, size=42, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED)
    p.paragraph_format.line_spacing = Pt(60)
    blank(doc)
    p = para(doc, "温商务〔2025〕41号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24)
    blank(doc)

    # 标题 typed as two separate paragraphs
    for tl in ("温州市商务局关于2024年度中国（温州）", "跨境电子商务综合试验区建设考核",
               "中发现问题的通报"):
        para(doc, tl, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    blank(doc)

    para(doc, "各县（市、区）商务主管部门，温州经济技术开发区经济发展局：", indent=False)

    clause_p(doc, clauses,
             "为深入贯彻落实《国务院关于同意在石家庄等24个城市设立跨境电子商务综合试验区的批复》（国函〔2019〕137号）"
             "和《中国（温州）跨境电子商务综合试验区建设三年行动计划（2024—2026年）》，根据《中国（温州）跨境电子商务"
             "综合试验区建设考核办法（试行）》，市商务局于2025年2月至3月组织开展了2024年度全市跨境电商综试区建设考核工作。"
             "考核中发现部分地区存在工作推进不力、数据报送失真、政策兑现滞后等问题。为严肃工作纪律、压实工作责任，"
             "经研究，决定对有关问题予以通报。现将有关情况通报如下：")

    heading(doc, "一、基本情况")
    clause_p(doc, clauses,
             "本次考核采取“线上数据核验+线下实地检查+第三方评估”相结合的方式，围绕跨境电商进出口规模、主体培育、"
             "平台建设、海外仓布局、人才培训、政策落实等6个方面22项指标进行综合评价。考核组共抽查企业86家、"
             "产业园区14个、公共海外仓9个，调阅台账资料1200余份。")
    clause_p(doc, clauses,
             "从考核结果看，2024年全市实现跨境电商进出口额1386.5亿元，同比增长18.7%，新增跨境电商经营主体2140家，"
             "新认定市级跨境电商产业园5个，综试区建设总体呈现稳中有进的良好态势，乐清市、瑞安市、鹿城区考核等次为优秀。"
             "但同时也发现，部分县（市、区）对综试区建设重视程度不够，工作中存在一些不容忽视的问题。")

    heading(doc, "二、存在的主要问题")
    clause_runin(doc, clauses, "（一）统计数据报送不真实。",
                 "经核查，永嘉县上报的2024年跨境电商出口额中，有3.2亿元为一般贸易出口数据重复计入，部分企业"
                 "“9610”“9710”申报单证与上报台账不一致；洞头区有2家企业的跨境电商交易额仅凭企业自行填报，"
                 "未提供订单、物流、支付“三单”佐证材料。上述问题严重影响考核数据的准确性，决定对永嘉县商务局予以通报批评。")
    clause_runin(doc, clauses, "（二）扶持政策兑现不及时。",
                 "平阳县2024年度跨境电商专项扶持资金应兑现企业37家，截至考核时仅兑现11家，兑现率不足30%，"
                 "且未按规定在政府门户网站公示兑现结果；苍南县对2023年度已通过审核的海外仓建设补助迟迟未予拨付，"
                 "企业多次反映未得到有效回应。决定对平阳县商务局、苍南县商务局予以通报批评。")
    clause_runin(doc, clauses, "（三）载体平台建设滞后。",
                 "文成县、泰顺县承诺建设的县级跨境电商服务中心至今未建成投用；龙湾区申报的市级跨境电商产业园"
                 "入驻企业仅9家，低于认定标准（不少于20家），园区空置率超过60%，存在“挂牌即止”现象。")
    clause_runin(doc, clauses, "（四）工作台账管理不规范。",
                 "部分地区综试区工作台账缺项漏项、前后矛盾，重点企业“一企一档”未建立或更新不及时；"
                 "个别地区对上年度考核反馈问题整改不到位，同类问题重复出现，其中龙港市2023年度考核指出的"
                 "人才培训台账缺失问题至今未整改到位。")

    heading(doc, "三、处理意见")
    clause_p(doc, clauses,
             "根据《中国（温州）跨境电子商务综合试验区建设考核办法（试行）》有关规定，经市商务局局务会议研究，"
             "作出如下处理：")
    items = [
        "对永嘉县商务局、平阳县商务局、苍南县商务局予以通报批评，2024年度综试区建设考核等次确定为“不合格”，"
        "取消其2025年度市级跨境电商评优评先资格。",
        "对永嘉县核减虚报的跨境电商进出口额3.2亿元，相应调整其考核得分，并收回已按虚报数据拨付的市级奖励资金46万元。",
        "对龙湾区、龙港市、文成县、泰顺县进行书面提醒，考核等次确定为“基本合格”。",
        "由市商务局分管领导对考核等次为“不合格”的县（市、区）商务主管部门主要负责人进行约谈。",
    ]
    # Word automatic numbering (List Number style) -- the "1." is not in the text
    for i, it in enumerate(items, 1):
        p = doc.add_paragraph(style="List Number")
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(it), FS, 16)
        clauses.append("%d.%s" % (i, it))

    heading(doc, "四、工作要求")
    clause_runin(doc, clauses, "（一）认真抓好问题整改。",
                 "各被通报单位要对照附件问题清单，逐项制定整改措施，明确责任人和整改时限，于2025年5月30日前"
                 "将整改方案报送市商务局，整改完成后及时报送整改情况报告。")
    clause_runin(doc, clauses, "（二）切实提高数据质量。",
                 "各地要建立健全跨境电商统计数据审核把关机制，严格执行“三单比对”要求，坚决杜绝虚报、瞒报、"
                 "重复统计等行为。对再次发现数据造假的，将按规定移交有关部门严肃处理。")
    clause_runin(doc, clauses, "（三）加快推进政策兑现。",
                 "各地要对已出台的跨境电商扶持政策开展全面梳理，确保2025年6月30日前完成2024年度政策资金兑现，"
                 "兑现结果按规定向社会公示。")
    clause_runin(doc, clauses, "（四）举一反三加强自查。",
                 "未被通报的地区也要引以为戒，对照本通报指出的问题开展自查自纠，防止类似问题发生。市商务局将于"
                 "2025年下半年组织开展“回头看”专项检查，检查结果纳入2025年度综试区建设考核。")
    clause_p(doc, clauses, "联系人：市商务局电子商务处林晓东，联系电话：0577-88961234。")

    blank(doc)
    att_title = "2024年度中国（温州）跨境电子商务综合试验区建设考核问题清单"
    para(doc, "附件：" + att_title)
    blank(doc)
    blank(doc)
    # 落款 pushed right with full-width spaces
    para(doc, "\u3000" * 16 + "温州市商务局", indent=False)
    para(doc, "\u3000" * 15 + "2025年4月18日", indent=False)
    blank(doc)
    para(doc, "（此件公开发布）")

    # 附件 page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", font=HT, indent=False)
    blank(doc)
    para(doc, att_title, font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    blank(doc)

    header = ["序号", "单位", "问题描述", "整改要求", "整改时限", "责任人"]
    rows = [
        ["1", "永嘉县商务局", "跨境电商出口额重复计入一般贸易出口数据3.2亿元，部分企业“9610”“9710”申报单证与台账不一致",
         "全面核查2024年度上报数据，剔除重复统计部分，建立数据三级审核制度", "2025年5月30日前", "周建平"],
        ["2", "洞头区商务局", "2家企业跨境电商交易额缺少订单、物流、支付“三单”佐证材料",
         "补齐佐证材料，无法补齐的予以剔除", "2025年5月30日前", "叶海鸥"],
        ["3", "平阳县商务局", "2024年度跨境电商专项扶持资金兑现率不足30%，兑现结果未公示",
         "加快审核拨付进度，完成兑现后在政府门户网站公示", "2025年6月30日前", "陈立新"],
        ["4", "苍南县商务局", "2023年度已通过审核的海外仓建设补助未拨付",
         "立即启动拨付程序，并向相关企业做好解释说明", "2025年5月15日前", "黄志勇"],
        ["5", "龙湾区商务局", "市级跨境电商产业园入驻企业仅9家，空置率超过60%",
         "制定招商入驻计划，入驻企业达到20家以上", "2025年12月31日前", "潘晓明"],
        ["6", "文成县商务局、泰顺县商务局", "县级跨境电商服务中心未建成投用",
         "明确建设进度安排，尽快建成并投入运营", "2025年9月30日前", "赵敏、吴建军"],
        ["7", "龙港市经济发展局", "2023年度考核指出的人才培训台账缺失问题整改不到位",
         "补建2023—2024年度人才培训台账，建立常态化更新机制", "2025年5月30日前", "林珊"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(2.4), Cm(4.0), Cm(3.6), Cm(2.3), Cm(2.0)]
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, font=HT, size=12, center=True)
    set_repeat_header(t.rows[0])
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            cell_text(t.rows[i].cells[j], v, center=(j in (0, 4, 5)))
        clauses.append("；".join("%s：%s" % (header[j], r[j]) for j in range(6)))
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    blank(doc)
    blank(doc)
    banji(doc, ["抄送：市跨境电商综试区建设工作领导小组各成员单位，温州海关，国家税务总局温州市税务局。",
                "温州市商务局办公室" + "\u3000" * 7 + "2025年4月18日印发"])

    stem = "blind680_wenzhou_tongbao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "温州市商务局关于2024年度中国（温州）跨境电子商务综合试验区建设考核中发现问题的通报",
        "doc_number": "温商务〔2025〕41号",
        "issuer": ["温州市商务局"],
        "date": "2025-04-18",
        "published": None,
        "level": "municipal",
        "region": "温州市",
        "effective": None,
        "expires": None,
        "attachments": [att_title],
        "doc_type": "通报",
        "recipients": ["各县（市、区）商务主管部门", "温州经济技术开发区经济发展局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2: 约谈纪要
def field_line(doc, clauses, label, value):
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run(label), HT, 16)
    set_font(p.add_run(value), FS, 16)
    clauses.append(label + value)


def make_jiyao():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    clauses = []

    # title with a soft line break (Shift+Enter) inside one paragraph
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = set_font(p.add_run("关于中国（赣州）跨境电子商务综合试验区"), XBS, 22)
    r.add_break()
    set_font(p.add_run("建设考核排名靠后问题的约谈纪要"), XBS, 22)
    blank(doc)

    field_line(doc, clauses, "约谈时间：", "2025年9月18日（星期四）上午9:30")
    field_line(doc, clauses, "约谈地点：", "赣州市商务局三楼会议室")
    field_line(doc, clauses, "约谈人：", "刘卫平（市商务局党组成员、副局长）")
    field_line(doc, clauses, "被约谈人：",
               "曾庆华（于都县商务局局长）、钟明辉（信丰县商务局局长）、谢文斌（赣州经济技术开发区经济发展局局长）")
    field_line(doc, clauses, "记录人：", "何丽萍（市商务局电子商务科）")
    blank(doc)

    clause_p(doc, clauses,
             "根据《赣州市跨境电子商务综合试验区建设工作考核评价办法》和2025年上半年考核评价结果，于都县、信丰县、"
             "赣州经济技术开发区综试区建设工作考核得分排名全市后三位，跨境电商进出口额同比分别下降12.4%、8.9%和6.1%。"
             "为压实工作责任，推动问题整改，市商务局对上述3个单位主要负责人进行了约谈。现将约谈情况纪要如下：")

    para(doc, "约谈内容", font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    clause_runin(doc, clauses, "一、通报考核情况。",
                 "市商务局电子商务科负责同志通报了2025年上半年全市跨境电商综试区建设考核情况。上半年，全市跨境电商"
                 "进出口额完成218.6亿元，同比增长9.3%，中欧班列（赣州）跨境电商专列开行42列，赣州综合保税区“1210”"
                 "保税备货业务量同比增长31.5%。但于都县、信丰县、赣州经济技术开发区在主体培育、平台运营、海外仓建设等"
                 "方面进展缓慢，多项指标未达到序时进度。")
    clause_runin(doc, clauses, "二、指出存在问题。", "约谈人逐一指出了被约谈单位存在的问题：")
    clause_runin(doc, clauses, "（一）于都县。",
                 "纺织服装产业带“跨境电商+产业带”转型推进不力，年初确定的20家重点培育企业中仅有6家开展跨境电商业务；"
                 "县跨境电商公共服务中心运营主体变更后长期处于停摆状态。")
    clause_runin(doc, clauses, "（二）信丰县。",
                 "脐橙等特色农产品跨境电商出口渠道单一，未按计划在东南亚布局公共海外仓；2025年跨境电商人才培训计划"
                 "完成率仅为25%。")
    clause_runin(doc, clauses, "（三）赣州经济技术开发区。",
                 "电子信息企业跨境电商B2B出口（“9710”“9810”模式）推进缓慢，备案企业数量较上年减少；"
                 "对企业反映的出口退税办理周期长等问题未及时协调解决。")
    clause_runin(doc, clauses, "三、被约谈单位表态。",
                 "曾庆华、钟明辉、谢文斌分别作了表态发言，认为约谈指出的问题客观准确，表示将认真反思、深刻剖析原因，"
                 "制定切实可行的整改措施，确保下半年各项指标迎头赶上。")
    clause_runin(doc, clauses, "四、提出整改要求。", "约谈人对被约谈单位提出以下要求：")
    clause_p(doc, clauses,
             "1.提高思想认识。要充分认识综试区建设对稳外贸、促转型的重要意义，主要负责同志要亲自研究部署、亲自协调推进。")
    clause_p(doc, clauses,
             "2.限期整改到位。被约谈单位要对照约谈指出的问题，于2025年10月10日前向市商务局报送整改方案。"
             "整改方案应包括以下内容：")
    clause_p(doc, clauses, "（1）问题清单及原因分析；")
    clause_p(doc, clauses, "（2）具体整改措施、完成时限和责任人；")
    clause_p(doc, clauses, "（3）下半年主要指标的进度安排。")
    clause_p(doc, clauses, "整改完成后，于2025年12月15日前报送整改落实情况。")
    clause_p(doc, clauses,
             "3.加强跟踪调度。被约谈单位要建立跨境电商重点企业月度调度机制，每月5日前向市商务局报送上月工作进展。")
    clause_runin(doc, clauses, "五、跟踪问效。",
                 "市商务局将对整改情况进行跟踪督导，整改情况纳入2025年度综试区建设考核。对整改不力、年度考核仍排名"
                 "靠后的，将提请市政府进行约谈，并在全市范围内通报。")
    blank(doc)
    field_line(doc, clauses, "参加人员：",
               "市商务局电子商务科、对外贸易科、开放平台科负责同志；于都县、信丰县商务局分管负责同志，"
               "赣州经济技术开发区经济发展局分管负责同志。")

    blank(doc)
    blank(doc)
    # 落款 organ + date in ONE paragraph separated by a soft break, right aligned
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    r = set_font(p.add_run("赣州市商务局" + "\u3000" * 2), FS, 16)
    r.add_break()
    set_font(p.add_run("2025年9月22日" + "\u3000"), FS, 16)

    blank(doc)
    blank(doc)
    banji(doc, ["分送：市人民政府办公室，于都县、信丰县人民政府，赣州经济技术开发区管委会。",
                "赣州市商务局办公室" + "\u3000" * 7 + "2025年9月22日印发"])

    stem = "blind680_ganzhou_jiyao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "关于中国（赣州）跨境电子商务综合试验区建设考核排名靠后问题的约谈纪要",
        "doc_number": None,
        "issuer": ["赣州市商务局"],
        "date": "2025-09-22",
        "published": None,
        "level": "municipal",
        "region": "赣州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


def to_pdf(stem):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_680", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for maker in (make_tongbao, make_jiyao):
        stem, docs = maker()
        expected[stem] = docs
        to_pdf(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
