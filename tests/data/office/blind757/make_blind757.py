# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 757: 会议通知（省商务厅 / 自贸片区管委会 推进会），Word + PDF + expected.json."""
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


BODY_LINE = [28]


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = BODY_LINE[0]
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.widow_control = False
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_runs(p, runs):
    for r in runs:
        if r == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            r = (r, FS, 16, False)
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]) / str / "\\n" (manual break)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [runs]
    add_runs(p, runs)
    fmt(p, **kw)
    if _PB[0]:
        p.paragraph_format.page_break_before = True
        _PB[0] = False
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


_PB = [False]


def page_break(doc):
    """next paragraph starts a new page (段前分页)."""
    _PB[0] = True


def setup(doc, dash="— ", dash2=" —"):
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
    font(fp.add_run(dash2), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    """text may contain '\\n' = manual line break typed inside the cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
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


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_757", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "通知", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅 浙江省发展和改革委员会 联合红头文件：全省推进会通知（特急）。"""
    stem = "blind757_zhejiang_lianhe"
    BODY_LINE[0] = 26
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def sub(t):  # （一）item typed as its own paragraph
        clauses.append(t)
        add_par(doc, t)

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头: layout table, organ names left (distributed), 文件 right
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    col_widths(t, [11.8, 3.8])
    set_cell(c0, "浙江省商务厅", XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    p = c0.add_paragraph()
    font(p.add_run("浙江省发展和改革委员会"), XBS, 26, color=RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(40)
    set_cell(c1, "文件", XBS, 44, color=RED, line=60)
    empty(doc, 1)
    p = add_par(doc, "浙商务联发〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    # title: three separate paragraphs, broken at odd places
    for line in ("浙江省商务厅　浙江省发展和改革委员会", "关于召开全省高质量共建“一带一路”暨",
                 "自贸试验区提升发展工作推进会的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局、发展改革委，中国（浙江）自由贸易试验区各片区管委会，省级有关单位：",
            indent=False)

    body("为贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，"
         "经省政府同意，定于3月中旬召开全省高质量共建“一带一路”暨自贸试验区提升发展工作推进会。现将有关事项通知如下：")
    head("一、会议时间和地点")
    body("2026年3月19日（星期四）上午9:00，在杭州市西湖区曙光路122号浙江世贸君澜大饭店三楼国际会议厅召开，会期半天。")
    head("二、参会人员")
    body("省商务厅、省发展改革委有关负责同志，各设区市商务局、发展改革委分管负责同志，"
         "中国（浙江）自由贸易试验区各片区管委会分管负责同志。")
    head("三、会议议程")
    sub("（一）通报2025年全省“一带一路”经贸合作和自贸试验区建设情况；")
    sub("（二）宁波市、杭州片区、义乌市作交流发言；")
    sub("（三）省发展改革委、省商务厅负责同志讲话。具体日程详见附件2。")
    head("四、有关事项")
    sub("（一）请于3月13日（星期五）17:00前将参会回执（附件1）发送至zjswt_ydyl@163.com，逾期视为不参会。")
    sub("（二）交流发言单位请准备8分钟左右的发言材料。")
    sub("（三）会议不安排住宿，请参会人员于8:40前入场。")
    t4 = "（四）联系人:省商务厅对外投资和经济合作处 王晓东,电话:0571-87701526；省发展改革委开放处 陈　蕾，电话：0571-87052391。"
    sub(t4)
    empty(doc, 1)
    # 附件 list typed with a manual line break and spaces for alignment
    add_par(doc, ["附件：1．参会回执", "\n", "\u3000\u3000\u3000 2．会议日程安排"])
    empty(doc, 1)
    # 落款: two organs side by side with tabs, date below
    p = add_par(doc, ["\t浙江省商务厅\t浙江省发展和改革委员会"], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6))
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 30 + "2026年3月6日", indent=False)

    # ---------------- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("参会回执", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    hdr = ["单位", "姓名", "职务", "联系电话", "备注"]
    t = doc.add_table(rows=1 + 4, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for r in t.rows[1:]:
        r.height = Cm(1.2)
    col_widths(t, [4.6, 2.4, 3.0, 3.4, 2.2])
    note = "注：请于3月13日（星期五）17:00前将回执发送至zjswt_ydyl@163.com，并电话确认。"
    clauses.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, before=6)

    # ---------------- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("会议日程安排", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（2026年3月19日上午）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    hdr = ["时间", "议程", "主持人/发言人"]
    rows = [
        ["8:30—9:00", "签到入场", "会务组"],
        ["9:00—9:05", "介绍与会领导和会议议程", "省商务厅副厅长　陈立新（主持）"],
        ["9:05—9:30", "通报2025年全省“一带一路”经贸合作和自贸试验区建设情况", "省商务厅对外投资和经济合作处处长　许文斌"],
        ["9:30—10:10", "交流发言", "宁波市商务局、\n中国（浙江）自由贸易试验区杭州片区管委会、\n义乌市商务局"],
        ["10:10—10:20", "休息", "—"],
        ["10:20—10:50", "部署2026年“一带一路”重点项目推进工作", "省发展改革委副主任　郑海峰"],
        ["10:50—11:30", "讲话", "省商务厅厅长　韩建明"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT, line=20)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [3.0, 6.8, 5.8])
    # 版记 on the last page, after the attachments (GB/T 9704 placement)
    banji(doc, "抄送：省政府办公厅，省外办，杭州海关，宁波海关。",
          "浙江省商务厅办公室", "2026年3月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省商务厅　浙江省发展和改革委员会关于召开全省高质量共建“一带一路”暨自贸试验区提升发展工作推进会的通知",
            doc_number="浙商务联发〔2026〕5号",
            issuer=["浙江省商务厅", "浙江省发展和改革委员会"],
            date="2026-03-06",
            level="provincial",
            region="浙江省",
            attachments=["参会回执", "会议日程安排"],
            recipients=["各设区市商务局、发展改革委", "中国（浙江）自由贸易试验区各片区管委会", "省级有关单位"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_qinzhou():
    """自贸片区管委会 函式会议通知：报到、乘车路线写成条目；日程表两级表头+合并日期。"""
    stem = "blind757_qinzhou_pianqu"
    BODY_LINE[0] = 26
    doc = Document()
    setup(doc)
    clauses = []

    # body typed with full-width spaces instead of first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 26, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=12)
    p = add_par(doc, [("钦州港片区管理委员会", XBS, 26, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    border(p, "bottom", "FF0000", 24, 6, val="thickThinSmallGap")
    add_par(doc, "钦港片管函〔2026〕15号" + "\u3000" * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    # title: one paragraph, manual line breaks at odd places
    add_par(doc, [("关于召开西部陆海新通道暨自贸试验区", XBS, 22, False), "\n",
                  ("钦州港片区制度创新工作推进会", XBS, 22, False), "\n",
                  ("的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各工作局（办），钦州港海关，钦州海事局，北部湾港钦州码头有限公司，片区各重点企业：",
            indent=False)

    body("为总结交流2025年片区制度创新和西部陆海新通道建设工作成效，部署2026年重点任务，经研究，"
         "决定召开西部陆海新通道暨自贸试验区钦州港片区制度创新工作推进会。现将有关事项通知如下：")
    runin("一、会议时间：", "2026年4月16日（星期四）9:00，会期1天（含下午现场观摩）。")
    runin("二、会议地点：", "钦州港片区综合服务中心5楼第一会议室。")
    runin("三、参会人员：", "片区管委会领导班子成员，片区各工作局（办）主要负责同志，口岸单位及重点企业负责同志。")
    runin("四、会议内容：", "通报2025年工作情况，发布第五批制度创新案例，部署2026年重点工作。日程见附件2。")
    head("五、报到及乘车路线")
    body("（一）报到时间：4月15日（星期三）14:00—20:00。")
    body("（二）报到地点：钦州港白海豚国际酒店一楼大堂（钦州港经济技术开发区滨海大道8号）。")
    body("（三）乘车路线。需接站的请在回执中注明车次，具体路线如下：")
    # items 1 and 2 typed in one paragraph with Shift+Enter
    i1 = "1．乘高铁抵达钦州东站的，乘出租车至酒店约25公里，车程约40分钟；"
    i2 = "2．乘飞机抵达南宁吴圩国际机场的，乘机场大巴至钦州汽车总站后转乘出租车，全程约2.5小时；"
    add_par(doc, [IND + i1, "\n", IND + i2], indent=False)
    clauses.extend([i1, i2])
    body("3．自驾车辆经兰海高速（G75）钦州港出口下高速，沿滨海大道行驶约6公里即到。")
    head("六、其他事项")
    body("（一）请于4月10日18:00前将参会回执（附件1）发送至qzgpqbgs@163.com。")
    body("（二）会议统一安排食宿。联系人：韦丽萍，0777-3882156。")
    empty(doc, 1)
    add_par(doc, [IND + "附件：1.参会回执", "\n", IND + "\u3000\u3000\u3000" + "2.会议日程安排表"], indent=False)
    empty(doc, 1)
    p = add_par(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "二〇二六年四月八日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)

    # ---------------- 附件1 回执
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("参会回执", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    empty(doc, 1)
    hdr = ["单位", "姓名", "职务", "联系电话", "是否需要接站\n（车次/航班及到站时间）", "是否住宿"]
    t = doc.add_table(rows=1 + 4, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [3.4, 1.8, 2.2, 2.8, 3.8, 1.6])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for r in t.rows[1:]:
        r.height = Cm(1.1)
    note = "注：回执请于4月10日（星期五）18:00前发送至qzgpqbgs@163.com，或传真至0777-3882156。"
    clauses.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, before=6)

    # ---------------- 附件2 日程（两级表头，日期合并单元格）
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("会议日程安排表", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    empty(doc, 1)
    rows = [
        ["4月15日\n（星期三）", "14:00—20:00", "报到", "会务组"],
        ["4月16日\n（星期四）", "09:00—09:10", "介绍与会领导及会议议程", "主持人：片区管委会副主任　黄振华"],
        [None, "09:10—09:40", "通报2025年片区制度创新和西部陆海新通道建设情况", "片区管委会综合协调局局长　梁海燕"],
        [None, "09:40—09:50", "发布钦州港片区第五批制度创新案例", "片区管委会法制和改革局局长　覃文斌"],
        [None, "09:50—10:50", "交流发言", "钦州港海关、北部湾港钦州码头有限公司、广西钦州保税港区开发投资有限责任公司"],
        [None, "10:50—11:30", "部署2026年重点工作并讲话", "片区管委会主任　莫志强"],
        [None, "14:30—17:00", "现场观摩：钦州港自动化集装箱码头、中马钦州产业园区重点项目", "片区管委会综合协调局"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.8, 3.0, 5.4, 4.4])
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    set_cell(h0[0], "时间", HT, 14)
    set_cell(h1[0], "日期", HT, 14)
    set_cell(h1[1], "时段", HT, 14)
    set_cell(h0[2], "议程", HT, 14)
    set_cell(h0[3], "主持（发言）人", HT, 14)
    h0[0].merge(h0[1])
    h0[2].merge(h1[2])
    h0[3].merge(h1[3])
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    headers = ["时间／日期", "时间／时段", "议程", "主持（发言）人"]
    cur_date = None
    for ri, row in enumerate(rows):
        cells = t.rows[2 + ri].cells
        if row[0] is not None:
            set_cell(cells[0], row[0], FS, 12, line=20)
            cur_date = row[0]
        for ci in (1, 2, 3):
            set_cell(cells[ci], row[ci], FS, 12, line=20,
                     align=WD_ALIGN_PARAGRAPH.CENTER if ci == 1 else WD_ALIGN_PARAGRAPH.LEFT)
        vals = [cur_date, row[1], row[2], row[3]]
        clauses.append("；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(headers, vals)))
    # merge date cell of the 4月16日 rows
    t.cell(3, 0).merge(t.cell(2 + len(rows) - 1, 0))
    note = "注：日程如有调整，以会议当天通知为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, before=6)
    banji(doc, "抄送：钦州市人民政府办公室，自治区商务厅（自治区自贸办）。",
          "钦州港片区管委会办公室", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于召开西部陆海新通道暨自贸试验区钦州港片区制度创新工作推进会的通知",
            doc_number="钦港片管函〔2026〕15号",
            issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            date="2026-04-08",
            level="municipal",
            region="钦州市",
            attachments=["参会回执", "会议日程安排表"],
            recipients=["片区各工作局（办）", "钦州港海关", "钦州海事局", "北部湾港钦州码头有限公司",
                        "片区各重点企业"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_hunan():
    """湖南省商务厅明传电报：会议通知，附件2含日程表和报到地点、乘车路线条目。"""
    stem = "blind757_hunan_mingdian"
    BODY_LINE[0] = 28
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    add_par(doc, [("湖南省商务厅明传电报", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.8, 5.0, 2.8, 4.8])
    set_cell(t.cell(0, 0), "发电单位", HT, 14)
    set_cell(t.cell(0, 1), "湖南省商务厅", FS, 14)
    set_cell(t.cell(0, 2), "签批盘号", HT, 14)
    set_cell(t.cell(0, 3), "沈宇航", KT, 14)
    set_cell(t.cell(1, 0), "等级", HT, 14)
    set_cell(t.cell(1, 1), "特急·明电", FS, 14)
    m = t.cell(1, 2).merge(t.cell(1, 3))
    set_cell(m, "湘商明电〔2026〕9号", FS, 14)
    empty(doc, 1)
    add_par(doc, [("湖南省商务厅关于召开全省自贸试验区建设暨“一带一路”经贸合作工作推进会的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市州商务局，中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区管委会，省直有关单位：",
            indent=False)
    body("为深入实施自由贸易试验区提升战略，推动我省更深融入共建“一带一路”，经省人民政府同意，"
         "定于5月下旬在岳阳市召开全省自贸试验区建设暨“一带一路”经贸合作工作推进会。现将有关事项通知如下：")
    runin("一、会议时间。", "2026年5月21日（星期四）上午，会期半天；5月20日（星期三）14:00—20:00报到。")
    runin("二、会议地点。", "岳阳洞庭湖国际会议中心二楼多功能厅。报到地点及乘车路线见附件2。")
    head("三、参会人员")
    body("（一）省商务厅主要负责同志和分管负责同志，省直有关单位分管负责同志各1名；")
    body("(二)各市州商务局主要负责同志或分管负责同志1名；")
    body("（三）中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会主要负责同志各1名。")
    runin("四、会议主要内容。", "观摩岳阳片区城陵矶新港区建设现场，通报全省自贸试验区建设和“一带一路”经贸合作情况，"
          "有关单位交流发言，省商务厅主要负责同志讲话。")
    head("五、有关要求")
    runin("（一）", "请于5月15日（星期五）12:00前将参会回执（附件1）传真至省商务厅自贸区处。")
    runin("（二）", "交流发言单位请将发言材料（1500字以内）于5月18日前报送，发言时间不超过8分钟。")
    runin("（三）", "会议统一安排食宿，差旅费回原单位报销。联系人：省商务厅自贸区处李思远，电话：0731-82280563，"
                 "传真：0731-82280566。")
    empty(doc, 1)
    add_par(doc, "附件：1．参会回执")
    add_par(doc, "\u3000\u3000\u3000 2．会议日程及报到须知")
    empty(doc, 2)
    p = add_par(doc, "湖南省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "2026年5月11日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("参会回执", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    empty(doc, 1)
    hdr = ["单位", "姓名", "性别", "职务", "联系电话", "车牌号"]
    t = doc.add_table(rows=1 + 5, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [3.8, 2.0, 1.4, 3.0, 3.0, 2.4])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    for r in t.rows[1:]:
        r.height = Cm(1.1)
    note = ("注：1．请于5月15日12:00前报送省商务厅自贸区处，传真：0731-82280566；"
            "2．自驾车辆请填写车牌号，以便办理会场停车手续。")
    clauses.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, before=6)

    # ---------------- 附件2 日程 + 报到地点、乘车路线（条目）
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("会议日程及报到须知", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_par(doc, [("一、会议日程", HT, 16, False)])
    hdr = ["序号", "时间", "议程", "主持人/发言人"]
    rows = [
        ["1", "5月21日\n7:30—8:40", "现场观摩岳阳片区城陵矶新港区", "岳阳片区管委会"],
        ["2", "9:00—9:05", "介绍与会领导和会议议程", "主持人：省商务厅副厅长　谭国华"],
        ["3", "9:05—9:35", "通报全省自贸试验区建设和“一带一路”经贸合作情况", "省商务厅自贸区处处长　彭丽君"],
        ["4", "9:35—10:35", "交流发言", "长沙片区、岳阳片区、郴州片区管委会，怀化市商务局"],
        ["5", "10:35—11:15", "讲话", "省商务厅厅长　沈宇航"],
    ]
    tt = doc.add_table(rows=1 + len(rows), cols=4)
    tt.style = "Table Grid"
    tt.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tt, [1.4, 3.0, 6.4, 4.8])
    for i, h in enumerate(hdr):
        set_cell(tt.rows[0].cells[i], h, HT, 12)
    repeat_header(tt.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tt.rows[ri].cells[ci], v, FS, 12, line=20,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci >= 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr, row))
    add_par(doc, [("二、报到地点及乘车路线", HT, 16, False)], before=6)
    runin("（一）报到地点：", "岳阳洞庭湖国际会议中心一楼大堂（岳阳市岳阳楼区洞庭南路88号）。", KT, True)
    runin("（二）乘高铁：", "抵达岳阳东站后乘出租车前往，约15公里。会务组在岳阳东站出站口设接站点。", KT, True)
    runin("（三）自驾：", "经杭瑞高速（G56）岳阳东出口下高速，沿巴陵东路、洞庭南路行驶约12公里即到。", KT, True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="湖南省商务厅关于召开全省自贸试验区建设暨“一带一路”经贸合作工作推进会的通知",
            doc_number="湘商明电〔2026〕9号",
            issuer=["湖南省商务厅"],
            date="2026-05-11",
            level="provincial",
            region="湖南省",
            attachments=["参会回执", "会议日程及报到须知"],
            recipients=["各市州商务局", "中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区管委会",
                        "省直有关单位"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_qinzhou(), doc_hunan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
