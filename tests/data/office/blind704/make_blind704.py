# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 704: a 请示 (南平市人民政府) and its 批复 (福建省人民政府), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space


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
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, parts, align=None, first_indent=None, exact=28, before=0, after=0):
    """parts: list of (text, font, size, bold[, color]); text may contain '\n' = soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, first_indent, exact, before, after)
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        chunks = text.split("\n")
        for i, chunk in enumerate(chunks):
            r = p.add_run(chunk)
            set_font(r, font, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(doc, exact=28):
    p = doc.add_paragraph()
    fmt(p, exact=exact)
    return p


def red_rule(p, double=False):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "thinThickSmallGap" if double else "single")
    b.set(qn("w:sz"), "24" if double else "12")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    pPr.append(bdr)


def black_rule(p, where="bottom", sz="8"):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_number_footer(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), kw.get(edge, "single"))
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tcPr.append(borders)


def data_table(doc, header, rows):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = 1
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        set_cell_border(c)
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=20)
        r = p.add_run(h)
        set_font(r, HT, 11)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            set_cell_border(c)
            p = c.paragraphs[0]
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=20)
            r = p.add_run(v)
            set_font(r, FS, 12)
    # repeat header row
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)
    return t


def add_chinese_numbering(doc):
    """Word auto-numbering 一、二、三、 (chineseCounting, no tab after number). Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "77"
    num_id = "77"
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%s">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0">'
        '<w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%%1、"/>'
        '<w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id, FS, FS, FS)
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml(
        '<w:num %s w:numId="%s"><w:abstractNumId w:val="%s"/></w:num>'
        % (nsdecls("w"), num_id, abs_id)
    )
    numbering.append(num)
    return num_id


def apply_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%s"/></w:numPr>'
        % (nsdecls("w"), num_id)
    )
    # numPr must come early in pPr (after pStyle/keepNext...); put it first
    pPr.insert(0, numPr)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_704", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


def table_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


# ====================================================== document 1: 请示
def make_qingshi():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    clauses = []
    I2 = Pt(32)  # two-character first-line indent

    # 份号 / 紧急程度 (upper left)
    para(doc, [("000012", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("特急", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    # red 版头
    para(doc, [("南平市人民政府文件", XBS, 44, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, exact=60)
    empty(doc)
    # 文号 + 签发人 on one line, aligned with manual spaces (上行文)
    p = para(doc, [(FW + "南政〔2026〕18号" + FW * 8 + "    ", FS, 16, False),
                   ("签发人：", FS, 16, False), ("王志明", KT, 16, False)],
             WD_ALIGN_PARAGRAPH.LEFT)
    red_rule(p)
    empty(doc)
    empty(doc)
    # title over two lines with a soft line break
    para(doc, [("南平市人民政府关于申请设立\n南平综合保税区的请示", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    empty(doc)
    para(doc, [("省人民政府：", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)

    def body(text, manual_indent=False):
        if manual_indent:
            para(doc, [(FW * 2 + text, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            para(doc, [(text, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=I2)
        clauses.append(text)

    def h1(text):
        # heading on its own line, indented by typed full-width spaces, 黑体
        para(doc, [(FW * 2 + text, HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)

    def runin(head, rest, manual_indent=False):
        parts = []
        if manual_indent:
            parts.append((FW * 2, FS, 16, False))
        parts += [(head, KT, 16, True), (rest, FS, 16, False)]
        para(doc, parts, WD_ALIGN_PARAGRAPH.JUSTIFY,
             first_indent=None if manual_indent else I2)
        clauses.append(head + rest)

    body("为深入贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》"
         "（国发〔2022〕8号）精神，主动融入共建“一带一路”和福建21世纪海上丝绸之路核心区建设，"
         "加快构建闽北地区对外开放新平台，我市在深入调研、充分论证的基础上，拟申请设立南平综合保税区。"
         "现将有关情况请示如下：")

    h1("一、基本情况")
    runin("（一）区位条件。",
          "南平市地处闽浙赣三省交界，是福建省面积最大的设区市，辖2区3市5县，总面积2.63万平方公里，"
          "常住人口约264万人。境内合福高铁、衢宁铁路、峰福铁路交汇，宁上、浦南、长深等高速公路纵横贯通，"
          "武夷山机场已开通国内航线21条，经铁路至福州港江阴港区可实现“当日达”，"
          "具备发展保税物流、保税加工的交通区位条件。")
    runin("（二）外向型经济发展情况。",
          "近年来，我市外贸规模持续扩大，2023年至2025年全市外贸进出口总额由158.6亿元增长至193.7亿元，"
          "年均增长10.5%；加工贸易进出口额由23.5亿元增长至31.8亿元，年均增长16.3%。"
          "茶叶、竹木制品、生物医药、电子信息材料等特色产品远销欧盟、东盟、中亚等120多个国家和地区。"
          "近三年主要外经贸指标如下：", manual_indent=True)
    header = ["年份", "进出口总额（亿元）", "出口额（亿元）", "加工贸易进出口额（亿元）", "实际使用外资（亿元）"]
    rows = [
        ["2023年", "158.6", "121.3", "23.5", "6.82"],
        ["2024年", "172.4", "130.9", "27.1", "7.35"],
        ["2025年", "193.7", "146.2", "31.8", "8.06"],
    ]
    data_table(doc, header, rows)
    for r in rows:
        clauses.append(table_clause(header, r))
    runin("（三）拟设区域情况。",
          "拟设立的南平综合保税区位于武夷新区南林组团，规划面积1.18平方公里，四至范围为：东至武夷大道，"
          "西至南林路，南至崇阳溪防洪堤，北至兴田互通连接线。区域用地已纳入《南平市国土空间总体规划"
          "（2021—2035年）》城镇开发边界，已完成土地征收0.96平方公里，不涉及永久基本农田和生态保护红线。")
    runin("（四）前期工作基础。",
          "2023年11月，南平保税物流中心（B型）通过海关总署等部门联合验收并封关运行，"
          "2025年实现进出区货值27.4亿元。我市已依托中欧班列（福州）集结中心常态化开行南平至中亚、"
          "欧洲的“武夷茶”专列，2025年累计开行42列、运送货物3516标箱。市政府已组织编制综合保税区建设方案"
          "和可行性研究报告，区内围网、卡口、查验场地等基础设施已完成规划设计。")

    h1("二、设立的必要性")
    runin("（一）是深度融入共建“一带一路”的需要。",
          "南平是万里茶道的起点，设立综合保税区，有利于整合保税物流中心和中欧班列资源，"
          "打造面向“一带一路”共建国家的特色商品集散和分拨平台，推动武夷岩茶、竹木制品等特色产品扩大出口，"
          "带动进口消费品、原材料在闽北集散。")
    runin("（二）是承接产业转移、培育外向型产业集群的需要。",
          "当前，东部沿海地区加工贸易加快向中西部和山区梯度转移，我市土地、劳动力、生态资源优势明显。"
          "设立综合保税区，可充分发挥保税加工、保税研发、保税维修等政策功能，吸引电子信息材料、生物医药、"
          "高端装备等加工贸易项目落地，形成外向型产业集群。")
    empty(doc)  # stray empty paragraph mid-section
    runin("（三）是降低企业物流成本、优化营商环境的需要。",
          "目前我市企业货物进出口主要在福州、厦门等口岸办理通关手续，平均每标箱物流成本增加约1200元，"
          "通关时间增加1至2天。设立综合保税区，可实现企业在家门口“一站式”通关，"
          "预计每年为企业节约物流成本1.5亿元以上。")
    runin("（四）是推动闽北山区高质量发展的需要。",
          "设立综合保税区，有利于我市发挥绿色发展优势，加快形成“开放平台+特色产业+口岸物流”联动发展格局，"
          "为全省山区加快推进高质量发展提供有力支撑。")

    h1("三、请示事项")
    body("（一）恳请省政府同意我市申请设立南平综合保税区，并以省政府名义向国务院报送设立申请。",
         manual_indent=True)
    body("（二）恳请省政府协调海关总署、财政部、国家税务总局、国家外汇管理局等国家有关部委对南平综合保税区"
         "设立申请给予支持，并督促省直有关部门在专项资金、用地指标、口岸基础设施建设等方面给予倾斜支持。",
         manual_indent=True)
    body("我市将成立由市政府主要领导任组长的南平综合保税区申报建设工作领导小组，按照“先规划、后建设，"
         "先基础、后功能”的要求，落实建设资金和用地保障，严格执行海关监管设施验收标准，"
         "确保获批后两年内通过国家验收并封关运行。")
    body("妥否，请批示。")
    empty(doc)

    atts = [
        "南平综合保税区四至范围及拐点坐标",
        "南平综合保税区建设方案",
        "南平综合保税区设立可行性研究报告",
        "南平市自然资源局关于南平综合保税区用地情况的说明",
    ]
    # 附件 list: one paragraph, soft line breaks, full-width spaces for alignment
    att_text = FW * 2 + "附件：1．" + atts[0]
    for i, a in enumerate(atts[1:], start=2):
        att_text += "\n" + FW * 5 + "%d．" % i + a
    para(doc, [(att_text, FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    empty(doc)
    # 落款 pushed right with typed spaces
    para(doc, [(FW * 14 + "南平市人民政府", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [(FW * 14 + "2026年2月10日", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("（联系人：林晓东，联系电话：0599-8809126）", FS, 16, False)],
         WD_ALIGN_PARAGRAPH.LEFT, first_indent=I2)
    empty(doc)
    empty(doc)
    # 版记
    p = para(doc, [(FW + "抄送：省发展改革委、省商务厅、福州海关。", FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT)
    black_rule(p, "top", "8")
    black_rule(p, "bottom", "4")
    p = para(doc, [(FW + "南平市人民政府办公室" + FW * 7 + "2026年2月10日印发", FS, 14, False)],
             WD_ALIGN_PARAGRAPH.LEFT)
    black_rule(p, "bottom", "8")

    name = "blind704_nanping_qingshi"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    meta = {
        "title": "南平市人民政府关于申请设立南平综合保税区的请示",
        "doc_number": "南政〔2026〕18号",
        "issuer": ["南平市人民政府"],
        "date": "2026-02-10",
        "published": None,
        "level": "municipal",
        "region": "南平市",
        "effective": None,
        "expires": None,
        "attachments": atts,
        "doc_type": "请示",
        "recipients": ["省人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return name, path, [{"meta": meta, "clauses": clauses}]


# ====================================================== document 2: 批复
def make_pifu():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    num_id = add_chinese_numbering(doc)
    clauses = []
    I2 = Pt(32)

    # 信函格式 版头: organ name in red + double red rule, 文号 at upper right
    para(doc, [("福建省人民政府", XBS, 42, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, exact=56, before=12)
    p = empty(doc, exact=12)
    red_rule(p, double=True)
    para(doc, [("闽政函〔2026〕45号", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, [("福建省人民政府关于南平市申请设立\n南平综合保税区的批复", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    empty(doc)
    para(doc, [("南平市人民政府：", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)

    intro = ("你市《关于申请设立南平综合保税区的请示》（南政〔2026〕18号）收悉。经研究，现批复如下：")
    para(doc, [(intro, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=I2)
    clauses.append(intro)

    counter = [0]
    cn = "一二三四五六七八九十"

    def item(text):
        """auto-numbered 一、 item; the number is NOT in the run text."""
        p = para(doc, [(text, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        apply_num(p, num_id)
        counter[0] += 1
        clauses.append(cn[counter[0] - 1] + "、" + text.replace("\n", ""))

    def sub(head, rest):
        para(doc, [(head, KT, 16, True), (rest, FS, 16, False)],
             WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=I2)
        clauses.append(head + rest)

    item("原则同意你市申请设立南平综合保税区。省政府将按程序以省政府名义向国务院报送设立申请，"
         "综合保税区的设立以国务院批复为准。")
    item("南平综合保税区规划面积1.18平方公里，四至范围以国务院批准的范围为准。\n"
         "你市要严格落实国土空间规划管控要求，节约集约利用土地，区内不得建设商业性房地产项目。")
    item("你市要切实履行申报建设主体责任，扎实做好以下工作：")
    sub("（一）加强组织领导。",
        "你市要建立健全综合保税区申报建设工作机制，明确责任分工和时间节点，统筹推进规划编制、"
        "征地拆迁、基础设施建设等工作。")
    sub("（二）高标准规划建设。",
        "要按照《综合保税区基础和监管设施设置规范》等要求，高标准建设围网、卡口、查验场地和信息化管理系统，"
        "确保符合海关监管要求。")
    sub("（三）培育外向型产业。",
        "要立足本地产业基础，突出保税加工、保税物流、保税服务等主导功能，积极引进加工贸易、跨境电商、"
        "检测维修等项目，避免低水平重复建设，确保获批后尽快形成实际业务规模。")
    sub("（四）防范化解风险。",
        "要严格控制建设成本，防范地方政府债务风险，不得以综合保税区名义违规举债融资；"
        "严格落实海关监管和安全生产、生态环境保护等要求，守住安全发展底线。")
    item("省发展改革委、财政厅、自然资源厅、生态环境厅、商务厅和福州海关、国家外汇管理局福建省分局、"
         "省税务局等有关部门和单位要按照职责分工，加强对南平综合保税区申报建设工作的指导支持，"
         "帮助协调解决重大问题。省商务厅要会同有关部门做好与国家有关部委的汇报衔接工作。")
    item("南平综合保税区申报建设过程中遇到的重大问题和重要情况，你市要及时向省政府请示报告。")
    closing = "此复。"
    para(doc, [(closing, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=I2)
    clauses.append(closing)
    empty(doc)
    empty(doc)
    empty(doc)

    # 落款: organ + date in one right-aligned paragraph with a soft break and trailing spaces
    para(doc, [("福建省人民政府" + FW * 2 + "\n2026年3月20日" + FW * 2, FS, 16, False)],
         WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("（此件公开发布）", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, first_indent=I2)
    empty(doc)
    empty(doc)
    # 版记 as a layout table (borderless except top/bottom lines)
    t = doc.add_table(rows=2, cols=1)
    cells = [t.rows[0].cells[0], t.rows[1].cells[0]]
    texts = [
        "抄送：省发展改革委、财政厅、自然资源厅、生态环境厅、商务厅，福州海关，国家外汇管理局福建省分局，"
        "省税务局。",
        "福建省人民政府办公厅" + FW * 8 + "2026年3月24日印发",
    ]
    for c, tx in zip(cells, texts):
        set_cell_border(c, left="nil", right="nil")
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, exact=24)
        r = p.add_run(tx)
        set_font(r, FS, 14)

    name = "blind704_fujian_pifu"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    meta = {
        "title": "福建省人民政府关于南平市申请设立南平综合保税区的批复",
        "doc_number": "闽政函〔2026〕45号",
        "issuer": ["福建省人民政府"],
        "date": "2026-03-20",
        "published": None,
        "level": "provincial",
        "region": "南平市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["南平市人民政府"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return name, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_qingshi, make_pifu):
        name, path, docs = maker()
        expected[name] = docs
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
