# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 971: 省商务厅“一带一路”展会补助申报通知 (附件1 申报指南 / 附件2 申报表 / 附件3 展会目录).

Writes three Word files, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color])."""
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


def page_break_before(p):
    p.paragraph_format.page_break_before = True


def footer_page(section, left="— ", right=" —", size=14):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(left), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, size)


def setup(doc, left="— ", right=" —"):
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
    footer_page(s, left, right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    """text may be a list of paragraphs."""
    paras = text if isinstance(text, list) else [text]
    cell.text = ""
    first = True
    for t in paras:
        if isinstance(t, tuple):
            t, al = t
        else:
            al = align
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if t:
            font(p.add_run(t), name, size, bold)
        p.alignment = al
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def widths(table, cms):
    """Set column widths in tblGrid and in every cell (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(cms):
            gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def grid_table(doc, nrows, ncols):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def data_table(doc, header, rows, clauses, cms, size=12, hsize=12, repeat=True):
    t = grid_table(doc, 1 + len(rows), len(header))
    widths(t, cms)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, hsize)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = C if len(v) <= 8 else L
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    if cc:
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    font(p2.add_run(printer), FS, 14)
    font(p2.add_run("\t" + date_txt), FS, 14)
    fmt(p2, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    if not cc:
        border(p2, "top", "000000", 8, 4)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_971", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [970]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


CN = "一二三四五六七八九十"


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "通知", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 浙江：两厅联合行文，联合红头（表格排版），自动编号，附件2申报表（附件1、3另行印发）
def doc_zhejiang():
    stem = "blind971_zhejiang_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # --- joint red header built with a borderless table
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [11.0, 4.2])
    for i, org in enumerate(["浙江省商务厅", "浙江省财政厅"]):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(org), XBS, 34, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(46)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, 40, False, RED)
    p.alignment = C
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    empty(doc, 1)
    p = add_par(doc, "浙商务联发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title typed as two paragraphs, broken inside the quotation marks
    for ln in ["浙江省商务厅 浙江省财政厅", "关于组织申报2026年度“一带一路”重点",
               "展会补助资金的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局、各设区市财政局：", indent=False)

    n_head = make_numbering(doc, "%1、")

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    grp = {}

    def item(h, t):
        # （一）… restarts under each heading: new list per group
        grp["n"] = grp.get("n", 0) + 1
        clauses.append("（%s）%s%s" % (CN[grp["n"] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, grp["cur"])

    def new_items():
        grp["cur"] = make_numbering(doc, "（%1）")
        grp["n"] = 0

    body("为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，支持我省外贸企业开拓共建“一带一路”国家和地区市场，根据《浙江省商务促进专项资金管理办法》（浙财企〔2024〕21号）有关规定，现就2026年度“一带一路”重点展会补助资金申报工作通知如下：")
    head("支持范围")
    body("对我省企业2026年参加《2026年度浙江省“一带一路”重点展会目录》（附件3）所列境外展会实际发生的展位费给予补助。支持对象和支持标准详见申报指南（附件1）。")
    head("申报时间和方式")
    new_items()
    item("分两批申报。", "2026年上半年举办的展会，企业应于2026年7月31日前申报；下半年举办的展会，企业应于2027年1月15日前申报。逾期不予受理。")
    item("网上申报。", "企业登录“浙江省商务综合管理服务平台”在线填报申报表（附件2），上传证明材料，并将加盖公章的纸质材料报送注册地县（市、区）商务主管部门。")
    head("审核程序")
    body("1.县级初审。县（市、区）商务主管部门会同同级财政部门，于每批申报截止后15个工作日内完成初审。")
    body("2.市级复核。设区市商务局会同财政局复核汇总后，联合行文报送省商务厅、省财政厅。")
    body("3.省级审定。省商务厅委托第三方机构审核，审核结果公示5个工作日无异议的，由省财政厅下达资金。")
    head("工作要求")
    new_items()
    item("严格资金监管。", "对弄虚作假、骗取套取补助资金的，一经查实，收回已拨付资金，三年内取消其申报省级商务促进专项资金资格，并按规定纳入公共信用信息平台。")
    item("做好绩效评价。", "各地要对补助资金使用情况开展绩效自评，并于2027年2月底前将自评报告报送省商务厅、省财政厅。")
    body("联系人：省商务厅对外贸易处　陈思远，0571-87054213；省财政厅企业处　王一凡，0571-87058671。")
    empty(doc, 1)
    att = ["2026年度“一带一路”重点展会补助资金申报指南",
           "2026年度“一带一路”重点展会补助资金申报表",
           "2026年度浙江省“一带一路”重点展会目录"]
    p = add_par(doc, "附件：1.%s" % att[0], indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    for i in (1, 2):
        p = add_par(doc, "%d.%s" % (i + 1, att[i]), indent=False)
        p.paragraph_format.left_indent = Pt(32 + 48)
    empty(doc, 1)
    # 落款: two organs side by side in a borderless table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [7.8, 7.8])
    set_cell(t.rows[0].cells[0], "浙江省商务厅", FS, 16)
    set_cell(t.rows[0].cells[1], "浙江省财政厅", FS, 16)
    p = add_par(doc, "2026年3月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # --- 附件2 申报表 (blank form)
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    page_break_before(p)
    add_par(doc, [(att[1], XBS, 20, False)], align=C, indent=False, line=32, after=6)
    form = [
        [("企业名称", 1), ("", 3)],
        [("统一社会信用代码", 1), ("", 1), ("企业类型", 1), ("", 1)],
        [("注册地址", 1), ("", 3)],
        [("联系人", 1), ("", 1), ("手机", 1), ("", 1)],
        [("2025年进出口额（万美元）", 1), ("", 1), ("开户银行及账号", 1), ("", 1)],
        [("参展展会名称", 1), ("", 3)],
        [("展位号", 1), ("", 1), ("展位面积（平方米）", 1), ("", 1)],
        [("实际支付展位费（万元）", 1), ("", 1), ("申请补助金额（万元）", 1), ("", 1)],
    ]
    promise = ["本企业承诺：所填报信息及提供的申报材料真实、准确、完整，同一展会未重复申报其他财政资金补助。如有虚假，愿意承担相应法律责任。",
               "法定代表人（签字）：", "企业（盖章）", "年　　月　　日"]
    opinion = ["（盖章）", "年　　月　　日"]
    t = grid_table(doc, len(form) + 2, 4)
    widths(t, [4.0, 4.0, 3.8, 3.8])
    for ri, spec in enumerate(form):
        row = t.rows[ri]
        row_height(row, 0.95)
        col = 0
        for k, (txt, span) in enumerate(spec):
            cell = row.cells[col]
            if span > 1:
                cell = cell.merge(row.cells[col + span - 1])
            set_cell(cell, txt, FS, 12)
            col += span
        labels = [x for x, _ in spec[0::2]]
        values = [x for x, _ in spec[1::2]]
        clauses.append("；".join("%s：%s" % (a, b) for a, b in zip(labels, values)))
    # 承诺 row
    row = t.rows[len(form)]
    set_cell(row.cells[0], "企业承诺", FS, 12)
    cell = row.cells[1].merge(row.cells[3])
    set_cell(cell, [(promise[0], L), ("", L), (promise[1], L), (promise[2], R), (promise[3], R)],
             FS, 12, line=22)
    clauses.append("企业承诺：" + "".join(promise))
    row = t.rows[len(form) + 1]
    row_height(row, 2.0)
    set_cell(row.cells[0], "县（市、区）商务主管部门初审意见", FS, 12)
    cell = row.cells[1].merge(row.cells[3])
    set_cell(cell, [("", L), ("", L), (opinion[0], R), (opinion[1], R)], FS, 12, line=22)
    clauses.append("县（市、区）商务主管部门初审意见：" + "".join(opinion))

    banji(doc, "抄送：商务部对外贸易司，财政部浙江监管局。", "浙江省商务厅办公室",
          "2026年3月13日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省商务厅 浙江省财政厅关于组织申报2026年度“一带一路”重点展会补助资金的通知",
            doc_number="浙商务联发〔2026〕9号",
            issuer=["浙江省商务厅", "浙江省财政厅"],
            date="2026-03-12",
            region="浙江省",
            attachments=att,
            recipients=["各设区市商务局", "各设区市财政局"],
            publicity="此件公开发布"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 四川：特急，单位红头，三行标题断在奇怪处，全角空格缩进，半角/全角标点混用，
# 段内手动换行，中文数字日期，附件1指南（双层表头、合并单元格、表题带单位）；附件2、3另行印发
def doc_sichuan():
    stem = "blind971_sichuan_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("四川省商务厅文件", XBS, 40, False, RED)],
            align=C, indent=False, line=60, before=24)
    empty(doc, 1)
    p = add_par(doc, "川商贸促〔2026〕16号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ["四川省商务厅关于做好2026年度", "共建“一带一路”国家重点展会参展",
               "补助申报工作的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门，有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("为贯彻落实《四川省推进高水平对外开放 加快建设内陆开放高地若干措施》，支持我省企业深度参与共建“一带一路”，稳订单、拓市场，省商务厅决定开展2026年度共建“一带一路”国家重点展会参展补助申报工作。现将有关事项通知如下：")
    head("一、申报对象及条件")
    # pasted from a PDF: a manual line break in the middle of the sentence
    a = "在四川省内（含中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区）注册登记、具有独立法人资格的外贸企业，参加《2026年度四川省共建“一带一路”国家"
    b = "重点展会目录》（附件3）所列展会的，可按本通知申报。具体条件详见申报指南（附件1）。"
    p = doc.add_paragraph()
    font(p.add_run(IND + a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(b), FS, 16)
    fmt(p, indent=False)
    clauses.append(a + b)
    head("二、补助内容")
    body("对企业参展实际发生的展位费给予补助，补助比例和上限按申报指南执行。对首次参加境外展会的企业及省级以上专精特新中小企业，补助比例在规定标准基础上提高10个百分点，但不超过展位费的80%。")
    head("三、申报时间")
    body("申报采取“随到随审、按季汇总”方式。企业须在展会结束后60日内提交申报材料；2026年1月1日至本通知印发前已结束的展会，可于2026年4月30日前补报。")
    head("四、申报程序")
    body("(一)企业申报。企业通过“四川省商务厅政务服务平台”填报申报表（附件2），并上传营业执照、展位费发票、付汇凭证、参展照片等材料。")
    body("（二）市（州）审核。各市（州）商务主管部门于每季度结束后15日内完成审核，将审核意见及汇总表（加盖公章）报送省商务厅贸易促进处，一式两份。")
    body("（三）省级审定。省商务厅对各地报送材料进行复核，并在门户网站公示7日。公示无异议的，按程序拨付补助资金。")
    head("五、有关要求")
    body("1．各市（州）商务主管部门要加强政策宣传，及时将本通知转发至辖区外贸企业，主动做好申报辅导。")
    body("2.企业应如实填报申报材料。对提供虚假材料、骗取补助资金的，将依法依规严肃处理，并纳入四川省社会信用信息平台。")
    body("3．本通知执行中如遇问题，请及时与省商务厅贸易促进处联系。联系人:赵敏、刘川,电话:028-83225716、83225709。")
    empty(doc, 1)
    att = ["2026年度共建“一带一路”国家重点展会参展补助申报指南",
           "2026年度共建“一带一路”国家重点展会参展补助申报表",
           "2026年度四川省共建“一带一路”国家重点展会目录"]
    add_par(doc, IND + "附件:1.%s" % att[0], indent=False)
    for i in (1, 2):
        add_par(doc, IND + "\u3000\u3000\u3000%d.%s" % (i + 1, att[i]), indent=False)
    empty(doc, 3)
    # 落款 pushed right with typed spaces, date in Chinese numerals
    add_par(doc, " " * 41 + "四川省商务厅", indent=False)
    add_par(doc, " " * 37 + "二〇二六年二月二十七日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # --- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    page_break_before(p)
    add_par(doc, [(att[0], XBS, 18, False)], align=C, indent=False, line=30)
    head("一、支持对象")
    body("在四川省内注册登记、具有独立法人资格，2025年度有进出口实绩，且近三年内未被列入严重失信主体名单的外贸企业。")
    head("二、支持标准")
    body("按展会类别分档补助，每家企业每个展会最多补助2个标准展位，年度补助总额不超过20万元。")
    add_par(doc, [("2026年度重点展会分类补助标准（单位：万元）", HT, 14, False)], align=C,
            indent=False, line=26, before=4)
    rows = [
        ["1", "A类", "中国（俄罗斯）机电商品展览会", "俄罗斯叶卡捷琳堡", "70%", "4"],
        ["2", "A类", "中国（阿联酋）贸易博览会", "阿联酋迪拜", "70%", "4"],
        ["3", "A类", "中国—中亚（阿拉木图）商品博览会", "哈萨克斯坦阿拉木图", "70%", "4"],
        ["4", "B类", "越南（河内）国际工业博览会", "越南河内", "50%", "3"],
        ["5", "B类", "泰国曼谷国际汽车零配件展", "泰国曼谷", "50%", "3"],
        ["6", "B类", "塞尔维亚贝尔格莱德国际技术展", "塞尔维亚贝尔格莱德", "50%", "3"],
        ["7", "C类", "附件3所列其他展会", "共建“一带一路”国家和地区", "40%", "2"],
    ]
    hdr = ["序号", "展会类别", "展会名称", "地点", "补助标准／补助比例", "补助标准／单个展位补助上限"]
    t = grid_table(doc, 2 + len(rows), 6)
    widths(t, [1.0, 1.5, 6.3, 3.9, 1.4, 1.5])
    for ci in range(4):
        mc = t.rows[0].cells[ci].merge(t.rows[1].cells[ci])
        set_cell(mc, ["序号", "展会类别", "展会名称", "地点"][ci], HT, 10.5, line=15)
    mc = t.rows[0].cells[4].merge(t.rows[0].cells[5])
    set_cell(mc, "补助标准", HT, 10.5, line=15)
    set_cell(t.rows[1].cells[4], "补助比例", HT, 10.5, line=15)
    set_cell(t.rows[1].cells[5], "单个展位补助上限", HT, 10.5, line=15)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(rows):
        for ci in (0, 2, 3):
            set_cell(t.rows[2 + ri].cells[ci], r[ci], FS, 10.5, align=C if ci == 0 else L, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    # vertical merges for category / ratio / cap
    for a_, b_ in ((0, 2), (3, 5), (6, 6)):
        for ci in (1, 4, 5):
            top = t.rows[2 + a_].cells[ci]
            if b_ > a_:
                top = top.merge(t.rows[2 + b_].cells[ci])
            set_cell(top, rows[a_][ci], FS, 10.5, line=16)
    t = "注：展位费不含搭建费、展品运输费和人员差旅费。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)
    body("本指南自2026年3月1日起施行，有效期至2026年12月31日。《2025年度共建“一带一路”国家重点展会参展补助申报指南》同时废止。")


    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="四川省商务厅关于做好2026年度共建“一带一路”国家重点展会参展补助申报工作的通知",
            doc_number="川商贸促〔2026〕16号",
            issuer=["四川省商务厅"],
            date="2026-02-27",
            region="四川省",
            effective="2026-03-01",
            expires="2026-12-31",
            attachments=att,
            recipients=["各市（州）商务主管部门", "有关企业"],
            publicity="此件主动公开",
            repeals="2025年度共建“一带一路”国家重点展会参展补助申报指南"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 广西：网站下载版（无红头），标题段内软回车，文号置于标题下，（1）级编号，
# 附件列表用制表符对齐，落款放在文本框里，附件2申报表（承诺段在表下），附件3目录（纵向合并）
def textbox_run(lines, left_pt=235, width_pt=190, height_pt=80):
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/>'
        '</w:rPr><w:t>%s</w:t></w:r></w:p>' % (FS, FS, FS, ln) for ln in lines)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           '<v:shape id="LuoKuan971" type="#_x0000_t202" style="position:absolute;'
           'margin-left:%dpt;margin-top:0pt;width:%dpt;height:%dpt;z-index:2;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           'stroked="f" filled="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>' % (nsdecls("w"), left_pt, width_pt, height_pt, paras))
    return parse_xml(xml)


def doc_guangxi():
    stem = "blind971_guangxi_tongzhi"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    # title: one paragraph, Shift+Enter inside
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区商务厅关于开展"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年“一带一路”重点展会补助资金"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("申报工作的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    add_par(doc, [("桂商贸发〔2026〕12号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深化与东盟及共建“一带一路”国家经贸合作，用好《区域全面经济伙伴关系协定》（RCEP）政策红利，支持我区企业参展拓市场，现就2026年“一带一路”重点展会补助资金申报工作通知如下：")
    head("一、支持重点")
    runin("（一）", "重点支持企业参加在东盟国家举办的中国—东盟博览会境外展等展会，以及在中东、中亚、非洲等共建“一带一路”国家和地区举办的行业专业展。")
    runin("（二）", "优先支持依托西部陆海新通道开展出口业务的企业和跨境电商企业参展。")
    head("二、补助标准")
    body("1.东盟国家展会按展位费的70%给予补助，单个展位最高2万元。")
    body("2.其他共建“一带一路”国家和地区展会按展位费的60%给予补助，单个展位最高3万元。")
    body("3.同一企业年度补助总额不超过30万元。")
    head("三、申报要求")
    runin("（一）申报时间。", "2026年4月15日至10月31日，逾期不予受理。")
    runin("（二）申报材料。", "申报表（附件2）、展位费发票及付款凭证、参展现场照片。")
    runin("（三）审核方式。", "各设区市商务局负责初审，重点审核以下内容：")
    body("（1）企业是否在本辖区注册；")
    body("（2）展位费票据与付款凭证是否一致；")
    body("（3）企业是否存在失信记录。")
    body("联系人：黄丽萍，电话：0771-2211576。")
    empty(doc, 1)
    att = ["2026年“一带一路”重点展会补助资金申报指南",
           "2026年“一带一路”重点展会补助资金申报表",
           "2026年广西“一带一路”重点展会目录"]
    # attachment list aligned with a tab stop
    for i, a in enumerate(att):
        p = doc.add_paragraph()
        font(p.add_run(("附件：" if i == 0 else "\t") + "%d．%s" % (i + 1, a)), FS, 16)
        fmt(p)
        p.paragraph_format.tab_stops.add_tab_stop(Pt(32 + 48))
    # 落款 in a floating text box anchored to an empty paragraph
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(textbox_run(["广西壮族自治区商务厅", "2026年4月3日"]))
    empty(doc, 2)
    add_par(doc, "（此件公开发布）")

    # --- 附件2 申报表 (承诺 paragraph below the table)
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    page_break_before(p)
    add_par(doc, [(att[1], XBS, 20, False)], align=C, indent=False, line=32, before=8, after=8)
    form = [
        [("企业名称（盖章）", 1), ("", 3)],
        [("统一社会信用代码", 1), ("", 3)],
        [("联系人", 1), ("", 1), ("手机", 1), ("", 1)],
        [("电子邮箱", 1), ("", 1), ("所在设区市", 1), ("", 1)],
        [("参展展会名称", 1), ("", 1), ("展会举办时间", 1), ("", 1)],
        [("展会举办地", 1), ("", 1), ("展位面积（平方米）", 1), ("", 1)],
        [("展位费金额（万元）", 1), ("", 1), ("申请补助金额（万元）", 1), ("", 1)],
        [("是否首次参加该展会", 1), ("□是　□否", 1), ("是否获得中央资金支持", 1), ("□是　□否", 1)],
    ]
    t = grid_table(doc, len(form), 4)
    widths(t, [4.0, 3.9, 3.9, 3.8])
    for ri, spec in enumerate(form):
        row = t.rows[ri]
        row_height(row, 1.2)
        col = 0
        for txt, span in spec:
            cell = row.cells[col]
            if span > 1:
                cell = cell.merge(row.cells[col + span - 1])
            set_cell(cell, txt, FS, 12)
            col += span
        labels = [x for x, _ in spec[0::2]]
        values = [x for x, _ in spec[1::2]]
        clauses.append("；".join("%s：%s" % (a, b) for a, b in zip(labels, values)))
    empty(doc, 1, line=16)
    t = "承诺：本企业对本表所填内容及所附材料的真实性、准确性负责，所申报展会未重复申请其他财政资金补助。如有虚假，自愿退回补助资金并承担相应法律责任。"
    clauses.append(t)
    add_par(doc, t, line=26)
    empty(doc, 1)
    add_par(doc, "法定代表人（签字）：" + "\u3000" * 8 + "企业（盖章）", line=26)
    add_par(doc, "年　　月　　日", align=R, indent=False, line=26).paragraph_format.right_indent = Pt(48)

    # --- 附件3 目录 (vertical merge on 补助档次)
    p = add_par(doc, [("附件3", HT, 16, False)], indent=False)
    page_break_before(p)
    add_par(doc, [(att[2], XBS, 20, False)], align=C, indent=False, line=32, before=8, after=8)
    hdr = ["序号", "展会名称", "举办时间", "举办地点", "补助档次"]
    rows = [
        ["1", "中国—东盟博览会（越南）境外展", "2026年5月", "越南河内"],
        ["2", "中国（越南）进出口商品展览会", "2026年6月", "越南胡志明市"],
        ["3", "中国—东盟博览会（马来西亚）境外展", "2026年7月", "马来西亚吉隆坡"],
        ["4", "泰国国际农业机械展", "2026年7月", "泰国曼谷"],
        ["5", "印度尼西亚国际食品饮料展", "2026年9月", "印度尼西亚雅加达"],
        ["6", "缅甸（仰光）国际建材展", "2026年9月", "缅甸仰光"],
        ["7", "中国（柬埔寨）贸易博览会", "2026年10月", "柬埔寨金边"],
        ["8", "中国（阿联酋）贸易博览会", "2026年6月", "阿联酋迪拜"],
        ["9", "沙特国际机械展", "2026年10月", "沙特阿拉伯利雅得"],
        ["10", "南非约翰内斯堡国际汽配展", "2026年11月", "南非约翰内斯堡"],
        ["11", "哈萨克斯坦国际农业展", "2026年11月", "哈萨克斯坦阿斯塔纳"],
    ]
    tiers = ["东盟国家展会", "其他共建“一带一路”国家和地区展会"]
    t = grid_table(doc, 1 + len(rows), 5)
    widths(t, [1.3, 6.2, 2.5, 3.8, 2.6])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, 1):
        for ci, v in enumerate(r):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        tier = tiers[0] if ri <= 7 else tiers[1]
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r + [tier])))
    c1 = t.rows[1].cells[4].merge(t.rows[7].cells[4])
    set_cell(c1, tiers[0], FS, 12)
    c2 = t.rows[8].cells[4].merge(t.rows[11].cells[4])
    set_cell(c2, tiers[1], FS, 12)
    t = "注：目录实行动态调整，新增展会由自治区商务厅另行发布。"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=20, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="广西壮族自治区商务厅关于开展2026年“一带一路”重点展会补助资金申报工作的通知",
            doc_number="桂商贸发〔2026〕12号",
            issuer=["广西壮族自治区商务厅"],
            date="2026-04-03",
            region="广西壮族自治区",
            attachments=att,
            recipients=["各设区市商务局", "中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会"],
            publicity="此件公开发布"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_sichuan(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
