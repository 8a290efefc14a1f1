# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 625: 培训班通知 (QR code + 回执) and 会议通知 (议程 + 回执)."""
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, SONG, 14)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=28):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, indent=True, align=None):
    """parts: list of (text, font, bold)."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)
    return p


def border_bottom(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(22)
    if text:
        set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记 as a 2-row table with top/bottom rules only (common office habit)."""
    for _ in range(2):
        para(doc, "")
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", 12), ("bottom", 12), ("insideH", 6)):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        borders.append(e)
    for edge in ("left", "right", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)
    c0 = t.rows[0].cells[0]
    cell_text(c0, "", align=WD_ALIGN_PARAGRAPH.LEFT)
    p = c0.paragraphs[0]
    set_font(p.add_run(" 抄送：" + chaosong), FS, 14)
    c1 = t.rows[1].cells[0]
    cell_text(c1, "", align=WD_ALIGN_PARAGRAPH.LEFT)
    p = c1.paragraphs[0]
    set_font(p.add_run(" " + yinfa_org + "             " + yinfa_date + "印发"), FS, 14)
    set_col_widths(t, [15.6])


def make_qr(path, seed=625):
    """A QR-code-like picture (finder patterns + random modules)."""
    rnd = random.Random(seed)
    n, box, quiet = 29, 8, 4
    size = (n + 2 * quiet) * box
    img = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(img)
    grid = [[rnd.random() < 0.48 for _ in range(n)] for _ in range(n)]

    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < n and 0 <= cc < n:
                    on = (0 <= r <= 6 and 0 <= c <= 6) and (
                        r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4))
                    grid[rr][cc] = on

    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, 0)
    for i in range(8, n - 8):
        grid[6][i] = grid[i][6] = (i % 2 == 0)
    for r in range(n):
        for c in range(n):
            if grid[r][c]:
                x, y = (c + quiet) * box, (r + quiet) * box
                d.rectangle([x, y, x + box - 1, y + box - 1], fill="black")
    img.save(path)


def ensure_decimal_numbering(doc):
    """Add a Word numbering definition '%1.' (no tab) and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 625, 625
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def numbered_para(doc, text, num_id):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    set_font(p.add_run(text), FS, 16)
    return p


# ---------------------------------------------------------------- document 1
def build_jinan(expected):
    stem = "blind625_jinan_tongzhi"
    doc = new_doc()
    clauses = []

    # 版头
    para(doc, "")
    para(doc, "山东省商务厅文件", XBS, 42, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=60)
    para(doc, "")
    p = para(doc, "鲁商字〔2026〕27号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p)
    para(doc, "")
    # title typed as two separate paragraphs
    para(doc, "山东省商务厅关于举办2026年RCEP", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "原产地规则与自贸协定利用培训班的通知", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "")
    para(doc, "各市商务局，中国（山东）自由贸易试验区各片区管委会，有关企业：", indent=False)

    def body(text):
        para(doc, text)
        clauses.append(text)

    def runin(head, rest, font=KT):
        runs(doc, [(head, font, True), (rest, FS, False)])
        clauses.append(head + rest)

    def heading(text):
        p = para(doc, "")
        set_font(p.add_run(text), HT, 16)

    body("为深入贯彻落实党中央、国务院关于高质量实施《区域全面经济伙伴关系协定》（RCEP）的决策部署，"
         "帮助我省外贸企业用足用好自贸协定优惠政策，提升原产地规则运用能力，经研究，省商务厅定于2026年4月"
         "在济南市举办RCEP原产地规则与自贸协定利用培训班。现将有关事项通知如下：")

    heading("一、培训时间和地点")
    runin("（一）培训时间。", "2026年4月14日至16日，共3天。4月13日14:00—20:00报到。")
    runin("（二）培训地点。", "齐鲁国际会议中心（济南市历城区工业南路57号），报到地点为会议中心一楼大堂。")

    heading("二、参训对象")
    body("1.各市商务局分管负责同志及外贸、自贸区工作科室业务骨干各1名。")
    body("2.中国（山东）自由贸易试验区各片区管委会相关工作人员各2名。")
    body("3.各市推荐的重点外贸企业负责关务、原产地证书申领工作的人员，每家企业1—2名，名额由各市商务局统筹确定。")
    body("全省参训人员共计约180人。")

    heading("三、培训内容")
    body("培训采取专题授课、案例解析与互动答疑相结合的方式，具体安排如下：")

    header = ["日期", "时间", "内容", "授课人"]
    rows = [
        ("4月14日（星期二）", "09:00—09:30", "开班仪式", "省商务厅负责同志"),
        ("4月14日（星期二）", "09:30—12:00", "RCEP协定文本解读与实施进展", "商务部国际贸易经济合作研究院专家"),
        ("4月14日（星期二）", "14:30—17:30", "RCEP原产地规则：区域累积规则与产品特定原产地规则", "海关总署关税征管司专家"),
        ("4月15日（星期三）", "09:00—12:00", "原产地证书与经核准出口商原产地声明实务", "济南海关关税处专家"),
        ("4月15日（星期三）", "14:30—17:30", "自贸协定关税减让表查询与优惠税率比较", "中国国际贸易促进委员会山东省分会专家"),
        ("4月16日（星期四）", "09:00—11:30", "企业利用自贸协定典型案例分享与互动答疑", "重点外贸企业代表"),
        ("4月16日（星期四）", "11:30—12:00", "结业", "省商务厅对外贸易处负责同志"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    for r, row in enumerate(rows, start=1):
        for c in range(1, 4):
            cell_text(t.rows[r].cells[c], row[c], FS, 14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if c == 2 else WD_ALIGN_PARAGRAPH.CENTER)
    # merged date cells
    for a, b in ((1, 3), (4, 5), (6, 7)):
        m = t.cell(a, 0).merge(t.cell(b, 0))
        cell_text(m, rows[a - 1][0], FS, 14)
    set_col_widths(t, [3.0, 3.8, 5.2, 3.6])
    for row in rows:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))

    body("具体课程安排以开班时印发的日程为准。")

    heading("四、有关要求")
    body("（一）请各市商务局高度重视，认真组织本地区相关人员及重点企业参训，于4月3日前将汇总后的参训回执（附件）"
         "报送省商务厅对外贸易处。")
    body("（二）参训人员须严格遵守培训纪律，按时参加各项学习活动，原则上不得请假。培训期间统一安排食宿，"
         "住宿费、交通费回原单位报销。")
    body("（三）本次培训不收取培训费。请参训人员自带笔记本电脑，以便现场进行原产地规则查询和关税减让表比对练习。")
    body("（四）培训结束后，请各市商务局结合本地实际，于5月15日前组织开展面向辖区企业的二次培训，"
         "并将开展情况报送省商务厅。")

    heading("五、报名方式")
    body("参训人员请于4月3日前扫描下方二维码进行线上报名，如实填写姓名、单位、职务、联系方式等信息。"
         "各市商务局同时将加盖公章的参训回执扫描件发送至电子邮箱：sdswt_wmc@163.com。")

    qr = os.path.join(HERE, "_qr625.png")
    make_qr(qr)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = None
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.add_run().add_picture(qr, width=Cm(3.8))
    cap = para(doc, "培训报名二维码", KT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    clauses.append("培训报名二维码")
    para(doc, "")

    body("联系人：省商务厅对外贸易处  李敏  王建华")
    body("电话：0531-89013256  0531-89013257（传真）")
    body("济南海关关税处  赵晓峰  0531-86578821")

    para(doc, "")
    p = para(doc, "附件：参训回执")
    para(doc, "")
    para(doc, "")
    para(doc, FW * 10 + "山东省商务厅", indent=False)
    para(doc, FW * 10 + "2026年3月16日", indent=False)
    para(doc, "（此件公开发布）")

    # 附件
    page_break(doc)
    p = para(doc, "附件", HT, 16, indent=False)
    para(doc, "")
    para(doc, "参训回执", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "")
    h2 = ["序号", "姓名", "性别", "单位及职务", "手机号码", "是否住宿", "备注"]
    t = doc.add_table(rows=6, cols=len(h2))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h2):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    for r in range(1, 6):
        t.rows[r].height = Cm(1.1)
        for c in range(len(h2)):
            cell_text(t.rows[r].cells[c], "")
    set_col_widths(t, [1.3, 2.0, 1.3, 4.4, 2.8, 1.8, 2.0])
    para(doc, "")
    txt = ("填表说明：请各市商务局汇总本地区参训人员信息后统一报送，企业人员请在“单位及职务”栏注明企业全称；"
           "“是否住宿”栏请填写“是”或“否”，需单间住宿的请在备注栏注明；表格不够可自行增加行。")
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(28)
    set_font(p.add_run("填表说明："), HT, 14)
    set_font(p.add_run(txt[len("填表说明："):]), FS, 14)
    clauses.append(txt)

    banji(doc, "济南海关，中国国际贸易促进委员会山东省分会。", "山东省商务厅办公室", "2026年3月16日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    os.remove(qr)
    expected[stem] = [{
        "meta": {
            "title": "山东省商务厅关于举办2026年RCEP原产地规则与自贸协定利用培训班的通知",
            "doc_number": "鲁商字〔2026〕27号",
            "issuer": ["山东省商务厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "山东省",
            "effective": None,
            "expires": None,
            "attachments": ["参训回执"],
            "doc_type": "通知",
            "recipients": ["各市商务局", "中国（山东）自由贸易试验区各片区管委会", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ---------------------------------------------------------------- document 2
def build_qingdao(expected):
    stem = "blind625_qingdao_huiyi"
    doc = new_doc()
    clauses = []
    num_id = ensure_decimal_numbering(doc)

    # 联合版头 as a layout table: organ names left, 文件 right (merged)
    para(doc, "")
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "青岛市商务局", XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "青岛市发展和改革委员会", XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    for c in (t.cell(0, 0), t.cell(1, 0)):
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
        c.paragraphs[0].paragraph_format.line_spacing = Pt(44)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 42)
    m.paragraphs[0].runs[0].font.color.rgb = RED
    set_col_widths(t, [11.6, 4.0])
    para(doc, "")
    p = para(doc, "青商务字〔2026〕31号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p)
    para(doc, "")
    # title with a soft line break
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    r = p.add_run("青岛市商务局 青岛市发展和改革委员会")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("关于召开全市跨境电商综合试验区")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("和中欧班列高质量发展推进会议的通知")
    set_font(r, XBS, 22)
    para(doc, "")
    para(doc, "各区（市）商务主管部门，中国—上海合作组织地方经贸合作示范区管委，青岛前湾综合保税区管委，有关企业：",
         indent=False)

    def body(text):
        para(doc, text)
        clauses.append(text)

    def runin(head, rest, font=HT, bold=False):
        runs(doc, [(head, font, bold), (rest, FS, False)])
        clauses.append(head + rest)

    def heading(text):
        p = para(doc, "")
        set_font(p.add_run(text), HT, 16)

    body("为加快推进中国（青岛）跨境电子商务综合试验区建设，推动中欧班列（齐鲁号）青岛集结中心扩量提质，"
         "经市政府同意，定于近期召开全市跨境电商综合试验区和中欧班列高质量发展推进会议。现将有关事项通知如下：")
    runin("一、会议时间：", "2026年5月20日（星期三）下午14:30，会期半天。参会人员请于14:00前到会签到。")
    runin("二、会议地点：", "青岛市市南区香港中路59号国际贸易中心3楼第一会议室。")
    heading("三、参会人员")
    body("（一）市商务局、市发展改革委分管负责同志及有关处室负责同志；")
    body("（二）各区（市）商务主管部门分管负责同志；")
    body("（三）上合示范区管委、前湾综保区管委分管负责同志；")
    body("（四）青岛海关、中国铁路济南局集团有限公司青岛西站有关负责同志（另行邀请）；")
    body("（五）跨境电商平台企业、中欧班列运营企业及重点外贸企业代表约30人，由各区（市）商务主管部门负责通知。")
    heading("四、会议议程")
    agenda = [
        "通报2025年全市跨境电商综合试验区建设和中欧班列运行情况；",
        "上合示范区管委、青岛前湾综合保税区管委作交流发言；",
        "跨境电商平台企业、中欧班列运营企业代表作交流发言；",
        "解读《青岛市支持跨境电商和中欧班列高质量发展若干政策措施》；",
        "市政府分管负责同志讲话。",
    ]
    for i, a in enumerate(agenda, start=1):
        numbered_para(doc, a, num_id)
        clauses.append(f"{i}.{a}")
    heading("五、有关要求")
    runin("（一）", "请各单位于5月15日下班前将参会回执（附件1）报送市商务局电子商务处，电子邮箱：qdswj_dsc@163.com。",
          font=FS)
    runin("（二）", "请各区（市）商务主管部门、上合示范区管委、前湾综保区管委及发言企业按照交流发言材料报送要求（附件2）"
          "准备书面材料，于5月15日前一并报送。", font=FS)
    runin("（三）", "会场不安排停车位，请参会人员尽量乘坐公共交通工具，提前15分钟入场。", font=FS)
    runin("（四）", "因故不能参会的，须提前向市商务局请假，不得随意委托他人代会。", font=FS)
    body("联系人：市商务局电子商务处 刘洋，电话：0532-85911372；市发展改革委物流处 孙丽，电话：0532-85912063。")

    para(doc, "")
    p = para(doc, "")
    r = p.add_run("附件：1.参会回执")
    set_font(r, FS, 16)
    r.add_break()
    r = p.add_run(FW * 3 + "2.交流发言材料报送要求")
    set_font(r, FS, 16)
    para(doc, "")
    p = para(doc, FW * 2 + "青岛市商务局" + FW * 5 + "青岛市发展和改革委员会", indent=False)
    para(doc, FW * 15 + "2026年5月8日", indent=False)

    # 附件1
    page_break(doc)
    para(doc, "附件1", HT, 16, indent=False)
    para(doc, "")
    para(doc, "参会回执", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "")
    h2 = ["单位名称", "姓名", "职务", "联系电话", "备注"]
    t = doc.add_table(rows=6, cols=len(h2))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(h2):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    for r in range(1, 6):
        t.rows[r].height = Cm(1.2)
        for c in range(len(h2)):
            cell_text(t.rows[r].cells[c], "")
    set_col_widths(t, [4.6, 2.2, 3.0, 3.4, 2.4])
    para(doc, "")
    txt = "注：请于5月15日下班前将回执电子版发送至qdswj_dsc@163.com，盖章扫描件同步报送。"
    p = para(doc, txt, FS, 14, indent=False)
    clauses.append(txt)

    # 附件2
    page_break(doc)
    para(doc, "附件2", HT, 16, indent=False)
    para(doc, "")
    para(doc, "交流发言材料报送要求", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "")
    body("一、交流发言材料由各区（市）商务主管部门、上合示范区管委、前湾综保区管委及发言企业分别准备，"
         "内容应聚焦2025年工作成效、典型经验做法、存在的困难问题及2026年工作打算。")
    body("二、材料篇幅控制在1500字以内，标题使用2号方正小标宋简体，正文使用3号仿宋_GB2312，并附不超过3张工作图片。")
    body("三、材料请于5月15日下班前以Word格式发送至qdswj_dsc@163.com，文件名统一为“单位名称+交流材料”。")

    banji(doc, "市政府办公厅，青岛海关。", "青岛市商务局办公室", "2026年5月8日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "青岛市商务局 青岛市发展和改革委员会关于召开全市跨境电商综合试验区和中欧班列高质量发展推进会议的通知",
            "doc_number": "青商务字〔2026〕31号",
            "issuer": ["青岛市商务局", "青岛市发展和改革委员会"],
            "date": "2026-05-08",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": ["参会回执", "交流发言材料报送要求"],
            "doc_type": "通知",
            "recipients": ["各区（市）商务主管部门", "中国—上海合作组织地方经贸合作示范区管委",
                           "青岛前湾综合保税区管委", "有关企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_625", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    paths = [build_jinan(expected), build_qingdao(expected)]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
