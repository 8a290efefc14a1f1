# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 73: three ordinary red-header 公文 (Word-made PDFs).

Writes next to itself:
  blind73_yunnan_yijian.docx/.pdf    云南省人民政府办公厅 实施意见 + 附件 任务分工表 (runs over a page)
  blind73_kunming_tongzhi.docx/.pdf  昆明市商务局 通知 + 附件 申报表 (a form)
  blind73_dehong_fangan.docx/.pdf    德宏片区管委会 印发通知 + 实施方案 (第X条)
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"
S3 = 16; S2 = 22


def font(run, name=FS, size=S3, bold=False, color=None):
    run.font.name = name; run.font.size = Pt(size); run.font.bold = bold
    rpr = run._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"): rf.set(qn(a), name)
    if color is not None: run.font.color.rgb = color


def para(doc, parts, align=None, indent=True, size=S3, line=24.5, before=0, after=0, right=None, left=None):
    """parts: str or list of (text, fontname, bold)."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line); pf.space_before = Pt(before); pf.space_after = Pt(after)
    if indent: pf.first_line_indent = Pt(size * 2)
    if right is not None: pf.right_indent = Pt(right)
    if left is not None: pf.left_indent = Pt(left)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if isinstance(parts, str): parts = [(parts, FS, False)]
    for t, f, b in parts:
        font(p.add_run(t), f, size, b)
    return p


def border(p, side, sz=8, color="E60012"):
    pPr = p._p.get_or_add_pPr(); bdr = pPr.find(qn("w:pBdr"))
    if bdr is None: bdr = OxmlElement("w:pBdr"); pPr.append(bdr)
    e = OxmlElement("w:" + side); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def footer_pagenum(sec, align):
    p = sec.paragraphs[0] if sec.paragraphs else sec.add_paragraph()
    p.alignment = align
    font(p.add_run("— "), "宋体", 14)
    r = p.add_run(); font(r, "宋体", 14)
    for tag, attr in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", None), ("w:fldChar", {"w:fldCharType": "end"})):
        e = OxmlElement(tag)
        if attr:
            for k, v in attr.items(): e.set(qn(k), v)
        else:
            e.set(qn("xml:space"), "preserve"); e.text = " PAGE "
        r._r.append(e)
    font(p.add_run(" —"), "宋体", 14)


def new_doc():
    doc = Document()
    s = doc.sections[0]
    s.page_width = Mm(210); s.page_height = Mm(297)
    s.top_margin = Mm(37); s.bottom_margin = Mm(35); s.left_margin = Mm(28); s.right_margin = Mm(26)
    s.footer_distance = Mm(20)
    doc.settings.odd_and_even_pages_header_footer = True
    footer_pagenum(s.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    footer_pagenum(s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(S3)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def banner(doc, organ, docno, size=36):
    p = para(doc, [(organ, XBS, False)], align="c", indent=False, size=size, line=size * 1.25, before=0, after=12)
    for r in p.runs: r.font.color.rgb = RED
    p = para(doc, docno, align="c", indent=False, after=4)
    border(p, "bottom", sz=18)


def title(doc, t):
    para(doc, [(t, XBS, False)], align="c", indent=False, size=S2, line=32, before=14, after=10)


def body(doc, items):
    """items: list of (kind, text); kind: h1 (黑体 heading), h2 (楷体 lead), p (plain). For 'h2i'
    the (一) lead is in 楷体 and the rest continues in 仿宋 in the same paragraph."""
    for kind, t in items:
        if kind == "h1": para(doc, [(t, HT, False)])
        elif kind == "h2": para(doc, [(t, KT, False)])
        elif kind == "h2i":
            lead, rest = t.split("。", 1)
            para(doc, [(lead + "。", KT, False), (rest, FS, False)])
        elif kind == "h3i":
            lead, rest = t.split("。", 1)
            para(doc, [(lead + "。", FS, True), (rest, FS, False)])
        else: para(doc, t)


def signoff(doc, organ, date_cn, right_chars=4):
    para(doc, "", indent=False)
    para(doc, organ, align="r", indent=False, right=S3 * (right_chars - 1))
    para(doc, date_cn, align="r", indent=False, right=S3 * right_chars)
    para(doc, "（此件公开发布）", indent=True)


def banji(doc, cc, printer, pdate):
    para(doc, "", indent=False)
    p = para(doc, [("抄送：", FS, False), (cc, FS, False)], indent=False, size=14, left=Pt(14).pt, line=26)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    border(p, "top", sz=8, color="000000"); border(p, "bottom", sz=4, color="000000")
    gap = "　" * max(2, 26 - len(printer) - len(pdate))
    p = para(doc, printer + gap + pdate, indent=False, size=14, line=26)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    border(p, "bottom", sz=8, color="000000")


def cell_text(cell, text, bold=False, size=12, align="c", name=FS):
    cell.text = ""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p.paragraph_format.line_spacing = Pt(size * 1.4)
        font(p.add_run(ln), name, size, bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr(); e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def clauses_of(items):
    return [t for k, t in items]


EXPECTED = {}

# ---------------------------------------------------------------- 1. 云南省政府办公厅 实施意见
T1 = "云南省人民政府办公厅关于推动中国（云南）自由贸易试验区深度融入共建“一带一路”的实施意见"
N1 = "云政办发〔2024〕27号"
B1 = [
    ("p", "为推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）深度融入共建“一带一路”，经省人民政府同意，现提出如下实施意见。"),
    ("h1", "一、总体要求"),
    ("p", "坚持以制度创新为核心，推动昆明、红河、德宏3个片区差异化发展。到2026年，云南自贸试验区累计形成省级以上制度创新成果100项以上，与共建“一带一路”国家进出口额占全省比重达到50%以上。"),
    ("h1", "二、重点任务"),
    ("h2i", "（一）提升跨境贸易便利化水平。深化国际贸易“单一窗口”建设，推动与老挝、越南、缅甸等周边国家口岸数据互联互通，将进口、出口整体通关时间分别压缩至全国平均水平以内。"),
    ("h2", "（二）畅通国际物流大通道"),
    ("h3i", "1.做强中老铁路国际货运。支持昆明片区建设中老铁路集结中心，加密“澜湄快线”国际货物列车开行班次，推广“铁路快通”模式。"),
    ("h3i", "2.发展多式联运。推行国际多式联运“一单制”，具体措施包括："),
    ("p", "（1）支持多式联运经营人签发多式联运提单，推动提单物权化试点；"),
    ("p", "（2）对新开通至南亚东南亚国家的国际多式联运线路，按规定给予资金支持；"),
    ("p", "（3）鼓励在河口、磨憨、瑞丽等边境口岸建设海外仓和边境仓。"),
    ("h2i", "（三）深化跨境金融创新。扩大跨境人民币结算规模，稳步推进人民币与老挝基普、越南盾直接交易。"),
    ("h1", "三、保障措施"),
    ("h2i", "（一）加强组织领导。各片区要建立工作台账，明确责任分工和时间节点。"),
    ("h2i", "（二）强化政策支持。省级有关专项资金对片区重点项目予以倾斜支持，省商务厅每年对本实施意见落实情况开展评估。"),
    ("p", "本实施意见自2024年7月1日起施行，有效期至2029年6月30日。"),
]
TAB1_TITLE = "推动中国（云南）自由贸易试验区深度融入共建“一带一路”重点任务分工表"
TAB1 = [
    ("1", "将进口、出口整体通关时间分别压缩至全国平均水平以内", "昆明海关、省商务厅", "2025年底前"),
    ("2", "推动与老挝、越南、缅甸口岸数据互联互通", "省商务厅、省口岸办", "2026年底前"),
    ("3", "建设中老铁路集结中心", "昆明片区管委会、中国铁路昆明局集团有限公司", "2025年底前"),
    ("4", "加密“澜湄快线”国际货物列车开行班次", "中国铁路昆明局集团有限公司、省交通运输厅", "持续推进"),
    ("5", "推广“铁路快通”模式", "昆明海关", "2024年底前"),
    ("6", "推行多式联运“一单制”，开展提单物权化试点", "省交通运输厅、省商务厅、人民银行云南省分行", "2025年底前"),
    ("7", "对新开通国际多式联运线路给予资金支持", "省财政厅、省交通运输厅", "持续推进"),
    ("8", "在河口、磨憨、瑞丽等边境口岸建设海外仓和边境仓", "红河片区管委会、德宏片区管委会、西双版纳州人民政府", "2026年底前"),
    ("9", "扩大跨境人民币结算规模", "人民银行云南省分行、国家外汇管理局云南省分局", "持续推进"),
    ("10", "为共建“一带一路”项目提供跨境人民币贷款", "人民银行云南省分行、云南金融监管局", "持续推进"),
    ("11", "推进人民币与老挝基普、越南盾直接交易", "人民银行云南省分行", "2026年底前"),
    ("12", "依托中老磨憨—磨丁经济合作区布局加工制造项目", "西双版纳州人民政府、省发展改革委", "2026年底前"),
    ("13", "依托中缅边境经济合作区打造跨境产业链", "德宏州人民政府、省工业和信息化厅", "2026年底前"),
    ("14", "建立片区工作台账，明确责任分工和时间节点", "各片区管委会", "2024年9月底前"),
    ("15", "省级专项资金对片区重点项目予以倾斜支持", "省财政厅、省发展改革委", "持续推进"),
    ("16", "落实片区配套资金", "昆明市、红河州、德宏州人民政府", "持续推进"),
    ("17", "开展年度实施情况评估并报省人民政府", "省商务厅", "每年12月底前"),
    ("18", "累计形成省级以上制度创新成果100项以上", "省商务厅、各片区管委会", "2026年底前"),
]
TAB1_NOTE = "注：排在第一位的为牵头单位，其他为配合单位。"


def build1():
    doc = new_doc()
    banner(doc, "云南省人民政府办公厅文件", N1)
    title(doc, T1)
    para(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)
    body(doc, B1)
    para(doc, "附件：重点任务分工表", indent=True)
    signoff(doc, "云南省人民政府办公厅", "2024年6月18日", right_chars=4)
    para(doc, [("附件", HT, False)], indent=False).paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    para(doc, [(TAB1_TITLE, XBS, False)], align="c", indent=False, size=S2 - 4, line=30)
    para(doc, "", indent=False, line=14)
    hdr = ("序号", "重点任务", "牵头单位", "完成时限")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Mm(14), Mm(70), Mm(46), Mm(26))
    for i, h in enumerate(hdr): cell_text(t.rows[0].cells[i], h, bold=True, size=12, name=HT)
    repeat_header(t.rows[0])
    for row in TAB1:
        r = t.add_row(); cant_split(r)
        for i, v in enumerate(row): cell_text(r.cells[i], v, size=12, align="l" if i == 1 else "c")
    t.autofit = False
    for i, w in enumerate(widths): t.columns[i].width = w
    for r in t.rows:
        for i, c in enumerate(r.cells): c.width = widths[i]
    para(doc, TAB1_NOTE, indent=False, size=14, before=6)
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，云南省军区。", "云南省人民政府办公厅", "2024年6月19日印发")
    p = os.path.join(HERE, "blind73_yunnan_yijian.docx"); doc.save(p); return p


EXPECTED["blind73_yunnan_yijian"] = [{
    "meta": {"title": T1, "doc_number": N1, "issuer": "云南省人民政府办公厅", "date": "2024-06-18",
             "level": "provincial", "region": "云南省", "effective": "2024-07-01", "expires": "2029-06-30"},
    "clauses": clauses_of(B1) + ["序号：%s；重点任务：%s；牵头单位：%s；完成时限：%s" % r for r in TAB1] + [TAB1_NOTE],
    "_note": "Furniture, never clauses: red 版头 '云南省人民政府办公厅文件', 文号 line, 主送 line '各州、市人民政府，省直各委、办、厅、局：', "
             "附件说明 '附件：推动…分工表', 落款 organ and date, 附注 '（此件公开发布）', the word '附件' and the 附件 title above the table, "
             "the repeated table header row on page 2+, 版记 (抄送 line, '云南省人民政府办公厅 2024年6月19日印发'), page numbers '— N —'. "
             "Tolerated: heading-only lines ('一、总体要求', '二、重点任务', '（二）畅通国际物流大通道', '三、保障措施') as their own clause OR prefixed to the next clause; "
             "items （1）–（3） as children of '2.发展多式联运' or merged into it; the preamble as a clause or as preface; the table's 注 line as clause or dropped (low). "
             "Each table row once only, even though the header repeats on the next page. date is the 成文日期 2024-06-18, not the 印发 date 2024-06-19. "
             "Places: the whole document applies to 云南省 (the 片区 昆明/红河/德宏 and 河口/磨憨/瑞丽 are named inside clauses, acceptable as clause-level places).",
}]

# ---------------------------------------------------------------- 2. 昆明市商务局 通知 + 申报表
T2 = "昆明市商务局关于组织申报2024年度“一带一路”境外经贸合作项目支持资金的通知"
N2 = "昆商通〔2024〕31号"
B2 = [
    ("p", "为贯彻落实《云南省人民政府办公厅关于推动中国（云南）自由贸易试验区深度融入共建“一带一路”的实施意见》（云政办发〔2024〕27号），支持我市企业参与共建“一带一路”，现就组织申报2024年度“一带一路”境外经贸合作项目支持资金有关事项通知如下。"),
    ("h1", "一、支持范围"),
    ("p", "（一）在共建“一带一路”国家投资建设境外经贸合作区、境外加工制造基地的项目；"),
    ("p", "（二）在老挝、越南、缅甸等周边国家建设海外仓、边境仓的项目；"),
    ("p", "（三）承接中老铁路沿线国际产能合作的项目。"),
    ("h1", "二、申报条件"),
    ("p", "1.在昆明市行政区域内（含中国（云南）自由贸易试验区昆明片区）依法注册，具有独立法人资格；"),
    ("p", "2.项目已取得商务主管部门颁发的《企业境外投资证书》，且2023年1月1日至2024年6月30日期间有实际投资发生；"),
    ("p", "3.近三年无严重违法失信记录。"),
    ("h1", "三、支持标准"),
    ("p", "按项目2023年1月1日至2024年6月30日期间实际投资额的3%给予补助，单个企业补助金额最高不超过200万元。"),
    ("h1", "四、申报程序"),
    ("p", "申报企业于2024年8月15日前向注册地县（市、区）商务主管部门或园区经济发展部门提交申报材料，各县（市、区）商务主管部门、各园区经济发展部门审核后于2024年8月30日前将推荐意见报送市商务局对外投资和经济合作处。逾期不予受理。"),
    ("h1", "五、联系方式"),
    ("p", "市商务局对外投资和经济合作处，联系人：李明，联系电话：0871-63191234。"),
]
FORM_TITLE = "2024年度“一带一路”境外经贸合作项目支持资金申报表"
FORM = [  # list of rows; each row a list of (text, colspan)
    [("企业名称（盖章）", 1), ("", 3)],
    [("统一社会信用代码", 1), ("", 1), ("注册地", 1), ("", 1)],
    [("法定代表人", 1), ("", 1), ("联系电话", 1), ("", 1)],
    [("项目名称", 1), ("", 3)],
    [("项目所在国别", 1), ("", 1), ("境外投资证书编号", 1), ("", 1)],
    [("项目类别", 1), ("□境外经贸合作区　□境外加工制造基地\n□海外仓、边境仓　□国际产能合作", 3)],
    [("实际投资额（万元）", 1), ("", 1), ("申请补助金额（万元）", 1), ("", 1)],
    [("项目简介", 1), ("（不超过500字）", 3)],
    [("企业承诺", 1), ("本企业承诺所报材料真实、准确、完整，如有虚假，愿承担相应法律责任。\n法定代表人（签字）：\n年　　月　　日", 3)],
    [("县（市、区）商务主管部门意见", 1), ("（盖章）\n年　　月　　日", 3)],
]
FORM_EXPECT = [
    "企业名称（盖章）：",
    "统一社会信用代码：；注册地：",
    "法定代表人：；联系电话：",
    "项目名称：",
    "项目所在国别：；境外投资证书编号：",
    "项目类别：□境外经贸合作区　□境外加工制造基地□海外仓、边境仓　□国际产能合作",
    "实际投资额（万元）：；申请补助金额（万元）：",
    "项目简介：（不超过500字）",
    "企业承诺：本企业承诺所报材料真实、准确、完整，如有虚假，愿承担相应法律责任。法定代表人（签字）：年　　月　　日",
    "县（市、区）商务主管部门意见：（盖章）年　　月　　日",
]


def build2():
    doc = new_doc()
    banner(doc, "昆明市商务局文件", N2)
    title(doc, T2)
    para(doc, "各县（市、区）商务主管部门，各开发（度假）园区经济发展部门，有关企业：", indent=False)
    body(doc, B2)
    para(doc, "附件：" + FORM_TITLE, indent=True)
    signoff(doc, "昆明市商务局", "2024年7月22日", right_chars=4)
    para(doc, [("附件", HT, False)], indent=False).paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    para(doc, [(FORM_TITLE, XBS, False)], align="c", indent=False, size=S2 - 4, line=30)
    para(doc, "填报日期：　　年　　月　　日", align="r", indent=False, size=12)
    t = doc.add_table(rows=len(FORM), cols=4); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Mm(38), Mm(42), Mm(36), Mm(40))
    for ri, row in enumerate(FORM):
        ci = 0
        for text, span in row:
            c = t.cell(ri, ci)
            if span > 1: c = c.merge(t.cell(ri, ci + span - 1))
            cell_text(c, text, size=12, align="c" if ci == 0 or span == 1 else "l")
            ci += span
        tr = t.rows[ri]._tr; trPr = tr.get_or_add_trPr(); h = OxmlElement("w:trHeight")
        big = row[0][0] in ("项目简介", "企业承诺", "县（市、区）商务主管部门意见")
        h.set(qn("w:val"), str(Mm(24 if big else 10).twips)); trPr.append(h)
    t.autofit = False
    for i, w in enumerate(widths): t.columns[i].width = w
    for r in t.rows:
        for i, c in enumerate(r.cells): c.width = widths[i]
    banji(doc, "市财政局，中国（云南）自由贸易试验区昆明片区管委会。", "昆明市商务局办公室", "2024年7月23日印发")
    p = os.path.join(HERE, "blind73_kunming_tongzhi.docx"); doc.save(p); return p


EXPECTED["blind73_kunming_tongzhi"] = [{
    "meta": {"title": T2, "doc_number": N2, "issuer": "昆明市商务局", "date": "2024-07-22",
             "level": "municipal", "region": "云南省昆明市"},
    "clauses": clauses_of(B2) + FORM_EXPECT,
    "_note": "Furniture: 版头 '昆明市商务局文件', 文号 line, 主送 '各县（市、区）商务主管部门，…有关企业：', 附件说明, 落款 '昆明市商务局 2024年7月22日', "
             "'（此件公开发布）', '附件' label, form title, '填报日期：　年　月　日', 版记 (抄送：市财政局…; 昆明市商务局办公室 2024年7月23日印发), page numbers. "
             "The 申报表 is a blank form: label/blank pairs. Tolerated: the form rows left out entirely, or rendered as label：value with empty values, in any reasonable "
             "form; NOT tolerated: form labels glued onto the last body clause (五、联系方式) or the 版记 text appearing as clauses. "
             "The reference to 云政办发〔2024〕27号 in the preamble is a citation, not this document's number. No effective/expires printed; "
             "deadlines 2024-08-15 / 2024-08-30 are application deadlines, not expiry (tolerate if reported as such in applies, low). "
             "Heading-only lines (一、支持范围 etc.) as own clause or prefixed to the following item are both fine. Place: 昆明市 (云南省).",
}]

# ---------------------------------------------------------------- 3. 德宏片区管委会 印发 实施方案
T3 = "中国（云南）自由贸易试验区德宏片区管理委员会关于印发《德宏片区服务共建“一带一路”跨境物流高质量发展实施方案》的通知"
N3 = "德自贸管发〔2024〕12号"
FA_TITLE = "德宏片区服务共建“一带一路”跨境物流高质量发展实施方案"
B3_NOTICE = [("p", "现将《德宏片区服务共建“一带一路”跨境物流高质量发展实施方案》印发给你们，请结合实际认真抓好落实。")]
B3 = [
    ("ch", "第一章　总　则"),
    ("a", "第一条　为落实中国（云南）自由贸易试验区建设部署，加快德宏片区面向南亚东南亚的跨境物流枢纽建设，服务共建“一带一路”，结合片区实际，制定本方案。"),
    ("a", "第二条　本方案适用于中国（云南）自由贸易试验区德宏片区（以下简称片区）范围内注册并开展跨境物流业务的企业。"),
    ("a", "第三条　片区管委会经济发展局负责本方案的组织实施，财政局负责资金保障，瑞丽海关、瑞丽市相关部门按职责做好配合。"),
    ("ch", "第二章　主要任务"),
    ("a", "第四条　畅通中缅陆路通道。加快畅通瑞丽—木姐跨境物流通道，推动中缅公路、铁路联运，支持企业开行“瑞丽—仰光”公铁联运班列。"),
    ("a", "第五条　建设跨境物流园区。支持建设瑞丽国际陆港和姐告边境贸易物流园区，完善保税仓储、冷链物流、集装箱堆场等功能。"),
    ("a", "第六条　支持企业开拓物流线路。对片区企业新开通至缅甸、孟加拉国、印度等南亚东南亚国家的国际道路运输线路，每条线路给予一次性奖励20万元；年度开行班次达到100班以上的，再给予10万元奖励。"),
    ("a", "第七条　推进通关便利化。推广“两步申报”“提前申报”等通关模式，推行边民互市商品“一次申报、分步处置”，口岸整体通关时间较2023年压缩20%以上。"),
    ("a", "第八条　培育跨境物流市场主体。对新引进的年营业收入超过5000万元的跨境物流企业，给予以下支持：\n（一）自落户之日起三年内，按其对片区经济发展贡献给予奖励；\n（二）租用片区办公用房的，给予三年租金补贴，每年最高50万元。"),
    ("ch", "第三章　保障措施"),
    ("a", "第九条　片区每年安排不少于2000万元跨境物流发展专项资金，用于本方案所列支持事项。"),
    ("a", "第十条　同一项目符合片区其他同类支持政策的，按照就高不重复的原则执行。"),
    ("a", "第十一条　本方案由片区管委会经济发展局负责解释。"),
    ("a", "第十二条　本方案自2024年10月1日起施行，有效期3年。"),
]


def build3():
    doc = new_doc()
    banner(doc, "中国（云南）自由贸易试验区\n德宏片区管理委员会文件", N3, size=28)
    title(doc, T3)
    para(doc, "片区各部门，瑞丽市各有关部门，片区各入驻企业：", indent=False)
    body(doc, B3_NOTICE)
    para(doc, "附件：" + FA_TITLE, indent=True)
    signoff(doc, "中国（云南）自由贸易试验区\n德宏片区管理委员会", "2024年9月5日", right_chars=4)
    para(doc, [("附件", HT, False)], indent=False).paragraph_format.page_break_before = True
    para(doc, "", indent=False)
    para(doc, [(FA_TITLE, XBS, False)], align="c", indent=False, size=S2, line=32, after=10)
    for k, t in B3:
        if k == "ch": para(doc, [(t, HT, False)], align="c", indent=False)
        else:
            lines = t.split("\n")
            art, rest = lines[0].split("　", 1)
            para(doc, [(art + "　", HT, False), (rest, FS, False)])
            for ln in lines[1:]: para(doc, ln)
    banji(doc, "瑞丽市人民政府，德宏州商务局，瑞丽海关。", "德宏片区管委会综合办公室", "2024年9月6日印发")
    p = os.path.join(HERE, "blind73_dehong_fangan.docx"); doc.save(p); return p


EXPECTED["blind73_dehong_fangan"] = [{
    "meta": {"title": T3, "doc_number": N3, "issuer": "中国（云南）自由贸易试验区德宏片区管理委员会", "date": "2024-09-05",
             "level": "other", "region": "云南省德宏傣族景颇族自治州瑞丽市", "effective": "2024-10-01", "expires": "2027-09-30"},
    "clauses": clauses_of(B3_NOTICE) + [t.replace("\n", "") for k, t in B3 if k == "a"],
    "_note": "Furniture: two-line red 版头 '中国（云南）自由贸易试验区 / 德宏片区管理委员会文件', 文号, 主送 '片区各部门，瑞丽市各有关部门，片区各入驻企业：', "
             "附件说明, two-line 落款 and date 2024年9月5日, '（此件公开发布）', '附件' label, the 方案 title, chapter headings 第一章…第三章 (context, not clauses), "
             "版记 (抄送：瑞丽市人民政府…; 德宏片区管委会综合办公室 2024年9月6日印发), page numbers. "
             "Tolerated: the 方案 parsed as a second document (title = 方案 title, same 文号/issuer/date) holding 第一条–第十二条, with the notice paragraph alone in the first; "
             "第八条's （一）（二） as child clauses rather than joined (medium if lost). level: 'other' preferred; 'county' or 'municipal' tolerable (a 片区管委会 is a provincial-zone agency seated in 瑞丽市 — county-level city). "
             "region: 德宏州/瑞丽市 (云南省); 'whole 云南省' is too broad (medium). effective 2024-10-01; expires printed as '有效期3年' → 2027-09-30 (2027-10-01 tolerable).",
}]


if __name__ == "__main__":
    for b in (build1, build2, build3):
        p = b(); to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok")
