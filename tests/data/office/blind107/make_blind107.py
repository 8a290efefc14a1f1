# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 107: working papers of FTZ / 一带一路 leadership groups.

(a) blind107_fujian_minutes  福建省推进“一带一路”建设工作领导小组办公室 会议纪要 (第3期, no 主送, 出席/列席/请假, 分送)
(b) blind107_xiamen_speech   厦门市副市长 在自贸试验区厦门片区工作推进会上的讲话 (no 文号, no 落款, 一是…二是…)
(c) blind107_chengdu_bulletin 成都市自贸办 督查通报 (ranking table with merged 等次, 表扬/批评, landscape 附件 task table)

Writes .docx with python-docx, converts to PDF with LibreOffice, and writes expected.json.
"""

import json
import math
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
)
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
LINE = Pt(28.9)


def font(run, name, size, bold=False, color=None, spacing_pt=None):
    run.font.name = "Times New Roman" if name in (FS, ST) else name
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if spacing_pt is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing_pt * 20)))
        rpr.append(sp)
    return run


def para(doc_or_cell, align=None, first_chars=None, line=LINE, before=0, after=0, left_chars=None, hanging_chars=None, size=16):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_chars is not None:
        pf.first_line_indent = Pt(size * first_chars)
    if left_chars is not None:
        pf.left_indent = Pt(size * left_chars)
    if hanging_chars is not None:
        pf.first_line_indent = Pt(-size * hanging_chars)
    return p


def body(doc, text, name=FS, lead=None, lead_font=HT):
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=2)
    if lead:
        font(p.add_run(lead), lead_font, 16)
    font(p.add_run(text), name, 16)
    return p


def h1(doc, text):
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=2)
    font(p.add_run(text), HT, 16)
    return p


def h2(doc, text, tail=None):
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=2)
    font(p.add_run(text), KT, 16)
    if tail:
        font(p.add_run(tail), FS, 16)
    return p


def border(p, sides, color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in sides:
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), str(space))
        e.set(qn("w:color"), color)
        bdr.append(e)
    ppr.append(bdr)


def page_field(p, size=14):
    font(p.add_run("— "), ST, size)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), ("num", "1"), ("end", None)):
        r = p.add_run()
        font(r, ST, size)
        if kind in ("begin", "separate", "end"):
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
        elif kind is None:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
            r._r.append(el)
        else:
            r.text = text
    font(p.add_run(" —"), ST, size)


def footers(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    f = section.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    f.paragraph_format.right_indent = Pt(14)
    page_field(f)
    e = section.even_page_footer.paragraphs[0]
    e.alignment = WD_ALIGN_PARAGRAPH.LEFT
    e.paragraph_format.left_indent = Pt(14)
    page_field(e)


def setup(doc, title=None, author="Administrator"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    footers(s)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    if title is not None:
        cp.title = title


def blank(doc, n=1):
    for _ in range(n):
        para(doc)


def seal_png(path, text):
    W = 600
    img = Image.new("RGBA", (W, W), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    red = (220, 20, 30, 235)
    d.ellipse((12, 12, W - 12, W - 12), outline=red, width=16)
    cx = cy = W / 2
    # star
    R, r = 80, 32
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    fnt = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 56, index=2)
    n = len(text)
    span = 240.0
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * i / (n - 1))
        rr = W / 2 - 80
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        g = Image.new("RGBA", (80, 80), (255, 255, 255, 0))
        ImageDraw.Draw(g).text((12, 2), ch, font=fnt, fill=red)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        img.alpha_composite(g, (int(x - 40), int(y - 40)))
    img.save(path)


def float_picture(run, png, width_mm, x_mm, y_mm):
    run.add_picture(png, width=Mm(width_mm))
    inline = run._r.find(".//" + qn("wp:inline"))
    graphic = inline.find(qn("a:graphic"))
    ext = inline.find(qn("wp:extent"))
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251660000" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%s" cy="%s"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="901" name="公章"/><wp:cNvGraphicFramePr/></wp:anchor>'
        % (nsdecls("wp", "a", "pic", "r"), int(Mm(x_mm)), int(Mm(y_mm)), ext.get("cx"), ext.get("cy"))
    )
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


def cell_text(cell, text, name=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 6)
    font(p.add_run(text), name, size, bold=bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def make_table(doc, header, rows, widths_mm, size=12, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            cell_text(t.rows[r].cells[c], v, FS, size, WD_ALIGN_PARAGRAPH.LEFT if c in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
    for row in t.rows:
        for c, w in enumerate(widths_mm):
            row.cells[c].width = Mm(w)
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    t.autofit = False
    return t


def banji_rule(doc, sz=8, top=False):
    p = para(doc, line=Pt(2))
    border(p, ["top"] if top else ["bottom"], sz=sz, space=0)
    return p


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True, capture_output=True, timeout=240)


# ---------------------------------------------------------------------------
# (a) 福建 会议纪要
# ---------------------------------------------------------------------------
A_ORGAN = "福建省推进“一带一路”建设工作领导小组办公室"
A_TITLE = "关于研究丝路海港建设和中欧（亚）班列发展等事项的会议纪要"
A_OPEN = "2024年4月12日，省推进“一带一路”建设工作领导小组办公室主任、省发展改革委主任李文彬在福州主持召开领导小组办公室主任会议，专题研究丝路海港建设、中欧（亚）班列高质量发展、“丝路电商”合作和境外经贸合作区建设等事项。会议听取了省发展改革委关于2024年一季度全省“一带一路”建设重点工作进展情况的汇报，省商务厅、省交通运输厅、福州海关、厦门海关、省港口集团分别作了发言。经研究，现将会议议定事项纪要如下："
A_SECTIONS = [
    ("一、关于丝路海港建设", [
        ("会议指出，", "今年一季度全省沿海港口完成“丝路海运”集装箱吞吐量48.6万标箱，同比增长12.3%，新开通“丝路海运”命名航线5条，累计达到132条。但航线货源结构较为单一，港航物流数字化协同水平不高，对内陆腹地的辐射带动作用仍需加强。"),
        ("会议要求，", "省港口集团要会同厦门港口管理局、福州港口发展中心，于2024年6月30日前制定“丝路海运”航线培育三年行动方案，力争2024年新增命名航线8条以上、外贸集装箱航线4条以上。省交通运输厅负责牵头做好航线命名、服务标准评估和动态管理工作。"),
        ("会议同意，", "对2024年1月1日以后新开通并连续稳定运营满6个月的“丝路海运”外贸集装箱航线，由省级财政按每条航线不超过200万元的标准给予一次性奖励，同一航线不重复奖励。具体实施细则由省财政厅会同省交通运输厅于2024年5月31日前制定出台。"),
    ]),
    ("二、关于中欧（亚）班列高质量发展", [
        ("会议明确，", "中欧（亚）班列（厦门）、中欧（亚）班列（福州）统一使用“丝路号”品牌对外宣传推介，由省商务厅牵头建立全省班列运营调度联席机制，原则上每季度召开一次调度会议，协调解决货源组织、运力保障和通关便利等问题。"),
        ("会议要求，", "福州海关、厦门海关要进一步推广“铁路快通”“海铁联运”监管模式，压缩班列货物查验时间，力争班列进出口货物整体通关时间较2023年再压缩10%以上。"),
        ("会议同意，", "2024年度全省中欧（亚）班列省级补助资金总额控制在1.2亿元以内，按照实际开行列数、重箱率和回程班列比例分档安排，回程班列补助标准上浮20%。资金分配方案由省商务厅会同省财政厅提出，报省政府审定后实施。"),
    ]),
    ("三、关于“丝路电商”和境外经贸合作区建设", [
        ("会议要求，", "各有关单位要重点抓好以下工作："),
        (None, "1.省商务厅牵头，依托中国（福建）自由贸易试验区福州片区、厦门片区，支持建设2个以上“丝路电商”综合服务平台，年内组织不少于30家企业参加“一带一路”共建国家线上线下展会。"),
        (None, "2.省发展改革委、省商务厅按职责分工，对我省企业在印度尼西亚、马来西亚、菲律宾等国投资建设的境外经贸合作区开展摸底调查，于2024年7月底前形成专题报告。"),
        (None, "3.省外办负责做好重点境外项目人员往来和领事保护相关工作，配合有关单位建立境外项目安全风险预警机制。"),
    ]),
    ("四、关于其他事项", [
        ("会议同意", "将《福建省推进“一带一路”建设2024年工作要点（送审稿）》提请省推进“一带一路”建设工作领导小组全体会议审议。会后，省发展改革委要根据与会单位意见进一步修改完善，于2024年4月25日前报领导小组办公室。"),
        ("会议强调，", "各成员单位要严格落实本纪要议定事项，明确责任处室和联系人，每月25日前将工作进展情况报送领导小组办公室（设在省发展改革委），领导小组办公室将适时通报进展情况。"),
    ]),
]
A_ATTEND = [
    ("出　席：", "省发展改革委李文彬、郑晓东，省商务厅王建平，省交通运输厅陈思远，省财政厅黄立新，福州海关林海燕，厦门海关吴　宁，省港口集团周　斌"),
    ("列　席：", "省发展改革委区域开放处张　伟，省商务厅对外投资和经济合作处何丽娟，省财政厅经济建设处许文静"),
    ("请　假：", "省外办周明华（公务）"),
]
A_FENSONG = "省推进“一带一路”建设工作领导小组成员，领导小组办公室各成员单位，省委办公厅，省政府办公厅。"


def doc_fujian():
    doc = Document()
    setup(doc, title="会议纪要模板")
    # 版头: organ name + 会议纪要 in red
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(34), before=0)
    font(p.add_run(A_ORGAN), XBS, 19, color=RED)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(64), before=6)
    font(p.add_run("会议纪要"), XBS, 44, color=RED, spacing_pt=10)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, before=10)
    font(p.add_run("第3期"), FS, 16)
    # 印发机关 and date on one line, above the red rule
    p = para(doc, before=4)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(155), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run(A_ORGAN + "\t2024年4月18日"), FS, 14)
    border(p, ["bottom"], color="E60012", sz=18, space=6)
    blank(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    font(p.add_run(A_TITLE), XBS, 22)
    blank(doc)
    body(doc, A_OPEN)
    for head, paras in A_SECTIONS:
        h1(doc, head)
        for lead, text in paras:
            body(doc, text, lead=lead)
    blank(doc)
    for label, text in A_ATTEND:
        p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, left_chars=4, hanging_chars=4)
        font(p.add_run(label), HT, 16)
        font(p.add_run(text), FS, 16)
    blank(doc, 3)
    # 版记 with rules
    banji_rule(doc, sz=12)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, left_chars=1, hanging_chars=0, size=14)
    p.paragraph_format.left_indent = Pt(14 * 4)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    font(p.add_run("分送：" + A_FENSONG), FS, 14)
    banji_rule(doc, sz=4)
    p = para(doc, left_chars=1, size=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(152), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run(A_ORGAN + "\t2024年4月18日印发"), FS, 14)
    banji_rule(doc, sz=12)
    path = os.path.join(HERE, "blind107_fujian_minutes.docx")
    doc.save(path)
    to_pdf(path)
    clauses = [A_OPEN]
    for head, paras in A_SECTIONS:
        for lead, text in paras:
            clauses.append((lead or "") + text)
    for label, text in A_ATTEND:
        clauses.append(label.replace("　", "") + text)
    return {
        "blind107_fujian_minutes": [{
            "meta": {
                "title": A_TITLE,
                "doc_number": "第3期",
                "issuer": [A_ORGAN],
                "date": "2024-04-18",
                "level": "provincial",
                "region": "福建省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "addressees": None,
                "kind": "会议纪要",
                "meeting_date": "2024-04-12",
            },
            "clauses": clauses,
            "_note": "纪要 format: red 版头 is two paragraphs (organ name at 19pt, then 会议纪要 at 44pt with 10pt w:spacing → PDF may show '会 议 纪 要'); '第3期' line; then ONE line '福建省推进“一带一路”建设工作领导小组办公室<TAB>2024年4月18日' carrying the red rule as a paragraph bottom border. "
            "Title is the 小标宋 line under the rule; taking the 版头 '…领导小组办公室会议纪要' as title is medium, taking the opening paragraph is high. 文号: the minutes have only the 期号 '第3期' (doc_number '第3期' expected; null tolerable, low). "
            "成文日期 = 2024-04-18 (the only date for it; it is in the 版头 line and again in the 印发 line); 2024年4月12日 is the meeting date (taking it as date = medium), 2024年6月30日/5月31日/4月25日/7月底 are deadlines, not effective/expires. No 主送, no 落款, no 附件. "
            "Headings 一、关于… (黑体) are section headings, not clauses (a heading-clause is tolerable). '会议指出，/会议要求，/会议明确，/会议同意…' are 黑体 lead-ins of the same paragraph and must stay glued to their text (one clause each). "
            "1./2./3. items: labels 1 2 3 under section 三; merging them into the lead-in '各有关单位要重点抓好以下工作：' is medium. "
            "出席/列席/请假 lines (hanging indent, names with U+3000 inside two-char names like '吴　宁') are part of the 纪要 — as clauses they are tolerable (spaces kept = low); dropping them is low; gluing them onto the last 议定事项 paragraph is medium. "
            "Furniture: 版头, 第3期 line, organ/date line, red rule, 分送 line, 印发 line (with black rules), '— N —' footer (odd pages right, even pages left). Core property title is a stale '会议纪要模板' — must not become the title. Level provincial, region 福建省.",
        }]
    }


# ---------------------------------------------------------------------------
# (b) 厦门 讲话
# ---------------------------------------------------------------------------
B_TITLE = "在中国（福建）自由贸易试验区厦门片区2024年工作推进会上的讲话"
B_INTRO = "今天我们召开自贸试验区厦门片区2024年工作推进会，主要任务是总结2023年片区建设工作，分析当前面临的形势，部署2024年重点任务。刚才，片区管委会通报了去年工作情况和今年工作安排，湖里区、海沧区、市商务局和厦门海关作了交流发言，讲得都很好，请大家认真抓好落实。下面，我讲三点意见。"
B_PARTS = [
    ("一、坚定信心，充分肯定片区建设取得的成效", [
        (None, "2023年，面对复杂严峻的外部环境，片区上下坚持以制度创新为核心，各项工作取得新进展。一是制度创新成果丰硕。全年推出创新举措46项，其中全国首创12项，“船舶供油‘一口受理’”等3项经验在全国复制推广。二是开放型经济稳中提质。片区新增外资企业312家，实际使用外资18.7亿元，进出口总额3120亿元，同比增长6.4%。三是服务“一带一路”能力持续增强。厦门港“丝路海运”航线达到38条，中欧（亚）班列（厦门）全年开行260列，跨境电商进出口额突破120亿元。"),
        (None, "在肯定成绩的同时，我们也要清醒看到存在的差距和不足：首创性、集成性改革成果还不够多，部分改革事项“最后一公里”没有打通，市场主体的获得感还不够强。对这些问题，我们要高度重视，切实加以解决。"),
    ]),
    ("二、突出重点，推动片区建设再上新台阶", [
        ("（一）在对接高标准经贸规则上求突破。", "一是主动对接CPTPP、DEPA等高标准经贸规则，在数字贸易、知识产权保护、政府采购等领域开展压力测试，年内形成不少于10项制度创新成果。二是深化海峡两岸融合发展，扩大对台货物贸易和服务贸易开放，推动两岸标准共通。三是用好RCEP原产地累积规则，年内为企业签发RCEP原产地证书1.5万份以上。"),
        ("（二）在服务“一带一路”建设上求实效。", "一是加密“丝路海运”航线，重点拓展东南亚、中东和非洲航线，年内新增航线5条以上。二是推动中欧（亚）班列（厦门）扩量提质，力争全年开行300列以上，回程班列占比提高到35%。三是支持片区企业“抱团出海”，在东盟国家布局海外仓不少于8个。"),
        ("（三）在优化营商环境上求提升。", "一是深化“放管服”改革，片区涉企审批事项全部实现“一网通办”。二是加快建设国际贸易“单一窗口”厦门特色应用，新增特色功能10项以上。三是健全涉外商事纠纷多元化解机制，年内受理国际商事调解案件不少于50件。"),
    ]),
    ("三、压实责任，确保各项任务落地见效", [
        (None, "一要强化统筹协调。片区管委会要发挥牵头抓总作用，湖里区、海沧区要落实属地责任，市直各有关部门要主动靠前服务，形成工作合力。"),
        (None, "二要加强督查考核。市自贸办要将片区2024年重点任务纳入市政府督查事项，每季度通报一次进展，年底组织考核评估，考核结果作为各单位年度绩效评价的重要依据。"),
        (None, "三要注重总结推广。对基层首创、企业认可的改革经验，要及时总结提炼，成熟一项、推广一项，不断擦亮厦门片区的“金字招牌”。"),
    ]),
]
B_CLOSE = "同志们，做好今年片区各项工作责任重大、使命光荣。希望大家以时不我待的紧迫感，真抓实干、奋勇争先，为厦门努力率先实现社会主义现代化作出新的更大贡献！"


def doc_xiamen():
    doc = Document()
    setup(doc, title=None, author="秘书一处")
    p = para(doc, WD_ALIGN_PARAGRAPH.LEFT)
    font(p.add_run("内部资料　注意保存"), HT, 14)
    blank(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    font(p.add_run("在中国（福建）自由贸易试验区厦门片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2024年工作推进会上的讲话"), XBS, 22)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, before=8)
    font(p.add_run("（2024年3月6日）"), KT, 16)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER)
    font(p.add_run("厦门市副市长　陈建华"), KT, 16)
    blank(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.LEFT)
    font(p.add_run("同志们："), FS, 16)
    body(doc, B_INTRO)
    for head, paras in B_PARTS:
        h1(doc, head)
        for lead, text in paras:
            if lead:
                h2(doc, lead, text)
            else:
                body(doc, text)
    body(doc, B_CLOSE)
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    font(p.add_run("（根据录音整理，已经本人审阅）"), KT, 14)
    blank(doc, 2)
    banji_rule(doc, sz=8)
    p = para(doc, left_chars=1, size=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(152), WD_TAB_ALIGNMENT.RIGHT)
    font(p.add_run("厦门市人民政府办公厅秘书一处\t2024年3月8日印"), FS, 14)
    banji_rule(doc, sz=8)
    path = os.path.join(HERE, "blind107_xiamen_speech.docx")
    doc.save(path)
    to_pdf(path)
    clauses = [B_INTRO]
    for head, paras in B_PARTS:
        for lead, text in paras:
            clauses.append((lead or "") + text)
    clauses.append(B_CLOSE)
    return {
        "blind107_xiamen_speech": [{
            "meta": {
                "title": B_TITLE,
                "doc_number": None,
                "issuer": ["厦门市人民政府"],
                "speaker": "陈建华（厦门市副市长）",
                "date": "2024-03-06",
                "level": "municipal",
                "region": "福建省厦门市（中国（福建）自由贸易试验区厦门片区）",
                "effective": None,
                "expires": None,
                "attachments": [],
                "addressees": None,
                "kind": "讲话",
            },
            "clauses": clauses,
            "_note": "Speech as the 市政府办公厅 circulates it: top-left '内部资料　注意保存' (黑体, furniture); title in two lines joined by a manual line break (w:br) inside ONE paragraph — title must read as one string without the break; '（2024年3月6日）' (楷体) = date of the speech = 成文日期; '厦门市副市长　陈建华' is the speaker (issuer as 厦门市人民政府, 陈建华 or '厦门市副市长陈建华' all tolerable; issuer = 自贸试验区厦门片区/管委会 is medium; no issuer is low). "
            "No 文号 (doc_number must be null — '第…期' or the date is wrong), no 主送, no 落款, no 附件. '2024年3月8日印' in the closing line is the print date (taking it as date = low). 2015/2023 figures are history, not effective dates; no effective/expires. "
            "'同志们：' is a salutation — furniture (as a clause, low). Headings 一、… (黑体) are section headings, not clauses. The （一）（二）（三） paragraphs are run-in: 楷体 heading sentence + 仿宋 text in the same paragraph — one clause each with label （一）…; splitting heading from text is tolerable (low) if the text keeps its label. "
            "'一是…二是…三是…' sit INSIDE paragraphs: the careful split keeps each paragraph whole; splitting on 一是/二是 is tolerable (low) only if no text is lost. '一要/二要/三要' paragraphs are separate paragraphs (labels 一要… or none both fine). "
            "'（根据录音整理，已经本人审阅）' and the bottom line '厦门市人民政府办公厅秘书一处　2024年3月8日印' between rules are furniture; as a clause = medium. Footer '— N —'. Level municipal, region 厦门市.",
        }]
    }


# ---------------------------------------------------------------------------
# (c) 成都 督查通报
# ---------------------------------------------------------------------------
C_ORGAN = "成都市自由贸易试验区工作办公室"
C_NO = "成自贸办〔2024〕15号"
C_TITLE = "成都市自由贸易试验区工作办公室关于2024年上半年自贸试验区改革试点任务督查情况的通报"
C_TO = "天府新区成都管委会，成都高新区管委会，青白江区、双流区、温江区、新津区、郫都区、龙泉驿区人民政府，市级有关部门："
C_OPEN = "为推动中国（四川）自由贸易试验区成都区域深化改革开放各项任务落地见效，根据《成都市2024年自由贸易试验区建设工作要点》和市委、市政府督查工作安排，6月下旬至7月中旬，市自贸办会同市政府督查室、市商务局组成3个督查组，采取听取汇报、查阅资料、实地核查和企业访谈等方式，对各区域、各部门2024年上半年改革试点任务推进情况进行了督查。现将有关情况通报如下。"
C_S1 = "2024年上半年，全市自贸试验区（含协同改革先行区）共承接改革试点任务186项，已完成112项，完成率60.2%，较去年同期提高5.6个百分点；形成制度创新成果27项，其中“中欧班列运贸一体化”“国际铁路联运‘一单制’数字提单”等4项成果入选省级最佳实践案例。天府新区片区、青白江铁路港片区新设外商投资企业146家，实际使用外资5.3亿美元，货物进出口总额1826.4亿元。中欧班列（成渝）成都方向累计开行2460列，同比增长8.7%。"
C_S2 = "按照《成都市自由贸易试验区建设工作督查评分细则》（附件2），督查组从任务完成率、制度创新成果和企业满意度三个方面对8个区域进行综合评分，排名情况如下："
C_RANK_HEAD = ["排名", "区域", "任务完成率（%）", "制度创新（分）", "企业满意度（分）", "综合得分", "等次"]
_RANK = [("成都高新区", 78.6, 28.5, 18.6), ("天府新区直管区", 75.2, 27.0, 18.2), ("青白江区", 71.8, 26.5, 18.0), ("双流区", 65.4, 22.0, 17.1), ("新津区", 62.0, 20.5, 17.4), ("温江区", 58.3, 19.0, 16.8), ("郫都区", 49.6, 15.5, 16.2), ("龙泉驿区", 46.1, 14.0, 15.9)]
_GRADE = ["好", "好", "好", "较好", "较好", "较好", "一般", "一般"]
C_RANK_ROWS = [[str(i + 1), n, "%.1f" % r, "%.1f" % c, "%.1f" % s, "%.1f" % (r * 0.5 + c + s), _GRADE[i]] for i, (n, r, c, s) in enumerate(_RANK)]
C_RANK_NOTE = "注：综合得分＝任务完成率×0.5＋制度创新得分＋企业满意度得分，满分100分。"
C_S3 = [
    ("（一）通报表扬。", "成都高新区、天府新区直管区、青白江区综合排名位列前三，任务推进快、创新成果多，予以通报表扬。市商务局、成都国际铁路港管委会、市市场监管局在推动“中欧班列运贸一体化”、外商投资企业登记“跨境通办”等改革中成效明显，一并予以通报表扬。"),
    ("（二）通报批评。", "郫都区、龙泉驿区任务完成率低于50%，部分任务存在“重部署、轻落实”问题，予以通报批评。市交通运输局牵头的“国际班列运输时刻表联合发布”任务、市经信局牵头的“跨境数据流动试点”任务进度严重滞后，予以通报批评。被通报批评的单位要深刻剖析原因，于2024年8月15日前向市自贸办报送书面整改报告。"),
]
C_S4 = "督查发现，当前改革试点工作仍存在一些问题：一是任务推进不平衡，协同改革先行区任务完成率平均仅为54.0%，低于片区平均水平20.5个百分点；二是首创性成果偏少，上半年形成的27项成果中全国首创仅3项；三是部门协同不够，个别跨部门任务存在推诿扯皮现象。"
C_S5_1 = "各区域、各部门要对照附件1所列任务清单，逐项明确责任人和完成时限，确保2024年9月30日前完成率达到80%以上，12月31日前全面完成年度任务。"
C_S5_2 = "要聚焦国际铁路联运、跨境金融、数字贸易等重点领域，重点做好以下工作："
C_S5_2_ITEMS = [
    "1.青白江区牵头，深化国际铁路联运“一单制”改革，年内签发铁路数字提单不少于500单；",
    "2.天府新区直管区、成都高新区牵头，开展跨境贸易投资高水平开放试点，年内新增跨境人民币结算额200亿元以上；",
    "3.市商务局牵头，会同市口岸物流办建设“一带一路”进出口商品集散中心，年内引进商品贸易企业30家以上。",
]
C_S5_3 = ("（三）严格督查问效。", "市自贸办将每季度开展一次督查，督查结果纳入市级部门和区（市）县年度目标绩效考核。对连续两次排名末位的区域，由市自贸办约谈其主要负责同志。")
C_ATT = ["2024年下半年自贸试验区重点改革试点任务清单", "成都市自由贸易试验区建设工作督查评分细则"]
C_TASK_HEAD = ["序号", "任务名称", "牵头单位", "责任区域", "完成时限"]
C_TASKS = [
    ["1", "深化国际铁路联运“一单制”改革，推广铁路数字提单", "市口岸物流办", "青白江区", "2024年12月"],
    ["2", "开展跨境贸易投资高水平开放试点", "市委金融办", "天府新区直管区、成都高新区", "2024年12月"],
    ["3", "建设“一带一路”进出口商品集散中心", "市商务局", "青白江区、双流区", "2024年11月"],
    ["4", "推进国际班列运输时刻表联合发布", "市交通运输局", "青白江区", "2024年9月"],
    ["5", "开展跨境数据流动试点", "市经信局", "成都高新区", "2024年12月"],
    ["6", "推行外商投资企业登记“跨境通办”", "市市场监管局", "各区域", "2024年10月"],
    ["7", "探索航空货运“空铁联运”一体化通关", "成都海关、市口岸物流办", "双流区", "2024年12月"],
    ["8", "建设涉外商事纠纷多元化解平台", "市司法局", "天府新区直管区", "2024年12月"],
    ["9", "开展知识产权质押融资风险补偿试点", "市市场监管局（市知识产权局）", "成都高新区、温江区", "2024年11月"],
    ["10", "推进协同改革先行区制度创新成果复制推广", "市自贸办", "新津区、温江区、郫都区、龙泉驿区", "2024年12月"],
]
C_SCORE_HEAD = ["评价指标", "分值", "评分方法"]
C_SCORES = [
    ["任务完成率", "50", "按已完成任务数占承接任务数的比例折算，完成率每1个百分点得0.5分"],
    ["制度创新成果", "30", "全国首创成果每项得6分，省级最佳实践案例每项得4分，市级案例每项得2分，最高30分"],
    ["企业满意度", "20", "委托第三方机构开展问卷调查，按满意度得分折算"],
    ["合计", "100", "—"],
]
C_CC = "抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，市政府督查室。"


def row_text(head, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(head, row))


def doc_chengdu():
    doc = Document()
    setup(doc, title="关于2023年第四季度自贸试验区改革试点任务推进情况的通报", author="cdftz")
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(60))
    font(p.add_run(C_ORGAN + "文件"), XBS, 25, color=RED)
    blank(doc, 2)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER)
    font(p.add_run(C_NO), FS, 16)
    border(p, ["bottom"], color="E60012", sz=18, space=8)
    blank(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    font(p.add_run("成都市自由贸易试验区工作办公室关于"), XBS, 22)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    font(p.add_run("2024年上半年自贸试验区改革试点任务"), XBS, 22)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    font(p.add_run("督查情况的通报"), XBS, 22)
    blank(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY)
    font(p.add_run(C_TO), FS, 16)
    body(doc, C_OPEN)
    h1(doc, "一、总体情况")
    body(doc, C_S1)
    h1(doc, "二、督查排名情况")
    body(doc, C_S2)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, before=4)
    font(p.add_run("表1　2024年上半年自贸试验区改革试点任务推进情况排名"), HT, 14)
    t = make_table(doc, C_RANK_HEAD, C_RANK_ROWS, [12, 34, 22, 20, 22, 20, 16], size=12)
    # vertical merges of 等次
    for a, b in ((1, 3), (4, 6), (7, 8)):
        m = t.cell(a, 6).merge(t.cell(b, 6))
        cell_text(m, _GRADE[a - 1], FS, 12)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, first_chars=2, size=14, line=Pt(24), before=4)
    font(p.add_run(C_RANK_NOTE), FS, 14)
    h1(doc, "三、表扬和批评")
    for lead, text in C_S3:
        h2(doc, lead, text)
    h1(doc, "四、存在的主要问题")
    body(doc, C_S4)
    h1(doc, "五、下步工作要求")
    h2(doc, "（一）加快任务推进")
    body(doc, C_S5_1)
    h2(doc, "（二）强化制度创新")
    body(doc, C_S5_2)
    for it in C_S5_2_ITEMS:
        body(doc, it)
    h2(doc, *C_S5_3)
    blank(doc)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, left_chars=5, hanging_chars=3)
    font(p.add_run("附件：1.%s" % C_ATT[0]), FS, 16)
    p = para(doc, WD_ALIGN_PARAGRAPH.JUSTIFY, left_chars=5)
    font(p.add_run("2.%s" % C_ATT[1]), FS, 16)
    blank(doc, 2)
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    font(p.add_run(C_ORGAN), FS, 16)
    png = os.path.join(HERE, "_seal_chengdu.png")
    seal_png(png, C_ORGAN)
    float_picture(p.add_run(), png, 42, 70, -12)
    p = para(doc, WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    font(p.add_run("2024年7月26日"), FS, 16)
    p = para(doc, first_chars=2)
    font(p.add_run("（此件公开发布）"), FS, 16)
    # 附件1 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    footers(sec)
    p = para(doc)
    font(p.add_run("附件1"), HT, 16)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35), after=8)
    font(p.add_run(C_ATT[0]), XBS, 22)
    make_table(doc, C_TASK_HEAD, C_TASKS, [14, 90, 50, 52, 24], size=12, left_cols=(1,))
    # 附件2 back to portrait
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    footers(sec)
    p = para(doc)
    font(p.add_run("附件2"), HT, 16)
    p = para(doc, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35), after=8)
    font(p.add_run(C_ATT[1]), XBS, 22)
    make_table(doc, C_SCORE_HEAD, C_SCORES, [30, 16, 110], size=12, left_cols=(2,))
    blank(doc, 6)
    # 版记 as a one-column table with top/bottom rules only
    bt = doc.add_table(rows=2, cols=1)
    bt.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = bt._tbl.tblPr
    borders = parse_xml('<w:tblBorders %s><w:top w:val="single" w:sz="12" w:color="000000"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="12" w:color="000000"/><w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w"))
    tblpr.append(borders)
    c0 = bt.cell(0, 0)
    cell_text(c0, C_CC, FS, 14, WD_ALIGN_PARAGRAPH.LEFT)
    c0.paragraphs[0].paragraph_format.left_indent = Pt(14)
    c1 = bt.cell(1, 0)
    cell_text(c1, C_ORGAN + "\t2024年7月26日印发", FS, 14, WD_ALIGN_PARAGRAPH.LEFT)
    c1.paragraphs[0].paragraph_format.left_indent = Pt(14)
    c1.paragraphs[0].paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    for c in (c0, c1):
        c.width = Mm(156)
    path = os.path.join(HERE, "blind107_chengdu_bulletin.docx")
    doc.save(path)
    to_pdf(path)
    os.remove(png)
    clauses = [C_OPEN, C_S1, C_S2] + [row_text(C_RANK_HEAD, r) for r in C_RANK_ROWS] + [C_RANK_NOTE]
    clauses += [a + b for a, b in C_S3] + [C_S4, C_S5_1, C_S5_2] + C_S5_2_ITEMS + [C_S5_3[0] + C_S5_3[1]]
    clauses += [row_text(C_TASK_HEAD, r) for r in C_TASKS] + [row_text(C_SCORE_HEAD, r) for r in C_SCORES]
    return {
        "blind107_chengdu_bulletin": [{
            "meta": {
                "title": C_TITLE,
                "doc_number": C_NO,
                "issuer": [C_ORGAN],
                "date": "2024-07-26",
                "level": "municipal",
                "region": "四川省成都市（中国（四川）自由贸易试验区成都区域）",
                "effective": None,
                "expires": None,
                "attachments": C_ATT,
                "addressees": C_TO.rstrip("："),
                "kind": "通报",
            },
            "clauses": clauses,
            "_note": "Furniture: red 版头 '成都市自由贸易试验区工作办公室文件', 文号 line carrying the red rule (paragraph bottom border), 2-paragraph title (must be joined), 主送, 附件说明 (2 lines, second hanging under the first), 落款 with a floating red seal picture (behind text, wrapNone), date, 附注 （此件公开发布）, 版记 as a borderless 1-column TABLE with top/bottom rules (抄送 row, 印发 row) — the 版记 table must not become clause rows; '— N —' footers odd right / even left. "
            "Core property title is a stale '关于2023年第四季度…通报' — must not become the title. '表1　…排名' caption above the ranking table is furniture (as a clause: low). "
            "Ranking table: 7 columns, 等次 vertically merged (好 ×3, 较好 ×3, 一般 ×2): each row should carry its 等次; a row missing its merged 等次 is medium; '注：综合得分…' note is a clause (tolerable as furniture, low). "
            "（一）通报表扬。/（二）通报批评。/（三）严格督查问效。 are run-in 楷体 headings + 仿宋 text in one paragraph → one clause each; （一）加快任务推进 / （二）强化制度创新 are stand-alone 楷体 headings (not clauses) followed by a body paragraph. 1./2./3. items under （二） are labelled 1 2 3. "
            "附件1 is in a LANDSCAPE section (own footers) with a 10-row task table whose header row repeats (w:tblHeader); 附件2 back in portrait, 4-row score table incl. '合计' row (tolerable either way). Rows as '序号：1；任务名称：…'. "
            "Dates: 成文日期 2024-07-26 (also in the 印发 line). 2024年8月15日, 9月30日, 12月31日 are deadlines; 6月下旬至7月中旬 is the inspection period — none is effective/expires (a 通报 has none). Level municipal, region 成都市.",
        }]
    }


def main():
    expected = {}
    expected.update(doc_fujian())
    expected.update(doc_xiamen())
    expected.update(doc_chengdu())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
