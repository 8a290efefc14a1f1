# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 960: 自贸试验区工作简报 (two files), Word + PDF + expected.json."""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT

expected = {}


# ---------------------------------------------------------------- helpers
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
    if spacing is not None:
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
    """runs: list of (text, fontname, size, bold[, color]) or plain str.
    A text of "\\n" inserts a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        spacing = r[5] if len(r) > 5 else None
        if text == "\n":
            run = p.add_run()
            font(run, name, size, bold, color)
            run.add_break(WD_BREAK.LINE)
            continue
        font(p.add_run(text), name, size, bold, color, spacing)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        # schema order: pBdr comes before shd/tabs/spacing/ind/jc ...
        later = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
        nxt = None
        for ch in ppr:
            if ch.tag in [qn(x) for x in later]:
                nxt = ch
                break
        if nxt is not None:
            nxt.addprevious(bdr)
        else:
            ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, dash="— "):
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
    fp.alignment = C
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
    font(fp.add_run(dash[::-1]), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    """Write tblGrid/gridCol, tblW and every tcW so Word and LibreOffice agree."""
    tbl = t._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    total = sum(int(w / 635) for w in widths)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), total)))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in t.rows:
        for i, cell in enumerate(row.cells):
            cell.width = widths[i]


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_960", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(title, num, issuer, date, level, region):
    return {
        "title": title,
        "doc_number": num,
        "issuer": [issuer],
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "简报",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


# =================================================================== FILE 1
# 广西: one issue, three articles
def doc_guangxi():
    stem = "blind960_guangxi_jianbao"
    doc = Document()
    setup(doc, "— ")
    clauses = []
    ORG = "中国（广西）自由贸易试验区工作办公室"

    # 内部资料 mark, left and right on one line separated by a tab
    p = add_par(doc, [("内部资料", HT, 14, False), ("\t", HT, 14, False),
                      ("注意保存", HT, 14, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    empty(doc, 1)
    # red masthead: two lines in one paragraph (manual break)
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 28, False, RED, 20), ("\n", XBS, 28, False, RED),
                  ("工作简报", XBS, 54, False, RED, 60)],
            align=C, indent=False, line=66, before=6)
    empty(doc, 1, line=20)
    add_par(doc, [("第6期", FS, 16, False)], align=C, indent=False)
    empty(doc, 1, line=14)
    # 编印单位 left, date right, aligned with a right tab stop
    p = add_par(doc, [(ORG + "编", FS, 14, False), ("\t", FS, 14, False),
                      ("2026年4月15日", FS, 14, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 4, "thickThinSmallGap")
    empty(doc, 1)

    def headline(*parts):
        runs = []
        for i, t in enumerate(parts):
            if i:
                runs.append(("\n", XBS, 18, True))
            runs.append((t, XBS, 18, True))
        add_par(doc, runs, align=C, indent=False, line=32, before=6, after=6)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    # ---------------- article 1 + table
    headline("广西自贸试验区一季度主要经济指标保持较快增长")
    body("今年以来，广西自贸试验区坚持以制度创新为核心，深化面向东盟的开放合作，主要经济指标实现“开门红”。一季度，自贸试验区新设立企业1861家，实际使用外资10.93亿元，外贸进出口797.7亿元、同比增长17.4%，以占全区不到千分之一的面积，贡献了全区27.6%的外贸进出口和31.2%的实际使用外资。各片区主要指标如下：")

    top = ["片区", "新设企业（家）", "实际使用外资（亿元）", "外贸进出口", "外贸进出口"]
    sub = ["片区", "新设企业（家）", "实际使用外资（亿元）", "金额（亿元）", "同比增长（%）"]
    rows = [
        ["南宁片区", "1236", "6.82", "312.6", "18.2"],
        ["钦州港片区", "418", "3.15", "286.4", "12.5"],
        ["崇左片区", "207", "0.96", "198.7", "23.6"],
        ["合计", "1861", "10.93", "797.7", "17.4"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(3):
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, top[i], HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "外贸进出口", HT, 12)
    set_cell(t.cell(1, 3), "金额（亿元）", HT, 12)
    set_cell(t.cell(1, 4), "同比增长（%）", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = [a if a == b else a + "／" + b for a, b in zip(top, sub)]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, bold=(row[0] == "合计"))
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    p = add_par(doc, [("注：外贸进出口数据来源于南宁海关，实际使用外资为商务部统计口径。", FS, 12, False)],
                indent=False, line=20, before=3)
    clauses.append("注：外贸进出口数据来源于南宁海关，实际使用外资为商务部统计口径。")
    body("从结构看，对东盟贸易持续领跑，一季度自贸试验区对东盟进出口412.3亿元，占比51.7%；新能源汽车及零部件、电子信息、跨境电商等新业态增势明显，崇左片区经凭祥口岸进口东盟水果、出口新能源汽车分别增长31.5%和86.2%。（自治区自贸办综合处供稿）")
    empty(doc, 1)

    # ---------------- article 2
    headline("钦州港片区“智慧港口+海铁联运”创新做法获全国复制推广")
    body("近日，商务部印发通知，将钦州港片区“智慧港口+海铁联运”一体化运营模式作为自贸试验区改革试点经验在全国复制推广。该模式依托西部陆海新通道，打通港口、铁路、海关数据壁垒，推动海铁联运“一箱到底、一单到底”，有效降低了物流成本。主要做法如下：")
    runin("一是建设自动化集装箱码头。", "建成西南地区首个海铁联运自动化集装箱码头，岸桥远程操控、水平运输无人驾驶，码头作业效率提升20%以上，单箱能耗下降15%。")
    runin("二是推行“一单制”多式联运。", "联合中国铁路南宁局集团、北部湾港集团推出海铁联运“一单制”电子提单，实现“一次委托、一次保险、一单到底、一次结算”，全程物流时间平均压缩1.5天。")
    runin("三是打造智慧通关服务。", "南宁海关在钦州港推行“船边直提”“抵港直装”和铁路快速通关模式，进口集装箱整体通关时间压缩至15.6小时，出口压缩至0.8小时。")
    body("2025年，钦州港完成集装箱吞吐量980万标准箱，同比增长15.3%；西部陆海新通道海铁联运班列开行1.18万列，覆盖我国18个省（区、市）78个城市，通达全球124个国家和地区的557个港口。（钦州港片区管委会供稿）")
    empty(doc, 1)

    # ---------------- article 3 (headline over two lines, Shift+Enter)
    headline("南宁片区举办2026中国—东盟跨境金融服务对接会", "现场签约项目23个、金额112.6亿元")
    body("4月9日，由南宁片区管委会、中国人民银行广西壮族自治区分行联合主办的2026中国—东盟跨境金融服务对接会在南宁举行。来自越南、泰国、马来西亚、新加坡、老挝等东盟国家的42家金融机构和境内186家企业参加活动，现场签约合作项目23个，签约金额112.6亿元。签约项目主要集中在以下领域：")
    body("1．跨境人民币结算。8家银行与外贸企业签订跨境人民币结算合作协议，预计年结算规模超过60亿元。")
    body("2．跨境融资与供应链金融。围绕新能源汽车、电子信息、东盟农产品等产业链，签约供应链融资项目9个、金额38.4亿元。")
    body("3．跨境保险与外汇避险。6家保险、证券机构与企业签约出口信用保险、汇率避险等服务项目，覆盖企业120余家。")
    body("近年来，南宁片区积极推进中国—东盟金融城建设，累计入驻金融机构及金融配套服务机构超过900家，其中外资金融机构32家。下一步，南宁片区将持续深化面向东盟的金融开放门户建设，推动更多跨境金融创新业务在片区先行先试。（南宁片区管委会供稿）")

    # ---------------- 版记: 报送 / 分送
    empty(doc, 2)
    p = add_par(doc, [("报送：", HT, 14, False),
                      ("自治区党委、自治区人民政府领导，商务部自由贸易试验区港建设协调司。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = add_par(doc, [("分送：", HT, 14, False),
                      ("自治区自贸试验区工作领导小组各成员单位，南宁、钦州、崇左市人民政府，各片区管委会。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "bottom", "000000", 8, 4)
    add_par(doc, [("（共印80份）", FS, 14, False)], align=R, indent=False, line=24)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("中国（广西）自由贸易试验区工作简报", "第6期", ORG, "2026-04-15",
                     "provincial", "广西壮族自治区"),
        "clauses": clauses,
    }]
    return path


# =================================================================== FILE 2
# 厦门片区: two issues bound one after the other
def doc_xiamen():
    stem = "blind960_xiamen_jianbao_heding"
    doc = Document()
    setup(doc, "- ")
    ORG = "中国（福建）自由贸易试验区厦门片区管理委员会办公室"
    IND = "\u3000\u3000"   # clerk indents with two full-width spaces
    docs = []

    def masthead(issue, date_cn):
        add_par(doc, [("内部资料", KT, 14, False)], align=R, indent=False)
        empty(doc, 1)
        add_par(doc, [("自贸试验区工作简报", XBS, 36, False, RED, 10)],
                align=C, indent=False, line=54, before=12)
        empty(doc, 1, line=16)
        add_par(doc, [(issue, FS, 16, False)], align=C, indent=False)
        empty(doc, 1, line=12)
        # 编印单位 and date in a borderless 1x2 table
        t = doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(t, [Cm(11.2), Cm(4.4)])
        set_cell(t.cell(0, 0), ORG, FS, 12, align=L)
        set_cell(t.cell(0, 1), date_cn, FS, 12, align=R)
        p = add_par(doc, [("", FS, 8, False)], indent=False, line=8)
        border(p, "bottom", "FF0000", 18, 1)
        empty(doc, 1)

    def headline(t):
        add_par(doc, [(t, HT, 16, True)], align=C, indent=False, line=30, before=6, after=6)

    def banji(lines, copies):
        empty(doc, 2)
        for i, (k, v) in enumerate(lines):
            p = add_par(doc, [(k, FS, 14, False), (v, FS, 14, False)], indent=False, line=24)
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.right_indent = Pt(14)
            if i == 0:
                border(p, "top", "000000", 8, 4)
            border(p, "bottom", "000000", 8 if i == len(lines) - 1 else 4, 4)
        add_par(doc, [(copies, FS, 14, False)], align=R, indent=False, line=24)

    BANJI = [("报：", "省自贸办，市委、市政府领导。"),
             ("送：", "市自贸试验区工作领导小组成员单位，海沧区、湖里区人民政府。"),
             ("发：", "片区管委会各处室、各功能区管理机构。")]

    # ================= issue 3
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    masthead("第3期（总第27期）", "二〇二六年二月十日")

    headline("“丝路海运”国际物流服务平台在厦门片区上线运行")
    body("2月3日，“丝路海运”国际物流服务平台(以下简称“平台”)在厦门片区正式上线运行。平台由厦门片区管委会、厦门港口管理局、厦门海关共同指导建设，集成订舱、报关、港口作业、物流追踪、融资结算等功能，为“丝路海运”航线企业提供全链条“一站式”线上服务。")
    body("平台上线首月，已接入航运公司、货代企业、报关行等各类主体1,126家，累计服务集装箱业务4.3万标准箱，企业单票业务办理时间由平均2天缩短至4小时，每标准箱综合物流成本降低约120元。")
    body("截至2025年底，“丝路海运”命名航线已达136条，通达全球46个国家和地区的149个港口，累计开行超过1.7万个航次、完成集装箱吞吐量2,100余万标准箱。下一步，厦门片区将推动平台与“一带一路”沿线港口信息系统互联互通，打造服务“海丝”核心区建设的国际物流数字底座。")
    empty(doc, 1)

    headline("厦门片区跨境贸易投资高水平开放试点取得阶段性成效")
    body("2025年以来，厦门片区会同国家外汇管理局厦门市分局，在片区内开展跨境贸易投资高水平开放试点，推动经常项目、资本项目一系列便利化措施落地，有力支持了企业与“一带一路”沿线国家和地区的经贸往来。截至2026年1月末，首批试点银行业务开展情况如下：")
    add_par(doc, [("表1　首批试点银行业务开展情况（单位：家、亿美元）", HT, 14, False)],
            align=C, indent=False, line=24, before=4)
    header = ["序号", "试点银行", "主要试点业务", "服务企业数", "业务金额"]
    rows = [
        ["1", "中国银行厦门市分行", "优质企业贸易外汇收支便利化、跨境人民币结算", "286", "18.62"],
        ["2", "工商银行厦门市分行", "新型离岸国际贸易结算", "143", "9.35"],
        ["3", "建设银行厦门市分行", "外债便利化额度、跨境融资", "97", "6.18"],
        ["4", "兴业银行厦门分行", "跨国公司本外币一体化资金池", "54", "12.40"],
        ["5", "厦门国际银行", "境外机构境内外汇账户结汇", "61", "3.07"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.4), Cm(3.8), Cm(5.4), Cm(2.6), Cm(2.4)])
    for i, h in enumerate(header):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=(L if ci == 2 else C))
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    add_par(doc, [("注：业务金额按美元折算，含跨境人民币业务。", KT, 12, False)],
            indent=False, line=20, before=3)
    clauses.append("注：业务金额按美元折算，含跨境人民币业务。")
    body("试点开展以来，片区企业办理跨境业务平均时间压缩约60%，融资成本平均下降0.5个百分点。厦门某新能源电池企业通过新型离岸国际贸易结算业务，向印度尼西亚、越南客户完成货款结算2.3亿美元，资金到账时间由3天缩短至当日。（片区管委会金融服务处供稿）")

    banji(BANJI, "（共印50份）")
    docs.append({"meta": meta("自贸试验区工作简报", "第3期（总第27期）", ORG, "2026-02-10",
                              "municipal", "厦门市"),
                 "clauses": clauses})

    # ================= issue 4, bound right after
    page_break(doc)
    clauses = []
    masthead("第4期（总第28期）", "二〇二六年三月六日")

    headline("厦门片区召开2026年自贸试验区建设工作推进会")
    body("3月3日，厦门片区召开2026年自贸试验区建设工作推进会，总结2025年工作，部署2026年重点任务。片区管委会主要负责同志出席会议并讲话，市直有关部门、海沧区和湖里区政府、各功能区管理机构负责同志参加会议。")
    body("会议指出，2025年厦门片区新增市场主体1.27万家，实际使用外资4.8亿美元，外贸进出口2,846亿元、同比增长9.6%，新推出制度创新成果42项，其中全国首创11项，7项改革经验在全省复制推广。")
    body("会议要求，2026年要重点抓好以下工作：")

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    runin("（一）对标高标准经贸规则深化制度创新。", "积极对接《区域全面经济伙伴关系协定》（RCEP）和《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，在数字贸易、知识产权保护、政府采购等领域开展压力测试，全年力争推出制度创新成果40项以上。")
    runin("（二）提升“海丝”核心区枢纽功能。", "加快厦门港集装箱干线港建设，拓展“丝路海运”航线和中欧（厦门）班列线路，推进“海丝”与“陆丝”无缝衔接，全年集装箱吞吐量力争突破1,300万标准箱。")
    runin("（三）培育壮大新业态新模式。", "大力发展保税维修、航空维修、跨境电商、数字贸易、离岸贸易等新业态，支持建设一批公共海外仓，推动跨境电商进出口增长15%以上。")
    runin("（四）持续优化营商环境。", "深化“放管服”改革，推行涉企经营许可事项“证照分离”全覆盖和“一业一证”改革，建立健全自贸试验区企业诉求快速响应机制。")
    empty(doc, 1)

    headline("【基层创新】象屿综合保税区“保税维修+再制造”业务实现新突破")
    body("近日，象屿综合保税区一家航空部件维修企业完成首单境外航空发动机保税维修业务，标志着片区“保税维修+再制造”新业态实现新突破。该业务采取“保税进口、维修检测、复运出境”模式，维修过程中所需进口零部件全程保税，企业可节约税款约1,800万元，维修周期缩短约20天。")
    body("下一步，厦门片区将会同厦门海关，支持综合保税区内企业扩大维修产品目录，推动航空、船舶、工程机械等高附加值产品保税维修业务集聚发展，打造面向“一带一路”沿线国家和地区的保税维修中心。（象屿综合保税区管理局供稿）")

    banji(BANJI, "（共印50份）")
    docs.append({"meta": meta("自贸试验区工作简报", "第4期（总第28期）", ORG, "2026-03-06",
                              "municipal", "厦门市"),
                 "clauses": clauses})

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_guangxi(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
