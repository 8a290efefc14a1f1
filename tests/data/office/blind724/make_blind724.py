# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 724: 自贸片区管委会办公室印发“跨境电商宣传周”活动方案的通知."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    # page number footer: — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for tag, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        elif tag == "t":
            el = OxmlElement("w:t")
            el.text = txt
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        r._element.append(el)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)
    return doc


def fmt(p, align=None, indent=True, line=28, before=0, after=0, right_indent=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if right_indent is not None:
        pf.right_indent = right_indent


def para(doc, runs, **kw):
    """runs: list of (text, font, size, bold[, color]); '\n' inside text -> soft break."""
    p = doc.add_paragraph()
    fmt(p, **kw)
    for item in runs:
        text, font, size, bold = item[:4]
        color = item[4] if len(item) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def red_line(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def plain_line(p, where="top", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)


def cell_text(cell, lines, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              soft=False):
    """lines: list of strings. soft=True -> one paragraph with line breaks, else one paragraph per line."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if soft:
        p = cell.paragraphs[0]
        p.alignment = align
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, font, size, bold)
            if i < len(lines) - 1:
                r.add_break()
        return
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = None
        r = p.add_run(ln)
        set_font(r, font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def col_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def schedule_table(doc, rows, soft=False, widths=(2.4, 6.2, 4.2, 3.8)):
    """rows: list of (date, name, place, [units]); consecutive equal dates are merged down."""
    header = ["日期", "活动名称", "地点", "责任单位"]
    t = doc.add_table(rows=len(rows) + 1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.cell(0, i), [h], font=HT, size=14)
    repeat_header(t.rows[0])
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        cs.set(qn("w:val"), "true")
        trpr.insert(0, cs)
    # merge dates
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
            j += 1
        c = t.cell(i + 1, 0)
        if j > i:
            c = c.merge(t.cell(j + 1, 0))
        cell_text(c, [rows[i][0]], size=14)
        i = j + 1
    for k, (d, name, place, units) in enumerate(rows):
        cell_text(t.cell(k + 1, 1), [name], size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(k + 1, 2), [place], size=14)
        cell_text(t.cell(k + 1, 3), units, size=14, soft=soft)
    col_widths(t, widths)
    clauses = []
    for d, name, place, units in rows:
        clauses.append("日期：%s；活动名称：%s；地点：%s；责任单位：%s" % (d, name, place, " ".join(units)))
    return clauses


def signup_form(doc, title, activities, note_line=True):
    p = para(doc, [("附件" if note_line is True else note_line, HT, 16, False)], indent=False)
    empty(doc)
    para(doc, [(title, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc)
    t = doc.add_table(rows=8, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    labels = [
        ("单位名称", None, None),
        ("统一社会信用代码", "企业类型", None),
        ("联 系 人", "职    务", None),
        ("手    机", "电子邮箱", None),
        ("拟参加活动\n（可多选）", None, "acts"),
        ("参加人数", "是否需要展位", "booth"),
        ("主营产品及\n目标市场", None, None),
        ("意见建议", None, None),
    ]
    for r, (a, b, kind) in enumerate(labels):
        cell_text(t.cell(r, 0), a.split("\n"), size=12, soft=True)
        if b is None:
            m = t.cell(r, 1).merge(t.cell(r, 3))
            if kind == "acts":
                cell_text(m, ["□" + x for x in activities], size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
            else:
                cell_text(m, [""], size=12)
        else:
            cell_text(t.cell(r, 2), [b], size=12)
            if kind == "booth":
                cell_text(t.cell(r, 3), ["□是  □否"], size=12)
            elif b == "企业类型":
                cell_text(t.cell(r, 3), ["□平台 □卖家 □服务商"], size=12)
    for r in (6, 7):
        t.rows[r].height = Cm(2.6)
    col_widths(t, (3.6, 4.6, 3.0, 4.6))
    empty(doc)
    para(doc, [("填报单位（盖章）：                    填报日期：    年  月  日", FS, 14, False)],
         indent=False)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    empty(doc)
    if chaosong:
        p = para(doc, [(chaosong, FS, 14, False)], indent=False)
        p.paragraph_format.left_indent = Pt(14)
        plain_line(p, "top", 8)
        plain_line(p, "bottom", 4)
        p2 = para(doc, [(yinfa_org + "　　　　　" + yinfa_date, FS, 14, False)], indent=False)
    else:
        p2 = para(doc, [(yinfa_org + "　　　　　　　" + yinfa_date, FS, 14, False)], indent=False)
        plain_line(p2, "top", 8)
    p2.paragraph_format.left_indent = Pt(14)
    plain_line(p2, "bottom", 8)


def numbering_decimal(doc, num_id=90, lvl_text="%1."):
    """Define a Word numbering list '1.' with no suffix; return numId."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
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
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)


class Body:
    """Writes body paragraphs and collects clause texts."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def p(self, text, font=FS):
        para(self.doc, [(text, font, 16, False)])
        self.clauses.append(text.replace("\n", ""))

    def runin(self, head, rest, hfont=KT, bold=False, rest_font=FS):
        para(self.doc, [(head, hfont, 16, bold), (rest, rest_font, 16, False)])
        self.clauses.append(head + rest)

    def head(self, text, font=HT, bold=False):
        para(self.doc, [(text, font, 16, bold)])


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_724", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ 1. 南沙
def make_nansha():
    doc = new_doc()
    empty(doc)
    para(doc, [("南沙自贸片区管委会办公室文件", XBS, 30, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48)
    empty(doc)
    p = para(doc, [("穗南自贸办〔2026〕7号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p)
    empty(doc)
    # title typed as four separate paragraphs
    for ln in ("中国（广东）自由贸易试验区",
               "广州南沙新区片区管理委员会办公室关于印发",
               "2026年南沙自贸片区“跨境电商宣传周”",
               "活动方案的通知"):
        para(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    para(doc, [("管委会各部门，南沙区商务局、区委宣传部、区市场监督管理局，各有关企业：", FS, 16, False)], indent=False)
    b = Body(doc)
    b.p("为深入贯彻落实党中央、国务院关于推动跨境电子商务高质量发展的决策部署，进一步扩大南沙自贸片区跨境电商品牌影响力，"
        "营造“政府引导、企业主体、社会参与”的良好氛围，经管委会同意，决定于2026年5月18日至22日举办南沙自贸片区“跨境电商宣传周”活动。"
        "现将《2026年南沙自贸片区“跨境电商宣传周”活动方案》印发给你们，请结合工作实际，认真组织实施。")
    b.p("各责任单位请于5月8日前将活动筹备情况报送管委会产业发展局（电子版发送至kjdsxcz@gzns.gov.cn）。实施过程中遇到的问题，请及时向管委会产业发展局反映。")
    b.p("联系人：陈晓锋，电话：020-39071826。")
    notice_clauses = b.clauses
    empty(doc)
    para(doc, [("附件：2026年南沙自贸片区“跨境电商宣传周”活动方案", FS, 16, False)])
    empty(doc, 3)
    # 落款 split in two right-aligned paragraphs, date with manual spaces
    para(doc, [("中国（广东）自由贸易试验区", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
         right_indent=Pt(64))
    para(doc, [("广州南沙新区片区管理委员会办公室", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
         right_indent=Pt(32))
    para(doc, [("                                 2026年4月28日", FS, 16, False)], indent=False)
    empty(doc)
    para(doc, [("（此件公开发布）", FS, 16, False)])

    # ---------------- 方案
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc)
    para(doc, [("2026年南沙自贸片区“跨境电商宣传周”", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=34)
    para(doc, [("活动方案", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    b = Body(doc)
    b.p("为深入实施跨境电商高质量发展行动，充分发挥南沙自贸片区跨境电子商务综合试验区和综合保税区政策叠加优势，集中展示跨境电商发展成果，"
        "推动更多外贸企业“触网出海”，制定本方案。")
    b.head("一、活动主题")
    b.p("“跨境通全球  湾区链未来”。")
    b.head("二、时间地点")
    b.runin("（一）活动时间：", "2026年5月18日（星期一）至5月22日（星期五）。", hfont=KT)
    b.runin("（二）活动地点：", "南沙国际会展中心、广州南沙综合保税区、南沙区跨境电商直播基地及线上直播平台。", hfont=KT)
    b.head("三、活动安排")
    b.p("宣传周期间共安排主题活动8项，具体如下：")
    rows = [
        ("5月18日", "开幕式暨跨境电商政策发布会", "南沙国际会展中心", ["管委会产业发展局", "区委宣传部"]),
        ("5月18日", "跨境电商综试区建设成果展", "南沙国际会展中心", ["区商务局"]),
        ("5月19日", "“走进综保区”企业开放日", "广州南沙综合保税区", ["南沙海关", "管委会产业发展局"]),
        ("5月19日", "跨境电商进口商品直播选品会", "南沙区跨境电商直播基地", ["区商务局"]),
        ("5月20日", "粤港澳大湾区跨境电商合作对接会", "南沙国际会展中心", ["管委会港澳合作局"]),
        ("5月21日", "跨境电商知识产权保护与合规经营培训", "南沙区政务服务中心", ["区市场监督管理局"]),
        ("5月21日", "“跨境电商进社区”消费者权益宣传", "各镇（街）社区", ["区市场监督管理局", "各镇（街）"]),
        ("5月22日", "跨境电商人才招聘会暨闭幕活动", "南沙国际会展中心", ["区人力资源和社会保障局", "管委会产业发展局"]),
    ]
    b.clauses += schedule_table(doc, rows, soft=False)
    b.p("具体活动时间、地点如有调整，以责任单位另行通知为准。")
    b.head("四、宣传方式")
    b.runin("1．线上宣传。", "依托“南沙发布”微信公众号、南沙区融媒体中心及抖音、视频号等新媒体平台，开设“跨境电商宣传周”专栏，"
            "发布政策解读、企业故事和活动直播，扩大线上传播覆盖面。", hfont=FS, bold=True)
    b.runin("2．媒体宣传。", "邀请中央驻粤及省、市主流媒体集中采访报道，重点宣传南沙自贸片区跨境电商制度创新成果和典型案例，"
            "提升片区跨境电商品牌知名度。", hfont=FS, bold=True)
    b.runin("3．阵地宣传。", "在南沙国际会展中心、综合保税区、地铁站点及重点商圈设置宣传展板和电子显示屏，"
            "发放《南沙跨境电商政策汇编》等宣传资料，营造浓厚活动氛围。", hfont=FS, bold=True)
    b.head("五、工作要求")
    b.runin("（一）加强组织领导。", "管委会成立宣传周活动工作专班，由管委会分管领导任组长，产业发展局牵头负责统筹协调，"
            "各责任单位主要负责同志要亲自抓、负总责，确保各项活动有序推进。", hfont=KT, bold=True)
    b.runin("（二）压实工作责任。", "各责任单位要按照活动安排细化分项活动方案，明确时间节点和具体责任人，"
            "于5月8日前将分项活动方案报送管委会产业发展局。", hfont=KT, bold=True)
    b.runin("（三）做好安全保障。", "各责任单位要严格落实安全生产和活动场所管理要求，制定突发事件应急预案，"
            "做好人员疏导、食品安全和消防安全等工作。", hfont=KT, bold=True)
    b.runin("（四）注重宣传实效。", "各单位要及时收集活动图片、视频和文字材料，活动结束后5个工作日内将工作总结报送管委会产业发展局。"
            "参加活动的企业请填写活动报名表（见附件）。", hfont=KT, bold=True)
    plan_clauses = b.clauses
    empty(doc)
    para(doc, [("附件：2026年南沙自贸片区“跨境电商宣传周”活动报名表", FS, 16, False)])
    page_break(doc)
    signup_form(doc, "2026年南沙自贸片区“跨境电商宣传周”活动报名表", [r[1] for r in rows[:1] + rows[2:5] + rows[7:]])
    banji(doc, "抄送：南沙海关，南沙区人民政府办公室。", "广州南沙自贸片区管委会办公室", "2026年4月28日印发")

    stem = "blind724_nansha_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    issuer = ["中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室"]
    region = "中国（广东）自由贸易试验区广州南沙新区片区"
    plan_title = "2026年南沙自贸片区“跨境电商宣传周”活动方案"
    exp = [
        {"meta": {
            "title": "中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室关于印发2026年南沙自贸片区“跨境电商宣传周”活动方案的通知",
            "doc_number": "穗南自贸办〔2026〕7号", "issuer": issuer, "date": "2026-04-28", "published": None,
            "level": "zone", "region": region, "effective": None, "expires": None,
            "attachments": [plan_title], "doc_type": "通知",
            "recipients": ["管委会各部门", "南沙区商务局", "区委宣传部", "区市场监督管理局", "各有关企业"],
            "publicity": "此件公开发布", "repeals": None},
         "clauses": notice_clauses},
        {"meta": {
            "title": plan_title, "doc_number": None, "issuer": issuer, "date": "2026-04-28", "published": None,
            "level": "zone", "region": region, "effective": None, "expires": None,
            "attachments": ["2026年南沙自贸片区“跨境电商宣传周”活动报名表"], "doc_type": "方案",
            "recipients": [], "publicity": None, "repeals": None},
         "clauses": plan_clauses},
    ]
    return stem, path, exp


# ================================================================ 2. 郑州
def make_zhengzhou():
    doc = new_doc()
    num_id = numbering_decimal(doc, 90, "%1.")
    empty(doc)
    para(doc, [("中国（河南）自由贸易试验区郑州片区", XBS, 26, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    para(doc, [("管理委员会办公室文件", XBS, 40, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54)
    empty(doc)
    p = para(doc, [("郑自贸办〔2026〕15号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p, 24)
    empty(doc)
    para(doc, [("中国（河南）自由贸易试验区郑州片区\n管理委员会办公室关于印发2026年郑州片区\n“跨境电商宣传周”活动方案的通知",
                XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    para(doc, [("片区各职能部门，各有关单位：", FS, 16, False)], indent=False)
    b = Body(doc)
    b.p("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》和省、市关于推进跨境电商高质量发展的工作部署，"
        "持续擦亮中国（郑州）跨境电子商务综合试验区“金字招牌”，片区管委会决定于2026年6月15日至19日组织开展“跨境电商宣传周”活动。"
        "现将《2026年郑州片区“跨境电商宣传周”活动方案》印发给你们，请认真抓好落实。")
    b.p("请有意参加活动的企业于6月5日前填写活动报名表，加盖单位公章后将扫描件发送至zzpqkjds@126.com。")
    b.p("联系人：王一鸣　　联系电话：0371-55367219")
    notice_clauses = b.clauses
    empty(doc)
    para(doc, [("附件：1.2026年郑州片区“跨境电商宣传周”活动方案\n"
                "      2.2026年郑州片区“跨境电商宣传周”活动报名表", FS, 16, False)])
    empty(doc, 3)
    para(doc, [("中国（河南）自由贸易试验区郑州片区管理委员会办公室", FS, 16, False)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2026年5月6日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
         right_indent=Pt(64))
    para(doc, [("（此件公开发布）", FS, 16, False)])

    # ---------------- 附件1 方案
    page_break(doc)
    para(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc)
    para(doc, [("2026年郑州片区“跨境电商宣传周”活动方案", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=34)
    empty(doc)
    b = Body(doc)
    b.p("为全面展示郑州片区跨境电商发展成效，推广“1210”网购保税进口监管模式等制度创新成果，助推“买全球、卖全球”，"
        "结合片区实际，制定本方案。")
    b.head("一、活动主题", font=FS, bold=True)
    b.p("本次宣传周活动主题为“数字丝路·郑通全球”。")
    b.head("二、时间地点", font=FS, bold=True)
    b.runin("（一）活动时间：", "2026年6月15日至19日，为期5天。", hfont=FS)
    b.runin("（二）活动地点：", "郑州国际会展中心、郑州经开综合保税区、中欧班列（郑州）集结中心及片区跨境电商直播产业园。", hfont=FS)
    b.head("三、活动安排", font=FS, bold=True)
    b.p("活动期间重点开展以下活动：")
    rows = [
        ("6月15日", "启动仪式暨跨境电商创新发展论坛", "郑州国际会展中心", ["片区综合协调部", "市商务局"]),
        ("6月15日", "“1210”模式创新成果展", "郑州国际会展中心", ["郑州海关", "片区经济发展局"]),
        ("6月16日", "“中欧班列+跨境电商”融合发展推介会", "中欧班列（郑州）集结中心", ["片区经济发展局"]),
        ("6月17日", "综合保税区开放日", "郑州经开综合保税区", ["经开区管委会"]),
        ("6月17日", "跨境电商“618”直播带货大赛", "片区跨境电商直播产业园", ["片区经济发展局", "团市委"]),
        ("6月18日", "跨境电商海外仓及物流专题对接会", "郑州国际会展中心", ["市商务局"]),
        ("6月19日", "跨境电商人才培训及校企合作签约", "郑州航空工业管理学院", ["片区人力资源部", "市人力资源和社会保障局"]),
        ("6月19日", "宣传周总结交流会", "片区管委会", ["片区综合协调部"]),
    ]
    b.clauses += schedule_table(doc, rows, soft=True, widths=(2.2, 6.4, 4.0, 4.0))
    b.head("四、宣传方式", font=FS, bold=True)
    items = [
        "开设专题专栏。在郑州片区门户网站、“郑州自贸”微信公众号开设宣传周专题，集中发布活动信息、政策解读和典型案例。",
        "组织媒体采访。协调河南日报、河南广播电视台、郑州日报等媒体开展集中报道，推出一批跨境电商企业“出海”故事。",
        "开展政策宣讲。组织政策宣讲小分队走进企业、园区，面对面讲解跨境电商零售出口“无票免税”、企业所得税核定征收等政策措施。",
    ]
    for i, t in enumerate(items, 1):
        p = para(doc, [(t, FS, 16, False)])
        apply_num(p, num_id)
        b.clauses.append("%d.%s" % (i, t))
    b.head("五、工作要求", font=FS, bold=True)
    b.runin("（一）明确职责分工。", "各责任单位要按照活动安排表，抓紧制定具体实施方案，落实经费、场地、人员等保障，确保活动顺利开展。",
            hfont=KT)
    b.runin("（二）加强协同配合。", "各部门要加强沟通衔接，形成工作合力；片区经济发展局负责活动总体统筹和日常调度，"
            "片区综合协调部负责宣传报道和后勤保障。", hfont=KT)
    b.runin("（三）严守廉洁纪律。", "活动组织要严格落实中央八项规定及其实施细则精神，厉行勤俭节约，不得借机铺张浪费。", hfont=KT)
    b.runin("（四）及时总结报送。", "各责任单位于6月26日前将活动总结及图片、视频资料报送片区经济发展局。", hfont=KT)
    b.p("联系人：片区经济发展局  刘佳，电话：0371-55367208。")
    plan_clauses = b.clauses

    # ---------------- 附件2 报名表
    page_break(doc)
    signup_form(doc, "2026年郑州片区“跨境电商宣传周”活动报名表", [r[1] for r in rows[:6]], note_line="附件2")
    banji(doc, "抄送：市商务局，郑州海关，郑州经开区管委会。", "郑州片区管委会办公室", "2026年5月6日印发")

    stem = "blind724_zhengzhou_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    issuer = ["中国（河南）自由贸易试验区郑州片区管理委员会办公室"]
    region = "中国（河南）自由贸易试验区郑州片区"
    plan_title = "2026年郑州片区“跨境电商宣传周”活动方案"
    exp = [
        {"meta": {
            "title": "中国（河南）自由贸易试验区郑州片区管理委员会办公室关于印发2026年郑州片区“跨境电商宣传周”活动方案的通知",
            "doc_number": "郑自贸办〔2026〕15号", "issuer": issuer, "date": "2026-05-06", "published": None,
            "level": "zone", "region": region, "effective": None, "expires": None,
            "attachments": [plan_title, "2026年郑州片区“跨境电商宣传周”活动报名表"], "doc_type": "通知",
            "recipients": ["片区各职能部门", "各有关单位"],
            "publicity": "此件公开发布", "repeals": None},
         "clauses": notice_clauses},
        {"meta": {
            "title": plan_title, "doc_number": None, "issuer": issuer, "date": "2026-05-06", "published": None,
            "level": "zone", "region": region, "effective": None, "expires": None,
            "attachments": [], "doc_type": "方案",
            "recipients": [], "publicity": None, "repeals": None},
         "clauses": plan_clauses},
    ]
    return stem, path, exp


# ================================================================ 3. 厦门
def make_xiamen():
    doc = new_doc()
    # letterhead typed inside a one-cell layout table with a red bottom border
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    cell_text(c, ["中国（福建）自由贸易试验区厦门片区", "管理委员会办公室"], font=XBS, size=24)
    for p in c.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RED
    tcpr = c._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    bt = OxmlElement("w:bottom")
    bt.set(qn("w:val"), "double")
    bt.set(qn("w:sz"), "12")
    bt.set(qn("w:color"), "FF0000")
    borders.append(bt)
    tcpr.append(borders)
    empty(doc)
    para(doc, [("厦自贸办〔2026〕21号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    para(doc, [("中国（福建）自由贸易试验区厦门片区管理委员会办公室\n关于印发厦门片区2026年“跨境电商宣传周”活动方案的通知",
                XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)
    para(doc, [("片区管委会各处室、各有关单位：", FS, 16, False)], indent=False)
    b = Body(doc)
    b.p("为贯彻落实《中国（福建）自由贸易试验区提升战略实施方案》有关部署，借助第二十六届中国国际投资贸易洽谈会举办契机，"
        "集中宣传推介厦门片区跨境电商发展环境和政策优势，片区管委会定于2026年9月7日至11日举办“跨境电商宣传周”活动。")
    b.p("现将《厦门片区2026年“跨境电商宣传周”活动方案》印发给你们，请各单位按照职责分工抓好落实，"
        "并于8月28日前将活动联络员名单报片区管委会贸易发展处。")
    notice_clauses = b.clauses
    empty(doc)
    para(doc, [("附件：厦门片区2026年“跨境电商宣传周”活动方案", FS, 16, False)])
    empty(doc, 2)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    cell_text(t.cell(0, 1), ["中国（福建）自由贸易试验区厦门片区", "管理委员会办公室"], size=16)
    cell_text(t.cell(1, 1), ["二〇二六年八月十四日"], size=16)
    col_widths(t, (5.0, 10.6))

    # ---------------- 方案
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc)
    para(doc, [("厦门片区2026年“跨境电商宣传周”活动方案", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=34)
    empty(doc)
    b = Body(doc)
    b.p("为进一步发挥厦门片区跨境电子商务综合试验区、综合保税区和“丝路海运”等平台叠加优势，推动跨境电商与海运快线、"
        "中欧（厦门）班列联动发展，特制定本方案。")
    b.runin("一、活动主题：", "丝路海运连全球，跨境电商启新程。", hfont=HT)
    b.head("二、时间地点")
    b.p("时间：2026年9月7日至9月11日。")
    b.p("地点：厦门国际会展中心、厦门象屿综合保税区、海沧港区及线上平台。")
    b.head("三、活动安排")
    rows = [
        ("9月7日", "宣传周启动仪式", "厦门国际会展中心", ["片区管委会贸易发展处", "片区管委会综合处"]),
        ("9月7日", "跨境电商“丝路海运”专线发布", "厦门国际会展中心", ["厦门港口管理局"]),
        ("9月8日", "投洽会跨境电商专题展区开展", "厦门国际会展中心B馆", ["片区管委会贸易发展处"]),
        ("9月9日", "象屿综保区跨境电商“保税+直播”体验活动", "厦门象屿综合保税区", ["象屿综合保税区管委会", "厦门海关"]),
        ("9月9日", "中欧（厦门）班列跨境电商专列推介会", "海沧港区", ["片区管委会航运物流处"]),
        ("9月10日", "跨境电商企业出海沙龙", "片区跨境电商产业园", ["片区管委会贸易发展处"]),
        ("9月10日", "两岸跨境电商企业对接会", "厦门国际会展中心", ["片区管委会两岸合作处"]),
        ("9月11日", "线上“云展会”暨宣传周总结发布", "线上", ["片区管委会综合处"]),
    ]
    b.clauses += schedule_table(doc, rows, soft=False)
    empty(doc)
    b.head("四、宣传方式")
    b.runin("1.线上宣传。", "利用“厦门自贸片区”微信公众号、视频号及片区门户网站，开展活动预告、图文直播和政策解读。",
            hfont=FS, bold=True)
    b.runin("2.线下宣传。", "在厦门国际会展中心、象屿综合保税区、重点商圈和主要交通站点投放宣传海报和电子屏广告。",
            hfont=FS, bold=True)
    b.runin("3.媒体报道。", "联合厦门日报、厦门广电等主流媒体，通过专题报道、人物访谈等形式，宣传跨境电商典型企业和创新案例。",
            hfont=FS, bold=True)
    b.head("五、工作要求")
    b.runin("（一）强化统筹协调。", "片区管委会贸易发展处负责宣传周活动的统筹协调，各责任单位要明确一名联络员，加强工作对接。",
            hfont=KT)
    b.runin("（二）精心组织实施。", "各责任单位要做好以下工作：", hfont=KT)
    b.p("1.制定分项活动实施方案，于8月31日前报片区管委会贸易发展处备案；")
    b.p("2.做好活动场地布置、嘉宾邀请和企业组织工作；")
    b.p("3.活动结束后3个工作日内报送活动信息和总结材料。")
    b.runin("（三）确保活动安全。", "严格落实大型群众性活动安全管理规定，做好场馆安全、交通疏导和应急处置等保障工作。", hfont=KT)
    b.runin("（四）做好企业报名。", "参加活动的企业请于9月1日前填写活动报名表（见附件），报送至片区管委会贸易发展处，"
            "邮箱：xmpq_kjds@163.com。", hfont=KT)
    plan_clauses = b.clauses
    empty(doc)
    para(doc, [("附件：活动报名表", FS, 16, False)])
    page_break(doc)
    signup_form(doc, "厦门片区2026年“跨境电商宣传周”活动报名表", [r[1] for r in rows[:4]] + [rows[5][1], rows[6][1]])
    banji(doc, None, "厦门片区管委会办公室", "2026年8月14日印发")

    stem = "blind724_xiamen_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    issuer = ["中国（福建）自由贸易试验区厦门片区管理委员会办公室"]
    region = "中国（福建）自由贸易试验区厦门片区"
    plan_title = "厦门片区2026年“跨境电商宣传周”活动方案"
    exp = [
        {"meta": {
            "title": "中国（福建）自由贸易试验区厦门片区管理委员会办公室关于印发厦门片区2026年“跨境电商宣传周”活动方案的通知",
            "doc_number": "厦自贸办〔2026〕21号", "issuer": issuer, "date": "2026-08-14", "published": None,
            "level": "zone", "region": region, "effective": None, "expires": None,
            "attachments": [plan_title], "doc_type": "通知",
            "recipients": ["片区管委会各处室", "各有关单位"],
            "publicity": None, "repeals": None},
         "clauses": notice_clauses},
        {"meta": {
            "title": plan_title, "doc_number": None, "issuer": issuer, "date": "2026-08-14", "published": None,
            "level": "zone", "region": region, "effective": None, "expires": None,
            "attachments": ["活动报名表"], "doc_type": "方案",
            "recipients": [], "publicity": None, "repeals": None},
         "clauses": plan_clauses},
    ]
    return stem, path, exp


def main():
    expected = {}
    for fn in (make_nansha, make_zhengzhou, make_xiamen):
        stem, path, exp = fn()
        convert(path)
        expected[stem] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
