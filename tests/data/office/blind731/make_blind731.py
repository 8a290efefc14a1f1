# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 731 blind test documents: 自贸试验区政策业务培训班 notices (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or ("Times New Roman" if east == FS else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_para(p, align=None, indent=True, size=16, exact=28, before=0, after=0,
             left=None, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left is not None:
        pf.left_indent = Pt(left)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, runs, **kw):
    """runs: list of (text, dict) or plain str. '\n' inside text -> soft line break."""
    p = container.add_paragraph()
    fmt_para(p, **kw)
    if isinstance(runs, str):
        runs = [(runs, {})]
    for text, opts in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, **{**{"size": kw.get("size", 16)}, **opts})
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(container, n=1, exact=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt_para(p, indent=False, exact=exact)


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def bottom_border(p, color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" '
        f'w:space="{space}" w:color="{color}"/></w:pBdr>')
    ppr.append(pbdr)


def top_bottom_border(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/></w:pBdr>')
    ppr.append(pbdr)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)


def page_number_footer(doc, style="dash"):
    """Footer '— 1 —' (dash) or '-1-' (hyphen), odd right / simple centered."""
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if style == "hyphen" else WD_ALIGN_PARAGRAPH.RIGHT
    left, right = ("— ", " —") if style == "dash" else ("-", "-")
    set_font(p.add_run(left), east="宋体", size=14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, east="宋体", size=14, ascii_font="宋体")
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        r._r.append(el)
    r2 = p.add_run("1")
    set_font(r2, east="宋体", size=14, ascii_font="宋体")
    r3 = p.add_run()
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "end")
    r3._r.append(el)
    set_font(p.add_run(right), east="宋体", size=14, ascii_font="宋体")


_num_counter = {"abs": 100, "num": 100}


def new_numbering(doc, fmt, lvltext, font=FS, bold=False):
    """Create a fresh single-level list (Word automatic numbering); returns numId."""
    numbering = doc.part.numbering_part.element
    _num_counter["abs"] += 1
    _num_counter["num"] += 1
    a, n = _num_counter["abs"], _num_counter["num"]
    b = "<w:b/>" if bold else ""
    absxml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{a}">'
        f'<w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="nothing"/><w:lvlText w:val="{lvltext}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}" w:hint="eastAsia"/>{b}'
        f'<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
    absel = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{n}"><w:abstractNumId w:val="{a}"/></w:num>'))
    return n


def apply_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    # numPr must come after pStyle/keepNext etc.; put it first (no pStyle used)
    ppr.insert(0, numpr)


def cell_text(cell, lines, size=12, east=FS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              mode="paras"):
    """lines: list of strings. mode='paras' -> one paragraph per line; 'br' -> soft breaks."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    if mode == "br":
        fmt_para(first, align=align, indent=False, exact=20, size=size)
        for i, ln in enumerate(lines):
            r = first.add_run(ln)
            set_font(r, east=east, size=size, bold=bold)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
        return
    for i, ln in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        fmt_para(p, align=align, indent=False, exact=20, size=size)
        set_font(p.add_run(ln), east=east, size=size, bold=bold)


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for idx, w in enumerate(widths_mm):
            if idx < len(row.cells):
                row.cells[idx].width = Mm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def row_height(row, mm):
    row.height = Mm(mm)
    trpr = row._tr.get_or_add_trPr()
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.insert(0, OxmlElement("w:cantSplit"))


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    tblpr.append(b)


def course_table(doc, days, clauses, tutor_mode="paras", widths=(26, 14, 80, 46)):
    """days: list of (date_label, [(half, course, [tutor lines])]).
    Header: 时间 (spanning two columns) | 课程内容 | 授课人."""
    nrows = 1 + sum(len(s) for _, s in days)
    t = doc.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    h = hdr.cells[0].merge(hdr.cells[1])
    cell_text(h, ["时间"], size=14, east=HT)
    cell_text(hdr.cells[2], ["课程内容"], size=14, east=HT)
    cell_text(hdr.cells[3], ["授课人"], size=14, east=HT)
    r = 1
    for date_label, slots in days:
        first_row = r
        for half, course, tutor in slots:
            row = t.rows[r]
            row_height(row, 15)
            cell_text(row.cells[1], [half], size=12)
            cell_text(row.cells[2], [course], size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(row.cells[3], tutor, size=12, mode=tutor_mode)
            clauses.append(
                f"时间：{date_label} {half}；课程内容：{course}；授课人：{' '.join(tutor)}")
            r += 1
        if r - 1 > first_row:
            m = t.cell(first_row, 0).merge(t.cell(r - 1, 0))
        else:
            m = t.cell(first_row, 0)
        cell_text(m, [date_label], size=12)
    set_col_widths(t, widths)
    return t


def form_table(doc, headers, n_empty, widths):
    t = doc.add_table(rows=1 + n_empty, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], [h], size=14, east=HT)
    for row in t.rows[1:]:
        row_height(row, 11)
        for c in row.cells:
            fmt_para(c.paragraphs[0], indent=False, exact=20)
    set_col_widths(t, widths)
    return t


def red_header(doc, text, size=40, spacing=None):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None, before=0, after=0)
    r = p.add_run(text)
    set_font(r, east=XBS, size=size, color=RED, ascii_font=XBS)
    if spacing is not None:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    return p


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_731", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ================================================================ document 1: 四川
def doc_sichuan():
    doc = Document()
    setup(doc)
    page_number_footer(doc, "dash")
    C = []
    title = "四川省商务厅关于举办2026年全省自由贸易试验区政策业务培训班的通知"
    att = "2026年全省自由贸易试验区政策业务培训班参训回执"

    empty(doc, 1)
    red_header(doc, "四川省商务厅文件", size=42, spacing=-20)
    empty(doc, 2)
    p = para(doc, "川商务发〔2026〕38号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, sz=24, space=8)
    empty(doc, 1)
    # title typed on two lines with a soft line break
    para(doc, [("四川省商务厅关于举办2026年全省\n自由贸易试验区政策业务培训班的通知", {"east": XBS, "size": 22})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35, size=22)
    empty(doc, 1)
    para(doc, "各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管理机构，四川自由贸易试验区协同改革先行区各建设单位：",
         indent=False)

    def body(text, **kw):
        C.append(text)
        return para(doc, text, **kw)

    def heading(text, east=HT):
        return para(doc, [(text, {"east": east})])

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步提升全省自贸试验区系统干部政策理解和业务能力，"
         "推动制度创新成果复制推广，经研究，省商务厅定于2026年4月在成都市举办全省自由贸易试验区政策业务培训班。现将有关事项通知如下：")
    heading("一、培训时间和地点")
    body("（一）培训时间：2026年4月14日至16日，共3天，4月13日下午报到。")
    body("（二）培训地点：四川省商务厅干部培训中心（成都市武侯区人民南路四段19号）。")
    heading("二、培训对象")
    body("（一）各市（州）商务主管部门分管自贸试验区工作的负责同志及业务科室负责人，每单位2名；")
    body("（二）中国（四川）自由贸易试验区各片区管理机构分管负责同志及制度创新、综合业务部门骨干，每片区3名；")
    body("（三）四川自由贸易试验区协同改革先行区建设单位业务骨干，每单位1至2名；")
    body("（四）省直有关部门自贸试验区工作联络员。")
    heading("三、培训内容")
    body("本次培训采取专题讲座、案例教学与现场教学相结合的方式，重点围绕自贸试验区提升战略、制度型开放、跨境贸易投资便利化、"
         "中欧班列和西部陆海新通道建设等内容开展。课程安排如下：")
    days = [
        ("4月14日（星期二）", [
            ("上午", "开班式、实施自由贸易试验区提升战略政策解读", ["周立新", "商务部国际贸易经济合作研究院研究员"]),
            ("下午", "稳步扩大制度型开放与对接高标准经贸规则", ["何静", "四川大学经济学院教授"]),
        ]),
        ("4月15日（星期三）", [
            ("上午", "跨境贸易投资便利化改革与外商投资准入负面清单实务", ["孙明远", "成都海关综合业务处二级调研员"]),
            ("下午", "中欧班列（成渝）高质量发展与多式联运“一单制”创新", ["吴晓东", "成都国际铁路港投资发展（集团）有限公司副总经理"]),
        ]),
        ("4月16日（星期四）", [
            ("上午", "现场教学：成都铁路港综合保税区、青白江片区制度创新展示中心", ["李婷", "青白江片区管委会综合业务局局长"]),
            ("下午", "分组研讨、制度创新案例交流，结业式", ["省商务厅自由贸易试验区处"]),
        ]),
    ]
    course_table(doc, days, C, tutor_mode="paras")
    body("课程安排如有调整，以报到时发放的日程为准。", before=6)
    heading("四、有关事项")
    body("（一）费用。本次培训不收取培训费，培训期间食宿由会务组统一安排，住宿费按规定回原单位报销，往返交通费自理。")
    body("（二）报到。请参训人员于4月13日14:00—20:00到成都锦悦宾馆（成都市武侯区人民南路四段19号）一楼大堂报到，"
         "报到时请携带本人身份证。")
    body("请各单位于4月7日前将参训回执（见附件）发送至省商务厅自由贸易试验区处邮箱，逾期视为不参加。")
    # heading on its own line, followed by contact lines
    para(doc, "（三）联系人")
    body("省商务厅自由贸易试验区处：刘洋，电话：028-83225612，邮箱：scftz_px@163.com")
    body("会务组：赵敏，电话：028-85561230，13980012345")
    empty(doc, 1)
    para(doc, f"附件：{att}", left=0, indent=True)
    empty(doc, 3)
    # 落款 aligned with typed spaces
    para(doc, "                              四川省商务厅", indent=False)
    para(doc, "                             2026年3月20日", indent=False)
    empty(doc, 1)
    para(doc, "（此件公开发布）", indent=True)

    # ---- attachment
    page_break(doc)
    para(doc, [("附件", {"east": HT})], indent=False)
    empty(doc, 1)
    para(doc, [(att, {"east": XBS, "size": 20})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=32, size=20)
    empty(doc, 1)
    # blank fill-in line (form label, not a clause)
    para(doc, "填报单位（盖章）：　　　　　　　　　　填报日期：　　年　　月　　日", indent=False, size=14)
    form_table(doc, ["姓名", "性别", "民族", "单位及职务", "手机号码", "是否住宿", "备注"], 5,
               (18, 12, 12, 50, 30, 18, 16))
    para(doc, [("填表说明：", {"east": HT, "size": 14})], indent=False, size=14, before=6)
    for t in ["1.每单位按通知要求确定参训人员，报名后请勿随意更换；",
              "2.请于2026年4月7日前将回执电子版发送至scftz_px@163.com，邮件主题注明“单位名称+参训回执”；",
              "3.“是否住宿”一栏请填写“是”或“否”，需单间住宿的请在备注栏注明。"]:
        C.append(t)
        para(doc, t, indent=True, size=14)

    meta = {
        "title": title,
        "doc_number": "川商务发〔2026〕38号",
        "issuer": ["四川省商务厅"],
        "date": "2026-03-20",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通知",
        "recipients": ["各市（州）商务主管部门", "中国（四川）自由贸易试验区各片区管理机构",
                       "四川自由贸易试验区协同改革先行区各建设单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": C}]


# ================================================================ document 2: 河南
def doc_henan():
    doc = Document()
    setup(doc)
    page_number_footer(doc, "dash")
    C = []
    title = "河南省商务厅关于举办2026年自由贸易试验区政策业务培训班的通知"
    att = "2026年河南省自由贸易试验区政策业务培训班参训回执"

    empty(doc, 1)
    red_header(doc, "河南省商务厅文件", size=42, spacing=-10)
    empty(doc, 2)
    p = para(doc, "豫商务〔2026〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, sz=24, space=8)
    empty(doc, 1)
    para(doc, [("河南省商务厅关于举办2026年", {"east": XBS, "size": 22})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35, size=22)
    para(doc, [("自由贸易试验区政策业务培训班的通知", {"east": XBS, "size": 22})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35, size=22)
    empty(doc, 1)
    para(doc, "各省辖市商务局、济源示范区商务局，郑州航空港经济综合实验区经济发展局，中国（河南）自由贸易试验区各片区管委会：",
         indent=False)

    sec_num = new_numbering(doc, "chineseCounting", "%1、", font=HT)

    def body(text, **kw):
        C.append(text)
        return para(doc, text, **kw)

    def sec_heading(text):
        p = para(doc, [(text, {"east": HT})])
        apply_num(p, sec_num)
        return p

    def auto_item(num_id, head, rest, label, fmt_head=None):
        """Word-numbered item; head run in bold; label is the rendered number for the key."""
        p = doc.add_paragraph()
        fmt_para(p)
        apply_num(p, num_id)
        if head:
            set_font(p.add_run(head), **(fmt_head or {"bold": True}))
        set_font(p.add_run(rest))
        C.append(label + head + rest)
        return p

    body("为深入实施自由贸易试验区提升战略，加快推进中国（河南）自由贸易试验区2.0版建设，进一步提高全省自贸试验区、"
         "跨境电子商务综合试验区和综合保税区等开放平台干部队伍的政策水平和业务能力，省商务厅决定举办2026年自由贸易试验区政策业务培训班。"
         "现将有关事项通知如下：")
    sec_heading("培训时间和地点")
    body("培训时间为2026年5月19日至21日，为期3天，5月18日下午报到。培训地点为河南国际商务培训中心（郑州市郑东新区商务外环路20号）。")
    sec_heading("培训对象")
    body("各省辖市、济源示范区、航空港区商务主管部门分管负责同志和自贸试验区、跨境电商综合试验区工作业务骨干（每单位2人）；"
         "自贸试验区郑州、开封、洛阳片区管委会分管负责同志和制度创新、综合业务部门负责同志（每片区3至5人）；"
         "郑州新郑、郑州经开、洛阳、南阳卧龙综合保税区管理机构业务骨干（每单位1至2人）。")
    sec_heading("培训内容")
    body("围绕自贸试验区提升战略、跨境电商和“空中丝绸之路”建设、外商投资促进和服务保障等重点，邀请国家部委、高校和业务部门专家授课，"
         "并组织现场教学。具体课程安排如下：")
    days = [
        ("5月19日（星期二）", [
            ("上午", "开班式、自由贸易试验区提升战略与河南自贸试验区2.0版建设", ["马国庆", "省商务厅党组成员、副厅长"]),
            ("下午", "对接国际高标准经贸规则与制度型开放压力测试", ["陈若溪", "对外经济贸易大学国际经济研究院教授"]),
        ]),
        ("5月20日（星期三）", [
            ("上午", "跨境电商综合试验区建设与“跨境电商+产业带”发展路径", ["杨帆", "郑州海关口岸监管处副处长"]),
            ("下午", "外商投资准入负面清单、外商投资信息报告与外商投诉工作实务", ["宋雅琴", "省商务厅外国投资管理处四级调研员"]),
        ]),
        ("5月21日（星期四）", [
            ("上午", "现场教学：郑州新郑综合保税区、郑州航空港区跨境电商产业园", ["郑州航空港经济综合实验区经济发展局"]),
            ("下午", "分组研讨、学员交流发言，结业式", ["省商务厅自贸试验区工作处"]),
        ]),
    ]
    course_table(doc, days, C, tutor_mode="br", widths=(28, 14, 82, 44))
    body("注：课程安排以实际为准。", before=6)
    sec_heading("有关事项")
    item_num = new_numbering(doc, "chineseCounting", "（%1）")
    auto_item(item_num, "费用。", "培训不收取任何费用。参训人员食宿由培训班统一安排，住宿费回原单位按规定报销。", "（一）")
    auto_item(item_num, "报到。", "5月18日14:00—18:00在郑州金融岛会议中心酒店（郑州市郑东新区龙湖中环路17号）一楼大厅报到。"
              "请各单位于5月12日前将参训回执（附件）电子版发送至hnzmq_px@126.com，并电话确认。", "（二）")
    auto_item(item_num, "联系人。", "省商务厅自贸试验区工作处王磊，电话：0371-63576321；会务组孙琳，电话：0371-63941127，13838112345。",
              "（三）")
    empty(doc, 1)
    para(doc, f"附件：{att}")
    empty(doc, 3)
    # 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    cell_text(lt.cell(0, 1), ["河南省商务厅"], size=16)
    cell_text(lt.cell(1, 1), ["2026年4月28日"], size=16)
    set_col_widths(lt, (80, 76))
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    # ---- attachment
    page_break(doc)
    para(doc, [("附件", {"east": HT})], indent=False)
    empty(doc, 1)
    para(doc, [(att, {"east": XBS, "size": 20})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=32, size=20)
    empty(doc, 1)
    form_table(doc, ["序号", "姓名", "性别", "单位", "职务", "手机", "是否住宿", "备注"], 6,
               (12, 18, 12, 44, 24, 26, 16, 14))
    para(doc, [("填表说明：", {"bold": True, "size": 14})], indent=False, size=14, before=6)
    tnum = new_numbering(doc, "decimal", "%1.")
    for i, t in enumerate(["请于5月12日前将回执发送至hnzmq_px@126.com；",
                           "参训人员如有变动，请及时与会务组联系；",
                           "少数民族学员如有特殊饮食需求，请在备注栏注明。"], 1):
        p = doc.add_paragraph()
        fmt_para(p, size=14)
        apply_num(p, tnum)
        set_font(p.add_run(t), size=14)
        C.append(f"{i}.{t}")

    meta = {
        "title": title,
        "doc_number": "豫商务〔2026〕27号",
        "issuer": ["河南省商务厅"],
        "date": "2026-04-28",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通知",
        "recipients": ["各省辖市商务局", "济源示范区商务局", "郑州航空港经济综合实验区经济发展局",
                       "中国（河南）自由贸易试验区各片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": C}]


# ================================================================ document 3: 云南
def doc_yunnan():
    doc = Document()
    setup(doc)
    page_number_footer(doc, "hyphen")
    C = []
    title = "云南省商务厅关于举办2026年中国（云南）自由贸易试验区政策业务培训班的通知"
    att = "2026年中国（云南）自由贸易试验区政策业务培训班参训回执"

    # 函-style header: organ name only, red double line
    red_header(doc, "云南省商务厅", size=36, spacing=40)
    p = doc.add_paragraph()
    fmt_para(p, indent=False, exact=6)
    bottom_border(p, sz=24, space=1)
    para(doc, "云商函〔2026〕58号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=6)
    empty(doc, 1)
    para(doc, [("云南省商务厅关于举办2026年\n中国（云南）自由贸易试验区\n政策业务培训班的通知", {"east": XBS, "size": 22})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35, size=22)
    empty(doc, 1)
    para(doc, "各州（市）商务局，中国（云南）自由贸易试验区各片区管委会，各边（跨）境经济合作区管委会，各综合保税区管理机构：",
         indent=False)

    def body(text, typed=None, **kw):
        """typed: how it is typed (may contain soft breaks); text: key form."""
        C.append(text)
        return para(doc, typed if typed is not None else text, **kw)

    def heading(text, east=HT):
        return para(doc, [(text, {"east": east})])

    def runin(head, rest, east=KT):
        C.append(head + rest)
        return para(doc, [(head, {"east": east}), (rest, {})])

    intro = ("为深入贯彻落实自由贸易试验区提升战略，推动中国（云南）自由贸易试验区在面向南亚东南亚辐射中心建设中更好发挥示范引领作用，"
             "提升全省商务系统和开放平台干部推动高水平对外开放的能力水平，省商务厅定于2026年6月下旬在昆明市举办自由贸易试验区政策业务培训班。"
             "现将有关事项通知如下：")
    cut = intro.index("提升全省商务系统")
    body(intro, typed=intro[:cut] + "\n" + intro[cut:])
    empty(doc, 1)
    heading("一、培训时间和地点")
    runin("（一）时间：", "2026年6月23日至25日（6月22日全天报到），会期3天。", east=FS)
    runin("（二）地点：", "昆明滇池湖畔酒店会议中心（昆明市西山区滇池路1288号）。", east=FS)
    heading("二、培训对象")
    body("1．各州（市）商务局分管领导及自贸试验区、边（跨）境经济合作区工作科室负责人，每单位2人。")
    body("2．中国（云南）自由贸易试验区各片区管委会：")
    body("（1）昆明片区、红河片区、德宏片区各4人；")
    body("（2）各片区所在县（市、区）商务主管部门各1人。")
    body("3．各边（跨）境经济合作区、综合保税区管理机构业务骨干各1人。")
    body("4．省商务厅相关处室（单位）业务骨干。")
    heading("三、培训内容")
    body("培训采取专题授课、案例研讨、现场教学等方式进行，主要课程安排如下：")
    days = [
        ("6月23日（星期二）", [
            ("上午", "开班式、面向南亚东南亚辐射中心建设与自贸试验区提升战略", ["段志刚", "云南大学经济学院院长、教授"]),
            ("下午", "沿边开放与边（跨）境经济合作区建设政策解读", ["普丽华", "省商务厅边境贸易处处长"]),
        ]),
        ("6月24日（星期三）", [
            ("上午", "中老铁路国际货运与“澜湄快线”跨境物流实务", ["刀建明", "中国铁路昆明局集团有限公司货运部副主任"]),
            ("下午", "跨境电商、市场采购贸易与边民互市贸易创新发展", ["杨晓燕", "昆明海关综合业务处副处长"]),
        ]),
        ("6月25日（星期四）", [
            ("上午", "现场教学：昆明综合保税区、中国（云南）自由贸易试验区昆明片区政务服务中心，结业式",
             ["昆明片区管委会"]),
        ]),
    ]
    course_table(doc, days, C, tutor_mode="paras", widths=(28, 14, 80, 46))
    empty(doc, 1)
    heading("四、有关事项")
    runin("（一）培训费用。", "本次培训不收取培训费。参训人员住宿统一安排在报到酒店，住宿费、往返交通费回原单位按规定报销，"
          "伙食费由培训班统一承担。")
    runin("（二）报到。", "请参训人员于6月22日9:00—21:00到昆明滇池湖畔酒店（昆明市西山区滇池路1288号，总台电话：0871-64562888）"
          "大堂报到。")
    body("请各单位于6月15日前将参训回执（附件）加盖公章后扫描发送至ynftz2026@163.com。逾期未报送的视为放弃参训名额。")
    para(doc, [("（三）联系人及电话", {"east": KT})])
    body("省商务厅自由贸易试验区处：李春燕，0871-63136217；")
    body("会务组：张宇航，0871-63136230，15912345678。")
    empty(doc, 1)
    para(doc, "附件：" + att, left=80, hanging=48, indent=False)
    empty(doc, 3)
    para(doc, "云南省商务厅　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年6月5日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    # ---- attachment
    page_break(doc)
    para(doc, [("附件", {"east": HT})], indent=False)
    empty(doc, 1)
    para(doc, [("2026年中国（云南）自由贸易试验区\n政策业务培训班参训回执", {"east": XBS, "size": 20})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=32, size=20)
    empty(doc, 1)
    para(doc, "单位名称（盖章）：", indent=False, size=14)
    form_table(doc, ["姓名", "性别", "民族", "单位及职务", "联系电话", "住宿需求", "备注"], 6,
               (18, 12, 12, 50, 30, 18, 16))
    t = "填表说明：请于6月15日前报送；住宿需求请在备注栏注明“单间”或“标间合住”。"
    C.append(t)
    para(doc, t, indent=False, size=14, before=6)

    # ---- 版记 on last page
    empty(doc, 6)
    p = para(doc, "抄送：商务部自由贸易区港建设协调司，省人力资源社会保障厅。", indent=False, size=14, left=7, exact=26)
    top_bottom_border(p, sz=8)
    p = para(doc, " 云南省商务厅办公室                       2026年6月8日印发", indent=False, size=14, exact=26)
    bottom_border(p, color="000000", sz=8)

    meta = {
        "title": title,
        "doc_number": "云商函〔2026〕58号",
        "issuer": ["云南省商务厅"],
        "date": "2026-06-05",
        "published": None,
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "通知",
        "recipients": ["各州（市）商务局", "中国（云南）自由贸易试验区各片区管委会",
                       "各边（跨）境经济合作区管委会", "各综合保税区管理机构"],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": C}]


def main():
    expected = {}
    for stem, fn in (("blind731_sichuan_tongzhi", doc_sichuan),
                     ("blind731_henan_tongzhi", doc_henan),
                     ("blind731_yunnan_tongzhi", doc_yunnan)):
        doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        to_pdf(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
