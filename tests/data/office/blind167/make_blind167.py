# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 167: the most ordinary working papers of four provincial offices.

Writes next to itself (python-docx, then LibreOffice for the PDFs):
  blind167_henan_jiyao.docx / .pdf     河南省人民政府专题会议纪要〔2024〕12号 (版头, 号, 办公厅+date line,
        title, meeting paragraph, 会议认为, 议定事项 一、…六、 with 牵头/配合/时限, 出席/列席 lists, 版记)
  blind167_sichuan_yaodian.docx / .pdf 四川省商务厅 印发《2024年全省商务工作要点》的通知 (cover notice +
        附件 要点 with 一、（一）1. outline, figures and 片区)
  blind167_hubei_zhengqiu.docx / .pdf  湖北省发展改革委 征求意见的函 (函 format) with 附件1 办法（征求意见稿）
        第一章…第五章 第一条…第十四条 and 附件2 an empty 意见反馈表
  blind167_fujian_jianbao.docx / .pdf  福建自贸试验区工作简报 2024年第6期 (本期要目, three items with titles,
        a small 指标 table, 报/送/发 版记)
  expected.json

Run:  . /work/venv/bin/activate && python make_blind167.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号
LINE = Pt(28.9)


# ------------------------------------------------------------------ helpers
def set_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=SAN, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, bold=False):
    p = para(doc)
    set_font(p.add_run(head), head_font, SAN, bold)
    set_font(p.add_run(body), FS, SAN)
    return p


def border(p, side, sz, color="E60012", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def tabstop(p, pos_twips, kind="right"):
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="%s" w:pos="%d"/></w:tabs>' % (nsdecls("w"), kind, pos_twips)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI, dash="— "):
    set_font(p.add_run(dash), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        elif kind == "text":
            el = parse_xml('<w:t %s>1</w:t>' % nsdecls("w"))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    set_font(p.add_run(dash[::-1]), ST, size)


def setup(doc, footer="outside"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if footer == "outside":          # odd pages right, even pages left (GB/T 9704)
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    elif footer == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, dash="- ")


def red_head(doc, text, size=40, spacing=None):
    p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    if spacing is not None:
        r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


def title(doc, lines):
    p = para(doc, "", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    for i, t in enumerate(lines):
        r = p.add_run(t)
        set_font(r, XBZ, ER)
        if i < len(lines) - 1:
            r.add_break()
    para(doc, indent=0)


def attach_note(doc, titles):
    para(doc, indent=0)
    if len(titles) == 1:
        p = para(doc, "附件：" + titles[0], indent=0)
        p.paragraph_format.left_indent = Pt(SAN * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN * 3)
        return
    for i, t in enumerate(titles):
        p = para(doc, ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t), indent=0)
        p.paragraph_format.left_indent = Pt(SAN * 6)
        p.paragraph_format.first_line_indent = Pt(-SAN * 4 if i == 0 else -SAN)


def signoff(doc, organ, date, publicity=None):
    para(doc, indent=0)
    para(doc, indent=0)
    p = para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    if publicity:
        para(doc, indent=0)
        para(doc, publicity)


def banji(doc, lines, printer=None, printdate=None):
    """版记: each line between black rules, 四号仿宋."""
    first = True
    for ln in lines:
        p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI * 4)
        p.paragraph_format.first_line_indent = Pt(-SI * 3)
        p.paragraph_format.right_indent = Pt(SI)
        set_font(p.add_run(ln), FS, SI)
        border(p, "top", 12 if first else 4, "000000", 2)
        first = False
    if printer:
        p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        set_font(p.add_run(printer + "\t" + printdate + "印发"), FS, SI)
        tabstop(p, 8560)
        border(p, "top", 4, "000000", 2)
        border(p, "bottom", 12, "000000", 2)


def grid_table(doc, header, rows, widths, size=12, head_font=HT):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate([header] + rows):
        for ci, txt in enumerate(row):
            c = t.cell(ri, ci)
            c.width = widths[ci]
            pp = c.paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if txt:
                set_font(pp.add_run(txt), head_font if ri == 0 else FS, size)
        t.rows[ri].height = Mm(10 if ri else 9)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v.strip())


# =================================================================== (a) 河南 纪要
HN_HEAD = "河南省人民政府专题会议纪要"
HN_NUM = "〔2024〕12号"
HN_OFFICE = "河南省人民政府办公厅"
HN_DATE = "2024年4月3日"
HN_TITLE_LINES = ["关于推进中欧班列（郑州）集结中心建设和", "自贸试验区联动发展有关事项的会议纪要"]
HN_TITLE = "".join(HN_TITLE_LINES)
HN_P = [
    "2024年3月28日，副省长王建国在省政府3号楼第二会议室主持召开专题会议，听取省发展改革委、省商务厅关于中欧班列（郑州）集结中心建设和中国（河南）自由贸易试验区建设进展情况的汇报，研究推动班列高质量开行和自贸试验区联动发展有关事项。现将会议议定事项纪要如下：",
    "会议认为，2023年中欧班列（郑州）累计开行2816列，同比增长12.4%，货值超过160亿美元，集结中心示范工程建设取得阶段性成效；河南自贸试验区郑州、开封、洛阳三个片区累计形成制度创新成果568项，新设企业12.6万家。当前，班列回程货源不足、集结中心配套设施短板明显、片区间协同不够等问题仍较突出，各有关方面要进一步提高站位、强化协同，推动班列由“通道”向“枢纽+产业”转变。",
]
HN_ITEMS = [
    ("一、加快集结中心项目建设。", "会议同意将中欧班列（郑州）集结中心圃田场站扩能改造项目纳入2024年省重点建设项目，总投资28.6亿元，2024年完成投资不低于12亿元。由省发展改革委牵头，郑州市政府、中国铁路郑州局集团有限公司配合，2024年6月底前开工建设，2025年12月底前建成投用。"),
    ("二、稳定班列开行规模。", "会议明确，2024年中欧班列（郑州）开行目标为3000列以上，其中回程班列占比不低于45%。省财政对班列运营补贴实行退坡管理，2024年补贴标准在2023年基础上下调10%，结余资金统筹用于回程货源培育。由省商务厅牵头，省财政厅、郑州市政府配合，2024年4月30日前制定年度开行计划和补贴方案报省政府。"),
    ("三、推动自贸试验区片区联动。", "会议同意在开封片区、洛阳片区分别设立中欧班列（郑州）集结中心“无水港”，实行“一次申报、一次查验、一次放行”的多式联运监管模式。由省商务厅牵头，郑州海关、开封市政府、洛阳市政府配合，2024年9月底前各开行首趟集结班列。"),
    ("四、加大要素保障力度。", "会议同意从2024年全省新增建设用地计划指标中安排500亩，专项保障集结中心建设用地；省自然资源厅要在用地预审、规划许可等环节开辟绿色通道。由省自然资源厅牵头，郑州市政府配合，2024年5月底前完成圃田场站项目用地组卷报批。"),
    ("五、提升通关便利化水平。", "会议要求推广“铁路快通”模式，2024年底前实现中欧班列（郑州）进出口货物整体通关时间较2023年再压缩20%以上。由郑州海关牵头，省商务厅（省口岸办）配合，持续推进。"),
    ("六、健全工作推进机制。", "会议决定建立中欧班列（郑州）集结中心建设月调度制度，由省政府副秘书长李明辉负责召集，每月第一周召开调度会。由省发展改革委牵头，各有关单位配合，每月5日前报送上月工作进展。"),
]
HN_CLOSE = "各有关单位要按照会议议定事项，明确责任人和时间节点，抓好工作落实，重大情况及时报告省政府。"
HN_CHUXI = "王建国（副省长）　李明辉（省政府副秘书长）　陈立新（省发展改革委）　赵红梅（省商务厅）　周海涛（省财政厅）　孙志刚（省交通运输厅）　吴永平（省自然资源厅）"
HN_LIEXI = "郑文博（郑州海关）　何建军（中国铁路郑州局集团有限公司）　冯晓东（郑州市政府）　韩　雪（开封市政府）　许志远（洛阳市政府）　黄　凯（省政府办公厅）"
HN_BANJI = ["分送：省发展改革委，省商务厅，省财政厅，省交通运输厅，省自然资源厅，郑州海关，中国铁路郑州局集团有限公司，郑州市、开封市、洛阳市人民政府。",
            "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。"]


def build_henan():
    doc = Document()
    setup(doc, "outside")
    para(doc, indent=0)
    red_head(doc, HN_HEAD, size=30, spacing=-8)
    para(doc, indent=0)
    para(doc, HN_NUM, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    p.paragraph_format.left_indent = Pt(SAN)
    set_font(p.add_run(HN_OFFICE + "\t" + HN_DATE), FS, SAN)
    tabstop(p, 8700)
    border(p, "bottom", 18, "E60012", 6)
    para(doc, indent=0)
    title(doc, HN_TITLE_LINES)
    for t in HN_P:
        para(doc, t)
    for h, t in HN_ITEMS:
        runin(doc, h, t, head_font=HT)
    para(doc, HN_CLOSE)
    para(doc, indent=0)
    # 出席 / 列席: label in 黑体, names in 仿宋, hanging indent
    for lab, names in (("出席：", HN_CHUXI), ("列席：", HN_LIEXI)):
        p = para(doc, "", indent=0)
        p.paragraph_format.left_indent = Pt(SAN * 3)
        p.paragraph_format.first_line_indent = Pt(-SAN * 3)
        set_font(p.add_run(lab), HT, SAN)
        set_font(p.add_run(names), FS, SAN)
    for _ in range(4):
        para(doc, indent=0)
    banji(doc, HN_BANJI, HN_OFFICE, HN_DATE)
    out = os.path.join(HERE, "blind167_henan_jiyao.docx")
    doc.save(out)
    return out


# =================================================================== (b) 四川 工作要点
SC_HEAD = "四川省商务厅文件"
SC_NUM = "川商发〔2024〕6号"
SC_YD = "2024年全省商务工作要点"
SC_TITLE = "四川省商务厅关于印发《" + SC_YD + "》的通知"
SC_TO = ["各市（州）商务主管部门", "厅机关各处室、直属单位"]
SC_COVER = [
    "现将《" + SC_YD + "》印发给你们，请结合实际，认真抓好贯彻落实。",
    "各市（州）商务主管部门要对照工作要点细化年度任务，于2024年7月10日、2025年1月10日前分别将上半年、全年工作落实情况报送省商务厅综合处（联系电话：028-83225716）。",
]
SC_DATE = "2024年2月26日"
SC_INTRO = "2024年全省商务工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，坚持稳中求进工作总基调，以服务共建“一带一路”和西部陆海新通道建设为牵引，推动高水平对外开放，着力稳外贸、稳外资、促消费。主要预期目标是：全省货物贸易进出口额增长3%左右，实际使用外资保持稳定，社会消费品零售总额增长6%左右。"
# outline: (kind, head, body)  kind: H1 heading only / H2 （一） / N 1.
SC_OUT = [
    ("H1", "一、深度融入共建“一带一路”", ""),
    ("H2", "（一）拓展经贸合作网络", ""),
    ("N", "1.深化与共建国家贸易往来。", "实施“千企百展”市场开拓计划，全年组织企业参加境外重点展会120场以上，力争对共建“一带一路”国家进出口额增长5%以上。"),
    ("N", "2.推进境外经贸合作区建设。", "支持企业在老挝、越南、哈萨克斯坦等国家建设境外经贸合作区，新增省级境外经贸合作区2个，全年对外承包工程完成营业额100亿美元以上。"),
    ("H2", "（二）提升开放通道能级", ""),
    ("N", "1.做强中欧班列（成渝）品牌。", "会同重庆市商务委员会推动班列统一品牌运营，全年中欧班列（成渝）开行5000列以上，成都国际铁路港回程班列占比达到40%。"),
    ("N", "2.加快西部陆海新通道建设。", "推动泸州港、宜宾港与北部湾港联动发展，全年经西部陆海新通道铁海联运班列运输集装箱12万标箱以上。"),
    ("H1", "二、高标准建设自由贸易试验区", ""),
    ("H2", "（一）深化制度创新。", "全年形成省级制度创新成果30项以上，力争5项以上在全国复制推广。"),
    ("H2", "（二）推动片区差异化发展", ""),
    ("N", "1.", "成都天府新区片区重点发展国际贸易和现代金融，年内新设外资企业80家以上。"),
    ("N", "2.", "成都青白江铁路港片区深化国际铁路港多式联运“一单制”改革，年内签发多式联运提单5000单以上。"),
    ("N", "3.", "川南临港片区推进泸州港保税物流中心（B型）扩容提质，片区进出口额增长10%以上。"),
    ("H2", "（三）扩大协同改革先行区覆盖面。", "推动德阳、绵阳、宜宾等12个协同改革先行区与自贸试验区片区结对联动，年内复制推广改革试点经验40项以上。"),
    ("H1", "三、稳住外贸外资基本盘", ""),
    ("H2", "（一）促进外贸稳规模优结构。", "大力发展跨境电商、市场采购贸易等新业态，全年跨境电商交易额增长15%以上，新认定省级公共海外仓10个。"),
    ("H2", "（二）加大外资招引力度。", "举办“外资企业四川行”活动4场以上，全年新设外资企业1000家以上，实际使用外资25亿美元左右。"),
    ("H1", "四、强化工作保障", ""),
    ("H2", "（一）加强统筹调度。", "建立月调度、季通报制度，每季度首月10日前通报各市（州）主要商务指标完成情况。"),
    ("H2", "（二）防范化解风险。", "健全对外投资合作风险监测预警机制，指导企业做好境外安全风险防范和应急处置。"),
]
SC_BANJI = ["抄送：商务部综合司，省委办公厅，省政府办公厅。"]
SC_PRINTER = "四川省商务厅办公室"
SC_PRINTDATE = "2024年2月27日"


def build_sichuan():
    doc = Document()
    setup(doc, "center")
    para(doc, indent=0)
    red_head(doc, SC_HEAD, size=44, spacing=-20)
    para(doc, indent=0)
    para(doc, indent=0)
    p = para(doc, SC_NUM, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, indent=0)
    title(doc, ["四川省商务厅关于印发", "《" + SC_YD + "》的通知"])
    para(doc, "，".join(SC_TO) + "：", indent=0)
    for t in SC_COVER:
        para(doc, t)
    attach_note(doc, [SC_YD])
    signoff(doc, "四川省商务厅", SC_DATE, "（此件主动公开）")
    page_break(doc)
    para(doc, "附件", HT, align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    para(doc, indent=0)
    title(doc, [SC_YD])
    para(doc, SC_INTRO)
    for kind, h, b in SC_OUT:
        if kind == "H1":
            para(doc, h, HT)
        elif kind == "H2":
            if b:
                runin(doc, h, b, head_font=KT)
            else:
                para(doc, h, KT)
        else:
            runin(doc, h, b, head_font=FS, bold=bool(h.strip("0123456789.")))
    para(doc, indent=0)
    para(doc, indent=0)
    banji(doc, SC_BANJI, SC_PRINTER, SC_PRINTDATE)
    out = os.path.join(HERE, "blind167_sichuan_yaodian.docx")
    doc.save(out)
    return out


# =================================================================== (c) 湖北 征求意见函
HB_HEAD = "湖北省发展和改革委员会"
HB_NUM = "鄂发改外资函〔2024〕37号"
HB_BF = "湖北省共建“一带一路”重点项目库管理办法"
HB_BF_DRAFT = HB_BF + "（征求意见稿）"
HB_TITLE = "省发展改革委关于征求《" + HB_BF_DRAFT + "》意见的函"
HB_TO = ["省直有关单位", "各市、州、直管市、神农架林区发展改革委"]
HB_P = [
    "为贯彻落实《湖北省推动共建“一带一路”高质量发展三年行动方案（2024—2026年）》，规范全省共建“一带一路”重点项目谋划、储备、推进和服务保障工作，我委起草了《" + HB_BF_DRAFT + "》（见附件1），现送你们征求意见。",
    "请认真研究，于2024年7月19日前将书面意见（加盖单位公章）及意见反馈表（见附件2）电子版反馈我委利用外资和境外投资处。逾期未反馈的，视为无意见。",
    "联系人：陈思远；联系电话：027-87235619；传真：027-87235620。",
]
HB_ATTS = [HB_BF_DRAFT, "意见反馈表"]
HB_DATE = "2024年7月5日"
HB_BANJI = ["抄送：省人民政府办公厅，省商务厅，省外办。"]
HB_PRINTER = "湖北省发展和改革委员会办公室"
HB_PRINTDATE = "2024年7月5日"
HB_ARTS = [
    ("第一章　总则", None),
    ("第一条", "为规范湖北省共建“一带一路”重点项目库（以下简称项目库）管理，提高项目谋划储备质量，推动项目加快落地见效，根据国家有关规定，结合我省实际，制定本办法。"),
    ("第二条", "本办法所称重点项目，是指我省企业、机构在共建“一带一路”国家实施，或者在省内实施并服务共建“一带一路”的对外投资、对外承包工程、国际产能合作、国际物流通道和开放平台建设项目。"),
    ("第三条", "项目库实行“统一管理、分级负责、动态调整”原则。省发展改革委负责项目库的建立和综合管理，各市、州、直管市、神农架林区发展改革委负责本地区项目的申报、初审和跟踪服务。"),
    ("第二章　入库条件和程序", None),
    ("第四条", "申报入库项目应当同时具备下列条件："),
    ("", "（一）符合国家境外投资管理规定和我省产业发展方向；"),
    ("", "（二）对外投资项目中方投资额不低于1000万美元，对外承包工程项目合同额不低于5000万美元，省内开放平台项目总投资不低于5亿元；"),
    ("", "（三）项目前期工作已经启动，预计3年内能够开工建设。"),
    ("第五条", "项目库每年集中申报两次，申报时间分别为每年3月和9月。各市、州、直管市、神农架林区发展改革委于申报月最后一个工作日前将初审通过的项目报送省发展改革委。"),
    ("第六条", "省发展改革委会同省商务厅、省外办等部门对申报项目进行审核，必要时委托第三方机构评估，审核结果在省发展改革委门户网站公示5个工作日。"),
    ("第三章　支持措施", None),
    ("第七条", "对入库项目，省发展改革委优先推荐申报国家共建“一带一路”重点项目，优先争取中央预算内投资、地方政府专项债券等资金支持。"),
    ("第八条", "支持中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区对入库项目开展外汇管理、跨境融资等便利化改革试点，入库企业可优先适用自贸试验区已复制推广的创新举措。"),
    ("第九条", "对服务武汉、襄阳、宜昌等中欧班列和江海联运枢纽城市的入库物流通道项目，在用地、用能指标上予以倾斜保障。"),
    ("第四章　动态管理", None),
    ("第十条", "项目库实行年度评估制度。项目单位应当于每年1月15日前报送上年度项目进展情况；连续两年无实质性进展的项目，调出项目库。"),
    ("第十一条", "入库项目发生投资主体、投资规模、建设内容等重大变化的，项目单位应当自变化发生之日起30日内向所在地发展改革委报告。"),
    ("第十二条", "以提供虚假材料等不正当手段入库的，调出项目库，3年内不再受理其申报。"),
    ("第五章　附则", None),
    ("第十三条", "本办法由省发展改革委负责解释。"),
    ("第十四条", "本办法自印发之日起施行，有效期5年。"),
]
HB_FORM_HEAD = ["序号", "条款", "修改意见", "理由"]


def build_hubei():
    doc = Document()
    setup(doc, "outside")
    para(doc, indent=0)
    p = red_head(doc, HB_HEAD, size=36, spacing=0)
    border(p, "bottom", 24, "E60012", 6, val="thickThinSmallGap")
    p = para(doc, HB_NUM, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN)
    para(doc, indent=0)
    title(doc, ["省发展改革委关于征求《湖北省共建", "“一带一路”重点项目库管理办法", "（征求意见稿）》意见的函"])
    para(doc, "，".join(HB_TO) + "：", indent=0)
    for t in HB_P:
        para(doc, t)
    attach_note(doc, HB_ATTS)
    signoff(doc, HB_HEAD, HB_DATE, "（此件依申请公开）")
    # 附件1
    page_break(doc)
    para(doc, "附件1", HT, align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    para(doc, indent=0)
    p = para(doc, "", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    set_font(p.add_run(HB_BF), XBZ, ER)
    para(doc, "（征求意见稿）", KT, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, indent=0)
    for lab, txt in HB_ARTS:
        if txt is None:
            para(doc, lab, HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
        elif lab:
            runin(doc, lab + "　", txt, head_font=HT)
        else:
            para(doc, txt)
    # 附件2
    page_break(doc)
    para(doc, "附件2", HT, align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    para(doc, indent=0)
    para(doc, "意见反馈表", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, indent=0)
    p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0)
    set_font(p.add_run("单位名称（盖章）：　　　　　　　联系人：　　　　　联系电话："), FS, SI)
    grid_table(doc, HB_FORM_HEAD, [["", "", "", ""] for _ in range(6)], [Mm(16), Mm(40), Mm(60), Mm(40)], size=SI)
    para(doc, "注：表格不够可另附页。", FS, 12, WD_ALIGN_PARAGRAPH.LEFT, 0)
    for _ in range(6):
        para(doc, indent=0)
    banji(doc, HB_BANJI, HB_PRINTER, HB_PRINTDATE)
    out = os.path.join(HERE, "blind167_hubei_zhengqiu.docx")
    doc.save(out)
    return out


# =================================================================== (d) 福建 简报
FJ_HEAD = "福建自贸试验区工作简报"
FJ_ISSUE = "2024年第6期（总第93期）"
FJ_ORGAN = "中国（福建）自由贸易试验区工作领导小组办公室"
FJ_DATE = "2024年6月14日"
FJ_ITEMS = [
    ("厦门片区上线“丝路海运”国际航运服务专区", [
        "5月28日，厦门片区在国际贸易“单一窗口”基础上上线“丝路海运”国际航运服务专区，整合船舶进出港申报、港口作业、跨境结算等23项服务事项，实现航运企业“一次登录、全程办理”。",
        "专区运行半个月以来，已有86家航运企业、412艘次船舶通过专区办理业务，船舶进出港手续办理时间由平均6小时压缩至1.5小时。目前，“丝路海运”命名航线已增至120条，通达全球31个国家和地区的117个港口。",
        "下一步，厦门片区将推动专区与共建“一带一路”国家港口数据互联互通，年内新增对接港口10个以上。",
    ]),
    ("福州片区开展跨境数据流动便利化试点", [
        "经省委网信办同意，福州片区于5月启动跨境数据流动便利化试点，制定《福州片区数据出境负面清单（试行）》，明确跨境电商、航运物流、远洋渔业等3个领域11类重要数据目录，清单以外的数据出境可免予申报安全评估。",
        "试点首批确定马尾区跨境电商企业、远洋渔业企业等17家试点企业，预计每年可为企业节省合规成本约1200万元。",
    ]),
    ("平潭片区对台小额商品交易市场1—5月交易额增长28.6%", [
        "今年以来，平潭片区持续优化对台小额贸易监管模式，推行“海运快件+小额贸易”通关，1—5月平潭对台小额商品交易市场交易额达9.7亿元，同比增长28.6%，其中经海运快件进口台湾商品货值2.3亿元。",
        "平潭片区将于7月举办第五届两岸（平潭）小额商品博览会，预计参展台湾企业300家以上。",
    ]),
]
FJ_TABLE_TITLE = "附表：2024年1—5月福建自贸试验区各片区主要指标"
FJ_TABLE_HEAD = ["片区", "新增企业（户）", "其中外资企业（户）", "实际使用外资（亿元）", "进出口额（亿元）"]
FJ_TABLE = [
    ["福州片区", "4126", "118", "9.8", "486.3"],
    ["厦门片区", "5372", "246", "21.5", "1352.7"],
    ["平潭片区", "1684", "97", "3.1", "62.4"],
    ["合计", "11182", "461", "34.4", "1901.4"],
]
FJ_BAO = "报：商务部自贸区港司，省委、省政府领导同志。"
FJ_SONG = "送：省自贸试验区工作领导小组成员单位。"
FJ_FA = "发：福州、厦门、平潭片区管委会。"
FJ_EDIT = "责任编辑：林晓燕　　　　　　　　　　　　（共印80份）"


def build_fujian():
    doc = Document()
    setup(doc, None)
    para(doc, indent=0)
    red_head(doc, FJ_HEAD, size=40, spacing=-10)
    para(doc, FJ_ISSUE, FS, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, indent=0)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    set_font(p.add_run(FJ_ORGAN + "\t" + FJ_DATE), FS, SI)
    tabstop(p, 8900)
    border(p, "bottom", 18, "E60012", 6)
    para(doc, indent=0)
    # 本期要目 in a box
    p = para(doc, "本期要目", HT, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
    box = [p]
    for t, _ in FJ_ITEMS:
        q = para(doc, "◆ " + t, KT, SAN, WD_ALIGN_PARAGRAPH.LEFT, 1)
        box.append(q)
    for q in box:
        for side in ("top", "left", "bottom", "right"):
            border(q, side, 8, "000000", 4)
    para(doc, indent=0)
    for t, ps in FJ_ITEMS:
        para(doc, t, HT, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0, bold=False)
        para(doc, indent=0, line=Pt(12))
        for x in ps:
            para(doc, x)
        para(doc, indent=0)
    p = para(doc, FJ_TABLE_TITLE, HT, SI, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p.paragraph_format.keep_with_next = True
    t = grid_table(doc, FJ_TABLE_HEAD, FJ_TABLE, [Mm(28), Mm(30), Mm(34), Mm(34), Mm(30)], size=12)
    for row in t.rows[:-1]:
        for c in row.cells:
            c.paragraphs[0].paragraph_format.keep_with_next = True
    para(doc, "（数据来源：省商务厅、福州海关、厦门海关）", FS, 12, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    for _ in range(3):
        para(doc, indent=0)
    banji(doc, [FJ_BAO, FJ_SONG, FJ_FA])
    p = para(doc, FJ_EDIT, FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    border(p, "bottom", 12, "000000", 2)
    out = os.path.join(HERE, "blind167_fujian_jianbao.docx")
    doc.save(out)
    return out


# =================================================================== PDF + expected
def to_pdf(path):
    prof = "/tmp/lo_167"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expected():
    hn = {
        "meta": {
            "title": HN_TITLE,
            "doc_number": HN_NUM,
            "issuer": ["河南省人民政府"],
            "date": "2024-04-03",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "纪要",
            "recipients": [],
            "publicity": None,
            "series": HN_HEAD,
            "meeting_date": "2024-03-28",
            "chair": "副省长王建国",
            "attendees_出席": [x.split("（")[0].replace("　", "") for x in HN_CHUXI.split("　") if "（" in x],
            "observers_列席": [x.split("（")[0] for x in HN_LIEXI.replace("韩　雪", "韩雪").replace("黄　凯", "黄凯").split("　") if "（" in x],
        },
        "clauses": HN_P + [h + t for h, t in HN_ITEMS] + [HN_CLOSE],
        "applies_to": {
            "default": "河南省",
            "specific": {
                "一、": "郑州市（圃田场站）",
                "三、": "开封市（开封片区）、洛阳市（洛阳片区）",
                "四、": "郑州市（圃田场站）",
            },
            "note": "中欧班列（郑州）in 二、五、六、 is the provincial platform's name; 郑州 there is tolerable, low either way. 郑州海关 / 中国铁路郑州局集团 / 郑州市政府 as 牵头/配合 units are organs, not places. The 会议认为 paragraph names 郑州、开封、洛阳三个片区: province-wide (河南省) or those three cities both fine.",
        },
        "_note": "Furniture, not clauses: red 版头 河南省人民政府专题会议纪要 (it is the series name, not the title and not the issuer string); the number line 〔2024〕12号 (→ doc_number; 河南省人民政府专题会议纪要〔2024〕12号 also fine); the line 河南省人民政府办公厅<tab>2024年4月3日 above the red rule (→ date = 2024-04-03; 办公厅 is the office that compiles/prints; issuer 河南省人民政府 or 河南省人民政府办公厅 both tolerable, the 版头 string with 专题会议纪要 is not); the title in one paragraph with a soft line break after 建设和 (must be joined with no stray space); 出席：/列席： lists (meta, not policy; as clauses tolerable, low — but they must not be glued to 六、 or to the closing paragraph, and the names must not become places); 版记 分送/抄送 + 河南省人民政府办公厅 2024年4月3日印发; footer page numbers “— N —” right on odd, left on even pages. A 纪要 has no 主送, no 落款 and no 附件. The six 议定事项 一、…六、 are run-in 黑体 headings: heading + text = ONE clause each; each names its 牵头 unit and 时限 — splitting 牵头 sentences off or cutting at 。 inside an item is HIGH (an analyst asks ‘who leads 三、 and by when’). date: 2024-04-03 (printed on the header line; also the 印发 date). 2024-03-28 is the MEETING date, not the 成文日期 (taking it is medium). 2024-04-30 / 2024-05底 / 2024-06底 / 2024-09底 / 2025-12底 are deadlines — none of them is effective/expires. No effective/expires (a 纪要 records decisions; effective = 2024-04-03 tolerable, low). doc_type 纪要 (会议纪要 fine).",
        "_pdf": {"note": "same expected metadata and clauses as the .docx; the header line becomes 河南省人民政府办公厅 … 2024年4月3日 on one text line; page numbers — 1 — (right) and — 2 — (left) are furniture."},
    }
    sc_clauses = list(SC_COVER) + [SC_INTRO]
    for kind, h, b in SC_OUT:
        if b:
            sc_clauses.append(h + b)
    sc = {
        "meta": {
            "title": SC_TITLE,
            "doc_number": SC_NUM,
            "issuer": ["四川省商务厅"],
            "date": "2024-02-26",
            "published": "2024-02-27",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [SC_YD],
            "doc_type": "通知",
            "recipients": SC_TO,
            "publicity": "此件主动公开",
        },
        "clauses": sc_clauses,
        "applies_to": {
            "default": "四川省",
            "specific": {
                "一、（二）1.": "成都市（成都国际铁路港）",
                "一、（二）2.": "泸州市、宜宾市",
                "二、（二）1.": "成都市（中国（四川）自由贸易试验区成都天府新区片区）",
                "二、（二）2.": "成都市青白江区（成都青白江铁路港片区）",
                "二、（二）3.": "泸州市（川南临港片区）",
                "二、（三）": "德阳市、绵阳市、宜宾市（协同改革先行区）",
            },
            "note": "老挝、越南、哈萨克斯坦 (一、（一）2.) and 共建“一带一路”国家 do not place a clause abroad; 重庆市商务委员会 (一、（二）1.) is a partner organ — placing that item in 重庆 is wrong (medium). 北部湾港 is a partner port, not a place the item applies to. 各市（州） is province-wide.",
        },
        "_note": "One file, one 公文: the 印发 cover notice + its 附件 (the 工作要点 itself). Treating the 要点 as a second document (title 2024年全省商务工作要点, issuer 四川省商务厅, date 2024-02-26) is equally fine; either way its clauses must be there. Furniture: red 版头 四川省商务厅文件; 文号 line + red rule; title typed as ONE paragraph with a soft break after 四川省商务厅 (join without space); 主送 line (2 recipients); 附件说明 附件：2024年全省商务工作要点; 落款 四川省商务厅 / 2024年2月26日; （此件主动公开）; the label 附件 and the 要点's title paragraph; 版记 抄送 + 四川省商务厅办公室 2024年2月27日印发; centred footer “- N -”. Outline: 一、…四、 are 黑体 heading paragraphs with no text (headings, not clauses; as heading-only clauses tolerable, low); （一）拓展经贸合作网络 / （二）提升开放通道能级 / 二、（二）推动片区差异化发展 are 楷体 heading-only paragraphs (no 。) over numbered items; the other （一）（二）（三） are run-in (heading。text in one paragraph) = one clause. 1. 2. items: under 一、 they have a bold run-in sub-heading (1.深化与共建国家贸易往来。…); under 二、（二） they are bare numbers (1.成都天府新区片区…). NUMBERING RESTARTS under each （）: there are three different ‘1.’ items — the reader's label/path must tell 一、（一）1. from 一、（二）1. and 二、（二）1. (a path that loses the （一）/（二） parent, so two clauses both read as ‘一、 > 1.’, is medium). The 总体要求 paragraph is a clause (it carries the 3% / 6% targets). date = 2024-02-26 (落款); 2024-02-27 is the 印发 date; 2024-07-10 / 2025-01-10 are reporting deadlines. A 工作要点 has no effective/expires (2024 is its year; effective 2024-02-26 or expires 2024-12-31 tolerable, low).",
        "_pdf": {"note": "same expected metadata and clauses; the cover notice is page 1, the 附件 starts on page 2; footer “- N -” centred is furniture."},
    }
    hb_clauses = list(HB_P)
    for lab, txt in HB_ARTS:
        if txt is None:
            continue
        hb_clauses.append((lab + "　" + txt) if lab else txt)
    hb = {
        "meta": {
            "title": HB_TITLE,
            "doc_number": HB_NUM,
            "issuer": ["湖北省发展和改革委员会"],
            "date": "2024-07-05",
            "published": None,
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": HB_ATTS,
            "doc_type": "函",
            "recipients": HB_TO,
            "publicity": "此件依申请公开",
            "comment_deadline": "2024-07-19",
        },
        "clauses": hb_clauses,
        "applies_to": {
            "default": "湖北省",
            "specific": {
                "附件1 第八条": "武汉市、襄阳市、宜昌市（中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区）",
                "附件1 第九条": "武汉市、襄阳市、宜昌市",
            },
            "note": "共建“一带一路”国家 (第二条) does not place a clause abroad. 神农架林区 in 主送 and in 第三条/第五条 (各市、州、直管市、神农架林区发展改革委) names the whole set of 市州 — province-wide; placing 第三条 or 第五条 in 神农架林区 alone is wrong (medium).",
        },
        "_note": "A 征求意见函 (函 format): red 版头 湖北省发展和改革委员会 (no 文件) over a red thick-thin double rule, 文号 鄂发改外资函〔2024〕37号 right-aligned UNDER the rule; title in one paragraph with a soft break (join without space); 主送 (2 recipients); three body paragraphs (the contact line is a clause or furniture, both fine); 附件说明 on two paragraphs (附件：1．… / 2．意见反馈表 → 2 attachment titles without 1．/2．); 落款 湖北省发展和改革委员会 2024年7月5日; （此件依申请公开）; 版记 at the very end (抄送 + 印发). 附件1 is the draft 办法: title 湖北省共建“一带一路”重点项目库管理办法 + a separate 楷体 line （征求意见稿）; 第一章…第五章 are chapter headings (headings, not clauses; the articles' path should carry them); 第一条…第十四条 are run-in 黑体 article numbers followed by a full-width space; 第四条's （一）（二）（三） are separate paragraphs (as separate clauses or merged into 第四条 both fine, low). Treating the draft 办法 as a second document (title …管理办法（征求意见稿）, issuer 湖北省发展和改革委员会, draft) is fine. THE KEY TRAP: the draft says 本办法自印发之日起施行，有效期5年 — the 函 itself has no effective/expires, and the draft is not in force; reporting effective = 2024-07-05 and expires = 2029-07-05 for the 函 (or for the draft without marking it 征求意见稿) is medium. 2024-07-19 is the comment deadline (not expires). 附件2 意见反馈表: an EMPTY form (header row 序号/条款/修改意见/理由 + 6 blank rows) and the line 单位名称（盖章）：…联系人：…联系电话：… and 注：表格不够可另附页。 — none of it is policy; blank rows or header-only rows emitted as clauses are low/medium noise.",
        "_pdf": {"note": "same expected metadata and clauses; the 文号 sits right-aligned under the double rule; 附件1 starts page 2, 附件2 on its own page with an empty grid (empty cells produce no text); page numbers “— N —” alternate right/left."},
    }
    fj_clauses = []
    for t, ps in FJ_ITEMS:
        fj_clauses.extend(ps)
    fj_clauses += [row_clause(FJ_TABLE_HEAD, r) for r in FJ_TABLE]
    fj = {
        "meta": {
            "title": FJ_HEAD,
            "doc_number": FJ_ISSUE,
            "issuer": [FJ_ORGAN],
            "date": "2024-06-14",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "简报",
            "recipients": [],
            "publicity": None,
            "issue": "2024年第6期（总第93期）",
            "contents_本期要目": [t for t, _ in FJ_ITEMS],
            "distribution": [FJ_BAO, FJ_SONG, FJ_FA],
        },
        "clauses": fj_clauses,
        "item_headings": {t: ps[0][:20] + "…" for t, ps in FJ_ITEMS},
        "applies_to": {
            "default": "福建省",
            "specific": {
                "item 1 (厦门片区…) all 3 paragraphs": "厦门市（中国（福建）自由贸易试验区厦门片区）",
                "item 2 (福州片区…) both paragraphs": "福州市（福州片区；马尾区）",
                "item 3 (平潭片区…) both paragraphs": "平潭综合实验区（福州市，平潭片区）",
                "附表 row 福州片区": "福州市",
                "附表 row 厦门片区": "厦门市",
                "附表 row 平潭片区": "平潭综合实验区",
            },
            "note": "台湾 (item 3) is the trading partner, not the place the item applies to — placing item 3 in 台湾 is wrong (medium). 共建“一带一路”国家 / 全球31个国家和地区 do not place a clause abroad. The 合计 row is province-wide. Item 1's 3rd paragraph and item 2's 2nd paragraph and item 3's 2nd paragraph name their 片区 only through the item title (and 平潭/马尾区 in the text): an item's place must carry to all its paragraphs.",
        },
        "_note": "A 简报, no 文号/主送/落款: red 版头 福建自贸试验区工作简报 (= the title; the issue 2024年第6期（总第93期） on the next line → doc_number/issue; title+issue together is also fine); line 中国（福建）自由贸易试验区工作领导小组办公室<tab>2024年6月14日 above a red rule → issuer and date; 本期要目 box (the word 本期要目 + three ◆ lines repeating the item titles — a table of contents: furniture; as clauses it is medium noise because each title then appears twice and the ◆ lines look like items). Each of the three items has its own centred 黑体 title paragraph (no 。, no number) followed by 2–3 body paragraphs: the titles are headings — each body paragraph's path/heading should be its item title (a path that shows no item, or puts item 2's paragraphs under item 1's title, is medium: an analyst citing ‘福州片区跨境数据试点’ needs the item). Title paragraphs as heading-only clauses tolerable (low); glued to the first paragraph of the item is medium. Item 3's title contains ‘1—5月’ and ‘28.6%’ — it must not be read as a numbered item ‘1’ or split. 附表 title line (附表：2024年1—5月…主要指标) is a table title; the 4 rows (3 片区 + 合计) are clauses; the source line （数据来源：…） is a note (clause or furniture, low). 版记: 报：/送：/发： lines between rules + 责任编辑…（共印80份） — furniture (报/送/发 are distribution, not recipients; as clauses medium). No page numbers. date = 2024-06-14; 5月28日 / 7月 are event dates (no year printed; no effective/expires).",
        "_pdf": {"note": "same expected metadata and clauses; the 本期要目 box prints as bordered lines; the 附表 is a ruled grid; no page numbers."},
    }
    return {
        "blind167_henan_jiyao": [hn],
        "blind167_sichuan_yaodian": [sc],
        "blind167_hubei_zhengqiu": [hb],
        "blind167_fujian_jianbao": [fj],
    }


def main():
    outs = [build_henan(), build_sichuan(), build_hubei(), build_fujian()]
    for f in outs:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(o) for o in outs])


if __name__ == "__main__":
    main()
