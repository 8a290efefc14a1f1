# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 627: Tibetan-Chinese bilingual notice and announcement."""
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
RED = RGBColor(0xFF, 0x00, 0x00)
BO_FONT = "Microsoft Himalaya"
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None, tibetan=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    if tibetan:
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(a), BO_FONT)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:bidi"), "bo-CN")
        rpr.append(lang)
    else:
        rfonts.set(qn("w:ascii"), "Times New Roman")
        rfonts.set(qn("w:hAnsi"), "Times New Roman")
        rfonts.set(qn("w:eastAsia"), name)
        rfonts.set(qn("w:cs"), name)


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, line=28, before=0, after=0, left=None):
    """parts: list of (text, font, size, bold, color, tibetan) or '\\n' for a soft line break"""
    p = doc.add_paragraph()
    fmt(p, align, first, line, before, after, left)
    for part in parts:
        if part == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, font, size, bold, color, tib = (list(part) + [None] * 6)[:6]
        r = p.add_run(text)
        set_font(r, font or FS, size or 16, bool(bold), color, bool(tib))
    return p


def bo(doc, text, first=32, align=WD_ALIGN_PARAGRAPH.LEFT, size=17, line=30, color=None, bold=False):
    return para(doc, [(text, BO_FONT, size, bold, color, True)], align=align, first=first, line=line)


def zh(doc, text, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY, font=FS, size=16, bold=False):
    return para(doc, [(text, font, size, bold)], align=align, first=first)


def empty(doc, line=28):
    return fmt(doc.add_paragraph(), line=line)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.8)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_numbers(doc):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def r(text):
        run = p.add_run(text)
        set_font(run, "宋体", 14)
        return run

    r("— ")
    run = p.add_run()
    set_font(run, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    run._r.append(f1)
    run2 = p.add_run()
    set_font(run2, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    run2._r.append(it)
    run3 = p.add_run()
    set_font(run3, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    run3._r.append(f2)
    r("1")
    run4 = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run4._r.append(f3)
    r(" —")


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, parts, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    """parts: list of paragraphs; each paragraph is list of (text, font, size, bold, color, tib) or '\\n'"""
    first = True
    for pparts in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align, 0, line)
        for part in pparts:
            if part == "\n":
                p.add_run().add_break(WD_BREAK.LINE)
                continue
            text, font, size, bold, color, tib = (list(part) + [None] * 6)[:6]
            r = p.add_run(text)
            set_font(r, font or FS, size or 12, bool(bold), color, bool(tib))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def add_chinese_numbering(doc):
    """Word list numbering 一、二、三、 (chineseCounting) – returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "627"
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
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
    rf.set(qn("w:eastAsia"), HEI)
    rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    a.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), "627")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abs_id)
    n.append(an)
    numbering.append(n)
    return "627"


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_627", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ================================================================ document 1
def make_tongzhi():
    doc = Document()
    page_setup(doc)
    page_numbers(doc)
    clauses = []

    # ---- 版头 (Tibetan over Chinese, red)
    bo(doc, "བོད་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་།", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, size=24, line=36, color=RED)
    bo(doc, "གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་། ཡིག་ཆ།", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, size=24, line=36, color=RED)
    para(doc, [("西藏自治区商务厅", XBS, 36, False, RED), "\n", ("日喀则市人民政府", XBS, 36, False, RED),
               ("  文件", XBS, 36, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=50, before=12)
    empty(doc)
    p = para(doc, [("藏商发〔2026〕15号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc)

    # ---- title, Tibetan first then Chinese (soft line breaks in Chinese title)
    bo(doc, "བོད་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་དང་གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་གིས་སྐྱིད་གྲོང་སྒོ་ཁའི་མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་འབྲེལ་སྔར་ལས་ཚད་ལྡན་དང་འཕེལ་རྒྱས་གཏོང་རྒྱུའི་སྐོར་གྱི་བརྡ་ཐོ།",
       first=0, align=WD_ALIGN_PARAGRAPH.CENTER, size=20, line=34)
    para(doc, [("西藏自治区商务厅 日喀则市人民政府", XBS, 22), "\n",
               ("关于进一步规范和促进吉隆口岸边民互市", XBS, 22), "\n",
               ("贸易发展的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36, before=6)
    empty(doc)

    # ---- 主送
    bo(doc, "སྐྱིད་གྲོང་རྫོང་དང་། གཉའ་ལམ་རྫོང་། གྲོ་མོ་རྫོང་གི་མི་དམངས་སྲིད་གཞུང་། གྲོང་ཁྱེར་ཚོང་ལས་ཅུས། གྲོང་ཁྱེར་ནོར་སྲིད་ཅུས། གྲོང་ཁྱེར་ཁྲོམ་ར་ལྟ་སྐུལ་དོ་དམ་ཅུས། སྐྱིད་གྲོང་ཁྲལ་ཁང་།", first=0)
    zh(doc, "吉隆县、聂拉木县、亚东县人民政府，市商务局、市财政局、市市场监管局，吉隆海关：", first=0)

    def bi(tib, chi, key=None, soft=False, bold_head=None, manual_indent=False):
        """Tibetan paragraph then its Chinese; soft=True puts both in one paragraph with a line break."""
        chi_text = chi
        ind = "\u3000\u3000" if manual_indent else ""
        chi_parts_text = ind + chi
        if bold_head:
            bold_head = ind + bold_head
        first = 0 if manual_indent else 32
        if soft:
            parts = [(tib, BO_FONT, 17, False, None, True), "\n"]
            if bold_head:
                parts += [(bold_head, KAI, 16, True), (chi_parts_text[len(bold_head):], FS, 16)]
            else:
                parts += [(chi_parts_text, FS, 16)]
            para(doc, parts, first=first, line=30)
        else:
            bo(doc, tib)
            if bold_head:
                para(doc, [(bold_head, KAI, 16, True), (chi_parts_text[len(bold_head):], FS, 16)], first=first)
            else:
                para(doc, [(chi_parts_text, FS, 16)], first=first)
        clauses.append(key if key is not None else chi_text)

    # 导语
    bi("ཏང་ཀྲུང་དབྱང་དང་གོ་ཤྱུའུ་ཡོན་ལྷན་གྱིས་མཐའ་མཚམས་ཕྱུག་པོ་དང་མཐའ་མཚམས་བརྟན་པོ་གཏོང་རྒྱུའི་ཐག་གཅོད་གཏན་འཁེལ་ཞིབ་ཕྲ་ལག་བསྟར་བྱ་རྒྱུ་དང་། 《གོ་ཤྱུའུ་ཡོན་ལྷན་ཁང་གི་མཐའ་མཚམས་ཚོང་འབྲེལ་གསར་གཏོད་འཕེལ་རྒྱས་སྐུལ་སློང་བྱ་རྒྱུའི་སྐོར་གྱི་ལམ་སྟོན་བསམ་འཆར》ལག་བསྟར་བྱ་རྒྱུ། སྐྱིད་གྲོང་སྒོ་ཁའི་མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་འབྲེལ་གྱི་སྒྲིག་གཞི་སྔར་ལས་ཚད་ལྡན་དུ་གཏོང་ཆེད། རང་སྐྱོང་ལྗོངས་མི་དམངས་སྲིད་གཞུང་གིས་མོས་མཐུན་བྱུང་བར་བརྟེན། ད་ལྟ་འབྲེལ་ཡོད་དོན་དག་གཤམ་གསལ་ལྟར་བརྡ་གཏོང་རྒྱུ།",
       "为深入贯彻落实党中央、国务院关于兴边富民、稳边固边的决策部署，认真落实《国务院办公厅关于促进边境贸易创新发展的指导意见》（国办发〔2019〕46号）和《边民互市贸易管理办法》，进一步规范吉隆口岸边民互市贸易秩序，拓宽边民增收渠道，推动边民互市贸易由“通道经济”向“口岸经济”转变，助力环喜马拉雅经济合作带和“一带一路”面向南亚开放大通道建设，经自治区人民政府同意，现将有关事项通知如下。")

    # 一、总体要求
    bo(doc, "༡ སྤྱིའི་བླང་བྱ།", bold=True)
    para(doc, [("一、总体要求", HEI, 16)], first=32)
    bi("ཞི་ཅིན་ཕིང་གི་དུས་རབས་གསར་པའི་ཀྲུང་གོའི་ཁྱད་ཆོས་ལྡན་པའི་སྤྱི་ཚོགས་རིང་ལུགས་ཀྱི་བསམ་བློ་ལམ་སྟོན་དུ་བཟུང་སྟེ། ཚད་ལྡན་དང་འཕེལ་རྒྱས་ཟུང་འབྲེལ་དང་། བདེ་སྟབས་དང་བདེ་འཇགས་མཉམ་འབྲེལ་བྱ་རྒྱུར་བརྟན་འཛིན་བྱས་ཏེ། ལོ་ ༢༠༢༧ ལོའི་མཇུག་བར་སྐྱིད་གྲོང་སྒོ་ཁའི་མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་འབྲེལ་གྱི་ཚོང་འགྲུལ་འབོར་ཚད་སྒོར་དུང་ཕྱུར་ ༨ ལ་སླེབས་པ་དང་། ཚོང་འབྲེལ་ལ་ཞུགས་པའི་མཐའ་མཚམས་མི་དམངས་ཁྱིམ་ཚང་ ༣༠༠༠ ལས་བརྒལ་བར་འབད་རྒྱུ།",
       "以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，坚持规范与发展并重、便利与安全统筹，以吉隆口岸为重点，统筹樟木、里孜、亚东等口岸及边民互市贸易点建设。力争到2027年底，吉隆口岸边民互市贸易额达到8亿元，参与互市贸易的边民达到3000户以上，带动参与边民户均年增收1.5万元以上。")

    # 二、重点任务
    bo(doc, "༢ གལ་ཆེའི་ལས་འགན།", bold=True)
    para(doc, [("二、重点任务", HEI, 16)], first=32)
    bi("(༡) མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་འབྲེལ་གྱི་གཙོ་གནད་དོ་དམ་ཚད་ལྡན་དུ་གཏོང་དགོས། མཐའ་མཚམས་ཤང་གྲོང་དུ་སྡོད་པའི་མཐའ་མཚམས་མི་དམངས་ལག་ཁྱེར་ཡོད་པའི་མི་དམངས་ཁོ་ན་ཚོང་འབྲེལ་གྱི་གཙོ་གནད་ཡིན། རྫོང་རིམ་མི་དམངས་སྲིད་གཞུང་གིས་ལོ་ཕྱེད་རེར་ཐོ་འགོད་གསར་བཅོས་ཐེངས་གཅིག་བྱ་དགོས།",
       "（一）规范边民互市主体管理。边民互市贸易主体为居住在吉隆县吉隆镇、宗嘎镇、贡当乡、差那乡、萨勒乡等边境乡镇并持有有效边民证的中国边民。吉隆县人民政府要会同公安、商务、海关等部门建立边民信息动态管理台账，每半年更新一次，实现边民身份、户籍、交易信息“一户一档”。",
       bold_head="（一）规范边民互市主体管理。")
    bi("(༢) ཁྲལ་འབབ་ཡང་ཆག་གི་ཚད་གཞི་ཞིབ་ཕྲ་ལག་བསྟར་བྱ་དགོས། མཐའ་མཚམས་མི་དམངས་རེ་རེས་ཉིན་རེར་ནང་འདྲེན་བྱས་པའི་འཚོ་བའི་དངོས་ཟོག་གི་རིན་ཐང་མི་དམངས་ཤོག་དངུལ་སྒོར་ ༨༠༠༠ མན་ཡིན་ན་ཁྲལ་འབབ་ཡང་ཆག་གཏོང་རྒྱུ།",
       "（二）严格落实免税额度政策。边民通过互市贸易进口的生活用品（列入边民互市进口商品不予免税清单的除外），每人每日价值在人民币8000元以下的，免征进口关税和进口环节税；超出部分按规定照章征税。严禁以边民名义为他人代购代运，严禁化整为零规避监管。",
       soft=True, bold_head="（二）严格落实免税额度政策。")
    bi("(༣) ཕན་ཚུན་ཚོང་རའི་ཚོང་ཟོག་ས་གནས་སུ་བཟོ་བཅོས་བྱ་རྒྱུ་སྐུལ་སློང་བྱ་དགོས། མཐའ་མཚམས་མི་དམངས་མཉམ་ལས་ཁང་གཙོ་བོར་བཟུང་ནས་《མཐའ་མཚམས་མི་དམངས་+མཉམ་ལས་ཁང་+བཟོ་བཅོས་ཁེ་ལས》ཀྱི་དཔེ་གཞི་ལག་བསྟར་བྱ་རྒྱུ། བླང་བྱ་ཁག་གཤམ་གསལ།",
       "（三）推进互市商品落地加工。支持以边民互助组、合作社为主体，通过“边民+合作社+落地加工企业”模式，推动互市进口商品在吉隆县内落地加工。具体要求如下：",
       bold_head="（三）推进互市商品落地加工。")
    bi("༡. བཟོ་བཅོས་ཁེ་ལས་སྐྱིད་གྲོང་རྫོང་དུ་ཁྲིམས་ལྟར་ཐོ་འགོད་བྱས་ཡོད་དགོས།",
       "1.落地加工企业应在吉隆县依法注册登记，具有相应的生产加工能力和健全的财务管理制度，并与边民互助组或合作社签订收购协议。",
       soft=True)
    bi("༢. ནང་འདྲེན་ཚོང་ཟོག་ཁེ་ལས་ནང་དུ་དངོས་ཡོད་བཟོ་བཅོས་ལེགས་འགྲུབ་བྱེད་དགོས།",
       "2.进口商品须在加工企业内完成实质性加工，加工增值率原则上不低于30%，严禁以简单分装、贴牌等方式代替加工。",
       soft=True)
    bi("༣. ཆ་རྐྱེན་ཚང་བའི་བཟོ་བཅོས་རྣམ་གྲངས་ལ་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་གིས་རྒྱབ་སྐྱོར་བྱ་རྒྱུ། ཚད་གཞི་གཤམ་གསལ།",
       "3.对符合条件的落地加工项目，自治区商务厅在外经贸发展专项资金中予以支持，具体标准如下：",
       soft=True)
    bi("(༡) སྒྲིག་ཆས་མ་འཇོག་འབོར་ཚད་སྒོར་ཁྲི་ ༥༠༠ ལས་བརྒལ་ན་བརྒྱ་ཆ་ ༡༠ ཡི་རོགས་སྐྱོར་སྤྲོད་རྒྱུ།",
       "（1）新建加工生产线设备投资额在500万元以上的，按设备投资额的10%给予一次性补助，单个项目最高不超过200万元；")
    bi("(༢) ལོ་གཅིག་ལ་ཕན་ཚུན་ཚོང་ཟོག་ཉོ་སྒྲུབ་སྒོར་ཁྲི་ ༡༠༠༠ ལས་བརྒལ་ན་བརྒྱ་ཆ་ ༢ ཡི་བྱ་དགའ་སྤྲོད་རྒྱུ།",
       "（2）年采购互市进口商品金额在1000万元以上的，按采购额的2%给予奖励，单个企业每年最高不超过100万元。")
    bi("(༤) སྒོ་ཁའི་རྨང་གཞིའི་སྒྲིག་ཆས་ཕུན་སུམ་ཚོགས་པོ་བཟོ་དགོས། གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་གིས་སྐྱིད་གྲོང་སྒོ་ཁའི་ཕན་ཚུན་ཚོང་ར་རིམ་པ་གཉིས་པའི་འཛུགས་སྐྲུན་མྱུར་དུ་གཏོང་དགོས། ལོ་ ༢༠༢༦ ལོའི་མཇུག་མ་སླེབས་གོང་ཆ་འཕྲིན་དོ་དམ་སྟེགས་བུ་བེད་སྤྱོད་དུ་བཏང་དགོས།",
       "（四）完善口岸基础设施。日喀则市人民政府要加快吉隆口岸边民互市贸易市场二期建设，完善查验场所、仓储冷链、电子结算、视频监控等配套设施，2026年底前建成投用边民互市贸易信息化管理平台，实现申报、查验、结算、交易数据“一网通办”。",
       bold_head="（四）完善口岸基础设施。", manual_indent=True)
    bi("(༥) དངུལ་སྤྲོད་ལེན་དང་དངུལ་རྩིས་ཞབས་ཞུ་གསར་གཏོད་བྱ་དགོས། དངུལ་ཁང་རྣམས་ལ་མཐའ་མཚམས་མི་དམངས་ཆེད་དུ་ཕན་ཚུན་ཚོང་འབྲེལ་གྱི་རྩིས་ཐོ་ཁ་ཕྱེ་རྒྱུར་སྐུལ་འདེད་གཏོང་རྒྱུ།",
       "（五）创新结算和金融服务。鼓励在吉隆县设立的银行业金融机构为边民开设互市贸易专用账户，探索开展人民币与尼泊尔卢比直接结算业务。对边民互市贸易结算业务，按规定减免相关手续费。",
       bold_head="（五）创新结算和金融服务。")
    bi("(༦) 《ཕན་ཚུན་ཚོང་ར་+》ཚོང་ལས་གསར་པ་རྒྱ་སྐྱེད་གཏོང་དགོས། སྐྱིད་གྲོང་སྒོ་ཁ་དང་ལྷ་ས་རྒྱལ་མཚམས་བརྒལ་བའི་གློག་རྡུལ་ཚོང་ལས་ཚོད་ལྟའི་ཁུལ་དང་ལྷ་ས་ཁྲལ་མེད་ཁུལ་ཟུང་འབྲེལ་འཕེལ་རྒྱས་གཏོང་རྒྱུར་རྒྱབ་སྐྱོར་བྱ་རྒྱུ།",
       "（六）拓展“互市+”新业态。支持吉隆口岸依托中国（拉萨）跨境电子商务综合试验区，探索“边民互市+跨境电商”模式；推动吉隆口岸与拉萨综合保税区联动发展，开展保税仓储、国际物流等业务；积极谋划中尼跨境铁路沿线物流节点布局。",
       soft=True, bold_head="（六）拓展“互市+”新业态。")

    # 三、保障措施
    empty(doc)
    bo(doc, "༣ འགན་ལེན་བྱ་ཐབས།", bold=True)
    para(doc, [("三、保障措施", HEI, 16)], first=32)
    bi("(༡) སྒྲིག་འཛུགས་འགོ་ཁྲིད་ཤུགས་ཆེ་རུ་གཏོང་དགོས། རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་དང་གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་གིས་མཉམ་འབྲེལ་ལས་ཀའི་མ་ལག་འཛུགས་དགོས།",
       "（一）加强组织领导。自治区商务厅会同日喀则市人民政府建立边民互市贸易发展工作协调机制，定期研究解决重大问题。吉隆县人民政府承担属地主体责任，主要负责同志要亲自抓、负总责。",
       bold_head="（一）加强组织领导。")
    bi("(༢) མཉམ་འབྲེལ་ལྟ་སྐུལ་ཤུགས་ཆེ་རུ་གཏོང་དགོས། ཁྲལ་ཁང་དང་། སྤྱི་བདེ། ཁྲོམ་ར་ལྟ་སྐུལ། ཁྲལ་དོན་སོགས་སྡེ་ཚན་གྱིས་ཆ་འཕྲིན་མཉམ་སྤྱོད་བྱ་དགོས།",
       "（二）强化联合监管。海关、公安、市场监管、税务等部门要建立信息共享和联合执法机制，严厉打击利用边民互市渠道走私、伪报瞒报、偷逃税款等违法行为。对违规参与互市贸易的边民，依法暂停其互市贸易资格。",
       bold_head="（二）强化联合监管。")
    bi("(༣) ཁྱབ་བསྒྲགས་དང་སྦྱོང་བརྡར་ཤུགས་ཆེ་རུ་གཏོང་དགོས། བོད་རྒྱ་སྐད་གཉིས་ཀྱི་ཁྱབ་བསྒྲགས་བྱ་ཐབས་སྤྱད་དེ་ལོ་རེར་སྦྱོང་བརྡར་ཐེངས་ ༢ ལས་མི་ཉུང་བ་བྱེད་དགོས།",
       "（三）加强宣传培训。采取藏汉双语宣传、“政策送下乡”等方式，及时向边民宣讲边民互市贸易政策和通关流程。吉隆县每年组织开展边民互市业务培训不少于2次。",
       bold_head="（三）加强宣传培训。")
    bi("(༤) ལྟ་སྐུལ་དང་ཞིབ་བཤེར་ཤུགས་ཆེ་རུ་གཏོང་དགོས། འབྲེལ་ཡོད་རྫོང་ཁག་གིས་ལོ་རེའི་ཟླ་ ༡༢ པའི་མཇུག་མ་སླེབས་གོང་ལས་དོན་འཕེལ་རིམ་ཡི་གེའི་ཐོག་ནས་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་ལ་འབུལ་དགོས།",
       "（四）强化督促考核。将边民互市贸易发展情况纳入边境县年度目标考核。各有关县人民政府于每年12月底前将本年度工作进展情况书面报送自治区商务厅，同时抄送日喀则市商务局。",
       bold_head="（四）强化督促考核。")
    empty(doc)
    bi("བརྡ་ཐོ་འདི་ལོ་ ༢༠༢༦ ལོའི་ཟླ་ ༤ ཚེས་ ༡ ནས་ལག་བསྟར་བྱ་རྒྱུ། ནུས་ཡོད་དུས་ཚོད་ལོ་ ༢༠༢༨ ལོའི་ཟླ་ ༣ ཚེས་ ༣༡ བར་ཡིན། 《བོད་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་གིས་མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་འབྲེལ་དོ་དམ་ལས་ཀ་སྔར་ལས་ཤུགས་ཆེ་རུ་གཏོང་རྒྱུའི་སྐོར་གྱི་བརྡ་ཐོ》དུས་མཚུངས་སུ་ཕྱིར་འཐེན་བྱ་རྒྱུ།",
       "本通知自2026年4月1日起施行，有效期至2028年3月31日。《西藏自治区商务厅关于进一步加强边民互市贸易管理工作的通知》（藏商发〔2021〕32号）同时废止。")

    # ---- 附件 list (Tibetan then Chinese, hand-aligned with full-width spaces)
    empty(doc)
    bo(doc, "ཟུར་སྦྱར། ༡. སྐྱིད་གྲོང་སྒོ་ཁའི་མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་འབྲེལ་ནང་འདྲེན་ཚོང་ཟོག་གི་ཐོ་གཞུང་།", first=32)
    bo(doc, "༢. སྐྱིད་གྲོང་སྒོ་ཁའི་ས་གནས་བཟོ་བཅོས་ཁེ་ལས་ཀྱི་ཞུ་ཡིག་རེའུ་མིག", first=112)
    zh(doc, "附件：1.吉隆口岸边民互市进口商品清单（2026年版）", first=32)
    zh(doc, "\u3000\u3000\u30002.吉隆口岸边民互市贸易落地加工企业申报表", first=32)
    empty(doc)
    empty(doc)

    # ---- 落款 in a borderless layout table, Tibetan over Chinese
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), [[("བོད་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་།", BO_FONT, 16, False, None, True)]], line=28)
    cell_text(t.cell(0, 1), [[("གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་།", BO_FONT, 16, False, None, True)]], line=28)
    cell_text(t.cell(1, 0), [[("西藏自治区商务厅", FS, 16)]], line=28)
    cell_text(t.cell(1, 1), [[("日喀则市人民政府", FS, 16)]], line=28)
    empty(doc)
    bo(doc, "༢༠༢༦ ལོའི་ཟླ་ ༣ ཚེས་ ༡༠ ཉིན།", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("2026年3月10日\u3000\u3000\u3000\u3000", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    empty(doc)
    bo(doc, "(ཡིག་ཆ་འདི་ཁྱབ་བསྒྲགས་བྱེད་ཆོག)", first=32)
    zh(doc, "（此件公开发布）", first=32)
    for _ in range(3):
        empty(doc)

    # ---- 版记 (Chinese only)
    p = para(doc, [("抄送：", FS, 14), ("自治区人民政府办公厅，自治区发展改革委、财政厅、公安厅、市场监管局，拉萨海关，国家税务总局西藏自治区税务局。", FS, 14)],
             first=0, left=14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, [("\u3000西藏自治区商务厅办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002026年3月11日印发", FS, 14)], first=0)
    border(p, "bottom", "000000", 8, 1)

    name = "blind627_jilong_tongzhi"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    meta = {
        "title": "西藏自治区商务厅 日喀则市人民政府关于进一步规范和促进吉隆口岸边民互市贸易发展的通知",
        "doc_number": "藏商发〔2026〕15号",
        "issuer": ["西藏自治区商务厅", "日喀则市人民政府"],
        "date": "2026-03-10",
        "published": None,
        "level": "provincial",
        "region": "西藏自治区日喀则市",
        "effective": "2026-04-01",
        "expires": "2028-03-31",
        "attachments": ["吉隆口岸边民互市进口商品清单（2026年版）", "吉隆口岸边民互市贸易落地加工企业申报表"],
        "doc_type": "通知",
        "recipients": ["吉隆县人民政府", "聂拉木县人民政府", "亚东县人民政府", "市商务局", "市财政局", "市市场监管局", "吉隆海关"],
        "publicity": "此件公开发布",
        "repeals": "西藏自治区商务厅关于进一步加强边民互市贸易管理工作的通知（藏商发〔2021〕32号）",
    }
    return name, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ document 2
def make_gonggao():
    doc = Document()
    page_setup(doc)
    page_numbers(doc)
    num_id = add_chinese_numbering(doc)
    clauses = []

    bo(doc, "སྐྱིད་གྲོང་རྫོང་མི་དམངས་སྲིད་གཞུང་གིས་སྐྱིད་གྲོང་སྒོ་ཁའི་མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་རའི་ས་ཚིགས་གཏན་འཁེལ་དང་སྒོ་འབྱེད་དུས་ཚོད་སྐོར་གྱི་གསལ་བསྒྲགས།",
       first=0, align=WD_ALIGN_PARAGRAPH.CENTER, size=20, line=34)
    para(doc, [("吉隆县人民政府", XBS, 22), "\n",
               ("关于吉隆口岸边民互市贸易点设置及开放时间的公告", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36, before=6)
    para(doc, [("吉政告〔2026〕2号", KAI, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    empty(doc)

    bo(doc, "《བོད་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་དང་གཞིས་ཀ་རྩེ་གྲོང་ཁྱེར་མི་དམངས་སྲིད་གཞུང་གིས་སྐྱིད་གྲོང་སྒོ་ཁའི་མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་འབྲེལ་སྔར་ལས་ཚད་ལྡན་དང་འཕེལ་རྒྱས་གཏོང་རྒྱུའི་སྐོར་གྱི་བརྡ་ཐོ》ལ་གཞིགས་ཏེ། རྫོང་མི་དམངས་སྲིད་གཞུང་གིས་ཞིབ་འཇུག་བྱས་ནས་ཐག་བཅད་པ་ལྟར། ད་ལྟ་འབྲེལ་ཡོད་དོན་དག་གཤམ་གསལ་ལྟར་གསལ་བསྒྲགས་བྱ་རྒྱུ།")
    t0 = "根据《西藏自治区商务厅 日喀则市人民政府关于进一步规范和促进吉隆口岸边民互市贸易发展的通知》（藏商发〔2026〕15号）和《边民互市贸易管理办法》有关规定，经县人民政府研究决定，现就吉隆口岸边民互市贸易点设置、开放时间及有关事项公告如下："
    zh(doc, t0)
    clauses.append(t0)

    # item 1 + table
    bo(doc, "༡. ཕན་ཚུན་ཚོང་རའི་ས་ཚིགས་གཏན་འཁེལ། རྫོང་ནང་དུ་མཐའ་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་རའི་ས་ཚིགས་ ༥ བཙུགས་ཡོད། མིང་དང་གནས་ས། སྒོ་འབྱེད་དུས་ཚོད་བཅས་གཤམ་གྱི་རེའུ་མིག་ནང་གསལ།")
    p = para(doc, [("互市贸易点设置。", HEI, 16), ("本县共设立边民互市贸易点5个，各贸易点名称、位置、开放时间及主要交易商品见下表。", FS, 16)], first=None)
    set_num(p, num_id)
    clauses.append("一、互市贸易点设置。本县共设立边民互市贸易点5个，各贸易点名称、位置、开放时间及主要交易商品见下表。")

    headers = [
        ("ཨང་རྟགས།", "序号", "two_par"),
        ("ཚོང་རའི་མིང་།", "互市贸易点名称", "soft"),
        ("གནས་ས།", "所在位置", "two_par"),
        ("སྒོ་འབྱེད་དུས་ཚོད།", "开放时间", "soft"),
        ("གཙོ་བོའི་ཚོང་ཟོག", "主要交易商品", "two_par"),
    ]
    rows = [
        ("1", "吉隆口岸边民互市贸易市场", "吉隆镇热索村中尼友谊桥北侧", "每日9:00—18:00（北京时间）", "粮油、日用百货、手工艺品、木碗"),
        ("2", "吉隆镇边民互市贸易点", "吉隆镇冲堆村", "每周二、四、六10:00—17:00", "藏药材、干果、铜器"),
        ("3", "贡当乡边民互市贸易点", "贡当乡汝村", "每年5月1日至10月31日，每日10:00—16:00", "酥油、羊毛、奶渣等畜产品"),
        ("4", "萨勒乡边民互市贸易点", "萨勒乡乃村", "每年6月1日至9月30日，每周六、日10:00—16:00", "日用百货、茶叶"),
        ("5", "宗嘎镇边民互市商品集散点", "宗嘎镇县城物流园区", "每日10:00—19:00", "互市进口商品仓储、分拨"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(3.8), Cm(3.6), Cm(3.9), Cm(3.0)]
    for i, (tib, chi, mode) in enumerate(headers):
        c = t.cell(0, i)
        c.width = widths[i]
        if mode == "two_par":
            cell_text(c, [[(tib, BO_FONT, 13, False, None, True)], [(chi, HEI, 12)]])
        else:
            cell_text(c, [[(tib, BO_FONT, 13, False, None, True), "\n", (chi, HEI, 12)]])
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            c = t.cell(r, i)
            c.width = widths[i]
            cell_text(c, [[(v, FS, 12)]],
                      align=WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join(f"{h[1]}：{v}" for h, v in zip(headers, row)))
    empty(doc)

    rest = [
        ("༢. ཚོང་འབྲེལ་ལ་ཞུགས་ཆོག་པའི་གཙོ་གནད། རྫོང་འདིའི་མཐའ་མཚམས་ཤང་གྲོང་དུ་སྡོད་པའི་མཐའ་མཚམས་མི་དམངས་ལག་ཁྱེར་ནུས་ལྡན་ཡོད་པའི་ཀྲུང་གོའི་མཐའ་མཚམས་མི་དམངས་ཡིན།",
         "准入主体。", "参与互市贸易的中方主体为居住在本县边境乡镇、持有有效《边民证》的中国边民。边民首次参与互市贸易的，应持本人身份证、《边民证》到所在乡（镇）人民政府办理备案登记；外方边民凭本国有效边境通行证件进入指定互市贸易点交易。"),
        ("༣. ཁྲལ་འབབ་ཡང་ཆག་ཚད་གཞི། མི་རེར་ཉིན་རེར་སྒོར་ ༨༠༠༠ མན་ཡིན་ན་ནང་འདྲེན་ཁྲལ་ཡང་ཆག་གཏོང་རྒྱུ།",
         "免税额度。", "边民通过互市贸易进口的生活用品，每人每日价值在人民币8000元以下的，免征进口关税和进口环节税；超出部分照章征税。免税额度当日有效，不得累计、转让。"),
        ("༤. བཀག་འགོག་ཚོང་ཟོག མཚོན་ཆ་དང་། སྨན་རྫས་ཉེན་ཁ་ཅན། སྲོག་ཆགས་དཀོན་པོ། རིག་དངོས་སོགས་ཕན་ཚུན་ཚོང་རའི་བརྒྱུད་ནས་ནང་འདྲེན་བྱེད་མི་ཆོག",
         "禁止类商品。", "武器、弹药、毒品、濒危野生动植物及其制品、文物、未经检疫的活体动物以及国家禁止进出境的其他物品，一律不得通过边民互市渠道进出境。"),
        ("༥. སྒོ་འབྱེད་དུས་ཚོད་གནས་སྐབས་བསྒྱུར་བཅོས། ལོ་གསར་དང་ཞོ་སྟོན་སོགས་དུས་ཆེན་དང་གནམ་གཤིས་ཡ་མཚན་སོགས་ཀྱི་སྐབས་སུ་ཉིན་ ༣ སྔོན་ལ་གསལ་བསྒྲགས་བྱ་རྒྱུ།",
         "开放时间临时调整。", "遇藏历新年、雪顿节等重大节日，或因暴雪、泥石流等恶劣天气以及尼方节假日等情况需临时调整开放时间的，由吉隆县商务局提前3日通过吉隆县人民政府门户网站和各贸易点公示栏发布。"),
        ("༦. གསལ་བསྒྲགས་འདི་ལོ་ ༢༠༢༦ ལོའི་ཟླ་ ༤ ཚེས་ ༡ ནས་ལག་བསྟར་བྱ་རྒྱུ། འདྲི་རྩད་ཁ་པར། ༠༨༩༢-༨༢༡༣༦༥༨",
         "", "本公告自2026年4月1日起施行。咨询电话：吉隆县商务局0892-8213658。"),
    ]
    cn = "二三四五六"
    for k, (tib, head, body) in enumerate(rest):
        bo(doc, tib)
        parts = []
        if head:
            parts.append((head, HEI, 16))
        parts.append((body, FS, 16))
        p = para(doc, parts, first=None)
        set_num(p, num_id)
        clauses.append(f"{cn[k]}、{head}{body}")
    bo(doc, "ཁྱབ་བསྒྲགས་འདི་ལྟར་ཡིན།")
    zh(doc, "特此公告。")
    clauses.append("特此公告。")

    empty(doc)
    empty(doc)
    bo(doc, "སྐྱིད་གྲོང་རྫོང་མི་དམངས་སྲིད་གཞུང་།", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("吉隆县人民政府\u3000\u3000\u3000\u3000", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    bo(doc, "༢༠༢༦ ལོའི་ཟླ་ ༣ ཚེས་ ༢༠ ཉིན།", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("2026年3月20日\u3000\u3000\u3000\u3000", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)

    name = "blind627_jilong_gonggao"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    meta = {
        "title": "吉隆县人民政府关于吉隆口岸边民互市贸易点设置及开放时间的公告",
        "doc_number": "吉政告〔2026〕2号",
        "issuer": ["吉隆县人民政府"],
        "date": "2026-03-20",
        "published": None,
        "level": "county",
        "region": "吉隆县",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return name, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_tongzhi, make_gonggao):
        name, path, docs = maker()
        to_pdf(path)
        expected[name] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
