# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 486: 自贸试验区条例实施情况报告 + 人大常委会审议意见."""
import json
import os
import subprocess

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


# ---------------------------------------------------------------- helpers
def set_run_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    normal.font.name = "Times New Roman"
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), FS)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14, ascii_font="宋体")


def para(doc, align=None, first_indent=True, line=28):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    return p


def blank(doc, n=1):
    for _ in range(n):
        para(doc, first_indent=False)


def frag(text, n=7):
    """Cut a string into uneven pieces, the way Word's rsid runs do."""
    out, i, step = [], 0, n
    while i < len(text):
        out.append(text[i:i + step])
        i += step
        step = 3 + (step * 5) % 11
    return out


def red_rule(doc, color="FF0000", size=12):
    p = para(doc, first_indent=False, line=8)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)
    return p


def set_cell_text(cell, text, east=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(22)
    r = p.add_run(text)
    set_run_font(r, east, size, bold=bold)


class Body:
    """Writes paragraphs into a docx and keeps the answer-key clause list."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def p(self, text, runin=None, runin_font=KT, runin_bold=True, manual_spaces=False,
          soft_break_at=None, fragment=False, key=True):
        doc = self.doc
        p = para(doc, first_indent=not manual_spaces)
        if manual_spaces:
            r = p.add_run("\u3000\u3000")
            set_run_font(r, FS)
        if runin:
            r = p.add_run(runin)
            set_run_font(r, runin_font, bold=runin_bold)
        if soft_break_at is not None:
            a, b = text[:soft_break_at], text[soft_break_at:]
            r = p.add_run(a)
            set_run_font(r, FS)
            r.add_break()
            r = p.add_run(b)
            set_run_font(r, FS)
        elif fragment:
            for piece in frag(text):
                r = p.add_run(piece)
                set_run_font(r, FS)
        else:
            r = p.add_run(text)
            set_run_font(r, FS)
        if key:
            self.clauses.append((runin or "") + text)
        return p

    def heading(self, text, font=HT, style=None, indent=True):
        p = para(self.doc, first_indent=indent)
        if style is not None:
            p.style = self.doc.styles[style]
            p.paragraph_format.first_line_indent = Pt(32)
            p.paragraph_format.space_before = Pt(0)
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(28)
        r = p.add_run(text)
        set_run_font(r, font)
        return p

    def table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            set_cell_text(t.rows[0].cells[j], h, east=HT, size=14)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                set_cell_text(t.rows[i + 1].cells[j], v,
                              align=WD_ALIGN_PARAGRAPH.LEFT if (j == 0 or len(v) > 12) else WD_ALIGN_PARAGRAPH.CENTER)
            self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        if widths:
            t.autofit = False
            grid = t._tbl.tblGrid
            for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
            layout = OxmlElement("w:tblLayout")
            layout.set(qn("w:type"), "fixed")
            t._tbl.tblPr.append(layout)
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t


def title_block(doc, lines, size=22, soft=True):
    """Title typed with soft line breaks inside one paragraph (soft=True) or as separate paragraphs."""
    if soft:
        p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
        for k, ln in enumerate(lines):
            r = p.add_run(ln)
            set_run_font(r, XBS, size)
            if k < len(lines) - 1:
                r.add_break()
    else:
        for ln in lines:
            p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
            r = p.add_run(ln)
            set_run_font(r, XBS, size)


# ------------------------------------------------------------ numbering
def add_chinese_numbering(doc, num_id=90):
    """Word automatic numbering 一、二、三、 (chineseCounting, no tab after)."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    abstract.append(mlt)
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), HT)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


CN_NUM = "一二三四五六七八九十"


def numbered_item(body, num_id, k, runin, text):
    p = para(body.doc, first_indent=False)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(runin)
    set_run_font(r, HT)
    r = p.add_run(text)
    set_run_font(r, FS)
    body.clauses.append(CN_NUM[k - 1] + "、" + runin + text)


# ================================================================ doc 1
def make_henan_baogao():
    doc = new_document()
    body = Body(doc)
    title_block(doc, ["关于《中国（河南）自由贸易试验区条例》", "实施情况的报告"])
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    r = p.add_run("——2026年3月26日在河南省第十四届人民代表大会")
    set_run_font(r, KT)
    r.add_break()
    r = p.add_run("常务委员会第二十二次会议上")
    set_run_font(r, KT)
    blank(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    r = p.add_run("河南省人民政府副省长\u3000\u3000郑远航")
    set_run_font(r, KT)
    blank(doc)
    p = para(doc, first_indent=False)
    r = p.add_run("主任、各位副主任、秘书长、各位委员：")
    set_run_font(r, FS)

    body.p("受省人民政府委托，现将《中国（河南）自由贸易试验区条例》（以下简称《条例》）实施情况报告如下，请予审议。")
    body.heading("一、《条例》实施的主要工作和成效")
    body.p("《条例》于2021年12月28日经省十三届人大常委会第二十八次会议审议通过，自2022年3月1日起施行。"
           "四年来，省政府坚持以制度创新为核心，以可复制可推广为基本要求，把贯彻实施《条例》作为推进高水平对外开放的重要抓手，"
           "推动河南自贸试验区建设取得明显成效。2025年，河南自贸试验区新设立企业2.86万户，同比增长7.5%；"
           "实际使用外资4.12亿美元，占全省的21.3%；进出口总额1386.5亿元，同比增长9.8%，"
           "以不到全省千分之一的面积贡献了全省15.6%的进出口额。", manual_spaces=True)
    body.p("省政府成立由省长任组长的河南自贸试验区建设领导小组，领导小组办公室设在省商务厅，统筹推进《条例》实施。"
           "郑州、开封、洛阳3个片区全部设立管理委员会，依照《条例》第十条规定承接省级经济社会管理权限455项，"
           "片区“一枚印章管审批”改革全面推开。围绕《条例》确定的重点任务，先后出台《关于进一步提升河南自贸试验区建设水平的若干措施》等配套文件23件，"
           "清理与《条例》不一致的省级规范性文件11件，形成了以《条例》为统领、配套制度为支撑的制度框架。",
           runin="（一）健全管理体制，推动《条例》规定落地落实。")
    body.p("全面落实外商投资准入前国民待遇加负面清单管理制度，负面清单以外领域按照内外资一致原则管理，"
           "2025年片区新设外商投资企业236家，同比增长12.4%。深化“证照分离”改革全覆盖，推行“多证集成、一照通行”，"
           "企业开办时间压缩至0.5个工作日。国际贸易“单一窗口”主要业务应用率达到100%，进口、出口整体通关时间分别压缩至31.6小时和0.9小时，"
           "较《条例》实施前分别压缩46.2%和71.9%。",
           runin="（二）深化投资贸易便利化改革，营商环境持续优化。", fragment=True)
    body.p("“空中丝绸之路”持续拓展，郑州—卢森堡“双枢纽”航线网络覆盖全球30余个国家和地区，2025年郑州机场货邮吞吐量达到84.6万吨。"
           "“陆上丝绸之路”提质增效，中欧班列（中豫号）全年开行3902列，同比增长9.0%，境外目的站点覆盖40个国家140多个城市。"
           "“网上丝绸之路”创新发展，跨境电商“1210”网购保税进口模式持续迭代，全省跨境电商进出口交易额达到2781亿元，"
           "郑州经开综合保税区、郑州新郑综合保税区跨境电商业务量居全国前列。"
           "“海上丝绸之路”有效衔接，铁海联运班列开行1263列，多式联运“一单制”服务模式实现常态化运行。",
           runin="（三）推进“四路协同”，开放通道优势不断巩固。")
    body.p("落实《条例》关于金融创新的规定，推动片区内银行机构开展跨境人民币结算便利化、本外币合一银行结算账户体系试点等业务，"
           "2025年片区跨境人民币结算量达到1146亿元。郑州商品交易所新上市期货和期权品种6个，引入境外交易者参与的特定品种增至5个。"
           "设立河南自贸试验区发展基金，规模50亿元，已投资项目37个。",
           runin="（四）强化金融开放创新，服务实体经济能力增强。")
    body.p("郑州、开封、洛阳片区均设立了自贸区法庭或者巡回审判点，郑州国际商事仲裁院受理涉外商事案件同比增长18.3%。"
           "建立制度创新容错纠错机制，对符合《条例》第五十八条规定情形的予以免责。截至2025年底，河南自贸试验区累计形成制度创新成果615项，"
           "其中“跨境电商零售进口退货中心仓模式”等16项在全国复制推广，“多式联运‘一单制’”等128项在全省复制推广。",
           runin="（五）加强法治保障，制度创新成果加快复制推广。")
    body.p("2023年至2025年河南自贸试验区主要指标情况如下：")
    body.table(["指标", "2023年", "2024年", "2025年"], [
        ["新设立企业（万户）", "2.51", "2.66", "2.86"],
        ["实际使用外资（亿美元）", "3.58", "3.77", "4.12"],
        ["进出口总额（亿元）", "1152.3", "1262.7", "1386.5"],
        ["中欧班列（中豫号）开行量（列）", "3265", "3581", "3902"],
        ["累计制度创新成果（项）", "508", "562", "615"],
    ], widths=[6.4, 3.0, 3.0, 3.0])
    blank(doc)
    body.heading("二、存在的主要问题")
    body.p("在肯定成绩的同时，我们也清醒地认识到，《条例》实施中还存在一些问题和不足，主要是：", manual_spaces=True)
    body.p("一是制度创新系统集成不够。部分改革举措碎片化，首创性、差异化的制度创新成果偏少，"
           "对标高标准国际经贸规则开展压力测试的力度还不够大。", manual_spaces=True)
    body.p("二是《条例》部分规定落实不到位。《条例》规定的赋权事项中，有的因片区承接能力不足存在“接不住、用不好”的问题，"
           "部分配套制度出台滞后。", manual_spaces=True)
    body.p("三是开放平台协同联动不足。自贸试验区与郑州航空港经济综合实验区、综合保税区、跨境电子商务综合试验区等开放平台之间"
           "政策叠加效应发挥不够充分。", manual_spaces=True)
    body.p("四是产业支撑能力有待增强。片区外向型产业集聚度不高，外资企业数量偏少、规模偏小，"
           "实际使用外资规模与沿海先进地区相比仍有较大差距。", manual_spaces=True)
    blank(doc)
    body.heading("三、下一步工作打算")
    body.p("下一步，省政府将认真贯彻落实本次会议审议意见，以更大力度推动《条例》全面有效实施，重点抓好以下工作：")
    body.p("对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准国际经贸规则，"
           "在货物贸易、服务贸易、数字贸易等领域开展首创性、集成化探索，力争每年形成省级以上制度创新成果50项以上。",
           runin="（一）深入实施自贸试验区提升战略。")
    body.heading("（二）高水平推进对外开放", font=KT)
    body.p("1.稳步扩大制度型开放。全面落实外商投资准入前国民待遇加负面清单管理制度，推动电信、医疗等领域扩大开放试点在片区落地。")
    body.p("2.做强“四路协同”开放通道。推动中欧班列（中豫号）扩量提质，加快建设郑州国际陆港，支持跨境电商企业布局海外仓，"
           "培育“丝路电商”合作新增长点。")
    body.p("3.加强开放平台联动。推动自贸试验区与综合保税区、跨境电子商务综合试验区政策叠加、优势互补，探索建立联动创新区工作机制。")
    body.p("开展《条例》实施情况专项评估，动态调整赋权事项清单，对片区承接效果不好的事项及时调整。"
           "加快出台数据跨境流动、知识产权保护等配套制度，适时提请省人大常委会对《条例》进行修改完善。",
           runin="（三）推动《条例》规定全面落地。")
    body.p("深化“放管服”改革，完善涉外商事纠纷多元化解机制，加大外商投资权益保护力度，"
           "打造市场化、法治化、国际化一流营商环境。",
           runin="（四）营造一流营商环境。")
    blank(doc)
    body.p("以上报告，请予审议。")

    meta = {
        "title": "关于《中国（河南）自由贸易试验区条例》实施情况的报告",
        "doc_number": None,
        "issuer": ["河南省人民政府"],
        "date": "2026-03-26",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": ["河南省人民代表大会常务委员会"],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": body.clauses}]


# ================================================================ doc 2
SHENYI_TITLE = "河南省人大常委会关于《中国（河南）自由贸易试验区条例》实施情况报告的审议意见"


def make_henan_shenyiyijian():
    doc = new_document()
    num_id = add_chinese_numbering(doc)
    # ---- 版头 (red header)
    blank(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=48)
    r = p.add_run("河南省人民代表大会常务委员会办公厅")
    set_run_font(r, XBS, 24, color=RED)
    red_rule(doc, size=24)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    r = p.add_run("豫人常办函〔2026〕18号")
    set_run_font(r, FS)
    blank(doc)
    title_block(doc, ["关于印送《河南省人大常委会关于", "〈中国（河南）自由贸易试验区条例〉", "实施情况报告的审议意见》的函"])
    blank(doc)
    p = para(doc, first_indent=False)
    r = p.add_run("河南省人民政府：")
    set_run_font(r, FS)

    b1 = Body(doc)
    b1.p("2026年3月26日，河南省第十四届人民代表大会常务委员会第二十二次会议听取和审议了省人民政府关于"
         "《中国（河南）自由贸易试验区条例》实施情况的报告。常委会组成人员在审议中提出了意见和建议，"
         "经省十四届人大常委会第三十六次主任会议研究，形成了《河南省人大常委会关于〈中国（河南）自由贸易试验区条例〉"
         "实施情况报告的审议意见》，现印送给你们，请认真研究处理。")
    b1.p("根据《中华人民共和国各级人民代表大会常务委员会监督法》和《河南省各级人民代表大会常务委员会监督条例》有关规定，"
         "请于2026年7月31日前将研究处理情况书面报告省人大常委会，同时抄送省人大财政经济委员会。"
         "研究处理情况报告将提请省人大常委会会议审议。")
    b1.p("联系人：刘晓东\u3000\u3000电话：0371-65902316")
    blank(doc)
    # 附件 list line, with hanging indent typed by spaces
    p = para(doc)
    r = p.add_run("附件：河南省人大常委会关于《中国（河南）自由贸易")
    set_run_font(r, FS)
    r.add_break()
    r = p.add_run("\u3000\u3000\u3000\u3000\u3000试验区条例》实施情况报告的审议意见")
    set_run_font(r, FS)
    blank(doc, 3)
    # 落款 typed with manual spaces
    p = para(doc, first_indent=False)
    r = p.add_run("\u3000" * 8 + "河南省人民代表大会常务委员会办公厅")
    set_run_font(r, FS)
    p = para(doc, first_indent=False)
    r = p.add_run("\u3000" * 16 + "2026年4月8日")
    set_run_font(r, FS)

    meta1 = {
        "title": "关于印送《河南省人大常委会关于〈中国（河南）自由贸易试验区条例〉实施情况报告的审议意见》的函",
        "doc_number": "豫人常办函〔2026〕18号",
        "issuer": ["河南省人民代表大会常务委员会办公厅"],
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [SHENYI_TITLE],
        "doc_type": "函",
        "recipients": ["河南省人民政府"],
        "publicity": None,
        "repeals": None,
    }

    # ---- 附件：审议意见
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = para(doc, first_indent=False)
    r = p.add_run("附件")
    set_run_font(r, HT)
    blank(doc)
    title_block(doc, ["河南省人大常委会关于《中国（河南）", "自由贸易试验区条例》实施情况报告的", "审议意见"])
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    r = p.add_run("（2026年3月31日省十四届人大常委会第三十六次主任会议通过）")
    set_run_font(r, KT)
    blank(doc)
    b2 = Body(doc)
    b2.p("2026年3月26日，省十四届人大常委会第二十二次会议听取和审议了省人民政府副省长郑远航受省人民政府委托所作的"
         "关于《中国（河南）自由贸易试验区条例》实施情况的报告。常委会组成人员认为，《条例》施行以来，省人民政府及有关部门"
         "认真贯彻实施《条例》，推动河南自贸试验区在管理体制、投资贸易便利化、“四路协同”开放通道建设、金融开放创新等方面"
         "取得积极成效，为全省高水平对外开放提供了有力支撑。同时，常委会组成人员也指出，《条例》实施中还存在制度创新系统集成不够、"
         "部分规定落实不到位、开放平台协同联动不足等问题。为进一步推动《条例》全面有效实施，提出如下审议意见：", fragment=True)
    numbered_item(b2, num_id, 1, "进一步提高思想认识。",
                  "要从服务构建新发展格局的高度，充分认识实施自贸试验区提升战略的重要意义，把贯彻实施《条例》摆在更加突出的位置，"
                  "压实片区管委会主体责任和省直有关部门指导服务责任，形成上下联动、部门协同的工作合力。")
    numbered_item(b2, num_id, 2, "着力提升制度创新能级。",
                  "要坚持以制度创新为核心，加强改革举措的系统集成和协同配套，聚焦企业全生命周期和产业链供应链关键环节，"
                  "推出更多首创性、差异化改革成果。要加强制度创新成果的评估和复制推广，及时将成熟的经验做法上升为地方性法规或者政府规章。")
    numbered_item(b2, num_id, 3, "全面落实《条例》各项规定。",
                  "要对照《条例》逐条梳理落实情况，对尚未出台的配套制度明确时间表、路线图。对下放片区的管理权限开展评估，"
                  "坚持“放得下、接得住、管得好”，对承接条件不成熟的事项及时调整。")
    numbered_item(b2, num_id, 4, "加快推进开放通道和平台建设。",
                  "要坚持“四路协同”，进一步放大开放通道优势。")
    b2.p("（一）推动中欧班列（中豫号）高质量发展，提高回程班列比例，加强与共建“一带一路”国家和地区的物流合作。")
    b2.p("（二）支持跨境电商新业态新模式发展，完善跨境电子商务综合试验区与综合保税区联动机制，推动海外仓建设。")
    b2.p("（三）发挥郑州航空港经济综合实验区和综合保税区功能优势，推动与自贸试验区政策叠加、联动发展。")
    numbered_item(b2, num_id, 5, "持续优化法治化营商环境。",
                  "要加强外商投资权益保护，落实外商投资信息报告制度，健全涉外商事纠纷诉讼、仲裁、调解一站式解决机制。"
                  "要加强自贸试验区法治宣传，提高《条例》知晓度和社会影响力。")
    numbered_item(b2, num_id, 6, "强化监督检查和评估。",
                  "要建立《条例》实施情况定期评估机制，将《条例》贯彻落实情况纳入有关部门和片区年度考核内容。"
                  "省人大常委会将适时开展跟踪监督。")
    b2.p("省人民政府要认真研究处理上述审议意见，并于2026年7月31日前将研究处理情况报告省人大常委会。")
    blank(doc, 2)

    # ---- 版记 at the very end (after the attachment), as a two-row table
    t = doc.add_table(rows=2, cols=1)
    tbl = t._tbl
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4")):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)
    c = t.rows[0].cells[0]
    set_cell_text(c, "抄送：省人大常委会各位副主任、秘书长，省人大财政经济委员会，省商务厅，省司法厅。",
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    c = t.rows[1].cells[0]
    set_cell_text(c, "河南省人大常委会办公厅" + "\u3000" * 7 + "2026年4月8日印发", align=WD_ALIGN_PARAGRAPH.LEFT)

    meta2 = {
        "title": SHENYI_TITLE,
        "doc_number": None,
        "issuer": ["河南省人民代表大会常务委员会"],
        "date": "2026-03-31",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "审议意见",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta1, "clauses": b1.clauses}, {"meta": meta2, "clauses": b2.clauses}]


# ================================================================ doc 3
GX_ATT = "《中国（广西）自由贸易试验区条例》配套制度清单"


def make_guangxi_baogao():
    doc = new_document()
    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(16)
    h1.font.bold = False
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.font.name = HT
    rpr = h1.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), HT)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]

    body = Body(doc)
    # title typed as two separate paragraphs
    title_block(doc, ["关于《中国（广西）自由贸易试验区条例》", "实施情况的报告"], soft=False)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    r = p.add_run("——2026年5月27日在广西壮族自治区第十四届人民代表大会常务委员会第二十四次会议上")
    set_run_font(r, KT, 15)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    r = p.add_run("广西壮族自治区人民政府副主席\u3000韦志明")
    set_run_font(r, KT)
    blank(doc)
    p = para(doc, first_indent=False)
    r = p.add_run("主任、各位副主任、秘书长、各位委员：")
    set_run_font(r, FS)
    body.p("我受自治区人民政府委托，现将《中国（广西）自由贸易试验区条例》（以下简称《条例》）实施情况报告如下。")
    body.heading("一、基本情况", style="Heading 1")
    body.p("《条例》于2022年11月25日经自治区十三届人大常委会第三十四次会议通过，自2023年1月1日起施行。"
           "《条例》共9章61条，对管理体制、投资开放、贸易便利、金融服务、面向东盟开放合作、营商环境等作出了规定。"
           "三年多来，自治区人民政府及有关部门、南宁片区、钦州港片区、崇左片区认真贯彻实施《条例》，广西自贸试验区建设取得了新进展。",
           fragment=True)
    body.p("截至2025年底，广西自贸试验区累计新设立企业10.3万家，其中外商投资企业612家；2025年，实现进出口总额2968.4亿元，"
           "同比增长11.2%，占全区进出口总额的38.9%；实际使用外资5.26亿美元，同比增长6.7%。")
    body.heading("二、主要工作", style="Heading 1")
    body.heading("（一）坚持高位推动，健全实施机制。", font=KT)
    body.p("自治区成立自贸试验区工作领导小组，印发《中国（广西）自由贸易试验区条例实施方案》，将《条例》确定的76项任务分解到"
           "32个自治区部门和3个片区。落实《条例》关于赋权的规定，分三批向片区下放自治区级行政权力事项163项，"
           "片区“一站式”审批服务实现全覆盖。")
    body.heading("（二）深化面向东盟的开放合作。", font=KT)
    t = ("发挥《条例》“面向东盟开放合作”专章的制度保障作用，推动中国—东盟经贸合作走深走实。"
         "2025年，广西自贸试验区对东盟进出口额达到1592.7亿元，同比增长14.6%，占片区进出口总额的53.7%。"
         "推动《区域全面经济伙伴关系协定》（RCEP）规则落地，原产地证书“智能审核”“自助打印”全覆盖。")
    body.p(t, soft_break_at=t.index("2025年，广西"))
    body.p("创新边境贸易发展模式，崇左片区凭祥综合保税区“边民互市贸易+落地加工”模式入选自贸试验区最佳实践案例，"
           "2025年边民互市进口商品落地加工率达到62.5%。")
    body.heading("（三）推进西部陆海新通道建设。", font=KT)
    body.p("依托西部陆海新通道，推动北部湾港与中欧班列、中越跨境班列联动发展。2025年，北部湾港集装箱吞吐量达到1065万标准箱，"
           "海铁联运班列开行1.18万列，同比增长8.3%；中越跨境班列开行2136列。中国（南宁）跨境电子商务综合试验区跨境电商进出口额同比增长23.7%。")
    body.heading("（四）推动跨境金融创新。", font=KT)
    body.p("落实《条例》关于跨境金融的规定，深化面向东盟的金融开放门户建设，开展人民币与东盟国家货币直接交易，"
           "2025年片区跨境人民币结算量达到2350亿元。推动中国—东盟跨境征信服务、跨境保险等创新业务落地。")
    body.heading("三、存在的问题", style="Heading 1")
    body.p("一是对标高标准国际经贸规则开展改革探索不够深入，首创性制度创新成果偏少；二是片区之间发展不平衡，崇左片区产业基础较为薄弱，"
           "承接下放权限的能力不足；三是《条例》规定的部分配套制度尚未出台，跨境数据流动、离岸贸易等领域改革探索有待破题。")
    body.heading("四、下一步工作", style="Heading 1")
    body.p("下一步，自治区人民政府将采取以下措施：")
    body.p("1．深化首创性探索。围绕面向东盟开放合作，在跨境贸易、跨境物流、跨境金融等领域推出一批首创性改革举措。")
    body.p("2．推动片区协调发展。支持崇左片区加强产业培育，推动南宁、钦州港、崇左片区与综合保税区、边境经济合作区联动发展。")
    body.p("3．加快配套制度建设。2026年底前出台《条例》规定的全部配套制度，适时提请自治区人大常委会修改《条例》。")
    body.p("4．服务共建“一带一路”。高水平共建西部陆海新通道，扩大中越跨境班列开行规模，打造面向东盟的跨境产业链供应链。")
    blank(doc)
    body.p("以上报告，请予审议。")
    blank(doc)
    p = para(doc)
    r = p.add_run("附件：" + GX_ATT)
    set_run_font(r, FS)

    # attachment on new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = para(doc, first_indent=False)
    r = p.add_run("附件")
    set_run_font(r, HT)
    blank(doc)
    title_block(doc, ["《中国（广西）自由贸易试验区条例》", "配套制度清单"], size=20)
    blank(doc)
    body.table(["序号", "制度名称", "制定部门", "印发时间"], [
        ["1", "中国（广西）自由贸易试验区条例实施方案", "自治区人民政府办公厅", "2023年3月"],
        ["2", "中国（广西）自由贸易试验区赋权事项管理办法", "自治区商务厅", "2023年6月"],
        ["3", "中国（广西）自由贸易试验区制度创新容错免责办法（试行）", "自治区司法厅", "2023年9月"],
        ["4", "中国（广西）自由贸易试验区边民互市贸易落地加工管理办法", "自治区商务厅、南宁海关", "2024年4月"],
        ["5", "中国（广西）自由贸易试验区跨境金融创新若干措施", "中国人民银行广西壮族自治区分行", "2024年11月"],
        ["6", "中国（广西）自由贸易试验区重点企业外籍人员出入境便利化措施", "自治区公安厅", "2025年7月"],
    ], widths=[1.5, 6.3, 4.6, 3.2])

    meta = {
        "title": "关于《中国（广西）自由贸易试验区条例》实施情况的报告",
        "doc_number": None,
        "issuer": ["广西壮族自治区人民政府"],
        "date": "2026-05-27",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [GX_ATT],
        "doc_type": "报告",
        "recipients": ["广西壮族自治区人民代表大会常务委员会"],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": body.clauses}]


# ================================================================ main
def main():
    builders = {
        "blind486_henan_baogao": make_henan_baogao,
        "blind486_henan_shenyiyijian": make_henan_shenyiyijian,
        "blind486_guangxi_baogao": make_guangxi_baogao,
    }
    expected = {}
    for stem, fn in builders.items():
        doc, docs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_486", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
