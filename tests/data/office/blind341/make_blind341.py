# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 341: meeting / event notices on 一带一路 and 自贸试验区 events.

Writes, next to this script:
  blind341_sichuan_luntan.docx/.pdf   省商务厅 论坛通知 (文件版头, agenda table, 回执 attachment)
  blind341_qinzhou_tuijinhui.docx/.pdf 片区管委会 推进会通知 (特急, red header)
  blind341_yiwu_baoming.html          综保区 活动报名 web page
  blind341_xinjiang_richeng.docx      会议日程 alone (landscape, table by day/time)
  expected.json
Run: . /work/venv/bin/activate && python make_blind341.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号
XIAOSI = 12   # 小四


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent_chars=0, size=SAN, exact=28.9, before=0, after=0, left_chars=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc_or_cell, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2, size=SAN,
         exact=28.9, before=0, after=0, left_chars=0):
    """parts: str or list of (text, font, bold) / str (仿宋)."""
    p = doc_or_cell.add_paragraph()
    fmt(p, align, indent_chars, size, exact, before, after, left_chars)
    if isinstance(parts, str):
        parts = [(parts, FS, False)]
    for part in parts:
        if isinstance(part, str):
            part = (part, FS, False)
        text, font, bold = part[0], part[1], part[2]
        color = part[3] if len(part) > 3 else None
        # "\n" inside text = soft line break (Shift+Enter)
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_run_font(r, font, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def border(p, side, color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, exact=None)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(p, instr, font=SONG, size=SI):
    r = p.add_run()
    set_run_font(r, font, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r2 = p.add_run()
    set_run_font(r2, font, size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    r2._element.append(t)
    r3 = p.add_run()
    set_run_font(r3, font, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._element.append(e)


def page_numbers(doc, section):
    """GB/T 9704: 4号半角宋体 “— N —”, odd pages right, even pages left (1 char in)."""
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(SI)
        else:
            p.paragraph_format.left_indent = Pt(SI)
        r = p.add_run("— ")
        set_run_font(r, SONG, SI)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_run_font(r, SONG, SI)


def a4(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(30), Mm(30)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)


def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    a4(doc.sections[0], landscape)
    return doc


def cell_text(cell, text, font=FS, size=SI, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, 0, size, exact=None)
    p.paragraph_format.line_spacing = 1.15
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_run_font(r, font, size, bold)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def row_height(row, mm):
    row.height = Mm(mm)


def col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(Mm(sum(widths_mm)).twips)))
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); trpr.append(cs)
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def red_header(doc, organ_lines, number, urgency=None, size=36):
    if urgency:
        p = para(doc, [(urgency, HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    # blank line(s) so the organ mark sits ~35mm from top of the text area
    p = doc.add_paragraph(); fmt(p, exact=20)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, size, exact=size * 1.25)
    for i, ln in enumerate(organ_lines):
        r = p.add_run(ln)
        set_run_font(r, XBS, size, False, RED)
        if i < len(organ_lines) - 1:
            r.add_break(WD_BREAK.LINE)
    p = doc.add_paragraph(); fmt(p, exact=28.9)
    p = doc.add_paragraph(); fmt(p, exact=28.9)
    p = para(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, after=4)
    border(p, "bottom", "FF0000", sz=12, space=6)
    p = doc.add_paragraph(); fmt(p, exact=28.9)


def title(doc, lines):
    """lines: list of paragraphs (a title broken over two paragraphs) or one string with \n (soft break)."""
    if isinstance(lines, str):
        lines = [lines]
    for ln in lines:
        para(doc, [(ln, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, size=ER, exact=35)
    p = doc.add_paragraph(); fmt(p, exact=28.9)


def signature(doc, organ, date, publicity=None, blank_lines=2):
    for _ in range(blank_lines):
        p = doc.add_paragraph(); fmt(p, exact=28.9)
    para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0).paragraph_format.right_indent = Pt(SAN * 4)
    para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0).paragraph_format.right_indent = Pt(SAN * 4)
    if publicity:
        para(doc, publicity, indent_chars=2)


def banji(doc, chaosong, yinfa_organ, yinfa_date, blank_lines=2):
    for _ in range(blank_lines):
        p = doc.add_paragraph(); fmt(p, exact=28.9)
    p = para(doc, [("抄送：", FS, False), (chaosong, FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT,
             indent_chars=0, size=SI, left_chars=0)
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    border(p, "top", "000000", sz=8, space=4)
    border(p, "bottom", "000000", sz=4, space=4)
    p.paragraph_format.keep_with_next = True
    p = para(doc, [(yinfa_organ + "\t" + yinfa_date, FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT,
             indent_chars=0, size=SI)
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    sec = doc.sections[-1]
    usable = sec.page_width - sec.left_margin - sec.right_margin - Pt(2 * SI)
    p.paragraph_format.tab_stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", sz=8, space=4)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_341",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


# ====================================================================== (a)
def make_sichuan():
    stem = "blind341_sichuan_luntan"
    doc = new_doc()
    sec = doc.sections[0]
    page_numbers(doc, sec)
    red_header(doc, ["四川省商务厅文件"], "川商合作〔2026〕21号")
    T1 = "四川省商务厅关于举办2026年“一带一路”"
    T2 = "经贸合作论坛的通知"
    title(doc, [T1, T2])
    recips = "各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管委会，省直有关部门，有关商协会、企业："
    para(doc, recips, indent_chars=0)

    clauses = []

    def body(text, **kw):
        para(doc, text, **kw)
        clauses.append(text)

    def body_runin(head, rest, font=FS, bold=False):
        para(doc, [(head, font, bold), (rest, FS, False)])
        clauses.append(head + rest)

    def h1(text):
        para(doc, [(text, HT, False)]).paragraph_format.keep_with_next = True

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，助力我省企业深度融入共建“一带一路”，"
         "拓展与共建国家和地区的经贸合作，经研究，省商务厅定于2026年4月中旬在成都举办2026年“一带一路”经贸合作论坛"
         "（以下简称论坛）。现将有关事项通知如下。")

    h1("一、时间地点")
    body_runin("（一）时间：", "2026年4月16日（星期四）至17日（星期五）上午，会期1天半。4月15日（星期三）14:00—20:00报到。", KT)
    body_runin("（二）地点：", "蓉城国际会议中心（成都市高新区天府大道中段1688号）。", KT)
    body_runin("（三）报到地点：", "蓉城国际会议中心一楼大厅会务组。", KT)

    h1("二、参会人员")
    body("（一）省商务厅、省发展改革委、省经济合作局、成都海关、省贸促会等单位有关负责同志。")
    body("（二）各市（州）商务主管部门分管负责同志及对外投资合作科（处）负责同志各1名。")
    t23 = ("（三）中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会分管负责同志各1名，"
           "并各组织不少于5家重点企业负责人参会。")
    body(t23)
    body("（四）成都、德阳、绵阳、宜宾、泸州市商务主管部门各组织10家以上有对外投资合作意向的企业负责人参会；"
         "其他市（州）商务主管部门各组织3至5家企业负责人参会。")
    body("（五）共建“一带一路”国家驻蓉领事机构代表、有关商协会代表、金融机构代表和专家学者（由省商务厅统一邀请）。")

    h1("三、会议议程")
    body("论坛设开幕式、主旨演讲、项目签约和专题对接会等环节，具体议程如下（以会议当天议程为准）：")

    # agenda table: 时间｜内容｜主持/发言; half-day rows merged across all columns;
    # 茶歇 merged across 内容+主持/发言; parallel sessions share one merged 时间 cell.
    rows = [
        ("HALF", "4月16日（星期四）上午　主论坛"),
        ("9:00—9:30", "开幕式、领导致辞", "主持：省商务厅主要负责同志\n致辞：省政府领导、有关国家驻蓉总领事"),
        ("9:30—10:30", "主旨演讲：共建“一带一路”高质量发展新机遇", "发言：商务部研究院专家、中欧班列（成渝）运营平台负责人"),
        ("10:30—10:50", "茶歇", None),
        ("10:50—11:40", "重点项目集中签约", "主持：省经济合作局负责同志"),
        ("11:40—12:00", "发布《四川省企业“一带一路”投资合作指引（2026年版）》", "发布：省商务厅负责同志"),
        ("HALF", "4月16日（星期四）下午　专题对接会"),
        ("14:30—17:30", "专题对接会一：中欧班列与国际物流合作（A厅）", "主持：省商务厅对外投资和经济合作处负责同志\n发言：物流企业、班列平台公司代表"),
        ("MERGEUP", "专题对接会二：东盟、南亚市场开拓与跨境电商（B厅）", "主持：省商务厅电子商务处负责同志\n发言：跨境电商企业代表"),
        ("HALF", "4月17日（星期五）上午　实地考察"),
        ("9:00—12:00", "考察成都国际铁路港、成都高新综合保税区", "带队：省商务厅对外投资和经济合作处负责同志"),
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["时间", "内容", "主持/发言"]
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, HT, SI)
    repeat_header(tbl.rows[0])
    col_widths(tbl, [38, 62, 56])
    prev_time = None
    prev_time_cell = None
    for ri, r in enumerate(rows, start=1):
        cells = tbl.rows[ri].cells
        if r[0] == "HALF":
            m = cells[0].merge(cells[2])
            cell_text(m, r[1], HT, SI, align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        if r[0] == "MERGEUP":
            m = prev_time_cell.merge(cells[0])
            cell_text(m, prev_time, FS, SI)
            t = prev_time
        else:
            cell_text(cells[0], r[0], FS, SI)
            t = r[0]
            prev_time, prev_time_cell = r[0], cells[0]
        if r[2] is None:
            m = cells[1].merge(cells[2])
            cell_text(m, r[1], FS, SI)
            clauses.append("时间：%s；内容：%s" % (t, r[1]))
        else:
            cell_text(cells[1], r[1], FS, SI, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[2], r[2], FS, SI, align=WD_ALIGN_PARAGRAPH.LEFT)
            clauses.append("时间：%s；内容：%s；主持/发言：%s" % (t, r[1].replace("\n", ""), r[2].replace("\n", "；")))

    h1("四、有关要求")
    body("1.请各单位高度重视，认真组织动员，于2026年4月3日（星期五）前将参会回执（见附件）电子版发送至联系邮箱，逾期视为不参会。")
    body("2.论坛不收取会务费。参会人员食宿由会务组统一安排，费用自理；往返交通费用由各单位按规定报销。")
    body("3.请参会人员严格遵守中央八项规定及其实施细则精神，按时参会，不得无故缺席或随意更换参会人员；确需更换的，请提前报会务组。")
    body("联系人：省商务厅对外投资和经济合作处　陈思远，电话：028-83225761，13980062415")
    body("电子邮箱：scswt_dwhz@163.com")

    p = doc.add_paragraph(); fmt(p, exact=28.9)
    ATT = "2026年“一带一路”经贸合作论坛参会回执"
    para(doc, "附件：" + ATT)
    signature(doc, "四川省商务厅", "2026年3月12日", "（此件公开发布）")

    # ---- attachment on its own page
    page_break(doc)
    para(doc, [("附件", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    p = doc.add_paragraph(); fmt(p, exact=28.9)
    para(doc, [(ATT, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, size=ER, exact=35)
    p = doc.add_paragraph(); fmt(p, exact=28.9)
    form = doc.add_table(rows=7, cols=4)
    form.style = "Table Grid"
    form.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["单位名称", "姓名", "职务", "手机"]):
        cell_text(form.rows[0].cells[i], h, HT, SAN)
    for row in form.rows:
        row_height(row, 14)
    col_widths(form, [56, 30, 38, 32])
    p = doc.add_paragraph(); fmt(p, exact=28.9)
    note = "注：请于2026年4月3日前将回执发送至scswt_dwhz@163.com，邮件主题注明“单位名称＋论坛回执”。"
    para(doc, note, indent_chars=0, size=SI)
    clauses.append(note)

    # 版记 at the foot of the last page (pushed down with blank lines)
    banji(doc, "商务部对外投资和经济合作司，省人民政府办公厅。", "四川省商务厅办公室", "2026年3月13日印发",
          blank_lines=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [{
        "meta": {
            "title": T1 + T2,
            "doc_number": "川商合作〔2026〕21号",
            "issuer": ["四川省商务厅"],
            "date": "2026-03-12",
            "published": "2026-03-13",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [ATT],
            "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门", "中国（四川）自由贸易试验区各片区管委会", "省直有关部门", "有关商协会、企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            t23[:24]: ["中国（四川）自由贸易试验区成都天府新区片区", "中国（四川）自由贸易试验区成都青白江铁路港片区",
                       "中国（四川）自由贸易试验区川南临港片区"],
        }},
    }]


# ====================================================================== (b)
def make_qinzhou():
    stem = "blind341_qinzhou_tuijinhui"
    doc = new_doc()
    sec = doc.sections[0]
    page_numbers(doc, sec)
    ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    red_header(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会"], "钦自贸管通〔2026〕9号",
               urgency="特急", size=30)
    TITLE_SOFT = "关于召开钦州港片区2026年一季度重点项目\n和制度创新工作推进会的通知"
    title(doc, TITLE_SOFT)
    para(doc, "片区各局（办）、各园区管理机构，各驻片区有关单位，有关企业：", indent_chars=0)

    clauses = []

    def body(text, **kw):
        para(doc, text, **kw)
        clauses.append(text)

    def field(head, rest):
        para(doc, [(head, HT, False), (rest, FS, False)])
        clauses.append(head + rest)

    body("为加快推进片区重点项目建设和制度创新工作，研究部署西部陆海新通道国际门户港建设相关任务，经管委会研究，"
         "决定召开钦州港片区2026年一季度重点项目和制度创新工作推进会。现将有关事项通知如下：")
    field("会议时间：", "2026年3月20日（星期五）上午9:00，会期半天。")
    field("会议地点：", "片区管委会综合楼三楼第一会议室。")
    field("参会人员：", "管委会领导班子成员；片区各局（办）、各园区管理机构主要负责同志；钦州海关、钦州港海事局、"
                       "钦州出入境边防检查站等驻片区单位分管负责同志；2026年片区重点项目业主单位负责人（由片区投资促进局负责通知）。")
    para(doc, [("会议议程：", HT, False)])
    body("1.片区经济发展局通报2026年1—2月重点项目建设和招商引资情况；")
    body("2.片区制度创新局通报第五批制度创新成果复制推广情况，并说明2026年制度创新任务清单；")
    body("3.重点项目业主单位、驻片区单位代表发言，反映项目推进中存在的困难和问题（每家发言不超过5分钟）；")
    body("4.片区有关部门现场回应企业问题诉求；")
    body("5.管委会主要负责同志讲话。")
    para(doc, [("其他事项：", HT, False)])
    body("1.请各单位于3月18日（星期三）17:30前，将参会人员名单及重点项目推进情况汇报表（见附件）报送片区经济发展局，"
         "发言单位请将书面发言材料一并报送。")
    body("2.参会人员请于8:40前到达会场签到，会议期间请将手机调至静音状态。")
    body("3.本次会议不得请假，确因特殊情况不能参会的，须经管委会主要负责同志同意后委托其他负责同志参会。")
    body("联系人：片区经济发展局　黄海燕，联系电话：0777-3886512，电子邮箱：qzgjjfzj@126.com")
    p = doc.add_paragraph(); fmt(p, exact=28.9)
    ATT = "钦州港片区重点项目推进情况汇报表"
    para(doc, "附件：" + ATT)
    signature(doc, ORG, "2026年3月17日", "（此件依申请公开）", blank_lines=2)
    # the long organ name: shorten right indent so it fits
    for p in doc.paragraphs[-3:-1]:
        p.paragraph_format.right_indent = Pt(0)

    page_break(doc)
    para(doc, [("附件", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    para(doc, [(ATT, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, size=ER, exact=35)
    para(doc, "填报单位（盖章）：　　　　　　　　　填报日期：　　年　月　日", indent_chars=0, size=SI)
    cols = ["序号", "项目名称", "总投资\n（亿元）", "1—2月完成投资\n（亿元）", "形象进度", "存在问题及需协调事项"]
    form = doc.add_table(rows=6, cols=len(cols))
    form.style = "Table Grid"
    form.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(cols):
        cell_text(form.rows[0].cells[i], h, HT, 12)
    for ri in range(1, 6):
        row_height(form.rows[ri], 13)
        cell_text(form.rows[ri].cells[0], str(ri), FS, 12)
    col_widths(form, [12, 36, 20, 26, 26, 36])
    para(doc, "填报人：　　　　　　　联系电话：", indent_chars=0, size=SI, before=6)
    banji(doc, "钦州市人民政府办公室，自治区商务厅（自治区自贸办）。", "钦州港片区管理委员会党政办公室",
          "2026年3月17日印发", blank_lines=3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [{
        "meta": {
            "title": TITLE_SOFT.replace("\n", ""),
            "doc_number": "钦自贸管通〔2026〕9号",
            "issuer": [ORG],
            "date": "2026-03-17",
            "published": "2026-03-17",
            "level": "zone",
            "region": "中国（广西）自由贸易试验区钦州港片区",
            "effective": None,
            "expires": None,
            "attachments": [ATT],
            "doc_type": "通知",
            "recipients": ["片区各局（办）", "各园区管理机构", "各驻片区有关单位", "有关企业"],
            "publicity": "此件依申请公开",
            "repeals": None,
            "urgency": "特急",
        },
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]


# ====================================================================== (c)
def make_yiwu():
    stem = "blind341_yiwu_baoming"
    TITLE = "关于举办2026年“丝路电商”综保区跨境电商政策宣讲暨市场对接活动的报名通知"
    intro = ("为助力跨境电商企业拓展共建“一带一路”国家市场，用好综合保税区保税展示交易、跨境电商网购保税进口（1210）"
             "和特殊区域出口（1210出口）等政策，义乌综合保税区管理中心定于4月下旬举办2026年“丝路电商”综保区跨境电商政策宣讲暨"
             "市场对接活动。现将报名事项公告如下：")
    fields = [
        ("活动时间：", "2026年4月24日（星期五）14:00—17:30（13:30开始签到）。"),
        ("活动地点：", "义乌综合保税区综合服务中心二楼多功能厅（义乌市稠江街道保税路8号）。"),
        ("参加对象：", "区内企业及义乌市跨境电商企业、外贸综合服务企业、跨境物流企业，有意向入区发展的企业。每家企业限报2人。"),
        ("报名方式：", "请于2026年4月21日（星期二）17:00前扫描下方二维码填写报名信息。名额120个，额满即止，报名成功后以短信方式确认。"),
    ]
    agenda = [
        "13:30—14:00　签到入场，参观综保区保税展示交易中心",
        "14:00—14:10　义乌综合保税区管理中心负责同志致辞",
        "14:10—14:50　金华海关驻义乌办事处专家解读综保区跨境电商监管政策",
        "14:50—15:30　“丝路电商”伙伴国市场机遇分享（中东、中亚、东盟站点运营商）",
        "15:30—16:10　区内跨境电商企业经验交流",
        "16:10—17:30　供需对接洽谈（分物流、支付、海外仓三个对接区）",
    ]
    tips = "温馨提示：本次活动不收取任何费用。参会人员请携带身份证件，经综保区卡口登记后步行进入，区内不提供社会车辆停车位。"
    contact = "咨询电话：0579-85326617（工作日8:30—17:00，联系人：骆老师）"

    lis = "\n".join("          <li>%s</li>" % a for a in agenda)
    fld = "\n".join('        <p class="fld"><strong>%s</strong>%s</p>' % f for f in fields[:3])
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}_通知公告_义乌综合保税区门户网站</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-04-08 10:32">
<meta name="ContentSource" content="招商服务部">
<style>
 body{{font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f3f5f8;margin:0}}
 .top{{background:#0b4ea2;color:#fff;padding:10px 0}} .w{{width:1100px;margin:0 auto}}
 .nav a{{color:#fff;margin-right:24px;text-decoration:none}}
 .crumb{{font-size:13px;color:#666;margin:12px 0}}
 .art{{background:#fff;padding:30px 60px}} h1{{font-size:24px;text-align:center;color:#c00;line-height:1.6}}
 .info{{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:10px}}
 .content p{{font-size:16px;line-height:2;text-indent:2em;margin:0}} .content p.qr{{text-align:center;text-indent:0}}
 .content ol{{font-size:16px;line-height:2}} .sign{{text-align:right!important}}
 .side{{font-size:13px}} .foot{{background:#333;color:#aaa;font-size:12px;text-align:center;padding:16px}}
</style>
</head>
<body>
<div class="top"><div class="w">
  <div class="logo">义乌综合保税区门户网站</div>
  <div class="nav"><a href="/">首页</a><a href="/zqgk/">综保区概况</a><a href="/zcfg/">政策法规</a><a href="/tzgg/">通知公告</a><a href="/zsyz/">招商引资</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>
</div></div>
<div class="w">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 活动报名</div>
  <div class="art">
    <h1>{TITLE}</h1>
    <div class="info">发布时间：2026-04-08 10:32　　来源：招商服务部　　浏览次数：1287　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
    <div class="content" id="zoom">
        <p>{intro}</p>
{fld}
        <p class="fld"><strong>{fields[3][0]}</strong>{fields[3][1]}</p>
        <p class="qr"><img src="/images/2026/04/qr_sldsbm.png" alt="“丝路电商”政策宣讲暨市场对接活动报名二维码（微信扫一扫）" width="180" height="180"></p>
        <p class="qr" style="font-size:14px;color:#666">（微信扫描二维码报名）</p>
        <p class="fld"><strong>活动议程：</strong></p>
        <ol>
{lis}
        </ol>
        <p>{tips}</p>
        <p>{contact}</p>
        <p>&nbsp;</p>
        <p class="sign">义乌综合保税区管理中心</p>
        <p class="sign">2026年4月7日</p>
    </div>
    <div class="tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
    <div class="prevnext">
      <p>上一篇：<a href="/tzgg/202604/t20260403_11823.html">关于开展2026年度综保区企业信用等级评定工作的通知</a></p>
      <p>下一篇：<a href="/tzgg/202604/t20260410_11852.html">义乌综合保税区2026年4月保税展示交易活动安排</a></p>
    </div>
  </div>
  <div class="side">
    <h3>相关链接</h3>
    <ul><li><a href="#">海关总署</a></li><li><a href="#">浙江省商务厅</a></li><li><a href="#">中国（浙江）自由贸易试验区</a></li></ul>
  </div>
</div>
<div class="foot">主办单位：义乌综合保税区管理中心　地址：义乌市稠江街道保税路8号　联系电话：0579-85326600<br>
浙ICP备2026008123号-1　网站标识码：3307820047　<a href="#">网站地图</a>　<a href="#">隐私声明</a></div>
</body>
</html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)

    clauses = [intro] + [a + b for a, b in fields] + ["%d.%s" % (i, a) for i, a in enumerate(agenda, 1)] + [tips, contact]
    EXPECTED[stem] = [{
        "meta": {
            "title": TITLE,
            "doc_number": None,
            "issuer": ["义乌综合保税区管理中心"],
            "date": "2026-04-07",
            "published": "2026-04-08",
            "level": "zone",
            "region": "义乌综合保税区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]


# ====================================================================== (d)
def make_xinjiang():
    stem = "blind341_xinjiang_richeng"
    doc = new_doc(landscape=True)
    sec = doc.sections[0]
    page_numbers(doc, sec)
    TITLE = "2026中国—中亚跨境电商与物流合作大会会议日程"
    para(doc, [(TITLE, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, size=ER, exact=36)
    para(doc, [("（2026年5月20日—22日　新疆·乌鲁木齐）", KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
    para(doc, "主办单位：新疆维吾尔自治区商务厅　乌鲁木齐市人民政府", align=WD_ALIGN_PARAGRAPH.CENTER,
         indent_chars=0, size=SI)
    p = doc.add_paragraph(); fmt(p, exact=14)

    # 日期｜时间｜活动内容｜地点｜参加人员
    EXPO = "新疆国际会展中心一号馆主会场"
    days = [
        ("5月20日\n（星期三）", [
            ("全天", "嘉宾报到，领取会议资料", "各协议酒店大堂", "全体参会嘉宾"),
            ("18:30—20:00", "欢迎晚宴", "乌鲁木齐天山明珠大酒店宴会厅", "受邀嘉宾（凭请柬入场）"),
        ]),
        ("5月21日\n（星期四）", [
            ("9:30—10:30", "开幕式：\n主办方领导致辞；中亚国家政府代表致辞；重点合作项目签约", EXPO, "全体参会嘉宾"),
            ("10:30—12:00", "主旨论坛：共建“一带一路”背景下中国—中亚数字贸易合作", "@SAME", "全体参会嘉宾"),
            ("12:00—14:00", "自助午餐", "会展中心二楼餐厅", "全体参会嘉宾"),
            ("14:00—17:30", "平行论坛一：跨境电商海外仓建设与跨境支付结算", "会展中心3号会议室", "跨境电商企业、金融机构代表"),
            ("@SAME", "平行论坛二：中欧班列集结与国际陆港物流合作", "会展中心5号会议室", "物流企业、陆港运营企业代表"),
        ]),
        ("5月22日\n（星期五）", [
            ("9:00—12:00", "实地考察：中国（新疆）自由贸易试验区乌鲁木齐片区、乌鲁木齐综合保税区", "统一乘车前往（8:30酒店门口集合）", "已报名考察的嘉宾"),
            ("12:00以后", "自行返程（会务组提供送站服务）", "各协议酒店", "全体参会嘉宾"),
        ]),
    ]
    nrows = 1 + sum(len(d[1]) for d in days)
    tbl = doc.add_table(rows=nrows, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["日期", "时间", "活动内容", "地点", "参加人员"]
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, HT, SI)
    repeat_header(tbl.rows[0])
    col_widths(tbl, [28, 30, 95, 50, 34])
    clauses = []
    ri = 1
    for day, items in days:
        first = ri
        prev = [None] * 5
        for it in items:
            cells = tbl.rows[ri].cells
            vals = []
            for ci, v in enumerate(it, start=1):
                if v == "@SAME":
                    m = tbl.rows[ri - 1].cells[ci].merge(cells[ci])
                    cell_text(m, prev[ci], FS, SI, align=WD_ALIGN_PARAGRAPH.CENTER if ci != 2 else WD_ALIGN_PARAGRAPH.LEFT)
                    vals.append(prev[ci])
                else:
                    cell_text(cells[ci], v, FS, SI, align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
                    prev[ci] = v
                    vals.append(v)
            dd = day.replace("\n", "")
            content = vals[1].replace("\n", "")
            clauses.append("日期：%s；时间：%s；活动内容：%s；地点：%s；参加人员：%s" % (dd, vals[0], content, vals[2], vals[3]))
            ri += 1
        m = tbl.rows[first].cells[0].merge(tbl.rows[ri - 1].cells[0])
        cell_text(m, day, HT, SI)
    p = doc.add_paragraph(); fmt(p, exact=14)
    para(doc, "注：", indent_chars=0, size=SI, exact=24)
    n1 = "1.日程如有调整，以会务组现场通知为准。参会嘉宾请全程佩戴参会证件，凭证件进入会场。"
    n2 = "2.会务组联系人：阿依古丽·买买提　0991-2865031，18699120437；马建军　0991-2865037。"
    para(doc, n1, indent_chars=0, size=SI, exact=24, left_chars=1)
    para(doc, n2, indent_chars=0, size=SI, exact=24, left_chars=1)
    clauses += [n1, n2]

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    EXPECTED[stem] = [{
        "meta": {
            "title": TITLE,
            "doc_number": None,
            "issuer": ["新疆维吾尔自治区商务厅", "乌鲁木齐市人民政府"],
            "date": None,
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "会议日程",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]


if __name__ == "__main__":
    make_sichuan()
    make_qinzhou()
    make_yiwu()
    make_xinjiang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok:", ", ".join(sorted(os.listdir(HERE))))
