# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 682: 跨境电商调研报告 + 报送函."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc(line=28):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def para(doc, runs, align=None, indent=True, line=None):
    """runs: str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for item in runs:
        text, font, size, bold = item[:4]
        color = item[4] if len(item) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if line is not None:
        p.paragraph_format.line_spacing = line
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    inner = ""
    if top:
        inner += '<w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>' % sz
    if bottom:
        inner += '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/>' % sz
    ppr.append(parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls("w"), inner)))


def cell_text(cell, text, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = None
    r = p.add_run(text)
    set_font(r, font, size, bold)


def data_table(doc, header, rows, clauses, size=12, first_left=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, size, True, font=HT if size >= 12 else FS)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if (first_left and j == 0) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i + 1].cells[j], v, size, False, al)
        clauses.append("；".join("%s：%s" % (header[j], row[j]) for j in range(len(header))))
    return t


def caption(doc, text, font=HT, size=14):
    p = para(doc, [(text, font, size, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    return p


def title(doc, parts, size=22):
    """parts: list of strings joined by soft line breaks."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    for i, s in enumerate(parts):
        r = p.add_run(s)
        set_font(r, XBS, size)
        if i < len(parts) - 1:
            r.add_break()
    return p


def heading1(doc, text):
    return para(doc, [(text, HT, 16, False)])


def heading2(doc, text):
    return para(doc, [(text, KT, 16, False)])


def runin(doc, head, body, clauses, head_font=KT, bold=False, manual_indent=False):
    if manual_indent:
        p = para(doc, [("　　" + head, head_font, 16, bold), (body, FS, 16, False)], indent=False)
    else:
        p = para(doc, [(head, head_font, 16, bold), (body, FS, 16, False)])
    clauses.append(head + body)
    return p


def body(doc, text, clauses, manual_indent=False):
    if manual_indent:
        p = para(doc, "　　" + text, indent=False)
    else:
        p = para(doc, text)
    clauses.append(text)
    return p


def red_header(doc, organ, docno):
    p = para(doc, [(organ, XBS, 28, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, line=Pt(40))
    p = para(doc, [(docno, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    bottom_border(p, "FF0000", 24)
    p.paragraph_format.space_after = Pt(14)


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls("w"))
    num = parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(num)
    return 90


def numbered(doc, numid, head, body_text, clauses, n):
    p = para(doc, [(head, FS, 16, True), (body_text, FS, 16, False)], indent=False)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), numid)))
    p.paragraph_format.first_line_indent = Pt(32)
    clauses.append("%d." % n + head + body_text)
    return p


def luokuan_spaces(doc, organ, date, organ_pad=13, date_pad=15):
    para(doc, "　" * organ_pad + organ, indent=False)
    para(doc, "　" * date_pad + date, indent=False)


def meta(title_, docno, issuer, date, doc_type, region, recipients=None, attachments=None,
         publicity=None):
    return {
        "title": title_,
        "doc_number": docno,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": "municipal",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": attachments or [],
        "doc_type": doc_type,
        "recipients": recipients or [],
        "publicity": publicity,
        "repeals": None,
    }


# ================================================================ 宁波 调研报告
NB_TITLE = "关于宁波市跨境电商产业发展情况的调研报告"
NB_ORG = "宁波市政协经济委员会"


def build_ningbo_report():
    doc = new_doc()
    cl = []
    title(doc, ["关于宁波市跨境电商产业发展情况的", "调研报告"])
    empty(doc)
    para(doc, [("市政协经济委员会调研组", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    for line in ["调研组组长：陈立新　市政协副主席",
                 "调研组副组长：王建平　市政协经济委员会主任",
                 "调研组成员：周海燕　孙建华　林晓东　郑　凯　胡文静"]:
        para(doc, [(line, KT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    body(doc, "跨境电商是发展速度最快、潜力最大、带动作用最强的外贸新业态。为贯彻落实市委、市政府关于加快建设国际贸易中心城市的部署要求，2025年9月至12月，市政协经济委员会组成专题调研组，围绕我市跨境电商产业发展情况开展调研。调研组先后赴鄞州区、北仑区、宁波保税区、前湾新区等地实地走访企业23家，召开座谈会6场，听取市商务局、宁波海关、市邮政管理局等部门情况介绍，并赴深圳、杭州学习考察。现将调研情况报告如下。", cl)

    heading1(doc, "一、基本情况")
    body(doc, "近年来，我市依托中国（宁波）跨境电子商务综合试验区和中国（浙江）自由贸易试验区宁波片区建设，推动跨境电商从“单一进口”向“进出口并重”、从“平台集聚”向“产业融合”转变，产业规模稳居全国前列。", cl)

    heading2(doc, "（一）产业规模持续扩大")
    body(doc, "2025年，全市跨境电商进出口额2518.9亿元，同比增长10.5%，其中出口1763.2亿元、进口755.7亿元；跨境电商进出口额占全市外贸进出口总额的比重由2021年的9.8%提升至16.2%。2021—2025年，全市跨境电商进出口额年均增长17.9%，总量连续五年位居全国前列（见图1）。", cl)
    empty(doc)
    data_table(doc, ["指标", "2021年", "2022年", "2023年", "2024年", "2025年"],
               [["进出口额", "1301.2", "1596.4", "1987.3", "2278.6", "2518.9"],
                ["其中：出口", "803.5", "1042.7", "1356.8", "1580.1", "1763.2"]], cl, size=12)
    caption(doc, "图1　2021—2025年跨境电商进出口额（亿元）")
    p = para(doc, [("注：数据来源于宁波海关、市商务局，下同。", FS, 12, False)], indent=False)
    cl.append("注：数据来源于宁波海关、市商务局，下同。")
    empty(doc)

    heading2(doc, "（二）市场主体不断壮大")
    body(doc, "截至2025年底，全市共有跨境电商经营主体1.86万家，较2021年末增长1.3倍；年交易额超亿元的跨境电商企业达到212家，其中超10亿元企业27家。培育省级跨境电商产业园18个、市级跨境电商示范企业136家，认定公共海外仓67个，海外仓总面积超过320万平方米，覆盖全球32个国家和地区。主要指标见表1。", cl, manual_indent=True)
    caption(doc, "表1　宁波市跨境电商发展主要指标")
    data_table(doc, ["指标", "单位", "2023年", "2024年", "2025年"],
               [["跨境电商进出口额", "亿元", "1987.3", "2278.6", "2518.9"],
                ["跨境电商经营主体", "万家", "1.42", "1.63", "1.86"],
                ["年交易额超亿元企业", "家", "156", "183", "212"],
                ["公共海外仓", "个", "48", "58", "67"],
                ["省级跨境电商产业园", "个", "13", "16", "18"],
                ["“9610”出口申报清单", "亿票", "3.12", "3.87", "4.46"],
                ["跨境电商从业人员", "万人", "6.8", "7.9", "9.1"]], cl, size=12, first_left=True)
    empty(doc)

    heading2(doc, "（三）模式业态日益丰富")
    body(doc, "我市跨境电商已形成“9610”“9710”“9810”“1210”等监管方式全覆盖格局。2025年，“1210”保税进口业务量稳居全国前三，宁波保税区、梅山综合保税区、宁波栎社保税物流中心等海关特殊监管区域跨境进口单量占全市的83.6%；“9710”“9810”跨境电商B2B出口额达到612.4亿元，同比增长21.3%。直播电商、独立站、社交电商等新模式加快兴起，全市自建独立站企业超过1400家。", cl)
    empty(doc)
    data_table(doc, ["监管方式", "出口额（亿元）", "占比（%）"],
               [["9610（直购出口）", "902.6", "51.2"],
                ["9710（B2B直接出口）", "318.5", "18.1"],
                ["9810（出口海外仓）", "293.9", "16.7"],
                ["其他方式", "248.2", "14.1"]], cl, size=12)
    caption(doc, "图2　2025年跨境电商出口额按监管方式分布")
    empty(doc)

    heading2(doc, "（四）支撑体系逐步完善")
    body(doc, "出台《宁波市加快跨境电子商务高质量发展行动方案（2024—2026年）》等政策文件，市级财政每年安排跨境电商专项资金2亿元。宁波舟山港、栎社国际机场和中欧班列（宁波—义乌—欧洲）“海铁空”多式联运体系加快完善，2025年跨境电商货物通过中欧班列运输4.7万标箱。建成跨境电商线上综合服务平台，实现通关、物流、退税、结汇等“一站式”办理，出口退税平均办理时间压缩至3个工作日以内。", cl)

    heading1(doc, "二、存在的问题")
    body(doc, "调研中发现，我市跨境电商产业在规模快速扩张的同时，仍存在一些短板和不足。从调研企业反映情况看，海外仓及物流成本上升、专业人才招引难、平台规则变化等是企业面临的主要困难（见表2）。", cl)
    caption(doc, "表2　调研企业反映的主要困难（多选，样本企业23家）")
    data_table(doc, ["困难类型", "企业数（家）", "占比（%）"],
               [["海外仓及物流成本上升", "17", "73.9"],
                ["专业人才招引难", "15", "65.2"],
                ["平台规则变化及账号风险", "12", "52.2"],
                ["贸易摩擦及合规风险", "11", "47.8"],
                ["融资难、融资贵", "8", "34.8"]], cl, size=12, first_left=True)
    empty(doc)
    runin(doc, "（一）进出口结构不够均衡。", "我市跨境电商出口以“9610”小包直邮为主，2025年占出口额的51.2%，B2B出口和海外仓出口占比偏低，货值小、单量大、利润薄的特征较为明显。进口方面，受消费需求变化和周边城市竞争影响，“1210”保税进口增速由2021年的31.6%回落至2025年的2.3%，部分进口平台业务向杭州、郑州等地分流。同时，跨境电商出口商品中自有品牌占比不足三成，多数企业仍以贴牌代工和铺货模式为主，品牌溢价能力较弱。", cl)
    runin(doc, "（二）龙头企业和平台引领作用不强。", "全市年交易额超10亿元的跨境电商企业仅27家，与深圳、杭州等城市差距明显；本土缺少具有全国影响力的综合性跨境电商平台，多数企业依赖亚马逊、速卖通、TEMU等第三方平台，议价能力弱，受平台政策调整影响大。2025年，调研企业中有12家反映曾因平台规则变化出现账号受限或资金冻结情况。", cl)
    runin(doc, "（三）物流和海外仓服务能力有待提升。", "跨境电商物流仍以港口海运和航空转运为主，栎社国际机场国际货运航线偏少，2025年跨境电商货物经上海、杭州机场出境的比例超过60%。海外仓布局“小散弱”问题突出，67个公共海外仓中面积1万平方米以下的占四成以上，信息化、智能化水平不高，退换货、售后维修等本地化服务能力不足。", cl)
    runin(doc, "（四）专业人才供给不足。", "我市跨境电商从业人员约9.1万人，但运营推广、数据分析、海外合规等复合型人才缺口较大，据市跨境电商协会测算，全市人才缺口在3万人以上。本地高校跨境电商相关专业年毕业生不足2000人，中高端人才主要从杭州、深圳等地引进，企业普遍反映“招人难、留人更难”。", cl)

    heading1(doc, "三、对策建议")
    body(doc, "推动跨境电商高质量发展，是我市稳外贸、促转型、建设国际贸易中心城市的重要抓手。针对调研中发现的问题，提出以下建议。", cl)
    runin(doc, "1．强化规划引领和政策统筹。", "建议市政府尽快启动《宁波市加快跨境电子商务高质量发展行动方案（2024—2026年）》实施评估，研究制定2027—2030年跨境电商发展规划，明确产业定位、空间布局和重点任务。整合商务、财政、海关、税务、外汇等部门政策资源，优化跨境电商专项资金使用方向，由“普惠奖补”向“重点扶持品牌出海、B2B出口和海外仓建设”转变。", cl, head_font=FS, bold=True)
    runin(doc, "2．培育壮大跨境电商市场主体。", "实施跨境电商“领航企业”培育计划，每年遴选20家左右成长性好的企业给予重点支持，力争到2028年培育年交易额超50亿元企业5家以上。支持本土企业建设垂直类跨境电商平台和独立站，鼓励传统外贸企业和制造企业“触网上线”。加强与亚马逊、阿里巴巴国际站等平台合作，建立平台规则变化预警和企业账号纠纷协调机制。", cl, head_font=FS, bold=True)
    runin(doc, "3．完善跨境物流和海外仓体系。", "发挥宁波舟山港和中欧班列通道优势，提升跨境电商国际物流综合服务能力。", cl, head_font=FS, bold=True)
    body(doc, "（1）加密栎社国际机场国际货运航线，争取开通至欧美主要城市的跨境电商货运包机航线，提高本地航空出境比例。", cl)
    body(doc, "（2）支持企业在“一带一路”共建国家和RCEP成员国布局海外仓，对新建面积超过1万平方米的公共海外仓给予一次性补助。", cl)
    body(doc, "（3）推动海外仓数字化改造，建设全市海外仓公共信息服务平台，实现仓储资源共享和订单、物流、库存数据互联互通。", cl)
    runin(doc, "4．推动“跨境电商＋产业带”融合发展。", "聚焦家电、文具、服装、汽车零部件等优势产业，推动慈溪小家电、宁海文具、余姚模具等产业带与跨境电商深度融合，打造一批特色跨境电商产业集群。鼓励产业带企业开展品牌培育、海外商标注册和国际认证，提高自有品牌出口比重。依托宁波保税区、梅山综合保税区，发展“保税＋跨境电商”“保税维修＋跨境电商”等新业态。", cl, head_font=FS, bold=True)
    runin(doc, "5．加强跨境电商人才引育。", "将跨境电商高端人才纳入全市人才政策支持范围，对符合条件的运营、合规、数据分析人才给予住房、子女入学等保障。支持宁波大学、浙江万里学院、宁波职业技术学院等高校加强跨境电商专业建设，推广“订单班”“产业学院”培养模式。鼓励行业协会开展跨境电商职业技能等级认定，每年培训从业人员1万人次以上。", cl, head_font=FS, bold=True)

    empty(doc, 2)
    luokuan_spaces(doc, NB_ORG, "2026年3月16日", 14, 16)
    empty(doc)
    para(doc, "（执笔：林晓东　周海燕）", indent=True)

    m = meta(NB_TITLE, None, [NB_ORG], "2026-03-16", "调研报告", "宁波市")
    return doc, [{"meta": m, "clauses": cl}]


# ================================================================ 宁波 报送函
def build_ningbo_letter():
    doc = new_doc(26)
    cl = []
    red_header(doc, NB_ORG, "甬政协经函〔2026〕6号")
    title(doc, ["关于报送《关于宁波市跨境电商产业", "发展情况的调研报告》的函"])
    empty(doc)
    para(doc, "中共宁波市委办公厅、宁波市人民政府办公厅：", indent=False)
    body(doc, "根据市政协2025年度重点协商议题安排，我委组织开展了“推动我市跨境电商产业高质量发展”专题调研，走访企业23家，召开座谈会6场，形成了《关于宁波市跨境电商产业发展情况的调研报告》，已经市政协主席会议审议通过。", cl)
    body(doc, "报告分析了我市跨境电商在进出口结构、龙头企业培育、物流和海外仓、人才供给等方面存在的问题，提出了五个方面的对策建议。现随函报送，供市委、市政府领导决策参考。", cl)
    body(doc, "如需进一步了解有关情况，请与我委联系（联系人：林晓东，联系电话：0574-89186213）。", cl, manual_indent=True)
    body(doc, "特此函报。", cl)
    empty(doc)
    p = para(doc, "附件：关于宁波市跨境电商产业发展情况的调研报告", indent=True)
    empty(doc)
    luokuan_spaces(doc, NB_ORG, "2026年3月20日", 13, 15)
    empty(doc)
    # 版记 typed as bordered paragraphs
    p = para(doc, [("抄送：市政协主席、副主席、秘书长，市商务局，宁波海关。", FS, 14, False)], indent=False)
    top_bottom_border(p, True, True, 8)
    p = para(doc, [("　宁波市政协办公厅" + "　" * 9 + "2026年3月20日印发", FS, 14, False)], indent=False)
    top_bottom_border(p, False, True, 12)

    m = meta("关于报送《关于宁波市跨境电商产业发展情况的调研报告》的函",
             "甬政协经函〔2026〕6号", [NB_ORG], "2026-03-20", "函", "宁波市",
             recipients=["中共宁波市委办公厅", "宁波市人民政府办公厅"],
             attachments=[NB_TITLE])
    return doc, [{"meta": m, "clauses": cl}]


# ================================================================ 赣州 函 + 附件报告
GZ_TITLE = "关于赣州市跨境电商产业发展情况的调研报告"
GZ_ORG = "赣州市政协经济委员会"


def build_ganzhou():
    doc = new_doc(27)
    numid = add_numbering(doc)
    # ---------------- 函
    c1 = []
    red_header(doc, GZ_ORG, "赣市政协经函〔2026〕4号")
    title(doc, ["关于报送《关于赣州市跨境电商产业", "发展情况的调研报告》的函"])
    empty(doc)
    para(doc, "中共赣州市委办公室、赣州市人民政府办公室：", indent=False)
    body(doc, "为助力我市打造全国性内陆开放型经济高地，按照市政协2025年度协商工作计划，我委组织部分政协委员和专家学者，于2025年10月至12月围绕“发展跨境电商、扩大内陆开放”开展专题调研，先后赴南康区、章贡区、赣州经开区和赣州综合保税区、赣州国际陆港等地实地调研，形成了《关于赣州市跨境电商产业发展情况的调研报告》。", c1)
    body(doc, "现将调研报告随函报送，恳请市委、市政府领导阅示，并转有关部门研究参考。", c1)
    body(doc, "特此函报。", c1)
    empty(doc)
    para(doc, "附件：关于赣州市跨境电商产业发展情况的调研报告", indent=True)
    empty(doc, 2)
    # 落款 in a borderless layout table (right column)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.rows[0].cells[1], GZ_ORG, 16, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[1].cells[1], "2026年2月27日", 16, False, WD_ALIGN_PARAGRAPH.CENTER)

    # ---------------- 附件 报告
    p = para(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc)
    c2 = []
    title(doc, [GZ_TITLE])
    empty(doc)
    para(doc, [("赣州市政协经济委员会调研组", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    lt = doc.add_table(rows=3, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (a, b) in enumerate([("组　　长：", "刘志强　市政协副主席"),
                                ("副 组 长：", "黄丽萍　市政协经济委员会主任"),
                                ("成　　员：", "曾庆华　钟　敏　谢文斌　赖晓春")]):
        cell_text(lt.rows[i].cells[0], a, 14, False, WD_ALIGN_PARAGRAPH.RIGHT, KT)
        cell_text(lt.rows[i].cells[1], b, 14, False, WD_ALIGN_PARAGRAPH.LEFT, KT)
    empty(doc)

    body(doc, "近年来，我市抢抓新时代赣南等原中央苏区振兴发展、中国（赣州）跨境电子商务综合试验区获批设立等重大机遇，依托赣州国际陆港和赣州综合保税区，大力推动跨境电商发展，取得了明显成效。为摸清我市跨境电商产业发展现状，市政协经济委员会组成调研组开展专题调研。现将有关情况报告如下。", c2)
    empty(doc)
    heading1(doc, "一、基本情况")
    runin(doc, "（一）发展规模快速增长。", "2025年，全市跨境电商进出口额263.5亿元，同比增长22.1%，增速高于全省平均水平9.4个百分点；2021—2025年年均增长32.2%（见图1）。跨境电商进出口额占全市外贸进出口总额的比重达到25.7%，成为拉动外贸增长的重要引擎。", c2)
    data_table(doc, ["年份", "进出口额（亿元）", "同比增长（%）"],
               [["2021年", "86.3", "41.5"],
                ["2022年", "128.7", "49.1"],
                ["2023年", "176.4", "37.1"],
                ["2024年", "215.8", "22.3"],
                ["2025年", "263.5", "22.1"]], c2, size=12)
    caption(doc, "图1　2021—2025年跨境电商进出口额（亿元）")
    empty(doc)
    runin(doc, "（二）产业带特色逐步彰显。", "全市已形成以南康家具为龙头，电子信息、纺织服装、新能源汽车配件、脐橙等农特产品为支撑的跨境电商产业格局，跨境电商经营主体达到4480家。南康区跨境电商进出口额98.6亿元，占全市的37.4%，南康家具通过跨境电商销往全球100多个国家和地区。各县（市、区）发展情况见表1。", c2)
    caption(doc, "表1　2025年各县（市、区）跨境电商发展情况")
    data_table(doc, ["县（市、区）", "进出口额（亿元）", "经营主体（家）", "主要产品"],
               [["南康区", "98.6", "1260", "实木家具、板式家具"],
                ["章贡区", "42.3", "870", "电子信息产品、服装"],
                ["赣州经开区", "38.7", "410", "新能源汽车配件、电子元器件"],
                ["于都县", "21.5", "530", "纺织服装"],
                ["信丰县", "14.2", "260", "脐橙、电子产品"],
                ["其他县（市、区）", "48.2", "1150", "—"],
                ["合计", "263.5", "4480", "—"]], c2, size=10.5)
    empty(doc)
    runin(doc, "（三）开放通道优势不断放大。", "赣州国际陆港是全国内陆首个国家一类对外开放口岸和国检监管场站，已开通中欧（亚）班列线路21条，2025年开行626列，其中跨境电商专列96列（见图2）。赣州综合保税区“1210”保税进口和“9610”“9710”“9810”出口业务全面开通，2025年综合保税区内跨境电商业务额42.8亿元。铁海联运“三同”班列直达深圳盐田港、厦门港，跨境电商货物运输时效较以往缩短2至3天。", c2)
    data_table(doc, ["年份", "2021年", "2022年", "2023年", "2024年", "2025年"],
               [["开行列数", "412", "486", "533", "580", "626"],
                ["其中：跨境电商专列", "18", "35", "52", "74", "96"]], c2, size=10.5)
    caption(doc, "图2　2021—2025年赣州国际陆港中欧（亚）班列开行情况（列）")
    empty(doc)
    runin(doc, "（四）政策环境持续优化。", "市政府先后出台《赣州市促进跨境电子商务发展若干措施》《赣州市跨境电商产业园认定管理办法》等政策文件，累计兑现跨境电商扶持资金3.6亿元。建成市级跨境电商公共服务平台，设立跨境电商服务中心12个，开展跨境电商培训320余场次，培训人员2.1万人次。", c2)

    heading1(doc, "二、存在的问题")
    runin(doc, "（一）产业层次总体不高。", "全市跨境电商企业以中小卖家为主，年交易额超亿元的企业仅41家，超10亿元的仅3家；出口产品以家具、服装等传统劳动密集型产品为主，自主品牌占比不足20%，同质化竞争和低价竞争现象较为突出。", c2, manual_indent=True)
    runin(doc, "（二）县域发展不够平衡。", "南康区、章贡区、赣州经开区三地跨境电商进出口额占全市的68.2%，部分县（市、区）跨境电商仍处于起步阶段，缺乏主导产业和龙头企业支撑，产业园区“有园无企”“有企无量”问题不同程度存在。", c2, manual_indent=True)
    runin(doc, "（三）物流成本相对偏高。", "我市地处内陆，跨境电商货物多需经深圳、广州、厦门等口岸中转出境，物流时效和成本较沿海城市不具优势。中欧班列回程货源不足，跨境电商专列去回程比例约为3：1，班列运营对补贴依赖程度较高。", c2, manual_indent=True)
    runin(doc, "（四）配套服务体系不够健全。", "本地缺少专业的跨境电商代运营、知识产权、法律合规、跨境支付等服务机构，企业海外商标注册、产品认证多需到深圳、杭州等地办理。跨境电商人才“引不进、留不住”问题突出，熟悉海外市场和平台运营的专业人才严重短缺。", c2, manual_indent=True)

    heading1(doc, "三、对策建议")
    body(doc, "下一步，建议围绕打造全国性内陆开放型经济高地目标，坚持“通道＋产业＋平台”协同发力，推动全市跨境电商产业提质增效。", c2)
    numbered(doc, numid, "做大做强特色产业带。", "以南康家具为重点，实施“跨境电商＋产业带”培育工程，支持家具企业开展海外品牌注册和独立站建设，推动从“卖产品”向“卖品牌”转变。支持于都纺织服装、信丰电子信息、赣南脐橙等产业带开展跨境电商应用，每年打造2至3个跨境电商特色产业带。", c2, 1)
    numbered(doc, numid, "提升开放通道服务能力。", "用好赣州国际陆港和赣州综合保税区平台，进一步加密中欧（亚）班列跨境电商专列。具体建议如下：", c2, 2)
    subs = ["（1）积极争取海关总署支持，在赣州国际陆港开展跨境电商出口拼箱和“铁路快通”业务；",
            "（2）加强与深圳、厦门等口岸合作，推广“一次申报、一次查验、一次放行”通关模式；",
            "（3）研究设立中欧班列回程货源专项奖励，提高班列回程重载率。"]
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    for i, s in enumerate(subs):
        r = p.add_run(s)
        set_font(r, FS, 16)
        if i < len(subs) - 1:
            r.add_break()
        c2.append(s)
    numbered(doc, numid, "培育引进跨境电商市场主体。", "实施跨境电商主体倍增行动，重点引进一批跨境电商平台区域总部、头部卖家和服务商，对年交易额首次超过1亿元、10亿元的本地企业分档给予奖励。推动外贸企业、制造企业开展跨境电商业务，力争到2027年全市跨境电商经营主体突破6000家。", c2, 3)
    numbered(doc, numid, "健全跨境电商服务生态。", "支持赣州综合保税区建设跨境电商综合服务中心，集聚代运营、知识产权、法律合规、跨境支付等专业服务机构。推动江西理工大学、赣南师范大学、赣州职业技术学院等高校开设跨境电商相关专业，建立校企联合培养机制，每年培养培训跨境电商人才5000人次以上。", c2, 4)
    numbered(doc, numid, "加大政策和要素保障力度。", "建议市政府统筹设立跨境电商发展专项资金，重点支持海外仓建设、品牌培育和班列运营。金融机构创新“跨境电商贷”“海外仓贷”等产品，扩大出口信用保险覆盖面，降低企业经营风险。建立跨境电商统计监测和运行分析制度，定期评估政策实施效果。", c2, 5)
    empty(doc, 2)
    luokuan_spaces(doc, GZ_ORG, "2026年2月10日", 14, 16)
    para(doc, "执笔：曾庆华　谢文斌", indent=True)
    empty(doc, 4)
    # 版记 in a layout table at the very end of the file
    bj = doc.add_table(rows=2, cols=1)
    bj.style = "Table Grid"
    cell_text(bj.rows[0].cells[0], "抄送：市政协主席、副主席、秘书长，市商务局，赣州海关，赣州国际陆港管委会。",
              14, False, WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.rows[1].cells[0], "赣州市政协办公室" + "　" * 10 + "2026年2月27日印发",
              14, False, WD_ALIGN_PARAGRAPH.LEFT)

    m1 = meta("关于报送《关于赣州市跨境电商产业发展情况的调研报告》的函",
              "赣市政协经函〔2026〕4号", [GZ_ORG], "2026-02-27", "函", "赣州市",
              recipients=["中共赣州市委办公室", "赣州市人民政府办公室"],
              attachments=[GZ_TITLE])
    m2 = meta(GZ_TITLE, None, [GZ_ORG], "2026-02-10", "调研报告", "赣州市")
    return doc, [{"meta": m1, "clauses": c1}, {"meta": m2, "clauses": c2}]


# ================================================================ main
def main():
    expected = {}
    for stem, builder in [("blind682_ningbo_diaoyanbaogao", build_ningbo_report),
                          ("blind682_ningbo_baosonghan", build_ningbo_letter),
                          ("blind682_ganzhou_baosonghan", build_ganzhou)]:
        doc, objs = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_682", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
