# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 333: 区县/综保区 扶持资金、奖补 documents
(跨境电商、外贸、总部经济、一带一路市场开拓), 2025-2026.

Writes next to itself:
  blind333_yinzhou_cuoshi.docx / .pdf   区政府办公室印发若干扶持措施的通知 (landscape 一览表)
  blind333_guandu_tongzhi.docx / .pdf   区商务局关于组织申报2026年度外贸发展专项资金的通知
  blind333_huli_mingdan.xlsx            拟兑现企业名单 (merged title, merged cells, 合计)
  blind333_nanning_gongshi.html         综保区管委会公示网页
  expected.json
Run: . /work/venv/bin/activate && python make_blind333.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind333"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"  # 全角空格


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = east
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), east)


def fmt(p, align=None, indent_chars=0, size=16, line=28.0, before=0, after=0,
        left=None, right=None, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2, size=16,
         line=28.0, **kw):
    """parts: str or list of (text, font[, bold]) ; '\n' in a text = soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, indent_chars, size, line, **kw)
    if isinstance(parts, str):
        parts = [(parts, FS)]
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        color = part[3] if len(part) > 3 else None
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break()
    return p


def blank(doc, n=1, size=16, line=28.0):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, 0, size, line)
        set_font(p.add_run(""), FS, size)


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        ppr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    b.append(e)


def page_field(p, size=14):
    def r(text=None):
        run = p.add_run(text or "")
        set_font(run, SONG, size)
        return run
    r("— ")
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); run._r.append(fc)
    run = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; run._r.append(it)
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); run._r.append(fc)
    r("1")
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); run._r.append(fc)
    r(" —")


def setup_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    # 单页码居右空一字，双页码居左空一字
    fo = sec.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    page_field(fo)
    fe = sec.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    page_field(fe)
    return doc


def banhead(doc, organ_text, size, docnum):
    blank(doc, 1)
    p = para(doc, [(organ_text, XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent_chars=0, size=size, line=size * 1.3)
    p.paragraph_format.space_after = Pt(18)
    blank(doc, 1)
    p = para(doc, docnum, align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0)
    border(p, "bottom", "FF0000", 18, 6)
    blank(doc, 1)


def title(doc, lines, soft=False, after_blank=True):
    if soft:
        para(doc, [("\n".join(lines), XBS)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent_chars=0, size=22, line=33)
    else:
        for ln in lines:
            para(doc, [(ln, XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0,
                 size=22, line=33)
    if after_blank:
        blank(doc, 1)


def signoff(doc, organ, date_cn, public=True):
    blank(doc, 2)
    para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right=48)
    para(doc, date_cn, align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right=64)
    if public:
        blank(doc, 1)
        para(doc, "（此件公开发布）", indent_chars=2)


def banji(doc, cc, printer, pdate):
    """版记: 抄送 + 印发机关、印发日期, with rules above/between/below."""
    p = para(doc, cc, align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0, size=14,
             line=24, left=14, hanging=0)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 0, 14, 24, left=14, right=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(154), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(printer + "\t" + pdate)
    set_font(r, FS, 14)
    border(p, "bottom", "000000", 8, 4)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, None, 0, 16, 28)
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, 0, size, size * 1.45)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_333",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def key(text, n=18):
    return text[:n]


EXPECTED = {}


# =============================================================== (a) 鄞州区 措施
def make_yinzhou():
    name = f"{STEM}_yinzhou_cuoshi"
    doc = setup_doc()
    clauses, specific = [], {}

    banhead(doc, "宁波市鄞州区人民政府办公室文件", 28, "鄞政办发〔2025〕47号")
    title(doc, ["宁波市鄞州区人民政府办公室关于印发",
                "鄞州区促进跨境电商高质量发展若干扶持措施的通知"])
    para(doc, "各镇人民政府、街道办事处，区政府各部门、各直属单位：", indent_chars=0)
    t = ("《鄞州区促进跨境电商高质量发展若干扶持措施》已经区政府第68次常务会议审议通过，"
         "现印发给你们，请结合实际认真贯彻执行。")
    para(doc, t); clauses.append(t)
    signoff(doc, "宁波市鄞州区人民政府办公室", "2025年9月12日")

    # ---- 印发的措施正文
    page_break(doc)
    title(doc, ["鄞州区促进跨境电商高质量发展若干扶持措施"], after_blank=False)
    doc.paragraphs[-1].paragraph_format.space_after = Pt(14)
    t = ("为深入贯彻落实党中央、国务院关于推动跨境电商健康持续创新发展的决策部署，"
         "加快建设中国（宁波）跨境电子商务综合试验区核心区，深度融入“一带一路”建设，"
         "加强与中国（浙江）自由贸易试验区宁波片区联动创新，结合鄞州实际，制定本措施。")
    para(doc, t); clauses.append(t)

    chapters = [
        ("一、壮大跨境电商经营主体", [
            ("第一条", "支持企业做大规模。",
             ["对在鄞州区注册、年度跨境电商进出口额首次达到1000万美元、3000万美元、1亿美元的企业，分别给予10万元、30万元、80万元的"
              "一次性奖励；同一企业晋档的，按最高档次补足差额，不重复享受。"]),
            ("第二条", "支持传统外贸和制造企业转型。",
             ["对首次开展跨境电商B2B出口（海关监管方式代码9710、9810）且年度出口额达到200万美元"
              "以上的企业，按每出口1美元奖励0.02元的标准给予奖励，单家企业最高不超过50万元。"]),
            ("第三条", "引育跨境电商平台和服务企业。",
             ["对新引进的跨境电商平台企业、供应链服务企业总部（须为独立法人），按其落户后首个完整"
              "会计年度对区级财政贡献的50%给予奖励，最高不超过300万元。",
              "对经认定的跨境电商综合服务企业，年度服务本区中小外贸企业50家以上的，给予一次性奖励20万元。"]),
        ]),
        ("二、完善跨境电商基础设施", [
            ("第四条", "支持建设海外仓。",
             ["对在“一带一路”共建国家和地区及RCEP成员国新建或租用面积2000平方米以上、服务本区企业"
              "10家以上的海外仓，按实际投资额或首年租金的20%给予补助，单个海外仓"
              "最高不超过100万元；经认定为省级公共海外仓的，另给予一次性奖励30万元。"]),
            ("第五条", "支持产业园区集聚发展。",
             ["对入驻鄞州跨境电商产业园的跨境电商企业，按实际租用面积给予前两年每平方米每天0.6元、"
              "第三年每平方米每天0.3元的房租补助，单家企业每年最高不超过30万元。产业园运营主体年度"
              "新引进跨境电商企业20家以上的，给予运营主体10万元奖励。"]),
            ("第六条", "支持跨境物流发展。",
             ["对开通经宁波舟山港、宁波栎社国际机场出境的跨境电商专线并"
              "服务本区企业的物流企业，按每条专线年度实际运营量给予补助，最高不超过50万元。"]),
        ]),
        ("三、提升品牌与人才支撑", [
            ("第七条", "支持品牌出海。",
             ["对在境外主流电商平台新注册自主品牌店铺且年度销售额达到100万美元以上的企业，给予5万元"
              "奖励；对获得境外商标注册的，每件给予5000元补助，单家企业每年最高不超过10万元。"]),
            ("第八条", "支持开拓国际市场。",
             ["对企业参加区商务局组织的“一带一路”国际展会及境外跨境电商推介活动的，按展位费的70%"
              "给予补助，单个展会最高不超过5万元，单家企业年度最高不超过20万元。"]),
            ("第九条", "支持人才培育。",
             ["对经备案的跨境电商培训机构，每推荐1名学员到本区跨境电商企业稳定就业6个月以上的，给予1000元补助，每家机构每年最高不超过20万元。"]),
        ]),
        ("四、附则", [
            ("第十条", "",
             ["本措施所称企业，是指在鄞州区依法登记注册、具有独立法人资格、税收征管关系在鄞州区且"
              "正常经营的企业。"]),
            ("第十一条", "",
             ["同一企业同一项目符合本措施和区内其他同类政策的，按照“从高不重复”原则执行；单家企业"
              "年度享受本措施扶持资金总额不超过其当年对区级财政贡献。弄虚作假骗取扶持资金的，追回已拨付"
              "资金，三年内不得申报区级各类扶持资金。"]),
            ("第十二条", "",
             ["本措施自2025年10月1日起施行，有效期2年。《鄞州区关于加快跨境电子商务发展的若干意见》"
              "（鄞政办发〔2022〕31号）同时废止。"]),
            ("第十三条", "", ["本措施由区商务局负责解释。"]),
        ]),
    ]
    for head, arts in chapters:
        para(doc, [(head, HEI)])
        for num, lead, paras in arts:
            first = paras[0]
            parts = [(num + SP, HEI)]
            if lead:
                parts.append((lead, FS, True))
            parts.append((first, FS))
            para(doc, parts)
            for more in paras[1:]:
                para(doc, more)
            text = num + SP + lead + "\n".join(paras)
            clauses.append(text)
            if num == "第五条":
                specific[key(text)] = ["鄞州跨境电商产业园"]
    blank(doc, 1)
    para(doc, "附件：鄞州区促进跨境电商高质量发展奖励标准一览表", indent_chars=2)

    # ---- landscape section: 附件 一览表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(doc, [("附件", HEI)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    para(doc, [("鄞州区促进跨境电商高质量发展奖励标准一览表", XBS)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, size=22, line=33, after=8)
    header = ["序号", "扶持事项", "扶持标准", "申报主体", "受理部门"]
    rows = [
        ["1", "跨境电商规模奖励",
         "年度跨境电商进出口额首次达到1000万美元、3000万美元、1亿美元的，分别给予10万元、30万元、"
         "80万元一次性奖励，晋档按最高档次补足差额", "跨境电商企业", "区商务局"],
        ["2", "B2B出口转型奖励",
         "首次开展9710、9810出口且年度出口额达到200万美元以上的，每出口1美元奖励0.02元，"
         "最高不超过50万元", "传统外贸企业、制造企业", "区商务局"],
        ["3", "平台及服务企业奖励",
         "新引进平台企业、供应链服务企业总部按首个完整会计年度区级财政贡献的50%奖励，最高不超过"
         "300万元；综合服务企业一次性奖励20万元",
         "跨境电商平台企业、供应链服务企业、综合服务企业", "区投资促进中心"],
        ["4", "海外仓建设补助",
         "按实际投资额或首年租金的20%补助，单个海外仓最高不超过100万元；省级公共海外仓另奖励30万元",
         "海外仓建设运营企业", "区商务局"],
        ["5", "产业园区房租补助",
         "入驻鄞州跨境电商产业园的，前两年每平方米每天0.6元、第三年每平方米每天0.3元，每年最高"
         "不超过30万元；运营主体年度新引进20家以上的奖励10万元",
         "入园跨境电商企业、产业园运营主体", "区商务局"],
        ["6", "跨境物流专线补助", "按专线年度实际运营量给予补助，最高不超过50万元",
         "跨境物流企业", "区交通运输局"],
        ["7", "品牌出海奖励",
         "境外平台自主品牌店铺年度销售额100万美元以上的奖励5万元；境外商标注册每件补助5000元，"
         "每年最高不超过10万元", "跨境电商企业", "区市场监管局"],
        ["8", "市场开拓补助",
         "参加“一带一路”国际展会及境外推介活动的按展位费70%补助，单个展会最高不超过5万元，年度"
         "最高不超过20万元",
         "跨境电商企业", "区商务局"],
        ["9", "人才培育补助",
         "每推荐1名学员稳定就业6个月以上补助1000元，每家机构每年最高不超过20万元",
         "跨境电商培训机构", "区人力社保局"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(14), Mm(36), Mm(120), Mm(40), Mm(27)]
    for i, h in enumerate(header):
        cell_text(tb.rows[0].cells[i], h, HEI, 11, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tb.rows[0])
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            cell_text(tb.rows[r].cells[c], v, FS, 10.5,
                      align=WD_ALIGN_PARAGRAPH.CENTER if c in (0, 3, 4) else WD_ALIGN_PARAGRAPH.LEFT)
    tb.autofit = False
    for c, w in enumerate(widths):
        tb.columns[c].width = w
    for row in tb.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = w
    # merged cells: 受理部门 rows 1-2 and 4-5; 申报主体 rows 7-8
    for (r1, r2, c) in [(1, 2, 4), (4, 5, 4), (7, 8, 3)]:
        val = rows[r1 - 1][c]
        m = tb.cell(r1, c).merge(tb.cell(r2, c))
        cell_text(m, val, FS, 10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in rows:
        text = "；".join(f"{h}：{v}" for h, v in zip(header, row))
        clauses.append(text)
        if row[0] == "5":
            specific[key(text)] = ["鄞州跨境电商产业园"]

    # ---- back to portrait for 版记 (last page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    blank(doc, 18)
    banji(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区监委，区法院，区检察院，区人武部。",
          "宁波市鄞州区人民政府办公室", "2025年9月15日印发")

    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[name] = [{
        "meta": {
            "title": "宁波市鄞州区人民政府办公室关于印发鄞州区促进跨境电商高质量发展若干扶持措施的通知",
            "doc_number": "鄞政办发〔2025〕47号",
            "issuer": ["宁波市鄞州区人民政府办公室"],
            "date": "2025-09-12",
            "published": "2025-09-15",
            "level": "county",
            "region": "浙江省宁波市鄞州区",
            "effective": "2025-10-01",
            "expires": "2027-09-30",
            "attachments": ["鄞州区促进跨境电商高质量发展奖励标准一览表"],
            "doc_type": "通知",
            "recipients": ["各镇人民政府、街道办事处", "区政府各部门、各直属单位"],
            "publicity": "此件公开发布",
            "repeals": "《鄞州区关于加快跨境电子商务发展的若干意见》（鄞政办发〔2022〕31号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =============================================================== (b) 官渡区 通知
def make_guandu():
    name = f"{STEM}_guandu_tongzhi"
    doc = setup_doc()
    clauses, specific = [], {}

    banhead(doc, "昆明市官渡区商务局文件", 36, "官商发〔2026〕9号")
    title(doc, ["昆明市官渡区商务局关于组织申报2026年度", "外贸发展专项资金的通知"], soft=True)
    para(doc, "各街道办事处，区属各有关单位，各有关企业：", indent_chars=0)

    def add(parts, text=None, place=None):
        para(doc, parts)
        if text is None:
            text = parts if isinstance(parts, str) else "".join(p[0] for p in parts)
        clauses.append(text)
        if place:
            specific[key(text)] = place

    def head(t):
        para(doc, [(t, HEI)])

    def sub(t):
        para(doc, [(t, KAI)])

    add("为贯彻落实国家和省、市稳外贸决策部署，支持企业深度参与“一带一路”建设和面向南亚东南亚辐射"
        "中心建设，根据《官渡区外贸发展专项资金管理办法》（官商规〔2024〕2号），现就组织申报2026年度"
        "外贸发展专项资金有关事项通知如下。")
    head("一、支持范围和标准")
    add([("（一）外贸实绩增长奖励。", KAI),
         ("对2025年度进出口额达到500万美元以上且同比增长10%以上的企业，按增量部分每1美元奖励0.03元"
          "给予奖励，单家企业最高不超过50万元。", FS)])
    add([("（二）“一带一路”市场开拓补助。", KAI),
         ("对企业参加区商务局发布的2026年度重点境外展会目录内展会（含在老挝、越南、泰国、缅甸等南亚"
          "东南亚国家举办的展会）的，按展位费的80%给予补助，单个展会最高不超过3万元；对企业赴共建"
          "“一带一路”国家开展商务考察、洽谈订单的，按国际往返机票费用的50%给予补助，每家企业每年"
          "最多补助2人次、最高不超过2万元。", FS)])
    add([("（三）外贸新业态补助。", KAI),
         ("对通过昆明综合保税区开展跨境电商1210保税进口业务、年度交易额达到1000万元以上的企业，给予"
          "10万元奖励；对新认定的市级以上公共海外仓运营企业，给予一次性补助15万元。", FS)])
    add([("（四）外贸总部企业落户奖励。", KAI),
         ("对新迁入官渡区的外贸企业区域总部或结算中心，落户当年进出口额达到5000万美元以上的，给予"
          "一次性落户奖励100万元；达到1亿美元以上的，给予一次性落户奖励200万元。", FS)])
    add([("（五）自贸试验区联动支持。", KAI),
         ("注册在中国（云南）自由贸易试验区昆明片区官渡联动创新区内的企业，申报本通知第（一）至（三）"
          "项的，支持标准在上述基础上上浮10%，单项最高限额相应提高10%。", FS)],
        place=["中国（云南）自由贸易试验区昆明片区官渡联动创新区"])
    head("二、申报条件")
    add("1.在官渡区依法登记注册、具有独立法人资格，税收征管关系在官渡区，已办理对外贸易经营者备案"
        "登记或海关进出口货物收发货人备案；")
    add("2.2025年度有进出口实绩，申报事项发生时间在2025年1月1日至2025年12月31日之间；")
    add("3.财务管理制度健全，近三年无重大违法违规行为，未被列入严重失信主体名单；")
    add("4.同一事项已获得省、市级财政资金支持的，不得重复申报。")
    head("三、申报材料")
    sub("（一）通用材料")
    add("1.《2026年度官渡区外贸发展专项资金申报表》（附件1）；")
    add("2.营业执照复印件及对外贸易经营者备案登记表（或海关备案回执）复印件；")
    add("3.《企业信用承诺书》（附件3）。")
    sub("（二）专项材料")
    add("1.申报外贸实绩增长奖励的，提供：")
    add("（1）海关出具的企业2024年度、2025年度进出口数据证明；")
    add("（2）企业2025年度财务审计报告。")
    add("2.申报“一带一路”市场开拓补助的，提供：")
    add("（1）《境外展会及商务考察费用明细表》（附件2）；")
    add("（2）展位费合同、发票及付款凭证，参展照片（须含企业展位及展会名称）；")
    add("（3）出访人员护照信息页、签证页及出入境记录，国际机票行程单及支付凭证。")
    add("3.申报外贸新业态补助、外贸总部企业落户奖励的，按申报表要求提供相关证明材料。")
    add("以上材料一式两份，加盖企业公章，按顺序装订成册，并同时提供电子扫描件。")
    head("四、申报时间及方式")
    add([("（一）申报时间。", KAI),
         ("2026年3月2日至2026年3月27日（法定工作日9:00—12:00，14:00—17:30），逾期不予受理。", FS)])
    add([("（二）申报方式。", KAI),
         ("企业登录“官渡区惠企政策兑现平台”在线填报，并将纸质材料报送至属地街道办事处经济发展办公室；"
          "各街道办事处于2026年4月3日前完成初审并汇总报送区商务局。", FS)])
    head("五、工作要求")
    add("（一）各街道办事处要认真做好政策宣传和初审工作，对企业申报材料的真实性、完整性进行审核，"
        "出具初审意见。")
    add("（二）申报企业对申报材料的真实性负责。对弄虚作假、骗取专项资金的，按照《财政违法行为处罚处分"
        "条例》等规定处理，追回已拨付资金，三年内不得申报区级专项资金。")
    head("六、联系方式")
    t = ("区商务局对外贸易科，联系人：杨晓丽，联系电话：0871-63185247\n"
         "地址：官渡区关上中路188号区级行政中心5号楼302室")
    add(t, t)
    blank(doc, 1)
    p = para(doc, "附件：1.2026年度官渡区外贸发展专项资金申报表", indent_chars=0, left=32 + 48,
             hanging=48)
    para(doc, "2.境外展会及商务考察费用明细表", indent_chars=0, left=32 + 48)
    para(doc, "3.企业信用承诺书", indent_chars=0, left=32 + 48)
    signoff(doc, "昆明市官渡区商务局", "2026年2月11日")

    page_break(doc)
    blank(doc, 19)
    banji(doc, "抄送：区人民政府办公室，区财政局，区审计局，区税务局。",
          "昆明市官渡区商务局办公室", "2026年2月12日印发")

    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[name] = [{
        "meta": {
            "title": "昆明市官渡区商务局关于组织申报2026年度外贸发展专项资金的通知",
            "doc_number": "官商发〔2026〕9号",
            "issuer": ["昆明市官渡区商务局"],
            "date": "2026-02-11",
            "published": "2026-02-12",
            "level": "county",
            "region": "云南省昆明市官渡区",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度官渡区外贸发展专项资金申报表",
                            "境外展会及商务考察费用明细表", "企业信用承诺书"],
            "doc_type": "通知",
            "recipients": ["各街道办事处", "区属各有关单位", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =============================================================== (c) 湖里区 名单 xlsx
def make_huli():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    name = f"{STEM}_huli_mingdan"
    wb = Workbook()
    ws = wb.active
    ws.title = "拟兑现名单"
    thin = Side(style="thin", color="000000")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ttl = "湖里区2025年度总部经济及外贸发展扶持资金拟兑现企业名单"
    ws.merge_cells("A1:D1")
    ws["A1"] = ttl
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 48
    header = ["序号", "企业名称", "扶持事项", "拟兑现金额（万元）"]
    for c, h in enumerate(header, start=1):
        cell = ws.cell(row=2, column=c, value=h)
        cell.font = Font(name="黑体", size=12)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = bd
    data = [
        (1, "厦门瀚洋供应链管理有限公司", "总部企业落户奖励", 200.00),
        (2, "厦门鹭岛跨境电子商务有限公司", "跨境电商进出口规模奖励", 30.00),
        (3, "厦门嘉禾国际贸易有限公司", "总部企业经营贡献奖励", 85.60),
        (3, "厦门嘉禾国际贸易有限公司", "“一带一路”市场开拓补助", 12.35),
        (4, "厦门泓信数字科技有限公司", "外贸综合服务企业奖励", 20.00),
        (5, "厦门海峡两岸电商物流有限公司", "跨境电商海外仓补助", 48.00),
        (6, "厦门东渡远航贸易有限公司", "外贸稳增长奖励", 15.80),
        (7, "厦门金钟新材料进出口有限公司", "“一带一路”市场开拓补助", 6.42),
        (8, "厦门五缘湾跨境科技有限公司", "跨境电商进出口规模奖励", 10.00),
        (9, "厦门众和机电设备进出口有限公司", "外贸稳增长奖励", 22.50),
        (10, "厦门蓝海通国际物流有限公司", "总部企业落户奖励", 100.00),
    ]
    clauses = []
    r = 3
    prev = None
    first_row_of = {}
    for seq, comp, item, amt in data:
        if seq != prev:
            ws.cell(row=r, column=1, value=seq)
            ws.cell(row=r, column=2, value=comp)
            first_row_of[seq] = r
        ws.cell(row=r, column=3, value=item)
        ws.cell(row=r, column=4, value=amt).number_format = "0.00"
        for c in range(1, 5):
            cell = ws.cell(row=r, column=c)
            cell.border = bd
            cell.font = Font(name="仿宋_GB2312", size=12)
            cell.alignment = Alignment(horizontal="left" if c in (2, 3) else "center",
                                       vertical="center", wrap_text=True)
        clauses.append(f"序号：{seq}；企业名称：{comp}；扶持事项：{item}；拟兑现金额（万元）：{amt:.2f}")
        prev = seq
        r += 1
    # 序号、企业名称 vertically merged for 嘉禾 (two 扶持事项)
    a = first_row_of[3]
    ws.merge_cells(start_row=a, start_column=1, end_row=a + 1, end_column=1)
    ws.merge_cells(start_row=a, start_column=2, end_row=a + 1, end_column=2)
    total = round(sum(d[3] for d in data), 2)
    ws.cell(row=r, column=1, value="合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(row=r, column=4, value=total).number_format = "0.00"
    for c in range(1, 5):
        cell = ws.cell(row=r, column=c)
        cell.border = bd
        cell.font = Font(name="黑体", size=12)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    clauses.append(f"序号：合计；拟兑现金额（万元）：{total:.2f}")
    r += 1
    note = "备注：拟兑现金额均为区级财政承担部分，市级配套资金由市商务局另行拨付。"
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=1, value=note).alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(row=r, column=1).font = Font(name="仿宋_GB2312", size=11)
    ws.row_dimensions[r].height = 32
    clauses.append(note)
    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=1, value="制表单位：厦门市湖里区商务局　　　　　　制表日期：2026年3月13日")
    ws.cell(row=r, column=1).font = Font(name="仿宋_GB2312", size=11)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 38
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 20
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    wb.create_sheet("Sheet2")
    wb.save(os.path.join(HERE, name + ".xlsx"))
    EXPECTED[name] = [{
        "meta": {
            "title": ttl,
            "doc_number": None,
            "issuer": ["厦门市湖里区商务局"],
            "date": "2026-03-13",
            "published": None,
            "level": "county",
            "region": "福建省厦门市湖里区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "名单",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]


# =============================================================== (d) 南宁综保区 公示 html
def make_nanning():
    name = f"{STEM}_nanning_gongshi"
    ttl = "关于南宁综合保税区2025年度扶持资金拟兑现企业名单的公示"
    body = [
        "根据《南宁综合保税区促进跨境电商和开放型经济发展扶持办法》（南综保管发〔2024〕12号）和"
        "《关于组织申报2025年度南宁综合保税区扶持资金的通知》有关规定，经企业申报、经济发展局初审、"
        "第三方机构专项审核和管委会主任办公会议审定，拟对广西桂港通供应链管理有限公司等12家企业兑现"
        "2025年度跨境电商、加工贸易及“一带一路”市场开拓扶持资金共计{total}万元。现将拟兑现企业名单"
        "予以公示。",
        "公示期：2026年4月8日至2026年4月14日（5个工作日）。",
        "公示期间，任何单位和个人对公示名单有异议的，可通过书面形式实名向南宁综合保税区管理委员会"
        "经济发展局反映，并提供必要的证明材料。以单位名义反映的须加盖单位公章，以个人名义反映的须"
        "签署真实姓名并留下联系方式。逾期或匿名反映的不予受理。",
        "联系人：韦女士；联系电话：0771-4938216；地址：南宁综合保税区综合服务大楼507室。",
    ]
    rows = [
        (1, "广西桂港通供应链管理有限公司", "跨境电商进出口规模奖励", 60.00),
        (2, "南宁东盟优选跨境电子商务有限公司", "跨境电商进出口规模奖励", 40.00),
        (3, "广西邕江智能终端科技有限公司", "加工贸易产值增长奖励", 85.00),
        (4, "南宁中越通国际物流有限公司", "中越跨境物流专线补助", 32.50),
        (5, "广西北部湾海外仓运营有限公司", "“一带一路”海外仓建设补助", 45.00),
        (6, "南宁瑞泰电子科技有限公司", "加工贸易产值增长奖励", 28.30),
        (7, "广西慧联数字贸易有限公司", "“一带一路”市场开拓补助", 8.60),
        (8, "南宁绿城保税仓储有限公司", "保税仓储物流奖励", 22.00),
        (9, "广西东融跨境电商产业园运营有限公司", "跨境电商园区运营奖励", 20.00),
        (10, "南宁鼎诚精密制造有限公司", "加工贸易产值增长奖励", 18.40),
        (11, "广西万通进出口贸易有限公司", "“一带一路”市场开拓补助", 6.40),
        (12, "南宁新丝路供应链服务有限公司", "外贸综合服务企业奖励", 20.00),
    ]
    total = round(sum(r[3] for r in rows), 2)
    body[0] = body[0].format(total=f"{total:.2f}")
    header = ["序号", "企业名称", "扶持事项", "拟兑现金额（万元）"]
    clauses = list(body)
    trs = []
    for seq, comp, item, amt in rows:
        trs.append(f"<tr><td>{seq}</td><td class=\"l\">{comp}</td><td class=\"l\">{item}</td>"
                   f"<td>{amt:.2f}</td></tr>")
        clauses.append(f"序号：{seq}；企业名称：{comp}；扶持事项：{item}；拟兑现金额（万元）：{amt:.2f}")
    trs.append(f"<tr><td colspan=\"3\"><b>合计</b></td><td><b>{total:.2f}</b></td></tr>")
    clauses.append(f"序号：合计；拟兑现金额（万元）：{total:.2f}")
    ps = "\n".join(f'<p style="text-indent:2em;">{t}</p>' for t in body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="南宁综合保税区管理委员会">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{ttl}">
<meta name="PubDate" content="2026-04-08 10:32">
<meta name="ContentSource" content="经济发展局">
<title>{ttl}_通知公告_南宁综合保税区管理委员会</title>
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f3f5f8;color:#333}}
.top{{background:#0b4d9c;color:#fff;padding:18px 0;text-align:center;font-size:28px;letter-spacing:4px}}
.nav{{background:#083b78;text-align:center}}
.nav a{{color:#fff;display:inline-block;padding:10px 22px;text-decoration:none}}
.wrap{{width:1100px;margin:0 auto;background:#fff;padding:20px 40px}}
.crumb{{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
table.xxgk{{width:100%;border-collapse:collapse;font-size:13px;margin:12px 0;background:#f9fbfd}}
table.xxgk td{{border:1px solid #dde3ea;padding:5px 8px}}
h1{{text-align:center;font-size:24px;color:#0b4d9c;line-height:1.5;margin:22px 60px 8px}}
.info{{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.content{{font-size:17px;line-height:2;font-family:FangSong,"仿宋_GB2312",serif}}
.content table.list{{border-collapse:collapse;margin:10px auto;width:90%}}
.content table.list td,.content table.list th{{border:1px solid #333;padding:4px 8px;text-align:center;font-size:15px}}
.content td.l{{text-align:left}}
.sign{{text-align:right;padding-right:4em}}
.side{{margin-top:30px;border-top:2px solid #0b4d9c;font-size:14px}}
.foot{{background:#083b78;color:#cfd8e6;text-align:center;font-size:12px;line-height:2;padding:14px 0}}
</style>
</head>
<body>
<div class="top">南宁综合保税区管理委员会</div>
<div class="nav"><a href="/">首页</a><a href="/jggk/">机构概况</a><a href="/zwgk/">政务公开</a><a href="/tzcj/">投资促进</a><a href="/zcwj/">政策文件</a><a href="/hdjl/">互动交流</a></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<table class="xxgk">
<tr><td>索引号：11450100MB1X23456K/2026-00412</td><td>发布机构：南宁综合保税区管理委员会</td></tr>
<tr><td>主题分类：财政、金融、审计</td><td>生成日期：2026-04-08</td></tr>
<tr><td colspan="2">公开方式：主动公开</td></tr>
</table>
<h1>{ttl}</h1>
<div class="info">发布日期：2026-04-08 10:32　　来源：经济发展局　　浏览次数：<span id="hits">386</span>　　字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
<div class="content">
{ps}
<p style="text-indent:2em;">附件：南宁综合保税区2025年度扶持资金拟兑现企业名单</p>
<p class="sign">南宁综合保税区管理委员会</p>
<p class="sign">2026年4月8日</p>
<p style="text-align:center;font-family:SimHei,黑体;font-size:20px;margin-top:30px;">南宁综合保税区2025年度扶持资金拟兑现企业名单</p>
<table class="list">
<tr><th>序号</th><th>企业名称</th><th>扶持事项</th><th>拟兑现金额（万元）</th></tr>
{chr(10).join(trs)}
</table>
</div>
<div style="text-align:right;font-size:13px;margin-top:16px;">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="side">
<p><b>相关文章</b></p>
<ul>
<li><a href="/zwgk/tzgg/202506/t20250612_5521.html">关于2024年度南宁综合保税区扶持资金兑现结果的公告</a> 2025-06-12</li>
<li><a href="/zwgk/tzgg/202512/t20251205_6103.html">关于组织申报2025年度南宁综合保税区扶持资金的通知</a> 2025-12-05</li>
<li><a href="/zwgk/tzgg/202603/t20260320_6377.html">南宁综合保税区2026年一季度进出口情况通报</a> 2026-03-20</li>
</ul>
</div>
</div>
<div class="foot">
主办：南宁综合保税区管理委员会　　承办：南宁综合保税区管理委员会办公室<br>
网站标识码：4501000071　　桂ICP备16008325号-2　　桂公网安备45010502000418号<br>
地址：南宁综合保税区综合服务大楼　　邮编：530200　　（建议使用1280×800以上分辨率浏览）
</div>
</body>
</html>
"""
    with open(os.path.join(HERE, name + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    EXPECTED[name] = [{
        "meta": {
            "title": ttl,
            "doc_number": None,
            "issuer": ["南宁综合保税区管理委员会"],
            "date": "2026-04-08",
            "published": "2026-04-08",
            "level": "zone",
            "region": "广西壮族自治区南宁市南宁综合保税区",
            "effective": None,
            "expires": None,
            "attachments": ["南宁综合保税区2025年度扶持资金拟兑现企业名单"],
            "doc_type": "公示",
            "recipients": [],
            "publicity": "主动公开",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]


if __name__ == "__main__":
    make_yinzhou()
    make_guandu()
    make_huli()
    make_nanning()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses")
