# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1043: 国务院文件 (GB/T 9704 layout) on FTZ / Belt and Road.

Writes three .docx files, their PDFs (LibreOffice) and expected.json
into the directory of this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
CENTER = WD_ALIGN_PARAGRAPH.CENTER

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None, spacing=None):
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
    if spacing is not None:  # character spacing in twentieths of a point
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: plain str, or list of (text, font, size, bold[, color[, spacing]]).
    A text of "\\n" inside runs is written as a manual line break."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        spacing = r[5] if len(r) > 5 else None
        if text == "\n":
            p.add_run().add_break()
            continue
        font(p.add_run(text), name, size, bold, color, spacing)
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


def _page_field(fp, size=14, fname=SONG):
    font(fp.add_run("— "), fname, size)
    r = fp.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fname, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, fname, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fname, size)
    r5 = fp.add_run()
    font(r5, fname, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), fname, size)


def setup(doc, odd_even=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if odd_even:
        # GB/T 9704: odd page numbers right, even page numbers left
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        _page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        _page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = CENTER
        _page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(size + 3 if size < 12 else size + 5)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1043", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (一、二、三、 from chineseCounting) ----------
_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, HT, HT, HT))
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


# ---- 版头 (份号, 密级/紧急, red 国务院文件, 文号, red rule) -------------------
def banTou(doc, fenhao, marks, docno):
    add_par(doc, [(fenhao, TNR, 16, False)], indent=False, line=28)
    for m in marks:
        add_par(doc, [(m, HT, 16, False)], indent=False, line=28)
    empty(doc, 1)
    add_par(doc, [("国务院文件", XBS, 52, False, RED, 100)], align=CENTER,
            indent=False, line=66, before=6)
    empty(doc, 1)
    p = add_par(doc, [(docno, FS, 16, False)], align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 12)
    empty(doc, 1)


def banji_paras(doc, cc_runs, printer, date_txt):
    """版记 typed as bordered paragraphs (chaosong may contain manual breaks)."""
    p = add_par(doc, cc_runs, indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 9, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


# ======================================================================= DOC A
def doc_fuzhi():
    stem = "blind1043_ftz_fuzhi"
    doc = Document()
    setup(doc)
    clauses = []

    banTou(doc, "000146", ["特急"], "国发〔2026〕9号")
    # title wrapped by the clerk with Enter at an odd place
    add_par(doc, [("国务院关于做好自由贸易试验区第八批改革", XBS, 22, False)],
            align=CENTER, indent=False, line=36)
    add_par(doc, [("试点经验复制推广工作的通知", XBS, 22, False)],
            align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head1(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("建设自由贸易试验区是党中央、国务院在新时代推进改革开放的重要战略举措。2025年以来，各自由贸易试验区对标国际高标准经贸规则，深入开展差别化探索，在投资便利化、贸易便利化、金融服务实体经济、政府管理创新等方面形成了一批可复制推广的制度创新成果。经党中央、国务院同意，现就做好第八批改革试点经验复制推广工作通知如下：")
    head1("一、复制推广的主要内容")
    runin("（一）在全国范围内复制推广的改革事项（共10项）。",
          "主要包括：投资便利化领域“外商投资企业设立登记‘一表申报’”“境外投资备案与外汇登记并联办理”等3项；贸易便利化领域“进口货物‘抵港直装’”“跨境电商零售进口退货中心仓模式”等3项；金融服务实体经济领域“跨境贸易投资高水平开放外汇管理便利化”“知识产权证券化融资”2项；政府管理创新领域“涉企经营许可事项告知承诺制”“企业注销‘一网通办’”2项。")
    runin("（二）在特定区域复制推广的改革事项（共4项）。",
          "在海关特殊监管区域复制推广“保税维修产品进境检测‘一次核验’”“综合保税区内企业增值税一般纳税人资格试点扩围”2项；在边境地区、沿边重点开发开放试验区复制推广“边民互市贸易进口商品落地加工”“跨境人民币结算便利化服务边民”2项。")
    head1("二、做好复制推广工作的要求")
    runin("（一）高度重视，加强组织领导。",
          "各地区、各部门要把复制推广自由贸易试验区改革试点经验作为推进高水平对外开放的重要工作，结合实际抓紧制定工作方案，明确责任分工和时间节点，确保改革试点经验落地见效。")
    runin("（二）突出重点，确保按时完成。",
          "国务院有关部门要按照附件所列任务分工，在2026年6月30日前完成相关规章和规范性文件的制定、修订工作；需要调整有关行政法规、国务院文件和经国务院批准的部门规章的，按规定程序办理。")
    runin("（三）加强协同，强化督促落实。",
          "商务部要会同有关部门加强对复制推广工作的统筹协调和跟踪评估，及时总结推广好经验好做法。各省、自治区、直辖市人民政府要于2026年12月15日前将复制推广工作进展情况报送商务部，由商务部汇总后报告国务院。")
    body("复制推广工作中遇到的重大问题，要及时向国务院请示报告。")
    empty(doc, 1)
    # 附件 list line, second line pushed under the title with full-width spaces
    add_par(doc, [("附件：自由贸易试验区第八批改革试点经验复制推广", FS, 16, False),
                  ("\n", FS, 16, False),
                  ("\u3000\u3000\u3000工作任务表", FS, 16, False)])
    empty(doc, 2)
    # 落款 with right indent (clerk style)
    p = add_par(doc, "国务院", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("自由贸易试验区第八批改革试点经验", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    add_par(doc, [("复制推广工作任务表", XBS, 20, False)],
            align=CENTER, indent=False, line=32, after=10)

    header = ["序号", "类别", "改革事项", "负责单位", "推广范围"]
    rows = [
        ["1", "投资便利化", "外商投资企业设立登记“一表申报”", "市场监管总局、商务部", "全国"],
        ["2", "投资便利化", "境外投资备案与外汇登记并联办理", "商务部、国家外汇局", "全国"],
        ["3", "投资便利化", "外籍高层次人才工作许可和居留许可“一窗通办”", "科技部、国家移民局", "全国"],
        ["4", "贸易便利化", "进口货物“抵港直装”", "海关总署", "全国"],
        ["5", "贸易便利化", "跨境电商零售进口退货中心仓模式", "海关总署、商务部", "全国"],
        ["6", "贸易便利化", "国际航行船舶保税油跨关区直供", "海关总署、交通运输部", "全国"],
        ["7", "金融服务实体经济", "跨境贸易投资高水平开放外汇管理便利化", "国家外汇局", "全国"],
        ["8", "金融服务实体经济", "知识产权证券化融资", "国家知识产权局、中国证监会", "全国"],
        ["9", "政府管理创新", "涉企经营许可事项告知承诺制", "国务院办公厅、市场监管总局", "全国"],
        ["10", "政府管理创新", "企业注销“一网通办”", "市场监管总局、税务总局", "全国"],
        ["11", "特定区域推广事项", "保税维修产品进境检测“一次核验”", "海关总署", "海关特殊监管区域"],
        ["12", "特定区域推广事项", "综合保税区内企业增值税一般纳税人资格试点扩围", "税务总局、财政部、海关总署", "海关特殊监管区域"],
        ["13", "特定区域推广事项", "边民互市贸易进口商品落地加工", "商务部、海关总署", "边境地区、沿边重点开发开放试验区"],
        ["14", "特定区域推广事项", "跨境人民币结算便利化服务边民", "中国人民银行", "边境地区、沿边重点开发开放试验区"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 3) else CENTER)
        clauses.append(row_clause(header, row))
    col_widths(t, [1.3, 2.6, 5.6, 3.6, 2.5])

    # vertical merges: 类别 (col 1) and 推广范围 (col 4)
    def vmerge(col, r0, r1, text):
        c = t.cell(r0, col).merge(t.cell(r1, col))
        set_cell(c, text, FS, 10.5)

    vmerge(1, 1, 3, "投资便利化")
    vmerge(1, 4, 6, "贸易便利化")
    vmerge(1, 7, 8, "金融服务实体经济")
    vmerge(1, 9, 10, "政府管理创新")
    vmerge(1, 11, 14, "特定区域推广事项")
    vmerge(4, 1, 10, "全国")
    vmerge(4, 11, 12, "海关特殊监管区域")
    vmerge(4, 13, 14, "边境地区、沿边重点开发开放试验区")

    note = "注：负责单位排在第一位的为牵头单位。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    # 版记 typed straight under the table
    banji_paras(doc, [("抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院，各民主党派中央。", FS, 14, False)],
                "国务院办公厅", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知",
            "doc_number": "国发〔2026〕9号",
            "issuer": ["国务院"],
            "date": "2026-03-18",
            "published": None,
            "level": "state_council",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["自由贸易试验区第八批改革试点经验复制推广工作任务表"],
            "doc_type": "通知",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================================= DOC B
def doc_yijian():
    stem = "blind1043_ydyl_yijian"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []
    nid = make_numbering(doc, "%1、")

    banTou(doc, "000087", ["加急"], "国发〔2026〕14号")
    # one title paragraph, wrapped with a manual line break (Shift+Enter)
    add_par(doc, [("国务院关于高质量共建“一带一路”加快", XBS, 22, False),
                  ("\n", XBS, 22, False),
                  ("内陆地区开放高地建设的意见", XBS, 22, False)],
            align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head1(t):  # auto-numbered 一、二、三、
        p = add_par(doc, [(t, HT, 16, False)])
        apply_num(p, nid)

    def head2(t):
        add_par(doc, [(t, KT, 16, False)])

    def runin(h, t, hfont=FS, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("内陆地区是共建“一带一路”的重要腹地和战略支撑。近年来，内陆地区依托中欧班列、西部陆海新通道和自由贸易试验区等开放平台，对外开放水平显著提升。为高质量共建“一带一路”，加快推进内陆地区开放高地建设，现提出如下意见。")
    head1("总体要求")
    body("坚持“引进来”和“走出去”并重，以通道建设为牵引、以平台建设为支撑、以制度创新为核心，推动内陆地区由开放末梢向开放前沿转变。到2028年，内陆地区外贸进出口规模、实际使用外资占全国比重稳步提高，中欧班列年开行量稳定在2万列以上；到2030年，基本形成陆海内外联动、东西双向互济的开放格局。")
    head1("重点任务")
    head2("（一）畅通国际物流大通道")
    runin("1.提升中欧班列发展质量。",
          "优化中欧班列枢纽节点布局，支持西安、重庆、成都、郑州、乌鲁木齐等集结中心建设，推动班列向“点对点”“枢纽对枢纽”运行转变，推动跨里海国际运输走廊扩能提效。", bold=True)
    runin("2.加快西部陆海新通道建设。",
          "推进黄桂铁路、平陆运河等重大项目建设，到2028年西部陆海新通道海铁联运班列年运量达到150万标准箱。", bold=True)
    head2("（二）建强高能级开放平台")
    runin("3.支持内陆自由贸易试验区提升能级。",
          "赋予四川、重庆、河南、湖北、湖南、陕西、新疆等内陆自由贸易试验区更大改革自主权，开展首创性、差异化改革探索。重点推进以下工作：", bold=True)
    body("（1）在中国（陕西）自由贸易试验区开展中欧班列运输单证物权化试点，探索铁路提单融资结算；")
    body("（2）在中国（重庆）自由贸易试验区深化西部陆海新通道“一单制”改革，推广多式联运“一次委托、一单到底”；")
    body("（3）在中国（新疆）自由贸易试验区探索面向中亚的跨境贸易投资便利化安排。")
    head2("（三）深化与共建国家经贸合作")
    runin("4.拓展经贸合作空间。",
          "支持内陆地区企业参与共建国家基础设施、能源资源、农业等领域合作，建设一批境外经贸合作区。用好区域全面经济伙伴关系协定（RCEP）规则，扩大对东盟、中亚、西亚国家出口。", bold=True)
    head1("保障措施")
    runin("（一）加强组织实施。",
          "商务部、国家发展改革委要会同有关部门加强统筹协调和督促指导。有关省、自治区、直辖市人民政府要制定具体实施方案，于2026年8月31日前报商务部备案。", hfont=KT)
    runin("（二）做好评估督导。",
          "商务部要会同有关部门建立跟踪评估机制，每年对本意见落实情况进行评估，重大问题及时报告国务院。", hfont=KT)
    body("本意见自2026年6月1日起施行，有效期至2030年12月31日。")
    add_par(doc, "附件：内陆地区开放高地建设重点任务分工表")
    empty(doc, 1)
    # 落款 aligned with tabs
    add_par(doc, "\t\t\t\t\t\t\t国务院", indent=False)
    add_par(doc, "\t\t\t\t\t\t2026年5月6日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("内陆地区开放高地建设重点任务分工表", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    empty(doc, 1, line=20)
    header = ["序号", "重点任务", "牵头单位", "参与单位", "完成时限"]
    rows = [
        ["1", "提升中欧班列发展质量", "国家发展改革委", "交通运输部、商务部、海关总署、国铁集团", "持续推进"],
        ["2", "加快西部陆海新通道建设", "国家发展改革委", "交通运输部、广西壮族自治区人民政府、重庆市人民政府", "2028年12月"],
        ["3", "开展中欧班列运输单证物权化试点", "商务部", "中国人民银行、国家金融监督管理总局、陕西省人民政府", "2027年6月"],
        ["4", "深化西部陆海新通道“一单制”改革", "交通运输部", "商务部、重庆市人民政府", "2026年12月"],
        ["5", "探索面向中亚的跨境贸易投资便利化安排", "商务部", "海关总署、国家外汇局、新疆维吾尔自治区人民政府", "2027年12月"],
        ["6", "拓展经贸合作空间", "商务部", "外交部、国家发展改革委、有关省级人民政府", "持续推进"],
    ]

    def table(part):
        t = doc.add_table(rows=1 + len(part), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 10.5)
        repeat_header(t.rows[0])
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else CENTER)
            clauses.append(row_clause(header, row))
        col_widths(t, [1.3, 4.4, 2.8, 5.1, 2.4])

    table(rows)
    note = "注：完成时限为“持续推进”的任务，牵头单位每年12月底前将进展情况报送商务部。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    # 版记 as a borderless table with top/bottom rules (WPS template style)
    empty(doc, 5)
    vt = doc.add_table(rows=2, cols=1)
    vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = vt._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>'
        % nsdecls("w")))
    set_cell(vt.rows[0].cells[0],
             "抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院，各民主党派中央。",
             FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(vt.rows[1].cells[0], "国务院办公厅" + " " * 36 + "2026年5月8日印发",
             FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    col_widths(vt, [15.6])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国务院关于高质量共建“一带一路”加快内陆地区开放高地建设的意见",
            "doc_number": "国发〔2026〕14号",
            "issuer": ["国务院"],
            "date": "2026-05-06",
            "published": None,
            "level": "state_council",
            "region": None,
            "effective": "2026-06-01",
            "expires": "2030-12-31",
            "attachments": ["内陆地区开放高地建设重点任务分工表"],
            "doc_type": "意见",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================================= DOC C
def doc_anquan():
    stem = "blind1043_ydyl_anquan"
    doc = Document()
    setup(doc)
    clauses = []

    banTou(doc, "000032", ["秘密★1年", "特急"], "国发〔2026〕23号")
    # three-line title, each line its own paragraph
    for ln in ("国务院关于进一步加强共建“一带一路”", "境外项目和人员安全风险防控",
               "工作的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市人民政府，新疆生产建设兵团，国务院各部委、各直属机构：",
            indent=False)

    # this clerk indents with two full-width spaces instead of first-line indent
    SP = "\u3000\u3000"

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def head1(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(SP + h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("当前，共建“一带一路”进入高质量发展新阶段，我国企业在共建国家的项目数量和人员规模持续增长。截至2025年底，我国企业在共建国家设立境外企业超过1.8万家，境外中资企业中方人员约42万人。同时，部分国家和地区政局动荡，恐怖袭击、社会治安等安全风险上升，境外项目和人员安全面临严峻挑战。为切实维护我国海外利益安全，现就有关事项通知如下：")
    head1("一、压实安全风险防控责任")
    runin("（一）落实企业主体责任。",
          "境外投资企业和对外承包工程企业是境外安全风险防控的责任主体，要建立健全境外安全管理制度，配备专职安全管理人员，安全防护投入原则上不低于项目合同额的1.5%。")
    runin("（二）落实部门监管责任。",
          "商务部、外交部、国务院国资委等部门按照职责分工，加强对境外项目和人员安全工作的指导和监督；各省级人民政府负责本地区企业境外安全风险防控的督促检查。")
    head1("二、健全风险监测预警和应急处置机制")
    runin("（一）加强风险监测评估。",
          "外交部、商务部要定期发布境外安全风险提示，对高风险国家和地区实行项目安全风险评估前置，未经评估的项目不得开工建设。")
    runin("（二）完善应急处置预案。",
          "各有关企业要针对恐怖袭击、绑架、群体性事件、公共卫生事件等突发情况制定应急预案，每年至少开展1次应急演练。")
    # half-width brackets typed by mistake
    runin("(三)强化信息报送。",
          "境外项目发生人员伤亡等突发安全事件后，企业要在2小时内向我驻外使（领）馆和国内主管部门报告，主管部门接报后1小时内报告国务院。")
    head1("三、加强支撑保障")
    body("中央财政通过现有资金渠道对境外安全培训、风险评估等公共服务给予支持。鼓励保险机构开发境外人员人身意外、政治风险等保险产品，提高企业风险保障水平。各地区、各部门要加强境外安全培训，2026年底前实现高风险国家和地区项目中方人员培训全覆盖。")
    empty(doc, 1)
    add_par(doc, SP + "附件：共建“一带一路”境外项目和人员安全风险防控任务分工表", indent=False)
    empty(doc, 2)
    # 落款 aligned with typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 19 + "国务院", indent=False)
    add_par(doc, "\u3000" * 16 + "二〇二六年七月十日", indent=False)

    # ---------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("共建“一带一路”境外项目和人员", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    add_par(doc, [("安全风险防控任务分工表", XBS, 20, False)],
            align=CENTER, indent=False, line=32)
    empty(doc, 1, line=20)
    header = ["序号", "工作任务", "责任单位", "完成时限"]
    rows = [
        ["1", "建立健全企业境外安全管理制度，配备专职安全管理人员", "国务院国资委、商务部，各省级人民政府", "2026年10月底前"],
        ["2", "定期发布境外安全风险提示", "外交部、商务部", "持续推进"],
        ["3", "对高风险国家和地区实行项目安全风险评估前置", "商务部、国家发展改革委", "2026年9月底前"],
        ["4", "组织开展境外安全应急演练", "国务院国资委、商务部", "每年至少1次"],
        ["5", "开发境外人员人身意外、政治风险等保险产品", "国家金融监督管理总局、中国出口信用保险公司", "2026年12月底前"],
        ["6", "实现高风险国家和地区项目中方人员培训全覆盖", "商务部、外交部，各省级人民政府", "2026年12月底前"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2) else CENTER)
        clauses.append(row_clause(header, row))
    col_widths(t, [1.5, 6.5, 4.9, 2.7])

    empty(doc, 2)
    banji_paras(doc, [("抄送：党中央各部门，中央军委联合参谋部。", FS, 14, False),
                      ("\n", FS, 14, False),
                      ("\u3000\u3000\u3000全国人大常委会办公厅，全国政协办公厅，国家监委，最高人民法院，最高人民检察院。", FS, 14, False)],
                "国务院办公厅", "2026年7月11日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国务院关于进一步加强共建“一带一路”境外项目和人员安全风险防控工作的通知",
            "doc_number": "国发〔2026〕23号",
            "issuer": ["国务院"],
            "date": "2026-07-10",
            "published": None,
            "level": "state_council",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["共建“一带一路”境外项目和人员安全风险防控任务分工表"],
            "doc_type": "通知",
            "recipients": ["各省、自治区、直辖市人民政府", "新疆生产建设兵团",
                           "国务院各部委、各直属机构"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    for fn in (doc_fuzhi, doc_yijian, doc_anquan):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
