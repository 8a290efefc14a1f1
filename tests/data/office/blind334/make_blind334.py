# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 334: FTZ 规章 / 地方性法规 with amendment history.

Writes next to itself:
  blind334_hubei_ling.docx / .pdf      湖北省人民政府令 第458号 + 修正后的《中国（湖北）自由贸易试验区管理办法》
  blind334_xian_tiaoli.html            西安市人大常委会公告 + 《西安市促进中欧班列发展条例》（网页）
  blind334_qinzhou_guiding.docx / .pdf 钦州港片区 联合印发 跨境电商经营主体管理规定 的通知
  expected.json

Run:  . /work/venv/bin/activate && python make_blind334.py
All content is fictional.
"""
import copy
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SP = "\u3000"  # full-width space

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if name in (XBS, HT):
        rfonts.set(qn("w:ascii"), name)
        rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=0, left=0, right=0, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(first) if first else None
    pf.left_indent = Pt(left) if left else None
    pf.right_indent = Pt(right) if right else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc_or_cell, text="", font=FS, size=16, bold=False, color=None, **kw):
    p = doc_or_cell.add_paragraph()
    fmt(p, **kw)
    if text:
        parts = text.split("\n")  # "\n" inside one paragraph = soft line break
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    return set_font(p.add_run(text), font, size, bold, color)


def border(p, side="bottom", sz=12, color="FF0000", val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
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
    section.footer_distance = Mm(25)
    section.header_distance = Mm(15)


def page_field(p):
    r = p.add_run()
    set_font(r, SONG, 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = " PAGE "
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, i, s, t, e):
        r._element.append(el)


def page_numbers(doc, section):
    """GB/T 9704: 4号半角宋体 — N —, odd pages right (空一字), even pages left."""
    doc.settings.odd_and_even_pages_header_footer = True
    for footer, align in ((section.footer, "R"), (section.even_page_footer, "L")):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        if align == "R":
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=14, line=20)
        else:
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left=14, line=20)
        add_run(p, "— ", SONG, 14)
        page_field(p)
        add_run(p, " —", SONG, 14)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=20, color=None):
    cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    for part in text.split("\n\n"):
        p = para(cell, part, font, size, bold, color, align=align, line=line)
    return cell


def set_col_widths(table, widths_mm):
    table.autofit = False
    for idx, w in enumerate(widths_mm):
        table.columns[idx].width = Mm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_mm):
            row.cells[idx].width = Mm(w)


def banji(doc, chaosong, yinfa_organ, yinfa_date, width_pt=442):
    """版记: 抄送 and 印发 lines between rules (first/last thick)."""
    para(doc, "", line=28)
    p = para(doc, "", size=14, line=26, left=14, right=14)
    border(p, "top", 8, "000000")
    border(p, "bottom", 4, "000000")
    add_run(p, "抄送：", FS, 14)
    add_run(p, chaosong, FS, 14)
    p2 = para(doc, "", size=14, line=26, left=14, right=14)
    border(p2, "bottom", 8, "000000")
    p2.paragraph_format.tab_stops.add_tab_stop(Pt(width_pt - 30), WD_TAB_ALIGNMENT.RIGHT)
    add_run(p2, yinfa_organ + "\t" + yinfa_date + "印发", FS, 14)


def article_paras(doc, label, paras):
    """One 条: label in 黑体 run-in, then its 款/项 each on its own paragraph."""
    p = para(doc, "", first=32)
    add_run(p, label, HT, 16)
    add_run(p, SP + paras[0], FS, 16)
    for t in paras[1:]:
        para(doc, t, first=32)


def article_text(label, paras):
    return "\n".join([label + SP + paras[0]] + list(paras[1:]))


def to_pdf(docx_path):
    outdir = os.path.dirname(docx_path)
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_334",
           "--convert-to", "pdf", "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ----------------------------------------------------------------------------
# (a) 湖北省人民政府令 第458号 — 修正后的管理办法
# ----------------------------------------------------------------------------
HB_TITLE = "中国（湖北）自由贸易试验区管理办法"
HB_NOTE = "（2019年3月8日湖北省人民政府令第405号公布　根据2025年5月20日湖北省人民政府令第458号修正）"

HB_CHAPTERS = [
    ("第一章　总则", [
        ("第一条", ["为了推进和保障中国（湖北）自由贸易试验区（以下简称自贸试验区）建设，打造内陆开放新高地，服务共建“一带一路”和长江经济带发展，根据有关法律、行政法规和国务院批准的自贸试验区总体方案，结合本省实际，制定本办法。"]),
        ("第二条", ["本办法适用于经国务院批准设立的自贸试验区。自贸试验区的实施范围包括武汉片区、襄阳片区和宜昌片区。",
                   "自贸试验区范围内的海关特殊监管区域，按照国家有关规定实施监管。"]),
        ("第三条", ["自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，稳步扩大规则、规制、管理、标准等制度型开放。"]),
        ("第四条", ["鼓励自贸试验区开展差别化探索。改革创新未能实现预期目标，但符合国家确定的改革方向，决策程序符合法律、法规规定，且勤勉尽责、未谋取私利的，对有关单位和个人不作负面评价，依法免除相关责任。"]),
    ]),
    ("第二章　管理体制", [
        ("第五条", ["省人民政府建立自贸试验区工作领导机制，统筹研究决定自贸试验区改革发展中的重大问题。",
                   "省商务主管部门承担自贸试验区工作领导机制的日常工作，履行下列职责：",
                   "（一）组织拟订自贸试验区发展规划和改革试点任务；",
                   "（二）协调推进自贸试验区制度创新和政策落地；",
                   "（三）组织开展改革试点经验的评估、复制和推广；",
                   "（四）省人民政府确定的其他职责。"]),
        ("第六条", ["武汉市、襄阳市、宜昌市人民政府应当设立片区管理机构，负责片区的具体建设管理工作。片区管理机构依法履行下列职责：",
                   "（一）实施片区发展规划和改革试点任务；",
                   "（二）统筹片区产业布局、招商引资和项目建设；",
                   "（三）依法集中行使省、市下放或者委托的行政管理权限；",
                   "（四）为片区内企业提供政务服务和法律服务指导。"]),
        ("第七条", ["省人民政府有关部门应当根据自贸试验区改革发展需要，依法将省级经济管理权限下放或者委托片区管理机构行使。下放或者委托的事项目录由省人民政府公布，并实行动态调整。"]),
        ("第八条", ["省司法行政部门应当会同有关部门健全自贸试验区法律服务体系，支持国际商事仲裁、调解机构在自贸试验区设立业务机构。"]),
    ]),
    ("第三章　投资开放与贸易便利", [
        ("第九条", ["自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。"]),
        ("第十条", ["自贸试验区推行“证照分离”改革，对涉企经营许可事项实行直接取消审批、审批改为备案、实行告知承诺、优化审批服务等分类管理。"]),
        ("第十一条", ["自贸试验区依托国际贸易“单一窗口”，推进货物申报、运输工具申报、许可证件办理、税费支付等业务全流程电子化。",
                     "海关、海事、边检等口岸管理部门应当推进信息互换、监管互认、执法互助。"]),
        ("第十二条", ["（删除）"]),
        ("第十三条", ["支持自贸试验区发展跨境电子商务，建设跨境电子商务公共服务平台和海外仓，推进跨境电子商务零售进口、出口退货等业务创新。"]),
        ("第十四条", ["支持自贸试验区内企业开展保税维修、保税研发和再制造业务。在综合保税区外开展保税维修的，应当符合国家规定的条件和监管要求。"]),
    ]),
    ("第四章　片区功能与协同发展", [
        ("第十五条", ["武汉片区重点发展新一代信息技术、生命健康、智能制造等产业，依托阳逻港和天河国际机场建设多式联运枢纽，推动中欧班列（武汉）与长江航运联动发展，稳定开行至杜伊斯堡、莫斯科等地的线路。"]),
        ("第十六条", ["襄阳片区重点发展高端装备制造、新能源汽车、大数据、现代物流等产业，建设汉江流域综合物流枢纽。"]),
        ("第十七条", ["宜昌片区重点发展先进制造、生物医药、电子信息、新材料等产业，依托三峡枢纽港发展江海直达和翻坝转运。"]),
        ("第十八条", ["各片区应当与周边地区建立协同联动机制，推动改革试点经验在省内自贸试验区联动创新区率先复制推广。"]),
    ]),
    ("第五章　金融服务与风险防控", [
        ("第十九条", ["支持自贸试验区内银行业金融机构按照规定为区内企业和个人提供跨境人民币结算服务，开展跨境融资便利化试点。"]),
        ("第二十条", ["省地方金融管理部门应当会同中国人民银行湖北省分行、国家金融监督管理总局湖北监管局等建立金融风险监测预警机制，防范跨境资金异常流动风险。"]),
        ("第二十一条", ["片区管理机构应当会同有关部门建立企业信用信息公示、风险分类监管和联合惩戒机制。",
                       "对守信主体在行政审批、通关等方面给予便利；对严重失信主体依法实施限制。"]),
        ("第二十二条", ["有关部门及其工作人员在自贸试验区工作中滥用职权、玩忽职守、徇私舞弊的，由有权机关依法处理。"]),
    ]),
    ("第六章　附则", [
        ("第二十三条", ["本办法所称联动创新区，是指经省人民政府同意，在自贸试验区外与片区协同开展改革试点的区域。"]),
        ("第二十四条", ["本办法自2019年5月1日起施行。"]),
    ]),
]
HB_SPECIFIC = {"第十五条": ["武汉片区"], "第十六条": ["襄阳片区"], "第十七条": ["宜昌片区"]}


def make_hubei():
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    page_numbers(doc, sec)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)

    # 令 page (GB/T 9704 命令格式: 标志 + 令号 + 正文 + 签发人职务/签名 + 日期; no red rule)
    para(doc, "", line=28, before=28)
    para(doc, "湖北省人民政府令", XBS, 40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=52)
    para(doc, "")
    para(doc, "第458号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "")
    para(doc, "《" + HB_TITLE + "》已经2025年5月12日省人民政府第58次常务会议修改通过，现将修改后的《"
         + HB_TITLE + "》公布，自2025年7月1日起施行。", first=32)
    para(doc, "")
    para(doc, "")
    para(doc, "省长" + SP + "陶明远", align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    para(doc, "2025年5月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)

    # 办法 in its own section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2)
    para(doc, HB_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, HB_NOTE, KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, left=32, right=32, line=28, before=6)
    para(doc, "")
    para(doc, "目" + SP + SP + "录", HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    for ch, _ in HB_CHAPTERS:
        para(doc, ch, KT, 16, left=64)
    clauses, specific = [], {}
    for ch, arts in HB_CHAPTERS:
        para(doc, ch, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=14, after=6)
        for label, ps in arts:
            article_paras(doc, label, ps)
            txt = article_text(label, ps)
            clauses.append(txt)
            if label in HB_SPECIFIC:
                specific[txt[:16]] = HB_SPECIFIC[label]
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，湖北省军区。",
          "湖北省人民政府办公厅", "2025年5月21日")
    path = os.path.join(HERE, "blind334_hubei_ling.docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": HB_TITLE,
        "doc_number": "湖北省人民政府令第458号",
        "issuer": ["湖北省人民政府"],
        "date": "2025-05-20",
        "published": "2025-05-21",
        "level": "provincial",
        "region": "中国（湖北）自由贸易试验区",
        "effective": "2025-07-01",
        "expires": None,
        "attachments": [],
        "doc_type": "政府规章（省人民政府令）",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}


# ----------------------------------------------------------------------------
# (b) 西安市人大常委会公告 第31号 + 条例 (HTML page)
# ----------------------------------------------------------------------------
XA_TITLE = "西安市促进中欧班列发展条例"
XA_NOTE = ("（2025年6月26日西安市第十七届人民代表大会常务委员会第二十四次会议通过　"
           "2025年9月25日陕西省第十四届人民代表大会常务委员会第十九次会议批准）")
XA_GONGGAO = ("《" + XA_TITLE + "》已于2025年6月26日经西安市第十七届人民代表大会常务委员会第二十四次会议通过，"
              "2025年9月25日经陕西省第十四届人民代表大会常务委员会第十九次会议批准，现予公布，自2025年12月1日起施行。")

# (chapter, [(section or None, [articles])])
XA_STRUCT = [
    ("第一章　总则", [(None, [
        ("第一条", ["为了促进中欧班列高质量发展，建设内陆型国际物流枢纽，服务共建“一带一路”，根据有关法律、法规，结合本市实际，制定本条例。"]),
        ("第二条", ["本市行政区域内中欧班列的通道建设、运营服务、口岸通关及其相关保障等活动，适用本条例。",
                   "本条例所称中欧班列，是指按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲以及共建“一带一路”国家之间的集装箱国际铁路联运班列。"]),
        ("第三条", ["市人民政府应当加强对中欧班列发展工作的领导，将中欧班列发展纳入国民经济和社会发展规划，建立健全协调机制，研究解决中欧班列发展中的重大问题。",
                   "区县人民政府、开发区管理委员会应当按照职责做好本辖区内中欧班列相关工作。"]),
        ("第四条", ["市发展改革部门负责中欧班列发展的统筹协调工作。",
                   "商务、交通运输、财政、自然资源和规划、生态环境、公安等部门按照各自职责，做好中欧班列发展相关工作。",
                   "海关、铁路等单位依照各自职责做好相关服务保障工作。"]),
        ("第五条", ["西安国际港务区管理委员会负责本辖区内中欧班列西安集结中心的规划建设、运营监督和服务保障等具体工作。"]),
    ])]),
    ("第二章　通道与枢纽建设", [
        ("第一节　国际物流通道", [
            ("第六条", ["市人民政府应当会同铁路运输企业优化中欧班列线路布局，巩固西向、北向主通道，拓展经里海、黑海至欧洲的跨里海国际运输走廊。"]),
            ("第七条", ["支持开行至阿拉木图、塔什干、杜伊斯堡、马拉舍维奇等城市的线路，培育稳定的回程货源。"]),
            ("第八条", ["鼓励中欧班列与国际航空货运、公路运输、海铁联运等方式衔接，推进多式联运“一单制”。"]),
        ]),
        ("第二节　集结中心建设", [
            ("第九条", ["西安国际港务区应当按照集约高效的原则建设中欧班列西安集结中心，完善铁路场站、堆场、仓储、分拨等设施。"]),
            ("第十条", ["支持在西安综合保税区、西安高新综合保税区设立中欧班列分拨中心和海外仓服务中心，开展保税仓储、国际中转集拼等业务。"]),
            ("第十一条", ["集结中心运营单位应当公开服务项目、收费标准和办理时限，不得利用优势地位指定服务或者附加不合理条件。"]),
        ]),
    ]),
    ("第三章　运营与服务", [(None, [
        ("第十二条", ["中欧班列运营平台公司应当建立健全安全生产、货物追踪、应急处置等管理制度，提高班列开行质量和运行效率。"]),
        ("第十三条", ["运营平台公司应当公平对待托运人，不得有下列行为：",
                     "（一）无正当理由拒绝符合条件的托运人订舱；",
                     "（二）在舱位分配中实行歧视性待遇；",
                     "（三）收取未公示的费用；",
                     "（四）法律、法规禁止的其他行为。"]),
        ("第十四条", ["鼓励金融机构开发运费贷、仓单质押、铁路运单融资等金融产品，为中欧班列上下游企业提供融资服务。",
                     "支持探索以铁路运输单证作为贸易结算和融资凭证，具体办法由市人民政府另行制定。"]),
        ("第十五条", ["市商务部门应当会同有关部门建立中欧班列综合服务平台，为企业提供订舱、报关、查询、结算等一站式服务。"]),
    ])]),
    ("第四章　口岸通关与贸易便利", [(None, [
        ("第十六条", ["本市推动西安铁路口岸功能拓展，支持申建进口肉类、粮食、水果、整车等指定监管场地。"]),
        ("第十七条", ["海关等口岸查验单位应当推行“提前申报”“两步申报”和铁路快速通关等模式，压缩整体通关时间。"]),
        ("第十八条", ["对通过中欧班列运输的跨境电子商务商品，支持采用跨境电子商务企业对企业直接出口、出口海外仓等监管方式办理通关手续。"]),
        ("第十九条", ["中国（陕西）自由贸易试验区西安国际港务区片区可以先行先试中欧班列贸易便利化改革措施，经评估成熟后在全市推广。"]),
    ])]),
    ("第五章　保障措施", [(None, [
        ("第二十条", ["市人民政府应当统筹安排资金，支持中欧班列集结中心建设、通道拓展和市场培育。",
                     "财政资金支持的具体办法由市财政部门会同市发展改革部门制定，并向社会公布。"]),
        ("第二十一条", ["自然资源和规划部门应当在国土空间规划中统筹安排中欧班列相关设施用地，保障重大项目用地需求。"]),
        ("第二十二条", ["市人民政府应当建立中欧班列发展统计监测和评估制度，定期向市人民代表大会常务委员会报告中欧班列发展情况。"]),
        ("第二十三条", ["有关部门及其工作人员在中欧班列发展工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"]),
    ])]),
    ("第六章　附则", [(None, [
        ("第二十四条", ["本条例自2025年12月1日起施行。"]),
    ])]),
]
XA_SPECIFIC = {
    "第五条": ["西安国际港务区"],
    "第九条": ["西安国际港务区"],
    "第十条": ["西安综合保税区", "西安高新综合保税区"],
    "第十九条": ["中国（陕西）自由贸易试验区西安国际港务区片区"],
}
# articles whose 款 are joined by <br> inside one <p> on the page (CMS habit)
XA_BR = {"第四条", "第十三条"}


def make_xian():
    h = []
    h.append("""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>西安市促进中欧班列发展条例_地方性法规_西安人大网</title>
<meta name="ArticleTitle" content="西安市促进中欧班列发展条例">
<meta name="PubDate" content="2025-09-30 10:12">
<meta name="ContentSource" content="西安市人大常委会办公厅">
<meta name="ColumnName" content="地方性法规">
<style>
body{font-family:"Microsoft YaHei",SimSun,serif;margin:0;background:#f4f4f4}
.top{background:#b30000;color:#fff;height:96px}
.top h2{margin:0;padding:26px 40px;font-size:30px;letter-spacing:6px}
.nav a{color:#fff;margin:0 14px;text-decoration:none}
.main{width:1100px;margin:12px auto;background:#fff;padding:24px 50px}
.crumb{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}
h1.art-title{font-size:26px;text-align:center;color:#222;margin:28px 0 12px}
.art-info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
.TRS_Editor p{font-size:16px;line-height:2;text-indent:2em;margin:0}
.TRS_Editor p.c{text-align:center;text-indent:0}
.TRS_Editor p.r{text-align:right}
.tools{text-align:right;font-size:13px;margin-top:30px}
.related{font-size:14px;margin-top:24px;border-top:2px solid #b30000}
.foot{text-align:center;font-size:12px;color:#777;padding:20px}
</style>
<script>function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head>
<body>
<div class="top"><h2>西安人大</h2>
<div class="nav"><a href="/">首页</a><a href="/rdyw/">人大要闻</a><a href="/lfgz/">立法工作</a><a href="/jdgz/">监督工作</a><a href="/dbgz/">代表工作</a><a href="/fggk/">法规规章库</a></div></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/lfgz/">立法工作</a> &gt; <a href="/lfgz/dfxfg/">地方性法规</a></div>
<h1 class="art-title">西安市促进中欧班列发展条例</h1>
<div class="art-info">发布日期：2025-09-30　　来源：西安市人大常委会办公厅　　浏览次数：<span id="hits">1287</span>　　字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="TRS_Editor" id="zoom">
""")
    h.append('<p class="c"><strong>西安市人民代表大会常务委员会公告</strong></p>')
    h.append('<p class="c">第31号</p>')
    h.append("<p>" + XA_GONGGAO + "</p>")
    h.append('<p class="r">西安市人民代表大会常务委员会</p>')
    h.append('<p class="r">2025年9月28日</p>')
    h.append("<p>&nbsp;</p>")
    h.append('<p class="c"><strong>' + XA_TITLE + "</strong></p>")
    h.append('<p class="c"><span style="font-family:KaiTi">' + XA_NOTE + "</span></p>")
    h.append('<p class="c">目　　录</p>')
    for ch, secs in XA_STRUCT:
        h.append('<p style="text-indent:4em">' + ch + "</p>")
        for s, _ in secs:
            if s:
                h.append('<p style="text-indent:6em">' + s + "</p>")
    clauses, specific = [], {}
    for ch, secs in XA_STRUCT:
        h.append('<p>&nbsp;</p>\n<p class="c"><strong>' + ch + "</strong></p>")
        for s, arts in secs:
            if s:
                h.append('<p class="c"><strong>' + s + "</strong></p>")
            for label, ps in arts:
                first = "<strong>" + label + "</strong>" + SP + ps[0]
                if label in XA_BR:
                    h.append("<p>" + first + "".join("<br>\n" + SP + SP + t for t in ps[1:]) + "</p>")
                else:
                    h.append("<p>" + first + "</p>")
                    for t in ps[1:]:
                        h.append("<p>" + t + "</p>")
                txt = article_text(label, ps)
                clauses.append(txt)
                if label in XA_SPECIFIC:
                    specific[txt[:16]] = XA_SPECIFIC[label]
    h.append("""</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="related"><p><strong>相关链接：</strong></p>
<ul>
<li><a href="/lfgz/dfxfg/202406/t20240612_1.html">西安市国际物流枢纽建设促进条例（草案）公开征求意见</a> 2024-06-12</li>
<li><a href="/lfgz/dfxfg/202311/t20231130_2.html">西安市优化营商环境条例</a> 2023-11-30</li>
<li><a href="/lfgz/dfxfg/202509/t20250930_3.html">关于《西安市促进中欧班列发展条例（草案）》的说明</a> 2025-09-30</li>
</ul></div>
</div>
<div class="foot">主办：西安市人民代表大会常务委员会办公厅　　地址：西安市未央区凤城八路109号<br>
陕ICP备05012345号　　陕公网安备 61011202000123号</div>
</body>
</html>
""")
    path = os.path.join(HERE, "blind334_xian_tiaoli.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(h))
    meta = {
        "title": XA_TITLE,
        "doc_number": "西安市人民代表大会常务委员会公告第31号",
        "issuer": ["西安市人民代表大会常务委员会"],
        "date": "2025-09-28",
        "published": "2025-09-30",
        "level": "municipal",
        "region": "西安市",
        "effective": "2025-12-01",
        "expires": None,
        "attachments": [],
        "doc_type": "地方性法规（人大常委会公告）",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}


# ----------------------------------------------------------------------------
# (c) 钦州港片区 联合印发 管理规定 的通知
# ----------------------------------------------------------------------------
QZ_GD_TITLE = "中国（广西）自由贸易试验区钦州港片区跨境电子商务经营主体管理规定"
QZ_TITLE = "关于印发《" + QZ_GD_TITLE + "》的通知"
QZ_ATT2 = "跨境电子商务经营主体分类管理标准"
QZ_REPEAL = "《钦州港片区跨境电子商务企业管理暂行办法》（钦港片管发〔2021〕9号）"
QZ_ISSUERS = ["中国（广西）自由贸易试验区钦州港片区管理委员会", "钦州市商务局", "钦州市市场监督管理局"]

QZ_CHAPTERS = [
    ("第一章　总则", [
        ("第一条", ["为了规范钦州港片区跨境电子商务经营主体管理，促进跨境电子商务健康发展，深化中国—东盟跨境贸易合作，根据《中华人民共和国电子商务法》等法律法规和有关规定，结合片区实际，制定本规定。"]),
        ("第二条", ["本规定所称跨境电子商务经营主体（以下简称经营主体），包括跨境电子商务企业、跨境电子商务平台企业、支付企业、物流企业以及为跨境电子商务提供报关、仓储、海外仓等服务的企业。"]),
        ("第三条", ["片区管委会商务部门负责经营主体的统筹管理；市场监管、税务、外汇、海关等部门按照职责分工做好相关监管和服务工作。"]),
    ]),
    ("第二章　登记与名录管理", [
        ("第四条", ["在片区内从事跨境电子商务经营活动的主体，应当依法办理经营主体登记，并按照规定向海关办理跨境电子商务企业注册登记。"]),
        ("第五条", ["经营主体申请纳入片区跨境电子商务企业名录的，应当提交下列材料：",
                   "（一）营业执照及海关注册登记信息；",
                   "（二）经营场所使用证明；",
                   "（三）与跨境电子商务平台、支付、物流等企业签订的合作协议；",
                   "（四）近一年跨境电子商务交易数据。",
                   "材料齐全、符合条件的，片区管委会商务部门应当在5个工作日内纳入名录并予以公布。"]),
        ("第六条", ["名录内经营主体的名称、经营场所、主要业务等事项发生变化的，应当自变化之日起15日内办理变更。"]),
    ]),
    ("第三章　经营规范", [
        ("第七条", ["经营主体应当如实申报交易、支付、物流等电子信息，确保“三单”信息真实、准确、一致。"]),
        ("第八条", ["在钦州综合保税区内开展跨境电子商务网购保税进口业务的经营主体，应当按照规定建立保税仓储账册，对商品实行信息化管理。"]),
        ("第九条", ["经营主体依托钦州港开展跨境电子商务海运出口业务的，可以按照规定办理集拼出口和出口退货。"]),
        ("第十条", ["鼓励经营主体在东盟国家建设海外仓。对在越南、泰国、马来西亚等国建设并经认定的公共海外仓，按照有关规定给予支持。"]),
    ]),
    ("第四章　分类监管", [
        ("第十一条", ["片区对经营主体实行A、B、C三类分类管理，分类标准见附件2。分类结果每年评定一次，并实行动态调整。"]),
        ("第十二条", ["对A类经营主体，在政策支持、通关便利等方面给予优先保障；对C类经营主体，列为重点监管对象，提高抽查比例。"]),
        ("第十三条", ["经营主体有下列情形之一的，由片区管委会商务部门移出名录：",
                     "（一）以虚假材料骗取纳入名录的；",
                     "（二）连续12个月未开展跨境电子商务业务的；",
                     "（三）被列入严重违法失信名单的。"]),
    ]),
    ("第五章　附则", [
        ("第十四条", ["本规定适用于中国（广西）自由贸易试验区钦州港片区（含钦州综合保税区）。钦州港片区联动发展区内的经营主体，参照本规定执行。"]),
        ("第十五条", ["本规定由片区管委会商务部门负责解释。"]),
        ("第十六条", ["本规定自2025年9月1日起施行，有效期5年。" + QZ_REPEAL + "同时废止。"]),
    ]),
]
QZ_SPECIFIC = {"第八条": ["钦州综合保税区"]}

QZ_TABLE_HEAD = ["类别", "评定指标", "标准", "管理措施"]
# (类别, [(指标, 标准)], 管理措施)  — 类别 and 管理措施 are vertically merged over two rows
QZ_TABLE = [
    ("A类", [("信用状况", "近两年无违法违规记录，海关信用等级为高级认证企业"),
             ("业务规模", "上年度跨境电子商务交易额2000万元以上")],
     "优先享受政策支持；降低查验比例；优先办理名录变更"),
    ("B类", [("信用状况", "近一年无严重违法违规记录"),
             ("业务规模", "上年度跨境电子商务交易额不足2000万元")],
     "实施常规监管"),
    ("C类", [("信用状况", "近一年存在违法违规记录或“三单”信息不一致情形"),
             ("业务规模", "不作要求")],
     "列为重点监管对象；提高抽查比例；暂停政策支持"),
]


def make_qinzhou():
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    page_numbers(doc, sec)

    # 版头: 联合行文 — three 标志 stacked (distributed), "文件" to the right, red
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [118, 38])
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.paragraphs[0]._element.getparent().remove(left.paragraphs[0]._element)
    for name in ["钦州港片区管理委员会", "钦州市商务局", "钦州市市场监督管理局"]:
        p = para(left, name, XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=32)
    cell_text(right, "文件", XBS, 40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=52)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    para(doc, "钦港片管发〔2025〕17号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=8)
    p = para(doc, "", line=8)
    border(p, "bottom", 18, "FF0000")
    para(doc, "", line=20)
    para(doc, "关于印发《中国（广西）自由贸易试验区\n钦州港片区跨境电子商务经营主体管理规定》\n的通知",
         XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "", line=20)
    para(doc, "片区各部门、各有关单位，各跨境电子商务经营主体：")
    para(doc, "现将《" + QZ_GD_TITLE + "》印发给你们，请认真遵照执行。", first=32)
    para(doc, "")
    para(doc, "附件：1．" + QZ_GD_TITLE, first=-80, left=112)
    p = para(doc, "2．" + QZ_ATT2, left=112, first=-32, after=14)
    # 落款: joint signature block as a borderless table
    t2 = doc.add_table(rows=2, cols=2)
    no_borders(t2)
    set_col_widths(t2, [86, 70])
    cell_text(t2.cell(0, 0), "中国（广西）自由贸易试验区\n\n钦州港片区管理委员会", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    cell_text(t2.cell(0, 1), "钦州市商务局", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    cell_text(t2.cell(1, 0), "", FS, 16, line=28)
    cell_text(t2.cell(1, 1), "钦州市市场监督管理局", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    para(doc, "2025年8月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    para(doc, "（此件公开发布）", first=32)

    # 附件1 — the 规定
    p = para(doc, "附件1", HT, 16)
    p.paragraph_format.page_break_before = True
    para(doc, "")
    para(doc, "中国（广西）自由贸易试验区钦州港片区\n跨境电子商务经营主体管理规定", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    clauses, specific = [], {}
    for ch, arts in QZ_CHAPTERS:
        para(doc, ch, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=14, after=6)
        for label, ps in arts:
            article_paras(doc, label, ps)
            txt = article_text(label, ps)
            clauses.append(txt)
            if label in QZ_SPECIFIC:
                specific[txt[:16]] = QZ_SPECIFIC[label]

    # 附件2 — table with merged cells
    p = para(doc, "附件2", HT, 16)
    p.paragraph_format.page_break_before = True
    para(doc, "")
    para(doc, QZ_ATT2, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=34, after=10)
    nrows = 1 + sum(len(x[1]) for x in QZ_TABLE)
    tb = doc.add_table(rows=nrows, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(tb, [18, 24, 64, 50])
    for j, hcol in enumerate(QZ_TABLE_HEAD):
        cell_text(tb.cell(0, j), hcol, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = 1
    for cat, rows, measure in QZ_TABLE:
        a = tb.cell(r, 0).merge(tb.cell(r + len(rows) - 1, 0))
        cell_text(a, cat, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
        a.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        m = tb.cell(r, 3).merge(tb.cell(r + len(rows) - 1, 3))
        cell_text(m, measure, FS, 12)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for k, (ind, std) in enumerate(rows):
            cell_text(tb.cell(r + k, 1), ind, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(tb.cell(r + k, 2), std, FS, 12)
            clauses.append("类别：%s；评定指标：%s；标准：%s；管理措施：%s" % (cat, ind, std, measure))
        r += len(rows)

    para(doc, "")
    para(doc, "")
    banji(doc, "钦州市人民政府，自治区商务厅，南宁海关。",
          "钦州港片区管理委员会党政办公室", "2025年8月13日")
    path = os.path.join(HERE, "blind334_qinzhou_guiding.docx")
    doc.save(path)
    to_pdf(path)
    meta = {
        "title": QZ_TITLE,
        "doc_number": "钦港片管发〔2025〕17号",
        "issuer": QZ_ISSUERS,
        "date": "2025-08-12",
        "published": "2025-08-13",
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2025-09-01",
        "expires": "2030-08-31",
        "attachments": [QZ_GD_TITLE, QZ_ATT2],
        "doc_type": "通知（印发管理规定）",
        "recipients": ["片区各部门", "各有关单位", "各跨境电子商务经营主体"],
        "publicity": "此件公开发布",
        "repeals": QZ_REPEAL,
    }
    return {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}


def main():
    expected = {
        "blind334_hubei_ling": [make_hubei()],
        "blind334_xian_tiaoli": [make_xian()],
        "blind334_qinzhou_guiding": [make_qinzhou()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for k, v in expected.items():
        print(k, len(v[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
