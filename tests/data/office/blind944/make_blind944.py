# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 944: 省自贸办 论坛会议通知 (附件1 回执, 附件2 日程安排) + 变更地点的补充通知.

Writes Word files, their PDFs (LibreOffice) and expected.json into this directory.
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
LS = 24  # fixed line spacing used in doc A body

expected = {}

FORUM = "2026中国（四川）自由贸易试验区“一带一路”开放合作论坛"
ISSUER = "四川省自由贸易试验区工作办公室"
NOTICE_TITLE = ISSUER + "关于举办" + FORUM + "的通知"
ATT1 = FORUM + "参会回执"
ATT2 = FORUM + "日程安排"
RECIPIENTS = ["中国（四川）自由贸易试验区各片区管委会",
              "省自贸试验区建设工作领导小组各成员单位",
              "各市（州）商务主管部门"]
MAIN_LINE = "，".join(RECIPIENTS) + "："


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
    fmt(p, indent=False, line=12)


def field_run(p, instr, size=14):
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> ' + instr + ' </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = p.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(p.add_run("1"), SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, dash="— ", dash2=" —", align=WD_ALIGN_PARAGRAPH.CENTER):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = align
    font(fp.add_run(dash), SONG, 14)
    field_run(fp, "PAGE")
    font(fp.add_run(dash2), SONG, 14)


def cell_text(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20 if size >= 12 else 16)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(table):
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        trpr.insert(0, parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_height(row, cm):
    row.height = Cm(cm)


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1, line=14)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_944", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ DOC A: 会议通知
def doc_tongzhi():
    stem = "blind944_luntan_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 紧急程度 top left, 黑体 三号
    add_par(doc, [("紧急", HT, 16, False)], indent=False, line=28)
    # 红头 uses the 规范化简称, not the full name
    p = add_par(doc, [("四川省自贸试验区工作办公室文件", XBS, 28, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46, before=10)
    p = add_par(doc, "川自贸办发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)

    # title: one paragraph, wrapped by hand (Shift+Enter) in the middle of “一带一路”
    p = doc.add_paragraph()
    parts = ["四川省自由贸易试验区工作办公室关于举办",
             "2026中国（四川）自由贸易试验区“一带",
             "一路”开放合作论坛的通知"]
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    assert "".join(parts) == NOTICE_TITLE
    empty(doc, 1)
    add_par(doc, MAIN_LINE, indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, line=LS)

    def head(t):
        add_par(doc, [(t, HT, 16, False)], line=LS)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], line=LS)

    body("为深入贯彻落实自由贸易试验区提升战略，高质量服务共建“一带一路”，经省政府同意，定于2026年4月23日至24日在成都举办" + FORUM + "（以下简称论坛）。现将有关事项通知如下：")
    # heading with its text on the same line -> one clause
    clauses.append("一、论坛主题。提升自贸能级　联通陆海丝路——共建“一带一路”内陆开放新高地。")
    add_par(doc, [("一、论坛主题。", HT, 16, False),
                  ("提升自贸能级　联通陆海丝路——共建“一带一路”内陆开放新高地。", FS, 16, False)])
    head("二、时间和地点")
    body("（一）时间：2026年4月23日（星期四）至24日（星期五），4月22日14:00—20:00报到。")
    # half-width brackets typed in the address
    body("（二）地点：成都世纪城国际会议中心(成都市高新区天府大道北段1700号)。")
    head("三、主要内容")
    # paragraph with a manual line break typed in the middle of a sentence
    t1 = "论坛设开幕式、主旨演讲、平行分论坛等环节，"
    t2 = "具体日程安排见附件2。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2), FS, 16)
    fmt(p, line=LS)
    clauses.append(t1 + t2)
    head("四、参会人员")
    for t in ["1.国家有关部委司局负责同志，共建“一带一路”国家驻蓉领事机构、国际组织代表（另行邀请）；",
              "2.省自贸试验区建设工作领导小组各成员单位、各片区管委会、各市（州）商务主管部门分管负责同志各1名；",
              "3.自贸试验区重点企业、金融机构及专家学者代表约120名。"]:
        body(t)
    head("五、有关要求")
    runin("（一）及时报送回执。", "请各单位于4月15日（星期三）18:00前将参会回执（附件1）加盖公章后扫描发送至scftz_forum2026@163.com。")
    runin("（二）严格会风会纪。", "会务组统一安排食宿，交通及住宿费用回原单位按规定报销。")
    runin("（三）联系方式。", "省自贸办综合处刘婧，电话：028-86912563、13981765420。")
    # 附件 list, second line aligned with typed full-width spaces
    p = add_par(doc, "附件：1." + ATT1, first=Pt(-64), line=LS)
    p.paragraph_format.left_indent = Pt(96)
    p = add_par(doc, "2." + ATT2, first=Pt(-16), line=LS)
    p.paragraph_format.left_indent = Pt(96)
    empty(doc, 1, line=LS)
    p = add_par(doc, ISSUER, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, line=LS)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年三月二十七日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, line=LS)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）", line=LS)

    # ----------------------------------------------------- 附件1 回执 (blank form)
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026中国（四川）自由贸易试验区", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("“一带一路”开放合作论坛参会回执", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    cols = ["序号", "姓名", "单位及职务", "性别", "手机号码", "参加分论坛（填一、二、三）", "住宿安排", ""]
    t = doc.add_table(rows=2 + 6, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    w = [1.2, 1.8, 3.4, 1.2, 2.6, 2.4, 1.6, 1.8]
    widths(t, w)
    # two-level header
    for i in range(6):
        a = t.cell(0, i).merge(t.cell(1, i))
        cell_text(a, cols[i], HT, 10.5)
    m = t.cell(0, 6).merge(t.cell(0, 7))
    cell_text(m, "住宿安排", HT, 10.5)
    cell_text(t.cell(1, 6), "是否住宿", HT, 10.5)
    cell_text(t.cell(1, 7), "入住日期", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "姓名", "单位及职务", "性别", "手机号码", "参加分论坛（填一、二、三）",
           "住宿安排／是否住宿", "住宿安排／入住日期"]
    for r in range(2, 8):
        row_height(t.rows[r], 1.1)
        vals = [str(r - 1)] + [""] * 7
        for c, v in enumerate(vals):
            cell_text(t.cell(r, c), v, FS, 10.5)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, vals)))
    empty(doc, 1, line=14)
    for n in ["注：1.请于2026年4月15日（星期三）18:00前将回执加盖公章后发送至scftz_forum2026@163.com。",
              "2.会务组统一安排住宿（标准间），住宿费用回原单位按规定报销。",
              "3.本表可复制。"]:
        add_par(doc, [(n, FS, 14, False)], line=24, first=Pt(28) if n.startswith("注") else Pt(56))
        clauses.append(n)

    # ----------------------------------------------------- 附件2 日程安排
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("2026中国（四川）自由贸易试验区", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("“一带一路”开放合作论坛日程安排", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=8)
    V1 = "成都世纪城国际会议中心1号馆"
    rows = [
        ("4月22日（星期三）", "14:00—20:00", "嘉宾报到", "成都世纪城天堂洲际大饭店大堂"),
        ("4月23日（星期四）", "09:00—09:30", "开幕式（省领导、商务部领导致辞）", V1),
        ("4月23日（星期四）", "09:30—10:30", "主旨演讲", V1),
        ("4月23日（星期四）", "10:30—10:45", "茶歇", "—"),
        ("4月23日（星期四）", "10:45—12:00", "高端对话：自贸试验区提升战略与内陆开放新格局", V1),
        ("4月23日（星期四）", "12:00—13:30", "午餐（自助）", "成都世纪城天堂洲际大饭店西餐厅"),
        ("4月23日（星期四）", "14:00-17:30", "平行分论坛一：制度型开放与贸易投资便利化", "成都世纪城国际会议中心2号会议厅"),
        ("4月23日（星期四）", "14:00-17:30", "平行分论坛二：中欧班列与西部陆海新通道联动发展", "成都世纪城国际会议中心5号会议厅"),
        ("4月23日（星期四）", "14:00-17:30", "平行分论坛三：数字贸易与跨境服务", "成都世纪城国际会议中心7号会议厅"),
        ("4月23日（星期四）", "18:00—19:30", "欢迎晚宴（凭邀请函入场）", "成都世纪城天堂洲际大饭店宴会厅"),
        ("4月24日（星期五）", "09:00—10:00", "重点项目集中签约仪式", V1),
        ("4月24日（星期五）", "10:00—11:30", "发布中国（四川）自由贸易试验区2025年度十大制度创新案例", V1),
        ("4月24日（星期五）", "14:00—17:30", "实地考察：成都国际铁路港、天府国际空港综合保税区", "集中乘车前往（13:30在酒店北门集合）"),
    ]
    hdr2 = ["日期", "时间", "活动内容", "地点"]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.5, 3.0, 5.9, 4.2])
    for i, h in enumerate(hdr2):
        cell_text(t.cell(0, i), h, HT, 10.5)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if c == 2 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(r, c), v, FS, 10.5, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr2, row)))

    # vertical merges: 日期 column by day, 地点 for 开幕式+主旨演讲 and 签约+发布
    def vmerge(c, r0, r1, text, al=WD_ALIGN_PARAGRAPH.CENTER):
        m = t.cell(r0, c).merge(t.cell(r1, c))
        cell_text(m, text, FS, 10.5, align=al)
    vmerge(0, 2, 10, "4月23日（星期四）")
    vmerge(0, 11, 13, "4月24日（星期五）")
    vmerge(3, 2, 3, V1)
    vmerge(3, 11, 12, V1)
    empty(doc, 1, line=12)
    for n in ["注：1.平行分论坛请参会人员按回执填报情况对号入座。",
              "2.日程如有调整，以会务组最终通知为准。"]:
        add_par(doc, [(n, FS, 14, False)], line=24, first=Pt(28) if n.startswith("注") else Pt(56))
        clauses.append(n)

    banji(doc, "抄送：省政府办公厅，商务部自由贸易试验区港建设协调司。",
          "四川省自由贸易试验区工作办公室", "2026年3月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": NOTICE_TITLE,
            "doc_number": "川自贸办发〔2026〕7号",
            "issuer": [ISSUER],
            "date": "2026-03-27",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [ATT1, ATT2],
            "doc_type": "通知",
            "recipients": list(RECIPIENTS),
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC B: 补充通知
def doc_buchong():
    stem = "blind944_didian_buchong"
    doc = Document()
    setup(doc, dash="- ", dash2=" -", align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # 特急 mark, 函-style 版头: organ name only, double red rule, 文号 flush right below it
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    p = add_par(doc, [(ISSUER, XBS, 26, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=6)
    border(p, "bottom", "FF0000", 24, 6, val="thickThinSmallGap")
    p = add_par(doc, "川自贸办函〔2026〕15号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    title_lines = ["四川省自由贸易试验区工作办公室关于调整",
                   "2026中国（四川）自由贸易试验区“一带一路”",
                   "开放合作论坛举办地点的补充通知"]
    for tl in title_lines:
        add_par(doc, [(tl, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    title = "".join(title_lines)
    empty(doc, 1)
    add_par(doc, MAIN_LINE, indent=False)

    IND = "\u3000\u3000"   # clerk typed two full-width spaces instead of a first-line indent

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, line=26)

    heads = [0]
    CN = "一二三四五六七八九十"

    def numbered(t):
        heads[0] += 1
        clauses.append(CN[heads[0] - 1] + "、" + t)
        p = add_par(doc, t, first=Pt(32), line=26)
        apply_num(p, n_head)

    body("我办于2026年3月27日印发了《" + NOTICE_TITLE + "》（川自贸办发〔2026〕7号）。因会场统筹安排需要，经研究，现对论坛举办地点作如下调整：")
    numbered("论坛开幕式、主旨演讲、高端对话、平行分论坛及重点项目集中签约仪式举办地点由成都世纪城国际会议中心调整至天府国际会议中心（成都市天府新区兴隆湖东路588号）。")
    numbered("嘉宾报到及住宿地点由成都世纪城天堂洲际大饭店调整至成都天府国际会议中心酒店，报到时间不变，仍为4月22日（星期三）14:00—20:00。调整后的主要活动地点如下：")
    hdr = ["序号", "活动", "原地点", "调整后地点"]
    rows = [
        ("1", "嘉宾报到及住宿", "成都世纪城天堂洲际大饭店", "成都天府国际会议中心酒店"),
        ("2", "开幕式、主旨演讲、高端对话", "成都世纪城国际会议中心1号馆", "天府国际会议中心主会议厅"),
        ("3", "平行分论坛一、二、三", "成都世纪城国际会议中心2号、5号、7号会议厅", "天府国际会议中心A1、A2、B1会议室"),
        ("4", "欢迎晚宴", "成都世纪城天堂洲际大饭店宴会厅", "成都天府国际会议中心酒店宴会厅"),
        ("5", "重点项目集中签约仪式、制度创新案例发布", "成都世纪城国际会议中心1号馆", "天府国际会议中心主会议厅"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.3, 3.7, 5.3, 5.3])
    cant_split(t)
    repeat_header(t.rows[0])
    for i, h in enumerate(hdr):
        cell_text(t.cell(0, i), h, HT, 10.5)
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, FS, 10.5)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    empty(doc, 1, line=14)
    numbered("论坛时间、议程、参会人员等其他事项仍按川自贸办发〔2026〕7号文件执行。已报送参会回执的单位无需重新报送；尚未报送的单位，请于4月15日（星期三）18:00前报送。")
    numbered("会务组将于4月20日（星期一）前通过短信向已报名参会人员发送电子参会证及交通指引，请注意查收。联系人：省自贸办综合处刘婧，电话：028-86912563。")
    body("因调整给各单位带来的不便，敬请谅解。")
    add_par(doc, IND + "特此通知。", indent=False, line=26)
    empty(doc, 1)
    # 落款 positioned with typed spaces
    add_par(doc, " " * 30 + ISSUER, indent=False)
    add_par(doc, " " * 38 + "2026年4月10日", indent=False)
    banji(doc, "抄送：省政府办公厅。", "四川省自由贸易试验区工作办公室", "2026年4月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "川自贸办函〔2026〕15号",
            "issuer": [ISSUER],
            "date": "2026-04-10",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": list(RECIPIENTS),
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_tongzhi(), doc_buchong()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
