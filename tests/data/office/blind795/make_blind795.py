# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 795: 海事管理公告（锚地通告、航行警告、进出港报告办法）, Word + PDF + expected.json."""
import io
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
IND = "\u3000\u3000"

expected = {}
LINE = [28]   # body line spacing (固定值, pt) of the document being built


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


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = LINE[0]
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


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, footer="dash"):
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
    left, right = ("— ", " —") if footer == "dash" else ("- ", " -")
    font(fp.add_run(left), SONG, 14)
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
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18 if size <= 11 else 20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_795", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chart_png():
    """A plain 示意图 of the anchorages (drawn, no text needed)."""
    from PIL import Image, ImageDraw
    W, H = 1400, 820
    im = Image.new("RGB", (W, H), (236, 244, 250))
    d = ImageDraw.Draw(im)
    # coast (east side) – land in light yellow
    d.polygon([(1400, 0), (1150, 0), (1120, 130), (1180, 250), (1090, 350), (1130, 460),
               (1040, 580), (1100, 700), (1060, 820), (1400, 820)], fill=(245, 236, 200),
              outline=(120, 100, 60))
    # lon 108°55'–109°05' -> x ; lat 19°40'–19°51' -> y
    def xy(lat_min, lon_min):
        x = 60 + (lon_min - 55) / 12.0 * 1280
        y = 780 - (lat_min - 40) / 11.0 * 740
        return (x, y)
    def box(la1, lo1, la2, lo2, col, width=5):
        pts = [xy(la1, lo1), xy(la1, lo2), xy(la2, lo2), xy(la2, lo1), xy(la1, lo1)]
        d.line(pts, fill=col, width=width)
    def dashed(p1, p2, col, seg=18):
        import math
        L = math.dist(p1, p2)
        n = int(L // seg)
        for i in range(0, n, 2):
            a = (p1[0] + (p2[0] - p1[0]) * i / n, p1[1] + (p2[1] - p1[1]) * i / n)
            b = (p1[0] + (p2[0] - p1[0]) * (i + 1) / n, p1[1] + (p2[1] - p1[1]) * (i + 1) / n)
            d.line([a, b], fill=col, width=4)
    # grid
    for m in range(56, 67, 2):
        d.line([xy(40, m), xy(51, m)], fill=(200, 215, 225), width=1)
    for m in range(41, 51, 2):
        d.line([xy(m, 55), xy(m, 67)], fill=(200, 215, 225), width=1)
    # old anchorages (grey dashed)
    for (a1, o1, a2, o2) in [(46.5, 57.0, 45.0, 59.5), (43.0, 59.8, 41.0, 62.0)]:
        P = [xy(a1, o1), xy(a1, o2), xy(a2, o2), xy(a2, o1)]
        for i in range(4):
            dashed(P[i], P[(i + 1) % 4], (150, 150, 150))
    box(45.5, 58.0, 44.0, 60.0, (220, 0, 0))      # 1号
    box(43.5, 56.5, 41.5, 59.0, (0, 60, 200))     # 2号
    box(47 + 10 / 60, 62 + 20 / 60, 46.0, 63 + 50 / 60, (0, 150, 60))  # 3号
    dashed(xy(50, 60), xy(50, 66), (0, 0, 0))     # 报告线
    # north arrow
    d.polygon([(120, 60), (100, 130), (120, 115), (140, 130)], fill=(0, 0, 0))
    d.rectangle([0, 0, W - 1, H - 1], outline=(0, 0, 0), width=3)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


# =================================================================== DOC A
def doc_yangpu():
    """海南海事局 锚地调整通告：红头、坐标表（两级表头、纵向合并、表头重复）、附图说明。"""
    stem = "blind795_yangpu_maodi"
    LINE[0] = 26
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中华人民共和国海南海事局", XBS, 32, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54, before=18)
    empty(doc, 1)
    p = add_par(doc, "琼海通告〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title broken at an odd place over two paragraphs
    add_par(doc, [("海南海事局关于洋浦港区锚地调整及锚地", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("使用管理的通告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, bold), (t, FS, 16, False)], indent=False)

    body("为进一步规范海南自由贸易港洋浦港区锚地使用秩序，保障船舶锚泊和航行安全，适应小铲滩集装箱码头扩建工程投入使用后的通航需要，根据《中华人民共和国海上交通安全法》《中华人民共和国海南自由贸易港法》等法律法规，经商洋浦经济开发区管理委员会，我局决定对洋浦港区锚地进行调整。现将有关事项通告如下：")
    head("一、锚地设置")
    body("调整后，洋浦港区共设置锚地3处，总面积约31.5平方公里，各锚地范围由下列各拐点顺次连线围成（见表1）。")
    cap = add_par(doc, [("表1　洋浦港区锚地拐点坐标（坐标系：CGCS2000；单位：度、分、秒）", HT, 12, False)],
                  align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, before=4, after=4)
    cap.paragraph_format.keep_with_next = True

    rows = [
        ("1号锚地", "液体危险货物船舶锚泊", [
            ("A", "19°45′30.0″", "108°58′00.0″"), ("B", "19°45′30.0″", "109°00′00.0″"),
            ("C", "19°44′00.0″", "109°00′00.0″"), ("D", "19°44′00.0″", "108°58′00.0″")]),
        ("2号锚地", "30万吨级及以下船舶锚泊、候潮", [
            ("A", "19°43′30.0″", "108°56′30.0″"), ("B", "19°43′30.0″", "108°59′00.0″"),
            ("C", "19°41′30.0″", "108°59′00.0″"), ("D", "19°41′30.0″", "108°56′30.0″")]),
        # typist pasted these from another file: half-width ' and "
        ("3号锚地", "联检、临时避风", [
            ("A", "19°47'10.0\"", "109°02'20.0\""), ("B", "19°47'10.0\"", "109°03'50.0\""),
            ("C", "19°46'00.0\"", "109°03'50.0\""), ("D", "19°46'00.0\"", "109°02'20.0\"")]),
    ]
    n = 2 + sum(len(r[2]) for r in rows)
    t = doc.add_table(rows=n, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(2.4), Cm(4.4), Cm(1.4), Cm(3.7), Cm(3.7)])
    for col, h in enumerate(["锚地名称", "用途", "拐点"]):
        m = t.cell(0, col).merge(t.cell(1, col))
        set_cell(m, h, HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "坐标（CGCS2000）", HT, 12)
    set_cell(t.cell(1, 3), "北纬", HT, 12)
    set_cell(t.cell(1, 4), "东经", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    r = 2
    for name, use, pts in rows:
        a = t.cell(r, 0).merge(t.cell(r + len(pts) - 1, 0))
        set_cell(a, name, size=11)
        b = t.cell(r, 1).merge(t.cell(r + len(pts) - 1, 1))
        set_cell(b, use, size=11)
        for (pt, lat, lon) in pts:
            set_cell(t.cell(r, 2), pt, size=11)
            set_cell(t.cell(r, 3), lat, size=11)
            set_cell(t.cell(r, 4), lon, size=11)
            clauses.append("锚地名称：%s；用途：%s；拐点：%s；坐标（CGCS2000）／北纬：%s；坐标（CGCS2000）／东经：%s"
                           % (name, use, pt, lat, lon))
            r += 1
    n1 = "注：1.1号锚地水深14.2米至18.6米，2号锚地水深19.5米至23.0米，3号锚地水深9.8米至12.4米（自理论最低潮面起算）。"
    n2 = "2.各锚地边界未设置专用浮标，船舶应当以电子海图和本表坐标为准。"
    p = add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])

    head("二、锚地使用管理")
    runin("（一）申请与调度。", "船舶需在洋浦港区锚地锚泊的，应当在抵达锚地24小时前（航程不足24小时的，在驶离上一港口时）通过海南海事局“智慧海事”政务服务平台或者委托船舶代理向洋浦船舶交通管理中心（以下简称洋浦VTS中心）申请锚位，并按照指定锚位锚泊，不得擅自移锚或者占用他船锚位。")
    runin("（二）分类锚泊。", "1号锚地仅供载运液体危险货物的船舶锚泊，其他船舶不得进入；2号锚地主要供吃水12米以上的大型船舶锚泊和候潮；3号锚地供船舶办理联检手续及在6级以下风力条件下临时避风使用，锚泊时间一般不超过72小时。")
    runin("（三）值守要求。", "锚泊船舶应当保持正规瞭望，在VHF 08频道（洋浦VTS中心工作频道）和16频道守听，按规定显示号灯、号型，保持船舶自动识别系统（AIS）正常开启；遇有6级以上大风或者能见度不良时，应当备车备锚，做好随时起锚准备。")
    runin("三、船舶进出港报告。", "进出洋浦港区的国际航行船舶和国内航行船舶，应当按照海南自由贸易港船舶进出港报告有关规定，通过海南国际贸易“单一窗口”完成进出港报告；进港船舶抵达洋浦港区报告线（北纬19°50′00.0″、东经109°00′00.0″与北纬19°50′00.0″、东经109°06′00.0″两点连线）时，应当向洋浦VTS中心报告船位和动态。", HT, False)
    head("四、其他事项")
    body("（一）本通告自2026年3月1日起施行，有效期至2028年2月29日。")
    body("（二）2023年6月15日发布的《海南海事局关于洋浦港区锚地设置的通告》（琼海通告〔2023〕11号）自本通告施行之日起废止，原锚地同时停止使用。")
    body("（三）洋浦VTS中心值班电话：0898-28836112；VHF工作频道：08频道。")
    add_par(doc, IND + "特此通告。", indent=False)
    add_par(doc, IND + "附件：洋浦港区锚地布置示意图", indent=False)
    empty(doc, 1)
    # 落款 aligned with typed spaces, date in Chinese numerals
    add_par(doc, " " * 34 + "中华人民共和国海南海事局", indent=False)
    add_par(doc, " " * 38 + "二〇二六年二月十日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- attachment on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("洋浦港区锚地布置示意图", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=6)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(chart_png(), width=Cm(11))
    add_par(doc, [(IND + "附图说明：", HT, 16, False)], indent=False, before=6)
    for s in [
        "1.本图依据海图《洋浦港及附近》（图号15263）缩绘，仅作示意，不得作为航行使用。",
        "2.图中红色实线围成区域为1号锚地，蓝色实线围成区域为2号锚地，绿色实线围成区域为3号锚地，各拐点坐标见本通告表1。",
        "3.图中黑色虚线为洋浦港区报告线，船舶抵达报告线时应当向洋浦VTS中心报告。",
        "4.图中灰色虚线为调整前的原锚地范围，自2026年3月1日起停止使用。",
    ]:
        body(s)
    banji(doc, "抄送：交通运输部海事局，海南省交通运输厅，洋浦经济开发区管理委员会，洋浦海事局。",
          "海南海事局办公室", "2026年2月11日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海南海事局关于洋浦港区锚地调整及锚地使用管理的通告",
            "doc_number": "琼海通告〔2026〕5号",
            "issuer": ["中华人民共和国海南海事局"],
            "date": "2026-02-10",
            "published": None,
            "level": "other",
            "region": "海南省",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["洋浦港区锚地布置示意图"],
            "doc_type": "通告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": "《海南海事局关于洋浦港区锚地设置的通告》（琼海通告〔2023〕11号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门海事局两份航行警告，前后相连打印在一个文件里：无红头、坐标逐行、制表位落款。"""
    stem = "blind795_xiamen_hangjing"
    LINE[0] = 28
    doc = Document()
    setup(doc, footer="hyphen")
    docs = []

    def warning(title, number, intro, points, tail, date_txt, date_iso, eff, exp):
        clauses = []
        add_par(doc, [(title, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
        add_par(doc, [(number, KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        empty(doc, 1, line=20)
        clauses.append(intro)
        add_par(doc, intro)
        for pt in points:
            clauses.append(pt)
            p = add_par(doc, pt, indent=False)
            p.paragraph_format.left_indent = Pt(64)
        for tx in tail:
            clauses.append(tx)
            add_par(doc, tx)
        empty(doc, 1)
        for line in ("中华人民共和国厦门海事局", date_txt):
            p = add_par(doc, "\t" + line, indent=False)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
        docs.append({
            "meta": {
                "title": title,
                "doc_number": number.strip("（）"),
                "issuer": ["中华人民共和国厦门海事局"],
                "date": date_iso,
                "published": None,
                "level": "other",
                "region": "厦门市",
                "effective": eff,
                "expires": exp,
                "attachments": [],
                "doc_type": "航行警告",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": clauses,
        })

    warning(
        "海沧航道维护性疏浚作业航行警告", "（厦航警0047/26）",
        "2026年4月15日至6月30日，每日0600时至2200时，“闽航浚8”轮、“海天浚6”轮在厦门港海沧航道（3#至7#灯浮之间）下列四点顺次连线围成的水域内进行维护性疏浚作业：",
        ["A点：24°27′12.0″N，118°02′30.0″E", "B点：24°27′30.0″N，118°03′48.0″E",
         "C点：24°27′18.0″N，118°03′54.0″E", "D点：24°27′00.0″N，118°02′36.0″E"],
        ["作业期间，作业船舶在VHF 09频道守听，抛泥船舶往返于作业水域与厦门港外海临时性海洋倾倒区之间。过往船舶应当加强瞭望，提前与作业船舶联系，减速慢行，谨慎驾驶，注意避让。",
         "本航行警告有效期自2026年4月15日至2026年6月30日。"],
        "2026年4月13日", "2026-04-13", "2026-04-15", "2026-06-30")

    # separator typed as a row of dashes, then the next warning straight after
    empty(doc, 1, line=16)
    add_par(doc, [("-" * 78, SONG, 10, False)], indent=False, line=16)
    empty(doc, 1, line=16)

    warning(
        "厦门自贸片区大嶝岛—翔安海底电缆敷设施工航行警告", "（厦航警0048/26）",
        "2026年4月16日至5月10日，每日0700时至1900时，“启帆9”轮在中国（福建）自由贸易试验区厦门片区大嶝岛至翔安区莲河之间下列各点顺次连线附近水域进行海底电缆敷设施工，施工船舶采用锚泊方式作业，锚缆向外延伸约300米：",
        ["(1)24°32'45\"N，118°18'20\"E", "(2)24°33'10\"N，118°19'05\"E",
         "(3)24°33'42\"N，118°19'40\"E"],
        ["施工期间，上述各点连线两侧各300米范围内水域禁止船舶锚泊、拖网作业和穿越，过往船舶请绕行，并在VHF 06频道与施工船舶保持联系。",
         "本航行警告自发布之日起生效，有效期至2026年5月10日。"],
        "2026年4月14日", "2026-04-14", "2026-04-14", "2026-05-10")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC C
VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def textbox_par(doc, lines):
    """落款 typed into a floating text box (VML), anchored to an empty paragraph."""
    inner = ""
    for ln in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
                  '<w:t>%s</w:t></w:r></w:p>' % (FS, FS, FS, ln))
    xml = ('<w:r %s %s><w:pict><v:shape id="luokuan" type="#_x0000_t202" '
           'style="position:absolute;margin-left:215pt;margin-top:4pt;width:230pt;height:70pt;z-index:2;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>' % (nsdecls("w"), VML_NS, inner))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    empty(doc, 2)
    return p


def doc_qinzhou():
    """广西海事局印发进出港报告办法的通知：红头文件、第X条、附件1办法另页、附件2一览表、文本框落款。"""
    stem = "blind795_qinzhou_baogao"
    LINE[0] = 26
    doc = Document()
    setup(doc)
    clauses = []

    p = add_par(doc, [("中华人民共和国广西海事局文件", XBS, 30, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54, before=6)
    p = add_par(doc, "桂海规〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("广西海事局关于印发《中国（广西）自由贸易",
               "试验区钦州港片区船舶进出港报告管理办法》",
               "的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=32)
    empty(doc, 1, line=16)
    add_par(doc, "钦州海事局、北海海事局、防城港海事局，局机关各处室：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为优化船舶进出港报告管理，提高钦州港口岸通关效率，服务西部陆海新通道和共建“一带一路”高质量发展，我局制定了《中国（广西）自由贸易试验区钦州港片区船舶进出港报告管理办法》，现印发给你们，请认真贯彻执行。")
    body("执行中遇到的问题，请及时报告局船舶监督处（电话：0771-5862317）。")
    # attachment list aligned with full-width spaces
    add_par(doc, "附件：1.中国（广西）自由贸易试验区钦州港片区船舶进出港报告管理办法", indent=True)
    p = add_par(doc, "\u3000\u3000\u30002.钦州港片区船舶进出港报告受理单位联系方式一览表", indent=True)
    textbox_par(doc, ["中华人民共和国广西海事局", "2026年5月12日"])
    add_par(doc, "（此件公开发布）")

    # ---- 附件1 on its own page
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("船舶进出港报告管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=8)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(no, text, items=()):
        clauses.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)], line=26)
        for it in items:
            add_par(doc, it, line=26)

    chapter("第一章　总　　则")
    art("第一条", "为规范中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）船舶进出港报告管理，保障水上交通安全，根据《中华人民共和国海上交通安全法》等有关规定，制定本办法。")
    art("第二条", "本办法适用于进出钦州港片区港口、锚地和通航水域的船舶。军事船舶、公务船舶、渔业船舶除外。")
    art("第三条", "钦州海事局负责钦州港片区船舶进出港报告的受理、核查和监督管理工作。")
    chapter("第二章　报告要求")
    art("第四条", "船舶应当在预计抵港24小时前（航程不足24小时的，在驶离上一港口时）通过国际贸易“单一窗口”向钦州海事局报告进港信息；在驶离本港前2小时内报告出港信息。")
    art("第五条", "船舶进港报告应当包括下列内容：", [
        "（一）船名、船籍港、IMO编号或者船舶识别号；",
        "（二）船舶种类、总吨、预计抵港吃水；",
        "（三）预计抵达报告线的时间和拟靠泊码头或者锚地；",
        "（四）载运危险货物的名称、类别和联合国编号。"])
    art("第六条", "本办法所称钦州港报告线，是指北纬21°30′00″、东经108°35′00″与北纬21°30′00″、东经108°42′00″两点之间的连线。船舶抵达报告线时，应当通过VHF 09频道向钦州船舶交通管理中心报告。")
    art("第七条", "有下列情形之一的，船舶应当及时报告动态变化：", [
        "1.预计抵港时间变化超过2小时的；",
        "2.拟靠泊码头或者锚地发生变化的；",
        "3.船舶发生险情、事故或者设备故障的。"])
    chapter("第三章　便利措施")
    art("第八条", "对国际航行船舶实行进出港报告“一次申报、信息共享”，船舶通过国际贸易“单一窗口”提交的进出境（港）申报信息，视为已向海事管理机构报告。")
    art("第九条", "在钦州港与北部湾其他港口之间开展班轮运输、且近12个月内无违法违章记录的集装箱班轮，可以按季度报告船舶班期，船期不变的，无需逐航次报告。")
    chapter("第四章　附　　则")
    art("第十条", "船舶未按照本办法规定报告或者报告内容不真实的，由海事管理机构依法予以处理，并记入航运公司信用记录。")
    art("第十一条", "本办法由广西海事局负责解释。")
    art("第十二条", "本办法自2026年6月1日起施行，有效期至2031年5月31日。《广西海事局关于钦州港船舶进出港报告有关事项的通知》（桂海通〔2021〕56号）同时废止。")

    # ---- 附件2 on its own page: contact table
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("钦州港片区船舶进出港报告受理单位", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("联系方式一览表", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    header = ["序号", "受理单位", "受理事项", "值班电话", "VHF频道"]
    data = [
        ["1", "钦州海事局政务服务中心", "船舶进出港报告受理、核查", "0777-3882106", "—"],
        ["2", "钦州船舶交通管理中心", "报告线报告、船舶动态报告", "0777-3882119", "09"],
        ["3", "钦州海事局大榄坪海事处", "大榄坪港区、钦州保税港区船舶移泊报告", "0777-3686512", "09"],
        ["4", "钦州海事局三墩海事处", "三墩作业区、30万吨级进港航道船舶动态报告", "0777-3698023", "69"],
        ["5", "钦州海事局龙门海事处", "茅尾海、龙门港区船舶报告", "0777-3460139", "09"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.3), Cm(4.4), Cm(6.0), Cm(2.9), Cm(1.8)])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    note = "注：上述值班电话24小时有人值守，VHF频道为船舶与受理单位联络的工作频道。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：交通运输部海事局，广西壮族自治区交通运输厅，中国（广西）自由贸易试验区钦州港片区管理委员会，钦州海关。",
          "广西海事局办公室", "2026年5月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西海事局关于印发《中国（广西）自由贸易试验区钦州港片区船舶进出港报告管理办法》的通知",
            "doc_number": "桂海规〔2026〕2号",
            "issuer": ["中华人民共和国广西海事局"],
            "date": "2026-05-12",
            "published": None,
            "level": "other",
            "region": "广西壮族自治区",
            "effective": "2026-06-01",
            "expires": "2031-05-31",
            "attachments": ["中国（广西）自由贸易试验区钦州港片区船舶进出港报告管理办法",
                            "钦州港片区船舶进出港报告受理单位联系方式一览表"],
            "doc_type": "通知",
            "recipients": ["钦州海事局", "北海海事局", "防城港海事局", "局机关各处室"],
            "publicity": "此件公开发布",
            "repeals": "《广西海事局关于钦州港船舶进出港报告有关事项的通知》（桂海通〔2021〕56号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yangpu(), doc_xiamen(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
