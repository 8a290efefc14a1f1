# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 291 blind test files: drafts for comment, amendment tables and amendment
decisions on 自贸试验区 / 跨境电商 / 一带一路.  Writes every file next to itself plus
expected.json.  Run:  . /work/venv/bin/activate && python make_blind291.py
All documents, numbers, names, e-mail addresses and figures are fictional."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SAN = Pt(16)  # 三号
IND = "　　"  # not used in docx (first-line indent instead)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=SAN, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, before=0, after=0, line=Pt(28.9)):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = line
    return p


def para(doc_or_cell, runs, align=None, indent=True, before=0, after=0, line=Pt(28.9)):
    """runs: list of (text, font, size, bold, color) or plain text (仿宋 三号)."""
    p = doc_or_cell.add_paragraph()
    fmt(p, align, indent, before, after, line)
    if isinstance(runs, str):
        runs = [(runs, FS)]
    for r in runs:
        text, font = r[0], r[1]
        size = r[2] if len(r) > 2 else SAN
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break()  # soft line break
            set_font(p.add_run(part), font, size, bold, color)
    return p


def title(doc, text, size=Pt(22), before=0, after=14):
    return para(doc, [(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=before, after=after, line=Pt(33))


def border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        ppr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    b.append(e)


def add_field(p, instr, font=FS, size=Pt(14)):
    r1 = p.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._element.append(f1)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "separate")
    r3._element.append(f3)
    r4 = set_font(p.add_run("1"), font, size)
    r5 = p.add_run()
    f5 = OxmlElement("w:fldChar")
    f5.set(qn("w:fldCharType"), "end")
    r5._element.append(f5)
    for r in (r1, r2, r3, r5):
        set_font(r, font, size)


def page_numbers(doc, section):
    """— N — : odd pages right, even pages left (GB/T 9704)."""
    doc.settings.odd_and_even_pages_header_footer = True
    for ft, al in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                   (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        ft.is_linked_to_previous = False
        p = ft.paragraphs[0]
        p.alignment = al
        set_font(p.add_run("— "), FS, Pt(14))
        add_field(p, "PAGE")
        set_font(p.add_run(" —"), FS, Pt(14))


def setup(doc, landscape=False):
    s = doc.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = SAN
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_numbers(doc, s)
    return s


def article(doc, label, paras):
    """第X条 run-in in 黑体, body in 仿宋; further paragraphs indented."""
    para(doc, [(label, HEI), ("　" + paras[0], FS)])
    for t in paras[1:]:
        para(doc, t)
    return label + "　" + "\n".join(paras)


def chapter(doc, text):
    para(doc, [(text, HEI)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)


def signoff(doc, organ, date, right_cm=4):
    p = para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=24)
    p.paragraph_format.right_indent = Cm(right_cm)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Cm(right_cm - 0.6)


def cell_text(cell, text, font=FS, size=Pt(12), bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, line=Pt(20))
    for i, part in enumerate(text.split("\n")):
        if i:
            p.add_run().add_break()
        set_font(p.add_run(part), font, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_291",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =========================================================== 1. 成都 征求意见稿 + 起草说明
def make_chengdu():
    stem = "blind291_chengdu_zhengqiuyijian"
    doc = Document()
    setup(doc)
    t1 = "成都市跨境电子商务发展促进办法（征求意见稿）"
    title(doc, "成都市跨境电子商务发展促进办法\n（征求意见稿）")
    clauses = []
    specific = {}
    arts = [
        ("第一章　总则", None),
        ("第一条", ["为了促进本市跨境电子商务高质量发展，推进中国（成都）跨境电子商务综合试验区建设，服务共建“一带一路”和内陆开放型经济高地建设，根据《中华人民共和国电子商务法》《中华人民共和国海关法》等法律法规，结合本市实际，制定本办法。"]),
        ("第二条", ["本市行政区域内跨境电子商务经营主体、平台企业、服务机构及其相关活动，适用本办法。",
                   "本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动。"]),
        ("第三条", ["市人民政府统筹全市跨境电子商务发展工作，建立跨境电子商务发展联席会议制度，协调解决发展中的重大问题。",
                   "市商务主管部门负责跨境电子商务的综合协调和促进工作。发展改革、经济和信息化、财政、交通运输、市场监管、口岸物流等部门和成都海关、国家外汇管理局四川省分局等单位按照各自职责做好相关工作。",
                   "区（市）县人民政府负责本辖区跨境电子商务发展促进工作。"]),
        ("第二章　主体培育", None),
        ("第四条", ["支持传统外贸企业、生产制造企业通过跨境电子商务拓展国际市场。对首次开展跨境电子商务出口业务且年度出口额达到100万元以上的企业，按照有关规定给予一次性奖励。"]),
        ("第五条", ["鼓励国内外知名跨境电子商务平台、品牌企业在本市设立区域总部、结算中心和运营中心。对新引进的跨境电子商务平台企业，由所在地区（市）县人民政府按照“一事一议”方式给予支持。"]),
        ("第六条", ["中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区应当开展跨境电子商务制度创新，在跨境电子商务出口退货、保税备货、离境退税等方面先行先试，经验成熟后在全市复制推广。"]),
        ("第七条", ["推动跨境电子商务产业园区建设。市商务主管部门会同有关部门制定产业园区认定标准，对认定为市级跨境电子商务产业园区的，按照有关规定给予运营补助。"]),
        ("第三章　物流与通道", None),
        ("第八条", ["依托中欧班列（成渝）、国际航空货运航线和西部陆海新通道，构建覆盖共建“一带一路”国家和地区的跨境电子商务国际物流网络。支持企业利用中欧班列开展跨境电子商务出口运输，对经青白江铁路口岸出境的跨境电子商务货物实行优先配载。"]),
        ("第九条", ["支持企业在共建“一带一路”国家和地区布局海外仓。对经认定的公共海外仓，按照其仓储面积和服务企业数量给予补助，单个海外仓年度补助最高不超过200万元。"]),
        ("第十条", ["成都双流综合保税区、成都高新综合保税区应当完善跨境电子商务网购保税进口和特殊区域出口监管设施，推行“先入区、后报关”等便利措施，提升通关效率。"]),
        ("第四章　服务与保障", None),
        ("第十一条", ["市口岸物流主管部门应当会同成都海关推进国际贸易“单一窗口”跨境电子商务功能建设，实现申报、查验、放行、退税、结汇等环节“一网通办”。"]),
        ("第十二条", ["支持金融机构为跨境电子商务企业提供出口信用保险、跨境人民币结算、供应链融资等服务。鼓励支付机构依法开展跨境支付业务。"]),
        ("第十三条", ["市场监管、商务等部门应当建立跨境电子商务企业信用评价制度，对信用良好的企业实施便利化措施，对严重失信主体依法实施联合惩戒。"]),
        ("第十四条", ["支持高等院校、职业院校开设跨境电子商务相关专业，与企业共建实训基地。对引进的跨境电子商务高层次人才，按照本市人才政策给予支持。"]),
        ("第五章　附则", None),
        ("第十五条", ["本办法所称公共海外仓，是指由跨境电子商务企业在境外建设或者租赁，面向本市企业提供仓储、分拣、配送、退换货等服务的仓储设施。"]),
        ("第十六条", ["本办法自　　年　　月　　日起施行。"]),
    ]
    for label, ps in arts:
        if ps is None:
            chapter(doc, label)
            continue
        c = article(doc, label, ps)
        clauses.append(c)
        if label == "第六条":
            specific[c[:30]] = ["中国（四川）自由贸易试验区成都天府新区片区", "中国（四川）自由贸易试验区成都青白江铁路港片区"]
        if label == "第十条":
            specific[c[:30]] = ["成都双流综合保税区", "成都高新综合保税区"]
    doc1 = {"meta": meta(title=t1, doc_number=None, issuer=["成都市商务局"], date=None,
                         published=None, level="municipal", region="成都市", effective=None,
                         doc_type="征求意见稿"),
            "clauses": clauses, "applies_to": {"specific": specific}}

    # ---- 起草说明 in a new section (new page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    t2 = "关于《成都市跨境电子商务发展促进办法（征求意见稿）》的起草说明"
    title(doc, "关于《成都市跨境电子商务发展促进办法\n（征求意见稿）》的起草说明")
    cl2 = []

    def p2(t):
        para(doc, t)
        cl2.append(t)

    def h1(t):
        para(doc, [(t, HEI)])

    def runin(head, body):
        para(doc, [(head, KAI), (body, FS)])
        cl2.append(head + body)

    h1("一、起草背景")
    p2("2016年1月，国务院批复同意设立中国（成都）跨境电子商务综合试验区。近年来，本市跨境电子商务规模持续扩大，2024年全市跨境电子商务交易额达到1186亿元，同比增长14.2%，培育跨境电子商务经营主体3400余家，建成公共海外仓27个。")
    p2("与此同时，本市跨境电子商务发展仍面临经营主体规模偏小、国际物流成本偏高、支持政策分散等问题。为将综合试验区建设中行之有效的经验做法上升为制度规范，稳定市场主体预期，有必要制定《成都市跨境电子商务发展促进办法》（以下简称《办法》）。")
    h1("二、起草过程")
    p2("2024年6月起，市商务局成立起草工作专班，先后赴天府新区、青白江区、双流区、高新区等地开展调研，召开企业座谈会6场，梳理外省市相关立法经验，形成《办法》初稿。")
    p2("2024年12月，书面征求了市级有关部门和各区（市）县人民政府意见，共收到反馈意见43条，采纳31条，部分采纳7条，未采纳5条并已沟通说明。2025年3月，经市商务局局务会审议，形成本征求意见稿。")
    h1("三、主要内容")
    p2("《办法》共五章十六条，主要内容如下：")
    runin("（一）明确管理体制。", "《办法》第三条明确了市人民政府统筹、市商务主管部门综合协调、有关部门和区（市）县人民政府分工负责的工作机制，建立跨境电子商务发展联席会议制度。")
    runin("（二）加强主体培育。", "《办法》第二章从传统外贸企业转型、平台企业引进、自由贸易试验区制度创新和产业园区建设等方面规定了培育措施。")
    runin("（三）畅通物流通道。", "《办法》第三章围绕中欧班列（成渝）、西部陆海新通道和国际航空货运，对国际物流网络、公共海外仓和综合保税区监管设施建设作出规定。")
    runin("（四）强化服务保障。", "《办法》第四章对国际贸易“单一窗口”建设、金融服务、信用评价和人才培养等作出规定。")
    signoff(doc, "成都市商务局", "2025年3月18日")
    doc2 = {"meta": meta(title=t2, doc_number=None, issuer=["成都市商务局"], date="2025-03-18",
                         published=None, level="municipal", region="成都市", effective=None,
                         doc_type="起草说明"),
            "clauses": cl2, "applies_to": {"specific": {}}}
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [doc1, doc2]


# =========================================================== 2. 广西 修改前后对照表
def make_guangxi():
    stem = "blind291_guangxi_duizhaobiao"
    doc = Document()
    setup(doc)
    para(doc, [("附件", HEI)], indent=False)
    t = "《广西壮族自治区跨境电子商务综合试验区建设管理办法》修改前后对照表"
    title(doc, "《广西壮族自治区跨境电子商务综合试验区\n建设管理办法》修改前后对照表", size=Pt(20))
    A = "原条文"
    B = "修改后条文"
    C = "修改理由"
    R_BEIAN = "落实“放管服”改革要求，将审批改为备案管理。"
    rows = [
        ("CH", "第一章　总则"),
        ("第一条　为了推进跨境电子商务综合试验区建设，促进跨境电子商务健康发展，根据国家有关规定，结合本自治区实际，制定本办法。",
         "第一条　为了推进跨境电子商务综合试验区建设，促进跨境电子商务高质量发展，服务共建“一带一路”和中国—东盟自由贸易区3.0版建设，根据国家有关规定，结合本自治区实际，制定本办法。",
         "衔接共建“一带一路”和中国—东盟自由贸易区3.0版升级要求，完善立法目的。"),
        ("第三条　自治区商务厅负责全区跨境电子商务综合试验区建设的统筹协调和指导工作。",
         "第三条　自治区商务主管部门负责全区跨境电子商务综合试验区建设的统筹协调和指导工作。自治区发展改革、工业和信息化、财政、交通运输、市场监管、口岸管理等部门和南宁海关、国家外汇管理局广西壮族自治区分局等单位按照各自职责做好相关工作。",
         "根据机构改革后的部门职责调整，规范部门表述，明确有关部门职责。"),
        ("第五条　设区的市人民政府应当制定跨境电子商务综合试验区实施方案，报自治区人民政府批准后实施。",
         "第五条　跨境电子商务综合试验区所在地设区的市人民政府应当制定实施方案，报自治区商务主管部门备案后实施。",
         R_BEIAN),
        ("第六条　跨境电子商务产业园区的设立，由所在地设区的市人民政府报自治区商务厅审批。",
         "第六条　跨境电子商务产业园区的设立，由所在地设区的市人民政府报自治区商务主管部门备案。",
         "MERGE"),
        ("CH", "第二章　综合试验区建设"),
        ("（新增）",
         "第八条　中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区应当在跨境电子商务通关监管、跨境数据流动、跨境支付结算等领域开展首创性、差异化改革探索，形成可复制推广的制度创新成果。",
         "新增条款。发挥自由贸易试验区改革开放试验田作用，支持各片区在跨境电子商务领域先行先试。"),
        ("第八条　跨境电子商务企业开展进出口业务，应当向海关提交纸质单证，海关在五个工作日内办结。",
         "（删除）",
         "跨境电子商务进出口业务已全面实行无纸化申报，该条规定不再适用。"),
        ("第九条　鼓励跨境电子商务企业在东盟国家设立海外仓。",
         "第十条　鼓励跨境电子商务企业在东盟国家和其他共建“一带一路”国家设立海外仓，对经认定的自治区级公共海外仓给予支持。",
         "扩大海外仓布局范围，增加支持措施。"),
        ("（新增）",
         "第十一条　东兴市、凭祥市人民政府应当依托边民互市贸易区（点），探索“跨境电子商务＋边民互市”融合发展模式，推动互市进口商品落地加工。",
         "新增条款。总结边境地区创新做法，推动边境贸易转型升级。"),
        ("第十二条　跨境电子商务企业应当按照规定向商务主管部门报送经营数据。",
         "第十三条　跨境电子商务企业应当按照规定通过跨境电子商务线上综合服务平台报送经营数据，有关部门应当实现数据共享，不得要求企业重复报送。",
         "减轻企业负担，推动数据“一次报送、多方共享”。"),
        ("CH", "第三章　保障措施"),
        ("第十五条　自治区财政每年安排专项资金，支持跨境电子商务综合试验区建设。",
         "第十六条　自治区统筹利用外经贸发展等相关专项资金，支持跨境电子商务综合试验区建设，重点支持公共服务平台、公共海外仓和人才培养。",
         "根据财政专项资金管理改革要求调整资金安排方式。"),
        ("第十七条　跨境电子商务企业违反本办法规定的，由有关部门责令改正，并处一万元以上三万元以下罚款。",
         "（删除）",
         "规范性文件不得设定行政处罚，予以删除。"),
        ("CH", "第四章　附则"),
        ("第二十条　本办法自2019年3月1日起施行。",
         "第二十条　本办法自2024年12月1日起施行。",
         "修订后重新公布施行。"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(6.6), Cm(6.6), Cm(3.4))
    hdr = tbl.rows[0]
    for i, h in enumerate((A, B, C)):
        cell_text(hdr.cells[i], h, HEI, Pt(14), align=WD_ALIGN_PARAGRAPH.CENTER)
        hdr.cells[i].width = widths[i]
    repeat_header(hdr)
    clauses = []
    specific = {}
    prev_reason_cell = None
    prev_reason = None
    for r in rows:
        row = tbl.add_row()
        for i in range(3):
            row.cells[i].width = widths[i]
        if r[0] == "CH":
            m = row.cells[0].merge(row.cells[2])
            cell_text(m, r[1], HEI, Pt(13), align=WD_ALIGN_PARAGRAPH.CENTER)
            prev_reason_cell = None
            continue
        a, b, c = r
        cell_text(row.cells[0], a)
        cell_text(row.cells[1], b)
        if c == "MERGE":
            m = prev_reason_cell.merge(row.cells[2])
            cell_text(m, prev_reason)
            c = prev_reason
        else:
            cell_text(row.cells[2], c)
            prev_reason_cell, prev_reason = row.cells[2], c
        cl = "%s：%s；%s：%s；%s：%s" % (A, a, B, b, C, c)
        clauses.append(cl)
        if "南宁片区、钦州港片区" in b:
            specific[cl[:40]] = ["中国（广西）自由贸易试验区南宁片区", "中国（广西）自由贸易试验区钦州港片区",
                                 "中国（广西）自由贸易试验区崇左片区"]
        if "东兴市、凭祥市" in b:
            specific[cl[:40]] = ["东兴市", "凭祥市"]
    signoff(doc, "广西壮族自治区商务厅", "2024年11月8日", right_cm=3)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{"meta": meta(title=t, doc_number=None, issuer=["广西壮族自治区商务厅"],
                                    date="2024-11-08", published=None, level="provincial",
                                    region="广西壮族自治区", effective=None, doc_type="修改对照表"),
                       "clauses": clauses, "applies_to": {"specific": specific}}]


# =========================================================== 3. 云南 修改和废止规章的决定
def make_yunnan():
    stem = "blind291_yunnan_jueding"
    doc = Document()
    setup(doc)
    # 版头
    p = para(doc, [("云南省人民政府文件", XBS, Pt(46), False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, before=20, after=30, line=Pt(60))
    for r in p.runs:
        rpr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), "-20")
        rpr.append(sp)
    docno = "云政发〔2025〕18号"
    p = para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=4)
    border(p, "bottom", sz=18, color="E60012", space=10)
    para(doc, "", indent=False)
    t = "云南省人民政府关于修改和废止部分省政府规章的决定"
    title(doc, "云南省人民政府关于修改和废止\n部分省政府规章的决定", after=20)
    para(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)
    clauses = []

    def p_(t_):
        para(doc, t_)
        clauses.append(t_)

    p_("为深入贯彻党中央、国务院关于推进高水平对外开放、持续优化营商环境的决策部署，推动中国（云南）自由贸易试验区高质量发展和面向南亚东南亚辐射中心建设，维护国家法制统一，省人民政府对涉及口岸管理、跨境贸易和外商投资的省政府规章进行了专项清理。经2025年4月22日省人民政府第58次常务会议审议通过，决定：")
    para(doc, [("一、对下列规章作出修改：", HEI)])
    mods = [
        "（一）将《云南省口岸管理办法》（2013年云南省人民政府令第185号公布）第五条修改为：“县级以上人民政府口岸管理部门负责本行政区域内口岸规划建设的统筹协调，推进口岸数字化、智能化建设，优化口岸通关环境。海关、移民管理等口岸查验机构按照各自职责做好口岸查验工作。”",
        "（二）删去《云南省口岸管理办法》第十二条。",
        "（三）将《云南省口岸管理办法》第十六条第一款中的“报省人民政府审批”修改为“报省人民政府口岸管理部门备案”。",
        "（四）在《云南省口岸管理办法》第二十条后增加一条，作为第二十一条：“中国（云南）自由贸易试验区红河片区、德宏片区应当依托河口、瑞丽口岸，探索开展跨境电子商务与边民互市贸易融合发展试点，推动边民互市进口商品落地加工。”",
        "（五）将《云南省促进跨境电子商务发展办法》（2018年云南省人民政府令第208号公布）第三条中的“省商务厅”修改为“省商务主管部门”，“省发展改革委”修改为“省发展改革部门”。",
        "（六）将《云南省促进跨境电子商务发展办法》第九条修改为：“支持企业在南亚东南亚国家和地区建设海外仓、展示中心和售后服务网点。对经认定的省级公共海外仓，按照有关规定给予支持。”",
        "（七）删去《云南省促进跨境电子商务发展办法》第十五条、第十六条。",
    ]
    for m in mods:
        p_(m)
    para(doc, [("二、废止下列规章：", HEI)])
    reps = [
        "（一）《云南省边境贸易管理暂行规定》（1998年云南省人民政府令第62号公布）",
        "（二）《云南省瑞丽姐告边境贸易区管理规定》（2002年云南省人民政府令第112号公布）",
        "（三）《云南省外商投资企业审批管理办法》（2004年云南省人民政府令第128号公布）",
    ]
    for m in reps:
        p_(m)
    p_("《云南省口岸管理办法》《云南省促进跨境电子商务发展办法》根据本决定作相应修改，对条文顺序作相应调整后，重新公布。")
    p_("本决定自2025年6月1日起施行。")
    signoff(doc, "云南省人民政府", "2025年4月28日")
    para(doc, "（此件公开发布）", before=6)
    # 版记 on a new page at the bottom-ish: blank lines then bordered lines
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for _ in range(14):
        para(doc, "", indent=False)
    p = para(doc, [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，云南省军区。", FS, Pt(14))],
             indent=False, line=Pt(22))
    p.paragraph_format.left_indent = Cm(0.7)
    p.paragraph_format.first_line_indent = Cm(-0)
    border(p, "top", sz=8)
    p = para(doc, [("云南省人民政府办公厅", FS, Pt(14)), ("\t2025年4月30日印发", FS, Pt(14))],
             indent=False, line=Pt(22))
    p.paragraph_format.left_indent = Cm(0.7)
    p.paragraph_format.right_indent = Cm(0.7)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.9), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "top", sz=4)
    border(p, "bottom", sz=8)
    specific = {clauses[4][:30]: ["中国（云南）自由贸易试验区红河片区", "中国（云南）自由贸易试验区德宏片区"]}
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{"meta": meta(title=t, doc_number=docno, issuer=["云南省人民政府"], date="2025-04-28",
                                    published="2025-04-30", level="provincial", region="云南省",
                                    effective="2025-06-01", doc_type="决定",
                                    recipients=["各州、市人民政府", "省直各委、办、厅、局"],
                                    publicity="此件公开发布",
                                    repeals="《云南省边境贸易管理暂行规定》；《云南省瑞丽姐告边境贸易区管理规定》；《云南省外商投资企业审批管理办法》"),
                       "clauses": clauses, "applies_to": {"specific": specific}}]


# =========================================================== 4. 湖南 司法厅 公告 (HTML) + 附件 征求意见稿
def make_hunan():
    stem = "blind291_hunan_gonggao"
    t1 = "湖南省司法厅关于公开征求《湖南省综合保税区管理办法（征求意见稿）》意见的公告"
    body = [
        "为推动综合保税区高水平开放高质量发展，服务中国（湖南）自由贸易试验区和中非经贸深度合作先行区建设，省商务厅起草了《湖南省综合保税区管理办法（送审稿）》，报请省人民政府审议。为增强立法的公开性和透明度，提高立法质量，现将《湖南省综合保税区管理办法（征求意见稿）》全文公布，征求社会各界意见。有关单位和各界人士可以在2025年7月10日前，通过以下方式提出意见：",
        "一、通过电子邮件将意见发送至：hnsft_lfec@163.com，邮件主题请注明“综合保税区管理办法征求意见”。",
        "二、通过信函将意见寄至：长沙市天心区湘府西路68号湖南省司法厅立法二处（邮政编码：410004），并在信封上注明“综合保税区管理办法征求意见”字样。",
        "三、通过传真将意见发送至：0731-84106237。",
        "联系人：周晓岚；联系电话：0731-84106239。",
    ]
    att = "湖南省综合保税区管理办法（征求意见稿）"
    arts = [
        ("第一条", "为了规范综合保税区的建设和管理，推动综合保税区高水平开放高质量发展，服务共建“一带一路”和中非经贸合作，根据《中华人民共和国海关法》等法律、行政法规和国家有关规定，结合本省实际，制定本办法。"),
        ("第二条", "本省行政区域内经国务院批准设立的综合保税区的规划建设、运营管理、产业发展及相关服务保障活动，适用本办法。"),
        ("第三条", "省人民政府建立全省综合保税区工作协调机制，研究解决综合保税区发展中的重大问题。<br>综合保税区所在地设区的市人民政府（以下简称所在地市人民政府）负责本行政区域内综合保税区的建设、管理和服务保障工作。"),
        ("第四条", "综合保税区应当设立管理机构，负责综合保税区的规划实施、招商引资、企业服务和日常管理工作。"),
        ("第五条", "长沙黄花综合保税区应当依托长沙黄花国际机场航空口岸，重点发展航空物流、跨境电子商务、保税维修和保税研发等业态，建设内陆地区航空货运枢纽。"),
        ("第六条", "岳阳城陵矶综合保税区应当发挥长江航运和城陵矶港口岸优势，重点发展大宗商品保税仓储、冷链物流和转口贸易，建设长江中游国际物流中心。"),
        ("第七条", "支持综合保税区内企业开展非洲非资源性产品进口、保税展示交易和中非跨境人民币结算业务，拓展与共建“一带一路”国家和地区的经贸合作。"),
        ("第八条", "综合保税区内企业开展跨境电子商务网购保税进口业务的，应当建立商品质量追溯制度，按照规定向海关传输交易、支付、物流电子信息。"),
        ("第九条", "支持综合保税区与中欧班列（长沙）、湘粤非铁海联运通道和国际货运航线有效衔接，推行“区港联动”“一单到底”等多式联运模式。"),
        ("第十条", "海关、税务、外汇管理等部门应当按照各自职责，优化综合保税区监管和服务流程，推行智能化卡口和非侵入式查验，提高通关效率。"),
        ("第十一条", "所在地市人民政府应当在土地利用、基础设施建设和人才引进等方面对综合保税区给予支持，保障综合保税区发展需要。"),
        ("第十二条", "综合保税区管理机构及其工作人员在综合保税区建设和管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"),
        ("第十三条", "本办法自　　年　　月　　日起施行。"),
    ]
    ps = "\n".join('        <p style="text-indent:2em;">%s</p>' % b for b in body[:1])
    items = "\n".join('        <p style="text-indent:2em;">%s</p>' % b for b in body[1:])
    art_html = "\n".join('        <p style="text-indent:2em;"><strong>%s</strong>&nbsp;&nbsp;%s</p>' % (a, b)
                         for a, b in arts)
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="湖南省司法厅">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="%(t1)s">
<meta name="PubDate" content="2025-06-10 09:32">
<title>%(t1)s_通知公告_湖南省司法厅</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问湖南省司法厅门户网站</span><a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">繁體</a></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/">湖南省司法厅</a>
<form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/">机构概况</a></li><li><a href="/">政务公开</a></li>
<li><a href="/">立法工作</a></li><li><a href="/">公共法律服务</a></li><li><a href="/">互动交流</a></li></ul></div>
<div class="w1200 main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/">立法工作</a> &gt; <a href="/">通知公告</a></div>
  <div class="article">
    <h1 class="art-title">湖南省司法厅关于公开征求《湖南省综合保税区<br>管理办法（征求意见稿）》意见的公告</h1>
    <div class="art-info"><span>发布时间：2025-06-10 09:32</span><span>来源：立法二处</span><span>浏览次数：1862</span>
      <span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
    <div class="art-content" id="zoom">
%(ps)s
%(items)s
        <p style="text-indent:2em;">附件：<a href="/uploads/2025/06/10/zbqglbf_zqyjg.docx">湖南省综合保税区管理办法（征求意见稿）.docx</a></p>
        <p>&nbsp;</p>
        <p style="text-align:right;padding-right:4em;">湖南省司法厅</p>
        <p style="text-align:right;padding-right:3em;">2025年6月10日</p>
        <p>&nbsp;</p>
        <p style="text-align:left;"><strong>附件</strong></p>
        <p style="text-align:center;font-size:22px;"><strong>湖南省综合保税区管理办法<br>（征求意见稿）</strong></p>
%(art_html)s
    </div>
    <div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a>
      <span>分享到：微信 微博 QQ空间</span></div>
  </div>
  <div class="related"><h3>相关文章</h3><ul>
    <li><a href="/">湖南省司法厅关于公开征求《湖南省外商投资促进条例（草案）》意见的公告</a><span>2025-04-18</span></li>
    <li><a href="/">2025年度省政府立法计划公布</a><span>2025-03-03</span></li></ul></div>
</div>
<div class="footer"><div class="w1200">
  <p>主办：湖南省司法厅　　地址：长沙市天心区湘府西路68号　　邮编：410004</p>
  <p>湘ICP备05002316号-1　　湘公网安备 43010302000123号　　网站标识码：4300000027</p>
</div></div>
</body>
</html>
""" % {"t1": t1, "ps": ps, "items": items, "art_html": art_html}
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    doc1 = {"meta": meta(title=t1, doc_number=None, issuer=["湖南省司法厅"], date="2025-06-10",
                         published="2025-06-10", level="provincial", region="湖南省", effective=None,
                         attachments=[att], doc_type="公告", recipients=[], publicity=None),
            "clauses": body, "applies_to": {"specific": {}}}
    cl2 = [a + "　" + b.replace("<br>", "\n") for a, b in arts]
    spec2 = {cl2[4][:30]: ["长沙黄花综合保税区"], cl2[5][:30]: ["岳阳城陵矶综合保税区"]}
    doc2 = {"meta": meta(title=att, doc_number=None, issuer=["湖南省司法厅"], date=None,
                         published="2025-06-10", level="provincial", region="湖南省", effective=None,
                         doc_type="征求意见稿"),
            "clauses": cl2, "applies_to": {"specific": spec2}}
    EXPECTED[stem] = [doc1, doc2]


if __name__ == "__main__":
    make_chengdu()
    make_guangxi()
    make_yunnan()
    make_hunan()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("ok", sorted(EXPECTED))
