# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 365 blind test documents: county-level 实施方案 with landscape 责任分工 table."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = "Times New Roman" if name in (FS, KT, SONG) else name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=True, color=None, line=28, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(space_after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def border(p, side="bottom", sz=12, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p, size=14):
    def fld(instr_type, text=None):
        r = p.add_run()
        set_font(r, SONG, size)
        if instr_type == "begin" or instr_type == "end" or instr_type == "separate":
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), instr_type)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    add_run(p, "— ", SONG, size)
    fld("begin")
    fld("instr", " PAGE ")
    fld("separate")
    r = add_run(p, "1", SONG, size)
    fld("end")
    add_run(p, " —", SONG, size)


def setup_footer(section):
    section.footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(p, "    ", SONG, 14)
    add_page_field(p)
    section.even_page_footer.is_linked_to_previous = False
    pe = section.even_page_footer.paragraphs[0]
    pe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_run(pe, "    ", SONG, 14)
    add_page_field(pe)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.4)
    section.left_margin = Cm(2.5)
    section.right_margin = Cm(2.5)


def new_doc():
    doc = Document()
    a4_portrait(doc.sections[0])
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    setup_footer(doc.sections[0])
    # python-docx starts with an empty paragraph? (no, but keep the body clean)
    return doc


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_cell_paras(cell, paras, size=12, font=FS, align=WD_ALIGN_PARAGRAPH.LEFT,
                   bold=False):
    """Fill a cell with one or more paragraphs (no first-line indent)."""
    first = cell.paragraphs[0]
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(size + 6)
        p.alignment = align
        if t:
            add_run(p, t, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def merge_runs(table, col, groups, values, size=12):
    """groups: list of (start_row, end_row) in data-row indices (1-based table rows)."""
    for (a, b), v in zip(groups, values):
        top = table.cell(a, col)
        if b > a:
            top = top.merge(table.cell(b, col))
        # clear and write
        for p in list(top.paragraphs)[1:]:
            p._p.getparent().remove(p._p)
        for r in list(top.paragraphs[0].runs):
            r._element.getparent().remove(r._element)
        set_cell_paras(top, [v], size=size, align=WD_ALIGN_PARAGRAPH.CENTER)


def build_duty_table(doc, header, rows, widths, merge_spec, size=12):
    """rows: list of dicts col->value (value str or list of paragraphs).
    merge_spec: {col_index: [(first_row_idx0, last_row_idx0, value), ...]}"""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, widths)
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        set_cell_paras(hdr.cells[i], [h], size=12, font=HT,
                       align=WD_ALIGN_PARAGRAPH.CENTER)
    merged_cols = set(merge_spec)
    for ri, row in enumerate(rows):
        for ci, h in enumerate(header):
            if ci in merged_cols:
                continue
            v = row[h]
            vals = v if isinstance(v, list) else [v]
            al = WD_ALIGN_PARAGRAPH.LEFT if h in ("具体举措", "具体内容") else WD_ALIGN_PARAGRAPH.CENTER
            set_cell_paras(t.cell(ri + 1, ci), vals, size=size, align=al)
    for ci, specs in merge_spec.items():
        merge_runs(t, ci, [(a + 1, b + 1) for a, b, _ in specs], [v for _, _, v in specs], size=size)
    return t


def row_clause(header, row):
    parts = []
    for h in header:
        v = row[h]
        v = "".join(v) if isinstance(v, list) else v
        if v == "":
            continue
        parts.append(h + "：" + v)
    return "；".join(parts)


def expand_rows(header, rows, merge_spec):
    """Put merged values onto each row they span (for the answer key)."""
    col_names = header
    out = [dict(r) for r in rows]
    for ci, specs in merge_spec.items():
        for a, b, v in specs:
            for k in range(a, b + 1):
                out[k][col_names[ci]] = v
    return out


# numbering (Word auto numbering "1." with no tab, for huoerguosi)
def add_decimal_numbering(doc, n_lists):
    numbering = doc.part.numbering_part.element
    abs_id = "90"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    ids = []
    for k in range(n_lists):
        nid = str(900 + k)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), nid)
        ani = OxmlElement("w:abstractNumId")
        ani.set(qn("w:val"), abs_id)
        num.append(ani)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        ids.append(nid)
    return ids


def numbered_para(doc, text, num_id):
    p = para(doc, text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    return p


def red_head(doc, organ, docno, spacing_pts=0, with_wenjian=True):
    for _ in range(2):
        para(doc, "", indent=False)
    p = para(doc, organ, XBS, 34 if with_wenjian else 36, color="FF0000",
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=None)
    if spacing_pts:
        for r in p.runs:
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing_pts))
            r._element.get_or_add_rPr().append(sp)
    para(doc, "", indent=False)
    p = para(doc, docno, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    para(doc, "", indent=False)


def title(doc, lines):
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    for i, ln in enumerate(lines):
        r = add_run(p, ln, XBS, 22)
        if i < len(lines) - 1:
            r.add_break()  # soft line break
    return p


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    border(p, "top", sz=8)
    add_run(p, " 抄送：", FS, 14)
    add_run(p, chaosong, FS, 14)
    border(p, "bottom", sz=4)
    p2 = para(doc, "", indent=False, size=14)
    add_run(p2, " " + yinfa_organ + "                   " + yinfa_date + "印发", FS, 14)
    border(p2, "bottom", sz=8)


def convert(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


EXPECTED = {}

# ====================================================================== Yiwu
def make_yiwu():
    stem = "blind365_yiwu_tongzhi"
    doc = new_doc()
    red_head(doc, "义乌市人民政府办公室文件", "义政办发〔2025〕19号")
    t_lines = ["义乌市人民政府办公室关于印发", "义乌市推进跨境电商高质量发展实施方案", "（2025—2027年）的通知"]
    title(doc, t_lines)
    para(doc, "", indent=False)
    recips = "各镇人民政府、各街道办事处，市政府各部门、各直属单位："
    para(doc, recips, indent=False)

    notice_clauses = []
    n_paras = [
        ("", "《义乌市推进跨境电商高质量发展实施方案（2025—2027年）》已经市政府第47次常务会议审议通过，现印发给你们，请结合实际认真贯彻落实。"),
        ("一、提高思想认识。", "跨境电商是义乌国际贸易综合改革试验区和中国（浙江）自由贸易试验区金义片区建设的重要抓手。各镇街、各部门要把推进跨境电商高质量发展作为稳外贸、促转型的重要任务，主要负责同志亲自抓、分管负责同志具体抓，确保各项任务落地见效。"),
        ("二、压实工作责任。", "各牵头单位要按照责任分工表明确的任务和时限，细化工作举措，建立工作台账，于每季度末月25日前将工作进展报送市商务局；配合单位要主动对接、密切协作，形成工作合力。"),
        ("三、强化督查考核。", "市政府督查室会同市商务局对重点任务落实情况开展定期督查，督查结果纳入年度综合考核。对工作推进不力、任务进度滞后的单位，予以通报。"),
        ("", "执行中遇到的问题，请及时向市商务局反映（联系人：陈晓峰，联系电话：0579-85231146）。"),
    ]
    for i, (head, body) in enumerate(n_paras):
        # office quirk: first paras indented with typed full-width spaces, not paragraph indent
        if i in (0, 4):
            p = para(doc, "", indent=False)
            add_run(p, "\u3000\u3000" + body)
        else:
            p = para(doc, "")
            add_run(p, head, HT, 16)  # run-in heading typed in 黑体
            add_run(p, body)
        notice_clauses.append(head + body)

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "                              义乌市人民政府办公室", indent=False)
    para(doc, "                                2025年4月18日", indent=False)
    para(doc, "", indent=False)
    para(doc, "（此件公开发布）", indent=True)

    # ---------------- the plan
    page_break(doc)
    plan_title = "义乌市推进跨境电商高质量发展实施方案（2025—2027年）"
    title(doc, ["义乌市推进跨境电商高质量发展实施方案", "（2025—2027年）"])
    para(doc, "", indent=False)
    plan = []

    def body(text, head="", hfont=KT, hbold=True):
        p = para(doc, "")
        if head:
            add_run(p, head, hfont, 16, hbold)
        add_run(p, text)
        plan.append(head + text)

    def h1(text):
        para(doc, text, HT, 16)

    body("为深入贯彻落实国家、省、金华市关于加快发展外贸新业态新模式的决策部署，充分发挥义乌国际贸易综合改革试验区、中国（义乌）跨境电子商务综合试验区和中国（浙江）自由贸易试验区金义片区叠加优势，推动全市跨境电商高质量发展，结合我市实际，制定本方案。")
    h1("一、总体要求")
    body("立足“世界小商品之都”产业基础，以数字化改革为牵引，以主体培育、平台提升、物流畅通、监管创新为重点，推动市场采购、跨境电商、海外仓等外贸新业态融合发展，加快打造全国跨境电商发展示范城市。", "（一）总体思路。")
    para(doc, "（二）发展目标", KT, 16)  # heading on its own line
    body("到2027年，全市跨境电商生态体系更加完善，综合竞争力稳居全国县级城市前列。具体目标如下：")
    for t in [
        "1.跨境电商进出口额年均增长15%以上，2027年突破1500亿元；",
        "2.培育年交易额超亿元的跨境电商企业100家以上，新增跨境电商经营主体1万家；",
        "3.建设省级公共海外仓15个以上，海外仓总面积达到300万平方米；",
        "4.建成跨境电商产业园区（楼宇）20个，引育跨境电商专业人才3万人次。",
    ]:
        body(t)
    h1("二、重点任务")
    body("实施“万企出海”行动，引导传统外贸企业、市场经营户和生产型企业开展跨境电商业务，对首次开展跨境电商出口且年出口额超过100万美元的企业给予奖励。", "（一）壮大跨境电商经营主体。")
    body("支持数字贸易平台拓展跨境功能，完善跨境电商产业园区认定评价体系，建设一批跨境电商直播基地，推动园区集聚发展。", "（二）提升平台和园区能级。")
    body("发挥“义新欧”中欧班列和义乌机场口岸作用，支持企业在“一带一路”共建国家布局海外仓，构建“海陆空铁”多式联运跨境物流网络。", "（三）完善跨境物流和海外仓网络。")
    body("依托义乌综合保税区和跨境电商综合试验区，深化跨境电商出口监管和税收管理改革，探索退货中心仓等新模式。", "（四）创新监管服务模式。")
    body("支持企业培育自主品牌、开展境外商标注册和国际认证，完善跨境电商人才培养体系。", "（五）加强品牌和人才培育。")
    h1("三、责任分工")
    body("各项重点任务的牵头单位、配合单位和完成时限详见下表。各牵头单位为任务落实第一责任单位，配合单位按职责分工做好协同。")

    # ---------------- landscape section with table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    para(doc, "义乌市推进跨境电商高质量发展重点任务责任分工表", HT, 16,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False, size=10, line=None)
    header = ["序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限", "备注"]
    R = lambda no, meas, co, tl, note="": {"序号": str(no), "重点任务": None, "具体举措": meas,
                                            "牵头单位": None, "配合单位": co, "完成时限": tl, "备注": note}
    rows = [
        R(1, ["1.实施“万企出海”行动，每年组织跨境电商培训300场以上。", "2.建立跨境电商重点企业培育库，实行“一企一策”跟踪服务。"], "市市场监管局、各镇街", "2025年起每年持续推进"),
        R(2, ["1.引导市场经营户开展“店播+跨境”业务。", "2.推动国际商贸城经营户线上线下融合经营，2025年底前覆盖经营户1.5万户。"], "市场发展委、商城集团", "2025年12月底前"),
        R(3, ["支持生产型企业通过跨境电商拓展自有品牌出口，培育跨境电商出口品牌50个。"], "市商务局、市市场监管局", "2027年12月底前"),
        R(4, ["1.推动“义乌小商品城”数字贸易平台（Chinagoods）拓展跨境功能。", "2.支持平台企业在境外设立分站和服务中心。"], "市商务局、市大数据发展中心", "2026年6月底前"),
        R(5, ["1.完善跨境电商产业园区认定和评价办法。", "2.对新认定的市级跨境电商产业园给予一次性奖励。"], "市财政局、各镇街", "2025年9月底前"),
        R(6, ["建设跨境电商直播基地10个，培育直播电商服务机构50家。"], "市委网信办、市人力社保局", "2026年12月底前"),
        R(7, ["1.加密“义新欧”中欧班列跨境电商专列开行频次。", "2.推动开通至中亚、中东欧的跨境电商专线。"], "市交通运输局、义乌海关、铁路义乌西站", "2025年起每年持续推进", "年度开行量纳入考核"),
        R(8, ["1.支持企业在“一带一路”共建国家布局海外仓。", "2.每年认定市级公共海外仓5个以上。", "3.推动海外仓与国内仓储信息系统对接。"], "市财政局、市发展改革局", "2027年12月底前"),
        R(9, ["建立海外仓服务联盟，推动海外仓资源共享共用。"], "市商务局相关行业协会", "2025年12月底前"),
        R(10, ["拓展义乌机场国际货运航线，新开通全货机航线3条以上。"], "义乌机场公司、义乌海关", "2027年12月底前"),
        R(11, ["1.深化跨境电商“9710”“9810”出口监管改革。", "2.推广跨境电商零售进口“网购保税+线下自提”模式。"], "市商务局、义乌综合保税区管理中心", "2025年12月底前"),
        R(12, ["依托义乌综合保税区，开展跨境电商退货中心仓试点。"], "义乌综合保税区管理中心", "2026年6月底前"),
        R(13, ["1.完善跨境电商出口退（免）税管理。", "2.落实跨境电商综试区零售出口“无票免税”政策。"], "市商务局", "2025年12月底前"),
        R(14, ["1.支持企业注册境外商标、申请国际认证。", "2.开展跨境电商知识产权海外维权援助。"], "市商务局、市司法局", "2027年12月底前"),
        R(15, ["1.支持义乌工商职业技术学院等院校开设跨境电商专业。", "2.每年开展跨境电商人才培训1万人次。"], "市教育局、市商务局", "2025年起每年持续推进"),
    ]
    merge_spec = {
        1: [(0, 2, "壮大跨境电商经营主体"), (3, 5, "提升平台和园区能级"),
            (6, 9, "完善跨境物流和海外仓网络"), (10, 12, "创新监管服务模式"),
            (13, 14, "加强品牌和人才培育")],
        3: [(0, 1, "市商务局"), (2, 2, "市经济和信息化局"), (3, 3, "商城集团"),
            (4, 5, "市商务局"), (6, 6, "市口岸办"), (7, 8, "市商务局"), (9, 9, "市口岸办"),
            (10, 11, "义乌海关"), (12, 12, "市税务局"), (13, 13, "市市场监管局"),
            (14, 14, "市人力社保局")],
    }
    build_duty_table(doc, header, rows, [1.2, 3.2, 9.2, 2.8, 4.2, 2.8, 1.8], merge_spec, size=14)
    for r in expand_rows(header, rows, merge_spec):
        plan.append(row_clause(header, r))

    # ---------------- back to portrait
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec2)
    h1("四、保障措施")
    body("成立由市政府分管副市长任组长的跨境电商发展工作专班，办公室设在市商务局，统筹协调推进全市跨境电商发展工作。", "（一）加强组织领导。")
    body("统筹省、金华市和我市商务发展专项资金，对跨境电商主体培育、公共海外仓建设、人才引育等给予支持，具体按照相关政策执行。", "（二）加大政策支持。")
    body("建立跨境电商统计监测制度，依托义乌跨境电商综合服务平台归集企业数据，每季度发布发展报告。", "（三）强化统计监测。")
    body("办好中国义乌国际小商品（标准）博览会跨境电商专区等展会活动，总结推广典型经验做法，营造全社会支持跨境电商发展的良好氛围。", "（四）营造良好氛围。")
    repeal = "《义乌市人民政府办公室关于印发义乌市跨境电子商务发展三年行动计划（2022—2024年）的通知》（义政办发〔2022〕38号）"
    body("本方案自印发之日起施行，有效期至2027年12月31日。" + repeal + "同时废止。")
    banji(doc, "市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院，义乌军分区。",
          "义乌市人民政府办公室", "2025年4月18日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    EXPECTED[stem] = [
        {"meta": {
            "title": "".join(t_lines),
            "doc_number": "义政办发〔2025〕19号",
            "issuer": ["义乌市人民政府办公室"],
            "date": "2025-04-18",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "各街道办事处", "市政府各部门", "各直属单位"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": notice_clauses},
        {"meta": {
            "title": plan_title,
            "doc_number": None,
            "issuer": ["义乌市人民政府办公室"],
            "date": "2025-04-18",
            "published": None,
            "level": "county",
            "region": "义乌市",
            "effective": "2025-04-18",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "方案",
            "recipients": [],
            "publicity": None,
            "repeals": repeal},
         "clauses": plan},
    ]


# ============================================================== Huoerguosi
def make_huoerguosi():
    stem = "blind365_huoerguosi_tongzhi"
    doc = new_doc()
    num_ids = add_decimal_numbering(doc, 3)
    red_head(doc, "霍尔果斯市人民政府办公室", "霍市政办发〔2025〕41号", spacing_pts=0, with_wenjian=False)
    t_lines = ["霍尔果斯市人民政府办公室关于印发", "霍尔果斯市推动中欧班列集结中心与", "综合保税区联动发展实施方案的通知"]
    title(doc, t_lines)
    para(doc, "", indent=False)
    p = para(doc, "各乡镇人民政府，各街道办事处，市直各有关部门，", indent=False)
    r = p.runs[0]
    r.add_break()  # soft line break inside 主送
    add_run(p, "霍尔果斯综合保税区管理办公室：")

    plan_title = "霍尔果斯市推动中欧班列集结中心与综合保税区联动发展实施方案"
    notice = [
        "现将《霍尔果斯市推动中欧班列集结中心与综合保税区联动发展实施方案》印发给你们，请认真组织实施。",
        "各牵头单位要于2025年10月20日前制定具体推进计划，报市商务和工业信息化局备案；每月5日前报送上月工作进展，年底前报送年度工作总结。",
        "执行中如有问题，请及时反馈市商务和工业信息化局。",
    ]
    for t in notice:
        para(doc, t)
    para(doc, "", indent=False)
    p = para(doc, "附件：", indent=True)
    add_run(p, plan_title)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # 落款 typed in a borderless 1x2 layout table? -> keep right-aligned paragraphs with trailing spaces
    p = para(doc, "霍尔果斯市人民政府办公室    ", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "2025年9月26日        ", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "", indent=False)
    add_run(p, "（此件公开发布）", KT, 16)

    # ---------------- attachment: plan
    page_break(doc)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    title(doc, ["霍尔果斯市推动中欧班列集结中心与", "综合保税区联动发展实施方案"])
    para(doc, "", indent=False)
    plan = []

    def body(text, head="", hfont=KT, hbold=True):
        p = para(doc, "")
        if head:
            add_run(p, head, hfont, 16, hbold)
        add_run(p, text)
        plan.append(head + text)

    def h1(text, font=HT):
        para(doc, text, font, 16)

    body("为贯彻落实国家关于推进中欧班列高质量发展和综合保税区高水平开放的部署要求，发挥霍尔果斯口岸在丝绸之路经济带核心区建设中的枢纽作用，推动中欧班列集结中心与霍尔果斯综合保税区联动发展，结合我市实际，制定本方案。")
    h1("一、工作目标")
    body("到2027年，经霍尔果斯口岸通行的中欧（中亚）班列年通行量稳定在8000列以上，集结中心年集结班列1200列以上；综合保税区进出口额突破300亿元，形成“班列+保税+产业”联动发展格局。")
    h1("二、主要任务")
    groups = [
        ("（一）提升班列集结能力", [
            "推进霍尔果斯铁路口岸站换装设施扩能改造，提高宽准轨换装效率。",
            "建设中欧班列集结中心多式联运场站，完善集装箱堆场、冷链等配套设施。",
            "争取开行至阿拉木图、塔什干、杜伊斯堡等方向的集结班列线路。"]),
        ("（二）深化班列与综合保税区联动", [
            "推广“保税+班列”模式，支持区内企业利用中欧班列开展保税进出口业务。",
            "开展铁路快通、“两段准许”等监管创新，压缩货物通关时间。",
            "在综合保税区内建设班列货物分拨中心，发展保税仓储、国际分拨业务。"]),
        ("（三）培育班列经济联动产业", [
            "引进面向中亚市场的农副产品精深加工、装备制造组装等项目，推动“口岸+加工”落地。",
            "发展跨境电商“班列+海外仓”业务，拓展跨境金融、供应链管理等服务。"]),
    ]
    for (head, items), nid in zip(groups, num_ids):
        h1(head, KT)  # heading on its own line
        for k, it in enumerate(items):
            numbered_para(doc, it, nid)  # Word auto numbering, text has no "1."
            plan.append(f"{k + 1}.{it}")
    h1("三、责任分工")
    body("各项任务按下表分工落实，牵头单位负责统筹推进，责任单位按职责配合，确保按时间节点完成。")

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec)
    header = ["序号", "工作任务", "具体内容", "牵头单位", "责任单位", "时间节点", "备注"]
    R = lambda no, cont, resp, tl, note="": {"序号": str(no), "工作任务": None, "具体内容": cont,
                                              "牵头单位": None, "责任单位": resp, "时间节点": tl, "备注": note}
    rows = [
        R(1, ["1.实施铁路口岸站换装库扩能改造工程。", "2.新增宽准轨换装线2条，换装能力提升30%。"], "霍尔果斯站、市交通运输局", "2026年12月底", "自治区重点项目"),
        R(2, ["1.建设中欧班列集结中心多式联运场站。", "2.配套建设冷链查验和仓储设施。"], "市交通运输局、市自然资源局", "2027年6月底"),
        R(3, ["1.争取开行霍尔果斯至阿拉木图、塔什干方向常态化集结班列。", "2.培育回程班列货源，提高回程班列占比。"], "霍尔果斯站、市口岸管理办公室", "2025年起持续推进"),
        R(4, ["建立班列运输信息服务平台，实现订舱、报关、查验信息共享。"], "霍尔果斯海关、市数据局", "2026年6月底"),
        R(5, ["1.推广“保税+班列”模式。", "2.支持区内企业开展保税维修、保税展示交易业务。"], "霍尔果斯海关、市商务和工业信息化局", "2025年12月底"),
        R(6, ["在综合保税区内建设班列货物分拨中心。"], "市发展和改革委员会", "2026年12月底"),
        R(7, ["1.推行铁路快通模式。", "2.开展“两段准许”监管改革试点。", "3.压缩进出口整体通关时间。"], "霍尔果斯站、霍尔果斯综合保税区管理办公室", "2025年起持续推进", "争取上级支持"),
        R(8, ["实施中亚进口农产品“绿色通道”，优化检疫审批流程。"], "市农业农村局", "2026年6月底"),
        R(9, ["1.引进面向中亚市场的农副产品精深加工项目。", "2.建设进口粮油、肉类加工基地。"], "市农业农村局、霍尔果斯经济开发区管委会", "2027年12月底"),
        R(10, ["1.发展跨境电商“班列+海外仓”业务。", "2.在阿拉木图等地建设公共海外仓2个。"], "霍尔果斯综合保税区管理办公室", "2027年12月底"),
        R(11, ["发展跨境金融服务，扩大人民币跨境结算规模。"], "市商务和工业信息化局、市财政局", "2027年12月底"),
        R(12, ["1.保障集结中心和综合保税区项目建设用地。", "2.落实班列运营补贴资金。"], "市自然资源局、市发展和改革委员会", "每年持续推进"),
    ]
    merge_spec = {
        1: [(0, 3, "提升班列集结能力"), (4, 7, "深化班列与综合保税区联动"),
            (8, 10, "培育班列经济联动产业"), (11, 11, "强化要素保障")],
        3: [(0, 1, "市发展和改革委员会"), (2, 3, "市商务和工业信息化局"),
            (4, 5, "霍尔果斯综合保税区管理办公室"), (6, 7, "霍尔果斯海关"),
            (8, 9, "市商务和工业信息化局"), (10, 10, "市地方金融服务中心"), (11, 11, "市财政局")],
    }
    build_duty_table(doc, header, rows, [1.2, 3.0, 9.0, 3.4, 4.4, 2.6, 2.0], merge_spec)
    for r in expand_rows(header, rows, merge_spec):
        plan.append(row_clause(header, r))

    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec2)
    h1("四、保障措施")
    body("市推进中欧班列集结中心建设工作领导小组统筹协调联动发展重大事项，领导小组办公室设在市商务和工业信息化局，建立月调度、季通报工作制度。", "（一）健全工作机制。")
    body("优先保障集结中心和综合保税区重点项目用地、用能需求，积极争取中央预算内投资和地方政府专项债券支持。", "（二）强化要素保障。")
    body("市政府督查室将本方案重点任务纳入年度督查计划，对进度滞后的任务及时督促整改。", "（三）加强督促落实。")
    body("本方案自2025年10月1日起施行，有效期3年。")
    banji(doc, "伊犁哈萨克自治州人民政府办公室，市委办公室，市人大常委会办公室，市政协办公室。",
          "霍尔果斯市人民政府办公室", "2025年9月26日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert(path)
    EXPECTED[stem] = [
        {"meta": {
            "title": "".join(t_lines),
            "doc_number": "霍市政办发〔2025〕41号",
            "issuer": ["霍尔果斯市人民政府办公室"],
            "date": "2025-09-26",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": None,
            "expires": None,
            "attachments": [plan_title],
            "doc_type": "通知",
            "recipients": ["各乡镇人民政府", "各街道办事处", "市直各有关部门", "霍尔果斯综合保税区管理办公室"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": notice},
        {"meta": {
            "title": plan_title,
            "doc_number": None,
            "issuer": ["霍尔果斯市人民政府办公室"],
            "date": "2025-09-26",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": "2025-10-01",
            "expires": "2028-09-30",
            "attachments": [],
            "doc_type": "方案",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": plan},
    ]


if __name__ == "__main__":
    make_yiwu()
    make_huoerguosi()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("done")
