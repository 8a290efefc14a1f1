# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 444: 口岸工作联席会议纪要.

Writes three .docx files, their PDFs (via LibreOffice) and expected.json
next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
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
    return doc


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.name = font
    r.font.size = Pt(size)
    r.font.bold = bold
    rpr = r._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        r.font.color.rgb = color
    return r


def fmt(p, indent=True, align=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def body(doc, text, font=FS):
    p = fmt(doc.add_paragraph())
    add_run(p, text, font)
    return p


def runin(doc, head, text, head_font=HT):
    p = fmt(doc.add_paragraph())
    add_run(p, head, head_font)
    add_run(p, text)
    return p


def empty(doc, n=1):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False)


def red_line(doc, sz=16):
    p = fmt(doc.add_paragraph(), indent=False, exact=10)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" '
        'w:color="FF0000"/></w:pBdr>' % (nsdecls("w"), sz)))
    return p


def border_par(p, top=False, bottom=False, sz=8):
    ppr = p._p.get_or_add_pPr()
    inner = ""
    if top:
        inner += '<w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>' % sz
    if bottom:
        inner += '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/>' % sz
    ppr.append(parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), inner)))


def red_header(doc, text, size=34, spacing=None):
    p = fmt(doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
            exact=60)
    r = add_run(p, text, XBS, size, color=RED)
    if spacing:
        rpr = r._element.get_or_add_rPr()
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


def title(doc, text):
    p = fmt(doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
            exact=36, before=12, after=12)
    add_run(p, text, XBS, 22)
    return p


def page_number_footer(doc, left="— ", right=" —"):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, left, "宋体", 14)
    r = add_run(fp, "", "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = add_run(fp, "", "宋体", 14)
    r2._element.append(parse_xml(
        '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = add_run(fp, "", "宋体", 14)
    r3._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    add_run(fp, "1", "宋体", 14)
    r4 = add_run(fp, "", "宋体", 14)
    r4._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    add_run(fp, right, "宋体", 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT,
              bold=False, exact=28):
    p = cell.paragraphs[0]
    fmt(p, indent=False, align=align, exact=exact)
    add_run(p, text, font, size, bold)
    return p


def add_chinese_numbering(doc, num_id=90):
    """Word automatic numbering 一、二、三、 (chineseCounting, no tab)."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), num_id)))


def meta(title_, number, issuer, date, region, publicity=None):
    return {
        "title": title_,
        "doc_number": number,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": "municipal",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "纪要",
        "recipients": [],
        "publicity": publicity,
        "repeals": None,
    }


# ================================================================ Qingdao
def make_qingdao():
    doc = new_doc()
    page_number_footer(doc)
    clauses = []

    red_header(doc, "青岛市口岸工作联席会议纪要", 34)
    empty(doc)
    p = fmt(doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, "〔2026〕3号")
    # date line typed with manual full-width spaces
    p = fmt(doc.add_paragraph(), indent=False)
    add_run(p, "青岛市人民政府口岸办公室" + "\u3000" * 6 + "2026年3月12日")
    red_line(doc)

    t = "关于推进青岛口岸跨境贸易便利化有关事项的会议纪要"
    title(doc, t)

    s = ("2026年3月6日下午，市政府副市长、市口岸工作联席会议召集人张立新在市政府第二会议室"
         "主持召开市口岸工作联席会议第三次会议。会议听取了市口岸办关于2025年全市口岸工作情况"
         "和2026年工作安排的汇报，研究了中欧班列（齐鲁号）青岛集结中心建设、海铁联运“一单制”"
         "改革、跨境电商海外仓发展、综合保税区提质增效等事项。")
    body(doc, s)
    clauses.append(s)

    # long attendance paragraph with a soft line break typed in the middle
    a1 = ("市政府办公厅、市发展改革委、市工业和信息化局、市公安局、市财政局、市自然资源和规划局、"
          "市交通运输局、市商务局、市市场监管局、市大数据局、市口岸办、青岛海关、青岛海事局、"
          "青岛出入境边防检查总站、")
    a2 = ("国家税务总局青岛市税务局、国家外汇管理局青岛市分局、中国（山东）自由贸易试验区青岛片区"
          "管委会、青岛前湾综合保税区管委会、青岛胶州湾综合保税区管委会、黄岛区政府、胶州市政府、"
          "即墨区政府、山东港口青岛港集团有限公司、中铁联合国际集装箱有限公司青岛分公司、"
          "青岛胶东国际机场有限公司等单位负责同志参加会议。")
    p = fmt(doc.add_paragraph())
    r = add_run(p, a1)
    r.add_break()
    add_run(p, a2)
    clauses.append(a1 + a2)

    s = ("会议指出，2025年全市口岸工作成效明显，青岛口岸进出口货物总值、集装箱吞吐量保持增长，"
         "进口、出口整体通关时间分别压缩至32.6小时和0.9小时。会议强调，各成员单位要紧紧围绕服务"
         "高水平对外开放和共建“一带一路”，进一步优化口岸营商环境，推动口岸功能提升和通关模式创新。"
         "现将会议议定事项纪要如下：")
    body(doc, s)
    clauses.append(s)

    items = [
        ("一、关于2026年全市口岸工作要点。",
         "会议原则同意市口岸办提出的《2026年青岛市口岸工作要点》，由市口岸办根据会议意见修改完善后"
         "印发实施。各成员单位要对照工作要点细化具体措施，明确时间节点，确保全年进出口整体通关时间"
         "在2025年基础上再压缩5%以上。市口岸办要加强统筹调度，按季度通报工作进展情况。",
         "（责任单位：市口岸办牵头，各成员单位按职责分工负责；完成时限：2026年3月底前印发，"
         "全年持续推进）", False),
        ("二、关于中欧班列（齐鲁号）青岛集结中心建设。",
         "会议同意将胶州铁路集装箱中心站二期扩能工程列入2026年市级重点项目，由胶州市政府会同"
         "中铁联合国际集装箱有限公司青岛分公司加快办理用地、规划等前期手续。青岛海关要支持在中心站"
         "设立铁路快速通关作业场所，推广“铁路快通”模式，实现班列货物“一次申报、一次查验、"
         "一次放行”。市财政局要按照现行政策及时拨付2025年度中欧班列运营补助资金。",
         "（责任单位：胶州市政府、青岛海关、市财政局、市交通运输局；完成时限：2026年9月30日前）",
         True),
        ("三、关于海铁联运“一单制”改革。",
         "会议同意在青岛港前湾港区开展海铁联运“一单制”试点，由山东港口青岛港集团有限公司牵头，"
         "联合铁路部门推出海铁联运全程提单，实现“一次委托、一单到底、一次结算”。市交通运输局要"
         "会同市商务局研究制定海铁联运提单物权化配套措施，推动金融机构开展提单质押融资业务。",
         "（责任单位：市交通运输局、市商务局、山东港口青岛港集团有限公司；完成时限：2026年6月30日前）",
         False),
        ("四、关于跨境电商出口海外仓发展。",
         "会议同意市商务局提出的支持跨境电商企业布局海外仓的工作措施，对在共建“一带一路”国家和地区"
         "新建或租用公共海外仓的企业，按照有关规定给予支持。青岛海关要持续推广跨境电商出口海外仓"
         "（9810）监管模式，简化企业备案手续，支持企业开展退货中心仓业务。",
         "（责任单位：市商务局、青岛海关；完成时限：2026年12月底前）", True),
        ("五、关于综合保税区提质增效。",
         "会议要求青岛前湾综合保税区、青岛胶州湾综合保税区对照海关总署综合保税区发展绩效评估指标，"
         "逐项查找短板，制定整改提升方案。支持综合保税区内企业开展保税维修、保税研发、保税展示交易"
         "等新业态，对符合条件的项目实行“一企一策”。",
         "（责任单位：青岛前湾综合保税区管委会、青岛胶州湾综合保税区管委会、青岛海关；"
         "完成时限：2026年5月31日前报送整改提升方案）", False),
        ("六、关于国际贸易“单一窗口”地方特色应用。",
         "会议同意市口岸办、市大数据局共同推进国际贸易“单一窗口”青岛特色应用建设，上线船舶进出港"
         "联合登临检查预约、港口费用一站式缴纳、跨境电商综合服务等功能模块，实现与山东省国际贸易"
         "“单一窗口”平台数据互联互通。",
         "（责任单位：市口岸办、市大数据局；完成时限：2026年10月31日前）", False),
        ("七、关于口岸收费目录清单公示。",
         "会议要求市发展改革委、市交通运输局、市市场监管局加强口岸收费监督检查，督促港口、船公司、"
         "货代等经营主体严格执行收费目录清单公示制度，做到清单之外无收费。对违规收费行为依法查处，"
         "并在“信用中国（山东青岛）”网站予以公示。",
         "（责任单位：市发展改革委、市交通运输局、市市场监管局；完成时限：2026年7月底前开展专项检查）",
         False),
        ("八、关于口岸查验配套设施建设资金。",
         "会议明确，青岛胶东国际机场进境水果、冰鲜水产品指定监管场地升级改造项目所需资金，由市财政局"
         "按照市与区（市）财政事权和支出责任划分有关规定予以保障；董家口港区查验场地建设资金由黄岛区"
         "政府负责落实。",
         "（责任单位：市财政局、黄岛区政府、胶州市政府；完成时限：2026年4月30日前明确资金来源）",
         False),
    ]
    for head, text, resp, soft in items:
        p = fmt(doc.add_paragraph())
        add_run(p, head, HT)
        if soft:
            r = add_run(p, text)
            r.add_break()
            add_run(p, resp)
        else:
            add_run(p, text + resp)
        clauses.append(head + text + resp)

    s = ("会议要求，各成员单位要按照本次会议议定事项，主动认领任务，加强协调配合，确保各项工作落到"
         "实处。市口岸办要建立议定事项督办台账，对推进不力的及时通报。")
    body(doc, s)
    clauses.append(s)

    empty(doc)
    s = ("出席：张立新（市政府副市长）、刘　洋（市政府副秘书长）、陈志远（市口岸办主任）、"
         "周建华（青岛海关副关长）、孙晓东（青岛海事局副局长）、杨　帆（青岛出入境边防检查总站"
         "副总站长）")
    p = fmt(doc.add_paragraph(), indent=False)
    add_run(p, "出席：", HT)
    add_run(p, s[len("出席："):])
    clauses.append(s)
    s = "列席：王　丽（市政府办公厅综合三处处长）、赵海涛（市口岸办通关协调处处长）"
    p = fmt(doc.add_paragraph(), indent=False)
    add_run(p, "列席：", HT)
    add_run(p, s[len("列席："):])
    clauses.append(s)

    empty(doc, 3)
    # 版记
    p = fmt(doc.add_paragraph(), indent=False)
    border_par(p, top=True, bottom=True)
    add_run(p, "分送：市口岸工作联席会议各成员单位，市委办公厅，市人大常委会办公厅，市政协办公厅。", FS, 14)
    p = fmt(doc.add_paragraph(), indent=False)
    border_par(p, bottom=True)
    add_run(p, "青岛市人民政府口岸办公室" + "\u3000" * 8 + "2026年3月12日印发", FS, 14)
    p = fmt(doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_run(p, "（共印60份）", FS, 14)

    name = "blind444_qingdao_jiyao"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta(t, "〔2026〕3号", ["青岛市人民政府口岸办公室"], "2026-03-12", "青岛市")
    return name, [{"meta": m, "clauses": clauses}]


# ================================================================ Xiamen
def make_xiamen():
    doc = new_doc()
    page_number_footer(doc, "- ", " -")
    num_id = add_chinese_numbering(doc)
    clauses = []

    red_header(doc, "厦门市口岸工作联席会议纪要", 32)
    empty(doc)
    p = fmt(doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, "厦口岸联〔2025〕5号")
    red_line(doc, 24)
    p = fmt(doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_run(p, "厦门市口岸管理办公室　　2025年11月20日", KT)

    t = "厦门市口岸工作联席会议2025年第五次会议纪要"
    title(doc, t)

    s = ("2025年11月14日上午，市政府副市长、市口岸工作联席会议总召集人林志强在厦门国际航运中心"
         "大厦三楼会议室主持召开市口岸工作联席会议2025年第五次会议，专题研究厦门口岸跨境电商发展、"
         "中欧（厦门）班列运营、中国（福建）自由贸易试验区厦门片区口岸制度创新和2026年口岸基础设施"
         "建设等有关工作。")
    body(doc, s)
    clauses.append(s)
    s = ("市发展改革委、市财政局、市商务局、市交通运输局、市市场监管局、市口岸办、厦门海关、"
         "厦门海事局、厦门出入境边防检查总站、国家税务总局厦门市税务局、国家外汇管理局厦门市分局、"
         "中国（福建）自由贸易试验区厦门片区管委会、海沧区政府、湖里区政府、翔安区政府、"
         "厦门港务控股集团有限公司、厦门翔业集团有限公司、中国铁路南昌局集团有限公司厦门货运中心"
         "等单位负责同志参加会议。")
    body(doc, s)
    clauses.append(s)
    s = "现将会议议定事项纪要如下："
    body(doc, s)
    clauses.append(s)

    chinese = "一二三四五六七八九十"
    counter = [0]

    def numbered(head, text):
        p = doc.add_paragraph()
        fmt(p, indent=False)
        set_num(p, num_id)
        add_run(p, head, HT)
        add_run(p, text)
        counter[0] += 1
        clauses.append(chinese[counter[0] - 1] + "、" + head + text)

    numbered("关于跨境电商业务发展。",
             "会议听取了市商务局关于全市跨境电商发展情况的汇报。会议同意依托中国（厦门）跨境电子商务"
             "综合试验区线上综合服务平台，进一步完善“关、税、汇、商、物、融”一体化服务功能，支持"
             "跨境电商企业在厦门设立区域性分拨中心，推动“9610”“9710”“9810”业务规模化发展。"
             "（责任单位：市商务局、厦门海关、国家税务总局厦门市税务局；完成时限：2026年6月30日前）")
    numbered("关于中欧（厦门）班列稳定运营。",
             "会议指出，中欧（厦门）班列是厦门融入共建“一带一路”的重要通道。会议同意市交通运输局会同"
             "厦门海关、厦门港务控股集团有限公司，推动中欧班列与海运航线无缝衔接，拓展“丝路海运＋"
             "中欧班列”海铁联运线路，力争2026年开行班列不少于400列。（责任单位：市交通运输局、"
             "厦门海关、厦门港务控股集团有限公司；完成时限：2026年12月31日前）")
    numbered("关于自贸试验区厦门片区口岸制度创新。",
             "会议同意厦门海关、厦门片区管委会联合推进以下创新举措：")
    subs = [
        "（一）在海沧港区试点进口货物“船边直提”“抵港直装”与“提前申报”联动模式，进一步压缩货物"
        "在港停留时间；",
        "（二）探索开展保税船用燃料油加注“一船多供”“跨港区供油”业务；",
        "（三）推动两岸跨境电商“海运快件”通关模式常态化运作，扩大对台小额贸易货物通关便利。",
        "（责任单位：厦门海关、中国（福建）自由贸易试验区厦门片区管委会、厦门海事局；"
        "完成时限：2026年3月31日前形成试点方案）",
    ]
    for s in subs:
        body(doc, s)
        clauses.append(s)
    numbered("关于综合保税区发展。",
             "会议同意支持厦门海沧港综合保税区、厦门象屿综合保税区开展“保税＋”业务，引进航空维修、"
             "集成电路、生物医药等领域保税研发和保税维修项目。市财政局要会同市商务局研究综合保税区"
             "招商引资扶持政策，按程序报市政府审定。（责任单位：市商务局、市财政局、海沧区政府、"
             "湖里区政府；完成时限：2026年5月底前）")
    numbered("关于2026年口岸基础设施建设项目。",
             "会议原则同意市口岸办提出的2026年口岸基础设施建设项目安排，具体如下：")

    header = ["序号", "项目名称", "建设内容", "责任单位", "完成时限"]
    rows = [
        ["1", "厦门新机场口岸查验设施", "建设旅检、货检查验场地及配套业务用房",
         "市口岸办、翔安区政府、厦门翔业集团有限公司", "2026年12月底前完成主体工程"],
        ["2", "海沧港区智能卡口改造", "改造集装箱进出闸口智能识别系统，实现无人化通行",
         "厦门港务控股集团有限公司", "2026年8月底前"],
        ["3", "东渡邮轮口岸旅检通道升级", "增设自助查验通道12条，改造行李查验区",
         "厦门出入境边防检查总站、厦门海关", "2026年4月底前"],
        ["4", "前场铁路大型货场海关监管作业场所", "建设中欧班列查验场地及卡口系统",
         "厦门海关、市交通运输局", "2026年10月底前"],
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(3.6), Cm(4.8), Cm(3.8), Cm(2.6)]
    for i, h in enumerate(header):
        c = tbl.rows[0].cells[i]
        c.width = widths[i]
        cell_text(c, h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER, exact=20)
    for ri, row in enumerate(rows):
        for i, v in enumerate(row):
            c = tbl.rows[ri + 1].cells[i]
            c.width = widths[i]
            cell_text(c, v, FS, 12,
                      WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.LEFT,
                      exact=20)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))

    s = ("各责任单位要倒排工期、挂图作战，项目进展情况每月5日前报市口岸办。（责任单位：上表所列单位；"
         "完成时限：按上表时限）")
    body(doc, s)
    clauses.append(s)

    numbered("关于口岸整体通关时效评估。",
             "会议同意委托第三方机构开展2025年度厦门口岸整体通关时效评估，评估结果在厦门市人民政府"
             "网站公开。厦门海关、厦门出入境边防检查总站、厦门海事局要配合提供相关数据。"
             "（责任单位：市口岸办；完成时限：2026年2月底前）")
    numbered("关于口岸突发事件应急处置。",
             "会议要求各查验单位会同口岸运营单位修订完善口岸突发公共卫生事件、大面积航班延误、"
             "恶劣天气等应急预案，于2026年春运前组织开展一次联合应急演练。（责任单位：厦门海关、"
             "厦门出入境边防检查总站、厦门海事局、厦门港务控股集团有限公司、厦门翔业集团有限公司；"
             "完成时限：2026年1月31日前）")

    s = ("会议强调，各成员单位要进一步强化“一盘棋”意识，对会议议定事项建立工作台账，明确责任人，"
         "市口岸办要跟踪督办，并于2026年1月底前将落实情况汇总报市政府。")
    body(doc, s)
    clauses.append(s)

    empty(doc)
    s = ("出席：林志强（市政府副市长）、黄文斌（市政府副秘书长）、郑晓燕（市口岸办主任）、"
         "蔡国庆（厦门海关副关长）、许　明（厦门出入境边防检查总站副总站长）")
    p = fmt(doc.add_paragraph(), indent=False)
    add_run(p, s)
    clauses.append(s)
    s = "列席：陈　静（市政府办公厅综合二处副处长）、洪伟杰（市口岸办综合处处长）"
    p = fmt(doc.add_paragraph(), indent=False)
    add_run(p, s)
    clauses.append(s)
    s = "请假：吴建平（市发展改革委副主任，公务出差）"
    p = fmt(doc.add_paragraph(), indent=False)
    add_run(p, s)
    clauses.append(s)

    empty(doc)
    p = fmt(doc.add_paragraph())
    add_run(p, "（此件公开发布）")

    empty(doc, 2)
    p = fmt(doc.add_paragraph(), indent=False)
    border_par(p, top=True, bottom=True)
    add_run(p, "分送：市委办公厅，市人大常委会办公厅，市政协办公厅，", FS, 14)
    r = add_run(p, "", FS, 14)
    r.add_break()
    add_run(p, "\u3000\u3000\u3000市口岸工作联席会议各成员单位。", FS, 14)
    p = fmt(doc.add_paragraph(), indent=False)
    border_par(p, bottom=True)
    add_run(p, "厦门市口岸管理办公室" + "\u3000" * 10 + "2025年11月20日印发", FS, 14)

    name = "blind444_xiamen_jiyao"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta(t, "厦口岸联〔2025〕5号", ["厦门市口岸管理办公室"], "2025-11-20", "厦门市",
             "此件公开发布")
    return name, [{"meta": m, "clauses": clauses}]


# ================================================================ Zhengzhou
def make_zhengzhou():
    doc = new_doc()
    page_number_footer(doc, "- ", " -")
    clauses = []

    red_header(doc, "郑州市口岸工作联席会议纪要", 34)
    p = fmt(doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, "郑口岸纪〔2026〕1号")
    # layout table: issuer left, date right, no borders
    lt = doc.add_table(rows=1, cols=2)
    no_borders(lt)
    cell_text(lt.rows[0].cells[0], "郑州市人民政府口岸办公室")
    cell_text(lt.rows[0].cells[1], "2026年1月23日", align=WD_ALIGN_PARAGRAPH.RIGHT)
    red_line(doc, 18)
    empty(doc)

    t = "郑州市口岸工作联席会议第十二次会议纪要"
    title(doc, t)

    s = ("2026年1月16日，市人民政府副市长、市口岸工作联席会议召集人李红军在市政府2号楼第五会议室"
         "主持召开市口岸工作联席会议第十二次会议，传达学习全省口岸工作会议精神，听取2025年度郑州口岸"
         "运行情况汇报，研究郑州航空口岸、中欧班列（郑州）集结中心、跨境电子商务综合试验区等方面需要"
         "协调解决的问题。")
    body(doc, s)
    clauses.append(s)
    s = ("市发展改革委、市工业和信息化局、市公安局、市财政局、市交通运输局、市商务局、市卫生健康委、"
         "市市场监管局、市政务服务办、市口岸办、郑州海关、郑州新郑国际机场海关、郑州出入境边防检查站、"
         "国家税务总局郑州市税务局、国家外汇管理局河南省分局、中国（河南）自由贸易试验区郑州片区管委会、"
         "郑州航空港经济综合实验区管委会、郑州经济技术开发区管委会、郑州国际陆港开发建设有限公司、"
         "河南机场集团有限公司、中国铁路郑州局集团有限公司郑州货运中心等单位负责同志参加会议。")
    body(doc, s)
    clauses.append(s)
    s = ("会议认为，2025年郑州口岸开放平台功能持续完善，航空、铁路“双枢纽”优势进一步凸显，"
         "对全市外贸稳规模、优结构发挥了重要支撑作用。会议议定以下事项：")
    body(doc, s)
    clauses.append(s)
    empty(doc)

    def heading(text):
        p = fmt(doc.add_paragraph())
        add_run(p, text, HT, bold=False)

    heading("一、关于郑州航空口岸扩大开放")
    for s in [
        "会议同意由市口岸办牵头，会同郑州新郑国际机场海关、郑州出入境边防检查站、河南机场集团有限公司，"
        "做好郑州航空口岸T2航站楼国际航班保障能力提升工作，加快推进进境肉类、冰鲜水产品、水果、"
        "食用水生动物等指定监管场地扩能改造。",
        "会议要求，郑州航空港经济综合实验区管委会要加快培育国际货运航线，力争2026年新开通至共建"
        "“一带一路”国家全货机航线3条以上，国际货邮吞吐量同比增长10%以上。（责任单位：市口岸办、"
        "郑州航空港经济综合实验区管委会、郑州新郑国际机场海关、郑州出入境边防检查站、河南机场集团"
        "有限公司；完成时限：2026年12月底前）",
    ]:
        body(doc, s)
        clauses.append(s)

    heading("二、关于中欧班列（郑州）集结中心建设")
    for s in [
        "会议听取了郑州国际陆港开发建设有限公司关于中欧班列（郑州）运营情况的汇报。会议明确以下事项：",
        "1.支持郑州国际陆港开发建设有限公司加密至汉堡、慕尼黑、布达佩斯等城市的班列线路，拓展经"
        "跨里海国际运输走廊至中亚、南高加索国家的运输通道。",
        "2.郑州海关要在圃田站推广“铁路快通”和“两段准许”监管模式，压缩班列货物在站停留时间。",
        "3.市财政局要会同市交通运输局按照省、市中欧班列扶持政策，做好2025年度运营补贴资金清算，"
        "于2026年3月底前拨付到位。",
        "（责任单位：郑州国际陆港开发建设有限公司、郑州海关、市财政局、市交通运输局；"
        "完成时限：2026年6月30日前）",
    ]:
        body(doc, s)
        clauses.append(s)

    heading("三、关于跨境电子商务综合试验区建设")
    s = ("会议同意市商务局提出的关于推动“产业带＋跨境电商”融合发展的工作措施，支持企业利用"
         "“1210”网购保税进口、“9610”跨境电商零售出口等模式拓展业务。郑州海关要优化跨境电商"
         "零售进口退货监管流程，探索在郑州经开综合保税区开展跨境电商退货中心仓业务。")
    r2 = "（责任单位：市商务局、郑州海关、郑州经济技术开发区管委会；完成时限：2026年9月底前）"
    p = fmt(doc.add_paragraph())
    r = add_run(p, s)
    r.add_break()
    add_run(p, r2)
    clauses.append(s + r2)

    heading("四、关于优化口岸营商环境")
    s = ("会议要求市口岸办会同郑州海关、国家税务总局郑州市税务局、国家外汇管理局河南省分局建立重点"
         "外贸企业和外商投资企业“白名单”服务机制，对“白名单”企业在通关、退税、结汇等环节提供"
         "便利化服务。市口岸办要于每季度首月10日前汇总通报口岸通关时效数据。（责任单位：市口岸办、"
         "郑州海关、国家税务总局郑州市税务局、国家外汇管理局河南省分局；完成时限：2026年3月底前"
         "建立机制并持续推进）")
    body(doc, s)
    clauses.append(s)

    heading("五、关于口岸运行维护经费保障")
    s = ("会议同意将郑州航空口岸、铁路口岸查验配套设施运行维护经费纳入2026年市级财政预算，由市财政局"
         "按程序审核后拨付。（责任单位：市财政局、市口岸办；完成时限：2026年4月底前）")
    body(doc, s)
    clauses.append(s)

    s = ("会议强调，各成员单位要坚持问题导向，对本次会议议定事项逐项细化落实措施，于2026年2月15日前"
         "将推进计划报市口岸办。市口岸办要加强跟踪督导，重大事项及时向市政府报告。")
    body(doc, s)
    clauses.append(s)

    empty(doc, 2)
    s = ("出　席：市人民政府副市长李红军，市人民政府副秘书长赵　鹏，市口岸办主任郭志刚，"
         "郑州海关副关长宋　军，郑州出入境边防检查站副站长韩立伟。")
    p = fmt(doc.add_paragraph(), indent=False)
    add_run(p, s)
    clauses.append(s)
    s = "列　席：市人民政府办公厅综合五处处长马　骏，市口岸办综合协调处处长许文静。"
    p = fmt(doc.add_paragraph(), indent=False)
    add_run(p, s)
    clauses.append(s)

    empty(doc, 4)
    # 版记 typed in a two-row table with horizontal rules only
    vt = doc.add_table(rows=2, cols=1)
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    vt._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))
    cell_text(vt.rows[0].cells[0],
              "分送：省人民政府口岸办公室，市委办公厅，市人大常委会办公厅，市政协办公厅，"
              "市口岸工作联席会议各成员单位。", FS, 14)
    cell_text(vt.rows[1].cells[0],
              "郑州市人民政府口岸办公室" + "\u3000" * 8 + "2026年1月23日印发", FS, 14)

    name = "blind444_zhengzhou_jiyao"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta(t, "郑口岸纪〔2026〕1号", ["郑州市人民政府口岸办公室"], "2026-01-23", "郑州市")
    return name, [{"meta": m, "clauses": clauses}]


def to_pdf(name):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_444", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, name + ".docx")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for maker in (make_qingdao, make_xiamen, make_zhengzhou):
        name, docs = maker()
        expected[name] = docs
        to_pdf(name)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
