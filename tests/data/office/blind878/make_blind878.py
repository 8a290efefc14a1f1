# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 878: 首席服务官/企业服务专员制度实施方案及服务企业名单 — Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
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
    """Ctrl+Enter typed at the end of the last paragraph."""
    last = doc.paragraphs[-1]
    last.add_run().add_break(WD_BREAK.PAGE)


def _field_runs(fp, size, name=SONG):
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


def setup(doc, footer_style="center"):
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
    if footer_style == "center":
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("— "), SONG, 14)
        _field_runs(fp, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # outside: right, with a full-width space typed after the dash
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        font(fp.add_run("—"), SONG, 14)
        _field_runs(fp, 14)
        font(fp.add_run("—\u3000"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def grid_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="single" w:sz="4" w:color="000000"/>'
        '<w:left w:val="single" w:sz="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" w:color="000000"/>'
        '<w:right w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideV w:val="single" w:sz="4" w:color="000000"/>'
        '</w:tblBorders>' % nsdecls("w")))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    """Fixed layout; write both the grid and each cell's tcW (LibreOffice reads the grid)."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


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
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", ind=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, ind))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_878", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_hainan():
    """省政府办公厅印发实施方案的通知 + 方案 + 附件名单 (merged cells, two-level header)."""
    stem = "blind878_hainan_shouxi"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("海南省人民政府办公厅文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=30)
    empty(doc, 2)
    add_par(doc, "琼府办〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title: three lines, wrapped at odd places (soft break + new paragraph)
    p = doc.add_paragraph()
    font(p.add_run("海南省人民政府办公厅关于印发"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("海南自由贸易港重点企业首席服务官"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("制度实施方案的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市、县、自治县人民政府，省政府直属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《海南自由贸易港重点企业首席服务官制度实施方案》已经省政府同意，现印发给你们，请认真贯彻执行。")
    empty(doc, 3)
    p = add_par(doc, "海南省人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月27日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件主动公开）")

    # ---- the 方案 on a new page
    page_break(doc)
    add_par(doc, [("海南自由贸易港重点企业首席服务官", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("制度实施方案", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=14)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入推进海南自由贸易港营商环境建设，健全政府服务企业常态化机制，制定本方案。")
    head("一、总体要求")
    body("建立省、市县两级首席服务官制度，为重点企业提供“一对一”全生命周期服务，推动企业诉求“一口受理、限时办结”。到2026年底，服务覆盖全省重点企业500家以上，诉求按时办结率达到95%以上。")
    head("二、服务对象")
    runin("（一）服务范围。", "首席服务官服务对象原则上为符合下列条件之一的企业：")
    body("1.上年度营业收入10亿元以上或者纳税额5000万元以上的企业；")
    body("2.跨国公司地区总部，世界500强、中国500强企业在海南自由贸易港投资设立的企业；")
    body("3.享受“零关税”等自由贸易港政策的重点项目企业，面向共建“一带一路”国家开展贸易投资的龙头企业。")
    runin("（二）名单管理。", "服务企业名单实行动态管理，由省商务厅每年提出建议名单，报省政府同意后公布。首批名单见附件。")
    head("三、首席服务官配备")
    runin("（一）省级首席服务官。", "由省直有关部门主要负责同志担任，每人联系服务1至3家重点企业。")
    runin("（二）市县首席服务官。", "由市县政府负责同志担任，可为每家服务企业配备1名企业服务专员，负责日常联络。")
    head("四、主要职责")
    # two items typed in one paragraph with Shift+Enter
    t1h, t1 = "（一）政策直达。", "宣讲解读自由贸易港“零关税、低税率、简税制”等政策，推动惠企政策“免申即享”。"
    t2h, t2 = "（二）诉求办理。", "通过走访调研、“海易办”平台等渠道收集企业诉求，一般诉求5个工作日内答复，复杂诉求15个工作日内答复。"
    p = doc.add_paragraph()
    font(p.add_run(t1h), KT, 16)
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2h), KT, 16)
    font(p.add_run(t2), FS, 16)
    fmt(p)
    clauses.extend([t1h + t1, t2h + t2])
    runin("（三）要素保障。", "协调解决企业在用地、用能、用工、融资和跨境贸易投资等方面的困难问题。")
    head("五、保障措施")
    runin("（一）加强统筹调度。", "省优化营商环境工作专班办公室负责统筹协调，每季度通报诉求办理情况。")
    runin("（二）强化考核评价。", "将首席服务官工作情况纳入全省营商环境评价，对推诿扯皮、敷衍塞责的严肃问责。")
    body("本方案自2026年3月1日起施行，有效期至2028年12月31日。")
    empty(doc, 1)
    add_par(doc, "附件：海南自由贸易港首批重点企业首席服务官服务名单")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False, after=8)
    add_par(doc, [("海南自由贸易港首批重点企业首席服务官服务名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    rows = [
        ("1", "海口市", "海口综合保税区国际供应链管理有限公司", "省商务厅", "厅长"),
        ("2", "海口市", "海南椰风跨境电子商务集团有限公司", "省发展改革委", "主任"),
        ("3", "海口市", "海口江东新区航运融资租赁有限公司", "省地方金融管理局", "局长"),
        ("4", "三亚市", "三亚崖州湾深海装备科技有限公司", "省科技厅", "厅长"),
        ("5", "三亚市", "三亚国际免税城运营管理有限公司", "省旅游和文化广电体育厅", "厅长"),
        ("6", "洋浦经济开发区", "洋浦国际集装箱码头物流有限公司", "省交通运输厅", "厅长"),
        ("7", "洋浦经济开发区", "洋浦石化新材料产业园开发有限公司", "省工业和信息化厅", "厅长"),
        ("8", "琼海市", "博鳌乐城国际医疗旅游先行区医药供应链有限公司", "省卫生健康委", "主任"),
        ("9", "文昌市", "文昌国际航天城商业航天发展有限公司", "省国资委", "主任"),
        ("10", "澄迈县", "海南生态软件园数字贸易服务有限公司", "省大数据管理局", "局长"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    grid_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.2, 2.3, 7.6, 3.4, 1.3])
    # two-level header
    set_cell(t.cell(0, 0), "序号", HT, 10.5)
    set_cell(t.cell(0, 1), "所在市县", HT, 10.5)
    set_cell(t.cell(0, 2), "企业名称", HT, 10.5)
    set_cell(t.cell(0, 3), "首席服务官", HT, 10.5)
    set_cell(t.cell(1, 3), "单位", HT, 10.5)
    set_cell(t.cell(1, 4), "职务", HT, 10.5)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(1, 2))
    t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(t.cell(0, 3), "首席服务官", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["序号", "所在市县", "企业名称", "首席服务官／单位", "首席服务官／职务"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=al, line=18)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    # vertically merge 所在市县 runs
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][1] != rows[start][1]:
            c = t.cell(2 + start, 1)
            if i - 1 > start:
                c = c.merge(t.cell(2 + i - 1, 1))
            set_cell(c, rows[start][1], FS, 10.5, line=18)
            start = i
    note = "注：首批名单共10家企业，后续名单由省商务厅按程序报批后另行公布。"
    p = add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅。",
          "海南省人民政府办公厅", "2026年2月27日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海南省人民政府办公厅关于印发海南自由贸易港重点企业首席服务官制度实施方案的通知",
            "doc_number": "琼府办〔2026〕9号",
            "issuer": ["海南省人民政府办公厅"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": "2026-03-01",
            "expires": "2028-12-31",
            "attachments": ["海南自由贸易港首批重点企业首席服务官服务名单"],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县人民政府", "省政府直属各单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yiwu():
    """联合行文 (市委办 + 市政府办) 印发试行办法; chapters/articles; typed-space indents."""
    stem = "blind878_yiwu_zhuanyuan"
    doc = Document()
    setup(doc, footer_style="outside")
    clauses = []

    add_par(doc, [("000128", HT, 16, False)], indent=False)
    empty(doc, 1)
    # joint 版头: layout table, organ names left, 文件 right (merged vertically)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [11.2, 4.2])
    set_cell(t.cell(0, 0), "中共义乌市委办公室", XBS, 30, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44)
    set_cell(t.cell(1, 0), "义乌市人民政府办公室", XBS, 30, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44)
    c = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(c, "文件", XBS, 44, color=RED, line=60)
    c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    empty(doc, 1)
    add_par(doc, "义委办发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    add_par(doc, [("关于印发义乌市企业服务专员制度", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("实施办法（试行）的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各镇（街道），市级各部门，各有关单位：", indent=False)

    def body(t):  # indent typed as two full-width spaces
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("《义乌市企业服务专员制度实施办法(试行)》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。")
    empty(doc, 3)
    # 落款 of two organs on one line with tab stops, date below in Chinese numerals
    p = add_par(doc, [("中共义乌市委办公室", FS, 16, False), ("\t", FS, 16, False),
                      ("义乌市人民政府办公室", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6), 0)
    add_par(doc, " " * 36 + "二〇二六年一月二十日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # ---- the 办法
    page_break(doc)
    add_par(doc, [("义乌市企业服务专员制度实施办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（试行）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=6, after=6)

    def art(no, text, items=None, soft=False):
        """no: 第一条; text after the full-width space; items: list of item texts."""
        clause = no + "\u3000" + text
        p = doc.add_paragraph()
        font(p.add_run(IND), FS, 16)
        font(p.add_run(no), HT, 16)
        font(p.add_run("\u3000" + text), FS, 16)
        fmt(p, indent=False)
        if items:
            if soft:  # items typed in the same paragraph with Shift+Enter
                for it in items:
                    p.add_run().add_break(WD_BREAK.LINE)
                    font(p.add_run(IND + it), FS, 16)
            else:
                for it in items:
                    add_par(doc, IND + it, indent=False)
            clause += "".join(items)
        clauses.append(clause)

    chapter("第一章　总　则")
    art("第一条", "为深入贯彻落实优化营商环境决策部署，服务义乌国际贸易综合改革试验区和中国（浙江）自由贸易试验区金义片区建设，构建亲清政商关系，根据《优化营商环境条例》《浙江省优化营商环境条例》等规定，结合我市实际，制定本办法。")
    art("第二条", "本办法所称企业服务专员，是指由市级部门、镇（街道）选派，按照“一企一专员”要求，为服务企业提供政策咨询、诉求代办、问题协调等服务的机关干部。")
    art("第三条", "企业服务专员工作坚持“有求必应、无事不扰”原则，实行市级统筹、部门协同、属地负责。")
    chapter("第二章　选派与名单管理")
    art("第四条", "服务企业名单按照下列标准确定：", [
        "（一）上年度营业收入5亿元以上的工业企业；",
        "（二）上年度进出口额1亿美元以上的外贸企业和市场采购贸易经营主体；",
        "（三）经认定的“义新欧”中欧班列运营企业、海外仓企业和跨境电商龙头企业；",
        "（四）市委、市政府确定的其他重点企业。",
    ])
    art("第五条", "企业服务专员由市级部门和镇(街道)推荐熟悉经济工作的科级以上干部担任,经市企业服务中心审核后，报市优化营商环境工作领导小组办公室确定。")
    art("第六条", "服务企业名单和企业服务专员名单每年调整一次，于每年3月底前公布。企业迁出、注销或者不再符合标准的，及时调出名单。")
    chapter("第三章　工作职责")
    art("第七条", "企业服务专员应当履行下列职责：", [
        "（一）每季度至少走访服务企业1次，宣传解读惠企政策；",
        "（二）收集企业诉求，通过“义企服”平台登记流转；",
        "（三）跟踪诉求办理进度，及时向企业反馈办理结果；",
        "（四）协助企业申报项目、争取政策资金。",
    ], soft=True)
    art("第八条", "企业诉求实行分级办理。一般诉求由承办部门在5个工作日内办结；涉及多个部门的诉求由市企业服务中心牵头协调，在15个工作日内办结；重大疑难诉求提交市优化营商环境工作领导小组专题研究。")
    chapter("第四章　监督考核")
    art("第九条", "市优化营商环境工作领导小组办公室每半年对企业服务专员工作开展一次评价，评价结果作为干部年度考核的重要参考。")
    art("第十条", "企业服务专员不得接受服务企业的宴请和礼品礼金，不得干预企业正常生产经营活动。违反规定的，依规依纪依法追究责任。")
    chapter("第五章　附　则")
    art("第十一条", "本办法由市企业服务中心负责解释。")
    art("第十二条", "本办法自2026年2月1日起施行。2021年3月印发的《义乌市驻企服务员工作制度》（义委办发〔2021〕18号）同时废止。")

    banji(doc, "抄送：市纪委市监委，市人大常委会办公室，市政协办公室。",
          "中共义乌市委办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发义乌市企业服务专员制度实施办法（试行）的通知",
            "doc_number": "义委办发〔2026〕7号",
            "issuer": ["中共义乌市委办公室", "义乌市人民政府办公室"],
            "date": "2026-01-20",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各镇（街道）", "市级各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《义乌市驻企服务员工作制度》（义委办发〔2021〕18号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
SPLIT_C = 5  # rows before the manual page break and the typed 续表


def doc_qingbaijiang():
    """上行文报告: 特急, 签发人 aligned with spaces, auto numbering, table split by hand with 续表."""
    stem = "blind878_qingbaijiang_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("成都市青白江区商务局", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=18)
    empty(doc, 1)
    p = add_par(doc, [("青白江商务〔2026〕15号", FS, 16, False), (" " * 10, FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨志远", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("成都市青白江区商务局关于报送2026年度", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p = add_par(doc, [("重点外贸外资企业首席服务官及服务", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("企业名单的报告"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "成都市商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("根据《成都市商务局关于开展2026年度重点外贸外资企业首席服务官工作的通知》（成商务发〔2026〕3号）要求，我局会同区发展改革局、区经济科技信息化局和中国（四川）自由贸易试验区成都青白江铁路港片区管委会，对全区重点外贸外资企业进行了梳理，确定首席服务官服务企业16家。现将有关情况报告如下：")
    head("工作开展情况")
    body("依托成都国际铁路港和中欧班列（成渝）枢纽优势，2025年我区实现外贸进出口总额362.7亿元，同比增长11.4%，实际使用外资1.86亿美元。今年以来，我局坚持“一企一策、一企一官”，由区级领导和部门主要负责同志担任首席服务官，为每家服务企业配备1名企业服务专员。一是建立走访机制，首席服务官每季度至少走访服务企业1次；二是建立诉求台账，1—4月共收集企业诉求47件，已办结41件，办结率87.2%；三是推动政策直达，帮助企业申报中欧班列运费补贴、外贸稳增长等专项资金2380万元。")
    head("服务企业名单")
    body("经审核，列入2026年度首席服务官服务的企业共16家，其中外贸企业9家、外资企业5家、物流企业2家。具体名单如下：")

    rows = [
        ("1", "成都国际铁路港班列运营有限公司", "物流", "王建明", "区委常委、常务副区长", "区商务局"),
        ("2", "蓉欧国际供应链管理（成都）有限公司", "物流", "刘春林", "区委常委、副区长", "区交通运输局"),
        ("3", "成都青白江汽车进口贸易有限公司", "外贸", "陈晓东", "副区长", "区商务局"),
        ("4", "四川川欧木业进出口有限公司", "外贸", "张丽华", "区商务局局长", "区商务局"),
        ("5", "成都蓉欧跨境电子商务有限公司", "外贸", "李志强", "区经济科技信息化局局长", "区经济科技信息化局"),
        ("6", "成都铁港冷链食品进出口有限公司", "外贸", "赵海燕", "区市场监管局局长", "区市场监管局"),
        ("7", "四川中亚农产品贸易有限公司", "外贸", "黄文斌", "区农业农村局局长", "区农业农村局"),
        ("8", "成都欧亚智能装备制造有限公司", "外贸", "周立新", "区发展改革局局长", "区发展改革局"),
        ("9", "成都铁港平行进口汽车服务有限公司", "外贸", "吴国庆", "区交通运输局局长", "区交通运输局"),
        ("10", "成都青白江新能源电池材料有限公司", "外贸", "郑红梅", "区生态环境局局长", "区生态环境局"),
        ("11", "成都铁港跨境电商产业园运营有限公司", "外贸", "孙卫国", "铁路港片区管委会主任", "铁路港片区管委会"),
        ("12", "德蓉精密机械（成都）有限公司", "外资", "马俊杰", "区财政局局长", "区财政局"),
        ("13", "亚欧联合物流（成都）有限公司", "外资", "胡晓梅", "区人力资源社会保障局局长", "区人力资源社会保障局"),
        ("14", "成都港亚新材料科技有限公司", "外资", "林志刚", "区规划和自然资源局局长", "区规划和自然资源局"),
        ("15", "泰蓉食品科技（成都）有限公司", "外资", "何秀英", "区税务局局长", "区税务局"),
        ("16", "成都新加坡产业园开发有限公司", "外资", "罗建平", "区投资促进局局长", "区投资促进局"),
    ]
    heads = ["序号", "企业名称", "企业类型", "首席服务官／姓名", "首席服务官／职务", "企业服务专员派出单位"]
    widths = [1.0, 5.6, 1.6, 1.6, 3.5, 2.3]

    def part(rs):
        t = doc.add_table(rows=2 + len(rs), cols=6)
        grid_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        set_cell(t.cell(0, 0), "序号", HT, 10.5)
        set_cell(t.cell(0, 1), "企业名称", HT, 10.5)
        set_cell(t.cell(0, 2), "企业类型", HT, 10.5)
        set_cell(t.cell(1, 3), "姓名", HT, 10.5)
        set_cell(t.cell(1, 4), "职务", HT, 10.5)
        set_cell(t.cell(0, 5), "企业服务专员派出单位", HT, 10.5)
        for ci in (0, 1, 2, 5):
            t.cell(0, ci).merge(t.cell(1, ci))
        c = t.cell(0, 3).merge(t.cell(0, 4))
        set_cell(c, "首席服务官", HT, 10.5)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for ri, row in enumerate(rs, 2):
            for ci, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.cell(ri, ci), v, FS, 10.5, align=al, line=18)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
        return t

    part(rows[:SPLIT_C])
    p = doc.add_paragraph()  # empty paragraph after the table, Ctrl+Enter typed in it
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)
    add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    part(rows[SPLIT_C:])
    note = "注：首席服务官职务以2026年4月30日任职情况为准；企业类型按企业主营业务划分。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)
    empty(doc, 1)
    head("存在的问题和下一步打算")
    item("存在的问题。", "部分企业反映中欧班列回程货源不足、国际物流成本偏高，外资企业在跨境数据流动、外籍人员出入境便利等方面仍有诉求，个别诉求涉及省级以上事权，区级层面协调难度较大。")
    item("下一步打算。", "我局将按照市商务局统一部署，持续完善首席服务官工作机制，推动企业诉求“直通车”常态化运行；对涉及市级以上事权的诉求，及时提请市商务局协调解决。")
    add_par(doc, "特此报告。")
    empty(doc, 2)
    p = add_par(doc, "成都市青白江区商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年5月8日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（联系人：邓雪梅，联系电话：028-83606521）")
    banji(doc, "抄送：区委办公室，区政府办公室。", "成都市青白江区商务局办公室", "2026年5月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市青白江区商务局关于报送2026年度重点外贸外资企业首席服务官及服务企业名单的报告",
            "doc_number": "青白江商务〔2026〕15号",
            "issuer": ["成都市青白江区商务局"],
            "date": "2026-05-08",
            "published": None,
            "level": "county",
            "region": "成都市青白江区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["成都市商务局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hainan(), doc_yiwu(), doc_qingbaijiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
