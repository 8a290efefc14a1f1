# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 161: ordinary south-western office files, Word (python-docx) + LibreOffice PDF.

Writes next to itself:
  blind161_yunnan_notice.docx / .pdf    云南省商务厅 通知 on 中老铁路沿线开放 (一、（一）1. outline, 附件 名单 table)
  blind161_guizhou_opinion.docx / .pdf  贵州省人民政府 实施意见 (4 pages, （一）…（十二） numbered across sections)
  blind161_qinzhou_measures.docx / .pdf 钦州港片区管委会 印发 管理办法 (章/条) with 附件 申请表 (a form)
  blind161_chengdu_notice.docx / .pdf   成都市人民政府办公厅 通知 on 中欧班列（成渝）, 附件 分工表 in a landscape section
  expected.json

Run:  . /work/venv/bin/activate && python make_blind161.py
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
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16  # 三号
ER = 22   # 二号
SI = 14   # 四号
LINE = Pt(28.9)
C = WD_ALIGN_PARAGRAPH.CENTER
J = WD_ALIGN_PARAGRAPH.JUSTIFY
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


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


def para(doc, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, container=None):
    p = (container or doc).add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, head_bold=False):
    p = para(doc)
    set_font(p.add_run(head), head_font, SAN, head_bold)
    set_font(p.add_run(body), FS, SAN)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = para(doc, indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI, dash="— %s —"):
    left, right = dash.split("%s")
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


def setup(doc, footer="alternate"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if footer == "alternate":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp, dash="- %s -")
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def banhead(doc, lines, size=40, scale=None):
    for ln in lines:
        p = para(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
        r = p.add_run(ln)
        set_font(r, XBZ, size, color=RED)
        if scale:
            r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))


def number_and_rule(doc, number):
    para(doc, indent=0)
    para(doc, indent=0)
    p = para(doc, number, FS, SAN, C, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, indent=0)


def title(doc, parts, soft=True):
    if soft:
        p = para(doc, "", XBZ, ER, C, 0, line=Pt(35))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER, C, 0, line=Pt(35))
    para(doc, indent=0)


def heading1(doc, text):
    return para(doc, text, HT, SAN)


def heading2(doc, text):
    return para(doc, text, KT, SAN)


def attachments_note(doc, items):
    para(doc, indent=0)
    if len(items) == 1:
        p = para(doc, "附件：" + items[0])
        p.paragraph_format.left_indent = Pt(SAN * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN * 3)
        return
    for i, t in enumerate(items, 1):
        p = para(doc, ("附件：" if i == 1 else "") + "%d．%s" % (i, t))
        p.paragraph_format.left_indent = Pt(SAN * 6)
        p.paragraph_format.first_line_indent = Pt(-SAN * (4 if i == 1 else 1))


def signoff(doc, issuer, date, publicity, right=4):
    # GB/T 9704: 正文（附件说明）下空一行, 署名右空二字, 成文日期下一行, 附注 in the next line
    para(doc, indent=0)
    p = para(doc, issuer, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right)
    p = para(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * max(right - 2, 0) if len(issuer) > 8 else SAN * right)
    if publicity:
        para(doc, "（%s）" % publicity, FS, SAN, L, 2)


def banji(doc, chaosong_lines, printer, printdate, blank=0, new_page=False):
    for i in range(blank):
        p = para(doc, indent=0)
        if i == 0 and new_page:
            p.paragraph_format.page_break_before = True
    first = True
    for ln in chaosong_lines:
        p = para(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI * (4 if first else 4))
        p.paragraph_format.first_line_indent = Pt(-SI * 3) if first else None
        p.paragraph_format.right_indent = Pt(SI)
        set_font(p.add_run(("抄送：" if first else "") + ln), FS, SI)
        if first:
            border(p, "top", 12, "000000", 2)
        first = False
    p = para(doc, "", FS, SI, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run(printer), FS, SI)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=12, bold=False, align=C, snap=True):
    cell.text = ""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        if not snap:
            p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
        if ln:
            set_font(p.add_run(ln), east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(tbl, widths_mm):
    """Set widths the way Word stores them: tblW, tblLayout fixed, tblGrid/gridCol and each tcW."""
    tbl.autofit = False
    tw = [int(w * 56.7) for w in widths_mm]
    tblpr = tbl._tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), sum(tw))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_161", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ (a) 云南省商务厅 通知
YN_TITLE = "云南省商务厅关于加快推进中老铁路沿线开放发展的通知"
YN_NUM = "云商外贸〔2024〕21号"
YN_ISSUER = "云南省商务厅"
YN_TO = "昆明、玉溪、普洱、西双版纳州（市）商务局，中国（云南）自由贸易试验区昆明片区管委会，磨憨—磨丁经济合作区管委会："
YN_TO_LIST = ["昆明、玉溪、普洱、西双版纳州（市）商务局", "中国（云南）自由贸易试验区昆明片区管委会", "磨憨—磨丁经济合作区管委会"]
YN_INTRO = "为深入贯彻落实习近平总书记关于建设好、维护好、运营好中老铁路的重要指示精神，根据《云南省推进中老铁路沿线开发开放三年行动计划（2024—2026年）》，经省人民政府同意，现就加快推进中老铁路沿线开放发展有关事项通知如下。"
YN_GOAL = "到2026年，中老铁路沿线昆明、玉溪、普洱、西双版纳4个州（市）外贸进出口总额突破1800亿元，中老铁路国际货物运输量达到600万吨，累计开行“澜湄快线”等国际货运班列3000列以上。"
YN_T = [
    ("（一）提升通道运营能力", [
        ("1.扩大国际货运班列规模。", "支持昆明市依托王家营西站、腾俊国际陆港建设中老铁路国际货运集结中心，常态化开行“澜湄快线”国际货运班列，2024年开行量达到1200列以上。（昆明市商务局、中国铁路昆明局集团有限公司按职责分工负责）"),
        ("2.优化口岸通关服务。", "推动磨憨铁路口岸全面实施“铁路快通”“两段准入”等监管模式，进口货物整体通关时间压缩至8小时以内，出口货物整体通关时间压缩至0.5小时以内。"),
        ("3.发展跨境冷链物流。", "支持普洱市、西双版纳州建设进境水果、冰鲜水产品指定监管场地，对2024年1月1日以后新建并投入使用的冷链仓储设施，按设备投资额的10%给予补助，单个项目最高不超过300万元。"),
    ]),
    ("（二）培育沿线开放型产业", [
        ("1.承接产业梯度转移。", "支持玉溪市研和工业园区、普洱市思茅工业园区承接东部地区加工贸易产业转移，建设面向老挝、泰国市场的出口加工基地。"),
        ("2.发展“中老铁路+”贸易。", "鼓励外贸企业利用中老铁路开展橡胶、木薯淀粉、水果等大宗商品进口，对年度经中老铁路进口额超过5000万元的企业，按每标准箱500元给予物流补助，单个企业年度补助最高不超过200万元。"),
        ("3.推动边民互市商品落地加工。", "支持西双版纳州勐腊县、景洪市扩大边民互市进口商品落地加工规模，2024年落地加工产值力争达到30亿元。"),
    ]),
]
YN_T3 = ("（三）优化开放平台布局。", "发挥中国（云南）自由贸易试验区昆明片区、磨憨—磨丁经济合作区的平台引领作用，支持昆明综合保税区开展保税维修、保税检测等新业态，推进西双版纳州申建综合保税区。")
YN_S = [
    ("（一）加强统筹协调。", "省商务厅会同省发展改革委、昆明海关、中国铁路昆明局集团有限公司建立中老铁路沿线开放工作联席会议制度，每季度召开1次会议，协调解决重大问题。"),
    ("（二）强化资金支持。", "2024年省级外经贸发展专项资金安排不少于8000万元，重点支持沿线开放平台建设和物流补助。"),
    ("（三）做好监测报送。", "各州（市）商务局要于每季度结束后10日内，将本地区中老铁路沿线开放工作进展和附件所列平台建设情况报送省商务厅对外贸易处（联系人：杨帆，电话：0871-63132865）。"),
]
YN_ATT = "中老铁路沿线重点开放平台名单"
YN_TBL_H = ["序号", "州（市）", "平台名称", "平台类型", "责任单位"]
YN_TBL = [
    ["1", "昆明市", "中国（云南）自由贸易试验区昆明片区", "自贸试验区片区", "昆明片区管委会"],
    ["2", "昆明市", "王家营西国际陆港", "物流枢纽", "昆明市人民政府"],
    ["3", "昆明市", "昆明综合保税区", "综合保税区", "昆明市人民政府"],
    ["4", "昆明市", "磨憨—磨丁经济合作区（中方区域）", "跨境经济合作区", "磨憨—磨丁经济合作区管委会"],
    ["5", "玉溪市", "研和工业园区", "产业园区", "玉溪市人民政府"],
    ["6", "普洱市", "思茅工业园区", "产业园区", "普洱市人民政府"],
    ["7", "西双版纳州", "景洪工业园区", "产业园区", "西双版纳州人民政府"],
]
YN_CHAOSONG = ["商务部对外贸易司，省人民政府办公厅，省发展改革委，省交通运输厅，昆明海关，中国铁路昆明局集团有限公司。"]
YN_PRINTER = "云南省商务厅办公室"
YN_PRINT = "2024年4月19日"


def build_yunnan():
    doc = Document()
    setup(doc, "alternate")
    banhead(doc, ["云南省商务厅文件"], size=44)
    number_and_rule(doc, YN_NUM)
    title(doc, ["云南省商务厅关于加快推进中老铁路沿线", "开放发展的通知"], soft=True)
    para(doc, YN_TO, indent=0)
    para(doc, YN_INTRO)
    heading1(doc, "一、总体目标")
    para(doc, YN_GOAL)
    heading1(doc, "二、重点任务")
    for h2, items in YN_T:
        heading2(doc, h2)
        for h, t in items:
            p = para(doc)
            set_font(p.add_run(h), FS, SAN, bold=True)
            set_font(p.add_run(t), FS, SAN)
    runin(doc, YN_T3[0], YN_T3[1])
    heading1(doc, "三、保障措施")
    for h, t in YN_S:
        runin(doc, h, t)
    attachments_note(doc, [YN_ATT])
    signoff(doc, YN_ISSUER, "2024年4月18日", "此件主动公开")
    para(doc, "附件", HT, SAN, L, 0).paragraph_format.page_break_before = True
    para(doc, indent=0)
    para(doc, YN_ATT, XBZ, ER, C, 0, line=Pt(35))
    para(doc, indent=0)
    tbl = doc.add_table(rows=1 + len(YN_TBL), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(YN_TBL_H):
        cell_text(tbl.cell(0, i), h, HT, 12)
    for ri, row in enumerate(YN_TBL, 1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, 12, align=C if ci in (0, 1, 3) else L)
    col_widths(tbl, [14, 26, 58, 30, 28])
    banji(doc, YN_CHAOSONG, YN_PRINTER, YN_PRINT, blank=18, new_page=True)
    out = os.path.join(HERE, "blind161_yunnan_notice.docx")
    doc.save(out)
    return out


def expected_yunnan():
    clauses = [YN_INTRO, YN_GOAL]
    for _, items in YN_T:
        clauses += [h + t for h, t in items]
    clauses.append(YN_T3[0] + YN_T3[1])
    clauses += [h + t for h, t in YN_S]
    rows = [row_clause(YN_TBL_H, r) for r in YN_TBL]
    clauses += rows
    return [{
        "meta": {
            "title": YN_TITLE,
            "doc_number": YN_NUM,
            "issuer": [YN_ISSUER],
            "date": "2024-04-18",
            "published": "2024-04-19",
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [YN_ATT],
            "doc_type": "通知",
            "recipients": YN_TO_LIST,
            "publicity": "此件主动公开",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "云南省",
            "specific": {
                "一、总体目标": "昆明市、玉溪市、普洱市、西双版纳州",
                "二、（一）1.": "昆明市（王家营西站、腾俊国际陆港）",
                "二、（一）2.": "磨憨铁路口岸（昆明市磨憨镇 / 磨憨—磨丁经济合作区）",
                "二、（一）3.": "普洱市、西双版纳州",
                "二、（二）1.": "玉溪市（研和工业园区）、普洱市（思茅工业园区）",
                "二、（二）3.": "西双版纳州勐腊县、景洪市",
                "二、（三）": "中国（云南）自由贸易试验区昆明片区、磨憨—磨丁经济合作区、昆明综合保税区（昆明市）、西双版纳州",
                "附件 row 1": "昆明市（中国（云南）自由贸易试验区昆明片区）",
                "附件 row 2": "昆明市", "附件 row 3": "昆明市", "附件 row 4": "昆明市（磨憨—磨丁经济合作区）",
                "附件 row 5": "玉溪市", "附件 row 6": "普洱市", "附件 row 7": "西双版纳州",
            },
            "note": "老挝、泰国 (二、（二）1.) are markets, not places where the clause applies; 昆明海关 / 中国铁路昆明局集团有限公司 are organs. 二、（二）2. and 三、 apply province-wide (default).",
        },
        "_note": (
            "Furniture, not clauses: red 版头 云南省商务厅文件; 文号 line 云商外贸〔2024〕21号 and the red rule; the title (ONE paragraph with a soft line break after 沿线 — must be re-joined as 云南省商务厅关于加快推进中老铁路沿线开放发展的通知, no space/newline); "
            "主送 line (→ recipients, 3 entries; the first one lists four 州（市） under one 商务局 — not to be split into 昆明 / 玉溪 …); 附件说明 (附件：中老铁路沿线重点开放平台名单 → attachments); 落款 云南省商务厅 / 2024年4月18日; （此件主动公开） (→ publicity); the label 附件 and the attachment title over the table; "
            "版记 on its own last page after blank paragraphs (抄送：… / 云南省商务厅办公室 [tab] 2024年4月19日印发); footer page numbers “— N —” (odd right, even left). "
            "Headings 一、总体目标 / 二、重点任务 / 三、保障措施 (黑体, own paragraphs) and （一）提升通道运营能力 / （二）培育沿线开放型产业 (楷体, own paragraphs, no full stop) carry no text: they are headings (path), not clauses — as heading clauses tolerable, low. "
            "1.2.3. items: the bold run-in heading and its text are ONE clause; note the three 1.–3. lists under （一） and （二） repeat the same labels, so labels must be qualified by path. "
            "（三）优化开放平台布局。 under 二、 is a run-in 楷体 heading with text (one clause), unlike （一）（二）. 三、（一）–（三） are run-in clauses too. "
            "Responsibility parenthetical （昆明市商务局、…按职责分工负责） belongs to 二、（一）1. The contact （联系人：杨帆，电话：0871-63132865） belongs to 三、（三）. "
            "Table rows: 7 rows as `列名：值` clauses. date = 2024-04-18 (落款); 2024-04-19 is 印发 (版记). No effective/expires (a 通知 with a 2026 target is not an expiry). "
            "Dates inside clauses (2024年1月1日 in 二、（一）3.) are not document dates."
        ),
        "_pdf": {"note": "Same metadata and clauses. PDF furniture: page numbers “— N —” at alternating right/left; the 版记 alone at the bottom of the last page; the soft-broken title spans two lines; 落款 + 附注 at the foot of page 3, the 附件 table alone on page 4, the 版记 alone on page 5."},
    }]


# ============================================================ (b) 贵州省人民政府 实施意见
GZ_TITLE = "贵州省人民政府关于更好融入共建“一带一路”加快建设内陆开放型经济新高地的实施意见"
GZ_NUM = "黔府发〔2024〕6号"
GZ_ISSUER = "贵州省人民政府"
GZ_TO = "各市、自治州人民政府，贵安新区管委会，各县（市、区、特区）人民政府，省政府各部门、各直属机构："
GZ_TO_LIST = ["各市、自治州人民政府", "贵安新区管委会", "各县（市、区、特区）人民政府", "省政府各部门、各直属机构"]
GZ_INTRO = "为深入贯彻落实《国务院关于支持贵州在新时代西部大开发上闯新路的意见》（国发〔2022〕2号）关于建设内陆开放型经济新高地的部署要求，推动我省更好融入共建“一带一路”和西部陆海新通道建设，以高水平开放促进高质量发展，现提出如下实施意见。"
GZ_SECTIONS = [
    ("一、畅通对外开放通道", [
        ("（一）提升西部陆海新通道贵州段能级。", "加快建设贵阳国际陆港、遵义国际陆港，常态化开行贵阳至钦州港、贵阳至湛江港铁海联运班列，到2025年全省铁海联运班列年开行量达到1500列以上，集装箱运量达到8万标准箱。（责任单位：省发展改革委、省交通运输厅、省商务厅，贵阳市、遵义市人民政府）"),
        ("（二）拓展国际航空网络。", "支持贵阳龙洞堡国际机场开通至东南亚、南亚国家的国际客货运航线，到2025年国际（地区）航线达到15条以上；对新开通的国际全货机航线，每班次给予最高20万元补助，补助期限不超过3年。（责任单位：省交通运输厅、民航贵州监管局、省机场集团）"),
        ("（三）加强与中欧班列衔接。", "推动贵阳国际陆港与成都、重庆中欧班列集结中心合作，开行“贵阳—成都—欧洲”接续班列，2024年开行量不少于100列，2025年不少于200列。（责任单位：省商务厅、中国铁路成都局集团有限公司贵阳办事处）"),
    ]),
    ("二、做强开放平台载体", [
        ("（四）推进贵安综合保税区提质增效。", "支持贵安综合保税区发展保税研发、保税维修、数据服务等新业态，推动大数据与跨境贸易融合发展，到2025年贵安综合保税区进出口额力争达到300亿元。（责任单位：贵安新区管委会、贵阳海关）"),
        ("（五）提升开发区开放水平。", "支持贵阳经济技术开发区、遵义经济技术开发区等国家级开发区建设国际合作园区，对新认定的省级国际合作园区给予500万元一次性奖励。（责任单位：省商务厅、省财政厅）"),
        ("（六）对标高标准经贸规则开展制度创新。", "在贵阳综合保税区、贵安综合保税区、遵义综合保税区复制推广自由贸易试验区改革试点经验，每年形成10项以上具有贵州特色的制度创新成果。（责任单位：省商务厅、贵阳海关）"),
    ]),
    ("三、扩大经贸投资合作", [
        ("（七）推动特色优势产品出口。", "支持茶叶、辣椒、白酒、磷化工等特色优势产品开拓共建“一带一路”国家市场，对参加省商务厅确定的境外重点展会的企业，给予展位费70%的补助。（责任单位：省商务厅、省农业农村厅）"),
        ("（八）支持企业“走出去”。", "引导企业到东盟、南亚国家建设境外经贸合作区和海外仓，对新建并经省商务厅认定的海外仓，按实际投资额的20%给予补助，单个海外仓最高不超过200万元。（责任单位：省商务厅、省财政厅）"),
        ("（九）深化人文交流合作。", "办好中国—东盟教育交流周、生态文明贵阳国际论坛等重大开放活动，支持黔东南州、安顺市开发面向共建“一带一路”国家的入境旅游产品。（责任单位：省教育厅、省文化和旅游厅、省外办）"),
    ]),
    ("四、强化保障措施", [
        ("（十）加强组织领导。", "省推进“一带一路”建设工作领导小组统筹推进本实施意见落实，领导小组办公室设在省发展改革委，负责日常协调、跟踪调度和督促检查。"),
        ("（十一）加大要素保障。", "省级财政每年统筹安排开放型经济发展资金不少于5亿元；对列入省重大工程和重点项目的开放通道、平台项目，优先保障用地、用能指标。"),
        ("（十二）强化督促落实。", "各市（州）人民政府、贵安新区管委会和省直有关部门要于每年12月10日前将贯彻落实情况报送省发展改革委，省发展改革委会同有关部门开展年度评估，并将评估结果报告省人民政府。"),
    ]),
]
GZ_TAIL = "本实施意见自2024年5月1日起施行，有效期5年。"
GZ_CHAOSONG = ["省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，省军区。", "各民主党派省委，省工商联。"]
GZ_PRINTER = "贵州省人民政府办公厅"
GZ_PRINT = "2024年3月28日"


def build_guizhou():
    doc = Document()
    setup(doc, "alternate")
    banhead(doc, ["贵州省人民政府文件"], size=44)
    number_and_rule(doc, GZ_NUM)
    # title typed as two paragraphs
    title(doc, ["贵州省人民政府关于更好融入共建“一带一路”", "加快建设内陆开放型经济新高地的实施意见"], soft=False)
    para(doc, GZ_TO, indent=0)
    para(doc, GZ_INTRO)
    for h1, items in GZ_SECTIONS:
        heading1(doc, h1)
        for h, t in items:
            runin(doc, h, t, KT, head_bold=True)
    para(doc, GZ_TAIL)
    signoff(doc, GZ_ISSUER, "2024年3月26日", "此件公开发布")
    banji(doc, GZ_CHAOSONG, GZ_PRINTER, GZ_PRINT, blank=7)
    out = os.path.join(HERE, "blind161_guizhou_opinion.docx")
    doc.save(out)
    return out


def expected_guizhou():
    clauses = [GZ_INTRO]
    for _, items in GZ_SECTIONS:
        clauses += [h + t for h, t in items]
    clauses.append(GZ_TAIL)
    return [{
        "meta": {
            "title": GZ_TITLE,
            "doc_number": GZ_NUM,
            "issuer": [GZ_ISSUER],
            "date": "2024-03-26",
            "published": "2024-03-28",
            "level": "provincial",
            "region": "贵州省",
            "effective": "2024-05-01",
            "expires": "2029-04-30",
            "attachments": [],
            "doc_type": "实施意见",
            "recipients": GZ_TO_LIST,
            "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "贵州省",
            "specific": {
                "（一）": "贵阳市、遵义市（贵阳国际陆港、遵义国际陆港）",
                "（二）": "贵阳市（贵阳龙洞堡国际机场）",
                "（三）": "贵阳市（贵阳国际陆港）",
                "（四）": "贵安新区（贵安综合保税区）",
                "（五）": "贵阳市、遵义市（贵阳经济技术开发区、遵义经济技术开发区）",
                "（六）": "贵阳市、贵安新区、遵义市（贵阳/贵安/遵义综合保税区）",
                "（九）": "黔东南州、安顺市（and 贵阳市 for 生态文明贵阳国际论坛）",
            },
            "note": "钦州港、湛江港 (（一）), 成都、重庆 (（三）) are destinations / partners in other provinces, not where the clause applies; 东盟、南亚、欧洲 are abroad. 贵阳海关、民航贵州监管局 are organs. Responsibility lists (贵阳市、遵义市人民政府) name the cities the item concerns.",
        },
        "_note": (
            "Furniture: red 版头 贵州省人民政府文件; 文号 黔府发〔2024〕6号 + red rule; the title typed as TWO paragraphs (…共建“一带一路” / 加快建设…实施意见) that must be joined into one title; 主送 (4 recipients separated by full-width commas, the first one containing a 、); 落款 贵州省人民政府 / 2024年3月26日; （此件公开发布）; 版记 (抄送 over two lines: 省委各部门…省军区。 / 各民主党派省委，省工商联。 then 贵州省人民政府办公厅 [tab] 2024年3月28日印发) right after the 落款 on page 4; footer “— N —”. "
            "The document runs to 4 pages. 一、…四、 are 黑体 section headings without text (not clauses; as heading clauses tolerable, low). （一）…（十二） are numbered CONTINUOUSLY across the four sections (not restarting), each a run-in bold 楷体 heading + text = ONE clause; the trailing （责任单位：…） is part of the clause. "
            "The last body paragraph 本实施意见自2024年5月1日起施行，有效期5年。 is a clause (unnumbered, after （十二）) and gives effective 2024-05-01 and expires 2029-04-30 (5 years from 2024-05-01; 2029-05-01 or null tolerable, low; but 2029-03-26 (counted from the 成文日期) is wrong, medium). "
            "date = 2024-03-26 (落款), not 2024-03-28 (印发) and not 2024-05-01 (施行). No 附件. doc_type 实施意见 (意见 tolerable)."
        ),
        "_pdf": {"note": "Same metadata and clauses. 4 pages; the 版记 follows the 落款 on page 4 (not at the page bottom). Title on two lines. Page numbers “— N —” alternate right/left."},
    }]


# ============================================================ (c) 钦州港片区 管理办法
QZ_ISSUER = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_RULE = "钦州港片区跨境贸易发展专项资金管理办法"
QZ_TITLE = QZ_ISSUER + "关于印发《" + QZ_RULE + "》的通知"
QZ_NUM = "钦自贸港管规〔2024〕2号"
QZ_TO = "片区各部门、各直属单位，驻片区各有关单位："
QZ_TO_LIST = ["片区各部门、各直属单位", "驻片区各有关单位"]
QZ_COVER = "《" + QZ_RULE + "》已经片区管委会2024年第15次主任办公会议审议通过，现印发给你们，请认真遵照执行。"
QZ_CHAPTERS = [
    ("第一章　总则", [
        "第一条　为规范中国（广西）自由贸易试验区钦州港片区（以下简称片区）跨境贸易发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动片区面向东盟的跨境贸易高质量发展，根据《中华人民共和国预算法》和自治区财政专项资金管理有关规定，结合片区实际，制定本办法。",
        "第二条　本办法所称专项资金，是指片区管委会在年度预算中安排，用于支持片区跨境贸易主体培育、西部陆海新通道物流发展和贸易便利化的资金。专项资金年度规模原则上不超过1.2亿元。",
        "第三条　专项资金管理遵循“公开透明、突出重点、绩效导向、专款专用”的原则。",
    ]),
    ("第二章　职责分工", [
        "第四条　片区经济发展局负责组织专项资金项目申报、审核，拟定资金分配方案，开展绩效管理。",
        "第五条　片区财政局负责专项资金预算安排、资金拨付和监督检查。",
        "第六条　申报单位对申报材料的真实性、合法性负责，并按规定使用专项资金。",
    ]),
    ("第三章　支持范围和标准", [
        "第七条　对在片区注册、年度进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予20万元、50万元、100万元一次性奖励。",
        "第八条　对经钦州港进出口东盟国家商品、年度集装箱运量达到500标准箱以上的企业，按每标准箱100元给予物流补助，单个企业年度补助最高不超过300万元。",
        "第九条　对在钦州综合保税区内开展保税维修、保税研发业务，且年度业务收入达到2000万元以上的企业，按业务收入的2%给予补助，单个企业年度补助最高不超过150万元。",
        "第十条　对在片区开展跨境电子商务出口业务的企业，按年度跨境电子商务出口额的1%给予补助，单个企业年度补助最高不超过200万元。",
        "第十一条　同一企业同一事项符合本办法多项支持条款或者片区其他政策的，按照“从高不重复”原则给予支持。",
    ]),
    ("第四章　申报和审核", [
        "第十二条　专项资金实行年度申报制。片区经济发展局每年3月发布申报通知，申报单位应当自通知发布之日起30日内提交申请表（见附件）及相关证明材料。",
        "第十三条　片区经济发展局会同片区财政局对申报材料进行审核，必要时可以委托第三方机构开展专项审计。",
        "第十四条　拟支持企业和金额在片区门户网站公示，公示期不少于5个工作日。公示无异议的，由片区财政局按规定拨付资金。",
    ]),
    ("第五章　监督管理", [
        "第十五条　申报单位应当建立专项资金使用台账，自觉接受审计、财政等部门的监督检查。",
        "第十六条　申报单位以虚报、冒领等手段骗取专项资金的，由片区财政局追回已拨付资金，5年内取消其申报资格，并依法依规纳入信用记录。",
        "第十七条　片区经济发展局按年度对专项资金开展绩效评价，评价结果作为以后年度资金安排的重要依据。",
    ]),
    ("第六章　附则", [
        "第十八条　本办法由片区经济发展局负责解释。",
        "第十九条　本办法自2024年9月1日起施行，有效期至2027年8月31日。《钦州港片区促进外贸发展扶持办法》（钦自贸港管规〔2021〕4号）同时废止。",
    ]),
]
QZ_ATT = "钦州港片区跨境贸易发展专项资金申请表"
QZ_PROMISE = "本单位承诺所提交的申报材料真实、准确、完整，专项资金将严格按规定使用。如有虚假，自愿承担相应法律责任。"
QZ_FORM_NOTES = [
    "填表说明：1.本表一式三份，报片区经济发展局两份、申报单位留存一份。",
    "2.申请金额按本办法第七条至第十条规定的标准计算，以万元为单位，保留两位小数。",
]
QZ_CHAOSONG = ["钦州市人民政府办公室，自治区商务厅（自治区自贸办），钦州市财政局。"]
QZ_PRINTER = "钦州港片区管委会党政办公室"
QZ_PRINT = "2024年8月13日"


def build_qinzhou():
    doc = Document()
    setup(doc, "alternate")
    banhead(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会文件"], size=34)
    number_and_rule(doc, QZ_NUM)
    title(doc, ["中国（广西）自由贸易试验区钦州港片区", "管理委员会关于印发《钦州港片区跨境贸易", "发展专项资金管理办法》的通知"], soft=True)
    para(doc, QZ_TO, indent=0)
    para(doc, QZ_COVER)
    signoff(doc, QZ_ISSUER, "2024年8月12日", "此件公开发布", right=2)
    # the 办法 itself, on a new page
    para(doc, indent=0).paragraph_format.page_break_before = True
    para(doc, "钦州港片区跨境贸易发展专项资金", XBZ, ER, C, 0, line=Pt(35))
    para(doc, "管理办法", XBZ, ER, C, 0, line=Pt(35))
    para(doc, indent=0)
    for chap, arts in QZ_CHAPTERS:
        para(doc, chap, HT, SAN, C, 0)
        for a in arts:
            num, body = a.split("　", 1)
            p = para(doc)
            set_font(p.add_run(num), HT, SAN)
            set_font(p.add_run("　" + body), FS, SAN)
    attachments_note(doc, [QZ_ATT])
    para(doc, "附件", HT, SAN, L, 0).paragraph_format.page_break_before = True
    para(doc, indent=0)
    para(doc, QZ_ATT, XBZ, 20, C, 0, line=Pt(32))
    para(doc, "填报单位（盖章）：\t填报日期：　　年　　月　　日", FS, 12, L, 0, line=Pt(24))._p.get_or_add_pPr().append(
        parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="5200"/></w:tabs>' % nsdecls("w")))
    tbl = doc.add_table(rows=9, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [38, 46, 38, 34])
    cell_text(tbl.cell(0, 0), "企业名称", FS, 12, snap=False)
    cell_text(tbl.cell(0, 2), "统一社会\n信用代码", FS, 12, snap=False)
    cell_text(tbl.cell(1, 0), "注册地址", FS, 12, snap=False)
    tbl.cell(1, 1).merge(tbl.cell(1, 3))
    cell_text(tbl.cell(2, 0), "联系人", FS, 12, snap=False)
    cell_text(tbl.cell(2, 2), "联系电话", FS, 12, snap=False)
    cell_text(tbl.cell(3, 0), "申报类别", FS, 12, snap=False)
    m = tbl.cell(3, 1).merge(tbl.cell(3, 3))
    cell_text(m, "□进出口规模奖励　□物流补助\n□保税业务补助　　□跨境电商补助", FS, 12, align=L, snap=False)
    cell_text(tbl.cell(4, 0), "上年度进出口额\n（万元）", FS, 12, snap=False)
    cell_text(tbl.cell(4, 2), "上年度集装箱\n运量（标准箱）", FS, 12, snap=False)
    cell_text(tbl.cell(5, 0), "申请金额\n（万元）", FS, 12, snap=False)
    tbl.cell(5, 1).merge(tbl.cell(5, 3))
    cell_text(tbl.cell(6, 0), "申报理由及\n主要业绩", FS, 12, snap=False)
    m = tbl.cell(6, 1).merge(tbl.cell(6, 3))
    cell_text(m, "", FS, 12, snap=False)
    cell_text(tbl.cell(7, 0), "申报单位承诺", FS, 12, snap=False)
    m = tbl.cell(7, 1).merge(tbl.cell(7, 3))
    cell_text(m, QZ_PROMISE + "\n\n法定代表人（签字）：　　　　（单位盖章）\n年　　月　　日", FS, 12, align=L, snap=False)
    cell_text(tbl.cell(8, 0), "片区经济发展局\n审核意见", FS, 12, snap=False)
    m = tbl.cell(8, 1).merge(tbl.cell(8, 3))
    cell_text(m, "\n\n（盖章）\n年　　月　　日", FS, 12, align=R, snap=False)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
    for ri, row in enumerate(tbl.rows):
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        row.height = Mm({6: 30, 7: 32, 8: 24}.get(ri, 11))
        for c in row.cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for t in QZ_FORM_NOTES:
        p = para(doc, t, FS, 12, J, 0, line=Pt(22))
        if not t.startswith("填表"):
            p.paragraph_format.left_indent = Pt(12 * 5)
    banji(doc, QZ_CHAOSONG, QZ_PRINTER, QZ_PRINT, blank=18, new_page=True)
    out = os.path.join(HERE, "blind161_qinzhou_measures.docx")
    doc.save(out)
    return out


def expected_qinzhou():
    arts = [a for _, arts in QZ_CHAPTERS for a in arts]
    clauses = [QZ_COVER] + arts + [QZ_PROMISE] + QZ_FORM_NOTES
    return [{
        "meta": {
            "title": QZ_TITLE,
            "doc_number": QZ_NUM,
            "issuer": [QZ_ISSUER],
            "date": "2024-08-12",
            "published": "2024-08-13",
            "level": "municipal",
            "region": "广西壮族自治区钦州市（中国（广西）自由贸易试验区钦州港片区）",
            "effective": "2024-09-01",
            "expires": "2027-08-31",
            "attachments": [QZ_ATT],
            "doc_type": "通知",
            "recipients": QZ_TO_LIST,
            "publicity": "此件公开发布",
            "repeals": ["《钦州港片区促进外贸发展扶持办法》（钦自贸港管规〔2021〕4号）"],
            "rule_title": QZ_RULE,
        },
        "clauses": clauses,
        "applies_to": {
            "default": "中国（广西）自由贸易试验区钦州港片区（广西壮族自治区钦州市）",
            "specific": {
                "第八条": "钦州港（钦州港片区）",
                "第九条": "钦州综合保税区",
            },
            "note": "东盟 / 东盟国家 are trading partners abroad, not places of application; 自治区 in 第一条 (自治区财政专项资金管理有关规定) is a legal basis, not the place; 钦州市人民政府办公室 / 自治区商务厅 appear only in the 版记.",
        },
        "_note": (
            "One file = one 印发 notice whose content is the 管理办法 (cover notice 1 clause + 19 articles + the 申请表). Reading the 办法 as a second document (title = 钦州港片区跨境贸易发展专项资金管理办法, same issuer/date, effective 2024-09-01, expires 2027-08-31) is tolerable; losing it is not. "
            "Furniture: the two-line red 版头 (中国（广西）自由贸易试验区 / 钦州港片区管理委员会文件: must not leak into title or issuer with a line break); 文号 钦自贸港管规〔2024〕2号 + red rule; the title ONE paragraph with TWO soft breaks (中国（广西）自由贸易试验区钦州港片区 / 管理委员会关于印发《钦州港片区跨境贸易 / 发展专项资金管理办法》的通知 — the breaks fall inside the issuer name and inside the 书名号) to be joined with nothing inserted; 主送; 落款 (issuer, 2024年8月12日); （此件公开发布）; "
            "the 办法 title typed as TWO paragraphs (钦州港片区跨境贸易发展专项资金 / 管理办法); chapter headings 第一章　总则 … 第六章　附则 (centered 黑体: path, not clauses); the 附件说明 line after 第十九条 (附件：钦州港片区跨境贸易发展专项资金申请表 — belongs to the 办法, → attachments); label 附件, the form title, the line 填报单位（盖章）：… 填报日期：…; 版记 on its own last page (抄送：… / 钦州港片区管委会党政办公室 [tab] 2024年8月13日印发); footer “— N —”. "
            "Articles: 第X条 + full-width space + text = one clause, labels 第一条…第十九条 under their chapter path; 第十二条 mentions 附件 (见附件) — not a reason to cut. "
            "The 申请表 is a blank FORM (label cells + empty cells + merged cells + □ checkboxes): its label cells (企业名称, 统一社会信用代码, 注册地址…) are not policy clauses — reading them as row clauses (e.g. 企业名称：统一社会信用代码) is tolerable, low, but empty form cells must not produce garbage clauses that duplicate labels as values or join unrelated labels as 列名：值 pairs (low/medium, taste). "
            "The promise text in the 申报单位承诺 cell (本单位承诺…法律责任。) is a clause an analyst may cite (the signature/date lines under it are form furniture); the 填表说明 (two paragraphs under the table: 填表说明：1.… / 2.…) are clauses (1. and 2. as separate clauses or joined, both fine). "
            "date = 2024-08-12; published 2024-08-13 (版记); 2024年第15次主任办公会议 is a meeting, not a date; effective 2024-09-01 and expires 2027-08-31 come from 第十九条; the repealed 2021 办法 has its own 文号 (钦自贸港管规〔2021〕4号) which must NOT become this document's doc_number. "
            "level: a 片区管委会 is a municipal-level organ (municipal; county tolerable, low)."
        ),
        "_pdf": {"note": "Same metadata and clauses. The 申请表 form is drawn as a ruled table on its own page; in the PDF the empty cells and the □ checkboxes, signature lines 法定代表人（签字）：（单位盖章） / 年 月 日 are form furniture. 版记 on the last page."},
    }]


# ============================================================ (d) 成都市人民政府办公厅 通知
CD_TITLE = "成都市人民政府办公厅关于推动中欧班列（成渝）高质量发展的通知"
CD_NUM = "成办发〔2024〕22号"
CD_ISSUER = "成都市人民政府办公厅"
CD_TO = "各区（市）县政府，市政府各部门，有关单位："
CD_TO_LIST = ["各区（市）县政府", "市政府各部门", "有关单位"]
CD_INTRO = "中欧班列（成渝）是共建“一带一路”的标志性项目和成都建设国际门户枢纽城市的重要支撑。为巩固提升中欧班列（成渝）开行质量和综合效益，推动“班列经济”加快发展，经市政府同意，现就有关事项通知如下。"
CD_BODY = [
    ("一、提升班列运营质效", [
        ("（一）优化线路网络", [
            "1.稳定主干线路。巩固成都至罗兹、纽伦堡、蒂尔堡等主干线路，加密至莫斯科、明斯克、伊斯坦布尔方向班列，2024年中欧班列（成渝）成都方向开行量稳定在2500列以上，回程班列占比不低于45%。",
            "2.拓展南向衔接。推进中欧班列与西部陆海新通道班列在成都国际铁路港无缝衔接，发展“中欧班列+西部陆海新通道”国际铁海联运业务，2024年联运箱量达到3万标准箱。",
        ]),
        ("（二）提升枢纽能级", [
            "1.青白江区要加快成都国际铁路港二期扩能工程建设，2025年6月底前建成投用新增到发线6条，集装箱年作业能力提升至150万标准箱。",
            "2.成都东部新区要依托天府国际机场推进空铁联运，开展“中欧班列+航空”中转集拼业务，2024年12月底前开通首条空铁联运线路。",
            "3.新都区要依托成都北部商贸城建设中欧班列（成渝）回程货物分拨中心，年分拨货值达到50亿元。",
        ]),
    ]),
    ("二、做强班列经济", [
        ("（三）发展班列产业。", "支持中国（四川）自由贸易试验区成都青白江铁路港片区建设“班列+园区”产业集群，对利用中欧班列（成渝）进出口年货值超过1亿元的新落户企业，按照我市产业政策给予支持。"),
        ("（四）创新贸易金融。", "推广铁路运输单证物权化试点，支持中国（四川）自由贸易试验区成都天府新区片区开展基于铁路提单的融资业务，2024年融资规模力争达到20亿元。"),
    ]),
    ("三、强化组织保障", [
        ("（五）加强统筹协调。", "市口岸物流办要会同市级有关部门和青白江区、新都区、成都东部新区等区（市）县建立工作专班，按照《推动中欧班列（成渝）高质量发展重点任务分工表》（见附件）逐项推进落实。"),
        ("（六）强化督促检查。", "各牵头单位要于每季度末月25日前将工作进展报送市口岸物流办，市政府督查室将重点任务落实情况纳入年度督查计划。"),
    ]),
]
CD_ATT = "推动中欧班列（成渝）高质量发展重点任务分工表"
CD_TBL_H = ["序号", "任务类别", "重点任务", "牵头单位", "配合单位", "完成时限"]
CD_TBL = [
    ["1", "提升班列运营质效", "稳定成都至罗兹、纽伦堡、蒂尔堡等主干线路，2024年成都方向开行量稳定在2500列以上", "市口岸物流办", "成都国际铁路港投资发展（集团）有限公司、中国铁路成都局集团有限公司", "2024年12月底前"],
    ["2", "提升班列运营质效", "推进中欧班列与西部陆海新通道班列在成都国际铁路港无缝衔接，联运箱量达到3万标准箱", "市口岸物流办", "青白江区政府、成都海关", "2024年12月底前"],
    ["3", "提升班列运营质效", "建成投用成都国际铁路港二期新增到发线6条", "青白江区政府", "市发改委、市交通运输局", "2025年6月底前"],
    ["4", "提升班列运营质效", "开通首条“中欧班列+航空”空铁联运线路", "成都东部新区管委会", "市口岸物流办、成都海关", "2024年12月底前"],
    ["5", "提升班列运营质效", "建设中欧班列（成渝）回程货物分拨中心", "新都区政府", "市商务局", "2025年12月底前"],
    ["6", "做强班列经济", "建设“班列+园区”产业集群，引进利用班列进出口年货值超1亿元企业", "青白江区政府", "市投促局、市经信局（市新经济委）", "持续推进"],
    ["7", "做强班列经济", "开展基于铁路提单的融资业务，融资规模力争达到20亿元", "四川天府新区成都管委会", "市金融监管局、人行四川省分行营业管理部", "2024年12月底前"],
    ["8", "强化组织保障", "建立工作专班，按季度报送工作进展", "市口岸物流办", "各牵头单位", "每季度末月25日前"],
]
CD_CHAOSONG = ["市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委机关，市法院，市检察院。"]
CD_PRINTER = "成都市人民政府办公厅"
CD_PRINT = "2024年6月28日"


def set_vmerge(tbl, col, r0, r1):
    a = tbl.cell(r0, col)
    b = tbl.cell(r1, col)
    return a.merge(b)


def build_chengdu():
    doc = Document()
    setup(doc, "centered")
    banhead(doc, ["成都市人民政府办公厅文件"], size=40, scale=90)
    number_and_rule(doc, CD_NUM)
    title(doc, ["成都市人民政府办公厅", "关于推动中欧班列（成渝）高质量发展的通知"], soft=True)
    para(doc, CD_TO, indent=0)
    para(doc, CD_INTRO)
    for h1, subs in CD_BODY:
        heading1(doc, h1)
        for sub in subs:
            if isinstance(sub[1], list):
                heading2(doc, sub[0])
                for t in sub[1]:
                    para(doc, t)
            else:
                runin(doc, sub[0], sub[1])
    attachments_note(doc, [CD_ATT])
    signoff(doc, CD_ISSUER, "2024年6月27日", "此件公开发布")
    # landscape section for the 分工表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(doc, "附件", HT, SAN, L, 0)
    para(doc, CD_ATT, XBZ, 20, C, 0, line=Pt(32))
    para(doc, indent=0, line=Pt(12))
    tbl = doc.add_table(rows=1 + len(CD_TBL), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(CD_TBL_H):
        cell_text(tbl.cell(0, i), h, HT, 12)
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(CD_TBL, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            cell_text(tbl.cell(ri, ci), v, FS, 12, align=L if ci in (2, 4) else C)
    col_widths(tbl, [14, 26, 78, 32, 50, 25])
    # vertically merged 任务类别
    groups = {}
    for ri, row in enumerate(CD_TBL, 1):
        groups.setdefault(row[1], []).append(ri)
    for name, rows in groups.items():
        m = set_vmerge(tbl, 1, rows[0], rows[-1]) if len(rows) > 1 else tbl.cell(rows[0], 1)
        cell_text(m, name, FS, 12)
    # back to portrait for the 版记
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Mm(210), Mm(297)
    sec2.top_margin, sec2.bottom_margin = Mm(37), Mm(35)
    sec2.left_margin, sec2.right_margin = Mm(28), Mm(26)
    banji(doc, CD_CHAOSONG, CD_PRINTER, CD_PRINT, blank=18)
    out = os.path.join(HERE, "blind161_chengdu_notice.docx")
    doc.save(out)
    return out


def expected_chengdu():
    clauses = [CD_INTRO]
    for _, subs in CD_BODY:
        for sub in subs:
            if isinstance(sub[1], list):
                clauses += sub[1]
            else:
                clauses.append(sub[0] + sub[1])
    clauses += [row_clause(CD_TBL_H, r) for r in CD_TBL]
    return [{
        "meta": {
            "title": CD_TITLE,
            "doc_number": CD_NUM,
            "issuer": [CD_ISSUER],
            "date": "2024-06-27",
            "published": "2024-06-28",
            "level": "municipal",
            "region": "四川省成都市",
            "effective": None,
            "expires": None,
            "attachments": [CD_ATT],
            "doc_type": "通知",
            "recipients": CD_TO_LIST,
            "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "四川省成都市",
            "specific": {
                "一、（一）2.": "成都国际铁路港（青白江区）",
                "一、（二）1.": "青白江区（成都国际铁路港）",
                "一、（二）2.": "成都东部新区（天府国际机场）",
                "一、（二）3.": "新都区（成都北部商贸城）",
                "二、（三）": "中国（四川）自由贸易试验区成都青白江铁路港片区（青白江区）",
                "二、（四）": "中国（四川）自由贸易试验区成都天府新区片区（四川天府新区）",
                "三、（五）": "青白江区、新都区、成都东部新区 (named as working partners; default 成都市 tolerable)",
                "附件 row 2": "成都国际铁路港（青白江区）", "附件 row 3": "青白江区", "附件 row 4": "成都东部新区",
                "附件 row 5": "新都区", "附件 row 6": "青白江区", "附件 row 7": "四川天府新区",
            },
            "note": "罗兹、纽伦堡、蒂尔堡、莫斯科、明斯克、伊斯坦布尔 (一、（一）1.) are foreign destinations, not where the clause applies; 中欧班列（成渝） names 重庆 but this is a 成都 document: no clause applies to 重庆市. 成都海关 / 中国铁路成都局集团 are organs.",
        },
        "_note": (
            "Furniture: red 版头 成都市人民政府办公厅文件 (horizontally condensed); 文号 成办发〔2024〕22号 + red rule; the title ONE paragraph with a soft break after 办公厅; 主送 (3 recipients); 附件说明; 落款 成都市人民政府办公厅 / 2024年6月27日; （此件公开发布）; 版记 in a final portrait section (抄送：市委办公厅…市检察院。 / 成都市人民政府办公厅 [tab] 2024年6月28日印发); footer page numbers “- N -” centered (all pages). "
            "一、二、三、 are 黑体 headings without text; （一）优化线路网络 / （二）提升枢纽能级 are 楷体 headings WITHOUT full stop and without text (not clauses) whose 1.2.(3.) items are separate clauses — the second 1. list restarts; labels must be qualified by path. （三）–（六） are run-in 楷体 headings + text = one clause each. "
            "The 1.2.3. items under （二）提升枢纽能级 start with a district name (青白江区要… / 成都东部新区要… / 新都区要…): those are the places they apply to. "
            "The 附件 分工表 sits in a LANDSCAPE section, header row repeated (w:tblHeader), column 任务类别 vertically merged (rows 1–5 提升班列运营质效, rows 6–7 做强班列经济, row 8 single): every row must still carry its 任务类别 (blank for rows 2–5 / 7 is medium); 8 rows as `列名：值` clauses, each with 牵头单位、配合单位、完成时限 (the three facts an analyst needs: who leads, who helps, by when — losing any column is HIGH). "
            "Cells with long text wrap over several lines inside the cell; the 配合单位 of row 6 contains parentheses （市新经济委）. "
            "date = 2024-06-27 (落款), published 2024-06-28 (印发). No effective/expires. 完成时限 values (2024年12月底前…) are deadlines, not document dates."
        ),
        "_pdf": {"note": "Same metadata and clauses. The 分工表 is on landscape page(s) (the PDF page is 297×210 mm); the table may break across two landscape pages with the header row repeated on the second — a repeated header must not become a data row, and a row split across the page break must stay one row. 版记 alone on the last (portrait) page. Page numbers “- N -” centered."},
    }]


def main():
    outs = [build_yunnan(), build_guizhou(), build_qinzhou(), build_chengdu()]
    for o in outs:
        to_pdf(o)
    exp = {
        "blind161_yunnan_notice": expected_yunnan(),
        "blind161_guizhou_opinion": expected_guizhou(),
        "blind161_qinzhou_measures": expected_qinzhou(),
        "blind161_chengdu_notice": expected_chengdu(),
    }
    import pdfplumber
    for stem, docs in exp.items():
        with pdfplumber.open(os.path.join(HERE, stem + ".pdf")) as pdf:
            for d in docs:
                d["_pdf"]["pages"] = len(pdf.pages)
                d["_pdf"]["page_sizes_pt"] = sorted({(round(p.width), round(p.height)) for p in pdf.pages})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("wrote", *outs)


if __name__ == "__main__":
    main()
