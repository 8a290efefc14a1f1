# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 274 blind test files: a provincial 人大常委会公报 issue on the pilot free trade zone,
and a 设区的市 人大常委会 amendment decision with the re-published text.

Writes, next to this script:
  blind274_heilongjiang_gongbao.docx / .pdf  黑龙江省人民代表大会常务委员会公报 2025年第4号:
        cover, 目录 (page numbers read back from a first PDF), 公告（第36号）, 中国（黑龙江）
        自由贸易试验区条例 (run on under the 公告), 关于…条例（草案）的说明 (speech),
        法制委员会 审议结果的报告, 关于批准《牡丹江市跨境电子商务促进条例》的决定 (run on)
  blind274_heihe_jueding.docx / .pdf          黑河市人民代表大会常务委员会 关于修改《黑河市口岸
        管理条例》的决定 (红头 文件, 附件 对照表 with merged cells) + the re-published 条例, 版记
  expected.json                               the answer key
Run:  . /work/venv/bin/activate && python make_blind274.py
"""
import json
import os
import re
import subprocess

import pdfplumber
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "blind274"
PROFILE = "file:///tmp/lo_274"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY

EXPECTED = {}


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=TNR):
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
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


def base_doc(body_font, body_size, line):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    pf = st.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
    d.settings.odd_and_even_pages_header_footer = True
    return d


def add_field(par, instr, east=ST, size=14):
    def fc(kind):
        r = par.add_run()
        set_font(r, east, size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fc("begin")
    r = par.add_run()
    set_font(r, east, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fc("separate")
    r = par.add_run("1")
    set_font(r, east, size)
    fc("end")


def footer_pages(section, size=14, indent=14):
    """— N — : odd pages right, even pages left (GB/T 9704 7.5)."""
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    for ftr, align in ((section.footer, RIGHT), (section.even_page_footer, LEFT)):
        p = ftr.paragraphs[0]
        p.text = ""
        p.alignment = align
        if align == RIGHT:
            p.paragraph_format.right_indent = Pt(indent)
        else:
            p.paragraph_format.left_indent = Pt(indent)
        r = p.add_run("— ")
        set_font(r, ST, size)
        add_field(p, "PAGE", ST, size)
        r = p.add_run(" —")
        set_font(r, ST, size)


def empty_hf(section):
    for part in (section.header, section.even_page_header, section.footer, section.even_page_footer,
                 section.first_page_header, section.first_page_footer):
        part.is_linked_to_previous = False
        part.paragraphs[0].text = ""


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
             "rPr", "sectPr", "pPrChange"]


def ppr_insert(pPr, el):
    name = el.tag.split("}")[1]
    rank = PPR_ORDER.index(name)
    for child in pPr:
        cname = child.tag.split("}")[1]
        if cname in PPR_ORDER and PPR_ORDER.index(cname) > rank:
            child.addprevious(el)
            return el
    pPr.append(el)
    return el


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = ppr_insert(ppr, OxmlElement("w:pBdr"))
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pbdr.append(e)


class W:
    """A Word document with a default body font/size, plus paragraph helpers."""

    def __init__(self, body_font, size, line):
        self.d = base_doc(body_font, size, line)
        self.font = body_font
        self.size = size
        self.line = line

    def para(self, segs, align=JUST, indent=2, size=None, east=None, bold=False, color=None,
             left=None, right=None, spacing=None, keep=False, before=None, after=None):
        """segs: str, or list of (text, font[, bold]) / str / "\\n" (soft line break)."""
        size = size or self.size
        east = east or self.font
        p = self.d.add_paragraph()
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if s == "\n":
                p.runs[-1].add_break()
                continue
            if isinstance(s, tuple):
                txt, f = s[0], s[1]
                b = s[2] if len(s) > 2 else bold
            else:
                txt, f, b = s, east, bold
            r = p.add_run(txt)
            set_font(r, f, size, b, color)
        pf = p.paragraph_format
        p.alignment = align
        if indent:
            pf.first_line_indent = Pt(size * indent)
        if left is not None:
            pf.left_indent = Pt(left)
        if right is not None:
            pf.right_indent = Pt(right)
        pf.line_spacing = Pt(spacing or self.line)
        if keep:
            pf.keep_with_next = True
        if before is not None:
            pf.space_before = Pt(before)
        if after is not None:
            pf.space_after = Pt(after)
        return p

    def blank(self, size=None, spacing=None):
        return self.para("", indent=0, size=size, spacing=spacing)

    def page_break(self):
        p = self.d.add_paragraph()
        p.paragraph_format.line_spacing = Pt(self.line)
        p.add_run().add_break(WD_BREAK.PAGE)

    def section_break(self):
        """End the current section at a new paragraph; the next one starts on a new page."""
        self.d.add_section()
        return self.d.sections[-1]


def restart_numbering(section, start=1):
    sp = section._sectPr
    pn = sp.find(qn("w:pgNumType"))
    if pn is None:
        pn = OxmlElement("w:pgNumType")
        cols = sp.find(qn("w:cols"))
        if cols is not None:
            cols.addprevious(pn)
        else:
            sp.append(pn)
    pn.set(qn("w:start"), str(start))


def clause_key(text, clauses):
    """The shortest start (>= 15 chars) that belongs to this clause alone."""
    n = 15
    while sum(1 for c in clauses if c.startswith(text[:n])) > 1:
        n += 1
    return text[:n]


def record(stem, meta, clauses, spec):
    specific = {}
    for text, places in spec:
        k = clause_key(text, clauses)
        assert sum(1 for c in clauses if c.startswith(k)) == 1, k
        specific[k] = places
    EXPECTED.setdefault(stem, []).append(
        {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}})


def soffice_pdf(path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={PROFILE}",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path[:-5] + ".pdf"


def meta(title, doc_number, issuer, date, published, level, region, effective, doc_type,
         expires=None, attachments=(), recipients=(), publicity=None, repeals=None):
    return {"title": title, "doc_number": doc_number, "issuer": list(issuer), "date": date,
            "published": published, "level": level, "region": region, "effective": effective,
            "expires": expires, "attachments": list(attachments), "doc_type": doc_type,
            "recipients": list(recipients), "publicity": publicity, "repeals": repeals}


# ---------------------------------------------------------------------------
# Block renderer shared by both files
# ---------------------------------------------------------------------------
# blocks:
#   ("ch", text)                 章 heading, centred 黑体 — not a clause
#   ("h", text)                  heading alone on its line (黑体) — not a clause
#   ("x", text)                  non-clause paragraph (salutation, closing formula)
#   ("c", text, places?)         content paragraph = one clause
#   ("run", head, rest, places?) run-in heading (楷体 bold) + text = one clause
#   ("art", label, [paras], places?, soft?)  条: label 黑体 + "　" + first paragraph; further
#                                paragraphs (款/项) as their own Word paragraphs, or with soft
#                                line breaks when soft=True; the clause is joined with "\n"

def render(w, blocks, label_font=HT, run_font=None):
    clauses, spec = [], []
    run_font = run_font or KT
    for b in blocks:
        kind = b[0]
        if kind == "ch":
            w.para([(b[1], HT)], align=CENTER, indent=0, keep=True, before=w.size * 0.5,
                   after=w.size * 0.5)
            continue
        if kind == "h":
            w.para([(b[1], HT)], keep=True)
            continue
        if kind == "x":
            w.para(b[1], indent=b[2] if len(b) > 2 else 0)
            continue
        if kind == "c":
            w.para(b[1])
            text = b[1]
            places = b[2] if len(b) > 2 else None
        elif kind == "run":
            w.para([(b[1], run_font, True), b[2]])
            text = b[1] + b[2]
            places = b[3] if len(b) > 3 else None
        elif kind == "art":
            label, paras = b[1], b[2]
            places = b[3] if len(b) > 3 else None
            soft = b[4] if len(b) > 4 else False
            if soft:
                segs = [(label, label_font), "　" + paras[0]]
                for q in paras[1:]:
                    segs += ["\n", q]
                w.para(segs)
            else:
                w.para([(label, label_font), "　" + paras[0]])
                for q in paras[1:]:
                    w.para(q)
            text = label + "　" + "\n".join(paras)
        else:
            raise ValueError(kind)
        clauses.append(text)
        if places:
            spec.append((text, places))
    return clauses, spec


# ---------------------------------------------------------------------------
# (1) 黑龙江省人民代表大会常务委员会公报 2025年第4号
# ---------------------------------------------------------------------------

GAZ = "黑龙江省人民代表大会常务委员会公报"
ISSUE = "2025年第4号"
ISSUE_FULL = "2025年第4号（总第187号）"
FTZ = "中国（黑龙江）自由贸易试验区"
NPC = "黑龙江省人民代表大会常务委员会"
TIZHU = "（2025年6月27日黑龙江省第十四届人民代表大会常务委员会第十九次会议通过）"

GONGGAO_TEXT = ("《中国（黑龙江）自由贸易试验区条例》已由黑龙江省第十四届人民代表大会常务委员会"
                "第十九次会议于2025年6月27日通过，现予公布，自2025年9月1日起施行。")

TIAOLI_TOC = ["第一章　总　　则", "第二章　管理体制", "第三章　投资开放与片区发展", "第四章　贸易便利",
              "第五章　金融服务", "第六章　法治保障", "第七章　附　　则"]

TIAOLI = [
    ("ch", "第一章　总　　则"),
    ("art", "第一条", ["为了推进和保障中国（黑龙江）自由贸易试验区建设，打造对俄罗斯及东北亚全方位合作高地，"
                     "服务和融入共建“一带一路”，根据有关法律、行政法规和国务院批准的《中国（黑龙江）自由贸易"
                     "试验区总体方案》，结合本省实际，制定本条例。"]),
    ("art", "第二条", ["本条例适用于经国务院批准设立的中国（黑龙江）自由贸易试验区（以下简称自贸试验区），"
                     "包括哈尔滨片区、黑河片区和绥芬河片区。",
                     "自贸试验区的实施范围及其调整，按照国务院有关规定执行。"]),
    ("art", "第三条", ["自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，对接国际高标准经贸规则，"
                     "稳步扩大规则、规制、管理、标准等制度型开放，建设营商环境优良、贸易投资便利、产业集聚发展、"
                     "监管安全高效的高水平自由贸易园区。"]),
    ("art", "第四条", ["自贸试验区应当发挥沿边开放优势，深度融入共建“一带一路”和中蒙俄经济走廊建设，深化与"
                     "俄罗斯远东地区及东北亚国家在经贸、物流、能源、农业、科技、人文等领域的务实合作。"]),
    ("art", "第五条", ["省人民政府应当加强对自贸试验区建设的领导，研究决定自贸试验区改革发展中的重大问题。",
                     "县级以上人民政府及其有关部门应当按照各自职责，支持和配合做好自贸试验区建设相关工作。"]),
    ("ch", "第二章　管理体制"),
    ("art", "第六条", ["省人民政府设立的自贸试验区工作领导小组负责统筹推进自贸试验区建设。领导小组办公室设在"
                     "省商务主管部门，履行下列职责：",
                     "（一）组织实施自贸试验区总体方案和发展规划；",
                     "（二）协调推进自贸试验区改革创新和对外开放重大事项；",
                     "（三）组织开展制度创新成果的评估、复制和推广；",
                     "（四）统计、发布自贸试验区建设相关信息；",
                     "（五）省人民政府规定的其他职责。"]),
    ("art", "第七条", ["片区所在地的设区的市人民政府应当设立片区管理机构，负责片区的建设、管理和服务工作，"
                     "依法集中行使省、市人民政府赋予的经济管理权限。"]),
    ("art", "第八条", ["省人民政府及其有关部门应当依法将自贸试验区发展需要的省级经济管理权限下放或者委托片区"
                     "管理机构行使；不具备下放或者委托条件的，应当建立直通车制度。",
                     "下放或者委托的权限目录由省人民政府确定并向社会公布，实行动态调整。"]),
    ("art", "第九条", ["自贸试验区应当深化“放管服”改革，推行“证照分离”“一业一证”改革，实行政务服务“一网通办”，"
                     "在片区设立综合服务窗口，为企业和群众提供“一站式”服务。"]),
    ("ch", "第三章　投资开放与片区发展"),
    ("art", "第十条", ["自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资"
                     "一致的原则实施管理。"]),
    ("art", "第十一条", ["支持企业以自贸试验区为平台在俄罗斯等共建“一带一路”国家开展境外投资，建设境外经贸合作区、"
                       "海外仓和境外农业合作基地。",
                       "企业境外投资项目，除涉及敏感国家和地区、敏感行业的外，实行备案管理。"]),
    ("art", "第十二条", ["哈尔滨片区应当重点发展新一代信息技术、新材料、高端装备、生物医药等战略性新兴产业和科技"
                       "金融、文化旅游等现代服务业，建设对俄罗斯及东北亚全面合作的承载高地和联通国内、辐射欧亚的"
                       "国家物流枢纽。"], ["哈尔滨片区"]),
    ("art", "第十三条", ["黑河片区应当依托黑河—布拉戈维申斯克跨境合作，重点发展跨境能源资源综合加工利用、绿色食品、"
                       "商贸物流、旅游健康和沿边金融等产业，建设跨境产业集聚区和边境城市合作示范区。"],
     ["黑河片区"]),
    ("art", "第十四条", ["绥芬河片区应当重点发展木材、粮食、清洁能源等进口加工业和商贸金融、现代物流等服务业，"
                       "推动边民互市贸易进口商品落地加工，建设商品进出口储运加工集散中心和面向国际陆海联通的"
                       "陆海联运枢纽。"], ["绥芬河片区"]),
    ("ch", "第四章　贸易便利"),
    ("art", "第十五条", ["口岸查验单位应当在自贸试验区推进国际贸易“单一窗口”建设，实现货物申报、舱单申报、运输工具"
                       "申报等主要业务全覆盖，推动与俄罗斯等国家和地区“单一窗口”互联互通。"]),
    ("art", "第十六条", ["自贸试验区应当创新边境贸易发展方式，探索“互市贸易+跨境电商”“互市贸易+落地加工”等新模式，"
                       "促进边境贸易与一般贸易融合发展。"]),
    ("art", "第十七条", ["在哈尔滨综合保税区、绥芬河综合保税区内，依法开展保税维修、保税研发、保税展示交易和跨境"
                       "电子商务零售进口等业务，实行便利化海关监管措施。"],
     ["哈尔滨综合保税区", "绥芬河综合保税区"]),
    ("art", "第十八条", ["支持自贸试验区发展跨境电子商务，建设跨境电子商务综合服务平台和公共海外仓，推动跨境电子商务"
                       "线上综合服务和线下产业园区融合发展。"]),
    ("art", "第十九条", ["支持开行经由绥芬河、同江、黑河等口岸的中欧班列和对俄跨境班列，发展公铁、海铁、江海联运等"
                       "多式联运，推行多式联运“一单制”。"]),
    ("art", "第二十条", ["口岸查验单位应当优化通关流程，推行“提前申报”“两步申报”等通关模式，对鲜活农产品、跨境电商"
                       "商品等实行快速通关。"]),
    ("ch", "第五章　金融服务"),
    ("art", "第二十一条", ["在风险可控的前提下，支持自贸试验区开展跨境人民币业务创新，扩大人民币在对俄贸易和投资中"
                         "的使用，推进跨境贸易结算便利化。"]),
    ("art", "第二十二条", ["支持符合条件的金融机构在自贸试验区设立分支机构和专营机构，开展跨境投融资、供应链金融、"
                         "出口信用保险等业务。"]),
    ("art", "第二十三条", ["地方金融管理部门应当会同国家金融管理部门派出机构建立金融风险监测预警机制，防范化解跨境资金"
                         "流动风险。"]),
    ("ch", "第六章　法治保障"),
    ("art", "第二十四条", ["自贸试验区依法保护外国投资者和外商投资企业的合法权益，建立外商投资企业投诉工作机制，"
                         "及时处理外商投资企业反映的问题。"]),
    ("art", "第二十五条", ["支持在自贸试验区设立国际商事调解组织和仲裁机构，鼓励当事人运用调解、仲裁等方式解决涉外"
                         "商事纠纷。"]),
    # the clerk typed the three items with soft line breaks (Shift+Enter)
    ("art", "第二十六条", ["建立自贸试验区改革创新容错机制。改革创新未能实现预期目标，但同时符合下列条件的，对有关单位"
                         "和个人不作负面评价，依法免除或者减轻相关责任：",
                         "（一）改革创新方案的制定和实施程序符合有关规定；",
                         "（二）个人和所在单位没有牟取私利；",
                         "（三）未与其他单位或者个人恶意串通。"], None, True),
    ("art", "第二十七条", ["省人民政府应当定期对自贸试验区制度创新成果进行评估，对效果明显、风险可控的，在全省范围内"
                         "复制推广。"]),
    ("ch", "第七章　附　　则"),
    ("art", "第二十八条", ["经省人民政府批准设立的自贸试验区联动创新区，参照本条例有关规定执行。"]),
    ("art", "第二十九条", ["本条例自2025年9月1日起施行。"]),
]

SHUOMING = [
    ("x", "主任、各位副主任、秘书长、各位委员："),
    ("c", "受省人大常委会主任会议委托，现就《中国（黑龙江）自由贸易试验区条例（草案）》（以下简称草案）"
          "作如下说明。"),
    ("h", "一、制定条例的必要性"),
    ("c", "2019年8月，国务院批准设立中国（黑龙江）自由贸易试验区，实施范围119.85平方公里，涵盖哈尔滨、"
          "黑河、绥芬河三个片区。五年多来，自贸试验区累计形成省级以上制度创新成果一百余项，对俄贸易额占全省"
          "比重持续提高，已成为我省服务和融入共建“一带一路”的重要平台。"),
    ("c", "制定条例，一是贯彻落实党中央、国务院关于实施自由贸易试验区提升战略决策部署的需要；二是巩固改革"
          "成果、将实践证明行之有效的经验做法上升为法规制度的需要；三是为自贸试验区大胆试、大胆闯、自主改"
          "提供法治保障的需要。"),
    ("h", "二、起草过程"),
    ("c", "2024年3月，省人大常委会财政经济工作委员会会同省商务厅、省司法厅成立起草工作专班，赴哈尔滨、黑河、"
          "绥芬河三个片区和上海、广西等省（区、市）开展调研，梳理国家和兄弟省（区、市）相关法律法规、政策文件，"
          "形成草案初稿。其后，多次征求省直有关部门、片区所在地的市人民政府和部分企业、专家的意见，召开论证会、"
          "座谈会，反复修改完善，形成了提请本次常委会会议审议的草案。"),
    ("h", "三、草案的主要内容"),
    ("c", "草案共七章三十一条，主要包括以下内容："),
    ("run", "（一）关于管理体制。", "草案明确了省人民政府、自贸试验区工作领导小组及其办公室、片区管理机构的"
                             "职责（草案第五条至第八条），规定省级经济管理权限依法下放或者委托片区管理机构行使，"
                             "不具备条件的建立直通车制度。"),
    ("run", "（二）关于投资开放与片区发展。", "草案规定实行准入前国民待遇加负面清单管理制度，支持企业开展境外"
                                   "投资；根据三个片区的功能定位，分别规定了哈尔滨片区、黑河片区和绥芬河片区的产业"
                                   "发展重点（草案第十二条至第十四条）。"),
    ("run", "（三）关于贸易便利和金融服务。", "主要包括以下内容："),
    ("c", "1.推进国际贸易“单一窗口”建设，创新边境贸易发展方式（草案第十五条、第十六条）；"),
    ("c", "2.支持跨境电子商务、中欧班列和多式联运发展（草案第十八条至第二十条）；"),
    ("c", "3.支持跨境人民币业务创新，建立金融风险监测预警机制（草案第二十二条至第二十五条）。"),
    ("run", "（四）关于法治保障。", "草案规定了外商投资权益保护、涉外商事纠纷多元化解决和改革创新容错机制等"
                             "内容（草案第二十六条至第二十九条）。"),
    ("c", "此外，草案还对联动创新区参照适用和施行日期作了规定。"),
    ("x", "以上说明连同草案，请予审议。", 2),
]

BAOGAO = [
    ("c", "省十四届人大常委会第十七次会议对《中国（黑龙江）自由贸易试验区条例（草案）》进行了初次审议。会后，"
          "常委会法制工作委员会将草案印发省直有关部门、各设区的市人大常委会和部分基层立法联系点征求意见，在"
          "省人大常委会门户网站全文公布草案征求社会公众意见，并赴哈尔滨、黑河、绥芬河等地开展立法调研。6月12日，"
          "法制委员会召开会议，根据常委会组成人员的审议意见和各方面的意见，对草案进行了统一审议，常委会财政经济"
          "工作委员会和省司法厅、省商务厅有关负责同志列席了会议。6月23日，法制委员会召开会议，再次进行了审议。"
          "法制委员会认为，制定本条例是必要的，草案经过审议修改已基本成熟。同时，提出以下主要修改意见："),
    ("c", "一、有的常委会组成人员提出，应当进一步突出我省沿边开放特色，体现自贸试验区服务和融入共建“一带一路”"
          "的功能定位。法制委员会经研究，建议在草案第四条中增加“深度融入共建‘一带一路’和中蒙俄经济走廊建设”"
          "的内容。（草案修改稿第四条）"),
    ("c", "二、有的部门和企业提出，绥芬河片区边民互市贸易规模较大，互市商品落地加工是片区产业发展的重要方向，"
          "建议在片区发展重点中予以体现。法制委员会经研究，建议在草案第十四条中增加“推动边民互市贸易进口商品"
          "落地加工”的内容。（草案修改稿第十四条）"),
    ("c", "三、有的常委会组成人员和省司法厅提出，草案第二十一条关于口岸收费目录清单公示的规定，国家已有明确"
          "规定，本条例可不作重复规定。法制委员会经研究，建议删去该条。"),
    ("c", "四、有的常委会组成人员提出，草案第二十四条、第二十五条均为金融风险防范的内容，建议合并表述。法制"
          "委员会经研究，建议将两条合并为一条，修改为：“地方金融管理部门应当会同国家金融管理部门派出机构建立"
          "金融风险监测预警机制，防范化解跨境资金流动风险。”（草案修改稿第二十三条）"),
    ("c", "此外，还对草案作了一些文字修改，并对条文顺序作了相应调整。"),
    ("c", "法制委员会已按照上述意见提出了草案修改稿，建议本次常委会会议审议通过。"),
    ("x", "草案修改稿和以上报告是否妥当，请审议。", 2),
]

PIZHUN_TITLE = "黑龙江省人民代表大会常务委员会关于批准《牡丹江市跨境电子商务促进条例》的决定"
PIZHUN_TEXT = ("黑龙江省第十四届人民代表大会常务委员会第十九次会议对牡丹江市第十七届人民代表大会常务委员会"
               "第二十四次会议通过的《牡丹江市跨境电子商务促进条例》进行了审查，认为该条例与宪法、法律、行政法规"
               "和本省的地方性法规不相抵触，决定予以批准，由牡丹江市人民代表大会常务委员会公布施行。")

SHUOMING_TITLE = "关于《中国（黑龙江）自由贸易试验区条例（草案）》的说明"
BAOGAO_TITLE = "黑龙江省人民代表大会法制委员会关于《中国（黑龙江）自由贸易试验区条例（草案）》审议结果的报告"

# what the 目录 lists, and how each entry is found in the first PDF
TOC = [
    ("gonggao", "黑龙江省人民代表大会常务委员会公告（第36号）", "现予公布"),
    ("tiaoli", "中国（黑龙江）自由贸易试验区条例", "第一条为了推进"),
    ("shuoming", SHUOMING_TITLE + "　赵立群", "主任、各位副主任"),
    ("baogao", BAOGAO_TITLE, "省人民代表大会常务委员会："),
    ("pizhun", PIZHUN_TITLE, "决定予以批准"),
]

G_SIZE = 10.5   # 五号 宋体: gazettes set the body smaller than a 公文
G_LINE = 17


def gazette_title(w, lines, size=16):
    for ln in lines:
        w.para(ln, align=CENTER, indent=0, size=size, east=XBS, spacing=size + 10, keep=True)


def make_gazette(pages):
    stem = f"{PFX}_heilongjiang_gongbao"
    w = W(ST, G_SIZE, G_LINE)
    d = w.d
    s0 = d.sections[0]
    for attr, v in (("page_width", Cm(18.4)), ("page_height", Cm(26.0)), ("top_margin", Cm(2.5)),
                    ("bottom_margin", Cm(2.2)), ("left_margin", Cm(2.0)), ("right_margin", Cm(2.0)),
                    ("header_distance", Cm(1.4)), ("footer_distance", Cm(1.2))):
        setattr(s0, attr, v)
    empty_hf(s0)

    # --- cover ------------------------------------------------------------
    for _ in range(3):
        w.blank(size=16)
    w.para("黑龙江省人民代表大会", align=CENTER, indent=0, size=30, east=XBS, color=RED, spacing=44)
    w.para("常务委员会公报", align=CENTER, indent=0, size=30, east=XBS, color=RED, spacing=44)
    w.blank(size=16)
    p = w.para(ISSUE_FULL, align=CENTER, indent=0, size=14, east=ST, spacing=24)
    border(p, "bottom", "FF0000", 18, 8)
    for _ in range(12):
        w.blank(size=14)
    for ln in ("黑龙江省人民代表大会常务委员会办公厅主办", "2025年7月15日出版"):
        w.para(ln, align=CENTER, indent=0, size=12, east=ST, spacing=22)
    w.page_break()

    # --- 目录 -------------------------------------------------------------
    w.para("目　　录", align=CENTER, indent=0, size=18, east=HT, spacing=30, after=12)
    usable = Cm(18.4 - 4.0)
    for key, text, _ in TOC:
        p = w.d.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing = Pt(22)
        pf.left_indent = Pt(0)
        pf.right_indent = Pt(0)
        pf.tab_stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT, 1)  # dot leader
        n = pages.get(key, 0) if pages else 0
        r = p.add_run(text + "\t（" + str(n) + "）")
        set_font(r, ST, 12)
    # --- body section: running head, page numbers restart at 1 -------------
    s1 = w.section_break()
    restart_numbering(s1, 1)
    for part, align in ((s1.header, RIGHT), (s1.even_page_header, LEFT)):
        part.is_linked_to_previous = False
        hp = part.paragraphs[0]
        hp.text = ""
        hp.alignment = align
        r = hp.add_run(GAZ + "　　" + ISSUE)
        set_font(r, ST, 9)
        border(hp, "bottom", "000000", 6, 1)
    footer_pages(s1, size=10.5, indent=0)

    docs = []

    # 公告 ------------------------------------------------------------------
    w.para(NPC, align=CENTER, indent=0, size=18, east=XBS, spacing=30)
    w.para("公　　告", align=CENTER, indent=0, size=18, east=XBS, spacing=30)
    w.para("（第36号）", align=CENTER, indent=0, size=12, east=KT, spacing=24)
    w.blank()
    w.para(GONGGAO_TEXT)
    w.blank()
    w.para(NPC, align=RIGHT, indent=0, right=G_SIZE * 2)
    w.para("2025年6月27日", align=RIGHT, indent=0, right=G_SIZE * 4)
    docs.append(("gonggao", [GONGGAO_TEXT], [],
                 meta("黑龙江省人民代表大会常务委员会公告", "第36号", [NPC], "2025-06-27", "2025-06-27",
                      "provincial", "黑龙江省", "2025-09-01", "公告")))
    w.blank()
    w.blank()

    # 条例 (run on under the 公告) ------------------------------------------
    gazette_title(w, ["中国（黑龙江）自由贸易试验区条例"], size=18)
    w.para(TIZHU, align=CENTER, indent=0, east=KT, spacing=22)
    w.blank()
    w.para([("目　　录", KT)], align=CENTER, indent=0)
    for ln in TIAOLI_TOC:
        w.para([(ln, KT)], indent=0, left=G_SIZE * 8)
    w.blank()
    c, s = render(w, TIAOLI)
    docs.append(("tiaoli", c, s,
                 meta("中国（黑龙江）自由贸易试验区条例", None, [NPC], "2025-06-27", "2025-06-27",
                      "provincial", FTZ, "2025-09-01", "地方性法规")))

    # 说明 (new page) -------------------------------------------------------
    w.page_break()
    gazette_title(w, ["关于《中国（黑龙江）自由贸易试验区", "条例（草案）》的说明"])
    w.para("——2025年4月24日在黑龙江省第十四届人民代表大会常务委员会第十七次会议上",
           align=CENTER, indent=0, east=KT, spacing=22)
    w.para("黑龙江省人民代表大会常务委员会财政经济工作委员会主任　赵立群",
           align=CENTER, indent=0, east=KT, spacing=22)
    w.blank()
    c, s = render(w, SHUOMING)
    docs.append(("shuoming", c, s,
                 meta(SHUOMING_TITLE, None, ["黑龙江省人民代表大会常务委员会财政经济工作委员会"],
                      "2025-04-24", None, "provincial", "黑龙江省", None, "说明")))

    # 审议结果的报告 (run on under the 说明, as the gazette office set it) ---
    w.blank()
    w.blank()
    # three title lines: a paragraph, then one paragraph with a soft line break
    gazette_title(w, ["黑龙江省人民代表大会法制委员会",
                      ["关于《中国（黑龙江）自由贸易试验区条例（草案）》", "\n", "审议结果的报告"]])
    w.para("", indent=0, keep=True)
    w.para("省人民代表大会常务委员会：", indent=0)
    c, s = render(w, BAOGAO)
    w.blank()
    w.para("黑龙江省人民代表大会法制委员会", align=RIGHT, indent=0, right=G_SIZE * 2)
    w.para("2025年6月25日", align=RIGHT, indent=0, right=G_SIZE * 5)
    docs.append(("baogao", c, s,
                 meta(BAOGAO_TITLE, None, ["黑龙江省人民代表大会法制委员会"], "2025-06-25", None,
                      "provincial", "黑龙江省", None, "报告",
                      recipients=["省人民代表大会常务委员会"])))

    # 批准决定 (run on after the report) ------------------------------------
    w.blank()
    w.blank()
    gazette_title(w, ["黑龙江省人民代表大会常务委员会关于批准", "《牡丹江市跨境电子商务促进条例》的决定"])
    w.para(TIZHU, align=CENTER, indent=0, east=KT, spacing=22)
    w.blank()
    w.para(PIZHUN_TEXT)
    docs.append(("pizhun", [PIZHUN_TEXT], [],
                 meta(PIZHUN_TITLE, None, [NPC], "2025-06-27", None, "provincial", "牡丹江市", None,
                      "决定")))

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    return stem, path, docs


def locate(pdf):
    found = {}
    with pdfplumber.open(pdf) as p:
        for i, page in enumerate(p.pages):
            if i < 2:
                continue
            text = re.sub(r"\s+", "", page.extract_text() or "")
            m = re.findall(r"—(\d+)—", text)
            number = int(m[-1]) if m else i - 1
            for key, _, loc in TOC:
                if key not in found and loc in text:
                    found[key] = number
    return found


def build_gazette():
    stem, path, _ = make_gazette(None)
    pages = locate(soffice_pdf(path))
    stem, path, docs = make_gazette(pages)
    again = locate(soffice_pdf(path))
    assert again == pages, (pages, again)
    print("目录 pages:", pages)
    for key, clauses, spec, m in docs:
        record(stem, m, clauses, spec)
    return path


# ---------------------------------------------------------------------------
# (2) 黑河市人大常委会 关于修改《黑河市口岸管理条例》的决定 + 修正文本
# ---------------------------------------------------------------------------

HH = "黑河市人民代表大会常务委员会"
HH_TIZHU = ("（2025年4月29日黑河市第十届人民代表大会常务委员会第二十六次会议通过　2025年6月27日黑龙江省"
            "第十四届人民代表大会常务委员会第十九次会议批准）")
HH_TIZHU_FULL = ("（2018年10月26日黑河市第九届人民代表大会常务委员会第十次会议通过　2018年12月27日黑龙江省"
                 "第十三届人民代表大会常务委员会第八次会议批准　根据2025年4月29日黑河市第十届人民代表大会"
                 "常务委员会第二十六次会议通过　2025年6月27日黑龙江省第十四届人民代表大会常务委员会第十九次"
                 "会议批准的《黑河市人民代表大会常务委员会关于修改〈黑河市口岸管理条例〉的决定》修正）")

ART5 = ["市人民政府口岸管理部门负责本市口岸的统筹规划、协调管理和服务保障工作，会同海关、边检等口岸查验单位"
        "推进口岸通关便利化和智慧口岸建设。",
        "县（市、区）人民政府应当按照各自职责做好本行政区域内口岸的相关工作。"]
ART11 = ("支持在中国（黑龙江）自由贸易试验区黑河片区建设中俄跨境电子商务产业园和边境仓，发展跨境电子商务、"
         "边民互市贸易和对俄跨境物流，推动互市贸易进口商品落地加工。")
ART16 = "口岸查验单位应当推行“提前申报”“两步申报”和预约通关，实行7×24小时预约通关服务，对鲜活农产品开通“绿色通道”。"
HH_PIANQU = "中国（黑龙江）自由贸易试验区黑河片区"

JUEDING = [
    ("c", "黑河市第十届人民代表大会常务委员会第二十六次会议决定对《黑河市口岸管理条例》作如下修改："),
    # a quoted article of two paragraphs: each paragraph opens with “, only the last one closes
    ("c2", ["一、将第五条修改为：“" + ART5[0], "“" + ART5[1] + "”"]),
    ("c", "二、将第八条第二款中的“市人民政府口岸办”修改为“市人民政府口岸管理部门”。"),
    ("c", "三、增加一条，作为第十一条：“" + ART11 + "”", [HH_PIANQU]),
    ("c", "四、删去第十二条。"),
    ("c", "五、将第十六条修改为：“" + ART16.replace("“", "‘").replace("”", "’") + "”"),
    ("c", "六、将第二十一条中的“二千元以上一万元以下”修改为“一千元以上五千元以下”。"),
    ("c", "七、删去第二十三条、第二十四条。"),
    ("c", "本决定自2025年8月1日起施行。"),
    ("c", "《黑河市口岸管理条例》根据本决定作相应修改并对条文顺序作相应调整，重新公布。"),
]

HH_TABLE_HEAD = ["决定条目", "原条文", "修改方式", "修正后条文"]
HH_TABLE = [
    ["一", "第五条", "修改", "第五条"],
    ["二", "第八条第二款", "修改", "第八条第二款"],
    ["三", "——", "增加", "第十一条"],
    ["——", "第十一条", "顺序调整", "第十二条"],
    ["四", "第十二条", "删除", "——"],
    ["五", "第十六条", "修改", "第十六条"],
    ["六", "第二十一条", "修改", "第二十一条"],
    ["七", "第二十三条", "删除", "——"],
    ["七", "第二十四条", "删除", "——"],
    ["——", "第二十五条", "顺序调整", "第二十三条"],
    ["——", "第二十六条", "顺序调整", "第二十四条"],
]
# vertical merges (col, first data row, last data row), data rows counted from 1
HH_MERGES = [(2, 1, 2), (0, 8, 9), (2, 8, 9), (3, 8, 9), (0, 10, 11), (2, 10, 11)]
HH_ATT = "《黑河市口岸管理条例》修改前后条文对照表"

HH_TIAOLI = [
    ("art", "第一条", ["为了加强口岸管理，提高口岸通关效率，促进对俄罗斯经贸合作和沿边开放，服务共建“一带一路”，"
                     "根据有关法律、法规，结合本市实际，制定本条例。"]),
    ("art", "第二条", ["本条例适用于本市行政区域内经国家批准对外开放的口岸及其相关区域的规划、建设、运行、服务"
                     "和监督管理活动。"]),
    ("art", "第三条", ["口岸管理应当遵循统一规划、依法管理、安全高效、便利通关的原则。"]),
    ("art", "第四条", ["市人民政府应当将口岸发展纳入国民经济和社会发展规划，建立口岸工作协调机制，协调解决口岸"
                     "建设和管理中的重大问题。"]),
    ("art", "第五条", ART5),
    ("art", "第六条", ["发展改革、财政、交通运输、商务、公安、市场监督管理等部门应当按照各自职责，做好口岸相关工作。"]),
    ("art", "第七条", ["口岸规划应当符合国土空间规划，统筹口岸功能布局和基础设施建设，促进口岸与黑河边境经济合作区、"
                     "中国（黑龙江）自由贸易试验区黑河片区联动发展。"]),
    ("art", "第八条", ["新建、改建、扩建口岸查验基础设施，应当符合国家规定的建设标准。",
                     "口岸查验基础设施建成后，由市人民政府口岸管理部门会同口岸查验单位组织验收；验收合格后方可"
                     "投入使用。"]),
    ("art", "第九条", ["逊克县人民政府负责逊克口岸的日常运行管理，保障冬季冰上汽车运输、明水期轮渡运输和流冰期"
                     "气垫船运输期间的通关秩序。"], ["逊克县"]),
    ("art", "第十条", ["黑河边境经济合作区管理委员会负责黑龙江公路大桥口岸货运监管区的日常管理，完善仓储、分拨、"
                     "冷链等配套设施，保障大桥口岸货物通关顺畅。"], ["黑河边境经济合作区"]),
    ("art", "第十一条", [ART11], [HH_PIANQU]),
    ("art", "第十二条", ["口岸运营单位应当建立健全安全管理制度，配备必要的安全设施，定期开展安全检查和应急演练。"]),
    ("art", "第十三条", ["口岸查验单位应当公开通关流程、办理时限和收费项目，实行收费目录清单管理，清单之外不得收费。"]),
    ("art", "第十四条", ["爱辉区、逊克县人民政府应当引导边民组建互市贸易合作社，规范边民互市贸易秩序，保障边民合法"
                       "权益。"], ["爱辉区", "逊克县"]),
    ("art", "第十五条", ["鼓励企业利用口岸开展对俄进出口贸易，发展进口资源加工、绿色食品出口和跨境旅游。"]),
    ("art", "第十六条", [ART16]),
    ("art", "第十七条", ["市人民政府口岸管理部门应当推进国际贸易“单一窗口”和智慧口岸建设，实现口岸查验单位之间信息"
                       "互换、监管互认、执法互助。"]),
    ("art", "第十八条", ["口岸查验单位和有关部门应当与俄罗斯相关口岸机构建立会晤协调机制，协商解决通关中的重大问题。"]),
    ("art", "第十九条", ["出入境人员、交通运输工具和货物，应当经由口岸通行，接受口岸查验单位的查验。"]),
    ("art", "第二十条", ["禁止下列行为：",
                       "（一）擅自进入口岸限定区域；",
                       "（二）在口岸限定区域内从事非法揽客、兜售物品等活动；",
                       "（三）损毁、擅自移动口岸查验设施、设备；",
                       "（四）其他扰乱口岸秩序的行为。"]),
    ("art", "第二十一条", ["违反本条例第二十条第一项、第二项规定的，由公安机关责令改正，处一千元以上五千元以下罚款。"]),
    ("art", "第二十二条", ["口岸管理部门、口岸查验单位及其工作人员玩忽职守、滥用职权、徇私舞弊的，由有权机关依法给予"
                         "处分；构成犯罪的，依法追究刑事责任。"]),
    ("art", "第二十三条", ["本条例所称口岸限定区域，是指口岸查验单位为依法履行职责而划定的监管区域。"]),
    ("art", "第二十四条", ["本条例自2019年3月1日起施行。"]),
]


def add_table(w, header, rows, widths, merges, size=12):
    t = w.d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.cell(0, j)
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        set_font(r, HT, size)
        c.paragraphs[0].alignment = CENTER
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(v)
            set_font(r, FS, size)
            c.paragraphs[0].alignment = CENTER
            c.paragraphs[0].paragraph_format.line_spacing = Pt(size + 8)
    for (col, r0, r1) in merges:
        top = t.cell(r0, col)
        keep = top.text
        m = top.merge(t.cell(r1, col))
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = ""
        r = m.paragraphs[0].add_run(keep)
        set_font(r, FS, size)
        m.paragraphs[0].alignment = CENTER
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, wd in enumerate(widths):
            row.cells[j].width = Cm(wd)
    return t


def make_heihe():
    stem = f"{PFX}_heihe_jueding"
    w = W(FS, 16, 28.9)
    d = w.d
    s = d.sections[0]
    for attr, v in (("page_width", Cm(21)), ("page_height", Cm(29.7)), ("top_margin", Cm(3.7)),
                    ("bottom_margin", Cm(3.5)), ("left_margin", Cm(2.8)), ("right_margin", Cm(2.6)),
                    ("footer_distance", Cm(2.6))):
        setattr(s, attr, v)
    footer_pages(s)

    # 版头
    w.blank()
    w.para(HH + "文件", align=CENTER, indent=0, size=26, east=XBS, color=RED, spacing=40)
    w.blank()
    p = w.para("黑河人常发〔2025〕14号", align=CENTER, indent=0)
    border(p, "bottom", "FF0000", 18, 6)
    w.blank()
    # title over two lines, 题注
    w.para(HH, align=CENTER, indent=0, size=22, east=XBS, spacing=35)
    w.para("关于修改《黑河市口岸管理条例》的决定", align=CENTER, indent=0, size=22, east=XBS, spacing=35)
    w.para(HH_TIZHU, align=CENTER, indent=0, east=KT, left=16, right=16)
    w.blank()
    clauses, spec = [], []
    for b in JUEDING:
        if b[0] == "c2":
            for q in b[1]:
                w.para(q)
            text = "\n".join(b[1])
        else:
            w.para(b[1])
            text = b[1]
            if len(b) > 2:
                spec.append((text, b[2]))
        clauses.append(text)
    w.blank()
    w.para("附件：" + HH_ATT, indent=2)

    # 附件: the 对照表 on a new page
    w.page_break()
    w.para([("附件", HT)], indent=0)
    w.blank()
    w.para(HH_ATT, align=CENTER, indent=0, size=20, east=XBS, spacing=32)
    w.blank()
    add_table(w, HH_TABLE_HEAD, HH_TABLE, [2.6, 4.4, 3.2, 4.4], HH_MERGES)
    for row in HH_TABLE:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(HH_TABLE_HEAD, row)))
    w.para("注：原第十三条至第二十二条条文序号不变。", indent=0, size=12, spacing=22, before=6)
    clauses.append("注：原第十三条至第二十二条条文序号不变。")
    att = meta("黑河市人民代表大会常务委员会关于修改《黑河市口岸管理条例》的决定", "黑河人常发〔2025〕14号",
               [HH], "2025-04-29", "2025-07-04", "municipal", "黑河市", "2025-08-01", "决定",
               attachments=[HH_ATT])
    record(stem, att, clauses, spec)

    # the re-published text: its own section, new page
    s2 = w.section_break()
    footer_pages(s2)
    w.para("黑河市口岸管理条例", align=CENTER, indent=0, size=22, east=XBS, spacing=35)
    w.para(HH_TIZHU_FULL, indent=0, east=KT, left=32, right=32)
    w.blank()
    c, sp = render(w, HH_TIAOLI)
    m2 = meta("黑河市口岸管理条例", None, [HH], "2025-04-29", "2025-07-04", "municipal", "黑河市",
              "2025-08-01", "地方性法规（修正文本）")
    record(stem, m2, c, sp)

    # 版记 at the very end
    w.blank()
    w.blank()
    p = w.para("抄送：省人大常委会法制工作委员会，市委办公室，市人民政府办公室，市监察委员会，市中级人民法院，"
               "市人民检察院，各县（市、区）人大常委会。", indent=0, size=14, left=14 * 4)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p = w.d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    pf.line_spacing = Pt(28.9)
    pf.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("黑河市人大常委会办公室\t2025年7月4日印发")
    set_font(r, FS, 14)
    border(p, "bottom", "000000", 12, 4)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    soffice_pdf(path)
    return path


def main():
    paths = [build_gazette(), make_heihe()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for p in paths:
        with pdfplumber.open(p[:-5] + ".pdf") as pp:
            print(os.path.basename(p)[:-5], len(pp.pages), "pages")
    for stem, docs in EXPECTED.items():
        for e in docs:
            print(stem, len(e["clauses"]), e["meta"]["title"])


if __name__ == "__main__":
    main()
