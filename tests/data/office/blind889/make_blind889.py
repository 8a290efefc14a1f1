# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 889: 海关AEO企业认证培育工作方案与培育企业名单 — Word + PDF + expected.json."""
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
    fmt(p, indent=False)

def _field_run(p, instr):
    for kind in ("begin",):
        r = p.add_run(); font(r, SONG, 14)
        r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr)))
    r = p.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), SONG, 14)
    r = p.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))

def setup(doc, footer_align=WD_ALIGN_PARAGRAPH.CENTER):
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
    fp.alignment = footer_align
    font(fp.add_run("— "), SONG, 14)
    _field_run(fp, "PAGE")
    font(fp.add_run(" —"), SONG, 14)

def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None,
             line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

def no_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))

def set_grid(t, widths):
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for r in t.rows:
        for i, c in enumerate(r.cells):
            if i < len(widths):
                c.width = widths[i]

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))

def grid_table(doc, cols, rows, clauses, widths, size=12, repeat=True, left_cols=()):
    line = 16 if size <= 11 else 20
    """cols: list of (top, sub); sub None => vertically merged header.
    Consecutive columns with the same top and a sub share a merged top cell."""
    two = any(s for _, s in cols)
    nh = 2 if two else 1
    t = doc.add_table(rows=nh + len(rows), cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_grid(t, widths)
    keys = []
    i = 0
    while i < len(cols):
        top, sub = cols[i]
        if sub is None:
            keys.append(top)
            if two:
                t.cell(0, i).merge(t.cell(1, i))
            set_cell(t.cell(0, i), top, HT, size, line=line)
            i += 1
        else:
            j = i
            while j + 1 < len(cols) and cols[j + 1][0] == top and cols[j + 1][1]:
                j += 1
            if j > i:
                t.cell(0, i).merge(t.cell(0, j))
            set_cell(t.cell(0, i), top, HT, size, line=line)
            for k in range(i, j + 1):
                set_cell(t.cell(1, k), cols[k][1], HT, size, line=line)
                keys.append("%s／%s" % (top, cols[k][1]))
            i = j + 1
    if repeat:
        for h in range(nh):
            repeat_header(t.rows[h])
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(nh + ri, ci), v, FS, size, align=al, line=line)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    return t

def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)

def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_889", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def textbox_par(doc, lines, left_pt, width_pt, height_pt):
    """A floating VML text box (the way some clerks place 落款 + date so the seal fits)."""
    p = doc.add_paragraph()
    fmt(p, indent=False)
    inner = ""
    for txt in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/><w:sz w:val="32"/></w:rPr>'
                  '<w:t xml:space="preserve">{t}</w:t></w:r></w:p>').format(f=FS, t=txt)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox889" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:0pt;width:%dpt;height:%dpt;z-index:251659264;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" filled="f" stroked="f">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), left_pt, width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))
    return p

def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None, "attachments": [],
            "doc_type": None, "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base

# =================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅 杭州海关 宁波海关 联合印发培育三年行动方案（通知+附件方案）。"""
    stem = "blind889_zj_fangan"
    doc = Document()
    setup(doc)
    clauses = []

    # 联合行文版头: 三个机关名称竖排于左, “文件”二字合并单元格居右
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    t.autofit = False
    set_grid(t, [Cm(10.0), Cm(4.0)])
    for i, name in enumerate(["浙江省商务厅", "杭 州 海 关", "宁 波 海 关"]):
        c = t.cell(i, 0)
        set_cell(c, name, XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    set_cell(m, "文件", XBS, 42, color=RED, line=50)
    p = add_par(doc, "浙商务联发〔2026〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=4)
    border(p, "bottom", "FF0000", 24, 8)

    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("浙江省商务厅 杭州海关 宁波海关关于印发"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("《浙江省海关高级认证企业培育三年行动方案"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2026—2028年）》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=8)
    p = add_par(doc, "各市、县（市、区）商务主管部门，各隶属海关：", indent=False, before=8)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为扩大我省海关高级认证企业（AEO企业）规模，助力外贸企业用好AEO互认通关便利，服务共建“一带一路”，省商务厅、杭州海关、宁波海关制定了《浙江省海关高级认证企业培育三年行动方案（2026—2028年）》，现印发给你们，请结合实际认真贯彻落实。")

    p = add_par(doc, "附件：浙江省海关高级认证企业培育三年行动方案", first=Pt(32), before=14)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "（2026—2028年）"), FS, 16)
    # joint 落款 typed with spaces
    add_par(doc, " " * 6 + "浙江省商务厅" + " " * 9 + "杭州海关" + " " * 9 + "宁波海关", indent=False,
            before=14)
    p = add_par(doc, "2026年2月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("浙江省海关高级认证企业培育三年行动方案"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2026—2028年）"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为发挥海关信用管理对外贸高质量发展的支撑作用，推动更多企业成为海关高级认证企业，结合我省实际，制定本方案。")
    head("一、总体要求")
    body("坚持“政府引导、企业主体、海关指导、分类培育”原则，以外贸骨干企业、跨境电商企业和中欧班列（义新欧）、海铁联运物流企业为重点，建立“培育一批、申报一批、认证一批”梯次推进机制。")
    head("二、工作目标")
    body("到2028年底，全省新增海关高级认证企业400家以上，总数达到1300家左右；高级认证企业进出口额占全省进出口总额的比重提高到45%以上。各设区市分年度培育目标见下表。")
    p = add_par(doc, [("全省海关高级认证企业分年度新增培育目标", HT, 14, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, [("单位：家", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    p.paragraph_format.right_indent = Pt(6)
    p.paragraph_format.keep_with_next = True
    data = [
        ("杭州市", 238, 30, 35, 40), ("宁波市", 286, 30, 35, 40), ("温州市", 62, 10, 12, 13),
        ("嘉兴市", 71, 10, 12, 13), ("湖州市", 28, 5, 6, 7), ("绍兴市", 55, 8, 9, 10),
        ("金华市", 64, 10, 12, 13), ("衢州市", 9, 2, 2, 3), ("舟山市", 22, 4, 4, 5),
        ("台州市", 47, 6, 7, 8), ("丽水市", 8, 1, 2, 2),
    ]
    rows = [[d[0], str(d[1]), str(d[2]), str(d[3]), str(d[4]), str(d[2] + d[3] + d[4])] for d in data]
    tot = [sum(d[i] for d in data) for i in range(1, 5)]
    rows.append(["合计", str(tot[0]), str(tot[1]), str(tot[2]), str(tot[3]), str(tot[1] + tot[2] + tot[3])])
    assert tot[0] == 890 and tot[1] + tot[2] + tot[3] == 406
    grid_table(doc, [("设区市", None), ("2025年底高级认证企业数", None), ("新增培育目标", "2026年"),
                     ("新增培育目标", "2027年"), ("新增培育目标", "2028年"), ("新增培育目标", "合计")],
               rows, clauses, [Cm(2.4), Cm(4.8), Cm(2.0), Cm(2.0), Cm(2.0), Cm(2.0)], size=10.5)
    t = "注：宁波市目标含宁波梅山综合保税区、宁波前湾新区，金华市目标含义乌市。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)
    head("三、重点任务")
    runin("（一）建立培育企业库。", "各设区市商务主管部门会同属地海关，每年一季度从年进出口额2000万美元以上的生产型企业、重点跨境电商企业、外贸综合服务企业和物流企业中筛选培育对象，经企业自愿申请后纳入省级AEO培育企业库，实行动态管理。")
    runin("（二）实施“一企一策”辅导。", "属地海关对照《海关高级认证企业标准》对入库企业开展预评估，形成问题清单和整改建议。重点做好以下辅导：")
    # three numbered items typed with Shift+Enter inside one paragraph
    items = [
        "1.内部控制辅导。指导企业健全单证、信息系统、贸易安全等内部控制制度。",
        "2.财务状况辅导。帮助企业规范财务核算，防范资产负债率超标等情形。",
        "3.守法规范辅导。督促企业处理涉税违规等历史问题，依法完成信用修复。",
    ]
    p = doc.add_paragraph()
    for k, it in enumerate(items):
        if k:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(IND + it), FS, 16)
        else:
            font(p.add_run(it), FS, 16)
    fmt(p)
    clauses.extend(items)
    runin("（三）强化政策激励。", "对首次通过海关高级认证的企业，由省级商务发展专项资金给予一次性奖励，每家不超过20万元。海关对高级认证企业落实较低查验率、优先办理通关手续、减免担保等便利措施。")
    runin("（四）深化AEO国际互认应用。", "重点面向共建“一带一路”国家和RCEP成员国，编制AEO互认国家（地区）通关便利指引，组织“AEO互认＋RCEP”专题培训，帮助企业在境外享受通关便利。")
    head("四、保障措施")
    body("省商务厅、杭州海关、宁波海关建立AEO培育工作联席会议制度，每半年召开一次会议。各设区市商务主管部门每年12月10日前将本地区培育工作情况报送省商务厅，抄送属地海关。")

    body("本方案自2026年3月1日起实施，有效期至2028年12月31日。《浙江省海关认证企业培育工作方案》（浙商务联发〔2022〕41号）同时废止。")

    banji(doc, "抄送：海关总署企业管理和稽查司，省财政厅，省市场监管局。",
          "浙江省商务厅办公室", "2026年2月27日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省商务厅 杭州海关 宁波海关关于印发《浙江省海关高级认证企业培育三年行动方案（2026—2028年）》的通知",
            doc_number="浙商务联发〔2026〕15号",
            issuer=["浙江省商务厅", "杭州海关", "宁波海关"],
            date="2026-02-26",
            level="provincial",
            region="浙江省",
            effective="2026-03-01",
            expires="2028-12-31",
            attachments=["浙江省海关高级认证企业培育三年行动方案（2026—2028年）"],
            doc_type="通知",
            recipients=["各市、县（市、区）商务主管部门", "各隶属海关"],
            publicity="此件公开发布",
            repeals="《浙江省海关认证企业培育工作方案》（浙商务联发〔2022〕41号）",
        ),
        "clauses": clauses,
    }]
    return path

# =================================================================== DOC B
def doc_qinzhou():
    """钦州市商务局公布2026年度AEO认证培育企业名单（附件名单表，分页续表）。"""
    stem = "blind889_qz_mingdan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("钦州市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, "钦商务发〔2026〕23号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title in two separate paragraphs, wrapped at an odd place
    add_par(doc, [("钦州市商务局关于公布2026年度钦州市", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("海关AEO认证培育企业名单的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县区商务主管部门，中国（广西）自由贸易试验区钦州港片区管委会，各有关企业：", indent=False)

    # this clerk indents with typed full-width spaces, no first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("为贯彻落实《广西壮族自治区海关高级认证企业培育工作三年行动计划（2025—2027年）》，加快西部陆海新通道建设，推动我市外贸企业提升信用管理水平，市商务局会同钦州海关组织开展了2026年度海关AEO认证培育企业遴选工作。经企业自愿申报、县区商务主管部门推荐、钦州海关信用状况核查和专家评审，确定广西钦州北港粮油工业有限公司等18家企业为2026年度钦州市海关AEO认证培育企业，现予以公布。有关事项通知如下:")
    runin("一、培育期限。", "培育期为2026年5月1日至2027年4月30日。培育期内，钦州海关为每家培育企业明确1名“企业协调员”，提供政策解读、预评估和整改指导等服务。")
    runin("二、企业责任。", "培育企业要对照《海关高级认证企业标准》（通用标准和相应单项标准）开展自查，建立健全内部控制制度，于2026年10月31日前向市商务局报送培育进展情况，具备条件的应及时向钦州海关提出认证申请。")
    runin("三、支持措施。", "对培育期内通过海关高级认证的企业，按照《钦州市促进外贸高质量发展若干措施》给予一次性奖励10万元；对通过海关高级认证且年进出口额增长20%以上的企业，在外贸发展资金安排上予以倾斜。")
    runin("四、动态管理。", "培育企业发生严重失信行为、主动申请退出，或者培育期满未提出认证申请且无正当理由的，移出培育名单。")
    runin("五、联系方式。", "市商务局对外贸易科：黄海燕，0777-2822316；钦州海关企业管理科：韦志明，0777-3256618。")
    empty(doc, 1)
    add_par(doc, IND + "附件：2026年度钦州市海关AEO认证培育企业名单", indent=False)
    empty(doc, 2)
    p = add_par(doc, " " * 44 + "钦州市商务局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 43 + "2026年4月15日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---------------- 附件: Ctrl+Enter page break, then the list
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度钦州市海关AEO认证培育企业名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=6, after=6)
    cols = [("序号", None), ("企业名称", None), ("所在县区（园区）", None), ("主要进出口商品", None),
            ("培育方向", "适用单项标准"), ("培育方向", "计划申请时间")]
    widths = [Cm(1.0), Cm(5.4), Cm(2.4), Cm(2.4), Cm(2.6), Cm(2.0)]
    rows = [
        ["广西钦州北港粮油工业有限公司", "钦州港片区", "大豆、食用植物油", "进出口货物收发货人", "2026年三季度"],
        ["钦州市华坤石化仓储有限公司", "钦州港片区", "燃料油、化工品", "进出口货物收发货人", "2026年四季度"],
        ["广西北部湾泓远国际物流有限公司", "钦州港片区", "—", "报关企业", "2026年三季度"],
        ["钦州市桂海新能源材料有限公司", "钦州港片区", "锂电池正极材料", "进出口货物收发货人", "2026年四季度"],
        ["广西钦州瑞通供应链管理有限公司", "钦州综合保税区", "纸浆、冻品", "外贸综合服务企业", "2027年一季度"],
        ["钦州市陶韵坭兴陶文化发展有限公司", "钦南区", "坭兴陶工艺品", "进出口货物收发货人", "2027年一季度"],
        ["灵山县荔乡农产品进出口有限公司", "灵山县", "荔枝、茉莉花茶", "进出口货物收发货人", "2026年四季度"],
        ["浦北县恒力木业有限公司", "浦北县", "原木、胶合板", "进出口货物收发货人", "2027年一季度"],
        ["广西钦州港海联船务代理有限公司", "钦州港片区", "—", "报关企业", "2026年四季度"],
        ["钦州市东盟跨境电商产业园运营管理有限公司", "钦州综合保税区", "日用消费品", "跨境电子商务平台企业", "2027年一季度"],
        ["广西钦州恒通集装箱班轮有限公司", "钦州港片区", "—", "水运物流运输企业", "2026年四季度"],
        ["钦州市桂钦服装制造有限公司", "钦北区", "服装、鞋帽", "进出口货物收发货人", "2027年一季度"],
        ["钦州市捷运跨境公路运输有限公司", "钦南区", "—", "公路物流运输企业", "2027年一季度"],
        ["广西中马钦州产业园区鑫钢新材料有限公司", "中马钦州产业园区", "不锈钢板材", "进出口货物收发货人", "2026年四季度"],
        ["钦州市华燕燕窝加工有限公司", "中马钦州产业园区", "燕窝", "进出口货物收发货人", "2027年一季度"],
        ["钦州市海桂冻品进出口有限公司", "钦州综合保税区", "冻肉、冻水产品", "进出口货物收发货人", "2027年一季度"],
        ["广西钦州天禾化肥有限公司", "钦州港片区", "化肥", "进出口货物收发货人", "2026年四季度"],
        ["钦州市泛亚国际货运代理有限公司", "钦州港片区", "—", "报关企业", "2027年一季度"],
    ]
    rows = [[str(i + 1)] + r for i, r in enumerate(rows)]
    assert len(rows) == 18
    SPLIT = 11
    grid_table(doc, cols, rows[:SPLIT], clauses, widths, size=10.5, repeat=False, left_cols=(1,))
    # clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    grid_table(doc, cols, rows[SPLIT:], clauses, widths, size=10.5, repeat=False, left_cols=(1,))
    notes = ["注：1.“钦州港片区”指中国（广西）自由贸易试验区钦州港片区。",
             "2.名单排名不分先后。"]
    p = add_par(doc, [(notes[0], FS, 12, False)], indent=False, line=20, before=4)
    p = add_par(doc, [("\u3000\u3000" + notes[1], FS, 12, False)], indent=False, line=20)
    clauses.extend(notes)

    banji(doc, "抄送：市人民政府办公室，钦州海关，市财政局。", "钦州市商务局办公室", "2026年4月15日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="钦州市商务局关于公布2026年度钦州市海关AEO认证培育企业名单的通知",
            doc_number="钦商务发〔2026〕23号",
            issuer=["钦州市商务局"],
            date="2026-04-15",
            level="municipal",
            region="钦州市",
            attachments=["2026年度钦州市海关AEO认证培育企业名单"],
            doc_type="通知",
            recipients=["各县区商务主管部门", "中国（广西）自由贸易试验区钦州港片区管委会", "各有关企业"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path

# =================================================================== DOC C
def doc_chongqing():
    """重庆市商务委员会向市政府报送年度AEO培育工作情况的报告（上行文，签发人）。"""
    stem = "blind889_cq_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("重庆市商务委员会文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=0)
    p = add_par(doc, [("渝商务〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘\u3000强", KT, 16, False)], indent=False, before=16)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("重庆市商务委员会", "关于2025年度海关AEO企业认证培育", "工作情况的报告"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "市政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("按照《重庆市人民政府办公厅关于印发重庆市推进海关高级认证企业培育工作实施方案的通知》要求，我委会同重庆海关、市财政局等部门，深入实施海关AEO企业认证培育行动，服务西部陆海新通道和中欧班列（成渝）建设。现将2025年度工作情况报告如下：")
    head("一、工作开展情况")
    runin("（一）扩大培育覆盖面。", "2025年，全市新纳入培育企业库企业126家，累计入库企业达到318家；全年新增海关高级认证企业41家，总数达到265家，同比增长18.3%。高级认证企业进出口额3568.2亿元，占全市进出口总额的49.6%。各区域分布情况如下：")
    add_par(doc, [("2025年全市海关高级认证企业分布情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    p = add_par(doc, [("单位：家、亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    data = [
        ("两江新区", 71, 82, "1320.5", 35), ("重庆高新区", 38, 45, "986.3", 20),
        ("沙坪坝区（含物流园）", 22, 27, "214.6", 12), ("九龙坡区", 18, 21, "138.9", 10),
        ("江津区（含综合保税区）", 14, 19, "176.4", 11), ("涪陵区", 9, 11, "65.2", 6),
        ("永川区", 8, 10, "92.7", 6), ("其他区县", 44, 50, "573.6", 30),
    ]
    rows = [[d[0], str(d[1]), str(d[2]), d[3], str(d[4])] for d in data]
    s24 = sum(d[1] for d in data); s25 = sum(d[2] for d in data)
    s_val = round(sum(float(d[3]) for d in data), 1); s26 = sum(d[4] for d in data)
    assert (s24, s25, s_val, s26) == (224, 265, 3568.2, 130)
    rows.append(["合计", str(s24), str(s25), "%.1f" % s_val, str(s26)])
    grid_table(doc, [("区域", None), ("高级认证企业数", "2024年底"), ("高级认证企业数", "2025年底"),
                     ("2025年进出口额", None), ("2026年拟培育企业数", None)],
               rows, clauses, [Cm(4.6), Cm(2.4), Cm(2.4), Cm(3.1), Cm(3.1)], size=11, repeat=True)
    t = "注：进出口额为高级认证企业进出口额，数据来源于重庆海关。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)
    runin("（二）推动培育与通道建设联动。", "依托西部陆海新通道和中欧班列（成渝），重点培育物流、供应链服务类企业。")
    t1 = "一是新增高级认证物流企业9家，其中水运物流运输企业3家、公路物流运输企业4家、报关企业2家。"
    t2 = "二是推动陆海新通道沿线物流企业与新加坡、马来西亚等AEO互认国家企业开展供应链合作。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    runin("（三）落实激励政策。", "对2025年度新通过高级认证的41家企业兑现市级奖励资金820万元；会同重庆海关为高级认证企业办理“提前申报”“两步申报”“汇总征税”等便利业务2.3万票，企业通关时间平均压缩35%以上。")
    head("二、存在的问题")
    body("一是中小企业参与积极性不高，主动申报意愿不强。二是区域发展不平衡，两江新区、重庆高新区高级认证企业数占全市的47.9%，渝东北、渝东南地区仅14家。三是AEO互认红利释放不充分，企业对AEO互认国家（地区）通关便利措施了解不多。")
    head("三、2026年工作打算")
    body("2026年，我委将会同重庆海关等部门，力争全年新增海关高级认证企业45家以上，重点做好以下工作：")
    body("1．实施分类培育。对全市130家拟培育企业实行“一企一档”管理，优先支持物流和跨境电商企业申报认证。")
    body("2．加强政策宣传。联合重庆海关开展“AEO进园区”系列宣讲活动不少于20场。")
    body("3．拓展互认应用。围绕中欧班列(成渝)沿线国家和东盟国家，编印AEO互认国家（地区）通关便利手册，推动企业在境外通关环节享受互认便利。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：2026年度重庆市海关高级认证重点培育企业名单", first=Pt(32))
    empty(doc, 1)
    # 落款 and Chinese-numeral date in a floating text box
    textbox_par(doc, ["重庆市商务委员会", "二〇二六年一月二十日"], 240, 190, 68)
    empty(doc, 2)
    add_par(doc, "（联系人：陈晓琳，联系电话：023-63662187）")

    # ---------------- 附件 on own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2026年度重庆市海关高级认证重点培育企业名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=8)
    rows = [
        ["重庆渝新欧供应链管理有限公司", "沙坪坝区", "外贸综合服务企业", "重庆团结村海关"],
        ["重庆果港联运物流有限公司", "两江新区", "水运物流运输企业", "重庆果园港海关"],
        ["重庆川渝通跨境公路运输有限公司", "巴南区", "公路物流运输企业", "重庆两路寸滩海关"],
        ["重庆西永智联电子科技有限公司", "重庆高新区", "进出口货物收发货人", "重庆西永海关"],
        ["重庆嘉骏摩托车制造有限公司", "九龙坡区", "进出口货物收发货人", "重庆两路寸滩海关"],
        ["重庆江津珞璜粮油贸易有限公司", "江津区", "进出口货物收发货人", "重庆江津海关"],
        ["重庆涪州榨菜进出口有限公司", "涪陵区", "进出口货物收发货人", "重庆涪陵海关"],
        ["重庆永川新能源汽车零部件有限公司", "永川区", "进出口货物收发货人", "重庆西永海关"],
        ["重庆云港跨境电子商务有限公司", "两江新区", "跨境电子商务平台企业", "重庆两路寸滩海关"],
        ["重庆万州三峡柑橘进出口有限公司", "万州区", "进出口货物收发货人", "重庆万州海关"],
    ]
    rows = [[str(i + 1)] + r for i, r in enumerate(rows)]
    grid_table(doc, [("序号", None), ("企业名称", None), ("所在区县", None), ("企业类别", None), ("主管海关", None)],
               rows, clauses, [Cm(1.2), Cm(5.6), Cm(2.2), Cm(3.3), Cm(3.3)], size=11, repeat=True,
               left_cols=(1,))

    banji(doc, "抄送：重庆海关，市财政局，市政府口岸物流办。", "重庆市商务委员会办公室", "2026年1月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="重庆市商务委员会关于2025年度海关AEO企业认证培育工作情况的报告",
            doc_number="渝商务〔2026〕9号",
            issuer=["重庆市商务委员会"],
            date="2026-01-20",
            level="provincial",
            region="重庆市",
            attachments=["2026年度重庆市海关高级认证重点培育企业名单"],
            doc_type="报告",
            recipients=["市政府"],
        ),
        "clauses": clauses,
    }]
    return path

def main():
    paths = [doc_zhejiang(), doc_qinzhou(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)

if __name__ == "__main__":
    main()
