# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 796: 自贸片区外国人来华工作许可便利措施 —— 公告、配套政策问答、实施情况报告.

Writes blind796_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
SP = "\u3000"  # full-width space

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


def par(doc, runs, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color])."""
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
    fmt(p, indent=False, line=12)


def _field_runs(fp, name, size):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, pre="— ", post=" —", fname=SONG, fsize=14):
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
    font(fp.add_run(pre), fname, fsize)
    _field_runs(fp, fname, fsize)
    font(fp.add_run(post), fname, fsize)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


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
    """Set both tcW and the tblGrid (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def cant_split(table):
    for row in table.rows:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def grid_table(doc, header, rows, clauses, widths=None, vmerge=(), keys=None,
               header2=None, hspans=None, repeat=True, size=12, align_cols=None):
    """Bordered data table.

    header: top header row texts (len = ncols); header2: optional second header row
    (cells equal to None are merged vertically with the row above); hspans: list of
    (start, end) column spans in the top header row to merge horizontally.
    vmerge: column indexes whose equal consecutive values are merged vertically.
    keys: column keys used for clauses (defaults to header).
    """
    ncols = len(header)
    nhead = 2 if header2 else 1
    t = doc.add_table(rows=nhead + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if header2:
        for i, h in enumerate(header2):
            if h is not None:
                set_cell(t.rows[1].cells[i], h, HT, size)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = C
            if align_cols and ci in align_cols:
                al = align_cols[ci]
            set_cell(t.rows[nhead + ri].cells[ci], v, FS, size, align=al)
    if widths:
        col_widths(t, widths)
    # merges in header
    if header2:
        for i, h in enumerate(header2):
            if h is None:
                a = t.cell(0, i)
                b = t.cell(1, i)
                txt = header[i]
                a.merge(b)
                set_cell(t.cell(0, i), txt, HT, size)
    if hspans:
        for (s, e) in hspans:
            txt = header[s]
            t.cell(0, s).merge(t.cell(0, e))
            set_cell(t.cell(0, s), txt, HT, size)
    # vertical merges in body
    for ci in vmerge:
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and rows[end + 1][ci] == rows[start][ci]:
                end += 1
            if end > start:
                txt = rows[start][ci]
                t.cell(nhead + start, ci).merge(t.cell(nhead + end, ci))
                set_cell(t.cell(nhead + start, ci), txt, FS, size)
            start = end + 1
    cant_split(t)
    if repeat:
        for k in range(nhead):
            repeat_header(t.rows[k])
    keys = keys or header
    for row in rows:
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    return t


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                   (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_796", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ========================================================= DOC A: 公告 (四川)
def doc_gonggao():
    stem = "blind796_sc_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    # joint red 版头: two organ names stacked left, "文件" merged on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "四川省科学技术厅", XBS, 36, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             color=RED)
    set_cell(t.cell(1, 0), "四 川 省 公 安 厅", XBS, 36,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(t.cell(0, 1), "文件", XBS, 42, align=C, color=RED)
    t.cell(0, 1).vertical_alignment = 1  # center
    for row in t.rows:
        row.height = Cm(1.5)
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.line_spacing = Pt(46)
    col_widths(t, [11.5, 4.0])
    empty(doc, 1)
    p = par(doc, "川科外专〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed over three paragraphs, broken at odd places
    par(doc, [("四川省科学技术厅" + SP + "四川省公安厅", XBS, 22, False)], align=C, indent=False,
        line=34)
    par(doc, [("关于在中国（四川）自由贸易试验区实施", XBS, 22, False)], align=C,
        indent=False, line=34)
    par(doc, [("外国人来华工作许可便利措施的公告", XBS, 22, False)], align=C, indent=False,
        line=34)
    empty(doc, 1)

    def body(t_):
        clauses.append(t_)
        par(doc, t_, align=J)

    def head(t_):
        par(doc, [(t_, HT, 16, False)])

    def runin(h, t_):
        clauses.append(h + t_)
        par(doc, [(h, KT, 16, False), (t_, FS, 16, False)], align=J)

    body("为落实《中华人民共和国出境入境管理法》《外国人在中国就业管理规定》和国家关于实施自由贸易试验区提升战略的部署要求，经科技部（国家外国专家局）同意，决定在中国（四川）自由贸易试验区（以下简称四川自贸试验区）实施外国人来华工作许可便利措施。现将有关事项公告如下：")
    head("一、适用范围")
    body("本公告适用于在四川自贸试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区（以下统称各片区）内依法登记注册的用人单位聘雇的外国人。四川自贸试验区协同改革先行区可参照执行。")
    head("二、便利措施")
    runin("（一）放宽年龄限制。", "各片区用人单位急需紧缺的外国专业人才（B类），年龄可放宽至65周岁；外国高端人才（A类）不受年龄限制。")
    runin("（二）放宽工作经历要求。", "在中国境内高校或境外知名高校取得硕士及以上学位的外国毕业生，毕业后1年内在各片区就业的，可免于提供工作经历证明。")
    runin("（三）实行告知承诺制。", "用人单位书面承诺申请材料真实的，可免于提交无犯罪记录证明、学历证书等材料的认证件，由审批机关在批准后6个月内核查。承诺不实的，依法撤销其工作许可。")
    runin("（四）延长许可期限。", "对外国高端人才（A类），可一次性给予最长5年的工作许可；对连续两次办理工作许可且无不良记录的外国专业人才（B类），可给予最长3年的工作许可。")
    runin("（五）推行“一窗受理、并联办理”。", "外国人来华工作许可和居留许可由各片区一站式服务窗口统一受理、并联办理，办理时限由25个工作日压缩至12个工作日。")
    runin("（六）支持共建“一带一路”国家人才来川工作。", "对共建“一带一路”国家在各片区从事国际物流、跨境贸易等工作的外国专业人才，经片区管委会推荐，学历要求可放宽至大专，但须具有3年以上相关工作经历。")
    runin("（七）允许实习。", "在中国境内高校就读的外国留学生，经学校同意可到各片区用人单位实习，实习期限不超过6个月，由公安机关出入境管理部门在其学习类居留许可上加注“实习”信息。")
    body("三、各片区管委会要会同当地科技、公安出入境管理部门明确专门窗口，做好政策咨询服务；各审批机关要加强事中事后监管，对提供虚假材料、违规聘雇外国人的用人单位依法依规处理。")
    body("四、本公告自2026年3月1日起施行，有效期至2028年2月29日。《四川省科学技术厅关于印发〈中国（四川）自由贸易试验区外国人来华工作许可管理服务便利化措施〉的通知》（川科外专〔2021〕15号）同时废止。")
    par(doc, "特此公告。")
    empty(doc, 1)
    par(doc, "附件：中国（四川）自由贸易试验区外国人来华工作许可受理窗口联系方式", indent=True,
        align=J)
    empty(doc, 2)
    # 落款: two organs on one line separated by typed spaces, Chinese-numeral date
    p = par(doc, "四川省科学技术厅" + SP * 4 + "四川省公安厅", indent=False)
    p.paragraph_format.left_indent = Pt(96)
    p.paragraph_format.keep_with_next = True
    p = par(doc, "二〇二六年二月十日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    par(doc, "（此件主动公开）")

    # ---------------- 附件 (own page)
    page_break(doc)
    par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    par(doc, [("中国（四川）自由贸易试验区外国人来华工作许可", XBS, 20, False)], align=C,
        indent=False, line=32)
    par(doc, [("受理窗口联系方式", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1)
    hdr = ["序号", "片区", "受理窗口", "地址", "咨询电话"]
    rows = [
        ["1", "成都天府新区片区", "天府新区政务服务中心外国人工作和居留许可一站式服务窗口",
         "成都市天府新区兴隆街道湖畔路南段506号政务服务中心B区2楼", "028-85960137"],
        ["2", "成都天府新区片区", "成都高新区国际人才服务中心",
         "成都市高新区天府五街200号菁蓉汇5号楼1楼", "028-85312476"],
        ["3", "成都青白江铁路港片区", "青白江区政务服务中心国际服务专窗",
         "成都市青白江区大弯街道凤凰大道一段88号", "028-83661029"],
        ["4", "川南临港片区", "泸州市政务服务中心外国人工作许可窗口",
         "泸州市江阳区酒谷大道四段16号", "0830-3196152"],
        ["5", "川南临港片区", "川南临港片区综合服务中心外籍人才服务站",
         "泸州市龙马潭区临港大道二段1号", "0830-3669217"],
    ]
    grid_table(doc, hdr, rows, clauses, widths=[1.3, 2.3, 4.4, 4.7, 2.9], vmerge=(1,),
               size=12)
    empty(doc, 1, line=16)
    note = "注：办公时间为工作日上午9:00—12:00，下午13:30—17:30（法定节假日除外）。"
    clauses.append(note)
    par(doc, [(note, FS, 12, False)], indent=False, line=20)

    banji(doc, "抄送：科技部（国家外国专家局），国家移民管理局，省人民政府办公厅，省商务厅（省自贸办），各片区管委会。",
          "四川省科学技术厅办公室", "2026年2月10日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省科学技术厅　四川省公安厅关于在中国（四川）自由贸易试验区实施外国人来华工作许可便利措施的公告",
            "doc_number": "川科外专〔2026〕7号",
            "issuer": ["四川省科学技术厅", "四川省公安厅"],
            "date": "2026-02-10",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["中国（四川）自由贸易试验区外国人来华工作许可受理窗口联系方式"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": "《四川省科学技术厅关于印发〈中国（四川）自由贸易试验区外国人来华工作许可管理服务便利化措施〉的通知》（川科外专〔2021〕15号）",
        },
        "clauses": clauses,
    }]
    return path


# ========================================================= DOC B: 政策问答 (四川)
def doc_wenda():
    stem = "blind796_sc_wenda"
    doc = Document()
    setup(doc, pre="- ", post=" -", fname="Times New Roman", fsize=12)
    clauses = []
    IND = SP * 2  # clerk indents with typed full-width spaces

    # title over two lines (manual line break), no red head
    p = doc.add_paragraph()
    font(p.add_run("四川自贸试验区外国人来华工作许可"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("便利措施政策问答"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, before=12)
    p = par(doc, [("发布日期：2026年2月12日" + SP * 2 + "来源：四川省科学技术厅", KT, 14, False)],
            align=C, indent=False, line=26, before=6)
    border(p, "bottom", "808080", 6, 6)
    empty(doc, 1)

    def body(t_):
        clauses.append(t_)
        par(doc, [(IND + t_, FS, 16, False)], indent=False, align=J, line=26)

    def group(t_):
        par(doc, [(IND + t_, HT, 16, False)], indent=False, line=26)

    def q(num, t_):
        clauses.append(num + t_)
        par(doc, [(IND + num, HT, 16, False), (t_, HT, 16, False)], indent=False, align=J, line=26)

    def a(t_):
        # "答：" in bold 楷体, rest 仿宋
        assert t_.startswith("答：")
        clauses.append(t_)
        par(doc, [(IND, FS, 16, False), ("答：", KT, 16, True), (t_[2:], FS, 16, False)],
            indent=False, align=J, line=26)

    body("为帮助用人单位和外籍人才准确理解、用好用足《四川省科学技术厅　四川省公安厅关于在中国（四川）自由贸易试验区实施外国人来华工作许可便利措施的公告》（川科外专〔2026〕7号，以下简称《公告》），我们梳理了社会关注度较高的10个问题，解答如下：")
    group("一、适用对象")
    q("1．", "问：《公告》中的便利措施适用于哪些外国人？")
    a("答：《公告》适用于在四川自贸试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区内依法登记注册的用人单位聘雇的外国人。用人单位的注册地须在片区范围内；注册地不在片区范围内、仅在片区内设有办事机构或项目的，不适用《公告》规定的便利措施。四川自贸试验区协同改革先行区可参照执行。")
    q("2．", "问：用人单位如何确认自己是否在片区范围内？")
    a("答：用人单位可登录各片区管委会门户网站查询片区四至范围，也可拨打本问答所附咨询电话，由受理窗口根据营业执照或登记证书载明的住所进行确认。")
    q("3.", "问：在境外知名高校毕业的外国人，没有工作经历能否在片区就业？")
    a("答：可以。根据《公告》第二条第（二）项，在境外知名高校取得硕士及以上学位的外国毕业生，毕业后1年内在各片区就业的，可免于提供工作经历证明。境外知名高校的认定，参照国家外国专家局发布的有关名单执行。")
    group("二、办理便利")
    q("4．", "问：什么是告知承诺制？哪些材料可以承诺免交？")
    a("答：告知承诺制是指审批机关一次性告知申请条件和所需材料，用人单位以书面形式承诺申请材料真实有效的，审批机关先行作出审批决定，再进行事后核查。适用告知承诺制的材料包括：")
    body("（1）无犯罪记录证明的认证件；")
    body("（2）最高学位（学历）证书的认证件；")
    body("（3）工作资历证明的认证件。")
    body("用人单位应当在取得工作许可后6个月内补交上述材料原件，供审批机关核查。")
    q("5．", "问：工作许可和居留许可“一窗受理、并联办理”具体怎么办？")
    # answer pasted from a PDF: a manual line break in the middle of a sentence
    t1 = "答：外国人及其用人单位可在各片区一站式服务窗口一次性提交工作许可和居留许可申请材料，窗口工作人员同步推送科技、"
    t2 = "公安出入境管理部门并联审查。符合条件的，自受理之日起12个工作日内同时办结工作许可和居留许可，比原来分别办理节约13个工作日。"
    clauses.append(t1 + t2)
    p = doc.add_paragraph()
    font(p.add_run(IND), FS, 16)
    font(p.add_run("答："), KT, 16, True)
    font(p.add_run(t1[2:]), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t2), FS, 16)
    fmt(p, indent=False, align=J, line=26)
    q("6．", "问：外国高端人才能获得多长期限的工作许可？")
    a("答：对外国高端人才（A类），可根据劳动合同期限一次性给予最长5年的工作许可。对连续两次办理工作许可且无不良记录的外国专业人才（B类），可给予最长3年的工作许可。")
    q("7.", "问：在四川高校就读的外国留学生可以到片区企业实习吗？")
    a("答：可以。在中国境内高校就读的外国留学生，经学校同意，可到各片区用人单位实习，实习期限不超过6个月。留学生应持学校出具的同意证明和实习单位出具的接收证明，向公安机关出入境管理部门申请在学习类居留许可上加注“实习”信息，无需办理工作许可。")
    group("三、配套服务")
    q("8．", "问：共建“一带一路”国家的外国人有哪些特别支持？")
    a("答：对共建“一带一路”国家在各片区从事国际物流、跨境贸易、工程技术等工作的外国专业人才，经所在片区管委会推荐，学历要求可放宽至大专及以上，但须具有3年以上相关工作经历。成都青白江铁路港片区依托中欧班列（成渝）开展国际物流业务的企业，可优先推荐。")
    q("9．", "问：便利措施什么时候开始实施？以前的政策还有效吗？")
    a("答：《公告》自2026年3月1日起施行，有效期至2028年2月29日。2021年印发的《中国（四川）自由贸易试验区外国人来华工作许可管理服务便利化措施》（川科外专〔2021〕15号）同时废止。《公告》施行前已受理的申请，申请人可以选择适用原政策或《公告》规定。")
    q("10．", "问：办理过程中遇到问题，可以向哪里咨询？")
    a("答：可以拨打各片区受理窗口咨询电话，也可以拨打四川省科学技术厅外国专家服务处咨询电话028-86722135（工作日9:00-17:30）。各受理窗口联系方式如下表：")
    empty(doc, 1, line=16)
    par(doc, [("各片区受理窗口联系方式", HT, 14, False)], align=C, indent=False, line=24)
    hdr = ["序号", "片区", "受理窗口", "咨询电话", "电子邮箱"]
    rows = [
        ["1", "成都天府新区片区", "天府新区政务服务中心外国人工作和居留许可一站式服务窗口",
         "028-85960137", "wgrfw@tfxq.gov.cn"],
        ["2", "成都天府新区片区", "成都高新区国际人才服务中心", "028-85312476",
         "talent@cdht.gov.cn"],
        ["3", "成都青白江铁路港片区", "青白江区政务服务中心国际服务专窗", "028-83661029",
         "qbjgj@qbj.gov.cn"],
        ["4", "川南临港片区", "泸州市政务服务中心外国人工作许可窗口", "0830-3196152",
         "lzwgr@luzhou.gov.cn"],
        ["5", "川南临港片区", "川南临港片区综合服务中心外籍人才服务站", "0830-3669217",
         "lgwjrc@luzhou.gov.cn"],
    ]
    grid_table(doc, hdr, rows, clauses, widths=[1.1, 2.5, 4.9, 2.9, 4.2], vmerge=(1,),
               size=10.5)
    empty(doc, 1)
    par(doc, SP * 15 + "四川省科学技术厅", indent=False)
    par(doc, SP * 15 + "2026年2月11日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川自贸试验区外国人来华工作许可便利措施政策问答",
            "doc_number": None,
            "issuer": ["四川省科学技术厅"],
            "date": "2026-02-11",
            "published": "2026-02-12",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "问答",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ========================================================= DOC C: 报告 (钦州)
def doc_baogao():
    stem = "blind796_qz_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 and 紧急程度, top left
    par(doc, [("000015", FS, 16, False)], indent=False, line=26)
    par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    par(doc, [("钦州市科学技术局文件", XBS, 38, False, RED)], align=C, indent=False, line=60,
        before=18)
    empty(doc, 1)
    # 文号 left, 签发人 right: aligned with typed spaces
    p = par(doc, [("钦科报〔2026〕8号", FS, 16, False), (" " * 20, FS, 16, False),
                  ("签发人：", FS, 16, False), ("黄立新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title: one paragraph with manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("钦州市科学技术局关于中国（广西）自由"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("贸易试验区钦州港片区外国人来华工作许可"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("便利措施实施情况的报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    par(doc, "广西壮族自治区科学技术厅：", indent=False)

    def body(t_):
        clauses.append(t_)
        par(doc, t_, align=J)

    def head(t_):
        par(doc, [(t_, HT, 16, False)])

    def runin(h, t_):
        clauses.append(h + t_)
        par(doc, [(h, KT, 16, True), (t_, FS, 16, False)], align=J)

    def caption(t_):
        par(doc, [(t_, HT, 14, False)], align=C, indent=False, line=24, before=6)

    body("根据《广西壮族自治区科学技术厅关于报送自由贸易试验区外国人来华工作许可便利措施实施情况的通知》（桂科外专函〔2026〕21号）要求，现将钦州港片区外国人来华工作许可便利措施实施情况报告如下：")
    head("一、基本情况")
    body("便利措施实施以来，我局认真抓好各项措施在钦州港片区落地。2025年，全市共办理外国人来华工作许可各类事项382件，其中钦州港片区用人单位申请的占71.2%；2026年1—5月办理174件。具体情况见表1。")
    caption("表1" + SP + "钦州市外国人来华工作许可办理情况（单位：件）")
    hdr = ["类别", "2025年", "", "", "2026年1—5月", "", ""]
    hdr2 = [None, "新办", "延期", "注销", "新办", "延期", "注销"]
    keys = ["类别", "2025年／新办", "2025年／延期", "2025年／注销",
            "2026年1—5月／新办", "2026年1—5月／延期", "2026年1—5月／注销"]
    rows = [
        ["A类（外国高端人才）", "46", "31", "5", "23", "14", "2"],
        ["B类（外国专业人才）", "132", "98", "17", "61", "45", "8"],
        ["C类（其他外国人员）", "28", "19", "6", "11", "7", "3"],
        ["合计", "206", "148", "28", "95", "66", "13"],
    ]
    grid_table(doc, hdr, rows, clauses, widths=[5.2, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7],
               keys=keys, header2=hdr2, hspans=[(1, 3), (4, 6)], size=12)
    for n in ("注：1．数据来源于外国人来华工作管理服务系统，统计口径为审批决定作出时间。",
              "2．2026年1—5月数据截至5月31日。"):
        clauses.append(n)
        p = par(doc, [(n, FS, 12, False)], indent=False, line=20)
        if n.startswith("2"):
            p.paragraph_format.left_indent = Pt(36)
    empty(doc, 1, line=16)
    body("截至2026年5月底，在钦州港片区工作的持证外国人共246人，来自32个国家，其中外国高端人才（A类）31人；来自东盟国家的外籍人才183人，占74.4%，主要集中在跨境物流、港口航运、石化产业等领域。国别分布情况见表2。")
    caption("表2" + SP + "钦州港片区持证外国人国别分布（截至2026年5月31日，单位：人）")
    hdr = ["序号", "国别", "人数", "其中A类", "主要就业领域"]
    part1 = [
        ["1", "越南", "58", "3", "跨境物流、国际贸易"],
        ["2", "泰国", "37", "2", "港口航运、语言教育"],
        ["3", "马来西亚", "29", "4", "石化产业、国际贸易"],
        ["4", "印度尼西亚", "24", "1", "港口航运、跨境电商"],
        ["5", "新加坡", "19", "6", "金融服务、港口管理"],
        ["6", "菲律宾", "16", "0", "语言教育、酒店服务"],
    ]
    part2 = [
        ["7", "韩国", "14", "3", "装备制造、新材料"],
        ["8", "德国", "11", "5", "石化产业、装备制造"],
        ["9", "俄罗斯", "9", "1", "国际贸易、语言教育"],
        ["10", "英国", "8", "2", "语言教育、金融服务"],
        ["11", "其他国家", "21", "4", "—"],
    ]
    w = [1.4, 3.2, 2.0, 2.2, 6.6]
    grid_table(doc, hdr, part1, clauses, widths=w, size=12)
    # clerk had split the table by hand at an old page end; after later edits the
    # "续表2" line and re-typed header now sit in the middle of a page
    p = par(doc, [("续表2", KT, 14, False)], indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    grid_table(doc, hdr, part2, clauses, widths=w, size=12)
    empty(doc, 1, line=16)
    head("二、主要做法")
    runin("（一）推行“一窗受理、并联办理”。", "在钦州港片区政务服务中心设立外国人工作和居留许可一站式服务窗口，配备专职人员4名，实现工作许可和居留许可一次提交材料、并联审查、同步发证。2025年，通过一站式窗口办理的事项平均办理时间为9.6个工作日，较改革前压缩61.6%。")
    runin("（二）落实告知承诺制。", "对无犯罪记录证明等材料实行告知承诺，2025年以来共有87件申请适用告知承诺制办理，已完成事后核查87件，未发现承诺不实情况。")
    runin("（三）服务西部陆海新通道建设。", "围绕西部陆海新通道和中国—东盟合作，对钦州港片区港口航运、跨境物流企业急需的东盟国家专业人才开辟“绿色通道”，2025年以来为北部湾国际集装箱码头、中马钦州产业园区等32家单位办理东盟国家人才工作许可156件。")
    runin("（四）编印政策问答。", "编印中、英、越、泰4个语种的《钦州港片区外籍人才工作许可政策问答》3000册免费发放。")
    head("三、存在的问题")
    body("一是外籍人才总量偏小，A类人才仅占持证外国人总数的12.6%。二是部分中小企业对告知承诺制、并联办理等措施了解不够。三是外籍人才子女教育、医疗等配套服务仍有短板。")
    head("四、下一步工作打算")
    runin("（一）深化审批改革。", "争取在钦州港片区试点A类人才工作许可“秒批”。")
    runin("（二）加强政策宣传。", "每季度组织一次面向用人单位的政策宣讲会，推动便利措施应知尽知、应享尽享。")
    runin("（三）完善配套服务。", "推动片区引进国际学校1所，设立国际医疗服务窗口2个。")
    par(doc, "特此报告。")
    empty(doc, 1)
    p = par(doc, " " * 36 + "钦州市科学技术局", indent=False)
    p.paragraph_format.keep_with_next = True
    par(doc, " " * 37 + "2026年6月5日", indent=False)
    par(doc, "（联系人：韦海燕，联系电话：0777-2825613）")
    banji(doc, "抄送：钦州市人民政府，钦州市公安局，钦州港片区管委会。",
          "钦州市科学技术局办公室", "2026年6月5日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市科学技术局关于中国（广西）自由贸易试验区钦州港片区外国人来华工作许可便利措施实施情况的报告",
            "doc_number": "钦科报〔2026〕8号",
            "issuer": ["钦州市科学技术局"],
            "date": "2026-06-05",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["广西壮族自治区科学技术厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_gonggao(), doc_wenda(), doc_baogao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
