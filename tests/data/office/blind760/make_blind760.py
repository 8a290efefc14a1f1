# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 760: 领导小组成员调整通知 (一带一路 / 自贸试验区), Word + PDF + expected.json."""
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
SP = "\u3000"  # full-width space

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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def page_field(fp, size=14, left="— ", right=" —"):
    font(fp.add_run(left), SONG, size)
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
    font(fp.add_run(right), SONG, size)


def setup(doc, footer=True):
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
    if footer:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)


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


def banji(doc, cc, printer, date_txt):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_760", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_ningbo():
    """宁波 一带一路 领导小组: red 版头 + 文件, 3-paragraph title, member list typed
    with full-width spaces (one line with half-width spaces), Shift+Enter lines,
    落款 aligned with spaces, Chinese-numeral date, （此件公开发布）, 版记."""
    stem = "blind760_ningbo_ydyl"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("宁波市人民政府办公厅文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=40)
    empty(doc, 2)
    p = add_par(doc, "甬政办发〔2026〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for t in ("宁波市人民政府办公厅关于调整宁波市推进",
              "“一带一路”建设工作领导小组",
              "成员的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=33)
    empty(doc, 1)
    add_par(doc, "各区（县、市）人民政府，市直及部省属驻甬各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("因人员变动和工作需要，经市政府同意，决定对宁波市推进“一带一路”建设工作"
         "领导小组（以下简称领导小组）成员进行调整。现将调整后的组成人员名单通知如下：")

    IND = SP * 2
    CONT = SP * 6  # aligns continuation lines under the name column

    def member(t, typed_indent=CONT):
        clauses.append(t)
        add_par(doc, typed_indent + t, indent=False)

    member("组　长：陈立新　市长", IND)
    # 副组长 block: one paragraph, lines separated by Shift+Enter
    fz = ["副组长：周海峰　常务副市长", "林晓燕　副市长", "王振华　市政府秘书长"]
    p = doc.add_paragraph()
    font(p.add_run(IND + fz[0]), FS, 16)
    for t in fz[1:]:
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(CONT + t), FS, 16)
    fmt(p, indent=False)
    clauses.extend(fz)
    member("成　员：徐志明　市政府副秘书长、办公厅副主任", IND)
    for t in ["张国栋　市发展改革委主任",
              "郑丽君　市外办主任"]:
        member(t)
    # clerk typed this one with half-width spaces
    member("何文斌  市商务局局长", " " * 12)
    for t in ["沈　涛　市经信局局长",
              "吴建平　市教育局局长",
              "钱海燕　市科技局局长",
              "孙志远　市财政局局长",
              "黄　斌　市自然资源和规划局局长",
              "刘晓东　市交通运输局局长",
              "蒋文华　市文化广电旅游局局长",
              "邵建明　市国资委主任",
              "叶　青　市贸促会会长",
              "董志强　宁波海关副关长",
              "许国平　宁波海事局副局长",
              "潘丽华　人民银行宁波市分行副行长",
              "曹立伟　宁波舟山港集团有限公司副总经理"]:
        member(t)

    body("领导小组办公室设在市发展改革委，承担领导小组日常工作。办公室主任由张国栋同志兼任，"
         "副主任由何文斌同志、郑丽君同志兼任。")
    body("领导小组成员因工作变动需要调整的，由所在单位提出意见，报领导小组办公室审核后，"
         "按程序报领导小组组长审定，不再另行发文。")
    body("《宁波市人民政府办公厅关于调整宁波市推进“一带一路”建设工作领导小组成员的通知》"
         "（甬政办发〔2023〕41号）同时废止。")
    empty(doc, 3)
    # 落款 pushed right with typed spaces; date in Chinese numerals
    add_par(doc, " " * 34 + "宁波市人民政府办公厅", indent=False)
    add_par(doc, " " * 34 + "二〇二六年三月十二日", indent=False)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市委各部门，市人大常委会、市政协办公厅，宁波军分区，市监委，"
               "市法院，市检察院。",
          "宁波市人民政府办公厅", "2026年3月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市人民政府办公厅关于调整宁波市推进“一带一路”建设工作领导小组成员的通知",
            "doc_number": "甬政办发〔2026〕18号",
            "issuer": ["宁波市人民政府办公厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（县、市）人民政府", "市直及部省属驻甬各单位"],
            "publicity": "此件公开发布",
            "repeals": "《宁波市人民政府办公厅关于调整宁波市推进“一带一路”建设工作领导小组成员的通知》（甬政办发〔2023〕41号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zhengzhou():
    """郑州 自贸片区 领导小组: red 版头 (no 文件), 份号, title with soft breaks,
    一、… run-in headings, heading-only 四、 with （一） items, 附件 line with a
    hanging indent, 附件 table on its own page spanning two pages with a repeated
    header row and a vertically merged 职务 column, note under the table,
    （此件主动公开）, 版记 after the attachment."""
    stem = "blind760_zhengzhou_ftz"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000216", HT, 16, False)], indent=False)
    add_par(doc, [("郑州市人民政府办公室", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "郑政办文〔2026〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    parts = ["郑州市人民政府办公室关于调整中国（河南）", "自由贸易试验区郑州片区建设工作",
             "领导小组成员的通知"]
    font(p.add_run(parts[0]), XBS, 22)
    for t in parts[1:]:
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc, 1)
    add_par(doc, "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("为深入实施自由贸易试验区提升战略，加快推进中国（河南）自由贸易试验区郑州片区"
         "（以下简称郑州片区）高质量发展，根据人员变动情况和工作需要，经市政府研究，"
         "决定对郑州片区建设工作领导小组（以下简称领导小组）成员进行调整。现将有关事项通知如下：")
    runin("一、领导小组组成人员。", "调整后的领导小组组成人员名单见附件。")
    runin("二、领导小组主要职责。", "贯彻落实党中央、国务院和省委、省政府关于自由贸易试验区建设的决策部署，"
          "研究审定郑州片区发展规划、年度工作要点和重大改革事项，统筹协调解决郑州片区建设中的重大问题，"
          "督促检查各项任务落实情况。")
    runin("三、领导小组办公室。", "领导小组办公室设在郑州片区管委会（市商务局），负责领导小组日常工作。"
          "办公室主任由郑州片区管委会主任、市商务局局长马振宇同志兼任，副主任由市商务局副局长"
          "韩立平同志、郑州片区管委会副主任罗晓东同志兼任。")
    add_par(doc, [("四、工作要求", HT, 16, False)])
    body("（一）各成员单位要明确1名处级干部作为联络员，于2026年2月20日前将联络员调整情况"
         "书面报送领导小组办公室。")
    body("（二）领导小组成员因职务变动需要调整的，由成员单位提出意见，报领导小组办公室备案，"
         "由接任同志自然递补，不再另行发文。")
    att = ["中国（河南）自由贸易试验区郑州片区建设工作领导小组组成人员名单"]
    # hanging indent typed by hand: continuation line starts under the title
    p = add_par(doc, "附件：" + att[0], indent=False)
    p.paragraph_format.left_indent = Pt(80)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    for t in ("郑州市人民政府办公室", "2026年2月6日"):
        p = add_par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("中国（河南）自由贸易试验区郑州片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    add_par(doc, [("建设工作领导小组组成人员名单", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc, 1)
    hdr = ["序号", "领导小组职务", "姓名", "单位及职务"]
    rows = [
        ("组长", "李卫东", "市长"),
        ("副组长", "高建华", "市政府常务副市长"),
        ("副组长", "陈　慧", "市政府副市长"),
        ("副组长", "赵国强", "市政府秘书长"),
        ("成员", "孙明辉", "市政府副秘书长"),
        ("成员", "马振宇", "郑州片区管委会主任、市商务局局长"),
        ("成员", "周立新", "市委编办主任"),
        ("成员", "吴海涛", "市发展改革委主任"),
        ("成员", "郭建民", "市工业和信息化局局长"),
        ("成员", "何晓峰", "市科技局局长"),
        ("成员", "韩志勇", "市司法局局长"),
        ("成员", "刘玉芳", "市财政局局长"),
        ("成员", "杨光明", "市人力资源社会保障局局长"),
        ("成员", "宋建设", "市自然资源和规划局局长"),
        ("成员", "许振华", "市城乡建设局局长"),
        ("成员", "冯立军", "市交通运输局局长"),
        ("成员", "范文静", "市外办主任"),
        ("成员", "谢长江", "市市场监管局局长"),
        ("成员", "彭丽娜", "市大数据管理局局长"),
        ("成员", "罗晓东", "郑州片区管委会副主任"),
        ("成员", "曾宪明", "郑东新区管委会副主任"),
        ("成员", "唐建业", "郑州经开区管委会副主任"),
        ("成员", "潘红梅", "金水区人民政府副区长"),
        ("成员", "董振国", "郑州海关副关长"),
        ("成员", "蒋立华", "国家税务总局郑州市税务局副局长"),
        ("成员", "余志刚", "中国人民银行河南省分行副行长"),
        ("成员", "蔡文博", "河南机场集团有限公司副总经理"),
        ("成员", "卢晓光", "郑州国际陆港开发建设有限公司董事长"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, (role, name, post) in enumerate(rows, 1):
        set_cell(t.rows[ri].cells[0], str(ri), FS, 12)
        set_cell(t.rows[ri].cells[2], name, FS, 12)
        set_cell(t.rows[ri].cells[3], post, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        cant_split(t.rows[ri])
        clauses.append("序号：%d；领导小组职务：%s；姓名：%s；单位及职务：%s" % (ri, role, name, post))
    col_widths(t, [1.6, 3.2, 2.6, 8.2])
    # vertical merges of the 领导小组职务 column
    set_cell(t.rows[1].cells[1], "组长", FS, 12)
    m = t.cell(2, 1).merge(t.cell(4, 1))
    set_cell(m, "副组长", FS, 12)
    m = t.cell(5, 1).merge(t.cell(len(rows), 1))
    set_cell(m, "成员", FS, 12)
    note = "注：成员按市政府工作部门、开发区（区县）、驻郑单位和企业顺序排列。"
    add_par(doc, [(note, KT, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院。",
          "郑州市人民政府办公室", "2026年2月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "郑州市人民政府办公室关于调整中国（河南）自由贸易试验区郑州片区建设工作领导小组成员的通知",
            "doc_number": "郑政办文〔2026〕6号",
            "issuer": ["郑州市人民政府办公室"],
            "date": "2026-02-06",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": att,
            "doc_type": "通知",
            "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qinzhou():
    """钦州 政府公报 excerpt: two notices printed one after the other; no 红头,
    文号 under the title, running header with tab, page numbers starting at 23,
    padded two-character names, '副 组 长' typed with half-width spaces,
    落款 aligned with tabs."""
    stem = "blind760_qinzhou_gongbao"
    doc = Document()
    setup(doc, footer=False)
    s = doc.sections[0]
    # running header of the gazette
    hp = s.header.paragraphs[0]
    font(hp.add_run("钦州市人民政府公报"), KT, 10.5)
    font(hp.add_run("\t"), KT, 10.5)
    font(hp.add_run("2026年第2期（总第186期）"), KT, 10.5)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(hp, "bottom", "000000", 6, 1)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp, 12, "· ", " ·")
    s._sectPr.append(parse_xml('<w:pgNumType %s w:start="23"/>' % nsdecls("w")))

    out = []

    def notice(title_lines, docno, recips_line, build, sign, date):
        clauses = []
        for t in title_lines:
            add_par(doc, [(t, XBS, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                    indent=False, line=30)
        add_par(doc, [(docno, KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, before=6, after=6)
        add_par(doc, recips_line, indent=False)
        build(clauses)
        for i, t in enumerate((sign, date)):
            p = add_par(doc, "\t" + t, indent=False, before=14 if i == 0 else 0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6), 0)
        return clauses

    CONT = SP * 5

    def body(cl, t):
        cl.append(t)
        add_par(doc, t)

    def member(cl, t, lead=CONT):
        cl.append(t)
        add_par(doc, lead + t, indent=False, first=Pt(32))

    def build1(cl):
        body(cl, "根据人员变动情况和工作需要，经市人民政府同意，决定对钦州市推进“一带一路”"
                 "建设工作领导小组组成人员进行调整。调整后的领导小组组成人员名单如下：")
        member(cl, "组　　长：黄志刚　市人民政府市长", "")
        member(cl, "副 组 长：莫建成　市人民政府常务副市长", "")
        member(cl, "韦丽萍　市人民政府副市长")
        member(cl, "成　　员：李　明　市人民政府副秘书长", "")
        for t in ["梁海涛　市发展改革委主任",
                  "覃志勇　市商务局局长（市口岸办主任）",
                  "陆春华　市外事办主任",
                  "蒙　刚　市财政局局长",
                  "黄伟东　市交通运输局局长",
                  "农丽娟　市工业和信息化局局长",
                  "卢振华　市北部湾办主任",
                  "甘世杰　钦州海关关长",
                  "谭　军　钦州海事局局长",
                  "韦国庆　北部湾港钦州码头有限公司总经理"]:
            member(cl, t)
        body(cl, "领导小组办公室设在市发展改革委，办公室主任由梁海涛同志兼任，副主任由覃志勇同志兼任。")
        body(cl, "今后，领导小组成员如有变动，由成员单位接任领导自然替补，报领导小组办公室备案，"
                 "不再另行发文。")

    def build2(cl):
        body(cl, "为进一步加强对中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）建设工作的"
                 "组织领导，根据人员变动情况，经市人民政府同意，决定调整钦州港片区工作领导小组成员。"
                 "现将有关事项通知如下：")
        add_par(doc, [("一、领导小组组成人员", HT, 16, False)])
        member(cl, "组　　长：黄志刚　市人民政府市长", "")
        member(cl, "副 组 长：莫建成　市人民政府常务副市长", "")
        for t in ["韦丽萍　市人民政府副市长",
                  "苏建军　钦州港片区管委会常务副主任"]:
            member(cl, t)
        member(cl, "成　　员：覃志勇　市商务局局长", "")
        for t in ["梁海涛　市发展改革委主任",
                  "周文斌　市委编办主任",
                  "陈少华　市司法局局长",
                  "黎永健　市自然资源局局长",
                  "蓝晓梅　市市场监管局局长",
                  "黄伟东　市交通运输局局长",
                  "甘世杰　钦州海关关长",
                  "梁　斌　国家税务总局钦州市税务局局长",
                  "邓海燕　钦州港经济技术开发区管委会副主任"]:
            member(cl, t)
        h, t = ("二、领导小组办公室。",
                "领导小组办公室设在钦州港片区管委会，承担领导小组日常工作。办公室主任由苏建军同志兼任，"
                "副主任由覃志勇同志、钦州港片区管委会副主任何锦华同志兼任。")
        cl.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])
        h, t = ("三、其他事项。",
                "各成员单位要明确1名科级以上干部为联络员，于2026年2月10日前报领导小组办公室。"
                "领导小组成员因工作变动需要调整的，由所在单位提出意见，报领导小组办公室审核后按程序报批。"
                "《钦州市人民政府办公室关于调整中国（广西）自由贸易试验区钦州港片区工作领导小组成员的通知》"
                "（钦政办函〔2024〕19号）同时废止。")
        cl.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    c1 = notice(["钦州市人民政府办公室关于调整钦州市",
                 "推进“一带一路”建设工作领导小组成员的通知"],
                "钦政办函〔2026〕3号",
                "各县（区）人民政府，各开发区（园区）管委会，市直各有关单位：",
                build1, "钦州市人民政府办公室", "2026年1月23日")
    empty(doc, 1)
    c2 = notice(["钦州市人民政府办公室关于调整中国（广西）",
                 "自由贸易试验区钦州港片区工作领导小组成员的通知"],
                "钦政办函〔2026〕5号",
                "各县（区）人民政府，钦州港经济技术开发区管委会，市直各有关单位：",
                build2, "钦州市人民政府办公室", "2026年1月30日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    common = {"issuer": ["钦州市人民政府办公室"], "published": None, "level": "municipal",
              "region": "钦州市", "effective": None, "expires": None, "attachments": [],
              "doc_type": "通知", "publicity": None}
    m1 = {"title": "钦州市人民政府办公室关于调整钦州市推进“一带一路”建设工作领导小组成员的通知",
          "doc_number": "钦政办函〔2026〕3号", "date": "2026-01-23",
          "recipients": ["各县（区）人民政府", "各开发区（园区）管委会", "市直各有关单位"],
          "repeals": None}
    m2 = {"title": "钦州市人民政府办公室关于调整中国（广西）自由贸易试验区钦州港片区工作领导小组成员的通知",
          "doc_number": "钦政办函〔2026〕5号", "date": "2026-01-30",
          "recipients": ["各县（区）人民政府", "钦州港经济技术开发区管委会", "市直各有关单位"],
          "repeals": "《钦州市人民政府办公室关于调整中国（广西）自由贸易试验区钦州港片区工作领导小组成员的通知》（钦政办函〔2024〕19号）"}
    keys = ["title", "doc_number", "issuer", "date", "published", "level", "region",
            "effective", "expires", "attachments", "doc_type", "recipients", "publicity",
            "repeals"]
    docs = []
    for m, cl in ((m1, c1), (m2, c2)):
        full = dict(common, **m)
        docs.append({"meta": {k: full[k] for k in keys}, "clauses": cl})
    expected[stem] = docs
    return path


def main():
    paths = [doc_ningbo(), doc_zhengzhou(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
