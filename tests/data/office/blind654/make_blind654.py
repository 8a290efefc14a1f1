# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 654: 海关高级认证企业名单公告 + AEO互认通知."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_par(container, runs, align=None, first_indent=32, line=28, before=0, after=0, left=None):
    """runs: list of (text, font, size, bold[, color]); text may contain '\n' = soft break."""
    p = container.add_paragraph()
    fmt(p, align, first_indent, line, before, after, left)
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_font(run, font, size, bold, color)
            if i < len(parts) - 1:
                run.add_break()
    return p


def empty(container, line=28):
    p = container.add_paragraph()
    fmt(p, None, None, line)
    return p


def red_rule(p, space=4):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        r'<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="%d" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), space)))


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Mm(210)
        s.page_height = Mm(297)
        s.top_margin = Mm(37)
        s.bottom_margin = Mm(35)
        s.left_margin = Mm(28)
        s.right_margin = Mm(26)
        s.footer_distance = Mm(20)
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        set_font(r, "宋体", 14)
        fld = parse_xml(
            r'<w:fldSimple %s w:instr=" PAGE \* MERGEFORMAT "><w:r><w:rPr>'
            r'<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr>'
            r'<w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
        fp._p.append(fld)
        r2 = fp.add_run(" —")
        set_font(r2, "宋体", 14)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    p = cell.paragraphs[0]
    fmt(p, align, None, line)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = p.add_run(part)
        set_font(run, font, size, bold)
        if i < len(parts) - 1:
            run.add_break()
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(r'<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(r'<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table, top_bottom=False):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    edge = '<w:%s w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
    none = '<w:%s w:val="nil"/>'
    xml = "<w:tblBorders %s>" % nsdecls("w")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if top_bottom and e in ("top", "bottom", "insideH"):
            xml += edge % e
        else:
            xml += none % e
    xml += "</w:tblBorders>"
    tblpr.append(parse_xml(xml))


def col_widths(table, widths_mm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Mm(widths_mm[i]).twips)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml(r'<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Mm(sum(widths_mm)).twips)))
    tblpr.append(parse_xml(r'<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)


def add_decimal_numbering(doc):
    """Word auto numbering '1.' with no tab after the number (returns numId)."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 654, 654
    absnum = parse_xml(
        r'<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="6540A1B2"/>'
        r'<w:multiLevelType w:val="singleLevel"/>'
        r'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        r'<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        r'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        r'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        r'<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        r'<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, abs_id)))
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        r'<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


# ---------------------------------------------------------------- check digits
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_code(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    s = sum(val(c) * w[i] for i, c in enumerate(body8))
    c = 11 - s % 11
    return body8 + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(prefix8, body8):
    s17 = prefix8 + org_code(body8)
    s = sum(USCC_CHARS.index(c) * USCC_W[i] for i, c in enumerate(s17))
    c = (31 - s % 31) % 31
    return s17 + USCC_CHARS[c]


# ---------------------------------------------------------------- doc 1: 南京海关公告
def build_gonggao():
    stem = "blind654_nanjing_gonggao"
    title = "南京海关关于公布2026年第一批海关高级认证企业名单的公告"
    companies = [
        ("苏州工业园区恒锐精密电子有限公司", "Suzhou Industrial Park Hengrui Precision Electronics Co., Ltd.", "3205940618", ("91320594", "MA1N7K2C"), "2025年12月18日"),
        ("南京长江国际物流有限公司", "Nanjing Changjiang International Logistics Co., Ltd.", "3201980452", ("91320115", "MA1MXR4T"), "2025年12月18日"),
        ("无锡新纬动力电池科技有限公司", "Wuxi Xinwei Power Battery Technology Co., Ltd.", "3202964137", ("91320214", "MA1W3H6P"), "2025年12月22日"),
        ("常州天禾光伏材料股份有限公司", "Changzhou Tianhe Photovoltaic Materials Co., Ltd.", "3204961822", ("91320400", "7382615"), "2025年12月22日"),
        ("南通海润船舶配件有限公司", "Nantong Hairun Marine Parts Co., Ltd.", "3206960975", ("91320612", "MA1PB8EN"), "2025年12月25日"),
        ("连云港新亚欧班列供应链管理有限公司", "Lianyungang New Eurasia Railway Supply Chain Management Co., Ltd.", "3207980316", ("91320703", "MA21G5LQ"), "2025年12月29日"),
        ("徐州恒拓工程机械进出口有限公司", "Xuzhou Hengtuo Construction Machinery Import & Export Co., Ltd.", "3203960741", ("91320301", "MA1XJ0R7"), "2025年12月29日"),
        ("昆山立达精密模具有限公司", "Kunshan Lida Precision Mould Co., Ltd.", "3223946025", ("91320583", "6081247"), "2026年1月5日"),
        ("扬州润扬化工科技有限公司", "Yangzhou Runyang Chemical Technology Co., Ltd.", "3210961588", ("91321091", "MA1T4DW6"), "2026年1月5日"),
        ("泰州瑞康医药有限公司", "Taizhou Ruikang Pharmaceutical Co., Ltd.", "3212960263", ("91321291", "MA1QE7U3"), "2026年1月8日"),
        ("盐城东方汽车零部件有限公司", "Yancheng Dongfang Auto Parts Co., Ltd.", "3209941390", ("91320991", "MA1Y6L5B"), "2026年1月8日"),
        ("镇江金港报关有限公司", "Zhenjiang Jingang Customs Brokerage Co., Ltd.", "3211980057", ("91321100", "MA1MD3J8"), "2026年1月12日"),
        ("淮安清江食品进出口有限公司", "Huai'an Qingjiang Food Import & Export Co., Ltd.", "3208960824", ("91320802", "MA20RK9F"), "2026年1月12日"),
        ("宿迁德润纺织有限公司", "Suqian Derun Textile Co., Ltd.", "3213966471", ("91321300", "MA1UC2Y4"), "2026年1月14日"),
        ("张家港保税区华东化工贸易有限公司", "Zhangjiagang Free Trade Zone Huadong Chemical Trading Co., Ltd.", "3216940739", ("91320592", "MA1R8N0H"), "2026年1月14日"),
    ]
    rows = []
    for i, (cn, en, code, (pre, body), d) in enumerate(companies, 1):
        body8 = body if len(body) == 8 else ("0" + body)
        rows.append((str(i), cn, en, code, uscc(pre, body8), "高级认证", d))

    doc = Document()
    page_setup(doc)
    clauses = []

    # red header: 南京海关公告 + number line, red rule
    add_par(doc, [("南京海关公告", XBS, 48, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, 0, 60, before=12)
    empty(doc, 14)
    p = add_par(doc, [("2026年第3号", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, 28)
    red_rule(p, 8)
    empty(doc)
    add_par(doc, [("南京海关关于公布2026年第一批\n海关高级认证企业名单的公告", XBS, 22, False)],
            WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc)

    intro = ("根据《中华人民共和国海关企业信用管理办法》（海关总署令第251号）和《海关高级认证企业标准》"
             "（海关总署公告2021年第88号）有关规定，经企业申请、海关认证，南京海关认证苏州工业园区恒锐精密电子有限公司"
             "等15家企业为海关高级认证企业（AEO高级认证企业），现予公布（名单见下表）。")
    add_par(doc, [(intro, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
    clauses.append(intro)
    # stray empty paragraph before the table, as typed
    empty(doc, 14)

    headers = ["序号", "企业名称", "海关编码", "统一社会\n信用代码", "认证类型", "认证日期"]
    hnames = ["序号", "企业名称", "海关编码", "统一社会信用代码", "认证类型", "认证日期"]
    t = doc.add_table(rows=1, cols=6)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, False)
    repeat_header(t.rows[0])
    for r in rows:
        no, cn, en, code, cc, typ, d = r
        cells = t.add_row().cells
        set_cell(cells[0], no, size=10, line=15)
        # Chinese name, soft line break, English name in full-width brackets
        set_cell(cells[1], cn + "\n（" + en + "）", size=10, line=15, align=WD_ALIGN_PARAGRAPH.LEFT)
        set_cell(cells[2], code, size=10, line=15)
        set_cell(cells[3], cc, size=9.5, line=15)
        set_cell(cells[4], typ, size=10, line=15)
        set_cell(cells[5], d, size=10, line=15)
        vals = [no, cn + "（" + en + "）", code, cc, typ, d]
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hnames, vals)))
    col_widths(t, [8, 44, 25, 40, 12, 26])

    lead = "现将有关事项公告如下："
    add_par(doc, [(lead, FS, 16, False)])
    clauses.append(lead)
    items = [
        ("一、适用管理措施。", "上述企业自认证之日起适用海关高级认证企业管理措施，可享受降低进出口货物平均查验率、减少单证审核、"
         "优先办理通关手续、设立企业协调员等便利措施，并可在我国海关与其他国家（地区）海关签署的AEO互认安排项下享受相应通关便利。"),
        ("二、实施动态管理。", "海关对高级认证企业每5年复核一次。企业信用状况发生异常情况的，海关可以不定期开展复核。"
         "经复核不再符合海关高级认证企业标准的，海关将依法调整其信用等级并予以公布。"),
        ("三、持续合规经营。", "高级认证企业应当持续符合《海关高级认证企业标准》，健全内部控制制度，加强进出口合规管理。"
         "企业名称、统一社会信用代码、法定代表人（负责人）等信息发生变更的，应当及时向注册地海关办理变更手续。"),
        ("四、异议处理。", "企业对本公告所列信息有异议的，可以自本公告发布之日起15个工作日内向注册地海关书面提出。"),
    ]
    for head, body in items:
        add_par(doc, [(head, HT, 16, False), (body, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        clauses.append(head + body)
    tel = "咨询电话：025-52761234（企业管理和稽查处）。"
    add_par(doc, [(tel, FS, 16, False)])
    clauses.append(tel)

    # 落款 aligned with manual spaces
    empty(doc)
    lk = add_par(doc, [(" " * 40 + "南京海关", FS, 16, False)], None, 0)
    lk.paragraph_format.keep_with_next = True
    add_par(doc, [(" " * 36 + "2026年1月20日", FS, 16, False)], None, 0)

    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": title,
        "doc_number": "南京海关公告2026年第3号",
        "issuer": ["南京海关"],
        "date": "2026-01-20",
        "published": None,
        "level": "provincial",
        "region": "江苏省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2: 宁波 AEO互认 通知
def build_tongzhi():
    stem = "blind654_ningbo_tongzhi"
    title = "关于用好AEO互认安排助力外贸企业拓展“一带一路”市场的通知"
    doc = Document()
    page_setup(doc)
    num_id = add_decimal_numbering(doc)
    clauses = []

    # joint red header laid out in a borderless table: two organs stacked, 文件 on the right
    ht = doc.add_table(rows=2, cols=2)
    no_borders(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = ht.cell(0, 0)
    b = ht.cell(1, 0)
    set_cell(a, "宁波市商务局", XBS, 36, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(b, "宁 波 海 关", XBS, 36, False, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    for c in (a, b):
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
        fmt(c.paragraphs[0], WD_ALIGN_PARAGRAPH.DISTRIBUTE, None, 48)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    set_cell(m, "文件", XBS, 36, False)
    for r in m.paragraphs[0].runs:
        r.font.color.rgb = RED
    col_widths(ht, [110, 40])
    empty(doc)
    p = add_par(doc, [("甬商务〔2026〕9号", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, 0)
    red_rule(p, 10)
    empty(doc)
    empty(doc)
    add_par(doc, [("关于用好AEO互认安排\n助力外贸企业拓展“一带一路”市场的通知", XBS, 22, False)],
            WD_ALIGN_PARAGRAPH.CENTER, 0, 36)
    empty(doc)
    add_par(doc, [("各区（县、市）商务主管部门，宁波海关各隶属海关，各有关企业：", FS, 16, False)], None, 0)

    def body(text, runs=None):
        add_par(doc, runs or [(text, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        clauses.append(text)

    def heading(text):
        add_par(doc, [(text, HT, 16, False)])

    def runin(head, text):
        add_par(doc, [(head, KT, 16, True), (text, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        clauses.append(head + text)

    body("为贯彻落实党中央、国务院关于高质量共建“一带一路”和推动外贸稳规模优结构的决策部署，充分发挥海关经认证的经营者（AEO）"
         "互认安排在降低企业通关成本、提升跨境贸易便利化水平中的作用，支持我市外贸企业深度开拓共建“一带一路”国家市场，"
         "现就有关事项通知如下：")

    heading("一、充分认识AEO互认的重要意义")
    body("AEO互认是海关之间对企业信用管理制度和认证结果的相互认可。经我国海关认证的高级认证企业向互认国家（地区）出口货物时，"
         "可享受对方海关给予的通关便利。当前，我市对共建“一带一路”国家进出口规模持续扩大，中欧班列（宁波）、海铁联运等通道加快发展，"
         "用好AEO互认安排对稳定产业链供应链、降低综合物流成本具有重要意义。各地各部门要提高认识，把AEO企业培育和互认政策应用"
         "作为优化口岸营商环境的重要抓手。")

    heading("二、我国海关AEO互认国家（地区）情况")
    body("截至2025年12月31日，我国海关已与下列18个经济体的海关签署AEO互认安排并生效实施（按生效时间排序）：")

    countries = [
        ("新加坡", "Singapore", "2012年6月1日"),
        ("韩国", "Republic of Korea", "2014年6月30日"),
        ("中国香港", "Hong Kong, China", "2014年10月1日"),
        ("欧盟", "European Union", "2015年11月1日"),
        ("瑞士", "Switzerland", "2017年7月1日"),
        ("新西兰", "New Zealand", "2017年9月1日"),
        ("以色列", "Israel", "2017年11月15日"),
        ("澳大利亚", "Australia", "2017年12月1日"),
        ("日本", "Japan", "2019年6月1日"),
        ("白俄罗斯", "Belarus", "2019年9月1日"),
        ("哈萨克斯坦", "Kazakhstan", "2019年12月1日"),
        ("蒙古国", "Mongolia", "2020年3月1日"),
        ("乌拉圭", "Uruguay", "2020年10月1日"),
        ("阿联酋", "United Arab Emirates", "2021年1月1日"),
        ("智利", "Chile", "2021年6月1日"),
        ("巴西", "Brazil", "2022年1月1日"),
        ("塞尔维亚", "Serbia", "2023年3月1日"),
        ("泰国", "Thailand", "2024年7月1日"),
    ]
    empty(doc, 10)
    t = doc.add_table(rows=1, cols=3)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["序号", "国家（地区）", "互认安排生效日期"]
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 14, False)
    repeat_header(t.rows[0])
    for i, (cn, en, d) in enumerate(countries, 1):
        cells = t.add_row().cells
        name = "%s（%s）" % (cn, en)
        set_cell(cells[0], str(i), size=14)
        set_cell(cells[1], name, size=14)
        set_cell(cells[2], d, size=14)
        clauses.append("序号：%d；国家（地区）：%s；互认安排生效日期：%s" % (i, name, d))
    col_widths(t, [20, 80, 56])

    note = "注：欧盟互认安排适用于欧盟全部成员国；此后新签署生效的互认安排以海关总署公告为准。"
    add_par(doc, [(note, KT, 14, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, 28, 24, before=4)
    clauses.append(note)

    heading("三、重点工作任务")
    runin("（一）加强AEO企业培育。", "各区（县、市）商务主管部门要会同属地海关，围绕跨境电商、中欧班列、综合保税区、"
          "外贸综合服务等重点领域，建立AEO培育企业库，对有意愿的外贸企业开展“一对一”辅导。2026年全市力争新增海关高级认证企业20家以上。")
    runin("（二）用足用好互认便利措施。", "高级认证企业向互认国家（地区）出口货物时，可享受以下便利措施：")
    for k, txt in enumerate(["较低的进口货物查验率；", "简化的单证审核；", "优先办理通关手续；",
                "指定海关联络员，协调解决通关中遇到的问题；", "国际贸易中断并恢复后优先通关。"], 1):
        p = add_par(doc, [(txt, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, None)
        numbered(p, num_id)
        clauses.append("%d.%s" % (k, txt))
    body("企业应当准确告知境外贸易伙伴本企业的AEO编码（格式为“AEOCN”加10位海关编码），并提醒其在进口申报时规范填写，"
         "确保互认便利措施落地。")
    runin("（三）畅通问题反馈渠道。", "企业在互认国家（地区）通关时未能享受相应便利的，可填写《AEO互认通关问题反馈表》"
          "（见附件2），通过属地海关或市商务局报送，宁波海关将及时通过海关总署向对方海关反映协调。")
    runin("（四）强化政策宣传解读。", "各地各部门要利用政府门户网站、“甬易办”平台以及外贸企业座谈会、政策宣讲会等形式，"
          "加大AEO互认政策宣传力度，扩大政策知晓面和惠及面。")

    heading("四、工作要求")
    runin("（一）加强协同配合。", "市商务局、宁波海关建立AEO工作联络机制，每半年会商一次培育进展，协调解决企业反映的突出问题。")
    runin("（二）做好信息报送。", "各区（县、市）商务主管部门请于每季度结束后10个工作日内，将本地区AEO企业培育工作进展"
          "及附件1所列企业认证情况报送市商务局对外贸易处。")
    body("本通知自2026年3月1日起施行，有效期至2028年2月29日。《关于加快推进AEO企业培育工作的通知》（甬商务〔2023〕41号）同时废止。")
    body("联系人：市商务局对外贸易处 陈晓峰，电话：0574-89186231；宁波海关企业管理和稽查处 周敏，电话：0574-89091547。")

    empty(doc)
    add_par(doc, [("附件：1.宁波市AEO企业培育重点名单（第一批）", FS, 16, False)])
    add_par(doc, [("\u3000" * 5 + "2.AEO互认通关问题反馈表", FS, 16, False)])
    empty(doc)

    # 落款: two organs side by side, layout table without borders
    st = doc.add_table(rows=1, cols=2)
    no_borders(st)
    set_cell(st.cell(0, 0), "宁波市商务局", FS, 16)
    set_cell(st.cell(0, 1), "宁波海关", FS, 16)
    fmt(st.cell(0, 0).add_paragraph(), None, None, 28)
    dp = st.cell(0, 1).add_paragraph()
    fmt(dp, WD_ALIGN_PARAGRAPH.CENTER, None, 28)
    set_font(dp.add_run("2026年2月10日"), FS, 16)
    st.rows[0]._tr.get_or_add_trPr().append(parse_xml(r'<w:cantSplit %s/>' % nsdecls("w")))
    col_widths(st, [78, 78])
    empty(doc)
    add_par(doc, [("（此件公开发布）", FS, 16, False)])
    for _ in range(3):
        empty(doc)

    # 版记
    bj = doc.add_table(rows=2, cols=1)
    no_borders(bj, top_bottom=True)
    set_cell(bj.cell(0, 0), "抄送：浙江省商务厅，市人民政府办公厅，市口岸办。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(bj.cell(1, 0), "宁波市商务局办公室" + " " * 22 + "2026年2月11日印发", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    col_widths(bj, [156])

    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": title,
        "doc_number": "甬商务〔2026〕9号",
        "issuer": ["宁波市商务局", "宁波海关"],
        "date": "2026-02-10",
        "published": None,
        "level": "municipal",
        "region": "宁波市",
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": ["宁波市AEO企业培育重点名单（第一批）", "AEO互认通关问题反馈表"],
        "doc_type": "通知",
        "recipients": ["各区（县、市）商务主管部门", "宁波海关各隶属海关", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《关于加快推进AEO企业培育工作的通知》（甬商务〔2023〕41号）",
    }
    return stem, [{"meta": meta, "clauses": clauses}]


def to_pdf(stem):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_654", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for build in (build_gonggao, build_tongzhi):
        stem, docs = build()
        expected[stem] = docs
        to_pdf(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
