# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 781: 自贸试验区片区年度经济运行统计公报 (统计局+管委会联合发布).

Writes three Word files, their PDFs (LibreOffice) and expected.json into
this script's own directory.
"""
import json
import os
import subprocess

from docx import Document
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
GRAY = RGBColor(0x66, 0x66, 0x66)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"
SPLIT = 5  # rows of 表2 that fit at the foot of its first page (the rest go under 续表2)

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


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        after = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                 "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                 "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
                 "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
                 "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
        nxt = [c for c in ppr if c.tag.split("}")[1] in after]
        if nxt:
            nxt[0].addprevious(bdr)
        else:
            ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def field(par, instr, name=SONG, size=14):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
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
    if footer == "dash":            # — 1 —
        fp.alignment = C
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "of":            # 第 1 页 共 4 页
        fp.alignment = C
        font(fp.add_run("第 "), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)
    else:                           # -1-  right aligned
        fp.alignment = R
        font(fp.add_run("-"), SONG, 12)
        field(fp, "PAGE", SONG, 12)
        font(fp.add_run("-"), SONG, 12)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:%s %s/>' % (tag, nsdecls("w"))))


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
               "shd", "tblLayout", "tblCellMar", "tblLook"]


def tblpr_put(tblpr, el):
    """Insert el into w:tblPr respecting the schema order (Word is strict)."""
    name = el.tag.split("}")[1]
    old = tblpr.find(qn("w:" + name))
    if old is not None:
        tblpr.remove(old)
    rank = TBLPR_ORDER.index(name)
    for child in list(tblpr):
        cname = child.tag.split("}")[1]
        if cname in TBLPR_ORDER and TBLPR_ORDER.index(cname) > rank:
            child.addprevious(el)
            return el
    tblpr.append(el)
    return el


def widths(table, cms):
    """Column widths: tblGrid + every tc (LibreOffice reads the grid)."""
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[i] * 567)))
    tblpr = tbl.tblPr
    tblpr_put(tblpr, parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                               % (nsdecls("w"), int(sum(cms) * 567))))
    tblpr_put(tblpr, parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for tr in tbl.tr_lst:
        ci = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[ci:ci + span]))
            ci += span


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr_put(tblpr, parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def caption(doc, text, unit=None, cont=False):
    """表题 (黑体, centred); unit on its own right-aligned line."""
    p = add_par(doc, [(text, HT, 14 if not cont else 12, False)], align=C if not cont else L,
                indent=False, line=24, before=6)
    p.paragraph_format.keep_with_next = True
    if unit:
        q = add_par(doc, [(unit, FS, 12, False)], align=R, indent=False, line=20)
        q.paragraph_format.keep_with_next = True


def simple_table(doc, header, rows, clauses, col_cm, size=12, repeat=True,
                 aligns=None, head_size=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, head_size or size)
    if repeat:
        row_flag(t.rows[0], "tblHeader")
    for ri, row in enumerate(rows, 1):
        row_flag(t.rows[ri], "cantSplit")
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths(t, col_cm)
    return t


def note(doc, text, clauses, size=12, line=20):
    clauses.append(text)
    p = add_par(doc, [(text, FS, size, False)], indent=False, line=line, before=3)
    return p


def banji(doc, cc, printer, date_txt, gap=2):
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_781", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def check_sum(a, b, c):
    assert abs(float(a) - float(b) - float(c)) < 0.051, (a, b, c)


# =================================================================== DOC A
# 宁波片区：网页转存的公报，发布日期行，两级表头跨页表，附注与指标解释
def doc_ningbo():
    stem = "blind781_ningbo_gongbao"
    doc = Document()
    setup(doc, footer="of")
    clauses = []

    # web page chrome kept by the clerk when pasting from the site
    add_par(doc, [("发布日期：2026-03-20　　来源：宁波市统计局　　【字体：大 中 小】", SONG, 10.5,
                   False, GRAY)], align=L, indent=False, line=18)
    add_par(doc, [("中国（浙江）自由贸易试验区宁波片区", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("2025年经济运行统计公报", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1, line=16)
    # both issuers on one line, separated by a full-width space
    add_par(doc, [("宁波市统计局　中国（浙江）自由贸易试验区宁波片区管理委员会", KT, 14, False)],
            align=C, indent=False)
    add_par(doc, [("（2026年3月18日）", KT, 16, False)], align=C, indent=False)
    empty(doc, 1, line=16)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("2025年，面对复杂严峻的外部环境，宁波片区坚持以制度创新为核心，深入推进油气全产业链开放发展和新型国际贸易中心建设，全区经济运行总体平稳、稳中有进。")
    head("一、综合")
    body("初步核算，2025年宁波片区实现地区生产总值1862.4亿元，按不变价格计算，比上年增长6.8%，高于全市1.1个百分点。其中，第一产业增加值4.7亿元，下降1.2%；第二产业增加值1021.6亿元，增长7.4%；第三产业增加值836.1亿元，增长6.1%。三次产业结构为0.3∶54.8∶44.9。")
    check_sum("1862.4", "1021.6", str(1862.4 - 1021.6))
    assert abs(4.7 + 1021.6 + 836.1 - 1862.4) < 0.01
    body("年末片区实有各类经营主体8.62万户，比上年末增长9.3%，其中企业4.15万户，增长11.2%。全年新设外商投资企业187家，实际使用外资9.76亿美元，增长12.4%。")

    # ---- 表1: two-level merged header, header rows repeat across the page break
    caption(doc, "表1　2025年宁波片区主要经济指标")
    rows = [
        ["地区生产总值", "亿元", "1862.4", "6.8"],
        ["规模以上工业增加值", "亿元", "893.5", "7.9"],
        ["规模以上工业总产值", "亿元", "4268.7", "5.6"],
        ["固定资产投资", "亿元", "—", "8.3"],
        ["社会消费品零售总额", "亿元", "312.8", "4.9"],
        ["货物进出口总额", "亿元", "3456.2", "9.7"],
        ["其中：出口", "亿元", "1987.4", "11.3"],
        ["进口", "亿元", "1468.8", "7.6"],
        ["油气贸易额", "亿元", "2731.5", "15.2"],
        ["实际使用外资", "亿美元", "9.76", "12.4"],
        ["一般公共预算收入", "亿元", "168.3", "3.1"],
        ["其中：税收收入", "亿元", "151.9", "2.7"],
        ["金融机构本外币存款余额", "亿元", "2465.7", "7.8"],
        ["金融机构本外币贷款余额", "亿元", "2918.4", "9.6"],
        ["年末实有经营主体", "万户", "8.62", "9.3"],
    ]
    check_sum("3456.2", "1987.4", "1468.8")
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "指标", HT, 12)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "单位", HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "2025年", HT, 12)
    set_cell(t.cell(1, 2), "绝对数", HT, 12)
    set_cell(t.cell(1, 3), "比上年增长（%）", HT, 12)
    row_flag(t.rows[0], "tblHeader")
    row_flag(t.rows[1], "tblHeader")
    hdr = ["指标", "单位", "2025年／绝对数", "2025年／比上年增长（%）"]
    for ri, row in enumerate(rows, 2):
        row_flag(t.rows[ri], "cantSplit")
        for ci, v in enumerate(row):
            txt = v
            al = C
            if ci == 0:
                al = L
                # “进口” typed under “其中：出口” with spaces to line up
                if v == "进口":
                    txt = "\u3000\u3000\u3000进口"
            set_cell(t.cell(ri, ci), txt, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    widths(t, [6.4, 2.2, 3.4, 3.8])
    note(doc, "注：地区生产总值、规模以上工业增加值增速按不变价格计算，其余指标增速按现价计算；固定资产投资只公布增速。", clauses)

    head("二、工业")
    body("全年规模以上工业增加值893.5亿元，比上年增长7.9%。分门类看，制造业增加值增长8.6%，电力、热力、燃气及水生产和供应业增加值增长2.3%。石化、新材料、汽车零部件三大主导产业合计实现产值3187.2亿元，增长6.4%，占规模以上工业总产值的74.7%。")
    head("三、对外贸易和开放型经济")
    body("全年货物进出口总额3456.2亿元，比上年增长9.7%。其中，出口1987.4亿元，增长11.3%；进口1468.8亿元，增长7.6%。对共建“一带一路”国家进出口1824.6亿元，增长13.8%，占进出口总额的52.8%。")
    body("大宗商品贸易能级提升。全年实现油气贸易额2731.5亿元，增长15.2%；铁矿石、铜精矿等矿产品交易额1146.3亿元，增长8.9%。新型离岸国际贸易结算额48.6亿美元，增长31.5%。")

    caption(doc, "表2　2025年宁波片区对主要国家（地区）货物进出口情况", "单位：亿元")
    rows2 = [
        ["1", "东盟", "486.3", "14.6", "301.2", "185.1"],
        ["2", "欧盟", "452.7", "6.8", "338.9", "113.8"],
        ["3", "美国", "389.5", "-3.2", "352.6", "36.9"],
        ["4", "海湾阿拉伯国家合作委员会", "372.8", "18.7", "86.4", "286.4"],
        ["5", "俄罗斯", "214.6", "9.1", "98.3", "116.3"],
        ["6", "澳大利亚", "196.2", "4.5", "37.5", "158.7"],
        ["7", "日本", "141.8", "2.3", "79.6", "62.2"],
        ["8", "韩国", "118.4", "5.7", "61.3", "57.1"],
        ["9", "非洲", "105.9", "21.4", "72.6", "33.3"],
        ["10", "拉丁美洲", "98.7", "12.2", "54.1", "44.6"],
    ]
    for r in rows2:
        check_sum(r[2], r[4], r[5])
    simple_table(doc, ["序号", "国家（地区）", "进出口", "比上年增长（%）", "出口", "进口"],
                 rows2, clauses, [1.3, 5.4, 2.2, 3.0, 2.0, 2.0], size=12,
                 aligns=[C, L, R, R, R, R])
    note(doc, "注：表中国家（地区）按2025年进出口额由高到低排列。", clauses)

    head("四、投资、消费和财政金融")
    body("全年固定资产投资比上年增长8.3%，其中工业投资增长12.6%。社会消费品零售总额312.8亿元，增长4.9%。")
    body("全年一般公共预算收入168.3亿元，比上年增长3.1%，其中税收收入151.9亿元，增长2.7%。年末片区金融机构本外币各项存款余额2465.7亿元，增长7.8%；各项贷款余额2918.4亿元，增长9.6%。")
    head("五、制度创新")
    body("全年形成制度创新成果42项，其中3项入选全国自由贸易试验区最佳实践案例。国际贸易“单一窗口”主要业务应用率保持100%，进口、出口整体通关时间分别压缩至28.6小时和0.9小时。")

    add_par(doc, [("附注：", HT, 16, False)], indent=False, before=6)

    def item(t, size=14):
        clauses.append(t)
        add_par(doc, [(t, FS, size, False)], line=24)

    item("1.本公报中2025年数据均为初步统计数。部分数据因四舍五入的原因，存在总计与分项合计不等的情况。")
    item("2.宁波片区统计范围包括宁波梅山综合保税区、宁波北仑港综合保税区、宁波保税区等区块，实施面积46.0平方公里。")
    item("3.本公报中主要指标解释如下：")
    item("（1）地区生产总值：指一个地区所有常住单位在一定时期内生产活动的最终成果，等于各产业增加值之和。")
    item("（2）规模以上工业：指年主营业务收入2000万元及以上的工业法人单位。")
    item("（3）油气贸易额：指片区内注册企业开展原油、成品油、天然气等油气产品贸易实现的销售额，包括内贸和外贸。")
    item("（4）新型离岸国际贸易：指我国居民企业从非居民企业购买货物，随后向另一非居民企业转售同一货物，而该货物始终未实际进出我国关境的交易。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（浙江）自由贸易试验区宁波片区2025年经济运行统计公报",
            "doc_number": None,
            "issuer": ["宁波市统计局", "中国（浙江）自由贸易试验区宁波片区管理委员会"],
            "date": "2026-03-18",
            "published": "2026-03-20",
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 武汉片区：联合红头“文件”，通知发布公报（公报作附件，另起页），版记在最后
def doc_wuhan():
    stem = "blind781_wuhan_tongzhi"
    doc = Document()
    setup(doc, footer="dash")
    clauses = []

    # joint red masthead: two organ names stacked (分散对齐) + 文件 spanning both rows
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "武汉市统计局", XBS, 20, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             line=27, color=RED)
    set_cell(t.cell(1, 0), "中国（湖北）自由贸易试验区武汉片区管理委员会", XBS, 15,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=27, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, align=C, line=48, color=RED)
    widths(t, [12.8, 3.0])
    empty(doc, 1)
    p = add_par(doc, "武统〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=14)
    add_par(doc, [("关于发布《中国（湖北）自由贸易试验区武汉", XBS, 22, False)],
            align=C, indent=False, line=33)
    add_par(doc, [("片区2025年经济运行统计公报》的通知", XBS, 22, False)],
            align=C, indent=False, line=33)
    empty(doc, 1, line=16)
    add_par(doc, "片区各有关部门、各功能区块，市直有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("现将《中国（湖北）自由贸易试验区武汉片区2025年经济运行统计公报》予以发布。")
    body("各单位在政策研究、规划编制和对外宣传中要统一使用公报数据。各功能区块统计机构要严格执行统计法律法规，确保统计数据真实、准确、完整、及时。")
    empty(doc, 1, line=14)
    p = add_par(doc, "附件：中国（湖北）自由贸易试验区武汉片区2025年", indent=True)
    p.add_run().add_break(WD_BREAK.LINE)          # clerk's manual break to hang the 2nd line
    font(p.add_run("\u3000\u3000\u3000\u3000\u3000经济运行统计公报"), FS, 16)
    empty(doc, 1, line=12)
    # joint 落款 in a borderless table, side by side
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), "武汉市统计局", FS, 16, line=28)
    set_cell(t.cell(0, 1), "中国（湖北）自由贸易试验区\n武汉片区管理委员会", FS, 16, line=28)
    widths(t, [7.6, 8.2])
    p = add_par(doc, "2026年4月2日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件 on a new page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("中国（湖北）自由贸易试验区武汉片区", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("2025年经济运行统计公报", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("2025年，武汉片区深入实施自由贸易试验区提升战略，以光谷科创大走廊和国家级临空经济示范区建设为牵引，加快打造内陆开放新高地，主要经济指标保持较快增长。")
    head("一、经济运行总体情况")
    runin("（一）经济总量稳步增长。", "初步核算，全年武汉片区实现地区生产总值2786.5亿元，按不变价格计算，比上年增长7.2%。其中，规模以上工业增加值增长9.4%，服务业增加值增长6.3%。")
    runin("（二）经营主体加快集聚。", "全年新登记经营主体3.96万户，比上年增长8.7%；年末实有经营主体21.43万户，增长9.1%。年末高新技术企业总数达到7865家。")

    caption(doc, "表1　2025年武汉片区主要经济指标")
    rows = [
        ["1", "地区生产总值", "亿元", "2786.5", "7.2"],
        ["2", "规模以上工业增加值", "亿元", "—", "9.4"],
        ["3", "规模以上工业总产值", "亿元", "5124.8", "8.6"],
        ["4", "服务业增加值", "亿元", "1498.2", "6.3"],
        ["5", "固定资产投资", "亿元", "—", "6.9"],
        ["6", "社会消费品零售总额", "亿元", "486.9", "5.8"],
        ["7", "货物进出口总额", "亿元", "1568.3", "11.2"],
        ["8", "其中：出口", "亿元", "1007.6", "13.5"],
        ["9", "进口", "亿元", "560.7", "7.3"],
        ["10", "跨境电商进出口额", "亿元", "132.4", "27.6"],
        ["11", "实际使用外资", "亿美元", "7.82", "10.6"],
        ["12", "服务贸易进出口额", "亿美元", "58.3", "12.9"],
        ["13", "一般公共预算收入", "亿元", "236.7", "4.4"],
        ["14", "技术合同成交额", "亿元", "1286.5", "18.3"],
        ["15", "年末实有经营主体", "万户", "21.43", "9.1"],
    ]
    check_sum("1568.3", "1007.6", "560.7")
    simple_table(doc, ["序号", "指标名称", "计量单位", "2025年", "比上年增长（%）"],
                 rows, clauses, [1.3, 6.2, 2.4, 2.6, 3.3], size=12,
                 aligns=[C, L, C, R, R])
    note(doc, "注：1.地区生产总值、规模以上工业增加值、服务业增加值增速按不变价格计算。", clauses)
    note(doc, "2.“—”表示该项指标不公布绝对数。", clauses)

    head("二、对外开放")
    runin("（三）外贸规模再创新高。", "全年货物进出口总额1568.3亿元，比上年增长11.2%，占全市进出口总额的37.6%。其中，出口1007.6亿元，增长13.5%；进口560.7亿元，增长7.3%。对共建“一带一路”国家进出口687.4亿元，增长16.8%。经片区发运的中欧班列（武汉）货值213.5亿元，增长19.2%。")
    runin("（四）新业态新模式快速发展。", "全年跨境电商进出口额132.4亿元，增长27.6%；服务贸易进出口额58.3亿美元，增长12.9%，其中数字服务贸易进出口额31.7亿美元，增长21.4%。")
    runin("（五）利用外资质量提升。", "全年新设外商投资企业156家，实际使用外资7.82亿美元，增长10.6%，其中高技术产业实际使用外资4.96亿美元，占63.4%。")
    head("三、创新发展")
    runin("（六）科技创新动能增强。", "全年技术合同成交额1286.5亿元，增长18.3%；每万人口高价值发明专利拥有量达到186件。新增国家级专精特新“小巨人”企业24家。")
    runin("（七）制度创新成果丰硕。", "全年形成制度创新成果58项，其中“科技成果转化‘先使用后付费’”等4项在全国复制推广。")

    add_par(doc, [("附注：主要指标解释", HT, 16, False)], indent=False, before=6)

    def expl(name, text):
        clauses.append(name + text)
        add_par(doc, [(name, FS, 14, True), (text, FS, 14, False)], line=24)

    expl("统计范围：", "中国（湖北）自由贸易试验区武汉片区实施范围70平方公里，全部位于武汉东湖新技术开发区内。本公报统计范围为武汉东湖新技术开发区全域。")
    expl("跨境电商进出口额：", "指通过海关跨境电子商务监管方式（9610、9710、9810、1210）申报的进出口货值。")
    expl("服务贸易：", "指我国居民与非居民之间相互提供服务的交易，数据来源于国家外汇管理局湖北省分局。")
    expl("技术合同成交额：", "指经技术合同认定登记机构认定登记的技术开发、技术转让、技术许可、技术咨询和技术服务合同的成交金额。")

    banji(doc, "抄送：湖北省统计局，湖北省商务厅，国家统计局武汉调查队。", "武汉市统计局办公室",
          "2026年4月2日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于发布《中国（湖北）自由贸易试验区武汉片区2025年经济运行统计公报》的通知",
            "doc_number": "武统〔2026〕9号",
            "issuer": ["武汉市统计局", "中国（湖北）自由贸易试验区武汉片区管理委员会"],
            "date": "2026-04-02",
            "published": None,
            "level": "municipal",
            "region": "武汉市",
            "effective": None,
            "expires": None,
            "attachments": ["中国（湖北）自由贸易试验区武汉片区2025年经济运行统计公报"],
            "doc_type": "通知",
            "recipients": ["片区各有关部门", "各功能区块", "市直有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 昆明片区：双机关红色标识（无“文件”、无文号），空格缩进，半角标点混用，
# 手工续表，指标解释做成附表，落款用汉字日期
def doc_kunming():
    stem = "blind781_kunming_gongbao"
    doc = Document()
    setup(doc, footer="plain")
    clauses = []

    add_par(doc, [("昆明市统计局", XBS, 30, False, RED)], align=C, indent=False, line=40)
    add_par(doc, [("中国（云南）自由贸易试验区昆明片区管理委员会", XBS, 18, False, RED)],
            align=C, indent=False, line=30)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1)
    empty(doc, 1)
    add_par(doc, [("中国（云南）自由贸易试验区昆明片区", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("2025年国民经济和社会发展", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("统计公报", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    # body typed with full-width spaces instead of a first-line indent
    def body(t, lead=IND):
        clauses.append(t)
        add_par(doc, lead + t, indent=False)

    def head(t):
        return add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("2025年，昆明片区深入贯彻落实党中央、国务院和省委、省政府决策部署，紧紧围绕建设面向南亚东南亚辐射中心，高质量实施自由贸易试验区提升战略，主动服务和融入共建“一带一路”，经济社会发展取得新成效。")
    head("一、综合")
    body("初步核算,全年片区实现地区生产总值1047.3亿元,比上年增长5.9%。其中，第一产业增加值4.9亿元，增长2.4%；第二产业增加值532.6亿元，增长6.8%；第三产业增加值509.8亿元，增长5.1%。")
    assert abs(4.9 + 532.6 + 509.8 - 1047.3) < 0.01
    body("全年新登记经营主体1.27万户，比上年增长6.4%，年末实有经营主体9.85万户。新设外商投资企业63家，实际使用外资1.86亿美元，增长8.1%。")
    head("二、工业")
    # a clause with a manual line break typed in the middle of the sentence
    t1 = "全年规模以上工业增加值比上年增长7.3%。分行业看，烟草制品业增长2.1%，医药制造业增长11.8%，"
    t2 = "计算机、通信和其他电子设备制造业增长24.6%，汽车制造业增长15.2%。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2), FS, 16)
    fmt(p, indent=False)
    clauses.append(t1 + t2)

    caption(doc, "表1　2025年片区规模以上工业主要产品产量")
    rows1 = [
        ["1", "卷烟", "亿支", "612.4", "0.8"],
        ["2", "中成药", "吨", "18462", "9.7"],
        ["3", "化学药品原药", "吨", "2315", "12.6"],
        ["4", "新能源汽车", "辆", "48627", "36.4"],
        ["5", "太阳能电池（光伏电池）", "万千瓦", "865.3", "18.9"],
        ["6", "智能手机", "万台", "1276", "22.5"],
        ["7", "工业机器人", "套", "1248", "31.0"],
        ["8", "钢材", "万吨", "286.7", "-4.3"],
    ]
    simple_table(doc, ["序号", "产品名称", "计量单位", "产量", "比上年增长(%)"],
                 rows1, clauses, [1.3, 6.0, 2.4, 2.8, 3.3], size=12, repeat=False,
                 aligns=[C, L, C, R, R])

    head("三、对外贸易与口岸")
    body("全年货物进出口总额612.8亿元，比上年增长10.6%。其中，出口364.5亿元，增长14.2%；进口248.3亿元，增长5.7%。对东盟进出口301.5亿元，增长17.3%，占片区进出口总额的49.2%；对南亚国家进出口42.6亿元，增长9.8%。")
    check_sum("612.8", "364.5", "248.3")

    hdr2 = ["序号", "国家（地区）", "进出口总额（亿元）", "比上年增长(%)", "出口（亿元）", "进口（亿元）"]
    rows2 = [
        ["1", "越南", "82.4", "15.6", "56.3", "26.1"],
        ["2", "老挝", "64.7", "28.9", "38.2", "26.5"],
        ["3", "泰国", "58.3", "12.4", "29.8", "28.5"],
        ["4", "缅甸", "41.6", "6.2", "22.7", "18.9"],
        ["5", "马来西亚", "23.8", "9.5", "13.4", "10.4"],
        ["6", "印度尼西亚", "15.3", "18.1", "9.6", "5.7"],
        ["7", "印度", "18.9", "4.7", "15.2", "3.7"],
        ["8", "孟加拉国", "12.4", "13.6", "11.8", "0.6"],
        ["9", "美国", "46.2", "-6.8", "39.5", "6.7"],
        ["10", "欧盟", "51.7", "3.9", "30.1", "21.6"],
        ["11", "日本", "14.6", "1.2", "6.8", "7.8"],
        ["12", "韩国", "12.9", "7.4", "5.3", "7.6"],
    ]
    for r in rows2:
        check_sum(r[2], r[4], r[5])
    cw = [1.2, 3.4, 3.2, 2.8, 2.4, 2.4]
    al = [C, C, R, R, R, R]
    caption(doc, "表2　2025年片区对主要国家（地区）货物进出口情况")
    simple_table(doc, hdr2, rows2[:SPLIT], clauses, cw, size=12, repeat=False, aligns=al)
    # the clerk split the table by hand and retyped the header under 续表2
    caption(doc, "续表2", cont=True)
    doc.paragraphs[-1].paragraph_format.page_break_before = True
    simple_table(doc, hdr2, rows2[SPLIT:], clauses, cw, size=12, repeat=False, aligns=al)
    note(doc, "注：1.东盟国家中仅列出进出口额居前的6个国家。2.欧盟为27个成员国合计。", clauses)
    body("中老铁路国际货运持续放量。全年经中老铁路（昆明王家营西站）发运国际货物186.4万吨，增长21.7%，货值148.2亿元；“澜湄快线”国际货物列车开行1096列。")

    head("四、投资、消费和财政")
    body("全年固定资产投资比上年增长4.6%，其中产业投资增长11.3%。社会消费品零售总额398.7亿元，增长4.2%。一般公共预算收入72.6亿元，增长3.8%。")
    head("五、开放平台与制度创新")
    body("全年新形成制度创新成果27项，其中“跨境人民币结算便利化”“中老铁路‘一单制’多式联运”等5项在全省复制推广。昆明综合保税区实现进出口总额186.9亿元，增长12.7%。年末片区注册的南亚东南亚国家投资企业达到428家。")

    head("附注").paragraph_format.keep_with_next = True
    body("1．本公报中数据均为初步统计数，部分数据因四舍五入原因，存在总计与分项合计不等的情况。")
    body("2．昆明片区实施范围76平方公里，本公报统计范围为昆明片区所在的昆明经济技术开发区全域。")
    body("3．主要统计指标解释见附表。")
    caption(doc, "附表　主要统计指标解释")
    rows3 = [
        ["地区生产总值", "指一个地区所有常住单位在一定时期内生产活动的最终成果。按不变价格计算增长速度。"],
        ["规模以上工业增加值", "指年主营业务收入2000万元及以上的工业法人单位在报告期内以货币形式表现的工业生产活动的最终成果。"],
        ["货物进出口总额", "指实际进出我国关境的货物总金额，按经营单位所在地统计，数据来源于昆明海关。"],
    ]
    simple_table(doc, ["指标名称", "指标解释"], rows3, clauses, [4.0, 11.6], size=12,
                 repeat=True, aligns=[C, L])

    empty(doc, 2)
    add_par(doc, "\u3000" * 21 + "昆明市统计局", indent=False)
    add_par(doc, "中国（云南）自由贸易试验区昆明片区管理委员会", align=R, indent=False)
    add_par(doc, "\u3000" * 16 + "二〇二六年三月二十六日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（云南）自由贸易试验区昆明片区2025年国民经济和社会发展统计公报",
            "doc_number": None,
            "issuer": ["昆明市统计局", "中国（云南）自由贸易试验区昆明片区管理委员会"],
            "date": "2026-03-26",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公报",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_wuhan(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
