# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 91: five-year plans as provincial offices print them.

Writes next to itself:
  blind91_yunnan_plan.docx / .pdf    云南省人民政府办公厅 印发《云南省参与共建"一带一路"发展规划（2021—2025年）》
                                     (第一章/第一节, 专栏1 as a one-cell bordered table with a shaded title line,
                                     主要指标 table with 注 line, a figure with caption, two real Word footnotes)
  blind91_kunming_actionplan.docx / .pdf  昆明市人民政府办公室 印发 自贸试验区昆明片区 三年行动计划
                                     (专栏 in a VML text box, 附件2 重点任务分工表)
  expected.json
Run: python make_blind91.py  (needs python-docx, PIL, soffice)
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"; HT = "黑体"; KT = "楷体_GB2312"; XBS = "方正小标宋简体"; ST = "宋体"
S2, S3, S4 = 22, 16, 14


def font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w")); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None: pf.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before); pf.space_after = Pt(after)


def para(doc, text, name=FS, size=S3, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, bold=False, color=None, exact=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def border(p, side, color="E60012", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    pb = ppr.find(qn("w:pBdr"))
    if pb is None:
        pb = parse_xml('<w:pBdr %s/>' % nsdecls("w")); ppr.append(pb)
    pb.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def shade(p, fill="D9D9D9"):
    p._p.get_or_add_pPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p, size=S4):
    def r(t):
        font(p.add_run(t), ST, size)
    r("— ")
    run = p.add_run(); font(run, ST, size)
    run._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    run = p.add_run(); font(run, ST, size)
    run._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    run = p.add_run(); font(run, ST, size)
    run._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), ST, size)
    run = p.add_run(); font(run, ST, size)
    run._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r(" —")


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.8)
    doc.settings.odd_and_even_pages_header_footer = True
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; add_page_field(fp)
    ep = s.even_page_footer.paragraphs[0]; ep.alignment = WD_ALIGN_PARAGRAPH.LEFT; add_page_field(ep)
    st = doc.styles["Normal"]; st.font.name = FS; st.font.size = Pt(S3)
    st.element.get_or_add_rPr()


def masthead(doc, organ, number):
    para(doc, "", exact=20)
    para(doc, organ, XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, False, False, RED, exact=60)
    para(doc, "", exact=28)
    para(doc, number, FS, S3, WD_ALIGN_PARAGRAPH.CENTER, False, exact=28)
    p = para(doc, "", exact=10); border(p, "bottom", sz=18)
    para(doc, "", exact=28)


def title(doc, lines):
    for t in lines:
        para(doc, t, XBS, S2, WD_ALIGN_PARAGRAPH.CENTER, False, exact=35)
    para(doc, "", exact=28)


def signoff(doc, organ, date):
    para(doc, "", exact=28); para(doc, "", exact=28)
    p = para(doc, organ, FS, S3, WD_ALIGN_PARAGRAPH.RIGHT, False); p.paragraph_format.right_indent = Pt(64)
    p = para(doc, date, FS, S3, WD_ALIGN_PARAGRAPH.RIGHT, False); p.paragraph_format.right_indent = Pt(64)
    para(doc, "（此件公开发布）", FS, S3, WD_ALIGN_PARAGRAPH.JUSTIFY, True, before=0)


def banji(doc, cc, printer, pdate):
    page_break(doc)
    for _ in range(12): para(doc, "", exact=28)
    p = para(doc, "抄送：" + cc, FS, S4, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 12, 4); border(p, "bottom", "000000", 4, 4)
    p = para(doc, "", FS, S4, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
    p.paragraph_format.left_indent = Pt(14)
    font(p.add_run(printer), FS, S4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=2)
    font(p.add_run("\t" + pdate + "印发"), FS, S4)
    border(p, "bottom", "000000", 12, 4)


# ---------- footnotes (real Word footnotes part) ----------
FN_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class Footnotes:
    def __init__(self, doc):
        self.doc = doc; self.items = []

    def ref(self, p, text):
        fid = len(self.items) + 1
        self.items.append(text)
        run = p.add_run(); font(run, FS, S3)
        run._r.get_or_add_rPr().append(parse_xml('<w:vertAlign %s w:val="superscript"/>' % nsdecls("w")))
        run._r.append(parse_xml('<w:footnoteReference %s w:id="%d"/>' % (nsdecls("w"), fid)))

    def finish(self):
        body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.items, 1):
            body.append('<w:footnote w:id="%d"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
                        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, FS, FS, FS, t))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>' % (FN_NS, "".join(body))).encode("utf-8")
        dp = self.doc.part
        part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml, dp.package)
        dp.relate_to(part, RT.FOOTNOTES)


# ---------- block renderers ----------
def h_chapter(doc, t):  # 第一章 … centred 黑体
    para(doc, t, HT, S3, WD_ALIGN_PARAGRAPH.CENTER, False, before=14, after=6)


def h_section(doc, t):  # 第一节 … 楷体 indented
    para(doc, t, KT, S3, WD_ALIGN_PARAGRAPH.JUSTIFY, True, bold=True)


def h1(doc, t): para(doc, t, HT, S3)
def h2(doc, t): para(doc, t, KT, S3)


def runin(doc, head, rest, name=KT):
    p = para(doc, "")
    font(p.add_run(head), name, S3, bold=(name == FS))
    font(p.add_run(rest), FS, S3)
    return p


def one_cell_box(doc, ttl, lines):
    t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0); p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 26); shade(p)
    font(p.add_run(ttl), HT, S3)
    for ln in lines:
        q = c.add_paragraph(); fmt(q, WD_ALIGN_PARAGRAPH.JUSTIFY, True, 24)
        font(q.add_run(ln), FS, S4)
    para(doc, "", exact=14)


def vml_box(doc, ttl, lines):
    ps = []
    ps.append('<w:p><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/><w:jc w:val="center"/><w:spacing w:line="520" w:lineRule="exact"/></w:pPr>'
              '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % (HT, HT, HT, ttl))
    for ln in lines:
        ps.append('<w:p><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="560"/><w:spacing w:line="480" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="28"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % (FS, FS, FS, ln))
    h = 40 + 26 * (len(lines) + 3)
    xml = ('<w:p %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:pict>'
           '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="zlbox1" type="#_x0000_t202" style="width:436pt;height:%dpt" strokecolor="black" strokeweight="1pt" filled="f">'
           '<v:textbox inset="6pt,4pt,6pt,4pt"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>') % (nsdecls("w"), h, "".join(ps))
    doc.element.body.append(parse_xml(xml))
    # move sectPr back to the end
    body = doc.element.body; sp = body.find(qn("w:sectPr"))
    if sp is not None: body.remove(sp); body.append(sp)


def data_table(doc, caption, headers, rows, widths=None, note=None, hdr_font=HT, size=S4):
    if caption: para(doc, caption, HT, S3, WD_ALIGN_PARAGRAPH.CENTER, False, before=6)
    t = doc.add_table(rows=1 + len(rows), cols=len(headers)); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.cell(0, i); p = c.paragraphs[0]; fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 22); font(p.add_run(h), hdr_font, size)
    trpr = t.rows[0]._tr.get_or_add_trPr(); trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            c = t.cell(r, i); parts = v.split("\n"); p = c.paragraphs[0]
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER, False, 22); font(p.add_run(parts[0]), FS, size)
            for extra in parts[1:]:
                q = c.add_paragraph(); fmt(q, WD_ALIGN_PARAGRAPH.CENTER, False, 22); font(q.add_run(extra), FS, size)
    if widths:
        t.autofit = False
        for row in t.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths): gc.set(qn("w:w"), str(int(w * 567)))
    if note:
        p = para(doc, note, FS, 12, WD_ALIGN_PARAGRAPH.JUSTIFY, False, exact=20, before=3)
    else:
        para(doc, "", exact=14)
    return t


def figure(doc, caption, path):
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=28)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.add_run().add_picture(path, width=Cm(13))
    para(doc, caption, HT, S4, WD_ALIGN_PARAGRAPH.CENTER, False, exact=24, after=6)


def make_chart(path):
    W, H = 1300, 700
    im = Image.new("RGB", (W, H), "white"); d = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 28)
    vals = [("2016", 702.3), ("2017", 801.6), ("2018", 918.4), ("2019", 1088.9), ("2020", 1246.5)]
    d.line((120, 620, 1240, 620), fill="black", width=3); d.line((120, 60, 120, 620), fill="black", width=3)
    for i, (y, v) in enumerate(vals):
        x = 200 + i * 210; h = v / 1400 * 540
        d.rectangle((x, 620 - h, x + 110, 620), fill=(192, 0, 0))
        d.text((x + 10, 630), y, font=f, fill="black"); d.text((x, 620 - h - 40), "%.1f" % v, font=f, fill="black")
    d.text((130, 20), "亿元", font=f, fill="black")
    im.save(path)


# =====================================================================
# Document 1: 云南 plan
# =====================================================================
Y_ORG = "云南省人民政府办公厅"
Y_NO = "云政办发〔2022〕9号"
Y_TITLE = "云南省人民政府办公厅关于印发云南省参与共建“一带一路”发展规划（2021—2025年）的通知"
Y_PLAN = "云南省参与共建“一带一路”发展规划（2021—2025年）"
Y_DATE = "2022年2月11日"
FN1 = "数据来源：昆明海关《2020年云南省对外贸易统计快报》，按人民币计价。"
FN2 = "数据来源：中国铁路昆明局集团有限公司，统计截至2021年12月31日。"
FN3 = "数据来源：云南省商务厅对外投资合作统计，2020年为快报数。"

Y_BLOCKS = [
    ("p", "为深入贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展的决策部署，充分发挥云南区位优势，主动服务和融入国家重大战略，根据《云南省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，编制本规划。规划期为2021—2025年，展望到2035年。"),
    ("chapter", "第一章　发展基础和面临形势"),
    ("section", "第一节　发展基础"),
    ("pfn", "“十三五”时期，我省参与共建“一带一路”取得积极进展。经贸合作持续深化，2020年全省对南亚东南亚国家进出口额达到1246.5亿元", FN1, "，年均增长15.4%，占全省外贸比重提高到42.6%。"),
    ("fig", "图1　2016—2020年云南省对南亚东南亚国家进出口额"),
    ("pfn", "互联互通取得突破，中老铁路全线建成通车，开通运营首月发送旅客67.6万人次、货物17万吨", FN2, "。国际道路运输线路达到30条，昆明长水国际机场南亚东南亚航线通航点覆盖率居全国前列。"),
    ("pfn", "“走出去”步伐加快，2020年全省对外直接投资额11.2亿美元", FN3, "，境外经贸合作区建设有序推进。"),
    ("section", "第二节　面临形势"),
    ("p", "当今世界正经历百年未有之大变局，区域全面经济伙伴关系协定（RCEP）正式生效，为我省拓展与东盟国家经贸合作带来新的机遇。同时，外部环境不稳定不确定因素增多，我省开放型经济总体规模偏小、外向型产业支撑不足等问题依然突出。"),
    ("chapter", "第二章　总体要求"),
    ("section", "第一节　指导思想"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，坚持共商共建共享原则，以建设我国面向南亚东南亚辐射中心为目标，以中老铁路为牵引，推动我省参与共建“一带一路”高质量发展。"),
    ("section", "第二节　主要目标"),
    ("p", "到2025年，面向南亚东南亚辐射中心建设取得重大进展，互联互通水平明显提升，开放型经济规模和质量显著提高，主要指标见表1。"),
    ("table", "表1　“十四五”时期云南省参与共建“一带一路”主要指标",
     ["指标", "2020年", "2025年", "年均增长", "属性"],
     [["对南亚东南亚国家进出口总额（亿元）", "1246.5", "2000", "10.0%", "预期性"],
      ["实际利用外资（亿美元）", "7.6", "12", "9.6%", "预期性"],
      ["对外直接投资额（亿美元）", "11.2", "15", "6.0%", "预期性"],
      ["国际道路运输线路（条）", "30", "45", "〔15〕", "预期性"],
      ["中老铁路年货物发送量（万吨）", "—", "1000", "—", "预期性"],
      ["单位地区生产总值能源消耗降低（%）", "—", "—", "〔13.5〕", "约束性"]],
     "注：〔　〕内为五年累计数；2020年进出口数据为快报数；中老铁路于2021年12月开通运营，2020年无数据。"),
    ("chapter", "第三章　重点任务"),
    ("section", "第一节　推进基础设施互联互通"),
    ("p", "以中老铁路为骨干，加快构建连接南亚东南亚的国际大通道。推进大瑞铁路保山至瑞丽段、临沧至清水河铁路建设，提升昆明长水国际机场区域性国际枢纽功能，完善沿边口岸基础设施。"),
    ("box", "专栏1　重点项目",
     ["1.交通基础设施：大瑞铁路保山至瑞丽段、临沧至清水河铁路、昆明长水国际机场改扩建工程、磨憨口岸铁路货场。",
      "2.能源基础设施：中缅油气管道配套工程、面向南亚东南亚电力联网工程、滇西北至广东特高压直流输电扩建工程。",
      "3.口岸和物流：磨憨—磨丁经济合作区基础设施、瑞丽国际陆港、河口中越跨境物流园区。"]),
    ("section", "第二节　深化经贸投资合作"),
    ("p", "推动RCEP规则落地，扩大绿色食品、电力、有色金属等优势产品出口，扩大进口东南亚农产品和资源性产品。支持省内企业在老挝、缅甸、柬埔寨等国家建设境外经贸合作区，到2025年新增境外经贸合作区3个。"),
    ("chapter", "第四章　保障措施"),
    ("section", "第一节　加强组织领导"),
    ("p", "在省推进“一带一路”建设工作领导小组统筹下，各州、市人民政府和省直有关部门要结合实际制定具体实施方案，明确任务分工和时间节点。"),
    ("section", "第二节　强化监测评估"),
    ("p", "省发展改革委要会同有关部门建立规划实施监测评估机制，2023年开展中期评估，2025年底前开展总结评估，评估结果向省人民政府报告。"),
]


def build_yunnan():
    doc = Document(); setup(doc); fn = Footnotes(doc)
    masthead(doc, Y_ORG + "文件", Y_NO)
    title(doc, ["云南省人民政府办公厅关于印发云南省参与", "共建“一带一路”发展规划（2021—2025年）", "的通知"])
    para(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)
    para(doc, "《云南省参与共建“一带一路”发展规划（2021—2025年）》已经省人民政府同意，现印发给你们，请认真贯彻执行。")
    signoff(doc, Y_ORG, Y_DATE)
    page_break(doc)
    title(doc, ["云南省参与共建“一带一路”发展规划", "（2021—2025年）"])
    chart = os.path.join(HERE, "_chart91.png"); make_chart(chart)
    for b in Y_BLOCKS:
        k = b[0]
        if k == "p": para(doc, b[1])
        elif k == "chapter": h_chapter(doc, b[1])
        elif k == "section": h_section(doc, b[1])
        elif k == "pfn":
            p = para(doc, b[1]); fn.ref(p, b[2]); font(p.add_run(b[3]), FS, S3)
        elif k == "fig": figure(doc, b[1], chart)
        elif k == "table": data_table(doc, b[1], b[2], b[3], [6.2, 2.2, 2.2, 2.4, 2.2], b[4])
        elif k == "box": one_cell_box(doc, b[1], b[2])
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，云南省军区。", "云南省人民政府办公厅", "2022年2月14日")
    fn.finish()
    out = os.path.join(HERE, "blind91_yunnan_plan.docx"); doc.save(out); os.remove(chart)
    return out


def yunnan_expected():
    clauses = ["《云南省参与共建“一带一路”发展规划（2021—2025年）》已经省人民政府同意，现印发给你们，请认真贯彻执行。"]
    for b in Y_BLOCKS:
        if b[0] == "p": clauses.append(b[1])
        elif b[0] == "pfn": clauses.append(b[1] + b[3])
        elif b[0] == "table":
            for row in b[3]:
                clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(b[2], row)))
            clauses.append(b[4])
        elif b[0] == "box": clauses.extend(b[2])
    return [{
        "meta": {"title": Y_TITLE, "doc_number": Y_NO, "issuer": [Y_ORG], "date": "2022-02-11",
                 "level": "provincial", "region": "云南省", "effective": None, "expires": None,
                 "attachments": [], "plan_title": Y_PLAN, "plan_period": "2021—2025"},
        "clauses": clauses,
        "_note": ("Furniture: 版头 '云南省人民政府办公厅文件', 文号 line, red rule, 主送 line, 落款/date, （此件公开发布）, 版记 (抄送/印发 line with 2022年2月14日印发), footer page numbers '— N —' (odd right / even left), "
                  "the plan's own centred title, 第X章/第X节 headings (labels, not clauses), '专栏1　重点项目' box title, '表1 …' table caption, '图1 …' figure caption, footnote texts (数据来源 …). "
                  "Traps: footnote reference marks must not leak into the sentence as digits (e.g. '1246.5亿元1，年均增长'); footnote text must not be glued to body paragraphs; "
                  "'〔15〕' cumulative values; 约束性 vs 预期性 row. Tolerable: notice and plan as two documents (plan title as second doc's title, same issuer/date); headings emitted as heading-kind items; "
                  "note line '注：…' as note-kind; box items kept as one clause per numbered line; expires 2025-12-31 read from plan period (not stated in text); effective left empty or = 2022-02-11."),
    }]


# =====================================================================
# Document 2: 昆明 自贸片区 three-year action plan
# =====================================================================
K_ORG = "昆明市人民政府办公室"
K_NO = "昆政办〔2023〕31号"
K_TITLE = "昆明市人民政府办公室关于印发中国（云南）自由贸易试验区昆明片区深化改革创新三年行动计划（2023—2025年）的通知"
K_PLAN = "中国（云南）自由贸易试验区昆明片区深化改革创新三年行动计划（2023—2025年）"
K_DATE = "2023年6月9日"
K_ATT = ["中国（云南）自由贸易试验区昆明片区深化改革创新三年行动计划（2023—2025年）", "中国（云南）自由贸易试验区昆明片区深化改革创新三年行动重点任务分工表"]

K_BLOCKS = [
    ("p", "为深入实施自由贸易试验区提升战略，推动中国（云南）自由贸易试验区昆明片区（以下简称昆明片区）高水平建设，结合实际，制定本行动计划。"),
    ("h1", "一、总体要求"),
    ("runin", "（一）指导思想。", "以制度创新为核心，以可复制可推广为基本要求，对接RCEP等国际高标准经贸规则，努力把昆明片区建设成为面向南亚东南亚的开放合作高地。"),
    ("runin", "（二）主要目标。", "到2025年，昆明片区累计形成制度创新成果60项以上，新增市场主体1.5万户，实际利用外资累计达到5亿美元，外贸进出口总额年均增长12%以上。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）推进贸易便利化"),
    ("num", "1.", "深化国际贸易“单一窗口”建设，2023年底前实现主要申报业务应用率达到100%。推广“两步申报”“提前申报”等通关模式，进口整体通关时间压缩至30小时以内。"),
    ("num", "2.", "支持发展跨境电商、保税维修、离岸贸易等新业态。对年度跨境电商进出口额首次突破1亿元的企业，给予一次性奖励50万元。"),
    ("h2", "（二）推进投资自由化"),
    ("num", "3.", "全面落实外商投资准入前国民待遇加负面清单管理制度，建立外资项目全流程服务专员制度。"),
    ("num", "4.", "推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内；探索商事主体登记确认制改革。"),
    ("box", "专栏　昆明片区2023年首批制度创新清单",
     ["（1）跨境人民币结算“白名单”便利化试点。",
      "（2）面向南亚东南亚的国际商事调解中心建设。",
      "（3）进口药品通关“预审批+口岸检验”模式。",
      "（4）“中老铁路+中欧班列”国际铁路联运“一单制”。"]),
    ("h2", "（三）推进金融开放创新"),
    ("num", "5.", "扩大人民币跨境使用，支持片区内银行机构开展老挝基普、泰铢等非主要国际储备货币挂牌交易。"),
    ("h1", "三、保障措施"),
    ("runin", "（一）强化组织保障。", "昆明片区管委会要会同各牵头单位细化工作举措，建立工作台账，每季度末向市人民政府报送进展情况。"),
    ("runin", "（二）强化考核评估。", "将行动计划实施情况纳入市级部门年度目标考核，2024年开展中期评估。"),
    ("p", "本行动计划自印发之日起施行，有效期至2025年12月31日。"),
]
K_TABLE_H = ["序号", "任务", "牵头单位", "完成时限"]
K_TABLE = [
    ["1", "建设国际贸易“单一窗口”昆明片区特色应用", "市商务局\n昆明海关", "2023年12月"],
    ["2", "推广“两步申报”“提前申报”通关模式", "昆明海关", "2024年6月"],
    ["3", "培育跨境电商、保税维修、离岸贸易等新业态", "市商务局", "2025年12月"],
    ["4", "建立外资项目全流程服务专员制度", "市投资促进局", "2023年9月"],
    ["5", "推行企业开办“一网通办”", "市市场监管局", "2023年12月"],
    ["6", "建设面向南亚东南亚的国际商事调解中心", "市司法局\n昆明片区管委会", "2024年12月"],
    ["7", "开展非主要国际储备货币挂牌交易", "人民银行昆明中心支行", "持续推进"],
]


def build_kunming():
    doc = Document(); setup(doc)
    masthead(doc, K_ORG + "文件", K_NO)
    title(doc, ["昆明市人民政府办公室关于印发中国（云南）", "自由贸易试验区昆明片区深化改革创新三年", "行动计划（2023—2025年）的通知"])
    para(doc, "各县（市）、区人民政府，市政府各委、办、局，各开发（度假）园区管委会：", indent=False)
    para(doc, "经市人民政府同意，现将《中国（云南）自由贸易试验区昆明片区深化改革创新三年行动计划（2023—2025年）》印发给你们，请认真抓好落实。")
    para(doc, "")
    p = para(doc, "附件：1．" + K_ATT[0]); p.paragraph_format.left_indent = Pt(32 + 48); p.paragraph_format.first_line_indent = Pt(-48)
    p = para(doc, "2．" + K_ATT[1]); p.paragraph_format.left_indent = Pt(32 + 48 + 32); p.paragraph_format.first_line_indent = Pt(-32)
    signoff(doc, K_ORG, K_DATE)
    page_break(doc)
    para(doc, "附件1", HT, S3, WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, "")
    title(doc, ["中国（云南）自由贸易试验区昆明片区", "深化改革创新三年行动计划", "（2023—2025年）"])
    for b in K_BLOCKS:
        k = b[0]
        if k == "p": para(doc, b[1])
        elif k == "h1": h1(doc, b[1])
        elif k == "h2": h2(doc, b[1])
        elif k == "runin": runin(doc, b[1], b[2])
        elif k == "num": runin(doc, b[1], b[2], FS)
        elif k == "box": vml_box(doc, b[1], b[2])
    page_break(doc)
    para(doc, "附件2", HT, S3, WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, "")
    title(doc, ["中国（云南）自由贸易试验区昆明片区深化改革", "创新三年行动重点任务分工表"])
    data_table(doc, None, K_TABLE_H, K_TABLE, [1.4, 8.0, 4.0, 2.2], None)
    banji(doc, "市委各部门，市人大常委会办公厅，市政协办公室，市法院，市检察院，昆明警备区。", "昆明市人民政府办公室", "2023年6月12日")
    out = os.path.join(HERE, "blind91_kunming_actionplan.docx"); doc.save(out)
    return out


def kunming_expected():
    clauses = ["经市人民政府同意，现将《中国（云南）自由贸易试验区昆明片区深化改革创新三年行动计划（2023—2025年）》印发给你们，请认真抓好落实。"]
    for b in K_BLOCKS:
        if b[0] == "p": clauses.append(b[1])
        elif b[0] in ("runin", "num"): clauses.append(b[1] + b[2])
        elif b[0] == "box": clauses.extend(b[2])
    for row in K_TABLE:
        clauses.append("；".join("%s：%s" % (h, v.replace("\n", "、")) for h, v in zip(K_TABLE_H, row)))
    return [{
        "meta": {"title": K_TITLE, "doc_number": K_NO, "issuer": [K_ORG], "date": "2023-06-09",
                 "level": "municipal", "region": "云南省昆明市", "effective": "2023-06-09", "expires": "2025-12-31",
                 "attachments": K_ATT},
        "clauses": clauses,
        "_note": ("Furniture: 版头 '昆明市人民政府办公室文件', 文号, red rule, 主送, 附件说明 lines (they are metadata → attachments), 落款/date, （此件公开发布）, '附件1'/'附件2' markers, "
                  "the plan's centred title, the 分工表 title, 版记 (抄送/印发 2023年6月12日印发), page numbers. Headings 一、/（一）推进贸易便利化 are labels. "
                  "Traps: 专栏 sits in a VML text box (w:txbxContent) — its four items must not be lost nor duplicated; table cells with two 牵头单位 on two lines ('市商务局/昆明海关') should stay in one row; "
                  "'完成时限：持续推进' is not a date; the attachment list has a hanging '2．' second line that must be read as attachment 2, not as a clause. "
                  "Tolerable: 附件 parts split into separate documents with the right titles; box title as heading; 牵头单位 joined with space or '、'. "
                  "applies_to: the whole plan applies to 昆明片区 (中国（云南）自由贸易试验区昆明片区), within 昆明市."),
    }]


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True, capture_output=True)


if __name__ == "__main__":
    a = build_yunnan(); b = build_kunming()
    for f in (a, b): to_pdf(f)
    exp = {"blind91_yunnan_plan": yunnan_expected(), "blind91_kunming_actionplan": kunming_expected()}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
    print("ok", a, b)
