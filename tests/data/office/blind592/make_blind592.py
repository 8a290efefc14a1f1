# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 592: 市政府领导讲话印发通知 (Word + PDF + expected.json)."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"  # two full-width spaces typed by hand


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


def fmt(p, align=None, first=None, left=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def border(p, side="bottom", val="single", sz=12, color="FF0000", space=1):
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


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        add_page_number(s)
    return doc


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SONG, 14)
    r = set_font(p.add_run(), SONG, 14)
    add_field(r, " PAGE ")
    set_font(p.add_run(" —"), SONG, 14)


def line(doc, text, font=FS, size=16, bold=False, align=None, first=None, color=None, exact=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align=align, first=first, exact=exact, before=before, after=after)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def blank(doc, n=1):
    for _ in range(n):
        fmt(doc.add_paragraph(), exact=28)


class Body:
    """Collects clauses while writing body paragraphs."""

    def __init__(self, doc, manual_indent=False):
        self.doc = doc
        self.manual = manual_indent
        self.clauses = []

    def _p(self):
        p = self.doc.add_paragraph()
        if self.manual:
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Pt(32))
        return p

    def para(self, text, clause=True):
        p = self._p()
        set_font(p.add_run((IND if self.manual else "") + text), FS)
        if clause:
            self.clauses.append(text)
        return p

    def segs(self, segments):
        """One paragraph, soft line breaks (Shift+Enter) between segments."""
        p = self._p()
        for i, s in enumerate(segments):
            r = set_font(p.add_run((IND if (self.manual and i == 0) else "") + s), FS)
            if i < len(segments) - 1:
                r.add_break(WD_BREAK.LINE)
        self.clauses.append("".join(segments))
        return p

    def runin(self, head, rest, head_font=KT, bold=True):
        p = self._p()
        set_font(p.add_run((IND if self.manual else "") + head), head_font, 16, bold)
        set_font(p.add_run(rest), FS)
        self.clauses.append(head + rest)
        return p

    def heading(self, text, font=HT):
        p = self._p()
        set_font(p.add_run((IND if self.manual else "") + text), font, 16)
        return p


def title_block(doc, lines, size=22, before=0, after=0):
    for i, t in enumerate(lines):
        p = line(doc, t, XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36,
                 before=before if i == 0 else 0, after=after if i == len(lines) - 1 else 0)
    return p


def title_softbreak(doc, parts, size=22):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    for i, t in enumerate(parts):
        r = set_font(p.add_run(t), XBS, size)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def banji(doc, chaosong, organ, date_str):
    """版记: 抄送 + 印发 lines between black rules."""
    blank(doc, 2)
    p = line(doc, "抄送：" + chaosong, FS, 14, exact=24, first=Pt(14))
    border(p, "top", "single", 8, "000000", 4)
    border(p, "bottom", "single", 4, "000000", 4)
    p = line(doc, "\u3000" + organ + "\u3000" * 9 + date_str + "印发", FS, 14, exact=24)
    border(p, "bottom", "single", 8, "000000", 4)


def kill_table_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, color=None, exact=28):
    p = cell.paragraphs[0]
    fmt(p, align=align, exact=exact)
    set_font(p.add_run(text), font, size, bold, color)
    return p


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_592", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level="municipal", region=None, effective=None, expires=None,
                attachments=[], doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ================================================================ 1. 苏州
def make_suzhou():
    doc = new_doc()
    # joint red header laid out in a borderless table, "文件" in a merged cell
    tbl = doc.add_table(rows=2, cols=2)
    kill_table_borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.columns[0].width = Cm(11.5)
    tbl.columns[1].width = Cm(4.0)
    for r in tbl.rows:
        r.cells[0].width = Cm(11.5)
        r.cells[1].width = Cm(4.0)
    cell_text(tbl.cell(0, 0), "中共苏州市委办公室", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, exact=44)
    cell_text(tbl.cell(1, 0), "苏州市人民政府办公室", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, exact=44)
    m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    cell_text(m, "文件", XBS, 40, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=60)
    blank(doc, 1)
    p = line(doc, "苏委办发〔2026〕9号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "single", 18, "FF0000", 12)
    blank(doc, 1)

    t1 = ["中共苏州市委办公室\u3000苏州市人民政府办公室",
          "关于印发陈立群同志在全市自贸试验区",
          "建设推进大会上的讲话的通知"]
    title_block(doc, t1, after=14)
    notice_title = "中共苏州市委办公室 苏州市人民政府办公室关于印发陈立群同志在全市自贸试验区建设推进大会上的讲话的通知"

    line(doc, "各市、区委和人民政府，苏州工业园区、苏州高新区党工委和管委会，市委各部委办局，市各委办局（公司），市各直属单位：", FS, 16)
    nb = Body(doc, manual_indent=True)
    nb.para("现将市委副书记、市长陈立群同志在全市自贸试验区建设推进大会上的讲话印发给你们，请认真学习领会，结合实际抓好贯彻落实。")
    nb.para("各地各部门要对照讲话提出的目标任务，抓紧细化工作举措，明确责任分工，切实把各项部署要求落到实处。贯彻落实情况请于2026年6月30日前书面报送市商务局（市自贸办），由市商务局汇总后报市委、市政府。")
    blank(doc, 2)
    # 落款: two organs typed on one line with spaces, date under it
    line(doc, "\u3000\u3000\u3000中共苏州市委办公室\u3000\u3000\u3000苏州市人民政府办公室", FS, 16)
    line(doc, "\u3000" * 17 + "2026年3月10日", FS, 16)

    # ---- the speech follows on a new page, no 附件 label
    doc.add_page_break()
    title_block(doc, ["在全市自贸试验区建设推进大会上的讲话"], before=10, after=6)
    line(doc, "市委副书记、市长\u3000陈立群", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    line(doc, "（2026年3月5日）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

    sb = Body(doc, manual_indent=True)
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run("同志们："), FS)
    sb.clauses.append("同志们：")
    sb.para("今天，市委、市政府召开全市自贸试验区建设推进大会，主要任务是深入贯彻落实党的二十届四中全会精神和省委、省政府关于高水平推进自由贸易试验区建设的部署要求，总结中国（江苏）自由贸易试验区苏州片区挂牌以来的工作成效，分析当前面临的形势，部署2026年重点任务，动员全市上下以更大力度推进高水平制度型开放。刚才，市商务局（市自贸办）通报了2025年度全市自贸试验区建设推进情况，苏州工业园区、昆山市、张家港市作了交流发言，讲得都很好，希望大家相互学习借鉴。")
    sb.para("下面，我讲三点意见。")

    def h1(text):
        hp = doc.add_paragraph(style="Heading 1")
        fmt(hp, align=WD_ALIGN_PARAGRAPH.JUSTIFY, exact=28)
        set_font(hp.add_run(IND + text), HT, 16, False, RGBColor(0, 0, 0))

    h1("一、提高政治站位，深刻认识新形势下推进自贸试验区建设的重大意义")
    sb.para("自由贸易试验区是党中央在新时代推进改革开放的战略举措，是我国对外开放的“试验田”。2019年8月苏州片区挂牌以来，全市上下坚持以制度创新为核心，以可复制可推广为基本要求，大胆试、大胆闯、自主改，各项工作取得了明显成效。六年多来，苏州片区累计形成制度创新成果236项，其中38项在全国复制推广、61项在全省复制推广；以不到全市0.7%的面积，贡献了全市约14%的实际使用外资和约25%的进出口总额。2025年，苏州片区新设外商投资企业417家，实际使用外资23.6亿美元，同比增长9.8%；跨境电商进出口额突破320亿元，增长21.4%；中欧班列（苏州）累计开行突破3000列，“苏满欧”“苏新亚”等线路运行稳定，为全市稳外贸稳外资作出了重要贡献。")
    sb.para("成绩来之不易，问题也不容忽视。我们要清醒看到，当前外部环境更趋复杂严峻，全球产业链供应链加速重构，各地自贸试验区你追我赶、竞相发力，“不进则退、慢进也是退”。对照国家赋予的战略使命和高标准国际经贸规则，我们的制度创新还存在碎片化、浅层次的问题，首创性、集成性成果还不够多；片区与全市联动发展还不够紧密，改革红利溢出效应有待进一步释放；部分改革事项还停留在文件上，企业获得感还不够强。对此，我们必须保持清醒头脑，增强忧患意识，以只争朝夕的紧迫感抓好自贸试验区建设各项工作。")

    h1("二、聚焦重点任务，全力推动自贸试验区建设提质增效")
    sb.para("今年是“十五五”开局之年，也是自贸试验区提升战略深入实施的关键之年。我们要紧扣国家战略需求和苏州产业特色，重点在以下四个方面下功夫。")
    sb.runin("（一）在对接高标准经贸规则上求突破。", "要主动对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准国际经贸规则，在规则、规制、管理、标准等方面开展压力测试。要用足用好国务院关于在有条件的自由贸易试验区和自由贸易港试点对接国际高标准推进制度型开放的若干措施，围绕货物贸易、服务贸易、数字贸易、知识产权保护、政府采购等领域，年内推出不少于20项首创性制度创新成果。市商务局（市自贸办）要牵头建立制度创新需求清单、项目清单、成果清单“三张清单”，实行滚动管理、动态销号。")
    sb.runin("（二）在提升贸易投资便利化水平上求突破。", "要全面落实外商投资准入前国民待遇加负面清单管理制度，确保负面清单之外的领域内外资一视同仁、平等准入。要深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”“先放后检”等通关模式，进一步压缩进出口整体通关时间。要支持苏州工业园区综合保税区、昆山综合保税区开展保税研发、保税维修、保税检测等新业态，力争全市综合保税区进出口额增长8%以上。要做大做强跨境电商，加快建设跨境电商海外仓和公共服务平台，推动更多“苏州制造”通过跨境电商“卖全球”。")
    sb.runin("（三）在推动产业能级跃升上求突破。", "要坚持以开放促创新、以创新促产业，聚焦生物医药、纳米技术应用、人工智能等重点产业，开展全产业链集成创新。要深化生物医药研发用物品进口“白名单”制度，扩大特殊物品出入境便利化试点范围，让研发企业“少跑腿、快通关”。要推进数据跨境流动便利化，在苏州片区探索建立数据分类分级管理和跨境传输安全评估便捷通道，支持符合条件的企业开展数据出境“一站式”服务。要用好中欧班列和国际航空货运通道，做强国际物流枢纽功能，服务企业深度融入共建“一带一路”。")
    sb.runin("（四）在深化金融开放创新上求突破。", "要积极争取本外币合一银行结算账户体系、跨境贸易投资高水平开放等试点政策落地，扩大跨境人民币结算规模。要支持片区内企业开展跨国公司资金集中运营，探索跨境融资便利化新模式。要加快发展供应链金融、绿色金融、科技金融，引导金融机构创新适应外贸新业态的金融产品和服务，切实帮助企业降低汇率风险和融资成本。")

    h1("三、强化工作保障，凝聚推进自贸试验区建设的强大合力")
    sb.runin("（一）压紧压实工作责任。", "各地各部门要把自贸试验区建设作为“一把手”工程，主要负责同志要亲自研究、亲自部署、亲自督促。市自贸试验区工作领导小组要发挥统筹协调作用，每季度召开一次专题会议，研究解决重大问题。市各有关部门要主动认领任务，对照年度重点工作清单，明确时间表、路线图、责任人，确保各项任务落地见效。")
    sb.runin("（二）加大赋权和要素保障力度。", "要按照“能放尽放、应放尽放”的原则，进一步向苏州片区下放市级经济管理权限，确保放得下、接得住、管得好。要在用地指标、人才引进、资金支持等方面向片区倾斜，市级财政每年安排专项资金支持制度创新和产业发展。要建立容错纠错机制，鼓励干部大胆探索、担当作为，为敢于担当的干部担当、为敢于负责的干部负责。")
    sb.runin("（三）营造浓厚改革创新氛围。", "要加强对自贸试验区政策的宣传解读，及时总结推广典型经验和案例，讲好苏州自贸故事。要健全完善制度创新评估机制，委托第三方机构对创新成果开展评估，把企业满意度作为检验工作成效的重要标准。要健全风险防控体系，坚持“放得活”和“管得住”相统一，守住不发生系统性风险的底线。")
    sb.para("同志们，推进自贸试验区建设使命光荣、责任重大。让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委、省政府和市委的坚强领导下，解放思想、真抓实干，奋力推动苏州自贸试验区建设迈上新台阶，为谱写“强富美高”新苏州现代化建设新篇章作出新的更大贡献！")
    sb.para("谢谢大家！")

    banji(doc, "省商务厅，中国（江苏）自由贸易试验区工作办公室。", "中共苏州市委办公室", "2026年3月10日")

    stem = "blind592_suzhou_jianghua"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    exp = [
        {"meta": meta(title=notice_title, doc_number="苏委办发〔2026〕9号",
                      issuer=["中共苏州市委办公室", "苏州市人民政府办公室"], date="2026-03-10",
                      region="苏州市", doc_type="通知",
                      recipients=["各市、区委和人民政府", "苏州工业园区、苏州高新区党工委和管委会",
                                  "市委各部委办局", "市各委办局（公司）", "市各直属单位"]),
         "clauses": nb.clauses},
        {"meta": meta(title="在全市自贸试验区建设推进大会上的讲话", issuer=["陈立群"], date="2026-03-05",
                      region="苏州市", doc_type="讲话"),
         "clauses": sb.clauses},
    ]
    return stem, path, exp


# ================================================================ 2. 青岛
def make_qingdao():
    doc = new_doc()
    line(doc, "青岛市人民政府办公厅文件", XBS, 34, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=54, before=20)
    blank(doc, 1)
    p = line(doc, "青政办发〔2026〕5号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "single", 18, "FF0000", 12)
    blank(doc, 1)
    title_block(doc, ["青岛市人民政府办公厅", "关于印发刘文博同志在全市自贸试验区",
                      "建设推进大会上的讲话的通知"], after=14)
    notice_title = "青岛市人民政府办公厅关于印发刘文博同志在全市自贸试验区建设推进大会上的讲话的通知"
    line(doc, "各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位：", FS, 16)
    nb = Body(doc)
    nb.para("现将副市长刘文博同志在全市自贸试验区建设推进大会上的讲话和《青岛市2026年自贸试验区建设重点任务清单》印发给你们，请结合实际认真抓好贯彻落实。")
    nb.para("各牵头单位要按照任务清单明确的分工和时限要求，逐项制定具体落实措施，于每季度最后一个月的25日前将重点任务进展情况报送市商务局（市自贸办），由市商务局汇总后报市政府。")
    blank(doc, 1)
    line(doc, "附件：1．刘文博同志在全市自贸试验区建设推进大会上的讲话", FS, 16, first=Pt(32))
    line(doc, "\u3000\u3000\u3000\u3000\u3000 2．青岛市2026年自贸试验区建设重点任务清单", FS, 16)
    blank(doc, 3)
    line(doc, "\u3000" * 15 + "青岛市人民政府办公厅", FS, 16)
    line(doc, "\u3000" * 16 + "2026年3月13日", FS, 16)
    line(doc, "（此件公开发布）", FS, 16, first=Pt(32))

    # ---- 附件1 speech
    doc.add_page_break()
    line(doc, "附件1", HT, 16)
    blank(doc, 1)
    title_block(doc, ["在全市自贸试验区建设推进大会上的讲话"], after=6)
    line(doc, "刘文博", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    line(doc, "（2026年3月5日）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    blank(doc, 1)
    sb = Body(doc)
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run("同志们："), FS)
    sb.clauses.append("同志们：")
    sb.para("今天召开的全市自贸试验区建设推进大会，是市政府研究决定召开的一次重要会议。会议的主要任务是，全面贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，按照省委、省政府和市委、市政府工作要求，总结2025年中国（山东）自由贸易试验区青岛片区建设成效，安排部署2026年重点工作。刚才，西海岸新区、市商务局、青岛海关、中国人民银行青岛市分行分别作了发言，我都同意。下面，我讲三点意见。")
    sb.heading("一、客观看待成绩，进一步坚定推进自贸试验区建设的信心决心")
    sb.para("过去一年，在市委、市政府的坚强领导下，青岛片区坚持把制度创新作为核心任务，各项工作取得了新进展新成效。一是制度创新成果丰硕。全年形成制度创新案例47项，其中“海铁联运全程提单”“冷链食品进口集中查验”等6项案例在全国复制推广，累计形成制度创新成果达到312项。二是开放型经济量质齐升。片区全年实现进出口总额2860亿元，同比增长7.3%；实际使用外资12.4亿美元，同比增长11.2%；前湾综合保税区、青岛胶州湾综合保税区进出口额合计增长9.6%。三是开放平台功能持续增强。中欧班列（齐鲁号）青岛方向全年开行980列，上合示范区国际物流中心功能日益完善，全市跨境电商进出口额达到415亿元，同比增长18.7%。四是营商环境不断优化。企业开办实现“一日办结”，“一业一证”改革覆盖42个行业，经营主体活力进一步激发。")
    sb.para("在肯定成绩的同时，我们也要清醒认识到存在的差距和不足。主要是：制度创新的系统性、集成性还不强，有影响力的首创性成果偏少；片区产业集聚度不高，龙头企业和高能级项目引进还需加力；与上合示范区、青岛港等平台的协同联动还不够充分；部分政策宣传不到位，企业知晓率和获得感有待提升。这些问题，需要我们在今后的工作中认真加以解决。")
    blank(doc, 1)
    sb.heading("二、突出工作重点，推动自贸试验区建设再上新台阶")
    sb.para("2026年是“十五五”开局之年。全市自贸试验区建设要坚持以制度创新为核心，以服务国家战略为使命，以企业获得感为检验标准，着力在以下四个方面下功夫。")
    sb.runin("（一）着力深化首创性差别化改革。", "要聚焦海洋经济、国际航运、跨境贸易等青岛特色优势领域，加强改革系统集成，力争全年形成制度创新案例50项以上，其中首创性案例不少于15项。要主动对接《区域全面经济伙伴关系协定》（RCEP）和《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，在原产地规则、海关程序、知识产权保护、电子商务等领域先行先试。要建立“企业出题、部门答题、片区解题”的创新需求征集机制，让改革更加贴近经营主体需求。")
    sb.runin("（二）着力培育外贸新业态新模式。", "重点抓好三项工作：")
    sb.para("1.做大跨境电商规模。用好中国（青岛）跨境电子商务综合试验区政策，加快建设跨境电商产业园和海外仓公共服务平台，支持企业在共建“一带一路”国家和RCEP成员国布局海外仓，全年跨境电商进出口额增长15%以上。")
    sb.para("2.提升综合保税区发展质效。推动前湾综合保税区、青岛胶州湾综合保税区等海关特殊监管区域加快转型升级，积极发展保税维修、保税研发、保税展示交易、融资租赁等业态，提高综合保税区单位面积产出。")
    sb.para("3.拓展离岸贸易和服务贸易。支持符合条件的企业开展新型离岸国际贸易，推动银行优化真实性审核，提升资金结算便利度；大力发展数字贸易、技术贸易和文化贸易，培育一批服务贸易领军企业。")
    sb.runin("（三）着力提升国际物流通道能级。", "要充分发挥青岛港和中欧班列（齐鲁号）的优势，深化海铁联运“一单制”改革，推动海铁联运箱量稳步增长。要加强与上合示范区的联动，加密中欧班列至中亚、欧洲方向线路，全年青岛方向开行班列力争达到1000列以上。要积极对接西部陆海新通道，构建陆海内外联动、东西双向互济的物流网络，为共建“一带一路”提供有力支撑。")
    sb.runin("（四）着力推动金融领域开放创新。", "要积极争取跨国公司本外币一体化资金池、合格境外有限合伙人（QFLP）等试点扩容，推动跨境人民币结算便利化。要支持金融机构围绕航运物流、跨境电商、大宗商品贸易等场景开发专属金融产品，扩大出口信用保险覆盖面，切实帮助外贸企业应对汇率波动风险。")
    blank(doc, 1)
    sb.heading("三、强化组织保障，确保各项任务落地见效")
    sb.runin("（一）加强统筹协调。", "市自贸试验区建设工作领导小组要充分发挥牵头抓总作用，协调解决跨部门、跨领域重大问题。西海岸新区要切实履行片区建设主体责任，市直各有关部门要加强对片区的业务指导和政策支持，形成上下联动、齐抓共管的工作格局。")
    sb.runin("（二）强化督导考核。", "市政府已研究制定《青岛市2026年自贸试验区建设重点任务清单》，各牵头单位要对照清单抓紧制定具体落实措施。市政府办公厅将会同市商务局建立月调度、季通报、年考核工作机制，对工作推进不力的单位及时进行督导提醒。")
    sb.runin("（三）守牢风险防控底线。", "要坚持开放与安全并重，健全完善与开放水平相适应的风险防控体系，在重点领域建立风险监测预警清单。要加强对新业态新模式的包容审慎监管，坚决守住不发生区域性、系统性风险的底线。")
    sb.para("同志们，自贸试验区建设是一项长期而艰巨的任务。我们要以更加开放的姿态、更加务实的作风、更加有力的举措，奋力推动青岛自贸试验区建设取得新的更大成效，为加快建设新时代社会主义现代化国际大都市作出新的贡献！")
    sb.para("谢谢大家！")

    # ---- 附件2 task table
    doc.add_page_break()
    line(doc, "附件2", HT, 16)
    blank(doc, 1)
    list_title = "青岛市2026年自贸试验区建设重点任务清单"
    title_block(doc, [list_title], after=12)
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "围绕对接CPTPP、DEPA等高标准经贸规则开展压力测试，形成首创性制度创新成果不少于15项", "市商务局（市自贸办）", "西海岸新区管委，市司法局，市市场监管局", "2026年12月底"],
        ["2", "深化海铁联运“一单制”改革，推广应用海铁联运全程提单", "市交通运输局", "青岛海关，山东港口青岛港集团", "2026年9月底"],
        ["3", "加密中欧班列（齐鲁号）青岛方向开行线路，全年开行班列1000列以上", "市交通运输局", "市商务局，青岛海关", "2026年12月底"],
        ["4", "支持前湾综合保税区、青岛胶州湾综合保税区发展保税维修、保税研发等新业态", "市商务局", "青岛海关，西海岸新区管委，胶州市政府", "2026年10月底"],
        ["5", "建设跨境电商海外仓公共服务平台，新培育跨境电商品牌企业30家", "市商务局", "市财政局，青岛海关", "2026年11月底"],
        ["6", "开展跨国公司本外币一体化资金池试点，扩大跨境人民币结算规模", "中国人民银行青岛市分行", "市委金融办，国家外汇管理局青岛市分局", "2026年12月底"],
        ["7", "落实外商投资准入负面清单，召开外资企业圆桌会议不少于4次", "市商务局", "市发展改革委，市市场监管局", "2026年12月底"],
        ["8", "建立自贸试验区制度创新评估和容错纠错机制", "市委改革办", "市商务局，市司法局", "2026年6月底"],
        ["9", "完善自贸试验区风险防控体系，建立重点领域风险监测预警清单", "市商务局（市自贸办）", "青岛海关，市委金融办，市公安局", "2026年8月底"],
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    widths = [Cm(1.3), Cm(6.4), Cm(2.9), Cm(3.6), Cm(2.4)]
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for j, h in enumerate(header):
        c = tbl.cell(0, j)
        c.width = widths[j]
        cell_text(c, h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER, exact=20)
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    tclauses = []
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            c = tbl.cell(i, j)
            c.width = widths[j]
            cell_text(c, v, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER if j in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT, exact=20)
        tclauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))

    banji(doc, "市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，青岛警备区。",
          "青岛市人民政府办公厅", "2026年3月13日")

    stem = "blind592_qingdao_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    exp = [
        {"meta": meta(title=notice_title, doc_number="青政办发〔2026〕5号", issuer=["青岛市人民政府办公厅"],
                      date="2026-03-13", region="青岛市", doc_type="通知",
                      attachments=["刘文博同志在全市自贸试验区建设推进大会上的讲话", list_title],
                      recipients=["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"],
                      publicity="此件公开发布"),
         "clauses": nb.clauses},
        {"meta": meta(title="在全市自贸试验区建设推进大会上的讲话", issuer=["刘文博"], date="2026-03-05",
                      region="青岛市", doc_type="讲话"),
         "clauses": sb.clauses},
        {"meta": meta(title=list_title, issuer=["青岛市人民政府办公厅"], date="2026-03-13",
                      region="青岛市", doc_type="清单"),
         "clauses": tclauses},
    ]
    return stem, path, exp


# ================================================================ 3. 南宁
CN = "一二三四五六七八九十"


def add_numbering(doc):
    """Word multilevel list: level 0 '一、' (黑体), level 1 '（一）' (楷体 bold), no tab after number."""
    numbering = doc.part.numbering_part.element
    absid, numid = "57", "57"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, text, font, bold in ((0, "%1、", HT, False), (1, "（%2）", KT, True)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                         ("w:suff", "nothing"), ("w:lvlText", text), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
            rf.set(qn(a), font if a != "w:hint" else "eastAsia")
        rpr.append(rf)
        if bold:
            rpr.append(OxmlElement("w:b"))
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "32")
        rpr.append(sz)
        lvl.append(rpr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), numid)
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), absid)
    num.append(a)
    numbering.append(num)
    return numid


def set_num(p, numid, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), numid)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def make_nanning():
    doc = new_doc()
    numid = add_numbering(doc)
    # 函 style header: organ name only, double red rule, 文号 flush right under it
    line(doc, "南宁市人民政府办公室", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=56, before=6)
    p = line(doc, "", FS, 8, exact=8)
    border(p, "bottom", "thickThinSmallGap", 24, "FF0000", 1)
    line(doc, "南府办函〔2026〕11号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    blank(doc, 1)
    title_softbreak(doc, ["南宁市人民政府办公室关于印发黄志坚同志",
                          "在全市自贸试验区建设推进大会上的讲话的通知"])
    notice_title = "南宁市人民政府办公室关于印发黄志坚同志在全市自贸试验区建设推进大会上的讲话的通知"
    blank(doc, 1)
    line(doc, "各县（市、区）人民政府，各开发区管委会，市政府各组成部门、各直属机构：", FS, 16)
    nb = Body(doc)
    nb.para("经市人民政府同意，现将市委常委、常务副市长黄志坚同志在全市自贸试验区建设推进大会上的讲话印发给你们，请结合工作实际，认真学习贯彻。")
    nb.segs(["各县（市、区）、各开发区和市直各有关部门要对照讲话提出的工作要求，逐项细化分解任务，明确责任单位和完成时限。",
             "请于2026年4月15日前将贯彻落实工作方案报送市商务局（市自贸办），抄送市政府办公室。"])
    nb.para("（联系人：市商务局自贸试验区建设处\u3000韦晓玲，联系电话：0771-5318627）")
    blank(doc, 1)
    line(doc, "附件：黄志坚同志在全市自贸试验区建设推进大会上的讲话", FS, 16, first=Pt(32))
    blank(doc, 2)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    kill_table_borders(t)
    for r in t.rows:
        r.cells[0].width = Cm(8.0)
        r.cells[1].width = Cm(7.6)
    cell_text(t.cell(0, 1), "南宁市人民政府办公室", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 1), "2026年3月11日", align=WD_ALIGN_PARAGRAPH.CENTER)

    # ---- 附件 speech
    doc.add_page_break()
    line(doc, "附件", HT, 16)
    blank(doc, 1)
    title_block(doc, ["在全市自贸试验区建设推进大会上的讲话"], after=6)
    line(doc, "市委常委、常务副市长\u3000黄志坚", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    line(doc, "（2026年3月5日）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    blank(doc, 1)
    sb = Body(doc)
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run("同志们："), FS)
    sb.clauses.append("同志们：")
    sb.segs(["今天，市人民政府召开全市自贸试验区建设推进大会，主要任务是深入学习贯彻习近平总书记关于自由贸易试验区建设的重要指示精神，全面落实自治区党委、自治区人民政府和市委的部署要求，总结中国（广西）自由贸易试验区南宁片区建设成效，部署推进2026年重点工作。刚才，市商务局通报了2025年自贸试验区建设推进情况和制度创新考核结果，南宁片区管委会、南宁海关、市行政审批局作了表态发言，大家讲得都很实在，我完全同意。",
             "下面，我讲三点意见。"])

    h1_count = [0]
    h2_count = [0]

    def h1(text):
        hp = doc.add_paragraph()
        fmt(hp, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Pt(32))
        set_num(hp, numid, 0)
        set_font(hp.add_run(text), HT, 16)
        h1_count[0] += 1
        h2_count[0] = 0

    def h2(head, rest):
        hp = doc.add_paragraph()
        fmt(hp, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Pt(32))
        set_num(hp, numid, 1)
        set_font(hp.add_run(head), KT, 16, True)
        set_font(hp.add_run(rest), FS)
        h2_count[0] += 1
        sb.clauses.append("（" + CN[h2_count[0] - 1] + "）" + head + rest)

    h1("准确把握形势，切实增强推进自贸试验区建设的责任感紧迫感")
    sb.para("2019年8月南宁片区挂牌以来，我们牢牢把握国家赋予广西“构建面向东盟的国际陆海贸易新通道，形成21世纪海上丝绸之路和丝绸之路经济带有机衔接的重要门户”的战略定位，大胆试、大胆闯、自主改，推动自贸试验区建设取得明显成效。截至2025年底，南宁片区累计形成制度创新成果198项，其中“跨境金融服务平台东盟应用场景”等9项成果获国家层面复制推广；片区累计新设企业超过9万家，其中外商投资企业640家；2025年片区实现外贸进出口额1260亿元，同比增长10.5%，以不到全市千分之三的面积贡献了全市约四成的外贸进出口。")
    sb.segs(["当前，自贸试验区建设进入实施提升战略的新阶段。从外部看，《区域全面经济伙伴关系协定》（RCEP）全面生效实施，中国—东盟自由贸易区3.0版升级议定书正式签署，为我们深化与东盟经贸合作带来了新机遇；",
             "从内部看，各地自贸试验区竞相发力、比学赶超，我们在制度创新的含金量、开放平台的能级、产业发展的质量等方面还有不少差距。全市上下要进一步增强紧迫感，以更大的决心和力度推动南宁片区建设再上新台阶。"])
    blank(doc, 1)
    h1("突出重点任务，全力打造面向东盟开放合作的高水平平台")
    h2("聚焦面向东盟的金融开放门户建设。", "要积极争取更多跨境金融创新试点在南宁片区先行落地，扩大人民币在东盟国家跨境使用，深化中国—东盟跨境征信服务合作。要支持金融机构为边境贸易、跨境电商等新业态提供便捷结算服务，推动人民币与东盟国家货币直接交易规模稳步扩大。要加快推进中国—东盟金融城建设，力争全年新引进金融机构20家以上。")
    h2("聚焦国际物流通道建设。", "要全力服务西部陆海新通道建设，加密南宁至越南河内等方向的中越跨境班列，常态化开行中欧班列（南宁）线路，推动海铁联运、公铁联运、空铁联运融合发展。要发挥南宁吴圩国际机场口岸功能，加快拓展至东盟国家的国际货运航线，打造面向东盟的航空物流枢纽。要深化通关便利化改革，推广“两段准入”“提前申报”等监管模式，持续压缩货物整体通关时间。")
    h2("聚焦开放型产业培育。", "要依托南宁综合保税区等开放平台，大力发展电子信息、新能源汽车及零部件、跨境电商等产业，推动加工贸易向研发设计、检测维修等产业链高端延伸。要推动中国（南宁）跨境电子商务综合试验区与自贸试验区联动发展，建设面向东盟的跨境电商服务平台和海外仓，力争全年跨境电商进出口额增长20%以上。要落实外商投资准入负面清单，持续开展“外资项目服务月”活动，确保全年实际使用外资保持稳定增长。")
    h2("聚焦营商环境优化。", "要深化“放管服”改革，推动自治区、市级经济管理权限依法下放到南宁片区，实现“片区事片区办”。要全面推行“证照分离”改革，深化“高效办成一件事”，推动涉企经营许可事项实现“一网通办”。要加强知识产权保护，完善涉外商事纠纷多元化解机制，打造市场化、法治化、国际化一流营商环境。")
    blank(doc, 1)
    h1("压实工作责任，确保各项工作落地见效")
    h2("强化组织领导。", "各县（市、区）、各开发区和市直有关部门要把支持南宁片区建设摆上重要位置，主要负责同志要亲自抓、负总责。市自贸试验区工作领导小组办公室要加强统筹调度，建立重点任务台账，实行清单化管理、项目化推进。")
    h2("强化协同联动。", "要健全南宁片区与各开发区、综合保税区协同发展机制，推动改革试点经验在全市范围内复制推广。要加强与钦州港片区、崇左片区的沟通协作，在通道建设、产业协作、制度创新等方面形成合力。")
    h2("强化考核激励。", "要把自贸试验区建设纳入全市绩效考评体系，对制度创新成效明显的单位和个人按规定给予表扬激励。要落实“三个区分开来”要求，为担当者担当、为干事者撑腰，营造敢闯敢试、干事创业的良好氛围。")
    sb.para("同志们，推进自贸试验区建设，使命在肩、责任重大。我们要坚持以习近平新时代中国特色社会主义思想为指导，以更加奋发有为的精神状态、更加务实有效的工作举措，全力推动南宁片区建设取得新的更大突破，为加快建设面向东盟开放合作的国际化大都市作出新的贡献！")
    sb.para("谢谢大家！")

    banji(doc, "市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。",
          "南宁市人民政府办公室", "2026年3月11日")

    stem = "blind592_nanning_han"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    exp = [
        {"meta": meta(title=notice_title, doc_number="南府办函〔2026〕11号", issuer=["南宁市人民政府办公室"],
                      date="2026-03-11", region="南宁市", doc_type="通知",
                      attachments=["黄志坚同志在全市自贸试验区建设推进大会上的讲话"],
                      recipients=["各县（市、区）人民政府", "各开发区管委会", "市政府各组成部门、各直属机构"]),
         "clauses": nb.clauses},
        {"meta": meta(title="在全市自贸试验区建设推进大会上的讲话", issuer=["黄志坚"], date="2026-03-05",
                      region="南宁市", doc_type="讲话"),
         "clauses": sb.clauses},
    ]
    return stem, path, exp


def main():
    expected = {}
    for fn in (make_suzhou, make_qingdao, make_nanning):
        stem, path, exp = fn()
        convert(path)
        expected[stem] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
