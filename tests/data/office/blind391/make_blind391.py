# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 391 blind test documents: replies to deputies' proposals / CPPCC proposals."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28.9)
    add_page_number(sec)
    return doc


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, manual_indent=False):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and not manual_indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        if manual_indent:
            text = "\u3000\u3000" + text
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, bold=False, manual_indent=False):
    """Run-in heading: heading run in its own font, body text continues."""
    p = doc.add_paragraph()
    if manual_indent:
        r = p.add_run("\u3000\u3000")
        set_font(r, FS, 16)
    else:
        p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(head)
    set_font(r, head_font, 16, bold)
    r = p.add_run(body)
    set_font(r, FS, 16)
    return p


def heading(doc, text, font=HT):
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text)
    set_font(r, font, 16)
    return p


def border(p, side, color="E60012", sz=12, space=1):
    ppr = p._element.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(20)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break()  # soft line break inside a cell


def no_borders(table):
    tbl = table._element
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def grid_table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, font=HT, size=12)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v)
    t.autofit = False
    for j, gc in enumerate(t._element.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Mm(w)
    return t


def auto_numbering(doc):
    """Create a Word numbering definition '%1.' with no tab suffix; return numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    numbering.append(num)
    return nid


def numbered(doc, text, num_id):
    p = doc.add_paragraph()
    ppr = p._element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    r = p.add_run(text)
    set_font(r, FS, 16)
    return p


def banji(doc, lines):
    """版记: lines with black rules above / between / below."""
    for i, (left, right) in enumerate(lines):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.left_indent = Pt(7)
        p.paragraph_format.right_indent = Pt(7)
        if i == 0:
            border(p, "top", color="000000", sz=8)
        border(p, "bottom", color="000000", sz=4 if i < len(lines) - 1 else 8)
        txt = left if right is None else left + "\u3000" * 6 + right
        r = p.add_run(txt)
        set_font(r, FS, 14)


# ---------------------------------------------------------------- doc 1
def make_sichuan():
    C = []  # expected clauses
    doc = new_doc()
    # top right: reply category
    p = para(doc, "答复类别：A类", font=HT, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, indent=False)
    p = para(doc, "四川省商务厅", font=XBS, size=40, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED)
    p.paragraph_format.line_spacing = Pt(60)
    para(doc, indent=False)
    # layout table: 文号 left, 签发人 right
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], "川商务函〔2025〕412号", size=16, align=WD_ALIGN_PARAGRAPH.LEFT)
    c = t.rows[0].cells[1]
    c.text = ""
    cp = c.paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = cp.add_run("签发人：")
    set_font(r, FS, 16)
    r = cp.add_run("李\u3000刚")
    set_font(r, KT, 16)
    p = para(doc, indent=False)
    border(p, "bottom", sz=18)
    para(doc, indent=False)
    # title split over two paragraphs
    para(doc, "关于省十四届人大三次会议第1234号", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "代表建议的答复", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, indent=False)
    para(doc, "王明代表：", indent=False)

    def body(text, manual=False):
        para(doc, text, manual_indent=manual)
        C.append(text)

    body("您提出的《关于进一步发挥中欧班列（成渝）通道作用 加快建设内陆开放高地的建议》收悉。"
         "经认真研究，并商省发展改革委、省交通运输厅、成都海关、中国铁路成都局集团有限公司，现答复如下：")
    body("中欧班列是共建“一带一路”的标志性成果。近年来，我厅深入贯彻落实党中央、国务院关于推进中欧班列"
         "高质量发展的决策部署，按照省委、省政府工作安排，会同相关部门和成都、重庆两地协同推进中欧班列"
         "（成渝）高质量发展，通道辐射能力、综合竞争力和对产业的带动作用持续提升。您在建议中提出的拓展线路"
         "网络、培育回程货源、推动“班列+”产业融合、优化口岸通关等意见，对我们做好下一步工作很有参考价值。",
         manual=True)

    heading(doc, "一、关于拓展班列线路网络")
    h, b = ("（一）持续加密主干通道。",
            "2024年，中欧班列（成渝）全年开行超过5000列，开行量继续保持全国前列，其中四川方向开行2680列，"
            "同比增长8.6%。目前，班列已稳定联通欧洲110余个城市，形成以成都国际铁路港为枢纽，西向经阿拉山口、"
            "霍尔果斯，北向经满洲里、二连浩特，南向经凭祥、磨憨的多通道运输格局。")
    runin(doc, h, b)
    C.append(h + b)
    h, b = ("（二）积极拓展新线路。",
            "我厅会同成都市人民政府支持开行成都至布达佩斯、成都至伊斯坦布尔等线路，推动中欧班列与西部陆海新通道、"
            "长江黄金水道联动，2024年新开“中欧班列+西部陆海新通道”铁海联运线路3条，实现欧洲—成都—东盟"
            "货物“一单到底”。")
    runin(doc, h, b)
    C.append(h + b)
    body("2024年四川方向主要线路开行情况如下：")
    header = ["序号", "线路", "开行列数\n（列）", "同比增长\n（%）"]
    rows = [
        ["1", "成都—罗兹（波兰）", "612", "6.3"],
        ["2", "成都—蒂尔堡（荷兰）", "385", "12.1"],
        ["3", "成都—纽伦堡（德国）", "297", "-2.4"],
        ["4", "成都—阿拉木图（哈萨克斯坦）", "438", "9.8"],
        ["5", "成都—布达佩斯（匈牙利）", "156", "新开线路"],
    ]
    grid_table(doc, header, rows, [18, 70, 34, 34])
    hn = [x.replace("\n", "") for x in header]
    for row in rows:
        C.append("；".join(f"{k}：{v}" for k, v in zip(hn, row)))
    para(doc, indent=False)

    heading(doc, "二、关于培育回程货源和推动“班列+”产业融合")
    h, b = ("（一）推动“班列+贸易”发展。",
            "依托成都国际铁路港综合保税区和中国（四川）自由贸易试验区成都青白江铁路港片区，我厅支持建设进口商品"
            "集散分拨中心，2024年通过班列进口的汽车、木材、食品、酒类等商品货值达到185亿元，同比增长11.2%，"
            "回程班列占比提高到42%。")
    runin(doc, h, b)
    C.append(h + b)
    h, b = ("（二）推动“班列+产业”发展。",
            "围绕电子信息、装备制造、食品饮料等优势产业，引导企业利用班列开展国际产能合作，主要做了以下工作：")
    runin(doc, h, b)
    C.append(h + b)
    nid = auto_numbering(doc)
    items = [
        "支持班列运营平台与省内重点制造企业签订年度运输协议，稳定去程货源；",
        "在德阳、眉山、宜宾等地布局班列集结点和“公共班列”服务站，推广“班列+园区”模式；",
        "联合中国出口信用保险公司四川分公司，为利用班列开展贸易的中小微企业提供短期出口信用保险支持，"
        "2024年承保金额23.6亿元。",
    ]
    for i, it in enumerate(items, 1):
        numbered(doc, it, nid)
        C.append(f"{i}.{it}")

    heading(doc, "三、关于优化口岸通关和营商环境")
    h, b = ("（一）提升通关便利化水平。",
            "成都海关在成都国际铁路港推广“铁路快通”“两步申报”“提前申报”等改革措施，2024年进口、出口整体通关"
            "时间较2019年分别压缩62%和78%。我厅将配合海关进一步推广“一次申报、一次查验、一次放行”模式。")
    runin(doc, h, b)
    C.append(h + b)
    # paragraph with a soft line break in the middle of a sentence
    h = "（二）完善政策支持体系。"
    b1 = "2024年，我厅会同省财政厅印发《四川省支持中欧班列高质量发展若干措施》，从运营补贴、回程"
    b2 = ("货源、数字化平台建设等方面提出12条支持措施，并按照“逐年退坡”原则规范补贴使用，引导班列由政策驱动"
          "向市场驱动转变。")
    p = runin(doc, h, b1)
    p.runs[-1].add_break(WD_BREAK.LINE)
    r = p.add_run(b2)
    set_font(r, FS, 16)
    C.append(h + b1 + b2)
    h, b = ("（三）推进班列数字化建设。",
            "依托国际贸易“单一窗口”四川平台上线中欧班列综合服务模块，实现订舱、报关、结算、货物追踪“一站式”办理，"
            "累计服务企业1860家。")
    runin(doc, h, b)
    C.append(h + b)

    heading(doc, "四、下一步工作")
    body("下一步，我厅将认真吸纳您的意见建议，重点做好以下工作：")
    for t_ in [
        "一是强化通道建设。积极争取国家支持，推动中欧班列（成渝）与西部陆海新通道深度融合，新增布局2—3个班列"
        "集结中心，稳定开行图定班列。",
        "二是做大回程货源。支持成都国际铁路港综合保税区拓展保税展示、保税维修等业务，扩大汽车平行进口、"
        "冷链食品等回程货源。",
        "三是深化“班列+”融合。推动“班列+跨境电商”“班列+海外仓”发展，支持企业在波兰、德国、匈牙利等国"
        "建设海外仓和分拨中心。",
        "四是优化服务保障。配合成都海关推进智慧口岸建设，持续压缩通关时间，降低企业物流成本。",
    ]:
        body(t_)
    body("再次感谢您对全省商务工作的关心和支持，欢迎继续提出宝贵意见建议。")

    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, "四川省商务厅" + "\u3000" * 3, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年6月18日" + "\u3000" * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, indent=False)
    para(doc, "（此件公开发布）")
    para(doc, "（联系人：陈静；联系电话：028-83221234）")
    para(doc, indent=False)
    banji(doc, [("抄送：省人大常委会人事代表工作委员会，省人民政府办公厅。", None),
                ("四川省商务厅办公室", "2025年6月18日印发")])

    stem = "blind391_sichuan_dafu"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "关于省十四届人大三次会议第1234号代表建议的答复",
        "doc_number": "川商务函〔2025〕412号",
        "issuer": ["四川省商务厅"],
        "date": "2025-06-18",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "答复",
        "recipients": ["王明代表"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": C}]


# ---------------------------------------------------------------- doc 2
def make_zhengzhou():
    C = []
    doc = new_doc()
    para(doc, "A类", font=HT, size=16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, indent=False)
    p = para(doc, "郑州市发展和改革委员会", font=XBS, size=34, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED)
    p.paragraph_format.line_spacing = Pt(56)
    para(doc, indent=False)
    # 文号 and 签发人 on one line separated by hand-typed spaces
    p = doc.add_paragraph()
    r = p.add_run("\u3000郑发改函〔2025〕218号" + " " * 22 + "签发人：")
    set_font(r, FS, 16)
    r = p.add_run("赵志远")
    set_font(r, KT, 16)
    p = para(doc, indent=False)
    border(p, "bottom", sz=24)
    para(doc, indent=False)
    # title with a soft line break
    p = para(doc, "关于市政协十五届四次会议", font=XBS, size=22,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p.runs[-1].add_break(WD_BREAK.LINE)
    r = p.add_run("第56号提案的答复函")
    set_font(r, XBS, 22)
    para(doc, indent=False)
    para(doc, "李华委员：", indent=False)

    def body(text, manual=False):
        para(doc, text, manual_indent=manual)
        C.append(text)

    def ri(h, b, bold=False, font=KT):
        runin(doc, h, b, head_font=font, bold=bold)
        C.append(h + b)

    body("您提出的《关于推动综合保税区与跨境电商融合发展 打造内陆开放新高地的提案》（第56号）收悉。"
         "该提案由我委主办，市商务局、郑州海关、郑州航空港经济综合实验区管委会协办。我委高度重视，"
         "会同协办单位认真研究办理，现将有关情况答复如下：")
    heading(doc, "一、基本情况")
    body("近年来，我市依托中国（郑州）跨境电子商务综合试验区和郑州新郑综合保税区、郑州经开综合保税区两个"
         "海关特殊监管区域，推动“综保区+跨境电商”融合发展，取得了积极成效。", manual=True)
    ri("（一）业务规模持续扩大。",
       "2024年，全市跨境电商交易额达到1398亿元，同比增长10.5%；其中，综合保税区内开展的网购保税进口"
       "（1210）业务4860万单，占全市跨境电商进口单量的七成以上。", bold=True, font=FS)
    ri("（二）监管模式不断创新。",
       "郑州海关在综合保税区内率先推行“网购保税+线下自提”，并推广跨境电商企业对企业直接出口（9710）和"
       "出口海外仓（9810）模式，实现“一次申报、分批出区、集中汇总”。", bold=True, font=FS)
    ri("（三）平台载体加快建设。",
       "郑州新郑综合保税区建成跨境电商监管中心2个，累计引进跨境电商企业320余家；郑州经开综合保税区建成"
       "“保税+展示”交易中心，入驻品牌商品1.2万余种。", bold=True, font=FS)
    body("2024年我市两个综合保税区跨境电商业务主要指标如下：")
    header = ["综合保税区", "跨境电商企业\n（家）", "业务单量\n（万单）", "货值\n（亿元）"]
    rows = [
        ["郑州新郑综合保税区", "326", "3120", "286.4"],
        ["郑州经开综合保税区", "148", "1740", "97.8"],
    ]
    grid_table(doc, header, rows, [56, 34, 34, 32])
    hn = [x.replace("\n", "") for x in header]
    for row in rows:
        C.append("；".join(f"{k}：{v}" for k, v in zip(hn, row)))
    para(doc, indent=False)

    heading(doc, "二、关于提案所提建议的办理情况")
    ri("（一）关于“推动综保区政策向跨境电商企业延伸”的建议。",
       "我委赞同您的意见。2025年3月，经市政府同意，我委会同市商务局印发《郑州市促进综合保税区高质量发展"
       "若干措施》，明确支持区内企业开展跨境电商保税备货、退货中心仓、保税维修等业务，对新设立的跨境电商"
       "分拨中心给予一次性奖励。")
    ri("（二）关于“建设跨境电商公共海外仓”的建议。",
       "市商务局已将公共海外仓建设纳入跨境电商综试区年度重点任务，支持企业在比利时列日、匈牙利布达佩斯"
       "等地建设公共海外仓。截至2024年底，我市企业在境外设立海外仓186个，面积超过140万平方米。")
    ri("（三）关于“加大要素保障力度”的建议。",
       "该建议涉及多项具体措施，我委会同有关部门逐项研究，意见如下：")
    for t_ in [
        "1.用地保障。对综合保税区内跨境电商仓储物流项目，在年度用地计划中予以优先保障，支持利用存量厂房"
        "改建跨境电商监管仓。",
        "2.资金支持。统筹市级服务业发展专项资金和开放型经济发展专项资金，重点支持以下事项：",
    ]:
        body(t_)
    for t_ in [
        "（1）综合保税区内跨境电商公共服务平台建设；",
        "（2）跨境电商企业开通郑州至列日、郑州至芝加哥等全货机航线的包机运输；",
        "（3）跨境电商企业参加境外重点展会和品牌推广活动。",
    ]:
        body(t_, manual=True)
    body("3.人才引育。支持郑州大学、河南工业大学等高校与综合保税区企业共建跨境电商实训基地，将跨境电商"
         "运营等岗位纳入我市紧缺人才需求目录。")

    heading(doc, "三、下一步工作打算")
    body("下一步，我委将会同市商务局、郑州海关等单位，认真吸纳您的意见建议：一是推动郑州新郑综合保税区"
         "申建跨境电商零售进口药品试点，拓展业务品类；二是积极争取国家支持，在综合保税区开展跨境电商"
         "出口退货“一站式”监管改革试点；三是加快郑州航空港区“空中丝绸之路”与中欧班列（中豫号）、跨境电商"
         "“网上丝绸之路”融合发展，打造连通境内外、辐射东中西的物流通道枢纽。")
    body("感谢您对全市发展改革工作的关心和支持。")
    body("联系人：孙晓雯（市发展改革委对外开放处），联系电话：0371-67188235")
    para(doc, indent=False)
    p = para(doc, "附件：郑州市综合保税区跨境电商发展支持政策清单")
    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, "郑州市发展和改革委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年7月10日" + "\u3000" * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    for _ in range(4):
        para(doc, indent=False)
    banji(doc, [("抄送：市政协提案委员会，市政府督查室，市商务局，郑州海关，郑州航空港经济综合实验区管委会。", None),
                ("郑州市发展和改革委员会办公室", "2025年7月10日印发")])

    stem = "blind391_zhengzhou_dafuhan"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "关于市政协十五届四次会议第56号提案的答复函",
        "doc_number": "郑发改函〔2025〕218号",
        "issuer": ["郑州市发展和改革委员会"],
        "date": "2025-07-10",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ["郑州市综合保税区跨境电商发展支持政策清单"],
        "doc_type": "函",
        "recipients": ["李华委员"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": C}]


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_391", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def main():
    expected = {}
    for fn in (make_sichuan, make_zhengzhou):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
