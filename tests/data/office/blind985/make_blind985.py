# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 985: 中欧班列集结中心运营平台年度运行情况报告 + 口岸办一季度运行通报.

Writes blind985_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess
from decimal import Decimal

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


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
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
    page_number_footer(s)


def set_cell(cell, text, name=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(16)
    p.paragraph_format.first_line_indent = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(Cm(sum(widths_cm)).twips))))
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for tc in tbl.iter(qn("w:tc")):
        pass
    for row in table.rows:
        seen = set()
        for i, w in enumerate(widths_cm):
            c = row.cells[i]
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            span = c._tc.grid_span
            c.width = Cm(sum(widths_cm[i:i + span]))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="decimal"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, FS, FS, FS))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_985", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 合肥国际陆港发展有限公司 → 合肥市人民政府: 2025年度运行情况的报告 (上行文)
MONTHS = ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]
GO = [42, 31, 45, 44, 47, 46, 48, 47, 46, 43, 49, 50]
BACK = [28, 22, 30, 31, 32, 33, 34, 32, 31, 30, 35, 36]
TEU_GO = [4158, 3062, 4446, 4352, 4650, 4548, 4752, 4650, 4554, 4256, 4850, 4950]
TEU_BACK = [2744, 2156, 2940, 3038, 3136, 3234, 3332, 3136, 3038, 2940, 3430, 3528]
VALUE = ["7.9", "5.6", "8.6", "8.7", "9.1", "9.0", "9.5", "9.2", "8.9", "8.4", "9.8", "10.3"]


def doc_hefei():
    stem = "blind985_hefei_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    # consistency of the figures quoted in the text
    tot_go, tot_back = sum(GO), sum(BACK)
    tot = tot_go + tot_back
    teu = sum(TEU_GO) + sum(TEU_BACK)
    val = sum(Decimal(v) for v in VALUE)
    assert (tot_go, tot_back, tot) == (538, 374, 912)
    assert teu == 89880 and str(val) == "105.0"
    assert GO[1] + BACK[1] == 53 and GO[11] + BACK[11] == 86
    assert sum(GO[6:]) + sum(BACK[6:]) == 481  # 下半年月均 80.2

    # ---- 版头
    add_par(doc, [("合肥国际陆港发展有限公司文件", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=0)
    empty(doc, 1)
    p = add_par(doc, [("合陆港报〔2026〕3号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("周立新", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1, line=20)
    # title: three paragraphs, wrapped where the clerk pressed Enter
    for t in ("合肥国际陆港发展有限公司关于中欧班列",
              "（合肥）集结中心2025年度运行",
              "情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1, line=20)
    add_par(doc, "合肥市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("按照市政府关于加快中欧班列（合肥）集结中心建设、推动中欧班列高质量发展的部署要求，我公司作为中欧班列（合肥）集结中心（以下简称“集结中心”）运营平台，2025年坚持“稳运量、拓线路、强回程、降成本”工作思路，圆满完成年度开行目标任务。现将有关情况报告如下：")
    head("一、总体运行情况")
    body("2025年，中欧班列（合肥）全年累计开行912列，同比增长16.0%，其中去程538列、回程374列，回程占比41.0%，较上年提高2.6个百分点；累计发运标准箱8.99万标箱,货值105.0亿元,同比分别增长16.4%和18.5%。综合重箱率98.7%。")
    body("分月看，受春节假期影响，2月份开行量为全年最低（53列）；下半年月均开行80.2列，12月份开行86列，创单月开行量历史新高。分月开行情况见表1。")
    # caption with units
    add_par(doc, [("表1　2025年中欧班列（合肥）分月开行情况（单位：列、标箱、亿元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6, after=4)

    # table with two-level header
    hdr_top = ["月份", "开行列数", "开行列数", "开行列数", "发运标箱", "发运标箱", "货值"]
    hdr_sub = ["", "去程", "回程", "小计", "去程", "回程", ""]
    headers = ["月份", "开行列数／去程", "开行列数／回程", "开行列数／小计",
               "发运标箱／去程", "发运标箱／回程", "货值"]
    rows = []
    for i, m in enumerate(MONTHS):
        rows.append([m, str(GO[i]), str(BACK[i]), str(GO[i] + BACK[i]),
                     str(TEU_GO[i]), str(TEU_BACK[i]), VALUE[i]])
    rows.append(["合计", str(tot_go), str(tot_back), str(tot),
                 str(sum(TEU_GO)), str(sum(TEU_BACK)), str(val)])
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in range(7):
        set_cell(t.rows[0].cells[ci], hdr_top[ci], HT, 11)
        set_cell(t.rows[1].cells[ci], hdr_sub[ci], HT, 11)
    # merges: 月份 / 货值 vertical, 开行列数 (3) and 发运标箱 (2) horizontal
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "月份", HT, 11)
    a = t.cell(0, 6).merge(t.cell(1, 6))
    set_cell(a, "货值", HT, 11)
    a = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(a, "开行列数", HT, 11)
    a = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(a, "发运标箱", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, HT if row[0] == "合计" else FS, 11)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    col_widths(t, [1.9, 2.0, 2.0, 2.0, 2.4, 2.4, 2.0])
    note = "注：开行列数含过境班列；回程标箱含中亚、俄罗斯方向进口重箱；货值为海关统计口径，部分月份数据为快报数。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    body("线路网络方面，常态化运营线路达到23条，通达欧洲、中亚14个国家52个城市，全年新开通合肥至匈牙利布达佩斯、合肥至格鲁吉亚波季（经跨里海国际运输走廊）等3条线路。")
    head("二、主要工作开展情况")
    runin("（一）拓展国际物流通道。", "争取计划外加开班列46列，在阿拉木图设立境外集结分拨点，经霍尔果斯、阿拉山口、二连浩特、满洲里四个口岸出境的班列占比分别为38%、31%、17%和14%。")
    runin("（二）提升集结分拨能力。", "合肥北站物流基地集结中心二期工程于2025年9月建成投用，年作业能力由12万标箱提升至20万标箱。全年承接周边城市及省外集结货源3.46万标箱，占发运总量的38.5%。")
    runin("（三）培育回程货源。", "依托中国（安徽）自由贸易试验区合肥片区，组织进口德国汽车零部件、俄罗斯板材、哈萨克斯坦面粉等货源，回程班列开行374列，同比增长23.8%，其中进口整车班列开行12列。")
    runin("（四）推进“班列+”融合发展。", "开通“班列+跨境电商”专线，全年承运跨境电商货物1.27万标箱；开展“一单制”多式联运改革，签发多式联运提单1860票。")
    head("三、存在的主要困难和问题")
    body("一是运营成本压力较大。全程运输成本同比上升约6.8%，而各级补贴逐年退坡。二是回程货源仍不稳定。高附加值货物占比偏低，部分线路“空箱调运”问题依然存在。三是境外通道风险增多。西通道部分口岸换装能力不足，班列运行时效稳定性受到影响。")
    head("四、2026年工作安排")
    body("2026年，我公司将力争全年开行中欧班列1000列以上，回程占比提高到45%以上，重点做好以下工作：")
    n_item = make_numbering(doc, "%1.")
    items = [
        ("加密拓展国际线路。", "培育经跨里海国际运输走廊至南欧的新线路，力争新增常态化线路3条以上。"),
        ("提升枢纽集结能级。", "推动集结中心三期工程前期工作，扩大“合肥集结、全国分拨”辐射范围。"),
        ("做强回程和“班列+”业态。", "发展进口整车、冷链、木材加工等“班列+产业”，推动回程货物落地加工。"),
        ("推进数字化转型。", "上线集结中心综合信息服务平台，实现订舱、报关、在途追踪、结算“一站式”线上办理。"),
    ]
    for i, (h, tx) in enumerate(items, 1):
        clauses.append("%d.%s%s" % (i, h, tx))
        p = add_par(doc, [(h, FS, 16, True), (tx, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)
    head("五、有关建议")
    runin("（一）加大政策支持力度。", "建议保持中欧班列扶持政策的连续性和稳定性，对新开线路和回程班列给予适当倾斜。")
    runin("（二）加强部门协调联动。", "建议由市政府牵头建立联席会议制度，定期协调解决运力计划、口岸通关等问题。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    p = add_par(doc, "合肥国际陆港发展有限公司", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年1月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（联系人：王璐，联系电话：0551-63357218）")
    banji(doc, "抄送：市发展改革委，市商务局，市交通运输局，合肥海关。",
          "合肥国际陆港发展有限公司综合办公室", "2026年1月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "合肥国际陆港发展有限公司关于中欧班列（合肥）集结中心2025年度运行情况的报告",
            "doc_number": "合陆港报〔2026〕3号",
            "issuer": ["合肥国际陆港发展有限公司"],
            "date": "2026-01-16",
            "published": None,
            "level": "other",
            "region": "合肥市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["合肥市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 苏州市人民政府口岸办公室: 一季度中欧班列运行情况的通报 (附件: 平台开行量排名表)
PLAT = [
    # 排名, 平台, 小计, 去程, 回程, 同比, 标箱, 重箱率
    ("1", "苏州国际铁路物流有限公司", 168, 96, 72, "18.3", 16520, "98.6"),
    ("2", "太仓港中欧班列运营有限公司", 74, 45, 29, "27.6", 7310, "97.2"),
    ("3", "张家港保税港区国际陆港有限公司", 51, 33, 18, "6.3", 5040, "95.8"),
    ("4", "昆山综保区中欧班列服务有限公司", 46, 30, 16, "-4.2", 4530, "96.4"),
    ("5", "常熟国际班列物流有限公司", 23, 17, 6, "15.0", 2260, "93.1"),
    ("6", "吴江盛泽中亚班列运营有限公司", 12, 12, 0, "—", 1180, "100.0"),
]


def doc_suzhou():
    stem = "blind985_suzhou_tongbao"
    doc = Document()
    setup(doc)
    clauses = []

    tot = sum(r[2] for r in PLAT)
    go = sum(r[3] for r in PLAT)
    back = sum(r[4] for r in PLAT)
    teu = sum(r[6] for r in PLAT)
    assert (tot, go, back, teu) == (374, 233, 141, 36840)
    for r in PLAT:
        assert r[2] == r[3] + r[4]

    # ---- 版头 (no 文件, 文号 centred, red rule)
    add_par(doc, [("苏州市人民政府口岸办公室", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=0)
    empty(doc, 1, line=20)
    p = add_par(doc, "苏口岸办〔2026〕14号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title with a manual line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("苏州市人民政府口岸办公室关于2026年"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第一季度全市中欧班列运行情况的通报"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县级市（区）口岸办，各中欧班列运营平台公司，市各有关单位：", indent=False)

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t, name=HT):
        add_par(doc, [(IND + t, name, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为推动各运营平台比学赶超、规范有序发展，根据《苏州市中欧班列高质量发展考核评价办法（试行）》有关规定，市口岸办会同苏州海关、苏州车务段对2026年第一季度全市中欧班列运行情况进行了统计分析。现将有关情况通报如下：")
    head("一、总体运行情况")
    body("一季度，全市累计开行中欧班列374列，同比增长18.4%，其中去程233列、回程141列，回程占比37.7%；发运标准箱36840标箱，综合重箱率97.4%。分月看，1月开行138列，2月受春节假期影响开行97列，3月开行139列，呈现“两头高、中间低”的运行特点。")
    body("从通道结构看，经阿拉山口、霍尔果斯口岸出境的西通道班列开行211列，占56.4%；经满洲里、二连浩特口岸出境的中、东通道班列开行126列，占33.7%；经跨里海国际运输走廊等新通道开行37列，占9.9%，中亚方向开行量同比增长31.5%,增速快于欧洲方向。")
    head("二、各运营平台开行情况")
    body("按开行列数排名，苏州国际铁路物流有限公司开行168列，居全市首位，占全市开行总量的44.9%；太仓港中欧班列运营有限公司开行74列，同比增长27.6%，增速居全市首位；张家港保税港区国际陆港有限公司、昆山综保区中欧班列服务有限公司分别开行51列、46列，居第三、四位。吴江盛泽中亚班列运营有限公司新开行“盛泽纺织品中亚专列”12列。各平台具体开行情况及排名详见附件。")
    body("需要指出的是，昆山综保区中欧班列服务有限公司一季度开行量同比下降4.2%，常熟国际班列物流有限公司综合重箱率仅为93.1%，低于全市平均水平4.3个百分点，请相关平台公司认真分析原因，切实加以整改。")
    head("三、存在的主要问题")
    runin("（一）平台之间同质化竞争依然存在。", "个别平台为争抢货源低价揽货，扰乱市场秩序，增加了财政补贴负担。")
    runin("（二）回程货源组织能力不足。", "除苏州国际铁路物流有限公司外，其余平台回程占比均低于40%，“运贸产”一体化发展水平有待提升。")
    runin("（三）数据报送不够及时准确。", "部分平台未按要求于每月5日前报送上月运行数据，个别数据前后口径不一致。")
    head("四、下一步工作要求")
    # three numbered items typed in one paragraph, separated by Shift+Enter
    items = [
        "1.加强统筹协调。各县级市（区）口岸办要切实履行属地管理职责，引导辖区平台错位发展，杜绝低价恶性竞争。",
        "2.着力提升运行质量。各运营平台要围绕回程货源组织和重箱率提升，制定二季度工作计划，于4月20日前报市口岸办备案。",
        "3.严格规范数据报送。各运营平台要按照统计制度要求，于每月5日前通过“苏州国际贸易单一窗口”中欧班列模块报送上月运行数据，确保数据真实、准确、完整。",
    ]
    p = doc.add_paragraph()
    for i, it in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + it), FS, 16)
    fmt(p, indent=False)
    clauses.extend(items)
    body("市口岸办将按季度通报全市中欧班列运行情况，通报结果纳入年度考核评价，并作为市级中欧班列扶持资金安排的重要依据。")
    empty(doc, 1)
    add_par(doc, IND + "附件：2026年第一季度全市中欧班列运营平台开行情况排名表", indent=False)
    empty(doc, 1)
    # 落款 aligned with typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 15 + "苏州市人民政府口岸办公室", indent=False)
    add_par(doc, "\u3000" * 17 + "二〇二六年四月九日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2026年第一季度全市中欧班列运营平台开行情况排名表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：列、标箱、%", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=22)

    headers = ["排名", "运营平台", "开行量（列）／小计", "开行量（列）／去程", "开行量（列）／回程",
               "同比增长（%）", "发运标箱（TEU）", "重箱率（%）"]
    rows = [[r[0], r[1], str(r[2]), str(r[3]), str(r[4]), r[5], str(r[6]), r[7]] for r in PLAT]
    rows.append(["—", "合计", str(tot), str(go), str(back), "18.4", str(teu), "97.4"])
    t = doc.add_table(rows=2 + len(rows), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["排名", "运营平台", "开行量（列）", "开行量（列）", "开行量（列）", "同比增长（%）",
           "发运标箱（TEU）", "重箱率（%）"]
    sub = ["", "", "小计", "去程", "回程", "", "", ""]
    for ci in range(8):
        set_cell(t.rows[0].cells[ci], top[ci], HT, 10)
        set_cell(t.rows[1].cells[ci], sub[ci], HT, 10)
    for ci in (0, 1, 5, 6, 7):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(a, top[ci], HT, 10)
    a = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(a, "开行量（列）", HT, 10)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if (ci == 1 and row[1] != "合计") else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    col_widths(t, [1.3, 6.0, 1.1, 1.1, 1.1, 1.6, 1.8, 1.5])
    notes = [
        "注：1.排名按一季度开行列数由高到低排列。",
        "2.吴江盛泽中亚班列运营有限公司为2026年新增运营平台，无上年同期数据。",
        "3.数据来源：各运营平台报送数据，经苏州海关、中国铁路上海局集团有限公司苏州车务段核对。",
    ]
    for n in notes:
        clauses.append(n)
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20)
        if not n.startswith("注"):
            p.paragraph_format.left_indent = Pt(24)

    banji(doc, "抄送：市政府办公室，市发展改革委，市商务局，市交通运输局，市财政局，苏州海关。",
          "苏州市人民政府口岸办公室", "2026年4月9日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "苏州市人民政府口岸办公室关于2026年第一季度全市中欧班列运行情况的通报",
            "doc_number": "苏口岸办〔2026〕14号",
            "issuer": ["苏州市人民政府口岸办公室"],
            "date": "2026-04-09",
            "published": None,
            "level": "municipal",
            "region": "苏州市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年第一季度全市中欧班列运营平台开行情况排名表"],
            "doc_type": "通报",
            "recipients": ["各县级市（区）口岸办", "各中欧班列运营平台公司", "市各有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hefei(), doc_suzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
