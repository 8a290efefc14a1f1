# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 157: the most ordinary policy documents of western and island provinces.

Writes next to itself (python-docx, then LibreOffice for the PDFs):
  blind157_hainan_fangan.docx / .pdf   海南省人民政府 印发通知 + the 工作方案 itself (own title,
      一、（一）1.（1） outline) + its 附件 任务分工表 (牵头单位/配合单位/完成时限) in a landscape
      section with a repeated header row; red 版头, 版记 on a last portrait page.
  blind157_chongqing_gonggao.docx / .pdf   重庆市商务委员会公告 2024年第6号: 一、…五、 points,
      特此公告, 附件 认定名单 table; no 主送, no 版记; page numbers "- N -" centred.
  blind157_xian_pifu.docx / .pdf   西安市人民政府 批复 to 高陵区人民政府's 请示 (信函格式: red
      organ name + double rule, 文号 flush right, no page number on page 1), 一、…六、, 此复, 抄送 only.
  blind157_xinjiang_jiedu.docx / .pdf  新疆维吾尔自治区商务厅 政策解读 of a 霍尔果斯/喀什 measure
      (no 版头, no 文号; 来源/发布时间 line; 一、…五、 sections; 解读单位 line); footer 第N页 共M页.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind157.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- helpers
def set_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE):
    p = doc_or_cell.add_paragraph()
    if align is not None:
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


def pborder(p, side, val="single", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml("<w:pBdr %s/>" % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def field(p, instr, size, east=ST):
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = p.add_run()
        set_font(r, east, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr)))
        elif kind == "text":
            r._element.append(parse_xml("<w:t %s>1</w:t>" % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))


def footer_dash(p, size=SI, left="— ", right=" —"):
    set_font(p.add_run(left), ST, size)
    field(p, "PAGE", size)
    set_font(p.add_run(right), ST, size)


def setup(doc, footer="gongwen", first_page_blank=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if footer == "gongwen":      # — N — odd right / even left
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        footer_dash(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        footer_dash(ep)
    elif footer == "centre":     # - N - centred
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        footer_dash(fp, 12, "- ", " -")
    elif footer == "nofm":       # 第 N 页 共 M 页
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        set_font(fp.add_run("第 "), ST, 10.5)
        field(fp, "PAGE", 10.5)
        set_font(fp.add_run(" 页 共 "), ST, 10.5)
        field(fp, "NUMPAGES", 10.5)
        set_font(fp.add_run(" 页"), ST, 10.5)
    if first_page_blank:
        s.different_first_page_header_footer = True
    return s


def signoff(doc, organ, date, right_chars=4, publicity="（此件公开发布）", blanks=2):
    for _ in range(blanks):
        para(doc, indent=0)
    p = para(doc, organ, align=R, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p = para(doc, date, align=R, indent=0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    if publicity:
        para(doc, publicity)


def banji(doc, chaosong, printer=None, printdate=None, blanks=0):
    for _ in range(blanks):
        para(doc, indent=0)
    p = para(doc, "", FS, SI, L, 0, line=Pt(26))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.right_indent = Pt(SI)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    pborder(p, "top", sz=8, color="000000", space=2)
    if printer:
        p = para(doc, "", FS, SI, L, 0, line=Pt(26))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        set_font(p.add_run(printer), FS, SI)
        set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8700"/></w:tabs>' % nsdecls("w")))
        pborder(p, "top", sz=4, color="000000", space=2)
    pborder(p, "bottom", sz=8, color="000000", space=2)


def cell_text(cell, text, east=FS, size=12, align=C, bold=False):
    cell.paragraphs[0].alignment = align
    cell.paragraphs[0].paragraph_format.line_spacing = 1.15
    set_font(cell.paragraphs[0].add_run(text), east, size, bold)
    cell.vertical_alignment = 1  # centre


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ================================================================ (a) 海南 通知 + 方案
HN_NUM = "琼府〔2024〕36号"
HN_FA = "海南自由贸易港建设西部陆海新通道国际航运枢纽工作方案（2024—2026年）"
HN_TITLE = "海南省人民政府关于印发" + HN_FA + "的通知"
HN_TITLE_LINES = ["海南省人民政府关于印发海南自由贸易港建设", "西部陆海新通道国际航运枢纽工作方案", "（2024—2026年）的通知"]
assert "".join(HN_TITLE_LINES) == HN_TITLE
HN_TO = "各市、县、自治县人民政府，省政府直属各单位："
HN_P = [
    "现将《" + HN_FA + "》印发给你们，请认真组织实施。",
    "各市县、各有关单位要把建设西部陆海新通道国际航运枢纽作为服务和融入共建“一带一路”的重要抓手，细化工作措施，压实工作责任，每半年将工作进展情况报送省交通运输厅，由省交通运输厅汇总后报省政府。",
]
HN_FA_TITLE = ["海南自由贸易港建设西部陆海新通道", "国际航运枢纽工作方案（2024—2026年）"]
HN_INTRO = "为贯彻落实《西部陆海新通道总体规划》和《海南自由贸易港建设总体方案》，加快建设以洋浦港为核心的西部陆海新通道国际航运枢纽，更好服务和融入共建“一带一路”，结合我省实际，制定本方案。"
HN_H1 = "一、总体目标"
HN_GOAL = "到2026年，洋浦港集装箱吞吐量达到300万标准箱，国际集装箱航线达到60条，其中通达共建“一带一路”国家和地区的航线不少于40条；“中国洋浦港”船籍港登记国际航行船舶达到100艘、总吨位突破1500万总吨；内外贸同船运输、国际中转集拼业务常态化运行，基本建成区域国际集装箱枢纽港。"
HN_H2 = "二、重点任务"
HN_TASKS = [
    ("（一）提升港口基础设施能级", [
        "1.加快推进洋浦港小铲滩码头起步工程、洋浦港区航道改扩建工程建设，2025年底前建成投产2个20万吨级集装箱泊位，洋浦港集装箱设计通过能力提升至350万标准箱。",
        "2.推进海口港、八所港、三亚港功能优化，支持海口港马村港区拓展内外贸集装箱业务，八所港重点发展散杂货和油气化工品运输，形成以洋浦港为核心、海口港为辅助、其他港口协同发展的港口格局。",
    ]),
    ("（二）拓展国际航线网络", [
        "3.对新开通至东盟、南亚、中东、非洲等共建“一带一路”国家和地区的国际集装箱班轮航线，按照《海南省西部陆海新通道航线航运补贴资金管理办法》给予补贴，每条航线年度补贴最高不超过800万元。",
        "4.支持航运企业开展以洋浦港为中转港的内外贸同船运输和国际中转集拼业务，对经洋浦港中转的集装箱，按照以下标准给予奖励：",
        "（1）外贸集装箱国际中转，每标准箱奖励150元；",
        "（2）内外贸同船运输，每标准箱奖励100元；",
        "（3）沿海捎带业务，每标准箱奖励80元。",
    ]),
    ("（三）深化航运制度创新", [
        "5.用好“中国洋浦港”船籍港政策，落实国际登记船舶增值税退税、船舶进口关税减免等政策，推动在洋浦经济开发区开展国际船舶登记“一站式”办理，登记办理时限压缩至3个工作日以内。",
        "6.在洋浦经济开发区试点开展国际航行船舶保税加注燃料油业务，2024年底前实现液化天然气（LNG）保税加注常态化运营，年加注量达到10万吨。",
    ]),
    ("（四）强化陆海联动", [
        "7.推动洋浦港与重庆、四川、广西等西部陆海新通道沿线省（区、市）开展港航合作，常态化开行“洋浦—钦州—重庆”海铁联运班列，2025年开行量达到300列以上。",
    ]),
]
HN_H3 = "三、保障措施"
HN_GUAR = [
    ("（一）加强组织领导。", "省西部陆海新通道建设领导小组统筹推进各项工作，领导小组办公室设在省交通运输厅，负责日常协调和督促落实。"),
    ("（二）强化资金保障。", "省财政每年安排西部陆海新通道建设专项资金不少于5亿元，统筹用于航线补贴、中转奖励和基础设施建设，儋州市、洋浦经济开发区按照1:1比例安排配套资金。"),
    ("（三）加强督导考核。", "将本方案任务落实情况纳入各市县和省直有关单位年度绩效考核，省政府督查室每半年开展一次专项督查，督查结果在全省通报。"),
]
HN_TAIL = "本方案自2024年9月1日起施行，有效期至2026年12月31日。"
HN_ATT = "海南自由贸易港建设西部陆海新通道国际航运枢纽重点任务分工表"
HN_TBL_H = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
HN_TBL = [
    ["1", "建成投产洋浦港小铲滩码头2个20万吨级集装箱泊位，完成洋浦港区航道改扩建工程", "省交通运输厅", "洋浦经济开发区管委会、省发展改革委、省自然资源和规划厅", "2025年12月底前"],
    ["2", "优化海口港、八所港、三亚港功能布局，拓展马村港区内外贸集装箱业务", "省交通运输厅", "海口市、东方市、三亚市人民政府", "2026年6月底前"],
    ["3", "落实国际集装箱班轮航线补贴政策，新开通至共建“一带一路”国家和地区航线不少于15条", "省交通运输厅", "省财政厅、洋浦经济开发区管委会", "2026年12月底前"],
    ["4", "开展内外贸同船运输和国际中转集拼业务，兑现中转奖励", "海口海关", "洋浦经济开发区管委会、省商务厅、省财政厅", "2024年12月底前"],
    ["5", "实现国际船舶登记“一站式”办理，登记办理时限压缩至3个工作日以内", "洋浦经济开发区管委会", "海南海事局、省交通运输厅、国家税务总局海南省税务局", "2024年12月底前"],
    ["6", "实现液化天然气（LNG）保税加注常态化运营", "洋浦经济开发区管委会", "海口海关、海南海事局、省商务厅", "2024年12月底前"],
    ["7", "常态化开行“洋浦—钦州—重庆”海铁联运班列，年开行量达到300列以上", "省交通运输厅", "儋州市人民政府、中国铁路广州局集团有限公司海南办事处", "2025年12月底前"],
    ["8", "建立工作进展半年报送和专项督查制度", "省政府督查室", "省交通运输厅、各市县人民政府", "持续推进"],
]
HN_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院，海口海关，海南海事局。"
HN_PRINTER = "海南省人民政府办公厅"
HN_PRINTDATE = "2024年8月21日"


def build_hainan():
    doc = Document()
    s = setup(doc, "gongwen")
    # 版头
    p = para(doc, "", XBZ, 48, C, 0, line=Pt(60))
    r = p.add_run("海南省人民政府文件")
    set_font(r, XBZ, 48, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="80"/>' % nsdecls("w")))
    para(doc, indent=0)
    p = para(doc, HN_NUM, align=C, indent=0)
    pborder(p, "bottom", sz=18, space=10)
    para(doc, indent=0)
    p = para(doc, "", XBZ, ER, C, 0, line=Pt(34))
    # typed in one paragraph, balanced by hand with two soft line breaks
    for i, part in enumerate(HN_TITLE_LINES):
        r = p.add_run(part)
        set_font(r, XBZ, ER)
        if i < len(HN_TITLE_LINES) - 1:
            r.add_break()
    para(doc, indent=0)
    para(doc, HN_TO, indent=0)
    for t in HN_P:
        para(doc, t)
    signoff(doc, "海南省人民政府", "2024年8月19日", right_chars=4, publicity="（此件主动公开）", blanks=1)
    # 方案
    for i, t in enumerate(HN_FA_TITLE):
        p = para(doc, t, XBZ, ER, C, 0, line=Pt(34))
        p.paragraph_format.page_break_before = i == 0
    para(doc, indent=0)
    para(doc, HN_INTRO)
    para(doc, HN_H1, HT)
    para(doc, HN_GOAL)
    para(doc, HN_H2, HT)
    for head, items in HN_TASKS:
        para(doc, head, KT)
        for t in items:
            para(doc, t)
    para(doc, HN_H3, HT)
    for h, t in HN_GUAR:
        runin(doc, h, t)
    para(doc, HN_TAIL)
    para(doc, indent=0)
    p = para(doc, "附件：" + HN_ATT)
    # landscape section for the 分工表
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Mm(297), Mm(210)
    ns.top_margin, ns.bottom_margin = Mm(28), Mm(26)
    ns.left_margin, ns.right_margin = Mm(37), Mm(35)
    para(doc, "附件", HT, SAN, L, 0)
    para(doc, indent=0)
    p = para(doc, "", XBZ, ER, C, 0, line=Pt(34))
    r = p.add_run("海南自由贸易港建设西部陆海新通道国际航运枢纽")
    set_font(r, XBZ, ER)
    r.add_break()
    set_font(p.add_run("重点任务分工表"), XBZ, ER)
    para(doc, indent=0)
    tbl = doc.add_table(rows=1 + len(HN_TBL), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(HN_TBL_H):
        cell_text(tbl.cell(0, i), h, HT, 14)
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(HN_TBL, 1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, 14, C if ci in (0, 4) else L)
    col_widths(tbl, [14, 92, 36, 60, 28])
    # back to portrait for the 版记
    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Mm(210), Mm(297)
    ps.top_margin, ps.bottom_margin = Mm(37), Mm(35)
    ps.left_margin, ps.right_margin = Mm(28), Mm(26)
    banji(doc, HN_CHAOSONG, HN_PRINTER, HN_PRINTDATE, blanks=18)
    out = os.path.join(HERE, "blind157_hainan_fangan.docx")
    doc.save(out)
    return out


def hainan_expected():
    task_clauses = [t for _, items in HN_TASKS for t in items]
    tbl = [row_clause(HN_TBL_H, r) for r in HN_TBL]
    clauses = HN_P + [HN_INTRO, HN_GOAL] + task_clauses + [h + t for h, t in HN_GUAR] + [HN_TAIL] + tbl
    return {
        "meta": {
            "title": HN_TITLE,
            "doc_number": HN_NUM,
            "issuer": ["海南省人民政府"],
            "date": "2024-08-19",
            "published": "2024-08-21",
            "level": "provincial",
            "region": "海南省",
            "effective": "2024-09-01",
            "expires": "2026-12-31",
            "attachments": [HN_ATT],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县人民政府", "省政府直属各单位"],
            "publicity": "此件主动公开",
            "enclosed_document": HN_FA,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "海南省（海南自由贸易港）",
            "specific": {
                "1.": "洋浦港 / 洋浦经济开发区（儋州市）",
                "2.": "海口市（海口港马村港区）、东方市（八所港）、三亚市（三亚港）",
                "4.（1）（2）（3）": "洋浦港 / 洋浦经济开发区",
                "5.": "洋浦经济开发区",
                "6.": "洋浦经济开发区",
                "7.": "洋浦港（儋州市）; 钦州、重庆 are the train's route, not where the clause applies",
                "三、（二）": "儋州市、洋浦经济开发区 (配套资金) — the 省财政 part is province-wide",
                "分工表 row 1": "洋浦经济开发区", "分工表 row 2": "海口市、东方市、三亚市",
                "分工表 row 5": "洋浦经济开发区", "分工表 row 6": "洋浦经济开发区", "分工表 row 7": "儋州市 / 洋浦",
            },
            "note": "共建“一带一路”国家和地区 / 东盟、南亚、中东、非洲 do not place a clause abroad; 重庆、四川、广西 in 7. are partner provinces, not where the plan applies (a clause tagged 重庆 is wrong, medium). 海口海关、海南海事局 are organs, not places.",
        },
        "_note": (
            "One file, one 公文: the 通知 (2 clauses) followed on a new page by the 方案 it prints, with its own two-paragraph title (…西部陆海新通道 / 国际航运枢纽工作方案（2024—2026年）). "
            "Reading the 方案 as a second document (title = 方案 title, issuer 海南省人民政府, date 2024-08-19) is equally fine; what must not happen is the 方案 title becoming a clause or glued to the intro, or the two title lines kept apart. "
            "Furniture: red 版头 海南省人民政府文件; 文号 琼府〔2024〕36号 and the red rule; title (ONE paragraph with two soft line breaks, after …港建设 and after …工作方案 — must be re-joined with no space or newline); 主送 (→ recipients, 2 items split at the full-width comma ，); 落款 海南省人民政府 / 2024年8月19日; （此件主动公开）; the 方案 title; 附件说明 附件：… (→ attachments); the label 附件 and the 分工表 title on the landscape page; the 版记 (抄送… / 海南省人民政府办公厅 2024年8月21日印发) alone on the last portrait page after 18 blank paragraphs; footer page numbers “— N —”. "
            "Headings with no text of their own (一、总体目标, 二、重点任务, 三、保障措施, and the 楷体 （一）提升港口基础设施能级 … （四）强化陆海联动 which have no full stop) are section headings, not clauses (as heading-only clauses tolerable, low) — but each numbered task 1.…7. must carry the right （一）…（四） in its path. "
            "三、保障措施 （一）（二）（三） are run-in: heading + text = one clause. （1）（2）（3） are separate items under 4. (merged into 4. tolerable, low). "
            "date = 成文日期 2024-08-19 (落款); 2024-08-21 is the 印发 date in the 版记 — must not become the date. effective 2024-09-01 / expires 2026-12-31 come from the last sentence of the 方案; 2024—2026年 in the title agrees. "
            "The 分工表 (8 rows) sits in a landscape section with a repeated header row (w:tblHeader); each row is a clause with 序号/重点任务/牵头单位/配合单位/完成时限; “持续推进” is a 完成时限 value, not a date. "
            "The 方案 body mentions 2025年底前, 2024年底前 deadlines and 2026年 targets — none is the document date. level provincial, region 海南省."
        ),
        "_pdf": {
            "note": "same metadata and clauses; the PDF has page numbers “— N —” as text at the foot of each page (right on odd, left on even pages), the 分工表 on landscape page(s) — if it runs over two pages, LibreOffice repeats the header row on the second page, which must not become a data row — and the 版记 alone on the last page.",
        },
    }


# ================================================================ (b) 重庆 公告
CQ_NO = "2024年第6号"
CQ_TITLE_LINE = "关于公布2024年度重庆市“一带一路”进出口商品集散分拨中心认定名单的公告"
CQ_TITLE = "重庆市商务委员会" + CQ_TITLE_LINE
CQ_INTRO = "根据《重庆市“一带一路”进出口商品集散分拨中心认定管理办法》（渝商务发〔2023〕18号）有关规定，经企业自愿申报、区县商务主管部门初审、专家评审和社会公示，现将2024年度重庆市“一带一路”进出口商品集散分拨中心（以下简称集散分拨中心）认定名单及有关事项公告如下："
CQ_POINTS = [
    ("一、认定名单。", "认定重庆国际物流枢纽园区东盟商品集散分拨中心等8家单位为2024年度重庆市“一带一路”进出口商品集散分拨中心（名单见附件）。"),
    ("二、支持政策。", "对认定的集散分拨中心，按照以下标准给予支持："),
    ("", "（一）对年度进出口额首次突破5亿元、10亿元、20亿元的，分别给予一次性奖励50万元、100万元、200万元；"),
    ("", "（二）对通过西部陆海新通道、中欧班列（成渝）集结进出口货物的，按实际运费的10%给予补助，单家企业年度补助最高不超过300万元；"),
    ("", "（三）对在中国（重庆）自由贸易试验区两江片区、西永片区、果园港片区内设立保税展示交易中心的，按场地租金的50%给予补助，补助期限不超过2年。"),
    ("三、管理要求。", "集散分拨中心应于每季度结束后15日内通过“重庆市商务运行监测平台”报送经营数据。市商务委将会同市财政局、重庆海关等部门每年开展一次运行评估，对评估不合格或存在弄虚作假行为的，撤销认定，收回已拨付的支持资金。"),
    ("四、认定有效期。", "本次认定有效期为3年，自本公告发布之日起计算。有效期满后，需按规定重新申报认定。"),
    ("五、", "本公告由市商务委对外贸易处负责解释，联系电话：023-62662035。"),
]
CQ_ATT = "2024年度重庆市“一带一路”进出口商品集散分拨中心认定名单"
CQ_TBL_H = ["序号", "集散分拨中心名称", "运营主体", "所在区县（片区）", "主要商品类别"]
CQ_TBL = [
    ["1", "重庆国际物流枢纽园区东盟商品集散分拨中心", "重庆国际物流集团有限公司", "沙坪坝区（西永片区）", "东盟水果、冻品、粮油"],
    ["2", "果园港大宗商品集散分拨中心", "重庆果园港国际物流枢纽有限公司", "两江新区（果园港片区）", "矿产品、粮食、化肥"],
    ["3", "两江新区寸滩进口商品集散分拨中心", "重庆两江保税供应链管理有限公司", "两江新区（两江片区）", "进口消费品、汽车零部件"],
    ["4", "江津综合保税区中亚商品集散分拨中心", "重庆珞璜港务有限公司", "江津区", "中亚农产品、棉纱"],
    ["5", "万州新田港进出口商品集散分拨中心", "重庆新田港务有限公司", "万州区", "柑橘、榨菜、机电产品"],
    ["6", "涪陵综合保税区跨境商品集散分拨中心", "重庆涪陵综保供应链有限公司", "涪陵区", "跨境电商商品、日用消费品"],
    ["7", "永川综合保税区欧洲商品集散分拨中心", "重庆永川综保区开发建设有限公司", "永川区", "欧洲葡萄酒、乳制品"],
    ["8", "南彭公路物流基地东盟商品集散分拨中心", "重庆公路物流基地建设有限公司", "巴南区", "东盟电子产品、日用品"],
]


def build_chongqing():
    doc = Document()
    setup(doc, "centre")
    p = para(doc, "", XBZ, 40, C, 0, line=Pt(52))
    set_font(p.add_run("重庆市商务委员会公告"), XBZ, 40, color=RED)
    para(doc, indent=0)
    p = para(doc, CQ_NO, align=C, indent=0)
    pborder(p, "bottom", sz=18, space=10)
    para(doc, indent=0)
    p = para(doc, "", XBZ, ER, C, 0, line=Pt(34))
    # the title wraps by hand after 集散分拨中心, as offices balance two-line titles
    r = p.add_run("关于公布2024年度重庆市“一带一路”")
    set_font(r, XBZ, ER)
    r.add_break()
    set_font(p.add_run("进出口商品集散分拨中心认定名单的公告"), XBZ, ER)
    para(doc, indent=0)
    para(doc, CQ_INTRO)
    for h, t in CQ_POINTS:
        if h:
            runin(doc, h, t, head_font=HT)
        else:
            para(doc, t)
    para(doc, "特此公告。")
    para(doc, indent=0)
    p = para(doc, "附件：" + CQ_ATT)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, "重庆市商务委员会", "2024年9月12日", right_chars=4, publicity=None, blanks=1)
    p = para(doc, "附件", HT, SAN, L, 0)
    p.paragraph_format.page_break_before = True
    para(doc, indent=0)
    p = para(doc, "", XBZ, 20, C, 0, line=Pt(30))
    r = p.add_run("2024年度重庆市“一带一路”进出口商品")
    set_font(r, XBZ, 20)
    r.add_break()
    set_font(p.add_run("集散分拨中心认定名单"), XBZ, 20)
    para(doc, indent=0)
    tbl = doc.add_table(rows=1 + len(CQ_TBL), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(CQ_TBL_H):
        cell_text(tbl.cell(0, i), h, HT, 12)
    for ri, row in enumerate(CQ_TBL, 1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, 12, C if ci in (0, 3) else L)
    col_widths(tbl, [11, 48, 40, 29, 28])
    out = os.path.join(HERE, "blind157_chongqing_gonggao.docx")
    doc.save(out)
    return out


def chongqing_expected():
    pts = [h + t for h, t in CQ_POINTS]
    tbl = [row_clause(CQ_TBL_H, r) for r in CQ_TBL]
    return {
        "meta": {
            "title": CQ_TITLE,
            "doc_number": "重庆市商务委员会公告2024年第6号",
            "issuer": ["重庆市商务委员会"],
            "date": "2024-09-12",
            "level": "provincial",
            "region": "重庆市",
            "effective": None,
            "expires": None,
            "attachments": [CQ_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
        },
        "clauses": [CQ_INTRO] + pts + tbl,
        "applies_to": {
            "default": "重庆市",
            "specific": {
                "二、（三）": "中国（重庆）自由贸易试验区两江片区、西永片区、果园港片区",
                "名单 row 1": "沙坪坝区（西永片区）", "名单 row 2": "两江新区（果园港片区）", "名单 row 3": "两江新区（两江片区）",
                "名单 row 4": "江津区", "名单 row 5": "万州区", "名单 row 6": "涪陵区", "名单 row 7": "永川区", "名单 row 8": "巴南区",
            },
            "note": "西部陆海新通道 / 中欧班列（成渝） in 二、（二） do not place the clause in 成都/四川 (tagging 四川 or 成都 is wrong, medium). 东盟、中亚、欧洲 in the table are commodity origins, not places. 重庆 is a 直辖市: level provincial (municipal-under-central-government); 'municipal' is tolerable, low.",
        },
        "_note": (
            "A 公告: no 主送 (recipients empty), no 版记. Furniture: red 版头 重庆市商务委员会公告, the number line 2024年第6号 and the red rule; the title typed WITHOUT the issuer prefix and hand-broken by a soft line break after “一带一路” (must be re-joined with no space; the full title is 重庆市商务委员会 + 关于…的公告 — giving only “关于…的公告” is low); "
            "特此公告。 (closing formula; as a clause tolerable, low); 附件说明; 落款 重庆市商务委员会 / 2024年9月12日; the label 附件 and the 名单 title (soft-broken too); footer “- N -” centred. "
            "doc_number is the 公告 number 2024年第6号 (with or without the organ prefix both fine); 渝商务发〔2023〕18号 is the cited 管理办法's number and must NOT become the doc_number (high). "
            "一、…四、 have a 黑体 run-in heading: heading + text = one clause; 五、 has no heading. （一）（二）（三） under 二、 are separate items (merged into 二、 tolerable, low). "
            "The 认定有效期 of 3 years (四、) is the validity of the 认定 (the designation), not of the 公告: expires null; reading 2027-09-11/12 as expires is low. No effective date is stated (effective = date 2024-09-12 tolerable). "
            "The 名单 is an 8-row Word table; each row a clause 序号/集散分拨中心名称/运营主体/所在区县（片区）/主要商品类别."
        ),
        "_pdf": {
            "note": "same metadata and clauses; page numbers “- N -” centred as text at the foot of each page; the title and the 名单 title print as two lines each.",
        },
    }


# ================================================================ (c) 西安 批复
XA_NUM = "市政函〔2024〕68号"
XA_TITLE = "西安市人民政府关于同意高陵区建设中欧班列（西安）集结中心高陵分拨基地的批复"
XA_TO = "高陵区人民政府："
XA_QUOTE = "你区《关于申请建设中欧班列（西安）集结中心高陵分拨基地的请示》（高政发〔2024〕19号）收悉。经研究，现批复如下："
XA_ITEMS = [
    "一、同意高陵区在泾河工业区北区建设中欧班列（西安）集结中心高陵分拨基地（以下简称分拨基地），规划用地面积约1200亩，总投资约38亿元，建设周期为2024年至2027年。",
    "二、分拨基地要立足服务中欧班列（西安）集结中心建设，重点发展以下业务：",
    "（一）面向中亚、欧洲方向的汽车及零部件、装备制造产品出口集拼分拨；",
    "（二）进口粮食、木材、肉类等大宗商品的分拨配送；",
    "（三）跨境电商海外仓前置仓储和国际邮件快件分拨。",
    "三、你区要切实履行主体责任，严格落实国土空间规划和生态环境保护要求，依法依规办理用地、环评、能评等手续，项目用地不得占用永久基本农田。建设资金由你区通过地方政府专项债券、社会资本等渠道多元筹措，市级财政不新增资金负担。",
    "四、市发展改革委、市商务局、市交通局、市自然资源和规划局等部门要按照职责分工，在规划衔接、班列组织、口岸监管协调等方面给予支持。西安国际港务区管委会要将分拨基地纳入中欧班列（西安）集结中心统一运营体系，实现信息互通、运力共享。",
    "五、分拨基地要加强与中国（陕西）自由贸易试验区西安国际港务区片区的协同联动，复制推广自贸试验区“中欧班列+”“一单到底”等制度创新成果，2025年底前实现与港务区片区海关监管作业场所联网监管。",
    "六、请你区每半年将分拨基地建设进展情况报送市商务局，重大事项及时向市政府报告。",
]
XA_CHAOSONG = "市发展改革委，市商务局，市交通局，市自然资源和规划局，市生态环境局，西安国际港务区管委会。"


def build_xian():
    doc = Document()
    s = setup(doc, "gongwen", first_page_blank=True)
    s.top_margin = Mm(30)
    p = para(doc, "", XBZ, 36, C, 0, line=Pt(46))
    r = p.add_run("西安市人民政府")
    set_font(r, XBZ, 36, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="40"/>' % nsdecls("w")))
    pborder(p, "bottom", val="thickThinSmallGap", sz=24, space=4)
    p = para(doc, XA_NUM, align=R, indent=0)
    p.paragraph_format.right_indent = Pt(SAN)
    para(doc, indent=0)
    para(doc, XA_TITLE, XBZ, ER, C, 0, line=Pt(34))
    para(doc, indent=0)
    para(doc, XA_TO, indent=0)
    para(doc, XA_QUOTE)
    for t in XA_ITEMS:
        para(doc, t)
    para(doc, "此复。")
    signoff(doc, "西安市人民政府", "2024年7月23日", right_chars=4)
    banji(doc, XA_CHAOSONG, blanks=21)
    out = os.path.join(HERE, "blind157_xian_pifu.docx")
    doc.save(out)
    return out


def xian_expected():
    return {
        "meta": {
            "title": XA_TITLE,
            "doc_number": XA_NUM,
            "issuer": ["西安市人民政府"],
            "date": "2024-07-23",
            "level": "municipal",
            "region": "陕西省西安市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["高陵区人民政府"],
            "publicity": "此件公开发布",
            "responds_to": "《关于申请建设中欧班列（西安）集结中心高陵分拨基地的请示》（高政发〔2024〕19号）",
        },
        "clauses": [XA_QUOTE] + XA_ITEMS,
        "applies_to": {
            "default": "陕西省西安市高陵区",
            "specific": {
                "一、": "高陵区泾河工业区北区",
                "四、 (second sentence)": "西安国际港务区",
                "五、": "中国（陕西）自由贸易试验区西安国际港务区片区 / 高陵区",
            },
            "note": "A 批复 to a 区 government: the subject is in 高陵区 (default 西安市 alone is tolerable, low). 中亚、欧洲 in 二、（一） are markets, not places of application. 市发展改革委 etc. are organs.",
        },
        "_note": (
            "信函格式 (市政函): red organ name 西安市人民政府 with a thick-thin double rule under it (paragraph border), 文号 市政函〔2024〕68号 flush right under the rule; page 1 has no page number (different first page), later pages “— N —”. "
            "Furniture: 版头, 文号 line, title, 主送 高陵区人民政府： (→ recipients), 此复。 (closing formula; as a clause tolerable, low), 落款 西安市人民政府 / 2024年7月23日, （此件公开发布）, 抄送 line (版记 without 印发 line, as 信函格式 has). "
            "The opening paragraph quotes the 请示: 高政发〔2024〕19号 is the 请示's number — it must NOT become the doc_number (high), and 高陵区人民政府 is not an issuer. "
            "一、…六、 are plain numbered paragraphs (no run-in heading); （一）（二）（三） are items under 二、 (merged into 二、 tolerable, low). "
            "No effective/expires: 2024年至2027年 is the construction period and 2025年底前 a deadline — neither is the document's validity. date 2024-07-23."
        ),
        "_pdf": {
            "note": "same metadata and clauses; page 1 has no page number, page 2 carries “— 2 —” at the left; the 抄送 line between two rules at the end.",
        },
    }


# ================================================================ (d) 新疆 政策解读
XJ_MEASURE = "中国（新疆）自由贸易试验区霍尔果斯片区喀什片区推进边境贸易创新发展若干措施"
XJ_TITLE = "《" + XJ_MEASURE + "》政策解读"
XJ_SRC = "来源：新疆维吾尔自治区商务厅　　发布时间：2024年4月8日"
XJ_SECTIONS = [
    ("一、出台背景", [
        "2023年10月，国务院批复设立中国（新疆）自由贸易试验区，实施范围涵盖乌鲁木齐片区、喀什片区、霍尔果斯片区。喀什片区和霍尔果斯片区地处向西开放前沿，分别毗邻吉尔吉斯斯坦、塔吉克斯坦和哈萨克斯坦，是丝绸之路经济带核心区建设的重要支点。2023年，两个片区所在地州边境贸易额合计达到486亿元，同比增长32.7%，但仍存在边民互市商品落地加工不足、口岸通关效率不高、边贸市场主体规模偏小等问题。",
        "为贯彻落实《中国（新疆）自由贸易试验区总体方案》，推动边境贸易创新发展，自治区商务厅会同自治区财政厅、乌鲁木齐海关、人民银行新疆维吾尔自治区分行等部门研究制定了《" + XJ_MEASURE + "》（新商贸发〔2024〕31号，以下简称《若干措施》），于2024年3月28日正式印发。",
    ]),
    ("二、主要内容", [
        "《若干措施》从边民互市贸易、口岸通关、市场主体、金融服务4个方面提出14条具体措施，主要内容如下：",
        ("（一）创新边民互市贸易方式。", "支持霍尔果斯片区、喀什片区开展边民互市贸易进口商品落地加工试点，对边民互市进口商品落地加工企业，按照加工使用互市商品货值的3%给予奖励，单家企业年度奖励最高500万元。推动边民互助组与落地加工企业“一对一”对接，2024年底前两个片区参与互市贸易的边民人数达到1.5万人以上。"),
        ("（二）提升口岸通关效率。", "在霍尔果斯公路口岸、吐尔尕特口岸、伊尔克什坦口岸推广“提前申报”“两步申报”“智慧口岸”等模式，进出口整体通关时间较2023年压缩20%以上。支持霍尔果斯片区依托中哈霍尔果斯国际边境合作中心建设跨境商品“一站式”通关服务中心。"),
        ("（三）培育边贸市场主体。", "对新注册且年度边境贸易进出口额达到1000万美元以上的企业，给予一次性奖励30万元；对年度进出口额首次突破1亿美元的企业，给予一次性奖励100万元。"),
        ("（四）强化金融服务支撑。", "支持金融机构在两个片区开展人民币与哈萨克斯坦坚戈、吉尔吉斯斯坦索姆等周边国家货币的直接挂牌交易和跨境结算，对开展边贸人民币跨境结算的企业，按结算金额的0.2%给予补贴，单家企业年度补贴最高50万元。"),
    ]),
    ("三、适用范围", [
        "《若干措施》适用于在中国（新疆）自由贸易试验区霍尔果斯片区、喀什片区内依法注册登记、具有独立法人资格并从事边境贸易的企业。乌鲁木齐片区企业开展边境贸易业务的，参照执行市场主体和金融服务方面的措施。",
    ]),
    ("四、实施时间", [
        "《若干措施》自2024年4月1日起施行，有效期3年。自治区此前出台的有关政策与《若干措施》不一致的，以《若干措施》为准。",
    ]),
    ("五、如何申请奖励和补贴？", [
        "符合条件的企业于每年3月31日前向所在片区管委会商务部门提交上一年度奖励补贴申请材料，经片区初审、自治区商务厅会同自治区财政厅复核并公示后拨付。喀什片区咨询电话：0998-2587316；霍尔果斯片区咨询电话：0999-8778620。",
    ]),
]
XJ_SIGN = ["解读单位：新疆维吾尔自治区商务厅对外贸易处", "联系电话：0991-2851326"]


def build_xinjiang():
    doc = Document()
    s = setup(doc, "nofm")
    s.top_margin = Mm(30)
    p = para(doc, "", XBZ, ER, C, 0, line=Pt(34))
    parts = ["《中国（新疆）自由贸易试验区", "霍尔果斯片区喀什片区推进边境贸易", "创新发展若干措施》政策解读"]
    assert "".join(parts) == XJ_TITLE
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, XBZ, ER)
        if i < len(parts) - 1:
            r.add_break()
    para(doc, XJ_SRC, KT, 14, C, 0)
    para(doc, indent=0)
    for head, items in XJ_SECTIONS:
        para(doc, head, HT)
        for it in items:
            if isinstance(it, tuple):
                runin(doc, it[0], it[1], head_font=KT, bold=True)
            else:
                para(doc, it)
    para(doc, indent=0)
    for t in XJ_SIGN:
        p = para(doc, t, align=R, indent=0)
        p.paragraph_format.right_indent = Pt(SAN * 2)
    out = os.path.join(HERE, "blind157_xinjiang_jiedu.docx")
    doc.save(out)
    return out


def xinjiang_expected():
    clauses = []
    for _, items in XJ_SECTIONS:
        for it in items:
            clauses.append(it[0] + it[1] if isinstance(it, tuple) else it)
    return {
        "meta": {
            "title": XJ_TITLE,
            "doc_number": None,
            "issuer": ["新疆维吾尔自治区商务厅"],
            "date": "2024-04-08",
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "政策解读",
            "recipients": [],
            "publicity": None,
            "interprets": {
                "title": XJ_MEASURE,
                "doc_number": "新商贸发〔2024〕31号",
                "date": "2024-03-28",
                "effective": "2024-04-01",
                "expires": "2027-03-31",
            },
        },
        "clauses": clauses,
        "applies_to": {
            "default": "中国（新疆）自由贸易试验区霍尔果斯片区、喀什片区（新疆维吾尔自治区）",
            "specific": {
                "二、（一）": "霍尔果斯片区、喀什片区",
                "二、（二）": "霍尔果斯公路口岸（霍尔果斯市）、吐尔尕特口岸、伊尔克什坦口岸（克孜勒苏柯尔克孜自治州乌恰县, serving 喀什片区）; 中哈霍尔果斯国际边境合作中心",
                "三、": "霍尔果斯片区、喀什片区; 乌鲁木齐片区 (参照执行 the 市场主体/金融 measures)",
            },
            "note": "吉尔吉斯斯坦、塔吉克斯坦、哈萨克斯坦 (一、) and 坚戈/索姆 (二、（四）) are neighbours/currencies, not places of application. 一、 background mentions 乌鲁木齐片区 as part of the FTZ — no place of application. Default 新疆维吾尔自治区 alone is tolerable, low.",
        },
        "_note": (
            "A 政策解读 as offices post it: no 版头, no 文号, no 主送, no 落款 organ/date block — issuer and date come from the line under the title (来源：新疆维吾尔自治区商务厅　　发布时间：2024年4月8日) and the 解读单位 line at the end (…商务厅对外贸易处: the issuer is the 商务厅; the 处 as issuer is low). "
            "The title is soft-broken twice (after …试验区 and after …边境贸易) and must be re-joined with no space. doc_type 政策解读 (or 解读). "
            "TRAPS: 新商贸发〔2024〕31号 is the number of the interpreted measure, not of this 解读 — giving it as the doc_number is medium (tolerable only if clearly marked as the interpreted document's); 2024-03-28 (印发 of the measure) and 2024-04-01 (施行) are not this document's date; "
            "effective 2024-04-01 / expires 2027-03-31 belong to the measure (有效期3年) — putting them on the 解读 is low-medium (an analyst filtering 'in force' would still get the right answer, but the 解读 itself has no validity). 2023年10月 is the FTZ approval. "
            "Headings 一、出台背景 … 五、如何申请奖励和补贴？ carry no text of their own (the last is a question): not clauses (tolerable as heading clauses, low), but each answer paragraph must sit under the right heading. "
            "（一）…（四） have bold 楷体 run-in headings: heading + text = one clause. Furniture: the 来源/发布时间 line, 解读单位 and 联系电话 lines at the end, footer 第 N 页 共 M 页."
        ),
        "_pdf": {
            "note": "same metadata and clauses; footer “第 N 页 共 M 页” as text on every page must not be read into clauses.",
        },
    }


# ================================================================ main
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_157", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    files = [build_hainan(), build_chongqing(), build_xian(), build_xinjiang()]
    for f in files:
        to_pdf(f)
    exp = {
        "blind157_hainan_fangan": [hainan_expected()],
        "blind157_chongqing_gonggao": [chongqing_expected()],
        "blind157_xian_pifu": [xian_expected()],
        "blind157_xinjiang_jiedu": [xinjiang_expected()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
