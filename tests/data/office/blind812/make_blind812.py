# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 812: 跨境电商综试区扶持资金申报指南 (申报条件、材料清单表、流程文字说明、
时间安排、咨询电话表、空白申请表带□勾选框), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, footer_style="dash"):
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
    if footer_style == "dash":
        left, right, fsize = "— ", " —", 14
    else:  # web-style "- 1 -" typed with hyphens
        left, right, fsize = "- ", " -", 10.5
    font(fp.add_run(left), SONG, fsize)
    r = fp.add_run()
    font(r, SONG, fsize)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, fsize)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, fsize)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, fsize)
    r5 = fp.add_run()
    font(r5, SONG, fsize)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, fsize)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def col_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def grid_table(doc, ncols, nrows, widths):
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    return t


def data_table(doc, header, rows, clauses, widths, vmerge=(), size=12, hdr_repeat=True,
               aligns=None):
    """rows hold the full value of each cell (also for vertically merged cells, whose
    value the reader carries down); vmerge = [(col, first_row, last_row)] (data rows,
    0-based) merged vertically in Word and printed once."""
    t = grid_table(doc, len(header), 1 + len(rows), widths)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if hdr_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            a = aligns[ci] if aligns else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=a)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    for col, r0, r1 in vmerge:
        v = rows[r0][col]
        m = t.cell(r0 + 1, col).merge(t.cell(r1 + 1, col))
        a = aligns[col] if aligns else C
        set_cell(m, v, FS, size, align=a)
    return t


def form_table(doc, widths, rows, clauses, size=12, line=16):
    """A blank application form.  rows: list of (kind, cells, height_cm) where cells is a
    list of (text, span).  kind 'kv': label/value pairs -> 'label：value；…';
    'hdr': a column header row inside the form (not a clause, sets the keys);
    'data': a row read against the last 'hdr'."""
    ncols = len(widths)
    t = grid_table(doc, ncols, len(rows), widths)
    hdr = None
    for ri, (kind, cells, h) in enumerate(rows):
        row = t.rows[ri]
        if h:
            row_height(row, h)
        col = 0
        texts = []
        for ci, (text, span) in enumerate(cells):
            cell = t.cell(ri, col)
            if span > 1:
                cell = cell.merge(t.cell(ri, col + span - 1))
            is_label = (kind == "kv" and ci % 2 == 0) or kind == "hdr"
            align = C if (is_label or kind == "data" or len(text) < 12) else L
            set_cell(cell, text, HT if kind == "hdr" else FS, size, align=align, line=line)
            texts.append(text)
            col += span
        if kind == "hdr":
            hdr = texts
        elif kind == "kv":
            pairs = [(texts[i], texts[i + 1] if i + 1 < len(texts) else "")
                     for i in range(0, len(texts), 2)]
            clauses.append("；".join("%s：%s" % (a, b) for a, b in pairs))
        else:
            clauses.append("；".join("%s：%s" % (a, b) for a, b in zip(hdr, texts)))
    return t


def banji(doc, cc, printer, date_txt, gap=1):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.hanging_indent = Pt(42)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_812", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [800]


def make_numbering(doc, lvl_text, fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text))
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


# =================================================================== DOC A
def doc_zhengzhou():
    """Joint 红头 (商务局+财政局 文件), 特急, auto-numbered headings and （一） items,
    material table with vertical merges and repeated header, phone table with merged
    unit cells, 附件 form after 落款, 版记 at the very end (after the attachment)."""
    stem = "blind812_zhengzhou_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头 in a borderless layout table: two organ names | 文件
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [11.0, 4.4])
    for i, name in enumerate(["郑州市商务局", "郑州市财政局"]):
        c = t.cell(i, 0)
        set_cell(c, name, XBS, 32, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED, align=C, line=50)
    empty(doc, 1)
    p = add_par(doc, "郑商务〔2026〕23号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for line_txt in ["郑州市商务局　郑州市财政局",
                     "关于组织申报2026年度中国（郑州）跨境",
                     "电子商务综合试验区发展扶持资金的通知"]:
        add_par(doc, [(line_txt, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（市、区）商务主管部门、财政局，各开发区经济发展局，各有关企业：",
            indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, t_)

    def head(t_):
        p_ = add_par(doc, [(t_, HT, 16, False)], first=Pt(32))
        apply_num(p_, n_head)

    def items(lst):
        nid = make_numbering(doc, "（%1）")
        for i, (h, t_) in enumerate(lst):
            clauses.append("（%s）%s%s" % (CN[i], h, t_))
            p_ = add_par(doc, [(h, KT, 16, False), (t_, FS, 16, False)], first=Pt(32))
            apply_num(p_, nid)

    body("为贯彻落实省委、省政府关于推进跨境电商高质量发展的决策部署，加快推进中国（郑州）跨境电子商务综合试验区（以下简称综试区）建设，根据《郑州市跨境电子商务综合试验区发展扶持资金管理办法》（郑商务〔2024〕41号），现就2026年度综试区发展扶持资金（以下简称扶持资金）申报工作通知如下：")
    head("支持方向")
    items([
        ("跨境电商经营主体培育。", "对2025年度跨境电商进出口额（以海关统计数据为准）达到5000万元以上且同比增长20%以上的企业，按照增量部分的1%给予奖励，单个企业最高不超过200万元。"),
        ("公共海外仓建设。", "对在共建“一带一路”国家和地区自建或租赁面积3000平方米以上、年服务本地企业20家以上的公共海外仓，按照实际投资额的20%给予补助，单个海外仓最高不超过300万元。"),
        ("“跨境电商+产业带”融合发展。", "对围绕发制品、服装、食品等特色产业带开展跨境电商应用推广且效果突出的项目，按照实际发生费用的50%给予补助，单个项目最高不超过50万元。"),
        ("跨境电商物流通道建设。", "对通过中欧班列（郑州）、郑州—卢森堡“空中丝绸之路”运输跨境电商货物的企业，按照实际物流费用的10%给予补助，单个企业最高不超过80万元。"),
    ])
    head("申报条件")
    body("申报单位应同时具备以下条件：")
    body("1．在郑州市行政区域内依法注册登记，具有独立法人资格，财务管理制度健全，依法纳税；")
    body("2．2025年1月1日以来未发生重大安全生产、环境污染、产品质量等事故，未被列入严重失信主体名单；")
    body("3.在海关、外汇、税务等部门无严重违法违规记录，海关信用等级为一般信用及以上；")
    body("4．申报项目实施地或主要经营地在郑州市，且已在“郑州跨境电商综合服务平台”完成备案；")
    body("5．同一项目已获得市级其他财政资金支持的，不得重复申报。")
    body("有下列情形之一的，不予受理：（1）近3年内提供虚假材料或骗取、挪用财政资金的；（2）以往年度获得扶持资金后逾期未提交绩效报告的。")
    head("申报材料")
    body("申报单位按照下表顺序装订材料（A4纸双面打印，加盖单位公章，编制目录和页码），一式两份，同时报送电子版（PDF格式）。")
    add_par(doc, [("申报材料清单", HT, 14, False)], align=C, indent=False)
    data_table(doc, ["序号", "材料名称", "适用方向", "备注"], [
        ["1", "扶持资金申请表（附件）", "全部方向", "须法定代表人签字"],
        ["2", "营业执照复印件", "全部方向", "加盖公章"],
        ["3", "2025年度财务审计报告", "全部方向", "须会计师事务所出具"],
        ["4", "海关出具的跨境电商进出口数据证明", "方向（一）（四）", "按贸易方式分别列明"],
        ["5", "海外仓租赁合同、投资凭证及境外注册文件", "方向（二）", "境外文件须附中文译本"],
        ["6", "项目实施方案、费用支出凭证", "方向（三）", "—"],
        ["7", "班列、航空运单及物流费用发票", "方向（四）", "须与报关数据相对应"],
    ], clauses, [1.4, 6.0, 3.0, 5.0], vmerge=[(2, 0, 2)],
        aligns=[C, L, C, L])
    body("注：1．境外文件须经公证或经我国驻外使领馆认证；2．复印件须注明“与原件一致”并加盖公章。")
    head("申报流程")
    body("申报流程如下（流程图文字说明）：企业网上填报→县（市、区）商务主管部门初审→市商务局委托第三方机构审核→市商务局、市财政局联合审定→网上公示5个工作日→市财政局拨付资金。")
    items([
        ("企业网上填报。", "申报单位登录“郑州市惠企政策直达平台”填报信息、上传材料，并将纸质材料报送注册地县（市、区）商务主管部门。"),
        ("属地初审。", "各县（市、区）商务主管部门会同同级财政部门进行初审，出具初审意见，汇总后报送市商务局。"),
        ("审核审定。", "市商务局委托第三方机构审核，会同市财政局研究确定拟支持项目及金额。"),
        ("公示拨付。", "拟支持项目在市商务局门户网站公示5个工作日，无异议的由市财政局拨付资金。"),
    ])
    head("时间安排")
    data_table(doc, ["阶段", "时间", "工作内容"], [
        ["企业申报", "2026年3月10日—4月15日", "网上填报并报送纸质材料"],
        ["属地初审", "2026年4月16日—4月30日", "县（市、区）初审并汇总上报"],
        ["第三方审核", "2026年5月", "材料审核、现场核查"],
        ["审定公示", "2026年6月", "联合审定，公示5个工作日"],
        ["资金拨付", "2026年7月底前", "拨付扶持资金"],
    ], clauses, [2.8, 6.4, 6.2])
    body("逾期未报送的，视为自动放弃。")
    head("咨询电话")
    data_table(doc, ["单位", "处（科）室", "联系人", "咨询电话"], [
        ["郑州市商务局", "电子商务处", "李明辉", "0371-67181526"],
        ["郑州市商务局", "对外贸易处", "赵倩", "0371-67181573"],
        ["郑州市财政局", "经济建设处", "孙伟", "0371-67181092"],
    ], clauses, [5.2, 3.6, 2.6, 4.0], vmerge=[(0, 0, 1)])
    empty(doc, 1)
    p = add_par(doc, "附件：2026年度中国（郑州）跨境电子商务综合试验区发展扶持资金申请表",
                indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 2)
    # joint 落款 aligned with tab stops, date right-aligned with typed spaces
    p = add_par(doc, [("\t郑州市商务局\t郑州市财政局", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.6), WD_TAB_ALIGNMENT.CENTER)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.2), WD_TAB_ALIGNMENT.CENTER)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 34 + "2026年3月6日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = add_par(doc, [("2026年度中国（郑州）跨境电子商务综合试验区", XBS, 18, False)],
                align=C, indent=False, line=30, before=4, after=6)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("发展扶持资金申请表"), XBS, 18)
    t_ = "申报单位（盖章）：　　　　　　　　填报日期：　　年　　月　　日"
    clauses.append(t_)
    add_par(doc, [(t_, FS, 14, False)], indent=False)
    BOX_T = "□生产型企业　□贸易型企业　□平台企业　□物流（海外仓）企业　□其他"
    BOX_D = "□经营主体培育　□公共海外仓建设　□“跨境电商+产业带”　□物流通道建设"
    PROMISE = "本单位承诺所提交的全部材料真实、准确、完整，如有虚假，愿承担相应法律责任，并退回已获得的扶持资金。　　法定代表人（签字）：　　　　　　（单位盖章）　　　年　　月　　日"
    form_table(doc, [3.8, 4.0, 3.4, 4.2], [
        ("kv", [("单位名称", 1), ("", 3)], 0.9),
        ("kv", [("统一社会信用代码", 1), ("", 1), ("注册地址", 1), ("", 1)], 0.9),
        ("kv", [("法定代表人", 1), ("", 1), ("联系电话", 1), ("", 1)], 0.9),
        ("kv", [("联系人", 1), ("", 1), ("手机", 1), ("", 1)], 0.9),
        ("kv", [("所属县（市、区）", 1), ("", 1), ("海关信用等级", 1), ("□高级认证　□一般信用", 1)], 0.9),
        ("kv", [("企业类型", 1), (BOX_T, 3)], 1.0),
        ("kv", [("申报方向（可多选）", 1), (BOX_D, 3)], 1.0),
        ("kv", [("2025年跨境电商进出口额（万元）", 1), ("", 1), ("同比增长（%）", 1), ("", 1)], 1.0),
        ("kv", [("申请扶持资金（万元）", 1), ("", 3)], 0.9),
        ("kv", [("项目简介", 1), ("（包括项目内容、投资情况、实施成效等，不超过300字）", 3)], 1.4),
        ("kv", [("申报单位承诺", 1), (PROMISE, 3)], 1.6),
        ("kv", [("县（市、区）商务主管部门初审意见", 1), ("（盖章）　　　年　　月　　日", 3)], 1.1),
        ("kv", [("县（市、区）财政部门初审意见", 1), ("（盖章）　　　年　　月　　日", 3)], 1.1),
    ], clauses, size=10.5)
    t_ = "注：申报方向可多选，每个方向须分别附项目简介。"
    clauses.append(t_)
    add_par(doc, [(t_, FS, 12, False)], indent=False, line=22)
    # 版记 on the last page, after the attachment
    banji(doc, "抄送：河南省商务厅，河南省财政厅，郑州海关。", "郑州市商务局办公室",
          "2026年3月6日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "郑州市商务局　郑州市财政局关于组织申报2026年度中国（郑州）跨境电子商务综合试验区发展扶持资金的通知",
            "doc_number": "郑商务〔2026〕23号",
            "issuer": ["郑州市商务局", "郑州市财政局"],
            "date": "2026-03-06",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度中国（郑州）跨境电子商务综合试验区发展扶持资金申请表"],
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务主管部门、财政局", "各开发区经济发展局", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_nanning():
    """印发通知 + 申报指南 (附件1) + 申请表 (附件2): single-line 红头 文件, title in one
    paragraph with soft line breaks, full-width-space indents, two items typed in one
    paragraph with Shift+Enter, material table split by a manual page break with 续表 and
    the header typed again, two schedule items on one line separated by a tab, 版记
    placed before the attachments, form with an inner header row and □ rows."""
    stem = "blind812_nanning_zhinan"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    empty(doc, 1)
    p = add_par(doc, [("南宁市商务局文件", XBS, 40, False, RED)], align=C, indent=False,
                line=60)
    empty(doc, 1)
    p = add_par(doc, "南商务发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("南宁市商务局关于印发《2026年中国"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（南宁）跨境电子商务综合试验区建设专项"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("资金申报指南》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县（市、区）商务主管部门，南宁高新区、南宁经开区、广西—东盟经开区管委会，中国（广西）自由贸易试验区南宁片区管委会，各有关企业：", indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)

    def head(t_):
        add_par(doc, [(IND + t_, HT, 16, False)], indent=False)

    def runin(h, t_, hfont=KT):
        clauses.append(h + t_)
        add_par(doc, [(IND, FS, 16, False), (h, hfont, 16, False), (t_, FS, 16, False)],
                indent=False)

    body("为深入贯彻落实《中国（南宁）跨境电子商务综合试验区实施方案》，发挥南宁面向东盟开放合作的区位优势，推动跨境电商与中国—东盟自由贸易区3.0版建设深度融合，经市人民政府同意，我局会同市财政局研究制定了《2026年中国（南宁）跨境电子商务综合试验区建设专项资金申报指南》，现印发给你们，并就有关事项通知如下：")
    body("一、请各县（市、区）商务主管部门和各开发区管委会认真做好政策宣传和申报组织工作，于2026年5月15日前将初审意见和申报材料报送市商务局电子商务科。")
    body("二、本年度专项资金总额为3000万元，按照“竞争择优、总量控制”的原则安排，申报金额合计超过资金总额的，按比例核减。")
    body("三、本指南自印发之日起施行，有效期至2026年12月31日。《2025年中国（南宁）跨境电子商务综合试验区建设专项资金申报指南》（南商务发〔2025〕6号）同时废止。")
    empty(doc, 1)
    add_par(doc, IND + "附件：1．2026年中国（南宁）跨境电子商务综合试验区建设专项资金申报指南", indent=False)
    add_par(doc, IND + "\u3000\u3000\u30002．2026年中国（南宁）跨境电子商务综合试验区建设专项资金申请表", indent=False)
    empty(doc, 2)
    for txt in ["南宁市商务局", "2026年3月20日"]:
        p = add_par(doc, txt, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(64)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    # 版记 typed right after the 落款 (before the attachments)
    banji(doc, "抄送：自治区商务厅，市人民政府办公室，市财政局。", "南宁市商务局办公室",
          "2026年3月20日印发")

    # ---------------- 附件1: the guide
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("2026年中国（南宁）跨境电子商务", XBS, 22, False)],
                align=C, indent=False, line=34)
    add_par(doc, [("综合试验区建设专项资金申报指南", XBS, 22, False)], align=C, indent=False,
            line=34)
    empty(doc, 1)
    body("为规范中国（南宁）跨境电子商务综合试验区建设专项资金（以下简称专项资金）申报和管理，提高资金使用效益，制定本指南。")
    runin("一、支持对象。", "在南宁市注册登记、从事跨境电商及相关配套服务的企业和园区运营机构，重点支持面向东盟开展跨境电商业务的经营主体。", HT)
    head("二、支持内容和标准")
    runin("（一）跨境电商B2B出口。", "对2025年度通过9710、9810模式出口额达到1000万元以上的企业，按出口额每100万元奖励1万元，单个企业最高不超过100万元。")
    runin("（二）东盟海外仓。", "对在东盟国家新建或扩建、面积2000平方米以上并经商务部门备案的海外仓，按仓储设施投资额的15%给予补助，单个企业最高不超过200万元。")
    runin("（三）跨境电商直播基地。", "对年服务跨境电商直播企业50家以上、面向东盟国家开展多语种直播的基地运营机构，给予一次性补助50万元。")
    runin("（四）跨境物流通道。", "对通过中越跨境班列、西部陆海新通道海铁联运班列运输跨境电商货物的企业，按每标准箱500元给予补助，单个企业最高不超过60万元。")
    head("三、申报条件")
    body("申报主体须同时符合下列条件：")
    # items 1 and 2 typed in one paragraph with Shift+Enter
    t1 = "1．在南宁市行政区域内注册，具有独立法人资格，财务制度健全；"
    t2 = "2．近三年无严重违法失信记录，未被列入经营异常名录；"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    body("3．申报项目于2025年1月1日至2025年12月31日期间实施或产生业绩；")
    body("4．同一项目不得同时申报自治区级和市级同类资金。")
    head("四、申报材料清单")
    body("申报主体按下表提供材料，纸质材料一式三份，按序号装订成册。")
    add_par(doc, [("表1　申报材料清单", HT, 14, False)], align=C, indent=False)
    hdr = ["序号", "材料名称", "提供形式", "是否必备"]
    W = [1.3, 7.0, 3.8, 3.3]
    data_table(doc, hdr, [
        ["1", "专项资金申请表（附件2）", "原件", "必备"],
        ["2", "营业执照副本", "复印件加盖公章", "必备"],
        ["3", "法定代表人身份证", "复印件", "必备"],
        ["4", "2025年度审计报告或财务报表", "复印件加盖公章", "必备"],
        ["5", "海关报关单及出口数据汇总表", "原件", "申报第（一）项时必备"],
    ], clauses, W, hdr_repeat=False, aligns=[C, L, C, C])
    page_break(doc)
    add_par(doc, [("续表1", KT, 14, False)], indent=False)
    data_table(doc, hdr, [
        ["6", "海外仓备案证明、投资凭证、租赁合同", "复印件加盖公章", "申报第（二）项时必备"],
        ["7", "直播基地运营情况说明及服务企业名单", "原件", "申报第（三）项时必备"],
        ["8", "班列运单、物流费用发票及支付凭证", "复印件加盖公章", "申报第（四）项时必备"],
        ["9", "信用承诺书", "原件", "必备"],
    ], clauses, W, hdr_repeat=False, aligns=[C, L, C, C])
    body("注：复印件须加盖单位公章，外文材料须附中文翻译件。")
    head("五、申报流程")
    body("申报按以下流程进行（流程图文字说明）：")
    t_ = "企业申报 → 县（市、区）或开发区初审 → 市商务局受理 → 第三方机构评审 → 市商务局、市财政局审定 → 公示 → 拨付资金"
    clauses.append(t_)
    add_par(doc, [(t_, KT, 15, False)], align=C, indent=False)
    runin("第一步　企业申报。", "申报主体登录“南宁市商务局政务服务平台”填报，并将纸质材料报送注册地商务主管部门或开发区管委会。", HT)
    runin("第二步　初审推荐。", "各县（市、区）、开发区出具初审意见，汇总后报送市商务局。", HT)
    runin("第三步　评审审定。", "市商务局委托第三方机构评审，会同市财政局确定资金分配方案。", HT)
    runin("第四步　公示拨付。", "分配方案在市商务局网站公示7天，无异议后由市财政局下达资金。", HT)
    head("六、时间安排")
    for t_ in ["（一）企业申报：2026年3月23日至4月30日。",
               "（二）初审推荐：2026年5月15日前。",
               "（三）评审审定：2026年6月30日前。",
               "（四）公示拨付：2026年8月31日前。"]:
        body(t_)
    head("七、咨询电话")
    data_table(doc, ["咨询事项", "单位", "联系人", "电话"], [
        ["政策咨询", "南宁市商务局电子商务科", "黄海燕", "0771-5530218"],
        ["资金拨付", "南宁市财政局经济建设科", "韦振宇", "0771-5862314"],
        ["系统操作", "南宁市商务局信息中心", "陆工", "0771-5530299"],
    ], clauses, [2.4, 6.6, 2.2, 4.2])
    body("监督举报电话：0771-5530101。")

    # ---------------- 附件2: the form
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p = add_par(doc, [("2026年中国（南宁）跨境电子商务综合试验区", XBS, 18, False)],
                align=C, indent=False, line=30, before=10)
    add_par(doc, [("建设专项资金申请表", XBS, 18, False)], align=C, indent=False, line=30,
            after=10)
    t_ = "填报单位（盖章）：" + "\u3000" * 15 + "金额单位：万元"
    clauses.append(t_)
    add_par(doc, [(t_, FS, 14, False)], indent=False)
    form_table(doc, [4.6, 3.8, 3.2, 3.8], [
        ("kv", [("企业名称", 1), ("", 1), ("统一社会信用代码", 1), ("", 1)], 0.9),
        ("kv", [("注册地址", 1), ("", 3)], 0.9),
        ("kv", [("联系人", 1), ("", 1), ("联系电话", 1), ("", 1)], 0.9),
        ("kv", [("所在县（市、区）或开发区", 1), ("", 1), ("开户银行及账号", 1), ("", 1)], 0.9),
        ("kv", [("是否开展东盟业务", 1), ("□是　□否", 1), ("主要目标市场", 1),
                ("□越南　□泰国　□马来西亚　□印度尼西亚　□其他", 1)], 1.4),
        ("hdr", [("申报项目", 1), ("申报依据（数量/金额）", 1), ("申请金额", 1), ("备注", 1)], 0.9),
        ("data", [("□（一）跨境电商B2B出口", 1), ("", 1), ("", 1), ("", 1)], 0.9),
        ("data", [("□（二）东盟海外仓", 1), ("", 1), ("", 1), ("", 1)], 0.9),
        ("data", [("□（三）跨境电商直播基地", 1), ("", 1), ("", 1), ("", 1)], 0.9),
        ("data", [("□（四）跨境物流通道", 1), ("", 1), ("", 1), ("", 1)], 0.9),
        ("data", [("合计", 1), ("—", 1), ("", 1), ("", 1)], 0.9),
        ("kv", [("企业承诺", 1), ("本企业承诺申报材料真实有效，如有不实，自愿退回专项资金并承担相应责任。　　法定代表人签字：　　　　　（公章）　　年　月　日", 3)], 1.6),
        ("kv", [("县（市、区）或开发区初审意见", 1), ("经办人：　　　　负责人：　　　　（盖章）　　年　月　日", 3)], 1.6),
    ], clauses, size=10.5)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁市商务局关于印发《2026年中国（南宁）跨境电子商务综合试验区建设专项资金申报指南》的通知",
            "doc_number": "南商务发〔2026〕9号",
            "issuer": ["南宁市商务局"],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": "2026-03-20",
            "expires": "2026-12-31",
            "attachments": ["2026年中国（南宁）跨境电子商务综合试验区建设专项资金申报指南",
                            "2026年中国（南宁）跨境电子商务综合试验区建设专项资金申请表"],
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务主管部门",
                           "南宁高新区、南宁经开区、广西—东盟经开区管委会",
                           "中国（广西）自由贸易试验区南宁片区管委会",
                           "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": "《2025年中国（南宁）跨境电子商务综合试验区建设专项资金申报指南》（南商务发〔2025〕6号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qingbaijiang():
    """District 公告 as posted on the website: no 红头, 文号 under the title in 楷体,
    half-width spaces as indent, half-width punctuation mixed in, table with a two-level
    merged header and the unit in the caption, 落款 with a right tab stop and the date in
    Chinese numerals, form with □ after the 落款, footer '- 1 -'."""
    stem = "blind812_qingbaijiang_gonggao"
    doc = Document()
    setup(doc, footer_style="web")
    clauses = []
    SP = "    "  # four half-width spaces typed as indent

    p = add_par(doc, [("成都市青白江区商务局关于开展2026年度", XBS, 22, False)],
                align=C, indent=False, line=34)
    add_par(doc, [("跨境电商综试区扶持资金申报工作的公告", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("青白江商务发〔2026〕14号", KT, 16, False)], align=C, indent=False)
    empty(doc, 1)

    def body(t_):
        clauses.append(t_)
        add_par(doc, SP + t_, indent=False)

    def head(t_):
        add_par(doc, [(SP + t_, HT, 16, False)], indent=False)

    body("为加快中国（成都）跨境电子商务综合试验区青白江园区建设，依托成都国际铁路港和中欧班列（成渝）通道优势，根据《成都市青白江区促进跨境电子商务发展若干政策措施》（青白江府办发〔2025〕11号），现将2026年度跨境电商扶持资金申报有关事项公告如下。")
    head("一、申报对象")
    body("在青白江区（含中国（四川）自由贸易试验区成都青白江铁路港片区）注册登记、具有独立法人资格，从事跨境电商进出口、跨境电商平台运营、跨境物流、海外仓等业务的企业。")
    head("二、申报条件")
    body("1.申报企业工商注册、税收征管关系和统计关系均在青白江区；")
    body("2.2025年度跨境电商进出口额不低于500万元(以海关统计数据为准)；")
    body("3.企业经营状况良好,近两年无重大违法违规行为,未被列入严重失信主体名单;")
    body("4.按要求报送跨境电商统计数据，配合开展运行监测。")
    head("三、支持内容和标准")
    body("支持项目及标准见下表。同一企业同一项目只能享受一次，且年度扶持总额不超过300万元。")
    add_par(doc, [("表1  支持项目及标准（单位：万元）", HT, 14, False)], align=C, indent=False)
    rows = [
        ["1", "中欧班列跨境电商出口", "通过中欧班列（成渝）从青白江站发运跨境电商货物", "按每标准箱800元给予运费补贴", "100"],
        ["2", "跨境电商进出口增量", "年度进出口额同比增长15%以上", "按增量部分每1000万元奖励5万元", "80"],
        ["3", "公共海外仓", "在共建“一带一路”国家设立面积1000平方米以上的公共海外仓", "按实际租金或建设投入的30%给予补助", "150"],
        ["4", "跨境电商人才培训", "与驻区高校、职业院校合作开展跨境电商实训", "按每人次300元给予补助", "20"],
    ]
    t = grid_table(doc, 5, 2 + len(rows), [1.3, 3.0, 4.8, 4.2, 2.1])
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    m = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(m, "序号", HT, 12)
    m = t.cell(0, 1).merge(t.cell(1, 1)); set_cell(m, "支持项目", HT, 12)
    m = t.cell(0, 2).merge(t.cell(0, 3)); set_cell(m, "支持标准", HT, 12)
    m = t.cell(0, 4).merge(t.cell(1, 4)); set_cell(m, "单户上限", HT, 12)
    set_cell(t.cell(1, 2), "考核条件", HT, 12)
    set_cell(t.cell(1, 3), "奖补方式", HT, 12)
    keys = ["序号", "支持项目", "支持标准／考核条件", "支持标准／奖补方式", "单户上限"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci in (2, 3) else C)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    body("注：“单户上限”指单个企业同一项目年度扶持资金上限。")
    head("四、申报材料")
    for t_ in ["(1)扶持资金申请表（见附件）；",
               "(2)营业执照复印件；",
               "(3)海关出具的2025年度跨境电商进出口数据证明；",
               "(4)班列运单、海外仓租赁合同、培训协议等证明材料；",
               "(5)企业信用承诺书。"]:
        body(t_)
    body("以上材料均须加盖企业公章，一式两份。")
    head("五、申报流程")
    body("申报流程（流程图文字说明）：企业准备材料→区商务局受理→形式审查→区商务局会同区财政局联合审核→报区政府审定→公示→兑付。")
    body("1.受理。企业将材料报送至区政务服务中心3楼综合窗口，材料不全的一次性告知补正。")
    body("2.审核。区商务局会同区财政局联合审核，必要时开展实地核查。")
    body("3.审定公示。报区政府审定后，在区政府门户网站公示5个工作日。")
    body("4.兑付。公示无异议的，由区财政局将资金拨付至企业对公账户。")
    head("六、时间安排")
    body("申报受理时间为2026年3月16日至4月17日（工作日9:00—12:00，13:30—17:30），逾期不予受理。")
    head("七、咨询电话")
    data_table(doc, ["咨询内容", "受理科室", "联系电话"], [
        ["政策咨询、材料受理", "区商务局电子商务科", "028-83962157"],
        ["资金兑付", "区财政局经济建设科", "028-83961370"],
        ["班列运输数据核验", "区口岸物流办公室", "028-83966025"],
    ], clauses, [5.0, 5.6, 4.8])
    p = add_par(doc, SP + "附件：\t成都市青白江区2026年度跨境电商扶持资金申请表", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6), WD_TAB_ALIGNMENT.LEFT)
    empty(doc, 1)
    for txt in ["成都市青白江区商务局", "二〇二六年三月十二日"]:
        p = add_par(doc, "\t" + txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), WD_TAB_ALIGNMENT.RIGHT)

    # ---------------- 附件: form
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = add_par(doc, [("成都市青白江区2026年度跨境电商扶持资金申请表", XBS, 18, False)],
                align=C, indent=False, line=34, before=12, after=12)
    form_table(doc, [3.8, 4.0, 3.4, 4.2], [
        ("kv", [("企业名称（盖章）", 1), ("", 3)], 1.0),
        ("kv", [("统一社会信用代码", 1), ("", 1), ("成立时间", 1), ("", 1)], 1.0),
        ("kv", [("法定代表人", 1), ("", 1), ("联系人及电话", 1), ("", 1)], 1.0),
        ("kv", [("企业类别", 1), ("□跨境电商企业　□平台企业　□物流企业　□海外仓企业", 3)], 1.0),
        ("kv", [("申报项目", 1), ("□中欧班列跨境电商出口　□跨境电商进出口增量　□公共海外仓　□跨境电商人才培训", 3)], 1.4),
        ("kv", [("2025年跨境电商进出口额（万元）", 1), ("", 1), ("申请金额（万元）", 1), ("", 1)], 1.2),
        ("kv", [("开户银行", 1), ("", 1), ("银行账号", 1), ("", 1)], 1.0),
        ("kv", [("企业承诺", 1), ("本企业对所提供材料的真实性负责，如有弄虚作假，自愿退回扶持资金并承担相应责任。", 3)], 2.0),
        ("kv", [("区商务局审核意见", 1), ("（盖章）　　年　月　日", 3)], 2.0),
        ("kv", [("区财政局审核意见", 1), ("（盖章）　　年　月　日", 3)], 2.0),
    ], clauses, size=12)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市青白江区商务局关于开展2026年度跨境电商综试区扶持资金申报工作的公告",
            "doc_number": "青白江商务发〔2026〕14号",
            "issuer": ["成都市青白江区商务局"],
            "date": "2026-03-12",
            "published": None,
            "level": "county",
            "region": "成都市青白江区",
            "effective": None,
            "expires": None,
            "attachments": ["成都市青白江区2026年度跨境电商扶持资金申请表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhengzhou(), doc_nanning(), doc_qingbaijiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
