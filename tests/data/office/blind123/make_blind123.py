# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 123: meetings and training as offices announce them.

Writes, next to this script:
  blind123_fujian_meeting.docx / .pdf   -- 福建省自由贸易试验区工作领导小组办公室 会议通知
        (闽自贸办〔2024〕9号, 关于召开全省自由贸易试验区建设推进会的通知): 一、会议时间 … 五、有关事项,
        agenda items "1.9:00—9:10　…" (a list number glued to a clock time), 联系人/电话 lines,
        落款, 附注, and the 附件 回执 on its own page with a BLANK Word table (单位｜姓名｜职务｜联系电话｜备注),
        then the 版记.
  blind123_xiamen_training.docx / .pdf  -- 厦门市商务局 培训通知 (厦商务〔2024〕58号) for 一带一路 出口企业 on RCEP
        原产地规则: title broken by a manual line break, 培训日程 table with 日期 cells merged by day and 时段 cells
        merged by 上午/下午, 报名方式 with a QR-code picture and the caption "扫码报名", 培训费用 (免费), 食宿 lines,
        附件 报名表 (blank table).
  blind123_xiamen_briefing.docx / .pdf  -- 厦门市商务局 一页 会议情况通报 (第5期, 纪要 style: masthead + 期号 +
        办公室/date line, no 主送, no 落款), decisions numbered 一、二、三、四、, 出席 line, 分送 版记.
  expected.json                         -- what a careful human reads from each file.
All numbers, addresses, names, phone numbers and e-mail addresses are fictional.
"""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SAN = 16  # 三号
ER = 22  # 二号
SI = 14  # 四号


# ---------------------------------------------------------------- helpers
def set_run_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28.95, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, exact=28.95, before=0, after=0):
    """parts: str or list of (text, font, size, bold, color)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if isinstance(parts, str):
        parts = [(parts, FS, SAN, False, None)]
    for t in parts:
        t = tuple(t) + (None,) * (5 - len(t))
        text, font, size, bold, color = t
        set_run_font(p.add_run(text), font or FS, size or SAN, bool(bold), color)
    return p


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_field(p, instr, font=None, size=14):
    r1 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    r5 = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)
    for r in (r1, r2, r3, r4, r5):
        set_run_font(r, font or "宋体", size)


def page_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    set_run_font(p.add_run("— "), "宋体", SI)
    add_field(p, "PAGE", "宋体", SI)
    set_run_font(p.add_run(" —"), "宋体", SI)


def page_header(header, text):
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run(text), "宋体", 9)
    border(p, "bottom", color="000000", sz=4, space=1)


def setup(doc, header_text=None):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(2.6)
    doc.settings.odd_and_even_pages_header_footer = True
    page_footer(s.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    page_footer(s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    if header_text:
        page_header(s.header, header_text)
        page_header(s.even_page_header, header_text)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def red_masthead(doc, name, size, wenhao=None):
    for _ in range(2):
        fmt(doc.add_paragraph(), indent=False)
    p = para(doc, [(name, XBS, size, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=size * 1.3)
    fmt(doc.add_paragraph(), indent=False)
    if wenhao:
        p = para(doc, [(wenhao, FS, SAN)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    else:
        p = fmt(doc.add_paragraph(), indent=False, exact=10)
    border(p, "bottom", "FF0000", sz=18, space=4)
    fmt(doc.add_paragraph(), indent=False)


def title(doc, lines):
    for ln in lines:
        para(doc, [(ln, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)


def h1(doc, t):
    return para(doc, [(t, HT, SAN)])


def h2(doc, t):
    return para(doc, [(t, KT, SAN)])


def body(doc, t):
    return para(doc, t)


def set_cell(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(size * 1.5)
        set_run_font(p.add_run(ln), font, size, bold)


def table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    # repeat header row on each page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if j in (0, 2, 3) and len(header) == 6 else WD_ALIGN_PARAGRAPH.LEFT
            set_cell(t.cell(i, j), v, FS, 12, False, al)
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    for j, w in enumerate(widths):
        for row in t.rows:
            row.cells[j].width = Cm(w)
    return t


def banji(doc, chaosong, yinfa_org, yinfa_date):
    fmt(doc.add_paragraph(), indent=False)
    p = para(doc, [("抄送：" + chaosong, FS, SI)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", sz=8, space=2)
    border(p, "bottom", "000000", sz=4, space=2)
    p = para(doc, [(yinfa_org, FS, SI), ("\u3000" * 8, FS, SI), (yinfa_date + "印发", FS, SI)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", sz=8, space=2)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def grid_table(doc, header, nrows, widths, size=12):
    """A bordered table with a header row and nrows (possibly empty) body rows."""
    t = doc.add_table(rows=1 + nrows, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, HT, size, False, WD_ALIGN_PARAGRAPH.CENTER)
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    for j, w in enumerate(widths):
        for row in t.rows:
            row.cells[j].width = Cm(w)
    return t


def row_height(t, cm):
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        h = OxmlElement("w:trHeight")
        h.set(qn("w:val"), str(int(cm * 567)))
        h.set(qn("w:hRule"), "atLeast")
        trpr.append(h)


def signature(doc, org, date, right_chars=4):
    fmt(doc.add_paragraph(), indent=False)
    fmt(doc.add_paragraph(), indent=False)
    p = para(doc, org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * right_chars)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * (right_chars + 2))


def fuzhu(doc, text="（此件公开发布）"):
    para(doc, text, indent=True)


def banji2(doc, lines, yinfa_org=None, yinfa_date=None):
    """版记: lines = list of (label, text) such as ('抄送', '…'); the first gets a thick top rule."""
    fmt(doc.add_paragraph(), indent=False)
    for i, (lab, txt) in enumerate(lines):
        p = para(doc, [(lab + "：" + txt, FS, SI)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            border(p, "top", "000000", sz=8, space=2)
        border(p, "bottom", "000000", sz=4, space=2)
    if yinfa_org:
        pad = max(1, 26 - len(yinfa_org) - (len(yinfa_date) + 2 + sum(c.isdigit() for c in yinfa_date)) // 2 - 2)
        p = para(doc, [(yinfa_org, FS, SI), ("\u3000" * pad, FS, SI), (yinfa_date + "印发", FS, SI)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "bottom", "000000", sz=8, space=2)


def fake_qr(path, seed=123):
    """A QR-looking picture (finder patterns + pseudo-random modules); it is not meant to decode."""
    import random

    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    n, m, q = 29, 8, 4
    img = Image.new("RGB", ((n + 2 * q) * m, (n + 2 * q) * m), "white")
    d = ImageDraw.Draw(img)
    grid = [[rnd.random() < 0.48 for _ in range(n)] for _ in range(n)]

    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    on = (0 <= r <= 6 and 0 <= c <= 6) and (r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4))
                    grid[rr][cc] = on
    finder(0, 0); finder(0, n - 7); finder(n - 7, 0)
    for i in range(8, n - 8):
        grid[6][i] = grid[i][6] = (i % 2 == 0)
    for r in range(n):
        for c in range(n):
            if grid[r][c]:
                x, y = (c + q) * m, (r + q) * m
                d.rectangle([x, y, x + m - 1, y + m - 1], fill="black")
    img.save(path)
    return path


def merge_and_set(t, r0, c, r1, text, size=11):
    cell = t.cell(r0, c).merge(t.cell(r1, c)) if r1 > r0 else t.cell(r0, c)
    set_cell(cell, text, FS, size, False, WD_ALIGN_PARAGRAPH.CENTER)
    cell.vertical_alignment = 1  # center
    return cell


# ================================================================ (a) 省自贸办 会议通知
A_ORG = "福建省自由贸易试验区工作领导小组办公室"
A_NO = "闽自贸办〔2024〕9号"
A_TITLE = "福建省自由贸易试验区工作领导小组办公室关于召开全省自由贸易试验区建设推进会的通知"
A_TITLE_LINES = ["福建省自由贸易试验区工作领导小组办公室", "关于召开全省自由贸易试验区", "建设推进会的通知"]
A_ZHUSONG = "福州、厦门、平潭片区管委会，省自贸试验区工作领导小组各成员单位："
A_INTRO = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，总结交流中国（福建）自由贸易试验区"
           "挂牌九周年以来的建设经验，部署2024年重点工作，经省政府同意，定于4月中旬召开全省自由贸易试验区建设推进会。现将有关事项通知如下：")
A_TIME = "2024年4月18日（星期四）上午9:00—11:40，会期半天。参会人员于4月18日8:30前报到，8:45前入场就座。"
A_PLACE = "福州市鼓楼区西湖宾馆（湖滨路158号）2号楼三楼闽江厅。报到地点：西湖宾馆2号楼一楼大堂。"
A_WHO = [
    "（一）省领导；",
    "（二）省自贸试验区工作领导小组各成员单位分管负责同志1名；",
    "（三）福州、厦门、平潭片区管委会主要负责同志、分管负责同志，片区自贸办主任；",
    "（四）福州海关、厦门海关，人民银行福建省分行，国家外汇管理局福建省分局分管负责同志；",
    "（五）各片区推荐的企业代表（每个片区2名，名单由片区于4月12日前报省自贸办）。",
]
A_AGENDA = [
    "1.9:00—9:10　省自贸办主要负责同志通报全省自由贸易试验区2023年建设情况和2024年工作安排；",
    "2.9:10—9:25　观看专题片《向海图强——福建自贸试验区九年》；",
    "3.9:25—10:35　福州、厦门、平潭片区管委会，省商务厅、福州海关作交流发言（每个单位不超过10分钟）；",
    "4.10:35—11:05　为第十二批福建自贸试验区创新举措（共22项）入选单位颁发证书；",
    "5.11:05—11:40　省领导讲话。",
]
A_MATTERS = [
    "（一）请各单位于4月12日（星期五）17:00前将参会回执（见附件）加盖公章后扫描发送至省自贸办电子邮箱fjzmb_zhc@fj-ftz.gov.cn，逾期未报的视为不参会。",
    "（二）作交流发言的单位请于4月15日前将发言材料（不超过2000字）及PPT报送省自贸办，发言材料将汇编印发。",
    "（三）请参会人员着正装，凭参会证入场，会议期间将手机调至静音状态；不得委托他人代会，确因特殊情况不能参会的，须书面向省自贸办请假。",
    "（四）会议不安排住宿，交通由各单位自行安排；会场周边停车位有限，请尽量乘坐公共交通工具。",
]
A_CONTACT = [
    "联系人：省自贸办综合协调处　郑书航　林雅婷",
    "电　话：0591-87061532，0591-87061538（传真）",
]
A_ATT = "全省自由贸易试验区建设推进会参会回执"
A_DATE = "2024年4月8日"
A_RECEIPT_HDR = ["单位", "姓名", "职务", "联系电话", "备注"]
A_RECEIPT_NOTE = "注：请于4月12日17:00前将回执加盖公章后扫描发送至fjzmb_zhc@fj-ftz.gov.cn；企业代表请在备注栏注明所属片区。"


def make_a():
    doc = Document()
    setup(doc)
    red_masthead(doc, A_ORG, 22, A_NO)
    title(doc, A_TITLE_LINES)
    fmt(doc.add_paragraph(), indent=False)
    para(doc, A_ZHUSONG, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    body(doc, A_INTRO)
    h1(doc, "一、会议时间")
    body(doc, A_TIME)
    h1(doc, "二、会议地点")
    body(doc, A_PLACE)
    h1(doc, "三、参会人员")
    for x in A_WHO:
        body(doc, x)
    h1(doc, "四、会议议程")
    body(doc, "会议由省政府分管副秘书长主持。")
    for x in A_AGENDA:
        body(doc, x)
    h1(doc, "五、有关事项")
    for x in A_MATTERS:
        body(doc, x)
    fmt(doc.add_paragraph(), indent=False)
    for x in A_CONTACT:
        body(doc, x)
    fmt(doc.add_paragraph(), indent=False)
    body(doc, "附件：" + A_ATT)
    signature(doc, A_ORG, A_DATE, right_chars=2)
    fuzhu(doc)
    # 附件 on its own page
    p = para(doc, [("附件", HT, SAN)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    fmt(doc.add_paragraph(), indent=False)
    title(doc, [A_ATT])
    fmt(doc.add_paragraph(), indent=False)
    para(doc, "单位（盖章）：", indent=False)
    t = grid_table(doc, A_RECEIPT_HDR, 6, [4.2, 2.2, 3.0, 3.6, 2.6], size=14)
    row_height(t, 1.2)
    para(doc, [(A_RECEIPT_NOTE, FS, SI)], indent=False, exact=22)
    banji2(doc, [("抄送", "省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。")],
           "福建省自由贸易试验区工作领导小组办公室", "2024年4月8日")
    out = HERE / "blind123_fujian_meeting.docx"
    doc.save(out)
    return out


def a_expected():
    cl = [A_INTRO]
    cl += ["一、会议时间 " + A_TIME]
    cl += ["二、会议地点 " + A_PLACE]
    cl += ["三、参会人员 " + x for x in A_WHO]
    cl += ["四、会议议程 会议由省政府分管副秘书长主持。"] + ["四、会议议程 " + x for x in A_AGENDA]
    cl += ["五、有关事项 " + x for x in A_MATTERS]
    cl += [A_CONTACT[0] + "；" + A_CONTACT[1]]
    cl += ["附件 " + A_RECEIPT_NOTE]
    return [{
        "meta": {
            "title": A_TITLE,
            "doc_number": A_NO,
            "issuer": [A_ORG],
            "date": "2024-04-08",
            "level": "provincial",
            "region": "福建省（中国（福建）自由贸易试验区：福州、厦门、平潭片区）",
            "effective": None,
            "expires": None,
            "attachments": [A_ATT],
            "doc_type": "通知（会议通知）",
            "main_recipients": A_ZHUSONG.rstrip("："),
            "cc": "省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅",
        },
        "clauses": cl,
        "answers": {
            "when": "一、会议时间 — 2024年4月18日（星期四）上午9:00—11:40，8:30前报到",
            "where": "二、会议地点 — 福州市鼓楼区西湖宾馆2号楼三楼闽江厅",
            "who_attends": "三、参会人员 （一）—（五）",
            "how_to_register": "五、有关事项 （一） — 4月12日17:00前回执盖章扫描发邮箱（附件 回执 + 注 line）",
            "fee": "none printed (a 会议 has no fee); （四） says 不安排住宿，交通自理",
        },
        "_note": (
            "Furniture, never clauses: red masthead '福建省自由贸易试验区工作领导小组办公室', 文号 line, red rule, the two "
            "title lines (ONE title — the two paragraphs must be joined, not the first line taken as title and the second "
            "as a clause), 主送 line (metadata), 附件说明 '附件：全省…参会回执' (metadata: attachments), 落款 org + date, "
            "附注 '（此件公开发布）', 版记 (抄送 line and '福建省…办公室 2024年4月8日印发'), page numbers '— N —', the word "
            "'附件', the repeated 回执 title on page 3, '单位（盖章）：' (an empty form field), and the BLANK 回执 table: "
            "its header row 单位｜姓名｜职务｜联系电话｜备注 with 6 empty rows must not yield clauses like '单位：；姓名：…' "
            "(one clause naming the header is tolerable; six empty-row clauses are not). Agenda: the items are '1.9:00—9:10　…' — "
            "the list number '1.' is glued to the clock time; labels should be 1–5 and the times must stay intact "
            "('9:00—9:10', not '9' + '00—9:10' or a label '1.9'). Heading prefixes ('一、会议时间 ') in the clause list show "
            "context; keeping each heading as its own heading item with the value as the next clause is tolerable; losing "
            "a heading's only paragraph (会议时间/会议地点) or gluing it to the next heading is not. Contact lines: one clause "
            "or two is tolerable; phone numbers must not become doc_number. The 回执 note ('注：请于…') is a clause of the "
            "附件 (kept in the same document or a separate attachment document, both tolerable). date: 成文日期 2024-04-08 "
            "from the 落款; the meeting date 2024-04-18 is NOT the document date nor an effective date; effective/expires empty "
            "(a notice). level provincial, region 福建省; applies_to 福建省 (the three 片区 are in 福建), not national and not "
            "福州市 just because the venue is in 福州. PDF: same reading; page numbers and wrapping must not leak."
        ),
    }]


# ================================================================ (b) 市商务局 培训通知
B_ORG = "厦门市商务局"
B_NO = "厦商务〔2024〕58号"
B_TITLE = "厦门市商务局关于举办“一带一路”出口企业RCEP原产地规则专题培训班的通知"
B_TITLE_LINES = ["厦门市商务局关于举办“一带一路”出口企业", "RCEP原产地规则专题培训班的通知"]
B_ZHUSONG = "各区商务主管部门，中国（福建）自由贸易试验区厦门片区管委会，各有关外贸企业："
B_INTRO = ("为帮助我市外贸企业用足用好《区域全面经济伙伴关系协定》（RCEP）关税减让和原产地累积规则，提升对共建“一带一路”"
           "国家和地区出口的竞争力，市商务局会同厦门海关、市贸促会决定举办“一带一路”出口企业RCEP原产地规则专题培训班。"
           "现将有关事项通知如下：")
B_TIME = "2024年5月23日—24日（星期四至星期五），共2天。5月23日8:30—9:00签到。"
B_PLACE = "厦门国际会议中心酒店3号楼二层海韵厅（厦门市思明区环岛东路1888号）。"
B_WHO = ("对共建“一带一路”国家和地区有出口业务的我市外贸企业负责人、单证员、关务人员，以及各区商务主管部门、"
         "厦门片区管委会业务骨干。每家企业限报2人，共120个名额，额满为止。")
B_CONTENT = [
    "（一）RCEP原产地规则解读（区域价值成分计算、累积规则、微小加工处理）；",
    "（二）原产地证书申领、签发与自助打印实务；",
    "（三）经核准出口商认定及原产地声明开具；",
    "（四）RCEP成员国关税减让表运用及“一带一路”市场案例分析；",
    "（五）原产地核查应对与合规风险防范。",
]
B_SCHED_HDR = ["日期", "时段", "时间", "培训内容", "授课人"]
B_SCHED = [
    # date, half, time, content, teacher
    ("5月23日（星期四）", "上午", "9:00—9:20", "开班仪式", "市商务局负责同志"),
    ("5月23日（星期四）", "上午", "9:20—12:00", "RCEP原产地规则解读", "厦门海关关税处专家"),
    ("5月23日（星期四）", "下午", "14:30—16:00", "原产地证书申领、签发与自助打印实务", "市贸促会原产地证签证专家"),
    ("5月23日（星期四）", "下午", "16:00—17:30", "经核准出口商认定及原产地声明开具", "厦门海关关税处专家"),
    ("5月24日（星期五）", "上午", "9:00—10:30", "关税减让表运用及“一带一路”市场案例分析", "厦门大学经济学院教授"),
    ("5月24日（星期五）", "上午", "10:45—12:00", "企业经验分享", "两家出口企业代表"),
    ("5月24日（星期五）", "下午", "14:30—16:30", "原产地核查应对与合规风险防范", "厦门海关稽查处专家"),
    ("5月24日（星期五）", "下午", "16:30—17:00", "结业测试及颁发结业证书", "市商务局外贸处"),
]
B_SIGNUP = ("请有意参训的企业于5月17日（星期五）18:00前扫描下方二维码在线报名，或填写报名表（见附件）后发送至"
            "xmswj_wmc@163.com，邮件主题注明“RCEP培训报名+企业名称”。报名成功后将以短信方式通知，未收到短信的视为报名未成功。")
B_QR_CAPTION = "扫码报名"
B_FEE = "本次培训不收取任何费用（免费），培训资料由主办单位统一提供。"
B_FOOD = [
    "（一）培训期间主办单位统一安排5月23日、24日工作午餐；",
    "（二）不安排住宿，住宿及往返交通由参训人员自行安排，费用回原单位按规定报销。",
]
B_OTHER = "参训人员请携带身份证件和企业统一社会信用代码信息；全程参训并通过结业测试的，颁发结业证书。"
B_CONTACT = [
    "联系人：市商务局对外贸易处　黄嘉明",
    "联系电话：0592-2855612",
    "报名咨询：0592-2855637（工作日8:00—12:00，15:00—18:00）",
]
B_ATT = "“一带一路”出口企业RCEP原产地规则专题培训班报名表"
B_DATE = "2024年5月10日"
B_FORM_HDR = ["企业名称", "统一社会信用代码", "姓名", "职务", "手机号码", "主要出口市场"]


def make_b():
    doc = Document()
    setup(doc)
    red_masthead(doc, B_ORG + "文件", 30, B_NO)
    # title with a manual line break inside one paragraph
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    r = p.add_run(B_TITLE_LINES[0]); set_run_font(r, XBS, ER)
    r.add_break()
    r = p.add_run(B_TITLE_LINES[1]); set_run_font(r, XBS, ER)
    fmt(doc.add_paragraph(), indent=False)
    para(doc, B_ZHUSONG, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    body(doc, B_INTRO)
    h1(doc, "一、培训时间")
    body(doc, B_TIME)
    h1(doc, "二、培训地点")
    body(doc, B_PLACE)
    h1(doc, "三、培训对象")
    body(doc, B_WHO)
    h1(doc, "四、培训内容")
    for x in B_CONTENT:
        body(doc, x)
    h1(doc, "五、培训日程")
    t = grid_table(doc, B_SCHED_HDR, len(B_SCHED), [2.6, 1.2, 3.0, 5.4, 3.4], size=12)
    # merge 日期 by day, 时段 by half-day
    groups_day = [(1, 4), (5, 8)]
    groups_half = [(1, 2), (3, 4), (5, 6), (7, 8)]
    for r0, r1 in groups_day:
        merge_and_set(t, r0, 0, r1, B_SCHED[r0 - 1][0].replace("（", "\n（").split("\n"), size=12)
    for r0, r1 in groups_half:
        merge_and_set(t, r0, 1, r1, B_SCHED[r0 - 1][1], size=12)
    for i, row in enumerate(B_SCHED, start=1):
        set_cell(t.cell(i, 2), row[2], FS, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
        set_cell(t.cell(i, 3), row[3], FS, 12, False, WD_ALIGN_PARAGRAPH.LEFT)
        set_cell(t.cell(i, 4), row[4], FS, 12, False, WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("（具体日程以当天安排为准）", KT, SI)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    h1(doc, "六、报名方式")
    body(doc, B_SIGNUP)
    qr = fake_qr(HERE / "_qr_blind123.png")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Pt(0)
    p.add_run().add_picture(str(qr), width=Cm(3.5))
    para(doc, [(B_QR_CAPTION, KT, SI)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    h1(doc, "七、培训费用")
    body(doc, B_FEE)
    h1(doc, "八、食宿安排")
    for x in B_FOOD:
        body(doc, x)
    h1(doc, "九、其他事项")
    body(doc, B_OTHER)
    for x in B_CONTACT:
        body(doc, x)
    fmt(doc.add_paragraph(), indent=False)
    body(doc, "附件：" + B_ATT)
    signature(doc, B_ORG, B_DATE, right_chars=4)
    fuzhu(doc)
    p = para(doc, [("附件", HT, SAN)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    fmt(doc.add_paragraph(), indent=False)
    title(doc, ["“一带一路”出口企业RCEP原产地规则", "专题培训班报名表"])
    fmt(doc.add_paragraph(), indent=False)
    t = grid_table(doc, B_FORM_HDR, 4, [4.0, 3.6, 1.8, 1.8, 2.6, 2.6], size=12)
    row_height(t, 1.1)
    banji2(doc, [("抄送", "厦门海关，市贸促会，厦门片区管委会。")], "厦门市商务局办公室", "2024年5月10日")
    out = HERE / "blind123_xiamen_training.docx"
    doc.save(out)
    return out


def b_expected():
    cl = [B_INTRO]
    cl += ["一、培训时间 " + B_TIME, "二、培训地点 " + B_PLACE, "三、培训对象 " + B_WHO]
    cl += ["四、培训内容 " + x for x in B_CONTENT]
    cl += ["五、培训日程 " + "；".join(f"{h}：{v}" for h, v in zip(B_SCHED_HDR, row)) for row in B_SCHED]
    cl += ["五、培训日程 （具体日程以当天安排为准）"]
    cl += ["六、报名方式 " + B_SIGNUP]
    cl += ["七、培训费用 " + B_FEE]
    cl += ["八、食宿安排 " + x for x in B_FOOD]
    cl += ["九、其他事项 " + B_OTHER, "九、其他事项 " + "；".join(B_CONTACT)]
    return [{
        "meta": {
            "title": B_TITLE,
            "doc_number": B_NO,
            "issuer": [B_ORG],
            "date": "2024-05-10",
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": None,
            "expires": None,
            "attachments": [B_ATT],
            "doc_type": "通知（培训通知）",
            "main_recipients": B_ZHUSONG.rstrip("："),
            "cc": "厦门海关，市贸促会，厦门片区管委会",
        },
        "clauses": cl,
        "answers": {
            "when": "一、培训时间 — 2024年5月23日—24日，5月23日8:30—9:00签到 (details in 五、培训日程)",
            "where": "二、培训地点 — 厦门国际会议中心酒店3号楼二层海韵厅",
            "who_attends": "三、培训对象 — 每家企业限报2人，共120个名额",
            "how_to_register": "六、报名方式 — 5月17日18:00前扫码或发报名表到邮箱 (QR picture caption '扫码报名')",
            "fee": "七、培训费用 — 不收取任何费用（免费）; 食宿 in 八、食宿安排",
        },
        "_note": (
            "Furniture, never clauses: red masthead '厦门市商务局文件', 文号, red rule, the title (ONE paragraph with a manual "
            "line break — read as one title '厦门市商务局关于举办“一带一路”出口企业RCEP原产地规则专题培训班的通知', no stray "
            "newline/space between 企业 and RCEP), 主送 (metadata), 附件说明 (metadata), 落款, 附注, 版记 (抄送 + 印发 line), "
            "page numbers, the QR-code picture itself, the word '附件' and the 报名表 title on the attachment page, the BLANK "
            "报名表 table (header only + 4 empty rows → no clauses, or at most one naming the header). The caption '扫码报名' "
            "belongs with 六、报名方式 (merged into it or a short clause of its own is tolerable; it must not become a title or "
            "heading of what follows, nor be glued onto 七、培训费用). 培训日程 table: 8 rows; 日期 is merged vertically over 4 "
            "rows per day and 时段 over 2 rows per half-day: every row must carry its own 日期 and 时段 (e.g. row 4: "
            "'日期：5月23日（星期四）；时段：下午；时间：16:00—17:30；…'); a row missing its 日期/时段 because the merged cell was only "
            "read in its first row is medium; a row lost or two rows merged is high. The 日期 cell has a line break "
            "('5月23日' / '（星期四）') — joined either way is fine; the narrow 时段 column wraps '上午' to '上'/'午' in the PDF — must read '上午'. "
            "In the PDF the table breaks across pages 2–3 inside row 4 (its 培训内容 '…及原产地声明开具' and 授课人 '…专家' spill onto page 3, "
            "no repeated header): the spill must be rejoined to row 4, not read as a new row or a stray paragraph. The small note '（具体日程以当天安排为准）' is tolerable "
            "as a clause or dropped. 九、其他事项 contact lines: one clause or three is fine. date 成文日期 2024-05-10; the training "
            "dates (5月23日—24日) and the registration deadline (5月17日) are not the document date, not effective/expires. "
            "level municipal, region 厦门市, applies_to 厦门市 (not 福建省 as a whole, not national though RCEP is cited, not the "
            "RCEP member states / 一带一路 countries)."
        ),
    }]


# ================================================================ (c) 会议情况通报 (纪要 style, one page)
C_ORG = "厦门市商务局"
C_ISSUE = "第5期"
C_TITLE = "全市出口企业RCEP应用座谈会情况通报"
C_INTRO = ("5月24日下午，市商务局在厦门国际会议中心酒店召开全市“一带一路”出口企业RCEP应用工作座谈会，"
           "副局长陈立新主持，厦门海关、市贸促会和12家重点出口企业参加。现将会议议定事项通报如下：")
C_DECISIONS = [
    "一、由市商务局牵头，于6月底前建立RCEP享惠企业“白名单”，实行原产地证书“即报即签”。",
    "二、厦门海关在厦门片区开展RCEP原产地证书智能审核试点，证书平均签发时间压缩至30分钟以内。",
    "三、市贸促会每季度组织一次RCEP专题培训，全年培训企业不少于600家次。",
    "四、对2024年享惠金额超过100万元的出口企业给予一次性奖励，具体办法由市商务局另行制定。",
]
C_REQ = "各单位落实情况于7月10日前报市商务局对外贸易处。"
C_ATTEND = "出席：陈立新、黄嘉明，厦门海关、市贸促会及企业代表"
C_DATE = "2024年5月27日"


def make_c():
    doc = Document()
    setup(doc)
    # 纪要-style masthead: red "会议情况通报", 期号, then 办公室 + date on one line above the red rule
    para(doc, [("会议情况通报", XBS, 36, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=46)
    para(doc, [(C_ISSUE, FS, SAN)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = para(doc, [("厦门市商务局办公室", FS, SAN), ("\u3000" * 9, FS, SAN), (C_DATE, FS, SAN)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=27)
    border(p, "bottom", "FF0000", sz=18, space=4)
    fmt(doc.add_paragraph(), indent=False, exact=14)
    para(doc, [(C_TITLE, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=34)
    fmt(doc.add_paragraph(), indent=False, exact=14)
    for x in [C_INTRO] + C_DECISIONS + [C_REQ]:
        para(doc, x, exact=27)
    para(doc, C_ATTEND, indent=False, exact=27)
    para(doc, "（此件公开发布）", exact=27)
    p = para(doc, [("分送：市政府办公厅，各区商务主管部门，厦门海关，市贸促会。", FS, SI)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=20)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", sz=8, space=2)
    border(p, "bottom", "000000", sz=8, space=2)
    out = HERE / "blind123_xiamen_briefing.docx"
    doc.save(out)
    return out


def c_expected():
    cl = [C_INTRO] + C_DECISIONS + [C_REQ]
    return [{
        "meta": {
            "title": C_TITLE,
            "doc_number": None,
            "doc_number_note": "only a 期号 '第5期' is printed; '第5期' as doc_number is tolerable, a phone/date is not",
            "issuer": [C_ORG],
            "issuer_note": "printed as '厦门市商务局办公室' (the office of the 局); either is tolerable",
            "date": "2024-05-27",
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "会议情况通报（纪要式）",
        },
        "clauses": cl,
        "answers": {
            "when": "intro — 5月24日下午 (the meeting); 议定 deadlines: 一 6月底前, 要求 7月10日前",
            "where": "intro — 厦门国际会议中心酒店",
            "who_attends": "intro + the 出席 line (furniture-ish; as a clause tolerable)",
            "how_to_register": "n/a",
            "fee": "n/a (四 is a reward: 享惠金额超过100万元 → 一次性奖励)",
        },
        "_note": (
            "One page, 纪要 style: the red '会议情况通报' masthead, '第5期', the line '厦门市商务局办公室　…　2024年5月27日' and the "
            "red rule are furniture/metadata (issuer, date, 期号). There is NO 文号 in 〔〕 form, NO 主送 and NO 落款; the date can "
            "only come from the masthead line. The title is '全市出口企业RCEP应用座谈会情况通报' (the 座谈会 itself is about 一带一路 exporters, see the intro) — 'title = 会议情况通报' "
            "(the masthead) is medium. Decisions 一、…四、 are four clauses labelled 一–四 (they are items, not section "
            "headings with empty bodies — each carries its full sentence). The 出席 line is furniture of a 纪要 (as a clause "
            "tolerable), '（此件公开发布）' and the 分送 版记 are furniture. effective/expires empty; 6月底前 / 7月10日前 / 次年一季度 "
            "are task deadlines, not validity dates. level municipal, region/applies_to 厦门市 (decision 二 mentions 厦门片区 — "
            "applies_to 厦门片区 for that clause is tolerable)."
        ),
    }]


def main():
    exp = {}
    for make, expf in ((make_a, a_expected), (make_b, b_expected), (make_c, c_expected)):
        out = make()
        to_pdf(out)
        exp[out.stem] = expf()
    (HERE / "_qr_blind123.png").unlink(missing_ok=True)
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2), encoding="utf-8")
    print("wrote", ", ".join(exp), "+ PDFs + expected.json")


if __name__ == "__main__":
    main()
