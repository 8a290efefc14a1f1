# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 941: 国务院批复设立黑河综合保税区 + 省政府贯彻落实通知 + 黑河市请示.

Writes blind941_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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


# ------------------------------------------------------------------ helpers
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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def two_level_table(doc, cols, groups, rows, clauses, widths=None, aligns=None):
    """cols: list of (top, sub) -- sub None means top spans both header rows.
    groups are consecutive columns sharing the same top text."""
    n = len(cols)
    t = doc.add_table(rows=2 + len(rows), cols=n)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, (top, sub) in enumerate(cols):
        if sub is None:
            set_cell(t.cell(0, ci), top, HT, 12)
            t.cell(0, ci).merge(t.cell(1, ci))
        else:
            set_cell(t.cell(1, ci), sub, HT, 12)
    for top, (a, b) in groups.items():
        c = t.cell(0, a).merge(t.cell(0, b))
        set_cell(c, top, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = [top if sub is None else top + "／" + sub for top, sub in cols]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[ci] * 567)))
        for row in t.rows:
            for ci, tc in enumerate(row._tr.tc_lst):
                span = tc.grid_span
                start = sum(c.grid_span for c in row._tr.tc_lst[:row._tr.tc_lst.index(tc)])
                tc.width = Cm(sum(widths[start:start + span]))
    return t


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_941", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, lvl_text, FS, FS, FS))
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

# ------------------------------------------------------------ shared text
PIFU_TITLE = "国务院关于同意设立黑河综合保税区的批复"
PIFU_NO = "国函〔2025〕137号"
PIFU_TO = "黑龙江省人民政府、海关总署："
PIFU_OPEN = "你们关于设立黑河综合保税区的请示（黑政呈〔2025〕19号）收悉。现批复如下："
PIFU_ITEMS = [
    "同意设立黑河综合保税区，规划面积1.52平方公里。黑河综合保税区的具体范围由海关总署会同国家发展改革委、财政部、自然资源部、商务部、税务总局、市场监管总局、国家外汇局等部门审核后公布，界址点坐标由海关总署会同自然资源部负责公告。",
    "黑河综合保税区要以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。要按照《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）要求，发挥沿边开放区位优势，以对俄经贸合作为重点，发展保税加工、保税物流、保税服务等业务，服务共建“一带一路”和中蒙俄经济走廊建设，推动沿边地区开放型经济高质量发展。",
    "黑河综合保税区要严格按照规划面积和四至范围建设，节约集约利用土地资源，符合国土空间规划，不得擅自调整规划面积和范围。要严格执行生态环境保护有关法律法规，不得开展高耗能、高污染和资源性产品出口的加工贸易。",
    "黑龙江省人民政府要切实加强组织领导，落实主体责任，按照有关规定和标准组织建设隔离监管设施，完善配套基础设施，加强与中国（黑龙江）自由贸易试验区黑河片区联动发展，确保黑河综合保税区规范有序建设、健康持续发展。",
    "海关总署要会同有关部门加强指导和监督，按照综合保税区有关规定组织验收，验收合格后方可封关运作。黑河综合保税区建设中遇到的重大问题，要及时向国务院请示报告。",
]
PIFU_CLAUSES = [PIFU_OPEN] + ["%s、%s" % (CN[i], t) for i, t in enumerate(PIFU_ITEMS)]


# =================================================================== DOC A
def doc_pifu():
    """国务院批复 in 信函格式: red organ name, double red rule, 文号 flush right."""
    stem = "blind941_guohan_pifu"
    doc = Document()
    setup(doc)
    nid = make_numbering(doc, "%1、")

    s = doc.sections[0]
    s.top_margin = Cm(3.0)
    p = add_par(doc, [("国 务 院", XBS, 48, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64, before=6)
    border(p, "bottom", "FF0000", 24, 8, val="thickThinSmallGap")
    add_par(doc, [(PIFU_NO, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            before=4)
    empty(doc, 1)
    # title wrapped by hand in an odd place
    p = add_par(doc, [("国务院关于同意设立黑河综合", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("保税区的批复"), XBS, 22)
    empty(doc, 1)
    add_par(doc, PIFU_TO, indent=False)
    add_par(doc, PIFU_OPEN)
    for t in PIFU_ITEMS:
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, nid)
    empty(doc, 3)
    p = add_par(doc, "国务院", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2025年11月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": PIFU_TITLE,
            "doc_number": PIFU_NO,
            "issuer": ["国务院"],
            "date": "2025-11-18",
            "published": None,
            "level": "state_council",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["黑龙江省人民政府", "海关总署"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": list(PIFU_CLAUSES),
    }]
    return path


# =================================================================== DOC B
def doc_sheng():
    """省政府转发通知: 版头 文件, 特急, 3-line title, tasks table, 批复 reprinted as 附件."""
    stem = "blind941_hlj_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("黑龙江省人民政府文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=8)
    p = add_par(doc, "黑政发〔2025〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=14)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title: three paragraphs, wrapped at odd places
    for part in ("黑龙江省人民政府关于认真贯彻落实", "《国务院关于同意设立黑河综合保税区",
                 "的批复》的通知"):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    empty(doc, 1)
    add_par(doc, "黑河市人民政府，省直有关部门，哈尔滨海关：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hf=HT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("现将《国务院关于同意设立黑河综合保税区的批复》（国函〔2025〕137号，以下简称《批复》）转发给你们，并就做好黑河综合保税区建设有关工作通知如下，请一并认真贯彻落实。")
    runin("一、提高思想认识。", "设立黑河综合保税区是党中央、国务院支持我省深度融入共建“一带一路”、加快建设向北开放新高地的重大举措。要严格落实《批复》要求，力争2026年12月底前通过国家验收并封关运作，到2030年综合保税区进出口额突破150亿元。")
    runin("二、明确任务分工。", "省直有关部门和哈尔滨海关要按照职责分工，支持黑河市做好以下重点工作：")
    L = WD_ALIGN_PARAGRAPH.LEFT
    C = WD_ALIGN_PARAGRAPH.CENTER
    rows = [
        ["1", "完成四至范围及界址点坐标公告，启动围网、卡口等基础和监管设施建设", "黑河市人民政府", "哈尔滨海关、省自然资源厅", "2026年3月底前"],
        ["2", "建设海关监管信息化系统，实现与国际贸易“单一窗口”对接", "哈尔滨海关", "省商务厅", "2026年9月底前"],
        ["3", "保障建设用地指标，统筹安排省级财政资金支持设施建设", "省自然资源厅、省财政厅", "黑河市人民政府", "2026年6月底前"],
        ["4", "组织开展预验收，申请国家正式验收", "黑河市人民政府", "哈尔滨海关、省商务厅", "2026年12月底前"],
    ]
    two_level_table(doc, [("序号", None), ("重点任务", None), ("责任单位", "牵头单位"),
                          ("责任单位", "配合单位"), ("完成时限", None)],
                    {"责任单位": (2, 3)}, rows, clauses,
                    widths=[1.4, 5.6, 3.0, 3.2, 2.4], aligns=[C, L, C, C, C])
    add_par(doc, [("三、加强组织保障", HT, 16, False)], before=4).paragraph_format.keep_with_next = True
    # two items typed in one paragraph with Shift+Enter
    h1, t1 = "（一）建立推进机制。", "省政府建立黑河综合保税区建设协调推进机制，省商务厅承担日常工作，定期调度建设进展。"
    h2, t2 = "（二）严格风险防控。", "黑河市要会同哈尔滨海关建立健全安全风险防控体系，坚决守住不发生系统性风险的底线。"
    p = doc.add_paragraph()
    font(p.add_run(h1), KT, 16)
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + h2), KT, 16)
    font(p.add_run(t2), FS, 16)
    fmt(p)
    clauses.extend([h1 + t1, h2 + t2])
    body("请黑河市人民政府于每年12月底前将建设和运行情况报送省政府，同时抄送省商务厅。")
    add_par(doc, "附件：国务院关于同意设立黑河综合保税区的批复")
    empty(doc, 2)
    p = add_par(doc, "黑龙江省人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2025年12月8日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件: the 批复 reprinted
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [(PIFU_TITLE, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    add_par(doc, [(PIFU_NO, KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    add_par(doc, PIFU_TO, indent=False)
    add_par(doc, PIFU_OPEN)
    for c in PIFU_CLAUSES[1:]:
        add_par(doc, c)
    clauses.extend(PIFU_CLAUSES)
    empty(doc, 1)
    p = add_par(doc, "国务院", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2025年11月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，黑龙江省军区。",
          "黑龙江省人民政府办公厅", "2025年12月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "黑龙江省人民政府关于认真贯彻落实《国务院关于同意设立黑河综合保税区的批复》的通知",
            "doc_number": "黑政发〔2025〕27号",
            "issuer": ["黑龙江省人民政府"],
            "date": "2025-12-08",
            "published": None,
            "level": "provincial",
            "region": "黑龙江省",
            "effective": None,
            "expires": None,
            "attachments": ["国务院关于同意设立黑河综合保税区的批复"],
            "doc_type": "通知",
            "recipients": ["黑河市人民政府", "省直有关部门", "哈尔滨海关"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qingshi():
    stem = "blind941_heihe_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("黑河市人民政府文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, [("黑市政呈〔2025〕3号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王树林", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    add_par(doc, [("黑河市人民政府关于申请设立", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("黑河综合保税区的请示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "黑龙江省人民政府：", indent=False)

    # body typed with full-width spaces instead of a first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(IND + t, HT, 16, False)], indent=False)
        p.paragraph_format.keep_with_next = True

    body("为充分发挥我市对俄开放“桥头堡”和“枢纽站”作用，推动中国（黑龙江）自由贸易试验区黑河片区与海关特殊监管区域联动发展，根据《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）有关规定，我市拟申请设立黑河综合保税区(以下简称综保区)，现将有关情况请示如下：")
    head("一、申请设立的必要性")
    body("（一）对俄开放通道优势突出。黑河市与俄罗斯阿穆尔州首府布拉戈维申斯克市隔江相望，是中俄边境线上规模最大、规格最高的对应城市。黑龙江（阿穆尔河）公路大桥于2022年6月正式通车，黑河公路口岸、黑河港口岸年过货能力分别达到300万吨和180万吨。")
    body("（二）外贸发展基础较好。近年来，我市外贸规模持续扩大，2024年全市外贸进出口总额达到248.9亿元，其中对俄进出口额236.1亿元，占比94.9%。主要指标见表1。")

    cap = "表1　黑河市2022—2024年对外贸易主要指标（单位：亿元）"
    add_par(doc, [(cap, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            before=6, after=6)
    cols = [("指标", None), ("年度完成情况", "2022年"), ("年度完成情况", "2023年"),
            ("年度完成情况", "2024年"), ("年均增长（%）", None)]
    grp = {"年度完成情况": (1, 3)}
    L = WD_ALIGN_PARAGRAPH.LEFT
    C = WD_ALIGN_PARAGRAPH.CENTER
    al = [L, C, C, C, C]
    w = [5.2, 2.6, 2.6, 2.6, 2.6]
    rows1 = [
        ["外贸进出口总额", "186.4", "213.7", "248.9", "15.6"],
        ["其中：对俄进出口额", "171.2", "201.5", "236.1", "17.4"],
        ["出口额", "38.5", "46.2", "55.3", "19.8"],
        ["进口额", "147.9", "167.5", "193.6", "14.4"],
    ]
    rows2 = [
        ["边民互市贸易额", "12.6", "15.8", "19.4", "24.1"],
        ["跨境电商交易额", "8.3", "11.9", "16.7", "41.8"],
        ["口岸过货量（万吨）", "215.4", "268.9", "312.6", "20.5"],
    ]
    two_level_table(doc, cols, grp, rows1, clauses, widths=w, aligns=al)
    # the clerk splits the table by hand and types 续表 on the next page
    add_par(doc, [("续表", KT, 14, False)], indent=False,
            after=4).paragraph_format.page_break_before = True
    two_level_table(doc, cols, grp, rows2, clauses, widths=w, aligns=al)
    note = "注：数据来源于黑河海关、黑河市统计局，其中2024年为快报数。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    empty(doc, 1, line=12)

    body("（三）现有监管模式难以满足发展需要。目前，我市仅有黑河保税物流中心（B型）1个海关监管场所，无法开展保税加工、保税维修等业务，对俄进口资源性产品就地加工转化率不足15%，亟需通过设立综保区补齐开放平台短板。")
    head("二、综保区选址和建设方案")
    body("综保区拟选址于黑河市爱辉区黑龙江公路大桥桥头区域，规划面积1.52平方公里，四至范围为：东至大桥引道,西至康宁路，南至规划三号路，北至江畔路，符合《黑河市国土空间总体规划（2021—2035年）》。综保区计划总投资18.6亿元，分两期建设，一期重点建设围网、卡口、查验场地等基础和监管设施，计划于2026年底前具备验收条件。")
    head("三、产业发展定位")
    body("综保区将重点发展进口资源精深加工、保税物流和跨境电商、保税维修和再制造等产业，服务共建“一带一路”和中蒙俄经济走廊建设。预计封关运作后5年内实现进出口额150亿元，新增就业岗位8000个以上。")
    head("四、请求事项")
    body("恳请省人民政府同意我市申请设立黑河综合保税区，并按程序报请国务院批准。")
    add_par(doc, IND + "妥否，请批示。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：1．黑河综合保税区四至范围及界址点坐标图", indent=False)
    add_par(doc, "\u3000" * 5 + "2．黑河综合保税区设立可行性研究报告", indent=False)
    empty(doc, 2)
    # 落款 placed with typed spaces
    add_par(doc, " " * 38 + "黑河市人民政府", indent=False)
    add_par(doc, " " * 34 + "二〇二五年二月二十六日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：赵立新　　联系电话：0456-8223516）", indent=False)
    banji(doc, "抄送：省商务厅，省发展改革委，哈尔滨海关。",
          "黑河市人民政府办公室", "2025年2月26日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "黑河市人民政府关于申请设立黑河综合保税区的请示",
            "doc_number": "黑市政呈〔2025〕3号",
            "issuer": ["黑河市人民政府"],
            "date": "2025-02-26",
            "published": None,
            "level": "municipal",
            "region": "黑河市",
            "effective": None,
            "expires": None,
            "attachments": ["黑河综合保税区四至范围及界址点坐标图",
                            "黑河综合保税区设立可行性研究报告"],
            "doc_type": "请示",
            "recipients": ["黑龙江省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_pifu(), doc_sheng(), doc_qingshi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
