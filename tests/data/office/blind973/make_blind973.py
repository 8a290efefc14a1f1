# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 973: 泉州市商务局 泉州市财政局联合通知（外贸稳增长若干措施）及其在
《泉州市人民政府公报》上的转载版。生成 Word + PDF + expected.json。"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT

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


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.widow_control = False
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    return p


def par(doc, runs, size=16, **kw):
    """runs: str or list of (text, font[, bold[, color]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS)]
    for r in runs:
        text, name = r[0], r[1]
        bold = r[2] if len(r) > 2 else False
        color = r[3] if len(r) > 3 else None
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


def empty(doc, n=1, line=28, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=line)
        font(p.add_run(""), FS, size)


def base_style(doc, size=16):
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)


def page_field(p, name, size, before, after):
    font(p.add_run(before), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(after), name, size)


def set_cols(section, num, space_twips=425):
    sp = section._sectPr
    old = sp.find(qn("w:cols"))
    if old is not None:
        sp.remove(old)
    sp.append(parse_xml('<w:cols %s w:num="%d" w:space="%d"/>' % (nsdecls("w"), num, space_twips)))


def page_start(section, n):
    sp = section._sectPr
    sp.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), n)))


def cell_txt(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_973", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ content
TITLE = "泉州市商务局　泉州市财政局关于实施2026年外贸稳增长若干措施的通知"
DOCNO = "泉商务〔2026〕21号"
RECIP_LINE = "各县（市、区）商务主管部门，各县（市、区）财政局，泉州开发区管委会，泉州台商投资区管委会，有关外贸企业："
RECIPIENTS = ["各县（市、区）商务主管部门", "各县（市、区）财政局", "泉州开发区管委会",
              "泉州台商投资区管委会", "有关外贸企业"]
REPEALS = "《泉州市商务局 泉州市财政局关于实施2025年外贸稳增长若干措施的通知》（泉商务〔2025〕17号）"
ATT1 = "2026年泉州市外贸稳增长政策兑现事项一览表"

INTRO = ("为贯彻落实省委、省政府稳外贸决策部署，推动我市外贸保稳提质，"
         "根据《2026年福建省外贸稳增长若干措施》（闽商务贸〔2026〕3号），经市政府同意，现就实施2026年外贸稳增长若干措施通知如下：")

# (heading, [(clerk's number, run-in title, text), ...])
SECTIONS = [
    ("一、支持开拓国际市场", [
        ("1.", "支持参加境外展会。",
         "对参加《2026年泉州市重点境外展会目录》内展会的企业，按展位费的70%给予补助，单家企业年度最高50万元；"
         "参加“一带一路”共建国家和RCEP成员国展会的，补助比例提高至80%。"),
        ("2．", "支持培育自主品牌。",
         "对企业在境外注册商标、获得国际认证的，按实际费用的50%给予补助，单家企业年度最高20万元。"),
    ]),
    ("二、培育壮大外贸主体", [
        ("1.", "奖励出口增量。",
         "对2026年出口额2000万美元以上且同比增长10%以上的企业，按出口增量每美元0.01元给予奖励，最高100万元。"),
        ("2.", "支持新设外贸主体。",
         "对2026年首次实现出口且出口额达到300万美元的新设企业，一次性奖励10万元。"),
        ("3．", "支持外贸综合服务企业。",
         "对市级外贸综合服务企业，按服务中小微企业出口额每美元0.005元给予奖励，年度最高80万元。"),
    ]),
    ("三、发展外贸新业态", [
        ("1.", "支持跨境电商出口。",
         "对跨境电商B2B出口（9710、9810）增长15%以上的企业，按增量的1%给予奖励，最高50万元。"),
        ("2.", "支持海外仓建设。",
         "对新认定的省级公共海外仓一次性奖励50万元；在“一带一路”共建国家新建3000平方米以上海外仓的，"
         "按租金的30%给予补助，最高30万元。"),
    ]),
    ("四、强化金融保障", [
        ("1.", "出口信用保险保费补助。",
         "按实缴保费的50%给予补助；上年度出口额500万美元以下小微企业统保平台保费全额补助。单家企业年度最高80万元。"),
        ("2.", "外贸贷贴息。",
         "对获得“外贸贷”的企业，按实际支付利息的30%给予贴息，最高30万元。"),
    ]),
    ("五、抓好政策兑现", [
        ("1.", "统一申报。",
         "政策兑现事项通过“泉州惠企通”平台统一申报，出口增量奖励、新设外贸主体奖励实行“免申即享”，兑现事项详见附件。"),
        ("2．", "资金分担。",
         "所需资金由市、县两级财政按5:5比例分担，市级安排专项资金8000万元；泉州开发区、泉州台商投资区企业所需资金由市级财政全额承担。"),
        ("3.", "兑现时限。",
         "县级初审10个工作日、市级复核15个工作日内完成，资金在复核通过后30日内拨付到位。"),
    ]),
]

CLOSING = "本通知自2026年4月1日起施行，有效期至2026年12月31日。" + REPEALS + "同时废止。"

# 附件 table
T_HEAD1 = ["序号", "类别", "政策事项", "支持标准", "预计兑现资金（万元）", None, "申报时间", "兑现方式", "责任单位"]
T_KEYS = ["序号", "类别", "政策事项", "支持标准", "预计兑现资金（万元）／市级", "预计兑现资金（万元）／县级",
          "申报时间", "兑现方式", "责任单位"]
T_ROWS = [
    ("市场开拓", [
        ("境外展会补助", "展位费的70%（“一带一路”、RCEP展会80%），年度最高50万元", 1200, 1080,
         "2026年6月、11月", "即申即办", "市商务局对外贸易处"),
        ("自主品牌和国际认证补助", "实际费用的50%，年度最高20万元", 300, 270,
         "2026年11月", "即申即办", "市商务局对外贸易处"),
    ]),
    ("主体培育", [
        ("出口增量奖励", "增量每美元0.01元，最高100万元", 2000, 1800,
         "免申报", "免申即享", "市商务局对外贸易处"),
        ("新设外贸主体奖励", "一次性10万元", 200, 180,
         "免申报", "免申即享", "市商务局对外贸易处"),
        ("外贸综合服务企业奖励", "每美元0.005元，年度最高80万元", 500, 450,
         "2026年11月", "即申即办", "市商务局对外贸易处"),
    ]),
    ("新业态", [
        ("跨境电商出口奖励", "增量的1%，最高50万元", 600, 540,
         "2026年11月", "即申即办", "市商务局电子商务处"),
        ("公共海外仓奖励和补助", "一次性奖励50万元，新建海外仓租金的30%（最高30万元）", 400, 360,
         "2026年6月、11月", "即申即办", "市商务局电子商务处"),
    ]),
    ("金融保障", [
        ("出口信用保险保费补助", "实缴保费的50%，小微企业全额，年度最高80万元", 2200, 1980,
         "2026年6月、11月", "即申即办", "市商务局对外贸易处"),
        ("外贸贷贴息", "利息的30%，最高30万元", 600, 540,
         "按季度申报", "即申即办", "市财政局金融科"),
    ]),
]
T_NOTES = [
    "注：1.县级资金为各县（市、区）预计配套数，泉州开发区、泉州台商投资区企业所需资金由市级财政全额承担。",
    "2.“免申报”事项由市商务局依据海关统计数据直接核定，企业无需提交申请。",
]


def table_rows_for_key():
    out = []
    n = 0
    sum_c = sum_x = 0
    for cat, rows in T_ROWS:
        for (name, std, city, county, when, how, who) in rows:
            n += 1
            sum_c += city
            sum_x += county
            vals = [str(n), cat, name, std, str(city), str(county), when, how, who]
            out.append(vals)
    out.append(["合计", "—", "—", "—", str(sum_c), str(sum_x), "—", "—", "—"])
    return out


def row_clause(vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(T_KEYS, vals))


def col_widths(table, cms):
    """Fixed layout: tblW, tblGrid and every tc width (LibreOffice reads the grid)."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        old = tblpr.find(qn(tag))
        if old is not None:
            tblpr.remove(old)
    tw = [int(c * 567) for c in cms]
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), sum(tw))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for tr in tbl.tr_lst:
        ci = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[ci:ci + span]))
            ci += span


def build_table(doc, size, widths_cm, line):
    rows = table_rows_for_key()
    t = doc.add_table(rows=2 + len(rows), cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # header: two rows, vertical merges except the 资金 columns
    for ci in range(9):
        if ci in (4, 5):
            continue
        a = t.cell(0, ci).merge(t.cell(1, ci))
        cell_txt(a, T_HEAD1[ci], HT, size, line=line)
    top = t.cell(0, 4).merge(t.cell(0, 5))
    cell_txt(top, T_HEAD1[4], HT, size, line=line)
    cell_txt(t.cell(1, 4), "市级", HT, size, line=line)
    cell_txt(t.cell(1, 5), "县级", HT, size, line=line)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    # body
    for ri, vals in enumerate(rows, 2):
        for ci, v in enumerate(vals):
            if ci == 1 and vals[0] != "合计":
                continue
            al = L if ci == 3 and vals[0] != "合计" else C
            cell_txt(t.cell(ri, ci), v, FS, size, align=al, line=line)
    # 类别: vertical merge per group
    r0 = 2
    for cat, grp in T_ROWS:
        m = t.cell(r0, 1).merge(t.cell(r0 + len(grp) - 1, 1))
        cell_txt(m, cat, FS, size, line=line)
        r0 += len(grp)
    col_widths(t, widths_cm)
    return [row_clause(v) for v in rows]


# ================================================================ FILE A
def doc_tongzhi():
    stem = "blind973_tongzhi"
    doc = Document()
    base_style(doc)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, SONG, 14, "— ", " —")
    clauses = []

    # joint red masthead: 2x2 borderless table, 文件 merged on the right
    mt = doc.add_table(rows=2, cols=2)
    no_borders(mt)
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["泉州市商务局", "泉州市财政局"]):
        c = mt.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(name), XBS, 34, False, RED)
        p.paragraph_format.line_spacing = Pt(42)
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml('<w:jc %s w:val="distribute"/>' % nsdecls("w")))
    w = mt.cell(0, 1).merge(mt.cell(1, 1))
    w.text = ""
    p = w.paragraphs[0]
    font(p.add_run("文件"), XBS, 44, False, RED)
    p.alignment = C
    w.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    col_widths(mt, [10.8, 4.6])
    empty(doc, 1, line=20)
    p = par(doc, DOCNO, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title: one paragraph, manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("泉州市商务局　泉州市财政局关于实施"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年外贸稳增长若干措施的通知"), XBS, 22)
    fmt(p, align=C, line=34)
    empty(doc, 1, line=20)
    par(doc, RECIP_LINE, align=L)

    # intro typed with leading full-width spaces instead of indent
    par(doc, "\u3000\u3000" + INTRO, align=L)
    clauses.append(INTRO)
    for head, items in SECTIONS:
        par(doc, [(head, HT)], first=Pt(32))
        for num, h, t in items:
            par(doc, [(num + h, FS, True), (t, FS)], first=Pt(32))
            clauses.append(num + h + t)
    par(doc, CLOSING, first=Pt(32))
    clauses.append(CLOSING)
    empty(doc, 1)
    par(doc, "附件：" + ATT1, first=Pt(32))
    empty(doc, 1)
    # 落款: two organs side by side with tabs, seals noted
    for txt in ("\t泉州市商务局\t泉州市财政局", "\t（盖章）\t（盖章）"):
        p = par(doc, txt, align=L)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.keep_with_next = True
    p = par(doc, " " * 34 + "2026年3月18日", align=L)
    p.paragraph_format.keep_with_next = True
    par(doc, "（此件主动公开）", first=Pt(32))

    # ---- 附件 : landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    par(doc, [("附件", HT)], align=L, line=24)
    par(doc, [(ATT1, XBS, False)], size=20, align=C, line=30, after=6)
    clauses.extend(build_table(doc, 10.5, [1.2, 1.9, 3.8, 6.4, 1.7, 1.7, 2.9, 2.0, 3.1], 14))
    for n in T_NOTES:
        par(doc, n, size=11, align=L, line=16, first=Pt(0) if n.startswith("注") else Pt(22))
        clauses.append(n)

    # 版记 under the attachment, on the last page
    empty(doc, 1, line=16, size=11)
    p = par(doc, "抄送：省商务厅，省财政厅，市政府办公室，泉州海关，中国出口信用保险公司福建分公司。",
            size=14, align=L, line=22, left=Pt(14))
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 3)
    border(p, "bottom", "000000", 4, 3)
    p = par(doc, "泉州市商务局办公室\t2026年3月19日印发", size=14, align=L, line=22, left=Pt(14))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(23.5), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": TITLE,
            "doc_number": DOCNO,
            "issuer": ["泉州市商务局", "泉州市财政局"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "泉州市",
            "effective": "2026-04-01",
            "expires": "2026-12-31",
            "attachments": [ATT1],
            "doc_type": "通知",
            "recipients": RECIPIENTS,
            "publicity": "此件主动公开",
            "repeals": REPEALS,
        },
        "clauses": clauses,
    }]
    return path


# ================================================================ FILE B
GZ_SIZE = 10.5
GZ_LINE = 16


def gz_body(doc, runs, first=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    return par(doc, runs, size=GZ_SIZE, line=GZ_LINE, align=align,
               first=Pt(21) if first else Pt(0))


def doc_gongbao():
    stem = "blind973_gongbao"
    doc = Document()
    base_style(doc, GZ_SIZE)
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(18.4), Cm(26)   # 16开 gazette
    s.top_margin, s.bottom_margin = Cm(2.4), Cm(2.2)
    s.left_margin, s.right_margin = Cm(1.9), Cm(1.9)
    s.header_distance = Cm(1.2)
    page_start(s, 23)
    hp = s.header.paragraphs[0]
    font(hp.add_run("泉州市人民政府公报"), KT, 9)
    font(hp.add_run("\t"), KT, 9)
    font(hp.add_run("2026年第4期（总第236期）"), KT, 9)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), WD_TAB_ALIGNMENT.RIGHT)
    border(hp, "bottom", "000000", 6, 2)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, SONG, 9, "· ", " ·")

    # gazette rubric
    p = par(doc, [("部门文件", HT)], size=12, align=L, line=20, after=6)
    border(p, "bottom", "000000", 12, 2)
    # ---- document 1: title over two paragraphs, 文号 under it
    par(doc, [("泉州市商务局　泉州市财政局", XBS)], size=18, align=C, line=28, before=8)
    par(doc, [("关于实施2026年外贸稳增长若干措施的通知", XBS)], size=18, align=C, line=28)
    par(doc, [(DOCNO, KT)], size=GZ_SIZE, align=C, line=20, after=6)

    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    clauses = []
    gz_body(doc, RECIP_LINE, first=False, align=L)
    gz_body(doc, INTRO)
    clauses.append(INTRO)
    for head, items in SECTIONS:
        gz_body(doc, [(head, HT)])
        for num, h, t in items:
            n = num.replace(".", "．")       # the typesetter normalises item numbers
            gz_body(doc, [(n + h, FS, True), (t, FS)])
            clauses.append(n + h + t)
    gz_body(doc, CLOSING)
    clauses.append(CLOSING)
    gz_body(doc, "附件：" + ATT1)
    empty(doc, 1, line=GZ_LINE, size=GZ_SIZE)
    p = par(doc, "泉州市商务局　　泉州市财政局", size=GZ_SIZE, line=GZ_LINE, align=R)
    p.paragraph_format.right_indent = Pt(10)
    p = par(doc, "2026年3月18日", size=GZ_SIZE, line=GZ_LINE, align=R)
    p.paragraph_format.right_indent = Pt(30)

    # 附件 full width
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 1)
    par(doc, [("附件", HT)], size=GZ_SIZE, align=L, line=GZ_LINE, before=10)
    par(doc, [(ATT1, HT)], size=12, align=C, line=20, after=4)
    clauses.extend(build_table(doc, 8, [1.0, 1.3, 2.0, 3.3, 1.15, 1.15, 1.6, 1.1, 2.0], 11))
    for n in T_NOTES:
        n2 = n.replace("：1.", "：1．").replace("2.“", "2．“")
        par(doc, n2, size=8, align=L, line=12, first=Pt(0) if n2.startswith("注") else Pt(16))
        clauses.append(n2)

    expected[stem] = [{
        "meta": {
            "title": TITLE,
            "doc_number": DOCNO,
            "issuer": ["泉州市商务局", "泉州市财政局"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "泉州市",
            "effective": "2026-04-01",
            "expires": "2026-12-31",
            "attachments": [ATT1],
            "doc_type": "通知",
            "recipients": RECIPIENTS,
            "publicity": None,
            "repeals": REPEALS,
        },
        "clauses": clauses,
    }]

    # ---- document 2 printed right after it in the same gazette issue
    empty(doc, 1, line=GZ_LINE, size=GZ_SIZE)
    p = par(doc, [("", HT)], size=6, align=C, line=8)
    border(p, "top", "000000", 4, 1)
    par(doc, [("泉州市商务局关于公布2026年第一批", XBS)], size=18, align=C, line=28)
    par(doc, [("市级外贸综合服务企业名单的通知", XBS)], size=18, align=C, line=28)
    par(doc, [("泉商务〔2026〕26号", KT)], size=GZ_SIZE, align=C, line=20, after=6)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    cl2 = []
    gz_body(doc, "各县（市、区）商务主管部门，泉州开发区管委会，泉州台商投资区管委会，有关企业：", first=False, align=L)
    b = [
        "根据《泉州市商务局　泉州市财政局关于实施2026年外贸稳增长若干措施的通知》（泉商务〔2026〕21号）和《泉州市外贸综合服务企业认定管理办法》有关规定，"
        "经企业申报、县（市、区）商务主管部门初审、专家评审和网上公示，现将泉州嘉信外贸综合服务有限公司等5家企业认定为2026年第一批市级外贸综合服务企业。",
        "市级外贸综合服务企业认定资格有效期为2年。各有关企业要严格遵守海关、税务、外汇等管理规定，规范开展通关、物流、退税、结算、信保等外贸综合服务，"
        "切实发挥服务中小微外贸企业的平台作用。市商务局将会同有关部门实行动态管理，对年度考核不合格或发生严重失信行为的企业，取消其认定资格。",
        "各县（市、区）商务主管部门要加强对辖区内外贸综合服务企业的跟踪服务，及时协调解决企业发展中遇到的困难和问题。",
    ]
    for t in b:
        gz_body(doc, t)
        cl2.append(t)
    gz_body(doc, "附件：2026年第一批市级外贸综合服务企业名单")
    empty(doc, 1, line=GZ_LINE, size=GZ_SIZE)
    p = par(doc, "泉州市商务局", size=GZ_SIZE, line=GZ_LINE, align=R)
    p.paragraph_format.right_indent = Pt(21)
    p = par(doc, "2026年3月27日", size=GZ_SIZE, line=GZ_LINE, align=R)
    p.paragraph_format.right_indent = Pt(16)
    par(doc, [("附件", HT)], size=GZ_SIZE, align=L, line=GZ_LINE, before=8)
    par(doc, [("2026年第一批市级外贸综合服务企业名单", HT)], size=GZ_SIZE, align=C, line=GZ_LINE, after=4)
    hdr = ["序号", "企业名称", "所在地"]
    rows = [
        ["1", "泉州嘉信外贸综合服务有限公司", "晋江市"],
        ["2", "福建海丝通供应链管理有限公司", "丰泽区"],
        ["3", "石狮市融达进出口贸易有限公司", "石狮市"],
        ["4", "泉州港联国际物流服务有限公司", "泉州台商投资区"],
        ["5", "南安市鑫源外贸服务有限公司", "南安市"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(hdr):
        cell_txt(t.cell(0, ci), h, HT, 9, line=14)
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            cell_txt(t.cell(ri, ci), v, FS, 9, line=14)
        cl2.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    col_widths(t, [0.9, 4.0, 1.9])
    empty(doc, 1, line=GZ_LINE, size=GZ_SIZE)

    expected[stem].append({
        "meta": {
            "title": "泉州市商务局关于公布2026年第一批市级外贸综合服务企业名单的通知",
            "doc_number": "泉商务〔2026〕26号",
            "issuer": ["泉州市商务局"],
            "date": "2026-03-27",
            "published": None,
            "level": "municipal",
            "region": "泉州市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年第一批市级外贸综合服务企业名单"],
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务主管部门", "泉州开发区管委会", "泉州台商投资区管委会", "有关企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


def main():
    paths = [doc_tongzhi(), doc_gongbao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
