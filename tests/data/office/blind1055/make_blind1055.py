# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1055: 请示+批复 in one Word file (section break), 函+复函 in one file."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
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
    else:
        pf.first_line_indent = Pt(0)
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


def field_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
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


def page_setup(s):
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)


def setup(doc):
    s = doc.sections[0]
    page_setup(s)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    field_footer(s)


def new_section(doc, restart=False):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s)
    if restart:
        sp = s._sectPr
        old = sp.find(qn("w:pgNumType"))
        if old is not None:
            sp.remove(old)
        pg = parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w"))
        # pgNumType goes after pgMar/pgSz; appending before cols is fine for Word/LO
        cols = sp.find(qn("w:cols"))
        if cols is not None:
            cols.addprevious(pg)
        else:
            sp.append(pg)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, width=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    if width is not None:
        cell.width = width


def set_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def simple_table(doc, header, rows, clauses, widths, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12, width=widths[i])
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=L if ci in left_cols else C, width=widths[ci])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    set_widths(t, widths)
    return t


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


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    if cc:
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    if not cc:
        border(p2, "top", "000000", 8, 4)
    border(p2, "bottom", "000000", 8, 4)


def signature(doc, organ, date, right=64):
    empty(doc, 2)
    p = add_par(doc, organ, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(right)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, date, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(right)


class Body:
    """Collects clauses while writing paragraphs."""

    def __init__(self, doc, typed_indent=False):
        self.doc = doc
        self.clauses = []
        self.typed = typed_indent

    def p(self, t, clause=True):
        if clause:
            self.clauses.append(t)
        if self.typed:
            return add_par(self.doc, IND + t, indent=False)
        return add_par(self.doc, t)

    def head(self, t, f=HT):
        if self.typed:
            return add_par(self.doc, [(IND + t, f, 16, False)], indent=False)
        return add_par(self.doc, [(t, f, 16, False)])

    def runin(self, h, t, hf=KT, bold=True):
        self.clauses.append(h + t)
        runs = [(h, hf, 16, bold), (t, FS, 16, False)]
        if self.typed:
            runs.insert(0, (IND, FS, 16, False))
            return add_par(self.doc, runs, indent=False)
        return add_par(self.doc, runs)

    def softbreak_par(self, chunks):
        """One w:p, chunks separated by Shift+Enter, later chunks indented with typed spaces."""
        p = self.doc.add_paragraph()
        for i, c in enumerate(chunks):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + c), FS, 16)
            else:
                font(p.add_run(c), FS, 16)
            self.clauses.append(c)
        fmt(p)
        return p


# ======================================================= FILE 1: 烟台 请示 + 批复
YT_BASES = [
    ("烟台经济技术开发区汽车及零部件外贸转型升级基地", "烟台经济技术开发区", "186.4", "98.7"),
    ("烟台高新区生物医药外贸转型升级基地", "烟台高新区", "52.3", "21.6"),
    ("福山区高端装备制造外贸转型升级基地", "福山区", "68.9", "41.2"),
    ("龙口市铝制品及新材料外贸转型升级基地", "龙口市", "142.7", "89.5"),
    ("莱州市石材及轮胎外贸转型升级基地", "莱州市", "76.5", "48.3"),
    ("招远市黄金及有色金属外贸转型升级基地", "招远市", "95.8", "62.4"),
    ("蓬莱区葡萄酒外贸转型升级基地", "蓬莱区", "8.6", "3.9"),
    ("栖霞市苹果外贸转型升级基地", "栖霞市", "21.4", "15.7"),
    ("海阳市针织服装外贸转型升级基地", "海阳市", "47.2", "26.8"),
    ("莱阳市食品加工外贸转型升级基地", "莱阳市", "63.1", "35.2"),
    ("牟平区海洋装备外贸转型升级基地", "牟平区", "39.5", "22.6"),
    ("烟台综合保税区电子信息外贸转型升级基地", "烟台经济技术开发区", "244.4", "121.3"),
]
assert abs(sum(float(b[2]) for b in YT_BASES) - 1046.8) < 1e-6
assert abs(sum(float(b[3]) for b in YT_BASES) - 587.2) < 1e-6


def yantai():
    stem = "blind1055_yantai_qingshi_pifu"
    doc = Document()
    setup(doc)

    # ---------------- 请示 ----------------
    b = Body(doc)
    add_par(doc, [("000035", FS, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("烟台市商务局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, [("烟商务〔2026〕7号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王振华", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title over two paragraphs, wrapped at an odd place
    add_par(doc, [("烟台市商务局关于认定首批烟台市外贸", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("转型升级基地的请示", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "烟台市人民政府：", indent=False)
    b.p("为深入贯彻国家和省关于推进外贸转型升级基地建设的部署要求，发挥产业集聚和外贸带动作用，支持我市企业深度参与共建“一带一路”和《区域全面经济伙伴关系协定》（RCEP）市场开拓，2025年11月起，我局组织开展了首批烟台市外贸转型升级基地认定工作。现将有关情况请示如下：")
    b.head("一、认定工作开展情况")
    b.p("按照《烟台市外贸转型升级基地认定管理办法（试行）》（烟商务发〔2025〕58号）规定，本次认定按照“县市区申报、专家评审、实地核查、社会公示”程序进行。各县市区（开发区）共推荐申报基地19家，经第三方机构初审、专家评审和实地核查，拟认定12家为首批烟台市外贸转型升级基地。2026年2月26日至3月4日，我局在门户网站对拟认定名单进行了公示，公示期间未收到异议。")
    b.p("拟认定的12家基地2025年合计实现进出口额1046.8亿元，占全市外贸总额的24.3%，其中对共建“一带一路”国家进出口额587.2亿元，同比增长11.6%。具体情况如下：")
    add_par(doc, [("首批烟台市外贸转型升级基地拟认定名单", HT, 14, False)], align=C,
            indent=False, line=24, before=6)
    add_par(doc, [("单位：亿元", FS, 12, False)], align=R, indent=False, line=20)
    # two-level header, merged cells
    hdr_top = "2025年进出口额"
    headers = ["序号", "基地名称", "所在县市区", hdr_top + "／合计", hdr_top + "／“一带一路”国家"]
    widths = [Cm(1.3), Cm(6.6), Cm(3.4), Cm(2.1), Cm(2.4)]
    t = doc.add_table(rows=2 + len(YT_BASES) + 1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["序号", "基地名称", "所在县市区"]):
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, h, HT, 12, width=widths[i])
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, hdr_top, HT, 12)
    set_cell(t.cell(1, 3), "合计", HT, 12, width=widths[3])
    set_cell(t.cell(1, 4), "“一带一路”国家", HT, 12, width=widths[4])
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    rows = [[str(i)] + list(bs) for i, bs in enumerate(YT_BASES, 1)]
    rows.append(["合计", "12家", "—", "1046.8", "587.2"])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C, width=widths[ci])
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    set_widths(t, widths)
    note = "注：进出口额数据由烟台海关提供；“一带一路”国家按已同我国签署共建“一带一路”合作文件的国家统计。"
    b.clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    b.head("二、基地培育的主要考虑")
    b.runin("（一）突出产业特色。", "入选基地均为我市具有比较优势的主导产业集群，涵盖汽车及零部件、生物医药、高端装备、新材料、电子信息等先进制造业和葡萄酒、苹果、食品加工等特色农产品加工业，基地内出口企业达1380家。")
    b.runin("（二）突出开放带动。", "入选基地对共建“一带一路”国家进出口额占比达56.1%，龙口市铝制品、招远市黄金及有色金属等基地已在东南亚、中东、中亚等地区设立境外营销网络和海外仓，带动作用明显。")
    b.runin("（三）突出区域平衡。", "入选基地覆盖全市11个县市区（开发区），兼顾沿海与内陆、工业与农业，有利于推动全市外贸均衡协调发展。")
    b.head("三、有关建议")
    b.p("为推动基地做大做强，提出以下建议：")
    b.p("1．以市政府名义对上述12家基地予以认定并授牌，认定结果向社会公布。")
    b.p("2．对新认定的基地给予一次性奖励，每家不超过50万元，主要用于公共服务平台建设、国际市场开拓、品牌培育等，所需资金在2026年市级外经贸发展专项资金中统筹安排，不新增财政支出。")
    b.p("3．由我局牵头建立基地动态管理机制，每两年开展一次综合评价，对评价不合格的基地取消认定。")
    add_par(doc, "以上请示妥否，请批示。")
    signature(doc, "烟台市商务局", "2026年3月12日")
    empty(doc, 1)
    add_par(doc, "（联系人：孙磊，联系电话：0535-6789215）")
    banji(doc, "抄送：市发展改革委，市财政局。", "烟台市商务局办公室", "2026年3月12日印发")
    q_clauses = b.clauses

    # ---------------- 批复 (new section, new page, page numbers restart) ------------
    new_section(doc, restart=True)
    b = Body(doc)
    add_par(doc, [("烟台市人民政府文件", XBS, 40, False, RED)], align=C, indent=False,
            line=56, before=36)
    empty(doc, 1)
    p = add_par(doc, "烟政字〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("烟台市人民政府关于同意认定首批"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("烟台市外贸转型升级基地的批复"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "市商务局：", indent=False)
    b.p("你局《关于认定首批烟台市外贸转型升级基地的请示》（烟商务〔2026〕7号）收悉。经研究，现批复如下：")
    b.p("一、同意认定烟台经济技术开发区汽车及零部件外贸转型升级基地等12家基地为首批烟台市外贸转型升级基地（名单见附件）。")
    b.p("二、同意对首批烟台市外贸转型升级基地给予一次性奖励，每家不超过50万元，所需资金在2026年市级外经贸发展专项资金中统筹解决。具体由你局会同市财政局按程序办理。")
    b.p("三、各基地所在县市区政府（管委）要切实履行属地责任，将基地建设纳入本地区经济社会发展总体规划，在用地、融资、人才引进等方面加大支持力度，推动基地企业拓展共建“一带一路”国家和RCEP成员国市场。")
    b.p("四、你局要会同市发展改革委、市工业和信息化局、市财政局、烟台海关等部门，建立基地动态管理和综合评价机制，每两年开展一次综合评价，评价结果作为政策支持的重要依据，对评价不合格的基地取消认定。")
    add_par(doc, "此复。")
    empty(doc, 1)
    add_par(doc, "附件：首批烟台市外贸转型升级基地名单")
    signature(doc, "烟台市人民政府", "二〇二六年四月三日", right=48)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("首批烟台市外贸转型升级基地名单", XBS, 22, False)], align=C, indent=False,
            line=36)
    empty(doc, 1)
    simple_table(doc, ["序号", "基地名称", "所在县市区"],
                 [[str(i), bs[0], bs[1]] for i, bs in enumerate(YT_BASES, 1)],
                 b.clauses, [Cm(1.5), Cm(9.5), Cm(4.5)], left_cols=(1,))
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，烟台海关。",
          "烟台市人民政府办公室", "2026年4月3日印发")
    p_clauses = b.clauses

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "烟台市商务局关于认定首批烟台市外贸转型升级基地的请示",
            "doc_number": "烟商务〔2026〕7号",
            "issuer": ["烟台市商务局"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "烟台市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "请示",
            "recipients": ["烟台市人民政府"],
            "publicity": None,
            "repeals": None},
         "clauses": q_clauses},
        {"meta": {
            "title": "烟台市人民政府关于同意认定首批烟台市外贸转型升级基地的批复",
            "doc_number": "烟政字〔2026〕21号",
            "issuer": ["烟台市人民政府"],
            "date": "2026-04-03",
            "published": None,
            "level": "municipal",
            "region": "烟台市",
            "effective": None,
            "expires": None,
            "attachments": ["首批烟台市外贸转型升级基地名单"],
            "doc_type": "批复",
            "recipients": ["市商务局"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": p_clauses},
    ]
    return path


# ======================================================= FILE 2: 钦州港片区 函 + 南宁海关 复函
QZ_FIRMS = [
    ("钦州北港海铁物流有限公司", "广西钦州", "多式联运经营人", "58600"),
    ("广西北部湾陆海联运供应链有限公司", "广西南宁", "货运代理", "21350"),
    ("重庆渝桂通国际物流有限公司", "重庆", "货运代理", "18720"),
    ("四川蓉欧陆海通道贸易有限公司", "四川成都", "外贸企业", "9860"),
    ("贵州黔南磷化进出口有限公司", "贵州都匀", "外贸企业", "12430"),
    ("云南滇桂通供应链管理有限公司", "云南昆明", "货运代理", "7650"),
    ("钦州华泰石化产品进出口有限公司", "广西钦州", "外贸企业", "5280"),
    ("广西柳州汽车零部件出口有限公司", "广西柳州", "外贸企业", "6940"),
    ("甘肃陇桂国际货运代理有限公司", "甘肃兰州", "货运代理", "3120"),
    ("陕西秦桂陆海物流有限公司", "陕西西安", "货运代理", "4380"),
    ("钦州港保税港区冷链物流有限公司", "广西钦州", "冷链物流", "2960"),
    ("湖南湘桂联运国际物流有限公司", "湖南怀化", "货运代理", "3570"),
    ("宁夏银桂国际贸易有限公司", "宁夏银川", "外贸企业", "1840"),
    ("新疆亚欧陆海通道物流有限公司", "新疆乌鲁木齐", "货运代理", "2210"),
    ("重庆渝新汽车零部件进出口有限公司", "重庆", "外贸企业", "4760"),
]

FTZ = "中国（广西）自由贸易试验区钦州港片区管理委员会"


def letterhead_han(doc, lines, number, size=30):
    for i, ln in enumerate(lines):
        add_par(doc, [(ln, XBS, size, False, RED)], align=C, indent=False, line=size + 14,
                before=24 if i == 0 else 0)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 36, 1, val="thickThinSmallGap")
    p = add_par(doc, number, align=R, indent=False, before=6)
    p.paragraph_format.right_indent = Pt(16)


def qinzhou():
    stem = "blind1055_qinzhou_han_fuhan"
    doc = Document()
    setup(doc)

    # ---------------- 函 (typed full-width spaces instead of first-line indent) --------
    b = Body(doc, typed_indent=True)
    letterhead_han(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会"],
                   "钦港自贸函〔2026〕12号")
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("关于商请支持钦州港片区开展西部陆海新通道"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("海铁联运“一单制”改革试点的函"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "南宁海关：", indent=False)
    b.p("为深入贯彻落实《西部陆海新通道总体规划》，加快推进中国（广西）自由贸易试验区钦州港片区(以下简称钦州港片区)高水平建设，打造国际门户港，我委拟在钦州港片区开展西部陆海新通道海铁联运“一单制”改革试点。现将有关事项函商如下：")
    b.head("一、试点基本情况")
    b.p("2025年，西部陆海新通道海铁联运班列经钦州港发运1.12万列,同比增长9.7%；钦州港集装箱吞吐量完成1028万标准箱，其中海铁联运集装箱86.4万标准箱。目前，海铁联运货物在铁路段和海运段分别签发运单和提单，“一次委托、一单到底、一次结算”的全程服务尚未实现，企业在单证流转、货物交接、通关查验等环节仍需重复办理手续。")
    b.p("试点拟以钦州港东站和大榄坪港区集装箱码头为主要作业场站，试点期限为2026年6月至2027年5月。首批拟纳入试点企业15家，覆盖重庆、四川、贵州、云南、甘肃等通道沿线省（区、市）的外贸企业和物流企业（名单见附件1）。")
    b.head("二、商请支持事项")
    b.runin("（一）支持“一单制”多式联运提单在通关环节的应用。", "恳请贵关支持将钦州港片区签发的海铁联运“一单制”多式联运提单作为报关随附单证，在舱单申报、转关运输等环节予以认可。")
    b.runin("（二）支持“铁路快通”与港口作业模式衔接。", "恳请贵关支持在钦州港东站试点“铁路快通”模式与“船边直提”“抵港直装”模式的有效衔接，实现铁路进港货物“不落地、直装船”。")
    b.runin("（三）支持建设海铁联运智慧监管场所。", "我委拟在大榄坪港区建设海铁联运智慧监管场所，恳请贵关在场所规划、监管设施配置和验收等方面给予指导。")
    b.runin("（四）支持开展数据共享。", "恳请贵关支持钦州港片区多式联运信息平台与海关监管系统在依法合规前提下开展数据交换，实现货物状态全程可视、可追溯。")
    b.head("三、我委工作安排")
    b.p("我委将成立由主要负责同志任组长的试点工作专班，会同钦州海关、中国铁路南宁局集团有限公司钦州车务段及港口企业，细化试点实施方案，做好场地建设、信息平台开发和企业培训等工作，确保试点规范有序推进，并及时向贵关报送试点进展情况。")
    add_par(doc, IND + "特此函商，盼复。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：1．钦州港片区海铁联运“一单制”改革试点首批企业名单", indent=False)
    add_par(doc, IND + "\u3000\u3000\u30002．钦州港片区海铁联运“一单制”业务流程", indent=False)
    empty(doc, 2)
    # 落款 by typed spaces
    add_par(doc, "\u3000" * 2 + FTZ, indent=False)
    add_par(doc, "\u3000" * 12 + "2026年4月20日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：黄海宁，联系电话：0777-3889016）", indent=False)

    # 附件1 on its own page, table split by hand with 续表
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州港片区海铁联运“一单制”改革试点", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("首批企业名单", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    hdr = ["序号", "企业名称", "所在地", "企业类型", "2025年海铁联运箱量（标准箱）"]
    wd = [Cm(1.3), Cm(6.4), Cm(2.6), Cm(2.9), Cm(2.8)]
    rows = [[str(i)] + list(f) for i, f in enumerate(QZ_FIRMS, 1)]
    simple_table(doc, hdr, rows[:9], b.clauses, wd, left_cols=(1,))
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    simple_table(doc, hdr, rows[9:], b.clauses, wd, left_cols=(1,))
    note = "注：2025年海铁联运箱量由企业自行填报，钦州港片区管委会经济发展局汇总。"
    b.clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    # 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州港片区海铁联运“一单制”业务流程", XBS, 22, False)], align=C,
            indent=False, line=36)
    empty(doc, 1)
    b.p("1．一次委托。货主企业通过钦州港片区多式联运信息平台向多式联运经营人一次性委托全程运输，约定起运地、目的港、运输时限和费用。")
    b.p("2.一单到底。多式联运经营人签发全程有效的海铁联运“一单制”多式联运提单，铁路段、港口段、海运段不再另行签发单证。")
    b.p("3．一次结算。多式联运经营人向货主企业一次性收取全程运费，并按约定与铁路、港口、船公司分段结算。")
    b.p("4．全程追踪。信息平台汇集铁路、港口、船公司和海关监管数据，货主企业可实时查询货物在途状态和通关状态。")
    h_clauses = b.clauses

    # ---------------- 复函 (after a plain page break) ----------------
    page_break(doc)
    b = Body(doc)
    letterhead_han(doc, ["中华人民共和国南宁海关"], "南关函〔2026〕58号", size=34)
    empty(doc, 1)
    for ln in ["南宁海关关于支持中国（广西）自由贸易",
               "试验区钦州港片区开展西部陆海新通道海铁", "联运“一单制”改革试点的复函"]:
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, FTZ + "：", indent=False)
    b.p("你委《关于商请支持钦州港片区开展西部陆海新通道海铁联运“一单制”改革试点的函》（钦港自贸函〔2026〕12号）收悉。经研究，现函复如下：")
    b.runin("一、总体意见。", "我关支持钦州港片区开展西部陆海新通道海铁联运“一单制”改革试点，将按照“风险可控、便利高效”的原则，在海关职责范围内积极予以支持，助力西部陆海新通道和国际门户港建设。", HT, False)
    b.head("二、关于具体支持事项")
    b.runin("（一）关于“一单制”多式联运提单的应用。", "在符合海关监管要求的前提下，我关支持试点企业在办理转关运输和舱单申报时，将海铁联运“一单制”多式联运提单作为随附单证予以认可。")
    b.runin("（二）关于“铁路快通”与港口作业模式衔接。", "同意在钦州港东站开展“铁路快通”与“船边直提”“抵港直装”模式衔接试点，对试点企业海铁联运货物实施优先查验、优先放行。")
    b.runin("（三）关于海铁联运智慧监管场所建设。", "我关将指导钦州海关提前介入场所规划设计，按照《海关监管作业场所（场地）设置规范》要求做好监管设施配置，具备条件后及时组织验收。")
    b.runin("（四）关于数据共享。", "在确保数据安全的前提下，我关支持通过国际贸易“单一窗口”向钦州港片区多式联运信息平台推送货物申报、查验、放行等状态信息。")
    b.p("上述支持措施及责任分工见下表：")
    add_par(doc, [("南宁海关支持钦州港片区海铁联运“一单制”改革试点措施清单", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    hdr = ["序号", "支持措施", "责任单位", "完成时限"]
    wd = [Cm(1.3), Cm(8.2), Cm(3.5), Cm(3.0)]
    rows = [
        ["1", "将“一单制”多式联运提单纳入转关运输和舱单申报随附单证范围", "钦州海关", "2026年6月底前"],
        ["2", "在钦州港东站开展“铁路快通”与“船边直提”“抵港直装”模式衔接试点", "钦州海关", "2026年7月底前"],
        ["3", "对试点企业海铁联运货物实施优先查验、优先放行", "钦州海关", "2026年6月底前"],
        ["4", "指导海铁联运智慧监管场所规划建设和验收", "南宁海关口岸监管处", "2026年12月底前"],
        ["5", "推动海关监管数据与片区多式联运信息平台共享", "南宁海关科技处", "2026年9月底前"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12, width=wd[i])
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 2 and ri in (2, 3):
                continue
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C, width=wd[ci])
        b.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    m = t.cell(1, 2).merge(t.cell(3, 2))  # 钦州海关 merged over rows 1-3
    set_cell(m, "钦州海关", FS, 12, width=wd[2])
    set_widths(t, wd)
    b.runin("三、有关要求。", "请你委切实履行试点主体责任，指导试点企业规范申报、守法经营，建立试点风险防控和问题报告机制，发现重大问题及时向我关通报。试点过程中形成的经验做法，请及时总结并报我关。", HT, False)
    add_par(doc, "特此函复。")
    empty(doc, 2)
    add_par(doc, " " * 44 + "南宁海关", indent=False)
    add_par(doc, " " * 38 + "2026年5月8日", indent=False)
    banji(doc, "抄送：海关总署自贸区和特殊区域发展司，钦州海关。", "南宁海关办公室",
          "2026年5月8日印发")
    f_clauses = b.clauses

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "关于商请支持钦州港片区开展西部陆海新通道海铁联运“一单制”改革试点的函",
            "doc_number": "钦港自贸函〔2026〕12号",
            "issuer": [FTZ],
            "date": "2026-04-20",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区海铁联运“一单制”改革试点首批企业名单",
                            "钦州港片区海铁联运“一单制”业务流程"],
            "doc_type": "函",
            "recipients": ["南宁海关"],
            "publicity": None,
            "repeals": None},
         "clauses": h_clauses},
        {"meta": {
            "title": "南宁海关关于支持中国（广西）自由贸易试验区钦州港片区开展西部陆海新通道海铁联运“一单制”改革试点的复函",
            "doc_number": "南关函〔2026〕58号",
            "issuer": ["中华人民共和国南宁海关"],
            "date": "2026-05-08",
            "published": None,
            "level": "other",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": [FTZ],
            "publicity": None,
            "repeals": None},
         "clauses": f_clauses},
    ]
    return path


# ======================================================= FILE 3: 昆明 请示 + 批复
KM_ROWS = [
    ["昆明—万象（中老铁路）", "900", "2.5", "2250", "含“澜湄快线”"],
    ["昆明—曼谷（中老泰铁路联运）", "180", "4.0", "720", "经万象南站换装"],
    ["昆明—河内（中越铁路）", "120", "2.0", "240", "—"],
    ["“中老铁路+中欧班列”（昆明—欧洲）", "60", "8.0", "480", "—"],
]
for _r in KM_ROWS:
    assert abs(float(_r[1]) * float(_r[2]) - float(_r[3])) < 1e-6
assert sum(int(r[1]) for r in KM_ROWS) == 1260 and sum(int(r[3]) for r in KM_ROWS) == 3690


def kunming():
    stem = "blind1055_kunming_qingshi_pifu"
    doc = Document()
    setup(doc)

    # ---------------- 请示 ----------------
    b = Body(doc)
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("昆明市商务局", XBS, 48, False, RED)], align=C, indent=False, line=64,
            before=24)
    empty(doc, 1)
    # borderless layout table for 文号 | 签发人
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_cell(t.cell(0, 0), "昆商务〔2026〕19号", FS, 16, align=L, width=Cm(7.8))
    c = t.cell(0, 1)
    c.text = ""
    cp = c.paragraphs[0]
    font(cp.add_run("签发人："), FS, 16)
    font(cp.add_run("李晓东"), KT, 16)
    cp.alignment = R
    set_widths(t, [Cm(7.8), Cm(7.8)])
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    add_par(doc, [("昆明市商务局关于申请2026年中老铁路国际货运列车运营补助资金的请示",
                   XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "昆明市人民政府：", indent=False)
    b.p("中老铁路开通运营以来，我市依托王家营西站和腾俊国际陆港，大力发展中老铁路国际货运列车，有力支撑了面向南亚东南亚辐射中心建设和共建“一带一路”高质量发展。为巩固中老铁路国际货运发展势头，推动“澜湄快线”“中老泰铁路联运”等品牌线路常态化开行，现就申请2026年运营补助资金有关事项请示如下：")
    b.head("一、2025年运营情况")
    b.p("2025年，我市共开行中老铁路国际货运列车1086列，同比增长16.8%；发送货物98.6万吨，货值156.3亿元，货物品类由开通初期的化肥、百货等100余种拓展到电子产品、光伏组件、冷链水果等2800余种。")
    b.softbreak_par([
        "一是线路网络更加完善。开行线路覆盖老挝、泰国、越南、缅甸、柬埔寨等国家，并通过“中老铁路+中欧班列”实现与欧洲的联通。",
        "二是货源结构持续优化。回程列车占比提高到41.5%，进口榴莲、山竹等东南亚水果通过冷链专列“朝发夕至”进入国内市场。",
        "三是通关效率显著提升。昆明海关推行“两段准入”“铁路快通”等监管模式，中老铁路国际货运列车平均通关时间压缩至5小时以内。",
    ])
    b.head("二、2026年补助资金测算")
    b.p("按照《昆明市国际货运班列补助资金管理办法》（昆商务规〔2024〕2号）有关规定，结合2026年开行计划，拟对中老铁路国际货运列车按线路分类给予补助，全年计划开行1260列，共需补助资金3690万元（测算情况详见附件）。")
    b.head("三、资金来源及管理")
    b.p("建议上述资金在2026年市级商务发展专项资金中统筹安排。资金按季度预拨、年终清算，由我局会同市财政局对平台公司运营情况开展绩效评价，评价结果与下一年度补助资金安排挂钩。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：2026年中老铁路国际货运列车运营补助资金测算表")
    signature(doc, "昆明市商务局", "2026年3月9日")
    empty(doc, 1)
    add_par(doc, "（联系人：杨继红；联系电话：0871-63197452）")
    # 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年中老铁路国际货运列车运营补助资金测算表", XBS, 20, False)], align=C,
            indent=False, line=34)
    empty(doc, 1)
    hdr = ["线路", "2026年计划开行（列）", "补助标准（万元/列）", "补助金额（万元）", "备注"]
    simple_table(doc, hdr, KM_ROWS + [["合计", "1260", "—", "3690", "—"]], b.clauses,
                 [Cm(5.0), Cm(2.6), Cm(2.6), Cm(2.6), Cm(3.0)], left_cols=(0,))
    note = "注：补助标准依据《昆明市国际货运班列补助资金管理办法》确定，实际补助金额按实际开行列数据实结算。"
    b.clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    q_clauses = b.clauses

    # ---------------- 批复 (new section, page numbers continue) ----------------
    new_section(doc, restart=False)
    b = Body(doc)
    add_par(doc, [("昆明市人民政府", XBS, 48, False, RED)], align=C, indent=False, line=64,
            before=36)
    empty(doc, 1)
    p = add_par(doc, "昆政复〔2026〕14号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("昆明市人民政府关于2026年中老铁路", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("国际货运列车运营补助资金的批复", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "市商务局：", indent=False)
    b.p("你局《关于申请2026年中老铁路国际货运列车运营补助资金的请示》（昆商务〔2026〕19号）收悉。经研究，现批复如下：")
    nid = make_numbering(doc, "%1、")
    items = [
        "同意安排2026年中老铁路国际货运列车运营补助资金3510万元，在2026年市级商务发展专项资金中列支。其中，昆明—曼谷（中老泰铁路联运）线路补助标准按每列3万元执行，其余线路按你局所报标准执行。",
        "补助资金实行“先开行、后补助”，按季度预拨、年终据实清算。你局要会同市财政局制定资金拨付细则，严格审核开行列数、货源真实性等情况，严禁虚报、套取补助资金。",
        "你局要加强与铁路部门和老挝、泰国有关方面的沟通衔接，稳定开行频次，拓展回程货源，推动中老铁路国际货运列车由“政策驱动”向“市场驱动”转变。",
        "市财政局、市审计局要加强对补助资金使用情况的监督检查，确保资金安全和使用效益。",
    ]
    cn = "一二三四五六七八九十"
    for i, it in enumerate(items):
        p = add_par(doc, it, first=Pt(32))
        apply_num(p, nid)
        b.clauses.append(cn[i] + "、" + it)
    add_par(doc, "此复。")
    signature(doc, "昆明市人民政府", "2026年3月27日")
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：市财政局，市审计局，市发展改革委。", "昆明市人民政府办公室",
          "2026年3月27日印发")
    p_clauses = b.clauses

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {"meta": {
            "title": "昆明市商务局关于申请2026年中老铁路国际货运列车运营补助资金的请示",
            "doc_number": "昆商务〔2026〕19号",
            "issuer": ["昆明市商务局"],
            "date": "2026-03-09",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年中老铁路国际货运列车运营补助资金测算表"],
            "doc_type": "请示",
            "recipients": ["昆明市人民政府"],
            "publicity": None,
            "repeals": None},
         "clauses": q_clauses},
        {"meta": {
            "title": "昆明市人民政府关于2026年中老铁路国际货运列车运营补助资金的批复",
            "doc_number": "昆政复〔2026〕14号",
            "issuer": ["昆明市人民政府"],
            "date": "2026-03-27",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["市商务局"],
            "publicity": "此件主动公开",
            "repeals": None},
         "clauses": p_clauses},
    ]
    return path


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1055", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    paths = [yantai(), qinzhou(), kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
