# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind test files, round 24: three fictional Chinese office files on Belt and Road /
pilot free trade zone topics, made the way offices make them (Word, then PDF where wanted).

All documents, 文号, names and figures are invented.  Run:  python make_blind24.py
Writes next to itself:
  blind24_footnotes.pdf      陕西省 印发通知 + 实施方案 with Word footnotes (① marks), one
                             paragraph broken across a page with the footnote area between
  blind24_work_bulletin.docx 重庆市商务委员会《自贸试验区工作动态》2024年第9期, five news items
  blind24_boxed_notice.pdf   大连市 通知 whose whole body sits in a one-cell bordered table over
                             two pages, then a 附件 table of 8 rows
  expected.json
"""

import json
import os
import re
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# ----------------------------------------------------------------------------- helpers

def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts xmlns:w="%s"/>' % W_NS)
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, indent_chars=2, line=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False


def setup_section(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def add_page_number_footer(section):
    """— 1 — style page number (4号 宋体), centred, in the footer."""
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, SONG, 14, ascii_font=SONG)
    r = p.add_run()
    set_font(r, SONG, 14, ascii_font=SONG)
    r._r.append(parse_xml('<w:fldChar xmlns:w="%s" w:fldCharType="begin"/>' % W_NS))
    r = p.add_run()
    set_font(r, SONG, 14, ascii_font=SONG)
    r._r.append(parse_xml('<w:instrText xmlns:w="%s" xml:space="preserve"> PAGE </w:instrText>' % W_NS))
    r = p.add_run()
    set_font(r, SONG, 14, ascii_font=SONG)
    r._r.append(parse_xml('<w:fldChar xmlns:w="%s" w:fldCharType="separate"/>' % W_NS))
    r = p.add_run("1")
    set_font(r, SONG, 14, ascii_font=SONG)
    r = p.add_run()
    r._r.append(parse_xml('<w:fldChar xmlns:w="%s" w:fldCharType="end"/>' % W_NS))
    r = p.add_run(" —")
    set_font(r, SONG, 14, ascii_font=SONG)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts xmlns:w="%s"/>' % W_NS)
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    setup_section(doc.sections[0])
    add_page_number_footer(doc.sections[0])
    return doc


TOKEN = re.compile(r"(\*\*.+?\*\*|\[\[.+?\]\])")


def plain(text):
    """Text a reader should see: bold markers and footnote bodies removed."""
    text = re.sub(r"\[\[.+?\]\]", "", text)
    return text.replace("**", "")


class Footnotes:
    """Minimal Word footnote support for python-docx (word/footnotes.xml part)."""

    def __init__(self, doc, num_fmt="decimalEnclosedCircleChinese"):
        self.doc = doc
        self.items = []
        self.num_fmt = num_fmt

    def ref_run(self, p, text):
        self.items.append(text)
        fid = len(self.items)
        r = p.add_run()
        set_font(r, FS, 16)
        r.font.superscript = True
        r._r.append(parse_xml('<w:footnoteReference xmlns:w="%s" w:id="%d"/>' % (W_NS, fid)))

    def finish(self):
        body = []
        sep_ppr = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        body.append('<w:footnote w:type="separator" w:id="-1"><w:p>%s<w:r><w:separator/></w:r></w:p></w:footnote>' % sep_ppr)
        body.append('<w:footnote w:type="continuationSeparator" w:id="0"><w:p>%s<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' % sep_ppr)
        rfont = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>' % FS
        for i, t in enumerate(self.items, 1):
            t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            body.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="exact"/>'
                '<w:jc w:val="both"/></w:pPr>'
                '<w:r><w:rPr>%s<w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:rPr>%s<w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r>'
                '</w:p></w:footnote>' % (i, rfont, rfont, t)
            )
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:footnotes xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">%s</w:footnotes>'
               % (W_NS, "".join(body)))
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # settings: declare the special footnotes
        settings = self.doc.settings.element
        fp = parse_xml('<w:footnotePr xmlns:w="%s"><w:numFmt w:val="%s"/><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % (W_NS, self.num_fmt))
        settings.append(fp)
        # section: circled numbers, numbering restarts never
        for sect in self.doc.sections:
            sp = sect._sectPr
            refs = sp.findall(qn("w:headerReference")) + sp.findall(qn("w:footerReference"))
            fpr = parse_xml('<w:footnotePr xmlns:w="%s"><w:numFmt w:val="%s"/></w:footnotePr>' % (W_NS, self.num_fmt))
            if refs:
                refs[-1].addnext(fpr)
            else:
                sp.insert(0, fpr)


def body_para(container, text, fn=None, east=FS, indent=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold_east=KAI, size=16, line=28):
    """Body paragraph; '**x**' = bold run (楷体/黑体 lead-in), '[[x]]' = footnote."""
    p = container.add_paragraph()
    fmt_para(p, align=align, indent_chars=indent, line=line, size=size)
    for tok in TOKEN.split(text):
        if not tok:
            continue
        if tok.startswith("**"):
            r = p.add_run(tok[2:-2])
            set_font(r, bold_east, size, bold=True)
        elif tok.startswith("[["):
            fn.ref_run(p, tok[2:-2])
        else:
            r = p.add_run(tok)
            set_font(r, east, size)
    return p


def line_para(container, text, east=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False, line=28, indent=0, color=None, before=0, after=0):
    p = container.add_paragraph()
    fmt_para(p, align=align, indent_chars=indent, line=line, before=before, after=after, size=size)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold=bold, color=color)
    return p


def para_border(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr xmlns:w="%s"><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>' % (W_NS, side, sz, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def table_borders(tbl, sz=8):
    tblpr = tbl._tbl.tblPr
    b = "".join('<w:%s w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % (s, sz) for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblpr.append(parse_xml('<w:tblBorders xmlns:w="%s">%s</w:tblBorders>' % (W_NS, b)))


def to_pdf(docx_path):
    outdir = os.path.dirname(docx_path)
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    os.remove(docx_path)


# ----------------------------------------------------------------------------- file 1

SX_TITLE = "陕西省人民政府办公厅关于印发深化中国（陕西）自由贸易试验区改革开放服务共建“一带一路”高质量发展实施方案的通知"
SX_NO = "陕政办发〔2024〕21号"
SX_ISSUER = "陕西省人民政府办公厅"
SX_DATE = "2024-05-16"

SX_NOTICE_BODY = "《深化中国（陕西）自由贸易试验区改革开放服务共建“一带一路”高质量发展实施方案》已经省政府同意，现印发给你们，请结合实际认真组织实施。"

# (kind, text): kind h1 = standalone heading, p = clause paragraph
SX_PLAN = [
    ("p", "为深入贯彻习近平总书记关于共建“一带一路”的重要论述和来陕考察重要讲话重要指示精神，落实《中国（陕西）自由贸易试验区总体方案》[[《中国（陕西）自由贸易试验区总体方案》：国务院2017年3月印发（国发〔2017〕21号），实施范围119.95平方公里，涵盖中心片区、西安国际港务区片区和杨凌示范区片区。]]，推动自贸试验区更好发挥改革开放“试验田”作用，服务共建“一带一路”高质量发展，结合我省实际，制定本方案。"),
    ("h1", "一、总体要求"),
    ("p", "以制度创新为核心，以可复制可推广为基本要求，聚焦贸易投资自由化便利化、国际物流通道建设和与共建“一带一路”国家经贸合作，到2027年，累计形成制度创新成果120项以上，中欧班列（西安）集结中心[[中欧班列（西安）集结中心：2020年经国家发展改革委批复建设的全国5个中欧班列集结中心示范工程之一，依托西安国际港站运营。]]年开行量稳定在5000列以上，自贸试验区以占全省不到千分之一的面积贡献全省四分之一以上的外商投资企业，建成服务共建“一带一路”的内陆改革开放高地。"),
    ("h1", "二、重点任务"),
    ("p", "**（一）提升国际物流通道能级。**高水平建设中欧班列（西安）集结中心，加密至中亚五国及欧洲主要节点城市的班列线路，推动“长安号”与西部陆海新通道[[西部陆海新通道：位于我国西部地区腹地，北接丝绸之路经济带，南连21世纪海上丝绸之路，协同衔接长江经济带，以重庆、成都、西安等为主要节点，经广西北部湾港等出海。]]班列常态化对接，扩大“中欧班列+跨境电商”“中欧班列+冷链”等特色班列规模。支持西安国际港务区建设陆港型国家物流枢纽，完善海关监管、多式联运、仓储分拨和供应链金融等配套功能，推动铁路运单物权化试点扩面，探索以“一单制”为核心的陆路贸易规则，为内陆企业提供全程可追溯、可融资、可交易的物流凭证服务。(省发展改革委、省交通运输厅、西安海关、西安国际港务区管委会按职责分工负责)"),
    ("p", "**（二）深化贸易便利化改革。**全面推广“两步申报”“提前申报”和“抵港直装”等通关模式，推进国际贸易“单一窗口”[[国际贸易“单一窗口”：指参与国际贸易和运输的各方，通过单一的平台提交标准化的信息和单证，以满足相关法律法规及管理的要求。]]功能向服务贸易、跨境物流、金融保险等领域延伸。在杨凌示范区片区开展农产品进出口检验检疫便利化试点，对共建“一带一路”国家的优质种苗、农业机械实施通关“绿色通道”。(西安海关、省商务厅、杨凌示范区管委会按职责分工负责)"),
    ("p", "**（三）扩大服务业和数字贸易开放。**支持自贸试验区内企业开展“丝路电商”[[“丝路电商”：我国与共建“一带一路”国家开展双边电子商务合作的重要平台，截至2023年底我国已与30个国家签署双边电子商务合作备忘录。]]合作，建设面向中亚的跨境电商海外仓和数字贸易服务平台。有序放宽软件和信息技术、检验检测、法律服务等领域准入限制，探索数据跨境流动安全管理机制，在确保数据安全的前提下支持企业依规开展数据出境。(省商务厅、省委网信办、省司法厅按职责分工负责)"),
    ("p", "**（四）推动投资自由化便利化。**全面落实外商投资准入前国民待遇加负面清单管理制度，建立外商投资企业“一站式”服务专班，推行“证照分离”改革全覆盖。支持自贸试验区与中亚国家共建产业园区和境外经贸合作区，引导优势产能有序“走出去”。(省商务厅、省市场监管局、省发展改革委按职责分工负责)"),
    ("p", "**（五）强化金融服务支撑。**支持开展本外币合一银行结算账户体系试点，扩大跨境贸易投资高水平开放试点范围。鼓励金融机构围绕中欧班列开发运费贷、仓单质押等产品，支持符合条件的企业在境外发行人民币债券。(人民银行陕西省分行、国家外汇管理局陕西省分局、省地方金融管理局按职责分工负责)"),
    ("p", "**（六）深化农业国际合作。**发挥杨凌示范区上海合作组织农业技术交流培训示范基地[[上海合作组织农业技术交流培训示范基地：2019年6月在上海合作组织成员国元首理事会第十九次会议上宣布设立，依托杨凌农业高新技术产业示范区建设。]]作用，面向共建“一带一路”国家开展旱作农业、节水灌溉等技术培训，推动农业科技成果跨境转化。(杨凌示范区管委会、省农业农村厅按职责分工负责)"),
    ("h1", "三、保障措施"),
    ("p", "**（一）加强组织领导。**省自贸试验区工作领导小组统筹推进本方案实施，各片区管委会要制定年度任务清单，明确责任分工和时间节点。"),
    ("p", "**（二）强化改革授权。**对各片区提出的改革事项，省级有关部门能够下放的一律下放，需国家层面授权的积极争取支持。"),
    ("p", "**（三）健全评估机制。**建立制度创新成果第三方评估和复制推广机制，每年对本方案落实情况开展评估，评估结果作为各片区年度考核的重要依据。"),
]


def make_footnotes_pdf():
    doc = new_doc()
    fn = Footnotes(doc)
    # ---- 印发通知 (page 1)
    line_para(doc, "", line=28)
    line_para(doc, SX_NO, align=WD_ALIGN_PARAGRAPH.CENTER)
    line_para(doc, "", line=28)
    p = line_para(doc, SX_TITLE, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    line_para(doc, "", line=28)
    line_para(doc, "各设区市人民政府，省人民政府各工作部门、各直属机构：")
    body_para(doc, SX_NOTICE_BODY)
    line_para(doc, "")
    line_para(doc, "")
    line_para(doc, SX_ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    line_para(doc, "2024年5月16日", align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
    line_para(doc, "（此件公开发布）", indent=2)
    page_break(doc)
    # ---- 实施方案
    line_para(doc, "深化中国（陕西）自由贸易试验区改革开放", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    line_para(doc, "服务共建“一带一路”高质量发展实施方案", east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    line_para(doc, "")
    for kind, text in SX_PLAN:
        if kind == "h1":
            line_para(doc, text, east=HEI, indent=2)
        else:
            body_para(doc, text, fn=fn)
    fn.finish()
    path = os.path.join(HERE, "blind24_footnotes.docx")
    doc.save(path)
    to_pdf(path)
    clauses = [SX_NOTICE_BODY] + [plain(t) for k, t in SX_PLAN if k == "p"]
    return {
        "blind24_footnotes": [{
            "meta": {"title": SX_TITLE, "doc_number": SX_NO, "issuer": SX_ISSUER, "date": SX_DATE},
            "clauses": clauses,
            "_note": ("One document: a 印发通知 (page 1) whose 实施方案 follows from page 2; the plan is part of the same "
                      "document (a reader giving the plan as a second document titled 深化中国（陕西）自由贸易试验区改革开放"
                      "服务共建“一带一路”高质量发展实施方案 with no 文号 of its own is defensible). Clauses are given WITHOUT the "
                      "footnote reference marks (①②…, printed as superscripts); keeping a mark inline is minor, but the "
                      "footnote texts (① 《中国（陕西）自由贸易试验区总体方案》：国务院2017年3月印发… etc., 6 notes) must NOT be "
                      "spliced into a body clause nor stand as clauses of their own; they are notes. Clause （一）提升国际物流通道"
                      "能级 runs across the page 2→3 break with footnotes ①② between its halves, and （三）扩大服务业和数字贸易开放 "
                      "runs across the page 3→4 break with footnotes ③④⑤ between its halves; both must come back whole. Standalone headings 一、总体要求 / 二、重点任务 / 三、保障措施 are section "
                      "headings, not clauses. Page numbers (— 2 —), 主送 line, signature, date and （此件公开发布） are not clauses. "
                      "The plan title is split over two centred lines."),
        }]
    }


# ----------------------------------------------------------------------------- file 2

CQ_TITLE = "自贸试验区工作动态"
CQ_NO = "2024年第9期"
CQ_ISSUER = "重庆市商务委员会"
CQ_DATE = "2024-09-20"

CQ_ITEMS = [
    ("西部陆海新通道班列1—8月开行量同比增长21%", [
        "据市口岸物流办统计，1—8月，西部陆海新通道铁海联运班列累计开行6215列，同比增长21.3%，运输货物33.6万标箱，货值超过290亿元。其中，自贸试验区内企业货量占比达到62%，通道辐射范围已拓展至全球123个国家和地区的514个港口。",
        "下一步，市商务委将会同两江新区、西永综保区等片区，推动“铁海联运一单制”扩大应用，支持更多区内外贸企业利用通道开展汽车整车、电子产品和消费品进出口。",
    ]),
    ("我市3项制度创新成果获商务部发文推广", [
        "9月上旬，商务部印发自由贸易试验区第五批“最佳实践案例”，我市报送的“陆海新通道多式联运‘一单制’”“中新跨境融资便利化服务”“汽车平行进口全链条监管”3项成果入选，入选数量居中西部省份前列。",
        "截至目前，重庆自贸试验区累计形成制度创新成果近百项，其中27项在全国复制推广。",
        "市商务委要求各片区对照国务院和商务部推广清单，逐项梳理落地情况，9月底前报送复制推广工作台账。",
    ]),
    ("中新（重庆）战略性互联互通示范项目金融峰会在渝举办", [
        "9月11日至12日，2024中新（重庆）战略性互联互通示范项目金融峰会在渝江北嘴举办，来自新加坡、东盟及共建“一带一路”国家的400余名金融机构和企业代表参会。",
        "峰会期间共签约项目42个、金额约576亿元，涉及跨境融资、绿色金融、供应链金融和航空租赁等领域。自贸试验区内企业通过中新互联互通项目累计实现跨境融资超过230亿美元。",
    ]),
    ("“铁路提单”融资结算业务累计突破百亿元", [
        "截至8月底，自贸试验区内银行机构累计办理基于国际铁路联运提单的信用证、押汇等融资结算业务1063笔，金额突破102亿元，较去年同期翻一番。铁路提单由此前的“运输凭证”逐步成为可流转、可融资的“物权凭证”。",
    ]),
    ("市商务委召开自贸试验区三季度工作推进会", [
        "9月18日，市商务委召开自贸试验区三季度工作推进会，通报前三季度重点任务推进情况，部署四季度工作。会议指出，今年以来，自贸试验区以全市不到千分之二的面积，贡献了全市近四分之一的外商投资企业和约五分之一的进出口额。",
        "会议要求，各片区要紧盯年度目标，加快推进对标高标准经贸规则试点任务，扎实做好自贸试验区建设十周年评估准备工作，确保全年各项任务按期完成。",
    ]),
]


def make_work_bulletin():
    doc = new_doc()
    red = RGBColor(0xFF, 0x00, 0x00)
    line_para(doc, CQ_TITLE, east=XBS, size=42, align=WD_ALIGN_PARAGRAPH.CENTER, line=60, color=red, before=12, after=6)
    line_para(doc, "2024年第9期（总第87期）", east=KAI, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0, line=30)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156), alignment=2)  # right tab
    r = p.add_run("重庆市商务委员会编印\t2024年9月20日")
    set_font(r, FS, 16)
    para_border(p, "bottom", "FF0000", 18)
    line_para(doc, "")
    line_para(doc, "本期要目", east=HEI, align=WD_ALIGN_PARAGRAPH.LEFT, indent=0)
    for t, _ in CQ_ITEMS:
        line_para(doc, "◆ " + t, east=KAI, indent=2)
    p = line_para(doc, "")
    para_border(p, "bottom", "000000", 6)
    line_para(doc, "")
    for t, paras in CQ_ITEMS:
        line_para(doc, t, east=HEI, size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=4)
        for x in paras:
            body_para(doc, x)
    line_para(doc, "")
    line_para(doc, "")
    p = line_para(doc, "", line=12)
    para_border(p, "bottom", "000000", 8)
    for x in ("报：商务部自贸区港司，市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。",
              "送：市委财经办，市发展改革委，市财政局，市口岸物流办，重庆海关，人民银行重庆市分行。",
              "发：自贸试验区各片区管委会，各区县（自治县）商务主管部门，委机关各处室。"):
        line_para(doc, x, size=14, indent=0)
    p = line_para(doc, "", line=12)
    para_border(p, "bottom", "000000", 8)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0, line=28, size=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156), alignment=2)
    r = p.add_run("责任编辑：自贸试验区建设处\t（共印60份）")
    set_font(r, FS, 14)
    doc.save(os.path.join(HERE, "blind24_work_bulletin.docx"))
    clauses = [x for _, ps in CQ_ITEMS for x in ps]
    return {
        "blind24_work_bulletin": [{
            "meta": {"title": CQ_TITLE, "doc_number": CQ_NO, "issuer": CQ_ISSUER, "date": CQ_DATE},
            "clauses": clauses,
            "_note": ("One issue of a 简报 = one document: title 自贸试验区工作动态, issue number 2024年第9期（总第87期） "
                      "stands in for the 文号, issuer from the 编印 line (重庆市商务委员会编印), date 2024年9月20日 from the same "
                      "line after a tab. The 10 clauses are the news paragraphs, grouped under five bold centred item titles: "
                      "[1] 西部陆海新通道班列1—8月开行量同比增长21% (2 paragraphs), [2] 我市3项制度创新成果获商务部发文推广 (3), "
                      "[3] 中新（重庆）战略性互联互通示范项目金融峰会在渝举办 (2), [4] “铁路提单”融资结算业务累计突破百亿元 (1), "
                      "[5] 市商务委召开自贸试验区三季度工作推进会 (2). Each paragraph should be attributable to its item title "
                      "(as heading/section); splitting the issue into five documents titled by the item titles is also "
                      "acceptable. Not clauses: the 本期要目 list (◆ lines repeating the titles), the 编印 line, the 报/送/发 "
                      "distribution block, 责任编辑 and （共印60份）. An item title glued onto the end of the previous item's "
                      "last paragraph, or a paragraph of one item filed under another item, is wrong."),
        }]
    }


# ----------------------------------------------------------------------------- file 3

DL_TITLE = "大连市人民政府办公室关于加快推进中国（辽宁）自由贸易试验区大连片区高质量发展服务共建“一带一路”的通知"
DL_NO = "大政办发〔2024〕23号"
DL_ISSUER = "大连市人民政府办公室"
DL_DATE = "2024-04-18"

DL_BODY = [
    ("p", "为深入实施自由贸易试验区提升战略，推动中国（辽宁）自由贸易试验区大连片区（以下简称大连片区）更好服务共建“一带一路”，经市政府同意，现就有关事项通知如下："),
    ("h1", "一、提升贸易投资便利化水平"),
    ("p", "（一）推进大连港口岸通关便利化。深化“船边直提”“抵港直装”改革，推广进口货物“两段准入”监管模式，力争2024年底前大连港进口、出口整体通关时间分别压缩至30小时、1.5小时以内。(责任单位：大连海关、市口岸办、大连港集团)"),
    ("p", "（二）深化外商投资管理改革。落实外商投资准入前国民待遇加负面清单管理制度，对日韩及共建“一带一路”国家投资项目实行“一对一”服务，外商投资企业设立登记实现“一网通办、一日办结”。(责任单位：市商务局、市市场监管局)"),
    ("p", "（三）发展离岸贸易和转口贸易。支持大连片区企业开展新型离岸国际贸易，指导银行优化真实性审核，便利离岸贸易跨境资金结算。(责任单位：人民银行大连市分行、国家外汇管理局大连市分局)"),
    ("h1", "二、拓展东北亚国际物流通道"),
    ("p", "（一）打造海铁联运枢纽。加密大连港至中亚、欧洲的海铁联运班列，推动“辽满欧”“辽蒙欧”通道稳定运行，支持中欧班列在大连港集结分拨，全年海铁联运量力争突破150万标箱。(责任单位：市交通运输局、市口岸办、中国铁路沈阳局集团大连车务段)"),
    ("p", "（二）建设冷链物流和大宗商品交易平台。依托大连港冷链物流园区和大连商品交易所，建设面向东北亚的冷链食品和大宗商品分拨中心，探索开展保税交割、仓单质押等业务。(责任单位：市发展改革委、大连商品交易所、金普新区管委会)"),
    ("p", "（三）推进北极航线和“冰上丝绸之路”合作。支持航运企业常态化开行大连至欧洲的北极东北航道航线，完善极地船舶补给和船员服务配套。(责任单位：市交通运输局、大连海事局)"),
    ("h1", "三、强化制度创新和风险防控"),
    ("p", "（一）加大首创性探索。围绕港航物流、生物医药、绿色低碳等领域每年形成10项以上制度创新案例，及时总结推广成熟经验。(责任单位：市商务局、大连片区管委会)"),
    ("p", "（二）健全风险防控体系。建立大连片区风险防控清单，加强对跨境资金流动、进出口商品质量安全和数据出境等领域的监测预警。(责任单位：大连片区管委会、市委网信办、大连海关)"),
    ("p", "各地区、各有关部门要按照附件任务分工抓好落实，重大事项及时向市政府报告。市商务局要加强跟踪督导，每半年将进展情况报市政府。"),
]

DL_ANNEX_TITLE = "大连片区2024年高质量发展重点任务分工表"
DL_ANNEX = [
    ("1", "大连港进出口通关时间压缩专项行动", "大连海关、市口岸办", "2024年12月底前"),
    ("2", "外商投资企业设立登记“一日办结”", "市市场监管局、市商务局", "2024年6月底前"),
    ("3", "新型离岸国际贸易业务试点", "人民银行大连市分行", "2024年9月底前"),
    ("4", "“辽满欧”“辽蒙欧”海铁联运班列加密", "市交通运输局、大连港集团", "2024年12月底前"),
    ("5", "东北亚冷链食品分拨中心建设", "市发展改革委、金普新区管委会", "2025年6月底前"),
    ("6", "北极东北航道常态化航线开行", "市交通运输局、大连海事局", "2024年10月底前"),
    ("7", "年度制度创新案例总结推广", "市商务局、大连片区管委会", "2024年11月底前"),
    ("8", "大连片区风险防控清单编制", "大连片区管委会、大连海关", "2024年7月底前"),
]


def make_boxed_notice():
    doc = new_doc()
    box = doc.add_table(rows=1, cols=1)
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(box, 12)
    box.autofit = False
    box._tbl.tblGrid.findall(qn("w:gridCol"))[0].set(qn("w:w"), str(int(Mm(156).twips)))
    cell = box.cell(0, 0)
    cell.width = Mm(156)
    # python-docx cell starts with an empty paragraph; use it for a top gap
    fmt_para(cell.paragraphs[0], indent_chars=0, line=20)
    line_para(cell, DL_TITLE, east=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=6)
    line_para(cell, DL_NO, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
    BS, BL = 15, 24  # the OA system prints the box in 小三 on 24-pt lines
    line_para(cell, "各区市县人民政府，各先导区管委会，市政府有关部门：", size=BS, line=BL)
    for kind, text in DL_BODY:
        if kind == "h1":
            line_para(cell, text, east=HEI, indent=2, size=BS, line=BL)
        else:
            body_para(cell, text, size=BS, line=BL)
    line_para(cell, "附件：" + DL_ANNEX_TITLE, indent=2, before=12, size=BS, line=BL)
    p = line_para(cell, DL_ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, size=BS, line=BL)
    p.paragraph_format.right_indent = Pt(45)
    p = line_para(cell, "2024年4月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, size=BS, line=BL)
    p.paragraph_format.right_indent = Pt(60)
    line_para(cell, "（此件公开发布）", indent=2, after=8, size=BS, line=BL)
    # ---- annex after the box
    line_para(doc, "")
    line_para(doc, "附件", east=HEI)
    line_para(doc, "")
    line_para(doc, DL_ANNEX_TITLE, east=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=8)
    t = doc.add_table(rows=1, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    table_borders(t, 6)
    widths = [Mm(14), Mm(62), Mm(44), Mm(36)]
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for i, h in enumerate(("序号", "项目名称", "责任单位", "完成时限")):
        c = t.rows[0].cells[i]
        c.width = widths[i]
        c.paragraphs[0].text = ""
        fmt_para(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, line=22, size=14)
        set_font(c.paragraphs[0].add_run(h), HEI, 14)
    for row in DL_ANNEX:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].width = widths[i]
            fmt_para(cells[i].paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0, line=22, size=14)
            set_font(cells[i].paragraphs[0].add_run(v), FS, 14)
    path = os.path.join(HERE, "blind24_boxed_notice.docx")
    doc.save(path)
    to_pdf(path)
    clauses = [t for k, t in DL_BODY if k == "p"] + [" | ".join(r) for r in DL_ANNEX]
    return {
        "blind24_boxed_notice": [{
            "meta": {"title": DL_TITLE, "doc_number": DL_NO, "issuer": DL_ISSUER, "date": DL_DATE},
            "clauses": clauses,
            "_note": ("Whole 通知 (title, 文号, 主送, body, 附件 line, signature, date, （此件公开发布）) sits inside ONE bordered "
                      "table cell that breaks across pages 1→2; it must be read as ordinary running text, not as a one-row "
                      "table nor one giant clause. Clauses: opening paragraph, the eight （一）-（三） items (numbering restarts "
                      "under each 一、/二、/三、 heading, so （一） appears three times), the closing paragraph, then the 8 rows "
                      "of the 附件 table after the box (cells joined here by ' | '; separator immaterial; header row "
                      "序号|项目名称|责任单位|完成时限 is not a clause). Standalone 一、/二、/三、 headings, 主送, the 附件： line, "
                      "signature, date, page numbers and the 附件 title 大连片区2024年高质量发展重点任务分工表 are not clauses. "
                      "The 附件 table may be treated as a separate attachment document; either way its rows must not be "
                      "glued onto the body's last clause."),
        }]
    }


def main():
    expected = {}
    expected.update(make_footnotes_pdf())
    expected.update(make_work_bulletin())
    expected.update(make_boxed_notice())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
