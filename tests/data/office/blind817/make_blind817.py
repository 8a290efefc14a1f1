# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 817: 对外投资合作国别指引摘编（“一带一路”国家投资合作指南要点）.

Writes blind817_*.docx, their PDFs (LibreOffice) and expected.json into the
directory of this script.
"""
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str, or list of (text, fontname, size, bold[, color])."""
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
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    """Ctrl+Enter typed at the end of the last paragraph."""
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer "— 1 —" with a PAGE field
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def simple_table(doc, header, rows, clauses, cms, size=10.5, left_cols=(), style="Table Grid",
                 repeat=True, keys=None, line=16):
    """One header row + data rows; each data row becomes a clause."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size, line=line)
    if repeat:
        repeat_header(t.rows[0])
    keys = keys or header
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al, line=line)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    widths(t, cms)
    return t


def caption(doc, text, size=14, name=HT, align=WD_ALIGN_PARAGRAPH.CENTER):
    return add_par(doc, [(text, name, size, False)], align=align, indent=False, line=26,
                   before=6)


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(14.5), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_817", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering -------------------------------------------
_next_abs = [800]


def make_numbering(doc, numfmt, lvl_text, first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
        % (nsdecls("w"), aid, numfmt, lvl_text, first, FS, FS, FS))
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


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅文件：印发赴哈萨克斯坦投资合作指引要点的通知（附件为要点正文）."""
    stem = "blind817_zj_hasake"
    doc = Document()
    setup(doc)
    clauses = []
    sz, ln, fi = [16], [28], [32]  # 正文字号、行距、首行缩进；附件里改小

    def body(t):
        clauses.append(t)
        add_par(doc, [(t, FS, sz[0], False)], line=ln[0], first=Pt(fi[0]))

    def head(t):
        add_par(doc, [(t, HT, sz[0], False)], line=ln[0], first=Pt(fi[0]))

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, sz[0], bold), (t, FS, sz[0], False)], line=ln[0], first=Pt(fi[0]))

    # ---- 版头
    empty(doc, 1)
    add_par(doc, [("浙江省商务厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "浙商务发〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # 标题：三行，断行位置是起草人手工回车的
    for line in ["浙江省商务厅关于印发《浙江省企业",
                 "赴哈萨克斯坦投资合作指引要点",
                 "（2026年版）》的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，义乌市商务局，各有关企业：", indent=False)

    body("为深入贯彻落实共建“一带一路”高质量发展部署，引导我省企业有序开展对哈萨克斯坦投资合作，"
         "有效防范境外经营风险，我厅依据商务部《对外投资合作国别（地区）指南——哈萨克斯坦（2025年版）》，"
         "结合我省企业在哈经营实际，组织编制了《浙江省企业赴哈萨克斯坦投资合作指引要点（2026年版）》，"
         "现印发给你们，并就有关事项通知如下：")
    runin("一、加强宣传解读。", "各地商务主管部门要将指引要点纳入“走出去”政策宣讲和业务培训内容，"
          "通过“浙里出海”服务平台、行业协会等渠道推送至辖区内拟赴哈投资企业，2026年6月底前完成首轮宣讲。", HT)
    runin("二、压实企业主体责任。", "赴哈投资企业要对照指引要点开展风险自查，健全境外合规管理和安全风险防范制度，"
          "依法办理境外投资备案（核准）手续，按时报送对外投资合作统计数据。", HT)
    runin("三、做好跟踪服务。", "各地要建立重点企业联系机制，及时掌握企业在哈经营动态和困难问题，"
          "重大情况第一时间报告省商务厅对外投资和经济合作处（联系电话：0571-87059213）。", HT)
    body("本指引要点自2026年3月1日起实施，有效期至2028年2月29日。《浙江省企业赴哈萨克斯坦投资合作指引要点"
         "（2023年版）》（浙商务发〔2023〕58号）同时废止。")
    empty(doc, 1)
    p = add_par(doc, "附件：浙江省企业赴哈萨克斯坦投资合作指引要点（2026年版）", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 80)
    p.paragraph_format.first_line_indent = Pt(-80)
    empty(doc, 2)
    p = add_par(doc, "浙江省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件（四号字、固定行距24磅，表格小五号）
    page_break(doc)
    sz[0], ln[0], fi[0] = 14, 24, 28
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省企业赴哈萨克斯坦投资合作指引要点", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=6)
    add_par(doc, [("（2026年版）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=28, after=6)
    head("一、国家概况")
    body("哈萨克斯坦共和国位于亚洲中部，与我国新疆维吾尔自治区接壤，是共建“一带一路”倡议首倡地。")
    caption(doc, "表1　哈萨克斯坦国家概况表", size=12)
    groups = [
        ("基本国情", [("国土面积", "272.49万平方公里"),
                  ("人口", "约2030万人（2025年初）"),
                  ("首都", "阿斯塔纳")]),
        ("经济概况", [("国内生产总值", "约2880亿美元（2024年）"),
                  ("货币", "坚戈（KZT），实行浮动汇率制度")]),
        ("对华经贸", [("双边贸易额", "约437.8亿美元（2024年）"),
                  ("主要合作平台", "中哈霍尔果斯国际边境合作中心、中哈（连云港）物流合作基地")]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["类别", "项目", "内容"]):
        set_cell(t.cell(0, i), h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    r = 1
    for cat, items in groups:
        for j, (k, v) in enumerate(items):
            set_cell(t.cell(r + j, 1), k, FS, 10.5, line=16)
            set_cell(t.cell(r + j, 2), v, FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT, line=16)
            clauses.append("类别：%s；项目：%s；内容：%s" % (cat, k, v))
        m = t.cell(r, 0).merge(t.cell(r + len(items) - 1, 0))
        set_cell(m, cat, FS, 10.5, line=16)
        r += len(items)
    widths(t, [2.4, 3.2, 9.8])
    note = "注：数据来源于哈萨克斯坦国家统计局、我国海关总署及商务部国别指南，仅供参考。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=2)
    clauses.append(note)

    head("二、投资政策")
    runin("（一）市场准入。", "哈萨克斯坦对外资总体实行国民待遇，除电信、大众传媒、航空运输等少数领域对外资持股比例有限制外，"
          "其他领域均允许外资独资经营。外国人及外资企业不得拥有或租赁农业用地。")
    runin("（二）投资优惠。", "根据《企业经营法典》，在优先投资领域实施的项目可与哈方签订投资合同，享受以下优惠：")
    body("1．进口技术设备及其零部件、原材料免征关税；")
    body("2．投资补贴，最高可补偿建筑安装工程和设备采购费用的30%；")
    body("3．免征企业所得税最长10年，免征土地税和财产税最长8年。")

    head("三、税收")
    body("哈萨克斯坦新版《税法典》自2026年1月1日起施行，增值税、社会税等税率调整幅度较大。")
    caption(doc, "表2　哈萨克斯坦主要税种及税率（单位：%）", size=12)
    rows = [
        ("企业所得税", "20", "20", "银行、博彩企业适用25%"),
        ("增值税", "12", "16", "部分医疗、药品等适用优惠税率"),
        ("个人所得税", "10", "10—15", "年收入超过8500个月计算基数部分适用15%"),
        ("社会税", "11", "6", "由雇主缴纳"),
        ("股息预提税", "15", "15", "中哈税收协定规定为10%"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "税种", HT, 10.5, line=16)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "税率", HT, 10.5, line=16)
    set_cell(t.cell(1, 1), "2025年", HT, 10.5, line=16)
    set_cell(t.cell(1, 2), "2026年起", HT, 10.5, line=16)
    c = t.cell(0, 3).merge(t.cell(1, 3))
    set_cell(c, "说明", HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["税种", "税率／2025年", "税率／2026年起", "说明"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=16,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    widths(t, [3.0, 2.4, 2.6, 7.4])
    note = "注：“个月计算基数”为哈萨克斯坦法定计算单位，2026年为4325坚戈。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=2)
    clauses.append(note)

    head("四、劳工")
    runin("（一）用工制度。", "每周工作时间不超过40小时，年带薪休假不少于24个日历日，2026年最低月工资为85000坚戈。")
    runin("（二）外籍劳务。", "外国人在哈工作须取得工作许可，实行年度配额管理。企业引进外籍员工的，管理人员和专业技术人员中"
          "当地员工比例原则上不低于50%，技术工人中不低于90%。")

    head("五、风险提示")
    runin("（一）汇率风险。", "坚戈汇率波动较大，企业应合理安排本外币资产负债结构，运用远期结售汇、出口信用保险等工具对冲风险。")
    runin("（二）安全风险。", "企业应建立境外安全风险防范和突发事件应急处置机制，及时在中国驻哈萨克斯坦使（领）馆登记备案。")

    banji(doc, "抄送：商务部对外投资和经济合作司，省发展改革委、省外办、省贸促会。",
          "浙江省商务厅办公室", "2026年2月12日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省商务厅关于印发《浙江省企业赴哈萨克斯坦投资合作指引要点（2026年版）》的通知",
            doc_number="浙商务发〔2026〕9号",
            issuer=["浙江省商务厅"],
            date="2026-02-12",
            level="provincial",
            region="浙江省",
            effective="2026-03-01",
            expires="2028-02-29",
            attachments=["浙江省企业赴哈萨克斯坦投资合作指引要点（2026年版）"],
            doc_type="通知",
            recipients=["各设区市商务局", "义乌市商务局", "各有关企业"],
            publicity="此件主动公开",
            repeals="《浙江省企业赴哈萨克斯坦投资合作指引要点（2023年版）》（浙商务发〔2023〕58号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xiamen():
    """厦门市商务局编印：企业赴越南投资合作指南要点摘编（2026年版），内部资料."""
    stem = "blind817_xm_yuenan"
    doc = Document()
    setup(doc)
    clauses = []
    n_risk = make_numbering(doc, "decimal", "%1.")

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    add_par(doc, [("内部资料　注意保存", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("企业赴越南投资合作指南要点摘编", XBS, 24, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    add_par(doc, [("（2026年版）", KT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32)
    empty(doc, 1)
    add_par(doc, [("厦门市商务局　编印", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False)
    add_par(doc, [("二〇二六年三月", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "000000", 12, 1, val="double")
    add_par(doc, [("编印说明", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    body("为帮助我市企业全面了解越南投资合作环境，提升境外投资风险防范能力，我局根据商务部《对外投资合作国别（地区）指南——越南（2025年版）》"
         "和中国驻越南大使馆经济商务处发布的有关信息，结合我市企业在越投资经营中反映的突出问题，摘编形成本要点，供企业参考。")
    body("本要点所列数据截至2025年12月底，政策法规以越方最新公布文本为准。")
    # 落款：用空格顶到右边
    add_par(doc, "\u3000" * 18 + "厦门市商务局", indent=False)
    add_par(doc, "\u3000" * 17 + "2026年3月16日", indent=False)

    head("一、国家概况")
    caption(doc, "表1　越南国家概况", size=12)
    simple_table(doc, ["项目", "内容"], [
        ["国名", "越南社会主义共和国"],
        ["首都", "河内"],
        ["国土面积", "约33万平方公里"],
        ["人口", "约1.01亿人（2024年）"],
        ["行政区划", "2025年7月起调整为34个省级行政单位"],
        ["货币", "越南盾（VND）"],
        ["国内生产总值", "约4760亿美元（2024年），增速7.09%"],
        ["与我国贸易额", "约2606亿美元（2024年）"],
    ], clauses, [3.6, 11.8], left_cols=(1,))

    head("二、投资政策")
    runin("（一）法律框架。", "越南外国投资主要适用《投资法》《企业法》及其实施细则。外国投资者在越设立企业，"
          "一般须先取得投资登记证（IRC），再办理企业登记证（ERC）。")
    runin("（二）市场准入。", "越南对外资实行市场准入清单管理，目前对外资尚未开放的行业25个、附条件准入的行业59个，"
          "涉及广告、物流、电信、分销等领域。")
    runin("（三）投资优惠。", "对高新技术、软件、新能源等鼓励类项目以及在特别困难地区投资的项目，可享受15年内10%的企业所得税优惠税率、"
          "“四免九减半”等优惠。自2024年起，越南对符合条件的跨国企业集团实施全球最低税规则，企业应评估优惠政策的实际效果。")
    # 一个段落里用 Shift+Enter 换行后再敲两个全角空格，看上去像两段
    t1h, t1 = "（四）重点园区。", ("越南现有工业园区约420个，主要分布在北部的北宁、海防和南部的胡志明市、同奈、西宁等地。")
    t2 = ("我国企业在越投资建设的境外经贸合作区主要有龙江工业园（同塔省，原前江省）和深圳—海防经济贸易合作区，"
          "可为入园企业提供厂房租赁、证照代办等服务。")
    p = doc.add_paragraph()
    font(p.add_run(t1h), KT, 16, True)
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1h + t1, t2])

    head("三、税收")
    body("越南实行全国统一的税收制度，主要税种包括企业所得税、增值税、个人所得税、特别消费税、进出口关税等。"
         "中越两国于1995年签订避免双重征税协定。")
    caption(doc, "表2　越南主要税种及税率", size=12)
    hdr = ["序号", "税种", "税率", "备注"]
    cms = [1.4, 3.2, 3.4, 7.4]
    simple_table(doc, hdr, [
        ["1", "企业所得税", "20%", "年收入较低的中小企业可适用15%、17%"],
        ["2", "增值税", "10%", "部分商品和服务暂减按8%征收至2026年12月31日"],
        ["3", "个人所得税", "5%—35%", "居民个人工资薪金所得适用累进税率"],
    ], clauses, cms, left_cols=(3,))
    # 手工打的“续表”，另起一张表并重打表头
    add_par(doc, [("续表", KT, 10.5, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            line=18, before=2)
    simple_table(doc, hdr, [
        ["4", "特别消费税", "5%—75%", "适用于烟、酒、汽车等特定商品和服务"],
        ["5", "外国承包商税", "按收入类型核定", "适用于向越方提供服务的境外企业"],
        ["6", "全球最低税补足税", "15%（有效税率）", "适用于年合并收入7.5亿欧元以上的跨国企业集团"],
    ], clauses, cms, left_cols=(3,))
    note = "注：1.税率信息来源于越南财政部公布的法律法规；2.企业享受税收协定待遇须按规定向越南税务机关备案。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=2)
    clauses.append(note)

    head("四、劳工")
    runin("（一）劳动合同。", "越南《劳动法》规定，劳动合同分为无固定期限和固定期限（不超过36个月）两类；正常工作时间每日不超过8小时、"
          "每周不超过48小时，加班时间每年一般不超过200小时，特定行业不超过300小时。")
    runin("（二）社会保险。", "雇主须为越南籍员工缴纳社会保险、医疗保险和失业保险，雇主缴费比例合计为工资的21.5%，"
          "员工个人缴费比例为10.5%；外籍员工须按规定参加社会保险和医疗保险。")
    runin("（三）外籍员工。", "外国人在越工作须取得工作许可证，有效期最长2年，可续签一次。")
    caption(doc, "表3　2026年越南区域最低月工资标准（单位:越南盾）", size=12)
    simple_table(doc, ["区域", "最低月工资", "主要适用地区"], [
        ["区域Ⅰ", "5310000", "河内市、胡志明市、海防市的城区"],
        ["区域Ⅱ", "4730000", "岘港市、芹苴市及部分省会城市"],
        ["区域Ⅲ", "4140000", "其他省会城市及部分县"],
        ["区域Ⅳ", "3700000", "其余地区"],
    ], clauses, [2.4, 3.6, 9.4], left_cols=(2,))
    note = "注：上述标准自2026年1月1日起执行。"
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=2)
    clauses.append(note)

    head("五、风险提示")
    risks = [
        ("政策变动风险。", "越南近年来密集修订《投资法》《土地法》《企业所得税法》等法律，并于2025年进行大规模行政区划调整，"
                     "企业应密切关注地方政府审批权限和办事流程变化。"),
        ("土地风险。", "外资企业只能以租赁方式取得土地使用权，租期一般不超过50年。企业应核实土地权属和规划用途，"
                  "避免因征地补偿纠纷影响项目进度。"),
        ("用工风险。", "部分工业区存在招工难、员工流动性高的问题，企业应依法签订劳动合同、足额缴纳社保，防范罢工等劳资纠纷。"),
        ("原产地风险。", "企业应严格遵守原产地规则，不得借道越南转口规避第三国贸易救济措施，防范被认定为“转运”而面临调查和处罚。"),
    ]
    for i, (h, t) in enumerate(risks, 1):
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_risk)
        clauses.append("%d.%s%s" % (i, h, t))

    # 末页版记式的编印信息
    p = add_par(doc, [("编印：厦门市商务局对外投资和经济合作处", FS, 12, False), ("\t", FS, 12, False),
                      ("电话：0592-5063217", FS, 12, False)], indent=False, line=22, before=12)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.5), 2)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="企业赴越南投资合作指南要点摘编（2026年版）",
            doc_number=None,
            issuer=["厦门市商务局"],
            date="2026-03-16",
            level="municipal",
            region="厦门市",
            doc_type="摘编",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qinzhou():
    """钦州市商务局：一份上行报告 + 一份提醒通知，前后打印在同一个文件里."""
    stem = "blind817_qz_malaixiya"
    doc = Document()
    setup(doc)
    docs = []

    # ---------------- C1 报告（上行文，签发人）
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("钦州市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("钦商报〔2026〕7号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄振宇", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("钦州市商务局关于我市企业赴马来西亚"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("投资合作情况及风险防范工作的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "自治区商务厅：", indent=False)
    body("根据《自治区商务厅关于开展对外投资合作国别风险排查工作的通知》（桂商务外经函〔2026〕18号）要求，"
         "我局对全市企业赴马来西亚投资合作情况进行了梳理，现报告如下：")
    head("一、基本情况")
    body("截至2026年3月底，我市在马来西亚设立境外企业23家，中方协议投资额9.86亿美元，主要集中在马中关丹产业园区及柔佛、雪兰莪等州。")
    caption(doc, "我市企业在马来西亚主要投资项目情况表", size=12)
    add_par(doc, [("单位：万美元", FS, 10.5, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=16)
    simple_table(doc, ["企业名称", "项目所在地", "行业", "协议投资额"], [
        ["钦州泰隆冶金有限公司", "彭亨州关丹", "钢铁冶金", "52600"],
        ["北部湾新材料科技（钦州）有限公司", "彭亨州关丹", "化工新材料", "18300"],
        ["广西钦港物流集团有限公司", "柔佛州新山", "港口物流", "9850"],
        ["钦州华垦农产品有限公司", "雪兰莪州巴生", "农产品加工", "4200"],
        ["其他企业（19家）", "—", "—", "13650"],
        ["合计", "—", "—", "98600"],
    ], clauses, [6.0, 3.4, 3.0, 3.0], left_cols=(0,))
    head("二、主要风险及问题")
    runin("（一）税务合规压力加大。", "马来西亚自2025年7月1日起扩大销售与服务税（SST）征收范围，"
          "部分企业对新规把握不准，存在漏报、错报风险。")
    runin("（二）外籍员工管理趋严。", "马来西亚自2025年10月起要求雇主为外籍员工缴纳雇员公积金（EPF），雇主和雇员缴费比例各为2%，"
          "企业用工成本有所上升。")
    head("三、下一步工作")
    runin("（一）加强政策宣传。", "编印马来西亚投资合作指引要点，组织开展税务、劳工合规专题培训。")
    runin("（二）强化风险监测。", "建立在马重点企业“一企一档”，每季度开展风险排查，重大突发情况及时向自治区商务厅报告。")
    add_par(doc, "特此报告。")
    add_par(doc, " " * 38 + "钦州市商务局", indent=False)
    add_par(doc, " " * 35 + "二〇二六年四月九日", indent=False)
    add_par(doc, "（联系人：韦丽萍，电话：0777-2825316）")
    banji(doc, "抄送：市人民政府办公室。", "钦州市商务局办公室", "2026年4月9日印发", gap=0)
    docs.append({
        "meta": meta(
            title="钦州市商务局关于我市企业赴马来西亚投资合作情况及风险防范工作的报告",
            doc_number="钦商报〔2026〕7号",
            issuer=["钦州市商务局"],
            date="2026-04-09",
            level="municipal",
            region="钦州市",
            doc_type="报告",
            recipients=["自治区商务厅"],
        ),
        "clauses": clauses,
    })

    # ---------------- C2 通知（函式版头，正文用全角空格缩进）
    clauses = []

    def sbody(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def srunin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    page_break(doc)
    add_par(doc, [("钦州市商务局", XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=56)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 24, 1)
    add_par(doc, "钦商函〔2026〕21号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州市商务局关于提醒赴马来西亚投资", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("合作企业做好劳工和税务合规工作的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（区）商务主管部门，中国（广西）自由贸易试验区钦州港片区管理委员会经济发展局，各有关企业：",
            indent=False)
    sbody("近期，马来西亚在税收和外籍员工管理方面出台多项新规，对我市在马投资合作企业经营带来一定影响。"
          "为帮助企业及时防范风险，现将有关事项提醒如下：")
    srunin("一、关于销售与服务税（SST）。", "马来西亚自2025年7月1日起调整销售税税率并扩大服务税征收范围，非必需品销售税税率为5%或10%，"
           "租赁、建筑、金融、私立医疗和教育等服务适用6%或8%的服务税。企业应对照新规重新梳理应税项目，按期申报缴纳。")
    srunin("二、关于外籍员工公积金。", "自2025年10月起，雇主须为持有效工作准证的外籍员工缴纳雇员公积金，雇主和雇员缴费比例各为工资的2%。"
           "企业应及时为外籍员工办理公积金登记，避免因逾期缴纳被处以罚款。")
    srunin("三、关于最低工资。", "马来西亚自2025年2月1日起将最低月工资标准提高至1700林吉特，适用于雇用5名及以上员工的雇主；"
           "雇用5名以下员工的雇主自2025年8月1日起执行。")
    srunin("四、工作要求。", "各县（区）商务主管部门要将本通知转发至辖区内赴马投资合作企业，督促企业对照上述新规开展自查，"
           "发现问题及时整改，重要情况于2026年5月15日前报送市商务局对外投资和经济合作科。")
    add_par(doc, IND + "特此通知。", indent=False)
    empty(doc, 2)
    p = add_par(doc, "钦州市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年4月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    banji(doc, "抄送：自治区商务厅。", "钦州市商务局办公室", "2026年4月20日印发", gap=3)
    docs.append({
        "meta": meta(
            title="钦州市商务局关于提醒赴马来西亚投资合作企业做好劳工和税务合规工作的通知",
            doc_number="钦商函〔2026〕21号",
            issuer=["钦州市商务局"],
            date="2026-04-20",
            level="municipal",
            region="钦州市",
            doc_type="通知",
            recipients=["各县（区）商务主管部门",
                        "中国（广西）自由贸易试验区钦州港片区管理委员会经济发展局",
                        "各有关企业"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
