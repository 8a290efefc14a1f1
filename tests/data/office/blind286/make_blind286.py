# ruff: noqa
"""Round 286: closing parts of 公文 (落款, 附注, 附件说明, 版记) in Word and LibreOffice PDF.

Writes next to itself:
  blind286_henan_tongzhi.docx/.pdf     通知, 落款 alone on a new page with （此页无正文）, 版记 on that page
  blind286_hunan_yijian.docx/.pdf      联合行文 意见 of three organs, 落款 side by side in a table
  blind286_xinjiang_fuhan.docx/.pdf    复函 in 信函格式 with 联系人/联系电话 in brackets before the 落款
  blind286_manzhouli_tonggao.docx/.pdf 通告 with 施行/有效期 and a 附件 map printed as a picture
  expected.json

Run:  . /work/venv/bin/activate && python make_blind286.py
All names, numbers, dates and companies are invented.
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
LINE = Pt(28.9)  # 22 lines a page at 三号


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=0, size=16, line=LINE, before=0, after=0, left=None, right=None, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if hanging is not None:
        pf.left_indent = Pt(hanging)
        pf.first_line_indent = Pt(-hanging)
    pf.widow_control = False
    return p


def para(container, text="", name=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False,
         color=None, **kw):
    p = container.add_paragraph()
    fmt(p, align, indent, size, **kw)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def body(doc, text, indent=2):
    return para(doc, text, FS, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, indent)


def runin(doc, head, rest, head_font=KT, bold=False):
    """A run-in heading: （一）建设….  followed by the text in 仿宋."""
    p = para(doc, "", indent=2)
    font(p.add_run(head), head_font, 16, bold)
    if rest:
        font(p.add_run(rest), FS, 16)
    return p


def heading1(doc, text):
    return para(doc, text, HT, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, 2)


def blank(container, n=1, size=16, line=LINE):
    for _ in range(n):
        para(container, "", size=size, indent=0, line=line)


def border(p, side, sz=8, color="000000", val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc in pPr
        ppr.insert(0, bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    order = ["top", "left", "bottom", "right", "between"]
    # keep schema order
    existing = {c.tag: c for c in bdr}
    bdr.append(el)
    kids = sorted(bdr, key=lambda c: order.index(c.tag.split("}")[1]))
    for c in kids:
        bdr.remove(c)
    for c in kids:
        bdr.append(c)


def page_setup(section):
    section.page_height = Mm(297)
    section.page_width = Mm(210)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)
    section.header_distance = Mm(15)


def add_page_field(p, size=14):
    font(p.add_run("— "), SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            el = OxmlElement("w:instrText" if txt == " PAGE " else "w:t")
            if txt == " PAGE ":
                el.set(qn("xml:space"), "preserve")
            el.text = txt
            r._element.append(el)
    font(p.add_run(" —"), SONG, size)


def footer_numbers(doc, section, mode="center", skip_first=False):
    """mode center: centred; mode oddeven: odd right, even left (一字 in from the edge)."""
    section.footer.is_linked_to_previous = False
    if mode == "oddeven":
        doc.settings.odd_and_even_pages_header_footer = True
        p = section.footer.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, 0, 14, line=Pt(18), right=14)
        add_page_field(p)
        section.even_page_footer.is_linked_to_previous = False
        p = section.even_page_footer.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0, 14, line=Pt(18), left=14)
        add_page_field(p)
    else:
        p = section.footer.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 14, line=Pt(18))
        add_page_field(p)
    if skip_first:
        section.different_first_page_header_footer = True
        section.first_page_footer.is_linked_to_previous = False


def red_banner(doc, text, size=36, scale=None):
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=Pt(size * 1.3))
    r = font(p.add_run(text), XBS, size, False, RED)
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        r._element.get_or_add_rPr().append(w)
    return p


def docnum_and_rule(doc, number, align=WD_ALIGN_PARAGRAPH.CENTER):
    blank(doc, 1)
    p = para(doc, number, FS, 16, align, 0)
    border(p, "bottom", sz=18, color="E60012", space=12)
    blank(doc, 1)


def title(doc, lines):
    p = para(doc, "", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    for i, ln in enumerate(lines):
        r = font(p.add_run(ln), XBS, 22)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    blank(doc, 1)
    return p


def cell_text(cell, text, name=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, line=Pt(18)):
    p = cell.paragraphs[0]
    fmt(p, align, 0, size, line=line)
    if text:
        font(p.add_run(text), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def zero_cell_margins(table):
    tblPr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:w"), "0")
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblPr.append(mar)


def squeeze(run, pct):
    w = OxmlElement("w:w")
    w.set(qn("w:val"), str(pct))
    run._element.get_or_add_rPr().append(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def col_widths(table, widths_mm):
    table.autofit = False
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def banji(doc, chaosong, organ, date, copies=None, blank_before=0):
    """版记: 抄送 (hanging indent), rules, 印发机关 left and 印发日期 right."""
    blank(doc, blank_before)
    p = para(doc, "", FS, 14, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, line=Pt(26), left=14, right=14)
    # 回行时与冒号后的首字对齐
    p.paragraph_format.left_indent = Pt(14 + 14 * 3)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    font(p.add_run(chaosong), FS, 14)
    border(p, "top", sz=8, space=4)
    border(p, "bottom", sz=4, space=4)
    if organ:
        q = para(doc, "", FS, 14, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(26), left=14)
        q.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
        font(q.add_run(f"{organ}\t{date}印发"), FS, 14)
        border(q, "bottom", sz=8, space=4)
    if copies:
        para(doc, copies, FS, 14, WD_ALIGN_PARAGRAPH.RIGHT, 0, line=Pt(26), right=14)


def save(doc, stem):
    path = HERE / f"{stem}.docx"
    doc.save(path)
    return path


def to_pdf(paths):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_286", "--convert-to", "pdf",
                    "--outdir", str(HERE)] + [str(p) for p in paths], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def new_doc():
    doc = Document()
    page_setup(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


EXPECTED = {}


def clause_of(item):
    return item if isinstance(item, str) else "".join(x for x in item if x)


# ================================================================ 1. 河南 通知
def make_henan():
    stem = "blind286_henan_tongzhi"
    doc = new_doc()
    sec = doc.sections[0]
    footer_numbers(doc, sec, "oddeven")

    red_banner(doc, "河南省人民政府办公厅文件", 34)
    docnum_and_rule(doc, "豫政办〔2025〕47号")
    title(doc, ["河南省人民政府办公厅", "关于支持中国（河南）自由贸易试验区", "提升跨境电商和口岸开放功能的通知"])
    para(doc, "各省辖市人民政府，济源示范区管委会，航空港区管委会，省人民政府各部门：", indent=0)

    clauses = []
    intro = ("为深入实施自由贸易试验区提升战略，更好服务和融入共建“一带一路”，推动中国（河南）自由贸易试验区"
             "（以下简称河南自贸试验区）跨境电商和口岸开放功能提质升级，经省政府同意，现就有关事项通知如下：")
    body(doc, intro)
    clauses.append(intro)

    heading1(doc, "一、提升跨境电商发展能级")
    items = [
        ("（一）建设跨境电商创新发展先行区。",
         "支持郑州片区依托中国（郑州）跨境电子商务综合试验区，开展跨境电商零售进口药品、保税展示交易、"
         "跨境电商B2B出口集拼等业务创新，到2027年片区跨境电商进出口额突破1000亿元。"),
        ("（二）推动“丝路电商”合作。",
         "支持开封片区建设“丝路电商”文化产品出海服务中心，开展汴绣、朱仙镇木版年画、官瓷等特色产品跨境营销，"
         "每年组织企业参加共建“一带一路”国家电商节展不少于5场。"),
        ("（三）发展跨境电商“保税+”新业态。",
         "在郑州新郑综合保税区、南阳卧龙综合保税区开展跨境电商保税备货、退货中心仓等模式试点，"
         "试点期间海关按规定实施集中查验、分类监管，试点成效良好的及时在全省复制推广。"),
    ]
    for h, t in items:
        runin(doc, h, t)
        clauses.append(h + t)

    heading1(doc, "二、增强口岸枢纽功能")
    h4 = ("（四）优化口岸通关服务。", "省商务厅（省口岸办）会同郑州海关重点推进以下工作：")
    runin(doc, *h4)
    clauses.append("".join(h4))
    sub = [
        "1.推行“提前申报”“两步申报”“抵港直装”等便利化措施，进口、出口整体通关时间较2024年分别压缩10%、5%以上。",
        "2.完善国际贸易“单一窗口”河南特色应用，新增跨境电商、中欧班列、航空物流等功能模块不少于8个，"
        "实现口岸作业全流程线上办理。",
        "3.规范口岸收费行为，落实口岸收费目录清单制度并在“单一窗口”公示，清单之外一律不得收费。",
    ]
    for t in sub:
        body(doc, t)
        clauses.append(t)
    h5 = ("（五）建设多式联运枢纽。",
          "支持洛阳片区建设中欧班列（中豫号）洛阳集结中心，探索多式联运“一单制”提单融资，"
          "2026年底前开行洛阳至中亚班列每周不少于3列。")
    runin(doc, *h5)
    clauses.append("".join(h5))

    heading1(doc, "三、强化政策保障")
    h6 = ("（六）加大资金支持。", "省级开放型经济发展专项资金对河南自贸试验区跨境电商和口岸项目予以倾斜：")
    runin(doc, *h6)
    clauses.append("".join(h6))
    # one Word paragraph, items separated by soft line breaks (a real office habit)
    soft = [
        "1.支持经营主体壮大：",
        "（1）对年度跨境电商进出口额首次超过1亿元、5亿元、10亿元的企业，分别给予20万元、50万元、100万元奖励。",
        "（2）对在河南自贸试验区新设立区域总部的跨境电商平台企业，给予一次性奖励100万元。",
    ]
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.LEFT, indent=2)
    for i, t in enumerate(soft):
        r = font(p.add_run(("　　" if i else "") + t), FS, 16)
        if i < len(soft) - 1:
            r.add_break(WD_BREAK.LINE)
        clauses.append(t)
    t = ("2.支持海外仓布局。鼓励企业在布达佩斯、华沙、塔什干等共建“一带一路”国家节点城市布局公共海外仓，"
         "对经认定的省级公共海外仓，按照实际投资额的20%给予一次性奖励，最高不超过300万元。")
    body(doc, t)
    clauses.append(t)
    for h, t in [
        ("（七）强化要素保障。",
         "各地要将跨境电商产业园、海外仓、口岸查验设施等项目用地纳入国土空间规划统筹保障；鼓励金融机构创新"
         "“跨境电商贷”“关税保函”等产品，提升外贸企业融资便利度。"),
        ("（八）压实工作责任。",
         "省商务厅（省口岸办）要会同省发展改革委、省财政厅、郑州海关等部门建立工作推进机制，每半年对各片区落实情况"
         "进行评估；各片区所在地人民政府要落实属地责任，制定具体落实举措，确保各项政策落地见效。"),
    ]:
        runin(doc, h, t)
        clauses.append(h + t)
    t = "本通知自印发之日起施行，有效期至2027年12月31日。"
    body(doc, t)
    clauses.append(t)

    # ---- 落款 alone on a new page
    p = para(doc, "", indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)
    font(p.add_run("（此页无正文）"), FS, 16)
    blank(doc, 3)
    para(doc, "河南省人民政府办公厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 3)
    para(doc, "2025年8月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4)
    para(doc, "（此件公开发布）", indent=2)
    banji(doc,
          "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，郑州海关，"
          "中国人民银行河南省分行，国家外汇管理局河南省分局，省军区。",
          "河南省人民政府办公厅", "2025年8月14日", "共印150份", blank_before=10)
    save(doc, stem)

    EXPECTED[stem] = [{
        "meta": {
            "title": "河南省人民政府办公厅关于支持中国（河南）自由贸易试验区提升跨境电商和口岸开放功能的通知",
            "doc_number": "豫政办〔2025〕47号",
            "issuer": ["河南省人民政府办公厅"],
            "date": "2025-08-12",
            "published": "2025-08-14",
            "level": "provincial",
            "region": "河南省",
            "effective": "2025-08-14",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府各部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "（一）建设跨境电商创新发展先行区。支持郑州片区": ["郑州片区"],
            "（二）推动“丝路电商”合作。支持开封片区": ["开封片区"],
            "（三）发展跨境电商“保税+”新业态。在郑州新郑综合保税区": ["郑州新郑综合保税区", "南阳卧龙综合保税区"],
            "（五）建设多式联运枢纽。支持洛阳片区": ["洛阳片区"],
        }},
    }]
    return stem


# ================================================================ 2. 湖南 联合行文 意见
def make_hunan():
    stem = "blind286_hunan_yijian"
    doc = new_doc()
    sec = doc.sections[0]
    footer_numbers(doc, sec, "oddeven")

    # 联合行文 版头: three organ names stacked, 文件 to their right, centred over them
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    zero_cell_margins(t)
    col_widths(t, [116, 40])
    c0, c1 = t.rows[0].cells
    names = ["湖南省商务厅", "湖南省发展和改革委员会", "中华人民共和国长沙海关"]
    for i, n in enumerate(names):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 26, line=Pt(34))
        font(p.add_run(n), XBS, 26, False, RED)
    c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = c1.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 40, line=Pt(50))
    font(p.add_run("文件"), XBS, 40, False, RED)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    docnum_and_rule(doc, "湘商发〔2025〕23号")
    title(doc, ["湖南省商务厅 湖南省发展和改革委员会", "长沙海关关于推进跨境电子商务与", "口岸经济协同发展的意见"])
    para(doc, "各市州商务局、发展改革委，长沙海关各隶属海关，中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会：",
         indent=0)

    clauses = []
    intro = ("为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，"
             "促进跨境电子商务（以下简称跨境电商）与口岸经济协同发展，加快建设内陆地区改革开放高地，现提出如下意见。")
    body(doc, intro)
    clauses.append(intro)
    heading1(doc, "一、总体要求")
    t = ("坚持“通道+平台+产业”联动，以中国（湖南）自由贸易试验区为引领，以综合保税区和开放口岸为支撑，"
         "推动跨境电商与口岸物流、加工贸易、市场采购深度融合。到2027年，全省跨境电商进出口额达到800亿元，"
         "口岸进出口货运量年均增长8%以上，培育省级跨境电商产业园区20个以上。")
    body(doc, t)
    clauses.append(t)
    heading1(doc, "二、重点任务")
    tasks = [
        ("（一）做强片区跨境电商集聚区。",
         "支持长沙片区建设跨境电商产业创新中心，集聚平台、支付、物流、服务商等全产业链企业，"
         "打造中部地区跨境电商总部基地。"),
        ("（二）提升港口型开放功能。",
         "支持岳阳片区依托城陵矶港开展跨境电商出口海运拼箱业务，推动“湘欧快线”与江海联运无缝衔接，"
         "2026年底前开通跨境电商海运专线2条以上。"),
        ("（三）发展“跨境电商+加工贸易”。",
         "支持郴州片区和郴州综合保税区承接粤港澳大湾区加工贸易梯度转移，开展跨境电商出口退货、保税维修等业务。"),
        ("（四）推动综合保税区提档升级。",
         "在长沙黄花综合保税区、岳阳城陵矶综合保税区、衡阳综合保税区开展跨境电商网购保税进口“前店后仓”模式试点，"
         "试点商品实行“区内展示、区外体验、线上下单”。"),
        ("（五）优化口岸通关监管。",
         "长沙海关对跨境电商出口商品实行“提前申报、运抵验放”，对符合条件的B2B出口商品推行"
         "“一次登记、一点对接、便利通关、简化申报”，全省跨境电商出口平均查验率控制在2%以内。"),
        ("（六）拓展国际物流通道。",
         "加密长沙至布达佩斯、明斯克等中欧班列线路和长沙至马尼拉、达卡等国际货运航线，"
         "鼓励物流企业开展跨境电商“班列+海外仓”“航空+海外仓”一体化服务。"),
    ]
    for h, x in tasks:
        runin(doc, h, x)
        clauses.append(h + x)
    heading1(doc, "三、保障措施")
    for h, x in [
        ("（七）加强统筹协调。",
         "三部门建立跨境电商和口岸经济联席会议制度，每季度会商一次，协调解决发展中的重大问题。"
         "各市州要结合实际制定配套措施。"),
        ("（八）强化数据共享。",
         "依托国际贸易“单一窗口”湖南子平台，推动商务、发展改革、海关、税务、外汇等部门跨境电商数据互联共享，"
         "定期发布全省跨境电商发展指数。"),
    ]:
        runin(doc, h, x)
        clauses.append(h + x)
    t = "本意见自2025年7月1日起施行，有效期3年。"
    body(doc, t)
    clauses.append(t)

    # ---- 落款: three organs side by side, each over its own empty seal space; one date under them
    blank(doc, 1)
    lk = doc.add_table(rows=1, cols=3)
    no_borders(lk)
    lk.alignment = WD_TABLE_ALIGNMENT.CENTER
    zero_cell_margins(lk)
    col_widths(lk, [40, 58, 58])
    for cell, n in zip(lk.rows[0].cells, ["湖南省商务厅", "湖南省发展和改革委员会", "中华人民共和国长沙海关"]):
        p = cell.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 16)
        for _ in range(2):
            q = cell.add_paragraph()
            fmt(q, WD_ALIGN_PARAGRAPH.CENTER, 0, 16)
        q = cell.add_paragraph()
        fmt(q, WD_ALIGN_PARAGRAPH.CENTER, 0, 16)
        squeeze(font(q.add_run(n), FS, 16), 90)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    para(doc, "2025年5月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4)
    para(doc, "（此件公开发布）", indent=2)
    blank(doc, 1)
    para(doc, "附件：湖南省跨境电商与口岸协同发展重点任务分工表", indent=2)

    # ---- 附件 in its own section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2)
    para(doc, "附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, 0)
    blank(doc, 1)
    para(doc, "湖南省跨境电商与口岸协同发展重点任务分工表", XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    blank(doc, 1)
    header = ["序号", "任务类别", "具体工作", "牵头单位", "完成时限"]
    rows = [
        ["1", "平台建设", "在长沙片区建设跨境电商产业创新中心，引进培育跨境电商平台企业5家以上", "省商务厅、长沙市人民政府", "2026年12月底前"],
        ["2", "平台建设", "在郴州综合保税区建设跨境电商出口退货中心仓", "长沙海关、郴州市人民政府", "2025年12月底前"],
        ["3", "平台建设", "在长沙黄花、岳阳城陵矶、衡阳综合保税区开展网购保税进口“前店后仓”试点", "长沙海关、省商务厅", "2026年6月底前"],
        ["4", "通关监管", "推行跨境电商B2B出口“一次登记、一点对接、便利通关、简化申报”", "长沙海关", "2025年9月底前"],
        ["5", "通关监管", "升级国际贸易“单一窗口”湖南子平台跨境电商功能模块", "省商务厅（省口岸办）", "2025年12月底前"],
        ["6", "物流通道", "加密长沙至布达佩斯、明斯克中欧班列和长沙至马尼拉、达卡国际货运航线", "省发展改革委、省商务厅", "持续推进"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [12, 22, 66, 34, 22]
    for i, h in enumerate(header):
        cell_text(tb.rows[0].cells[i], h, HT, 12)
    repeat_header(tb.rows[0])
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            if i == 1 and r > 1 and rows[r - 2][1] == v:
                continue
            cell_text(tb.rows[r].cells[i], v, FS, 12,
                      WD_ALIGN_PARAGRAPH.LEFT if i == 2 else WD_ALIGN_PARAGRAPH.CENTER)
    # merge 任务类别 vertically: rows 1-3, 4-5
    tb.cell(1, 1).merge(tb.cell(3, 1))
    tb.cell(4, 1).merge(tb.cell(5, 1))
    col_widths(tb, widths)
    for row in rows:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    blank(doc, 3)
    banji(doc, "抄送：商务部，国家发展改革委，海关总署，省人民政府办公厅。",
          "湖南省商务厅办公室", "2025年5月28日")
    footer_numbers(doc, s2, "oddeven")
    save(doc, stem)

    EXPECTED[stem] = [{
        "meta": {
            "title": "湖南省商务厅 湖南省发展和改革委员会 长沙海关关于推进跨境电子商务与口岸经济协同发展的意见",
            "doc_number": "湘商发〔2025〕23号",
            "issuer": ["湖南省商务厅", "湖南省发展和改革委员会", "中华人民共和国长沙海关"],
            "date": "2025-05-26",
            "published": "2025-05-28",
            "level": "provincial",
            "region": "湖南省",
            "effective": "2025-07-01",
            "expires": "2028-06-30",
            "attachments": ["湖南省跨境电商与口岸协同发展重点任务分工表"],
            "doc_type": "意见",
            "recipients": ["各市州商务局、发展改革委", "长沙海关各隶属海关",
                           "中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "（一）做强片区跨境电商集聚区。支持长沙片区": ["长沙片区"],
            "（二）提升港口型开放功能。支持岳阳片区": ["岳阳片区"],
            "（三）发展“跨境电商+加工贸易”。支持郴州片区": ["郴州片区", "郴州综合保税区"],
            "（四）推动综合保税区提档升级。在长沙黄花综合保税区": ["长沙黄花综合保税区", "岳阳城陵矶综合保税区",
                                                    "衡阳综合保税区"],
            "序号：1；任务类别：平台建设；具体工作：在长沙片区": ["长沙片区"],
            "序号：2；任务类别：平台建设；具体工作：在郴州综合保税区": ["郴州综合保税区"],
            "序号：3；任务类别：平台建设；具体工作：在长沙黄花": ["长沙黄花综合保税区", "岳阳城陵矶综合保税区",
                                                "衡阳综合保税区"],
        }},
    }]
    return stem


# ================================================================ 3. 新疆 复函 (信函格式)
def make_xinjiang():
    stem = "blind286_xinjiang_fuhan"
    doc = new_doc()
    sec = doc.sections[0]
    sec.top_margin = Mm(30)
    footer_numbers(doc, sec, "center", skip_first=True)

    p = red_banner(doc, "新疆维吾尔自治区商务厅", 30)
    border(p, "bottom", sz=24, color="E60012", val="thickThinSmallGap", space=6)
    p = para(doc, "新商函〔2025〕96号", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0, before=8)
    blank(doc, 1)
    title(doc, ["新疆维吾尔自治区商务厅", "关于喀什片区跨境电商出口海外仓和口岸", "功能提升有关事项的复函"])
    para(doc, "中国（新疆）自由贸易试验区喀什片区管理委员会：", indent=0)
    clauses = []
    intro = ("你单位《关于商请支持喀什片区跨境电商出口海外仓和口岸功能提升有关事项的函》（喀自贸管函〔2025〕14号）收悉。"
             "经研究，现函复如下：")
    body(doc, intro)
    clauses.append(intro)
    items = [
        ("一、关于建设跨境电商公共海外仓。",
         "支持你单位引导片区企业在塔什干、阿拉木图、比什凯克等地建设公共海外仓，对符合条件的，优先推荐申报"
         "自治区级公共海外仓，按规定给予资金支持。"),
        ("二、关于设立跨境电商出口监管仓。",
         "原则同意在喀什综合保税区内设立跨境电商出口监管仓。请你单位会同喀什海关按照海关监管作业场所设置规范，"
         "做好场地建设和验收准备工作，验收通过后报我厅备案。"),
        ("三、关于提升口岸通关能力。",
         "我厅（自治区口岸办）将协调乌鲁木齐海关，支持红其拉甫、吐尔尕特、伊尔克什坦口岸优化跨境电商货物查验流程，"
         "推行“提前申报、抵港直装”。口岸基础设施改造所需资金，请按程序申报2026年度自治区口岸建设专项资金。"),
        ("四、关于跨境电商人才培训。",
         "同意将喀什片区纳入自治区跨境电商人才培训基地布局，支持在喀什经济开发区远方物流港建设跨境电商直播实训基地，"
         "2025年安排培训名额200人次。"),
        ("五、关于跨境电商包机运费补贴。",
         "你单位所提对跨境电商包机给予运费补贴的事项，涉及自治区财政资金统筹，我厅将会同自治区财政厅研究后另行答复。"),
    ]
    for h, x in items:
        runin(doc, h, x, head_font=HT)
        clauses.append(h + x)
    body(doc, "特此函复。")
    para(doc, "（联系人：马晓军；联系电话：0991-2851736）", align=WD_ALIGN_PARAGRAPH.LEFT, indent=2)
    blank(doc, 2)
    para(doc, "新疆维吾尔自治区商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 2)
    para(doc, "2025年9月5日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4)
    para(doc, "（此件依申请公开）", indent=2)
    blank(doc, 1)
    # 信函格式: 抄送 only, no 印发 line
    p = para(doc, "", FS, 14, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, line=Pt(26), left=14, right=14)
    p.paragraph_format.left_indent = Pt(14 + 14 * 3)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    font(p.add_run("抄送：乌鲁木齐海关，自治区财政厅，喀什地区行政公署。"), FS, 14)
    border(p, "top", sz=8, space=4)
    border(p, "bottom", sz=8, space=4)
    save(doc, stem)

    EXPECTED[stem] = [{
        "meta": {
            "title": "新疆维吾尔自治区商务厅关于喀什片区跨境电商出口海外仓和口岸功能提升有关事项的复函",
            "doc_number": "新商函〔2025〕96号",
            "issuer": ["新疆维吾尔自治区商务厅"],
            "date": "2025-09-05",
            "published": None,
            "level": "provincial",
            "region": "中国（新疆）自由贸易试验区喀什片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "复函",
            "recipients": ["中国（新疆）自由贸易试验区喀什片区管理委员会"],
            "publicity": "此件依申请公开",
            "repeals": None,
            "contact": ["马晓军 0991-2851736"],
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "二、关于设立跨境电商出口监管仓。原则同意在喀什综合保税区": ["喀什综合保税区"],
            "四、关于跨境电商人才培训。同意将喀什片区纳入": ["喀什经济开发区远方物流港"],
        }},
    }]
    return stem


# ================================================================ 4. 满洲里 通告 with a map
def draw_map(path):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1600, 1100
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    fnt = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    f_big = ImageFont.truetype(fnt, 40)
    f = ImageFont.truetype(fnt, 28)
    f_s = ImageFont.truetype(fnt, 24)
    d.rectangle([20, 20, W - 20, H - 20], outline="black", width=3)
    d.text((W // 2, 60), "满洲里市跨境电商货车和互市运输车辆指定通行线路示意图", fill="black", font=f_big, anchor="mm")
    # city block grid (grey streets)
    for x in range(300, 1200, 110):
        d.line([(x, 300), (x, 760)], fill=(190, 190, 190), width=6)
    for y in range(300, 800, 92):
        d.line([(300, y), (1190, y)], fill=(190, 190, 190), width=6)
    d.rectangle([520, 392, 850, 668], outline=(120, 120, 120), width=3)
    d.text((685, 530), "限行区域", fill=(120, 120, 120), font=f, anchor="mm")
    # zones
    d.rectangle([90, 150, 330, 300], outline="blue", width=4)
    d.text((210, 225), "中俄互市贸易区", fill="blue", font=f_s, anchor="mm")
    d.rectangle([1250, 180, 1520, 360], outline="blue", width=4)
    d.text((1385, 255), "满洲里综合", fill="blue", font=f_s, anchor="mm")
    d.text((1385, 290), "保税区", fill="blue", font=f_s, anchor="mm")
    d.text((1385, 390), "北区卡口", fill="black", font=f_s, anchor="mm")
    d.ellipse([70, 560, 110, 600], fill="black")
    d.text((90, 620), "满洲里公路口岸", fill="black", font=f_s, anchor="mm")
    d.rectangle([1280, 820, 1540, 960], outline="blue", width=4)
    d.text((1410, 890), "扎赉诺尔区", fill="blue", font=f_s, anchor="mm")
    # designated routes (red)
    route = [(90, 580), (200, 580), (200, 830), (1200, 830), (1200, 380), (1385, 380)]
    d.line(route, fill=(220, 0, 0), width=10)
    d.line([(210, 300), (210, 580)], fill=(220, 0, 0), width=10)
    d.line([(1200, 830), (1280, 890)], fill=(220, 0, 0), width=10)
    d.text((700, 860), "G301国道（绕城段）", fill=(220, 0, 0), font=f_s, anchor="mm")
    # legend
    d.rectangle([60, 940, 640, 1070], outline="black", width=2)
    d.line([(80, 975), (180, 975)], fill=(220, 0, 0), width=10)
    d.text((200, 975), "指定通行线路", fill="black", font=f_s, anchor="lm")
    d.line([(80, 1030), (180, 1030)], fill=(190, 190, 190), width=6)
    d.text((200, 1030), "城区道路（7—9时、17—19时限行区域）", fill="black", font=f_s, anchor="lm")
    # north arrow
    d.polygon([(1480, 470), (1460, 530), (1500, 530)], fill="black")
    d.text((1480, 450), "北", fill="black", font=f, anchor="mm")
    d.text((W - 40, H - 40), "示意图，不作权属界线依据", fill=(90, 90, 90), font=f_s, anchor="rm")
    im.save(path)


def make_manzhouli():
    stem = "blind286_manzhouli_tonggao"
    doc = new_doc()
    sec = doc.sections[0]
    footer_numbers(doc, sec, "center")
    red_banner(doc, "满洲里市人民政府文件", 36)
    docnum_and_rule(doc, "满政通〔2025〕3号")
    title(doc, ["满洲里市人民政府", "关于规范跨境电商货物和互市商品", "道路运输管理的通告"])
    clauses = []
    intro = ("为保障中俄跨境电商货物和边民互市贸易商品运输安全有序，缓解城区交通压力，根据《中华人民共和国道路交通安全法》"
             "《中华人民共和国海关法》等法律法规，结合我市实际，现就有关事项通告如下：")
    body(doc, intro)
    clauses.append(intro)
    items = [
        "一、本通告所称跨境电商货车，是指在本市行政区域内承运跨境电商进出口货物、总质量4.5吨以上的载货汽车；"
        "所称互市运输车辆，是指承运边民互市贸易进口商品的载货汽车。",
        "二、跨境电商货车和互市运输车辆应当按照指定线路通行（指定线路见附件）。每日7时至9时、17时至19时，"
        "禁止上述车辆在五道街至十道街、东山路至中苏路围合区域内通行。",
        "三、满洲里综合保税区内的跨境电商货车，统一经北区卡口进出，由综合保税区管理机构会同满洲里海关实行电子车牌管理，"
        "车辆信息与国际贸易“单一窗口”数据自动比对。",
        "四、中俄互市贸易区（满洲里）内的互市运输车辆，应当在互贸区停车场集中停放、统一调度，不得在区外道路停车装卸。",
        "五、扎赉诺尔区范围内的跨境电商货车，经G301国道扎赉诺尔段绕行进出，不得穿行扎赉诺尔城区主要街道。",
        "六、经满洲里公路口岸入境的俄方货运车辆，按照国际道路运输有关规定和本通告第二条执行。",
        "七、对违反本通告的，由公安机关交通管理部门依照《中华人民共和国道路交通安全法》等规定予以处罚；"
        "涉及海关监管货物的，移交海关依法处理。",
        "八、本通告自2025年10月15日起施行，有效期5年。",
    ]
    for t in items:
        body(doc, t)
        clauses.append(t)
    body(doc, "特此通告。")
    blank(doc, 1)
    p = para(doc, "附件：满洲里市跨境电商货车和互市运输车辆指定通行线路示意图", indent=2)
    p.paragraph_format.left_indent = Pt(16 * 5)
    p.paragraph_format.first_line_indent = Pt(-16 * 3)
    blank(doc, 2)
    para(doc, "满洲里市人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4)
    para(doc, "2025年9月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4)
    para(doc, "（此件公开发布）", indent=2)

    # 附件 page
    p = para(doc, "附件", HT, 16, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p.paragraph_format.page_break_before = True
    blank(doc, 1)
    tmp = tempfile.mkdtemp(prefix="b286_")
    try:
        img = os.path.join(tmp, "map.png")
        draw_map(img)
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(img, width=Mm(150))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    blank(doc, 4)
    banji(doc, "抄送：呼伦贝尔市人民政府，满洲里海关，满洲里边境管理支队，市公安局交通管理大队。",
          "满洲里市人民政府办公室", "2025年9月19日")
    save(doc, stem)

    EXPECTED[stem] = [{
        "meta": {
            "title": "满洲里市人民政府关于规范跨境电商货物和互市商品道路运输管理的通告",
            "doc_number": "满政通〔2025〕3号",
            "issuer": ["满洲里市人民政府"],
            "date": "2025-09-18",
            "published": "2025-09-19",
            "level": "county",
            "region": "满洲里市",
            "effective": "2025-10-15",
            "expires": "2030-10-14",
            "attachments": ["满洲里市跨境电商货车和互市运输车辆指定通行线路示意图"],
            "doc_type": "通告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "三、满洲里综合保税区内的跨境电商货车": ["满洲里综合保税区"],
            "四、中俄互市贸易区（满洲里）内的互市运输车辆": ["中俄互市贸易区（满洲里）"],
            "五、扎赉诺尔区范围内的跨境电商货车": ["扎赉诺尔区"],
        }},
    }]
    return stem


def main():
    stems = [make_henan(), make_hunan(), make_xinjiang(), make_manzhouli()]
    to_pdf([HERE / f"{s}.docx" for s in stems])
    # sanity: every applies_to key starts a clause
    for s, docs in EXPECTED.items():
        for d in docs:
            for k in d["applies_to"]["specific"]:
                assert sum(c.startswith(k) for c in d["clauses"]) == 1, (s, k)
    with open(HERE / "expected.json", "w", encoding="utf-8") as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    for s in stems:
        print(s, len(EXPECTED[s][0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
