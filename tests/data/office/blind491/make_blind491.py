# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 491: 警示通报 of typical cases in 自贸试验区惠企政策兑现领域."""
import os
import json
import copy
import subprocess

from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


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
    return run


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
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number(doc)
    return doc


def add_page_number(doc):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, t, e):
        r._element.append(el)
    set_font(p.add_run(" —"), "宋体", 14)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=28):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, indent=True):
    """parts: list of (text, font, bold)."""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)
    return p


def red_rule(doc):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "18")
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), "FF0000")
    bdr.append(bot)
    ppr.append(bdr)
    p.paragraph_format.line_spacing = Pt(8)
    return p


def rule_para(doc, text_parts, top=False, bottom=True, size=14):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "6")
            el.set(qn("w:space"), "1")
            el.set(qn("w:color"), "000000")
            bdr.append(el)
    ppr.append(bdr)
    p.paragraph_format.left_indent = Pt(14)
    for t in text_parts:
        set_font(p.add_run(t), FS, size)
    return p


def set_cell_border(cell, val="single"):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "4" if val == "single" else "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000" if val == "single" else "auto")
        b.append(el)
    tcpr.append(b)


def data_table(doc, header, rows, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate([header] + rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            set_cell_border(c)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing = Pt(20)
            set_font(p.add_run(val), HT if i == 0 else FS, size)
    return t


def table_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_chinese_numbering(doc, lvl_text, first_line=640):
    """Create a Word numbering definition (chineseCounting) and return numId."""
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
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", lvl_text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(first_line))
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = None
    return p


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_491", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


# ====================================================================== DOC 1
def doc_xiamen():
    stem = "blind491_xiamen_tongbao"
    doc = new_doc()
    clauses = []

    # 版头: organ name on two lines via a soft line break
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=48)
    set_font(p.add_run("中共中国（福建）自由贸易试验区厦门片区"), XBS, 22, color=RED)
    p.add_run().add_break()
    set_font(p.add_run("纪律检查工作委员会文件"), XBS, 34, color=RED)
    para(doc, indent=False)
    para(doc, "厦自贸纪〔2025〕7号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    para(doc, indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_font(p.add_run("关于自贸试验区惠企政策兑现领域"), XBS, 22)
    p.add_run().add_break()
    set_font(p.add_run("典型问题的通报"), XBS, 22)
    para(doc, indent=False)
    para(doc, "片区管委会各部门，各驻区单位，片区各国有企业：", indent=False)

    pre = [
        "今年以来，片区纪工委深入贯彻落实中央八项规定及其实施细则精神，聚焦自贸试验区惠企政策兑现领域，会同片区管委会经济发展局、财政金融局等部门开展专项监督，重点整治政策兑现中优亲厚友、吃拿卡要、虚假申报、审核把关不严等问题。截至2025年8月底，共排查问题线索23条，立案9件，给予党纪政务处分11人，组织处理6人，追回违规拨付资金共计1286.47万元。",
        "从查处情况看，个别党员干部纪法意识淡薄，把惠企政策兑现当作谋取私利的“敲门砖”；个别企业心存侥幸，通过虚增业务量、伪造单证等方式骗取扶持资金；部分单位审核机制不健全，内控制度流于形式。为深刻汲取教训，发挥警示教育作用，现将3起典型问题通报如下。",
    ]
    for t in pre:
        para(doc, t)
        clauses.append(t)

    cases = [
        ("一、片区经济发展局原副局长王某某违规审批跨境电商扶持资金、收受礼品礼金问题", [
            ("【基本案情】", "2023年6月至2024年11月，王某某在分管片区跨境电商产业扶持资金审核工作期间，对厦门某供应链管理有限公司虚增跨境电商出口额、重复申报海外仓租赁补贴等问题不认真审核、违规签批，先后3次接受该公司实际控制人林某某安排的宴请，收受购物卡、茶叶等礼品礼金共计折合人民币4.6万元，导致该公司违规获取扶持资金386.52万元。"),
            ("【处理结果】", "2025年6月，王某某受到撤销党内职务、政务撤职处分，违纪所得予以收缴；其涉嫌职务犯罪问题已移送监察机关依法处理。厦门某供应链管理有限公司违规获取的386.52万元已全部追回，该公司被列入片区惠企政策失信主体名单，三年内不得申报片区各类扶持资金。"),
            ("【警示意义】", "惠企政策是服务企业发展的“及时雨”，不是个别干部谋取私利的“自留地”。王某某身为领导干部，本应严格履行审核把关职责，却与企业负责人来往过密、吃拿收受，最终把政策红利变成了利益输送的通道。全体党员干部要引以为戒，严守亲清政商关系，做到“亲”而有度、“清”而有为。"),
        ], None),
        ("二、片区财政金融局资金拨付科科员陈某某泄露企业申报信息并收受“好处费”问题", [
            ("【基本案情】", "2024年2月至9月，陈某某利用参与片区融资租赁、保税维修等产业扶持资金拨付工作的职务便利，先后将17家企业的申报材料和预审意见透露给厦门某咨询服务有限公司负责人张某，并按照兑现资金3%的比例收取“好处费”共计9.8万元；该咨询公司以“包过审”“快兑现”为名向企业收取代办服务费共计62.3万元。"),
            ("【处理结果】", "2025年5月，陈某某受到开除党籍、开除公职处分，其涉嫌受贿犯罪问题移送检察机关依法审查起诉，所涉财物随案移送。片区财政金融局党组书记、局长黄某某负有主要领导责任，受到诫勉处理；资金拨付科科长郑某某负有直接管理责任，受到党内警告处分。厦门某咨询服务有限公司相关问题已移交市场监管部门依法查处。"),
            ("【警示意义】", "该案暴露出个别单位对惠企资金拨付环节廉政风险认识不足、岗位制约缺位、信息保密制度形同虚设等问题。各单位要把政策兑现的每一个环节都纳入监督视野，坚决斩断“内外勾连”“中介包办”的利益链条，决不允许企业应得的政策红利被层层“雁过拔毛”。"),
        ], None),
        ("三、厦门某国际物流有限公司虚报中欧（厦门）班列集装箱数量骗取运费补贴及片区口岸服务中心相关人员失职失责问题", [
            ("【基本案情】", "2024年1月至6月，厦门某国际物流有限公司通过修改铁路运单、重复使用集装箱箱号等方式，在申报中欧（厦门）班列运费补贴时虚报集装箱数量，涉及班列5列、虚报集装箱48个，多获取补贴资金共计113.60万元。片区口岸服务中心运输服务科科长吴某某、科员许某在复核过程中未按规定比对海关和铁路数据，仅凭企业提交的复印件即出具审核意见。具体情况如下："),
        ], (
            ["班列开行日期", "申报集装箱数（个）", "实际集装箱数（个）", "多获补贴（万元）"],
            [
                ["2024年1月18日", "50", "41", "21.30"],
                ["2024年2月27日", "48", "38", "23.70"],
                ["2024年3月22日", "50", "40", "23.60"],
                ["2024年5月9日", "46", "37", "21.20"],
                ["2024年6月14日", "50", "40", "23.80"],
            ],
            [
                ("【处理结果】", "2025年7月，吴某某受到政务记过处分，许某受到批评教育并调离岗位。厦门某国际物流有限公司多获取的113.60万元补贴资金已全部追回，该公司及其法定代表人蔡某某被纳入严重失信主体名单，涉嫌诈骗犯罪线索已移送公安机关。"),
                ("【警示意义】", "审核把关是防止财政资金“跑冒滴漏”的第一道防线。吴某某、许某工作敷衍、以纸审纸，对企业申报材料照单全收，最终给国家造成资金损失。各单位工作人员要牢固树立“审核即担责”的意识，对该核实的数据一项不漏、该比对的单证一张不少。"),
            ],
        )),
    ]
    for head, items, tbl in cases:
        para(doc, head, font=HT, indent=True)
        for lab, body in items:
            runs(doc, [(lab, HT, False), (body, FS, False)])
            clauses.append(lab + body)
        if tbl:
            header, rows, after = tbl
            data_table(doc, header, rows)
            clauses.extend(table_clauses(header, rows))
            for lab, body in after:
                runs(doc, [(lab, HT, False), (body, FS, False)])
                clauses.append(lab + body)
        para(doc, indent=False)  # empty paragraph between cases (office habit)

    para(doc, "四、工作要求", font=HT)
    reqs = [
        ("（一）压实主体责任。", "片区各部门、各单位要切实扛起惠企政策兑现领域全面从严治党主体责任，主要负责同志要履行第一责任人职责，对本单位政策兑现工作中的廉政风险点进行全面排查，于2025年10月31日前形成风险防控清单报片区纪工委。"),
        ("（二）健全审核机制。", "各政策兑现部门要严格落实“受理、审核、复核、拨付”分岗分离制度，强化与海关、税务、铁路等部门的数据比对，推动惠企政策兑现“免申即享”“数据核验”，坚决杜绝“以纸审纸”。对第三方中介参与申报的，要加强甄别，发现违规代办、虚假包装等问题的，及时移交有关部门处理。"),
        ("（三）加强警示教育。", "各单位要将本通报作为警示教育的重要内容，在2025年9月底前组织召开专题会议，认真学习讨论，以案为鉴、以案促改、以案促治，教育引导党员干部守住底线、不越红线。"),
        ("（四）强化监督执纪。", "片区纪工委将持续加强对惠企政策兑现领域的监督检查，对顶风违纪、失职失责的，发现一起、查处一起，严肃追究相关单位和人员责任；对典型问题，一律点名道姓通报曝光。"),
    ]
    for lab, body in reqs:
        # run-in heading typed in 楷体 bold
        runs(doc, [(lab, KT, True), (body, FS, False)])
        clauses.append(lab + body)
    para(doc, "特此通报。")
    clauses.append("特此通报。")
    para(doc, indent=False)
    para(doc, indent=False)
    # 落款: right alignment faked with manual full-width spaces, organ on two lines (soft break)
    p = para(doc, "", indent=False)
    set_font(p.add_run("　　　　　　　　中共中国（福建）自由贸易试验区厦门片区"), FS, 16)
    p.add_run().add_break()
    set_font(p.add_run("　　　　　　　　　　　　纪律检查工作委员会"), FS, 16)
    para(doc, "　　　　　　　　　　　　　2025年9月12日", indent=False)
    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, indent=False)
    rule_para(doc, ["抄送：市纪委监委，片区党工委、管委会领导。"], top=True, bottom=True)
    rule_para(doc, ["中共厦门自贸片区纪工委办公室", "　　　　　　", "2025年9月12日印发"], top=False, bottom=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于自贸试验区惠企政策兑现领域典型问题的通报",
            "doc_number": "厦自贸纪〔2025〕7号",
            "issuer": ["中共中国（福建）自由贸易试验区厦门片区纪律检查工作委员会"],
            "date": "2025-09-12",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["片区管委会各部门", "各驻区单位", "片区各国有企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC 2
def doc_wuhan():
    stem = "blind491_wuhan_tongbao"
    doc = new_doc()
    clauses = []
    IND = "　　"  # indentation typed by hand with two full-width spaces

    para(doc, "武汉市人民政府督查室", font=XBS, size=36, color=RED, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
    para(doc, indent=False)
    para(doc, "武政督〔2025〕11号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    para(doc, indent=False)
    # title typed as two separate paragraphs
    para(doc, "关于自贸试验区武汉片区惠企政策兑现领域", font=XBS, size=22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "典型问题的通报", font=XBS, size=22, indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, indent=False)
    para(doc, "各区人民政府，市人民政府各部门，武汉东湖新技术开发区管委会：", indent=False)

    t1 = "为推动中国（湖北）自由贸易试验区武汉片区惠企政策落地见效，2025年4月至7月，市政府督查室会同市商务局、市财政局、市市场监管局、武汉海关组成联合督查组，采取随机抽查、暗访核查、企业座谈等方式，对自贸试验区武汉片区2023年以来出台的42项惠企政策兑现情况开展专项督查，共走访企业186家，抽查兑现项目613个，发现问题61个，涉及资金3672.15万元。督查发现的问题分类情况如下："
    para(doc, IND + t1, indent=False)
    clauses.append(t1)
    header = ["序号", "问题类型", "问题数量（个）", "涉及资金（万元）", "截至7月底整改情况"]
    rows = [
        ["1", "兑现超时限、“中梗阻”", "19", "1482.60", "已整改17个"],
        ["2", "企业虚假申报、骗取资金", "8", "1206.35", "已追回资金1031.20万元"],
        ["3", "审核把关不严", "21", "716.40", "已整改18个"],
        ["4", "政策宣传解读不到位", "13", "266.80", "已全部整改"],
    ]
    data_table(doc, header, rows, size=12)
    clauses.extend(table_clauses(header, rows))
    t2 = "其中，部分问题性质恶劣、影响较坏，损害了营商环境和政府公信力。经市人民政府同意，现将3个典型问题通报如下："
    para(doc, IND + t2, indent=False)
    clauses.append(t2)

    cases = [
        ("一、武汉某跨境电商有限公司虚构海外仓业务套取扶持资金问题", [
            ("基本情况：", "2024年5月，武汉某跨境电商有限公司在申报自贸试验区武汉片区跨境电商海外仓建设扶持资金时，提交虚假的境外仓储租赁合同和仓储运营数据，虚构在德国、波兰两国租赁海外仓面积共计1.2万平方米，骗取扶持资金280万元。东湖新技术开发区相关部门在受理审核中未通过跨境电商综合服务平台核验企业真实出口数据，未开展实地或视频核查，即予以通过。"),
            ("处理情况：", "该公司已退回全部扶持资金并按规定加收资金占用费，被列入政策性资金使用失信名单，5年内不得申报各级财政扶持资金，其涉嫌诈骗问题已移交公安机关侦办。东湖新技术开发区管委会已对负责初审的工作人员刘某某、负责复审的科长赵某某进行约谈，并责成相关部门作出书面检查。"),
        ]),
        ("二、江岸区商务部门惠企资金兑现“层层设卡”问题", [
            ("基本情况：", "督查组暗访发现，2024年度自贸试验区武汉片区外贸稳增长奖励资金下达后，江岸区商务部门以“材料不完整”为由多次要求企业补正材料，累计要求企业重复提交营业执照、完税证明等材料达6次，资金自下达至拨付到企业平均用时147天，远超政策规定的30个工作日，涉及企业24家、资金436.20万元。部分企业反映，相关工作人员对咨询电话“打不通、问不清”，政策兑现“看得见、摸不着”。"),
            ("处理情况：", "江岸区人民政府已责成区商务局全面整改，截至2025年7月底，涉及的436.20万元资金已全部拨付到位。区商务局分管副局长周某某被诫勉谈话，具体经办人员孙某受到批评教育并调整工作岗位。区商务局已建立惠企资金兑现限时办结和超时预警机制。"),
        ]),
        ("三、武汉某国际货运代理有限公司借用他人资质申报中欧班列（武汉）回程货源补贴问题", [
            ("基本情况：", "2024年7月至12月，武汉某国际货运代理有限公司在不具备申报资格的情况下，借用关联企业武汉某贸易有限公司的资质，将非本企业组织的中欧班列（武汉）回程货源23个标准箱计入申报范围，违规获取回程货源补贴资金51.75万元；东西湖区口岸物流部门在审核中仅核对企业盖章材料，未核实货物实际组织方。"),
            ("处理情况：", "两家企业违规获取的51.75万元已全部追回，并被取消2025年度补贴申报资格；东西湖区相关部门已对审核人员进行通报批评，并对2023年以来的中欧班列补贴兑现项目开展全面复核。"),
        ]),
    ]
    for head, items in cases:
        # case heading typed in body font with a bold run, hand-indented
        p = doc.add_paragraph()
        set_font(p.add_run(IND), FS, 16)
        set_font(p.add_run(head), FS, 16, bold=True)
        for lab, body in items:
            p = doc.add_paragraph()
            set_font(p.add_run(IND), FS, 16)
            set_font(p.add_run(lab), HT, 16)
            set_font(p.add_run(body), FS, 16)
            clauses.append(lab + body)

    p = doc.add_paragraph()
    set_font(p.add_run(IND + "四、有关要求"), HT, 16)
    reqs = [
        "（一）立即开展自查自纠。各区、各有关部门要对照本通报指出的问题，举一反三，对本地区、本部门2023年以来自贸试验区惠企政策兑现情况进行全面自查，建立问题清单、整改清单、责任清单，于2025年9月30日前将自查整改情况书面报送市政府督查室（联系人：王晓东，联系电话：027-82769318）。",
        "（二）切实提升兑现效率。各区、各有关部门要进一步优化惠企政策兑现流程，做到：",
        "1.凡是能通过部门间数据共享获取的材料，一律不得要求企业重复提交；",
        "2.政策资金下达后，原则上在20个工作日内拨付到企业；",
        "3.全面推行“免申即享”“即申即享”，2025年底前实现符合条件的政策事项网上申报、网上审核、网上兑现。",
        "（三）严格资金监管。市财政局、市商务局要会同武汉海关、市税务局等部门建立惠企资金跨部门数据核验机制，对虚假申报、骗取资金的企业依法依规严肃处理，并纳入信用监管。",
        "（四）加强跟踪问效。市政府督查室将对本通报所涉问题的整改落实情况开展“回头看”，对整改不力、敷衍塞责的，按程序提请追责问责。",
    ]
    for t in reqs:
        p = doc.add_paragraph()
        set_font(p.add_run(IND), FS, 16)
        if t.startswith("（") and "。" in t:
            i = t.index("。") + 1
            set_font(p.add_run(t[:i]), KT, 16)
            set_font(p.add_run(t[i:]), FS, 16)
        else:
            set_font(p.add_run(t), FS, 16)
        clauses.append(t)
    para(doc, IND + "特此通报。", indent=False)
    clauses.append("特此通报。")
    para(doc, indent=False)
    para(doc, indent=False)
    para(doc, "武汉市人民政府督查室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(48)
    para(doc, "2025年8月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, IND + "（此件公开发布）", indent=False)
    page_break(doc)
    for _ in range(10):
        para(doc, indent=False)
    rule_para(doc, ["抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。"], top=True, bottom=True)
    rule_para(doc, ["武汉市人民政府督查室", "　　　　　　　　　", "2025年8月20日印发"], top=False, bottom=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于自贸试验区武汉片区惠企政策兑现领域典型问题的通报",
            "doc_number": "武政督〔2025〕11号",
            "issuer": ["武汉市人民政府督查室"],
            "date": "2025-08-20",
            "published": None,
            "level": "municipal",
            "region": "武汉市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各区人民政府", "市人民政府各部门", "武汉东湖新技术开发区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC 3
def doc_zhejiang():
    stem = "blind491_zhejiang_tongbao"
    doc = new_doc()
    clauses = []
    case_num = add_chinese_numbering(doc, "%1、", first_line=640)
    req_num = add_chinese_numbering(doc, "（%1）", first_line=640)

    # joint 版头: two organ names stacked, "文件" in a layout table cell on the right
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    for c in (c0, c1):
        set_cell_border(c, "nil")
    t.autofit = False
    t.columns[0].width = Mm(124)
    t.columns[1].width = Mm(32)
    c0.width = Mm(124)
    c1.width = Mm(32)
    p = c0.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_font(p.add_run("浙江省人民政府督查室"), XBS, 24, color=RED)
    p2 = c0.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_font(p2.add_run("浙江省商务厅"), XBS, 24, color=RED)
    p3 = c1.paragraphs[0]
    p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p3.paragraph_format.space_before = Pt(22)
    set_font(p3.add_run("文件"), XBS, 36, color=RED)
    para(doc, indent=False)
    para(doc, "浙政督〔2026〕3号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    para(doc, indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_font(p.add_run("关于中国（浙江）自由贸易试验区惠企政策"), XBS, 22)
    p.add_run().add_break()
    set_font(p.add_run("兑现领域典型问题的通报"), XBS, 22)
    para(doc, indent=False)
    para(doc, "各市、县（市、区）人民政府，省级有关单位，中国（浙江）自由贸易试验区各片区管委会：", indent=False)

    pre = [
        "2025年以来，省政府督查室、省商务厅（省自贸办）结合国务院大督查和全省营商环境专项督查，对中国（浙江）自由贸易试验区舟山、宁波、杭州、金义4个片区及联动创新区惠企政策兑现情况开展了明察暗访，累计核查政策兑现项目1124个、涉及资金9.86亿元，发现并督促整改问题87个，推动追回违规资金2315.62万元。",
        "督查中发现，一些地方和部门在惠企政策兑现中仍存在审核把关“走过场”、优亲厚友“开后门”、企业弄虚作假“钻空子”等问题，侵蚀了改革红利，破坏了公平竞争的市场秩序。经省政府领导同意，现将3个典型问题通报如下。",
    ]
    for t_ in pre:
        para(doc, t_)
        clauses.append(t_)

    def case_head(text):
        p = doc.add_paragraph()
        numbered(p, case_num)
        set_font(p.add_run(text), HT, 16)

    def labelled(lab, body):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        set_font(p.add_run(lab), FS, 16, bold=True)
        set_font(p.add_run(body), FS, 16)
        clauses.append(lab + body)

    def item(text):
        para(doc, text)
        clauses.append(text)

    case_head("宁波某进出口有限公司虚增大宗商品贸易额骗取自贸试验区贸易奖励问题")
    labelled("【基本案情】", "2024年，宁波某进出口有限公司通过与关联企业开展“循环贸易”“空转贸易”，虚增原油、燃料油等大宗商品进口贸易额共计18.6亿元，申报并获得中国（浙江）自由贸易试验区宁波片区大宗商品贸易发展奖励资金524.30万元。宁波片区经济发展部门在审核过程中，未将企业申报数据与海关报关数据、银行跨境收付数据进行比对。")
    labelled("【处理结果】", "经调查核实，作出如下处理：")
    item("1.追回该公司违规获取的奖励资金524.30万元，取消其3年内申报各级财政奖补资金资格，相关线索已移送公安机关；")
    item("2.宁波片区经济发展部门负责审核的干部钱某某受到政务警告处分，分管负责人受到批评教育；")
    item("3.责成宁波片区对2023年以来大宗商品贸易类奖励兑现项目逐一复核。")
    labelled("【警示意义】", "大宗商品贸易单笔金额大、链条长，是虚假贸易的高发领域。审核部门只看合同和发票、不核物流和资金流，就会给不法企业留下可乘之机。各片区要把跨部门数据比对作为奖补资金兑现的必经环节，切实守好财政资金“钱袋子”。")

    case_head("金义片区义乌市某部门在市场采购贸易扶持资金兑现中优亲厚友问题")
    labelled("【基本案情】", "2024年8月至2025年3月，义乌市某部门工作人员何某某在负责市场采购贸易组货人扶持资金初审期间，为其亲属实际控制的义乌某贸易商行“开绿灯”，在该商行申报材料不齐全、出口额未达申报条件的情况下违规出具初审合格意见，致使该商行获取扶持资金38.40万元；同期，对其他11家符合条件企业的申报以“额度用完”为由拖延办理。")
    labelled("【处理结果】", "经调查核实，作出如下处理：")
    item("1.何某某受到留党察看一年、政务撤职处分，违规获取的38.40万元已全部追回；")
    item("2.该部门主要负责人楼某某因履行全面从严治党主体责任不力，受到诫勉处理；")
    item("3.被拖延办理的11家企业扶持资金共计156.90万元已于2025年6月前全部兑现到位。")
    labelled("【警示意义】", "政策面前企业一律平等。何某某把公权力当作“私家菜园”，对亲属企业“大开方便之门”、对其他企业“百般刁难”，严重损害了政府公信力和市场公平。各级干部要严格执行回避制度，决不能让惠企政策变成“关系政策”“人情政策”。")

    case_head("舟山片区某服务中心保税燃料油加注补贴兑现审核“走过场”问题")
    labelled("【基本案情】", "2025年1月，舟山片区某服务中心在开展2024年度保税燃料油加注业务补贴审核时，未按规定核验加注船舶的实际作业记录，对舟山某船舶燃料有限公司申报的加注量照单全收，导致该公司多报加注量1.37万吨，多获取补贴资金68.50万元。经查，该中心负责复核的工作人员曹某、审核负责人傅某某长期以“企业已承诺”代替实质审核。")
    labelled("【处理结果】", "经调查核实，作出如下处理：")
    item("1.曹某受到政务记过处分，傅某某受到政务警告处分；")
    item("2.追回舟山某船舶燃料有限公司多获取的补贴资金68.50万元，并将其列入经营异常名录。")
    labelled("【警示意义】", "“信用承诺”不等于“免于审核”。推行告知承诺制的同时，必须同步强化事中事后核查，做到“放得开”更要“管得住”。")

    case_head("工作要求")

    def req(lab, body):
        p = doc.add_paragraph()
        numbered(p, req_num)
        set_font(p.add_run(lab), KT, 16, bold=True)
        set_font(p.add_run(body), FS, 16)
        # numbering "（一）" is rendered by Word, analyst cites it as displayed
        n = "一二三四五六"[len([c for c in clauses if c.startswith("（")])]
        clauses.append("（%s）" % n + lab + body)

    req("深入开展警示教育。", "各地、各片区要将本通报作为警示教育材料，组织政策兑现岗位工作人员专题学习，引导党员干部树牢正确权力观，严守纪律规矩，主动接受监督。")
    req("全面排查风险隐患。", "各地、各片区要于2026年5月31日前，对2024年以来自贸试验区惠企政策兑现情况开展全面排查，重点排查以下问题：")
    item("1.申报数据未与海关、税务、银行等部门数据比对即予兑现的；")
    item("2.政策兑现经办人员与申报企业存在亲属关系或其他利害关系未回避的；")
    item("3.无正当理由拖延兑现、变相设置门槛的。")
    req("完善制度机制。", "省商务厅（省自贸办）将会同省财政厅制定自贸试验区惠企政策兑现负面清单和审核操作指引，推动政策兑现全过程线上留痕、可追溯。各片区要建立政策兑现定期公示制度，主动接受企业和社会监督。")
    req("严肃追责问责。", "对排查整改不认真、问题屡查屡犯的地方和单位，省政府督查室将予以通报批评并约谈有关负责同志；涉嫌违纪违法的，移送纪检监察机关依规依纪依法处理。")
    item("特此通报。")

    para(doc, indent=False)
    p = para(doc, "附件：1.中国（浙江）自由贸易试验区惠企政策兑现风险排查清单", indent=True)
    p = para(doc, "　　　2.惠企政策兑现问题整改情况报告表", indent=True)
    para(doc, indent=False)
    para(doc, indent=False)
    # 落款 in a borderless layout table: two organs side by side, date below
    t = doc.add_table(rows=2, cols=2)
    for r in t.rows:
        for c in r.cells:
            set_cell_border(c, "nil")
    for (ri, ci), txt in {(0, 0): "浙江省人民政府督查室", (0, 1): "浙江省商务厅",
                          (1, 1): "2026年3月18日"}.items():
        p = t.cell(ri, ci).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(txt), FS, 16)
    for _ in range(8):
        para(doc, indent=False)
    rule_para(doc, ["抄送：省委办公厅，省纪委省监委，省人大常委会办公厅，省政协办公厅。"], top=True, bottom=True)
    rule_para(doc, ["浙江省人民政府办公厅秘书处", "　　　　　　", "2026年3月18日印发"], top=False, bottom=True)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于中国（浙江）自由贸易试验区惠企政策兑现领域典型问题的通报",
            "doc_number": "浙政督〔2026〕3号",
            "issuer": ["浙江省人民政府督查室", "浙江省商务厅"],
            "date": "2026-03-18",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（浙江）自由贸易试验区惠企政策兑现风险排查清单",
                            "惠企政策兑现问题整改情况报告表"],
            "doc_type": "通报",
            "recipients": ["各市、县（市、区）人民政府", "省级有关单位",
                           "中国（浙江）自由贸易试验区各片区管委会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xiamen(), doc_wuhan(), doc_zhejiang()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
