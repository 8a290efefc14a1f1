# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 392: 海南自由贸易港 (若干规定 + 零关税清单通知)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IDSP = "\u3000"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    if color is not None:
        run.font.color.rgb = color
    return run


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
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    add_page_numbers(doc)
    return doc


def _page_field(par):
    def fld(kind):
        r = par.add_run()
        set_font(r, SONG, 14)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
        return r

    r = par.add_run("— ")
    set_font(r, SONG, 14)
    fld("begin")
    r = par.add_run()
    set_font(r, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    fld("separate")
    r = par.add_run("1")
    set_font(r, SONG, 14)
    fld("end")
    r = par.add_run(" —")
    set_font(r, SONG, 14)


def add_page_numbers(doc):
    # odd pages right, even pages left (公文 habit)
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("\u3000")
    _page_field(p)
    r = p.add_run("\u3000")
    pe = sec.even_page_footer.paragraphs[0]
    pe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    pe.add_run("\u3000")
    _page_field(pe)


def para(doc, runs, align=None, indent=True, spacing=None):
    """runs: list of (text, font, size, bold[, color]) or a plain string (仿宋三号)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for item in runs:
        if item == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, font, size, bold = item[:4]
        color = item[4] if len(item) > 4 else None
        set_font(p.add_run(text), font, size, bold, color)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if spacing is not None:
        p.paragraph_format.line_spacing = Pt(spacing)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def red_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_cn_numbering(doc):
    """Word numbering （一）（二）… ; returns factory giving fresh numIds (restart at 1)."""
    numbering = doc.part.numbering_part.element
    absid = "392"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"),
                     ("w:lvlJc", "left")):
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
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(att), FS)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    counter = [3920]

    def new_num():
        counter[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(counter[0]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), absid)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return str(counter[0])

    return new_num


def numbered_para(doc, text, num_id):
    p = doc.add_paragraph()
    set_font(p.add_run(text), FS, 16)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    return p


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(20)
    p.alignment = align
    if text:
        set_font(p.add_run(text), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_392", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================== document 1: 公告 + 若干规定
REG_TITLE = "海南自由贸易港零关税进口货物监督管理若干规定"
GG_BODY = ("《海南自由贸易港零关税进口货物监督管理若干规定》已由海南省第七届人民代表大会常务委员会"
           "第十六次会议于2025年3月28日通过，现予公布，自2025年5月1日起施行。")

# each article: list of paragraphs; first paragraph starts the article.
# a paragraph is ("P", text) ordinary, ("I", text) item, ("BR", text) 款 typed after a soft break
ARTICLES = [
    ("第一条", [("P", "为了规范海南自由贸易港零关税进口货物的监督管理，保障零关税政策有效实施，防范走私风险，"
                     "促进海南自由贸易港高质量发展，根据《中华人民共和国海南自由贸易港法》等法律、行政法规，"
                     "结合海南自由贸易港实际，制定本规定。")]),
    ("第二条", [("P", "本规定适用于海南自由贸易港内享受零关税政策进口的原辅料、交通工具及游艇、自用生产设备等货物"
                     "（以下简称零关税货物）的进口、使用、转让及其监督管理活动。"),
               ("P", "国家对零关税货物监督管理另有规定的，从其规定。")]),
    ("第三条", [("P", "省人民政府应当加强对零关税货物监督管理工作的领导，建立由财政、商务、市场监督管理、交通运输、"
                     "税务以及海关等单位参加的协调工作机制，统筹解决监督管理中的重大问题。"),
               ("BR", "市、县、自治县人民政府负责本行政区域内零关税货物的属地监督管理工作，"
                      "将反走私综合治理纳入年度工作考核。")]),
    ("第四条", [("P", "省商务主管部门负责零关税政策的组织实施和协调推进；省财政部门会同有关部门负责零关税货物清单的"
                     "研究提出和动态调整；省交通运输、工业和信息化、卫生健康等部门按照各自职责做好相关零关税货物的"
                     "使用监督工作。"),
               ("P", "海关、税务等单位依照法律、行政法规的规定履行零关税货物监督管理职责，"
                     "省人民政府及有关部门应当予以配合。")]),
    ("第五条", [("P", "享受零关税政策的企业（以下简称享惠主体）应当符合下列条件："),
               ("I", "（一）在海南自由贸易港登记注册并具有独立法人资格；"),
               ("I", "（二）从事与进口零关税货物相关的实质性生产经营活动；"),
               ("I", "（三）近三年内未因走私行为受到刑事处罚或者行政处罚；"),
               ("I", "（四）纳入零关税货物信息管理服务平台，并按照要求开展数据对接；"),
               ("I", "（五）法律、行政法规和国家规定的其他条件。"),
               ("P", "事业单位、民办非企业单位等主体进口零关税货物的，依照国家有关规定执行。")]),
    ("第六条", [("P", "省人民政府应当依托国际贸易“单一窗口”建设零关税货物信息管理服务平台（以下简称信息平台），"
                     "实现享惠主体资格核验、货物进口申报、使用监管、转让审核等信息的共享和互认。"),
               ("P", "有关部门应当通过信息平台及时推送享惠主体名单和零关税货物进口、使用数据，"
                     "不得要求享惠主体重复提交已经通过信息平台提交的材料。")]),
    ("第七条", [("P", "享惠主体应当建立零关税货物使用台账，如实记录货物的名称、规格、数量、价值、存放地点、"
                     "使用状况等信息。台账保存期限自货物监管年限届满之日起不少于三年。")]),
    ("第八条", [("P", "零关税原辅料应当用于享惠主体的生产经营活动，不得擅自转让、出售或者移作他用。"),
               ("P", "以零关税原辅料加工制造的货物，在海南自由贸易港内销售或者出口的，按照国家有关规定执行。")]),
    ("第九条", [("P", "零关税交通工具及游艇应当在海南自由贸易港登记，主要在海南自由贸易港内使用，并符合下列要求："),
               ("I", "（一）营运车辆从事客货运输的，起讫点应当至少有一端在海南自由贸易港内；"),
               ("I", "（二）非营运车辆可以按照规定离岛使用，每年累计离岛使用时间不得超过一百二十日；"),
               ("I", "（三）游艇应当在海南自由贸易港内依法设立的游艇码头或者停泊点停泊，从事经营活动的应当依法取得相关许可；"),
               ("I", "（四）船舶、航空器应当以海南自由贸易港为主要运营基地。"),
               ("P", "省交通运输主管部门应当会同海关等单位，运用车辆识别、船舶自动识别等技术手段，"
                     "对零关税交通工具及游艇的离岛使用情况实施动态监测。")]),
    ("第十条", [("P", "零关税自用生产设备应当由享惠主体在海南自由贸易港内自用。因生产经营需要临时出岛维修、检测"
                     "或者开展相关作业的，享惠主体应当按照规定向海关办理手续，并在规定期限内运回。")]),
    ("第十一条", [("P", "零关税货物在监管年限内转让给其他享惠主体的，应当通过信息平台办理转让手续；"
                       "转让给不享受零关税政策的主体的，应当按照规定补缴进口相关税款。"),
                 ("BR", "零关税货物因不可抗力等原因灭失、损毁的，享惠主体应当自知道或者应当知道之日起十五日内"
                        "书面报告海关。")]),
    ("第十二条", [("P", "海关应当根据零关税货物的风险等级，采取抽查、核查、稽查等方式开展后续监管；"
                       "对风险较低、信用良好的享惠主体，依法减少检查频次。")]),
    ("第十三条", [("P", "省人民政府及有关部门应当建立零关税货物监督管理信用评价制度，将享惠主体违法违规信息"
                       "纳入海南省信用信息共享平台，依法实施守信激励和失信惩戒。")]),
    ("第十四条", [("P", "鼓励享惠主体建立内部合规管理制度，主动披露零关税货物使用中的违规行为。"
                       "享惠主体主动披露并及时纠正，未造成危害后果的，依法从轻、减轻或者不予行政处罚。")]),
    ("第十五条", [("P", "县级以上人民政府应当健全反走私综合治理工作机制，加大对非法倒卖零关税货物、"
                       "走私等违法行为的打击力度。"),
                 ("P", "乡镇人民政府、街道办事处和村（居）民委员会应当协助做好反走私宣传和违法线索报告工作。")]),
    ("第十六条", [("P", "违反本规定第七条规定，享惠主体未建立零关税货物使用台账或者台账记录不实的，由海关责令限期改正；"
                       "逾期不改正的，处一万元以上五万元以下的罚款。")]),
    ("第十七条", [("P", "违反本规定，擅自转让、出售零关税货物或者将其移作他用，构成走私行为或者违反海关监管规定行为的，"
                       "由海关依照《中华人民共和国海关法》等法律、行政法规的规定处理；构成犯罪的，依法追究刑事责任。")]),
    ("第十八条", [("P", "有关部门及其工作人员在零关税货物监督管理工作中滥用职权、玩忽职守、徇私舞弊的，"
                       "对直接负责的主管人员和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任。")]),
    ("第十九条", [("P", "本规定中下列用语的含义："),
                 ("I", "（一）零关税，是指免征进口关税、进口环节增值税和消费税；"),
                 ("I", "（二）监管年限，是指海关对零关税货物实施监督管理的期限，按照国家有关规定确定；"),
                 ("I", "（三）离岛使用，是指零关税交通工具离开海南岛及其附属岛屿使用的情形。")]),
    ("第二十条", [("P", "本规定自2025年5月1日起施行。")]),
]


def build_doc1():
    doc = new_doc()
    C = WD_ALIGN_PARAGRAPH.CENTER
    # ---- 公告
    empty(doc)
    para(doc, [("海南省人民代表大会常务委员会", XBS, 22, False)], C, indent=False, spacing=36)
    para(doc, [("公" + IDSP * 2 + "告", XBS, 26, False)], C, indent=False, spacing=40)
    para(doc, [("第 42 号", FS, 16, False)], C, indent=False)
    empty(doc)
    para(doc, GG_BODY)
    empty(doc, 2)
    # 落款 aligned with typed spaces, left aligned paragraph
    para(doc, [(IDSP * 10 + "海南省人民代表大会常务委员会", FS, 16, False)], indent=False)
    para(doc, [(IDSP * 16 + "2025年3月28日", FS, 16, False)], indent=False)
    page_break(doc)

    # ---- 若干规定
    para(doc, [("海南自由贸易港零关税进口货物", XBS, 22, False)], C, indent=False, spacing=36)
    para(doc, [("监督管理若干规定", XBS, 22, False)], C, indent=False, spacing=36)
    empty(doc)
    para(doc, [("（2025年3月28日海南省第七届人民代表大会常务委员会", KT, 16, False), "BR",
               ("第十六次会议通过）", KT, 16, False)], C, indent=False)
    empty(doc)

    clauses = []
    last_p = None
    for art, paras in ARTICLES:
        first = True
        for kind, text in paras:
            if first:
                last_p = para(doc, [(art, HT, 16, False), (IDSP + text, FS, 16, False)])
                clauses.append(art + IDSP + text)
                first = False
            elif kind == "BR":
                # second 款 typed after Shift+Enter, indented with typed full-width spaces
                r = last_p.add_run()
                r.add_break(WD_BREAK.LINE)
                set_font(last_p.add_run(IDSP * 2 + text), FS, 16)
                clauses.append(text)
            elif kind == "I":
                # items typed by hand, some indented with spaces instead of the indent setting
                if text.startswith("（二）") or text.startswith("（四）"):
                    last_p = para(doc, [(IDSP * 2 + text, FS, 16, False)], indent=False)
                else:
                    last_p = para(doc, text)
                clauses.append(text)
            else:
                last_p = para(doc, text)
                clauses.append(text)
        if art in ("第九条", "第十五条"):
            empty(doc)  # stray empty paragraphs
    path = os.path.join(HERE, "blind392_hainan_gonggao.docx")
    doc.save(path)

    meta_gg = {
        "title": "海南省人民代表大会常务委员会公告",
        "doc_number": "第42号",
        "issuer": ["海南省人民代表大会常务委员会"],
        "date": "2025-03-28",
        "published": None,
        "level": "provincial",
        "region": "海南自由贸易港",
        "effective": "2025-05-01",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    meta_reg = {
        "title": REG_TITLE,
        "doc_number": None,
        "issuer": ["海南省人民代表大会常务委员会"],
        "date": "2025-03-28",
        "published": None,
        "level": "provincial",
        "region": "海南自由贸易港",
        "effective": "2025-05-01",
        "expires": None,
        "attachments": [],
        "doc_type": "规定",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta_gg, "clauses": [GG_BODY]},
                  {"meta": meta_reg, "clauses": clauses}]


# ====================================================== document 2: 办公厅通知 + 零关税清单
LIST_TITLE = "海南自由贸易港自用生产设备“零关税”补充清单（第一批）"
N_TITLE = "海南省人民政府办公厅关于印发" + LIST_TITLE + "的通知"

ROWS = [
    # 序号, 税则号列, 商品名称, 备注  (备注 None = blank cell; "M1"/"M2" = vertically merged group)
    ("1", "8429.5211", "轮胎式挖掘机", None),
    ("2", "8429.5212", "履带式挖掘机", None),
    ("3", "8426.4190", "其他轮胎式起重机", "起重量50吨及以上"),
    ("4", "8474.3100", "混凝土或砂浆混合机器", None),
    ("5", "8479.1021", "沥青混凝土摊铺机", "—"),
    ("6", "8905.1000", "挖泥船", "限用于港口航道建设"),
    ("7", "8438.5000", "肉类或家禽加工机器", "M1"),
    ("8", "8438.6000", "水果、坚果或蔬菜加工机器", "M1"),
    ("9", "8419.3990", "其他干燥器", "M1"),
    ("10", "9018.1210", "B型超声波诊断仪", "M2"),
    ("11", "9022.1200", "X射线断层检查仪", "M2"),
    ("12", "9018.1300", "磁共振成像装置", "M2"),
    ("13", "8456.1100", "用激光处理的加工机床", None),
    ("14", "8502.1310", "柴油发电机组（输出功率超过375千伏安）", None),
    ("15", "8543.7099", "其他具有独立功能的电气设备及装置", "仅限低空飞行器地面保障设备"),
    ("16", "8802.1100", "空载重量不超过2吨的直升机", "限通用航空企业进口"),
]
MERGED = {"M1": "限农产品加工企业进口", "M2": "限医疗机构进口，以卫生健康部门核发的配置许可为准"}

NOTES = [
    "1.本清单税则号列以《中华人民共和国进出口税则（2025）》为准，商品名称仅供参考，具体商品范围以税则号列对应的商品为准。",
    "2.清单内设备应当为全新设备，旧设备不适用本清单。",
    "3.备注栏有限定条件的，进口设备应当同时符合该限定条件。",
    "4.本清单由省财政厅会同省商务厅、海口海关等单位根据政策实施情况适时调整。",
    "5.本清单自2025年7月1日起执行，有效期至2027年6月30日。",
]

N_INTRO = ("为进一步扩大海南自由贸易港自用生产设备“零关税”政策惠及面，经省政府同意，并报财政部、海关总署、"
           "税务总局备案，现将《" + LIST_TITLE + "》印发给你们，并就有关事项通知如下，请认真贯彻执行。")


def build_doc2():
    doc = new_doc()
    new_num = add_cn_numbering(doc)
    C = WD_ALIGN_PARAGRAPH.CENTER
    clauses = []

    # ---- 版头
    empty(doc)
    para(doc, [("海南省人民政府办公厅文件", XBS, 36, False, RED)], C, indent=False, spacing=60)
    empty(doc)
    p = para(doc, [("琼府办〔2025〕18号", FS, 16, False)], C, indent=False)
    red_rule(p)
    empty(doc)
    para(doc, [("海南省人民政府办公厅关于印发", XBS, 22, False)], C, indent=False, spacing=36)
    para(doc, [("海南自由贸易港自用生产设备“零关税”", XBS, 22, False)], C, indent=False, spacing=36)
    para(doc, [("补充清单（第一批）的通知", XBS, 22, False)], C, indent=False, spacing=36)
    empty(doc)
    para(doc, [("各市、县、自治县人民政府，省政府直属各单位：", FS, 16, False)], indent=False)

    para(doc, N_INTRO)
    clauses.append(N_INTRO)

    def runin(head, body):
        para(doc, [(head, HT, 16, False), (body, FS, 16, False)])
        clauses.append(head + body)

    def heading(text):
        para(doc, [(text, HT, 16, False)])

    def plain(text, manual_indent=False):
        if manual_indent:
            para(doc, [(IDSP * 2 + text, FS, 16, False)], indent=False)
        else:
            para(doc, text)
        clauses.append(text)

    def auto_items(items):
        nid = new_num()
        for i, (head, body) in enumerate(items):
            p = numbered_para(doc, "", nid)
            p.paragraph_format.first_line_indent = Pt(32)
            if head:
                set_font(p.add_run(head), KT, 16)
            set_font(p.add_run(body), FS, 16)
            clauses.append("（" + "一二三四五六七八九十"[i] + "）" + head + body)

    runin("一、适用范围。", "列入补充清单的设备，由在海南自由贸易港登记注册并具有独立法人资格、从事实质性生产经营活动的"
                        "企业进口自用的，免征进口关税、进口环节增值税和消费税。补充清单与《财政部 海关总署 税务总局关于"
                        "海南自由贸易港自用生产设备“零关税”政策的通知》规定的设备范围叠加适用。")
    runin("二、享惠条件。", "企业申请享受补充清单政策的，应当同时符合以下条件：")
    plain("（一）已纳入零关税货物信息管理服务平台享惠主体名单；")
    plain("（二）进口设备与企业实际从事的生产经营活动相匹配；", manual_indent=True)
    plain("（三）近三年内无走私违法记录，未被列入严重失信主体名单。")
    heading("三、办理程序")
    auto_items([
        ("", "企业通过国际贸易“单一窗口”提交享惠申请，省商务厅会同省财政厅、海口海关等单位在5个工作日内完成资格核验。"),
        ("", "经核验符合条件的，企业凭核验结果向海关申报进口，海关按照规定办理免税手续。"),
        ("", "设备进口后，企业应当按照下列要求办理相关事项："),
    ])
    plain("1.设备投入使用后30日内，通过信息平台报送设备存放地点、用途和使用状况；")
    plain("2.设备存放地点发生变更的，自变更之日起15日内更新相关信息；")
    plain("3.每年3月31日前，通过信息平台报送上一年度设备使用情况报告。")
    runin("四、监管要求。", "零关税设备在海关监管年限内不得转让给不享受政策的主体，确需转让的，应当按照规定补缴相关税款。"
                        "各有关单位要加强信息共享和联合监管，对违规使用零关税设备的企业依法依规处理，"
                        "并将相关信息纳入信用记录。")
    heading("五、职责分工")
    auto_items([
        ("省财政厅", "负责补充清单的研究提出、动态调整和政策解释，会同有关单位开展政策实施效果评估。"),
        ("省商务厅", "负责享惠主体资格核验的组织协调，做好信息平台的运行维护。"),
        ("海口海关", "负责零关税设备的进口通关和后续监管，及时向有关单位推送进口和监管数据。"),
        ("各市、县、自治县人民政府", "负责做好本地区政策宣传、企业辅导和属地监管工作，"
                                  "发现违规线索及时移交有关部门处理。"),
    ])
    runin("六、其他事项。", "本通知自2025年7月1日起施行，有效期至2027年6月30日。"
                        "执行期间国家出台新规定的，从其规定。")
    plain("联系人：省财政厅关税政策处　林晓东，联系电话：0898-65342718。")
    empty(doc)
    # 附件 list: hanging line
    para(doc, [("附件：" + LIST_TITLE, FS, 16, False)])
    empty(doc, 3)
    para(doc, [(IDSP * 12 + "海南省人民政府办公厅", FS, 16, False)], indent=False)
    para(doc, [(IDSP * 13 + "2025年6月9日", FS, 16, False)], indent=False)
    para(doc, [("（此件主动公开）", FS, 16, False)])

    # ---- 附件
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc)
    para(doc, [("海南自由贸易港自用生产设备“零关税”", XBS, 22, False), "BR",
               ("补充清单（第一批）", XBS, 22, False)], C, indent=False, spacing=36)
    empty(doc)
    tbl = doc.add_table(rows=1 + len(ROWS), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.6), Cm(3.2), Cm(6.8), Cm(4.0)]
    header = ["序号", "税则号列", "商品名称", "备注"]
    for j, h in enumerate(header):
        cell_text(tbl.rows[0].cells[j], h, HT, 14)
    repeat_header(tbl.rows[0])
    list_clauses = []
    groups = {}
    for i, (no, code, name, note) in enumerate(ROWS, start=1):
        cells = tbl.rows[i].cells
        cell_text(cells[0], no)
        cell_text(cells[1], code)
        cell_text(cells[2], name, align=WD_ALIGN_PARAGRAPH.LEFT)
        if note in MERGED:
            groups.setdefault(note, []).append(i)
            val = MERGED[note]
        else:
            if note:
                cell_text(cells[3], note, align=WD_ALIGN_PARAGRAPH.LEFT)
            val = note or ""
        list_clauses.append("序号：%s；税则号列：%s；商品名称：%s；备注：%s" % (no, code, name, val))
    for key, idx in groups.items():
        top = tbl.cell(idx[0], 3)
        merged = top.merge(tbl.cell(idx[-1], 3))
        cell_text(merged, MERGED[key], align=WD_ALIGN_PARAGRAPH.LEFT)
    tbl.autofit = False
    for j, gc in enumerate(tbl._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in tbl.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trpr.insert(0, cs)
        for j, w in enumerate(widths):
            row.cells[j].width = w
    empty(doc)
    para(doc, [("说明：", HT, 16, False)], indent=False)
    for k, n in enumerate(NOTES):
        if k == 0:
            # long first note broken by a soft return inside the sentence
            cut = n.index("商品名称")
            para(doc, [(n[:cut], FS, 16, False), "BR", (n[cut:], FS, 16, False)])
        else:
            para(doc, n)
        list_clauses.append(n)

    # ---- 版记 (layout table, top/bottom rules)
    empty(doc, 2)
    bj = doc.add_table(rows=2, cols=2)
    tblpr = bj._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge, sz in (("top", "8"), ("insideH", "4"), ("bottom", "8")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)
    r0 = bj.rows[0].cells[0].merge(bj.rows[0].cells[1])
    cell_text(r0, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，"
                  "海口海关，国家税务总局海南省税务局。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.rows[1].cells[0], IDSP + "海南省人民政府办公厅", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.rows[1].cells[1], "2025年6月9日印发" + IDSP, FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)

    path = os.path.join(HERE, "blind392_hainan_tongzhi.docx")
    doc.save(path)

    meta_n = {
        "title": N_TITLE,
        "doc_number": "琼府办〔2025〕18号",
        "issuer": ["海南省人民政府办公厅"],
        "date": "2025-06-09",
        "published": None,
        "level": "provincial",
        "region": "海南自由贸易港",
        "effective": "2025-07-01",
        "expires": "2027-06-30",
        "attachments": [LIST_TITLE],
        "doc_type": "通知",
        "recipients": ["各市、县、自治县人民政府", "省政府直属各单位"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    meta_l = {
        "title": LIST_TITLE,
        "doc_number": None,
        "issuer": ["海南省人民政府办公厅"],
        "date": "2025-06-09",
        "published": None,
        "level": "provincial",
        "region": "海南自由贸易港",
        "effective": "2025-07-01",
        "expires": "2027-06-30",
        "attachments": [],
        "doc_type": "清单",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta_n, "clauses": clauses},
                  {"meta": meta_l, "clauses": list_clauses}]


def main():
    expected = {}
    for build in (build_doc1, build_doc2):
        path, objs = build()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
