# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 399: 请示 and 批复 pairs as retyped Word files, plus PDFs and expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=False, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_p(container, text="", name=FS, size=16, align=None, indent=False, bold=False,
          color=None, exact=28, before=0, after=0):
    p = container.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def add_lines(container, lines, name, size, align, color=None, exact=36, bold=False):
    """one paragraph, lines separated by soft line breaks (Shift+Enter)"""
    p = container.add_paragraph()
    fmt(p, align, False, exact)
    for i, line in enumerate(lines):
        r = font(p.add_run(line), name, size, bold, color)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def red_rule(doc):
    p = doc.add_paragraph()
    fmt(p, exact=8)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "E60012")
    bdr.append(b)
    ppr.append(bdr)
    return p


def cell_text(cell, text, name=FS, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False,
              color=None, exact=22):
    p = cell.paragraphs[0]
    fmt(p, align, False, exact)
    font(p.add_run(text), name, size, bold, color)
    return p


def table_borders(table, top=None, bottom=None, inside_h=None, nil_others=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        spec = {"top": top, "bottom": bottom, "insideH": inside_h}.get(edge)
        if spec:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(spec))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def page_footer(doc):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fmt(fp, WD_ALIGN_PARAGRAPH.CENTER, exact=20)
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    for tag, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
    font(fp.add_run(" —"), SONG, 14)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    page_footer(doc)
    return doc


def add_word_numbering(doc, num_id=90):
    """Word automatic numbering 1. 2. 3. (decimal, no tab after the number)."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


# body item kinds:
#  ("h", text)                 heading on its own line (黑体), not a clause
#  ("p", text)                 body paragraph, indented with typed full-width spaces
#  ("pi", text)                body paragraph, indented with paragraph format
#  ("ri", head, rest, font)    run-in heading in bold run + rest
#  ("auto", text)              Word automatic numbering "1." (number not in text)
#  ("table", headers, rows, widths)
#  ("blank",)                  empty paragraph
def write_body(doc, items, num_id=None):
    clauses = []
    auto_n = 0
    for it in items:
        k = it[0]
        if k == "h":
            add_p(doc, FW + FW + it[1], HT, 16)
        elif k == "p":
            add_p(doc, FW + FW + it[1], FS, 16)
            clauses.append(it[1])
        elif k == "pi":
            add_p(doc, it[1], FS, 16, indent=True)
            clauses.append(it[1])
        elif k == "ri":
            head, rest, hf = it[1], it[2], it[3]
            p = add_p(doc, "", indent=True)
            font(p.add_run(head), hf, 16, bold=True)
            font(p.add_run(rest), FS, 16)
            clauses.append(head + rest)
        elif k == "auto":
            auto_n += 1
            p = add_p(doc, it[1], FS, 16)
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num_id
            clauses.append("%d.%s" % (auto_n, it[1]))
        elif k == "table":
            headers, rows, widths = it[1], it[2], it[3]
            t = doc.add_table(rows=1 + len(rows), cols=len(headers))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(headers):
                cell_text(t.rows[0].cells[j], h, HT, 12)
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    al = WD_ALIGN_PARAGRAPH.LEFT if j in it[4] else WD_ALIGN_PARAGRAPH.CENTER
                    cell_text(t.rows[i + 1].cells[j], v, FS, 12, al)
                clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
            set_widths(t, widths)
        elif k == "blank":
            add_p(doc, "")
    return clauses


def attachments_block(doc, atts):
    """附件：1．xxx / soft line break / typed spaces 2．xxx"""
    p = add_p(doc, "", indent=False)
    font(p.add_run(FW + FW + "附件：1．" + atts[0]), FS, 16)
    for i, a in enumerate(atts[1:], start=2):
        r = p.runs[-1]
        r.add_break(WD_BREAK.LINE)
        font(p.add_run(FW * 5 + "%d．%s" % (i, a)), FS, 16)


def banji(doc, chaosong, printer, print_date, blank_before=3):
    for _ in range(blank_before):
        add_p(doc, "")
    rows = (1 if chaosong else 0) + 1
    t = doc.add_table(rows=rows, cols=1)
    table_borders(t, top=12, bottom=12, inside_h=6 if chaosong else None)
    set_widths(t, [156])
    r = 0
    if chaosong:
        p = t.rows[0].cells[0].paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, exact=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.first_line_indent = Pt(-0)
        font(p.add_run("抄送：" + chaosong), FS, 14)
        r = 1
    p = t.rows[r].cells[0].paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, exact=24)
    font(p.add_run(FW + printer + FW * 6 + print_date + "印发"), FS, 14)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths_mm):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w * 56.7)))
            tcW.set(qn("w:type"), "dxa")


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_399", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ doc 1
def doc_qingdao_qingshi():
    doc = new_doc()
    add_p(doc, "", exact=20)
    add_p(doc, "青岛市人民政府文件", XBS, 40, WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=60)
    add_p(doc, "")
    # 文号 left, 签发人 right, aligned with typed full-width spaces
    p = add_p(doc, "", exact=28)
    font(p.add_run(FW + "青政字〔2025〕37号" + FW * 9), FS, 16)
    font(p.add_run("签发人："), FS, 16)
    font(p.add_run("王" + FW + "明"), KT, 16)
    red_rule(doc)
    add_p(doc, "")
    add_lines(doc, ["青岛市人民政府", "关于支持青岛中欧班列集结中心建设", "有关事项的请示"],
              XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
    add_p(doc, "")
    add_p(doc, "山东省人民政府：", FS, 16)
    body = [
        ("p", "近年来，我市深入贯彻党中央、国务院关于高质量共建“一带一路”的决策部署，认真落实省委、省政府关于打造对外开放新高地的工作要求，依托胶州湾国际物流枢纽和上合示范区多式联运中心，推动中欧班列（齐鲁号）青岛方向开行规模持续扩大。2024年，青岛方向共开行中欧班列、中亚班列和上合快线812列，同比增长18.7%，货值128.6亿元，线路覆盖23个国家54个城市。为进一步提升班列集结能力和辐射带动作用，加快建设青岛中欧班列集结中心，现将有关事项请示如下："),
        ("h", "一、建设基础"),
        ("ri", "（一）枢纽设施较为完善。", "胶州多式联运海关监管中心、上合示范区铁路集装箱中心站已建成投用，中心站年作业能力达到100万标准箱，具备海铁联运、公铁联运和“一单制”全程运输服务能力。", KT),
        ("ri", "（二）线路网络持续拓展。", "已开通至莫斯科、明斯克、杜伊斯堡、阿拉木图、塔什干、比什凯克等方向的常态化线路，开行“中欧班列+跨境电商”“中欧班列+冷链”等特色班列，回程班列占比提高到31.2%。", KT),
        ("ri", "（三）通关便利化水平不断提升。", "青岛海关在胶州多式联运海关监管中心推行“铁路快通”“两段准入”等监管模式，班列货物通关时间压缩至平均6小时以内。", KT),
        ("h", "二、请示事项"),
        ("pi", "（一）恳请省政府支持将青岛中欧班列集结中心纳入全省中欧班列高质量发展规划，在班列线路布局、货源组织、运力保障等方面给予统筹支持。"),
        ("pi", "（二）恳请省政府协调中国铁路济南局集团有限公司，在胶州至霍尔果斯、二连浩特、满洲里等口岸方向增加班列运行线，每周稳定开行不少于12列。"),
        ("pi", "（三）恳请省政府在省级中欧班列发展专项资金中对集结中心建设项目给予支持，重点用于以下方面："),
        ("p", "1.集结中心场站扩能改造、海关监管作业场所和查验设施建设；"),
        ("p", "2.中欧班列数字化服务平台建设及与国际贸易“单一窗口”的数据对接；"),
        ("p", "3.开行“中欧班列+跨境电商”专列的运营补助。"),
        ("pi", "（四）恳请省政府支持集结中心建设项目列入2025年省重点建设项目名单，在用地指标、能耗指标等方面予以倾斜。"),
        ("h", "三、主要建设项目"),
        ("p", "集结中心拟实施主要建设项目4个，总投资约26.8亿元，具体如下："),
        ("table", ["序号", "项目名称", "建设内容", "总投资（亿元）", "建设期限"], [
            ["1", "上合示范区铁路集装箱中心站扩能工程", "新建装卸线4条、集装箱堆场12万平方米", "11.5", "2025—2026年"],
            ["2", "胶州多式联运海关监管中心二期", "新建查验场地、监管仓库及配套设施", "6.2", "2025—2026年"],
            ["3", "中欧班列冷链物流基地", "建设冷库容量5万吨，配套冷链查验设施", "7.4", "2025—2027年"],
            ["4", "中欧班列数字化服务平台", "建设订舱、物流跟踪、通关、结算一体化平台", "1.7", "2025年"],
        ], [12, 46, 52, 22, 24], {1, 2}),
        ("h", "四、我市工作安排"),
        ("p", "我市已成立由市政府主要负责同志任组长的中欧班列集结中心建设工作专班，统筹推进规划编制、项目建设、资金保障和运营组织等工作。市财政每年安排不少于1.5亿元资金，专项用于班列运营补助和集结中心配套设施建设。我市将严格按照省有关要求，规范使用各类资金，确保集结中心于2027年底前全面建成投用。"),
        ("p", "妥否，请批示。"),
        ("blank",),
    ]
    clauses = write_body(doc, body)
    atts = ["青岛中欧班列集结中心建设实施方案", "青岛中欧班列集结中心建设项目清单"]
    attachments_block(doc, atts)
    add_p(doc, "")
    add_p(doc, "")
    add_p(doc, "青岛市人民政府" + FW * 4, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "2025年3月18日" + FW * 4, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "")
    add_p(doc, FW + FW + "（联系人：李" + FW + "娜，联系电话：0532-85912345）", FS, 16)
    banji(doc, None, "青岛市人民政府办公厅", "2025年3月18日", blank_before=4)
    name = "blind399_qingdao_qingshi"
    meta = {
        "title": "青岛市人民政府关于支持青岛中欧班列集结中心建设有关事项的请示",
        "doc_number": "青政字〔2025〕37号",
        "issuer": ["青岛市人民政府"],
        "date": "2025-03-18",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": atts,
        "doc_type": "请示",
        "recipients": ["山东省人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return name, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 2
def doc_shandong_pifu():
    doc = new_doc()
    add_p(doc, "", exact=20)
    add_p(doc, "山东省人民政府", XBS, 42, WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=60)
    add_p(doc, "")
    add_p(doc, "鲁政字〔2025〕86号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    add_p(doc, "")
    add_lines(doc, ["山东省人民政府", "关于支持青岛中欧班列集结中心建设", "有关事项的批复"],
              XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
    add_p(doc, "")
    add_p(doc, "青岛市人民政府：", FS, 16)
    num_id = add_word_numbering(doc)
    body = [
        ("pi", "你市《关于支持青岛中欧班列集结中心建设有关事项的请示》（青政字〔2025〕37号）收悉。经研究，现批复如下："),
        ("pi", "一、原则同意将青岛中欧班列集结中心纳入全省中欧班列高质量发展规划统筹推进。青岛市要按照“全省一盘棋”要求，与济南、临沂、日照等地中欧班列平台加强协作，避免无序竞争，共同做大做强中欧班列（齐鲁号）品牌。"),
        ("pi", "二、关于增加班列运行线问题，由省交通运输厅会同省发展改革委、省商务厅与中国铁路济南局集团有限公司协商，根据货源组织和线路运能情况统筹安排。"),
        ("pi", "三、同意在省级中欧班列发展专项资金中对集结中心建设项目给予适当支持，具体支持方式和额度由省财政厅会同省商务厅按规定程序研究确定。专项资金重点支持以下事项："),
        ("auto", "集结中心场站扩能改造和海关监管作业场所建设；"),
        ("auto", "中欧班列数字化服务平台建设；"),
        ("auto", "回程班列和“中欧班列+跨境电商”等特色班列组织。"),
        ("pi", "四、符合条件的集结中心建设项目，可按程序申报2025年省重点建设项目。所需用地指标由青岛市统筹解决，确有不足的，由省自然资源厅按规定予以支持。"),
        ("pi", "五、青岛市要切实履行主体责任，健全工作机制，细化建设方案，明确时间表和路线图，严格规范资金使用管理，防范债务风险，确保集结中心建设顺利推进。省有关部门要按照职责分工，加强指导服务，协调解决建设中遇到的困难和问题。重大事项及时报告省政府。"),
        ("pi", "此复。"),
        ("blank",),
        ("blank",),
    ]
    clauses = write_body(doc, body, num_id)
    # 落款 in a borderless layout table (right column)
    t = doc.add_table(rows=2, cols=2)
    cell_text(t.rows[0].cells[1], "山东省人民政府", FS, 16, exact=28)
    cell_text(t.rows[1].cells[1], "2025年4月22日", FS, 16, exact=28)
    set_widths(t, [86, 70])
    add_p(doc, FW + FW + "（此件公开发布）", FS, 16)
    banji(doc, "省发展改革委，省财政厅，省自然资源厅，省交通运输厅，省商务厅，青岛海关，济南海关，中国铁路济南局集团有限公司。",
          "山东省人民政府办公厅", "2025年4月23日", blank_before=6)
    name = "blind399_shandong_pifu"
    meta = {
        "title": "山东省人民政府关于支持青岛中欧班列集结中心建设有关事项的批复",
        "doc_number": "鲁政字〔2025〕86号",
        "issuer": ["山东省人民政府"],
        "date": "2025-04-22",
        "published": None,
        "level": "provincial",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["青岛市人民政府"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return name, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 3
QZ_TITLE = "关于认定中国（广西）自由贸易试验区钦州港片区跨境电子商务产业园为自治区级跨境电子商务产业园的请示"
QZ_ZONE = "中国（广西）自由贸易试验区钦州港片区管理委员会"


def doc_qinzhou_qingshi():
    doc = new_doc()
    add_p(doc, "", exact=16)
    # joint 版头: two organ names left, merged 文件 cell right
    t = doc.add_table(rows=2, cols=2)
    cell_text(t.rows[0].cells[0], QZ_ZONE, XBS, 13, WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, exact=30)
    cell_text(t.rows[1].cells[0], "钦州市商务局", XBS, 13, WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, exact=30)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 28, WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=40)
    tcPr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcPr.append(va)
    set_widths(t, [128, 28])
    add_p(doc, "")
    # 文号 / 签发人 layout table
    t2 = doc.add_table(rows=1, cols=2)
    cell_text(t2.rows[0].cells[0], "钦港管呈〔2025〕9号", FS, 16, WD_ALIGN_PARAGRAPH.LEFT, exact=28)
    c = t2.rows[0].cells[1]
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, exact=28)
    font(p.add_run("签发人："), FS, 16)
    r = font(p.add_run("陈" + FW + "刚"), KT, 16)
    r.add_break(WD_BREAK.LINE)
    font(p.add_run(FW * 4 + "刘晓燕"), KT, 16)
    set_widths(t2, [96, 60])
    red_rule(doc)
    add_p(doc, "")
    add_lines(doc, ["关于认定中国（广西）自由贸易试验区",
                    "钦州港片区跨境电子商务产业园为",
                    "自治区级跨境电子商务产业园的请示"], XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
    add_p(doc, "")
    add_p(doc, "广西壮族自治区商务厅：", FS, 16)
    body = [
        ("p", "为贯彻落实《广西壮族自治区跨境电子商务产业园认定管理办法》，加快推进中国（钦州）跨境电子商务综合试验区建设，推动跨境电商与西部陆海新通道、《区域全面经济伙伴关系协定》（RCEP）实施深度融合，钦州港片区管委会、钦州市商务局对钦州港片区跨境电子商务产业园（以下简称产业园）建设运营情况进行了全面梳理，认为产业园已具备自治区级跨境电子商务产业园认定条件。现将有关情况请示如下："),
        ("h", "一、产业园基本情况"),
        ("p", "产业园位于钦州保税港区，规划面积1.2平方公里，已建成跨境电商监管中心、公共海外仓服务中心、跨境电商直播基地和智能仓储分拨中心，形成“监管中心+海外仓+产业孵化”一体化运营体系。产业园运营主体为广西钦州港跨境电商产业发展有限公司。"),
        ("p", "产业园主要发展指标如下："),
        ("table", ["指标", "2024年", "2025年1—8月"], [
            ["入驻跨境电商企业（家）", "126", "158"],
            ["跨境电商进出口额（亿元）", "38.6", "31.2"],
            ["其中：出口额（亿元）", "27.9", "23.5"],
            ["公共海外仓数量（个）", "9", "12"],
            ["带动就业人数（人）", "3200", "4100"],
        ], [70, 40, 46], {0}),
        ("blank",),
        ("h", "二、认定条件对照情况"),
        ("ri", "（一）园区规划和基础设施。", "产业园规划布局合理，功能分区明确，已建成标准化厂房和仓储设施18万平方米，通关、物流、金融、人才培训等公共服务设施配套完善，符合认定管理办法第六条第（一）项规定。", KT),
        ("ri", "（二）企业集聚情况。", "截至2025年8月底，产业园入驻跨境电商企业158家，其中年进出口额超过1亿元的企业11家，超过认定管理办法规定的入驻企业不少于100家的标准。", KT),
        ("ri", "（三）公共服务能力。", "产业园设立跨境电商公共服务平台，与国际贸易“单一窗口”和跨境电商线上综合服务平台实现数据互联，为企业提供备案、申报、退税、结汇等“一站式”服务。", KT),
        ("ri", "（四）运营管理机制。", "产业园运营主体建立了企业入驻评审、统计监测、安全生产和风险防控等管理制度，近三年未发生重大安全生产事故和严重违法违规行为。", KT),
        ("h", "三、下一步工作打算"),
        ("p", "产业园获得认定后，我们将重点做好以下工作："),
        ("p", "1.加快建设面向东盟的跨境电商物流通道，推动“跨境电商+海铁联运”常态化运营；"),
        ("p", "2.力争到2026年底入驻企业超过250家，跨境电商进出口额突破80亿元；"),
        ("p", "3.完善统计监测制度，按季度向自治区商务厅报送产业园运营数据。"),
        ("p", "妥否，请批示。"),
        ("blank",),
    ]
    clauses = write_body(doc, body)
    atts = ["钦州港片区跨境电子商务产业园认定申报表", "钦州港片区跨境电子商务产业园建设运营方案"]
    attachments_block(doc, atts)
    add_p(doc, "")
    add_p(doc, "")
    # joint 落款 in a layout table
    t3 = doc.add_table(rows=2, cols=2)
    set_widths(t3, [86, 70])
    c0 = t3.rows[0].cells[0]
    p = c0.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=28)
    r = font(p.add_run("中国（广西）自由贸易试验区"), FS, 16)
    r.add_break(WD_BREAK.LINE)
    font(p.add_run("钦州港片区管理委员会"), FS, 16)
    cell_text(t3.rows[0].cells[1], "钦州市商务局", FS, 16, exact=28)
    m2 = t3.cell(1, 0).merge(t3.cell(1, 1))
    cell_text(m2, "2025年9月5日" + FW * 3, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, exact=28)
    add_p(doc, "")
    add_p(doc, FW + FW + "（联系人：黄海波，联系电话：0777-5589621）", FS, 16)
    banji(doc, None, "钦州港片区管委会综合办公室", "2025年9月5日", blank_before=3)
    name = "blind399_qinzhou_qingshi"
    meta = {
        "title": QZ_TITLE,
        "doc_number": "钦港管呈〔2025〕9号",
        "issuer": [QZ_ZONE, "钦州市商务局"],
        "date": "2025-09-05",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None,
        "expires": None,
        "attachments": atts,
        "doc_type": "请示",
        "recipients": ["广西壮族自治区商务厅"],
        "publicity": None,
        "repeals": None,
    }
    return name, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 4
def doc_guangxi_pifu():
    doc = new_doc()
    add_p(doc, "", exact=20)
    add_p(doc, "广西壮族自治区商务厅", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=56)
    add_p(doc, "")
    add_p(doc, "桂商电字〔2025〕47号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    add_p(doc, "")
    add_lines(doc, ["广西壮族自治区商务厅关于同意认定",
                    "中国（广西）自由贸易试验区钦州港片区",
                    "跨境电子商务产业园为自治区级",
                    "跨境电子商务产业园的批复"], XBS, 22, WD_ALIGN_PARAGRAPH.CENTER)
    add_p(doc, "")
    add_p(doc, QZ_ZONE + "，钦州市商务局：", FS, 16)
    body = [
        ("p", "你们《" + QZ_TITLE + "》（钦港管呈〔2025〕9号）收悉。根据《广西壮族自治区跨境电子商务产业园认定管理办法》有关规定，经组织专家评审和实地核查，并经厅党组会议研究，现批复如下："),
        ("p", "一、同意认定中国（广西）自由贸易试验区钦州港片区跨境电子商务产业园为自治区级跨境电子商务产业园。认定有效期为3年，期满后按规定申请复核。"),
        ("p", "二、你们要按照自治区级跨境电子商务产业园建设要求，重点做好以下工作："),
        ("p", "（一）进一步完善产业园公共服务功能，提升通关、物流、金融、海外仓等配套服务水平，加快培育跨境电商龙头企业和自主品牌。"),
        ("p", "（二）用好西部陆海新通道和《区域全面经济伙伴关系协定》（RCEP）政策红利，拓展面向东盟的跨境电商业务，推动跨境电商与产业带融合发展。"),
        ("p", "（三）健全产业园统计监测制度，于每季度结束后15日内通过全区跨境电商统计监测系统报送产业园运营数据，每年1月底前报送上一年度工作总结。"),
        ("p", "三、自治区商务厅将对产业园实行动态管理，每年开展运营情况评估。对评估不合格的，责令限期整改；整改后仍不合格或者存在弄虚作假、发生重大安全生产事故等情形的，撤销自治区级跨境电子商务产业园认定。"),
        ("p", "四、钦州市商务局要加强对产业园建设的指导和监督，协调解决产业园发展中的重大问题，并在政策、资金、人才等方面给予支持。"),
        ("p", "此复。"),
        ("blank",),
        ("blank",),
        ("blank",),
    ]
    clauses = write_body(doc, body)
    add_p(doc, "广西壮族自治区商务厅" + FW * 3, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "二〇二五年十月十四日" + FW * 3, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(doc, "")
    add_p(doc, FW + FW + "（此件公开发布）", FS, 16)
    banji(doc, "自治区发展改革委，自治区财政厅，南宁海关，钦州市人民政府。",
          "广西壮族自治区商务厅办公室", "2025年10月15日", blank_before=5)
    name = "blind399_guangxi_pifu"
    meta = {
        "title": "广西壮族自治区商务厅关于同意认定中国（广西）自由贸易试验区钦州港片区跨境电子商务产业园为自治区级跨境电子商务产业园的批复",
        "doc_number": "桂商电字〔2025〕47号",
        "issuer": ["广西壮族自治区商务厅"],
        "date": "2025-10-14",
        "published": None,
        "level": "provincial",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": [QZ_ZONE, "钦州市商务局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return name, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_qingdao_qingshi, doc_shandong_pifu, doc_qinzhou_qingshi, doc_guangxi_pifu):
        name, doc, entries = fn()
        path = os.path.join(HERE, name + ".docx")
        doc.save(path)
        convert(path)
        expected[name] = entries
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
