# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1003: 人事任免 (职务任免通知 / 任职+免职通知 / 干部任前公示), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
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
SP = "\u3000"


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


def spacing(run, twips):
    """character spacing (w:spacing) – offices stretch the 红头 this way"""
    rpr = run._element.get_or_add_rPr()
    rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), twips)))


def page_number_footer(section, size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, size)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


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
        page_number_footer(s)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def col_widths(table, widths):
    """fix the grid so Word/LibreOffice keep the column widths"""
    tbl = table._tbl
    table.autofit = False
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblPr = tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1003", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


# =================================================================== DOC A
def doc_qinzhou():
    """钦州港片区管委会 职务任免通知: 红头 as a borderless table (two-line organ + 文件),
    份号, 3-line title, 任命/免去 lines with padded names, date in Chinese numerals."""
    stem = "blind1003_qinzhou_renmian"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 (6 digits), top left
    add_par(doc, [("000036", HT, 16, False)], indent=False)
    # 红头: borderless table, organ name on two lines left, 文件 big on the right
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    col_widths(t, [Cm(12.4), Cm(3.2)])
    c0, c1 = t.rows[0].cells
    set_cell(c0, "中国（广西）自由贸易试验区", XBS, 26, color=RED, line=40,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    p = c0.add_paragraph()
    font(p.add_run("钦州港片区管理委员会"), XBS, 26, color=RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(40)
    set_cell(c1, "文件", XBS, 48, color=RED, line=60)
    empty(doc, 1)
    p = add_par(doc, "钦港片管任〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title on three separate paragraphs, wrapped at odd places
    for line in ("中国（广西）自由贸易试验区钦州港片区",
                 "管理委员会关于黄志明等同志职务",
                 "任免的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "片区党工委各部门，管委会各局（办），各直属单位：", indent=False)

    def body(t, raw=None):
        clauses.append(t)
        add_par(doc, raw if raw is not None else t)

    body("经2026年1月20日片区党工委（扩大）会议、管委会第2次主任办公会议研究决定：")
    body("任命黄志明为投资促进局局长（试用期一年）；")
    body("任命李　强为投资促进局副局长；")
    body("任命韦　婷为自贸改革创新局（营商环境局）副局长（试用期一年）；")
    body("任命陆海峰为综合保税区管理服务中心主任；")
    body("任命农　丽为中马钦州产业园区服务中心副主任（试用期一年）；")
    body("免去梁振宇的投资促进局局长职务，另有任用；")
    body("免去覃　斌的综合保税区管理服务中心主任职务；")
    body("免去蒙晓丽的自贸改革创新局（营商环境局）副局长职务，退休。")
    body("以上试用期人员的试用期自本通知印发之日起计算，试用期满后由片区党工委组织人事部组织考核，考核称职的正式任职；考核不称职的，免去试用职务，按有关规定安排适当职务。")
    body("请有关单位按照干部管理权限，抓紧做好工作交接，确保各项工作平稳有序。")
    add_par(doc, "特此通知。")
    empty(doc, 2)
    # 落款 and date typed with spaces, Chinese-numeral date
    add_par(doc, " " * 16 + "中国（广西）自由贸易试验区钦州港片区", indent=False)
    add_par(doc, " " * 36 + "管理委员会", indent=False)
    add_par(doc, " " * 34 + "二〇二六年一月二十三日", indent=False)
    banji(doc, "抄送：钦州市委组织部，市人力资源社会保障局，片区党工委委员、管委会领导。",
          "钦州港片区管委会综合办公室", "2026年1月23日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于黄志明等同志职务任免的通知",
            "doc_number": "钦港片管任〔2026〕2号",
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-01-23",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["片区党工委各部门", "管委会各局（办）", "各直属单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zhoushan():
    """舟山市人民政府: 任职通知 + 免职通知 printed one after the other (two documents)."""
    stem = "blind1003_zhoushan_renzhi_mianzhi"
    doc = Document()
    setup(doc)
    IND = SP * 2

    def hongtou(num):
        p = add_par(doc, [("舟山市人民政府文件", XBS, 40, False, RED)],
                    align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
        spacing(p.runs[0], 20)
        empty(doc, 1, line=20)
        p = add_par(doc, num, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        border(p, "bottom", "FF0000", 18, 10)
        empty(doc, 1, line=20)

    # ---------------------------------------------------- notice 1: 任职
    c1 = []
    hongtou("舟政干〔2026〕11号")
    p = add_par(doc, [("舟山市人民政府关于王建国等同志", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("任职的通知"), XBS, 22)
    empty(doc, 1, line=20)
    add_par(doc, "各县（区）人民政府，市政府直属各单位：", indent=False)
    t = "经市政府研究决定："
    c1.append(t)
    add_par(doc, IND + t, indent=False)
    # the appointment lines typed in ONE paragraph with Shift+Enter, indented by typed spaces
    lines = ["王建国任中国（浙江）自由贸易试验区舟山片区管理委员会副主任；",
             "陈　静任舟山市商务局副局长（试用期一年）；",
             "方立群任舟山市港航和口岸管理局副局长；",
             "徐　涛任舟山市油气全产业链发展服务中心主任（试用期一年）。"]
    p = doc.add_paragraph()
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + ln), FS, 16)
        c1.append(ln)
    fmt(p, indent=False)
    t = "陈静、徐涛同志的试用期从任职之日起计算，试用期满经考核称职的，正式任职。"
    c1.append(t)
    add_par(doc, IND + t, indent=False)
    empty(doc, 1)
    add_par(doc, "舟山市人民政府" + SP * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, "2026年2月27日" + SP * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    # new page: the clerk inserted a page break at the start of the next 红头
    first_of_2 = len(doc.paragraphs)

    # ---------------------------------------------------- notice 2: 免职
    c2 = []
    hongtou("舟政干〔2026〕12号")
    doc.paragraphs[first_of_2].paragraph_format.page_break_before = True
    p = add_par(doc, [("舟山市人民政府关于张海明等", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("同志免职的通知"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "各县（区）人民政府，市政府直属各单位：", indent=False)
    for t in ["经市政府研究决定：",
              "免去张海明的中国（浙江）自由贸易试验区舟山片区管理委员会副主任职务；",
              "免去林　峰的舟山市商务局副局长职务；",
              "免去赵宏伟的舟山市港航和口岸管理局副局长职务（退休）。"]:
        c2.append(t)
        add_par(doc, IND + t, indent=False)
    add_par(doc, IND + "特此通知。", indent=False)
    empty(doc, 1)
    add_par(doc, "舟山市人民政府" + SP * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, "2026年2月27日" + SP * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市委组织部，"
               "市纪委市监委，市中级法院，市检察院。",
          "舟山市人民政府办公室", "2026年2月27日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {
        "issuer": ["舟山市人民政府"],
        "date": "2026-02-27",
        "published": None,
        "level": "municipal",
        "region": "舟山市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各县（区）人民政府", "市政府直属各单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    m1 = dict(base, title="舟山市人民政府关于王建国等同志任职的通知",
              doc_number="舟政干〔2026〕11号")
    m2 = dict(base, title="舟山市人民政府关于张海明等同志免职的通知",
              doc_number="舟政干〔2026〕12号")
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients",
             "publicity", "repeals"]
    expected[stem] = [
        {"meta": {k: m1[k] for k in order}, "clauses": c1},
        {"meta": {k: m2[k] for k in order}, "clauses": c2},
    ]
    return path


# =================================================================== DOC C
def doc_luoyang():
    """洛阳片区 干部任前公示: no 文号, table with two-row merged header (学历学位 ／
    全日制教育 / 在职教育), header row repeated, note under table, 公示期 and 举报电话
    lines aligned with tabs, no 版头."""
    stem = "blind1003_luoyang_gongshi"
    doc = Document()
    setup(doc)
    s = doc.sections[0]
    s.top_margin, s.bottom_margin = Cm(3.0), Cm(2.8)
    s.left_margin, s.right_margin = Cm(2.2), Cm(2.2)
    clauses = []

    add_par(doc, [("中国（河南）自由贸易试验区洛阳片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p = add_par(doc, [("干部任前公示", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    body("根据《党政领导干部选拔任用工作条例》《事业单位领导人员管理规定》和干部任前公示制度有关规定，"
         "经片区党工委研究，拟提拔任用（交流任职）以下同志，现将有关情况予以公示：")

    head1 = ["序号", "姓名", "性别", "出生年月", "学历学位", None, "现任职务", "拟任职务"]
    head2 = [None, None, None, None, "全日制教育", "在职教育", None, None]
    keys = ["序号", "姓名", "性别", "出生年月", "学历学位／全日制教育", "学历学位／在职教育",
            "现任职务", "拟任职务"]
    rows = [
        ["1", "王　磊", "男", "1987.05", "大学、工学学士", "研究生、工程硕士",
         "洛阳片区管委会投资促进局副局长", "洛阳片区管委会投资促进局局长（试用期一年）"],
        ["2", "刘晓彤", "女", "1990.11", "研究生、经济学硕士", "—",
         "洛阳片区管委会制度创新局一级主任科员", "洛阳片区管委会制度创新局副局长（试用期一年）"],
        ["3", "赵　鹏", "男", "1984.02", "大学、管理学学士", "研究生、公共管理硕士",
         "洛阳片区管委会企业服务局局长", "洛阳片区管委会综合办公室主任"],
        ["4", "孙雅琪", "女", "1992.08", "研究生、法学硕士", "—",
         "洛阳片区管委会综合办公室四级主任科员", "洛阳片区管委会企业服务局副局长（试用期一年）"],
        ["5", "马　骁", "男", "1988.12", "大专", "大学、管理学学士",
         "洛阳片区跨境贸易服务中心副主任", "洛阳片区跨境贸易服务中心主任（试用期一年）"],
        ["6", "郭文博", "男", "1986.06", "大学、文学学士", "—",
         "洛阳片区管委会综合办公室副主任", "洛阳片区管委会政策研究室主任（试用期一年）"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.1), Cm(1.6), Cm(1.1), Cm(2.0), Cm(2.3), Cm(1.9), Cm(3.2), Cm(3.3)]
    col_widths(t, widths)
    for i in range(8):
        if head1[i] is not None:
            set_cell(t.rows[0].cells[i], head1[i], HT, 10.5)
        if head2[i] is not None:
            set_cell(t.rows[1].cells[i], head2[i], HT, 10.5)
    # merges: single-level columns span both header rows; 学历学位 spans two columns
    for i in (0, 1, 2, 3, 6, 7):
        a = t.cell(0, i)
        m = a.merge(t.cell(1, i))
        set_cell(m, head1[i], HT, 10.5)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "学历学位", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (6, 7) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=18)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))

    p = add_par(doc, [("注：学历学位栏中“—”表示无该类教育经历；出生年月、学历学位以干部人事档案审核认定为准。",
                       KT, 12, False)], indent=False, line=22, before=4)
    clauses.append("注：学历学位栏中“—”表示无该类教育经历；出生年月、学历学位以干部人事档案审核认定为准。")
    body("公示期为2026年4月10日至4月16日（5个工作日）。")
    body("公示期间，单位和个人可通过来电、来信、来访等方式，向片区党工委组织人事部反映公示对象在政治品质、"
         "道德品行、工作作风、廉洁自律等方面的情况和问题。反映问题要实事求是、客观公正，提倡以真实姓名反映问题；"
         "以单位名义反映问题的，应加盖单位公章。")
    # contact lines: label + tab + value (offices align them with tabs)
    for lab, val in [("举报电话：", "0379-65196318（工作日8:30—12:00，14:30—18:00），12380"),
                     ("举报信箱：", "lyftz_zzrsb@163.com"),
                     ("来信地址：", "洛阳市洛龙区开元大道256号洛阳片区政务服务中心8楼组织人事部（邮编471023）")]:
        p = add_par(doc, [(lab, FS, 16, False), (val, FS, 16, False)])
        p.paragraph_format.left_indent = Pt(0)
        clauses.append(lab + val)
    empty(doc, 2)
    p = add_par(doc, "中国（河南）自由贸易试验区洛阳片区管理委员会",
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年4月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(80)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（河南）自由贸易试验区洛阳片区干部任前公示",
            "doc_number": None,
            "issuer": ["中国（河南）自由贸易试验区洛阳片区管理委员会"],
            "date": "2026-04-10",
            "published": None,
            "level": "municipal",
            "region": "洛阳市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公示",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_zhoushan(), doc_luoyang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
