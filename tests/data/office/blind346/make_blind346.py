# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 346: lists of places as customs, ports and commerce offices publish them.

Writes, next to this script:
  blind346_haiguan_gonggao.docx/.pdf  海关总署公告 (网购保税进口场所名单, merged table)
  blind346_yunnan_kouan.docx/.pdf     云南省口岸办通知 (边境口岸 by 州（市）/县)
  blind346_jiangsu_banlie.xlsx        江苏中欧（亚）班列开行统计表
  blind346_shangwubu_zongshiqu.html   商务部 跨境电商综试区名单 (第一批…第七批)
  expected.json
Run:  . /work/venv/bin/activate && python make_blind346.py
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
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(par, text, east=FS, size=16, bold=False, color=None):
    """Add text to a paragraph; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = par.add_run(part)
        set_font(r, east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    return par


def fmt(par, align=None, first_indent=True, size=16, exact=28.95, before=0, after=0,
        left_chars=0, right_chars=0):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return par


def body(doc, text, east=FS, size=16, **kw):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=size, **kw)
    add_text(p, text, east, size)
    return p


def runin(doc, head, rest, head_font=KT, head_bold=False, size=16):
    """Run-in heading: e.g. （一）严格执行开放时间。 + body text in 仿宋."""
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=size)
    add_text(p, head, head_font, size, bold=head_bold)
    add_text(p, rest, FS, size)
    return p


def heading1(doc, text):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    add_text(p, text, HT, 16)
    return p


def border(par, side="bottom", color="FF0000", sz=12, space=1):
    ppr = par._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(18)
    section.header_distance = Mm(15)


def _page_field(par, size=14):
    r = par.add_run("— ")
    set_font(r, "宋体", size, ascii_font="宋体")
    r = par.add_run()
    set_font(r, "宋体", size, ascii_font="宋体")
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = par.add_run()
    set_font(r, "宋体", size, ascii_font="宋体")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = par.add_run()
    set_font(r, "宋体", size, ascii_font="宋体")
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = par.add_run("1")
    set_font(r, "宋体", size, ascii_font="宋体")
    r = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = par.add_run(" —")
    set_font(r, "宋体", size, ascii_font="宋体")


def page_numbers(doc):
    """GB/T 9704: 4号半角宋体 '— N —', odd pages right, even pages left (1 char in)."""
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(14)
    _page_field(p)
    p = sec.even_page_footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.left_indent = Pt(14)
    _page_field(p)


def banner(doc, organ_mark, number_line, mark_size=40):
    """版头: red 发文机关标志, 发文字号, red rule."""
    fmt(doc.add_paragraph(), first_indent=False, exact=20)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=60)
    add_text(p, organ_mark, XBS, mark_size, color=RED)
    fmt(doc.add_paragraph(), first_indent=False, exact=28.95)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    add_text(p, number_line, FS, 16)
    border(p, "bottom", "FF0000", 18, 8)
    fmt(doc.add_paragraph(), first_indent=False)


def title(doc, lines):
    for ln in lines:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=36)
        add_text(p, ln, XBS, 22)
    fmt(doc.add_paragraph(), first_indent=False)


def signature(doc, organ, date):
    fmt(doc.add_paragraph(), first_indent=False)
    fmt(doc.add_paragraph(), first_indent=False)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, right_chars=4)
    add_text(p, organ)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, right_chars=4)
    add_text(p, date)


def banji(doc, chaosong, yinfa_organ, yinfa_date, text_width_cm=15.6):
    """版记: 抄送 + 印发机关/印发日期 between rules, at the end of the document."""
    for _ in range(3):
        fmt(doc.add_paragraph(), first_indent=False)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=False, size=14, exact=26,
        left_chars=1, right_chars=1)
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.hanging = None
    add_text(p, chaosong, FS, 14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = doc.add_paragraph()
    fmt(p, first_indent=False, size=14, exact=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(text_width_cm - 0.5), WD_TAB_ALIGNMENT.RIGHT)
    add_text(p, yinfa_organ + "\t" + yinfa_date, FS, 14)
    border(p, "bottom", "000000", 8, 4)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 6)
    add_text(p, text, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def to_pdf(docx_path):
    outdir = os.path.dirname(docx_path)
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_346",
           "--convert-to", "pdf", "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


def new_doc():
    doc = Document()
    page_setup(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    return doc


def row_clause(headers, values):
    return "；".join(f"{h}：{v}" for h, v in zip(headers, values) if v not in (None, ""))


EXPECTED = {}

# ============================================================ (a) 海关总署公告
def make_haiguan():
    stem = "blind346_haiguan_gonggao"
    clauses, specific = [], {}
    doc = new_doc()
    banner(doc, "海关总署公告", "2025年第58号")
    title(doc, ["关于同意部分综合保税区和保税物流中心",
                "（B型）开展跨境电子商务网购保税进口",
                "业务的公告"])

    pre = ("为贯彻落实党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，服务高质量共建“一带一路”"
           "和自由贸易试验区提升战略，促进外贸新业态新模式发展，经研究，海关总署同意附件所列综合保税区和"
           "保税物流中心（B型）（以下统称场所）开展跨境电子商务网购保税进口业务。现将有关事项公告如下：")
    body(doc, pre)
    clauses.append(pre)

    items = [
        ("一、", "上述场所自2025年7月1日起可开展跨境电子商务网购保税进口（监管方式代码“1210”）业务，"
                "具体监管要求按照海关总署公告2018年第194号（关于跨境电子商务零售进出口商品有关监管事宜的公告）执行。"),
        ("二、", "场所所在地直属海关应当指导场所经营企业按照《海关监管作业场所（场地）设置规范》完善跨境电子商务"
                "监管作业场所设置，配备视频监控、查验和信息化管理设施，并在开展业务前完成验收。未通过验收的，不得开展相关业务。"),
        ("三、", "满洲里综合保税区、凭祥综合保税区、霍尔果斯综合保税区等沿边场所，可结合中欧班列、跨境公路运输"
                "开展“跨境电商+边境贸易”融合发展试点，所在地海关应当加强对入区商品的风险布控和后续监管。"),
        ("四、", "开展跨境电子商务网购保税进口业务的企业，应当按照规定向海关传输交易、支付、物流等电子信息，"
                "并对数据真实性承担相应责任。对违反本公告规定的，海关依照有关法律、行政法规予以处理。"),
        ("五、", "本公告自2025年7月1日起施行。"),
    ]
    for lab, txt in items:
        body(doc, lab + txt)
        clauses.append(lab + txt)
    specific[items[2][0] + items[2][1][:20]] = [
        "满洲里市", "满洲里综合保税区", "凭祥市", "凭祥综合保税区", "霍尔果斯市", "霍尔果斯综合保税区"]

    fmt(doc.add_paragraph(), first_indent=False)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left_chars=2)
    p.paragraph_format.first_line_indent = None
    add_text(p, "附件：开展跨境电子商务网购保税进口业务的场所名单")
    signature(doc, "海关总署", "2025年6月16日")

    # ---- 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    add_text(p, "附件", HT, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=36, after=6)
    add_text(p, "开展跨境电子商务网购保税进口业务的场所名单", XBS, 22)

    headers = ["序号", "省份", "城市", "场所名称", "海关"]
    rows = [
        ("河北省", "石家庄市", "石家庄综合保税区", "石家庄海关"),
        ("河北省", "唐山市曹妃甸区", "曹妃甸综合保税区", "石家庄海关"),
        ("河北省", "廊坊市", "廊坊综合保税区", "石家庄海关"),
        ("内蒙古自治区", "满洲里市", "满洲里综合保税区", "满洲里海关"),
        ("内蒙古自治区", "鄂尔多斯市", "鄂尔多斯综合保税区", "呼和浩特海关"),
        ("辽宁省", "营口市", "营口综合保税区", "大连海关"),
        ("吉林省", "延边朝鲜族自治州珲春市", "珲春综合保税区", "长春海关"),
        ("黑龙江省", "黑河市", "黑河保税物流中心（B型）", "哈尔滨海关"),
        ("江苏省", "盐城市", "盐城综合保税区", "南京海关"),
        ("江苏省", "苏州市常熟市", "常熟综合保税区", "南京海关"),
        ("江苏省", "泰州市", "泰州综合保税区", "南京海关"),
        ("浙江省", "湖州市德清县", "湖州德清保税物流中心（B型）", "杭州海关"),
        ("浙江省", "台州市", "台州综合保税区", "杭州海关"),
        ("安徽省", "安庆市", "安庆综合保税区", "合肥海关"),
        ("江西省", "赣州市龙南市", "龙南保税物流中心（B型）", "南昌海关"),
        ("山东省", "日照市", "日照综合保税区", "青岛海关"),
        ("山东省", "临沂市", "临沂综合保税区", "济南海关"),
        ("河南省", "洛阳市", "洛阳综合保税区", "郑州海关"),
        ("河南省", "许昌市", "许昌保税物流中心（B型）", "郑州海关"),
        ("湖南省", "岳阳市", "岳阳城陵矶综合保税区", "长沙海关"),
        ("湖南省", "永州市", "永州综合保税区", "长沙海关"),
        ("广西壮族自治区", "崇左市凭祥市", "凭祥综合保税区", "南宁海关"),
        ("广西壮族自治区", "钦州市", "钦州综合保税区", "南宁海关"),
        ("四川省", "宜宾市", "宜宾综合保税区", "成都海关"),
        ("云南省", "红河哈尼族彝族自治州蒙自市", "红河综合保税区", "昆明海关"),
        ("新疆维吾尔自治区", "伊犁哈萨克自治州霍尔果斯市", "霍尔果斯综合保税区", "乌鲁木齐海关"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.6), Cm(3.6), Cm(6.4), Cm(7.6), Cm(3.4)]
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for r, (prov, city, site, cus) in enumerate(rows, start=1):
        cell_text(t.rows[r].cells[0], str(r), FS, 14)
        cell_text(t.rows[r].cells[1], prov, FS, 14)
        cell_text(t.rows[r].cells[2], city, FS, 14)
        cell_text(t.rows[r].cells[3], site, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.rows[r].cells[4], cus, FS, 14)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    def merge_runs(col):
        r = 1
        while r <= len(rows):
            v = rows[r - 1][col - 1]
            e = r
            while e + 1 <= len(rows) and rows[e][col - 1] == v and rows[e][0] == rows[r - 1][0]:
                e += 1
            if e > r:
                top = t.cell(r, col)
                merged = top.merge(t.cell(e, col))
                cell_text(merged, v, FS, 14)
            r = e + 1
    merge_runs(1)  # 省份
    merge_runs(4)  # 海关 (only inside one province)

    for i, (prov, city, site, cus) in enumerate(rows, start=1):
        txt = row_clause(headers, [str(i), prov, city, site, cus])
        clauses.append(txt)
        places = [city]
        specific[txt[:40]] = places + [site]

    p = doc.add_paragraph()
    fmt(p, first_indent=False, size=12, exact=22, before=6)
    add_text(p, "", FS, 12)

    # ---- 版记 on a portrait page at the end
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    for _ in range(14):
        fmt(doc.add_paragraph(), first_indent=False)
    banji(doc, "抄送：国家发展改革委、财政部、商务部、税务总局、市场监管总局、国家外汇管理局，"
               "各省、自治区、直辖市人民政府，总署各司局，广东分署，天津、上海特派办，各直属海关。",
          "海关总署办公厅", "2025年6月17日印发")
    page_numbers(doc)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [{
        "meta": {
            "title": "关于同意部分综合保税区和保税物流中心（B型）开展跨境电子商务网购保税进口业务的公告",
            "doc_number": "海关总署公告2025年第58号",
            "issuer": ["海关总署"],
            "date": "2025-06-16",
            "published": "2025-06-17",
            "level": "national",
            "region": "全国",
            "effective": "2025-07-01",
            "expires": None,
            "attachments": ["开展跨境电子商务网购保税进口业务的场所名单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ============================================================ (b) 云南省口岸办通知
def make_yunnan():
    stem = "blind346_yunnan_kouan"
    clauses, specific = [], {}
    doc = new_doc()
    banner(doc, "云南省人民政府口岸办公室文件", "云口岸发〔2025〕15号", mark_size=30)
    # 标题 in one paragraph, broken with a soft line break
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=36)
    add_text(p, "云南省人民政府口岸办公室关于进一步规范\n边境口岸开放运行管理的通知", XBS, 22)
    fmt(doc.add_paragraph(), first_indent=False)

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=False)
    add_text(p, "德宏、西双版纳、红河、普洱、临沧、保山、文山州（市）人民政府，省直有关部门，"
                "昆明海关，云南出入境边防检查总站：")

    pre_doc = ("为深入贯彻落实党中央、国务院关于推进高水平对外开放和高质量共建“一带一路”的决策部署，"
               "加快建设面向南亚东南亚辐射中心，进一步规范全省边境口岸开放运行管理，提升口岸通关效率和安全保障水平，"
               "\n经省人民政府同意，现将有关事项通知如下：")
    body(doc, pre_doc)
    clauses.append(pre_doc.replace("\n", ""))

    heading1(doc, "一、明确适用范围")
    c = ("本通知适用于附件所列德宏、西双版纳、红河、普洱、临沧、保山、文山7个州（市）的14个经国务院批准"
         "对外开放的边境口岸（以下简称边境口岸）。省人民政府批准开放的二类口岸和边民互市通道参照执行。")
    body(doc, c)
    clauses.append(c)
    specific[c[:20]] = ["德宏傣族景颇族自治州", "西双版纳傣族自治州", "红河哈尼族彝族自治州",
                        "普洱市", "临沧市", "保山市", "文山壮族苗族自治州"]

    heading1(doc, "二、规范口岸开放运行")
    parts = [
        ("（一）严格执行开放时间。", "各边境口岸应当按照国务院批复和双边协定确定的开放时间对外开放，不得擅自延长、"
         "缩短或者关闭。确需临时调整开放时间的，由口岸所在地州（市）人民政府提前15个工作日报省口岸办审核，"
         "并按程序通报毗邻国家口岸管理部门。", None),
        ("（二）实行分类通关时间。", "瑞丽口岸、磨憨口岸、河口口岸实行每日24小时通关；畹町口岸、打洛口岸、"
         "清水河口岸、猴桥口岸、天保口岸实行每日8:00至22:00通关。节假日期间通关时间由口岸所在地州（市）"
         "人民政府商查验单位确定后向社会公告。",
         ["瑞丽市", "勐腊县", "河口瑶族自治县", "勐海县", "耿马傣族佤族自治县", "腾冲市", "麻栗坡县"]),
        ("（三）推行“一站式”通关。", "全面推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利措施，"
         "推进口岸查验单位“一次查验、一次放行”，边境口岸进出口整体通关时间在2024年基础上再压缩10%以上。", None),
        ("（四）推进铁路口岸通关便利化。", "磨憨铁路口岸、河口铁路口岸要会同中国铁路昆明局集团有限公司，"
         "优化中老铁路、中越铁路国际货物列车“铁路快通”模式，确保昆明至万象国际货物列车全程运行时间稳定在"
         "30小时以内。", ["勐腊县", "河口瑶族自治县"]),
    ]
    for h, t_, pl in parts:
        runin(doc, h, t_)
        clauses.append(h + t_)
        if pl:
            specific[(h + t_)[:20]] = pl

    heading1(doc, "三、加强口岸基础设施建设")
    parts = [
        ("（一）", "各州（市）人民政府要将口岸基础设施建设纳入本地国民经济和社会发展规划，统筹安排查验设施、"
         "联检楼、货场和信息化项目，按照“谁使用、谁管理”的原则明确维护责任。", None),
        ("（二）", "2025年底前，完成章凤口岸、金水河口岸、孟连（勐阿）口岸查验设施改造提升，具备货物、"
         "人员、交通工具正常查验条件，相关经费由省级口岸建设专项资金按规定给予补助。",
         ["陇川县", "金平苗族瑶族傣族自治县", "孟连傣族拉祜族佤族自治县"]),
        ("（三）", "支持中国（云南）自由贸易试验区德宏片区、红河片区依托瑞丽口岸、河口口岸发展边境贸易、"
         "跨境物流和加工贸易，探索“口岸+园区+产业”联动发展模式。",
         ["中国（云南）自由贸易试验区德宏片区", "中国（云南）自由贸易试验区红河片区"]),
    ]
    for h, t_, pl in parts:
        body(doc, h + t_)
        clauses.append(h + t_)
        if pl:
            specific[(h + t_)[:20]] = pl

    heading1(doc, "四、强化保障措施")
    c1 = ("（一）压实属地责任。", "口岸所在地州（市）、县（市）人民政府是口岸运行管理的责任主体，"
          "要建立口岸运行情况日调度制度，及时协调解决口岸通关中的突出问题。")
    runin(doc, *c1)
    clauses.append(c1[0] + c1[1])
    c2 = ("（二）加强协调联动。", "建立省、州（市）、县（市）三级口岸工作协调机制：")
    runin(doc, *c2)
    clauses.append(c2[0] + c2[1])
    subs = [
        "1.省口岸办负责统筹协调全省边境口岸开放、建设和运行管理中的重大问题；",
        "2.州（市）人民政府负责本地区口岸日常运行协调，每季度召开一次口岸工作联席会议；",
        "3.口岸查验单位按照各自职责做好监管查验工作，及时向属地人民政府通报重要情况。",
    ]
    for s in subs:
        body(doc, s)
        clauses.append(s)
    c3 = ("（三）建立督查通报制度。", "省口岸办每半年对各边境口岸运行情况开展一次督查，督查结果通报"
          "口岸所在地州（市）人民政府，并作为省级口岸建设专项资金分配的重要依据。")
    runin(doc, *c3)
    clauses.append(c3[0] + c3[1])

    last = ("五、本通知自2025年6月1日起施行，有效期至2027年5月31日。《云南省人民政府口岸办公室关于加强"
            "边境口岸通关管理有关工作的通知》（云口岸发〔2021〕9号）同时废止。")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    add_text(p, "五、", HT)
    add_text(p, last[2:])
    clauses.append(last)

    fmt(doc.add_paragraph(), first_indent=False)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, left_chars=2)
    p.paragraph_format.first_line_indent = None
    add_text(p, "附件：云南省边境口岸名单")
    signature(doc, "云南省人民政府口岸办公室", "2025年5月20日")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    add_text(p, "（此件公开发布）")

    # ---- 附件
    page_break(doc)
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    add_text(p, "附件", HT, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, exact=36, after=12)
    add_text(p, "云南省边境口岸名单", XBS, 22)

    groups = [
        ("一、德宏傣族景颇族自治州（4个）", [
            ("1.瑞丽口岸（公路），位于瑞丽市。", "瑞丽市"),
            ("2.畹町口岸（公路），位于瑞丽市。", "瑞丽市"),
            ("3.章凤口岸（公路），位于陇川县。", "陇川县"),
            ("4.盈江（那邦）口岸（公路），位于盈江县。", "盈江县")], "soft"),
        ("二、西双版纳傣族自治州（3个）", [
            ("1.磨憨口岸（公路、铁路），位于勐腊县。", "勐腊县"),
            ("2.打洛口岸（公路），位于勐海县。", "勐海县"),
            ("3.景洪港口岸（水运），位于景洪市。", "景洪市")], "soft"),
        ("三、红河哈尼族彝族自治州（2个）", [
            ("1.河口口岸（公路、铁路），位于河口瑶族自治县。", "河口瑶族自治县"),
            ("2.金水河口岸（公路），位于金平苗族瑶族傣族自治县。", "金平苗族瑶族傣族自治县")], "para"),
        ("四、普洱市（2个）", [
            ("1.孟连（勐阿）口岸（公路），位于孟连傣族拉祜族佤族自治县。", "孟连傣族拉祜族佤族自治县"),
            ("2.思茅港口岸（水运），位于思茅区。", "思茅区")], "para"),
        ("五、临沧市（1个）", [
            ("1.清水河口岸（公路），位于耿马傣族佤族自治县。", "耿马傣族佤族自治县")], "para"),
        ("六、保山市（1个）", [
            ("1.猴桥口岸（公路），位于腾冲市。", "腾冲市")], "para"),
        ("七、文山壮族苗族自治州（1个）", [
            ("1.天保口岸（公路），位于麻栗坡县。", "麻栗坡县")], "para"),
    ]
    n_ports = 0
    for head, items, style in groups:
        heading1(doc, head)
        if style == "soft":
            p = body(doc, "\n".join(i for i, _ in items))
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        else:
            for i, _ in items:
                body(doc, i)
        for i, place in items:
            clauses.append(i)
            specific[i[:20]] = [place]
            n_ports += 1
    assert n_ports == 14

    # ---- 版记 right after the attachment, at the end of the last page
    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅；省商务厅、省公安厅、"
               "省财政厅、省交通运输厅，中国铁路昆明局集团有限公司。",
          "云南省人民政府口岸办公室", "2025年5月22日印发")
    page_numbers(doc)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [{
        "meta": {
            "title": "云南省人民政府口岸办公室关于进一步规范边境口岸开放运行管理的通知",
            "doc_number": "云口岸发〔2025〕15号",
            "issuer": ["云南省人民政府口岸办公室"],
            "date": "2025-05-20",
            "published": "2025-05-22",
            "level": "provincial",
            "region": "云南省",
            "effective": "2025-06-01",
            "expires": "2027-05-31",
            "attachments": ["云南省边境口岸名单"],
            "doc_type": "通知",
            "recipients": ["德宏、西双版纳、红河、普洱、临沧、保山、文山州（市）人民政府", "省直有关部门",
                           "昆明海关", "云南出入境边防检查总站"],
            "publicity": "此件公开发布",
            "repeals": "《云南省人民政府口岸办公室关于加强边境口岸通关管理有关工作的通知》（云口岸发〔2021〕9号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ============================================================ (c) 中欧班列 xlsx
def make_jiangsu():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    stem = "blind346_jiangsu_banlie"
    clauses, specific = [], {}
    wb = Workbook()
    ws = wb.active
    ws.title = "1-6月"
    title_ = "2025年1—6月江苏省中欧（亚）班列开行情况统计表"
    ws.merge_cells("A1:H1")
    ws["A1"] = title_
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 36
    ws.merge_cells("A2:E2")
    ws["A2"] = "填报单位：江苏省商务厅（省口岸办）"
    ws.merge_cells("F2:H2")
    ws["F2"] = "单位：列、标准箱"
    ws["F2"].alignment = Alignment(horizontal="right")
    for c in ("A2", "F2"):
        ws[c].font = Font(name="仿宋_GB2312", size=11)

    headers = ["序号", "城市", "线路（始发—终到）", "方向", "开行列数（列）", "运量（标准箱）",
               "同比增长（%）", "备注"]
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(name="黑体", size=11)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = bd
    data = [
        ("南京市", "南京—莫斯科（俄罗斯）", "去程", 86, 7740, 12.4, ""),
        ("南京市", "南京—杜伊斯堡（德国）", "去程", 35, 3150, -5.2, ""),
        ("南京市", "莫斯科（俄罗斯）—南京", "回程", 41, 3690, 18.6, ""),
        ("苏州市", "苏州—华沙（波兰）", "去程", 92, 8280, 7.9, ""),
        ("苏州市", "苏州—明斯克（白俄罗斯）", "去程", 28, 2520, 21.0, ""),
        ("苏州市", "杜伊斯堡（德国）—苏州", "回程", 33, 2970, 3.1, ""),
        ("连云港市", "连云港—阿拉木图（哈萨克斯坦）", "去程", 150, 13500, 15.3, "依托中哈物流合作基地"),
        ("连云港市", "连云港—塔什干（乌兹别克斯坦）", "去程", 47, 4230, 9.8, ""),
        ("徐州市", "徐州—塔什干（乌兹别克斯坦）", "去程", 64, 5760, -2.4, ""),
        ("徐州市", "阿拉木图（哈萨克斯坦）—徐州", "回程", 22, 1980, 35.6, ""),
        ("南通市", "南通—阿拉木图（哈萨克斯坦）", "去程", 38, 3420, 11.0, ""),
        ("淮安市", "淮安—塔什干（乌兹别克斯坦）", "去程", 18, 1620, "—", "2025年3月首发"),
    ]
    r0 = 4
    for k, (city, line, d, n, teu, yoy, note) in enumerate(data):
        r = r0 + k
        vals = [k + 1, city, line, d, n, teu, yoy, note]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.font = Font(name="仿宋_GB2312", size=11)
            c.alignment = Alignment(horizontal="center" if i != 3 else "left", vertical="center",
                                    wrap_text=True)
            c.border = bd
            if i == 7 and isinstance(v, float):
                c.number_format = "0.0"
        shown = [str(k + 1), city, line, d, str(n), str(teu),
                 (f"{yoy:.1f}" if isinstance(yoy, float) else yoy), note]
        txt = row_clause(headers, shown)
        clauses.append(txt)
        specific[txt[:30]] = [city]
    # merge 城市 cells over consecutive equal values (value kept only in the top cell)
    k = 0
    while k < len(data):
        e = k
        while e + 1 < len(data) and data[e + 1][0] == data[k][0]:
            e += 1
        if e > k:
            ws.merge_cells(start_row=r0 + k, start_column=2, end_row=r0 + e, end_column=2)
        k = e + 1
    tot_r = r0 + len(data)
    tot_n = sum(x[3] for x in data)
    tot_teu = sum(x[4] for x in data)
    ws.merge_cells(start_row=tot_r, start_column=1, end_row=tot_r, end_column=4)
    ws.cell(row=tot_r, column=1, value="合计")
    ws.cell(row=tot_r, column=5, value=tot_n)
    ws.cell(row=tot_r, column=6, value=tot_teu)
    ws.cell(row=tot_r, column=7, value=10.7)
    ws.cell(row=tot_r, column=7).number_format = "0.0"
    for i in range(1, 9):
        c = ws.cell(row=tot_r, column=i)
        c.font = Font(name="黑体", size=11)
        c.alignment = Alignment(horizontal="center", vertical="center")
        c.border = bd
    clauses.append(f"序号：合计；开行列数（列）：{tot_n}；运量（标准箱）：{tot_teu}；同比增长（%）：10.7")

    notes = ["注：1.开行列数含去程、回程，按发运日期统计；运量按标准箱（TEU）折算。",
             "2.同比增长为与2024年同期相比，“—”表示上年同期未开行。"]
    for j, n_ in enumerate(notes):
        r = tot_r + 1 + j
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1, value=n_).font = Font(name="仿宋_GB2312", size=10)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="left", wrap_text=True,
                                                       indent=0 if j == 0 else 2)
        clauses.append(n_)
    r = tot_r + 3
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
    ws.cell(row=r, column=5, value="制表日期：2025年7月8日").font = Font(name="仿宋_GB2312", size=10)
    ws.cell(row=r, column=5).alignment = Alignment(horizontal="right")
    for col, w in zip("ABCDEFGH", [6, 11, 32, 7, 13, 13, 13, 20]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    ws.print_title_rows = "3:3"
    # empty default sheets, as offices leave them
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    wb.save(os.path.join(HERE, stem + ".xlsx"))

    EXPECTED[stem] = [{
        "meta": {
            "title": title_,
            "doc_number": None,
            "issuer": ["江苏省商务厅"],
            "date": "2025-07-08",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "统计表",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ============================================================ (d) 商务部 html
def make_shangwubu():
    stem = "blind346_shangwubu_zongshiqu"
    batches = [
        ("第一批", "2015年3月", ["杭州"]),
        ("第二批", "2016年1月", "天津、上海、重庆、合肥、郑州、广州、成都、大连、宁波、青岛、深圳、苏州".split("、")),
        ("第三批", "2018年7月", ("北京、呼和浩特、沈阳、长春、哈尔滨、南京、南昌、武汉、长沙、南宁、海口、贵阳、昆明、"
                              "西安、兰州、厦门、唐山、无锡、威海、珠海、东莞、义乌").split("、")),
        ("第四批", "2019年12月", ("石家庄、太原、赤峰、抚顺、珲春、绥芬河、徐州、南通、温州、绍兴、芜湖、福州、泉州、"
                               "赣州、济南、烟台、洛阳、黄石、岳阳、汕头、佛山、泸州、海东、银川").split("、")),
        ("第五批", "2020年4月", ("雄安新区、大同、满洲里、营口、盘锦、吉林、黑河、常州、连云港、淮安、盐城、宿迁、湖州、"
                              "嘉兴、衢州、台州、丽水、安庆、漳州、莆田、龙岩、九江、东营、潍坊、临沂、南阳、宜昌、湘潭、"
                              "郴州、梅州、惠州、中山、江门、湛江、茂名、肇庆、崇左、三亚、德阳、绵阳、遵义、"
                              "德宏傣族景颇族自治州、延安、天水、西宁、乌鲁木齐").split("、")),
        ("第六批", "2022年2月", ("鄂尔多斯、扬州、镇江、泰州、金华、舟山、马鞍山、宣城、景德镇、上饶、淄博、日照、襄阳、"
                              "韶关、汕尾、河源、阳江、清远、潮州、揭阳、云浮、南充、眉山、红河哈尼族彝族自治州、宝鸡、"
                              "喀什地区、阿拉山口").split("、")),
        ("第七批", "2022年11月", ("廊坊、沧州、运城、包头、鞍山、延吉、同江、蚌埠、南平、宁德、萍乡、新余、宜春、吉安、"
                               "枣庄、济宁、泰安、德州、聊城、滨州、菏泽、焦作、许昌、衡阳、株洲、柳州、贺州、宜宾、达州、"
                               "铜仁、大理白族自治州、拉萨、伊犁哈萨克自治州").split("、")),
    ]
    total = sum(len(b[2]) for b in batches)
    clauses, specific = [], {}
    intro = (f"跨境电子商务综合试验区（以下简称综试区）是跨境电子商务领域先行先试的重要平台。"
             f"经国务院批准，2015年以来我国已分7批设立{total}个综试区，覆盖全国31个省（区、市），"
             f"形成了陆海内外联动、东西双向互济的发展格局。现将综试区名单公布如下：")
    clauses.append(intro)
    paras = []
    for name, when, cities in batches:
        head = f"{name}（{when}，{len(cities)}个）："
        txt = head + "、".join(cities) + "。"
        clauses.append(txt)
        specific[txt[:20]] = cities
        paras.append(f'<p style="text-indent:2em;"><strong>{head}</strong>{"、".join(cities)}。</p>')
    closing = ("各综试区所在地人民政府要落实主体责任，对标国际先进水平，深化跨境电商领域制度创新、管理创新和服务创新，"
               "积极服务高质量共建“一带一路”，商务部将会同有关部门对综试区开展年度考核评估，实行动态调整。")
    clauses.append(closing)

    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>跨境电子商务综合试验区名单_中华人民共和国商务部</title>
<meta name="SiteName" content="中华人民共和国商务部">
<meta name="ColumnName" content="政策发布">
<meta name="ArticleTitle" content="跨境电子商务综合试验区名单">
<meta name="PubDate" content="2024-01-19 10:30">
<meta name="ContentSource" content="电子商务和信息化司">
<meta name="Keywords" content="跨境电商,综试区,名单">
<link rel="stylesheet" href="/static/css/common.css">
<style>
body{{font-family:"Microsoft YaHei",SimSun,sans-serif;margin:0;background:#f5f5f5}}
.top{{background:#b40000;color:#fff;height:32px;line-height:32px;font-size:12px;padding:0 20px}}
.logo{{background:#fff;height:90px;padding:10px 20px}}
.nav ul{{list-style:none;margin:0;padding:0;background:#c80000}} .nav li{{display:inline-block;padding:8px 16px;color:#fff}}
.wrap{{width:1000px;margin:0 auto;background:#fff;padding:20px 40px}}
.crumb{{font-size:12px;color:#666}} h1{{font-size:24px;text-align:center;color:#222}}
.art-info{{text-align:center;font-size:12px;color:#888;border-bottom:1px solid #ddd;padding-bottom:10px}}
#zoom p{{font-size:16px;line-height:2}} .foot{{font-size:12px;color:#666;text-align:center;padding:20px}}
</style>
</head>
<body>
<div class="top">欢迎访问中华人民共和国商务部网站 | <a href="#">English</a> | <a href="#">无障碍</a> | <a href="#">长者模式</a></div>
<div class="logo"><img src="/static/img/logo.png" alt="中华人民共和国商务部"> <form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
<div class="nav"><ul>
<li><a href="#">首页</a></li><li><a href="#">机构</a></li><li><a href="#">新闻</a></li><li><a href="#">政务公开</a></li>
<li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">商务数据</a></li><li><a href="#">专题</a></li>
</ul></div>
<div class="wrap">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策发布</a> &gt; <a href="#">电子商务</a></div>
<h1>跨境电子商务综合试验区名单</h1>
<div class="art-info">发布时间：2024-01-19 10:30　　来源：电子商务和信息化司　　浏览次数：<span id="hits">12386</span>　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　<a href="javascript:window.print()">打印</a></div>
<div id="zoom" class="art-con">
<p style="text-indent:2em;">{intro}</p>
{chr(10).join(paras)}
<p style="text-indent:2em;">{closing}</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="related"><h3>相关稿件</h3><ul>
<li><a href="#">商务部等部门关于推动跨境电商海外仓高质量发展的若干措施</a><span>2024-06-12</span></li>
<li><a href="#">国务院关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复</a><span>2022-11-24</span></li>
<li><a href="#">商务部新闻发言人就跨境电商综试区考核评估结果答记者问</a><span>2023-08-30</span></li>
</ul></div>
</div>
<div class="foot">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a> | <a href="#">隐私声明</a></p>
<p>主办单位：中华人民共和国商务部　地址：北京市东城区东长安街2号　邮编：100731</p>
<p>京ICP备05004093号-1　京公网安备 11040102700091号　网站标识码：bm17000002</p>
</div>
<script src="/static/js/jquery.min.js"></script>
<script>var _hits=document.getElementById("hits");</script>
</body>
</html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)

    EXPECTED[stem] = [{
        "meta": {
            "title": "跨境电子商务综合试验区名单",
            "doc_number": None,
            "issuer": ["商务部"],
            "date": "2024-01-19",
            "published": "2024-01-19",
            "level": "national",
            "region": "全国",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "名单",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]
    return total


def main():
    make_haiguan()
    make_yunnan()
    make_jiangsu()
    make_shangwubu()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("written:", sorted(os.listdir(HERE)))


if __name__ == "__main__":
    main()
