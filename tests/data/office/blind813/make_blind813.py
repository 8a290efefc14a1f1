# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 813: 自贸试验区制度创新成果第三方评估报告, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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


def add_par(doc, runs, size=16, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    if "first" not in kw and kw.get("indent", True):
        kw["first"] = Pt(size * 2)
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


def field(par, instr, name=SONG, size=14):
    r = par.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run(); font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, body_font=FS, body_size=16, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    fp = s.footer.paragraphs[0]
    if footer_style == "dash":
        # outer-side page numbers as 公文: right on odd, centred fallback
        fp.alignment = C
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:
        fp.alignment = C
        font(fp.add_run("- "), "Times New Roman", 10.5)
        field(fp, "PAGE", "Times New Roman", 10.5)
        font(fp.add_run(" -"), "Times New Roman", 10.5)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = 1  # center


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, nrows, ncols, widths=None):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def row_clause(keys, vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, vals))


def banji(doc, cc, printer, date_txt, size=14):
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_813", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first))
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


VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def textbox_par(doc, lines, left_pt, top_pt, width_pt, height_pt, size=16):
    """A paragraph holding a floating borderless VML text box (落款 typed in a box)."""
    inner = ""
    for t in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr><w:t>{t}</w:t></w:r></w:p>'
                  ).format(f=FS, s=size * 2, t=t)
    xml = ('<w:r %s %s><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="LuoKuan1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
           'z-index:251659264;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), VML, left_pt, top_pt, width_pt, height_pt, inner))
    p = doc.add_paragraph()
    fmt(p, indent=False, line=28)
    p._p.append(parse_xml(xml))
    return p


expected = {}


# =================================================================== DOC A: 湖北 通知 + 附件(评估报告摘要)
def doc_hubei():
    stem = "blind813_hubei_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 + 公开属性 typed on top
    add_par(doc, [("000126", "Times New Roman", 16, False)], indent=False)
    # red organ mark: long name squeezed with character scaling
    add_par(doc, [("湖北省推进自由贸易试验区建设领导小组办公室文件", XBS, 30, False, RED)],
            align=C, indent=False, line=52, before=18)
    doc.paragraphs[-1].runs[0]._element.get_or_add_rPr().append(
        parse_xml('<w:w %s w:val="55"/>' % nsdecls("w")))
    empty(doc, 1)
    p = add_par(doc, "鄂自贸办〔2026〕5号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title typed over three paragraphs, wrapped at an odd place (制度 / 创新)
    for t in ("关于印发《中国（湖北）自由贸易试验区",
              "2025年度制度创新成果第三方评估",
              "报告（摘要）》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=33)
    empty(doc, 1)
    add_par(doc, "各片区管委会，省推进自由贸易试验区建设领导小组各成员单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为全面评估中国（湖北）自由贸易试验区制度创新工作成效，进一步发挥评估的导向和激励作用，省推进自由贸易试验区建设领导小组办公室委托湖北长江开放经济研究院，对各片区2025年度形成的制度创新成果开展了第三方评估。现将评估报告摘要印发给你们，并就有关事项通知如下：")
    body("一、各片区要对照评估发现的问题，认真研究制定整改措施，于2026年4月30日前将整改方案报送省推进自由贸易试验区建设领导小组办公室。")
    body("二、评估结果为“优秀”的制度创新成果，由省推进自由贸易试验区建设领导小组办公室择优向商务部推荐申报全国复制推广，并在全省范围内复制推广。")
    body("三、评估结果将作为年度自贸试验区建设绩效考核的重要依据。省直有关单位要结合职能，加大对优秀成果的政策支持和推广应用力度。")
    empty(doc, 1)
    # 附件 line with hanging indent for the wrapped part
    p = add_par(doc, "附件：中国（湖北）自由贸易试验区2025年度制度创新成果第三方评估报告（摘要）",
                indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 2)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 10 + "湖北省推进自由贸易试验区建设领导小组办公室", indent=False)
    add_par(doc, " " * 32 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（湖北）自由贸易试验区2025年度", XBS, 22, False)], align=C, indent=False, line=33)
    add_par(doc, [("制度创新成果第三方评估报告（摘要）", XBS, 22, False)], align=C, indent=False, line=33)
    add_par(doc, [("湖北长江开放经济研究院", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1, 16)
    # the evaluation agency's text pasted in: 四号 type, tighter spacing
    AS, AL = 14, 24

    def body(t):
        clauses.append(t)
        add_par(doc, [(t, FS, AS, False)], size=AS, line=AL)

    def head(t):
        add_par(doc, [(t, HT, AS, False)], size=AS, line=AL)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, AS, False), (t, FS, AS, False)], size=AS, line=AL)

    head("一、评估基本情况")
    body("受省推进自由贸易试验区建设领导小组办公室委托，湖北长江开放经济研究院组建评估组，于2025年12月至2026年2月对武汉、襄阳、宜昌三个片区2025年度申报的制度创新成果开展第三方评估。本次评估共受理申报成果126项，其中武汉片区68项、襄阳片区31项、宜昌片区27项。")
    runin("（一）评估方法。", "评估采取材料审核、实地核验、企业问卷调查和专家评审相结合的方式，共赴片区实地核验42次，回收有效企业问卷1536份，组织专家评审会6场。")
    runin("（二）评估指标。", "评估指标体系设置创新性（25分）、实施成效（35分）、复制推广价值（25分）、制度保障（15分）4项一级指标和13项二级指标，采用百分制计分。")


    head("二、评估结果")
    body("经综合评定，武汉片区、襄阳片区、宜昌片区制度创新成果平均得分分别为87.5分、78.8分、81.3分。在126项申报成果中，评定为“优秀”的23项、“良好”的51项、“合格”的44项、“不合格”的8项。")
    cap = add_par(doc, [("表1　各片区制度创新成果评估得分情况", HT, 12, False),
                        ("（单位：分）", KT, 12, False)], align=C, indent=False, line=22, before=4)
    cap.paragraph_format.keep_with_next = True
    hdr = ["序号", "片区", "一级指标得分／创新性（25）", "一级指标得分／实施成效（35）",
           "一级指标得分／复制推广价值（25）", "一级指标得分／制度保障（15）", "总得分", "等次"]
    rows = [["1", "武汉片区", "21.6", "30.8", "21.9", "13.2", "87.5", "优秀"],
            ["2", "襄阳片区", "19.4", "28.7", "18.6", "12.1", "78.8", "良好"],
            ["3", "宜昌片区", "20.1", "29.5", "19.3", "12.4", "81.3", "良好"]]
    t = grid_table(doc, 2 + len(rows), len(hdr), [1.2, 2.2, 1.9, 2.0, 2.4, 2.0, 1.6, 1.3])
    # two header rows: 一级指标得分 spans four columns, the others merged downwards
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for ci in (0, 1, 6, 7):
        m = t.cell(0, ci).merge(t.cell(1, ci)); set_cell(m, hdr[ci], HT, 10.5)
    m = t.cell(0, 2).merge(t.cell(0, 5)); set_cell(m, "一级指标得分", HT, 10.5)
    for ci in range(2, 6):
        set_cell(t.cell(1, ci), hdr[ci].split("／")[1], HT, 10.5)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5)
        clauses.append(row_clause(hdr, row))
    body("注：总得分为各片区申报成果得分的算术平均值；等次按总得分划分，85分及以上为优秀，75分（含）至85分为良好，60分（含）至75分为合格，60分以下为不合格。")
    doc.paragraphs[-1].runs[0].font.size = Pt(10.5)

    head("三、存在的主要问题")
    runin("（一）首创性成果偏少。", "申报成果中属于全国首创的仅有9项，占7.1%，多数成果属于对其他自贸试验区经验的借鉴和局部优化。")
    runin("（二）系统集成不够。", "跨部门、跨层级的集成性改革成果占比不高，部分成果仅涉及单一审批环节，改革的协同效应未能充分释放。")
    runin("（三）成效评估薄弱。", "部分片区对已形成成果缺乏跟踪评估，实施效果数据统计口径不一，难以量化反映改革成效。")

    head("四、有关建议")
    # numbering typed with mixed half-width / full-width dots, as clerks do
    body("1.聚焦首创性探索。围绕长江经济带绿色发展、光谷科创、汽车产业链等特色领域，开展差异化改革探索，争取更多原创性成果。")
    body("2．强化系统集成。推动“一业一证”“一件事一次办”等集成改革向纵深拓展，打通跨部门数据共享堵点。")
    body("3.建立成果跟踪评估机制。对已复制推广的成果开展“回头看”，每年至少开展一次实施效果评估，及时修正完善。")
    pass  # 版记 follows directly
    banji(doc, "抄送：省人民政府办公厅，商务部自由贸易试验区港建设协调司。",
          "湖北省商务厅办公室", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《中国（湖北）自由贸易试验区2025年度制度创新成果第三方评估报告（摘要）》的通知",
            "doc_number": "鄂自贸办〔2026〕5号",
            "issuer": ["湖北省推进自由贸易试验区建设领导小组办公室"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（湖北）自由贸易试验区2025年度制度创新成果第三方评估报告（摘要）"],
            "doc_type": "通知",
            "recipients": ["各片区管委会", "省推进自由贸易试验区建设领导小组各成员单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B: 广西 第三方评估报告 (封面 + 摘要 + 正文)
def doc_guangxi():
    stem = "blind813_guangxi_baogao"
    doc = Document()
    s = setup(doc, FS, 14, footer_style="plain")
    # cover page has no page number; body starts at page 1
    s.different_first_page_header_footer = True
    s._sectPr.append(parse_xml('<w:pgNumType %s w:start="0"/>' % nsdecls("w")))
    clauses = []
    SZ = 14
    LN = 21

    # ---------------- cover
    add_par(doc, [("内部资料　注意保存", HT, 14, False)], align=R, indent=False)
    empty(doc, 3)
    add_par(doc, [("中国（广西）自由贸易试验区", XBS, 26, False)], align=C, indent=False, line=44)
    add_par(doc, [("制度创新成果第三方评估报告", XBS, 26, False)], align=C, indent=False, line=44)
    add_par(doc, [("（2025年度）", KT, 18, False)], align=C, indent=False, line=36, before=6)
    empty(doc, 6)
    for lab, val in (("委托单位：", "中国（广西）自由贸易试验区工作办公室"),
                     ("评估机构：", "广西北部湾开放发展研究院"),
                     ("报告编号：", "GXBBW-PG-2026-017"),
                     ("报告日期：", "二〇二六年四月")):
        p = add_par(doc, [("\t" + lab, HT, 15, False), (val, FS, 15, False)], indent=False, line=34)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
    page_break(doc)

    # ---------------- 摘要
    add_par(doc, [("摘　要", HT, 18, False)], align=C, indent=False, line=36, after=6)

    def body(t, size=SZ):
        clauses.append(t)
        add_par(doc, [(t, FS, size, False)], size=size, line=LN)

    def head(t):
        add_par(doc, [(t, HT, SZ, False)], size=SZ, line=LN, before=4)

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, SZ, False), (t, FS, SZ, False)], size=SZ, line=LN)

    body("受中国（广西）自由贸易试验区工作办公室委托，广西北部湾开放发展研究院（以下简称“评估机构”）对中国（广西）自由贸易试验区南宁、钦州港、崇左三个片区2025年度形成的制度创新成果开展第三方评估。本次评估共纳入成果94项，其中南宁片区41项、钦州港片区30项、崇左片区23项。")
    body("评估结果显示，94项成果平均得分80.6分，评定为A级（优秀）的17项、B级（良好）的46项、C级（合格）的27项、D级（不合格）的4项。面向东盟的跨境金融、跨境物流和边境贸易领域成果特色鲜明，“中越跨境劳务合作‘一站式’管理服务”“西部陆海新通道海铁联运‘一单制’”等成果已在全国复制推广。同时，评估也发现成果同质化、实施数据支撑不足、部分成果落地“最后一公里”不畅等问题。")
    empty(doc, 1, 12)

    head("一、评估概况")
    runin("（一）评估对象。", "本次评估对象为各片区2025年1月1日至12月31日期间形成并已实际落地运行满3个月的制度创新成果，不含已在往年评估中纳入的成果。")
    runin("（二）评估方法。", "评估机构采用“定量评分+定性评议”相结合的方法，通过查阅资料、部门座谈、企业走访、问卷调查等方式采集数据，共走访企业218家，回收有效问卷2047份，并组织专家评审组独立评分。")
    runin("（三）评估指标体系。", "评估指标体系由4项一级指标、12项二级指标构成，总分100分。具体如下：")

    cap = add_par(doc, [("表1　制度创新成果评估指标体系", HT, 12, False)], align=C, indent=False, line=22, before=4)
    # (no keep-with-next: the table runs on over the page)
    hdr = ["序号", "一级指标", "二级指标", "权重（分）", "评分标准"]
    ind = [
        ("创新突破（30分）", [("首创性", "12", "全国首创12分，全省首创8分，其他4分以下"),
                           ("改革深度", "10", "突破法规规章及规范性文件限制的程度"),
                           ("集成度", "8", "涉及2个以上部门或环节协同改革的程度")]),
        ("实施效果（35分）", [("便利化程度", "10", "办理时限、环节、材料压减幅度"),
                           ("成本节约", "9", "为企业节约的物流、融资、制度性交易成本"),
                           ("市场主体评价", "10", "问卷调查满意度及企业座谈评价"),
                           ("开放带动", "6", "对外贸、外资及跨境业务的拉动作用")]),
        ("面向东盟特色（15分）", [("对东盟开放关联度", "8", "成果与中国—东盟经贸合作的关联程度"),
                              ("沿边跨境合作", "7", "在沿边开放、跨境合作领域的探索成效")]),
        ("推广价值（20分）", [("可复制推广性", "8", "在其他地区复制推广的可操作性"),
                           ("已推广情况", "7", "已在全国、全区复制推广的情况"),
                           ("风险可控性", "5", "风险评估和防控措施的完备程度")]),
    ]
    # split table: rows 1-9 on first part, 续表 with rows 10-12
    parts = [ind]
    seq = 1
    widths = [1.0, 2.4, 3.0, 1.4, 7.8]
    for pi, part in enumerate(parts):
        if pi == 1:
            page_break(doc)
            add_par(doc, [("续表1", HT, 12, False)], indent=False, line=22)
        n = sum(len(x[1]) for x in part)
        t = grid_table(doc, 1 + n, 5, widths)
        for i, h in enumerate(hdr):
            set_cell(t.cell(0, i), h, HT, 10.5, line=16)
        repeat_header(t.rows[0])
        r = 1
        for name, subs in part:
            top, bot = r, r + len(subs) - 1
            m = t.cell(top, 1).merge(t.cell(bot, 1))
            set_cell(m, name, FS, 10.5, line=16)
            for sname, w, std in subs:
                set_cell(t.cell(r, 0), str(seq), FS, 10.5, line=16)
                set_cell(t.cell(r, 2), sname, FS, 10.5, line=16)
                set_cell(t.cell(r, 3), w, FS, 10.5, line=16)
                set_cell(t.cell(r, 4), std, FS, 10.5, line=16, align=L)
                clauses.append(row_clause(hdr, [str(seq), name, sname, w, std]))
                seq += 1
                r += 1
    add_par(doc, [("注：二级指标由评审组成员独立打分，去掉一个最高分和一个最低分后取平均值。", FS, 11, False)],
            indent=False, line=20)
    clauses.append("注：二级指标由评审组成员独立打分，去掉一个最高分和一个最低分后取平均值。")
    empty(doc, 1, 8)

    head("二、评分结果")
    runin("（一）总体情况。", "94项成果得分区间为52.3分至94.1分，平均得分80.6分。分片区看，南宁片区平均得分82.4分，钦州港片区81.7分，崇左片区75.9分。")
    cap = add_par(doc, [("表2　各片区评估结果分布", HT, 12, False)], align=C, indent=False, line=22, before=4)
    cap.paragraph_format.keep_with_next = True
    t = grid_table(doc, 2 + 4, 7, [2.6, 2.4, 1.6, 1.6, 1.6, 1.6, 2.2])
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for ci, h in ((0, "片区"), (1, "纳入评估成果数（项）"), (6, "平均得分（分）")):
        m = t.cell(0, ci).merge(t.cell(1, ci)); set_cell(m, h, HT, 10.5, line=16)
    m = t.cell(0, 2).merge(t.cell(0, 5)); set_cell(m, "等级分布（项）", HT, 10.5, line=16)
    for i, h in enumerate(["A级", "B级", "C级", "D级"]):
        set_cell(t.cell(1, 2 + i), h, HT, 10.5, line=16)
    keys = ["片区", "纳入评估成果数（项）", "等级分布（项）／A级", "等级分布（项）／B级",
            "等级分布（项）／C级", "等级分布（项）／D级", "平均得分（分）"]
    rows = [["南宁片区", "41", "9", "21", "10", "1", "82.4"],
            ["钦州港片区", "30", "6", "15", "8", "1", "81.7"],
            ["崇左片区", "23", "2", "10", "9", "2", "75.9"],
            ["合计", "94", "17", "46", "27", "4", "80.6"]]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 10.5, line=16)
        clauses.append(row_clause(keys, row))
    add_par(doc, [("注：A级为85分及以上，B级为75分（含）至85分，C级为60分（含）至75分，D级为60分以下。", FS, 11, False)],
            indent=False, line=20)
    clauses.append("注：A级为85分及以上，B级为75分（含）至85分，C级为60分（含）至75分，D级为60分以下。")
    empty(doc, 1, 8)
    add_par(doc, [("（二）得分排名前10位的成果", KT, SZ, False)], size=SZ, line=LN)
    cap = add_par(doc, [("表3　得分排名前10位的制度创新成果", HT, 12, False)], align=C, indent=False, line=22, before=4)
    cap.paragraph_format.keep_with_next = True
    hdr3 = ["排名", "成果名称", "所属片区", "得分"]
    top10 = [["1", "中越跨境劳务合作“一站式”管理服务", "崇左片区", "94.1"],
             ["2", "西部陆海新通道海铁联运“一单制”", "钦州港片区", "93.6"],
             ["3", "面向东盟的跨境人民币结算“快捷通道”", "南宁片区", "92.8"],
             ["4", "边民互市贸易商品落地加工“互市+加工”模式", "崇左片区", "91.5"],
             ["5", "进口冷链食品“集中查验+分类放行”监管", "钦州港片区", "90.9"],
             ["6", "中国—东盟跨境数据流动服务平台", "南宁片区", "90.2"],
             ["7", "钦州港集装箱“船边直提、抵港直装”作业模式", "钦州港片区", "89.7"],
             ["8", "外籍人才工作许可和居留许可“一窗通办”", "南宁片区", "88.8"],
             ["9", "跨境电商B2B出口“一次申报、分批出境”", "南宁片区", "88.3"],
             ["10", "保税船用燃料油加注“一船多供”模式", "钦州港片区", "87.6"]]
    t = grid_table(doc, 1 + len(top10), 4, [1.4, 9.0, 2.6, 1.6])
    for i, h in enumerate(hdr3):
        set_cell(t.cell(0, i), h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(top10, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=16, align=L if ci == 1 else C)
        clauses.append(row_clause(hdr3, row))
    empty(doc, 1, 8)

    head("三、评估结论")
    body("评估认为，2025年中国（广西）自由贸易试验区制度创新工作总体成效明显，成果数量较上年增加15项，平均得分提高2.3分，面向东盟开放合作的特色进一步彰显。但与沿海发达地区自贸试验区相比，首创性、引领性成果仍然偏少，成果的系统集成和复制推广力度有待加强。")
    head("四、意见建议")
    runin("（一）突出面向东盟的差异化探索。", "围绕中国—东盟自由贸易区3.0版建设，在跨境金融、数字贸易、沿边产业合作等领域加强首创性制度设计，形成更多具有广西辨识度的标志性成果。")
    runin("（二）健全成果培育和储备机制。", "建立“培育库—储备库—推广库”三级成果管理体系，对得分70分以下的成果实施跟踪辅导。各片区培育方向建议如下：")
    body("1.南宁片区重点在跨境金融和数字经济领域培育集成性成果；")
    body("2.钦州港片区重点在港航物流和西部陆海新通道领域深化改革；")
    body("3.崇左片区重点在沿边贸易和跨境劳务合作领域加大探索力度。")
    runin("（三）加强数据支撑和动态评估。", "推动各片区建立制度创新成果实施效果统计台账，评估机构将于2026年下半年对本次评估中D级成果整改情况开展复评。")
    empty(doc, 1, LN)
    # 落款 aligned with full-width spaces, 盖章 mark typed
    add_par(doc, [("\u3000" * 12 + "广西北部湾开放发展研究院（盖章）", FS, SZ, False)], indent=False, line=LN)
    add_par(doc, [("\u3000" * 16 + "二〇二六年四月二十日", FS, SZ, False)], indent=False, line=LN)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区制度创新成果第三方评估报告（2025年度）",
            "doc_number": "GXBBW-PG-2026-017",
            "issuer": ["广西北部湾开放发展研究院"],
            "date": "2026-04-20",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C: 重庆 评估机构报送函
def doc_chongqing():
    stem = "blind813_chongqing_han"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("重庆市综合经济研究院", XBS, 36, False, RED)], align=C, indent=False, line=50, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, "thinThickSmallGap")
    add_par(doc, "渝综研函〔2026〕23号", align=R, indent=False, before=6)
    empty(doc, 1)
    # title: one paragraph with a manual line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("重庆市综合经济研究院关于报送"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（重庆）自由贸易试验区2025年度制度"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("创新成果评估报告的函"), XBS, 22)
    fmt(p, align=C, indent=False, line=33)
    empty(doc, 1)
    add_par(doc, "重庆市商务委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《重庆市商务委员会关于委托开展中国（重庆）自由贸易试验区2025年度制度创新成果第三方评估的函》（渝商务函〔2025〕318号）要求，我院组建专项评估组，对中国（重庆）自由贸易试验区2025年度形成的制度创新成果开展了第三方评估，形成了《中国（重庆）自由贸易试验区2025年度制度创新成果评估报告》。现将评估有关情况报送如下：")
    head("评估基本情况")
    body("本次评估对象为两江片区、西永片区、果园港片区申报的制度创新成果共计87项。评估组按照“创新性、实效性、推广性、保障性”四个维度构建评估指标体系（见附件），采取“材料初审+实地核验+第三方调查+专家会审”方式，于2026年1月至3月完成全部评估工作。")
    head("主要评估结论")
    runin("（一）成果总量稳步增长。", "87项成果中，两江片区45项、西永片区24项、果园港片区18项，较上年增加12项；平均得分81.2分，较上年提高1.8分。各片区评估结果见下表。")
    add_par(doc, [("各片区评估结果汇总表", HT, 14, False)], align=C, indent=False, before=4)
    hdr = ["片区", "成果数（项）", "平均得分（分）", "优秀", "良好", "合格", "不合格"]
    rows = [["两江片区", "45", "83.6", "12", "22", "10", "1"],
            ["西永片区", "24", "79.4", "4", "11", "8", "1"],
            ["果园港片区", "18", "77.6", "3", "8", "6", "1"],
            ["合计", "87", "81.2", "19", "41", "24", "3"]]
    t = grid_table(doc, 1 + len(rows), len(hdr), [2.6, 2.2, 2.6, 1.6, 1.6, 1.6, 1.8])
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append(row_clause(hdr, row))
    runin("（二）多式联运和陆海新通道领域成果突出。", "果园港片区“铁公水多式联运‘一单制’”、两江片区“中欧班列（成渝）运费分段结算估价管理”等成果创新性和实效性得分均位居前列，其中3项成果已被推荐申报全国复制推广。")
    runin("（三）存在的主要短板。", "一是部分成果属于流程优化类，制度层面突破不足；二是西永片区、果园港片区数字贸易、金融开放领域成果较少；三是少数成果缺少实施效果数据，影响评分。")
    head("有关建议")
    body("建议市商务委（市自贸办）将评估结果纳入各片区年度考核，对评定为“优秀”的19项成果优先推荐申报全国复制推广，对评定为“不合格”的3项成果督促相关片区限期整改。同时，建议建立制度创新成果“季度调度、年度评估”工作机制，持续提升成果质量。")
    body("《中国（重庆）自由贸易试验区2025年度制度创新成果评估报告》全文（纸质版一式五份）另行报送。")
    add_par(doc, "特此函告。")
    empty(doc, 1)
    add_par(doc, "附件：中国（重庆）自由贸易试验区制度创新成果评估指标体系及权重")
    empty(doc, 1)
    # 落款 typed inside a floating text box
    textbox_par(doc, ["重庆市综合经济研究院", "2026年3月27日"], 230, 6, 190, 64)
    empty(doc, 3)
    add_par(doc, "（联系人：王晓鹏，联系电话：023-63891457）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（重庆）自由贸易试验区制度创新成果", XBS, 22, False)], align=C, indent=False, line=33)
    add_par(doc, [("评估指标体系及权重", XBS, 22, False)], align=C, indent=False, line=33, after=12)
    keys = ["一级指标／名称", "一级指标／权重（%）", "二级指标／名称", "二级指标／权重（%）", "指标说明"]
    ind = [
        ("创新性", "30", [("制度突破性", "12", "对现行制度、规则的突破和完善程度"),
                        ("首创性", "10", "在全国、全市范围内的首创程度"),
                        ("集成性", "8", "跨部门、跨层级、跨区域集成改革程度")]),
        ("实效性", "35", [("企业和群众获得感", "15", "办事时间、环节、成本压减情况及满意度"),
                        ("降本增效", "12", "对企业降低物流、融资等成本的实际效果"),
                        ("产业带动", "8", "对相关产业集聚发展的带动作用")]),
        ("推广性", "20", [("可复制推广程度", "12", "在其他地区复制推广的可行性和已推广情况"),
                        ("示范引领", "8", "对全市、全国同类改革的示范作用")]),
        ("保障性", "15", [("法治化保障", "8", "配套制度、规范性文件的制定和合法性审查情况"),
                        ("风险防控", "7", "风险评估、监测预警和应对措施的完备程度")]),
    ]
    n = sum(len(x[2]) for x in ind)
    t = grid_table(doc, 2 + n + 1, 5, [1.6, 1.8, 3.8, 1.8, 6.6])
    m = t.cell(0, 0).merge(t.cell(0, 1)); set_cell(m, "一级指标", HT, 12)
    m = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(m, "二级指标", HT, 12)
    m = t.cell(0, 4).merge(t.cell(1, 4)); set_cell(m, "指标说明", HT, 12)
    for i, h in enumerate(["名称", "权重（%）", "名称", "权重（%）"]):
        set_cell(t.cell(1, i), h, HT, 12)
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    r = 2
    for name, w, subs in ind:
        top, bot = r, r + len(subs) - 1
        m1 = t.cell(top, 0).merge(t.cell(bot, 0))
        m2 = t.cell(top, 1).merge(t.cell(bot, 1))
        set_cell(m1, name, FS, 12); set_cell(m2, w, FS, 12)
        for sname, sw, desc in subs:
            set_cell(t.cell(r, 2), sname, FS, 12)
            set_cell(t.cell(r, 3), sw, FS, 12)
            set_cell(t.cell(r, 4), desc, FS, 11, align=L)
            clauses.append(row_clause(keys, [name, w, sname, sw, desc]))
            r += 1
    total = ["合计", "100", "—", "100", "—"]
    for ci, v in enumerate(total):
        set_cell(t.cell(r, ci), v, HT if ci == 0 else FS, 12)
    clauses.append(row_clause(keys, total))
    add_par(doc, [("注：二级指标按“好、较好、一般、较差”四档评分，分别按权重的100%、80%、60%、40%计分。", FS, 12, False)],
            size=12, line=22, before=4)
    clauses.append("注：二级指标按“好、较好、一般、较差”四档评分，分别按权重的100%、80%、60%、40%计分。")
    pass  # 版记 follows directly
    banji(doc, "抄送：重庆市发展和改革委员会，重庆市司法局。", "重庆市综合经济研究院办公室", "2026年3月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "重庆市综合经济研究院关于报送中国（重庆）自由贸易试验区2025年度制度创新成果评估报告的函",
            "doc_number": "渝综研函〔2026〕23号",
            "issuer": ["重庆市综合经济研究院"],
            "date": "2026-03-27",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["中国（重庆）自由贸易试验区制度创新成果评估指标体系及权重"],
            "doc_type": "函",
            "recipients": ["重庆市商务委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hubei(), doc_guangxi(), doc_chongqing()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
