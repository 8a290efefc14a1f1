# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 468: documents numbered only by Word outline / list numbering.

blind468_xiamen_banfa   : 管委会通知 + 附件办法; 章/节 multilevel list linked to Heading 1/2,
                          条 list linked to Heading 3, （一） items as level 2 of the 条 list.
blind468_zhengzhou_guihua: 市政府办公厅通知 + 规划; 章 list (direct numPr on Heading 1),
                          节 restarted in every 章 by separate list instances (startOverride),
                          （一） items restarted per group by separate instances, table 序号 auto-numbered.
Both carry a 目录 (TOC field with cached result).
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
W = nsdecls("w")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


def cn(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- helpers
def set_rfonts(rpr_parent_el, font):
    rpr = rpr_parent_el.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {W}/>")
        rpr.insert(0, rf)
    for a in list(rf.attrib):
        del rf.attrib[a]
    for a in ("ascii", "hAnsi", "eastAsia", "cs"):
        rf.set(qn("w:" + a), font)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    set_rfonts(r._r, font)
    r.font.size = Pt(size)
    if bold:
        r.bold = True
    if color is not None:
        r.font.color.rgb = color
    return r


def ppr_xml(p, xml):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(xml))
    return pPr


def fixed_spacing(p, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    from docx.enum.text import WD_LINE_SPACING
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def first_line(p, chars=200):
    ppr_xml(p, f'<w:ind {W} w:firstLineChars="{chars}" w:firstLine="{chars * 16 // 5}"/>')


def numpr(p, num_id, ilvl=0):
    ppr_xml(p, f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def bottom_border(p, color="FF0000", sz=12):
    ppr_xml(p, f'<w:pBdr {W}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>')


def field_runs(p, instr, shown, font=ST, size=14):
    r = run(p, "", font, size)
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="begin"/>'))
    r = run(p, "", font, size)
    r._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve">{instr}</w:instrText>'))
    r = run(p, "", font, size)
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="separate"/>'))
    run(p, shown, font, size)
    r = run(p, "", font, size)
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="end"/>'))


def new_doc():
    d = Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.8)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    set_rfonts(normal.element, FS)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    from docx.enum.text import WD_LINE_SPACING
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.widow_control = False
    # wipe template numbering
    numbering = d.part.numbering_part.element
    for ch in list(numbering):
        numbering.remove(ch)
    # page numbers: odd right, even left ("— 1 —")
    d.settings.odd_and_even_pages_header_footer = True
    for ftr, align in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT), (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        fp = ftr.paragraphs[0]
        fp.alignment = align
        run(fp, "— ", ST, 14)
        field_runs(fp, " PAGE ", "1")
        run(fp, " —", ST, 14)
    # toc styles
    for lv, ind in ((1, 0), (2, 640)):
        s = d.styles.add_style(f"toc {lv}", WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = normal
        s.element.append(parse_xml(
            f'<w:pPr {W}><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>'
            f'<w:ind w:left="{ind}"/></w:pPr>'))
    return d


def restyle_heading(d, name, font, size, align, numid=None, ilvl=0, indent_first=0):
    s = d.styles[name]
    el = s.element
    for tag in ("w:rPr", "w:pPr"):
        old = el.find(qn(tag))
        if old is not None:
            el.remove(old)
    lvl = {"Heading 1": 0, "Heading 2": 1, "Heading 3": 2}[name]
    num = (f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>' if numid else "")
    ind = (f'<w:ind w:firstLineChars="{indent_first}" w:firstLine="{indent_first * 16 // 5}"/>'
           if indent_first else '<w:ind w:left="0" w:firstLine="0"/>')
    el.append(parse_xml(
        f'<w:pPr {W}>{"<w:keepNext/>" if lvl < 2 else ""}{num}'
        f'<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/>{ind}'
        f'<w:jc w:val="{align}"/><w:outlineLvl w:val="{lvl}"/></w:pPr>'))
    el.append(parse_xml(
        f'<w:rPr {W}><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
        f'<w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="000000"/>'
        f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr>'))


def lvl_xml(ilvl, fmt, text, suff="nothing", jc="left", style=None, font=None, restart=None, first=0):
    ps = f'<w:pStyle w:val="{style}"/>' if style else ""
    rs = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    rpr = (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/></w:rPr>'
           if font else "")
    ind = f'<w:ind w:left="0" w:firstLine="{first}"/>'
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{rs}{ps}'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="{jc}"/>'
            f'<w:pPr>{ind}</w:pPr>{rpr}</w:lvl>')


def add_abstract(d, aid, nsid, lvls, multi="multilevel"):
    numbering = d.part.numbering_part.element
    xml = (f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
           f'<w:multiLevelType w:val="{multi}"/>' + "".join(lvls) + "</w:abstractNum>")
    # abstractNums must precede nums
    nums = numbering.findall(qn("w:num"))
    el = parse_xml(xml)
    if nums:
        nums[0].addprevious(el)
    else:
        numbering.append(el)


def add_num(d, num_id, aid, restart_lvl0=False):
    numbering = d.part.numbering_part.element
    ov = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart_lvl0 else "")
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>'))


def empty(d):
    p = d.add_paragraph()
    return p


def body_para(d, text, indent=True):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        first_line(p)
    run(p, text)
    return p


def red_head(d, organ, docno, size=36):
    for _ in range(2):
        empty(d)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed_spacing(p, line=size + 14)
    run(p, organ, XBS, size, color=RED)
    empty(d)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, docno)
    p = d.add_paragraph()
    fixed_spacing(p, line=10)
    bottom_border(p)
    empty(d)


def title_para(d, lines, size=22):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed_spacing(p, line=size + 13)
    for i, ln in enumerate(lines):
        r = run(p, ln, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    return p


def signature(d, organ, date, pad_organ, pad_date):
    empty(d)
    empty(d)
    p = d.add_paragraph()
    run(p, "\u3000" * pad_organ + organ)
    p = d.add_paragraph()
    run(p, " " * pad_date + date)  # aligned by hand with half-width spaces


def toc_block(d, entries):
    """entries: list of (level, text, page). Cached TOC field result."""
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "目\u3000\u3000录", HT, 16)
    empty(d)
    n = len(entries)
    for i, (lv, text, page) in enumerate(entries):
        p = d.add_paragraph(style=f"toc {lv}")
        if i == 0:
            r = run(p, "")
            r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="begin"/>'))
            r = run(p, "")
            r._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>'))
            r = run(p, "")
            r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="separate"/>'))
        run(p, text, HT if lv == 1 else FS)
        run(p, "\t")
        run(p, str(page))
        if i == n - 1:
            r = run(p, "")
            r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="end"/>'))


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def banji(d, cc_text, printer, pdate):
    """版记: two-row table with rules above/below each row."""
    empty(d)
    t = d.add_table(rows=2, cols=1)
    tbl = t._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {W}><w:top w:val="single" w:sz="8" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        f'<w:insideH w:val="single" w:sz="4" w:color="000000"/></w:tblBorders>'))
    c0 = t.rows[0].cells[0].paragraphs[0]
    c0.paragraph_format.left_indent = Cm(0.35)
    c0.paragraph_format.first_line_indent = Cm(-0)
    run(c0, cc_text, FS, 14)
    c1 = t.rows[1].cells[0].paragraphs[0]
    c1.paragraph_format.left_indent = Cm(0.35)
    run(c1, printer, FS, 14)
    run(c1, "\u3000" * 5 + "  " + pdate + "印发", FS, 14)  # mixed spaces for alignment


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_468", "--headless", "--convert-to", "pdf",
         "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def heading_pages(pdf_path, targets):
    """find physical page of each heading (normalised text) after the 目录 page."""
    try:
        import pdfplumber
    except Exception:
        return None
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for pg in pdf.pages:
            txt = pg.extract_text() or ""
            pages.append(["".join(l.split()) for l in txt.split("\n")])
    toc_pg = next((i for i, ls in enumerate(pages) if "目录" in ls), None)
    if toc_pg is None:
        return None
    # skip the TOC pages themselves: start after the last page that has a toc-like line with dots/page
    start = toc_pg + 1
    while start < len(pages) and any(l.startswith("第一章") and l[-1:].isdigit() for l in pages[start]):
        start += 1
    out = []
    cur = start
    for t in targets:
        found = None
        for i in range(cur, len(pages)):
            if t in pages[i]:
                found = i
                break
        if found is None:
            return None
        out.append(found + 1)
        cur = found
    return out


# ================================================================ document 1: 厦门片区 办法
XM_ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_BANFA = "中国（福建）自由贸易试验区厦门片区促进跨境电子商务高质量发展管理办法"

XM_BODY = [
    ("h1", "总则"),
    ("art", "为贯彻落实《中国（福建）自由贸易试验区总体方案》和国家关于加快发展跨境电子商务的决策部署，推动中国（厦门）跨境电子商务综合试验区与中国（福建）自由贸易试验区厦门片区联动发展，促进跨境电子商务高质量发展，结合片区实际，制定本办法。"),
    ("art", "本办法适用于在中国（福建）自由贸易试验区厦门片区（以下简称片区）内依法登记注册、具有独立法人资格、从事跨境电子商务经营及相关服务活动的企业和机构。"),
    ("art", "本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动，包括跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）、跨境电商零售进出口（9610、1210）等模式。"),
    ("art", "片区管理委员会（以下简称片区管委会）负责统筹推进片区跨境电子商务发展工作，具体职责包括："),
    ("item", "研究制定片区跨境电子商务发展规划和年度工作计划；"),
    ("item", "协调解决跨境电子商务发展中的重大问题；"),
    ("item", "组织实施本办法规定的扶持措施并开展绩效评价；"),
    ("item", "会同有关部门开展跨境电子商务统计监测。"),
    ("art", "片区管委会商务发展局（以下简称商务局）负责本办法的具体实施，财政金融局负责扶持资金的预算安排和拨付监管。"),
    ("para", "厦门海关、国家税务总局厦门市税务局、国家外汇管理局厦门市分局等部门按照各自职责，做好跨境电子商务监管服务工作。"),
    ("h1", "主体培育与平台建设"),
    ("h2", "经营主体培育"),
    ("art", "支持跨境电子商务企业在片区设立区域总部、结算中心和运营中心。对新注册落户且上一年度跨境电子商务进出口额首次达到5000万元的企业，给予一次性落户奖励50万元；达到1亿元的，给予一次性落户奖励100万元。"),
    ("art", "鼓励传统外贸企业、生产制造企业开展跨境电子商务业务，通过自建独立站、入驻第三方平台等方式拓展国际市场。对年度跨境电子商务出口额同比增长30%以上且不低于2000万元的企业，按照增量部分的1%给予奖励，单个企业每年最高不超过200万元。"),
    ("art", "支持跨境电子商务企业申报国家高新技术企业、专精特新中小企业，对首次获评的，按照片区现行产业政策给予奖励。"),
    ("h2", "公共平台建设"),
    ("art", "支持建设跨境电子商务产业园区。申请认定的产业园区应当符合下列条件："),
    ("item", "运营主体在片区注册，园区建筑面积不低于1万平方米；"),
    ("item", "入驻跨境电子商务及配套服务企业不少于30家；"),
    ("item", "具备通关、物流、金融、人才培训等公共服务功能；"),
    ("item", "建立完善的园区管理制度和统计制度。"),
    ("para", "经认定的产业园区，按照其年度实际运营费用的30%给予补助，每年最高不超过300万元，补助期限不超过3年。"),
    ("art", "依托国际贸易“单一窗口”，完善跨境电子商务线上综合服务平台功能，推动海关、税务、外汇、市场监管等部门数据互联互通，为企业提供通关申报、退税结汇、信用查询等一站式服务。"),
    ("art", "支持企业在共建“一带一路”国家和地区以及《区域全面经济伙伴关系协定》（RCEP）成员国建设公共海外仓。对经商务局认定的公共海外仓，按照仓储面积给予每平方米100元的一次性补助，单个企业最高不超过500万元。"),
    ("h1", "通关监管与便利化"),
    ("art", "支持厦门海关在片区内海关特殊监管区域开展跨境电子商务零售进口退货中心仓模式，推动跨境电子商务出口商品退货便利化。"),
    ("art", "推广跨境电子商务B2B出口“一次登记、一点对接、便利通关”模式，对符合条件的跨境电子商务出口货物实行“提前申报、运抵验放”。"),
    ("art", "依托厦门港口岸和中欧（厦门）班列，支持跨境电子商务企业开展海铁联运、陆海联运业务，拓展“跨境电商+中欧班列”出口通道。"),
    ("art", "落实跨境电子商务综合试验区零售出口货物免税政策和企业所得税核定征收政策，对符合条件的企业，按照规定实行“无票免税”和核定征收。"),
    ("art", "支持银行、支付机构为跨境电子商务企业提供跨境人民币结算、外汇收支便利化服务。符合条件的支付机构可以按照规定凭交易电子信息为跨境电子商务市场主体提供结售汇及相关资金收付服务。"),
    ("h1", "扶持措施"),
    ("h2", "资金扶持"),
    ("art", "片区设立跨境电子商务发展专项资金，纳入片区年度财政预算。专项资金的使用应当遵循公开透明、突出重点、绩效导向的原则。"),
    ("art", "对片区内跨境电子商务企业年度进出口额达到下列标准的，按照以下规定给予奖励："),
    ("item", "年度进出口额达到1亿元、不足5亿元的，奖励30万元；"),
    ("item", "年度进出口额达到5亿元、不足10亿元的，奖励80万元；"),
    ("item", "年度进出口额达到10亿元以上的，奖励150万元。"),
    ("para", "同一企业按照前款规定获得奖励的，以最高档次计算，不重复享受。"),
    ("art", "对跨境电子商务企业参加商务局组织或者认可的境外展会的，按照展位费的50%给予补助，单个企业每年最高不超过30万元。"),
    ("art", "本节规定的奖励和补助与片区其他同类扶持政策有重叠的，按照“就高不重复”原则执行。"),
    ("h2", "要素保障"),
    ("art", "对片区内跨境电子商务企业租用办公用房的，按照实际租金的50%给予补贴，补贴面积不超过500平方米，补贴期限不超过3年。"),
    ("art", "支持高等院校、职业院校与片区企业合作开展跨境电子商务人才培养。对经认定的跨境电子商务人才实训基地，每年给予最高50万元补助。"),
    ("art", "引导金融机构开发“跨境电商贷”“海外仓贷”等金融产品，对企业获得的跨境电子商务相关贷款，按照贷款市场报价利率（LPR）的50%给予贴息，单个企业每年最高不超过100万元。"),
    ("h1", "监督管理"),
    ("art", "申请本办法扶持资金的企业，应当按照商务局发布的申报指南如实提交申报材料，并对材料的真实性、合法性负责。"),
    ("art", "商务局会同财政金融局对扶持资金使用情况进行跟踪管理和绩效评价，必要时可以委托第三方机构开展专项审计。"),
    ("art", "企业有下列情形之一的，取消其享受扶持资金资格，追回已拨付资金，并按照有关规定纳入信用记录："),
    ("item", "提供虚假材料骗取扶持资金的；"),
    ("item", "擅自改变扶持资金用途的；"),
    ("item", "享受扶持后5年内将注册地迁离片区的；"),
    ("item", "存在其他严重违法违规行为的。"),
    ("h1", "附则"),
    ("art", "本办法由片区管委会商务发展局负责解释。"),
    ("art", "本办法自2026年1月1日起施行，有效期至2028年12月31日。《中国（福建）自由贸易试验区厦门片区跨境电子商务扶持暂行办法》（厦自贸委〔2022〕9号）同时废止。"),
    ("art", "本办法施行期间，国家、省、市出台相关政策的，从其规定。"),
]


def xm_structure():
    """number headings/articles/items the way Word (and LibreOffice) will."""
    ch = sec = art = item = 0
    heads, clauses = [], []
    for blk in XM_BODY:
        k = blk[0]
        if k == "h1":
            ch += 1
            sec = 0
            heads.append((1, f"第{cn(ch)}章 {blk[1]}"))
        elif k == "h2":
            sec += 1
            heads.append((2, f"第{cn(sec)}节 {blk[1]}"))
        elif k == "art":
            art += 1
            item = 0
            clauses.append(f"第{cn(art)}条\u3000{blk[1]}")
        elif k == "item":
            item += 1
            clauses.append(f"（{cn(item)}）{blk[1]}")
        elif k == "para":
            clauses.append(blk[1])
    return heads, clauses


XM_NOTICE_PARAS = [
    "为加快推进中国（厦门）跨境电子商务综合试验区与中国（福建）自由贸易试验区厦门片区联动发展，培育外贸新业态新模式，经片区管委会主任办公会议研究同意，现将《" + XM_BANFA + "》印发给你们，请认真贯彻执行。",
    "执行过程中遇到的问题，请及时向片区管委会商务发展局反映。",
    "（联系人：陈晓峰，电话：0592－6881234）",
]


def build_xiamen(toc_pages):
    d = new_doc()
    # numbering: 章/节 multilevel linked to Heading 1/2 ; 条/（一） linked to Heading 3
    add_abstract(d, 10, "5A3C1E01", [
        lvl_xml(0, "chineseCounting", "第%1章", suff="space", jc="center", style="Heading1"),
        lvl_xml(1, "chineseCounting", "第%2节", suff="space", jc="center", style="Heading2"),
    ] + [lvl_xml(i, "decimal", "%" + str(i + 1) + ".", style=None) for i in range(2, 9)])
    add_abstract(d, 11, "5A3C1E02", [
        lvl_xml(0, "chineseCounting", "第%1条\u3000", style="Heading3", font=HT, first=640),
        lvl_xml(1, "chineseCounting", "（%2）", first=640),
    ] + [lvl_xml(i, "decimal", "%" + str(i + 1) + ".") for i in range(2, 9)], multi="hybridMultilevel")
    add_num(d, 1, 10)
    add_num(d, 2, 11)
    restyle_heading(d, "Heading 1", HT, 16, "center", numid=1, ilvl=0)
    restyle_heading(d, "Heading 2", KT, 16, "center", numid=1, ilvl=1)
    restyle_heading(d, "Heading 3", FS, 16, "both", numid=2, ilvl=0, indent_first=200)

    red_head(d, XM_ORG + "文件", "厦自贸委〔2025〕21号", size=26)
    title_para(d, ["中国（福建）自由贸易试验区厦门片区",
                   "管理委员会关于印发《中国（福建）自由贸易",
                   "试验区厦门片区促进跨境电子商务高质量",
                   "发展管理办法》的通知"])
    empty(d)
    p = d.add_paragraph()
    run(p, "片区各部门、各有关单位：")
    for t in XM_NOTICE_PARAS:
        body_para(d, t)
    empty(d)
    p = d.add_paragraph()
    ppr_xml(p, f'<w:ind {W} w:left="1600" w:hanging="960"/>')
    first = True
    run(p, "\u3000\u3000附件：")
    run(p, XM_BANFA)
    signature(d, XM_ORG, "2025年11月18日", 3, 20)
    empty(d)
    p = d.add_paragraph()
    first_line(p)
    run(p, "（此件公开发布）")

    # ---------- attachment
    page_break(d)
    p = d.add_paragraph()
    run(p, "附件", HT, 16)
    empty(d)
    title_para(d, ["中国（福建）自由贸易试验区厦门片区", "促进跨境电子商务高质量发展管理办法"])
    empty(d)
    heads, _ = xm_structure()
    toc_block(d, [(lv, t, toc_pages[i] if toc_pages else 3) for i, (lv, t) in enumerate(heads)])
    page_break(d)

    for blk in XM_BODY:
        k = blk[0]
        if k == "h1":
            empty(d)
            p = d.add_paragraph(style="Heading 1")
            run(p, blk[1], HT, 16)
        elif k == "h2":
            p = d.add_paragraph(style="Heading 2")
            run(p, blk[1], KT, 16, bold=True)  # heading typed in a bold run
        elif k == "art":
            p = d.add_paragraph(style="Heading 3")
            run(p, blk[1])
        elif k == "item":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 2, 1)
            run(p, blk[1])
        elif k == "para":
            body_para(d, blk[1])
    empty(d)
    empty(d)
    banji(d, "抄送：厦门市人民政府办公厅，厦门市商务局，厦门海关，国家税务总局厦门市税务局，国家外汇管理局厦门市分局。",
          "中国（福建）自由贸易试验区厦门片区管理委员会办公室", "2025年11月20日")
    return d


def xm_expected():
    _, clauses = xm_structure()
    notice = {
        "meta": {
            "title": "中国（福建）自由贸易试验区厦门片区管理委员会关于印发《" + XM_BANFA + "》的通知",
            "doc_number": "厦自贸委〔2025〕21号",
            "issuer": [XM_ORG],
            "date": "2025-11-18",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": None,
            "expires": None,
            "attachments": [XM_BANFA],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": list(XM_NOTICE_PARAS),
    }
    banfa = {
        "meta": {
            "title": XM_BANFA,
            "doc_number": None,
            "issuer": [XM_ORG],
            "date": "2025-11-18",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": "2026-01-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": "《中国（福建）自由贸易试验区厦门片区跨境电子商务扶持暂行办法》（厦自贸委〔2022〕9号）",
        },
        "clauses": clauses,
    }
    return [notice, banfa]


# ================================================================ document 2: 郑州 规划
ZZ_ORG = "郑州市人民政府办公厅"
ZZ_PLAN = "郑州市跨境电子商务高质量发展规划（2025—2027年）"

ZZ_TABLE_HEAD = ["序号", "指标名称", "单位", "2024年", "2027年", "属性"]
ZZ_TABLE_ROWS = [
    ["跨境电商进出口额", "亿元", "1328", "2000", "预期性"],
    ["跨境电商B2B出口占比", "%", "42", "55", "预期性"],
    ["跨境电商经营主体", "家", "4100", "6000", "预期性"],
    ["公共海外仓", "个", "35", "60", "预期性"],
    ["中欧班列（中豫号）跨境电商专列开行量", "列", "120", "200", "预期性"],
    ["跨境电商产业园区", "个", "18", "25", "预期性"],
]

ZZ_BODY = [
    ("h1", "发展基础与面临形势"),
    ("h2", "发展基础"),
    ("para", "2016年获批设立中国（郑州）跨境电子商务综合试验区以来，我市坚持以制度创新为核心，以“空中丝绸之路”“陆上丝绸之路”“网上丝绸之路”“海上丝绸之路”四路协同为牵引，推动跨境电子商务规模持续扩大、模式不断创新，跨境电子商务已成为全市外贸增长的重要引擎。"),
    ("runin", "综试区建设成效显著。", "首创跨境电子商务“1210”网购保税进口监管服务模式，累计形成可复制推广的创新成果60余项。2024年，全市跨境电子商务进出口额达到1328亿元，同比增长12.6%。"),
    ("runin", "通道枢纽优势持续巩固。", "郑州机场货邮吞吐量稳居全国前列，中欧班列（中豫号）累计开行突破1.2万列，跨境电商邮快件、跨境电商专列常态化运行，“空陆网海”多式联运体系基本形成。"),
    ("runin", "产业生态日趋完善。", "全市建成跨境电子商务产业园区18个，培育跨境电子商务经营主体4100余家，布局公共海外仓35个，覆盖欧美、东南亚、中亚等主要市场。"),
    ("h2", "面临形势"),
    ("para", "当前，世界百年变局加速演进，全球贸易格局深刻调整，跨境电子商务作为发展速度最快、潜力最大、带动作用最强的外贸新业态，正在成为推动贸易数字化转型的重要力量。《区域全面经济伙伴关系协定》（RCEP）深入实施，高质量共建“一带一路”持续推进，为我市跨境电子商务拓展国际市场带来新机遇。"),
    ("para", "同时也要看到，我市跨境电子商务仍存在本地产业带动作用不强、品牌企业偏少、海外仓布局不均衡、专业人才短缺等问题，国际贸易摩擦和合规风险有所上升，必须增强机遇意识和风险意识，加快推动跨境电子商务高质量发展。"),
    ("h1", "总体要求"),
    ("h2", "指导思想"),
    ("para", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，立足国家中心城市和国际综合交通枢纽定位，以中国（郑州）跨境电子商务综合试验区和中国（河南）自由贸易试验区郑州片区建设为平台，加快构建枢纽通道优、市场主体强、服务体系全、营商环境好的跨境电子商务发展格局，为建设国际消费中心城市和内陆开放高地提供有力支撑。"),
    ("h2", "基本原则"),
    ("runin", "创新引领，制度先行。", "坚持以制度创新为核心，持续深化跨境电子商务监管模式和服务方式创新，打造更多首创性、引领性改革成果。"),
    ("runin", "产业融合，协同发展。", "推动跨境电子商务与本地产业带深度融合，带动传统外贸企业和制造业企业转型升级。"),
    ("runin", "通道支撑，枢纽带动。", "发挥航空港、国际陆港和中欧班列（中豫号）通道优势，提升跨境电子商务物流集散能力。"),
    ("runin", "安全可控，规范发展。", "统筹发展和安全，健全风险防控体系，推动跨境电子商务合规健康发展。"),
    ("h2", "发展目标"),
    ("para", "到2027年，全市跨境电子商务进出口额突破2000亿元，形成一批具有国际影响力的跨境电子商务平台和品牌，跨境电子商务综合试验区建设水平保持全国前列，基本建成全球跨境电子商务重要枢纽城市。主要发展指标如下："),
    ("table",),
    ("h1", "重点任务"),
    ("h2", "打造跨境电商枢纽通道"),
    ("runin", "提升航空物流能力。", "加密郑州至欧美、东南亚等地区的全货机航线，支持跨境电商企业开通包机业务，到2027年，跨境电商航空货邮量年均增长10%以上。"),
    ("runin", "拓展中欧班列通道功能。", "推动中欧班列（中豫号）开行跨境电商专列，拓展至中亚、欧洲的跨境电商物流线路，完善班列集结分拨和回程组货体系。"),
    ("runin", "发展多式联运。", "推进空铁联运、公铁联运和海铁联运协同发展，推广“一单制”多式联运服务，降低跨境电商物流综合成本。"),
    ("h2", "培育跨境电商经营主体"),
    ("runin", "引育龙头企业。", "围绕重点平台、知名品牌和头部卖家开展精准招商，支持龙头企业在郑州设立区域总部和运营中心。"),
    ("runin", "推动产业带转型。", "实施“跨境电商+产业带”行动，推动发制品、服装、机械装备、食品等特色产业带企业开展跨境电子商务业务。"),
    ("runin", "培育自主品牌。", "支持企业开展海外商标注册、国际认证和品牌推广，培育一批跨境电商自主品牌。"),
    ("h2", "完善跨境电商服务体系"),
    ("runin", "优化海外仓布局。", "支持企业在共建“一带一路”国家和地区、RCEP成员国建设海外仓，到2027年，公共海外仓数量达到60个。"),
    ("runin", "强化金融服务。", "鼓励金融机构开发适合跨境电商企业的信贷、保险和结算产品，扩大出口信用保险覆盖面。"),
    ("runin", "加强人才培养。", "支持高校、职业院校开设跨境电子商务相关专业，建设一批产教融合实训基地。"),
    ("h1", "保障措施"),
    ("runin", "加强组织领导。", "充分发挥市跨境电子商务综合试验区建设领导小组作用，统筹协调解决规划实施中的重大问题，各开发区、区县（市）要结合实际制定具体落实举措。"),
    ("runin", "加大政策支持。", "统筹用好中央外经贸发展专项资金和市级相关专项资金，支持跨境电子商务重点项目建设和经营主体培育。"),
    ("runin", "强化监测评估。", "建立跨境电子商务统计监测体系，市商务局要会同有关部门对规划实施情况开展年度评估，及时研究解决存在的问题。"),
    ("runin", "营造良好氛围。", "加强跨境电子商务政策宣传和典型案例推广，办好全球跨境电子商务大会等重要活动，提升郑州跨境电商品牌影响力。"),
]


def zz_structure():
    ch = sec = item = 0
    heads, clauses = [], []
    for blk in ZZ_BODY:
        k = blk[0]
        if k == "h1":
            ch += 1
            sec = 0
            item = 0
            heads.append((1, f"第{cn(ch)}章 {blk[1]}"))
        elif k == "h2":
            sec += 1
            item = 0
            heads.append((2, f"第{cn(sec)}节 {blk[1]}"))
        elif k == "runin":
            item += 1
            clauses.append(f"（{cn(item)}）{blk[1]}{blk[2]}")
        elif k == "para":
            clauses.append(blk[1])
        elif k == "table":
            for i, row in enumerate(ZZ_TABLE_ROWS, 1):
                vals = [str(i)] + row
                clauses.append("；".join(f"{h}：{v}" for h, v in zip(ZZ_TABLE_HEAD, vals)))
    return heads, clauses


ZZ_NOTICE_PARAS = [
    "《" + ZZ_PLAN + "》已经市人民政府同意，现印发给你们，请结合实际，认真组织实施。",
]


def set_cell_border_all(table):
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {W}>{b}</w:tblBorders>'))


def build_zhengzhou(toc_pages):
    d = new_doc()
    add_abstract(d, 20, "6B1D2F01", [lvl_xml(0, "chineseCounting", "第%1章", suff="space", jc="center")],
                 multi="singleLevel")
    add_abstract(d, 21, "6B1D2F02", [lvl_xml(0, "chineseCounting", "第%1节", suff="space", jc="center")],
                 multi="singleLevel")
    add_abstract(d, 22, "6B1D2F03", [lvl_xml(0, "chineseCounting", "（%1）", first=640)],
                 multi="singleLevel")
    add_abstract(d, 23, "6B1D2F04", [lvl_xml(0, "decimal", "%1", jc="center")], multi="singleLevel")
    add_num(d, 20, 20)
    add_num(d, 60, 23)
    restyle_heading(d, "Heading 1", HT, 16, "center")
    restyle_heading(d, "Heading 2", KT, 16, "center")

    red_head(d, ZZ_ORG + "文件", "郑政办〔2025〕47号", size=36)
    title_para(d, ["郑州市人民政府办公厅", "关于印发郑州市跨境电子商务高质量发展规划", "（2025—2027年）的通知"])
    empty(d)
    p = d.add_paragraph()
    run(p, "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：")
    for t in ZZ_NOTICE_PARAS:
        body_para(d, t)
    signature(d, ZZ_ORG, "2025年9月26日", 10, 38)
    empty(d)
    p = d.add_paragraph()
    first_line(p)
    run(p, "（此件公开发布）")

    page_break(d)
    title_para(d, ["郑州市跨境电子商务高质量发展规划", "（2025—2027年）"])
    empty(d)
    heads, _ = zz_structure()
    toc_block(d, [(lv, t, toc_pages[i] if toc_pages else 3) for i, (lv, t) in enumerate(heads)])
    page_break(d)

    next_sec_num = 21   # one 节 list instance per 章
    next_item_num = 40  # one （一） list instance per group
    cur_sec_num = None
    cur_item_num = None
    for blk in ZZ_BODY:
        k = blk[0]
        if k == "h1":
            empty(d)
            p = d.add_paragraph(style="Heading 1")
            numpr(p, 20, 0)
            run(p, blk[1], HT, 16)
            cur_sec_num = next_sec_num
            next_sec_num += 1
            add_num(d, cur_sec_num, 21, restart_lvl0=True)
            cur_item_num = None
        elif k == "h2":
            p = d.add_paragraph(style="Heading 2")
            numpr(p, cur_sec_num, 0)
            run(p, blk[1], KT, 16, bold=True)
            cur_item_num = None
        elif k == "runin":
            if cur_item_num is None:
                cur_item_num = next_item_num
                next_item_num += 1
                add_num(d, cur_item_num, 22, restart_lvl0=True)
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, cur_item_num, 0)
            run(p, blk[1], KT, 16, bold=True)
            run(p, blk[2])
        elif k == "para":
            body_para(d, blk[1])
        elif k == "table":
            t = d.add_table(rows=1 + len(ZZ_TABLE_ROWS), cols=len(ZZ_TABLE_HEAD))
            set_cell_border_all(t)
            t.autofit = False
            widths = [Cm(1.4), Cm(6.4), Cm(1.6), Cm(2.0), Cm(2.0), Cm(2.0)]
            for j, wd in enumerate(widths):
                t.columns[j].width = wd
            for j, h in enumerate(ZZ_TABLE_HEAD):
                c = t.rows[0].cells[j]
                c.width = widths[j]
                cp = c.paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                fixed_spacing(cp, 22)
                run(cp, h, HT, 12)
            for i, row in enumerate(ZZ_TABLE_ROWS, 1):
                cells = t.rows[i].cells
                cells[0].width = widths[0]
                cp = cells[0].paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                fixed_spacing(cp, 22)
                numpr(cp, 60, 0)  # 序号 auto-numbered, nothing typed in the cell
                for j, v in enumerate(row, 1):
                    cells[j].width = widths[j]
                    cp = cells[j].paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if j > 1 else WD_ALIGN_PARAGRAPH.LEFT
                    fixed_spacing(cp, 22)
                    run(cp, v, FS, 12)
    empty(d)
    banji(d, "抄送：市委各部门，郑州警备区，各人民团体。市人大常委会办公厅，市政协办公厅，市法院，市检察院。",
          "郑州市人民政府办公厅", "2025年9月28日")
    return d


def zz_expected():
    _, clauses = zz_structure()
    notice = {
        "meta": {
            "title": "郑州市人民政府办公厅关于印发" + ZZ_PLAN + "的通知",
            "doc_number": "郑政办〔2025〕47号",
            "issuer": [ZZ_ORG],
            "date": "2025-09-26",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": list(ZZ_NOTICE_PARAS),
    }
    plan = {
        "meta": {
            "title": ZZ_PLAN,
            "doc_number": None,
            "issuer": [ZZ_ORG],
            "date": "2025-09-26",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "规划",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }
    return [notice, plan]


# ================================================================ main
PPR_ORDER = ("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
             "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
             "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
             "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange").split()
TBLPR_ORDER = ("tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
               "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook").split()


def _sort_children(el, order):
    def key(ch):
        tag = ch.tag.split("}")[-1]
        return order.index(tag) if tag in order else len(order)
    kids = list(el)
    for ch in kids:
        el.remove(ch)
    for ch in sorted(kids, key=key):
        el.append(ch)


def normalise(d):
    """keep pPr / tblPr children in schema order so Word opens the file cleanly."""
    roots = [d.element, d.styles.element]
    for sec in d.sections:
        for hf in (sec.footer, sec.even_page_footer):
            roots.append(hf._element)
    for root in roots:
        for el in root.iter(qn("w:pPr")):
            _sort_children(el, PPR_ORDER)
        for el in root.iter(qn("w:tblPr")):
            _sort_children(el, TBLPR_ORDER)


def make(stem, builder, structure):
    docx_path = os.path.join(HERE, stem + ".docx")
    pdf_path = os.path.join(HERE, stem + ".pdf")
    d = builder(None)
    normalise(d)
    d.save(docx_path)
    convert(docx_path)
    heads, _ = structure()
    targets = ["".join(t.split()) for _, t in heads]
    pages = heading_pages(pdf_path, targets)
    if pages:
        d = builder(pages)
        normalise(d)
        d.save(docx_path)
        convert(docx_path)
    return pages


def main():
    expected = {}
    for stem, builder, structure, exp in (
        ("blind468_xiamen_banfa", build_xiamen, xm_structure, xm_expected),
        ("blind468_zhengzhou_guihua", build_zhengzhou, zz_structure, zz_expected),
    ):
        pages = make(stem, builder, structure)
        print(stem, "toc pages:", pages)
        expected[stem] = exp()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
