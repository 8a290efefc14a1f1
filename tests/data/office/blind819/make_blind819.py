# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 819: 市政府年度重大行政决策事项目录及公布通知, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
C = WD_ALIGN_PARAGRAPH.CENTER
IND = "\u3000\u3000"


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


def page_number_footer(section, style="dash"):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    pre, post = ("— ", " —") if style == "dash" else ("-", "-")
    font(fp.add_run(pre), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(post), SONG, 14)


def setup(doc, footer=True, style="dash"):
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
    if footer:
        page_number_footer(s, style)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = Cm(w)


def grid_table(doc, header, rows, widths, clauses, size=12, hdr_size=12, repeat=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, hdr_size)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, size=14):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_819", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}

CATALOG_HDR = ["序号", "事项名称", "承办单位", "决策时间", "公众参与方式", "是否听证"]


# =================================================================== DOC A
def doc_hefei():
    stem = "blind819_hefei_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("合肥市人民政府文件", XBS, 48, False, RED)],
            align=C, indent=False, line=66, before=18)
    empty(doc, 1)
    p = add_par(doc, "合政〔2026〕17号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title, 2 lines, wrapped at an odd place
    add_par(doc, [("合肥市人民政府关于公布2026年度重大", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("行政决策事项目录的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市政府各部门，各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为深入推进法治政府建设，提高重大行政决策的科学化、民主化、法治化水平，根据《重大行政决策程序暂行条例》（国务院令第713号）和《安徽省重大行政决策程序规定》，经市政府第61次常务会议研究同意，现将《合肥市人民政府2026年度重大行政决策事项目录》（以下简称《目录》）予以公布，并就有关事项通知如下：")
    runin("一、严格履行决策法定程序。", "各承办单位要严格按照规定，认真履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序。未经合法性审查或者经审查不合法的，不得提交市政府审议。")
    add_par(doc, [("二、认真组织公众参与", HT, 16, False)])
    runin("（一）依法举行听证。", "《目录》中明确需要举行听证的事项，承办单位应当于听证会举行15日前向社会公告听证事项、听证时间、听证地点以及参加人员产生方式等，听证参加人员应当具有广泛代表性。", KT, True)
    runin("（二）广泛征求意见。", "决策事项涉及社会公众切身利益的，承办单位应当通过市政府门户网站、“皖事通”客户端、新闻发布会等途径公开征求意见，征求意见期限一般不少于30日；因情况紧急等原因需要缩短期限的，应当在征求意见时予以说明。", KT, True)
    runin("三、加强决策过程管理。", "各承办单位要按照《目录》确定的决策时间倒排工期，确保按期提请市政府审议。因情况发生变化确需调整决策事项或者决策时间的，承办单位应当书面报市政府同意，调整情况由市政府办公室及时向社会公布。")
    runin("四、强化监督检查。", "市司法局要加强对《目录》执行情况的跟踪督促，执行情况纳入年度法治政府建设考核内容。对违反决策程序造成严重后果的，依法依规追究相关人员责任。")
    # 附件 list with hanging indent
    p = add_par(doc, "附件：合肥市人民政府2026年度重大行政决策事项目录", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    p = add_par(doc, "合肥市人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月27日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    add_par(doc, "（此件公开发布）")

    # attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.8)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("合肥市人民政府2026年度重大行政决策事项目录", XBS, 22, False)],
            align=C, indent=False, line=36, after=12)
    rows = [
        ["1", "合肥市“十五五”综合交通运输发展规划", "市交通运输局", "2026年3月", "网上征求意见、专家论证", "否"],
        ["2", "合肥市城市居民生活用水阶梯水价调整方案", "市发展改革委、市城乡建设局", "2026年5月", "听证会、网上征求意见", "是"],
        ["3", "合肥市城市轨道交通线网规划（2026—2035年）", "市自然资源和规划局", "2026年6月", "网上征求意见、座谈会、专家论证", "否"],
        ["4", "合肥市促进低空经济高质量发展若干政策", "市发展改革委", "2026年4月", "网上征求意见、企业座谈会", "否"],
        ["5", "合肥市中心城区机动车停放服务收费管理办法（修订）", "市发展改革委、市公安局", "2026年7月", "听证会、问卷调查", "是"],
        ["6", "合肥市生活垃圾分类管理实施方案", "市城市管理局", "2026年8月", "网上征求意见、实地走访", "否"],
        ["7", "中国（安徽）自由贸易试验区合肥片区深化改革创新实施方案", "市商务局", "2026年第二季度", "网上征求意见、专家论证", "否"],
        ["8", "合肥市养老服务设施布局专项规划（2026—2035年）", "市民政局", "2026年第三季度", "网上征求意见、座谈会", "否"],
        ["9", "合肥市职工基本医疗保险门诊共济保障实施办法", "市医疗保障局", "2026年9月", "听证会、网上征求意见", "是"],
        ["10", "合肥市巢湖流域水环境综合治理三年行动计划（2026—2028年）", "市生态环境局", "2026年10月", "网上征求意见、专家论证", "否"],
        ["11", "合肥市义务教育学校布局专项规划（2026—2035年）", "市教育局", "2026年第四季度", "网上征求意见、座谈会、问卷调查", "否"],
        ["12", "中欧班列（合肥）高质量发展支持政策", "市发展改革委", "2026年11月", "企业座谈会、专家论证", "否"],
    ]
    grid_table(doc, CATALOG_HDR, rows, [1.4, 8.4, 4.6, 3.3, 4.2, 2.0], clauses,
               size=14, hdr_size=14)
    notes = [
        "注：1.决策时间为预计提请市政府常务会议审议的时间。",
        "2.“公众参与方式”栏所列为主要方式，承办单位可以根据实际情况增加其他方式。",
    ]
    for i, n in enumerate(notes):
        clauses.append(n)
        p = add_par(doc, [(n, KT, 14, False)], indent=False, line=22, before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(42)
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。",
          "合肥市人民政府办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "合肥市人民政府关于公布2026年度重大行政决策事项目录的通知",
            "doc_number": "合政〔2026〕17号",
            "issuer": ["合肥市人民政府"],
            "date": "2026-02-27",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": None,
            "expires": None,
            "attachments": ["合肥市人民政府2026年度重大行政决策事项目录"],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市政府各部门", "各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_nanning():
    stem = "blind819_nanning_gonggao"
    doc = Document()
    setup(doc, footer=False)
    clauses = []

    add_par(doc, [("南宁市人民政府", XBS, 44, False, RED)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "南府告〔2026〕2号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    # title in one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("南宁市人民政府关于公布2026年度"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("重大行政决策事项目录的公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)

    # body indented with typed full-width spaces; a Shift+Enter inside the first paragraph
    t1a = "为推进科学决策、民主决策、依法决策，提高重大行政决策的透明度和公众参与度，根据《重大行政决策程序暂行条例》(国务院令第713号)、"
    t1b = "《广西壮族自治区重大行政决策程序规定》等规定,经市人民政府第58次常务会议审议通过，现将南宁市人民政府2026年度重大行政决策事项目录公告如下："
    p = doc.add_paragraph()
    font(p.add_run(IND + t1a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t1b), FS, 16)
    fmt(p, indent=False)
    clauses.append(t1a + t1b)
    empty(doc, 1, line=14)
    add_par(doc, [("南宁市人民政府2026年度重大行政决策事项目录", HT, 15, False)],
            align=C, indent=False, after=6)

    # table with two-level header (公众参与 over 参与方式 / 是否听证)
    data = [
        ["1", "南宁市城市更新专项规划（2026—2035年）", "市自然资源局", "2026年4月", "网上征求意见、专家论证", "否"],
        ["2", "南宁市管道天然气销售价格调整方案", "市发展改革委", "2026年5月", "听证会、网上征求意见", "是"],
        ["3", "中国（广西）自由贸易试验区南宁片区促进面向东盟跨境贸易发展若干措施", "市商务局", "2026年6月", "企业座谈会、网上征求意见", "否"],
        ["4", "南宁市加快建设面向东盟的跨境电子商务综合试验区实施方案", "市商务局", "2026年7月", "网上征求意见、专家论证", "否"],
        ["5", "南宁市公共租赁住房租金标准调整方案", "市住房城乡建设局", "2026年8月", "听证会、问卷调查", "是"],
        ["6", "南宁市邕江岸线保护和开发利用管理办法", "市水利局", "2026年第三季度", "网上征求意见、实地调研", "否"],
        ["7", "南宁市城区公办幼儿园保育教育费标准调整方案", "市教育局、市发展改革委", "2026年9月", "听证会、网上征求意见", "是"],
        ["8", "南宁市“十五五”现代物流业发展规划", "市发展改革委", "2026年第四季度", "网上征求意见、专家论证", "否"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(["序号", "事项名称", "承办单位", "决策时间"]):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 10.5)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "公众参与", HT, 10.5)
    set_cell(t.cell(1, 4), "参与方式", HT, 10.5)
    set_cell(t.cell(1, 5), "是否听证", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "事项名称", "承办单位", "决策时间", "公众参与／参与方式", "公众参与／是否听证"]
    for ri, row in enumerate(data):
        r = ri + 2
        for ci, v in enumerate(row):
            if ci == 2 and ri == 3:
                continue  # merged with the row above
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else C
            set_cell(t.cell(r, ci), v, FS, 10.5, align=al, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    # 承办单位 of items 3 and 4 typed once in a vertically merged cell
    m = t.cell(4, 2).merge(t.cell(5, 2))
    set_cell(m, "市商务局", FS, 10.5, line=16)
    col_widths(t, [1.0, 5.0, 2.8, 2.4, 2.8, 1.6])
    empty(doc, 1, line=14)

    def body(t_):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)

    body("目录所列事项的承办单位应当严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序。标明需要举行听证的事项，承办单位将另行发布听证公告。")
    body("目录执行过程中确需调整的，经市人民政府同意后另行公布。社会公众可以登录南宁市人民政府门户网站“重大行政决策”专栏了解决策事项进展情况，并通过网站留言、信函等方式提出意见建议。")
    body("联系单位：南宁市司法局，联系电话：0771-5590617。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    # 落款 pushed right with typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 16 + "南宁市人民政府", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月六日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁市人民政府关于公布2026年度重大行政决策事项目录的公告",
            "doc_number": "南府告〔2026〕2号",
            "issuer": ["南宁市人民政府"],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C (two notices)
def yiwu_header(doc, wenhao, title_lines):
    add_par(doc, [("义乌市人民政府办公室文件", XBS, 34, False, RED)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, wenhao, align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in title_lines:
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各镇人民政府，各街道办事处，市政府各部门：", indent=False)


def yiwu_sign(doc, date_txt):
    empty(doc, 2)
    # 落款 with tab stop
    for txt, pos in (("义乌市人民政府办公室", 14.2), (date_txt, 13.6)):
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos), 2)
    add_par(doc, "（此件主动公开）")


def doc_yiwu():
    stem = "blind819_yiwu_huibian"
    doc = Document()
    setup(doc)

    # ---------------- notice 1
    c1 = []
    yiwu_header(doc, "义政办发〔2026〕12号",
                ["义乌市人民政府办公室关于印发义乌市", "人民政府2026年度重大行政决策", "事项目录的通知"])

    def body(cl, t):
        cl.append(t)
        add_par(doc, t)

    body(c1, "《义乌市人民政府2026年度重大行政决策事项目录》已经市政府第42次常务会议审议通过，现印发给你们，并提出如下要求，请认真贯彻落实。")
    body(c1, "1.各承办单位要明确分管领导和具体责任人，按照目录确定的决策时间制定工作计划，依法履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等程序。")
    body(c1, "2.需要举行听证的事项，承办单位应当制定听证方案，听证参加人员中利害关系人代表的比例不得低于二分之一。听证结束后，应当制作听证报告，作为决策的重要参考。")
    body(c1, "3.市司法局负责目录执行情况的督促检查，每季度汇总进展情况报市政府。目录事项确需调整的，由承办单位提出书面意见，经市政府同意后公布。")
    yiwu_sign(doc, "2026年2月10日")

    page_break(doc)
    add_par(doc, [("义乌市人民政府2026年度重大行政决策事项目录", XBS, 20, False)],
            align=C, indent=False, line=34, after=10)
    rows1 = [
        ["1", "义乌市国际陆港物流枢纽建设规划（2026—2030年）", "市发展和改革局", "2026年3月", "网上征求意见、专家论证", "否"],
        ["2", "中国（浙江）自由贸易试验区金义片区义乌区块市场采购贸易改革深化方案", "市商务局", "2026年4月", "企业座谈会、网上征求意见", "否"],
        ["3", "义乌市城区公共停车场收费标准调整方案", "市发展和改革局", "2026年5月", "听证会、网上征求意见", "是"],
        ["4", "义乌市“义新欧”中欧班列提质增效扶持办法", "市商务局", "2026年5月", "企业座谈会、专家论证", "否"],
        ["5", "义乌市城乡公交一体化改革实施方案", "市交通运输局", "2026年6月", "听证会、问卷调查", "是"],
        ["6", "义乌市城市有机更新三年行动计划（2026—2028年）", "市住房和城乡建设局", "2026年第二季度", "网上征求意见、座谈会", "否"],
    ]
    rows2 = [
        ["7", "义乌市农村宅基地管理办法（修订）", "市农业农村局", "2026年7月", "听证会、入户走访", "是"],
        ["8", "义乌市基本养老服务清单（2026年版）", "市民政局", "2026年8月", "网上征求意见、座谈会", "否"],
        ["9", "义乌市中小学校布局专项规划（2026—2035年）", "市教育局", "2026年第三季度", "网上征求意见、问卷调查", "否"],
        ["10", "义乌市经营主体信用分级分类监管办法", "市市场监督管理局", "2026年10月", "网上征求意见、专家论证", "否"],
    ]
    widths = [1.3, 5.0, 2.8, 2.4, 2.6, 1.5]
    grid_table(doc, CATALOG_HDR, rows1, widths, c1, size=12, repeat=False)
    # table split by hand, with a typed 续表 caption and the header retyped
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24, after=4)
    grid_table(doc, CATALOG_HDR, rows2, widths, c1, size=12, repeat=False)
    t = "备注：决策时间为提请市政府常务会议审议的预计时间；是否听证栏标“是”的事项，承办单位应当依法组织听证。"
    c1.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=6)
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，金华市人民政府办公室。",
          "义乌市人民政府办公室", "2026年2月10日印发")

    # ---------------- notice 2
    page_break(doc)
    c2 = []
    yiwu_header(doc, "义政办发〔2026〕47号",
                ["义乌市人民政府办公室关于调整义乌市人民", "政府2026年度重大行政决策事项目录的通知"])
    body(c2, "根据工作需要，经市政府同意，现对《义乌市人民政府2026年度重大行政决策事项目录》（义政办发〔2026〕12号印发，以下简称《目录》）作如下调整：")
    c2.append("一、增补事项。在《目录》中增补以下2项重大行政决策事项：")
    add_par(doc, [("一、增补事项。", HT, 16, False), ("在《目录》中增补以下2项重大行政决策事项：", FS, 16, False)])
    grid_table(doc, CATALOG_HDR, [
        ["11", "义乌市低空经济发展规划（2026—2035年）", "市发展和改革局", "2026年10月", "网上征求意见、专家论证", "否"],
        ["12", "义乌市居民生活用水价格调整方案", "市发展和改革局、市水利局", "2026年12月", "听证会、网上征求意见", "是"],
    ], widths, c2, size=12, repeat=False)
    empty(doc, 1, line=12)
    for h, t in (
        ("二、调整决策时间。", "《目录》第5项“义乌市城乡公交一体化改革实施方案”的决策时间由2026年6月调整为2026年11月。"),
        ("三、不再列入事项。", "《目录》第8项“义乌市基本养老服务清单（2026年版）”因上级政策调整，不再列入本年度重大行政决策事项目录。"),
    ):
        c2.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])
    body(c2, "《目录》中的其他事项仍按原要求执行。各承办单位要对照调整后的事项和时间节点，抓紧做好各项决策准备工作。")
    yiwu_sign(doc, "2026年7月20日")
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，金华市人民政府办公室。",
          "义乌市人民政府办公室", "2026年7月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    common = {"published": None, "level": "county", "region": "义乌市", "effective": None,
              "expires": None, "attachments": [], "doc_type": "通知",
              "recipients": ["各镇人民政府", "各街道办事处", "市政府各部门"],
              "publicity": "此件主动公开", "repeals": None, "issuer": ["义乌市人民政府办公室"]}
    m1 = dict(common, title="义乌市人民政府办公室关于印发义乌市人民政府2026年度重大行政决策事项目录的通知",
              doc_number="义政办发〔2026〕12号", date="2026-02-10")
    m2 = dict(common, title="义乌市人民政府办公室关于调整义乌市人民政府2026年度重大行政决策事项目录的通知",
              doc_number="义政办发〔2026〕47号", date="2026-07-20")
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
             "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
    expected[stem] = [
        {"meta": {k: m1[k] for k in order}, "clauses": c1},
        {"meta": {k: m2[k] for k in order}, "clauses": c2},
    ]
    return path


def main():
    paths = [doc_hefei(), doc_nanning(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
