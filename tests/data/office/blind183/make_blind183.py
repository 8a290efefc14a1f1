# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 183: the most ordinary documents of north-west China offices.

Writes next to itself (python-docx for the Word files, LibreOffice for the PDFs):
  blind183_lanzhou_notice.docx / .pdf   兰州新区管理委员会 通知 (一、（一）1.), 中欧班列 + 综合保税区,
      附件 开行计划表 (ordinary Word table with a 合计 row); footer “— N —” odd right / even left.
  blind183_ningxia_banfa.docx / .pdf    宁夏回族自治区商务厅 银川海关 联合印发 办法 (第X章 第X条),
      joint 版头 laid out as a borderless table (two organ names + 文件), 施行 and 有效期.
  blind183_yangling_fangan.docx / .pdf  杨凌示范区管委会 印发 工作方案; the 方案 follows the notice
      (no 附件 label), its 任务清单 (序号/任务/责任单位/时限) on a landscape page, header row repeated.
  blind183_yili_fuhan.docx / .pdf       伊犁哈萨克自治州人民政府办公室 复函 to 霍城县 (信函格式:
      no page number on page 1, 抄送 only in the 版记).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind183.py
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
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
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16     # 三号
ER = 22      # 二号
SI = 14      # 四号
XIAOSI = 12  # 小四
LINE = Pt(28.95)

J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ----------------------------------------------------------------- helpers
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


def para(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runs(container, parts, indent=2, align=J):
    """parts = [(text, font, bold), ...] in one paragraph."""
    p = para(container, "", indent=indent, align=align)
    for t, f, b in parts:
        set_font(p.add_run(t), f, SAN, b)
    return p


def border(p, side, sz, color="FF0000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = para(doc, indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, left="— ", right=" —", size=SI):
    set_font(p.add_run(left), ST, size)
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
    set_font(p.add_run(right), ST, size)


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
    section.header_distance, section.footer_distance = Mm(15), Mm(25)


def new_doc():
    doc = Document()
    page_setup(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def footer_odd_even(doc, section):
    doc.settings.odd_and_even_pages_header_footer = True
    fp = section.footer.paragraphs[0]
    fp.alignment = R
    fp.paragraph_format.right_indent = Pt(SI)
    page_field(fp)
    ep = section.even_page_footer.paragraphs[0]
    ep.alignment = L
    ep.paragraph_format.left_indent = Pt(SI)
    page_field(ep)


def footer_center(section, left="— ", right=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, left, right)


def banhead(doc, text, size=36):
    p = para(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="85"/>' % nsdecls("w")))


def docnum_rule(doc, number, align=C):
    para(doc, indent=0)
    para(doc, indent=0)
    p = para(doc, number, FS, SAN, align, 0)
    border(p, "bottom", 18, "FF0000", 10)
    para(doc, indent=0)


def title_paras(doc, lines):
    for t in lines:
        para(doc, t, XBZ, ER, C, 0, line=Pt(35))
    para(doc, indent=0)


def attach_note(doc, items):
    """附件说明: 附件：1．xxx / 2．xxx with hanging indent."""
    para(doc, indent=0)
    if len(items) == 1:
        p = para(doc, "附件：" + items[0], indent=0)
        p.paragraph_format.left_indent = Pt(SAN * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN * 3)
        return
    for i, t in enumerate(items, 1):
        p = para(doc, ("附件：" if i == 1 else "") + "%d．%s" % (i, t), indent=0)
        p.paragraph_format.left_indent = Pt(SAN * 6.5)
        p.paragraph_format.first_line_indent = Pt(-SAN * (4.5 if i == 1 else 1.5))


def signoff(doc, organs, date, publicity, right_chars=4, blank=2, pub_blank=1):
    for _ in range(blank):
        para(doc, indent=0)
    for o in organs:
        p = para(doc, o, FS, SAN, R, 0)
        p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p = para(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    if publicity:
        for _ in range(pub_blank):
            para(doc, indent=0)
        para(doc, "（%s）" % publicity, FS, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0):
    for _ in range(blank):
        para(doc, indent=0)
    p = para(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    if printer:
        border(p, "top", 12, "000000", 2)
        p = para(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        set_font(p.add_run(printer), FS, SI)
        set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
        border(p, "top", 4, "000000", 2)
        border(p, "bottom", 12, "000000", 2)
    else:
        border(p, "bottom", 4, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.first_line_indent = None
    set_font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    for i, w in enumerate(widths_mm):
        tbl.columns[i].width = Mm(w)
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def no_borders(tbl):
    tblpr = tbl._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


# ================================================================ 1. 兰州新区 通知
LZ_ISSUER = "兰州新区管理委员会"
LZ_NUM = "新管发〔2024〕31号"
LZ_TITLE = "兰州新区管理委员会关于推进中欧班列与综合保税区联动发展的通知"
LZ_TO = "新区各部门，各园区管理办公室，各镇（街道），各国有企业："
LZ_INTRO = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥兰州新区国家级新区、"
            "综合保税区和中欧班列集结中心叠加优势，推动“班列+综保”联动发展，经新区管委会2024年第9次主任办公会议研究同意，"
            "现就有关事项通知如下。")
LZ_GOAL = ("到2025年底，兰州新区中欧（中亚）班列年开行量达到600列以上，其中回程班列占比不低于30%；兰州新区综合保税区"
           "进出口额突破150亿元，经班列运输进出综合保税区的货值占比达到40%以上，初步建成面向中亚、西亚和欧洲的西部陆港枢纽。")
LZ_TASKS = [
    ("（一）提升中欧班列开行质效", [
        ("1.稳定开行既有线路。", "巩固兰州新区至阿拉木图、塔什干、比什凯克及经阿拉山口至杜伊斯堡等常态化线路，2024年开行中欧（中亚）班列不少于480列，"
         "其中图定班列不少于120列。新区陆港公司要提前15天向中国铁路兰州局集团有限公司报送月度开行计划。"),
        ("2.加密回程班列。", "对回程班列货物在兰州新区综合保税区内分拨、加工的，按照每40英尺标准箱3000元给予班列运营平台补贴，单列补贴最高不超过15万元，"
         "年度补贴总额不超过1200万元。"),
        ("3.拓展“班列+”业务。", "支持在中川北站开展“班列+跨境电商”“班列+冷链”业务，2024年10月31日前建成中川北站进口冷链查验场所，"
         "2025年6月30日前开通进口肉类、水果班列专线。"),
    ]),
    ("（二）推动综合保税区扩量提质", [
        ("1.发展保税加工。", "引导新材料、精细化工、装备制造企业在综合保税区开展保税加工和保税维修业务，对年度进出口额首次突破1亿元、5亿元、10亿元的"
         "加工贸易企业，分别给予一次性奖励50万元、100万元、200万元。"),
        ("2.发展保税物流。", "在综合保税区二期围网区建设进口商品集散分拨中心，面积不少于5万平方米，支持企业开展“区港联动”“先入区、后报关”业务，"
         "2024年保税物流货值达到30亿元。"),
        ("3.支持园区企业入区发展。", "对秦川园区、西岔园区符合条件的企业将生产线整体或部分迁入综合保税区的，按照设备投资额的10%给予补助，"
         "单个企业最高不超过300万元。"),
    ]),
    ("（三）优化通关和物流服务", [
        ("1.推广便利化监管模式。", "商务和经济合作局会同兰州新区海关推广“铁路快通”“两段准入”“提前申报”等监管模式，班列进口货物进入综合保税区的"
         "整体通关时间压缩至12小时以内。"),
        ("2.加强用地保障。", "在中川镇、秦川镇规划物流仓储用地1200亩，纳入新区2024年度土地供应计划，优先保障班列集结、保税仓储和冷链物流项目。"),
    ]),
]
LZ_GUARD = [
    ("（一）加强组织领导。", "成立由新区管委会分管负责同志任组长的中欧班列和综合保税区联动发展工作专班，专班办公室设在新区商务和经济合作局，"
     "统筹推进班列开行、综保区招商和政策兑现工作。"),
    ("（二）落实资金保障。", "新区财政每年安排中欧班列和综合保税区联动发展专项资金不低于8000万元，实行“先审后兑、按季拨付”，"
     "专款专用，不得挤占挪用。"),
    ("（三）强化督查考核。", "各责任单位要于每季度结束后5个工作日内将工作进展报送专班办公室，专班办公室按季通报，并将落实情况纳入年度目标责任考核。"),
]
LZ_ATT = "兰州新区2024年中欧（中亚）班列重点线路开行计划表"
LZ_TBL_HEAD = ["序号", "线路", "计划开行（列）", "其中回程（列）", "主要货品"]
LZ_TBL = [
    ["1", "兰州新区—阿拉木图", "160", "50", "汽车及零部件、日用百货、化工产品"],
    ["2", "兰州新区—塔什干", "120", "35", "建材、机械设备、纺织品"],
    ["3", "兰州新区—比什凯克", "80", "20", "光伏组件、家电"],
    ["4", "兰州新区—杜伊斯堡（经阿拉山口）", "70", "30", "电子产品、医疗器械"],
    ["5", "兰州新区—明斯克（经二连浩特）", "50", "15", "化工产品、农产品"],
]
LZ_TOTAL = ["合计", "", "480", "150", ""]
LZ_DATE, LZ_PRINT = "2024年7月15日", "2024年7月16日"


def build_lanzhou():
    doc = new_doc()
    footer_odd_even(doc, doc.sections[0])
    banhead(doc, "兰州新区管理委员会文件", 40)
    docnum_rule(doc, LZ_NUM)
    title_paras(doc, [LZ_TITLE])
    para(doc, LZ_TO, indent=0)
    clauses = [LZ_INTRO, LZ_GOAL]
    para(doc, LZ_INTRO)
    para(doc, "一、总体目标", HT)
    para(doc, LZ_GOAL)
    para(doc, "二、重点任务", HT)
    for head, items in LZ_TASKS:
        para(doc, head, KT)
        for h, t in items:
            runs(doc, [(h, FS, True), (t, FS, False)])
            clauses.append(h + t)
    para(doc, "三、保障措施", HT)
    for h, t in LZ_GUARD:
        runs(doc, [(h, KT, False), (t, FS, False)])
        clauses.append(h + t)
    attach_note(doc, [LZ_ATT])
    signoff(doc, [LZ_ISSUER], LZ_DATE, "此件主动公开")
    page_break(doc)
    para(doc, "附件", HT, SAN, L, 0)
    para(doc, indent=0)
    para(doc, LZ_ATT, XBZ, ER - 4, C, 0, line=Pt(30))
    para(doc, indent=0)
    tbl = doc.add_table(rows=2 + len(LZ_TBL), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(LZ_TBL_HEAD):
        cell_text(tbl.cell(0, i), h, HT, SI)
    for ri, row in enumerate(LZ_TBL, 1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, SI, L if ci in (1, 4) else C)
    last = len(LZ_TBL) + 1
    m = tbl.cell(last, 0).merge(tbl.cell(last, 1))
    cell_text(m, "合计", HT, SI)
    cell_text(tbl.cell(last, 2), LZ_TOTAL[2], FS, SI)
    cell_text(tbl.cell(last, 3), LZ_TOTAL[3], FS, SI)
    col_widths(tbl, [14, 52, 26, 26, 38])
    for row in tbl.rows:
        row.height = Mm(11)
    page_break(doc)
    banji(doc, "省商务厅，兰州海关，中国铁路兰州局集团有限公司，新区党工委办公室。", "兰州新区管理委员会办公室", LZ_PRINT, blank=18)
    out = os.path.join(HERE, "blind183_lanzhou_notice.docx")
    doc.save(out)
    rows = [row_clause(LZ_TBL_HEAD, r) for r in LZ_TBL] + ["序号：合计；计划开行（列）：480；其中回程（列）：150"]
    clauses += rows
    specific = {
        "二、（一）1.": "兰州新区 (lines start in 兰州新区; 阿拉木图/塔什干/杜伊斯堡 are destinations, not places the clause applies)",
        "二、（一）2.": "兰州新区综合保税区",
        "二、（一）3.": "中川北站（兰州新区）",
        "二、（二）1.": "兰州新区综合保税区",
        "二、（二）2.": "兰州新区综合保税区（二期围网区）",
        "二、（二）3.": "秦川园区、西岔园区 (enterprises moving into the 综合保税区)",
        "二、（三）1.": "兰州新区综合保税区",
        "二、（三）2.": "中川镇、秦川镇",
    }
    for i, r in enumerate(LZ_TBL, 1):
        specific["附件 row %d" % i] = "兰州新区 (origin); destination %s is abroad and is not where the row applies" % r[1].split("—", 1)[1]
    exp = {
        "meta": {
            "title": LZ_TITLE,
            "doc_number": LZ_NUM,
            "issuer": [LZ_ISSUER],
            "date": "2024-07-15",
            "published": "2024-07-16",
            "level": "municipal",
            "region": "甘肃省兰州市（兰州新区）",
            "effective": None,
            "expires": None,
            "attachments": [LZ_ATT],
            "doc_type": "通知",
            "recipients": ["新区各部门", "各园区管理办公室", "各镇（街道）", "各国有企业"],
            "publicity": "此件主动公开",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "甘肃省兰州市兰州新区",
            "specific": specific,
            "note": "阿拉木图、塔什干、比什凯克、杜伊斯堡、明斯克、阿拉山口、二连浩特 are route points outside 兰州新区 and must not become the place a clause applies; 兰州海关/兰州新区海关/中国铁路兰州局 are organs. 兰州市 or 甘肃省 alone is too broad (low). 兰州新区 is a state-level new area administered by a 管委会 (level municipal; provincial is tolerable-low).",
        },
        "_note": ("Furniture, not clauses: red 版头 兰州新区管理委员会文件; 文号 line 新管发〔2024〕31号 over the red rule; title (one paragraph, wraps naturally); "
                  "主送 line (→ recipients, 4 items split at the full-width commas); 附件说明 (附件：…, one attachment, no number); 落款 兰州新区管理委员会 / 2024年7月15日; "
                  "（此件主动公开）; the label 附件 and the attachment title above the table; 版记 (抄送：… / 兰州新区管理委员会办公室 2024年7月16日印发) after 18 blank paragraphs "
                  "on its own last page; footer “— N —” odd pages right, even pages left. Headings 一、总体目标 / 二、重点任务 / 三、保障措施 and （一）（二）（三） under 二、 are heading-only "
                  "lines (tolerable as heading clauses, they must not swallow or be glued to the next item); the 1.2.3. items under 二、 are run-in (bold lead sentence + text in one paragraph): "
                  "heading + text = ONE clause; note 1.2.3. restart under each （一）（二）（三）, so labels/paths must keep their parent (二、（二）3. ≠ 二、（一）3.). "
                  "Under 三、 the （一）（二）（三） are run-in 楷体 headings with their text: one clause each. The table: 5 route rows + a 合计 row whose first two cells are merged "
                  "(the 合计 row as a clause or dropped — both tolerable; it must not be read as a route). date = 成文日期 2024-07-15 (落款); 2024-07-16 is the 印发 date in the 版记; "
                  "2024年10月31日 / 2025年6月30日 / 2025年底 are task deadlines, not effective/expiry dates. No effective/expires (a working notice)."),
        "_pdf": {
            "note": "same expected metadata and clauses as the .docx. PDF furniture: “— N —” at the right (odd) or left (even) bottom margin; the red 版头 in large 小标宋-substitute type; the 版记 alone on the last page under many blank lines; the table grid. Nothing is image-only.",
        },
    }
    return out, exp


# ================================================================ 2. 宁夏 商务厅 + 银川海关 联合 办法
NX_ISSUERS = ["宁夏回族自治区商务厅", "银川海关"]
NX_NUM = "宁商规发〔2024〕4号"
NX_BANFA = "宁夏回族自治区跨境电子商务和中欧班列进出口通关协作管理办法"
NX_TITLE = "宁夏回族自治区商务厅 银川海关关于印发《%s》的通知" % NX_BANFA
NX_TO = "各市、县（区）商务主管部门，宁东能源化工基地管委会经济发展局，银川海关各隶属海关，各有关企业："
NX_COVER = [
    "为推动共建“一带一路”高质量发展，进一步提升我区跨境电子商务和中欧班列进出口通关便利化水平，自治区商务厅、银川海关联合制定了"
    "《%s》，现印发给你们，请认真贯彻执行。" % NX_BANFA,
    "执行中遇到的问题，请及时向自治区商务厅对外贸易处（联系电话：0951-5044562）、银川海关综合业务处（联系电话：0951-8553217）反映。",
]
NX_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", "为推动共建“一带一路”高质量发展，提升宁夏回族自治区跨境电子商务和中欧班列进出口通关便利化水平，根据《中华人民共和国海关法》"
         "《中华人民共和国电子商务法》和海关总署有关跨境电子商务零售进出口监管的规定，结合自治区实际，制定本办法。"),
        ("第二条", "本办法适用于在自治区行政区域内开展跨境电子商务（监管方式代码9610、9710、9810、1210）进出口业务的企业，以及经由中欧班列（银川）、"
         "中欧班列（惠农）进出口货物的收发货人、运营平台和代理报关企业。"),
        ("第三条", "自治区商务厅负责跨境电子商务和中欧班列发展的统筹协调、政策制定和资金管理；银川海关负责进出口监管、通关便利化措施的组织实施；"
         "各市、县（区）商务主管部门负责本辖区企业的培育、申报初审和日常服务。"),
    ]),
    ("第二章　通关便利措施", [
        ("第四条", "跨境电子商务企业、支付企业和物流企业应当通过国际贸易“单一窗口”如实传输交易、支付、物流电子信息，实现“三单”信息比对后"
         "“一次申报、一次查验、一次放行”。"),
        ("第五条", "在银川综合保税区开展1210网购保税进口业务的企业，可以适用“先入区、后报关”和“分送集报”模式，"
         "区内商品可以在综合保税区内开展简单加工、分拣和包装。"),
        ("第六条", "在石嘴山保税物流中心（B型）开展跨境电子商务出口海外仓业务的企业，可以适用“集中申报、清单核放”模式，按月汇总形成报关单。"),
        ("第七条", "中欧班列（银川）在银川国际公铁物流港集结的出口货物，适用“铁路快通”模式，由银川海关在集结地完成查验后直接装车，"
         "出境口岸海关不再重复查验。"),
        ("第八条", "对经石嘴山市惠农区惠农陆港始发的中欧班列，银川海关驻惠农陆港监管点实行“7×24小时”预约通关，班列到站后4小时内完成海关放行。"),
        ("第九条", "取得海关高级认证的企业在办理跨境电子商务和中欧班列进出口业务时，享受下列便利措施：", [
            "（一）进出口货物平均查验率在一般信用企业平均查验率的20%以下；",
            "（二）优先办理货物申报、查验和放行手续；",
            "（三）海关为其设立协调员，协调解决通关中遇到的问题。",
        ]),
        ("第十条", "自治区跨境电子商务进口货物整体通关时间压缩至35小时以内，出口货物整体通关时间压缩至1.2小时以内，"
         "由银川海关按季度监测并向自治区商务厅通报。"),
    ]),
    ("第三章　协作机制", [
        ("第十一条", "自治区商务厅、银川海关建立跨境电子商务和中欧班列通关协作联席会议制度，每半年至少召开1次会议，"
         "研究解决通关便利化中的重大问题。联席会议办公室设在自治区商务厅对外贸易处。"),
        ("第十二条", "自治区商务厅与银川海关通过国际贸易“单一窗口”宁夏分平台共享企业名录、进出口数据和信用信息，每月10日前完成上月数据交换。"),
        ("第十三条", "对年度跨境电子商务进出口额首次超过5000万元的企业，自治区商务厅从外经贸发展专项资金中给予一次性奖励30万元；"
         "对年度中欧班列（银川）、中欧班列（惠农）进出口货值超过1亿元的运营平台，给予不超过100万元的运营补贴。"),
        ("第十四条", "企业通过虚构交易、伪报贸易方式等手段骗取奖励资金或者通关便利的，由自治区商务厅追回已拨付资金，"
         "3年内不得申报自治区外经贸发展专项资金；涉嫌违反海关监管规定的，由海关依法处理。"),
    ]),
    ("第四章　附　　则", [
        ("第十五条", "本办法由自治区商务厅、银川海关按照职责分工负责解释。"),
        ("第十六条", "本办法自2024年10月1日起施行，有效期至2029年9月30日。"),
    ]),
]
NX_DATE, NX_PRINT = "2024年8月26日", "2024年8月28日"


def build_ningxia():
    doc = new_doc()
    footer_center(doc.sections[0], "- ", " -")
    # joint 版头: borderless table, organ names distributed, “文件” vertically merged on the right
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    for i, name in enumerate(NX_ISSUERS):
        c = tbl.cell(i, 0)
        p = c.paragraphs[0]
        p._p.get_or_add_pPr().append(parse_xml('<w:jc %s w:val="distribute"/>' % nsdecls("w")))
        r = p.add_run(name)
        set_font(r, XBZ, 26, color=RED)
    m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    p.alignment = C
    set_font(p.add_run("文件"), XBZ, 40, color=RED)
    col_widths(tbl, [120, 36])
    docnum_rule(doc, NX_NUM)
    title_paras(doc, ["宁夏回族自治区商务厅 银川海关关于印发", "《宁夏回族自治区跨境电子商务和中欧班列", "进出口通关协作管理办法》的通知"])
    para(doc, NX_TO, indent=0)
    for t in NX_COVER:
        para(doc, t)
    attach_note(doc, [NX_BANFA])
    signoff(doc, NX_ISSUERS, NX_DATE, "此件公开发布", right_chars=2)
    page_break(doc)
    para(doc, "附件", HT, SAN, L, 0)
    para(doc, indent=0)
    title_paras(doc, ["宁夏回族自治区跨境电子商务和中欧班列", "进出口通关协作管理办法"])
    clauses = list(NX_COVER)
    for chap, arts in NX_CHAPTERS:
        para(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for art in arts:
            num, text = art[0], art[1]
            runs(doc, [(num, HT, False), ("　" + text, FS, False)])
            clauses.append(num + "　" + text)
            for item in (art[2] if len(art) > 2 else []):
                para(doc, item)
                clauses.append(item)
    page_break(doc)
    banji(doc, "海关总署综合业务司，自治区人民政府办公厅，自治区财政厅、交通运输厅、市场监管厅，宁夏税务局。",
          "宁夏回族自治区商务厅办公室", NX_PRINT, blank=18)
    out = os.path.join(HERE, "blind183_ningxia_banfa.docx")
    doc.save(out)
    exp = {
        "meta": {
            "title": NX_TITLE,
            "doc_number": NX_NUM,
            "issuer": NX_ISSUERS,
            "date": "2024-08-26",
            "published": "2024-08-28",
            "level": "provincial",
            "region": "宁夏回族自治区",
            "effective": "2024-10-01",
            "expires": "2029-09-30",
            "attachments": [NX_BANFA],
            "doc_type": "通知（印发办法）",
            "recipients": ["各市、县（区）商务主管部门", "宁东能源化工基地管委会经济发展局", "银川海关各隶属海关", "各有关企业"],
            "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "宁夏回族自治区",
            "specific": {
                "第五条": "银川综合保税区（银川市）",
                "第六条": "石嘴山保税物流中心（B型）（石嘴山市）",
                "第七条": "银川国际公铁物流港（银川市）",
                "第八条": "石嘴山市惠农区（惠农陆港）",
            },
            "note": "银川海关 is an organ, not the city 银川 — clauses that merely name 银川海关 (第三条, 第十条, 第十一条, 第十二条, 第十五条) apply region-wide, not to 银川市; 中欧班列（银川）/（惠农） in 第二条/第十三条 are train brands, not restrictions (tolerable if tagged, low). 宁东能源化工基地 in the 主送 is a recipient, not a place of any clause.",
        },
        "_note": ("Furniture, not clauses: the joint 版头 is a borderless 2×2 table (宁夏回族自治区商务厅 / 银川海关 distributed in the left column, 文件 vertically merged in the right) — "
                  "it must give issuer = both organs and must not become the title or a clause (“宁夏回族自治区商务厅 文件 银川海关” glued is wrong); 文号 宁商规发〔2024〕4号 over the red rule "
                  "(the lead organ's number serves the joint document); title typed as THREE paragraphs (…关于印发 / 《宁夏回族自治区跨境电子商务和中欧班列 / 进出口通关协作管理办法》的通知), the break falling inside the 书名号 → one title; 主送 (4 recipients); "
                  "附件说明 (附件：办法 title); joint 落款 = two organ names stacked + 2024年8月26日 (no seal); （此件公开发布）; label 附件; the 办法 title (two paragraphs) above the articles; chapter headings "
                  "第一章　总　　则 … 第四章　附　　则 (heading-only; the spaces inside 总　　则 are layout — tolerable as heading clauses or as the clause path); 版记 (抄送… / 宁夏回族自治区商务厅办公室 2024年8月28日印发) "
                  "on its own page after 18 blank paragraphs; footer “- N -” centred. Clauses: the 2 cover paragraphs, then 第一条…第十六条 (第X条 in 黑体 + full-width space + text, one paragraph each); "
                  "第九条 has three items （一）（二）（三） as separate paragraphs — listed separately here; merged into 第九条 is tolerable (low) if all text stays; "
                  "dropped or attached to 第十条 is high. Labels 第一条…第十六条 must be kept (the analyst cites 第八条). effective 2024-10-01 and expires 2029-09-30 come from 第十六条 "
                  "(NOT the 成文日期 2024-08-26 nor the 印发 date 2024-08-28). The document may be read as one document (the notice, with the 办法 as its attachment) or two (cover notice + the 办法, "
                  "title = 办法 title, same issuers/date/effective/expires) — both tolerable; the 办法's effective/expires must reach whichever document holds the articles. "
                  "Level provincial (自治区商务厅 + 直属海关); region 宁夏回族自治区. doc_type: 通知 (印发) or 办法 both tolerable."),
        "_pdf": {
            "note": "same expected metadata and clauses as the .docx. In the PDF the joint 版头 prints as two lines of organ names with 文件 to their right, vertically centred between them — a line-by-line text layer may yield “宁夏回族自治区商务厅 文件” / “银川海关” or put 文件 between the names; it is furniture either way, issuer = both organs. Page numbers “- N -” centred; the joint 落款 is two right-aligned lines plus the date.",
        },
    }
    return out, exp


# ================================================================ 3. 杨凌示范区 工作方案
YL_ISSUER = "杨凌示范区管委会"
YL_NUM = "杨管发〔2024〕11号"
YL_FANGAN = "杨凌示范区深度融入共建“一带一路”推进农业国际合作工作方案（2024—2026年）"
YL_TITLE = "杨凌示范区管委会关于印发《%s》的通知" % YL_FANGAN
YL_TO = "示范区各部门，杨陵区人民政府，各镇（街道），各园区，有关单位："
YL_COVER = "《%s》已经示范区管委会2024年第6次常务会议审议通过，现印发给你们，请结合实际认真抓好落实。" % YL_FANGAN
YL_INTRO = ("为深入贯彻落实习近平总书记关于共建“一带一路”的重要论述和关于杨凌示范区建设的重要指示精神，充分发挥上海合作组织农业技术交流培训示范基地"
            "（以下简称上合组织农业基地）和中国（陕西）自由贸易试验区杨凌片区（以下简称杨凌片区）平台作用，推动示范区农业国际合作高质量发展，制定本方案。")
YL_REQ = ("坚持“科技引领、平台支撑、企业主体、互利共赢”，以上合组织农业基地为核心载体，以杨凌片区制度创新为动力，推动旱区农业技术、标准和装备"
          "走向共建“一带一路”国家，打造我国与共建国家农业合作的重要窗口。")
YL_GOAL = ("到2026年，累计为共建“一带一路”国家培训农业技术和管理人员5000人次以上；在境外建设农业科技示范园（站）12个，其中新增4个；"
           "示范区农产品进出口额达到20亿元，年均增长15%以上。")
YL_TASKS = [
    ("（一）建设上合组织农业基地核心区。", "在五泉镇规划建设上合组织农业技术示范园3000亩，集中展示旱区节水灌溉、设施农业和良种繁育技术，"
     "2025年底前完成一期1200亩建设并投入使用。"),
    ("（二）推进境外农业园区建设。", "支持示范区企业在哈萨克斯坦、吉尔吉斯斯坦、乌兹别克斯坦等国建设农业科技示范园（站），对新建境外示范园（站）"
     "经认定的，给予建设主体一次性补助100万元。"),
    ("（三）提升杨凌片区开放能级。", "在杨凌片区开展农业种质资源进出口“一站式”服务改革试点，推动申建农产品进境指定监管场地，"
     "种质资源进口审批时间压缩至15个工作日以内。"),
    ("（四）发展农产品跨境贸易。", "在揉谷镇建设跨境电商农产品集货仓2万平方米，支持猕猴桃、苹果、食用菌等特色农产品通过中欧班列（西安）出口，"
     "2026年农产品出口额达到6亿元。"),
    ("（五）深化农业科教国际合作。", "支持西北农林科技大学等单位与共建国家高校、科研院所共建联合实验室和科技示范站，每年举办农业技术培训班不少于40期。"),
]
YL_GUARD = [
    ("（一）加强组织领导。", "成立示范区农业国际合作工作领导小组，由管委会主任任组长，领导小组办公室设在示范区商务局，负责统筹协调和督促落实。"),
    ("（二）强化政策支持。", "示范区财政每年安排农业国际合作专项资金2000万元，重点支持境外示范园（站）建设、国际培训和跨境贸易平台建设。"),
    ("（三）健全督导机制。", "各责任单位要按照重点任务清单（见附件）明确的时限抓好落实，每半年向领导小组办公室报送一次进展情况，"
     "领导小组办公室适时开展督导通报。"),
]
YL_ATT = "杨凌示范区深度融入共建“一带一路”推进农业国际合作重点任务清单"
YL_TBL_HEAD = ["序号", "任务", "责任单位", "时限"]
YL_GROUPS = [
    ("一、平台建设", [
        ["1", "在五泉镇建设上合组织农业技术示范园，完成一期1200亩建设", "示范区农业农村局、五泉镇人民政府", "2025年12月底前"],
        ["2", "建成上合组织农业基地综合培训中心并投入使用", "示范区商务局、杨凌现代农业国际合作中心", "2024年10月底前"],
        ["3", "在杨凌片区开展农业种质资源进出口“一站式”服务改革试点", "杨凌片区管理办公室、杨凌海关", "2024年12月底前"],
    ]),
    ("二、境外合作", [
        ["4", "在哈萨克斯坦建设中哈现代农业示范园二期", "示范区商务局、有关企业", "2026年6月底前"],
        ["5", "在吉尔吉斯斯坦、乌兹别克斯坦各新建1个农业科技示范站", "西北农林科技大学、示范区科技局", "2026年12月底前"],
    ]),
    ("三、贸易和人才", [
        ["6", "在揉谷镇建设跨境电商农产品集货仓2万平方米", "揉谷镇人民政府、示范区商务局", "2025年6月底前"],
        ["7", "在杨凌现代农业示范园区建设“一带一路”国际农业科技展示馆", "杨凌现代农业示范园区管理办公室", "2025年9月底前"],
        ["8", "在李台街道建设国际农业人才公寓300套", "李台街道办事处、示范区住房和城乡建设局", "2025年12月底前"],
        ["9", "每年举办共建“一带一路”国家农业技术培训班不少于40期、培训学员不少于1600人次", "杨凌现代农业国际合作中心、西北农林科技大学", "每年12月底前"],
    ]),
]
YL_DATE, YL_PRINT = "2024年4月12日", "2024年4月15日"


def build_yangling():
    doc = new_doc()
    footer_center(doc.sections[0])
    banhead(doc, "杨凌示范区管委会文件", 40)
    docnum_rule(doc, YL_NUM)
    # title typed as two paragraphs (Enter pressed by hand)
    title_paras(doc, ["杨凌示范区管委会关于印发《杨凌示范区", "深度融入共建“一带一路”推进农业国际合作", "工作方案（2024—2026年）》的通知"])
    para(doc, YL_TO, indent=0)
    para(doc, YL_COVER)
    signoff(doc, [YL_ISSUER], YL_DATE, "此件公开发布", blank=1, pub_blank=0)
    page_break(doc)
    # the 方案 follows without an 附件 label (as 印发 notices do)
    title_paras(doc, ["杨凌示范区深度融入共建“一带一路”", "推进农业国际合作工作方案", "（2024—2026年）"])
    para(doc, YL_INTRO)
    clauses = [YL_COVER, YL_INTRO]
    para(doc, "一、总体要求", HT)
    para(doc, YL_REQ)
    para(doc, "二、主要目标", HT)
    para(doc, YL_GOAL)
    clauses += [YL_REQ, YL_GOAL]
    para(doc, "三、重点任务", HT)
    for h, t in YL_TASKS:
        runs(doc, [(h, KT, False), (t, FS, False)])
        clauses.append(h + t)
    para(doc, "四、保障措施", HT)
    for h, t in YL_GUARD:
        runs(doc, [(h, KT, False), (t, FS, False)])
        clauses.append(h + t)
    attach_note(doc, [YL_ATT])
    # landscape section for the task list
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    para(doc, "附件", HT, SAN, L, 0)
    para(doc, YL_ATT, XBZ, ER - 4, C, 0, line=Pt(30))
    para(doc, indent=0)
    nrows = 1 + sum(1 + len(rows) for _, rows in YL_GROUPS)
    tbl = doc.add_table(rows=nrows, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(YL_TBL_HEAD):
        cell_text(tbl.cell(0, i), h, HT, SI)
    repeat_header(tbl.rows[0])
    ri = 1
    rows_clauses = []
    for g, rows in YL_GROUPS:
        m = tbl.cell(ri, 0).merge(tbl.cell(ri, 3))
        cell_text(m, g, HT, SI, L)
        ri += 1
        for row in rows:
            for ci, v in enumerate(row):
                cell_text(tbl.cell(ri, ci), v, FS, SI, L if ci in (1, 2) else C)
            cant_split(tbl.rows[ri])
            tbl.rows[ri].height = Mm(16)
            rows_clauses.append(row_clause(YL_TBL_HEAD, row))
            ri += 1
    col_widths(tbl, [16, 110, 72, 32])
    clauses += rows_clauses
    # back to portrait for the 版记 page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2, landscape=False)
    banji(doc, "省发展改革委，省商务厅，省农业农村厅，西安海关，西北农林科技大学。", "杨凌示范区管委会办公室", YL_PRINT, blank=18)
    out = os.path.join(HERE, "blind183_yangling_fangan.docx")
    doc.save(out)
    exp = {
        "meta": {
            "title": YL_TITLE,
            "doc_number": YL_NUM,
            "issuer": ["杨凌示范区管委会"],
            "date": "2024-04-12",
            "published": "2024-04-15",
            "level": "municipal",
            "region": "陕西省杨凌示范区",
            "effective": None,
            "expires": None,
            "attachments": [YL_ATT],
            "doc_type": "通知（印发工作方案）",
            "recipients": ["示范区各部门", "杨陵区人民政府", "各镇（街道）", "各园区", "有关单位"],
            "publicity": "此件公开发布",
            "period": "2024—2026年",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "陕西省杨凌示范区",
            "specific": {
                "三、（一）": "五泉镇",
                "三、（二）": "杨凌示范区 (its enterprises' parks abroad in 哈萨克斯坦/吉尔吉斯斯坦/乌兹别克斯坦; foreign places tolerable if tagged as targets, not as the only place)",
                "三、（三）": "中国（陕西）自由贸易试验区杨凌片区",
                "三、（四）": "揉谷镇",
                "清单 row 1": "五泉镇",
                "清单 row 3": "杨凌片区",
                "清单 row 4": "哈萨克斯坦 (abroad; the 责任单位 is in 杨凌)",
                "清单 row 5": "吉尔吉斯斯坦、乌兹别克斯坦 (abroad)",
                "清单 row 6": "揉谷镇",
                "清单 row 7": "杨凌现代农业示范园区",
                "清单 row 8": "李台街道",
            },
            "note": "杨陵区人民政府 in the 主送 is a recipient, not a restriction of any clause. 中欧班列（西安） in 三、（四） does not place the clause in 西安. 西安海关 (抄送) and 杨凌海关 (a 责任单位) are organs. 陕西省 alone is too broad (low).",
        },
        "_note": ("Furniture, not clauses: red 版头 杨凌示范区管委会文件; 文号 杨管发〔2024〕11号 over the red rule; notice title typed as THREE paragraphs, the breaks falling inside the "
                  "书名号 (…关于印发《杨凌示范区 / 深度融入共建“一带一路”推进农业国际合作 / 工作方案（2024—2026年）》的通知) — must be joined with no space; 主送 (5 recipients); 落款 杨凌示范区管委会 / 2024年4月12日; （此件公开发布）; "
                  "the 方案 title on the next page (THREE paragraphs: …共建“一带一路” / 推进农业国际合作工作方案 / （2024—2026年）) — no “附件” label before it, as 印发 notices print the document "
                  "right after the notice; the 方案's own 附件说明 (附件：…重点任务清单) at its end; the label 附件 and the list title on the landscape page; the header row 序号/任务/责任单位/时限 "
                  "(repeated on each page of the table when it breaks — w:tblHeader); the group rows 一、平台建设 / 二、境外合作 / 三、贸易和人才 (one cell merged across all 4 columns: a heading, tolerable "
                  "as a heading clause or as the rows' path, never glued into a row); 版记 (抄送… / 杨凌示范区管委会办公室 2024年4月15日印发) on a final portrait page; footer “— N —” centred on every page "
                  "(also the landscape ones). Clauses: the one-paragraph cover, the 方案 intro, the paragraphs under 一、 and 二、 (their headings are heading-only), 三、（一）…（五） and 四、（一）…（三） "
                  "(run-in 楷体 heading + text = one clause), then the 9 清单 rows as 序号：…；任务：…；责任单位：…；时限：…. The document is one 印发 notice; reading the 方案 as a second document "
                  "(title = the 方案 title, same issuer/date) is tolerable. date = 2024-04-12 (落款, not the 印发 2024-04-15; the 常务会议 is undated); no effective/expires "
                  "(the plan period 2024—2026年 is a period, not an expiry; expires 2026-12-31 would be tolerable-low). attachments: the 任务清单 (listing the 方案 itself as an attachment is tolerable-low)."),
        "_pdf": {
            "note": "same expected metadata and clauses as the .docx. The 任务清单 is on landscape pages (rotated page size 842×595 pt) and the table breaks across two pages, so the PDF repeats the header row 序号/任务/责任单位/时限 on the second page: the repeated header must not become a row clause nor cut a row. Rows cannot split across pages (cantSplit). The 版记 is on a last portrait page.",
        },
    }
    return out, exp


# ================================================================ 4. 伊犁州政府办公室 复函
YI_ISSUER = "伊犁哈萨克自治州人民政府办公室"
YI_NUM = "伊州政办函〔2024〕46号"
YI_TITLE = ("伊犁哈萨克自治州人民政府办公室关于支持霍城县清水河配套产业园协同中国（新疆）自由贸易试验区霍尔果斯片区发展有关事项的复函")
YI_TO = "霍城县人民政府："
YI_INTRO = "你县《关于恳请支持清水河配套产业园协同霍尔果斯片区发展的请示》（霍政发〔2024〕19号）收悉。经州人民政府同意，现函复如下："
YI_ITEMS = [
    ("一、", "原则同意清水河配套产业园（以下简称产业园）作为中国（新疆）自由贸易试验区霍尔果斯片区的协同发展区，规划面积12.6平方公里，位于清水河镇，"
     "重点发展农副产品精深加工、进口资源落地加工和商贸物流产业。产业园不属于自由贸易试验区实施范围，不得以自由贸易试验区名义开展招商引资活动。"),
    ("二、", "支持产业园开展进口资源落地加工。对经霍尔果斯口岸、都拉塔口岸进口的粮食、油料、棉纱和木材在产业园内加工的企业，"
     "由州商务局会同霍尔果斯海关落实“进口直通、分送集报”措施，并按照《伊犁州支持外向型产业发展若干措施》给予物流费用补贴。"),
    ("三、", "加大要素保障力度。", [
        "（一）州自然资源局在2024年度州级新增建设用地计划中单列产业园用地指标500亩，重点保障进口资源加工项目；",
        "（二）州财政局2024年至2026年每年安排产业园基础设施建设补助资金3000万元，由你县统筹用于道路、供排水和污水处理设施建设；",
        "（三）州发展改革委将产业园铁路专用线项目纳入州重大项目库，支持申报中央预算内投资和地方政府专项债券。",
    ]),
    ("四、", "支持你县依托精伊霍铁路清水河站建设中欧班列集结分拨点，州商务局、交通运输局负责协调中国铁路乌鲁木齐局集团有限公司，"
     "力争2025年6月底前实现班列常态化开行。"),
    ("五、", "请你县切实履行主体责任，抓紧编制产业园总体规划和产业发展规划，于2024年9月30日前报州人民政府审定；严格落实耕地保护、"
     "生态环境保护和安全生产要求，加强与霍尔果斯市、伊宁市在产业分工、口岸物流方面的协同。"),
    ("六、", "州商务局牵头建立产业园协同发展调度机制，每半年调度1次，重大事项及时报告州人民政府。"),
]
YI_DATE = "2024年6月20日"


def build_yili():
    doc = new_doc()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True  # 信函格式: 首页不显示页码
    footer_odd_even(doc, sec)
    # 信函格式 版头: organ name (no 文件), red double rule, 文号 right under the rule
    p = para(doc, "", XBZ, 30, C, 0, line=Pt(40), before=0)
    r = p.add_run(YI_ISSUER)
    set_font(r, XBZ, 30, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="80"/>' % nsdecls("w")))
    border(p, "bottom", 18, "FF0000", 6, val="thickThinSmallGap")
    para(doc, indent=0)
    p = para(doc, YI_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    para(doc, indent=0)
    # title: one paragraph that wraps over three lines
    title_paras(doc, [YI_TITLE])
    para(doc, YI_TO, indent=0)
    para(doc, YI_INTRO)
    clauses = [YI_INTRO]
    for it in YI_ITEMS:
        if len(it) == 3:
            para(doc, it[0] + it[1])
            clauses.append(it[0] + it[1])
            for sub in it[2]:
                para(doc, sub)
                clauses.append(sub)
        else:
            para(doc, it[0] + it[1])
            clauses.append(it[0] + it[1])
    para(doc, "此复。")
    signoff(doc, [YI_ISSUER], YI_DATE, "此件依申请公开", right_chars=2)
    banji(doc, "州发展改革委、自然资源局、财政局、商务局、交通运输局，霍尔果斯海关，霍尔果斯市人民政府，伊宁市人民政府。", blank=8)
    out = os.path.join(HERE, "blind183_yili_fuhan.docx")
    doc.save(out)
    exp = {
        "meta": {
            "title": YI_TITLE,
            "doc_number": YI_NUM,
            "issuer": [YI_ISSUER],
            "date": "2024-06-20",
            "published": None,
            "level": "municipal",
            "region": "新疆维吾尔自治区伊犁哈萨克自治州",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "复函",
            "recipients": ["霍城县人民政府"],
            "publicity": "此件依申请公开",
            "replies_to": "《关于恳请支持清水河配套产业园协同霍尔果斯片区发展的请示》（霍政发〔2024〕19号）",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "新疆维吾尔自治区伊犁哈萨克自治州霍城县（清水河配套产业园，清水河镇）",
            "specific": {
                "一、": "霍城县清水河镇 清水河配套产业园 — explicitly NOT the 霍尔果斯片区 (the item says the 产业园 is outside the FTZ); tagging it 霍尔果斯片区 is a wrong place (medium)",
                "二、": "清水河配套产业园（霍城县）; 霍尔果斯口岸、都拉塔口岸 are import ports, not where the support applies",
                "三、（一）–（三）": "清水河配套产业园（霍城县）",
                "四、": "精伊霍铁路清水河站（霍城县清水河镇）",
                "五、": "霍城县 (霍尔果斯市、伊宁市 are partners named for coordination)",
            },
            "note": "The 复函 is issued by the 州 (region 伊犁哈萨克自治州) but everything it approves is in 霍城县; a reader that places the clauses only at 伊犁州 level is too broad but tolerable (low). 霍尔果斯海关 is an organ. 霍尔果斯片区 appears in the title and 一、 only as the thing the 产业园 coordinates with.",
        },
        "_note": ("信函格式: 版头 is the organ name only (伊犁哈萨克自治州人民政府办公室, no 文件) over a red thick-thin double rule, with the 文号 伊州政办函〔2024〕46号 right-aligned UNDER the rule "
                  "(not centred as in 文件格式); page 1 has no page number (different first page), later pages “— N —” odd right / even left; the title is ONE paragraph that wraps over 3 lines "
                  "(…关于支持霍城县清水河配套产业园协同中国（新疆）自由贸易试验区霍尔果斯片区发展有关事项的复函) — the issuer string inside it must not be confused with the 版头. 主送 霍城县人民政府. "
                  "Clauses: the opening sentence (你县《…》（霍政发〔2024〕19号）收悉。经州人民政府同意，现函复如下：) — its 文号 霍政发〔2024〕19号 is the 请示's number, NOT this document's; "
                  "items 一、…六、 are plain paragraphs (number + text, no run-in heading), each ONE clause; 三、 is a short lead (加大要素保障力度。) with three items （一）（二）（三） on separate paragraphs "
                  "(separate clauses here; merging them into 三、 is tolerable-low). “此复。” is the closing formula (furniture; tolerable as a clause, low). 落款 + date 2024年6月20日; （此件依申请公开）; "
                  "版记 = 抄送 only, with a rule under it and no 印发机关/印发日期 line (信函格式) — so published is unknown (null). No attachments, no effective/expires: a reply has none "
                  "(the 2024年9月30日 / 2025年6月底 in 四、五、 are deadlines). doc_type 复函; level municipal (自治州 = prefecture level); region 伊犁哈萨克自治州."),
        "_pdf": {
            "note": "same expected metadata and clauses as the .docx. Page 1 has no page number; the red double rule prints as two lines; the 文号 sits at the right margin under the rule and must still be found as doc_number.",
        },
    }
    return out, exp


# ================================================================ main
def to_pdf(docx_path):
    prof = tempfile.mkdtemp(prefix="lo_183_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    expected = {}
    for build in (build_lanzhou, build_ningxia, build_yangling, build_yili):
        out, exp = build()
        to_pdf(out)
        stem = os.path.splitext(os.path.basename(out))[0]
        expected[stem] = [exp]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
