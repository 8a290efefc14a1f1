# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 794: 海关公告与附件场地名单表 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
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
    if _pending_break[0]:
        p.paragraph_format.page_break_before = True
        _pending_break[0] = False
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


_pending_break = [False]


def page_break(doc):
    """next paragraph starts a new page (段前分页)"""
    _pending_break[0] = True


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
    if not footer:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else "")
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def build_table(doc, head1, head2, rows, vmerge_cols, cms, size=12):
    """head1: top header texts (None = merged with left); head2: second header
    row texts (None = vertically merged with head1).  rows: list of lists.
    vmerge_cols: columns where equal consecutive values are merged vertically."""
    two = head2 is not None
    nh = 2 if two else 1
    ncol = len(head1)
    t = doc.add_table(rows=nh + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, cms)
    # header
    for i in range(ncol):
        if head1[i] is not None:
            set_cell(t.rows[0].cells[i], head1[i], HT, size)
        if two and head2[i] is not None:
            set_cell(t.rows[1].cells[i], head2[i], HT, size)
    if two:
        # horizontal merges in top row
        i = 0
        while i < ncol:
            j = i
            while j + 1 < ncol and head1[j + 1] is None:
                j += 1
            if j > i:
                txt = head1[i]
                m = t.rows[0].cells[i].merge(t.rows[0].cells[j])
                set_cell(m, txt, HT, size)
            i = j + 1
        for i in range(ncol):
            if head2[i] is None:
                txt = head1[i]
                m = t.rows[0].cells[i].merge(t.rows[1].cells[i])
                set_cell(m, txt, HT, size)
    for r in range(nh):
        repeat_header(t.rows[r])
    # body
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = L if len(v) > 14 else C
            set_cell(t.rows[nh + ri].cells[ci], v, FS, size, align=al)
    for ci in vmerge_cols:
        ri = 0
        while ri < len(rows):
            rj = ri
            while rj + 1 < len(rows) and rows[rj + 1][ci] == rows[ri][ci]:
                rj += 1
            if rj > ri:
                txt = rows[ri][ci]
                for k in range(ri + 1, rj + 1):
                    t.rows[nh + k].cells[ci].text = ""
                m = t.rows[nh + ri].cells[ci].merge(t.rows[nh + rj].cells[ci])
                set_cell(m, txt, FS, size)
            ri = rj + 1
    return t


def row_clauses(labels, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(labels, row)) for row in rows]


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_794", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": "公告", "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_zongshu():
    """海关总署公告：2026年第一批通过验收的进境指定监管场地名单（附件表跨页，续表）。"""
    stem = "blind794_zongshu_changdi"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头 (公告 style) + number + red rule
    add_par(doc, [("中华人民共和国海关总署公告", XBS, 30, False, RED)],
            align=C, indent=False, line=56, before=6)
    p = add_par(doc, [("海关总署公告2026年第27号", FS, 16, False)], align=C, indent=False,
                before=10)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title over two paragraphs, broken at an odd place
    add_par(doc, [("海关总署关于公布2026年第一批通过", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("验收的进境指定监管场地名单的公告", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("根据《中华人民共和国进出境动植物检疫法》及其实施条例、《中华人民共和国食品安全法》及其实施条例和《海关指定监管场地管理规范》有关规定，海关总署组织对各直属海关申报的进境指定监管场地开展了验收。经验收，天津港东疆港区进境肉类指定监管场地等13个场地符合要求，现予以公布（名单见附件）。有关事项公告如下：")
    body("一、上述场地自本公告发布之日起，可开展相应类别进境货物的查验、检疫、采样和暂存等作业。进口货物收货人或者其代理人应当按照场地类别申报，不得将货物调往非对应类别的场地。")
    body("二、各相关直属海关要按照《海关指定监管场地管理规范》加强对场地的日常监督管理，督促场地经营单位落实防疫消毒、视频监控、冷链温控等要求，发现不符合要求的，应当责令限期整改；整改期间暂停相应业务。")
    body("三、海关指定监管场地名单实行动态管理。已公布场地的最新名单以海关总署门户网站“指定监管场地名单”专栏公布的信息为准。")
    body("本公告自发布之日起施行。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    # 附件 line with hanging indent
    p = add_par(doc, "附件：2026年第一批通过验收的进境指定监管场地名单", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 2)
    p = add_par(doc, "海关总署", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年4月3日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年第一批通过验收的进境指定监管场地名单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    head1 = ["序号", "直属海关", "口岸", "指定监管场地", None, None]
    head2 = [None, None, None, "场地名称", "场地类别", "场地编码"]
    labels = ["序号", "直属海关", "口岸", "指定监管场地／场地名称",
              "指定监管场地／场地类别", "指定监管场地／场地编码"]
    rows1 = [
        ["1", "天津海关", "天津港", "天津港东疆港区进境肉类指定监管场地", "进境肉类", "CNTXG02M001"],
        ["2", "天津海关", "天津港", "天津港临港经济区进境粮食指定监管场地", "进境粮食", "CNTXG02G003"],
        ["3", "青岛海关", "青岛港", "青岛港前湾港区进境冰鲜水产品指定监管场地", "进境冰鲜水产品", "CNTAO01F002"],
        ["4", "青岛海关", "青岛港", "青岛港董家口港区进境原木指定监管场地", "进境原木", "CNTAO01L004"],
        ["5", "青岛海关", "烟台港", "烟台港芝罘湾港区进境水果指定监管场地", "进境水果", "CNYNT01P001"],
        ["6", "南宁海关", "钦州港", "中国（广西）自由贸易试验区钦州港片区进境肉类指定监管场地", "进境肉类", "CNQZH01M002"],
        ["7", "南宁海关", "东兴口岸", "东兴口岸进境食用水生动物指定监管场地", "进境食用水生动物", "CNDXG01A001"],
    ]
    rows2 = [
        ["8", "昆明海关", "磨憨铁路口岸", "磨憨铁路口岸进境水果指定监管场地", "进境水果", "CNMHN02P001"],
        ["9", "昆明海关", "磨憨铁路口岸", "磨憨铁路口岸进境粮食指定监管场地", "进境粮食", "CNMHN02G001"],
        ["10", "成都海关", "成都国际铁路港", "成都国际铁路港进境肉类指定监管场地", "进境肉类", "CNCDU03M001"],
        ["11", "成都海关", "成都天府国际机场", "成都天府国际机场进境植物种苗指定监管场地", "进境植物种苗", "CNTFU01S001"],
        ["12", "乌鲁木齐海关", "霍尔果斯口岸", "霍尔果斯口岸进境粮食指定监管场地", "进境粮食", "CNHRG01G002"],
        ["13", "乌鲁木齐海关", "阿拉山口口岸", "阿拉山口口岸进境原木指定监管场地", "进境原木", "CNAKL01L001"],
    ]
    cms = [1.3, 2.1, 2.3, 4.2, 2.3, 3.4]
    build_table(doc, head1, head2, rows1, [1, 2], cms, size=10.5)
    clauses.extend(row_clauses(labels, rows1))
    # clerk splits the table by hand: page break + 续表 + header typed again
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], align=L, indent=False)
    build_table(doc, head1, head2, rows2, [1, 2], cms, size=10.5)
    clauses.extend(row_clauses(labels, rows2))
    empty(doc, 1, line=16)
    n1 = "注：1．场地编码为海关总署核定的指定监管场地唯一代码，企业申报时应当准确填写。"
    n2 = "2．各场地具体地址、作业时间和联系方式可通过“互联网+海关”一体化网上办事平台查询。"
    add_par(doc, [(n1, FS, 14, False)], indent=False, line=24)
    p = add_par(doc, [(n2, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(42)
    clauses.extend([n1, n2])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="海关总署关于公布2026年第一批通过验收的进境指定监管场地名单的公告",
            doc_number="海关总署公告2026年第27号",
            issuer=["海关总署"],
            date="2026-04-03",
            level="ministry",
            region=None,
            effective="2026-04-03",
            attachments=["2026年第一批通过验收的进境指定监管场地名单"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_nanning():
    """南宁海关公告：友谊关口岸进境水果指定监管场地扩建通过验收并投入使用。"""
    stem = "blind794_nanning_youyiguan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中华人民共和国南宁海关", XBS, 34, False, RED)],
            align=C, indent=False, line=54, before=6)
    # number line typed with spaces, red rule under it
    p = add_par(doc, [(" " * 18 + "南宁海关公告2026年第3号", FS, 16, False)], indent=False,
                before=12)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title: one paragraph, manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("南宁海关关于凭祥（友谊关）口岸进境"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("水果指定监管场地扩建项目通过验收"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("并投入使用的公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    # body indented with typed full-width spaces (no paragraph indent)
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=HT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)],
                indent=False)

    body("根据《中华人民共和国进出境动植物检疫法》及其实施条例和《海关指定监管场地管理规范》(海关总署公告2019年第212号发布)有关规定，凭祥（友谊关）口岸进境水果指定监管场地扩建项目已于2026年2月27日通过海关总署组织的验收。为进一步便利中国—东盟水果贸易，服务中国（广西）自由贸易试验区崇左片区和西部陆海新通道建设，现将有关事项公告如下：")
    head("一、场地基本情况")
    body("（一）场地名称：凭祥（友谊关）口岸进境水果指定监管场地。")
    body("（二）场地地址：广西壮族自治区崇左市凭祥市友谊镇友谊关口岸货运专用通道东侧。")
    body("（三）运营单位：广西凭祥友谊关口岸投资发展有限公司。")
    body("（四）场地规模：扩建后场地总面积78600平方米，较扩建前增加31200平方米，其中查验区12400平方米、冷链仓储区31500平方米、辅助区34700平方米，各功能区具体情况见附件。")
    runin("二、监管业务范围。", "扩建后场地可承接经友谊关口岸进境的越南、泰国、柬埔寨、老挝等国家输华准入水果的查验、检疫、采样送检、截留处理及冷链暂存作业。未列入海关总署《获得我国检疫准入的新鲜水果种类及输出国家/地区名录》的水果，不得在本场地申报进境。")
    runin("三、作业时间。", "场地实行“7×24小时”预约通关作业模式，企业可通过国际贸易“单一窗口”或“智慧口岸”微信小程序提前预约查验。每年1月至3月、6月至9月水果进口旺季期间，友谊关海关将增派查验力量，保障鲜活农产品“即查即放”。")
    runin("四、企业责任。", "进口水果收货人或者其代理人应当如实申报，配合海关实施查验检疫；场地运营单位应当落实温湿度监控、有害生物防控、废弃物无害化处理等管理要求，并建立货物进出场台账，台账保存期限不少于3年。")
    body("本公告自2026年3月20日起施行。")
    body("咨询电话：0771-5386112（南宁海关口岸监管处）；0771-8521349(友谊关海关)。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：凭祥（友谊关）口岸进境水果指定监管场地功能区一览表", indent=False)
    empty(doc, 2)
    # 落款 aligned with typed spaces; date in Chinese numerals
    add_par(doc, " " * 44 + "南宁海关", indent=False)
    add_par(doc, " " * 36 + "二〇二六年三月十六日", indent=False)

    # ---- attachment
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("凭祥（友谊关）口岸进境水果指定监管场地"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("功能区一览表"), XBS, 20)
    fmt(p, align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["区域", "功能区", "面积（平方米）", "主要设施"]
    rows = [
        ["查验区", "检疫查验平台", "8600", "查验工位24个，封闭式冷链查验月台1座"],
        ["查验区", "实验室快速检测区", "1200", "有害生物鉴定室1间，农药残留快检设备6台"],
        ["查验区", "截留处理区", "2600", "截留货物暂存间2间，检疫处理设施1套"],
        ["冷链仓储区", "冷藏库", "18500", "冷藏间16间，温度0℃至8℃可调"],
        ["冷链仓储区", "预冷库", "7800", "预冷间8间"],
        ["冷链仓储区", "气调库", "5200", "气调间6间"],
        ["辅助区", "车辆等候区", "26500", "停车位186个"],
        ["辅助区", "消毒通道", "3600", "车辆自动消毒通道4条"],
        ["辅助区", "办公及附属用房", "4600", "监控指挥中心1处"],
        ["合计", "—", "78600", "—"],
    ]
    build_table(doc, header, None, rows, [0], [2.8, 3.9, 2.9, 6.0], size=12)
    clauses.extend(row_clauses(header, rows))
    empty(doc, 1, line=16)
    note = "注：扩建前场地总面积47400平方米，本次扩建新增冷链仓储区和车辆等候区面积。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="南宁海关关于凭祥（友谊关）口岸进境水果指定监管场地扩建项目通过验收并投入使用的公告",
            doc_number="南宁海关公告2026年第3号",
            issuer=["南宁海关"],
            date="2026-03-16",
            level="provincial",
            region="广西壮族自治区",
            effective="2026-03-20",
            attachments=["凭祥（友谊关）口岸进境水果指定监管场地功能区一览表"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_chongqing():
    """重庆海关两份公告前后打印在一个文件里：口岸扩大开放区域启用 + 指定监管场地验收。"""
    stem = "blind794_chongqing_kouan"
    doc = Document()
    setup(doc)
    docs = []

    def luokuan(organ, date):
        for t, pos in ((organ, 14.2), (date, 15.0)):
            p = add_par(doc, [("\t" + t, FS, 16, False)], indent=False)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), 2)  # right tab

    # ---------------- notice 1
    clauses = []
    n1 = make_numbering(doc, "%1、")
    add_par(doc, [("重庆海关公告2026年第2号", HT, 16, False)], align=C, indent=False)
    empty(doc, 1)
    add_par(doc, [("关于重庆江北国际机场航空口岸扩大开放", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("区域正式启用的公告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    cnt = [0]

    def item(t, nid):
        cnt[0] += 1
        clauses.append(CN[cnt[0] - 1] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, nid)

    body("经国务院批准，重庆江北国际机场航空口岸扩大开放T3B航站楼及西货运区(以下简称扩大开放区域)。2026年1月15日，扩大开放区域通过国家口岸管理办公室会同国家有关部门组织的验收。现将有关事项公告如下：")
    item("自2026年2月1日起，T3B航站楼国际及地区旅客进出境通道、西货运区国际货站正式启用，开展进出境旅客及其行李物品、进出境货物、快件和运输工具的海关监管业务。", n1)
    item("T3B航站楼设置旅客进境通道12条、出境通道10条，实行“申报通道”和“无申报通道”分流管理。进出境旅客携带需向海关申报物品的，应当通过“海关旅客指尖服务”小程序或者纸质《中华人民共和国海关进境旅客行李物品申报单》如实申报，并选择“申报通道”通关。", n1)
    item("西货运区国际货站设置海关查验区、进境指定监管场地和跨境电商监管作业区，货运代理企业应当按照海关要求办理舱单传输、理货报告和货物进出库手续。", n1)
    item("原T2航站楼国际及地区旅客进出境监管现场自2026年2月1日零时起停止使用。", n1)
    item("本公告自2026年2月1日起施行。", n1)
    body("咨询电话：023-12360（重庆海关12360热线）。")
    add_par(doc, "特此公告。")
    empty(doc, 2)
    luokuan("重庆海关", "2026年1月28日")
    docs.append({
        "meta": meta(
            title="关于重庆江北国际机场航空口岸扩大开放区域正式启用的公告",
            doc_number="重庆海关公告2026年第2号",
            issuer=["重庆海关"],
            date="2026-01-28",
            level="provincial",
            region="重庆市",
            effective="2026-02-01",
        ),
        "clauses": clauses,
    })

    # ---------------- notice 2 (new page)
    page_break(doc)
    clauses = []
    cnt[0] = 0
    n2 = make_numbering(doc, "%1、")
    add_par(doc, [("重庆海关公告2026年第3号", HT, 16, False)], align=C, indent=False)
    add_par(doc, [("关于重庆江北国际机场西货运区等进境指定", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("监管场地通过验收的公告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    body("根据《海关指定监管场地管理规范》有关规定，海关总署组织对重庆江北国际机场西货运区进境冰鲜水产品、进境食用水生动物、进境水果指定监管场地和东航站区进境植物种苗指定监管场地开展了验收，上述场地均已通过验收。现将有关事项公告如下：")
    item("上述场地自2026年2月10日起开展相应类别进境货物的查验、检疫、采样和暂存作业，场地基本信息见附件。", n2)
    item("进口货物收货人或者其代理人应当通过国际贸易“单一窗口”如实申报，并在“目的地/指运地”栏目填报对应的指定监管场地编码。", n2)
    item("进境食用水生动物须在场地内完成隔离检疫，经检疫合格后方可调离；进境植物种苗须按照检疫审批要求在指定隔离场所进行隔离种植。", n2)
    add_par(doc, "特此公告。")
    add_par(doc, "附件：重庆江北国际机场进境指定监管场地基本信息表")
    empty(doc, 1)
    luokuan("重庆海关", "2026年2月6日")

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("重庆江北国际机场进境指定监管场地基本信息表", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    head1 = ["序号", "场地名称", "场地类别", "面积（平方米）", None, "场地编码"]
    head2 = [None, None, None, "查验区", "存储区", None]
    labels = ["序号", "场地名称", "场地类别", "面积（平方米）／查验区",
              "面积（平方米）／存储区", "场地编码"]
    site1 = "重庆江北国际机场西货运区进境指定监管场地"
    rows = [
        ["1", site1, "进境冰鲜水产品", "1350", "2400", "CNCKG01F001"],
        ["2", site1, "进境食用水生动物", "980", "1620", "CNCKG01A001"],
        ["3", site1, "进境水果", "1200", "3800", "CNCKG01P002"],
        ["4", "重庆江北国际机场东航站区进境植物种苗指定监管场地", "进境植物种苗", "460", "720", "CNCKG01S001"],
    ]
    build_table(doc, head1, head2, rows, [1], [1.3, 4.6, 2.7, 1.7, 1.7, 3.6], size=10.5)
    clauses.extend(row_clauses(labels, rows))
    docs.append({
        "meta": meta(
            title="关于重庆江北国际机场西货运区等进境指定监管场地通过验收的公告",
            doc_number="重庆海关公告2026年第3号",
            issuer=["重庆海关"],
            date="2026-02-06",
            level="provincial",
            region="重庆市",
            attachments=["重庆江北国际机场进境指定监管场地基本信息表"],
        ),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_zongshu(), doc_nanning(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
