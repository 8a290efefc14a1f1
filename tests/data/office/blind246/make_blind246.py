# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 246 blind test documents: zone-level offices (综保区 / 保税港区 / 开发区 / 自贸片区).

Writes next to itself:
  blind246_shapingba_cuoshi.docx/.pdf   重庆市沙坪坝区人民政府 印发若干措施的通知
  blind246_beilun_tongzhi.docx/.pdf     宁波市北仑区商务局 + 宁波梅山综合保税区管理委员会 联合通知（附件清单表）
  blind246_hainan_tongzhi.html          海南省商务厅 通知网页（浏览器另存）
  blind246_qingdao_yaodian.docx/.pdf    青岛市商务局 印发工作要点的通知（附件为要点）
  expected.json
Run:  . /work/venv/bin/activate && python make_blind246.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SB = "\v"  # marks a soft line break (Shift+Enter) inside a paragraph

PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


# ---------------------------------------------------------------- docx helpers
def style_run(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    if font in (HT, XBS, KT):
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    parts = text.split(SB)
    for i, part in enumerate(parts):
        if i:
            br = p.add_run()
            br.add_break()
        if part:
            style_run(p.add_run(part), font, size, bold, color)


def para(box, segs, align="justify", indent=2, size=16, line=28, before=0, after=0,
         left=0, right=0, font=FS):
    """segs: str or list of (text, font, bold[, color])."""
    p = box.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if left:
        pf.left_indent = Pt(left)
    if right:
        pf.right_indent = Pt(right)
    p.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                   "distribute": WD_ALIGN_PARAGRAPH.DISTRIBUTE}[align]
    if isinstance(segs, str):
        segs = [(segs, font, False)]
    for seg in segs:
        text, f, b = seg[0], seg[1], seg[2]
        color = seg[3] if len(seg) > 3 else None
        add_text(p, text, f, size, b, color)
    return p


def border(p, sides):
    """sides: dict side -> (sz eighths-pt, color)."""
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            sz, color = sides[side]
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "1")
            e.set(qn("w:color"), color)
            bdr.append(e)
    pPr.insert_element_before(bdr, *PPR_AFTER_BDR)


def blank(box, n=1, line=28):
    for _ in range(n):
        para(box, "", indent=0, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(2)
    p.add_run().add_break(WD_BREAK.PAGE)


def field_page(p):
    def fld(kind):
        r = p.add_run()
        style_run(r, ST, 14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
    fld("begin")
    r = p.add_run()
    style_run(r, ST, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    fld("separate")
    style_run(p.add_run("1"), ST, 14)
    fld("end")


def page_numbers(section):
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        style_run(p.add_run("— "), ST, 14)
        field_page(p)
        style_run(p.add_run(" —"), ST, 14)


def setup(doc):
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    portrait(sec)
    page_numbers(sec)
    return sec


def portrait(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    sec.header_distance = Mm(15)


def landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(35), Mm(35)
    sec.footer_distance = Mm(14)


def masthead(doc, organ, number, size=32):
    blank(doc, 1)
    para(doc, [(organ, XBS, False, RED)], align="center", indent=0, size=size, line=size + 10)
    blank(doc, 2)
    para(doc, number, align="center", indent=0)
    rule = para(doc, "", indent=0, line=8)
    border(rule, {"bottom": (18, "FF0000")})
    blank(doc, 1)


def title(doc, lines):
    """lines: list of paragraphs; each may contain SB soft breaks."""
    for ln in lines:
        para(doc, [(ln, XBS, False)], align="center", indent=0, size=22, line=36)
    blank(doc, 1)


def banji(doc, cc, printer, date, width_mm=156):
    blank(doc, 2)
    p = para(doc, cc, align="left", indent=0, size=14, line=26, left=14, right=14)
    p.paragraph_format.first_line_indent = None
    border(p, {"top": (8, "000000"), "bottom": (4, "000000")})
    p = para(doc, printer + "\t" + date, align="left", indent=0, size=14, line=26, left=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    border(p, {"bottom": (8, "000000")})


def fix_widths(tbl, widths_mm):
    tbl.autofit = False
    for i, w in enumerate(widths_mm):
        tbl.columns[i].width = Mm(w)
        for c in tbl.columns[i].cells:
            c.width = Mm(w)


def set_cell(cell, text, font=FS, size=11, bold=False, align="center", width=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "distribute": WD_ALIGN_PARAGRAPH.DISTRIBUTE}[align]
    p.paragraph_format.line_spacing = Pt(size + 6)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    add_text(p, text, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if width:
        cell.width = width


# ---------------------------------------------------------------- clause helpers
def flat(t):
    return t.replace(SB, "")


class Doc:
    """Collects clauses + applies_to while building."""

    def __init__(self):
        self.clauses = []
        self.specific = {}

    def add(self, text, places=None):
        text = flat(text)
        self.clauses.append(text)
        if places:
            key = text[:24]
            assert len(key) >= 15, key
            assert all(not c.startswith(key) for c in self.clauses[:-1]), key
            self.specific[key] = places


def body_clause(doc, D, label, head, text, places=None, head_font=FS, extra=None):
    segs = [(label, FS, False)]
    if head:
        segs.append((head, head_font, True))
    segs.append((text, FS, False))
    para(doc, segs)
    full = label + (head or "") + text
    if extra:
        for e in extra:
            para(doc, e)
        full = full + "\n" + "\n".join(extra)
    D.add(full, places)


def h1(doc, text):
    para(doc, [(text, HT, False)])


def h2(doc, text):
    para(doc, [(text, KT, False)])


def convert(path):
    outdir = os.path.dirname(path)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_246",
                    "--convert-to", "pdf", "--outdir", outdir, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ 1 沙坪坝
def make_shapingba():
    D = Doc()
    doc = Document()
    setup(doc)
    masthead(doc, "重庆市沙坪坝区人民政府文件", "沙府发〔2024〕9号")
    # 标题分两段（回车断行）
    title(doc, ["重庆市沙坪坝区人民政府关于印发《沙坪坝区", "支持开放平台跨境电商和保税业务高质量" + SB + "发展若干措施》的通知"])
    para(doc, "各镇人民政府、街道办事处，区政府各部门，有关单位：", indent=0)
    t = ("现将《沙坪坝区支持开放平台跨境电商和保税业务高质量发展若干措施》印发给你们，"
         "请认真贯彻执行。")
    para(doc, t)
    D.add(t)
    blank(doc, 3)
    para(doc, "重庆市沙坪坝区人民政府", align="right", indent=0, right=32)
    para(doc, "2024年5月16日", align="right", indent=0, right=48)
    blank(doc, 1)
    para(doc, "（此件公开发布）")
    page_break(doc)

    title(doc, ["沙坪坝区支持开放平台跨境电商和保税业务" + SB + "高质量发展若干措施"])
    t = ("为深入贯彻共建“一带一路”和西部陆海新通道建设部署，充分发挥重庆西永综合保税区"
         "（以下简称西永综保区）、中国（重庆）自由贸易试验区西永片区（以下简称自贸试验区西永片区）"
         "和重庆国际物流枢纽园区等开放平台作用，推动跨境电商、保税维修、保税研发与中欧班列（渝新欧）"
         "联动发展，结合我区实际，制定如下措施。")
    para(doc, t)
    D.add(t)

    XY = ["重庆西永综合保税区"]
    h1(doc, "一、支持跨境电商集聚发展")
    body_clause(doc, D, "（一）", "支持跨境电商企业入驻。",
                "对入驻西永综保区的跨境电商企业，在区内租赁自用办公用房的，按实际租金的50%给予补贴，"
                "每家企业每年最高30万元，补贴期限不超过3年。", XY)
    body_clause(doc, D, "（二）", "支持跨境电商业务扩量。",
                "对在我区开展跨境电商B2B直接出口（9710）、出口海外仓（9810）业务的企业，"
                "年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的，分别给予一次性奖励20万元、50万元、100万元。")
    body_clause(doc, D, "（三）", "支持海外仓布局。",
                "支持企业在共建“一带一路”国家和地区建设、租赁海外仓，对经认定的海外仓，按当年实际投入的30%"
                "给予补助，单个企业最高200万元。鼓励企业在德国杜伊斯堡、匈牙利布达佩斯等中欧班列沿线节点城市"
                "布局公共海外仓。")
    body_clause(doc, D, "（四）", "发展跨境电商零售进口。",
                "支持西永综保区开展跨境电商网购保税进口（1210）业务，对在综保区内新建跨境电商监管仓"
                "且仓储面积不低于5000平方米的企业，按仓储设施投资额的20%给予一次性补助，最高不超过300万元。", XY)

    h1(doc, "二、推动保税维修和保税研发")
    body_clause(doc, D, "（五）", "扩大保税维修业务。",
                "支持西永综保区内企业按照“两头在外”模式开展笔记本电脑、显示器、服务器等产品全球保税维修业务，"
                + SB + "对年度维修业务收入首次超过5000万元的企业，给予一次性奖励50万元。", XY)
    body_clause(doc, D, "（六）", "支持保税研发。",
                "对在自贸试验区西永片区内开展保税研发业务的企业，按其研发设备、检测仪器购置费用的20%给予补助，"
                "单个企业每年最高100万元。", ["中国（重庆）自由贸易试验区西永片区"])
    body_clause(doc, D, "（七）", "优化监管服务。",
                "区商务委会同西永海关建立保税维修、保税研发企业“白名单”制度，对列入名单的企业实行"
                "“一企一策”服务，推动维修、研发料件便捷通关。")

    h1(doc, "三、发挥中欧班列通道作用")
    body_clause(doc, D, "（八）", "支持班列货源组织。",
                "对通过中欧班列（渝新欧）从重庆铁路口岸（团结村站）进出口跨境电商货物的企业，"
                "按每标准集装箱2000元给予运费补贴，单个企业年度最高150万元。",
                extra=["本条所称跨境电商货物，以按海关跨境电商监管方式（9610、9710、9810、1210）申报的货物为准。"])
    body_clause(doc, D, "（九）", "建设班列集结中心。",
                "支持重庆国际物流枢纽园区建设中欧班列集结中心和跨境电商分拨中心，对园区内新建的分拨中心项目，"
                "按固定资产投资额的10%给予补助，最高500万元。", ["重庆国际物流枢纽园区"])
    body_clause(doc, D, "（十）", "推动“班列+保税”联动。",
                "鼓励企业利用中欧班列（渝新欧）开展“保税+出口”“保税+维修”集拼业务，对在西永综保区、"
                "重庆铁路保税物流中心（B型）内完成集拼的货物，按每标准集装箱1000元给予补贴。",
                ["重庆西永综合保税区", "重庆铁路保税物流中心（B型）"])

    h1(doc, "四、保障措施")
    body_clause(doc, D, "（十一）", "强化资金保障。",
                "本措施所需资金由区级财政预算统筹安排。同一项目同时符合本措施和区内其他同类政策的，"
                "按照“从高、不重复”原则给予支持。")
    body_clause(doc, D, "（十二）", "加强组织实施。",
                "区商务委负责本措施的解释和组织实施，区财政局、区发展改革委、西永综保区管委会等部门"
                "按职责分工做好相关工作。")
    body_clause(doc, D, "（十三）", "",
                "本措施自2024年6月1日起施行，有效期至2026年12月31日。《重庆市沙坪坝区人民政府关于印发"
                "沙坪坝区促进跨境电子商务发展若干政策的通知》（沙府发〔2021〕11号）同时废止。")

    banji(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，重庆西永综合保税区管理委员会。",
          "重庆市沙坪坝区人民政府办公室", "2024年5月20日印发")
    path = os.path.join(HERE, "blind246_shapingba_cuoshi.docx")
    doc.save(path)
    meta = {
        "title": "重庆市沙坪坝区人民政府关于印发《沙坪坝区支持开放平台跨境电商和保税业务高质量发展若干措施》的通知",
        "doc_number": "沙府发〔2024〕9号",
        "issuer": ["重庆市沙坪坝区人民政府"],
        "date": "2024-05-16",
        "published": "2024-05-20",
        "level": "county",
        "region": "重庆市沙坪坝区",
        "effective": "2024-06-01",
        "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各镇人民政府、街道办事处", "区政府各部门", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《重庆市沙坪坝区人民政府关于印发沙坪坝区促进跨境电子商务发展若干政策的通知》（沙府发〔2021〕11号）",
    }
    return path, [{"meta": meta, "clauses": D.clauses, "applies_to": {"specific": D.specific}}]


# ================================================================ 2 北仑 + 梅山综保区 联合
def make_beilun():
    D = Doc()
    doc = Document()
    sec = setup(doc)
    blank(doc, 1)
    # 联合行文版头：两机关名称上下排列，“文件”二字居右（无框表格）
    tb = doc.add_table(rows=2, cols=2)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    w1, w2 = Mm(122), Mm(32)
    for r in range(2):
        tb.cell(r, 0).width = w1
        tb.cell(r, 1).width = w2
    fix_widths(tb, [118, 38])
    right = tb.cell(0, 1).merge(tb.cell(1, 1))
    set_cell(tb.cell(0, 0), "宁波市北仑区商务局", XBS, 22, align="distribute")
    set_cell(tb.cell(1, 0), "宁波梅山综合保税区管理委员会", XBS, 22, align="distribute")
    set_cell(right, "文件", XBS, 40)
    for c in (tb.cell(0, 0), tb.cell(1, 0), right):
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
        c.paragraphs[0].paragraph_format.line_spacing = Pt(44)
    right.paragraphs[0].paragraph_format.line_spacing = Pt(56)
    blank(doc, 2)
    para(doc, "仑商务〔2024〕31号", align="center", indent=0)
    rule = para(doc, "", indent=0, line=8)
    border(rule, {"bottom": (18, "FF0000")})
    blank(doc, 1)
    title(doc, ["宁波市北仑区商务局" + SB + "宁波梅山综合保税区管理委员会" + SB + "关于公布2024年度跨境电商和保税业务" + SB
                + "重点培育项目的通知"])
    para(doc, "各街道（镇），区级有关部门，各有关企业：", indent=0)
    t = ("为贯彻落实共建“一带一路”倡议和中国（浙江）自由贸易试验区扩展区域建设部署，推动区内海关特殊监管区域"
         "跨境电商、保税维修、保税研发等新业态提质扩量，经企业申报、部门审核和专家评审，确定宁波甬港跨境供应链有限公司"
         "跨境电商进口保税仓扩建项目等10个项目为2024年度跨境电商和保税业务重点培育项目（详见附件）。现将有关事项通知如下：")
    para(doc, t)
    D.add(t)

    MS = ["宁波梅山综合保税区"]
    h1(doc, "一、加强项目服务保障")
    body_clause(doc, D, "（一）", "实行项目专员制度。",
                "区商务局、梅山综保区管委会对清单内项目逐一明确服务专员，协调解决用地、用工、通关等问题，"
                "推动项目按计划开工投产。")
    body_clause(doc, D, "（二）", "",
                "梅山综保区内的项目，由梅山综保区管委会牵头建立“周对接、月调度”工作机制，会同梅山海关优化"
                "保税监管流程，对保税维修料件实行“先入区、后报关”。", MS)
    body_clause(doc, D, "（三）", "",
                "位于宁波保税区、北仑港综保区的项目，由区商务局会同宁波保税区管委会开展跟踪服务，"
                "每季度召开一次项目推进会。", ["宁波保税区", "宁波北仑港综合保税区"])

    h1(doc, "二、落实支持政策")
    body_clause(doc, D, "（一）", "",
                "对清单内跨境电商项目，按照《北仑区促进商贸服务业高质量发展若干政策》给予支持，项目建成后按实际设备"
                "投资额的15%给予补助，单个项目最高200万元。")
    body_clause(doc, D, "（二）", "",
                "对在梅山综保区开展“两头在外”保税维修业务的项目，按年度维修业务收入的3%给予奖励，单个企业最高300万元；"
                "在北仑港综保区开展的，单个企业最高200万元。", ["宁波梅山综合保税区", "宁波北仑港综合保税区"])
    body_clause(doc, D, "（三）", "",
                "对在宁波保税区开展保税研发的项目，研发用进口设备、料件按规定享受保税政策，区级财政按年度研发投入的10%"
                "给予补助，最高100万元。", ["宁波保税区"])
    body_clause(doc, D, "（四）", "",
                "对大榭开发区内开展跨境电商出口集拼业务的项目，按实际出口集拼箱量每标准集装箱300元给予补助，"
                "单个企业最高80万元。", ["宁波大榭开发区"])

    h1(doc, "三、强化动态管理")
    body_clause(doc, D, "（一）", "",
                "重点培育项目清单实行动态管理，对连续两个季度未实质性推进的项目，调出重点培育清单，"
                "不再享受本通知所列支持政策。")
    body_clause(doc, D, "（二）", "",
                "各项目实施单位应于每季度结束后5个工作日内，通过“北仑区重点项目管理系统”报送项目进展情况。")
    body_clause(doc, D, "（三）", "",
                "联系人：区商务局对外贸易科　陈晓峰，电话：0574-86891234；梅山综保区管委会经济发展局　林琳，"
                "电话：0574-86781235。")

    blank(doc, 1)
    para(doc, "附件：2024年度跨境电商和保税业务重点培育项目清单", left=0)
    blank(doc, 3)
    sig = doc.add_table(rows=1, cols=2)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(sig, [70, 86])
    set_cell(sig.cell(0, 0), "宁波市北仑区商务局", FS, 16, width=Mm(70))
    set_cell(sig.cell(0, 1), "宁波梅山综合保税区管理委员会", FS, 16, width=Mm(86))
    blank(doc, 1)
    para(doc, "2024年4月8日", align="right", indent=0, right=48)
    blank(doc, 1)
    para(doc, "（此件公开发布）")

    # 附件：横排节
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s2)
    para(doc, [("附件", HT, False)], align="left", indent=0)
    para(doc, [("2024年度跨境电商和保税业务重点培育项目清单", XBS, False)], align="center", indent=0, size=20, line=34)
    blank(doc, 1, line=14)
    heads = ["序号", "项目类别", "项目名称", "实施主体", "所在区域", "业务模式", "2024年计划投资（万元）", "责任单位"]
    widths = [12, 20, 50, 42, 30, 31, 20, 22]
    rows = [
        ("1", "跨境电商", "跨境电商进口保税仓扩建项目", "宁波甬港跨境供应链有限公司", "梅山综保区", "网购保税进口（1210）", "8500", "梅山综保区管委会"),
        ("2", "跨境电商", "跨境电商出口集拼分拨中心", "宁波联拓国际物流有限公司", "北仑港综保区", "特殊区域出口（1210）", "3200", "区商务局"),
        ("3", "跨境电商", "“丝路电商”海外仓公共服务平台", "宁波海邦数字贸易有限公司", "自贸试验区宁波片区", "出口海外仓（9810）", "1800", "区商务局"),
        ("4", "跨境电商", "跨境电商出口集拼仓", "宁波榭港物流有限公司", "大榭开发区", "直接出口（9710）", "2600", "大榭开发区管委会"),
        ("5", "保税维修", "船用发动机全球保税维修项目", "宁波海祥船舶动力科技有限公司", "梅山综保区", "“两头在外”保税维修", "4200", "梅山综保区管委会"),
        ("6", "保税维修", "工业机器人保税维修及再制造项目", "宁波瑞恒智能装备有限公司", "北仑港综保区", "保税维修、再制造", "5600", "区商务局"),
        ("7", "保税维修", "注塑机保税维修中心", "宁波巨岭精机有限公司", "宁波保税区", "保税维修", "1500", "区商务局"),
        ("8", "保税研发", "汽车芯片保税研发中心", "宁波甬芯微电子有限公司", "宁波保税区", "保税研发", "6800", "区科技局"),
        ("9", "保税研发", "新能源电池材料保税研发项目", "宁波锂源新材料科技有限公司", "梅山综保区", "保税研发", "3900", "梅山综保区管委会"),
        ("10", "中欧班列", "“海铁联运+中欧班列”跨境电商集拼专线", "宁波北仑海铁联运物流有限公司", "北仑港综保区", "中欧班列（义新欧）集拼", "2200", "区交通运输局"),
    ]
    zone_full = {"梅山综保区": "宁波梅山综合保税区", "北仑港综保区": "宁波北仑港综合保税区",
                 "自贸试验区宁波片区": "中国（浙江）自由贸易试验区宁波片区", "大榭开发区": "宁波大榭开发区",
                 "宁波保税区": "宁波保税区"}
    tbl = doc.add_table(rows=1 + len(rows), cols=len(heads))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(tbl, widths)
    for i, h in enumerate(heads):
        set_cell(tbl.cell(0, i), h, HT, 11, width=Mm(widths[i]))
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    # merge 项目类别 vertically
    groups = {}
    for ri, r in enumerate(rows, start=1):
        groups.setdefault(r[1], []).append(ri)
    for g, idx in groups.items():
        if len(idx) > 1:
            tbl.cell(idx[0], 1).merge(tbl.cell(idx[-1], 1))
    for ri, r in enumerate(rows, start=1):
        for ci, v in enumerate(r):
            if ci == 1 and ri != groups[v][0]:
                continue
            set_cell(tbl.cell(ri, ci), v, FS, 11, align="left" if ci in (2, 3) else "center",
                     width=Mm(widths[ci]))
        text = "；".join("%s：%s" % (h, v) for h, v in zip(heads, r))
        D.add(text, [zone_full[r[4]]])
    banji(doc, "抄送：区委办，区人大办，区政府办，区政协办，宁波保税区管委会，区财政局，北仑海关。",
          "宁波市北仑区商务局办公室", "2024年4月9日印发", width_mm=227)
    path = os.path.join(HERE, "blind246_beilun_tongzhi.docx")
    doc.save(path)
    meta = {
        "title": "宁波市北仑区商务局 宁波梅山综合保税区管理委员会关于公布2024年度跨境电商和保税业务重点培育项目的通知",
        "doc_number": "仑商务〔2024〕31号",
        "issuer": ["宁波市北仑区商务局", "宁波梅山综合保税区管理委员会"],
        "date": "2024-04-08",
        "published": "2024-04-09",
        "level": "county",
        "region": "宁波市北仑区",
        "effective": None,
        "expires": None,
        "attachments": ["2024年度跨境电商和保税业务重点培育项目清单"],
        "doc_type": "通知",
        "recipients": ["各街道（镇）", "区级有关部门", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": D.clauses, "applies_to": {"specific": D.specific}}]


# ================================================================ 3 海南 HTML
def make_hainan():
    D = Doc()
    title_txt = "海南省商务厅关于推进海关特殊监管区域跨境电商和保税业务创新发展的通知"
    body = []  # html paragraphs

    def P(html, clause=None, places=None, style="text-indent:2em;"):
        body.append('<p style="%s">%s</p>' % (style, html))
        if clause is not None:
            D.add(clause, places)

    def item(label, html_text, plain_text, places=None, strong=None):
        lead = label + ("<strong>%s</strong>" % strong if strong else "")
        P(lead + html_text, label + (strong or "") + plain_text, places)

    P('<span style="font-family:仿宋_GB2312;">琼商务〔2024〕156号</span>', style="text-align:center;")
    P("洋浦经济开发区管委会，海口市商务局，三亚市商务局，海口综合保税区管理局，海口空港综合保税区管理局，省直有关单位：",
      style="text-indent:0;")
    t = ("为贯彻落实《海南自由贸易港建设总体方案》和共建“一带一路”相关部署，发挥海关特殊监管区域在海南自由贸易港建设中的"
         "先行先试作用，推动跨境电商、保税维修、保税研发等业务创新发展，经省政府同意，现就有关事项通知如下：")
    P(t, t)
    P("<strong>一、推动跨境电商创新发展</strong>")
    t = ("在洋浦保税港区和海口综合保税区试点跨境电商零售进口退货中心仓模式，允许区外跨境电商退货商品在规定时限内"
         "进入区内中心仓集中分拣、退运。")
    item("（一）", t, t, ["洋浦保税港区", "海口综合保税区"])
    t = ("支持各市县依托跨境电商综合试验区开展跨境电商B2B出口业务，鼓励企业在东盟、中东等共建“一带一路”"
         "国家和地区布局海外仓。")
    item("（二）", t, t)
    h = ("海口空港综合<span>保税区</span>开展跨境电商“保税+直播”业务试点，对经认定的直播基地，<br>"
         "由海口市按规定给予场地租金支持。")
    t = "海口空港综合保税区开展跨境电商“保税+直播”业务试点，对经认定的直播基地，由海口市按规定给予场地租金支持。"
    item("（三）", h, t, ["海口空港综合保税区"])
    P("<strong>二、拓展保税维修和保税研发业务</strong>")
    t = ("支持洋浦保税港区内企业开展船舶、海工装备保税维修业务，维修所需进口零部件按规定享受“零关税”政策，"
         "维修后复运出境。")
    item("（一）", t, t, ["洋浦保税港区"])
    t = ("在海口综合保税区、海口空港综合保税区开展航空器材、医疗器械等高技术含量、高附加值产品保税维修，"
         "支持海口空港综合保税区建设飞机发动机维修基地。")
    item("（二）", t, t, ["海口综合保税区", "海口空港综合保税区"])
    t = ("三亚市要依托三亚崖州湾科技城，探索开展种业、深海科技等领域保税研发，研发所需进口设备、试剂按规定享受"
         "保税政策。")
    item("（三）", t, t, ["三亚市", "三亚崖州湾科技城"])
    P("<strong>三、畅通国际物流通道</strong>")
    t = ("支持企业利用西部陆海新通道和中欧班列，开展经洋浦港、海口港中转的“海铁联运+跨境电商”业务，"
         "对新开通至共建“一带一路”国家外贸航线的企业按规定给予奖励。")
    item("（一）", t, t)
    t = ("对标新加坡、迪拜等国际先进自由港，优化海关特殊监管区域通关流程，推行“一线放开、二线管住”进出口管理制度，"
         "进一步压缩货物进出区时间。")
    item("（二）", t, t)
    P("<strong>四、保障措施</strong>")
    t = ("各有关市县、园区管理机构要结合实际制定实施细则，明确责任分工和时间节点，于2024年8月31日前报省商务厅备案。")
    item("（一）", t, t)
    t = "本通知自2024年7月1日起施行，有效期至2026年6月30日。"
    item("（二）", t, t)
    P("&nbsp;", style="")
    P("附件：海南省海关特殊监管区域跨境电商和保税业务试点任务清单")
    P("&nbsp;", style="")
    P("海南省商务厅", style="text-align:right;padding-right:4em;")
    P("2024年6月18日", style="text-align:right;padding-right:4em;")
    P("（此件主动公开）")

    url = "https://dofcom.hainan.gov.cn/dofcom/0400/202406/5b3e7f1c2a8d4e09b1f6c7a2d3e4f5a6.shtml"
    html = """<!DOCTYPE html>
<!-- saved from url=(%04d)%s -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%s_通知公告_海南省商务厅</title>
<meta name="SiteName" content="海南省商务厅">
<meta name="SiteDomain" content="dofcom.hainan.gov.cn">
<meta name="SiteIDCode" content="4600000017">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="%s">
<meta name="PubDate" content="2024-06-21 16:32">
<meta name="ContentSource" content="海南省商务厅">
<link rel="stylesheet" href="./%s_files/common.css">
<link rel="stylesheet" href="./%s_files/article.css">
<script src="./%s_files/jquery-1.11.3.min.js"></script>
<script>var _hmt = _hmt || []; var pubtime = "2024-06-21 16:32:08";</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问海南省商务厅网站！</span>
<span class="fr"><a href="javascript:;">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="https://www.hainan.gov.cn/">海南省人民政府</a></span></div></div>
<div class="header"><div class="w1200"><img src="./%s_files/logo.png" alt="海南省商务厅"></div></div>
<div class="nav"><ul><li><a href="https://dofcom.hainan.gov.cn/">首页</a></li><li><a href="javascript:;">机构概况</a></li>
<li><a href="javascript:;">政务公开</a></li><li><a href="javascript:;">政务服务</a></li><li><a href="javascript:;">自贸港建设</a></li><li><a href="javascript:;">互动交流</a></li></ul></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="https://dofcom.hainan.gov.cn/">首页</a> &gt; <a href="javascript:;">政务公开</a> &gt; <a href="javascript:;">通知公告</a></div>
<div class="xxgk_table">
<table cellspacing="0" cellpadding="0" border="1">
<tbody>
<tr><td class="t">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>00817042-3/2024-00215</td><td class="t">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><td class="t">发文机关：</td><td>海南省商务厅</td><td class="t">成文日期：</td><td>2024年06月18日</td></tr>
<tr><td class="t">标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">%s</td></tr>
<tr><td class="t">发文字号：</td><td>琼商务〔2024〕156号</td><td class="t">发布日期：</td><td>2024年06月21日</td></tr>
</tbody></table>
</div>
<div class="article">
<h1 class="art_title">%s</h1>
<div class="art_info"><span>发布时间：2024-06-21 16:32</span><span>来源：海南省商务厅</span>
<span>【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span><span>浏览次数：1826</span></div>
<div class="TRS_Editor" id="zoom">
<style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}</style>
%s
</div>
<div class="fujian"><p>附件下载：</p>
<p><a href="./%s_files/P020240621563218702145.docx" target="_blank">海南省海关特殊监管区域跨境电商和保税业务试点任务清单.docx</a></p></div>
<div class="art_tool"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关文件</h3><ul>
<li><a href="javascript:;">海南省商务厅关于做好2024年跨境电商综合试验区建设工作的通知</a><span>2024-04-02</span></li>
<li><a href="javascript:;">海南省商务厅 海口海关关于印发《海南自由贸易港加工增值免关税政策操作指引》的通知</a><span>2023-11-20</span></li>
<li><a href="javascript:;">图解：海关特殊监管区域跨境电商和保税业务创新发展十条举措</a><span>2024-06-24</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：海南省商务厅　地址：海口市美兰区国兴大道9号省政府机关会议中心</p>
<p>网站标识码：4600000017　<a href="https://beian.miit.gov.cn/">琼ICP备05000317号-1</a>　琼公网安备 46010802000521号</p>
</div></div>
</body></html>
"""
    stem = "blind246_hainan_tongzhi"
    html = html % (len(url), url, title_txt, title_txt, stem, stem, stem, stem, title_txt, title_txt,
                   "\n".join(body), stem)
    path = os.path.join(HERE, stem + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    meta = {
        "title": title_txt,
        "doc_number": "琼商务〔2024〕156号",
        "issuer": ["海南省商务厅"],
        "date": "2024-06-18",
        "published": "2024-06-21",
        "level": "provincial",
        "region": "海南省",
        "effective": "2024-07-01",
        "expires": "2026-06-30",
        "attachments": ["海南省海关特殊监管区域跨境电商和保税业务试点任务清单"],
        "doc_type": "通知",
        "recipients": ["洋浦经济开发区管委会", "海口市商务局", "三亚市商务局", "海口综合保税区管理局",
                       "海口空港综合保税区管理局", "省直有关单位"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": D.clauses, "applies_to": {"specific": D.specific}}]


# ================================================================ 4 青岛 工作要点
def make_qingdao():
    D = Doc()
    doc = Document()
    setup(doc)
    masthead(doc, "青岛市商务局文件", "青商务字〔2024〕6号", size=40)
    title(doc, ["青岛市商务局关于印发2024年全市" + SB + "开放型经济工作要点的通知"])
    para(doc, "各区、市商务主管部门，局机关各处室、各直属单位：", indent=0)
    t = ("现将《2024年全市开放型经济工作要点》印发给你们，请结合实际认真抓好落实，"
         "工作进展情况于每季度结束后5个工作日内报市商务局综合处。")
    para(doc, t)
    D.add(t)
    blank(doc, 1)
    para(doc, "附件：2024年全市开放型经济工作要点")
    blank(doc, 2)
    para(doc, "青岛市商务局", align="right", indent=0, right=48)
    para(doc, "2024年3月12日", align="right", indent=0, right=48)
    blank(doc, 1)
    para(doc, "（此件公开发布）")

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(s2)
    para(doc, [("附件", HT, False)], align="left", indent=0)
    blank(doc, 1)
    title(doc, ["2024年全市开放型经济工作要点"])
    t = ("2024年，全市开放型经济工作要以习近平新时代中国特色社会主义思想为指导，深度融入共建“一带一路”，"
         "统筹用好自贸试验区、综合保税区、上合示范区等开放平台，推动跨境电商、保税维修、中欧班列等重点业务"
         "提质增效，全市货物进出口总额增长5%以上。重点抓好以下工作：")
    para(doc, t)
    D.add(t)

    def item(label, head, text, places=None):
        body_clause(doc, D, label, head, text, places)

    h1(doc, "一、做强开放平台")
    h2(doc, "（一）推进自贸试验区青岛片区制度创新")
    item("1.", "深化首创性探索。",
         "在中国（山东）自由贸易试验区青岛片区开展国际船舶登记、保税船供油等改革试点，全年形成制度创新成果20项以上。"
         "（责任单位：市商务局、市交通运输局）", ["中国（山东）自由贸易试验区青岛片区"])
    item("2.", "推进联动创新区建设。",
         "支持胶州市、即墨区自贸试验区联动创新区复制推广青岛片区改革试点经验，年内复制推广制度创新案例30项以上。"
         "（责任单位：市商务局）", ["胶州市", "青岛市即墨区"])
    h2(doc, "（二）提升综合保税区发展水平")
    item("3.", "",
         "前湾综保区内加快建设进口冷链商品分拨中心和跨境电商保税备货仓，年内保税物流货值增长10%以上。"
         "（责任单位：市商务局、青岛海关）", ["青岛前湾综合保税区"])
    item("4.", "",
         "支持青岛西海岸综合保税区、青岛胶州湾综合保税区开展保税维修业务，重点发展航空零部件、船用设备、数控机床等"
         "产品“两头在外”维修，新增保税维修企业5家以上。（责任单位：市商务局、青岛海关）",
         ["青岛西海岸综合保税区", "青岛胶州湾综合保税区"])
    item("5.", "",
         "即墨综保区要发挥纺织服装产业优势，开展保税研发设计和跨境电商出口集拼业务，年内进出口额突破100亿元。"
         "（责任单位：市商务局）", ["青岛即墨综合保税区"])
    item("6.", "",
         "推动全市综保区综合绩效评估提档进位，对评估排名靠后的综保区实行挂牌督导。（责任单位：市商务局、市发展改革委）")

    h1(doc, "二、拓展跨境电商新空间")
    h2(doc, "（三）壮大跨境电商主体")
    item("7.", "实施“千企出海”行动。",
         "全年培育跨境电商主体1000家以上，跨境电商进出口额增长15%以上。（责任单位：市商务局）")
    item("8.", "建设跨境电商产业园。",
         "黄岛区、胶州市要加快建设跨境电商产业园，各引进跨境电商平台企业和服务商10家以上。（责任单位：市商务局）",
         ["青岛市黄岛区", "胶州市"])
    h2(doc, "（四）完善海外仓网络")
    item("9.", "",
         "支持企业在共建“一带一路”国家布局海外仓，重点在俄罗斯莫斯科、哈萨克斯坦阿拉木图、德国汉堡等城市新建海外仓"
         "10个以上。（责任单位：市商务局）")
    item("10.", "",
         "平度市、莱西市要结合农产品、食品加工产业特点，" + SB + "各培育跨境电商出口特色产业带1个以上。（责任单位：市商务局、市农业农村局）",
         ["平度市", "莱西市"])

    h1(doc, "三、畅通国际物流通道")
    h2(doc, "（五）提升中欧班列开行质效")
    item("11.", "",
         "全年开行中欧班列（齐鲁号·青岛）1000列以上，新开行至中亚、欧洲线路2条以上。（责任单位：市交通运输局、市商务局）")
    item("12.", "",
         "上合示范区要加快建设中欧班列集结中心，完善多式联运海关监管中心功能，开展“班列+跨境电商”集拼业务。"
         "（责任单位：市商务局）", ["中国—上海合作组织地方经贸合作示范区"])
    h2(doc, "（六）优化口岸营商环境")
    item("13.", "",
         "深化“智慧口岸”建设，推进青岛港前湾港区、董家口港区与青岛胶东国际机场口岸通关数据共享，进出口整体通关时间"
         "压缩5%以上。（责任单位：市口岸办、青岛海关）")

    h1(doc, "四、深化共建“一带一路”经贸合作")
    h2(doc, "（七）拓展国际市场")
    item("14.", "",
         "组织企业参加中国—中东欧国家博览会、中国—东盟博览会等展会，全年组织企业参加境外展会100场以上。"
         "（责任单位：市商务局、市贸促会）")
    item("15.", "",
         "西海岸新区要高水平建设日韩进口商品集散中心，年内引进日韩商品进口贸易商20家以上。（责任单位：市商务局）",
         ["青岛西海岸新区"])

    h1(doc, "五、强化工作保障")
    h2(doc, "（八）加强统筹调度")
    item("16.", "",
         "建立开放型经济工作季度调度机制，各区、市于每季度结束后5个工作日内报送工作进展。（责任单位：市商务局）")
    item("17.", "",
         "市商务局会同市财政局统筹用好外经贸发展专项资金，重点支持综保区、跨境电商和中欧班列项目。"
         "（责任单位：市商务局、市财政局）")

    banji(doc, "抄送：市委办公厅，市政府办公厅，市发展改革委，市财政局，青岛海关。",
          "青岛市商务局办公室", "2024年3月13日印发")
    path = os.path.join(HERE, "blind246_qingdao_yaodian.docx")
    doc.save(path)
    meta = {
        "title": "青岛市商务局关于印发2024年全市开放型经济工作要点的通知",
        "doc_number": "青商务字〔2024〕6号",
        "issuer": ["青岛市商务局"],
        "date": "2024-03-12",
        "published": "2024-03-13",
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": ["2024年全市开放型经济工作要点"],
        "doc_type": "通知",
        "recipients": ["各区、市商务主管部门", "局机关各处室、各直属单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": D.clauses, "applies_to": {"specific": D.specific}}]


def main():
    expected = {}
    for maker in (make_shapingba, make_beilun, make_hainan, make_qingdao):
        path, docs = maker()
        stem = os.path.splitext(os.path.basename(path))[0]
        expected[stem] = docs
        if path.endswith(".docx"):
            convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for stem, docs in expected.items():
        print(stem, sum(len(d["clauses"]) for d in docs), "clauses",
              sum(len(d["applies_to"]["specific"]) for d in docs), "specific")


if __name__ == "__main__":
    main()
