# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the thirty-second round of blind office files and expected.json.

Theme: documents as municipal / district offices and FTZ management committees
make them.  All documents are fictional; provinces, cities and organs are real,
文号, amounts and wording are invented.  Run again to rebuild everything next
to this script.
"""

import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FW = "\u3000"
FS = "仿宋_GB2312"
SONG = "宋体"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}


# ---------------------------------------------------------------- helpers

def set_run(run, font=FS, size=16, bold=False):
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
    return run


def para(container, text="", font=FS, size=16, bold=False, align="j", indent=True, exact=28, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing = Pt(exact)
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    if ALIGN[align] is not None:
        p.alignment = ALIGN[align]
    if text:
        add_text(p, text, font, size, bold)
    return p


def add_text(p, text, font=FS, size=16, bold=False):
    """Add text; '\n' becomes a manual line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = set_run(p.add_run(part), font, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    return p


def add_field(p, instr, font=SONG, size=14):
    r1 = set_run(p.add_run(), font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
    r2 = set_run(p.add_run(), font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = set_run(p.add_run(), font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
    set_run(p.add_run("1"), font, size)
    r5 = set_run(p.add_run(), font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)


def page_footer(section):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(p.add_run("— "), SONG, 14)
    add_field(p, "PAGE")
    set_run(p.add_run(" —"), SONG, 14)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def to_pdf(docx_path, out_pdf):
    tmp = tempfile.mkdtemp(prefix="ob32_")
    try:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.copyfile(produced, out_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def east_asian_normal(doc, font=FS, size=16):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    for s in doc.sections:
        s.page_width = Cm(21); s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7); s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8); s.right_margin = Cm(2.6)


def signature(container, org, date, right_cm=2.0):
    for t in (org, date):
        p = para(container, t, align="r", indent=False)
        p.paragraph_format.right_indent = Cm(right_cm)


def cell_text(cell, text, font=FS, size=12, bold=False, align="c"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = ALIGN[align]
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(18)
    add_text(p, text, font, size, bold)


def table_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    b = parse_xml('<w:tblBorders %s>' % nsdecls("w") + "".join(
        '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % k
        for k in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


# Word automatic numbering: decimal "%1." (measures / items); each list restarts.
NUM_ABS = """<w:abstractNum %s w:abstractNumId="91">
  <w:nsid w:val="4C2E6D91"/>
  <w:multiLevelType w:val="singleLevel"/>
  <w:tmpl w:val="5B3DAF20"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%%1．"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")


def install_numbering(doc, n_lists):
    numbering = doc.part.numbering_part.element
    nums = numbering.findall(qn("w:num"))
    absn = parse_xml(NUM_ABS)
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    for k in range(n_lists):
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="91"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nsdecls("w"), 91 + k)))


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id))
    pPr.insert(0, numPr)


# =================================================================== (a) 苏州片区 若干措施, Word -> PDF

A_TITLE = "中国（江苏）自由贸易试验区苏州片区管理委员会关于支持“一带一路”跨境物流和贸易新业态高质量发展的若干措施"
A_TITLE_LINES = "中国（江苏）自由贸易试验区苏州片区管理委员会\n关于支持“一带一路”跨境物流和贸易新业态\n高质量发展的若干措施"
A_NO = "苏园管规〔2024〕3号"
A_ORG = "中国（江苏）自由贸易试验区苏州片区管理委员会"
A_DATE = "2024年6月14日"
A_PRE = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，充分发挥中国（江苏）自由贸易试验区苏州片区（以下简称苏州片区）改革开放试验田作用，加快打造面向共建“一带一路”国家的国际物流枢纽和贸易新业态集聚区，结合片区实际，制定以下措施。"
# (kind, lead, body, subs, duty)
A_BODY = [
    ("h", "一、拓展国际物流通道"),
    ("m", "支持中欧班列集货分拨。", "对依托苏州（工业园区）中欧班列集结中心组织货源、年度货值达到5000万元以上的企业，按照实际运费的10%给予补贴，单家企业年度补贴最高200万元。", [], "经济发展委员会、苏州工业园区海关"),
    ("m", "培育国际海运和全货机航线。", "对新开通至共建“一带一路”国家的定期航线，分类给予支持：",
     ["(1)海运航线每条给予最高100万元的一次性奖励；", "(2)全货机航线按照实际执飞班次，每班给予最高5万元补贴。"], "经济发展委员会、交通运输局"),
    ("m", "建设海外物流节点。", "支持企业在共建“一带一路”国家和地区建设或租赁海外仓、分拨中心，经认定的，按照实际投资额的20%给予补助，最高300万元。", [], "商务局"),
    ("h", "二、培育贸易新业态"),
    ("m", "做大跨境电商规模。", "对跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予30万元、80万元、150万元奖励。", [], "商务局、苏州工业园区海关"),
    ("m", "发展保税维修和再制造。", "支持综合保税区内企业开展“两头在外”的保税维修业务，对年维修货值增长20%以上的企业，给予最高50万元奖励。", [], "综合保税区管理办公室"),
    ("m", "推进数字贸易创新。", "",
     ["(1)支持企业开展跨境数据流动试点，对通过数据出境安全评估的企业给予一次性10万元奖励；", "(2)对获评国家级、省级数字贸易示范企业的，分别给予50万元、20万元奖励。"], "商务局、科技创新委员会"),
    ("h", "三、强化服务保障"),
    ("m", "加大金融支持。", "鼓励银行机构为共建“一带一路”项目提供跨境人民币结算、出口信用保险保单融资等服务，对企业投保短期出口信用保险的保费给予最高50%补贴。", [], "金融发展局"),
    ("m", "优化通关服务。", "推广“提前申报”“两步申报”“区港联动”等便利化模式，进一步压缩进出口货物整体通关时间。", [], "苏州工业园区海关、经济发展委员会"),
]
A_END = [
    "本措施与苏州片区其他同类政策有重复的，按照“从高、不重复”原则执行。本措施由苏州片区管理委员会经济发展委员会负责解释。",
    "本措施自2024年7月1日起施行，有效期3年。",
]
A_TAB_HEAD = ["序号", "支持事项", "申报条件", "支持标准"]
A_TAB = [
    ["1", "中欧班列集货分拨", "依托集结中心组织货源，年度货值5000万元以上", "实际运费的10%，\n年度最高200万元"],
    ["2", "航线培育", "新开通至共建国家定期海运航线，年度执航不少于24班", "每条最高100万元"],
    ["2", "航线培育", "新开通全货机航线，年度执飞不少于50班", "每班最高5万元"],
    ["3", "海外仓建设", "在共建国家新建或租赁面积5000平方米以上；\n运营满一年", "实际投资额的20%，\n最高300万元"],
    ["4", "跨境电商", "进出口额首次突破1亿元、5亿元、10亿元", "30万元、80万元、150万元"],
]


def a_measure_text(lead, body, subs, duty):
    """The expected clause text of a measure (number dropped)."""
    lines = [lead + body] + subs
    if subs:
        lines.append("（责任部门：%s）" % duty)
    else:
        lines[0] = lines[0] + "（责任部门：%s）" % duty
    return "\n".join(lines)


def make_measures_pdf():
    doc = Document()
    east_asian_normal(doc)
    install_numbering(doc, 1)
    page_footer(doc.sections[0])
    p = para(doc, A_TITLE_LINES, XBS, 22, align="c", indent=False, exact=35)
    para(doc, "")
    para(doc, A_NO, KAI, 16, align="c", indent=False)
    para(doc, "")
    para(doc, A_PRE)
    for item in A_BODY:
        if item[0] == "h":
            para(doc, item[1], HEI)
            continue
        _, lead, body, subs, duty = item
        p = para(doc, "")
        set_num(p, 91)
        set_run(p.add_run(lead), FS, 16, True)
        if body:
            set_run(p.add_run(body), FS, 16)
        if not subs:
            set_run(p.add_run("（责任部门：%s）" % duty), FS, 16)
        else:
            for s in subs:
                para(doc, s)
            para(doc, "（责任部门：%s）" % duty)
    for t in A_END:
        para(doc, t)
    para(doc, "")
    para(doc, "附件：主要支持事项申报条件及支持标准", indent=True)
    para(doc, "")
    signature(doc, A_ORG, A_DATE, right_cm=0.5)
    page_break(doc)
    para(doc, "附件", HEI, 16, indent=False)
    para(doc, "主要支持事项申报条件及支持标准", XBS, 20, align="c", indent=False, exact=32, after=6)
    t = doc.add_table(rows=1 + len(A_TAB), cols=4)
    table_borders(t)
    widths = [Cm(1.4), Cm(3.2), Cm(7.0), Cm(4.0)]
    for j, h in enumerate(A_TAB_HEAD):
        cell_text(t.rows[0].cells[j], h, HEI, 12)
    repeat_header(t.rows[0])
    for i, row in enumerate(A_TAB, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, FS, 12, align="c" if j in (0, 1) else "j")
    # merge 序号 and 支持事项 of the two 航线培育 rows
    for j in (0, 1):
        a = t.cell(2, j); b = t.cell(3, j)
        m = a.merge(b)
        cell_text(m, A_TAB[1][j], FS, 12)
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    out_docx = os.path.join(tempfile.mkdtemp(prefix="ob32d_"), "blind32_suzhou_measures.docx")
    doc.save(out_docx)
    to_pdf(out_docx, os.path.join(HERE, "blind32_suzhou_measures.pdf"))
    shutil.rmtree(os.path.dirname(out_docx), ignore_errors=True)


# =================================================================== (b) 无锡 市政府办公室 印发 实施方案, .docx

B_PLAN = "无锡市深度融入共建“一带一路”推动高水平对外开放实施方案（2024—2026年）"
B_TITLE = "无锡市人民政府办公室关于印发%s的通知" % B_PLAN
B_TITLE_LINES = "无锡市人民政府办公室关于印发无锡市深度融入\n共建“一带一路”推动高水平对外开放\n实施方案（2024—2026年）的通知"
B_NO = "锡政办发〔2024〕27号"
B_ADDR = "各市（县）、区人民政府，市各委办局，市各直属单位："
B_COVER = "现将《%s》印发给你们，请认真贯彻执行。" % B_PLAN
B_ORG = "无锡市人民政府办公室"
B_DATE = "2024年5月20日"
B_PUBLIC = "（此件公开发布）"
B_PLAN_LINES = "无锡市深度融入共建“一带一路”\n推动高水平对外开放实施方案\n（2024—2026年）"
B_PRE = "为深入贯彻习近平总书记关于共建“一带一路”的重要论述，全面落实省委、省政府决策部署，推动我市更深层次融入共建“一带一路”，以高水平对外开放促进高质量发展，结合我市实际，制定本实施方案。"
# (kind, text) ; kinds: h1 heading, h2 subheading with text (lead, rest), n auto-numbered item, p paragraph
B_BODY = [
    ("h1", "一、总体要求"),
    ("h2", "（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，坚持共商共建共享原则，发挥无锡制造业和开放型经济优势，打造共建“一带一路”重要节点城市。"),
    ("h2", "（二）主要目标。", "到2026年，全市对共建“一带一路”国家进出口额年均增长8%以上，累计新增对外投资项目150个以上，中欧班列（无锡）年开行量突破200列。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）畅通国际物流通道。", ""),
    ("n", "提升中欧班列运营质效。稳定开行无锡至杜伊斯堡、莫斯科、阿拉木图等线路，推动班列“回程”货源组织，2026年回程班列占比达到30%以上。"),
    ("n", "拓展国际航空货运。支持苏南硕放国际机场加密至东南亚、中东的全货机航线，完善航空物流园功能，发展跨境电商航空专线。"),
    ("h2", "（二）深化经贸投资合作。", ""),
    ("n", "建设境外经贸合作区。推动柬埔寨西哈努克港经济特区提质升级，引导上下游企业“抱团出海”，打造境外园区合作样板。"),
    ("n", "扩大优势产品出口。围绕物联网、集成电路、高端装备等优势产业，每年组织企业参加共建国家重点展会30场次以上。"),
    ("n", "培育外贸新业态。支持企业在共建国家布局海外仓，推进市场采购贸易与跨境电商融合发展。"),
    ("h2", "（三）推进人文交流合作。", "深化与共建国家友好城市交流，支持在锡高校开展“鲁班工坊”等国际职业教育合作，扩大来锡留学生规模。"),
    ("h1", "三、保障措施"),
    ("h2", "（一）加强组织领导。", "市推进“一带一路”建设工作领导小组统筹推进全市工作，领导小组办公室设在市商务局，负责日常协调和督促落实。"),
    ("h2", "（二）强化督查考核。", "将本方案落实情况纳入对各市（县）、区和市有关部门的年度综合考核，每半年通报一次工作进展。"),
]
B_TAB_HEAD = ["序号", "任务", "牵头单位", "配合单位", "完成时限"]
# ("sec", text) spans all columns; rows: [序号, 任务, 牵头, 配合, 时限]
B_TAB = [
    ("sec", "一、畅通国际物流通道"),
    ["1", "提升中欧班列运营质效", "市交通运输局", "市商务局\n无锡海关", "2026年底"],
    ["2", "拓展国际航空货运", "市交通运输局", "苏南硕放国际机场\n无锡海关", "持续推进"],
    ("sec", "二、深化经贸投资合作"),
    ["3", "建设境外经贸合作区", "市商务局", "市发展改革委\n锡山区人民政府", "2026年底"],
    ["4", "扩大优势产品出口", "市商务局", "市工业和信息化局", "每年"],
    ["5", "培育外贸新业态", "市商务局", "无锡海关\n市邮政管理局", "持续推进"],
]


def b_clause_texts():
    out = []
    for item in B_BODY:
        if item[0] == "h2" and item[2]:
            out.append(item[1] + item[2])
        elif item[0] == "n":
            out.append(item[1])
    return out


def make_plan_docx():
    doc = Document()
    east_asian_normal(doc)
    install_numbering(doc, 2)
    page_footer(doc.sections[0])
    # ---- cover notice (no red header; OA public version)
    para(doc, B_NO, FS, 16, align="c", indent=False)
    para(doc, "")
    para(doc, B_TITLE_LINES, XBS, 22, align="c", indent=False, exact=35)
    para(doc, "")
    para(doc, B_ADDR, indent=False)
    para(doc, B_COVER)
    para(doc, "")
    para(doc, "")
    signature(doc, B_ORG, B_DATE, right_cm=2.0)
    para(doc, B_PUBLIC, FS, 16)
    page_break(doc)
    # ---- the plan
    para(doc, B_PLAN_LINES, XBS, 22, align="c", indent=False, exact=35)
    para(doc, "")
    para(doc, B_PRE)
    list_no = 90
    prev = None
    for item in B_BODY:
        k = item[0]
        if k == "h1":
            para(doc, item[1], HEI)
        elif k == "h2":
            p = para(doc, "")
            set_run(p.add_run(item[1]), KAI, 16)
            if item[2]:
                set_run(p.add_run(item[2]), FS, 16)
        elif k == "n":
            if prev != "n":
                list_no += 1
            p = para(doc, item[1])
            set_num(p, list_no)
        prev = k
    page_break(doc)
    para(doc, "附件", HEI, 16, indent=False)
    para(doc, "重点任务分工表", XBS, 20, align="c", indent=False, exact=32, after=6)
    t = doc.add_table(rows=1 + len(B_TAB), cols=5)
    table_borders(t)
    for j, h in enumerate(B_TAB_HEAD):
        cell_text(t.rows[0].cells[j], h, HEI, 12)
    repeat_header(t.rows[0])
    for i, row in enumerate(B_TAB, start=1):
        if isinstance(row, tuple):
            m = t.cell(i, 0).merge(t.cell(i, 4))
            cell_text(m, row[1], HEI, 12, align="j")
            continue
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, FS, 12, align="j" if j == 1 else "c")
    # 牵头单位 市交通运输局 merged over rows 2-3, 市商务局 over rows 5-7
    for a, b, v in ((2, 3, "市交通运输局"), (5, 7, "市商务局")):
        m = t.cell(a, 2).merge(t.cell(b, 2))
        cell_text(m, v, FS, 12)
    doc.save(os.path.join(HERE, "blind32_wuxi_plan.docx"))


# =================================================================== (c) 黄岛区 政策兑现 申报指南, portal .html

C_TITLE = "2024年度黄岛区支持企业开拓“一带一路”市场政策兑现申报指南"
C_NO = "青黄商字〔2024〕15号"
C_ORG1 = "青岛市黄岛区商务局"
C_ORG2 = "青岛市黄岛区财政局"
C_DATE = "2024年4月10日"
C_INTRO = "为贯彻落实《青岛西海岸新区（黄岛区）关于支持企业深度参与共建“一带一路”的若干政策》（青西新政发〔2023〕12号，以下简称《若干政策》），做好2024年度政策兑现工作，现将申报有关事项通知如下："
C_OBJ = "在黄岛区（含中国（山东）自由贸易试验区青岛片区）依法注册登记、具有独立法人资格，且2023年度与共建“一带一路”国家开展进出口、对外投资或对外承包工程业务的企业。"
C_COND = [
    "（一）企业生产经营正常，近三年内未被列入严重失信主体名单；",
    "（二）2023年度对共建“一带一路”国家进出口额达到500万美元以上，或对外直接投资中方协议投资额达到100万美元以上；",
    "（三）同一项目已享受区级其他同类财政资金支持的，不得重复申报。",
]
C_MAT = [
    "《2024年度黄岛区“一带一路”政策兑现申报表》（附件1）；",
    "企业营业执照复印件（加盖公章）；",
    "2023年度进出口报关单汇总表或企业境外投资证书（备案通知书）复印件；",
    "企业信用承诺书（附件2）。",
]
C_MAT_AFTER = "申报材料一式两份，按上述顺序装订成册，并同时报送电子版（PDF格式）。"
C_TIME = "2024年4月15日至2024年5月15日（法定节假日除外），逾期不予受理。"
C_CONTACT = [
    "区商务局外经贸科　联系人：王磊　电话：0532-86989123",
    "区财政局经建科　　联系人：刘倩　电话：0532-86989456",
    "受理地点：青岛市黄岛区长江中路227号区政务服务中心3楼312室",
]
C_ATT = ["2024年度黄岛区“一带一路”政策兑现申报表.docx", "企业信用承诺书.doc"]


def make_guide_html():
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    P = lambda s, style="text-indent:2em;": '<p style="%s">%s</p>' % (style, s)
    body = []
    body.append(P(esc(C_INTRO)))
    body.append(P("<strong>一、申报对象</strong>"))
    body.append(P(esc(C_OBJ)))
    body.append(P("<strong>二、申报条件</strong>"))
    for c in C_COND:
        body.append(P(esc(c)))
    body.append(P("<strong>三、申报材料</strong>"))
    body.append('<ol style="padding-left:4em;">' + "".join("<li>%s</li>" % esc(m) for m in C_MAT) + "</ol>")
    body.append(P(esc(C_MAT_AFTER)))
    body.append(P("<strong>四、申报时间</strong>"))
    body.append(P(esc(C_TIME)))
    body.append(P("<strong>五、联系方式</strong>"))
    for c in C_CONTACT:
        body.append(P(esc(c).replace("　　", "&emsp;&emsp;")))
    body.append(P("&nbsp;"))
    body.append(P('附件：<a href="/upload/2024/04/12/202404120930001.docx">1.%s</a><br/>&emsp;&emsp;&emsp;<a href="/upload/2024/04/12/202404120930002.doc">2.%s</a>' % (esc(C_ATT[0]), esc(C_ATT[1]))))
    body.append(P("&nbsp;"))
    body.append(P("%s&emsp;&emsp;%s" % (C_ORG1, C_ORG2), "text-align:right;"))
    body.append(P(C_DATE + "&emsp;&emsp;&emsp;&emsp;", "text-align:right;"))
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="青岛西海岸新区（黄岛区）人民政府">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2024-04-12 09:30">
<meta name="ContentSource" content="区商务局">
<title>%(title)s_通知公告_青岛西海岸新区（黄岛区）人民政府</title>
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>今天是：2024年4月12日 星期五</span><a href="/wza/">无障碍</a> | <a href="/elder/">长者模式</a> | <a href="/login/">登录</a> | <a href="/en/">English</a></div></div>
<div class="header"><div class="w1200"><img src="/static/img/logo.png" alt="青岛西海岸新区（黄岛区）人民政府"><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进新区</a></li></ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<table class="xxgk-meta">
<tr><td>索&emsp;引&emsp;号：</td><td>11370211MB1285437X/2024-00123</td><td>主题分类：</td><td>商贸、海关、旅游</td></tr>
<tr><td>发布机构：</td><td>青岛市黄岛区商务局</td><td>成文日期：</td><td>2024-04-10</td></tr>
<tr><td>文&emsp;&emsp;号：</td><td>%(no)s</td><td>发布日期：</td><td>2024-04-12</td></tr>
<tr><td>名&emsp;&emsp;称：</td><td colspan="3">%(title)s</td></tr>
</table>
<div class="article">
<h1 class="art-title">%(title)s</h1>
<div class="art-info"><span>发布时间：2024-04-12 09:30</span>&emsp;<span>来源：区商务局</span>&emsp;<span>浏览次数：<em id="hits">1326</em></span>&emsp;<span class="font-size">字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>&emsp;<a href="javascript:window.print()">【打印本页】</a>&emsp;<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="TRS_Editor" id="zoom">
%(body)s
</div>
<div class="share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qz">QQ空间</a></div>
<div class="prev-next"><p>上一篇：<a href="/zwgk/tzgg/202404/t20240409_7712031.shtml">关于2024年第一季度全区外贸运行情况的通报</a></p><p>下一篇：<a href="/zwgk/tzgg/202404/t20240415_7715562.shtml">黄岛区召开“一带一路”经贸合作对接会</a></p></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a> | <a href="/smsm/">使用说明</a></p>
<p>主办单位：青岛西海岸新区管委（黄岛区人民政府）办公室&emsp;承办单位：青岛西海岸新区大数据发展中心</p>
<p>网站标识码：3702110003&emsp;<a href="https://beian.miit.gov.cn/">鲁ICP备05038726号-1</a>&emsp;<img src="/static/img/ga.png">鲁公网安备 37021102000246号</p>
<p>联系电话：0532-86989000（工作日9:00-17:00）</p>
</div></div>
<script>function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</body>
</html>
""" % {"title": C_TITLE, "no": C_NO, "body": "\n".join(body)}
    with open(os.path.join(HERE, "blind32_huangdao_guide.html"), "w", encoding="utf-8") as f:
        f.write(html)


# =================================================================== expected.json

def expected():
    a_clauses = [A_PRE]
    for item in A_BODY:
        if item[0] == "m":
            a_clauses.append(a_measure_text(*item[1:]))
    a_clauses += A_END
    for row in A_TAB:
        a_clauses.append("；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(A_TAB_HEAD, row)))
    b_plan_clauses = [B_PRE] + b_clause_texts()
    for row in B_TAB:
        if isinstance(row, tuple):
            continue
        b_plan_clauses.append("；".join("%s：%s" % (h, v.replace("\n", "、")) for h, v in zip(B_TAB_HEAD, row)))
    c_clauses = [C_INTRO, "一、申报对象" + C_OBJ] + C_COND + ["%d.%s" % (i + 1, m) for i, m in enumerate(C_MAT)] + [C_MAT_AFTER, "四、申报时间" + C_TIME] + C_CONTACT
    exp = {
        "blind32_suzhou_measures": [{
            "meta": {"title": A_TITLE, "doc_number": A_NO, "issuer": A_ORG, "date": "2024-06-14",
                     "effective": "2024-07-01", "expires": "2027-06-30"},
            "clauses": a_clauses,
            "_note": "Word-made PDF. Title is three centred lines (manual line breaks) that must be joined. 文号 in 楷体 under the title. "
                     "Measures 1．–8． are Word automatic numbering (numbering continues across the 一、二、三、 headings), each opens with a bold lead phrase; "
                     "the number may stay in the label or text. Measures 2 and 6 have typed sub-points (1)(2) and their （责任部门：…） on its own line: "
                     "sub-points may be separate clauses or kept in the measure, but the 责任部门 line must stay with its measure, not become its own clause or be glued to the next measure. "
                     "一、二、三、 are headings, not clauses. The two closing paragraphs are clauses; 有效期3年 gives expiry 2027-06-30 (2027-07-01 tolerable). "
                     "'附件：主要支持事项申报条件及支持标准' is an attachment, not a clause. Footer '— N —' must not appear. "
                     "The 附件 table (header 序号/支持事项/申报条件/支持标准) must come out as rows with header names; rows 2a/2b share the merged 序号 2 and 支持事项 航线培育; "
                     "line breaks inside cells are cosmetic. Table rows kept as table-kind items or as the 附件's own document are both acceptable, if not glued to measure 8 or the closing paragraphs.",
        }],
        "blind32_wuxi_plan": [{
            "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": B_ORG, "date": "2024-05-20"},
            "clauses": [B_COVER],
            "_note": "Cover notice without red header (OA public version): 文号 line above the three-line title. 主送 is an addressee, not a clause. "
                     "（此件公开发布） is not a clause. The cover and the plan may be one document or two; if one, the plan title must be known somewhere "
                     "(as a heading or second document) and not glued into the cover sentence.",
        }, {
            "meta": {"title": B_PLAN, "doc_number": None, "issuer": B_ORG, "date": "2024-05-20"},
            "clauses": b_plan_clauses,
            "_note": "Plan title is three centred lines with manual breaks (the third line is （2024—2026年）) and must be joined into one title. "
                     "一、二、三、 are headings; （一） lead-ins with text are clauses ('（一）畅通国际物流通道。' and '（二）深化经贸投资合作。' with nothing after are headings). "
                     "Items under them are Word automatic numbering (1．2． restart in each list; no number in the text): they are clauses with labels 1, 2 / 1, 2, 3 — a label missing is low, "
                     "items glued together is high. The 附件 重点任务分工表: section rows spanning all columns ('一、畅通国际物流通道') are group labels, not task rows; "
                     "牵头单位 is merged vertically (rows 1–2, 3–5) so each row must carry its 牵头单位; line breaks inside 配合单位 cells separate two units.",
        }],
        "blind32_huangdao_guide": [{
            "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ORG1 + "、" + C_ORG2, "date": "2024-04-10"},
            "clauses": c_clauses,
            "_note": "Portal page. Chrome (今天是…, 无障碍/长者模式/登录, 搜索, nav, 当前位置 breadcrumb, the 信息公开 meta table 索引号/主题分类/发布机构/成文日期/文号/发布日期/名称, "
                     "发布时间/来源/浏览次数/字号[大 中 小]/打印本页/关闭窗口, 分享到, 上一篇/下一篇, footer 主办单位/网站标识码/ICP/公网安备/联系电话) must not be clauses. "
                     "文号 is only in the meta table (青黄商字〔2024〕15号) — taking it from there is expected; missing it is medium. Date 成文日期 2024-04-10 (published 2024-04-12). "
                     "Two issuers on one signature line separated by two em spaces. 一、申报对象 and 四、申报时间 each with one paragraph may be heading + clause or one clause. "
                     "二、三、五、 are headings. 申报材料 is an HTML <ol>: four clauses numbered 1–4 (the number may be label only). "
                     "The 联系方式 lines may be clauses or contact info (tolerable), but not dropped silently without a trace. "
                     "Attachments: the two linked files. Signature lines are not clauses.",
        }],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    make_measures_pdf()
    make_plan_docx()
    make_guide_html()
    expected()
    print("written:", sorted(x for x in os.listdir(HERE) if x.startswith("blind32_") or x == "expected.json"))
