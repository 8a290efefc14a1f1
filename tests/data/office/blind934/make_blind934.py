# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 934: 商务厅关于做好境外企业和对外投资联络服务平台信息报送的通知
(附报送模板、字段说明表). Writes Word + PDF + expected.json next to this script."""
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
IND = "\u3000\u3000"
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


def fmt(p, align=None, indent=True, line=26, before=0, after=0, first=None):
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
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    if _break_next[0]:
        p.paragraph_format.page_break_before = True
        _break_next[0] = False
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=26):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


_break_next = [False]


def page_break(doc):
    """Next paragraph starts a new page (段前分页)."""
    _break_next[0] = True


def page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
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
    page_footer(s)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.6), Cm(2.4)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    return s


def portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(17)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, nrows, ncols, widths=None):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        t.autofit = False
        tblpr = t._tbl.tblPr
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap, line=20)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_934", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅文件: 通知 + 附件1 报送模板（横排） + 附件2 字段说明表."""
    stem = "blind934_zj_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("浙江省商务厅文件", XBS, 40, False, RED)], align=C, indent=False,
            line=50, before=24, after=18)
    p = add_par(doc, "浙商务发〔2026〕18号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title typed as two separate paragraphs, broken at an odd place
    add_par(doc, [("浙江省商务厅关于做好境外企业和对外投资", XBS, 22, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("联络服务平台信息报送工作的通知", XBS, 22, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各设区市商务局，中国（浙江）自由贸易试验区各片区管委会，省级有关单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("为进一步做好我省境外企业和对外投资联络服务工作，及时掌握境外企业经营和风险状况，现就做好境外企业和对外投资联络服务平台（以下简称“联络服务平台”）信息报送工作通知如下：")
    head("一、报送范围")
    body("我省境内投资主体在境外（含港澳台地区）设立的各类企业，均应通过联络服务平台报送信息。截至2025年底，全省登记境外企业4386家，其中位于共建“一带一路”国家2215家。")
    head("二、报送内容和时间")
    runin("（一）基础信息。", "境外企业设立（变更）之日起30个工作日内，填报企业名称、所在国家（地区）、经营范围、中方负责人等基础信息。")
    runin("（二）经营信息。", "每季度结束后15日内报送上季度经营情况；每年4月30日前报送上一年度经营情况。")
    runin("（三）风险信息。", "境外企业所在国家（地区）发生战乱、重大自然灾害等突发事件或企业遭遇重大经营风险的，应于24小时内通过“突发事件”模块报告。")
    runin("（四）联络人信息。", "每家境外企业应确定境内、境外联络人各1名，联络人调整的应即时更新。")
    head("三、工作要求")
    runin("（一）加强组织领导。", "各设区市商务局要明确专人负责，建立辖区境外企业台账，督促投资主体按时报送。")
    runin("（二）严格审核把关。", "各设区市商务局应于每季度结束后25日内完成数据审核。报送情况纳入年度对外投资合作工作考核。")
    runin("（三）确保信息安全。", "涉及国家秘密的信息不得通过联络服务平台报送。")
    body("联系人：省商务厅对外投资和经济合作处沈思远，电话：0571-87051542。")
    # 附件 list: one paragraph, 2nd item after a manual line break, aligned with spaces
    p = doc.add_paragraph()
    font(p.add_run(IND + "附件：1．境外企业信息报送模板"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + "\u3000\u3000\u30002．境外企业信息报送字段说明表"), FS, 16)
    fmt(p, indent=False, before=10)
    empty(doc, 1)
    p = add_par(doc, "浙江省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月26日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")

    # -------- 附件1: landscape template with two-level merged header
    landscape(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("境外企业信息报送模板", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("（金额单位：万美元）", KT, 14, False)], align=R, indent=False, line=24)
    top = ["序号", "境外企业基本信息", "境内投资主体", "经营情况", "外方员工（人）", "备注"]
    sub = ["企业名称", "所在国家（地区）", "设立时间", "名称", "统一社会信用代码",
           "营业收入", "利润总额"]
    cols = ["序号",
            "境外企业基本信息／企业名称", "境外企业基本信息／所在国家（地区）",
            "境外企业基本信息／设立时间",
            "境内投资主体／名称", "境内投资主体／统一社会信用代码",
            "经营情况／营业收入", "经营情况／利润总额",
            "外方员工（人）", "备注"]
    ex = [
        ["示例1", "浙江恒远纺织（越南）有限公司", "越南", "2023-05-12", "浙江恒远纺织股份有限公司",
         "913306XXXXXXXXXXXX", "1286.45", "97.30", "412", "龙江工业园区内"],
        ["示例2", "宁波甬拓国际贸易（迪拜）有限责任公司", "阿联酋", "2024-11-03",
         "宁波甬拓进出口有限公司", "913302XXXXXXXXXXXX", "356.20", "-12.86", "9",
         "利润为负表示亏损"],
    ]
    widths = [1.6, 3.9, 2.2, 2.2, 3.7, 3.4, 1.9, 1.9, 1.7, 2.1]
    t = grid_table(doc, 2 + len(ex), 10, widths)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ci in (0, 8, 9):
        t.cell(0, ci).merge(t.cell(1, ci))
    t.cell(0, 1).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(0, 5))
    t.cell(0, 6).merge(t.cell(0, 7))
    set_cell(t.cell(0, 0), top[0], HT, 11)
    set_cell(t.cell(0, 1), top[1], HT, 11)
    set_cell(t.cell(0, 4), top[2], HT, 11)
    set_cell(t.cell(0, 6), top[3], HT, 11)
    set_cell(t.cell(0, 8), top[4], HT, 11)
    set_cell(t.cell(0, 9), top[5], HT, 11)
    for i, s in enumerate(sub):
        set_cell(t.cell(1, i + 1), s, HT, 11)
    for ri, row in enumerate(ex, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11)
        clauses.append(row_clause(cols, row))
    empty(doc, 1, line=16)
    add_par(doc, [("填表说明：", HT, 14, False)], indent=False, line=24)
    for s in ["1.企业名称应与境外注册文件一致，使用中文全称；无中文名称的，填写外文全称。",
              "2.设立时间按“年-月-日”格式填写，以境外注册登记日期为准。",
              "3.以当地货币记账的，按报告期末中国人民银行公布的汇率中间价折算为美元。"]:
        clauses.append(s)
        add_par(doc, [(s, FS, 14, False)], indent=False, line=24)

    # -------- 附件2: portrait field table, header repeated, category merged
    portrait(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("境外企业信息报送字段说明表", XBS, 22, False)], align=C, indent=False,
            line=32, before=6, after=10)
    hdr = ["序号", "字段类别", "字段名称", "填写说明", "是否必填"]
    fields = [
        ("基础信息", "境外企业名称", "填写境外企业注册登记的中文全称，括号内注明外文名称", "是"),
        ("基础信息", "所在国家（地区）", "从下拉列表中选择，港澳台地区单独选择", "是"),
        ("基础信息", "设立方式", "选择“新设”“并购”“参股”之一", "是"),
        ("基础信息", "中方持股比例", "填写百分数，保留两位小数，如“51.00%”", "是"),
        ("经营信息", "营业收入", "填写报告期内营业收入，单位为万美元", "是"),
        ("经营信息", "利润总额", "单位为万美元，亏损以负数填写", "是"),
        ("经营信息", "实缴税额", "填写在东道国缴纳的各项税费合计，单位为万美元", "是"),
        ("经营信息", "雇用外方员工人数", "填写报告期末在册外方员工人数，单位为人", "是"),
        ("联络信息", "境内联络人", "填写姓名、职务、手机号码", "是"),
        ("联络信息", "境外联络人", "填写姓名、职务、当地联系电话及即时通讯账号", "是"),
        ("联络信息", "应急联系邮箱", "建议使用企业邮箱", "否"),
        ("风险信息", "风险事件类型", "从“政治”“安全”“自然灾害”“公共卫生”“经营”“其他”中选择", "否"),
        ("风险信息", "风险事件描述", "简要说明事件发生时间、地点、影响及已采取措施，不超过500字", "否"),
    ]
    t = grid_table(doc, 1 + len(fields), 5, [1.5, 2.3, 3.6, 6.2, 2.2])
    repeat_header(t.rows[0])
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    # merge 字段类别 vertically over each group
    start = 0
    groups = []
    for i in range(1, len(fields) + 1):
        if i == len(fields) or fields[i][0] != fields[start][0]:
            groups.append((start, i - 1, fields[start][0]))
            start = i
    for a, b, name in groups:
        cell = t.cell(a + 1, 1)
        if b > a:
            cell = cell.merge(t.cell(b + 1, 1))
        set_cell(cell, name, FS, 12)
    for i, (cat, name, desc, must) in enumerate(fields):
        set_cell(t.cell(i + 1, 0), str(i + 1))
        set_cell(t.cell(i + 1, 2), name)
        set_cell(t.cell(i + 1, 3), desc, align=L)
        set_cell(t.cell(i + 1, 4), must)
        clauses.append(row_clause(hdr, [str(i + 1), cat, name, desc, must]))
    note = "注：“是否必填”为“是”的字段未填写的，联络服务平台将无法提交。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    banji(doc, "抄送：商务部对外投资和经济合作司，省外办，省发展改革委。",
          "浙江省商务厅办公室", "2026年2月27日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于做好境外企业和对外投资联络服务平台信息报送工作的通知",
            "doc_number": "浙商务发〔2026〕18号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-02-26",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["境外企业信息报送模板", "境外企业信息报送字段说明表"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "中国（浙江）自由贸易试验区各片区管委会",
                           "省级有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC B
def doc_shandong():
    """山东省商务厅 印发规程的通知: body indented with typed full-width spaces,
    规程 with 章/条, 字段说明表, 落款 by tabs, Chinese-numeral date."""
    stem = "blind934_sd_guicheng"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("山东省商务厅文件", XBS, 40, False, RED)], align=C, indent=False,
            line=50, before=24, after=18)
    p = add_par(doc, "鲁商字〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title: one paragraph, Shift+Enter breaks at odd places (3 lines)
    p = doc.add_paragraph()
    font(p.add_run("山东省商务厅关于印发《山东省境外企业和"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("对外投资联络服务平台信息报送工作规程》"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各市商务局，各有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("现将《山东省境外企业和对外投资联络服务平台信息报送工作规程》印发给你们，请认真贯彻执行。各市商务局要于2026年2月28日前组织完成存量境外企业信息核查补录。执行中遇到的问题，请及时反馈省商务厅对外投资和经济合作处（联系人：孔令杰，电话：0531-89013675）。")
    add_par(doc, IND + "附件：1.山东省境外企业和对外投资联络服务平台信息报送工作规程",
            indent=False, before=10)
    p = add_par(doc, "2.境外企业信息报送字段说明表", indent=False)
    p.paragraph_format.left_indent = Pt(128)
    empty(doc, 1)
    # 落款 typed with tab stops
    p = add_par(doc, "\t山东省商务厅", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2))
    p = add_par(doc, "\t二〇二六年一月二十日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # -------- 附件1: 规程
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p = add_par(doc, [("山东省境外企业和对外投资联络服务平台", XBS, 22, False)], align=C,
                indent=False, line=32, before=6)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("信息报送工作规程"), XBS, 22)
    empty(doc, 1, line=16)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def article(num, text, items=()):
        clauses.append(num + "\u3000" + text + "".join(items))
        add_par(doc, [(IND, FS, 16, False), (num, HT, 16, False),
                      ("\u3000" + text, FS, 16, False)], indent=False)
        for it in items:
            add_par(doc, IND + it, indent=False)

    chapter("第一章\u3000总\u3000\u3000则")
    article("第一条", "为规范我省境外企业和对外投资联络服务平台（以下简称“联络服务平台”）信息报送工作，依据商务部对外投资合作有关管理规定，制定本规程。")
    article("第二条", "本规程适用于已在境外（含港澳台地区）设立企业的我省境内投资主体（以下简称“投资主体”）和各市商务主管部门。")
    article("第三条", "省商务厅负责全省信息报送工作的统筹协调和监督检查，各市商务主管部门负责本行政区域内信息报送的组织和审核。")
    chapter("第二章\u3000报送内容和程序")
    article("第四条", "投资主体应通过联络服务平台报送下列信息：",
            ["（一）境外企业基础信息；", "（二）境外企业经营信息；",
             "（三）突发事件和风险信息；", "（四）境内、境外联络人信息。"])
    article("第五条", "基础信息和联络人信息应于境外企业设立或变更之日起30个工作日内报送；经营信息于每季度结束后15日内报送。各字段填写要求见附件2。")
    article("第六条", "各市商务主管部门应于每季度结束后25日内完成审核。发现下列情形之一的，应退回修改：",
            ["（一）必填字段缺失的；", "（二）数据存在明显逻辑错误的；",
             "（三）与核准备案信息不一致且未作说明的。"])
    article("第七条", "境外企业发生突发事件的，投资主体应在事发后24小时内报告；各市商务主管部门接报后应于2小时内向省商务厅报告。")
    chapter("第三章\u3000监督管理")
    article("第八条", "对连续两个季度未按规定报送信息的投资主体，由所在市商务主管部门约谈提醒；情节严重的，纳入对外投资合作不良信用记录。")
    chapter("第四章\u3000附\u3000\u3000则")
    article("第九条", "本规程自2026年3月1日起施行，有效期至2028年2月29日。《山东省对外投资合作信息报送管理暂行办法》（鲁商字〔2021〕45号）同时废止。")

    # -------- 附件2: 字段说明表 (header row repeated)
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("境外企业信息报送字段说明表", XBS, 22, False)], align=C, indent=False,
            line=32, before=6, after=10)
    hdr = ["序号", "信息类别", "字段", "说明", "报送频次"]
    rows = [
        ["1", "基础信息", "境外企业中文名称", "与境外投资证书（备案通知书）载明名称一致", "即时"],
        ["2", "基础信息", "境外企业外文名称", "与东道国注册文件一致", "即时"],
        ["3", "基础信息", "注册资本（万美元）", "以其他币种注册的，折算为美元填写", "即时"],
        ["4", "基础信息", "主营行业", "按《国民经济行业分类》（GB/T 4754—2017）填写至大类", "即时"],
        ["5", "经营信息", "营业收入（万美元）", "报告期累计数", "季度"],
        ["6", "经营信息", "净利润（万美元）", "报告期累计数，亏损填负数", "季度"],
        ["7", "经营信息", "当地纳税额（万美元）", "报告期累计数", "季度"],
        ["8", "经营信息", "年末资产总额（万美元）", "按年度财务报表填写", "年度"],
        ["9", "人员信息", "中方派出人员数（人）", "报告期末在岗人数", "季度"],
        ["10", "人员信息", "雇用外方员工数（人）", "报告期末在册人数", "季度"],
        ["11", "联络信息", "境外联络人及电话", "电话须带国际区号", "即时"],
        ["12", "风险信息", "突发事件报告", "事件类型、发生时间、人员伤亡和财产损失情况", "即时"],
    ]
    t = grid_table(doc, 1 + len(rows), 5, [1.5, 2.3, 4.4, 5.8, 2.2])
    repeat_header(t.rows[0])
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, align=L if ci == 3 else C)
        clauses.append(row_clause(hdr, row))
    note = "注：报送频次中“即时”指信息发生变化或事件发生后立即报送。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)

    banji(doc, "抄送：商务部对外投资和经济合作司，省外办，省发展改革委，国家外汇管理局山东省分局。",
          "山东省商务厅办公室", "2026年1月21日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "山东省商务厅关于印发《山东省境外企业和对外投资联络服务平台信息报送工作规程》的通知",
            "doc_number": "鲁商字〔2026〕9号",
            "issuer": ["山东省商务厅"],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "山东省",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["山东省境外企业和对外投资联络服务平台信息报送工作规程",
                            "境外企业信息报送字段说明表"],
            "doc_type": "通知",
            "recipients": ["各市商务局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": "《山东省对外投资合作信息报送管理暂行办法》（鲁商字〔2021〕45号）",
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC C
def gx_head(doc, wenhao, urgency=None):
    """函式版头: organ name in red, double red rule, 文号 flush right."""
    if urgency:
        add_par(doc, [(urgency, HT, 16, False)], indent=False)
    add_par(doc, [("广西壮族自治区商务厅办公室", XBS, 30, False, RED)], align=C,
            indent=False, line=40, before=0 if urgency else 26)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 18, 1, val="thickThinSmallGap")
    add_par(doc, wenhao, align=R, indent=False, before=2, after=8)


def doc_guangxi():
    """Two separate 函-format notices of 广西商务厅办公室 saved in one file."""
    stem = "blind934_gx_liangjian"
    doc = Document()
    setup(doc)
    docs = []

    # ---------------- notice 1: 特急 催报, table split by hand into 表 + 续表
    clauses = []
    gx_head(doc, "桂商办外经函〔2026〕21号", "特急")
    for line in ["广西壮族自治区商务厅办公室关于抓紧补报",
                 "2025年度境外企业经营情况", "信息的紧急通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=16)
    add_par(doc, "各市商务局，中国（广西）自由贸易试验区各片区管委会：", indent=False)

    def body(t, cl=clauses):
        cl.append(t)
        add_par(doc, t)

    body("2025年度境外企业经营情况信息应于2026年4月30日前报送完毕。截至5月8日,全区应报境外企业612家，已报送438家，报送率仅为71.6%，其中5个市报送率低于60%。各市报送进度如下：")
    add_par(doc, [("各市2025年度境外企业经营情况报送进度", HT, 14, False)], align=C,
            indent=False, line=22, before=2)
    add_par(doc, [("单位：家，%", FS, 12, False)], align=R, indent=False, line=18)
    hdr = ["序号", "设区市", "应报企业数", "已报企业数", "报送率"]
    data = [("南宁市", 186, 140), ("柳州市", 74, 56), ("桂林市", 58, 41), ("梧州市", 31, 17),
            ("北海市", 42, 33), ("防城港市", 38, 29), ("钦州市", 47, 35), ("贵港市", 19, 10),
            ("玉林市", 36, 24), ("百色市", 27, 19), ("贺州市", 12, 6), ("河池市", 9, 5),
            ("来宾市", 8, 4), ("崇左市", 25, 19)]
    rows = [[str(i + 1), c, str(a), str(b), "%.1f" % (100.0 * b / a + 1e-9)]
            for i, (c, a, b) in enumerate(data)]
    ta = sum(a for _, a, _ in data)
    tb = sum(b for _, _, b in data)
    assert (ta, tb) == (612, 438)
    rows.append(["", "合计", str(ta), str(tb), "%.1f" % (100.0 * tb / ta)])
    widths = [1.6, 3.6, 3.2, 3.2, 3.0]

    def part(rs):
        t = grid_table(doc, 1 + len(rs), 5, widths)
        for i, h in enumerate(hdr):
            set_cell(t.cell(0, i), h, HT, 12)
        for ri, row in enumerate(rs, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 12, bold=(row[1] == "合计"))
            # empty 序号 cell of the 合计 row is left out of the clause
            clauses.append(row_clause([h for h, v in zip(hdr, row) if v],
                                      [v for v in row if v]))

    part(rows[:SPLIT_GX])
    p = add_par(doc, [("续表", KT, 14, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    part(rows[SPLIT_GX:])
    empty(doc, 1, line=10)
    body("现就有关事项紧急通知如下：")
    body("一、立即组织补报。请梧州、贵港、贺州、河池、来宾市商务局逐户督促，于5月20日前完成补报；其他市须于5月25日前报送完毕。")
    body("二、认真核实数据。对营业收入、利润总额较上年度变动超过50%的企业，应在备注栏说明原因。")
    body("三、报送情况说明。确因境外企业已注销、停业等原因无法报送的，请于5月25日前报送情况说明(格式自拟)。")
    # contact line typed with a manual line break inside the paragraph
    t1 = "自治区商务厅将于5月底通报各市报送情况。"
    t2 = "联系人：韦海燕，电话：0771-2052318。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    empty(doc, 1)
    p = add_par(doc, "广西壮族自治区商务厅办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年5月9日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    banji(doc, "抄送：自治区外事办，自治区发展改革委。", "广西壮族自治区商务厅办公室",
          "2026年5月9日印发", gap=1)
    docs.append({
        "meta": {
            "title": "广西壮族自治区商务厅办公室关于抓紧补报2025年度境外企业经营情况信息的紧急通知",
            "doc_number": "桂商办外经函〔2026〕21号",
            "issuer": ["广西壮族自治区商务厅办公室"],
            "date": "2026-05-09",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市商务局", "中国（广西）自由贸易试验区各片区管委会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ---------------- notice 2: 调整字段说明表
    clauses2 = []
    page_break(doc)
    gx_head(doc, "桂商办外经函〔2026〕23号")
    for line in ["广西壮族自治区商务厅办公室关于调整",
                 "境外企业信息报送字段说明表", "部分内容的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=16)
    add_par(doc, "各市商务局，各有关企业：", indent=False)
    body("经研究，决定对《境外企业信息报送字段说明表》部分字段的填写说明进行调整。现将有关事项通知如下：", clauses2)
    body("（一）调整后的字段说明自2026年6月1日起执行，此前已报送的信息不再重新填报。", clauses2)
    body("（二）调整内容详见附件。未列入附件的字段，仍按原字段说明填写。", clauses2)
    body("（三）请各市商务局及时将本通知转发至辖区投资主体，并做好填报指导。", clauses2)
    add_par(doc, "附件：境外企业信息报送字段说明表调整对照表", before=10)
    empty(doc, 1)
    p = add_par(doc, "广西壮族自治区商务厅办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年5月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件依申请公开）")
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("境外企业信息报送字段说明表调整对照表", XBS, 22, False)], align=C,
            indent=False, line=32, before=6, after=10)
    hdr = ["序号", "字段名称", "原填写说明", "调整后填写说明"]
    rows = [
        ["1", "所在国家（地区）", "从下拉列表中选择",
         "从下拉列表中选择；在第三国（地区）设立的特殊目的公司，应同时填写最终目的地国家（地区）"],
        ["2", "营业收入", "单位为万美元",
         "单位为万美元，保留两位小数；以当地货币记账的，按报告期末中国人民银行公布的汇率中间价折算"],
        ["3", "雇用外方员工人数", "填写报告期末外方员工人数",
         "填写报告期末在册外方员工人数，不含劳务派遣人员"],
        ["4", "境外联络人", "填写姓名、联系电话",
         "填写姓名、职务、当地联系电话及即时通讯账号，联系电话须带国际区号"],
        ["5", "ESG信息披露（新增）", "—",
         "选填。已在东道国发布社会责任报告或ESG报告的，填写报告名称及发布年份"],
    ]
    t = grid_table(doc, 1 + len(rows), 4, [1.3, 3.6, 4.2, 6.6])
    repeat_header(t.rows[0])
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, align=L if ci >= 2 else C)
        clauses2.append(row_clause(hdr, row))
    note = "注：第5项为新增字段，在联络服务平台“经营信息”模块中填报。"
    clauses2.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    banji(doc, "抄送：自治区外事办。", "广西壮族自治区商务厅办公室", "2026年5月12日印发",
          gap=1)
    docs.append({
        "meta": {
            "title": "广西壮族自治区商务厅办公室关于调整境外企业信息报送字段说明表部分内容的通知",
            "doc_number": "桂商办外经函〔2026〕23号",
            "issuer": ["广西壮族自治区商务厅办公室"],
            "date": "2026-05-12",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-06-01",
            "expires": None,
            "attachments": ["境外企业信息报送字段说明表调整对照表"],
            "doc_type": "通知",
            "recipients": ["各市商务局", "各有关企业"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


SPLIT_GX = 11


def main():
    paths = [doc_zhejiang(), doc_shandong(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
