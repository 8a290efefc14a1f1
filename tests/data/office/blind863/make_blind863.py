# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 863: 自贸试验区知识产权保护工作要点（附责任分工）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

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
    """runs: plain str or list of (text, font, size, bold[, color])."""
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


def footer_pageno(section, left="— ", right=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def setup(doc, left="— ", right=" —"):
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
    footer_pageno(s, left, right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, width=None, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if width is not None:
        cell.width = width


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def set_grid(t, widths):
    """column widths as Word stores them (tblGrid + every tcW), so LibreOffice keeps them."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def grid_table(doc, nrows, widths):
    t = doc.add_table(rows=nrows, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_grid(t, widths)
    return t


def banji(doc, cc, printer, date_txt, n_empty=2):
    empty(doc, n_empty)
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


_next_abs = [900]


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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, KT, KT, KT))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_863", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_hubei():
    """湖北省知识产权局、湖北省商务厅联合印发工作要点 + 责任分工表."""
    stem = "blind863_hubei_yaodian"
    doc = Document()
    setup(doc)
    clauses = []

    # joint red 版头: organ names stacked (distributed) | 文件, in a borderless table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_grid(t, [11.0, 4.4])
    set_cell(t.cell(0, 0), "湖北省知识产权局", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             line=36)
    set_cell(t.cell(1, 0), "湖北省商务厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             line=36)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 36, align=C, line=44)
    for row in t.rows:
        for cell in row.cells:
            for r in cell.paragraphs[0].runs:
                r.font.color.rgb = RED
    p = add_par(doc, "鄂知发〔2026〕8号", align=C, indent=False, before=10)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title wrapped at an odd place, as two separate paragraphs
    add_par(doc, [("关于印发《2026年中国（湖北）自由贸易", XBS, 22, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("试验区知识产权保护工作要点》的通知", XBS, 22, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    add_par(doc, "各自贸片区管委会，省直有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深入贯彻落实党中央、国务院关于强化知识产权保护的决策部署，推进中国（湖北）自由贸易试验区高水平制度型开放，现将《2026年中国（湖北）自由贸易试验区知识产权保护工作要点》印发给你们，请对照责任分工认真抓好落实。")
    empty(doc, 1, line=20)
    # 附件 list: second line aligned with typed full-width spaces
    add_par(doc, "附件：1．2026年中国（湖北）自由贸易试验区知识产权保护工作要点")
    add_par(doc, "\u3000\u3000\u3000\u3000\u3000\u00a02．2026年中国（湖北）自由贸易试验区知识产权保护重点任务责任分工表",
            indent=False)
    empty(doc, 1)
    # joint 落款 with tab stops
    p = add_par(doc, [("\t湖北省知识产权局\t湖北省商务厅", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2))
    p = add_par(doc, "2026年3月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2026年中国（湖北）自由贸易试验区", XBS, 22, False)], align=C, indent=False,
            line=34)
    add_par(doc, [("知识产权保护工作要点", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为全面贯彻落实《知识产权强国建设纲要（2021—2035年）》和《中国（湖北）自由贸易试验区条例》，深入实施自贸试验区提升战略，加快构建严保护、大保护、快保护、同保护的知识产权保护格局，制定本要点。")
    head("一、工作目标")
    body("2026年，湖北自贸试验区知识产权保护制度体系进一步健全，行政保护与司法保护衔接更加顺畅。全年办理专利侵权纠纷行政裁决案件不少于120件，知识产权纠纷快速处理平均周期压缩至30个工作日以内，新增知识产权质押融资登记金额85亿元以上，知识产权保护社会满意度达到84分以上。")
    head("二、重点任务")
    runin("（一）推进保护制度创新。", "围绕数据知识产权、地理标志、商业秘密等领域，在武汉片区开展数据知识产权登记试点，探索形成3项以上可复制推广的制度创新成果。")
    runin("（二）健全快速协同保护机制。", "推动中国（武汉）知识产权保护中心在各片区设立工作站，对光电子信息、生物医药、高端装备等重点产业专利申请开展快速预审。")
    runin("（三）加大执法保护力度。", "聚焦跨境电商、展会、进出口环节，组织开展“铁拳”“龙腾”等专项行动，严厉打击商标侵权、假冒专利等违法行为；在襄阳片区试点技术调查官参与专利侵权纠纷行政裁决。")
    runin("（四）深化行刑衔接。", "完善知识产权行政执法与刑事司法衔接工作机制，建立涉自贸试验区知识产权案件线索通报、联合督办制度。")
    runin("（五）发展调解和仲裁。", "支持武汉仲裁委员会设立自贸试验区知识产权仲裁中心，在各片区设立知识产权人民调解委员会，全年调解知识产权纠纷不少于300件。")
    runin("（六）加强海外纠纷应对指导。", "面向“一带一路”共建国家市场开展知识产权风险预警，为“走出去”企业提供维权援助，全年发布海外知识产权风险预警报告不少于4期。")
    runin("（七）推进知识产权金融创新。", "扩大知识产权质押融资规模，探索开展知识产权证券化，鼓励保险机构开发专利执行险、海外侵权责任险等险种。")
    head("三、保障措施")
    runin("（一）加强组织领导。", "建立湖北自贸试验区知识产权保护工作联席会议机制，每半年召开一次会议，研究解决重大问题。")
    runin("（二）强化督促检查。", "将知识产权保护工作纳入自贸试验区建设年度评估内容，对工作进展缓慢的单位及时督促提醒。")

    # ---------------- 附件2: table with two-level header, header rows repeat
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2026年中国（湖北）自由贸易试验区", XBS, 20, False)], align=C,
            indent=False, line=30)
    add_par(doc, [("知识产权保护重点任务责任分工表", XBS, 20, False)], align=C, indent=False,
            line=30, after=6)
    empty(doc, 1)
    rows = [
        ["1", "开展数据知识产权登记试点，形成可复制推广的制度创新成果", "省知识产权局", "省商务厅，各片区管委会", "2026年12月底"],
        ["2", "在各片区设立知识产权保护中心工作站，开展专利快速预审", "省知识产权局", "武汉市知识产权局", "2026年9月底"],
        ["3", "开展“铁拳”“龙腾”等专项执法行动", "省市场监管局", "武汉海关，各片区管委会", "2026年11月底"],
        ["4", "试点技术调查官参与专利侵权纠纷行政裁决", "省知识产权局", "襄阳市知识产权局", "2026年10月底"],
        ["5", "建立涉自贸试验区知识产权案件线索通报、联合督办制度", "省知识产权局", "省公安厅、省检察院", "2026年6月底"],
        ["6", "设立自贸试验区知识产权仲裁中心和人民调解委员会", "省司法厅", "省知识产权局，各片区管委会", "2026年8月底"],
        ["7", "开展海外知识产权风险预警和维权援助", "省知识产权局", "省商务厅、省贸促会", "持续推进"],
        ["8", "推进知识产权质押融资和证券化", "省知识产权局", "人民银行湖北省分行、国家金融监督管理总局湖北监管局", "2026年12月底"],
        ["9", "建立知识产权保护工作联席会议机制", "省知识产权局", "省商务厅", "2026年4月底"],
    ]
    widths = [1.0, 6.0, 2.8, 3.6, 2.4]
    t = grid_table(doc, 2 + len(rows), widths)
    # header: 序号 / 重点任务 / 责任单位(牵头单位, 配合单位) / 完成时限
    for ci, h in ((0, "序号"), (1, "重点任务"), (4, "完成时限")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 10.5)
    m = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(m, "责任单位", HT, 10.5)
    set_cell(t.cell(1, 2), "牵头单位", HT, 10.5)
    set_cell(t.cell(1, 3), "配合单位", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "重点任务", "责任单位／牵头单位", "责任单位／配合单位", "完成时限"]
    for ri, row in enumerate(rows, 2):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci in (1, 3) else C,
                     width=Cm(widths[ci]), line=15)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    note = "注：各片区管委会负责本片区任务的具体组织实施，每季度末将进展情况报送省知识产权局。"
    add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：国家知识产权局知识产权保护司，商务部自由贸易试验区港建设协调司，省人民政府办公厅。",
          "湖北省知识产权局办公室", "2026年3月12日印发", n_empty=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《2026年中国（湖北）自由贸易试验区知识产权保护工作要点》的通知",
            "doc_number": "鄂知发〔2026〕8号",
            "issuer": ["湖北省知识产权局", "湖北省商务厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年中国（湖北）自由贸易试验区知识产权保护工作要点",
                            "2026年中国（湖北）自由贸易试验区知识产权保护重点任务责任分工表"],
            "doc_type": "通知",
            "recipients": ["各自贸片区管委会", "省直有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门市人民政府办公厅印发厦门片区工作要点（正文后直接附要点，自动编号）."""
    stem = "blind863_xiamen_yaodian"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("厦门市人民政府办公厅文件", XBS, 34, False, RED)], align=C, indent=False,
            line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "厦府办〔2026〕17号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line break in the middle of "自由贸易试验区"
    p = doc.add_paragraph()
    font(p.add_run("厦门市人民政府办公厅关于印发"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（福建）自由贸易试验区厦门片区2026"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("年知识产权保护工作要点的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市直各委、办、局，各开发区管委会，中国（福建）自由贸易试验区厦门片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《中国（福建）自由贸易试验区厦门片区2026年知识产权保护工作要点》已经市政府同意，现印发给你们，请认真组织实施。实施过程中遇到的问题，请径向市市场监管局（知识产权局）反映。")
    empty(doc, 2)
    p = add_par(doc, "厦门市人民政府办公厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年二月二十六日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(40)
    add_par(doc, "（此件主动公开）")

    # ---------------- the issued text, on its own page (no 附件 label)
    p = add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 22, False)], align=C,
                indent=False, line=34)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2026年知识产权保护工作要点", XBS, 22, False)], align=C, indent=False,
            line=34)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    cnt = [0]

    def item(h, t, duty, duty_font=KT):
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False), (duty, duty_font, 16, False)],
                    first=Pt(32))
        apply_num(p, n_item)
        cnt[0] += 1
        clauses.append("（%s）%s%s%s" % (CN[cnt[0] - 1], h, t, duty))

    body("为深入贯彻落实国家、省关于强化知识产权保护的部署要求，高标准推进中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）建设，全面提升知识产权保护水平，打造一流营商环境，制定本要点。")
    head("一、主要目标")
    body("到2026年底，厦门片区知识产权保护工作体系更加健全，保护效能明显提升，服务两岸融合发展和“一带一路”建设的知识产权保护高地初步形成。主要指标如下：")
    add_par(doc, [("厦门片区2026年知识产权保护主要指标", HT, 14, False)], align=C, indent=False,
            line=24, before=6)
    hdr = ["序号", "指标名称", "单位", "2025年完成值", "2026年目标值"]
    rows = [
        ["1", "每万人口高价值发明专利拥有量", "件", "41.6", "45"],
        ["2", "专利侵权纠纷行政裁决结案数", "件", "86", "100"],
        ["3", "知识产权质押融资登记金额", "亿元", "32.8", "40"],
        ["4", "海外知识产权纠纷应对指导服务企业数", "家", "57", "80"],
        ["5", "知识产权保护社会满意度", "分", "82.6", "84"],
    ]
    widths = [1.3, 7.0, 1.6, 2.8, 2.8]
    t = grid_table(doc, 1 + len(rows), widths)
    for ci, h in enumerate(hdr):
        set_cell(t.cell(0, ci), h, HT, 12, width=Cm(widths[ci]))
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C, width=Cm(widths[ci]))
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note = "注：2025年完成值为统计快报数。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    head("二、重点任务")
    item("健全知识产权保护规则体系。",
         "对标《区域全面经济伙伴关系协定》（RCEP）知识产权章节，开展知识产权保护规则压力测试，研究制定厦门片区数据知识产权保护指引。",
         "（责任单位：市市场监管局〔知识产权局〕、市司法局、市商务局，厦门片区管委会）")
    item("深化两岸知识产权交流合作。",
         "支持海峡两岸知识产权服务中心为台资企业提供知识产权“一站式”咨询服务，全年服务台资企业不少于150家次。",
         "（责任单位：市市场监管局〔知识产权局〕、市台港澳办，厦门片区管委会）")
    # this one typed with half-width brackets/colon
    item("强化进出口环节知识产权保护。",
         "聚焦跨境电商、市场采购贸易等新业态，开展知识产权保护“龙腾”行动，加大对侵权货物的查扣力度。",
         "(责任单位:厦门海关、市商务局)")
    item("加强会展知识产权保护。",
         "在中国国际投资贸易洽谈会、厦门国际石材展等重点展会设立知识产权保护工作站，实行“展前备案、展中巡查、展后跟踪”全流程保护。",
         "（责任单位：市会展局、市市场监管局〔知识产权局〕，思明区、湖里区人民政府）")
    item("完善纠纷快速处理机制。",
         "发挥中国（厦门）知识产权保护中心作用，推行“快审、快确、快维”一体化服务，专利侵权纠纷行政裁决平均办案周期压缩至60日以内。",
         "（责任单位：市市场监管局〔知识产权局〕）")
    item("推进知识产权司法保护。",
         "支持厦门知识产权法庭在厦门片区设立巡回审判点，健全技术调查官制度，依法适用惩罚性赔偿。",
         "（责任单位：厦门中院，厦门片区管委会）")
    item("加强海外知识产权维权援助。",
         "面向“一带一路”共建国家和地区，建立重点产业海外知识产权风险数据库，提升企业应对海外纠纷能力。",
         "（责任单位：市市场监管局〔知识产权局〕、市商务局、市贸促会）")
    item("推动知识产权金融和运营。",
         "扩大知识产权质押融资“白名单”企业覆盖面，试点开展知识产权海外侵权责任保险，支持专利开放许可。",
         "（责任单位：市委金融办、人民银行厦门市分行、厦门金融监管局）")

    head("三、工作要求")
    # two paragraphs typed inside one w:p with Shift+Enter
    t1 = "各区、各有关部门要按照责任分工制定具体工作方案，于2026年3月31日前报市市场监管局（知识产权局）。"
    t2 = "市市场监管局（知识产权局）要会同厦门片区管委会加强统筹协调和跟踪督办，每季度汇总工作进展，年底前形成全年工作总结报市政府。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])

    banji(doc, "抄送：市委各部门，厦门警备区，市人大常委会办公厅，市政协办公厅，市监委，市中院，市检察院。",
          "厦门市人民政府办公厅", "2026年2月27日印发", n_empty=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府办公厅关于印发中国（福建）自由贸易试验区厦门片区2026年知识产权保护工作要点的通知",
            "doc_number": "厦府办〔2026〕17号",
            "issuer": ["厦门市人民政府办公厅"],
            "date": "2026-02-26",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会",
                           "中国（福建）自由贸易试验区厦门片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_nansha():
    """南沙区市场监管局向市局报送工作要点的报告（上行文，签发人；附件横版表格，手工续表）."""
    stem = "blind863_nansha_baogao"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("广州市南沙区市场监督管理局", XBS, 30, False, RED)], align=C, indent=False,
            line=56, before=24)
    empty(doc, 1)
    # 文号 left, 签发人 right, aligned with typed half-width spaces
    p = add_par(doc, [("穗南市监〔2026〕6号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("梁志鹏", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("广州市南沙区市场监督管理局关于报送中国", "（广东）自由贸易试验区南沙片区2026年",
                 "知识产权保护工作要点的报告"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "广州市市场监督管理局（知识产权局）：", indent=False)

    IND = "\u3000\u3000"

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("根据《广州市市场监督管理局（知识产权局）关于做好2026年自贸试验区知识产权保护工作的通知》（穗市监知〔2025〕118号）要求，我局会同南沙片区管委会、南沙海关、区司法局等单位，研究制定了《中国（广东）自由贸易试验区南沙片区2026年知识产权保护工作要点》，现将有关情况报告如下：")
    runin("一、2025年工作成效。", "2025年，南沙片区受理专利侵权纠纷案件74件，结案71件；查处商标侵权、假冒专利案件39宗，罚没金额286.4万元；新增知识产权质押融资登记金额23.7亿元，同比增长31.5%。")
    runin("二、2026年工作思路。", "我局将紧扣南沙“立足湾区、协同港澳、面向世界”的战略定位，以服务粤港澳规则衔接和共建“一带一路”为重点，在跨境知识产权保护协作、海外维权援助等方面取得新突破。工作要点共4个方面12项重点任务，已逐项明确牵头单位、配合单位和完成时限。")
    runin("三、需要市局支持的事项。", "一是恳请市局支持在南沙设立专利业务受理服务点；二是恳请市局协调推动南沙片区与香港、澳门有关机构开展知识产权调解员互认试点。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（广东）自由贸易试验区南沙片区2026年知识产权保护工作要点",
            indent=False)
    empty(doc, 2)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 30 + "广州市南沙区市场监督管理局", indent=False)
    add_par(doc, " " * 36 + "2026年1月20日", indent=False)

    # ---------------- 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.3)
    sec.left_margin, sec.right_margin = Cm(2.6), Cm(2.6)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（广东）自由贸易试验区南沙片区2026年知识产权保护工作要点", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    body("为深入推进中国（广东）自由贸易试验区南沙片区（以下简称南沙片区）知识产权保护工作，根据国家、省、市有关工作部署，结合南沙实际，制定本要点。")
    runin("一、总体目标。", "全年专利侵权纠纷行政裁决结案率达到95%以上；新增知识产权质押融资登记金额28亿元以上；建成海外知识产权纠纷应对指导南沙工作站，为“走出去”企业提供维权援助服务不少于60家次。")
    add_par(doc, [(IND + "二、重点任务及责任分工", HT, 16, False)], indent=False)

    hdr = ["序号", "工作类别", "重点任务", "牵头单位", "配合单位", "完成时限"]
    widths = [1.2, 3.6, 9.6, 2.9, 4.4, 2.8]
    cats = ["强化知识产权创造运用", "严格知识产权保护", "深化粤港澳知识产权合作", "加强海外维权援助"]
    data = [
        (0, "实施高价值专利培育工程，培育高价值专利组合5个以上", "区科技局", "区市场监管局、南沙片区管委会", "2026年12月"),
        (0, "开展知识产权质押融资“入园惠企”行动", "区市场监管局", "区金融工作局", "2026年11月"),
        (0, "举办第六届粤港澳大湾区知识产权交易博览会", "区市场监管局", "区商务局", "2026年11月"),
        (1, "开展跨境电商、市场采购领域知识产权专项执法", "区市场监管局", "南沙海关、区商务局", "2026年10月"),
        (1, "在南沙港区开展进出口货物知识产权保护专项行动", "南沙海关", "区市场监管局", "2026年12月"),
        (1, "推行专利侵权纠纷行政裁决“简案快办”", "区市场监管局", "区司法局", "2026年6月"),
        (1, "建立知识产权行政执法与刑事司法衔接信息共享平台", "区市场监管局", "区公安分局、区检察院", "2026年9月"),
        (2, "推动南沙片区与港澳知识产权调解员互认试点", "区司法局", "区市场监管局、南沙片区管委会", "2026年12月"),
        (2, "支持香港知识产权服务机构在南沙设立分支机构", "南沙片区管委会", "区市场监管局、区商务局", "持续推进"),
        (2, "建设粤港澳知识产权保护与服务协作平台", "区市场监管局", "区政务数据局", "2026年10月"),
        (3, "建成海外知识产权纠纷应对指导南沙工作站", "区市场监管局", "区商务局、区贸促会", "2026年6月"),
        (3, "面向“一带一路”共建国家发布重点产业海外知识产权风险预警报告", "区市场监管局", "区商务局", "2026年12月"),
    ]

    def part_table(start, stop):
        sub = data[start:stop]
        t = grid_table(doc, 1 + len(sub), widths)
        for ci, h in enumerate(hdr):
            set_cell(t.cell(0, ci), h, HT, 10.5, width=Cm(widths[ci]), line=15)
        for k, (cat, task, lead, coop, due) in enumerate(sub):
            ri = k + 1
            no_split(t.rows[ri])
            vals = [str(start + k + 1), cats[cat], task, lead, coop, due]
            for ci, v in enumerate(vals):
                if ci == 1:
                    continue
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci == 2 else C,
                         width=Cm(widths[ci]), line=15)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, vals)))
        # vertically merge the 工作类别 column over runs of equal category
        k = 0
        while k < len(sub):
            j = k
            while j + 1 < len(sub) and sub[j + 1][0] == sub[k][0]:
                j += 1
            cell = t.cell(k + 1, 1)
            if j > k:
                cell = cell.merge(t.cell(j + 1, 1))
            set_cell(cell, cats[sub[k][0]], FS, 10.5, width=Cm(widths[1]), line=15)
            k = j + 1
        return t

    part_table(0, 6)
    # clerk split the table by hand and typed 续表 with the header again
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    part_table(6, 12)
    empty(doc, 1)
    add_par(doc, [(IND + "三、有关要求", HT, 16, False)], indent=False)
    body("1.各牵头单位要细化工作措施，明确责任人和时间节点，确保各项任务按期完成。")
    body("2.各配合单位要主动对接、密切配合，形成工作合力。")
    body("3.请各单位于每季度最后一个月20日前，将任务进展情况报区市场监管局（知识产权局），逾期未报的予以通报。")

    empty(doc, 1)
    p = add_par(doc, [("抄送：南沙区人民政府，中国（广东）自由贸易试验区南沙片区管委会。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("广州市南沙区市场监督管理局办公室", FS, 14, False), ("\t", FS, 14, False),
                       ("2026年1月20日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(24.0), 2)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广州市南沙区市场监督管理局关于报送中国（广东）自由贸易试验区南沙片区2026年知识产权保护工作要点的报告",
            "doc_number": "穗南市监〔2026〕6号",
            "issuer": ["广州市南沙区市场监督管理局"],
            "date": "2026-01-20",
            "published": None,
            "level": "county",
            "region": "广州市南沙区",
            "effective": None,
            "expires": None,
            "attachments": ["中国（广东）自由贸易试验区南沙片区2026年知识产权保护工作要点"],
            "doc_type": "报告",
            "recipients": ["广州市市场监督管理局（知识产权局）"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hubei(), doc_xiamen(), doc_nansha()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
