# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 673 blind test documents: Arabic-numbered 规章 (令) and a 片区 管委会 办法."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", font=FS, size=16, bold=False, align=None,
         indent=False, color=None, line=28, space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    return r


def bottom_border(p, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        bdr.append(b)
    ppr.append(bdr)


def page_setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # footer page number — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "— ", "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
    add_run(fp, " —", "宋体", 14)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def make_paren_numbering(doc):
    """Create a Word list whose label is "(1)" with no suffix; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 673
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "(%1)"),
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
    for at in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(at), FS)
    rpr.append(rf)
    lvl.append(rpr)
    a.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    num_id = 673
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    n.append(an)
    numbering.append(n)
    return num_id


def apply_numbering(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_673", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ================================================================ FILE 1
LING_TITLE = "郑州市跨境电子商务促进办法"
LING_TEXT = ("《郑州市跨境电子商务促进办法》已经2026年3月10日市人民政府第21次常务会议"
             "审议通过，现予公布，自2026年5月1日起施行。")

# each chapter: (heading as typed, [articles]); each article: list of paragraphs
# (款 / items). Paragraph spec: str, or ("br", str) meaning "same Word paragraph
# as the previous one, after two soft line breaks", or ("soft", a, b) meaning a
# single paragraph with a soft break between a and b (text joins a+b).
CHAPTERS = [
    ("第1章　总　　则", [
        ["第1条　为了促进跨境电子商务高质量发展，推进中国（郑州）跨境电子商务综合试验区建设，"
         "发挥中欧班列（郑州）和郑州航空港经济综合实验区的枢纽作用，根据《中华人民共和国电子商务法》"
         "等法律、法规，结合本市实际，制定本办法。"],
        ["第2条　本市行政区域内跨境电子商务经营、服务、监管及相关促进活动，适用本办法。",
         "本办法所称跨境电子商务，是指分属不同关境的交易主体，通过互联网平台达成交易、进行支付结算，"
         "并通过跨境物流送达商品、完成交易的国际商业活动。"],
        ["第3条　市人民政府统一领导本市跨境电子商务促进工作，建立跨境电子商务发展协调机制，"
         "研究解决发展中的重大问题。",
         "市商务主管部门负责跨境电子商务促进工作的组织、协调和指导。",
         "发展改革、工业和信息化、财政、交通运输、市场监督管理、大数据等部门，以及海关、税务、"
         "外汇管理等单位，按照各自职责做好相关工作。"],
        ["第4条　县（市、区）人民政府、开发区管理委员会应当结合本地产业基础，制定跨境电子商务"
         "发展措施，推动跨境电子商务与本地特色产业融合发展。"],
    ]),
    ("第2章　主体培育", [
        ["第5条　市商务主管部门应当会同有关部门制定跨境电子商务主体培育计划，重点支持下列主体发展：",
         "(1)具有国际竞争力的跨境电子商务平台企业；",
         "(2)年进出口额超过1亿元的跨境电子商务卖家企业；",
         "(3)为跨境电子商务提供物流、支付、数据、营销等服务的综合服务企业；",
         "(4)依托本地产业带开展跨境电子商务的制造企业。"],
        ["第6条　鼓励传统外贸企业和生产制造企业通过自建独立站、入驻第三方平台等方式开展跨境电子商务，"
         "拓展国际市场。",
         "对首次开展跨境电子商务且年进出口额达到规定标准的企业，市、县两级财政可以按照有关规定给予支持。"],
        ["第7条　支持建设跨境电子商务产业园区。产业园区应当具备下列条件：",
         "(1)园区运营主体明确，具有独立法人资格；",
         "(2)入驻跨境电子商务企业不少于30家；",
         "(3)具备仓储、物流、通关、人才培训等配套服务功能。",
         "符合条件的产业园区，由市商务主管部门会同有关部门认定为市级跨境电子商务产业园区，并向社会公布。"],
        ["第8条　鼓励高等院校、职业院校开设跨境电子商务相关专业，支持企业与院校共建实训基地，"
         "培养跨境电子商务专业人才。"],
    ]),
    ("第3章　通关与监管便利", [
        [("soft", "第9条　口岸监管单位应当依托跨境电子商务线上综合服务平台，推行跨境电子商务零售进出口、",
          "企业对企业直接出口、出口海外仓等监管模式，实现申报、查验、放行全流程电子化。")],
        ["第10条　支持在综合保税区、保税物流中心开展跨境电子商务网购保税进口、特殊区域出口等业务。",
         ("br", "综合保税区内企业可以依法开展跨境电子商务退货、维修、检测等业务。")],
        ["第11条　对跨境电子商务零售出口商品，符合条件的，按照国家规定适用增值税、消费税免税政策"
         "和企业所得税核定征收办法。"],
        ["第12条　市场监督管理部门应当对跨境电子商务进口商品质量安全实施风险监测，建立问题商品召回"
         "和消费者权益保护协作机制。"],
    ]),
    ("第4章　物流体系建设", [
        ["第13条　市人民政府应当推动中欧班列（郑州）开行跨境电子商务专列，支持开展跨境电子商务邮件、"
         "快件、包裹的铁路运输。"],
        ["第14条　支持郑州航空港经济综合实验区发展跨境电子商务航空货运，加密国际货运航线，"
         "建设跨境电子商务航空物流分拨中心。"],
        ["第15条　鼓励企业在共建“一带一路”国家和地区建设、租赁海外仓，完善海外仓的仓储、配送、"
         "售后等功能。",
         "对经认定的公共海外仓，市商务主管部门应当会同有关部门在信息共享、业务对接等方面给予支持。"],
        ["第16条　推动多式联运发展，支持铁路、航空、公路、海运等运输方式数据互通，实现跨境电子商务"
         "货物“一单到底、一次申报”。"],
    ]),
    ("第5章　金融与服务保障", [
        ["第17条　鼓励银行业金融机构开发适合跨境电子商务企业的信用贷款、订单融资、出口信用保险"
         "保单融资等金融产品。"],
        ["第18条　支持符合条件的支付机构依法开展跨境电子商务外汇支付业务。外汇管理部门应当优化"
         "跨境电子商务外汇结算流程，便利企业收结汇。"],
        ["第19条　市大数据主管部门应当会同有关部门推动跨境电子商务线上综合服务平台与国际贸易"
         "“单一窗口”对接，实现企业信息、物流信息、支付信息互联共享。"],
        ["第20条　鼓励跨境电子商务企业申请境外商标注册、专利申请，支持行业组织建立海外知识产权"
         "纠纷应对指导机制。"],
        ["第21条　市、县两级人民政府应当将跨境电子商务发展所需用地纳入国土空间规划，对符合条件的"
         "跨境电子商务项目优先保障用地。"],
    ]),
    ("第6章　监督管理", [
        ["第22条　市商务主管部门应当会同有关部门建立跨境电子商务统计监测制度，定期发布本市跨境"
         "电子商务发展情况。"],
        ["第23条　有关部门应当依法建立跨境电子商务企业信用评价体系，对守信企业在通关、检验、融资"
         "等方面给予便利，对失信企业依法实施惩戒。"],
        ["第24条　跨境电子商务企业应当遵守国家数据安全和个人信息保护的规定，不得非法收集、使用、"
         "买卖消费者个人信息。"],
        ["第25条　国家机关及其工作人员在跨境电子商务促进工作中滥用职权、玩忽职守、徇私舞弊的，"
         "由有权机关依法给予处分；构成犯罪的，依法追究刑事责任。"],
    ]),
    ("第7章　附　　则", [
        ["第26条　对在跨境电子商务发展中作出突出贡献的单位和个人，按照有关规定给予表彰、奖励。"],
        ["第27条　郑州航空港经济综合实验区、郑州经济技术开发区、郑州高新技术产业开发区、郑东新区"
         "管理委员会依照本办法履行县级人民政府相关职责。"],
        ["第28条　本办法自2026年5月1日起施行。"],
    ]),
]


def spec_text(spec):
    if isinstance(spec, str):
        return spec
    if spec[0] == "br":
        return spec[1]
    if spec[0] == "soft":
        return spec[1] + spec[2]
    raise ValueError(spec)


def write_article_para(doc, text, manual_indent):
    """Article paragraphs: '第N条' in a bold 黑体 run, rest in 仿宋."""
    if manual_indent:
        p = para(doc)
        add_run(p, "　　")
    else:
        p = para(doc, indent=True)
    if text.startswith("第") and "条　" in text[:6]:
        head, rest = text.split("　", 1)
        add_run(p, head, HT)
        add_run(p, "　" + rest)
    else:
        add_run(p, text)
    return p


def build_file1():
    doc = Document()
    page_setup(doc)
    for _ in range(2):
        para(doc)
    p = para(doc, "郑州市人民政府令", XBS, 36, color=RED,
             align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    para(doc)
    p = para(doc, "第5号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc)
    p = para(doc, indent=True)
    add_run(p, LING_TEXT)
    para(doc)
    para(doc)
    # signature with manual spaces
    p = para(doc)
    add_run(p, "　" * 16 + "市长　　周明远")
    p = para(doc)
    add_run(p, "　" * 16 + "2026年3月18日")

    page_break(doc)

    para(doc, LING_TITLE, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_run(p, "（2026年3月10日市人民政府第21次常务会议审议通过", KT)
    p.add_run().add_break()
    add_run(p, "　自2026年5月1日起施行）", KT)
    para(doc)

    clauses = []
    art_no = 0
    for ch_head, arts in CHAPTERS:
        para(doc, ch_head, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
        for art in arts:
            art_no += 1
            manual = art_no % 3 == 0  # some paragraphs typed with leading spaces
            last_p = None
            for i, spec in enumerate(art):
                clauses.append(spec_text(spec))
                if isinstance(spec, tuple) and spec[0] == "br":
                    # blank line typed with shift+enter inside previous paragraph
                    last_p.add_run().add_break()
                    last_p.add_run().add_break()
                    add_run(last_p, "　　" + spec[1])
                    continue
                if i > 0:
                    para(doc)  # 款 / items separated by blank lines
                if isinstance(spec, tuple) and spec[0] == "soft":
                    last_p = write_article_para(doc, spec[1], manual)
                    last_p.add_run().add_break()
                    add_run(last_p, spec[2])
                else:
                    last_p = write_article_para(doc, spec, manual)
        # blank line after chapter
    para(doc)
    para(doc)
    # 版记
    p = para(doc, size=14)
    top_bottom_border(p)
    add_run(p, "抄送：市委各部门，郑州警备区，各人民团体。市人大常委会办公厅，市政协办公厅，"
               "市法院，市检察院。", FS, 14)
    p = para(doc, size=14)
    bottom_border(p, "000000", 6)
    add_run(p, "　郑州市人民政府办公厅" + "　" * 7 + "2026年3月18日印发", FS, 14)

    name = "blind673_zhengzhou_ling.docx"
    path = os.path.join(HERE, name)
    doc.save(path)

    expected = [
        {
            "meta": {
                "title": "郑州市人民政府令第5号",
                "doc_number": "郑州市人民政府令第5号",
                "issuer": ["郑州市人民政府"],
                "date": "2026-03-18",
                "published": None,
                "level": "municipal",
                "region": "郑州市",
                "effective": "2026-05-01",
                "expires": None,
                "attachments": [],
                "doc_type": "令",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": [LING_TEXT],
        },
        {
            "meta": {
                "title": LING_TITLE,
                "doc_number": "郑州市人民政府令第5号",
                "issuer": ["郑州市人民政府"],
                "date": "2026-03-18",
                "published": None,
                "level": "municipal",
                "region": "郑州市",
                "effective": "2026-05-01",
                "expires": None,
                "attachments": [],
                "doc_type": "办法",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": clauses,
        },
    ]
    return path, "blind673_zhengzhou_ling", expected


# ================================================================ FILE 2
ZONE = "中国（河南）自由贸易试验区郑州片区"
ORG = ZONE + "管理委员会"
BANFA = ZONE + "外商投资企业服务管理办法"
NOTICE_TITLE = ORG + "关于印发《" + BANFA + "》的通知"
NOTICE_NO = "郑自贸管〔2026〕7号"

NOTICE_BODY = [
    "《" + BANFA + "》已经片区管委会2026年第3次主任办公会议研究通过，现印发给你们，请结合工作实际，"
    "认真抓好落实。执行中遇到的问题，请及时向片区经济发展局反馈。",
    "（联系人：王晓，联系电话：0371-67188520）",
]

TABLE_HEAD = ["序号", "服务事项", "责任部门", "办理时限"]
TABLE_ROWS = [
    ["1", "外商投资企业设立登记", "片区市场监督管理局", "1个工作日"],
    ["2", "外商投资信息报告指导", "片区经济发展局", "即时办理"],
    ["3", "外国人来华工作许可", "片区行政审批服务局", "5个工作日"],
    ["4", "跨境人民币结算咨询", "片区财政金融局", "2个工作日"],
    ["5", "外资项目用地、用能要素对接", "片区自然资源和规划局", "10个工作日"],
]

# Article list: ("art", text) | ("kuan", text) | ("item", text) typed "(n)" |
# ("auto", text) Word-numbered "(n)" | ("table",)
BANFA_BODY = [
    ("art", "1. 为贯彻落实《中华人民共和国外商投资法》及其实施条例，持续优化" + ZONE +
     "（以下简称片区）外商投资环境，规范外商投资企业服务工作，结合片区实际，制定本办法。"),
    ("art", "2. 本办法适用于在片区内依法设立的外商投资企业、拟在片区投资的外国投资者，"
            "以及片区各部门为其提供的服务活动。"),
    ("art", "3. 片区管理委员会（以下简称管委会）统筹外商投资企业服务工作，各部门按照职责分工"
            "承担相应服务事项。"),
    ("kuan", "3.1 片区经济发展局是外商投资企业服务工作的牵头部门，负责外商投资促进、项目跟踪、"
             "投诉协调等工作。"),
    ("kuan", "3.2 片区市场监督管理局、片区行政审批服务局、片区财政金融局等部门按照各自职责，"
             "做好企业登记、许可办理、资金支持等工作。"),
    ("kuan", "3.3 管委会加强与海关、税务、外汇管理等单位的沟通协调，共同做好通关、税收、外汇等"
             "便利化服务。"),
    ("art", "4. 片区对外商投资实行准入前国民待遇加负面清单管理制度。"),
    ("kuan", "4.1 外商投资准入负面清单以外的领域，按照内外资一致的原则实施管理。"),
    ("kuan", "4.2 外国投资者在片区投资，可以享受以下服务："),
    ("auto", "投资政策、产业导向和要素成本咨询；"),
    ("auto", "项目选址、用地、用能等要素对接；"),
    ("auto", "企业设立、变更登记“一窗受理、一网通办”；"),
    ("auto", "外籍人员工作许可、居留许可办理指引；"),
    ("auto", "投资项目全程帮办代办。"),
    ("art", "5. 片区设立外商投资企业服务中心，为企业提供“一站式”服务。"),
    ("kuan", "5.1 服务中心实行首问负责、一次告知、限时办结制度。"),
    ("kuan", "5.2 服务中心主要服务事项及办理时限如下表："),
    ("table",),
    ("kuan", "5.3 法律、法规对办理时限另有规定的，从其规定。"),
    ("art", "6. 片区建立重点外资项目专班服务机制。"),
    ("kuan", "6.1 对总投资额5000万美元以上的外资项目，由管委会分管领导牵头成立工作专班，"
             "实行“一企一策”服务。"),
    ("kuan", "6.2 工作专班应当每季度至少召开一次调度会议，协调解决项目推进中的问题。"),
    ("art", "7. 片区支持外商投资企业参与中欧班列（郑州）、跨境电子商务、保税维修等业务。"),
    ("kuan", "7.1 支持外商投资企业依托郑州经开综合保税区开展保税研发、保税检测、全球维修等业务。"),
    ("kuan", "7.2 支持外商投资企业利用中欧班列（郑州）拓展共建“一带一路”国家市场，开展国际物流、"
             "供应链管理业务。"),
    ("art", "8. 片区对符合条件的外商投资企业给予资金支持。"),
    ("kuan", "8.1 新设立且实际到资额达到1000万美元以上的外商投资企业，按照实际到资额的1%给予"
             "一次性奖励，最高不超过500万元人民币。"),
    ("kuan", "8.2 外商投资企业增资扩股，新增实际到资额达到500万美元以上的，参照8.1规定执行。"),
    ("kuan", "8.3 同一企业同一事项已享受片区其他同类政策支持的，按照就高不重复的原则执行。"),
    ("art", "9. 片区建立外商投资企业投诉工作机制。"),
    ("kuan", "9.1 外商投资企业认为片区有关部门及其工作人员的行政行为侵犯其合法权益的，"
             "可以向片区外商投资企业投诉中心申请协调解决。"),
    ("kuan", "9.2 投诉中心应当自收到完整投诉材料之日起7个工作日内作出是否受理的决定，"
             "并自受理之日起30个工作日内办结。投诉事项涉及多个部门的，由片区经济发展局组织会商："),
    ("item", "(1)属于政策执行问题的，由相关部门提出处理意见；"),
    ("item", "(2)属于政策缺失问题的，由片区经济发展局提出完善建议报管委会研究；"),
    ("item", "(3)涉及上级部门事权的，由管委会协调上级部门办理。"),
    ("art", "10. 片区各部门及其工作人员应当依法保护外商投资企业的商业秘密，不得向第三方泄露、"
            "非法使用在履行职责过程中知悉的商业秘密。"),
    ("art", "11. 违反本办法规定，不履行服务职责或者在服务中推诿拖延、吃拿卡要的，由管委会责令改正；"
            "情节严重的，依法依规追究责任。"),
    ("art", "12．本办法由片区经济发展局负责解释。"),
    ("art", "13. 本办法自2026年5月1日起施行，有效期至2028年4月30日。《" + ZONE +
            "外商投资企业服务暂行办法》（郑自贸管〔2023〕15号）同时废止。"),
]


def build_file2():
    doc = Document()
    page_setup(doc)
    num_id = make_paren_numbering(doc)

    para(doc)
    # red header: long organ name squeezed on two lines with a soft break
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    add_run(p, ZONE, XBS, 26, color=RED)
    p.add_run().add_break()
    add_run(p, "管理委员会文件", XBS, 26, color=RED)
    para(doc)
    p = para(doc, NOTICE_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    para(doc)
    # title split with soft breaks
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_run(p, ORG + "关于印发", XBS, 22)
    p.add_run().add_break()
    add_run(p, "《" + BANFA + "》", XBS, 22)
    p.add_run().add_break()
    add_run(p, "的通知", XBS, 22)
    para(doc)
    para(doc, "片区各局（办）、各功能区管理办公室，各有关单位：")
    for t in NOTICE_BODY:
        para(doc, t, indent=True)
    para(doc)
    para(doc)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.rows[0].cells[1]
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(c.paragraphs[0], ZONE)
    q = c.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(q, "管理委员会")
    q = c.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(q, "2026年4月8日")
    para(doc)
    para(doc, "（此件公开发布）", indent=True)

    page_break(doc)

    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_run(p, ZONE, XBS, 22)
    p.add_run().add_break()
    add_run(p, "外商投资企业服务管理办法", XBS, 22)
    para(doc)

    clauses = []
    auto_n = 0
    for spec in BANFA_BODY:
        kind = spec[0]
        if kind == "table":
            tb = doc.add_table(rows=1 + len(TABLE_ROWS), cols=4)
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(TABLE_HEAD):
                cp = tb.rows[0].cells[j].paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_run(cp, h, HT, 12)
            for i, row in enumerate(TABLE_ROWS, start=1):
                for j, v in enumerate(row):
                    cp = tb.rows[i].cells[j].paragraphs[0]
                    if j in (0, 3):
                        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    add_run(cp, v, FS, 12)
                clauses.append("；".join(f"{h}：{v}" for h, v in zip(TABLE_HEAD, row)))
            continue
        text = spec[1]
        if kind == "art":
            p = para(doc, indent=True)
            sep = "．" if "．" in text[:4] else " "
            num, rest = text.split(sep, 1)
            add_run(p, num + sep, HT)  # article number in 黑体 bold run
            add_run(p, rest)
            clauses.append(text)
        elif kind == "kuan":
            p = para(doc, indent=True)
            add_run(p, text)
            clauses.append(text)
        elif kind == "item":
            p = para(doc, indent=True)
            add_run(p, text)
            clauses.append(text)
        elif kind == "auto":
            auto_n += 1
            p = para(doc)
            apply_numbering(p, num_id)
            add_run(p, text)
            clauses.append(f"({auto_n}){text}")
    para(doc)
    para(doc)
    p = para(doc, size=14)
    top_bottom_border(p)
    add_run(p, "抄送：郑州市人民政府，中国（河南）自由贸易试验区工作办公室。", FS, 14)
    p = para(doc, size=14)
    bottom_border(p, "000000", 6)
    add_run(p, "　" + ORG + "办公室" + "　" * 2 + "2026年4月8日印发", FS, 14)

    name = "blind673_zhengzhou_pianqu_banfa.docx"
    path = os.path.join(HERE, name)
    doc.save(path)

    expected = [
        {
            "meta": {
                "title": NOTICE_TITLE,
                "doc_number": NOTICE_NO,
                "issuer": [ORG],
                "date": "2026-04-08",
                "published": None,
                "level": "zone",
                "region": ZONE,
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["片区各局（办）", "各功能区管理办公室", "各有关单位"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": list(NOTICE_BODY),
        },
        {
            "meta": {
                "title": BANFA,
                "doc_number": NOTICE_NO,
                "issuer": [ORG],
                "date": "2026-04-08",
                "published": None,
                "level": "zone",
                "region": ZONE,
                "effective": "2026-05-01",
                "expires": "2028-04-30",
                "attachments": [],
                "doc_type": "办法",
                "recipients": [],
                "publicity": None,
                "repeals": "《" + ZONE + "外商投资企业服务暂行办法》（郑自贸管〔2023〕15号）",
            },
            "clauses": clauses,
        },
    ]
    return path, "blind673_zhengzhou_pianqu_banfa", expected


def main():
    expected = {}
    for build in (build_file1, build_file2):
        path, stem, exp = build()
        to_pdf(path)
        expected[stem] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
