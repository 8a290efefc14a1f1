# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 983: 自贸试验区协同创新区建设方案 + 城市申报书 + 申报请示 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, underline=False, scale=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if underline:
        run.font.underline = True
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:  # character scaling, as clerks do for long organ names
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    p.alignment = align if align is not None else J
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def par(doc, runs, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color[, underline[, scale]]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ul = r[5] if len(r) > 5 else False
        sc = r[6] if len(r) > 6 else None
        font(p.add_run(text), name, size, bold, color, ul, sc)
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


def page_field(paragraph, size=14, left="— ", right=" —"):
    font(paragraph.add_run(left), SONG, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = paragraph.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(paragraph.add_run(right), SONG, size)


def setup(doc, left="— ", right=" —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.4)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, 14, left, right)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    """text may contain '\n' -> manual line break inside the cell paragraph."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt, pad=10, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, 14, False), ("\u3000" * pad, FS, 14, False),
                   (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 12, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_983", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# ============================================================ DOC A  方案 (省自贸办)
ZONES = [
    # 名称, 所在市（州）, 规划面积, 起步区, 主导产业, 联动片区
    ("黄石协同创新区", "黄石市", "18.62", "6.15", "高端装备制造、新材料、电子信息", "武汉片区"),
    ("十堰协同创新区", "十堰市", "15.30", "5.02", "汽车及零部件、新能源汽车", "襄阳片区"),
    ("荆州协同创新区", "荆州市", "20.47", "7.36", "生物医药、农产品精深加工、现代物流", "宜昌片区"),
    ("荆门协同创新区", "荆门市", "12.80", "4.10", "通用航空、新能源、化工新材料", "襄阳片区"),
    ("孝感协同创新区", "孝感市", "10.56", "3.80", "光电子信息、临空经济", "武汉片区"),
    ("鄂州协同创新区", "鄂州市", "16.00", "5.50", "航空物流、跨境电商", "武汉片区"),
    ("黄冈协同创新区", "黄冈市", "11.24", "3.65", "医药化工、纺织服装", "武汉片区"),
    ("咸宁协同创新区", "咸宁市", "9.87", "3.20", "电子信息、大健康", "武汉片区"),
    ("随州协同创新区", "随州市", "8.65", "2.90", "专用汽车、特色农产品出口加工", "襄阳片区"),
    ("恩施协同创新区", "恩施土家族苗族自治州", "7.32", "2.48", "富硒食品、文化旅游", "宜昌片区"),
    ("仙桃协同创新区", "仙桃市", "6.90", "2.15", "非织造布、医用防护用品", "武汉片区"),
]
TOTAL_AREA = "%.2f" % sum(float(z[2]) for z in ZONES)
TOTAL_START = "%.2f" % sum(float(z[3]) for z in ZONES)


def doc_fangan():
    stem = "blind983_fangan"
    doc = Document()
    sec = setup(doc)
    clauses = []

    # 版头: long organ name squeezed with character scaling, "文件" beside it
    par(doc, [("湖北省自由贸易试验区工作办公室文件", XBS, 36, False, RED, False, 72)],
        align=C, indent=False, line=50, before=0)
    empty(doc, 1)
    p = par(doc, "鄂自贸办发〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for t in ("湖北省自由贸易试验区工作办公室关于印发",
              "《中国（湖北）自由贸易试验区协同创新区",
              "建设方案》的通知"):
        par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    par(doc, "各市、州、直管市、神农架林区人民政府，省自贸试验区工作领导小组各成员单位，自贸试验区各片区管委会：",
        indent=False)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def head1(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入实施自由贸易试验区提升战略，推动自贸试验区改革创新成果在更大范围复制推广，经省人民政府同意，现将《中国（湖北）自由贸易试验区协同创新区建设方案》印发给你们，请认真贯彻落实。")
    body("各地各部门在贯彻落实过程中遇到的重大问题，请及时报告省自贸办。")
    empty(doc, 1)
    p = par(doc, "湖北省自由贸易试验区工作办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = par(doc, "2026年6月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    par(doc, "（此件主动公开）")

    # ---- 方案 on its own page
    page_break(doc)
    p = par(doc, [("中国（湖北）自由贸易试验区协同创新区", XBS, 22, False)], align=C, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("建设方案"), XBS, 22)
    empty(doc, 1)
    body("为发挥中国（湖北）自由贸易试验区（以下简称自贸试验区）改革开放试验田作用，推动自贸试验区与省内其他区域协同联动、错位发展，结合我省实际，制定本方案。")
    head1("一、总体要求")
    runin("（一）工作思路。", "以制度创新为核心，以可复制可推广为基本要求，在自贸试验区武汉、襄阳、宜昌片区以外布局建设协同创新区，推动改革试点经验“应复尽复”，打造全省高水平对外开放的新增长极。")
    runin("（二）发展目标。", "到2027年，自贸试验区改革试点经验在协同创新区复制推广率达到95%以上，协同创新区形成省级以上制度创新成果30项以上；到2030年，协同创新区进出口总额占全省比重提高到15%以上。")
    head1("二、建设布局")
    body("依托基础条件较好的国家级和省级开发区，分批布局建设协同创新区。第一批确定黄石等%d个协同创新区（名单见附件），规划总面积%s平方公里，其中起步区面积%s平方公里。每个协同创新区原则上对接1个自贸试验区片区，建立“片区+协同创新区”结对联动机制。"
         % (len(ZONES), TOTAL_AREA, TOTAL_START))
    head1("三、主要任务")
    runin("（一）复制推广制度创新成果。", "各协同创新区要对照自贸试验区改革试点经验清单，逐项明确复制推广的责任单位和完成时限。")
    body("1.投资领域。全面实施外商投资准入前国民待遇加负面清单管理制度，推行企业开办“一网通办”、工程建设项目“拿地即开工”。")
    body("2．贸易领域。推广国际贸易“单一窗口”标准版全覆盖，复制“两步申报”“提前申报”等海关监管创新举措。")
    runin("（二）深化“一带一路”经贸合作。", "支持协同创新区企业依托中欧班列（武汉）、中老铁路和花湖国际机场拓展共建“一带一路”国家市场，鼓励有条件的协同创新区申建保税物流中心（B型）。")
    head1("四、保障措施")
    runin("（一）加强组织领导。", "省自贸办负责统筹协调协同创新区建设，各市（州）人民政府要制定具体实施方案，于2026年8月31日前报省自贸办备案。")
    runin("（二）强化政策支持。", "支持协同创新区参照享受自贸试验区已下放的省级管理权限。省自贸办每年组织开展建设评估，评估结果较差且整改不力的，取消协同创新区资格。")
    body("本方案自印发之日起施行，有效期至2030年12月31日。")
    par(doc, IND + "附件：湖北省自由贸易试验区协同创新区名单（第一批）", indent=False)

    # ---- 附件 in a landscape section
    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.top_margin, ns.bottom_margin = Cm(2.2), Cm(2.2)
    ns.footer_distance = Cm(1.2)
    ns.left_margin, ns.right_margin = Cm(2.5), Cm(2.5)
    par(doc, [("附件", HT, 16, False)], indent=False)
    par(doc, [("湖北省自由贸易试验区协同创新区名单（第一批）", XBS, 22, False)],
        align=C, indent=False, line=32, before=0, after=4)
    par(doc, [("面积单位：平方公里", KT, 12, False)], align=R, indent=False, line=20)

    H0 = ["序号", "协同创新区名称", "所在市（州）", "面积", None, "主导产业", "联动片区"]
    HEAD = ["序号", "协同创新区名称", "所在市（州）", "面积／规划面积", "面积／起步区",
            "主导产业", "联动片区"]
    rows = [[str(i)] + list(z) for i, z in enumerate(ZONES, 1)]
    rows.append(["合计", "%d个" % len(ZONES), "—", TOTAL_AREA, TOTAL_START, "—", "—"])
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header with merges
    for ci in (0, 1, 2, 5, 6):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(a, H0[ci], HT, 12)
    a = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(a, "面积", HT, 12)
    set_cell(t.cell(1, 3), "规划面积", HT, 12)
    set_cell(t.cell(1, 4), "起步区", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 5 else C)
        clauses.append(row_clause(HEAD, row))
    col_widths(t, [1.3, 3.8, 5.0, 2.4, 2.2, 7.9, 2.1])
    par(doc, [("注：起步区面积包含在规划面积内；各协同创新区四至范围以省自贸办备案的规划图为准。", KT, 12, False)],
        indent=False, line=20, before=4)
    clauses.append("注：起步区面积包含在规划面积内；各协同创新区四至范围以省自贸办备案的规划图为准。")

    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅，武汉海关，国家外汇管理局湖北省分局。",
          "湖北省自由贸易试验区工作办公室", "2026年6月12日印发", pad=18, gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖北省自由贸易试验区工作办公室关于印发《中国（湖北）自由贸易试验区协同创新区建设方案》的通知",
            "doc_number": "鄂自贸办发〔2026〕7号",
            "issuer": ["湖北省自由贸易试验区工作办公室"],
            "date": "2026-06-12",
            "published": None,
            "level": "provincial",
            "region": "湖北省",
            "effective": "2026-06-12",
            "expires": "2030-12-31",
            "attachments": ["湖北省自由贸易试验区协同创新区名单（第一批）"],
            "doc_type": "通知",
            "recipients": ["各市、州、直管市、神农架林区人民政府",
                           "省自贸试验区工作领导小组各成员单位",
                           "自贸试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC B  荆州申报书
def doc_shenbaoshu():
    stem = "blind983_shenbaoshu"
    doc = Document()
    sec = setup(doc, left="- ", right=" -")
    # cover page without page number; numbering restarts so that page 2 shows "- 1 -"
    sec.different_first_page_header_footer = True
    sectpr = sec._sectPr
    sectpr.append(parse_xml('<w:pgNumType %s w:start="0"/>' % nsdecls("w")))
    clauses = []

    par(doc, [("编号：", HT, 14, False), ("\u3000" * 6, HT, 14, False, None, True)],
        indent=False, line=24)
    empty(doc, 2)
    par(doc, [("中国（湖北）自由贸易试验区", XBS, 26, False)], align=C, indent=False, line=44)
    par(doc, [("协同创新区申报书", XBS, 26, False)], align=C, indent=False, line=44)
    empty(doc, 2)
    fields = [
        ("申报名称：", "荆州协同创新区"),
        ("申报单位（盖章）：", "荆州市人民政府"),
        ("依托园区：", "荆州经济技术开发区"),
        ("联 系 人：", "周晓东"),
        ("联系电话：", "0716-8468215　13872356018"),
        ("申报日期：", " 2026 年 3 月 18 日"),
    ]
    for lab, val in fields:
        pad = 24 - len(val)
        p = par(doc, [(lab, HT, 16, False),
                      ("  " + val + " " * max(pad, 4), FS, 16, False, None, True)],
                indent=False, line=40)
        p.paragraph_format.left_indent = Cm(2.2)
    empty(doc, 2)
    par(doc, [("湖北省自由贸易试验区工作办公室制", KT, 16, False)], align=C, indent=False)
    par(doc, [("二〇二六年二月", KT, 16, False)], align=C, indent=False)
    page_break(doc)

    def body(t):
        clauses.append(t)
        par(doc, t)

    def head1(t):
        par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    head1("一、基本情况")
    # key-value form table
    form = [
        ("协同创新区名称", "荆州协同创新区", "所在市", "荆州市"),
        ("依托园区", "荆州经济技术开发区", "园区级别", "国家级"),
        ("规划面积", "20.47平方公里", "起步区面积", "7.36平方公里"),
        ("四至范围", "东至江津东路，南至长江干堤，\n西至荆州大道，北至318国道。"),
        ("主导产业", "生物医药、农产品精深加工、现代物流"),
        ("拟联动片区", "中国（湖北）自由贸易试验区宜昌片区"),
    ]
    t = doc.add_table(rows=len(form), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, r in enumerate(form):
        if len(r) == 4:
            set_cell(t.cell(ri, 0), r[0], HT, 12)
            set_cell(t.cell(ri, 1), r[1], FS, 12)
            set_cell(t.cell(ri, 2), r[2], HT, 12)
            set_cell(t.cell(ri, 3), r[3], FS, 12)
            clauses.append("%s：%s；%s：%s" % r)
        else:
            set_cell(t.cell(ri, 0), r[0], HT, 12)
            m = t.cell(ri, 1).merge(t.cell(ri, 3))
            set_cell(m, r[1], FS, 12, align=L)
            clauses.append("%s：%s" % (r[0], r[1].replace("\n", "")))
    col_widths(t, [3.6, 4.4, 3.0, 4.4])
    body("荆州经济技术开发区2011年经国务院批准升级为国家级经济技术开发区，2025年实现规模以上工业总产值486.3亿元，拥有荆州综合保税区、荆州盐卡港等开放平台，具备承接自贸试验区改革试点经验复制推广的良好基础。")

    head1("二、发展基础")
    runin("（一）产业基础。", "区内集聚生物医药企业58家、农产品精深加工企业112家，2025年两大产业实现产值231.4亿元，占全区规上工业总产值的47.6%。")
    runin("（二）开放平台。", "荆州综合保税区2025年进出口额38.6亿元，同比增长21.4%；盐卡港开通至上海洋山港、武汉阳逻港的集装箱航线，2025年完成集装箱吞吐量31.2万标箱。")
    par(doc, [("表1　荆州经济技术开发区主要经济指标（2023—2025年）", HT, 14, False)],
        align=C, indent=False, line=26, before=6)
    HEAD = ["指标", "2023年", "2024年", "2025年", "年均增长（%）"]
    data = [
        ("规模以上工业总产值（亿元）", 402.6, 441.8, 486.3, "%.1f"),
        ("进出口总额（亿元）", 68.4, 79.1, 93.7, "%.1f"),
        ("实际使用外资（万美元）", 5820, 6930, 8150, "%d"),
        ("高新技术企业（家）", 186, 214, 251, "%d"),
    ]
    t = doc.add_table(rows=1 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(HEAD):
        set_cell(t.cell(0, ci), h, HT, 12)
    for ri, (name, a, b, c, f) in enumerate(data, 1):
        g = "%.1f" % (((c / a) ** 0.5 - 1) * 100)
        vals = [name, f % a, f % b, f % c, g]
        for ci, v in enumerate(vals):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 0 else C)
        clauses.append(row_clause(HEAD, vals))
    col_widths(t, [6.2, 2.2, 2.2, 2.2, 2.6])

    head1("三、建设目标")
    body("以“对接宜昌片区、辐射江汉平原”为定位，力争到2027年复制推广自贸试验区改革试点经验200项以上，进出口总额突破130亿元；到2030年建成长江中游生物医药开放创新高地。")
    head1("四、主要任务")
    body("1.推进与宜昌片区结对联动。建立联席会议制度，每半年召开一次会议，共同谋划改革事项，探索“宜昌片区研发、荆州转化”的生物医药合作模式。")
    body("2.提升贸易便利化水平。推动荆州综合保税区与盐卡港“区港联动”，实施进口货物“船边直提”和出口货物“抵港直装”。")
    body("3.拓展“一带一路”市场。组织企业参加中国—东盟博览会、中国—中亚峰会经贸活动，支持农产品加工企业在东南亚、中亚设立海外仓2个以上。")
    head1("五、保障措施")
    p = doc.add_paragraph()
    t1 = "一是成立由市政府主要负责同志任组长的协同创新区建设领导小组，办公室设在市商务局。"
    t2 = "二是市财政每年安排协同创新区建设专项资金不少于5000万元，连续安排5年。"
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    head1("六、申报单位承诺")
    body("我市承诺以上申报材料真实、准确，获批后将严格按照《中国（湖北）自由贸易试验区协同创新区建设方案》要求推进建设，并按时报送建设进展情况。")
    empty(doc, 1)
    par(doc, IND + "附件：1．荆州协同创新区四至范围示意图", indent=False)
    par(doc, "\u3000" * 5 + "2．荆州经济技术开发区规划批复文件（复印件）", indent=False)
    empty(doc, 2)
    p = par(doc, "荆州市人民政府（盖章）", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = par(doc, "二〇二六年三月十八日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖北）自由贸易试验区协同创新区申报书",
            "doc_number": None,
            "issuer": ["荆州市人民政府"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "荆州市",
            "effective": None,
            "expires": None,
            "attachments": ["荆州协同创新区四至范围示意图",
                            "荆州经济技术开发区规划批复文件（复印件）"],
            "doc_type": "申报书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC C  十堰请示
def doc_qingshi():
    stem = "blind983_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    par(doc, [("000015", HT, 16, False)], indent=False)
    par(doc, [("特急", HT, 16, False)], indent=False)
    par(doc, [("十堰市人民政府", XBS, 44, False, RED)], align=C, indent=False, line=60, before=18)
    empty(doc, 1)
    p = par(doc, [("十政文〔2026〕21号", FS, 16, False), ("\t", FS, 16, False),
                  ("签发人：", FS, 16, False), ("王建华", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = par(doc, [("十堰市人民政府关于申报中国（湖北）", XBS, 22, False)], align=C, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区协同创新区的请示"), XBS, 22)
    empty(doc, 1)
    par(doc, "省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        par(doc, IND + t, indent=False)   # indent typed with full-width spaces

    body("为主动融入自由贸易试验区提升战略，推动我市汽车产业在更高水平上扩大开放，根据省自贸办《关于组织开展自贸试验区协同创新区申报工作的通知》（鄂自贸办函〔2026〕3号）要求，我市拟以十堰经济技术开发区为主体申报中国（湖北）自由贸易试验区协同创新区。现将有关事项请示如下：")
    body("一、申报范围。十堰协同创新区规划面积15.30平方公里，其中起步区5.02平方公里，主导产业为汽车及零部件、新能源汽车，拟与中国（湖北）自由贸易试验区襄阳片区结对联动。")
    body("二、工作基础。2025年，十堰经济技术开发区实现进出口总额61.2亿元、实际使用外资4860万美元，商用车整车及零部件出口覆盖共建“一带一路”国家46个。")
    body("三、有关请求。恳请省人民政府将十堰协同创新区纳入第一批协同创新区名单，并支持我市复制推广襄阳片区“汽车出口检验监管一体化”等改革试点经验。")
    par(doc, IND + "妥否，请批示。", indent=False)
    empty(doc, 1)
    par(doc, IND + "附件：十堰协同创新区首批重点项目表", indent=False)
    empty(doc, 2)
    par(doc, " " * 44 + "十堰市人民政府", indent=False)
    par(doc, " " * 43 + "2026年3月25日", indent=False)
    par(doc, IND + "（联系人：李明远，联系电话：0719-8106523）", indent=False)

    # 附件 with a hand-made 续表
    page_break(doc)
    par(doc, [("附件", HT, 16, False)], indent=False)
    par(doc, [("十堰协同创新区首批重点项目表", XBS, 22, False)], align=C, indent=False, line=36)
    par(doc, [("单位：亿元", FS, 12, False)], align=R, indent=False, line=20)
    HEAD2 = ["序号", "项目名称", "建设内容", "总投资", "建设年限"]
    projects = [
        ("东风商用车海外定制化生产线项目", "新建面向中亚、东南亚市场的右舵及高寒车型定制化生产线", "18.50", "2026—2028年"),
        ("新能源重卡电驱动系统项目", "年产电驱桥5万套、电机控制器8万套", "12.30", "2026—2027年"),
        ("汽车零部件保税物流中心（B型）项目", "建设保税仓库3.2万平方米及配套查验设施", "6.80", "2026—2027年"),
        ("汽车出口集拼中心项目", "建设商品车出口集拼、检测、整备一体化场地", "4.60", "2026年"),
        ("氢燃料电池商用车示范应用项目", "推广氢燃料电池物流车300辆，配套建设加氢站2座", "5.20", "2026—2028年"),
        ("汽车检测认证服务平台项目", "建设满足欧盟、海湾国家标准的整车及零部件检测认证实验室", "3.40", "2026—2027年"),
        ("跨境电商汽配出口产业园项目", "建设汽配跨境电商运营、仓储、直播中心", "2.90", "2026—2027年"),
        ("中欧班列（十堰）集结中心扩能项目", "新增装卸线2条，年作业能力提升至3万标准箱", "3.60", "2026—2028年"),
    ]
    total = "%.2f" % sum(float(x[2]) for x in projects)

    def ptable(rows):
        t = doc.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(HEAD2):
            set_cell(t.cell(0, ci), h, HT, 12)
        for ri, vals in enumerate(rows, 1):
            for ci, x in enumerate(vals):
                set_cell(t.cell(ri, ci), x, FS, 12, align=L if ci == 2 else C)
            clauses.append(row_clause(HEAD2, vals))
        col_widths(t, [1.3, 4.6, 6.0, 1.8, 2.3])

    rows = [[str(i)] + list(x) for i, x in enumerate(projects, 1)]
    rows.append(["合计", "8个", "—", total, "—"])
    ptable(rows[:6])
    page_break(doc)
    par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    ptable(rows[6:])

    banji(doc, "抄送：省自贸办，省商务厅，省发展改革委。", "十堰市人民政府办公室", "2026年3月25日印发", pad=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "十堰市人民政府关于申报中国（湖北）自由贸易试验区协同创新区的请示",
            "doc_number": "十政文〔2026〕21号",
            "issuer": ["十堰市人民政府"],
            "date": "2026-03-25",
            "published": None,
            "level": "municipal",
            "region": "十堰市",
            "effective": None,
            "expires": None,
            "attachments": ["十堰协同创新区首批重点项目表"],
            "doc_type": "请示",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fangan(), doc_shenbaoshu(), doc_qingshi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
