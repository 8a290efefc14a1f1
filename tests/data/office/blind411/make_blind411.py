# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 411: landscape 方案 tables with merged task cells."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_run_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_p(container, text="", east=FS, size=16, bold=False, align=None,
          first_indent=None, line=28, color=None, before=0, after=0, left=None):
    p = container.add_paragraph()
    fmt_para(p, align, first_indent, line, before, after, left)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold, color)
    return p


def add_runs(p, parts, size=16):
    for text, east, bold in parts:
        r = p.add_run(text)
        set_run_font(r, east, size, bold)


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:%s" % side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(25)
    section.bottom_margin = Mm(22)
    section.left_margin = Mm(25)
    section.right_margin = Mm(25)


_NUM_COUNTER = [300]


def new_list(doc, lvl_text="%1.", jc="left"):
    """Create a fresh abstractNum + num so every list restarts at 1."""
    numbering = doc.part.numbering_part.element
    _NUM_COUNTER[0] += 1
    aid = _NUM_COUNTER[0]
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", lvl_text),
                     ("w:lvlJc", jc)):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "0")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(aid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    num.append(an)
    numbering.append(num)
    return aid


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...), put it first
    ppr.insert(0, numpr)


def cell_text(cell, text, east=FS, size=14, bold=False, align=None, num_id=None,
              valign=WD_CELL_VERTICAL_ALIGNMENT.CENTER):
    cell.vertical_alignment = valign
    p = cell.paragraphs[0]
    fmt_para(p, align, None, 22)
    if num_id is not None:
        apply_num(p, num_id)
    if text:
        r = p.add_run(text)
        set_run_font(r, east, size, bold)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trpr.append(h)


def set_widths(table, widths_mm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        lay = OxmlElement("w:tblLayout")
        tblpr.append(lay)
    lay.set(qn("w:type"), "fixed")
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Mm(widths_mm[i])


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_411", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================= document 1: 陕西
SX_TITLE = ("关于印发《陕西省推进中欧班列（西安）集结中心高质量发展行动方案"
            "（2026—2027年）》的通知")
SX_PLAN = "陕西省推进中欧班列（西安）集结中心高质量发展行动方案（2026—2027年）"
SX_RECIP = ["各设区市人民政府", "杨凌示范区、西咸新区管委会", "省级有关部门"]
SX_BODY = [
    "经省政府同意，现将《陕西省推进中欧班列（西安）集结中心高质量发展行动方案"
    "（2026—2027年）》印发给你们，请结合实际认真抓好贯彻落实。",
    "各地各有关部门要把推进中欧班列（西安）集结中心高质量发展作为深度融入共建"
    "“一带一路”大格局、建设内陆改革开放高地的重要抓手，对照行动方案明确的重点任务，"
    "逐项细化工作举措，压实工作责任，确保各项任务按期完成。涉及多个责任单位的，"
    "排在首位的为牵头单位，其他单位按职责分工配合。",
    "省商务厅会同省发展改革委建立工作台账，实行清单化管理、项目化推进，每季度调度一次"
    "工作进展。请各责任单位于每季度最后一个月25日前将工作推进情况报送省商务厅（对外贸易处），"
    "2027年12月10日前报送行动方案全面落实情况。执行中遇到的重大问题，请及时报告。",
    "（联系人：省商务厅对外贸易处王晓东，电话029-63915427；省发展改革委开放发展处刘佳，"
    "电话029-63913086）",
]

# section rows -> tasks -> measures (measure, 责任单位, 完成时限)
# flags: auto = Word numbering for the measure numbers; merge_unit / merge_deadline
SX_TABLE = [
    ("一、提升通道能级", [
        ("（一）拓展国际物流通道", dict(auto=False), [
            ("稳定开行西安至阿拉木图、塔什干、杜伊斯堡、汉堡、布达佩斯等干线通道，加密至里海、"
             "黑海沿岸国家线路，力争2027年底前干线通道稳定在28条以上。",
             "省商务厅、省交通运输厅、中国铁路西安局集团有限公司", "2027年12月底前"),
            ("深化跨里海国际运输走廊合作，推动常态化开行西安经阿克套、巴库至格鲁吉亚、土耳其的"
             "跨里海班列，年开行量不少于200列。",
             "省商务厅、西安国际港务区管委会", "2026年12月底前"),
            ("加强与西部陆海新通道、中老铁路衔接，推动“长安号+西部陆海新通道”“长安号+中老班列”"
             "多式联运常态化开行。",
             "省发展改革委、省交通运输厅、中国铁路西安局集团有限公司", "持续推进"),
        ]),
        ("（二）增强枢纽集结能力", dict(auto=False), [
            ("加快西安国际港站扩能改造，2026年底前完成新筑站至西安国际港站联络线工程，"
             "集结编组能力提升至每日20列。",
             "中国铁路西安局集团有限公司、西安市人民政府", "2026年12月底前"),
            ("完善“干支结合、枢纽集散”集结体系，支持宝鸡、咸阳、渭南、汉中等地常态化开行至"
             "西安国际港站的集结班列。",
             "各设区市人民政府、中国铁路西安局集团有限公司", "2027年6月底前"),
            ("推进西安咸阳国际机场与西安国际港站“空铁联运”，探索国际货物“一次申报、一次查验、"
             "一次放行”。",
             "西安海关、西咸新区管委会、西安国际港务区管委会", "2027年12月底前"),
        ]),
    ]),
    ("二、培育班列经济", [
        ("（三）壮大枢纽产业", dict(auto=True), [
            ("支持西安国际港务区建设中欧班列贸易产业园，引进集拼集运、供应链管理、跨境结算企业"
             "不少于20家。",
             "西安市人民政府、西安国际港务区管委会", "2027年12月底前"),
            ("引导汽车、光伏、装备制造、农产品等优势产业依托班列拓展中亚、欧洲市场，支持企业在"
             "班列沿线国家布局公共海外仓。",
             "省商务厅、省工业和信息化厅、省农业农村厅", "持续推进"),
            ("积极争取进口肉类、粮食、木材等指定监管场地功能，扩大班列回程货源。",
             "西安海关、省商务厅", "2026年12月底前"),
        ]),
        ("（四）创新“班列+”业态", dict(auto=False, merge_deadline=True), [
            ("推进“班列+跨境电商”，支持开行跨境电商专列，推广“9610”“9710”“9810”监管模式"
             "在班列运输中的应用。",
             "省商务厅、西安海关", "2026年12月底前"),
            ("推进“班列+冷链”，支持建设多温层冷链集散中心，常态化开行冷链专列。",
             "省商务厅、省发展改革委、西安国际港务区管委会", "2026年12月底前"),
        ]),
    ]),
    ("三、优化口岸营商环境", [
        ("（五）提升通关便利化水平", dict(auto=False, merge_unit=True), [
            ("深化“铁路快速通关”“两段准入”等监管改革，推广“铁空联运”一体化通关模式。",
             "西安海关、省商务厅", "持续推进"),
            ("推进国际贸易“单一窗口”中欧班列功能模块建设，实现运单、舱单、报关单数据互联互通。",
             "西安海关、省商务厅", "2026年9月底前"),
        ]),
        ("（六）强化要素保障", dict(auto=True), [
            ("统筹用好省级外经贸发展专项资金，对开行运营质量高、回程货源组织好的平台公司给予支持。",
             "省财政厅、省商务厅", "每年12月底前"),
            ("建立中欧班列（西安）运行监测和风险预警机制，按月发布运行情况，妥善应对境外通道拥堵、"
             "口岸换装等突发情况。",
             "省商务厅、省发展改革委、中国铁路西安局集团有限公司", "2026年6月底前"),
            ("将中欧班列（西安）集结中心建设项目纳入省级重点项目，优先保障用地、用能等要素需求。",
             "省发展改革委、省自然资源厅", "持续推进"),
        ]),
    ]),
]
SX_COLS = ["重点任务", "具体措施", "责任单位", "完成时限"]


def build_shaanxi():
    doc = new_doc()
    body = doc
    # --- 版头: layout table, two organ names + merged 文件
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c_file = t.cell(0, 1).merge(t.cell(1, 1))
    for i, name in enumerate(["陕西省商务厅", "陕西省发展和改革委员会"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(name)
        set_run_font(r, XBS, 26, color=RED)
    c_file.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = c_file.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_run_font(r, XBS, 40, color=RED)
    set_widths(t, [120, 36])
    add_p(body, "")
    add_p(body, "")
    p = add_p(body, "陕商发〔2026〕27号", align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 8)
    add_p(body, "")
    # --- title with a soft line break in the middle
    p = add_p(body, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    r = p.add_run("关于印发《陕西省推进中欧班列（西安）")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("集结中心高质量发展行动方案")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("（2026—2027年）》的通知")
    set_run_font(r, XBS, 22)
    add_p(body, "")
    add_p(body, "，".join(SX_RECIP) + "：")
    for text in SX_BODY:
        add_p(body, text, first_indent=32)
    add_p(body, "")
    # 附件 list typed with manual full-width spaces for the hanging indent
    add_p(body, "附件：陕西省推进中欧班列（西安）集结中心高质量发展", first_indent=32)
    add_p(body, "　　　　　行动方案（2026—2027年）", first_indent=32)
    add_p(body, "")
    add_p(body, "")
    add_p(body, "")
    # joint signature on one line separated by full-width spaces
    add_p(body, "　　陕西省商务厅　　　　　　陕西省发展和改革委员会")
    add_p(body, "")
    add_p(body, "2026年3月16日　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(body, "")
    add_p(body, "（此件公开发布）", first_indent=32)

    # --- attachment: landscape section, table only
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    add_p(body, "附件", east=HT, size=16)
    p = add_p(body, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    r = p.add_run("陕西省推进中欧班列（西安）集结中心")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("高质量发展行动方案（2026—2027年）")
    set_run_font(r, XBS, 22)
    add_p(body, "", line=16)

    n_rows = 1 + sum(1 + sum(len(m) for _, _, m in tasks) for _, tasks in SX_TABLE)
    tb = doc.add_table(rows=n_rows, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [42, 117, 57, 31]
    set_widths(tb, widths)
    hdr = tb.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(SX_COLS):
        cell_text(hdr.cells[i], h, east=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    ri = 1
    for sec_title, tasks in SX_TABLE:
        row = tb.rows[ri]
        cant_split(row)
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, sec_title, east=HT, size=14)
        ri += 1
        for task, flags, measures in tasks:
            top = ri
            bottom = ri + len(measures) - 1
            num_id = new_list(doc) if flags.get("auto") else None
            for k, (meas, unit, dl) in enumerate(measures, 1):
                row = tb.rows[ri]
                cant_split(row)
                text = meas if num_id else "%d.%s" % (k, meas)
                cell_text(row.cells[1], text, num_id=num_id,
                          align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                if not (flags.get("merge_unit") and k > 1):
                    cell_text(row.cells[2], unit, align=WD_ALIGN_PARAGRAPH.CENTER)
                if not (flags.get("merge_deadline") and k > 1):
                    cell_text(row.cells[3], dl, align=WD_ALIGN_PARAGRAPH.CENTER)
                ri += 1
            mc = tb.cell(top, 0).merge(tb.cell(bottom, 0))
            cell_text(mc, task, east=KT, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
            if flags.get("merge_unit"):
                tb.cell(top, 2).merge(tb.cell(bottom, 2))
            if flags.get("merge_deadline"):
                tb.cell(top, 3).merge(tb.cell(bottom, 3))
    set_widths(tb, widths)

    # --- 版记 on a portrait page of its own
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    for _ in range(14):
        add_p(body, "")
    p = add_p(body, "抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，", size=14,
              left=14, line=26)
    border(p, "top", "000000", 8, 4)
    add_p(body, "　　　省政协办公厅，西安海关，中国铁路西安局集团有限公司。", size=14, left=14, line=26)
    p = add_p(body, "陕西省商务厅办公室　　　　　　　　　　　2026年3月16日印发", size=14,
              left=14, line=26)
    border(p, "top", "000000", 4, 4)
    border(p, "bottom", "000000", 8, 4)

    out = os.path.join(HERE, "blind411_shaanxi_tongzhi.docx")
    doc.save(out)
    return out


def shaanxi_expected():
    rows = []
    for _, tasks in SX_TABLE:
        for task, _, measures in tasks:
            for k, (meas, unit, dl) in enumerate(measures, 1):
                rows.append("重点任务：%s；具体措施：%d.%s；责任单位：%s；完成时限：%s"
                            % (task, k, meas, unit, dl))
    issuers = ["陕西省商务厅", "陕西省发展和改革委员会"]
    notice = {
        "meta": {
            "title": SX_TITLE,
            "doc_number": "陕商发〔2026〕27号",
            "issuer": issuers,
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": None,
            "expires": None,
            "attachments": [SX_PLAN],
            "doc_type": "通知",
            "recipients": SX_RECIP,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": SX_BODY,
    }
    plan = {
        "meta": {
            "title": SX_PLAN,
            "doc_number": None,
            "issuer": issuers,
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "方案",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": rows,
    }
    return [notice, plan]


# ======================================================= document 2: 郑州
ZZ_TITLE = ("郑州市人民政府办公室关于做好2026年中国（郑州）跨境电子商务综合试验区"
            "建设重点工作的通知")
ZZ_RECIP = ["各区县（市）人民政府", "各开发区管委会", "市人民政府各部门"]
ZZ_P1 = ("为深入贯彻落实国务院关于推动跨境电商健康持续创新发展的决策部署，巩固提升中国（郑州）"
         "跨境电子商务综合试验区（以下简称郑州跨境电商综试区）发展水平，经市政府同意，现就做好"
         "2026年郑州跨境电商综试区建设重点工作通知如下。")
ZZ_P2 = ("2026年，全市跨境电商交易额力争达到1450亿元，同比增长10%以上；新培育年交易额超亿元"
         "跨境电商企业15家，新增公共海外仓8个。各项重点任务及责任分工见下表。")
ZZ_COLS = ["序号", "重点任务", "责任单位", "完成时限"]
ZZ_ROWS = [
    ("支持郑州航空港经济综合实验区、郑州经济技术开发区等跨境电商产业园区提质升级，新认定市级"
     "跨境电商示范园区3个。",
     "市商务局、郑州航空港经济综合实验区管委会、郑州经济技术开发区管委会", "2026年10月底前"),
    ("扩大“网购保税+实体新零售”模式覆盖范围，新设跨境电商线下体验店20家。",
     "市商务局、郑州海关", "2026年12月底前"),
    ("支持企业在共建“一带一路”国家建设公共海外仓，新增公共海外仓8个。",
     "市商务局", "2026年12月底前"),
    ("推动“中欧班列（郑州）+跨境电商”融合发展，全年开行跨境电商专列不少于60列。",
     "市商务局、郑州国际陆港开发建设有限公司", "2026年12月底前"),
    ("推进跨境电商“9710”“9810”出口模式扩面，年内新增备案企业100家以上。",
     "郑州海关", "2026年12月底前"),
    ("开展“跨境电商+产业带”行动，推动服装鞋帽、机械装备、休闲食品等特色产业带企业开展"
     "跨境电商业务。",
     "市商务局、市工业和信息化局", "持续推进"),
    ("完善跨境电商综合服务平台功能，推动出口退（免）税、外汇收结汇、物流等数据共享。",
     "市商务局、国家税务总局郑州市税务局、国家外汇管理局河南省分局", "2026年9月底前"),
    ("办好全球跨境电子商务大会，开展跨境电商人才培训不少于5000人次。",
     "市商务局、市人力资源和社会保障局", "2026年11月底前"),
]
ZZ_TAIL = [
    ("一、加强统筹协调。", "郑州跨境电商综试区建设工作领导小组办公室（设在市商务局）要加强统筹调度，"
     "协调解决工作推进中的重大问题；各牵头单位要制定具体推进方案，明确时间节点和责任人，"
     "确保各项任务落到实处。"),
    ("二、强化政策支持。", "市财政局要统筹安排跨境电商发展专项资金，重点支持公共海外仓建设、"
     "产业园区提升和人才培训；各区县（市）要结合实际出台配套措施，形成政策合力。"),
    ("三、严格督导考核。", "各牵头单位要于每月5日前将上月工作进展情况报送市商务局，市商务局定期"
     "汇总通报，并将落实情况纳入年度目标考核。"),
]


def build_zhengzhou():
    doc = new_doc()
    body = doc
    p = add_p(body, "郑州市人民政府办公室文件", east=XBS, size=34, color=RED,
              align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=20)
    add_p(body, "")
    p = add_p(body, "郑政办〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 8)
    add_p(body, "")
    p = add_p(body, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    r = p.add_run("郑州市人民政府办公室关于做好2026年")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("中国（郑州）跨境电子商务综合试验区")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("建设重点工作的通知")
    set_run_font(r, XBS, 22)
    add_p(body, "")
    add_p(body, "，".join(ZZ_RECIP) + "：")
    add_p(body, ZZ_P1, first_indent=32)
    add_p(body, ZZ_P2, first_indent=32)

    tb = doc.add_table(rows=1 + len(ZZ_ROWS), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [13, 77, 44, 22]
    repeat_header(tb.rows[0])
    for i, h in enumerate(ZZ_COLS):
        cell_text(tb.rows[0].cells[i], h, east=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    num_id = new_list(doc, lvl_text="%1", jc="center")
    for k, (task, unit, dl) in enumerate(ZZ_ROWS, 1):
        row = tb.rows[k]
        cant_split(row)
        # 序号 column numbered by Word, not typed
        cell_text(row.cells[0], "", size=12, align=WD_ALIGN_PARAGRAPH.CENTER, num_id=num_id)
        cell_text(row.cells[1], task, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        cell_text(row.cells[2], unit, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[3], dl, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(tb, widths)

    for head, rest in ZZ_TAIL:
        p = add_p(body, "", first_indent=32)
        add_runs(p, [(head, HT, True), (rest, FS, False)])
    add_p(body, "")
    add_p(body, "")
    add_p(body, "郑州市人民政府办公室　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(body, "2026年4月7日　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_p(body, "（此件公开发布）", first_indent=32)
    for _ in range(3):
        add_p(body, "")
    p = add_p(body, "抄送：市委各部门，郑州警备区，市人大常委会办公厅，", size=14,
              left=14, line=26)
    border(p, "top", "000000", 8, 4)
    add_p(body, "　　　市政协办公室，市法院，市检察院，郑州海关。", size=14, left=14, line=26)
    p = add_p(body, "郑州市人民政府办公室　　　　　　　　　　2026年4月7日印发", size=14,
              left=14, line=26)
    border(p, "top", "000000", 4, 4)
    border(p, "bottom", "000000", 8, 4)
    out = os.path.join(HERE, "blind411_zhengzhou_tongzhi.docx")
    doc.save(out)
    return out


def zhengzhou_expected():
    clauses = [ZZ_P1, ZZ_P2]
    for k, (task, unit, dl) in enumerate(ZZ_ROWS, 1):
        clauses.append("序号：%d；重点任务：%s；责任单位：%s；完成时限：%s" % (k, task, unit, dl))
    for head, rest in ZZ_TAIL:
        clauses.append(head + rest)
    return [{
        "meta": {
            "title": ZZ_TITLE,
            "doc_number": "郑政办〔2026〕11号",
            "issuer": ["郑州市人民政府办公室"],
            "date": "2026-04-07",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ZZ_RECIP,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]


def main():
    files = [build_shaanxi(), build_zhengzhou()]
    for f in files:
        convert(f)
    expected = {
        "blind411_shaanxi_tongzhi": shaanxi_expected(),
        "blind411_zhengzhou_tongzhi": zhengzhou_expected(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
