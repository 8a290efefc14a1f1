# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 304 (blind): fast formats for urgent notices on 口岸 / 跨境电商 / 自贸试验区 / 一带一路.

Writes, next to itself:
  blind304_guangxi_mingdian.docx / .pdf   明传电报 (广西壮族自治区人民政府办公厅, 桂政办明电〔2025〕23号)
  blind304_yunnan_chuanzhen.docx / .pdf   传真电报 紧急通知 (云南省商务厅, 云商传〔2025〕12号)
  blind304_qingdao_tishi.docx / .pdf      工作提示 第5期 (青岛市商务局, no 文号)
  blind304_sichuan_huiyi.docx / .pdf      会议通知 with 回执 and 日程安排 (四川省商务厅, 川商函〔2025〕156号)
  expected.json
Run: . /work/venv/bin/activate && python make_blind304.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_304"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ============================================================================
# docx helpers
# ============================================================================


def set_font(run, name, size, bold=False, color=None, scale=None, spacing=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    return run


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None, right=None, keep_next=False):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if keep_next:
        pf.keep_with_next = True
    pf.widow_control = False
    return p


def para(doc, text="", font=FS, size=16, color=None, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    if text:
        set_font(p.add_run(text), font, size, color=color)
    return p


def border(p, side, sz, color="000000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.insert(0, bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_field(p, instr, font=SONG, size=14):
    def r_with(tag, **attrs):
        r = p.add_run()
        set_font(r, font, size)
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(k), v)
        r._element.append(e)
        return e
    r_with("w:fldChar", **{"w:fldCharType": "begin"})
    t = r_with("w:instrText", **{"xml:space": "preserve"})
    t.text = " %s " % instr
    r_with("w:fldChar", **{"w:fldCharType": "separate"})
    set_font(p.add_run("1"), font, size)
    r_with("w:fldChar", **{"w:fldCharType": "end"})


def page_footer(footer, odd):
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.text = ""
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT, line=18,
        right=14 if odd else None, left=None if odd else 14)
    set_font(p.add_run("— "), SONG, 14)
    add_field(p, "PAGE")
    set_font(p.add_run(" —"), SONG, 14)


def page_setup(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width = Mm(297)
        sec.page_height = Mm(210)
        sec.top_margin = Mm(28)
        sec.bottom_margin = Mm(26)
        sec.left_margin = Mm(30)
        sec.right_margin = Mm(30)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width = Mm(210)
        sec.page_height = Mm(297)
        sec.top_margin = Mm(37)
        sec.bottom_margin = Mm(35)
        sec.left_margin = Mm(28)
        sec.right_margin = Mm(26)
    sec.footer_distance = Mm(21)
    sec.header_distance = Mm(15)


def new_doc(page_numbers=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    page_setup(sec)
    if page_numbers:
        doc.settings.odd_and_even_pages_header_footer = True
        page_footer(sec.footer, odd=True)
        page_footer(sec.even_page_footer, odd=False)
    return doc


def page_break_para(doc):
    p = doc.add_paragraph()
    fmt(p, line=14)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, line=line)
    if text:
        set_font(p.add_run(text), font, size, bold=bold, color=color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def cell_borders(cell, color="000000", sz=8):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tcpr.append(b)


def fixed_table(doc, nrows, widths_cm, style="Table Grid"):
    t = doc.add_table(rows=nrows, cols=len(widths_cm))
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tw = t._tbl.tblPr.find(qn("w:tblW"))
    tw.set(qn("w:w"), str(int(sum(widths_cm) / 2.54 * 1440)))
    tw.set(qn("w:type"), "dxa")
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
        for r in t.rows:
            r.cells[i].width = Cm(w)
    return t


def row_height(row, pt):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(pt * 20)))
    h.set(qn("w:hRule"), "atLeast")
    trpr.append(h)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def title_para(doc, lines, size=22, line=36, color=None):
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=line)
    for i, part in enumerate(lines):
        r = set_font(p.add_run(part), XBS, size, color=color)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def body_blocks(doc, blocks, size=16, line=28, indent=32):
    """kinds: p (clause paragraph), h (一、 heading alone), hh (（一） heading alone),
    ri1 (一、 run-in, 黑体 head), ri2 （一） run-in, 楷体 head), item (1. paragraph), note (not a clause)."""
    for b in blocks:
        k = b["k"]
        if k == "h":
            para(doc, b["t"], HT, size, first=indent, line=line, keep_next=True)
        elif k == "hh":
            para(doc, b["t"], KT, size, first=indent, line=line, keep_next=True)
        elif k in ("p", "item", "note"):
            para(doc, b["t"], FS, size, first=indent, line=line)
        elif k in ("ri1", "ri2"):
            p = para(doc, "", first=indent, line=line)
            set_font(p.add_run(b["head"]), HT if k == "ri1" else KT, size)
            set_font(p.add_run(b["t"]), FS, size)


def block_clauses(blocks):
    out = []
    for b in blocks:
        k = b["k"]
        if k in ("p", "item"):
            out.append((b["t"], b.get("places")))
        elif k in ("ri1", "ri2"):
            out.append((b["head"] + b["t"], b.get("places")))
    return out


def banji(doc, cc, printer=None, date=None, size=14, width_mm=156):
    """版记: 抄送 line between rules, optional 印发机关+印发日期 line."""
    p = para(doc, "", line=28, left=7, right=7)
    border(p, "top", 8, space=4)
    border(p, "bottom", 4 if printer else 8, space=4)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-14 + 14)
    set_font(p.add_run("抄送：" + cc), FS, size)
    if printer:
        p.paragraph_format.keep_with_next = True
        p = para(doc, "", line=28, left=7, right=7)
        border(p, "bottom", 8, space=4)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
        set_font(p.add_run(printer + "\t" + date + "印发"), FS, size)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path[:-5] + ".pdf"


def npages(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as d:
        return len(d.pages)


def B(k, t, head=None, places=None):
    return {"k": k, "t": t, "head": head, "places": places}


# ============================================================================
# (1) 明传电报: 广西壮族自治区人民政府办公厅
# ============================================================================
GX_STEM = "blind304_guangxi_mingdian"
GX_ORGAN = "广西壮族自治区人民政府办公厅"
GX_NO = "桂政办明电〔2025〕23号"
GX_TITLE_LINES = [GX_ORGAN + "关于切实做好", "中越边境口岸通关保畅工作的紧急通知"]
GX_TITLE = "".join(GX_TITLE_LINES)
GX_CZ_ZONE = "中国（广西）自由贸易试验区崇左片区"
GX_RECIP_TEXT = ("崇左市、防城港市、百色市人民政府，自治区商务厅、交通运输厅、公安厅、农业农村厅，"
                 "南宁海关，广西出入境边防检查总站：")
GX_RECIPIENTS = ["崇左市人民政府", "防城港市人民政府", "百色市人民政府", "自治区商务厅", "自治区交通运输厅",
                 "自治区公安厅", "自治区农业农村厅", "南宁海关", "广西出入境边防检查总站"]
GX_BLOCKS = [
    B("p", "当前，中越边境口岸进入东盟水果进口和我区农产品出口季节性高峰，部分口岸日均通关车辆持续超过设计通关能力，"
           "出现货车滞留排队现象。为切实保障口岸通关顺畅和跨境产业链供应链稳定，服务中国—东盟全面战略伙伴关系和"
           "高质量共建“一带一路”，经自治区人民政府同意，现就有关事项紧急通知如下："),
    B("h", "一、压紧压实口岸保畅责任"),
    B("ri2", "崇左市、防城港市、百色市人民政府要立即成立由分管负责同志牵头的口岸通关保畅工作专班，实行“一口岸一方案”，"
             "于6月16日前制定完善本地区口岸通关保畅工作方案，报自治区商务厅备案。",
      head="（一）落实属地主体责任。", places=["崇左市", "防城港市", "百色市"]),
    B("ri2", "自治区商务厅要会同南宁海关、广西出入境边防检查总站建立口岸通关日调度机制，每日汇总各口岸车辆通关、"
             "滞留和查验情况，对滞留车辆超过300辆的口岸及时启动应急响应。",
      head="（二）强化部门协同联动。"),
    B("h", "二、全力提升口岸通关效率"),
    B("ri2", "在现有通关时间基础上，友谊关、东兴、水口、龙邦等口岸货运通道每日通关作业时间延长至22时，"
             "周末和节假日不停关；各口岸查验单位要按照延长后的作业时间配足查验力量。",
      head="（一）延长口岸通关作业时间。"),
    B("ri2", "对进出口水果、蔬菜等鲜活农产品实施“优先查验、即查即放”，推广“提前申报”“两段准入”等便利措施，"
             "鲜活农产品口岸平均通关时间压缩至4小时以内。",
      head="（二）推行鲜活农产品快速通关。"),
    B("ri2", GX_CZ_ZONE + "要依托凭祥综合保税区，扩大“边民互市+落地加工”试点规模，探索开展跨境电商进口东盟水果"
             "“保税+直播”新模式，引导贸易主体分流至综合保税区通关。",
      head="（三）发挥自由贸易试验区先行先试作用。", places=[GX_CZ_ZONE]),
    B("h", "三、切实做好车辆疏导和服务保障"),
    B("hh", "（一）加强车辆分流疏导。"),
    B("item", "1.崇左市要在凭祥市、龙州县启用临时停车场，对待出境货车实行“预约通关、分时进场”，"
              "严禁车辆在国道、县道沿线滞留排队。", places=["崇左市"]),
    B("item", "2.防城港市要统筹东兴口岸和东兴边民互市贸易区车辆通行，合理设置货车专用通道和掉头区域。",
      places=["防城港市"]),
    B("item", "3.自治区交通运输厅、公安厅要加强南友高速、防东高速等通往口岸道路的交通疏导，必要时实施临时交通管制。"),
    B("ri2", "口岸所在地人民政府要在车辆集中等候区域设置临时服务点，提供饮用水、餐食、如厕和医疗等服务，"
             "防止发生人员聚集和安全事故。",
      head="（二）做好滞留司乘人员服务保障。"),
    B("ri1", "各地、各有关部门要严格落实24小时值班和领导带班制度，保持通信畅通。口岸发生车辆滞留超过24小时、"
             "重大通关故障或者突发事件的，要在1小时内向自治区人民政府总值班室和自治区商务厅报告，"
             "不得迟报、漏报、瞒报。",
      head="四、加强应急值守和信息报送。"),
    B("p", "本通知自印发之日起执行至2025年9月30日。"),
]
GX_DATE = "2025年6月12日"
GX_CONTACT = "（联系人：自治区商务厅口岸处　黄宁，联系电话：0771-5862317）"
GX_CC = "自治区党委办公厅，自治区人大常委会办公厅，自治区政协办公厅，海关总署，国家移民管理局。"


def build_guangxi():
    doc = new_doc()
    # red head
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=64)
    set_font(p.add_run("明 传 电 报"), XBS, 42, color=RED, spacing=60)
    p = para(doc, "", line=10, after=6)
    border(p, "bottom", 24, "FF0000", space=1)
    # 发电单位 table
    t = fixed_table(doc, 2, [2.4, 5.8, 2.2, 5.2])
    vals = [["发电单位", GX_ORGAN, "签批盘", "韦建华"],
            ["等　　级", "特急", "明电编号", GX_NO]]
    for ri, row in enumerate(vals):
        row_height(t.rows[ri], 30)
        for ci, v in enumerate(row):
            c = t.cell(ri, ci)
            cell_borders(c, "FF0000", 8)
            if ci in (0, 2):
                cell_text(c, v, HT, 13, color=RED)
            elif ri == 0 and ci == 3:
                cell_text(c, v, KT, 16)  # the signer's name in the 签批盘
            else:
                cell_text(c, v, FS, 14)
    p = para(doc, "", line=10)
    border(p, "bottom", 12, "FF0000", space=1)
    para(doc, "", line=20)
    title_para(doc, GX_TITLE_LINES)
    para(doc, "", line=24)
    para(doc, GX_RECIP_TEXT, FS, 16)
    body_blocks(doc, GX_BLOCKS)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, GX_ORGAN, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=32)
    para(doc, GX_DATE, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    para(doc, GX_CONTACT, FS, 16, first=32)
    para(doc, "", line=28)
    banji(doc, GX_CC)
    out = os.path.join(HERE, GX_STEM + ".docx")
    doc.save(out)
    return out


def expected_guangxi():
    cl = block_clauses(GX_BLOCKS)
    return [{
        "meta": {"title": GX_TITLE, "doc_number": GX_NO, "issuer": [GX_ORGAN], "date": "2025-06-12",
                 "published": None, "level": "provincial", "region": "广西壮族自治区",
                 "effective": "2025-06-12", "expires": "2025-09-30", "attachments": [],
                 "doc_type": "通知", "recipients": GX_RECIPIENTS, "publicity": None, "repeals": None},
        "clauses": [c for c, _ in cl],
        "applies_to": {"specific": {c[:24]: pl for c, pl in cl if pl}},
    }]


# ============================================================================
# (2) 传真电报 紧急通知: 云南省商务厅
# ============================================================================
YN_STEM = "blind304_yunnan_chuanzhen"
YN_ORGAN = "云南省商务厅"
YN_NO = "云商传〔2025〕12号"
YN_TITLE_LINES = [YN_ORGAN + "关于立即开展跨境电商出口企业", "风险排查和帮扶工作的紧急通知"]
YN_TITLE = "".join(YN_TITLE_LINES)
YN_ZONE = "中国（云南）自由贸易试验区"
YN_KM, YN_HH, YN_DH = YN_ZONE + "昆明片区", YN_ZONE + "红河片区", YN_ZONE + "德宏片区"
YN_RECIP_TEXT = "各州（市）商务局，" + YN_ZONE + "昆明片区、红河片区、德宏片区管理委员会："
YN_RECIPIENTS = ["各州（市）商务局", YN_KM + "管理委员会", YN_HH + "管理委员会", YN_DH + "管理委员会"]
YN_ATT = "跨境电商出口企业风险排查情况统计表"
YN_BLOCKS = [
    B("p", "近期，部分国家和地区密集出台提高小额包裹进口关税、取消小额包裹免税待遇等措施，我省经由中老铁路、"
           "中缅陆路通道和昆明国际邮件互换局出口的跨境电商货物面临退运、滞港和成本上升等风险。为及时掌握企业经营情况，"
           "稳住跨境电商外贸基本盘，现就有关工作紧急通知如下："),
    B("h", "一、立即开展企业风险排查"),
    B("ri2", "各州（市）商务局要对辖区内2024年以来有跨境电商出口实绩的企业开展全覆盖排查，重点排查以下情况：",
      head="（一）排查范围。"),
    B("item", "1.境外订单取消、暂停或者大幅减少的情况；"),
    B("item", "2.货物在途滞留、境外清关受阻或者被要求退运的情况；"),
    B("item", "3.海外仓库存积压、货款回笼困难的情况。"),
    B("ri2", "采取企业填报与实地走访相结合的方式开展排查。对年跨境电商出口额1000万元以上的重点企业实行“一企一策”，"
             "由州（市）商务局负责同志带队上门走访。",
      head="（二）排查方式。"),
    B("h", "二、精准开展帮扶纾困"),
    B("ri2", "对因境外政策调整需要退运的跨境电商出口商品，各地商务部门要会同海关协调适用跨境电商出口退货监管措施，"
             "支持企业将退运商品在海关特殊监管区域或者保税物流中心集中存放、分拣和复出口。",
      head="（一）支持退运货物便利回流。"),
    B("ri2", "德宏片区要依托瑞丽口岸开展跨境电商“保税备货+边境仓”试点，红河片区要依托河口口岸推动跨境电商货物"
             "经越南海防港转口出运，帮助企业开拓东盟市场。",
      head="（二）发挥自由贸易试验区和沿边口岸作用。", places=[YN_DH, YN_HH]),
    B("ri2", "昆明市、西双版纳傣族自治州要依托中老铁路国际货运列车，组织受影响企业将面向欧美市场的产品转向老挝、"
             "泰国等共建“一带一路”国家市场，对新开拓市场的企业优先给予境外展会补贴支持。",
      head="（三）拓展中老铁路沿线市场。", places=["昆明市", "西双版纳傣族自治州"]),
    B("ri2", "引导金融机构对受影响企业不抽贷、不断贷、不压贷，扩大出口信用保险对跨境电商海外仓业务的承保规模，"
             "对中小微跨境电商企业投保短期出口信用保险的保费给予不低于50%的补贴。",
      head="（四）加大金融保险支持。"),
    B("h", "三、工作要求"),
    B("ri2", "各州（市）商务局要明确1名负责同志和1名联络员，建立排查工作台账，实行动态更新、销号管理。",
      head="（一）加强组织领导。"),
    B("ri2", "请各州（市）商务局、各片区管理委员会于2025年4月18日（星期五）17:00前将《" + YN_ATT + "》"
             "加盖公章后传真至省商务厅电子商务处，电子版同时发送至电子邮箱yndzswc@126.com。此后每周五报送一次进展情况，"
             "直至另行通知。",
      head="（二）按时报送情况。"),
    B("ri2", "排查中获取的企业经营数据仅用于工作研判，不得对外提供或者用于其他用途。",
      head="（三）严守保密要求。"),
]
YN_DATE = "2025年4月15日"
YN_CC = "商务部电子商务司，省人民政府办公厅，昆明海关，国家外汇管理局云南省分局。"


def build_yunnan():
    doc = new_doc()
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=56)
    set_font(p.add_run("云南省商务厅传真电报"), XBS, 34, color=RED, scale=90)
    p = para(doc, "", line=8, after=8)
    border(p, "bottom", 18, "FF0000", space=1)
    t = fixed_table(doc, 4, [2.4, 5.4, 2.6, 5.2])
    vals = [["发文单位", YN_ORGAN, "签 发 人", "杨立新"],
            ["发往单位", "各州（市）商务局，" + YN_ZONE + "各片区管理委员会", None, None],
            ["等　　级", "特急", "页　　数", "共4页（含首页）"],
            ["编　　号", YN_NO, "联系人及电话", "电子商务处　李婷\n0871-63217458（传真同）"]]
    for ri, row in enumerate(vals):
        row_height(t.rows[ri], 28)
        for ci, v in enumerate(row):
            if v is None:
                continue
            c = t.cell(ri, ci)
            if ci in (0, 2):
                cell_text(c, v, HT, 13)
            else:
                c.text = ""
                lines = v.split("\n")
                pp = c.paragraphs[0]
                fmt(pp, align=WD_ALIGN_PARAGRAPH.LEFT, line=20)
                for i, ln in enumerate(lines):
                    r = set_font(pp.add_run(ln), FS, 13)
                    if i < len(lines) - 1:
                        r.add_break(WD_BREAK.LINE)
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    a = t.cell(1, 1).merge(t.cell(1, 3))
    cell_text(a, vals[1][1], FS, 13, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "", line=20)
    title_para(doc, YN_TITLE_LINES)
    para(doc, "", line=24)
    para(doc, YN_RECIP_TEXT, FS, 16)
    body_blocks(doc, YN_BLOCKS)
    para(doc, "特此通知。", FS, 16, first=32)
    para(doc, "", line=28)
    para(doc, "附件：" + YN_ATT, FS, 16, first=32)
    para(doc, "", line=28)
    para(doc, YN_ORGAN, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    para(doc, YN_DATE, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=48)
    para(doc, "（此件依申请公开）", FS, 16, first=32)

    # 附件: blank reporting form on a landscape page (new section)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    para(doc, "附件", HT, 16, line=28)
    para(doc, YN_ATT, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=40, after=6)
    p = para(doc, "", line=28)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(120))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(180))
    set_font(p.add_run("填报单位（盖章）：\t填报人：\t联系电话："), FS, 14)
    widths = [1.4, 5.0, 3.0, 3.2, 2.4, 2.6, 2.6, 3.2, 1.8]
    nblank = 6
    t = fixed_table(doc, 2 + nblank + 1, widths)
    h0 = ["序号", "企业名称", "主要出口市场", "2024年跨境电商出口额（万元）", "风险情况", None, None, "帮扶需求", "备注"]
    h1 = [None, None, None, None, "订单减少", "货物滞留或退运", "海外仓库存积压", None, None]
    for ci in range(len(widths)):
        if h0[ci] is not None:
            cell_text(t.cell(0, ci), h0[ci], HT, 12)
        if h1[ci] is not None:
            cell_text(t.cell(1, ci), h1[ci], HT, 12)
    for ci in range(len(widths)):
        if h0[ci] is not None and h1[ci] is None:
            a = t.cell(0, ci).merge(t.cell(1, ci))
            cell_text(a, h0[ci], HT, 12)
    a = t.cell(0, 4).merge(t.cell(0, 6))
    cell_text(a, "风险情况", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri in range(2, 2 + nblank + 1):
        row_height(t.rows[ri], 24)
    cell_text(t.cell(2 + nblank, 0), "合计", HT, 12)
    a = t.cell(2 + nblank, 0).merge(t.cell(2 + nblank, 1))
    cell_text(a, "合计", HT, 12)
    # 版记 after the 附件, at the foot of the last (landscape) page
    for _ in range(2):
        para(doc, "", line=28)
    banji(doc, YN_CC, width_mm=237)

    out = os.path.join(HERE, YN_STEM + ".docx")
    doc.save(out)
    return out


def expected_yunnan():
    cl = block_clauses(YN_BLOCKS)
    return [{
        "meta": {"title": YN_TITLE, "doc_number": YN_NO, "issuer": [YN_ORGAN], "date": "2025-04-15",
                 "published": None, "level": "provincial", "region": "云南省",
                 "effective": None, "expires": None, "attachments": [YN_ATT],
                 "doc_type": "通知", "recipients": YN_RECIPIENTS, "publicity": "此件依申请公开", "repeals": None},
        "clauses": [c for c, _ in cl],
        "applies_to": {"specific": {c[:24]: pl for c, pl in cl if pl}},
    }]


# ============================================================================
# (3) 工作提示 第5期: 青岛市商务局 (one page, no 文号)
# ============================================================================
QD_STEM = "blind304_qingdao_tishi"
QD_ORGAN = "青岛市商务局"
QD_TITLE = "关于做好跨境电商出口申报和海外仓备案有关工作的提示"
QD_QH = "青岛前湾综合保税区"
QD_JZW = "青岛胶州湾综合保税区"
QD_PQ = "中国（山东）自由贸易试验区青岛片区"
QD_RECIP_TEXT = "各区（市）商务主管部门，" + QD_PQ + "管委会，" + "青岛前湾、青岛胶州湾综合保税区管委会，各跨境电商企业："
QD_RECIPIENTS = ["各区（市）商务主管部门", QD_PQ + "管委会", QD_QH + "管委会", QD_JZW + "管委会", "各跨境电商企业"]
QD_BLOCKS = [
    B("p", "近期，我市跨境电商出口保持较快增长，但部分企业存在申报不规范、海外仓备案信息更新不及时、"
           "“无票免税”政策适用不准确等问题。为帮助企业合规经营、用足用好政策，现将有关事项提示如下："),
    B("ri1", "企业开展跨境电商B2B直接出口（9710）、出口海外仓（9810）业务，应当如实申报贸易方式、商品编码和数量，"
             "不得以“化整为零”等方式规避监管。",
      head="一、规范出口申报。"),
    B("ri1", "已办理跨境电商出口海外仓企业备案的，海外仓地址、面积、运营主体等信息发生变化的，应当自变化之日起30日内"
             "通过国际贸易“单一窗口”办理变更。",
      head="二、及时更新海外仓备案。"),
    B("ri1", "跨境电商综合试验区内企业出口未取得有效进货凭证的货物，符合条件的可适用增值税、消费税免税政策，"
             "企业应当在出口次月的增值税纳税申报期内办理免税申报。",
      head="三、准确适用“无票免税”政策。"),
    B("ri1", "前湾、胶州湾综合保税区内开展网购保税进口（1210）业务的企业，要严格执行跨境电子商务零售进口商品清单，"
             "不得将保税商品在区外线下展示后直接销售。",
      head="四、严格网购保税进口管理。", places=[QD_QH, QD_JZW]),
    B("ri1", "青岛片区内企业可申请参加“跨境电商+海外仓”合规辅导，片区管委会每月组织一次政策宣讲和“一对一”问诊服务。",
      head="五、用好自贸片区合规辅导。", places=[QD_PQ]),
]
QD_CONTACT = "联系人：市商务局电子商务处　王琳，电话：0532-85917326"
QD_DATE = "2025年5月20日"


def build_qingdao():
    doc = new_doc(page_numbers=False)
    sec = doc.sections[0]
    sec.top_margin = Mm(22)
    sec.bottom_margin = Mm(18)
    sec.left_margin = Mm(26)
    sec.right_margin = Mm(26)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=56)
    set_font(p.add_run("工 作 提 示"), XBS, 40, color=RED, spacing=40)
    para(doc, "第5期", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    p = para(doc, "", line=26, after=4)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(158), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(QD_ORGAN + "\t" + QD_DATE), FS, 14)
    border(p, "bottom", 18, "FF0000", space=6)
    para(doc, "", line=12)
    title_para(doc, [QD_TITLE[:17], QD_TITLE[17:]], size=20, line=30)
    para(doc, "", line=12)
    para(doc, QD_RECIP_TEXT, FS, 14, line=22)
    body_blocks(doc, QD_BLOCKS, size=14, line=22, indent=28)
    para(doc, QD_CONTACT, FS, 14, first=28, line=22)
    para(doc, "", line=12)
    para(doc, QD_ORGAN, FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT, right=42, line=22)
    para(doc, QD_DATE, FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT, right=28, line=22)
    out = os.path.join(HERE, QD_STEM + ".docx")
    doc.save(out)
    return out


def expected_qingdao():
    cl = block_clauses(QD_BLOCKS)
    return [{
        "meta": {"title": QD_TITLE, "doc_number": None, "issuer": [QD_ORGAN], "date": "2025-05-20",
                 "published": "2025-05-20", "level": "municipal", "region": "青岛市",
                 "effective": None, "expires": None, "attachments": [],
                 "doc_type": "工作提示", "recipients": QD_RECIPIENTS, "publicity": None, "repeals": None},
        "clauses": [c for c, _ in cl],
        "applies_to": {"specific": {c[:24]: pl for c, pl in cl if pl}},
    }]


# ============================================================================
# (4) 会议通知 with 回执 and 日程安排: 四川省商务厅 (信函格式)
# ============================================================================
SC_STEM = "blind304_sichuan_huiyi"
SC_ORGAN = "四川省商务厅"
SC_NO = "川商函〔2025〕156号"
SC_TITLE_LINES = [SC_ORGAN + "关于召开全省自由贸易试验区", "提升暨“一带一路”开放通道建设", "工作推进会的通知"]
SC_TITLE = "".join(SC_TITLE_LINES)
SC_ZONE = "中国（四川）自由贸易试验区"
SC_RECIP_TEXT = ("各市（州）商务主管部门，" + SC_ZONE + "成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会，"
                 "各协同改革先行区管理机构：")
SC_RECIPIENTS = ["各市（州）商务主管部门", SC_ZONE + "成都天府新区片区管委会", SC_ZONE + "成都青白江铁路港片区管委会",
                 SC_ZONE + "川南临港片区管委会", "各协同改革先行区管理机构"]
SC_ATT = ["参会回执", "会议日程安排"]
SC_BLOCKS = [
    B("p", "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略和高质量共建“一带一路”的决策部署，"
           "总结上半年工作，部署下一阶段重点任务，经省人民政府同意，定于7月中旬召开全省自由贸易试验区提升暨"
           "“一带一路”开放通道建设工作推进会。现将有关事项通知如下："),
    B("h", "一、会议时间"),
    B("p", "2025年7月17日（星期四）9:00—12:00，会期半天。7月16日（星期三）14:00—20:00报到。"),
    B("h", "二、会议地点"),
    B("p", "成都市双流区天府大道南段2199号蓉南国际会议中心（报到地点：会议中心1号楼大堂）。"),
    B("h", "三、参会人员"),
    B("item", "（一）各市（州）商务主管部门分管负责同志1名、开放通道工作科（处）长1名；"),
    B("item", "（二）" + SC_ZONE + "各片区管委会主要负责同志1名、自贸办负责同志1名；"),
    B("item", "（三）各协同改革先行区管理机构负责同志1名；"),
    B("item", "（四）省商务厅有关处室负责同志。"),
    B("h", "四、会议议程"),
    B("p", "通报全省自由贸易试验区提升战略实施和“一带一路”开放通道建设工作情况；有关片区、市（州）和省直部门交流发言；"
           "省领导讲话。具体日程安排见附件2。"),
    B("h", "五、有关要求"),
    B("item", "1.请各单位认真填写参会回执（附件1），于7月10日（星期四）18:00前发送至电子邮箱sczmbhw@163.com，"
              "逾期未报送的视为不参会。"),
    B("item", "2.交流发言单位（名单见附件2）请准备8分钟发言，于7月11日前将书面材料（3000字以内）报送省商务厅自贸处。"),
    B("item", "3.会议不安排宴请，参会人员住宿由会务组统一协调，费用回原单位按规定报销。"),
    B("item", "4.请参会人员于会前15分钟入场，会议期间将手机调至静音状态。"),
]
SC_CONTACT = ["联系人：省商务厅自贸处　刘洋，电话：028-83226514；", "会务组　陈静，电话：13880461275。"]
SC_DATE = "2025年7月3日"
SC_PRINT = "2025年7月4日"
SC_CC = "省人民政府办公厅，成都海关，省发展改革委，省交通运输厅。"
SC_SCHED_COLS = ["日期", "时间", "议程", "发言单位（人员）", "地点"]
SC_SCHED = [
    ["7月16日（星期三）", "14:00—20:00", "报到、领取会议材料", "各参会单位", "会议中心1号楼大堂"],
    ["7月17日（星期四）", "9:00—9:20", "通报全省自由贸易试验区提升战略实施和“一带一路”开放通道建设工作情况",
     "省商务厅负责同志", "会议中心第一会议室"],
    ["7月17日（星期四）", "9:20—10:50", "交流发言",
     "成都天府新区片区、成都青白江铁路港片区、川南临港片区、泸州市商务局、德阳市商务局", "会议中心第一会议室"],
    ["7月17日（星期四）", "10:50—11:30", "省直部门发言", "成都海关、省发展改革委、省交通运输厅", "会议中心第一会议室"],
    ["7月17日（星期四）", "11:30—12:00", "省领导讲话", "省人民政府分管负责同志", "会议中心第一会议室"],
]


def build_sichuan():
    doc = new_doc()
    sec = doc.sections[0]
    # 信函格式: tighter top margin, 机关标志 then a red double rule, 文号 right-aligned below
    sec.top_margin = Mm(30)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    set_font(p.add_run(SC_ORGAN), XBS, 36, color=RED, spacing=40)
    p = para(doc, "", line=10, after=2)
    border(p, "bottom", 36, "FF0000", space=1, val="thickThinSmallGap")
    para(doc, SC_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, line=28, right=0)
    para(doc, "", line=20)
    title_para(doc, SC_TITLE_LINES)
    para(doc, "", line=24)
    para(doc, SC_RECIP_TEXT, FS, 16)
    body_blocks(doc, SC_BLOCKS)
    for ln in SC_CONTACT:
        para(doc, ln, FS, 16, first=32 if ln.startswith("联系人") else 112)
    para(doc, "", line=28)
    p = para(doc, "", line=28, left=80)
    p.paragraph_format.first_line_indent = Pt(-48)
    r = set_font(p.add_run("附件：1." + SC_ATT[0]), FS, 16)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("2." + SC_ATT[1]), FS, 16)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, SC_ORGAN, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    para(doc, SC_DATE, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=56)
    para(doc, "（此件不公开）", FS, 16, first=32)

    # 附件1 回执 (blank form)
    page_break_para(doc)
    para(doc, "附件1", HT, 16, line=28)
    para(doc, "参会回执", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=40, after=12)
    widths = [2.6, 1.6, 4.0, 3.2, 2.2, 2.2]
    t = fixed_table(doc, 6, widths)
    cell_text(t.cell(0, 0), "单位名称", HT, 13)
    a = t.cell(0, 1).merge(t.cell(0, 5))
    cell_text(a, "", FS, 13)
    for ci, h in enumerate(["姓名", "性别", "职务", "手机号码", "是否住宿", "备注"]):
        cell_text(t.cell(1, ci), h, HT, 13)
    for ri in range(6):
        row_height(t.rows[ri], 32)
    # 附件2 日程安排 (merged 日期 and 地点 cells)
    page_break_para(doc)
    para(doc, "附件2", HT, 16, line=28)
    para(doc, "会议日程安排", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=40, after=12)
    widths = [2.4, 2.6, 4.6, 4.4, 2.4]
    t = fixed_table(doc, 1 + len(SC_SCHED), widths)
    for ci, h in enumerate(SC_SCHED_COLS):
        cell_text(t.cell(0, ci), h, HT, 13)
        shade(t.cell(0, ci), "D9D9D9")
    repeat_header(t.rows[0])
    for ri, row in enumerate(SC_SCHED):
        for ci, v in enumerate(row):
            if ci in (0, 4) and ri > 0 and SC_SCHED[ri - 1][ci] == v:
                continue
            cell_text(t.cell(1 + ri, ci), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 3) else WD_ALIGN_PARAGRAPH.CENTER)
    for ci in (0, 4):
        ri = 0
        while ri < len(SC_SCHED):
            rj = ri
            while rj + 1 < len(SC_SCHED) and SC_SCHED[rj + 1][ci] == SC_SCHED[ri][ci]:
                rj += 1
            if rj > ri:
                a = t.cell(1 + ri, ci).merge(t.cell(1 + rj, ci))
                cell_text(a, SC_SCHED[ri][ci], FS, 12)
            ri = rj + 1
    # 版记 at the end of the last page
    for _ in range(3):
        para(doc, "", line=28)
    banji(doc, SC_CC, printer="四川省商务厅办公室", date=SC_PRINT)
    out = os.path.join(HERE, SC_STEM + ".docx")
    doc.save(out)
    return out


def expected_sichuan():
    cl = block_clauses(SC_BLOCKS)
    clauses = [c for c, _ in cl]
    for row in SC_SCHED:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(SC_SCHED_COLS, row)))
    return [{
        "meta": {"title": SC_TITLE, "doc_number": SC_NO, "issuer": [SC_ORGAN], "date": "2025-07-03",
                 "published": "2025-07-04", "level": "provincial", "region": "四川省",
                 "effective": None, "expires": None, "attachments": SC_ATT,
                 "doc_type": "会议通知", "recipients": SC_RECIPIENTS, "publicity": "此件不公开", "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]


# ============================================================================
def main():
    builds = [(GX_STEM, build_guangxi, expected_guangxi), (YN_STEM, build_yunnan, expected_yunnan),
              (QD_STEM, build_qingdao, expected_qingdao), (SC_STEM, build_sichuan, expected_sichuan)]
    exp = {}
    for stem, build, ex in builds:
        d = build()
        pdf = to_pdf(d)
        docs = ex()
        for doc in docs:
            keys = [c[:24] for c in doc["clauses"]]
            assert len(set(keys)) == len(keys), stem
            for k in doc["applies_to"]["specific"]:
                assert any(c.startswith(k) for c in doc["clauses"]), k
        exp[stem] = docs
        print(stem, "pages:", npages(pdf), "clauses:", [len(x["clauses"]) for x in docs],
              "specific:", [len(x["applies_to"]["specific"]) for x in docs])
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
