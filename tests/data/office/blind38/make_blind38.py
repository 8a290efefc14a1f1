# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the thirty-eighth round of blind office files and expected.json.

Theme: plans, guides and standards-like documents.
  (a) blind38_guihua_zhuanlan.pdf — a 云南省 办公厅 印发通知 followed by an
      excerpt of the 《云南省“十四五”开放型经济发展规划》: 第一章/第一节/一、/（一）,
      an indicator table with 约束性/预期性 and 注, a one-cell 专栏 box.
      Made in Word style with python-docx and converted by LibreOffice.
  (b) blind38_difang_biaozhun.docx — a 广西 地方标准 (DB 45/T) service
      specification for the 中国（广西）自由贸易试验区, dot-decimal numbering,
      cover with 发布/实施 dates, 目次, 前言, 附录A（资料性） with a table.
  (c) blind38_guobie_zhinan.txt — a section of the MOFCOM 对外投资合作国别（地区）
      指南 for 老挝 copied out of the PDF as text (running header and page
      numbers included), 注：数据来源 line and a 提示 box.
All documents are fictional; places and organs are real, numbers, 文号 and
wording are invented.  Run again to rebuild everything.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- helpers

def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def para(where, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, space_before=0, space_after=0, exact=28):
    p = where.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if exact:
        pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_run(p.add_run(text), font, size, bold, color)
    return p


def head_rest(where, head, rest, head_font=KAI, size=16, exact=28):
    p = para(where, size=size, exact=exact)
    set_run(p.add_run(head), head_font, size)
    if rest:
        set_run(p.add_run(rest), FS if size >= 14 else SONG, size)
    return p


def border(p, sides=("bottom",), color="000000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in sides:
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def a4(section, top=3.7, bottom=3.5, left=2.8, right=2.6):
    section.page_width = Cm(21.0); section.page_height = Cm(29.7)
    section.top_margin = Cm(top); section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left); section.right_margin = Cm(right)
    section.footer_distance = Cm(2.5); section.header_distance = Cm(1.5)


def field_run(p, instr, shown, font=SONG, size=14):
    r = p.add_run(); set_run(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = shown
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)


def page_footer(section, dash=True, restart=False, align=C, size=14):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = align
    if dash: set_run(p.add_run("— "), SONG, size)
    field_run(p, "PAGE", "1", size=size)
    if dash: set_run(p.add_run(" —"), SONG, size)
    if restart:
        pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1")
        section._sectPr.append(pg)


def page_header(section, text, align=C, size=10.5, rule=True):
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = align
    set_run(p.add_run(text), SONG, size)
    if rule: border(p, ("bottom",), sz=6)


def set_cell(cell, text, size=10.5, bold=False, font=SONG, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    set_run(p.add_run(text), font, size, bold)


def cell_para(cell, text, size=12, font=FS, first=False, bold=False, align=None, indent=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if align is not None: p.alignment = align
    if indent: p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(size * 1.6)
    set_run(p.add_run(text), font, size, bold)
    return p


def to_pdf(docx_path, out_pdf):
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    tmp = tempfile.mkdtemp(prefix="lo_out_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        made = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(made, out_pdf)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


expected = {}

# ====================================================================
# (a) 云南 十四五 开放型经济发展规划 — PDF
# ====================================================================
A_ORG = "云南省人民政府办公厅"
A_NO = "云政办发〔2021〕68号"
A_PLAN = "云南省“十四五”开放型经济发展规划"
A_TITLE = "云南省人民政府办公厅关于印发云南省“十四五”开放型经济发展规划的通知"
A_ADDR = "各州、市人民政府，省直各委、办、厅、局："
A_NOTE = "《云南省“十四五”开放型经济发展规划》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
A_DATE = "2021年9月30日"
A_PUB = "（此件公开发布）"

A_INTRO = "“十四五”时期是云南主动服务和融入国家重大战略、加快建设我国面向南亚东南亚辐射中心的关键时期。本规划根据《云南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制，主要阐明全省开放型经济发展的总体思路、目标任务和重大举措，规划期为2021—2025年，展望到2035年。"
A_CH1 = "第一章　发展基础和主要目标"
A_S1 = "第一节　发展基础"
A_S1P = [
    "“十三五”期间，全省货物进出口总额由2015年的1532.6亿元增长到2020年的2680.4亿元，年均增长11.8%；对南亚东南亚国家进出口额达1316.8亿元，占全省比重49.1%。实际使用外资累计达38.5亿美元，对外直接投资累计达62.3亿美元，境外承包工程完成营业额累计达118.7亿美元。",
    "中国（云南）自由贸易试验区于2019年8月挂牌运行，昆明、红河、德宏三个片区累计新设企业3.2万户，形成制度创新成果106项。中老铁路全线铺通，磨憨、瑞丽、河口等口岸基础设施明显改善，全省国家级口岸达到19个。",
]
A_S2 = "第二节　主要目标"
A_S2P = "到2025年，全省开放型经济规模和质量实现双提升，货物进出口总额达到4000亿元，年均增长8.3%以上，面向南亚东南亚辐射中心建设取得实质性进展。主要指标见表1。"
A_TBL_TITLE = "表1　云南省“十四五”开放型经济发展主要指标"
A_TBL_HEAD = ["指标", "单位", "2020年", "2025年", "年均增长", "属性"]
A_TBL_ROWS = [
    ["货物进出口总额", "亿元", "2680.4", "4000", "8.3%", "预期性"],
    ["其中：对南亚东南亚国家进出口额", "亿元", "1316.8", "2100", "9.8%", "预期性"],
    ["服务贸易进出口额", "亿美元", "46.1", "70", "8.7%", "预期性"],
    ["实际使用外资", "亿美元", "7.6", "12", "9.6%", "预期性"],
    ["对外直接投资额", "亿美元", "15.2", "20", "5.6%", "预期性"],
    ["自由贸易试验区进出口额占全省比重", "%", "20.3", "25", "〔4.7〕", "预期性"],
    ["口岸进口整体通关时间压缩", "%", "—", "〔30〕", "—", "约束性"],
]
A_TBL_NOTE = ["注：1.〔　〕内为五年累计数。", "2.实际使用外资为商务部统计口径数据，2020年数据为快报数。"]
A_CH2 = "第二章　高质量融入共建“一带一路”"
A_CH2P = "紧紧围绕建设我国面向南亚东南亚辐射中心，以中老铁路、中缅经济走廊为牵引，推动基础设施“硬联通”、规则标准“软联通”和同共建国家人民“心联通”。"
A_C2S1 = "第一节　建设面向南亚东南亚辐射中心"
A_C2S1_1 = "一、推进互联互通"
A_C2S1_1i = [
    ("（一）加快国际大通道建设。", "发挥中老铁路国际运输通道作用，推动中老铁路与西部陆海新通道、中欧班列衔接，力争到2025年经中老铁路运输的进出口货物达到500万吨。推进大理至瑞丽铁路、临沧至清水河铁路建设，加快中缅印度洋新通道前期工作。"),
    ("（二）提升口岸功能。", "推进磨憨、瑞丽、河口国际口岸扩能改造，推广“提前申报”“两步申报”和“一次查验、一次放行”模式，口岸进口整体通关时间较2020年压缩30%。"),
]
A_C2S1_2 = "二、深化经贸合作"
A_C2S1_2i = [
    ("（一）扩大对南亚东南亚贸易。", "巩固对缅甸、越南、老挝、泰国传统市场，拓展孟加拉国、印度、斯里兰卡等南亚市场，培育边民互市落地加工、跨境电子商务等新业态，支持每个州（市）建设1个以上外贸转型升级基地。"),
    ("（二）推进境外园区和产能合作。", "高水平建设老挝万象赛色塔综合开发区，推动磨憨—磨丁经济合作区建设，支持企业在缅甸皎漂、柬埔寨西哈努克港等地参与园区开发，带动装备、技术、标准和服务“走出去”。"),
]
A_BOX_TITLE = "专栏3　重点工程"
A_BOX = [
    "1.中老铁路沿线开发开放工程。建设昆明国际陆港、玉溪、普洱、西双版纳物流节点，打造“中老铁路+”国际多式联运品牌，培育沿线产业带。",
    "2.磨憨国际口岸城市建设工程。推进磨憨—磨丁经济合作区中方区域基础设施建设，到2025年磨憨口岸进出口货运量突破1000万吨。",
    "3.瑞丽国家重点开发开放试验区提升工程。推进瑞丽—木姐边境经济合作区建设，完善姐告边境贸易区功能。",
    "4.自由贸易试验区联动发展工程。推动昆明、红河、德宏片区与省内12个开发区联动创新，复制推广制度创新成果50项以上。",
]
A_C2S2 = "第二节　高水平建设中国（云南）自由贸易试验区"
A_C2S2P = "以制度创新为核心，深入开展差别化探索。昆明片区重点发展高端制造、航空物流、数字经济和总部经济；红河片区重点发展加工及贸易、大健康服务、跨境旅游和跨境电商；德宏片区重点发展跨境电商、跨境产能合作和跨境金融。到2025年，自由贸易试验区进出口额占全省比重达到25%左右。"
A_CH3 = "第三章　保障措施"
A_CH3P = "强化省开放型经济工作领导小组统筹协调，建立规划实施年度监测和中期评估制度。各州（市）、各部门要结合实际制定具体实施方案，确保规划目标任务落到实处。"


def make_a():
    doc = Document()
    s1 = doc.sections[0]
    a4(s1)
    page_footer(s1)
    # red header
    para(doc, "", indent=False)
    para(doc, A_ORG + "文件", font=XBS, size=34, align=C, indent=False, color=RED, exact=None, space_after=24)
    p = para(doc, A_NO, align=C, indent=False)
    border(p, ("bottom",), color="E60012", sz=18)
    para(doc, "", indent=False)
    para(doc, A_TITLE, font=XBS, size=22, align=C, indent=False, exact=36, space_after=12)
    para(doc, "", indent=False)
    para(doc, A_ADDR, indent=False)
    para(doc, A_NOTE)
    para(doc, "", indent=False); para(doc, "", indent=False)
    p = para(doc, A_ORG, align=R, indent=False); p.paragraph_format.right_indent = Pt(64)
    p = para(doc, A_DATE, align=R, indent=False); p.paragraph_format.right_indent = Pt(80)
    para(doc, A_PUB, indent=True)
    # the plan, new section, page numbers go on, running header on the plan
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s2)
    page_footer(s2)
    page_header(s2, A_PLAN)
    para(doc, "", indent=False)
    para(doc, A_PLAN, font=XBS, size=22, align=C, indent=False, exact=36, space_after=24)
    para(doc, A_INTRO)
    para(doc, A_CH1, font=HEI, size=16, align=C, indent=False, space_before=12, space_after=6)
    para(doc, A_S1, font=KAI, size=16, bold=True, align=C, indent=False)
    for t in A_S1P: para(doc, t)
    para(doc, A_S2, font=KAI, size=16, bold=True, align=C, indent=False)
    para(doc, A_S2P)
    para(doc, A_TBL_TITLE, font=HEI, size=12, align=C, indent=False, exact=22, space_before=6)
    t = doc.add_table(rows=1 + len(A_TBL_ROWS), cols=6)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(5.6), Cm(1.6), Cm(1.9), Cm(1.9), Cm(1.9), Cm(1.8)]
    for j, h in enumerate(A_TBL_HEAD):
        set_cell(t.rows[0].cells[j], h, size=10.5, bold=True, font=HEI)
    for i, row in enumerate(A_TBL_ROWS, start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, size=10.5, align=L if j == 0 else C)
    for row in t.rows:
        for j, c in enumerate(row.cells): c.width = widths[j]
    for n in A_TBL_NOTE:
        p = para(doc, n, font=SONG, size=10.5, indent=False, exact=18)
        if not n.startswith("注"): p.paragraph_format.left_indent = Pt(31.5)
    para(doc, A_CH2, font=HEI, size=16, align=C, indent=False, space_before=12, space_after=6)
    para(doc, A_CH2P)
    para(doc, A_C2S1, font=KAI, size=16, bold=True, align=C, indent=False)
    para(doc, A_C2S1_1, font=HEI, size=16)
    for h, r in A_C2S1_1i: head_rest(doc, h, r)
    para(doc, A_C2S1_2, font=HEI, size=16)
    for h, r in A_C2S1_2i: head_rest(doc, h, r)
    # 专栏 box: one bordered cell
    para(doc, "", indent=False, exact=12)
    bx = doc.add_table(rows=1, cols=1)
    bx.style = "Table Grid"; bx.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = bx.rows[0].cells[0]
    cell_para(cell, A_BOX_TITLE, size=14, font=HEI, first=True, align=C, indent=False)
    for ln in A_BOX: cell_para(cell, ln, size=12, font=FS)
    para(doc, "", indent=False, exact=12)
    para(doc, A_C2S2, font=KAI, size=16, bold=True, align=C, indent=False)
    para(doc, A_C2S2P)
    para(doc, A_CH3, font=HEI, size=16, align=C, indent=False, space_before=12, space_after=6)
    para(doc, A_CH3P)
    tmp = tempfile.mkdtemp(prefix="b38a_")
    dx = os.path.join(tmp, "blind38_guihua_zhuanlan.docx")
    doc.save(dx)
    to_pdf(dx, os.path.join(HERE, "blind38_guihua_zhuanlan.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)

    def row_text(r):
        return "；".join(f"{h}：{v}" for h, v in zip(A_TBL_HEAD, r))
    clauses = [A_NOTE, A_PLAN, A_INTRO, A_CH1, A_S1] + A_S1P + [A_S2, A_S2P, A_TBL_TITLE] \
        + [row_text(r) for r in A_TBL_ROWS] + ["注：1.〔　〕内为五年累计数。2.实际使用外资为商务部统计口径数据，2020年数据为快报数。"] \
        + [A_CH2, A_CH2P, A_C2S1, A_C2S1_1] + [h + r for h, r in A_C2S1_1i] + [A_C2S1_2] + [h + r for h, r in A_C2S1_2i] \
        + [A_BOX_TITLE] + A_BOX + [A_C2S2, A_C2S2P, A_CH3, A_CH3P]
    expected["blind38_guihua_zhuanlan"] = [{
        "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": [A_ORG], "date": "2021-09-30",
                 "addressees": A_ADDR.rstrip("："), "attachments_or_enclosed": [A_PLAN]},
        "clauses": [c.replace("　", " ") for c in clauses],
        "_note": "One 印发通知 with the plan it transmits; the plan may be read as the notice's enclosed text or as a second document titled "
                 "《云南省“十四五”开放型经济发展规划》 carrying the notice's 文号 and date — both tolerable, but the notice's single sentence must not be lost "
                 "and the plan must not be glued to the signature/date block. 红头 '云南省人民政府办公厅文件', 文号 line, 主送, signature, date, "
                 "（此件公开发布） (tolerable as a note), running header '云南省“十四五”开放型经济发展规划' on every plan page and footer '— n —' are not clauses. "
                 "第X章/第X节/一、 are headings (as headings or heading-kind clauses, either is fine, never glued to the next paragraph). "
                 "Table rows should come out one per row with the header names (指标/单位/2020年/2025年/年均增长/属性); '〔4.7〕' and '〔30〕' must stay as they are. "
                 "The 注 may be one clause or two (1./2.). The 专栏3 box: title + four numbered lines, each readable on its own (1.–4. as labels fine).",
    }]


# ====================================================================
# (b) 广西 地方标准 DB45/T — docx
# ====================================================================
B_STD = "DB45/T 2786—2024"
B_TITLE = "中国（广西）自由贸易试验区企业开办“一站式”服务规范"
B_EN = "Service specification for one-stop enterprise establishment in China (Guangxi) Pilot Free Trade Zone"
B_PUBD = "2024-03-15发布"
B_IMPD = "2024-04-15实施"
B_ORG = "广西壮族自治区市场监督管理局"
B_TOC = [("前言", "II"), ("1　范围", "1"), ("2　规范性引用文件", "1"), ("3　术语和定义", "1"),
         ("4　基本要求", "1"), ("5　服务流程", "2"), ("6　评价与改进", "3"),
         ("附录A（资料性）　企业开办申请材料清单", "4")]
B_FOREWORD = [
    "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
    "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
    "本文件由中国（广西）自由贸易试验区工作办公室提出并宣贯。",
    "本文件由广西壮族自治区商务标准化技术委员会归口。",
    "本文件起草单位：中国（广西）自由贸易试验区南宁片区管理委员会、广西标准技术研究院、钦州市行政审批局。",
    "本文件主要起草人：韦明辉、黄丽萍、陆家豪、覃晓燕、莫志强。",
]
# (label, heading or None, text or None)
B_BODY = [
    ("1", "范围", None),
    (None, None, "本文件规定了中国（广西）自由贸易试验区企业开办“一站式”服务的基本要求、服务流程、评价与改进。"),
    (None, None, "本文件适用于中国（广西）自由贸易试验区南宁、钦州港、崇左片区政务服务中心提供的企业开办服务，广西其他开发区可参照执行。"),
    ("2", "规范性引用文件", None),
    (None, None, "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"),
    (None, None, "GB/T 32169.2　政务服务中心运行规范　第2部分：功能配置"),
    (None, None, "GB/T 36112　政务服务中心服务现场管理规范"),
    (None, None, "DB45/T 1979　政务服务事项办理规范"),
    ("3", "术语和定义", None),
    (None, None, "下列术语和定义适用于本文件。"),
    ("3.1", "一站式服务　one-stop service", "在同一服务场所或同一网上平台，由申请人一次提交材料，相关部门协同办理企业设立登记、公章刻制、发票申领、社保登记、银行开户预约等事项的服务模式。"),
    ("3.2", "企业开办专区　enterprise establishment zone", "政务服务中心内集中设置的、提供企业开办全流程服务的区域。"),
    ("4", "基本要求", None),
    ("4.1", "服务场所", None),
    ("4.1.1", None, "政务服务中心应设置企业开办专区，专区应设置咨询引导、综合受理、自助服务、免费刻章和材料寄递等功能区，功能配置应符合GB/T 32169.2的规定。"),
    ("4.1.2", None, "专区使用面积不宜小于60 m²，综合受理窗口不应少于3个，并应设置至少1个跨境服务窗口，为东盟国家投资者提供中文、英文和越南文服务。"),
    ("4.1.3", None, "专区应配置自助终端、高拍仪、电子签名设备，网络带宽不低于100 Mbit/s。"),
    ("4.2", "服务人员", None),
    ("4.2.1", None, "综合受理人员应经岗前培训并考核合格，熟悉企业登记、税务、社保、公积金等业务。"),
    ("4.2.2", None, "服务人员应统一着装、佩戴工作牌，使用规范用语。"),
    ("5", "服务流程", None),
    ("5.1", "申请", "申请人可通过广西数字政务一体化平台或专区综合受理窗口提交申请，一次性提交企业开办全部材料。申请材料清单见附录A。"),
    ("5.2", "受理", None),
    ("5.2.1", None, "材料齐全、符合法定形式的，应当场受理并出具受理回执。"),
    ("5.2.2", None, "材料不齐全或不符合法定形式的，应一次性告知需补正的全部内容。"),
    ("5.3", "办结时限", "企业开办全流程办理时间应不超过1个工作日，其中："),
    (None, None, "a)　营业执照核发不超过0.5个工作日；"),
    (None, None, "b)　公章刻制不超过0.5个工作日，与营业执照核发同步进行；"),
    (None, None, "c)　发票申领和税控设备发放在营业执照核发后当场办结。"),
    (None, None, "注：外商投资企业的办结时限按本条执行，涉及前置审批的，审批时间不计入。"),
    ("6", "评价与改进", None),
    ("6.1", None, "应通过“好差评”系统收集申请人评价，评价满意率应不低于98%。"),
    ("6.2", None, "应每季度分析评价结果和投诉情况，制定改进措施并跟踪落实。"),
]
B_APP_HEAD = ["附录A", "（资料性）", "企业开办申请材料清单"]
B_APP_P = "企业开办申请材料清单见表A.1。"
B_APP_TT = "表A.1　企业开办申请材料清单"
B_APP_COLS = ["序号", "材料名称", "份数", "备注"]
B_APP_ROWS = [
    ["1", "公司登记（备案）申请书", "1", "全体股东签署"],
    ["2", "公司章程", "1", "—"],
    ["3", "股东主体资格证明或自然人身份证件复印件", "1", "外国投资者须提供经公证认证的主体资格证明"],
    ["4", "法定代表人、董事、监事和经理的任职文件", "1", "—"],
    ["5", "住所使用证明", "1", "可使用住所申报承诺制"],
]


def make_b():
    doc = Document()
    s = doc.sections[0]
    a4(s, top=2.5, bottom=2.0, left=2.5, right=2.0)
    # cover
    p = para(doc, "ICS 03.080", font=HEI, size=10.5, indent=False, exact=None)
    p = para(doc, "CCS A 12", font=HEI, size=10.5, indent=False, exact=None)
    p = para(doc, "DB45", font=HEI, size=36, bold=True, align=R, indent=False, exact=None)
    p = para(doc, "广西壮族自治区地方标准", font=HEI, size=26, align=C, indent=False, exact=None, space_before=6)
    border(p, ("bottom",), sz=12)
    p = para(doc, B_STD, font=HEI, size=14, align=R, indent=False, exact=None, space_before=6)
    for _ in range(4): para(doc, "", indent=False)
    para(doc, B_TITLE, font=HEI, size=26, align=C, indent=False, exact=None)
    para(doc, B_EN, font="Times New Roman", size=14, align=C, indent=False, exact=None, space_before=12)
    for _ in range(8): para(doc, "", indent=False)
    p = para(doc, "", indent=False, exact=None)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    set_run(p.add_run(B_PUBD + "\t" + B_IMPD), HEI, 14)
    border(p, ("bottom",), sz=12)
    para(doc, B_ORG + "　　发 布", font=HEI, size=18, align=C, indent=False, exact=None, space_before=12)
    # front matter section: TOC + foreword, header with the standard number
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s2, top=2.5, bottom=2.0, left=2.5, right=2.0)
    page_header(s2, B_STD, align=R, size=10.5)
    f = s2.footer; f.is_linked_to_previous = False
    fp = f.paragraphs[0]; fp.alignment = C
    field_run(fp, "PAGE \\* ROMAN", "I", size=9)
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:fmt"), "upperRoman"); pg.set(qn("w:start"), "1"); s2._sectPr.append(pg)
    para(doc, "目　　次", font=HEI, size=16, align=C, indent=False, exact=None, space_after=12)
    for t, n in B_TOC:
        p = para(doc, "", font=SONG, size=10.5, indent=False, exact=20)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, 1)  # dot leader
        set_run(p.add_run(t + "\t" + n), SONG, 10.5)
    p = para(doc, "", indent=False); p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "前　　言", font=HEI, size=16, align=C, indent=False, exact=None, space_after=12)
    for t in B_FOREWORD: para(doc, t, font=SONG, size=10.5, exact=20)
    # body section
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s3, top=2.5, bottom=2.0, left=2.5, right=2.0)
    page_header(s3, B_STD, align=R, size=10.5)
    f = s3.footer; f.is_linked_to_previous = False
    fp = f.paragraphs[0]; fp.alignment = C
    field_run(fp, "PAGE", "1", size=9)
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1"); s3._sectPr.append(pg)
    para(doc, B_TITLE, font=HEI, size=16, align=C, indent=False, exact=None, space_after=18)
    for lab, head, text in B_BODY:
        if lab and "." not in lab:      # chapter 1 范围
            para(doc, lab + "　" + head, font=HEI, size=10.5, indent=False, exact=20, space_before=6, space_after=6)
        elif lab and lab.startswith("3."):  # term entry: number on its own line, term, definition
            para(doc, lab, font=HEI, size=10.5, indent=False, exact=20, space_before=4)
            para(doc, head, font=HEI, size=10.5, indent=True, exact=20)
            para(doc, text, font=SONG, size=10.5, exact=20)
        elif lab and head:              # 4.1 服务场所 [+ text as next paragraph]
            para(doc, lab + "　" + head, font=HEI, size=10.5, indent=False, exact=20, space_before=4)
            if text: para(doc, text, font=SONG, size=10.5, exact=20)
        elif lab:                       # 4.1.1 text
            p = para(doc, "", indent=False, exact=20)
            set_run(p.add_run(lab + "　"), HEI, 10.5)
            set_run(p.add_run(text), SONG, 10.5)
        else:
            p = para(doc, text, font=SONG if not text.startswith("注") else SONG,
                     size=10.5 if not text.startswith("注") else 9, exact=20)
            if text.startswith(("a)", "b)", "c)")):
                p.paragraph_format.first_line_indent = Pt(0); p.paragraph_format.left_indent = Pt(21)
    # appendix on a new page
    p = para(doc, "", indent=False); p.add_run().add_break(WD_BREAK.PAGE)
    for t in B_APP_HEAD:
        para(doc, t, font=HEI, size=10.5 if t.startswith("（") else 12, align=C, indent=False, exact=22)
    para(doc, B_APP_P, font=SONG, size=10.5, exact=20, space_before=12)
    para(doc, B_APP_TT, font=HEI, size=10.5, align=C, indent=False, exact=20, space_before=6)
    t = doc.add_table(rows=1 + len(B_APP_ROWS), cols=4)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(B_APP_COLS): set_cell(t.rows[0].cells[j], h, size=9, bold=True, font=HEI)
    for i, r in enumerate(B_APP_ROWS, 1):
        for j, v in enumerate(r): set_cell(t.rows[i].cells[j], v, size=9, align=C if j in (0, 2) else L)
    widths = [Cm(1.3), Cm(7.0), Cm(1.3), Cm(6.5)]
    for row in t.rows:
        for j, c in enumerate(row.cells): c.width = widths[j]
    p = para(doc, "_________________________________", font=SONG, size=10.5, align=C, indent=False, space_before=24)
    doc.save(os.path.join(HERE, "blind38_difang_biaozhun.docx"))

    clauses = list(B_FOREWORD)
    for lab, head, text in B_BODY:
        if lab and "." not in lab: clauses.append(f"{lab} {head}")
        elif lab and lab.startswith("3."): clauses.append(f"{lab} {head} {text}")
        elif lab and head:
            clauses.append(f"{lab} {head}" + (f" {text}" if text else ""))
        elif lab: clauses.append(f"{lab} {text}")
        else: clauses.append(text)
    clauses += ["附录A （资料性） 企业开办申请材料清单", B_APP_P, B_APP_TT]
    clauses += ["；".join(f"{h}：{v}" for h, v in zip(B_APP_COLS, r)) for r in B_APP_ROWS]
    expected["blind38_difang_biaozhun"] = [{
        "meta": {"title": B_TITLE, "doc_number": B_STD, "issuer": [B_ORG], "date": "2024-03-15",
                 "effective": "2024-04-15"},
        "clauses": [c.replace("　", " ") for c in clauses],
        "_note": "A 地方标准. Title is the Chinese name (the English title line may be dropped or kept as a subtitle, never the title). "
                 "doc_number: 'DB45/T 2786—2024' as 文号 is acceptable, so is None; 'ICS 03.080', 'CCS A 12', 'DB45' must not be the 文号. "
                 "published 2024-03-15, effective 2024-04-15 (发布/实施), issuer 广西壮族自治区市场监督管理局. Cover lines, the 目次 lines with their page numbers, "
                 "running header 'DB45/T 2786—2024', roman/arabic page numbers and the closing rule '____' are not clauses. "
                 "Every dot-decimal number must be findable as a label: 1..6, 3.1, 3.2, 4.1, 4.1.1, 4.1.2, 4.1.3, 4.2, 4.2.1, 4.2.2, 5.1, 5.2, 5.2.1, 5.2.2, 5.3, 6.1, 6.2. "
                 "Headed subclauses (4.1 服务场所) may be heading-kind; 3.1 must carry its term and definition (term line may be label-side). "
                 "a)/b)/c) list items may be separate clauses or joined into 5.3; the 注 under 5.3 may be its own clause or attached to 5.3. "
                 "The 2 referenced standards lines must each survive whole (GB/T numbers not taken as clause labels like '32169.2'). "
                 "前言 paragraphs are clauses (or a 前言 part), 附录A（资料性） is a heading; table rows with header names.",
    }]


# ====================================================================
# (c) 老挝 国别指南 — txt copied from the PDF
# ====================================================================
C_HEADER = "对外投资合作国别（地区）指南　老挝（2023年版）"
C_COVER = [
    "对外投资合作国别（地区）指南",
    "",
    "老挝",
    "（2023年版）",
    "",
    "商务部国际贸易经济合作研究院",
    "中国驻老挝大使馆经济商务处",
    "商务部对外投资和经济合作司",
    "",
]
C_P = [
    ("h", "一、基本情况"),
    ("h", "（一）地理位置"),
    ("p", "老挝人民民主共和国（The Lao People's Democratic Republic，简称老挝）位于中南半岛北部，是东南亚唯一的内陆国家，国土面积23.68万平方公里。老挝北邻中国，南接柬埔寨，东临越南，西北达缅甸，西南毗连泰国，国境线总长5083公里，其中与中国接壤505公里。湄公河（Mekong River）在老挝境内干流长度为777.4公里，流经首都万象（Vientiane），是老挝最重要的水道。老挝地势北高南低，境内70%为山地和高原，属热带、亚热带季风气候，5月至10月为雨季，11月至次年4月为旱季，年平均气温约26℃。"),
    ("h", "（二）行政区划"),
    ("p", "老挝全国划分为17个省和1个直辖市（万象市）。主要城市有万象、琅勃拉邦（Luang Prabang）、沙湾拿吉（Savannakhet）、巴色（Pakse）等。万象是全国政治、经济、文化中心，2022年人口约98.8万；琅勃拉邦古城于1995年被联合国教科文组织（UNESCO）列入《世界遗产名录》；沙湾拿吉是老挝第二大城市，通过第二座老泰友谊大桥与泰国穆达汉（Mukdahan）相连，是东西经济走廊（EWEC）的重要节点。"),
    ("h", "（三）人口和民族"),
    ("p", "2022年老挝总人口约752.9万，人口密度约31.8人/平方公里。老挝共有50个民族，分为老龙族、老听族、老松族三大族系，老龙族约占总人口的53.2%。官方语言为老挝语，通用英语；华人华侨约3万人，主要分布在万象、琅勃拉邦、沙湾拿吉和巴色等地。"),
    ("h", "二、投资环境"),
    ("h", "（一）宏观经济"),
    ("p", "据老挝统计局（LSB）数据，2022年老挝国内生产总值（GDP）为157.2亿美元，同比增长2.7%，人均GDP约2088美元。受基普（LAK）大幅贬值影响，2022年老挝通货膨胀率达23.0%，为近二十年来最高水平。截至2022年底，老挝外汇储备约11.1亿美元，公共债务总额约105亿美元，占GDP比重约112%。国际货币基金组织（IMF）预测2023年老挝经济增长率为4.0%。"),
    ("p", "2022年老挝对外贸易总额约141.9亿美元，其中出口78.3亿美元，进口63.6亿美元。主要出口商品为电力、铜及铜制品、黄金、木薯、香蕉和橡胶，主要进口商品为燃油、机械设备、车辆和钢材。泰国、中国、越南是老挝前三大贸易伙伴，中老贸易额达56.8亿美元，同比增长31.0%。"),
    ("n", "注：数据来源：老挝统计局（LSB）、老挝银行（BOL）、世界银行（World Bank）、国际货币基金组织（IMF）。"),
    ("h", "（二）对外经贸关系"),
    ("p", "老挝于2013年2月正式成为世界贸易组织（WTO）成员，是东南亚国家联盟（ASEAN）成员国，参与东盟自由贸易区（AFTA）和中国—东盟自由贸易区（CAFTA）建设。《区域全面经济伙伴关系协定》（RCEP）于2022年1月1日对老挝生效。老挝享有欧盟、日本、澳大利亚等给予的普惠制（GSP）待遇，对欧盟出口还可享受“除武器外全部免税”（EBA）安排。"),
    ("h", "（三）基础设施"),
    ("p", "中老铁路北起中国云南昆明，南至老挝万象，全长1035公里，其中老挝境内磨丁至万象段422公里，设计时速160公里，于2021年12月3日全线开通运营。截至2023年6月，中老铁路累计发送旅客1420万人次、货物2000万吨，跨境货物运输覆盖老挝、泰国、缅甸、马来西亚、柬埔寨、越南、孟加拉国、新加坡等10余个共建“一带一路”国家。万象—万荣高速公路（全长109公里）于2020年12月建成通车，是老挝第一条高速公路。老挝目前共有4座国际机场，分别位于万象、琅勃拉邦、巴色和沙湾拿吉，万象瓦岱国际机场（Wattay International Airport）年旅客吞吐能力约300万人次。"),
    ("h", "（四）投资优惠政策"),
    ("p", "老挝《投资促进法》（2016年修订）规定，投资分为一般投资、特许经营投资和经济特区投资三类，外国投资者可以独资、合资或合同形式投资。根据投资领域和地区，老挝给予外国投资者4至15年的利润税免税期，在经济特区（SEZ）内投资可享受更长的免税期和更低的土地租金。老挝目前设有21个经济特区，其中赛色塔综合开发区（Saysettha Development Zone）和磨丁经济特区（Boten Special Economic Zone）由中资企业参与开发建设，截至2022年底，赛色塔综合开发区累计入驻企业132家，协议投资额超过13亿美元。"),
]
C_TIP = [
    "提示：",
    "1.老挝对外国投资实行负面清单管理，中资企业投资前应查阅老挝计划投资部（MPI）公布的禁止类和限制类投资清单，并办理投资许可。",
    "2.老挝部分地区仍存在未爆炸弹药（UXO），在北部和东南部省份开展工程建设前应委托专业机构进行排查。",
    "3.近年来基普汇率波动较大，建议企业在合同中约定以美元或人民币计价结算，防范汇率风险。",
]
# where the copied text crosses a page (index of paragraph, split character position)

C_BREAK_AT = "于2021年12月3日"


def make_c():
    lines = list(C_COVER)
    page = 7
    lines += [C_HEADER, ""]
    for i, (k, t) in enumerate(C_P):
        if k == "p" and t.startswith("中老铁路北起"):
            # page break inside a paragraph, mid-sentence, as pdftotext copies it
            a, b = t.split(C_BREAK_AT, 1)
            lines.append(a)
            lines += ["", str(page), "", C_HEADER, ""]
            page += 1
            lines.append(C_BREAK_AT + b)
            continue
        if i == 7:   # page break between paragraphs before 二、投资环境
            lines += ["", str(page), "", C_HEADER, ""]
            page += 1
        lines.append(t)
    lines.append("")
    lines.append("┌──────────────────────────────────────┐")
    for ln in C_TIP:
        lines.append("│" + ln)
    lines.append("└──────────────────────────────────────┘")
    lines += ["", str(page)]
    with open(os.path.join(HERE, "blind38_guobie_zhinan.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")

    clauses = [t for k, t in C_P] + ["提示：" + "".join(C_TIP[1:])]
    expected["blind38_guobie_zhinan"] = [{
        "meta": {"title": "对外投资合作国别（地区）指南 老挝（2023年版）", "doc_number": None,
                 "issuer": ["商务部国际贸易经济合作研究院", "中国驻老挝大使馆经济商务处", "商务部对外投资和经济合作司"],
                 "date": "2023 (edition year only; None acceptable)"},
        "clauses": clauses,
        "_note": "Title: the guide's name with 老挝（2023年版） (just '对外投资合作国别（地区）指南' is low, '老挝' alone or a section heading is high). "
                 "No 文号 — none must be invented from figures. No exact date: inventing a day is wrong. "
                 "The cover lines, the running header line '对外投资合作国别（地区）指南 老挝（2023年版）' repeated on each page and the bare page numbers '7', '8', '9' are not clauses. "
                 "The 基础设施 paragraph is cut by a page break after '南至老挝万象，全长1035公里，其中老挝境内磨丁至万象段422公里，设计时速160公里，' — "
                 "it must come out as one clause (or at worst two pieces with nothing lost; a page number or header glued inside is high). "
                 "一、/（一） lines are headings. The 注：数据来源 line is its own note/clause. The 提示 box (drawn with box characters) "
                 "should keep its three numbered lines readable (one clause or three), without the box-drawing characters │┌└ in text (low if kept).",
    }]


if __name__ == "__main__":
    make_a()
    make_b()
    make_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    print("written:", sorted(os.listdir(HERE)))
