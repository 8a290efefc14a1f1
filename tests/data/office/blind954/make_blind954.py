# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 954: 外办因公出国（境）团组公示 + 出访报告, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def page_number_footer(section, dash="— ", tail=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(tail), SONG, 14)


def setup(doc, footer=True):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if footer:
        page_number_footer(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    """Set tcW on every cell and the tblGrid (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        gi = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(cms[gi:gi + n])
            gi += n
            tw = tcpr.find(qn("w:tcW"))
            if tw is None:
                tw = parse_xml('<w:tcW %s w:w="0" w:type="dxa"/>' % nsdecls("w"))
                tcpr.insert(0, tw)
            tw.set(qn("w:type"), "dxa")
            tw.set(qn("w:w"), str(int(Cm(w).twips)))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_954", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting "一、") ----------------------
def make_numbering(doc, lvl_text, aid=700):
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, lvl_text, HT, HT, HT))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


# =================================================================== DOC A
# 义乌（县级市）外办：单个团组因公出国（境）情况公示，网站版式，无红头无文号
def doc_gongshi():
    stem = "blind954_yiwu_gongshi"
    doc = Document()
    setup(doc, footer=False)  # website notice: no page numbers
    clauses = []
    nid = make_numbering(doc, "%1、")

    # title typed as two separate paragraphs, broken at an odd place
    add_par(doc, [("义乌市赴哈萨克斯坦、乌兹别克斯坦", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    add_par(doc, [("经贸交流团因公出国（境）情况公示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    counter = [0]

    def item(h, t):
        # number comes from Word auto-numbering, not typed
        counter[0] += 1
        clauses.append("%s、%s%s" % (CN[counter[0] - 1], h, t))
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)

    body("根据中央和省委、省政府关于加强因公临时出国（境）管理的有关规定，现将义乌市赴哈萨克斯坦、乌兹别克斯坦经贸交流团有关情况公示如下：")
    item("团组名称：", "义乌市赴哈萨克斯坦、乌兹别克斯坦经贸交流团")
    item("出访国家：", "哈萨克斯坦、乌兹别克斯坦")
    item("出访时间：", "2026年4月12日至4月19日，在外8天（含往返国际旅途时间）。")
    item("出访任务：", "落实共建“一带一路”倡议和中国—中亚峰会成果，对接义新欧中欧班列中亚线路合作，推介义乌小商品市场和中国（浙江）自由贸易试验区金义片区开放平台，洽谈海外仓、商品展示中心等合作项目，拜会当地政府部门和商协会。")
    item("团组人员：", "团组共5人，名单如下：")

    header = ["序号", "姓名", "工作单位及职务", "团内身份"]
    rows = [
        ["1", "王海峰", "义乌市人民政府副市长", "团长"],
        ["2", "陈晓燕", "义乌市商务局局长", "副团长"],
        ["3", "楼建军", "义乌市市场发展服务中心副主任", "团员"],
        ["4", "吴\u3000昊", "中共义乌市委外事工作委员会办公室一级主任科员", "团员（兼翻译）"],
        ["5", "金丽娟", "义乌国际陆港集团有限公司副总经理", "团员"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 14, align=al)
        clauses.append(row_clause(header, row))
    widths(t, [1.6, 2.6, 8.2, 3.2])

    item("经费来源：", "由义乌市商务局部门预算安排，预算总额18.6万元，严格按照因公临时出国经费管理有关标准执行。")
    item("公示期：", "2026年3月17日至3月23日（5个工作日）。")
    # half-width comma typed by mistake
    body("公示期间，任何单位和个人如有异议，可通过电话、信函或电子邮件等方式向中共义乌市委外事工作委员会办公室反映。反映问题应实事求是，并提供真实姓名和联系方式,以便核实。")
    body("联系电话：0579-85520316（工作日8:30-12:00，14:30-17:30）")
    body("联系地址：义乌市稠城街道市府路1号市行政中心3号楼")
    empty(doc, 2)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 18 + "中共义乌市委外事工作委员会办公室", indent=False)
    add_par(doc, " " * 42 + "2026年3月16日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "义乌市赴哈萨克斯坦、乌兹别克斯坦经贸交流团因公出国（境）情况公示",
            "doc_number": None,
            "issuer": ["中共义乌市委外事工作委员会办公室"],
            "date": "2026-03-16",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 连云港市委外办：批量团组信息公示，附件一览表横排（两级表头、重复标题行、手工续表）
def doc_huizong():
    stem = "blind954_lyg_tuanzu_yilan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("连云港市2026年第二批因公出国（境）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=24)
    add_par(doc, [("团组信息公示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)  # indentation typed as full-width spaces

    body("根据因公出国（境）管理信息公开有关规定，经中共连云港市委外事工作委员会办公室审核，现将我市2026年第二批因公出国（境）团组信息予以公示（详见附件）。")
    body("公示时间为2026年4月8日至4月14日。公示期间，如对公示团组的出访必要性、人员组成、在外天数、经费来源等有不同意见，请以书面、电话或来访等形式向市委外办反映。以单位名义反映的须加盖公章，以个人名义反映的须署真实姓名。")
    body("联系电话：0518－85822617\u3000\u3000地址：连云港市海州区朝阳中路1号市行政中心1号楼（邮编：222001）")
    empty(doc, 1)
    add_par(doc, IND + "附件：连云港市2026年第二批因公出国（境）团组信息一览表", indent=False)
    empty(doc, 3)
    p = add_par(doc, "中共连云港市委外事工作委员会办公室", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年4月7日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)

    # ---- landscape section for the attachment
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)

    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("连云港市2026年第二批因公出国（境）团组信息一览表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)

    top = ["序号", "团组名称", "组团单位", "出访国家（地区）", "出访时间", "出访时间",
           "团组人员", "团组人员", "经费来源", "公示期"]
    sub = ["", "", "", "", "起止日期", "在外天数（天）", "人数", "姓名及职务", "", ""]
    header = [h if not s else h + "／" + s for h, s in zip(top, sub)]
    colw = [1.1, 3.6, 2.9, 2.2, 2.6, 1.5, 1.1, 6.2, 2.4, 2.1]
    PUB = "2026年4月8日—4月14日"
    data = [
        ["1", "连云港市赴哈萨克斯坦物流合作交流团", "连云港市商务局", "哈萨克斯坦",
         "2026年5月10日—5月16日", "7", "4",
         "周振宇（市商务局局长）、孙海燕（市商务局对外投资和经济合作处处长）、徐磊（市口岸服务中心副主任）、韩冬（市委外办翻译）",
         "市商务局部门预算", PUB],
        ["2", "连云港市赴阿联酋、沙特阿拉伯招商推介团", "连云港市投资促进中心", "阿联酋、沙特阿拉伯",
         "2026年5月18日—5月24日", "7", "5",
         "刘建明（副市长）、赵宏伟（市投资促进中心主任）、钱静（市发展改革委副主任）、李彬（连云港经济技术开发区管委会副主任）、陈思远（市投资促进中心科员）",
         "市投资促进中心部门预算", PUB],
        ["3", "连云港徐圩新区赴马来西亚、印度尼西亚石化产业合作考察团", "连云港徐圩新区管委会", "马来西亚、印度尼西亚",
         "2026年6月2日—6月8日", "7", "3",
         "王志强（徐圩新区管委会副主任）、朱丽（徐圩新区招商局局长）、何涛（徐圩新区产业发展局科员）",
         "徐圩新区管委会部门预算", PUB],
        ["4", "连云港市赴塞尔维亚、匈牙利友好交流团", "中共连云港市委外事工作委员会办公室", "塞尔维亚、匈牙利",
         "2026年6月9日—6月14日", "6", "4",
         "孙立群（市人大常委会副主任）、马骏（市委外办主任）、周婷（市委外办友城工作处处长）、吕航（市委外办翻译）",
         "市委外办部门预算", PUB],
        ["5", "中国（江苏）自由贸易试验区连云港片区赴乌兹别克斯坦经贸洽谈团",
         "中国（江苏）自由贸易试验区连云港片区管理服务局", "乌兹别克斯坦",
         "2026年6月15日—6月19日", "5", "3",
         "杨晓东（片区管理服务局副局长）、冯雪（片区管理服务局综合协调处副处长）、许诺（片区管理服务局科员）",
         "片区管理服务局部门预算", PUB],
        ["6", "连云港市赴希腊、土耳其港口合作考察团", "连云港市交通运输局", "希腊、土耳其",
         "2026年6月20日—6月25日", "6", "4",
         "蒋伟（市交通运输局局长）、曹磊（市交通运输局港航发展处处长）、邵琳（市口岸服务中心副主任）、韩冬（市委外办翻译）",
         "市交通运输局部门预算", PUB],
    ]

    def make_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=10)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # two-level header with merges
        for ci in range(10):
            if sub[ci] == "":
                c = t.cell(0, ci).merge(t.cell(1, ci))
                set_cell(c, top[ci], HT, 10.5, line=16)
        c = t.cell(0, 4).merge(t.cell(0, 5))
        set_cell(c, "出访时间", HT, 10.5, line=16)
        c = t.cell(0, 6).merge(t.cell(0, 7))
        set_cell(c, "团组人员", HT, 10.5, line=16)
        for ci in (4, 5, 6, 7):
            set_cell(t.cell(1, ci), sub[ci], HT, 10.5, line=16)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci == 7 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=al, line=16)
            clauses.append(row_clause(header, row))
        widths(t, colw)
        return t

    make_table(data[:4])
    # clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    make_table(data[4:])
    t = "注：1.出访时间含往返国际旅途时间。2.团组经费均由组团单位部门预算安排，不存在由企业、下属单位或其他单位承担费用的情况。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=22, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "连云港市2026年第二批因公出国（境）团组信息公示",
            "doc_number": None,
            "issuer": ["中共连云港市委外事工作委员会办公室"],
            "date": "2026-04-07",
            "published": None,
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": ["连云港市2026年第二批因公出国（境）团组信息一览表"],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 义乌市商务局、市委外办联合上行文：出访报告（红头、签发人、份号、附件另页、版记）
def doc_baogao():
    stem = "blind954_yiwu_chufang_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000012", SONG, 16, False)], indent=False, line=22)
    add_par(doc, [("内部", HT, 16, False)], indent=False, line=22)

    # joint red header: organ names stacked (distributed) + 文件 in a borderless layout table
    hd = doc.add_table(rows=2, cols=2)
    hd.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(hd.cell(0, 0), "义乌市商务局", XBS, 21, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    set_cell(hd.cell(1, 0), "中共义乌市委外事工作委员会办公室", XBS, 21, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    c = hd.cell(0, 1).merge(hd.cell(1, 1))
    set_cell(c, "文件", XBS, 40, color=RED, line=50)
    widths(hd, [12.4, 3.2])
    # 文号 left, 签发人 right via right tab stop
    p = add_par(doc, [("义商〔2026〕38号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("陈晓燕\u3000朱卫东", KT, 16, False)],
                indent=False, before=14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)

    # title: one paragraph, manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("关于义乌市赴哈萨克斯坦、"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("乌兹别克斯坦经贸交流团"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("出访情况的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, after=14)
    add_par(doc, "市委、市政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hfont=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("经市委、市政府同意，副市长王海峰率义乌市经贸交流团一行5人，于2026年4月12日至19日访问了哈萨克斯坦、乌兹别克斯坦，拜会政府部门和商协会9家，举办推介会2场，签署合作文件6项。现将有关情况报告如下：")
    head("一、出访基本情况")
    runin("（一）哈萨克斯坦段。", "代表团访问阿拉木图和阿斯塔纳，拜会哈萨克斯坦贸易和一体化部，考察阿拉木图中亚商贸城，推介会现场达成采购意向约420万美元。")
    runin("（二）乌兹别克斯坦段。", "代表团访问塔什干和撒马尔罕，拜会乌兹别克斯坦投资、工业和贸易部和撒马尔罕州政府，塔什干推介会有当地企业150余家参加。")
    head("二、主要成果")
    runin("（一）签署了一批务实合作文件。", "共签署合作文件6项，协议金额合计8650万美元，具体如下：")
    add_par(doc, [("表1\u3000出访期间签署合作文件情况（单位：万美元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)
    header = ["序号", "文件名称", "中方签约单位", "外方签约单位", "金额"]
    rows = [
        ["1", "义新欧班列阿拉木图集散中心共建协议", "义乌国际陆港集团有限公司", "阿拉木图丝路物流有限公司", "2600"],
        ["2", "中哈跨境电商合作备忘录", "义乌市跨境电子商务协会", "哈萨克斯坦电子商务协会", "—"],
        ["3", "阿斯塔纳义乌商品展示中心合作协议", "义乌市商城商贸投资有限公司", "阿斯塔纳国际贸易中心", "1200"],
        ["4", "塔什干海外仓建设运营协议", "浙江义达供应链管理有限公司", "乌兹别克斯坦丝路仓储有限公司", "1850"],
        ["5", "撒马尔罕小商品批发市场投资框架协议", "义乌市商城商贸投资有限公司", "撒马尔罕州投资局", "3000"],
        ["6", "友好交流合作意向书", "义乌市人民政府", "撒马尔罕市政府", "—"],
        ["合计", "6项", "—", "—", "8650"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 3) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=15)
        clauses.append(row_clause(header, row))
    widths(t, [1.2, 5.4, 4.3, 3.5, 1.4])
    t = "注：第2、6项为非金额类合作文件；第5项为框架协议，金额为意向投资额。"
    clauses.append(t)
    add_par(doc, [(t, FS, 10.5, False)], indent=False, line=18, before=2)
    runin("（二）拓展了义新欧班列中亚市场。", "双方商定自2026年7月起每周增开义乌至阿拉木图班列2列，力争全年开行量增长30%以上。")
    runin("（三）建立了地方交往合作机制。", "义乌市与撒马尔罕市签署友好交流合作意向书。")
    head("三、几点体会")
    runin("1．中亚市场需求旺盛。", "2025年义乌对中亚五国进出口额达到312.7亿元，同比增长19.4%，市场空间广阔。", FS, False)
    runin("2．物流通道仍是突出瓶颈。", "义新欧班列中亚线路运输时效不稳定，企业普遍反映“去程满、回程空”。", FS, False)
    # items 3 and 4 typed in one paragraph with Shift+Enter; item 4 has a half-width "4."
    h3, t3 = "3．营商环境改善但风险不容忽视。", "外汇管制、税收政策、清关标准等方面仍存在不确定性。"
    h4, t4 = "4.数字贸易成为新的增长点。", "当地对“产地直供+海外仓”模式需求强烈。"
    p = doc.add_paragraph()
    font(p.add_run(h3 + t3), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + h4 + t4), FS, 16)
    fmt(p)
    clauses.extend([h3 + t3, h4 + t4])
    head("四、下一步工作建议")
    runin("（一）加密拓展义新欧班列中亚线路。", "加快阿拉木图集散中心建设，推动班列运输时效稳定在12天以内。")
    runin("（二）支持企业布局中亚海外仓。", "力争2026年底前在中亚地区建成运营海外仓5个以上。")
    runin("（三）建立项目跟踪推进机制。", "对签署的6项合作文件实行清单化管理，每季度通报一次进展。")
    body("此次出访严格遵守外事纪律和中央八项规定精神，全团实际支出经费16.84万元，未超出批准预算。")
    add_par(doc, "特此报告。")
    add_par(doc, "附件：义乌市赴哈萨克斯坦、乌兹别克斯坦经贸交流团出访日程", first=Pt(32),
            before=14)
    empty(doc, 1)
    # joint 落款 typed with full-width spaces, date in Chinese numerals
    add_par(doc, "义乌市商务局" + "\u3000" * 3 + "中共义乌市委外事工作委员会办公室", indent=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = add_par(doc, "二〇二六年四月二十八日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件依申请公开）")

    # ---- attachment on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    p = add_par(doc, [("义乌市赴哈萨克斯坦、乌兹别克斯坦", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, before=10, after=12)
    p.runs[0].add_break(WD_BREAK.LINE)
    font(p.add_run("经贸交流团出访日程"), XBS, 20)
    header = ["日期", "地点", "主要活动"]
    rows = [
        ["4月12日", "杭州—阿拉木图", "乘机抵达阿拉木图"],
        ["4月13日", "阿拉木图", "拜会阿拉木图市对外经济联络局；考察阿拉木图中亚商贸城"],
        ["4月14日", "阿拉木图", "举办义乌小商品（中亚）推介会；签署合作文件2项"],
        ["4月15日", "阿斯塔纳", "拜会哈萨克斯坦贸易和一体化部；签署合作文件1项"],
        ["4月16日", "阿斯塔纳—塔什干", "走访中国驻乌兹别克斯坦大使馆经济商务处"],
        ["4月17日", "塔什干", "拜会乌兹别克斯坦投资、工业和贸易部；举办推介会；签署合作文件1项"],
        ["4月18日", "撒马尔罕", "拜会撒马尔罕州政府；签署合作文件2项"],
        ["4月19日", "撒马尔罕—塔什干—杭州", "经塔什干乘机返回"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14, line=22)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=al, line=22)
        clauses.append(row_clause(header, row))
    widths(t, [2.4, 4.6, 8.6])

    banji(doc, "抄送：省委外办，金华市委外办。", "义乌市商务局办公室", "2026年4月28日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于义乌市赴哈萨克斯坦、乌兹别克斯坦经贸交流团出访情况的报告",
            "doc_number": "义商〔2026〕38号",
            "issuer": ["义乌市商务局", "中共义乌市委外事工作委员会办公室"],
            "date": "2026-04-28",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": ["义乌市赴哈萨克斯坦、乌兹别克斯坦经贸交流团出访日程"],
            "doc_type": "报告",
            "recipients": ["市委", "市政府"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_gongshi(), doc_huizong(), doc_baogao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
