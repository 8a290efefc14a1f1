# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 999: 收文处理笺 + received 省商务厅 notice on Belt and Road trade fairs.

Each file = page 1 a 市商务局 收文处理笺 (ruled form, handwritten-looking
comments), then the received provincial notice as a normal 公文.
The answer key keeps only the received notice as the document: the slip is
the receiving office's handling record, not part of the notice.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
HAND = "华文行楷"          # what clerks/leaders' "handwriting" looks like in a typed slip
RED = RGBColor(0xFF, 0x00, 0x00)
INK = RGBColor(0x1F, 0x2F, 0x8F)   # blue-black pen
L, C, R = WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
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


def add_runs(p, runs):
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    add_runs(p, runs)
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
        page_footer(s)


def page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def restart_numbering(section):
    sp = section._sectPr
    el = parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w"))
    cols = sp.find(qn("w:cols"))
    if cols is not None:
        cols.addprevious(el)
    else:
        sp.append(el)


def set_cell(cell, runs, align=C, line=20, valign=WD_CELL_VERTICAL_ALIGNMENT.CENTER):
    """runs: str (仿宋 12) or list of run tuples; '\n' in list → new paragraph."""
    cell.text = ""
    if isinstance(runs, str):
        runs = [(runs, FS, 12, False)]
    p = cell.paragraphs[0]
    for r in runs:
        if r == "\n":
            p = cell.add_paragraph()
            p.alignment = align
            p.paragraph_format.line_spacing = Pt(line)
            continue
        if isinstance(r, tuple) and r[0] == "ALIGN":
            p.alignment = r[1]
            continue
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    for q in cell.paragraphs:
        if q.alignment is None:
            q.alignment = align
        q.paragraph_format.line_spacing = Pt(line)
        q.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = valign


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    """Set column widths in the grid (LibreOffice reads w:gridCol) and in each cell."""
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(cms[i] * 567)))
    ci = 0
    for row in table.rows:
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.grid_span
            tc.width = Cm(sum(cms[col:col + span]))
            col += span


def shade(cell, fill="F2F2F2"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def table_rows(doc, header, rows, clauses, keys=None, cw=None, hdr_repeat=True,
               size=12):
    """Simple grid table; each data row becomes 'h：v；h：v' clause."""
    keys = keys or header
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], [(h, HT, size, False)])
    if hdr_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], [(v, FS, size, False)])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    if cw:
        widths(t, cw)
    return t


def banji(doc, cc, printer, date_txt, pad=10):
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * pad, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_999", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def hand(text, size=15):
    return (text, HAND, size, False, INK)


def vml_textbox(paragraph, lines, left_pt, top_pt, w_pt, h_pt, rotation=0, size=15):
    """Floating VML text box (how a scanned-in/overlaid 批示 is often pasted)."""
    ps = []
    for ln in lines:
        ps.append(
            '<w:p><w:pPr><w:spacing w:line="400" w:lineRule="exact"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
            '<w:color w:val="1F2F8F"/><w:sz w:val="{s}"/></w:rPr>'
            '<w:t xml:space="preserve">{t}</w:t></w:r></w:p>'.format(f=HAND, s=size * 2, t=ln))
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="PiShi1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'rotation:%d;z-index:2;mso-position-horizontal-relative:text;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
        % (nsdecls("w"), left_pt, top_pt, w_pt, h_pt, rotation, "".join(ps)))
    paragraph._p.append(parse_xml(xml))


def slip_table(doc, rows_spec, cw):
    """rows_spec: list of lists of (runs, span) for a 4-col ruled slip form."""
    t = doc.add_table(rows=len(rows_spec), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, spec in enumerate(rows_spec):
        h = None
        if isinstance(spec, tuple):
            spec, h = spec
        row = t.rows[ri]
        col = 0
        for item in spec:
            runs, span = item[0], item[1]
            align = item[2] if len(item) > 2 else C
            cell = row.cells[col]
            if span > 1:
                cell = cell.merge(row.cells[col + span - 1])
            valign = (WD_CELL_VERTICAL_ALIGNMENT.TOP if align == L and h
                      else WD_CELL_VERTICAL_ALIGNMENT.CENTER)
            set_cell(cell, runs, align=align, line=26, valign=valign)
            col += span
        if h:
            row_height(row, h)
    widths(t, cw)
    return t


def lab(t):
    return [(t, HT, 14, False)]


def val(t):
    return [(t, FS, 14, False)]


# =================================================================== DOC A
def doc_ningbo():
    """宁波市商务局收文处理笺 + 浙江省商务厅关于组织企业参加2026年“一带一路”重点展会的通知."""
    stem = "blind999_ningbo_zhanhui"
    doc = Document()
    setup(doc, footer=False)          # slip page has no page number
    clauses = []

    # ---------------- slip (section 1)
    add_par(doc, [("宁波市商务局收文处理笺", XBS, 24, False, RED)], align=C, indent=False,
            line=40, after=6)
    p = add_par(doc, [("甬商收〔2026〕0318号", FS, 14, False), ("\t", FS, 14, False),
                      ("紧急程度：平件", FS, 14, False)], indent=False, line=26)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    slip_table(doc, [
        [(lab("来文单位"), 1), (val("浙江省商务厅"), 1), (lab("收文日期"), 1),
         (val("2026年3月9日"), 1)],
        [(lab("来文字号"), 1), (val("浙商务发〔2026〕18号"), 1), (lab("收文编号"), 1),
         (val("0318"), 1)],
        [(lab("密    级"), 1), (val("无"), 1), (lab("份    数"), 1), (val("1份"), 1)],
        ([(lab("文件标题"), 1),
          (val("关于组织企业参加2026年“一带一路”重点展会的通知"), 3, L)], 1.6),
        ([(lab("拟办意见"), 1),
          ([("省厅部署今年“一带一路”重点展会组展工作，共12个展会，报名截止时间为4月10日。"
             "建议由对外贸易处牵头，会同外资处、口岸处办理，结合我市“甬商出海”行动组织企业参展。"
             "妥否，请陈局长阅示。", FS, 14, False), "\n", ("ALIGN", R),
            ("办公室  周敏    3月9日", KT, 14, False)], 3, L)], 4.2),
        ([(lab("领导批示"), 1),
          ([hand("同意。请外贸处抓紧对接各区（县、市），"),
            "\n", ("ALIGN", L), hand("重点组织前湾新区、宁波保税区企业参展，"),
            "\n", ("ALIGN", L), hand("4月8日前报我审定名单。"),
            "\n", ("ALIGN", R), hand("陈立  3.10"),
            "\n", ("ALIGN", L), hand("阅。按陈局意见办。"),
            "\n", ("ALIGN", R), hand("王海波  3/11")], 3, L)], 5.6),
        ([(lab("办理结果"), 1),
          ([hand("已于4月9日将我市参展企业名单（63家）报省厅外贸处。", 14), "\n", ("ALIGN", R),
            hand("外贸处 李娜 4.9", 14)], 3, L)], 2.6),
        ([(lab("备    注"), 1), (val(""), 3, L)], 1.2),
    ], [2.4, 6.0, 2.4, 4.8])

    # ---------------- received notice (section 2, page numbers restart)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = False
    page_footer(sec)
    restart_numbering(sec)

    empty(doc, 1)
    add_par(doc, [("浙江省商务厅文件", XBS, 40, False, RED)], align=C, indent=False, line=60,
            before=20)
    empty(doc, 2)
    p = add_par(doc, "浙商务发〔2026〕18号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title wrapped by hand at an odd place (two paragraphs)
    add_par(doc, [("浙江省商务厅关于组织企业参加", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("2026年“一带一路”重点展会的通知", XBS, 22, False)], align=C, indent=False,
            line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，义乌市商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快推进“地瓜经济”提能升级“一号开放工程”，支持我省外贸企业开拓共建“一带一路”国家市场，经研究，省商务厅决定组织企业参加2026年“一带一路”重点展会。现将有关事项通知如下：")
    head("一、展会安排")
    body("2026年省商务厅重点组织参加的“一带一路”展会共12个，其中境内展会4个、境外展会8个，具体安排详见附件1。各地可结合本地产业特点和企业需求，另行组织企业参加其他共建“一带一路”国家展会，并报省商务厅备案。")
    head("二、支持政策")
    runin("（一）展位费补助。", "对参加附件1所列展会的企业，按标准展位（9平方米）实际展位费的70%给予补助，每家企业每个展会补助不超过2个标准展位；特装展位按实际面积折算标准展位。具体补助标准见附件2。")
    runin("（二）人员费用补助。", "参加境外展会的，每家企业补助1名人员的国际往返经济舱机票费用，单个展会补助不超过1.5万元。")
    runin("（三）地方配套支持。", "鼓励各地在省级补助基础上给予配套支持，对首次参加共建“一带一路”国家展会的企业适当提高补助比例。")
    head("三、报名要求")
    runin("（一）报名条件。", "参展企业应为在我省注册登记、具有进出口经营资格的企业，上年度进出口额原则上不低于100万美元，且近三年无严重失信记录。")
    runin("（二）报名程序。", "请各地商务主管部门按以下程序组织报名：")
    body("1.企业通过浙江省国际贸易“单一窗口”展会服务模块在线填报参展申请；")
    body("2.各地商务主管部门对企业申请进行初审，并于2026年4月10日前将初审意见及汇总名单报送省商务厅对外贸易处；")
    body("3.省商务厅会同组展单位统筹确定参展企业名单，并于展会开幕前30日通知各地。")
    runin("（三）有关要求。", "各地要加强参展企业管理，引导企业做好展品准备、客商邀约和境外安全防范工作；严禁转让、转租展位，对违规转让展位的企业，取消其两年内参加省级组展活动资格。")
    head("四、联系方式")
    body("省商务厅对外贸易处  吴晓东  0571-87701536，传真：0571-87701537。")
    empty(doc, 1)
    # 附件 list: second item aligned under the first with typed spaces
    add_par(doc, "附件：1.2026年浙江省“一带一路”重点展会目录")
    add_par(doc, "\u3000\u3000\u30002.2026年“一带一路”重点展会参展补助标准")
    empty(doc, 3)
    p = add_par(doc, "浙江省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月5日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年浙江省“一带一路”重点展会目录", XBS, 20, False)], align=C,
            indent=False, line=34)
    empty(doc, 1, line=16)
    # two-level header: 举办地点 over 国家 / 城市
    rows = [
        ["1", "第二十三届中国—东盟博览会", "2026年9月", "中国", "南宁", "浙江省国际贸易促进中心"],
        ["2", "第九届中国—南亚博览会", "2026年6月", "中国", "昆明", "浙江省国际贸易促进中心"],
        ["3", "第九届中国—亚欧博览会", "2026年8月", "中国", "乌鲁木齐", "浙江国际博览有限公司"],
        ["4", "第十届丝绸之路国际博览会", "2026年5月", "中国", "西安", "浙江国际博览有限公司"],
        ["5", "2026年中国（土耳其）贸易博览会", "2026年6月", "土耳其", "伊斯坦布尔", "浙江远大国际会展有限公司"],
        ["6", "2026年中国（哈萨克斯坦）商品展览会", "2026年7月", "哈萨克斯坦", "阿拉木图", "浙江远大国际会展有限公司"],
        ["7", "2026年越南国际工业博览会", "2026年8月", "越南", "河内", "浙江省国际贸易促进中心"],
        ["8", "2026年塞尔维亚贝尔格莱德国际技术博览会", "2026年5月", "塞尔维亚", "贝尔格莱德", "中国贸促会浙江省分会"],
        ["9", "2026年沙特国际五金工具展", "2026年10月", "沙特阿拉伯", "利雅得", "浙江远大国际会展有限公司"],
        ["10", "2026年印度尼西亚中国商品展", "2026年10月", "印度尼西亚", "雅加达", "中国贸促会浙江省分会"],
        ["11", "2026年匈牙利中国品牌商品展", "2026年11月", "匈牙利", "布达佩斯", "浙江国际博览有限公司"],
        ["12", "2026年埃及开罗国际建材展", "2026年11月", "埃及", "开罗", "浙江远大国际会展有限公司"],
    ]
    keys = ["序号", "展会名称", "举办时间", "举办地点／国家", "举办地点／城市", "组展单位"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0], t.rows[1]
    for i, name in ((0, "序号"), (1, "展会名称"), (2, "举办时间"), (5, "组展单位")):
        c = h0.cells[i].merge(h1.cells[i])
        set_cell(c, [(name, HT, 12, False)])
    c = h0.cells[3].merge(h0.cells[4])
    set_cell(c, [("举办地点", HT, 12, False)])
    set_cell(h1.cells[3], [("国家", HT, 12, False)])
    set_cell(h1.cells[4], [("城市", HT, 12, False)])
    repeat_header(h0)
    repeat_header(h1)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], [(v, FS, 11, False)],
                     align=L if ci in (1, 5) else C, line=16)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    widths(t, [1.1, 4.9, 2.3, 2.3, 2.2, 2.8])
    p = add_par(doc, [("注：展会具体时间以主办方最终公布为准。", FS, 12, False)], indent=False,
                line=22, before=4)
    clauses.append("注：展会具体时间以主办方最终公布为准。")

    # 附件2 on its own page
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年“一带一路”重点展会参展补助标准", XBS, 20, False)], align=C,
            indent=False, line=34)
    empty(doc, 1, line=16)
    table_rows(doc, ["序号", "展会区域", "标准展位补助上限（万元／个）", "人员费用补助上限（万元／展）"], [
        ["1", "东南亚、南亚", "2.0", "0.8"],
        ["2", "中亚、西亚", "2.5", "1.2"],
        ["3", "中东欧", "3.0", "1.5"],
        ["4", "非洲", "3.0", "1.5"],
        ["5", "境内展会", "0.6", "—"],
    ], clauses, cw=[1.4, 4.0, 5.0, 5.0], size=14)
    add_par(doc, [("注：同一企业参加同一展会的补助金额合计不超过其实际发生费用。", FS, 12, False)],
            indent=False, line=22, before=4)
    clauses.append("注：同一企业参加同一展会的补助金额合计不超过其实际发生费用。")

    # 版记 at the very end (after the attachments)
    banji(doc, "抄送：商务部对外贸易司，省财政厅，杭州海关、宁波海关，中国贸促会浙江省分会。",
          "浙江省商务厅办公室", "2026年3月5日印发", pad=8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于组织企业参加2026年“一带一路”重点展会的通知",
            "doc_number": "浙商务发〔2026〕18号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-05",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年浙江省“一带一路”重点展会目录",
                            "2026年“一带一路”重点展会参展补助标准"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "义乌市商务局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_baoji():
    """宝鸡市商务局收文处理笺 + 陕西省商务厅 丝博会组团参展通知 (特急)."""
    stem = "blind999_baoji_sibohui"
    doc = Document()
    setup(doc)           # one section: the clerk let the slip get page number 1 too
    clauses = []

    add_par(doc, [("宝鸡市商务局", XBS, 26, False, RED)], align=C, indent=False, line=36)
    add_par(doc, [("收 文 处 理 笺", XBS, 26, False, RED)], align=C, indent=False, line=36,
            after=4)
    slip_table(doc, [
        [(lab("来文单位"), 1), (val("陕西省商务厅"), 1), (lab("来文字号"), 1),
         (val("陕商发〔2026〕9号"), 1)],
        [(lab("收文日期"), 1), (val("2026.3.16"), 1), (lab("收文编号"), 1),
         (val("宝商收〔2026〕127号"), 1)],
        [(lab("紧急程度"), 1), (val("特急"), 1), (lab("密级"), 1), (val("——"), 1)],
        ([(lab("文件标题"), 1),
          (val("陕西省商务厅关于做好第十届丝绸之路国际博览会组团参展工作的通知"), 3, L)], 1.6),
        ([(lab("拟办意见"), 1),
          ([("1.请外贸科牵头，按省厅分配任务（我市参展企业不少于35家、特装展位8个）组织企业报名；",
             FS, 14, False), "\n",
            ("2.请高新区、蔡家坡经开区及各县区商务主管部门配合做好企业动员；", FS, 14, False), "\n",
            ("3.4月3日前报省厅。拟请张局长阅示。", FS, 14, False), "\n", ("ALIGN", R),
            ("办公室  2026.3.16", KT, 14, False)], 3, L)], 3.4),
        ([(lab("领导批示"), 1),
          ([hand("请刘局牵头落实，务必完成省厅下达任务，"), "\n", ("ALIGN", L),
            hand("特装展位要突出我市装备制造特色。"), "\n", ("ALIGN", R),
            hand("张卫  3/16"), "\n", ("ALIGN", L),
            hand("已阅，按张局批示办。"), "\n", ("ALIGN", R), hand("刘宏  3.17")], 3, L)], 4.4),
        ([(lab("办理结果"), 1),
          ([("已于2026年4月2日以《宝鸡市商务局关于报送第十届丝博会参展企业名单的报告》"
             "（宝商发〔2026〕21号）报省商务厅，组织企业38家、特装展位9个。", FS, 14, False),
            "\n", ("ALIGN", R), hand("经办人：赵丽  4.2", 14)], 3, L)], 2.2),
    ], [2.4, 5.0, 2.4, 5.8])

    page_break(doc)
    # 收文登记章 stamped in the top right corner of the received notice
    st = doc.add_table(rows=3, cols=1)
    st.alignment = WD_TABLE_ALIGNMENT.RIGHT
    tblpr = st._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="12" w:color="E00000"/>'
        '<w:left w:val="single" w:sz="12" w:color="E00000"/>'
        '<w:bottom w:val="single" w:sz="12" w:color="E00000"/>'
        '<w:right w:val="single" w:sz="12" w:color="E00000"/>'
        '<w:insideH w:val="single" w:sz="6" w:color="E00000"/></w:tblBorders>' % nsdecls("w")))
    for i, txt in enumerate(["宝鸡市商务局收文", "2026年3月16日", "第 127 号"]):
        set_cell(st.rows[i].cells[0], [(txt, SONG, 10, False, RGBColor(0xE0, 0, 0))], line=14)
    widths(st, [4.2])
    p = add_par(doc, [("特急", HT, 16, False)], indent=False, line=28)
    add_par(doc, [("陕西省商务厅文件", XBS, 40, False, RED)], align=C, indent=False, line=60,
            before=12)
    empty(doc, 1)
    p = add_par(doc, "陕商发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title in three lines, broken with Shift+Enter inside one paragraph
    p = doc.add_paragraph()
    font(p.add_run("陕西省商务厅关于做好"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第十届丝绸之路国际博览会"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("组团参展工作的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，杨凌示范区商务局，韩城市商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)   # indent typed with full-width spaces

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("经省政府同意，第十届丝绸之路国际博览会暨中国东西部合作与投资贸易洽谈会（以下简称“丝博会”）将于2026年5月20日至24日在西安举办。为做好我省组团参展工作，现就有关事项通知如下：")
    runin("一、展会基本情况。", "本届丝博会以“共建‘一带一路’  共享开放机遇”为主题，在西安国际会展中心设置“一带一路”国家馆、陕西自贸试验区馆、中欧班列长安号主题馆等8个展区，展览面积18万平方米，预计邀请60个国家和地区的客商参会。")
    runin("二、组团参展任务。", "按照丝博会组委会安排，省商务厅负责组织全省外贸企业和“一带一路”相关企业参展，各市（区）参展任务详见附件。各地要将参展任务分解落实到具体企业，确保参展企业数量和质量。")
    add_par(doc, [(IND, FS, 16, False), ("三、工作要求", HT, 16, False)], indent=False)
    # (一)(二) typed as one Word paragraph with a manual line break between them
    a = "（一）高度重视，精心组织。各地商务主管部门要把组团参展作为推动外贸稳规模优结构的重要抓手，主要负责同志亲自部署，明确专人负责，确保按时完成参展任务。"
    b = "（二）突出重点，提升质量。重点组织装备制造、新能源汽车、现代农业、文化旅游等领域“一带一路”贸易投资重点企业参展，鼓励企业利用丝博会平台开展新品发布、项目签约和跨境采购对接活动。"
    p = doc.add_paragraph()
    font(p.add_run(IND + a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + b), FS, 16)
    fmt(p, indent=False)
    clauses.extend([a, b])
    body("（三）压实责任，确保安全。各地要严格落实展会期间安全生产主体责任，指导参展企业做好特装展位搭建、展品运输和人员管理工作。")
    runin("四、报送要求。", "请各地于2026年4月3日前，将参展企业名单（加盖公章）报送省商务厅对外贸易处，电子版发送至电子邮箱sxswtwmc@163.com。逾期未报送的，视为放弃分配展位。")
    body("联系人:孙磊,联系电话:029-63913405.")   # half-width punctuation, typed that way
    empty(doc, 1)
    add_par(doc, IND + "附件：第十届丝博会各市（区）组团参展任务分配表", indent=False)
    empty(doc, 3)
    # 落款 typed with half-width spaces
    add_par(doc, " " * 44 + "陕西省商务厅", indent=False)
    add_par(doc, " " * 42 + "2026年3月12日", indent=False)
    # clerk put the 版记 right after the 落款, before the attachment
    banji(doc, "抄送：省政府办公厅，丝博会组委会办公室。", "陕西省商务厅办公室",
          "2026年3月12日印发", pad=9)

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("第十届丝博会各市（区）组团参展任务分配表", XBS, 20, False)], align=C,
            indent=False, line=34)
    empty(doc, 1, line=16)
    table_rows(doc, ["市（区）", "参展企业（家）", "特装展位（个）", "标准展位（个）", "专业采购商（人）"], [
        ["西安市", "120", "30", "150", "600"],
        ["宝鸡市", "35", "8", "40", "150"],
        ["咸阳市", "30", "6", "35", "120"],
        ["铜川市", "10", "2", "12", "40"],
        ["渭南市", "25", "5", "30", "100"],
        ["延安市", "15", "3", "18", "60"],
        ["榆林市", "25", "6", "25", "100"],
        ["汉中市", "20", "4", "25", "80"],
        ["安康市", "15", "3", "18", "60"],
        ["商洛市", "12", "2", "15", "50"],
        ["杨凌示范区", "10", "2", "12", "40"],
        ["韩城市", "8", "1", "10", "30"],
        ["合计", "325", "72", "390", "1430"],
    ], clauses, cw=[3.2, 3.1, 3.1, 3.1, 3.1], size=14)
    add_par(doc, [("注：特装展位面积不少于36平方米，标准展位面积为9平方米。", FS, 12, False)],
            indent=False, line=22, before=4)
    clauses.append("注：特装展位面积不少于36平方米，标准展位面积为9平方米。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "陕西省商务厅关于做好第十届丝绸之路国际博览会组团参展工作的通知",
            "doc_number": "陕商发〔2026〕9号",
            "issuer": ["陕西省商务厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": None,
            "expires": None,
            "attachments": ["第十届丝博会各市（区）组团参展任务分配表"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "杨凌示范区商务局", "韩城市商务局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_quanzhou():
    """泉州市商务局收文处理笺 (批示 pasted as a tilted text box) + 福建省商务厅 印发方案的通知."""
    stem = "blind999_quanzhou_fangan"
    doc = Document()
    setup(doc, footer=False)
    clauses = []

    add_par(doc, [("泉州市商务局收文处理笺", SONG, 22, True)], align=C, indent=False, line=40,
            after=6)
    slip_table(doc, [
        [(lab("来文单位"), 1), (val("福建省商务厅"), 1), (lab("收文日期"), 1),
         (val("2026年3月24日"), 1)],
        [(lab("来文字号"), 1), (val("闽商务外贸〔2026〕7号"), 1), (lab("收文编号"), 1),
         (val("泉商收〔2026〕0236号"), 1)],
        ([(lab("文件标题"), 1),
          (val("关于印发2026年组织企业参加共建“一带一路”国家重点展会工作方案的通知"), 3, L)], 1.6),
        [(lab("附    件"), 1), (val("1份（工作方案）"), 1), (lab("办理时限"), 1),
         (val("4月15日前"), 1)],
        ([(lab("拟办意见"), 1),
          ([("呈黄局长阅示。建议转发各县（市、区）商务主管部门、泉州综合保税区管委会，"
             "由外贸科会同会展办统筹组织我市企业报名参展，重点动员纺织鞋服、建材家居、"
             "食品企业参加印尼、阿联酋、沙特等展会。", FS, 14, False), "\n", ("ALIGN", R),
            ("办公室  林雅婷  3.24", KT, 14, False)], 3, L)], 4.0),
        ([(lab("领导批示"), 1), ([("", FS, 14, False)], 3, L)], 4.4),
        ([(lab("传    阅"), 1),
          ([hand("陈√   吴√   郑√   蔡√", 14)], 3, L)], 1.4),
        ([(lab("办理结果"), 1),
          ([hand("已转发（泉商务〔2026〕33号），报名企业127家。", 14), "\n", ("ALIGN", R),
            hand("外贸科 4.14", 14)], 3, L)], 2.4),
    ], [2.6, 5.4, 2.6, 5.0])
    # leader's comment floats over the empty 领导批示 cell as a tilted text box
    t = doc.tables[-1]
    cell = t.rows[5].cells[1]
    vml_textbox(cell.paragraphs[0],
                ["同意。请外贸科抓紧办理，鞋服、石材企业", "要多组织几家去迪拜、利雅得。", "                黄志强  3月25日"],
                8, 6, 320, 100, rotation=-2, size=15)

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = False
    page_footer(sec)
    restart_numbering(sec)

    empty(doc, 1)
    add_par(doc, [("福建省商务厅", XBS, 44, False, RED)], align=C, indent=False, line=64,
            before=20)
    empty(doc, 1)
    p = add_par(doc, "闽商务外贸〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title wrapped by hand in three lines at odd points (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("福建省商务厅关于印发《2026年福建省组织"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("企业参加共建“一带一路”国家重点展会"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("工作方案》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区福州、厦门、平潭片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("现将《2026年福建省组织企业参加共建“一带一路”国家重点展会工作方案》印发给你们，请结合实际认真组织实施。执行中遇到的问题，请及时向省商务厅对外贸易处反映。")
    body("联系人：林志明，电话：0591-87853216。")
    empty(doc, 1)
    add_par(doc, "附件：2026年福建省组织企业参加共建“一带一路”国家重点展会工作方案")
    empty(doc, 2)
    # 落款 in a borderless layout table on the right, date in Chinese numerals
    lt = doc.add_table(rows=2, cols=2)
    set_cell(lt.rows[0].cells[1], [("福建省商务厅", FS, 16, False)], line=28)
    set_cell(lt.rows[1].cells[1], [("二〇二六年三月二十日", FS, 16, False)], line=28)
    widths(lt, [8.6, 7.0])
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("2026年福建省组织企业参加共建“一带一路”"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("国家重点展会工作方案"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    body("为贯彻落实省委、省政府关于建设21世纪海上丝绸之路核心区的部署要求，支持企业深度开拓共建“一带一路”国家市场，推动外贸稳规模优结构，制定本方案。")
    head("一、工作目标")
    body("2026年，全省组织企业参加共建“一带一路”国家重点展会不少于20个，参展企业1500家次以上，展会现场及意向成交额力争达到25亿美元。")
    head("二、重点展会")
    body("（一）境内展会。重点组织参加第二十六届中国国际投资贸易洽谈会（9月，厦门）、第二届21世纪海上丝绸之路博览会（11月，福州）、第二十三届中国—东盟博览会（9月，南宁）等展会。")
    body("（二）境外展会。重点组织参加以下境外展会：")
    header = ["序号", "展会名称", "时间", "地点", "主要展品", "计划参展企业（家）"]
    cw = [1.2, 5.0, 1.4, 2.8, 3.2, 2.4]
    table_rows(doc, header, [
        ["1", "2026年印尼（雅加达）福建商品展", "4月", "印度尼西亚雅加达", "纺织服装、鞋帽、建材", "80"],
        ["2", "2026年菲律宾（马尼拉）中国贸易博览会", "5月", "菲律宾马尼拉", "食品、家居用品", "60"],
        ["3", "2026年波兰（华沙）中国品牌商品展", "6月", "波兰华沙", "家具、户外用品", "45"],
        ["4", "2026年肯尼亚（内罗毕）中国贸易周", "7月", "肯尼亚内罗毕", "机电、汽车配件", "30"],
        ["5", "2026年智利（圣地亚哥）中国贸易博览会", "8月", "智利圣地亚哥", "鞋服、机电", "50"],
    ], clauses, cw=cw, hdr_repeat=False)
    # the clerk split the table by hand and typed 续表 + the header again
    p = add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    table_rows(doc, header, [
        ["6", "2026年马来西亚国际清真展", "9月", "马来西亚吉隆坡", "食品、茶叶", "40"],
        ["7", "2026年沙特（利雅得）中国贸易博览会", "10月", "沙特阿拉伯利雅得", "卫浴、五金、工艺品", "60"],
        ["8", "2026年阿联酋（迪拜）中国商品交易会", "12月", "阿联酋迪拜", "建材、机电、石材", "120"],
    ], clauses, cw=cw, hdr_repeat=False)
    add_par(doc, [("注：展会时间以主办方正式通知为准，计划参展企业数为全省合计。", FS, 12, False)],
            indent=False, line=22, before=4)
    clauses.append("注：展会时间以主办方正式通知为准，计划参展企业数为全省合计。")
    empty(doc, 1)
    head("三、支持措施")
    body("（一）对企业参加本方案所列境外展会的展位费，按照省级外经贸发展专项资金有关规定给予不超过70%的补助。")
    body("（二）对在展会期间签订合同金额超过500万美元的企业，在省级外经贸发展专项资金中给予优先支持。")
    body("（三）支持各地依托跨境电子商务综合试验区、海外仓和“丝路海运”航线，为参展企业提供展品运输、通关和境外仓储等配套服务。")
    head("四、工作要求")
    runin("（一）加强组织协调。", "各设区市商务局、平潭综合实验区经济发展局负责本地区参展企业的组织动员和资格审核，中国（福建）自由贸易试验区各片区要发挥政策优势，组织区内企业积极参展。")
    runin("（二）强化绩效评估。", "各组展单位应于展会结束后15个工作日内，向省商务厅报送展会总结和成交情况。省商务厅将对组展成效开展评估，评估结果作为下一年度展会安排的重要依据。")
    runin("（三）严肃工作纪律。", "严禁借组展名义组织公款出国（境）旅游，严格执行因公出国（境）管理有关规定。")
    body("本方案自2026年4月1日起施行，有效期至2026年12月31日。《2025年福建省组织企业参加境外重点展会工作方案》（闽商务外贸〔2025〕5号）同时废止。")

    banji(doc, "抄送：商务部对外贸易司，省财政厅，福州海关、厦门海关。", "福建省商务厅办公室",
          "2026年3月20日印发", pad=8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省商务厅关于印发《2026年福建省组织企业参加共建“一带一路”国家重点展会工作方案》的通知",
            "doc_number": "闽商务外贸〔2026〕7号",
            "issuer": ["福建省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": "2026-04-01",
            "expires": "2026-12-31",
            "attachments": ["2026年福建省组织企业参加共建“一带一路”国家重点展会工作方案"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "平潭综合实验区经济发展局",
                           "中国（福建）自由贸易试验区福州、厦门、平潭片区管委会"],
            "publicity": "此件主动公开",
            "repeals": "《2025年福建省组织企业参加境外重点展会工作方案》（闽商务外贸〔2025〕5号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_baoji(), doc_quanzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
