# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 582: 行政处罚决定书 (海关 / 市场监督管理局) on 跨境电商 cases."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
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
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def fmt(p, align=None, indent=True, exact=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, exact=28):
    """parts: str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for part in parts:
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def soft_lines(doc, lines, indent=True):
    """One paragraph, lines joined by soft line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent)
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def bottom_border(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_field(p, code, font="宋体", size=14):
    r1 = p.add_run()
    set_font(r1, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._element.append(f1)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % code
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "separate")
    r3._element.append(f3)
    r4 = p.add_run("1")
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    f5 = OxmlElement("w:fldChar")
    f5.set(qn("w:fldCharType"), "end")
    r5._element.append(f5)


def footer_dash(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    add_field(p, "PAGE")
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def footer_of(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("第 ")
    set_font(r, "宋体", 10.5)
    add_field(p, "PAGE", size=10.5)
    r = p.add_run(" 页  共 ")
    set_font(r, "宋体", 10.5)
    add_field(p, "NUMPAGES", size=10.5)
    r = p.add_run(" 页")
    set_font(r, "宋体", 10.5)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.first_line_indent = Pt(0)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def data_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 10.5)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, FS, 10.5,
                      align=WD_ALIGN_PARAGRAPH.RIGHT if i >= 2 else WD_ALIGN_PARAGRAPH.CENTER)
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows]


def make_decimal_numbering(doc):
    """A Word automatic list '1.' with no tab after the number; returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "90"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abs_id)
    num.append(a)
    numbering.append(num)
    return "90"


def auto_num_para(doc, text, num_id):
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


def signoff(doc, organ, date, pad_organ, pad_date):
    p = para(doc, [(" " * pad_organ + organ, FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    p = para(doc, [(" " * pad_date + date, FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    return p


def meta(title, number, issuer, date, level, region, publicity=None):
    return {
        "title": title,
        "doc_number": number,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "决定书",
        "recipients": [],
        "publicity": publicity,
        "repeals": None,
    }


# ======================================================= 1. 福州海关
def doc_fuzhou():
    doc = new_doc()
    footer_dash(doc)
    C = []

    # title split over two paragraphs
    para(doc, [("中华人民共和国福州海关", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, [("行政处罚决定书", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    # 文号 pushed right with typed spaces
    para(doc, [(" " * 34 + "福关缉违字〔2026〕15号", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc)

    # party fields, labels padded with spaces for alignment
    fields = [
        ("当 事 人：", "当事人：", "福州**跨境电子商务有限公司"),
        ("统一社会信用代码：", "统一社会信用代码：", "91350105MA8T****7Q"),
        ("法定代表人：", "法定代表人：", "林**"),
        ("住    所：", "住所：", "中国（福建）自由贸易试验区福州片区马尾区江滨东大道***号*号楼***室"),
    ]
    for shown, clean, val in fields:
        para(doc, [(shown, FS, 16, False), (val, FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=True)
        C.append(clean + val)
    empty(doc)

    t = ("福州**跨境电子商务有限公司（以下简称当事人）申报不实违反海关监管规定一案，本关于2025年12月3日立案调查，"
         "现已调查终结。本关依法向当事人告知了拟作出行政处罚的事实、理由、依据以及当事人依法享有的陈述、申辩和要求听证的权利，"
         "当事人在规定期限内未提出陈述、申辩，亦未要求举行听证。")
    para(doc, t); C.append(t)

    para(doc, [("一、违法事实", HT, 16, False)])
    t = ("2025年5月至2025年10月，当事人作为跨境电子商务零售进口业务的跨境电商企业境内代理人，以网购保税进口（监管方式代码1210）模式，"
         "委托福州**供应链管理有限公司向本关所属马尾海关申报《中华人民共和国海关跨境电子商务零售进出口商品申报清单》共计6,284票，"
         "申报商品为婴幼儿配方奶粉、保健食品等。")
    para(doc, t); C.append(t)
    t = ("经查，当事人在上述申报清单中，将电子商务平台实际交易价格扣除平台优惠券后，又另行扣除了由当事人自行承担的“满减返现”金额，"
         "以低于实际交易价格的价格向海关申报，致使申报价格与实际交易价格不符。经本关计核，当事人上述申报清单申报价格合计人民币1,236,480.00元，"
         "实际交易价格合计人民币2,118,905.60元，漏缴进口环节增值税人民币80,300.73元。涉案商品明细如下：")
    para(doc, t); C.append(t)

    header = ["序号", "商品名称", "申报清单（票）", "申报价格（元）", "实际交易价格（元）", "漏缴税款（元）"]
    rows = [
        ["1", "婴幼儿配方奶粉（3段）", "3,106", "612,300.00", "1,046,880.00", "39,546.78"],
        ["2", "益生菌粉（保健食品）", "1,582", "318,760.00", "552,413.60", "21,262.48"],
        ["3", "鱼油软胶囊（保健食品）", "1,021", "205,420.00", "349,612.00", "13,121.47"],
        ["4", "叶黄素酯咀嚼片", "575", "100,000.00", "170,000.00", "6,370.00"],
    ]
    C.extend(data_table(doc, header, rows, [1.1, 4.1, 2.3, 2.6, 2.9, 2.6]))
    empty(doc)

    t = "截至本决定作出之日，当事人已向本关补缴上述漏缴税款。"
    para(doc, t); C.append(t)

    para(doc, [("二、证据", HT, 16, False)])
    t = "上述事实，有以下证据证明："
    para(doc, t); C.append(t)
    for t in [
        "（一）当事人营业执照、海关进出口货物收发货人备案信息；",
        "（二）涉案《中华人民共和国海关跨境电子商务零售进出口商品申报清单》电子数据；",
        "（三）电子商务平台交易订单、支付单及物流运单数据；",
        "（四）当事人与电子商务平台签订的合作协议及“满减返现”活动结算单据；",
        "（五）当事人法定代表人林**、财务负责人陈**的查问笔录；",
        "（六）本关出具的《计核证明书》。",
    ]:
        para(doc, t); C.append(t)

    para(doc, [("三、处罚依据", HT, 16, False)])
    t = ("本关认为，当事人向海关申报跨境电子商务零售进口商品价格不实，违反了《中华人民共和国海关法》第二十四条第一款的规定，"
         "构成违反海关监管规定的行为。根据《中华人民共和国海关法》第八十六条第（三）项、《中华人民共和国海关行政处罚实施条例》"
         "第十五条第（四）项的规定，申报不实影响国家税款征收的，处漏缴税款30%以上2倍以下罚款。")
    para(doc, t); C.append(t)
    t = ("鉴于当事人在案件调查期间如实陈述违法事实，配合海关调查，并主动补缴了漏缴税款，主动减轻了违法行为危害后果，"
         "依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，本关对当事人予以从轻处罚。")
    para(doc, t); C.append(t)

    para(doc, [("四、处罚决定", HT, 16, False)])
    t = "根据上述规定，本关决定对当事人科处罚款人民币3.2万元。"
    para(doc, t); C.append(t)

    para(doc, [("五、履行方式和期限", HT, 16, False)])
    t = ("当事人应当自本处罚决定书送达之日起15日内，持本关开具的《海关专用缴款书》到指定银行缴纳罚款，"
         "或者通过国际贸易“单一窗口”进行电子支付。到期不缴纳罚款的，本关可以依照《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，"
         "每日按罚款数额的3%加处罚款，加处罚款的数额不超出罚款的数额；当事人逾期不申请行政复议或者提起行政诉讼，又不履行本处罚决定的，"
         "本关将依法申请人民法院强制执行。")
    para(doc, t); C.append(t)

    para(doc, [("六、救济途径", HT, 16, False)])
    t = ("当事人如不服本处罚决定，可以自本处罚决定书送达之日起60日内向中华人民共和国海关总署申请行政复议，"
         "或者自本处罚决定书送达之日起6个月内直接向福州市中级人民法院提起行政诉讼。"
         "在行政复议或者行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。")
    para(doc, t); C.append(t)

    empty(doc, 2)
    signoff(doc, "中华人民共和国福州海关", "2026年2月6日", 18, 22)

    m = meta("中华人民共和国福州海关行政处罚决定书", "福关缉违字〔2026〕15号",
             ["中华人民共和国福州海关"], "2026-02-06", "municipal", "福州市")
    return doc, [{"meta": m, "clauses": C}]


# ======================================================= 2. 杭州市钱塘区市场监督管理局
def doc_hangzhou():
    doc = new_doc()
    footer_dash(doc)
    num_id = make_decimal_numbering(doc)
    C = []

    p = para(doc, [("杭州市钱塘区市场监督管理局", XBS, 26, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 40)
    bottom_border(p)
    empty(doc)
    para(doc, [("行政处罚决定书", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, [("杭钱市监罚〔2025〕213号", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    empty(doc)

    # party info in a borderless layout table (label | value), no header row
    fields = [
        ("当事人：", "杭州**跨境电子商务有限公司"),
        ("主体资格证照名称：", "营业执照"),
        ("统一社会信用代码：", "91330114MA2H****6K"),
        ("住所：", "浙江省杭州市钱塘区下沙街道**路***号*幢*层"),
        ("法定代表人：", "沈**"),
        ("身份证件号码：", "3301********2316"),
        ("联系电话：", "138****6027"),
    ]
    lt = doc.add_table(rows=0, cols=2)
    for lab, val in fields:
        cells = lt.add_row().cells
        cell_text(cells[0], lab, FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(cells[1], val, FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
        cells[0].width = Cm(5.6)
        cells[1].width = Cm(10.0)
        C.append(lab + val)
    lt.autofit = False
    lt.columns[0].width = Cm(5.6)
    lt.columns[1].width = Cm(10.0)
    empty(doc)

    t = ("2025年3月12日，本局执法人员根据杭州市12315平台转来的消费者投诉线索，对当事人在“**”跨境电商平台开设的“**海外旗舰店”进行检查，"
         "发现当事人涉嫌实施虚假商业宣传行为。经本局负责人批准，本局于2025年3月14日对当事人立案调查。")
    para(doc, t); C.append(t)

    t = ("经查明，当事人成立于2021年6月，经营范围包括货物进出口、互联网销售（除销售需要许可的商品）、食品销售（仅销售预包装食品）等。"
         "2024年9月1日至2025年3月13日，当事人在上述网店销售“**”牌胶原蛋白肽饮品、“**”牌维生素C泡腾片等商品，存在以下行为：")
    para(doc, t); C.append(t)

    # run-in headings in bold 楷体
    items = [
        ("（一）对商品来源作虚假宣传。",
         "当事人在上述商品详情页显著位置标注“日本原装进口”“跨境保税仓直发”“海关监管 正品保障”等字样。经查，上述商品系当事人从国内经销商"
         "杭州**贸易有限公司采购的一般贸易进口商品，由当事人位于杭州市钱塘区的普通仓库发货，并非通过跨境电子商务零售进口方式从保税仓发货。"),
        ("（二）组织虚假交易虚增销量。",
         "2024年10月至2025年1月，当事人通过微信群招募人员对上述商品进行虚假下单，由当事人提供购物资金并支付每单3元至5元的佣金，"
         "共计虚构交易订单2,316笔，虚构交易金额人民币198,427.00元，使店铺页面显示的商品销量及好评数量明显虚增。"),
        ("（三）涉案经营额。",
         "经核算，上述期间当事人通过该网店销售涉案商品金额合计人民币463,852.40元（不含虚构交易金额）。"),
    ]
    for head, body in items:
        para(doc, [(head, KT, 16, True), (body, FS, 16, False)])
        C.append(head + body)

    t = "当事人已于2025年3月15日删除了涉案宣传内容，停止了虚假交易行为，并对提出投诉的消费者作了退款处理。"
    para(doc, t); C.append(t)

    t = "上述事实，主要有以下证据证明："
    para(doc, t); C.append(t)
    ev = [
        "当事人的营业执照复印件、法定代表人身份证明，证明当事人的主体资格；",
        "本局执法人员于2025年3月12日制作的《现场笔录》及电子数据取证截图，证明涉案网店的宣传内容；",
        "当事人与杭州**贸易有限公司签订的采购合同、进货发票及进口货物报关单复印件，证明涉案商品的实际来源；",
        "当事人提供的微信群聊天记录、佣金支付记录及虚假订单明细，证明当事人组织虚假交易的事实；",
        "电商平台出具的店铺销售数据，证明当事人的销售情况；",
        "本局对当事人委托代理人周**制作的《询问笔录》，证明上述违法事实。",
    ]
    for i, t in enumerate(ev, 1):
        auto_num_para(doc, t, num_id)
        C.append("%d.%s" % (i, t))

    t = ("2025年6月20日，本局向当事人送达了《行政处罚告知书》（杭钱市监罚告〔2025〕198号），告知当事人拟作出行政处罚的内容及事实、理由、依据，"
         "并告知当事人依法享有陈述、申辩和要求听证的权利。当事人在法定期限内提交了书面陈述意见，表示认可违法事实，请求减轻处罚，未要求听证。")
    para(doc, t); C.append(t)

    t = ("本局认为，当事人将一般贸易进口商品宣传为“跨境保税仓直发”，并通过组织虚假交易虚增商品销量和用户评价，对其商品的来源、销售状况、"
         "用户评价作虚假的商业宣传，欺骗、误导消费者，违反了《中华人民共和国反不正当竞争法》第八条第一款的规定，构成虚假商业宣传行为。"
         "依据该法第二十条第一款的规定，应当责令停止违法行为，处二十万元以上一百万元以下的罚款。")
    para(doc, [("本局认为，", FS, 16, True), (t[len("本局认为，"):], FS, 16, False)])
    C.append(t)

    t = ("鉴于当事人在本局立案调查后主动删除涉案宣传内容，停止违法行为，对投诉消费者予以退款，主动消除违法行为危害后果，且系初次违法，"
         "符合《中华人民共和国行政处罚法》第三十二条第（一）项规定的减轻处罚情形，本局对当事人予以减轻处罚。")
    para(doc, t); C.append(t)

    t = ("综上，根据《中华人民共和国反不正当竞争法》第二十条第一款、《中华人民共和国行政处罚法》第三十二条第（一）项的规定，"
         "本局决定对当事人作出如下行政处罚：")
    para(doc, t); C.append(t)
    for t in ["1.责令停止违法行为；", "2.罚款人民币壹拾贰万元整（¥120,000.00）。"]:
        para(doc, t); C.append(t)

    t = ("当事人应当自收到本行政处罚决定书之日起十五日内，持本局开具的《非税收入缴款书》到指定银行或者通过浙江政务服务网统一公共支付平台缴纳罚款。"
         "到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款，"
         "加处罚款的数额不超出罚款的数额。")
    para(doc, t); C.append(t)
    t = ("当事人如对本行政处罚决定不服，可以在收到本行政处罚决定书之日起六十日内向杭州市钱塘区人民政府申请行政复议；"
         "也可以在六个月内依法向人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。")
    para(doc, t); C.append(t)
    t = "当事人逾期不申请行政复议或者提起行政诉讼，又不履行本行政处罚决定的，本局将依法申请人民法院强制执行。"
    para(doc, t); C.append(t)

    empty(doc, 3)
    signoff(doc, "杭州市钱塘区市场监督管理局", "2025年7月22日", 16, 20)
    empty(doc)
    pub = "（市场监督管理部门将依法向社会公示本行政处罚决定信息）"
    para(doc, [(pub, FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, indent=True)

    m = meta("杭州市钱塘区市场监督管理局行政处罚决定书", "杭钱市监罚〔2025〕213号",
             ["杭州市钱塘区市场监督管理局"], "2025-07-22", "county", "杭州市钱塘区",
             publicity="市场监督管理部门将依法向社会公示本行政处罚决定信息")
    return doc, [{"meta": m, "clauses": C}]


# ======================================================= 3. 重庆海关
def doc_chongqing():
    doc = new_doc()
    footer_of(doc)
    C = []

    # organ + title in ONE paragraph, separated by a soft line break
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    r = p.add_run("中华人民共和国重庆海关")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("行政处罚决定书")
    set_font(r, XBS, 22)
    para(doc, [("渝关缉决字〔2025〕62号", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc)

    lines = [
        "当事人：王**，男，1991年4月出生，汉族",
        "公民身份号码：5001**********3417",
        "住址：重庆市沙坪坝区**街道**路**号*单元*-*",
        "职业：个体工商户经营者",
    ]
    soft_lines(doc, lines)
    C.extend(lines)
    empty(doc)

    t = ("当事人王**走私普通货物一案，本关于2025年7月9日立案调查，现已调查终结。本关已依法向当事人告知拟作出行政处罚的事实、理由、依据"
         "和当事人依法享有的陈述、申辩、要求听证等权利。当事人于2025年10月21日提出听证申请，本关于2025年11月4日依法举行了听证。")
    para(doc, t); C.append(t)

    t = ("经查，2024年3月至2025年5月，当事人在明知跨境电子商务零售进口商品仅限个人自用、不得进入国内市场再次销售的情况下，"
         "通过有偿收集他人身份信息的方式，以张**、李**等41名境内消费者的名义，在“**全球购”“**国际”等跨境电子商务平台上分散下单，"
         "购买原产于日本、韩国的化妆品、护肤品等商品。上述商品由重庆西永综合保税区内的跨境电商保税仓以网购保税进口（监管方式代码1210）"
         "模式申报出区后，收寄至当事人控制的沙坪坝区某仓库，再由当事人通过其经营的社交电商店铺及线下门店转售牟利。")
    para(doc, t); C.append(t)

    t = ("经本关计核，当事人以上述方式购买并转售的跨境电子商务零售进口商品共计9,762件，涉及申报清单2,847票，完税价格合计人民币1,308,650.00元，"
         "偷逃应缴税款共计人民币68,431.27元。具体情况如下：")
    para(doc, t); C.append(t)

    header = ["序号", "商品类别", "件数", "申报清单（票）", "完税价格（元）", "偷逃税款（元）"]
    rows = [
        ["1", "化妆品（彩妆）", "3,215", "936", "402,180.00", "21,034.01"],
        ["2", "护肤品", "4,908", "1,402", "689,270.00", "36,048.82"],
        ["3", "洗护用品", "1,639", "509", "217,200.00", "11,348.44"],
    ]
    C.extend(data_table(doc, header, rows, [1.1, 3.7, 2.2, 2.6, 3.2, 2.8]))
    empty(doc)

    t = "涉案商品已全部销售，无法扣留。对被当事人冒用身份信息的41名境内消费者，本关另案处理。"
    para(doc, t); C.append(t)

    t = ("以上事实，有当事人的查问笔录、证人证言、跨境电子商务平台订单数据、支付及物流数据、申报清单电子数据、当事人销售记录、"
         "本关出具的《计核证明书》等证据为证。")
    para(doc, t); C.append(t)

    t = ("当事人在听证中提出，其购买的商品部分用于自用，请求减轻处罚。经复核，当事人未能提供相应证据，且其仓库出入库记录及销售记录显示涉案商品"
         "均已对外销售，本关对当事人的该项申辩意见不予采纳。")
    para(doc, t); C.append(t)

    lead = "本关认为："
    t = ("当事人以他人名义购买跨境电子商务零售进口商品并在境内转售，逃避海关监管，偷逃应纳税款，违反了《中华人民共和国海关法》"
         "第八十二条第一款第（一）项的规定，构成走私行为。根据《中华人民共和国海关法》第八十二条第二款、《中华人民共和国海关行政处罚实施条例》"
         "第九条第一款第（三）项的规定，本关决定对当事人作出如下行政处罚：")
    para(doc, [(lead, FS, 16, True), (t, FS, 16, False)])
    C.append(lead + t)
    for t in ["（一）追缴走私货物等值价款人民币1,308,650.00元；", "（二）科处罚款人民币7万元。"]:
        para(doc, t); C.append(t)

    t = ("当事人应当自本处罚决定书送达之日起15日内，持本关开具的《海关专用缴款书》到指定银行缴纳上述款项。"
         "当事人确有经济困难，需要延期或者分期缴纳罚款的，可以在履行期限届满前向本关提出书面申请。"
         "到期不缴纳罚款的，本关可以每日按罚款数额的3%加处罚款。")
    para(doc, t); C.append(t)

    t = ("当事人如不服本处罚决定，可以自收到本处罚决定书之日起60日内，向中华人民共和国海关总署申请行政复议；"
         "也可以自收到本处罚决定书之日起6个月内，直接向重庆市第一中级人民法院提起行政诉讼。")
    para(doc, t); C.append(t)
    t = "当事人逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，本关将依法申请人民法院强制执行。"
    para(doc, t); C.append(t)

    empty(doc, 2)
    signoff(doc, "中华人民共和国重庆海关", "二〇二五年十一月十八日", 18, 19)

    m = meta("中华人民共和国重庆海关行政处罚决定书", "渝关缉决字〔2025〕62号",
             ["中华人民共和国重庆海关"], "2025-11-18", "provincial", "重庆市")
    return doc, [{"meta": m, "clauses": C}]


def main():
    expected = {}
    lo = "-env:UserInstallation=file:///tmp/lo_582"
    for stem, fn in [
        ("blind582_fuzhou_chufa", doc_fuzhou),
        ("blind582_hangzhou_chufa", doc_hangzhou),
        ("blind582_chongqing_chufa", doc_chongqing),
    ]:
        doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", lo, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
