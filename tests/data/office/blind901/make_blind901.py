# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 901: 省政府关于设立自贸试验区联动发展区的批复 + 附件建设方案.

Writes blind901_*.docx, their PDFs (LibreOffice) and expected.json next to
this script.
"""
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
IND = "\u3000\u3000"          # two full-width spaces typed as indent
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT

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
    """runs: str or list of (text, font, size, bold[, color])."""
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


def _field_page(fp, size=14):
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, start_page=None):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.2)
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
    fp.alignment = CENTER
    font(fp.add_run("— "), SONG, 14)
    _field_page(fp)
    font(fp.add_run(" —"), SONG, 14)
    if start_page is not None:
        s._sectPr.append(parse_xml('<w:pgNumType %s w:start="%d"/>'
                                   % (nsdecls("w"), start_page)))
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_901", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [901]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, FS, FS, FS))
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
def doc_hunan():
    """湖南省人民政府 批复 (信函格式) + 附件 建设方案 with merged-header table."""
    stem = "blind901_hunan_changde"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def sub(t):
        add_par(doc, [(t, KT, 16, False)])

    def runin(h, t, hfont=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, False), (t, FS, 16, False)])

    # 信函格式版头: organ name in red, red double rule, 文号 flush right
    empty(doc, 1, line=20)
    add_par(doc, [("湖南省人民政府", XBS, 40, False, RED)],
            align=CENTER, indent=False, line=56)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "湘政函〔2025〕132号", indent=False, align=RIGHT, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title typed as two separate paragraphs
    add_par(doc, [("湖南省人民政府关于同意设立中国（湖南）", XBS, 22, False)],
            align=CENTER, indent=False, line=36)
    add_par(doc, [("自由贸易试验区常德联动发展区的批复", XBS, 22, False)],
            align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "常德市人民政府，省商务厅：", indent=False)

    body("你们《关于申请设立中国（湖南）自由贸易试验区常德联动发展区的请示》（常政〔2025〕41号）收悉。经研究，现批复如下：")
    body("一、同意设立中国（湖南）自由贸易试验区常德联动发展区（以下简称联动发展区），原则同意《中国（湖南）自由贸易试验区常德联动发展区建设方案》（以下简称《方案》），请认真组织实施。")
    body("二、联动发展区实施范围12.86平方公里，包括常德经济技术开发区区块8.35平方公里、常德高新技术产业开发区区块3.27平方公里、常德港盐关作业区区块1.24平方公里，具体四至范围见《方案》。")
    body("三、联动发展区要以制度创新为核心，主动对接自贸试验区长沙、岳阳、郴州片区，重点发展生物医药、装备制造、现代物流等产业，积极融入共建“一带一路”，打造湘西北开放发展新高地。")
    body("四、常德市人民政府要切实履行主体责任，确保各项改革试点任务落地见效。联动发展区不享受自贸试验区片区的特殊政策，涉及需国家有关部门授权的事项，按程序报批后实施。")
    body("五、省商务厅（省自贸办）要加强指导协调，每年对联动发展区建设情况开展评估，评估结果报省人民政府。")
    empty(doc, 1)
    add_par(doc, "附件：中国（湖南）自由贸易试验区常德联动发展区建设方案", indent=True)
    empty(doc, 1)
    # 落款 pushed right with typed half-width spaces
    p = add_par(doc, " " * 36 + "湖南省人民政府", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 35 + "2025年11月20日", indent=False)
    add_par(doc, "（此件公开发布）", indent=True)

    # ---------------- 附件 ----------------
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("中国（湖南）自由贸易试验区常德联动发展区", XBS, 22, False)],
                align=CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("建设方案"), XBS, 22)
    empty(doc, 1)
    body("为充分发挥中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）辐射带动作用，高标准建设常德联动发展区（以下简称联动发展区），制定本方案。")
    head("一、发展目标")
    body("到2027年，联动发展区累计复制推广湖南自贸试验区改革试点经验80项以上，形成制度创新成果20项以上，进出口总额突破150亿元。")
    head("二、空间布局")
    body("联动发展区共3个区块，各区块四至范围如下：")
    add_par(doc, [("联动发展区区块四至范围表（单位：平方公里）", HT, 14, False)],
            align=CENTER, indent=False, line=26, before=4)
    # two header rows: 面积 spans 2 columns; 区块名称 / 四至范围 span 2 rows
    hdr = ["区块名称", "四至范围", "面积／实施面积", "面积／可开发面积"]
    rows = [
        ["常德经济技术开发区区块", "东至德山大道，南至枉水河，西至沅江大堤，北至常张高速", "8.35", "5.62"],
        ["常德高新技术产业开发区区块", "东至桃花源路，南至柳叶大道，西至丹溪路，北至长岭路", "3.27", "2.18"],
        ["常德港盐关作业区区块", "东至盐关路，南至沅水，西至德山港区边界，北至桃林路", "1.24", "0.86"],
        ["合计", "—", "12.86", "8.66"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [4.2, 6.6, 2.2, 2.6])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "区块名称", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "四至范围", HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "面积", HT, 12)
    set_cell(t.cell(1, 2), "实施面积", HT, 12)
    set_cell(t.cell(1, 3), "可开发面积", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=LEFT if ci == 1 else CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    add_par(doc, [("注：各区块四至范围以常德市自然资源和规划局出具的界址点坐标为准。", FS, 12, False)],
            indent=False, line=20, before=2)
    clauses.append("注：各区块四至范围以常德市自然资源和规划局出具的界址点坐标为准。")
    head("三、主要任务")
    sub("（一）提升贸易投资便利化水平")
    runin("1.深化通关模式改革。", "复制推广“两段准入”“两步申报”等监管创新举措，推动常德港与城陵矶港“联动接卸”。", FS)
    runin("2.创新招商引资方式。", "围绕生物医药、装备制造等产业链开展精准招商，建立重点外资项目“首席服务专员”制度。", FS)
    runin("（二）推动产业联动发展。", "探索“片区研发+联动区制造”协作模式，与长沙、岳阳、郴州片区共建产业合作园区。")
    runin("（三）深化对外开放合作。", "依托西部陆海新通道，推动常德至北部湾港铁海联运常态化运行。")
    head("四、保障措施")
    body("市本级财政每年安排不少于5000万元专项资金支持联动发展区建设。")

    banji(doc, "抄送：商务部，省委各部门，省人大常委会办公厅，省政协办公厅。",
          "湖南省人民政府办公厅", "2025年11月21日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省人民政府关于同意设立中国（湖南）自由贸易试验区常德联动发展区的批复",
            "doc_number": "湘政函〔2025〕132号",
            "issuer": ["湖南省人民政府"],
            "date": "2025-11-20",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（湖南）自由贸易试验区常德联动发展区建设方案"],
            "doc_type": "批复",
            "recipients": ["常德市人民政府", "省商务厅"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """广西 批复 (文件格式, 特急, auto numbering) + 附件 方案 with 续表 task table."""
    stem = "blind901_guangxi_beihai"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)   # indent typed with full-width spaces

    def numbered(t):
        clauses.append("%s、%s" % (CN[numbered.i], t))
        numbered.i += 1
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_head)
    numbered.i = 0

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    empty(doc, 1, line=16)
    add_par(doc, [("广西壮族自治区人民政府文件", XBS, 34, False, RED)],
            align=CENTER, indent=False, line=54)
    empty(doc, 1)
    p = add_par(doc, "桂政函〔2026〕27号", indent=False, align=CENTER)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title: one paragraph, Shift+Enter at an odd place
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区人民政府关于同意设立中国"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（广西）自由贸易试验区北海联动"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("发展区的批复"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "北海市人民政府，自治区商务厅：", indent=False)

    body("北海市人民政府《关于申请设立中国（广西）自由贸易试验区北海联动发展区的请示》（北政报〔2026〕3号）收悉。经研究，现批复如下：")
    numbered("同意设立中国（广西）自由贸易试验区北海联动发展区（以下简称联动发展区），原则同意《中国（广西）自由贸易试验区北海联动发展区建设方案》（以下简称《方案》），请认真组织实施。")
    numbered("联动发展区实施范围9.72平方公里，包括北海综合保税区区块2.28平方公里、铁山港（临海）工业区区块5.06平方公里、北海工业园区区块2.38平方公里。")
    numbered("联动发展区要立足面向东盟的区位优势，主动服务西部陆海新通道建设，对标《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，与南宁、钦州港、崇左片区协同发展。")
    numbered("北海市人民政府要切实履行主体责任，确保《方案》各项任务按期完成。自治区商务厅要加强指导服务，对联动发展区建设情况开展年度评估。")
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（广西）自由贸易试验区北海联动发展区建设方案", indent=False)
    empty(doc, 2)
    p = add_par(doc, "广西壮族自治区人民政府", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(40)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "二〇二六年三月十二日", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---------------- 附件 (own page) ----------------
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("中国（广西）自由贸易试验区北海联动发展区", XBS, 22, False)],
                align=CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("建设方案"), XBS, 22)
    empty(doc, 1)
    body("为推动北海市与中国（广西）自由贸易试验区（以下简称广西自贸试验区）联动发展，制定本方案。")
    head("一、总体目标")
    body("到2028年，联动发展区累计复制推广广西自贸试验区制度创新成果60项以上，形成首创性制度创新成果10项以上；外贸进出口总额达到500亿元，其中对东盟进出口占比超过40%；集聚外贸经营主体1000家以上。")
    head("二、重点任务")
    body("围绕联动发展区功能定位，确定7项重点任务，具体分工如下：")
    add_par(doc, [("北海联动发展区重点任务分工表", HT, 14, False)],
            align=CENTER, indent=False, line=26, before=4)
    hdr = ["序号", "重点任务", "责任单位", "完成时限"]
    rows = [
        ["1", "复制推广广西自贸试验区“边境贸易+加工”、跨境人民币结算便利化等改革试点经验", "北海市商务局，北海海关，中国人民银行北海市分行", "2026年12月底前"],
        ["2", "推进铁山港“智慧港口”建设，推动北海港与钦州港、防城港通关一体化", "北海市交通运输局，北海海关", "2027年6月底前"],
        ["3", "推动北海综合保税区开展保税维修、保税研发业务", "北海综合保税区管委会，北海海关", "2026年12月底前"],
        ["4", "建设面向东盟的跨境电商产业园和公共海外仓", "北海市商务局，北海市邮政管理局", "2027年12月底前"],
        ["5", "发展海洋渔业跨境合作，建设东盟水产品进口集散中心", "北海市海洋局，北海市商务局", "2027年12月底前"],
        ["6", "打造石化、新材料、电子信息临港产业集群，推动与南宁、钦州港片区共建产业链", "北海市工业和信息化局，铁山港区人民政府", "2028年12月底前"],
        ["7", "建立联动发展区建设成效年度评估和信息报送制度", "北海市商务局", "每年12月底前"],
    ]
    widths = [1.3, 7.4, 4.6, 3.3]

    def task_table(part):
        t = doc.add_table(rows=1 + len(part), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        repeat_header(t.rows[0])
        for ri, row in enumerate(part, 1):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 12,
                         align=LEFT if ci in (1, 2) else CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
        return t

    task_table(rows[:2])
    # clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    task_table(rows[2:])
    add_par(doc, [("注：责任单位中排在第一位的为牵头单位，其他为配合单位。", FS, 12, False)],
            indent=False, line=20, before=2)
    clauses.append("注：责任单位中排在第一位的为牵头单位，其他为配合单位。")
    head("三、保障措施")
    runin("（一）强化组织保障。", "北海市成立联动发展区建设工作专班，实行“月调度、季通报、年考核”。")
    runin("（二）强化政策保障。", "自治区有关部门在项目安排、用海用地等方面予以倾斜支持。")
    body("本方案自2026年4月1日起实施，有效期至2030年12月31日。")

    banji(doc, "抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，南宁海关。",
          "广西壮族自治区人民政府办公厅", "2026年3月13日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区人民政府关于同意设立中国（广西）自由贸易试验区北海联动发展区的批复",
            "doc_number": "桂政函〔2026〕27号",
            "issuer": ["广西壮族自治区人民政府"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-04-01",
            "expires": "2030-12-31",
            "attachments": ["中国（广西）自由贸易试验区北海联动发展区建设方案"],
            "doc_type": "批复",
            "recipients": ["北海市人民政府", "自治区商务厅"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_henan():
    """河南省人民政府公报 reprint: two separate 批复 one after the other."""
    stem = "blind901_henan_gongbao"
    doc = Document()
    s = setup(doc, start_page=18)
    # gazette running header: name left, issue right (tab), rule below
    hp = s.header.paragraphs[0]
    font(hp.add_run("河南省人民政府公报"), SONG, 10.5)
    font(hp.add_run("\t"), SONG, 10.5)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)  # right tab
    font(hp.add_run("2026年第3期"), SONG, 10.5)
    border(hp, "bottom", "000000", 6, 1)
    docs = []

    def one(title, number, recips, paras, date_txt, date_iso, split_last=False):
        clauses = []
        add_par(doc, [(title, XBS, 22, False)], align=CENTER, indent=False, line=36)
        add_par(doc, [("（%s）" % number, KT, 16, False)], align=CENTER, indent=False, before=6)
        empty(doc, 1)
        add_par(doc, "、".join(recips) + "：", indent=False)
        body_paras = paras[:-2] if split_last else paras
        for t in body_paras:
            clauses.append(t)
            add_par(doc, "    " + t, indent=False)      # four half-width spaces as indent
        if split_last:
            # two numbered items typed in one paragraph with Shift+Enter
            t1, t2 = paras[-2:]
            p = doc.add_paragraph()
            font(p.add_run("    " + t1), FS, 16)
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run("    " + t2), FS, 16)
            fmt(p, indent=False)
            clauses.extend([t1, t2])
        add_par(doc, "    此复。", indent=False)
        empty(doc, 1)
        p = add_par(doc, "河南省人民政府", indent=False, align=RIGHT)
        p.paragraph_format.right_indent = Pt(48)
        p = add_par(doc, date_txt, indent=False, align=RIGHT)
        p.paragraph_format.right_indent = Pt(32)
        docs.append({
            "meta": {
                "title": title,
                "doc_number": number,
                "issuer": ["河南省人民政府"],
                "date": date_iso,
                "published": None,
                "level": "provincial",
                "region": "河南省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "批复",
                "recipients": recips,
                "publicity": None,
                "repeals": None,
            },
            "clauses": clauses,
        })

    one("河南省人民政府关于同意设立中国（河南）自由贸易试验区南阳联动发展区的批复",
        "豫政文〔2026〕11号", ["南阳市人民政府", "省商务厅"], [
            "你们《关于申请设立中国（河南）自由贸易试验区南阳联动发展区的请示》(宛政〔2025〕52号)收悉。经研究，现批复如下：",
            "一、同意设立中国（河南）自由贸易试验区南阳联动发展区，实施范围10.38平方公里，涵盖南阳高新技术产业开发区区块6.15平方公里和南阳卧龙综合保税区区块4.23平方公里。原则同意《中国（河南）自由贸易试验区南阳联动发展区建设方案》，由南阳市人民政府印发实施。",
            "二、南阳联动发展区要聚焦光电信息、中医药、现代物流等特色产业，加强与郑州、开封、洛阳片区联动，在投资贸易便利化、产业协同创新等方面加大改革探索力度，打造豫西南开放合作新高地。",
            "三、南阳市人民政府要落实主体责任，完善工作机制，强化要素保障，推动各项改革任务落地见效。",
            "四、省商务厅（省自贸办）要加强指导服务，会同省有关部门建立动态评估和退出机制，对连续两年评估不合格的联动发展区予以撤销。",
        ], "2026年1月16日", "2026-01-16", split_last=True)

    empty(doc, 2)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "000000", 4, 1)
    empty(doc, 1)

    one("河南省人民政府关于同意设立中国（河南）自由贸易试验区许昌联动发展区的批复",
        "豫政文〔2026〕12号", ["许昌市人民政府", "省商务厅"], [
            "你们《关于设立中国（河南）自由贸易试验区许昌联动发展区的请示》（许政〔2025〕67号）收悉。经研究，现批复如下：",
            "一、同意设立中国（河南）自由贸易试验区许昌联动发展区，实施范围8.06平方公里，涵盖许昌经济技术开发区区块5.12平方公里、许昌综合保税区区块2.94平方公里。原则同意《中国（河南）自由贸易试验区许昌联动发展区建设方案》，由许昌市人民政府印发实施。",
            "二、许昌联动发展区要发挥发制品、电力装备、再生金属等产业优势，深化与郑州片区在跨境电商、多式联运等领域合作，积极参与共建“一带一路”，打造具有国际影响力的发制品出口基地和中部地区开放型产业集聚区。",
            "三、许昌市人民政府要加强组织领导，健全推进机制，细化改革任务清单，每年12月底前将建设情况报省商务厅（省自贸办）。",
            "四、省商务厅（省自贸办）要会同省有关部门加强协调指导，及时总结推广联动发展区改革创新经验。",
        ], "2026年1月16日", "2026-01-16")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_hunan(), doc_guangxi(), doc_henan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
